/* ml-escape-stmt.c
 *
 * Copyright 2026 The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Statements, after gc's escape/stmt.go: what each kind of statement evaluates and where the
 * values go, and the loop depth at which each variable is declared, which decides whether a
 * variable of an outer loop outlives an address taken in an inner one.  Assignments
 * themselves are in ml-escape-assign.c.
 */

#define G_LOG_DOMAIN "ml-escape"

#include "config.h"

#include "ml-escape-private.h"

/* A variable declared here lives at the current loop depth. */
static void
declare_var (MlEscape *e,
             MlObject *o)
{
  MlEscapeLoc *l = _ml_escape_var_loc (e, o);

  if (l != NULL)
    l->loop_depth = e->cur.loop_depth;
}

/* Is @n (an assignment's left side) an element of a map? */
static gboolean
is_map_index (MlNode *n)
{
  MlNode *u = ml_node_unparen (n);

  return u->kind == ML_NODE_INDEX && u->x->type != NULL
         && ml_type_underlying (u->x->type)->kind == ML_TYPE_MAP;
}

static void
assign_stmt (MlEscape *e,
             MlNode   *n)
{
  if (n->op == ML_TOK_ASSIGN || n->op == ML_TOK_DEFINE)
    {
      if (n->op == ML_TOK_DEFINE)
        for (guint i = 0; i < n->list.n; i++)
          {
            MlNode *id = n->list.items[i];
            MlEscapeLoc *l = id->obj != NULL ? _ml_escape_var_loc (e, id->obj) : NULL;

            /* Record the loop depth where the variable is declared. */
            if (l != NULL && ml_pos_compare (id->obj->pos, id->pos) == 0)
              l->loop_depth = e->cur.loop_depth;
          }
      _ml_escape_assign_list (e, n, &n->list, &n->list2, n->op == ML_TOK_DEFINE);
    }
  else if (n->op == ML_TOK_ADD_ASSIGN && n->list.items[0]->type
           && ml_type_is_string (n->list.items[0]->type))
    {
      /* gc 1.27 reports no allocation for s += t; t's bytes may end up
       * in s, so t flows into s. */
      MlEscapeHole k = _ml_escape_addr_hole (e, n->list.items[0]);

      _ml_escape_expr (e, _ml_escape_hole_note (e, k, n, "assign"), n->list2.items[0]);
    }
  else if (is_map_index (n->list.items[0]))
    {
      /* m[k] op= v stores into the map: its key escapes as a map put's does. */
      MlEscapeHole k = _ml_escape_addr_hole (e, ml_node_unparen (n->list.items[0]));

      _ml_escape_expr (e, _ml_escape_hole_note (e, k, n, "assign"), n->list2.items[0]);
    }
  else
    {
      /* x op= y assigns to x (gc's OASOP): an indexed slice is written through. */
      MlEscapeHole k = _ml_escape_addr_hole (e, n->list.items[0]);

      _ml_escape_expr (e, _ml_escape_hole_note (e, k, n, "assign"), n->list2.items[0]);
    }
}

static MlEscapeHole
result_hole (MlEscape *e,
             MlNode   *n,
             MlObject *result)
{
  return _ml_escape_hole_note (e, _ml_escape_hole_of (_ml_escape_var_loc (e, result)), n, "return");
}

static void
return_stmt (MlEscape *e,
             MlFunc   *fn,
             MlNode   *n)
{
  if (n->list.n == 1 && fn->results->len > 1)
    {
      /* return f(): f's results are the function's. */
      g_autofree MlEscapeHole *ks = g_new0 (MlEscapeHole, fn->results->len);

      for (guint i = 0; i < fn->results->len; i++)
        ks[i] = result_hole (e, n, g_ptr_array_index (fn->results, i));
      if (ml_node_unparen (n->list.items[0])->kind == ML_NODE_CALL)
        _ml_escape_call (e, ks, fn->results->len, ml_node_unparen (n->list.items[0]));
      return;
    }
  for (guint i = 0; i < n->list.n && i < fn->results->len; i++)
    {
      MlObject *r = g_ptr_array_index (fn->results, i);
      MlNode *v = n->list.items[i];

      _ml_escape_expr_or_iface (e, result_hole (e, n, r), v,
                                r->type && ml_type_is_interface (r->type) && v->type
                                && !ml_type_is_interface (v->type));
    }
}

/* The hole for a range statement's key or value. */
static MlEscapeHole
range_var_hole (MlEscape *e,
                MlNode   *range,
                MlNode   *v)
{
  if (v == NULL)
    return _ml_escape_discard_hole ();
  if (range->op == ML_TOK_DEFINE && v->obj)
    return _ml_escape_hole_of (_ml_escape_var_loc (e, v->obj));
  return _ml_escape_addr_hole (e, v);
}

