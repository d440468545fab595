package main

import "fmt"

type Counter struct {
	n    int
	hist []int
}

func (c *Counter) Inc() {
	c.n++
	c.hist = append(c.hist, c.n)
}

func (c Counter) Value() int {
	return c.n
}

func (c *Counter) Self() *Counter {
	return c
}

var global *Counter

func (c *Counter) Register() {
	global = c
}

func main() {
	var a Counter
	a.Inc()
	b := &Counter{}
	b.Inc()
	fmt.Println(a.Value(), b.Value())
	c := Counter{}
	d := c.Self()
	d.Inc()
	e := Counter{}
	e.Register()
	f := a.Value
	fmt.Println(f())
}
