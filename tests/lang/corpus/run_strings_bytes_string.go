package main

import (
	"fmt"
	"strings"
)

func main() {
	s := "inmutable"
	b := []byte(s)
	b[0] = 'I'
	fmt.Println(s, string(b))
	s2 := string(b)
	b[1] = 'N'
	fmt.Println(s2, string(b))
	r := []rune("café")
	r[3] = 'e'
	fmt.Println(string(r))
	fmt.Println(string(rune(241)), string([]byte{72, 111, 108, 97}))
	fmt.Println(strings.ToUpper(string(b[:4])))
	var sb strings.Builder
	sb.Write(b)
	sb.WriteString("!")
	fmt.Println(sb.String(), sb.Len())
	fmt.Println(len("ñ"), len([]rune("ñ")), len([]byte("ñ")))
}
