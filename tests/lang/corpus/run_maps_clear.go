package main

import "fmt"

func main() {
	stock := map[string]int{"manzana": 5, "pera": 3, "uva": 12}
	alias := stock
	fmt.Println(len(stock), stock)
	alias["kiwi"] = 7
	fmt.Println(len(stock), stock)
	clear(stock)
	fmt.Println(len(stock), stock, len(alias))
	stock["limon"] = 1
	fmt.Println(alias)

	numeros := []int{1, 2, 3, 4}
	clear(numeros)
	fmt.Println(numeros, len(numeros))
}
