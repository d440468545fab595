// growslice_local_probe.go: the same as growslice_probe.go, but every slice is a
// local variable that does not escape (only its len and cap are printed), so the
// compiler may give it a backing array in the stack frame and append starts from there.
//
// Output lines: START SIZE len->cap, printed at the start and each time cap changes.
package main

import "fmt"

type B1 [1]byte

type B2 [2]byte

type B3 [3]byte

type B4 [4]byte

type B5 [5]byte

type B6 [6]byte

type B7 [7]byte

type B8 [8]byte

type B9 [9]byte

type B10 [10]byte

type B11 [11]byte

type B12 [12]byte

type B13 [13]byte

type B14 [14]byte

type B15 [15]byte

type B16 [16]byte

type B17 [17]byte

type B18 [18]byte

type B19 [19]byte

type B20 [20]byte

type B21 [21]byte

type B22 [22]byte

type B23 [23]byte

type B24 [24]byte

type B25 [25]byte

type B26 [26]byte

type B27 [27]byte

type B28 [28]byte

type B29 [29]byte

type B30 [30]byte

type B31 [31]byte

type B32 [32]byte

type B33 [33]byte

type B34 [34]byte

type B35 [35]byte

type B36 [36]byte

type B37 [37]byte

type B38 [38]byte

type B39 [39]byte

type B40 [40]byte

type B41 [41]byte

type B42 [42]byte

type B43 [43]byte

type B44 [44]byte

type B45 [45]byte

type B46 [46]byte

type B47 [47]byte

type B48 [48]byte

type B49 [49]byte

type B50 [50]byte

type B51 [51]byte

type B52 [52]byte

type B53 [53]byte

type B54 [54]byte

type B55 [55]byte

type B56 [56]byte

type B57 [57]byte

type B58 [58]byte

type B59 [59]byte

type B60 [60]byte

type B61 [61]byte

type B62 [62]byte

type B63 [63]byte

type B64 [64]byte

type I16 int16

type I32 int32

type I64 int64

type F32 float32

type S8 struct {
	a int32
	b byte
}

type S12 struct{ a, b, c int32 }

type S16 struct {
	a int64
	b byte
}

func probeB1() {
	var v B1
	var last int
	var snil []B1
	last = cap(snil)
	fmt.Printf("nil 1 %d->%d\n", len(snil), cap(snil))
	for len(snil) < 200 {
		snil = append(snil, v)
		if cap(snil) != last {
			last = cap(snil)
			fmt.Printf("nil 1 %d->%d\n", len(snil), cap(snil))
		}
	}
	scap0 := make([]B1, 0, 0)
	last = cap(scap0)
	fmt.Printf("cap0 1 %d->%d\n", len(scap0), cap(scap0))
	for len(scap0) < 200 {
		scap0 = append(scap0, v)
		if cap(scap0) != last {
			last = cap(scap0)
			fmt.Printf("cap0 1 %d->%d\n", len(scap0), cap(scap0))
		}
	}
	scap1 := make([]B1, 0, 1)
	last = cap(scap1)
	fmt.Printf("cap1 1 %d->%d\n", len(scap1), cap(scap1))
	for len(scap1) < 200 {
		scap1 = append(scap1, v)
		if cap(scap1) != last {
			last = cap(scap1)
			fmt.Printf("cap1 1 %d->%d\n", len(scap1), cap(scap1))
		}
	}
	scap3 := make([]B1, 0, 3)
	last = cap(scap3)
	fmt.Printf("cap3 1 %d->%d\n", len(scap3), cap(scap3))
	for len(scap3) < 200 {
		scap3 = append(scap3, v)
		if cap(scap3) != last {
			last = cap(scap3)
			fmt.Printf("cap3 1 %d->%d\n", len(scap3), cap(scap3))
		}
	}
	scap5 := make([]B1, 0, 5)
	last = cap(scap5)
	fmt.Printf("cap5 1 %d->%d\n", len(scap5), cap(scap5))
	for len(scap5) < 200 {
		scap5 = append(scap5, v)
		if cap(scap5) != last {
			last = cap(scap5)
			fmt.Printf("cap5 1 %d->%d\n", len(scap5), cap(scap5))
		}
	}
	scap8 := make([]B1, 0, 8)
	last = cap(scap8)
	fmt.Printf("cap8 1 %d->%d\n", len(scap8), cap(scap8))
	for len(scap8) < 200 {
		scap8 = append(scap8, v)
		if cap(scap8) != last {
			last = cap(scap8)
			fmt.Printf("cap8 1 %d->%d\n", len(scap8), cap(scap8))
		}
	}
	scap17 := make([]B1, 0, 17)
	last = cap(scap17)
	fmt.Printf("cap17 1 %d->%d\n", len(scap17), cap(scap17))
	for len(scap17) < 200 {
		scap17 = append(scap17, v)
		if cap(scap17) != last {
			last = cap(scap17)
			fmt.Printf("cap17 1 %d->%d\n", len(scap17), cap(scap17))
		}
	}
	slen1 := make([]B1, 1)
	last = cap(slen1)
	fmt.Printf("len1 1 %d->%d\n", len(slen1), cap(slen1))
	for len(slen1) < 200 {
		slen1 = append(slen1, v)
		if cap(slen1) != last {
			last = cap(slen1)
			fmt.Printf("len1 1 %d->%d\n", len(slen1), cap(slen1))
		}
	}
	slen2 := make([]B1, 2)
	last = cap(slen2)
	fmt.Printf("len2 1 %d->%d\n", len(slen2), cap(slen2))
	for len(slen2) < 200 {
		slen2 = append(slen2, v)
		if cap(slen2) != last {
			last = cap(slen2)
			fmt.Printf("len2 1 %d->%d\n", len(slen2), cap(slen2))
		}
	}
	slen5 := make([]B1, 5)
	last = cap(slen5)
	fmt.Printf("len5 1 %d->%d\n", len(slen5), cap(slen5))
	for len(slen5) < 200 {
		slen5 = append(slen5, v)
		if cap(slen5) != last {
			last = cap(slen5)
			fmt.Printf("len5 1 %d->%d\n", len(slen5), cap(slen5))
		}
	}
	slit3 := []B1{v, v, v}
	last = cap(slit3)
	fmt.Printf("lit3 1 %d->%d\n", len(slit3), cap(slit3))
	for len(slit3) < 200 {
		slit3 = append(slit3, v)
		if cap(slit3) != last {
			last = cap(slit3)
			fmt.Printf("lit3 1 %d->%d\n", len(slit3), cap(slit3))
		}
	}
}

func probeB2() {
	var v B2
	var last int
	var snil []B2
	last = cap(snil)
	fmt.Printf("nil 2 %d->%d\n", len(snil), cap(snil))
	for len(snil) < 200 {
		snil = append(snil, v)
		if cap(snil) != last {
			last = cap(snil)
			fmt.Printf("nil 2 %d->%d\n", len(snil), cap(snil))
		}
	}
	scap0 := make([]B2, 0, 0)
	last = cap(scap0)
	fmt.Printf("cap0 2 %d->%d\n", len(scap0), cap(scap0))
	for len(scap0) < 200 {
		scap0 = append(scap0, v)
		if cap(scap0) != last {
			last = cap(scap0)
			fmt.Printf("cap0 2 %d->%d\n", len(scap0), cap(scap0))
		}
	}
	scap1 := make([]B2, 0, 1)
	last = cap(scap1)
	fmt.Printf("cap1 2 %d->%d\n", len(scap1), cap(scap1))
	for len(scap1) < 200 {
		scap1 = append(scap1, v)
		if cap(scap1) != last {
			last = cap(scap1)
			fmt.Printf("cap1 2 %d->%d\n", len(scap1), cap(scap1))
		}
	}
	scap3 := make([]B2, 0, 3)
	last = cap(scap3)
	fmt.Printf("cap3 2 %d->%d\n", len(scap3), cap(scap3))
	for len(scap3) < 200 {
		scap3 = append(scap3, v)
		if cap(scap3) != last {
			last = cap(scap3)
			fmt.Printf("cap3 2 %d->%d\n", len(scap3), cap(scap3))
		}
	}
	scap5 := make([]B2, 0, 5)
	last = cap(scap5)
	fmt.Printf("cap5 2 %d->%d\n", len(scap5), cap(scap5))
	for len(scap5) < 200 {
		scap5 = append(scap5, v)
		if cap(scap5) != last {
			last = cap(scap5)
			fmt.Printf("cap5 2 %d->%d\n", len(scap5), cap(scap5))
		}
	}
	scap8 := make([]B2, 0, 8)
	last = cap(scap8)
	fmt.Printf("cap8 2 %d->%d\n", len(scap8), cap(scap8))
	for len(scap8) < 200 {
		scap8 = append(scap8, v)
		if cap(scap8) != last {
			last = cap(scap8)
			fmt.Printf("cap8 2 %d->%d\n", len(scap8), cap(scap8))
		}
	}
	scap17 := make([]B2, 0, 17)
	last = cap(scap17)
	fmt.Printf("cap17 2 %d->%d\n", len(scap17), cap(scap17))
	for len(scap17) < 200 {
		scap17 = append(scap17, v)
		if cap(scap17) != last {
			last = cap(scap17)
			fmt.Printf("cap17 2 %d->%d\n", len(scap17), cap(scap17))
		}
	}
	slen1 := make([]B2, 1)
	last = cap(slen1)
	fmt.Printf("len1 2 %d->%d\n", len(slen1), cap(slen1))
	for len(slen1) < 200 {
		slen1 = append(slen1, v)
		if cap(slen1) != last {
			last = cap(slen1)
			fmt.Printf("len1 2 %d->%d\n", len(slen1), cap(slen1))
		}
	}
	slen2 := make([]B2, 2)
	last = cap(slen2)
	fmt.Printf("len2 2 %d->%d\n", len(slen2), cap(slen2))
	for len(slen2) < 200 {
		slen2 = append(slen2, v)
		if cap(slen2) != last {
			last = cap(slen2)
			fmt.Printf("len2 2 %d->%d\n", len(slen2), cap(slen2))
		}
	}
	slen5 := make([]B2, 5)
	last = cap(slen5)
	fmt.Printf("len5 2 %d->%d\n", len(slen5), cap(slen5))
	for len(slen5) < 200 {
		slen5 = append(slen5, v)
		if cap(slen5) != last {
			last = cap(slen5)
			fmt.Printf("len5 2 %d->%d\n", len(slen5), cap(slen5))
		}
	}
	slit3 := []B2{v, v, v}
	last = cap(slit3)
	fmt.Printf("lit3 2 %d->%d\n", len(slit3), cap(slit3))
	for len(slit3) < 200 {
		slit3 = append(slit3, v)
		if cap(slit3) != last {
			last = cap(slit3)
			fmt.Printf("lit3 2 %d->%d\n", len(slit3), cap(slit3))
		}
	}
}

func probeB3() {
	var v B3
	var last int
	var snil []B3
	last = cap(snil)
	fmt.Printf("nil 3 %d->%d\n", len(snil), cap(snil))
	for len(snil) < 200 {
		snil = append(snil, v)
		if cap(snil) != last {
			last = cap(snil)
			fmt.Printf("nil 3 %d->%d\n", len(snil), cap(snil))
		}
	}
	scap0 := make([]B3, 0, 0)
	last = cap(scap0)
	fmt.Printf("cap0 3 %d->%d\n", len(scap0), cap(scap0))
	for len(scap0) < 200 {
		scap0 = append(scap0, v)
		if cap(scap0) != last {
			last = cap(scap0)
			fmt.Printf("cap0 3 %d->%d\n", len(scap0), cap(scap0))
		}
	}
	scap1 := make([]B3, 0, 1)
	last = cap(scap1)
	fmt.Printf("cap1 3 %d->%d\n", len(scap1), cap(scap1))
	for len(scap1) < 200 {
		scap1 = append(scap1, v)
		if cap(scap1) != last {
			last = cap(scap1)
			fmt.Printf("cap1 3 %d->%d\n", len(scap1), cap(scap1))
		}
	}
	scap3 := make([]B3, 0, 3)
	last = cap(scap3)
	fmt.Printf("cap3 3 %d->%d\n", len(scap3), cap(scap3))
	for len(scap3) < 200 {
		scap3 = append(scap3, v)
		if cap(scap3) != last {
			last = cap(scap3)
			fmt.Printf("cap3 3 %d->%d\n", len(scap3), cap(scap3))
		}
	}
	scap5 := make([]B3, 0, 5)
	last = cap(scap5)
	fmt.Printf("cap5 3 %d->%d\n", len(scap5), cap(scap5))
	for len(scap5) < 200 {
		scap5 = append(scap5, v)
		if cap(scap5) != last {
			last = cap(scap5)
			fmt.Printf("cap5 3 %d->%d\n", len(scap5), cap(scap5))
		}
	}
	scap8 := make([]B3, 0, 8)
	last = cap(scap8)
	fmt.Printf("cap8 3 %d->%d\n", len(scap8), cap(scap8))
	for len(scap8) < 200 {
		scap8 = append(scap8, v)
		if cap(scap8) != last {
			last = cap(scap8)
			fmt.Printf("cap8 3 %d->%d\n", len(scap8), cap(scap8))
		}
	}
	scap17 := make([]B3, 0, 17)
	last = cap(scap17)
	fmt.Printf("cap17 3 %d->%d\n", len(scap17), cap(scap17))
	for len(scap17) < 200 {
		scap17 = append(scap17, v)
		if cap(scap17) != last {
			last = cap(scap17)
			fmt.Printf("cap17 3 %d->%d\n", len(scap17), cap(scap17))
		}
	}
	slen1 := make([]B3, 1)
	last = cap(slen1)
	fmt.Printf("len1 3 %d->%d\n", len(slen1), cap(slen1))
	for len(slen1) < 200 {
		slen1 = append(slen1, v)
		if cap(slen1) != last {
			last = cap(slen1)
			fmt.Printf("len1 3 %d->%d\n", len(slen1), cap(slen1))
		}
	}
	slen2 := make([]B3, 2)
	last = cap(slen2)
	fmt.Printf("len2 3 %d->%d\n", len(slen2), cap(slen2))
	for len(slen2) < 200 {
		slen2 = append(slen2, v)
		if cap(slen2) != last {
			last = cap(slen2)
			fmt.Printf("len2 3 %d->%d\n", len(slen2), cap(slen2))
		}
	}
	slen5 := make([]B3, 5)
	last = cap(slen5)
	fmt.Printf("len5 3 %d->%d\n", len(slen5), cap(slen5))
	for len(slen5) < 200 {
		slen5 = append(slen5, v)
		if cap(slen5) != last {
			last = cap(slen5)
			fmt.Printf("len5 3 %d->%d\n", len(slen5), cap(slen5))
		}
	}
	slit3 := []B3{v, v, v}
	last = cap(slit3)
	fmt.Printf("lit3 3 %d->%d\n", len(slit3), cap(slit3))
	for len(slit3) < 200 {
		slit3 = append(slit3, v)
		if cap(slit3) != last {
			last = cap(slit3)
			fmt.Printf("lit3 3 %d->%d\n", len(slit3), cap(slit3))
		}
	}
}

func probeB4() {
	var v B4
	var last int
	var snil []B4
	last = cap(snil)
	fmt.Printf("nil 4 %d->%d\n", len(snil), cap(snil))
	for len(snil) < 200 {
		snil = append(snil, v)
		if cap(snil) != last {
			last = cap(snil)
			fmt.Printf("nil 4 %d->%d\n", len(snil), cap(snil))
		}
	}
	scap0 := make([]B4, 0, 0)
	last = cap(scap0)
	fmt.Printf("cap0 4 %d->%d\n", len(scap0), cap(scap0))
	for len(scap0) < 200 {
		scap0 = append(scap0, v)
		if cap(scap0) != last {
			last = cap(scap0)
			fmt.Printf("cap0 4 %d->%d\n", len(scap0), cap(scap0))
		}
	}
	scap1 := make([]B4, 0, 1)
	last = cap(scap1)
	fmt.Printf("cap1 4 %d->%d\n", len(scap1), cap(scap1))
	for len(scap1) < 200 {
		scap1 = append(scap1, v)
		if cap(scap1) != last {
			last = cap(scap1)
			fmt.Printf("cap1 4 %d->%d\n", len(scap1), cap(scap1))
		}
	}
	scap3 := make([]B4, 0, 3)
	last = cap(scap3)
	fmt.Printf("cap3 4 %d->%d\n", len(scap3), cap(scap3))
	for len(scap3) < 200 {
		scap3 = append(scap3, v)
		if cap(scap3) != last {
			last = cap(scap3)
			fmt.Printf("cap3 4 %d->%d\n", len(scap3), cap(scap3))
		}
	}
	scap5 := make([]B4, 0, 5)
	last = cap(scap5)
	fmt.Printf("cap5 4 %d->%d\n", len(scap5), cap(scap5))
	for len(scap5) < 200 {
		scap5 = append(scap5, v)
		if cap(scap5) != last {
			last = cap(scap5)
			fmt.Printf("cap5 4 %d->%d\n", len(scap5), cap(scap5))
		}
	}
	scap8 := make([]B4, 0, 8)
	last = cap(scap8)
	fmt.Printf("cap8 4 %d->%d\n", len(scap8), cap(scap8))
	for len(scap8) < 200 {
		scap8 = append(scap8, v)
		if cap(scap8) != last {
			last = cap(scap8)
			fmt.Printf("cap8 4 %d->%d\n", len(scap8), cap(scap8))
		}
	}
	scap17 := make([]B4, 0, 17)
	last = cap(scap17)
	fmt.Printf("cap17 4 %d->%d\n", len(scap17), cap(scap17))
	for len(scap17) < 200 {
		scap17 = append(scap17, v)
		if cap(scap17) != last {
			last = cap(scap17)
			fmt.Printf("cap17 4 %d->%d\n", len(scap17), cap(scap17))
		}
	}
	slen1 := make([]B4, 1)
	last = cap(slen1)
	fmt.Printf("len1 4 %d->%d\n", len(slen1), cap(slen1))
	for len(slen1) < 200 {
		slen1 = append(slen1, v)
		if cap(slen1) != last {
			last = cap(slen1)
			fmt.Printf("len1 4 %d->%d\n", len(slen1), cap(slen1))
		}
	}
	slen2 := make([]B4, 2)
	last = cap(slen2)
	fmt.Printf("len2 4 %d->%d\n", len(slen2), cap(slen2))
	for len(slen2) < 200 {
		slen2 = append(slen2, v)
		if cap(slen2) != last {
			last = cap(slen2)
			fmt.Printf("len2 4 %d->%d\n", len(slen2), cap(slen2))
		}
	}
	slen5 := make([]B4, 5)
	last = cap(slen5)
	fmt.Printf("len5 4 %d->%d\n", len(slen5), cap(slen5))
	for len(slen5) < 200 {
		slen5 = append(slen5, v)
		if cap(slen5) != last {
			last = cap(slen5)
			fmt.Printf("len5 4 %d->%d\n", len(slen5), cap(slen5))
		}
	}
	slit3 := []B4{v, v, v}
	last = cap(slit3)
	fmt.Printf("lit3 4 %d->%d\n", len(slit3), cap(slit3))
	for len(slit3) < 200 {
		slit3 = append(slit3, v)
		if cap(slit3) != last {
			last = cap(slit3)
			fmt.Printf("lit3 4 %d->%d\n", len(slit3), cap(slit3))
		}
	}
}

func probeB5() {
	var v B5
	var last int
	var snil []B5
	last = cap(snil)
	fmt.Printf("nil 5 %d->%d\n", len(snil), cap(snil))
	for len(snil) < 200 {
		snil = append(snil, v)
		if cap(snil) != last {
			last = cap(snil)
			fmt.Printf("nil 5 %d->%d\n", len(snil), cap(snil))
		}
	}
	scap0 := make([]B5, 0, 0)
	last = cap(scap0)
	fmt.Printf("cap0 5 %d->%d\n", len(scap0), cap(scap0))
	for len(scap0) < 200 {
		scap0 = append(scap0, v)
		if cap(scap0) != last {
			last = cap(scap0)
			fmt.Printf("cap0 5 %d->%d\n", len(scap0), cap(scap0))
		}
	}
	scap1 := make([]B5, 0, 1)
	last = cap(scap1)
	fmt.Printf("cap1 5 %d->%d\n", len(scap1), cap(scap1))
	for len(scap1) < 200 {
		scap1 = append(scap1, v)
		if cap(scap1) != last {
			last = cap(scap1)
			fmt.Printf("cap1 5 %d->%d\n", len(scap1), cap(scap1))
		}
	}
	scap3 := make([]B5, 0, 3)
	last = cap(scap3)
	fmt.Printf("cap3 5 %d->%d\n", len(scap3), cap(scap3))
	for len(scap3) < 200 {
		scap3 = append(scap3, v)
		if cap(scap3) != last {
			last = cap(scap3)
			fmt.Printf("cap3 5 %d->%d\n", len(scap3), cap(scap3))
		}
	}
	scap5 := make([]B5, 0, 5)
	last = cap(scap5)
	fmt.Printf("cap5 5 %d->%d\n", len(scap5), cap(scap5))
	for len(scap5) < 200 {
		scap5 = append(scap5, v)
		if cap(scap5) != last {
			last = cap(scap5)
			fmt.Printf("cap5 5 %d->%d\n", len(scap5), cap(scap5))
		}
	}
	scap8 := make([]B5, 0, 8)
	last = cap(scap8)
	fmt.Printf("cap8 5 %d->%d\n", len(scap8), cap(scap8))
	for len(scap8) < 200 {
		scap8 = append(scap8, v)
		if cap(scap8) != last {
			last = cap(scap8)
			fmt.Printf("cap8 5 %d->%d\n", len(scap8), cap(scap8))
		}
	}
	scap17 := make([]B5, 0, 17)
	last = cap(scap17)
	fmt.Printf("cap17 5 %d->%d\n", len(scap17), cap(scap17))
	for len(scap17) < 200 {
		scap17 = append(scap17, v)
		if cap(scap17) != last {
			last = cap(scap17)
			fmt.Printf("cap17 5 %d->%d\n", len(scap17), cap(scap17))
		}
	}
	slen1 := make([]B5, 1)
	last = cap(slen1)
	fmt.Printf("len1 5 %d->%d\n", len(slen1), cap(slen1))
	for len(slen1) < 200 {
		slen1 = append(slen1, v)
		if cap(slen1) != last {
			last = cap(slen1)
			fmt.Printf("len1 5 %d->%d\n", len(slen1), cap(slen1))
		}
	}
	slen2 := make([]B5, 2)
	last = cap(slen2)
	fmt.Printf("len2 5 %d->%d\n", len(slen2), cap(slen2))
	for len(slen2) < 200 {
		slen2 = append(slen2, v)
		if cap(slen2) != last {
			last = cap(slen2)
			fmt.Printf("len2 5 %d->%d\n", len(slen2), cap(slen2))
		}
	}
	slen5 := make([]B5, 5)
	last = cap(slen5)
	fmt.Printf("len5 5 %d->%d\n", len(slen5), cap(slen5))
	for len(slen5) < 200 {
		slen5 = append(slen5, v)
		if cap(slen5) != last {
			last = cap(slen5)
			fmt.Printf("len5 5 %d->%d\n", len(slen5), cap(slen5))
		}
	}
	slit3 := []B5{v, v, v}
	last = cap(slit3)
	fmt.Printf("lit3 5 %d->%d\n", len(slit3), cap(slit3))
	for len(slit3) < 200 {
		slit3 = append(slit3, v)
		if cap(slit3) != last {
			last = cap(slit3)
			fmt.Printf("lit3 5 %d->%d\n", len(slit3), cap(slit3))
		}
	}
}

func probeB6() {
	var v B6
	var last int
	var snil []B6
	last = cap(snil)
	fmt.Printf("nil 6 %d->%d\n", len(snil), cap(snil))
	for len(snil) < 200 {
		snil = append(snil, v)
		if cap(snil) != last {
			last = cap(snil)
			fmt.Printf("nil 6 %d->%d\n", len(snil), cap(snil))
		}
	}
	scap0 := make([]B6, 0, 0)
	last = cap(scap0)
	fmt.Printf("cap0 6 %d->%d\n", len(scap0), cap(scap0))
	for len(scap0) < 200 {
		scap0 = append(scap0, v)
		if cap(scap0) != last {
			last = cap(scap0)
			fmt.Printf("cap0 6 %d->%d\n", len(scap0), cap(scap0))
		}
	}
	scap1 := make([]B6, 0, 1)
	last = cap(scap1)
	fmt.Printf("cap1 6 %d->%d\n", len(scap1), cap(scap1))
	for len(scap1) < 200 {
		scap1 = append(scap1, v)
		if cap(scap1) != last {
			last = cap(scap1)
			fmt.Printf("cap1 6 %d->%d\n", len(scap1), cap(scap1))
		}
	}
	scap3 := make([]B6, 0, 3)
	last = cap(scap3)
	fmt.Printf("cap3 6 %d->%d\n", len(scap3), cap(scap3))
	for len(scap3) < 200 {
		scap3 = append(scap3, v)
		if cap(scap3) != last {
			last = cap(scap3)
			fmt.Printf("cap3 6 %d->%d\n", len(scap3), cap(scap3))
		}
	}
	scap5 := make([]B6, 0, 5)
	last = cap(scap5)
	fmt.Printf("cap5 6 %d->%d\n", len(scap5), cap(scap5))
	for len(scap5) < 200 {
		scap5 = append(scap5, v)
		if cap(scap5) != last {
			last = cap(scap5)
			fmt.Printf("cap5 6 %d->%d\n", len(scap5), cap(scap5))
		}
	}
	scap8 := make([]B6, 0, 8)
	last = cap(scap8)
	fmt.Printf("cap8 6 %d->%d\n", len(scap8), cap(scap8))
	for len(scap8) < 200 {
		scap8 = append(scap8, v)
		if cap(scap8) != last {
			last = cap(scap8)
			fmt.Printf("cap8 6 %d->%d\n", len(scap8), cap(scap8))
		}
	}
	scap17 := make([]B6, 0, 17)
	last = cap(scap17)
	fmt.Printf("cap17 6 %d->%d\n", len(scap17), cap(scap17))
	for len(scap17) < 200 {
		scap17 = append(scap17, v)
		if cap(scap17) != last {
			last = cap(scap17)
			fmt.Printf("cap17 6 %d->%d\n", len(scap17), cap(scap17))
		}
	}
	slen1 := make([]B6, 1)
	last = cap(slen1)
	fmt.Printf("len1 6 %d->%d\n", len(slen1), cap(slen1))
	for len(slen1) < 200 {
		slen1 = append(slen1, v)
		if cap(slen1) != last {
			last = cap(slen1)
			fmt.Printf("len1 6 %d->%d\n", len(slen1), cap(slen1))
		}
	}
	slen2 := make([]B6, 2)
	last = cap(slen2)
	fmt.Printf("len2 6 %d->%d\n", len(slen2), cap(slen2))
	for len(slen2) < 200 {
		slen2 = append(slen2, v)
		if cap(slen2) != last {
			last = cap(slen2)
			fmt.Printf("len2 6 %d->%d\n", len(slen2), cap(slen2))
		}
	}
	slen5 := make([]B6, 5)
	last = cap(slen5)
	fmt.Printf("len5 6 %d->%d\n", len(slen5), cap(slen5))
	for len(slen5) < 200 {
		slen5 = append(slen5, v)
		if cap(slen5) != last {
			last = cap(slen5)
			fmt.Printf("len5 6 %d->%d\n", len(slen5), cap(slen5))
		}
	}
	slit3 := []B6{v, v, v}
	last = cap(slit3)
	fmt.Printf("lit3 6 %d->%d\n", len(slit3), cap(slit3))
	for len(slit3) < 200 {
		slit3 = append(slit3, v)
		if cap(slit3) != last {
			last = cap(slit3)
			fmt.Printf("lit3 6 %d->%d\n", len(slit3), cap(slit3))
		}
	}
}

func probeB7() {
	var v B7
	var last int
	var snil []B7
	last = cap(snil)
	fmt.Printf("nil 7 %d->%d\n", len(snil), cap(snil))
	for len(snil) < 200 {
		snil = append(snil, v)
		if cap(snil) != last {
			last = cap(snil)
			fmt.Printf("nil 7 %d->%d\n", len(snil), cap(snil))
		}
	}
	scap0 := make([]B7, 0, 0)
	last = cap(scap0)
	fmt.Printf("cap0 7 %d->%d\n", len(scap0), cap(scap0))
	for len(scap0) < 200 {
		scap0 = append(scap0, v)
		if cap(scap0) != last {
			last = cap(scap0)
			fmt.Printf("cap0 7 %d->%d\n", len(scap0), cap(scap0))
		}
	}
	scap1 := make([]B7, 0, 1)
	last = cap(scap1)
	fmt.Printf("cap1 7 %d->%d\n", len(scap1), cap(scap1))
	for len(scap1) < 200 {
		scap1 = append(scap1, v)
		if cap(scap1) != last {
			last = cap(scap1)
			fmt.Printf("cap1 7 %d->%d\n", len(scap1), cap(scap1))
		}
	}
	scap3 := make([]B7, 0, 3)
	last = cap(scap3)
	fmt.Printf("cap3 7 %d->%d\n", len(scap3), cap(scap3))
	for len(scap3) < 200 {
		scap3 = append(scap3, v)
		if cap(scap3) != last {
			last = cap(scap3)
			fmt.Printf("cap3 7 %d->%d\n", len(scap3), cap(scap3))
		}
	}
	scap5 := make([]B7, 0, 5)
	last = cap(scap5)
	fmt.Printf("cap5 7 %d->%d\n", len(scap5), cap(scap5))
	for len(scap5) < 200 {
		scap5 = append(scap5, v)
		if cap(scap5) != last {
			last = cap(scap5)
			fmt.Printf("cap5 7 %d->%d\n", len(scap5), cap(scap5))
		}
	}
	scap8 := make([]B7, 0, 8)
	last = cap(scap8)
	fmt.Printf("cap8 7 %d->%d\n", len(scap8), cap(scap8))
	for len(scap8) < 200 {
		scap8 = append(scap8, v)
		if cap(scap8) != last {
			last = cap(scap8)
			fmt.Printf("cap8 7 %d->%d\n", len(scap8), cap(scap8))
		}
	}
	scap17 := make([]B7, 0, 17)
	last = cap(scap17)
	fmt.Printf("cap17 7 %d->%d\n", len(scap17), cap(scap17))
	for len(scap17) < 200 {
		scap17 = append(scap17, v)
		if cap(scap17) != last {
			last = cap(scap17)
			fmt.Printf("cap17 7 %d->%d\n", len(scap17), cap(scap17))
		}
	}
	slen1 := make([]B7, 1)
	last = cap(slen1)
	fmt.Printf("len1 7 %d->%d\n", len(slen1), cap(slen1))
	for len(slen1) < 200 {
		slen1 = append(slen1, v)
		if cap(slen1) != last {
			last = cap(slen1)
			fmt.Printf("len1 7 %d->%d\n", len(slen1), cap(slen1))
		}
	}
	slen2 := make([]B7, 2)
	last = cap(slen2)
	fmt.Printf("len2 7 %d->%d\n", len(slen2), cap(slen2))
	for len(slen2) < 200 {
		slen2 = append(slen2, v)
		if cap(slen2) != last {
			last = cap(slen2)
			fmt.Printf("len2 7 %d->%d\n", len(slen2), cap(slen2))
		}
	}
	slen5 := make([]B7, 5)
	last = cap(slen5)
	fmt.Printf("len5 7 %d->%d\n", len(slen5), cap(slen5))
	for len(slen5) < 200 {
		slen5 = append(slen5, v)
		if cap(slen5) != last {
			last = cap(slen5)
			fmt.Printf("len5 7 %d->%d\n", len(slen5), cap(slen5))
		}
	}
	slit3 := []B7{v, v, v}
	last = cap(slit3)
	fmt.Printf("lit3 7 %d->%d\n", len(slit3), cap(slit3))
	for len(slit3) < 200 {
		slit3 = append(slit3, v)
		if cap(slit3) != last {
			last = cap(slit3)
			fmt.Printf("lit3 7 %d->%d\n", len(slit3), cap(slit3))
		}
	}
}

func probeB8() {
	var v B8
	var last int
	var snil []B8
	last = cap(snil)
	fmt.Printf("nil 8 %d->%d\n", len(snil), cap(snil))
	for len(snil) < 200 {
		snil = append(snil, v)
		if cap(snil) != last {
			last = cap(snil)
			fmt.Printf("nil 8 %d->%d\n", len(snil), cap(snil))
		}
	}
	scap0 := make([]B8, 0, 0)
	last = cap(scap0)
	fmt.Printf("cap0 8 %d->%d\n", len(scap0), cap(scap0))
	for len(scap0) < 200 {
		scap0 = append(scap0, v)
		if cap(scap0) != last {
			last = cap(scap0)
			fmt.Printf("cap0 8 %d->%d\n", len(scap0), cap(scap0))
		}
	}
	scap1 := make([]B8, 0, 1)
	last = cap(scap1)
	fmt.Printf("cap1 8 %d->%d\n", len(scap1), cap(scap1))
	for len(scap1) < 200 {
		scap1 = append(scap1, v)
		if cap(scap1) != last {
			last = cap(scap1)
			fmt.Printf("cap1 8 %d->%d\n", len(scap1), cap(scap1))
		}
	}
	scap3 := make([]B8, 0, 3)
	last = cap(scap3)
	fmt.Printf("cap3 8 %d->%d\n", len(scap3), cap(scap3))
	for len(scap3) < 200 {
		scap3 = append(scap3, v)
		if cap(scap3) != last {
			last = cap(scap3)
			fmt.Printf("cap3 8 %d->%d\n", len(scap3), cap(scap3))
		}
	}
	scap5 := make([]B8, 0, 5)
	last = cap(scap5)
	fmt.Printf("cap5 8 %d->%d\n", len(scap5), cap(scap5))
	for len(scap5) < 200 {
		scap5 = append(scap5, v)
		if cap(scap5) != last {
			last = cap(scap5)
			fmt.Printf("cap5 8 %d->%d\n", len(scap5), cap(scap5))
		}
	}
	scap8 := make([]B8, 0, 8)
	last = cap(scap8)
	fmt.Printf("cap8 8 %d->%d\n", len(scap8), cap(scap8))
	for len(scap8) < 200 {
		scap8 = append(scap8, v)
		if cap(scap8) != last {
			last = cap(scap8)
			fmt.Printf("cap8 8 %d->%d\n", len(scap8), cap(scap8))
		}
	}
	scap17 := make([]B8, 0, 17)
	last = cap(scap17)
	fmt.Printf("cap17 8 %d->%d\n", len(scap17), cap(scap17))
	for len(scap17) < 200 {
		scap17 = append(scap17, v)
		if cap(scap17) != last {
			last = cap(scap17)
			fmt.Printf("cap17 8 %d->%d\n", len(scap17), cap(scap17))
		}
	}
	slen1 := make([]B8, 1)
	last = cap(slen1)
	fmt.Printf("len1 8 %d->%d\n", len(slen1), cap(slen1))
	for len(slen1) < 200 {
		slen1 = append(slen1, v)
		if cap(slen1) != last {
			last = cap(slen1)
			fmt.Printf("len1 8 %d->%d\n", len(slen1), cap(slen1))
		}
	}
	slen2 := make([]B8, 2)
	last = cap(slen2)
	fmt.Printf("len2 8 %d->%d\n", len(slen2), cap(slen2))
	for len(slen2) < 200 {
		slen2 = append(slen2, v)
		if cap(slen2) != last {
			last = cap(slen2)
			fmt.Printf("len2 8 %d->%d\n", len(slen2), cap(slen2))
		}
	}
	slen5 := make([]B8, 5)
	last = cap(slen5)
	fmt.Printf("len5 8 %d->%d\n", len(slen5), cap(slen5))
	for len(slen5) < 200 {
		slen5 = append(slen5, v)
		if cap(slen5) != last {
			last = cap(slen5)
			fmt.Printf("len5 8 %d->%d\n", len(slen5), cap(slen5))
		}
	}
	slit3 := []B8{v, v, v}
	last = cap(slit3)
	fmt.Printf("lit3 8 %d->%d\n", len(slit3), cap(slit3))
	for len(slit3) < 200 {
		slit3 = append(slit3, v)
		if cap(slit3) != last {
			last = cap(slit3)
			fmt.Printf("lit3 8 %d->%d\n", len(slit3), cap(slit3))
		}
	}
}

func probeB9() {
	var v B9
	var last int
	var snil []B9
	last = cap(snil)
	fmt.Printf("nil 9 %d->%d\n", len(snil), cap(snil))
	for len(snil) < 200 {
		snil = append(snil, v)
		if cap(snil) != last {
			last = cap(snil)
			fmt.Printf("nil 9 %d->%d\n", len(snil), cap(snil))
		}
	}
	scap0 := make([]B9, 0, 0)
	last = cap(scap0)
	fmt.Printf("cap0 9 %d->%d\n", len(scap0), cap(scap0))
	for len(scap0) < 200 {
		scap0 = append(scap0, v)
		if cap(scap0) != last {
			last = cap(scap0)
			fmt.Printf("cap0 9 %d->%d\n", len(scap0), cap(scap0))
		}
	}
	scap1 := make([]B9, 0, 1)
	last = cap(scap1)
	fmt.Printf("cap1 9 %d->%d\n", len(scap1), cap(scap1))
	for len(scap1) < 200 {
		scap1 = append(scap1, v)
		if cap(scap1) != last {
			last = cap(scap1)
			fmt.Printf("cap1 9 %d->%d\n", len(scap1), cap(scap1))
		}
	}
	scap3 := make([]B9, 0, 3)
	last = cap(scap3)
	fmt.Printf("cap3 9 %d->%d\n", len(scap3), cap(scap3))
	for len(scap3) < 200 {
		scap3 = append(scap3, v)
		if cap(scap3) != last {
			last = cap(scap3)
			fmt.Printf("cap3 9 %d->%d\n", len(scap3), cap(scap3))
		}
	}
	scap5 := make([]B9, 0, 5)
	last = cap(scap5)
	fmt.Printf("cap5 9 %d->%d\n", len(scap5), cap(scap5))
	for len(scap5) < 200 {
		scap5 = append(scap5, v)
		if cap(scap5) != last {
			last = cap(scap5)
			fmt.Printf("cap5 9 %d->%d\n", len(scap5), cap(scap5))
		}
	}
	scap8 := make([]B9, 0, 8)
	last = cap(scap8)
	fmt.Printf("cap8 9 %d->%d\n", len(scap8), cap(scap8))
	for len(scap8) < 200 {
		scap8 = append(scap8, v)
		if cap(scap8) != last {
			last = cap(scap8)
			fmt.Printf("cap8 9 %d->%d\n", len(scap8), cap(scap8))
		}
	}
	scap17 := make([]B9, 0, 17)
	last = cap(scap17)
	fmt.Printf("cap17 9 %d->%d\n", len(scap17), cap(scap17))
	for len(scap17) < 200 {
		scap17 = append(scap17, v)
		if cap(scap17) != last {
			last = cap(scap17)
			fmt.Printf("cap17 9 %d->%d\n", len(scap17), cap(scap17))
		}
	}
	slen1 := make([]B9, 1)
	last = cap(slen1)
	fmt.Printf("len1 9 %d->%d\n", len(slen1), cap(slen1))
	for len(slen1) < 200 {
		slen1 = append(slen1, v)
		if cap(slen1) != last {
			last = cap(slen1)
			fmt.Printf("len1 9 %d->%d\n", len(slen1), cap(slen1))
		}
	}
	slen2 := make([]B9, 2)
	last = cap(slen2)
	fmt.Printf("len2 9 %d->%d\n", len(slen2), cap(slen2))
	for len(slen2) < 200 {
		slen2 = append(slen2, v)
		if cap(slen2) != last {
			last = cap(slen2)
			fmt.Printf("len2 9 %d->%d\n", len(slen2), cap(slen2))
		}
	}
	slen5 := make([]B9, 5)
	last = cap(slen5)
	fmt.Printf("len5 9 %d->%d\n", len(slen5), cap(slen5))
	for len(slen5) < 200 {
		slen5 = append(slen5, v)
		if cap(slen5) != last {
			last = cap(slen5)
			fmt.Printf("len5 9 %d->%d\n", len(slen5), cap(slen5))
		}
	}
	slit3 := []B9{v, v, v}
	last = cap(slit3)
	fmt.Printf("lit3 9 %d->%d\n", len(slit3), cap(slit3))
	for len(slit3) < 200 {
		slit3 = append(slit3, v)
		if cap(slit3) != last {
			last = cap(slit3)
			fmt.Printf("lit3 9 %d->%d\n", len(slit3), cap(slit3))
		}
	}
}

