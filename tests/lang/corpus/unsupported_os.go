package main

import (
	"fmt"
	"os"
)

func main() {
	if len(os.Args) > 1 {
		fmt.Fprintln(os.Stderr, "sin argumentos")
		os.Exit(2)
	}
	fmt.Fprintln(os.Stdout, "ok")
}
