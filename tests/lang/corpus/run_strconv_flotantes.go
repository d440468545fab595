package main

import (
	"fmt"
	"math"
	"strconv"
)

func main() {
	valores := []float64{3.14159, 0.1, 1e21, 1e20, 123456789.125, -0.0, 2.5e-7, 1.0 / 3, 100,
		math.Inf(1), math.Inf(-1), math.NaN(), 5e-324, math.MaxFloat64}
	for _, v := range valores {
		fmt.Println(strconv.FormatFloat(v, 'f', -1, 64), strconv.FormatFloat(v, 'e', -1, 64),
			strconv.FormatFloat(v, 'g', -1, 64), strconv.FormatFloat(v, 'f', 2, 64),
			strconv.FormatFloat(v, 'e', 3, 32), strconv.FormatFloat(v, 'g', 4, 64),
			strconv.FormatFloat(v, 'G', -1, 32))
	}
	precio := 1234.5
	fmt.Println("$" + strconv.FormatFloat(precio*1.21, 'f', 2, 64))
	fmt.Println(strconv.FormatFloat(1.5, 'z', -1, 64), strconv.FormatFloat(0.1+0.2, 'f', -1, 64))
	textos := []string{"2.5e3", "1_000.5", "0x1.8p1", "0x_1p-2", ".5", "5.", ".", "1e", "1e+",
		"inf", "-Infinity", "+nan", "NaN", "1e400", "-1e400", "1e-400", "3.4e39", "1__0",
		"0x1.8", " 1", "1_e5", "0.1"}
	for _, t := range textos {
		f, err := strconv.ParseFloat(t, 64)
		g, err32 := strconv.ParseFloat(t, 32)
		fmt.Println(t, f, err, g, err32)
	}
	_, err := strconv.ParseFloat("12,5", 64)
	if ne, ok := err.(*strconv.NumError); ok {
		fmt.Println(ne.Func, ne.Num, ne.Err)
	}
	defer func() { fmt.Println("recuperado:", recover()) }()
	strconv.FormatFloat(1, 'f', -1, 16)
}
