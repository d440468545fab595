// mapmem_probe.go: bytes and allocations a map makes while it is built.  mapmem.txt is what
// Go 1.27 printed for it (the same program with its six loops as a slice of functions).
//
// For each key/value type, size and hint|nohint: runtime.GC(), ReadMemStats, build the
// map (make with no hint, or with a hint equal to the size, then insert SIZE entries),
// ReadMemStats again.  The map is kept alive in a package-level variable.  Keys and
// values that are strings or pointers are allocated before the first ReadMemStats, so
// only the map's own allocations are counted.
//
// Output lines: TYPE SIZE hint|nohint total_alloc_bytes mallocs
package main

import (
	"fmt"
	"runtime"
)

// Persona ocupa 40 bytes: un string (16), dos int64 (16) y un int32 con relleno (8).
type Persona struct {
	nombre string
	edad   int64
	dni    int64
	piso   int32
}

var (
	keepII   map[int]int
	keepSI   map[string]int
	keepIS   map[int]string
	keepSP   map[string]*Persona
	keepIP   map[int]Persona
	keepI64B map[int64]bool
)

var sizes = []int{0, 1, 8, 9, 100, 1000, 10000, 100000}

var claves []string
var valores []string
var personas []*Persona

var ms runtime.MemStats

func antes() (uint64, uint64) {
	runtime.GC()
	runtime.ReadMemStats(&ms)
	return ms.TotalAlloc, ms.Mallocs
}

func despues(tipo string, n int, hint bool, a0, m0 uint64) {
	runtime.ReadMemStats(&ms)
	h := "nohint"
	if hint {
		h = "hint"
	}
	fmt.Println(tipo, n, h, ms.TotalAlloc-a0, ms.Mallocs-m0)
}

func medirII(n int, hint bool) {
	keepII = nil
	a0, m0 := antes()
	if hint {
		keepII = make(map[int]int, n)
	} else {
		keepII = make(map[int]int)
	}
	for i := 0; i < n; i++ {
		keepII[i] = i
	}
	despues("map[int]int", n, hint, a0, m0)
}

func medirSI(n int, hint bool) {
	keepSI = nil
	a0, m0 := antes()
	if hint {
		keepSI = make(map[string]int, n)
	} else {
		keepSI = make(map[string]int)
	}
	for i := 0; i < n; i++ {
		keepSI[claves[i]] = i
	}
	despues("map[string]int", n, hint, a0, m0)
}

func medirIS(n int, hint bool) {
	keepIS = nil
	a0, m0 := antes()
	if hint {
		keepIS = make(map[int]string, n)
	} else {
		keepIS = make(map[int]string)
	}
	for i := 0; i < n; i++ {
		keepIS[i] = valores[i]
	}
	despues("map[int]string", n, hint, a0, m0)
}

func medirSP(n int, hint bool) {
	keepSP = nil
	a0, m0 := antes()
	if hint {
		keepSP = make(map[string]*Persona, n)
	} else {
		keepSP = make(map[string]*Persona)
	}
	for i := 0; i < n; i++ {
		keepSP[claves[i]] = personas[i]
	}
	despues("map[string]*Persona", n, hint, a0, m0)
}

func medirIP(n int, hint bool) {
	keepIP = nil
	a0, m0 := antes()
	if hint {
		keepIP = make(map[int]Persona, n)
	} else {
		keepIP = make(map[int]Persona)
	}
	for i := 0; i < n; i++ {
		keepIP[i] = Persona{edad: int64(i), dni: int64(i), piso: int32(i)}
	}
	despues("map[int]Persona", n, hint, a0, m0)
}

func medirI64B(n int, hint bool) {
	keepI64B = nil
	a0, m0 := antes()
	if hint {
		keepI64B = make(map[int64]bool, n)
	} else {
		keepI64B = make(map[int64]bool)
	}
	for i := 0; i < n; i++ {
		keepI64B[int64(i)] = i%2 == 0
	}
	despues("map[int64]bool", n, hint, a0, m0)
}

func main() {
	maximo := sizes[len(sizes)-1]
	claves = make([]string, maximo)
	valores = make([]string, maximo)
	personas = make([]*Persona, maximo)
	for i := 0; i < maximo; i++ {
		claves[i] = fmt.Sprintf("clave-%06d", i)
		valores[i] = fmt.Sprintf("valor-%06d", i)
		personas[i] = &Persona{nombre: valores[i], edad: int64(i)}
	}
	// MemLab does not take functions as values yet: one loop per type.
	for _, n := range sizes {
		medirII(n, false)
		medirII(n, true)
	}
	for _, n := range sizes {
		medirSI(n, false)
		medirSI(n, true)
	}
	for _, n := range sizes {
		medirIS(n, false)
		medirIS(n, true)
	}
	for _, n := range sizes {
		medirSP(n, false)
		medirSP(n, true)
	}
	for _, n := range sizes {
		medirIP(n, false)
		medirIP(n, true)
	}
	for _, n := range sizes {
		medirI64B(n, false)
		medirI64B(n, true)
	}
}
