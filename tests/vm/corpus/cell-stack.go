func stack() {
    x := 10  // Se asigna en el Stack
}

func heap() *int {
    p := new(int)  // Se asigna en el Heap porque se devuelve un puntero
    return p      //retorna el puntero
}
