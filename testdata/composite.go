package main

type Point struct{ X, Y int }

type Line struct {
	A, B  Point
	Label string
}

type Node struct {
	Val  int
	Next *Node
}

func list(vals [4]int) *Node {
	var head *Node
	for i := len(vals) - 1; i >= 0; i-- {
		head = &Node{Val: vals[i], Next: head}
	}
	return head
}

func sum(s []int) int {
	t := 0
	for i := 0; i < len(s); i++ {
		t += s[i]
	}
	return t
}

func main() {
	p := Point{1, 2}
	q := Point{Y: 5}
	l := Line{A: p, B: Point{3, 4}, Label: "diag"}
	println(p.X, p.Y, q.X, q.Y, l.A.Y, l.B.X, l.Label)
	arr := [5]int{1, 2, 3}
	idx := [...]string{2: "two", 0: "zero"}
	println(arr[2], arr[4], len(idx), idx[0], idx[1] == "", idx[2])
	s := []int{10, 20, 30, 40}
	println(sum(s), len(s), cap(s))
	pts := []Point{{1, 1}, {2, 2}, {X: 3}}
	println(len(pts), pts[2].X, pts[1].Y)
	pp := []*Point{{7, 8}, &Point{9, 10}}
	println(pp[0].Y, pp[1].X)
	n := list([4]int{4, 3, 2, 1})
	for n != nil {
		print(n.Val, " ")
		n = n.Next
	}
	println()
	grid := [2][3]int{{1, 2, 3}, {4, 5, 6}}
	println(grid[1][2], grid[0][1])
	empty := []string{}
	println(len(empty), cap(empty))
	np := &Point{}
	np.X = 42
	println(np.X, np.Y)
}
