package main

type Shape interface{ Area() int }
type Named interface{ Name() string }

type Sq struct{ s int }

func (q Sq) Area() int     { return q.s * q.s }
func (q Sq) Name() string  { return "square" }

type Pt struct{ x, y int }

func describe(v interface{}) string {
	switch x := v.(type) {
	case nil:
		return "nil"
	case int:
		return "int " + itoa(x)
	case string:
		return "string " + x
	case bool, float64:
		return "bool or float"
	case Named:
		return "named " + x.Name()
	case Pt:
		return "point " + itoa(x.x+x.y)
	case *Pt:
		return "pointer to point " + itoa(x.y)
	case []int:
		return "slice of " + itoa(len(x))
	default:
		return "other"
	}
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	neg := n < 0
	if neg {
		n = -n
	}
	s := ""
	for n > 0 {
		s = string(rune('0'+n%10)) + s
		n /= 10
	}
	if neg {
		s = "-" + s
	}
	return s
}

func main() {
	var things []interface{}
	things = append(things, nil, 5, "hi", true, 2.5, Sq{3}, Pt{1, 2}, &Pt{3, 4}, []int{1, 2, 3}, uint8(1))
	for _, t := range things {
		println(describe(t))
	}
	var s Shape = Sq{4}
	if n, ok := s.(Named); ok {
		println("shape is named:", n.Name(), s.Area())
	}
	var e interface{} = Pt{5, 6}
	p, ok := e.(Pt)
	println(p.x, p.y, ok)
	_, ok = e.(*Pt)
	println(ok)
	str, ok := e.(string)
	println(str == "", ok)
	println(e.(Pt).y)
	defer func() {
		r := recover()
		println(r.(error).Error())
		var i interface{}
		defer func() {
			println(recover().(error).Error())
			var sh interface{} = 3
			defer func() { println(recover().(error).Error()) }()
			_ = sh.(Shape)
		}()
		_ = i.(int)
	}()
	_ = e.(string)
}
