package main

import (
	"errors"
	"fmt"
	"runtime"
)

type Forma interface{ Area() float64 }

type Cuadrado struct{ lado float64 }

func (c Cuadrado) Area() float64 { return c.lado * c.lado }

// probar ejecuta f y describe el error de runtime que recupera.
func probar(nombre string, f func()) {
	defer func() {
		r := recover()
		fmt.Printf("%s: %T\n", nombre, r)
		switch e := r.(type) {
		case runtime.Error:
			fmt.Println("  runtime.Error:", e.Error())
		case error:
			fmt.Println("  error:", e)
		default:
			fmt.Println("  otro:", e)
		}
		if err, ok := r.(error); ok {
			var re runtime.Error
			fmt.Println("  es error:", err, errors.As(err, &re))
		}
	}()
	f()
}

func main() {
	notas := []int{7, 8}
	i := 5
	probar("indice", func() { fmt.Println(notas[i]) })
	probar("rebanada", func() { fmt.Println(notas[1:i]) })
	var m map[string]int
	probar("mapa nil", func() { m["a"] = 1 })
	cero := 0
	probar("division", func() { fmt.Println(10 / cero) })
	var p *Cuadrado
	probar("puntero nil", func() { fmt.Println(p.lado) })
	var f any = Cuadrado{2}
	probar("asercion", func() { fmt.Println(f.(string)) })
	probar("panic propio", func() { panic(errors.New("mio")) })
	probar("texto", func() { panic("solo texto") })
}
