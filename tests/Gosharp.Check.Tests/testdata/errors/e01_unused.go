package main

import (
	"fmt"
	str "strings"
	"os"
)

func main() {
	x := 1
	var y int
	for i := 0; i < 3; i++ {
	}
	switch v := interface{}(1).(type) {
	case int:
	}
	_ = os.Args
}

// ERRORS
// 4:2: imported and not used: "fmt"
// 5:2: imported and not used: "strings" as str
// 10:2: x declared but not used
// 11:6: y declared but not used
// 14:9: v declared but not used
