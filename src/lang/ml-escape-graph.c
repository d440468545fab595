/* ml-escape-graph.c
 *
 * Copyright 2026 The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The data-flow graph of escape analysis, after gc's escape/graph.go: locations (variables,
 * allocation sites, the heap), the holes an expression is evaluated into, and the edges a
 * flow adds.  Everything that builds the graph goes through here; the files for expressions,
 * statements and calls decide what flows where, ml-escape-solve.c walks the result.
 */

#define G_LOG_DOMAIN "ml-escape"

#include "config.h"

#include "ml-escape-private.h"

MlEscapeLoc *
_ml_escape_new_loc (MlEscape        *e,
                    MlEscapeLocKind  kind,
                    MlObject        *var,
                    MlNode          *node,
                    const char      *name)
{
  MlEscapeLoc *l = g_new0 (MlEscapeLoc, 1);

  l->kind = kind;
  l->var = var;
  l->node = node;
  l->name = g_strdup (name);
  l->fn = e->cur.fn;
  l->loop_depth = e->cur.loop_depth;
  l->in_copy = e->inl_ctx != NULL;
  l->copy = e->inl_ctx != NULL ? e->inl_ctx->id : 0;
  l->edges = g_array_new (FALSE, FALSE, sizeof (MlEscapeEdge));
  l->leak_heap = -1;
  l->leak_mutator = -1;
  for (guint i = 0; i < ML_ESCAPE_MAX_RESULTS; i++)
    l->leak_result[i] = -1;
  g_ptr_array_add (e->locs, l);
  if (e->cur.batch_locs != NULL)
    g_ptr_array_add (e->cur.batch_locs, l);
  return l;
}

/* A location that only passes values on (gc's teeHole): one value flows into it and from it
 * to several holes. */
MlEscapeLoc *
_ml_escape_temp_loc (MlEscape *e)
{
  return _ml_escape_new_loc (e, ML_ESCAPE_LOC_VAR, NULL, NULL, "{temp}");
}

void
_ml_escape_loc_free (MlEscapeLoc *l)
{
  g_array_unref (l->edges);
  g_free (l->name);
  if (l->steps != NULL)
    g_ptr_array_unref (l->steps);
  g_free (l);
}

/* gc's HeapAllocReason: a value too large for the stack is on the heap whatever flows. */
void
_ml_escape_loc_too_large (MlEscapeLoc *l)
{
  l->escapes = TRUE;
  l->heap_reason = "too large for stack";
}

/* The location of a local variable, parameter or result, made at its first use; package
 * variables have none (they live in the data segment). */
MlEscapeLoc *
_ml_escape_var_loc (MlEscape *e,
                    MlObject *o)
{
  MlEscapeLoc *l;

  if (o == NULL || o->kind != ML_OBJ_VAR || (o->flags & ML_OBJ_FLAG_GLOBAL))
    return NULL;
  if (e->inl_ctx != NULL && (l = _ml_escape_inline_var_loc (e, o)) != NULL)
    return l;
  l = g_hash_table_lookup (e->var_locs, o);
  if (l == NULL)
    {
      l = _ml_escape_new_loc (e, ML_ESCAPE_LOC_VAR, o, NULL, o->name);
      l->pos = o->pos;
      if (o->func != NULL)
        {
          MlFunc *fn = ml_program_lookup_func (e->prog, o->func);

          if (fn != NULL)
            l->fn = fn;
        }
      l->is_param = (o->flags & ML_OBJ_FLAG_PARAM) != 0;
      l->is_result = (o->flags & ML_OBJ_FLAG_RESULT) != 0;
      if (l->is_param || l->is_result)
        l->loop_depth = 0;
      g_hash_table_insert (e->var_locs, o, l);
      /* Explicit variables larger than 128 KiB live on the heap (Go 1.24+). */
      if (!l->is_param && !l->is_result && o->type != NULL
          && ml_type_sizeof (o->type) > ML_ESCAPE_MAX_STACK_VAR_SIZE)
        _ml_escape_loc_too_large (l);
    }
  return l;
}

/* k with a note of why the value goes there (gc's hole.note). */
MlEscapeHole
_ml_escape_hole_note (MlEscape     *e,
                      MlEscapeHole  k,
                      MlNode       *where,
                      const char   *why)
{
  MlEscapeFlowNote *note;

  if (k.dst == NULL)
    return k;
  note = g_new0 (MlEscapeFlowNote, 1);
  note->why = why;
  note->where = where;
  note->pos = where ? where->pos : (MlPos) { 0, 0 };
  note->next = k.notes;
  g_ptr_array_add (e->owned, note);
  k.notes = note;
  return k;
}

/* k for a value with delta more dereferences: -1 for its address, +1 for what it points
 * to (gc's hole.shift), with a note. */
MlEscapeHole
_ml_escape_hole_shift (MlEscape     *e,
                       MlEscapeHole  k,
                       int           delta,
                       MlNode       *where,
                       const char   *why)
{
  k.derefs += delta;
  return _ml_escape_hole_note (e, k, where, why);
}

void
_ml_escape_flow (MlEscape     *e,
                 MlEscapeHole  k,
                 MlEscapeLoc  *src)
{
  MlEscapeEdge edge;

  if (k.dst == NULL || src == NULL)
    return;
  if (k.dst == src && k.derefs >= 0)
    return;
  edge.src = src;
  edge.derefs = k.derefs;
  edge.notes = k.notes;
  g_array_append_val (k.dst->edges, edge);
}

/* An allocation: its address flows into k; returns a hole for its contents. */
MlEscapeHole
_ml_escape_spill (MlEscape     *e,
                  MlEscapeHole  k,
                  MlNode       *n,
                  const char   *name)
{
  g_autofree char *storage = _ml_escape_storage_name (n, name);
  MlEscapeLoc *l = _ml_escape_new_loc (e, ML_ESCAPE_LOC_ALLOC, NULL, n, storage);

  _ml_escape_flow (e, _ml_escape_hole_shift (e, k, -1, n, "spill"), l);
  l->node = n;
  l->pos = _ml_escape_pos (e, n);
  return _ml_escape_hole_of (l);
}
