package p

type A interface {
	Fn(A.Fn)
}

type B interface {
	M()
	Fn(B.M)
}

type C interface {
	Fn(x C.Fn) C.Fn
}

var _ A.Fn

func f() {
	_ = y + y
	_, _ = y, z
}

// ERRORS
// 4:7: A.Fn undefined (type A has no field or method Fn)
// 9:7: B.M undefined (type B has no field or method M)
// 13:9: C.Fn undefined (type C has no field or method Fn)
// 19:6: undefined: y
// 20:9: undefined: y
// 20:12: undefined: z
