/* ml-const-value.c
 *
 * Copyright 2026 The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Go's untyped constants as go/constant (value.go) keeps them: integers exact, floats as
 * exact fractions while their parts stay under 4096 bits and as 512-bit binary floats beyond,
 * complex numbers as two such parts; literals read as go/constant reads them; the unary,
 * binary, shift and comparison operations with its choice of representation; the
 * conversions to integer, float and complex; the float64 and float32 nearest to a value; and
 * String, the short form types2 and gc print in messages and -m lines.  Each MlConst also
 * carries its machine view (i, f) for the compiler, which reads only typed constants, whose
 * values fit.  This is the only file that does arithmetic on constants; the checker
 * (ml-check-const.c) decides when and reports errors.
 */

#define G_LOG_DOMAIN "ml-check"

#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "ml-const-private.h"

/* ---- making values ---- */

static MlConst *
new_const (MlArena     *arena,
           MlConstKind  kind)
{
  MlConst *k = ml_arena_new0 (arena, MlConst);

  k->kind = kind;
  if (kind == ML_CONST_INT || kind == ML_CONST_FLOAT || kind == ML_CONST_COMPLEX)
    k->num = ml_arena_new0 (arena, MlConstNum);
  return k;
}

static MlConstNum *
num_of (MlConst *k)
{
  return (MlConstNum *) k->num;
}

MlConst *
ml_const_make_bool (MlArena  *arena,
                    gboolean  b)
{
  MlConst *k = new_const (arena, ML_CONST_BOOL);

  k->b = b;
  return k;
}

MlConst *
ml_const_make_string (MlArena    *arena,
                      const char *s,
                      gsize       len)
{
  MlConst *k = new_const (arena, ML_CONST_STRING);

  k->s = s != NULL ? s : "";
  k->len = len;
  return k;
}

MlConst *
ml_const_make_int (MlArena  *arena,
                   MlBigInt  v)
{
  MlConst *k = new_const (arena, ML_CONST_INT);

  num_of (k)->i = v;
  k->i = ml_bigint_to_int128 (v);
  k->f = (long double) k->i;
  return k;
}

MlConst *
ml_const_make_int64 (MlArena *arena,
                     gint64   v)
{
  return ml_const_make_int (arena, ml_bigint_from_int64 (arena, v));
}

MlConst *
ml_const_make_uint64 (MlArena *arena,
                      guint64  v)
{
  return ml_const_make_int (arena, ml_bigint_from_uint64 (arena, v));
}

/* The machine view of a float: the nearest double, which is the value itself for a typed
 * constant, rounded as it is. */
static void
set_float_view (MlArena *arena,
                MlConst *k)
{
  gboolean exact;

  k->f = ml_const_float64_val (arena, k, &exact);
}

static MlConst *
make_rat_val (MlArena  *arena,
              MlBigRat  r)
{
  MlConst *k = new_const (arena, ML_CONST_FLOAT);

  num_of (k)->is_rat = TRUE;
  num_of (k)->rat = r;
  set_float_view (arena, k);
  return k;
}

/* go/constant's makeFloat: no negative zero, and an infinite result is unknown. */
static MlConst *
make_float_val (MlArena    *arena,
                MlBigFloat  f)
{
  MlConst *k;

  if (f.inf != 0)
    return NULL;
  k = new_const (arena, ML_CONST_FLOAT);
  num_of (k)->flt = f;
  set_float_view (arena, k);
  return k;
}

/* go/constant's makeRat: a fraction stays one while its parts are small. */
static MlConst *
make_rat (MlArena  *arena,
          MlBigRat  r)
{
  if (ml_bigint_bitlen (r.num) < ML_CONST_MAX_EXP && ml_bigint_bitlen (r.den) < ML_CONST_MAX_EXP)
    return make_rat_val (arena, r);
  return make_float_val (arena, ml_bigfloat_from_rat (arena, r, ML_CONST_PREC));
}

static gboolean
small_float (MlBigFloat f)
{
  gint64 e = ml_bigfloat_mant_exp (f);

  return f.inf == 0 && -ML_CONST_MAX_EXP < e && e < ML_CONST_MAX_EXP;
}

/* MakeFloat64: 0 for -0, NULL for an infinity or a NaN. */
MlConst *
ml_const_make_float64 (MlArena *arena,
                       double   v)
{
  MlBigFloat f;
  MlBigRat r;

  if (!isfinite (v))
    return NULL;
  f = ml_bigfloat_from_double (arena, v + 0.0);
  if (small_float (f) && ml_bigfloat_to_rat (arena, f, &r))
    return make_rat_val (arena, r);
  return make_float_val (arena, f);
}

