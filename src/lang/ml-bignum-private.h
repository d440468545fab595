/* ml-bignum-private.h
 *
 * Copyright 2026 The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The arbitrary-precision numbers behind Go's untyped constants, after math/big: integers
 * (ml-bigint.c), fractions and binary floating-point numbers with a chosen mantissa width,
 * rounded to the nearest and to even on ties (ml-bigfloat.c).  go/constant builds on them
 * (ml-const-value.c).  Values are immutable: every operation returns a new value whose
 * digits live in the arena it is given, so a value may be shared freely and lives as long
 * as the program; scratch space of the longer algorithms (division, gcd) is freed at once.
 */

#pragma once

#include <glib.h>

#include "ml-arena-private.h"

G_BEGIN_DECLS

/* An integer: sign and magnitude, the magnitude in 32-bit limbs, least significant first,
 * the top limb nonzero.  Zero has sign 0 and no limbs. */
typedef struct
{
  gint           sign;
  guint          len;
  const guint32 *d;
} MlBigInt;

/* The rounding of a binary floating-point result (big.RoundingMode's three that Go's
 * constants use). */
typedef enum
{
  ML_ROUND_NEAREST_EVEN,
  ML_ROUND_TO_ZERO,
  ML_ROUND_AWAY,
} MlRounding;

/* A fraction num/den in lowest terms with den > 0 (big.Rat). */
typedef struct
{
  MlBigInt num;
  MlBigInt den;
} MlBigRat;

/* A binary floating-point number sign * mant * 2^exp, mant odd (big.Float without its
 * precision, which each operation is given).  Zero has sign 0; there is no negative zero,
 * as constants have none.  inf is +1 or -1 for a result beyond the exponent range, which
 * go/constant turns into an unknown value. */
typedef struct
{
  gint     sign;
  gint     inf;
  MlBigInt mant;
  gint64   exp;
} MlBigFloat;

/* big.Float's exponent range: 0.5 <= m < 1 times 2^e with e a 32-bit integer. */
#define ML_BIGFLOAT_MAX_EXP G_MAXINT32
#define ML_BIGFLOAT_MIN_EXP G_MININT32

/* ml-bigint.c */
MlBigInt  ml_bigint_zero           (void);
MlBigInt  ml_bigint_from_int64     (MlArena    *arena,
                                    gint64      v);
MlBigInt  ml_bigint_from_uint64    (MlArena    *arena,
                                    guint64     v);
gboolean  ml_bigint_parse          (MlArena    *arena,
                                    const char *digits,
                                    gsize       len,
                                    guint       base,
                                    MlBigInt   *out);
MlBigInt  ml_bigint_neg            (MlBigInt    x);
MlBigInt  ml_bigint_abs            (MlBigInt    x);
MlBigInt  ml_bigint_add            (MlArena    *arena,
                                    MlBigInt    x,
                                    MlBigInt    y);
MlBigInt  ml_bigint_sub            (MlArena    *arena,
                                    MlBigInt    x,
                                    MlBigInt    y);
MlBigInt  ml_bigint_mul            (MlArena    *arena,
                                    MlBigInt    x,
                                    MlBigInt    y);
void      ml_bigint_quo_rem        (MlArena    *arena,
                                    MlBigInt    x,
                                    MlBigInt    y,
                                    MlBigInt   *quo,
                                    MlBigInt   *rem);
MlBigInt  ml_bigint_shl            (MlArena    *arena,
                                    MlBigInt    x,
                                    guint64     s);
MlBigInt  ml_bigint_shr            (MlArena    *arena,
                                    MlBigInt    x,
                                    guint64     s);
MlBigInt  ml_bigint_bitwise        (MlArena    *arena,
                                    char        op,
                                    MlBigInt    x,
                                    MlBigInt    y);
MlBigInt  ml_bigint_not            (MlArena    *arena,
                                    MlBigInt    x);
MlBigInt  ml_bigint_gcd            (MlArena    *arena,
                                    MlBigInt    x,
                                    MlBigInt    y);
int       ml_bigint_cmp            (MlBigInt    x,
                                    MlBigInt    y);
int       ml_bigint_cmp_abs        (MlBigInt    x,
                                    MlBigInt    y);
guint64   ml_bigint_bitlen         (MlBigInt    x);
guint64   ml_bigint_trailing_zeros (MlBigInt    x);
guint64   ml_bigint_bits           (MlBigInt    x,
                                    guint64     lo,
                                    guint       count);
gboolean  ml_bigint_is_one         (MlBigInt    x);
gboolean  ml_bigint_to_int64       (MlBigInt    x,
                                    gint64     *out);
gboolean  ml_bigint_to_uint64      (MlBigInt    x,
                                    guint64    *out);
__int128  ml_bigint_to_int128      (MlBigInt    x);
char     *ml_bigint_to_string      (MlBigInt    x);

/* ml-bigfloat.c */
MlBigRat  ml_bigrat_make           (MlArena    *arena,
                                    MlBigInt    num,
                                    MlBigInt    den);
MlBigRat  ml_bigrat_from_int       (MlArena    *arena,
                                    MlBigInt    x);
gboolean  ml_bigrat_is_int         (MlBigRat    x);
MlBigRat  ml_bigrat_op             (MlArena    *arena,
                                    char        op,
                                    MlBigRat    x,
                                    MlBigRat    y);
int       ml_bigrat_cmp            (MlArena    *arena,
                                    MlBigRat    x,
                                    MlBigRat    y);
MlBigRat  ml_bigrat_neg            (MlBigRat    x);
double    ml_bigrat_to_ieee        (MlArena    *arena,
                                    MlBigRat    x,
                                    gboolean    single,
                                    gboolean   *exact);
MlBigFloat ml_bigfloat_round       (MlArena    *arena,
                                    gint        sign,
                                    MlBigInt    mant,
                                    gint64      exp,
                                    gboolean    sticky,
                                    guint       prec,
                                    MlRounding  mode);
MlBigFloat ml_bigfloat_from_int    (MlArena    *arena,
                                    MlBigInt    x,
                                    guint       prec);
MlBigFloat ml_bigfloat_from_rat    (MlArena    *arena,
                                    MlBigRat    x,
                                    guint       prec);
MlBigFloat ml_bigfloat_from_double (MlArena    *arena,
                                    double      v);
MlBigFloat ml_bigfloat_op          (MlArena    *arena,
                                    char        op,
                                    MlBigFloat  x,
                                    MlBigFloat  y,
                                    guint       prec);
MlBigFloat ml_bigfloat_neg         (MlBigFloat  x);
int       ml_bigfloat_cmp          (MlArena    *arena,
                                    MlBigFloat  x,
                                    MlBigFloat  y);
gint64    ml_bigfloat_mant_exp     (MlBigFloat  x);
gboolean  ml_bigfloat_is_int       (MlBigFloat  x);
gboolean  ml_bigfloat_to_rat       (MlArena    *arena,
                                    MlBigFloat  x,
                                    MlBigRat   *out);
double    ml_bigfloat_to_ieee      (MlBigFloat  x,
                                    gboolean    single,
                                    gboolean   *exact);
gboolean  ml_bigfloat_parse        (MlArena    *arena,
                                    const char *lit,
                                    guint       prec,
                                    MlBigFloat *out);
gboolean  ml_bigrat_parse          (MlArena    *arena,
                                    const char *lit,
                                    MlBigRat   *out);

G_END_DECLS
