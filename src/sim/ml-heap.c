/* ml-heap.c
 *
 * Copyright 2026 The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Go's heap (go-runtime.md sections 5 and 12) in the simplified form of one P:
 *
 *  - mheap: 8 KiB pages in 64 MiB arenas, handed out as spans (first fit over a page bitmap),
 *    and the page table that maps every page to its span;
 *  - mcentral: per span class, the swept/unswept partial and full span sets, whose roles swap
 *    every cycle through the parity of sweepgen, exactly as Go's spanSets do;
 *  - mcache: the running P's current span per span class, refilled from mcentral, which
 *    sweeps lazily on the way.
 *
 * Allocation (ml-malloc.c) takes slots from the mcache's spans and large spans from mheap;
 * stacks (ml-stack.c) take spans of their own.
 */

#define G_LOG_DOMAIN "ml-heap"

#include "ml-heap-private.h"
#include "ml-memory-private.h"
#include "ml-gc-private.h"
#include "ml-model-check.h"

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
  self->central = g_new0 (MlCentral, ML_NUM_SPAN_CLASSES);
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
  g_clear_pointer (&self->central, g_free);
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

  ml_model_check (s->state != ML_SPAN_DEAD);

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
/* mcache / mcentral                                                                         */

static void
uncache_span (MlRuntime *self,
              MlSpan    *s,
              gboolean   needs_sweep)
{
  guint64 unused = (s->nelems - s->alloc_count) * s->elemsize;

  /* heapLive counted the whole span when it was cached; give back what was not used.  A span
   * cached before the last mark termination is stale (mcache.releaseAll tests
   * s.sweepgen != sg+1): heapLive was reset to the marked bytes since, so the unused slots
   * are no longer in it, and subtracting them again would empty the count. */
  if (s->sweepgen != self->gc.sweepgen + 1)
    ML_JOURNALED_SET (self, self->gc.heap_live, self->gc.heap_live > unused ? self->gc.heap_live - unused : 0);
  ML_JOURNALED_SET (self, s->sweepgen, needs_sweep ? self->gc.sweepgen - 2 : self->gc.sweepgen);
  _ml_central_push (self, s, !needs_sweep);
}

/* mcentral.cacheSpan: a span with a free slot, sweeping lazily on the way (the allocating
 * goroutine pays for sweeping its own size class). */
static MlSpan *
cache_span (MlRuntime *self,
            guint      sc)
{
  MlWordVec *swept_partial = _ml_central_set (self, sc, FALSE, TRUE);
  guint64 id;

  if (swept_partial->len > 0)
    return _ml_span (self, ml_word_vec_pop (&self->journal, swept_partial));

  for (guint budget = 100; budget > 0; budget--)
    {
      MlSpan *s = _ml_central_take_unswept (self, sc);

      if (s == NULL)
        break;
      if (!_ml_sweep_span (self, s, ML_WORKER_MUTATOR, self->current_g))
        continue;
      if (s->alloc_count < s->nelems)
        return s;
      _ml_central_push (self, s, TRUE);
    }

  id = _ml_heap_alloc_pages (self, ml_size_class_to_npages (sc >> 1), ML_SPAN_IN_USE, sc);
  return id == ML_NO_SPAN ? NULL : _ml_span (self, id);
}

/* mcache.refill: the mcache's span of class @sc is full; a span with a free slot replaces it
 * (NULL when the heap is exhausted).  heapLive grows by the new span's free slots. */
MlSpan *
_ml_heap_refill (MlRuntime *self,
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

  if (!_ml_heap_find_object (self, addr, &s, &idx))
    return 0;
  if (size != NULL)
    *size = s->elemsize;
  if (type != NULL)
    *type = _ml_heap_slot_type (self, s, idx);
  return _ml_heap_slot_data (s, idx);
}
