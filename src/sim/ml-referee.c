/* ml-referee.c
 *
 * Copyright 2026 The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The referee: an independent checker of the collector's promises, for the teaching switches
 * and the tests.  It is off by default because every check walks the whole heap.
 *
 *  - "No object reachable from a root is ever freed": reachability is computed by a plain
 *    traversal from the roots (globals, every goroutine's frames), cached until the object
 *    graph changes, and consulted by the sweeper for every object it frees.  At mark
 *    termination every reachable object must be marked.
 *  - The weak tricolour invariant, which Go's hybrid barrier maintains (proposal 17503): every
 *    white object pointed to by a black object (or a black root: a scanned stack or global
 *    block) must be reachable from a grey object through white objects.  Pending write-barrier
 *    entries and roots not yet scanned count as grey.
 *
 * Violations are reported as ML_EVENT_INVARIANT_VIOLATION events (and counted); with the
 * write-barrier switch off, the classic lost-object interleaving triggers all three.
 */

#define G_LOG_DOMAIN "ml-referee"

#include "ml-referee-private.h"
#include "ml-heap-private.h"
#include "ml-roots-private.h"
#include "ml-event-private.h"

#include <string.h>

static void
ensure_bitmaps (MlRuntime *self)
{
  gsize need = self->nspan_structs * ML_BITMAP_WORDS;

  if (self->reach_cap < need)
    {
      self->reach_cap = MAX (need, self->reach_cap * 2);
      self->reach = g_renew (guint64, self->reach, self->reach_cap);
      self->prot = g_renew (guint64, self->prot, self->reach_cap);
    }
}

void
_ml_referee_finalize (MlRuntime *self)
{
  g_clear_pointer (&self->reach, g_free);
  g_clear_pointer (&self->prot, g_free);
  g_clear_pointer (&self->reported, g_hash_table_unref);
}

typedef struct
{
  guint64 *bits;
  GArray  *stack;
  gboolean white_only;
} Walk;

/* Marks the object @ptr points into in @walk's bitmap and queues it. */
static void
walk_visit (MlRuntime *self,
            Walk      *walk,
            guint64    ptr)
{
  MlSpan *s;
  guint64 idx;
  guint64 *bits;

  if (!_ml_heap_find_object (self, ptr, &s, &idx))
    return;
  if (walk->white_only && _ml_sbit (_ml_span_bits (s, idx)->mark, idx))
    return;
  bits = walk->bits + s->id * ML_BITMAP_WORDS;
  if (_ml_bit (bits, idx))
    return;
  bits[idx >> 6] |= G_GUINT64_CONSTANT (1) << (idx & 63);
  if (!_ml_span_noscan (s))
    {
      guint64 slot = s->base + idx * s->elemsize;
      g_array_append_val (walk->stack, slot);
    }
}

static void
walk_root_cb (MlRuntime *self,
              guint64    slot,
              guint64    value,
              gpointer   user_data)
{
  if (value != 0)
    walk_visit (self, user_data, value);
}

typedef void (*PointerFunc) (MlRuntime *self,
                             guint64    field,
                             guint64    value,
                             gpointer   user_data);

static void
for_each_pointer (MlRuntime   *self,
                  MlSpan      *s,
                  guint64      idx,
                  PointerFunc  func,
                  gpointer     user_data)
{
  const MlRtype *type = _ml_heap_slot_type (self, s, idx);
  guint64 data = _ml_heap_slot_data (s, idx);
  guint64 size = s->base + (idx + 1) * s->elemsize - data;

  if (type == NULL || !type->has_pointers || type->size == 0)
    return;
  for (guint64 r = 0; r < size / type->size; r++)
    for (guint64 w = 0; w < type->n_words; w++)
      if ((type->ptrmask[w >> 6] >> (w & 63)) & 1)
        {
          guint64 field = data + r * type->size + w * 8;
          guint64 v = _ml_load (self, field);

          if (v != 0)
            func (self, field, v, user_data);
        }
}

static void
walk_field_cb (MlRuntime *self,
               guint64    field,
               guint64    value,
               gpointer   user_data)
{
  walk_visit (self, user_data, value);
}

