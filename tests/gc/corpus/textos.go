package main

import (
	"fmt"
	"strconv"
)

func main() {
	var textos []string
	for i := 0; i < 150000; i++ {
		textos = append(textos, "n"+strconv.Itoa(i))
	}
	fmt.Println(len(textos), textos[149999])
}
