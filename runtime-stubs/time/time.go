package time

import "runtime"

// A Time is an instant: wall-clock seconds and nanoseconds since the Unix epoch, and a monotonic
// clock reading (for Now's results) that Sub and Since use when both times have one.
type Time struct {
	sec     int64
	nsec    int64
	mono    int64
	hasMono bool
}

// Clock readings (time_arm64.s): CLOCK_REALTIME and CLOCK_MONOTONIC in nanoseconds.
func walltime() (sec int64, nsec int64)
func nanotime() int64
func nanosleep(ns int64)

// Now is the current time.
func Now() Time {
	sec, nsec := walltime()
	return Time{sec: sec, nsec: nsec, mono: nanotime(), hasMono: true}
}

// Unix is the time sec seconds and nsec nanoseconds after the epoch (nsec may be outside [0, 1e9)).
func Unix(sec int64, nsec int64) Time {
	if nsec < 0 || nsec >= 1e9 {
		n := nsec / 1e9
		sec += n
		nsec -= n * 1e9
		if nsec < 0 {
			nsec += 1e9
			sec--
		}
	}
	return Time{sec: sec, nsec: nsec}
}

// UnixMilli and UnixMicro are Unix from milliseconds and microseconds.
func UnixMilli(msec int64) Time { return Unix(msec/1e3, (msec%1e3)*1e6) }

func UnixMicro(usec int64) Time { return Unix(usec/1e6, (usec%1e6)*1e3) }

func (t Time) Unix() int64 { return t.sec }

func (t Time) UnixNano() int64 { return t.sec*1e9 + t.nsec }

func (t Time) UnixMilli() int64 { return t.sec*1e3 + t.nsec/1e6 }

func (t Time) UnixMicro() int64 { return t.sec*1e6 + t.nsec/1e3 }

// Nanosecond is the nanosecond within the second.
func (t Time) Nanosecond() int { return int(t.nsec) }

func (t Time) IsZero() bool { return t.sec == 0 && t.nsec == 0 && !t.hasMono }

// Add is t+d.
func (t Time) Add(d Duration) Time {
	sec := t.sec + int64(d/1e9)
	nsec := t.nsec + int64(d%1e9)
	if nsec >= 1e9 {
		sec++
		nsec -= 1e9
	} else if nsec < 0 {
		sec--
		nsec += 1e9
	}
	return Time{sec: sec, nsec: nsec, mono: t.mono + int64(d), hasMono: t.hasMono}
}

// Sub is t-u, saturating at the Duration limits.
func (t Time) Sub(u Time) Duration {
	if t.hasMono && u.hasMono {
		return Duration(t.mono - u.mono)
	}
	d := Duration(t.sec-u.sec)*Second + Duration(t.nsec-u.nsec)
	switch {
	case u.Add(d).Equal(t):
		return d
	case t.Before(u):
		return minDuration
	}
	return maxDuration
}

// Since is Now().Sub(t); Until is t.Sub(Now()).
func Since(t Time) Duration { return Now().Sub(t) }

func Until(t Time) Duration { return t.Sub(Now()) }

func (t Time) After(u Time) bool {
	if t.hasMono && u.hasMono {
		return t.mono > u.mono
	}
	return t.sec > u.sec || t.sec == u.sec && t.nsec > u.nsec
}

func (t Time) Before(u Time) bool {
	if t.hasMono && u.hasMono {
		return t.mono < u.mono
	}
	return t.sec < u.sec || t.sec == u.sec && t.nsec < u.nsec
}

func (t Time) Equal(u Time) bool {
	if t.hasMono && u.hasMono {
		return t.mono == u.mono
	}
	return t.sec == u.sec && t.nsec == u.nsec
}

// Compare is -1, 0 or +1 as t is before, equal to or after u.
func (t Time) Compare(u Time) int {
	switch {
	case t.Before(u):
		return -1
	case t.After(u):
		return +1
	}
	return 0
}

// Round(0) strips the monotonic reading (the only rounding supported).
func (t Time) Round(d Duration) Time {
	t.hasMono = false
	t.mono = 0
	if d <= 0 {
		return t
	}
	return Unix(0, int64(Duration(t.UnixNano()).Round(d)))
}

// Sleep pauses for at least d (not at all for d <= 0).
func Sleep(d Duration) {
	if d <= 0 {
		return
	}
	runtime.Gosched() // what other goroutines would do meanwhile: pending finalizers run
	nanosleep(int64(d))
}
