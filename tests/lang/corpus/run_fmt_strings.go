package main

import "fmt"

func main() {
	nombres := []string{"Ana", "Marcelo", "Pepe Gonzalez"}
	for _, n := range nombres {
		fmt.Printf("[%s] [%10s] [%-10s] [%.3s] [%q]\n", n, n, n, n, n)
	}
	fmt.Printf("%x %X % x\n", "hola", "hola", "hola")
	fmt.Printf("%q %+q %#q\n", "año\n", "año", "sin`comillas")
	fmt.Printf("%#q\n", "con`backtick")
	fmt.Printf("%s|%v|%q\n", []byte("bytes"), []byte("ab"), []byte("cd"))
	fmt.Printf("%5.1s|%-5.2s|\n", "xyz", "xyz")
	fmt.Printf("%c|%5c|%-5c|\n", 'a', 'b', 'c')
	fmt.Printf("%s %s\n", []string{"a", "b"}, [2]string{"c", "d"})
	fmt.Printf("%q\n", []string{"uno", "dos"})
	fmt.Printf("%x\n", []string{"ab", "cd"})
}
