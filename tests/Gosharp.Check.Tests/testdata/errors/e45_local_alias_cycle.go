package p

type U = U

func _() {
	type T = T
	type V = *V
	type W = []X
	type X = W
	type L struct{ next *L }
	var _ L
}

// ERRORS
// 3:6: invalid recursive type U
// 	e45_local_alias_cycle.go:3:6: U refers to
// 	e45_local_alias_cycle.go:3:6: U
// 6:7: invalid recursive type T
// 	e45_local_alias_cycle.go:6:7: T refers to
// 	e45_local_alias_cycle.go:6:7: T
// 7:7: invalid recursive type V
// 	e45_local_alias_cycle.go:7:7: V refers to
// 	e45_local_alias_cycle.go:7:7: V
// 8:13: undefined: X
