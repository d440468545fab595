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
 *
 * A Go process also maps memory of its own outside the heap: the profiler's bucket hash, the
 * collector's metadata, the span structs, the mcaches, the stacks of the runtime's goroutines
 * and per-P stack caches, and more.  A program never sees it, but the memory limit does (the
 * heap goal is the limit minus everything that is not heap objects) and so does GOGC=off's
 * goal, which is the memory limit's.  Those figures are modelled on what ReadMemStats reports
 * for a small Go 1.27 program on linux/amd64 (the constants below; GCSys grows about 1.25%
 * of the heap's mapped memory, and every span struct ever made stays, 160 bytes each, in
 * 16 KiB chunks).  The runtime's own start-up objects (62 KiB at 2 P) are not modelled as
 * objects, and HeapAlloc leaves them out (the pacer counts them, ml-pacer.c), but the free
 * room of their spans counts here, as it does in Go's non-heap figure.
 */

#define G_LOG_DOMAIN "ml-mstats"

#include "ml-gc-private.h"
#include "ml-memory-private.h"

#include <string.h>

#define BUCKHASH_SYS     G_GUINT64_CONSTANT (1442524)  /* buckhash: 179 999 buckets, and the first */
#define MCACHE_SIZE      G_GUINT64_CONSTANT (2296)     /* one per P, 7 to a 16 KiB chunk */
#define GC_SYS_BASE      G_GUINT64_CONSTANT (1519376)
#define OTHER_SYS        G_GUINT64_CONSTANT (616661)
#define SYSTEM_STACKS    G_GUINT64_CONSTANT (262144)   /* 8 per-P stack-cache spans of 32 KiB */
#define WORK_BUFFERS     G_GUINT64_CONSTANT (196608)   /* the mark's workbufs, 6 × 32 KiB, from the first cycle */
#define STARTUP_SPANS_FREE G_GUINT64_CONSTANT (239456) /* free slots in the spans of the runtime's start-up objects */
#define MSPAN_SIZE       G_GUINT64_CONSTANT (160)
#define FIXALLOC_CHUNK   G_GUINT64_CONSTANT (16384)

/* The runtime's own memory outside the heap (MSpanSys, MCacheSys, BuckHashSys, GCSys,
 * OtherSys and the system part of StackSys), in @out. */
void
_ml_stats_runtime_sys (MlRuntime  *self,
                       MlMemStats *out)
{
  guint64 heap_sys = self->stats.heap_sys_pages * ML_PAGE_SIZE;
  guint64 per_chunk = FIXALLOC_CHUNK / MSPAN_SIZE;
  guint64 chunks = MAX ((self->nspan_structs + per_chunk - 1) / per_chunk, 1);

  out->mspan_inuse = self->nspan_structs * MSPAN_SIZE;
  out->mspan_sys = chunks * per_chunk * MSPAN_SIZE;
  out->mcache_inuse = MCACHE_SIZE * self->gc.gomaxprocs;
  out->mcache_sys = (self->gc.gomaxprocs + 6) / 7 * 7 * MCACHE_SIZE;
  out->buckhash_sys = BUCKHASH_SYS;
  out->gc_sys = GC_SYS_BASE + heap_sys / 80 + (self->gc.numgc > 0 ? WORK_BUFFERS : 0);
  out->other_sys = OTHER_SYS;
  out->stack_sys = self->stats.stack_inuse + SYSTEM_STACKS;
}

/* The memory limit's "non-heap memory": all memory mapped and not released, less the free
 * heap pages and the heap objects, so the runtime's own, the stacks and the unused parts of
 * spans in use (memoryLimitHeapGoal). */
guint64
_ml_stats_nonheap (MlRuntime *self)
{
  MlMemStats sys = { 0 };
  guint64 mallocs, frees, total, heap_alloc;
  guint64 in_spans = self->stats.heap_inuse_pages * ML_PAGE_SIZE;

  _ml_stats_runtime_sys (self, &sys);
  _ml_stats_totals (self, &mallocs, &frees, &total, &heap_alloc);
  return sys.stack_sys + sys.mspan_sys + sys.mcache_sys + sys.buckhash_sys + sys.gc_sys + sys.other_sys
         + STARTUP_SPANS_FREE + (in_spans > heap_alloc ? in_spans - heap_alloc : 0);
}

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
  _ml_stats_runtime_sys (self, out);
  out->stack_inuse = st->stack_inuse + SYSTEM_STACKS;
  out->heap_sys = heap_sys - st->stack_inuse;
  out->heap_idle = out->heap_sys - out->heap_inuse;
  out->heap_released = 0;
  /* Sys is what the runtime mapped: the executable's segments are not part of it. */
  out->sys = out->heap_sys + out->stack_sys + out->mspan_sys + out->mcache_sys + out->buckhash_sys
             + out->gc_sys + out->other_sys;
  out->next_gc = _ml_pacer_heap_goal (self);
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