MlConst *
ml_const_make_complex (MlArena       *arena,
                       const MlConst *re,
                       const MlConst *im)
{
  MlConst *k;

  if (re == NULL || im == NULL)
    return NULL;
  k = new_const (arena, ML_CONST_COMPLEX);
  num_of (k)->re = re;
  num_of (k)->im = im;
  k->f = re->f;
  return k;
}

/* An integer literal in any of Go's bases (0x, 0o, 0b, a leading 0 for octal), with '_'
 * separators; NULL if a digit does not belong to its base. */
MlConst *
ml_const_make_int_literal (MlArena    *arena,
                           const char *lit)
{
  guint base = 10;
  MlBigInt v;

  if (lit[0] == '0' && (lit[1] == 'x' || lit[1] == 'X'))
    base = 16, lit += 2;
  else if (lit[0] == '0' && (lit[1] == 'b' || lit[1] == 'B'))
    base = 2, lit += 2;
  else if (lit[0] == '0' && (lit[1] == 'o' || lit[1] == 'O'))
    base = 8, lit += 2;
  else if (lit[0] == '0' && lit[1] != '\0')
    base = 8, lit += 1;
  if (!ml_bigint_parse (arena, lit, strlen (lit), base, &v))
    return NULL;
  return ml_const_make_int (arena, v);
}

/* go/constant's makeFloatFromLiteral: read as a 512-bit float, and again as an exact fraction
 * when the exponent is modest (a literal that underflows to zero is plain 0).  NULL for a
 * literal big.Float cannot read or that overflows. */
MlConst *
ml_const_make_float_literal (MlArena    *arena,
                             const char *lit)
{
  MlBigFloat f;
  MlBigRat r;

  if (!ml_bigfloat_parse (arena, lit, ML_CONST_PREC, &f))
    return NULL;
  if (small_float (f))
    {
      if (ml_bigrat_parse (arena, f.sign == 0 ? "0" : lit, &r))
        return make_rat_val (arena, r);
      return NULL;
    }
  return make_float_val (arena, f);
}

/* ---- representations ---- */

/* go/constant's ord: the representations from simplest to most general. */
typedef enum
{
  REPR_OTHER,
  REPR_INT,
  REPR_RAT,
  REPR_FLOAT,
  REPR_COMPLEX,
} Repr;

static Repr
repr_of (const MlConst *x)
{
  switch (x->kind)
    {
    case ML_CONST_INT: return REPR_INT;
    case ML_CONST_FLOAT: return x->num->is_rat ? REPR_RAT : REPR_FLOAT;
    case ML_CONST_COMPLEX: return REPR_COMPLEX;
    case ML_CONST_BOOL: case ML_CONST_STRING: default: return REPR_OTHER;
    }
}

static MlBigRat
as_rat (MlArena       *arena,
        const MlConst *x)
{
  return x->kind == ML_CONST_INT ? ml_bigrat_from_int (arena, x->num->i) : x->num->rat;
}

static MlBigFloat
as_float (MlArena       *arena,
          const MlConst *x)
{
  switch (repr_of (x))
    {
    case REPR_INT: return ml_bigfloat_from_int (arena, x->num->i, ML_CONST_PREC);
    case REPR_RAT: return ml_bigfloat_from_rat (arena, x->num->rat, ML_CONST_PREC);
    case REPR_FLOAT: case REPR_COMPLEX: case REPR_OTHER: default: return x->num->flt;
    }
}

/* x in representation @r, which is at least as general as its own (go/constant's match0). */
static const MlConst *
promote (MlArena       *arena,
         const MlConst *x,
         Repr           r)
{
  if (repr_of (x) == r)
    return x;
  switch (r)
    {
    case REPR_RAT: return make_rat_val (arena, as_rat (arena, x));
    case REPR_FLOAT: return make_float_val (arena, as_float (arena, x));
    case REPR_COMPLEX: return ml_const_make_complex (arena, x, ml_const_make_int64 (arena, 0));
    case REPR_INT: case REPR_OTHER: default: return x;
    }
}

/* ---- operations ---- */