static void
walk_drain (MlRuntime *self,
            Walk      *walk)
{
  while (walk->stack->len > 0)
    {
      guint64 slot = g_array_index (walk->stack, guint64, walk->stack->len - 1);
      MlSpan *s = _ml_span_of (self, slot);

      g_array_set_size (walk->stack, walk->stack->len - 1);
      for_each_pointer (self, s, _ml_span_index (s, slot), walk_field_cb, walk);
    }
}

static void
compute_reach (MlRuntime *self)
{
  Walk walk;

  if (self->reach_valid && self->reach_version == self->gc.graph_version)
    return;

  ensure_bitmaps (self);
  memset (self->reach, 0, self->nspan_structs * ML_BITMAP_WORDS * sizeof (guint64));
  walk.bits = self->reach;
  walk.stack = g_array_new (FALSE, FALSE, sizeof (guint64));
  walk.white_only = FALSE;

  _ml_roots_globals (self, ML_REGION_DATA, ML_DATA_BASE, G_MAXUINT64, walk_root_cb, &walk);
  _ml_roots_globals (self, ML_REGION_BSS, ML_BSS_BASE, G_MAXUINT64, walk_root_cb, &walk);
  _ml_roots_stacks (self, ML_STACKS_ALL, walk_root_cb, &walk);
  walk_drain (self, &walk);
  g_array_unref (walk.stack);

  self->reach_version = self->gc.graph_version;
  self->reach_valid = TRUE;
}

static void
violation (MlRuntime   *self,
           MlViolation  kind,
           guint64      object,
           guint64      referrer)
{
  ML_JOURNALED_SET (self, self->gc.n_violations, self->gc.n_violations + 1);
  ML_EVENT (self, ML_EVENT_INVARIANT_VIOLATION, ML_WORKER_NONE, 0, object, referrer, kind, 0);
}

/* The sweeper is about to free slot @idx of @s: nothing a root reaches may be freed. */
void
_ml_referee_check_free (MlRuntime    *self,
                        MlSpan       *s,
                        guint64       idx,
                        MlWorkerKind  worker,
                        guint         worker_id)
{
  compute_reach (self);
  if (!_ml_bit (self->reach + s->id * ML_BITMAP_WORDS, idx))
    return;
  ML_JOURNALED_SET (self, self->gc.n_violations, self->gc.n_violations + 1);
  ML_EVENT (self, ML_EVENT_INVARIANT_VIOLATION, worker, worker_id,
            s->base + idx * s->elemsize, 0, ML_VIOLATION_FREED_REACHABLE, s->id);
}

/* At mark termination every reachable object must be marked. */
void
_ml_referee_mark_end (MlRuntime *self)
{
  compute_reach (self);
  for (guint64 id = 0; id < self->nspan_structs; id++)
    {
      MlSpan *s = _ml_span (self, id);
      const guint64 *reach = self->reach + id * ML_BITMAP_WORDS;

      if (s->state != ML_SPAN_IN_USE)
        continue;
      for (guint w = 0; w < ML_BITMAP_WORDS; w++)
        {
          guint64 lost = reach[w] & s->bits[w].alloc & ~s->bits[w].mark;

          while (lost != 0)
            {
              guint64 idx = w * 64 + (guint64) __builtin_ctzll (lost);

              lost &= lost - 1;
              violation (self, ML_VIOLATION_REACHABLE_WHITE, _ml_heap_slot_data (s, idx), 0);
            }
        }
    }
}

typedef struct
{
  guint   *count;
  guint64  referrer;
} Check;

static gboolean
is_white (MlRuntime *self,
          guint64    ptr,
          MlSpan   **out_span,
          guint64   *out_idx)
{
  return _ml_heap_find_object (self, ptr, out_span, out_idx) &&
         !_ml_sbit (_ml_span_bits (*out_span, *out_idx)->mark, *out_idx);
}

static void
check_edge (MlRuntime *self,
            guint64    field,
            guint64    value,
            gpointer   user_data)
{
  Check *check = user_data;
  MlSpan *s;
  guint64 idx;

  if (value == 0 || !is_white (self, value, &s, &idx))
    return;
  if (_ml_bit (self->prot + s->id * ML_BITMAP_WORDS, idx))
    return;
  (*check->count)++;
  /* The same broken edge stays broken for the rest of the mark: report it once per cycle. */
  {
    guint64 object = _ml_heap_slot_data (s, idx);
    gpointer seen = g_hash_table_lookup (self->reported, &object);

    if (seen != NULL && GPOINTER_TO_SIZE (seen) == self->gc.cycles)
      return;
    g_hash_table_insert (self->reported, g_memdup2 (&object, sizeof object),
                         GSIZE_TO_POINTER (self->gc.cycles));
    violation (self, ML_VIOLATION_BLACK_TO_WHITE, object, check->referrer ? check->referrer : field);
  }
}

