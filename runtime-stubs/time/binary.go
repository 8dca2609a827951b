package time

import "errors"

// The binary form of a Time (gc's MarshalBinary, version 1): seconds since January 1 of year 1,
// nanoseconds, and the zone offset in minutes (-1: UTC; gosharp's times carry no zone).
const (
	timeBinaryVersionV1 byte = 1
	timeBinaryVersionV2 byte = 2 // with seconds in the zone offset

	// Seconds from January 1, year 1 to the Unix epoch.
	unixToInternal int64 = (1969*365 + 1969/4 - 1969/100 + 1969/400) * 86400
)

// MarshalBinary implements encoding.BinaryMarshaler.
func (t Time) MarshalBinary() ([]byte, error) {
	sec := t.sec + unixToInternal
	nsec := int32(t.nsec)
	offsetMin := int16(-1)
	return []byte{
		timeBinaryVersionV1,
		byte(sec >> 56), byte(sec >> 48), byte(sec >> 40), byte(sec >> 32),
		byte(sec >> 24), byte(sec >> 16), byte(sec >> 8), byte(sec),
		byte(nsec >> 24), byte(nsec >> 16), byte(nsec >> 8), byte(nsec),
		byte(offsetMin >> 8), byte(offsetMin),
	}, nil
}

// UnmarshalBinary implements encoding.BinaryUnmarshaler. The instant is kept; a zone offset is
// not (gosharp's times have none).
func (t *Time) UnmarshalBinary(data []byte) error {
	buf := data
	if len(buf) == 0 {
		return errors.New("Time.UnmarshalBinary: no data")
	}
	version := buf[0]
	if version != timeBinaryVersionV1 && version != timeBinaryVersionV2 {
		return errors.New("Time.UnmarshalBinary: unsupported version")
	}
	wantLen := 15
	if version == timeBinaryVersionV2 {
		wantLen++
	}
	if len(buf) != wantLen {
		return errors.New("Time.UnmarshalBinary: invalid length")
	}
	buf = buf[1:]
	sec := int64(buf[7]) | int64(buf[6])<<8 | int64(buf[5])<<16 | int64(buf[4])<<24 |
		int64(buf[3])<<32 | int64(buf[2])<<40 | int64(buf[1])<<48 | int64(buf[0])<<56
	buf = buf[8:]
	nsec := int32(buf[3]) | int32(buf[2])<<8 | int32(buf[1])<<16 | int32(buf[0])<<24
	*t = Time{sec: sec - unixToInternal, nsec: int64(nsec)}
	return nil
}

// GobEncode implements the gob.GobEncoder interface.
func (t Time) GobEncode() ([]byte, error) { return t.MarshalBinary() }

// GobDecode implements the gob.GobDecoder interface.
func (t *Time) GobDecode(data []byte) error { return t.UnmarshalBinary(data) }