static MlConst *
binary_complex (MlArena       *arena,
                const MlConst *x,
                MlToken        op,
                const MlConst *y)
{
  const MlConst *a = x->num->re, *b = x->num->im, *c = y->num->re, *d = y->num->im;
  MlConst *re = NULL, *im = NULL;

  switch ((int) op)
    {
    case ML_TOK_ADD:
    case ML_TOK_SUB:
      re = ml_const_binary (arena, a, op, c, FALSE);
      im = ml_const_binary (arena, b, op, d, FALSE);
      break;
    case ML_TOK_MUL:
      /* (ac - bd) + i(bc + ad) */
      re = ml_const_binary (arena, ml_const_binary (arena, a, ML_TOK_MUL, c, FALSE), ML_TOK_SUB,
                            ml_const_binary (arena, b, ML_TOK_MUL, d, FALSE), FALSE);
      im = ml_const_binary (arena, ml_const_binary (arena, b, ML_TOK_MUL, c, FALSE), ML_TOK_ADD,
                            ml_const_binary (arena, a, ML_TOK_MUL, d, FALSE), FALSE);
      break;
    case ML_TOK_QUO:
      {
        /* (ac + bd)/s + i(bc - ad)/s with s = cc + dd */
        MlConst *s = ml_const_binary (arena, ml_const_binary (arena, c, ML_TOK_MUL, c, FALSE), ML_TOK_ADD,
                                      ml_const_binary (arena, d, ML_TOK_MUL, d, FALSE), FALSE);

        re = ml_const_binary (arena, ml_const_binary (arena, a, ML_TOK_MUL, c, FALSE), ML_TOK_ADD,
                              ml_const_binary (arena, b, ML_TOK_MUL, d, FALSE), FALSE);
        im = ml_const_binary (arena, ml_const_binary (arena, b, ML_TOK_MUL, c, FALSE), ML_TOK_SUB,
                              ml_const_binary (arena, a, ML_TOK_MUL, d, FALSE), FALSE);
        if (s == NULL || ml_const_sign (s) == 0)
          return NULL;
        re = ml_const_binary (arena, re, ML_TOK_QUO, s, FALSE);
        im = ml_const_binary (arena, im, ML_TOK_QUO, s, FALSE);
      }
      break;
    default:
      return NULL;
    }
  return ml_const_make_complex (arena, re, im);
}

static MlConst *
binary_int (MlArena  *arena,
            MlBigInt  a,
            MlToken   op,
            MlBigInt  b,
            gboolean  int_div)
{
  MlBigInt r;

  switch ((int) op)
    {
    case ML_TOK_ADD: return ml_const_make_int (arena, ml_bigint_add (arena, a, b));
    case ML_TOK_SUB: return ml_const_make_int (arena, ml_bigint_sub (arena, a, b));
    case ML_TOK_MUL: return ml_const_make_int (arena, ml_bigint_mul (arena, a, b));
    case ML_TOK_QUO:
      if (b.sign == 0)
        return NULL;
      if (!int_div)
        return make_rat (arena, ml_bigrat_make (arena, a, b));
      ml_bigint_quo_rem (arena, a, b, &r, NULL);
      return ml_const_make_int (arena, r);
    case ML_TOK_REM:
      if (b.sign == 0)
        return NULL;
      ml_bigint_quo_rem (arena, a, b, NULL, &r);
      return ml_const_make_int (arena, r);
    case ML_TOK_AND: return ml_const_make_int (arena, ml_bigint_bitwise (arena, '&', a, b));
    case ML_TOK_OR: return ml_const_make_int (arena, ml_bigint_bitwise (arena, '|', a, b));
    case ML_TOK_XOR: return ml_const_make_int (arena, ml_bigint_bitwise (arena, '^', a, b));
    case ML_TOK_AND_NOT: return ml_const_make_int (arena, ml_bigint_bitwise (arena, 'n', a, b));
    default: return NULL;
    }
}

static char
arith_op (MlToken op)
{
  switch ((int) op)
    {
    case ML_TOK_ADD: return '+';
    case ML_TOK_SUB: return '-';
    case ML_TOK_MUL: return '*';
    case ML_TOK_QUO: return '/';
    default: return 0;
    }
}

/* BinaryOp: x op y for +, -, *, /, %, &, |, ^, &^, && and || (comparisons and shifts have
 * their own functions).  With @int_div, / of two integers is integer division (go/constant's
 * QUO_ASSIGN).  NULL for an unknown result, or a division by zero, which the checker reports
 * before it gets here. */
