/* ml-check-expr.c
 *
 * Copyright 2026 The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Expressions (types2's expr.go): the dispatch over expression nodes, names (with the uses
 * and captures they record), unary and binary operations, shifts and comparisons, and the
 * matching of untyped operands.  Calls, selectors, indexing and literals have files of their
 * own; this file sends them there.
 */

#define G_LOG_DOMAIN "ml-check"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "ml-check-private.h"
#include "ml-const-private.h"

static void
mark_used (MlObject *o)
{
  if (o != NULL)
    o->flags |= ML_OBJ_FLAG_USED;
}

/* Records that the function literal being checked refers to a variable of
 * an enclosing function: it is captured. */
static void
note_capture (MlChecker *c,
              MlObject  *o)
{
  MlFunc *fn;

  if (o->kind != ML_OBJ_VAR || (o->flags & ML_OBJ_FLAG_GLOBAL) || o->func == NULL)
    return;
  for (fn = c->body.fn; fn != NULL && fn->node != o->func; fn = fn->outer)
    {
      gboolean have = FALSE;

      for (guint i = 0; i < fn->captures->len; i++)
        if (g_ptr_array_index (fn->captures, i) == o)
          have = TRUE;
      if (!have)
        g_ptr_array_add (fn->captures, o);
      o->flags |= ML_OBJ_FLAG_CAPTURED;
    }
}

/* A name used as an operand: a variable, constant, type, function, builtin or nil.  Package
 * variables and constants are checked on their first use (ml_check_global). */
void
ml_check_ident (MlChecker *c,
                MlNode    *n)
{
  MlObject *o;

  if (strcmp (n->name, "_") == 0)
    {
      ml_check_error_at (c, n->pos, "cannot use _ as value");
      ml_check_invalidate (c, n);
      return;
    }
  o = ml_scope_lookup (c->scope, n->name, TRUE);
  if (o == NULL)
    {
      ml_check_error_at (c, n->pos, "undefined: %s", n->name);
      ml_check_invalidate (c, n);
      return;
    }
  n->obj = o;
  mark_used (o);
  switch (o->kind)
    {
    case ML_OBJ_VAR:
      if (o->flags & ML_OBJ_FLAG_GLOBAL)
        ml_check_global (c, o);
      note_capture (c, o);
      n->mode = ML_MODE_VARIABLE;
      n->type = o->type ? o->type : c->t_invalid;
      break;
    case ML_OBJ_CONST:
      if (o->decl != NULL && o->type == NULL)
        ml_check_global (c, o);
      if (strcmp (o->name, "iota") == 0 && o->pos.line == 0)
        {
          if (!c->have_iota)
            {
              ml_check_error_at (c, n->pos, "cannot use iota outside constant declaration");
              ml_check_invalidate (c, n);
              return;
            }
          n->mode = ML_MODE_CONSTANT;
          n->type = c->t_uint_const;
          n->cval = ml_check_const_int (c, c->iota);
          return;
        }
      n->mode = ML_MODE_CONSTANT;
      n->type = o->type ? o->type : c->t_invalid;
      n->cval = o->val;
      if (o->val == NULL)
        n->mode = ML_MODE_INVALID;
      break;
    case ML_OBJ_TYPE:
      n->mode = ML_MODE_TYPEXPR;
      n->type = o->type;
      break;
    case ML_OBJ_FUNC:
      n->mode = ML_MODE_VALUE;
      n->type = o->type ? o->type : c->t_invalid;
      break;
    case ML_OBJ_BUILTIN:
      n->mode = ML_MODE_BUILTIN;
      n->type = c->t_invalid;
      break;
    case ML_OBJ_NIL:
      n->mode = ML_MODE_VALUE;
      n->type = c->t_unil;
      break;
    case ML_OBJ_PKG:
      ml_check_error_at (c, n->pos, "use of package %s without selector", n->name);
      ml_check_invalidate (c, n);
      break;
    case ML_OBJ_BAD:
    default:
      ml_check_invalidate (c, n);
      break;
    }
}

static gboolean
op_allowed (MlToken  op,
            MlType  *t)
{
  switch ((int) op)
    {
    case ML_TOK_ADD:
      return ml_type_is_numeric (t) || ml_type_is_string (t);
    case ML_TOK_SUB: case ML_TOK_MUL: case ML_TOK_QUO:
      return ml_type_is_numeric (t);
    case ML_TOK_REM: case ML_TOK_AND: case ML_TOK_OR: case ML_TOK_XOR: case ML_TOK_AND_NOT:
    case ML_TOK_SHL: case ML_TOK_SHR:
      return ml_type_is_integer (t);
    case ML_TOK_LAND: case ML_TOK_LOR:
      return ml_type_is_boolean (t);
    default:
      return TRUE;
    }
}

