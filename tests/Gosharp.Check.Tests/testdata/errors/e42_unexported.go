package main

import (
	r "runtime"
	"strings"
	"go/token"
	"sync"
	"fmt"
)

func main() {
	r.printbool(true)
	_ = strings.Nope
	_ = r.Nope
	_ = strings.asciiSet{}
	_ = token.fileInfo{}
	var _ sync.noCopy
	_ = fmt.pp{}
	_ = fmt.newPrinter
	_ = strings.explode
	_ = sync.poolLocal{}
	_ = sync.runtime_Semacquire
}

// ERRORS
// 12:4: undefined: runtime.printbool
// 13:14: undefined: strings.Nope
// 14:8: undefined: runtime.Nope
// 15:14: undefined: strings.asciiSet
// 16:12: undefined: token.fileInfo
// 17:13: noCopy not exported by package sync
// 18:10: undefined: fmt.pp
// 19:10: undefined: fmt.newPrinter
// 20:14: undefined: strings.explode
// 21:11: poolLocal not exported by package sync
// 22:11: undefined: sync.runtime_Semacquire
