package main

// Deep but finite recursion: the stack grows far beyond 1 MB and the program finishes.

func sum(n int) int {
	if n == 0 {
		return 0
	}
	return n + sum(n-1)
}

type tree struct{ left, right *tree }

func build(d int) *tree {
	if d == 0 {
		return nil
	}
	return &tree{left: build(d - 1)}
}

func depth(t *tree) int {
	if t == nil {
		return 0
	}
	return 1 + depth(t.left)
}

func main() {
	println(sum(1000000))
	println(depth(build(200000)))
	var buf [1 << 16]byte
	buf[len(buf)-1] = 7
	println(big(buf, 100))
}

func big(b [1 << 16]byte, n int) int {
	if n == 0 {
		return int(b[len(b)-1])
	}
	return big(b, n-1) + 1
}
