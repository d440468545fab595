package main

func main() {
	continue
	for i := 0; i < 3; i++ {
	}
	x := 1
	switch x {
	case "a":
	case 1, 1:
	}
	switch {
	case x:
	}
L:
	for {
		break M
	}
}
