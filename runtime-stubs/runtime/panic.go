package runtime

// Run-time errors the compiler's checks report. Until gosharp has recoverable panics and
// tracebacks, they print gc's first lines and exit with status 2, as an unrecovered panic does.

// runtimeErrorStart and runtimeErrorEnd frame a run-time error's message; the end exits with
// status 2 after the line that starts gc's traceback.
func runtimeErrorStart() {
	printlock()
	printstring("panic: runtime error: ")
}

func runtimeErrorEnd() {
	printstring("\n\ngoroutine 1 [running]:\n")
	traceback()
	printunlock()
	exit(2)
}

func panicdivide() {
	runtimeErrorStart()
	printstring("integer divide by zero")
	runtimeErrorEnd()
}

func panicshift() {
	runtimeErrorStart()
	printstring("negative shift amount")
	runtimeErrorEnd()
}

// boundsError prints gc's bounds-check messages: BEFORE x AFTER y (y omitted when x is negative,
// as gc does: "index out of range [-1]").
func boundsError(before string, x int, after string, y int) {
	runtimeErrorStart()
	printstring(before)
	printint(int64(x))
	if x < 0 {
		printstring("]")
	} else {
		printstring(after)
		printint(int64(y))
	}
	runtimeErrorEnd()
}

// boundsError2 prints "slice bounds out of range [x:y]"-style messages with both values.
func boundsError2(before string, x int, mid string, y int, after string) {
	runtimeErrorStart()
	printstring(before)
	printint(int64(x))
	printstring(mid)
	printint(int64(y))
	printstring(after)
	runtimeErrorEnd()
}

func panicIndex(x int, y int)       { boundsError("index out of range [", x, "] with length ", y) }
func panicSliceAlen(x int, y int)   { boundsError("slice bounds out of range [:", x, "] with length ", y) }
func panicSliceAcap(x int, y int)   { boundsError("slice bounds out of range [:", x, "] with capacity ", y) }
func panicSliceB(x int, y int)      { boundsError2("slice bounds out of range [", x, ":", y, "]") }
func panicSlice3Alen(x int, y int)  { boundsError("slice bounds out of range [::", x, "] with length ", y) }
func panicSlice3Acap(x int, y int)  { boundsError("slice bounds out of range [::", x, "] with capacity ", y) }
func panicSlice3B(x int, y int)     { boundsError2("slice bounds out of range [:", x, ":", y, "]") }
func panicSlice3C(x int, y int)     { boundsError2("slice bounds out of range [", x, ":", y, ":]") }
