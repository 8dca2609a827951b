// lib/internal/secret may be imported from lib's tree only.
package main

import (
	"example.com/internal/lib"
	"example.com/internal/lib/internal/secret"
)

func main() { println(lib.Public(), secret.S) }
