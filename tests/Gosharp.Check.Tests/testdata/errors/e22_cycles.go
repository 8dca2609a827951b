package main

type T1 struct{ t T1 }
type T2 [2]T2
type T3 struct{ p *T3 }
type T4 interface{ T4 }
type T5 = T5
type T6 struct{ f func(T6) T6 }
type T7 struct{ a [1]T8 }
type T8 struct{ b T7 }

var v1 = v1
var v2, v3 = f(), v2

func f() int { return v3 }

const c1 = c2 + 1
const c2 = c1

func main() {}

// ERRORS
// 3:6: invalid recursive type T1
// 	e22_cycles.go:3:6: T1 refers to
// 	e22_cycles.go:3:6: T1
// 4:6: invalid recursive type T2
// 	e22_cycles.go:4:6: T2 refers to
// 	e22_cycles.go:4:6: T2
// 6:6: invalid recursive type T4
// 	e22_cycles.go:6:6: T4 refers to
// 	e22_cycles.go:6:6: T4
// 7:6: invalid recursive type T5
// 	e22_cycles.go:7:6: T5 refers to
// 	e22_cycles.go:7:6: T5
// 9:6: invalid recursive type T7
// 	e22_cycles.go:9:6: T7 refers to
// 	e22_cycles.go:10:6: T8 refers to
// 	e22_cycles.go:9:6: T7
// 12:5: initialization loop for v1
// 	e22_cycles.go:12:5: v1 refers to
// 	e22_cycles.go:12:5: v1
// 13:5: initialization loop for v2
// 	e22_cycles.go:13:5: v2 refers to
// 	e22_cycles.go:15:6: f refers to
// 	e22_cycles.go:13:9: v3 refers to
// 	e22_cycles.go:13:5: v2
// 17:7: initialization loop for c1
// 	e22_cycles.go:17:7: c1 refers to
// 	e22_cycles.go:18:7: c2 refers to
// 	e22_cycles.go:17:7: c1
