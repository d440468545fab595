package main

import "fmt"

func main() {
	nums := []int{1, 2, 3}
	for i := 0; i < len(nums); i++ {
		total := total + nums[i]
	}
	var s string
	s = nums
	if len(nums) > 2 {
		fmt.Println("grande")
	} else if nums {
		fmt.Println("vacio")
	}
	fmt.Println(s, nums[1:2:4])
}
