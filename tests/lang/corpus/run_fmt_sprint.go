package main

import "fmt"

func main() {
	a := fmt.Sprint("a", "b", 1, 2, "c", 3.5, true)
	fmt.Printf("%q\n", a)
	b := fmt.Sprint(1, 2, 3)
	fmt.Printf("%q\n", b)
	c := fmt.Sprint("x", 1, "y")
	fmt.Printf("%q\n", c)
	d := fmt.Sprintln("a", "b", 1, 2)
	fmt.Printf("%q\n", d)
	e := fmt.Sprint()
	fmt.Printf("%q\n", e)
	f := fmt.Sprint(nil, nil, "z", nil)
	fmt.Printf("%q\n", f)
	g := fmt.Sprint([]int{1}, []int{2}, "s", struct{}{}, 5)
	fmt.Printf("%q\n", g)
	h := fmt.Sprintf("%d-%s-%v", 1, "dos", 3.0)
	fmt.Println(h, len(h))
	fmt.Print("uno", "dos", 3, 4, "\n")
	fmt.Print(5, 6, "\n")
	fmt.Println("a", 1, true, nil, 2.5)
}
