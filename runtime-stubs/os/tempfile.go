package os

import (
	"errors"
	"unsafe"
)

// Temporary files and directories (gc's TempDir, CreateTemp, MkdirTemp).

// TempDir is $TMPDIR, or /tmp.
func TempDir() string {
	dir := Getenv("TMPDIR")
	if dir == "" {
		dir = "/tmp"
	}
	return dir
}

var errPatternHasSeparator = errors.New("pattern contains path separator")

// tempSeed drives the random part of temporary names: a linear congruential generator seeded
// from the process id and an address, so that concurrent programs start apart; collisions are
// retried anyway (O_EXCL, EEXIST).
var tempSeed uint32

func nextRandom() string {
	if tempSeed == 0 {
		var x int
		tempSeed = uint32(Getpid())*2654435761 ^ uint32(uintptr(unsafe.Pointer(&x))>>4)
	}
	tempSeed = tempSeed*1664525 + 1013904223
	v := tempSeed
	var buf [10]byte
	i := len(buf)
	for {
		i--
		buf[i] = byte('0' + v%10)
		v /= 10
		if v == 0 {
			break
		}
	}
	return string(buf[i:])
}

// prefixAndSuffix splits pattern at its last '*' (the random part goes there, else at the end).
func prefixAndSuffix(pattern string) (prefix, suffix string, err error) {
	for i := 0; i < len(pattern); i++ {
		if pattern[i] == '/' {
			return "", "", errPatternHasSeparator
		}
	}
	for i := len(pattern) - 1; i >= 0; i-- {
		if pattern[i] == '*' {
			return pattern[:i], pattern[i+1:], nil
		}
	}
	return pattern, "", nil
}

func joinTemp(dir, name string) string {
	if dir == "" {
		dir = TempDir()
	}
	if len(dir) > 0 && dir[len(dir)-1] == '/' {
		return dir + name
	}
	return dir + "/" + name
}

// CreateTemp creates a new file in dir (TempDir() when empty), named from pattern with a random
// string in place of its last '*' (or appended), opened read-write with mode 0600.
func CreateTemp(dir, pattern string) (*File, error) {
	prefix, suffix, err := prefixAndSuffix(pattern)
	if err != nil {
		return nil, &PathError{Op: "createtemp", Path: pattern, Err: err}
	}
	for try := 0; ; try++ {
		name := joinTemp(dir, prefix+nextRandom()+suffix)
		f, err := OpenFile(name, O_RDWR|O_CREATE|O_EXCL, 0600)
		if IsExist(err) && try < 10000 {
			continue
		}
		return f, err
	}
}

// MkdirTemp creates a new directory in dir (TempDir() when empty), named as CreateTemp names
// files, with mode 0700, and returns its name.
func MkdirTemp(dir, pattern string) (string, error) {
	prefix, suffix, err := prefixAndSuffix(pattern)
	if err != nil {
		return "", &PathError{Op: "mkdirtemp", Path: pattern, Err: err}
	}
	for try := 0; ; try++ {
		name := joinTemp(dir, prefix+nextRandom()+suffix)
		err := Mkdir(name, 0700)
		if err == nil {
			return name, nil
		}
		if IsExist(err) && try < 10000 {
			continue
		}
		return "", err
	}
}
