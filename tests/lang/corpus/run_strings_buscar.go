package main

import (
	"fmt"
	"strings"
)

func main() {
	texto := "El garbage collector de Go es concurrente; el GC usa mark-sweep"
	fmt.Println(strings.Contains(texto, "Go"), strings.Contains(texto, "Java"))
	fmt.Println(strings.Index(texto, "el"), strings.LastIndex(texto, "el"))
	fmt.Println(strings.Index(texto, "xyz"), strings.IndexByte(texto, ';'))
	fmt.Println(strings.HasPrefix(texto, "El "), strings.HasSuffix(texto, "sweep"))
	fmt.Println(strings.Count(texto, "e"), strings.Count("cheese", "e"), strings.Count("abc", ""))
	fmt.Println(strings.ContainsRune(texto, 'G'), strings.ContainsAny(texto, "xyz;"))
	fmt.Println(strings.IndexRune("año", 'o'), strings.IndexAny("memoria", "aeiou"))
	i := strings.Index(texto, ";")
	fmt.Printf("%q | %q\n", texto[:i], strings.TrimSpace(texto[i+1:]))
	fmt.Println(strings.EqualFold("GoLang", "golang"))
}
