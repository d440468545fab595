package main

import "fmt"

func main() {
	bloque := make([]byte, 50)
	for i := range bloque {
		bloque[i] = byte('a' + i%26)
	}
	var datos []byte
	datos = append(datos, bloque...)
	fmt.Println("uno:", len(datos), cap(datos))
	datos = append(datos, bloque[:10]...)
	fmt.Println("dos:", len(datos), cap(datos))
	datos = append(datos, bloque...)
	fmt.Println("tres:", len(datos), cap(datos))

	var otro []byte
	otro = append(otro, 1, 2, 3, 4, 5)
	fmt.Println(len(otro), cap(otro))
	otro = append(otro, make([]byte, 30)...)
	fmt.Println(len(otro), cap(otro))
	otro = append(otro[:0], bloque[:3]...)
	fmt.Println(len(otro), cap(otro), string(otro))
}
