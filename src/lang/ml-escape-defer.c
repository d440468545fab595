/* ml-escape-defer.c
 *
 * Copyright 2026 The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * defer statements, after gc's goDeferStmt (escape/call.go) on the form typecheck gave them
 * (the checker's ml-check-defer.c builds the same one).  The deferred function value goes
 * where the statement says: nowhere for a defer outside loops, whose record and closure live
 * in the frame until the function returns, to the heap for one inside a loop.  A call with
 * arguments was made a call of a wrapper literal: its operands are evaluated into
 * temporaries at the statement, the wrapper's closure captures them (by value up to 128
 * bytes, by reference beyond), and the wrapper's body makes the call with them.  gc gives no
 * verdict for the wrapper's closure itself; its body's allocations (a variadic call's
 * "... argument") and the temporaries' are reported as any others.
 */

#define G_LOG_DOMAIN "ml-escape"

#include "config.h"

#include "ml-escape-private.h"

/* Inside a wrapper's body, an operand evaluated at the statement is its temporary: @k takes
 * the temporary's value.  Returns FALSE for any other expression. */
gboolean
_ml_escape_defer_operand (MlEscape     *e,
                          MlEscapeHole  k,
                          MlNode       *n)
{
  MlObject *temp;

  if (e->defer_operands == NULL || (temp = g_hash_table_lookup (e->defer_operands, n)) == NULL)
    return FALSE;
  _ml_escape_flow (e, k, _ml_escape_var_loc (e, temp));
  return TRUE;
}

/* The wrapper's body: the deferred call, with each operand evaluated at the statement
 * replaced by its temporary. */
void
_ml_escape_defer_body (MlEscape *e,
                       MlFunc   *wrapper)
{
  MlNode *call = wrapper->defer_stmt->x;
  GHashTable *saved = e->defer_operands;

  e->cur.fn = wrapper;
  e->cur.loop_depth = 0;
  e->defer_operands = g_hash_table_new (NULL, NULL);
  for (guint i = 0; i < wrapper->defer_args->len; i++)
    {
      MlDeferArg *a = &g_array_index (wrapper->defer_args, MlDeferArg, i);

      g_hash_table_insert (e->defer_operands, a->expr, a->temp);
    }
  _ml_escape_call (e, NULL, 0, call);
  g_hash_table_unref (e->defer_operands);
  e->defer_operands = saved;
}

/* tmp := operand, at the statement (gc's OAS2 in the defer's init). */
static void
evaluate_operand (MlEscape   *e,
                  MlNode     *stmt,
                  MlDeferArg *a)
{
  MlEscapeLoc *l = _ml_escape_var_loc (e, a->temp);
  MlEscapeHole k;

  if (l == NULL)
    return;
  l->loop_depth = e->cur.loop_depth;
  k = _ml_escape_hole_note (e, _ml_escape_hole_of (l), stmt, "assign-pair");
  switch (a->kind)
    {
    case ML_DEFER_ARG_IFACE:
      _ml_escape_expr_to_iface (e, k, a->expr);
      break;
    case ML_DEFER_ARG_ADDR:
      _ml_escape_expr (e, _ml_escape_hole_shift (e, k, -1, a->expr, "address-of"), a->expr);
      break;
    case ML_DEFER_ARG_DEREF:
      _ml_escape_expr (e, _ml_escape_hole_shift (e, k, 1, a->expr, "indirection"), a->expr);
      break;
    case ML_DEFER_ARG_VALUE:
    default:
      _ml_escape_expr (e, k, a->expr);
      break;
    }
}

/* defer f(x) (gc's goDeferStmt). */
void
_ml_escape_defer_stmt (MlEscape *e,
                       MlNode   *n)
{
  MlFunc *w = ml_program_lookup_func (e->prog, n);
  MlEscapeHole k;
  MlEscapeHole c;
  MlEscapeCursor saved;

  /* A defer outside loops keeps its function until the function returns (gc's later hole,
   * into nothing); one in a loop may outlive the iteration, so its closure is a heap
   * object. */
  if (e->cur.loop_depth == 0)
    k = _ml_escape_hole_of (_ml_escape_temp_loc (e));
  else
    k = _ml_escape_heap_hole (e);

  if (n->x == NULL || n->x->kind != ML_NODE_CALL)
    return;
  if (w == NULL)
    {
      /* Already a call without arguments: its function value is all there is. */
      _ml_escape_expr (e, k, n->x->x);
      return;
    }

  for (guint i = 0; i < w->defer_args->len; i++)
    evaluate_operand (e, n, &g_array_index (w->defer_args, MlDeferArg, i));
  c = _ml_escape_spill (e, k, n, "func literal");
  c.dst->silent = TRUE;
  if (_ml_escape_batch_root (w) == w)
    {
      _ml_escape_analyze_func (e, w);
      return;
    }
  for (guint i = 0; i < w->captures->len; i++)
    {
      MlObject *temp = g_ptr_array_index (w->captures, i);
      MlEscapeHole h = c;

      if (temp->type != NULL && ml_type_sizeof (temp->type) > 128)
        h = _ml_escape_hole_shift (e, h, -1, n, "reference");
      _ml_escape_flow (e, _ml_escape_hole_note (e, h, n, "captured by a closure"),
                       _ml_escape_var_loc (e, temp));
    }
  saved = e->cur;
  _ml_escape_defer_body (e, w);
  e->cur = saved;
}
