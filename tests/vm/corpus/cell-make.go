s := make([]int, 5) // Slice con capacidad y longitud 5
