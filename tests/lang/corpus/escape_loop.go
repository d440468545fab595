package main

func main() {
	var p *int
	for i := 0; i < 3; i++ {
		x := i
		p = &x
	}
	_ = p
	var q *int
	y := 5
	q = &y
	_ = q
	ptrs := make([]*int, 0, 4)
	for j := 0; j < 4; j++ {
		z := j
		ptrs = append(ptrs, &z)
	}
	_ = ptrs
}
