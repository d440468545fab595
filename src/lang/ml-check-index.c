/* ml-check-index.c
 *
 * Copyright 2026 The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Index and slice expressions (types2's index.go): x[i] of strings, arrays (through a pointer
 * too), slices and maps, x[lo:hi:max], and the checks of an index value (integer, not
 * negative, within a constant bound) that composite literal keys share.
 */

#define G_LOG_DOMAIN "ml-check"

#include "config.h"

#include "ml-check-private.h"
#include "ml-const-private.h"

/* A pointer to an array indexes, slices, ranges and has a length like the array itself: the
 * array type behind the underlying type @u, or @u itself. */
MlType *
ml_check_array_behind_pointer (MlType *u)
{
  if (u->kind == ML_TYPE_POINTER && ml_type_underlying (u->elem)->kind == ML_TYPE_ARRAY)
    return ml_type_underlying (u->elem);
  return u;
}

/* Checks @n as an integer operand: an index, or a size for make.  An untyped float constant
 * with no fraction counts as an integer.  Reports what is not an integer as types2 does for
 * an index or, with @size, for a size. */
gboolean
ml_check_integer_operand (MlChecker *c,
                          MlNode    *n,
                          gboolean   size)
{
  ml_check_expr (c, n, NULL);
  if (!ml_check_is_valid (n))
    return FALSE;
  /* An untyped constant index is given type int, which must hold it. */
  if (n->mode == ML_MODE_CONSTANT && ml_type_is_untyped (n->type)
      && !ml_check_convert_untyped_or_report (c, n, c->t_int))
    return FALSE;
  if (!ml_type_is_integer (n->type))
    {
      g_autofree char *d = ml_check_describe (n);

      ml_check_error_at (c, ml_node_start_pos (n),
                         size ? "cannot convert %s to type int" : "invalid argument: index %s must be integer", d);
      return FALSE;
    }
  return TRUE;
}

/* types2's negative index or size. */
void
ml_check_report_negative (MlChecker *c,
                          MlNode    *n)
{
  g_autofree char *d = ml_check_describe (n);

  ml_check_error_at (c, ml_node_start_pos (n), "invalid argument: index %s must not be negative", d);
}

/* Checks the index @idx; *@value is its value when constant (else -1).  A constant index must
 * be below @bound (or equal to it with @allow_eq, as slice bounds may be); a negative @bound
 * means none is known. */
gboolean
ml_check_index_value (MlChecker *c,
                      MlNode    *idx,
                      gint64     bound,
                      gboolean   allow_eq,
                      gint64    *value)
{
  *value = -1;
  if (!ml_check_integer_operand (c, idx, FALSE))
    return FALSE;
  if (idx->mode == ML_MODE_CONSTANT && idx->cval)
    {
      if (ml_const_sign (idx->cval) < 0)
        {
          ml_check_report_negative (c, idx);
          return FALSE;
        }
      if (!ml_const_int64_val (idx->cval, value))
        {
          g_autofree char *d = ml_check_describe (idx);

          ml_check_error_at (c, ml_node_start_pos (idx), "invalid argument: index %s overflows int", d);
          *value = -1;
          return FALSE;
        }
      if (bound >= 0 && (*value > bound || (*value == bound && !allow_eq)))
        {
          g_autofree char *s = ml_node_to_string (idx);

          ml_check_error_at (c, ml_node_start_pos (idx),
                             "invalid argument: index %s out of bounds [0:%" G_GINT64_FORMAT "]",
                             s, bound + (allow_eq ? 1 : 0));
          return FALSE;
        }
    }
  ml_check_use_default_type (c, idx);
  return TRUE;
}

