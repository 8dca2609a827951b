package main

// make's run-time errors are runtime errors: recover gets them; unrecovered, they end the program
// with gc's message.

func capacity(n int) int { return n - 10 }

func try(n int) (msg string) {
	defer func() {
		if r := recover(); r != nil {
			msg = r.(error).Error()
		}
	}()
	s := make([]int, n)
	return "made " + string(rune('0'+len(s)))
}

func main() {
	println(try(3))
	println(try(-1))
	s := make([]byte, 20)
	println(len(s), cap(s))
	t := make([]byte, 5, capacity(13))
	println(len(t))
}