static void
range_stmt (MlEscape *e,
            MlNode   *n)
{
  MlType *u = n->z && n->z->type ? ml_type_underlying (n->z->type) : NULL;
  MlEscapeHole kv;

  /* The key and value are declared inside the loop. */
  e->cur.loop_depth++;
  if (n->op == ML_TOK_DEFINE)
    {
      if (n->x)
        declare_var (e, n->x->obj);
      if (n->y)
        declare_var (e, n->y->obj);
    }
  /* The key's hole is still made: an assigned key's operands are evaluated. */
  range_var_hole (e, n, n->x);
  kv = range_var_hole (e, n, n->y);
  e->cur.loop_depth--;
  /* Only the value is fed from the ranged operand (gc's ORANGE flows ks[1] alone): a map's
   * key is taken to be a copy of nothing, so copying keys into another map leaves the ranged
   * map a non-escaping parameter. */
  if (u != NULL && u->kind == ML_TYPE_MAP)
    _ml_escape_expr (e, _ml_escape_hole_shift (e, kv, 1, n, "range-deref"), n->z);
  else if (u != NULL && (u->kind == ML_TYPE_SLICE || (u->kind == ML_TYPE_POINTER)))
    _ml_escape_expr (e, _ml_escape_hole_shift (e, kv, 1, n, "range-deref"), n->z);
  else if (u != NULL && u->kind == ML_TYPE_ARRAY)
    _ml_escape_expr (e, _ml_escape_hole_note (e, kv, n, "range"), n->z);
  else
    _ml_escape_expr (e, _ml_escape_discard_hole (), n->z);
  e->cur.loop_depth++;
  _ml_escape_stmt (e, n->w);
  e->cur.loop_depth--;
}

/* switch v := x.(type): x flows to each clause's v that can hold pointers, as x.(T) with
 * the clause's type (gc's dotType) or as x itself. */
static void
type_switch (MlEscape *e,
             MlNode   *n)
{
  MlNode *guard = n->y->kind == ML_NODE_ASSIGN_STMT ? n->y->list2.items[0] : n->y;
  MlEscapeLoc *tee = NULL;

  _ml_escape_stmt (e, n->x);
  for (guint i = 0; i < n->list.n; i++)
    {
      MlNode *cc = n->list.items[i];
      MlObject *v = cc->obj;
      MlEscapeLoc *l;
      MlEscapeHole k;

      if (v == NULL || v->type == NULL || !ml_type_has_pointers (v->type) || (l = _ml_escape_var_loc (e, v)) == NULL)
        continue;
      if (tee == NULL)
        tee = _ml_escape_temp_loc (e);
      k = _ml_escape_hole_of (l);
      if (!ml_type_is_interface (v->type) && !_ml_escape_is_direct_iface (v->type))
        k = _ml_escape_hole_shift (e, k, 1, cc, "switch case");
      else
        k = _ml_escape_hole_note (e, k, cc, "switch case");
      _ml_escape_flow (e, k, tee);
    }
  _ml_escape_expr (e, tee != NULL ? _ml_escape_hole_of (tee) : _ml_escape_discard_hole (), guard->x);
  for (guint i = 0; i < n->list.n; i++)
    _ml_escape_stmt_list (e, &((MlNode *) n->list.items[i])->list2);
}

static gboolean
pos_before (MlPos a,
            MlPos b)
{
  return a.line < b.line || (a.line == b.line && a.col < b.col);
}

/* Whether @s holds a "goto @name" after @after: gc's looping label (walkFunc), the head of a
 * loop made of a backward goto. */
static gboolean
has_goto_after (MlNode     *s,
                const char *name,
                MlPos       after)
{
  if (s == NULL)
    return FALSE;
  switch ((int) s->kind)
    {
    case ML_NODE_BRANCH_STMT:
      return s->op == ML_TOK_GOTO && g_strcmp0 (s->name, name) == 0 && pos_before (after, s->pos);
    case ML_NODE_LABELED_STMT:
      return has_goto_after (s->x, name, after);
    case ML_NODE_BLOCK:
      for (guint i = 0; i < s->list.n; i++)
        if (has_goto_after (s->list.items[i], name, after))
          return TRUE;
      return FALSE;
    case ML_NODE_IF_STMT:
      return has_goto_after (s->z, name, after) || has_goto_after (s->w, name, after);
    case ML_NODE_FOR_STMT: case ML_NODE_RANGE_STMT:
      return has_goto_after (s->w, name, after);
    case ML_NODE_SWITCH_STMT: case ML_NODE_TYPE_SWITCH_STMT: case ML_NODE_SELECT_STMT:
      for (guint i = 0; i < s->list.n; i++)
        for (guint k = 0; k < s->list.items[i]->list2.n; k++)
          if (has_goto_after (s->list.items[i]->list2.items[k], name, after))
            return TRUE;
      return FALSE;
    default:
      return FALSE;
    }
}

