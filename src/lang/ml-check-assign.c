/* ml-check-assign.c
 *
 * Copyright 2026 The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Assignments (types2's assignments.go, with implicitTypeAndValue from expr.go): giving
 * untyped values their type, types2's "cannot use x (...) as T value in assignment", what may
 * stand on the left of "=", the matching of n variables with m values (f() returning several,
 * v, ok := m[k]), and the three kinds of assignment statement: x op= y, x := y and x = y.
 */

#define G_LOG_DOMAIN "ml-check"

#include "config.h"

#include <string.h>

#include "ml-check-private.h"

/* types2's implicitTypeAndValue: gives an untyped operand its final type, and a constant the
 * value that type holds; returns why it cannot (ML_CONST_INVALID when the kinds do not
 * match) and then leaves the operand alone. */
MlConstFit
ml_check_convert_untyped (MlChecker *c,
                          MlNode    *n,
                          MlType    *target)
{
  MlType *tu = ml_type_underlying (target);
  MlType *from = n->type;
  MlConst *v = NULL;
  MlConstFit code;

  if (!ml_type_is_untyped (from) || tu == NULL || tu->kind == ML_TYPE_INVALID)
    return ML_CONST_FITS;
  if (from->kind == ML_TYPE_UNTYPED_NIL)
    {
      if (!ml_check_is_nillable (target))
        return ML_CONST_INVALID;
      n->type = target;
      return ML_CONST_FITS;
    }
  if (tu->kind == ML_TYPE_INTERFACE)
    {
      /* Values in interfaces have concrete types: the default one. */
      if (tu->n_fields > 0)
        return ML_CONST_INVALID;
      n->type = ml_check_default_type (c, from);
      return ML_CONST_FITS;
    }
  if (ml_type_is_untyped (target))
    {
      n->type = target;
      return ML_CONST_FITS;
    }
  switch (from->kind)
    {
    case ML_TYPE_UNTYPED_BOOL:
      if (!ml_type_is_boolean (tu))
        return ML_CONST_INVALID;
      break;
    case ML_TYPE_UNTYPED_STRING:
      if (!ml_type_is_string (tu))
        return ML_CONST_INVALID;
      break;
    case ML_TYPE_UNTYPED_INT:
    case ML_TYPE_UNTYPED_RUNE:
    case ML_TYPE_UNTYPED_FLOAT:
    case ML_TYPE_UNTYPED_COMPLEX:
      if (!ml_type_is_numeric (tu))
        return ML_CONST_INVALID;
      break;
    case ML_TYPE_INVALID:
    ML_TYPE_CASES_BASIC:
    case ML_TYPE_UNTYPED_NIL:
    ML_TYPE_CASES_COMPOSITE:
    default:
      return ML_CONST_INVALID;
    }
  if (n->mode == ML_MODE_CONSTANT)
    {
      code = ml_check_representation (c, n, tu, &v);
      if (code != ML_CONST_FITS)
        return code;
      n->cval = v;
    }
  n->type = target;
  return ML_CONST_FITS;
}

/* types2's convertUntyped: the same, reporting why it cannot (and making @n invalid). */
gboolean
ml_check_convert_untyped_or_report (MlChecker *c,
                                    MlNode    *n,
                                    MlType    *target)
{
  MlConstFit code = ml_check_convert_untyped (c, n, target);

  if (code == ML_CONST_FITS)
    return TRUE;
  ml_check_invalid_conversion (c, code, n, ml_type_underlying (target));
  return FALSE;
}

/* Checks that n can be assigned to a variable of type target and reports
 * "cannot use X as T value in CONTEXT" if not.  An untyped constant given to an interface
 * becomes a value of its default type first, and must be one. */
