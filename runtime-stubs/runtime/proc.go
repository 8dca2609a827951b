// Package runtime is gosharp's Go runtime: program start-up, printing, and (as gosharp grows) memory,
// maps, interfaces, panics and goroutines. It is compiled by gosharp itself, like any package.
package runtime

// Set by _rt0_arm64_linux (rt0_linux_arm64.s).
var argc int
var argv uintptr

// main_main is the program's main.main, main_init its package initialization (sys_linux_arm64.s
// jumps there). main_init initializes every package the program imports first.
func main_main()
func main_init()

// nanotime is the monotonic clock in nanoseconds (sys_linux_arm64.s).
func nanotime() int64

// exit ends the process with the given status (the exit_group system call).
func exit(code int32)

// main runs the program, called by _rt0_arm64_linux on g0's stack.
func main() {
	main_init()
	main_main()
	exit(0)
}
