package main

import "fmt"

func main() {
	// provincia -> ciudad -> habitantes
	censo := map[string]map[string]int{}
	agregar := func(prov, ciudad string, hab int) {
		if censo[prov] == nil {
			censo[prov] = map[string]int{}
		}
		censo[prov][ciudad] += hab
	}
	agregar("Buenos Aires", "Caseros", 100000)
	agregar("Buenos Aires", "La Plata", 700000)
	agregar("Cordoba", "Villa Maria", 80000)
	agregar("Buenos Aires", "Caseros", 5000)
	agregar("Cordoba", "Cordoba", 1300000)

	fmt.Println(censo)
	fmt.Println(len(censo), len(censo["Buenos Aires"]))
	total := 0
	for _, ciudades := range censo {
		for _, h := range ciudades {
			total += h
		}
	}
	fmt.Println("total:", total)
	fmt.Println(censo["Mendoza"]["Mendoza"], censo["Mendoza"] == nil)
}
