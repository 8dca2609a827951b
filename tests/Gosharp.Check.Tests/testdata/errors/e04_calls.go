package main

func f(a int, b string) {}
func g(a int, b ...string) int { return 0 }
func h() (int, int) { return 1, 2 }

type T struct{}

func (t *T) M() {}

func main() {
	f(1)
	f(1, "a", 3)
	f("a", 1)
	g(1, "a", 2)
	g()
	g(1, []string{"a"}...)
	f(1, []string{"a"}...)
	f(h())
	var x int
	x()
	T{}.M()
	len(1)
	cap(map[int]int{})
	len("a", "b")
	make(int)
	make([]int)
	make([]int, -1)
	make([]int, 3, 2)
	new(1)
	append(1, 2)
	_ = append([]int{}, "a")
	copy(1, 2)
	delete(map[int]int{}, "a")
	close(1)
	var rc <-chan int
	close(rc)
	_ = complex(1, "a")
	_ = real("a")
	panic()
	print(nil)
	int(1, 2)
	string()
}

// ERRORS
// 12:4: not enough arguments in call to f
// 	have (number)
// 	want (int, string)
// 13:12: too many arguments in call to f
// 	have (number, string, number)
// 	want (int, string)
// 14:4: cannot use "a" (untyped string constant) as int value in argument to f
// 14:9: cannot use 1 (untyped int constant) as string value in argument to f
// 15:12: cannot use 2 (untyped int constant) as string value in argument to g
// 16:2: not enough arguments in call to g
// 	have ()
// 	want (int, ...string)
// 18:2: cannot use ... in call to non-variadic f
// 19:4: cannot use h() (value of type int) as type string in argument to f
// 21:2: invalid operation: cannot call non-function x (variable of type int)
// 22:6: cannot call pointer method M on T
// 23:6: invalid argument: 1 (untyped int constant) for len
// 24:6: invalid argument: map[int]int{} (value of type map[int]int) for cap
// 25:2: invalid operation: too many arguments for len("a", "b") (expected 1, found 2)
// 26:7: invalid argument: cannot make int; type must be slice, map, or channel
// 27:2: invalid operation: make([]int) expects 2 or 3 arguments; found 1
// 28:2: make([]int, -1) (value of type []int) is not used
// 28:14: invalid argument: index -1 (constant of type int) must not be negative
// 29:2: make([]int, 3, 2) (value of type []int) is not used
// 29:14: invalid argument: length and capacity swapped
// 30:6: 1 is not a type
// 31:9: first argument to append must be a slice; have 1 (untyped int constant)
// 32:22: cannot use "a" (untyped string constant) as int value in argument to append
// 33:7: invalid argument: copy expects slice arguments; found 1 (untyped int constant) and 2 (untyped int constant)
// 34:24: cannot use "a" (untyped string constant) as int value in argument to delete
// 35:8: invalid operation: cannot close non-channel 1 (untyped int constant)
// 37:8: invalid operation: cannot close receive-only channel rc (variable of type <-chan int)
// 38:14: invalid operation: complex(1, "a") (mismatched types untyped float and untyped string)
// 39:11: invalid argument: argument has type untyped string, expected complex type
// 40:2: invalid operation: not enough arguments for panic() (expected 1, found 0)
// 41:8: use of untyped nil in argument to print
// 42:9: too many arguments in conversion to int
// 43:2: missing argument in conversion to string