func probeB10() {
	var v B10
	var last int
	var snil []B10
	last = cap(snil)
	fmt.Printf("nil 10 %d->%d\n", len(snil), cap(snil))
	for len(snil) < 200 {
		snil = append(snil, v)
		if cap(snil) != last {
			last = cap(snil)
			fmt.Printf("nil 10 %d->%d\n", len(snil), cap(snil))
		}
	}
	scap0 := make([]B10, 0, 0)
	last = cap(scap0)
	fmt.Printf("cap0 10 %d->%d\n", len(scap0), cap(scap0))
	for len(scap0) < 200 {
		scap0 = append(scap0, v)
		if cap(scap0) != last {
			last = cap(scap0)
			fmt.Printf("cap0 10 %d->%d\n", len(scap0), cap(scap0))
		}
	}
	scap1 := make([]B10, 0, 1)
	last = cap(scap1)
	fmt.Printf("cap1 10 %d->%d\n", len(scap1), cap(scap1))
	for len(scap1) < 200 {
		scap1 = append(scap1, v)
		if cap(scap1) != last {
			last = cap(scap1)
			fmt.Printf("cap1 10 %d->%d\n", len(scap1), cap(scap1))
		}
	}
	scap3 := make([]B10, 0, 3)
	last = cap(scap3)
	fmt.Printf("cap3 10 %d->%d\n", len(scap3), cap(scap3))
	for len(scap3) < 200 {
		scap3 = append(scap3, v)
		if cap(scap3) != last {
			last = cap(scap3)
			fmt.Printf("cap3 10 %d->%d\n", len(scap3), cap(scap3))
		}
	}
	scap5 := make([]B10, 0, 5)
	last = cap(scap5)
	fmt.Printf("cap5 10 %d->%d\n", len(scap5), cap(scap5))
	for len(scap5) < 200 {
		scap5 = append(scap5, v)
		if cap(scap5) != last {
			last = cap(scap5)
			fmt.Printf("cap5 10 %d->%d\n", len(scap5), cap(scap5))
		}
	}
	scap8 := make([]B10, 0, 8)
	last = cap(scap8)
	fmt.Printf("cap8 10 %d->%d\n", len(scap8), cap(scap8))
	for len(scap8) < 200 {
		scap8 = append(scap8, v)
		if cap(scap8) != last {
			last = cap(scap8)
			fmt.Printf("cap8 10 %d->%d\n", len(scap8), cap(scap8))
		}
	}
	scap17 := make([]B10, 0, 17)
	last = cap(scap17)
	fmt.Printf("cap17 10 %d->%d\n", len(scap17), cap(scap17))
	for len(scap17) < 200 {
		scap17 = append(scap17, v)
		if cap(scap17) != last {
			last = cap(scap17)
			fmt.Printf("cap17 10 %d->%d\n", len(scap17), cap(scap17))
		}
	}
	slen1 := make([]B10, 1)
	last = cap(slen1)
	fmt.Printf("len1 10 %d->%d\n", len(slen1), cap(slen1))
	for len(slen1) < 200 {
		slen1 = append(slen1, v)
		if cap(slen1) != last {
			last = cap(slen1)
			fmt.Printf("len1 10 %d->%d\n", len(slen1), cap(slen1))
		}
	}
	slen2 := make([]B10, 2)
	last = cap(slen2)
	fmt.Printf("len2 10 %d->%d\n", len(slen2), cap(slen2))
	for len(slen2) < 200 {
		slen2 = append(slen2, v)
		if cap(slen2) != last {
			last = cap(slen2)
			fmt.Printf("len2 10 %d->%d\n", len(slen2), cap(slen2))
		}
	}
	slen5 := make([]B10, 5)
	last = cap(slen5)
	fmt.Printf("len5 10 %d->%d\n", len(slen5), cap(slen5))
	for len(slen5) < 200 {
		slen5 = append(slen5, v)
		if cap(slen5) != last {
			last = cap(slen5)
			fmt.Printf("len5 10 %d->%d\n", len(slen5), cap(slen5))
		}
	}
	slit3 := []B10{v, v, v}
	last = cap(slit3)
	fmt.Printf("lit3 10 %d->%d\n", len(slit3), cap(slit3))
	for len(slit3) < 200 {
		slit3 = append(slit3, v)
		if cap(slit3) != last {
			last = cap(slit3)
			fmt.Printf("lit3 10 %d->%d\n", len(slit3), cap(slit3))
		}
	}
}

func probeB11() {
	var v B11
	var last int
	var snil []B11
	last = cap(snil)
	fmt.Printf("nil 11 %d->%d\n", len(snil), cap(snil))
	for len(snil) < 200 {
		snil = append(snil, v)
		if cap(snil) != last {
			last = cap(snil)
			fmt.Printf("nil 11 %d->%d\n", len(snil), cap(snil))
		}
	}
	scap0 := make([]B11, 0, 0)
	last = cap(scap0)
	fmt.Printf("cap0 11 %d->%d\n", len(scap0), cap(scap0))
	for len(scap0) < 200 {
		scap0 = append(scap0, v)
		if cap(scap0) != last {
			last = cap(scap0)
			fmt.Printf("cap0 11 %d->%d\n", len(scap0), cap(scap0))
		}
	}
	scap1 := make([]B11, 0, 1)
	last = cap(scap1)
	fmt.Printf("cap1 11 %d->%d\n", len(scap1), cap(scap1))
	for len(scap1) < 200 {
		scap1 = append(scap1, v)
		if cap(scap1) != last {
			last = cap(scap1)
			fmt.Printf("cap1 11 %d->%d\n", len(scap1), cap(scap1))
		}
	}
	scap3 := make([]B11, 0, 3)
	last = cap(scap3)
	fmt.Printf("cap3 11 %d->%d\n", len(scap3), cap(scap3))
	for len(scap3) < 200 {
		scap3 = append(scap3, v)
		if cap(scap3) != last {
			last = cap(scap3)
			fmt.Printf("cap3 11 %d->%d\n", len(scap3), cap(scap3))
		}
	}
	scap5 := make([]B11, 0, 5)
	last = cap(scap5)
	fmt.Printf("cap5 11 %d->%d\n", len(scap5), cap(scap5))
	for len(scap5) < 200 {
		scap5 = append(scap5, v)
		if cap(scap5) != last {
			last = cap(scap5)
			fmt.Printf("cap5 11 %d->%d\n", len(scap5), cap(scap5))
		}
	}
	scap8 := make([]B11, 0, 8)
	last = cap(scap8)
	fmt.Printf("cap8 11 %d->%d\n", len(scap8), cap(scap8))
	for len(scap8) < 200 {
		scap8 = append(scap8, v)
		if cap(scap8) != last {
			last = cap(scap8)
			fmt.Printf("cap8 11 %d->%d\n", len(scap8), cap(scap8))
		}
	}
	scap17 := make([]B11, 0, 17)
	last = cap(scap17)
	fmt.Printf("cap17 11 %d->%d\n", len(scap17), cap(scap17))
	for len(scap17) < 200 {
		scap17 = append(scap17, v)
		if cap(scap17) != last {
			last = cap(scap17)
			fmt.Printf("cap17 11 %d->%d\n", len(scap17), cap(scap17))
		}
	}
	slen1 := make([]B11, 1)
	last = cap(slen1)
	fmt.Printf("len1 11 %d->%d\n", len(slen1), cap(slen1))
	for len(slen1) < 200 {
		slen1 = append(slen1, v)
		if cap(slen1) != last {
			last = cap(slen1)
			fmt.Printf("len1 11 %d->%d\n", len(slen1), cap(slen1))
		}
	}
	slen2 := make([]B11, 2)
	last = cap(slen2)
	fmt.Printf("len2 11 %d->%d\n", len(slen2), cap(slen2))
	for len(slen2) < 200 {
		slen2 = append(slen2, v)
		if cap(slen2) != last {
			last = cap(slen2)
			fmt.Printf("len2 11 %d->%d\n", len(slen2), cap(slen2))
		}
	}
	slen5 := make([]B11, 5)
	last = cap(slen5)
	fmt.Printf("len5 11 %d->%d\n", len(slen5), cap(slen5))
	for len(slen5) < 200 {
		slen5 = append(slen5, v)
		if cap(slen5) != last {
			last = cap(slen5)
			fmt.Printf("len5 11 %d->%d\n", len(slen5), cap(slen5))
		}
	}
	slit3 := []B11{v, v, v}
	last = cap(slit3)
	fmt.Printf("lit3 11 %d->%d\n", len(slit3), cap(slit3))
	for len(slit3) < 200 {
		slit3 = append(slit3, v)
		if cap(slit3) != last {
			last = cap(slit3)
			fmt.Printf("lit3 11 %d->%d\n", len(slit3), cap(slit3))
		}
	}
}

func probeB12() {
	var v B12
	var last int
	var snil []B12
	last = cap(snil)
	fmt.Printf("nil 12 %d->%d\n", len(snil), cap(snil))
	for len(snil) < 200 {
		snil = append(snil, v)
		if cap(snil) != last {
			last = cap(snil)
			fmt.Printf("nil 12 %d->%d\n", len(snil), cap(snil))
		}
	}
	scap0 := make([]B12, 0, 0)
	last = cap(scap0)
	fmt.Printf("cap0 12 %d->%d\n", len(scap0), cap(scap0))
	for len(scap0) < 200 {
		scap0 = append(scap0, v)
		if cap(scap0) != last {
			last = cap(scap0)
			fmt.Printf("cap0 12 %d->%d\n", len(scap0), cap(scap0))
		}
	}
	scap1 := make([]B12, 0, 1)
	last = cap(scap1)
	fmt.Printf("cap1 12 %d->%d\n", len(scap1), cap(scap1))
	for len(scap1) < 200 {
		scap1 = append(scap1, v)
		if cap(scap1) != last {
			last = cap(scap1)
			fmt.Printf("cap1 12 %d->%d\n", len(scap1), cap(scap1))
		}
	}
	scap3 := make([]B12, 0, 3)
	last = cap(scap3)
	fmt.Printf("cap3 12 %d->%d\n", len(scap3), cap(scap3))
	for len(scap3) < 200 {
		scap3 = append(scap3, v)
		if cap(scap3) != last {
			last = cap(scap3)
			fmt.Printf("cap3 12 %d->%d\n", len(scap3), cap(scap3))
		}
	}
	scap5 := make([]B12, 0, 5)
	last = cap(scap5)
	fmt.Printf("cap5 12 %d->%d\n", len(scap5), cap(scap5))
	for len(scap5) < 200 {
		scap5 = append(scap5, v)
		if cap(scap5) != last {
			last = cap(scap5)
			fmt.Printf("cap5 12 %d->%d\n", len(scap5), cap(scap5))
		}
	}
	scap8 := make([]B12, 0, 8)
	last = cap(scap8)
	fmt.Printf("cap8 12 %d->%d\n", len(scap8), cap(scap8))
	for len(scap8) < 200 {
		scap8 = append(scap8, v)
		if cap(scap8) != last {
			last = cap(scap8)
			fmt.Printf("cap8 12 %d->%d\n", len(scap8), cap(scap8))
		}
	}
	scap17 := make([]B12, 0, 17)
	last = cap(scap17)
	fmt.Printf("cap17 12 %d->%d\n", len(scap17), cap(scap17))
	for len(scap17) < 200 {
		scap17 = append(scap17, v)
		if cap(scap17) != last {
			last = cap(scap17)
			fmt.Printf("cap17 12 %d->%d\n", len(scap17), cap(scap17))
		}
	}
	slen1 := make([]B12, 1)
	last = cap(slen1)
	fmt.Printf("len1 12 %d->%d\n", len(slen1), cap(slen1))
	for len(slen1) < 200 {
		slen1 = append(slen1, v)
		if cap(slen1) != last {
			last = cap(slen1)
			fmt.Printf("len1 12 %d->%d\n", len(slen1), cap(slen1))
		}
	}
	slen2 := make([]B12, 2)
	last = cap(slen2)
	fmt.Printf("len2 12 %d->%d\n", len(slen2), cap(slen2))
	for len(slen2) < 200 {
		slen2 = append(slen2, v)
		if cap(slen2) != last {
			last = cap(slen2)
			fmt.Printf("len2 12 %d->%d\n", len(slen2), cap(slen2))
		}
	}
	slen5 := make([]B12, 5)
	last = cap(slen5)
	fmt.Printf("len5 12 %d->%d\n", len(slen5), cap(slen5))
	for len(slen5) < 200 {
		slen5 = append(slen5, v)
		if cap(slen5) != last {
			last = cap(slen5)
			fmt.Printf("len5 12 %d->%d\n", len(slen5), cap(slen5))
		}
	}
	slit3 := []B12{v, v, v}
	last = cap(slit3)
	fmt.Printf("lit3 12 %d->%d\n", len(slit3), cap(slit3))
	for len(slit3) < 200 {
		slit3 = append(slit3, v)
		if cap(slit3) != last {
			last = cap(slit3)
			fmt.Printf("lit3 12 %d->%d\n", len(slit3), cap(slit3))
		}
	}
}

func probeB13() {
	var v B13
	var last int
	var snil []B13
	last = cap(snil)
	fmt.Printf("nil 13 %d->%d\n", len(snil), cap(snil))
	for len(snil) < 200 {
		snil = append(snil, v)
		if cap(snil) != last {
			last = cap(snil)
			fmt.Printf("nil 13 %d->%d\n", len(snil), cap(snil))
		}
	}
	scap0 := make([]B13, 0, 0)
	last = cap(scap0)
	fmt.Printf("cap0 13 %d->%d\n", len(scap0), cap(scap0))
	for len(scap0) < 200 {
		scap0 = append(scap0, v)
		if cap(scap0) != last {
			last = cap(scap0)
			fmt.Printf("cap0 13 %d->%d\n", len(scap0), cap(scap0))
		}
	}
	scap1 := make([]B13, 0, 1)
	last = cap(scap1)
	fmt.Printf("cap1 13 %d->%d\n", len(scap1), cap(scap1))
	for len(scap1) < 200 {
		scap1 = append(scap1, v)
		if cap(scap1) != last {
			last = cap(scap1)
			fmt.Printf("cap1 13 %d->%d\n", len(scap1), cap(scap1))
		}
	}
	scap3 := make([]B13, 0, 3)
	last = cap(scap3)
	fmt.Printf("cap3 13 %d->%d\n", len(scap3), cap(scap3))
	for len(scap3) < 200 {
		scap3 = append(scap3, v)
		if cap(scap3) != last {
			last = cap(scap3)
			fmt.Printf("cap3 13 %d->%d\n", len(scap3), cap(scap3))
		}
	}
	scap5 := make([]B13, 0, 5)
	last = cap(scap5)
	fmt.Printf("cap5 13 %d->%d\n", len(scap5), cap(scap5))
	for len(scap5) < 200 {
		scap5 = append(scap5, v)
		if cap(scap5) != last {
			last = cap(scap5)
			fmt.Printf("cap5 13 %d->%d\n", len(scap5), cap(scap5))
		}
	}
	scap8 := make([]B13, 0, 8)
	last = cap(scap8)
	fmt.Printf("cap8 13 %d->%d\n", len(scap8), cap(scap8))
	for len(scap8) < 200 {
		scap8 = append(scap8, v)
		if cap(scap8) != last {
			last = cap(scap8)
			fmt.Printf("cap8 13 %d->%d\n", len(scap8), cap(scap8))
		}
	}
	scap17 := make([]B13, 0, 17)
	last = cap(scap17)
	fmt.Printf("cap17 13 %d->%d\n", len(scap17), cap(scap17))
	for len(scap17) < 200 {
		scap17 = append(scap17, v)
		if cap(scap17) != last {
			last = cap(scap17)
			fmt.Printf("cap17 13 %d->%d\n", len(scap17), cap(scap17))
		}
	}
	slen1 := make([]B13, 1)
	last = cap(slen1)
	fmt.Printf("len1 13 %d->%d\n", len(slen1), cap(slen1))
	for len(slen1) < 200 {
		slen1 = append(slen1, v)
		if cap(slen1) != last {
			last = cap(slen1)
			fmt.Printf("len1 13 %d->%d\n", len(slen1), cap(slen1))
		}
	}
	slen2 := make([]B13, 2)
	last = cap(slen2)
	fmt.Printf("len2 13 %d->%d\n", len(slen2), cap(slen2))
	for len(slen2) < 200 {
		slen2 = append(slen2, v)
		if cap(slen2) != last {
			last = cap(slen2)
			fmt.Printf("len2 13 %d->%d\n", len(slen2), cap(slen2))
		}
	}
	slen5 := make([]B13, 5)
	last = cap(slen5)
	fmt.Printf("len5 13 %d->%d\n", len(slen5), cap(slen5))
	for len(slen5) < 200 {
		slen5 = append(slen5, v)
		if cap(slen5) != last {
			last = cap(slen5)
			fmt.Printf("len5 13 %d->%d\n", len(slen5), cap(slen5))
		}
	}
	slit3 := []B13{v, v, v}
	last = cap(slit3)
	fmt.Printf("lit3 13 %d->%d\n", len(slit3), cap(slit3))
	for len(slit3) < 200 {
		slit3 = append(slit3, v)
		if cap(slit3) != last {
			last = cap(slit3)
			fmt.Printf("lit3 13 %d->%d\n", len(slit3), cap(slit3))
		}
	}
}

func probeB14() {
	var v B14
	var last int
	var snil []B14
	last = cap(snil)
	fmt.Printf("nil 14 %d->%d\n", len(snil), cap(snil))
	for len(snil) < 200 {
		snil = append(snil, v)
		if cap(snil) != last {
			last = cap(snil)
			fmt.Printf("nil 14 %d->%d\n", len(snil), cap(snil))
		}
	}
	scap0 := make([]B14, 0, 0)
	last = cap(scap0)
	fmt.Printf("cap0 14 %d->%d\n", len(scap0), cap(scap0))
	for len(scap0) < 200 {
		scap0 = append(scap0, v)
		if cap(scap0) != last {
			last = cap(scap0)
			fmt.Printf("cap0 14 %d->%d\n", len(scap0), cap(scap0))
		}
	}
	scap1 := make([]B14, 0, 1)
	last = cap(scap1)
	fmt.Printf("cap1 14 %d->%d\n", len(scap1), cap(scap1))
	for len(scap1) < 200 {
		scap1 = append(scap1, v)
		if cap(scap1) != last {
			last = cap(scap1)
			fmt.Printf("cap1 14 %d->%d\n", len(scap1), cap(scap1))
		}
	}
	scap3 := make([]B14, 0, 3)
	last = cap(scap3)
	fmt.Printf("cap3 14 %d->%d\n", len(scap3), cap(scap3))
	for len(scap3) < 200 {
		scap3 = append(scap3, v)
		if cap(scap3) != last {
			last = cap(scap3)
			fmt.Printf("cap3 14 %d->%d\n", len(scap3), cap(scap3))
		}
	}
	scap5 := make([]B14, 0, 5)
	last = cap(scap5)
	fmt.Printf("cap5 14 %d->%d\n", len(scap5), cap(scap5))
	for len(scap5) < 200 {
		scap5 = append(scap5, v)
		if cap(scap5) != last {
			last = cap(scap5)
			fmt.Printf("cap5 14 %d->%d\n", len(scap5), cap(scap5))
		}
	}
	scap8 := make([]B14, 0, 8)
	last = cap(scap8)
	fmt.Printf("cap8 14 %d->%d\n", len(scap8), cap(scap8))
	for len(scap8) < 200 {
		scap8 = append(scap8, v)
		if cap(scap8) != last {
			last = cap(scap8)
			fmt.Printf("cap8 14 %d->%d\n", len(scap8), cap(scap8))
		}
	}
	scap17 := make([]B14, 0, 17)
	last = cap(scap17)
	fmt.Printf("cap17 14 %d->%d\n", len(scap17), cap(scap17))
	for len(scap17) < 200 {
		scap17 = append(scap17, v)
		if cap(scap17) != last {
			last = cap(scap17)
			fmt.Printf("cap17 14 %d->%d\n", len(scap17), cap(scap17))
		}
	}
	slen1 := make([]B14, 1)
	last = cap(slen1)
	fmt.Printf("len1 14 %d->%d\n", len(slen1), cap(slen1))
	for len(slen1) < 200 {
		slen1 = append(slen1, v)
		if cap(slen1) != last {
			last = cap(slen1)
			fmt.Printf("len1 14 %d->%d\n", len(slen1), cap(slen1))
		}
	}
	slen2 := make([]B14, 2)
	last = cap(slen2)
	fmt.Printf("len2 14 %d->%d\n", len(slen2), cap(slen2))
	for len(slen2) < 200 {
		slen2 = append(slen2, v)
		if cap(slen2) != last {
			last = cap(slen2)
			fmt.Printf("len2 14 %d->%d\n", len(slen2), cap(slen2))
		}
	}
	slen5 := make([]B14, 5)
	last = cap(slen5)
	fmt.Printf("len5 14 %d->%d\n", len(slen5), cap(slen5))
	for len(slen5) < 200 {
		slen5 = append(slen5, v)
		if cap(slen5) != last {
			last = cap(slen5)
			fmt.Printf("len5 14 %d->%d\n", len(slen5), cap(slen5))
		}
	}
	slit3 := []B14{v, v, v}
	last = cap(slit3)
	fmt.Printf("lit3 14 %d->%d\n", len(slit3), cap(slit3))
	for len(slit3) < 200 {
		slit3 = append(slit3, v)
		if cap(slit3) != last {
			last = cap(slit3)
			fmt.Printf("lit3 14 %d->%d\n", len(slit3), cap(slit3))
		}
	}
}

func probeB15() {
	var v B15
	var last int
	var snil []B15
	last = cap(snil)
	fmt.Printf("nil 15 %d->%d\n", len(snil), cap(snil))
	for len(snil) < 200 {
		snil = append(snil, v)
		if cap(snil) != last {
			last = cap(snil)
			fmt.Printf("nil 15 %d->%d\n", len(snil), cap(snil))
		}
	}
	scap0 := make([]B15, 0, 0)
	last = cap(scap0)
	fmt.Printf("cap0 15 %d->%d\n", len(scap0), cap(scap0))
	for len(scap0) < 200 {
		scap0 = append(scap0, v)
		if cap(scap0) != last {
			last = cap(scap0)
			fmt.Printf("cap0 15 %d->%d\n", len(scap0), cap(scap0))
		}
	}
	scap1 := make([]B15, 0, 1)
	last = cap(scap1)
	fmt.Printf("cap1 15 %d->%d\n", len(scap1), cap(scap1))
	for len(scap1) < 200 {
		scap1 = append(scap1, v)
		if cap(scap1) != last {
			last = cap(scap1)
			fmt.Printf("cap1 15 %d->%d\n", len(scap1), cap(scap1))
		}
	}
	scap3 := make([]B15, 0, 3)
	last = cap(scap3)
	fmt.Printf("cap3 15 %d->%d\n", len(scap3), cap(scap3))
	for len(scap3) < 200 {
		scap3 = append(scap3, v)
		if cap(scap3) != last {
			last = cap(scap3)
			fmt.Printf("cap3 15 %d->%d\n", len(scap3), cap(scap3))
		}
	}
	scap5 := make([]B15, 0, 5)
	last = cap(scap5)
	fmt.Printf("cap5 15 %d->%d\n", len(scap5), cap(scap5))
	for len(scap5) < 200 {
		scap5 = append(scap5, v)
		if cap(scap5) != last {
			last = cap(scap5)
			fmt.Printf("cap5 15 %d->%d\n", len(scap5), cap(scap5))
		}
	}
	scap8 := make([]B15, 0, 8)
	last = cap(scap8)
	fmt.Printf("cap8 15 %d->%d\n", len(scap8), cap(scap8))
	for len(scap8) < 200 {
		scap8 = append(scap8, v)
		if cap(scap8) != last {
			last = cap(scap8)
			fmt.Printf("cap8 15 %d->%d\n", len(scap8), cap(scap8))
		}
	}
	scap17 := make([]B15, 0, 17)
	last = cap(scap17)
	fmt.Printf("cap17 15 %d->%d\n", len(scap17), cap(scap17))
	for len(scap17) < 200 {
		scap17 = append(scap17, v)
		if cap(scap17) != last {
			last = cap(scap17)
			fmt.Printf("cap17 15 %d->%d\n", len(scap17), cap(scap17))
		}
	}
	slen1 := make([]B15, 1)
	last = cap(slen1)
	fmt.Printf("len1 15 %d->%d\n", len(slen1), cap(slen1))
	for len(slen1) < 200 {
		slen1 = append(slen1, v)
		if cap(slen1) != last {
			last = cap(slen1)
			fmt.Printf("len1 15 %d->%d\n", len(slen1), cap(slen1))
		}
	}
	slen2 := make([]B15, 2)
	last = cap(slen2)
	fmt.Printf("len2 15 %d->%d\n", len(slen2), cap(slen2))
	for len(slen2) < 200 {
		slen2 = append(slen2, v)
		if cap(slen2) != last {
			last = cap(slen2)
			fmt.Printf("len2 15 %d->%d\n", len(slen2), cap(slen2))
		}
	}
	slen5 := make([]B15, 5)
	last = cap(slen5)
	fmt.Printf("len5 15 %d->%d\n", len(slen5), cap(slen5))
	for len(slen5) < 200 {
		slen5 = append(slen5, v)
		if cap(slen5) != last {
			last = cap(slen5)
			fmt.Printf("len5 15 %d->%d\n", len(slen5), cap(slen5))
		}
	}
	slit3 := []B15{v, v, v}
	last = cap(slit3)
	fmt.Printf("lit3 15 %d->%d\n", len(slit3), cap(slit3))
	for len(slit3) < 200 {
		slit3 = append(slit3, v)
		if cap(slit3) != last {
			last = cap(slit3)
			fmt.Printf("lit3 15 %d->%d\n", len(slit3), cap(slit3))
		}
	}
}

func probeB16() {
	var v B16
	var last int
	var snil []B16
	last = cap(snil)
	fmt.Printf("nil 16 %d->%d\n", len(snil), cap(snil))
	for len(snil) < 200 {
		snil = append(snil, v)
		if cap(snil) != last {
			last = cap(snil)
			fmt.Printf("nil 16 %d->%d\n", len(snil), cap(snil))
		}
	}
	scap0 := make([]B16, 0, 0)
	last = cap(scap0)
	fmt.Printf("cap0 16 %d->%d\n", len(scap0), cap(scap0))
	for len(scap0) < 200 {
		scap0 = append(scap0, v)
		if cap(scap0) != last {
			last = cap(scap0)
			fmt.Printf("cap0 16 %d->%d\n", len(scap0), cap(scap0))
		}
	}
	scap1 := make([]B16, 0, 1)
	last = cap(scap1)
	fmt.Printf("cap1 16 %d->%d\n", len(scap1), cap(scap1))
	for len(scap1) < 200 {
		scap1 = append(scap1, v)
		if cap(scap1) != last {
			last = cap(scap1)
			fmt.Printf("cap1 16 %d->%d\n", len(scap1), cap(scap1))
		}
	}
	scap3 := make([]B16, 0, 3)
	last = cap(scap3)
	fmt.Printf("cap3 16 %d->%d\n", len(scap3), cap(scap3))
	for len(scap3) < 200 {
		scap3 = append(scap3, v)
		if cap(scap3) != last {
			last = cap(scap3)
			fmt.Printf("cap3 16 %d->%d\n", len(scap3), cap(scap3))
		}
	}
	scap5 := make([]B16, 0, 5)
	last = cap(scap5)
	fmt.Printf("cap5 16 %d->%d\n", len(scap5), cap(scap5))
	for len(scap5) < 200 {
		scap5 = append(scap5, v)
		if cap(scap5) != last {
			last = cap(scap5)
			fmt.Printf("cap5 16 %d->%d\n", len(scap5), cap(scap5))
		}
	}
	scap8 := make([]B16, 0, 8)
	last = cap(scap8)
	fmt.Printf("cap8 16 %d->%d\n", len(scap8), cap(scap8))
	for len(scap8) < 200 {
		scap8 = append(scap8, v)
		if cap(scap8) != last {
			last = cap(scap8)
			fmt.Printf("cap8 16 %d->%d\n", len(scap8), cap(scap8))
		}
	}
	scap17 := make([]B16, 0, 17)
	last = cap(scap17)
	fmt.Printf("cap17 16 %d->%d\n", len(scap17), cap(scap17))
	for len(scap17) < 200 {
		scap17 = append(scap17, v)
		if cap(scap17) != last {
			last = cap(scap17)
			fmt.Printf("cap17 16 %d->%d\n", len(scap17), cap(scap17))
		}
	}
	slen1 := make([]B16, 1)
	last = cap(slen1)
	fmt.Printf("len1 16 %d->%d\n", len(slen1), cap(slen1))
	for len(slen1) < 200 {
		slen1 = append(slen1, v)
		if cap(slen1) != last {
			last = cap(slen1)
			fmt.Printf("len1 16 %d->%d\n", len(slen1), cap(slen1))
		}
	}
	slen2 := make([]B16, 2)
	last = cap(slen2)
	fmt.Printf("len2 16 %d->%d\n", len(slen2), cap(slen2))
	for len(slen2) < 200 {
		slen2 = append(slen2, v)
		if cap(slen2) != last {
			last = cap(slen2)
			fmt.Printf("len2 16 %d->%d\n", len(slen2), cap(slen2))
		}
	}
	slen5 := make([]B16, 5)
	last = cap(slen5)
	fmt.Printf("len5 16 %d->%d\n", len(slen5), cap(slen5))
	for len(slen5) < 200 {
		slen5 = append(slen5, v)
		if cap(slen5) != last {
			last = cap(slen5)
			fmt.Printf("len5 16 %d->%d\n", len(slen5), cap(slen5))
		}
	}
	slit3 := []B16{v, v, v}
	last = cap(slit3)
	fmt.Printf("lit3 16 %d->%d\n", len(slit3), cap(slit3))
	for len(slit3) < 200 {
		slit3 = append(slit3, v)
		if cap(slit3) != last {
			last = cap(slit3)
			fmt.Printf("lit3 16 %d->%d\n", len(slit3), cap(slit3))
		}
	}
}

func probeB17() {
	var v B17
	var last int
	var snil []B17
	last = cap(snil)
	fmt.Printf("nil 17 %d->%d\n", len(snil), cap(snil))
	for len(snil) < 200 {
		snil = append(snil, v)
		if cap(snil) != last {
			last = cap(snil)
			fmt.Printf("nil 17 %d->%d\n", len(snil), cap(snil))
		}
	}
	scap0 := make([]B17, 0, 0)
	last = cap(scap0)
	fmt.Printf("cap0 17 %d->%d\n", len(scap0), cap(scap0))
	for len(scap0) < 200 {
		scap0 = append(scap0, v)
		if cap(scap0) != last {
			last = cap(scap0)
			fmt.Printf("cap0 17 %d->%d\n", len(scap0), cap(scap0))
		}
	}
	scap1 := make([]B17, 0, 1)
	last = cap(scap1)
	fmt.Printf("cap1 17 %d->%d\n", len(scap1), cap(scap1))
	for len(scap1) < 200 {
		scap1 = append(scap1, v)
		if cap(scap1) != last {
			last = cap(scap1)
			fmt.Printf("cap1 17 %d->%d\n", len(scap1), cap(scap1))
		}
	}
	scap3 := make([]B17, 0, 3)
	last = cap(scap3)
	fmt.Printf("cap3 17 %d->%d\n", len(scap3), cap(scap3))
	for len(scap3) < 200 {
		scap3 = append(scap3, v)
		if cap(scap3) != last {
			last = cap(scap3)
			fmt.Printf("cap3 17 %d->%d\n", len(scap3), cap(scap3))
		}
	}
	scap5 := make([]B17, 0, 5)
	last = cap(scap5)
	fmt.Printf("cap5 17 %d->%d\n", len(scap5), cap(scap5))
	for len(scap5) < 200 {
		scap5 = append(scap5, v)
		if cap(scap5) != last {
			last = cap(scap5)
			fmt.Printf("cap5 17 %d->%d\n", len(scap5), cap(scap5))
		}
	}
	scap8 := make([]B17, 0, 8)
	last = cap(scap8)
	fmt.Printf("cap8 17 %d->%d\n", len(scap8), cap(scap8))
	for len(scap8) < 200 {
		scap8 = append(scap8, v)
		if cap(scap8) != last {
			last = cap(scap8)
			fmt.Printf("cap8 17 %d->%d\n", len(scap8), cap(scap8))
		}
	}
	scap17 := make([]B17, 0, 17)
	last = cap(scap17)
	fmt.Printf("cap17 17 %d->%d\n", len(scap17), cap(scap17))
	for len(scap17) < 200 {
		scap17 = append(scap17, v)
		if cap(scap17) != last {
			last = cap(scap17)
			fmt.Printf("cap17 17 %d->%d\n", len(scap17), cap(scap17))
		}
	}
	slen1 := make([]B17, 1)
	last = cap(slen1)
	fmt.Printf("len1 17 %d->%d\n", len(slen1), cap(slen1))
	for len(slen1) < 200 {
		slen1 = append(slen1, v)
		if cap(slen1) != last {
			last = cap(slen1)
			fmt.Printf("len1 17 %d->%d\n", len(slen1), cap(slen1))
		}
	}
	slen2 := make([]B17, 2)
	last = cap(slen2)
	fmt.Printf("len2 17 %d->%d\n", len(slen2), cap(slen2))
	for len(slen2) < 200 {
		slen2 = append(slen2, v)
		if cap(slen2) != last {
			last = cap(slen2)
			fmt.Printf("len2 17 %d->%d\n", len(slen2), cap(slen2))
		}
	}
	slen5 := make([]B17, 5)
	last = cap(slen5)
	fmt.Printf("len5 17 %d->%d\n", len(slen5), cap(slen5))
	for len(slen5) < 200 {
		slen5 = append(slen5, v)
		if cap(slen5) != last {
			last = cap(slen5)
			fmt.Printf("len5 17 %d->%d\n", len(slen5), cap(slen5))
		}
	}
	slit3 := []B17{v, v, v}
	last = cap(slit3)
	fmt.Printf("lit3 17 %d->%d\n", len(slit3), cap(slit3))
	for len(slit3) < 200 {
		slit3 = append(slit3, v)
		if cap(slit3) != last {
			last = cap(slit3)
			fmt.Printf("lit3 17 %d->%d\n", len(slit3), cap(slit3))
		}
	}
}

func probeB18() {
	var v B18
	var last int
	var snil []B18
	last = cap(snil)
	fmt.Printf("nil 18 %d->%d\n", len(snil), cap(snil))
	for len(snil) < 200 {
		snil = append(snil, v)
		if cap(snil) != last {
			last = cap(snil)
			fmt.Printf("nil 18 %d->%d\n", len(snil), cap(snil))
		}
	}
	scap0 := make([]B18, 0, 0)
	last = cap(scap0)
	fmt.Printf("cap0 18 %d->%d\n", len(scap0), cap(scap0))
	for len(scap0) < 200 {
		scap0 = append(scap0, v)
		if cap(scap0) != last {
			last = cap(scap0)
			fmt.Printf("cap0 18 %d->%d\n", len(scap0), cap(scap0))
		}
	}
	scap1 := make([]B18, 0, 1)
	last = cap(scap1)
	fmt.Printf("cap1 18 %d->%d\n", len(scap1), cap(scap1))
	for len(scap1) < 200 {
		scap1 = append(scap1, v)
		if cap(scap1) != last {
			last = cap(scap1)
			fmt.Printf("cap1 18 %d->%d\n", len(scap1), cap(scap1))
		}
	}
	scap3 := make([]B18, 0, 3)
	last = cap(scap3)
	fmt.Printf("cap3 18 %d->%d\n", len(scap3), cap(scap3))
	for len(scap3) < 200 {
		scap3 = append(scap3, v)
		if cap(scap3) != last {
			last = cap(scap3)
			fmt.Printf("cap3 18 %d->%d\n", len(scap3), cap(scap3))
		}
	}
	scap5 := make([]B18, 0, 5)
	last = cap(scap5)
	fmt.Printf("cap5 18 %d->%d\n", len(scap5), cap(scap5))
	for len(scap5) < 200 {
		scap5 = append(scap5, v)
		if cap(scap5) != last {
			last = cap(scap5)
			fmt.Printf("cap5 18 %d->%d\n", len(scap5), cap(scap5))
		}
	}
	scap8 := make([]B18, 0, 8)
	last = cap(scap8)
	fmt.Printf("cap8 18 %d->%d\n", len(scap8), cap(scap8))
	for len(scap8) < 200 {
		scap8 = append(scap8, v)
		if cap(scap8) != last {
			last = cap(scap8)
			fmt.Printf("cap8 18 %d->%d\n", len(scap8), cap(scap8))
		}
	}
	scap17 := make([]B18, 0, 17)
	last = cap(scap17)
	fmt.Printf("cap17 18 %d->%d\n", len(scap17), cap(scap17))
	for len(scap17) < 200 {
		scap17 = append(scap17, v)
		if cap(scap17) != last {
			last = cap(scap17)
			fmt.Printf("cap17 18 %d->%d\n", len(scap17), cap(scap17))
		}
	}
	slen1 := make([]B18, 1)
	last = cap(slen1)
	fmt.Printf("len1 18 %d->%d\n", len(slen1), cap(slen1))
	for len(slen1) < 200 {
		slen1 = append(slen1, v)
		if cap(slen1) != last {
			last = cap(slen1)
			fmt.Printf("len1 18 %d->%d\n", len(slen1), cap(slen1))
		}
	}
	slen2 := make([]B18, 2)
	last = cap(slen2)
	fmt.Printf("len2 18 %d->%d\n", len(slen2), cap(slen2))
	for len(slen2) < 200 {
		slen2 = append(slen2, v)
		if cap(slen2) != last {
			last = cap(slen2)
			fmt.Printf("len2 18 %d->%d\n", len(slen2), cap(slen2))
		}
	}
	slen5 := make([]B18, 5)
	last = cap(slen5)
	fmt.Printf("len5 18 %d->%d\n", len(slen5), cap(slen5))
	for len(slen5) < 200 {
		slen5 = append(slen5, v)
		if cap(slen5) != last {
			last = cap(slen5)
			fmt.Printf("len5 18 %d->%d\n", len(slen5), cap(slen5))
		}
	}
	slit3 := []B18{v, v, v}
	last = cap(slit3)
	fmt.Printf("lit3 18 %d->%d\n", len(slit3), cap(slit3))
	for len(slit3) < 200 {
		slit3 = append(slit3, v)
		if cap(slit3) != last {
			last = cap(slit3)
			fmt.Printf("lit3 18 %d->%d\n", len(slit3), cap(slit3))
		}
	}
}

