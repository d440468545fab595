package main

import "fmt"

type Item struct {
	name string
	data []byte
}

var cache = map[string]*Item{}
var history []*Item
var hook func()

func load(name string) *Item {
	if it, ok := cache[name]; ok {
		return it
	}
	it := &Item{name: name, data: make([]byte, 1024)}
	cache[name] = it
	return it
}

func remember(it *Item) {
	history = append(history, it)
}

func forget() {
	history = history[:0]
	for k := range cache {
		delete(cache, k)
	}
}

func setHook(msg string) {
	hook = func() { fmt.Println(msg) }
}

func main() {
	a := load("a")
	remember(a)
	local := Item{name: "local"}
	remember(&local)
	setHook("done")
	hook()
	forget()
	fmt.Println(len(history), len(cache))
}
