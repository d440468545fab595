/* ml-escape-solve.c
 *
 * Copyright 2026 The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The walk that finds what escapes and why, after gc's escape/solve.go.  Once a batch's graph
 * is built, every location is a root in turn: the walk goes backwards along the edges,
 * keeping the fewest dereferences with which each source reaches the root.  A source whose
 * address reaches a root that outlives it escapes, and becomes a root itself; a parameter
 * that reaches the heap or a result gets a leak.  The path that made a location escape is
 * kept as the -m=2 explanation.  It is a file of its own because it only reads the graph.
 */

#define G_LOG_DOMAIN "ml-escape"

#include "config.h"

#include "ml-escape-private.h"

/* gc's containsClosure: is inner a literal nested somewhere in outer? */
gboolean
_ml_escape_func_contains (MlFunc *outer,
                          MlFunc *inner)
{
  if (outer == NULL || inner == NULL || outer == inner)
    return FALSE;
  for (MlFunc *f = inner->outer; f != NULL; f = f->outer)
    if (f == outer)
      return TRUE;
  return FALSE;
}

/* gc's outlives: does root live longer than l? */
static gboolean
outlives (MlEscapeLoc *root,
          MlEscapeLoc *l)
{
  if (root->escapes)
    return TRUE;
  /* The mutator is no place a value can live in. */
  if (root->kind == ML_ESCAPE_LOC_HEAP)
    return FALSE;
  if (root->is_result)
    {
      /* A closure returning a variable of its enclosing function does not
       * force it to the heap when all its calls are known. */
      if (_ml_escape_func_contains (l->fn, root->fn))
        return FALSE;
      return TRUE;
    }
  if (root->fn == l->fn && root->loop_depth < l->loop_depth)
    return TRUE;
  if (_ml_escape_func_contains (root->fn, l->fn))
    return TRUE;
  return FALSE;
}

/* Records the -m=2 explanation of why src's address reaches root (gc's explainPath): a flow
 * line for every edge on the way, with a "from" line for each of its notes. */
static void
explain_path (MlEscape    *e,
              MlEscapeLoc *root,
              MlEscapeLoc *src)
{
  GPtrArray *steps;
  guint guard = 0;

  if (src->steps != NULL)
    return;
  steps = src->steps = _ml_escape_explain_start (src);
  while (src != root && src->dst != NULL && guard++ < 64)
    {
      MlEscapeLoc *dst = src->dst;
      MlEscapeEdge *edge = &g_array_index (dst->edges, MlEscapeEdge, src->dst_edge);

      _ml_escape_explain_flow (steps, edge->derefs, dst, src);
      for (MlEscapeFlowNote *n = edge->notes; n != NULL; n = n->next)
        {
          g_autofree char *what = _ml_escape_where_string (n->where);

          _ml_escape_explain_from (e, steps, n->pos, what, n->why);
        }
      src = dst;
    }
}

/* A parameter reached by root's walk leaks to it: to its function's result if root is one,
 * to the heap otherwise; the fewest dereferences win. */
static void
note_leak (MlEscapeLoc *root,
           MlEscapeLoc *l,
           int          derefs)
{
  if (!root->escapes && root->is_result && root->fn == l->fn && root->var != NULL
      && root->var->index >= 0 && root->var->index < ML_ESCAPE_MAX_RESULTS)
    {
      int *r = &l->leak_result[root->var->index];

      if (*r < 0 || derefs < *r)
        *r = derefs;
    }
  else if (l->leak_heap < 0 || derefs < l->leak_heap)
    l->leak_heap = derefs;
}

static void
walk_one (MlEscape    *e,
          MlEscapeLoc *root,
          guint        walkgen,
          GPtrArray   *todo_roots)
{
  g_autoptr(GPtrArray) todo = g_ptr_array_new ();

  root->walkgen = walkgen;
  root->derefs = 0;
  root->dst = NULL;
  g_ptr_array_add (todo, root);

  while (todo->len > 0)
    {
      MlEscapeLoc *l = g_ptr_array_steal_index_fast (todo, todo->len - 1);
      int derefs = l->derefs;
      gboolean address_of = derefs < 0;

      if (address_of)
        {
          derefs = 0;
          if (outlives (root, l) && !l->escapes && l != root)
            {
              l->escapes = TRUE;
              l->mutates = TRUE;
              explain_path (e, root, l);
              if (!l->queued)
                {
                  l->queued = TRUE;
                  g_ptr_array_add (todo_roots, l);
                }
            }
        }
      /* l's value reaches root as it is: if what root points to may be written, so may what
       * l points to (gc's attrMutates), and what flows into l learns it from l's walk. */
      if (derefs == 0 && root->mutates && !l->mutates)
        {
          l->mutates = TRUE;
          if (!l->queued)
            {
              l->queued = TRUE;
              g_ptr_array_add (todo_roots, l);
            }
        }

      if (l->is_param && l != root && outlives (root, l))
        note_leak (root, l, derefs);
      if (l->is_param && root->mutates && (l->leak_mutator < 0 || derefs < l->leak_mutator))
        l->leak_mutator = derefs;

      if (l->escapes && l != root)
        continue;

      for (guint i = 0; i < l->edges->len; i++)
        {
          MlEscapeEdge *edge = &g_array_index (l->edges, MlEscapeEdge, i);
          int d = derefs + edge->derefs;

          if (edge->src->escapes)
            continue;
          if (edge->src->walkgen != walkgen || edge->src->derefs > d)
            {
              edge->src->walkgen = walkgen;
              edge->src->derefs = d;
              edge->src->dst = l;
              edge->src->dst_edge = i;
              g_ptr_array_add (todo, edge->src);
            }
        }
    }
}

/* Walks from every location of a batch, then again from each one that escapes, until
 * nothing new escapes (gc's walkAll). */
void
_ml_escape_walk_all (MlEscape  *e,
                     GPtrArray *locs)
{
  g_autoptr(GPtrArray) roots = g_ptr_array_new ();
  static guint walkgen = 0;

  for (guint i = 0; i < locs->len; i++)
    {
      MlEscapeLoc *l = g_ptr_array_index (locs, i);

      l->queued = TRUE;
      g_ptr_array_add (roots, l);
    }
  while (roots->len > 0)
    {
      MlEscapeLoc *root = g_ptr_array_steal_index (roots, 0);

      root->queued = FALSE;
      walk_one (e, root, ++walkgen, roots);
    }
}