MlConst *
ml_const_binary (MlArena       *arena,
                 const MlConst *x,
                 MlToken        op,
                 const MlConst *y,
                 gboolean       int_div)
{
  Repr r;
  char aop = arith_op (op);

  if (x == NULL || y == NULL)
    return NULL;
  if (x->kind == ML_CONST_BOOL && y->kind == ML_CONST_BOOL)
    return ml_const_make_bool (arena, op == ML_TOK_LAND ? (x->b && y->b) : (x->b || y->b));
  if (x->kind == ML_CONST_STRING && y->kind == ML_CONST_STRING)
    {
      char *s = ml_arena_alloc (arena, x->len + y->len + 1);

      memcpy (s, x->s, x->len);
      memcpy (s + x->len, y->s, y->len);
      return ml_const_make_string (arena, s, x->len + y->len);
    }
  r = MAX (repr_of (x), repr_of (y));
  x = promote (arena, x, r);
  y = promote (arena, y, r);
  if (x == NULL || y == NULL)
    return NULL;
  switch (r)
    {
    case REPR_INT:
      return binary_int (arena, x->num->i, op, y->num->i, int_div);
    case REPR_RAT:
      if (aop == 0 || (aop == '/' && y->num->rat.num.sign == 0))
        return NULL;
      return make_rat (arena, ml_bigrat_op (arena, aop, x->num->rat, y->num->rat));
    case REPR_FLOAT:
      if (aop == 0 || (aop == '/' && y->num->flt.sign == 0))
        return NULL;
      return make_float_val (arena, ml_bigfloat_op (arena, aop, x->num->flt, y->num->flt, ML_CONST_PREC));
    case REPR_COMPLEX:
      return binary_complex (arena, x, op, y);
    case REPR_OTHER:
    default:
      return NULL;
    }
}

/* Shift: x << s or x >> s of an integer (>> rounds toward minus infinity). */
MlConst *
ml_const_shift (MlArena       *arena,
                const MlConst *x,
                MlToken        op,
                guint          s)
{
  if (x == NULL || x->kind != ML_CONST_INT)
    return NULL;
  if (op == ML_TOK_SHL)
    return ml_const_make_int (arena, ml_bigint_shl (arena, x->num->i, s));
  return ml_const_make_int (arena, ml_bigint_shr (arena, x->num->i, s));
}

static gboolean
cmp_result (int      c,
            MlToken  op)
{
  switch ((int) op)
    {
    case ML_TOK_EQL: return c == 0;
    case ML_TOK_NEQ: return c != 0;
    case ML_TOK_LSS: return c < 0;
    case ML_TOK_LEQ: return c <= 0;
    case ML_TOK_GTR: return c > 0;
    case ML_TOK_GEQ: return c >= 0;
    default: return FALSE;
    }
}

/* Compare: x op y for ==, !=, <, <=, > and >= (FALSE when either is unknown). */
gboolean
ml_const_compare (MlArena       *arena,
                  const MlConst *x,
                  MlToken        op,
                  const MlConst *y)
{
  Repr r;

  if (x == NULL || y == NULL)
    return FALSE;
  if (x->kind == ML_CONST_BOOL && y->kind == ML_CONST_BOOL)
    return cmp_result (x->b == y->b ? 0 : 1, op);
  if (x->kind == ML_CONST_STRING && y->kind == ML_CONST_STRING)
    {
      int c = memcmp (x->s, y->s, MIN (x->len, y->len));

      if (c == 0)
        c = x->len < y->len ? -1 : x->len > y->len ? 1 : 0;
      return cmp_result (c, op);
    }
  r = MAX (repr_of (x), repr_of (y));
  x = promote (arena, x, r);
  y = promote (arena, y, r);
  if (x == NULL || y == NULL)
    return FALSE;
  switch (r)
    {
    case REPR_INT: return cmp_result (ml_bigint_cmp (x->num->i, y->num->i), op);
    case REPR_RAT: return cmp_result (ml_bigrat_cmp (arena, x->num->rat, y->num->rat), op);
    case REPR_FLOAT: return cmp_result (ml_bigfloat_cmp (arena, x->num->flt, y->num->flt), op);
    case REPR_COMPLEX:
      {
        gboolean eq = ml_const_compare (arena, x->num->re, ML_TOK_EQL, y->num->re)
                      && ml_const_compare (arena, x->num->im, ML_TOK_EQL, y->num->im);

        return op == ML_TOK_EQL ? eq : op == ML_TOK_NEQ ? !eq : FALSE;
      }
    case REPR_OTHER:
    default:
      return FALSE;
    }
}

/* UnaryOp: +y, -y, ^y and !y.  A nonzero @prec limits ^y to that many bits, as for an
 * unsigned type. */
