// stdmem_probe.go: bytes and objects the standard library allocates, as MemLab runs its Go
// source.  stdmem.txt is what Go 1.27 printed for it.
//
// Each case runs between two runtime.ReadMemStats; NAME BYTES MALLOCS, the differences of
// TotalAlloc and Mallocs, are printed at the end, so that nothing but the cases allocates
// between them (fmt's own allocations would leave the tiny allocator's block elsewhere).
// Results go to package variables, so that they are on the heap in both.
package main

import (
	"errors"
	"fmt"
	"runtime"
	"sort"
	"strconv"
	"strings"
)

var (
	sinkS   string
	sinkSS  []string
	sinkE   error
	sinkB   *strings.Builder
	antes   runtime.MemStats
	despues runtime.MemStats
	nombres [64]string
	bytes   [64]uint64
	objetos [64]uint64
	casos   int
)

func medir(nombre string, f func()) {
	runtime.ReadMemStats(&antes)
	f()
	runtime.ReadMemStats(&despues)
	nombres[casos] = nombre
	bytes[casos] = despues.TotalAlloc - antes.TotalAlloc
	objetos[casos] = despues.Mallocs - antes.Mallocs
	casos++
}

func builder(n int) {
	b := new(strings.Builder)
	for i := 0; i < n; i++ {
		b.WriteString("hola ")
	}
	sinkB = b
	sinkS = b.String()
}

func main() {
	for _, n := range []int{1, 2, 5, 10, 50, 100, 1000} {
		medir("builder", func() { builder(n) })
	}
	medir("builder-grow", func() {
		b := new(strings.Builder)
		b.Grow(64)
		for i := 0; i < 10; i++ {
			b.WriteString("abcdef")
		}
		sinkB = b
	})
	medir("builder-bytes-runes", func() {
		b := new(strings.Builder)
		for i := 0; i < 40; i++ {
			b.WriteByte('x')
			b.WriteRune('ñ')
		}
		sinkB = b
	})
	for _, v := range []int{0, 7, 42, 99, 100, 12345, -5, 1 << 40, -1 << 62} {
		medir("itoa", func() { sinkS = strconv.Itoa(v) })
	}
	medir("formatint-base2", func() { sinkS = strconv.FormatInt(1<<20, 2) })
	medir("atoi-ok", func() {
		n, err := strconv.Atoi("12345")
		sinkS, sinkE = strconv.Itoa(n), err
	})
	medir("atoi-error", func() { _, sinkE = strconv.Atoi("doce") })
	medir("quote", func() { sinkS = strconv.Quote("hola \"mundo\"") })
	medir("repeat", func() { sinkS = strings.Repeat("ab", 100) })
	medir("join", func() { sinkS = strings.Join([]string{"uno", "dos", "tres"}, ", ") })
	medir("split", func() { sinkSS = strings.Split("a,b,c,d,e", ",") })
	medir("fields", func() { sinkSS = strings.Fields(" uno  dos tres ") })
	medir("toupper", func() { sinkS = strings.ToUpper("hola mundo") })
	medir("toupper-unicode", func() { sinkS = strings.ToUpper("año niño") })
	medir("replaceall", func() { sinkS = strings.ReplaceAll("oink oink oink", "k", "ky") })
	medir("errors-new", func() { sinkE = errors.New("saldo insuficiente") })
	medir("errors-join", func() { sinkE = errors.Join(sinkE, errors.New("otro")) })
	enteros := []int{5, 2, 8, 1, 9, 3}
	medir("sort-slice-ints", func() { sort.Slice(enteros, func(i, j int) bool { return enteros[i] < enteros[j] }) })
	textos := []string{"pera", "uva", "kiwi"}
	medir("sort-slice-strings", func() { sort.Slice(textos, func(i, j int) bool { return textos[i] < textos[j] }) })
	type par struct{ a, b int }
	pares := []par{{3, 1}, {1, 2}, {2, 3}}
	medir("sort-slicestable-structs", func() { sort.SliceStable(pares, func(i, j int) bool { return pares[i].a < pares[j].a }) })
	uno := []int{1}
	medir("sort-slice-one", func() { sort.Slice(uno, func(i, j int) bool { return false }) })
	medir("replacer-bytes", func() { sinkS = strings.NewReplacer(".", " ", ",", " ").Replace("a.b,c") })
	medir("replacer-bytes-same", func() { sinkS = strings.NewReplacer(".", " ").Replace("abc") })
	medir("replacer-bytestring", func() { sinkS = strings.NewReplacer("<", "&lt;", ">", "&gt;").Replace("<a>") })
	medir("replacer-generic", func() { sinkS = strings.NewReplacer("aa", "b", "c", "dd").Replace("aacaac") })
	medir("formatfloat", func() { sinkS = strconv.FormatFloat(3.14159, 'f', 2, 64) })
	medir("formatfloat-shortest", func() { sinkS = strconv.FormatFloat(1.0/3, 'g', -1, 64) })
	medir("parsefloat", func() {
		f, err := strconv.ParseFloat("2.5e3", 64)
		sinkS, sinkE = strconv.Itoa(int(f)), err
	})
	medir("parsefloat-error", func() { _, sinkE = strconv.ParseFloat("x1", 64) })
	for i := 0; i < casos; i++ {
		fmt.Println(i, nombres[i], bytes[i], objetos[i])
	}
}
