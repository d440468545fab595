/* ml-check-stmt.c
 *
 * Copyright 2026 The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Statements and function bodies (types2's stmt.go): the dispatch over statement nodes, with
 * one function per statement that needs more than a line (expression statements, ++ and --,
 * return, unlabelled break and continue, switch with its duplicate cases, for and range),
 * block scopes, and the body of a function or literal: its parameters and results, "missing
 * return", its labels (ml-check-branches.c), and "declared and not used" for its variables.
 */

#define G_LOG_DOMAIN "ml-check"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "ml-check-private.h"

static void
check_block_list (MlChecker  *c,
                  MlNodeList *list)
{
  for (guint i = 0; i < list->n; i++)
    ml_check_stmt (c, list->items[i]);
}

static void
check_bool_cond (MlChecker  *c,
                 MlNode     *cond,
                 const char *what)
{
  ml_check_expr (c, cond, NULL);
  if (!ml_check_is_valid (cond))
    return;
  if (!ml_type_is_boolean (cond->type))
    {
      ml_check_error_at (c, ml_node_start_pos (cond), "non-boolean condition in %s statement", what);
      return;
    }
  ml_check_use_default_type (c, cond);
}

/* The body of a for or range loop, where break and continue are allowed. */
static void
check_loop_body (MlChecker *c,
                 MlNode    *body)
{
  c->body.loop_depth++;
  c->body.break_depth++;
  ml_check_stmt (c, body);
  c->body.loop_depth--;
  c->body.break_depth--;
}

/* The key and value types of "for k, v := range x"; they stay %NULL when x cannot be
 * ranged over, which is reported. */
static void
range_types (MlChecker *c,
             MlNode    *n,
             MlType   **kt,
             MlType   **vt)
{
  MlNode *x = n->z;
  MlType *u = ml_check_array_behind_pointer (ml_type_underlying (x->type));

  switch (u->kind)
    {
    case ML_TYPE_STRING:
    case ML_TYPE_UNTYPED_STRING:
      *kt = c->t_int;
      *vt = c->t_rune;
      ml_check_use_default_type (c, x);
      break;
    case ML_TYPE_ARRAY:
    case ML_TYPE_SLICE:
      *kt = c->t_int;
      *vt = u->elem;
      break;
    case ML_TYPE_MAP:
      *kt = u->key;
      *vt = u->elem;
      break;
    ML_TYPE_CASES_SIGNED:
    ML_TYPE_CASES_UNSIGNED:
    case ML_TYPE_UNTYPED_INT:
    case ML_TYPE_UNTYPED_RUNE:
      if (n->y != NULL)
        {
          g_autofree char *d = ml_check_describe (x);

          ml_check_error_at (c, ml_node_start_pos (n->y), "range over %s permits only one iteration variable", d);
        }
      ml_check_use_default_type (c, x);
      *kt = x->type;
      break;
    case ML_TYPE_FUNC:
      ml_check_unsupported_at (c, ml_node_start_pos (x), _("range over functions (iterators) is not supported yet"));
      break;
    case ML_TYPE_CHAN:
      ml_check_unsupported_at (c, ml_node_start_pos (x), _("channels are not supported yet"));
      break;
    case ML_TYPE_INVALID: case ML_TYPE_BOOL: ML_TYPE_CASES_FLOAT: ML_TYPE_CASES_COMPLEX:
    case ML_TYPE_UNSAFE_POINTER: case ML_TYPE_UNTYPED_BOOL: case ML_TYPE_UNTYPED_FLOAT:
    case ML_TYPE_UNTYPED_COMPLEX:
    case ML_TYPE_UNTYPED_NIL: case ML_TYPE_POINTER: case ML_TYPE_STRUCT: case ML_TYPE_INTERFACE:
    case ML_TYPE_TUPLE: case ML_TYPE_NAMED:
    default:
      {
        g_autofree char *d = ml_check_describe (x);

        ml_check_error_at (c, ml_node_start_pos (x), "cannot range over %s", d);
      }
      break;
    }
}

