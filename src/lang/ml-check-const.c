/* ml-check-const.c
 *
 * Copyright 2026 The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Constants in the checker (types2's const.go): whether a value is representable by a basic
 * type, with the rounding of floats to float32 and float64 and the integer a float stands
 * for; the representation of an operand in a type with types2's error codes and messages
 * ("overflows", "truncated", "cannot convert"); the overflow check after each constant
 * operation (a typed result must fit its type, an untyped integer 512 bits); default types;
 * and the small helpers the other files use to read constant operands.  The arithmetic
 * itself is go/constant's, in ml-const-value.c.
 */

#define G_LOG_DOMAIN "ml-check"

#include "config.h"

#include <math.h>
#include <string.h>

#include "ml-check-private.h"
#include "ml-const-private.h"

/* The largest string constant Go builds (cmd/internal/obj.MaxSymSize), and the largest MemLab
 * keeps in memory. */
#define GO_MAX_STRING_LEN 2000000000
#define ML_MAX_STRING_LEN (1 << 24)

MlConst *
ml_check_const_int (MlChecker *c,
                    gint64     v)
{
  return ml_const_make_int64 (c->arena, v);
}

/* The bits of an integer type of the target (gc's amd64). */
static guint
int_bits (MlType *u)
{
  switch (u->kind)
    {
    case ML_TYPE_INT8: case ML_TYPE_UINT8: return 8;
    case ML_TYPE_INT16: case ML_TYPE_UINT16: return 16;
    case ML_TYPE_INT32: case ML_TYPE_UINT32: return 32;
    case ML_TYPE_INT: case ML_TYPE_INT64: case ML_TYPE_UINT: case ML_TYPE_UINT64:
    case ML_TYPE_UINTPTR:
      return 64;
    case ML_TYPE_INVALID: case ML_TYPE_BOOL: ML_TYPE_CASES_FLOAT: ML_TYPE_CASES_COMPLEX:
    case ML_TYPE_STRING: case ML_TYPE_UNSAFE_POINTER: ML_TYPE_CASES_UNTYPED:
    ML_TYPE_CASES_COMPOSITE:
    default:
      return 0;
    }
}

/* types2's roundFloat32 and roundFloat64: the value the type holds, NULL if it overflows. */
static MlConst *
round_float (MlChecker     *c,
             const MlConst *x,
             gboolean       single)
{
  gboolean exact;
  double f = single ? (double) ml_const_float32_val (c->arena, x, &exact)
                    : ml_const_float64_val (c->arena, x, &exact);

  if (isinf (f))
    return NULL;
  return ml_const_make_float64 (c->arena, f);
}

/* types2's representableConst: whether @x can be a value of @t (a type whose underlying type
 * is basic); *@rounded, when asked for, is x as the type holds it (the integer of an integral
 * float, a float rounded to float32 or float64).  An unknown value (NULL) fits anything. */
gboolean
ml_check_representable_const (MlChecker     *c,
                              const MlConst *x,
                              MlType        *t,
                              MlConst      **rounded)
{
  MlType *u = ml_type_underlying (t);
  const MlConst *v;
  MlConst *r, *re, *im;
  gint64 i;

  if (x == NULL)
    {
      if (rounded != NULL)
        *rounded = NULL;
      return TRUE;
    }
  if (u == NULL)
    return FALSE;
  if (ml_type_is_integer (u))
    {
      guint bits = int_bits (u);

      v = ml_const_to_int (c->arena, x);
      if (v == NULL)
        return FALSE;
      if (rounded != NULL)
        *rounded = (MlConst *) v;
      if (bits == 0)
        return TRUE;  /* untyped */
      if (ml_const_int64_val (v, &i))
        {
          if (ml_type_is_unsigned (u))
            return i >= 0 && (bits == 64 || i <= (G_GINT64_CONSTANT (1) << bits) - 1);
          return bits == 64 || (i >= -(G_GINT64_CONSTANT (1) << (bits - 1))
                                && i <= (G_GINT64_CONSTANT (1) << (bits - 1)) - 1);
        }
      return ml_type_is_unsigned (u) && bits == 64 && ml_const_sign (v) >= 0 && ml_const_bitlen (v) <= 64;
    }
  if (ml_type_is_float (u))
    {
      v = ml_const_to_float (c->arena, x);
      if (v == NULL)
        return FALSE;
      if (u->kind == ML_TYPE_UNTYPED_FLOAT)
        return TRUE;
      r = round_float (c, v, u->kind == ML_TYPE_FLOAT32);
      if (r != NULL && rounded != NULL)
        *rounded = r;
      return r != NULL;
    }
  if (u->kind == ML_TYPE_COMPLEX64 || u->kind == ML_TYPE_COMPLEX128)
    {
      v = ml_const_to_complex (c->arena, x);
      if (v == NULL)
        return FALSE;
      re = round_float (c, ml_const_real (c->arena, v), u->kind == ML_TYPE_COMPLEX64);
      im = round_float (c, ml_const_imag (c->arena, v), u->kind == ML_TYPE_COMPLEX64);
      if (re == NULL || im == NULL)
        return FALSE;
      if (rounded != NULL)
        *rounded = ml_const_make_complex (c->arena, re, im);
      return TRUE;
    }
  if (ml_type_is_string (u))
    return x->kind == ML_CONST_STRING;
  if (ml_type_is_boolean (u))
    return x->kind == ML_CONST_BOOL;
  return FALSE;
}

