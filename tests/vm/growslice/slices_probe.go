// slices_probe.go: written by gen-slices-probe.py; do not edit.
//
// For each element type: the capacities append gives a re-slice and a full slice expression
// as they grow, append(s, t...) of a slice onto itself, overlapping copies and an append onto
// the slice's own elements, and the elements' keys after each, to see that every move kept
// them.  Output lines: OPERATION TYPE numbers...
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

type F32 float32

type I64 int64

type T3 struct{ a, b, c byte }

type T6 struct {
	a int16
	b [4]byte
}

type T12 struct{ a, b, c int32 }

type P16 struct {
	p *int
	b byte
}

type P24 struct {
	s string
	n int16
}

func mkB1(i int) B1 {
	var v B1
	v[0] = byte(i + 1)
	v[0] = byte(i*3 + 1)
	return v
}

func keyB1(v B1) int {
	return int(v[0])*1000 + int(v[0])
}

func mkB2(i int) B2 {
	var v B2
	v[0] = byte(i + 1)
	v[1] = byte(i*3 + 1)
	return v
}

func keyB2(v B2) int {
	return int(v[0])*1000 + int(v[1])
}

func mkB3(i int) B3 {
	var v B3
	v[0] = byte(i + 1)
	v[2] = byte(i*3 + 1)
	return v
}

func keyB3(v B3) int {
	return int(v[0])*1000 + int(v[2])
}

func mkB4(i int) B4 {
	var v B4
	v[0] = byte(i + 1)
	v[3] = byte(i*3 + 1)
	return v
}

func keyB4(v B4) int {
	return int(v[0])*1000 + int(v[3])
}

func mkB5(i int) B5 {
	var v B5
	v[0] = byte(i + 1)
	v[4] = byte(i*3 + 1)
	return v
}

func keyB5(v B5) int {
	return int(v[0])*1000 + int(v[4])
}

func mkB6(i int) B6 {
	var v B6
	v[0] = byte(i + 1)
	v[5] = byte(i*3 + 1)
	return v
}

func keyB6(v B6) int {
	return int(v[0])*1000 + int(v[5])
}

func mkB7(i int) B7 {
	var v B7
	v[0] = byte(i + 1)
	v[6] = byte(i*3 + 1)
	return v
}

func keyB7(v B7) int {
	return int(v[0])*1000 + int(v[6])
}

func mkB8(i int) B8 {
	var v B8
	v[0] = byte(i + 1)
	v[7] = byte(i*3 + 1)
	return v
}

func keyB8(v B8) int {
	return int(v[0])*1000 + int(v[7])
}

func mkB9(i int) B9 {
	var v B9
	v[0] = byte(i + 1)
	v[8] = byte(i*3 + 1)
	return v
}

func keyB9(v B9) int {
	return int(v[0])*1000 + int(v[8])
}

func mkB10(i int) B10 {
	var v B10
	v[0] = byte(i + 1)
	v[9] = byte(i*3 + 1)
	return v
}

func keyB10(v B10) int {
	return int(v[0])*1000 + int(v[9])
}

func mkB11(i int) B11 {
	var v B11
	v[0] = byte(i + 1)
	v[10] = byte(i*3 + 1)
	return v
}

func keyB11(v B11) int {
	return int(v[0])*1000 + int(v[10])
}

func mkB12(i int) B12 {
	var v B12
	v[0] = byte(i + 1)
	v[11] = byte(i*3 + 1)
	return v
}

func keyB12(v B12) int {
	return int(v[0])*1000 + int(v[11])
}

func mkB13(i int) B13 {
	var v B13
	v[0] = byte(i + 1)
	v[12] = byte(i*3 + 1)
	return v
}

func keyB13(v B13) int {
	return int(v[0])*1000 + int(v[12])
}

func mkB14(i int) B14 {
	var v B14
	v[0] = byte(i + 1)
	v[13] = byte(i*3 + 1)
	return v
}

func keyB14(v B14) int {
	return int(v[0])*1000 + int(v[13])
}

func mkB15(i int) B15 {
	var v B15
	v[0] = byte(i + 1)
	v[14] = byte(i*3 + 1)
	return v
}

func keyB15(v B15) int {
	return int(v[0])*1000 + int(v[14])
}

func mkB16(i int) B16 {
	var v B16
	v[0] = byte(i + 1)
	v[15] = byte(i*3 + 1)
	return v
}

func keyB16(v B16) int {
	return int(v[0])*1000 + int(v[15])
}

func mkB17(i int) B17 {
	var v B17
	v[0] = byte(i + 1)
	v[16] = byte(i*3 + 1)
	return v
}

func keyB17(v B17) int {
	return int(v[0])*1000 + int(v[16])
}

func mkB18(i int) B18 {
	var v B18
	v[0] = byte(i + 1)
	v[17] = byte(i*3 + 1)
	return v
}

func keyB18(v B18) int {
	return int(v[0])*1000 + int(v[17])
}

func mkB19(i int) B19 {
	var v B19
	v[0] = byte(i + 1)
	v[18] = byte(i*3 + 1)
	return v
}

func keyB19(v B19) int {
	return int(v[0])*1000 + int(v[18])
}

func mkB20(i int) B20 {
	var v B20
	v[0] = byte(i + 1)
	v[19] = byte(i*3 + 1)
	return v
}

func keyB20(v B20) int {
	return int(v[0])*1000 + int(v[19])
}

func mkB21(i int) B21 {
	var v B21
	v[0] = byte(i + 1)
	v[20] = byte(i*3 + 1)
	return v
}

func keyB21(v B21) int {
	return int(v[0])*1000 + int(v[20])
}

func mkB22(i int) B22 {
	var v B22
	v[0] = byte(i + 1)
	v[21] = byte(i*3 + 1)
	return v
}

func keyB22(v B22) int {
	return int(v[0])*1000 + int(v[21])
}

func mkB23(i int) B23 {
	var v B23
	v[0] = byte(i + 1)
	v[22] = byte(i*3 + 1)
	return v
}

func keyB23(v B23) int {
	return int(v[0])*1000 + int(v[22])
}

func mkB24(i int) B24 {
	var v B24
	v[0] = byte(i + 1)
	v[23] = byte(i*3 + 1)
	return v
}

func keyB24(v B24) int {
	return int(v[0])*1000 + int(v[23])
}

func mkB25(i int) B25 {
	var v B25
	v[0] = byte(i + 1)
	v[24] = byte(i*3 + 1)
	return v
}

func keyB25(v B25) int {
	return int(v[0])*1000 + int(v[24])
}

func mkB26(i int) B26 {
	var v B26
	v[0] = byte(i + 1)
	v[25] = byte(i*3 + 1)
	return v
}

func keyB26(v B26) int {
	return int(v[0])*1000 + int(v[25])
}

func mkB27(i int) B27 {
	var v B27
	v[0] = byte(i + 1)
	v[26] = byte(i*3 + 1)
	return v
}

func keyB27(v B27) int {
	return int(v[0])*1000 + int(v[26])
}

func mkB28(i int) B28 {
	var v B28
	v[0] = byte(i + 1)
	v[27] = byte(i*3 + 1)
	return v
}

func keyB28(v B28) int {
	return int(v[0])*1000 + int(v[27])
}

func mkB29(i int) B29 {
	var v B29
	v[0] = byte(i + 1)
	v[28] = byte(i*3 + 1)
	return v
}

func keyB29(v B29) int {
	return int(v[0])*1000 + int(v[28])
}

func mkB30(i int) B30 {
	var v B30
	v[0] = byte(i + 1)
	v[29] = byte(i*3 + 1)
	return v
}

func keyB30(v B30) int {
	return int(v[0])*1000 + int(v[29])
}

func mkB31(i int) B31 {
	var v B31
	v[0] = byte(i + 1)
	v[30] = byte(i*3 + 1)
	return v
}

func keyB31(v B31) int {
	return int(v[0])*1000 + int(v[30])
}

func mkB32(i int) B32 {
	var v B32
	v[0] = byte(i + 1)
	v[31] = byte(i*3 + 1)
	return v
}

func keyB32(v B32) int {
	return int(v[0])*1000 + int(v[31])
}

func mkB33(i int) B33 {
	var v B33
	v[0] = byte(i + 1)
	v[32] = byte(i*3 + 1)
	return v
}

func keyB33(v B33) int {
	return int(v[0])*1000 + int(v[32])
}

func mkB34(i int) B34 {
	var v B34
	v[0] = byte(i + 1)
	v[33] = byte(i*3 + 1)
	return v
}

func keyB34(v B34) int {
	return int(v[0])*1000 + int(v[33])
}

func mkB35(i int) B35 {
	var v B35
	v[0] = byte(i + 1)
	v[34] = byte(i*3 + 1)
	return v
}

func keyB35(v B35) int {
	return int(v[0])*1000 + int(v[34])
}

func mkB36(i int) B36 {
	var v B36
	v[0] = byte(i + 1)
	v[35] = byte(i*3 + 1)
	return v
}

func keyB36(v B36) int {
	return int(v[0])*1000 + int(v[35])
}

func mkB37(i int) B37 {
	var v B37
	v[0] = byte(i + 1)
	v[36] = byte(i*3 + 1)
	return v
}

func keyB37(v B37) int {
	return int(v[0])*1000 + int(v[36])
}

func mkB38(i int) B38 {
	var v B38
	v[0] = byte(i + 1)
	v[37] = byte(i*3 + 1)
	return v
}

func keyB38(v B38) int {
	return int(v[0])*1000 + int(v[37])
}

func mkB39(i int) B39 {
	var v B39
	v[0] = byte(i + 1)
	v[38] = byte(i*3 + 1)
	return v
}

func keyB39(v B39) int {
	return int(v[0])*1000 + int(v[38])
}

func mkB40(i int) B40 {
	var v B40
	v[0] = byte(i + 1)
	v[39] = byte(i*3 + 1)
	return v
}

func keyB40(v B40) int {
	return int(v[0])*1000 + int(v[39])
}

func mkB41(i int) B41 {
	var v B41
	v[0] = byte(i + 1)
	v[40] = byte(i*3 + 1)
	return v
}

func keyB41(v B41) int {
	return int(v[0])*1000 + int(v[40])
}

func mkB42(i int) B42 {
	var v B42
	v[0] = byte(i + 1)
	v[41] = byte(i*3 + 1)
	return v
}

func keyB42(v B42) int {
	return int(v[0])*1000 + int(v[41])
}

func mkB43(i int) B43 {
	var v B43
	v[0] = byte(i + 1)
	v[42] = byte(i*3 + 1)
	return v
}

func keyB43(v B43) int {
	return int(v[0])*1000 + int(v[42])
}

func mkB44(i int) B44 {
	var v B44
	v[0] = byte(i + 1)
	v[43] = byte(i*3 + 1)
	return v
}

func keyB44(v B44) int {
	return int(v[0])*1000 + int(v[43])
}

func mkB45(i int) B45 {
	var v B45
	v[0] = byte(i + 1)
	v[44] = byte(i*3 + 1)
	return v
}

func keyB45(v B45) int {
	return int(v[0])*1000 + int(v[44])
}

func mkB46(i int) B46 {
	var v B46
	v[0] = byte(i + 1)
	v[45] = byte(i*3 + 1)
	return v
}

func keyB46(v B46) int {
	return int(v[0])*1000 + int(v[45])
}

func mkB47(i int) B47 {
	var v B47
	v[0] = byte(i + 1)
	v[46] = byte(i*3 + 1)
	return v
}

func keyB47(v B47) int {
	return int(v[0])*1000 + int(v[46])
}

func mkB48(i int) B48 {
	var v B48
	v[0] = byte(i + 1)
	v[47] = byte(i*3 + 1)
	return v
}

func keyB48(v B48) int {
	return int(v[0])*1000 + int(v[47])
}

func mkB49(i int) B49 {
	var v B49
	v[0] = byte(i + 1)
	v[48] = byte(i*3 + 1)
	return v
}

func keyB49(v B49) int {
	return int(v[0])*1000 + int(v[48])
}

func mkB50(i int) B50 {
	var v B50
	v[0] = byte(i + 1)
	v[49] = byte(i*3 + 1)
	return v
}

func keyB50(v B50) int {
	return int(v[0])*1000 + int(v[49])
}

func mkB51(i int) B51 {
	var v B51
	v[0] = byte(i + 1)
	v[50] = byte(i*3 + 1)
	return v
}

func keyB51(v B51) int {
	return int(v[0])*1000 + int(v[50])
}

func mkB52(i int) B52 {
	var v B52
	v[0] = byte(i + 1)
	v[51] = byte(i*3 + 1)
	return v
}

func keyB52(v B52) int {
	return int(v[0])*1000 + int(v[51])
}

func mkB53(i int) B53 {
	var v B53
	v[0] = byte(i + 1)
	v[52] = byte(i*3 + 1)
	return v
}

func keyB53(v B53) int {
	return int(v[0])*1000 + int(v[52])
}

func mkB54(i int) B54 {
	var v B54
	v[0] = byte(i + 1)
	v[53] = byte(i*3 + 1)
	return v
}

func keyB54(v B54) int {
	return int(v[0])*1000 + int(v[53])
}

func mkB55(i int) B55 {
	var v B55
	v[0] = byte(i + 1)
	v[54] = byte(i*3 + 1)
	return v
}

func keyB55(v B55) int {
	return int(v[0])*1000 + int(v[54])
}

func mkB56(i int) B56 {
	var v B56
	v[0] = byte(i + 1)
	v[55] = byte(i*3 + 1)
	return v
}

func keyB56(v B56) int {
	return int(v[0])*1000 + int(v[55])
}

func mkB57(i int) B57 {
	var v B57
	v[0] = byte(i + 1)
	v[56] = byte(i*3 + 1)
	return v
}

func keyB57(v B57) int {
	return int(v[0])*1000 + int(v[56])
}

func mkB58(i int) B58 {
	var v B58
	v[0] = byte(i + 1)
	v[57] = byte(i*3 + 1)
	return v
}

func keyB58(v B58) int {
	return int(v[0])*1000 + int(v[57])
}

func mkB59(i int) B59 {
	var v B59
	v[0] = byte(i + 1)
	v[58] = byte(i*3 + 1)
	return v
}

func keyB59(v B59) int {
	return int(v[0])*1000 + int(v[58])
}

func mkB60(i int) B60 {
	var v B60
	v[0] = byte(i + 1)
	v[59] = byte(i*3 + 1)
	return v
}

func keyB60(v B60) int {
	return int(v[0])*1000 + int(v[59])
}

func mkB61(i int) B61 {
	var v B61
	v[0] = byte(i + 1)
	v[60] = byte(i*3 + 1)
	return v
}

func keyB61(v B61) int {
	return int(v[0])*1000 + int(v[60])
}

func mkB62(i int) B62 {
	var v B62
	v[0] = byte(i + 1)
	v[61] = byte(i*3 + 1)
	return v
}

func keyB62(v B62) int {
	return int(v[0])*1000 + int(v[61])
}

func mkB63(i int) B63 {
	var v B63
	v[0] = byte(i + 1)
	v[62] = byte(i*3 + 1)
	return v
}

func keyB63(v B63) int {
	return int(v[0])*1000 + int(v[62])
}

func mkB64(i int) B64 {
	var v B64
	v[0] = byte(i + 1)
	v[63] = byte(i*3 + 1)
	return v
}

func keyB64(v B64) int {
	return int(v[0])*1000 + int(v[63])
}

func mkI16(i int) I16 {
	return I16(i + 1)
}

func keyI16(v I16) int {
	return int(v)
}

func mkI32(i int) I32 {
	return I32(i + 1)
}

func keyI32(v I32) int {
	return int(v)
}

func mkF32(i int) F32 {
	return F32(i) + 0.5
}

func keyF32(v F32) int {
	return int(v * 2)
}

func mkI64(i int) I64 {
	return I64(i + 1)
}

func keyI64(v I64) int {
	return int(v)
}

func mkT3(i int) T3 {
	return T3{byte(i + 1), 7, byte(i*3 + 1)}
}

func keyT3(v T3) int {
	return int(v.a)*1000 + int(v.c)
}

func mkT6(i int) T6 {
	return T6{int16(i + 1), [4]byte{1, 2, 3, byte(i*3 + 1)}}
}

func keyT6(v T6) int {
	return int(v.a)*1000 + int(v.b[3])
}

func mkT12(i int) T12 {
	return T12{int32(i + 1), 5, int32(i*3 + 1)}
}

func keyT12(v T12) int {
	return int(v.a)*1000 + int(v.c)
}

func mkP16(i int) P16 {
	n := i + 1
	return P16{&n, byte(i*3 + 1)}
}

func keyP16(v P16) int {
	return *v.p*1000 + int(v.b)
}

func mkP24(i int) P24 {
	return P24{fmt.Sprint(i + 1), int16(i*3 + 1)}
}

func keyP24(v P24) int {
	n := 0
	for _, c := range v.s {
		n = n*10 + int(c-'0')
	}
	return n*1000 + int(v.n)
}

func probeB1() {
	var last int
	base := make([]B1, 6, 10)
	for i := range base {
		base[i] = mkB1(i)
	}
	// A re-slice in the middle of its array grows from the capacity it has left.
	t := base[2:5]
	last = cap(t)
	fmt.Printf("reslice B1 %d->%d\n", len(t), cap(t))
	for len(t) < 40 {
		t = append(t, mkB1(len(t)+2))
		if cap(t) != last {
			last = cap(t)
			fmt.Printf("reslice B1 %d->%d keys %d %d %d\n", len(t), cap(t), keyB1(t[0]), keyB1(t[2]), keyB1(t[len(t)-1]))
		}
	}
	// A full slice expression limits the capacity.
	f := base[1:3:4]
	last = cap(f)
	fmt.Printf("full B1 %d->%d\n", len(f), cap(f))
	for len(f) < 20 {
		f = append(f, mkB1(len(f)+1))
		if cap(f) != last {
			last = cap(f)
			fmt.Printf("full B1 %d->%d keys %d %d\n", len(f), cap(f), keyB1(f[0]), keyB1(f[len(f)-1]))
		}
	}
	fmt.Printf("base B1 %d %d %d\n", keyB1(base[1]), keyB1(base[3]), keyB1(base[4]))
	// append(s, t...) from nil, of a part, and of the slice onto itself.
	var m []B1
	m = append(m, base...)
	fmt.Printf("dots B1 %d %d\n", len(m), cap(m))
	m = append(m, base[:3]...)
	fmt.Printf("dots B1 %d %d\n", len(m), cap(m))
	m = append(m, m...)
	fmt.Printf("dots B1 %d %d keys %d %d %d\n", len(m), cap(m), keyB1(m[0]), keyB1(m[8]), keyB1(m[17]))
	// Copies that overlap, both ways.
	c := make([]B1, 9)
	for i := range c {
		c[i] = mkB1(i)
	}
	n := copy(c[2:], c)
	fmt.Printf("copy B1 %d keys %d %d %d %d\n", n, keyB1(c[0]), keyB1(c[2]), keyB1(c[4]), keyB1(c[8]))
	n = copy(c, c[3:])
	fmt.Printf("copy B1 %d keys %d %d %d %d\n", n, keyB1(c[0]), keyB1(c[1]), keyB1(c[5]), keyB1(c[8]))
	// An append onto the slice's own elements, within its capacity.
	d := make([]B1, 6, 12)
	for i := range d {
		d[i] = mkB1(i)
	}
	d = append(d[:2], d[1:]...)
	fmt.Printf("insert B1 %d %d keys %d %d %d %d\n", len(d), cap(d), keyB1(d[1]), keyB1(d[2]), keyB1(d[3]), keyB1(d[6]))
	// A slice of what is left after the last element, then appended to.
	e := d[len(d):]
	e = append(e, mkB1(50))
	fmt.Printf("tail B1 %d %d %d\n", len(e), cap(e), keyB1(e[0]))
}

func probeB2() {
	var last int
	base := make([]B2, 6, 10)
	for i := range base {
		base[i] = mkB2(i)
	}
	// A re-slice in the middle of its array grows from the capacity it has left.
	t := base[2:5]
	last = cap(t)
	fmt.Printf("reslice B2 %d->%d\n", len(t), cap(t))
	for len(t) < 40 {
		t = append(t, mkB2(len(t)+2))
		if cap(t) != last {
			last = cap(t)
			fmt.Printf("reslice B2 %d->%d keys %d %d %d\n", len(t), cap(t), keyB2(t[0]), keyB2(t[2]), keyB2(t[len(t)-1]))
		}
	}
	// A full slice expression limits the capacity.
	f := base[1:3:4]
	last = cap(f)
	fmt.Printf("full B2 %d->%d\n", len(f), cap(f))
	for len(f) < 20 {
		f = append(f, mkB2(len(f)+1))
		if cap(f) != last {
			last = cap(f)
			fmt.Printf("full B2 %d->%d keys %d %d\n", len(f), cap(f), keyB2(f[0]), keyB2(f[len(f)-1]))
		}
	}
	fmt.Printf("base B2 %d %d %d\n", keyB2(base[1]), keyB2(base[3]), keyB2(base[4]))
	// append(s, t...) from nil, of a part, and of the slice onto itself.
	var m []B2
	m = append(m, base...)
	fmt.Printf("dots B2 %d %d\n", len(m), cap(m))
	m = append(m, base[:3]...)
	fmt.Printf("dots B2 %d %d\n", len(m), cap(m))
	m = append(m, m...)
	fmt.Printf("dots B2 %d %d keys %d %d %d\n", len(m), cap(m), keyB2(m[0]), keyB2(m[8]), keyB2(m[17]))
	// Copies that overlap, both ways.
	c := make([]B2, 9)
	for i := range c {
		c[i] = mkB2(i)
	}
	n := copy(c[2:], c)
	fmt.Printf("copy B2 %d keys %d %d %d %d\n", n, keyB2(c[0]), keyB2(c[2]), keyB2(c[4]), keyB2(c[8]))
	n = copy(c, c[3:])
	fmt.Printf("copy B2 %d keys %d %d %d %d\n", n, keyB2(c[0]), keyB2(c[1]), keyB2(c[5]), keyB2(c[8]))
	// An append onto the slice's own elements, within its capacity.
	d := make([]B2, 6, 12)
	for i := range d {
		d[i] = mkB2(i)
	}
	d = append(d[:2], d[1:]...)
	fmt.Printf("insert B2 %d %d keys %d %d %d %d\n", len(d), cap(d), keyB2(d[1]), keyB2(d[2]), keyB2(d[3]), keyB2(d[6]))
	// A slice of what is left after the last element, then appended to.
	e := d[len(d):]
	e = append(e, mkB2(50))
	fmt.Printf("tail B2 %d %d %d\n", len(e), cap(e), keyB2(e[0]))
}

func probeB3() {
	var last int
	base := make([]B3, 6, 10)
	for i := range base {
		base[i] = mkB3(i)
	}
	// A re-slice in the middle of its array grows from the capacity it has left.
	t := base[2:5]
	last = cap(t)
	fmt.Printf("reslice B3 %d->%d\n", len(t), cap(t))
	for len(t) < 40 {
		t = append(t, mkB3(len(t)+2))
		if cap(t) != last {
			last = cap(t)
			fmt.Printf("reslice B3 %d->%d keys %d %d %d\n", len(t), cap(t), keyB3(t[0]), keyB3(t[2]), keyB3(t[len(t)-1]))
		}
	}
	// A full slice expression limits the capacity.
	f := base[1:3:4]
	last = cap(f)
	fmt.Printf("full B3 %d->%d\n", len(f), cap(f))
	for len(f) < 20 {
		f = append(f, mkB3(len(f)+1))
		if cap(f) != last {
			last = cap(f)
			fmt.Printf("full B3 %d->%d keys %d %d\n", len(f), cap(f), keyB3(f[0]), keyB3(f[len(f)-1]))
		}
	}
	fmt.Printf("base B3 %d %d %d\n", keyB3(base[1]), keyB3(base[3]), keyB3(base[4]))
	// append(s, t...) from nil, of a part, and of the slice onto itself.
	var m []B3
	m = append(m, base...)
	fmt.Printf("dots B3 %d %d\n", len(m), cap(m))
	m = append(m, base[:3]...)
	fmt.Printf("dots B3 %d %d\n", len(m), cap(m))
	m = append(m, m...)
	fmt.Printf("dots B3 %d %d keys %d %d %d\n", len(m), cap(m), keyB3(m[0]), keyB3(m[8]), keyB3(m[17]))
	// Copies that overlap, both ways.
	c := make([]B3, 9)
	for i := range c {
		c[i] = mkB3(i)
	}
	n := copy(c[2:], c)
	fmt.Printf("copy B3 %d keys %d %d %d %d\n", n, keyB3(c[0]), keyB3(c[2]), keyB3(c[4]), keyB3(c[8]))
	n = copy(c, c[3:])
	fmt.Printf("copy B3 %d keys %d %d %d %d\n", n, keyB3(c[0]), keyB3(c[1]), keyB3(c[5]), keyB3(c[8]))
	// An append onto the slice's own elements, within its capacity.
	d := make([]B3, 6, 12)
	for i := range d {
		d[i] = mkB3(i)
	}
	d = append(d[:2], d[1:]...)
	fmt.Printf("insert B3 %d %d keys %d %d %d %d\n", len(d), cap(d), keyB3(d[1]), keyB3(d[2]), keyB3(d[3]), keyB3(d[6]))
	// A slice of what is left after the last element, then appended to.
	e := d[len(d):]
	e = append(e, mkB3(50))
	fmt.Printf("tail B3 %d %d %d\n", len(e), cap(e), keyB3(e[0]))
}

func probeB4() {
	var last int
	base := make([]B4, 6, 10)
	for i := range base {
		base[i] = mkB4(i)
	}
	// A re-slice in the middle of its array grows from the capacity it has left.
	t := base[2:5]
	last = cap(t)
	fmt.Printf("reslice B4 %d->%d\n", len(t), cap(t))
	for len(t) < 40 {
		t = append(t, mkB4(len(t)+2))
		if cap(t) != last {
			last = cap(t)
			fmt.Printf("reslice B4 %d->%d keys %d %d %d\n", len(t), cap(t), keyB4(t[0]), keyB4(t[2]), keyB4(t[len(t)-1]))
		}
	}
	// A full slice expression limits the capacity.
	f := base[1:3:4]
	last = cap(f)
	fmt.Printf("full B4 %d->%d\n", len(f), cap(f))
	for len(f) < 20 {
		f = append(f, mkB4(len(f)+1))
		if cap(f) != last {
			last = cap(f)
			fmt.Printf("full B4 %d->%d keys %d %d\n", len(f), cap(f), keyB4(f[0]), keyB4(f[len(f)-1]))
		}
	}
	fmt.Printf("base B4 %d %d %d\n", keyB4(base[1]), keyB4(base[3]), keyB4(base[4]))
	// append(s, t...) from nil, of a part, and of the slice onto itself.
	var m []B4
	m = append(m, base...)
	fmt.Printf("dots B4 %d %d\n", len(m), cap(m))
	m = append(m, base[:3]...)
	fmt.Printf("dots B4 %d %d\n", len(m), cap(m))
	m = append(m, m...)
	fmt.Printf("dots B4 %d %d keys %d %d %d\n", len(m), cap(m), keyB4(m[0]), keyB4(m[8]), keyB4(m[17]))
	// Copies that overlap, both ways.
	c := make([]B4, 9)
	for i := range c {
		c[i] = mkB4(i)
	}
	n := copy(c[2:], c)
	fmt.Printf("copy B4 %d keys %d %d %d %d\n", n, keyB4(c[0]), keyB4(c[2]), keyB4(c[4]), keyB4(c[8]))
	n = copy(c, c[3:])
	fmt.Printf("copy B4 %d keys %d %d %d %d\n", n, keyB4(c[0]), keyB4(c[1]), keyB4(c[5]), keyB4(c[8]))
	// An append onto the slice's own elements, within its capacity.
	d := make([]B4, 6, 12)
	for i := range d {
		d[i] = mkB4(i)
	}
	d = append(d[:2], d[1:]...)
	fmt.Printf("insert B4 %d %d keys %d %d %d %d\n", len(d), cap(d), keyB4(d[1]), keyB4(d[2]), keyB4(d[3]), keyB4(d[6]))
	// A slice of what is left after the last element, then appended to.
	e := d[len(d):]
	e = append(e, mkB4(50))
	fmt.Printf("tail B4 %d %d %d\n", len(e), cap(e), keyB4(e[0]))
}

