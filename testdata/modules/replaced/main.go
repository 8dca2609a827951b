// A required module replaced by a local folder (replace example.com/lib => ./lib).
package main

import (
	"fmt"

	"example.com/lib"
	"example.com/lib/sub"
)

func main() { fmt.Println(lib.Name(), sub.Name) }
