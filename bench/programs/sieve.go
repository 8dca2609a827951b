package main

// Counts primes below n with trial division (no slices needed yet).
func isPrime(n int) bool {
	if n < 2 {
		return false
	}
	for d := 2; d*d <= n; d++ {
		if n%d == 0 {
			return false
		}
	}
	return true
}

func main() {
	count := 0
	for i := 0; i < 200000; i++ {
		if isPrime(i) {
			count++
		}
	}
	println("primes", count)
}
