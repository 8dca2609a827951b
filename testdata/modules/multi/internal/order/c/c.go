package c

import "fmt"

var C = initC()

func initC() string { fmt.Println("var c"); return "c" }

func init() { fmt.Println("init c") }
