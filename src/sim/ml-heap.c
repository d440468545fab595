/* ml-heap.c
 *
 * Copyright 2026 The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Go's allocator (go-runtime.md sections 5 and 12) in the simplified form of one P:
 *
 *  - mheap: 8 KiB pages in 64 MiB arenas, handed out as spans (first fit over a page bitmap);
 *  - mcentral: per span class, the swept/unswept partial and full span sets, whose roles swap
 *    every cycle through the parity of sweepgen, exactly as Go's spanSets do;
 *  - mcache: the running P's current span per span class, and the tiny block.
 *
 * mallocgc takes the tiny path for pointer-free objects under 16 bytes, the size classes up to
 * 32,760 bytes (with an 8-byte malloc header before pointerful objects over 512 bytes), and a
 * dedicated span above.  Memory is always zeroed.  During marking new objects are allocated
 * black.  heapLive grows by whole spans when the mcache takes one, and the GC trigger is tested
 * only then and on large allocations, as malloc.go does.
 *
 * Every object records its type id in a side table of its span (Go keeps heap bits or a malloc
 * header instead); the views need the type of every object, and the collector reads it to find
 * pointer words exactly as Go reads its heap bits.
 */

#define G_LOG_DOMAIN "ml-heap"

#include "ml-runtime-private.h"

static MlSpan *
span_struct_new (MlRuntime *self)
{
  MlSpan *s;
  guint64 id;

  if (self->free_span_structs != 0)
    {
      id = self->free_span_structs - 1;
      s = _ml_span (self, id);
      ML_JOURNALED_SET (self, self->free_span_structs, s->next_free);
      return s;
    }

  id = self->nspan_structs;
  if (id / ML_SPAN_CHUNK >= self->span_chunks->len)
    {
      MlSpan *chunk = g_aligned_alloc0 (ML_SPAN_CHUNK, sizeof (MlSpan), 64);

      for (guint i = 0; i < ML_SPAN_CHUNK; i++)
        chunk[i].id = self->span_chunks->len * ML_SPAN_CHUNK + i;
      g_ptr_array_add (self->span_chunks, chunk);
    }
  ML_JOURNALED_SET (self, self->nspan_structs, id + 1);
  return _ml_span (self, id);
}

static void
clear_bits (MlRuntime *self,
            MlSpan    *s)
{
  for (guint i = 0; i < ML_BITMAP_WORDS; i++)
    {
      ML_JOURNALED_SET (self, s->bits[i].alloc, 0);
      ML_JOURNALED_SET (self, s->bits[i].mark, 0);
      ML_JOURNALED_SET (self, s->bits[i].scan, 0);
      ML_JOURNALED_SET (self, s->bits[i].freed, 0);
    }
}

void
_ml_heap_init (MlRuntime *self)
{
  self->span_chunks = g_ptr_array_new_with_free_func (g_aligned_free);
  for (guint i = 0; i < ML_NUM_SPAN_CLASSES; i++)
    for (guint k = 0; k < 2; k++)
      {
        ml_word_vec_init (&self->central[i].partial[k]);
        ml_word_vec_init (&self->central[i].full[k]);
      }
}

void
_ml_heap_finalize (MlRuntime *self)
{
  if (self->span_chunks != NULL)
    {
      for (guint c = 0; c < self->span_chunks->len; c++)
        {
          MlSpan *chunk = self->span_chunks->pdata[c];

          for (guint i = 0; i < ML_SPAN_CHUNK; i++)
            g_free (chunk[i].types);
        }
      g_clear_pointer (&self->span_chunks, g_ptr_array_unref);
    }
  for (guint i = 0; i < ML_NUM_SPAN_CLASSES; i++)
    for (guint k = 0; k < 2; k++)
      {
        ml_word_vec_clear (&self->central[i].partial[k]);
        ml_word_vec_clear (&self->central[i].full[k]);
      }
}

static inline MlArena *
arena_of_page (MlRuntime *self,
               guint64    page)
{
  return self->arenas[page / ML_ARENA_PAGES];
}

static gboolean
page_free (MlRuntime *self,
           guint64    page)
{
  MlArena *a = arena_of_page (self, page);
  guint64 p = page % ML_ARENA_PAGES;

  return !((a->inuse[p / 64] >> (p % 64)) & 1);
}