MlConst *
ml_const_unary (MlArena       *arena,
                MlToken        op,
                const MlConst *y,
                guint          prec)
{
  MlBigInt z;

  if (y == NULL)
    return NULL;
  switch ((int) op)
    {
    case ML_TOK_ADD:
      return (MlConst *) y;
    case ML_TOK_SUB:
      switch (repr_of (y))
        {
        case REPR_INT: return ml_const_make_int (arena, ml_bigint_neg (y->num->i));
        case REPR_RAT: return make_rat (arena, ml_bigrat_neg (y->num->rat));
        case REPR_FLOAT: return make_float_val (arena, ml_bigfloat_neg (y->num->flt));
        case REPR_COMPLEX:
          return ml_const_make_complex (arena, ml_const_unary (arena, op, y->num->re, 0),
                                        ml_const_unary (arena, op, y->num->im, 0));
        case REPR_OTHER: default: return NULL;
        }
    case ML_TOK_XOR:
      if (y->kind != ML_CONST_INT)
        return NULL;
      z = ml_bigint_not (arena, y->num->i);
      if (prec > 0)
        {
          /* z &^= -1 << prec */
          MlBigInt m = ml_bigint_shl (arena, ml_bigint_from_int64 (arena, -1), prec);

          z = ml_bigint_bitwise (arena, 'n', z, m);
        }
      return ml_const_make_int (arena, z);
    case ML_TOK_NOT:
      return y->kind == ML_CONST_BOOL ? ml_const_make_bool (arena, !y->b) : NULL;
    default:
      return NULL;
    }
}

/* ---- conversions ---- */

/* ToInt: the integer x is, if it is one; a float may be off an integer by rounding errors of
 * earlier operations in its last few bits, as go/constant allows.  NULL if it is not. */
MlConst *
ml_const_to_int (MlArena       *arena,
                 const MlConst *x)
{
  MlBigFloat f;
  MlBigRat r;

  if (x == NULL)
    return NULL;
  switch (repr_of (x))
    {
    case REPR_INT:
      return (MlConst *) x;
    case REPR_RAT:
      return ml_bigrat_is_int (x->num->rat) ? ml_const_make_int (arena, x->num->rat.num) : NULL;
    case REPR_FLOAT:
      f = x->num->flt;
      if (!small_float (f))
        return NULL;
      if (!ml_bigfloat_is_int (f))
        {
          MlBigFloat t = ml_bigfloat_round (arena, f.sign, f.mant, f.exp, FALSE, ML_CONST_PREC - 4,
                                            ML_ROUND_TO_ZERO);

          if (!ml_bigfloat_is_int (t))
            t = ml_bigfloat_round (arena, f.sign, f.mant, f.exp, FALSE, ML_CONST_PREC - 4, ML_ROUND_AWAY);
          if (!ml_bigfloat_is_int (t))
            return NULL;
          f = t;
        }
      if (!ml_bigfloat_to_rat (arena, f, &r))
        return NULL;
      return ml_const_make_int (arena, r.num);
    case REPR_COMPLEX:
      return ml_const_to_int (arena, ml_const_to_float (arena, x));
    case REPR_OTHER:
    default:
      return NULL;
    }
}

/* ToFloat: an integer as a fraction (a float when it is huge), a complex number with no
 * imaginary part as its real part; NULL for anything else. */
MlConst *
ml_const_to_float (MlArena       *arena,
                   const MlConst *x)
{
  if (x == NULL)
    return NULL;
  switch (repr_of (x))
    {
    case REPR_INT:
      if (ml_bigint_bitlen (x->num->i) < ML_CONST_MAX_EXP)
        return make_rat_val (arena, as_rat (arena, x));
      return make_float_val (arena, as_float (arena, x));
    case REPR_RAT:
    case REPR_FLOAT:
      return (MlConst *) x;
    case REPR_COMPLEX:
      if (ml_const_sign (x->num->im) == 0)
        return ml_const_to_float (arena, x->num->re);
      return NULL;
    case REPR_OTHER:
    default:
      return NULL;
    }
}

MlConst *
ml_const_to_complex (MlArena       *arena,
                     const MlConst *x)
{
  if (x == NULL || repr_of (x) == REPR_OTHER)
    return NULL;
  return (MlConst *) promote (arena, x, REPR_COMPLEX);
}

/* The machine view of a number as a complex one: its parts as the nearest doubles (a typed
 * constant's parts are exact), for the compiler. */
void
ml_const_complex_parts (const MlConst *k,
                        double        *re,
                        double        *im)
{
  const MlConst *r = k, *i = NULL;

  if (k != NULL && k->kind == ML_CONST_COMPLEX)
    {
      r = k->num->re;
      i = k->num->im;
    }
  *re = r == NULL ? 0 : r->kind == ML_CONST_INT ? (double) r->i : (double) r->f;
  *im = i == NULL ? 0 : i->kind == ML_CONST_INT ? (double) i->i : (double) i->f;
}