func probeB19() {
	var v B19
	var last int
	var snil []B19
	last = cap(snil)
	fmt.Printf("nil 19 %d->%d\n", len(snil), cap(snil))
	for len(snil) < 200 {
		snil = append(snil, v)
		if cap(snil) != last {
			last = cap(snil)
			fmt.Printf("nil 19 %d->%d\n", len(snil), cap(snil))
		}
	}
	scap0 := make([]B19, 0, 0)
	last = cap(scap0)
	fmt.Printf("cap0 19 %d->%d\n", len(scap0), cap(scap0))
	for len(scap0) < 200 {
		scap0 = append(scap0, v)
		if cap(scap0) != last {
			last = cap(scap0)
			fmt.Printf("cap0 19 %d->%d\n", len(scap0), cap(scap0))
		}
	}
	scap1 := make([]B19, 0, 1)
	last = cap(scap1)
	fmt.Printf("cap1 19 %d->%d\n", len(scap1), cap(scap1))
	for len(scap1) < 200 {
		scap1 = append(scap1, v)
		if cap(scap1) != last {
			last = cap(scap1)
			fmt.Printf("cap1 19 %d->%d\n", len(scap1), cap(scap1))
		}
	}
	scap3 := make([]B19, 0, 3)
	last = cap(scap3)
	fmt.Printf("cap3 19 %d->%d\n", len(scap3), cap(scap3))
	for len(scap3) < 200 {
		scap3 = append(scap3, v)
		if cap(scap3) != last {
			last = cap(scap3)
			fmt.Printf("cap3 19 %d->%d\n", len(scap3), cap(scap3))
		}
	}
	scap5 := make([]B19, 0, 5)
	last = cap(scap5)
	fmt.Printf("cap5 19 %d->%d\n", len(scap5), cap(scap5))
	for len(scap5) < 200 {
		scap5 = append(scap5, v)
		if cap(scap5) != last {
			last = cap(scap5)
			fmt.Printf("cap5 19 %d->%d\n", len(scap5), cap(scap5))
		}
	}
	scap8 := make([]B19, 0, 8)
	last = cap(scap8)
	fmt.Printf("cap8 19 %d->%d\n", len(scap8), cap(scap8))
	for len(scap8) < 200 {
		scap8 = append(scap8, v)
		if cap(scap8) != last {
			last = cap(scap8)
			fmt.Printf("cap8 19 %d->%d\n", len(scap8), cap(scap8))
		}
	}
	scap17 := make([]B19, 0, 17)
	last = cap(scap17)
	fmt.Printf("cap17 19 %d->%d\n", len(scap17), cap(scap17))
	for len(scap17) < 200 {
		scap17 = append(scap17, v)
		if cap(scap17) != last {
			last = cap(scap17)
			fmt.Printf("cap17 19 %d->%d\n", len(scap17), cap(scap17))
		}
	}
	slen1 := make([]B19, 1)
	last = cap(slen1)
	fmt.Printf("len1 19 %d->%d\n", len(slen1), cap(slen1))
	for len(slen1) < 200 {
		slen1 = append(slen1, v)
		if cap(slen1) != last {
			last = cap(slen1)
			fmt.Printf("len1 19 %d->%d\n", len(slen1), cap(slen1))
		}
	}
	slen2 := make([]B19, 2)
	last = cap(slen2)
	fmt.Printf("len2 19 %d->%d\n", len(slen2), cap(slen2))
	for len(slen2) < 200 {
		slen2 = append(slen2, v)
		if cap(slen2) != last {
			last = cap(slen2)
			fmt.Printf("len2 19 %d->%d\n", len(slen2), cap(slen2))
		}
	}
	slen5 := make([]B19, 5)
	last = cap(slen5)
	fmt.Printf("len5 19 %d->%d\n", len(slen5), cap(slen5))
	for len(slen5) < 200 {
		slen5 = append(slen5, v)
		if cap(slen5) != last {
			last = cap(slen5)
			fmt.Printf("len5 19 %d->%d\n", len(slen5), cap(slen5))
		}
	}
	slit3 := []B19{v, v, v}
	last = cap(slit3)
	fmt.Printf("lit3 19 %d->%d\n", len(slit3), cap(slit3))
	for len(slit3) < 200 {
		slit3 = append(slit3, v)
		if cap(slit3) != last {
			last = cap(slit3)
			fmt.Printf("lit3 19 %d->%d\n", len(slit3), cap(slit3))
		}
	}
}

func probeB20() {
	var v B20
	var last int
	var snil []B20
	last = cap(snil)
	fmt.Printf("nil 20 %d->%d\n", len(snil), cap(snil))
	for len(snil) < 200 {
		snil = append(snil, v)
		if cap(snil) != last {
			last = cap(snil)
			fmt.Printf("nil 20 %d->%d\n", len(snil), cap(snil))
		}
	}
	scap0 := make([]B20, 0, 0)
	last = cap(scap0)
	fmt.Printf("cap0 20 %d->%d\n", len(scap0), cap(scap0))
	for len(scap0) < 200 {
		scap0 = append(scap0, v)
		if cap(scap0) != last {
			last = cap(scap0)
			fmt.Printf("cap0 20 %d->%d\n", len(scap0), cap(scap0))
		}
	}
	scap1 := make([]B20, 0, 1)
	last = cap(scap1)
	fmt.Printf("cap1 20 %d->%d\n", len(scap1), cap(scap1))
	for len(scap1) < 200 {
		scap1 = append(scap1, v)
		if cap(scap1) != last {
			last = cap(scap1)
			fmt.Printf("cap1 20 %d->%d\n", len(scap1), cap(scap1))
		}
	}
	scap3 := make([]B20, 0, 3)
	last = cap(scap3)
	fmt.Printf("cap3 20 %d->%d\n", len(scap3), cap(scap3))
	for len(scap3) < 200 {
		scap3 = append(scap3, v)
		if cap(scap3) != last {
			last = cap(scap3)
			fmt.Printf("cap3 20 %d->%d\n", len(scap3), cap(scap3))
		}
	}
	scap5 := make([]B20, 0, 5)
	last = cap(scap5)
	fmt.Printf("cap5 20 %d->%d\n", len(scap5), cap(scap5))
	for len(scap5) < 200 {
		scap5 = append(scap5, v)
		if cap(scap5) != last {
			last = cap(scap5)
			fmt.Printf("cap5 20 %d->%d\n", len(scap5), cap(scap5))
		}
	}
	scap8 := make([]B20, 0, 8)
	last = cap(scap8)
	fmt.Printf("cap8 20 %d->%d\n", len(scap8), cap(scap8))
	for len(scap8) < 200 {
		scap8 = append(scap8, v)
		if cap(scap8) != last {
			last = cap(scap8)
			fmt.Printf("cap8 20 %d->%d\n", len(scap8), cap(scap8))
		}
	}
	scap17 := make([]B20, 0, 17)
	last = cap(scap17)
	fmt.Printf("cap17 20 %d->%d\n", len(scap17), cap(scap17))
	for len(scap17) < 200 {
		scap17 = append(scap17, v)
		if cap(scap17) != last {
			last = cap(scap17)
			fmt.Printf("cap17 20 %d->%d\n", len(scap17), cap(scap17))
		}
	}
	slen1 := make([]B20, 1)
	last = cap(slen1)
	fmt.Printf("len1 20 %d->%d\n", len(slen1), cap(slen1))
	for len(slen1) < 200 {
		slen1 = append(slen1, v)
		if cap(slen1) != last {
			last = cap(slen1)
			fmt.Printf("len1 20 %d->%d\n", len(slen1), cap(slen1))
		}
	}
	slen2 := make([]B20, 2)
	last = cap(slen2)
	fmt.Printf("len2 20 %d->%d\n", len(slen2), cap(slen2))
	for len(slen2) < 200 {
		slen2 = append(slen2, v)
		if cap(slen2) != last {
			last = cap(slen2)
			fmt.Printf("len2 20 %d->%d\n", len(slen2), cap(slen2))
		}
	}
	slen5 := make([]B20, 5)
	last = cap(slen5)
	fmt.Printf("len5 20 %d->%d\n", len(slen5), cap(slen5))
	for len(slen5) < 200 {
		slen5 = append(slen5, v)
		if cap(slen5) != last {
			last = cap(slen5)
			fmt.Printf("len5 20 %d->%d\n", len(slen5), cap(slen5))
		}
	}
	slit3 := []B20{v, v, v}
	last = cap(slit3)
	fmt.Printf("lit3 20 %d->%d\n", len(slit3), cap(slit3))
	for len(slit3) < 200 {
		slit3 = append(slit3, v)
		if cap(slit3) != last {
			last = cap(slit3)
			fmt.Printf("lit3 20 %d->%d\n", len(slit3), cap(slit3))
		}
	}
}

func probeB21() {
	var v B21
	var last int
	var snil []B21
	last = cap(snil)
	fmt.Printf("nil 21 %d->%d\n", len(snil), cap(snil))
	for len(snil) < 200 {
		snil = append(snil, v)
		if cap(snil) != last {
			last = cap(snil)
			fmt.Printf("nil 21 %d->%d\n", len(snil), cap(snil))
		}
	}
	scap0 := make([]B21, 0, 0)
	last = cap(scap0)
	fmt.Printf("cap0 21 %d->%d\n", len(scap0), cap(scap0))
	for len(scap0) < 200 {
		scap0 = append(scap0, v)
		if cap(scap0) != last {
			last = cap(scap0)
			fmt.Printf("cap0 21 %d->%d\n", len(scap0), cap(scap0))
		}
	}
	scap1 := make([]B21, 0, 1)
	last = cap(scap1)
	fmt.Printf("cap1 21 %d->%d\n", len(scap1), cap(scap1))
	for len(scap1) < 200 {
		scap1 = append(scap1, v)
		if cap(scap1) != last {
			last = cap(scap1)
			fmt.Printf("cap1 21 %d->%d\n", len(scap1), cap(scap1))
		}
	}
	scap3 := make([]B21, 0, 3)
	last = cap(scap3)
	fmt.Printf("cap3 21 %d->%d\n", len(scap3), cap(scap3))
	for len(scap3) < 200 {
		scap3 = append(scap3, v)
		if cap(scap3) != last {
			last = cap(scap3)
			fmt.Printf("cap3 21 %d->%d\n", len(scap3), cap(scap3))
		}
	}
	scap5 := make([]B21, 0, 5)
	last = cap(scap5)
	fmt.Printf("cap5 21 %d->%d\n", len(scap5), cap(scap5))
	for len(scap5) < 200 {
		scap5 = append(scap5, v)
		if cap(scap5) != last {
			last = cap(scap5)
			fmt.Printf("cap5 21 %d->%d\n", len(scap5), cap(scap5))
		}
	}
	scap8 := make([]B21, 0, 8)
	last = cap(scap8)
	fmt.Printf("cap8 21 %d->%d\n", len(scap8), cap(scap8))
	for len(scap8) < 200 {
		scap8 = append(scap8, v)
		if cap(scap8) != last {
			last = cap(scap8)
			fmt.Printf("cap8 21 %d->%d\n", len(scap8), cap(scap8))
		}
	}
	scap17 := make([]B21, 0, 17)
	last = cap(scap17)
	fmt.Printf("cap17 21 %d->%d\n", len(scap17), cap(scap17))
	for len(scap17) < 200 {
		scap17 = append(scap17, v)
		if cap(scap17) != last {
			last = cap(scap17)
			fmt.Printf("cap17 21 %d->%d\n", len(scap17), cap(scap17))
		}
	}
	slen1 := make([]B21, 1)
	last = cap(slen1)
	fmt.Printf("len1 21 %d->%d\n", len(slen1), cap(slen1))
	for len(slen1) < 200 {
		slen1 = append(slen1, v)
		if cap(slen1) != last {
			last = cap(slen1)
			fmt.Printf("len1 21 %d->%d\n", len(slen1), cap(slen1))
		}
	}
	slen2 := make([]B21, 2)
	last = cap(slen2)
	fmt.Printf("len2 21 %d->%d\n", len(slen2), cap(slen2))
	for len(slen2) < 200 {
		slen2 = append(slen2, v)
		if cap(slen2) != last {
			last = cap(slen2)
			fmt.Printf("len2 21 %d->%d\n", len(slen2), cap(slen2))
		}
	}
	slen5 := make([]B21, 5)
	last = cap(slen5)
	fmt.Printf("len5 21 %d->%d\n", len(slen5), cap(slen5))
	for len(slen5) < 200 {
		slen5 = append(slen5, v)
		if cap(slen5) != last {
			last = cap(slen5)
			fmt.Printf("len5 21 %d->%d\n", len(slen5), cap(slen5))
		}
	}
	slit3 := []B21{v, v, v}
	last = cap(slit3)
	fmt.Printf("lit3 21 %d->%d\n", len(slit3), cap(slit3))
	for len(slit3) < 200 {
		slit3 = append(slit3, v)
		if cap(slit3) != last {
			last = cap(slit3)
			fmt.Printf("lit3 21 %d->%d\n", len(slit3), cap(slit3))
		}
	}
}

func probeB22() {
	var v B22
	var last int
	var snil []B22
	last = cap(snil)
	fmt.Printf("nil 22 %d->%d\n", len(snil), cap(snil))
	for len(snil) < 200 {
		snil = append(snil, v)
		if cap(snil) != last {
			last = cap(snil)
			fmt.Printf("nil 22 %d->%d\n", len(snil), cap(snil))
		}
	}
	scap0 := make([]B22, 0, 0)
	last = cap(scap0)
	fmt.Printf("cap0 22 %d->%d\n", len(scap0), cap(scap0))
	for len(scap0) < 200 {
		scap0 = append(scap0, v)
		if cap(scap0) != last {
			last = cap(scap0)
			fmt.Printf("cap0 22 %d->%d\n", len(scap0), cap(scap0))
		}
	}
	scap1 := make([]B22, 0, 1)
	last = cap(scap1)
	fmt.Printf("cap1 22 %d->%d\n", len(scap1), cap(scap1))
	for len(scap1) < 200 {
		scap1 = append(scap1, v)
		if cap(scap1) != last {
			last = cap(scap1)
			fmt.Printf("cap1 22 %d->%d\n", len(scap1), cap(scap1))
		}
	}
	scap3 := make([]B22, 0, 3)
	last = cap(scap3)
	fmt.Printf("cap3 22 %d->%d\n", len(scap3), cap(scap3))
	for len(scap3) < 200 {
		scap3 = append(scap3, v)
		if cap(scap3) != last {
			last = cap(scap3)
			fmt.Printf("cap3 22 %d->%d\n", len(scap3), cap(scap3))
		}
	}
	scap5 := make([]B22, 0, 5)
	last = cap(scap5)
	fmt.Printf("cap5 22 %d->%d\n", len(scap5), cap(scap5))
	for len(scap5) < 200 {
		scap5 = append(scap5, v)
		if cap(scap5) != last {
			last = cap(scap5)
			fmt.Printf("cap5 22 %d->%d\n", len(scap5), cap(scap5))
		}
	}
	scap8 := make([]B22, 0, 8)
	last = cap(scap8)
	fmt.Printf("cap8 22 %d->%d\n", len(scap8), cap(scap8))
	for len(scap8) < 200 {
		scap8 = append(scap8, v)
		if cap(scap8) != last {
			last = cap(scap8)
			fmt.Printf("cap8 22 %d->%d\n", len(scap8), cap(scap8))
		}
	}
	scap17 := make([]B22, 0, 17)
	last = cap(scap17)
	fmt.Printf("cap17 22 %d->%d\n", len(scap17), cap(scap17))
	for len(scap17) < 200 {
		scap17 = append(scap17, v)
		if cap(scap17) != last {
			last = cap(scap17)
			fmt.Printf("cap17 22 %d->%d\n", len(scap17), cap(scap17))
		}
	}
	slen1 := make([]B22, 1)
	last = cap(slen1)
	fmt.Printf("len1 22 %d->%d\n", len(slen1), cap(slen1))
	for len(slen1) < 200 {
		slen1 = append(slen1, v)
		if cap(slen1) != last {
			last = cap(slen1)
			fmt.Printf("len1 22 %d->%d\n", len(slen1), cap(slen1))
		}
	}
	slen2 := make([]B22, 2)
	last = cap(slen2)
	fmt.Printf("len2 22 %d->%d\n", len(slen2), cap(slen2))
	for len(slen2) < 200 {
		slen2 = append(slen2, v)
		if cap(slen2) != last {
			last = cap(slen2)
			fmt.Printf("len2 22 %d->%d\n", len(slen2), cap(slen2))
		}
	}
	slen5 := make([]B22, 5)
	last = cap(slen5)
	fmt.Printf("len5 22 %d->%d\n", len(slen5), cap(slen5))
	for len(slen5) < 200 {
		slen5 = append(slen5, v)
		if cap(slen5) != last {
			last = cap(slen5)
			fmt.Printf("len5 22 %d->%d\n", len(slen5), cap(slen5))
		}
	}
	slit3 := []B22{v, v, v}
	last = cap(slit3)
	fmt.Printf("lit3 22 %d->%d\n", len(slit3), cap(slit3))
	for len(slit3) < 200 {
		slit3 = append(slit3, v)
		if cap(slit3) != last {
			last = cap(slit3)
			fmt.Printf("lit3 22 %d->%d\n", len(slit3), cap(slit3))
		}
	}
}

func probeB23() {
	var v B23
	var last int
	var snil []B23
	last = cap(snil)
	fmt.Printf("nil 23 %d->%d\n", len(snil), cap(snil))
	for len(snil) < 200 {
		snil = append(snil, v)
		if cap(snil) != last {
			last = cap(snil)
			fmt.Printf("nil 23 %d->%d\n", len(snil), cap(snil))
		}
	}
	scap0 := make([]B23, 0, 0)
	last = cap(scap0)
	fmt.Printf("cap0 23 %d->%d\n", len(scap0), cap(scap0))
	for len(scap0) < 200 {
		scap0 = append(scap0, v)
		if cap(scap0) != last {
			last = cap(scap0)
			fmt.Printf("cap0 23 %d->%d\n", len(scap0), cap(scap0))
		}
	}
	scap1 := make([]B23, 0, 1)
	last = cap(scap1)
	fmt.Printf("cap1 23 %d->%d\n", len(scap1), cap(scap1))
	for len(scap1) < 200 {
		scap1 = append(scap1, v)
		if cap(scap1) != last {
			last = cap(scap1)
			fmt.Printf("cap1 23 %d->%d\n", len(scap1), cap(scap1))
		}
	}
	scap3 := make([]B23, 0, 3)
	last = cap(scap3)
	fmt.Printf("cap3 23 %d->%d\n", len(scap3), cap(scap3))
	for len(scap3) < 200 {
		scap3 = append(scap3, v)
		if cap(scap3) != last {
			last = cap(scap3)
			fmt.Printf("cap3 23 %d->%d\n", len(scap3), cap(scap3))
		}
	}
	scap5 := make([]B23, 0, 5)
	last = cap(scap5)
	fmt.Printf("cap5 23 %d->%d\n", len(scap5), cap(scap5))
	for len(scap5) < 200 {
		scap5 = append(scap5, v)
		if cap(scap5) != last {
			last = cap(scap5)
			fmt.Printf("cap5 23 %d->%d\n", len(scap5), cap(scap5))
		}
	}
	scap8 := make([]B23, 0, 8)
	last = cap(scap8)
	fmt.Printf("cap8 23 %d->%d\n", len(scap8), cap(scap8))
	for len(scap8) < 200 {
		scap8 = append(scap8, v)
		if cap(scap8) != last {
			last = cap(scap8)
			fmt.Printf("cap8 23 %d->%d\n", len(scap8), cap(scap8))
		}
	}
	scap17 := make([]B23, 0, 17)
	last = cap(scap17)
	fmt.Printf("cap17 23 %d->%d\n", len(scap17), cap(scap17))
	for len(scap17) < 200 {
		scap17 = append(scap17, v)
		if cap(scap17) != last {
			last = cap(scap17)
			fmt.Printf("cap17 23 %d->%d\n", len(scap17), cap(scap17))
		}
	}
	slen1 := make([]B23, 1)
	last = cap(slen1)
	fmt.Printf("len1 23 %d->%d\n", len(slen1), cap(slen1))
	for len(slen1) < 200 {
		slen1 = append(slen1, v)
		if cap(slen1) != last {
			last = cap(slen1)
			fmt.Printf("len1 23 %d->%d\n", len(slen1), cap(slen1))
		}
	}
	slen2 := make([]B23, 2)
	last = cap(slen2)
	fmt.Printf("len2 23 %d->%d\n", len(slen2), cap(slen2))
	for len(slen2) < 200 {
		slen2 = append(slen2, v)
		if cap(slen2) != last {
			last = cap(slen2)
			fmt.Printf("len2 23 %d->%d\n", len(slen2), cap(slen2))
		}
	}
	slen5 := make([]B23, 5)
	last = cap(slen5)
	fmt.Printf("len5 23 %d->%d\n", len(slen5), cap(slen5))
	for len(slen5) < 200 {
		slen5 = append(slen5, v)
		if cap(slen5) != last {
			last = cap(slen5)
			fmt.Printf("len5 23 %d->%d\n", len(slen5), cap(slen5))
		}
	}
	slit3 := []B23{v, v, v}
	last = cap(slit3)
	fmt.Printf("lit3 23 %d->%d\n", len(slit3), cap(slit3))
	for len(slit3) < 200 {
		slit3 = append(slit3, v)
		if cap(slit3) != last {
			last = cap(slit3)
			fmt.Printf("lit3 23 %d->%d\n", len(slit3), cap(slit3))
		}
	}
}

func probeB24() {
	var v B24
	var last int
	var snil []B24
	last = cap(snil)
	fmt.Printf("nil 24 %d->%d\n", len(snil), cap(snil))
	for len(snil) < 200 {
		snil = append(snil, v)
		if cap(snil) != last {
			last = cap(snil)
			fmt.Printf("nil 24 %d->%d\n", len(snil), cap(snil))
		}
	}
	scap0 := make([]B24, 0, 0)
	last = cap(scap0)
	fmt.Printf("cap0 24 %d->%d\n", len(scap0), cap(scap0))
	for len(scap0) < 200 {
		scap0 = append(scap0, v)
		if cap(scap0) != last {
			last = cap(scap0)
			fmt.Printf("cap0 24 %d->%d\n", len(scap0), cap(scap0))
		}
	}
	scap1 := make([]B24, 0, 1)
	last = cap(scap1)
	fmt.Printf("cap1 24 %d->%d\n", len(scap1), cap(scap1))
	for len(scap1) < 200 {
		scap1 = append(scap1, v)
		if cap(scap1) != last {
			last = cap(scap1)
			fmt.Printf("cap1 24 %d->%d\n", len(scap1), cap(scap1))
		}
	}
	scap3 := make([]B24, 0, 3)
	last = cap(scap3)
	fmt.Printf("cap3 24 %d->%d\n", len(scap3), cap(scap3))
	for len(scap3) < 200 {
		scap3 = append(scap3, v)
		if cap(scap3) != last {
			last = cap(scap3)
			fmt.Printf("cap3 24 %d->%d\n", len(scap3), cap(scap3))
		}
	}
	scap5 := make([]B24, 0, 5)
	last = cap(scap5)
	fmt.Printf("cap5 24 %d->%d\n", len(scap5), cap(scap5))
	for len(scap5) < 200 {
		scap5 = append(scap5, v)
		if cap(scap5) != last {
			last = cap(scap5)
			fmt.Printf("cap5 24 %d->%d\n", len(scap5), cap(scap5))
		}
	}
	scap8 := make([]B24, 0, 8)
	last = cap(scap8)
	fmt.Printf("cap8 24 %d->%d\n", len(scap8), cap(scap8))
	for len(scap8) < 200 {
		scap8 = append(scap8, v)
		if cap(scap8) != last {
			last = cap(scap8)
			fmt.Printf("cap8 24 %d->%d\n", len(scap8), cap(scap8))
		}
	}
	scap17 := make([]B24, 0, 17)
	last = cap(scap17)
	fmt.Printf("cap17 24 %d->%d\n", len(scap17), cap(scap17))
	for len(scap17) < 200 {
		scap17 = append(scap17, v)
		if cap(scap17) != last {
			last = cap(scap17)
			fmt.Printf("cap17 24 %d->%d\n", len(scap17), cap(scap17))
		}
	}
	slen1 := make([]B24, 1)
	last = cap(slen1)
	fmt.Printf("len1 24 %d->%d\n", len(slen1), cap(slen1))
	for len(slen1) < 200 {
		slen1 = append(slen1, v)
		if cap(slen1) != last {
			last = cap(slen1)
			fmt.Printf("len1 24 %d->%d\n", len(slen1), cap(slen1))
		}
	}
	slen2 := make([]B24, 2)
	last = cap(slen2)
	fmt.Printf("len2 24 %d->%d\n", len(slen2), cap(slen2))
	for len(slen2) < 200 {
		slen2 = append(slen2, v)
		if cap(slen2) != last {
			last = cap(slen2)
			fmt.Printf("len2 24 %d->%d\n", len(slen2), cap(slen2))
		}
	}
	slen5 := make([]B24, 5)
	last = cap(slen5)
	fmt.Printf("len5 24 %d->%d\n", len(slen5), cap(slen5))
	for len(slen5) < 200 {
		slen5 = append(slen5, v)
		if cap(slen5) != last {
			last = cap(slen5)
			fmt.Printf("len5 24 %d->%d\n", len(slen5), cap(slen5))
		}
	}
	slit3 := []B24{v, v, v}
	last = cap(slit3)
	fmt.Printf("lit3 24 %d->%d\n", len(slit3), cap(slit3))
	for len(slit3) < 200 {
		slit3 = append(slit3, v)
		if cap(slit3) != last {
			last = cap(slit3)
			fmt.Printf("lit3 24 %d->%d\n", len(slit3), cap(slit3))
		}
	}
}

func probeB25() {
	var v B25
	var last int
	var snil []B25
	last = cap(snil)
	fmt.Printf("nil 25 %d->%d\n", len(snil), cap(snil))
	for len(snil) < 200 {
		snil = append(snil, v)
		if cap(snil) != last {
			last = cap(snil)
			fmt.Printf("nil 25 %d->%d\n", len(snil), cap(snil))
		}
	}
	scap0 := make([]B25, 0, 0)
	last = cap(scap0)
	fmt.Printf("cap0 25 %d->%d\n", len(scap0), cap(scap0))
	for len(scap0) < 200 {
		scap0 = append(scap0, v)
		if cap(scap0) != last {
			last = cap(scap0)
			fmt.Printf("cap0 25 %d->%d\n", len(scap0), cap(scap0))
		}
	}
	scap1 := make([]B25, 0, 1)
	last = cap(scap1)
	fmt.Printf("cap1 25 %d->%d\n", len(scap1), cap(scap1))
	for len(scap1) < 200 {
		scap1 = append(scap1, v)
		if cap(scap1) != last {
			last = cap(scap1)
			fmt.Printf("cap1 25 %d->%d\n", len(scap1), cap(scap1))
		}
	}
	scap3 := make([]B25, 0, 3)
	last = cap(scap3)
	fmt.Printf("cap3 25 %d->%d\n", len(scap3), cap(scap3))
	for len(scap3) < 200 {
		scap3 = append(scap3, v)
		if cap(scap3) != last {
			last = cap(scap3)
			fmt.Printf("cap3 25 %d->%d\n", len(scap3), cap(scap3))
		}
	}
	scap5 := make([]B25, 0, 5)
	last = cap(scap5)
	fmt.Printf("cap5 25 %d->%d\n", len(scap5), cap(scap5))
	for len(scap5) < 200 {
		scap5 = append(scap5, v)
		if cap(scap5) != last {
			last = cap(scap5)
			fmt.Printf("cap5 25 %d->%d\n", len(scap5), cap(scap5))
		}
	}
	scap8 := make([]B25, 0, 8)
	last = cap(scap8)
	fmt.Printf("cap8 25 %d->%d\n", len(scap8), cap(scap8))
	for len(scap8) < 200 {
		scap8 = append(scap8, v)
		if cap(scap8) != last {
			last = cap(scap8)
			fmt.Printf("cap8 25 %d->%d\n", len(scap8), cap(scap8))
		}
	}
	scap17 := make([]B25, 0, 17)
	last = cap(scap17)
	fmt.Printf("cap17 25 %d->%d\n", len(scap17), cap(scap17))
	for len(scap17) < 200 {
		scap17 = append(scap17, v)
		if cap(scap17) != last {
			last = cap(scap17)
			fmt.Printf("cap17 25 %d->%d\n", len(scap17), cap(scap17))
		}
	}
	slen1 := make([]B25, 1)
	last = cap(slen1)
	fmt.Printf("len1 25 %d->%d\n", len(slen1), cap(slen1))
	for len(slen1) < 200 {
		slen1 = append(slen1, v)
		if cap(slen1) != last {
			last = cap(slen1)
			fmt.Printf("len1 25 %d->%d\n", len(slen1), cap(slen1))
		}
	}
	slen2 := make([]B25, 2)
	last = cap(slen2)
	fmt.Printf("len2 25 %d->%d\n", len(slen2), cap(slen2))
	for len(slen2) < 200 {
		slen2 = append(slen2, v)
		if cap(slen2) != last {
			last = cap(slen2)
			fmt.Printf("len2 25 %d->%d\n", len(slen2), cap(slen2))
		}
	}
	slen5 := make([]B25, 5)
	last = cap(slen5)
	fmt.Printf("len5 25 %d->%d\n", len(slen5), cap(slen5))
	for len(slen5) < 200 {
		slen5 = append(slen5, v)
		if cap(slen5) != last {
			last = cap(slen5)
			fmt.Printf("len5 25 %d->%d\n", len(slen5), cap(slen5))
		}
	}
	slit3 := []B25{v, v, v}
	last = cap(slit3)
	fmt.Printf("lit3 25 %d->%d\n", len(slit3), cap(slit3))
	for len(slit3) < 200 {
		slit3 = append(slit3, v)
		if cap(slit3) != last {
			last = cap(slit3)
			fmt.Printf("lit3 25 %d->%d\n", len(slit3), cap(slit3))
		}
	}
}

func probeB26() {
	var v B26
	var last int
	var snil []B26
	last = cap(snil)
	fmt.Printf("nil 26 %d->%d\n", len(snil), cap(snil))
	for len(snil) < 200 {
		snil = append(snil, v)
		if cap(snil) != last {
			last = cap(snil)
			fmt.Printf("nil 26 %d->%d\n", len(snil), cap(snil))
		}
	}
	scap0 := make([]B26, 0, 0)
	last = cap(scap0)
	fmt.Printf("cap0 26 %d->%d\n", len(scap0), cap(scap0))
	for len(scap0) < 200 {
		scap0 = append(scap0, v)
		if cap(scap0) != last {
			last = cap(scap0)
			fmt.Printf("cap0 26 %d->%d\n", len(scap0), cap(scap0))
		}
	}
	scap1 := make([]B26, 0, 1)
	last = cap(scap1)
	fmt.Printf("cap1 26 %d->%d\n", len(scap1), cap(scap1))
	for len(scap1) < 200 {
		scap1 = append(scap1, v)
		if cap(scap1) != last {
			last = cap(scap1)
			fmt.Printf("cap1 26 %d->%d\n", len(scap1), cap(scap1))
		}
	}
	scap3 := make([]B26, 0, 3)
	last = cap(scap3)
	fmt.Printf("cap3 26 %d->%d\n", len(scap3), cap(scap3))
	for len(scap3) < 200 {
		scap3 = append(scap3, v)
		if cap(scap3) != last {
			last = cap(scap3)
			fmt.Printf("cap3 26 %d->%d\n", len(scap3), cap(scap3))
		}
	}
	scap5 := make([]B26, 0, 5)
	last = cap(scap5)
	fmt.Printf("cap5 26 %d->%d\n", len(scap5), cap(scap5))
	for len(scap5) < 200 {
		scap5 = append(scap5, v)
		if cap(scap5) != last {
			last = cap(scap5)
			fmt.Printf("cap5 26 %d->%d\n", len(scap5), cap(scap5))
		}
	}
	scap8 := make([]B26, 0, 8)
	last = cap(scap8)
	fmt.Printf("cap8 26 %d->%d\n", len(scap8), cap(scap8))
	for len(scap8) < 200 {
		scap8 = append(scap8, v)
		if cap(scap8) != last {
			last = cap(scap8)
			fmt.Printf("cap8 26 %d->%d\n", len(scap8), cap(scap8))
		}
	}
	scap17 := make([]B26, 0, 17)
	last = cap(scap17)
	fmt.Printf("cap17 26 %d->%d\n", len(scap17), cap(scap17))
	for len(scap17) < 200 {
		scap17 = append(scap17, v)
		if cap(scap17) != last {
			last = cap(scap17)
			fmt.Printf("cap17 26 %d->%d\n", len(scap17), cap(scap17))
		}
	}
	slen1 := make([]B26, 1)
	last = cap(slen1)
	fmt.Printf("len1 26 %d->%d\n", len(slen1), cap(slen1))
	for len(slen1) < 200 {
		slen1 = append(slen1, v)
		if cap(slen1) != last {
			last = cap(slen1)
			fmt.Printf("len1 26 %d->%d\n", len(slen1), cap(slen1))
		}
	}
	slen2 := make([]B26, 2)
	last = cap(slen2)
	fmt.Printf("len2 26 %d->%d\n", len(slen2), cap(slen2))
	for len(slen2) < 200 {
		slen2 = append(slen2, v)
		if cap(slen2) != last {
			last = cap(slen2)
			fmt.Printf("len2 26 %d->%d\n", len(slen2), cap(slen2))
		}
	}
	slen5 := make([]B26, 5)
	last = cap(slen5)
	fmt.Printf("len5 26 %d->%d\n", len(slen5), cap(slen5))
	for len(slen5) < 200 {
		slen5 = append(slen5, v)
		if cap(slen5) != last {
			last = cap(slen5)
			fmt.Printf("len5 26 %d->%d\n", len(slen5), cap(slen5))
		}
	}
	slit3 := []B26{v, v, v}
	last = cap(slit3)
	fmt.Printf("lit3 26 %d->%d\n", len(slit3), cap(slit3))
	for len(slit3) < 200 {
		slit3 = append(slit3, v)
		if cap(slit3) != last {
			last = cap(slit3)
			fmt.Printf("lit3 26 %d->%d\n", len(slit3), cap(slit3))
		}
	}
}

func probeB27() {
	var v B27
	var last int
	var snil []B27
	last = cap(snil)
	fmt.Printf("nil 27 %d->%d\n", len(snil), cap(snil))
	for len(snil) < 200 {
		snil = append(snil, v)
		if cap(snil) != last {
			last = cap(snil)
			fmt.Printf("nil 27 %d->%d\n", len(snil), cap(snil))
		}
	}
	scap0 := make([]B27, 0, 0)
	last = cap(scap0)
	fmt.Printf("cap0 27 %d->%d\n", len(scap0), cap(scap0))
	for len(scap0) < 200 {
		scap0 = append(scap0, v)
		if cap(scap0) != last {
			last = cap(scap0)
			fmt.Printf("cap0 27 %d->%d\n", len(scap0), cap(scap0))
		}
	}
	scap1 := make([]B27, 0, 1)
	last = cap(scap1)
	fmt.Printf("cap1 27 %d->%d\n", len(scap1), cap(scap1))
	for len(scap1) < 200 {
		scap1 = append(scap1, v)
		if cap(scap1) != last {
			last = cap(scap1)
			fmt.Printf("cap1 27 %d->%d\n", len(scap1), cap(scap1))
		}
	}
	scap3 := make([]B27, 0, 3)
	last = cap(scap3)
	fmt.Printf("cap3 27 %d->%d\n", len(scap3), cap(scap3))
	for len(scap3) < 200 {
		scap3 = append(scap3, v)
		if cap(scap3) != last {
			last = cap(scap3)
			fmt.Printf("cap3 27 %d->%d\n", len(scap3), cap(scap3))
		}
	}
	scap5 := make([]B27, 0, 5)
	last = cap(scap5)
	fmt.Printf("cap5 27 %d->%d\n", len(scap5), cap(scap5))
	for len(scap5) < 200 {
		scap5 = append(scap5, v)
		if cap(scap5) != last {
			last = cap(scap5)
			fmt.Printf("cap5 27 %d->%d\n", len(scap5), cap(scap5))
		}
	}
	scap8 := make([]B27, 0, 8)
	last = cap(scap8)
	fmt.Printf("cap8 27 %d->%d\n", len(scap8), cap(scap8))
	for len(scap8) < 200 {
		scap8 = append(scap8, v)
		if cap(scap8) != last {
			last = cap(scap8)
			fmt.Printf("cap8 27 %d->%d\n", len(scap8), cap(scap8))
		}
	}
	scap17 := make([]B27, 0, 17)
	last = cap(scap17)
	fmt.Printf("cap17 27 %d->%d\n", len(scap17), cap(scap17))
	for len(scap17) < 200 {
		scap17 = append(scap17, v)
		if cap(scap17) != last {
			last = cap(scap17)
			fmt.Printf("cap17 27 %d->%d\n", len(scap17), cap(scap17))
		}
	}
	slen1 := make([]B27, 1)
	last = cap(slen1)
	fmt.Printf("len1 27 %d->%d\n", len(slen1), cap(slen1))
	for len(slen1) < 200 {
		slen1 = append(slen1, v)
		if cap(slen1) != last {
			last = cap(slen1)
			fmt.Printf("len1 27 %d->%d\n", len(slen1), cap(slen1))
		}
	}
	slen2 := make([]B27, 2)
	last = cap(slen2)
	fmt.Printf("len2 27 %d->%d\n", len(slen2), cap(slen2))
	for len(slen2) < 200 {
		slen2 = append(slen2, v)
		if cap(slen2) != last {
			last = cap(slen2)
			fmt.Printf("len2 27 %d->%d\n", len(slen2), cap(slen2))
		}
	}
	slen5 := make([]B27, 5)
	last = cap(slen5)
	fmt.Printf("len5 27 %d->%d\n", len(slen5), cap(slen5))
	for len(slen5) < 200 {
		slen5 = append(slen5, v)
		if cap(slen5) != last {
			last = cap(slen5)
			fmt.Printf("len5 27 %d->%d\n", len(slen5), cap(slen5))
		}
	}
	slit3 := []B27{v, v, v}
	last = cap(slit3)
	fmt.Printf("lit3 27 %d->%d\n", len(slit3), cap(slit3))
	for len(slit3) < 200 {
		slit3 = append(slit3, v)
		if cap(slit3) != last {
			last = cap(slit3)
			fmt.Printf("lit3 27 %d->%d\n", len(slit3), cap(slit3))
		}
	}
}

