/* ml-mstats.c
 *
 * Copyright 2026 The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * runtime.MemStats (mstats.go).  Allocation and sweeping count only per size class, one
 * counter per allocation, which keeps an allocation's history entries few; the totals
 * (Mallocs, Frees, TotalAlloc, HeapAlloc) are derived here when read, for ReadMemStats and for
 * the pacer's memory limit.
 */

#define G_LOG_DOMAIN "ml-mstats"

#include "ml-gc-private.h"
#include "ml-memory-private.h"

#include <string.h>

/* Mallocs, Frees, TotalAlloc and HeapAlloc from the per-class counts: a tiny block counts as
 * one allocation, whatever was packed into it (ReadMemStats adds those). */
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

void
ml_runtime_read_memstats (MlRuntime  *self,
                          MlMemStats *out)
{
  const MlStats *st;
  guint64 heap_sys;
  guint64 other;

  g_return_if_fail (ML_IS_RUNTIME (self));
  g_return_if_fail (out != NULL);

  st = &self->stats;
  memset (out, 0, sizeof *out);
  {
    guint64 mallocs, frees, total, heap_alloc;

    _ml_stats_totals (self, &mallocs, &frees, &total, &heap_alloc);
    out->heap_alloc = heap_alloc;
    out->alloc = heap_alloc;
    out->total_alloc = total;
    out->mallocs = mallocs + st->tiny_allocs;
    out->frees = frees + st->tiny_allocs;
    out->heap_objects = mallocs - frees;
  }
  out->heap_inuse = st->heap_inuse_pages * ML_PAGE_SIZE;
  heap_sys = st->heap_sys_pages * ML_PAGE_SIZE;
  out->stack_inuse = st->stack_inuse;
  out->stack_sys = st->stack_inuse;
  out->heap_sys = heap_sys - st->stack_inuse;
  out->heap_idle = out->heap_sys - out->heap_inuse;
  out->heap_released = 0;
  other = _ml_memory_globals_size (self)
          + self->regions[ML_REGION_TEXT].used + self->regions[ML_REGION_RODATA].used;
  out->sys = out->heap_sys + out->stack_sys + other;
  out->next_gc = self->gc.heap_goal;
  out->last_gc = st->last_gc;
  out->pause_total_ns = st->pause_total;
  memcpy (out->pause_ns, st->pause_ns, sizeof out->pause_ns);
  memcpy (out->pause_end, st->pause_end, sizeof out->pause_end);
  out->num_gc = self->gc.numgc;
  out->num_forced_gc = self->gc.numforced;
  out->gc_cpu_fraction = self->gc.now
    ? (double) self->gc.gc_cpu_total / ((double) self->gc.now * self->gc.gomaxprocs) : 0;
  out->enable_gc = TRUE;
  for (guint c = 0; c < 61; c++)
    {
      out->by_size[c].size = ml_size_class_to_size (c);
      out->by_size[c].mallocs = st->by_size_mallocs[c];
      out->by_size[c].frees = st->by_size_frees[c];
    }
  /* Tiny allocations count as class-2 mallocs and frees, as ReadMemStats reports them. */
  out->by_size[ML_TINY_SIZE_CLASS].mallocs += st->tiny_allocs;
  out->by_size[ML_TINY_SIZE_CLASS].frees += st->tiny_allocs;
}

/**
 * ml_runtime_get_heap_in_use:
 *
 * The bytes of the heap's spans in use (MemStats.HeapInuse), kept as the heap changes, so
 * reading it costs nothing: what a budget on the program's memory checks at every
 * allocation.
 *
 * Returns: the bytes in use
 */
guint64
ml_runtime_get_heap_in_use (MlRuntime *self)
{
  g_return_val_if_fail (ML_IS_RUNTIME (self), 0);

  return self->stats.heap_inuse_pages * ML_PAGE_SIZE;
}
