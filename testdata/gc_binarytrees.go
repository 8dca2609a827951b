package main

// The binary-trees benchmark at a modest depth: many short-lived trees checked while one
// long-lived tree stays reachable from the stack.

type tree struct {
	left, right *tree
}

func bottomUp(depth int) *tree {
	t := new(tree)
	if depth > 0 {
		t.left = bottomUp(depth - 1)
		t.right = bottomUp(depth - 1)
	}
	return t
}

func (t *tree) check() int {
	if t.left == nil {
		return 1
	}
	return 1 + t.left.check() + t.right.check()
}

func main() {
	const minDepth = 4
	const maxDepth = 14

	stretch := bottomUp(maxDepth + 1)
	println("stretch tree of depth", maxDepth+1, "\t check:", stretch.check())
	stretch = nil

	longLived := bottomUp(maxDepth)

	for depth := minDepth; depth <= maxDepth; depth += 2 {
		iterations := 1 << uint(maxDepth-depth+minDepth)
		check := 0
		for i := 0; i < iterations; i++ {
			check += bottomUp(depth).check()
		}
		println(iterations, "\t trees of depth", depth, "\t check:", check)
	}
	println("long lived tree of depth", maxDepth, "\t check:", longLived.check())
}
