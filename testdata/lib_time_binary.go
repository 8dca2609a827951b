package main

import (
	"fmt"
	"time"
)

func main() {
	t := time.Unix(1700000000, 123456789)
	b, err := t.GobEncode()
	// The zone offset (the last two bytes) depends on the zone gc's times are in.
	fmt.Println(len(b), b[:13], err)
	var u time.Time
	fmt.Println(u.GobDecode(b), u.Unix(), u.Nanosecond(), u.Equal(t))
	b2, _ := t.MarshalBinary()
	fmt.Println(string(b) == string(b2))
	fmt.Println(u.UnmarshalBinary(nil))
	fmt.Println(u.UnmarshalBinary([]byte{3}))
	fmt.Println(u.UnmarshalBinary([]byte{1, 2}))
	neg, _ := time.Unix(-5, 7).MarshalBinary()
	fmt.Println(neg[:13])
	var v time.Time
	fmt.Println(v.UnmarshalBinary(neg), v.Unix(), v.Nanosecond())
	// Version 2 carries seconds in the offset.
	v2 := append([]byte{2}, neg[1:]...)
	v2 = append(v2, 0)
	fmt.Println(v.UnmarshalBinary(v2), v.Unix())
}