func probeB5() {
	var last int
	base := make([]B5, 6, 10)
	for i := range base {
		base[i] = mkB5(i)
	}
	// A re-slice in the middle of its array grows from the capacity it has left.
	t := base[2:5]
	last = cap(t)
	fmt.Printf("reslice B5 %d->%d\n", len(t), cap(t))
	for len(t) < 40 {
		t = append(t, mkB5(len(t)+2))
		if cap(t) != last {
			last = cap(t)
			fmt.Printf("reslice B5 %d->%d keys %d %d %d\n", len(t), cap(t), keyB5(t[0]), keyB5(t[2]), keyB5(t[len(t)-1]))
		}
	}
	// A full slice expression limits the capacity.
	f := base[1:3:4]
	last = cap(f)
	fmt.Printf("full B5 %d->%d\n", len(f), cap(f))
	for len(f) < 20 {
		f = append(f, mkB5(len(f)+1))
		if cap(f) != last {
			last = cap(f)
			fmt.Printf("full B5 %d->%d keys %d %d\n", len(f), cap(f), keyB5(f[0]), keyB5(f[len(f)-1]))
		}
	}
	fmt.Printf("base B5 %d %d %d\n", keyB5(base[1]), keyB5(base[3]), keyB5(base[4]))
	// append(s, t...) from nil, of a part, and of the slice onto itself.
	var m []B5
	m = append(m, base...)
	fmt.Printf("dots B5 %d %d\n", len(m), cap(m))
	m = append(m, base[:3]...)
	fmt.Printf("dots B5 %d %d\n", len(m), cap(m))
	m = append(m, m...)
	fmt.Printf("dots B5 %d %d keys %d %d %d\n", len(m), cap(m), keyB5(m[0]), keyB5(m[8]), keyB5(m[17]))
	// Copies that overlap, both ways.
	c := make([]B5, 9)
	for i := range c {
		c[i] = mkB5(i)
	}
	n := copy(c[2:], c)
	fmt.Printf("copy B5 %d keys %d %d %d %d\n", n, keyB5(c[0]), keyB5(c[2]), keyB5(c[4]), keyB5(c[8]))
	n = copy(c, c[3:])
	fmt.Printf("copy B5 %d keys %d %d %d %d\n", n, keyB5(c[0]), keyB5(c[1]), keyB5(c[5]), keyB5(c[8]))
	// An append onto the slice's own elements, within its capacity.
	d := make([]B5, 6, 12)
	for i := range d {
		d[i] = mkB5(i)
	}
	d = append(d[:2], d[1:]...)
	fmt.Printf("insert B5 %d %d keys %d %d %d %d\n", len(d), cap(d), keyB5(d[1]), keyB5(d[2]), keyB5(d[3]), keyB5(d[6]))
	// A slice of what is left after the last element, then appended to.
	e := d[len(d):]
	e = append(e, mkB5(50))
	fmt.Printf("tail B5 %d %d %d\n", len(e), cap(e), keyB5(e[0]))
}

func probeB6() {
	var last int
	base := make([]B6, 6, 10)
	for i := range base {
		base[i] = mkB6(i)
	}
	// A re-slice in the middle of its array grows from the capacity it has left.
	t := base[2:5]
	last = cap(t)
	fmt.Printf("reslice B6 %d->%d\n", len(t), cap(t))
	for len(t) < 40 {
		t = append(t, mkB6(len(t)+2))
		if cap(t) != last {
			last = cap(t)
			fmt.Printf("reslice B6 %d->%d keys %d %d %d\n", len(t), cap(t), keyB6(t[0]), keyB6(t[2]), keyB6(t[len(t)-1]))
		}
	}
	// A full slice expression limits the capacity.
	f := base[1:3:4]
	last = cap(f)
	fmt.Printf("full B6 %d->%d\n", len(f), cap(f))
	for len(f) < 20 {
		f = append(f, mkB6(len(f)+1))
		if cap(f) != last {
			last = cap(f)
			fmt.Printf("full B6 %d->%d keys %d %d\n", len(f), cap(f), keyB6(f[0]), keyB6(f[len(f)-1]))
		}
	}
	fmt.Printf("base B6 %d %d %d\n", keyB6(base[1]), keyB6(base[3]), keyB6(base[4]))
	// append(s, t...) from nil, of a part, and of the slice onto itself.
	var m []B6
	m = append(m, base...)
	fmt.Printf("dots B6 %d %d\n", len(m), cap(m))
	m = append(m, base[:3]...)
	fmt.Printf("dots B6 %d %d\n", len(m), cap(m))
	m = append(m, m...)
	fmt.Printf("dots B6 %d %d keys %d %d %d\n", len(m), cap(m), keyB6(m[0]), keyB6(m[8]), keyB6(m[17]))
	// Copies that overlap, both ways.
	c := make([]B6, 9)
	for i := range c {
		c[i] = mkB6(i)
	}
	n := copy(c[2:], c)
	fmt.Printf("copy B6 %d keys %d %d %d %d\n", n, keyB6(c[0]), keyB6(c[2]), keyB6(c[4]), keyB6(c[8]))
	n = copy(c, c[3:])
	fmt.Printf("copy B6 %d keys %d %d %d %d\n", n, keyB6(c[0]), keyB6(c[1]), keyB6(c[5]), keyB6(c[8]))
	// An append onto the slice's own elements, within its capacity.
	d := make([]B6, 6, 12)
	for i := range d {
		d[i] = mkB6(i)
	}
	d = append(d[:2], d[1:]...)
	fmt.Printf("insert B6 %d %d keys %d %d %d %d\n", len(d), cap(d), keyB6(d[1]), keyB6(d[2]), keyB6(d[3]), keyB6(d[6]))
	// A slice of what is left after the last element, then appended to.
	e := d[len(d):]
	e = append(e, mkB6(50))
	fmt.Printf("tail B6 %d %d %d\n", len(e), cap(e), keyB6(e[0]))
}

func probeB7() {
	var last int
	base := make([]B7, 6, 10)
	for i := range base {
		base[i] = mkB7(i)
	}
	// A re-slice in the middle of its array grows from the capacity it has left.
	t := base[2:5]
	last = cap(t)
	fmt.Printf("reslice B7 %d->%d\n", len(t), cap(t))
	for len(t) < 40 {
		t = append(t, mkB7(len(t)+2))
		if cap(t) != last {
			last = cap(t)
			fmt.Printf("reslice B7 %d->%d keys %d %d %d\n", len(t), cap(t), keyB7(t[0]), keyB7(t[2]), keyB7(t[len(t)-1]))
		}
	}
	// A full slice expression limits the capacity.
	f := base[1:3:4]
	last = cap(f)
	fmt.Printf("full B7 %d->%d\n", len(f), cap(f))
	for len(f) < 20 {
		f = append(f, mkB7(len(f)+1))
		if cap(f) != last {
			last = cap(f)
			fmt.Printf("full B7 %d->%d keys %d %d\n", len(f), cap(f), keyB7(f[0]), keyB7(f[len(f)-1]))
		}
	}
	fmt.Printf("base B7 %d %d %d\n", keyB7(base[1]), keyB7(base[3]), keyB7(base[4]))
	// append(s, t...) from nil, of a part, and of the slice onto itself.
	var m []B7
	m = append(m, base...)
	fmt.Printf("dots B7 %d %d\n", len(m), cap(m))
	m = append(m, base[:3]...)
	fmt.Printf("dots B7 %d %d\n", len(m), cap(m))
	m = append(m, m...)
	fmt.Printf("dots B7 %d %d keys %d %d %d\n", len(m), cap(m), keyB7(m[0]), keyB7(m[8]), keyB7(m[17]))
	// Copies that overlap, both ways.
	c := make([]B7, 9)
	for i := range c {
		c[i] = mkB7(i)
	}
	n := copy(c[2:], c)
	fmt.Printf("copy B7 %d keys %d %d %d %d\n", n, keyB7(c[0]), keyB7(c[2]), keyB7(c[4]), keyB7(c[8]))
	n = copy(c, c[3:])
	fmt.Printf("copy B7 %d keys %d %d %d %d\n", n, keyB7(c[0]), keyB7(c[1]), keyB7(c[5]), keyB7(c[8]))
	// An append onto the slice's own elements, within its capacity.
	d := make([]B7, 6, 12)
	for i := range d {
		d[i] = mkB7(i)
	}
	d = append(d[:2], d[1:]...)
	fmt.Printf("insert B7 %d %d keys %d %d %d %d\n", len(d), cap(d), keyB7(d[1]), keyB7(d[2]), keyB7(d[3]), keyB7(d[6]))
	// A slice of what is left after the last element, then appended to.
	e := d[len(d):]
	e = append(e, mkB7(50))
	fmt.Printf("tail B7 %d %d %d\n", len(e), cap(e), keyB7(e[0]))
}

func probeB8() {
	var last int
	base := make([]B8, 6, 10)
	for i := range base {
		base[i] = mkB8(i)
	}
	// A re-slice in the middle of its array grows from the capacity it has left.
	t := base[2:5]
	last = cap(t)
	fmt.Printf("reslice B8 %d->%d\n", len(t), cap(t))
	for len(t) < 40 {
		t = append(t, mkB8(len(t)+2))
		if cap(t) != last {
			last = cap(t)
			fmt.Printf("reslice B8 %d->%d keys %d %d %d\n", len(t), cap(t), keyB8(t[0]), keyB8(t[2]), keyB8(t[len(t)-1]))
		}
	}
	// A full slice expression limits the capacity.
	f := base[1:3:4]
	last = cap(f)
	fmt.Printf("full B8 %d->%d\n", len(f), cap(f))
	for len(f) < 20 {
		f = append(f, mkB8(len(f)+1))
		if cap(f) != last {
			last = cap(f)
			fmt.Printf("full B8 %d->%d keys %d %d\n", len(f), cap(f), keyB8(f[0]), keyB8(f[len(f)-1]))
		}
	}
	fmt.Printf("base B8 %d %d %d\n", keyB8(base[1]), keyB8(base[3]), keyB8(base[4]))
	// append(s, t...) from nil, of a part, and of the slice onto itself.
	var m []B8
	m = append(m, base...)
	fmt.Printf("dots B8 %d %d\n", len(m), cap(m))
	m = append(m, base[:3]...)
	fmt.Printf("dots B8 %d %d\n", len(m), cap(m))
	m = append(m, m...)
	fmt.Printf("dots B8 %d %d keys %d %d %d\n", len(m), cap(m), keyB8(m[0]), keyB8(m[8]), keyB8(m[17]))
	// Copies that overlap, both ways.
	c := make([]B8, 9)
	for i := range c {
		c[i] = mkB8(i)
	}
	n := copy(c[2:], c)
	fmt.Printf("copy B8 %d keys %d %d %d %d\n", n, keyB8(c[0]), keyB8(c[2]), keyB8(c[4]), keyB8(c[8]))
	n = copy(c, c[3:])
	fmt.Printf("copy B8 %d keys %d %d %d %d\n", n, keyB8(c[0]), keyB8(c[1]), keyB8(c[5]), keyB8(c[8]))
	// An append onto the slice's own elements, within its capacity.
	d := make([]B8, 6, 12)
	for i := range d {
		d[i] = mkB8(i)
	}
	d = append(d[:2], d[1:]...)
	fmt.Printf("insert B8 %d %d keys %d %d %d %d\n", len(d), cap(d), keyB8(d[1]), keyB8(d[2]), keyB8(d[3]), keyB8(d[6]))
	// A slice of what is left after the last element, then appended to.
	e := d[len(d):]
	e = append(e, mkB8(50))
	fmt.Printf("tail B8 %d %d %d\n", len(e), cap(e), keyB8(e[0]))
}

func probeB9() {
	var last int
	base := make([]B9, 6, 10)
	for i := range base {
		base[i] = mkB9(i)
	}
	// A re-slice in the middle of its array grows from the capacity it has left.
	t := base[2:5]
	last = cap(t)
	fmt.Printf("reslice B9 %d->%d\n", len(t), cap(t))
	for len(t) < 40 {
		t = append(t, mkB9(len(t)+2))
		if cap(t) != last {
			last = cap(t)
			fmt.Printf("reslice B9 %d->%d keys %d %d %d\n", len(t), cap(t), keyB9(t[0]), keyB9(t[2]), keyB9(t[len(t)-1]))
		}
	}
	// A full slice expression limits the capacity.
	f := base[1:3:4]
	last = cap(f)
	fmt.Printf("full B9 %d->%d\n", len(f), cap(f))
	for len(f) < 20 {
		f = append(f, mkB9(len(f)+1))
		if cap(f) != last {
			last = cap(f)
			fmt.Printf("full B9 %d->%d keys %d %d\n", len(f), cap(f), keyB9(f[0]), keyB9(f[len(f)-1]))
		}
	}
	fmt.Printf("base B9 %d %d %d\n", keyB9(base[1]), keyB9(base[3]), keyB9(base[4]))
	// append(s, t...) from nil, of a part, and of the slice onto itself.
	var m []B9
	m = append(m, base...)
	fmt.Printf("dots B9 %d %d\n", len(m), cap(m))
	m = append(m, base[:3]...)
	fmt.Printf("dots B9 %d %d\n", len(m), cap(m))
	m = append(m, m...)
	fmt.Printf("dots B9 %d %d keys %d %d %d\n", len(m), cap(m), keyB9(m[0]), keyB9(m[8]), keyB9(m[17]))
	// Copies that overlap, both ways.
	c := make([]B9, 9)
	for i := range c {
		c[i] = mkB9(i)
	}
	n := copy(c[2:], c)
	fmt.Printf("copy B9 %d keys %d %d %d %d\n", n, keyB9(c[0]), keyB9(c[2]), keyB9(c[4]), keyB9(c[8]))
	n = copy(c, c[3:])
	fmt.Printf("copy B9 %d keys %d %d %d %d\n", n, keyB9(c[0]), keyB9(c[1]), keyB9(c[5]), keyB9(c[8]))
	// An append onto the slice's own elements, within its capacity.
	d := make([]B9, 6, 12)
	for i := range d {
		d[i] = mkB9(i)
	}
	d = append(d[:2], d[1:]...)
	fmt.Printf("insert B9 %d %d keys %d %d %d %d\n", len(d), cap(d), keyB9(d[1]), keyB9(d[2]), keyB9(d[3]), keyB9(d[6]))
	// A slice of what is left after the last element, then appended to.
	e := d[len(d):]
	e = append(e, mkB9(50))
	fmt.Printf("tail B9 %d %d %d\n", len(e), cap(e), keyB9(e[0]))
}

func probeB10() {
	var last int
	base := make([]B10, 6, 10)
	for i := range base {
		base[i] = mkB10(i)
	}
	// A re-slice in the middle of its array grows from the capacity it has left.
	t := base[2:5]
	last = cap(t)
	fmt.Printf("reslice B10 %d->%d\n", len(t), cap(t))
	for len(t) < 40 {
		t = append(t, mkB10(len(t)+2))
		if cap(t) != last {
			last = cap(t)
			fmt.Printf("reslice B10 %d->%d keys %d %d %d\n", len(t), cap(t), keyB10(t[0]), keyB10(t[2]), keyB10(t[len(t)-1]))
		}
	}
	// A full slice expression limits the capacity.
	f := base[1:3:4]
	last = cap(f)
	fmt.Printf("full B10 %d->%d\n", len(f), cap(f))
	for len(f) < 20 {
		f = append(f, mkB10(len(f)+1))
		if cap(f) != last {
			last = cap(f)
			fmt.Printf("full B10 %d->%d keys %d %d\n", len(f), cap(f), keyB10(f[0]), keyB10(f[len(f)-1]))
		}
	}
	fmt.Printf("base B10 %d %d %d\n", keyB10(base[1]), keyB10(base[3]), keyB10(base[4]))
	// append(s, t...) from nil, of a part, and of the slice onto itself.
	var m []B10
	m = append(m, base...)
	fmt.Printf("dots B10 %d %d\n", len(m), cap(m))
	m = append(m, base[:3]...)
	fmt.Printf("dots B10 %d %d\n", len(m), cap(m))
	m = append(m, m...)
	fmt.Printf("dots B10 %d %d keys %d %d %d\n", len(m), cap(m), keyB10(m[0]), keyB10(m[8]), keyB10(m[17]))
	// Copies that overlap, both ways.
	c := make([]B10, 9)
	for i := range c {
		c[i] = mkB10(i)
	}
	n := copy(c[2:], c)
	fmt.Printf("copy B10 %d keys %d %d %d %d\n", n, keyB10(c[0]), keyB10(c[2]), keyB10(c[4]), keyB10(c[8]))
	n = copy(c, c[3:])
	fmt.Printf("copy B10 %d keys %d %d %d %d\n", n, keyB10(c[0]), keyB10(c[1]), keyB10(c[5]), keyB10(c[8]))
	// An append onto the slice's own elements, within its capacity.
	d := make([]B10, 6, 12)
	for i := range d {
		d[i] = mkB10(i)
	}
	d = append(d[:2], d[1:]...)
	fmt.Printf("insert B10 %d %d keys %d %d %d %d\n", len(d), cap(d), keyB10(d[1]), keyB10(d[2]), keyB10(d[3]), keyB10(d[6]))
	// A slice of what is left after the last element, then appended to.
	e := d[len(d):]
	e = append(e, mkB10(50))
	fmt.Printf("tail B10 %d %d %d\n", len(e), cap(e), keyB10(e[0]))
}

func probeB11() {
	var last int
	base := make([]B11, 6, 10)
	for i := range base {
		base[i] = mkB11(i)
	}
	// A re-slice in the middle of its array grows from the capacity it has left.
	t := base[2:5]
	last = cap(t)
	fmt.Printf("reslice B11 %d->%d\n", len(t), cap(t))
	for len(t) < 40 {
		t = append(t, mkB11(len(t)+2))
		if cap(t) != last {
			last = cap(t)
			fmt.Printf("reslice B11 %d->%d keys %d %d %d\n", len(t), cap(t), keyB11(t[0]), keyB11(t[2]), keyB11(t[len(t)-1]))
		}
	}
	// A full slice expression limits the capacity.
	f := base[1:3:4]
	last = cap(f)
	fmt.Printf("full B11 %d->%d\n", len(f), cap(f))
	for len(f) < 20 {
		f = append(f, mkB11(len(f)+1))
		if cap(f) != last {
			last = cap(f)
			fmt.Printf("full B11 %d->%d keys %d %d\n", len(f), cap(f), keyB11(f[0]), keyB11(f[len(f)-1]))
		}
	}
	fmt.Printf("base B11 %d %d %d\n", keyB11(base[1]), keyB11(base[3]), keyB11(base[4]))
	// append(s, t...) from nil, of a part, and of the slice onto itself.
	var m []B11
	m = append(m, base...)
	fmt.Printf("dots B11 %d %d\n", len(m), cap(m))
	m = append(m, base[:3]...)
	fmt.Printf("dots B11 %d %d\n", len(m), cap(m))
	m = append(m, m...)
	fmt.Printf("dots B11 %d %d keys %d %d %d\n", len(m), cap(m), keyB11(m[0]), keyB11(m[8]), keyB11(m[17]))
	// Copies that overlap, both ways.
	c := make([]B11, 9)
	for i := range c {
		c[i] = mkB11(i)
	}
	n := copy(c[2:], c)
	fmt.Printf("copy B11 %d keys %d %d %d %d\n", n, keyB11(c[0]), keyB11(c[2]), keyB11(c[4]), keyB11(c[8]))
	n = copy(c, c[3:])
	fmt.Printf("copy B11 %d keys %d %d %d %d\n", n, keyB11(c[0]), keyB11(c[1]), keyB11(c[5]), keyB11(c[8]))
	// An append onto the slice's own elements, within its capacity.
	d := make([]B11, 6, 12)
	for i := range d {
		d[i] = mkB11(i)
	}
	d = append(d[:2], d[1:]...)
	fmt.Printf("insert B11 %d %d keys %d %d %d %d\n", len(d), cap(d), keyB11(d[1]), keyB11(d[2]), keyB11(d[3]), keyB11(d[6]))
	// A slice of what is left after the last element, then appended to.
	e := d[len(d):]
	e = append(e, mkB11(50))
	fmt.Printf("tail B11 %d %d %d\n", len(e), cap(e), keyB11(e[0]))
}

func probeB12() {
	var last int
	base := make([]B12, 6, 10)
	for i := range base {
		base[i] = mkB12(i)
	}
	// A re-slice in the middle of its array grows from the capacity it has left.
	t := base[2:5]
	last = cap(t)
	fmt.Printf("reslice B12 %d->%d\n", len(t), cap(t))
	for len(t) < 40 {
		t = append(t, mkB12(len(t)+2))
		if cap(t) != last {
			last = cap(t)
			fmt.Printf("reslice B12 %d->%d keys %d %d %d\n", len(t), cap(t), keyB12(t[0]), keyB12(t[2]), keyB12(t[len(t)-1]))
		}
	}
	// A full slice expression limits the capacity.
	f := base[1:3:4]
	last = cap(f)
	fmt.Printf("full B12 %d->%d\n", len(f), cap(f))
	for len(f) < 20 {
		f = append(f, mkB12(len(f)+1))
		if cap(f) != last {
			last = cap(f)
			fmt.Printf("full B12 %d->%d keys %d %d\n", len(f), cap(f), keyB12(f[0]), keyB12(f[len(f)-1]))
		}
	}
	fmt.Printf("base B12 %d %d %d\n", keyB12(base[1]), keyB12(base[3]), keyB12(base[4]))
	// append(s, t...) from nil, of a part, and of the slice onto itself.
	var m []B12
	m = append(m, base...)
	fmt.Printf("dots B12 %d %d\n", len(m), cap(m))
	m = append(m, base[:3]...)
	fmt.Printf("dots B12 %d %d\n", len(m), cap(m))
	m = append(m, m...)
	fmt.Printf("dots B12 %d %d keys %d %d %d\n", len(m), cap(m), keyB12(m[0]), keyB12(m[8]), keyB12(m[17]))
	// Copies that overlap, both ways.
	c := make([]B12, 9)
	for i := range c {
		c[i] = mkB12(i)
	}
	n := copy(c[2:], c)
	fmt.Printf("copy B12 %d keys %d %d %d %d\n", n, keyB12(c[0]), keyB12(c[2]), keyB12(c[4]), keyB12(c[8]))
	n = copy(c, c[3:])
	fmt.Printf("copy B12 %d keys %d %d %d %d\n", n, keyB12(c[0]), keyB12(c[1]), keyB12(c[5]), keyB12(c[8]))
	// An append onto the slice's own elements, within its capacity.
	d := make([]B12, 6, 12)
	for i := range d {
		d[i] = mkB12(i)
	}
	d = append(d[:2], d[1:]...)
	fmt.Printf("insert B12 %d %d keys %d %d %d %d\n", len(d), cap(d), keyB12(d[1]), keyB12(d[2]), keyB12(d[3]), keyB12(d[6]))
	// A slice of what is left after the last element, then appended to.
	e := d[len(d):]
	e = append(e, mkB12(50))
	fmt.Printf("tail B12 %d %d %d\n", len(e), cap(e), keyB12(e[0]))
}

func probeB13() {
	var last int
	base := make([]B13, 6, 10)
	for i := range base {
		base[i] = mkB13(i)
	}
	// A re-slice in the middle of its array grows from the capacity it has left.
	t := base[2:5]
	last = cap(t)
	fmt.Printf("reslice B13 %d->%d\n", len(t), cap(t))
	for len(t) < 40 {
		t = append(t, mkB13(len(t)+2))
		if cap(t) != last {
			last = cap(t)
			fmt.Printf("reslice B13 %d->%d keys %d %d %d\n", len(t), cap(t), keyB13(t[0]), keyB13(t[2]), keyB13(t[len(t)-1]))
		}
	}
	// A full slice expression limits the capacity.
	f := base[1:3:4]
	last = cap(f)
	fmt.Printf("full B13 %d->%d\n", len(f), cap(f))
	for len(f) < 20 {
		f = append(f, mkB13(len(f)+1))
		if cap(f) != last {
			last = cap(f)
			fmt.Printf("full B13 %d->%d keys %d %d\n", len(f), cap(f), keyB13(f[0]), keyB13(f[len(f)-1]))
		}
	}
	fmt.Printf("base B13 %d %d %d\n", keyB13(base[1]), keyB13(base[3]), keyB13(base[4]))
	// append(s, t...) from nil, of a part, and of the slice onto itself.
	var m []B13
	m = append(m, base...)
	fmt.Printf("dots B13 %d %d\n", len(m), cap(m))
	m = append(m, base[:3]...)
	fmt.Printf("dots B13 %d %d\n", len(m), cap(m))
	m = append(m, m...)
	fmt.Printf("dots B13 %d %d keys %d %d %d\n", len(m), cap(m), keyB13(m[0]), keyB13(m[8]), keyB13(m[17]))
	// Copies that overlap, both ways.
	c := make([]B13, 9)
	for i := range c {
		c[i] = mkB13(i)
	}
	n := copy(c[2:], c)
	fmt.Printf("copy B13 %d keys %d %d %d %d\n", n, keyB13(c[0]), keyB13(c[2]), keyB13(c[4]), keyB13(c[8]))
	n = copy(c, c[3:])
	fmt.Printf("copy B13 %d keys %d %d %d %d\n", n, keyB13(c[0]), keyB13(c[1]), keyB13(c[5]), keyB13(c[8]))
	// An append onto the slice's own elements, within its capacity.
	d := make([]B13, 6, 12)
	for i := range d {
		d[i] = mkB13(i)
	}
	d = append(d[:2], d[1:]...)
	fmt.Printf("insert B13 %d %d keys %d %d %d %d\n", len(d), cap(d), keyB13(d[1]), keyB13(d[2]), keyB13(d[3]), keyB13(d[6]))
	// A slice of what is left after the last element, then appended to.
	e := d[len(d):]
	e = append(e, mkB13(50))
	fmt.Printf("tail B13 %d %d %d\n", len(e), cap(e), keyB13(e[0]))
}

func probeB14() {
	var last int
	base := make([]B14, 6, 10)
	for i := range base {
		base[i] = mkB14(i)
	}
	// A re-slice in the middle of its array grows from the capacity it has left.
	t := base[2:5]
	last = cap(t)
	fmt.Printf("reslice B14 %d->%d\n", len(t), cap(t))
	for len(t) < 40 {
		t = append(t, mkB14(len(t)+2))
		if cap(t) != last {
			last = cap(t)
			fmt.Printf("reslice B14 %d->%d keys %d %d %d\n", len(t), cap(t), keyB14(t[0]), keyB14(t[2]), keyB14(t[len(t)-1]))
		}
	}
	// A full slice expression limits the capacity.
	f := base[1:3:4]
	last = cap(f)
	fmt.Printf("full B14 %d->%d\n", len(f), cap(f))
	for len(f) < 20 {
		f = append(f, mkB14(len(f)+1))
		if cap(f) != last {
			last = cap(f)
			fmt.Printf("full B14 %d->%d keys %d %d\n", len(f), cap(f), keyB14(f[0]), keyB14(f[len(f)-1]))
		}
	}
	fmt.Printf("base B14 %d %d %d\n", keyB14(base[1]), keyB14(base[3]), keyB14(base[4]))
	// append(s, t...) from nil, of a part, and of the slice onto itself.
	var m []B14
	m = append(m, base...)
	fmt.Printf("dots B14 %d %d\n", len(m), cap(m))
	m = append(m, base[:3]...)
	fmt.Printf("dots B14 %d %d\n", len(m), cap(m))
	m = append(m, m...)
	fmt.Printf("dots B14 %d %d keys %d %d %d\n", len(m), cap(m), keyB14(m[0]), keyB14(m[8]), keyB14(m[17]))
	// Copies that overlap, both ways.
	c := make([]B14, 9)
	for i := range c {
		c[i] = mkB14(i)
	}
	n := copy(c[2:], c)
	fmt.Printf("copy B14 %d keys %d %d %d %d\n", n, keyB14(c[0]), keyB14(c[2]), keyB14(c[4]), keyB14(c[8]))
	n = copy(c, c[3:])
	fmt.Printf("copy B14 %d keys %d %d %d %d\n", n, keyB14(c[0]), keyB14(c[1]), keyB14(c[5]), keyB14(c[8]))
	// An append onto the slice's own elements, within its capacity.
	d := make([]B14, 6, 12)
	for i := range d {
		d[i] = mkB14(i)
	}
	d = append(d[:2], d[1:]...)
	fmt.Printf("insert B14 %d %d keys %d %d %d %d\n", len(d), cap(d), keyB14(d[1]), keyB14(d[2]), keyB14(d[3]), keyB14(d[6]))
	// A slice of what is left after the last element, then appended to.
	e := d[len(d):]
	e = append(e, mkB14(50))
	fmt.Printf("tail B14 %d %d %d\n", len(e), cap(e), keyB14(e[0]))
}