gboolean
ml_check_assign_operand (MlChecker  *c,
                         MlNode     *n,
                         MlType     *target,
                         const char *context)
{
  g_autofree char *cause = NULL;

  if (!ml_check_is_valid (n) || target == NULL || target->kind == ML_TYPE_INVALID)
    return FALSE;
  if (n->mode == ML_MODE_TYPEXPR || n->mode == ML_MODE_BUILTIN || n->mode == ML_MODE_NOVALUE)
    {
      g_autofree char *s = ml_node_to_string (n);

      if (n->mode == ML_MODE_NOVALUE)
        ml_check_error_no_value (c, n);
      else if (n->mode == ML_MODE_TYPEXPR)
        ml_check_error_at (c, ml_node_start_pos (n), "%s (type) is not an expression", s);
      else
        ml_check_error_at (c, ml_node_start_pos (n), "%s (built-in) must be called", s);
      return FALSE;
    }
  if (ml_type_is_untyped (n->type))
    {
      g_autofree char *d = ml_check_describe (n);
      g_autofree char *ts = NULL;
      MlType *iface = NULL;
      MlConstFit code;

      /* An untyped constant stored in an interface takes its default type first: the
       * interface's methods are then looked for on that type. */
      if (n->type->kind != ML_TYPE_UNTYPED_NIL && ml_type_is_interface (target))
        {
          iface = target;
          target = ml_check_default_type (c, n->type);
        }
      ts = ml_type_to_string (target);
      code = ml_check_convert_untyped (c, n, target);
      if (code == ML_CONST_FITS && iface == NULL)
        return TRUE;
      if (code == ML_CONST_FITS)
        target = iface;
      else
        {
          if (n->type->kind == ML_TYPE_UNTYPED_NIL)
            ml_check_error_at (c, ml_node_start_pos (n), "cannot use nil as %s value in %s", ts, context);
          else if (code == ML_CONST_OVERFLOWS)
            ml_check_error_at (c, ml_node_start_pos (n), "cannot use %s as %s value in %s (overflows)", d, ts, context);
          else if (code == ML_CONST_TRUNCATED)
            ml_check_error_at (c, ml_node_start_pos (n), "cannot use %s as %s value in %s (truncated)", d, ts, context);
          else
            ml_check_error_at (c, ml_node_start_pos (n), "cannot use %s as %s value in %s", d, ts, context);
          return FALSE;
        }
    }
  if (!ml_check_assignable_cause (n->type, target, &cause))
    {
      g_autofree char *d = ml_check_describe (n);
      g_autofree char *ts = ml_type_to_string (target);

      if (cause != NULL)
        ml_check_error_at (c, ml_node_start_pos (n), "cannot use %s as %s value in %s: %s", d, ts, context, cause);
      else
        ml_check_error_at (c, ml_node_start_pos (n), "cannot use %s as %s value in %s", d, ts, context);
      return FALSE;
    }
  return TRUE;
}

/* Untyped operands that end up in a variable get their default type; a constant that the
 * type cannot hold is reported as types2's updateExprType reports it ("X overflows int"). */
gboolean
ml_check_use_default_type (MlChecker *c,
                           MlNode    *n)
{
  if (ml_check_is_valid (n) && ml_type_is_untyped (n->type) && n->type->kind != ML_TYPE_UNTYPED_NIL)
    return ml_check_convert_untyped_or_report (c, n, ml_check_default_type (c, n->type));
  return TRUE;
}

/* The value @value given to a variable: assigned to its @declared type if it has one, else
 * given its default type, which the variable takes; %NULL when it has no type to give (nil, a
 * type, a builtin, no value, each reported).  @context names the statement in messages. */
MlType *
ml_check_initializer (MlChecker  *c,
                      MlNode     *value,
                      MlType     *declared,
                      const char *context)
{
  if (declared != NULL)
    {
      ml_check_assign_operand (c, value, declared, context);
      return declared;
    }
  if (value->type->kind == ML_TYPE_UNTYPED_NIL)
    ml_check_error_at (c, ml_node_start_pos (value), "use of untyped nil in %s", context);
  else if (value->mode == ML_MODE_TYPEXPR || value->mode == ML_MODE_BUILTIN || value->mode == ML_MODE_NOVALUE)
    ml_check_assign_operand (c, value, c->t_any, context);
  else if (ml_type_is_untyped (value->type))
    {
      MlType *t = ml_check_default_type (c, value->type);

      ml_check_assign_operand (c, value, t, context);
      return t;
    }
  else
    return value->type;
  return NULL;
}

/* m[k].f, a field of a map element, which cannot be assigned to. */
static gboolean
is_field_in_map (MlNode *u)
{
  return u->kind == ML_NODE_SELECTOR && ml_node_unparen (u->x)->kind == ML_NODE_INDEX
         && ml_node_unparen (u->x)->mode == ML_MODE_MAPINDEX;
}

