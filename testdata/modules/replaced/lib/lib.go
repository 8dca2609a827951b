package lib

import "example.com/lib/sub"

func Name() string { return "lib+" + sub.Name }
