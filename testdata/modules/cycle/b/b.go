package b

import "example.com/cycle/a"

var B = len(a.Name)

const Name = "b"
