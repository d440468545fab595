package main

import "fmt"

type Logger struct {
	prefijo string
	lineas  []string
}

func (l *Logger) Log(msg string) {
	l.lineas = append(l.lineas, l.prefijo+msg)
}

type Servicio struct {
	*Logger
	nombre string
}

type Registrador interface {
	Log(msg string)
}

func procesar(r Registrador, items []string) {
	for _, it := range items {
		r.Log("procesando " + it)
	}
}

func main() {
	log := &Logger{prefijo: "[srv] "}
	s := Servicio{log, "pagos"}
	procesar(s, []string{"a", "b"})
	procesar(&s, []string{"c"})
	s.Log("fin")
	for _, l := range log.lineas {
		fmt.Println(l)
	}
	fmt.Println(len(s.lineas), s.prefijo)
}