func probeB15() {
	var last int
	base := make([]B15, 6, 10)
	for i := range base {
		base[i] = mkB15(i)
	}
	// A re-slice in the middle of its array grows from the capacity it has left.
	t := base[2:5]
	last = cap(t)
	fmt.Printf("reslice B15 %d->%d\n", len(t), cap(t))
	for len(t) < 40 {
		t = append(t, mkB15(len(t)+2))
		if cap(t) != last {
			last = cap(t)
			fmt.Printf("reslice B15 %d->%d keys %d %d %d\n", len(t), cap(t), keyB15(t[0]), keyB15(t[2]), keyB15(t[len(t)-1]))
		}
	}
	// A full slice expression limits the capacity.
	f := base[1:3:4]
	last = cap(f)
	fmt.Printf("full B15 %d->%d\n", len(f), cap(f))
	for len(f) < 20 {
		f = append(f, mkB15(len(f)+1))
		if cap(f) != last {
			last = cap(f)
			fmt.Printf("full B15 %d->%d keys %d %d\n", len(f), cap(f), keyB15(f[0]), keyB15(f[len(f)-1]))
		}
	}
	fmt.Printf("base B15 %d %d %d\n", keyB15(base[1]), keyB15(base[3]), keyB15(base[4]))
	// append(s, t...) from nil, of a part, and of the slice onto itself.
	var m []B15
	m = append(m, base...)
	fmt.Printf("dots B15 %d %d\n", len(m), cap(m))
	m = append(m, base[:3]...)
	fmt.Printf("dots B15 %d %d\n", len(m), cap(m))
	m = append(m, m...)
	fmt.Printf("dots B15 %d %d keys %d %d %d\n", len(m), cap(m), keyB15(m[0]), keyB15(m[8]), keyB15(m[17]))
	// Copies that overlap, both ways.
	c := make([]B15, 9)
	for i := range c {
		c[i] = mkB15(i)
	}
	n := copy(c[2:], c)
	fmt.Printf("copy B15 %d keys %d %d %d %d\n", n, keyB15(c[0]), keyB15(c[2]), keyB15(c[4]), keyB15(c[8]))
	n = copy(c, c[3:])
	fmt.Printf("copy B15 %d keys %d %d %d %d\n", n, keyB15(c[0]), keyB15(c[1]), keyB15(c[5]), keyB15(c[8]))
	// An append onto the slice's own elements, within its capacity.
	d := make([]B15, 6, 12)
	for i := range d {
		d[i] = mkB15(i)
	}
	d = append(d[:2], d[1:]...)
	fmt.Printf("insert B15 %d %d keys %d %d %d %d\n", len(d), cap(d), keyB15(d[1]), keyB15(d[2]), keyB15(d[3]), keyB15(d[6]))
	// A slice of what is left after the last element, then appended to.
	e := d[len(d):]
	e = append(e, mkB15(50))
	fmt.Printf("tail B15 %d %d %d\n", len(e), cap(e), keyB15(e[0]))
}

func probeB16() {
	var last int
	base := make([]B16, 6, 10)
	for i := range base {
		base[i] = mkB16(i)
	}
	// A re-slice in the middle of its array grows from the capacity it has left.
	t := base[2:5]
	last = cap(t)
	fmt.Printf("reslice B16 %d->%d\n", len(t), cap(t))
	for len(t) < 40 {
		t = append(t, mkB16(len(t)+2))
		if cap(t) != last {
			last = cap(t)
			fmt.Printf("reslice B16 %d->%d keys %d %d %d\n", len(t), cap(t), keyB16(t[0]), keyB16(t[2]), keyB16(t[len(t)-1]))
		}
	}
	// A full slice expression limits the capacity.
	f := base[1:3:4]
	last = cap(f)
	fmt.Printf("full B16 %d->%d\n", len(f), cap(f))
	for len(f) < 20 {
		f = append(f, mkB16(len(f)+1))
		if cap(f) != last {
			last = cap(f)
			fmt.Printf("full B16 %d->%d keys %d %d\n", len(f), cap(f), keyB16(f[0]), keyB16(f[len(f)-1]))
		}
	}
	fmt.Printf("base B16 %d %d %d\n", keyB16(base[1]), keyB16(base[3]), keyB16(base[4]))
	// append(s, t...) from nil, of a part, and of the slice onto itself.
	var m []B16
	m = append(m, base...)
	fmt.Printf("dots B16 %d %d\n", len(m), cap(m))
	m = append(m, base[:3]...)
	fmt.Printf("dots B16 %d %d\n", len(m), cap(m))
	m = append(m, m...)
	fmt.Printf("dots B16 %d %d keys %d %d %d\n", len(m), cap(m), keyB16(m[0]), keyB16(m[8]), keyB16(m[17]))
	// Copies that overlap, both ways.
	c := make([]B16, 9)
	for i := range c {
		c[i] = mkB16(i)
	}
	n := copy(c[2:], c)
	fmt.Printf("copy B16 %d keys %d %d %d %d\n", n, keyB16(c[0]), keyB16(c[2]), keyB16(c[4]), keyB16(c[8]))
	n = copy(c, c[3:])
	fmt.Printf("copy B16 %d keys %d %d %d %d\n", n, keyB16(c[0]), keyB16(c[1]), keyB16(c[5]), keyB16(c[8]))
	// An append onto the slice's own elements, within its capacity.
	d := make([]B16, 6, 12)
	for i := range d {
		d[i] = mkB16(i)
	}
	d = append(d[:2], d[1:]...)
	fmt.Printf("insert B16 %d %d keys %d %d %d %d\n", len(d), cap(d), keyB16(d[1]), keyB16(d[2]), keyB16(d[3]), keyB16(d[6]))
	// A slice of what is left after the last element, then appended to.
	e := d[len(d):]
	e = append(e, mkB16(50))
	fmt.Printf("tail B16 %d %d %d\n", len(e), cap(e), keyB16(e[0]))
}

func probeB17() {
	var last int
	base := make([]B17, 6, 10)
	for i := range base {
		base[i] = mkB17(i)
	}
	// A re-slice in the middle of its array grows from the capacity it has left.
	t := base[2:5]
	last = cap(t)
	fmt.Printf("reslice B17 %d->%d\n", len(t), cap(t))
	for len(t) < 40 {
		t = append(t, mkB17(len(t)+2))
		if cap(t) != last {
			last = cap(t)
			fmt.Printf("reslice B17 %d->%d keys %d %d %d\n", len(t), cap(t), keyB17(t[0]), keyB17(t[2]), keyB17(t[len(t)-1]))
		}
	}
	// A full slice expression limits the capacity.
	f := base[1:3:4]
	last = cap(f)
	fmt.Printf("full B17 %d->%d\n", len(f), cap(f))
	for len(f) < 20 {
		f = append(f, mkB17(len(f)+1))
		if cap(f) != last {
			last = cap(f)
			fmt.Printf("full B17 %d->%d keys %d %d\n", len(f), cap(f), keyB17(f[0]), keyB17(f[len(f)-1]))
		}
	}
	fmt.Printf("base B17 %d %d %d\n", keyB17(base[1]), keyB17(base[3]), keyB17(base[4]))
	// append(s, t...) from nil, of a part, and of the slice onto itself.
	var m []B17
	m = append(m, base...)
	fmt.Printf("dots B17 %d %d\n", len(m), cap(m))
	m = append(m, base[:3]...)
	fmt.Printf("dots B17 %d %d\n", len(m), cap(m))
	m = append(m, m...)
	fmt.Printf("dots B17 %d %d keys %d %d %d\n", len(m), cap(m), keyB17(m[0]), keyB17(m[8]), keyB17(m[17]))
	// Copies that overlap, both ways.
	c := make([]B17, 9)
	for i := range c {
		c[i] = mkB17(i)
	}
	n := copy(c[2:], c)
	fmt.Printf("copy B17 %d keys %d %d %d %d\n", n, keyB17(c[0]), keyB17(c[2]), keyB17(c[4]), keyB17(c[8]))
	n = copy(c, c[3:])
	fmt.Printf("copy B17 %d keys %d %d %d %d\n", n, keyB17(c[0]), keyB17(c[1]), keyB17(c[5]), keyB17(c[8]))
	// An append onto the slice's own elements, within its capacity.
	d := make([]B17, 6, 12)
	for i := range d {
		d[i] = mkB17(i)
	}
	d = append(d[:2], d[1:]...)
	fmt.Printf("insert B17 %d %d keys %d %d %d %d\n", len(d), cap(d), keyB17(d[1]), keyB17(d[2]), keyB17(d[3]), keyB17(d[6]))
	// A slice of what is left after the last element, then appended to.
	e := d[len(d):]
	e = append(e, mkB17(50))
	fmt.Printf("tail B17 %d %d %d\n", len(e), cap(e), keyB17(e[0]))
}

func probeB18() {
	var last int
	base := make([]B18, 6, 10)
	for i := range base {
		base[i] = mkB18(i)
	}
	// A re-slice in the middle of its array grows from the capacity it has left.
	t := base[2:5]
	last = cap(t)
	fmt.Printf("reslice B18 %d->%d\n", len(t), cap(t))
	for len(t) < 40 {
		t = append(t, mkB18(len(t)+2))
		if cap(t) != last {
			last = cap(t)
			fmt.Printf("reslice B18 %d->%d keys %d %d %d\n", len(t), cap(t), keyB18(t[0]), keyB18(t[2]), keyB18(t[len(t)-1]))
		}
	}
	// A full slice expression limits the capacity.
	f := base[1:3:4]
	last = cap(f)
	fmt.Printf("full B18 %d->%d\n", len(f), cap(f))
	for len(f) < 20 {
		f = append(f, mkB18(len(f)+1))
		if cap(f) != last {
			last = cap(f)
			fmt.Printf("full B18 %d->%d keys %d %d\n", len(f), cap(f), keyB18(f[0]), keyB18(f[len(f)-1]))
		}
	}
	fmt.Printf("base B18 %d %d %d\n", keyB18(base[1]), keyB18(base[3]), keyB18(base[4]))
	// append(s, t...) from nil, of a part, and of the slice onto itself.
	var m []B18
	m = append(m, base...)
	fmt.Printf("dots B18 %d %d\n", len(m), cap(m))
	m = append(m, base[:3]...)
	fmt.Printf("dots B18 %d %d\n", len(m), cap(m))
	m = append(m, m...)
	fmt.Printf("dots B18 %d %d keys %d %d %d\n", len(m), cap(m), keyB18(m[0]), keyB18(m[8]), keyB18(m[17]))
	// Copies that overlap, both ways.
	c := make([]B18, 9)
	for i := range c {
		c[i] = mkB18(i)
	}
	n := copy(c[2:], c)
	fmt.Printf("copy B18 %d keys %d %d %d %d\n", n, keyB18(c[0]), keyB18(c[2]), keyB18(c[4]), keyB18(c[8]))
	n = copy(c, c[3:])
	fmt.Printf("copy B18 %d keys %d %d %d %d\n", n, keyB18(c[0]), keyB18(c[1]), keyB18(c[5]), keyB18(c[8]))
	// An append onto the slice's own elements, within its capacity.
	d := make([]B18, 6, 12)
	for i := range d {
		d[i] = mkB18(i)
	}
	d = append(d[:2], d[1:]...)
	fmt.Printf("insert B18 %d %d keys %d %d %d %d\n", len(d), cap(d), keyB18(d[1]), keyB18(d[2]), keyB18(d[3]), keyB18(d[6]))
	// A slice of what is left after the last element, then appended to.
	e := d[len(d):]
	e = append(e, mkB18(50))
	fmt.Printf("tail B18 %d %d %d\n", len(e), cap(e), keyB18(e[0]))
}

func probeB19() {
	var last int
	base := make([]B19, 6, 10)
	for i := range base {
		base[i] = mkB19(i)
	}
	// A re-slice in the middle of its array grows from the capacity it has left.
	t := base[2:5]
	last = cap(t)
	fmt.Printf("reslice B19 %d->%d\n", len(t), cap(t))
	for len(t) < 40 {
		t = append(t, mkB19(len(t)+2))
		if cap(t) != last {
			last = cap(t)
			fmt.Printf("reslice B19 %d->%d keys %d %d %d\n", len(t), cap(t), keyB19(t[0]), keyB19(t[2]), keyB19(t[len(t)-1]))
		}
	}
	// A full slice expression limits the capacity.
	f := base[1:3:4]
	last = cap(f)
	fmt.Printf("full B19 %d->%d\n", len(f), cap(f))
	for len(f) < 20 {
		f = append(f, mkB19(len(f)+1))
		if cap(f) != last {
			last = cap(f)
			fmt.Printf("full B19 %d->%d keys %d %d\n", len(f), cap(f), keyB19(f[0]), keyB19(f[len(f)-1]))
		}
	}
	fmt.Printf("base B19 %d %d %d\n", keyB19(base[1]), keyB19(base[3]), keyB19(base[4]))
	// append(s, t...) from nil, of a part, and of the slice onto itself.
	var m []B19
	m = append(m, base...)
	fmt.Printf("dots B19 %d %d\n", len(m), cap(m))
	m = append(m, base[:3]...)
	fmt.Printf("dots B19 %d %d\n", len(m), cap(m))
	m = append(m, m...)
	fmt.Printf("dots B19 %d %d keys %d %d %d\n", len(m), cap(m), keyB19(m[0]), keyB19(m[8]), keyB19(m[17]))
	// Copies that overlap, both ways.
	c := make([]B19, 9)
	for i := range c {
		c[i] = mkB19(i)
	}
	n := copy(c[2:], c)
	fmt.Printf("copy B19 %d keys %d %d %d %d\n", n, keyB19(c[0]), keyB19(c[2]), keyB19(c[4]), keyB19(c[8]))
	n = copy(c, c[3:])
	fmt.Printf("copy B19 %d keys %d %d %d %d\n", n, keyB19(c[0]), keyB19(c[1]), keyB19(c[5]), keyB19(c[8]))
	// An append onto the slice's own elements, within its capacity.
	d := make([]B19, 6, 12)
	for i := range d {
		d[i] = mkB19(i)
	}
	d = append(d[:2], d[1:]...)
	fmt.Printf("insert B19 %d %d keys %d %d %d %d\n", len(d), cap(d), keyB19(d[1]), keyB19(d[2]), keyB19(d[3]), keyB19(d[6]))
	// A slice of what is left after the last element, then appended to.
	e := d[len(d):]
	e = append(e, mkB19(50))
	fmt.Printf("tail B19 %d %d %d\n", len(e), cap(e), keyB19(e[0]))
}

func probeB20() {
	var last int
	base := make([]B20, 6, 10)
	for i := range base {
		base[i] = mkB20(i)
	}
	// A re-slice in the middle of its array grows from the capacity it has left.
	t := base[2:5]
	last = cap(t)
	fmt.Printf("reslice B20 %d->%d\n", len(t), cap(t))
	for len(t) < 40 {
		t = append(t, mkB20(len(t)+2))
		if cap(t) != last {
			last = cap(t)
			fmt.Printf("reslice B20 %d->%d keys %d %d %d\n", len(t), cap(t), keyB20(t[0]), keyB20(t[2]), keyB20(t[len(t)-1]))
		}
	}
	// A full slice expression limits the capacity.
	f := base[1:3:4]
	last = cap(f)
	fmt.Printf("full B20 %d->%d\n", len(f), cap(f))
	for len(f) < 20 {
		f = append(f, mkB20(len(f)+1))
		if cap(f) != last {
			last = cap(f)
			fmt.Printf("full B20 %d->%d keys %d %d\n", len(f), cap(f), keyB20(f[0]), keyB20(f[len(f)-1]))
		}
	}
	fmt.Printf("base B20 %d %d %d\n", keyB20(base[1]), keyB20(base[3]), keyB20(base[4]))
	// append(s, t...) from nil, of a part, and of the slice onto itself.
	var m []B20
	m = append(m, base...)
	fmt.Printf("dots B20 %d %d\n", len(m), cap(m))
	m = append(m, base[:3]...)
	fmt.Printf("dots B20 %d %d\n", len(m), cap(m))
	m = append(m, m...)
	fmt.Printf("dots B20 %d %d keys %d %d %d\n", len(m), cap(m), keyB20(m[0]), keyB20(m[8]), keyB20(m[17]))
	// Copies that overlap, both ways.
	c := make([]B20, 9)
	for i := range c {
		c[i] = mkB20(i)
	}
	n := copy(c[2:], c)
	fmt.Printf("copy B20 %d keys %d %d %d %d\n", n, keyB20(c[0]), keyB20(c[2]), keyB20(c[4]), keyB20(c[8]))
	n = copy(c, c[3:])
	fmt.Printf("copy B20 %d keys %d %d %d %d\n", n, keyB20(c[0]), keyB20(c[1]), keyB20(c[5]), keyB20(c[8]))
	// An append onto the slice's own elements, within its capacity.
	d := make([]B20, 6, 12)
	for i := range d {
		d[i] = mkB20(i)
	}
	d = append(d[:2], d[1:]...)
	fmt.Printf("insert B20 %d %d keys %d %d %d %d\n", len(d), cap(d), keyB20(d[1]), keyB20(d[2]), keyB20(d[3]), keyB20(d[6]))
	// A slice of what is left after the last element, then appended to.
	e := d[len(d):]
	e = append(e, mkB20(50))
	fmt.Printf("tail B20 %d %d %d\n", len(e), cap(e), keyB20(e[0]))
}

func probeB21() {
	var last int
	base := make([]B21, 6, 10)
	for i := range base {
		base[i] = mkB21(i)
	}
	// A re-slice in the middle of its array grows from the capacity it has left.
	t := base[2:5]
	last = cap(t)
	fmt.Printf("reslice B21 %d->%d\n", len(t), cap(t))
	for len(t) < 40 {
		t = append(t, mkB21(len(t)+2))
		if cap(t) != last {
			last = cap(t)
			fmt.Printf("reslice B21 %d->%d keys %d %d %d\n", len(t), cap(t), keyB21(t[0]), keyB21(t[2]), keyB21(t[len(t)-1]))
		}
	}
	// A full slice expression limits the capacity.
	f := base[1:3:4]
	last = cap(f)
	fmt.Printf("full B21 %d->%d\n", len(f), cap(f))
	for len(f) < 20 {
		f = append(f, mkB21(len(f)+1))
		if cap(f) != last {
			last = cap(f)
			fmt.Printf("full B21 %d->%d keys %d %d\n", len(f), cap(f), keyB21(f[0]), keyB21(f[len(f)-1]))
		}
	}
	fmt.Printf("base B21 %d %d %d\n", keyB21(base[1]), keyB21(base[3]), keyB21(base[4]))
	// append(s, t...) from nil, of a part, and of the slice onto itself.
	var m []B21
	m = append(m, base...)
	fmt.Printf("dots B21 %d %d\n", len(m), cap(m))
	m = append(m, base[:3]...)
	fmt.Printf("dots B21 %d %d\n", len(m), cap(m))
	m = append(m, m...)
	fmt.Printf("dots B21 %d %d keys %d %d %d\n", len(m), cap(m), keyB21(m[0]), keyB21(m[8]), keyB21(m[17]))
	// Copies that overlap, both ways.
	c := make([]B21, 9)
	for i := range c {
		c[i] = mkB21(i)
	}
	n := copy(c[2:], c)
	fmt.Printf("copy B21 %d keys %d %d %d %d\n", n, keyB21(c[0]), keyB21(c[2]), keyB21(c[4]), keyB21(c[8]))
	n = copy(c, c[3:])
	fmt.Printf("copy B21 %d keys %d %d %d %d\n", n, keyB21(c[0]), keyB21(c[1]), keyB21(c[5]), keyB21(c[8]))
	// An append onto the slice's own elements, within its capacity.
	d := make([]B21, 6, 12)
	for i := range d {
		d[i] = mkB21(i)
	}
	d = append(d[:2], d[1:]...)
	fmt.Printf("insert B21 %d %d keys %d %d %d %d\n", len(d), cap(d), keyB21(d[1]), keyB21(d[2]), keyB21(d[3]), keyB21(d[6]))
	// A slice of what is left after the last element, then appended to.
	e := d[len(d):]
	e = append(e, mkB21(50))
	fmt.Printf("tail B21 %d %d %d\n", len(e), cap(e), keyB21(e[0]))
}

func probeB22() {
	var last int
	base := make([]B22, 6, 10)
	for i := range base {
		base[i] = mkB22(i)
	}
	// A re-slice in the middle of its array grows from the capacity it has left.
	t := base[2:5]
	last = cap(t)
	fmt.Printf("reslice B22 %d->%d\n", len(t), cap(t))
	for len(t) < 40 {
		t = append(t, mkB22(len(t)+2))
		if cap(t) != last {
			last = cap(t)
			fmt.Printf("reslice B22 %d->%d keys %d %d %d\n", len(t), cap(t), keyB22(t[0]), keyB22(t[2]), keyB22(t[len(t)-1]))
		}
	}
	// A full slice expression limits the capacity.
	f := base[1:3:4]
	last = cap(f)
	fmt.Printf("full B22 %d->%d\n", len(f), cap(f))
	for len(f) < 20 {
		f = append(f, mkB22(len(f)+1))
		if cap(f) != last {
			last = cap(f)
			fmt.Printf("full B22 %d->%d keys %d %d\n", len(f), cap(f), keyB22(f[0]), keyB22(f[len(f)-1]))
		}
	}
	fmt.Printf("base B22 %d %d %d\n", keyB22(base[1]), keyB22(base[3]), keyB22(base[4]))
	// append(s, t...) from nil, of a part, and of the slice onto itself.
	var m []B22
	m = append(m, base...)
	fmt.Printf("dots B22 %d %d\n", len(m), cap(m))
	m = append(m, base[:3]...)
	fmt.Printf("dots B22 %d %d\n", len(m), cap(m))
	m = append(m, m...)
	fmt.Printf("dots B22 %d %d keys %d %d %d\n", len(m), cap(m), keyB22(m[0]), keyB22(m[8]), keyB22(m[17]))
	// Copies that overlap, both ways.
	c := make([]B22, 9)
	for i := range c {
		c[i] = mkB22(i)
	}
	n := copy(c[2:], c)
	fmt.Printf("copy B22 %d keys %d %d %d %d\n", n, keyB22(c[0]), keyB22(c[2]), keyB22(c[4]), keyB22(c[8]))
	n = copy(c, c[3:])
	fmt.Printf("copy B22 %d keys %d %d %d %d\n", n, keyB22(c[0]), keyB22(c[1]), keyB22(c[5]), keyB22(c[8]))
	// An append onto the slice's own elements, within its capacity.
	d := make([]B22, 6, 12)
	for i := range d {
		d[i] = mkB22(i)
	}
	d = append(d[:2], d[1:]...)
	fmt.Printf("insert B22 %d %d keys %d %d %d %d\n", len(d), cap(d), keyB22(d[1]), keyB22(d[2]), keyB22(d[3]), keyB22(d[6]))
	// A slice of what is left after the last element, then appended to.
	e := d[len(d):]
	e = append(e, mkB22(50))
	fmt.Printf("tail B22 %d %d %d\n", len(e), cap(e), keyB22(e[0]))
}

func probeB23() {
	var last int
	base := make([]B23, 6, 10)
	for i := range base {
		base[i] = mkB23(i)
	}
	// A re-slice in the middle of its array grows from the capacity it has left.
	t := base[2:5]
	last = cap(t)
	fmt.Printf("reslice B23 %d->%d\n", len(t), cap(t))
	for len(t) < 40 {
		t = append(t, mkB23(len(t)+2))
		if cap(t) != last {
			last = cap(t)
			fmt.Printf("reslice B23 %d->%d keys %d %d %d\n", len(t), cap(t), keyB23(t[0]), keyB23(t[2]), keyB23(t[len(t)-1]))
		}
	}
	// A full slice expression limits the capacity.
	f := base[1:3:4]
	last = cap(f)
	fmt.Printf("full B23 %d->%d\n", len(f), cap(f))
	for len(f) < 20 {
		f = append(f, mkB23(len(f)+1))
		if cap(f) != last {
			last = cap(f)
			fmt.Printf("full B23 %d->%d keys %d %d\n", len(f), cap(f), keyB23(f[0]), keyB23(f[len(f)-1]))
		}
	}
	fmt.Printf("base B23 %d %d %d\n", keyB23(base[1]), keyB23(base[3]), keyB23(base[4]))
	// append(s, t...) from nil, of a part, and of the slice onto itself.
	var m []B23
	m = append(m, base...)
	fmt.Printf("dots B23 %d %d\n", len(m), cap(m))
	m = append(m, base[:3]...)
	fmt.Printf("dots B23 %d %d\n", len(m), cap(m))
	m = append(m, m...)
	fmt.Printf("dots B23 %d %d keys %d %d %d\n", len(m), cap(m), keyB23(m[0]), keyB23(m[8]), keyB23(m[17]))
	// Copies that overlap, both ways.
	c := make([]B23, 9)
	for i := range c {
		c[i] = mkB23(i)
	}
	n := copy(c[2:], c)
	fmt.Printf("copy B23 %d keys %d %d %d %d\n", n, keyB23(c[0]), keyB23(c[2]), keyB23(c[4]), keyB23(c[8]))
	n = copy(c, c[3:])
	fmt.Printf("copy B23 %d keys %d %d %d %d\n", n, keyB23(c[0]), keyB23(c[1]), keyB23(c[5]), keyB23(c[8]))
	// An append onto the slice's own elements, within its capacity.
	d := make([]B23, 6, 12)
	for i := range d {
		d[i] = mkB23(i)
	}
	d = append(d[:2], d[1:]...)
	fmt.Printf("insert B23 %d %d keys %d %d %d %d\n", len(d), cap(d), keyB23(d[1]), keyB23(d[2]), keyB23(d[3]), keyB23(d[6]))
	// A slice of what is left after the last element, then appended to.
	e := d[len(d):]
	e = append(e, mkB23(50))
	fmt.Printf("tail B23 %d %d %d\n", len(e), cap(e), keyB23(e[0]))
}

func probeB24() {
	var last int
	base := make([]B24, 6, 10)
	for i := range base {
		base[i] = mkB24(i)
	}
	// A re-slice in the middle of its array grows from the capacity it has left.
	t := base[2:5]
	last = cap(t)
	fmt.Printf("reslice B24 %d->%d\n", len(t), cap(t))
	for len(t) < 40 {
		t = append(t, mkB24(len(t)+2))
		if cap(t) != last {
			last = cap(t)
			fmt.Printf("reslice B24 %d->%d keys %d %d %d\n", len(t), cap(t), keyB24(t[0]), keyB24(t[2]), keyB24(t[len(t)-1]))
		}
	}
	// A full slice expression limits the capacity.
	f := base[1:3:4]
	last = cap(f)
	fmt.Printf("full B24 %d->%d\n", len(f), cap(f))
	for len(f) < 20 {
		f = append(f, mkB24(len(f)+1))
		if cap(f) != last {
			last = cap(f)
			fmt.Printf("full B24 %d->%d keys %d %d\n", len(f), cap(f), keyB24(f[0]), keyB24(f[len(f)-1]))
		}
	}
	fmt.Printf("base B24 %d %d %d\n", keyB24(base[1]), keyB24(base[3]), keyB24(base[4]))
	// append(s, t...) from nil, of a part, and of the slice onto itself.
	var m []B24
	m = append(m, base...)
	fmt.Printf("dots B24 %d %d\n", len(m), cap(m))
	m = append(m, base[:3]...)
	fmt.Printf("dots B24 %d %d\n", len(m), cap(m))
	m = append(m, m...)
	fmt.Printf("dots B24 %d %d keys %d %d %d\n", len(m), cap(m), keyB24(m[0]), keyB24(m[8]), keyB24(m[17]))
	// Copies that overlap, both ways.
	c := make([]B24, 9)
	for i := range c {
		c[i] = mkB24(i)
	}
	n := copy(c[2:], c)
	fmt.Printf("copy B24 %d keys %d %d %d %d\n", n, keyB24(c[0]), keyB24(c[2]), keyB24(c[4]), keyB24(c[8]))
	n = copy(c, c[3:])
	fmt.Printf("copy B24 %d keys %d %d %d %d\n", n, keyB24(c[0]), keyB24(c[1]), keyB24(c[5]), keyB24(c[8]))
	// An append onto the slice's own elements, within its capacity.
	d := make([]B24, 6, 12)
	for i := range d {
		d[i] = mkB24(i)
	}
	d = append(d[:2], d[1:]...)
	fmt.Printf("insert B24 %d %d keys %d %d %d %d\n", len(d), cap(d), keyB24(d[1]), keyB24(d[2]), keyB24(d[3]), keyB24(d[6]))
	// A slice of what is left after the last element, then appended to.
	e := d[len(d):]
	e = append(e, mkB24(50))
	fmt.Printf("tail B24 %d %d %d\n", len(e), cap(e), keyB24(e[0]))
}

