x := 1
y := x + "a"
fmt.Println(z)
