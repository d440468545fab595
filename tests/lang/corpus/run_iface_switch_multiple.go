package main

import "fmt"

func clasificar(v any) string {
	switch v.(type) {
	case int, int8, int16, int32, int64:
		return "entero con signo"
	case uint, uint8, uint16, uint32, uint64:
		return "entero sin signo"
	case float32, float64:
		return "punto flotante"
	case string, []byte:
		return "texto"
	case nil:
		return "nil"
	}
	return "desconocido"
}

func main() {
	fmt.Println(clasificar(1))
	fmt.Println(clasificar(int8(1)))
	fmt.Println(clasificar(uint(3)))
	fmt.Println(clasificar(byte(3)))
	fmt.Println(clasificar(float32(2)))
	fmt.Println(clasificar("x"))
	fmt.Println(clasificar([]byte("x")))
	fmt.Println(clasificar(nil))
	fmt.Println(clasificar(struct{}{}))
	fmt.Println(clasificar('a'))

	var x any = int16(7)
	switch y := x.(type) {
	case int16, int32:
		fmt.Printf("%T %v\n", y, y)
	}
}
