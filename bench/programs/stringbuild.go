package main

// String building and slice appends.

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	var b [20]byte
	i := len(b)
	for n > 0 {
		i--
		b[i] = byte('0' + n%10)
		n /= 10
	}
	return string(b[i:])
}

func main() {
	var buf []byte
	for i := 0; i < 200000; i++ {
		buf = append(buf, itoa(i)...)
		buf = append(buf, ',')
	}
	s := string(buf)
	parts := 0
	for i := 0; i < len(s); i++ {
		if s[i] == ',' {
			parts++
		}
	}
	var ints []int
	for i := 0; i < 1000000; i++ {
		ints = append(ints, i*3)
	}
	line := ""
	for i := 0; i < 2000; i++ {
		line += itoa(i % 10)
	}
	println(len(s), parts, len(ints), cap(ints) >= len(ints), len(line))
}
