/* ml-check-operand.c
 *
 * Copyright 2026 The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Operands and what is said about them (types2's operand.go and errors.go): the description
 * types2 gives an operand in its messages ("i (variable of type int)", "300 (untyped int
 * constant)", "p (variable of struct type T)"), the reports every part of the checker shares
 * ("f() (no value) used as value"), and assignability, the relation most checks come down to.
 */

#define G_LOG_DOMAIN "ml-check"

#include "config.h"

#include <string.h>

#include "ml-check-private.h"

/* Reports a message and takes it back at once, for a check that finds a more precise message
 * to give.  What it leaves behind is kept on purpose: the sink saw the message (its duplicate
 * rule and error limit applied), and the item withdrawn is the last one in the sink. */
void
ml_check_error_withdrawn (MlChecker  *c,
                          MlPos       pos,
                          const char *format,
                          ...)
{
  va_list args;

  va_start (args, format);
  ml_diag_sink_addv (&c->sink, ML_DIAGNOSTIC_ERROR, pos, format, args);
  va_end (args);
  g_ptr_array_remove_index (c->sink.items, c->sink.items->len - 1);
  c->sink.n_errors--;
}

/* types2's "f() (no value) used as value". */
void
ml_check_error_no_value (MlChecker *c,
                         MlNode    *n)
{
  g_autofree char *s = ml_node_to_string (n);

  ml_check_error_at (c, ml_node_start_pos (n), "%s (no value) used as value", s);
}

/* types2's kind names of the composite types ("slice", "map"), or %NULL for any other
 * underlying type. */
const char *
ml_check_composite_kind_name (MlType *u)
{
  switch (u->kind)
    {
    case ML_TYPE_ARRAY: return "array";
    case ML_TYPE_SLICE: return "slice";
    case ML_TYPE_STRUCT: return "struct";
    case ML_TYPE_POINTER: return "pointer";
    case ML_TYPE_FUNC: return "func";
    case ML_TYPE_INTERFACE: return "interface";
    case ML_TYPE_MAP: return "map";
    case ML_TYPE_CHAN: return "chan";
    case ML_TYPE_INVALID:
    ML_TYPE_CASES_BASIC:
    ML_TYPE_CASES_UNTYPED:
    case ML_TYPE_TUPLE: case ML_TYPE_NAMED:
    default:
      return NULL;
    }
}

/* What types2 says a named type is made of: "struct" in "p (variable of struct type T)". */
static const char *
composite_kind (MlType *t)
{
  MlType *u;
  const char *kind;

  if (t == NULL || t->kind != ML_TYPE_NAMED)
    return NULL;
  u = ml_type_underlying (t);
  if (u == NULL)
    return NULL;
  kind = ml_check_composite_kind_name (u);
  if (kind != NULL)
    return kind;
  /* A renamed basic type is described by its basic type: "float64
   * type Celsius". */
  return u->kind != ML_TYPE_INVALID ? u->name : NULL;
}