/* types2's representation: @x's value as a constant of @t in *@out, or why it cannot be one
 * (a float given to an integer type is truncated, another number overflows). */
MlConstFit
ml_check_representation (MlChecker *c,
                         MlNode    *x,
                         MlType    *t,
                         MlConst  **out)
{
  MlConst *v = x->cval;

  if (!ml_check_representable_const (c, x->cval, t, &v))
    {
      if (ml_type_is_numeric (x->type) && ml_type_is_numeric (t))
        return !ml_type_is_integer (x->type) && ml_type_is_integer (t) ? ML_CONST_TRUNCATED
                                                                      : ML_CONST_OVERFLOWS;
      return ML_CONST_INVALID;
    }
  *out = v;
  return ML_CONST_FITS;
}

/* types2's invalidConversion: "X truncated to T", "X overflows T" or "cannot convert X to type
 * T", at @x, which is then invalid. */
void
ml_check_invalid_conversion (MlChecker  *c,
                             MlConstFit  code,
                             MlNode     *x,
                             MlType     *target)
{
  g_autofree char *d = ml_check_describe (x);
  g_autofree char *ts = ml_type_to_string (target);

  switch (code)
    {
    case ML_CONST_TRUNCATED:
      ml_check_error_at (c, ml_node_start_pos (x), "%s truncated to %s", d, ts);
      break;
    case ML_CONST_OVERFLOWS:
      ml_check_error_at (c, ml_node_start_pos (x), "%s overflows %s", d, ts);
      break;
    case ML_CONST_FITS: case ML_CONST_INVALID:
    default:
      ml_check_error_at (c, ml_node_start_pos (x), "cannot convert %s to type %s", d, ts);
      break;
    }
  ml_check_invalidate (c, x);
}

/* types2's representable: a constant operand takes the value @t holds, or is reported and
 * made invalid. */
gboolean
ml_check_representable (MlChecker *c,
                        MlNode    *x,
                        MlType    *t)
{
  MlConst *v = NULL;
  MlConstFit code = ml_check_representation (c, x, t, &v);

  if (code != ML_CONST_FITS)
    {
      ml_check_invalid_conversion (c, code, x, t);
      return FALSE;
    }
  x->cval = v;
  return TRUE;
}

/* types2's opName: what an operation that may overflow is called in "constant X overflow". */
static const char *
op_name (MlNode *n)
{
  n = ml_node_unparen (n);
  if (n->kind == ML_NODE_UNARY)
    return n->op == ML_TOK_XOR ? "bitwise complement " : "";
  if (n->kind != ML_NODE_BINARY)
    return "";
  switch ((int) n->op)
    {
    case ML_TOK_ADD: return "addition ";
    case ML_TOK_SUB: return "subtraction ";
    case ML_TOK_XOR: return "bitwise XOR ";
    case ML_TOK_MUL: return "multiplication ";
    case ML_TOK_SHL: return "shift ";
    default: return "";
    }
}

/* types2's opPos: an operation's operator, else where the expression starts. */
MlPos
ml_check_op_pos (MlNode *n)
{
  MlNode *u = ml_node_unparen (n);

  if (u->kind == ML_NODE_BINARY || u->kind == ML_NODE_UNARY)
    return u->pos;
  return ml_node_start_pos (n);
}