/* for k, v := range x (declaring k and v) or for k, v = range x (assigning them). */
static void
check_range (MlChecker *c,
             MlNode    *n)
{
  MlType *kt = NULL, *vt = NULL;
  MlNode *vars[2] = { n->x, n->y };

  ml_check_expr (c, n->z, NULL);
  if (ml_check_is_valid (n->z))
    range_types (c, n, &kt, &vt);
  for (guint i = 0; i < 2; i++)
    {
      MlNode *v = vars[i];
      MlType *t = i == 0 ? kt : vt;

      if (v == NULL)
        continue;
      if (n->op == ML_TOK_DEFINE)
        {
          if (v->kind != ML_NODE_IDENT)
            {
              g_autofree char *s = ml_node_to_string (v);

              ml_check_error_at (c, ml_node_start_pos (v), "non-name %s on left side of :=", s);
              continue;
            }
          if (strcmp (v->name, "_") == 0)
            continue;
          ml_check_declare_var (c, v, t ? t : c->t_invalid);
          v->mode = ML_MODE_VARIABLE;
          v->type = t ? t : c->t_invalid;
        }
      else
        {
          MlType *lt;

          if (ml_check_lhs (c, v, &lt) && lt != NULL && t != NULL && !ml_check_assignable (t, lt))
            {
              g_autofree char *a = ml_type_to_string (t);
              g_autofree char *b = ml_check_describe (v);

              ml_check_error_at (c, ml_node_start_pos (v),
                                 "cannot use %s (value of type %s) as %s value in range clause", "x", a, b);
            }
        }
    }
}

/* A case value of a switch with a tag: it must convert to the tag's type, and a constant may
 * appear once.  @seen_consts holds the constant case values so far. */
static void
check_tagged_case (MlChecker *c,
                   MlNode    *e,
                   MlNode    *tag,
                   GPtrArray *seen_consts)
{
  ml_check_expr (c, e, tag->type);
  if (!ml_check_is_valid (e) || !ml_check_is_valid (tag))
    return;
  if (ml_type_is_untyped (e->type))
    {
      MlConstFit code = ml_check_convert_untyped (c, e, tag->type);

      if (code == ML_CONST_INVALID)
        {
          g_autofree char *d = ml_check_describe (e);
          g_autofree char *ts = ml_type_to_string (tag->type);

          ml_check_error_at (c, ml_node_start_pos (e), "cannot convert %s to type %s", d, ts);
          return;
        }
      if (code != ML_CONST_FITS)
        {
          ml_check_invalid_conversion (c, code, e, ml_type_underlying (tag->type));
          return;
        }
    }
  if (!ml_type_identical (e->type, tag->type) && !ml_check_assignable (e->type, tag->type))
    {
      g_autofree char *s = ml_node_to_string (e);
      g_autofree char *ts = ml_type_to_string (tag->type);
      g_autofree char *es = ml_type_to_string (e->type);
      g_autofree char *tg = ml_node_to_string (tag);

      ml_check_error_at (c, ml_node_start_pos (e), "invalid case %s in switch on %s (mismatched types %s and %s)",
                         s, tg, es, ts);
      return;
    }
  if (e->mode != ML_MODE_CONSTANT || e->cval == NULL)
    return;
  for (guint q = 0; q < seen_consts->len; q++)
    {
      MlNode *prev = g_ptr_array_index (seen_consts, q);
      MlConst *eq = NULL;

      if (!ml_type_identical (prev->type, e->type))
        continue;
      ml_check_fold_binary (c, ML_TOK_EQL, prev->cval, e->cval, ml_type_is_integer (e->type), &eq);
      if (eq != NULL && eq->kind == ML_CONST_BOOL && eq->b)
        {
          g_autofree char *d = ml_check_describe (e);
          MlPos pp = ml_node_start_pos (prev);

          ml_check_error_at (c, ml_node_start_pos (e),
                             "duplicate case %s in expression switch\n\t\x01:%u:%u: previous case",
                             d, pp.line, pp.col);
          break;
        }
    }
  g_ptr_array_add (seen_consts, e);
}

