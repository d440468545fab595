package main

import "fmt"

func main() {
	fmt.Println("a", "b")
	fmt.Println("a" + "b")
	fmt.Println(1, 2)
	fmt.Println("edad:", 30, "anios")
	fmt.Print("a", "b", "\n")
	fmt.Print(1, 2, "\n")
	fmt.Print(1, "a", 2, "\n")
	fmt.Print("x", 1, 2, "y", "\n")
	fmt.Print(1.5, 2.5, "\n")
	fmt.Print(true, false, "\n")
	fmt.Print([]int{1}, []int{2}, "\n")
	fmt.Print('a', 'b', "\n")
	fmt.Print(nil, nil, "\n")
	fmt.Println()
	fmt.Println("")
	fmt.Println("fin")
	n, err := fmt.Println("cuenta bytes")
	fmt.Println(n, err)
	n, _ = fmt.Printf("%d\n", 12345)
	fmt.Println(n)
}
