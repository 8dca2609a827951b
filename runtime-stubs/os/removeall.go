package os

// RemoveAll removes path and, for a directory, everything in it: gc's behaviour, reading
// directories with getdents64.

const (
	sysGetdents64 = 61
	oDirectory    = 0x4000 // O_DIRECTORY on arm64
)

// RemoveAll removes path and any children it contains, removing what it can and returning the
// first error met. A path that does not exist is not an error (nil).
func RemoveAll(path string) error {
	if path == "" {
		return nil
	}
	if path == "." || path == ".." || hasSuffixStr(path, "/.") || hasSuffixStr(path, "/..") {
		return &PathError{Op: "RemoveAll", Path: path, Err: Errno(22)} // EINVAL
	}
	return removeAll(path)
}

func hasSuffixStr(s, suffix string) bool {
	return len(s) >= len(suffix) && s[len(s)-len(suffix):] == suffix
}

func removeAll(path string) error {
	err := Remove(path)
	if err == nil || IsNotExist(err) {
		return nil
	}
	names, derr := readDirNames(path)
	if derr != nil {
		return err // not a directory we can read: Remove's error says why
	}
	var first error
	for _, name := range names {
		if e := removeAll(path + "/" + name); e != nil && first == nil {
			first = e
		}
	}
	err = Remove(path)
	if err == nil || IsNotExist(err) {
		return first
	}
	if first == nil {
		first = err
	}
	return first
}

// readDirNames lists a directory's entries, without "." and "..".
func readDirNames(dir string) ([]string, error) {
	fd, errno := syscall6(sysOpenat, fdcwd, uintptrOf(cstring(dir)), uintptr(O_RDONLY|oDirectory|oCloexec), 0, 0, 0)
	if errno != 0 {
		return nil, &PathError{Op: "open", Path: dir, Err: Errno(errno)}
	}
	defer syscall6(sysClose, fd, 0, 0, 0, 0, 0)
	var names []string
	buf := make([]byte, 8192)
	for {
		n, errno := syscall6(sysGetdents64, fd, bufPtr(buf), uintptr(len(buf)), 0, 0, 0)
		if errno != 0 {
			return names, &PathError{Op: "readdirent", Path: dir, Err: Errno(errno)}
		}
		if n == 0 {
			return names, nil
		}
		// struct linux_dirent64 { u64 ino; s64 off; u16 reclen; u8 type; char name[]; }
		for off := 0; off < int(n); {
			reclen := int(buf[off+16]) | int(buf[off+17])<<8
			name := buf[off+19 : off+reclen]
			for i, c := range name {
				if c == 0 {
					name = name[:i]
					break
				}
			}
			if s := string(name); s != "." && s != ".." {
				names = append(names, s)
			}
			off += reclen
		}
	}
}