/* A case clause's statements, in a scope of their own; "fallthrough" may only end a clause
 * that is not the last. */
static void
check_clause_body (MlChecker *c,
                   MlNode    *cc,
                   gboolean   last)
{
  ml_check_push_scope (c);
  cc->scope = c->scope;
  for (guint j = 0; j < cc->list2.n; j++)
    {
      MlNode *s = cc->list2.items[j];

      if (s->kind == ML_NODE_BRANCH_STMT && s->op == ML_TOK_FALLTHROUGH)
        {
          if (s != ml_node_list_last_stmt (&cc->list2))
            ml_check_error_at (c, s->pos, "fallthrough statement out of place");
          else if (last)
            ml_check_error_at (c, s->pos, "cannot fallthrough final case in switch");
          continue;
        }
      ml_check_stmt (c, s);
    }
  ml_check_pop_scope (c);
}

static void
check_switch (MlChecker *c,
              MlNode    *n)
{
  MlNode *tag = n->y;
  gboolean seen_default = FALSE;
  g_autoptr(GPtrArray) seen_consts = g_ptr_array_new ();

  ml_check_push_scope (c);
  if (n->x)
    ml_check_stmt (c, n->x);
  if (tag != NULL)
    {
      ml_check_expr (c, tag, NULL);
      ml_check_use_default_type (c, tag);
      if (ml_check_is_valid (tag) && tag->mode == ML_MODE_NOVALUE)
        {
          ml_check_error_no_value (c, tag);
          ml_check_invalidate (c, tag);
        }
    }
  c->body.break_depth++;
  for (guint i = 0; i < n->list.n; i++)
    {
      MlNode *cc = n->list.items[i];

      if (cc->flags & ML_NODE_FLAG_IMPLICIT)
        {
          if (seen_default)
            ml_check_error_at (c, cc->pos, "multiple defaults in switch");
          seen_default = TRUE;
        }
      for (guint j = 0; j < cc->list.n; j++)
        {
          MlNode *e = cc->list.items[j];

          if (tag != NULL)
            {
              check_tagged_case (c, e, tag, seen_consts);
              continue;
            }
          ml_check_expr (c, e, NULL);
          if (ml_check_is_valid (e) && !ml_type_is_boolean (e->type))
            {
              g_autofree char *s = ml_node_to_string (e);
              g_autofree char *es = ml_type_to_string (e->type);

              ml_check_error_at (c, ml_node_start_pos (e),
                                 "invalid case %s in switch on true (mismatched types %s and bool)", s, es);
            }
        }
      check_clause_body (c, cc, i + 1 == n->list.n);
    }
  c->body.break_depth--;
  n->scope = c->scope;
  ml_check_pop_scope (c);
}

/* A value computed and dropped is "not used", except a call (of a function, or of a builtin
 * with an effect). */
static void
check_expr_stmt (MlChecker *c,
                 MlNode    *n)
{
  MlNode *x = n->x;
  MlNode *u = ml_node_unparen (x);
  gboolean unused = TRUE;

  ml_check_expr (c, x, NULL);
  if (!ml_check_is_valid (x) && !(x->mode == ML_MODE_NOVALUE))
    return;
  if (u->kind == ML_NODE_CALL)
    {
      MlNode *f = ml_node_unparen (u->x);

      if (f->mode == ML_MODE_BUILTIN && f->obj != NULL)
        unused = ml_check_builtin_is_expression (f->obj->builtin);
      else
        unused = u->mode == ML_MODE_CONSTANT || f->mode == ML_MODE_TYPEXPR;
    }
  if (unused)
    {
      g_autofree char *d = ml_check_describe (x);

      ml_check_error_at (c, ml_node_start_pos (x), "%s is not used", d);
    }
}

