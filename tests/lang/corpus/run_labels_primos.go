package main

import "fmt"

func main() {
	var primos []int
externo:
	for n := 2; len(primos) < 15; n++ {
		for _, p := range primos {
			if p*p > n {
				break
			}
			if n%p == 0 {
				continue externo
			}
		}
		primos = append(primos, n)
	}
	fmt.Println(primos, len(primos), cap(primos))
}
