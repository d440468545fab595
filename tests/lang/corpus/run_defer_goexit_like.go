package main

import "fmt"

func paso(n int, log *[]string) {
	*log = append(*log, fmt.Sprint("inicio ", n))
	defer func() {
		*log = append(*log, fmt.Sprint("fin ", n))
	}()
	if n%2 == 0 {
		return
	}
	*log = append(*log, fmt.Sprint("impar ", n))
}

func main() {
	var log []string
	for i := 1; i <= 4; i++ {
		paso(i, &log)
	}
	for _, l := range log {
		fmt.Println(l)
	}
	fmt.Println(len(log), cap(log))
}
