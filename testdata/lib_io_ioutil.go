package main

import (
	"fmt"
	"io/ioutil"
	"os"
	"strings"
)

func main() {
	data, err := ioutil.ReadAll(strings.NewReader("hello, reader"))
	fmt.Printf("%q %v\n", data, err)
	n, err := ioutil.Discard.Write([]byte("gone"))
	fmt.Println(n, err)

	dir, err := ioutil.TempDir("", "gosharp-ioutil-*-test")
	if err != nil {
		fmt.Println("TempDir:", err)
		return
	}
	base := dir[strings.LastIndex(dir, "/")+1:]
	fmt.Println(strings.HasPrefix(dir, os.TempDir()), strings.HasPrefix(base, "gosharp-ioutil-"), strings.HasSuffix(base, "-test"), len(base) > len("gosharp-ioutil--test"))
	name := dir + "/file.txt"
	fmt.Println(ioutil.WriteFile(name, []byte("line one\nline two\n"), 0644))
	b, err := ioutil.ReadFile(name)
	fmt.Printf("%q %v\n", b, err)
	_, err = ioutil.ReadFile(dir + "/missing")
	fmt.Println(strings.Replace(err.Error(), dir, "DIR", 1), os.IsNotExist(err))

	f, err := ioutil.TempFile(dir, "tmp")
	if err != nil {
		fmt.Println("TempFile:", err)
		return
	}
	fname := f.Name()
	fmt.Println(strings.HasPrefix(fname, dir+"/tmp"), len(fname) > len(dir+"/tmp"))
	f.WriteString("temp data")
	f.Close()
	b, _ = ioutil.ReadFile(fname)
	fmt.Println(string(b))
	f2, err := ioutil.TempFile(dir, "x*.go")
	fmt.Println(err, strings.HasSuffix(f2.Name(), ".go"), f2.Name() != fname)
	f2.Close()
	_, err = ioutil.TempFile(dir, "a/b")
	fmt.Println(err)
	_, err = ioutil.TempDir(dir+"/nonexistent", "d")
	fmt.Println(err != nil, os.IsNotExist(err))

	rc := ioutil.NopCloser(strings.NewReader("x"))
	fmt.Println(rc.Close())

	// RemoveAll takes the directory and everything under it.
	fmt.Println(os.Mkdir(dir+"/sub", 0755), os.Mkdir(dir+"/sub/deeper", 0755))
	for i := 0; i < 40; i++ {
		os.WriteFile(fmt.Sprintf("%s/sub/deeper/file-with-a-long-name-%03d", dir, i), []byte("x"), 0644)
	}
	fmt.Println(os.RemoveAll(dir))
	_, err = ioutil.ReadFile(name)
	fmt.Println(os.IsNotExist(err), os.Remove(dir) != nil)
	fmt.Println(os.RemoveAll(dir), os.RemoveAll(""))
	fmt.Println(os.RemoveAll("somewhere/."))
}
