package main

import "fmt"

func main() {
	var data []int
	realocaciones := 0
	for i := 0; i < 10000; i++ {
		antes := cap(data)
		data = append(data, i)
		if cap(data) != antes {
			realocaciones++
		}
	}
	fmt.Println("sin prealocar:", len(data), cap(data), realocaciones)

	pre := make([]int, 10000)
	for i := 0; i < 10000; i++ {
		pre[i] = i
	}
	fmt.Println("prealocado:", len(pre), cap(pre))

	conCap := make([]int, 0, 10000)
	realocaciones = 0
	for i := 0; i < 10000; i++ {
		antes := cap(conCap)
		conCap = append(conCap, i)
		if cap(conCap) != antes {
			realocaciones++
		}
	}
	fmt.Println("con capacidad:", len(conCap), cap(conCap), realocaciones)
}
