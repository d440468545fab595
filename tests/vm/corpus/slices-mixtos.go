package main

import "fmt"

// Structs de tamaños impares y con punteros en slices, mapas y en la pila:
// append, copy que se solapa, claves y valores de 3 y 5 bytes, y una
// recursión profunda que hace crecer la pila con valores de 3 y 16 bytes.

type Tres struct {
	a, b, c byte
}

type Mixto struct {
	id    int16
	letra byte
	nom   *string
	ok    bool
	w     [3]byte
}

type Clave struct {
	x int8
	y int16
	z byte
}

func profundo(n int, v Tres, m Mixto) int {
	var buf [5]int16
	buf[n%5] = int16(n)
	if n == 0 {
		return int(v.a) + int(m.letra) + int(buf[0])
	}
	return profundo(n-1, Tres{v.b, v.c, v.a}, m) + int(buf[n%5])
}

func main() {
	s := "hola"
	var ms []Mixto
	for i := 0; i < 40; i++ {
		ms = append(ms, Mixto{id: int16(i), letra: byte('a' + i%26), nom: &s, ok: i%2 == 0, w: [3]byte{1, 2, byte(i)}})
	}
	copy(ms[3:], ms[1:20])
	ms = append(ms[:5], ms[7:]...)
	fmt.Println(len(ms), cap(ms), ms[4].id, ms[5].id, *ms[10].nom, ms[10].w)
	m := map[Clave]Tres{}
	for i := 0; i < 100; i++ {
		m[Clave{int8(i), int16(i * 3), byte(i)}] = Tres{byte(i), byte(i + 1), byte(i + 2)}
	}
	fmt.Println(len(m), m[Clave{7, 21, 7}], m[Clave{99, 297, 99}])
	m2 := map[byte][]Tres{}
	for i := 0; i < 50; i++ {
		k := byte(i % 3)
		m2[k] = append(m2[k], Tres{byte(i), 0, 1})
	}
	fmt.Println(len(m2[0]), cap(m2[0]), len(m2[2]), cap(m2[2]))
	fmt.Println(profundo(300, Tres{1, 2, 3}, ms[0]))
	r := []rune("añoñandú")
	r = append(r, r...)
	b := []byte(string(r))
	b = append(b, "¡fin!"...)
	fmt.Println(len(r), cap(r), len(b), cap(b), string(b[len(b)-6:]))
	var t []Tres
	for i := 0; i < 100; i++ {
		t = append(t, Tres{byte(i), 1, 2})
	}
	u := t[10:20:30]
	u = append(u, t[:15]...)
	fmt.Println(len(t), cap(t), len(u), cap(u), u[12])
}
