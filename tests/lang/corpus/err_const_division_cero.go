package main

import "fmt"

const alumnos = 0

func main() {
	total := 120
	fmt.Println("media:", total/alumnos)
}
