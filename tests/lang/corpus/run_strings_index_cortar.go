package main

import (
	"fmt"
	"strings"
)

func parsearLinea(l string) (clave, valor string, ok bool) {
	i := strings.Index(l, "=")
	if i < 0 {
		return "", "", false
	}
	return strings.TrimSpace(l[:i]), strings.TrimSpace(l[i+1:]), true
}

func main() {
	config := "gogc = 100\nmemlimit=512MiB\n# comentario\ninvalida\n procs = 4 "
	valores := map[string]string{}
	for _, l := range strings.Split(config, "\n") {
		if strings.HasPrefix(l, "#") {
			continue
		}
		k, v, ok := parsearLinea(l)
		if !ok {
			fmt.Printf("linea ignorada: %q\n", l)
			continue
		}
		valores[k] = v
	}
	fmt.Println(valores, len(valores))
	antes, despues, hallado := strings.Cut("usuario@dominio.com", "@")
	fmt.Println(antes, despues, hallado)
	_, _, hallado = strings.Cut("sin arroba", "@")
	fmt.Println(hallado)
}
