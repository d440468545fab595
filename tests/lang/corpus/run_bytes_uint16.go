package main

import "fmt"

func main() {
	ids := make([]uint16, 0, 3)
	for i := 0; i < 35; i++ {
		antes := cap(ids)
		ids = append(ids, uint16(60000+i*100))
		if cap(ids) != antes {
			fmt.Printf("crece en len %d: %d -> %d\n", len(ids), antes, cap(ids))
		}
	}
	fmt.Println(ids[30:])
	var total uint16
	for _, id := range ids {
		total += id
	}
	fmt.Println("suma con desborde:", total)
	fmt.Println(ids[0]+ids[1], uint32(ids[0])+uint32(ids[1]))
}
