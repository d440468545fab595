/* ml-check-builtins.c
 *
 * Copyright 2026 The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Calls of the builtin functions (types2's builtins.go): len and cap, append, make, new
 * (Go 1.26's new(expr) too), copy, delete, clear, panic, print and println, min and max, and
 * unsafe's Sizeof, Alignof and Offsetof.  ml_check_builtin_call dispatches to one function per
 * builtin or family, as builtins.go's switch does; each checks its arguments and gives the
 * call its mode, type and, where Go folds it, its constant value.
 */

#define G_LOG_DOMAIN "ml-check"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "ml-check-private.h"
#include "ml-const-private.h"

/* types2's count check for a builtin: between @min and @max arguments. */
static gboolean
check_arg_count (MlChecker *c,
                 MlNode    *n,
                 guint      min,
                 guint      max)
{
  MlNodeList *args = &n->list;
  guint na = args->n;
  g_autofree char *cs = NULL;

  if (na >= min && na <= max)
    return TRUE;
  cs = ml_node_to_string (n);
  if (na < min)
    ml_check_error_at (c, ml_node_start_pos (n),
                       "invalid operation: not enough arguments for %s (expected %u, found %u)", cs, min, na);
  else
    ml_check_error_at (c, ml_node_start_pos (n),
                       "invalid operation: too many arguments for %s (expected %u, found %u)", cs, max, na);
  for (guint i = 0; i < na; i++)
    if (args->items[i]->mode == ML_MODE_INVALID && args->items[i]->type == NULL)
      ml_check_expr (c, args->items[i], NULL);
  ml_check_invalidate (c, n);
  return FALSE;
}

/* Checks the one argument of a builtin with no type wanted; FALSE (the call invalid) when
 * the count is wrong or the argument is not valid. */
static gboolean
check_single_arg (MlChecker *c,
                  MlNode    *n)
{
  if (!check_arg_count (c, n, 1, 1))
    return FALSE;
  ml_check_expr (c, n->list.items[0], NULL);
  if (!ml_check_is_valid (n->list.items[0]))
    {
      ml_check_invalidate (c, n);
      return FALSE;
    }
  return TRUE;
}

/* The call of a builtin used as a statement. */
static void
set_no_value (MlChecker *c,
              MlNode    *n)
{
  n->mode = ML_MODE_NOVALUE;
  n->type = ml_check_new_tuple (c, 0, NULL);
}

/* A size for make: an integer, or an untyped constant that is one, and not negative. */
static gboolean
check_size_arg (MlChecker *c,
                MlNode    *a)
{
  if (!ml_check_integer_operand (c, a, TRUE))
    return FALSE;
  ml_check_use_default_type (c, a);
  if (a->mode == ML_MODE_CONSTANT && a->cval && ml_const_sign (a->cval) < 0)
    {
      ml_check_report_negative (c, a);
      return FALSE;
    }
  return TRUE;
}

/* len and cap; constant for a constant string and for an array not obtained by a call. */
static void
check_len_cap (MlChecker *c,
               MlNode    *n,
               MlObject  *b)
{
  MlNode *a;
  MlType *u;
  gboolean ok;

  if (!check_single_arg (c, n))
    return;
  a = n->list.items[0];
  u = ml_check_array_behind_pointer (ml_type_underlying (a->type));
  if (b->builtin == ML_BUILTIN_LEN)
    ok = ml_type_is_string (u) || u->kind == ML_TYPE_ARRAY || u->kind == ML_TYPE_SLICE
         || u->kind == ML_TYPE_MAP || u->kind == ML_TYPE_CHAN;
  else
    ok = u->kind == ML_TYPE_ARRAY || u->kind == ML_TYPE_SLICE || u->kind == ML_TYPE_CHAN;
  if (!ok)
    {
      g_autofree char *d = ml_check_describe (a);

      ml_check_error_at (c, ml_node_start_pos (a), "invalid argument: %s for built-in %s", d, b->name);
      ml_check_invalidate (c, n);
      return;
    }
  n->mode = ML_MODE_VALUE;
  n->type = c->t_int;
  if (a->mode == ML_MODE_CONSTANT && ml_type_is_string (u))
    {
      n->mode = ML_MODE_CONSTANT;
      n->cval = ml_check_const_int (c, a->cval->len);
    }
  else if (u->kind == ML_TYPE_ARRAY && ml_node_unparen (a)->kind != ML_NODE_CALL)
    {
      n->mode = ML_MODE_CONSTANT;
      n->cval = ml_check_const_int (c, u->len);
    }
}

