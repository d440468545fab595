package main

func a(x int) int {
	for {
		if x > 0 {
			break
		}
	}
}

func b(x int) int {
	switch x {
	case 1:
		return 1
	default:
		return 0
	}
}

func c(x int) int {
	if x > 0 {
		return 1
	} else {
		return 2
	}
}

func d(x int) int {
	for {
	}
}

func e(x int) int {
	panic("no")
}

func f(x int) int {
	switch x {
	case 1:
		return 1
	}
}

func main() {
	_, _, _, _, _, _ = a(1), b(1), c(1), d(1), e(1), f(1)
}
