package main

import (
	"fmt"
	"runtime"
)

// Los slices hechos con make del largo de un literal no usan el heap.
func main() {
	dias := []string{"lun", "mar", "mie", "jue", "vie"}
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	antes := ms.Mallocs
	horas := make([]int, len(dias))
	n := len(dias)
	otras := make([]int, 1, n)
	for i := range horas {
		horas[i] = i
	}
	otras[0] = 1
	runtime.ReadMemStats(&ms)
	fmt.Println(ms.Mallocs-antes, horas[4], otras[0])
}