/* append(s, x...) and append(s, t...), where t may be a string for a []byte s. */
static void
check_append (MlChecker *c,
              MlNode    *n)
{
  MlNodeList *args = &n->list;
  guint na = args->n;
  MlNode *s;
  MlType *u;

  if (!check_arg_count (c, n, 1, G_MAXINT))
    return;
  s = args->items[0];
  ml_check_expr (c, s, NULL);
  if (!ml_check_is_valid (s))
    {
      for (guint i = 1; i < na; i++)
        ml_check_expr (c, args->items[i], NULL);
      ml_check_invalidate (c, n);
      return;
    }
  u = ml_type_underlying (s->type);
  if (s->type->kind == ML_TYPE_UNTYPED_NIL)
    {
      ml_check_error_at (c, ml_node_start_pos (s), "first argument to append must be a typed slice; found untyped nil");
      ml_check_invalidate (c, n);
      return;
    }
  if (u->kind != ML_TYPE_SLICE)
    {
      g_autofree char *d = ml_check_describe (s);

      for (guint i = 1; i < na; i++)
        ml_check_expr (c, args->items[i], NULL);
      ml_check_error_at (c, ml_node_start_pos (s), "invalid append: argument must be a slice; have %s", d);
      ml_check_invalidate (c, n);
      return;
    }
  if (n->flags & ML_NODE_FLAG_DOTS)
    {
      if (na != 2)
        {
          ml_check_error_at (c, ml_node_start_pos (n), "can only use ... with final argument in list");
          ml_check_invalidate (c, n);
          return;
        }
      ml_check_expr (c, args->items[1], s->type);
      if (ml_check_is_valid (args->items[1]) && ml_type_is_string (args->items[1]->type)
          && ml_type_underlying (u->elem)->kind == ML_TYPE_UINT8)
        ml_check_use_default_type (c, args->items[1]);
      else
        ml_check_assign_operand (c, args->items[1], ml_check_new_slice (c, u->elem), "argument to append");
    }
  else
    for (guint i = 1; i < na; i++)
      {
        ml_check_expr (c, args->items[i], u->elem);
        ml_check_assign_operand (c, args->items[i], u->elem, "argument to append");
      }
  n->mode = ML_MODE_VALUE;
  n->type = s->type;
}

