package main

import (
	"os"
	"time"
)

func main() {
	ds := []time.Duration{0, 1, 999, 1000, 1001, 1500, time.Microsecond * 999, time.Millisecond, 1234567, time.Second, 1500 * time.Millisecond,
		time.Minute, time.Minute + time.Second, 90 * time.Minute, time.Hour, 25*time.Hour + 3*time.Minute + 4*time.Second + 5*time.Millisecond,
		-1, -1500, -time.Hour, 1<<63 - 1, -1 << 63, 100 * time.Hour, 999999999, 1000000001}
	for _, d := range ds {
		os.Stdout.WriteString(d.String() + " ")
		println(d.Nanoseconds(), d.Microseconds(), d.Milliseconds(), d.Seconds(), d.Minutes(), d.Hours())
		println(" ", d.Truncate(time.Second).String(), d.Round(time.Millisecond).String(), d.Round(time.Hour).String(), d.Abs().String(), d.Truncate(0).String())
	}
	t0 := time.Now()
	time.Sleep(20 * time.Millisecond)
	el := time.Since(t0)
	println(el >= 20*time.Millisecond, el < 5*time.Second, time.Now().After(t0), t0.Before(time.Now()), t0.Equal(t0))
	u := time.Unix(1700000000, 1500000000)
	println(u.Unix(), u.UnixNano(), u.UnixMilli(), u.UnixMicro(), u.Nanosecond())
	v := u.Add(90 * time.Minute)
	println(v.Sub(u).String(), u.Sub(v).String(), v.After(u), u.Equal(time.Unix(1700000001, 500000000)), time.UnixMilli(1500).UnixNano(), time.UnixMicro(-1).UnixNano())
	println(time.Time{}.IsZero(), u.IsZero(), time.Now().Unix() > 1600000000)
	time.Sleep(-1)
}
