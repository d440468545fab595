package main

import "fmt"

func main() {
	var m map[string]int
	fmt.Println(m == nil, len(m), m["x"])
	v, ok := m["y"]
	fmt.Println(v, ok)
	delete(m, "z")
	for k, v := range m {
		fmt.Println(k, v)
	}
	fmt.Println(m)
	fmt.Printf("%v %d\n", m, len(m))

	m = map[string]int{}
	m["uno"] = 1
	fmt.Println(m == nil, m)

	var ms map[int][]int
	fmt.Println(ms[3] == nil, len(ms[3]))
}
