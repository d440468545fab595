package main

import "fmt"

func main() {
	fmt.Printf("%d\n", "hola")
	fmt.Printf("%s\n", 42)
	fmt.Printf("%d %d\n", 1)
	fmt.Printf("%d\n", 1, 2)
	fmt.Printf("sin verbos\n", "extra", 3)
	fmt.Printf("%z\n", 5)
	fmt.Printf("%!\n")
	fmt.Printf("%t %t\n", true, 1)
	fmt.Printf("%x %f\n", "ab", "cd")
	fmt.Printf("%.2f\n", 3)
	fmt.Printf("%d\n", 2.5)
	fmt.Printf("%s\n", nil)
	fmt.Printf("%d\n", nil)
	fmt.Printf("%d %s\n", []int{1, 2}, []int{3})
	fmt.Printf("%")
	fmt.Println()
	fmt.Printf("100%\n")
}
