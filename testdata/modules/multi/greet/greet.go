package greet

import (
	"fmt"

	"example.com/multi/util/strs"
)

// Greeter is implemented in this package and in main.
type Greeter interface {
	Greet(name string) string
}

type English struct{ Excited bool }

func (e English) Greet(name string) string {
	if e.Excited {
		return "Hello, " + strs.Upper(name) + "!"
	}
	return "Hello, " + name
}

type counter struct{ n int }

// Counting has a pointer-receiver method: only *Counting is a Greeter.
type Counting struct {
	counter
	Prefix string
}

func (c *Counting) Greet(name string) string {
	c.n++
	return fmt.Sprintf("%s %s #%d", c.Prefix, name, c.n)
}

func (c counter) Times() int { return c.n }

// Default is initialized from another package's function at init time.
var Default Greeter = English{Excited: strs.Count() > 0}

var Order []string

func init() {
	Order = append(Order, "greet")
	fmt.Println("init greet", strs.Calls)
}

func Hello(g Greeter, names ...string) []string {
	return strs.Map(names, func(n string) string { return g.Greet(n) })
}

func hello() string { return "unexported" }

func Secret() string { return hello() }
