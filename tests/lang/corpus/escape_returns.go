package main

type Pair struct {
	a, b *int
}

func both() (*int, *int) {
	x, y := 1, 2
	return &x, &y
}

func named() (r *int) {
	v := 3
	r = &v
	return
}

func pick(p Pair) *int {
	return p.a
}

func makePair(a, b *int) Pair {
	return Pair{a, b}
}

func deref2(pp **int) int {
	return **pp
}

func main() {
	a, b := both()
	c := named()
	i, j := 4, 5
	pr := makePair(&i, &j)
	_ = pick(pr)
	k := 6
	pk := &k
	_ = deref2(&pk)
	_, _, _ = a, b, c
}
