package main

import "fmt"

func main() {
	var fs []func() int
	for i := 0; i < 3; i++ {
		fs = append(fs, func() int { return i })
	}
	var ps []*int
	for _, v := range []int{1, 2} {
		ps = append(ps, &v)
	}
	for j := 0; j < 2; j++ {
		k := j * 2
		fmt.Println(k)
	}
	fmt.Println(len(fs), len(ps))
}
