package main

import "fmt"

// Movimiento ocupa 16 bytes: un int64 y un byte con relleno
type Movimiento struct {
	monto int64
	tipo  byte
}

func main() {
	var cuenta []Movimiento
	saldo := int64(0)
	for i := 1; i <= 45; i++ {
		m := Movimiento{int64(i * 10), 'D'}
		if i%4 == 0 {
			m = Movimiento{int64(i * 5), 'R'}
		}
		cuenta = append(cuenta, m)
		if m.tipo == 'D' {
			saldo += m.monto
		} else {
			saldo -= m.monto
		}
		if i == 1 || i == 2 || i == 3 || i == 5 || i == 9 || i == 17 || i == 33 || i == 45 {
			fmt.Printf("movs=%d cap=%d saldo=%d\n", len(cuenta), cap(cuenta), saldo)
		}
	}
	fmt.Printf("%v %c\n", cuenta[3], cuenta[3].tipo)
}
