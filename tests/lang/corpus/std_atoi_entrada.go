package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

func leerEdades(entrada string) ([]int, error) {
	var edades []int
	for i, campo := range strings.Split(entrada, ",") {
		edad, err := strconv.Atoi(strings.TrimSpace(campo))
		if err != nil {
			return edades, fmt.Errorf("campo %d: %w", i+1, err)
		}
		if edad < 0 {
			return edades, fmt.Errorf("campo %d: edad negativa %d", i+1, edad)
		}
		edades = append(edades, edad)
	}
	return edades, nil
}

func main() {
	for _, entrada := range []string{"20, 31, 45", "18, veinte, 30", "7, -3", "99999999999999999999"} {
		edades, err := leerEdades(entrada)
		if err != nil {
			var ne *strconv.NumError
			if errors.As(err, &ne) {
				fmt.Println("error de", ne.Func, "con", strconv.Quote(ne.Num), "-", ne.Err)
			}
			fmt.Println("error:", err, errors.Is(err, strconv.ErrSyntax))
			continue
		}
		fmt.Println("edades", edades, len(edades), cap(edades))
	}
	fmt.Println(strconv.FormatInt(255, 2), strconv.FormatInt(-255, 16), strconv.Itoa(2024))
}
