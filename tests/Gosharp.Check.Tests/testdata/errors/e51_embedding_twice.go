package main

// Each interface embeds the one before twice: the type set of T40 must be computed once per level
// (reusing the embedded interfaces' sets), not 2^40 times.
type (
	T0 interface{ m() }
	T1 interface {
		T0
		T0
	}
	T2 interface {
		T1
		T1
	}
	T3 interface {
		T2
		T2
	}
	T4 interface {
		T3
		T3
	}
	T5 interface {
		T4
		T4
	}
	T6 interface {
		T5
		T5
	}
	T7 interface {
		T6
		T6
	}
	T8 interface {
		T7
		T7
	}
	T9 interface {
		T8
		T8
	}
	T10 interface {
		T9
		T9
	}
	T11 interface {
		T10
		T10
	}
	T12 interface {
		T11
		T11
	}
	T13 interface {
		T12
		T12
	}
	T14 interface {
		T13
		T13
	}
	T15 interface {
		T14
		T14
	}
	T16 interface {
		T15
		T15
	}
	T17 interface {
		T16
		T16
	}
	T18 interface {
		T17
		T17
	}
	T19 interface {
		T18
		T18
	}
	T20 interface {
		T19
		T19
	}
	T21 interface {
		T20
		T20
	}
	T22 interface {
		T21
		T21
	}
	T23 interface {
		T22
		T22
	}
	T24 interface {
		T23
		T23
	}
	T25 interface {
		T24
		T24
	}
	T26 interface {
		T25
		T25
	}
	T27 interface {
		T26
		T26
	}
	T28 interface {
		T27
		T27
	}
	T29 interface {
		T28
		T28
	}
	T30 interface {
		T29
		T29
	}
	T31 interface {
		T30
		T30
	}
	T32 interface {
		T31
		T31
	}
	T33 interface {
		T32
		T32
	}
	T34 interface {
		T33
		T33
	}
	T35 interface {
		T34
		T34
	}
	T36 interface {
		T35
		T35
	}
	T37 interface {
		T36
		T36
	}
	T38 interface {
		T37
		T37
	}
	T39 interface {
		T38
		T38
	}
	T40 interface {
		T39
		T39
	}
)

type U interface {
	T40
	m() int
}

func main() {
	var x T40
	_ = x.m
	_ = x.n
	var u U
	_ = u
}

// ERRORS
// 170:2: duplicate method m
// 	e51_embedding_twice.go:171:2: other declaration of m
// 177:8: x.n undefined (type T40 has no field or method n)