func probeB28() {
	var v B28
	var last int
	var snil []B28
	last = cap(snil)
	fmt.Printf("nil 28 %d->%d\n", len(snil), cap(snil))
	for len(snil) < 200 {
		snil = append(snil, v)
		if cap(snil) != last {
			last = cap(snil)
			fmt.Printf("nil 28 %d->%d\n", len(snil), cap(snil))
		}
	}
	scap0 := make([]B28, 0, 0)
	last = cap(scap0)
	fmt.Printf("cap0 28 %d->%d\n", len(scap0), cap(scap0))
	for len(scap0) < 200 {
		scap0 = append(scap0, v)
		if cap(scap0) != last {
			last = cap(scap0)
			fmt.Printf("cap0 28 %d->%d\n", len(scap0), cap(scap0))
		}
	}
	scap1 := make([]B28, 0, 1)
	last = cap(scap1)
	fmt.Printf("cap1 28 %d->%d\n", len(scap1), cap(scap1))
	for len(scap1) < 200 {
		scap1 = append(scap1, v)
		if cap(scap1) != last {
			last = cap(scap1)
			fmt.Printf("cap1 28 %d->%d\n", len(scap1), cap(scap1))
		}
	}
	scap3 := make([]B28, 0, 3)
	last = cap(scap3)
	fmt.Printf("cap3 28 %d->%d\n", len(scap3), cap(scap3))
	for len(scap3) < 200 {
		scap3 = append(scap3, v)
		if cap(scap3) != last {
			last = cap(scap3)
			fmt.Printf("cap3 28 %d->%d\n", len(scap3), cap(scap3))
		}
	}
	scap5 := make([]B28, 0, 5)
	last = cap(scap5)
	fmt.Printf("cap5 28 %d->%d\n", len(scap5), cap(scap5))
	for len(scap5) < 200 {
		scap5 = append(scap5, v)
		if cap(scap5) != last {
			last = cap(scap5)
			fmt.Printf("cap5 28 %d->%d\n", len(scap5), cap(scap5))
		}
	}
	scap8 := make([]B28, 0, 8)
	last = cap(scap8)
	fmt.Printf("cap8 28 %d->%d\n", len(scap8), cap(scap8))
	for len(scap8) < 200 {
		scap8 = append(scap8, v)
		if cap(scap8) != last {
			last = cap(scap8)
			fmt.Printf("cap8 28 %d->%d\n", len(scap8), cap(scap8))
		}
	}
	scap17 := make([]B28, 0, 17)
	last = cap(scap17)
	fmt.Printf("cap17 28 %d->%d\n", len(scap17), cap(scap17))
	for len(scap17) < 200 {
		scap17 = append(scap17, v)
		if cap(scap17) != last {
			last = cap(scap17)
			fmt.Printf("cap17 28 %d->%d\n", len(scap17), cap(scap17))
		}
	}
	slen1 := make([]B28, 1)
	last = cap(slen1)
	fmt.Printf("len1 28 %d->%d\n", len(slen1), cap(slen1))
	for len(slen1) < 200 {
		slen1 = append(slen1, v)
		if cap(slen1) != last {
			last = cap(slen1)
			fmt.Printf("len1 28 %d->%d\n", len(slen1), cap(slen1))
		}
	}
	slen2 := make([]B28, 2)
	last = cap(slen2)
	fmt.Printf("len2 28 %d->%d\n", len(slen2), cap(slen2))
	for len(slen2) < 200 {
		slen2 = append(slen2, v)
		if cap(slen2) != last {
			last = cap(slen2)
			fmt.Printf("len2 28 %d->%d\n", len(slen2), cap(slen2))
		}
	}
	slen5 := make([]B28, 5)
	last = cap(slen5)
	fmt.Printf("len5 28 %d->%d\n", len(slen5), cap(slen5))
	for len(slen5) < 200 {
		slen5 = append(slen5, v)
		if cap(slen5) != last {
			last = cap(slen5)
			fmt.Printf("len5 28 %d->%d\n", len(slen5), cap(slen5))
		}
	}
	slit3 := []B28{v, v, v}
	last = cap(slit3)
	fmt.Printf("lit3 28 %d->%d\n", len(slit3), cap(slit3))
	for len(slit3) < 200 {
		slit3 = append(slit3, v)
		if cap(slit3) != last {
			last = cap(slit3)
			fmt.Printf("lit3 28 %d->%d\n", len(slit3), cap(slit3))
		}
	}
}

func probeB29() {
	var v B29
	var last int
	var snil []B29
	last = cap(snil)
	fmt.Printf("nil 29 %d->%d\n", len(snil), cap(snil))
	for len(snil) < 200 {
		snil = append(snil, v)
		if cap(snil) != last {
			last = cap(snil)
			fmt.Printf("nil 29 %d->%d\n", len(snil), cap(snil))
		}
	}
	scap0 := make([]B29, 0, 0)
	last = cap(scap0)
	fmt.Printf("cap0 29 %d->%d\n", len(scap0), cap(scap0))
	for len(scap0) < 200 {
		scap0 = append(scap0, v)
		if cap(scap0) != last {
			last = cap(scap0)
			fmt.Printf("cap0 29 %d->%d\n", len(scap0), cap(scap0))
		}
	}
	scap1 := make([]B29, 0, 1)
	last = cap(scap1)
	fmt.Printf("cap1 29 %d->%d\n", len(scap1), cap(scap1))
	for len(scap1) < 200 {
		scap1 = append(scap1, v)
		if cap(scap1) != last {
			last = cap(scap1)
			fmt.Printf("cap1 29 %d->%d\n", len(scap1), cap(scap1))
		}
	}
	scap3 := make([]B29, 0, 3)
	last = cap(scap3)
	fmt.Printf("cap3 29 %d->%d\n", len(scap3), cap(scap3))
	for len(scap3) < 200 {
		scap3 = append(scap3, v)
		if cap(scap3) != last {
			last = cap(scap3)
			fmt.Printf("cap3 29 %d->%d\n", len(scap3), cap(scap3))
		}
	}
	scap5 := make([]B29, 0, 5)
	last = cap(scap5)
	fmt.Printf("cap5 29 %d->%d\n", len(scap5), cap(scap5))
	for len(scap5) < 200 {
		scap5 = append(scap5, v)
		if cap(scap5) != last {
			last = cap(scap5)
			fmt.Printf("cap5 29 %d->%d\n", len(scap5), cap(scap5))
		}
	}
	scap8 := make([]B29, 0, 8)
	last = cap(scap8)
	fmt.Printf("cap8 29 %d->%d\n", len(scap8), cap(scap8))
	for len(scap8) < 200 {
		scap8 = append(scap8, v)
		if cap(scap8) != last {
			last = cap(scap8)
			fmt.Printf("cap8 29 %d->%d\n", len(scap8), cap(scap8))
		}
	}
	scap17 := make([]B29, 0, 17)
	last = cap(scap17)
	fmt.Printf("cap17 29 %d->%d\n", len(scap17), cap(scap17))
	for len(scap17) < 200 {
		scap17 = append(scap17, v)
		if cap(scap17) != last {
			last = cap(scap17)
			fmt.Printf("cap17 29 %d->%d\n", len(scap17), cap(scap17))
		}
	}
	slen1 := make([]B29, 1)
	last = cap(slen1)
	fmt.Printf("len1 29 %d->%d\n", len(slen1), cap(slen1))
	for len(slen1) < 200 {
		slen1 = append(slen1, v)
		if cap(slen1) != last {
			last = cap(slen1)
			fmt.Printf("len1 29 %d->%d\n", len(slen1), cap(slen1))
		}
	}
	slen2 := make([]B29, 2)
	last = cap(slen2)
	fmt.Printf("len2 29 %d->%d\n", len(slen2), cap(slen2))
	for len(slen2) < 200 {
		slen2 = append(slen2, v)
		if cap(slen2) != last {
			last = cap(slen2)
			fmt.Printf("len2 29 %d->%d\n", len(slen2), cap(slen2))
		}
	}
	slen5 := make([]B29, 5)
	last = cap(slen5)
	fmt.Printf("len5 29 %d->%d\n", len(slen5), cap(slen5))
	for len(slen5) < 200 {
		slen5 = append(slen5, v)
		if cap(slen5) != last {
			last = cap(slen5)
			fmt.Printf("len5 29 %d->%d\n", len(slen5), cap(slen5))
		}
	}
	slit3 := []B29{v, v, v}
	last = cap(slit3)
	fmt.Printf("lit3 29 %d->%d\n", len(slit3), cap(slit3))
	for len(slit3) < 200 {
		slit3 = append(slit3, v)
		if cap(slit3) != last {
			last = cap(slit3)
			fmt.Printf("lit3 29 %d->%d\n", len(slit3), cap(slit3))
		}
	}
}

func probeB30() {
	var v B30
	var last int
	var snil []B30
	last = cap(snil)
	fmt.Printf("nil 30 %d->%d\n", len(snil), cap(snil))
	for len(snil) < 200 {
		snil = append(snil, v)
		if cap(snil) != last {
			last = cap(snil)
			fmt.Printf("nil 30 %d->%d\n", len(snil), cap(snil))
		}
	}
	scap0 := make([]B30, 0, 0)
	last = cap(scap0)
	fmt.Printf("cap0 30 %d->%d\n", len(scap0), cap(scap0))
	for len(scap0) < 200 {
		scap0 = append(scap0, v)
		if cap(scap0) != last {
			last = cap(scap0)
			fmt.Printf("cap0 30 %d->%d\n", len(scap0), cap(scap0))
		}
	}
	scap1 := make([]B30, 0, 1)
	last = cap(scap1)
	fmt.Printf("cap1 30 %d->%d\n", len(scap1), cap(scap1))
	for len(scap1) < 200 {
		scap1 = append(scap1, v)
		if cap(scap1) != last {
			last = cap(scap1)
			fmt.Printf("cap1 30 %d->%d\n", len(scap1), cap(scap1))
		}
	}
	scap3 := make([]B30, 0, 3)
	last = cap(scap3)
	fmt.Printf("cap3 30 %d->%d\n", len(scap3), cap(scap3))
	for len(scap3) < 200 {
		scap3 = append(scap3, v)
		if cap(scap3) != last {
			last = cap(scap3)
			fmt.Printf("cap3 30 %d->%d\n", len(scap3), cap(scap3))
		}
	}
	scap5 := make([]B30, 0, 5)
	last = cap(scap5)
	fmt.Printf("cap5 30 %d->%d\n", len(scap5), cap(scap5))
	for len(scap5) < 200 {
		scap5 = append(scap5, v)
		if cap(scap5) != last {
			last = cap(scap5)
			fmt.Printf("cap5 30 %d->%d\n", len(scap5), cap(scap5))
		}
	}
	scap8 := make([]B30, 0, 8)
	last = cap(scap8)
	fmt.Printf("cap8 30 %d->%d\n", len(scap8), cap(scap8))
	for len(scap8) < 200 {
		scap8 = append(scap8, v)
		if cap(scap8) != last {
			last = cap(scap8)
			fmt.Printf("cap8 30 %d->%d\n", len(scap8), cap(scap8))
		}
	}
	scap17 := make([]B30, 0, 17)
	last = cap(scap17)
	fmt.Printf("cap17 30 %d->%d\n", len(scap17), cap(scap17))
	for len(scap17) < 200 {
		scap17 = append(scap17, v)
		if cap(scap17) != last {
			last = cap(scap17)
			fmt.Printf("cap17 30 %d->%d\n", len(scap17), cap(scap17))
		}
	}
	slen1 := make([]B30, 1)
	last = cap(slen1)
	fmt.Printf("len1 30 %d->%d\n", len(slen1), cap(slen1))
	for len(slen1) < 200 {
		slen1 = append(slen1, v)
		if cap(slen1) != last {
			last = cap(slen1)
			fmt.Printf("len1 30 %d->%d\n", len(slen1), cap(slen1))
		}
	}
	slen2 := make([]B30, 2)
	last = cap(slen2)
	fmt.Printf("len2 30 %d->%d\n", len(slen2), cap(slen2))
	for len(slen2) < 200 {
		slen2 = append(slen2, v)
		if cap(slen2) != last {
			last = cap(slen2)
			fmt.Printf("len2 30 %d->%d\n", len(slen2), cap(slen2))
		}
	}
	slen5 := make([]B30, 5)
	last = cap(slen5)
	fmt.Printf("len5 30 %d->%d\n", len(slen5), cap(slen5))
	for len(slen5) < 200 {
		slen5 = append(slen5, v)
		if cap(slen5) != last {
			last = cap(slen5)
			fmt.Printf("len5 30 %d->%d\n", len(slen5), cap(slen5))
		}
	}
	slit3 := []B30{v, v, v}
	last = cap(slit3)
	fmt.Printf("lit3 30 %d->%d\n", len(slit3), cap(slit3))
	for len(slit3) < 200 {
		slit3 = append(slit3, v)
		if cap(slit3) != last {
			last = cap(slit3)
			fmt.Printf("lit3 30 %d->%d\n", len(slit3), cap(slit3))
		}
	}
}

func probeB31() {
	var v B31
	var last int
	var snil []B31
	last = cap(snil)
	fmt.Printf("nil 31 %d->%d\n", len(snil), cap(snil))
	for len(snil) < 200 {
		snil = append(snil, v)
		if cap(snil) != last {
			last = cap(snil)
			fmt.Printf("nil 31 %d->%d\n", len(snil), cap(snil))
		}
	}
	scap0 := make([]B31, 0, 0)
	last = cap(scap0)
	fmt.Printf("cap0 31 %d->%d\n", len(scap0), cap(scap0))
	for len(scap0) < 200 {
		scap0 = append(scap0, v)
		if cap(scap0) != last {
			last = cap(scap0)
			fmt.Printf("cap0 31 %d->%d\n", len(scap0), cap(scap0))
		}
	}
	scap1 := make([]B31, 0, 1)
	last = cap(scap1)
	fmt.Printf("cap1 31 %d->%d\n", len(scap1), cap(scap1))
	for len(scap1) < 200 {
		scap1 = append(scap1, v)
		if cap(scap1) != last {
			last = cap(scap1)
			fmt.Printf("cap1 31 %d->%d\n", len(scap1), cap(scap1))
		}
	}
	scap3 := make([]B31, 0, 3)
	last = cap(scap3)
	fmt.Printf("cap3 31 %d->%d\n", len(scap3), cap(scap3))
	for len(scap3) < 200 {
		scap3 = append(scap3, v)
		if cap(scap3) != last {
			last = cap(scap3)
			fmt.Printf("cap3 31 %d->%d\n", len(scap3), cap(scap3))
		}
	}
	scap5 := make([]B31, 0, 5)
	last = cap(scap5)
	fmt.Printf("cap5 31 %d->%d\n", len(scap5), cap(scap5))
	for len(scap5) < 200 {
		scap5 = append(scap5, v)
		if cap(scap5) != last {
			last = cap(scap5)
			fmt.Printf("cap5 31 %d->%d\n", len(scap5), cap(scap5))
		}
	}
	scap8 := make([]B31, 0, 8)
	last = cap(scap8)
	fmt.Printf("cap8 31 %d->%d\n", len(scap8), cap(scap8))
	for len(scap8) < 200 {
		scap8 = append(scap8, v)
		if cap(scap8) != last {
			last = cap(scap8)
			fmt.Printf("cap8 31 %d->%d\n", len(scap8), cap(scap8))
		}
	}
	scap17 := make([]B31, 0, 17)
	last = cap(scap17)
	fmt.Printf("cap17 31 %d->%d\n", len(scap17), cap(scap17))
	for len(scap17) < 200 {
		scap17 = append(scap17, v)
		if cap(scap17) != last {
			last = cap(scap17)
			fmt.Printf("cap17 31 %d->%d\n", len(scap17), cap(scap17))
		}
	}
	slen1 := make([]B31, 1)
	last = cap(slen1)
	fmt.Printf("len1 31 %d->%d\n", len(slen1), cap(slen1))
	for len(slen1) < 200 {
		slen1 = append(slen1, v)
		if cap(slen1) != last {
			last = cap(slen1)
			fmt.Printf("len1 31 %d->%d\n", len(slen1), cap(slen1))
		}
	}
	slen2 := make([]B31, 2)
	last = cap(slen2)
	fmt.Printf("len2 31 %d->%d\n", len(slen2), cap(slen2))
	for len(slen2) < 200 {
		slen2 = append(slen2, v)
		if cap(slen2) != last {
			last = cap(slen2)
			fmt.Printf("len2 31 %d->%d\n", len(slen2), cap(slen2))
		}
	}
	slen5 := make([]B31, 5)
	last = cap(slen5)
	fmt.Printf("len5 31 %d->%d\n", len(slen5), cap(slen5))
	for len(slen5) < 200 {
		slen5 = append(slen5, v)
		if cap(slen5) != last {
			last = cap(slen5)
			fmt.Printf("len5 31 %d->%d\n", len(slen5), cap(slen5))
		}
	}
	slit3 := []B31{v, v, v}
	last = cap(slit3)
	fmt.Printf("lit3 31 %d->%d\n", len(slit3), cap(slit3))
	for len(slit3) < 200 {
		slit3 = append(slit3, v)
		if cap(slit3) != last {
			last = cap(slit3)
			fmt.Printf("lit3 31 %d->%d\n", len(slit3), cap(slit3))
		}
	}
}

func probeB32() {
	var v B32
	var last int
	var snil []B32
	last = cap(snil)
	fmt.Printf("nil 32 %d->%d\n", len(snil), cap(snil))
	for len(snil) < 200 {
		snil = append(snil, v)
		if cap(snil) != last {
			last = cap(snil)
			fmt.Printf("nil 32 %d->%d\n", len(snil), cap(snil))
		}
	}
	scap0 := make([]B32, 0, 0)
	last = cap(scap0)
	fmt.Printf("cap0 32 %d->%d\n", len(scap0), cap(scap0))
	for len(scap0) < 200 {
		scap0 = append(scap0, v)
		if cap(scap0) != last {
			last = cap(scap0)
			fmt.Printf("cap0 32 %d->%d\n", len(scap0), cap(scap0))
		}
	}
	scap1 := make([]B32, 0, 1)
	last = cap(scap1)
	fmt.Printf("cap1 32 %d->%d\n", len(scap1), cap(scap1))
	for len(scap1) < 200 {
		scap1 = append(scap1, v)
		if cap(scap1) != last {
			last = cap(scap1)
			fmt.Printf("cap1 32 %d->%d\n", len(scap1), cap(scap1))
		}
	}
	scap3 := make([]B32, 0, 3)
	last = cap(scap3)
	fmt.Printf("cap3 32 %d->%d\n", len(scap3), cap(scap3))
	for len(scap3) < 200 {
		scap3 = append(scap3, v)
		if cap(scap3) != last {
			last = cap(scap3)
			fmt.Printf("cap3 32 %d->%d\n", len(scap3), cap(scap3))
		}
	}
	scap5 := make([]B32, 0, 5)
	last = cap(scap5)
	fmt.Printf("cap5 32 %d->%d\n", len(scap5), cap(scap5))
	for len(scap5) < 200 {
		scap5 = append(scap5, v)
		if cap(scap5) != last {
			last = cap(scap5)
			fmt.Printf("cap5 32 %d->%d\n", len(scap5), cap(scap5))
		}
	}
	scap8 := make([]B32, 0, 8)
	last = cap(scap8)
	fmt.Printf("cap8 32 %d->%d\n", len(scap8), cap(scap8))
	for len(scap8) < 200 {
		scap8 = append(scap8, v)
		if cap(scap8) != last {
			last = cap(scap8)
			fmt.Printf("cap8 32 %d->%d\n", len(scap8), cap(scap8))
		}
	}
	scap17 := make([]B32, 0, 17)
	last = cap(scap17)
	fmt.Printf("cap17 32 %d->%d\n", len(scap17), cap(scap17))
	for len(scap17) < 200 {
		scap17 = append(scap17, v)
		if cap(scap17) != last {
			last = cap(scap17)
			fmt.Printf("cap17 32 %d->%d\n", len(scap17), cap(scap17))
		}
	}
	slen1 := make([]B32, 1)
	last = cap(slen1)
	fmt.Printf("len1 32 %d->%d\n", len(slen1), cap(slen1))
	for len(slen1) < 200 {
		slen1 = append(slen1, v)
		if cap(slen1) != last {
			last = cap(slen1)
			fmt.Printf("len1 32 %d->%d\n", len(slen1), cap(slen1))
		}
	}
	slen2 := make([]B32, 2)
	last = cap(slen2)
	fmt.Printf("len2 32 %d->%d\n", len(slen2), cap(slen2))
	for len(slen2) < 200 {
		slen2 = append(slen2, v)
		if cap(slen2) != last {
			last = cap(slen2)
			fmt.Printf("len2 32 %d->%d\n", len(slen2), cap(slen2))
		}
	}
	slen5 := make([]B32, 5)
	last = cap(slen5)
	fmt.Printf("len5 32 %d->%d\n", len(slen5), cap(slen5))
	for len(slen5) < 200 {
		slen5 = append(slen5, v)
		if cap(slen5) != last {
			last = cap(slen5)
			fmt.Printf("len5 32 %d->%d\n", len(slen5), cap(slen5))
		}
	}
	slit3 := []B32{v, v, v}
	last = cap(slit3)
	fmt.Printf("lit3 32 %d->%d\n", len(slit3), cap(slit3))
	for len(slit3) < 200 {
		slit3 = append(slit3, v)
		if cap(slit3) != last {
			last = cap(slit3)
			fmt.Printf("lit3 32 %d->%d\n", len(slit3), cap(slit3))
		}
	}
}

func probeB33() {
	var v B33
	var last int
	var snil []B33
	last = cap(snil)
	fmt.Printf("nil 33 %d->%d\n", len(snil), cap(snil))
	for len(snil) < 200 {
		snil = append(snil, v)
		if cap(snil) != last {
			last = cap(snil)
			fmt.Printf("nil 33 %d->%d\n", len(snil), cap(snil))
		}
	}
	scap0 := make([]B33, 0, 0)
	last = cap(scap0)
	fmt.Printf("cap0 33 %d->%d\n", len(scap0), cap(scap0))
	for len(scap0) < 200 {
		scap0 = append(scap0, v)
		if cap(scap0) != last {
			last = cap(scap0)
			fmt.Printf("cap0 33 %d->%d\n", len(scap0), cap(scap0))
		}
	}
	scap1 := make([]B33, 0, 1)
	last = cap(scap1)
	fmt.Printf("cap1 33 %d->%d\n", len(scap1), cap(scap1))
	for len(scap1) < 200 {
		scap1 = append(scap1, v)
		if cap(scap1) != last {
			last = cap(scap1)
			fmt.Printf("cap1 33 %d->%d\n", len(scap1), cap(scap1))
		}
	}
	scap3 := make([]B33, 0, 3)
	last = cap(scap3)
	fmt.Printf("cap3 33 %d->%d\n", len(scap3), cap(scap3))
	for len(scap3) < 200 {
		scap3 = append(scap3, v)
		if cap(scap3) != last {
			last = cap(scap3)
			fmt.Printf("cap3 33 %d->%d\n", len(scap3), cap(scap3))
		}
	}
	scap5 := make([]B33, 0, 5)
	last = cap(scap5)
	fmt.Printf("cap5 33 %d->%d\n", len(scap5), cap(scap5))
	for len(scap5) < 200 {
		scap5 = append(scap5, v)
		if cap(scap5) != last {
			last = cap(scap5)
			fmt.Printf("cap5 33 %d->%d\n", len(scap5), cap(scap5))
		}
	}
	scap8 := make([]B33, 0, 8)
	last = cap(scap8)
	fmt.Printf("cap8 33 %d->%d\n", len(scap8), cap(scap8))
	for len(scap8) < 200 {
		scap8 = append(scap8, v)
		if cap(scap8) != last {
			last = cap(scap8)
			fmt.Printf("cap8 33 %d->%d\n", len(scap8), cap(scap8))
		}
	}
	scap17 := make([]B33, 0, 17)
	last = cap(scap17)
	fmt.Printf("cap17 33 %d->%d\n", len(scap17), cap(scap17))
	for len(scap17) < 200 {
		scap17 = append(scap17, v)
		if cap(scap17) != last {
			last = cap(scap17)
			fmt.Printf("cap17 33 %d->%d\n", len(scap17), cap(scap17))
		}
	}
	slen1 := make([]B33, 1)
	last = cap(slen1)
	fmt.Printf("len1 33 %d->%d\n", len(slen1), cap(slen1))
	for len(slen1) < 200 {
		slen1 = append(slen1, v)
		if cap(slen1) != last {
			last = cap(slen1)
			fmt.Printf("len1 33 %d->%d\n", len(slen1), cap(slen1))
		}
	}
	slen2 := make([]B33, 2)
	last = cap(slen2)
	fmt.Printf("len2 33 %d->%d\n", len(slen2), cap(slen2))
	for len(slen2) < 200 {
		slen2 = append(slen2, v)
		if cap(slen2) != last {
			last = cap(slen2)
			fmt.Printf("len2 33 %d->%d\n", len(slen2), cap(slen2))
		}
	}
	slen5 := make([]B33, 5)
	last = cap(slen5)
	fmt.Printf("len5 33 %d->%d\n", len(slen5), cap(slen5))
	for len(slen5) < 200 {
		slen5 = append(slen5, v)
		if cap(slen5) != last {
			last = cap(slen5)
			fmt.Printf("len5 33 %d->%d\n", len(slen5), cap(slen5))
		}
	}
	slit3 := []B33{v, v, v}
	last = cap(slit3)
	fmt.Printf("lit3 33 %d->%d\n", len(slit3), cap(slit3))
	for len(slit3) < 200 {
		slit3 = append(slit3, v)
		if cap(slit3) != last {
			last = cap(slit3)
			fmt.Printf("lit3 33 %d->%d\n", len(slit3), cap(slit3))
		}
	}
}

func probeB34() {
	var v B34
	var last int
	var snil []B34
	last = cap(snil)
	fmt.Printf("nil 34 %d->%d\n", len(snil), cap(snil))
	for len(snil) < 200 {
		snil = append(snil, v)
		if cap(snil) != last {
			last = cap(snil)
			fmt.Printf("nil 34 %d->%d\n", len(snil), cap(snil))
		}
	}
	scap0 := make([]B34, 0, 0)
	last = cap(scap0)
	fmt.Printf("cap0 34 %d->%d\n", len(scap0), cap(scap0))
	for len(scap0) < 200 {
		scap0 = append(scap0, v)
		if cap(scap0) != last {
			last = cap(scap0)
			fmt.Printf("cap0 34 %d->%d\n", len(scap0), cap(scap0))
		}
	}
	scap1 := make([]B34, 0, 1)
	last = cap(scap1)
	fmt.Printf("cap1 34 %d->%d\n", len(scap1), cap(scap1))
	for len(scap1) < 200 {
		scap1 = append(scap1, v)
		if cap(scap1) != last {
			last = cap(scap1)
			fmt.Printf("cap1 34 %d->%d\n", len(scap1), cap(scap1))
		}
	}
	scap3 := make([]B34, 0, 3)
	last = cap(scap3)
	fmt.Printf("cap3 34 %d->%d\n", len(scap3), cap(scap3))
	for len(scap3) < 200 {
		scap3 = append(scap3, v)
		if cap(scap3) != last {
			last = cap(scap3)
			fmt.Printf("cap3 34 %d->%d\n", len(scap3), cap(scap3))
		}
	}
	scap5 := make([]B34, 0, 5)
	last = cap(scap5)
	fmt.Printf("cap5 34 %d->%d\n", len(scap5), cap(scap5))
	for len(scap5) < 200 {
		scap5 = append(scap5, v)
		if cap(scap5) != last {
			last = cap(scap5)
			fmt.Printf("cap5 34 %d->%d\n", len(scap5), cap(scap5))
		}
	}
	scap8 := make([]B34, 0, 8)
	last = cap(scap8)
	fmt.Printf("cap8 34 %d->%d\n", len(scap8), cap(scap8))
	for len(scap8) < 200 {
		scap8 = append(scap8, v)
		if cap(scap8) != last {
			last = cap(scap8)
			fmt.Printf("cap8 34 %d->%d\n", len(scap8), cap(scap8))
		}
	}
	scap17 := make([]B34, 0, 17)
	last = cap(scap17)
	fmt.Printf("cap17 34 %d->%d\n", len(scap17), cap(scap17))
	for len(scap17) < 200 {
		scap17 = append(scap17, v)
		if cap(scap17) != last {
			last = cap(scap17)
			fmt.Printf("cap17 34 %d->%d\n", len(scap17), cap(scap17))
		}
	}
	slen1 := make([]B34, 1)
	last = cap(slen1)
	fmt.Printf("len1 34 %d->%d\n", len(slen1), cap(slen1))
	for len(slen1) < 200 {
		slen1 = append(slen1, v)
		if cap(slen1) != last {
			last = cap(slen1)
			fmt.Printf("len1 34 %d->%d\n", len(slen1), cap(slen1))
		}
	}
	slen2 := make([]B34, 2)
	last = cap(slen2)
	fmt.Printf("len2 34 %d->%d\n", len(slen2), cap(slen2))
	for len(slen2) < 200 {
		slen2 = append(slen2, v)
		if cap(slen2) != last {
			last = cap(slen2)
			fmt.Printf("len2 34 %d->%d\n", len(slen2), cap(slen2))
		}
	}
	slen5 := make([]B34, 5)
	last = cap(slen5)
	fmt.Printf("len5 34 %d->%d\n", len(slen5), cap(slen5))
	for len(slen5) < 200 {
		slen5 = append(slen5, v)
		if cap(slen5) != last {
			last = cap(slen5)
			fmt.Printf("len5 34 %d->%d\n", len(slen5), cap(slen5))
		}
	}
	slit3 := []B34{v, v, v}
	last = cap(slit3)
	fmt.Printf("lit3 34 %d->%d\n", len(slit3), cap(slit3))
	for len(slit3) < 200 {
		slit3 = append(slit3, v)
		if cap(slit3) != last {
			last = cap(slit3)
			fmt.Printf("lit3 34 %d->%d\n", len(slit3), cap(slit3))
		}
	}
}

func probeB35() {
	var v B35
	var last int
	var snil []B35
	last = cap(snil)
	fmt.Printf("nil 35 %d->%d\n", len(snil), cap(snil))
	for len(snil) < 200 {
		snil = append(snil, v)
		if cap(snil) != last {
			last = cap(snil)
			fmt.Printf("nil 35 %d->%d\n", len(snil), cap(snil))
		}
	}
	scap0 := make([]B35, 0, 0)
	last = cap(scap0)
	fmt.Printf("cap0 35 %d->%d\n", len(scap0), cap(scap0))
	for len(scap0) < 200 {
		scap0 = append(scap0, v)
		if cap(scap0) != last {
			last = cap(scap0)
			fmt.Printf("cap0 35 %d->%d\n", len(scap0), cap(scap0))
		}
	}
	scap1 := make([]B35, 0, 1)
	last = cap(scap1)
	fmt.Printf("cap1 35 %d->%d\n", len(scap1), cap(scap1))
	for len(scap1) < 200 {
		scap1 = append(scap1, v)
		if cap(scap1) != last {
			last = cap(scap1)
			fmt.Printf("cap1 35 %d->%d\n", len(scap1), cap(scap1))
		}
	}
	scap3 := make([]B35, 0, 3)
	last = cap(scap3)
	fmt.Printf("cap3 35 %d->%d\n", len(scap3), cap(scap3))
	for len(scap3) < 200 {
		scap3 = append(scap3, v)
		if cap(scap3) != last {
			last = cap(scap3)
			fmt.Printf("cap3 35 %d->%d\n", len(scap3), cap(scap3))
		}
	}
	scap5 := make([]B35, 0, 5)
	last = cap(scap5)
	fmt.Printf("cap5 35 %d->%d\n", len(scap5), cap(scap5))
	for len(scap5) < 200 {
		scap5 = append(scap5, v)
		if cap(scap5) != last {
			last = cap(scap5)
			fmt.Printf("cap5 35 %d->%d\n", len(scap5), cap(scap5))
		}
	}
	scap8 := make([]B35, 0, 8)
	last = cap(scap8)
	fmt.Printf("cap8 35 %d->%d\n", len(scap8), cap(scap8))
	for len(scap8) < 200 {
		scap8 = append(scap8, v)
		if cap(scap8) != last {
			last = cap(scap8)
			fmt.Printf("cap8 35 %d->%d\n", len(scap8), cap(scap8))
		}
	}
	scap17 := make([]B35, 0, 17)
	last = cap(scap17)
	fmt.Printf("cap17 35 %d->%d\n", len(scap17), cap(scap17))
	for len(scap17) < 200 {
		scap17 = append(scap17, v)
		if cap(scap17) != last {
			last = cap(scap17)
			fmt.Printf("cap17 35 %d->%d\n", len(scap17), cap(scap17))
		}
	}
	slen1 := make([]B35, 1)
	last = cap(slen1)
	fmt.Printf("len1 35 %d->%d\n", len(slen1), cap(slen1))
	for len(slen1) < 200 {
		slen1 = append(slen1, v)
		if cap(slen1) != last {
			last = cap(slen1)
			fmt.Printf("len1 35 %d->%d\n", len(slen1), cap(slen1))
		}
	}
	slen2 := make([]B35, 2)
	last = cap(slen2)
	fmt.Printf("len2 35 %d->%d\n", len(slen2), cap(slen2))
	for len(slen2) < 200 {
		slen2 = append(slen2, v)
		if cap(slen2) != last {
			last = cap(slen2)
			fmt.Printf("len2 35 %d->%d\n", len(slen2), cap(slen2))
		}
	}
	slen5 := make([]B35, 5)
	last = cap(slen5)
	fmt.Printf("len5 35 %d->%d\n", len(slen5), cap(slen5))
	for len(slen5) < 200 {
		slen5 = append(slen5, v)
		if cap(slen5) != last {
			last = cap(slen5)
			fmt.Printf("len5 35 %d->%d\n", len(slen5), cap(slen5))
		}
	}
	slit3 := []B35{v, v, v}
	last = cap(slit3)
	fmt.Printf("lit3 35 %d->%d\n", len(slit3), cap(slit3))
	for len(slit3) < 200 {
		slit3 = append(slit3, v)
		if cap(slit3) != last {
			last = cap(slit3)
			fmt.Printf("lit3 35 %d->%d\n", len(slit3), cap(slit3))
		}
	}
}

func probeB36() {
	var v B36
	var last int
	var snil []B36
	last = cap(snil)
	fmt.Printf("nil 36 %d->%d\n", len(snil), cap(snil))
	for len(snil) < 200 {
		snil = append(snil, v)
		if cap(snil) != last {
			last = cap(snil)
			fmt.Printf("nil 36 %d->%d\n", len(snil), cap(snil))
		}
	}
	scap0 := make([]B36, 0, 0)
	last = cap(scap0)
	fmt.Printf("cap0 36 %d->%d\n", len(scap0), cap(scap0))
	for len(scap0) < 200 {
		scap0 = append(scap0, v)
		if cap(scap0) != last {
			last = cap(scap0)
			fmt.Printf("cap0 36 %d->%d\n", len(scap0), cap(scap0))
		}
	}
	scap1 := make([]B36, 0, 1)
	last = cap(scap1)
	fmt.Printf("cap1 36 %d->%d\n", len(scap1), cap(scap1))
	for len(scap1) < 200 {
		scap1 = append(scap1, v)
		if cap(scap1) != last {
			last = cap(scap1)
			fmt.Printf("cap1 36 %d->%d\n", len(scap1), cap(scap1))
		}
	}
	scap3 := make([]B36, 0, 3)
	last = cap(scap3)
	fmt.Printf("cap3 36 %d->%d\n", len(scap3), cap(scap3))
	for len(scap3) < 200 {
		scap3 = append(scap3, v)
		if cap(scap3) != last {
			last = cap(scap3)
			fmt.Printf("cap3 36 %d->%d\n", len(scap3), cap(scap3))
		}
	}
	scap5 := make([]B36, 0, 5)
	last = cap(scap5)
	fmt.Printf("cap5 36 %d->%d\n", len(scap5), cap(scap5))
	for len(scap5) < 200 {
		scap5 = append(scap5, v)
		if cap(scap5) != last {
			last = cap(scap5)
			fmt.Printf("cap5 36 %d->%d\n", len(scap5), cap(scap5))
		}
	}
	scap8 := make([]B36, 0, 8)
	last = cap(scap8)
	fmt.Printf("cap8 36 %d->%d\n", len(scap8), cap(scap8))
	for len(scap8) < 200 {
		scap8 = append(scap8, v)
		if cap(scap8) != last {
			last = cap(scap8)
			fmt.Printf("cap8 36 %d->%d\n", len(scap8), cap(scap8))
		}
	}
	scap17 := make([]B36, 0, 17)
	last = cap(scap17)
	fmt.Printf("cap17 36 %d->%d\n", len(scap17), cap(scap17))
	for len(scap17) < 200 {
		scap17 = append(scap17, v)
		if cap(scap17) != last {
			last = cap(scap17)
			fmt.Printf("cap17 36 %d->%d\n", len(scap17), cap(scap17))
		}
	}
	slen1 := make([]B36, 1)
	last = cap(slen1)
	fmt.Printf("len1 36 %d->%d\n", len(slen1), cap(slen1))
	for len(slen1) < 200 {
		slen1 = append(slen1, v)
		if cap(slen1) != last {
			last = cap(slen1)
			fmt.Printf("len1 36 %d->%d\n", len(slen1), cap(slen1))
		}
	}
	slen2 := make([]B36, 2)
	last = cap(slen2)
	fmt.Printf("len2 36 %d->%d\n", len(slen2), cap(slen2))
	for len(slen2) < 200 {
		slen2 = append(slen2, v)
		if cap(slen2) != last {
			last = cap(slen2)
			fmt.Printf("len2 36 %d->%d\n", len(slen2), cap(slen2))
		}
	}
	slen5 := make([]B36, 5)
	last = cap(slen5)
	fmt.Printf("len5 36 %d->%d\n", len(slen5), cap(slen5))
	for len(slen5) < 200 {
		slen5 = append(slen5, v)
		if cap(slen5) != last {
			last = cap(slen5)
			fmt.Printf("len5 36 %d->%d\n", len(slen5), cap(slen5))
		}
	}
	slit3 := []B36{v, v, v}
	last = cap(slit3)
	fmt.Printf("lit3 36 %d->%d\n", len(slit3), cap(slit3))
	for len(slit3) < 200 {
		slit3 = append(slit3, v)
		if cap(slit3) != last {
			last = cap(slit3)
			fmt.Printf("lit3 36 %d->%d\n", len(slit3), cap(slit3))
		}
	}
}

