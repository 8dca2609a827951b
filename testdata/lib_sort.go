package main

import (
	"os"
	"sort"
	"strconv"
	"strings"
)

type person struct {
	name string
	age  int
	tags []string
}

type byAge []person

func (a byAge) Len() int           { return len(a) }
func (a byAge) Less(i, j int) bool { return a[i].age < a[j].age }
func (a byAge) Swap(i, j int)      { t := a[i]; a[i] = a[j]; a[j] = t } // gosharp: not a tuple assignment (/tmp/compiler-bugs.md)

func ints(a []int) string {
	s := make([]string, len(a))
	for i, v := range a {
		s[i] = strconv.Itoa(v)
	}
	return strings.Join(s, ",")
}

func people(a []person) string {
	s := make([]string, len(a))
	for i, p := range a {
		s[i] = p.name + ":" + strconv.Itoa(p.age) + ":" + strings.Join(p.tags, "/")
	}
	return strings.Join(s, " ")
}

func out(s ...string) { os.Stdout.WriteString(strings.Join(s, " ") + "\n") }

var seed uint64 = 0x243F6A8885A308D3

func rnd() uint64 {
	seed ^= seed << 13
	seed ^= seed >> 7
	seed ^= seed << 17
	return seed
}

func main() {
	for _, n := range []int{0, 1, 2, 5, 19, 20, 21, 40, 100, 1000} {
		a := make([]int, n)
		for i := range a {
			a[i] = int(rnd() % 50)
		}
		sort.Ints(a)
		ok := sort.IntsAreSorted(a)
		idx := sort.SearchInts(a, 25)
		if n <= 40 {
			out(strconv.Itoa(n), ints(a), strconv.FormatBool(ok), strconv.Itoa(idx))
		} else {
			out(strconv.Itoa(n), strconv.FormatBool(ok), strconv.Itoa(idx), strconv.Itoa(a[0]), strconv.Itoa(a[n-1]))
		}
	}
	// Stable sorts keep the order of equal elements: the result is unique.
	var ps []person
	for i := 0; i < 300; i++ {
		ps = append(ps, person{"p" + strconv.Itoa(i), int(rnd() % 10), []string{strconv.Itoa(i % 3)}})
	}
	sort.Stable(byAge(ps))
	out(people(ps[:30]))
	out(strconv.FormatBool(sort.IsSorted(byAge(ps))))
	sort.SliceStable(ps, func(i, j int) bool { return ps[i].name < ps[j].name })
	out(people(ps[:20]))
	sort.SliceStable(ps, func(i, j int) bool { return ps[i].tags[0] > ps[j].tags[0] })
	out(people(ps[:20]), strconv.FormatBool(sort.SliceIsSorted(ps, func(i, j int) bool { return ps[i].tags[0] > ps[j].tags[0] })))

	// Sort and Slice with distinct keys.
	xs := []int{5, 2, 8, 1, 9, 3, 7, 4, 6, 0}
	sort.Sort(sort.Reverse(sort.IntSlice(xs)))
	out(ints(xs))
	sort.Slice(xs, func(i, j int) bool { return xs[i] < xs[j] })
	out(ints(xs))
	ss := []string{"pear", "apple", "fig", "banana", "kiwi"}
	sort.Strings(ss)
	out(strings.Join(ss, ","), strconv.Itoa(sort.SearchStrings(ss, "cherry")), strconv.FormatBool(sort.StringsAreSorted(ss)))
	fs := []float64{2.5, -1, 3.25, 0, -7.5}
	sort.Float64s(fs)
	for _, f := range fs {
		os.Stdout.WriteString(strconv.FormatFloat(f, 'g', -1, 64) + " ")
	}
	out(strconv.Itoa(sort.SearchFloat64s(fs, 1)), strconv.FormatBool(sort.Float64sAreSorted(fs)))
	type pair struct {
		a, b byte
		c    int32
	}
	pairs := []pair{{3, 1, 30}, {1, 2, 10}, {2, 3, 20}}
	sort.Slice(pairs, func(i, j int) bool { return pairs[i].a < pairs[j].a })
	for _, p := range pairs {
		os.Stdout.WriteString(strconv.Itoa(int(p.a)) + strconv.Itoa(int(p.b)) + strconv.Itoa(int(p.c)) + " ")
	}
	out(strconv.Itoa(sort.Search(100, func(i int) bool { return i*i >= 50 })), strconv.Itoa(sort.Search(0, nil)))
	defer func() { out("recovered:", recover().(error).Error()) }()
	sort.Slice(42, func(i, j int) bool { return false })
}
