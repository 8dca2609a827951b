// Package testing has the types test functions are written against (T, B, M, TB). gosharp has no
// test runner yet: a T's own state (failure, log, name, cleanups) works, and everything that needs
// the runner (stopping a test, subtests, benchmarks, flags) panics saying so.
package testing

import (
	"fmt"
	"strings"
)

// noRunner stops a call that only gc's test runner could carry out.
func noRunner(what string) {
	panic("testing: " + what + " needs a test runner, which gosharp does not have yet")
}

// TB is what T and B share; its unexported method keeps other packages from implementing it.
type TB interface {
	Cleanup(func())
	Error(args ...any)
	Errorf(format string, args ...any)
	Fail()
	FailNow()
	Failed() bool
	Fatal(args ...any)
	Fatalf(format string, args ...any)
	Helper()
	Log(args ...any)
	Logf(format string, args ...any)
	Name() string
	Setenv(key, value string)
	Skip(args ...any)
	SkipNow()
	Skipf(format string, args ...any)
	Skipped() bool
	TempDir() string

	private()
}

var (
	_ TB = (*T)(nil)
	_ TB = (*B)(nil)
)

// common is the state of one test or benchmark.
type common struct {
	name     string
	output   []byte // what Log and Error wrote, indented as the runner would print it
	failed   bool
	skipped  bool
	cleanups []func()
}

func (c *common) private() {}

// Name is the test's name.
func (c *common) Name() string { return c.name }

// Fail marks the test failed and lets it go on.
func (c *common) Fail() { c.failed = true }

// Failed says whether the test was marked failed.
func (c *common) Failed() bool { return c.failed }

// Skipped says whether the test was skipped.
func (c *common) Skipped() bool { return c.skipped }

// Helper marks the caller as a helper (it only changes the file:line the runner prints).
func (c *common) Helper() {}

// Cleanup registers f to run when the test ends, last registered first.
func (c *common) Cleanup(f func()) { c.cleanups = append(c.cleanups, f) }

func (c *common) log(s string) {
	if !strings.HasSuffix(s, "\n") {
		s += "\n"
	}
	c.output = append(c.output, "    "+strings.ReplaceAll(s[:len(s)-1], "\n", "\n        ")+"\n"...)
}

// Log and Logf record text for the test's output (Println and Printf formatting).
func (c *common) Log(args ...any)                 { c.log(fmt.Sprintln(args...)) }
func (c *common) Logf(format string, args ...any) { c.log(fmt.Sprintf(format, args...)) }

// Error and Errorf are Log and Logf followed by Fail.
func (c *common) Error(args ...any) {
	c.log(fmt.Sprintln(args...))
	c.Fail()
}

func (c *common) Errorf(format string, args ...any) {
	c.log(fmt.Sprintf(format, args...))
	c.Fail()
}

// FailNow would end the test's goroutine; that is the runner's work.
func (c *common) FailNow() {
	c.Fail()
	noRunner("FailNow")
}

func (c *common) Fatal(args ...any) {
	c.log(fmt.Sprintln(args...))
	c.FailNow()
}

func (c *common) Fatalf(format string, args ...any) {
	c.log(fmt.Sprintf(format, args...))
	c.FailNow()
}

// SkipNow would end the test's goroutine as skipped; that is the runner's work.
func (c *common) SkipNow() {
	c.skipped = true
	noRunner("SkipNow")
}

func (c *common) Skip(args ...any) {
	c.log(fmt.Sprintln(args...))
	c.SkipNow()
}

func (c *common) Skipf(format string, args ...any) {
	c.log(fmt.Sprintf(format, args...))
	c.SkipNow()
}

// TempDir and Setenv are undone by the runner when the test ends.
func (c *common) TempDir() string          { noRunner("TempDir"); return "" }
func (c *common) Setenv(key, value string) { noRunner("Setenv") }

// T is the state of a test.
type T struct {
	common
}

// Run runs f as a subtest of t.
func (t *T) Run(name string, f func(t *T)) bool { noRunner("T.Run"); return false }

// Parallel lets t run in parallel with other parallel tests.
func (t *T) Parallel() { noRunner("T.Parallel") }

// B is the state of a benchmark; N is the number of iterations to run.
type B struct {
	common
	N int
}

// Run runs f as a sub-benchmark of b.
func (b *B) Run(name string, f func(b *B)) bool { noRunner("B.Run"); return false }

// The timer and reports are measured by the runner.
func (b *B) ResetTimer()   { noRunner("B.ResetTimer") }
func (b *B) StartTimer()   { noRunner("B.StartTimer") }
func (b *B) StopTimer()    { noRunner("B.StopTimer") }
func (b *B) ReportAllocs() { noRunner("B.ReportAllocs") }

// M is what a TestMain function gets.
type M struct{}

// Run runs the tests and returns the exit code.
func (m *M) Run() int { noRunner("M.Run"); return 1 }

// Short and Verbose read the -test.short and -test.v flags, which only the runner sets up (gc
// panics the same way before testing.Init).
func Short() bool   { panic("testing: Short called before Init") }
func Verbose() bool { panic("testing: Verbose called before Init") }

// Testing says whether the program is a test binary; gosharp builds none.
func Testing() bool { return false }
