package main

// Un bucle que nunca termina: la VM debe pararlo en su presupuesto de pasos.
func main() {
	n := 0
	for {
		n++
	}
}
