package main

func main() {
L1:
	for i := 0; i < 2; i++ {
		break L2
	}
L2:
	if true {
		break L2
	}
L3:
	switch {
	case true:
		continue L3
	}
	goto L4
	x := 1
	_ = x
L4:
L1:
	for {
		select {
		default:
			break L1
		}
	}
	func() {
		goto L1
	}()
	switch x := 1; x {
	case 1:
		fallthrough
	case 2:
		if true {
			fallthrough
		}
	case 3:
	}
	var e interface{}
	switch e.(type) {
	case int:
		fallthrough
	case string:
	}
L5:
	goto L5
}

// ERRORS
// 6:9: break label not defined: L2
// 10:9: invalid break label L2
// 15:12: invalid continue label L3
// 17:7: goto L4 jumps over declaration of x at e14_labels.go:18:4
// 21:1: label L1 already defined at e14_labels.go:4:1
// 25:10: invalid break label L1
// 29:8: label L1 not defined
// 36:4: fallthrough statement out of place
// 43:3: cannot fallthrough in type switch
