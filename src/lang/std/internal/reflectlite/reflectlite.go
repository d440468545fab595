// Copyright 2009 The Go Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file.

// What MemLab's standard library takes from Go's internal/reflectlite in Go source: the
// error Swapper panics with.  The rest of what the library asks of reflect (AsTarget for
// errors.As, SliceLen and Swap for sort.Slice) is built into MemLab; Kind is the kind's
// number in MemLab's order, which kindNames follows.
package reflectlite

// A ValueError occurs when a Value method is invoked on
// a Value that does not support it. Such cases are documented
// in the description of each method.
type ValueError struct {
	Method string
	Kind   int
}

// kindNames are reflect's names of the kinds, in the order MemLab numbers them.
var kindNames = []string{
	"invalid", "bool", "int", "int8", "int16", "int32", "int64", "uint", "uint8", "uint16",
	"uint32", "uint64", "uintptr", "float32", "float64", "complex64", "complex128", "string",
	"unsafe.Pointer", "ptr", "slice", "array", "struct", "map", "chan", "func", "interface",
}

func (e *ValueError) Error() string {
	if e.Kind == 0 {
		return "reflect: call of " + e.Method + " on zero Value"
	}
	return "reflect: call of " + e.Method + " on " + kindNames[e.Kind] + " Value"
}
