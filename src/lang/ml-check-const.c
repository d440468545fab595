/* ml-check-const.c
 *
 * Copyright 2026 The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Constant values (types2's const.go with the go/constant operations it calls): creating
 * them, whether a value is representable by a type, default types of untyped constants,
 * folding unary and binary operations, and the overflow check after an operation.  Constants
 * are 128-bit integers, long doubles, strings and booleans (MlConst), which covers every
 * constant a lesson writes; this file is the only one that does arithmetic on them.
 */

#define G_LOG_DOMAIN "ml-check"

#include "config.h"

#include <math.h>
#include <string.h>

#include "ml-check-private.h"

MlConst *
ml_check_const_new (MlChecker   *c,
                    MlConstKind  kind)
{
  MlConst *k = ml_arena_new0 (c->arena, MlConst);

  k->kind = kind;
  return k;
}

MlConst *
ml_check_const_int (MlChecker *c,
                    __int128   v)
{
  MlConst *k = ml_check_const_new (c, ML_CONST_INT);

  k->i = v;
  return k;
}

/* Whether @v can be a value of @t; if so and @out is given, *@out is the value converted to
 * @t's kind of constant (heap-allocated).  *@truncated tells a float with a fraction given to
 * an integer type. */
gboolean
ml_check_representable (MlConst  *v,
                        MlType   *t,
                        MlConst **out,
                        gboolean *truncated)
{
  MlType *u = ml_type_underlying (t);
  MlConst tmp = *v;

  *truncated = FALSE;
  if (u == NULL)
    return FALSE;
  if (ml_type_is_integer (u))
    {
      __int128 lo, hi;

      if (v->kind == ML_CONST_FLOAT)
        {
          if (v->f != floorl (v->f))
            {
              *truncated = TRUE;
              return FALSE;
            }
          if (fabsl (v->f) > 1.7e38L)
            return FALSE;
          tmp.kind = ML_CONST_INT;
          tmp.i = (__int128) v->f;
        }
      else if (v->kind != ML_CONST_INT)
        return FALSE;
      switch (u->kind)
        {
        case ML_TYPE_INT8: lo = G_MININT8; hi = G_MAXINT8; break;
        case ML_TYPE_INT16: lo = G_MININT16; hi = G_MAXINT16; break;
        case ML_TYPE_INT32: lo = G_MININT32; hi = G_MAXINT32; break;
        case ML_TYPE_INT: case ML_TYPE_INT64: lo = G_MININT64; hi = G_MAXINT64; break;
        case ML_TYPE_UINT8: lo = 0; hi = G_MAXUINT8; break;
        case ML_TYPE_UINT16: lo = 0; hi = G_MAXUINT16; break;
        case ML_TYPE_UINT32: lo = 0; hi = G_MAXUINT32; break;
        case ML_TYPE_UINT: case ML_TYPE_UINT64: case ML_TYPE_UINTPTR: lo = 0; hi = G_MAXUINT64; break;
        case ML_TYPE_UNTYPED_INT: case ML_TYPE_UNTYPED_RUNE:
          lo = -((__int128) 1 << 126); hi = (__int128) 1 << 126; break;
        case ML_TYPE_INVALID: case ML_TYPE_BOOL: ML_TYPE_CASES_FLOAT: ML_TYPE_CASES_COMPLEX:
        case ML_TYPE_STRING: case ML_TYPE_UNSAFE_POINTER: case ML_TYPE_UNTYPED_BOOL:
        case ML_TYPE_UNTYPED_FLOAT: case ML_TYPE_UNTYPED_STRING: case ML_TYPE_UNTYPED_NIL:
        ML_TYPE_CASES_COMPOSITE:
        default:
          return FALSE;
        }
      if (tmp.i < lo || tmp.i > hi)
        return FALSE;
      if (out != NULL)
        *out = g_memdup2 (&tmp, sizeof tmp);
      return TRUE;
    }
  if (ml_type_is_float (u) || u->kind == ML_TYPE_COMPLEX64 || u->kind == ML_TYPE_COMPLEX128)
    {
      if (v->kind == ML_CONST_INT)
        {
          tmp.kind = ML_CONST_FLOAT;
          tmp.f = (long double) v->i;
        }
      else if (v->kind != ML_CONST_FLOAT)
        return FALSE;
      if (u->kind == ML_TYPE_FLOAT32 && fabsl (tmp.f) > 3.40282346638528859811704183484516925440e+38L)
        return FALSE;
      if (u->kind == ML_TYPE_FLOAT64 && fabsl (tmp.f) > 1.797693134862315708145274237317043567981e+308L)
        return FALSE;
      if (out != NULL)
        *out = g_memdup2 (&tmp, sizeof tmp);
      return TRUE;
    }
  if (ml_type_is_string (u))
    return v->kind == ML_CONST_STRING;
  if (ml_type_is_boolean (u))
    return v->kind == ML_CONST_BOOL;
  return FALSE;
}

