// Las runas y el struct vacío que se convierten en interfaz aparecen en el
// análisis de escape tal como se escribieron en el código.
package main

import "fmt"

type Letra rune

func ver(v any) {}

func main() {
	ver('a')
	ver('\n')
	ver('ñ')
	ver('\'')
	ver(struct{}{})
	ver(Letra('b'))
	var r rune = 'z'
	ver(r)
	fmt.Println('x', "fin")
}
