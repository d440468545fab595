pqckage main

func main() {
	var f float64 = 1.5
	i := int(f)
	var s string = string(64)
	b := []byte("x")
	n := int("5")
	var u uint = -1
	var k int = 1.5
	var p *int = 0
	_,(_, _, _, _, _, _ package mmt"

type Celsiusin() {
	var( c Celsius = 10
	var f Fahrenheit = 50= i, s, b, n, u, 
	fmt.Printlnk, p
}
(c + f)
	var n int = 3
	var fl float64 = n
	s := 