/* First fit over the page bitmap, from the lowest page that may be free.  Arenas are
 * contiguous in the address space, so a big span may run from one into the next. */
static gboolean
find_pages (MlRuntime *self,
            guint64    npages,
            guint64   *out)
{
  guint64 total = self->narenas * ML_ARENA_PAGES;
  guint64 page = self->page_hint;

  while (page + npages <= total)
    {
      MlArena *a = arena_of_page (self, page);
      guint64 p = page % ML_ARENA_PAGES;
      guint64 run = 0;

      /* Skip fully used words quickly. */
      if ((p % 64) == 0 && a->inuse[p / 64] == G_MAXUINT64)
        {
          page += 64;
          continue;
        }
      while (run < npages && page_free (self, page + run))
        run++;
      if (run == npages)
        {
          *out = page;
          return TRUE;
        }
      page += run + 1;
    }
  return FALSE;
}

guint64
_ml_heap_alloc_pages (MlRuntime   *self,
                      guint64      npages,
                      MlSpanState  state,
                      guint64      spanclass)
{
  guint64 page = 0;
  guint size_class = spanclass >> 1;
  MlSpan *s;

  if (npages == 0 || npages > (guint64) ML_MAX_ARENAS * ML_ARENA_PAGES)
    return ML_NO_SPAN;
  /* Out of pages: map another arena, as Go asks the OS for more, up to the model's limit. */
  while (!find_pages (self, npages, &page))
    if (!_ml_memory_map_arena (self))
      return ML_NO_SPAN;

  for (guint64 i = 0; i < npages; i++)
    {
      MlArena *a = arena_of_page (self, page + i);
      guint64 p = (page + i) % ML_ARENA_PAGES;

      ML_JOURNALED_SET (self, a->inuse[p / 64], a->inuse[p / 64] | (G_GUINT64_CONSTANT (1) << (p % 64)));
    }
  if (page == self->page_hint)
    ML_JOURNALED_SET (self, self->page_hint, page + npages);

  s = span_struct_new (self);
  for (guint64 i = 0; i < npages; i++)
    {
      MlArena *a = arena_of_page (self, page + i);

      ML_JOURNALED_SET (self, a->page_span[(page + i) % ML_ARENA_PAGES],
                        ML_PAGE_ENTRY (s->id, spanclass, i, state == ML_SPAN_STACK));
    }

  ML_JOURNALED_SET (self, s->base, ML_ARENA_BASE + (page << ML_PAGE_SHIFT));
  ML_JOURNALED_SET (self, s->npages, npages);
  ML_JOURNALED_SET (self, s->state, state);
  ML_JOURNALED_SET (self, s->spanclass, spanclass);
  if (state == ML_SPAN_IN_USE && size_class != 0)
    {
      ML_JOURNALED_SET (self, s->elemsize, ml_size_class_to_size (size_class));
      ML_JOURNALED_SET (self, s->nelems, (npages * ML_PAGE_SIZE) / s->elemsize);
      ML_JOURNALED_SET (self, s->divmagic, ml_size_class_to_div_magic (size_class));
      if (s->types == NULL)
        s->types = g_new0 (guint64, ML_MAX_OBJS_PER_SPAN / 2);
    }
  else
    {
      ML_JOURNALED_SET (self, s->elemsize, npages * ML_PAGE_SIZE);
      ML_JOURNALED_SET (self, s->nelems, 1);
      ML_JOURNALED_SET (self, s->divmagic, 0);
    }
  ML_JOURNALED_SET (self, s->freeindex, 0);
  ML_JOURNALED_SET (self, s->alloc_count, 0);
  ML_JOURNALED_SET (self, s->sweepgen, self->gc.sweepgen);
  ML_JOURNALED_SET (self, s->large_type, 0);
  ML_JOURNALED_SET (self, s->next_free, 0);
  /* Pages may have held objects before: allocation zeroes what it hands out. */
  ML_JOURNALED_SET (self, s->needzero, 1);
  clear_bits (self, s);
  ML_JOURNALED_SET (self, s->single_type, 0);

  if (state == ML_SPAN_IN_USE)
    ML_JOURNALED_SET (self, self->stats.heap_inuse_pages, self->stats.heap_inuse_pages + npages);
  else
    ML_JOURNALED_SET (self, self->stats.stack_inuse, self->stats.stack_inuse + npages * ML_PAGE_SIZE);

  /* The heap is obtained from the OS in 512 KiB steps; HeapSys is that high-water mark. */
  if (page + npages > self->stats.heap_sys_pages)
    ML_JOURNALED_SET (self, self->stats.heap_sys_pages, (page + npages + 63) / 64 * 64);

  return s->id;
}