static void
check_inc_dec (MlChecker *c,
               MlNode    *n)
{
  MlType *lt;

  ml_check_expr (c, n->x, NULL);
  if (!ml_check_is_valid (n->x))
    return;
  if (!ml_type_is_numeric (n->x->type))
    {
      g_autofree char *s = ml_node_to_string (n->x);
      g_autofree char *ts = ml_type_to_string (n->x->type);

      ml_check_error_at (c, ml_node_start_pos (n->x), "invalid operation: %s%s (non-numeric type %s)", s,
                         ml_token_to_string (n->op), ts);
      return;
    }
  if (n->x->mode != ML_MODE_VARIABLE && n->x->mode != ML_MODE_MAPINDEX)
    ml_check_lhs (c, n->x, &lt);
  if (ml_node_unparen (n->x)->obj != NULL)
    ml_node_unparen (n->x)->obj->flags |= ML_OBJ_FLAG_REASSIGNED;
}

/* return with values for the function's results (none when they are named), with types2's
 * count mismatch. */
static void
check_return (MlChecker *c,
              MlNode    *n)
{
  MlType *sig = c->body.fn ? c->body.fn->signature : NULL;
  MlType *res = sig ? sig->results : NULL;
  guint nr = res ? res->n_fields : 0;
  gboolean named = c->body.fn && c->body.fn->results->len > 0
                   && ((MlObject *) g_ptr_array_index (c->body.fn->results, 0))->name[0] != '~';
  MlNodeList *values = &n->list;

  if (c->body.fn != NULL)
    c->body.fn->n_returns++;
  if (c->body.fn != NULL && c->body.fn->synthetic)
    {
      ml_check_error_at (c, n->pos, "return statement outside function body");
      return;
    }
  for (guint i = 0; i < values->n; i++)
    ml_check_expr (c, values->items[i], i < nr ? res->fields[i].type : NULL);
  for (guint i = 0; i < values->n; i++)
    if (!ml_check_is_valid (values->items[i]) && values->items[i]->mode != ML_MODE_NOVALUE)
      return;
  if (values->n == 0)
    {
      if (nr > 0 && !named)
        ml_check_report_count (c, n->pos, TRUE, NULL, values, sig);
      return;
    }
  if (values->n == 1 && values->items[0]->type->kind == ML_TYPE_TUPLE && nr != 1)
    {
      MlType *t = values->items[0]->type;

      if (t->n_fields != nr)
        ml_check_report_count (c, ml_node_start_pos (values->items[0]), t->n_fields < nr, NULL, values, sig);
      else
        /* gc's temporaries for the results, which only count in its numbering. */
        for (guint i = 0; i < nr; i++)
          ml_check_new_autotmp (c, n->pos, t->fields[i].type, NULL);
      return;
    }
  if (values->n != nr)
    {
      MlNode *extra_or_last = values->items[values->n > nr ? nr : values->n - 1];
      MlPos at = ml_node_start_pos (extra_or_last);

      /* A first message without the operands is withdrawn at once; the report below prints
       * them, as types2 does. */
      if (nr == 0)
        ml_check_error_withdrawn (c, ml_node_start_pos (values->items[0]),
                                  "too many return values\n\thave (%s)\n\twant ()", "");
      ml_check_report_count (c, at, values->n < nr, NULL, values, sig);
      return;
    }
  for (guint i = 0; i < nr; i++)
    ml_check_assign_operand (c, values->items[i], res->fields[i].type, "return statement");
}

/* break, continue, goto and fallthrough (which only ends a case clause, see
 * check_clause_body). */
static void
check_branch (MlChecker *c,
              MlNode    *n)
{
  /* Labels and goto are ml-check-branches.c's, as gc checks them apart. */
  if (n->op == ML_TOK_GOTO || n->name != NULL)
    return;
  if (n->op == ML_TOK_FALLTHROUGH)
    ml_check_error_at (c, n->pos, "fallthrough statement out of place");
  else if (n->op == ML_TOK_BREAK && c->body.break_depth == 0)
    ml_check_error_at (c, n->pos, "break is not in a loop, switch, or select");
  else if (n->op == ML_TOK_CONTINUE && c->body.loop_depth == 0)
    ml_check_error_at (c, n->pos, "continue is not in a loop");
}

