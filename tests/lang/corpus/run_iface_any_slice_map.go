package main

import "fmt"

func main() {
	config := map[string]any{
		"nombre":   "memlab",
		"version":  3,
		"beta":     true,
		"ratio":    0.75,
		"idiomas":  []string{"es", "en"},
		"limites":  map[string]int{"gc": 100},
	}
	fmt.Println(config)
	if v, ok := config["version"].(int); ok {
		fmt.Println("version+1 =", v+1)
	}
	if _, ok := config["version"].(float64); !ok {
		fmt.Println("version no es float64")
	}
	idiomas := config["idiomas"].([]string)
	idiomas = append(idiomas, "pt")
	fmt.Println(idiomas, config["idiomas"])
	config["limites"].(map[string]int)["gc"] = 50
	fmt.Println(config["limites"])
	total := 0
	for _, v := range config {
		if _, ok := v.(string); ok {
			total++
		}
	}
	fmt.Println("strings:", total)
}