void
_ml_heap_free_span (MlRuntime *self,
                    MlSpan    *s)
{
  guint64 page = (s->base - ML_ARENA_BASE) >> ML_PAGE_SHIFT;

  g_assert (s->state != ML_SPAN_DEAD);

  for (guint64 i = 0; i < s->npages; i++)
    {
      MlArena *a = arena_of_page (self, page + i);
      guint64 p = (page + i) % ML_ARENA_PAGES;

      ML_JOURNALED_SET (self, a->inuse[p / 64], a->inuse[p / 64] & ~(G_GUINT64_CONSTANT (1) << (p % 64)));
      ML_JOURNALED_SET (self, a->page_span[p], 0);
    }
  if (page < self->page_hint)
    ML_JOURNALED_SET (self, self->page_hint, page);
  if (s->state == ML_SPAN_IN_USE)
    ML_JOURNALED_SET (self, self->stats.heap_inuse_pages, self->stats.heap_inuse_pages - s->npages);
  else
    ML_JOURNALED_SET (self, self->stats.stack_inuse, self->stats.stack_inuse - s->npages * ML_PAGE_SIZE);
  ML_JOURNALED_SET (self, s->state, ML_SPAN_DEAD);
  ML_JOURNALED_SET (self, s->next_free, self->free_span_structs);
  ML_JOURNALED_SET (self, self->free_span_structs, s->id + 1);
}

/* ----------------------------------------------------------------------------------------- */
/* Sweeping                                                                                  */

static inline MlWordVec *
partial_set (MlRuntime *self,
             guint      sc,
             gboolean   swept)
{
  guint k = (self->gc.sweepgen / 2) % 2;

  return &self->central[sc].partial[swept ? k : 1 - k];
}

static inline MlWordVec *
full_set (MlRuntime *self,
          guint      sc,
          gboolean   swept)
{
  guint k = (self->gc.sweepgen / 2) % 2;

  return &self->central[sc].full[swept ? k : 1 - k];
}

/* sweepLocked.sweep: frees the unmarked objects of @s and makes the mark bits the new alloc
 * bits.  Returns FALSE when the span became empty and went back to the heap. */
gboolean
_ml_heap_sweep_span (MlRuntime    *self,
                     MlSpan       *s,
                     MlWorkerKind  worker,
                     guint         worker_id)
{
  guint size_class = _ml_span_size_class (s);
  guint64 nwords = (s->nelems + 63) / 64;
  guint64 nfreed = 0;
  guint64 count = 0;

  g_assert (s->state == ML_SPAN_IN_USE);

  for (guint64 w = 0; w < ML_BITMAP_WORDS; w++)
    {
      guint64 freed = w < nwords ? s->bits[w].alloc & ~s->bits[w].mark : 0;

      while (freed != 0)
        {
          guint64 idx = w * 64 + (guint64) __builtin_ctzll (freed);

          freed &= freed - 1;
          if (self->checker && _ml_referee_is_reachable (self, s, idx))
            {
              ML_JOURNALED_SET (self, self->gc.n_violations, self->gc.n_violations + 1);
              ML_EVENT (self, ML_EVENT_INVARIANT_VIOLATION, worker, worker_id,
                        s->base + idx * s->elemsize, 0, ML_VIOLATION_FREED_REACHABLE, s->id);
            }
          ML_EVENT (self, ML_EVENT_FREE, worker, worker_id, _ml_heap_slot_data (s, idx),
                    s->id, s->elemsize, 0);
          nfreed++;
        }
      ML_JOURNALED_SET (self, s->bits[w].freed, w < nwords ? s->bits[w].alloc & ~s->bits[w].mark : 0);
      ML_JOURNALED_SET (self, s->bits[w].alloc, s->bits[w].mark);
      ML_JOURNALED_SET (self, s->bits[w].mark, 0);
      ML_JOURNALED_SET (self, s->bits[w].scan, 0);
      count += (guint64) __builtin_popcountll (s->bits[w].alloc);
    }

  ML_JOURNALED_SET (self, s->freeindex, 0);
  ML_JOURNALED_SET (self, s->alloc_count, count);
  ML_JOURNALED_SET (self, s->sweepgen, self->gc.sweepgen);
  ML_JOURNALED_SET (self, s->needzero, 1);

  if (nfreed > 0)
    {
      ML_JOURNALED_SET (self, self->stats.by_size_frees[size_class], self->stats.by_size_frees[size_class] + nfreed);
      if (size_class == 0)
        ML_JOURNALED_SET (self, self->stats.large_free_bytes, self->stats.large_free_bytes + nfreed * s->elemsize);
      self->gc.graph_version++;
    }
  ML_EVENT (self, ML_EVENT_SWEEP, worker, worker_id, s->base, 0, nfreed, s->id);
  _ml_gc_charge (self, 150 + 5 * s->nelems);

  if (count == 0)
    {
      _ml_heap_free_span (self, s);
      return FALSE;
    }
  return TRUE;
}