/* Stores a converted constant value in the arena. */
void
ml_check_set_const (MlChecker *c,
                    MlNode    *n,
                    MlConst   *heap_value)
{
  if (heap_value == NULL)
    return;
  n->cval = ml_arena_memdup (c->arena, heap_value, sizeof *heap_value);
  g_free (heap_value);
}

/* The type an untyped value takes where nothing else decides it: bool, int, rune, float64 or
 * string. */
MlType *
ml_check_default_type (MlChecker *c,
                       MlType    *t)
{
  if (t == NULL)
    return c->t_invalid;
  switch (t->kind)
    {
    case ML_TYPE_UNTYPED_BOOL: return c->t_bool;
    case ML_TYPE_UNTYPED_INT: return c->t_int;
    case ML_TYPE_UNTYPED_RUNE: return c->t_rune;
    case ML_TYPE_UNTYPED_FLOAT: return c->t_float64;
    case ML_TYPE_UNTYPED_STRING: return c->t_string;
    case ML_TYPE_INVALID:
    ML_TYPE_CASES_BASIC:
    case ML_TYPE_UNTYPED_NIL:
    ML_TYPE_CASES_COMPOSITE:
    default:
      return t;
    }
}

/* The value of an integral constant operand (an array length, an index key); *@ok is FALSE
 * for anything else. */
gint64
ml_check_const_int_value (MlNode   *n,
                          gboolean *ok)
{
  *ok = FALSE;
  if (n->mode != ML_MODE_CONSTANT || n->cval == NULL)
    return 0;
  if (n->cval->kind == ML_CONST_INT)
    {
      *ok = TRUE;
      return (gint64) n->cval->i;
    }
  if (n->cval->kind == ML_CONST_FLOAT && n->cval->f == floorl (n->cval->f))
    {
      *ok = TRUE;
      return (gint64) n->cval->f;
    }
  return 0;
}

/* An untyped floating-point constant with no fraction (1e3, 2.0) is usable where Go wants an
 * integer, as an index or a size: it becomes the integer constant. */
void
ml_check_integral_constant_as_int (MlChecker *c,
                                   MlNode    *n)
{
  if (n->mode == ML_MODE_CONSTANT && n->cval && n->cval->kind == ML_CONST_FLOAT
      && n->cval->f == floorl (n->cval->f) && ml_type_is_untyped (n->type))
    {
      n->cval = ml_check_const_int (c, (__int128) n->cval->f);
      n->type = c->t_uint_const;
    }
}

/* The boolean constant of comparison @op between two values, given how they compare.  The
 * three answers are separate so that floats keep IEEE semantics (a NaN is neither less,
 * equal nor greater). */
static MlConst *
compare_const (MlChecker *c,
               MlToken    op,
               gboolean   less,
               gboolean   equal,
               gboolean   greater)
{
  MlConst *r = ml_check_const_new (c, ML_CONST_BOOL);

  switch ((int) op)
    {
    case ML_TOK_EQL: r->b = equal; break;
    case ML_TOK_NEQ: r->b = !equal; break;
    case ML_TOK_LSS: r->b = less; break;
    case ML_TOK_LEQ: r->b = less || equal; break;
    case ML_TOK_GTR: r->b = greater; break;
    case ML_TOK_GEQ: r->b = greater || equal; break;
    default: break;
    }
  return r;
}

static MlConst *
fold_strings (MlChecker *c,
              MlToken    op,
              MlConst   *a,
              MlConst   *b)
{
  gsize m = MIN (a->len, b->len);
  int cmp;

  if (op == ML_TOK_ADD)
    {
      char *s = ml_arena_alloc (c->arena, a->len + b->len + 1);
      MlConst *r = ml_check_const_new (c, ML_CONST_STRING);

      memcpy (s, a->s, a->len);
      memcpy (s + a->len, b->s, b->len);
      r->s = s;
      r->len = a->len + b->len;
      return r;
    }
  cmp = memcmp (a->s, b->s, m);
  if (cmp == 0)
    cmp = a->len < b->len ? -1 : a->len > b->len ? 1 : 0;
  return compare_const (c, op, cmp < 0, cmp == 0, cmp > 0);
}

static MlConst *
fold_bools (MlChecker *c,
            MlToken    op,
            MlConst   *a,
            MlConst   *b)
{
  MlConst *r = ml_check_const_new (c, ML_CONST_BOOL);

  switch ((int) op)
    {
    case ML_TOK_LAND: r->b = a->b && b->b; break;
    case ML_TOK_LOR: r->b = a->b || b->b; break;
    case ML_TOK_EQL: r->b = a->b == b->b; break;
    case ML_TOK_NEQ: r->b = a->b != b->b; break;
    default: break;
    }
  return r;
}

/* Integer arithmetic saturates far above any type's range (at 2^126), so that an overflow
 * is still reported as one rather than wrapping around. */