/* make(T, sizes...) for a slice (length, capacity) or a map (size hint). */
static void
check_make (MlChecker *c,
            MlNode    *n)
{
  MlNodeList *args = &n->list;
  guint na = args->n;
  MlType *t, *u;
  guint want_min, want_max;

  if (na == 0)
    {
      ml_check_error_at (c, n->pos2, "not enough arguments for make() (expected 1, found 0)");
      ml_check_invalidate (c, n);
      return;
    }
  t = ml_check_resolve_type (c, args->items[0]);
  u = ml_type_underlying (t);
  if (u == NULL || u->kind == ML_TYPE_INVALID)
    {
      ml_check_invalidate (c, n);
      return;
    }
  switch (u->kind)
    {
    case ML_TYPE_SLICE: want_min = 2; want_max = 3; break;
    case ML_TYPE_MAP: want_min = 1; want_max = 2; break;
    case ML_TYPE_CHAN:
      /* Already reported at the channel type; the channel stays a value, so that each of
       * its uses is reported where it stands. */
      want_min = 1;
      want_max = 2;
      break;
    case ML_TYPE_INVALID:
    ML_TYPE_CASES_BASIC:
    ML_TYPE_CASES_UNTYPED:
    case ML_TYPE_POINTER: case ML_TYPE_ARRAY: case ML_TYPE_STRUCT: case ML_TYPE_FUNC:
    case ML_TYPE_INTERFACE: case ML_TYPE_TUPLE: case ML_TYPE_NAMED:
    default:
      {
        g_autofree char *s = ml_node_to_string (args->items[0]);

        ml_check_error_at (c, ml_node_start_pos (args->items[0]),
                           "invalid argument: cannot make %s: type must be slice, map, or channel", s);
        ml_check_invalidate (c, n);
        return;
      }
    }
  if (na < want_min || na > want_max)
    {
      g_autofree char *s = ml_node_to_string (n);

      ml_check_error_at (c, ml_node_start_pos (n), "invalid operation: %s expects %u or %u arguments; found %u",
                         s, want_min, want_max, na);
      ml_check_invalidate (c, n);
      return;
    }
  for (guint i = 1; i < na; i++)
    if (!check_size_arg (c, args->items[i]))
      {
        ml_check_invalidate (c, n);
        return;
      }
  if (na == 3 && args->items[1]->mode == ML_MODE_CONSTANT && args->items[2]->mode == ML_MODE_CONSTANT
      && args->items[1]->cval->i > args->items[2]->cval->i)
    {
      ml_check_error_at (c, ml_node_start_pos (args->items[1]), "invalid argument: length and capacity swapped");
      ml_check_invalidate (c, n);
      return;
    }
  n->mode = ML_MODE_VALUE;
  n->type = t;
}

/* new(T), and Go 1.26's new(expr), which allocates a variable holding expr. */
static void
check_new (MlChecker *c,
           MlNode    *n)
{
  MlNode *a;

  if (!check_arg_count (c, n, 1, 1))
    return;
  a = n->list.items[0];
  if (ml_check_looks_like_type (c, a))
    {
      MlType *t = ml_check_resolve_type (c, a);

      n->mode = ML_MODE_VALUE;
      n->type = ml_check_new_pointer (c, t);
      return;
    }
  ml_check_expr (c, a, NULL);
  if (!ml_check_is_valid (a))
    {
      ml_check_invalidate (c, n);
      return;
    }
  /* types2 excludes no value (with "value or type", as exprOrType allows a type here) and
   * several values before it converts an untyped argument. */
  if (a->mode == ML_MODE_NOVALUE)
    {
      g_autofree char *s = ml_node_to_string (a);

      ml_check_error_at (c, ml_node_start_pos (a), "%s (no value) used as value or type", s);
      ml_check_invalidate (c, n);
      return;
    }
  if (!ml_check_single_value (c, a))
    {
      ml_check_invalidate (c, n);
      return;
    }
  if (a->type->kind == ML_TYPE_UNTYPED_NIL)
    {
      ml_check_error_at (c, ml_node_start_pos (a), "use of untyped nil in argument to new");
      ml_check_invalidate (c, n);
      return;
    }
  if (!ml_check_use_default_type (c, a))
    {
      ml_check_invalidate (c, n);
      return;
    }
  n->mode = ML_MODE_VALUE;
  n->type = ml_check_new_pointer (c, a->type);
  /* gc's new(expr) is tmp := expr; &tmp (y: the temporary). */
  ml_check_new_autotmp (c, n->pos, a->type, &n->y);
}

