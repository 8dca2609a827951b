package shapes

import "fmt"

type Shape interface {
	Area() float64
	fmt.Stringer
}

type Rect struct{ W, H float64 }

func (r Rect) Area() float64   { return r.W * r.H }
func (r Rect) String() string  { return fmt.Sprintf("Rect(%gx%g)", r.W, r.H) }

type Circle struct{ R float64 }

func (c *Circle) Area() float64  { return 3 * c.R * c.R }
func (c *Circle) String() string { return fmt.Sprintf("Circle(%g)", c.R) }

type Named[T any] struct {
	Name  string
	Value T
}

func (n Named[T]) String() string { return fmt.Sprintf("%s=%v", n.Name, n.Value) }

func Total(s ...Shape) float64 {
	t := 0.0
	for _, x := range s {
		t += x.Area()
	}
	return t
}

type Err struct{ Code int }

func (e *Err) Error() string { return fmt.Sprintf("shape error %d", e.Code) }

func Check(a float64) error {
	if a > 100 {
		return &Err{Code: int(a)}
	}
	return nil
}
