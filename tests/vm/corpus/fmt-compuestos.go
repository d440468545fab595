package main

import "fmt"

type Punto struct {
	X, Y int
}

type Producto struct {
	nombre string
	precio float64
	stock  int
	tags   []string
}

type Pedido struct {
	Cliente  string
	Items    []Producto
	Total    float64
	Entrega  *Punto
	Notas    map[string]int
	Extra    any
	Etiqueta fmt.Stringer
}

type Celsius float64

type Tabla [2][2]int

func main() {
	p := Punto{1, -2}
	pp := &p
	fmt.Printf("%v %+v %#v %T\n", p, p, p, p)
	fmt.Printf("%v %+v %#v %T\n", pp, pp, pp, pp)
	fmt.Printf("[%5v] [%-4v] [%05v] [%+v] [%x] [%08.3f]\n", p, p, p, pp, p, p)
	prod := Producto{"té", 18, 3, nil}
	fmt.Printf("%v\n%+v\n%#v\n", prod, prod, prod)
	fmt.Printf("[%6.2f] [%q] [%s]\n", prod, prod, prod)
	ped := Pedido{Cliente: "Ana", Items: []Producto{prod}, Total: 18.5,
		Notas: map[string]int{"b": 2, "a": 1}, Extra: 7}
	fmt.Printf("%v\n%+v\n", ped, ped)
	var nada Pedido
	fmt.Printf("%v\n%+v\n%#v\n", nada, nada, nada)
	numeros := []int{1, 20, 300}
	var nulo []int
	vacio := []int{}
	fmt.Printf("[%3d] [%-4d] [%04d] [%x] [%#x] [%+d] [%v] [%#v] [%#v] [%#v]\n",
		numeros, numeros, numeros, numeros, numeros, numeros, nulo, nulo, vacio, numeros)
	fmt.Printf("[%05.1f] [%6.2f] [%e] [%#v]\n", []float64{1.25, -3}, [2]float64{0.5, 1e7},
		[]float32{1.5}, []float64{1, 2.5})
	fmt.Printf("[%4s] [%-4s] [%04s] [%q] [%#v]\n", []string{"a"}, []string{"b", "cc"},
		[]string{"x"}, []string{"y"}, [2]string{"z", ""})
	fmt.Printf("%v %#v %v\n", Tabla{{1, 2}, {3, 4}}, Tabla{{1, 2}, {3, 4}}, [0]int{})
	m := map[string]int{"uno": 1, "dos": 2, "tres": 3}
	var mnil map[string]bool
	fmt.Printf("%v %#v %+v [%3d] %#v %v %T\n", m, m, m, m, mnil, mnil, m)
	mp := map[Punto]string{{2, 1}: "b", {1, 2}: "a"}
	fmt.Printf("%v %#v\n", mp, mp)
	fmt.Printf("%v %#v\n", &m, &numeros)
	mat := [][]int{{1}, nil, {}}
	fmt.Printf("%v %#v\n", mat, mat)
	var cosas []any = []any{1, "dos", 3.0, nil, Punto{}, []int{4}, Celsius(21.5), true}
	fmt.Printf("%v\n%+v\n%#v\n%d\n", cosas, cosas, cosas, cosas)
	var i any = p
	var e error
	fmt.Printf("%v %#v %v %#v %T %T\n", i, i, e, e, i, e)
	fmt.Printf("%v %.1f %#v %T\n", Celsius(36.6), Celsius(36.6), Celsius(36.6), Celsius(1))
	anon := struct {
		A int
		b string
	}{1, "x"}
	fmt.Printf("%v %+v %#v %T\n", anon, anon, anon, anon)
	var ptr *Punto
	var pint *int
	fmt.Printf("%v %+v %#v %v %s %d\n", ptr, ptr, ptr, pint, ptr, ptr)
	fmt.Println(p, pp, prod, numeros, nulo, m, mnil, cosas, ptr)
	doble := &pp
	fmt.Println(doble == nil, *doble == pp)
	fmt.Printf("%v\n", []*Punto{nil})
	fmt.Printf("%v %+v\n", struct{ P *Punto }{nil}, []any{nil, &p == nil})
}
