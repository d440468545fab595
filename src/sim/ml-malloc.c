/* ml-malloc.c
 *
 * Copyright 2026 The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Allocation (malloc.go's mallocgc, and growslice of slice.go).  mallocgc takes the tiny path
 * for pointer-free objects under 16 bytes, the size classes up to 32,760 bytes (with an 8-byte
 * malloc header before pointerful objects over 512 bytes), and a dedicated span above.  Memory
 * is always zeroed.  During marking new objects are allocated black.  heapLive grows by whole
 * spans when the mcache takes one (ml-heap.c), and the GC trigger is tested only then and on
 * large allocations, as malloc.go does; an allocating goroutine in debt to the collector
 * assists it first.
 *
 * Every object records its type id in a side table of its span (Go keeps heap bits or a malloc
 * header instead); the views need the type of every object, and the collector reads it to find
 * pointer words exactly as Go reads its heap bits.
 */

#define G_LOG_DOMAIN "ml-malloc"

#include "ml-heap-private.h"
#include "ml-memory-private.h"
#include "ml-stack-private.h"
#include "ml-gc-private.h"
#include "ml-event-private.h"
#include "ml-model-check.h"

/* What follows every allocation: its cost on the clock, the allocating goroutine's assist
 * debt (deductAssistCredit), and the GC trigger when the mcache took a new span. */
static void
after_alloc (MlRuntime *self,
             guint64    size,
             gboolean   refilled)
{
  _ml_clock_charge (self, 20 + size / 64);

  if (self->gc.blacken && self->current_g != 0)
    {
      MlG *g = _ml_g (self, self->current_g);

      ML_JOURNALED_SET (self, g->assist_bytes, g->assist_bytes - size);
      if ((gint64) g->assist_bytes < 0)
        _ml_mark_assist (self, g);
    }

  if (refilled && (self->gc.phase == ML_GC_OFF || self->gc.phase == ML_GC_SWEEP) &&
      self->gc.heap_live >= _ml_pacer_trigger (self))
    _ml_gc_start (self, ML_GC_TRIGGER_HEAP);
}

static inline void
set_slot_type (MlRuntime *self,
               MlSpan    *s,
               guint64    idx,
               guint      id)
{
  guint64 want = (guint64) id + 1;
  guint64 w;
  guint shift;

  /* Spans usually hold one type: while they do, the type is kept once (single_type, id + 1;
   * 0 for a span without objects yet) and the side table is not written, which saves a
   * history entry per allocation and a cache miss per scanned object. */
  if (s->single_type == want)
    return;
  if (s->single_type == 0)
    {
      ML_JOURNALED_SET (self, s->single_type, want);
      return;
    }
  if (s->single_type != ML_MIXED_TYPES)
    {
      guint64 old = s->single_type - 1;

      /* A second type: from now on the side table speaks for every slot. */
      for (guint64 i = 0; i < (s->nelems + 1) / 2; i++)
        ML_JOURNALED_SET (self, s->types[i], old | (old << 32));
      ML_JOURNALED_SET (self, s->single_type, ML_MIXED_TYPES);
    }
  w = s->types[idx / 2];
  shift = (idx & 1) * 32;
  w = (w & ~(G_GUINT64_CONSTANT (0xffffffff) << shift)) | ((guint64) id << shift);
  ml_journal_set (&self->journal, &s->types[idx / 2], w);
}

static inline guint64
next_free_index (const MlSpan *s)
{
  guint64 fi = s->freeindex;

  while (fi < s->nelems)
    {
      guint64 w = fi >> 6;
      guint64 free = ~s->bits[w].alloc & (G_MAXUINT64 << (fi & 63));

      if (free != 0)
        {
          guint64 idx = w * 64 + (guint64) __builtin_ctzll (free);
          return idx < s->nelems ? idx : s->nelems;
        }
      fi = (w + 1) * 64;
    }
  return s->nelems;
}

/* One counter per allocation: the MemStats totals are derived from the per-class counts when
 * read (_ml_stats_totals), which keeps an allocation's history entries few. */
static void
count_alloc (MlRuntime *self,
             guint      size_class,
             guint64    bytes)
{
  MlStats *st = &self->stats;

  ML_JOURNALED_SET (self, st->by_size_mallocs[size_class], st->by_size_mallocs[size_class] + 1);
  if (size_class == 0)
    ML_JOURNALED_SET (self, st->large_alloc_bytes, st->large_alloc_bytes + bytes);
}