func probeB25() {
	var last int
	base := make([]B25, 6, 10)
	for i := range base {
		base[i] = mkB25(i)
	}
	// A re-slice in the middle of its array grows from the capacity it has left.
	t := base[2:5]
	last = cap(t)
	fmt.Printf("reslice B25 %d->%d\n", len(t), cap(t))
	for len(t) < 40 {
		t = append(t, mkB25(len(t)+2))
		if cap(t) != last {
			last = cap(t)
			fmt.Printf("reslice B25 %d->%d keys %d %d %d\n", len(t), cap(t), keyB25(t[0]), keyB25(t[2]), keyB25(t[len(t)-1]))
		}
	}
	// A full slice expression limits the capacity.
	f := base[1:3:4]
	last = cap(f)
	fmt.Printf("full B25 %d->%d\n", len(f), cap(f))
	for len(f) < 20 {
		f = append(f, mkB25(len(f)+1))
		if cap(f) != last {
			last = cap(f)
			fmt.Printf("full B25 %d->%d keys %d %d\n", len(f), cap(f), keyB25(f[0]), keyB25(f[len(f)-1]))
		}
	}
	fmt.Printf("base B25 %d %d %d\n", keyB25(base[1]), keyB25(base[3]), keyB25(base[4]))
	// append(s, t...) from nil, of a part, and of the slice onto itself.
	var m []B25
	m = append(m, base...)
	fmt.Printf("dots B25 %d %d\n", len(m), cap(m))
	m = append(m, base[:3]...)
	fmt.Printf("dots B25 %d %d\n", len(m), cap(m))
	m = append(m, m...)
	fmt.Printf("dots B25 %d %d keys %d %d %d\n", len(m), cap(m), keyB25(m[0]), keyB25(m[8]), keyB25(m[17]))
	// Copies that overlap, both ways.
	c := make([]B25, 9)
	for i := range c {
		c[i] = mkB25(i)
	}
	n := copy(c[2:], c)
	fmt.Printf("copy B25 %d keys %d %d %d %d\n", n, keyB25(c[0]), keyB25(c[2]), keyB25(c[4]), keyB25(c[8]))
	n = copy(c, c[3:])
	fmt.Printf("copy B25 %d keys %d %d %d %d\n", n, keyB25(c[0]), keyB25(c[1]), keyB25(c[5]), keyB25(c[8]))
	// An append onto the slice's own elements, within its capacity.
	d := make([]B25, 6, 12)
	for i := range d {
		d[i] = mkB25(i)
	}
	d = append(d[:2], d[1:]...)
	fmt.Printf("insert B25 %d %d keys %d %d %d %d\n", len(d), cap(d), keyB25(d[1]), keyB25(d[2]), keyB25(d[3]), keyB25(d[6]))
	// A slice of what is left after the last element, then appended to.
	e := d[len(d):]
	e = append(e, mkB25(50))
	fmt.Printf("tail B25 %d %d %d\n", len(e), cap(e), keyB25(e[0]))
}

func probeB26() {
	var last int
	base := make([]B26, 6, 10)
	for i := range base {
		base[i] = mkB26(i)
	}
	// A re-slice in the middle of its array grows from the capacity it has left.
	t := base[2:5]
	last = cap(t)
	fmt.Printf("reslice B26 %d->%d\n", len(t), cap(t))
	for len(t) < 40 {
		t = append(t, mkB26(len(t)+2))
		if cap(t) != last {
			last = cap(t)
			fmt.Printf("reslice B26 %d->%d keys %d %d %d\n", len(t), cap(t), keyB26(t[0]), keyB26(t[2]), keyB26(t[len(t)-1]))
		}
	}
	// A full slice expression limits the capacity.
	f := base[1:3:4]
	last = cap(f)
	fmt.Printf("full B26 %d->%d\n", len(f), cap(f))
	for len(f) < 20 {
		f = append(f, mkB26(len(f)+1))
		if cap(f) != last {
			last = cap(f)
			fmt.Printf("full B26 %d->%d keys %d %d\n", len(f), cap(f), keyB26(f[0]), keyB26(f[len(f)-1]))
		}
	}
	fmt.Printf("base B26 %d %d %d\n", keyB26(base[1]), keyB26(base[3]), keyB26(base[4]))
	// append(s, t...) from nil, of a part, and of the slice onto itself.
	var m []B26
	m = append(m, base...)
	fmt.Printf("dots B26 %d %d\n", len(m), cap(m))
	m = append(m, base[:3]...)
	fmt.Printf("dots B26 %d %d\n", len(m), cap(m))
	m = append(m, m...)
	fmt.Printf("dots B26 %d %d keys %d %d %d\n", len(m), cap(m), keyB26(m[0]), keyB26(m[8]), keyB26(m[17]))
	// Copies that overlap, both ways.
	c := make([]B26, 9)
	for i := range c {
		c[i] = mkB26(i)
	}
	n := copy(c[2:], c)
	fmt.Printf("copy B26 %d keys %d %d %d %d\n", n, keyB26(c[0]), keyB26(c[2]), keyB26(c[4]), keyB26(c[8]))
	n = copy(c, c[3:])
	fmt.Printf("copy B26 %d keys %d %d %d %d\n", n, keyB26(c[0]), keyB26(c[1]), keyB26(c[5]), keyB26(c[8]))
	// An append onto the slice's own elements, within its capacity.
	d := make([]B26, 6, 12)
	for i := range d {
		d[i] = mkB26(i)
	}
	d = append(d[:2], d[1:]...)
	fmt.Printf("insert B26 %d %d keys %d %d %d %d\n", len(d), cap(d), keyB26(d[1]), keyB26(d[2]), keyB26(d[3]), keyB26(d[6]))
	// A slice of what is left after the last element, then appended to.
	e := d[len(d):]
	e = append(e, mkB26(50))
	fmt.Printf("tail B26 %d %d %d\n", len(e), cap(e), keyB26(e[0]))
}

func probeB27() {
	var last int
	base := make([]B27, 6, 10)
	for i := range base {
		base[i] = mkB27(i)
	}
	// A re-slice in the middle of its array grows from the capacity it has left.
	t := base[2:5]
	last = cap(t)
	fmt.Printf("reslice B27 %d->%d\n", len(t), cap(t))
	for len(t) < 40 {
		t = append(t, mkB27(len(t)+2))
		if cap(t) != last {
			last = cap(t)
			fmt.Printf("reslice B27 %d->%d keys %d %d %d\n", len(t), cap(t), keyB27(t[0]), keyB27(t[2]), keyB27(t[len(t)-1]))
		}
	}
	// A full slice expression limits the capacity.
	f := base[1:3:4]
	last = cap(f)
	fmt.Printf("full B27 %d->%d\n", len(f), cap(f))
	for len(f) < 20 {
		f = append(f, mkB27(len(f)+1))
		if cap(f) != last {
			last = cap(f)
			fmt.Printf("full B27 %d->%d keys %d %d\n", len(f), cap(f), keyB27(f[0]), keyB27(f[len(f)-1]))
		}
	}
	fmt.Printf("base B27 %d %d %d\n", keyB27(base[1]), keyB27(base[3]), keyB27(base[4]))
	// append(s, t...) from nil, of a part, and of the slice onto itself.
	var m []B27
	m = append(m, base...)
	fmt.Printf("dots B27 %d %d\n", len(m), cap(m))
	m = append(m, base[:3]...)
	fmt.Printf("dots B27 %d %d\n", len(m), cap(m))
	m = append(m, m...)
	fmt.Printf("dots B27 %d %d keys %d %d %d\n", len(m), cap(m), keyB27(m[0]), keyB27(m[8]), keyB27(m[17]))
	// Copies that overlap, both ways.
	c := make([]B27, 9)
	for i := range c {
		c[i] = mkB27(i)
	}
	n := copy(c[2:], c)
	fmt.Printf("copy B27 %d keys %d %d %d %d\n", n, keyB27(c[0]), keyB27(c[2]), keyB27(c[4]), keyB27(c[8]))
	n = copy(c, c[3:])
	fmt.Printf("copy B27 %d keys %d %d %d %d\n", n, keyB27(c[0]), keyB27(c[1]), keyB27(c[5]), keyB27(c[8]))
	// An append onto the slice's own elements, within its capacity.
	d := make([]B27, 6, 12)
	for i := range d {
		d[i] = mkB27(i)
	}
	d = append(d[:2], d[1:]...)
	fmt.Printf("insert B27 %d %d keys %d %d %d %d\n", len(d), cap(d), keyB27(d[1]), keyB27(d[2]), keyB27(d[3]), keyB27(d[6]))
	// A slice of what is left after the last element, then appended to.
	e := d[len(d):]
	e = append(e, mkB27(50))
	fmt.Printf("tail B27 %d %d %d\n", len(e), cap(e), keyB27(e[0]))
}

func probeB28() {
	var last int
	base := make([]B28, 6, 10)
	for i := range base {
		base[i] = mkB28(i)
	}
	// A re-slice in the middle of its array grows from the capacity it has left.
	t := base[2:5]
	last = cap(t)
	fmt.Printf("reslice B28 %d->%d\n", len(t), cap(t))
	for len(t) < 40 {
		t = append(t, mkB28(len(t)+2))
		if cap(t) != last {
			last = cap(t)
			fmt.Printf("reslice B28 %d->%d keys %d %d %d\n", len(t), cap(t), keyB28(t[0]), keyB28(t[2]), keyB28(t[len(t)-1]))
		}
	}
	// A full slice expression limits the capacity.
	f := base[1:3:4]
	last = cap(f)
	fmt.Printf("full B28 %d->%d\n", len(f), cap(f))
	for len(f) < 20 {
		f = append(f, mkB28(len(f)+1))
		if cap(f) != last {
			last = cap(f)
			fmt.Printf("full B28 %d->%d keys %d %d\n", len(f), cap(f), keyB28(f[0]), keyB28(f[len(f)-1]))
		}
	}
	fmt.Printf("base B28 %d %d %d\n", keyB28(base[1]), keyB28(base[3]), keyB28(base[4]))
	// append(s, t...) from nil, of a part, and of the slice onto itself.
	var m []B28
	m = append(m, base...)
	fmt.Printf("dots B28 %d %d\n", len(m), cap(m))
	m = append(m, base[:3]...)
	fmt.Printf("dots B28 %d %d\n", len(m), cap(m))
	m = append(m, m...)
	fmt.Printf("dots B28 %d %d keys %d %d %d\n", len(m), cap(m), keyB28(m[0]), keyB28(m[8]), keyB28(m[17]))
	// Copies that overlap, both ways.
	c := make([]B28, 9)
	for i := range c {
		c[i] = mkB28(i)
	}
	n := copy(c[2:], c)
	fmt.Printf("copy B28 %d keys %d %d %d %d\n", n, keyB28(c[0]), keyB28(c[2]), keyB28(c[4]), keyB28(c[8]))
	n = copy(c, c[3:])
	fmt.Printf("copy B28 %d keys %d %d %d %d\n", n, keyB28(c[0]), keyB28(c[1]), keyB28(c[5]), keyB28(c[8]))
	// An append onto the slice's own elements, within its capacity.
	d := make([]B28, 6, 12)
	for i := range d {
		d[i] = mkB28(i)
	}
	d = append(d[:2], d[1:]...)
	fmt.Printf("insert B28 %d %d keys %d %d %d %d\n", len(d), cap(d), keyB28(d[1]), keyB28(d[2]), keyB28(d[3]), keyB28(d[6]))
	// A slice of what is left after the last element, then appended to.
	e := d[len(d):]
	e = append(e, mkB28(50))
	fmt.Printf("tail B28 %d %d %d\n", len(e), cap(e), keyB28(e[0]))
}

func probeB29() {
	var last int
	base := make([]B29, 6, 10)
	for i := range base {
		base[i] = mkB29(i)
	}
	// A re-slice in the middle of its array grows from the capacity it has left.
	t := base[2:5]
	last = cap(t)
	fmt.Printf("reslice B29 %d->%d\n", len(t), cap(t))
	for len(t) < 40 {
		t = append(t, mkB29(len(t)+2))
		if cap(t) != last {
			last = cap(t)
			fmt.Printf("reslice B29 %d->%d keys %d %d %d\n", len(t), cap(t), keyB29(t[0]), keyB29(t[2]), keyB29(t[len(t)-1]))
		}
	}
	// A full slice expression limits the capacity.
	f := base[1:3:4]
	last = cap(f)
	fmt.Printf("full B29 %d->%d\n", len(f), cap(f))
	for len(f) < 20 {
		f = append(f, mkB29(len(f)+1))
		if cap(f) != last {
			last = cap(f)
			fmt.Printf("full B29 %d->%d keys %d %d\n", len(f), cap(f), keyB29(f[0]), keyB29(f[len(f)-1]))
		}
	}
	fmt.Printf("base B29 %d %d %d\n", keyB29(base[1]), keyB29(base[3]), keyB29(base[4]))
	// append(s, t...) from nil, of a part, and of the slice onto itself.
	var m []B29
	m = append(m, base...)
	fmt.Printf("dots B29 %d %d\n", len(m), cap(m))
	m = append(m, base[:3]...)
	fmt.Printf("dots B29 %d %d\n", len(m), cap(m))
	m = append(m, m...)
	fmt.Printf("dots B29 %d %d keys %d %d %d\n", len(m), cap(m), keyB29(m[0]), keyB29(m[8]), keyB29(m[17]))
	// Copies that overlap, both ways.
	c := make([]B29, 9)
	for i := range c {
		c[i] = mkB29(i)
	}
	n := copy(c[2:], c)
	fmt.Printf("copy B29 %d keys %d %d %d %d\n", n, keyB29(c[0]), keyB29(c[2]), keyB29(c[4]), keyB29(c[8]))
	n = copy(c, c[3:])
	fmt.Printf("copy B29 %d keys %d %d %d %d\n", n, keyB29(c[0]), keyB29(c[1]), keyB29(c[5]), keyB29(c[8]))
	// An append onto the slice's own elements, within its capacity.
	d := make([]B29, 6, 12)
	for i := range d {
		d[i] = mkB29(i)
	}
	d = append(d[:2], d[1:]...)
	fmt.Printf("insert B29 %d %d keys %d %d %d %d\n", len(d), cap(d), keyB29(d[1]), keyB29(d[2]), keyB29(d[3]), keyB29(d[6]))
	// A slice of what is left after the last element, then appended to.
	e := d[len(d):]
	e = append(e, mkB29(50))
	fmt.Printf("tail B29 %d %d %d\n", len(e), cap(e), keyB29(e[0]))
}

func probeB30() {
	var last int
	base := make([]B30, 6, 10)
	for i := range base {
		base[i] = mkB30(i)
	}
	// A re-slice in the middle of its array grows from the capacity it has left.
	t := base[2:5]
	last = cap(t)
	fmt.Printf("reslice B30 %d->%d\n", len(t), cap(t))
	for len(t) < 40 {
		t = append(t, mkB30(len(t)+2))
		if cap(t) != last {
			last = cap(t)
			fmt.Printf("reslice B30 %d->%d keys %d %d %d\n", len(t), cap(t), keyB30(t[0]), keyB30(t[2]), keyB30(t[len(t)-1]))
		}
	}
	// A full slice expression limits the capacity.
	f := base[1:3:4]
	last = cap(f)
	fmt.Printf("full B30 %d->%d\n", len(f), cap(f))
	for len(f) < 20 {
		f = append(f, mkB30(len(f)+1))
		if cap(f) != last {
			last = cap(f)
			fmt.Printf("full B30 %d->%d keys %d %d\n", len(f), cap(f), keyB30(f[0]), keyB30(f[len(f)-1]))
		}
	}
	fmt.Printf("base B30 %d %d %d\n", keyB30(base[1]), keyB30(base[3]), keyB30(base[4]))
	// append(s, t...) from nil, of a part, and of the slice onto itself.
	var m []B30
	m = append(m, base...)
	fmt.Printf("dots B30 %d %d\n", len(m), cap(m))
	m = append(m, base[:3]...)
	fmt.Printf("dots B30 %d %d\n", len(m), cap(m))
	m = append(m, m...)
	fmt.Printf("dots B30 %d %d keys %d %d %d\n", len(m), cap(m), keyB30(m[0]), keyB30(m[8]), keyB30(m[17]))
	// Copies that overlap, both ways.
	c := make([]B30, 9)
	for i := range c {
		c[i] = mkB30(i)
	}
	n := copy(c[2:], c)
	fmt.Printf("copy B30 %d keys %d %d %d %d\n", n, keyB30(c[0]), keyB30(c[2]), keyB30(c[4]), keyB30(c[8]))
	n = copy(c, c[3:])
	fmt.Printf("copy B30 %d keys %d %d %d %d\n", n, keyB30(c[0]), keyB30(c[1]), keyB30(c[5]), keyB30(c[8]))
	// An append onto the slice's own elements, within its capacity.
	d := make([]B30, 6, 12)
	for i := range d {
		d[i] = mkB30(i)
	}
	d = append(d[:2], d[1:]...)
	fmt.Printf("insert B30 %d %d keys %d %d %d %d\n", len(d), cap(d), keyB30(d[1]), keyB30(d[2]), keyB30(d[3]), keyB30(d[6]))
	// A slice of what is left after the last element, then appended to.
	e := d[len(d):]
	e = append(e, mkB30(50))
	fmt.Printf("tail B30 %d %d %d\n", len(e), cap(e), keyB30(e[0]))
}

func probeB31() {
	var last int
	base := make([]B31, 6, 10)
	for i := range base {
		base[i] = mkB31(i)
	}
	// A re-slice in the middle of its array grows from the capacity it has left.
	t := base[2:5]
	last = cap(t)
	fmt.Printf("reslice B31 %d->%d\n", len(t), cap(t))
	for len(t) < 40 {
		t = append(t, mkB31(len(t)+2))
		if cap(t) != last {
			last = cap(t)
			fmt.Printf("reslice B31 %d->%d keys %d %d %d\n", len(t), cap(t), keyB31(t[0]), keyB31(t[2]), keyB31(t[len(t)-1]))
		}
	}
	// A full slice expression limits the capacity.
	f := base[1:3:4]
	last = cap(f)
	fmt.Printf("full B31 %d->%d\n", len(f), cap(f))
	for len(f) < 20 {
		f = append(f, mkB31(len(f)+1))
		if cap(f) != last {
			last = cap(f)
			fmt.Printf("full B31 %d->%d keys %d %d\n", len(f), cap(f), keyB31(f[0]), keyB31(f[len(f)-1]))
		}
	}
	fmt.Printf("base B31 %d %d %d\n", keyB31(base[1]), keyB31(base[3]), keyB31(base[4]))
	// append(s, t...) from nil, of a part, and of the slice onto itself.
	var m []B31
	m = append(m, base...)
	fmt.Printf("dots B31 %d %d\n", len(m), cap(m))
	m = append(m, base[:3]...)
	fmt.Printf("dots B31 %d %d\n", len(m), cap(m))
	m = append(m, m...)
	fmt.Printf("dots B31 %d %d keys %d %d %d\n", len(m), cap(m), keyB31(m[0]), keyB31(m[8]), keyB31(m[17]))
	// Copies that overlap, both ways.
	c := make([]B31, 9)
	for i := range c {
		c[i] = mkB31(i)
	}
	n := copy(c[2:], c)
	fmt.Printf("copy B31 %d keys %d %d %d %d\n", n, keyB31(c[0]), keyB31(c[2]), keyB31(c[4]), keyB31(c[8]))
	n = copy(c, c[3:])
	fmt.Printf("copy B31 %d keys %d %d %d %d\n", n, keyB31(c[0]), keyB31(c[1]), keyB31(c[5]), keyB31(c[8]))
	// An append onto the slice's own elements, within its capacity.
	d := make([]B31, 6, 12)
	for i := range d {
		d[i] = mkB31(i)
	}
	d = append(d[:2], d[1:]...)
	fmt.Printf("insert B31 %d %d keys %d %d %d %d\n", len(d), cap(d), keyB31(d[1]), keyB31(d[2]), keyB31(d[3]), keyB31(d[6]))
	// A slice of what is left after the last element, then appended to.
	e := d[len(d):]
	e = append(e, mkB31(50))
	fmt.Printf("tail B31 %d %d %d\n", len(e), cap(e), keyB31(e[0]))
}

func probeB32() {
	var last int
	base := make([]B32, 6, 10)
	for i := range base {
		base[i] = mkB32(i)
	}
	// A re-slice in the middle of its array grows from the capacity it has left.
	t := base[2:5]
	last = cap(t)
	fmt.Printf("reslice B32 %d->%d\n", len(t), cap(t))
	for len(t) < 40 {
		t = append(t, mkB32(len(t)+2))
		if cap(t) != last {
			last = cap(t)
			fmt.Printf("reslice B32 %d->%d keys %d %d %d\n", len(t), cap(t), keyB32(t[0]), keyB32(t[2]), keyB32(t[len(t)-1]))
		}
	}
	// A full slice expression limits the capacity.
	f := base[1:3:4]
	last = cap(f)
	fmt.Printf("full B32 %d->%d\n", len(f), cap(f))
	for len(f) < 20 {
		f = append(f, mkB32(len(f)+1))
		if cap(f) != last {
			last = cap(f)
			fmt.Printf("full B32 %d->%d keys %d %d\n", len(f), cap(f), keyB32(f[0]), keyB32(f[len(f)-1]))
		}
	}
	fmt.Printf("base B32 %d %d %d\n", keyB32(base[1]), keyB32(base[3]), keyB32(base[4]))
	// append(s, t...) from nil, of a part, and of the slice onto itself.
	var m []B32
	m = append(m, base...)
	fmt.Printf("dots B32 %d %d\n", len(m), cap(m))
	m = append(m, base[:3]...)
	fmt.Printf("dots B32 %d %d\n", len(m), cap(m))
	m = append(m, m...)
	fmt.Printf("dots B32 %d %d keys %d %d %d\n", len(m), cap(m), keyB32(m[0]), keyB32(m[8]), keyB32(m[17]))
	// Copies that overlap, both ways.
	c := make([]B32, 9)
	for i := range c {
		c[i] = mkB32(i)
	}
	n := copy(c[2:], c)
	fmt.Printf("copy B32 %d keys %d %d %d %d\n", n, keyB32(c[0]), keyB32(c[2]), keyB32(c[4]), keyB32(c[8]))
	n = copy(c, c[3:])
	fmt.Printf("copy B32 %d keys %d %d %d %d\n", n, keyB32(c[0]), keyB32(c[1]), keyB32(c[5]), keyB32(c[8]))
	// An append onto the slice's own elements, within its capacity.
	d := make([]B32, 6, 12)
	for i := range d {
		d[i] = mkB32(i)
	}
	d = append(d[:2], d[1:]...)
	fmt.Printf("insert B32 %d %d keys %d %d %d %d\n", len(d), cap(d), keyB32(d[1]), keyB32(d[2]), keyB32(d[3]), keyB32(d[6]))
	// A slice of what is left after the last element, then appended to.
	e := d[len(d):]
	e = append(e, mkB32(50))
	fmt.Printf("tail B32 %d %d %d\n", len(e), cap(e), keyB32(e[0]))
}

func probeB33() {
	var last int
	base := make([]B33, 6, 10)
	for i := range base {
		base[i] = mkB33(i)
	}
	// A re-slice in the middle of its array grows from the capacity it has left.
	t := base[2:5]
	last = cap(t)
	fmt.Printf("reslice B33 %d->%d\n", len(t), cap(t))
	for len(t) < 40 {
		t = append(t, mkB33(len(t)+2))
		if cap(t) != last {
			last = cap(t)
			fmt.Printf("reslice B33 %d->%d keys %d %d %d\n", len(t), cap(t), keyB33(t[0]), keyB33(t[2]), keyB33(t[len(t)-1]))
		}
	}
	// A full slice expression limits the capacity.
	f := base[1:3:4]
	last = cap(f)
	fmt.Printf("full B33 %d->%d\n", len(f), cap(f))
	for len(f) < 20 {
		f = append(f, mkB33(len(f)+1))
		if cap(f) != last {
			last = cap(f)
			fmt.Printf("full B33 %d->%d keys %d %d\n", len(f), cap(f), keyB33(f[0]), keyB33(f[len(f)-1]))
		}
	}
	fmt.Printf("base B33 %d %d %d\n", keyB33(base[1]), keyB33(base[3]), keyB33(base[4]))
	// append(s, t...) from nil, of a part, and of the slice onto itself.
	var m []B33
	m = append(m, base...)
	fmt.Printf("dots B33 %d %d\n", len(m), cap(m))
	m = append(m, base[:3]...)
	fmt.Printf("dots B33 %d %d\n", len(m), cap(m))
	m = append(m, m...)
	fmt.Printf("dots B33 %d %d keys %d %d %d\n", len(m), cap(m), keyB33(m[0]), keyB33(m[8]), keyB33(m[17]))
	// Copies that overlap, both ways.
	c := make([]B33, 9)
	for i := range c {
		c[i] = mkB33(i)
	}
	n := copy(c[2:], c)
	fmt.Printf("copy B33 %d keys %d %d %d %d\n", n, keyB33(c[0]), keyB33(c[2]), keyB33(c[4]), keyB33(c[8]))
	n = copy(c, c[3:])
	fmt.Printf("copy B33 %d keys %d %d %d %d\n", n, keyB33(c[0]), keyB33(c[1]), keyB33(c[5]), keyB33(c[8]))
	// An append onto the slice's own elements, within its capacity.
	d := make([]B33, 6, 12)
	for i := range d {
		d[i] = mkB33(i)
	}
	d = append(d[:2], d[1:]...)
	fmt.Printf("insert B33 %d %d keys %d %d %d %d\n", len(d), cap(d), keyB33(d[1]), keyB33(d[2]), keyB33(d[3]), keyB33(d[6]))
	// A slice of what is left after the last element, then appended to.
	e := d[len(d):]
	e = append(e, mkB33(50))
	fmt.Printf("tail B33 %d %d %d\n", len(e), cap(e), keyB33(e[0]))
}

func probeB34() {
	var last int
	base := make([]B34, 6, 10)
	for i := range base {
		base[i] = mkB34(i)
	}
	// A re-slice in the middle of its array grows from the capacity it has left.
	t := base[2:5]
	last = cap(t)
	fmt.Printf("reslice B34 %d->%d\n", len(t), cap(t))
	for len(t) < 40 {
		t = append(t, mkB34(len(t)+2))
		if cap(t) != last {
			last = cap(t)
			fmt.Printf("reslice B34 %d->%d keys %d %d %d\n", len(t), cap(t), keyB34(t[0]), keyB34(t[2]), keyB34(t[len(t)-1]))
		}
	}
	// A full slice expression limits the capacity.
	f := base[1:3:4]
	last = cap(f)
	fmt.Printf("full B34 %d->%d\n", len(f), cap(f))
	for len(f) < 20 {
		f = append(f, mkB34(len(f)+1))
		if cap(f) != last {
			last = cap(f)
			fmt.Printf("full B34 %d->%d keys %d %d\n", len(f), cap(f), keyB34(f[0]), keyB34(f[len(f)-1]))
		}
	}
	fmt.Printf("base B34 %d %d %d\n", keyB34(base[1]), keyB34(base[3]), keyB34(base[4]))
	// append(s, t...) from nil, of a part, and of the slice onto itself.
	var m []B34
	m = append(m, base...)
	fmt.Printf("dots B34 %d %d\n", len(m), cap(m))
	m = append(m, base[:3]...)
	fmt.Printf("dots B34 %d %d\n", len(m), cap(m))
	m = append(m, m...)
	fmt.Printf("dots B34 %d %d keys %d %d %d\n", len(m), cap(m), keyB34(m[0]), keyB34(m[8]), keyB34(m[17]))
	// Copies that overlap, both ways.
	c := make([]B34, 9)
	for i := range c {
		c[i] = mkB34(i)
	}
	n := copy(c[2:], c)
	fmt.Printf("copy B34 %d keys %d %d %d %d\n", n, keyB34(c[0]), keyB34(c[2]), keyB34(c[4]), keyB34(c[8]))
	n = copy(c, c[3:])
	fmt.Printf("copy B34 %d keys %d %d %d %d\n", n, keyB34(c[0]), keyB34(c[1]), keyB34(c[5]), keyB34(c[8]))
	// An append onto the slice's own elements, within its capacity.
	d := make([]B34, 6, 12)
	for i := range d {
		d[i] = mkB34(i)
	}
	d = append(d[:2], d[1:]...)
	fmt.Printf("insert B34 %d %d keys %d %d %d %d\n", len(d), cap(d), keyB34(d[1]), keyB34(d[2]), keyB34(d[3]), keyB34(d[6]))
	// A slice of what is left after the last element, then appended to.
	e := d[len(d):]
	e = append(e, mkB34(50))
	fmt.Printf("tail B34 %d %d %d\n", len(e), cap(e), keyB34(e[0]))
}