/* Reports a left-hand side that cannot be assigned to. */
gboolean
ml_check_lhs (MlChecker *c,
              MlNode    *lhs,
              MlType   **type_out)
{
  MlNode *u = ml_node_unparen (lhs);
  g_autofree char *s = NULL;

  *type_out = NULL;
  if (u->kind == ML_NODE_IDENT && strcmp (u->name, "_") == 0)
    {
      u->mode = ML_MODE_VARIABLE;
      u->type = NULL;
      return TRUE;
    }
  if (u->kind == ML_NODE_IDENT)
    {
      MlObject *o = ml_scope_lookup (c->scope, u->name, TRUE);

      /* Assigning to a variable is not a use of it. */
      if (o != NULL && o->kind == ML_OBJ_VAR)
        {
          guint used = o->flags & ML_OBJ_FLAG_USED;

          ml_check_ident (c, u);
          if (!used)
            o->flags &= ~ML_OBJ_FLAG_USED;
          o->flags |= ML_OBJ_FLAG_REASSIGNED;
          lhs->mode = u->mode;
          lhs->type = u->type;
          *type_out = u->type;
          return ml_check_is_valid (u);
        }
    }
  ml_check_expr (c, lhs, NULL);
  if (!ml_check_is_valid (lhs))
    return FALSE;
  /* A field reached through a pointer (m[k].f with map elements of type *T) is a variable:
   * only a field of a struct value held in the map cannot be assigned to. */
  if (lhs->mode == ML_MODE_VARIABLE || lhs->mode == ML_MODE_MAPINDEX)
    {
      *type_out = lhs->type;
      return TRUE;
    }
  s = ml_node_to_string (lhs);
  if (is_field_in_map (u))
    {
      ml_check_error_at (c, ml_node_start_pos (lhs), "cannot assign to struct field %s in map", s);
      return FALSE;
    }
  ml_check_error_at (c, ml_node_start_pos (lhs),
                     "cannot assign to %s (neither addressable nor a map index expression)", s);
  return FALSE;
}

/* types2's "assignment mismatch: 2 variables but f() returns 1 value", at the first value. */
void
ml_check_report_assign_mismatch (MlChecker  *c,
                                 MlNode     *lhs0,
                                 guint       nl,
                                 MlNodeList *rhs,
                                 guint       nr_values)
{
  MlNode *call = rhs->n == 1 ? ml_node_unparen (rhs->items[0]) : NULL;
  MlNode *at = rhs->n > 0 ? rhs->items[0] : lhs0;

  if (call != NULL && call->kind == ML_NODE_CALL)
    {
      g_autofree char *f = ml_node_to_string (call->x);

      ml_check_error_at (c, ml_node_start_pos (at), "assignment mismatch: %u variable%s but %s returns %u value%s",
                         nl, nl == 1 ? "" : "s", f, nr_values, nr_values == 1 ? "" : "s");
    }
  else
    ml_check_error_at (c, ml_node_start_pos (at), "assignment mismatch: %u variable%s but %u value%s",
                       nl, nl == 1 ? "" : "s", nr_values, nr_values == 1 ? "" : "s");
}

/* One value for several variables: a call with as many results, or m[k] for "v, ok".  The
 * result as ml_check_rhs gives it. */
static MlType **
check_tuple_rhs (MlChecker  *c,
                 MlNode     *stmt,
                 guint       nl,
                 MlNodeList *rhs,
                 gboolean   *tuple_out)
{
  MlType **types = g_new0 (MlType *, MAX (nl, 1));
  MlNode *r = rhs->items[0];

  ml_check_expr (c, r, NULL);
  /* Callers index the values only when there is one per variable. */
  *tuple_out = TRUE;
  if (!ml_check_is_valid (r))
    return types;
  if (r->type->kind == ML_TYPE_TUPLE && r->type->n_fields == nl)
    {
      for (guint i = 0; i < nl; i++)
        {
          types[i] = r->type->fields[i].type;
          /* gc's temporaries for the results, which only count in its numbering. */
          ml_check_new_autotmp (c, stmt->pos, types[i], NULL);
        }
      return types;
    }
  if (nl == 2 && (r->mode == ML_MODE_MAPINDEX || r->mode == ML_MODE_COMMAOK))
    {
      /* v, ok := m[k] and v, ok := x.(T) */
      r->mode = ML_MODE_COMMAOK;
      types[0] = r->type;
      types[1] = c->t_ubool;
      return types;
    }
  *tuple_out = FALSE;
  ml_check_report_assign_mismatch (c, stmt->list.items[0], nl, rhs,
                                   r->type->kind == ML_TYPE_TUPLE ? r->type->n_fields : 1);
  g_free (types);
  return NULL;
}

/* Evaluates the right-hand sides of an n-to-m assignment; returns the
 * value types (or NULL entries for invalid ones), or NULL on mismatch. */
