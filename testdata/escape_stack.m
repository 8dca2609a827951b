./escape_stack.go:53:12: &node{...} escapes to heap
./escape_stack.go:23:10: new(node) does not escape
./escape_stack.go:25:7: &node{...} does not escape
./escape_stack.go:26:11: make([]int, 16) does not escape
./escape_stack.go:27:14: []int{...} does not escape
./escape_stack.go:28:12: new(int) does not escape
./escape_stack.go:35:15: make([]int, n) escapes to heap
./escape_stack.go:62:8: &pair{} does not escape
./escape_stack.go:68:14: make([]int, 4) does not escape
./escape_stack.go:80:16: make(map[int]int) does not escape
./escape_stack.go:84:25: map[string]int{...} does not escape
./escape_stack.go:94:8: &pair{...} escapes to heap
./escape_stack.go:105:10: new(node) escapes to heap
./escape_stack.go:107:11: &node{...} escapes to heap
./escape_stack.go:108:18: make([]int, 3) escapes to heap
./escape_stack.go:109:11: make([]int, k) escapes to heap
./escape_stack.go:111:13: make([]byte, 100000) escapes to heap
./escape_stack.go:118:8: &pair{...} escapes to heap
./escape_stack.go:124:10: new(int) escapes to heap
./escape_stack.go:125:9: func literal escapes to heap