/* The statements MemLab does not run yet, and what it says of them. */
static const char * const unsupported_stmts[ML_N_NODE_KINDS] = {
  [ML_NODE_SEND_STMT] = N_("channels are not supported yet"),
  [ML_NODE_GO_STMT] = N_("goroutines (go statement) are not supported yet"),
  [ML_NODE_SELECT_STMT] = N_("select statements are not supported by MemLab"),
};

void
ml_check_stmt (MlChecker *c,
               MlNode    *n)
{
  if (n == NULL)
    return;

  /* gc lays out the types a statement writes where the statement starts. */
  c->size_pos = ml_node_start_pos (n);
  /* Temporaries of an enclosing statement's header come before this statement's. */
  ml_check_flush_autotmps (c);
  switch (n->kind)
    {
    case ML_NODE_DIRECTIVE_STMT:
      ml_check_directive (c, n);
      break;
    case ML_NODE_DECL_STMT:
      ml_check_gen_decl (c, n->x);
      break;
    case ML_NODE_LABELED_STMT:
      ml_check_stmt (c, n->x);
      break;
    case ML_NODE_EXPR_STMT:
      check_expr_stmt (c, n);
      break;
    case ML_NODE_INC_DEC_STMT:
      check_inc_dec (c, n);
      break;
    case ML_NODE_ASSIGN_STMT:
      ml_check_assign (c, n);
      break;
    case ML_NODE_DEFER_STMT:
      ml_check_defer (c, n);
      break;
    case ML_NODE_SEND_STMT:
    case ML_NODE_GO_STMT:
    case ML_NODE_SELECT_STMT:
      ml_check_unsupported_at (c, n->pos, "%s", _(unsupported_stmts[n->kind]));
      break;
    case ML_NODE_TYPE_SWITCH_STMT:
      ml_check_type_switch (c, n);
      break;
    case ML_NODE_RETURN_STMT:
      check_return (c, n);
      break;
    case ML_NODE_BRANCH_STMT:
      check_branch (c, n);
      break;
    case ML_NODE_BLOCK:
      n->scope = ml_check_push_scope (c);
      check_block_list (c, &n->list);
      ml_check_pop_scope (c);
      break;
    case ML_NODE_IF_STMT:
      n->scope = ml_check_push_scope (c);
      if (n->x)
        ml_check_stmt (c, n->x);
      if (n->y)
        check_bool_cond (c, n->y, "if");
      ml_check_stmt (c, n->z);
      if (n->w)
        ml_check_stmt (c, n->w);
      ml_check_pop_scope (c);
      break;
    case ML_NODE_SWITCH_STMT:
      check_switch (c, n);
      break;
    case ML_NODE_FOR_STMT:
      n->scope = ml_check_push_scope (c);
      if (n->x)
        ml_check_stmt (c, n->x);
      if (n->y)
        check_bool_cond (c, n->y, "for");
      if (n->z)
        ml_check_stmt (c, n->z);
      check_loop_body (c, n->w);
      ml_check_pop_scope (c);
      break;
    case ML_NODE_RANGE_STMT:
      n->scope = ml_check_push_scope (c);
      check_range (c, n);
      check_loop_body (c, n->w);
      ml_check_pop_scope (c);
      break;
    case ML_NODE_EMPTY_STMT:
    case ML_NODE_CASE_CLAUSE:
    ML_NODE_CASES_NOT_STMT:
    default:
      break;
    }
  ml_check_flush_autotmps (c);
}

static int
compare_objects_by_pos (gconstpointer a,
                        gconstpointer b)
{
  const MlObject *oa = *(MlObject * const *) a;
  const MlObject *ob = *(MlObject * const *) b;

  return ml_pos_compare (oa->pos, ob->pos);
}

/* gc's "declared and not used", in source order; a soft error, so that a lesson's program
 * with an unused variable still shows its escape verdicts. */
