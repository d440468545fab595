package main

func pair() (int, string) { return 1, "a" }

func main() {
	var a int
	a, b := 1
	c, d, e := pair()
	const k = 1
	k = 2
	s := "abc"
	s[0] = 'x'
	var m map[string]struct{ x int }
	m["a"].x = 1
	a, _ = pair()
	_ = a
	_, _, _, _ = b, c, d, e
}