/* copy(dst, src): slices of identical element types, or a string into a []byte. */
static void
check_copy (MlChecker *c,
            MlNode    *n)
{
  MlNodeList *args = &n->list;
  MlType *d, *s;

  if (!check_arg_count (c, n, 2, 2))
    return;
  ml_check_expr (c, args->items[0], NULL);
  ml_check_expr (c, args->items[1], NULL);
  if (!ml_check_is_valid (args->items[0]) || !ml_check_is_valid (args->items[1]))
    {
      ml_check_invalidate (c, n);
      return;
    }
  d = ml_type_underlying (args->items[0]->type);
  s = ml_type_underlying (args->items[1]->type);
  if (d->kind != ML_TYPE_SLICE)
    {
      g_autofree char *ds = ml_check_describe (args->items[0]);

      ml_check_error_at (c, ml_node_start_pos (n), "invalid argument: copy expects slice arguments; found %s and %s",
                         ds, "...");
      ml_check_invalidate (c, n);
      return;
    }
  if (!(s->kind == ML_TYPE_SLICE && ml_type_identical (d->elem, s->elem))
      && !(ml_type_is_string (s) && ml_type_underlying (d->elem)->kind == ML_TYPE_UINT8))
    {
      g_autofree char *ds = ml_check_describe (args->items[0]);
      g_autofree char *ss = ml_check_describe (args->items[1]);

      ml_check_error_at (c, ml_node_start_pos (n),
                         "invalid argument: arguments to copy %s and %s have different element types", ds, ss);
      ml_check_invalidate (c, n);
      return;
    }
  ml_check_use_default_type (c, args->items[1]);
  n->mode = ML_MODE_VALUE;
  n->type = c->t_int;
}

/* delete(m, key). */
static void
check_delete (MlChecker *c,
              MlNode    *n)
{
  MlNodeList *args = &n->list;
  MlType *m;

  if (!check_arg_count (c, n, 2, 2))
    return;
  ml_check_expr (c, args->items[0], NULL);
  if (!ml_check_is_valid (args->items[0]))
    {
      ml_check_expr (c, args->items[1], NULL);
      ml_check_invalidate (c, n);
      return;
    }
  m = ml_type_underlying (args->items[0]->type);
  if (m->kind != ML_TYPE_MAP)
    {
      g_autofree char *d = ml_check_describe (args->items[0]);

      ml_check_expr (c, args->items[1], NULL);
      ml_check_error_at (c, ml_node_start_pos (args->items[0]), "invalid argument: %s is not a map", d);
      ml_check_invalidate (c, n);
      return;
    }
  ml_check_expr (c, args->items[1], m->key);
  ml_check_assign_operand (c, args->items[1], m->key, "argument to delete");
  set_no_value (c, n);
}

/* min and max: ordered arguments of one type (untyped ones take it); constant when all
 * arguments are untyped constants. */
static void
check_min_max (MlChecker *c,
               MlNode    *n,
               MlObject  *b)
{
  MlNodeList *args = &n->list;
  guint na = args->n;
  MlNode *first;
  gboolean all_const = TRUE;
  MlNode *best;

  if (!check_arg_count (c, n, 1, G_MAXINT))
    return;
  ml_check_expr_list (c, args);
  for (guint i = 0; i < na; i++)
    if (!ml_check_is_valid (args->items[i]))
      {
        ml_check_invalidate (c, n);
        return;
      }
  first = args->items[0];
  for (guint i = 0; i < na; i++)
    if (!ml_type_is_untyped (args->items[i]->type))
      first = args->items[i];
  for (guint i = 0; i < na; i++)
    {
      MlNode *a = args->items[i];

      if (!ml_type_is_ordered (a->type))
        {
          g_autofree char *d = ml_check_describe (a);

          ml_check_error_at (c, ml_node_start_pos (a), "invalid argument: %s cannot be ordered", d);
          ml_check_invalidate (c, n);
          return;
        }
      if (!ml_type_is_untyped (first->type)
          && !ml_check_assign_operand (c, a, first->type, "argument to built-in"))
        {
          ml_check_invalidate (c, n);
          return;
        }
    }
  n->mode = ML_MODE_VALUE;
  n->type = first->type;
  if (!ml_type_is_untyped (first->type))
    return;
  for (guint i = 0; i < na; i++)
    all_const &= args->items[i]->mode == ML_MODE_CONSTANT;
  if (!all_const)
    return;
  best = args->items[0];
  for (guint i = 1; i < na; i++)
    {
      MlConst *r = NULL;

      ml_check_fold_binary (c, b->builtin == ML_BUILTIN_MIN ? ML_TOK_LSS : ML_TOK_GTR,
                            args->items[i]->cval, best->cval, FALSE, &r);
      if (r != NULL && r->b)
        best = args->items[i];
    }
  n->mode = ML_MODE_CONSTANT;
  n->cval = best->cval;
  n->type = best->type;
}

