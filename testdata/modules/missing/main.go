// Imports no module provides: one under the main module's path, one of another module.
package main

import (
	"example.com/missing/nothere"
	"example.org/elsewhere/pkg"
)

func main() { nothere.F(); pkg.G() }
