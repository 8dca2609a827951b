package os

import "unsafe"

// Args holds the command-line arguments, starting with the program name.
var Args []string

// env is the environment as KEY=value strings, copied from the process's at start-up.
var env []string

func init() {
	argc, argv := runtimeArgs()
	Args = make([]string, argc)
	for i := range Args {
		Args[i] = gostring(*(*uintptr)(unsafe.Pointer(argv + uintptr(i)*8)))
	}
	for p := argv + uintptr(argc+1)*8; *(*uintptr)(unsafe.Pointer(p)) != 0; p += 8 {
		env = append(env, gostring(*(*uintptr)(unsafe.Pointer(p))))
	}
}

// lookup finds key's entry in env: its index, or -1.
func lookup(key string) int {
	for i, kv := range env {
		if len(kv) > len(key) && kv[len(key)] == '=' && kv[:len(key)] == key {
			return i
		}
	}
	return -1
}

// Getenv is the value of the environment variable key, "" when unset.
func Getenv(key string) string {
	v, _ := LookupEnv(key)
	return v
}

// LookupEnv is the value of the environment variable key and whether it is set.
func LookupEnv(key string) (string, bool) {
	if i := lookup(key); i >= 0 {
		return env[i][len(key)+1:], true
	}
	return "", false
}

// Setenv sets the environment variable key (for this process's Getenv and Environ).
func Setenv(key, value string) error {
	if len(key) == 0 {
		return &SyscallError{Syscall: "setenv", Err: Errno(22)}
	}
	for i := 0; i < len(key); i++ {
		if key[i] == '=' || key[i] == 0 {
			return &SyscallError{Syscall: "setenv", Err: Errno(22)}
		}
	}
	kv := key + "=" + value
	if i := lookup(key); i >= 0 {
		env[i] = kv
	} else {
		env = append(env, kv)
	}
	return nil
}

// Unsetenv removes the environment variable key.
func Unsetenv(key string) error {
	if i := lookup(key); i >= 0 {
		env = append(env[:i], env[i+1:]...)
	}
	return nil
}

// Clearenv removes every environment variable.
func Clearenv() { env = nil }

// Environ is a copy of the environment, as KEY=value strings.
func Environ() []string {
	r := make([]string, len(env))
	copy(r, env)
	return r
}

// ExpandEnv replaces ${var} and $var in s with the variables' values.
func ExpandEnv(s string) string { return Expand(s, Getenv) }

// Expand replaces ${var} and $var in s with mapping(var).
func Expand(s string, mapping func(string) string) string {
	var buf []byte
	i := 0
	for j := 0; j < len(s); j++ {
		if s[j] == '$' && j+1 < len(s) {
			if buf == nil {
				buf = make([]byte, 0, 2*len(s))
			}
			buf = append(buf, s[i:j]...)
			name, w := shellVarName(s[j+1:])
			if name == "" && w > 0 {
				// Invalid syntax: eat the characters.
			} else if name == "" {
				buf = append(buf, s[j])
			} else {
				buf = append(buf, mapping(name)...)
			}
			j += w
			i = j + 1
		}
	}
	if buf == nil {
		return s
	}
	return string(buf) + s[i:]
}

func isShellSpecialVar(c uint8) bool {
	switch c {
	case '*', '#', '$', '@', '!', '?', '-', '0', '1', '2', '3', '4', '5', '6', '7', '8', '9':
		return true
	}
	return false
}

func isAlphaNum(c uint8) bool {
	return c == '_' || '0' <= c && c <= '9' || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z'
}

// shellVarName is the variable name at the start of s (after a '$') and the bytes it takes.
func shellVarName(s string) (string, int) {
	switch {
	case s[0] == '{':
		if len(s) > 2 && isShellSpecialVar(s[1]) && s[2] == '}' {
			return s[1:2], 3
		}
		for i := 1; i < len(s); i++ {
			if s[i] == '}' {
				if i == 1 {
					return "", 2 // bad syntax: ${}
				}
				return s[1:i], i + 1
			}
		}
		return "", 1 // bad syntax: no closing brace
	case isShellSpecialVar(s[0]):
		return s[0:1], 1
	}
	var i int
	for i = 0; i < len(s) && isAlphaNum(s[i]); i++ {
	}
	return s[:i], i
}
