package a

import (
	"fmt"

	"example.com/multi/internal/order/c"
)

var A = c.C + "a"

func init() { fmt.Println("init a", A) }
