/* ml-const-private.h
 *
 * Copyright 2026 The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Go's constant values as go/constant has them (ml-const-value.c): the exact number behind
 * an MlConst and the operations types2 and gc perform on constants.  An operation that
 * go/constant answers with an unknown value (a float beyond big.Float's range, a literal
 * that does not parse) returns NULL here.  Every value lives in the arena it is made in.
 */

#pragma once

#include "ml-bignum-private.h"
#include "ml-token.h"
#include "ml-types.h"

G_BEGIN_DECLS

/* go/constant's mantissa precision for floats, and the size (in bits) of a fraction's parts
 * beyond which a float is no longer kept as a fraction (its maxExp). */
#define ML_CONST_PREC    512
#define ML_CONST_MAX_EXP 4096

/* The exact value of a numeric MlConst: an integer (intVal), a fraction (ratVal, is_rat) or a
 * 512-bit float (floatVal), or a complex number's parts. */
struct _MlConstNum
{
  MlBigInt       i;
  gboolean       is_rat;
  MlBigRat       rat;
  MlBigFloat     flt;
  const MlConst *re;
  const MlConst *im;
};

MlConst  *ml_const_make_bool         (MlArena       *arena,
                                      gboolean       b);
MlConst  *ml_const_make_string       (MlArena       *arena,
                                      const char    *s,
                                      gsize          len);
MlConst  *ml_const_make_int64        (MlArena       *arena,
                                      gint64         v);
MlConst  *ml_const_make_uint64       (MlArena       *arena,
                                      guint64        v);
MlConst  *ml_const_make_int          (MlArena       *arena,
                                      MlBigInt       v);
MlConst  *ml_const_make_float64      (MlArena       *arena,
                                      double         v);
MlConst  *ml_const_make_complex      (MlArena       *arena,
                                      const MlConst *re,
                                      const MlConst *im);
MlConst  *ml_const_make_int_literal  (MlArena       *arena,
                                      const char    *lit);
MlConst  *ml_const_make_float_literal (MlArena      *arena,
                                       const char   *lit);

MlConst  *ml_const_unary             (MlArena       *arena,
                                      MlToken        op,
                                      const MlConst *y,
                                      guint          prec);
MlConst  *ml_const_binary            (MlArena       *arena,
                                      const MlConst *x,
                                      MlToken        op,
                                      const MlConst *y,
                                      gboolean       int_div);
MlConst  *ml_const_shift             (MlArena       *arena,
                                      const MlConst *x,
                                      MlToken        op,
                                      guint          s);
gboolean  ml_const_compare           (MlArena       *arena,
                                      const MlConst *x,
                                      MlToken        op,
                                      const MlConst *y);

MlConst  *ml_const_to_int            (MlArena       *arena,
                                      const MlConst *x);
MlConst  *ml_const_to_float          (MlArena       *arena,
                                      const MlConst *x);
MlConst  *ml_const_to_complex        (MlArena       *arena,
                                      const MlConst *x);
const MlConst *ml_const_real         (MlArena       *arena,
                                      const MlConst *x);
const MlConst *ml_const_imag         (MlArena       *arena,
                                      const MlConst *x);
int       ml_const_sign              (const MlConst *x);
guint64   ml_const_bitlen            (const MlConst *x);
gboolean  ml_const_int64_val         (const MlConst *x,
                                      gint64        *out);
gboolean  ml_const_uint64_val        (const MlConst *x,
                                      guint64       *out);
double    ml_const_float64_val       (MlArena       *arena,
                                      const MlConst *x,
                                      gboolean      *exact);
float     ml_const_float32_val       (MlArena       *arena,
                                      const MlConst *x,
                                      gboolean      *exact);
void      ml_const_append_quoted     (GString       *out,
                                      const char    *s,
                                      gsize          len);
void      ml_const_append_rune       (GString       *out,
                                      gunichar       r);

G_END_DECLS
