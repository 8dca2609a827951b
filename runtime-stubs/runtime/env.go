package runtime

import "unsafe"

// The environment: rt0 records argc and argv; the environment's NULL-terminated array of C
// strings follows argv's terminating NULL.

// gogetenv returns the value of the environment variable key, "" when it is not set.
func gogetenv(key string) string {
	envp := argv + uintptr(argc+1)*8
	for ; ; envp += 8 {
		e := *(*uintptr)(unsafe.Pointer(envp))
		if e == 0 {
			return ""
		}
		if cstringHasPrefix(e, key) && *(*byte)(unsafe.Pointer(e + uintptr(len(key)))) == '=' {
			return gostringnocopy(e + uintptr(len(key)) + 1)
		}
	}
}

// cstringHasPrefix reports whether the NUL-terminated string at p starts with prefix.
func cstringHasPrefix(p uintptr, prefix string) bool {
	for i := 0; i < len(prefix); i++ {
		c := *(*byte)(unsafe.Pointer(p + uintptr(i)))
		if c != prefix[i] {
			return false // a NUL ends p: it differs too
		}
	}
	return true
}

// gostringnocopy is the Go string over the NUL-terminated bytes at p (not copied: they must live
// as long as the string, as the environment does).
func gostringnocopy(p uintptr) string {
	n := 0
	for *(*byte)(unsafe.Pointer(p + uintptr(n))) != 0 {
		n++
	}
	var s string
	h := (*stringHeader)(unsafe.Pointer(&s))
	h.data = unsafe.Pointer(p)
	h.len = n
	return s
}

// readGOGC is the GOGC setting: a percentage, -1 for "off", 100 when unset or not a number.
func readGOGC() int {
	v := gogetenv("GOGC")
	if v == "off" {
		return -1
	}
	if n, ok := atoi32(v); ok {
		return n
	}
	return 100
}

// godebugHas reports whether the comma-separated GODEBUG setting holds item (e.g. "gctrace=1").
func godebugHas(item string) bool {
	v := gogetenv("GODEBUG")
	for start := 0; start <= len(v); {
		end := start
		for end < len(v) && v[end] != ',' {
			end++
		}
		if v[start:end] == item {
			return true
		}
		start = end + 1
	}
	return false
}

// atoi32 parses a decimal int32 (with an optional '-'); ok is false for anything else.
func atoi32(s string) (int, bool) {
	if len(s) == 0 {
		return 0, false
	}
	neg := false
	i := 0
	if s[0] == '-' {
		neg = true
		i = 1
		if len(s) == 1 {
			return 0, false
		}
	}
	n := 0
	for ; i < len(s); i++ {
		c := s[i]
		if c < '0' || c > '9' {
			return 0, false
		}
		n = n*10 + int(c-'0')
		if n > 1<<31-1 {
			if neg && n == 1<<31 && i == len(s)-1 {
				return -n, true
			}
			return 0, false
		}
	}
	if neg {
		n = -n
	}
	return n, true
}
