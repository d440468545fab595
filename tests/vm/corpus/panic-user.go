package main

func main() {
	panic("algo salió mal")
}