MlType **
ml_check_rhs (MlChecker  *c,
              MlNode     *stmt,
              guint       nl,
              MlNodeList *rhs,
              MlType    **hints,
              gboolean   *tuple_out)
{
  MlType **types;

  *tuple_out = FALSE;
  if (rhs->n == 1 && nl > 1)
    return check_tuple_rhs (c, stmt, nl, rhs, tuple_out);
  for (guint i = 0; i < rhs->n; i++)
    ml_check_expr (c, rhs->items[i], i < nl && hints ? hints[i] : NULL);
  if (rhs->n != nl)
    {
      if (rhs->n == 1 && rhs->items[0]->type && rhs->items[0]->type->kind == ML_TYPE_TUPLE)
        ml_check_report_assign_mismatch (c, stmt->list.items[0], nl, rhs, rhs->items[0]->type->n_fields);
      else
        ml_check_report_assign_mismatch (c, stmt->list.items[0], nl, rhs, rhs->n);
      return NULL;
    }
  types = g_new0 (MlType *, MAX (nl, 1));
  for (guint i = 0; i < nl; i++)
    {
      MlNode *r = rhs->items[i];

      if (!ml_check_is_valid (r))
        continue;
      if (r->type->kind == ML_TYPE_TUPLE)
        {
          if (nl == 1 && rhs->n == 1 && r->mode != ML_MODE_NOVALUE && r->type->n_fields > 1)
            {
              ml_check_report_assign_mismatch (c, stmt->list.items[0], 1, rhs, r->type->n_fields);
              g_free (types);
              return NULL;
            }
          ml_check_single_value (c, r);
          continue;
        }
      types[i] = r->type;
    }
  return types;
}

/* x op= y is x = x op y, with x evaluated once. */
static void
check_op_assign (MlChecker *c,
                 MlNode    *n)
{
  static const MlToken ops[][2] = {
    { ML_TOK_ADD_ASSIGN, ML_TOK_ADD }, { ML_TOK_SUB_ASSIGN, ML_TOK_SUB },
    { ML_TOK_MUL_ASSIGN, ML_TOK_MUL }, { ML_TOK_QUO_ASSIGN, ML_TOK_QUO },
    { ML_TOK_REM_ASSIGN, ML_TOK_REM }, { ML_TOK_AND_ASSIGN, ML_TOK_AND },
    { ML_TOK_OR_ASSIGN, ML_TOK_OR }, { ML_TOK_XOR_ASSIGN, ML_TOK_XOR },
    { ML_TOK_SHL_ASSIGN, ML_TOK_SHL }, { ML_TOK_SHR_ASSIGN, ML_TOK_SHR },
    { ML_TOK_AND_NOT_ASSIGN, ML_TOK_AND_NOT },
  };
  MlNode tmp = { 0 };
  MlType *lt;

  tmp.kind = ML_NODE_BINARY;
  tmp.pos = n->pos;
  for (guint i = 0; i < G_N_ELEMENTS (ops); i++)
    if (ops[i][0] == n->op)
      tmp.op = ops[i][1];
  tmp.x = n->list.items[0];
  tmp.y = n->list2.items[0];
  ml_check_binary (c, &tmp, NULL);
  if (ml_node_unparen (tmp.x)->obj != NULL)
    ml_node_unparen (tmp.x)->obj->flags |= ML_OBJ_FLAG_REASSIGNED;
  if (!ml_check_is_valid (&tmp))
    return;
  if (tmp.x->mode != ML_MODE_VARIABLE && tmp.x->mode != ML_MODE_MAPINDEX)
    {
      ml_check_lhs (c, tmp.x, &lt);
      return;
    }
  /* What is assigned is the operation's result (a shift's count may be of any integer type). */
  ml_check_assign_operand (c, &tmp, tmp.x->type, "assignment operation");
}

/* x, y := a, b: at least one new variable; the others are assigned.  gc's reassignment
 * oracle wants the value of a variable defined once (MlObject.init). */
