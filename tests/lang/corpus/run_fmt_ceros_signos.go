package main

import "fmt"

func main() {
	for _, v := range []int{0, 1, -1, 42, -42} {
		fmt.Printf("%04d %+04d %-4d| %x\n", v, v, v, v)
	}
	for _, v := range []float64{0, -0.5, 12.345} {
		fmt.Printf("%07.2f %+.3e %-9.1f|\n", v, v, v)
	}
	fmt.Printf("%05s|%-05s|\n", "ab", "ab")
	fmt.Printf("%06v|\n", []int{1, 2})
	fmt.Printf("%+v %+d\n", 5, -5)
	negCero := -0.0
	fmt.Println(negCero, 1/3.0)
}
