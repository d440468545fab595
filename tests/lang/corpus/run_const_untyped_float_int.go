package main

import "fmt"

const Escala = 2.5

func main() {
	valores := []float64{1, 2, 3}
	for i := range valores {
		valores[i] *= Escala
	}
	fmt.Println(valores)
	const Entero = Escala * 2
	var n int = Entero
	fmt.Println(n, Entero)
	arr := [Entero]string{"a", "b", "c", "d", "e"}
	fmt.Println(len(arr), arr)
	fmt.Println(1e2, 1e2 == 100, int64(1e18))
	const muyChico = 1e-400
	fmt.Println(muyChico*1e400 == 1)
	var c complex128 = 2
	fmt.Println(c)
}