static gboolean
fold_integers (MlChecker *c,
               MlToken    op,
               __int128   x,
               __int128   y,
               MlConst  **out)
{
  __int128 v = 0;

  if (ml_check_is_comparison (op))
    {
      *out = compare_const (c, op, x < y, x == y, x > y);
      return TRUE;
    }
  switch ((int) op)
    {
    case ML_TOK_ADD: v = x + y; break;
    case ML_TOK_SUB: v = x - y; break;
    case ML_TOK_MUL:
      if (x != 0 && (y > ((__int128) 1 << 100) / (x < 0 ? -x : x)
                     || y < -((__int128) 1 << 100) / (x < 0 ? -x : x)))
        v = (__int128) 1 << 126;
      else
        v = x * y;
      break;
    case ML_TOK_QUO: if (y == 0) return FALSE; v = x / y; break;
    case ML_TOK_REM: if (y == 0) return FALSE; v = x % y; break;
    case ML_TOK_AND: v = x & y; break;
    case ML_TOK_OR: v = x | y; break;
    case ML_TOK_XOR: v = x ^ y; break;
    case ML_TOK_AND_NOT: v = x & ~y; break;
    case ML_TOK_SHL: v = y >= 126 ? ((__int128) 1 << 126) : x << y; break;
    case ML_TOK_SHR: v = y >= 127 ? (x < 0 ? -1 : 0) : x >> y; break;
    default: break;
    }
  *out = ml_check_const_int (c, v);
  return TRUE;
}

static gboolean
fold_floats (MlChecker   *c,
             MlToken      op,
             long double  x,
             long double  y,
             MlConst    **out)
{
  long double v = 0;

  if (ml_check_is_comparison (op))
    {
      *out = compare_const (c, op, x < y, x == y, x > y);
      return TRUE;
    }
  switch ((int) op)
    {
    case ML_TOK_ADD: v = x + y; break;
    case ML_TOK_SUB: v = x - y; break;
    case ML_TOK_MUL: v = x * y; break;
    case ML_TOK_QUO: if (y == 0) return FALSE; v = x / y; break;
    default: break;
    }
  *out = ml_check_const_new (c, ML_CONST_FLOAT);
  (*out)->f = v;
  return TRUE;
}

/* Folds a constant binary operation; returns FALSE on division by zero.  Two integers divide
 * as integers only when @integer says the operation is on an integer type (untyped 7 / 2.0
 * is 3.5). */
gboolean
ml_check_fold_binary (MlChecker *c,
                      MlToken    op,
                      MlConst   *a,
                      MlConst   *b,
                      gboolean   integer,
                      MlConst  **out)
{
  if (a->kind == ML_CONST_STRING && b->kind == ML_CONST_STRING)
    {
      *out = fold_strings (c, op, a, b);
      return TRUE;
    }
  if (a->kind == ML_CONST_BOOL && b->kind == ML_CONST_BOOL)
    {
      *out = fold_bools (c, op, a, b);
      return TRUE;
    }
  if (a->kind == ML_CONST_INT && b->kind == ML_CONST_INT && (integer || op != ML_TOK_QUO))
    return fold_integers (c, op, a->i, b->i, out);
  return fold_floats (c, op, a->kind == ML_CONST_INT ? (long double) a->i : a->f,
                      b->kind == ML_CONST_INT ? (long double) b->i : b->f, out);
}

/* Folds !x, -x and ^x of the constant operand @x.  ^x of an unsigned type flips only the
 * type's own bits, as Go's constant arithmetic does. */
MlConst *
ml_check_fold_unary (MlChecker *c,
                     MlToken    op,
                     MlNode    *x)
{
  MlConst *v = ml_arena_memdup (c->arena, x->cval, sizeof (MlConst));

  if (op == ML_TOK_NOT)
    v->b = !v->b;
  else if (op == ML_TOK_SUB)
    {
      if (v->kind == ML_CONST_INT)
        v->i = -v->i;
      else
        v->f = -v->f;
    }
  else if (op == ML_TOK_XOR)
    {
      if (ml_type_is_unsigned (x->type))
        {
          gint64 size = ml_type_sizeof (x->type);
          unsigned __int128 mask = size >= 8 ? G_MAXUINT64 : (((unsigned __int128) 1 << (size * 8)) - 1);

          v->i = (__int128) (~(unsigned __int128) v->i & mask);
        }
      else
        v->i = ~v->i;
    }
  return v;
}

/* Reports a typed constant that does not fit its type after an operation. */
void
ml_check_const_overflow (MlChecker *c,
                         MlNode    *n)
{
  gboolean truncated;
  MlConst *out = NULL;

  if (n->mode != ML_MODE_CONSTANT || n->cval == NULL || ml_type_is_untyped (n->type))
    return;
  if (!ml_check_representable (n->cval, n->type, &out, &truncated))
    {
      g_autofree char *d = ml_check_describe (n);
      g_autofree char *ts = ml_type_to_string (n->type);

      ml_check_error_at (c, ml_node_start_pos (n), "%s overflows %s", d, ts);
      ml_check_invalidate (c, n);
      return;
    }
  g_free (out);
}