/* Sweeps @s taken from an unswept set and files it in the right swept set. */
static void
sweep_and_file (MlRuntime    *self,
                MlSpan       *s,
                MlWorkerKind  worker,
                guint         worker_id)
{
  guint sc = s->spanclass;

  if (!_ml_heap_sweep_span (self, s, worker, worker_id))
    return;
  if (s->alloc_count < s->nelems)
    ml_word_vec_push (&self->journal, partial_set (self, sc, TRUE), s->id);
  else
    ml_word_vec_push (&self->journal, full_set (self, sc, TRUE), s->id);
}

/* sweepone: sweeps one unswept span, whichever class the cursor is at.  Returns FALSE when
 * there is nothing left to sweep. */
gboolean
_ml_heap_sweep_one (MlRuntime    *self,
                    MlWorkerKind  worker,
                    guint         worker_id)
{
  while (self->gc.sweep_cursor < ML_NUM_SPAN_CLASSES)
    {
      guint sc = self->gc.sweep_cursor;
      MlWordVec *v = partial_set (self, sc, FALSE);

      if (v->len == 0)
        v = full_set (self, sc, FALSE);
      if (v->len > 0)
        {
          MlSpan *s = _ml_span (self, ml_word_vec_pop (&self->journal, v));

          sweep_and_file (self, s, worker, worker_id);
          return TRUE;
        }
      ML_JOURNALED_SET (self, self->gc.sweep_cursor, sc + 1);
    }
  return FALSE;
}

/* ----------------------------------------------------------------------------------------- */
/* mcache / mcentral                                                                         */

static void
uncache_span (MlRuntime *self,
              MlSpan    *s,
              gboolean   needs_sweep)
{
  guint sc = s->spanclass;
  guint64 unused = (s->nelems - s->alloc_count) * s->elemsize;

  /* heapLive counted the whole span when it was cached; give back what was not used.  A span
   * cached before the last mark termination is stale (mcache.releaseAll tests
   * s.sweepgen != sg+1): heapLive was reset to the marked bytes since, so the unused slots
   * are no longer in it, and subtracting them again would empty the count. */
  if (s->sweepgen != self->gc.sweepgen + 1)
    ML_JOURNALED_SET (self, self->gc.heap_live, self->gc.heap_live > unused ? self->gc.heap_live - unused : 0);
  if (needs_sweep)
    {
      ML_JOURNALED_SET (self, s->sweepgen, self->gc.sweepgen - 2);
      if (s->alloc_count < s->nelems)
        ml_word_vec_push (&self->journal, partial_set (self, sc, FALSE), s->id);
      else
        ml_word_vec_push (&self->journal, full_set (self, sc, FALSE), s->id);
    }
  else
    {
      ML_JOURNALED_SET (self, s->sweepgen, self->gc.sweepgen);
      if (s->alloc_count < s->nelems)
        ml_word_vec_push (&self->journal, partial_set (self, sc, TRUE), s->id);
      else
        ml_word_vec_push (&self->journal, full_set (self, sc, TRUE), s->id);
    }
}