func probeB37() {
	var v B37
	var last int
	var snil []B37
	last = cap(snil)
	fmt.Printf("nil 37 %d->%d\n", len(snil), cap(snil))
	for len(snil) < 200 {
		snil = append(snil, v)
		if cap(snil) != last {
			last = cap(snil)
			fmt.Printf("nil 37 %d->%d\n", len(snil), cap(snil))
		}
	}
	scap0 := make([]B37, 0, 0)
	last = cap(scap0)
	fmt.Printf("cap0 37 %d->%d\n", len(scap0), cap(scap0))
	for len(scap0) < 200 {
		scap0 = append(scap0, v)
		if cap(scap0) != last {
			last = cap(scap0)
			fmt.Printf("cap0 37 %d->%d\n", len(scap0), cap(scap0))
		}
	}
	scap1 := make([]B37, 0, 1)
	last = cap(scap1)
	fmt.Printf("cap1 37 %d->%d\n", len(scap1), cap(scap1))
	for len(scap1) < 200 {
		scap1 = append(scap1, v)
		if cap(scap1) != last {
			last = cap(scap1)
			fmt.Printf("cap1 37 %d->%d\n", len(scap1), cap(scap1))
		}
	}
	scap3 := make([]B37, 0, 3)
	last = cap(scap3)
	fmt.Printf("cap3 37 %d->%d\n", len(scap3), cap(scap3))
	for len(scap3) < 200 {
		scap3 = append(scap3, v)
		if cap(scap3) != last {
			last = cap(scap3)
			fmt.Printf("cap3 37 %d->%d\n", len(scap3), cap(scap3))
		}
	}
	scap5 := make([]B37, 0, 5)
	last = cap(scap5)
	fmt.Printf("cap5 37 %d->%d\n", len(scap5), cap(scap5))
	for len(scap5) < 200 {
		scap5 = append(scap5, v)
		if cap(scap5) != last {
			last = cap(scap5)
			fmt.Printf("cap5 37 %d->%d\n", len(scap5), cap(scap5))
		}
	}
	scap8 := make([]B37, 0, 8)
	last = cap(scap8)
	fmt.Printf("cap8 37 %d->%d\n", len(scap8), cap(scap8))
	for len(scap8) < 200 {
		scap8 = append(scap8, v)
		if cap(scap8) != last {
			last = cap(scap8)
			fmt.Printf("cap8 37 %d->%d\n", len(scap8), cap(scap8))
		}
	}
	scap17 := make([]B37, 0, 17)
	last = cap(scap17)
	fmt.Printf("cap17 37 %d->%d\n", len(scap17), cap(scap17))
	for len(scap17) < 200 {
		scap17 = append(scap17, v)
		if cap(scap17) != last {
			last = cap(scap17)
			fmt.Printf("cap17 37 %d->%d\n", len(scap17), cap(scap17))
		}
	}
	slen1 := make([]B37, 1)
	last = cap(slen1)
	fmt.Printf("len1 37 %d->%d\n", len(slen1), cap(slen1))
	for len(slen1) < 200 {
		slen1 = append(slen1, v)
		if cap(slen1) != last {
			last = cap(slen1)
			fmt.Printf("len1 37 %d->%d\n", len(slen1), cap(slen1))
		}
	}
	slen2 := make([]B37, 2)
	last = cap(slen2)
	fmt.Printf("len2 37 %d->%d\n", len(slen2), cap(slen2))
	for len(slen2) < 200 {
		slen2 = append(slen2, v)
		if cap(slen2) != last {
			last = cap(slen2)
			fmt.Printf("len2 37 %d->%d\n", len(slen2), cap(slen2))
		}
	}
	slen5 := make([]B37, 5)
	last = cap(slen5)
	fmt.Printf("len5 37 %d->%d\n", len(slen5), cap(slen5))
	for len(slen5) < 200 {
		slen5 = append(slen5, v)
		if cap(slen5) != last {
			last = cap(slen5)
			fmt.Printf("len5 37 %d->%d\n", len(slen5), cap(slen5))
		}
	}
	slit3 := []B37{v, v, v}
	last = cap(slit3)
	fmt.Printf("lit3 37 %d->%d\n", len(slit3), cap(slit3))
	for len(slit3) < 200 {
		slit3 = append(slit3, v)
		if cap(slit3) != last {
			last = cap(slit3)
			fmt.Printf("lit3 37 %d->%d\n", len(slit3), cap(slit3))
		}
	}
}

func probeB38() {
	var v B38
	var last int
	var snil []B38
	last = cap(snil)
	fmt.Printf("nil 38 %d->%d\n", len(snil), cap(snil))
	for len(snil) < 200 {
		snil = append(snil, v)
		if cap(snil) != last {
			last = cap(snil)
			fmt.Printf("nil 38 %d->%d\n", len(snil), cap(snil))
		}
	}
	scap0 := make([]B38, 0, 0)
	last = cap(scap0)
	fmt.Printf("cap0 38 %d->%d\n", len(scap0), cap(scap0))
	for len(scap0) < 200 {
		scap0 = append(scap0, v)
		if cap(scap0) != last {
			last = cap(scap0)
			fmt.Printf("cap0 38 %d->%d\n", len(scap0), cap(scap0))
		}
	}
	scap1 := make([]B38, 0, 1)
	last = cap(scap1)
	fmt.Printf("cap1 38 %d->%d\n", len(scap1), cap(scap1))
	for len(scap1) < 200 {
		scap1 = append(scap1, v)
		if cap(scap1) != last {
			last = cap(scap1)
			fmt.Printf("cap1 38 %d->%d\n", len(scap1), cap(scap1))
		}
	}
	scap3 := make([]B38, 0, 3)
	last = cap(scap3)
	fmt.Printf("cap3 38 %d->%d\n", len(scap3), cap(scap3))
	for len(scap3) < 200 {
		scap3 = append(scap3, v)
		if cap(scap3) != last {
			last = cap(scap3)
			fmt.Printf("cap3 38 %d->%d\n", len(scap3), cap(scap3))
		}
	}
	scap5 := make([]B38, 0, 5)
	last = cap(scap5)
	fmt.Printf("cap5 38 %d->%d\n", len(scap5), cap(scap5))
	for len(scap5) < 200 {
		scap5 = append(scap5, v)
		if cap(scap5) != last {
			last = cap(scap5)
			fmt.Printf("cap5 38 %d->%d\n", len(scap5), cap(scap5))
		}
	}
	scap8 := make([]B38, 0, 8)
	last = cap(scap8)
	fmt.Printf("cap8 38 %d->%d\n", len(scap8), cap(scap8))
	for len(scap8) < 200 {
		scap8 = append(scap8, v)
		if cap(scap8) != last {
			last = cap(scap8)
			fmt.Printf("cap8 38 %d->%d\n", len(scap8), cap(scap8))
		}
	}
	scap17 := make([]B38, 0, 17)
	last = cap(scap17)
	fmt.Printf("cap17 38 %d->%d\n", len(scap17), cap(scap17))
	for len(scap17) < 200 {
		scap17 = append(scap17, v)
		if cap(scap17) != last {
			last = cap(scap17)
			fmt.Printf("cap17 38 %d->%d\n", len(scap17), cap(scap17))
		}
	}
	slen1 := make([]B38, 1)
	last = cap(slen1)
	fmt.Printf("len1 38 %d->%d\n", len(slen1), cap(slen1))
	for len(slen1) < 200 {
		slen1 = append(slen1, v)
		if cap(slen1) != last {
			last = cap(slen1)
			fmt.Printf("len1 38 %d->%d\n", len(slen1), cap(slen1))
		}
	}
	slen2 := make([]B38, 2)
	last = cap(slen2)
	fmt.Printf("len2 38 %d->%d\n", len(slen2), cap(slen2))
	for len(slen2) < 200 {
		slen2 = append(slen2, v)
		if cap(slen2) != last {
			last = cap(slen2)
			fmt.Printf("len2 38 %d->%d\n", len(slen2), cap(slen2))
		}
	}
	slen5 := make([]B38, 5)
	last = cap(slen5)
	fmt.Printf("len5 38 %d->%d\n", len(slen5), cap(slen5))
	for len(slen5) < 200 {
		slen5 = append(slen5, v)
		if cap(slen5) != last {
			last = cap(slen5)
			fmt.Printf("len5 38 %d->%d\n", len(slen5), cap(slen5))
		}
	}
	slit3 := []B38{v, v, v}
	last = cap(slit3)
	fmt.Printf("lit3 38 %d->%d\n", len(slit3), cap(slit3))
	for len(slit3) < 200 {
		slit3 = append(slit3, v)
		if cap(slit3) != last {
			last = cap(slit3)
			fmt.Printf("lit3 38 %d->%d\n", len(slit3), cap(slit3))
		}
	}
}

func probeB39() {
	var v B39
	var last int
	var snil []B39
	last = cap(snil)
	fmt.Printf("nil 39 %d->%d\n", len(snil), cap(snil))
	for len(snil) < 200 {
		snil = append(snil, v)
		if cap(snil) != last {
			last = cap(snil)
			fmt.Printf("nil 39 %d->%d\n", len(snil), cap(snil))
		}
	}
	scap0 := make([]B39, 0, 0)
	last = cap(scap0)
	fmt.Printf("cap0 39 %d->%d\n", len(scap0), cap(scap0))
	for len(scap0) < 200 {
		scap0 = append(scap0, v)
		if cap(scap0) != last {
			last = cap(scap0)
			fmt.Printf("cap0 39 %d->%d\n", len(scap0), cap(scap0))
		}
	}
	scap1 := make([]B39, 0, 1)
	last = cap(scap1)
	fmt.Printf("cap1 39 %d->%d\n", len(scap1), cap(scap1))
	for len(scap1) < 200 {
		scap1 = append(scap1, v)
		if cap(scap1) != last {
			last = cap(scap1)
			fmt.Printf("cap1 39 %d->%d\n", len(scap1), cap(scap1))
		}
	}
	scap3 := make([]B39, 0, 3)
	last = cap(scap3)
	fmt.Printf("cap3 39 %d->%d\n", len(scap3), cap(scap3))
	for len(scap3) < 200 {
		scap3 = append(scap3, v)
		if cap(scap3) != last {
			last = cap(scap3)
			fmt.Printf("cap3 39 %d->%d\n", len(scap3), cap(scap3))
		}
	}
	scap5 := make([]B39, 0, 5)
	last = cap(scap5)
	fmt.Printf("cap5 39 %d->%d\n", len(scap5), cap(scap5))
	for len(scap5) < 200 {
		scap5 = append(scap5, v)
		if cap(scap5) != last {
			last = cap(scap5)
			fmt.Printf("cap5 39 %d->%d\n", len(scap5), cap(scap5))
		}
	}
	scap8 := make([]B39, 0, 8)
	last = cap(scap8)
	fmt.Printf("cap8 39 %d->%d\n", len(scap8), cap(scap8))
	for len(scap8) < 200 {
		scap8 = append(scap8, v)
		if cap(scap8) != last {
			last = cap(scap8)
			fmt.Printf("cap8 39 %d->%d\n", len(scap8), cap(scap8))
		}
	}
	scap17 := make([]B39, 0, 17)
	last = cap(scap17)
	fmt.Printf("cap17 39 %d->%d\n", len(scap17), cap(scap17))
	for len(scap17) < 200 {
		scap17 = append(scap17, v)
		if cap(scap17) != last {
			last = cap(scap17)
			fmt.Printf("cap17 39 %d->%d\n", len(scap17), cap(scap17))
		}
	}
	slen1 := make([]B39, 1)
	last = cap(slen1)
	fmt.Printf("len1 39 %d->%d\n", len(slen1), cap(slen1))
	for len(slen1) < 200 {
		slen1 = append(slen1, v)
		if cap(slen1) != last {
			last = cap(slen1)
			fmt.Printf("len1 39 %d->%d\n", len(slen1), cap(slen1))
		}
	}
	slen2 := make([]B39, 2)
	last = cap(slen2)
	fmt.Printf("len2 39 %d->%d\n", len(slen2), cap(slen2))
	for len(slen2) < 200 {
		slen2 = append(slen2, v)
		if cap(slen2) != last {
			last = cap(slen2)
			fmt.Printf("len2 39 %d->%d\n", len(slen2), cap(slen2))
		}
	}
	slen5 := make([]B39, 5)
	last = cap(slen5)
	fmt.Printf("len5 39 %d->%d\n", len(slen5), cap(slen5))
	for len(slen5) < 200 {
		slen5 = append(slen5, v)
		if cap(slen5) != last {
			last = cap(slen5)
			fmt.Printf("len5 39 %d->%d\n", len(slen5), cap(slen5))
		}
	}
	slit3 := []B39{v, v, v}
	last = cap(slit3)
	fmt.Printf("lit3 39 %d->%d\n", len(slit3), cap(slit3))
	for len(slit3) < 200 {
		slit3 = append(slit3, v)
		if cap(slit3) != last {
			last = cap(slit3)
			fmt.Printf("lit3 39 %d->%d\n", len(slit3), cap(slit3))
		}
	}
}

func probeB40() {
	var v B40
	var last int
	var snil []B40
	last = cap(snil)
	fmt.Printf("nil 40 %d->%d\n", len(snil), cap(snil))
	for len(snil) < 200 {
		snil = append(snil, v)
		if cap(snil) != last {
			last = cap(snil)
			fmt.Printf("nil 40 %d->%d\n", len(snil), cap(snil))
		}
	}
	scap0 := make([]B40, 0, 0)
	last = cap(scap0)
	fmt.Printf("cap0 40 %d->%d\n", len(scap0), cap(scap0))
	for len(scap0) < 200 {
		scap0 = append(scap0, v)
		if cap(scap0) != last {
			last = cap(scap0)
			fmt.Printf("cap0 40 %d->%d\n", len(scap0), cap(scap0))
		}
	}
	scap1 := make([]B40, 0, 1)
	last = cap(scap1)
	fmt.Printf("cap1 40 %d->%d\n", len(scap1), cap(scap1))
	for len(scap1) < 200 {
		scap1 = append(scap1, v)
		if cap(scap1) != last {
			last = cap(scap1)
			fmt.Printf("cap1 40 %d->%d\n", len(scap1), cap(scap1))
		}
	}
	scap3 := make([]B40, 0, 3)
	last = cap(scap3)
	fmt.Printf("cap3 40 %d->%d\n", len(scap3), cap(scap3))
	for len(scap3) < 200 {
		scap3 = append(scap3, v)
		if cap(scap3) != last {
			last = cap(scap3)
			fmt.Printf("cap3 40 %d->%d\n", len(scap3), cap(scap3))
		}
	}
	scap5 := make([]B40, 0, 5)
	last = cap(scap5)
	fmt.Printf("cap5 40 %d->%d\n", len(scap5), cap(scap5))
	for len(scap5) < 200 {
		scap5 = append(scap5, v)
		if cap(scap5) != last {
			last = cap(scap5)
			fmt.Printf("cap5 40 %d->%d\n", len(scap5), cap(scap5))
		}
	}
	scap8 := make([]B40, 0, 8)
	last = cap(scap8)
	fmt.Printf("cap8 40 %d->%d\n", len(scap8), cap(scap8))
	for len(scap8) < 200 {
		scap8 = append(scap8, v)
		if cap(scap8) != last {
			last = cap(scap8)
			fmt.Printf("cap8 40 %d->%d\n", len(scap8), cap(scap8))
		}
	}
	scap17 := make([]B40, 0, 17)
	last = cap(scap17)
	fmt.Printf("cap17 40 %d->%d\n", len(scap17), cap(scap17))
	for len(scap17) < 200 {
		scap17 = append(scap17, v)
		if cap(scap17) != last {
			last = cap(scap17)
			fmt.Printf("cap17 40 %d->%d\n", len(scap17), cap(scap17))
		}
	}
	slen1 := make([]B40, 1)
	last = cap(slen1)
	fmt.Printf("len1 40 %d->%d\n", len(slen1), cap(slen1))
	for len(slen1) < 200 {
		slen1 = append(slen1, v)
		if cap(slen1) != last {
			last = cap(slen1)
			fmt.Printf("len1 40 %d->%d\n", len(slen1), cap(slen1))
		}
	}
	slen2 := make([]B40, 2)
	last = cap(slen2)
	fmt.Printf("len2 40 %d->%d\n", len(slen2), cap(slen2))
	for len(slen2) < 200 {
		slen2 = append(slen2, v)
		if cap(slen2) != last {
			last = cap(slen2)
			fmt.Printf("len2 40 %d->%d\n", len(slen2), cap(slen2))
		}
	}
	slen5 := make([]B40, 5)
	last = cap(slen5)
	fmt.Printf("len5 40 %d->%d\n", len(slen5), cap(slen5))
	for len(slen5) < 200 {
		slen5 = append(slen5, v)
		if cap(slen5) != last {
			last = cap(slen5)
			fmt.Printf("len5 40 %d->%d\n", len(slen5), cap(slen5))
		}
	}
	slit3 := []B40{v, v, v}
	last = cap(slit3)
	fmt.Printf("lit3 40 %d->%d\n", len(slit3), cap(slit3))
	for len(slit3) < 200 {
		slit3 = append(slit3, v)
		if cap(slit3) != last {
			last = cap(slit3)
			fmt.Printf("lit3 40 %d->%d\n", len(slit3), cap(slit3))
		}
	}
}

func probeB41() {
	var v B41
	var last int
	var snil []B41
	last = cap(snil)
	fmt.Printf("nil 41 %d->%d\n", len(snil), cap(snil))
	for len(snil) < 200 {
		snil = append(snil, v)
		if cap(snil) != last {
			last = cap(snil)
			fmt.Printf("nil 41 %d->%d\n", len(snil), cap(snil))
		}
	}
	scap0 := make([]B41, 0, 0)
	last = cap(scap0)
	fmt.Printf("cap0 41 %d->%d\n", len(scap0), cap(scap0))
	for len(scap0) < 200 {
		scap0 = append(scap0, v)
		if cap(scap0) != last {
			last = cap(scap0)
			fmt.Printf("cap0 41 %d->%d\n", len(scap0), cap(scap0))
		}
	}
	scap1 := make([]B41, 0, 1)
	last = cap(scap1)
	fmt.Printf("cap1 41 %d->%d\n", len(scap1), cap(scap1))
	for len(scap1) < 200 {
		scap1 = append(scap1, v)
		if cap(scap1) != last {
			last = cap(scap1)
			fmt.Printf("cap1 41 %d->%d\n", len(scap1), cap(scap1))
		}
	}
	scap3 := make([]B41, 0, 3)
	last = cap(scap3)
	fmt.Printf("cap3 41 %d->%d\n", len(scap3), cap(scap3))
	for len(scap3) < 200 {
		scap3 = append(scap3, v)
		if cap(scap3) != last {
			last = cap(scap3)
			fmt.Printf("cap3 41 %d->%d\n", len(scap3), cap(scap3))
		}
	}
	scap5 := make([]B41, 0, 5)
	last = cap(scap5)
	fmt.Printf("cap5 41 %d->%d\n", len(scap5), cap(scap5))
	for len(scap5) < 200 {
		scap5 = append(scap5, v)
		if cap(scap5) != last {
			last = cap(scap5)
			fmt.Printf("cap5 41 %d->%d\n", len(scap5), cap(scap5))
		}
	}
	scap8 := make([]B41, 0, 8)
	last = cap(scap8)
	fmt.Printf("cap8 41 %d->%d\n", len(scap8), cap(scap8))
	for len(scap8) < 200 {
		scap8 = append(scap8, v)
		if cap(scap8) != last {
			last = cap(scap8)
			fmt.Printf("cap8 41 %d->%d\n", len(scap8), cap(scap8))
		}
	}
	scap17 := make([]B41, 0, 17)
	last = cap(scap17)
	fmt.Printf("cap17 41 %d->%d\n", len(scap17), cap(scap17))
	for len(scap17) < 200 {
		scap17 = append(scap17, v)
		if cap(scap17) != last {
			last = cap(scap17)
			fmt.Printf("cap17 41 %d->%d\n", len(scap17), cap(scap17))
		}
	}
	slen1 := make([]B41, 1)
	last = cap(slen1)
	fmt.Printf("len1 41 %d->%d\n", len(slen1), cap(slen1))
	for len(slen1) < 200 {
		slen1 = append(slen1, v)
		if cap(slen1) != last {
			last = cap(slen1)
			fmt.Printf("len1 41 %d->%d\n", len(slen1), cap(slen1))
		}
	}
	slen2 := make([]B41, 2)
	last = cap(slen2)
	fmt.Printf("len2 41 %d->%d\n", len(slen2), cap(slen2))
	for len(slen2) < 200 {
		slen2 = append(slen2, v)
		if cap(slen2) != last {
			last = cap(slen2)
			fmt.Printf("len2 41 %d->%d\n", len(slen2), cap(slen2))
		}
	}
	slen5 := make([]B41, 5)
	last = cap(slen5)
	fmt.Printf("len5 41 %d->%d\n", len(slen5), cap(slen5))
	for len(slen5) < 200 {
		slen5 = append(slen5, v)
		if cap(slen5) != last {
			last = cap(slen5)
			fmt.Printf("len5 41 %d->%d\n", len(slen5), cap(slen5))
		}
	}
	slit3 := []B41{v, v, v}
	last = cap(slit3)
	fmt.Printf("lit3 41 %d->%d\n", len(slit3), cap(slit3))
	for len(slit3) < 200 {
		slit3 = append(slit3, v)
		if cap(slit3) != last {
			last = cap(slit3)
			fmt.Printf("lit3 41 %d->%d\n", len(slit3), cap(slit3))
		}
	}
}

func probeB42() {
	var v B42
	var last int
	var snil []B42
	last = cap(snil)
	fmt.Printf("nil 42 %d->%d\n", len(snil), cap(snil))
	for len(snil) < 200 {
		snil = append(snil, v)
		if cap(snil) != last {
			last = cap(snil)
			fmt.Printf("nil 42 %d->%d\n", len(snil), cap(snil))
		}
	}
	scap0 := make([]B42, 0, 0)
	last = cap(scap0)
	fmt.Printf("cap0 42 %d->%d\n", len(scap0), cap(scap0))
	for len(scap0) < 200 {
		scap0 = append(scap0, v)
		if cap(scap0) != last {
			last = cap(scap0)
			fmt.Printf("cap0 42 %d->%d\n", len(scap0), cap(scap0))
		}
	}
	scap1 := make([]B42, 0, 1)
	last = cap(scap1)
	fmt.Printf("cap1 42 %d->%d\n", len(scap1), cap(scap1))
	for len(scap1) < 200 {
		scap1 = append(scap1, v)
		if cap(scap1) != last {
			last = cap(scap1)
			fmt.Printf("cap1 42 %d->%d\n", len(scap1), cap(scap1))
		}
	}
	scap3 := make([]B42, 0, 3)
	last = cap(scap3)
	fmt.Printf("cap3 42 %d->%d\n", len(scap3), cap(scap3))
	for len(scap3) < 200 {
		scap3 = append(scap3, v)
		if cap(scap3) != last {
			last = cap(scap3)
			fmt.Printf("cap3 42 %d->%d\n", len(scap3), cap(scap3))
		}
	}
	scap5 := make([]B42, 0, 5)
	last = cap(scap5)
	fmt.Printf("cap5 42 %d->%d\n", len(scap5), cap(scap5))
	for len(scap5) < 200 {
		scap5 = append(scap5, v)
		if cap(scap5) != last {
			last = cap(scap5)
			fmt.Printf("cap5 42 %d->%d\n", len(scap5), cap(scap5))
		}
	}
	scap8 := make([]B42, 0, 8)
	last = cap(scap8)
	fmt.Printf("cap8 42 %d->%d\n", len(scap8), cap(scap8))
	for len(scap8) < 200 {
		scap8 = append(scap8, v)
		if cap(scap8) != last {
			last = cap(scap8)
			fmt.Printf("cap8 42 %d->%d\n", len(scap8), cap(scap8))
		}
	}
	scap17 := make([]B42, 0, 17)
	last = cap(scap17)
	fmt.Printf("cap17 42 %d->%d\n", len(scap17), cap(scap17))
	for len(scap17) < 200 {
		scap17 = append(scap17, v)
		if cap(scap17) != last {
			last = cap(scap17)
			fmt.Printf("cap17 42 %d->%d\n", len(scap17), cap(scap17))
		}
	}
	slen1 := make([]B42, 1)
	last = cap(slen1)
	fmt.Printf("len1 42 %d->%d\n", len(slen1), cap(slen1))
	for len(slen1) < 200 {
		slen1 = append(slen1, v)
		if cap(slen1) != last {
			last = cap(slen1)
			fmt.Printf("len1 42 %d->%d\n", len(slen1), cap(slen1))
		}
	}
	slen2 := make([]B42, 2)
	last = cap(slen2)
	fmt.Printf("len2 42 %d->%d\n", len(slen2), cap(slen2))
	for len(slen2) < 200 {
		slen2 = append(slen2, v)
		if cap(slen2) != last {
			last = cap(slen2)
			fmt.Printf("len2 42 %d->%d\n", len(slen2), cap(slen2))
		}
	}
	slen5 := make([]B42, 5)
	last = cap(slen5)
	fmt.Printf("len5 42 %d->%d\n", len(slen5), cap(slen5))
	for len(slen5) < 200 {
		slen5 = append(slen5, v)
		if cap(slen5) != last {
			last = cap(slen5)
			fmt.Printf("len5 42 %d->%d\n", len(slen5), cap(slen5))
		}
	}
	slit3 := []B42{v, v, v}
	last = cap(slit3)
	fmt.Printf("lit3 42 %d->%d\n", len(slit3), cap(slit3))
	for len(slit3) < 200 {
		slit3 = append(slit3, v)
		if cap(slit3) != last {
			last = cap(slit3)
			fmt.Printf("lit3 42 %d->%d\n", len(slit3), cap(slit3))
		}
	}
}

func probeB43() {
	var v B43
	var last int
	var snil []B43
	last = cap(snil)
	fmt.Printf("nil 43 %d->%d\n", len(snil), cap(snil))
	for len(snil) < 200 {
		snil = append(snil, v)
		if cap(snil) != last {
			last = cap(snil)
			fmt.Printf("nil 43 %d->%d\n", len(snil), cap(snil))
		}
	}
	scap0 := make([]B43, 0, 0)
	last = cap(scap0)
	fmt.Printf("cap0 43 %d->%d\n", len(scap0), cap(scap0))
	for len(scap0) < 200 {
		scap0 = append(scap0, v)
		if cap(scap0) != last {
			last = cap(scap0)
			fmt.Printf("cap0 43 %d->%d\n", len(scap0), cap(scap0))
		}
	}
	scap1 := make([]B43, 0, 1)
	last = cap(scap1)
	fmt.Printf("cap1 43 %d->%d\n", len(scap1), cap(scap1))
	for len(scap1) < 200 {
		scap1 = append(scap1, v)
		if cap(scap1) != last {
			last = cap(scap1)
			fmt.Printf("cap1 43 %d->%d\n", len(scap1), cap(scap1))
		}
	}
	scap3 := make([]B43, 0, 3)
	last = cap(scap3)
	fmt.Printf("cap3 43 %d->%d\n", len(scap3), cap(scap3))
	for len(scap3) < 200 {
		scap3 = append(scap3, v)
		if cap(scap3) != last {
			last = cap(scap3)
			fmt.Printf("cap3 43 %d->%d\n", len(scap3), cap(scap3))
		}
	}
	scap5 := make([]B43, 0, 5)
	last = cap(scap5)
	fmt.Printf("cap5 43 %d->%d\n", len(scap5), cap(scap5))
	for len(scap5) < 200 {
		scap5 = append(scap5, v)
		if cap(scap5) != last {
			last = cap(scap5)
			fmt.Printf("cap5 43 %d->%d\n", len(scap5), cap(scap5))
		}
	}
	scap8 := make([]B43, 0, 8)
	last = cap(scap8)
	fmt.Printf("cap8 43 %d->%d\n", len(scap8), cap(scap8))
	for len(scap8) < 200 {
		scap8 = append(scap8, v)
		if cap(scap8) != last {
			last = cap(scap8)
			fmt.Printf("cap8 43 %d->%d\n", len(scap8), cap(scap8))
		}
	}
	scap17 := make([]B43, 0, 17)
	last = cap(scap17)
	fmt.Printf("cap17 43 %d->%d\n", len(scap17), cap(scap17))
	for len(scap17) < 200 {
		scap17 = append(scap17, v)
		if cap(scap17) != last {
			last = cap(scap17)
			fmt.Printf("cap17 43 %d->%d\n", len(scap17), cap(scap17))
		}
	}
	slen1 := make([]B43, 1)
	last = cap(slen1)
	fmt.Printf("len1 43 %d->%d\n", len(slen1), cap(slen1))
	for len(slen1) < 200 {
		slen1 = append(slen1, v)
		if cap(slen1) != last {
			last = cap(slen1)
			fmt.Printf("len1 43 %d->%d\n", len(slen1), cap(slen1))
		}
	}
	slen2 := make([]B43, 2)
	last = cap(slen2)
	fmt.Printf("len2 43 %d->%d\n", len(slen2), cap(slen2))
	for len(slen2) < 200 {
		slen2 = append(slen2, v)
		if cap(slen2) != last {
			last = cap(slen2)
			fmt.Printf("len2 43 %d->%d\n", len(slen2), cap(slen2))
		}
	}
	slen5 := make([]B43, 5)
	last = cap(slen5)
	fmt.Printf("len5 43 %d->%d\n", len(slen5), cap(slen5))
	for len(slen5) < 200 {
		slen5 = append(slen5, v)
		if cap(slen5) != last {
			last = cap(slen5)
			fmt.Printf("len5 43 %d->%d\n", len(slen5), cap(slen5))
		}
	}
	slit3 := []B43{v, v, v}
	last = cap(slit3)
	fmt.Printf("lit3 43 %d->%d\n", len(slit3), cap(slit3))
	for len(slit3) < 200 {
		slit3 = append(slit3, v)
		if cap(slit3) != last {
			last = cap(slit3)
			fmt.Printf("lit3 43 %d->%d\n", len(slit3), cap(slit3))
		}
	}
}

func probeB44() {
	var v B44
	var last int
	var snil []B44
	last = cap(snil)
	fmt.Printf("nil 44 %d->%d\n", len(snil), cap(snil))
	for len(snil) < 200 {
		snil = append(snil, v)
		if cap(snil) != last {
			last = cap(snil)
			fmt.Printf("nil 44 %d->%d\n", len(snil), cap(snil))
		}
	}
	scap0 := make([]B44, 0, 0)
	last = cap(scap0)
	fmt.Printf("cap0 44 %d->%d\n", len(scap0), cap(scap0))
	for len(scap0) < 200 {
		scap0 = append(scap0, v)
		if cap(scap0) != last {
			last = cap(scap0)
			fmt.Printf("cap0 44 %d->%d\n", len(scap0), cap(scap0))
		}
	}
	scap1 := make([]B44, 0, 1)
	last = cap(scap1)
	fmt.Printf("cap1 44 %d->%d\n", len(scap1), cap(scap1))
	for len(scap1) < 200 {
		scap1 = append(scap1, v)
		if cap(scap1) != last {
			last = cap(scap1)
			fmt.Printf("cap1 44 %d->%d\n", len(scap1), cap(scap1))
		}
	}
	scap3 := make([]B44, 0, 3)
	last = cap(scap3)
	fmt.Printf("cap3 44 %d->%d\n", len(scap3), cap(scap3))
	for len(scap3) < 200 {
		scap3 = append(scap3, v)
		if cap(scap3) != last {
			last = cap(scap3)
			fmt.Printf("cap3 44 %d->%d\n", len(scap3), cap(scap3))
		}
	}
	scap5 := make([]B44, 0, 5)
	last = cap(scap5)
	fmt.Printf("cap5 44 %d->%d\n", len(scap5), cap(scap5))
	for len(scap5) < 200 {
		scap5 = append(scap5, v)
		if cap(scap5) != last {
			last = cap(scap5)
			fmt.Printf("cap5 44 %d->%d\n", len(scap5), cap(scap5))
		}
	}
	scap8 := make([]B44, 0, 8)
	last = cap(scap8)
	fmt.Printf("cap8 44 %d->%d\n", len(scap8), cap(scap8))
	for len(scap8) < 200 {
		scap8 = append(scap8, v)
		if cap(scap8) != last {
			last = cap(scap8)
			fmt.Printf("cap8 44 %d->%d\n", len(scap8), cap(scap8))
		}
	}
	scap17 := make([]B44, 0, 17)
	last = cap(scap17)
	fmt.Printf("cap17 44 %d->%d\n", len(scap17), cap(scap17))
	for len(scap17) < 200 {
		scap17 = append(scap17, v)
		if cap(scap17) != last {
			last = cap(scap17)
			fmt.Printf("cap17 44 %d->%d\n", len(scap17), cap(scap17))
		}
	}
	slen1 := make([]B44, 1)
	last = cap(slen1)
	fmt.Printf("len1 44 %d->%d\n", len(slen1), cap(slen1))
	for len(slen1) < 200 {
		slen1 = append(slen1, v)
		if cap(slen1) != last {
			last = cap(slen1)
			fmt.Printf("len1 44 %d->%d\n", len(slen1), cap(slen1))
		}
	}
	slen2 := make([]B44, 2)
	last = cap(slen2)
	fmt.Printf("len2 44 %d->%d\n", len(slen2), cap(slen2))
	for len(slen2) < 200 {
		slen2 = append(slen2, v)
		if cap(slen2) != last {
			last = cap(slen2)
			fmt.Printf("len2 44 %d->%d\n", len(slen2), cap(slen2))
		}
	}
	slen5 := make([]B44, 5)
	last = cap(slen5)
	fmt.Printf("len5 44 %d->%d\n", len(slen5), cap(slen5))
	for len(slen5) < 200 {
		slen5 = append(slen5, v)
		if cap(slen5) != last {
			last = cap(slen5)
			fmt.Printf("len5 44 %d->%d\n", len(slen5), cap(slen5))
		}
	}
	slit3 := []B44{v, v, v}
	last = cap(slit3)
	fmt.Printf("lit3 44 %d->%d\n", len(slit3), cap(slit3))
	for len(slit3) < 200 {
		slit3 = append(slit3, v)
		if cap(slit3) != last {
			last = cap(slit3)
			fmt.Printf("lit3 44 %d->%d\n", len(slit3), cap(slit3))
		}
	}
}

func probeB45() {
	var v B45
	var last int
	var snil []B45
	last = cap(snil)
	fmt.Printf("nil 45 %d->%d\n", len(snil), cap(snil))
	for len(snil) < 200 {
		snil = append(snil, v)
		if cap(snil) != last {
			last = cap(snil)
			fmt.Printf("nil 45 %d->%d\n", len(snil), cap(snil))
		}
	}
	scap0 := make([]B45, 0, 0)
	last = cap(scap0)
	fmt.Printf("cap0 45 %d->%d\n", len(scap0), cap(scap0))
	for len(scap0) < 200 {
		scap0 = append(scap0, v)
		if cap(scap0) != last {
			last = cap(scap0)
			fmt.Printf("cap0 45 %d->%d\n", len(scap0), cap(scap0))
		}
	}
	scap1 := make([]B45, 0, 1)
	last = cap(scap1)
	fmt.Printf("cap1 45 %d->%d\n", len(scap1), cap(scap1))
	for len(scap1) < 200 {
		scap1 = append(scap1, v)
		if cap(scap1) != last {
			last = cap(scap1)
			fmt.Printf("cap1 45 %d->%d\n", len(scap1), cap(scap1))
		}
	}
	scap3 := make([]B45, 0, 3)
	last = cap(scap3)
	fmt.Printf("cap3 45 %d->%d\n", len(scap3), cap(scap3))
	for len(scap3) < 200 {
		scap3 = append(scap3, v)
		if cap(scap3) != last {
			last = cap(scap3)
			fmt.Printf("cap3 45 %d->%d\n", len(scap3), cap(scap3))
		}
	}
	scap5 := make([]B45, 0, 5)
	last = cap(scap5)
	fmt.Printf("cap5 45 %d->%d\n", len(scap5), cap(scap5))
	for len(scap5) < 200 {
		scap5 = append(scap5, v)
		if cap(scap5) != last {
			last = cap(scap5)
			fmt.Printf("cap5 45 %d->%d\n", len(scap5), cap(scap5))
		}
	}
	scap8 := make([]B45, 0, 8)
	last = cap(scap8)
	fmt.Printf("cap8 45 %d->%d\n", len(scap8), cap(scap8))
	for len(scap8) < 200 {
		scap8 = append(scap8, v)
		if cap(scap8) != last {
			last = cap(scap8)
			fmt.Printf("cap8 45 %d->%d\n", len(scap8), cap(scap8))
		}
	}
	scap17 := make([]B45, 0, 17)
	last = cap(scap17)
	fmt.Printf("cap17 45 %d->%d\n", len(scap17), cap(scap17))
	for len(scap17) < 200 {
		scap17 = append(scap17, v)
		if cap(scap17) != last {
			last = cap(scap17)
			fmt.Printf("cap17 45 %d->%d\n", len(scap17), cap(scap17))
		}
	}
	slen1 := make([]B45, 1)
	last = cap(slen1)
	fmt.Printf("len1 45 %d->%d\n", len(slen1), cap(slen1))
	for len(slen1) < 200 {
		slen1 = append(slen1, v)
		if cap(slen1) != last {
			last = cap(slen1)
			fmt.Printf("len1 45 %d->%d\n", len(slen1), cap(slen1))
		}
	}
	slen2 := make([]B45, 2)
	last = cap(slen2)
	fmt.Printf("len2 45 %d->%d\n", len(slen2), cap(slen2))
	for len(slen2) < 200 {
		slen2 = append(slen2, v)
		if cap(slen2) != last {
			last = cap(slen2)
			fmt.Printf("len2 45 %d->%d\n", len(slen2), cap(slen2))
		}
	}
	slen5 := make([]B45, 5)
	last = cap(slen5)
	fmt.Printf("len5 45 %d->%d\n", len(slen5), cap(slen5))
	for len(slen5) < 200 {
		slen5 = append(slen5, v)
		if cap(slen5) != last {
			last = cap(slen5)
			fmt.Printf("len5 45 %d->%d\n", len(slen5), cap(slen5))
		}
	}
	slit3 := []B45{v, v, v}
	last = cap(slit3)
	fmt.Printf("lit3 45 %d->%d\n", len(slit3), cap(slit3))
	for len(slit3) < 200 {
		slit3 = append(slit3, v)
		if cap(slit3) != last {
			last = cap(slit3)
			fmt.Printf("lit3 45 %d->%d\n", len(slit3), cap(slit3))
		}
	}
}

