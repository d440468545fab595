/* ml-vm-op-private.h
 *
 * Copyright 2026 The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The instruction set.  Every operand (a, b, c) is a place in simulated memory: a frame offset
 * or an absolute address, resolved before the program runs.  Temporaries live in the frame too,
 * in typed slots, exactly as Go spills them, so the collector sees every pointer the program
 * holds and the history of memory covers the VM's intermediate values.
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum
{
  ML_OP_NOP,
  ML_OP_STMT,       /* a statement starts here: a step boundary */
  ML_OP_MOVI,       /* a(w) = imm */
  ML_OP_MOV,        /* a(w) = b(w), scalars */
  ML_OP_MOVP,       /* a = b, one pointer word (write barrier) */
  ML_OP_MOVT,       /* a = b, a value of type aux (typed copy) */
  ML_OP_ZERO,       /* a = zero value of type aux */
  ML_OP_STRC,       /* a = string literal aux */
  ML_OP_LEA,        /* a = &b */
  ML_OP_LOAD,       /* a = *(b + imm), type aux; nil check */
  ML_OP_STORE,      /* *(a + imm) = b, type aux; nil check */
  ML_OP_ADDR,       /* a = b + imm (field address through a pointer; nil check) */
  ML_OP_ADD, ML_OP_SUB, ML_OP_MUL, ML_OP_DIV, ML_OP_REM,
  ML_OP_AND, ML_OP_OR, ML_OP_XOR, ML_OP_ANDNOT, ML_OP_SHL, ML_OP_SHR,
  ML_OP_NEG, ML_OP_COMPL, ML_OP_NOT,
  ML_OP_EQ, ML_OP_NE, ML_OP_LT, ML_OP_LE, ML_OP_GT, ML_OP_GE,
  ML_OP_STREQ, ML_OP_STRCMP,  /* STRCMP: w holds the comparison (ML_OP_LT...) */
  ML_OP_MEMEQ,      /* a(bool) = b == c for values of type aux */
  ML_OP_CONCAT,     /* a = b + c, strings */
  ML_OP_CONV,       /* a = T(b): w: ML_CONV_* ; imm: source width | signed << 8 | dest width << 16 */
  ML_OP_JMP,        /* pc = imm */
  ML_OP_JT,         /* if b { pc = imm } */
  ML_OP_JF,         /* if !b { pc = imm } */
  ML_OP_JCMP,       /* if !(b w.cmp c) { pc = imm } ; aux: comparison op */
  ML_OP_INC,        /* a(w) += imm */
  ML_OP_IDX,        /* a = &b[c]: b is a slice; aux elem type; bounds check */
  ML_OP_AIDX,       /* a = &b[c]: b holds a pointer to an array of imm elements of type aux */
  ML_OP_SIDX,       /* a(byte) = b[c]: b is a string */
  ML_OP_SLICE,      /* a = b[c.lo : c.hi : c.max]; w: source kind; aux elem type; imm len (arrays) */
  ML_OP_NEW,        /* a = new(aux) on the heap */
  ML_OP_MAKESLICE,  /* a = make([]aux, b, c) on the heap */
  ML_OP_MKSLICEAT,  /* a = slice header {b's address, imm, imm} (stack backing array) */
  ML_OP_GROW,       /* a = b grown for imm more elements (append); aux elem type; c: stack
                       buffer */
  ML_OP_APPENDSL,   /* a = append(b, c...) */
  ML_OP_COPY,       /* a(int) = copy(b, c); aux elem type */
  ML_OP_MAKEMAP,    /* a = make(map of type aux, hint): hint imm (w=0) or the operand imm
                       (w=1); b, c: the frame's Map and group for a map that does not escape,
                       or NONE */
  ML_OP_MAPGET,     /* a = m[c] with m in b (imm: bool "ok" or NONE); map type aux */
  ML_OP_MAPSET,     /* a = &m[c] with m in b, inserting if absent: the caller stores through
                       it; map type aux */
  ML_OP_MAPDEL,     /* delete(a, b) */
  ML_OP_MAPCLEAR,   /* clear(a), a map of type aux */
  ML_OP_MAPITERINIT, /* range: the maps.Iter a starts on map b (aux) at its first entry */
  ML_OP_MAPITERNEXT, /* range: the maps.Iter a moves to the next entry */
  ML_OP_LEN,        /* a(int) = len(b) for w: 0 string/slice, 1 map */
  ML_OP_BOX,        /* a(interface) = b of type aux (convT); with ML_VM_INSN_ITAB the first
                       word is itab c (a symbol), else aux's descriptor */
  ML_OP_BOXC,       /* a(any) = {type aux, data &global imm}: a boxed constant */
  ML_OP_UNBOX,      /* a = b.(aux) (panics on mismatch) */
  ML_OP_CLOSURE,    /* a = new closure for function imm with captures at c (heap: w=1) */
  ML_OP_CALL,       /* call function imm, call site aux */
  ML_OP_CALLC,      /* call the closure in b, call site aux */
  ML_OP_RET,
  ML_OP_FMT,        /* fmt: w: ML_FMT_*; a dst (Sprint*), b: [imm]any, c: format string */
  ML_OP_PANIC,      /* panic(b) where b is an any: runtime.gopanic's frame is pushed */
  ML_OP_PANICMSG,   /* runtime error aux (ML_PANIC_*) */
  ML_OP_GC,         /* runtime.GC() */
  ML_OP_MEMSTATS,   /* runtime.ReadMemStats(b) */
  ML_OP_STRBYTES,   /* a = []byte(b) */
  ML_OP_BYTESSTR,   /* a = string(b) */
  ML_OP_RUNESTR,    /* a = string(rune b) */
  ML_OP_STRRANGE,   /* a(rune), c(next index) = decode b at index in c */
  ML_OP_MINMAX,     /* a = min/max(b, c), w: width, flags: signed/float, imm: 0 min 1 max */
  ML_OP_STIDX,      /* a[b] = c: a is a slice (w=1: index len-1); aux elem type; bounds check */
  ML_OP_STRRUNES,   /* a = []rune(b) */
  ML_OP_RUNESSTR,   /* a = string(b), b a []rune */
  ML_OP_APPEND1,    /* a = append(a, b): one element; aux elem type; c: stack buffer */
  ML_OP_MOVE2HEAP,  /* a = move2heap(a): a slice of aux whose array is in the frame, copied
                       to the heap (w = 1: keeping its capacity) */
  ML_OP_CALLI,      /* call method imm (its itab slot) of the interface value b, call site aux */
  ML_OP_ERRORF,     /* a(error) = &errors.errorString{b}; aux: *errors.errorString */
  /* Deferred calls and panics (ml-vm-defer.c). */
  ML_OP_DEFER,      /* defer the function value b; w: ML_DEFER_* (an MlVmDefers way); OPEN: a
                       deferBits, c the function value's slot, imm its bit; STACK: a the
                       record's slot */
  ML_OP_DEFERRETURN,/* call the frame's next deferred function (coming back here), or go on */
  ML_OP_RECOVER,    /* a(interface{}) = recover() */
  ML_OP_PANICNEXT,  /* runtime.gopanic's loop: the next deferred call, recovery, or the end */
  /* The //memlab: directives. */
  ML_OP_GCSTART,    /* start a background cycle, unless one is in progress */
  ML_OP_GCUNITS,    /* one collector unit per step, imm units (0: until the collector is
                       idle); the pc stays here until they are done, see ml-vm.c */
  ML_OP_SETGOGC,    /* GOGC = imm (-1: off) */
  ML_OP_SETWB,      /* the write barrier on (imm 1) or off (imm 0) */
  /* Interfaces (ml-vm-iface.c). */
  ML_OP_CONVI,      /* a = b converted from interface type imm to interface type aux */
  ML_OP_ASSERT,     /* a = b.(aux) from interface type imm; c: the bool "ok" or NONE (then a
                       failure panics); a may be NONE; aux 0 asks whether b is nil */
  ML_OP_FUNCVAL,    /* a = the function value symbol imm (resolved to its address) */
  ML_OP_CDIV,       /* a = b / c, complex128 (runtime.complex128div, ml-vm-complex.c) */
  ML_OP_ASTARGET,   /* a = whether b (of interface type imm) goes into *c (an any holding a
                     * pointer), stored there when it does (errors.As) */
  ML_OP_ANYSLICE,   /* sort.Slice's reflect (ml-vm-swapper.c): w 0: a = the length of the
                     * slice in the any b; w 1: swap its elements b and c, the any in a; w 2:
                     * a = the size of Swapper's scratch value for the slice in the any b */
  ML_OP_STRFLOAT,   /* strconv's floats (ml-vm-convert.c): w 0: a(string) = FormatFloat(b, c,
                     * pad, aux), all four operands; w 1: a(float64), pad(int) = ParseFloat(b, c)
                     * with pad the error (1 syntax, 2 range) */
  ML_OP_RTERROR,    /* a(string) = the Error() text of the runtime error b of type aux
                     * (ml-vm-runtime-error.c) */
  ML_OP_KEEPALIVE,  /* runtime.KeepAlive(b): b is used here, nothing is done */
  ML_N_OPS
} MlVmOp;

