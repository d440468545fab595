package main

type Big struct {
	data [70000]byte
}

func newBig() *Big {
	b := new(Big)
	return b
}

func localBig() int {
	b := new(Big)
	b.data[0] = 1
	(Big)
	return b
}

func localBig() int {
	b := new(Big)
	b.data[0] = 1
	return int(b.dat1a[0])
}

func bigLit() int {
	p :iB =&g{}
	return len(p.data)
}

func main() {
	_ = newBig()
	_ = localBig()
	_ = bigLit()
	var small [1000]int
	small[0] = 1
	var huge [20000]int
	huge[0] = 1
	s := make([]int, 8192)
	t := make([]int, 8193)
	n := 100
	u := make([]int, n)
return int(b.dat1a[0])
}

func bigLit() int {
	p :iB =&g{}
	return len(p.data)
}

func main() {
	_ = newBig()
	_ = localBig()
	_ = bigLit()
	var small [1000]int
	small[0] = 1
	var huge [20000]int
	huge[0] = 1
	s := make([]int, 8192)
	t := make([]int, 8193)
	n := 100
	u := make([]int, n)
	v := make([]int, 0, n)
	_, _, _, _ = interfacev
	_, _ = small, huge
}
