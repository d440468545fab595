package main

import "fmt"

// Conversiones de string a []byte: cuando nadie escribe en el resultado,
// el compilador puede reutilizar los bytes del string; si alguien escribe
// (directamente, por una subrebanada, con copy, append, ++ o en otra
// función), hace falta una copia propia.

type Mensaje struct {
	cuerpo []byte
}

func contar(b []byte) int {
	n := 0
	for _, c := range b {
		if c == 'a' {
			n++
		}
	}
	return n
}

func gritar(b []byte) {
	for i := range b {
		if b[i] >= 'a' && b[i] <= 'z' {
			b[i] -= 'a' - 'A'
		}
	}
}

func sellar(m *Mensaje) {
	m.cuerpo[0] = '#'
}

func mismo(b []byte) []byte {
	return b
}

func main() {
	texto := fmt.Sprint("banana")

	solo := []byte(texto)
	fmt.Println("a en banana:", contar(solo), "cap", cap(solo))

	grito := []byte(texto)
	gritar(grito)
	fmt.Println(string(grito), cap(grito))

	trozo := []byte(texto)
	medio := trozo[2:4]
	medio[0] = 'N'
	fmt.Println(string(trozo), cap(trozo))

	copiado := []byte(texto)
	copy(copiado, "ca")
	fmt.Println(string(copiado), cap(copiado))

	mas := []byte(texto)
	mas = append(mas, 's')
	fmt.Println(string(mas), len(mas), cap(mas))

	sumado := []byte(texto)
	sumado[5]++
	fmt.Println(string(sumado), cap(sumado))

	m := Mensaje{[]byte(texto)}
	sellar(&m)
	fmt.Println(string(m.cuerpo), cap(m.cuerpo))

	otro := []byte(texto)
	alias := mismo(otro)
	alias[1] = 'e'
	fmt.Println(string(otro), cap(otro))

	leido := []byte(texto)
	igual := mismo(leido)
	fmt.Println(len(igual), cap(leido))

	fmt.Println("original:", texto)
}