func probeB35() {
	var last int
	base := make([]B35, 6, 10)
	for i := range base {
		base[i] = mkB35(i)
	}
	// A re-slice in the middle of its array grows from the capacity it has left.
	t := base[2:5]
	last = cap(t)
	fmt.Printf("reslice B35 %d->%d\n", len(t), cap(t))
	for len(t) < 40 {
		t = append(t, mkB35(len(t)+2))
		if cap(t) != last {
			last = cap(t)
			fmt.Printf("reslice B35 %d->%d keys %d %d %d\n", len(t), cap(t), keyB35(t[0]), keyB35(t[2]), keyB35(t[len(t)-1]))
		}
	}
	// A full slice expression limits the capacity.
	f := base[1:3:4]
	last = cap(f)
	fmt.Printf("full B35 %d->%d\n", len(f), cap(f))
	for len(f) < 20 {
		f = append(f, mkB35(len(f)+1))
		if cap(f) != last {
			last = cap(f)
			fmt.Printf("full B35 %d->%d keys %d %d\n", len(f), cap(f), keyB35(f[0]), keyB35(f[len(f)-1]))
		}
	}
	fmt.Printf("base B35 %d %d %d\n", keyB35(base[1]), keyB35(base[3]), keyB35(base[4]))
	// append(s, t...) from nil, of a part, and of the slice onto itself.
	var m []B35
	m = append(m, base...)
	fmt.Printf("dots B35 %d %d\n", len(m), cap(m))
	m = append(m, base[:3]...)
	fmt.Printf("dots B35 %d %d\n", len(m), cap(m))
	m = append(m, m...)
	fmt.Printf("dots B35 %d %d keys %d %d %d\n", len(m), cap(m), keyB35(m[0]), keyB35(m[8]), keyB35(m[17]))
	// Copies that overlap, both ways.
	c := make([]B35, 9)
	for i := range c {
		c[i] = mkB35(i)
	}
	n := copy(c[2:], c)
	fmt.Printf("copy B35 %d keys %d %d %d %d\n", n, keyB35(c[0]), keyB35(c[2]), keyB35(c[4]), keyB35(c[8]))
	n = copy(c, c[3:])
	fmt.Printf("copy B35 %d keys %d %d %d %d\n", n, keyB35(c[0]), keyB35(c[1]), keyB35(c[5]), keyB35(c[8]))
	// An append onto the slice's own elements, within its capacity.
	d := make([]B35, 6, 12)
	for i := range d {
		d[i] = mkB35(i)
	}
	d = append(d[:2], d[1:]...)
	fmt.Printf("insert B35 %d %d keys %d %d %d %d\n", len(d), cap(d), keyB35(d[1]), keyB35(d[2]), keyB35(d[3]), keyB35(d[6]))
	// A slice of what is left after the last element, then appended to.
	e := d[len(d):]
	e = append(e, mkB35(50))
	fmt.Printf("tail B35 %d %d %d\n", len(e), cap(e), keyB35(e[0]))
}

func probeB36() {
	var last int
	base := make([]B36, 6, 10)
	for i := range base {
		base[i] = mkB36(i)
	}
	// A re-slice in the middle of its array grows from the capacity it has left.
	t := base[2:5]
	last = cap(t)
	fmt.Printf("reslice B36 %d->%d\n", len(t), cap(t))
	for len(t) < 40 {
		t = append(t, mkB36(len(t)+2))
		if cap(t) != last {
			last = cap(t)
			fmt.Printf("reslice B36 %d->%d keys %d %d %d\n", len(t), cap(t), keyB36(t[0]), keyB36(t[2]), keyB36(t[len(t)-1]))
		}
	}
	// A full slice expression limits the capacity.
	f := base[1:3:4]
	last = cap(f)
	fmt.Printf("full B36 %d->%d\n", len(f), cap(f))
	for len(f) < 20 {
		f = append(f, mkB36(len(f)+1))
		if cap(f) != last {
			last = cap(f)
			fmt.Printf("full B36 %d->%d keys %d %d\n", len(f), cap(f), keyB36(f[0]), keyB36(f[len(f)-1]))
		}
	}
	fmt.Printf("base B36 %d %d %d\n", keyB36(base[1]), keyB36(base[3]), keyB36(base[4]))
	// append(s, t...) from nil, of a part, and of the slice onto itself.
	var m []B36
	m = append(m, base...)
	fmt.Printf("dots B36 %d %d\n", len(m), cap(m))
	m = append(m, base[:3]...)
	fmt.Printf("dots B36 %d %d\n", len(m), cap(m))
	m = append(m, m...)
	fmt.Printf("dots B36 %d %d keys %d %d %d\n", len(m), cap(m), keyB36(m[0]), keyB36(m[8]), keyB36(m[17]))
	// Copies that overlap, both ways.
	c := make([]B36, 9)
	for i := range c {
		c[i] = mkB36(i)
	}
	n := copy(c[2:], c)
	fmt.Printf("copy B36 %d keys %d %d %d %d\n", n, keyB36(c[0]), keyB36(c[2]), keyB36(c[4]), keyB36(c[8]))
	n = copy(c, c[3:])
	fmt.Printf("copy B36 %d keys %d %d %d %d\n", n, keyB36(c[0]), keyB36(c[1]), keyB36(c[5]), keyB36(c[8]))
	// An append onto the slice's own elements, within its capacity.
	d := make([]B36, 6, 12)
	for i := range d {
		d[i] = mkB36(i)
	}
	d = append(d[:2], d[1:]...)
	fmt.Printf("insert B36 %d %d keys %d %d %d %d\n", len(d), cap(d), keyB36(d[1]), keyB36(d[2]), keyB36(d[3]), keyB36(d[6]))
	// A slice of what is left after the last element, then appended to.
	e := d[len(d):]
	e = append(e, mkB36(50))
	fmt.Printf("tail B36 %d %d %d\n", len(e), cap(e), keyB36(e[0]))
}

func probeB37() {
	var last int
	base := make([]B37, 6, 10)
	for i := range base {
		base[i] = mkB37(i)
	}
	// A re-slice in the middle of its array grows from the capacity it has left.
	t := base[2:5]
	last = cap(t)
	fmt.Printf("reslice B37 %d->%d\n", len(t), cap(t))
	for len(t) < 40 {
		t = append(t, mkB37(len(t)+2))
		if cap(t) != last {
			last = cap(t)
			fmt.Printf("reslice B37 %d->%d keys %d %d %d\n", len(t), cap(t), keyB37(t[0]), keyB37(t[2]), keyB37(t[len(t)-1]))
		}
	}
	// A full slice expression limits the capacity.
	f := base[1:3:4]
	last = cap(f)
	fmt.Printf("full B37 %d->%d\n", len(f), cap(f))
	for len(f) < 20 {
		f = append(f, mkB37(len(f)+1))
		if cap(f) != last {
			last = cap(f)
			fmt.Printf("full B37 %d->%d keys %d %d\n", len(f), cap(f), keyB37(f[0]), keyB37(f[len(f)-1]))
		}
	}
	fmt.Printf("base B37 %d %d %d\n", keyB37(base[1]), keyB37(base[3]), keyB37(base[4]))
	// append(s, t...) from nil, of a part, and of the slice onto itself.
	var m []B37
	m = append(m, base...)
	fmt.Printf("dots B37 %d %d\n", len(m), cap(m))
	m = append(m, base[:3]...)
	fmt.Printf("dots B37 %d %d\n", len(m), cap(m))
	m = append(m, m...)
	fmt.Printf("dots B37 %d %d keys %d %d %d\n", len(m), cap(m), keyB37(m[0]), keyB37(m[8]), keyB37(m[17]))
	// Copies that overlap, both ways.
	c := make([]B37, 9)
	for i := range c {
		c[i] = mkB37(i)
	}
	n := copy(c[2:], c)
	fmt.Printf("copy B37 %d keys %d %d %d %d\n", n, keyB37(c[0]), keyB37(c[2]), keyB37(c[4]), keyB37(c[8]))
	n = copy(c, c[3:])
	fmt.Printf("copy B37 %d keys %d %d %d %d\n", n, keyB37(c[0]), keyB37(c[1]), keyB37(c[5]), keyB37(c[8]))
	// An append onto the slice's own elements, within its capacity.
	d := make([]B37, 6, 12)
	for i := range d {
		d[i] = mkB37(i)
	}
	d = append(d[:2], d[1:]...)
	fmt.Printf("insert B37 %d %d keys %d %d %d %d\n", len(d), cap(d), keyB37(d[1]), keyB37(d[2]), keyB37(d[3]), keyB37(d[6]))
	// A slice of what is left after the last element, then appended to.
	e := d[len(d):]
	e = append(e, mkB37(50))
	fmt.Printf("tail B37 %d %d %d\n", len(e), cap(e), keyB37(e[0]))
}

func probeB38() {
	var last int
	base := make([]B38, 6, 10)
	for i := range base {
		base[i] = mkB38(i)
	}
	// A re-slice in the middle of its array grows from the capacity it has left.
	t := base[2:5]
	last = cap(t)
	fmt.Printf("reslice B38 %d->%d\n", len(t), cap(t))
	for len(t) < 40 {
		t = append(t, mkB38(len(t)+2))
		if cap(t) != last {
			last = cap(t)
			fmt.Printf("reslice B38 %d->%d keys %d %d %d\n", len(t), cap(t), keyB38(t[0]), keyB38(t[2]), keyB38(t[len(t)-1]))
		}
	}
	// A full slice expression limits the capacity.
	f := base[1:3:4]
	last = cap(f)
	fmt.Printf("full B38 %d->%d\n", len(f), cap(f))
	for len(f) < 20 {
		f = append(f, mkB38(len(f)+1))
		if cap(f) != last {
			last = cap(f)
			fmt.Printf("full B38 %d->%d keys %d %d\n", len(f), cap(f), keyB38(f[0]), keyB38(f[len(f)-1]))
		}
	}
	fmt.Printf("base B38 %d %d %d\n", keyB38(base[1]), keyB38(base[3]), keyB38(base[4]))
	// append(s, t...) from nil, of a part, and of the slice onto itself.
	var m []B38
	m = append(m, base...)
	fmt.Printf("dots B38 %d %d\n", len(m), cap(m))
	m = append(m, base[:3]...)
	fmt.Printf("dots B38 %d %d\n", len(m), cap(m))
	m = append(m, m...)
	fmt.Printf("dots B38 %d %d keys %d %d %d\n", len(m), cap(m), keyB38(m[0]), keyB38(m[8]), keyB38(m[17]))
	// Copies that overlap, both ways.
	c := make([]B38, 9)
	for i := range c {
		c[i] = mkB38(i)
	}
	n := copy(c[2:], c)
	fmt.Printf("copy B38 %d keys %d %d %d %d\n", n, keyB38(c[0]), keyB38(c[2]), keyB38(c[4]), keyB38(c[8]))
	n = copy(c, c[3:])
	fmt.Printf("copy B38 %d keys %d %d %d %d\n", n, keyB38(c[0]), keyB38(c[1]), keyB38(c[5]), keyB38(c[8]))
	// An append onto the slice's own elements, within its capacity.
	d := make([]B38, 6, 12)
	for i := range d {
		d[i] = mkB38(i)
	}
	d = append(d[:2], d[1:]...)
	fmt.Printf("insert B38 %d %d keys %d %d %d %d\n", len(d), cap(d), keyB38(d[1]), keyB38(d[2]), keyB38(d[3]), keyB38(d[6]))
	// A slice of what is left after the last element, then appended to.
	e := d[len(d):]
	e = append(e, mkB38(50))
	fmt.Printf("tail B38 %d %d %d\n", len(e), cap(e), keyB38(e[0]))
}

func probeB39() {
	var last int
	base := make([]B39, 6, 10)
	for i := range base {
		base[i] = mkB39(i)
	}
	// A re-slice in the middle of its array grows from the capacity it has left.
	t := base[2:5]
	last = cap(t)
	fmt.Printf("reslice B39 %d->%d\n", len(t), cap(t))
	for len(t) < 40 {
		t = append(t, mkB39(len(t)+2))
		if cap(t) != last {
			last = cap(t)
			fmt.Printf("reslice B39 %d->%d keys %d %d %d\n", len(t), cap(t), keyB39(t[0]), keyB39(t[2]), keyB39(t[len(t)-1]))
		}
	}
	// A full slice expression limits the capacity.
	f := base[1:3:4]
	last = cap(f)
	fmt.Printf("full B39 %d->%d\n", len(f), cap(f))
	for len(f) < 20 {
		f = append(f, mkB39(len(f)+1))
		if cap(f) != last {
			last = cap(f)
			fmt.Printf("full B39 %d->%d keys %d %d\n", len(f), cap(f), keyB39(f[0]), keyB39(f[len(f)-1]))
		}
	}
	fmt.Printf("base B39 %d %d %d\n", keyB39(base[1]), keyB39(base[3]), keyB39(base[4]))
	// append(s, t...) from nil, of a part, and of the slice onto itself.
	var m []B39
	m = append(m, base...)
	fmt.Printf("dots B39 %d %d\n", len(m), cap(m))
	m = append(m, base[:3]...)
	fmt.Printf("dots B39 %d %d\n", len(m), cap(m))
	m = append(m, m...)
	fmt.Printf("dots B39 %d %d keys %d %d %d\n", len(m), cap(m), keyB39(m[0]), keyB39(m[8]), keyB39(m[17]))
	// Copies that overlap, both ways.
	c := make([]B39, 9)
	for i := range c {
		c[i] = mkB39(i)
	}
	n := copy(c[2:], c)
	fmt.Printf("copy B39 %d keys %d %d %d %d\n", n, keyB39(c[0]), keyB39(c[2]), keyB39(c[4]), keyB39(c[8]))
	n = copy(c, c[3:])
	fmt.Printf("copy B39 %d keys %d %d %d %d\n", n, keyB39(c[0]), keyB39(c[1]), keyB39(c[5]), keyB39(c[8]))
	// An append onto the slice's own elements, within its capacity.
	d := make([]B39, 6, 12)
	for i := range d {
		d[i] = mkB39(i)
	}
	d = append(d[:2], d[1:]...)
	fmt.Printf("insert B39 %d %d keys %d %d %d %d\n", len(d), cap(d), keyB39(d[1]), keyB39(d[2]), keyB39(d[3]), keyB39(d[6]))
	// A slice of what is left after the last element, then appended to.
	e := d[len(d):]
	e = append(e, mkB39(50))
	fmt.Printf("tail B39 %d %d %d\n", len(e), cap(e), keyB39(e[0]))
}

func probeB40() {
	var last int
	base := make([]B40, 6, 10)
	for i := range base {
		base[i] = mkB40(i)
	}
	// A re-slice in the middle of its array grows from the capacity it has left.
	t := base[2:5]
	last = cap(t)
	fmt.Printf("reslice B40 %d->%d\n", len(t), cap(t))
	for len(t) < 40 {
		t = append(t, mkB40(len(t)+2))
		if cap(t) != last {
			last = cap(t)
			fmt.Printf("reslice B40 %d->%d keys %d %d %d\n", len(t), cap(t), keyB40(t[0]), keyB40(t[2]), keyB40(t[len(t)-1]))
		}
	}
	// A full slice expression limits the capacity.
	f := base[1:3:4]
	last = cap(f)
	fmt.Printf("full B40 %d->%d\n", len(f), cap(f))
	for len(f) < 20 {
		f = append(f, mkB40(len(f)+1))
		if cap(f) != last {
			last = cap(f)
			fmt.Printf("full B40 %d->%d keys %d %d\n", len(f), cap(f), keyB40(f[0]), keyB40(f[len(f)-1]))
		}
	}
	fmt.Printf("base B40 %d %d %d\n", keyB40(base[1]), keyB40(base[3]), keyB40(base[4]))
	// append(s, t...) from nil, of a part, and of the slice onto itself.
	var m []B40
	m = append(m, base...)
	fmt.Printf("dots B40 %d %d\n", len(m), cap(m))
	m = append(m, base[:3]...)
	fmt.Printf("dots B40 %d %d\n", len(m), cap(m))
	m = append(m, m...)
	fmt.Printf("dots B40 %d %d keys %d %d %d\n", len(m), cap(m), keyB40(m[0]), keyB40(m[8]), keyB40(m[17]))
	// Copies that overlap, both ways.
	c := make([]B40, 9)
	for i := range c {
		c[i] = mkB40(i)
	}
	n := copy(c[2:], c)
	fmt.Printf("copy B40 %d keys %d %d %d %d\n", n, keyB40(c[0]), keyB40(c[2]), keyB40(c[4]), keyB40(c[8]))
	n = copy(c, c[3:])
	fmt.Printf("copy B40 %d keys %d %d %d %d\n", n, keyB40(c[0]), keyB40(c[1]), keyB40(c[5]), keyB40(c[8]))
	// An append onto the slice's own elements, within its capacity.
	d := make([]B40, 6, 12)
	for i := range d {
		d[i] = mkB40(i)
	}
	d = append(d[:2], d[1:]...)
	fmt.Printf("insert B40 %d %d keys %d %d %d %d\n", len(d), cap(d), keyB40(d[1]), keyB40(d[2]), keyB40(d[3]), keyB40(d[6]))
	// A slice of what is left after the last element, then appended to.
	e := d[len(d):]
	e = append(e, mkB40(50))
	fmt.Printf("tail B40 %d %d %d\n", len(e), cap(e), keyB40(e[0]))
}

func probeB41() {
	var last int
	base := make([]B41, 6, 10)
	for i := range base {
		base[i] = mkB41(i)
	}
	// A re-slice in the middle of its array grows from the capacity it has left.
	t := base[2:5]
	last = cap(t)
	fmt.Printf("reslice B41 %d->%d\n", len(t), cap(t))
	for len(t) < 40 {
		t = append(t, mkB41(len(t)+2))
		if cap(t) != last {
			last = cap(t)
			fmt.Printf("reslice B41 %d->%d keys %d %d %d\n", len(t), cap(t), keyB41(t[0]), keyB41(t[2]), keyB41(t[len(t)-1]))
		}
	}
	// A full slice expression limits the capacity.
	f := base[1:3:4]
	last = cap(f)
	fmt.Printf("full B41 %d->%d\n", len(f), cap(f))
	for len(f) < 20 {
		f = append(f, mkB41(len(f)+1))
		if cap(f) != last {
			last = cap(f)
			fmt.Printf("full B41 %d->%d keys %d %d\n", len(f), cap(f), keyB41(f[0]), keyB41(f[len(f)-1]))
		}
	}
	fmt.Printf("base B41 %d %d %d\n", keyB41(base[1]), keyB41(base[3]), keyB41(base[4]))
	// append(s, t...) from nil, of a part, and of the slice onto itself.
	var m []B41
	m = append(m, base...)
	fmt.Printf("dots B41 %d %d\n", len(m), cap(m))
	m = append(m, base[:3]...)
	fmt.Printf("dots B41 %d %d\n", len(m), cap(m))
	m = append(m, m...)
	fmt.Printf("dots B41 %d %d keys %d %d %d\n", len(m), cap(m), keyB41(m[0]), keyB41(m[8]), keyB41(m[17]))
	// Copies that overlap, both ways.
	c := make([]B41, 9)
	for i := range c {
		c[i] = mkB41(i)
	}
	n := copy(c[2:], c)
	fmt.Printf("copy B41 %d keys %d %d %d %d\n", n, keyB41(c[0]), keyB41(c[2]), keyB41(c[4]), keyB41(c[8]))
	n = copy(c, c[3:])
	fmt.Printf("copy B41 %d keys %d %d %d %d\n", n, keyB41(c[0]), keyB41(c[1]), keyB41(c[5]), keyB41(c[8]))
	// An append onto the slice's own elements, within its capacity.
	d := make([]B41, 6, 12)
	for i := range d {
		d[i] = mkB41(i)
	}
	d = append(d[:2], d[1:]...)
	fmt.Printf("insert B41 %d %d keys %d %d %d %d\n", len(d), cap(d), keyB41(d[1]), keyB41(d[2]), keyB41(d[3]), keyB41(d[6]))
	// A slice of what is left after the last element, then appended to.
	e := d[len(d):]
	e = append(e, mkB41(50))
	fmt.Printf("tail B41 %d %d %d\n", len(e), cap(e), keyB41(e[0]))
}

func probeB42() {
	var last int
	base := make([]B42, 6, 10)
	for i := range base {
		base[i] = mkB42(i)
	}
	// A re-slice in the middle of its array grows from the capacity it has left.
	t := base[2:5]
	last = cap(t)
	fmt.Printf("reslice B42 %d->%d\n", len(t), cap(t))
	for len(t) < 40 {
		t = append(t, mkB42(len(t)+2))
		if cap(t) != last {
			last = cap(t)
			fmt.Printf("reslice B42 %d->%d keys %d %d %d\n", len(t), cap(t), keyB42(t[0]), keyB42(t[2]), keyB42(t[len(t)-1]))
		}
	}
	// A full slice expression limits the capacity.
	f := base[1:3:4]
	last = cap(f)
	fmt.Printf("full B42 %d->%d\n", len(f), cap(f))
	for len(f) < 20 {
		f = append(f, mkB42(len(f)+1))
		if cap(f) != last {
			last = cap(f)
			fmt.Printf("full B42 %d->%d keys %d %d\n", len(f), cap(f), keyB42(f[0]), keyB42(f[len(f)-1]))
		}
	}
	fmt.Printf("base B42 %d %d %d\n", keyB42(base[1]), keyB42(base[3]), keyB42(base[4]))
	// append(s, t...) from nil, of a part, and of the slice onto itself.
	var m []B42
	m = append(m, base...)
	fmt.Printf("dots B42 %d %d\n", len(m), cap(m))
	m = append(m, base[:3]...)
	fmt.Printf("dots B42 %d %d\n", len(m), cap(m))
	m = append(m, m...)
	fmt.Printf("dots B42 %d %d keys %d %d %d\n", len(m), cap(m), keyB42(m[0]), keyB42(m[8]), keyB42(m[17]))
	// Copies that overlap, both ways.
	c := make([]B42, 9)
	for i := range c {
		c[i] = mkB42(i)
	}
	n := copy(c[2:], c)
	fmt.Printf("copy B42 %d keys %d %d %d %d\n", n, keyB42(c[0]), keyB42(c[2]), keyB42(c[4]), keyB42(c[8]))
	n = copy(c, c[3:])
	fmt.Printf("copy B42 %d keys %d %d %d %d\n", n, keyB42(c[0]), keyB42(c[1]), keyB42(c[5]), keyB42(c[8]))
	// An append onto the slice's own elements, within its capacity.
	d := make([]B42, 6, 12)
	for i := range d {
		d[i] = mkB42(i)
	}
	d = append(d[:2], d[1:]...)
	fmt.Printf("insert B42 %d %d keys %d %d %d %d\n", len(d), cap(d), keyB42(d[1]), keyB42(d[2]), keyB42(d[3]), keyB42(d[6]))
	// A slice of what is left after the last element, then appended to.
	e := d[len(d):]
	e = append(e, mkB42(50))
	fmt.Printf("tail B42 %d %d %d\n", len(e), cap(e), keyB42(e[0]))
}

func probeB43() {
	var last int
	base := make([]B43, 6, 10)
	for i := range base {
		base[i] = mkB43(i)
	}
	// A re-slice in the middle of its array grows from the capacity it has left.
	t := base[2:5]
	last = cap(t)
	fmt.Printf("reslice B43 %d->%d\n", len(t), cap(t))
	for len(t) < 40 {
		t = append(t, mkB43(len(t)+2))
		if cap(t) != last {
			last = cap(t)
			fmt.Printf("reslice B43 %d->%d keys %d %d %d\n", len(t), cap(t), keyB43(t[0]), keyB43(t[2]), keyB43(t[len(t)-1]))
		}
	}
	// A full slice expression limits the capacity.
	f := base[1:3:4]
	last = cap(f)
	fmt.Printf("full B43 %d->%d\n", len(f), cap(f))
	for len(f) < 20 {
		f = append(f, mkB43(len(f)+1))
		if cap(f) != last {
			last = cap(f)
			fmt.Printf("full B43 %d->%d keys %d %d\n", len(f), cap(f), keyB43(f[0]), keyB43(f[len(f)-1]))
		}
	}
	fmt.Printf("base B43 %d %d %d\n", keyB43(base[1]), keyB43(base[3]), keyB43(base[4]))
	// append(s, t...) from nil, of a part, and of the slice onto itself.
	var m []B43
	m = append(m, base...)
	fmt.Printf("dots B43 %d %d\n", len(m), cap(m))
	m = append(m, base[:3]...)
	fmt.Printf("dots B43 %d %d\n", len(m), cap(m))
	m = append(m, m...)
	fmt.Printf("dots B43 %d %d keys %d %d %d\n", len(m), cap(m), keyB43(m[0]), keyB43(m[8]), keyB43(m[17]))
	// Copies that overlap, both ways.
	c := make([]B43, 9)
	for i := range c {
		c[i] = mkB43(i)
	}
	n := copy(c[2:], c)
	fmt.Printf("copy B43 %d keys %d %d %d %d\n", n, keyB43(c[0]), keyB43(c[2]), keyB43(c[4]), keyB43(c[8]))
	n = copy(c, c[3:])
	fmt.Printf("copy B43 %d keys %d %d %d %d\n", n, keyB43(c[0]), keyB43(c[1]), keyB43(c[5]), keyB43(c[8]))
	// An append onto the slice's own elements, within its capacity.
	d := make([]B43, 6, 12)
	for i := range d {
		d[i] = mkB43(i)
	}
	d = append(d[:2], d[1:]...)
	fmt.Printf("insert B43 %d %d keys %d %d %d %d\n", len(d), cap(d), keyB43(d[1]), keyB43(d[2]), keyB43(d[3]), keyB43(d[6]))
	// A slice of what is left after the last element, then appended to.
	e := d[len(d):]
	e = append(e, mkB43(50))
	fmt.Printf("tail B43 %d %d %d\n", len(e), cap(e), keyB43(e[0]))
}