/* unsafe.Sizeof(x) and unsafe.Alignof(x): uintptr constants from the layout of x's type. */
static void
check_sizeof_alignof (MlChecker *c,
                      MlNode    *n,
                      MlObject  *b)
{
  MlNode *a;

  if (!check_single_arg (c, n))
    return;
  a = n->list.items[0];
  if (a->mode == ML_MODE_TYPEXPR)
    {
      g_autofree char *d = ml_node_to_string (a);

      ml_check_error_at (c, ml_node_start_pos (a), "%s (type) is not an expression", d);
      ml_check_invalidate (c, n);
      return;
    }
  ml_check_use_default_type (c, a);
  n->mode = ML_MODE_CONSTANT;
  n->type = c->t_uintptr;
  n->cval = ml_check_const_int (c, b->builtin == ML_BUILTIN_UNSAFE_SIZEOF ? ml_type_sizeof (a->type)
                                                                          : ml_type_alignof (a->type));
}

/* unsafe.Offsetof(x.f): the field's offset in x's struct. */
static void
check_offsetof (MlChecker *c,
                MlNode    *n)
{
  MlNode *a;
  gint64 off = 0;

  if (!check_single_arg (c, n))
    return;
  a = ml_node_unparen (n->list.items[0]);
  if (a->kind != ML_NODE_SELECTOR || ml_type_lookup_field (a->x->type, a->name, &off) == NULL)
    {
      g_autofree char *s = ml_node_to_string (a);

      ml_check_error_at (c, ml_node_start_pos (a), "invalid argument: %s is not a selector expression", s);
      ml_check_invalidate (c, n);
      return;
    }
  n->mode = ML_MODE_CONSTANT;
  n->type = c->t_uintptr;
  n->cval = ml_check_const_int (c, off);
}

/* unsafe.String(ptr, len) and unsafe.SliceData(s), which the standard library's Go code uses
 * to turn bytes into a string without copying them (strings.Builder's String). */
static void
check_unsafe_string (MlChecker *c,
                     MlNode    *n,
                     MlObject  *b)
{
  MlNodeList *args = &n->list;
  MlType *u;

  if (b->builtin == ML_BUILTIN_UNSAFE_SLICE_DATA)
    {
      if (!check_single_arg (c, n))
        return;
      u = ml_type_underlying (args->items[0]->type);
      if (u == NULL || u->kind != ML_TYPE_SLICE)
        {
          g_autofree char *d = ml_check_describe (args->items[0]);

          ml_check_error_at (c, ml_node_start_pos (args->items[0]), "invalid argument: %s is not a slice", d);
          ml_check_invalidate (c, n);
          return;
        }
      n->mode = ML_MODE_VALUE;
      n->type = ml_check_new_pointer (c, u->elem);
      return;
    }
  if (!check_arg_count (c, n, 2, 2))
    return;
  ml_check_expr (c, args->items[0], NULL);
  ml_check_expr (c, args->items[1], c->t_int);
  ml_check_assign_operand (c, args->items[1], c->t_int, "argument to unsafe.String");
  n->mode = ML_MODE_VALUE;
  n->type = c->t_string;
}