/* types2's "mismatched types": a comparison reports it at its second operand, any other
 * operation at its operator. */
static void
report_mismatched_types (MlChecker *c,
                         MlNode    *n)
{
  g_autofree char *s = ml_node_to_string (n);
  g_autofree char *tx = ml_type_to_string (n->x->type);
  g_autofree char *ty = ml_type_to_string (n->y->type);

  ml_check_error_at (c, ml_check_is_comparison (n->op) ? ml_node_start_pos (n->y) : ml_node_start_pos (n),
                     "invalid operation: %s (mismatched types %s and %s)", s, tx, ty);
  ml_check_invalidate (c, n);
}

static void
report_shifted_operand (MlChecker *c,
                        MlNode    *n)
{
  g_autofree char *d = ml_check_describe (n->x);

  ml_check_error_at (c, ml_node_start_pos (n->x), "invalid operation: shifted operand %s must be integer", d);
  ml_check_invalidate (c, n);
}

/* types2's shiftBound: a constant shift count above it is refused, so that the smallest
 * float64 can still be written as 1 << n. */
#define SHIFT_BOUND (1023 - 1 + 52)

static void
report_shift_count (MlChecker  *c,
                    MlNode     *n,
                    const char *what)
{
  g_autofree char *d = ml_check_describe (n->y);

  ml_check_error_at (c, ml_node_start_pos (n->y), "invalid operation: %s %s", what, d);
  ml_check_invalidate (c, n);
}

/* A constant shift count: not negative, representable as a uint when untyped; *@count is its
 * integer value (NULL when it has none, as an unknown value).  FALSE after a report. */
static gboolean
check_constant_shift_count (MlChecker  *c,
                            MlNode     *n,
                            MlConst   **count)
{
  MlNode *y = n->y;

  *count = ml_const_to_int (c->arena, y->cval);
  if (*count != NULL && ml_const_sign (*count) < 0)
    {
      g_autofree char *d = ml_check_describe (y);

      ml_check_error_at (c, ml_node_start_pos (y), "invalid operation: negative shift count %s", d);
      ml_check_invalidate (c, n);
      return FALSE;
    }
  if (ml_type_is_untyped (y->type) && !ml_check_representable (c, y, c->t_uint))
    {
      ml_check_invalidate (c, n);
      return FALSE;
    }
  return TRUE;
}

/* x << y and x >> y (types2's shift): the operand is an integer or an untyped constant that
 * is one, the count an integer or an untyped constant representable as a uint; a constant
 * shift folds (with a count up to 1074), and an untyped operand of a non-constant shift takes
 * the type the context wants. */