func probeB46() {
	var v B46
	var last int
	var snil []B46
	last = cap(snil)
	fmt.Printf("nil 46 %d->%d\n", len(snil), cap(snil))
	for len(snil) < 200 {
		snil = append(snil, v)
		if cap(snil) != last {
			last = cap(snil)
			fmt.Printf("nil 46 %d->%d\n", len(snil), cap(snil))
		}
	}
	scap0 := make([]B46, 0, 0)
	last = cap(scap0)
	fmt.Printf("cap0 46 %d->%d\n", len(scap0), cap(scap0))
	for len(scap0) < 200 {
		scap0 = append(scap0, v)
		if cap(scap0) != last {
			last = cap(scap0)
			fmt.Printf("cap0 46 %d->%d\n", len(scap0), cap(scap0))
		}
	}
	scap1 := make([]B46, 0, 1)
	last = cap(scap1)
	fmt.Printf("cap1 46 %d->%d\n", len(scap1), cap(scap1))
	for len(scap1) < 200 {
		scap1 = append(scap1, v)
		if cap(scap1) != last {
			last = cap(scap1)
			fmt.Printf("cap1 46 %d->%d\n", len(scap1), cap(scap1))
		}
	}
	scap3 := make([]B46, 0, 3)
	last = cap(scap3)
	fmt.Printf("cap3 46 %d->%d\n", len(scap3), cap(scap3))
	for len(scap3) < 200 {
		scap3 = append(scap3, v)
		if cap(scap3) != last {
			last = cap(scap3)
			fmt.Printf("cap3 46 %d->%d\n", len(scap3), cap(scap3))
		}
	}
	scap5 := make([]B46, 0, 5)
	last = cap(scap5)
	fmt.Printf("cap5 46 %d->%d\n", len(scap5), cap(scap5))
	for len(scap5) < 200 {
		scap5 = append(scap5, v)
		if cap(scap5) != last {
			last = cap(scap5)
			fmt.Printf("cap5 46 %d->%d\n", len(scap5), cap(scap5))
		}
	}
	scap8 := make([]B46, 0, 8)
	last = cap(scap8)
	fmt.Printf("cap8 46 %d->%d\n", len(scap8), cap(scap8))
	for len(scap8) < 200 {
		scap8 = append(scap8, v)
		if cap(scap8) != last {
			last = cap(scap8)
			fmt.Printf("cap8 46 %d->%d\n", len(scap8), cap(scap8))
		}
	}
	scap17 := make([]B46, 0, 17)
	last = cap(scap17)
	fmt.Printf("cap17 46 %d->%d\n", len(scap17), cap(scap17))
	for len(scap17) < 200 {
		scap17 = append(scap17, v)
		if cap(scap17) != last {
			last = cap(scap17)
			fmt.Printf("cap17 46 %d->%d\n", len(scap17), cap(scap17))
		}
	}
	slen1 := make([]B46, 1)
	last = cap(slen1)
	fmt.Printf("len1 46 %d->%d\n", len(slen1), cap(slen1))
	for len(slen1) < 200 {
		slen1 = append(slen1, v)
		if cap(slen1) != last {
			last = cap(slen1)
			fmt.Printf("len1 46 %d->%d\n", len(slen1), cap(slen1))
		}
	}
	slen2 := make([]B46, 2)
	last = cap(slen2)
	fmt.Printf("len2 46 %d->%d\n", len(slen2), cap(slen2))
	for len(slen2) < 200 {
		slen2 = append(slen2, v)
		if cap(slen2) != last {
			last = cap(slen2)
			fmt.Printf("len2 46 %d->%d\n", len(slen2), cap(slen2))
		}
	}
	slen5 := make([]B46, 5)
	last = cap(slen5)
	fmt.Printf("len5 46 %d->%d\n", len(slen5), cap(slen5))
	for len(slen5) < 200 {
		slen5 = append(slen5, v)
		if cap(slen5) != last {
			last = cap(slen5)
			fmt.Printf("len5 46 %d->%d\n", len(slen5), cap(slen5))
		}
	}
	slit3 := []B46{v, v, v}
	last = cap(slit3)
	fmt.Printf("lit3 46 %d->%d\n", len(slit3), cap(slit3))
	for len(slit3) < 200 {
		slit3 = append(slit3, v)
		if cap(slit3) != last {
			last = cap(slit3)
			fmt.Printf("lit3 46 %d->%d\n", len(slit3), cap(slit3))
		}
	}
}

func probeB47() {
	var v B47
	var last int
	var snil []B47
	last = cap(snil)
	fmt.Printf("nil 47 %d->%d\n", len(snil), cap(snil))
	for len(snil) < 200 {
		snil = append(snil, v)
		if cap(snil) != last {
			last = cap(snil)
			fmt.Printf("nil 47 %d->%d\n", len(snil), cap(snil))
		}
	}
	scap0 := make([]B47, 0, 0)
	last = cap(scap0)
	fmt.Printf("cap0 47 %d->%d\n", len(scap0), cap(scap0))
	for len(scap0) < 200 {
		scap0 = append(scap0, v)
		if cap(scap0) != last {
			last = cap(scap0)
			fmt.Printf("cap0 47 %d->%d\n", len(scap0), cap(scap0))
		}
	}
	scap1 := make([]B47, 0, 1)
	last = cap(scap1)
	fmt.Printf("cap1 47 %d->%d\n", len(scap1), cap(scap1))
	for len(scap1) < 200 {
		scap1 = append(scap1, v)
		if cap(scap1) != last {
			last = cap(scap1)
			fmt.Printf("cap1 47 %d->%d\n", len(scap1), cap(scap1))
		}
	}
	scap3 := make([]B47, 0, 3)
	last = cap(scap3)
	fmt.Printf("cap3 47 %d->%d\n", len(scap3), cap(scap3))
	for len(scap3) < 200 {
		scap3 = append(scap3, v)
		if cap(scap3) != last {
			last = cap(scap3)
			fmt.Printf("cap3 47 %d->%d\n", len(scap3), cap(scap3))
		}
	}
	scap5 := make([]B47, 0, 5)
	last = cap(scap5)
	fmt.Printf("cap5 47 %d->%d\n", len(scap5), cap(scap5))
	for len(scap5) < 200 {
		scap5 = append(scap5, v)
		if cap(scap5) != last {
			last = cap(scap5)
			fmt.Printf("cap5 47 %d->%d\n", len(scap5), cap(scap5))
		}
	}
	scap8 := make([]B47, 0, 8)
	last = cap(scap8)
	fmt.Printf("cap8 47 %d->%d\n", len(scap8), cap(scap8))
	for len(scap8) < 200 {
		scap8 = append(scap8, v)
		if cap(scap8) != last {
			last = cap(scap8)
			fmt.Printf("cap8 47 %d->%d\n", len(scap8), cap(scap8))
		}
	}
	scap17 := make([]B47, 0, 17)
	last = cap(scap17)
	fmt.Printf("cap17 47 %d->%d\n", len(scap17), cap(scap17))
	for len(scap17) < 200 {
		scap17 = append(scap17, v)
		if cap(scap17) != last {
			last = cap(scap17)
			fmt.Printf("cap17 47 %d->%d\n", len(scap17), cap(scap17))
		}
	}
	slen1 := make([]B47, 1)
	last = cap(slen1)
	fmt.Printf("len1 47 %d->%d\n", len(slen1), cap(slen1))
	for len(slen1) < 200 {
		slen1 = append(slen1, v)
		if cap(slen1) != last {
			last = cap(slen1)
			fmt.Printf("len1 47 %d->%d\n", len(slen1), cap(slen1))
		}
	}
	slen2 := make([]B47, 2)
	last = cap(slen2)
	fmt.Printf("len2 47 %d->%d\n", len(slen2), cap(slen2))
	for len(slen2) < 200 {
		slen2 = append(slen2, v)
		if cap(slen2) != last {
			last = cap(slen2)
			fmt.Printf("len2 47 %d->%d\n", len(slen2), cap(slen2))
		}
	}
	slen5 := make([]B47, 5)
	last = cap(slen5)
	fmt.Printf("len5 47 %d->%d\n", len(slen5), cap(slen5))
	for len(slen5) < 200 {
		slen5 = append(slen5, v)
		if cap(slen5) != last {
			last = cap(slen5)
			fmt.Printf("len5 47 %d->%d\n", len(slen5), cap(slen5))
		}
	}
	slit3 := []B47{v, v, v}
	last = cap(slit3)
	fmt.Printf("lit3 47 %d->%d\n", len(slit3), cap(slit3))
	for len(slit3) < 200 {
		slit3 = append(slit3, v)
		if cap(slit3) != last {
			last = cap(slit3)
			fmt.Printf("lit3 47 %d->%d\n", len(slit3), cap(slit3))
		}
	}
}

func probeB48() {
	var v B48
	var last int
	var snil []B48
	last = cap(snil)
	fmt.Printf("nil 48 %d->%d\n", len(snil), cap(snil))
	for len(snil) < 200 {
		snil = append(snil, v)
		if cap(snil) != last {
			last = cap(snil)
			fmt.Printf("nil 48 %d->%d\n", len(snil), cap(snil))
		}
	}
	scap0 := make([]B48, 0, 0)
	last = cap(scap0)
	fmt.Printf("cap0 48 %d->%d\n", len(scap0), cap(scap0))
	for len(scap0) < 200 {
		scap0 = append(scap0, v)
		if cap(scap0) != last {
			last = cap(scap0)
			fmt.Printf("cap0 48 %d->%d\n", len(scap0), cap(scap0))
		}
	}
	scap1 := make([]B48, 0, 1)
	last = cap(scap1)
	fmt.Printf("cap1 48 %d->%d\n", len(scap1), cap(scap1))
	for len(scap1) < 200 {
		scap1 = append(scap1, v)
		if cap(scap1) != last {
			last = cap(scap1)
			fmt.Printf("cap1 48 %d->%d\n", len(scap1), cap(scap1))
		}
	}
	scap3 := make([]B48, 0, 3)
	last = cap(scap3)
	fmt.Printf("cap3 48 %d->%d\n", len(scap3), cap(scap3))
	for len(scap3) < 200 {
		scap3 = append(scap3, v)
		if cap(scap3) != last {
			last = cap(scap3)
			fmt.Printf("cap3 48 %d->%d\n", len(scap3), cap(scap3))
		}
	}
	scap5 := make([]B48, 0, 5)
	last = cap(scap5)
	fmt.Printf("cap5 48 %d->%d\n", len(scap5), cap(scap5))
	for len(scap5) < 200 {
		scap5 = append(scap5, v)
		if cap(scap5) != last {
			last = cap(scap5)
			fmt.Printf("cap5 48 %d->%d\n", len(scap5), cap(scap5))
		}
	}
	scap8 := make([]B48, 0, 8)
	last = cap(scap8)
	fmt.Printf("cap8 48 %d->%d\n", len(scap8), cap(scap8))
	for len(scap8) < 200 {
		scap8 = append(scap8, v)
		if cap(scap8) != last {
			last = cap(scap8)
			fmt.Printf("cap8 48 %d->%d\n", len(scap8), cap(scap8))
		}
	}
	scap17 := make([]B48, 0, 17)
	last = cap(scap17)
	fmt.Printf("cap17 48 %d->%d\n", len(scap17), cap(scap17))
	for len(scap17) < 200 {
		scap17 = append(scap17, v)
		if cap(scap17) != last {
			last = cap(scap17)
			fmt.Printf("cap17 48 %d->%d\n", len(scap17), cap(scap17))
		}
	}
	slen1 := make([]B48, 1)
	last = cap(slen1)
	fmt.Printf("len1 48 %d->%d\n", len(slen1), cap(slen1))
	for len(slen1) < 200 {
		slen1 = append(slen1, v)
		if cap(slen1) != last {
			last = cap(slen1)
			fmt.Printf("len1 48 %d->%d\n", len(slen1), cap(slen1))
		}
	}
	slen2 := make([]B48, 2)
	last = cap(slen2)
	fmt.Printf("len2 48 %d->%d\n", len(slen2), cap(slen2))
	for len(slen2) < 200 {
		slen2 = append(slen2, v)
		if cap(slen2) != last {
			last = cap(slen2)
			fmt.Printf("len2 48 %d->%d\n", len(slen2), cap(slen2))
		}
	}
	slen5 := make([]B48, 5)
	last = cap(slen5)
	fmt.Printf("len5 48 %d->%d\n", len(slen5), cap(slen5))
	for len(slen5) < 200 {
		slen5 = append(slen5, v)
		if cap(slen5) != last {
			last = cap(slen5)
			fmt.Printf("len5 48 %d->%d\n", len(slen5), cap(slen5))
		}
	}
	slit3 := []B48{v, v, v}
	last = cap(slit3)
	fmt.Printf("lit3 48 %d->%d\n", len(slit3), cap(slit3))
	for len(slit3) < 200 {
		slit3 = append(slit3, v)
		if cap(slit3) != last {
			last = cap(slit3)
			fmt.Printf("lit3 48 %d->%d\n", len(slit3), cap(slit3))
		}
	}
}

func probeB49() {
	var v B49
	var last int
	var snil []B49
	last = cap(snil)
	fmt.Printf("nil 49 %d->%d\n", len(snil), cap(snil))
	for len(snil) < 200 {
		snil = append(snil, v)
		if cap(snil) != last {
			last = cap(snil)
			fmt.Printf("nil 49 %d->%d\n", len(snil), cap(snil))
		}
	}
	scap0 := make([]B49, 0, 0)
	last = cap(scap0)
	fmt.Printf("cap0 49 %d->%d\n", len(scap0), cap(scap0))
	for len(scap0) < 200 {
		scap0 = append(scap0, v)
		if cap(scap0) != last {
			last = cap(scap0)
			fmt.Printf("cap0 49 %d->%d\n", len(scap0), cap(scap0))
		}
	}
	scap1 := make([]B49, 0, 1)
	last = cap(scap1)
	fmt.Printf("cap1 49 %d->%d\n", len(scap1), cap(scap1))
	for len(scap1) < 200 {
		scap1 = append(scap1, v)
		if cap(scap1) != last {
			last = cap(scap1)
			fmt.Printf("cap1 49 %d->%d\n", len(scap1), cap(scap1))
		}
	}
	scap3 := make([]B49, 0, 3)
	last = cap(scap3)
	fmt.Printf("cap3 49 %d->%d\n", len(scap3), cap(scap3))
	for len(scap3) < 200 {
		scap3 = append(scap3, v)
		if cap(scap3) != last {
			last = cap(scap3)
			fmt.Printf("cap3 49 %d->%d\n", len(scap3), cap(scap3))
		}
	}
	scap5 := make([]B49, 0, 5)
	last = cap(scap5)
	fmt.Printf("cap5 49 %d->%d\n", len(scap5), cap(scap5))
	for len(scap5) < 200 {
		scap5 = append(scap5, v)
		if cap(scap5) != last {
			last = cap(scap5)
			fmt.Printf("cap5 49 %d->%d\n", len(scap5), cap(scap5))
		}
	}
	scap8 := make([]B49, 0, 8)
	last = cap(scap8)
	fmt.Printf("cap8 49 %d->%d\n", len(scap8), cap(scap8))
	for len(scap8) < 200 {
		scap8 = append(scap8, v)
		if cap(scap8) != last {
			last = cap(scap8)
			fmt.Printf("cap8 49 %d->%d\n", len(scap8), cap(scap8))
		}
	}
	scap17 := make([]B49, 0, 17)
	last = cap(scap17)
	fmt.Printf("cap17 49 %d->%d\n", len(scap17), cap(scap17))
	for len(scap17) < 200 {
		scap17 = append(scap17, v)
		if cap(scap17) != last {
			last = cap(scap17)
			fmt.Printf("cap17 49 %d->%d\n", len(scap17), cap(scap17))
		}
	}
	slen1 := make([]B49, 1)
	last = cap(slen1)
	fmt.Printf("len1 49 %d->%d\n", len(slen1), cap(slen1))
	for len(slen1) < 200 {
		slen1 = append(slen1, v)
		if cap(slen1) != last {
			last = cap(slen1)
			fmt.Printf("len1 49 %d->%d\n", len(slen1), cap(slen1))
		}
	}
	slen2 := make([]B49, 2)
	last = cap(slen2)
	fmt.Printf("len2 49 %d->%d\n", len(slen2), cap(slen2))
	for len(slen2) < 200 {
		slen2 = append(slen2, v)
		if cap(slen2) != last {
			last = cap(slen2)
			fmt.Printf("len2 49 %d->%d\n", len(slen2), cap(slen2))
		}
	}
	slen5 := make([]B49, 5)
	last = cap(slen5)
	fmt.Printf("len5 49 %d->%d\n", len(slen5), cap(slen5))
	for len(slen5) < 200 {
		slen5 = append(slen5, v)
		if cap(slen5) != last {
			last = cap(slen5)
			fmt.Printf("len5 49 %d->%d\n", len(slen5), cap(slen5))
		}
	}
	slit3 := []B49{v, v, v}
	last = cap(slit3)
	fmt.Printf("lit3 49 %d->%d\n", len(slit3), cap(slit3))
	for len(slit3) < 200 {
		slit3 = append(slit3, v)
		if cap(slit3) != last {
			last = cap(slit3)
			fmt.Printf("lit3 49 %d->%d\n", len(slit3), cap(slit3))
		}
	}
}

func probeB50() {
	var v B50
	var last int
	var snil []B50
	last = cap(snil)
	fmt.Printf("nil 50 %d->%d\n", len(snil), cap(snil))
	for len(snil) < 200 {
		snil = append(snil, v)
		if cap(snil) != last {
			last = cap(snil)
			fmt.Printf("nil 50 %d->%d\n", len(snil), cap(snil))
		}
	}
	scap0 := make([]B50, 0, 0)
	last = cap(scap0)
	fmt.Printf("cap0 50 %d->%d\n", len(scap0), cap(scap0))
	for len(scap0) < 200 {
		scap0 = append(scap0, v)
		if cap(scap0) != last {
			last = cap(scap0)
			fmt.Printf("cap0 50 %d->%d\n", len(scap0), cap(scap0))
		}
	}
	scap1 := make([]B50, 0, 1)
	last = cap(scap1)
	fmt.Printf("cap1 50 %d->%d\n", len(scap1), cap(scap1))
	for len(scap1) < 200 {
		scap1 = append(scap1, v)
		if cap(scap1) != last {
			last = cap(scap1)
			fmt.Printf("cap1 50 %d->%d\n", len(scap1), cap(scap1))
		}
	}
	scap3 := make([]B50, 0, 3)
	last = cap(scap3)
	fmt.Printf("cap3 50 %d->%d\n", len(scap3), cap(scap3))
	for len(scap3) < 200 {
		scap3 = append(scap3, v)
		if cap(scap3) != last {
			last = cap(scap3)
			fmt.Printf("cap3 50 %d->%d\n", len(scap3), cap(scap3))
		}
	}
	scap5 := make([]B50, 0, 5)
	last = cap(scap5)
	fmt.Printf("cap5 50 %d->%d\n", len(scap5), cap(scap5))
	for len(scap5) < 200 {
		scap5 = append(scap5, v)
		if cap(scap5) != last {
			last = cap(scap5)
			fmt.Printf("cap5 50 %d->%d\n", len(scap5), cap(scap5))
		}
	}
	scap8 := make([]B50, 0, 8)
	last = cap(scap8)
	fmt.Printf("cap8 50 %d->%d\n", len(scap8), cap(scap8))
	for len(scap8) < 200 {
		scap8 = append(scap8, v)
		if cap(scap8) != last {
			last = cap(scap8)
			fmt.Printf("cap8 50 %d->%d\n", len(scap8), cap(scap8))
		}
	}
	scap17 := make([]B50, 0, 17)
	last = cap(scap17)
	fmt.Printf("cap17 50 %d->%d\n", len(scap17), cap(scap17))
	for len(scap17) < 200 {
		scap17 = append(scap17, v)
		if cap(scap17) != last {
			last = cap(scap17)
			fmt.Printf("cap17 50 %d->%d\n", len(scap17), cap(scap17))
		}
	}
	slen1 := make([]B50, 1)
	last = cap(slen1)
	fmt.Printf("len1 50 %d->%d\n", len(slen1), cap(slen1))
	for len(slen1) < 200 {
		slen1 = append(slen1, v)
		if cap(slen1) != last {
			last = cap(slen1)
			fmt.Printf("len1 50 %d->%d\n", len(slen1), cap(slen1))
		}
	}
	slen2 := make([]B50, 2)
	last = cap(slen2)
	fmt.Printf("len2 50 %d->%d\n", len(slen2), cap(slen2))
	for len(slen2) < 200 {
		slen2 = append(slen2, v)
		if cap(slen2) != last {
			last = cap(slen2)
			fmt.Printf("len2 50 %d->%d\n", len(slen2), cap(slen2))
		}
	}
	slen5 := make([]B50, 5)
	last = cap(slen5)
	fmt.Printf("len5 50 %d->%d\n", len(slen5), cap(slen5))
	for len(slen5) < 200 {
		slen5 = append(slen5, v)
		if cap(slen5) != last {
			last = cap(slen5)
			fmt.Printf("len5 50 %d->%d\n", len(slen5), cap(slen5))
		}
	}
	slit3 := []B50{v, v, v}
	last = cap(slit3)
	fmt.Printf("lit3 50 %d->%d\n", len(slit3), cap(slit3))
	for len(slit3) < 200 {
		slit3 = append(slit3, v)
		if cap(slit3) != last {
			last = cap(slit3)
			fmt.Printf("lit3 50 %d->%d\n", len(slit3), cap(slit3))
		}
	}
}

func probeB51() {
	var v B51
	var last int
	var snil []B51
	last = cap(snil)
	fmt.Printf("nil 51 %d->%d\n", len(snil), cap(snil))
	for len(snil) < 200 {
		snil = append(snil, v)
		if cap(snil) != last {
			last = cap(snil)
			fmt.Printf("nil 51 %d->%d\n", len(snil), cap(snil))
		}
	}
	scap0 := make([]B51, 0, 0)
	last = cap(scap0)
	fmt.Printf("cap0 51 %d->%d\n", len(scap0), cap(scap0))
	for len(scap0) < 200 {
		scap0 = append(scap0, v)
		if cap(scap0) != last {
			last = cap(scap0)
			fmt.Printf("cap0 51 %d->%d\n", len(scap0), cap(scap0))
		}
	}
	scap1 := make([]B51, 0, 1)
	last = cap(scap1)
	fmt.Printf("cap1 51 %d->%d\n", len(scap1), cap(scap1))
	for len(scap1) < 200 {
		scap1 = append(scap1, v)
		if cap(scap1) != last {
			last = cap(scap1)
			fmt.Printf("cap1 51 %d->%d\n", len(scap1), cap(scap1))
		}
	}
	scap3 := make([]B51, 0, 3)
	last = cap(scap3)
	fmt.Printf("cap3 51 %d->%d\n", len(scap3), cap(scap3))
	for len(scap3) < 200 {
		scap3 = append(scap3, v)
		if cap(scap3) != last {
			last = cap(scap3)
			fmt.Printf("cap3 51 %d->%d\n", len(scap3), cap(scap3))
		}
	}
	scap5 := make([]B51, 0, 5)
	last = cap(scap5)
	fmt.Printf("cap5 51 %d->%d\n", len(scap5), cap(scap5))
	for len(scap5) < 200 {
		scap5 = append(scap5, v)
		if cap(scap5) != last {
			last = cap(scap5)
			fmt.Printf("cap5 51 %d->%d\n", len(scap5), cap(scap5))
		}
	}
	scap8 := make([]B51, 0, 8)
	last = cap(scap8)
	fmt.Printf("cap8 51 %d->%d\n", len(scap8), cap(scap8))
	for len(scap8) < 200 {
		scap8 = append(scap8, v)
		if cap(scap8) != last {
			last = cap(scap8)
			fmt.Printf("cap8 51 %d->%d\n", len(scap8), cap(scap8))
		}
	}
	scap17 := make([]B51, 0, 17)
	last = cap(scap17)
	fmt.Printf("cap17 51 %d->%d\n", len(scap17), cap(scap17))
	for len(scap17) < 200 {
		scap17 = append(scap17, v)
		if cap(scap17) != last {
			last = cap(scap17)
			fmt.Printf("cap17 51 %d->%d\n", len(scap17), cap(scap17))
		}
	}
	slen1 := make([]B51, 1)
	last = cap(slen1)
	fmt.Printf("len1 51 %d->%d\n", len(slen1), cap(slen1))
	for len(slen1) < 200 {
		slen1 = append(slen1, v)
		if cap(slen1) != last {
			last = cap(slen1)
			fmt.Printf("len1 51 %d->%d\n", len(slen1), cap(slen1))
		}
	}
	slen2 := make([]B51, 2)
	last = cap(slen2)
	fmt.Printf("len2 51 %d->%d\n", len(slen2), cap(slen2))
	for len(slen2) < 200 {
		slen2 = append(slen2, v)
		if cap(slen2) != last {
			last = cap(slen2)
			fmt.Printf("len2 51 %d->%d\n", len(slen2), cap(slen2))
		}
	}
	slen5 := make([]B51, 5)
	last = cap(slen5)
	fmt.Printf("len5 51 %d->%d\n", len(slen5), cap(slen5))
	for len(slen5) < 200 {
		slen5 = append(slen5, v)
		if cap(slen5) != last {
			last = cap(slen5)
			fmt.Printf("len5 51 %d->%d\n", len(slen5), cap(slen5))
		}
	}
	slit3 := []B51{v, v, v}
	last = cap(slit3)
	fmt.Printf("lit3 51 %d->%d\n", len(slit3), cap(slit3))
	for len(slit3) < 200 {
		slit3 = append(slit3, v)
		if cap(slit3) != last {
			last = cap(slit3)
			fmt.Printf("lit3 51 %d->%d\n", len(slit3), cap(slit3))
		}
	}
}

func probeB52() {
	var v B52
	var last int
	var snil []B52
	last = cap(snil)
	fmt.Printf("nil 52 %d->%d\n", len(snil), cap(snil))
	for len(snil) < 200 {
		snil = append(snil, v)
		if cap(snil) != last {
			last = cap(snil)
			fmt.Printf("nil 52 %d->%d\n", len(snil), cap(snil))
		}
	}
	scap0 := make([]B52, 0, 0)
	last = cap(scap0)
	fmt.Printf("cap0 52 %d->%d\n", len(scap0), cap(scap0))
	for len(scap0) < 200 {
		scap0 = append(scap0, v)
		if cap(scap0) != last {
			last = cap(scap0)
			fmt.Printf("cap0 52 %d->%d\n", len(scap0), cap(scap0))
		}
	}
	scap1 := make([]B52, 0, 1)
	last = cap(scap1)
	fmt.Printf("cap1 52 %d->%d\n", len(scap1), cap(scap1))
	for len(scap1) < 200 {
		scap1 = append(scap1, v)
		if cap(scap1) != last {
			last = cap(scap1)
			fmt.Printf("cap1 52 %d->%d\n", len(scap1), cap(scap1))
		}
	}
	scap3 := make([]B52, 0, 3)
	last = cap(scap3)
	fmt.Printf("cap3 52 %d->%d\n", len(scap3), cap(scap3))
	for len(scap3) < 200 {
		scap3 = append(scap3, v)
		if cap(scap3) != last {
			last = cap(scap3)
			fmt.Printf("cap3 52 %d->%d\n", len(scap3), cap(scap3))
		}
	}
	scap5 := make([]B52, 0, 5)
	last = cap(scap5)
	fmt.Printf("cap5 52 %d->%d\n", len(scap5), cap(scap5))
	for len(scap5) < 200 {
		scap5 = append(scap5, v)
		if cap(scap5) != last {
			last = cap(scap5)
			fmt.Printf("cap5 52 %d->%d\n", len(scap5), cap(scap5))
		}
	}
	scap8 := make([]B52, 0, 8)
	last = cap(scap8)
	fmt.Printf("cap8 52 %d->%d\n", len(scap8), cap(scap8))
	for len(scap8) < 200 {
		scap8 = append(scap8, v)
		if cap(scap8) != last {
			last = cap(scap8)
			fmt.Printf("cap8 52 %d->%d\n", len(scap8), cap(scap8))
		}
	}
	scap17 := make([]B52, 0, 17)
	last = cap(scap17)
	fmt.Printf("cap17 52 %d->%d\n", len(scap17), cap(scap17))
	for len(scap17) < 200 {
		scap17 = append(scap17, v)
		if cap(scap17) != last {
			last = cap(scap17)
			fmt.Printf("cap17 52 %d->%d\n", len(scap17), cap(scap17))
		}
	}
	slen1 := make([]B52, 1)
	last = cap(slen1)
	fmt.Printf("len1 52 %d->%d\n", len(slen1), cap(slen1))
	for len(slen1) < 200 {
		slen1 = append(slen1, v)
		if cap(slen1) != last {
			last = cap(slen1)
			fmt.Printf("len1 52 %d->%d\n", len(slen1), cap(slen1))
		}
	}
	slen2 := make([]B52, 2)
	last = cap(slen2)
	fmt.Printf("len2 52 %d->%d\n", len(slen2), cap(slen2))
	for len(slen2) < 200 {
		slen2 = append(slen2, v)
		if cap(slen2) != last {
			last = cap(slen2)
			fmt.Printf("len2 52 %d->%d\n", len(slen2), cap(slen2))
		}
	}
	slen5 := make([]B52, 5)
	last = cap(slen5)
	fmt.Printf("len5 52 %d->%d\n", len(slen5), cap(slen5))
	for len(slen5) < 200 {
		slen5 = append(slen5, v)
		if cap(slen5) != last {
			last = cap(slen5)
			fmt.Printf("len5 52 %d->%d\n", len(slen5), cap(slen5))
		}
	}
	slit3 := []B52{v, v, v}
	last = cap(slit3)
	fmt.Printf("lit3 52 %d->%d\n", len(slit3), cap(slit3))
	for len(slit3) < 200 {
		slit3 = append(slit3, v)
		if cap(slit3) != last {
			last = cap(slit3)
			fmt.Printf("lit3 52 %d->%d\n", len(slit3), cap(slit3))
		}
	}
}

func probeB53() {
	var v B53
	var last int
	var snil []B53
	last = cap(snil)
	fmt.Printf("nil 53 %d->%d\n", len(snil), cap(snil))
	for len(snil) < 200 {
		snil = append(snil, v)
		if cap(snil) != last {
			last = cap(snil)
			fmt.Printf("nil 53 %d->%d\n", len(snil), cap(snil))
		}
	}
	scap0 := make([]B53, 0, 0)
	last = cap(scap0)
	fmt.Printf("cap0 53 %d->%d\n", len(scap0), cap(scap0))
	for len(scap0) < 200 {
		scap0 = append(scap0, v)
		if cap(scap0) != last {
			last = cap(scap0)
			fmt.Printf("cap0 53 %d->%d\n", len(scap0), cap(scap0))
		}
	}
	scap1 := make([]B53, 0, 1)
	last = cap(scap1)
	fmt.Printf("cap1 53 %d->%d\n", len(scap1), cap(scap1))
	for len(scap1) < 200 {
		scap1 = append(scap1, v)
		if cap(scap1) != last {
			last = cap(scap1)
			fmt.Printf("cap1 53 %d->%d\n", len(scap1), cap(scap1))
		}
	}
	scap3 := make([]B53, 0, 3)
	last = cap(scap3)
	fmt.Printf("cap3 53 %d->%d\n", len(scap3), cap(scap3))
	for len(scap3) < 200 {
		scap3 = append(scap3, v)
		if cap(scap3) != last {
			last = cap(scap3)
			fmt.Printf("cap3 53 %d->%d\n", len(scap3), cap(scap3))
		}
	}
	scap5 := make([]B53, 0, 5)
	last = cap(scap5)
	fmt.Printf("cap5 53 %d->%d\n", len(scap5), cap(scap5))
	for len(scap5) < 200 {
		scap5 = append(scap5, v)
		if cap(scap5) != last {
			last = cap(scap5)
			fmt.Printf("cap5 53 %d->%d\n", len(scap5), cap(scap5))
		}
	}
	scap8 := make([]B53, 0, 8)
	last = cap(scap8)
	fmt.Printf("cap8 53 %d->%d\n", len(scap8), cap(scap8))
	for len(scap8) < 200 {
		scap8 = append(scap8, v)
		if cap(scap8) != last {
			last = cap(scap8)
			fmt.Printf("cap8 53 %d->%d\n", len(scap8), cap(scap8))
		}
	}
	scap17 := make([]B53, 0, 17)
	last = cap(scap17)
	fmt.Printf("cap17 53 %d->%d\n", len(scap17), cap(scap17))
	for len(scap17) < 200 {
		scap17 = append(scap17, v)
		if cap(scap17) != last {
			last = cap(scap17)
			fmt.Printf("cap17 53 %d->%d\n", len(scap17), cap(scap17))
		}
	}
	slen1 := make([]B53, 1)
	last = cap(slen1)
	fmt.Printf("len1 53 %d->%d\n", len(slen1), cap(slen1))
	for len(slen1) < 200 {
		slen1 = append(slen1, v)
		if cap(slen1) != last {
			last = cap(slen1)
			fmt.Printf("len1 53 %d->%d\n", len(slen1), cap(slen1))
		}
	}
	slen2 := make([]B53, 2)
	last = cap(slen2)
	fmt.Printf("len2 53 %d->%d\n", len(slen2), cap(slen2))
	for len(slen2) < 200 {
		slen2 = append(slen2, v)
		if cap(slen2) != last {
			last = cap(slen2)
			fmt.Printf("len2 53 %d->%d\n", len(slen2), cap(slen2))
		}
	}
	slen5 := make([]B53, 5)
	last = cap(slen5)
	fmt.Printf("len5 53 %d->%d\n", len(slen5), cap(slen5))
	for len(slen5) < 200 {
		slen5 = append(slen5, v)
		if cap(slen5) != last {
			last = cap(slen5)
			fmt.Printf("len5 53 %d->%d\n", len(slen5), cap(slen5))
		}
	}
	slit3 := []B53{v, v, v}
	last = cap(slit3)
	fmt.Printf("lit3 53 %d->%d\n", len(slit3), cap(slit3))
	for len(slit3) < 200 {
		slit3 = append(slit3, v)
		if cap(slit3) != last {
			last = cap(slit3)
			fmt.Printf("lit3 53 %d->%d\n", len(slit3), cap(slit3))
		}
	}
}

func probeB54() {
	var v B54
	var last int
	var snil []B54
	last = cap(snil)
	fmt.Printf("nil 54 %d->%d\n", len(snil), cap(snil))
	for len(snil) < 200 {
		snil = append(snil, v)
		if cap(snil) != last {
			last = cap(snil)
			fmt.Printf("nil 54 %d->%d\n", len(snil), cap(snil))
		}
	}
	scap0 := make([]B54, 0, 0)
	last = cap(scap0)
	fmt.Printf("cap0 54 %d->%d\n", len(scap0), cap(scap0))
	for len(scap0) < 200 {
		scap0 = append(scap0, v)
		if cap(scap0) != last {
			last = cap(scap0)
			fmt.Printf("cap0 54 %d->%d\n", len(scap0), cap(scap0))
		}
	}
	scap1 := make([]B54, 0, 1)
	last = cap(scap1)
	fmt.Printf("cap1 54 %d->%d\n", len(scap1), cap(scap1))
	for len(scap1) < 200 {
		scap1 = append(scap1, v)
		if cap(scap1) != last {
			last = cap(scap1)
			fmt.Printf("cap1 54 %d->%d\n", len(scap1), cap(scap1))
		}
	}
	scap3 := make([]B54, 0, 3)
	last = cap(scap3)
	fmt.Printf("cap3 54 %d->%d\n", len(scap3), cap(scap3))
	for len(scap3) < 200 {
		scap3 = append(scap3, v)
		if cap(scap3) != last {
			last = cap(scap3)
			fmt.Printf("cap3 54 %d->%d\n", len(scap3), cap(scap3))
		}
	}
	scap5 := make([]B54, 0, 5)
	last = cap(scap5)
	fmt.Printf("cap5 54 %d->%d\n", len(scap5), cap(scap5))
	for len(scap5) < 200 {
		scap5 = append(scap5, v)
		if cap(scap5) != last {
			last = cap(scap5)
			fmt.Printf("cap5 54 %d->%d\n", len(scap5), cap(scap5))
		}
	}
	scap8 := make([]B54, 0, 8)
	last = cap(scap8)
	fmt.Printf("cap8 54 %d->%d\n", len(scap8), cap(scap8))
	for len(scap8) < 200 {
		scap8 = append(scap8, v)
		if cap(scap8) != last {
			last = cap(scap8)
			fmt.Printf("cap8 54 %d->%d\n", len(scap8), cap(scap8))
		}
	}
	scap17 := make([]B54, 0, 17)
	last = cap(scap17)
	fmt.Printf("cap17 54 %d->%d\n", len(scap17), cap(scap17))
	for len(scap17) < 200 {
		scap17 = append(scap17, v)
		if cap(scap17) != last {
			last = cap(scap17)
			fmt.Printf("cap17 54 %d->%d\n", len(scap17), cap(scap17))
		}
	}
	slen1 := make([]B54, 1)
	last = cap(slen1)
	fmt.Printf("len1 54 %d->%d\n", len(slen1), cap(slen1))
	for len(slen1) < 200 {
		slen1 = append(slen1, v)
		if cap(slen1) != last {
			last = cap(slen1)
			fmt.Printf("len1 54 %d->%d\n", len(slen1), cap(slen1))
		}
	}
	slen2 := make([]B54, 2)
	last = cap(slen2)
	fmt.Printf("len2 54 %d->%d\n", len(slen2), cap(slen2))
	for len(slen2) < 200 {
		slen2 = append(slen2, v)
		if cap(slen2) != last {
			last = cap(slen2)
			fmt.Printf("len2 54 %d->%d\n", len(slen2), cap(slen2))
		}
	}
	slen5 := make([]B54, 5)
	last = cap(slen5)
	fmt.Printf("len5 54 %d->%d\n", len(slen5), cap(slen5))
	for len(slen5) < 200 {
		slen5 = append(slen5, v)
		if cap(slen5) != last {
			last = cap(slen5)
			fmt.Printf("len5 54 %d->%d\n", len(slen5), cap(slen5))
		}
	}
	slit3 := []B54{v, v, v}
	last = cap(slit3)
	fmt.Printf("lit3 54 %d->%d\n", len(slit3), cap(slit3))
	for len(slit3) < 200 {
		slit3 = append(slit3, v)
		if cap(slit3) != last {
			last = cap(slit3)
			fmt.Printf("lit3 54 %d->%d\n", len(slit3), cap(slit3))
		}
	}
}

