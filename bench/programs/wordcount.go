package main

// A map-heavy word count over generated text.

func main() {
	words := []string{"alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta", "iota", "kappa"}
	counts := make(map[string]int)
	seed := uint32(1)
	for i := 0; i < 400000; i++ {
		seed = seed*1664525 + 1013904223
		w := words[seed%uint32(len(words))]
		if seed&0x100 != 0 {
			w = w + "s"
		}
		counts[w]++
	}
	byLen := make(map[int]int)
	for w, n := range counts {
		byLen[len(w)] += n
	}
	total := 0
	for _, w := range words {
		total += counts[w] + counts[w+"s"]
	}
	println(len(counts), total, byLen[5], byLen[6])
}
