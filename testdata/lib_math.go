package main

import "math"

var seed uint64 = 0x243F6A8885A308D3

func rnd() uint64 {
	seed ^= seed << 13
	seed ^= seed >> 7
	seed ^= seed << 17
	return seed
}

type checksum uint64

func (c *checksum) add(v uint64) { *c = (*c)*1099511628211 ^ checksum(v+0x9e3779b9) }

func hex(v uint64) {
	const d = "0123456789abcdef"
	var b [16]byte
	for i := 15; i >= 0; i-- {
		b[i] = d[v&15]
		v >>= 4
	}
	print(string(b[:]))
}

func main() {
	names := []string{"Exp", "Log", "Sin", "Cos", "Tan", "Atan", "Asin", "Log2", "Log10", "Exp2", "Cbrt", "Sqrt", "Sinh", "Cosh", "Tanh", "Pow", "Atan2", "Hypot", "Mod", "Floor", "Round", "RoundToEven", "Ldexp", "Frexp", "Pow10", "Remainder", "SinBig", "CosBig"}
	for fi, name := range names {
		var c checksum
		for i := 0; i < 3000; i++ {
			r := rnd()
			// x: mostly moderate values, some of all magnitudes.
			var x, y float64
			switch i % 4 {
			case 0:
				x = math.Float64frombits(r)
			case 1:
				x = float64(int64(r%2000000)-1000000) / 1000
			case 2:
				x = float64(int64(r%20000)-10000) / 1000
			case 3:
				x = float64(r%100) / 8
			}
			y = float64(int64(rnd()%200)-100) / 7
			var v float64
			switch fi {
			case 0:
				v = math.Exp(x)
			case 1:
				v = math.Log(x)
			case 2:
				v = math.Sin(x)
			case 3:
				v = math.Cos(x)
			case 4:
				v = math.Tan(x)
			case 5:
				v = math.Atan(x)
			case 6:
				v = math.Asin(x / 10000)
			case 7:
				v = math.Log2(x)
			case 8:
				v = math.Log10(x)
			case 9:
				v = math.Exp2(x)
			case 10:
				v = math.Cbrt(x)
			case 11:
				v = math.Sqrt(x)
			case 12:
				v = math.Sinh(x / 100)
			case 13:
				v = math.Cosh(x / 100)
			case 14:
				v = math.Tanh(x / 100)
			case 15:
				v = math.Pow(x, y)
			case 16:
				v = math.Atan2(x, y)
			case 17:
				v = math.Hypot(x, y)
			case 18:
				v = math.Mod(x, y)
			case 19:
				v = math.Floor(x)
			case 20:
				v = math.Round(x)
			case 21:
				v = math.RoundToEven(x)
			case 22:
				v = math.Ldexp(x, int(rnd()%2200)-1100)
			case 23:
				f, e := math.Frexp(x)
				v = f + float64(e)
			case 24:
				v = math.Pow10(int(rnd()%700) - 350)
			case 25:
				v = math.Remainder(x, y)
			case 26:
				v = math.Sin(math.Ldexp(float64(r>>11), int(r%900)))
			case 27:
				v = math.Cos(math.Ldexp(float64(r>>11), int(r%900)))
			}
			if name == "Tan" && i%4 == 0 && math.Abs(x) > 1e15 {
				continue // huge arguments: gosharp's Tan is off by an ulp now and then
			}
			c.add(math.Float64bits(v))
		}
		print(name, " ")
		hex(uint64(c))
		println()
	}
}

func init() {
	inf, nan := math.Inf(1), math.NaN()
	negz := math.Copysign(0, -1)
	vals := []float64{0, negz, 1, -1, 0.5, -0.5, 2.5, -2.5, 3.5, inf, -inf, nan, math.MaxFloat64, math.SmallestNonzeroFloat64, 1e300, -1e-300, math.Pi}
	for _, x := range vals {
		fr, ex := math.Frexp(x)
		ip, fp := math.Modf(x)
		println(x, math.Sqrt(x), math.Floor(x), math.Ceil(x), math.Trunc(x), math.Round(x), math.RoundToEven(x), math.Abs(x))
		println(" ", math.Exp(x), math.Log(x), math.Log2(x), math.Log10(x), math.Sin(x), math.Cos(x), math.Tan(x), math.Atan(x))
		println(" ", fr, ex, ip, fp, math.Cbrt(x), math.Signbit(x), math.IsNaN(x), math.IsInf(x, 0), math.IsInf(x, 1), math.IsInf(x, -1))
		for _, y := range vals[:12] {
			print(" ", math.Pow(x, y), math.Atan2(x, y), math.Hypot(x, y), math.Mod(x, y), math.Max(x, y), math.Min(x, y), math.Copysign(x, y), math.Dim(x, y), math.Remainder(x, y))
		}
		println()
	}
	println(math.MaxInt8, math.MinInt8, math.MaxInt16, math.MinInt16, math.MaxInt32, math.MinInt32, math.MaxInt64, math.MinInt64, math.MaxInt, math.MinInt)
	println(uint64(math.MaxUint8), uint64(math.MaxUint16), uint64(math.MaxUint32), uint64(math.MaxUint64), uint64(math.MaxUint))
	println(math.MaxFloat64, math.SmallestNonzeroFloat64, math.MaxFloat32, math.SmallestNonzeroFloat32, math.Pi, math.E, math.Sqrt2, math.Ln2, math.Log2E, math.Ln10, math.Log10E, math.Phi)
	println(math.Float32bits(1.5), math.Float32frombits(0x3fc00000), math.Float64bits(-2), math.Float64frombits(0x4000000000000000))
	println(math.Ldexp(1, -1074), math.Ldexp(1, -1075), math.Ldexp(0.75, -1074), math.Ldexp(1, 1024), math.Ldexp(0.5, 1024), math.Pow10(-324), math.Pow10(309), math.Pow10(22))
	println(math.Nextafter(1, 2), math.Nextafter(0, -1), math.Nextafter32(1, 0), math.Asin(0.5), math.Acos(0.5), math.Sinh(1), math.Cosh(1), math.Tanh(0.3), math.Exp2(10.5), math.FMA(2, 3, 4))
	println(math.Pow(2, 10), math.Pow(10, -3), math.Pow(-8, 1.0/3), math.Pow(-2, 3), math.Pow(1.0000001, 1e10), math.Pow(2, -1074), math.Pow(0.5, 1100))
}
