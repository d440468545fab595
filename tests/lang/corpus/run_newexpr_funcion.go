package main

import "fmt"

type Config struct {
	GOGC    int
	Verbose bool
}

func porDefecto() Config { return Config{100, false} }

func edad() int { return 27 }

func main() {
	c := new(porDefecto())
	c.Verbose = true
	fmt.Printf("%+v\n", *c)
	otra := porDefecto()
	fmt.Printf("%+v\n", otra)
	e := new(edad())
	*e += 1
	fmt.Println(*e, edad())
	sl := new([]int{1, 2, 3})
	*sl = append(*sl, 4)
	fmt.Println(*sl, len(*sl))
	m := new(map[string]int{"a": 1})
	(*m)["b"] = 2
	fmt.Println(*m)
}
