// golden: hand-written. Go 1.22 gives each loop iteration its own variables; gc 1.19 (the oracle
// installed here) predates that and would print "9 9 9", so this file's .out follows the spec.
package main

func main() {
	var fs []func() int
	for i := 0; i < 3; i++ {
		fs = append(fs, func() int { return i * i })
	}
	for _, f := range fs {
		print(f(), " ")
	}
	println()

	var gs []func() string
	for _, s := range []string{"a", "b", "c"} {
		gs = append(gs, func() string { return s })
	}
	for _, g := range gs {
		print(g())
	}
	println()

	// The post statement sees the iteration's value, and changes made in the body carry over.
	var hs []func() int
	for i := 0; i < 6; i++ {
		hs = append(hs, func() int { return i })
		i++
	}
	for _, h := range hs {
		print(h(), " ")
	}
	println()
}