static void
check_short_var_decl (MlChecker *c,
                      MlNode    *n,
                      MlType   **ltypes)
{
  guint nl = n->list.n;
  g_autofree MlType **rtypes = NULL;
  g_autofree MlObject **objs = g_new0 (MlObject *, MAX (nl, 1));
  g_autofree gboolean *is_new = g_new0 (gboolean, MAX (nl, 1));
  gboolean any_new = FALSE, lhs_ok = TRUE, tuple;

  for (guint i = 0; i < nl; i++)
    {
      MlNode *l = n->list.items[i];

      if (l->kind != ML_NODE_IDENT)
        {
          g_autofree char *s = ml_node_to_string (l);

          ml_check_expr (c, l, NULL);
          ml_check_error_at (c, ml_node_start_pos (l), "non-name %s on left side of :=", s);
          lhs_ok = FALSE;
          continue;
        }
      for (guint j = 0; j < i; j++)
        if (n->list.items[j]->kind == ML_NODE_IDENT && strcmp (n->list.items[j]->name, l->name) == 0
            && strcmp (l->name, "_") != 0)
          {
            ml_check_error_at (c, l->pos, "%s repeated on left side of :=", l->name);
            lhs_ok = FALSE;
          }
      objs[i] = strcmp (l->name, "_") == 0 ? NULL : ml_scope_lookup (c->scope, l->name, FALSE);
      if (objs[i] != NULL && objs[i]->kind == ML_OBJ_VAR)
        {
          ltypes[i] = objs[i]->type;
          l->obj = objs[i];
          objs[i]->flags |= ML_OBJ_FLAG_REASSIGNED;
        }
      else
        {
          is_new[i] = strcmp (l->name, "_") != 0;
          any_new |= is_new[i];
        }
    }
  if (!any_new && lhs_ok)
    ml_check_error_at (c, n->pos, "no new variables on left side of :=");
  rtypes = ml_check_rhs (c, n, nl, &n->list2, ltypes, &tuple);
  for (guint i = 0; i < nl; i++)
    {
      MlNode *l = n->list.items[i];
      MlType *t = c->t_invalid;

      if (l->kind != ML_NODE_IDENT)
        continue;
      if (rtypes != NULL && rtypes[i] != NULL && !tuple)
        {
          MlType *vt = ml_check_initializer (c, n->list2.items[i], ltypes[i], "assignment");

          if (vt != NULL)
            t = vt;
        }
      else if (rtypes != NULL && rtypes[i] != NULL)
        t = ml_check_default_type (c, rtypes[i]);
      if (is_new[i])
        {
          MlObject *o = ml_check_declare_var (c, l, t);

          /* gc's reassignment oracle: a local defined once with a
           * constant keeps printing as that constant in -m output. */
          if (!tuple && rtypes != NULL && i < n->list2.n)
            o->init = n->list2.items[i];
          l->mode = ML_MODE_VARIABLE;
          l->type = t;
        }
      else if (strcmp (l->name, "_") == 0)
        {
          l->mode = ML_MODE_VARIABLE;
        }
      else if (objs[i] != NULL)
        {
          l->mode = ML_MODE_VARIABLE;
          l->type = objs[i]->type;
        }
    }
}

/* x, y = a, b. */
static void
check_plain_assign (MlChecker *c,
                    MlNode    *n,
                    MlType   **ltypes)
{
  guint nl = n->list.n;
  g_autofree MlType **rtypes = NULL;
  gboolean tuple;

  for (guint i = 0; i < nl; i++)
    ml_check_lhs (c, n->list.items[i], &ltypes[i]);
  rtypes = ml_check_rhs (c, n, nl, &n->list2, ltypes, &tuple);
  if (rtypes == NULL)
    return;
  for (guint i = 0; i < nl; i++)
    {
      MlNode *l = ml_node_unparen (n->list.items[i]);

      if (!tuple)
        {
          MlNode *r = n->list2.items[i];

          if (!ml_check_is_valid (r))
            continue;
          if (ltypes[i] != NULL || (l->kind == ML_NODE_IDENT && strcmp (l->name, "_") == 0))
            ml_check_initializer (c, r, ltypes[i], "assignment");
        }
      else if (ltypes[i] != NULL && rtypes[i] != NULL && !ml_check_assignable (rtypes[i], ltypes[i])
               && !(ml_type_is_untyped (rtypes[i]) && ml_type_is_boolean (ltypes[i])))
        {
          g_autofree char *a = ml_type_to_string (rtypes[i]);
          g_autofree char *b = ml_type_to_string (ltypes[i]);

          ml_check_error_at (c, ml_node_start_pos (n->list2.items[0]), "cannot use %s value as %s value in assignment",
                             a, b);
        }
    }
}

void
ml_check_assign (MlChecker *c,
                 MlNode    *n)
{
  g_autofree MlType **ltypes = NULL;

  if (n->op != ML_TOK_DEFINE && n->op != ML_TOK_ASSIGN)
    {
      check_op_assign (c, n);
      return;
    }
  /* Both forms match the variables on the left with the values on the right; the types of
   * the variables that exist already are collected here. */
  ltypes = g_new0 (MlType *, MAX (n->list.n, 1));
  if (n->op == ML_TOK_DEFINE)
    check_short_var_decl (c, n, ltypes);
  else
    check_plain_assign (c, n, ltypes);
}