/* mcentral.cacheSpan: a span with a free slot, sweeping lazily on the way (the allocating
 * goroutine pays for sweeping its own size class). */
static MlSpan *
cache_span (MlRuntime *self,
            guint      sc)
{
  MlWordVec *v;
  guint64 id;

  v = partial_set (self, sc, TRUE);
  if (v->len > 0)
    return _ml_span (self, ml_word_vec_pop (&self->journal, v));

  for (guint budget = 100; budget > 0; budget--)
    {
      MlSpan *s;

      v = partial_set (self, sc, FALSE);
      if (v->len == 0)
        v = full_set (self, sc, FALSE);
      if (v->len == 0)
        break;
      s = _ml_span (self, ml_word_vec_pop (&self->journal, v));
      if (!_ml_heap_sweep_span (self, s, ML_WORKER_MUTATOR, self->current_g))
        continue;
      if (s->alloc_count < s->nelems)
        return s;
      ml_word_vec_push (&self->journal, full_set (self, sc, TRUE), s->id);
    }

  id = _ml_heap_alloc_pages (self, ml_size_class_to_npages (sc >> 1), ML_SPAN_IN_USE, sc);
  return id == ML_NO_SPAN ? NULL : _ml_span (self, id);
}

static MlSpan *
refill (MlRuntime *self,
        guint      sc)
{
  MlSpan *s;

  if (self->mcache[sc] != 0)
    uncache_span (self, _ml_span (self, self->mcache[sc] - 1), FALSE);
  ML_JOURNALED_SET (self, self->mcache[sc], 0);
  s = cache_span (self, sc);
  if (s == NULL)
    return NULL;
  ML_JOURNALED_SET (self, self->gc.heap_live, self->gc.heap_live + (s->nelems - s->alloc_count) * s->elemsize);
  ML_JOURNALED_SET (self, s->sweepgen, self->gc.sweepgen + 3);
  ML_JOURNALED_SET (self, self->mcache[sc], s->id + 1);
  return s;
}

/* mcache.releaseAll at the end of mark termination: cached spans go back to mcentral as
 * unswept, and the tiny block is dropped. */
void
_ml_heap_release_mcache (MlRuntime *self)
{
  for (guint sc = 0; sc < ML_NUM_SPAN_CLASSES; sc++)
    if (self->mcache[sc] != 0)
      {
        uncache_span (self, _ml_span (self, self->mcache[sc] - 1), TRUE);
        ML_JOURNALED_SET (self, self->mcache[sc], 0);
      }
  ML_JOURNALED_SET (self, self->tiny, 0);
  ML_JOURNALED_SET (self, self->tiny_offset, 0);
  ML_JOURNALED_SET (self, self->tiny_span, 0);
}

/* ----------------------------------------------------------------------------------------- */
/* mallocgc                                                                                  */

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

void
_ml_stats_totals (MlRuntime *self,
                  guint64   *mallocs,
                  guint64   *frees,
                  guint64   *total_alloc,
                  guint64   *heap_alloc)
{
  const MlStats *st = &self->stats;
  guint64 m = st->by_size_mallocs[0], f = st->by_size_frees[0];
  guint64 ta = st->large_alloc_bytes, fb = st->large_free_bytes;

  for (guint c = 1; c < ML_NUM_SIZE_CLASSES; c++)
    {
      m += st->by_size_mallocs[c];
      f += st->by_size_frees[c];
      ta += st->by_size_mallocs[c] * ml_size_class_to_size (c);
      fb += st->by_size_frees[c] * ml_size_class_to_size (c);
    }
  *mallocs = m;
  *frees = f;
  *total_alloc = ta;
  *heap_alloc = ta - fb;
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
      s = refill (self, sc);
      *out_span = s;
      if (s == NULL)
        return 0;
      idx = next_free_index (s);
      *refilled = TRUE;
      g_assert (idx < s->nelems);
    }

  _ml_sset (self, &_ml_span_bits (s, idx)->alloc, idx);
  ML_JOURNALED_SET (self, s->freeindex, idx + 1);
  ML_JOURNALED_SET (self, s->alloc_count, s->alloc_count + 1);
  set_slot_type (self, s, idx, type ? type->id : 0);
  slot = s->base + idx * s->elemsize;
  if (s->needzero)
    _ml_memory_zero (self, slot, s->elemsize);
  if (self->gc.phase == ML_GC_MARK || self->gc.phase == ML_GC_MARK_TERMINATION)
    _ml_gc_mark_new_object (self, s, idx);
  count_alloc (self, sc >> 1, s->elemsize);
  *out_span = s;
  return slot;
}

