package main

import "fmt"

func main() {
	materias := map[string][]string{}
	inscribir := func(alumno, materia string) {
		materias[materia] = append(materias[materia], alumno)
	}
	inscribir("Ana", "Algoritmos")
	inscribir("Beto", "Algoritmos")
	inscribir("Ana", "Sistemas")
	inscribir("Carla", "Redes")
	inscribir("Dario", "Sistemas")
	inscribir("Eva", "Algoritmos")

	fmt.Println(materias)
	fmt.Println(len(materias["Algoritmos"]), materias["Fisica"] == nil)
	materias["Redes"][0] = "CARLA"
	fmt.Println(materias["Redes"])
	delete(materias, "Sistemas")
	fmt.Println(materias, len(materias))
}
