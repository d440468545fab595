package main

import "fmt"

func main() {
	var buf []byte
	palabras := []string{"stack", "heap", "data", "code", "garbage", "collector", "escape", "analysis"}
	for i, p := range palabras {
		if i > 0 {
			buf = append(buf, ", "...)
		}
		buf = append(buf, p...)
		fmt.Printf("%-10s len=%2d cap=%2d\n", p, len(buf), cap(buf))
	}
	fmt.Println(string(buf))

	pre := make([]byte, 0, 16)
	pre = append(pre, "0123456789"...)
	fmt.Println(len(pre), cap(pre))
	pre = append(pre, "abcdefghij"...)
	fmt.Println(len(pre), cap(pre))
	pre = append(pre, pre...)
	fmt.Println(len(pre), cap(pre), string(pre))
}