/* types2's overflow, after the constant operation (or literal) @n: an unknown result cannot be
 * represented, a typed one must fit its type, an untyped integer must stay within 512 bits
 * and a string within Go's limit (and MemLab's).  Returns FALSE, @n invalid, after an error. */
gboolean
ml_check_overflow (MlChecker *c,
                   MlNode    *n)
{
  if (n->mode != ML_MODE_CONSTANT)
    return TRUE;
  if (n->cval == NULL)
    {
      ml_check_error_at (c, ml_check_op_pos (n), "constant result is not representable");
      ml_check_invalidate (c, n);
      return FALSE;
    }
  if (!ml_type_is_untyped (n->type))
    return ml_check_representable (c, n, ml_type_underlying (n->type));
  if (n->cval->kind == ML_CONST_INT && ml_const_bitlen (n->cval) > ML_CONST_PREC)
    {
      ml_check_error_at (c, ml_check_op_pos (n), "constant %soverflow", op_name (n));
      ml_check_invalidate (c, n);
      return FALSE;
    }
  if (n->cval->kind == ML_CONST_STRING && n->cval->len > GO_MAX_STRING_LEN)
    {
      ml_check_error_at (c, ml_check_op_pos (n), "constant string too long (%" G_GSIZE_FORMAT " bytes > %d bytes)",
                         n->cval->len, GO_MAX_STRING_LEN);
      ml_check_invalidate (c, n);
      return FALSE;
    }
  return TRUE;
}

/* x + y of two string constants, unless the result would be longer than MemLab keeps (Go's
 * own limit is far beyond what the model can hold; its message stands for both). */
MlConst *
ml_check_concat (MlChecker *c,
                 MlNode    *n,
                 MlConst   *x,
                 MlConst   *y)
{
  if (x->len + y->len > ML_MAX_STRING_LEN)
    {
      ml_check_error_at (c, ml_check_op_pos (n), "constant string too long (%" G_GSIZE_FORMAT " bytes > %d bytes)",
                         x->len + y->len, ML_MAX_STRING_LEN);
      return NULL;
    }
  return ml_const_binary (c->arena, x, ML_TOK_ADD, y, FALSE);
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
    case ML_TYPE_UNTYPED_COMPLEX: return c->t_complex128;
    case ML_TYPE_UNTYPED_STRING: return c->t_string;
    case ML_TYPE_INVALID:
    ML_TYPE_CASES_BASIC:
    case ML_TYPE_UNTYPED_NIL:
    ML_TYPE_CASES_COMPOSITE:
    default:
      return t;
    }
}

/* The value of an integral constant operand that fits an int64 (an array length, an index
 * key); *@ok is FALSE for anything else. */
gint64
ml_check_const_int_value (MlNode   *n,
                          gboolean *ok)
{
  MlArena *scratch;
  MlConst *v;
  gint64 i = 0;

  *ok = FALSE;
  if (n->mode != ML_MODE_CONSTANT || n->cval == NULL)
    return 0;
  if (n->cval->kind == ML_CONST_INT)
    {
      *ok = ml_const_int64_val (n->cval, &i);
      return i;
    }
  scratch = ml_arena_new ();
  v = ml_const_to_int (scratch, n->cval);
  *ok = v != NULL && ml_const_int64_val (v, &i);
  ml_arena_free (scratch);
  return i;
}

/* Folds a constant binary operation or comparison of @a and @b into *@out; FALSE for a
 * division by zero (or an unknown result).  Two integers divide as integers when @integer
 * says the operation is on an integer type (untyped 7 / 2.0 is 3.5). */
gboolean
ml_check_fold_binary (MlChecker *c,
                      MlToken    op,
                      MlConst   *a,
                      MlConst   *b,
                      gboolean   integer,
                      MlConst  **out)
{
  if (ml_check_is_comparison (op))
    {
      *out = ml_const_make_bool (c->arena, ml_const_compare (c->arena, a, op, b));
      return TRUE;
    }
  if ((op == ML_TOK_QUO || op == ML_TOK_REM) && ml_const_sign (b) == 0)
    return FALSE;
  *out = ml_const_binary (c->arena, a, op, b, integer);
  return *out != NULL;
}
