/* ml-escape-assign.c
 *
 * Copyright 2026 The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Assignments, after gc's escape/assign.go: the hole an assignable expression stores into
 * (gc's addr), and the assignment of a list of values to a list of destinations, which
 * statements, declarations and the package's initialisers all come down to.
 */

#define G_LOG_DOMAIN "ml-escape"

#include "config.h"

#include <string.h>

#include "ml-escape-private.h"

/* x[i] = v: storing into an array stores into the array's variable; into a map, the key and
 * value go to the heap; into a slice, through its pointer. */
static MlEscapeHole
index_hole (MlEscape *e,
            MlNode   *n)
{
  MlType *u = n->x->type ? ml_type_underlying (n->x->type) : NULL;

  if (u != NULL && u->kind == ML_TYPE_ARRAY)
    {
      _ml_escape_expr (e, _ml_escape_discard_hole (), n->y);
      return _ml_escape_addr_hole (e, n->x);
    }
  if (u != NULL && u->kind == ML_TYPE_MAP)
    {
      MlEscapeHole k = _ml_escape_hole_note (e, _ml_escape_heap_hole (e), n, "key of map put");

      _ml_escape_expr (e, _ml_escape_discard_hole (), n->x);
      /* A key of interface type is the boxed value, which the map keeps. */
      _ml_escape_expr_or_iface (e, k, n->y, ml_type_is_interface (u->key));
      return _ml_escape_heap_hole (e);
    }
  _ml_escape_expr (e, _ml_escape_discard_hole (), n->y);
  _ml_escape_expr (e, _ml_escape_mutator_hole (e), n->x);
  return _ml_escape_heap_hole (e);
}

/* The hole for storing into an assignable expression (gc's addr). */
MlEscapeHole
_ml_escape_addr_hole (MlEscape *e,
                      MlNode   *n)
{
  n = ml_node_unparen (n);
  if (n == NULL || (n->kind == ML_NODE_IDENT && strcmp (n->name, "_") == 0))
    return _ml_escape_discard_hole ();
  switch (n->kind)
    {
    case ML_NODE_IDENT:
      {
        MlEscapeLoc *l = _ml_escape_var_loc (e, n->obj);

        return l ? _ml_escape_hole_of (l) : _ml_escape_heap_hole (e);
      }
    case ML_NODE_SELECTOR:
      if (n->x->type && ml_type_underlying (n->x->type)->kind == ML_TYPE_POINTER)
        {
          _ml_escape_expr (e, _ml_escape_mutator_hole (e), n->x);
          return _ml_escape_heap_hole (e);
        }
      return _ml_escape_addr_hole (e, n->x);
    case ML_NODE_INDEX:
      return index_hole (e, n);
    case ML_NODE_STAR:
      _ml_escape_expr (e, _ml_escape_mutator_hole (e), n->x);
      return _ml_escape_heap_hole (e);
    case ML_NODE_BAD: case ML_NODE_BASIC_LIT: case ML_NODE_COMPOSITE_LIT: case ML_NODE_KEY_VALUE:
    case ML_NODE_FUNC_LIT: case ML_NODE_PAREN: case ML_NODE_SLICE_EXPR: case ML_NODE_TYPE_ASSERT:
    case ML_NODE_CALL: case ML_NODE_UNARY: case ML_NODE_BINARY:
    ML_NODE_CASES_NOT_EXPR:
    default:
      return _ml_escape_heap_hole (e);
    }
}

/* The hole for one destination of an assignment; := declares it. */
static MlEscapeHole
lhs_hole (MlEscape *e,
          MlNode   *stmt_node,
          MlNode   *l,
          gboolean  define)
{
  MlEscapeHole k;

  if (define && l->kind == ML_NODE_IDENT && l->obj)
    {
      MlEscapeLoc *loc = _ml_escape_var_loc (e, l->obj);

      k = loc ? _ml_escape_hole_of (loc) : _ml_escape_heap_hole (e);
      if (strcmp (l->name, "_") == 0)
        k = _ml_escape_discard_hole ();
    }
  else
    k = _ml_escape_addr_hole (e, l);
  return _ml_escape_hole_note (e, k, stmt_node, "assign");
}

/* Evaluates r into k, the hole for l. */
static void
assign_one (MlEscape     *e,
            MlEscapeHole  k,
            MlNode       *l,
            MlNode       *r)
{
  MlType *lt = l->type;

  /* After inlining, a literal stored in a variable nothing reads any more is gone. */
  if (e->inl != NULL && ml_node_unparen (r)->kind == ML_NODE_FUNC_LIT && l->kind == ML_NODE_IDENT
      && _ml_escape_dead_local (e, l->obj))
    return;
  if (lt == NULL && l->kind == ML_NODE_IDENT && l->obj != NULL)
    lt = l->obj->type;
  /* Assigning a value to an interface variable converts it. */
  _ml_escape_expr_or_iface (e, k, r,
                            lt != NULL && ml_type_is_interface (lt) && r->type != NULL
                            && !ml_type_is_interface (r->type)
                            && r->type->kind != ML_TYPE_UNTYPED_NIL);
}

void
_ml_escape_assign_list (MlEscape   *e,
                        MlNode     *stmt_node,
                        MlNodeList *lhs,
                        MlNodeList *rhs,
                        gboolean    define)
{
  g_autofree MlEscapeHole *ks = g_new0 (MlEscapeHole, MAX (lhs->n, 1));

  if (!define && lhs->n == 1 && rhs->n == 1 && stmt_node->kind == ML_NODE_ASSIGN_STMT
      && _ml_escape_is_self_assign (lhs->items[0], rhs->items[0]))
    {
      /* gc only evaluates the value. */
      _ml_escape_report_self_assign (e, stmt_node, lhs->items[0], rhs->items[0]);
      _ml_escape_expr (e, _ml_escape_discard_hole (), rhs->items[0]);
      return;
    }

  for (guint i = 0; i < lhs->n; i++)
    ks[i] = lhs_hole (e, stmt_node, lhs->items[i], define);
  if (rhs->n == 1 && lhs->n > 1)
    {
      MlNode *r = ml_node_unparen (rhs->items[0]);

      if (r->kind == ML_NODE_CALL)
        _ml_escape_call (e, ks, lhs->n, r);
      else
        _ml_escape_expr (e, ks[0], r);
      return;
    }
  for (guint i = 0; i < rhs->n && i < lhs->n; i++)
    {
      /* A pair of a tuple assignment that stores a value back where it was (a swap of two
       * elements) keeps nothing new. */
      if (!define && lhs->n > 1 && stmt_node->kind == ML_NODE_ASSIGN_STMT
          && _ml_escape_is_self_assign (lhs->items[i], rhs->items[i]))
        {
          _ml_escape_report_self_assign (e, stmt_node, lhs->items[i], rhs->items[i]);
          ks[i] = _ml_escape_discard_hole ();
        }
      assign_one (e, ks[i], lhs->items[i], rhs->items[i]);
    }
}

/* One spec of a var declaration: "var a, b = x, y". */
void
_ml_escape_assign_spec (MlEscape *e,
                        MlNode   *spec)
{
  if (spec->list2.n > 0)
    _ml_escape_assign_list (e, spec, &spec->list, &spec->list2, TRUE);
}