static void
check_root_cb (MlRuntime *self,
               guint64    slot,
               guint64    value,
               gpointer   user_data)
{
  check_edge (self, slot, value, user_data);
}

/* A grey object waiting for its span on the span queue is a grey source. */
static void
walk_grey_cb (MlRuntime *self,
              MlSpan    *s,
              guint64    idx,
              gpointer   user_data)
{
  for_each_pointer (self, s, idx, walk_field_cb, user_data);
}

/* Returns the number of black-to-white edges with no grey path to their target. */
guint
_ml_referee_check_tricolour (MlRuntime *self)
{
  guint count = 0;
  Walk walk;
  Check check = { &count, 0 };
  guint64 global_jobs = self->gc.n_data_blocks + self->gc.n_bss_blocks;

  if (self->gc.phase != ML_GC_MARK)
    return 0;

  if (self->reported == NULL)
    self->reported = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  ensure_bitmaps (self);
  memset (self->prot, 0, self->nspan_structs * ML_BITMAP_WORDS * sizeof (guint64));
  walk.bits = self->prot;
  walk.stack = g_array_new (FALSE, FALSE, sizeof (guint64));
  walk.white_only = TRUE;

  /* Grey sources: grey objects, pending barrier entries, roots not yet scanned. */
  for (guint64 i = 0; i < self->work.len; i++)
    {
      guint64 slot = *ml_word_vec_at (&self->work, i);
      MlSpan *s = _ml_span_of (self, slot);
      guint64 idx = _ml_span_index (s, slot);

      /* Only grey ones: the list may still hold objects a drain scanned with their span. */
      if (!_ml_sbit (_ml_span_bits (s, idx)->scan, idx))
        for_each_pointer (self, s, idx, walk_field_cb, &walk);
    }
  _ml_mark_span_queue_grey (self, walk_grey_cb, &walk);
  for (guint64 i = 0; i + 1 < self->wbbuf.len; i += 2)
    walk_visit (self, &walk, *ml_word_vec_at (&self->wbbuf, i));
  _ml_roots_global_jobs (self, self->gc.root_next, global_jobs, walk_root_cb, &walk);
  _ml_roots_stacks (self, ML_STACKS_UNSCANNED, walk_root_cb, &walk);
  walk_drain (self, &walk);
  g_array_unref (walk.stack);

  /* Black referrers: scanned objects, scanned global blocks, scanned stacks. */
  for (guint64 id = 0; id < self->nspan_structs; id++)
    {
      MlSpan *s = _ml_span (self, id);

      if (s->state != ML_SPAN_IN_USE || _ml_span_noscan (s))
        continue;
      for (guint w = 0; w < ML_BITMAP_WORDS; w++)
        {
          guint64 black = s->bits[w].alloc & s->bits[w].mark & s->bits[w].scan;

          while (black != 0)
            {
              guint64 idx = w * 64 + (guint64) __builtin_ctzll (black);

              black &= black - 1;
              check.referrer = _ml_heap_slot_data (s, idx);
              for_each_pointer (self, s, idx, check_edge, &check);
            }
        }
    }
  check.referrer = 0;
  _ml_roots_global_jobs (self, 0, MIN (self->gc.root_next, global_jobs), check_root_cb, &check);
  _ml_roots_stacks (self, ML_STACKS_SCANNED, check_root_cb, &check);
  return count;
}

guint
ml_runtime_check_invariants (MlRuntime *self)
{
  g_return_val_if_fail (ML_IS_RUNTIME (self), 0);
  self->reach_valid = FALSE;
  return _ml_referee_check_tricolour (self);
}

guint
ml_runtime_get_n_violations (MlRuntime *self)
{
  g_return_val_if_fail (ML_IS_RUNTIME (self), 0);
  return self->gc.n_violations;
}