static void
check_shift (MlChecker *c,
             MlNode    *n,
             MlType    *hint)
{
  MlNode *x = n->x, *y = n->y;
  MlConst *xval = NULL, *count = NULL;
  guint64 s;

  if (x->mode == ML_MODE_CONSTANT)
    xval = ml_const_to_int (c->arena, x->cval);
  if (!ml_type_is_integer (x->type) && !(ml_type_is_untyped (x->type) && xval != NULL))
    {
      report_shifted_operand (c, n);
      return;
    }
  if (y->mode == ML_MODE_CONSTANT)
    {
      if (!check_constant_shift_count (c, n, &count))
        return;
    }
  else if (ml_type_is_untyped (y->type))
    {
      if (!ml_check_convert_untyped_or_report (c, y, c->t_uint))
        {
          ml_check_invalidate (c, n);
          return;
        }
    }
  else if (!ml_type_is_integer (y->type))
    {
      g_autofree char *d = ml_check_describe (y);

      ml_check_error_at (c, ml_node_start_pos (y), "invalid operation: shift count %s must be integer", d);
      ml_check_invalidate (c, n);
      return;
    }

  if (x->mode == ML_MODE_CONSTANT && y->mode == ML_MODE_CONSTANT)
    {
      if (!ml_const_uint64_val (count, &s) || s > SHIFT_BOUND)
        {
          report_shift_count (c, n, "invalid shift count");
          return;
        }
      n->type = ml_type_is_integer (x->type) ? x->type : c->t_uint_const;
      n->mode = ML_MODE_CONSTANT;
      n->cval = ml_const_shift (c->arena, xval, n->op, (guint) s);
      ml_check_overflow (c, n);
      return;
    }
  if (ml_type_is_untyped (x->type))
    {
      MlType *hu = hint != NULL ? ml_type_underlying (hint) : NULL;

      /* The operand takes the type the shift would have without its count: where nothing
       * decides (x := 1.0 << s, an interface), its default type. */
      if (hu == NULL || ml_type_is_interface (hu))
        {
          hint = ml_check_default_type (c, x->type);
          hu = hint != NULL ? ml_type_underlying (hint) : NULL;
        }
      if (hu != NULL && ml_type_is_numeric (hu) && !ml_type_is_integer (hu) && !ml_type_is_untyped (hu))
        {
          g_autofree char *xs = ml_node_to_string (x);
          g_autofree char *ts = ml_type_to_string (hint);

          ml_check_error_at (c, ml_node_start_pos (x), "invalid operation: shifted operand %s (type %s) must be integer",
                             xs, ts);
          ml_check_invalidate (c, n);
          return;
        }
      if (!ml_check_convert_untyped_or_report (c, x, hu != NULL && ml_type_is_integer (hu)
                                                     && !ml_type_is_untyped (hu) ? hint : c->t_int))
        {
          ml_check_invalidate (c, n);
          return;
        }
    }
  if (!ml_type_is_integer (x->type))
    {
      report_shifted_operand (c, n);
      return;
    }
  /* gc gives an untyped constant count the type uint. */
  if (y->mode == ML_MODE_CONSTANT && ml_type_is_untyped (y->type))
    y->type = c->t_uint;
  n->mode = ML_MODE_VALUE;
  n->type = x->type;
}

/* types2's matchTypes: an untyped operand takes the other's type when it may (numbers with
 * numbers, strings with strings...; two untyped numbers take the larger kind, int < rune <
 * float, keeping their values); a constant it cannot become is reported.  Returns FALSE
 * after reporting. */
static gboolean
match_untyped_operands (MlChecker *c,
                        MlNode    *n)
{
  MlNode *x = n->x, *y = n->y;
  MlType *xt = x->type, *yt = y->type;
  MlType *xu = ml_type_underlying (xt), *yu = ml_type_underlying (yt);
  gboolean xnil = xt->kind == ML_TYPE_UNTYPED_NIL, ynil = yt->kind == ML_TYPE_UNTYPED_NIL;

  if (!ml_type_is_untyped (xt) && !ml_type_is_untyped (yt))
    return TRUE;
  if (xnil && ynil)
    {
      ml_check_error_at (c, ml_node_start_pos (n), "invalid operation: %s (operator %s not defined on nil)",
                         "nil == nil", ml_token_to_string (n->op));
      ml_check_invalidate (c, n);
      return FALSE;
    }
  if (ml_type_is_numeric (xu) != ml_type_is_numeric (yu))
    return TRUE;
  if (!ml_type_is_interface (xt) && !ml_type_is_interface (yt))
    {
      if (ml_type_is_boolean (xu) != ml_type_is_boolean (yu) || ml_type_is_string (xu) != ml_type_is_string (yu))
        return TRUE;
      if ((xnil && !ml_check_is_nillable (yt)) || (ynil && !ml_check_is_nillable (xt)))
        return TRUE;
      if (!xnil && !ynil && (xu->kind == ML_TYPE_POINTER || yu->kind == ML_TYPE_POINTER))
        return TRUE;
    }
  if (ml_type_is_untyped (xt) && ml_type_is_untyped (yt))
    {
      /* types2's maxType; the values are not converted. */
      if (ml_type_is_numeric (xt) && ml_type_is_numeric (yt))
        x->type = y->type = xt->kind > yt->kind ? xt : yt;
      return TRUE;
    }
  if (!ml_check_convert_untyped_or_report (c, x, yt) || !ml_check_convert_untyped_or_report (c, y, x->type))
    {
      ml_check_invalidate (c, n);
      return FALSE;
    }
  return TRUE;
}

/* types2's incomparableCause: slices, maps and funcs compare only to nil; a struct names
 * its first field that cannot be compared, an array itself. */
