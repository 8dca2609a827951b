package main

// Objects that stay reachable in every way a program can hold them (globals of several kinds, the
// stack, interior pointers, interfaces, arrays of pointers, strings, large objects) must survive
// many collections unchanged while much more garbage is made and freed around them.

type node struct {
	next *node
	val  int
}

type pair struct {
	name string
	left *node
	n    int
	rite *node
}

type shape interface {
	area() int
}

type rect struct {
	w, h int
	tag  *node
}

func (r rect) area() int { return r.w*r.h + r.tag.val }

type big struct {
	vals [6000]int // 48 KB: a large object
	link *node
}

var gNode *node
var gPair pair
var gArr [8]*node
var gShape shape
var gStr string
var gBig *big
var gInner *int
var gPtrs *[300]*node

// The churn's large objects pass through these, so they are heap garbage (not frame objects).
var sinkBig *big
var sinkPtrs *[300]*node

func list(n, seed int) *node {
	var h *node
	for i := 0; i < n; i++ {
		x := new(node)
		x.val = seed*1000 + i
		x.next = h
		h = x
	}
	return h
}

func sum(l *node) int {
	t := 0
	for ; l != nil; l = l.next {
		t += l.val
	}
	return t
}

// churn allocates about n*100 KB of garbage of several kinds, large objects included.
func churn(n int) int {
	t := 0
	for i := 0; i < n; i++ {
		l := list(1000, i)
		t += sum(l) % 7
		s := ""
		for j := 0; j < 20; j++ {
			s = s + "ab"
		}
		t += len(s)
		b := new(big)
		b.vals[5999] = i
		t += b.vals[5999] % 3
		p := new([300]*node)
		p[299] = l
		t += p[299].val % 5
		var r rect
		r.w = i
		r.h = 2
		r.tag = l
		var sh shape = r
		t += sh.area() % 11
		sinkBig, sinkPtrs = b, p
	}
	sinkBig, sinkPtrs = nil, nil
	return t
}

func check(label string, stack *node, stackStr string) {
	println(label, sum(gNode), gPair.name, sum(gPair.left), gPair.n, sum(gPair.rite),
		sum(gArr[0]), sum(gArr[7]), gShape.area(), gStr, gBig.vals[0], gBig.vals[5999], sum(gBig.link),
		*gInner, sum(gPtrs[0]), sum(gPtrs[150]), sum(gPtrs[299]), sum(stack), stackStr)
}

func main() {
	gNode = list(100, 1)
	gPair.name = "pa" + "ir" + gPair.name
	gPair.left = list(50, 2)
	gPair.n = 42
	gPair.rite = list(60, 3)
	gArr[0] = list(10, 4)
	gArr[7] = list(20, 5)
	var r rect
	r.w = 3
	r.h = 4
	r.tag = list(1, 6)
	gShape = r
	for i := 0; i < 10; i++ {
		gStr = gStr + "xy"
	}
	gBig = new(big)
	gBig.vals[0] = 17
	gBig.vals[5999] = 23
	gBig.link = list(30, 7)
	inner := new([50]int)
	inner[25] = 99
	gInner = &inner[25]
	inner = nil
	gPtrs = new([300]*node)
	gPtrs[0] = list(5, 8)
	gPtrs[150] = list(6, 9)
	gPtrs[299] = list(7, 10)

	stack := list(70, 11)
	stackStr := "st" + "ack"
	check("before", stack, stackStr)
	total := 0
	for round := 0; round < 10; round++ {
		total += churn(100)
		check("round", stack, stackStr)
	}
	println("total", total)
}
