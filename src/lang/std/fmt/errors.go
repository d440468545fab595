// Copyright 2018 The Go Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file.

// The errors fmt.Errorf returns for a format with %w verbs, from Go's fmt/errors.go, and
// Fprintf, Fprint and Fprintln, from print.go.  MemLab's fmt is built in; Errorf formats the
// message itself and then calls newWrapError or newWrapErrors and addWrapped, which build
// what Go's errorf builds.  The F functions format with the built-in Sprintf, Sprint and
// Sprintln and write the bytes to w as Go's do; where Go formats into a printer's buffer
// that a sync.Pool keeps between calls, they make a string and a []byte each time.
package fmt

import (
	"fmt"
	"io"
)

// Fprintf formats according to a format specifier and writes to w.
// It returns the number of bytes written and any write error encountered.
func Fprintf(w io.Writer, format string, a ...any) (n int, err error) {
	return w.Write([]byte(fmt.Sprintf(format, a...)))
}

// Fprint formats using the default formats for its operands and writes to w.
// Spaces are added between operands when neither is a string.
// It returns the number of bytes written and any write error encountered.
func Fprint(w io.Writer, a ...any) (n int, err error) {
	return w.Write([]byte(fmt.Sprint(a...)))
}

// Fprintln formats using the default formats for its operands and writes to w.
// Spaces are always added between operands and a newline is appended.
// It returns the number of bytes written and any write error encountered.
func Fprintln(w io.Writer, a ...any) (n int, err error) {
	return w.Write([]byte(fmt.Sprintln(a...)))
}

func newWrapError(msg string, arg any) error {
	w := &wrapError{msg: msg}
	w.err, _ = arg.(error)
	return w
}

func newWrapErrors(msg string) *wrapErrors {
	return &wrapErrors{msg: msg}
}

func (e *wrapErrors) addWrapped(arg any) {
	if err, ok := arg.(error); ok {
		e.errs = append(e.errs, err)
	}
}

type wrapError struct {
	msg string
	err error
}

func (e *wrapError) Error() string {
	return e.msg
}

func (e *wrapError) Unwrap() error {
	return e.err
}

type wrapErrors struct {
	msg  string
	errs []error
}

func (e *wrapErrors) Error() string {
	return e.msg
}

func (e *wrapErrors) Unwrap() []error {
	return e.errs
}
