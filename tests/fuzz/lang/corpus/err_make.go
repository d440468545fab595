package main

func main() {
	a := make([]int)
	b := make(int, 3)
	c := make([]int, -1)
	d := make([]int, 10, 5)
	e := make(map[string]int, "x")
	var f [3]int
	g := f[5]
	h := new(5)
	_, _, _, _, _, _, _ = a, b, c, d, e, g, h
}