const MlConst *
ml_const_real (MlArena       *arena,
               const MlConst *x)
{
  (void) arena;
  if (x == NULL)
    return NULL;
  return x->kind == ML_CONST_COMPLEX ? x->num->re : x;
}

const MlConst *
ml_const_imag (MlArena       *arena,
               const MlConst *x)
{
  if (x == NULL)
    return NULL;
  return x->kind == ML_CONST_COMPLEX ? x->num->im : ml_const_make_int64 (arena, 0);
}

/* Sign: -1, 0 or 1; for a complex number, 0 only when it is zero.  An unknown value has
 * sign 1, so that it is never taken for a zero divisor. */
int
ml_const_sign (const MlConst *x)
{
  if (x == NULL)
    return 1;
  switch (repr_of (x))
    {
    case REPR_INT: return x->num->i.sign;
    case REPR_RAT: return x->num->rat.num.sign;
    case REPR_FLOAT: return x->num->flt.sign;
    case REPR_COMPLEX: return ml_const_sign (x->num->re) | ml_const_sign (x->num->im);
    case REPR_OTHER: default: return 1;
    }
}

/* BitLen of an integer's magnitude. */
guint64
ml_const_bitlen (const MlConst *x)
{
  return x != NULL && x->kind == ML_CONST_INT ? ml_bigint_bitlen (x->num->i) : 0;
}

gboolean
ml_const_int64_val (const MlConst *x,
                    gint64        *out)
{
  *out = 0;
  return x != NULL && x->kind == ML_CONST_INT && ml_bigint_to_int64 (x->num->i, out);
}

gboolean
ml_const_uint64_val (const MlConst *x,
                     guint64       *out)
{
  *out = 0;
  return x != NULL && x->kind == ML_CONST_INT && ml_bigint_to_uint64 (x->num->i, out);
}

/* The nearest float64 or float32 (Float64Val, Float32Val). */
static double
ieee_val (MlArena       *arena,
          const MlConst *x,
          gboolean       single,
          gboolean      *exact)
{
  gint64 v;

  *exact = FALSE;
  if (x == NULL)
    return 0;
  switch (repr_of (x))
    {
    case REPR_INT:
      if (ml_bigint_to_int64 (x->num->i, &v))
        {
          /* The machine's conversion rounds to nearest-even too. */
          double d = single ? (double) (float) v : (double) v;

          *exact = d >= -0x1p63 && d < 0x1p63 && (gint64) d == v;
          return d;
        }
      return ml_bigfloat_to_ieee (ml_bigfloat_from_int (arena, x->num->i, ML_CONST_PREC), single, exact);
    case REPR_RAT:
      return ml_bigrat_to_ieee (arena, x->num->rat, single, exact);
    case REPR_FLOAT:
      return ml_bigfloat_to_ieee (x->num->flt, single, exact);
    case REPR_COMPLEX:
    case REPR_OTHER:
    default:
      return 0;
    }
}

double
ml_const_float64_val (MlArena       *arena,
                      const MlConst *x,
                      gboolean      *exact)
{
  return ieee_val (arena, x, FALSE, exact);
}

float
ml_const_float32_val (MlArena       *arena,
                      const MlConst *x,
                      gboolean      *exact)
{
  return (float) ieee_val (arena, x, TRUE, exact);
}

/* ---- printing ---- */

/* strconv.IsPrint: letters, marks, numbers, punctuation, symbols and the ASCII space. */
static gboolean
go_is_print (gunichar r)
{
  if (r == ' ')
    return TRUE;
  switch (g_unichar_type (r))
    {
    case G_UNICODE_LOWERCASE_LETTER: case G_UNICODE_MODIFIER_LETTER: case G_UNICODE_OTHER_LETTER:
    case G_UNICODE_TITLECASE_LETTER: case G_UNICODE_UPPERCASE_LETTER:
    case G_UNICODE_SPACING_MARK: case G_UNICODE_ENCLOSING_MARK: case G_UNICODE_NON_SPACING_MARK:
    case G_UNICODE_DECIMAL_NUMBER: case G_UNICODE_LETTER_NUMBER: case G_UNICODE_OTHER_NUMBER:
    case G_UNICODE_CONNECT_PUNCTUATION: case G_UNICODE_DASH_PUNCTUATION:
    case G_UNICODE_CLOSE_PUNCTUATION: case G_UNICODE_FINAL_PUNCTUATION:
    case G_UNICODE_INITIAL_PUNCTUATION: case G_UNICODE_OTHER_PUNCTUATION:
    case G_UNICODE_OPEN_PUNCTUATION:
    case G_UNICODE_CURRENCY_SYMBOL: case G_UNICODE_MODIFIER_SYMBOL: case G_UNICODE_MATH_SYMBOL:
    case G_UNICODE_OTHER_SYMBOL:
      return TRUE;
    case G_UNICODE_CONTROL: case G_UNICODE_FORMAT: case G_UNICODE_UNASSIGNED:
    case G_UNICODE_PRIVATE_USE: case G_UNICODE_SURROGATE: case G_UNICODE_LINE_SEPARATOR:
    case G_UNICODE_PARAGRAPH_SEPARATOR: case G_UNICODE_SPACE_SEPARATOR:
    default:
      return FALSE;
    }
}