func probeB44() {
	var last int
	base := make([]B44, 6, 10)
	for i := range base {
		base[i] = mkB44(i)
	}
	// A re-slice in the middle of its array grows from the capacity it has left.
	t := base[2:5]
	last = cap(t)
	fmt.Printf("reslice B44 %d->%d\n", len(t), cap(t))
	for len(t) < 40 {
		t = append(t, mkB44(len(t)+2))
		if cap(t) != last {
			last = cap(t)
			fmt.Printf("reslice B44 %d->%d keys %d %d %d\n", len(t), cap(t), keyB44(t[0]), keyB44(t[2]), keyB44(t[len(t)-1]))
		}
	}
	// A full slice expression limits the capacity.
	f := base[1:3:4]
	last = cap(f)
	fmt.Printf("full B44 %d->%d\n", len(f), cap(f))
	for len(f) < 20 {
		f = append(f, mkB44(len(f)+1))
		if cap(f) != last {
			last = cap(f)
			fmt.Printf("full B44 %d->%d keys %d %d\n", len(f), cap(f), keyB44(f[0]), keyB44(f[len(f)-1]))
		}
	}
	fmt.Printf("base B44 %d %d %d\n", keyB44(base[1]), keyB44(base[3]), keyB44(base[4]))
	// append(s, t...) from nil, of a part, and of the slice onto itself.
	var m []B44
	m = append(m, base...)
	fmt.Printf("dots B44 %d %d\n", len(m), cap(m))
	m = append(m, base[:3]...)
	fmt.Printf("dots B44 %d %d\n", len(m), cap(m))
	m = append(m, m...)
	fmt.Printf("dots B44 %d %d keys %d %d %d\n", len(m), cap(m), keyB44(m[0]), keyB44(m[8]), keyB44(m[17]))
	// Copies that overlap, both ways.
	c := make([]B44, 9)
	for i := range c {
		c[i] = mkB44(i)
	}
	n := copy(c[2:], c)
	fmt.Printf("copy B44 %d keys %d %d %d %d\n", n, keyB44(c[0]), keyB44(c[2]), keyB44(c[4]), keyB44(c[8]))
	n = copy(c, c[3:])
	fmt.Printf("copy B44 %d keys %d %d %d %d\n", n, keyB44(c[0]), keyB44(c[1]), keyB44(c[5]), keyB44(c[8]))
	// An append onto the slice's own elements, within its capacity.
	d := make([]B44, 6, 12)
	for i := range d {
		d[i] = mkB44(i)
	}
	d = append(d[:2], d[1:]...)
	fmt.Printf("insert B44 %d %d keys %d %d %d %d\n", len(d), cap(d), keyB44(d[1]), keyB44(d[2]), keyB44(d[3]), keyB44(d[6]))
	// A slice of what is left after the last element, then appended to.
	e := d[len(d):]
	e = append(e, mkB44(50))
	fmt.Printf("tail B44 %d %d %d\n", len(e), cap(e), keyB44(e[0]))
}

func probeB45() {
	var last int
	base := make([]B45, 6, 10)
	for i := range base {
		base[i] = mkB45(i)
	}
	// A re-slice in the middle of its array grows from the capacity it has left.
	t := base[2:5]
	last = cap(t)
	fmt.Printf("reslice B45 %d->%d\n", len(t), cap(t))
	for len(t) < 40 {
		t = append(t, mkB45(len(t)+2))
		if cap(t) != last {
			last = cap(t)
			fmt.Printf("reslice B45 %d->%d keys %d %d %d\n", len(t), cap(t), keyB45(t[0]), keyB45(t[2]), keyB45(t[len(t)-1]))
		}
	}
	// A full slice expression limits the capacity.
	f := base[1:3:4]
	last = cap(f)
	fmt.Printf("full B45 %d->%d\n", len(f), cap(f))
	for len(f) < 20 {
		f = append(f, mkB45(len(f)+1))
		if cap(f) != last {
			last = cap(f)
			fmt.Printf("full B45 %d->%d keys %d %d\n", len(f), cap(f), keyB45(f[0]), keyB45(f[len(f)-1]))
		}
	}
	fmt.Printf("base B45 %d %d %d\n", keyB45(base[1]), keyB45(base[3]), keyB45(base[4]))
	// append(s, t...) from nil, of a part, and of the slice onto itself.
	var m []B45
	m = append(m, base...)
	fmt.Printf("dots B45 %d %d\n", len(m), cap(m))
	m = append(m, base[:3]...)
	fmt.Printf("dots B45 %d %d\n", len(m), cap(m))
	m = append(m, m...)
	fmt.Printf("dots B45 %d %d keys %d %d %d\n", len(m), cap(m), keyB45(m[0]), keyB45(m[8]), keyB45(m[17]))
	// Copies that overlap, both ways.
	c := make([]B45, 9)
	for i := range c {
		c[i] = mkB45(i)
	}
	n := copy(c[2:], c)
	fmt.Printf("copy B45 %d keys %d %d %d %d\n", n, keyB45(c[0]), keyB45(c[2]), keyB45(c[4]), keyB45(c[8]))
	n = copy(c, c[3:])
	fmt.Printf("copy B45 %d keys %d %d %d %d\n", n, keyB45(c[0]), keyB45(c[1]), keyB45(c[5]), keyB45(c[8]))
	// An append onto the slice's own elements, within its capacity.
	d := make([]B45, 6, 12)
	for i := range d {
		d[i] = mkB45(i)
	}
	d = append(d[:2], d[1:]...)
	fmt.Printf("insert B45 %d %d keys %d %d %d %d\n", len(d), cap(d), keyB45(d[1]), keyB45(d[2]), keyB45(d[3]), keyB45(d[6]))
	// A slice of what is left after the last element, then appended to.
	e := d[len(d):]
	e = append(e, mkB45(50))
	fmt.Printf("tail B45 %d %d %d\n", len(e), cap(e), keyB45(e[0]))
}

func probeB46() {
	var last int
	base := make([]B46, 6, 10)
	for i := range base {
		base[i] = mkB46(i)
	}
	// A re-slice in the middle of its array grows from the capacity it has left.
	t := base[2:5]
	last = cap(t)
	fmt.Printf("reslice B46 %d->%d\n", len(t), cap(t))
	for len(t) < 40 {
		t = append(t, mkB46(len(t)+2))
		if cap(t) != last {
			last = cap(t)
			fmt.Printf("reslice B46 %d->%d keys %d %d %d\n", len(t), cap(t), keyB46(t[0]), keyB46(t[2]), keyB46(t[len(t)-1]))
		}
	}
	// A full slice expression limits the capacity.
	f := base[1:3:4]
	last = cap(f)
	fmt.Printf("full B46 %d->%d\n", len(f), cap(f))
	for len(f) < 20 {
		f = append(f, mkB46(len(f)+1))
		if cap(f) != last {
			last = cap(f)
			fmt.Printf("full B46 %d->%d keys %d %d\n", len(f), cap(f), keyB46(f[0]), keyB46(f[len(f)-1]))
		}
	}
	fmt.Printf("base B46 %d %d %d\n", keyB46(base[1]), keyB46(base[3]), keyB46(base[4]))
	// append(s, t...) from nil, of a part, and of the slice onto itself.
	var m []B46
	m = append(m, base...)
	fmt.Printf("dots B46 %d %d\n", len(m), cap(m))
	m = append(m, base[:3]...)
	fmt.Printf("dots B46 %d %d\n", len(m), cap(m))
	m = append(m, m...)
	fmt.Printf("dots B46 %d %d keys %d %d %d\n", len(m), cap(m), keyB46(m[0]), keyB46(m[8]), keyB46(m[17]))
	// Copies that overlap, both ways.
	c := make([]B46, 9)
	for i := range c {
		c[i] = mkB46(i)
	}
	n := copy(c[2:], c)
	fmt.Printf("copy B46 %d keys %d %d %d %d\n", n, keyB46(c[0]), keyB46(c[2]), keyB46(c[4]), keyB46(c[8]))
	n = copy(c, c[3:])
	fmt.Printf("copy B46 %d keys %d %d %d %d\n", n, keyB46(c[0]), keyB46(c[1]), keyB46(c[5]), keyB46(c[8]))
	// An append onto the slice's own elements, within its capacity.
	d := make([]B46, 6, 12)
	for i := range d {
		d[i] = mkB46(i)
	}
	d = append(d[:2], d[1:]...)
	fmt.Printf("insert B46 %d %d keys %d %d %d %d\n", len(d), cap(d), keyB46(d[1]), keyB46(d[2]), keyB46(d[3]), keyB46(d[6]))
	// A slice of what is left after the last element, then appended to.
	e := d[len(d):]
	e = append(e, mkB46(50))
	fmt.Printf("tail B46 %d %d %d\n", len(e), cap(e), keyB46(e[0]))
}

func probeB47() {
	var last int
	base := make([]B47, 6, 10)
	for i := range base {
		base[i] = mkB47(i)
	}
	// A re-slice in the middle of its array grows from the capacity it has left.
	t := base[2:5]
	last = cap(t)
	fmt.Printf("reslice B47 %d->%d\n", len(t), cap(t))
	for len(t) < 40 {
		t = append(t, mkB47(len(t)+2))
		if cap(t) != last {
			last = cap(t)
			fmt.Printf("reslice B47 %d->%d keys %d %d %d\n", len(t), cap(t), keyB47(t[0]), keyB47(t[2]), keyB47(t[len(t)-1]))
		}
	}
	// A full slice expression limits the capacity.
	f := base[1:3:4]
	last = cap(f)
	fmt.Printf("full B47 %d->%d\n", len(f), cap(f))
	for len(f) < 20 {
		f = append(f, mkB47(len(f)+1))
		if cap(f) != last {
			last = cap(f)
			fmt.Printf("full B47 %d->%d keys %d %d\n", len(f), cap(f), keyB47(f[0]), keyB47(f[len(f)-1]))
		}
	}
	fmt.Printf("base B47 %d %d %d\n", keyB47(base[1]), keyB47(base[3]), keyB47(base[4]))
	// append(s, t...) from nil, of a part, and of the slice onto itself.
	var m []B47
	m = append(m, base...)
	fmt.Printf("dots B47 %d %d\n", len(m), cap(m))
	m = append(m, base[:3]...)
	fmt.Printf("dots B47 %d %d\n", len(m), cap(m))
	m = append(m, m...)
	fmt.Printf("dots B47 %d %d keys %d %d %d\n", len(m), cap(m), keyB47(m[0]), keyB47(m[8]), keyB47(m[17]))
	// Copies that overlap, both ways.
	c := make([]B47, 9)
	for i := range c {
		c[i] = mkB47(i)
	}
	n := copy(c[2:], c)
	fmt.Printf("copy B47 %d keys %d %d %d %d\n", n, keyB47(c[0]), keyB47(c[2]), keyB47(c[4]), keyB47(c[8]))
	n = copy(c, c[3:])
	fmt.Printf("copy B47 %d keys %d %d %d %d\n", n, keyB47(c[0]), keyB47(c[1]), keyB47(c[5]), keyB47(c[8]))
	// An append onto the slice's own elements, within its capacity.
	d := make([]B47, 6, 12)
	for i := range d {
		d[i] = mkB47(i)
	}
	d = append(d[:2], d[1:]...)
	fmt.Printf("insert B47 %d %d keys %d %d %d %d\n", len(d), cap(d), keyB47(d[1]), keyB47(d[2]), keyB47(d[3]), keyB47(d[6]))
	// A slice of what is left after the last element, then appended to.
	e := d[len(d):]
	e = append(e, mkB47(50))
	fmt.Printf("tail B47 %d %d %d\n", len(e), cap(e), keyB47(e[0]))
}

func probeB48() {
	var last int
	base := make([]B48, 6, 10)
	for i := range base {
		base[i] = mkB48(i)
	}
	// A re-slice in the middle of its array grows from the capacity it has left.
	t := base[2:5]
	last = cap(t)
	fmt.Printf("reslice B48 %d->%d\n", len(t), cap(t))
	for len(t) < 40 {
		t = append(t, mkB48(len(t)+2))
		if cap(t) != last {
			last = cap(t)
			fmt.Printf("reslice B48 %d->%d keys %d %d %d\n", len(t), cap(t), keyB48(t[0]), keyB48(t[2]), keyB48(t[len(t)-1]))
		}
	}
	// A full slice expression limits the capacity.
	f := base[1:3:4]
	last = cap(f)
	fmt.Printf("full B48 %d->%d\n", len(f), cap(f))
	for len(f) < 20 {
		f = append(f, mkB48(len(f)+1))
		if cap(f) != last {
			last = cap(f)
			fmt.Printf("full B48 %d->%d keys %d %d\n", len(f), cap(f), keyB48(f[0]), keyB48(f[len(f)-1]))
		}
	}
	fmt.Printf("base B48 %d %d %d\n", keyB48(base[1]), keyB48(base[3]), keyB48(base[4]))
	// append(s, t...) from nil, of a part, and of the slice onto itself.
	var m []B48
	m = append(m, base...)
	fmt.Printf("dots B48 %d %d\n", len(m), cap(m))
	m = append(m, base[:3]...)
	fmt.Printf("dots B48 %d %d\n", len(m), cap(m))
	m = append(m, m...)
	fmt.Printf("dots B48 %d %d keys %d %d %d\n", len(m), cap(m), keyB48(m[0]), keyB48(m[8]), keyB48(m[17]))
	// Copies that overlap, both ways.
	c := make([]B48, 9)
	for i := range c {
		c[i] = mkB48(i)
	}
	n := copy(c[2:], c)
	fmt.Printf("copy B48 %d keys %d %d %d %d\n", n, keyB48(c[0]), keyB48(c[2]), keyB48(c[4]), keyB48(c[8]))
	n = copy(c, c[3:])
	fmt.Printf("copy B48 %d keys %d %d %d %d\n", n, keyB48(c[0]), keyB48(c[1]), keyB48(c[5]), keyB48(c[8]))
	// An append onto the slice's own elements, within its capacity.
	d := make([]B48, 6, 12)
	for i := range d {
		d[i] = mkB48(i)
	}
	d = append(d[:2], d[1:]...)
	fmt.Printf("insert B48 %d %d keys %d %d %d %d\n", len(d), cap(d), keyB48(d[1]), keyB48(d[2]), keyB48(d[3]), keyB48(d[6]))
	// A slice of what is left after the last element, then appended to.
	e := d[len(d):]
	e = append(e, mkB48(50))
	fmt.Printf("tail B48 %d %d %d\n", len(e), cap(e), keyB48(e[0]))
}

func probeB49() {
	var last int
	base := make([]B49, 6, 10)
	for i := range base {
		base[i] = mkB49(i)
	}
	// A re-slice in the middle of its array grows from the capacity it has left.
	t := base[2:5]
	last = cap(t)
	fmt.Printf("reslice B49 %d->%d\n", len(t), cap(t))
	for len(t) < 40 {
		t = append(t, mkB49(len(t)+2))
		if cap(t) != last {
			last = cap(t)
			fmt.Printf("reslice B49 %d->%d keys %d %d %d\n", len(t), cap(t), keyB49(t[0]), keyB49(t[2]), keyB49(t[len(t)-1]))
		}
	}
	// A full slice expression limits the capacity.
	f := base[1:3:4]
	last = cap(f)
	fmt.Printf("full B49 %d->%d\n", len(f), cap(f))
	for len(f) < 20 {
		f = append(f, mkB49(len(f)+1))
		if cap(f) != last {
			last = cap(f)
			fmt.Printf("full B49 %d->%d keys %d %d\n", len(f), cap(f), keyB49(f[0]), keyB49(f[len(f)-1]))
		}
	}
	fmt.Printf("base B49 %d %d %d\n", keyB49(base[1]), keyB49(base[3]), keyB49(base[4]))
	// append(s, t...) from nil, of a part, and of the slice onto itself.
	var m []B49
	m = append(m, base...)
	fmt.Printf("dots B49 %d %d\n", len(m), cap(m))
	m = append(m, base[:3]...)
	fmt.Printf("dots B49 %d %d\n", len(m), cap(m))
	m = append(m, m...)
	fmt.Printf("dots B49 %d %d keys %d %d %d\n", len(m), cap(m), keyB49(m[0]), keyB49(m[8]), keyB49(m[17]))
	// Copies that overlap, both ways.
	c := make([]B49, 9)
	for i := range c {
		c[i] = mkB49(i)
	}
	n := copy(c[2:], c)
	fmt.Printf("copy B49 %d keys %d %d %d %d\n", n, keyB49(c[0]), keyB49(c[2]), keyB49(c[4]), keyB49(c[8]))
	n = copy(c, c[3:])
	fmt.Printf("copy B49 %d keys %d %d %d %d\n", n, keyB49(c[0]), keyB49(c[1]), keyB49(c[5]), keyB49(c[8]))
	// An append onto the slice's own elements, within its capacity.
	d := make([]B49, 6, 12)
	for i := range d {
		d[i] = mkB49(i)
	}
	d = append(d[:2], d[1:]...)
	fmt.Printf("insert B49 %d %d keys %d %d %d %d\n", len(d), cap(d), keyB49(d[1]), keyB49(d[2]), keyB49(d[3]), keyB49(d[6]))
	// A slice of what is left after the last element, then appended to.
	e := d[len(d):]
	e = append(e, mkB49(50))
	fmt.Printf("tail B49 %d %d %d\n", len(e), cap(e), keyB49(e[0]))
}

func probeB50() {
	var last int
	base := make([]B50, 6, 10)
	for i := range base {
		base[i] = mkB50(i)
	}
	// A re-slice in the middle of its array grows from the capacity it has left.
	t := base[2:5]
	last = cap(t)
	fmt.Printf("reslice B50 %d->%d\n", len(t), cap(t))
	for len(t) < 40 {
		t = append(t, mkB50(len(t)+2))
		if cap(t) != last {
			last = cap(t)
			fmt.Printf("reslice B50 %d->%d keys %d %d %d\n", len(t), cap(t), keyB50(t[0]), keyB50(t[2]), keyB50(t[len(t)-1]))
		}
	}
	// A full slice expression limits the capacity.
	f := base[1:3:4]
	last = cap(f)
	fmt.Printf("full B50 %d->%d\n", len(f), cap(f))
	for len(f) < 20 {
		f = append(f, mkB50(len(f)+1))
		if cap(f) != last {
			last = cap(f)
			fmt.Printf("full B50 %d->%d keys %d %d\n", len(f), cap(f), keyB50(f[0]), keyB50(f[len(f)-1]))
		}
	}
	fmt.Printf("base B50 %d %d %d\n", keyB50(base[1]), keyB50(base[3]), keyB50(base[4]))
	// append(s, t...) from nil, of a part, and of the slice onto itself.
	var m []B50
	m = append(m, base...)
	fmt.Printf("dots B50 %d %d\n", len(m), cap(m))
	m = append(m, base[:3]...)
	fmt.Printf("dots B50 %d %d\n", len(m), cap(m))
	m = append(m, m...)
	fmt.Printf("dots B50 %d %d keys %d %d %d\n", len(m), cap(m), keyB50(m[0]), keyB50(m[8]), keyB50(m[17]))
	// Copies that overlap, both ways.
	c := make([]B50, 9)
	for i := range c {
		c[i] = mkB50(i)
	}
	n := copy(c[2:], c)
	fmt.Printf("copy B50 %d keys %d %d %d %d\n", n, keyB50(c[0]), keyB50(c[2]), keyB50(c[4]), keyB50(c[8]))
	n = copy(c, c[3:])
	fmt.Printf("copy B50 %d keys %d %d %d %d\n", n, keyB50(c[0]), keyB50(c[1]), keyB50(c[5]), keyB50(c[8]))
	// An append onto the slice's own elements, within its capacity.
	d := make([]B50, 6, 12)
	for i := range d {
		d[i] = mkB50(i)
	}
	d = append(d[:2], d[1:]...)
	fmt.Printf("insert B50 %d %d keys %d %d %d %d\n", len(d), cap(d), keyB50(d[1]), keyB50(d[2]), keyB50(d[3]), keyB50(d[6]))
	// A slice of what is left after the last element, then appended to.
	e := d[len(d):]
	e = append(e, mkB50(50))
	fmt.Printf("tail B50 %d %d %d\n", len(e), cap(e), keyB50(e[0]))
}

func probeB51() {
	var last int
	base := make([]B51, 6, 10)
	for i := range base {
		base[i] = mkB51(i)
	}
	// A re-slice in the middle of its array grows from the capacity it has left.
	t := base[2:5]
	last = cap(t)
	fmt.Printf("reslice B51 %d->%d\n", len(t), cap(t))
	for len(t) < 40 {
		t = append(t, mkB51(len(t)+2))
		if cap(t) != last {
			last = cap(t)
			fmt.Printf("reslice B51 %d->%d keys %d %d %d\n", len(t), cap(t), keyB51(t[0]), keyB51(t[2]), keyB51(t[len(t)-1]))
		}
	}
	// A full slice expression limits the capacity.
	f := base[1:3:4]
	last = cap(f)
	fmt.Printf("full B51 %d->%d\n", len(f), cap(f))
	for len(f) < 20 {
		f = append(f, mkB51(len(f)+1))
		if cap(f) != last {
			last = cap(f)
			fmt.Printf("full B51 %d->%d keys %d %d\n", len(f), cap(f), keyB51(f[0]), keyB51(f[len(f)-1]))
		}
	}
	fmt.Printf("base B51 %d %d %d\n", keyB51(base[1]), keyB51(base[3]), keyB51(base[4]))
	// append(s, t...) from nil, of a part, and of the slice onto itself.
	var m []B51
	m = append(m, base...)
	fmt.Printf("dots B51 %d %d\n", len(m), cap(m))
	m = append(m, base[:3]...)
	fmt.Printf("dots B51 %d %d\n", len(m), cap(m))
	m = append(m, m...)
	fmt.Printf("dots B51 %d %d keys %d %d %d\n", len(m), cap(m), keyB51(m[0]), keyB51(m[8]), keyB51(m[17]))
	// Copies that overlap, both ways.
	c := make([]B51, 9)
	for i := range c {
		c[i] = mkB51(i)
	}
	n := copy(c[2:], c)
	fmt.Printf("copy B51 %d keys %d %d %d %d\n", n, keyB51(c[0]), keyB51(c[2]), keyB51(c[4]), keyB51(c[8]))
	n = copy(c, c[3:])
	fmt.Printf("copy B51 %d keys %d %d %d %d\n", n, keyB51(c[0]), keyB51(c[1]), keyB51(c[5]), keyB51(c[8]))
	// An append onto the slice's own elements, within its capacity.
	d := make([]B51, 6, 12)
	for i := range d {
		d[i] = mkB51(i)
	}
	d = append(d[:2], d[1:]...)
	fmt.Printf("insert B51 %d %d keys %d %d %d %d\n", len(d), cap(d), keyB51(d[1]), keyB51(d[2]), keyB51(d[3]), keyB51(d[6]))
	// A slice of what is left after the last element, then appended to.
	e := d[len(d):]
	e = append(e, mkB51(50))
	fmt.Printf("tail B51 %d %d %d\n", len(e), cap(e), keyB51(e[0]))
}

func probeB52() {
	var last int
	base := make([]B52, 6, 10)
	for i := range base {
		base[i] = mkB52(i)
	}
	// A re-slice in the middle of its array grows from the capacity it has left.
	t := base[2:5]
	last = cap(t)
	fmt.Printf("reslice B52 %d->%d\n", len(t), cap(t))
	for len(t) < 40 {
		t = append(t, mkB52(len(t)+2))
		if cap(t) != last {
			last = cap(t)
			fmt.Printf("reslice B52 %d->%d keys %d %d %d\n", len(t), cap(t), keyB52(t[0]), keyB52(t[2]), keyB52(t[len(t)-1]))
		}
	}
	// A full slice expression limits the capacity.
	f := base[1:3:4]
	last = cap(f)
	fmt.Printf("full B52 %d->%d\n", len(f), cap(f))
	for len(f) < 20 {
		f = append(f, mkB52(len(f)+1))
		if cap(f) != last {
			last = cap(f)
			fmt.Printf("full B52 %d->%d keys %d %d\n", len(f), cap(f), keyB52(f[0]), keyB52(f[len(f)-1]))
		}
	}
	fmt.Printf("base B52 %d %d %d\n", keyB52(base[1]), keyB52(base[3]), keyB52(base[4]))
	// append(s, t...) from nil, of a part, and of the slice onto itself.
	var m []B52
	m = append(m, base...)
	fmt.Printf("dots B52 %d %d\n", len(m), cap(m))
	m = append(m, base[:3]...)
	fmt.Printf("dots B52 %d %d\n", len(m), cap(m))
	m = append(m, m...)
	fmt.Printf("dots B52 %d %d keys %d %d %d\n", len(m), cap(m), keyB52(m[0]), keyB52(m[8]), keyB52(m[17]))
	// Copies that overlap, both ways.
	c := make([]B52, 9)
	for i := range c {
		c[i] = mkB52(i)
	}
	n := copy(c[2:], c)
	fmt.Printf("copy B52 %d keys %d %d %d %d\n", n, keyB52(c[0]), keyB52(c[2]), keyB52(c[4]), keyB52(c[8]))
	n = copy(c, c[3:])
	fmt.Printf("copy B52 %d keys %d %d %d %d\n", n, keyB52(c[0]), keyB52(c[1]), keyB52(c[5]), keyB52(c[8]))
	// An append onto the slice's own elements, within its capacity.
	d := make([]B52, 6, 12)
	for i := range d {
		d[i] = mkB52(i)
	}
	d = append(d[:2], d[1:]...)
	fmt.Printf("insert B52 %d %d keys %d %d %d %d\n", len(d), cap(d), keyB52(d[1]), keyB52(d[2]), keyB52(d[3]), keyB52(d[6]))
	// A slice of what is left after the last element, then appended to.
	e := d[len(d):]
	e = append(e, mkB52(50))
	fmt.Printf("tail B52 %d %d %d\n", len(e), cap(e), keyB52(e[0]))
}

func probeB53() {
	var last int
	base := make([]B53, 6, 10)
	for i := range base {
		base[i] = mkB53(i)
	}
	// A re-slice in the middle of its array grows from the capacity it has left.
	t := base[2:5]
	last = cap(t)
	fmt.Printf("reslice B53 %d->%d\n", len(t), cap(t))
	for len(t) < 40 {
		t = append(t, mkB53(len(t)+2))
		if cap(t) != last {
			last = cap(t)
			fmt.Printf("reslice B53 %d->%d keys %d %d %d\n", len(t), cap(t), keyB53(t[0]), keyB53(t[2]), keyB53(t[len(t)-1]))
		}
	}
	// A full slice expression limits the capacity.
	f := base[1:3:4]
	last = cap(f)
	fmt.Printf("full B53 %d->%d\n", len(f), cap(f))
	for len(f) < 20 {
		f = append(f, mkB53(len(f)+1))
		if cap(f) != last {
			last = cap(f)
			fmt.Printf("full B53 %d->%d keys %d %d\n", len(f), cap(f), keyB53(f[0]), keyB53(f[len(f)-1]))
		}
	}
	fmt.Printf("base B53 %d %d %d\n", keyB53(base[1]), keyB53(base[3]), keyB53(base[4]))
	// append(s, t...) from nil, of a part, and of the slice onto itself.
	var m []B53
	m = append(m, base...)
	fmt.Printf("dots B53 %d %d\n", len(m), cap(m))
	m = append(m, base[:3]...)
	fmt.Printf("dots B53 %d %d\n", len(m), cap(m))
	m = append(m, m...)
	fmt.Printf("dots B53 %d %d keys %d %d %d\n", len(m), cap(m), keyB53(m[0]), keyB53(m[8]), keyB53(m[17]))
	// Copies that overlap, both ways.
	c := make([]B53, 9)
	for i := range c {
		c[i] = mkB53(i)
	}
	n := copy(c[2:], c)
	fmt.Printf("copy B53 %d keys %d %d %d %d\n", n, keyB53(c[0]), keyB53(c[2]), keyB53(c[4]), keyB53(c[8]))
	n = copy(c, c[3:])
	fmt.Printf("copy B53 %d keys %d %d %d %d\n", n, keyB53(c[0]), keyB53(c[1]), keyB53(c[5]), keyB53(c[8]))
	// An append onto the slice's own elements, within its capacity.
	d := make([]B53, 6, 12)
	for i := range d {
		d[i] = mkB53(i)
	}
	d = append(d[:2], d[1:]...)
	fmt.Printf("insert B53 %d %d keys %d %d %d %d\n", len(d), cap(d), keyB53(d[1]), keyB53(d[2]), keyB53(d[3]), keyB53(d[6]))
	// A slice of what is left after the last element, then appended to.
	e := d[len(d):]
	e = append(e, mkB53(50))
	fmt.Printf("tail B53 %d %d %d\n", len(e), cap(e), keyB53(e[0]))
}

