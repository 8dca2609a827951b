package reflect

// StringHeader is the run-time representation of a string (gc's layout, which gosharp shares).
// Data is a uintptr: a StringHeader does not keep the bytes alive.
type StringHeader struct {
	Data uintptr
	Len  int
}

// SliceHeader is the run-time representation of a slice. Data is a uintptr: a SliceHeader does not
// keep the array alive.
type SliceHeader struct {
	Data uintptr
	Len  int
	Cap  int
}
