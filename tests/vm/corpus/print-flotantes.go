package main

func main() {
	var cero float64
	var precio float32 = 0.1
	total := 0.0
	for i := 0; i < 3; i++ {
		total += 0.1
	}
	println("total:", total, "precio:", precio, precio*3)
	println(1.5, 123456789.0, 1e21, 1e-7, 100.0, 2.0/3)
	println(1/cero, -1/cero, cero/cero, -cero)
	print(2.5, 3, "x", 0.25, "\n")
	panic(1.5)
}
