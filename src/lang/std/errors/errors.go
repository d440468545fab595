// Copyright 2011 The Go Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file.

// Package errors implements functions to manipulate errors.
//
// MemLab's copy of Go's errors.go, wrap.go and join.go, compiled by MemLab's own front end
// so that the errors a program makes are allocated as Go allocates them.  Is compares with
// == where Go first asks reflect whether the target's type is comparable, and As asks
// MemLab's runtime (reflectlite.AsTarget) what Go asks reflect: whether err's type goes
// into *target, storing it there.
package errors

import "internal/reflectlite"

// New returns an error that formats as the given text.
// Each call to New returns a distinct error value even if the text is identical.
func New(text string) error {
	return &errorString{text}
}

// errorString is a trivial implementation of error.
type errorString struct {
	s string
}

func (e *errorString) Error() string {
	return e.s
}

// ErrUnsupported indicates that a requested operation cannot be performed,
// because it is unsupported.
var ErrUnsupported = New("unsupported operation")

type wrapper interface {
	Unwrap() error
}

type multiWrapper interface {
	Unwrap() []error
}

type iser interface {
	Is(error) bool
}

// Unwrap returns the result of calling the Unwrap method on err, if err's
// type contains an Unwrap method returning error.
// Otherwise, Unwrap returns nil.
func Unwrap(err error) error {
	u, ok := err.(wrapper)
	if !ok {
		return nil
	}
	return u.Unwrap()
}

// Is reports whether any error in err's tree matches target.
func Is(err, target error) bool {
	if err == nil || target == nil {
		return err == target
	}
	return is(err, target)
}

func is(err, target error) bool {
	for {
		if err == target {
			return true
		}
		if x, ok := err.(iser); ok && x.Is(target) {
			return true
		}
		if x, ok := err.(wrapper); ok {
			err = x.Unwrap()
			if err == nil {
				return false
			}
			continue
		}
		if x, ok := err.(multiWrapper); ok {
			for _, err := range x.Unwrap() {
				if is(err, target) {
					return true
				}
			}
			return false
		}
		return false
	}
}

// As finds the first error in err's tree that matches target, and if one is found, sets
// target to that error value and returns true. Otherwise, it returns false.
//
// As panics if target is not a non-nil pointer to either a type that implements
// error, or to any interface type.
func As(err error, target any) bool {
	if err == nil {
		return false
	}
	if target == nil {
		panic("errors: target cannot be nil")
	}
	return as(err, target)
}

type aser interface {
	As(any) bool
}

func as(err error, target any) bool {
	for {
		if reflectlite.AsTarget(err, target) {
			return true
		}
		if x, ok := err.(aser); ok && x.As(target) {
			return true
		}
		if x, ok := err.(wrapper); ok {
			err = x.Unwrap()
			if err == nil {
				return false
			}
			continue
		}
		if x, ok := err.(multiWrapper); ok {
			for _, err := range x.Unwrap() {
				if err == nil {
					continue
				}
				if as(err, target) {
					return true
				}
			}
			return false
		}
		return false
	}
}

// Join returns an error that wraps the given errors.
// Any nil error values are discarded.
// Join returns nil if every value in errs is nil.
func Join(errs ...error) error {
	n := 0
	for _, err := range errs {
		if err != nil {
			n++
		}
	}
	if n == 0 {
		return nil
	}
	e := &joinError{
		errs: make([]error, 0, n),
	}
	for _, err := range errs {
		if err != nil {
			e.errs = append(e.errs, err)
		}
	}
	return e
}

type joinError struct {
	errs []error
}

func (e *joinError) Error() string {
	// Since Join returns nil if every value in errs is nil,
	// e.errs cannot be empty.
	if len(e.errs) == 1 {
		return e.errs[0].Error()
	}

	b := []byte(e.errs[0].Error())
	for _, err := range e.errs[1:] {
		b = append(b, '\n')
		b = append(b, err.Error()...)
	}
	return string(b)
}

func (e *joinError) Unwrap() []error {
	return e.errs
}