/* Allocates one slot of span class @sc; returns the slot's base address. */
static guint64
alloc_small (MlRuntime    *self,
             guint         sc,
             const MlRtype *type,
             gboolean     *refilled,
             MlSpan      **out_span)
{
  MlSpan *s = self->mcache[sc] ? _ml_span (self, self->mcache[sc] - 1) : NULL;
  guint64 idx = s ? next_free_index (s) : 0;
  guint64 slot;

  if (s == NULL || idx >= s->nelems)
    {
      s = _ml_heap_refill (self, sc);
      *out_span = s;
      if (s == NULL)
        return 0;
      idx = next_free_index (s);
      *refilled = TRUE;
      ml_model_check (idx < s->nelems);
    }

  _ml_sset (self, &_ml_span_bits (s, idx)->alloc, idx);
  ML_JOURNALED_SET (self, s->freeindex, idx + 1);
  ML_JOURNALED_SET (self, s->alloc_count, s->alloc_count + 1);
  set_slot_type (self, s, idx, type ? type->id : 0);
  slot = s->base + idx * s->elemsize;
  if (s->needzero)
    _ml_memory_zero (self, slot, s->elemsize);
  if (_ml_gc_marking (&self->gc))
    _ml_mark_new_object (self, s, idx);
  count_alloc (self, sc >> 1, s->elemsize);
  *out_span = s;
  return slot;
}

/* Returns 0 when the simulated heap (ML_MAX_ARENAS arenas) is exhausted: the VM reports Go's
 * "fatal error: runtime: out of memory". */
guint64
ml_runtime_malloc (MlRuntime    *self,
                   guint64       size,
                   const MlRtype *type)
{
  gboolean noscan;
  gboolean refilled = FALSE;
  MlSpan *s = NULL;
  guint64 x;

  g_return_val_if_fail (ML_IS_RUNTIME (self), 0);
  /* An array of pointerful elements is whole elements; one without pointers may end in a
   * partial one (runtime.moveSliceNoCapNoScan allocates a whole size class). */
  g_return_val_if_fail (type == NULL || type->size == 0 || size % type->size == 0 ||
                        !type->has_pointers, 0);

  if (size == 0)
    return self->zerobase;
  if (size > (guint64) ML_MAX_ARENAS << ML_ARENA_SHIFT)
    return 0;

  noscan = type == NULL || !type->has_pointers;

  if (noscan && size < ML_TINY_SIZE)
    {
      guint64 off = self->tiny_offset;

      /* Align the tiny pointer for the required (conservative) alignment. */
      if ((size & 7) == 0)
        off = (off + 7) & ~G_GUINT64_CONSTANT (7);
      else if ((size & 3) == 0)
        off = (off + 3) & ~G_GUINT64_CONSTANT (3);
      else if ((size & 1) == 0)
        off = (off + 1) & ~G_GUINT64_CONSTANT (1);

      if (off + size <= ML_TINY_SIZE && self->tiny != 0)
        {
          x = self->tiny + off;
          ML_JOURNALED_SET (self, self->tiny_offset, off + size);
          ML_JOURNALED_SET (self, self->stats.tiny_allocs, self->stats.tiny_allocs + 1);
          ML_EVENT (self, ML_EVENT_ALLOC, ML_WORKER_MUTATOR, self->current_g, x,
                    self->tiny_span - 1, size, type ? type->id : 0);
          after_alloc (self, size, FALSE);
          return x;
        }

      x = alloc_small (self, ML_TINY_SIZE_CLASS << 1 | 1, NULL, &refilled, &s);
      if (x == 0)
        return 0;
      /* Keep whichever block has more room left (malloc.go mallocgcTiny). */
      if (size < self->tiny_offset || self->tiny == 0)
        {
          ML_JOURNALED_SET (self, self->tiny, x);
          ML_JOURNALED_SET (self, self->tiny_offset, size);
          ML_JOURNALED_SET (self, self->tiny_span, s->id + 1);
        }
      ML_EVENT (self, ML_EVENT_ALLOC, ML_WORKER_MUTATOR, self->current_g, x, s->id, size, 0);
      after_alloc (self, ML_TINY_SIZE, refilled);
      return x;
    }

  if (size <= ML_MAX_SMALL_ALLOC)
    {
      gboolean header = !noscan && size > ML_MIN_SIZE_FOR_MALLOC_HEADER;
      guint size_class = ml_size_to_class (size + (header ? ML_MALLOC_HEADER_SIZE : 0));
      guint sc = size_class << 1 | (noscan ? 1 : 0);

      x = alloc_small (self, sc, type, &refilled, &s);
      if (x == 0)
        return 0;
      if (header)
        {
          _ml_store (self, x, _ml_rtype_descriptor_address (type));
          x += ML_MALLOC_HEADER_SIZE;
        }
      ML_EVENT (self, ML_EVENT_ALLOC, ML_WORKER_MUTATOR, self->current_g, x, s->id,
                s->elemsize, type ? type->id : 0);
      after_alloc (self, s->elemsize, refilled);
      return x;
    }

  /* Large object: its own span straight from the heap (mcache.allocLarge). */
  {
    guint64 npages = (size + ML_PAGE_SIZE - 1) / ML_PAGE_SIZE;
    guint sc = noscan ? 1 : 0;
    guint64 id;

    /* Proportional sweep, simplified: before taking pages, sweep until enough pages came back
     * or nothing is left to sweep. */
    if (self->gc.phase == ML_GC_SWEEP)
      {
        guint64 before = self->stats.heap_inuse_pages;

        while (before - MIN (before, self->stats.heap_inuse_pages) < npages &&
               _ml_sweep_one (self, ML_WORKER_MUTATOR, self->current_g))
          ;
      }

    id = _ml_heap_alloc_pages (self, npages, ML_SPAN_IN_USE, sc);
    if (id == ML_NO_SPAN)
      return 0;
    s = _ml_span (self, id);
    ML_JOURNALED_SET (self, s->large_type, type ? type->id : 0);
    _ml_sset (self, &_ml_span_bits (s, 0)->alloc, 0);
    ML_JOURNALED_SET (self, s->alloc_count, 1);
    ML_JOURNALED_SET (self, s->freeindex, 1);
    ML_JOURNALED_SET (self, s->sweepgen, self->gc.sweepgen);
    _ml_memory_zero (self, s->base, s->elemsize);
    if (_ml_gc_marking (&self->gc))
      _ml_mark_new_object (self, s, 0);
    _ml_central_push (self, s, TRUE);
    count_alloc (self, 0, s->elemsize);
    ML_JOURNALED_SET (self, self->gc.heap_live, self->gc.heap_live + s->elemsize);
    ML_EVENT (self, ML_EVENT_ALLOC, ML_WORKER_MUTATOR, self->current_g, s->base, s->id,
              s->elemsize, type ? type->id : 0);
    after_alloc (self, s->elemsize, TRUE);
    return s->base;
  }
}

