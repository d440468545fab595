package main

import "fmt"

func main() {
	vistos := map[any]int{}
	vistos[1]++
	vistos["uno"]++
	vistos[[2]int{1, 2}]++
	fmt.Println(len(vistos))
	vistos[[]int{1, 2}]++
	fmt.Println(len(vistos))
}