/* Where a deferred call's record is (the w of ML_OP_DEFER). */
typedef enum
{
  ML_DEFER_OPEN,    /* no record: a bit and a slot of the frame */
  ML_DEFER_STACK,   /* a record in the frame */
  ML_DEFER_HEAP,    /* a record on the heap (a defer in a loop) */
} MlVmDeferWay;

typedef enum
{
  ML_CONV_INT,        /* integer to integer */
  ML_CONV_INT_FLOAT,  /* integer to float */
  ML_CONV_FLOAT_INT,
  ML_CONV_FLOAT_FLOAT,
} MlVmConv;

typedef enum
{
  ML_FMT_PRINT,
  ML_FMT_PRINTLN,
  ML_FMT_PRINTF,
  ML_FMT_SPRINT,
  ML_FMT_SPRINTLN,
  ML_FMT_SPRINTF,
  ML_FMT_BUILTIN_PRINT,
  ML_FMT_BUILTIN_PRINTLN,
  ML_FMT_ERRORF,        /* Sprintf where %w prints an error */
} MlVmFmtKind;

typedef enum
{
  ML_PANIC_NONE,
  ML_PANIC_DIVIDE,
  ML_PANIC_NIL,
  ML_PANIC_INDEX,
  ML_PANIC_SLICE,
  ML_PANIC_MAKESLICE_LEN,
  ML_PANIC_MAKESLICE_CAP,
  ML_PANIC_NIL_MAP,
  ML_PANIC_USER,
  ML_PANIC_TYPE_ASSERT,
  ML_PANIC_SHIFT,
} MlVmPanicKind;

const char *ml_vm_op_to_string (MlVmOp op);

G_END_DECLS