func probeB55() {
	var v B55
	var last int
	var snil []B55
	last = cap(snil)
	fmt.Printf("nil 55 %d->%d\n", len(snil), cap(snil))
	for len(snil) < 200 {
		snil = append(snil, v)
		if cap(snil) != last {
			last = cap(snil)
			fmt.Printf("nil 55 %d->%d\n", len(snil), cap(snil))
		}
	}
	scap0 := make([]B55, 0, 0)
	last = cap(scap0)
	fmt.Printf("cap0 55 %d->%d\n", len(scap0), cap(scap0))
	for len(scap0) < 200 {
		scap0 = append(scap0, v)
		if cap(scap0) != last {
			last = cap(scap0)
			fmt.Printf("cap0 55 %d->%d\n", len(scap0), cap(scap0))
		}
	}
	scap1 := make([]B55, 0, 1)
	last = cap(scap1)
	fmt.Printf("cap1 55 %d->%d\n", len(scap1), cap(scap1))
	for len(scap1) < 200 {
		scap1 = append(scap1, v)
		if cap(scap1) != last {
			last = cap(scap1)
			fmt.Printf("cap1 55 %d->%d\n", len(scap1), cap(scap1))
		}
	}
	scap3 := make([]B55, 0, 3)
	last = cap(scap3)
	fmt.Printf("cap3 55 %d->%d\n", len(scap3), cap(scap3))
	for len(scap3) < 200 {
		scap3 = append(scap3, v)
		if cap(scap3) != last {
			last = cap(scap3)
			fmt.Printf("cap3 55 %d->%d\n", len(scap3), cap(scap3))
		}
	}
	scap5 := make([]B55, 0, 5)
	last = cap(scap5)
	fmt.Printf("cap5 55 %d->%d\n", len(scap5), cap(scap5))
	for len(scap5) < 200 {
		scap5 = append(scap5, v)
		if cap(scap5) != last {
			last = cap(scap5)
			fmt.Printf("cap5 55 %d->%d\n", len(scap5), cap(scap5))
		}
	}
	scap8 := make([]B55, 0, 8)
	last = cap(scap8)
	fmt.Printf("cap8 55 %d->%d\n", len(scap8), cap(scap8))
	for len(scap8) < 200 {
		scap8 = append(scap8, v)
		if cap(scap8) != last {
			last = cap(scap8)
			fmt.Printf("cap8 55 %d->%d\n", len(scap8), cap(scap8))
		}
	}
	scap17 := make([]B55, 0, 17)
	last = cap(scap17)
	fmt.Printf("cap17 55 %d->%d\n", len(scap17), cap(scap17))
	for len(scap17) < 200 {
		scap17 = append(scap17, v)
		if cap(scap17) != last {
			last = cap(scap17)
			fmt.Printf("cap17 55 %d->%d\n", len(scap17), cap(scap17))
		}
	}
	slen1 := make([]B55, 1)
	last = cap(slen1)
	fmt.Printf("len1 55 %d->%d\n", len(slen1), cap(slen1))
	for len(slen1) < 200 {
		slen1 = append(slen1, v)
		if cap(slen1) != last {
			last = cap(slen1)
			fmt.Printf("len1 55 %d->%d\n", len(slen1), cap(slen1))
		}
	}
	slen2 := make([]B55, 2)
	last = cap(slen2)
	fmt.Printf("len2 55 %d->%d\n", len(slen2), cap(slen2))
	for len(slen2) < 200 {
		slen2 = append(slen2, v)
		if cap(slen2) != last {
			last = cap(slen2)
			fmt.Printf("len2 55 %d->%d\n", len(slen2), cap(slen2))
		}
	}
	slen5 := make([]B55, 5)
	last = cap(slen5)
	fmt.Printf("len5 55 %d->%d\n", len(slen5), cap(slen5))
	for len(slen5) < 200 {
		slen5 = append(slen5, v)
		if cap(slen5) != last {
			last = cap(slen5)
			fmt.Printf("len5 55 %d->%d\n", len(slen5), cap(slen5))
		}
	}
	slit3 := []B55{v, v, v}
	last = cap(slit3)
	fmt.Printf("lit3 55 %d->%d\n", len(slit3), cap(slit3))
	for len(slit3) < 200 {
		slit3 = append(slit3, v)
		if cap(slit3) != last {
			last = cap(slit3)
			fmt.Printf("lit3 55 %d->%d\n", len(slit3), cap(slit3))
		}
	}
}

func probeB56() {
	var v B56
	var last int
	var snil []B56
	last = cap(snil)
	fmt.Printf("nil 56 %d->%d\n", len(snil), cap(snil))
	for len(snil) < 200 {
		snil = append(snil, v)
		if cap(snil) != last {
			last = cap(snil)
			fmt.Printf("nil 56 %d->%d\n", len(snil), cap(snil))
		}
	}
	scap0 := make([]B56, 0, 0)
	last = cap(scap0)
	fmt.Printf("cap0 56 %d->%d\n", len(scap0), cap(scap0))
	for len(scap0) < 200 {
		scap0 = append(scap0, v)
		if cap(scap0) != last {
			last = cap(scap0)
			fmt.Printf("cap0 56 %d->%d\n", len(scap0), cap(scap0))
		}
	}
	scap1 := make([]B56, 0, 1)
	last = cap(scap1)
	fmt.Printf("cap1 56 %d->%d\n", len(scap1), cap(scap1))
	for len(scap1) < 200 {
		scap1 = append(scap1, v)
		if cap(scap1) != last {
			last = cap(scap1)
			fmt.Printf("cap1 56 %d->%d\n", len(scap1), cap(scap1))
		}
	}
	scap3 := make([]B56, 0, 3)
	last = cap(scap3)
	fmt.Printf("cap3 56 %d->%d\n", len(scap3), cap(scap3))
	for len(scap3) < 200 {
		scap3 = append(scap3, v)
		if cap(scap3) != last {
			last = cap(scap3)
			fmt.Printf("cap3 56 %d->%d\n", len(scap3), cap(scap3))
		}
	}
	scap5 := make([]B56, 0, 5)
	last = cap(scap5)
	fmt.Printf("cap5 56 %d->%d\n", len(scap5), cap(scap5))
	for len(scap5) < 200 {
		scap5 = append(scap5, v)
		if cap(scap5) != last {
			last = cap(scap5)
			fmt.Printf("cap5 56 %d->%d\n", len(scap5), cap(scap5))
		}
	}
	scap8 := make([]B56, 0, 8)
	last = cap(scap8)
	fmt.Printf("cap8 56 %d->%d\n", len(scap8), cap(scap8))
	for len(scap8) < 200 {
		scap8 = append(scap8, v)
		if cap(scap8) != last {
			last = cap(scap8)
			fmt.Printf("cap8 56 %d->%d\n", len(scap8), cap(scap8))
		}
	}
	scap17 := make([]B56, 0, 17)
	last = cap(scap17)
	fmt.Printf("cap17 56 %d->%d\n", len(scap17), cap(scap17))
	for len(scap17) < 200 {
		scap17 = append(scap17, v)
		if cap(scap17) != last {
			last = cap(scap17)
			fmt.Printf("cap17 56 %d->%d\n", len(scap17), cap(scap17))
		}
	}
	slen1 := make([]B56, 1)
	last = cap(slen1)
	fmt.Printf("len1 56 %d->%d\n", len(slen1), cap(slen1))
	for len(slen1) < 200 {
		slen1 = append(slen1, v)
		if cap(slen1) != last {
			last = cap(slen1)
			fmt.Printf("len1 56 %d->%d\n", len(slen1), cap(slen1))
		}
	}
	slen2 := make([]B56, 2)
	last = cap(slen2)
	fmt.Printf("len2 56 %d->%d\n", len(slen2), cap(slen2))
	for len(slen2) < 200 {
		slen2 = append(slen2, v)
		if cap(slen2) != last {
			last = cap(slen2)
			fmt.Printf("len2 56 %d->%d\n", len(slen2), cap(slen2))
		}
	}
	slen5 := make([]B56, 5)
	last = cap(slen5)
	fmt.Printf("len5 56 %d->%d\n", len(slen5), cap(slen5))
	for len(slen5) < 200 {
		slen5 = append(slen5, v)
		if cap(slen5) != last {
			last = cap(slen5)
			fmt.Printf("len5 56 %d->%d\n", len(slen5), cap(slen5))
		}
	}
	slit3 := []B56{v, v, v}
	last = cap(slit3)
	fmt.Printf("lit3 56 %d->%d\n", len(slit3), cap(slit3))
	for len(slit3) < 200 {
		slit3 = append(slit3, v)
		if cap(slit3) != last {
			last = cap(slit3)
			fmt.Printf("lit3 56 %d->%d\n", len(slit3), cap(slit3))
		}
	}
}

func probeB57() {
	var v B57
	var last int
	var snil []B57
	last = cap(snil)
	fmt.Printf("nil 57 %d->%d\n", len(snil), cap(snil))
	for len(snil) < 200 {
		snil = append(snil, v)
		if cap(snil) != last {
			last = cap(snil)
			fmt.Printf("nil 57 %d->%d\n", len(snil), cap(snil))
		}
	}
	scap0 := make([]B57, 0, 0)
	last = cap(scap0)
	fmt.Printf("cap0 57 %d->%d\n", len(scap0), cap(scap0))
	for len(scap0) < 200 {
		scap0 = append(scap0, v)
		if cap(scap0) != last {
			last = cap(scap0)
			fmt.Printf("cap0 57 %d->%d\n", len(scap0), cap(scap0))
		}
	}
	scap1 := make([]B57, 0, 1)
	last = cap(scap1)
	fmt.Printf("cap1 57 %d->%d\n", len(scap1), cap(scap1))
	for len(scap1) < 200 {
		scap1 = append(scap1, v)
		if cap(scap1) != last {
			last = cap(scap1)
			fmt.Printf("cap1 57 %d->%d\n", len(scap1), cap(scap1))
		}
	}
	scap3 := make([]B57, 0, 3)
	last = cap(scap3)
	fmt.Printf("cap3 57 %d->%d\n", len(scap3), cap(scap3))
	for len(scap3) < 200 {
		scap3 = append(scap3, v)
		if cap(scap3) != last {
			last = cap(scap3)
			fmt.Printf("cap3 57 %d->%d\n", len(scap3), cap(scap3))
		}
	}
	scap5 := make([]B57, 0, 5)
	last = cap(scap5)
	fmt.Printf("cap5 57 %d->%d\n", len(scap5), cap(scap5))
	for len(scap5) < 200 {
		scap5 = append(scap5, v)
		if cap(scap5) != last {
			last = cap(scap5)
			fmt.Printf("cap5 57 %d->%d\n", len(scap5), cap(scap5))
		}
	}
	scap8 := make([]B57, 0, 8)
	last = cap(scap8)
	fmt.Printf("cap8 57 %d->%d\n", len(scap8), cap(scap8))
	for len(scap8) < 200 {
		scap8 = append(scap8, v)
		if cap(scap8) != last {
			last = cap(scap8)
			fmt.Printf("cap8 57 %d->%d\n", len(scap8), cap(scap8))
		}
	}
	scap17 := make([]B57, 0, 17)
	last = cap(scap17)
	fmt.Printf("cap17 57 %d->%d\n", len(scap17), cap(scap17))
	for len(scap17) < 200 {
		scap17 = append(scap17, v)
		if cap(scap17) != last {
			last = cap(scap17)
			fmt.Printf("cap17 57 %d->%d\n", len(scap17), cap(scap17))
		}
	}
	slen1 := make([]B57, 1)
	last = cap(slen1)
	fmt.Printf("len1 57 %d->%d\n", len(slen1), cap(slen1))
	for len(slen1) < 200 {
		slen1 = append(slen1, v)
		if cap(slen1) != last {
			last = cap(slen1)
			fmt.Printf("len1 57 %d->%d\n", len(slen1), cap(slen1))
		}
	}
	slen2 := make([]B57, 2)
	last = cap(slen2)
	fmt.Printf("len2 57 %d->%d\n", len(slen2), cap(slen2))
	for len(slen2) < 200 {
		slen2 = append(slen2, v)
		if cap(slen2) != last {
			last = cap(slen2)
			fmt.Printf("len2 57 %d->%d\n", len(slen2), cap(slen2))
		}
	}
	slen5 := make([]B57, 5)
	last = cap(slen5)
	fmt.Printf("len5 57 %d->%d\n", len(slen5), cap(slen5))
	for len(slen5) < 200 {
		slen5 = append(slen5, v)
		if cap(slen5) != last {
			last = cap(slen5)
			fmt.Printf("len5 57 %d->%d\n", len(slen5), cap(slen5))
		}
	}
	slit3 := []B57{v, v, v}
	last = cap(slit3)
	fmt.Printf("lit3 57 %d->%d\n", len(slit3), cap(slit3))
	for len(slit3) < 200 {
		slit3 = append(slit3, v)
		if cap(slit3) != last {
			last = cap(slit3)
			fmt.Printf("lit3 57 %d->%d\n", len(slit3), cap(slit3))
		}
	}
}

func probeB58() {
	var v B58
	var last int
	var snil []B58
	last = cap(snil)
	fmt.Printf("nil 58 %d->%d\n", len(snil), cap(snil))
	for len(snil) < 200 {
		snil = append(snil, v)
		if cap(snil) != last {
			last = cap(snil)
			fmt.Printf("nil 58 %d->%d\n", len(snil), cap(snil))
		}
	}
	scap0 := make([]B58, 0, 0)
	last = cap(scap0)
	fmt.Printf("cap0 58 %d->%d\n", len(scap0), cap(scap0))
	for len(scap0) < 200 {
		scap0 = append(scap0, v)
		if cap(scap0) != last {
			last = cap(scap0)
			fmt.Printf("cap0 58 %d->%d\n", len(scap0), cap(scap0))
		}
	}
	scap1 := make([]B58, 0, 1)
	last = cap(scap1)
	fmt.Printf("cap1 58 %d->%d\n", len(scap1), cap(scap1))
	for len(scap1) < 200 {
		scap1 = append(scap1, v)
		if cap(scap1) != last {
			last = cap(scap1)
			fmt.Printf("cap1 58 %d->%d\n", len(scap1), cap(scap1))
		}
	}
	scap3 := make([]B58, 0, 3)
	last = cap(scap3)
	fmt.Printf("cap3 58 %d->%d\n", len(scap3), cap(scap3))
	for len(scap3) < 200 {
		scap3 = append(scap3, v)
		if cap(scap3) != last {
			last = cap(scap3)
			fmt.Printf("cap3 58 %d->%d\n", len(scap3), cap(scap3))
		}
	}
	scap5 := make([]B58, 0, 5)
	last = cap(scap5)
	fmt.Printf("cap5 58 %d->%d\n", len(scap5), cap(scap5))
	for len(scap5) < 200 {
		scap5 = append(scap5, v)
		if cap(scap5) != last {
			last = cap(scap5)
			fmt.Printf("cap5 58 %d->%d\n", len(scap5), cap(scap5))
		}
	}
	scap8 := make([]B58, 0, 8)
	last = cap(scap8)
	fmt.Printf("cap8 58 %d->%d\n", len(scap8), cap(scap8))
	for len(scap8) < 200 {
		scap8 = append(scap8, v)
		if cap(scap8) != last {
			last = cap(scap8)
			fmt.Printf("cap8 58 %d->%d\n", len(scap8), cap(scap8))
		}
	}
	scap17 := make([]B58, 0, 17)
	last = cap(scap17)
	fmt.Printf("cap17 58 %d->%d\n", len(scap17), cap(scap17))
	for len(scap17) < 200 {
		scap17 = append(scap17, v)
		if cap(scap17) != last {
			last = cap(scap17)
			fmt.Printf("cap17 58 %d->%d\n", len(scap17), cap(scap17))
		}
	}
	slen1 := make([]B58, 1)
	last = cap(slen1)
	fmt.Printf("len1 58 %d->%d\n", len(slen1), cap(slen1))
	for len(slen1) < 200 {
		slen1 = append(slen1, v)
		if cap(slen1) != last {
			last = cap(slen1)
			fmt.Printf("len1 58 %d->%d\n", len(slen1), cap(slen1))
		}
	}
	slen2 := make([]B58, 2)
	last = cap(slen2)
	fmt.Printf("len2 58 %d->%d\n", len(slen2), cap(slen2))
	for len(slen2) < 200 {
		slen2 = append(slen2, v)
		if cap(slen2) != last {
			last = cap(slen2)
			fmt.Printf("len2 58 %d->%d\n", len(slen2), cap(slen2))
		}
	}
	slen5 := make([]B58, 5)
	last = cap(slen5)
	fmt.Printf("len5 58 %d->%d\n", len(slen5), cap(slen5))
	for len(slen5) < 200 {
		slen5 = append(slen5, v)
		if cap(slen5) != last {
			last = cap(slen5)
			fmt.Printf("len5 58 %d->%d\n", len(slen5), cap(slen5))
		}
	}
	slit3 := []B58{v, v, v}
	last = cap(slit3)
	fmt.Printf("lit3 58 %d->%d\n", len(slit3), cap(slit3))
	for len(slit3) < 200 {
		slit3 = append(slit3, v)
		if cap(slit3) != last {
			last = cap(slit3)
			fmt.Printf("lit3 58 %d->%d\n", len(slit3), cap(slit3))
		}
	}
}

func probeB59() {
	var v B59
	var last int
	var snil []B59
	last = cap(snil)
	fmt.Printf("nil 59 %d->%d\n", len(snil), cap(snil))
	for len(snil) < 200 {
		snil = append(snil, v)
		if cap(snil) != last {
			last = cap(snil)
			fmt.Printf("nil 59 %d->%d\n", len(snil), cap(snil))
		}
	}
	scap0 := make([]B59, 0, 0)
	last = cap(scap0)
	fmt.Printf("cap0 59 %d->%d\n", len(scap0), cap(scap0))
	for len(scap0) < 200 {
		scap0 = append(scap0, v)
		if cap(scap0) != last {
			last = cap(scap0)
			fmt.Printf("cap0 59 %d->%d\n", len(scap0), cap(scap0))
		}
	}
	scap1 := make([]B59, 0, 1)
	last = cap(scap1)
	fmt.Printf("cap1 59 %d->%d\n", len(scap1), cap(scap1))
	for len(scap1) < 200 {
		scap1 = append(scap1, v)
		if cap(scap1) != last {
			last = cap(scap1)
			fmt.Printf("cap1 59 %d->%d\n", len(scap1), cap(scap1))
		}
	}
	scap3 := make([]B59, 0, 3)
	last = cap(scap3)
	fmt.Printf("cap3 59 %d->%d\n", len(scap3), cap(scap3))
	for len(scap3) < 200 {
		scap3 = append(scap3, v)
		if cap(scap3) != last {
			last = cap(scap3)
			fmt.Printf("cap3 59 %d->%d\n", len(scap3), cap(scap3))
		}
	}
	scap5 := make([]B59, 0, 5)
	last = cap(scap5)
	fmt.Printf("cap5 59 %d->%d\n", len(scap5), cap(scap5))
	for len(scap5) < 200 {
		scap5 = append(scap5, v)
		if cap(scap5) != last {
			last = cap(scap5)
			fmt.Printf("cap5 59 %d->%d\n", len(scap5), cap(scap5))
		}
	}
	scap8 := make([]B59, 0, 8)
	last = cap(scap8)
	fmt.Printf("cap8 59 %d->%d\n", len(scap8), cap(scap8))
	for len(scap8) < 200 {
		scap8 = append(scap8, v)
		if cap(scap8) != last {
			last = cap(scap8)
			fmt.Printf("cap8 59 %d->%d\n", len(scap8), cap(scap8))
		}
	}
	scap17 := make([]B59, 0, 17)
	last = cap(scap17)
	fmt.Printf("cap17 59 %d->%d\n", len(scap17), cap(scap17))
	for len(scap17) < 200 {
		scap17 = append(scap17, v)
		if cap(scap17) != last {
			last = cap(scap17)
			fmt.Printf("cap17 59 %d->%d\n", len(scap17), cap(scap17))
		}
	}
	slen1 := make([]B59, 1)
	last = cap(slen1)
	fmt.Printf("len1 59 %d->%d\n", len(slen1), cap(slen1))
	for len(slen1) < 200 {
		slen1 = append(slen1, v)
		if cap(slen1) != last {
			last = cap(slen1)
			fmt.Printf("len1 59 %d->%d\n", len(slen1), cap(slen1))
		}
	}
	slen2 := make([]B59, 2)
	last = cap(slen2)
	fmt.Printf("len2 59 %d->%d\n", len(slen2), cap(slen2))
	for len(slen2) < 200 {
		slen2 = append(slen2, v)
		if cap(slen2) != last {
			last = cap(slen2)
			fmt.Printf("len2 59 %d->%d\n", len(slen2), cap(slen2))
		}
	}
	slen5 := make([]B59, 5)
	last = cap(slen5)
	fmt.Printf("len5 59 %d->%d\n", len(slen5), cap(slen5))
	for len(slen5) < 200 {
		slen5 = append(slen5, v)
		if cap(slen5) != last {
			last = cap(slen5)
			fmt.Printf("len5 59 %d->%d\n", len(slen5), cap(slen5))
		}
	}
	slit3 := []B59{v, v, v}
	last = cap(slit3)
	fmt.Printf("lit3 59 %d->%d\n", len(slit3), cap(slit3))
	for len(slit3) < 200 {
		slit3 = append(slit3, v)
		if cap(slit3) != last {
			last = cap(slit3)
			fmt.Printf("lit3 59 %d->%d\n", len(slit3), cap(slit3))
		}
	}
}

func probeB60() {
	var v B60
	var last int
	var snil []B60
	last = cap(snil)
	fmt.Printf("nil 60 %d->%d\n", len(snil), cap(snil))
	for len(snil) < 200 {
		snil = append(snil, v)
		if cap(snil) != last {
			last = cap(snil)
			fmt.Printf("nil 60 %d->%d\n", len(snil), cap(snil))
		}
	}
	scap0 := make([]B60, 0, 0)
	last = cap(scap0)
	fmt.Printf("cap0 60 %d->%d\n", len(scap0), cap(scap0))
	for len(scap0) < 200 {
		scap0 = append(scap0, v)
		if cap(scap0) != last {
			last = cap(scap0)
			fmt.Printf("cap0 60 %d->%d\n", len(scap0), cap(scap0))
		}
	}
	scap1 := make([]B60, 0, 1)
	last = cap(scap1)
	fmt.Printf("cap1 60 %d->%d\n", len(scap1), cap(scap1))
	for len(scap1) < 200 {
		scap1 = append(scap1, v)
		if cap(scap1) != last {
			last = cap(scap1)
			fmt.Printf("cap1 60 %d->%d\n", len(scap1), cap(scap1))
		}
	}
	scap3 := make([]B60, 0, 3)
	last = cap(scap3)
	fmt.Printf("cap3 60 %d->%d\n", len(scap3), cap(scap3))
	for len(scap3) < 200 {
		scap3 = append(scap3, v)
		if cap(scap3) != last {
			last = cap(scap3)
			fmt.Printf("cap3 60 %d->%d\n", len(scap3), cap(scap3))
		}
	}
	scap5 := make([]B60, 0, 5)
	last = cap(scap5)
	fmt.Printf("cap5 60 %d->%d\n", len(scap5), cap(scap5))
	for len(scap5) < 200 {
		scap5 = append(scap5, v)
		if cap(scap5) != last {
			last = cap(scap5)
			fmt.Printf("cap5 60 %d->%d\n", len(scap5), cap(scap5))
		}
	}
	scap8 := make([]B60, 0, 8)
	last = cap(scap8)
	fmt.Printf("cap8 60 %d->%d\n", len(scap8), cap(scap8))
	for len(scap8) < 200 {
		scap8 = append(scap8, v)
		if cap(scap8) != last {
			last = cap(scap8)
			fmt.Printf("cap8 60 %d->%d\n", len(scap8), cap(scap8))
		}
	}
	scap17 := make([]B60, 0, 17)
	last = cap(scap17)
	fmt.Printf("cap17 60 %d->%d\n", len(scap17), cap(scap17))
	for len(scap17) < 200 {
		scap17 = append(scap17, v)
		if cap(scap17) != last {
			last = cap(scap17)
			fmt.Printf("cap17 60 %d->%d\n", len(scap17), cap(scap17))
		}
	}
	slen1 := make([]B60, 1)
	last = cap(slen1)
	fmt.Printf("len1 60 %d->%d\n", len(slen1), cap(slen1))
	for len(slen1) < 200 {
		slen1 = append(slen1, v)
		if cap(slen1) != last {
			last = cap(slen1)
			fmt.Printf("len1 60 %d->%d\n", len(slen1), cap(slen1))
		}
	}
	slen2 := make([]B60, 2)
	last = cap(slen2)
	fmt.Printf("len2 60 %d->%d\n", len(slen2), cap(slen2))
	for len(slen2) < 200 {
		slen2 = append(slen2, v)
		if cap(slen2) != last {
			last = cap(slen2)
			fmt.Printf("len2 60 %d->%d\n", len(slen2), cap(slen2))
		}
	}
	slen5 := make([]B60, 5)
	last = cap(slen5)
	fmt.Printf("len5 60 %d->%d\n", len(slen5), cap(slen5))
	for len(slen5) < 200 {
		slen5 = append(slen5, v)
		if cap(slen5) != last {
			last = cap(slen5)
			fmt.Printf("len5 60 %d->%d\n", len(slen5), cap(slen5))
		}
	}
	slit3 := []B60{v, v, v}
	last = cap(slit3)
	fmt.Printf("lit3 60 %d->%d\n", len(slit3), cap(slit3))
	for len(slit3) < 200 {
		slit3 = append(slit3, v)
		if cap(slit3) != last {
			last = cap(slit3)
			fmt.Printf("lit3 60 %d->%d\n", len(slit3), cap(slit3))
		}
	}
}

func probeB61() {
	var v B61
	var last int
	var snil []B61
	last = cap(snil)
	fmt.Printf("nil 61 %d->%d\n", len(snil), cap(snil))
	for len(snil) < 200 {
		snil = append(snil, v)
		if cap(snil) != last {
			last = cap(snil)
			fmt.Printf("nil 61 %d->%d\n", len(snil), cap(snil))
		}
	}
	scap0 := make([]B61, 0, 0)
	last = cap(scap0)
	fmt.Printf("cap0 61 %d->%d\n", len(scap0), cap(scap0))
	for len(scap0) < 200 {
		scap0 = append(scap0, v)
		if cap(scap0) != last {
			last = cap(scap0)
			fmt.Printf("cap0 61 %d->%d\n", len(scap0), cap(scap0))
		}
	}
	scap1 := make([]B61, 0, 1)
	last = cap(scap1)
	fmt.Printf("cap1 61 %d->%d\n", len(scap1), cap(scap1))
	for len(scap1) < 200 {
		scap1 = append(scap1, v)
		if cap(scap1) != last {
			last = cap(scap1)
			fmt.Printf("cap1 61 %d->%d\n", len(scap1), cap(scap1))
		}
	}
	scap3 := make([]B61, 0, 3)
	last = cap(scap3)
	fmt.Printf("cap3 61 %d->%d\n", len(scap3), cap(scap3))
	for len(scap3) < 200 {
		scap3 = append(scap3, v)
		if cap(scap3) != last {
			last = cap(scap3)
			fmt.Printf("cap3 61 %d->%d\n", len(scap3), cap(scap3))
		}
	}
	scap5 := make([]B61, 0, 5)
	last = cap(scap5)
	fmt.Printf("cap5 61 %d->%d\n", len(scap5), cap(scap5))
	for len(scap5) < 200 {
		scap5 = append(scap5, v)
		if cap(scap5) != last {
			last = cap(scap5)
			fmt.Printf("cap5 61 %d->%d\n", len(scap5), cap(scap5))
		}
	}
	scap8 := make([]B61, 0, 8)
	last = cap(scap8)
	fmt.Printf("cap8 61 %d->%d\n", len(scap8), cap(scap8))
	for len(scap8) < 200 {
		scap8 = append(scap8, v)
		if cap(scap8) != last {
			last = cap(scap8)
			fmt.Printf("cap8 61 %d->%d\n", len(scap8), cap(scap8))
		}
	}
	scap17 := make([]B61, 0, 17)
	last = cap(scap17)
	fmt.Printf("cap17 61 %d->%d\n", len(scap17), cap(scap17))
	for len(scap17) < 200 {
		scap17 = append(scap17, v)
		if cap(scap17) != last {
			last = cap(scap17)
			fmt.Printf("cap17 61 %d->%d\n", len(scap17), cap(scap17))
		}
	}
	slen1 := make([]B61, 1)
	last = cap(slen1)
	fmt.Printf("len1 61 %d->%d\n", len(slen1), cap(slen1))
	for len(slen1) < 200 {
		slen1 = append(slen1, v)
		if cap(slen1) != last {
			last = cap(slen1)
			fmt.Printf("len1 61 %d->%d\n", len(slen1), cap(slen1))
		}
	}
	slen2 := make([]B61, 2)
	last = cap(slen2)
	fmt.Printf("len2 61 %d->%d\n", len(slen2), cap(slen2))
	for len(slen2) < 200 {
		slen2 = append(slen2, v)
		if cap(slen2) != last {
			last = cap(slen2)
			fmt.Printf("len2 61 %d->%d\n", len(slen2), cap(slen2))
		}
	}
	slen5 := make([]B61, 5)
	last = cap(slen5)
	fmt.Printf("len5 61 %d->%d\n", len(slen5), cap(slen5))
	for len(slen5) < 200 {
		slen5 = append(slen5, v)
		if cap(slen5) != last {
			last = cap(slen5)
			fmt.Printf("len5 61 %d->%d\n", len(slen5), cap(slen5))
		}
	}
	slit3 := []B61{v, v, v}
	last = cap(slit3)
	fmt.Printf("lit3 61 %d->%d\n", len(slit3), cap(slit3))
	for len(slit3) < 200 {
		slit3 = append(slit3, v)
		if cap(slit3) != last {
			last = cap(slit3)
			fmt.Printf("lit3 61 %d->%d\n", len(slit3), cap(slit3))
		}
	}
}

func probeB62() {
	var v B62
	var last int
	var snil []B62
	last = cap(snil)
	fmt.Printf("nil 62 %d->%d\n", len(snil), cap(snil))
	for len(snil) < 200 {
		snil = append(snil, v)
		if cap(snil) != last {
			last = cap(snil)
			fmt.Printf("nil 62 %d->%d\n", len(snil), cap(snil))
		}
	}
	scap0 := make([]B62, 0, 0)
	last = cap(scap0)
	fmt.Printf("cap0 62 %d->%d\n", len(scap0), cap(scap0))
	for len(scap0) < 200 {
		scap0 = append(scap0, v)
		if cap(scap0) != last {
			last = cap(scap0)
			fmt.Printf("cap0 62 %d->%d\n", len(scap0), cap(scap0))
		}
	}
	scap1 := make([]B62, 0, 1)
	last = cap(scap1)
	fmt.Printf("cap1 62 %d->%d\n", len(scap1), cap(scap1))
	for len(scap1) < 200 {
		scap1 = append(scap1, v)
		if cap(scap1) != last {
			last = cap(scap1)
			fmt.Printf("cap1 62 %d->%d\n", len(scap1), cap(scap1))
		}
	}
	scap3 := make([]B62, 0, 3)
	last = cap(scap3)
	fmt.Printf("cap3 62 %d->%d\n", len(scap3), cap(scap3))
	for len(scap3) < 200 {
		scap3 = append(scap3, v)
		if cap(scap3) != last {
			last = cap(scap3)
			fmt.Printf("cap3 62 %d->%d\n", len(scap3), cap(scap3))
		}
	}
	scap5 := make([]B62, 0, 5)
	last = cap(scap5)
	fmt.Printf("cap5 62 %d->%d\n", len(scap5), cap(scap5))
	for len(scap5) < 200 {
		scap5 = append(scap5, v)
		if cap(scap5) != last {
			last = cap(scap5)
			fmt.Printf("cap5 62 %d->%d\n", len(scap5), cap(scap5))
		}
	}
	scap8 := make([]B62, 0, 8)
	last = cap(scap8)
	fmt.Printf("cap8 62 %d->%d\n", len(scap8), cap(scap8))
	for len(scap8) < 200 {
		scap8 = append(scap8, v)
		if cap(scap8) != last {
			last = cap(scap8)
			fmt.Printf("cap8 62 %d->%d\n", len(scap8), cap(scap8))
		}
	}
	scap17 := make([]B62, 0, 17)
	last = cap(scap17)
	fmt.Printf("cap17 62 %d->%d\n", len(scap17), cap(scap17))
	for len(scap17) < 200 {
		scap17 = append(scap17, v)
		if cap(scap17) != last {
			last = cap(scap17)
			fmt.Printf("cap17 62 %d->%d\n", len(scap17), cap(scap17))
		}
	}
	slen1 := make([]B62, 1)
	last = cap(slen1)
	fmt.Printf("len1 62 %d->%d\n", len(slen1), cap(slen1))
	for len(slen1) < 200 {
		slen1 = append(slen1, v)
		if cap(slen1) != last {
			last = cap(slen1)
			fmt.Printf("len1 62 %d->%d\n", len(slen1), cap(slen1))
		}
	}
	slen2 := make([]B62, 2)
	last = cap(slen2)
	fmt.Printf("len2 62 %d->%d\n", len(slen2), cap(slen2))
	for len(slen2) < 200 {
		slen2 = append(slen2, v)
		if cap(slen2) != last {
			last = cap(slen2)
			fmt.Printf("len2 62 %d->%d\n", len(slen2), cap(slen2))
		}
	}
	slen5 := make([]B62, 5)
	last = cap(slen5)
	fmt.Printf("len5 62 %d->%d\n", len(slen5), cap(slen5))
	for len(slen5) < 200 {
		slen5 = append(slen5, v)
		if cap(slen5) != last {
			last = cap(slen5)
			fmt.Printf("len5 62 %d->%d\n", len(slen5), cap(slen5))
		}
	}
	slit3 := []B62{v, v, v}
	last = cap(slit3)
	fmt.Printf("lit3 62 %d->%d\n", len(slit3), cap(slit3))
	for len(slit3) < 200 {
		slit3 = append(slit3, v)
		if cap(slit3) != last {
			last = cap(slit3)
			fmt.Printf("lit3 62 %d->%d\n", len(slit3), cap(slit3))
		}
	}
}

func probeB63() {
	var v B63
	var last int
	var snil []B63
	last = cap(snil)
	fmt.Printf("nil 63 %d->%d\n", len(snil), cap(snil))
	for len(snil) < 200 {
		snil = append(snil, v)
		if cap(snil) != last {
			last = cap(snil)
			fmt.Printf("nil 63 %d->%d\n", len(snil), cap(snil))
		}
	}
	scap0 := make([]B63, 0, 0)
	last = cap(scap0)
	fmt.Printf("cap0 63 %d->%d\n", len(scap0), cap(scap0))
	for len(scap0) < 200 {
		scap0 = append(scap0, v)
		if cap(scap0) != last {
			last = cap(scap0)
			fmt.Printf("cap0 63 %d->%d\n", len(scap0), cap(scap0))
		}
	}
	scap1 := make([]B63, 0, 1)
	last = cap(scap1)
	fmt.Printf("cap1 63 %d->%d\n", len(scap1), cap(scap1))
	for len(scap1) < 200 {
		scap1 = append(scap1, v)
		if cap(scap1) != last {
			last = cap(scap1)
			fmt.Printf("cap1 63 %d->%d\n", len(scap1), cap(scap1))
		}
	}
	scap3 := make([]B63, 0, 3)
	last = cap(scap3)
	fmt.Printf("cap3 63 %d->%d\n", len(scap3), cap(scap3))
	for len(scap3) < 200 {
		scap3 = append(scap3, v)
		if cap(scap3) != last {
			last = cap(scap3)
			fmt.Printf("cap3 63 %d->%d\n", len(scap3), cap(scap3))
		}
	}
	scap5 := make([]B63, 0, 5)
	last = cap(scap5)
	fmt.Printf("cap5 63 %d->%d\n", len(scap5), cap(scap5))
	for len(scap5) < 200 {
		scap5 = append(scap5, v)
		if cap(scap5) != last {
			last = cap(scap5)
			fmt.Printf("cap5 63 %d->%d\n", len(scap5), cap(scap5))
		}
	}
	scap8 := make([]B63, 0, 8)
	last = cap(scap8)
	fmt.Printf("cap8 63 %d->%d\n", len(scap8), cap(scap8))
	for len(scap8) < 200 {
		scap8 = append(scap8, v)
		if cap(scap8) != last {
			last = cap(scap8)
			fmt.Printf("cap8 63 %d->%d\n", len(scap8), cap(scap8))
		}
	}
	scap17 := make([]B63, 0, 17)
	last = cap(scap17)
	fmt.Printf("cap17 63 %d->%d\n", len(scap17), cap(scap17))
	for len(scap17) < 200 {
		scap17 = append(scap17, v)
		if cap(scap17) != last {
			last = cap(scap17)
			fmt.Printf("cap17 63 %d->%d\n", len(scap17), cap(scap17))
		}
	}
	slen1 := make([]B63, 1)
	last = cap(slen1)
	fmt.Printf("len1 63 %d->%d\n", len(slen1), cap(slen1))
	for len(slen1) < 200 {
		slen1 = append(slen1, v)
		if cap(slen1) != last {
			last = cap(slen1)
			fmt.Printf("len1 63 %d->%d\n", len(slen1), cap(slen1))
		}
	}
	slen2 := make([]B63, 2)
	last = cap(slen2)
	fmt.Printf("len2 63 %d->%d\n", len(slen2), cap(slen2))
	for len(slen2) < 200 {
		slen2 = append(slen2, v)
		if cap(slen2) != last {
			last = cap(slen2)
			fmt.Printf("len2 63 %d->%d\n", len(slen2), cap(slen2))
		}
	}
	slen5 := make([]B63, 5)
	last = cap(slen5)
	fmt.Printf("len5 63 %d->%d\n", len(slen5), cap(slen5))
	for len(slen5) < 200 {
		slen5 = append(slen5, v)
		if cap(slen5) != last {
			last = cap(slen5)
			fmt.Printf("len5 63 %d->%d\n", len(slen5), cap(slen5))
		}
	}
	slit3 := []B63{v, v, v}
	last = cap(slit3)
	fmt.Printf("lit3 63 %d->%d\n", len(slit3), cap(slit3))
	for len(slit3) < 200 {
		slit3 = append(slit3, v)
		if cap(slit3) != last {
			last = cap(slit3)
			fmt.Printf("lit3 63 %d->%d\n", len(slit3), cap(slit3))
		}
	}
}

