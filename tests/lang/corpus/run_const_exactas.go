package main

import "fmt"

const (
	enorme   = 1 << 200
	maxInt64 = 1<<63 - 1
	tercio   = 1 / 3.0
)

type Celsius float64

func main() {
	fmt.Println(enorme>>190, maxInt64, uint64(1<<64-1))
	fmt.Println(tercio*3 == 1, 0.1+0.2 == 0.3, float32(0.1), float64(float32(0.1)))
	x := 0.1
	y := 0.2
	fmt.Println(x+y == 0.3, -0.0, 7/2, 7/2.0, 'a'*2)
	var temp Celsius = 36.6
	f := 2.5
	fmt.Println(temp, Celsius(f), int64(maxInt64>>32), byte('A'+1))
	const grande = 1e300 * 1e300 / 1e300
	fmt.Println(grande, 1e1000/1e999)
}
