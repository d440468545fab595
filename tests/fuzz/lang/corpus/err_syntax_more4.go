package main

func main() {
	var s []int = []int{1, 2,}
	s = append(s 3)
	_ = s
}
