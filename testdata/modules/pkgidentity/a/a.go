// Package a declares unexported names that other packages' types must not be confused with.
package a

type T struct{}

func (T) m() string { return "a.T.m (wrong)" }

type I interface{ m() string }

type Hidden interface{ hidden() }

type H int

func (H) hidden() {}

func Embedded() any { return struct{ int }{0} }

func Field() any { return struct{ x int }{} }
