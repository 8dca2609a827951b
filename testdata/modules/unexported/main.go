// Unexported names of another package are not visible.
package main

import "example.com/unexported/greet"

func main() {
	println(greet.Hello())
	println(greet.hello())
}
