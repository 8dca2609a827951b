// golden: hand-written (min, max and clear are Go 1.21; the gc 1.19 oracle lacks them. The output
// was checked with gc 1.19 on this program with generic min, max and clear functions declared.)
package main

import "fmt"

func nums() (int, int, int) { return 4, -3, 9 }

func floats() (float64, float64) { return 2.5, 0.5 }

func strs() (string, string) { return "pear", "apple" }

func clears() map[string]bool {
	set := map[string]bool{"a": true, "b": true}
	defer clear(set)
	set["c"] = true
	return set
}

func clearsSlice() []int {
	s := []int{1, 2, 3}
	defer clear(s[1:])
	s = []int{4, 5, 6}
	return s
}

func main() {
	fmt.Println(min(nums()), max(nums()))
	fmt.Println(min(floats()), max(floats()))
	fmt.Println(min(strs()), max(strs()))
	fmt.Println(len(clears()))
	fmt.Println(clearsSlice())
}
