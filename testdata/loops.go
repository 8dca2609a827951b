package main

func classify(n int) string {
	switch {
	case n < 0:
		return "negative"
	case n == 0:
		return "zero"
	case n%2 == 0:
		return "even"
	default:
		return "odd"
	}
}

func weekday(d int) string {
	switch d {
	case 0, 6:
		return "weekend"
	case 3:
		fallthrough
	case 1, 2, 4:
		return "midweek"
	}
	return "friday"
}

func main() {
	sum := 0
	for i := 1; i <= 100; i++ {
		if i%3 == 0 {
			continue
		}
		if i > 50 {
			break
		}
		sum += i
	}
	println("sum", sum)

	n := 0
	for n < 10 {
		n += 3
	}
	println("n", n)

	count := 0
outer:
	for i := 0; i < 10; i++ {
		for j := 0; j < 10; j++ {
			if j > i {
				continue outer
			}
			if i*j > 20 {
				break outer
			}
			count++
		}
	}
	println("count", count)

	for i := -2; i <= 3; i++ {
		println(i, classify(i))
	}
	for d := 0; d < 7; d++ {
		println(d, weekday(d))
	}
	k := 0
loop:
	if k < 5 {
		k++
		goto loop
	}
	println("k", k)
}
