package main

import "fmt"

func medir(nombre string) func() {
	fmt.Println("inicio", nombre)
	pasos := 0
	return func() {
		pasos++
		fmt.Println("fin", nombre, "pasos:", pasos)
	}
}

func trabajo() {
	defer medir("trabajo")()
	fmt.Println("trabajando...")
}

func main() {
	trabajo()
	f := medir("manual")
	f()
	f()
	acum := func() func(int) int {
		total := 0
		return func(n int) int {
			total += n
			return total
		}
	}()
	fmt.Println(acum(1), acum(10), acum(100))
}