static char *
incomparable_cause (MlType *t)
{
  MlType *u = ml_type_underlying (t);

  switch (u->kind)
    {
    case ML_TYPE_SLICE:
      return g_strdup ("slice can only be compared to nil");
    case ML_TYPE_MAP:
      return g_strdup ("map can only be compared to nil");
    case ML_TYPE_FUNC:
      return g_strdup ("func can only be compared to nil");
    case ML_TYPE_STRUCT:
      for (guint i = 0; i < u->n_fields; i++)
        if (!ml_type_is_comparable (u->fields[i].type))
          {
            g_autofree char *fs = ml_type_to_string (u->fields[i].type);

            return g_strdup_printf ("struct containing %s cannot be compared", fs);
          }
      return g_strdup ("");
    case ML_TYPE_ARRAY:
      {
        g_autofree char *ts = ml_type_to_string (t);

        return g_strdup_printf ("%s cannot be compared", ts);
      }
    case ML_TYPE_INVALID:
    ML_TYPE_CASES_BASIC:
    ML_TYPE_CASES_UNTYPED:
    case ML_TYPE_POINTER: case ML_TYPE_CHAN: case ML_TYPE_INTERFACE: case ML_TYPE_TUPLE:
    case ML_TYPE_NAMED:
    default:
      return g_strdup ("");
    }
}

/* x == y, x < y and the others: == and != want comparable operands (or nil), the others
 * ordered ones; the result is an untyped boolean, constant for constant operands. */
static void
check_comparison (MlChecker *c,
                  MlNode    *n)
{
  MlNode *x = n->x, *y = n->y;
  MlType *t = x->type;
  MlType *u = ml_type_underlying (t);
  MlNode *at = n;

  /* An interface compared with a value of another type: either may be what cannot be
   * compared, and types2 reports it at that operand. */
  if ((n->op == ML_TOK_EQL || n->op == ML_TOK_NEQ) && ml_type_is_comparable (t) && !ml_type_is_comparable (y->type))
    {
      t = y->type;
      u = ml_type_underlying (t);
      at = y;
    }
  if (n->op == ML_TOK_EQL || n->op == ML_TOK_NEQ)
    {
      if (!ml_type_is_comparable (t))
        {
          gboolean nil_cmp = (x->obj && x->obj->kind == ML_OBJ_NIL) || (y->obj && y->obj->kind == ML_OBJ_NIL);

          if (!nil_cmp)
            {
              g_autofree char *s = ml_node_to_string (n);
              g_autofree char *cause = incomparable_cause (t);

              ml_check_error_at (c, ml_node_start_pos (at), "invalid operation: %s (%s)", s, cause);
              ml_check_invalidate (c, n);
              return;
            }
        }
    }
  else if (!ml_type_is_ordered (t))
    {
      /* types2's kindString: the kind for composite types, else the type. */
      g_autofree char *s = ml_node_to_string (n);
      g_autofree char *ts = ml_type_to_string (t);
      const char *kind = ml_check_composite_kind_name (u);

      ml_check_error_at (c, ml_node_start_pos (n), "invalid operation: %s (operator %s not defined on %s)", s,
                         ml_token_to_string (n->op), kind != NULL ? kind : ts);
      ml_check_invalidate (c, n);
      return;
    }
  if (x->mode == ML_MODE_CONSTANT && y->mode == ML_MODE_CONSTANT)
    {
      n->cval = ml_const_make_bool (c->arena, ml_const_compare (c->arena, x->cval, n->op, y->cval));
      n->mode = ML_MODE_CONSTANT;
    }
  else
    {
      n->mode = ML_MODE_VALUE;
      if (!ml_check_use_default_type (c, x) || !ml_check_use_default_type (c, y))
        {
          ml_check_invalidate (c, n);
          return;
        }
    }
  n->type = c->t_ubool;
}

