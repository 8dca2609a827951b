package b

import (
	"fmt"

	"example.com/multi/internal/order/c"
)

var B = initB()

func initB() string { fmt.Println("var b"); return c.C + "b" }

func init() { fmt.Println("init b", B) }
