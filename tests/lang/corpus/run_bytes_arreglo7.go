package main

import "fmt"

type Patente [7]byte

func nueva(s string) Patente {
	var p Patente
	copy(p[:], s)
	return p
}

func main() {
	var patentes []Patente
	last := 0
	for i := 0; i < 40; i++ {
		p := nueva("AB123CD")
		p[2] = byte('0' + i%10)
		p[3] = byte('0' + i/10)
		patentes = append(patentes, p)
		if cap(patentes) != last {
			last = cap(patentes)
			fmt.Println("len", len(patentes), "cap", last)
		}
	}
	fmt.Println(string(patentes[13][:]))
	fmt.Println(patentes[0] == nueva("AB003CD"), patentes[1] == patentes[2])
}