void
ml_check_builtin_call (MlChecker *c,
                       MlNode    *n,
                       MlObject  *b)
{
  MlNodeList *args = &n->list;

  switch (b->builtin)
    {
    case ML_BUILTIN_LEN:
    case ML_BUILTIN_CAP:
      check_len_cap (c, n, b);
      return;
    case ML_BUILTIN_APPEND:
      check_append (c, n);
      return;
    case ML_BUILTIN_MAKE:
      check_make (c, n);
      return;
    case ML_BUILTIN_NEW:
      check_new (c, n);
      return;
    case ML_BUILTIN_COPY:
      check_copy (c, n);
      return;
    case ML_BUILTIN_DELETE:
      check_delete (c, n);
      return;
    case ML_BUILTIN_CLEAR:
      if (!check_arg_count (c, n, 1, 1))
        return;
      ml_check_expr (c, args->items[0], NULL);
      set_no_value (c, n);
      return;
    case ML_BUILTIN_PANIC:
      if (!check_arg_count (c, n, 1, 1))
        return;
      ml_check_expr (c, args->items[0], c->t_any);
      ml_check_assign_operand (c, args->items[0], c->t_any, "argument to panic");
      set_no_value (c, n);
      return;
    case ML_BUILTIN_PRINT:
    case ML_BUILTIN_PRINTLN:
      for (guint i = 0; i < args->n; i++)
        {
          ml_check_expr (c, args->items[i], NULL);
          ml_check_use_default_type (c, args->items[i]);
        }
      set_no_value (c, n);
      return;
    case ML_BUILTIN_MIN:
    case ML_BUILTIN_MAX:
      check_min_max (c, n, b);
      return;
    case ML_BUILTIN_UNSAFE_SIZEOF:
    case ML_BUILTIN_UNSAFE_ALIGNOF:
      check_sizeof_alignof (c, n, b);
      return;
    case ML_BUILTIN_UNSAFE_OFFSETOF:
      check_offsetof (c, n);
      return;
    case ML_BUILTIN_UNSAFE_STRING:
    case ML_BUILTIN_UNSAFE_SLICE_DATA:
      check_unsafe_string (c, n, b);
      return;
    case ML_BUILTIN_COMPLEX:
      if (check_arg_count (c, n, 2, 2))
        ml_check_builtin_complex (c, n);
      return;
    case ML_BUILTIN_REAL:
    case ML_BUILTIN_IMAG:
      if (check_arg_count (c, n, 1, 1))
        ml_check_builtin_real_imag (c, n, b->builtin == ML_BUILTIN_REAL);
      return;
    case ML_BUILTIN_CLOSE:
      ml_check_unsupported_at (c, ml_node_start_pos (n), _("channels are not supported yet"));
      ml_check_invalidate (c, n);
      return;
    case ML_BUILTIN_RECOVER:
      if (!check_arg_count (c, n, 0, 0))
        return;
      /* types2 gives recover the empty interface written out, not the alias any. */
      n->mode = ML_MODE_VALUE;
      n->type = ml_check_new_type (c, ML_TYPE_INTERFACE, NULL);
      n->type->name = "interface{}";
      return;
    case ML_BUILTIN_NONE:
    ML_BUILTIN_CASES_PACKAGE_FUNC:
    default:
      ml_check_invalidate (c, n);
      return;
    }
}

/* Whether a call of @b computes a value that a statement must not drop: types2's "len(s)
 * (value of type int) is not used". */
gboolean
ml_check_builtin_is_expression (MlBuiltin b)
{
  switch (b)
    {
    case ML_BUILTIN_APPEND: case ML_BUILTIN_CAP: case ML_BUILTIN_COMPLEX:
    case ML_BUILTIN_IMAG: case ML_BUILTIN_LEN: case ML_BUILTIN_MAKE:
    case ML_BUILTIN_MAX: case ML_BUILTIN_MIN: case ML_BUILTIN_NEW: case ML_BUILTIN_REAL:
    case ML_BUILTIN_UNSAFE_SIZEOF: case ML_BUILTIN_UNSAFE_ALIGNOF:
    case ML_BUILTIN_UNSAFE_OFFSETOF: case ML_BUILTIN_UNSAFE_STRING: case ML_BUILTIN_UNSAFE_SLICE_DATA:
      return TRUE;
    case ML_BUILTIN_NONE: case ML_BUILTIN_CLEAR: case ML_BUILTIN_CLOSE:
    case ML_BUILTIN_COPY: case ML_BUILTIN_DELETE: case ML_BUILTIN_PANIC:
    case ML_BUILTIN_PRINT: case ML_BUILTIN_PRINTLN: case ML_BUILTIN_RECOVER:
    ML_BUILTIN_CASES_PACKAGE_FUNC:
    default:
      return FALSE;
    }
}