/* strconv's appendEscapedRune for quote @quote. */
static void
append_escaped_rune (GString  *out,
                     gunichar  r,
                     char      quote)
{
  if (r == (gunichar) quote || r == '\\')
    {
      g_string_append_c (out, '\\');
      g_string_append_unichar (out, r);
      return;
    }
  if (go_is_print (r))
    {
      g_string_append_unichar (out, r);
      return;
    }
  switch (r)
    {
    case '\a': g_string_append (out, "\\a"); break;
    case '\b': g_string_append (out, "\\b"); break;
    case '\f': g_string_append (out, "\\f"); break;
    case '\n': g_string_append (out, "\\n"); break;
    case '\r': g_string_append (out, "\\r"); break;
    case '\t': g_string_append (out, "\\t"); break;
    case '\v': g_string_append (out, "\\v"); break;
    default:
      if (r < ' ' || r == 0x7f)
        g_string_append_printf (out, "\\x%02x", r);
      else if (r < 0x10000)
        g_string_append_printf (out, "\\u%04x", r);
      else
        g_string_append_printf (out, "\\U%08x", r);
      break;
    }
}

/* strconv.Quote of the bytes s[0..len): invalid UTF-8 bytes as \xNN. */
void
ml_const_append_quoted (GString    *out,
                        const char *s,
                        gsize       len)
{
  gsize i = 0;

  g_string_append_c (out, '"');
  while (i < len)
    {
      gunichar r = g_utf8_get_char_validated (s + i, (gssize) (len - i));

      if (r == (gunichar) -1 || r == (gunichar) -2)
        {
          g_string_append_printf (out, "\\x%02x", (guchar) s[i]);
          i++;
          continue;
        }
      append_escaped_rune (out, r, '"');
      i += g_utf8_skip[(guchar) s[i]];
    }
  g_string_append_c (out, '"');
}

/* strconv.QuoteRune, as gc prints a rune constant ('A', '\n', 'ñ'). */
void
ml_const_append_rune (GString  *out,
                      gunichar  r)
{
  if (r > 0x10ffff || (r >= 0xd800 && r <= 0xdfff))
    r = 0xfffd;
  g_string_append_c (out, '\'');
  append_escaped_rune (out, r, '\'');
  g_string_append_c (out, '\'');
}

/* The significant digits of v (no trailing zeros) and the decimal exponent of the first, as
 * strconv has them: @prec digits correctly rounded, or the shortest that read back as v when
 * @prec is 0. */
static void
float_digits (double  v,
              int     prec,
              char   *digits,
              int    *exp10)
{
  char buf[64], fmt[16];
  char *e;
  int n = 0;

  if (prec == 0)
    {
      for (prec = 1; prec < 17; prec++)
        {
          g_snprintf (fmt, sizeof fmt, "%%.%de", prec - 1);
          g_ascii_formatd (buf, sizeof buf, fmt, v);
          if (g_ascii_strtod (buf, NULL) == v)
            break;
        }
    }
  g_snprintf (fmt, sizeof fmt, "%%.%de", prec - 1);
  g_ascii_formatd (buf, sizeof buf, fmt, fabs (v));
  for (const char *p = buf; *p != '\0' && *p != 'e'; p++)
    if (g_ascii_isdigit (*p))
      digits[n++] = *p;
  while (n > 1 && digits[n - 1] == '0')
    n--;
  digits[n] = '\0';
  e = strchr (buf, 'e');
  *exp10 = e != NULL ? atoi (e + 1) : 0;
}

/* strconv's %g: %e when the exponent is < -4 or >= the precision (6 for the shortest
 * form), else %f; no trailing zeros. */