static gboolean
is_looping_label (MlEscape *e,
                  MlNode   *n)
{
  MlNode *fn = e->cur.fn != NULL ? e->cur.fn->node : NULL;
  MlNode *body;

  if (fn == NULL || g_strcmp0 (n->name, "_") == 0)
    return FALSE;
  body = fn->kind == ML_NODE_FUNC_DECL ? fn->z : fn->y;
  return has_goto_after (body, n->name, n->pos);
}

void
_ml_escape_stmt (MlEscape *e,
                 MlNode   *n)
{
  if (n == NULL)
    return;

  switch (n->kind)
    {
    case ML_NODE_DECL_STMT:
      if (n->x != NULL && n->x->op == ML_TOK_VAR)
        for (guint i = 0; i < n->x->list.n; i++)
          {
            MlNode *spec = n->x->list.items[i];

            for (guint j = 0; j < spec->list.n; j++)
              declare_var (e, spec->list.items[j]->obj);
            _ml_escape_assign_spec (e, spec);
          }
      break;
    case ML_NODE_LABELED_STMT:
      /* What follows a label a later goto goes back to is in a loop, to the end of the
       * block (which puts the depth back). */
      if (is_looping_label (e, n))
        e->cur.loop_depth++;
      _ml_escape_stmt (e, n->x);
      break;
    case ML_NODE_EXPR_STMT:
      if (ml_node_unparen (n->x)->kind == ML_NODE_CALL)
        _ml_escape_call (e, NULL, 0, ml_node_unparen (n->x));
      else
        _ml_escape_expr (e, _ml_escape_discard_hole (), ml_node_unparen (n->x));
      break;
    case ML_NODE_INC_DEC_STMT:
      /* x++ is x += 1 (gc's OASOP): x is assigned to, so written through when indexed. */
      (void) _ml_escape_addr_hole (e, n->x);
      break;
    case ML_NODE_ASSIGN_STMT:
      assign_stmt (e, n);
      break;
    case ML_NODE_RETURN_STMT:
      /* In an inlined copy, a return assigns the copy's results. */
      if (_ml_escape_in_copy_body (e))
        return_stmt (e, e->inl_ctx->fn, n);
      else if (e->cur.fn != NULL)
        return_stmt (e, e->cur.fn, n);
      break;
    case ML_NODE_BLOCK:
      _ml_escape_stmt_list (e, &n->list);
      break;
    case ML_NODE_IF_STMT:
      _ml_escape_stmt (e, n->x);
      _ml_escape_expr (e, _ml_escape_discard_hole (), n->y);
      _ml_escape_stmt (e, n->z);
      _ml_escape_stmt (e, n->w);
      break;
    case ML_NODE_SWITCH_STMT:
      _ml_escape_stmt (e, n->x);
      _ml_escape_expr (e, _ml_escape_discard_hole (), n->y);
      for (guint i = 0; i < n->list.n; i++)
        {
          MlNode *cc = n->list.items[i];

          for (guint j = 0; j < cc->list.n; j++)
            _ml_escape_expr (e, _ml_escape_discard_hole (), cc->list.items[j]);
          _ml_escape_stmt_list (e, &cc->list2);
        }
      break;
    case ML_NODE_TYPE_SWITCH_STMT:
      type_switch (e, n);
      break;
    case ML_NODE_FOR_STMT:
      /* Go 1.22: each iteration has its own copy of the loop variables, so
       * a body that never assigns them can capture them by value. */
      if (n->x != NULL && n->x->kind == ML_NODE_ASSIGN_STMT && n->x->op == ML_TOK_DEFINE)
        for (guint i = 0; i < n->x->list.n; i++)
          {
            MlObject *o = n->x->list.items[i]->obj;

            if (o != NULL && !_ml_escape_assigns_var (n->w, o))
              g_hash_table_add (e->per_iter, o);
          }
      _ml_escape_stmt (e, n->x);
      e->cur.loop_depth++;
      _ml_escape_expr (e, _ml_escape_discard_hole (), n->y);
      _ml_escape_stmt (e, n->z);
      _ml_escape_stmt (e, n->w);
      e->cur.loop_depth--;
      break;
    case ML_NODE_RANGE_STMT:
      range_stmt (e, n);
      break;
    case ML_NODE_DEFER_STMT:
      _ml_escape_defer_stmt (e, n);
      break;
    /* A //memlab: directive is a comment to Go: no value flows through it. */
    case ML_NODE_DIRECTIVE_STMT:
    case ML_NODE_EMPTY_STMT: case ML_NODE_SEND_STMT: case ML_NODE_GO_STMT:
    case ML_NODE_BRANCH_STMT: case ML_NODE_CASE_CLAUSE:
    case ML_NODE_SELECT_STMT:
    ML_NODE_CASES_NOT_STMT:
    default:
      break;
    }
}

void
_ml_escape_stmt_list (MlEscape         *e,
                      const MlNodeList *list)
{
  int depth = e->cur.loop_depth;

  for (guint i = 0; i < list->n; i++)
    _ml_escape_stmt (e, list->items[i]);
  e->cur.loop_depth = depth;
}
