// Package runtime is gosharp's Go runtime: program start-up, printing, and (as gosharp grows) memory,
// maps, interfaces, panics and goroutines. It is compiled by gosharp itself, like any package.
package runtime

// Set by _rt0_arm64_linux (rt0_linux_arm64.s).
var argc int
var argv uintptr

// main_main is the program's main.main (sys_linux_arm64.s jumps there).
func main_main()

// exit ends the process with the given status (the exit_group system call).
func exit(code int32)

// main runs the program, called by _rt0_arm64_linux on g0's stack.
func main() {
	main_main()
	exit(0)
}
