package main

import (
	"fmt"
	. "strings"
	_ "os"
	m "math"
	"errors"
	"errors"
	"sort"
)

var sort = 1

func main() {
	fmt.Println(fmt)
	_ = fmt.println
	_ = fmt.Nope
	_ = errors.New
}

// ERRORS
// 5:2: imported and not used: "strings"
// 7:2: imported and not used: "math" as m
// 9:2: errors redeclared in this block
// 	e23_imports.go:8:2: other declaration of errors
// 9:2: imported and not used: "errors"
// 10:2: imported and not used: "sort"
// 13:5: sort already declared through import of package sort ("sort")
// 	e23_imports.go:10:2: other declaration of sort
// 16:14: use of package fmt not in selector
// 17:10: undefined: fmt.println
// 18:10: undefined: fmt.Nope
