package main

import "fmt"

// escribe n en decimal al final de b, sin usar strconv
func agregarNumero(b []byte, n int) []byte {
	if n == 0 {
		return append(b, '0')
	}
	if n < 0 {
		b = append(b, '-')
		n = -n
	}
	var tmp [20]byte
	i := len(tmp)
	for n > 0 {
		i--
		tmp[i] = byte('0' + n%10)
		n /= 10
	}
	return append(b, tmp[i:]...)
}

func main() {
	var linea []byte
	for _, n := range []int{0, 7, -42, 1050, 742, 1000000, -3} {
		linea = agregarNumero(linea, n)
		linea = append(linea, ' ')
	}
	fmt.Println(string(linea))
	fmt.Println(len(linea), cap(linea))
}
