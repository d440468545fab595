package main

import "fmt"

func describir(v any) string {
	switch x := v.(type) {
	case nil:
		return "nada"
	case int:
		return fmt.Sprintf("entero %d", x)
	case float64:
		return fmt.Sprintf("real %.2f", x)
	case string:
		return fmt.Sprintf("texto %q de %d bytes", x, len(x))
	case bool:
		if x {
			return "verdadero"
		}
		return "falso"
	case []int:
		return fmt.Sprintf("slice de %d enteros", len(x))
	case error:
		return "error: " + x.Error()
	default:
		return fmt.Sprintf("otro tipo %T", x)
	}
}

func main() {
	valores := []any{42, 3.14159, "hola", true, nil, []int{1, 2}, fmt.Errorf("fallo"), 'x', map[string]int{}}
	for _, v := range valores {
		fmt.Println(describir(v))
	}
	fmt.Println(valores...)
	fmt.Printf("%v\n", valores)
}