void
ml_check_binary (MlChecker *c,
                 MlNode    *n,
                 MlType    *hint)
{
  MlNode *x = n->x, *y = n->y;
  MlToken op = n->op;

  ml_check_expr (c, x, NULL);
  ml_check_expr (c, y, NULL);
  ml_check_single_value (c, x);
  ml_check_single_value (c, y);
  if (!ml_check_is_valid (x) || !ml_check_is_valid (y))
    {
      ml_check_invalidate (c, n);
      return;
    }
  if (x->mode == ML_MODE_TYPEXPR || y->mode == ML_MODE_TYPEXPR)
    {
      MlNode *t = x->mode == ML_MODE_TYPEXPR ? x : y;
      g_autofree char *s = ml_node_to_string (t);

      ml_check_error_at (c, ml_node_start_pos (t), "%s (type) is not an expression", s);
      ml_check_invalidate (c, n);
      return;
    }
  if (op == ML_TOK_SHL || op == ML_TOK_SHR)
    {
      check_shift (c, n, hint);
      return;
    }
  if (!match_untyped_operands (c, n))
    return;
  if (!ml_type_identical (x->type, y->type)
      && !(ml_check_is_comparison (op) && (ml_check_assignable (x->type, y->type)
                                           || ml_check_assignable (y->type, x->type))))
    {
      report_mismatched_types (c, n);
      return;
    }
  if (ml_check_is_comparison (op))
    {
      check_comparison (c, n);
      return;
    }
  if (!op_allowed (op, x->type))
    {
      g_autofree char *d = ml_check_describe (x);

      ml_check_error_at (c, ml_node_start_pos (n), "invalid operation: operator %s not defined on %s",
                         ml_token_to_string (op), d);
      ml_check_invalidate (c, n);
      return;
    }
  if ((op == ML_TOK_QUO || op == ML_TOK_REM) && y->mode == ML_MODE_CONSTANT
      && (x->mode == ML_MODE_CONSTANT || ml_type_is_integer (x->type)) && ml_const_sign (y->cval) == 0)
    {
      ml_check_error_at (c, ml_node_start_pos (y), "invalid operation: division by zero");
      ml_check_invalidate (c, n);
      return;
    }
  if (x->mode == ML_MODE_CONSTANT && y->mode == ML_MODE_CONSTANT)
    {
      n->mode = ML_MODE_CONSTANT;
      n->type = x->type;
      if (op == ML_TOK_ADD && x->cval->kind == ML_CONST_STRING)
        {
          n->cval = ml_check_concat (c, n, x->cval, y->cval);
          if (n->cval == NULL)
            {
              ml_check_invalidate (c, n);
              return;
            }
        }
      else
        n->cval = ml_const_binary (c->arena, x->cval, op, y->cval, op == ML_TOK_QUO && ml_type_is_integer (x->type));
      ml_check_overflow (c, n);
      return;
    }
  n->mode = ML_MODE_VALUE;
  n->type = x->type;
}

/* &x takes the address of a variable or a composite literal (whose type may come from the
 * context, as in []*T{{...}}); the other unary operators fold constants. */
static void
check_unary (MlChecker *c,
             MlNode    *n,
             MlType    *hint)
{
  MlNode *x = n->x;

  if (n->op == ML_TOK_ARROW)
    {
      ml_check_unsupported_at (c, n->pos, _("channels are not supported yet"));
      ml_check_invalidate (c, n);
      return;
    }
  if (n->op == ML_TOK_AND)
    {
      MlNode *ux = ml_node_unparen (x);
      MlType *elem_hint = NULL;

      if (hint != NULL && ml_type_underlying (hint) && ml_type_underlying (hint)->kind == ML_TYPE_POINTER)
        elem_hint = ml_type_underlying (hint)->elem;
      ml_check_expr (c, x, ux->kind == ML_NODE_COMPOSITE_LIT ? elem_hint : NULL);
      if (!ml_check_is_valid (x))
        {
          ml_check_invalidate (c, n);
          return;
        }
      if (ux->kind != ML_NODE_COMPOSITE_LIT && x->mode != ML_MODE_VARIABLE)
        {
          g_autofree char *d = ml_check_describe (x);

          ml_check_error_at (c, ml_node_start_pos (x), "invalid operation: cannot take address of %s", d);
          ml_check_invalidate (c, n);
          return;
        }
      if (ux->kind == ML_NODE_IDENT && ux->obj != NULL)
        ux->obj->flags |= ML_OBJ_FLAG_ADDR_TAKEN;
      n->mode = ML_MODE_VALUE;
      n->type = ml_check_new_pointer (c, x->type);
      return;
    }

  ml_check_expr (c, x, NULL);
  if (!ml_check_single_value (c, x) || !ml_check_is_valid (x))
    {
      ml_check_invalidate (c, n);
      return;
    }
  if (!((n->op == ML_TOK_NOT && ml_type_is_boolean (x->type))
        || ((n->op == ML_TOK_SUB || n->op == ML_TOK_ADD) && ml_type_is_numeric (x->type))
        || (n->op == ML_TOK_XOR && ml_type_is_integer (x->type))))
    {
      g_autofree char *d = ml_check_describe (x);

      ml_check_error_at (c, ml_node_start_pos (x), "invalid operation: operator %s not defined on %s",
                         ml_token_to_string (n->op), d);
      ml_check_invalidate (c, n);
      return;
    }
  n->type = x->type;
  if (x->mode == ML_MODE_CONSTANT)
    {
      /* ^x of an unsigned type keeps to the type's bits. */
      guint prec = ml_type_is_unsigned (x->type) ? (guint) ml_type_sizeof (x->type) * 8 : 0;

      n->mode = ML_MODE_CONSTANT;
      n->cval = ml_const_unary (c->arena, n->op, x->cval, prec);
      ml_check_overflow (c, n);
      return;
    }
  n->mode = ML_MODE_VALUE;
}

