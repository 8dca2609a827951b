// golden: hand-written (min and max are Go 1.21; the gc 1.19 oracle lacks them)
package main

import (
	"fmt"
	"math"
)

type Ordered interface {
	~int | ~int8 | ~uint | ~float32 | ~float64 | ~string
}

// min and max on type parameters: each instance compares as its type argument does.
func Clamp[T Ordered](v, lo, hi T) T { return max(lo, min(v, hi)) }

func MinOf[T Ordered](a T, rest ...T) T {
	m := a
	for _, v := range rest {
		m = min(m, v)
	}
	return m
}

func MaxOf[T Ordered](a T, rest ...T) T {
	m := a
	for _, v := range rest {
		m = max(v, m)
	}
	return m
}

type Celsius float64
type Name string

func main() {
	println(Clamp(15, 0, 10), Clamp(-5, 0, 10), Clamp[int8](-128, -1, 1), Clamp[uint](3, 5, 9))
	println(Clamp("m", "a", "k"), Clamp[Name]("b", "a", "k"))
	fmt.Println(Clamp(-2.5, -1, 1), Clamp[Celsius](0.5, -1, 1), Clamp[float32](7, 1.5, 2.5))
	println(MinOf(3, 1, 2), MaxOf(3, 1, 2), MinOf("b", "a", "c"), MaxOf("b", "a", "c"))
	nan := math.NaN()
	fmt.Println(MinOf(1.0, nan, 3), MaxOf(nan, 2.0), MinOf(1.0, 2, nan), MaxOf[float32](1, float32(nan)))
	negZero := math.Copysign(0, -1)
	fmt.Println(math.Signbit(MinOf(0.0, negZero)), math.Signbit(MinOf(negZero, 0.0)))
	fmt.Println(math.Signbit(MaxOf(0.0, negZero)), math.Signbit(MaxOf(negZero, 0.0)))
	fmt.Println(MinOf(math.Inf(1), 5, math.Inf(-1)), MaxOf(math.Inf(-1), -5))
	x, y := 4, 9
	println(min(x, y, 7), max(x, y, 7), min(x), max("a", "b"))
}
