// Copyright 2018 The Go Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file.

// The errors fmt.Errorf returns for a format with %w verbs, from Go's fmt/errors.go.
// MemLab's fmt is built in; Errorf formats the message itself and then calls
// newWrapError or newWrapErrors and addWrapped, which build what Go's errorf builds.
package fmt

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
