package main

import "fmt"

var registry = map[string]*int{}

func register(name string, v *int) {
	registry[name] = v
}

func join(parts []string) string {
	s := ""
	for _, p := range parts {
		s += p
	}
	return s
}

func main() {
	x := 1
	register("x", &x)
	words := []string{"a", "b"}
	fmt.Println(join(words))
	counts := make(map[string]int, 100)
	counts["a"]++
	fmt.Println(len(counts))
	b := []byte("hello")
	b[0] = 'H'
	fmt.Println(string(b))
}