guint64
ml_runtime_new_object (MlRuntime    *self,
                       const MlRtype *type)
{
  g_return_val_if_fail (ML_IS_RUNTIME (self), 0);
  g_return_val_if_fail (type != NULL, 0);
  return ml_runtime_malloc (self, type->size, type);
}

guint64
ml_runtime_make_slice (MlRuntime    *self,
                       const MlRtype *elem,
                       guint64       cap)
{
  g_return_val_if_fail (ML_IS_RUNTIME (self), 0);
  g_return_val_if_fail (elem != NULL, 0);
  ml_model_check (elem->size == 0 || cap <= G_MAXUINT64 / elem->size);
  return ml_runtime_malloc (self, elem->size * cap, elem);
}

/* growslice: a new backing array of the capacity Go picks, the old elements copied over (with
 * the bulk barrier for pointer elements), the tail left zeroed. */
guint64
ml_runtime_growslice (MlRuntime    *self,
                      guint64       old_ptr,
                      guint64       old_len,
                      guint64       old_cap,
                      guint64       new_len,
                      const MlRtype *elem,
                      guint64      *new_cap)
{
  guint64 capmem = 0;
  gint64 cap;
  guint64 p;

  g_return_val_if_fail (ML_IS_RUNTIME (self), 0);
  g_return_val_if_fail (elem != NULL, 0);
  ml_model_check (new_len > old_cap);

  cap = ml_growslice_cap (new_len, old_cap, elem->size, elem->has_pointers, &capmem);
  if (new_cap != NULL)
    *new_cap = cap;
  if (elem->size == 0)
    return self->zerobase;
  p = ml_runtime_malloc (self, capmem, elem);
  if (p == 0)
    return 0;
  if (old_len > 0 && old_ptr != 0)
    {
      /* memmove for elements without pointers, whatever their size and wherever the old
       * array starts (a stack buffer, a re-slice at an odd offset). */
      if (elem->has_pointers)
        for (guint64 i = 0; i < old_len; i++)
          ml_runtime_typed_copy (self, p + i * elem->size, old_ptr + i * elem->size, elem);
      else
        _ml_memory_move (self, p, old_ptr, old_len * elem->size);
    }
  if (old_len > 0)
    {
      ML_JOURNALED_SET (self, self->stats.growslices, self->stats.growslices + 1);
      ML_JOURNALED_SET (self, self->stats.growslice_bytes, self->stats.growslice_bytes + old_len * elem->size);
    }
  ML_EVENT (self, ML_EVENT_GROWSLICE, ML_WORKER_MUTATOR, self->current_g, old_ptr, p,
            old_len * elem->size, cap);
  return p;
}

/**
 * ml_runtime_clear_tiny:
 * @self: a #MlRuntime
 *
 * Forgets the tiny allocator's block, as mcache.releaseAll does when runtime.ReadMemStats
 * flushes every mcache: the next tiny allocation starts a new block.
 */
void
ml_runtime_clear_tiny (MlRuntime *self)
{
  g_return_if_fail (ML_IS_RUNTIME (self));

  if (self->tiny == 0 && self->tiny_offset == 0)
    return;
  ML_JOURNALED_SET (self, self->tiny, 0);
  ML_JOURNALED_SET (self, self->tiny_offset, 0);
  ML_JOURNALED_SET (self, self->tiny_span, 0);
}

guint64
ml_runtime_zerobase (MlRuntime *self)
{
  g_return_val_if_fail (ML_IS_RUNTIME (self), 0);
  return self->zerobase;
}