static void
append_go_g (GString *out,
             double   v,
             int      prec)
{
  char digits[32];
  int exp10, nd, eprec;

  if (v == 0)
    {
      g_string_append_c (out, '0');
      return;
    }
  float_digits (v, prec, digits, &exp10);
  nd = (int) strlen (digits);
  if (v < 0)
    g_string_append_c (out, '-');
  eprec = prec;
  if (prec == 0)
    eprec = 6;
  else if (eprec > nd && nd >= exp10 + 1)
    eprec = nd;
  if (exp10 < -4 || exp10 >= eprec)
    {
      g_string_append_c (out, digits[0]);
      if (nd > 1)
        {
          g_string_append_c (out, '.');
          g_string_append (out, digits + 1);
        }
      g_string_append_printf (out, "e%c%02d", exp10 < 0 ? '-' : '+', ABS (exp10));
      return;
    }
  if (exp10 < 0)
    {
      g_string_append (out, "0.");
      for (int i = 0; i < -exp10 - 1; i++)
        g_string_append_c (out, '0');
      g_string_append (out, digits);
      return;
    }
  for (int i = 0; i <= exp10; i++)
    g_string_append_c (out, i < nd ? digits[i] : '0');
  if (nd > exp10 + 1)
    {
      g_string_append_c (out, '.');
      g_string_append (out, digits + exp10 + 1);
    }
}

/* floatVal.String: %.6g of the nearest float64 (%g when that hides a fraction); beyond the
 * float64 range, a mantissa and a decimal exponent worked out approximately, as Go does to
 * stay fast. */
static void
append_float (GString    *out,
              MlBigFloat  f)
{
  gboolean exact;
  double x = ml_bigfloat_to_ieee (f, FALSE, &exact);
  MlBigFloat mant;
  gint64 exp, e;
  double m, d;

  if ((f.sign == 0) == (x == 0) && !isinf (x))
    {
      gsize start = out->len;

      append_go_g (out, x, 6);
      if (!ml_bigfloat_is_int (f) && strchr (out->str + start, '.') == NULL)
        {
          g_string_truncate (out, start);
          append_go_g (out, x, 0);
        }
      return;
    }
  exp = ml_bigfloat_mant_exp (f);
  mant = f;
  mant.exp = -(gint64) ml_bigint_bitlen (f.mant);
  m = ml_bigfloat_to_ieee (mant, FALSE, &exact);
  d = (double) exp * 0.30102999566398119521373889472449302676818988146210854131;
  e = (gint64) d;
  m *= pow (10, d - (double) e);
  if (fabs (m) < 1 - 0.5e-6)
    {
      m *= 10;
      e--;
    }
  else if (fabs (m) >= 10)
    {
      m /= 10;
      e++;
    }
  append_go_g (out, m, 6);
  g_string_append_printf (out, "e%+" G_GINT64_FORMAT, e);
}

static void
append_value (GString       *out,
              MlArena       *arena,
              const MlConst *c)
{
  switch (c->kind)
    {
    case ML_CONST_BOOL:
      g_string_append (out, c->b ? "true" : "false");
      break;
    case ML_CONST_STRING:
      {
        /* Shortened to 72 runes, go/constant's maxLen, the last three being "...". */
        gsize start = out->len;
        const char *p;

        ml_const_append_quoted (out, c->s, c->len);
        if (g_utf8_strlen (out->str + start, -1) > 72)
          {
            p = g_utf8_offset_to_pointer (out->str + start, 72 - 3);
            g_string_truncate (out, (gsize) (p - out->str));
            g_string_append (out, "...");
          }
      }
      break;
    case ML_CONST_INT:
      {
        g_autofree char *s = ml_bigint_to_string (c->num->i);

        g_string_append (out, s);
      }
      break;
    case ML_CONST_FLOAT:
      append_float (out, c->num->is_rat ? ml_bigfloat_from_rat (arena, c->num->rat, ML_CONST_PREC)
                                               : c->num->flt);
      break;
    case ML_CONST_COMPLEX:
      g_string_append_c (out, '(');
      append_value (out, arena, c->num->re);
      g_string_append (out, " + ");
      append_value (out, arena, c->num->im);
      g_string_append (out, "i)");
      break;
    default:
      break;
    }
}

/* Formats a constant as go/constant's String does in types2's messages and gc's -m lines. */
char *
ml_const_to_string (const MlConst *c)
{
  GString *out = g_string_new (NULL);
  MlArena *scratch = ml_arena_new ();

  if (c != NULL)
    append_value (out, scratch, c);
  ml_arena_free (scratch);
  return g_string_free (out, FALSE);
}
