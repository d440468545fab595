package main

import "fmt"

type Cerrojo struct {
	tomado bool
	veces  int
}

func (c *Cerrojo) Tomar() {
	if c.tomado {
		panic("cerrojo ya tomado")
	}
	c.tomado = true
	c.veces++
}

func (c *Cerrojo) Soltar() { c.tomado = false }

type Contador struct {
	c     Cerrojo
	valor int
}

func (k *Contador) Sumar(n int) {
	k.c.Tomar()
	defer k.c.Soltar()
	if n < 0 {
		panic(fmt.Sprintf("valor negativo %d", n))
	}
	k.valor += n
}

func main() {
	k := &Contador{}
	k.Sumar(5)
	func() {
		defer func() { fmt.Println("recuperado:", recover()) }()
		k.Sumar(-1)
	}()
	k.Sumar(10)
	fmt.Println(k.valor, k.c.veces, k.c.tomado)
}
