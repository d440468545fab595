// growslice_probe.go: capacities that append gives, element by element up to 200
// elements, for element sizes 1..64 ([N]byte) and a few other element types, from
// several starting points.  Every slice is kept in a package-level variable, so it
// lives in the heap and the compiler's stack buffer for small appends plays no part.
//
// Output lines: START SIZE len->cap, printed at the start and each time cap changes.
// START: nil, cap0..cap17 (make([]T, 0, c)), len1..len5 (make([]T, n)), lit3 (a
// literal of 3 elements).  SIZE: N for [N]byte; N:type for the other element types.
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

var sinkB1 []B1
var sinkB2 []B2
var sinkB3 []B3
var sinkB4 []B4
var sinkB5 []B5
var sinkB6 []B6
var sinkB7 []B7
var sinkB8 []B8
var sinkB9 []B9
var sinkB10 []B10
var sinkB11 []B11
var sinkB12 []B12
var sinkB13 []B13
var sinkB14 []B14
var sinkB15 []B15
var sinkB16 []B16
var sinkB17 []B17
var sinkB18 []B18
var sinkB19 []B19
var sinkB20 []B20
var sinkB21 []B21
var sinkB22 []B22
var sinkB23 []B23
var sinkB24 []B24
var sinkB25 []B25
var sinkB26 []B26
var sinkB27 []B27
var sinkB28 []B28
var sinkB29 []B29
var sinkB30 []B30
var sinkB31 []B31
var sinkB32 []B32
var sinkB33 []B33
var sinkB34 []B34
var sinkB35 []B35
var sinkB36 []B36
var sinkB37 []B37
var sinkB38 []B38
var sinkB39 []B39
var sinkB40 []B40
var sinkB41 []B41
var sinkB42 []B42
var sinkB43 []B43
var sinkB44 []B44
var sinkB45 []B45
var sinkB46 []B46
var sinkB47 []B47
var sinkB48 []B48
var sinkB49 []B49
var sinkB50 []B50
var sinkB51 []B51
var sinkB52 []B52
var sinkB53 []B53
var sinkB54 []B54
var sinkB55 []B55
var sinkB56 []B56
var sinkB57 []B57
var sinkB58 []B58
var sinkB59 []B59
var sinkB60 []B60
var sinkB61 []B61
var sinkB62 []B62
var sinkB63 []B63
var sinkB64 []B64
var sinkI16 []I16
var sinkI32 []I32
var sinkI64 []I64
var sinkF32 []F32
var sinkS8 []S8
var sinkS12 []S12
var sinkS16 []S16

func probeB1() {
	var v B1
	var last int
	sinkB1 = nil
	last = cap(sinkB1)
	fmt.Printf("nil 1 %d->%d\n", len(sinkB1), cap(sinkB1))
	for len(sinkB1) < 200 {
		sinkB1 = append(sinkB1, v)
		if cap(sinkB1) != last {
			last = cap(sinkB1)
			fmt.Printf("nil 1 %d->%d\n", len(sinkB1), cap(sinkB1))
		}
	}
	sinkB1 = make([]B1, 0, 0)
	last = cap(sinkB1)
	fmt.Printf("cap0 1 %d->%d\n", len(sinkB1), cap(sinkB1))
	for len(sinkB1) < 200 {
		sinkB1 = append(sinkB1, v)
		if cap(sinkB1) != last {
			last = cap(sinkB1)
			fmt.Printf("cap0 1 %d->%d\n", len(sinkB1), cap(sinkB1))
		}
	}
	sinkB1 = make([]B1, 0, 1)
	last = cap(sinkB1)
	fmt.Printf("cap1 1 %d->%d\n", len(sinkB1), cap(sinkB1))
	for len(sinkB1) < 200 {
		sinkB1 = append(sinkB1, v)
		if cap(sinkB1) != last {
			last = cap(sinkB1)
			fmt.Printf("cap1 1 %d->%d\n", len(sinkB1), cap(sinkB1))
		}
	}
	sinkB1 = make([]B1, 0, 3)
	last = cap(sinkB1)
	fmt.Printf("cap3 1 %d->%d\n", len(sinkB1), cap(sinkB1))
	for len(sinkB1) < 200 {
		sinkB1 = append(sinkB1, v)
		if cap(sinkB1) != last {
			last = cap(sinkB1)
			fmt.Printf("cap3 1 %d->%d\n", len(sinkB1), cap(sinkB1))
		}
	}
	sinkB1 = make([]B1, 0, 5)
	last = cap(sinkB1)
	fmt.Printf("cap5 1 %d->%d\n", len(sinkB1), cap(sinkB1))
	for len(sinkB1) < 200 {
		sinkB1 = append(sinkB1, v)
		if cap(sinkB1) != last {
			last = cap(sinkB1)
			fmt.Printf("cap5 1 %d->%d\n", len(sinkB1), cap(sinkB1))
		}
	}
	sinkB1 = make([]B1, 0, 8)
	last = cap(sinkB1)
	fmt.Printf("cap8 1 %d->%d\n", len(sinkB1), cap(sinkB1))
	for len(sinkB1) < 200 {
		sinkB1 = append(sinkB1, v)
		if cap(sinkB1) != last {
			last = cap(sinkB1)
			fmt.Printf("cap8 1 %d->%d\n", len(sinkB1), cap(sinkB1))
		}
	}
	sinkB1 = make([]B1, 0, 17)
	last = cap(sinkB1)
	fmt.Printf("cap17 1 %d->%d\n", len(sinkB1), cap(sinkB1))
	for len(sinkB1) < 200 {
		sinkB1 = append(sinkB1, v)
		if cap(sinkB1) != last {
			last = cap(sinkB1)
			fmt.Printf("cap17 1 %d->%d\n", len(sinkB1), cap(sinkB1))
		}
	}
	sinkB1 = make([]B1, 1)
	last = cap(sinkB1)
	fmt.Printf("len1 1 %d->%d\n", len(sinkB1), cap(sinkB1))
	for len(sinkB1) < 200 {
		sinkB1 = append(sinkB1, v)
		if cap(sinkB1) != last {
			last = cap(sinkB1)
			fmt.Printf("len1 1 %d->%d\n", len(sinkB1), cap(sinkB1))
		}
	}
	sinkB1 = make([]B1, 2)
	last = cap(sinkB1)
	fmt.Printf("len2 1 %d->%d\n", len(sinkB1), cap(sinkB1))
	for len(sinkB1) < 200 {
		sinkB1 = append(sinkB1, v)
		if cap(sinkB1) != last {
			last = cap(sinkB1)
			fmt.Printf("len2 1 %d->%d\n", len(sinkB1), cap(sinkB1))
		}
	}
	sinkB1 = make([]B1, 5)
	last = cap(sinkB1)
	fmt.Printf("len5 1 %d->%d\n", len(sinkB1), cap(sinkB1))
	for len(sinkB1) < 200 {
		sinkB1 = append(sinkB1, v)
		if cap(sinkB1) != last {
			last = cap(sinkB1)
			fmt.Printf("len5 1 %d->%d\n", len(sinkB1), cap(sinkB1))
		}
	}
	sinkB1 = []B1{v, v, v}
	last = cap(sinkB1)
	fmt.Printf("lit3 1 %d->%d\n", len(sinkB1), cap(sinkB1))
	for len(sinkB1) < 200 {
		sinkB1 = append(sinkB1, v)
		if cap(sinkB1) != last {
			last = cap(sinkB1)
			fmt.Printf("lit3 1 %d->%d\n", len(sinkB1), cap(sinkB1))
		}
	}
}

func probeB2() {
	var v B2
	var last int
	sinkB2 = nil
	last = cap(sinkB2)
	fmt.Printf("nil 2 %d->%d\n", len(sinkB2), cap(sinkB2))
	for len(sinkB2) < 200 {
		sinkB2 = append(sinkB2, v)
		if cap(sinkB2) != last {
			last = cap(sinkB2)
			fmt.Printf("nil 2 %d->%d\n", len(sinkB2), cap(sinkB2))
		}
	}
	sinkB2 = make([]B2, 0, 0)
	last = cap(sinkB2)
	fmt.Printf("cap0 2 %d->%d\n", len(sinkB2), cap(sinkB2))
	for len(sinkB2) < 200 {
		sinkB2 = append(sinkB2, v)
		if cap(sinkB2) != last {
			last = cap(sinkB2)
			fmt.Printf("cap0 2 %d->%d\n", len(sinkB2), cap(sinkB2))
		}
	}
	sinkB2 = make([]B2, 0, 1)
	last = cap(sinkB2)
	fmt.Printf("cap1 2 %d->%d\n", len(sinkB2), cap(sinkB2))
	for len(sinkB2) < 200 {
		sinkB2 = append(sinkB2, v)
		if cap(sinkB2) != last {
			last = cap(sinkB2)
			fmt.Printf("cap1 2 %d->%d\n", len(sinkB2), cap(sinkB2))
		}
	}
	sinkB2 = make([]B2, 0, 3)
	last = cap(sinkB2)
	fmt.Printf("cap3 2 %d->%d\n", len(sinkB2), cap(sinkB2))
	for len(sinkB2) < 200 {
		sinkB2 = append(sinkB2, v)
		if cap(sinkB2) != last {
			last = cap(sinkB2)
			fmt.Printf("cap3 2 %d->%d\n", len(sinkB2), cap(sinkB2))
		}
	}
	sinkB2 = make([]B2, 0, 5)
	last = cap(sinkB2)
	fmt.Printf("cap5 2 %d->%d\n", len(sinkB2), cap(sinkB2))
	for len(sinkB2) < 200 {
		sinkB2 = append(sinkB2, v)
		if cap(sinkB2) != last {
			last = cap(sinkB2)
			fmt.Printf("cap5 2 %d->%d\n", len(sinkB2), cap(sinkB2))
		}
	}
	sinkB2 = make([]B2, 0, 8)
	last = cap(sinkB2)
	fmt.Printf("cap8 2 %d->%d\n", len(sinkB2), cap(sinkB2))
	for len(sinkB2) < 200 {
		sinkB2 = append(sinkB2, v)
		if cap(sinkB2) != last {
			last = cap(sinkB2)
			fmt.Printf("cap8 2 %d->%d\n", len(sinkB2), cap(sinkB2))
		}
	}
	sinkB2 = make([]B2, 0, 17)
	last = cap(sinkB2)
	fmt.Printf("cap17 2 %d->%d\n", len(sinkB2), cap(sinkB2))
	for len(sinkB2) < 200 {
		sinkB2 = append(sinkB2, v)
		if cap(sinkB2) != last {
			last = cap(sinkB2)
			fmt.Printf("cap17 2 %d->%d\n", len(sinkB2), cap(sinkB2))
		}
	}
	sinkB2 = make([]B2, 1)
	last = cap(sinkB2)
	fmt.Printf("len1 2 %d->%d\n", len(sinkB2), cap(sinkB2))
	for len(sinkB2) < 200 {
		sinkB2 = append(sinkB2, v)
		if cap(sinkB2) != last {
			last = cap(sinkB2)
			fmt.Printf("len1 2 %d->%d\n", len(sinkB2), cap(sinkB2))
		}
	}
	sinkB2 = make([]B2, 2)
	last = cap(sinkB2)
	fmt.Printf("len2 2 %d->%d\n", len(sinkB2), cap(sinkB2))
	for len(sinkB2) < 200 {
		sinkB2 = append(sinkB2, v)
		if cap(sinkB2) != last {
			last = cap(sinkB2)
			fmt.Printf("len2 2 %d->%d\n", len(sinkB2), cap(sinkB2))
		}
	}
	sinkB2 = make([]B2, 5)
	last = cap(sinkB2)
	fmt.Printf("len5 2 %d->%d\n", len(sinkB2), cap(sinkB2))
	for len(sinkB2) < 200 {
		sinkB2 = append(sinkB2, v)
		if cap(sinkB2) != last {
			last = cap(sinkB2)
			fmt.Printf("len5 2 %d->%d\n", len(sinkB2), cap(sinkB2))
		}
	}
	sinkB2 = []B2{v, v, v}
	last = cap(sinkB2)
	fmt.Printf("lit3 2 %d->%d\n", len(sinkB2), cap(sinkB2))
	for len(sinkB2) < 200 {
		sinkB2 = append(sinkB2, v)
		if cap(sinkB2) != last {
			last = cap(sinkB2)
			fmt.Printf("lit3 2 %d->%d\n", len(sinkB2), cap(sinkB2))
		}
	}
}

func probeB3() {
	var v B3
	var last int
	sinkB3 = nil
	last = cap(sinkB3)
	fmt.Printf("nil 3 %d->%d\n", len(sinkB3), cap(sinkB3))
	for len(sinkB3) < 200 {
		sinkB3 = append(sinkB3, v)
		if cap(sinkB3) != last {
			last = cap(sinkB3)
			fmt.Printf("nil 3 %d->%d\n", len(sinkB3), cap(sinkB3))
		}
	}
	sinkB3 = make([]B3, 0, 0)
	last = cap(sinkB3)
	fmt.Printf("cap0 3 %d->%d\n", len(sinkB3), cap(sinkB3))
	for len(sinkB3) < 200 {
		sinkB3 = append(sinkB3, v)
		if cap(sinkB3) != last {
			last = cap(sinkB3)
			fmt.Printf("cap0 3 %d->%d\n", len(sinkB3), cap(sinkB3))
		}
	}
	sinkB3 = make([]B3, 0, 1)
	last = cap(sinkB3)
	fmt.Printf("cap1 3 %d->%d\n", len(sinkB3), cap(sinkB3))
	for len(sinkB3) < 200 {
		sinkB3 = append(sinkB3, v)
		if cap(sinkB3) != last {
			last = cap(sinkB3)
			fmt.Printf("cap1 3 %d->%d\n", len(sinkB3), cap(sinkB3))
		}
	}
	sinkB3 = make([]B3, 0, 3)
	last = cap(sinkB3)
	fmt.Printf("cap3 3 %d->%d\n", len(sinkB3), cap(sinkB3))
	for len(sinkB3) < 200 {
		sinkB3 = append(sinkB3, v)
		if cap(sinkB3) != last {
			last = cap(sinkB3)
			fmt.Printf("cap3 3 %d->%d\n", len(sinkB3), cap(sinkB3))
		}
	}
	sinkB3 = make([]B3, 0, 5)
	last = cap(sinkB3)
	fmt.Printf("cap5 3 %d->%d\n", len(sinkB3), cap(sinkB3))
	for len(sinkB3) < 200 {
		sinkB3 = append(sinkB3, v)
		if cap(sinkB3) != last {
			last = cap(sinkB3)
			fmt.Printf("cap5 3 %d->%d\n", len(sinkB3), cap(sinkB3))
		}
	}
	sinkB3 = make([]B3, 0, 8)
	last = cap(sinkB3)
	fmt.Printf("cap8 3 %d->%d\n", len(sinkB3), cap(sinkB3))
	for len(sinkB3) < 200 {
		sinkB3 = append(sinkB3, v)
		if cap(sinkB3) != last {
			last = cap(sinkB3)
			fmt.Printf("cap8 3 %d->%d\n", len(sinkB3), cap(sinkB3))
		}
	}
	sinkB3 = make([]B3, 0, 17)
	last = cap(sinkB3)
	fmt.Printf("cap17 3 %d->%d\n", len(sinkB3), cap(sinkB3))
	for len(sinkB3) < 200 {
		sinkB3 = append(sinkB3, v)
		if cap(sinkB3) != last {
			last = cap(sinkB3)
			fmt.Printf("cap17 3 %d->%d\n", len(sinkB3), cap(sinkB3))
		}
	}
	sinkB3 = make([]B3, 1)
	last = cap(sinkB3)
	fmt.Printf("len1 3 %d->%d\n", len(sinkB3), cap(sinkB3))
	for len(sinkB3) < 200 {
		sinkB3 = append(sinkB3, v)
		if cap(sinkB3) != last {
			last = cap(sinkB3)
			fmt.Printf("len1 3 %d->%d\n", len(sinkB3), cap(sinkB3))
		}
	}
	sinkB3 = make([]B3, 2)
	last = cap(sinkB3)
	fmt.Printf("len2 3 %d->%d\n", len(sinkB3), cap(sinkB3))
	for len(sinkB3) < 200 {
		sinkB3 = append(sinkB3, v)
		if cap(sinkB3) != last {
			last = cap(sinkB3)
			fmt.Printf("len2 3 %d->%d\n", len(sinkB3), cap(sinkB3))
		}
	}
	sinkB3 = make([]B3, 5)
	last = cap(sinkB3)
	fmt.Printf("len5 3 %d->%d\n", len(sinkB3), cap(sinkB3))
	for len(sinkB3) < 200 {
		sinkB3 = append(sinkB3, v)
		if cap(sinkB3) != last {
			last = cap(sinkB3)
			fmt.Printf("len5 3 %d->%d\n", len(sinkB3), cap(sinkB3))
		}
	}
	sinkB3 = []B3{v, v, v}
	last = cap(sinkB3)
	fmt.Printf("lit3 3 %d->%d\n", len(sinkB3), cap(sinkB3))
	for len(sinkB3) < 200 {
		sinkB3 = append(sinkB3, v)
		if cap(sinkB3) != last {
			last = cap(sinkB3)
			fmt.Printf("lit3 3 %d->%d\n", len(sinkB3), cap(sinkB3))
		}
	}
}

func probeB4() {
	var v B4
	var last int
	sinkB4 = nil
	last = cap(sinkB4)
	fmt.Printf("nil 4 %d->%d\n", len(sinkB4), cap(sinkB4))
	for len(sinkB4) < 200 {
		sinkB4 = append(sinkB4, v)
		if cap(sinkB4) != last {
			last = cap(sinkB4)
			fmt.Printf("nil 4 %d->%d\n", len(sinkB4), cap(sinkB4))
		}
	}
	sinkB4 = make([]B4, 0, 0)
	last = cap(sinkB4)
	fmt.Printf("cap0 4 %d->%d\n", len(sinkB4), cap(sinkB4))
	for len(sinkB4) < 200 {
		sinkB4 = append(sinkB4, v)
		if cap(sinkB4) != last {
			last = cap(sinkB4)
			fmt.Printf("cap0 4 %d->%d\n", len(sinkB4), cap(sinkB4))
		}
	}
	sinkB4 = make([]B4, 0, 1)
	last = cap(sinkB4)
	fmt.Printf("cap1 4 %d->%d\n", len(sinkB4), cap(sinkB4))
	for len(sinkB4) < 200 {
		sinkB4 = append(sinkB4, v)
		if cap(sinkB4) != last {
			last = cap(sinkB4)
			fmt.Printf("cap1 4 %d->%d\n", len(sinkB4), cap(sinkB4))
		}
	}
	sinkB4 = make([]B4, 0, 3)
	last = cap(sinkB4)
	fmt.Printf("cap3 4 %d->%d\n", len(sinkB4), cap(sinkB4))
	for len(sinkB4) < 200 {
		sinkB4 = append(sinkB4, v)
		if cap(sinkB4) != last {
			last = cap(sinkB4)
			fmt.Printf("cap3 4 %d->%d\n", len(sinkB4), cap(sinkB4))
		}
	}
	sinkB4 = make([]B4, 0, 5)
	last = cap(sinkB4)
	fmt.Printf("cap5 4 %d->%d\n", len(sinkB4), cap(sinkB4))
	for len(sinkB4) < 200 {
		sinkB4 = append(sinkB4, v)
		if cap(sinkB4) != last {
			last = cap(sinkB4)
			fmt.Printf("cap5 4 %d->%d\n", len(sinkB4), cap(sinkB4))
		}
	}
	sinkB4 = make([]B4, 0, 8)
	last = cap(sinkB4)
	fmt.Printf("cap8 4 %d->%d\n", len(sinkB4), cap(sinkB4))
	for len(sinkB4) < 200 {
		sinkB4 = append(sinkB4, v)
		if cap(sinkB4) != last {
			last = cap(sinkB4)
			fmt.Printf("cap8 4 %d->%d\n", len(sinkB4), cap(sinkB4))
		}
	}
	sinkB4 = make([]B4, 0, 17)
	last = cap(sinkB4)
	fmt.Printf("cap17 4 %d->%d\n", len(sinkB4), cap(sinkB4))
	for len(sinkB4) < 200 {
		sinkB4 = append(sinkB4, v)
		if cap(sinkB4) != last {
			last = cap(sinkB4)
			fmt.Printf("cap17 4 %d->%d\n", len(sinkB4), cap(sinkB4))
		}
	}
	sinkB4 = make([]B4, 1)
	last = cap(sinkB4)
	fmt.Printf("len1 4 %d->%d\n", len(sinkB4), cap(sinkB4))
	for len(sinkB4) < 200 {
		sinkB4 = append(sinkB4, v)
		if cap(sinkB4) != last {
			last = cap(sinkB4)
			fmt.Printf("len1 4 %d->%d\n", len(sinkB4), cap(sinkB4))
		}
	}
	sinkB4 = make([]B4, 2)
	last = cap(sinkB4)
	fmt.Printf("len2 4 %d->%d\n", len(sinkB4), cap(sinkB4))
	for len(sinkB4) < 200 {
		sinkB4 = append(sinkB4, v)
		if cap(sinkB4) != last {
			last = cap(sinkB4)
			fmt.Printf("len2 4 %d->%d\n", len(sinkB4), cap(sinkB4))
		}
	}
	sinkB4 = make([]B4, 5)
	last = cap(sinkB4)
	fmt.Printf("len5 4 %d->%d\n", len(sinkB4), cap(sinkB4))
	for len(sinkB4) < 200 {
		sinkB4 = append(sinkB4, v)
		if cap(sinkB4) != last {
			last = cap(sinkB4)
			fmt.Printf("len5 4 %d->%d\n", len(sinkB4), cap(sinkB4))
		}
	}
	sinkB4 = []B4{v, v, v}
	last = cap(sinkB4)
	fmt.Printf("lit3 4 %d->%d\n", len(sinkB4), cap(sinkB4))
	for len(sinkB4) < 200 {
		sinkB4 = append(sinkB4, v)
		if cap(sinkB4) != last {
			last = cap(sinkB4)
			fmt.Printf("lit3 4 %d->%d\n", len(sinkB4), cap(sinkB4))
		}
	}
}

func probeB5() {
	var v B5
	var last int
	sinkB5 = nil
	last = cap(sinkB5)
	fmt.Printf("nil 5 %d->%d\n", len(sinkB5), cap(sinkB5))
	for len(sinkB5) < 200 {
		sinkB5 = append(sinkB5, v)
		if cap(sinkB5) != last {
			last = cap(sinkB5)
			fmt.Printf("nil 5 %d->%d\n", len(sinkB5), cap(sinkB5))
		}
	}
	sinkB5 = make([]B5, 0, 0)
	last = cap(sinkB5)
	fmt.Printf("cap0 5 %d->%d\n", len(sinkB5), cap(sinkB5))
	for len(sinkB5) < 200 {
		sinkB5 = append(sinkB5, v)
		if cap(sinkB5) != last {
			last = cap(sinkB5)
			fmt.Printf("cap0 5 %d->%d\n", len(sinkB5), cap(sinkB5))
		}
	}
	sinkB5 = make([]B5, 0, 1)
	last = cap(sinkB5)
	fmt.Printf("cap1 5 %d->%d\n", len(sinkB5), cap(sinkB5))
	for len(sinkB5) < 200 {
		sinkB5 = append(sinkB5, v)
		if cap(sinkB5) != last {
			last = cap(sinkB5)
			fmt.Printf("cap1 5 %d->%d\n", len(sinkB5), cap(sinkB5))
		}
	}
	sinkB5 = make([]B5, 0, 3)
	last = cap(sinkB5)
	fmt.Printf("cap3 5 %d->%d\n", len(sinkB5), cap(sinkB5))
	for len(sinkB5) < 200 {
		sinkB5 = append(sinkB5, v)
		if cap(sinkB5) != last {
			last = cap(sinkB5)
			fmt.Printf("cap3 5 %d->%d\n", len(sinkB5), cap(sinkB5))
		}
	}
	sinkB5 = make([]B5, 0, 5)
	last = cap(sinkB5)
	fmt.Printf("cap5 5 %d->%d\n", len(sinkB5), cap(sinkB5))
	for len(sinkB5) < 200 {
		sinkB5 = append(sinkB5, v)
		if cap(sinkB5) != last {
			last = cap(sinkB5)
			fmt.Printf("cap5 5 %d->%d\n", len(sinkB5), cap(sinkB5))
		}
	}
	sinkB5 = make([]B5, 0, 8)
	last = cap(sinkB5)
	fmt.Printf("cap8 5 %d->%d\n", len(sinkB5), cap(sinkB5))
	for len(sinkB5) < 200 {
		sinkB5 = append(sinkB5, v)
		if cap(sinkB5) != last {
			last = cap(sinkB5)
			fmt.Printf("cap8 5 %d->%d\n", len(sinkB5), cap(sinkB5))
		}
	}
	sinkB5 = make([]B5, 0, 17)
	last = cap(sinkB5)
	fmt.Printf("cap17 5 %d->%d\n", len(sinkB5), cap(sinkB5))
	for len(sinkB5) < 200 {
		sinkB5 = append(sinkB5, v)
		if cap(sinkB5) != last {
			last = cap(sinkB5)
			fmt.Printf("cap17 5 %d->%d\n", len(sinkB5), cap(sinkB5))
		}
	}
	sinkB5 = make([]B5, 1)
	last = cap(sinkB5)
	fmt.Printf("len1 5 %d->%d\n", len(sinkB5), cap(sinkB5))
	for len(sinkB5) < 200 {
		sinkB5 = append(sinkB5, v)
		if cap(sinkB5) != last {
			last = cap(sinkB5)
			fmt.Printf("len1 5 %d->%d\n", len(sinkB5), cap(sinkB5))
		}
	}
	sinkB5 = make([]B5, 2)
	last = cap(sinkB5)
	fmt.Printf("len2 5 %d->%d\n", len(sinkB5), cap(sinkB5))
	for len(sinkB5) < 200 {
		sinkB5 = append(sinkB5, v)
		if cap(sinkB5) != last {
			last = cap(sinkB5)
			fmt.Printf("len2 5 %d->%d\n", len(sinkB5), cap(sinkB5))
		}
	}
	sinkB5 = make([]B5, 5)
	last = cap(sinkB5)
	fmt.Printf("len5 5 %d->%d\n", len(sinkB5), cap(sinkB5))
	for len(sinkB5) < 200 {
		sinkB5 = append(sinkB5, v)
		if cap(sinkB5) != last {
			last = cap(sinkB5)
			fmt.Printf("len5 5 %d->%d\n", len(sinkB5), cap(sinkB5))
		}
	}
	sinkB5 = []B5{v, v, v}
	last = cap(sinkB5)
	fmt.Printf("lit3 5 %d->%d\n", len(sinkB5), cap(sinkB5))
	for len(sinkB5) < 200 {
		sinkB5 = append(sinkB5, v)
		if cap(sinkB5) != last {
			last = cap(sinkB5)
			fmt.Printf("lit3 5 %d->%d\n", len(sinkB5), cap(sinkB5))
		}
	}
}

func probeB6() {
	var v B6
	var last int
	sinkB6 = nil
	last = cap(sinkB6)
	fmt.Printf("nil 6 %d->%d\n", len(sinkB6), cap(sinkB6))
	for len(sinkB6) < 200 {
		sinkB6 = append(sinkB6, v)
		if cap(sinkB6) != last {
			last = cap(sinkB6)
			fmt.Printf("nil 6 %d->%d\n", len(sinkB6), cap(sinkB6))
		}
	}
	sinkB6 = make([]B6, 0, 0)
	last = cap(sinkB6)
	fmt.Printf("cap0 6 %d->%d\n", len(sinkB6), cap(sinkB6))
	for len(sinkB6) < 200 {
		sinkB6 = append(sinkB6, v)
		if cap(sinkB6) != last {
			last = cap(sinkB6)
			fmt.Printf("cap0 6 %d->%d\n", len(sinkB6), cap(sinkB6))
		}
	}
	sinkB6 = make([]B6, 0, 1)
	last = cap(sinkB6)
	fmt.Printf("cap1 6 %d->%d\n", len(sinkB6), cap(sinkB6))
	for len(sinkB6) < 200 {
		sinkB6 = append(sinkB6, v)
		if cap(sinkB6) != last {
			last = cap(sinkB6)
			fmt.Printf("cap1 6 %d->%d\n", len(sinkB6), cap(sinkB6))
		}
	}
	sinkB6 = make([]B6, 0, 3)
	last = cap(sinkB6)
	fmt.Printf("cap3 6 %d->%d\n", len(sinkB6), cap(sinkB6))
	for len(sinkB6) < 200 {
		sinkB6 = append(sinkB6, v)
		if cap(sinkB6) != last {
			last = cap(sinkB6)
			fmt.Printf("cap3 6 %d->%d\n", len(sinkB6), cap(sinkB6))
		}
	}
	sinkB6 = make([]B6, 0, 5)
	last = cap(sinkB6)
	fmt.Printf("cap5 6 %d->%d\n", len(sinkB6), cap(sinkB6))
	for len(sinkB6) < 200 {
		sinkB6 = append(sinkB6, v)
		if cap(sinkB6) != last {
			last = cap(sinkB6)
			fmt.Printf("cap5 6 %d->%d\n", len(sinkB6), cap(sinkB6))
		}
	}
	sinkB6 = make([]B6, 0, 8)
	last = cap(sinkB6)
	fmt.Printf("cap8 6 %d->%d\n", len(sinkB6), cap(sinkB6))
	for len(sinkB6) < 200 {
		sinkB6 = append(sinkB6, v)
		if cap(sinkB6) != last {
			last = cap(sinkB6)
			fmt.Printf("cap8 6 %d->%d\n", len(sinkB6), cap(sinkB6))
		}
	}
	sinkB6 = make([]B6, 0, 17)
	last = cap(sinkB6)
	fmt.Printf("cap17 6 %d->%d\n", len(sinkB6), cap(sinkB6))
	for len(sinkB6) < 200 {
		sinkB6 = append(sinkB6, v)
		if cap(sinkB6) != last {
			last = cap(sinkB6)
			fmt.Printf("cap17 6 %d->%d\n", len(sinkB6), cap(sinkB6))
		}
	}
	sinkB6 = make([]B6, 1)
	last = cap(sinkB6)
	fmt.Printf("len1 6 %d->%d\n", len(sinkB6), cap(sinkB6))
	for len(sinkB6) < 200 {
		sinkB6 = append(sinkB6, v)
		if cap(sinkB6) != last {
			last = cap(sinkB6)
			fmt.Printf("len1 6 %d->%d\n", len(sinkB6), cap(sinkB6))
		}
	}
	sinkB6 = make([]B6, 2)
	last = cap(sinkB6)
	fmt.Printf("len2 6 %d->%d\n", len(sinkB6), cap(sinkB6))
	for len(sinkB6) < 200 {
		sinkB6 = append(sinkB6, v)
		if cap(sinkB6) != last {
			last = cap(sinkB6)
			fmt.Printf("len2 6 %d->%d\n", len(sinkB6), cap(sinkB6))
		}
	}
	sinkB6 = make([]B6, 5)
	last = cap(sinkB6)
	fmt.Printf("len5 6 %d->%d\n", len(sinkB6), cap(sinkB6))
	for len(sinkB6) < 200 {
		sinkB6 = append(sinkB6, v)
		if cap(sinkB6) != last {
			last = cap(sinkB6)
			fmt.Printf("len5 6 %d->%d\n", len(sinkB6), cap(sinkB6))
		}
	}
	sinkB6 = []B6{v, v, v}
	last = cap(sinkB6)
	fmt.Printf("lit3 6 %d->%d\n", len(sinkB6), cap(sinkB6))
	for len(sinkB6) < 200 {
		sinkB6 = append(sinkB6, v)
		if cap(sinkB6) != last {
			last = cap(sinkB6)
			fmt.Printf("lit3 6 %d->%d\n", len(sinkB6), cap(sinkB6))
		}
	}
}

func probeB7() {
	var v B7
	var last int
	sinkB7 = nil
	last = cap(sinkB7)
	fmt.Printf("nil 7 %d->%d\n", len(sinkB7), cap(sinkB7))
	for len(sinkB7) < 200 {
		sinkB7 = append(sinkB7, v)
		if cap(sinkB7) != last {
			last = cap(sinkB7)
			fmt.Printf("nil 7 %d->%d\n", len(sinkB7), cap(sinkB7))
		}
	}
	sinkB7 = make([]B7, 0, 0)
	last = cap(sinkB7)
	fmt.Printf("cap0 7 %d->%d\n", len(sinkB7), cap(sinkB7))
	for len(sinkB7) < 200 {
		sinkB7 = append(sinkB7, v)
		if cap(sinkB7) != last {
			last = cap(sinkB7)
			fmt.Printf("cap0 7 %d->%d\n", len(sinkB7), cap(sinkB7))
		}
	}
	sinkB7 = make([]B7, 0, 1)
	last = cap(sinkB7)
	fmt.Printf("cap1 7 %d->%d\n", len(sinkB7), cap(sinkB7))
	for len(sinkB7) < 200 {
		sinkB7 = append(sinkB7, v)
		if cap(sinkB7) != last {
			last = cap(sinkB7)
			fmt.Printf("cap1 7 %d->%d\n", len(sinkB7), cap(sinkB7))
		}
	}
	sinkB7 = make([]B7, 0, 3)
	last = cap(sinkB7)
	fmt.Printf("cap3 7 %d->%d\n", len(sinkB7), cap(sinkB7))
	for len(sinkB7) < 200 {
		sinkB7 = append(sinkB7, v)
		if cap(sinkB7) != last {
			last = cap(sinkB7)
			fmt.Printf("cap3 7 %d->%d\n", len(sinkB7), cap(sinkB7))
		}
	}
	sinkB7 = make([]B7, 0, 5)
	last = cap(sinkB7)
	fmt.Printf("cap5 7 %d->%d\n", len(sinkB7), cap(sinkB7))
	for len(sinkB7) < 200 {
		sinkB7 = append(sinkB7, v)
		if cap(sinkB7) != last {
			last = cap(sinkB7)
			fmt.Printf("cap5 7 %d->%d\n", len(sinkB7), cap(sinkB7))
		}
	}
	sinkB7 = make([]B7, 0, 8)
	last = cap(sinkB7)
	fmt.Printf("cap8 7 %d->%d\n", len(sinkB7), cap(sinkB7))
	for len(sinkB7) < 200 {
		sinkB7 = append(sinkB7, v)
		if cap(sinkB7) != last {
			last = cap(sinkB7)
			fmt.Printf("cap8 7 %d->%d\n", len(sinkB7), cap(sinkB7))
		}
	}
	sinkB7 = make([]B7, 0, 17)
	last = cap(sinkB7)
	fmt.Printf("cap17 7 %d->%d\n", len(sinkB7), cap(sinkB7))
	for len(sinkB7) < 200 {
		sinkB7 = append(sinkB7, v)
		if cap(sinkB7) != last {
			last = cap(sinkB7)
			fmt.Printf("cap17 7 %d->%d\n", len(sinkB7), cap(sinkB7))
		}
	}
	sinkB7 = make([]B7, 1)
	last = cap(sinkB7)
	fmt.Printf("len1 7 %d->%d\n", len(sinkB7), cap(sinkB7))
	for len(sinkB7) < 200 {
		sinkB7 = append(sinkB7, v)
		if cap(sinkB7) != last {
			last = cap(sinkB7)
			fmt.Printf("len1 7 %d->%d\n", len(sinkB7), cap(sinkB7))
		}
	}
	sinkB7 = make([]B7, 2)
	last = cap(sinkB7)
	fmt.Printf("len2 7 %d->%d\n", len(sinkB7), cap(sinkB7))
	for len(sinkB7) < 200 {
		sinkB7 = append(sinkB7, v)
		if cap(sinkB7) != last {
			last = cap(sinkB7)
			fmt.Printf("len2 7 %d->%d\n", len(sinkB7), cap(sinkB7))
		}
	}
	sinkB7 = make([]B7, 5)
	last = cap(sinkB7)
	fmt.Printf("len5 7 %d->%d\n", len(sinkB7), cap(sinkB7))
	for len(sinkB7) < 200 {
		sinkB7 = append(sinkB7, v)
		if cap(sinkB7) != last {
			last = cap(sinkB7)
			fmt.Printf("len5 7 %d->%d\n", len(sinkB7), cap(sinkB7))
		}
	}
	sinkB7 = []B7{v, v, v}
	last = cap(sinkB7)
	fmt.Printf("lit3 7 %d->%d\n", len(sinkB7), cap(sinkB7))
	for len(sinkB7) < 200 {
		sinkB7 = append(sinkB7, v)
		if cap(sinkB7) != last {
			last = cap(sinkB7)
			fmt.Printf("lit3 7 %d->%d\n", len(sinkB7), cap(sinkB7))
		}
	}
}

func probeB8() {
	var v B8
	var last int
	sinkB8 = nil
	last = cap(sinkB8)
	fmt.Printf("nil 8 %d->%d\n", len(sinkB8), cap(sinkB8))
	for len(sinkB8) < 200 {
		sinkB8 = append(sinkB8, v)
		if cap(sinkB8) != last {
			last = cap(sinkB8)
			fmt.Printf("nil 8 %d->%d\n", len(sinkB8), cap(sinkB8))
		}
	}
	sinkB8 = make([]B8, 0, 0)
	last = cap(sinkB8)
	fmt.Printf("cap0 8 %d->%d\n", len(sinkB8), cap(sinkB8))
	for len(sinkB8) < 200 {
		sinkB8 = append(sinkB8, v)
		if cap(sinkB8) != last {
			last = cap(sinkB8)
			fmt.Printf("cap0 8 %d->%d\n", len(sinkB8), cap(sinkB8))
		}
	}
	sinkB8 = make([]B8, 0, 1)
	last = cap(sinkB8)
	fmt.Printf("cap1 8 %d->%d\n", len(sinkB8), cap(sinkB8))
	for len(sinkB8) < 200 {
		sinkB8 = append(sinkB8, v)
		if cap(sinkB8) != last {
			last = cap(sinkB8)
			fmt.Printf("cap1 8 %d->%d\n", len(sinkB8), cap(sinkB8))
		}
	}
	sinkB8 = make([]B8, 0, 3)
	last = cap(sinkB8)
	fmt.Printf("cap3 8 %d->%d\n", len(sinkB8), cap(sinkB8))
	for len(sinkB8) < 200 {
		sinkB8 = append(sinkB8, v)
		if cap(sinkB8) != last {
			last = cap(sinkB8)
			fmt.Printf("cap3 8 %d->%d\n", len(sinkB8), cap(sinkB8))
		}
	}
	sinkB8 = make([]B8, 0, 5)
	last = cap(sinkB8)
	fmt.Printf("cap5 8 %d->%d\n", len(sinkB8), cap(sinkB8))
	for len(sinkB8) < 200 {
		sinkB8 = append(sinkB8, v)
		if cap(sinkB8) != last {
			last = cap(sinkB8)
			fmt.Printf("cap5 8 %d->%d\n", len(sinkB8), cap(sinkB8))
		}
	}
	sinkB8 = make([]B8, 0, 8)
	last = cap(sinkB8)
	fmt.Printf("cap8 8 %d->%d\n", len(sinkB8), cap(sinkB8))
	for len(sinkB8) < 200 {
		sinkB8 = append(sinkB8, v)
		if cap(sinkB8) != last {
			last = cap(sinkB8)
			fmt.Printf("cap8 8 %d->%d\n", len(sinkB8), cap(sinkB8))
		}
	}
	sinkB8 = make([]B8, 0, 17)
	last = cap(sinkB8)
	fmt.Printf("cap17 8 %d->%d\n", len(sinkB8), cap(sinkB8))
	for len(sinkB8) < 200 {
		sinkB8 = append(sinkB8, v)
		if cap(sinkB8) != last {
			last = cap(sinkB8)
			fmt.Printf("cap17 8 %d->%d\n", len(sinkB8), cap(sinkB8))
		}
	}
	sinkB8 = make([]B8, 1)
	last = cap(sinkB8)
	fmt.Printf("len1 8 %d->%d\n", len(sinkB8), cap(sinkB8))
	for len(sinkB8) < 200 {
		sinkB8 = append(sinkB8, v)
		if cap(sinkB8) != last {
			last = cap(sinkB8)
			fmt.Printf("len1 8 %d->%d\n", len(sinkB8), cap(sinkB8))
		}
	}
	sinkB8 = make([]B8, 2)
	last = cap(sinkB8)
	fmt.Printf("len2 8 %d->%d\n", len(sinkB8), cap(sinkB8))
	for len(sinkB8) < 200 {
		sinkB8 = append(sinkB8, v)
		if cap(sinkB8) != last {
			last = cap(sinkB8)
			fmt.Printf("len2 8 %d->%d\n", len(sinkB8), cap(sinkB8))
		}
	}
	sinkB8 = make([]B8, 5)
	last = cap(sinkB8)
	fmt.Printf("len5 8 %d->%d\n", len(sinkB8), cap(sinkB8))
	for len(sinkB8) < 200 {
		sinkB8 = append(sinkB8, v)
		if cap(sinkB8) != last {
			last = cap(sinkB8)
			fmt.Printf("len5 8 %d->%d\n", len(sinkB8), cap(sinkB8))
		}
	}
	sinkB8 = []B8{v, v, v}
	last = cap(sinkB8)
	fmt.Printf("lit3 8 %d->%d\n", len(sinkB8), cap(sinkB8))
	for len(sinkB8) < 200 {
		sinkB8 = append(sinkB8, v)
		if cap(sinkB8) != last {
			last = cap(sinkB8)
			fmt.Printf("lit3 8 %d->%d\n", len(sinkB8), cap(sinkB8))
		}
	}
}

func probeB9() {
	var v B9
	var last int
	sinkB9 = nil
	last = cap(sinkB9)
	fmt.Printf("nil 9 %d->%d\n", len(sinkB9), cap(sinkB9))
	for len(sinkB9) < 200 {
		sinkB9 = append(sinkB9, v)
		if cap(sinkB9) != last {
			last = cap(sinkB9)
			fmt.Printf("nil 9 %d->%d\n", len(sinkB9), cap(sinkB9))
		}
	}
	sinkB9 = make([]B9, 0, 0)
	last = cap(sinkB9)
	fmt.Printf("cap0 9 %d->%d\n", len(sinkB9), cap(sinkB9))
	for len(sinkB9) < 200 {
		sinkB9 = append(sinkB9, v)
		if cap(sinkB9) != last {
			last = cap(sinkB9)
			fmt.Printf("cap0 9 %d->%d\n", len(sinkB9), cap(sinkB9))
		}
	}
	sinkB9 = make([]B9, 0, 1)
	last = cap(sinkB9)
	fmt.Printf("cap1 9 %d->%d\n", len(sinkB9), cap(sinkB9))
	for len(sinkB9) < 200 {
		sinkB9 = append(sinkB9, v)
		if cap(sinkB9) != last {
			last = cap(sinkB9)
			fmt.Printf("cap1 9 %d->%d\n", len(sinkB9), cap(sinkB9))
		}
	}
	sinkB9 = make([]B9, 0, 3)
	last = cap(sinkB9)
	fmt.Printf("cap3 9 %d->%d\n", len(sinkB9), cap(sinkB9))
	for len(sinkB9) < 200 {
		sinkB9 = append(sinkB9, v)
		if cap(sinkB9) != last {
			last = cap(sinkB9)
			fmt.Printf("cap3 9 %d->%d\n", len(sinkB9), cap(sinkB9))
		}
	}
	sinkB9 = make([]B9, 0, 5)
	last = cap(sinkB9)
	fmt.Printf("cap5 9 %d->%d\n", len(sinkB9), cap(sinkB9))
	for len(sinkB9) < 200 {
		sinkB9 = append(sinkB9, v)
		if cap(sinkB9) != last {
			last = cap(sinkB9)
			fmt.Printf("cap5 9 %d->%d\n", len(sinkB9), cap(sinkB9))
		}
	}
	sinkB9 = make([]B9, 0, 8)
	last = cap(sinkB9)
	fmt.Printf("cap8 9 %d->%d\n", len(sinkB9), cap(sinkB9))
	for len(sinkB9) < 200 {
		sinkB9 = append(sinkB9, v)
		if cap(sinkB9) != last {
			last = cap(sinkB9)
			fmt.Printf("cap8 9 %d->%d\n", len(sinkB9), cap(sinkB9))
		}
	}
	sinkB9 = make([]B9, 0, 17)
	last = cap(sinkB9)
	fmt.Printf("cap17 9 %d->%d\n", len(sinkB9), cap(sinkB9))
	for len(sinkB9) < 200 {
		sinkB9 = append(sinkB9, v)
		if cap(sinkB9) != last {
			last = cap(sinkB9)
			fmt.Printf("cap17 9 %d->%d\n", len(sinkB9), cap(sinkB9))
		}
	}
	sinkB9 = make([]B9, 1)
	last = cap(sinkB9)
	fmt.Printf("len1 9 %d->%d\n", len(sinkB9), cap(sinkB9))
	for len(sinkB9) < 200 {
		sinkB9 = append(sinkB9, v)
		if cap(sinkB9) != last {
			last = cap(sinkB9)
			fmt.Printf("len1 9 %d->%d\n", len(sinkB9), cap(sinkB9))
		}
	}
	sinkB9 = make([]B9, 2)
	last = cap(sinkB9)
	fmt.Printf("len2 9 %d->%d\n", len(sinkB9), cap(sinkB9))
	for len(sinkB9) < 200 {
		sinkB9 = append(sinkB9, v)
		if cap(sinkB9) != last {
			last = cap(sinkB9)
			fmt.Printf("len2 9 %d->%d\n", len(sinkB9), cap(sinkB9))
		}
	}
	sinkB9 = make([]B9, 5)
	last = cap(sinkB9)
	fmt.Printf("len5 9 %d->%d\n", len(sinkB9), cap(sinkB9))
	for len(sinkB9) < 200 {
		sinkB9 = append(sinkB9, v)
		if cap(sinkB9) != last {
			last = cap(sinkB9)
			fmt.Printf("len5 9 %d->%d\n", len(sinkB9), cap(sinkB9))
		}
	}
	sinkB9 = []B9{v, v, v}
	last = cap(sinkB9)
	fmt.Printf("lit3 9 %d->%d\n", len(sinkB9), cap(sinkB9))
	for len(sinkB9) < 200 {
		sinkB9 = append(sinkB9, v)
		if cap(sinkB9) != last {
			last = cap(sinkB9)
			fmt.Printf("lit3 9 %d->%d\n", len(sinkB9), cap(sinkB9))
		}
	}
}

func probeB10() {
	var v B10
	var last int
	sinkB10 = nil
	last = cap(sinkB10)
	fmt.Printf("nil 10 %d->%d\n", len(sinkB10), cap(sinkB10))
	for len(sinkB10) < 200 {
		sinkB10 = append(sinkB10, v)
		if cap(sinkB10) != last {
			last = cap(sinkB10)
			fmt.Printf("nil 10 %d->%d\n", len(sinkB10), cap(sinkB10))
		}
	}
	sinkB10 = make([]B10, 0, 0)
	last = cap(sinkB10)
	fmt.Printf("cap0 10 %d->%d\n", len(sinkB10), cap(sinkB10))
	for len(sinkB10) < 200 {
		sinkB10 = append(sinkB10, v)
		if cap(sinkB10) != last {
			last = cap(sinkB10)
			fmt.Printf("cap0 10 %d->%d\n", len(sinkB10), cap(sinkB10))
		}
	}
	sinkB10 = make([]B10, 0, 1)
	last = cap(sinkB10)
	fmt.Printf("cap1 10 %d->%d\n", len(sinkB10), cap(sinkB10))
	for len(sinkB10) < 200 {
		sinkB10 = append(sinkB10, v)
		if cap(sinkB10) != last {
			last = cap(sinkB10)
			fmt.Printf("cap1 10 %d->%d\n", len(sinkB10), cap(sinkB10))
		}
	}
	sinkB10 = make([]B10, 0, 3)
	last = cap(sinkB10)
	fmt.Printf("cap3 10 %d->%d\n", len(sinkB10), cap(sinkB10))
	for len(sinkB10) < 200 {
		sinkB10 = append(sinkB10, v)
		if cap(sinkB10) != last {
			last = cap(sinkB10)
			fmt.Printf("cap3 10 %d->%d\n", len(sinkB10), cap(sinkB10))
		}
	}
	sinkB10 = make([]B10, 0, 5)
	last = cap(sinkB10)
	fmt.Printf("cap5 10 %d->%d\n", len(sinkB10), cap(sinkB10))
	for len(sinkB10) < 200 {
		sinkB10 = append(sinkB10, v)
		if cap(sinkB10) != last {
			last = cap(sinkB10)
			fmt.Printf("cap5 10 %d->%d\n", len(sinkB10), cap(sinkB10))
		}
	}
	sinkB10 = make([]B10, 0, 8)
	last = cap(sinkB10)
	fmt.Printf("cap8 10 %d->%d\n", len(sinkB10), cap(sinkB10))
	for len(sinkB10) < 200 {
		sinkB10 = append(sinkB10, v)
		if cap(sinkB10) != last {
			last = cap(sinkB10)
			fmt.Printf("cap8 10 %d->%d\n", len(sinkB10), cap(sinkB10))
		}
	}
	sinkB10 = make([]B10, 0, 17)
	last = cap(sinkB10)
	fmt.Printf("cap17 10 %d->%d\n", len(sinkB10), cap(sinkB10))
	for len(sinkB10) < 200 {
		sinkB10 = append(sinkB10, v)
		if cap(sinkB10) != last {
			last = cap(sinkB10)
			fmt.Printf("cap17 10 %d->%d\n", len(sinkB10), cap(sinkB10))
		}
	}
	sinkB10 = make([]B10, 1)
	last = cap(sinkB10)
	fmt.Printf("len1 10 %d->%d\n", len(sinkB10), cap(sinkB10))
	for len(sinkB10) < 200 {
		sinkB10 = append(sinkB10, v)
		if cap(sinkB10) != last {
			last = cap(sinkB10)
			fmt.Printf("len1 10 %d->%d\n", len(sinkB10), cap(sinkB10))
		}
	}
	sinkB10 = make([]B10, 2)
	last = cap(sinkB10)
	fmt.Printf("len2 10 %d->%d\n", len(sinkB10), cap(sinkB10))
	for len(sinkB10) < 200 {
		sinkB10 = append(sinkB10, v)
		if cap(sinkB10) != last {
			last = cap(sinkB10)
			fmt.Printf("len2 10 %d->%d\n", len(sinkB10), cap(sinkB10))
		}
	}
	sinkB10 = make([]B10, 5)
	last = cap(sinkB10)
	fmt.Printf("len5 10 %d->%d\n", len(sinkB10), cap(sinkB10))
	for len(sinkB10) < 200 {
		sinkB10 = append(sinkB10, v)
		if cap(sinkB10) != last {
			last = cap(sinkB10)
			fmt.Printf("len5 10 %d->%d\n", len(sinkB10), cap(sinkB10))
		}
	}
	sinkB10 = []B10{v, v, v}
	last = cap(sinkB10)
	fmt.Printf("lit3 10 %d->%d\n", len(sinkB10), cap(sinkB10))
	for len(sinkB10) < 200 {
		sinkB10 = append(sinkB10, v)
		if cap(sinkB10) != last {
			last = cap(sinkB10)
			fmt.Printf("lit3 10 %d->%d\n", len(sinkB10), cap(sinkB10))
		}
	}
}

func probeB11() {
	var v B11
	var last int
	sinkB11 = nil
	last = cap(sinkB11)
	fmt.Printf("nil 11 %d->%d\n", len(sinkB11), cap(sinkB11))
	for len(sinkB11) < 200 {
		sinkB11 = append(sinkB11, v)
		if cap(sinkB11) != last {
			last = cap(sinkB11)
			fmt.Printf("nil 11 %d->%d\n", len(sinkB11), cap(sinkB11))
		}
	}
	sinkB11 = make([]B11, 0, 0)
	last = cap(sinkB11)
	fmt.Printf("cap0 11 %d->%d\n", len(sinkB11), cap(sinkB11))
	for len(sinkB11) < 200 {
		sinkB11 = append(sinkB11, v)
		if cap(sinkB11) != last {
			last = cap(sinkB11)
			fmt.Printf("cap0 11 %d->%d\n", len(sinkB11), cap(sinkB11))
		}
	}
	sinkB11 = make([]B11, 0, 1)
	last = cap(sinkB11)
	fmt.Printf("cap1 11 %d->%d\n", len(sinkB11), cap(sinkB11))
	for len(sinkB11) < 200 {
		sinkB11 = append(sinkB11, v)
		if cap(sinkB11) != last {
			last = cap(sinkB11)
			fmt.Printf("cap1 11 %d->%d\n", len(sinkB11), cap(sinkB11))
		}
	}
	sinkB11 = make([]B11, 0, 3)
	last = cap(sinkB11)
	fmt.Printf("cap3 11 %d->%d\n", len(sinkB11), cap(sinkB11))
	for len(sinkB11) < 200 {
		sinkB11 = append(sinkB11, v)
		if cap(sinkB11) != last {
			last = cap(sinkB11)
			fmt.Printf("cap3 11 %d->%d\n", len(sinkB11), cap(sinkB11))
		}
	}
	sinkB11 = make([]B11, 0, 5)
	last = cap(sinkB11)
	fmt.Printf("cap5 11 %d->%d\n", len(sinkB11), cap(sinkB11))
	for len(sinkB11) < 200 {
		sinkB11 = append(sinkB11, v)
		if cap(sinkB11) != last {
			last = cap(sinkB11)
			fmt.Printf("cap5 11 %d->%d\n", len(sinkB11), cap(sinkB11))
		}
	}
	sinkB11 = make([]B11, 0, 8)
	last = cap(sinkB11)
	fmt.Printf("cap8 11 %d->%d\n", len(sinkB11), cap(sinkB11))
	for len(sinkB11) < 200 {
		sinkB11 = append(sinkB11, v)
		if cap(sinkB11) != last {
			last = cap(sinkB11)
			fmt.Printf("cap8 11 %d->%d\n", len(sinkB11), cap(sinkB11))
		}
	}
	sinkB11 = make([]B11, 0, 17)
	last = cap(sinkB11)
	fmt.Printf("cap17 11 %d->%d\n", len(sinkB11), cap(sinkB11))
	for len(sinkB11) < 200 {
		sinkB11 = append(sinkB11, v)
		if cap(sinkB11) != last {
			last = cap(sinkB11)
			fmt.Printf("cap17 11 %d->%d\n", len(sinkB11), cap(sinkB11))
		}
	}
	sinkB11 = make([]B11, 1)
	last = cap(sinkB11)
	fmt.Printf("len1 11 %d->%d\n", len(sinkB11), cap(sinkB11))
	for len(sinkB11) < 200 {
		sinkB11 = append(sinkB11, v)
		if cap(sinkB11) != last {
			last = cap(sinkB11)
			fmt.Printf("len1 11 %d->%d\n", len(sinkB11), cap(sinkB11))
		}
	}
	sinkB11 = make([]B11, 2)
	last = cap(sinkB11)
	fmt.Printf("len2 11 %d->%d\n", len(sinkB11), cap(sinkB11))
	for len(sinkB11) < 200 {
		sinkB11 = append(sinkB11, v)
		if cap(sinkB11) != last {
			last = cap(sinkB11)
			fmt.Printf("len2 11 %d->%d\n", len(sinkB11), cap(sinkB11))
		}
	}
	sinkB11 = make([]B11, 5)
	last = cap(sinkB11)
	fmt.Printf("len5 11 %d->%d\n", len(sinkB11), cap(sinkB11))
	for len(sinkB11) < 200 {
		sinkB11 = append(sinkB11, v)
		if cap(sinkB11) != last {
			last = cap(sinkB11)
			fmt.Printf("len5 11 %d->%d\n", len(sinkB11), cap(sinkB11))
		}
	}
	sinkB11 = []B11{v, v, v}
	last = cap(sinkB11)
	fmt.Printf("lit3 11 %d->%d\n", len(sinkB11), cap(sinkB11))
	for len(sinkB11) < 200 {
		sinkB11 = append(sinkB11, v)
		if cap(sinkB11) != last {
			last = cap(sinkB11)
			fmt.Printf("lit3 11 %d->%d\n", len(sinkB11), cap(sinkB11))
		}
	}
}

func probeB12() {
	var v B12
	var last int
	sinkB12 = nil
	last = cap(sinkB12)
	fmt.Printf("nil 12 %d->%d\n", len(sinkB12), cap(sinkB12))
	for len(sinkB12) < 200 {
		sinkB12 = append(sinkB12, v)
		if cap(sinkB12) != last {
			last = cap(sinkB12)
			fmt.Printf("nil 12 %d->%d\n", len(sinkB12), cap(sinkB12))
		}
	}
	sinkB12 = make([]B12, 0, 0)
	last = cap(sinkB12)
	fmt.Printf("cap0 12 %d->%d\n", len(sinkB12), cap(sinkB12))
	for len(sinkB12) < 200 {
		sinkB12 = append(sinkB12, v)
		if cap(sinkB12) != last {
			last = cap(sinkB12)
			fmt.Printf("cap0 12 %d->%d\n", len(sinkB12), cap(sinkB12))
		}
	}
	sinkB12 = make([]B12, 0, 1)
	last = cap(sinkB12)
	fmt.Printf("cap1 12 %d->%d\n", len(sinkB12), cap(sinkB12))
	for len(sinkB12) < 200 {
		sinkB12 = append(sinkB12, v)
		if cap(sinkB12) != last {
			last = cap(sinkB12)
			fmt.Printf("cap1 12 %d->%d\n", len(sinkB12), cap(sinkB12))
		}
	}
	sinkB12 = make([]B12, 0, 3)
	last = cap(sinkB12)
	fmt.Printf("cap3 12 %d->%d\n", len(sinkB12), cap(sinkB12))
	for len(sinkB12) < 200 {
		sinkB12 = append(sinkB12, v)
		if cap(sinkB12) != last {
			last = cap(sinkB12)
			fmt.Printf("cap3 12 %d->%d\n", len(sinkB12), cap(sinkB12))
		}
	}
	sinkB12 = make([]B12, 0, 5)
	last = cap(sinkB12)
	fmt.Printf("cap5 12 %d->%d\n", len(sinkB12), cap(sinkB12))
	for len(sinkB12) < 200 {
		sinkB12 = append(sinkB12, v)
		if cap(sinkB12) != last {
			last = cap(sinkB12)
			fmt.Printf("cap5 12 %d->%d\n", len(sinkB12), cap(sinkB12))
		}
	}
	sinkB12 = make([]B12, 0, 8)
	last = cap(sinkB12)
	fmt.Printf("cap8 12 %d->%d\n", len(sinkB12), cap(sinkB12))
	for len(sinkB12) < 200 {
		sinkB12 = append(sinkB12, v)
		if cap(sinkB12) != last {
			last = cap(sinkB12)
			fmt.Printf("cap8 12 %d->%d\n", len(sinkB12), cap(sinkB12))
		}
	}
	sinkB12 = make([]B12, 0, 17)
	last = cap(sinkB12)
	fmt.Printf("cap17 12 %d->%d\n", len(sinkB12), cap(sinkB12))
	for len(sinkB12) < 200 {
		sinkB12 = append(sinkB12, v)
		if cap(sinkB12) != last {
			last = cap(sinkB12)
			fmt.Printf("cap17 12 %d->%d\n", len(sinkB12), cap(sinkB12))
		}
	}
	sinkB12 = make([]B12, 1)
	last = cap(sinkB12)
	fmt.Printf("len1 12 %d->%d\n", len(sinkB12), cap(sinkB12))
	for len(sinkB12) < 200 {
		sinkB12 = append(sinkB12, v)
		if cap(sinkB12) != last {
			last = cap(sinkB12)
			fmt.Printf("len1 12 %d->%d\n", len(sinkB12), cap(sinkB12))
		}
	}
	sinkB12 = make([]B12, 2)
	last = cap(sinkB12)
	fmt.Printf("len2 12 %d->%d\n", len(sinkB12), cap(sinkB12))
	for len(sinkB12) < 200 {
		sinkB12 = append(sinkB12, v)
		if cap(sinkB12) != last {
			last = cap(sinkB12)
			fmt.Printf("len2 12 %d->%d\n", len(sinkB12), cap(sinkB12))
		}
	}
	sinkB12 = make([]B12, 5)
	last = cap(sinkB12)
	fmt.Printf("len5 12 %d->%d\n", len(sinkB12), cap(sinkB12))
	for len(sinkB12) < 200 {
		sinkB12 = append(sinkB12, v)
		if cap(sinkB12) != last {
			last = cap(sinkB12)
			fmt.Printf("len5 12 %d->%d\n", len(sinkB12), cap(sinkB12))
		}
	}
	sinkB12 = []B12{v, v, v}
	last = cap(sinkB12)
	fmt.Printf("lit3 12 %d->%d\n", len(sinkB12), cap(sinkB12))
	for len(sinkB12) < 200 {
		sinkB12 = append(sinkB12, v)
		if cap(sinkB12) != last {
			last = cap(sinkB12)
			fmt.Printf("lit3 12 %d->%d\n", len(sinkB12), cap(sinkB12))
		}
	}
}

func probeB13() {
	var v B13
	var last int
	sinkB13 = nil
	last = cap(sinkB13)
	fmt.Printf("nil 13 %d->%d\n", len(sinkB13), cap(sinkB13))
	for len(sinkB13) < 200 {
		sinkB13 = append(sinkB13, v)
		if cap(sinkB13) != last {
			last = cap(sinkB13)
			fmt.Printf("nil 13 %d->%d\n", len(sinkB13), cap(sinkB13))
		}
	}
	sinkB13 = make([]B13, 0, 0)
	last = cap(sinkB13)
	fmt.Printf("cap0 13 %d->%d\n", len(sinkB13), cap(sinkB13))
	for len(sinkB13) < 200 {
		sinkB13 = append(sinkB13, v)
		if cap(sinkB13) != last {
			last = cap(sinkB13)
			fmt.Printf("cap0 13 %d->%d\n", len(sinkB13), cap(sinkB13))
		}
	}
	sinkB13 = make([]B13, 0, 1)
	last = cap(sinkB13)
	fmt.Printf("cap1 13 %d->%d\n", len(sinkB13), cap(sinkB13))
	for len(sinkB13) < 200 {
		sinkB13 = append(sinkB13, v)
		if cap(sinkB13) != last {
			last = cap(sinkB13)
			fmt.Printf("cap1 13 %d->%d\n", len(sinkB13), cap(sinkB13))
		}
	}
	sinkB13 = make([]B13, 0, 3)
	last = cap(sinkB13)
	fmt.Printf("cap3 13 %d->%d\n", len(sinkB13), cap(sinkB13))
	for len(sinkB13) < 200 {
		sinkB13 = append(sinkB13, v)
		if cap(sinkB13) != last {
			last = cap(sinkB13)
			fmt.Printf("cap3 13 %d->%d\n", len(sinkB13), cap(sinkB13))
		}
	}
	sinkB13 = make([]B13, 0, 5)
	last = cap(sinkB13)
	fmt.Printf("cap5 13 %d->%d\n", len(sinkB13), cap(sinkB13))
	for len(sinkB13) < 200 {
		sinkB13 = append(sinkB13, v)
		if cap(sinkB13) != last {
			last = cap(sinkB13)
			fmt.Printf("cap5 13 %d->%d\n", len(sinkB13), cap(sinkB13))
		}
	}
	sinkB13 = make([]B13, 0, 8)
	last = cap(sinkB13)
	fmt.Printf("cap8 13 %d->%d\n", len(sinkB13), cap(sinkB13))
	for len(sinkB13) < 200 {
		sinkB13 = append(sinkB13, v)
		if cap(sinkB13) != last {
			last = cap(sinkB13)
			fmt.Printf("cap8 13 %d->%d\n", len(sinkB13), cap(sinkB13))
		}
	}
	sinkB13 = make([]B13, 0, 17)
	last = cap(sinkB13)
	fmt.Printf("cap17 13 %d->%d\n", len(sinkB13), cap(sinkB13))
	for len(sinkB13) < 200 {
		sinkB13 = append(sinkB13, v)
		if cap(sinkB13) != last {
			last = cap(sinkB13)
			fmt.Printf("cap17 13 %d->%d\n", len(sinkB13), cap(sinkB13))
		}
	}
	sinkB13 = make([]B13, 1)
	last = cap(sinkB13)
	fmt.Printf("len1 13 %d->%d\n", len(sinkB13), cap(sinkB13))
	for len(sinkB13) < 200 {
		sinkB13 = append(sinkB13, v)
		if cap(sinkB13) != last {
			last = cap(sinkB13)
			fmt.Printf("len1 13 %d->%d\n", len(sinkB13), cap(sinkB13))
		}
	}
	sinkB13 = make([]B13, 2)
	last = cap(sinkB13)
	fmt.Printf("len2 13 %d->%d\n", len(sinkB13), cap(sinkB13))
	for len(sinkB13) < 200 {
		sinkB13 = append(sinkB13, v)
		if cap(sinkB13) != last {
			last = cap(sinkB13)
			fmt.Printf("len2 13 %d->%d\n", len(sinkB13), cap(sinkB13))
		}
	}
	sinkB13 = make([]B13, 5)
	last = cap(sinkB13)
	fmt.Printf("len5 13 %d->%d\n", len(sinkB13), cap(sinkB13))
	for len(sinkB13) < 200 {
		sinkB13 = append(sinkB13, v)
		if cap(sinkB13) != last {
			last = cap(sinkB13)
			fmt.Printf("len5 13 %d->%d\n", len(sinkB13), cap(sinkB13))
		}
	}
	sinkB13 = []B13{v, v, v}
	last = cap(sinkB13)
	fmt.Printf("lit3 13 %d->%d\n", len(sinkB13), cap(sinkB13))
	for len(sinkB13) < 200 {
		sinkB13 = append(sinkB13, v)
		if cap(sinkB13) != last {
			last = cap(sinkB13)
			fmt.Printf("lit3 13 %d->%d\n", len(sinkB13), cap(sinkB13))
		}
	}
}

func probeB14() {
	var v B14
	var last int
	sinkB14 = nil
	last = cap(sinkB14)
	fmt.Printf("nil 14 %d->%d\n", len(sinkB14), cap(sinkB14))
	for len(sinkB14) < 200 {
		sinkB14 = append(sinkB14, v)
		if cap(sinkB14) != last {
			last = cap(sinkB14)
			fmt.Printf("nil 14 %d->%d\n", len(sinkB14), cap(sinkB14))
		}
	}
	sinkB14 = make([]B14, 0, 0)
	last = cap(sinkB14)
	fmt.Printf("cap0 14 %d->%d\n", len(sinkB14), cap(sinkB14))
	for len(sinkB14) < 200 {
		sinkB14 = append(sinkB14, v)
		if cap(sinkB14) != last {
			last = cap(sinkB14)
			fmt.Printf("cap0 14 %d->%d\n", len(sinkB14), cap(sinkB14))
		}
	}
	sinkB14 = make([]B14, 0, 1)
	last = cap(sinkB14)
	fmt.Printf("cap1 14 %d->%d\n", len(sinkB14), cap(sinkB14))
	for len(sinkB14) < 200 {
		sinkB14 = append(sinkB14, v)
		if cap(sinkB14) != last {
			last = cap(sinkB14)
			fmt.Printf("cap1 14 %d->%d\n", len(sinkB14), cap(sinkB14))
		}
	}
	sinkB14 = make([]B14, 0, 3)
	last = cap(sinkB14)
	fmt.Printf("cap3 14 %d->%d\n", len(sinkB14), cap(sinkB14))
	for len(sinkB14) < 200 {
		sinkB14 = append(sinkB14, v)
		if cap(sinkB14) != last {
			last = cap(sinkB14)
			fmt.Printf("cap3 14 %d->%d\n", len(sinkB14), cap(sinkB14))
		}
	}
	sinkB14 = make([]B14, 0, 5)
	last = cap(sinkB14)
	fmt.Printf("cap5 14 %d->%d\n", len(sinkB14), cap(sinkB14))
	for len(sinkB14) < 200 {
		sinkB14 = append(sinkB14, v)
		if cap(sinkB14) != last {
			last = cap(sinkB14)
			fmt.Printf("cap5 14 %d->%d\n", len(sinkB14), cap(sinkB14))
		}
	}
	sinkB14 = make([]B14, 0, 8)
	last = cap(sinkB14)
	fmt.Printf("cap8 14 %d->%d\n", len(sinkB14), cap(sinkB14))
	for len(sinkB14) < 200 {
		sinkB14 = append(sinkB14, v)
		if cap(sinkB14) != last {
			last = cap(sinkB14)
			fmt.Printf("cap8 14 %d->%d\n", len(sinkB14), cap(sinkB14))
		}
	}
	sinkB14 = make([]B14, 0, 17)
	last = cap(sinkB14)
	fmt.Printf("cap17 14 %d->%d\n", len(sinkB14), cap(sinkB14))
	for len(sinkB14) < 200 {
		sinkB14 = append(sinkB14, v)
		if cap(sinkB14) != last {
			last = cap(sinkB14)
			fmt.Printf("cap17 14 %d->%d\n", len(sinkB14), cap(sinkB14))
		}
	}
	sinkB14 = make([]B14, 1)
	last = cap(sinkB14)
	fmt.Printf("len1 14 %d->%d\n", len(sinkB14), cap(sinkB14))
	for len(sinkB14) < 200 {
		sinkB14 = append(sinkB14, v)
		if cap(sinkB14) != last {
			last = cap(sinkB14)
			fmt.Printf("len1 14 %d->%d\n", len(sinkB14), cap(sinkB14))
		}
	}
	sinkB14 = make([]B14, 2)
	last = cap(sinkB14)
	fmt.Printf("len2 14 %d->%d\n", len(sinkB14), cap(sinkB14))
	for len(sinkB14) < 200 {
		sinkB14 = append(sinkB14, v)
		if cap(sinkB14) != last {
			last = cap(sinkB14)
			fmt.Printf("len2 14 %d->%d\n", len(sinkB14), cap(sinkB14))
		}
	}
	sinkB14 = make([]B14, 5)
	last = cap(sinkB14)
	fmt.Printf("len5 14 %d->%d\n", len(sinkB14), cap(sinkB14))
	for len(sinkB14) < 200 {
		sinkB14 = append(sinkB14, v)
		if cap(sinkB14) != last {
			last = cap(sinkB14)
			fmt.Printf("len5 14 %d->%d\n", len(sinkB14), cap(sinkB14))
		}
	}
	sinkB14 = []B14{v, v, v}
	last = cap(sinkB14)
	fmt.Printf("lit3 14 %d->%d\n", len(sinkB14), cap(sinkB14))
	for len(sinkB14) < 200 {
		sinkB14 = append(sinkB14, v)
		if cap(sinkB14) != last {
			last = cap(sinkB14)
			fmt.Printf("lit3 14 %d->%d\n", len(sinkB14), cap(sinkB14))
		}
	}
}

func probeB15() {
	var v B15
	var last int
	sinkB15 = nil
	last = cap(sinkB15)
	fmt.Printf("nil 15 %d->%d\n", len(sinkB15), cap(sinkB15))
	for len(sinkB15) < 200 {
		sinkB15 = append(sinkB15, v)
		if cap(sinkB15) != last {
			last = cap(sinkB15)
			fmt.Printf("nil 15 %d->%d\n", len(sinkB15), cap(sinkB15))
		}
	}
	sinkB15 = make([]B15, 0, 0)
	last = cap(sinkB15)
	fmt.Printf("cap0 15 %d->%d\n", len(sinkB15), cap(sinkB15))
	for len(sinkB15) < 200 {
		sinkB15 = append(sinkB15, v)
		if cap(sinkB15) != last {
			last = cap(sinkB15)
			fmt.Printf("cap0 15 %d->%d\n", len(sinkB15), cap(sinkB15))
		}
	}
	sinkB15 = make([]B15, 0, 1)
	last = cap(sinkB15)
	fmt.Printf("cap1 15 %d->%d\n", len(sinkB15), cap(sinkB15))
	for len(sinkB15) < 200 {
		sinkB15 = append(sinkB15, v)
		if cap(sinkB15) != last {
			last = cap(sinkB15)
			fmt.Printf("cap1 15 %d->%d\n", len(sinkB15), cap(sinkB15))
		}
	}
	sinkB15 = make([]B15, 0, 3)
	last = cap(sinkB15)
	fmt.Printf("cap3 15 %d->%d\n", len(sinkB15), cap(sinkB15))
	for len(sinkB15) < 200 {
		sinkB15 = append(sinkB15, v)
		if cap(sinkB15) != last {
			last = cap(sinkB15)
			fmt.Printf("cap3 15 %d->%d\n", len(sinkB15), cap(sinkB15))
		}
	}
	sinkB15 = make([]B15, 0, 5)
	last = cap(sinkB15)
	fmt.Printf("cap5 15 %d->%d\n", len(sinkB15), cap(sinkB15))
	for len(sinkB15) < 200 {
		sinkB15 = append(sinkB15, v)
		if cap(sinkB15) != last {
			last = cap(sinkB15)
			fmt.Printf("cap5 15 %d->%d\n", len(sinkB15), cap(sinkB15))
		}
	}
	sinkB15 = make([]B15, 0, 8)
	last = cap(sinkB15)
	fmt.Printf("cap8 15 %d->%d\n", len(sinkB15), cap(sinkB15))
	for len(sinkB15) < 200 {
		sinkB15 = append(sinkB15, v)
		if cap(sinkB15) != last {
			last = cap(sinkB15)
			fmt.Printf("cap8 15 %d->%d\n", len(sinkB15), cap(sinkB15))
		}
	}
	sinkB15 = make([]B15, 0, 17)
	last = cap(sinkB15)
	fmt.Printf("cap17 15 %d->%d\n", len(sinkB15), cap(sinkB15))
	for len(sinkB15) < 200 {
		sinkB15 = append(sinkB15, v)
		if cap(sinkB15) != last {
			last = cap(sinkB15)
			fmt.Printf("cap17 15 %d->%d\n", len(sinkB15), cap(sinkB15))
		}
	}
	sinkB15 = make([]B15, 1)
	last = cap(sinkB15)
	fmt.Printf("len1 15 %d->%d\n", len(sinkB15), cap(sinkB15))
	for len(sinkB15) < 200 {
		sinkB15 = append(sinkB15, v)
		if cap(sinkB15) != last {
			last = cap(sinkB15)
			fmt.Printf("len1 15 %d->%d\n", len(sinkB15), cap(sinkB15))
		}
	}
	sinkB15 = make([]B15, 2)
	last = cap(sinkB15)
	fmt.Printf("len2 15 %d->%d\n", len(sinkB15), cap(sinkB15))
	for len(sinkB15) < 200 {
		sinkB15 = append(sinkB15, v)
		if cap(sinkB15) != last {
			last = cap(sinkB15)
			fmt.Printf("len2 15 %d->%d\n", len(sinkB15), cap(sinkB15))
		}
	}
	sinkB15 = make([]B15, 5)
	last = cap(sinkB15)
	fmt.Printf("len5 15 %d->%d\n", len(sinkB15), cap(sinkB15))
	for len(sinkB15) < 200 {
		sinkB15 = append(sinkB15, v)
		if cap(sinkB15) != last {
			last = cap(sinkB15)
			fmt.Printf("len5 15 %d->%d\n", len(sinkB15), cap(sinkB15))
		}
	}
	sinkB15 = []B15{v, v, v}
	last = cap(sinkB15)
	fmt.Printf("lit3 15 %d->%d\n", len(sinkB15), cap(sinkB15))
	for len(sinkB15) < 200 {
		sinkB15 = append(sinkB15, v)
		if cap(sinkB15) != last {
			last = cap(sinkB15)
			fmt.Printf("lit3 15 %d->%d\n", len(sinkB15), cap(sinkB15))
		}
	}
}

func probeB16() {
	var v B16
	var last int
	sinkB16 = nil
	last = cap(sinkB16)
	fmt.Printf("nil 16 %d->%d\n", len(sinkB16), cap(sinkB16))
	for len(sinkB16) < 200 {
		sinkB16 = append(sinkB16, v)
		if cap(sinkB16) != last {
			last = cap(sinkB16)
			fmt.Printf("nil 16 %d->%d\n", len(sinkB16), cap(sinkB16))
		}
	}
	sinkB16 = make([]B16, 0, 0)
	last = cap(sinkB16)
	fmt.Printf("cap0 16 %d->%d\n", len(sinkB16), cap(sinkB16))
	for len(sinkB16) < 200 {
		sinkB16 = append(sinkB16, v)
		if cap(sinkB16) != last {
			last = cap(sinkB16)
			fmt.Printf("cap0 16 %d->%d\n", len(sinkB16), cap(sinkB16))
		}
	}
	sinkB16 = make([]B16, 0, 1)
	last = cap(sinkB16)
	fmt.Printf("cap1 16 %d->%d\n", len(sinkB16), cap(sinkB16))
	for len(sinkB16) < 200 {
		sinkB16 = append(sinkB16, v)
		if cap(sinkB16) != last {
			last = cap(sinkB16)
			fmt.Printf("cap1 16 %d->%d\n", len(sinkB16), cap(sinkB16))
		}
	}
	sinkB16 = make([]B16, 0, 3)
	last = cap(sinkB16)
	fmt.Printf("cap3 16 %d->%d\n", len(sinkB16), cap(sinkB16))
	for len(sinkB16) < 200 {
		sinkB16 = append(sinkB16, v)
		if cap(sinkB16) != last {
			last = cap(sinkB16)
			fmt.Printf("cap3 16 %d->%d\n", len(sinkB16), cap(sinkB16))
		}
	}
	sinkB16 = make([]B16, 0, 5)
	last = cap(sinkB16)
	fmt.Printf("cap5 16 %d->%d\n", len(sinkB16), cap(sinkB16))
	for len(sinkB16) < 200 {
		sinkB16 = append(sinkB16, v)
		if cap(sinkB16) != last {
			last = cap(sinkB16)
			fmt.Printf("cap5 16 %d->%d\n", len(sinkB16), cap(sinkB16))
		}
	}
	sinkB16 = make([]B16, 0, 8)
	last = cap(sinkB16)
	fmt.Printf("cap8 16 %d->%d\n", len(sinkB16), cap(sinkB16))
	for len(sinkB16) < 200 {
		sinkB16 = append(sinkB16, v)
		if cap(sinkB16) != last {
			last = cap(sinkB16)
			fmt.Printf("cap8 16 %d->%d\n", len(sinkB16), cap(sinkB16))
		}
	}
	sinkB16 = make([]B16, 0, 17)
	last = cap(sinkB16)
	fmt.Printf("cap17 16 %d->%d\n", len(sinkB16), cap(sinkB16))
	for len(sinkB16) < 200 {
		sinkB16 = append(sinkB16, v)
		if cap(sinkB16) != last {
			last = cap(sinkB16)
			fmt.Printf("cap17 16 %d->%d\n", len(sinkB16), cap(sinkB16))
		}
	}
	sinkB16 = make([]B16, 1)
	last = cap(sinkB16)
	fmt.Printf("len1 16 %d->%d\n", len(sinkB16), cap(sinkB16))
	for len(sinkB16) < 200 {
		sinkB16 = append(sinkB16, v)
		if cap(sinkB16) != last {
			last = cap(sinkB16)
			fmt.Printf("len1 16 %d->%d\n", len(sinkB16), cap(sinkB16))
		}
	}
	sinkB16 = make([]B16, 2)
	last = cap(sinkB16)
	fmt.Printf("len2 16 %d->%d\n", len(sinkB16), cap(sinkB16))
	for len(sinkB16) < 200 {
		sinkB16 = append(sinkB16, v)
		if cap(sinkB16) != last {
			last = cap(sinkB16)
			fmt.Printf("len2 16 %d->%d\n", len(sinkB16), cap(sinkB16))
		}
	}
	sinkB16 = make([]B16, 5)
	last = cap(sinkB16)
	fmt.Printf("len5 16 %d->%d\n", len(sinkB16), cap(sinkB16))
	for len(sinkB16) < 200 {
		sinkB16 = append(sinkB16, v)
		if cap(sinkB16) != last {
			last = cap(sinkB16)
			fmt.Printf("len5 16 %d->%d\n", len(sinkB16), cap(sinkB16))
		}
	}
	sinkB16 = []B16{v, v, v}
	last = cap(sinkB16)
	fmt.Printf("lit3 16 %d->%d\n", len(sinkB16), cap(sinkB16))
	for len(sinkB16) < 200 {
		sinkB16 = append(sinkB16, v)
		if cap(sinkB16) != last {
			last = cap(sinkB16)
			fmt.Printf("lit3 16 %d->%d\n", len(sinkB16), cap(sinkB16))
		}
	}
}

func probeB17() {
	var v B17
	var last int
	sinkB17 = nil
	last = cap(sinkB17)
	fmt.Printf("nil 17 %d->%d\n", len(sinkB17), cap(sinkB17))
	for len(sinkB17) < 200 {
		sinkB17 = append(sinkB17, v)
		if cap(sinkB17) != last {
			last = cap(sinkB17)
			fmt.Printf("nil 17 %d->%d\n", len(sinkB17), cap(sinkB17))
		}
	}
	sinkB17 = make([]B17, 0, 0)
	last = cap(sinkB17)
	fmt.Printf("cap0 17 %d->%d\n", len(sinkB17), cap(sinkB17))
	for len(sinkB17) < 200 {
		sinkB17 = append(sinkB17, v)
		if cap(sinkB17) != last {
			last = cap(sinkB17)
			fmt.Printf("cap0 17 %d->%d\n", len(sinkB17), cap(sinkB17))
		}
	}
	sinkB17 = make([]B17, 0, 1)
	last = cap(sinkB17)
	fmt.Printf("cap1 17 %d->%d\n", len(sinkB17), cap(sinkB17))
	for len(sinkB17) < 200 {
		sinkB17 = append(sinkB17, v)
		if cap(sinkB17) != last {
			last = cap(sinkB17)
			fmt.Printf("cap1 17 %d->%d\n", len(sinkB17), cap(sinkB17))
		}
	}
	sinkB17 = make([]B17, 0, 3)
	last = cap(sinkB17)
	fmt.Printf("cap3 17 %d->%d\n", len(sinkB17), cap(sinkB17))
	for len(sinkB17) < 200 {
		sinkB17 = append(sinkB17, v)
		if cap(sinkB17) != last {
			last = cap(sinkB17)
			fmt.Printf("cap3 17 %d->%d\n", len(sinkB17), cap(sinkB17))
		}
	}
	sinkB17 = make([]B17, 0, 5)
	last = cap(sinkB17)
	fmt.Printf("cap5 17 %d->%d\n", len(sinkB17), cap(sinkB17))
	for len(sinkB17) < 200 {
		sinkB17 = append(sinkB17, v)
		if cap(sinkB17) != last {
			last = cap(sinkB17)
			fmt.Printf("cap5 17 %d->%d\n", len(sinkB17), cap(sinkB17))
		}
	}
	sinkB17 = make([]B17, 0, 8)
	last = cap(sinkB17)
	fmt.Printf("cap8 17 %d->%d\n", len(sinkB17), cap(sinkB17))
	for len(sinkB17) < 200 {
		sinkB17 = append(sinkB17, v)
		if cap(sinkB17) != last {
			last = cap(sinkB17)
			fmt.Printf("cap8 17 %d->%d\n", len(sinkB17), cap(sinkB17))
		}
	}
	sinkB17 = make([]B17, 0, 17)
	last = cap(sinkB17)
	fmt.Printf("cap17 17 %d->%d\n", len(sinkB17), cap(sinkB17))
	for len(sinkB17) < 200 {
		sinkB17 = append(sinkB17, v)
		if cap(sinkB17) != last {
			last = cap(sinkB17)
			fmt.Printf("cap17 17 %d->%d\n", len(sinkB17), cap(sinkB17))
		}
	}
	sinkB17 = make([]B17, 1)
	last = cap(sinkB17)
	fmt.Printf("len1 17 %d->%d\n", len(sinkB17), cap(sinkB17))
	for len(sinkB17) < 200 {
		sinkB17 = append(sinkB17, v)
		if cap(sinkB17) != last {
			last = cap(sinkB17)
			fmt.Printf("len1 17 %d->%d\n", len(sinkB17), cap(sinkB17))
		}
	}
	sinkB17 = make([]B17, 2)
	last = cap(sinkB17)
	fmt.Printf("len2 17 %d->%d\n", len(sinkB17), cap(sinkB17))
	for len(sinkB17) < 200 {
		sinkB17 = append(sinkB17, v)
		if cap(sinkB17) != last {
			last = cap(sinkB17)
			fmt.Printf("len2 17 %d->%d\n", len(sinkB17), cap(sinkB17))
		}
	}
	sinkB17 = make([]B17, 5)
	last = cap(sinkB17)
	fmt.Printf("len5 17 %d->%d\n", len(sinkB17), cap(sinkB17))
	for len(sinkB17) < 200 {
		sinkB17 = append(sinkB17, v)
		if cap(sinkB17) != last {
			last = cap(sinkB17)
			fmt.Printf("len5 17 %d->%d\n", len(sinkB17), cap(sinkB17))
		}
	}
	sinkB17 = []B17{v, v, v}
	last = cap(sinkB17)
	fmt.Printf("lit3 17 %d->%d\n", len(sinkB17), cap(sinkB17))
	for len(sinkB17) < 200 {
		sinkB17 = append(sinkB17, v)
		if cap(sinkB17) != last {
			last = cap(sinkB17)
			fmt.Printf("lit3 17 %d->%d\n", len(sinkB17), cap(sinkB17))
		}
	}
}

func probeB18() {
	var v B18
	var last int
	sinkB18 = nil
	last = cap(sinkB18)
	fmt.Printf("nil 18 %d->%d\n", len(sinkB18), cap(sinkB18))
	for len(sinkB18) < 200 {
		sinkB18 = append(sinkB18, v)
		if cap(sinkB18) != last {
			last = cap(sinkB18)
			fmt.Printf("nil 18 %d->%d\n", len(sinkB18), cap(sinkB18))
		}
	}
	sinkB18 = make([]B18, 0, 0)
	last = cap(sinkB18)
	fmt.Printf("cap0 18 %d->%d\n", len(sinkB18), cap(sinkB18))
	for len(sinkB18) < 200 {
		sinkB18 = append(sinkB18, v)
		if cap(sinkB18) != last {
			last = cap(sinkB18)
			fmt.Printf("cap0 18 %d->%d\n", len(sinkB18), cap(sinkB18))
		}
	}
	sinkB18 = make([]B18, 0, 1)
	last = cap(sinkB18)
	fmt.Printf("cap1 18 %d->%d\n", len(sinkB18), cap(sinkB18))
	for len(sinkB18) < 200 {
		sinkB18 = append(sinkB18, v)
		if cap(sinkB18) != last {
			last = cap(sinkB18)
			fmt.Printf("cap1 18 %d->%d\n", len(sinkB18), cap(sinkB18))
		}
	}
	sinkB18 = make([]B18, 0, 3)
	last = cap(sinkB18)
	fmt.Printf("cap3 18 %d->%d\n", len(sinkB18), cap(sinkB18))
	for len(sinkB18) < 200 {
		sinkB18 = append(sinkB18, v)
		if cap(sinkB18) != last {
			last = cap(sinkB18)
			fmt.Printf("cap3 18 %d->%d\n", len(sinkB18), cap(sinkB18))
		}
	}
	sinkB18 = make([]B18, 0, 5)
	last = cap(sinkB18)
	fmt.Printf("cap5 18 %d->%d\n", len(sinkB18), cap(sinkB18))
	for len(sinkB18) < 200 {
		sinkB18 = append(sinkB18, v)
		if cap(sinkB18) != last {
			last = cap(sinkB18)
			fmt.Printf("cap5 18 %d->%d\n", len(sinkB18), cap(sinkB18))
		}
	}
	sinkB18 = make([]B18, 0, 8)
	last = cap(sinkB18)
	fmt.Printf("cap8 18 %d->%d\n", len(sinkB18), cap(sinkB18))
	for len(sinkB18) < 200 {
		sinkB18 = append(sinkB18, v)
		if cap(sinkB18) != last {
			last = cap(sinkB18)
			fmt.Printf("cap8 18 %d->%d\n", len(sinkB18), cap(sinkB18))
		}
	}
	sinkB18 = make([]B18, 0, 17)
	last = cap(sinkB18)
	fmt.Printf("cap17 18 %d->%d\n", len(sinkB18), cap(sinkB18))
	for len(sinkB18) < 200 {
		sinkB18 = append(sinkB18, v)
		if cap(sinkB18) != last {
			last = cap(sinkB18)
			fmt.Printf("cap17 18 %d->%d\n", len(sinkB18), cap(sinkB18))
		}
	}
	sinkB18 = make([]B18, 1)
	last = cap(sinkB18)
	fmt.Printf("len1 18 %d->%d\n", len(sinkB18), cap(sinkB18))
	for len(sinkB18) < 200 {
		sinkB18 = append(sinkB18, v)
		if cap(sinkB18) != last {
			last = cap(sinkB18)
			fmt.Printf("len1 18 %d->%d\n", len(sinkB18), cap(sinkB18))
		}
	}
	sinkB18 = make([]B18, 2)
	last = cap(sinkB18)
	fmt.Printf("len2 18 %d->%d\n", len(sinkB18), cap(sinkB18))
	for len(sinkB18) < 200 {
		sinkB18 = append(sinkB18, v)
		if cap(sinkB18) != last {
			last = cap(sinkB18)
			fmt.Printf("len2 18 %d->%d\n", len(sinkB18), cap(sinkB18))
		}
	}
	sinkB18 = make([]B18, 5)
	last = cap(sinkB18)
	fmt.Printf("len5 18 %d->%d\n", len(sinkB18), cap(sinkB18))
	for len(sinkB18) < 200 {
		sinkB18 = append(sinkB18, v)
		if cap(sinkB18) != last {
			last = cap(sinkB18)
			fmt.Printf("len5 18 %d->%d\n", len(sinkB18), cap(sinkB18))
		}
	}
	sinkB18 = []B18{v, v, v}
	last = cap(sinkB18)
	fmt.Printf("lit3 18 %d->%d\n", len(sinkB18), cap(sinkB18))
	for len(sinkB18) < 200 {
		sinkB18 = append(sinkB18, v)
		if cap(sinkB18) != last {
			last = cap(sinkB18)
			fmt.Printf("lit3 18 %d->%d\n", len(sinkB18), cap(sinkB18))
		}
	}
}

func probeB19() {
	var v B19
	var last int
	sinkB19 = nil
	last = cap(sinkB19)
	fmt.Printf("nil 19 %d->%d\n", len(sinkB19), cap(sinkB19))
	for len(sinkB19) < 200 {
		sinkB19 = append(sinkB19, v)
		if cap(sinkB19) != last {
			last = cap(sinkB19)
			fmt.Printf("nil 19 %d->%d\n", len(sinkB19), cap(sinkB19))
		}
	}
	sinkB19 = make([]B19, 0, 0)
	last = cap(sinkB19)
	fmt.Printf("cap0 19 %d->%d\n", len(sinkB19), cap(sinkB19))
	for len(sinkB19) < 200 {
		sinkB19 = append(sinkB19, v)
		if cap(sinkB19) != last {
			last = cap(sinkB19)
			fmt.Printf("cap0 19 %d->%d\n", len(sinkB19), cap(sinkB19))
		}
	}
	sinkB19 = make([]B19, 0, 1)
	last = cap(sinkB19)
	fmt.Printf("cap1 19 %d->%d\n", len(sinkB19), cap(sinkB19))
	for len(sinkB19) < 200 {
		sinkB19 = append(sinkB19, v)
		if cap(sinkB19) != last {
			last = cap(sinkB19)
			fmt.Printf("cap1 19 %d->%d\n", len(sinkB19), cap(sinkB19))
		}
	}
	sinkB19 = make([]B19, 0, 3)
	last = cap(sinkB19)
	fmt.Printf("cap3 19 %d->%d\n", len(sinkB19), cap(sinkB19))
	for len(sinkB19) < 200 {
		sinkB19 = append(sinkB19, v)
		if cap(sinkB19) != last {
			last = cap(sinkB19)
			fmt.Printf("cap3 19 %d->%d\n", len(sinkB19), cap(sinkB19))
		}
	}
	sinkB19 = make([]B19, 0, 5)
	last = cap(sinkB19)
	fmt.Printf("cap5 19 %d->%d\n", len(sinkB19), cap(sinkB19))
	for len(sinkB19) < 200 {
		sinkB19 = append(sinkB19, v)
		if cap(sinkB19) != last {
			last = cap(sinkB19)
			fmt.Printf("cap5 19 %d->%d\n", len(sinkB19), cap(sinkB19))
		}
	}
	sinkB19 = make([]B19, 0, 8)
	last = cap(sinkB19)
	fmt.Printf("cap8 19 %d->%d\n", len(sinkB19), cap(sinkB19))
	for len(sinkB19) < 200 {
		sinkB19 = append(sinkB19, v)
		if cap(sinkB19) != last {
			last = cap(sinkB19)
			fmt.Printf("cap8 19 %d->%d\n", len(sinkB19), cap(sinkB19))
		}
	}
	sinkB19 = make([]B19, 0, 17)
	last = cap(sinkB19)
	fmt.Printf("cap17 19 %d->%d\n", len(sinkB19), cap(sinkB19))
	for len(sinkB19) < 200 {
		sinkB19 = append(sinkB19, v)
		if cap(sinkB19) != last {
			last = cap(sinkB19)
			fmt.Printf("cap17 19 %d->%d\n", len(sinkB19), cap(sinkB19))
		}
	}
	sinkB19 = make([]B19, 1)
	last = cap(sinkB19)
	fmt.Printf("len1 19 %d->%d\n", len(sinkB19), cap(sinkB19))
	for len(sinkB19) < 200 {
		sinkB19 = append(sinkB19, v)
		if cap(sinkB19) != last {
			last = cap(sinkB19)
			fmt.Printf("len1 19 %d->%d\n", len(sinkB19), cap(sinkB19))
		}
	}
	sinkB19 = make([]B19, 2)
	last = cap(sinkB19)
	fmt.Printf("len2 19 %d->%d\n", len(sinkB19), cap(sinkB19))
	for len(sinkB19) < 200 {
		sinkB19 = append(sinkB19, v)
		if cap(sinkB19) != last {
			last = cap(sinkB19)
			fmt.Printf("len2 19 %d->%d\n", len(sinkB19), cap(sinkB19))
		}
	}
	sinkB19 = make([]B19, 5)
	last = cap(sinkB19)
	fmt.Printf("len5 19 %d->%d\n", len(sinkB19), cap(sinkB19))
	for len(sinkB19) < 200 {
		sinkB19 = append(sinkB19, v)
		if cap(sinkB19) != last {
			last = cap(sinkB19)
			fmt.Printf("len5 19 %d->%d\n", len(sinkB19), cap(sinkB19))
		}
	}
	sinkB19 = []B19{v, v, v}
	last = cap(sinkB19)
	fmt.Printf("lit3 19 %d->%d\n", len(sinkB19), cap(sinkB19))
	for len(sinkB19) < 200 {
		sinkB19 = append(sinkB19, v)
		if cap(sinkB19) != last {
			last = cap(sinkB19)
			fmt.Printf("lit3 19 %d->%d\n", len(sinkB19), cap(sinkB19))
		}
	}
}

func probeB20() {
	var v B20
	var last int
	sinkB20 = nil
	last = cap(sinkB20)
	fmt.Printf("nil 20 %d->%d\n", len(sinkB20), cap(sinkB20))
	for len(sinkB20) < 200 {
		sinkB20 = append(sinkB20, v)
		if cap(sinkB20) != last {
			last = cap(sinkB20)
			fmt.Printf("nil 20 %d->%d\n", len(sinkB20), cap(sinkB20))
		}
	}
	sinkB20 = make([]B20, 0, 0)
	last = cap(sinkB20)
	fmt.Printf("cap0 20 %d->%d\n", len(sinkB20), cap(sinkB20))
	for len(sinkB20) < 200 {
		sinkB20 = append(sinkB20, v)
		if cap(sinkB20) != last {
			last = cap(sinkB20)
			fmt.Printf("cap0 20 %d->%d\n", len(sinkB20), cap(sinkB20))
		}
	}
	sinkB20 = make([]B20, 0, 1)
	last = cap(sinkB20)
	fmt.Printf("cap1 20 %d->%d\n", len(sinkB20), cap(sinkB20))
	for len(sinkB20) < 200 {
		sinkB20 = append(sinkB20, v)
		if cap(sinkB20) != last {
			last = cap(sinkB20)
			fmt.Printf("cap1 20 %d->%d\n", len(sinkB20), cap(sinkB20))
		}
	}
	sinkB20 = make([]B20, 0, 3)
	last = cap(sinkB20)
	fmt.Printf("cap3 20 %d->%d\n", len(sinkB20), cap(sinkB20))
	for len(sinkB20) < 200 {
		sinkB20 = append(sinkB20, v)
		if cap(sinkB20) != last {
			last = cap(sinkB20)
			fmt.Printf("cap3 20 %d->%d\n", len(sinkB20), cap(sinkB20))
		}
	}
	sinkB20 = make([]B20, 0, 5)
	last = cap(sinkB20)
	fmt.Printf("cap5 20 %d->%d\n", len(sinkB20), cap(sinkB20))
	for len(sinkB20) < 200 {
		sinkB20 = append(sinkB20, v)
		if cap(sinkB20) != last {
			last = cap(sinkB20)
			fmt.Printf("cap5 20 %d->%d\n", len(sinkB20), cap(sinkB20))
		}
	}
	sinkB20 = make([]B20, 0, 8)
	last = cap(sinkB20)
	fmt.Printf("cap8 20 %d->%d\n", len(sinkB20), cap(sinkB20))
	for len(sinkB20) < 200 {
		sinkB20 = append(sinkB20, v)
		if cap(sinkB20) != last {
			last = cap(sinkB20)
			fmt.Printf("cap8 20 %d->%d\n", len(sinkB20), cap(sinkB20))
		}
	}
	sinkB20 = make([]B20, 0, 17)
	last = cap(sinkB20)
	fmt.Printf("cap17 20 %d->%d\n", len(sinkB20), cap(sinkB20))
	for len(sinkB20) < 200 {
		sinkB20 = append(sinkB20, v)
		if cap(sinkB20) != last {
			last = cap(sinkB20)
			fmt.Printf("cap17 20 %d->%d\n", len(sinkB20), cap(sinkB20))
		}
	}
	sinkB20 = make([]B20, 1)
	last = cap(sinkB20)
	fmt.Printf("len1 20 %d->%d\n", len(sinkB20), cap(sinkB20))
	for len(sinkB20) < 200 {
		sinkB20 = append(sinkB20, v)
		if cap(sinkB20) != last {
			last = cap(sinkB20)
			fmt.Printf("len1 20 %d->%d\n", len(sinkB20), cap(sinkB20))
		}
	}
	sinkB20 = make([]B20, 2)
	last = cap(sinkB20)
	fmt.Printf("len2 20 %d->%d\n", len(sinkB20), cap(sinkB20))
	for len(sinkB20) < 200 {
		sinkB20 = append(sinkB20, v)
		if cap(sinkB20) != last {
			last = cap(sinkB20)
			fmt.Printf("len2 20 %d->%d\n", len(sinkB20), cap(sinkB20))
		}
	}
	sinkB20 = make([]B20, 5)
	last = cap(sinkB20)
	fmt.Printf("len5 20 %d->%d\n", len(sinkB20), cap(sinkB20))
	for len(sinkB20) < 200 {
		sinkB20 = append(sinkB20, v)
		if cap(sinkB20) != last {
			last = cap(sinkB20)
			fmt.Printf("len5 20 %d->%d\n", len(sinkB20), cap(sinkB20))
		}
	}
	sinkB20 = []B20{v, v, v}
	last = cap(sinkB20)
	fmt.Printf("lit3 20 %d->%d\n", len(sinkB20), cap(sinkB20))
	for len(sinkB20) < 200 {
		sinkB20 = append(sinkB20, v)
		if cap(sinkB20) != last {
			last = cap(sinkB20)
			fmt.Printf("lit3 20 %d->%d\n", len(sinkB20), cap(sinkB20))
		}
	}
}

func probeB21() {
	var v B21
	var last int
	sinkB21 = nil
	last = cap(sinkB21)
	fmt.Printf("nil 21 %d->%d\n", len(sinkB21), cap(sinkB21))
	for len(sinkB21) < 200 {
		sinkB21 = append(sinkB21, v)
		if cap(sinkB21) != last {
			last = cap(sinkB21)
			fmt.Printf("nil 21 %d->%d\n", len(sinkB21), cap(sinkB21))
		}
	}
	sinkB21 = make([]B21, 0, 0)
	last = cap(sinkB21)
	fmt.Printf("cap0 21 %d->%d\n", len(sinkB21), cap(sinkB21))
	for len(sinkB21) < 200 {
		sinkB21 = append(sinkB21, v)
		if cap(sinkB21) != last {
			last = cap(sinkB21)
			fmt.Printf("cap0 21 %d->%d\n", len(sinkB21), cap(sinkB21))
		}
	}
	sinkB21 = make([]B21, 0, 1)
	last = cap(sinkB21)
	fmt.Printf("cap1 21 %d->%d\n", len(sinkB21), cap(sinkB21))
	for len(sinkB21) < 200 {
		sinkB21 = append(sinkB21, v)
		if cap(sinkB21) != last {
			last = cap(sinkB21)
			fmt.Printf("cap1 21 %d->%d\n", len(sinkB21), cap(sinkB21))
		}
	}
	sinkB21 = make([]B21, 0, 3)
	last = cap(sinkB21)
	fmt.Printf("cap3 21 %d->%d\n", len(sinkB21), cap(sinkB21))
	for len(sinkB21) < 200 {
		sinkB21 = append(sinkB21, v)
		if cap(sinkB21) != last {
			last = cap(sinkB21)
			fmt.Printf("cap3 21 %d->%d\n", len(sinkB21), cap(sinkB21))
		}
	}
	sinkB21 = make([]B21, 0, 5)
	last = cap(sinkB21)
	fmt.Printf("cap5 21 %d->%d\n", len(sinkB21), cap(sinkB21))
	for len(sinkB21) < 200 {
		sinkB21 = append(sinkB21, v)
		if cap(sinkB21) != last {
			last = cap(sinkB21)
			fmt.Printf("cap5 21 %d->%d\n", len(sinkB21), cap(sinkB21))
		}
	}
	sinkB21 = make([]B21, 0, 8)
	last = cap(sinkB21)
	fmt.Printf("cap8 21 %d->%d\n", len(sinkB21), cap(sinkB21))
	for len(sinkB21) < 200 {
		sinkB21 = append(sinkB21, v)
		if cap(sinkB21) != last {
			last = cap(sinkB21)
			fmt.Printf("cap8 21 %d->%d\n", len(sinkB21), cap(sinkB21))
		}
	}
	sinkB21 = make([]B21, 0, 17)
	last = cap(sinkB21)
	fmt.Printf("cap17 21 %d->%d\n", len(sinkB21), cap(sinkB21))
	for len(sinkB21) < 200 {
		sinkB21 = append(sinkB21, v)
		if cap(sinkB21) != last {
			last = cap(sinkB21)
			fmt.Printf("cap17 21 %d->%d\n", len(sinkB21), cap(sinkB21))
		}
	}
	sinkB21 = make([]B21, 1)
	last = cap(sinkB21)
	fmt.Printf("len1 21 %d->%d\n", len(sinkB21), cap(sinkB21))
	for len(sinkB21) < 200 {
		sinkB21 = append(sinkB21, v)
		if cap(sinkB21) != last {
			last = cap(sinkB21)
			fmt.Printf("len1 21 %d->%d\n", len(sinkB21), cap(sinkB21))
		}
	}
	sinkB21 = make([]B21, 2)
	last = cap(sinkB21)
	fmt.Printf("len2 21 %d->%d\n", len(sinkB21), cap(sinkB21))
	for len(sinkB21) < 200 {
		sinkB21 = append(sinkB21, v)
		if cap(sinkB21) != last {
			last = cap(sinkB21)
			fmt.Printf("len2 21 %d->%d\n", len(sinkB21), cap(sinkB21))
		}
	}
	sinkB21 = make([]B21, 5)
	last = cap(sinkB21)
	fmt.Printf("len5 21 %d->%d\n", len(sinkB21), cap(sinkB21))
	for len(sinkB21) < 200 {
		sinkB21 = append(sinkB21, v)
		if cap(sinkB21) != last {
			last = cap(sinkB21)
			fmt.Printf("len5 21 %d->%d\n", len(sinkB21), cap(sinkB21))
		}
	}
	sinkB21 = []B21{v, v, v}
	last = cap(sinkB21)
	fmt.Printf("lit3 21 %d->%d\n", len(sinkB21), cap(sinkB21))
	for len(sinkB21) < 200 {
		sinkB21 = append(sinkB21, v)
		if cap(sinkB21) != last {
			last = cap(sinkB21)
			fmt.Printf("lit3 21 %d->%d\n", len(sinkB21), cap(sinkB21))
		}
	}
}

func probeB22() {
	var v B22
	var last int
	sinkB22 = nil
	last = cap(sinkB22)
	fmt.Printf("nil 22 %d->%d\n", len(sinkB22), cap(sinkB22))
	for len(sinkB22) < 200 {
		sinkB22 = append(sinkB22, v)
		if cap(sinkB22) != last {
			last = cap(sinkB22)
			fmt.Printf("nil 22 %d->%d\n", len(sinkB22), cap(sinkB22))
		}
	}
	sinkB22 = make([]B22, 0, 0)
	last = cap(sinkB22)
	fmt.Printf("cap0 22 %d->%d\n", len(sinkB22), cap(sinkB22))
	for len(sinkB22) < 200 {
		sinkB22 = append(sinkB22, v)
		if cap(sinkB22) != last {
			last = cap(sinkB22)
			fmt.Printf("cap0 22 %d->%d\n", len(sinkB22), cap(sinkB22))
		}
	}
	sinkB22 = make([]B22, 0, 1)
	last = cap(sinkB22)
	fmt.Printf("cap1 22 %d->%d\n", len(sinkB22), cap(sinkB22))
	for len(sinkB22) < 200 {
		sinkB22 = append(sinkB22, v)
		if cap(sinkB22) != last {
			last = cap(sinkB22)
			fmt.Printf("cap1 22 %d->%d\n", len(sinkB22), cap(sinkB22))
		}
	}
	sinkB22 = make([]B22, 0, 3)
	last = cap(sinkB22)
	fmt.Printf("cap3 22 %d->%d\n", len(sinkB22), cap(sinkB22))
	for len(sinkB22) < 200 {
		sinkB22 = append(sinkB22, v)
		if cap(sinkB22) != last {
			last = cap(sinkB22)
			fmt.Printf("cap3 22 %d->%d\n", len(sinkB22), cap(sinkB22))
		}
	}
	sinkB22 = make([]B22, 0, 5)
	last = cap(sinkB22)
	fmt.Printf("cap5 22 %d->%d\n", len(sinkB22), cap(sinkB22))
	for len(sinkB22) < 200 {
		sinkB22 = append(sinkB22, v)
		if cap(sinkB22) != last {
			last = cap(sinkB22)
			fmt.Printf("cap5 22 %d->%d\n", len(sinkB22), cap(sinkB22))
		}
	}
	sinkB22 = make([]B22, 0, 8)
	last = cap(sinkB22)
	fmt.Printf("cap8 22 %d->%d\n", len(sinkB22), cap(sinkB22))
	for len(sinkB22) < 200 {
		sinkB22 = append(sinkB22, v)
		if cap(sinkB22) != last {
			last = cap(sinkB22)
			fmt.Printf("cap8 22 %d->%d\n", len(sinkB22), cap(sinkB22))
		}
	}
	sinkB22 = make([]B22, 0, 17)
	last = cap(sinkB22)
	fmt.Printf("cap17 22 %d->%d\n", len(sinkB22), cap(sinkB22))
	for len(sinkB22) < 200 {
		sinkB22 = append(sinkB22, v)
		if cap(sinkB22) != last {
			last = cap(sinkB22)
			fmt.Printf("cap17 22 %d->%d\n", len(sinkB22), cap(sinkB22))
		}
	}
	sinkB22 = make([]B22, 1)
	last = cap(sinkB22)
	fmt.Printf("len1 22 %d->%d\n", len(sinkB22), cap(sinkB22))
	for len(sinkB22) < 200 {
		sinkB22 = append(sinkB22, v)
		if cap(sinkB22) != last {
			last = cap(sinkB22)
			fmt.Printf("len1 22 %d->%d\n", len(sinkB22), cap(sinkB22))
		}
	}
	sinkB22 = make([]B22, 2)
	last = cap(sinkB22)
	fmt.Printf("len2 22 %d->%d\n", len(sinkB22), cap(sinkB22))
	for len(sinkB22) < 200 {
		sinkB22 = append(sinkB22, v)
		if cap(sinkB22) != last {
			last = cap(sinkB22)
			fmt.Printf("len2 22 %d->%d\n", len(sinkB22), cap(sinkB22))
		}
	}
	sinkB22 = make([]B22, 5)
	last = cap(sinkB22)
	fmt.Printf("len5 22 %d->%d\n", len(sinkB22), cap(sinkB22))
	for len(sinkB22) < 200 {
		sinkB22 = append(sinkB22, v)
		if cap(sinkB22) != last {
			last = cap(sinkB22)
			fmt.Printf("len5 22 %d->%d\n", len(sinkB22), cap(sinkB22))
		}
	}
	sinkB22 = []B22{v, v, v}
	last = cap(sinkB22)
	fmt.Printf("lit3 22 %d->%d\n", len(sinkB22), cap(sinkB22))
	for len(sinkB22) < 200 {
		sinkB22 = append(sinkB22, v)
		if cap(sinkB22) != last {
			last = cap(sinkB22)
			fmt.Printf("lit3 22 %d->%d\n", len(sinkB22), cap(sinkB22))
		}
	}
}

func probeB23() {
	var v B23
	var last int
	sinkB23 = nil
	last = cap(sinkB23)
	fmt.Printf("nil 23 %d->%d\n", len(sinkB23), cap(sinkB23))
	for len(sinkB23) < 200 {
		sinkB23 = append(sinkB23, v)
		if cap(sinkB23) != last {
			last = cap(sinkB23)
			fmt.Printf("nil 23 %d->%d\n", len(sinkB23), cap(sinkB23))
		}
	}
	sinkB23 = make([]B23, 0, 0)
	last = cap(sinkB23)
	fmt.Printf("cap0 23 %d->%d\n", len(sinkB23), cap(sinkB23))
	for len(sinkB23) < 200 {
		sinkB23 = append(sinkB23, v)
		if cap(sinkB23) != last {
			last = cap(sinkB23)
			fmt.Printf("cap0 23 %d->%d\n", len(sinkB23), cap(sinkB23))
		}
	}
	sinkB23 = make([]B23, 0, 1)
	last = cap(sinkB23)
	fmt.Printf("cap1 23 %d->%d\n", len(sinkB23), cap(sinkB23))
	for len(sinkB23) < 200 {
		sinkB23 = append(sinkB23, v)
		if cap(sinkB23) != last {
			last = cap(sinkB23)
			fmt.Printf("cap1 23 %d->%d\n", len(sinkB23), cap(sinkB23))
		}
	}
	sinkB23 = make([]B23, 0, 3)
	last = cap(sinkB23)
	fmt.Printf("cap3 23 %d->%d\n", len(sinkB23), cap(sinkB23))
	for len(sinkB23) < 200 {
		sinkB23 = append(sinkB23, v)
		if cap(sinkB23) != last {
			last = cap(sinkB23)
			fmt.Printf("cap3 23 %d->%d\n", len(sinkB23), cap(sinkB23))
		}
	}
	sinkB23 = make([]B23, 0, 5)
	last = cap(sinkB23)
	fmt.Printf("cap5 23 %d->%d\n", len(sinkB23), cap(sinkB23))
	for len(sinkB23) < 200 {
		sinkB23 = append(sinkB23, v)
		if cap(sinkB23) != last {
			last = cap(sinkB23)
			fmt.Printf("cap5 23 %d->%d\n", len(sinkB23), cap(sinkB23))
		}
	}
	sinkB23 = make([]B23, 0, 8)
	last = cap(sinkB23)
	fmt.Printf("cap8 23 %d->%d\n", len(sinkB23), cap(sinkB23))
	for len(sinkB23) < 200 {
		sinkB23 = append(sinkB23, v)
		if cap(sinkB23) != last {
			last = cap(sinkB23)
			fmt.Printf("cap8 23 %d->%d\n", len(sinkB23), cap(sinkB23))
		}
	}
	sinkB23 = make([]B23, 0, 17)
	last = cap(sinkB23)
	fmt.Printf("cap17 23 %d->%d\n", len(sinkB23), cap(sinkB23))
	for len(sinkB23) < 200 {
		sinkB23 = append(sinkB23, v)
		if cap(sinkB23) != last {
			last = cap(sinkB23)
			fmt.Printf("cap17 23 %d->%d\n", len(sinkB23), cap(sinkB23))
		}
	}
	sinkB23 = make([]B23, 1)
	last = cap(sinkB23)
	fmt.Printf("len1 23 %d->%d\n", len(sinkB23), cap(sinkB23))
	for len(sinkB23) < 200 {
		sinkB23 = append(sinkB23, v)
		if cap(sinkB23) != last {
			last = cap(sinkB23)
			fmt.Printf("len1 23 %d->%d\n", len(sinkB23), cap(sinkB23))
		}
	}
	sinkB23 = make([]B23, 2)
	last = cap(sinkB23)
	fmt.Printf("len2 23 %d->%d\n", len(sinkB23), cap(sinkB23))
	for len(sinkB23) < 200 {
		sinkB23 = append(sinkB23, v)
		if cap(sinkB23) != last {
			last = cap(sinkB23)
			fmt.Printf("len2 23 %d->%d\n", len(sinkB23), cap(sinkB23))
		}
	}
	sinkB23 = make([]B23, 5)
	last = cap(sinkB23)
	fmt.Printf("len5 23 %d->%d\n", len(sinkB23), cap(sinkB23))
	for len(sinkB23) < 200 {
		sinkB23 = append(sinkB23, v)
		if cap(sinkB23) != last {
			last = cap(sinkB23)
			fmt.Printf("len5 23 %d->%d\n", len(sinkB23), cap(sinkB23))
		}
	}
	sinkB23 = []B23{v, v, v}
	last = cap(sinkB23)
	fmt.Printf("lit3 23 %d->%d\n", len(sinkB23), cap(sinkB23))
	for len(sinkB23) < 200 {
		sinkB23 = append(sinkB23, v)
		if cap(sinkB23) != last {
			last = cap(sinkB23)
			fmt.Printf("lit3 23 %d->%d\n", len(sinkB23), cap(sinkB23))
		}
	}
}

func probeB24() {
	var v B24
	var last int
	sinkB24 = nil
	last = cap(sinkB24)
	fmt.Printf("nil 24 %d->%d\n", len(sinkB24), cap(sinkB24))
	for len(sinkB24) < 200 {
		sinkB24 = append(sinkB24, v)
		if cap(sinkB24) != last {
			last = cap(sinkB24)
			fmt.Printf("nil 24 %d->%d\n", len(sinkB24), cap(sinkB24))
		}
	}
	sinkB24 = make([]B24, 0, 0)
	last = cap(sinkB24)
	fmt.Printf("cap0 24 %d->%d\n", len(sinkB24), cap(sinkB24))
	for len(sinkB24) < 200 {
		sinkB24 = append(sinkB24, v)
		if cap(sinkB24) != last {
			last = cap(sinkB24)
			fmt.Printf("cap0 24 %d->%d\n", len(sinkB24), cap(sinkB24))
		}
	}
	sinkB24 = make([]B24, 0, 1)
	last = cap(sinkB24)
	fmt.Printf("cap1 24 %d->%d\n", len(sinkB24), cap(sinkB24))
	for len(sinkB24) < 200 {
		sinkB24 = append(sinkB24, v)
		if cap(sinkB24) != last {
			last = cap(sinkB24)
			fmt.Printf("cap1 24 %d->%d\n", len(sinkB24), cap(sinkB24))
		}
	}
	sinkB24 = make([]B24, 0, 3)
	last = cap(sinkB24)
	fmt.Printf("cap3 24 %d->%d\n", len(sinkB24), cap(sinkB24))
	for len(sinkB24) < 200 {
		sinkB24 = append(sinkB24, v)
		if cap(sinkB24) != last {
			last = cap(sinkB24)
			fmt.Printf("cap3 24 %d->%d\n", len(sinkB24), cap(sinkB24))
		}
	}
	sinkB24 = make([]B24, 0, 5)
	last = cap(sinkB24)
	fmt.Printf("cap5 24 %d->%d\n", len(sinkB24), cap(sinkB24))
	for len(sinkB24) < 200 {
		sinkB24 = append(sinkB24, v)
		if cap(sinkB24) != last {
			last = cap(sinkB24)
			fmt.Printf("cap5 24 %d->%d\n", len(sinkB24), cap(sinkB24))
		}
	}
	sinkB24 = make([]B24, 0, 8)
	last = cap(sinkB24)
	fmt.Printf("cap8 24 %d->%d\n", len(sinkB24), cap(sinkB24))
	for len(sinkB24) < 200 {
		sinkB24 = append(sinkB24, v)
		if cap(sinkB24) != last {
			last = cap(sinkB24)
			fmt.Printf("cap8 24 %d->%d\n", len(sinkB24), cap(sinkB24))
		}
	}
	sinkB24 = make([]B24, 0, 17)
	last = cap(sinkB24)
	fmt.Printf("cap17 24 %d->%d\n", len(sinkB24), cap(sinkB24))
	for len(sinkB24) < 200 {
		sinkB24 = append(sinkB24, v)
		if cap(sinkB24) != last {
			last = cap(sinkB24)
			fmt.Printf("cap17 24 %d->%d\n", len(sinkB24), cap(sinkB24))
		}
	}
	sinkB24 = make([]B24, 1)
	last = cap(sinkB24)
	fmt.Printf("len1 24 %d->%d\n", len(sinkB24), cap(sinkB24))
	for len(sinkB24) < 200 {
		sinkB24 = append(sinkB24, v)
		if cap(sinkB24) != last {
			last = cap(sinkB24)
			fmt.Printf("len1 24 %d->%d\n", len(sinkB24), cap(sinkB24))
		}
	}
	sinkB24 = make([]B24, 2)
	last = cap(sinkB24)
	fmt.Printf("len2 24 %d->%d\n", len(sinkB24), cap(sinkB24))
	for len(sinkB24) < 200 {
		sinkB24 = append(sinkB24, v)
		if cap(sinkB24) != last {
			last = cap(sinkB24)
			fmt.Printf("len2 24 %d->%d\n", len(sinkB24), cap(sinkB24))
		}
	}
	sinkB24 = make([]B24, 5)
	last = cap(sinkB24)
	fmt.Printf("len5 24 %d->%d\n", len(sinkB24), cap(sinkB24))
	for len(sinkB24) < 200 {
		sinkB24 = append(sinkB24, v)
		if cap(sinkB24) != last {
			last = cap(sinkB24)
			fmt.Printf("len5 24 %d->%d\n", len(sinkB24), cap(sinkB24))
		}
	}
	sinkB24 = []B24{v, v, v}
	last = cap(sinkB24)
	fmt.Printf("lit3 24 %d->%d\n", len(sinkB24), cap(sinkB24))
	for len(sinkB24) < 200 {
		sinkB24 = append(sinkB24, v)
		if cap(sinkB24) != last {
			last = cap(sinkB24)
			fmt.Printf("lit3 24 %d->%d\n", len(sinkB24), cap(sinkB24))
		}
	}
}

func probeB25() {
	var v B25
	var last int
	sinkB25 = nil
	last = cap(sinkB25)
	fmt.Printf("nil 25 %d->%d\n", len(sinkB25), cap(sinkB25))
	for len(sinkB25) < 200 {
		sinkB25 = append(sinkB25, v)
		if cap(sinkB25) != last {
			last = cap(sinkB25)
			fmt.Printf("nil 25 %d->%d\n", len(sinkB25), cap(sinkB25))
		}
	}
	sinkB25 = make([]B25, 0, 0)
	last = cap(sinkB25)
	fmt.Printf("cap0 25 %d->%d\n", len(sinkB25), cap(sinkB25))
	for len(sinkB25) < 200 {
		sinkB25 = append(sinkB25, v)
		if cap(sinkB25) != last {
			last = cap(sinkB25)
			fmt.Printf("cap0 25 %d->%d\n", len(sinkB25), cap(sinkB25))
		}
	}
	sinkB25 = make([]B25, 0, 1)
	last = cap(sinkB25)
	fmt.Printf("cap1 25 %d->%d\n", len(sinkB25), cap(sinkB25))
	for len(sinkB25) < 200 {
		sinkB25 = append(sinkB25, v)
		if cap(sinkB25) != last {
			last = cap(sinkB25)
			fmt.Printf("cap1 25 %d->%d\n", len(sinkB25), cap(sinkB25))
		}
	}
	sinkB25 = make([]B25, 0, 3)
	last = cap(sinkB25)
	fmt.Printf("cap3 25 %d->%d\n", len(sinkB25), cap(sinkB25))
	for len(sinkB25) < 200 {
		sinkB25 = append(sinkB25, v)
		if cap(sinkB25) != last {
			last = cap(sinkB25)
			fmt.Printf("cap3 25 %d->%d\n", len(sinkB25), cap(sinkB25))
		}
	}
	sinkB25 = make([]B25, 0, 5)
	last = cap(sinkB25)
	fmt.Printf("cap5 25 %d->%d\n", len(sinkB25), cap(sinkB25))
	for len(sinkB25) < 200 {
		sinkB25 = append(sinkB25, v)
		if cap(sinkB25) != last {
			last = cap(sinkB25)
			fmt.Printf("cap5 25 %d->%d\n", len(sinkB25), cap(sinkB25))
		}
	}
	sinkB25 = make([]B25, 0, 8)
	last = cap(sinkB25)
	fmt.Printf("cap8 25 %d->%d\n", len(sinkB25), cap(sinkB25))
	for len(sinkB25) < 200 {
		sinkB25 = append(sinkB25, v)
		if cap(sinkB25) != last {
			last = cap(sinkB25)
			fmt.Printf("cap8 25 %d->%d\n", len(sinkB25), cap(sinkB25))
		}
	}
	sinkB25 = make([]B25, 0, 17)
	last = cap(sinkB25)
	fmt.Printf("cap17 25 %d->%d\n", len(sinkB25), cap(sinkB25))
	for len(sinkB25) < 200 {
		sinkB25 = append(sinkB25, v)
		if cap(sinkB25) != last {
			last = cap(sinkB25)
			fmt.Printf("cap17 25 %d->%d\n", len(sinkB25), cap(sinkB25))
		}
	}
	sinkB25 = make([]B25, 1)
	last = cap(sinkB25)
	fmt.Printf("len1 25 %d->%d\n", len(sinkB25), cap(sinkB25))
	for len(sinkB25) < 200 {
		sinkB25 = append(sinkB25, v)
		if cap(sinkB25) != last {
			last = cap(sinkB25)
			fmt.Printf("len1 25 %d->%d\n", len(sinkB25), cap(sinkB25))
		}
	}
	sinkB25 = make([]B25, 2)
	last = cap(sinkB25)
	fmt.Printf("len2 25 %d->%d\n", len(sinkB25), cap(sinkB25))
	for len(sinkB25) < 200 {
		sinkB25 = append(sinkB25, v)
		if cap(sinkB25) != last {
			last = cap(sinkB25)
			fmt.Printf("len2 25 %d->%d\n", len(sinkB25), cap(sinkB25))
		}
	}
	sinkB25 = make([]B25, 5)
	last = cap(sinkB25)
	fmt.Printf("len5 25 %d->%d\n", len(sinkB25), cap(sinkB25))
	for len(sinkB25) < 200 {
		sinkB25 = append(sinkB25, v)
		if cap(sinkB25) != last {
			last = cap(sinkB25)
			fmt.Printf("len5 25 %d->%d\n", len(sinkB25), cap(sinkB25))
		}
	}
	sinkB25 = []B25{v, v, v}
	last = cap(sinkB25)
	fmt.Printf("lit3 25 %d->%d\n", len(sinkB25), cap(sinkB25))
	for len(sinkB25) < 200 {
		sinkB25 = append(sinkB25, v)
		if cap(sinkB25) != last {
			last = cap(sinkB25)
			fmt.Printf("lit3 25 %d->%d\n", len(sinkB25), cap(sinkB25))
		}
	}
}

func probeB26() {
	var v B26
	var last int
	sinkB26 = nil
	last = cap(sinkB26)
	fmt.Printf("nil 26 %d->%d\n", len(sinkB26), cap(sinkB26))
	for len(sinkB26) < 200 {
		sinkB26 = append(sinkB26, v)
		if cap(sinkB26) != last {
			last = cap(sinkB26)
			fmt.Printf("nil 26 %d->%d\n", len(sinkB26), cap(sinkB26))
		}
	}
	sinkB26 = make([]B26, 0, 0)
	last = cap(sinkB26)
	fmt.Printf("cap0 26 %d->%d\n", len(sinkB26), cap(sinkB26))
	for len(sinkB26) < 200 {
		sinkB26 = append(sinkB26, v)
		if cap(sinkB26) != last {
			last = cap(sinkB26)
			fmt.Printf("cap0 26 %d->%d\n", len(sinkB26), cap(sinkB26))
		}
	}
	sinkB26 = make([]B26, 0, 1)
	last = cap(sinkB26)
	fmt.Printf("cap1 26 %d->%d\n", len(sinkB26), cap(sinkB26))
	for len(sinkB26) < 200 {
		sinkB26 = append(sinkB26, v)
		if cap(sinkB26) != last {
			last = cap(sinkB26)
			fmt.Printf("cap1 26 %d->%d\n", len(sinkB26), cap(sinkB26))
		}
	}
	sinkB26 = make([]B26, 0, 3)
	last = cap(sinkB26)
	fmt.Printf("cap3 26 %d->%d\n", len(sinkB26), cap(sinkB26))
	for len(sinkB26) < 200 {
		sinkB26 = append(sinkB26, v)
		if cap(sinkB26) != last {
			last = cap(sinkB26)
			fmt.Printf("cap3 26 %d->%d\n", len(sinkB26), cap(sinkB26))
		}
	}
	sinkB26 = make([]B26, 0, 5)
	last = cap(sinkB26)
	fmt.Printf("cap5 26 %d->%d\n", len(sinkB26), cap(sinkB26))
	for len(sinkB26) < 200 {
		sinkB26 = append(sinkB26, v)
		if cap(sinkB26) != last {
			last = cap(sinkB26)
			fmt.Printf("cap5 26 %d->%d\n", len(sinkB26), cap(sinkB26))
		}
	}
	sinkB26 = make([]B26, 0, 8)
	last = cap(sinkB26)
	fmt.Printf("cap8 26 %d->%d\n", len(sinkB26), cap(sinkB26))
	for len(sinkB26) < 200 {
		sinkB26 = append(sinkB26, v)
		if cap(sinkB26) != last {
			last = cap(sinkB26)
			fmt.Printf("cap8 26 %d->%d\n", len(sinkB26), cap(sinkB26))
		}
	}
	sinkB26 = make([]B26, 0, 17)
	last = cap(sinkB26)
	fmt.Printf("cap17 26 %d->%d\n", len(sinkB26), cap(sinkB26))
	for len(sinkB26) < 200 {
		sinkB26 = append(sinkB26, v)
		if cap(sinkB26) != last {
			last = cap(sinkB26)
			fmt.Printf("cap17 26 %d->%d\n", len(sinkB26), cap(sinkB26))
		}
	}
	sinkB26 = make([]B26, 1)
	last = cap(sinkB26)
	fmt.Printf("len1 26 %d->%d\n", len(sinkB26), cap(sinkB26))
	for len(sinkB26) < 200 {
		sinkB26 = append(sinkB26, v)
		if cap(sinkB26) != last {
			last = cap(sinkB26)
			fmt.Printf("len1 26 %d->%d\n", len(sinkB26), cap(sinkB26))
		}
	}
	sinkB26 = make([]B26, 2)
	last = cap(sinkB26)
	fmt.Printf("len2 26 %d->%d\n", len(sinkB26), cap(sinkB26))
	for len(sinkB26) < 200 {
		sinkB26 = append(sinkB26, v)
		if cap(sinkB26) != last {
			last = cap(sinkB26)
			fmt.Printf("len2 26 %d->%d\n", len(sinkB26), cap(sinkB26))
		}
	}
	sinkB26 = make([]B26, 5)
	last = cap(sinkB26)
	fmt.Printf("len5 26 %d->%d\n", len(sinkB26), cap(sinkB26))
	for len(sinkB26) < 200 {
		sinkB26 = append(sinkB26, v)
		if cap(sinkB26) != last {
			last = cap(sinkB26)
			fmt.Printf("len5 26 %d->%d\n", len(sinkB26), cap(sinkB26))
		}
	}
	sinkB26 = []B26{v, v, v}
	last = cap(sinkB26)
	fmt.Printf("lit3 26 %d->%d\n", len(sinkB26), cap(sinkB26))
	for len(sinkB26) < 200 {
		sinkB26 = append(sinkB26, v)
		if cap(sinkB26) != last {
			last = cap(sinkB26)
			fmt.Printf("lit3 26 %d->%d\n", len(sinkB26), cap(sinkB26))
		}
	}
}

func probeB27() {
	var v B27
	var last int
	sinkB27 = nil
	last = cap(sinkB27)
	fmt.Printf("nil 27 %d->%d\n", len(sinkB27), cap(sinkB27))
	for len(sinkB27) < 200 {
		sinkB27 = append(sinkB27, v)
		if cap(sinkB27) != last {
			last = cap(sinkB27)
			fmt.Printf("nil 27 %d->%d\n", len(sinkB27), cap(sinkB27))
		}
	}
	sinkB27 = make([]B27, 0, 0)
	last = cap(sinkB27)
	fmt.Printf("cap0 27 %d->%d\n", len(sinkB27), cap(sinkB27))
	for len(sinkB27) < 200 {
		sinkB27 = append(sinkB27, v)
		if cap(sinkB27) != last {
			last = cap(sinkB27)
			fmt.Printf("cap0 27 %d->%d\n", len(sinkB27), cap(sinkB27))
		}
	}
	sinkB27 = make([]B27, 0, 1)
	last = cap(sinkB27)
	fmt.Printf("cap1 27 %d->%d\n", len(sinkB27), cap(sinkB27))
	for len(sinkB27) < 200 {
		sinkB27 = append(sinkB27, v)
		if cap(sinkB27) != last {
			last = cap(sinkB27)
			fmt.Printf("cap1 27 %d->%d\n", len(sinkB27), cap(sinkB27))
		}
	}
	sinkB27 = make([]B27, 0, 3)
	last = cap(sinkB27)
	fmt.Printf("cap3 27 %d->%d\n", len(sinkB27), cap(sinkB27))
	for len(sinkB27) < 200 {
		sinkB27 = append(sinkB27, v)
		if cap(sinkB27) != last {
			last = cap(sinkB27)
			fmt.Printf("cap3 27 %d->%d\n", len(sinkB27), cap(sinkB27))
		}
	}
	sinkB27 = make([]B27, 0, 5)
	last = cap(sinkB27)
	fmt.Printf("cap5 27 %d->%d\n", len(sinkB27), cap(sinkB27))
	for len(sinkB27) < 200 {
		sinkB27 = append(sinkB27, v)
		if cap(sinkB27) != last {
			last = cap(sinkB27)
			fmt.Printf("cap5 27 %d->%d\n", len(sinkB27), cap(sinkB27))
		}
	}
	sinkB27 = make([]B27, 0, 8)
	last = cap(sinkB27)
	fmt.Printf("cap8 27 %d->%d\n", len(sinkB27), cap(sinkB27))
	for len(sinkB27) < 200 {
		sinkB27 = append(sinkB27, v)
		if cap(sinkB27) != last {
			last = cap(sinkB27)
			fmt.Printf("cap8 27 %d->%d\n", len(sinkB27), cap(sinkB27))
		}
	}
	sinkB27 = make([]B27, 0, 17)
	last = cap(sinkB27)
	fmt.Printf("cap17 27 %d->%d\n", len(sinkB27), cap(sinkB27))
	for len(sinkB27) < 200 {
		sinkB27 = append(sinkB27, v)
		if cap(sinkB27) != last {
			last = cap(sinkB27)
			fmt.Printf("cap17 27 %d->%d\n", len(sinkB27), cap(sinkB27))
		}
	}
	sinkB27 = make([]B27, 1)
	last = cap(sinkB27)
	fmt.Printf("len1 27 %d->%d\n", len(sinkB27), cap(sinkB27))
	for len(sinkB27) < 200 {
		sinkB27 = append(sinkB27, v)
		if cap(sinkB27) != last {
			last = cap(sinkB27)
			fmt.Printf("len1 27 %d->%d\n", len(sinkB27), cap(sinkB27))
		}
	}
	sinkB27 = make([]B27, 2)
	last = cap(sinkB27)
	fmt.Printf("len2 27 %d->%d\n", len(sinkB27), cap(sinkB27))
	for len(sinkB27) < 200 {
		sinkB27 = append(sinkB27, v)
		if cap(sinkB27) != last {
			last = cap(sinkB27)
			fmt.Printf("len2 27 %d->%d\n", len(sinkB27), cap(sinkB27))
		}
	}
	sinkB27 = make([]B27, 5)
	last = cap(sinkB27)
	fmt.Printf("len5 27 %d->%d\n", len(sinkB27), cap(sinkB27))
	for len(sinkB27) < 200 {
		sinkB27 = append(sinkB27, v)
		if cap(sinkB27) != last {
			last = cap(sinkB27)
			fmt.Printf("len5 27 %d->%d\n", len(sinkB27), cap(sinkB27))
		}
	}
	sinkB27 = []B27{v, v, v}
	last = cap(sinkB27)
	fmt.Printf("lit3 27 %d->%d\n", len(sinkB27), cap(sinkB27))
	for len(sinkB27) < 200 {
		sinkB27 = append(sinkB27, v)
		if cap(sinkB27) != last {
			last = cap(sinkB27)
			fmt.Printf("lit3 27 %d->%d\n", len(sinkB27), cap(sinkB27))
		}
	}
}

func probeB28() {
	var v B28
	var last int
	sinkB28 = nil
	last = cap(sinkB28)
	fmt.Printf("nil 28 %d->%d\n", len(sinkB28), cap(sinkB28))
	for len(sinkB28) < 200 {
		sinkB28 = append(sinkB28, v)
		if cap(sinkB28) != last {
			last = cap(sinkB28)
			fmt.Printf("nil 28 %d->%d\n", len(sinkB28), cap(sinkB28))
		}
	}
	sinkB28 = make([]B28, 0, 0)
	last = cap(sinkB28)
	fmt.Printf("cap0 28 %d->%d\n", len(sinkB28), cap(sinkB28))
	for len(sinkB28) < 200 {
		sinkB28 = append(sinkB28, v)
		if cap(sinkB28) != last {
			last = cap(sinkB28)
			fmt.Printf("cap0 28 %d->%d\n", len(sinkB28), cap(sinkB28))
		}
	}
	sinkB28 = make([]B28, 0, 1)
	last = cap(sinkB28)
	fmt.Printf("cap1 28 %d->%d\n", len(sinkB28), cap(sinkB28))
	for len(sinkB28) < 200 {
		sinkB28 = append(sinkB28, v)
		if cap(sinkB28) != last {
			last = cap(sinkB28)
			fmt.Printf("cap1 28 %d->%d\n", len(sinkB28), cap(sinkB28))
		}
	}
	sinkB28 = make([]B28, 0, 3)
	last = cap(sinkB28)
	fmt.Printf("cap3 28 %d->%d\n", len(sinkB28), cap(sinkB28))
	for len(sinkB28) < 200 {
		sinkB28 = append(sinkB28, v)
		if cap(sinkB28) != last {
			last = cap(sinkB28)
			fmt.Printf("cap3 28 %d->%d\n", len(sinkB28), cap(sinkB28))
		}
	}
	sinkB28 = make([]B28, 0, 5)
	last = cap(sinkB28)
	fmt.Printf("cap5 28 %d->%d\n", len(sinkB28), cap(sinkB28))
	for len(sinkB28) < 200 {
		sinkB28 = append(sinkB28, v)
		if cap(sinkB28) != last {
			last = cap(sinkB28)
			fmt.Printf("cap5 28 %d->%d\n", len(sinkB28), cap(sinkB28))
		}
	}
	sinkB28 = make([]B28, 0, 8)
	last = cap(sinkB28)
	fmt.Printf("cap8 28 %d->%d\n", len(sinkB28), cap(sinkB28))
	for len(sinkB28) < 200 {
		sinkB28 = append(sinkB28, v)
		if cap(sinkB28) != last {
			last = cap(sinkB28)
			fmt.Printf("cap8 28 %d->%d\n", len(sinkB28), cap(sinkB28))
		}
	}
	sinkB28 = make([]B28, 0, 17)
	last = cap(sinkB28)
	fmt.Printf("cap17 28 %d->%d\n", len(sinkB28), cap(sinkB28))
	for len(sinkB28) < 200 {
		sinkB28 = append(sinkB28, v)
		if cap(sinkB28) != last {
			last = cap(sinkB28)
			fmt.Printf("cap17 28 %d->%d\n", len(sinkB28), cap(sinkB28))
		}
	}
	sinkB28 = make([]B28, 1)
	last = cap(sinkB28)
	fmt.Printf("len1 28 %d->%d\n", len(sinkB28), cap(sinkB28))
	for len(sinkB28) < 200 {
		sinkB28 = append(sinkB28, v)
		if cap(sinkB28) != last {
			last = cap(sinkB28)
			fmt.Printf("len1 28 %d->%d\n", len(sinkB28), cap(sinkB28))
		}
	}
	sinkB28 = make([]B28, 2)
	last = cap(sinkB28)
	fmt.Printf("len2 28 %d->%d\n", len(sinkB28), cap(sinkB28))
	for len(sinkB28) < 200 {
		sinkB28 = append(sinkB28, v)
		if cap(sinkB28) != last {
			last = cap(sinkB28)
			fmt.Printf("len2 28 %d->%d\n", len(sinkB28), cap(sinkB28))
		}
	}
	sinkB28 = make([]B28, 5)
	last = cap(sinkB28)
	fmt.Printf("len5 28 %d->%d\n", len(sinkB28), cap(sinkB28))
	for len(sinkB28) < 200 {
		sinkB28 = append(sinkB28, v)
		if cap(sinkB28) != last {
			last = cap(sinkB28)
			fmt.Printf("len5 28 %d->%d\n", len(sinkB28), cap(sinkB28))
		}
	}
	sinkB28 = []B28{v, v, v}
	last = cap(sinkB28)
	fmt.Printf("lit3 28 %d->%d\n", len(sinkB28), cap(sinkB28))
	for len(sinkB28) < 200 {
		sinkB28 = append(sinkB28, v)
		if cap(sinkB28) != last {
			last = cap(sinkB28)
			fmt.Printf("lit3 28 %d->%d\n", len(sinkB28), cap(sinkB28))
		}
	}
}

func probeB29() {
	var v B29
	var last int
	sinkB29 = nil
	last = cap(sinkB29)
	fmt.Printf("nil 29 %d->%d\n", len(sinkB29), cap(sinkB29))
	for len(sinkB29) < 200 {
		sinkB29 = append(sinkB29, v)
		if cap(sinkB29) != last {
			last = cap(sinkB29)
			fmt.Printf("nil 29 %d->%d\n", len(sinkB29), cap(sinkB29))
		}
	}
	sinkB29 = make([]B29, 0, 0)
	last = cap(sinkB29)
	fmt.Printf("cap0 29 %d->%d\n", len(sinkB29), cap(sinkB29))
	for len(sinkB29) < 200 {
		sinkB29 = append(sinkB29, v)
		if cap(sinkB29) != last {
			last = cap(sinkB29)
			fmt.Printf("cap0 29 %d->%d\n", len(sinkB29), cap(sinkB29))
		}
	}
	sinkB29 = make([]B29, 0, 1)
	last = cap(sinkB29)
	fmt.Printf("cap1 29 %d->%d\n", len(sinkB29), cap(sinkB29))
	for len(sinkB29) < 200 {
		sinkB29 = append(sinkB29, v)
		if cap(sinkB29) != last {
			last = cap(sinkB29)
			fmt.Printf("cap1 29 %d->%d\n", len(sinkB29), cap(sinkB29))
		}
	}
	sinkB29 = make([]B29, 0, 3)
	last = cap(sinkB29)
	fmt.Printf("cap3 29 %d->%d\n", len(sinkB29), cap(sinkB29))
	for len(sinkB29) < 200 {
		sinkB29 = append(sinkB29, v)
		if cap(sinkB29) != last {
			last = cap(sinkB29)
			fmt.Printf("cap3 29 %d->%d\n", len(sinkB29), cap(sinkB29))
		}
	}
	sinkB29 = make([]B29, 0, 5)
	last = cap(sinkB29)
	fmt.Printf("cap5 29 %d->%d\n", len(sinkB29), cap(sinkB29))
	for len(sinkB29) < 200 {
		sinkB29 = append(sinkB29, v)
		if cap(sinkB29) != last {
			last = cap(sinkB29)
			fmt.Printf("cap5 29 %d->%d\n", len(sinkB29), cap(sinkB29))
		}
	}
	sinkB29 = make([]B29, 0, 8)
	last = cap(sinkB29)
	fmt.Printf("cap8 29 %d->%d\n", len(sinkB29), cap(sinkB29))
	for len(sinkB29) < 200 {
		sinkB29 = append(sinkB29, v)
		if cap(sinkB29) != last {
			last = cap(sinkB29)
			fmt.Printf("cap8 29 %d->%d\n", len(sinkB29), cap(sinkB29))
		}
	}
	sinkB29 = make([]B29, 0, 17)
	last = cap(sinkB29)
	fmt.Printf("cap17 29 %d->%d\n", len(sinkB29), cap(sinkB29))
	for len(sinkB29) < 200 {
		sinkB29 = append(sinkB29, v)
		if cap(sinkB29) != last {
			last = cap(sinkB29)
			fmt.Printf("cap17 29 %d->%d\n", len(sinkB29), cap(sinkB29))
		}
	}
	sinkB29 = make([]B29, 1)
	last = cap(sinkB29)
	fmt.Printf("len1 29 %d->%d\n", len(sinkB29), cap(sinkB29))
	for len(sinkB29) < 200 {
		sinkB29 = append(sinkB29, v)
		if cap(sinkB29) != last {
			last = cap(sinkB29)
			fmt.Printf("len1 29 %d->%d\n", len(sinkB29), cap(sinkB29))
		}
	}
	sinkB29 = make([]B29, 2)
	last = cap(sinkB29)
	fmt.Printf("len2 29 %d->%d\n", len(sinkB29), cap(sinkB29))
	for len(sinkB29) < 200 {
		sinkB29 = append(sinkB29, v)
		if cap(sinkB29) != last {
			last = cap(sinkB29)
			fmt.Printf("len2 29 %d->%d\n", len(sinkB29), cap(sinkB29))
		}
	}
	sinkB29 = make([]B29, 5)
	last = cap(sinkB29)
	fmt.Printf("len5 29 %d->%d\n", len(sinkB29), cap(sinkB29))
	for len(sinkB29) < 200 {
		sinkB29 = append(sinkB29, v)
		if cap(sinkB29) != last {
			last = cap(sinkB29)
			fmt.Printf("len5 29 %d->%d\n", len(sinkB29), cap(sinkB29))
		}
	}
	sinkB29 = []B29{v, v, v}
	last = cap(sinkB29)
	fmt.Printf("lit3 29 %d->%d\n", len(sinkB29), cap(sinkB29))
	for len(sinkB29) < 200 {
		sinkB29 = append(sinkB29, v)
		if cap(sinkB29) != last {
			last = cap(sinkB29)
			fmt.Printf("lit3 29 %d->%d\n", len(sinkB29), cap(sinkB29))
		}
	}
}

func probeB30() {
	var v B30
	var last int
	sinkB30 = nil
	last = cap(sinkB30)
	fmt.Printf("nil 30 %d->%d\n", len(sinkB30), cap(sinkB30))
	for len(sinkB30) < 200 {
		sinkB30 = append(sinkB30, v)
		if cap(sinkB30) != last {
			last = cap(sinkB30)
			fmt.Printf("nil 30 %d->%d\n", len(sinkB30), cap(sinkB30))
		}
	}
	sinkB30 = make([]B30, 0, 0)
	last = cap(sinkB30)
	fmt.Printf("cap0 30 %d->%d\n", len(sinkB30), cap(sinkB30))
	for len(sinkB30) < 200 {
		sinkB30 = append(sinkB30, v)
		if cap(sinkB30) != last {
			last = cap(sinkB30)
			fmt.Printf("cap0 30 %d->%d\n", len(sinkB30), cap(sinkB30))
		}
	}
	sinkB30 = make([]B30, 0, 1)
	last = cap(sinkB30)
	fmt.Printf("cap1 30 %d->%d\n", len(sinkB30), cap(sinkB30))
	for len(sinkB30) < 200 {
		sinkB30 = append(sinkB30, v)
		if cap(sinkB30) != last {
			last = cap(sinkB30)
			fmt.Printf("cap1 30 %d->%d\n", len(sinkB30), cap(sinkB30))
		}
	}
	sinkB30 = make([]B30, 0, 3)
	last = cap(sinkB30)
	fmt.Printf("cap3 30 %d->%d\n", len(sinkB30), cap(sinkB30))
	for len(sinkB30) < 200 {
		sinkB30 = append(sinkB30, v)
		if cap(sinkB30) != last {
			last = cap(sinkB30)
			fmt.Printf("cap3 30 %d->%d\n", len(sinkB30), cap(sinkB30))
		}
	}
	sinkB30 = make([]B30, 0, 5)
	last = cap(sinkB30)
	fmt.Printf("cap5 30 %d->%d\n", len(sinkB30), cap(sinkB30))
	for len(sinkB30) < 200 {
		sinkB30 = append(sinkB30, v)
		if cap(sinkB30) != last {
			last = cap(sinkB30)
			fmt.Printf("cap5 30 %d->%d\n", len(sinkB30), cap(sinkB30))
		}
	}
	sinkB30 = make([]B30, 0, 8)
	last = cap(sinkB30)
	fmt.Printf("cap8 30 %d->%d\n", len(sinkB30), cap(sinkB30))
	for len(sinkB30) < 200 {
		sinkB30 = append(sinkB30, v)
		if cap(sinkB30) != last {
			last = cap(sinkB30)
			fmt.Printf("cap8 30 %d->%d\n", len(sinkB30), cap(sinkB30))
		}
	}
	sinkB30 = make([]B30, 0, 17)
	last = cap(sinkB30)
	fmt.Printf("cap17 30 %d->%d\n", len(sinkB30), cap(sinkB30))
	for len(sinkB30) < 200 {
		sinkB30 = append(sinkB30, v)
		if cap(sinkB30) != last {
			last = cap(sinkB30)
			fmt.Printf("cap17 30 %d->%d\n", len(sinkB30), cap(sinkB30))
		}
	}
	sinkB30 = make([]B30, 1)
	last = cap(sinkB30)
	fmt.Printf("len1 30 %d->%d\n", len(sinkB30), cap(sinkB30))
	for len(sinkB30) < 200 {
		sinkB30 = append(sinkB30, v)
		if cap(sinkB30) != last {
			last = cap(sinkB30)
			fmt.Printf("len1 30 %d->%d\n", len(sinkB30), cap(sinkB30))
		}
	}
	sinkB30 = make([]B30, 2)
	last = cap(sinkB30)
	fmt.Printf("len2 30 %d->%d\n", len(sinkB30), cap(sinkB30))
	for len(sinkB30) < 200 {
		sinkB30 = append(sinkB30, v)
		if cap(sinkB30) != last {
			last = cap(sinkB30)
			fmt.Printf("len2 30 %d->%d\n", len(sinkB30), cap(sinkB30))
		}
	}
	sinkB30 = make([]B30, 5)
	last = cap(sinkB30)
	fmt.Printf("len5 30 %d->%d\n", len(sinkB30), cap(sinkB30))
	for len(sinkB30) < 200 {
		sinkB30 = append(sinkB30, v)
		if cap(sinkB30) != last {
			last = cap(sinkB30)
			fmt.Printf("len5 30 %d->%d\n", len(sinkB30), cap(sinkB30))
		}
	}
	sinkB30 = []B30{v, v, v}
	last = cap(sinkB30)
	fmt.Printf("lit3 30 %d->%d\n", len(sinkB30), cap(sinkB30))
	for len(sinkB30) < 200 {
		sinkB30 = append(sinkB30, v)
		if cap(sinkB30) != last {
			last = cap(sinkB30)
			fmt.Printf("lit3 30 %d->%d\n", len(sinkB30), cap(sinkB30))
		}
	}
}

func probeB31() {
	var v B31
	var last int
	sinkB31 = nil
	last = cap(sinkB31)
	fmt.Printf("nil 31 %d->%d\n", len(sinkB31), cap(sinkB31))
	for len(sinkB31) < 200 {
		sinkB31 = append(sinkB31, v)
		if cap(sinkB31) != last {
			last = cap(sinkB31)
			fmt.Printf("nil 31 %d->%d\n", len(sinkB31), cap(sinkB31))
		}
	}
	sinkB31 = make([]B31, 0, 0)
	last = cap(sinkB31)
	fmt.Printf("cap0 31 %d->%d\n", len(sinkB31), cap(sinkB31))
	for len(sinkB31) < 200 {
		sinkB31 = append(sinkB31, v)
		if cap(sinkB31) != last {
			last = cap(sinkB31)
			fmt.Printf("cap0 31 %d->%d\n", len(sinkB31), cap(sinkB31))
		}
	}
	sinkB31 = make([]B31, 0, 1)
	last = cap(sinkB31)
	fmt.Printf("cap1 31 %d->%d\n", len(sinkB31), cap(sinkB31))
	for len(sinkB31) < 200 {
		sinkB31 = append(sinkB31, v)
		if cap(sinkB31) != last {
			last = cap(sinkB31)
			fmt.Printf("cap1 31 %d->%d\n", len(sinkB31), cap(sinkB31))
		}
	}
	sinkB31 = make([]B31, 0, 3)
	last = cap(sinkB31)
	fmt.Printf("cap3 31 %d->%d\n", len(sinkB31), cap(sinkB31))
	for len(sinkB31) < 200 {
		sinkB31 = append(sinkB31, v)
		if cap(sinkB31) != last {
			last = cap(sinkB31)
			fmt.Printf("cap3 31 %d->%d\n", len(sinkB31), cap(sinkB31))
		}
	}
	sinkB31 = make([]B31, 0, 5)
	last = cap(sinkB31)
	fmt.Printf("cap5 31 %d->%d\n", len(sinkB31), cap(sinkB31))
	for len(sinkB31) < 200 {
		sinkB31 = append(sinkB31, v)
		if cap(sinkB31) != last {
			last = cap(sinkB31)
			fmt.Printf("cap5 31 %d->%d\n", len(sinkB31), cap(sinkB31))
		}
	}
	sinkB31 = make([]B31, 0, 8)
	last = cap(sinkB31)
	fmt.Printf("cap8 31 %d->%d\n", len(sinkB31), cap(sinkB31))
	for len(sinkB31) < 200 {
		sinkB31 = append(sinkB31, v)
		if cap(sinkB31) != last {
			last = cap(sinkB31)
			fmt.Printf("cap8 31 %d->%d\n", len(sinkB31), cap(sinkB31))
		}
	}
	sinkB31 = make([]B31, 0, 17)
	last = cap(sinkB31)
	fmt.Printf("cap17 31 %d->%d\n", len(sinkB31), cap(sinkB31))
	for len(sinkB31) < 200 {
		sinkB31 = append(sinkB31, v)
		if cap(sinkB31) != last {
			last = cap(sinkB31)
			fmt.Printf("cap17 31 %d->%d\n", len(sinkB31), cap(sinkB31))
		}
	}
	sinkB31 = make([]B31, 1)
	last = cap(sinkB31)
	fmt.Printf("len1 31 %d->%d\n", len(sinkB31), cap(sinkB31))
	for len(sinkB31) < 200 {
		sinkB31 = append(sinkB31, v)
		if cap(sinkB31) != last {
			last = cap(sinkB31)
			fmt.Printf("len1 31 %d->%d\n", len(sinkB31), cap(sinkB31))
		}
	}
	sinkB31 = make([]B31, 2)
	last = cap(sinkB31)
	fmt.Printf("len2 31 %d->%d\n", len(sinkB31), cap(sinkB31))
	for len(sinkB31) < 200 {
		sinkB31 = append(sinkB31, v)
		if cap(sinkB31) != last {
			last = cap(sinkB31)
			fmt.Printf("len2 31 %d->%d\n", len(sinkB31), cap(sinkB31))
		}
	}
	sinkB31 = make([]B31, 5)
	last = cap(sinkB31)
	fmt.Printf("len5 31 %d->%d\n", len(sinkB31), cap(sinkB31))
	for len(sinkB31) < 200 {
		sinkB31 = append(sinkB31, v)
		if cap(sinkB31) != last {
			last = cap(sinkB31)
			fmt.Printf("len5 31 %d->%d\n", len(sinkB31), cap(sinkB31))
		}
	}
	sinkB31 = []B31{v, v, v}
	last = cap(sinkB31)
	fmt.Printf("lit3 31 %d->%d\n", len(sinkB31), cap(sinkB31))
	for len(sinkB31) < 200 {
		sinkB31 = append(sinkB31, v)
		if cap(sinkB31) != last {
			last = cap(sinkB31)
			fmt.Printf("lit3 31 %d->%d\n", len(sinkB31), cap(sinkB31))
		}
	}
}

func probeB32() {
	var v B32
	var last int
	sinkB32 = nil
	last = cap(sinkB32)
	fmt.Printf("nil 32 %d->%d\n", len(sinkB32), cap(sinkB32))
	for len(sinkB32) < 200 {
		sinkB32 = append(sinkB32, v)
		if cap(sinkB32) != last {
			last = cap(sinkB32)
			fmt.Printf("nil 32 %d->%d\n", len(sinkB32), cap(sinkB32))
		}
	}
	sinkB32 = make([]B32, 0, 0)
	last = cap(sinkB32)
	fmt.Printf("cap0 32 %d->%d\n", len(sinkB32), cap(sinkB32))
	for len(sinkB32) < 200 {
		sinkB32 = append(sinkB32, v)
		if cap(sinkB32) != last {
			last = cap(sinkB32)
			fmt.Printf("cap0 32 %d->%d\n", len(sinkB32), cap(sinkB32))
		}
	}
	sinkB32 = make([]B32, 0, 1)
	last = cap(sinkB32)
	fmt.Printf("cap1 32 %d->%d\n", len(sinkB32), cap(sinkB32))
	for len(sinkB32) < 200 {
		sinkB32 = append(sinkB32, v)
		if cap(sinkB32) != last {
			last = cap(sinkB32)
			fmt.Printf("cap1 32 %d->%d\n", len(sinkB32), cap(sinkB32))
		}
	}
	sinkB32 = make([]B32, 0, 3)
	last = cap(sinkB32)
	fmt.Printf("cap3 32 %d->%d\n", len(sinkB32), cap(sinkB32))
	for len(sinkB32) < 200 {
		sinkB32 = append(sinkB32, v)
		if cap(sinkB32) != last {
			last = cap(sinkB32)
			fmt.Printf("cap3 32 %d->%d\n", len(sinkB32), cap(sinkB32))
		}
	}
	sinkB32 = make([]B32, 0, 5)
	last = cap(sinkB32)
	fmt.Printf("cap5 32 %d->%d\n", len(sinkB32), cap(sinkB32))
	for len(sinkB32) < 200 {
		sinkB32 = append(sinkB32, v)
		if cap(sinkB32) != last {
			last = cap(sinkB32)
			fmt.Printf("cap5 32 %d->%d\n", len(sinkB32), cap(sinkB32))
		}
	}
	sinkB32 = make([]B32, 0, 8)
	last = cap(sinkB32)
	fmt.Printf("cap8 32 %d->%d\n", len(sinkB32), cap(sinkB32))
	for len(sinkB32) < 200 {
		sinkB32 = append(sinkB32, v)
		if cap(sinkB32) != last {
			last = cap(sinkB32)
			fmt.Printf("cap8 32 %d->%d\n", len(sinkB32), cap(sinkB32))
		}
	}
	sinkB32 = make([]B32, 0, 17)
	last = cap(sinkB32)
	fmt.Printf("cap17 32 %d->%d\n", len(sinkB32), cap(sinkB32))
	for len(sinkB32) < 200 {
		sinkB32 = append(sinkB32, v)
		if cap(sinkB32) != last {
			last = cap(sinkB32)
			fmt.Printf("cap17 32 %d->%d\n", len(sinkB32), cap(sinkB32))
		}
	}
	sinkB32 = make([]B32, 1)
	last = cap(sinkB32)
	fmt.Printf("len1 32 %d->%d\n", len(sinkB32), cap(sinkB32))
	for len(sinkB32) < 200 {
		sinkB32 = append(sinkB32, v)
		if cap(sinkB32) != last {
			last = cap(sinkB32)
			fmt.Printf("len1 32 %d->%d\n", len(sinkB32), cap(sinkB32))
		}
	}
	sinkB32 = make([]B32, 2)
	last = cap(sinkB32)
	fmt.Printf("len2 32 %d->%d\n", len(sinkB32), cap(sinkB32))
	for len(sinkB32) < 200 {
		sinkB32 = append(sinkB32, v)
		if cap(sinkB32) != last {
			last = cap(sinkB32)
			fmt.Printf("len2 32 %d->%d\n", len(sinkB32), cap(sinkB32))
		}
	}
	sinkB32 = make([]B32, 5)
	last = cap(sinkB32)
	fmt.Printf("len5 32 %d->%d\n", len(sinkB32), cap(sinkB32))
	for len(sinkB32) < 200 {
		sinkB32 = append(sinkB32, v)
		if cap(sinkB32) != last {
			last = cap(sinkB32)
			fmt.Printf("len5 32 %d->%d\n", len(sinkB32), cap(sinkB32))
		}
	}
	sinkB32 = []B32{v, v, v}
	last = cap(sinkB32)
	fmt.Printf("lit3 32 %d->%d\n", len(sinkB32), cap(sinkB32))
	for len(sinkB32) < 200 {
		sinkB32 = append(sinkB32, v)
		if cap(sinkB32) != last {
			last = cap(sinkB32)
			fmt.Printf("lit3 32 %d->%d\n", len(sinkB32), cap(sinkB32))
		}
	}
}

func probeB33() {
	var v B33
	var last int
	sinkB33 = nil
	last = cap(sinkB33)
	fmt.Printf("nil 33 %d->%d\n", len(sinkB33), cap(sinkB33))
	for len(sinkB33) < 200 {
		sinkB33 = append(sinkB33, v)
		if cap(sinkB33) != last {
			last = cap(sinkB33)
			fmt.Printf("nil 33 %d->%d\n", len(sinkB33), cap(sinkB33))
		}
	}
	sinkB33 = make([]B33, 0, 0)
	last = cap(sinkB33)
	fmt.Printf("cap0 33 %d->%d\n", len(sinkB33), cap(sinkB33))
	for len(sinkB33) < 200 {
		sinkB33 = append(sinkB33, v)
		if cap(sinkB33) != last {
			last = cap(sinkB33)
			fmt.Printf("cap0 33 %d->%d\n", len(sinkB33), cap(sinkB33))
		}
	}
	sinkB33 = make([]B33, 0, 1)
	last = cap(sinkB33)
	fmt.Printf("cap1 33 %d->%d\n", len(sinkB33), cap(sinkB33))
	for len(sinkB33) < 200 {
		sinkB33 = append(sinkB33, v)
		if cap(sinkB33) != last {
			last = cap(sinkB33)
			fmt.Printf("cap1 33 %d->%d\n", len(sinkB33), cap(sinkB33))
		}
	}
	sinkB33 = make([]B33, 0, 3)
	last = cap(sinkB33)
	fmt.Printf("cap3 33 %d->%d\n", len(sinkB33), cap(sinkB33))
	for len(sinkB33) < 200 {
		sinkB33 = append(sinkB33, v)
		if cap(sinkB33) != last {
			last = cap(sinkB33)
			fmt.Printf("cap3 33 %d->%d\n", len(sinkB33), cap(sinkB33))
		}
	}
	sinkB33 = make([]B33, 0, 5)
	last = cap(sinkB33)
	fmt.Printf("cap5 33 %d->%d\n", len(sinkB33), cap(sinkB33))
	for len(sinkB33) < 200 {
		sinkB33 = append(sinkB33, v)
		if cap(sinkB33) != last {
			last = cap(sinkB33)
			fmt.Printf("cap5 33 %d->%d\n", len(sinkB33), cap(sinkB33))
		}
	}
	sinkB33 = make([]B33, 0, 8)
	last = cap(sinkB33)
	fmt.Printf("cap8 33 %d->%d\n", len(sinkB33), cap(sinkB33))
	for len(sinkB33) < 200 {
		sinkB33 = append(sinkB33, v)
		if cap(sinkB33) != last {
			last = cap(sinkB33)
			fmt.Printf("cap8 33 %d->%d\n", len(sinkB33), cap(sinkB33))
		}
	}
	sinkB33 = make([]B33, 0, 17)
	last = cap(sinkB33)
	fmt.Printf("cap17 33 %d->%d\n", len(sinkB33), cap(sinkB33))
	for len(sinkB33) < 200 {
		sinkB33 = append(sinkB33, v)
		if cap(sinkB33) != last {
			last = cap(sinkB33)
			fmt.Printf("cap17 33 %d->%d\n", len(sinkB33), cap(sinkB33))
		}
	}
	sinkB33 = make([]B33, 1)
	last = cap(sinkB33)
	fmt.Printf("len1 33 %d->%d\n", len(sinkB33), cap(sinkB33))
	for len(sinkB33) < 200 {
		sinkB33 = append(sinkB33, v)
		if cap(sinkB33) != last {
			last = cap(sinkB33)
			fmt.Printf("len1 33 %d->%d\n", len(sinkB33), cap(sinkB33))
		}
	}
	sinkB33 = make([]B33, 2)
	last = cap(sinkB33)
	fmt.Printf("len2 33 %d->%d\n", len(sinkB33), cap(sinkB33))
	for len(sinkB33) < 200 {
		sinkB33 = append(sinkB33, v)
		if cap(sinkB33) != last {
			last = cap(sinkB33)
			fmt.Printf("len2 33 %d->%d\n", len(sinkB33), cap(sinkB33))
		}
	}
	sinkB33 = make([]B33, 5)
	last = cap(sinkB33)
	fmt.Printf("len5 33 %d->%d\n", len(sinkB33), cap(sinkB33))
	for len(sinkB33) < 200 {
		sinkB33 = append(sinkB33, v)
		if cap(sinkB33) != last {
			last = cap(sinkB33)
			fmt.Printf("len5 33 %d->%d\n", len(sinkB33), cap(sinkB33))
		}
	}
	sinkB33 = []B33{v, v, v}
	last = cap(sinkB33)
	fmt.Printf("lit3 33 %d->%d\n", len(sinkB33), cap(sinkB33))
	for len(sinkB33) < 200 {
		sinkB33 = append(sinkB33, v)
		if cap(sinkB33) != last {
			last = cap(sinkB33)
			fmt.Printf("lit3 33 %d->%d\n", len(sinkB33), cap(sinkB33))
		}
	}
}

func probeB34() {
	var v B34
	var last int
	sinkB34 = nil
	last = cap(sinkB34)
	fmt.Printf("nil 34 %d->%d\n", len(sinkB34), cap(sinkB34))
	for len(sinkB34) < 200 {
		sinkB34 = append(sinkB34, v)
		if cap(sinkB34) != last {
			last = cap(sinkB34)
			fmt.Printf("nil 34 %d->%d\n", len(sinkB34), cap(sinkB34))
		}
	}
	sinkB34 = make([]B34, 0, 0)
	last = cap(sinkB34)
	fmt.Printf("cap0 34 %d->%d\n", len(sinkB34), cap(sinkB34))
	for len(sinkB34) < 200 {
		sinkB34 = append(sinkB34, v)
		if cap(sinkB34) != last {
			last = cap(sinkB34)
			fmt.Printf("cap0 34 %d->%d\n", len(sinkB34), cap(sinkB34))
		}
	}
	sinkB34 = make([]B34, 0, 1)
	last = cap(sinkB34)
	fmt.Printf("cap1 34 %d->%d\n", len(sinkB34), cap(sinkB34))
	for len(sinkB34) < 200 {
		sinkB34 = append(sinkB34, v)
		if cap(sinkB34) != last {
			last = cap(sinkB34)
			fmt.Printf("cap1 34 %d->%d\n", len(sinkB34), cap(sinkB34))
		}
	}
	sinkB34 = make([]B34, 0, 3)
	last = cap(sinkB34)
	fmt.Printf("cap3 34 %d->%d\n", len(sinkB34), cap(sinkB34))
	for len(sinkB34) < 200 {
		sinkB34 = append(sinkB34, v)
		if cap(sinkB34) != last {
			last = cap(sinkB34)
			fmt.Printf("cap3 34 %d->%d\n", len(sinkB34), cap(sinkB34))
		}
	}
	sinkB34 = make([]B34, 0, 5)
	last = cap(sinkB34)
	fmt.Printf("cap5 34 %d->%d\n", len(sinkB34), cap(sinkB34))
	for len(sinkB34) < 200 {
		sinkB34 = append(sinkB34, v)
		if cap(sinkB34) != last {
			last = cap(sinkB34)
			fmt.Printf("cap5 34 %d->%d\n", len(sinkB34), cap(sinkB34))
		}
	}
	sinkB34 = make([]B34, 0, 8)
	last = cap(sinkB34)
	fmt.Printf("cap8 34 %d->%d\n", len(sinkB34), cap(sinkB34))
	for len(sinkB34) < 200 {
		sinkB34 = append(sinkB34, v)
		if cap(sinkB34) != last {
			last = cap(sinkB34)
			fmt.Printf("cap8 34 %d->%d\n", len(sinkB34), cap(sinkB34))
		}
	}
	sinkB34 = make([]B34, 0, 17)
	last = cap(sinkB34)
	fmt.Printf("cap17 34 %d->%d\n", len(sinkB34), cap(sinkB34))
	for len(sinkB34) < 200 {
		sinkB34 = append(sinkB34, v)
		if cap(sinkB34) != last {
			last = cap(sinkB34)
			fmt.Printf("cap17 34 %d->%d\n", len(sinkB34), cap(sinkB34))
		}
	}
	sinkB34 = make([]B34, 1)
	last = cap(sinkB34)
	fmt.Printf("len1 34 %d->%d\n", len(sinkB34), cap(sinkB34))
	for len(sinkB34) < 200 {
		sinkB34 = append(sinkB34, v)
		if cap(sinkB34) != last {
			last = cap(sinkB34)
			fmt.Printf("len1 34 %d->%d\n", len(sinkB34), cap(sinkB34))
		}
	}
	sinkB34 = make([]B34, 2)
	last = cap(sinkB34)
	fmt.Printf("len2 34 %d->%d\n", len(sinkB34), cap(sinkB34))
	for len(sinkB34) < 200 {
		sinkB34 = append(sinkB34, v)
		if cap(sinkB34) != last {
			last = cap(sinkB34)
			fmt.Printf("len2 34 %d->%d\n", len(sinkB34), cap(sinkB34))
		}
	}
	sinkB34 = make([]B34, 5)
	last = cap(sinkB34)
	fmt.Printf("len5 34 %d->%d\n", len(sinkB34), cap(sinkB34))
	for len(sinkB34) < 200 {
		sinkB34 = append(sinkB34, v)
		if cap(sinkB34) != last {
			last = cap(sinkB34)
			fmt.Printf("len5 34 %d->%d\n", len(sinkB34), cap(sinkB34))
		}
	}
	sinkB34 = []B34{v, v, v}
	last = cap(sinkB34)
	fmt.Printf("lit3 34 %d->%d\n", len(sinkB34), cap(sinkB34))
	for len(sinkB34) < 200 {
		sinkB34 = append(sinkB34, v)
		if cap(sinkB34) != last {
			last = cap(sinkB34)
			fmt.Printf("lit3 34 %d->%d\n", len(sinkB34), cap(sinkB34))
		}
	}
}

func probeB35() {
	var v B35
	var last int
	sinkB35 = nil
	last = cap(sinkB35)
	fmt.Printf("nil 35 %d->%d\n", len(sinkB35), cap(sinkB35))
	for len(sinkB35) < 200 {
		sinkB35 = append(sinkB35, v)
		if cap(sinkB35) != last {
			last = cap(sinkB35)
			fmt.Printf("nil 35 %d->%d\n", len(sinkB35), cap(sinkB35))
		}
	}
	sinkB35 = make([]B35, 0, 0)
	last = cap(sinkB35)
	fmt.Printf("cap0 35 %d->%d\n", len(sinkB35), cap(sinkB35))
	for len(sinkB35) < 200 {
		sinkB35 = append(sinkB35, v)
		if cap(sinkB35) != last {
			last = cap(sinkB35)
			fmt.Printf("cap0 35 %d->%d\n", len(sinkB35), cap(sinkB35))
		}
	}
	sinkB35 = make([]B35, 0, 1)
	last = cap(sinkB35)
	fmt.Printf("cap1 35 %d->%d\n", len(sinkB35), cap(sinkB35))
	for len(sinkB35) < 200 {
		sinkB35 = append(sinkB35, v)
		if cap(sinkB35) != last {
			last = cap(sinkB35)
			fmt.Printf("cap1 35 %d->%d\n", len(sinkB35), cap(sinkB35))
		}
	}
	sinkB35 = make([]B35, 0, 3)
	last = cap(sinkB35)
	fmt.Printf("cap3 35 %d->%d\n", len(sinkB35), cap(sinkB35))
	for len(sinkB35) < 200 {
		sinkB35 = append(sinkB35, v)
		if cap(sinkB35) != last {
			last = cap(sinkB35)
			fmt.Printf("cap3 35 %d->%d\n", len(sinkB35), cap(sinkB35))
		}
	}
	sinkB35 = make([]B35, 0, 5)
	last = cap(sinkB35)
	fmt.Printf("cap5 35 %d->%d\n", len(sinkB35), cap(sinkB35))
	for len(sinkB35) < 200 {
		sinkB35 = append(sinkB35, v)
		if cap(sinkB35) != last {
			last = cap(sinkB35)
			fmt.Printf("cap5 35 %d->%d\n", len(sinkB35), cap(sinkB35))
		}
	}
	sinkB35 = make([]B35, 0, 8)
	last = cap(sinkB35)
	fmt.Printf("cap8 35 %d->%d\n", len(sinkB35), cap(sinkB35))
	for len(sinkB35) < 200 {
		sinkB35 = append(sinkB35, v)
		if cap(sinkB35) != last {
			last = cap(sinkB35)
			fmt.Printf("cap8 35 %d->%d\n", len(sinkB35), cap(sinkB35))
		}
	}
	sinkB35 = make([]B35, 0, 17)
	last = cap(sinkB35)
	fmt.Printf("cap17 35 %d->%d\n", len(sinkB35), cap(sinkB35))
	for len(sinkB35) < 200 {
		sinkB35 = append(sinkB35, v)
		if cap(sinkB35) != last {
			last = cap(sinkB35)
			fmt.Printf("cap17 35 %d->%d\n", len(sinkB35), cap(sinkB35))
		}
	}
	sinkB35 = make([]B35, 1)
	last = cap(sinkB35)
	fmt.Printf("len1 35 %d->%d\n", len(sinkB35), cap(sinkB35))
	for len(sinkB35) < 200 {
		sinkB35 = append(sinkB35, v)
		if cap(sinkB35) != last {
			last = cap(sinkB35)
			fmt.Printf("len1 35 %d->%d\n", len(sinkB35), cap(sinkB35))
		}
	}
	sinkB35 = make([]B35, 2)
	last = cap(sinkB35)
	fmt.Printf("len2 35 %d->%d\n", len(sinkB35), cap(sinkB35))
	for len(sinkB35) < 200 {
		sinkB35 = append(sinkB35, v)
		if cap(sinkB35) != last {
			last = cap(sinkB35)
			fmt.Printf("len2 35 %d->%d\n", len(sinkB35), cap(sinkB35))
		}
	}
	sinkB35 = make([]B35, 5)
	last = cap(sinkB35)
	fmt.Printf("len5 35 %d->%d\n", len(sinkB35), cap(sinkB35))
	for len(sinkB35) < 200 {
		sinkB35 = append(sinkB35, v)
		if cap(sinkB35) != last {
			last = cap(sinkB35)
			fmt.Printf("len5 35 %d->%d\n", len(sinkB35), cap(sinkB35))
		}
	}
	sinkB35 = []B35{v, v, v}
	last = cap(sinkB35)
	fmt.Printf("lit3 35 %d->%d\n", len(sinkB35), cap(sinkB35))
	for len(sinkB35) < 200 {
		sinkB35 = append(sinkB35, v)
		if cap(sinkB35) != last {
			last = cap(sinkB35)
			fmt.Printf("lit3 35 %d->%d\n", len(sinkB35), cap(sinkB35))
		}
	}
}

func probeB36() {
	var v B36
	var last int
	sinkB36 = nil
	last = cap(sinkB36)
	fmt.Printf("nil 36 %d->%d\n", len(sinkB36), cap(sinkB36))
	for len(sinkB36) < 200 {
		sinkB36 = append(sinkB36, v)
		if cap(sinkB36) != last {
			last = cap(sinkB36)
			fmt.Printf("nil 36 %d->%d\n", len(sinkB36), cap(sinkB36))
		}
	}
	sinkB36 = make([]B36, 0, 0)
	last = cap(sinkB36)
	fmt.Printf("cap0 36 %d->%d\n", len(sinkB36), cap(sinkB36))
	for len(sinkB36) < 200 {
		sinkB36 = append(sinkB36, v)
		if cap(sinkB36) != last {
			last = cap(sinkB36)
			fmt.Printf("cap0 36 %d->%d\n", len(sinkB36), cap(sinkB36))
		}
	}
	sinkB36 = make([]B36, 0, 1)
	last = cap(sinkB36)
	fmt.Printf("cap1 36 %d->%d\n", len(sinkB36), cap(sinkB36))
	for len(sinkB36) < 200 {
		sinkB36 = append(sinkB36, v)
		if cap(sinkB36) != last {
			last = cap(sinkB36)
			fmt.Printf("cap1 36 %d->%d\n", len(sinkB36), cap(sinkB36))
		}
	}
	sinkB36 = make([]B36, 0, 3)
	last = cap(sinkB36)
	fmt.Printf("cap3 36 %d->%d\n", len(sinkB36), cap(sinkB36))
	for len(sinkB36) < 200 {
		sinkB36 = append(sinkB36, v)
		if cap(sinkB36) != last {
			last = cap(sinkB36)
			fmt.Printf("cap3 36 %d->%d\n", len(sinkB36), cap(sinkB36))
		}
	}
	sinkB36 = make([]B36, 0, 5)
	last = cap(sinkB36)
	fmt.Printf("cap5 36 %d->%d\n", len(sinkB36), cap(sinkB36))
	for len(sinkB36) < 200 {
		sinkB36 = append(sinkB36, v)
		if cap(sinkB36) != last {
			last = cap(sinkB36)
			fmt.Printf("cap5 36 %d->%d\n", len(sinkB36), cap(sinkB36))
		}
	}
	sinkB36 = make([]B36, 0, 8)
	last = cap(sinkB36)
	fmt.Printf("cap8 36 %d->%d\n", len(sinkB36), cap(sinkB36))
	for len(sinkB36) < 200 {
		sinkB36 = append(sinkB36, v)
		if cap(sinkB36) != last {
			last = cap(sinkB36)
			fmt.Printf("cap8 36 %d->%d\n", len(sinkB36), cap(sinkB36))
		}
	}
	sinkB36 = make([]B36, 0, 17)
	last = cap(sinkB36)
	fmt.Printf("cap17 36 %d->%d\n", len(sinkB36), cap(sinkB36))
	for len(sinkB36) < 200 {
		sinkB36 = append(sinkB36, v)
		if cap(sinkB36) != last {
			last = cap(sinkB36)
			fmt.Printf("cap17 36 %d->%d\n", len(sinkB36), cap(sinkB36))
		}
	}
	sinkB36 = make([]B36, 1)
	last = cap(sinkB36)
	fmt.Printf("len1 36 %d->%d\n", len(sinkB36), cap(sinkB36))
	for len(sinkB36) < 200 {
		sinkB36 = append(sinkB36, v)
		if cap(sinkB36) != last {
			last = cap(sinkB36)
			fmt.Printf("len1 36 %d->%d\n", len(sinkB36), cap(sinkB36))
		}
	}
	sinkB36 = make([]B36, 2)
	last = cap(sinkB36)
	fmt.Printf("len2 36 %d->%d\n", len(sinkB36), cap(sinkB36))
	for len(sinkB36) < 200 {
		sinkB36 = append(sinkB36, v)
		if cap(sinkB36) != last {
			last = cap(sinkB36)
			fmt.Printf("len2 36 %d->%d\n", len(sinkB36), cap(sinkB36))
		}
	}
	sinkB36 = make([]B36, 5)
	last = cap(sinkB36)
	fmt.Printf("len5 36 %d->%d\n", len(sinkB36), cap(sinkB36))
	for len(sinkB36) < 200 {
		sinkB36 = append(sinkB36, v)
		if cap(sinkB36) != last {
			last = cap(sinkB36)
			fmt.Printf("len5 36 %d->%d\n", len(sinkB36), cap(sinkB36))
		}
	}
	sinkB36 = []B36{v, v, v}
	last = cap(sinkB36)
	fmt.Printf("lit3 36 %d->%d\n", len(sinkB36), cap(sinkB36))
	for len(sinkB36) < 200 {
		sinkB36 = append(sinkB36, v)
		if cap(sinkB36) != last {
			last = cap(sinkB36)
			fmt.Printf("lit3 36 %d->%d\n", len(sinkB36), cap(sinkB36))
		}
	}
}

func probeB37() {
	var v B37
	var last int
	sinkB37 = nil
	last = cap(sinkB37)
	fmt.Printf("nil 37 %d->%d\n", len(sinkB37), cap(sinkB37))
	for len(sinkB37) < 200 {
		sinkB37 = append(sinkB37, v)
		if cap(sinkB37) != last {
			last = cap(sinkB37)
			fmt.Printf("nil 37 %d->%d\n", len(sinkB37), cap(sinkB37))
		}
	}
	sinkB37 = make([]B37, 0, 0)
	last = cap(sinkB37)
	fmt.Printf("cap0 37 %d->%d\n", len(sinkB37), cap(sinkB37))
	for len(sinkB37) < 200 {
		sinkB37 = append(sinkB37, v)
		if cap(sinkB37) != last {
			last = cap(sinkB37)
			fmt.Printf("cap0 37 %d->%d\n", len(sinkB37), cap(sinkB37))
		}
	}
	sinkB37 = make([]B37, 0, 1)
	last = cap(sinkB37)
	fmt.Printf("cap1 37 %d->%d\n", len(sinkB37), cap(sinkB37))
	for len(sinkB37) < 200 {
		sinkB37 = append(sinkB37, v)
		if cap(sinkB37) != last {
			last = cap(sinkB37)
			fmt.Printf("cap1 37 %d->%d\n", len(sinkB37), cap(sinkB37))
		}
	}
	sinkB37 = make([]B37, 0, 3)
	last = cap(sinkB37)
	fmt.Printf("cap3 37 %d->%d\n", len(sinkB37), cap(sinkB37))
	for len(sinkB37) < 200 {
		sinkB37 = append(sinkB37, v)
		if cap(sinkB37) != last {
			last = cap(sinkB37)
			fmt.Printf("cap3 37 %d->%d\n", len(sinkB37), cap(sinkB37))
		}
	}
	sinkB37 = make([]B37, 0, 5)
	last = cap(sinkB37)
	fmt.Printf("cap5 37 %d->%d\n", len(sinkB37), cap(sinkB37))
	for len(sinkB37) < 200 {
		sinkB37 = append(sinkB37, v)
		if cap(sinkB37) != last {
			last = cap(sinkB37)
			fmt.Printf("cap5 37 %d->%d\n", len(sinkB37), cap(sinkB37))
		}
	}
	sinkB37 = make([]B37, 0, 8)
	last = cap(sinkB37)
	fmt.Printf("cap8 37 %d->%d\n", len(sinkB37), cap(sinkB37))
	for len(sinkB37) < 200 {
		sinkB37 = append(sinkB37, v)
		if cap(sinkB37) != last {
			last = cap(sinkB37)
			fmt.Printf("cap8 37 %d->%d\n", len(sinkB37), cap(sinkB37))
		}
	}
	sinkB37 = make([]B37, 0, 17)
	last = cap(sinkB37)
	fmt.Printf("cap17 37 %d->%d\n", len(sinkB37), cap(sinkB37))
	for len(sinkB37) < 200 {
		sinkB37 = append(sinkB37, v)
		if cap(sinkB37) != last {
			last = cap(sinkB37)
			fmt.Printf("cap17 37 %d->%d\n", len(sinkB37), cap(sinkB37))
		}
	}
	sinkB37 = make([]B37, 1)
	last = cap(sinkB37)
	fmt.Printf("len1 37 %d->%d\n", len(sinkB37), cap(sinkB37))
	for len(sinkB37) < 200 {
		sinkB37 = append(sinkB37, v)
		if cap(sinkB37) != last {
			last = cap(sinkB37)
			fmt.Printf("len1 37 %d->%d\n", len(sinkB37), cap(sinkB37))
		}
	}
	sinkB37 = make([]B37, 2)
	last = cap(sinkB37)
	fmt.Printf("len2 37 %d->%d\n", len(sinkB37), cap(sinkB37))
	for len(sinkB37) < 200 {
		sinkB37 = append(sinkB37, v)
		if cap(sinkB37) != last {
			last = cap(sinkB37)
			fmt.Printf("len2 37 %d->%d\n", len(sinkB37), cap(sinkB37))
		}
	}
	sinkB37 = make([]B37, 5)
	last = cap(sinkB37)
	fmt.Printf("len5 37 %d->%d\n", len(sinkB37), cap(sinkB37))
	for len(sinkB37) < 200 {
		sinkB37 = append(sinkB37, v)
		if cap(sinkB37) != last {
			last = cap(sinkB37)
			fmt.Printf("len5 37 %d->%d\n", len(sinkB37), cap(sinkB37))
		}
	}
	sinkB37 = []B37{v, v, v}
	last = cap(sinkB37)
	fmt.Printf("lit3 37 %d->%d\n", len(sinkB37), cap(sinkB37))
	for len(sinkB37) < 200 {
		sinkB37 = append(sinkB37, v)
		if cap(sinkB37) != last {
			last = cap(sinkB37)
			fmt.Printf("lit3 37 %d->%d\n", len(sinkB37), cap(sinkB37))
		}
	}
}

func probeB38() {
	var v B38
	var last int
	sinkB38 = nil
	last = cap(sinkB38)
	fmt.Printf("nil 38 %d->%d\n", len(sinkB38), cap(sinkB38))
	for len(sinkB38) < 200 {
		sinkB38 = append(sinkB38, v)
		if cap(sinkB38) != last {
			last = cap(sinkB38)
			fmt.Printf("nil 38 %d->%d\n", len(sinkB38), cap(sinkB38))
		}
	}
	sinkB38 = make([]B38, 0, 0)
	last = cap(sinkB38)
	fmt.Printf("cap0 38 %d->%d\n", len(sinkB38), cap(sinkB38))
	for len(sinkB38) < 200 {
		sinkB38 = append(sinkB38, v)
		if cap(sinkB38) != last {
			last = cap(sinkB38)
			fmt.Printf("cap0 38 %d->%d\n", len(sinkB38), cap(sinkB38))
		}
	}
	sinkB38 = make([]B38, 0, 1)
	last = cap(sinkB38)
	fmt.Printf("cap1 38 %d->%d\n", len(sinkB38), cap(sinkB38))
	for len(sinkB38) < 200 {
		sinkB38 = append(sinkB38, v)
		if cap(sinkB38) != last {
			last = cap(sinkB38)
			fmt.Printf("cap1 38 %d->%d\n", len(sinkB38), cap(sinkB38))
		}
	}
	sinkB38 = make([]B38, 0, 3)
	last = cap(sinkB38)
	fmt.Printf("cap3 38 %d->%d\n", len(sinkB38), cap(sinkB38))
	for len(sinkB38) < 200 {
		sinkB38 = append(sinkB38, v)
		if cap(sinkB38) != last {
			last = cap(sinkB38)
			fmt.Printf("cap3 38 %d->%d\n", len(sinkB38), cap(sinkB38))
		}
	}
	sinkB38 = make([]B38, 0, 5)
	last = cap(sinkB38)
	fmt.Printf("cap5 38 %d->%d\n", len(sinkB38), cap(sinkB38))
	for len(sinkB38) < 200 {
		sinkB38 = append(sinkB38, v)
		if cap(sinkB38) != last {
			last = cap(sinkB38)
			fmt.Printf("cap5 38 %d->%d\n", len(sinkB38), cap(sinkB38))
		}
	}
	sinkB38 = make([]B38, 0, 8)
	last = cap(sinkB38)
	fmt.Printf("cap8 38 %d->%d\n", len(sinkB38), cap(sinkB38))
	for len(sinkB38) < 200 {
		sinkB38 = append(sinkB38, v)
		if cap(sinkB38) != last {
			last = cap(sinkB38)
			fmt.Printf("cap8 38 %d->%d\n", len(sinkB38), cap(sinkB38))
		}
	}
	sinkB38 = make([]B38, 0, 17)
	last = cap(sinkB38)
	fmt.Printf("cap17 38 %d->%d\n", len(sinkB38), cap(sinkB38))
	for len(sinkB38) < 200 {
		sinkB38 = append(sinkB38, v)
		if cap(sinkB38) != last {
			last = cap(sinkB38)
			fmt.Printf("cap17 38 %d->%d\n", len(sinkB38), cap(sinkB38))
		}
	}
	sinkB38 = make([]B38, 1)
	last = cap(sinkB38)
	fmt.Printf("len1 38 %d->%d\n", len(sinkB38), cap(sinkB38))
	for len(sinkB38) < 200 {
		sinkB38 = append(sinkB38, v)
		if cap(sinkB38) != last {
			last = cap(sinkB38)
			fmt.Printf("len1 38 %d->%d\n", len(sinkB38), cap(sinkB38))
		}
	}
	sinkB38 = make([]B38, 2)
	last = cap(sinkB38)
	fmt.Printf("len2 38 %d->%d\n", len(sinkB38), cap(sinkB38))
	for len(sinkB38) < 200 {
		sinkB38 = append(sinkB38, v)
		if cap(sinkB38) != last {
			last = cap(sinkB38)
			fmt.Printf("len2 38 %d->%d\n", len(sinkB38), cap(sinkB38))
		}
	}
	sinkB38 = make([]B38, 5)
	last = cap(sinkB38)
	fmt.Printf("len5 38 %d->%d\n", len(sinkB38), cap(sinkB38))
	for len(sinkB38) < 200 {
		sinkB38 = append(sinkB38, v)
		if cap(sinkB38) != last {
			last = cap(sinkB38)
			fmt.Printf("len5 38 %d->%d\n", len(sinkB38), cap(sinkB38))
		}
	}
	sinkB38 = []B38{v, v, v}
	last = cap(sinkB38)
	fmt.Printf("lit3 38 %d->%d\n", len(sinkB38), cap(sinkB38))
	for len(sinkB38) < 200 {
		sinkB38 = append(sinkB38, v)
		if cap(sinkB38) != last {
			last = cap(sinkB38)
			fmt.Printf("lit3 38 %d->%d\n", len(sinkB38), cap(sinkB38))
		}
	}
}

func probeB39() {
	var v B39
	var last int
	sinkB39 = nil
	last = cap(sinkB39)
	fmt.Printf("nil 39 %d->%d\n", len(sinkB39), cap(sinkB39))
	for len(sinkB39) < 200 {
		sinkB39 = append(sinkB39, v)
		if cap(sinkB39) != last {
			last = cap(sinkB39)
			fmt.Printf("nil 39 %d->%d\n", len(sinkB39), cap(sinkB39))
		}
	}
	sinkB39 = make([]B39, 0, 0)
	last = cap(sinkB39)
	fmt.Printf("cap0 39 %d->%d\n", len(sinkB39), cap(sinkB39))
	for len(sinkB39) < 200 {
		sinkB39 = append(sinkB39, v)
		if cap(sinkB39) != last {
			last = cap(sinkB39)
			fmt.Printf("cap0 39 %d->%d\n", len(sinkB39), cap(sinkB39))
		}
	}
	sinkB39 = make([]B39, 0, 1)
	last = cap(sinkB39)
	fmt.Printf("cap1 39 %d->%d\n", len(sinkB39), cap(sinkB39))
	for len(sinkB39) < 200 {
		sinkB39 = append(sinkB39, v)
		if cap(sinkB39) != last {
			last = cap(sinkB39)
			fmt.Printf("cap1 39 %d->%d\n", len(sinkB39), cap(sinkB39))
		}
	}
	sinkB39 = make([]B39, 0, 3)
	last = cap(sinkB39)
	fmt.Printf("cap3 39 %d->%d\n", len(sinkB39), cap(sinkB39))
	for len(sinkB39) < 200 {
		sinkB39 = append(sinkB39, v)
		if cap(sinkB39) != last {
			last = cap(sinkB39)
			fmt.Printf("cap3 39 %d->%d\n", len(sinkB39), cap(sinkB39))
		}
	}
	sinkB39 = make([]B39, 0, 5)
	last = cap(sinkB39)
	fmt.Printf("cap5 39 %d->%d\n", len(sinkB39), cap(sinkB39))
	for len(sinkB39) < 200 {
		sinkB39 = append(sinkB39, v)
		if cap(sinkB39) != last {
			last = cap(sinkB39)
			fmt.Printf("cap5 39 %d->%d\n", len(sinkB39), cap(sinkB39))
		}
	}
	sinkB39 = make([]B39, 0, 8)
	last = cap(sinkB39)
	fmt.Printf("cap8 39 %d->%d\n", len(sinkB39), cap(sinkB39))
	for len(sinkB39) < 200 {
		sinkB39 = append(sinkB39, v)
		if cap(sinkB39) != last {
			last = cap(sinkB39)
			fmt.Printf("cap8 39 %d->%d\n", len(sinkB39), cap(sinkB39))
		}
	}
	sinkB39 = make([]B39, 0, 17)
	last = cap(sinkB39)
	fmt.Printf("cap17 39 %d->%d\n", len(sinkB39), cap(sinkB39))
	for len(sinkB39) < 200 {
		sinkB39 = append(sinkB39, v)
		if cap(sinkB39) != last {
			last = cap(sinkB39)
			fmt.Printf("cap17 39 %d->%d\n", len(sinkB39), cap(sinkB39))
		}
	}
	sinkB39 = make([]B39, 1)
	last = cap(sinkB39)
	fmt.Printf("len1 39 %d->%d\n", len(sinkB39), cap(sinkB39))
	for len(sinkB39) < 200 {
		sinkB39 = append(sinkB39, v)
		if cap(sinkB39) != last {
			last = cap(sinkB39)
			fmt.Printf("len1 39 %d->%d\n", len(sinkB39), cap(sinkB39))
		}
	}
	sinkB39 = make([]B39, 2)
	last = cap(sinkB39)
	fmt.Printf("len2 39 %d->%d\n", len(sinkB39), cap(sinkB39))
	for len(sinkB39) < 200 {
		sinkB39 = append(sinkB39, v)
		if cap(sinkB39) != last {
			last = cap(sinkB39)
			fmt.Printf("len2 39 %d->%d\n", len(sinkB39), cap(sinkB39))
		}
	}
	sinkB39 = make([]B39, 5)
	last = cap(sinkB39)
	fmt.Printf("len5 39 %d->%d\n", len(sinkB39), cap(sinkB39))
	for len(sinkB39) < 200 {
		sinkB39 = append(sinkB39, v)
		if cap(sinkB39) != last {
			last = cap(sinkB39)
			fmt.Printf("len5 39 %d->%d\n", len(sinkB39), cap(sinkB39))
		}
	}
	sinkB39 = []B39{v, v, v}
	last = cap(sinkB39)
	fmt.Printf("lit3 39 %d->%d\n", len(sinkB39), cap(sinkB39))
	for len(sinkB39) < 200 {
		sinkB39 = append(sinkB39, v)
		if cap(sinkB39) != last {
			last = cap(sinkB39)
			fmt.Printf("lit3 39 %d->%d\n", len(sinkB39), cap(sinkB39))
		}
	}
}

func probeB40() {
	var v B40
	var last int
	sinkB40 = nil
	last = cap(sinkB40)
	fmt.Printf("nil 40 %d->%d\n", len(sinkB40), cap(sinkB40))
	for len(sinkB40) < 200 {
		sinkB40 = append(sinkB40, v)
		if cap(sinkB40) != last {
			last = cap(sinkB40)
			fmt.Printf("nil 40 %d->%d\n", len(sinkB40), cap(sinkB40))
		}
	}
	sinkB40 = make([]B40, 0, 0)
	last = cap(sinkB40)
	fmt.Printf("cap0 40 %d->%d\n", len(sinkB40), cap(sinkB40))
	for len(sinkB40) < 200 {
		sinkB40 = append(sinkB40, v)
		if cap(sinkB40) != last {
			last = cap(sinkB40)
			fmt.Printf("cap0 40 %d->%d\n", len(sinkB40), cap(sinkB40))
		}
	}
	sinkB40 = make([]B40, 0, 1)
	last = cap(sinkB40)
	fmt.Printf("cap1 40 %d->%d\n", len(sinkB40), cap(sinkB40))
	for len(sinkB40) < 200 {
		sinkB40 = append(sinkB40, v)
		if cap(sinkB40) != last {
			last = cap(sinkB40)
			fmt.Printf("cap1 40 %d->%d\n", len(sinkB40), cap(sinkB40))
		}
	}
	sinkB40 = make([]B40, 0, 3)
	last = cap(sinkB40)
	fmt.Printf("cap3 40 %d->%d\n", len(sinkB40), cap(sinkB40))
	for len(sinkB40) < 200 {
		sinkB40 = append(sinkB40, v)
		if cap(sinkB40) != last {
			last = cap(sinkB40)
			fmt.Printf("cap3 40 %d->%d\n", len(sinkB40), cap(sinkB40))
		}
	}
	sinkB40 = make([]B40, 0, 5)
	last = cap(sinkB40)
	fmt.Printf("cap5 40 %d->%d\n", len(sinkB40), cap(sinkB40))
	for len(sinkB40) < 200 {
		sinkB40 = append(sinkB40, v)
		if cap(sinkB40) != last {
			last = cap(sinkB40)
			fmt.Printf("cap5 40 %d->%d\n", len(sinkB40), cap(sinkB40))
		}
	}
	sinkB40 = make([]B40, 0, 8)
	last = cap(sinkB40)
	fmt.Printf("cap8 40 %d->%d\n", len(sinkB40), cap(sinkB40))
	for len(sinkB40) < 200 {
		sinkB40 = append(sinkB40, v)
		if cap(sinkB40) != last {
			last = cap(sinkB40)
			fmt.Printf("cap8 40 %d->%d\n", len(sinkB40), cap(sinkB40))
		}
	}
	sinkB40 = make([]B40, 0, 17)
	last = cap(sinkB40)
	fmt.Printf("cap17 40 %d->%d\n", len(sinkB40), cap(sinkB40))
	for len(sinkB40) < 200 {
		sinkB40 = append(sinkB40, v)
		if cap(sinkB40) != last {
			last = cap(sinkB40)
			fmt.Printf("cap17 40 %d->%d\n", len(sinkB40), cap(sinkB40))
		}
	}
	sinkB40 = make([]B40, 1)
	last = cap(sinkB40)
	fmt.Printf("len1 40 %d->%d\n", len(sinkB40), cap(sinkB40))
	for len(sinkB40) < 200 {
		sinkB40 = append(sinkB40, v)
		if cap(sinkB40) != last {
			last = cap(sinkB40)
			fmt.Printf("len1 40 %d->%d\n", len(sinkB40), cap(sinkB40))
		}
	}
	sinkB40 = make([]B40, 2)
	last = cap(sinkB40)
	fmt.Printf("len2 40 %d->%d\n", len(sinkB40), cap(sinkB40))
	for len(sinkB40) < 200 {
		sinkB40 = append(sinkB40, v)
		if cap(sinkB40) != last {
			last = cap(sinkB40)
			fmt.Printf("len2 40 %d->%d\n", len(sinkB40), cap(sinkB40))
		}
	}
	sinkB40 = make([]B40, 5)
	last = cap(sinkB40)
	fmt.Printf("len5 40 %d->%d\n", len(sinkB40), cap(sinkB40))
	for len(sinkB40) < 200 {
		sinkB40 = append(sinkB40, v)
		if cap(sinkB40) != last {
			last = cap(sinkB40)
			fmt.Printf("len5 40 %d->%d\n", len(sinkB40), cap(sinkB40))
		}
	}
	sinkB40 = []B40{v, v, v}
	last = cap(sinkB40)
	fmt.Printf("lit3 40 %d->%d\n", len(sinkB40), cap(sinkB40))
	for len(sinkB40) < 200 {
		sinkB40 = append(sinkB40, v)
		if cap(sinkB40) != last {
			last = cap(sinkB40)
			fmt.Printf("lit3 40 %d->%d\n", len(sinkB40), cap(sinkB40))
		}
	}
}

func probeB41() {
	var v B41
	var last int
	sinkB41 = nil
	last = cap(sinkB41)
	fmt.Printf("nil 41 %d->%d\n", len(sinkB41), cap(sinkB41))
	for len(sinkB41) < 200 {
		sinkB41 = append(sinkB41, v)
		if cap(sinkB41) != last {
			last = cap(sinkB41)
			fmt.Printf("nil 41 %d->%d\n", len(sinkB41), cap(sinkB41))
		}
	}
	sinkB41 = make([]B41, 0, 0)
	last = cap(sinkB41)
	fmt.Printf("cap0 41 %d->%d\n", len(sinkB41), cap(sinkB41))
	for len(sinkB41) < 200 {
		sinkB41 = append(sinkB41, v)
		if cap(sinkB41) != last {
			last = cap(sinkB41)
			fmt.Printf("cap0 41 %d->%d\n", len(sinkB41), cap(sinkB41))
		}
	}
	sinkB41 = make([]B41, 0, 1)
	last = cap(sinkB41)
	fmt.Printf("cap1 41 %d->%d\n", len(sinkB41), cap(sinkB41))
	for len(sinkB41) < 200 {
		sinkB41 = append(sinkB41, v)
		if cap(sinkB41) != last {
			last = cap(sinkB41)
			fmt.Printf("cap1 41 %d->%d\n", len(sinkB41), cap(sinkB41))
		}
	}
	sinkB41 = make([]B41, 0, 3)
	last = cap(sinkB41)
	fmt.Printf("cap3 41 %d->%d\n", len(sinkB41), cap(sinkB41))
	for len(sinkB41) < 200 {
		sinkB41 = append(sinkB41, v)
		if cap(sinkB41) != last {
			last = cap(sinkB41)
			fmt.Printf("cap3 41 %d->%d\n", len(sinkB41), cap(sinkB41))
		}
	}
	sinkB41 = make([]B41, 0, 5)
	last = cap(sinkB41)
	fmt.Printf("cap5 41 %d->%d\n", len(sinkB41), cap(sinkB41))
	for len(sinkB41) < 200 {
		sinkB41 = append(sinkB41, v)
		if cap(sinkB41) != last {
			last = cap(sinkB41)
			fmt.Printf("cap5 41 %d->%d\n", len(sinkB41), cap(sinkB41))
		}
	}
	sinkB41 = make([]B41, 0, 8)
	last = cap(sinkB41)
	fmt.Printf("cap8 41 %d->%d\n", len(sinkB41), cap(sinkB41))
	for len(sinkB41) < 200 {
		sinkB41 = append(sinkB41, v)
		if cap(sinkB41) != last {
			last = cap(sinkB41)
			fmt.Printf("cap8 41 %d->%d\n", len(sinkB41), cap(sinkB41))
		}
	}
	sinkB41 = make([]B41, 0, 17)
	last = cap(sinkB41)
	fmt.Printf("cap17 41 %d->%d\n", len(sinkB41), cap(sinkB41))
	for len(sinkB41) < 200 {
		sinkB41 = append(sinkB41, v)
		if cap(sinkB41) != last {
			last = cap(sinkB41)
			fmt.Printf("cap17 41 %d->%d\n", len(sinkB41), cap(sinkB41))
		}
	}
	sinkB41 = make([]B41, 1)
	last = cap(sinkB41)
	fmt.Printf("len1 41 %d->%d\n", len(sinkB41), cap(sinkB41))
	for len(sinkB41) < 200 {
		sinkB41 = append(sinkB41, v)
		if cap(sinkB41) != last {
			last = cap(sinkB41)
			fmt.Printf("len1 41 %d->%d\n", len(sinkB41), cap(sinkB41))
		}
	}
	sinkB41 = make([]B41, 2)
	last = cap(sinkB41)
	fmt.Printf("len2 41 %d->%d\n", len(sinkB41), cap(sinkB41))
	for len(sinkB41) < 200 {
		sinkB41 = append(sinkB41, v)
		if cap(sinkB41) != last {
			last = cap(sinkB41)
			fmt.Printf("len2 41 %d->%d\n", len(sinkB41), cap(sinkB41))
		}
	}
	sinkB41 = make([]B41, 5)
	last = cap(sinkB41)
	fmt.Printf("len5 41 %d->%d\n", len(sinkB41), cap(sinkB41))
	for len(sinkB41) < 200 {
		sinkB41 = append(sinkB41, v)
		if cap(sinkB41) != last {
			last = cap(sinkB41)
			fmt.Printf("len5 41 %d->%d\n", len(sinkB41), cap(sinkB41))
		}
	}
	sinkB41 = []B41{v, v, v}
	last = cap(sinkB41)
	fmt.Printf("lit3 41 %d->%d\n", len(sinkB41), cap(sinkB41))
	for len(sinkB41) < 200 {
		sinkB41 = append(sinkB41, v)
		if cap(sinkB41) != last {
			last = cap(sinkB41)
			fmt.Printf("lit3 41 %d->%d\n", len(sinkB41), cap(sinkB41))
		}
	}
}

func probeB42() {
	var v B42
	var last int
	sinkB42 = nil
	last = cap(sinkB42)
	fmt.Printf("nil 42 %d->%d\n", len(sinkB42), cap(sinkB42))
	for len(sinkB42) < 200 {
		sinkB42 = append(sinkB42, v)
		if cap(sinkB42) != last {
			last = cap(sinkB42)
			fmt.Printf("nil 42 %d->%d\n", len(sinkB42), cap(sinkB42))
		}
	}
	sinkB42 = make([]B42, 0, 0)
	last = cap(sinkB42)
	fmt.Printf("cap0 42 %d->%d\n", len(sinkB42), cap(sinkB42))
	for len(sinkB42) < 200 {
		sinkB42 = append(sinkB42, v)
		if cap(sinkB42) != last {
			last = cap(sinkB42)
			fmt.Printf("cap0 42 %d->%d\n", len(sinkB42), cap(sinkB42))
		}
	}
	sinkB42 = make([]B42, 0, 1)
	last = cap(sinkB42)
	fmt.Printf("cap1 42 %d->%d\n", len(sinkB42), cap(sinkB42))
	for len(sinkB42) < 200 {
		sinkB42 = append(sinkB42, v)
		if cap(sinkB42) != last {
			last = cap(sinkB42)
			fmt.Printf("cap1 42 %d->%d\n", len(sinkB42), cap(sinkB42))
		}
	}
	sinkB42 = make([]B42, 0, 3)
	last = cap(sinkB42)
	fmt.Printf("cap3 42 %d->%d\n", len(sinkB42), cap(sinkB42))
	for len(sinkB42) < 200 {
		sinkB42 = append(sinkB42, v)
		if cap(sinkB42) != last {
			last = cap(sinkB42)
			fmt.Printf("cap3 42 %d->%d\n", len(sinkB42), cap(sinkB42))
		}
	}
	sinkB42 = make([]B42, 0, 5)
	last = cap(sinkB42)
	fmt.Printf("cap5 42 %d->%d\n", len(sinkB42), cap(sinkB42))
	for len(sinkB42) < 200 {
		sinkB42 = append(sinkB42, v)
		if cap(sinkB42) != last {
			last = cap(sinkB42)
			fmt.Printf("cap5 42 %d->%d\n", len(sinkB42), cap(sinkB42))
		}
	}
	sinkB42 = make([]B42, 0, 8)
	last = cap(sinkB42)
	fmt.Printf("cap8 42 %d->%d\n", len(sinkB42), cap(sinkB42))
	for len(sinkB42) < 200 {
		sinkB42 = append(sinkB42, v)
		if cap(sinkB42) != last {
			last = cap(sinkB42)
			fmt.Printf("cap8 42 %d->%d\n", len(sinkB42), cap(sinkB42))
		}
	}
	sinkB42 = make([]B42, 0, 17)
	last = cap(sinkB42)
	fmt.Printf("cap17 42 %d->%d\n", len(sinkB42), cap(sinkB42))
	for len(sinkB42) < 200 {
		sinkB42 = append(sinkB42, v)
		if cap(sinkB42) != last {
			last = cap(sinkB42)
			fmt.Printf("cap17 42 %d->%d\n", len(sinkB42), cap(sinkB42))
		}
	}
	sinkB42 = make([]B42, 1)
	last = cap(sinkB42)
	fmt.Printf("len1 42 %d->%d\n", len(sinkB42), cap(sinkB42))
	for len(sinkB42) < 200 {
		sinkB42 = append(sinkB42, v)
		if cap(sinkB42) != last {
			last = cap(sinkB42)
			fmt.Printf("len1 42 %d->%d\n", len(sinkB42), cap(sinkB42))
		}
	}
	sinkB42 = make([]B42, 2)
	last = cap(sinkB42)
	fmt.Printf("len2 42 %d->%d\n", len(sinkB42), cap(sinkB42))
	for len(sinkB42) < 200 {
		sinkB42 = append(sinkB42, v)
		if cap(sinkB42) != last {
			last = cap(sinkB42)
			fmt.Printf("len2 42 %d->%d\n", len(sinkB42), cap(sinkB42))
		}
	}
	sinkB42 = make([]B42, 5)
	last = cap(sinkB42)
	fmt.Printf("len5 42 %d->%d\n", len(sinkB42), cap(sinkB42))
	for len(sinkB42) < 200 {
		sinkB42 = append(sinkB42, v)
		if cap(sinkB42) != last {
			last = cap(sinkB42)
			fmt.Printf("len5 42 %d->%d\n", len(sinkB42), cap(sinkB42))
		}
	}
	sinkB42 = []B42{v, v, v}
	last = cap(sinkB42)
	fmt.Printf("lit3 42 %d->%d\n", len(sinkB42), cap(sinkB42))
	for len(sinkB42) < 200 {
		sinkB42 = append(sinkB42, v)
		if cap(sinkB42) != last {
			last = cap(sinkB42)
			fmt.Printf("lit3 42 %d->%d\n", len(sinkB42), cap(sinkB42))
		}
	}
}

func probeB43() {
	var v B43
	var last int
	sinkB43 = nil
	last = cap(sinkB43)
	fmt.Printf("nil 43 %d->%d\n", len(sinkB43), cap(sinkB43))
	for len(sinkB43) < 200 {
		sinkB43 = append(sinkB43, v)
		if cap(sinkB43) != last {
			last = cap(sinkB43)
			fmt.Printf("nil 43 %d->%d\n", len(sinkB43), cap(sinkB43))
		}
	}
	sinkB43 = make([]B43, 0, 0)
	last = cap(sinkB43)
	fmt.Printf("cap0 43 %d->%d\n", len(sinkB43), cap(sinkB43))
	for len(sinkB43) < 200 {
		sinkB43 = append(sinkB43, v)
		if cap(sinkB43) != last {
			last = cap(sinkB43)
			fmt.Printf("cap0 43 %d->%d\n", len(sinkB43), cap(sinkB43))
		}
	}
	sinkB43 = make([]B43, 0, 1)
	last = cap(sinkB43)
	fmt.Printf("cap1 43 %d->%d\n", len(sinkB43), cap(sinkB43))
	for len(sinkB43) < 200 {
		sinkB43 = append(sinkB43, v)
		if cap(sinkB43) != last {
			last = cap(sinkB43)
			fmt.Printf("cap1 43 %d->%d\n", len(sinkB43), cap(sinkB43))
		}
	}
	sinkB43 = make([]B43, 0, 3)
	last = cap(sinkB43)
	fmt.Printf("cap3 43 %d->%d\n", len(sinkB43), cap(sinkB43))
	for len(sinkB43) < 200 {
		sinkB43 = append(sinkB43, v)
		if cap(sinkB43) != last {
			last = cap(sinkB43)
			fmt.Printf("cap3 43 %d->%d\n", len(sinkB43), cap(sinkB43))
		}
	}
	sinkB43 = make([]B43, 0, 5)
	last = cap(sinkB43)
	fmt.Printf("cap5 43 %d->%d\n", len(sinkB43), cap(sinkB43))
	for len(sinkB43) < 200 {
		sinkB43 = append(sinkB43, v)
		if cap(sinkB43) != last {
			last = cap(sinkB43)
			fmt.Printf("cap5 43 %d->%d\n", len(sinkB43), cap(sinkB43))
		}
	}
	sinkB43 = make([]B43, 0, 8)
	last = cap(sinkB43)
	fmt.Printf("cap8 43 %d->%d\n", len(sinkB43), cap(sinkB43))
	for len(sinkB43) < 200 {
		sinkB43 = append(sinkB43, v)
		if cap(sinkB43) != last {
			last = cap(sinkB43)
			fmt.Printf("cap8 43 %d->%d\n", len(sinkB43), cap(sinkB43))
		}
	}
	sinkB43 = make([]B43, 0, 17)
	last = cap(sinkB43)
	fmt.Printf("cap17 43 %d->%d\n", len(sinkB43), cap(sinkB43))
	for len(sinkB43) < 200 {
		sinkB43 = append(sinkB43, v)
		if cap(sinkB43) != last {
			last = cap(sinkB43)
			fmt.Printf("cap17 43 %d->%d\n", len(sinkB43), cap(sinkB43))
		}
	}
	sinkB43 = make([]B43, 1)
	last = cap(sinkB43)
	fmt.Printf("len1 43 %d->%d\n", len(sinkB43), cap(sinkB43))
	for len(sinkB43) < 200 {
		sinkB43 = append(sinkB43, v)
		if cap(sinkB43) != last {
			last = cap(sinkB43)
			fmt.Printf("len1 43 %d->%d\n", len(sinkB43), cap(sinkB43))
		}
	}
	sinkB43 = make([]B43, 2)
	last = cap(sinkB43)
	fmt.Printf("len2 43 %d->%d\n", len(sinkB43), cap(sinkB43))
	for len(sinkB43) < 200 {
		sinkB43 = append(sinkB43, v)
		if cap(sinkB43) != last {
			last = cap(sinkB43)
			fmt.Printf("len2 43 %d->%d\n", len(sinkB43), cap(sinkB43))
		}
	}
	sinkB43 = make([]B43, 5)
	last = cap(sinkB43)
	fmt.Printf("len5 43 %d->%d\n", len(sinkB43), cap(sinkB43))
	for len(sinkB43) < 200 {
		sinkB43 = append(sinkB43, v)
		if cap(sinkB43) != last {
			last = cap(sinkB43)
			fmt.Printf("len5 43 %d->%d\n", len(sinkB43), cap(sinkB43))
		}
	}
	sinkB43 = []B43{v, v, v}
	last = cap(sinkB43)
	fmt.Printf("lit3 43 %d->%d\n", len(sinkB43), cap(sinkB43))
	for len(sinkB43) < 200 {
		sinkB43 = append(sinkB43, v)
		if cap(sinkB43) != last {
			last = cap(sinkB43)
			fmt.Printf("lit3 43 %d->%d\n", len(sinkB43), cap(sinkB43))
		}
	}
}

func probeB44() {
	var v B44
	var last int
	sinkB44 = nil
	last = cap(sinkB44)
	fmt.Printf("nil 44 %d->%d\n", len(sinkB44), cap(sinkB44))
	for len(sinkB44) < 200 {
		sinkB44 = append(sinkB44, v)
		if cap(sinkB44) != last {
			last = cap(sinkB44)
			fmt.Printf("nil 44 %d->%d\n", len(sinkB44), cap(sinkB44))
		}
	}
	sinkB44 = make([]B44, 0, 0)
	last = cap(sinkB44)
	fmt.Printf("cap0 44 %d->%d\n", len(sinkB44), cap(sinkB44))
	for len(sinkB44) < 200 {
		sinkB44 = append(sinkB44, v)
		if cap(sinkB44) != last {
			last = cap(sinkB44)
			fmt.Printf("cap0 44 %d->%d\n", len(sinkB44), cap(sinkB44))
		}
	}
	sinkB44 = make([]B44, 0, 1)
	last = cap(sinkB44)
	fmt.Printf("cap1 44 %d->%d\n", len(sinkB44), cap(sinkB44))
	for len(sinkB44) < 200 {
		sinkB44 = append(sinkB44, v)
		if cap(sinkB44) != last {
			last = cap(sinkB44)
			fmt.Printf("cap1 44 %d->%d\n", len(sinkB44), cap(sinkB44))
		}
	}
	sinkB44 = make([]B44, 0, 3)
	last = cap(sinkB44)
	fmt.Printf("cap3 44 %d->%d\n", len(sinkB44), cap(sinkB44))
	for len(sinkB44) < 200 {
		sinkB44 = append(sinkB44, v)
		if cap(sinkB44) != last {
			last = cap(sinkB44)
			fmt.Printf("cap3 44 %d->%d\n", len(sinkB44), cap(sinkB44))
		}
	}
	sinkB44 = make([]B44, 0, 5)
	last = cap(sinkB44)
	fmt.Printf("cap5 44 %d->%d\n", len(sinkB44), cap(sinkB44))
	for len(sinkB44) < 200 {
		sinkB44 = append(sinkB44, v)
		if cap(sinkB44) != last {
			last = cap(sinkB44)
			fmt.Printf("cap5 44 %d->%d\n", len(sinkB44), cap(sinkB44))
		}
	}
	sinkB44 = make([]B44, 0, 8)
	last = cap(sinkB44)
	fmt.Printf("cap8 44 %d->%d\n", len(sinkB44), cap(sinkB44))
	for len(sinkB44) < 200 {
		sinkB44 = append(sinkB44, v)
		if cap(sinkB44) != last {
			last = cap(sinkB44)
			fmt.Printf("cap8 44 %d->%d\n", len(sinkB44), cap(sinkB44))
		}
	}
	sinkB44 = make([]B44, 0, 17)
	last = cap(sinkB44)
	fmt.Printf("cap17 44 %d->%d\n", len(sinkB44), cap(sinkB44))
	for len(sinkB44) < 200 {
		sinkB44 = append(sinkB44, v)
		if cap(sinkB44) != last {
			last = cap(sinkB44)
			fmt.Printf("cap17 44 %d->%d\n", len(sinkB44), cap(sinkB44))
		}
	}
	sinkB44 = make([]B44, 1)
	last = cap(sinkB44)
	fmt.Printf("len1 44 %d->%d\n", len(sinkB44), cap(sinkB44))
	for len(sinkB44) < 200 {
		sinkB44 = append(sinkB44, v)
		if cap(sinkB44) != last {
			last = cap(sinkB44)
			fmt.Printf("len1 44 %d->%d\n", len(sinkB44), cap(sinkB44))
		}
	}
	sinkB44 = make([]B44, 2)
	last = cap(sinkB44)
	fmt.Printf("len2 44 %d->%d\n", len(sinkB44), cap(sinkB44))
	for len(sinkB44) < 200 {
		sinkB44 = append(sinkB44, v)
		if cap(sinkB44) != last {
			last = cap(sinkB44)
			fmt.Printf("len2 44 %d->%d\n", len(sinkB44), cap(sinkB44))
		}
	}
	sinkB44 = make([]B44, 5)
	last = cap(sinkB44)
	fmt.Printf("len5 44 %d->%d\n", len(sinkB44), cap(sinkB44))
	for len(sinkB44) < 200 {
		sinkB44 = append(sinkB44, v)
		if cap(sinkB44) != last {
			last = cap(sinkB44)
			fmt.Printf("len5 44 %d->%d\n", len(sinkB44), cap(sinkB44))
		}
	}
	sinkB44 = []B44{v, v, v}
	last = cap(sinkB44)
	fmt.Printf("lit3 44 %d->%d\n", len(sinkB44), cap(sinkB44))
	for len(sinkB44) < 200 {
		sinkB44 = append(sinkB44, v)
		if cap(sinkB44) != last {
			last = cap(sinkB44)
			fmt.Printf("lit3 44 %d->%d\n", len(sinkB44), cap(sinkB44))
		}
	}
}

func probeB45() {
	var v B45
	var last int
	sinkB45 = nil
	last = cap(sinkB45)
	fmt.Printf("nil 45 %d->%d\n", len(sinkB45), cap(sinkB45))
	for len(sinkB45) < 200 {
		sinkB45 = append(sinkB45, v)
		if cap(sinkB45) != last {
			last = cap(sinkB45)
			fmt.Printf("nil 45 %d->%d\n", len(sinkB45), cap(sinkB45))
		}
	}
	sinkB45 = make([]B45, 0, 0)
	last = cap(sinkB45)
	fmt.Printf("cap0 45 %d->%d\n", len(sinkB45), cap(sinkB45))
	for len(sinkB45) < 200 {
		sinkB45 = append(sinkB45, v)
		if cap(sinkB45) != last {
			last = cap(sinkB45)
			fmt.Printf("cap0 45 %d->%d\n", len(sinkB45), cap(sinkB45))
		}
	}
	sinkB45 = make([]B45, 0, 1)
	last = cap(sinkB45)
	fmt.Printf("cap1 45 %d->%d\n", len(sinkB45), cap(sinkB45))
	for len(sinkB45) < 200 {
		sinkB45 = append(sinkB45, v)
		if cap(sinkB45) != last {
			last = cap(sinkB45)
			fmt.Printf("cap1 45 %d->%d\n", len(sinkB45), cap(sinkB45))
		}
	}
	sinkB45 = make([]B45, 0, 3)
	last = cap(sinkB45)
	fmt.Printf("cap3 45 %d->%d\n", len(sinkB45), cap(sinkB45))
	for len(sinkB45) < 200 {
		sinkB45 = append(sinkB45, v)
		if cap(sinkB45) != last {
			last = cap(sinkB45)
			fmt.Printf("cap3 45 %d->%d\n", len(sinkB45), cap(sinkB45))
		}
	}
	sinkB45 = make([]B45, 0, 5)
	last = cap(sinkB45)
	fmt.Printf("cap5 45 %d->%d\n", len(sinkB45), cap(sinkB45))
	for len(sinkB45) < 200 {
		sinkB45 = append(sinkB45, v)
		if cap(sinkB45) != last {
			last = cap(sinkB45)
			fmt.Printf("cap5 45 %d->%d\n", len(sinkB45), cap(sinkB45))
		}
	}
	sinkB45 = make([]B45, 0, 8)
	last = cap(sinkB45)
	fmt.Printf("cap8 45 %d->%d\n", len(sinkB45), cap(sinkB45))
	for len(sinkB45) < 200 {
		sinkB45 = append(sinkB45, v)
		if cap(sinkB45) != last {
			last = cap(sinkB45)
			fmt.Printf("cap8 45 %d->%d\n", len(sinkB45), cap(sinkB45))
		}
	}
	sinkB45 = make([]B45, 0, 17)
	last = cap(sinkB45)
	fmt.Printf("cap17 45 %d->%d\n", len(sinkB45), cap(sinkB45))
	for len(sinkB45) < 200 {
		sinkB45 = append(sinkB45, v)
		if cap(sinkB45) != last {
			last = cap(sinkB45)
			fmt.Printf("cap17 45 %d->%d\n", len(sinkB45), cap(sinkB45))
		}
	}
	sinkB45 = make([]B45, 1)
	last = cap(sinkB45)
	fmt.Printf("len1 45 %d->%d\n", len(sinkB45), cap(sinkB45))
	for len(sinkB45) < 200 {
		sinkB45 = append(sinkB45, v)
		if cap(sinkB45) != last {
			last = cap(sinkB45)
			fmt.Printf("len1 45 %d->%d\n", len(sinkB45), cap(sinkB45))
		}
	}
	sinkB45 = make([]B45, 2)
	last = cap(sinkB45)
	fmt.Printf("len2 45 %d->%d\n", len(sinkB45), cap(sinkB45))
	for len(sinkB45) < 200 {
		sinkB45 = append(sinkB45, v)
		if cap(sinkB45) != last {
			last = cap(sinkB45)
			fmt.Printf("len2 45 %d->%d\n", len(sinkB45), cap(sinkB45))
		}
	}
	sinkB45 = make([]B45, 5)
	last = cap(sinkB45)
	fmt.Printf("len5 45 %d->%d\n", len(sinkB45), cap(sinkB45))
	for len(sinkB45) < 200 {
		sinkB45 = append(sinkB45, v)
		if cap(sinkB45) != last {
			last = cap(sinkB45)
			fmt.Printf("len5 45 %d->%d\n", len(sinkB45), cap(sinkB45))
		}
	}
	sinkB45 = []B45{v, v, v}
	last = cap(sinkB45)
	fmt.Printf("lit3 45 %d->%d\n", len(sinkB45), cap(sinkB45))
	for len(sinkB45) < 200 {
		sinkB45 = append(sinkB45, v)
		if cap(sinkB45) != last {
			last = cap(sinkB45)
			fmt.Printf("lit3 45 %d->%d\n", len(sinkB45), cap(sinkB45))
		}
	}
}

func probeB46() {
	var v B46
	var last int
	sinkB46 = nil
	last = cap(sinkB46)
	fmt.Printf("nil 46 %d->%d\n", len(sinkB46), cap(sinkB46))
	for len(sinkB46) < 200 {
		sinkB46 = append(sinkB46, v)
		if cap(sinkB46) != last {
			last = cap(sinkB46)
			fmt.Printf("nil 46 %d->%d\n", len(sinkB46), cap(sinkB46))
		}
	}
	sinkB46 = make([]B46, 0, 0)
	last = cap(sinkB46)
	fmt.Printf("cap0 46 %d->%d\n", len(sinkB46), cap(sinkB46))
	for len(sinkB46) < 200 {
		sinkB46 = append(sinkB46, v)
		if cap(sinkB46) != last {
			last = cap(sinkB46)
			fmt.Printf("cap0 46 %d->%d\n", len(sinkB46), cap(sinkB46))
		}
	}
	sinkB46 = make([]B46, 0, 1)
	last = cap(sinkB46)
	fmt.Printf("cap1 46 %d->%d\n", len(sinkB46), cap(sinkB46))
	for len(sinkB46) < 200 {
		sinkB46 = append(sinkB46, v)
		if cap(sinkB46) != last {
			last = cap(sinkB46)
			fmt.Printf("cap1 46 %d->%d\n", len(sinkB46), cap(sinkB46))
		}
	}
	sinkB46 = make([]B46, 0, 3)
	last = cap(sinkB46)
	fmt.Printf("cap3 46 %d->%d\n", len(sinkB46), cap(sinkB46))
	for len(sinkB46) < 200 {
		sinkB46 = append(sinkB46, v)
		if cap(sinkB46) != last {
			last = cap(sinkB46)
			fmt.Printf("cap3 46 %d->%d\n", len(sinkB46), cap(sinkB46))
		}
	}
	sinkB46 = make([]B46, 0, 5)
	last = cap(sinkB46)
	fmt.Printf("cap5 46 %d->%d\n", len(sinkB46), cap(sinkB46))
	for len(sinkB46) < 200 {
		sinkB46 = append(sinkB46, v)
		if cap(sinkB46) != last {
			last = cap(sinkB46)
			fmt.Printf("cap5 46 %d->%d\n", len(sinkB46), cap(sinkB46))
		}
	}
	sinkB46 = make([]B46, 0, 8)
	last = cap(sinkB46)
	fmt.Printf("cap8 46 %d->%d\n", len(sinkB46), cap(sinkB46))
	for len(sinkB46) < 200 {
		sinkB46 = append(sinkB46, v)
		if cap(sinkB46) != last {
			last = cap(sinkB46)
			fmt.Printf("cap8 46 %d->%d\n", len(sinkB46), cap(sinkB46))
		}
	}
	sinkB46 = make([]B46, 0, 17)
	last = cap(sinkB46)
	fmt.Printf("cap17 46 %d->%d\n", len(sinkB46), cap(sinkB46))
	for len(sinkB46) < 200 {
		sinkB46 = append(sinkB46, v)
		if cap(sinkB46) != last {
			last = cap(sinkB46)
			fmt.Printf("cap17 46 %d->%d\n", len(sinkB46), cap(sinkB46))
		}
	}
	sinkB46 = make([]B46, 1)
	last = cap(sinkB46)
	fmt.Printf("len1 46 %d->%d\n", len(sinkB46), cap(sinkB46))
	for len(sinkB46) < 200 {
		sinkB46 = append(sinkB46, v)
		if cap(sinkB46) != last {
			last = cap(sinkB46)
			fmt.Printf("len1 46 %d->%d\n", len(sinkB46), cap(sinkB46))
		}
	}
	sinkB46 = make([]B46, 2)
	last = cap(sinkB46)
	fmt.Printf("len2 46 %d->%d\n", len(sinkB46), cap(sinkB46))
	for len(sinkB46) < 200 {
		sinkB46 = append(sinkB46, v)
		if cap(sinkB46) != last {
			last = cap(sinkB46)
			fmt.Printf("len2 46 %d->%d\n", len(sinkB46), cap(sinkB46))
		}
	}
	sinkB46 = make([]B46, 5)
	last = cap(sinkB46)
	fmt.Printf("len5 46 %d->%d\n", len(sinkB46), cap(sinkB46))
	for len(sinkB46) < 200 {
		sinkB46 = append(sinkB46, v)
		if cap(sinkB46) != last {
			last = cap(sinkB46)
			fmt.Printf("len5 46 %d->%d\n", len(sinkB46), cap(sinkB46))
		}
	}
	sinkB46 = []B46{v, v, v}
	last = cap(sinkB46)
	fmt.Printf("lit3 46 %d->%d\n", len(sinkB46), cap(sinkB46))
	for len(sinkB46) < 200 {
		sinkB46 = append(sinkB46, v)
		if cap(sinkB46) != last {
			last = cap(sinkB46)
			fmt.Printf("lit3 46 %d->%d\n", len(sinkB46), cap(sinkB46))
		}
	}
}

func probeB47() {
	var v B47
	var last int
	sinkB47 = nil
	last = cap(sinkB47)
	fmt.Printf("nil 47 %d->%d\n", len(sinkB47), cap(sinkB47))
	for len(sinkB47) < 200 {
		sinkB47 = append(sinkB47, v)
		if cap(sinkB47) != last {
			last = cap(sinkB47)
			fmt.Printf("nil 47 %d->%d\n", len(sinkB47), cap(sinkB47))
		}
	}
	sinkB47 = make([]B47, 0, 0)
	last = cap(sinkB47)
	fmt.Printf("cap0 47 %d->%d\n", len(sinkB47), cap(sinkB47))
	for len(sinkB47) < 200 {
		sinkB47 = append(sinkB47, v)
		if cap(sinkB47) != last {
			last = cap(sinkB47)
			fmt.Printf("cap0 47 %d->%d\n", len(sinkB47), cap(sinkB47))
		}
	}
	sinkB47 = make([]B47, 0, 1)
	last = cap(sinkB47)
	fmt.Printf("cap1 47 %d->%d\n", len(sinkB47), cap(sinkB47))
	for len(sinkB47) < 200 {
		sinkB47 = append(sinkB47, v)
		if cap(sinkB47) != last {
			last = cap(sinkB47)
			fmt.Printf("cap1 47 %d->%d\n", len(sinkB47), cap(sinkB47))
		}
	}
	sinkB47 = make([]B47, 0, 3)
	last = cap(sinkB47)
	fmt.Printf("cap3 47 %d->%d\n", len(sinkB47), cap(sinkB47))
	for len(sinkB47) < 200 {
		sinkB47 = append(sinkB47, v)
		if cap(sinkB47) != last {
			last = cap(sinkB47)
			fmt.Printf("cap3 47 %d->%d\n", len(sinkB47), cap(sinkB47))
		}
	}
	sinkB47 = make([]B47, 0, 5)
	last = cap(sinkB47)
	fmt.Printf("cap5 47 %d->%d\n", len(sinkB47), cap(sinkB47))
	for len(sinkB47) < 200 {
		sinkB47 = append(sinkB47, v)
		if cap(sinkB47) != last {
			last = cap(sinkB47)
			fmt.Printf("cap5 47 %d->%d\n", len(sinkB47), cap(sinkB47))
		}
	}
	sinkB47 = make([]B47, 0, 8)
	last = cap(sinkB47)
	fmt.Printf("cap8 47 %d->%d\n", len(sinkB47), cap(sinkB47))
	for len(sinkB47) < 200 {
		sinkB47 = append(sinkB47, v)
		if cap(sinkB47) != last {
			last = cap(sinkB47)
			fmt.Printf("cap8 47 %d->%d\n", len(sinkB47), cap(sinkB47))
		}
	}
	sinkB47 = make([]B47, 0, 17)
	last = cap(sinkB47)
	fmt.Printf("cap17 47 %d->%d\n", len(sinkB47), cap(sinkB47))
	for len(sinkB47) < 200 {
		sinkB47 = append(sinkB47, v)
		if cap(sinkB47) != last {
			last = cap(sinkB47)
			fmt.Printf("cap17 47 %d->%d\n", len(sinkB47), cap(sinkB47))
		}
	}
	sinkB47 = make([]B47, 1)
	last = cap(sinkB47)
	fmt.Printf("len1 47 %d->%d\n", len(sinkB47), cap(sinkB47))
	for len(sinkB47) < 200 {
		sinkB47 = append(sinkB47, v)
		if cap(sinkB47) != last {
			last = cap(sinkB47)
			fmt.Printf("len1 47 %d->%d\n", len(sinkB47), cap(sinkB47))
		}
	}
	sinkB47 = make([]B47, 2)
	last = cap(sinkB47)
	fmt.Printf("len2 47 %d->%d\n", len(sinkB47), cap(sinkB47))
	for len(sinkB47) < 200 {
		sinkB47 = append(sinkB47, v)
		if cap(sinkB47) != last {
			last = cap(sinkB47)
			fmt.Printf("len2 47 %d->%d\n", len(sinkB47), cap(sinkB47))
		}
	}
	sinkB47 = make([]B47, 5)
	last = cap(sinkB47)
	fmt.Printf("len5 47 %d->%d\n", len(sinkB47), cap(sinkB47))
	for len(sinkB47) < 200 {
		sinkB47 = append(sinkB47, v)
		if cap(sinkB47) != last {
			last = cap(sinkB47)
			fmt.Printf("len5 47 %d->%d\n", len(sinkB47), cap(sinkB47))
		}
	}
	sinkB47 = []B47{v, v, v}
	last = cap(sinkB47)
	fmt.Printf("lit3 47 %d->%d\n", len(sinkB47), cap(sinkB47))
	for len(sinkB47) < 200 {
		sinkB47 = append(sinkB47, v)
		if cap(sinkB47) != last {
			last = cap(sinkB47)
			fmt.Printf("lit3 47 %d->%d\n", len(sinkB47), cap(sinkB47))
		}
	}
}

func probeB48() {
	var v B48
	var last int
	sinkB48 = nil
	last = cap(sinkB48)
	fmt.Printf("nil 48 %d->%d\n", len(sinkB48), cap(sinkB48))
	for len(sinkB48) < 200 {
		sinkB48 = append(sinkB48, v)
		if cap(sinkB48) != last {
			last = cap(sinkB48)
			fmt.Printf("nil 48 %d->%d\n", len(sinkB48), cap(sinkB48))
		}
	}
	sinkB48 = make([]B48, 0, 0)
	last = cap(sinkB48)
	fmt.Printf("cap0 48 %d->%d\n", len(sinkB48), cap(sinkB48))
	for len(sinkB48) < 200 {
		sinkB48 = append(sinkB48, v)
		if cap(sinkB48) != last {
			last = cap(sinkB48)
			fmt.Printf("cap0 48 %d->%d\n", len(sinkB48), cap(sinkB48))
		}
	}
	sinkB48 = make([]B48, 0, 1)
	last = cap(sinkB48)
	fmt.Printf("cap1 48 %d->%d\n", len(sinkB48), cap(sinkB48))
	for len(sinkB48) < 200 {
		sinkB48 = append(sinkB48, v)
		if cap(sinkB48) != last {
			last = cap(sinkB48)
			fmt.Printf("cap1 48 %d->%d\n", len(sinkB48), cap(sinkB48))
		}
	}
	sinkB48 = make([]B48, 0, 3)
	last = cap(sinkB48)
	fmt.Printf("cap3 48 %d->%d\n", len(sinkB48), cap(sinkB48))
	for len(sinkB48) < 200 {
		sinkB48 = append(sinkB48, v)
		if cap(sinkB48) != last {
			last = cap(sinkB48)
			fmt.Printf("cap3 48 %d->%d\n", len(sinkB48), cap(sinkB48))
		}
	}
	sinkB48 = make([]B48, 0, 5)
	last = cap(sinkB48)
	fmt.Printf("cap5 48 %d->%d\n", len(sinkB48), cap(sinkB48))
	for len(sinkB48) < 200 {
		sinkB48 = append(sinkB48, v)
		if cap(sinkB48) != last {
			last = cap(sinkB48)
			fmt.Printf("cap5 48 %d->%d\n", len(sinkB48), cap(sinkB48))
		}
	}
	sinkB48 = make([]B48, 0, 8)
	last = cap(sinkB48)
	fmt.Printf("cap8 48 %d->%d\n", len(sinkB48), cap(sinkB48))
	for len(sinkB48) < 200 {
		sinkB48 = append(sinkB48, v)
		if cap(sinkB48) != last {
			last = cap(sinkB48)
			fmt.Printf("cap8 48 %d->%d\n", len(sinkB48), cap(sinkB48))
		}
	}
	sinkB48 = make([]B48, 0, 17)
	last = cap(sinkB48)
	fmt.Printf("cap17 48 %d->%d\n", len(sinkB48), cap(sinkB48))
	for len(sinkB48) < 200 {
		sinkB48 = append(sinkB48, v)
		if cap(sinkB48) != last {
			last = cap(sinkB48)
			fmt.Printf("cap17 48 %d->%d\n", len(sinkB48), cap(sinkB48))
		}
	}
	sinkB48 = make([]B48, 1)
	last = cap(sinkB48)
	fmt.Printf("len1 48 %d->%d\n", len(sinkB48), cap(sinkB48))
	for len(sinkB48) < 200 {
		sinkB48 = append(sinkB48, v)
		if cap(sinkB48) != last {
			last = cap(sinkB48)
			fmt.Printf("len1 48 %d->%d\n", len(sinkB48), cap(sinkB48))
		}
	}
	sinkB48 = make([]B48, 2)
	last = cap(sinkB48)
	fmt.Printf("len2 48 %d->%d\n", len(sinkB48), cap(sinkB48))
	for len(sinkB48) < 200 {
		sinkB48 = append(sinkB48, v)
		if cap(sinkB48) != last {
			last = cap(sinkB48)
			fmt.Printf("len2 48 %d->%d\n", len(sinkB48), cap(sinkB48))
		}
	}
	sinkB48 = make([]B48, 5)
	last = cap(sinkB48)
	fmt.Printf("len5 48 %d->%d\n", len(sinkB48), cap(sinkB48))
	for len(sinkB48) < 200 {
		sinkB48 = append(sinkB48, v)
		if cap(sinkB48) != last {
			last = cap(sinkB48)
			fmt.Printf("len5 48 %d->%d\n", len(sinkB48), cap(sinkB48))
		}
	}
	sinkB48 = []B48{v, v, v}
	last = cap(sinkB48)
	fmt.Printf("lit3 48 %d->%d\n", len(sinkB48), cap(sinkB48))
	for len(sinkB48) < 200 {
		sinkB48 = append(sinkB48, v)
		if cap(sinkB48) != last {
			last = cap(sinkB48)
			fmt.Printf("lit3 48 %d->%d\n", len(sinkB48), cap(sinkB48))
		}
	}
}

func probeB49() {
	var v B49
	var last int
	sinkB49 = nil
	last = cap(sinkB49)
	fmt.Printf("nil 49 %d->%d\n", len(sinkB49), cap(sinkB49))
	for len(sinkB49) < 200 {
		sinkB49 = append(sinkB49, v)
		if cap(sinkB49) != last {
			last = cap(sinkB49)
			fmt.Printf("nil 49 %d->%d\n", len(sinkB49), cap(sinkB49))
		}
	}
	sinkB49 = make([]B49, 0, 0)
	last = cap(sinkB49)
	fmt.Printf("cap0 49 %d->%d\n", len(sinkB49), cap(sinkB49))
	for len(sinkB49) < 200 {
		sinkB49 = append(sinkB49, v)
		if cap(sinkB49) != last {
			last = cap(sinkB49)
			fmt.Printf("cap0 49 %d->%d\n", len(sinkB49), cap(sinkB49))
		}
	}
	sinkB49 = make([]B49, 0, 1)
	last = cap(sinkB49)
	fmt.Printf("cap1 49 %d->%d\n", len(sinkB49), cap(sinkB49))
	for len(sinkB49) < 200 {
		sinkB49 = append(sinkB49, v)
		if cap(sinkB49) != last {
			last = cap(sinkB49)
			fmt.Printf("cap1 49 %d->%d\n", len(sinkB49), cap(sinkB49))
		}
	}
	sinkB49 = make([]B49, 0, 3)
	last = cap(sinkB49)
	fmt.Printf("cap3 49 %d->%d\n", len(sinkB49), cap(sinkB49))
	for len(sinkB49) < 200 {
		sinkB49 = append(sinkB49, v)
		if cap(sinkB49) != last {
			last = cap(sinkB49)
			fmt.Printf("cap3 49 %d->%d\n", len(sinkB49), cap(sinkB49))
		}
	}
	sinkB49 = make([]B49, 0, 5)
	last = cap(sinkB49)
	fmt.Printf("cap5 49 %d->%d\n", len(sinkB49), cap(sinkB49))
	for len(sinkB49) < 200 {
		sinkB49 = append(sinkB49, v)
		if cap(sinkB49) != last {
			last = cap(sinkB49)
			fmt.Printf("cap5 49 %d->%d\n", len(sinkB49), cap(sinkB49))
		}
	}
	sinkB49 = make([]B49, 0, 8)
	last = cap(sinkB49)
	fmt.Printf("cap8 49 %d->%d\n", len(sinkB49), cap(sinkB49))
	for len(sinkB49) < 200 {
		sinkB49 = append(sinkB49, v)
		if cap(sinkB49) != last {
			last = cap(sinkB49)
			fmt.Printf("cap8 49 %d->%d\n", len(sinkB49), cap(sinkB49))
		}
	}
	sinkB49 = make([]B49, 0, 17)
	last = cap(sinkB49)
	fmt.Printf("cap17 49 %d->%d\n", len(sinkB49), cap(sinkB49))
	for len(sinkB49) < 200 {
		sinkB49 = append(sinkB49, v)
		if cap(sinkB49) != last {
			last = cap(sinkB49)
			fmt.Printf("cap17 49 %d->%d\n", len(sinkB49), cap(sinkB49))
		}
	}
	sinkB49 = make([]B49, 1)
	last = cap(sinkB49)
	fmt.Printf("len1 49 %d->%d\n", len(sinkB49), cap(sinkB49))
	for len(sinkB49) < 200 {
		sinkB49 = append(sinkB49, v)
		if cap(sinkB49) != last {
			last = cap(sinkB49)
			fmt.Printf("len1 49 %d->%d\n", len(sinkB49), cap(sinkB49))
		}
	}
	sinkB49 = make([]B49, 2)
	last = cap(sinkB49)
	fmt.Printf("len2 49 %d->%d\n", len(sinkB49), cap(sinkB49))
	for len(sinkB49) < 200 {
		sinkB49 = append(sinkB49, v)
		if cap(sinkB49) != last {
			last = cap(sinkB49)
			fmt.Printf("len2 49 %d->%d\n", len(sinkB49), cap(sinkB49))
		}
	}
	sinkB49 = make([]B49, 5)
	last = cap(sinkB49)
	fmt.Printf("len5 49 %d->%d\n", len(sinkB49), cap(sinkB49))
	for len(sinkB49) < 200 {
		sinkB49 = append(sinkB49, v)
		if cap(sinkB49) != last {
			last = cap(sinkB49)
			fmt.Printf("len5 49 %d->%d\n", len(sinkB49), cap(sinkB49))
		}
	}
	sinkB49 = []B49{v, v, v}
	last = cap(sinkB49)
	fmt.Printf("lit3 49 %d->%d\n", len(sinkB49), cap(sinkB49))
	for len(sinkB49) < 200 {
		sinkB49 = append(sinkB49, v)
		if cap(sinkB49) != last {
			last = cap(sinkB49)
			fmt.Printf("lit3 49 %d->%d\n", len(sinkB49), cap(sinkB49))
		}
	}
}

func probeB50() {
	var v B50
	var last int
	sinkB50 = nil
	last = cap(sinkB50)
	fmt.Printf("nil 50 %d->%d\n", len(sinkB50), cap(sinkB50))
	for len(sinkB50) < 200 {
		sinkB50 = append(sinkB50, v)
		if cap(sinkB50) != last {
			last = cap(sinkB50)
			fmt.Printf("nil 50 %d->%d\n", len(sinkB50), cap(sinkB50))
		}
	}
	sinkB50 = make([]B50, 0, 0)
	last = cap(sinkB50)
	fmt.Printf("cap0 50 %d->%d\n", len(sinkB50), cap(sinkB50))
	for len(sinkB50) < 200 {
		sinkB50 = append(sinkB50, v)
		if cap(sinkB50) != last {
			last = cap(sinkB50)
			fmt.Printf("cap0 50 %d->%d\n", len(sinkB50), cap(sinkB50))
		}
	}
	sinkB50 = make([]B50, 0, 1)
	last = cap(sinkB50)
	fmt.Printf("cap1 50 %d->%d\n", len(sinkB50), cap(sinkB50))
	for len(sinkB50) < 200 {
		sinkB50 = append(sinkB50, v)
		if cap(sinkB50) != last {
			last = cap(sinkB50)
			fmt.Printf("cap1 50 %d->%d\n", len(sinkB50), cap(sinkB50))
		}
	}
	sinkB50 = make([]B50, 0, 3)
	last = cap(sinkB50)
	fmt.Printf("cap3 50 %d->%d\n", len(sinkB50), cap(sinkB50))
	for len(sinkB50) < 200 {
		sinkB50 = append(sinkB50, v)
		if cap(sinkB50) != last {
			last = cap(sinkB50)
			fmt.Printf("cap3 50 %d->%d\n", len(sinkB50), cap(sinkB50))
		}
	}
	sinkB50 = make([]B50, 0, 5)
	last = cap(sinkB50)
	fmt.Printf("cap5 50 %d->%d\n", len(sinkB50), cap(sinkB50))
	for len(sinkB50) < 200 {
		sinkB50 = append(sinkB50, v)
		if cap(sinkB50) != last {
			last = cap(sinkB50)
			fmt.Printf("cap5 50 %d->%d\n", len(sinkB50), cap(sinkB50))
		}
	}
	sinkB50 = make([]B50, 0, 8)
	last = cap(sinkB50)
	fmt.Printf("cap8 50 %d->%d\n", len(sinkB50), cap(sinkB50))
	for len(sinkB50) < 200 {
		sinkB50 = append(sinkB50, v)
		if cap(sinkB50) != last {
			last = cap(sinkB50)
			fmt.Printf("cap8 50 %d->%d\n", len(sinkB50), cap(sinkB50))
		}
	}
	sinkB50 = make([]B50, 0, 17)
	last = cap(sinkB50)
	fmt.Printf("cap17 50 %d->%d\n", len(sinkB50), cap(sinkB50))
	for len(sinkB50) < 200 {
		sinkB50 = append(sinkB50, v)
		if cap(sinkB50) != last {
			last = cap(sinkB50)
			fmt.Printf("cap17 50 %d->%d\n", len(sinkB50), cap(sinkB50))
		}
	}
	sinkB50 = make([]B50, 1)
	last = cap(sinkB50)
	fmt.Printf("len1 50 %d->%d\n", len(sinkB50), cap(sinkB50))
	for len(sinkB50) < 200 {
		sinkB50 = append(sinkB50, v)
		if cap(sinkB50) != last {
			last = cap(sinkB50)
			fmt.Printf("len1 50 %d->%d\n", len(sinkB50), cap(sinkB50))
		}
	}
	sinkB50 = make([]B50, 2)
	last = cap(sinkB50)
	fmt.Printf("len2 50 %d->%d\n", len(sinkB50), cap(sinkB50))
	for len(sinkB50) < 200 {
		sinkB50 = append(sinkB50, v)
		if cap(sinkB50) != last {
			last = cap(sinkB50)
			fmt.Printf("len2 50 %d->%d\n", len(sinkB50), cap(sinkB50))
		}
	}
	sinkB50 = make([]B50, 5)
	last = cap(sinkB50)
	fmt.Printf("len5 50 %d->%d\n", len(sinkB50), cap(sinkB50))
	for len(sinkB50) < 200 {
		sinkB50 = append(sinkB50, v)
		if cap(sinkB50) != last {
			last = cap(sinkB50)
			fmt.Printf("len5 50 %d->%d\n", len(sinkB50), cap(sinkB50))
		}
	}
	sinkB50 = []B50{v, v, v}
	last = cap(sinkB50)
	fmt.Printf("lit3 50 %d->%d\n", len(sinkB50), cap(sinkB50))
	for len(sinkB50) < 200 {
		sinkB50 = append(sinkB50, v)
		if cap(sinkB50) != last {
			last = cap(sinkB50)
			fmt.Printf("lit3 50 %d->%d\n", len(sinkB50), cap(sinkB50))
		}
	}
}

func probeB51() {
	var v B51
	var last int
	sinkB51 = nil
	last = cap(sinkB51)
	fmt.Printf("nil 51 %d->%d\n", len(sinkB51), cap(sinkB51))
	for len(sinkB51) < 200 {
		sinkB51 = append(sinkB51, v)
		if cap(sinkB51) != last {
			last = cap(sinkB51)
			fmt.Printf("nil 51 %d->%d\n", len(sinkB51), cap(sinkB51))
		}
	}
	sinkB51 = make([]B51, 0, 0)
	last = cap(sinkB51)
	fmt.Printf("cap0 51 %d->%d\n", len(sinkB51), cap(sinkB51))
	for len(sinkB51) < 200 {
		sinkB51 = append(sinkB51, v)
		if cap(sinkB51) != last {
			last = cap(sinkB51)
			fmt.Printf("cap0 51 %d->%d\n", len(sinkB51), cap(sinkB51))
		}
	}
	sinkB51 = make([]B51, 0, 1)
	last = cap(sinkB51)
	fmt.Printf("cap1 51 %d->%d\n", len(sinkB51), cap(sinkB51))
	for len(sinkB51) < 200 {
		sinkB51 = append(sinkB51, v)
		if cap(sinkB51) != last {
			last = cap(sinkB51)
			fmt.Printf("cap1 51 %d->%d\n", len(sinkB51), cap(sinkB51))
		}
	}
	sinkB51 = make([]B51, 0, 3)
	last = cap(sinkB51)
	fmt.Printf("cap3 51 %d->%d\n", len(sinkB51), cap(sinkB51))
	for len(sinkB51) < 200 {
		sinkB51 = append(sinkB51, v)
		if cap(sinkB51) != last {
			last = cap(sinkB51)
			fmt.Printf("cap3 51 %d->%d\n", len(sinkB51), cap(sinkB51))
		}
	}
	sinkB51 = make([]B51, 0, 5)
	last = cap(sinkB51)
	fmt.Printf("cap5 51 %d->%d\n", len(sinkB51), cap(sinkB51))
	for len(sinkB51) < 200 {
		sinkB51 = append(sinkB51, v)
		if cap(sinkB51) != last {
			last = cap(sinkB51)
			fmt.Printf("cap5 51 %d->%d\n", len(sinkB51), cap(sinkB51))
		}
	}
	sinkB51 = make([]B51, 0, 8)
	last = cap(sinkB51)
	fmt.Printf("cap8 51 %d->%d\n", len(sinkB51), cap(sinkB51))
	for len(sinkB51) < 200 {
		sinkB51 = append(sinkB51, v)
		if cap(sinkB51) != last {
			last = cap(sinkB51)
			fmt.Printf("cap8 51 %d->%d\n", len(sinkB51), cap(sinkB51))
		}
	}
	sinkB51 = make([]B51, 0, 17)
	last = cap(sinkB51)
	fmt.Printf("cap17 51 %d->%d\n", len(sinkB51), cap(sinkB51))
	for len(sinkB51) < 200 {
		sinkB51 = append(sinkB51, v)
		if cap(sinkB51) != last {
			last = cap(sinkB51)
			fmt.Printf("cap17 51 %d->%d\n", len(sinkB51), cap(sinkB51))
		}
	}
	sinkB51 = make([]B51, 1)
	last = cap(sinkB51)
	fmt.Printf("len1 51 %d->%d\n", len(sinkB51), cap(sinkB51))
	for len(sinkB51) < 200 {
		sinkB51 = append(sinkB51, v)
		if cap(sinkB51) != last {
			last = cap(sinkB51)
			fmt.Printf("len1 51 %d->%d\n", len(sinkB51), cap(sinkB51))
		}
	}
	sinkB51 = make([]B51, 2)
	last = cap(sinkB51)
	fmt.Printf("len2 51 %d->%d\n", len(sinkB51), cap(sinkB51))
	for len(sinkB51) < 200 {
		sinkB51 = append(sinkB51, v)
		if cap(sinkB51) != last {
			last = cap(sinkB51)
			fmt.Printf("len2 51 %d->%d\n", len(sinkB51), cap(sinkB51))
		}
	}
	sinkB51 = make([]B51, 5)
	last = cap(sinkB51)
	fmt.Printf("len5 51 %d->%d\n", len(sinkB51), cap(sinkB51))
	for len(sinkB51) < 200 {
		sinkB51 = append(sinkB51, v)
		if cap(sinkB51) != last {
			last = cap(sinkB51)
			fmt.Printf("len5 51 %d->%d\n", len(sinkB51), cap(sinkB51))
		}
	}
	sinkB51 = []B51{v, v, v}
	last = cap(sinkB51)
	fmt.Printf("lit3 51 %d->%d\n", len(sinkB51), cap(sinkB51))
	for len(sinkB51) < 200 {
		sinkB51 = append(sinkB51, v)
		if cap(sinkB51) != last {
			last = cap(sinkB51)
			fmt.Printf("lit3 51 %d->%d\n", len(sinkB51), cap(sinkB51))
		}
	}
}

func probeB52() {
	var v B52
	var last int
	sinkB52 = nil
	last = cap(sinkB52)
	fmt.Printf("nil 52 %d->%d\n", len(sinkB52), cap(sinkB52))
	for len(sinkB52) < 200 {
		sinkB52 = append(sinkB52, v)
		if cap(sinkB52) != last {
			last = cap(sinkB52)
			fmt.Printf("nil 52 %d->%d\n", len(sinkB52), cap(sinkB52))
		}
	}
	sinkB52 = make([]B52, 0, 0)
	last = cap(sinkB52)
	fmt.Printf("cap0 52 %d->%d\n", len(sinkB52), cap(sinkB52))
	for len(sinkB52) < 200 {
		sinkB52 = append(sinkB52, v)
		if cap(sinkB52) != last {
			last = cap(sinkB52)
			fmt.Printf("cap0 52 %d->%d\n", len(sinkB52), cap(sinkB52))
		}
	}
	sinkB52 = make([]B52, 0, 1)
	last = cap(sinkB52)
	fmt.Printf("cap1 52 %d->%d\n", len(sinkB52), cap(sinkB52))
	for len(sinkB52) < 200 {
		sinkB52 = append(sinkB52, v)
		if cap(sinkB52) != last {
			last = cap(sinkB52)
			fmt.Printf("cap1 52 %d->%d\n", len(sinkB52), cap(sinkB52))
		}
	}
	sinkB52 = make([]B52, 0, 3)
	last = cap(sinkB52)
	fmt.Printf("cap3 52 %d->%d\n", len(sinkB52), cap(sinkB52))
	for len(sinkB52) < 200 {
		sinkB52 = append(sinkB52, v)
		if cap(sinkB52) != last {
			last = cap(sinkB52)
			fmt.Printf("cap3 52 %d->%d\n", len(sinkB52), cap(sinkB52))
		}
	}
	sinkB52 = make([]B52, 0, 5)
	last = cap(sinkB52)
	fmt.Printf("cap5 52 %d->%d\n", len(sinkB52), cap(sinkB52))
	for len(sinkB52) < 200 {
		sinkB52 = append(sinkB52, v)
		if cap(sinkB52) != last {
			last = cap(sinkB52)
			fmt.Printf("cap5 52 %d->%d\n", len(sinkB52), cap(sinkB52))
		}
	}
	sinkB52 = make([]B52, 0, 8)
	last = cap(sinkB52)
	fmt.Printf("cap8 52 %d->%d\n", len(sinkB52), cap(sinkB52))
	for len(sinkB52) < 200 {
		sinkB52 = append(sinkB52, v)
		if cap(sinkB52) != last {
			last = cap(sinkB52)
			fmt.Printf("cap8 52 %d->%d\n", len(sinkB52), cap(sinkB52))
		}
	}
	sinkB52 = make([]B52, 0, 17)
	last = cap(sinkB52)
	fmt.Printf("cap17 52 %d->%d\n", len(sinkB52), cap(sinkB52))
	for len(sinkB52) < 200 {
		sinkB52 = append(sinkB52, v)
		if cap(sinkB52) != last {
			last = cap(sinkB52)
			fmt.Printf("cap17 52 %d->%d\n", len(sinkB52), cap(sinkB52))
		}
	}
	sinkB52 = make([]B52, 1)
	last = cap(sinkB52)
	fmt.Printf("len1 52 %d->%d\n", len(sinkB52), cap(sinkB52))
	for len(sinkB52) < 200 {
		sinkB52 = append(sinkB52, v)
		if cap(sinkB52) != last {
			last = cap(sinkB52)
			fmt.Printf("len1 52 %d->%d\n", len(sinkB52), cap(sinkB52))
		}
	}
	sinkB52 = make([]B52, 2)
	last = cap(sinkB52)
	fmt.Printf("len2 52 %d->%d\n", len(sinkB52), cap(sinkB52))
	for len(sinkB52) < 200 {
		sinkB52 = append(sinkB52, v)
		if cap(sinkB52) != last {
			last = cap(sinkB52)
			fmt.Printf("len2 52 %d->%d\n", len(sinkB52), cap(sinkB52))
		}
	}
	sinkB52 = make([]B52, 5)
	last = cap(sinkB52)
	fmt.Printf("len5 52 %d->%d\n", len(sinkB52), cap(sinkB52))
	for len(sinkB52) < 200 {
		sinkB52 = append(sinkB52, v)
		if cap(sinkB52) != last {
			last = cap(sinkB52)
			fmt.Printf("len5 52 %d->%d\n", len(sinkB52), cap(sinkB52))
		}
	}
	sinkB52 = []B52{v, v, v}
	last = cap(sinkB52)
	fmt.Printf("lit3 52 %d->%d\n", len(sinkB52), cap(sinkB52))
	for len(sinkB52) < 200 {
		sinkB52 = append(sinkB52, v)
		if cap(sinkB52) != last {
			last = cap(sinkB52)
			fmt.Printf("lit3 52 %d->%d\n", len(sinkB52), cap(sinkB52))
		}
	}
}

func probeB53() {
	var v B53
	var last int
	sinkB53 = nil
	last = cap(sinkB53)
	fmt.Printf("nil 53 %d->%d\n", len(sinkB53), cap(sinkB53))
	for len(sinkB53) < 200 {
		sinkB53 = append(sinkB53, v)
		if cap(sinkB53) != last {
			last = cap(sinkB53)
			fmt.Printf("nil 53 %d->%d\n", len(sinkB53), cap(sinkB53))
		}
	}
	sinkB53 = make([]B53, 0, 0)
	last = cap(sinkB53)
	fmt.Printf("cap0 53 %d->%d\n", len(sinkB53), cap(sinkB53))
	for len(sinkB53) < 200 {
		sinkB53 = append(sinkB53, v)
		if cap(sinkB53) != last {
			last = cap(sinkB53)
			fmt.Printf("cap0 53 %d->%d\n", len(sinkB53), cap(sinkB53))
		}
	}
	sinkB53 = make([]B53, 0, 1)
	last = cap(sinkB53)
	fmt.Printf("cap1 53 %d->%d\n", len(sinkB53), cap(sinkB53))
	for len(sinkB53) < 200 {
		sinkB53 = append(sinkB53, v)
		if cap(sinkB53) != last {
			last = cap(sinkB53)
			fmt.Printf("cap1 53 %d->%d\n", len(sinkB53), cap(sinkB53))
		}
	}
	sinkB53 = make([]B53, 0, 3)
	last = cap(sinkB53)
	fmt.Printf("cap3 53 %d->%d\n", len(sinkB53), cap(sinkB53))
	for len(sinkB53) < 200 {
		sinkB53 = append(sinkB53, v)
		if cap(sinkB53) != last {
			last = cap(sinkB53)
			fmt.Printf("cap3 53 %d->%d\n", len(sinkB53), cap(sinkB53))
		}
	}
	sinkB53 = make([]B53, 0, 5)
	last = cap(sinkB53)
	fmt.Printf("cap5 53 %d->%d\n", len(sinkB53), cap(sinkB53))
	for len(sinkB53) < 200 {
		sinkB53 = append(sinkB53, v)
		if cap(sinkB53) != last {
			last = cap(sinkB53)
			fmt.Printf("cap5 53 %d->%d\n", len(sinkB53), cap(sinkB53))
		}
	}
	sinkB53 = make([]B53, 0, 8)
	last = cap(sinkB53)
	fmt.Printf("cap8 53 %d->%d\n", len(sinkB53), cap(sinkB53))
	for len(sinkB53) < 200 {
		sinkB53 = append(sinkB53, v)
		if cap(sinkB53) != last {
			last = cap(sinkB53)
			fmt.Printf("cap8 53 %d->%d\n", len(sinkB53), cap(sinkB53))
		}
	}
	sinkB53 = make([]B53, 0, 17)
	last = cap(sinkB53)
	fmt.Printf("cap17 53 %d->%d\n", len(sinkB53), cap(sinkB53))
	for len(sinkB53) < 200 {
		sinkB53 = append(sinkB53, v)
		if cap(sinkB53) != last {
			last = cap(sinkB53)
			fmt.Printf("cap17 53 %d->%d\n", len(sinkB53), cap(sinkB53))
		}
	}
	sinkB53 = make([]B53, 1)
	last = cap(sinkB53)
	fmt.Printf("len1 53 %d->%d\n", len(sinkB53), cap(sinkB53))
	for len(sinkB53) < 200 {
		sinkB53 = append(sinkB53, v)
		if cap(sinkB53) != last {
			last = cap(sinkB53)
			fmt.Printf("len1 53 %d->%d\n", len(sinkB53), cap(sinkB53))
		}
	}
	sinkB53 = make([]B53, 2)
	last = cap(sinkB53)
	fmt.Printf("len2 53 %d->%d\n", len(sinkB53), cap(sinkB53))
	for len(sinkB53) < 200 {
		sinkB53 = append(sinkB53, v)
		if cap(sinkB53) != last {
			last = cap(sinkB53)
			fmt.Printf("len2 53 %d->%d\n", len(sinkB53), cap(sinkB53))
		}
	}
	sinkB53 = make([]B53, 5)
	last = cap(sinkB53)
	fmt.Printf("len5 53 %d->%d\n", len(sinkB53), cap(sinkB53))
	for len(sinkB53) < 200 {
		sinkB53 = append(sinkB53, v)
		if cap(sinkB53) != last {
			last = cap(sinkB53)
			fmt.Printf("len5 53 %d->%d\n", len(sinkB53), cap(sinkB53))
		}
	}
	sinkB53 = []B53{v, v, v}
	last = cap(sinkB53)
	fmt.Printf("lit3 53 %d->%d\n", len(sinkB53), cap(sinkB53))
	for len(sinkB53) < 200 {
		sinkB53 = append(sinkB53, v)
		if cap(sinkB53) != last {
			last = cap(sinkB53)
			fmt.Printf("lit3 53 %d->%d\n", len(sinkB53), cap(sinkB53))
		}
	}
}

func probeB54() {
	var v B54
	var last int
	sinkB54 = nil
	last = cap(sinkB54)
	fmt.Printf("nil 54 %d->%d\n", len(sinkB54), cap(sinkB54))
	for len(sinkB54) < 200 {
		sinkB54 = append(sinkB54, v)
		if cap(sinkB54) != last {
			last = cap(sinkB54)
			fmt.Printf("nil 54 %d->%d\n", len(sinkB54), cap(sinkB54))
		}
	}
	sinkB54 = make([]B54, 0, 0)
	last = cap(sinkB54)
	fmt.Printf("cap0 54 %d->%d\n", len(sinkB54), cap(sinkB54))
	for len(sinkB54) < 200 {
		sinkB54 = append(sinkB54, v)
		if cap(sinkB54) != last {
			last = cap(sinkB54)
			fmt.Printf("cap0 54 %d->%d\n", len(sinkB54), cap(sinkB54))
		}
	}
	sinkB54 = make([]B54, 0, 1)
	last = cap(sinkB54)
	fmt.Printf("cap1 54 %d->%d\n", len(sinkB54), cap(sinkB54))
	for len(sinkB54) < 200 {
		sinkB54 = append(sinkB54, v)
		if cap(sinkB54) != last {
			last = cap(sinkB54)
			fmt.Printf("cap1 54 %d->%d\n", len(sinkB54), cap(sinkB54))
		}
	}
	sinkB54 = make([]B54, 0, 3)
	last = cap(sinkB54)
	fmt.Printf("cap3 54 %d->%d\n", len(sinkB54), cap(sinkB54))
	for len(sinkB54) < 200 {
		sinkB54 = append(sinkB54, v)
		if cap(sinkB54) != last {
			last = cap(sinkB54)
			fmt.Printf("cap3 54 %d->%d\n", len(sinkB54), cap(sinkB54))
		}
	}
	sinkB54 = make([]B54, 0, 5)
	last = cap(sinkB54)
	fmt.Printf("cap5 54 %d->%d\n", len(sinkB54), cap(sinkB54))
	for len(sinkB54) < 200 {
		sinkB54 = append(sinkB54, v)
		if cap(sinkB54) != last {
			last = cap(sinkB54)
			fmt.Printf("cap5 54 %d->%d\n", len(sinkB54), cap(sinkB54))
		}
	}
	sinkB54 = make([]B54, 0, 8)
	last = cap(sinkB54)
	fmt.Printf("cap8 54 %d->%d\n", len(sinkB54), cap(sinkB54))
	for len(sinkB54) < 200 {
		sinkB54 = append(sinkB54, v)
		if cap(sinkB54) != last {
			last = cap(sinkB54)
			fmt.Printf("cap8 54 %d->%d\n", len(sinkB54), cap(sinkB54))
		}
	}
	sinkB54 = make([]B54, 0, 17)
	last = cap(sinkB54)
	fmt.Printf("cap17 54 %d->%d\n", len(sinkB54), cap(sinkB54))
	for len(sinkB54) < 200 {
		sinkB54 = append(sinkB54, v)
		if cap(sinkB54) != last {
			last = cap(sinkB54)
			fmt.Printf("cap17 54 %d->%d\n", len(sinkB54), cap(sinkB54))
		}
	}
	sinkB54 = make([]B54, 1)
	last = cap(sinkB54)
	fmt.Printf("len1 54 %d->%d\n", len(sinkB54), cap(sinkB54))
	for len(sinkB54) < 200 {
		sinkB54 = append(sinkB54, v)
		if cap(sinkB54) != last {
			last = cap(sinkB54)
			fmt.Printf("len1 54 %d->%d\n", len(sinkB54), cap(sinkB54))
		}
	}
	sinkB54 = make([]B54, 2)
	last = cap(sinkB54)
	fmt.Printf("len2 54 %d->%d\n", len(sinkB54), cap(sinkB54))
	for len(sinkB54) < 200 {
		sinkB54 = append(sinkB54, v)
		if cap(sinkB54) != last {
			last = cap(sinkB54)
			fmt.Printf("len2 54 %d->%d\n", len(sinkB54), cap(sinkB54))
		}
	}
	sinkB54 = make([]B54, 5)
	last = cap(sinkB54)
	fmt.Printf("len5 54 %d->%d\n", len(sinkB54), cap(sinkB54))
	for len(sinkB54) < 200 {
		sinkB54 = append(sinkB54, v)
		if cap(sinkB54) != last {
			last = cap(sinkB54)
			fmt.Printf("len5 54 %d->%d\n", len(sinkB54), cap(sinkB54))
		}
	}
	sinkB54 = []B54{v, v, v}
	last = cap(sinkB54)
	fmt.Printf("lit3 54 %d->%d\n", len(sinkB54), cap(sinkB54))
	for len(sinkB54) < 200 {
		sinkB54 = append(sinkB54, v)
		if cap(sinkB54) != last {
			last = cap(sinkB54)
			fmt.Printf("lit3 54 %d->%d\n", len(sinkB54), cap(sinkB54))
		}
	}
}

func probeB55() {
	var v B55
	var last int
	sinkB55 = nil
	last = cap(sinkB55)
	fmt.Printf("nil 55 %d->%d\n", len(sinkB55), cap(sinkB55))
	for len(sinkB55) < 200 {
		sinkB55 = append(sinkB55, v)
		if cap(sinkB55) != last {
			last = cap(sinkB55)
			fmt.Printf("nil 55 %d->%d\n", len(sinkB55), cap(sinkB55))
		}
	}
	sinkB55 = make([]B55, 0, 0)
	last = cap(sinkB55)
	fmt.Printf("cap0 55 %d->%d\n", len(sinkB55), cap(sinkB55))
	for len(sinkB55) < 200 {
		sinkB55 = append(sinkB55, v)
		if cap(sinkB55) != last {
			last = cap(sinkB55)
			fmt.Printf("cap0 55 %d->%d\n", len(sinkB55), cap(sinkB55))
		}
	}
	sinkB55 = make([]B55, 0, 1)
	last = cap(sinkB55)
	fmt.Printf("cap1 55 %d->%d\n", len(sinkB55), cap(sinkB55))
	for len(sinkB55) < 200 {
		sinkB55 = append(sinkB55, v)
		if cap(sinkB55) != last {
			last = cap(sinkB55)
			fmt.Printf("cap1 55 %d->%d\n", len(sinkB55), cap(sinkB55))
		}
	}
	sinkB55 = make([]B55, 0, 3)
	last = cap(sinkB55)
	fmt.Printf("cap3 55 %d->%d\n", len(sinkB55), cap(sinkB55))
	for len(sinkB55) < 200 {
		sinkB55 = append(sinkB55, v)
		if cap(sinkB55) != last {
			last = cap(sinkB55)
			fmt.Printf("cap3 55 %d->%d\n", len(sinkB55), cap(sinkB55))
		}
	}
	sinkB55 = make([]B55, 0, 5)
	last = cap(sinkB55)
	fmt.Printf("cap5 55 %d->%d\n", len(sinkB55), cap(sinkB55))
	for len(sinkB55) < 200 {
		sinkB55 = append(sinkB55, v)
		if cap(sinkB55) != last {
			last = cap(sinkB55)
			fmt.Printf("cap5 55 %d->%d\n", len(sinkB55), cap(sinkB55))
		}
	}
	sinkB55 = make([]B55, 0, 8)
	last = cap(sinkB55)
	fmt.Printf("cap8 55 %d->%d\n", len(sinkB55), cap(sinkB55))
	for len(sinkB55) < 200 {
		sinkB55 = append(sinkB55, v)
		if cap(sinkB55) != last {
			last = cap(sinkB55)
			fmt.Printf("cap8 55 %d->%d\n", len(sinkB55), cap(sinkB55))
		}
	}
	sinkB55 = make([]B55, 0, 17)
	last = cap(sinkB55)
	fmt.Printf("cap17 55 %d->%d\n", len(sinkB55), cap(sinkB55))
	for len(sinkB55) < 200 {
		sinkB55 = append(sinkB55, v)
		if cap(sinkB55) != last {
			last = cap(sinkB55)
			fmt.Printf("cap17 55 %d->%d\n", len(sinkB55), cap(sinkB55))
		}
	}
	sinkB55 = make([]B55, 1)
	last = cap(sinkB55)
	fmt.Printf("len1 55 %d->%d\n", len(sinkB55), cap(sinkB55))
	for len(sinkB55) < 200 {
		sinkB55 = append(sinkB55, v)
		if cap(sinkB55) != last {
			last = cap(sinkB55)
			fmt.Printf("len1 55 %d->%d\n", len(sinkB55), cap(sinkB55))
		}
	}
	sinkB55 = make([]B55, 2)
	last = cap(sinkB55)
	fmt.Printf("len2 55 %d->%d\n", len(sinkB55), cap(sinkB55))
	for len(sinkB55) < 200 {
		sinkB55 = append(sinkB55, v)
		if cap(sinkB55) != last {
			last = cap(sinkB55)
			fmt.Printf("len2 55 %d->%d\n", len(sinkB55), cap(sinkB55))
		}
	}
	sinkB55 = make([]B55, 5)
	last = cap(sinkB55)
	fmt.Printf("len5 55 %d->%d\n", len(sinkB55), cap(sinkB55))
	for len(sinkB55) < 200 {
		sinkB55 = append(sinkB55, v)
		if cap(sinkB55) != last {
			last = cap(sinkB55)
			fmt.Printf("len5 55 %d->%d\n", len(sinkB55), cap(sinkB55))
		}
	}
	sinkB55 = []B55{v, v, v}
	last = cap(sinkB55)
	fmt.Printf("lit3 55 %d->%d\n", len(sinkB55), cap(sinkB55))
	for len(sinkB55) < 200 {
		sinkB55 = append(sinkB55, v)
		if cap(sinkB55) != last {
			last = cap(sinkB55)
			fmt.Printf("lit3 55 %d->%d\n", len(sinkB55), cap(sinkB55))
		}
	}
}

func probeB56() {
	var v B56
	var last int
	sinkB56 = nil
	last = cap(sinkB56)
	fmt.Printf("nil 56 %d->%d\n", len(sinkB56), cap(sinkB56))
	for len(sinkB56) < 200 {
		sinkB56 = append(sinkB56, v)
		if cap(sinkB56) != last {
			last = cap(sinkB56)
			fmt.Printf("nil 56 %d->%d\n", len(sinkB56), cap(sinkB56))
		}
	}
	sinkB56 = make([]B56, 0, 0)
	last = cap(sinkB56)
	fmt.Printf("cap0 56 %d->%d\n", len(sinkB56), cap(sinkB56))
	for len(sinkB56) < 200 {
		sinkB56 = append(sinkB56, v)
		if cap(sinkB56) != last {
			last = cap(sinkB56)
			fmt.Printf("cap0 56 %d->%d\n", len(sinkB56), cap(sinkB56))
		}
	}
	sinkB56 = make([]B56, 0, 1)
	last = cap(sinkB56)
	fmt.Printf("cap1 56 %d->%d\n", len(sinkB56), cap(sinkB56))
	for len(sinkB56) < 200 {
		sinkB56 = append(sinkB56, v)
		if cap(sinkB56) != last {
			last = cap(sinkB56)
			fmt.Printf("cap1 56 %d->%d\n", len(sinkB56), cap(sinkB56))
		}
	}
	sinkB56 = make([]B56, 0, 3)
	last = cap(sinkB56)
	fmt.Printf("cap3 56 %d->%d\n", len(sinkB56), cap(sinkB56))
	for len(sinkB56) < 200 {
		sinkB56 = append(sinkB56, v)
		if cap(sinkB56) != last {
			last = cap(sinkB56)
			fmt.Printf("cap3 56 %d->%d\n", len(sinkB56), cap(sinkB56))
		}
	}
	sinkB56 = make([]B56, 0, 5)
	last = cap(sinkB56)
	fmt.Printf("cap5 56 %d->%d\n", len(sinkB56), cap(sinkB56))
	for len(sinkB56) < 200 {
		sinkB56 = append(sinkB56, v)
		if cap(sinkB56) != last {
			last = cap(sinkB56)
			fmt.Printf("cap5 56 %d->%d\n", len(sinkB56), cap(sinkB56))
		}
	}
	sinkB56 = make([]B56, 0, 8)
	last = cap(sinkB56)
	fmt.Printf("cap8 56 %d->%d\n", len(sinkB56), cap(sinkB56))
	for len(sinkB56) < 200 {
		sinkB56 = append(sinkB56, v)
		if cap(sinkB56) != last {
			last = cap(sinkB56)
			fmt.Printf("cap8 56 %d->%d\n", len(sinkB56), cap(sinkB56))
		}
	}
	sinkB56 = make([]B56, 0, 17)
	last = cap(sinkB56)
	fmt.Printf("cap17 56 %d->%d\n", len(sinkB56), cap(sinkB56))
	for len(sinkB56) < 200 {
		sinkB56 = append(sinkB56, v)
		if cap(sinkB56) != last {
			last = cap(sinkB56)
			fmt.Printf("cap17 56 %d->%d\n", len(sinkB56), cap(sinkB56))
		}
	}
	sinkB56 = make([]B56, 1)
	last = cap(sinkB56)
	fmt.Printf("len1 56 %d->%d\n", len(sinkB56), cap(sinkB56))
	for len(sinkB56) < 200 {
		sinkB56 = append(sinkB56, v)
		if cap(sinkB56) != last {
			last = cap(sinkB56)
			fmt.Printf("len1 56 %d->%d\n", len(sinkB56), cap(sinkB56))
		}
	}
	sinkB56 = make([]B56, 2)
	last = cap(sinkB56)
	fmt.Printf("len2 56 %d->%d\n", len(sinkB56), cap(sinkB56))
	for len(sinkB56) < 200 {
		sinkB56 = append(sinkB56, v)
		if cap(sinkB56) != last {
			last = cap(sinkB56)
			fmt.Printf("len2 56 %d->%d\n", len(sinkB56), cap(sinkB56))
		}
	}
	sinkB56 = make([]B56, 5)
	last = cap(sinkB56)
	fmt.Printf("len5 56 %d->%d\n", len(sinkB56), cap(sinkB56))
	for len(sinkB56) < 200 {
		sinkB56 = append(sinkB56, v)
		if cap(sinkB56) != last {
			last = cap(sinkB56)
			fmt.Printf("len5 56 %d->%d\n", len(sinkB56), cap(sinkB56))
		}
	}
	sinkB56 = []B56{v, v, v}
	last = cap(sinkB56)
	fmt.Printf("lit3 56 %d->%d\n", len(sinkB56), cap(sinkB56))
	for len(sinkB56) < 200 {
		sinkB56 = append(sinkB56, v)
		if cap(sinkB56) != last {
			last = cap(sinkB56)
			fmt.Printf("lit3 56 %d->%d\n", len(sinkB56), cap(sinkB56))
		}
	}
}

func probeB57() {
	var v B57
	var last int
	sinkB57 = nil
	last = cap(sinkB57)
	fmt.Printf("nil 57 %d->%d\n", len(sinkB57), cap(sinkB57))
	for len(sinkB57) < 200 {
		sinkB57 = append(sinkB57, v)
		if cap(sinkB57) != last {
			last = cap(sinkB57)
			fmt.Printf("nil 57 %d->%d\n", len(sinkB57), cap(sinkB57))
		}
	}
	sinkB57 = make([]B57, 0, 0)
	last = cap(sinkB57)
	fmt.Printf("cap0 57 %d->%d\n", len(sinkB57), cap(sinkB57))
	for len(sinkB57) < 200 {
		sinkB57 = append(sinkB57, v)
		if cap(sinkB57) != last {
			last = cap(sinkB57)
			fmt.Printf("cap0 57 %d->%d\n", len(sinkB57), cap(sinkB57))
		}
	}
	sinkB57 = make([]B57, 0, 1)
	last = cap(sinkB57)
	fmt.Printf("cap1 57 %d->%d\n", len(sinkB57), cap(sinkB57))
	for len(sinkB57) < 200 {
		sinkB57 = append(sinkB57, v)
		if cap(sinkB57) != last {
			last = cap(sinkB57)
			fmt.Printf("cap1 57 %d->%d\n", len(sinkB57), cap(sinkB57))
		}
	}
	sinkB57 = make([]B57, 0, 3)
	last = cap(sinkB57)
	fmt.Printf("cap3 57 %d->%d\n", len(sinkB57), cap(sinkB57))
	for len(sinkB57) < 200 {
		sinkB57 = append(sinkB57, v)
		if cap(sinkB57) != last {
			last = cap(sinkB57)
			fmt.Printf("cap3 57 %d->%d\n", len(sinkB57), cap(sinkB57))
		}
	}
	sinkB57 = make([]B57, 0, 5)
	last = cap(sinkB57)
	fmt.Printf("cap5 57 %d->%d\n", len(sinkB57), cap(sinkB57))
	for len(sinkB57) < 200 {
		sinkB57 = append(sinkB57, v)
		if cap(sinkB57) != last {
			last = cap(sinkB57)
			fmt.Printf("cap5 57 %d->%d\n", len(sinkB57), cap(sinkB57))
		}
	}
	sinkB57 = make([]B57, 0, 8)
	last = cap(sinkB57)
	fmt.Printf("cap8 57 %d->%d\n", len(sinkB57), cap(sinkB57))
	for len(sinkB57) < 200 {
		sinkB57 = append(sinkB57, v)
		if cap(sinkB57) != last {
			last = cap(sinkB57)
			fmt.Printf("cap8 57 %d->%d\n", len(sinkB57), cap(sinkB57))
		}
	}
	sinkB57 = make([]B57, 0, 17)
	last = cap(sinkB57)
	fmt.Printf("cap17 57 %d->%d\n", len(sinkB57), cap(sinkB57))
	for len(sinkB57) < 200 {
		sinkB57 = append(sinkB57, v)
		if cap(sinkB57) != last {
			last = cap(sinkB57)
			fmt.Printf("cap17 57 %d->%d\n", len(sinkB57), cap(sinkB57))
		}
	}
	sinkB57 = make([]B57, 1)
	last = cap(sinkB57)
	fmt.Printf("len1 57 %d->%d\n", len(sinkB57), cap(sinkB57))
	for len(sinkB57) < 200 {
		sinkB57 = append(sinkB57, v)
		if cap(sinkB57) != last {
			last = cap(sinkB57)
			fmt.Printf("len1 57 %d->%d\n", len(sinkB57), cap(sinkB57))
		}
	}
	sinkB57 = make([]B57, 2)
	last = cap(sinkB57)
	fmt.Printf("len2 57 %d->%d\n", len(sinkB57), cap(sinkB57))
	for len(sinkB57) < 200 {
		sinkB57 = append(sinkB57, v)
		if cap(sinkB57) != last {
			last = cap(sinkB57)
			fmt.Printf("len2 57 %d->%d\n", len(sinkB57), cap(sinkB57))
		}
	}
	sinkB57 = make([]B57, 5)
	last = cap(sinkB57)
	fmt.Printf("len5 57 %d->%d\n", len(sinkB57), cap(sinkB57))
	for len(sinkB57) < 200 {
		sinkB57 = append(sinkB57, v)
		if cap(sinkB57) != last {
			last = cap(sinkB57)
			fmt.Printf("len5 57 %d->%d\n", len(sinkB57), cap(sinkB57))
		}
	}
	sinkB57 = []B57{v, v, v}
	last = cap(sinkB57)
	fmt.Printf("lit3 57 %d->%d\n", len(sinkB57), cap(sinkB57))
	for len(sinkB57) < 200 {
		sinkB57 = append(sinkB57, v)
		if cap(sinkB57) != last {
			last = cap(sinkB57)
			fmt.Printf("lit3 57 %d->%d\n", len(sinkB57), cap(sinkB57))
		}
	}
}

func probeB58() {
	var v B58
	var last int
	sinkB58 = nil
	last = cap(sinkB58)
	fmt.Printf("nil 58 %d->%d\n", len(sinkB58), cap(sinkB58))
	for len(sinkB58) < 200 {
		sinkB58 = append(sinkB58, v)
		if cap(sinkB58) != last {
			last = cap(sinkB58)
			fmt.Printf("nil 58 %d->%d\n", len(sinkB58), cap(sinkB58))
		}
	}
	sinkB58 = make([]B58, 0, 0)
	last = cap(sinkB58)
	fmt.Printf("cap0 58 %d->%d\n", len(sinkB58), cap(sinkB58))
	for len(sinkB58) < 200 {
		sinkB58 = append(sinkB58, v)
		if cap(sinkB58) != last {
			last = cap(sinkB58)
			fmt.Printf("cap0 58 %d->%d\n", len(sinkB58), cap(sinkB58))
		}
	}
	sinkB58 = make([]B58, 0, 1)
	last = cap(sinkB58)
	fmt.Printf("cap1 58 %d->%d\n", len(sinkB58), cap(sinkB58))
	for len(sinkB58) < 200 {
		sinkB58 = append(sinkB58, v)
		if cap(sinkB58) != last {
			last = cap(sinkB58)
			fmt.Printf("cap1 58 %d->%d\n", len(sinkB58), cap(sinkB58))
		}
	}
	sinkB58 = make([]B58, 0, 3)
	last = cap(sinkB58)
	fmt.Printf("cap3 58 %d->%d\n", len(sinkB58), cap(sinkB58))
	for len(sinkB58) < 200 {
		sinkB58 = append(sinkB58, v)
		if cap(sinkB58) != last {
			last = cap(sinkB58)
			fmt.Printf("cap3 58 %d->%d\n", len(sinkB58), cap(sinkB58))
		}
	}
	sinkB58 = make([]B58, 0, 5)
	last = cap(sinkB58)
	fmt.Printf("cap5 58 %d->%d\n", len(sinkB58), cap(sinkB58))
	for len(sinkB58) < 200 {
		sinkB58 = append(sinkB58, v)
		if cap(sinkB58) != last {
			last = cap(sinkB58)
			fmt.Printf("cap5 58 %d->%d\n", len(sinkB58), cap(sinkB58))
		}
	}
	sinkB58 = make([]B58, 0, 8)
	last = cap(sinkB58)
	fmt.Printf("cap8 58 %d->%d\n", len(sinkB58), cap(sinkB58))
	for len(sinkB58) < 200 {
		sinkB58 = append(sinkB58, v)
		if cap(sinkB58) != last {
			last = cap(sinkB58)
			fmt.Printf("cap8 58 %d->%d\n", len(sinkB58), cap(sinkB58))
		}
	}
	sinkB58 = make([]B58, 0, 17)
	last = cap(sinkB58)
	fmt.Printf("cap17 58 %d->%d\n", len(sinkB58), cap(sinkB58))
	for len(sinkB58) < 200 {
		sinkB58 = append(sinkB58, v)
		if cap(sinkB58) != last {
			last = cap(sinkB58)
			fmt.Printf("cap17 58 %d->%d\n", len(sinkB58), cap(sinkB58))
		}
	}
	sinkB58 = make([]B58, 1)
	last = cap(sinkB58)
	fmt.Printf("len1 58 %d->%d\n", len(sinkB58), cap(sinkB58))
	for len(sinkB58) < 200 {
		sinkB58 = append(sinkB58, v)
		if cap(sinkB58) != last {
			last = cap(sinkB58)
			fmt.Printf("len1 58 %d->%d\n", len(sinkB58), cap(sinkB58))
		}
	}
	sinkB58 = make([]B58, 2)
	last = cap(sinkB58)
	fmt.Printf("len2 58 %d->%d\n", len(sinkB58), cap(sinkB58))
	for len(sinkB58) < 200 {
		sinkB58 = append(sinkB58, v)
		if cap(sinkB58) != last {
			last = cap(sinkB58)
			fmt.Printf("len2 58 %d->%d\n", len(sinkB58), cap(sinkB58))
		}
	}
	sinkB58 = make([]B58, 5)
	last = cap(sinkB58)
	fmt.Printf("len5 58 %d->%d\n", len(sinkB58), cap(sinkB58))
	for len(sinkB58) < 200 {
		sinkB58 = append(sinkB58, v)
		if cap(sinkB58) != last {
			last = cap(sinkB58)
			fmt.Printf("len5 58 %d->%d\n", len(sinkB58), cap(sinkB58))
		}
	}
	sinkB58 = []B58{v, v, v}
	last = cap(sinkB58)
	fmt.Printf("lit3 58 %d->%d\n", len(sinkB58), cap(sinkB58))
	for len(sinkB58) < 200 {
		sinkB58 = append(sinkB58, v)
		if cap(sinkB58) != last {
			last = cap(sinkB58)
			fmt.Printf("lit3 58 %d->%d\n", len(sinkB58), cap(sinkB58))
		}
	}
}

func probeB59() {
	var v B59
	var last int
	sinkB59 = nil
	last = cap(sinkB59)
	fmt.Printf("nil 59 %d->%d\n", len(sinkB59), cap(sinkB59))
	for len(sinkB59) < 200 {
		sinkB59 = append(sinkB59, v)
		if cap(sinkB59) != last {
			last = cap(sinkB59)
			fmt.Printf("nil 59 %d->%d\n", len(sinkB59), cap(sinkB59))
		}
	}
	sinkB59 = make([]B59, 0, 0)
	last = cap(sinkB59)
	fmt.Printf("cap0 59 %d->%d\n", len(sinkB59), cap(sinkB59))
	for len(sinkB59) < 200 {
		sinkB59 = append(sinkB59, v)
		if cap(sinkB59) != last {
			last = cap(sinkB59)
			fmt.Printf("cap0 59 %d->%d\n", len(sinkB59), cap(sinkB59))
		}
	}
	sinkB59 = make([]B59, 0, 1)
	last = cap(sinkB59)
	fmt.Printf("cap1 59 %d->%d\n", len(sinkB59), cap(sinkB59))
	for len(sinkB59) < 200 {
		sinkB59 = append(sinkB59, v)
		if cap(sinkB59) != last {
			last = cap(sinkB59)
			fmt.Printf("cap1 59 %d->%d\n", len(sinkB59), cap(sinkB59))
		}
	}
	sinkB59 = make([]B59, 0, 3)
	last = cap(sinkB59)
	fmt.Printf("cap3 59 %d->%d\n", len(sinkB59), cap(sinkB59))
	for len(sinkB59) < 200 {
		sinkB59 = append(sinkB59, v)
		if cap(sinkB59) != last {
			last = cap(sinkB59)
			fmt.Printf("cap3 59 %d->%d\n", len(sinkB59), cap(sinkB59))
		}
	}
	sinkB59 = make([]B59, 0, 5)
	last = cap(sinkB59)
	fmt.Printf("cap5 59 %d->%d\n", len(sinkB59), cap(sinkB59))
	for len(sinkB59) < 200 {
		sinkB59 = append(sinkB59, v)
		if cap(sinkB59) != last {
			last = cap(sinkB59)
			fmt.Printf("cap5 59 %d->%d\n", len(sinkB59), cap(sinkB59))
		}
	}
	sinkB59 = make([]B59, 0, 8)
	last = cap(sinkB59)
	fmt.Printf("cap8 59 %d->%d\n", len(sinkB59), cap(sinkB59))
	for len(sinkB59) < 200 {
		sinkB59 = append(sinkB59, v)
		if cap(sinkB59) != last {
			last = cap(sinkB59)
			fmt.Printf("cap8 59 %d->%d\n", len(sinkB59), cap(sinkB59))
		}
	}
	sinkB59 = make([]B59, 0, 17)
	last = cap(sinkB59)
	fmt.Printf("cap17 59 %d->%d\n", len(sinkB59), cap(sinkB59))
	for len(sinkB59) < 200 {
		sinkB59 = append(sinkB59, v)
		if cap(sinkB59) != last {
			last = cap(sinkB59)
			fmt.Printf("cap17 59 %d->%d\n", len(sinkB59), cap(sinkB59))
		}
	}
	sinkB59 = make([]B59, 1)
	last = cap(sinkB59)
	fmt.Printf("len1 59 %d->%d\n", len(sinkB59), cap(sinkB59))
	for len(sinkB59) < 200 {
		sinkB59 = append(sinkB59, v)
		if cap(sinkB59) != last {
			last = cap(sinkB59)
			fmt.Printf("len1 59 %d->%d\n", len(sinkB59), cap(sinkB59))
		}
	}
	sinkB59 = make([]B59, 2)
	last = cap(sinkB59)
	fmt.Printf("len2 59 %d->%d\n", len(sinkB59), cap(sinkB59))
	for len(sinkB59) < 200 {
		sinkB59 = append(sinkB59, v)
		if cap(sinkB59) != last {
			last = cap(sinkB59)
			fmt.Printf("len2 59 %d->%d\n", len(sinkB59), cap(sinkB59))
		}
	}
	sinkB59 = make([]B59, 5)
	last = cap(sinkB59)
	fmt.Printf("len5 59 %d->%d\n", len(sinkB59), cap(sinkB59))
	for len(sinkB59) < 200 {
		sinkB59 = append(sinkB59, v)
		if cap(sinkB59) != last {
			last = cap(sinkB59)
			fmt.Printf("len5 59 %d->%d\n", len(sinkB59), cap(sinkB59))
		}
	}
	sinkB59 = []B59{v, v, v}
	last = cap(sinkB59)
	fmt.Printf("lit3 59 %d->%d\n", len(sinkB59), cap(sinkB59))
	for len(sinkB59) < 200 {
		sinkB59 = append(sinkB59, v)
		if cap(sinkB59) != last {
			last = cap(sinkB59)
			fmt.Printf("lit3 59 %d->%d\n", len(sinkB59), cap(sinkB59))
		}
	}
}

func probeB60() {
	var v B60
	var last int
	sinkB60 = nil
	last = cap(sinkB60)
	fmt.Printf("nil 60 %d->%d\n", len(sinkB60), cap(sinkB60))
	for len(sinkB60) < 200 {
		sinkB60 = append(sinkB60, v)
		if cap(sinkB60) != last {
			last = cap(sinkB60)
			fmt.Printf("nil 60 %d->%d\n", len(sinkB60), cap(sinkB60))
		}
	}
	sinkB60 = make([]B60, 0, 0)
	last = cap(sinkB60)
	fmt.Printf("cap0 60 %d->%d\n", len(sinkB60), cap(sinkB60))
	for len(sinkB60) < 200 {
		sinkB60 = append(sinkB60, v)
		if cap(sinkB60) != last {
			last = cap(sinkB60)
			fmt.Printf("cap0 60 %d->%d\n", len(sinkB60), cap(sinkB60))
		}
	}
	sinkB60 = make([]B60, 0, 1)
	last = cap(sinkB60)
	fmt.Printf("cap1 60 %d->%d\n", len(sinkB60), cap(sinkB60))
	for len(sinkB60) < 200 {
		sinkB60 = append(sinkB60, v)
		if cap(sinkB60) != last {
			last = cap(sinkB60)
			fmt.Printf("cap1 60 %d->%d\n", len(sinkB60), cap(sinkB60))
		}
	}
	sinkB60 = make([]B60, 0, 3)
	last = cap(sinkB60)
	fmt.Printf("cap3 60 %d->%d\n", len(sinkB60), cap(sinkB60))
	for len(sinkB60) < 200 {
		sinkB60 = append(sinkB60, v)
		if cap(sinkB60) != last {
			last = cap(sinkB60)
			fmt.Printf("cap3 60 %d->%d\n", len(sinkB60), cap(sinkB60))
		}
	}
	sinkB60 = make([]B60, 0, 5)
	last = cap(sinkB60)
	fmt.Printf("cap5 60 %d->%d\n", len(sinkB60), cap(sinkB60))
	for len(sinkB60) < 200 {
		sinkB60 = append(sinkB60, v)
		if cap(sinkB60) != last {
			last = cap(sinkB60)
			fmt.Printf("cap5 60 %d->%d\n", len(sinkB60), cap(sinkB60))
		}
	}
	sinkB60 = make([]B60, 0, 8)
	last = cap(sinkB60)
	fmt.Printf("cap8 60 %d->%d\n", len(sinkB60), cap(sinkB60))
	for len(sinkB60) < 200 {
		sinkB60 = append(sinkB60, v)
		if cap(sinkB60) != last {
			last = cap(sinkB60)
			fmt.Printf("cap8 60 %d->%d\n", len(sinkB60), cap(sinkB60))
		}
	}
	sinkB60 = make([]B60, 0, 17)
	last = cap(sinkB60)
	fmt.Printf("cap17 60 %d->%d\n", len(sinkB60), cap(sinkB60))
	for len(sinkB60) < 200 {
		sinkB60 = append(sinkB60, v)
		if cap(sinkB60) != last {
			last = cap(sinkB60)
			fmt.Printf("cap17 60 %d->%d\n", len(sinkB60), cap(sinkB60))
		}
	}
	sinkB60 = make([]B60, 1)
	last = cap(sinkB60)
	fmt.Printf("len1 60 %d->%d\n", len(sinkB60), cap(sinkB60))
	for len(sinkB60) < 200 {
		sinkB60 = append(sinkB60, v)
		if cap(sinkB60) != last {
			last = cap(sinkB60)
			fmt.Printf("len1 60 %d->%d\n", len(sinkB60), cap(sinkB60))
		}
	}
	sinkB60 = make([]B60, 2)
	last = cap(sinkB60)
	fmt.Printf("len2 60 %d->%d\n", len(sinkB60), cap(sinkB60))
	for len(sinkB60) < 200 {
		sinkB60 = append(sinkB60, v)
		if cap(sinkB60) != last {
			last = cap(sinkB60)
			fmt.Printf("len2 60 %d->%d\n", len(sinkB60), cap(sinkB60))
		}
	}
	sinkB60 = make([]B60, 5)
	last = cap(sinkB60)
	fmt.Printf("len5 60 %d->%d\n", len(sinkB60), cap(sinkB60))
	for len(sinkB60) < 200 {
		sinkB60 = append(sinkB60, v)
		if cap(sinkB60) != last {
			last = cap(sinkB60)
			fmt.Printf("len5 60 %d->%d\n", len(sinkB60), cap(sinkB60))
		}
	}
	sinkB60 = []B60{v, v, v}
	last = cap(sinkB60)
	fmt.Printf("lit3 60 %d->%d\n", len(sinkB60), cap(sinkB60))
	for len(sinkB60) < 200 {
		sinkB60 = append(sinkB60, v)
		if cap(sinkB60) != last {
			last = cap(sinkB60)
			fmt.Printf("lit3 60 %d->%d\n", len(sinkB60), cap(sinkB60))
		}
	}
}

func probeB61() {
	var v B61
	var last int
	sinkB61 = nil
	last = cap(sinkB61)
	fmt.Printf("nil 61 %d->%d\n", len(sinkB61), cap(sinkB61))
	for len(sinkB61) < 200 {
		sinkB61 = append(sinkB61, v)
		if cap(sinkB61) != last {
			last = cap(sinkB61)
			fmt.Printf("nil 61 %d->%d\n", len(sinkB61), cap(sinkB61))
		}
	}
	sinkB61 = make([]B61, 0, 0)
	last = cap(sinkB61)
	fmt.Printf("cap0 61 %d->%d\n", len(sinkB61), cap(sinkB61))
	for len(sinkB61) < 200 {
		sinkB61 = append(sinkB61, v)
		if cap(sinkB61) != last {
			last = cap(sinkB61)
			fmt.Printf("cap0 61 %d->%d\n", len(sinkB61), cap(sinkB61))
		}
	}
	sinkB61 = make([]B61, 0, 1)
	last = cap(sinkB61)
	fmt.Printf("cap1 61 %d->%d\n", len(sinkB61), cap(sinkB61))
	for len(sinkB61) < 200 {
		sinkB61 = append(sinkB61, v)
		if cap(sinkB61) != last {
			last = cap(sinkB61)
			fmt.Printf("cap1 61 %d->%d\n", len(sinkB61), cap(sinkB61))
		}
	}
	sinkB61 = make([]B61, 0, 3)
	last = cap(sinkB61)
	fmt.Printf("cap3 61 %d->%d\n", len(sinkB61), cap(sinkB61))
	for len(sinkB61) < 200 {
		sinkB61 = append(sinkB61, v)
		if cap(sinkB61) != last {
			last = cap(sinkB61)
			fmt.Printf("cap3 61 %d->%d\n", len(sinkB61), cap(sinkB61))
		}
	}
	sinkB61 = make([]B61, 0, 5)
	last = cap(sinkB61)
	fmt.Printf("cap5 61 %d->%d\n", len(sinkB61), cap(sinkB61))
	for len(sinkB61) < 200 {
		sinkB61 = append(sinkB61, v)
		if cap(sinkB61) != last {
			last = cap(sinkB61)
			fmt.Printf("cap5 61 %d->%d\n", len(sinkB61), cap(sinkB61))
		}
	}
	sinkB61 = make([]B61, 0, 8)
	last = cap(sinkB61)
	fmt.Printf("cap8 61 %d->%d\n", len(sinkB61), cap(sinkB61))
	for len(sinkB61) < 200 {
		sinkB61 = append(sinkB61, v)
		if cap(sinkB61) != last {
			last = cap(sinkB61)
			fmt.Printf("cap8 61 %d->%d\n", len(sinkB61), cap(sinkB61))
		}
	}
	sinkB61 = make([]B61, 0, 17)
	last = cap(sinkB61)
	fmt.Printf("cap17 61 %d->%d\n", len(sinkB61), cap(sinkB61))
	for len(sinkB61) < 200 {
		sinkB61 = append(sinkB61, v)
		if cap(sinkB61) != last {
			last = cap(sinkB61)
			fmt.Printf("cap17 61 %d->%d\n", len(sinkB61), cap(sinkB61))
		}
	}
	sinkB61 = make([]B61, 1)
	last = cap(sinkB61)
	fmt.Printf("len1 61 %d->%d\n", len(sinkB61), cap(sinkB61))
	for len(sinkB61) < 200 {
		sinkB61 = append(sinkB61, v)
		if cap(sinkB61) != last {
			last = cap(sinkB61)
			fmt.Printf("len1 61 %d->%d\n", len(sinkB61), cap(sinkB61))
		}
	}
	sinkB61 = make([]B61, 2)
	last = cap(sinkB61)
	fmt.Printf("len2 61 %d->%d\n", len(sinkB61), cap(sinkB61))
	for len(sinkB61) < 200 {
		sinkB61 = append(sinkB61, v)
		if cap(sinkB61) != last {
			last = cap(sinkB61)
			fmt.Printf("len2 61 %d->%d\n", len(sinkB61), cap(sinkB61))
		}
	}
	sinkB61 = make([]B61, 5)
	last = cap(sinkB61)
	fmt.Printf("len5 61 %d->%d\n", len(sinkB61), cap(sinkB61))
	for len(sinkB61) < 200 {
		sinkB61 = append(sinkB61, v)
		if cap(sinkB61) != last {
			last = cap(sinkB61)
			fmt.Printf("len5 61 %d->%d\n", len(sinkB61), cap(sinkB61))
		}
	}
	sinkB61 = []B61{v, v, v}
	last = cap(sinkB61)
	fmt.Printf("lit3 61 %d->%d\n", len(sinkB61), cap(sinkB61))
	for len(sinkB61) < 200 {
		sinkB61 = append(sinkB61, v)
		if cap(sinkB61) != last {
			last = cap(sinkB61)
			fmt.Printf("lit3 61 %d->%d\n", len(sinkB61), cap(sinkB61))
		}
	}
}

func probeB62() {
	var v B62
	var last int
	sinkB62 = nil
	last = cap(sinkB62)
	fmt.Printf("nil 62 %d->%d\n", len(sinkB62), cap(sinkB62))
	for len(sinkB62) < 200 {
		sinkB62 = append(sinkB62, v)
		if cap(sinkB62) != last {
			last = cap(sinkB62)
			fmt.Printf("nil 62 %d->%d\n", len(sinkB62), cap(sinkB62))
		}
	}
	sinkB62 = make([]B62, 0, 0)
	last = cap(sinkB62)
	fmt.Printf("cap0 62 %d->%d\n", len(sinkB62), cap(sinkB62))
	for len(sinkB62) < 200 {
		sinkB62 = append(sinkB62, v)
		if cap(sinkB62) != last {
			last = cap(sinkB62)
			fmt.Printf("cap0 62 %d->%d\n", len(sinkB62), cap(sinkB62))
		}
	}
	sinkB62 = make([]B62, 0, 1)
	last = cap(sinkB62)
	fmt.Printf("cap1 62 %d->%d\n", len(sinkB62), cap(sinkB62))
	for len(sinkB62) < 200 {
		sinkB62 = append(sinkB62, v)
		if cap(sinkB62) != last {
			last = cap(sinkB62)
			fmt.Printf("cap1 62 %d->%d\n", len(sinkB62), cap(sinkB62))
		}
	}
	sinkB62 = make([]B62, 0, 3)
	last = cap(sinkB62)
	fmt.Printf("cap3 62 %d->%d\n", len(sinkB62), cap(sinkB62))
	for len(sinkB62) < 200 {
		sinkB62 = append(sinkB62, v)
		if cap(sinkB62) != last {
			last = cap(sinkB62)
			fmt.Printf("cap3 62 %d->%d\n", len(sinkB62), cap(sinkB62))
		}
	}
	sinkB62 = make([]B62, 0, 5)
	last = cap(sinkB62)
	fmt.Printf("cap5 62 %d->%d\n", len(sinkB62), cap(sinkB62))
	for len(sinkB62) < 200 {
		sinkB62 = append(sinkB62, v)
		if cap(sinkB62) != last {
			last = cap(sinkB62)
			fmt.Printf("cap5 62 %d->%d\n", len(sinkB62), cap(sinkB62))
		}
	}
	sinkB62 = make([]B62, 0, 8)
	last = cap(sinkB62)
	fmt.Printf("cap8 62 %d->%d\n", len(sinkB62), cap(sinkB62))
	for len(sinkB62) < 200 {
		sinkB62 = append(sinkB62, v)
		if cap(sinkB62) != last {
			last = cap(sinkB62)
			fmt.Printf("cap8 62 %d->%d\n", len(sinkB62), cap(sinkB62))
		}
	}
	sinkB62 = make([]B62, 0, 17)
	last = cap(sinkB62)
	fmt.Printf("cap17 62 %d->%d\n", len(sinkB62), cap(sinkB62))
	for len(sinkB62) < 200 {
		sinkB62 = append(sinkB62, v)
		if cap(sinkB62) != last {
			last = cap(sinkB62)
			fmt.Printf("cap17 62 %d->%d\n", len(sinkB62), cap(sinkB62))
		}
	}
	sinkB62 = make([]B62, 1)
	last = cap(sinkB62)
	fmt.Printf("len1 62 %d->%d\n", len(sinkB62), cap(sinkB62))
	for len(sinkB62) < 200 {
		sinkB62 = append(sinkB62, v)
		if cap(sinkB62) != last {
			last = cap(sinkB62)
			fmt.Printf("len1 62 %d->%d\n", len(sinkB62), cap(sinkB62))
		}
	}
	sinkB62 = make([]B62, 2)
	last = cap(sinkB62)
	fmt.Printf("len2 62 %d->%d\n", len(sinkB62), cap(sinkB62))
	for len(sinkB62) < 200 {
		sinkB62 = append(sinkB62, v)
		if cap(sinkB62) != last {
			last = cap(sinkB62)
			fmt.Printf("len2 62 %d->%d\n", len(sinkB62), cap(sinkB62))
		}
	}
	sinkB62 = make([]B62, 5)
	last = cap(sinkB62)
	fmt.Printf("len5 62 %d->%d\n", len(sinkB62), cap(sinkB62))
	for len(sinkB62) < 200 {
		sinkB62 = append(sinkB62, v)
		if cap(sinkB62) != last {
			last = cap(sinkB62)
			fmt.Printf("len5 62 %d->%d\n", len(sinkB62), cap(sinkB62))
		}
	}
	sinkB62 = []B62{v, v, v}
	last = cap(sinkB62)
	fmt.Printf("lit3 62 %d->%d\n", len(sinkB62), cap(sinkB62))
	for len(sinkB62) < 200 {
		sinkB62 = append(sinkB62, v)
		if cap(sinkB62) != last {
			last = cap(sinkB62)
			fmt.Printf("lit3 62 %d->%d\n", len(sinkB62), cap(sinkB62))
		}
	}
}

func probeB63() {
	var v B63
	var last int
	sinkB63 = nil
	last = cap(sinkB63)
	fmt.Printf("nil 63 %d->%d\n", len(sinkB63), cap(sinkB63))
	for len(sinkB63) < 200 {
		sinkB63 = append(sinkB63, v)
		if cap(sinkB63) != last {
			last = cap(sinkB63)
			fmt.Printf("nil 63 %d->%d\n", len(sinkB63), cap(sinkB63))
		}
	}
	sinkB63 = make([]B63, 0, 0)
	last = cap(sinkB63)
	fmt.Printf("cap0 63 %d->%d\n", len(sinkB63), cap(sinkB63))
	for len(sinkB63) < 200 {
		sinkB63 = append(sinkB63, v)
		if cap(sinkB63) != last {
			last = cap(sinkB63)
			fmt.Printf("cap0 63 %d->%d\n", len(sinkB63), cap(sinkB63))
		}
	}
	sinkB63 = make([]B63, 0, 1)
	last = cap(sinkB63)
	fmt.Printf("cap1 63 %d->%d\n", len(sinkB63), cap(sinkB63))
	for len(sinkB63) < 200 {
		sinkB63 = append(sinkB63, v)
		if cap(sinkB63) != last {
			last = cap(sinkB63)
			fmt.Printf("cap1 63 %d->%d\n", len(sinkB63), cap(sinkB63))
		}
	}
	sinkB63 = make([]B63, 0, 3)
	last = cap(sinkB63)
	fmt.Printf("cap3 63 %d->%d\n", len(sinkB63), cap(sinkB63))
	for len(sinkB63) < 200 {
		sinkB63 = append(sinkB63, v)
		if cap(sinkB63) != last {
			last = cap(sinkB63)
			fmt.Printf("cap3 63 %d->%d\n", len(sinkB63), cap(sinkB63))
		}
	}
	sinkB63 = make([]B63, 0, 5)
	last = cap(sinkB63)
	fmt.Printf("cap5 63 %d->%d\n", len(sinkB63), cap(sinkB63))
	for len(sinkB63) < 200 {
		sinkB63 = append(sinkB63, v)
		if cap(sinkB63) != last {
			last = cap(sinkB63)
			fmt.Printf("cap5 63 %d->%d\n", len(sinkB63), cap(sinkB63))
		}
	}
	sinkB63 = make([]B63, 0, 8)
	last = cap(sinkB63)
	fmt.Printf("cap8 63 %d->%d\n", len(sinkB63), cap(sinkB63))
	for len(sinkB63) < 200 {
		sinkB63 = append(sinkB63, v)
		if cap(sinkB63) != last {
			last = cap(sinkB63)
			fmt.Printf("cap8 63 %d->%d\n", len(sinkB63), cap(sinkB63))
		}
	}
	sinkB63 = make([]B63, 0, 17)
	last = cap(sinkB63)
	fmt.Printf("cap17 63 %d->%d\n", len(sinkB63), cap(sinkB63))
	for len(sinkB63) < 200 {
		sinkB63 = append(sinkB63, v)
		if cap(sinkB63) != last {
			last = cap(sinkB63)
			fmt.Printf("cap17 63 %d->%d\n", len(sinkB63), cap(sinkB63))
		}
	}
	sinkB63 = make([]B63, 1)
	last = cap(sinkB63)
	fmt.Printf("len1 63 %d->%d\n", len(sinkB63), cap(sinkB63))
	for len(sinkB63) < 200 {
		sinkB63 = append(sinkB63, v)
		if cap(sinkB63) != last {
			last = cap(sinkB63)
			fmt.Printf("len1 63 %d->%d\n", len(sinkB63), cap(sinkB63))
		}
	}
	sinkB63 = make([]B63, 2)
	last = cap(sinkB63)
	fmt.Printf("len2 63 %d->%d\n", len(sinkB63), cap(sinkB63))
	for len(sinkB63) < 200 {
		sinkB63 = append(sinkB63, v)
		if cap(sinkB63) != last {
			last = cap(sinkB63)
			fmt.Printf("len2 63 %d->%d\n", len(sinkB63), cap(sinkB63))
		}
	}
	sinkB63 = make([]B63, 5)
	last = cap(sinkB63)
	fmt.Printf("len5 63 %d->%d\n", len(sinkB63), cap(sinkB63))
	for len(sinkB63) < 200 {
		sinkB63 = append(sinkB63, v)
		if cap(sinkB63) != last {
			last = cap(sinkB63)
			fmt.Printf("len5 63 %d->%d\n", len(sinkB63), cap(sinkB63))
		}
	}
	sinkB63 = []B63{v, v, v}
	last = cap(sinkB63)
	fmt.Printf("lit3 63 %d->%d\n", len(sinkB63), cap(sinkB63))
	for len(sinkB63) < 200 {
		sinkB63 = append(sinkB63, v)
		if cap(sinkB63) != last {
			last = cap(sinkB63)
			fmt.Printf("lit3 63 %d->%d\n", len(sinkB63), cap(sinkB63))
		}
	}
}

func probeB64() {
	var v B64
	var last int
	sinkB64 = nil
	last = cap(sinkB64)
	fmt.Printf("nil 64 %d->%d\n", len(sinkB64), cap(sinkB64))
	for len(sinkB64) < 200 {
		sinkB64 = append(sinkB64, v)
		if cap(sinkB64) != last {
			last = cap(sinkB64)
			fmt.Printf("nil 64 %d->%d\n", len(sinkB64), cap(sinkB64))
		}
	}
	sinkB64 = make([]B64, 0, 0)
	last = cap(sinkB64)
	fmt.Printf("cap0 64 %d->%d\n", len(sinkB64), cap(sinkB64))
	for len(sinkB64) < 200 {
		sinkB64 = append(sinkB64, v)
		if cap(sinkB64) != last {
			last = cap(sinkB64)
			fmt.Printf("cap0 64 %d->%d\n", len(sinkB64), cap(sinkB64))
		}
	}
	sinkB64 = make([]B64, 0, 1)
	last = cap(sinkB64)
	fmt.Printf("cap1 64 %d->%d\n", len(sinkB64), cap(sinkB64))
	for len(sinkB64) < 200 {
		sinkB64 = append(sinkB64, v)
		if cap(sinkB64) != last {
			last = cap(sinkB64)
			fmt.Printf("cap1 64 %d->%d\n", len(sinkB64), cap(sinkB64))
		}
	}
	sinkB64 = make([]B64, 0, 3)
	last = cap(sinkB64)
	fmt.Printf("cap3 64 %d->%d\n", len(sinkB64), cap(sinkB64))
	for len(sinkB64) < 200 {
		sinkB64 = append(sinkB64, v)
		if cap(sinkB64) != last {
			last = cap(sinkB64)
			fmt.Printf("cap3 64 %d->%d\n", len(sinkB64), cap(sinkB64))
		}
	}
	sinkB64 = make([]B64, 0, 5)
	last = cap(sinkB64)
	fmt.Printf("cap5 64 %d->%d\n", len(sinkB64), cap(sinkB64))
	for len(sinkB64) < 200 {
		sinkB64 = append(sinkB64, v)
		if cap(sinkB64) != last {
			last = cap(sinkB64)
			fmt.Printf("cap5 64 %d->%d\n", len(sinkB64), cap(sinkB64))
		}
	}
	sinkB64 = make([]B64, 0, 8)
	last = cap(sinkB64)
	fmt.Printf("cap8 64 %d->%d\n", len(sinkB64), cap(sinkB64))
	for len(sinkB64) < 200 {
		sinkB64 = append(sinkB64, v)
		if cap(sinkB64) != last {
			last = cap(sinkB64)
			fmt.Printf("cap8 64 %d->%d\n", len(sinkB64), cap(sinkB64))
		}
	}
	sinkB64 = make([]B64, 0, 17)
	last = cap(sinkB64)
	fmt.Printf("cap17 64 %d->%d\n", len(sinkB64), cap(sinkB64))
	for len(sinkB64) < 200 {
		sinkB64 = append(sinkB64, v)
		if cap(sinkB64) != last {
			last = cap(sinkB64)
			fmt.Printf("cap17 64 %d->%d\n", len(sinkB64), cap(sinkB64))
		}
	}
	sinkB64 = make([]B64, 1)
	last = cap(sinkB64)
	fmt.Printf("len1 64 %d->%d\n", len(sinkB64), cap(sinkB64))
	for len(sinkB64) < 200 {
		sinkB64 = append(sinkB64, v)
		if cap(sinkB64) != last {
			last = cap(sinkB64)
			fmt.Printf("len1 64 %d->%d\n", len(sinkB64), cap(sinkB64))
		}
	}
	sinkB64 = make([]B64, 2)
	last = cap(sinkB64)
	fmt.Printf("len2 64 %d->%d\n", len(sinkB64), cap(sinkB64))
	for len(sinkB64) < 200 {
		sinkB64 = append(sinkB64, v)
		if cap(sinkB64) != last {
			last = cap(sinkB64)
			fmt.Printf("len2 64 %d->%d\n", len(sinkB64), cap(sinkB64))
		}
	}
	sinkB64 = make([]B64, 5)
	last = cap(sinkB64)
	fmt.Printf("len5 64 %d->%d\n", len(sinkB64), cap(sinkB64))
	for len(sinkB64) < 200 {
		sinkB64 = append(sinkB64, v)
		if cap(sinkB64) != last {
			last = cap(sinkB64)
			fmt.Printf("len5 64 %d->%d\n", len(sinkB64), cap(sinkB64))
		}
	}
	sinkB64 = []B64{v, v, v}
	last = cap(sinkB64)
	fmt.Printf("lit3 64 %d->%d\n", len(sinkB64), cap(sinkB64))
	for len(sinkB64) < 200 {
		sinkB64 = append(sinkB64, v)
		if cap(sinkB64) != last {
			last = cap(sinkB64)
			fmt.Printf("lit3 64 %d->%d\n", len(sinkB64), cap(sinkB64))
		}
	}
}

func probeI16() {
	var v I16
	var last int
	sinkI16 = nil
	last = cap(sinkI16)
	fmt.Printf("nil 2:int16 %d->%d\n", len(sinkI16), cap(sinkI16))
	for len(sinkI16) < 200 {
		sinkI16 = append(sinkI16, v)
		if cap(sinkI16) != last {
			last = cap(sinkI16)
			fmt.Printf("nil 2:int16 %d->%d\n", len(sinkI16), cap(sinkI16))
		}
	}
	sinkI16 = make([]I16, 0, 0)
	last = cap(sinkI16)
	fmt.Printf("cap0 2:int16 %d->%d\n", len(sinkI16), cap(sinkI16))
	for len(sinkI16) < 200 {
		sinkI16 = append(sinkI16, v)
		if cap(sinkI16) != last {
			last = cap(sinkI16)
			fmt.Printf("cap0 2:int16 %d->%d\n", len(sinkI16), cap(sinkI16))
		}
	}
	sinkI16 = make([]I16, 0, 1)
	last = cap(sinkI16)
	fmt.Printf("cap1 2:int16 %d->%d\n", len(sinkI16), cap(sinkI16))
	for len(sinkI16) < 200 {
		sinkI16 = append(sinkI16, v)
		if cap(sinkI16) != last {
			last = cap(sinkI16)
			fmt.Printf("cap1 2:int16 %d->%d\n", len(sinkI16), cap(sinkI16))
		}
	}
	sinkI16 = make([]I16, 0, 3)
	last = cap(sinkI16)
	fmt.Printf("cap3 2:int16 %d->%d\n", len(sinkI16), cap(sinkI16))
	for len(sinkI16) < 200 {
		sinkI16 = append(sinkI16, v)
		if cap(sinkI16) != last {
			last = cap(sinkI16)
			fmt.Printf("cap3 2:int16 %d->%d\n", len(sinkI16), cap(sinkI16))
		}
	}
	sinkI16 = make([]I16, 0, 5)
	last = cap(sinkI16)
	fmt.Printf("cap5 2:int16 %d->%d\n", len(sinkI16), cap(sinkI16))
	for len(sinkI16) < 200 {
		sinkI16 = append(sinkI16, v)
		if cap(sinkI16) != last {
			last = cap(sinkI16)
			fmt.Printf("cap5 2:int16 %d->%d\n", len(sinkI16), cap(sinkI16))
		}
	}
	sinkI16 = make([]I16, 0, 8)
	last = cap(sinkI16)
	fmt.Printf("cap8 2:int16 %d->%d\n", len(sinkI16), cap(sinkI16))
	for len(sinkI16) < 200 {
		sinkI16 = append(sinkI16, v)
		if cap(sinkI16) != last {
			last = cap(sinkI16)
			fmt.Printf("cap8 2:int16 %d->%d\n", len(sinkI16), cap(sinkI16))
		}
	}
	sinkI16 = make([]I16, 0, 17)
	last = cap(sinkI16)
	fmt.Printf("cap17 2:int16 %d->%d\n", len(sinkI16), cap(sinkI16))
	for len(sinkI16) < 200 {
		sinkI16 = append(sinkI16, v)
		if cap(sinkI16) != last {
			last = cap(sinkI16)
			fmt.Printf("cap17 2:int16 %d->%d\n", len(sinkI16), cap(sinkI16))
		}
	}
	sinkI16 = make([]I16, 1)
	last = cap(sinkI16)
	fmt.Printf("len1 2:int16 %d->%d\n", len(sinkI16), cap(sinkI16))
	for len(sinkI16) < 200 {
		sinkI16 = append(sinkI16, v)
		if cap(sinkI16) != last {
			last = cap(sinkI16)
			fmt.Printf("len1 2:int16 %d->%d\n", len(sinkI16), cap(sinkI16))
		}
	}
	sinkI16 = make([]I16, 2)
	last = cap(sinkI16)
	fmt.Printf("len2 2:int16 %d->%d\n", len(sinkI16), cap(sinkI16))
	for len(sinkI16) < 200 {
		sinkI16 = append(sinkI16, v)
		if cap(sinkI16) != last {
			last = cap(sinkI16)
			fmt.Printf("len2 2:int16 %d->%d\n", len(sinkI16), cap(sinkI16))
		}
	}
	sinkI16 = make([]I16, 5)
	last = cap(sinkI16)
	fmt.Printf("len5 2:int16 %d->%d\n", len(sinkI16), cap(sinkI16))
	for len(sinkI16) < 200 {
		sinkI16 = append(sinkI16, v)
		if cap(sinkI16) != last {
			last = cap(sinkI16)
			fmt.Printf("len5 2:int16 %d->%d\n", len(sinkI16), cap(sinkI16))
		}
	}
	sinkI16 = []I16{v, v, v}
	last = cap(sinkI16)
	fmt.Printf("lit3 2:int16 %d->%d\n", len(sinkI16), cap(sinkI16))
	for len(sinkI16) < 200 {
		sinkI16 = append(sinkI16, v)
		if cap(sinkI16) != last {
			last = cap(sinkI16)
			fmt.Printf("lit3 2:int16 %d->%d\n", len(sinkI16), cap(sinkI16))
		}
	}
}

func probeI32() {
	var v I32
	var last int
	sinkI32 = nil
	last = cap(sinkI32)
	fmt.Printf("nil 4:int32 %d->%d\n", len(sinkI32), cap(sinkI32))
	for len(sinkI32) < 200 {
		sinkI32 = append(sinkI32, v)
		if cap(sinkI32) != last {
			last = cap(sinkI32)
			fmt.Printf("nil 4:int32 %d->%d\n", len(sinkI32), cap(sinkI32))
		}
	}
	sinkI32 = make([]I32, 0, 0)
	last = cap(sinkI32)
	fmt.Printf("cap0 4:int32 %d->%d\n", len(sinkI32), cap(sinkI32))
	for len(sinkI32) < 200 {
		sinkI32 = append(sinkI32, v)
		if cap(sinkI32) != last {
			last = cap(sinkI32)
			fmt.Printf("cap0 4:int32 %d->%d\n", len(sinkI32), cap(sinkI32))
		}
	}
	sinkI32 = make([]I32, 0, 1)
	last = cap(sinkI32)
	fmt.Printf("cap1 4:int32 %d->%d\n", len(sinkI32), cap(sinkI32))
	for len(sinkI32) < 200 {
		sinkI32 = append(sinkI32, v)
		if cap(sinkI32) != last {
			last = cap(sinkI32)
			fmt.Printf("cap1 4:int32 %d->%d\n", len(sinkI32), cap(sinkI32))
		}
	}
	sinkI32 = make([]I32, 0, 3)
	last = cap(sinkI32)
	fmt.Printf("cap3 4:int32 %d->%d\n", len(sinkI32), cap(sinkI32))
	for len(sinkI32) < 200 {
		sinkI32 = append(sinkI32, v)
		if cap(sinkI32) != last {
			last = cap(sinkI32)
			fmt.Printf("cap3 4:int32 %d->%d\n", len(sinkI32), cap(sinkI32))
		}
	}
	sinkI32 = make([]I32, 0, 5)
	last = cap(sinkI32)
	fmt.Printf("cap5 4:int32 %d->%d\n", len(sinkI32), cap(sinkI32))
	for len(sinkI32) < 200 {
		sinkI32 = append(sinkI32, v)
		if cap(sinkI32) != last {
			last = cap(sinkI32)
			fmt.Printf("cap5 4:int32 %d->%d\n", len(sinkI32), cap(sinkI32))
		}
	}
	sinkI32 = make([]I32, 0, 8)
	last = cap(sinkI32)
	fmt.Printf("cap8 4:int32 %d->%d\n", len(sinkI32), cap(sinkI32))
	for len(sinkI32) < 200 {
		sinkI32 = append(sinkI32, v)
		if cap(sinkI32) != last {
			last = cap(sinkI32)
			fmt.Printf("cap8 4:int32 %d->%d\n", len(sinkI32), cap(sinkI32))
		}
	}
	sinkI32 = make([]I32, 0, 17)
	last = cap(sinkI32)
	fmt.Printf("cap17 4:int32 %d->%d\n", len(sinkI32), cap(sinkI32))
	for len(sinkI32) < 200 {
		sinkI32 = append(sinkI32, v)
		if cap(sinkI32) != last {
			last = cap(sinkI32)
			fmt.Printf("cap17 4:int32 %d->%d\n", len(sinkI32), cap(sinkI32))
		}
	}
	sinkI32 = make([]I32, 1)
	last = cap(sinkI32)
	fmt.Printf("len1 4:int32 %d->%d\n", len(sinkI32), cap(sinkI32))
	for len(sinkI32) < 200 {
		sinkI32 = append(sinkI32, v)
		if cap(sinkI32) != last {
			last = cap(sinkI32)
			fmt.Printf("len1 4:int32 %d->%d\n", len(sinkI32), cap(sinkI32))
		}
	}
	sinkI32 = make([]I32, 2)
	last = cap(sinkI32)
	fmt.Printf("len2 4:int32 %d->%d\n", len(sinkI32), cap(sinkI32))
	for len(sinkI32) < 200 {
		sinkI32 = append(sinkI32, v)
		if cap(sinkI32) != last {
			last = cap(sinkI32)
			fmt.Printf("len2 4:int32 %d->%d\n", len(sinkI32), cap(sinkI32))
		}
	}
	sinkI32 = make([]I32, 5)
	last = cap(sinkI32)
	fmt.Printf("len5 4:int32 %d->%d\n", len(sinkI32), cap(sinkI32))
	for len(sinkI32) < 200 {
		sinkI32 = append(sinkI32, v)
		if cap(sinkI32) != last {
			last = cap(sinkI32)
			fmt.Printf("len5 4:int32 %d->%d\n", len(sinkI32), cap(sinkI32))
		}
	}
	sinkI32 = []I32{v, v, v}
	last = cap(sinkI32)
	fmt.Printf("lit3 4:int32 %d->%d\n", len(sinkI32), cap(sinkI32))
	for len(sinkI32) < 200 {
		sinkI32 = append(sinkI32, v)
		if cap(sinkI32) != last {
			last = cap(sinkI32)
			fmt.Printf("lit3 4:int32 %d->%d\n", len(sinkI32), cap(sinkI32))
		}
	}
}

func probeI64() {
	var v I64
	var last int
	sinkI64 = nil
	last = cap(sinkI64)
	fmt.Printf("nil 8:int64 %d->%d\n", len(sinkI64), cap(sinkI64))
	for len(sinkI64) < 200 {
		sinkI64 = append(sinkI64, v)
		if cap(sinkI64) != last {
			last = cap(sinkI64)
			fmt.Printf("nil 8:int64 %d->%d\n", len(sinkI64), cap(sinkI64))
		}
	}
	sinkI64 = make([]I64, 0, 0)
	last = cap(sinkI64)
	fmt.Printf("cap0 8:int64 %d->%d\n", len(sinkI64), cap(sinkI64))
	for len(sinkI64) < 200 {
		sinkI64 = append(sinkI64, v)
		if cap(sinkI64) != last {
			last = cap(sinkI64)
			fmt.Printf("cap0 8:int64 %d->%d\n", len(sinkI64), cap(sinkI64))
		}
	}
	sinkI64 = make([]I64, 0, 1)
	last = cap(sinkI64)
	fmt.Printf("cap1 8:int64 %d->%d\n", len(sinkI64), cap(sinkI64))
	for len(sinkI64) < 200 {
		sinkI64 = append(sinkI64, v)
		if cap(sinkI64) != last {
			last = cap(sinkI64)
			fmt.Printf("cap1 8:int64 %d->%d\n", len(sinkI64), cap(sinkI64))
		}
	}
	sinkI64 = make([]I64, 0, 3)
	last = cap(sinkI64)
	fmt.Printf("cap3 8:int64 %d->%d\n", len(sinkI64), cap(sinkI64))
	for len(sinkI64) < 200 {
		sinkI64 = append(sinkI64, v)
		if cap(sinkI64) != last {
			last = cap(sinkI64)
			fmt.Printf("cap3 8:int64 %d->%d\n", len(sinkI64), cap(sinkI64))
		}
	}
	sinkI64 = make([]I64, 0, 5)
	last = cap(sinkI64)
	fmt.Printf("cap5 8:int64 %d->%d\n", len(sinkI64), cap(sinkI64))
	for len(sinkI64) < 200 {
		sinkI64 = append(sinkI64, v)
		if cap(sinkI64) != last {
			last = cap(sinkI64)
			fmt.Printf("cap5 8:int64 %d->%d\n", len(sinkI64), cap(sinkI64))
		}
	}
	sinkI64 = make([]I64, 0, 8)
	last = cap(sinkI64)
	fmt.Printf("cap8 8:int64 %d->%d\n", len(sinkI64), cap(sinkI64))
	for len(sinkI64) < 200 {
		sinkI64 = append(sinkI64, v)
		if cap(sinkI64) != last {
			last = cap(sinkI64)
			fmt.Printf("cap8 8:int64 %d->%d\n", len(sinkI64), cap(sinkI64))
		}
	}
	sinkI64 = make([]I64, 0, 17)
	last = cap(sinkI64)
	fmt.Printf("cap17 8:int64 %d->%d\n", len(sinkI64), cap(sinkI64))
	for len(sinkI64) < 200 {
		sinkI64 = append(sinkI64, v)
		if cap(sinkI64) != last {
			last = cap(sinkI64)
			fmt.Printf("cap17 8:int64 %d->%d\n", len(sinkI64), cap(sinkI64))
		}
	}
	sinkI64 = make([]I64, 1)
	last = cap(sinkI64)
	fmt.Printf("len1 8:int64 %d->%d\n", len(sinkI64), cap(sinkI64))
	for len(sinkI64) < 200 {
		sinkI64 = append(sinkI64, v)
		if cap(sinkI64) != last {
			last = cap(sinkI64)
			fmt.Printf("len1 8:int64 %d->%d\n", len(sinkI64), cap(sinkI64))
		}
	}
	sinkI64 = make([]I64, 2)
	last = cap(sinkI64)
	fmt.Printf("len2 8:int64 %d->%d\n", len(sinkI64), cap(sinkI64))
	for len(sinkI64) < 200 {
		sinkI64 = append(sinkI64, v)
		if cap(sinkI64) != last {
			last = cap(sinkI64)
			fmt.Printf("len2 8:int64 %d->%d\n", len(sinkI64), cap(sinkI64))
		}
	}
	sinkI64 = make([]I64, 5)
	last = cap(sinkI64)
	fmt.Printf("len5 8:int64 %d->%d\n", len(sinkI64), cap(sinkI64))
	for len(sinkI64) < 200 {
		sinkI64 = append(sinkI64, v)
		if cap(sinkI64) != last {
			last = cap(sinkI64)
			fmt.Printf("len5 8:int64 %d->%d\n", len(sinkI64), cap(sinkI64))
		}
	}
	sinkI64 = []I64{v, v, v}
	last = cap(sinkI64)
	fmt.Printf("lit3 8:int64 %d->%d\n", len(sinkI64), cap(sinkI64))
	for len(sinkI64) < 200 {
		sinkI64 = append(sinkI64, v)
		if cap(sinkI64) != last {
			last = cap(sinkI64)
			fmt.Printf("lit3 8:int64 %d->%d\n", len(sinkI64), cap(sinkI64))
		}
	}
}

func probeF32() {
	var v F32
	var last int
	sinkF32 = nil
	last = cap(sinkF32)
	fmt.Printf("nil 4:float32 %d->%d\n", len(sinkF32), cap(sinkF32))
	for len(sinkF32) < 200 {
		sinkF32 = append(sinkF32, v)
		if cap(sinkF32) != last {
			last = cap(sinkF32)
			fmt.Printf("nil 4:float32 %d->%d\n", len(sinkF32), cap(sinkF32))
		}
	}
	sinkF32 = make([]F32, 0, 0)
	last = cap(sinkF32)
	fmt.Printf("cap0 4:float32 %d->%d\n", len(sinkF32), cap(sinkF32))
	for len(sinkF32) < 200 {
		sinkF32 = append(sinkF32, v)
		if cap(sinkF32) != last {
			last = cap(sinkF32)
			fmt.Printf("cap0 4:float32 %d->%d\n", len(sinkF32), cap(sinkF32))
		}
	}
	sinkF32 = make([]F32, 0, 1)
	last = cap(sinkF32)
	fmt.Printf("cap1 4:float32 %d->%d\n", len(sinkF32), cap(sinkF32))
	for len(sinkF32) < 200 {
		sinkF32 = append(sinkF32, v)
		if cap(sinkF32) != last {
			last = cap(sinkF32)
			fmt.Printf("cap1 4:float32 %d->%d\n", len(sinkF32), cap(sinkF32))
		}
	}
	sinkF32 = make([]F32, 0, 3)
	last = cap(sinkF32)
	fmt.Printf("cap3 4:float32 %d->%d\n", len(sinkF32), cap(sinkF32))
	for len(sinkF32) < 200 {
		sinkF32 = append(sinkF32, v)
		if cap(sinkF32) != last {
			last = cap(sinkF32)
			fmt.Printf("cap3 4:float32 %d->%d\n", len(sinkF32), cap(sinkF32))
		}
	}
	sinkF32 = make([]F32, 0, 5)
	last = cap(sinkF32)
	fmt.Printf("cap5 4:float32 %d->%d\n", len(sinkF32), cap(sinkF32))
	for len(sinkF32) < 200 {
		sinkF32 = append(sinkF32, v)
		if cap(sinkF32) != last {
			last = cap(sinkF32)
			fmt.Printf("cap5 4:float32 %d->%d\n", len(sinkF32), cap(sinkF32))
		}
	}
	sinkF32 = make([]F32, 0, 8)
	last = cap(sinkF32)
	fmt.Printf("cap8 4:float32 %d->%d\n", len(sinkF32), cap(sinkF32))
	for len(sinkF32) < 200 {
		sinkF32 = append(sinkF32, v)
		if cap(sinkF32) != last {
			last = cap(sinkF32)
			fmt.Printf("cap8 4:float32 %d->%d\n", len(sinkF32), cap(sinkF32))
		}
	}
	sinkF32 = make([]F32, 0, 17)
	last = cap(sinkF32)
	fmt.Printf("cap17 4:float32 %d->%d\n", len(sinkF32), cap(sinkF32))
	for len(sinkF32) < 200 {
		sinkF32 = append(sinkF32, v)
		if cap(sinkF32) != last {
			last = cap(sinkF32)
			fmt.Printf("cap17 4:float32 %d->%d\n", len(sinkF32), cap(sinkF32))
		}
	}
	sinkF32 = make([]F32, 1)
	last = cap(sinkF32)
	fmt.Printf("len1 4:float32 %d->%d\n", len(sinkF32), cap(sinkF32))
	for len(sinkF32) < 200 {
		sinkF32 = append(sinkF32, v)
		if cap(sinkF32) != last {
			last = cap(sinkF32)
			fmt.Printf("len1 4:float32 %d->%d\n", len(sinkF32), cap(sinkF32))
		}
	}
	sinkF32 = make([]F32, 2)
	last = cap(sinkF32)
	fmt.Printf("len2 4:float32 %d->%d\n", len(sinkF32), cap(sinkF32))
	for len(sinkF32) < 200 {
		sinkF32 = append(sinkF32, v)
		if cap(sinkF32) != last {
			last = cap(sinkF32)
			fmt.Printf("len2 4:float32 %d->%d\n", len(sinkF32), cap(sinkF32))
		}
	}
	sinkF32 = make([]F32, 5)
	last = cap(sinkF32)
	fmt.Printf("len5 4:float32 %d->%d\n", len(sinkF32), cap(sinkF32))
	for len(sinkF32) < 200 {
		sinkF32 = append(sinkF32, v)
		if cap(sinkF32) != last {
			last = cap(sinkF32)
			fmt.Printf("len5 4:float32 %d->%d\n", len(sinkF32), cap(sinkF32))
		}
	}
	sinkF32 = []F32{v, v, v}
	last = cap(sinkF32)
	fmt.Printf("lit3 4:float32 %d->%d\n", len(sinkF32), cap(sinkF32))
	for len(sinkF32) < 200 {
		sinkF32 = append(sinkF32, v)
		if cap(sinkF32) != last {
			last = cap(sinkF32)
			fmt.Printf("lit3 4:float32 %d->%d\n", len(sinkF32), cap(sinkF32))
		}
	}
}

func probeS8() {
	var v S8
	var last int
	sinkS8 = nil
	last = cap(sinkS8)
	fmt.Printf("nil 8:struct{a_int32;b_byte} %d->%d\n", len(sinkS8), cap(sinkS8))
	for len(sinkS8) < 200 {
		sinkS8 = append(sinkS8, v)
		if cap(sinkS8) != last {
			last = cap(sinkS8)
			fmt.Printf("nil 8:struct{a_int32;b_byte} %d->%d\n", len(sinkS8), cap(sinkS8))
		}
	}
	sinkS8 = make([]S8, 0, 0)
	last = cap(sinkS8)
	fmt.Printf("cap0 8:struct{a_int32;b_byte} %d->%d\n", len(sinkS8), cap(sinkS8))
	for len(sinkS8) < 200 {
		sinkS8 = append(sinkS8, v)
		if cap(sinkS8) != last {
			last = cap(sinkS8)
			fmt.Printf("cap0 8:struct{a_int32;b_byte} %d->%d\n", len(sinkS8), cap(sinkS8))
		}
	}
	sinkS8 = make([]S8, 0, 1)
	last = cap(sinkS8)
	fmt.Printf("cap1 8:struct{a_int32;b_byte} %d->%d\n", len(sinkS8), cap(sinkS8))
	for len(sinkS8) < 200 {
		sinkS8 = append(sinkS8, v)
		if cap(sinkS8) != last {
			last = cap(sinkS8)
			fmt.Printf("cap1 8:struct{a_int32;b_byte} %d->%d\n", len(sinkS8), cap(sinkS8))
		}
	}
	sinkS8 = make([]S8, 0, 3)
	last = cap(sinkS8)
	fmt.Printf("cap3 8:struct{a_int32;b_byte} %d->%d\n", len(sinkS8), cap(sinkS8))
	for len(sinkS8) < 200 {
		sinkS8 = append(sinkS8, v)
		if cap(sinkS8) != last {
			last = cap(sinkS8)
			fmt.Printf("cap3 8:struct{a_int32;b_byte} %d->%d\n", len(sinkS8), cap(sinkS8))
		}
	}
	sinkS8 = make([]S8, 0, 5)
	last = cap(sinkS8)
	fmt.Printf("cap5 8:struct{a_int32;b_byte} %d->%d\n", len(sinkS8), cap(sinkS8))
	for len(sinkS8) < 200 {
		sinkS8 = append(sinkS8, v)
		if cap(sinkS8) != last {
			last = cap(sinkS8)
			fmt.Printf("cap5 8:struct{a_int32;b_byte} %d->%d\n", len(sinkS8), cap(sinkS8))
		}
	}
	sinkS8 = make([]S8, 0, 8)
	last = cap(sinkS8)
	fmt.Printf("cap8 8:struct{a_int32;b_byte} %d->%d\n", len(sinkS8), cap(sinkS8))
	for len(sinkS8) < 200 {
		sinkS8 = append(sinkS8, v)
		if cap(sinkS8) != last {
			last = cap(sinkS8)
			fmt.Printf("cap8 8:struct{a_int32;b_byte} %d->%d\n", len(sinkS8), cap(sinkS8))
		}
	}
	sinkS8 = make([]S8, 0, 17)
	last = cap(sinkS8)
	fmt.Printf("cap17 8:struct{a_int32;b_byte} %d->%d\n", len(sinkS8), cap(sinkS8))
	for len(sinkS8) < 200 {
		sinkS8 = append(sinkS8, v)
		if cap(sinkS8) != last {
			last = cap(sinkS8)
			fmt.Printf("cap17 8:struct{a_int32;b_byte} %d->%d\n", len(sinkS8), cap(sinkS8))
		}
	}
	sinkS8 = make([]S8, 1)
	last = cap(sinkS8)
	fmt.Printf("len1 8:struct{a_int32;b_byte} %d->%d\n", len(sinkS8), cap(sinkS8))
	for len(sinkS8) < 200 {
		sinkS8 = append(sinkS8, v)
		if cap(sinkS8) != last {
			last = cap(sinkS8)
			fmt.Printf("len1 8:struct{a_int32;b_byte} %d->%d\n", len(sinkS8), cap(sinkS8))
		}
	}
	sinkS8 = make([]S8, 2)
	last = cap(sinkS8)
	fmt.Printf("len2 8:struct{a_int32;b_byte} %d->%d\n", len(sinkS8), cap(sinkS8))
	for len(sinkS8) < 200 {
		sinkS8 = append(sinkS8, v)
		if cap(sinkS8) != last {
			last = cap(sinkS8)
			fmt.Printf("len2 8:struct{a_int32;b_byte} %d->%d\n", len(sinkS8), cap(sinkS8))
		}
	}
	sinkS8 = make([]S8, 5)
	last = cap(sinkS8)
	fmt.Printf("len5 8:struct{a_int32;b_byte} %d->%d\n", len(sinkS8), cap(sinkS8))
	for len(sinkS8) < 200 {
		sinkS8 = append(sinkS8, v)
		if cap(sinkS8) != last {
			last = cap(sinkS8)
			fmt.Printf("len5 8:struct{a_int32;b_byte} %d->%d\n", len(sinkS8), cap(sinkS8))
		}
	}
	sinkS8 = []S8{v, v, v}
	last = cap(sinkS8)
	fmt.Printf("lit3 8:struct{a_int32;b_byte} %d->%d\n", len(sinkS8), cap(sinkS8))
	for len(sinkS8) < 200 {
		sinkS8 = append(sinkS8, v)
		if cap(sinkS8) != last {
			last = cap(sinkS8)
			fmt.Printf("lit3 8:struct{a_int32;b_byte} %d->%d\n", len(sinkS8), cap(sinkS8))
		}
	}
}

func probeS12() {
	var v S12
	var last int
	sinkS12 = nil
	last = cap(sinkS12)
	fmt.Printf("nil 12:struct{a,b,c_int32} %d->%d\n", len(sinkS12), cap(sinkS12))
	for len(sinkS12) < 200 {
		sinkS12 = append(sinkS12, v)
		if cap(sinkS12) != last {
			last = cap(sinkS12)
			fmt.Printf("nil 12:struct{a,b,c_int32} %d->%d\n", len(sinkS12), cap(sinkS12))
		}
	}
	sinkS12 = make([]S12, 0, 0)
	last = cap(sinkS12)
	fmt.Printf("cap0 12:struct{a,b,c_int32} %d->%d\n", len(sinkS12), cap(sinkS12))
	for len(sinkS12) < 200 {
		sinkS12 = append(sinkS12, v)
		if cap(sinkS12) != last {
			last = cap(sinkS12)
			fmt.Printf("cap0 12:struct{a,b,c_int32} %d->%d\n", len(sinkS12), cap(sinkS12))
		}
	}
	sinkS12 = make([]S12, 0, 1)
	last = cap(sinkS12)
	fmt.Printf("cap1 12:struct{a,b,c_int32} %d->%d\n", len(sinkS12), cap(sinkS12))
	for len(sinkS12) < 200 {
		sinkS12 = append(sinkS12, v)
		if cap(sinkS12) != last {
			last = cap(sinkS12)
			fmt.Printf("cap1 12:struct{a,b,c_int32} %d->%d\n", len(sinkS12), cap(sinkS12))
		}
	}
	sinkS12 = make([]S12, 0, 3)
	last = cap(sinkS12)
	fmt.Printf("cap3 12:struct{a,b,c_int32} %d->%d\n", len(sinkS12), cap(sinkS12))
	for len(sinkS12) < 200 {
		sinkS12 = append(sinkS12, v)
		if cap(sinkS12) != last {
			last = cap(sinkS12)
			fmt.Printf("cap3 12:struct{a,b,c_int32} %d->%d\n", len(sinkS12), cap(sinkS12))
		}
	}
	sinkS12 = make([]S12, 0, 5)
	last = cap(sinkS12)
	fmt.Printf("cap5 12:struct{a,b,c_int32} %d->%d\n", len(sinkS12), cap(sinkS12))
	for len(sinkS12) < 200 {
		sinkS12 = append(sinkS12, v)
		if cap(sinkS12) != last {
			last = cap(sinkS12)
			fmt.Printf("cap5 12:struct{a,b,c_int32} %d->%d\n", len(sinkS12), cap(sinkS12))
		}
	}
	sinkS12 = make([]S12, 0, 8)
	last = cap(sinkS12)
	fmt.Printf("cap8 12:struct{a,b,c_int32} %d->%d\n", len(sinkS12), cap(sinkS12))
	for len(sinkS12) < 200 {
		sinkS12 = append(sinkS12, v)
		if cap(sinkS12) != last {
			last = cap(sinkS12)
			fmt.Printf("cap8 12:struct{a,b,c_int32} %d->%d\n", len(sinkS12), cap(sinkS12))
		}
	}
	sinkS12 = make([]S12, 0, 17)
	last = cap(sinkS12)
	fmt.Printf("cap17 12:struct{a,b,c_int32} %d->%d\n", len(sinkS12), cap(sinkS12))
	for len(sinkS12) < 200 {
		sinkS12 = append(sinkS12, v)
		if cap(sinkS12) != last {
			last = cap(sinkS12)
			fmt.Printf("cap17 12:struct{a,b,c_int32} %d->%d\n", len(sinkS12), cap(sinkS12))
		}
	}
	sinkS12 = make([]S12, 1)
	last = cap(sinkS12)
	fmt.Printf("len1 12:struct{a,b,c_int32} %d->%d\n", len(sinkS12), cap(sinkS12))
	for len(sinkS12) < 200 {
		sinkS12 = append(sinkS12, v)
		if cap(sinkS12) != last {
			last = cap(sinkS12)
			fmt.Printf("len1 12:struct{a,b,c_int32} %d->%d\n", len(sinkS12), cap(sinkS12))
		}
	}
	sinkS12 = make([]S12, 2)
	last = cap(sinkS12)
	fmt.Printf("len2 12:struct{a,b,c_int32} %d->%d\n", len(sinkS12), cap(sinkS12))
	for len(sinkS12) < 200 {
		sinkS12 = append(sinkS12, v)
		if cap(sinkS12) != last {
			last = cap(sinkS12)
			fmt.Printf("len2 12:struct{a,b,c_int32} %d->%d\n", len(sinkS12), cap(sinkS12))
		}
	}
	sinkS12 = make([]S12, 5)
	last = cap(sinkS12)
	fmt.Printf("len5 12:struct{a,b,c_int32} %d->%d\n", len(sinkS12), cap(sinkS12))
	for len(sinkS12) < 200 {
		sinkS12 = append(sinkS12, v)
		if cap(sinkS12) != last {
			last = cap(sinkS12)
			fmt.Printf("len5 12:struct{a,b,c_int32} %d->%d\n", len(sinkS12), cap(sinkS12))
		}
	}
	sinkS12 = []S12{v, v, v}
	last = cap(sinkS12)
	fmt.Printf("lit3 12:struct{a,b,c_int32} %d->%d\n", len(sinkS12), cap(sinkS12))
	for len(sinkS12) < 200 {
		sinkS12 = append(sinkS12, v)
		if cap(sinkS12) != last {
			last = cap(sinkS12)
			fmt.Printf("lit3 12:struct{a,b,c_int32} %d->%d\n", len(sinkS12), cap(sinkS12))
		}
	}
}

func probeS16() {
	var v S16
	var last int
	sinkS16 = nil
	last = cap(sinkS16)
	fmt.Printf("nil 16:struct{a_int64;b_byte} %d->%d\n", len(sinkS16), cap(sinkS16))
	for len(sinkS16) < 200 {
		sinkS16 = append(sinkS16, v)
		if cap(sinkS16) != last {
			last = cap(sinkS16)
			fmt.Printf("nil 16:struct{a_int64;b_byte} %d->%d\n", len(sinkS16), cap(sinkS16))
		}
	}
	sinkS16 = make([]S16, 0, 0)
	last = cap(sinkS16)
	fmt.Printf("cap0 16:struct{a_int64;b_byte} %d->%d\n", len(sinkS16), cap(sinkS16))
	for len(sinkS16) < 200 {
		sinkS16 = append(sinkS16, v)
		if cap(sinkS16) != last {
			last = cap(sinkS16)
			fmt.Printf("cap0 16:struct{a_int64;b_byte} %d->%d\n", len(sinkS16), cap(sinkS16))
		}
	}
	sinkS16 = make([]S16, 0, 1)
	last = cap(sinkS16)
	fmt.Printf("cap1 16:struct{a_int64;b_byte} %d->%d\n", len(sinkS16), cap(sinkS16))
	for len(sinkS16) < 200 {
		sinkS16 = append(sinkS16, v)
		if cap(sinkS16) != last {
			last = cap(sinkS16)
			fmt.Printf("cap1 16:struct{a_int64;b_byte} %d->%d\n", len(sinkS16), cap(sinkS16))
		}
	}
	sinkS16 = make([]S16, 0, 3)
	last = cap(sinkS16)
	fmt.Printf("cap3 16:struct{a_int64;b_byte} %d->%d\n", len(sinkS16), cap(sinkS16))
	for len(sinkS16) < 200 {
		sinkS16 = append(sinkS16, v)
		if cap(sinkS16) != last {
			last = cap(sinkS16)
			fmt.Printf("cap3 16:struct{a_int64;b_byte} %d->%d\n", len(sinkS16), cap(sinkS16))
		}
	}
	sinkS16 = make([]S16, 0, 5)
	last = cap(sinkS16)
	fmt.Printf("cap5 16:struct{a_int64;b_byte} %d->%d\n", len(sinkS16), cap(sinkS16))
	for len(sinkS16) < 200 {
		sinkS16 = append(sinkS16, v)
		if cap(sinkS16) != last {
			last = cap(sinkS16)
			fmt.Printf("cap5 16:struct{a_int64;b_byte} %d->%d\n", len(sinkS16), cap(sinkS16))
		}
	}
	sinkS16 = make([]S16, 0, 8)
	last = cap(sinkS16)
	fmt.Printf("cap8 16:struct{a_int64;b_byte} %d->%d\n", len(sinkS16), cap(sinkS16))
	for len(sinkS16) < 200 {
		sinkS16 = append(sinkS16, v)
		if cap(sinkS16) != last {
			last = cap(sinkS16)
			fmt.Printf("cap8 16:struct{a_int64;b_byte} %d->%d\n", len(sinkS16), cap(sinkS16))
		}
	}
	sinkS16 = make([]S16, 0, 17)
	last = cap(sinkS16)
	fmt.Printf("cap17 16:struct{a_int64;b_byte} %d->%d\n", len(sinkS16), cap(sinkS16))
	for len(sinkS16) < 200 {
		sinkS16 = append(sinkS16, v)
		if cap(sinkS16) != last {
			last = cap(sinkS16)
			fmt.Printf("cap17 16:struct{a_int64;b_byte} %d->%d\n", len(sinkS16), cap(sinkS16))
		}
	}
	sinkS16 = make([]S16, 1)
	last = cap(sinkS16)
	fmt.Printf("len1 16:struct{a_int64;b_byte} %d->%d\n", len(sinkS16), cap(sinkS16))
	for len(sinkS16) < 200 {
		sinkS16 = append(sinkS16, v)
		if cap(sinkS16) != last {
			last = cap(sinkS16)
			fmt.Printf("len1 16:struct{a_int64;b_byte} %d->%d\n", len(sinkS16), cap(sinkS16))
		}
	}
	sinkS16 = make([]S16, 2)
	last = cap(sinkS16)
	fmt.Printf("len2 16:struct{a_int64;b_byte} %d->%d\n", len(sinkS16), cap(sinkS16))
	for len(sinkS16) < 200 {
		sinkS16 = append(sinkS16, v)
		if cap(sinkS16) != last {
			last = cap(sinkS16)
			fmt.Printf("len2 16:struct{a_int64;b_byte} %d->%d\n", len(sinkS16), cap(sinkS16))
		}
	}
	sinkS16 = make([]S16, 5)
	last = cap(sinkS16)
	fmt.Printf("len5 16:struct{a_int64;b_byte} %d->%d\n", len(sinkS16), cap(sinkS16))
	for len(sinkS16) < 200 {
		sinkS16 = append(sinkS16, v)
		if cap(sinkS16) != last {
			last = cap(sinkS16)
			fmt.Printf("len5 16:struct{a_int64;b_byte} %d->%d\n", len(sinkS16), cap(sinkS16))
		}
	}
	sinkS16 = []S16{v, v, v}
	last = cap(sinkS16)
	fmt.Printf("lit3 16:struct{a_int64;b_byte} %d->%d\n", len(sinkS16), cap(sinkS16))
	for len(sinkS16) < 200 {
		sinkS16 = append(sinkS16, v)
		if cap(sinkS16) != last {
			last = cap(sinkS16)
			fmt.Printf("lit3 16:struct{a_int64;b_byte} %d->%d\n", len(sinkS16), cap(sinkS16))
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