func probeB54() {
	var last int
	base := make([]B54, 6, 10)
	for i := range base {
		base[i] = mkB54(i)
	}
	// A re-slice in the middle of its array grows from the capacity it has left.
	t := base[2:5]
	last = cap(t)
	fmt.Printf("reslice B54 %d->%d\n", len(t), cap(t))
	for len(t) < 40 {
		t = append(t, mkB54(len(t)+2))
		if cap(t) != last {
			last = cap(t)
			fmt.Printf("reslice B54 %d->%d keys %d %d %d\n", len(t), cap(t), keyB54(t[0]), keyB54(t[2]), keyB54(t[len(t)-1]))
		}
	}
	// A full slice expression limits the capacity.
	f := base[1:3:4]
	last = cap(f)
	fmt.Printf("full B54 %d->%d\n", len(f), cap(f))
	for len(f) < 20 {
		f = append(f, mkB54(len(f)+1))
		if cap(f) != last {
			last = cap(f)
			fmt.Printf("full B54 %d->%d keys %d %d\n", len(f), cap(f), keyB54(f[0]), keyB54(f[len(f)-1]))
		}
	}
	fmt.Printf("base B54 %d %d %d\n", keyB54(base[1]), keyB54(base[3]), keyB54(base[4]))
	// append(s, t...) from nil, of a part, and of the slice onto itself.
	var m []B54
	m = append(m, base...)
	fmt.Printf("dots B54 %d %d\n", len(m), cap(m))
	m = append(m, base[:3]...)
	fmt.Printf("dots B54 %d %d\n", len(m), cap(m))
	m = append(m, m...)
	fmt.Printf("dots B54 %d %d keys %d %d %d\n", len(m), cap(m), keyB54(m[0]), keyB54(m[8]), keyB54(m[17]))
	// Copies that overlap, both ways.
	c := make([]B54, 9)
	for i := range c {
		c[i] = mkB54(i)
	}
	n := copy(c[2:], c)
	fmt.Printf("copy B54 %d keys %d %d %d %d\n", n, keyB54(c[0]), keyB54(c[2]), keyB54(c[4]), keyB54(c[8]))
	n = copy(c, c[3:])
	fmt.Printf("copy B54 %d keys %d %d %d %d\n", n, keyB54(c[0]), keyB54(c[1]), keyB54(c[5]), keyB54(c[8]))
	// An append onto the slice's own elements, within its capacity.
	d := make([]B54, 6, 12)
	for i := range d {
		d[i] = mkB54(i)
	}
	d = append(d[:2], d[1:]...)
	fmt.Printf("insert B54 %d %d keys %d %d %d %d\n", len(d), cap(d), keyB54(d[1]), keyB54(d[2]), keyB54(d[3]), keyB54(d[6]))
	// A slice of what is left after the last element, then appended to.
	e := d[len(d):]
	e = append(e, mkB54(50))
	fmt.Printf("tail B54 %d %d %d\n", len(e), cap(e), keyB54(e[0]))
}

func probeB55() {
	var last int
	base := make([]B55, 6, 10)
	for i := range base {
		base[i] = mkB55(i)
	}
	// A re-slice in the middle of its array grows from the capacity it has left.
	t := base[2:5]
	last = cap(t)
	fmt.Printf("reslice B55 %d->%d\n", len(t), cap(t))
	for len(t) < 40 {
		t = append(t, mkB55(len(t)+2))
		if cap(t) != last {
			last = cap(t)
			fmt.Printf("reslice B55 %d->%d keys %d %d %d\n", len(t), cap(t), keyB55(t[0]), keyB55(t[2]), keyB55(t[len(t)-1]))
		}
	}
	// A full slice expression limits the capacity.
	f := base[1:3:4]
	last = cap(f)
	fmt.Printf("full B55 %d->%d\n", len(f), cap(f))
	for len(f) < 20 {
		f = append(f, mkB55(len(f)+1))
		if cap(f) != last {
			last = cap(f)
			fmt.Printf("full B55 %d->%d keys %d %d\n", len(f), cap(f), keyB55(f[0]), keyB55(f[len(f)-1]))
		}
	}
	fmt.Printf("base B55 %d %d %d\n", keyB55(base[1]), keyB55(base[3]), keyB55(base[4]))
	// append(s, t...) from nil, of a part, and of the slice onto itself.
	var m []B55
	m = append(m, base...)
	fmt.Printf("dots B55 %d %d\n", len(m), cap(m))
	m = append(m, base[:3]...)
	fmt.Printf("dots B55 %d %d\n", len(m), cap(m))
	m = append(m, m...)
	fmt.Printf("dots B55 %d %d keys %d %d %d\n", len(m), cap(m), keyB55(m[0]), keyB55(m[8]), keyB55(m[17]))
	// Copies that overlap, both ways.
	c := make([]B55, 9)
	for i := range c {
		c[i] = mkB55(i)
	}
	n := copy(c[2:], c)
	fmt.Printf("copy B55 %d keys %d %d %d %d\n", n, keyB55(c[0]), keyB55(c[2]), keyB55(c[4]), keyB55(c[8]))
	n = copy(c, c[3:])
	fmt.Printf("copy B55 %d keys %d %d %d %d\n", n, keyB55(c[0]), keyB55(c[1]), keyB55(c[5]), keyB55(c[8]))
	// An append onto the slice's own elements, within its capacity.
	d := make([]B55, 6, 12)
	for i := range d {
		d[i] = mkB55(i)
	}
	d = append(d[:2], d[1:]...)
	fmt.Printf("insert B55 %d %d keys %d %d %d %d\n", len(d), cap(d), keyB55(d[1]), keyB55(d[2]), keyB55(d[3]), keyB55(d[6]))
	// A slice of what is left after the last element, then appended to.
	e := d[len(d):]
	e = append(e, mkB55(50))
	fmt.Printf("tail B55 %d %d %d\n", len(e), cap(e), keyB55(e[0]))
}

func probeB56() {
	var last int
	base := make([]B56, 6, 10)
	for i := range base {
		base[i] = mkB56(i)
	}
	// A re-slice in the middle of its array grows from the capacity it has left.
	t := base[2:5]
	last = cap(t)
	fmt.Printf("reslice B56 %d->%d\n", len(t), cap(t))
	for len(t) < 40 {
		t = append(t, mkB56(len(t)+2))
		if cap(t) != last {
			last = cap(t)
			fmt.Printf("reslice B56 %d->%d keys %d %d %d\n", len(t), cap(t), keyB56(t[0]), keyB56(t[2]), keyB56(t[len(t)-1]))
		}
	}
	// A full slice expression limits the capacity.
	f := base[1:3:4]
	last = cap(f)
	fmt.Printf("full B56 %d->%d\n", len(f), cap(f))
	for len(f) < 20 {
		f = append(f, mkB56(len(f)+1))
		if cap(f) != last {
			last = cap(f)
			fmt.Printf("full B56 %d->%d keys %d %d\n", len(f), cap(f), keyB56(f[0]), keyB56(f[len(f)-1]))
		}
	}
	fmt.Printf("base B56 %d %d %d\n", keyB56(base[1]), keyB56(base[3]), keyB56(base[4]))
	// append(s, t...) from nil, of a part, and of the slice onto itself.
	var m []B56
	m = append(m, base...)
	fmt.Printf("dots B56 %d %d\n", len(m), cap(m))
	m = append(m, base[:3]...)
	fmt.Printf("dots B56 %d %d\n", len(m), cap(m))
	m = append(m, m...)
	fmt.Printf("dots B56 %d %d keys %d %d %d\n", len(m), cap(m), keyB56(m[0]), keyB56(m[8]), keyB56(m[17]))
	// Copies that overlap, both ways.
	c := make([]B56, 9)
	for i := range c {
		c[i] = mkB56(i)
	}
	n := copy(c[2:], c)
	fmt.Printf("copy B56 %d keys %d %d %d %d\n", n, keyB56(c[0]), keyB56(c[2]), keyB56(c[4]), keyB56(c[8]))
	n = copy(c, c[3:])
	fmt.Printf("copy B56 %d keys %d %d %d %d\n", n, keyB56(c[0]), keyB56(c[1]), keyB56(c[5]), keyB56(c[8]))
	// An append onto the slice's own elements, within its capacity.
	d := make([]B56, 6, 12)
	for i := range d {
		d[i] = mkB56(i)
	}
	d = append(d[:2], d[1:]...)
	fmt.Printf("insert B56 %d %d keys %d %d %d %d\n", len(d), cap(d), keyB56(d[1]), keyB56(d[2]), keyB56(d[3]), keyB56(d[6]))
	// A slice of what is left after the last element, then appended to.
	e := d[len(d):]
	e = append(e, mkB56(50))
	fmt.Printf("tail B56 %d %d %d\n", len(e), cap(e), keyB56(e[0]))
}

func probeB57() {
	var last int
	base := make([]B57, 6, 10)
	for i := range base {
		base[i] = mkB57(i)
	}
	// A re-slice in the middle of its array grows from the capacity it has left.
	t := base[2:5]
	last = cap(t)
	fmt.Printf("reslice B57 %d->%d\n", len(t), cap(t))
	for len(t) < 40 {
		t = append(t, mkB57(len(t)+2))
		if cap(t) != last {
			last = cap(t)
			fmt.Printf("reslice B57 %d->%d keys %d %d %d\n", len(t), cap(t), keyB57(t[0]), keyB57(t[2]), keyB57(t[len(t)-1]))
		}
	}
	// A full slice expression limits the capacity.
	f := base[1:3:4]
	last = cap(f)
	fmt.Printf("full B57 %d->%d\n", len(f), cap(f))
	for len(f) < 20 {
		f = append(f, mkB57(len(f)+1))
		if cap(f) != last {
			last = cap(f)
			fmt.Printf("full B57 %d->%d keys %d %d\n", len(f), cap(f), keyB57(f[0]), keyB57(f[len(f)-1]))
		}
	}
	fmt.Printf("base B57 %d %d %d\n", keyB57(base[1]), keyB57(base[3]), keyB57(base[4]))
	// append(s, t...) from nil, of a part, and of the slice onto itself.
	var m []B57
	m = append(m, base...)
	fmt.Printf("dots B57 %d %d\n", len(m), cap(m))
	m = append(m, base[:3]...)
	fmt.Printf("dots B57 %d %d\n", len(m), cap(m))
	m = append(m, m...)
	fmt.Printf("dots B57 %d %d keys %d %d %d\n", len(m), cap(m), keyB57(m[0]), keyB57(m[8]), keyB57(m[17]))
	// Copies that overlap, both ways.
	c := make([]B57, 9)
	for i := range c {
		c[i] = mkB57(i)
	}
	n := copy(c[2:], c)
	fmt.Printf("copy B57 %d keys %d %d %d %d\n", n, keyB57(c[0]), keyB57(c[2]), keyB57(c[4]), keyB57(c[8]))
	n = copy(c, c[3:])
	fmt.Printf("copy B57 %d keys %d %d %d %d\n", n, keyB57(c[0]), keyB57(c[1]), keyB57(c[5]), keyB57(c[8]))
	// An append onto the slice's own elements, within its capacity.
	d := make([]B57, 6, 12)
	for i := range d {
		d[i] = mkB57(i)
	}
	d = append(d[:2], d[1:]...)
	fmt.Printf("insert B57 %d %d keys %d %d %d %d\n", len(d), cap(d), keyB57(d[1]), keyB57(d[2]), keyB57(d[3]), keyB57(d[6]))
	// A slice of what is left after the last element, then appended to.
	e := d[len(d):]
	e = append(e, mkB57(50))
	fmt.Printf("tail B57 %d %d %d\n", len(e), cap(e), keyB57(e[0]))
}

func probeB58() {
	var last int
	base := make([]B58, 6, 10)
	for i := range base {
		base[i] = mkB58(i)
	}
	// A re-slice in the middle of its array grows from the capacity it has left.
	t := base[2:5]
	last = cap(t)
	fmt.Printf("reslice B58 %d->%d\n", len(t), cap(t))
	for len(t) < 40 {
		t = append(t, mkB58(len(t)+2))
		if cap(t) != last {
			last = cap(t)
			fmt.Printf("reslice B58 %d->%d keys %d %d %d\n", len(t), cap(t), keyB58(t[0]), keyB58(t[2]), keyB58(t[len(t)-1]))
		}
	}
	// A full slice expression limits the capacity.
	f := base[1:3:4]
	last = cap(f)
	fmt.Printf("full B58 %d->%d\n", len(f), cap(f))
	for len(f) < 20 {
		f = append(f, mkB58(len(f)+1))
		if cap(f) != last {
			last = cap(f)
			fmt.Printf("full B58 %d->%d keys %d %d\n", len(f), cap(f), keyB58(f[0]), keyB58(f[len(f)-1]))
		}
	}
	fmt.Printf("base B58 %d %d %d\n", keyB58(base[1]), keyB58(base[3]), keyB58(base[4]))
	// append(s, t...) from nil, of a part, and of the slice onto itself.
	var m []B58
	m = append(m, base...)
	fmt.Printf("dots B58 %d %d\n", len(m), cap(m))
	m = append(m, base[:3]...)
	fmt.Printf("dots B58 %d %d\n", len(m), cap(m))
	m = append(m, m...)
	fmt.Printf("dots B58 %d %d keys %d %d %d\n", len(m), cap(m), keyB58(m[0]), keyB58(m[8]), keyB58(m[17]))
	// Copies that overlap, both ways.
	c := make([]B58, 9)
	for i := range c {
		c[i] = mkB58(i)
	}
	n := copy(c[2:], c)
	fmt.Printf("copy B58 %d keys %d %d %d %d\n", n, keyB58(c[0]), keyB58(c[2]), keyB58(c[4]), keyB58(c[8]))
	n = copy(c, c[3:])
	fmt.Printf("copy B58 %d keys %d %d %d %d\n", n, keyB58(c[0]), keyB58(c[1]), keyB58(c[5]), keyB58(c[8]))
	// An append onto the slice's own elements, within its capacity.
	d := make([]B58, 6, 12)
	for i := range d {
		d[i] = mkB58(i)
	}
	d = append(d[:2], d[1:]...)
	fmt.Printf("insert B58 %d %d keys %d %d %d %d\n", len(d), cap(d), keyB58(d[1]), keyB58(d[2]), keyB58(d[3]), keyB58(d[6]))
	// A slice of what is left after the last element, then appended to.
	e := d[len(d):]
	e = append(e, mkB58(50))
	fmt.Printf("tail B58 %d %d %d\n", len(e), cap(e), keyB58(e[0]))
}

func probeB59() {
	var last int
	base := make([]B59, 6, 10)
	for i := range base {
		base[i] = mkB59(i)
	}
	// A re-slice in the middle of its array grows from the capacity it has left.
	t := base[2:5]
	last = cap(t)
	fmt.Printf("reslice B59 %d->%d\n", len(t), cap(t))
	for len(t) < 40 {
		t = append(t, mkB59(len(t)+2))
		if cap(t) != last {
			last = cap(t)
			fmt.Printf("reslice B59 %d->%d keys %d %d %d\n", len(t), cap(t), keyB59(t[0]), keyB59(t[2]), keyB59(t[len(t)-1]))
		}
	}
	// A full slice expression limits the capacity.
	f := base[1:3:4]
	last = cap(f)
	fmt.Printf("full B59 %d->%d\n", len(f), cap(f))
	for len(f) < 20 {
		f = append(f, mkB59(len(f)+1))
		if cap(f) != last {
			last = cap(f)
			fmt.Printf("full B59 %d->%d keys %d %d\n", len(f), cap(f), keyB59(f[0]), keyB59(f[len(f)-1]))
		}
	}
	fmt.Printf("base B59 %d %d %d\n", keyB59(base[1]), keyB59(base[3]), keyB59(base[4]))
	// append(s, t...) from nil, of a part, and of the slice onto itself.
	var m []B59
	m = append(m, base...)
	fmt.Printf("dots B59 %d %d\n", len(m), cap(m))
	m = append(m, base[:3]...)
	fmt.Printf("dots B59 %d %d\n", len(m), cap(m))
	m = append(m, m...)
	fmt.Printf("dots B59 %d %d keys %d %d %d\n", len(m), cap(m), keyB59(m[0]), keyB59(m[8]), keyB59(m[17]))
	// Copies that overlap, both ways.
	c := make([]B59, 9)
	for i := range c {
		c[i] = mkB59(i)
	}
	n := copy(c[2:], c)
	fmt.Printf("copy B59 %d keys %d %d %d %d\n", n, keyB59(c[0]), keyB59(c[2]), keyB59(c[4]), keyB59(c[8]))
	n = copy(c, c[3:])
	fmt.Printf("copy B59 %d keys %d %d %d %d\n", n, keyB59(c[0]), keyB59(c[1]), keyB59(c[5]), keyB59(c[8]))
	// An append onto the slice's own elements, within its capacity.
	d := make([]B59, 6, 12)
	for i := range d {
		d[i] = mkB59(i)
	}
	d = append(d[:2], d[1:]...)
	fmt.Printf("insert B59 %d %d keys %d %d %d %d\n", len(d), cap(d), keyB59(d[1]), keyB59(d[2]), keyB59(d[3]), keyB59(d[6]))
	// A slice of what is left after the last element, then appended to.
	e := d[len(d):]
	e = append(e, mkB59(50))
	fmt.Printf("tail B59 %d %d %d\n", len(e), cap(e), keyB59(e[0]))
}

func probeB60() {
	var last int
	base := make([]B60, 6, 10)
	for i := range base {
		base[i] = mkB60(i)
	}
	// A re-slice in the middle of its array grows from the capacity it has left.
	t := base[2:5]
	last = cap(t)
	fmt.Printf("reslice B60 %d->%d\n", len(t), cap(t))
	for len(t) < 40 {
		t = append(t, mkB60(len(t)+2))
		if cap(t) != last {
			last = cap(t)
			fmt.Printf("reslice B60 %d->%d keys %d %d %d\n", len(t), cap(t), keyB60(t[0]), keyB60(t[2]), keyB60(t[len(t)-1]))
		}
	}
	// A full slice expression limits the capacity.
	f := base[1:3:4]
	last = cap(f)
	fmt.Printf("full B60 %d->%d\n", len(f), cap(f))
	for len(f) < 20 {
		f = append(f, mkB60(len(f)+1))
		if cap(f) != last {
			last = cap(f)
			fmt.Printf("full B60 %d->%d keys %d %d\n", len(f), cap(f), keyB60(f[0]), keyB60(f[len(f)-1]))
		}
	}
	fmt.Printf("base B60 %d %d %d\n", keyB60(base[1]), keyB60(base[3]), keyB60(base[4]))
	// append(s, t...) from nil, of a part, and of the slice onto itself.
	var m []B60
	m = append(m, base...)
	fmt.Printf("dots B60 %d %d\n", len(m), cap(m))
	m = append(m, base[:3]...)
	fmt.Printf("dots B60 %d %d\n", len(m), cap(m))
	m = append(m, m...)
	fmt.Printf("dots B60 %d %d keys %d %d %d\n", len(m), cap(m), keyB60(m[0]), keyB60(m[8]), keyB60(m[17]))
	// Copies that overlap, both ways.
	c := make([]B60, 9)
	for i := range c {
		c[i] = mkB60(i)
	}
	n := copy(c[2:], c)
	fmt.Printf("copy B60 %d keys %d %d %d %d\n", n, keyB60(c[0]), keyB60(c[2]), keyB60(c[4]), keyB60(c[8]))
	n = copy(c, c[3:])
	fmt.Printf("copy B60 %d keys %d %d %d %d\n", n, keyB60(c[0]), keyB60(c[1]), keyB60(c[5]), keyB60(c[8]))
	// An append onto the slice's own elements, within its capacity.
	d := make([]B60, 6, 12)
	for i := range d {
		d[i] = mkB60(i)
	}
	d = append(d[:2], d[1:]...)
	fmt.Printf("insert B60 %d %d keys %d %d %d %d\n", len(d), cap(d), keyB60(d[1]), keyB60(d[2]), keyB60(d[3]), keyB60(d[6]))
	// A slice of what is left after the last element, then appended to.
	e := d[len(d):]
	e = append(e, mkB60(50))
	fmt.Printf("tail B60 %d %d %d\n", len(e), cap(e), keyB60(e[0]))
}

func probeB61() {
	var last int
	base := make([]B61, 6, 10)
	for i := range base {
		base[i] = mkB61(i)
	}
	// A re-slice in the middle of its array grows from the capacity it has left.
	t := base[2:5]
	last = cap(t)
	fmt.Printf("reslice B61 %d->%d\n", len(t), cap(t))
	for len(t) < 40 {
		t = append(t, mkB61(len(t)+2))
		if cap(t) != last {
			last = cap(t)
			fmt.Printf("reslice B61 %d->%d keys %d %d %d\n", len(t), cap(t), keyB61(t[0]), keyB61(t[2]), keyB61(t[len(t)-1]))
		}
	}
	// A full slice expression limits the capacity.
	f := base[1:3:4]
	last = cap(f)
	fmt.Printf("full B61 %d->%d\n", len(f), cap(f))
	for len(f) < 20 {
		f = append(f, mkB61(len(f)+1))
		if cap(f) != last {
			last = cap(f)
			fmt.Printf("full B61 %d->%d keys %d %d\n", len(f), cap(f), keyB61(f[0]), keyB61(f[len(f)-1]))
		}
	}
	fmt.Printf("base B61 %d %d %d\n", keyB61(base[1]), keyB61(base[3]), keyB61(base[4]))
	// append(s, t...) from nil, of a part, and of the slice onto itself.
	var m []B61
	m = append(m, base...)
	fmt.Printf("dots B61 %d %d\n", len(m), cap(m))
	m = append(m, base[:3]...)
	fmt.Printf("dots B61 %d %d\n", len(m), cap(m))
	m = append(m, m...)
	fmt.Printf("dots B61 %d %d keys %d %d %d\n", len(m), cap(m), keyB61(m[0]), keyB61(m[8]), keyB61(m[17]))
	// Copies that overlap, both ways.
	c := make([]B61, 9)
	for i := range c {
		c[i] = mkB61(i)
	}
	n := copy(c[2:], c)
	fmt.Printf("copy B61 %d keys %d %d %d %d\n", n, keyB61(c[0]), keyB61(c[2]), keyB61(c[4]), keyB61(c[8]))
	n = copy(c, c[3:])
	fmt.Printf("copy B61 %d keys %d %d %d %d\n", n, keyB61(c[0]), keyB61(c[1]), keyB61(c[5]), keyB61(c[8]))
	// An append onto the slice's own elements, within its capacity.
	d := make([]B61, 6, 12)
	for i := range d {
		d[i] = mkB61(i)
	}
	d = append(d[:2], d[1:]...)
	fmt.Printf("insert B61 %d %d keys %d %d %d %d\n", len(d), cap(d), keyB61(d[1]), keyB61(d[2]), keyB61(d[3]), keyB61(d[6]))
	// A slice of what is left after the last element, then appended to.
	e := d[len(d):]
	e = append(e, mkB61(50))
	fmt.Printf("tail B61 %d %d %d\n", len(e), cap(e), keyB61(e[0]))
}

func probeB62() {
	var last int
	base := make([]B62, 6, 10)
	for i := range base {
		base[i] = mkB62(i)
	}
	// A re-slice in the middle of its array grows from the capacity it has left.
	t := base[2:5]
	last = cap(t)
	fmt.Printf("reslice B62 %d->%d\n", len(t), cap(t))
	for len(t) < 40 {
		t = append(t, mkB62(len(t)+2))
		if cap(t) != last {
			last = cap(t)
			fmt.Printf("reslice B62 %d->%d keys %d %d %d\n", len(t), cap(t), keyB62(t[0]), keyB62(t[2]), keyB62(t[len(t)-1]))
		}
	}
	// A full slice expression limits the capacity.
	f := base[1:3:4]
	last = cap(f)
	fmt.Printf("full B62 %d->%d\n", len(f), cap(f))
	for len(f) < 20 {
		f = append(f, mkB62(len(f)+1))
		if cap(f) != last {
			last = cap(f)
			fmt.Printf("full B62 %d->%d keys %d %d\n", len(f), cap(f), keyB62(f[0]), keyB62(f[len(f)-1]))
		}
	}
	fmt.Printf("base B62 %d %d %d\n", keyB62(base[1]), keyB62(base[3]), keyB62(base[4]))
	// append(s, t...) from nil, of a part, and of the slice onto itself.
	var m []B62
	m = append(m, base...)
	fmt.Printf("dots B62 %d %d\n", len(m), cap(m))
	m = append(m, base[:3]...)
	fmt.Printf("dots B62 %d %d\n", len(m), cap(m))
	m = append(m, m...)
	fmt.Printf("dots B62 %d %d keys %d %d %d\n", len(m), cap(m), keyB62(m[0]), keyB62(m[8]), keyB62(m[17]))
	// Copies that overlap, both ways.
	c := make([]B62, 9)
	for i := range c {
		c[i] = mkB62(i)
	}
	n := copy(c[2:], c)
	fmt.Printf("copy B62 %d keys %d %d %d %d\n", n, keyB62(c[0]), keyB62(c[2]), keyB62(c[4]), keyB62(c[8]))
	n = copy(c, c[3:])
	fmt.Printf("copy B62 %d keys %d %d %d %d\n", n, keyB62(c[0]), keyB62(c[1]), keyB62(c[5]), keyB62(c[8]))
	// An append onto the slice's own elements, within its capacity.
	d := make([]B62, 6, 12)
	for i := range d {
		d[i] = mkB62(i)
	}
	d = append(d[:2], d[1:]...)
	fmt.Printf("insert B62 %d %d keys %d %d %d %d\n", len(d), cap(d), keyB62(d[1]), keyB62(d[2]), keyB62(d[3]), keyB62(d[6]))
	// A slice of what is left after the last element, then appended to.
	e := d[len(d):]
	e = append(e, mkB62(50))
	fmt.Printf("tail B62 %d %d %d\n", len(e), cap(e), keyB62(e[0]))
}

func probeB63() {
	var last int
	base := make([]B63, 6, 10)
	for i := range base {
		base[i] = mkB63(i)
	}
	// A re-slice in the middle of its array grows from the capacity it has left.
	t := base[2:5]
	last = cap(t)
	fmt.Printf("reslice B63 %d->%d\n", len(t), cap(t))
	for len(t) < 40 {
		t = append(t, mkB63(len(t)+2))
		if cap(t) != last {
			last = cap(t)
			fmt.Printf("reslice B63 %d->%d keys %d %d %d\n", len(t), cap(t), keyB63(t[0]), keyB63(t[2]), keyB63(t[len(t)-1]))
		}
	}
	// A full slice expression limits the capacity.
	f := base[1:3:4]
	last = cap(f)
	fmt.Printf("full B63 %d->%d\n", len(f), cap(f))
	for len(f) < 20 {
		f = append(f, mkB63(len(f)+1))
		if cap(f) != last {
			last = cap(f)
			fmt.Printf("full B63 %d->%d keys %d %d\n", len(f), cap(f), keyB63(f[0]), keyB63(f[len(f)-1]))
		}
	}
	fmt.Printf("base B63 %d %d %d\n", keyB63(base[1]), keyB63(base[3]), keyB63(base[4]))
	// append(s, t...) from nil, of a part, and of the slice onto itself.
	var m []B63
	m = append(m, base...)
	fmt.Printf("dots B63 %d %d\n", len(m), cap(m))
	m = append(m, base[:3]...)
	fmt.Printf("dots B63 %d %d\n", len(m), cap(m))
	m = append(m, m...)
	fmt.Printf("dots B63 %d %d keys %d %d %d\n", len(m), cap(m), keyB63(m[0]), keyB63(m[8]), keyB63(m[17]))
	// Copies that overlap, both ways.
	c := make([]B63, 9)
	for i := range c {
		c[i] = mkB63(i)
	}
	n := copy(c[2:], c)
	fmt.Printf("copy B63 %d keys %d %d %d %d\n", n, keyB63(c[0]), keyB63(c[2]), keyB63(c[4]), keyB63(c[8]))
	n = copy(c, c[3:])
	fmt.Printf("copy B63 %d keys %d %d %d %d\n", n, keyB63(c[0]), keyB63(c[1]), keyB63(c[5]), keyB63(c[8]))
	// An append onto the slice's own elements, within its capacity.
	d := make([]B63, 6, 12)
	for i := range d {
		d[i] = mkB63(i)
	}
	d = append(d[:2], d[1:]...)
	fmt.Printf("insert B63 %d %d keys %d %d %d %d\n", len(d), cap(d), keyB63(d[1]), keyB63(d[2]), keyB63(d[3]), keyB63(d[6]))
	// A slice of what is left after the last element, then appended to.
	e := d[len(d):]
	e = append(e, mkB63(50))
	fmt.Printf("tail B63 %d %d %d\n", len(e), cap(e), keyB63(e[0]))
}

