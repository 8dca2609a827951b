package greet

func Hello() string { return hello() }

func hello() string { return "hi" }

type T struct{ secret int }