/* types2's operand.String: "x (variable of type int)". */
char *
ml_check_describe (MlNode *n)
{
  g_autofree char *e = ml_node_to_string (n);
  g_autofree char *t = NULL;
  const char *ck;

  if (n->type != NULL && n->type->kind == ML_TYPE_UNTYPED_NIL)
    return g_strdup ("nil");
  t = ml_type_to_string (n->type);
  ck = composite_kind (n->type);

  switch (n->mode)
    {
    case ML_MODE_CONSTANT:
      {
        g_autofree char *v = n->cval ? ml_const_to_string (n->cval) : g_strdup ("?");

        if (ml_type_is_untyped (n->type))
          {
            if (strcmp (v, e) == 0)
              return g_strdup_printf ("%s (%s constant)", e, t);
            return g_strdup_printf ("%s (%s constant %s)", e, t, v);
          }
        if (strcmp (v, e) == 0)
          return g_strdup_printf ("%s (constant of %s%stype %s)", e, ck ? ck : "", ck ? " " : "", t);
        return g_strdup_printf ("%s (constant %s of %s%stype %s)", e, v, ck ? ck : "", ck ? " " : "", t);
      }
    case ML_MODE_NOVALUE:
      return g_strdup_printf ("%s (no value)", e);
    case ML_MODE_BUILTIN:
      return g_strdup_printf ("%s (built-in)", e);
    case ML_MODE_TYPEXPR:
      return g_strdup_printf ("%s (type)", e);
    case ML_MODE_VARIABLE:
      return g_strdup_printf ("%s (variable of %s%stype %s)", e, ck ? ck : "", ck ? " " : "", t);
    case ML_MODE_MAPINDEX:
      return g_strdup_printf ("%s (map index expression of %s%stype %s)", e, ck ? ck : "", ck ? " " : "", t);
    case ML_MODE_COMMAOK:
      return g_strdup_printf ("%s (comma, ok expression of %s%stype %s)", e, ck ? ck : "", ck ? " " : "", t);
    case ML_MODE_PACKAGE:
      return g_strdup_printf ("%s (package)", e);
    case ML_MODE_VALUE:
      if (n->type != NULL && n->type->kind == ML_TYPE_TUPLE)
        return g_strdup_printf ("%s (value of type %s)", e, t);
      return g_strdup_printf ("%s (value of %s%stype %s)", e, ck ? ck : "", ck ? " " : "", t);
    case ML_MODE_INVALID:
    default:
      return g_strdup_printf ("%s (invalid operand)", e);
    }
}

/* An operand must be a single value: reports f() (no value) and
 * multiple-value calls as types2 does. */
gboolean
ml_check_single_value (MlChecker *c,
                       MlNode    *n)
{
  if (!ml_check_is_valid (n) || n->type->kind != ML_TYPE_TUPLE)
    return TRUE;
  if (n->mode == ML_MODE_NOVALUE || n->type->n_fields == 0)
    ml_check_error_no_value (c, n);
  else
    {
      g_autofree char *es = ml_node_to_string (n);
      g_autofree char *ts = ml_type_to_string (n->type);

      ml_check_error_at (c, ml_node_start_pos (n), "multiple-value %s (value of type %s) in single-value context",
                         es, ts);
    }
  ml_check_invalidate (c, n);
  return FALSE;
}

gboolean
ml_check_is_nillable (MlType *t)
{
  MlType *u = ml_type_underlying (t);

  if (u == NULL)
    return FALSE;
  return u->kind == ML_TYPE_POINTER || u->kind == ML_TYPE_SLICE || u->kind == ML_TYPE_MAP
         || u->kind == ML_TYPE_FUNC || u->kind == ML_TYPE_INTERFACE || u->kind == ML_TYPE_CHAN
         || u->kind == ML_TYPE_UNSAFE_POINTER;
}

/* Go's assignability of a value of type @v to a variable of type @t (types2's assignableTo);
 * @cause, when not %NULL, receives why not when types2 says it: "T does not implement I
 * (missing method M)", "need type assertion". */
gboolean
ml_check_assignable_cause (MlType  *v,
                           MlType  *t,
                           char   **cause)
{
  MlType *vu, *tu;

  if (v == NULL || t == NULL)
    return FALSE;
  if (ml_type_identical (v, t))
    return TRUE;
  vu = ml_type_underlying (v);
  tu = ml_type_underlying (t);
  if (ml_type_identical (vu, tu) && (v->kind != ML_TYPE_NAMED || t->kind != ML_TYPE_NAMED)
      && vu->kind != ML_TYPE_INVALID && !(vu->kind >= ML_TYPE_BOOL && vu->kind <= ML_TYPE_UNSAFE_POINTER))
    return TRUE;
  if (tu != NULL && tu->kind == ML_TYPE_INTERFACE && v->kind != ML_TYPE_UNTYPED_NIL)
    return ml_check_implements (v, t, cause);
  if (v->kind == ML_TYPE_UNTYPED_NIL)
    return ml_check_is_nillable (t);
  /* A value of an interface type that @t implements: the conversion needs an assertion. */
  if (vu != NULL && vu->kind == ML_TYPE_INTERFACE && ml_check_implements (t, v, NULL) && cause != NULL)
    *cause = g_strdup ("need type assertion");
  return FALSE;
}

gboolean
ml_check_assignable (MlType *v,
                     MlType *t)
{
  return ml_check_assignable_cause (v, t, NULL);
}