void
ml_check_index (MlChecker *c,
                MlNode    *n)
{
  MlNode *x = n->x;
  MlType *u;
  gint64 v;

  ml_check_expr (c, x, NULL);
  if (!ml_check_is_valid (x))
    {
      ml_check_expr (c, n->y, NULL);
      ml_check_invalidate (c, n);
      return;
    }
  u = ml_type_underlying (x->type);
  if (ml_check_array_behind_pointer (u) != u)
    {
      /* Indexing through a pointer gives a variable whatever the pointer is. */
      u = ml_check_array_behind_pointer (u);
      x = NULL;
    }
  switch (u->kind)
    {
    case ML_TYPE_STRING:
    case ML_TYPE_UNTYPED_STRING:
      {
        gint64 len = n->x->mode == ML_MODE_CONSTANT && n->x->cval ? (gint64) n->x->cval->len : -1;

        ml_check_index_value (c, n->y, len, FALSE, &v);
        n->mode = ML_MODE_VALUE;
        n->type = c->t_byte;
        if (len >= 0 && v >= 0 && v < len && n->y->mode == ML_MODE_CONSTANT)
          {
            n->mode = ML_MODE_CONSTANT;
            n->cval = ml_check_const_int (c, (guchar) n->x->cval->s[v]);
          }
        n->mode = ML_MODE_VALUE;
      }
      return;
    case ML_TYPE_ARRAY:
      ml_check_index_value (c, n->y, u->len, FALSE, &v);
      n->type = u->elem;
      n->mode = (x == NULL || x->mode == ML_MODE_VARIABLE) ? ML_MODE_VARIABLE : ML_MODE_VALUE;
      return;
    case ML_TYPE_SLICE:
      ml_check_index_value (c, n->y, -1, FALSE, &v);
      n->type = u->elem;
      n->mode = ML_MODE_VARIABLE;
      return;
    case ML_TYPE_MAP:
      ml_check_expr (c, n->y, u->key);
      ml_check_assign_operand (c, n->y, u->key, "map index");
      n->type = u->elem;
      n->mode = ML_MODE_MAPINDEX;
      return;
    case ML_TYPE_INVALID: case ML_TYPE_BOOL: ML_TYPE_CASES_NUMERIC: case ML_TYPE_UNSAFE_POINTER:
    case ML_TYPE_UNTYPED_BOOL: case ML_TYPE_UNTYPED_INT: case ML_TYPE_UNTYPED_RUNE:
    case ML_TYPE_UNTYPED_FLOAT: case ML_TYPE_UNTYPED_COMPLEX: case ML_TYPE_UNTYPED_NIL:
    case ML_TYPE_POINTER: case ML_TYPE_CHAN:
    case ML_TYPE_STRUCT: case ML_TYPE_FUNC: case ML_TYPE_INTERFACE: case ML_TYPE_TUPLE:
    case ML_TYPE_NAMED:
    default:
      {
        g_autofree char *d = ml_check_describe (n->x);

        ml_check_expr (c, n->y, NULL);
        ml_check_error_at (c, ml_node_start_pos (n->x), "invalid operation: cannot index %s", d);
        ml_check_invalidate (c, n);
      }
      return;
    }
}

void
ml_check_slice_expr (MlChecker *c,
                     MlNode    *n)
{
  MlNode *bounds[] = { n->y, n->z, n->w };
  MlType *u, *a;
  gint64 bound = -1, v;

  ml_check_expr (c, n->x, NULL);
  if (!ml_check_is_valid (n->x))
    {
      ml_check_invalidate (c, n);
      return;
    }
  u = ml_type_underlying (n->x->type);
  a = ml_check_array_behind_pointer (u);
  if (a == u && u->kind == ML_TYPE_ARRAY && n->x->mode != ML_MODE_VARIABLE)
    {
      g_autofree char *d = ml_check_describe (n->x);

      ml_check_error_at (c, ml_node_start_pos (n->x), "invalid operation: %s (slice of unaddressable value)", d);
      ml_check_invalidate (c, n);
      return;
    }
  if (a->kind == ML_TYPE_ARRAY)
    {
      bound = a->len;
      n->type = ml_check_new_slice (c, a->elem);
    }
  else if (u->kind == ML_TYPE_SLICE)
    n->type = n->x->type;
  else if (ml_type_is_string (u))
    {
      if (n->flags & ML_NODE_FLAG_FULL_SLICE)
        {
          ml_check_error_at (c, ml_node_start_pos (n), "invalid operation: 3-index slice of string");
          ml_check_invalidate (c, n);
          return;
        }
      n->type = ml_type_is_untyped (n->x->type) ? c->t_string : n->x->type;
    }
  else
    {
      g_autofree char *d = ml_check_describe (n->x);

      ml_check_error_at (c, ml_node_start_pos (n->x), "cannot slice %s", d);
      ml_check_invalidate (c, n);
      return;
    }
  for (guint i = 0; i < G_N_ELEMENTS (bounds); i++)
    if (bounds[i] != NULL)
      ml_check_index_value (c, bounds[i], bound, TRUE, &v);
  n->mode = ML_MODE_VALUE;
}