/* *x: a pointer type when x is a type, else the variable x points to. */
static void
check_star (MlChecker *c,
            MlNode    *n)
{
  ml_check_expr (c, n->x, NULL);
  if (!ml_check_is_valid (n->x))
    {
      ml_check_invalidate (c, n);
      return;
    }
  if (n->x->mode == ML_MODE_TYPEXPR)
    {
      n->mode = ML_MODE_TYPEXPR;
      n->type = ml_check_new_pointer (c, n->x->type);
      return;
    }
  if (ml_type_underlying (n->x->type)->kind != ML_TYPE_POINTER)
    {
      g_autofree char *d = ml_check_describe (n->x);

      if (n->x->type->kind == ML_TYPE_UNTYPED_NIL)
        ml_check_error_at (c, ml_node_start_pos (n->x), "invalid operation: cannot indirect nil");
      else
        ml_check_error_at (c, ml_node_start_pos (n->x), "invalid operation: cannot indirect %s", d);
      ml_check_invalidate (c, n);
      return;
    }
  n->mode = ML_MODE_VARIABLE;
  n->type = ml_type_underlying (n->x->type)->elem;
}

/* Checks the expression @n; @hint is the type the context wants, which an elided composite
 * literal type or an untyped shift operand takes. */
void
ml_check_expr (MlChecker *c,
               MlNode    *n,
               MlType    *hint)
{
  if (n == NULL)
    return;

  switch (n->kind)
    {
    case ML_NODE_BAD:
      ml_check_invalidate (c, n);
      break;
    case ML_NODE_IDENT:
      ml_check_ident (c, n);
      break;
    case ML_NODE_BASIC_LIT:
      ml_check_basic_lit (c, n);
      break;
    case ML_NODE_COMPOSITE_LIT:
      ml_check_composite_lit (c, n, hint);
      break;
    case ML_NODE_FUNC_LIT:
      ml_check_func_lit (c, n);
      break;
    case ML_NODE_PAREN:
      ml_check_expr (c, n->x, hint);
      n->mode = n->x->mode;
      n->type = n->x->type;
      n->cval = n->x->cval;
      n->obj = n->x->obj;
      break;
    case ML_NODE_SELECTOR:
      ml_check_selector (c, n);
      break;
    case ML_NODE_INDEX:
      ml_check_index (c, n);
      break;
    case ML_NODE_SLICE_EXPR:
      ml_check_slice_expr (c, n);
      break;
    case ML_NODE_TYPE_ASSERT:
      ml_check_type_assert (c, n);
      break;
    case ML_NODE_CALL:
      ml_check_call (c, n);
      break;
    case ML_NODE_STAR:
      check_star (c, n);
      break;
    case ML_NODE_UNARY:
      check_unary (c, n, hint);
      break;
    case ML_NODE_BINARY:
      ml_check_binary (c, n, hint);
      break;
    ML_NODE_CASES_TYPE_LITERAL:
      ml_check_resolve_type (c, n);
      break;
    case ML_NODE_KEY_VALUE:
      ml_check_error_at (c, ml_node_start_pos (n), "unexpected key:value expression");
      ml_check_invalidate (c, n);
      break;
    case ML_NODE_FIELD: case ML_NODE_ELLIPSIS:
    ML_NODE_CASES_NOT_EXPR_OR_TYPE:
    default:
      ml_check_invalidate (c, n);
      break;
    }
}

/* Checks every expression of @list with no type wanted, as after an error that leaves them
 * without a use. */
void
ml_check_expr_list (MlChecker  *c,
                    MlNodeList *list)
{
  for (guint i = 0; i < list->n; i++)
    ml_check_expr (c, list->items[i], NULL);
}