func probeB64() {
	var last int
	base := make([]B64, 6, 10)
	for i := range base {
		base[i] = mkB64(i)
	}
	// A re-slice in the middle of its array grows from the capacity it has left.
	t := base[2:5]
	last = cap(t)
	fmt.Printf("reslice B64 %d->%d\n", len(t), cap(t))
	for len(t) < 40 {
		t = append(t, mkB64(len(t)+2))
		if cap(t) != last {
			last = cap(t)
			fmt.Printf("reslice B64 %d->%d keys %d %d %d\n", len(t), cap(t), keyB64(t[0]), keyB64(t[2]), keyB64(t[len(t)-1]))
		}
	}
	// A full slice expression limits the capacity.
	f := base[1:3:4]
	last = cap(f)
	fmt.Printf("full B64 %d->%d\n", len(f), cap(f))
	for len(f) < 20 {
		f = append(f, mkB64(len(f)+1))
		if cap(f) != last {
			last = cap(f)
			fmt.Printf("full B64 %d->%d keys %d %d\n", len(f), cap(f), keyB64(f[0]), keyB64(f[len(f)-1]))
		}
	}
	fmt.Printf("base B64 %d %d %d\n", keyB64(base[1]), keyB64(base[3]), keyB64(base[4]))
	// append(s, t...) from nil, of a part, and of the slice onto itself.
	var m []B64
	m = append(m, base...)
	fmt.Printf("dots B64 %d %d\n", len(m), cap(m))
	m = append(m, base[:3]...)
	fmt.Printf("dots B64 %d %d\n", len(m), cap(m))
	m = append(m, m...)
	fmt.Printf("dots B64 %d %d keys %d %d %d\n", len(m), cap(m), keyB64(m[0]), keyB64(m[8]), keyB64(m[17]))
	// Copies that overlap, both ways.
	c := make([]B64, 9)
	for i := range c {
		c[i] = mkB64(i)
	}
	n := copy(c[2:], c)
	fmt.Printf("copy B64 %d keys %d %d %d %d\n", n, keyB64(c[0]), keyB64(c[2]), keyB64(c[4]), keyB64(c[8]))
	n = copy(c, c[3:])
	fmt.Printf("copy B64 %d keys %d %d %d %d\n", n, keyB64(c[0]), keyB64(c[1]), keyB64(c[5]), keyB64(c[8]))
	// An append onto the slice's own elements, within its capacity.
	d := make([]B64, 6, 12)
	for i := range d {
		d[i] = mkB64(i)
	}
	d = append(d[:2], d[1:]...)
	fmt.Printf("insert B64 %d %d keys %d %d %d %d\n", len(d), cap(d), keyB64(d[1]), keyB64(d[2]), keyB64(d[3]), keyB64(d[6]))
	// A slice of what is left after the last element, then appended to.
	e := d[len(d):]
	e = append(e, mkB64(50))
	fmt.Printf("tail B64 %d %d %d\n", len(e), cap(e), keyB64(e[0]))
}

func probeI16() {
	var last int
	base := make([]I16, 6, 10)
	for i := range base {
		base[i] = mkI16(i)
	}
	// A re-slice in the middle of its array grows from the capacity it has left.
	t := base[2:5]
	last = cap(t)
	fmt.Printf("reslice I16 %d->%d\n", len(t), cap(t))
	for len(t) < 40 {
		t = append(t, mkI16(len(t)+2))
		if cap(t) != last {
			last = cap(t)
			fmt.Printf("reslice I16 %d->%d keys %d %d %d\n", len(t), cap(t), keyI16(t[0]), keyI16(t[2]), keyI16(t[len(t)-1]))
		}
	}
	// A full slice expression limits the capacity.
	f := base[1:3:4]
	last = cap(f)
	fmt.Printf("full I16 %d->%d\n", len(f), cap(f))
	for len(f) < 20 {
		f = append(f, mkI16(len(f)+1))
		if cap(f) != last {
			last = cap(f)
			fmt.Printf("full I16 %d->%d keys %d %d\n", len(f), cap(f), keyI16(f[0]), keyI16(f[len(f)-1]))
		}
	}
	fmt.Printf("base I16 %d %d %d\n", keyI16(base[1]), keyI16(base[3]), keyI16(base[4]))
	// append(s, t...) from nil, of a part, and of the slice onto itself.
	var m []I16
	m = append(m, base...)
	fmt.Printf("dots I16 %d %d\n", len(m), cap(m))
	m = append(m, base[:3]...)
	fmt.Printf("dots I16 %d %d\n", len(m), cap(m))
	m = append(m, m...)
	fmt.Printf("dots I16 %d %d keys %d %d %d\n", len(m), cap(m), keyI16(m[0]), keyI16(m[8]), keyI16(m[17]))
	// Copies that overlap, both ways.
	c := make([]I16, 9)
	for i := range c {
		c[i] = mkI16(i)
	}
	n := copy(c[2:], c)
	fmt.Printf("copy I16 %d keys %d %d %d %d\n", n, keyI16(c[0]), keyI16(c[2]), keyI16(c[4]), keyI16(c[8]))
	n = copy(c, c[3:])
	fmt.Printf("copy I16 %d keys %d %d %d %d\n", n, keyI16(c[0]), keyI16(c[1]), keyI16(c[5]), keyI16(c[8]))
	// An append onto the slice's own elements, within its capacity.
	d := make([]I16, 6, 12)
	for i := range d {
		d[i] = mkI16(i)
	}
	d = append(d[:2], d[1:]...)
	fmt.Printf("insert I16 %d %d keys %d %d %d %d\n", len(d), cap(d), keyI16(d[1]), keyI16(d[2]), keyI16(d[3]), keyI16(d[6]))
	// A slice of what is left after the last element, then appended to.
	e := d[len(d):]
	e = append(e, mkI16(50))
	fmt.Printf("tail I16 %d %d %d\n", len(e), cap(e), keyI16(e[0]))
}

func probeI32() {
	var last int
	base := make([]I32, 6, 10)
	for i := range base {
		base[i] = mkI32(i)
	}
	// A re-slice in the middle of its array grows from the capacity it has left.
	t := base[2:5]
	last = cap(t)
	fmt.Printf("reslice I32 %d->%d\n", len(t), cap(t))
	for len(t) < 40 {
		t = append(t, mkI32(len(t)+2))
		if cap(t) != last {
			last = cap(t)
			fmt.Printf("reslice I32 %d->%d keys %d %d %d\n", len(t), cap(t), keyI32(t[0]), keyI32(t[2]), keyI32(t[len(t)-1]))
		}
	}
	// A full slice expression limits the capacity.
	f := base[1:3:4]
	last = cap(f)
	fmt.Printf("full I32 %d->%d\n", len(f), cap(f))
	for len(f) < 20 {
		f = append(f, mkI32(len(f)+1))
		if cap(f) != last {
			last = cap(f)
			fmt.Printf("full I32 %d->%d keys %d %d\n", len(f), cap(f), keyI32(f[0]), keyI32(f[len(f)-1]))
		}
	}
	fmt.Printf("base I32 %d %d %d\n", keyI32(base[1]), keyI32(base[3]), keyI32(base[4]))
	// append(s, t...) from nil, of a part, and of the slice onto itself.
	var m []I32
	m = append(m, base...)
	fmt.Printf("dots I32 %d %d\n", len(m), cap(m))
	m = append(m, base[:3]...)
	fmt.Printf("dots I32 %d %d\n", len(m), cap(m))
	m = append(m, m...)
	fmt.Printf("dots I32 %d %d keys %d %d %d\n", len(m), cap(m), keyI32(m[0]), keyI32(m[8]), keyI32(m[17]))
	// Copies that overlap, both ways.
	c := make([]I32, 9)
	for i := range c {
		c[i] = mkI32(i)
	}
	n := copy(c[2:], c)
	fmt.Printf("copy I32 %d keys %d %d %d %d\n", n, keyI32(c[0]), keyI32(c[2]), keyI32(c[4]), keyI32(c[8]))
	n = copy(c, c[3:])
	fmt.Printf("copy I32 %d keys %d %d %d %d\n", n, keyI32(c[0]), keyI32(c[1]), keyI32(c[5]), keyI32(c[8]))
	// An append onto the slice's own elements, within its capacity.
	d := make([]I32, 6, 12)
	for i := range d {
		d[i] = mkI32(i)
	}
	d = append(d[:2], d[1:]...)
	fmt.Printf("insert I32 %d %d keys %d %d %d %d\n", len(d), cap(d), keyI32(d[1]), keyI32(d[2]), keyI32(d[3]), keyI32(d[6]))
	// A slice of what is left after the last element, then appended to.
	e := d[len(d):]
	e = append(e, mkI32(50))
	fmt.Printf("tail I32 %d %d %d\n", len(e), cap(e), keyI32(e[0]))
}

func probeF32() {
	var last int
	base := make([]F32, 6, 10)
	for i := range base {
		base[i] = mkF32(i)
	}
	// A re-slice in the middle of its array grows from the capacity it has left.
	t := base[2:5]
	last = cap(t)
	fmt.Printf("reslice F32 %d->%d\n", len(t), cap(t))
	for len(t) < 40 {
		t = append(t, mkF32(len(t)+2))
		if cap(t) != last {
			last = cap(t)
			fmt.Printf("reslice F32 %d->%d keys %d %d %d\n", len(t), cap(t), keyF32(t[0]), keyF32(t[2]), keyF32(t[len(t)-1]))
		}
	}
	// A full slice expression limits the capacity.
	f := base[1:3:4]
	last = cap(f)
	fmt.Printf("full F32 %d->%d\n", len(f), cap(f))
	for len(f) < 20 {
		f = append(f, mkF32(len(f)+1))
		if cap(f) != last {
			last = cap(f)
			fmt.Printf("full F32 %d->%d keys %d %d\n", len(f), cap(f), keyF32(f[0]), keyF32(f[len(f)-1]))
		}
	}
	fmt.Printf("base F32 %d %d %d\n", keyF32(base[1]), keyF32(base[3]), keyF32(base[4]))
	// append(s, t...) from nil, of a part, and of the slice onto itself.
	var m []F32
	m = append(m, base...)
	fmt.Printf("dots F32 %d %d\n", len(m), cap(m))
	m = append(m, base[:3]...)
	fmt.Printf("dots F32 %d %d\n", len(m), cap(m))
	m = append(m, m...)
	fmt.Printf("dots F32 %d %d keys %d %d %d\n", len(m), cap(m), keyF32(m[0]), keyF32(m[8]), keyF32(m[17]))
	// Copies that overlap, both ways.
	c := make([]F32, 9)
	for i := range c {
		c[i] = mkF32(i)
	}
	n := copy(c[2:], c)
	fmt.Printf("copy F32 %d keys %d %d %d %d\n", n, keyF32(c[0]), keyF32(c[2]), keyF32(c[4]), keyF32(c[8]))
	n = copy(c, c[3:])
	fmt.Printf("copy F32 %d keys %d %d %d %d\n", n, keyF32(c[0]), keyF32(c[1]), keyF32(c[5]), keyF32(c[8]))
	// An append onto the slice's own elements, within its capacity.
	d := make([]F32, 6, 12)
	for i := range d {
		d[i] = mkF32(i)
	}
	d = append(d[:2], d[1:]...)
	fmt.Printf("insert F32 %d %d keys %d %d %d %d\n", len(d), cap(d), keyF32(d[1]), keyF32(d[2]), keyF32(d[3]), keyF32(d[6]))
	// A slice of what is left after the last element, then appended to.
	e := d[len(d):]
	e = append(e, mkF32(50))
	fmt.Printf("tail F32 %d %d %d\n", len(e), cap(e), keyF32(e[0]))
}

func probeI64() {
	var last int
	base := make([]I64, 6, 10)
	for i := range base {
		base[i] = mkI64(i)
	}
	// A re-slice in the middle of its array grows from the capacity it has left.
	t := base[2:5]
	last = cap(t)
	fmt.Printf("reslice I64 %d->%d\n", len(t), cap(t))
	for len(t) < 40 {
		t = append(t, mkI64(len(t)+2))
		if cap(t) != last {
			last = cap(t)
			fmt.Printf("reslice I64 %d->%d keys %d %d %d\n", len(t), cap(t), keyI64(t[0]), keyI64(t[2]), keyI64(t[len(t)-1]))
		}
	}
	// A full slice expression limits the capacity.
	f := base[1:3:4]
	last = cap(f)
	fmt.Printf("full I64 %d->%d\n", len(f), cap(f))
	for len(f) < 20 {
		f = append(f, mkI64(len(f)+1))
		if cap(f) != last {
			last = cap(f)
			fmt.Printf("full I64 %d->%d keys %d %d\n", len(f), cap(f), keyI64(f[0]), keyI64(f[len(f)-1]))
		}
	}
	fmt.Printf("base I64 %d %d %d\n", keyI64(base[1]), keyI64(base[3]), keyI64(base[4]))
	// append(s, t...) from nil, of a part, and of the slice onto itself.
	var m []I64
	m = append(m, base...)
	fmt.Printf("dots I64 %d %d\n", len(m), cap(m))
	m = append(m, base[:3]...)
	fmt.Printf("dots I64 %d %d\n", len(m), cap(m))
	m = append(m, m...)
	fmt.Printf("dots I64 %d %d keys %d %d %d\n", len(m), cap(m), keyI64(m[0]), keyI64(m[8]), keyI64(m[17]))
	// Copies that overlap, both ways.
	c := make([]I64, 9)
	for i := range c {
		c[i] = mkI64(i)
	}
	n := copy(c[2:], c)
	fmt.Printf("copy I64 %d keys %d %d %d %d\n", n, keyI64(c[0]), keyI64(c[2]), keyI64(c[4]), keyI64(c[8]))
	n = copy(c, c[3:])
	fmt.Printf("copy I64 %d keys %d %d %d %d\n", n, keyI64(c[0]), keyI64(c[1]), keyI64(c[5]), keyI64(c[8]))
	// An append onto the slice's own elements, within its capacity.
	d := make([]I64, 6, 12)
	for i := range d {
		d[i] = mkI64(i)
	}
	d = append(d[:2], d[1:]...)
	fmt.Printf("insert I64 %d %d keys %d %d %d %d\n", len(d), cap(d), keyI64(d[1]), keyI64(d[2]), keyI64(d[3]), keyI64(d[6]))
	// A slice of what is left after the last element, then appended to.
	e := d[len(d):]
	e = append(e, mkI64(50))
	fmt.Printf("tail I64 %d %d %d\n", len(e), cap(e), keyI64(e[0]))
}

func probeT3() {
	var last int
	base := make([]T3, 6, 10)
	for i := range base {
		base[i] = mkT3(i)
	}
	// A re-slice in the middle of its array grows from the capacity it has left.
	t := base[2:5]
	last = cap(t)
	fmt.Printf("reslice T3 %d->%d\n", len(t), cap(t))
	for len(t) < 40 {
		t = append(t, mkT3(len(t)+2))
		if cap(t) != last {
			last = cap(t)
			fmt.Printf("reslice T3 %d->%d keys %d %d %d\n", len(t), cap(t), keyT3(t[0]), keyT3(t[2]), keyT3(t[len(t)-1]))
		}
	}
	// A full slice expression limits the capacity.
	f := base[1:3:4]
	last = cap(f)
	fmt.Printf("full T3 %d->%d\n", len(f), cap(f))
	for len(f) < 20 {
		f = append(f, mkT3(len(f)+1))
		if cap(f) != last {
			last = cap(f)
			fmt.Printf("full T3 %d->%d keys %d %d\n", len(f), cap(f), keyT3(f[0]), keyT3(f[len(f)-1]))
		}
	}
	fmt.Printf("base T3 %d %d %d\n", keyT3(base[1]), keyT3(base[3]), keyT3(base[4]))
	// append(s, t...) from nil, of a part, and of the slice onto itself.
	var m []T3
	m = append(m, base...)
	fmt.Printf("dots T3 %d %d\n", len(m), cap(m))
	m = append(m, base[:3]...)
	fmt.Printf("dots T3 %d %d\n", len(m), cap(m))
	m = append(m, m...)
	fmt.Printf("dots T3 %d %d keys %d %d %d\n", len(m), cap(m), keyT3(m[0]), keyT3(m[8]), keyT3(m[17]))
	// Copies that overlap, both ways.
	c := make([]T3, 9)
	for i := range c {
		c[i] = mkT3(i)
	}
	n := copy(c[2:], c)
	fmt.Printf("copy T3 %d keys %d %d %d %d\n", n, keyT3(c[0]), keyT3(c[2]), keyT3(c[4]), keyT3(c[8]))
	n = copy(c, c[3:])
	fmt.Printf("copy T3 %d keys %d %d %d %d\n", n, keyT3(c[0]), keyT3(c[1]), keyT3(c[5]), keyT3(c[8]))
	// An append onto the slice's own elements, within its capacity.
	d := make([]T3, 6, 12)
	for i := range d {
		d[i] = mkT3(i)
	}
	d = append(d[:2], d[1:]...)
	fmt.Printf("insert T3 %d %d keys %d %d %d %d\n", len(d), cap(d), keyT3(d[1]), keyT3(d[2]), keyT3(d[3]), keyT3(d[6]))
	// A slice of what is left after the last element, then appended to.
	e := d[len(d):]
	e = append(e, mkT3(50))
	fmt.Printf("tail T3 %d %d %d\n", len(e), cap(e), keyT3(e[0]))
}

func probeT6() {
	var last int
	base := make([]T6, 6, 10)
	for i := range base {
		base[i] = mkT6(i)
	}
	// A re-slice in the middle of its array grows from the capacity it has left.
	t := base[2:5]
	last = cap(t)
	fmt.Printf("reslice T6 %d->%d\n", len(t), cap(t))
	for len(t) < 40 {
		t = append(t, mkT6(len(t)+2))
		if cap(t) != last {
			last = cap(t)
			fmt.Printf("reslice T6 %d->%d keys %d %d %d\n", len(t), cap(t), keyT6(t[0]), keyT6(t[2]), keyT6(t[len(t)-1]))
		}
	}
	// A full slice expression limits the capacity.
	f := base[1:3:4]
	last = cap(f)
	fmt.Printf("full T6 %d->%d\n", len(f), cap(f))
	for len(f) < 20 {
		f = append(f, mkT6(len(f)+1))
		if cap(f) != last {
			last = cap(f)
			fmt.Printf("full T6 %d->%d keys %d %d\n", len(f), cap(f), keyT6(f[0]), keyT6(f[len(f)-1]))
		}
	}
	fmt.Printf("base T6 %d %d %d\n", keyT6(base[1]), keyT6(base[3]), keyT6(base[4]))
	// append(s, t...) from nil, of a part, and of the slice onto itself.
	var m []T6
	m = append(m, base...)
	fmt.Printf("dots T6 %d %d\n", len(m), cap(m))
	m = append(m, base[:3]...)
	fmt.Printf("dots T6 %d %d\n", len(m), cap(m))
	m = append(m, m...)
	fmt.Printf("dots T6 %d %d keys %d %d %d\n", len(m), cap(m), keyT6(m[0]), keyT6(m[8]), keyT6(m[17]))
	// Copies that overlap, both ways.
	c := make([]T6, 9)
	for i := range c {
		c[i] = mkT6(i)
	}
	n := copy(c[2:], c)
	fmt.Printf("copy T6 %d keys %d %d %d %d\n", n, keyT6(c[0]), keyT6(c[2]), keyT6(c[4]), keyT6(c[8]))
	n = copy(c, c[3:])
	fmt.Printf("copy T6 %d keys %d %d %d %d\n", n, keyT6(c[0]), keyT6(c[1]), keyT6(c[5]), keyT6(c[8]))
	// An append onto the slice's own elements, within its capacity.
	d := make([]T6, 6, 12)
	for i := range d {
		d[i] = mkT6(i)
	}
	d = append(d[:2], d[1:]...)
	fmt.Printf("insert T6 %d %d keys %d %d %d %d\n", len(d), cap(d), keyT6(d[1]), keyT6(d[2]), keyT6(d[3]), keyT6(d[6]))
	// A slice of what is left after the last element, then appended to.
	e := d[len(d):]
	e = append(e, mkT6(50))
	fmt.Printf("tail T6 %d %d %d\n", len(e), cap(e), keyT6(e[0]))
}

func probeT12() {
	var last int
	base := make([]T12, 6, 10)
	for i := range base {
		base[i] = mkT12(i)
	}
	// A re-slice in the middle of its array grows from the capacity it has left.
	t := base[2:5]
	last = cap(t)
	fmt.Printf("reslice T12 %d->%d\n", len(t), cap(t))
	for len(t) < 40 {
		t = append(t, mkT12(len(t)+2))
		if cap(t) != last {
			last = cap(t)
			fmt.Printf("reslice T12 %d->%d keys %d %d %d\n", len(t), cap(t), keyT12(t[0]), keyT12(t[2]), keyT12(t[len(t)-1]))
		}
	}
	// A full slice expression limits the capacity.
	f := base[1:3:4]
	last = cap(f)
	fmt.Printf("full T12 %d->%d\n", len(f), cap(f))
	for len(f) < 20 {
		f = append(f, mkT12(len(f)+1))
		if cap(f) != last {
			last = cap(f)
			fmt.Printf("full T12 %d->%d keys %d %d\n", len(f), cap(f), keyT12(f[0]), keyT12(f[len(f)-1]))
		}
	}
	fmt.Printf("base T12 %d %d %d\n", keyT12(base[1]), keyT12(base[3]), keyT12(base[4]))
	// append(s, t...) from nil, of a part, and of the slice onto itself.
	var m []T12
	m = append(m, base...)
	fmt.Printf("dots T12 %d %d\n", len(m), cap(m))
	m = append(m, base[:3]...)
	fmt.Printf("dots T12 %d %d\n", len(m), cap(m))
	m = append(m, m...)
	fmt.Printf("dots T12 %d %d keys %d %d %d\n", len(m), cap(m), keyT12(m[0]), keyT12(m[8]), keyT12(m[17]))
	// Copies that overlap, both ways.
	c := make([]T12, 9)
	for i := range c {
		c[i] = mkT12(i)
	}
	n := copy(c[2:], c)
	fmt.Printf("copy T12 %d keys %d %d %d %d\n", n, keyT12(c[0]), keyT12(c[2]), keyT12(c[4]), keyT12(c[8]))
	n = copy(c, c[3:])
	fmt.Printf("copy T12 %d keys %d %d %d %d\n", n, keyT12(c[0]), keyT12(c[1]), keyT12(c[5]), keyT12(c[8]))
	// An append onto the slice's own elements, within its capacity.
	d := make([]T12, 6, 12)
	for i := range d {
		d[i] = mkT12(i)
	}
	d = append(d[:2], d[1:]...)
	fmt.Printf("insert T12 %d %d keys %d %d %d %d\n", len(d), cap(d), keyT12(d[1]), keyT12(d[2]), keyT12(d[3]), keyT12(d[6]))
	// A slice of what is left after the last element, then appended to.
	e := d[len(d):]
	e = append(e, mkT12(50))
	fmt.Printf("tail T12 %d %d %d\n", len(e), cap(e), keyT12(e[0]))
}

func probeP16() {
	var last int
	base := make([]P16, 6, 10)
	for i := range base {
		base[i] = mkP16(i)
	}
	// A re-slice in the middle of its array grows from the capacity it has left.
	t := base[2:5]
	last = cap(t)
	fmt.Printf("reslice P16 %d->%d\n", len(t), cap(t))
	for len(t) < 40 {
		t = append(t, mkP16(len(t)+2))
		if cap(t) != last {
			last = cap(t)
			fmt.Printf("reslice P16 %d->%d keys %d %d %d\n", len(t), cap(t), keyP16(t[0]), keyP16(t[2]), keyP16(t[len(t)-1]))
		}
	}
	// A full slice expression limits the capacity.
	f := base[1:3:4]
	last = cap(f)
	fmt.Printf("full P16 %d->%d\n", len(f), cap(f))
	for len(f) < 20 {
		f = append(f, mkP16(len(f)+1))
		if cap(f) != last {
			last = cap(f)
			fmt.Printf("full P16 %d->%d keys %d %d\n", len(f), cap(f), keyP16(f[0]), keyP16(f[len(f)-1]))
		}
	}
	fmt.Printf("base P16 %d %d %d\n", keyP16(base[1]), keyP16(base[3]), keyP16(base[4]))
	// append(s, t...) from nil, of a part, and of the slice onto itself.
	var m []P16
	m = append(m, base...)
	fmt.Printf("dots P16 %d %d\n", len(m), cap(m))
	m = append(m, base[:3]...)
	fmt.Printf("dots P16 %d %d\n", len(m), cap(m))
	m = append(m, m...)
	fmt.Printf("dots P16 %d %d keys %d %d %d\n", len(m), cap(m), keyP16(m[0]), keyP16(m[8]), keyP16(m[17]))
	// Copies that overlap, both ways.
	c := make([]P16, 9)
	for i := range c {
		c[i] = mkP16(i)
	}
	n := copy(c[2:], c)
	fmt.Printf("copy P16 %d keys %d %d %d %d\n", n, keyP16(c[0]), keyP16(c[2]), keyP16(c[4]), keyP16(c[8]))
	n = copy(c, c[3:])
	fmt.Printf("copy P16 %d keys %d %d %d %d\n", n, keyP16(c[0]), keyP16(c[1]), keyP16(c[5]), keyP16(c[8]))
	// An append onto the slice's own elements, within its capacity.
	d := make([]P16, 6, 12)
	for i := range d {
		d[i] = mkP16(i)
	}
	d = append(d[:2], d[1:]...)
	fmt.Printf("insert P16 %d %d keys %d %d %d %d\n", len(d), cap(d), keyP16(d[1]), keyP16(d[2]), keyP16(d[3]), keyP16(d[6]))
	// A slice of what is left after the last element, then appended to.
	e := d[len(d):]
	e = append(e, mkP16(50))
	fmt.Printf("tail P16 %d %d %d\n", len(e), cap(e), keyP16(e[0]))
}

func probeP24() {
	var last int
	base := make([]P24, 6, 10)
	for i := range base {
		base[i] = mkP24(i)
	}
	// A re-slice in the middle of its array grows from the capacity it has left.
	t := base[2:5]
	last = cap(t)
	fmt.Printf("reslice P24 %d->%d\n", len(t), cap(t))
	for len(t) < 40 {
		t = append(t, mkP24(len(t)+2))
		if cap(t) != last {
			last = cap(t)
			fmt.Printf("reslice P24 %d->%d keys %d %d %d\n", len(t), cap(t), keyP24(t[0]), keyP24(t[2]), keyP24(t[len(t)-1]))
		}
	}
	// A full slice expression limits the capacity.
	f := base[1:3:4]
	last = cap(f)
	fmt.Printf("full P24 %d->%d\n", len(f), cap(f))
	for len(f) < 20 {
		f = append(f, mkP24(len(f)+1))
		if cap(f) != last {
			last = cap(f)
			fmt.Printf("full P24 %d->%d keys %d %d\n", len(f), cap(f), keyP24(f[0]), keyP24(f[len(f)-1]))
		}
	}
	fmt.Printf("base P24 %d %d %d\n", keyP24(base[1]), keyP24(base[3]), keyP24(base[4]))
	// append(s, t...) from nil, of a part, and of the slice onto itself.
	var m []P24
	m = append(m, base...)
	fmt.Printf("dots P24 %d %d\n", len(m), cap(m))
	m = append(m, base[:3]...)
	fmt.Printf("dots P24 %d %d\n", len(m), cap(m))
	m = append(m, m...)
	fmt.Printf("dots P24 %d %d keys %d %d %d\n", len(m), cap(m), keyP24(m[0]), keyP24(m[8]), keyP24(m[17]))
	// Copies that overlap, both ways.
	c := make([]P24, 9)
	for i := range c {
		c[i] = mkP24(i)
	}
	n := copy(c[2:], c)
	fmt.Printf("copy P24 %d keys %d %d %d %d\n", n, keyP24(c[0]), keyP24(c[2]), keyP24(c[4]), keyP24(c[8]))
	n = copy(c, c[3:])
	fmt.Printf("copy P24 %d keys %d %d %d %d\n", n, keyP24(c[0]), keyP24(c[1]), keyP24(c[5]), keyP24(c[8]))
	// An append onto the slice's own elements, within its capacity.
	d := make([]P24, 6, 12)
	for i := range d {
		d[i] = mkP24(i)
	}
	d = append(d[:2], d[1:]...)
	fmt.Printf("insert P24 %d %d keys %d %d %d %d\n", len(d), cap(d), keyP24(d[1]), keyP24(d[2]), keyP24(d[3]), keyP24(d[6]))
	// A slice of what is left after the last element, then appended to.
	e := d[len(d):]
	e = append(e, mkP24(50))
	fmt.Printf("tail P24 %d %d %d\n", len(e), cap(e), keyP24(e[0]))
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
	probeF32()
	probeI64()
	probeT3()
	probeT6()
	probeT12()
	probeP16()
	probeP24()
}