func probeB64() {
	var v B64
	var last int
	var snil []B64
	last = cap(snil)
	fmt.Printf("nil 64 %d->%d\n", len(snil), cap(snil))
	for len(snil) < 200 {
		snil = append(snil, v)
		if cap(snil) != last {
			last = cap(snil)
			fmt.Printf("nil 64 %d->%d\n", len(snil), cap(snil))
		}
	}
	scap0 := make([]B64, 0, 0)
	last = cap(scap0)
	fmt.Printf("cap0 64 %d->%d\n", len(scap0), cap(scap0))
	for len(scap0) < 200 {
		scap0 = append(scap0, v)
		if cap(scap0) != last {
			last = cap(scap0)
			fmt.Printf("cap0 64 %d->%d\n", len(scap0), cap(scap0))
		}
	}
	scap1 := make([]B64, 0, 1)
	last = cap(scap1)
	fmt.Printf("cap1 64 %d->%d\n", len(scap1), cap(scap1))
	for len(scap1) < 200 {
		scap1 = append(scap1, v)
		if cap(scap1) != last {
			last = cap(scap1)
			fmt.Printf("cap1 64 %d->%d\n", len(scap1), cap(scap1))
		}
	}
	scap3 := make([]B64, 0, 3)
	last = cap(scap3)
	fmt.Printf("cap3 64 %d->%d\n", len(scap3), cap(scap3))
	for len(scap3) < 200 {
		scap3 = append(scap3, v)
		if cap(scap3) != last {
			last = cap(scap3)
			fmt.Printf("cap3 64 %d->%d\n", len(scap3), cap(scap3))
		}
	}
	scap5 := make([]B64, 0, 5)
	last = cap(scap5)
	fmt.Printf("cap5 64 %d->%d\n", len(scap5), cap(scap5))
	for len(scap5) < 200 {
		scap5 = append(scap5, v)
		if cap(scap5) != last {
			last = cap(scap5)
			fmt.Printf("cap5 64 %d->%d\n", len(scap5), cap(scap5))
		}
	}
	scap8 := make([]B64, 0, 8)
	last = cap(scap8)
	fmt.Printf("cap8 64 %d->%d\n", len(scap8), cap(scap8))
	for len(scap8) < 200 {
		scap8 = append(scap8, v)
		if cap(scap8) != last {
			last = cap(scap8)
			fmt.Printf("cap8 64 %d->%d\n", len(scap8), cap(scap8))
		}
	}
	scap17 := make([]B64, 0, 17)
	last = cap(scap17)
	fmt.Printf("cap17 64 %d->%d\n", len(scap17), cap(scap17))
	for len(scap17) < 200 {
		scap17 = append(scap17, v)
		if cap(scap17) != last {
			last = cap(scap17)
			fmt.Printf("cap17 64 %d->%d\n", len(scap17), cap(scap17))
		}
	}
	slen1 := make([]B64, 1)
	last = cap(slen1)
	fmt.Printf("len1 64 %d->%d\n", len(slen1), cap(slen1))
	for len(slen1) < 200 {
		slen1 = append(slen1, v)
		if cap(slen1) != last {
			last = cap(slen1)
			fmt.Printf("len1 64 %d->%d\n", len(slen1), cap(slen1))
		}
	}
	slen2 := make([]B64, 2)
	last = cap(slen2)
	fmt.Printf("len2 64 %d->%d\n", len(slen2), cap(slen2))
	for len(slen2) < 200 {
		slen2 = append(slen2, v)
		if cap(slen2) != last {
			last = cap(slen2)
			fmt.Printf("len2 64 %d->%d\n", len(slen2), cap(slen2))
		}
	}
	slen5 := make([]B64, 5)
	last = cap(slen5)
	fmt.Printf("len5 64 %d->%d\n", len(slen5), cap(slen5))
	for len(slen5) < 200 {
		slen5 = append(slen5, v)
		if cap(slen5) != last {
			last = cap(slen5)
			fmt.Printf("len5 64 %d->%d\n", len(slen5), cap(slen5))
		}
	}
	slit3 := []B64{v, v, v}
	last = cap(slit3)
	fmt.Printf("lit3 64 %d->%d\n", len(slit3), cap(slit3))
	for len(slit3) < 200 {
		slit3 = append(slit3, v)
		if cap(slit3) != last {
			last = cap(slit3)
			fmt.Printf("lit3 64 %d->%d\n", len(slit3), cap(slit3))
		}
	}
}

func probeI16() {
	var v I16
	var last int
	var snil []I16
	last = cap(snil)
	fmt.Printf("nil 2:int16 %d->%d\n", len(snil), cap(snil))
	for len(snil) < 200 {
		snil = append(snil, v)
		if cap(snil) != last {
			last = cap(snil)
			fmt.Printf("nil 2:int16 %d->%d\n", len(snil), cap(snil))
		}
	}
	scap0 := make([]I16, 0, 0)
	last = cap(scap0)
	fmt.Printf("cap0 2:int16 %d->%d\n", len(scap0), cap(scap0))
	for len(scap0) < 200 {
		scap0 = append(scap0, v)
		if cap(scap0) != last {
			last = cap(scap0)
			fmt.Printf("cap0 2:int16 %d->%d\n", len(scap0), cap(scap0))
		}
	}
	scap1 := make([]I16, 0, 1)
	last = cap(scap1)
	fmt.Printf("cap1 2:int16 %d->%d\n", len(scap1), cap(scap1))
	for len(scap1) < 200 {
		scap1 = append(scap1, v)
		if cap(scap1) != last {
			last = cap(scap1)
			fmt.Printf("cap1 2:int16 %d->%d\n", len(scap1), cap(scap1))
		}
	}
	scap3 := make([]I16, 0, 3)
	last = cap(scap3)
	fmt.Printf("cap3 2:int16 %d->%d\n", len(scap3), cap(scap3))
	for len(scap3) < 200 {
		scap3 = append(scap3, v)
		if cap(scap3) != last {
			last = cap(scap3)
			fmt.Printf("cap3 2:int16 %d->%d\n", len(scap3), cap(scap3))
		}
	}
	scap5 := make([]I16, 0, 5)
	last = cap(scap5)
	fmt.Printf("cap5 2:int16 %d->%d\n", len(scap5), cap(scap5))
	for len(scap5) < 200 {
		scap5 = append(scap5, v)
		if cap(scap5) != last {
			last = cap(scap5)
			fmt.Printf("cap5 2:int16 %d->%d\n", len(scap5), cap(scap5))
		}
	}
	scap8 := make([]I16, 0, 8)
	last = cap(scap8)
	fmt.Printf("cap8 2:int16 %d->%d\n", len(scap8), cap(scap8))
	for len(scap8) < 200 {
		scap8 = append(scap8, v)
		if cap(scap8) != last {
			last = cap(scap8)
			fmt.Printf("cap8 2:int16 %d->%d\n", len(scap8), cap(scap8))
		}
	}
	scap17 := make([]I16, 0, 17)
	last = cap(scap17)
	fmt.Printf("cap17 2:int16 %d->%d\n", len(scap17), cap(scap17))
	for len(scap17) < 200 {
		scap17 = append(scap17, v)
		if cap(scap17) != last {
			last = cap(scap17)
			fmt.Printf("cap17 2:int16 %d->%d\n", len(scap17), cap(scap17))
		}
	}
	slen1 := make([]I16, 1)
	last = cap(slen1)
	fmt.Printf("len1 2:int16 %d->%d\n", len(slen1), cap(slen1))
	for len(slen1) < 200 {
		slen1 = append(slen1, v)
		if cap(slen1) != last {
			last = cap(slen1)
			fmt.Printf("len1 2:int16 %d->%d\n", len(slen1), cap(slen1))
		}
	}
	slen2 := make([]I16, 2)
	last = cap(slen2)
	fmt.Printf("len2 2:int16 %d->%d\n", len(slen2), cap(slen2))
	for len(slen2) < 200 {
		slen2 = append(slen2, v)
		if cap(slen2) != last {
			last = cap(slen2)
			fmt.Printf("len2 2:int16 %d->%d\n", len(slen2), cap(slen2))
		}
	}
	slen5 := make([]I16, 5)
	last = cap(slen5)
	fmt.Printf("len5 2:int16 %d->%d\n", len(slen5), cap(slen5))
	for len(slen5) < 200 {
		slen5 = append(slen5, v)
		if cap(slen5) != last {
			last = cap(slen5)
			fmt.Printf("len5 2:int16 %d->%d\n", len(slen5), cap(slen5))
		}
	}
	slit3 := []I16{v, v, v}
	last = cap(slit3)
	fmt.Printf("lit3 2:int16 %d->%d\n", len(slit3), cap(slit3))
	for len(slit3) < 200 {
		slit3 = append(slit3, v)
		if cap(slit3) != last {
			last = cap(slit3)
			fmt.Printf("lit3 2:int16 %d->%d\n", len(slit3), cap(slit3))
		}
	}
}

func probeI32() {
	var v I32
	var last int
	var snil []I32
	last = cap(snil)
	fmt.Printf("nil 4:int32 %d->%d\n", len(snil), cap(snil))
	for len(snil) < 200 {
		snil = append(snil, v)
		if cap(snil) != last {
			last = cap(snil)
			fmt.Printf("nil 4:int32 %d->%d\n", len(snil), cap(snil))
		}
	}
	scap0 := make([]I32, 0, 0)
	last = cap(scap0)
	fmt.Printf("cap0 4:int32 %d->%d\n", len(scap0), cap(scap0))
	for len(scap0) < 200 {
		scap0 = append(scap0, v)
		if cap(scap0) != last {
			last = cap(scap0)
			fmt.Printf("cap0 4:int32 %d->%d\n", len(scap0), cap(scap0))
		}
	}
	scap1 := make([]I32, 0, 1)
	last = cap(scap1)
	fmt.Printf("cap1 4:int32 %d->%d\n", len(scap1), cap(scap1))
	for len(scap1) < 200 {
		scap1 = append(scap1, v)
		if cap(scap1) != last {
			last = cap(scap1)
			fmt.Printf("cap1 4:int32 %d->%d\n", len(scap1), cap(scap1))
		}
	}
	scap3 := make([]I32, 0, 3)
	last = cap(scap3)
	fmt.Printf("cap3 4:int32 %d->%d\n", len(scap3), cap(scap3))
	for len(scap3) < 200 {
		scap3 = append(scap3, v)
		if cap(scap3) != last {
			last = cap(scap3)
			fmt.Printf("cap3 4:int32 %d->%d\n", len(scap3), cap(scap3))
		}
	}
	scap5 := make([]I32, 0, 5)
	last = cap(scap5)
	fmt.Printf("cap5 4:int32 %d->%d\n", len(scap5), cap(scap5))
	for len(scap5) < 200 {
		scap5 = append(scap5, v)
		if cap(scap5) != last {
			last = cap(scap5)
			fmt.Printf("cap5 4:int32 %d->%d\n", len(scap5), cap(scap5))
		}
	}
	scap8 := make([]I32, 0, 8)
	last = cap(scap8)
	fmt.Printf("cap8 4:int32 %d->%d\n", len(scap8), cap(scap8))
	for len(scap8) < 200 {
		scap8 = append(scap8, v)
		if cap(scap8) != last {
			last = cap(scap8)
			fmt.Printf("cap8 4:int32 %d->%d\n", len(scap8), cap(scap8))
		}
	}
	scap17 := make([]I32, 0, 17)
	last = cap(scap17)
	fmt.Printf("cap17 4:int32 %d->%d\n", len(scap17), cap(scap17))
	for len(scap17) < 200 {
		scap17 = append(scap17, v)
		if cap(scap17) != last {
			last = cap(scap17)
			fmt.Printf("cap17 4:int32 %d->%d\n", len(scap17), cap(scap17))
		}
	}
	slen1 := make([]I32, 1)
	last = cap(slen1)
	fmt.Printf("len1 4:int32 %d->%d\n", len(slen1), cap(slen1))
	for len(slen1) < 200 {
		slen1 = append(slen1, v)
		if cap(slen1) != last {
			last = cap(slen1)
			fmt.Printf("len1 4:int32 %d->%d\n", len(slen1), cap(slen1))
		}
	}
	slen2 := make([]I32, 2)
	last = cap(slen2)
	fmt.Printf("len2 4:int32 %d->%d\n", len(slen2), cap(slen2))
	for len(slen2) < 200 {
		slen2 = append(slen2, v)
		if cap(slen2) != last {
			last = cap(slen2)
			fmt.Printf("len2 4:int32 %d->%d\n", len(slen2), cap(slen2))
		}
	}
	slen5 := make([]I32, 5)
	last = cap(slen5)
	fmt.Printf("len5 4:int32 %d->%d\n", len(slen5), cap(slen5))
	for len(slen5) < 200 {
		slen5 = append(slen5, v)
		if cap(slen5) != last {
			last = cap(slen5)
			fmt.Printf("len5 4:int32 %d->%d\n", len(slen5), cap(slen5))
		}
	}
	slit3 := []I32{v, v, v}
	last = cap(slit3)
	fmt.Printf("lit3 4:int32 %d->%d\n", len(slit3), cap(slit3))
	for len(slit3) < 200 {
		slit3 = append(slit3, v)
		if cap(slit3) != last {
			last = cap(slit3)
			fmt.Printf("lit3 4:int32 %d->%d\n", len(slit3), cap(slit3))
		}
	}
}

func probeI64() {
	var v I64
	var last int
	var snil []I64
	last = cap(snil)
	fmt.Printf("nil 8:int64 %d->%d\n", len(snil), cap(snil))
	for len(snil) < 200 {
		snil = append(snil, v)
		if cap(snil) != last {
			last = cap(snil)
			fmt.Printf("nil 8:int64 %d->%d\n", len(snil), cap(snil))
		}
	}
	scap0 := make([]I64, 0, 0)
	last = cap(scap0)
	fmt.Printf("cap0 8:int64 %d->%d\n", len(scap0), cap(scap0))
	for len(scap0) < 200 {
		scap0 = append(scap0, v)
		if cap(scap0) != last {
			last = cap(scap0)
			fmt.Printf("cap0 8:int64 %d->%d\n", len(scap0), cap(scap0))
		}
	}
	scap1 := make([]I64, 0, 1)
	last = cap(scap1)
	fmt.Printf("cap1 8:int64 %d->%d\n", len(scap1), cap(scap1))
	for len(scap1) < 200 {
		scap1 = append(scap1, v)
		if cap(scap1) != last {
			last = cap(scap1)
			fmt.Printf("cap1 8:int64 %d->%d\n", len(scap1), cap(scap1))
		}
	}
	scap3 := make([]I64, 0, 3)
	last = cap(scap3)
	fmt.Printf("cap3 8:int64 %d->%d\n", len(scap3), cap(scap3))
	for len(scap3) < 200 {
		scap3 = append(scap3, v)
		if cap(scap3) != last {
			last = cap(scap3)
			fmt.Printf("cap3 8:int64 %d->%d\n", len(scap3), cap(scap3))
		}
	}
	scap5 := make([]I64, 0, 5)
	last = cap(scap5)
	fmt.Printf("cap5 8:int64 %d->%d\n", len(scap5), cap(scap5))
	for len(scap5) < 200 {
		scap5 = append(scap5, v)
		if cap(scap5) != last {
			last = cap(scap5)
			fmt.Printf("cap5 8:int64 %d->%d\n", len(scap5), cap(scap5))
		}
	}
	scap8 := make([]I64, 0, 8)
	last = cap(scap8)
	fmt.Printf("cap8 8:int64 %d->%d\n", len(scap8), cap(scap8))
	for len(scap8) < 200 {
		scap8 = append(scap8, v)
		if cap(scap8) != last {
			last = cap(scap8)
			fmt.Printf("cap8 8:int64 %d->%d\n", len(scap8), cap(scap8))
		}
	}
	scap17 := make([]I64, 0, 17)
	last = cap(scap17)
	fmt.Printf("cap17 8:int64 %d->%d\n", len(scap17), cap(scap17))
	for len(scap17) < 200 {
		scap17 = append(scap17, v)
		if cap(scap17) != last {
			last = cap(scap17)
			fmt.Printf("cap17 8:int64 %d->%d\n", len(scap17), cap(scap17))
		}
	}
	slen1 := make([]I64, 1)
	last = cap(slen1)
	fmt.Printf("len1 8:int64 %d->%d\n", len(slen1), cap(slen1))
	for len(slen1) < 200 {
		slen1 = append(slen1, v)
		if cap(slen1) != last {
			last = cap(slen1)
			fmt.Printf("len1 8:int64 %d->%d\n", len(slen1), cap(slen1))
		}
	}
	slen2 := make([]I64, 2)
	last = cap(slen2)
	fmt.Printf("len2 8:int64 %d->%d\n", len(slen2), cap(slen2))
	for len(slen2) < 200 {
		slen2 = append(slen2, v)
		if cap(slen2) != last {
			last = cap(slen2)
			fmt.Printf("len2 8:int64 %d->%d\n", len(slen2), cap(slen2))
		}
	}
	slen5 := make([]I64, 5)
	last = cap(slen5)
	fmt.Printf("len5 8:int64 %d->%d\n", len(slen5), cap(slen5))
	for len(slen5) < 200 {
		slen5 = append(slen5, v)
		if cap(slen5) != last {
			last = cap(slen5)
			fmt.Printf("len5 8:int64 %d->%d\n", len(slen5), cap(slen5))
		}
	}
	slit3 := []I64{v, v, v}
	last = cap(slit3)
	fmt.Printf("lit3 8:int64 %d->%d\n", len(slit3), cap(slit3))
	for len(slit3) < 200 {
		slit3 = append(slit3, v)
		if cap(slit3) != last {
			last = cap(slit3)
			fmt.Printf("lit3 8:int64 %d->%d\n", len(slit3), cap(slit3))
		}
	}
}

func probeF32() {
	var v F32
	var last int
	var snil []F32
	last = cap(snil)
	fmt.Printf("nil 4:float32 %d->%d\n", len(snil), cap(snil))
	for len(snil) < 200 {
		snil = append(snil, v)
		if cap(snil) != last {
			last = cap(snil)
			fmt.Printf("nil 4:float32 %d->%d\n", len(snil), cap(snil))
		}
	}
	scap0 := make([]F32, 0, 0)
	last = cap(scap0)
	fmt.Printf("cap0 4:float32 %d->%d\n", len(scap0), cap(scap0))
	for len(scap0) < 200 {
		scap0 = append(scap0, v)
		if cap(scap0) != last {
			last = cap(scap0)
			fmt.Printf("cap0 4:float32 %d->%d\n", len(scap0), cap(scap0))
		}
	}
	scap1 := make([]F32, 0, 1)
	last = cap(scap1)
	fmt.Printf("cap1 4:float32 %d->%d\n", len(scap1), cap(scap1))
	for len(scap1) < 200 {
		scap1 = append(scap1, v)
		if cap(scap1) != last {
			last = cap(scap1)
			fmt.Printf("cap1 4:float32 %d->%d\n", len(scap1), cap(scap1))
		}
	}
	scap3 := make([]F32, 0, 3)
	last = cap(scap3)
	fmt.Printf("cap3 4:float32 %d->%d\n", len(scap3), cap(scap3))
	for len(scap3) < 200 {
		scap3 = append(scap3, v)
		if cap(scap3) != last {
			last = cap(scap3)
			fmt.Printf("cap3 4:float32 %d->%d\n", len(scap3), cap(scap3))
		}
	}
	scap5 := make([]F32, 0, 5)
	last = cap(scap5)
	fmt.Printf("cap5 4:float32 %d->%d\n", len(scap5), cap(scap5))
	for len(scap5) < 200 {
		scap5 = append(scap5, v)
		if cap(scap5) != last {
			last = cap(scap5)
			fmt.Printf("cap5 4:float32 %d->%d\n", len(scap5), cap(scap5))
		}
	}
	scap8 := make([]F32, 0, 8)
	last = cap(scap8)
	fmt.Printf("cap8 4:float32 %d->%d\n", len(scap8), cap(scap8))
	for len(scap8) < 200 {
		scap8 = append(scap8, v)
		if cap(scap8) != last {
			last = cap(scap8)
			fmt.Printf("cap8 4:float32 %d->%d\n", len(scap8), cap(scap8))
		}
	}
	scap17 := make([]F32, 0, 17)
	last = cap(scap17)
	fmt.Printf("cap17 4:float32 %d->%d\n", len(scap17), cap(scap17))
	for len(scap17) < 200 {
		scap17 = append(scap17, v)
		if cap(scap17) != last {
			last = cap(scap17)
			fmt.Printf("cap17 4:float32 %d->%d\n", len(scap17), cap(scap17))
		}
	}
	slen1 := make([]F32, 1)
	last = cap(slen1)
	fmt.Printf("len1 4:float32 %d->%d\n", len(slen1), cap(slen1))
	for len(slen1) < 200 {
		slen1 = append(slen1, v)
		if cap(slen1) != last {
			last = cap(slen1)
			fmt.Printf("len1 4:float32 %d->%d\n", len(slen1), cap(slen1))
		}
	}
	slen2 := make([]F32, 2)
	last = cap(slen2)
	fmt.Printf("len2 4:float32 %d->%d\n", len(slen2), cap(slen2))
	for len(slen2) < 200 {
		slen2 = append(slen2, v)
		if cap(slen2) != last {
			last = cap(slen2)
			fmt.Printf("len2 4:float32 %d->%d\n", len(slen2), cap(slen2))
		}
	}
	slen5 := make([]F32, 5)
	last = cap(slen5)
	fmt.Printf("len5 4:float32 %d->%d\n", len(slen5), cap(slen5))
	for len(slen5) < 200 {
		slen5 = append(slen5, v)
		if cap(slen5) != last {
			last = cap(slen5)
			fmt.Printf("len5 4:float32 %d->%d\n", len(slen5), cap(slen5))
		}
	}
	slit3 := []F32{v, v, v}
	last = cap(slit3)
	fmt.Printf("lit3 4:float32 %d->%d\n", len(slit3), cap(slit3))
	for len(slit3) < 200 {
		slit3 = append(slit3, v)
		if cap(slit3) != last {
			last = cap(slit3)
			fmt.Printf("lit3 4:float32 %d->%d\n", len(slit3), cap(slit3))
		}
	}
}

func probeS8() {
	var v S8
	var last int
	var snil []S8
	last = cap(snil)
	fmt.Printf("nil 8:struct{a_int32;b_byte} %d->%d\n", len(snil), cap(snil))
	for len(snil) < 200 {
		snil = append(snil, v)
		if cap(snil) != last {
			last = cap(snil)
			fmt.Printf("nil 8:struct{a_int32;b_byte} %d->%d\n", len(snil), cap(snil))
		}
	}
	scap0 := make([]S8, 0, 0)
	last = cap(scap0)
	fmt.Printf("cap0 8:struct{a_int32;b_byte} %d->%d\n", len(scap0), cap(scap0))
	for len(scap0) < 200 {
		scap0 = append(scap0, v)
		if cap(scap0) != last {
			last = cap(scap0)
			fmt.Printf("cap0 8:struct{a_int32;b_byte} %d->%d\n", len(scap0), cap(scap0))
		}
	}
	scap1 := make([]S8, 0, 1)
	last = cap(scap1)
	fmt.Printf("cap1 8:struct{a_int32;b_byte} %d->%d\n", len(scap1), cap(scap1))
	for len(scap1) < 200 {
		scap1 = append(scap1, v)
		if cap(scap1) != last {
			last = cap(scap1)
			fmt.Printf("cap1 8:struct{a_int32;b_byte} %d->%d\n", len(scap1), cap(scap1))
		}
	}
	scap3 := make([]S8, 0, 3)
	last = cap(scap3)
	fmt.Printf("cap3 8:struct{a_int32;b_byte} %d->%d\n", len(scap3), cap(scap3))
	for len(scap3) < 200 {
		scap3 = append(scap3, v)
		if cap(scap3) != last {
			last = cap(scap3)
			fmt.Printf("cap3 8:struct{a_int32;b_byte} %d->%d\n", len(scap3), cap(scap3))
		}
	}
	scap5 := make([]S8, 0, 5)
	last = cap(scap5)
	fmt.Printf("cap5 8:struct{a_int32;b_byte} %d->%d\n", len(scap5), cap(scap5))
	for len(scap5) < 200 {
		scap5 = append(scap5, v)
		if cap(scap5) != last {
			last = cap(scap5)
			fmt.Printf("cap5 8:struct{a_int32;b_byte} %d->%d\n", len(scap5), cap(scap5))
		}
	}
	scap8 := make([]S8, 0, 8)
	last = cap(scap8)
	fmt.Printf("cap8 8:struct{a_int32;b_byte} %d->%d\n", len(scap8), cap(scap8))
	for len(scap8) < 200 {
		scap8 = append(scap8, v)
		if cap(scap8) != last {
			last = cap(scap8)
			fmt.Printf("cap8 8:struct{a_int32;b_byte} %d->%d\n", len(scap8), cap(scap8))
		}
	}
	scap17 := make([]S8, 0, 17)
	last = cap(scap17)
	fmt.Printf("cap17 8:struct{a_int32;b_byte} %d->%d\n", len(scap17), cap(scap17))
	for len(scap17) < 200 {
		scap17 = append(scap17, v)
		if cap(scap17) != last {
			last = cap(scap17)
			fmt.Printf("cap17 8:struct{a_int32;b_byte} %d->%d\n", len(scap17), cap(scap17))
		}
	}
	slen1 := make([]S8, 1)
	last = cap(slen1)
	fmt.Printf("len1 8:struct{a_int32;b_byte} %d->%d\n", len(slen1), cap(slen1))
	for len(slen1) < 200 {
		slen1 = append(slen1, v)
		if cap(slen1) != last {
			last = cap(slen1)
			fmt.Printf("len1 8:struct{a_int32;b_byte} %d->%d\n", len(slen1), cap(slen1))
		}
	}
	slen2 := make([]S8, 2)
	last = cap(slen2)
	fmt.Printf("len2 8:struct{a_int32;b_byte} %d->%d\n", len(slen2), cap(slen2))
	for len(slen2) < 200 {
		slen2 = append(slen2, v)
		if cap(slen2) != last {
			last = cap(slen2)
			fmt.Printf("len2 8:struct{a_int32;b_byte} %d->%d\n", len(slen2), cap(slen2))
		}
	}
	slen5 := make([]S8, 5)
	last = cap(slen5)
	fmt.Printf("len5 8:struct{a_int32;b_byte} %d->%d\n", len(slen5), cap(slen5))
	for len(slen5) < 200 {
		slen5 = append(slen5, v)
		if cap(slen5) != last {
			last = cap(slen5)
			fmt.Printf("len5 8:struct{a_int32;b_byte} %d->%d\n", len(slen5), cap(slen5))
		}
	}
	slit3 := []S8{v, v, v}
	last = cap(slit3)
	fmt.Printf("lit3 8:struct{a_int32;b_byte} %d->%d\n", len(slit3), cap(slit3))
	for len(slit3) < 200 {
		slit3 = append(slit3, v)
		if cap(slit3) != last {
			last = cap(slit3)
			fmt.Printf("lit3 8:struct{a_int32;b_byte} %d->%d\n", len(slit3), cap(slit3))
		}
	}
}

func probeS12() {
	var v S12
	var last int
	var snil []S12
	last = cap(snil)
	fmt.Printf("nil 12:struct{a,b,c_int32} %d->%d\n", len(snil), cap(snil))
	for len(snil) < 200 {
		snil = append(snil, v)
		if cap(snil) != last {
			last = cap(snil)
			fmt.Printf("nil 12:struct{a,b,c_int32} %d->%d\n", len(snil), cap(snil))
		}
	}
	scap0 := make([]S12, 0, 0)
	last = cap(scap0)
	fmt.Printf("cap0 12:struct{a,b,c_int32} %d->%d\n", len(scap0), cap(scap0))
	for len(scap0) < 200 {
		scap0 = append(scap0, v)
		if cap(scap0) != last {
			last = cap(scap0)
			fmt.Printf("cap0 12:struct{a,b,c_int32} %d->%d\n", len(scap0), cap(scap0))
		}
	}
	scap1 := make([]S12, 0, 1)
	last = cap(scap1)
	fmt.Printf("cap1 12:struct{a,b,c_int32} %d->%d\n", len(scap1), cap(scap1))
	for len(scap1) < 200 {
		scap1 = append(scap1, v)
		if cap(scap1) != last {
			last = cap(scap1)
			fmt.Printf("cap1 12:struct{a,b,c_int32} %d->%d\n", len(scap1), cap(scap1))
		}
	}
	scap3 := make([]S12, 0, 3)
	last = cap(scap3)
	fmt.Printf("cap3 12:struct{a,b,c_int32} %d->%d\n", len(scap3), cap(scap3))
	for len(scap3) < 200 {
		scap3 = append(scap3, v)
		if cap(scap3) != last {
			last = cap(scap3)
			fmt.Printf("cap3 12:struct{a,b,c_int32} %d->%d\n", len(scap3), cap(scap3))
		}
	}
	scap5 := make([]S12, 0, 5)
	last = cap(scap5)
	fmt.Printf("cap5 12:struct{a,b,c_int32} %d->%d\n", len(scap5), cap(scap5))
	for len(scap5) < 200 {
		scap5 = append(scap5, v)
		if cap(scap5) != last {
			last = cap(scap5)
			fmt.Printf("cap5 12:struct{a,b,c_int32} %d->%d\n", len(scap5), cap(scap5))
		}
	}
	scap8 := make([]S12, 0, 8)
	last = cap(scap8)
	fmt.Printf("cap8 12:struct{a,b,c_int32} %d->%d\n", len(scap8), cap(scap8))
	for len(scap8) < 200 {
		scap8 = append(scap8, v)
		if cap(scap8) != last {
			last = cap(scap8)
			fmt.Printf("cap8 12:struct{a,b,c_int32} %d->%d\n", len(scap8), cap(scap8))
		}
	}
	scap17 := make([]S12, 0, 17)
	last = cap(scap17)
	fmt.Printf("cap17 12:struct{a,b,c_int32} %d->%d\n", len(scap17), cap(scap17))
	for len(scap17) < 200 {
		scap17 = append(scap17, v)
		if cap(scap17) != last {
			last = cap(scap17)
			fmt.Printf("cap17 12:struct{a,b,c_int32} %d->%d\n", len(scap17), cap(scap17))
		}
	}
	slen1 := make([]S12, 1)
	last = cap(slen1)
	fmt.Printf("len1 12:struct{a,b,c_int32} %d->%d\n", len(slen1), cap(slen1))
	for len(slen1) < 200 {
		slen1 = append(slen1, v)
		if cap(slen1) != last {
			last = cap(slen1)
			fmt.Printf("len1 12:struct{a,b,c_int32} %d->%d\n", len(slen1), cap(slen1))
		}
	}
	slen2 := make([]S12, 2)
	last = cap(slen2)
	fmt.Printf("len2 12:struct{a,b,c_int32} %d->%d\n", len(slen2), cap(slen2))
	for len(slen2) < 200 {
		slen2 = append(slen2, v)
		if cap(slen2) != last {
			last = cap(slen2)
			fmt.Printf("len2 12:struct{a,b,c_int32} %d->%d\n", len(slen2), cap(slen2))
		}
	}
	slen5 := make([]S12, 5)
	last = cap(slen5)
	fmt.Printf("len5 12:struct{a,b,c_int32} %d->%d\n", len(slen5), cap(slen5))
	for len(slen5) < 200 {
		slen5 = append(slen5, v)
		if cap(slen5) != last {
			last = cap(slen5)
			fmt.Printf("len5 12:struct{a,b,c_int32} %d->%d\n", len(slen5), cap(slen5))
		}
	}
	slit3 := []S12{v, v, v}
	last = cap(slit3)
	fmt.Printf("lit3 12:struct{a,b,c_int32} %d->%d\n", len(slit3), cap(slit3))
	for len(slit3) < 200 {
		slit3 = append(slit3, v)
		if cap(slit3) != last {
			last = cap(slit3)
			fmt.Printf("lit3 12:struct{a,b,c_int32} %d->%d\n", len(slit3), cap(slit3))
		}
	}
}

func probeS16() {
	var v S16
	var last int
	var snil []S16
	last = cap(snil)
	fmt.Printf("nil 16:struct{a_int64;b_byte} %d->%d\n", len(snil), cap(snil))
	for len(snil) < 200 {
		snil = append(snil, v)
		if cap(snil) != last {
			last = cap(snil)
			fmt.Printf("nil 16:struct{a_int64;b_byte} %d->%d\n", len(snil), cap(snil))
		}
	}
	scap0 := make([]S16, 0, 0)
	last = cap(scap0)
	fmt.Printf("cap0 16:struct{a_int64;b_byte} %d->%d\n", len(scap0), cap(scap0))
	for len(scap0) < 200 {
		scap0 = append(scap0, v)
		if cap(scap0) != last {
			last = cap(scap0)
			fmt.Printf("cap0 16:struct{a_int64;b_byte} %d->%d\n", len(scap0), cap(scap0))
		}
	}
	scap1 := make([]S16, 0, 1)
	last = cap(scap1)
	fmt.Printf("cap1 16:struct{a_int64;b_byte} %d->%d\n", len(scap1), cap(scap1))
	for len(scap1) < 200 {
		scap1 = append(scap1, v)
		if cap(scap1) != last {
			last = cap(scap1)
			fmt.Printf("cap1 16:struct{a_int64;b_byte} %d->%d\n", len(scap1), cap(scap1))
		}
	}
	scap3 := make([]S16, 0, 3)
	last = cap(scap3)
	fmt.Printf("cap3 16:struct{a_int64;b_byte} %d->%d\n", len(scap3), cap(scap3))
	for len(scap3) < 200 {
		scap3 = append(scap3, v)
		if cap(scap3) != last {
			last = cap(scap3)
			fmt.Printf("cap3 16:struct{a_int64;b_byte} %d->%d\n", len(scap3), cap(scap3))
		}
	}
	scap5 := make([]S16, 0, 5)
	last = cap(scap5)
	fmt.Printf("cap5 16:struct{a_int64;b_byte} %d->%d\n", len(scap5), cap(scap5))
	for len(scap5) < 200 {
		scap5 = append(scap5, v)
		if cap(scap5) != last {
			last = cap(scap5)
			fmt.Printf("cap5 16:struct{a_int64;b_byte} %d->%d\n", len(scap5), cap(scap5))
		}
	}
	scap8 := make([]S16, 0, 8)
	last = cap(scap8)
	fmt.Printf("cap8 16:struct{a_int64;b_byte} %d->%d\n", len(scap8), cap(scap8))
	for len(scap8) < 200 {
		scap8 = append(scap8, v)
		if cap(scap8) != last {
			last = cap(scap8)
			fmt.Printf("cap8 16:struct{a_int64;b_byte} %d->%d\n", len(scap8), cap(scap8))
		}
	}
	scap17 := make([]S16, 0, 17)
	last = cap(scap17)
	fmt.Printf("cap17 16:struct{a_int64;b_byte} %d->%d\n", len(scap17), cap(scap17))
	for len(scap17) < 200 {
		scap17 = append(scap17, v)
		if cap(scap17) != last {
			last = cap(scap17)
			fmt.Printf("cap17 16:struct{a_int64;b_byte} %d->%d\n", len(scap17), cap(scap17))
		}
	}
	slen1 := make([]S16, 1)
	last = cap(slen1)
	fmt.Printf("len1 16:struct{a_int64;b_byte} %d->%d\n", len(slen1), cap(slen1))
	for len(slen1) < 200 {
		slen1 = append(slen1, v)
		if cap(slen1) != last {
			last = cap(slen1)
			fmt.Printf("len1 16:struct{a_int64;b_byte} %d->%d\n", len(slen1), cap(slen1))
		}
	}
	slen2 := make([]S16, 2)
	last = cap(slen2)
	fmt.Printf("len2 16:struct{a_int64;b_byte} %d->%d\n", len(slen2), cap(slen2))
	for len(slen2) < 200 {
		slen2 = append(slen2, v)
		if cap(slen2) != last {
			last = cap(slen2)
			fmt.Printf("len2 16:struct{a_int64;b_byte} %d->%d\n", len(slen2), cap(slen2))
		}
	}
	slen5 := make([]S16, 5)
	last = cap(slen5)
	fmt.Printf("len5 16:struct{a_int64;b_byte} %d->%d\n", len(slen5), cap(slen5))
	for len(slen5) < 200 {
		slen5 = append(slen5, v)
		if cap(slen5) != last {
			last = cap(slen5)
			fmt.Printf("len5 16:struct{a_int64;b_byte} %d->%d\n", len(slen5), cap(slen5))
		}
	}
	slit3 := []S16{v, v, v}
	last = cap(slit3)
	fmt.Printf("lit3 16:struct{a_int64;b_byte} %d->%d\n", len(slit3), cap(slit3))
	for len(slit3) < 200 {
		slit3 = append(slit3, v)
		if cap(slit3) != last {
			last = cap(slit3)
			fmt.Printf("lit3 16:struct{a_int64;b_byte} %d->%d\n", len(slit3), cap(slit3))
		}
	}
}

func main() {
	probeB1()
	probeB2()
	probeB3()
	probeB4()
	probeB5()
	probeB6()
	probeB7()
	probeB8()
	probeB9()
	probeB10()
	probeB11()
	probeB12()
	probeB13()
	probeB14()
	probeB15()
	probeB16()
	probeB17()
	probeB18()
	probeB19()
	probeB20()
	probeB21()
	probeB22()
	probeB23()
	probeB24()
	probeB25()
	probeB26()
	probeB27()
	probeB28()
	probeB29()
	probeB30()
	probeB31()
	probeB32()
	probeB33()
	probeB34()
	probeB35()
	probeB36()
	probeB37()
	probeB38()
	probeB39()
	probeB40()
	probeB41()
	probeB42()
	probeB43()
	probeB44()
	probeB45()
	probeB46()
	probeB47()
	probeB48()
	probeB49()
	probeB50()
	probeB51()
	probeB52()
	probeB53()
	probeB54()
	probeB55()
	probeB56()
	probeB57()
	probeB58()
	probeB59()
	probeB60()
	probeB61()
	probeB62()
	probeB63()
	probeB64()
	probeI16()
	probeI32()
	probeI64()
	probeF32()
	probeS8()
	probeS12()
	probeS16()
}
