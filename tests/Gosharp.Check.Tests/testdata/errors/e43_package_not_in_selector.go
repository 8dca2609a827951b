package main

import (
	"fmt"
	"os"
	"strings"
)

func main() {
	_ = os
	var x = strings
	fmt.Println(fmt)
	_ = x
}

// ERRORS
// 5:2: imported and not used: "os"
// 6:2: imported and not used: "strings"
// 10:6: use of package os not in selector
// 11:10: use of package strings not in selector
// 12:14: use of package fmt not in selector
