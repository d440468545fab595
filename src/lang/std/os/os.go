// Copyright 2009 The Go Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file.

// Package os provides a platform-independent interface to operating system
// functionality.
//
// MemLab's os is only what fmt.Fprintf and its siblings write to: the files Stdout and
// Stderr, made at start-up as Go's NewFile makes them, with Write and WriteString.  A File
// writes to the program's output (Stdout through fmt.Print, Stderr through the print
// built-in, as the runtime writes to fd 2); the rest of os is not available in MemLab.
package os

import (
	"fmt"
	"unsafe"
)

// File represents an open file descriptor.
type File struct {
	*file // os specific
}

// file is the real representation of *File.
type file struct {
	fd   int
	name string
}

// Stdin, Stdout, and Stderr are open Files pointing to the standard input,
// standard output, and standard error file descriptors.
var (
	Stdin  = NewFile(0, "/dev/stdin")
	Stdout = NewFile(1, "/dev/stdout")
	Stderr = NewFile(2, "/dev/stderr")
)

// NewFile returns a new File with the given file descriptor and name.
func NewFile(fd uintptr, name string) *File {
	return &File{&file{fd: int(fd), name: name}}
}

// Name returns the name of the file as presented to Open.
func (f *File) Name() string { return f.name }

// Write writes len(b) bytes from b to the File.
// It returns the number of bytes written and an error, if any.
func (f *File) Write(b []byte) (n int, err error) {
	return f.WriteString(unsafe.String(unsafe.SliceData(b), len(b)))
}

// WriteString is like Write, but writes the contents of string s rather than
// a slice of bytes.
func (f *File) WriteString(s string) (n int, err error) {
	if f.fd == 2 {
		print(s)
	} else {
		fmt.Print(s)
	}
	return len(s), nil
}