static guint64
type_descriptor_address (const MlRtype *type)
{
  /* Where a *_type would point: a fictitious descriptor table at the end of rodata. */
  return ML_DATA_BASE - 0x40000 + (guint64) type->id * 0x40;
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
  g_return_val_if_fail (type == NULL || type->size == 0 || size % type->size == 0, 0);

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
          _ml_gc_after_alloc (self, size, FALSE);
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
      _ml_gc_after_alloc (self, ML_TINY_SIZE, refilled);
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
          _ml_store (self, x, type_descriptor_address (type));
          x += ML_MALLOC_HEADER_SIZE;
        }
      ML_EVENT (self, ML_EVENT_ALLOC, ML_WORKER_MUTATOR, self->current_g, x, s->id,
                s->elemsize, type ? type->id : 0);
      _ml_gc_after_alloc (self, s->elemsize, refilled);
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
               _ml_heap_sweep_one (self, ML_WORKER_MUTATOR, self->current_g))
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
    if (self->gc.phase == ML_GC_MARK || self->gc.phase == ML_GC_MARK_TERMINATION)
      _ml_gc_mark_new_object (self, s, 0);
    ml_word_vec_push (&self->journal, full_set (self, sc, TRUE), s->id);
    count_alloc (self, 0, s->elemsize);
    ML_JOURNALED_SET (self, self->gc.heap_live, self->gc.heap_live + s->elemsize);
    ML_EVENT (self, ML_EVENT_ALLOC, ML_WORKER_MUTATOR, self->current_g, s->base, s->id,
              s->elemsize, type ? type->id : 0);
    _ml_gc_after_alloc (self, s->elemsize, TRUE);
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
  g_return_val_if_fail (elem->size == 0 || cap <= G_MAXUINT64 / elem->size, 0);
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
  g_return_val_if_fail (new_len > old_cap, 0);

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
      if (elem->has_pointers)
        for (guint64 i = 0; i < old_len; i++)
          ml_runtime_typed_copy (self, p + i * elem->size, old_ptr + i * elem->size, elem);
      else if ((old_len * elem->size) % 8 == 0)
        _ml_memory_move (self, p, old_ptr, old_len * elem->size);
      else
        {
          g_autofree guint8 *tmp = g_malloc (old_len * elem->size);

          ml_runtime_read (self, old_ptr, tmp, old_len * elem->size);
          ml_runtime_write (self, p, tmp, old_len * elem->size);
        }
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

guint64
ml_runtime_zerobase (MlRuntime *self)
{
  g_return_val_if_fail (ML_IS_RUNTIME (self), 0);
  return self->zerobase;
}

/* findObject: the base of the heap object containing @addr (what a Go pointer to it holds),
 * with its slot size and type; 0 if @addr is not inside an allocated heap object. */
guint64
ml_runtime_object_base (MlRuntime     *self,
                        guint64        addr,
                        guint64       *size,
                        const MlRtype **type)
{
  MlSpan *s;
  guint64 idx;

  g_return_val_if_fail (ML_IS_RUNTIME (self), 0);

  s = _ml_span_of (self, addr);
  if (s == NULL || s->state != ML_SPAN_IN_USE)
    return 0;
  idx = _ml_span_index (s, addr);
  if (idx >= s->nelems || !_ml_sbit (_ml_span_bits (s, idx)->alloc, idx))
    return 0;
  if (size != NULL)
    *size = s->elemsize;
  if (type != NULL)
    *type = _ml_heap_slot_type (self, s, idx);
  return _ml_heap_slot_data (s, idx);
}
