package main

func f() int {
	for {
		break
	}
}

func g(x int) int {
	if x > 0 {
		return 1
	}
}

func h(x int) int {
	switch x {
	case 1:
		return 1
	}
}

func k() (int, string) {
	return 1
}

func l() {
	return 1
}

func m() (x int) {
	{
		x := 2
		_ = x
		return
	}
}

func main() {
	break
	continue
L:
	for {
		continue L
	}
	goto M
	var y = 1
	_ = y
M:
	goto N
	{
	N:
	}
	switch {
	case true:
		fallthrough
	}
	if 1 {
	}
	for i := 0; i; i++ {
	}
	var c chan int
	go int(1)
	defer len("a")
	c <- "s"
	select {
	case 1:
	}
	switch 1 {
	case 1, 1:
	case "a":
	}
	x := 1
	switch x.(type) {
	}
	var e interface{}
	switch e.(type) {
	case int, int:
	}
	O:
	_ = 1
}

// ERRORS
// 7:1: missing return
// 13:1: missing return
// 20:1: missing return
// 23:9: not enough return values
// 	have (number)
// 	want (int, string)
// 27:9: too many return values
// 	have (number)
// 	want ()
// 34:3: result parameter x not in scope at return
// 	e06_stmts.go:32:3: inner declaration of var x int
// 39:2: break is not in a loop, switch, or select
// 40:2: continue is not in a loop
// 45:7: goto M jumps over declaration of y at e06_stmts.go:46:6
// 49:7: goto N jumps into block starting at e06_stmts.go:50:2
// 55:3: cannot fallthrough final case in switch
// 57:5: non-boolean condition in if statement
// 59:14: non-boolean condition in for statement
// 62:5: go requires function call, not conversion int(1) (constant 1 of type int)
// 63:8: defer discards result of len("a") (constant 1 of type int)
// 64:7: cannot use "s" (untyped string constant) as int value in send
// 66:7: select case must be send or receive (possibly with assignment)
// 69:10: duplicate case 1 (constant of type int) in expression switch
// 	e06_stmts.go:69:7: previous case
// 70:7: cannot convert "a" (untyped string constant) to int
// 73:9: x (variable of type int) is not an interface
// 77:12: duplicate case int in type switch
// 	e06_stmts.go:77:7: previous case
// 79:2: label O defined and not used
