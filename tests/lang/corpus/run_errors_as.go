package main

import (
	"errors"
	"fmt"
)

type ErrorHTTP struct {
	Codigo int
	Ruta   string
}

func (e *ErrorHTTP) Error() string {
	return fmt.Sprintf("http %d en %s", e.Codigo, e.Ruta)
}

func pedir(ruta string) error {
	switch ruta {
	case "/":
		return nil
	case "/admin":
		return &ErrorHTTP{403, ruta}
	}
	return fmt.Errorf("pedir: %w", &ErrorHTTP{404, ruta})
}

func main() {
	for _, r := range []string{"/", "/admin", "/nada"} {
		err := pedir(r)
		var eh *ErrorHTTP
		if errors.As(err, &eh) {
			fmt.Println(r, "->", eh.Codigo, "|", err)
		} else {
			fmt.Println(r, "-> ok", err)
		}
	}
	otro := errors.New("algo")
	var eh *ErrorHTTP
	fmt.Println(errors.As(otro, &eh), eh == nil)
}
