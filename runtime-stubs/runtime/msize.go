package runtime

// Size classes. Small objects (up to maxSmallSize bytes) are rounded up to one of gc's 67 size
// classes and carved from spans of a fixed number of pages per class. The classes are gc's
// (runtime/sizeclasses.go of Go 1.19), so that append grows slices to the capacities gc gives.
//
// This file depends on nothing else in the runtime: tests compile it into a program of their own
// to check the arithmetic against gc's numbers.

const (
	maxSmallSize   = 32768
	numSizeClasses = 68
	pageShift      = 13
	pageSize       = 1 << pageShift

	// Sizes up to smallSizeMax are looked up in steps of 8 bytes, larger ones in steps of 128.
	smallSizeMax = 1024
	smallSizeDiv = 8
	largeSizeDiv = 128
)

// classSize[c] is the size of an object of class c; classPages[c] the pages of one of its spans.
// Class 0 stands for large objects, which get spans of their own.
var classSize [numSizeClasses]uintptr
var classPages [numSizeClasses]uintptr

// sizeToClass8[(n+7)/8] is the class of an n-byte object for n <= smallSizeMax;
// sizeToClass128[(n-smallSizeMax+127)/128] for larger small objects.
var sizeToClass8 [smallSizeMax/smallSizeDiv + 1]uint8
var sizeToClass128 [(maxSmallSize-smallSizeMax)/largeSizeDiv + 1]uint8

var sizeClassesReady bool

// initSizeClasses fills the tables: gc's classes (bytes per object, pages per span), then the
// size lookups derived from them (each size goes to the smallest class that holds it).
func initSizeClasses() {
	if sizeClassesReady {
		return
	}
	sizeClassesReady = true
	setSizeClass(1, 8, 1)
	setSizeClass(2, 16, 1)
	setSizeClass(3, 24, 1)
	setSizeClass(4, 32, 1)
	setSizeClass(5, 48, 1)
	setSizeClass(6, 64, 1)
	setSizeClass(7, 80, 1)
	setSizeClass(8, 96, 1)
	setSizeClass(9, 112, 1)
	setSizeClass(10, 128, 1)
	setSizeClass(11, 144, 1)
	setSizeClass(12, 160, 1)
	setSizeClass(13, 176, 1)
	setSizeClass(14, 192, 1)
	setSizeClass(15, 208, 1)
	setSizeClass(16, 224, 1)
	setSizeClass(17, 240, 1)
	setSizeClass(18, 256, 1)
	setSizeClass(19, 288, 1)
	setSizeClass(20, 320, 1)
	setSizeClass(21, 352, 1)
	setSizeClass(22, 384, 1)
	setSizeClass(23, 416, 1)
	setSizeClass(24, 448, 1)
	setSizeClass(25, 480, 1)
	setSizeClass(26, 512, 1)
	setSizeClass(27, 576, 1)
	setSizeClass(28, 640, 1)
	setSizeClass(29, 704, 1)
	setSizeClass(30, 768, 1)
	setSizeClass(31, 896, 1)
	setSizeClass(32, 1024, 1)
	setSizeClass(33, 1152, 1)
	setSizeClass(34, 1280, 1)
	setSizeClass(35, 1408, 2)
	setSizeClass(36, 1536, 1)
	setSizeClass(37, 1792, 2)
	setSizeClass(38, 2048, 1)
	setSizeClass(39, 2304, 2)
	setSizeClass(40, 2688, 1)
	setSizeClass(41, 3072, 3)
	setSizeClass(42, 3200, 2)
	setSizeClass(43, 3456, 3)
	setSizeClass(44, 4096, 1)
	setSizeClass(45, 4864, 3)
	setSizeClass(46, 5376, 2)
	setSizeClass(47, 6144, 3)
	setSizeClass(48, 6528, 4)
	setSizeClass(49, 6784, 5)
	setSizeClass(50, 6912, 6)
	setSizeClass(51, 8192, 1)
	setSizeClass(52, 9472, 7)
	setSizeClass(53, 9728, 6)
	setSizeClass(54, 10240, 5)
	setSizeClass(55, 10880, 4)
	setSizeClass(56, 12288, 3)
	setSizeClass(57, 13568, 5)
	setSizeClass(58, 14336, 7)
	setSizeClass(59, 16384, 2)
	setSizeClass(60, 18432, 9)
	setSizeClass(61, 19072, 7)
	setSizeClass(62, 20480, 5)
	setSizeClass(63, 21760, 8)
	setSizeClass(64, 24576, 3)
	setSizeClass(65, 27264, 10)
	setSizeClass(66, 28672, 7)
	setSizeClass(67, 32768, 4)

	c := 0
	for i := 0; i < len(sizeToClass8); i++ {
		for classSize[c] < uintptr(i*smallSizeDiv) {
			c++
		}
		sizeToClass8[i] = uint8(c)
	}
	for i := 0; i < len(sizeToClass128); i++ {
		for classSize[c] < uintptr(smallSizeMax+i*largeSizeDiv) {
			c++
		}
		sizeToClass128[i] = uint8(c)
	}
}

func setSizeClass(c int, size uintptr, pages uintptr) {
	classSize[c] = size
	classPages[c] = pages
}

// sizeToClass is the class of an object of size bytes, 0 < size <= maxSmallSize.
func sizeToClass(size uintptr) uintptr {
	if size <= smallSizeMax {
		return uintptr(sizeToClass8[(size+smallSizeDiv-1)/smallSizeDiv])
	}
	return uintptr(sizeToClass128[(size-smallSizeMax+largeSizeDiv-1)/largeSizeDiv])
}

// roundupsize is the size mallocgc really allocates for a request of size bytes: its class's
// size when small, whole pages when large.
func roundupsize(size uintptr) uintptr {
	if size < maxSmallSize {
		return classSize[sizeToClass(size)]
	}
	if size+pageSize < size {
		return size // would overflow: the allocation fails anyway
	}
	return (size + pageSize - 1) &^ (pageSize - 1)
}
