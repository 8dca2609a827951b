package main

// Sieve of Eratosthenes on a global array, run several times.
const N = 2000000

var composite [N + 1]bool

func sieve() int {
	for i := range composite {
		composite[i] = false
	}
	count := 0
	for i := 2; i <= N; i++ {
		if composite[i] {
			continue
		}
		count++
		for j := i * i; j <= N; j += i {
			composite[j] = true
		}
	}
	return count
}

func main() {
	total := 0
	for r := 0; r < 40; r++ {
		total += sieve()
	}
	println("primes", total/40)
}
