p := new(int) // p es un puntero a un entero

fmt.Println(*p) //valor guardado en la direccion de memoria de a la que apunta p
fmt.Println(p) //direccion de memoria a la que apunta p
fmt.Println(&p)