void
ml_check_report_unused (MlChecker *c,
                        GPtrArray *vars)
{
  g_ptr_array_sort (vars, compare_objects_by_pos);
  for (guint i = 0; i < vars->len; i++)
    {
      MlObject *o = g_ptr_array_index (vars, i);

      if (!(o->flags & (ML_OBJ_FLAG_USED | ML_OBJ_FLAG_GLOBAL | ML_OBJ_FLAG_PARAM | ML_OBJ_FLAG_RESULT))
          && strcmp (o->name, "_") != 0)
        ml_diag_sink_addf (&c->sink, ML_DIAGNOSTIC_SOFT, o->pos, "declared and not used: %s", o->name);
    }
}

static MlObject *
declare_param (MlChecker *c,
               MlFunc    *fn,
               MlNode    *ident,
               MlType    *t,
               guint      flags,
               gint       index)
{
  MlObject *o = ml_check_new_object (c, ML_OBJ_VAR, ident ? ident->name : "_",
                                     ident ? ident->pos : fn->node->pos, t);

  o->flags |= flags;
  o->func = fn->node;
  o->index = index;
  if (ident != NULL)
    {
      ident->obj = o;
      ml_check_declare (c, o);
    }
  return o;
}

/* The parameters (@flag ML_OBJ_FLAG_PARAM) or results (ML_OBJ_FLAG_RESULT) of @fn, from the
 * fields of its signature's syntax and the types of @tuple.  Unnamed results are "~r0",
 * "~r1"..., as gc names them. */
static void
declare_signature_vars (MlChecker  *c,
                        MlFunc     *fn,
                        MlNodeList *fields,
                        MlType     *tuple,
                        guint       flag,
                        GPtrArray  *out)
{
  guint k = 0;

  for (guint i = 0; i < fields->n; i++)
    {
      MlNode *f = fields->items[i];
      guint count = MAX (f->list.n, 1);

      for (guint j = 0; j < count; j++, k++)
        {
          MlType *t = k < tuple->n_fields ? tuple->fields[k].type : c->t_invalid;
          MlObject *o;

          if (f->list.n == 0 && flag == ML_OBJ_FLAG_RESULT)
            {
              g_autofree char *name = g_strdup_printf ("~r%u", k);

              o = ml_check_new_object (c, ML_OBJ_VAR, name, f->pos, t);
              o->flags |= flag;
              o->func = fn->node;
              o->index = k;
            }
          else
            o = declare_param (c, fn, f->list.n ? f->list.items[j] : NULL, t, flag, k);
          g_ptr_array_add (out, o);
        }
    }
}

/* Checks the body of the function or literal @fn in a scope of its own (with the
 * checker's per-function state saved around it, since literals nest). */
void
ml_check_func_body (MlChecker *c,
                    MlFunc    *fn,
                    MlNode    *ftype,
                    MlNode    *body,
                    MlNode    *recv)
{
  MlCheckBody saved = c->body;
  MlScope *saved_scope = c->scope;
  g_autoptr(GPtrArray) vars = g_ptr_array_new ();
  MlType *sig = fn->signature;

  c->body = (MlCheckBody) { .fn = fn, .vars = vars };
  ml_check_push_scope (c);
  c->scope->is_func = TRUE;
  fn->node->scope = c->scope;

  if (recv != NULL)
    {
      MlType *rt = recv->x ? recv->x->type : NULL;

      fn->recv = declare_param (c, fn, recv->list.n ? recv->list.items[0] : NULL, rt ? rt : c->t_invalid,
                                ML_OBJ_FLAG_PARAM | ML_OBJ_FLAG_RECEIVER, -1);
    }
  declare_signature_vars (c, fn, &ftype->list, sig->params, ML_OBJ_FLAG_PARAM, fn->params);
  declare_signature_vars (c, fn, &ftype->list2, sig->results, ML_OBJ_FLAG_RESULT, fn->results);

  if (body != NULL)
    {
      check_block_list (c, &body->list);
      if (sig->results->n_fields > 0 && !ml_check_is_terminating (body, NULL))
        ml_check_error_at (c, body->pos2, "missing return");
    }
  ml_check_branches (c, body);
  ml_check_report_unused (c, vars);

  c->scope = saved_scope;
  c->body = saved;
}
