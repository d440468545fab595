package main

import (
	"fmt"
	"strconv"
	"strings"
)

func conPuntos(n int) string {
	s := strconv.Itoa(n)
	neg := strings.HasPrefix(s, "-")
	if neg {
		s = s[1:]
	}
	var partes []string
	for len(s) > 3 {
		partes = append([]string{s[len(s)-3:]}, partes...)
		s = s[:len(s)-3]
	}
	partes = append([]string{s}, partes...)
	r := strings.Join(partes, ".")
	if neg {
		r = "-" + r
	}
	return r
}

func main() {
	for _, n := range []int{0, 999, 1000, 1050, 1234567, -9876543210} {
		fmt.Println(conPuntos(n))
	}
	fmt.Println(strconv.FormatInt(1<<40, 10), strconv.FormatUint(1<<63, 16))
	fmt.Println(strconv.AppendInt([]byte("n="), -42, 10))
	fmt.Println(string(strconv.AppendQuote(nil, "x")))
}
