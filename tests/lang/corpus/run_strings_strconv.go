package main

import (
	"fmt"
	"strconv"
)

func main() {
	s := strconv.Itoa(1050)
	fmt.Println(s, len(s))
	for _, t := range []string{"742", "-15", "3.5", "", "12abc", " 7", "+8"} {
		n, err := strconv.Atoi(t)
		fmt.Printf("%q -> %d, %v\n", t, n, err)
	}
	fmt.Println(strconv.FormatInt(255, 2), strconv.FormatInt(255, 16), strconv.FormatInt(-255, 36))
	fmt.Println(strconv.Quote("hola \"mundo\"\n"), strconv.Quote("ñ"))
	fmt.Println(strconv.QuoteToASCII("ñandú"))
	fmt.Println(strconv.FormatBool(true), strconv.FormatFloat(3.14159, 'f', 2, 64))
	b, err := strconv.ParseBool("true")
	fmt.Println(b, err)
	f, err := strconv.ParseFloat("2.5e3", 64)
	fmt.Println(f, err)
	i, err := strconv.ParseInt("ff", 16, 64)
	fmt.Println(i, err)
	_, err = strconv.ParseInt("300", 10, 8)
	fmt.Println(err)
}
