package main

import "fmt"

func main() {
	var b []byte
	var i32 []int32
	var i64 []int64
	var s []string
	for n := 1; n <= 70; n++ {
		b = append(b, 'x')
		i32 = append(i32, int32(n))
		i64 = append(i64, int64(n))
		s = append(s, "x")
		if n == 1 || n == 5 || n == 9 || n == 17 || n == 33 || n == 65 || n == 70 {
			fmt.Printf("n=%2d byte=%3d int32=%3d int64=%3d string=%3d\n", n, cap(b), cap(i32), cap(i64), cap(s))
		}
	}
}
