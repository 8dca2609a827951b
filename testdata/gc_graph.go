package main

// A random graph mutated under heavy allocation: objects point to each other (cycles included),
// hold strings and interface values, and are reachable only through other objects. Any object
// freed while still reachable would be reused and change the checksums, which are gc's.

type obj struct {
	kids  [4]*obj
	val   int
	name  string
	boxed weigher
	mark  int
}

type weigher interface {
	weight() int
	link() *obj
}

type box struct {
	n   int
	ref *obj
}

func (b *box) weight() int { return b.n }
func (b *box) link() *obj  { return b.ref }

type num int

func (n num) weight() int { return int(n) }
func (n num) link() *obj  { return nil }

var slots [512]*obj
var seed uint32 = 12345
var epoch int

func rand(n int) int {
	seed = seed*1664525 + 1013904223
	return int(seed>>8) % n
}

func digits(n int) string {
	s := ""
	for {
		s = string(rune('0'+n%10)) + s
		n /= 10
		if n == 0 {
			return s
		}
	}
}

func newObj(v int) *obj {
	o := new(obj)
	o.val = v
	o.name = "o" + digits(v)
	for k := 0; k < 4; k++ {
		o.kids[k] = slots[rand(len(slots))]
	}
	if v%3 == 0 {
		b := new(box)
		b.n = v * 7
		b.ref = slots[rand(len(slots))]
		o.boxed = b
	} else {
		o.boxed = num(v)
	}
	return o
}

// stack of objects still to visit, in heap cells of its own.
type cell struct {
	o    *obj
	next *cell
}

// checksum walks everything reachable from the slots once.
func checksum() int {
	epoch++
	var todo *cell
	for i := 0; i < len(slots); i++ {
		c := new(cell)
		c.o = slots[i]
		c.next = todo
		todo = c
	}
	sum := 0
	count := 0
	for todo != nil {
		o := todo.o
		todo = todo.next
		if o == nil || o.mark == epoch {
			continue
		}
		o.mark = epoch
		count++
		sum += o.val*31 + len(o.name)
		sum += o.boxed.weight()
		if r := o.boxed.link(); r != nil {
			c := new(cell)
			c.o = r
			c.next = todo
			todo = c
		}
		for k := 0; k < 4; k++ {
			c := new(cell)
			c.o = o.kids[k]
			c.next = todo
			todo = c
		}
	}
	return sum%1000000007 + count
}

func main() {
	for i := 0; i < len(slots); i++ {
		slots[i] = newObj(i)
	}
	println("start", checksum())
	for round := 1; round <= 40; round++ {
		for i := 0; i < 2000; i++ {
			j := rand(len(slots))
			switch rand(10) {
			case 0:
				slots[j] = nil
			case 1, 2:
				if slots[j] != nil {
					slots[j].kids[rand(4)] = newObj(round*100000 + i)
				}
			default:
				slots[j] = newObj(round*100000 + i)
			}
			// garbage
			s := ""
			for k := 0; k < 5; k++ {
				s = s + "garbage"
			}
			_ = s
		}
		if round%5 == 0 {
			println(round, checksum())
		}
	}
}
