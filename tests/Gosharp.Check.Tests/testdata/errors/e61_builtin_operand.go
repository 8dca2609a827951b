package main

// A built-in function is not selected on, indexed or indirected (types2's messages for each).

func main() {
	len.Println()
	_ = cap.X
	_ = len[0]
	_ = *len
	_ = len
}

// ERRORS
// 6:5: cannot select on len (built-in)
// 7:9: cannot select on cap (built-in)
// 8:9: invalid operation: cannot index len (built-in)
// 9:7: invalid operation: cannot indirect len (built-in)
// 10:6: len (built-in) must be called
