// a imports b, which imports a: an import cycle.
package main

import "example.com/cycle/a"

func main() { println(a.A) }
