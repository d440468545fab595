package main

func m(x int) int {
	if x > 0 {
		return 1
	}
}

func r() int { return 1, 2 }

func r2() (int, string) {
	return 1
}

func r3() int {
	return
}

func r4() {
	return 5
}

func main() {
	m(1)
	r()
	r2()
	r3()
	r4()
}
