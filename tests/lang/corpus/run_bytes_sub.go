package main

import "fmt"

func main() {
	base := make([]byte, 0, 32)
	base = append(base, "abcdefghij"...)
	izq := base[:5]
	der := base[5:]
	fmt.Println(len(izq), cap(izq), len(der), cap(der))
	izq = append(izq, 'X', 'Y')
	fmt.Println(string(base), string(der))
	der = append(der, "0123456789012345678901234"...)
	fmt.Println(len(der), cap(der))
	der[0] = '#'
	fmt.Println(string(base))
	fmt.Println(string(der[:10]))

	var vacio []byte = base[:0]
	fmt.Println(len(vacio), cap(vacio))
	tres := base[2:5:6]
	tres = append(tres, 'Z')
	fmt.Println(string(base), len(tres), cap(tres))
	tres = append(tres, 'W')
	fmt.Println(string(base), string(tres), len(tres), cap(tres))
}
