package tienda

import "fmt"

func main() {
	fmt.Println("abierto")
}
