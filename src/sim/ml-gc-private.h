/* ml-gc-private.h
 *
 * Copyright 2026 The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The collector and its pacer: their state words, and what their files offer each other and
 * the allocator.  The collector is cut the way Go's runtime cuts it: the cycle and its phases
 * (ml-gc.c, mgc.go), marking (ml-mark.c, mgcmark.go), sweeping (ml-sweep.c, mgcsweep.go), the
 * write barrier (ml-barrier.c, mbarrier.go), the pacer with the model's cost clock
 * (ml-pacer.c, mgcpacer.go) and the statistics (ml-mstats.c, mstats.go).
 *
 * The state words come before the include of ml-runtime-private.h: MlRuntime embeds them, so
 * that the allocator reads the phase and heapLive without a pointer to follow.
 */

#pragma once

#include <glib.h>

#include "ml-size-class.h"

G_BEGIN_DECLS

/* What gctrace prints of a cycle that is known while the cycle runs: when each phase began,
 * the CPU time of assists, background and idle workers, and the heap when the cycle started
 * and when marking ended.  The collector's state keeps it, and mark termination copies it into
 * the cycle's record. */
typedef struct
{
  guint64 t_sweep_term;
  guint64 t_mark;
  guint64 t_mark_term;
  guint64 t_end;
  guint64 assist_ns;
  guint64 background_ns;
  guint64 idle_ns;
  guint64 heap0, heap1;
} MlCycleTrace;

/* Everything gctrace prints about one cycle. */
typedef struct
{
  guint64 num;
  MlCycleTrace trace;
  guint64 heap2;              /* the heap marked live */
  guint64 goal;
  guint64 stacks;
  guint64 globals;
  guint64 procs;
  guint64 forced;
  guint64 cpu_fraction_pct;
} MlCycleRecord;

/* The background sweeper's slot in MlGcState.budget; mark workers have the slots below it. */
#define ML_GC_SWEEPER_SLOT 9

/* The collector's and pacer's state; all words, all journaled. */
typedef struct
{
  guint64 phase;
  guint64 cycles;             /* work.cycles: cycles started */
  guint64 numgc;
  guint64 numforced;
  guint64 world_stopped;
  guint64 user_forced;
  guint64 blacken;            /* gcBlackenEnabled */
  guint64 wb_switch;          /* teaching switch: the compiler's barrier is emitted */
  guint64 gcpercent;          /* signed */
  guint64 memory_limit;       /* signed */
  guint64 heap_minimum_base;  /* 4 MiB, settable lower for teaching */
  guint64 gomaxprocs;
  guint64 dedicated;
  guint64 fractional_ppm;     /* fractionalUtilizationGoal * 1e6 */
  guint64 heap_live;
  guint64 heap_marked;
  guint64 bytes_marked;
  guint64 gc_percent_goal;    /* the goal GOGC asks for, at the last commit */
  guint64 sweep_dist_min_trigger;
  guint64 runway;
  guint64 triggered;          /* heap_live when this cycle started; G_MAXUINT64 between cycles */
  guint64 last_heap_goal;
  guint64 last_stack_scan;
  guint64 stack_scan;
  guint64 stacks_scanned;     /* stacks scanned this cycle */
  guint64 starting_stack;     /* startingStackSize: what new goroutines get */
  guint64 globals_scan;
  guint64 heap_scan;
  guint64 last_heap_scan;
  guint64 scan_work;          /* this cycle */
  guint64 bg_scan_credit;
  guint64 cons_mark_ppm;      /* the largest of the last five cycles' */
  guint64 last_cons_mark_ppm[4];
  guint64 root_next;
  guint64 workers_started;    /* bit per budget slot: the worker ran this cycle */
  guint64 n_data_blocks;
  guint64 n_bss_blocks;
  guint64 n_stack_roots;
  guint64 sweepgen;
  guint64 sweep_cursor;       /* span class being drained by the background sweeper */
  guint64 now;                /* simulated wall clock, ns since program start */
  MlCycleTrace trace;         /* of the cycle in progress, or of the last one */
  guint64 gc_cpu_total;       /* GC CPU ns since start, idle excluded */
  guint64 budget[ML_GC_SWEEPER_SLOT + 1];   /* ns of CPU owed to each background worker */
  guint64 focus_obj, focus_from, focus_to, focus_worker, focus_worker_id;
  guint64 graph_version;      /* not journaled: bumped by writes, frees and pops for the referee's cache */
  guint64 n_violations;
} MlGcState;

/* MemStats counters that are not derived at read time; all journaled. */
typedef struct
{
  guint64 tiny_allocs;
  guint64 large_alloc_bytes;
  guint64 large_free_bytes;
  guint64 heap_inuse_pages;
  guint64 heap_sys_pages;
  guint64 stack_inuse;
  guint64 last_gc;
  guint64 pause_total;
  guint64 pause_ns[256];
  guint64 pause_end[256];
  guint64 by_size_mallocs[ML_NUM_SIZE_CLASSES];
  guint64 by_size_frees[ML_NUM_SIZE_CLASSES];
  /* Not MemStats: what append cost, for the slice lesson's comparison. */
  guint64 growslices;
  guint64 growslice_bytes;
} MlStats;

G_END_DECLS

#include "ml-runtime-private.h"

G_BEGIN_DECLS

/* Whether the collector is marking: new objects are allocated black and pointer writes run
 * the write barrier. */
static inline gboolean
_ml_gc_marking (const MlGcState *gc)
{
  return gc->phase == ML_GC_MARK || gc->phase == ML_GC_MARK_TERMINATION;
}

/* ml-gc.c: the cycle. */
void      _ml_gc_init                    (MlRuntime    *self);
void      _ml_gc_finalize                (MlRuntime    *self);
void      _ml_gc_start                   (MlRuntime    *self,
                                          MlGcTrigger   trigger);
char     *_ml_gc_format_cycle            (const MlCycleRecord *record);

/* ml-mark.c: marking. */
gboolean  _ml_mark_shade                 (MlRuntime    *self,
                                          guint64       ptr,
                                          guint64       from,
                                          MlWorkerKind  worker,
                                          guint         worker_id);
void      _ml_mark_new_object            (MlRuntime    *self,
                                          MlSpan       *s,
                                          guint64       idx);
gboolean  _ml_mark_background_unit       (MlRuntime    *self,
                                          MlWorkerKind  worker,
                                          guint         worker_id,
                                          guint64       max_ns,
                                          guint64      *work);
void      _ml_mark_flush_barrier_buffer  (MlRuntime    *self,
                                          MlWorkerKind  worker,
                                          guint         worker_id);
void      _ml_mark_span_queue            (MlRuntime    *self,
                                          GArray       *ids,
                                          guint64      *scanning,
                                          guint64      *cursor);
void      _ml_mark_span_queue_grey       (MlRuntime    *self,
                                          void        (*func) (MlRuntime *, MlSpan *, guint64, gpointer),
                                          gpointer      user_data);
void      _ml_mark_assist                (MlRuntime    *self,
                                          MlG          *g);

/* ml-sweep.c: sweeping. */
gboolean  _ml_sweep_span                 (MlRuntime    *self,
                                          MlSpan       *s,
                                          MlWorkerKind  worker,
                                          guint         worker_id);
gboolean  _ml_sweep_one                  (MlRuntime    *self,
                                          MlWorkerKind  worker,
                                          guint         worker_id);

/* ml-pacer.c: the pacer, the background workers' CPU time and the cost-model clock. */
void      _ml_pacer_start_cycle          (MlRuntime    *self);
void      _ml_pacer_end_cycle            (MlRuntime    *self);
void      _ml_pacer_commit               (MlRuntime    *self,
                                          gboolean      sweep_done);
guint64   _ml_pacer_heap_goal            (MlRuntime    *self);
guint64   _ml_pacer_runtime_heap         (MlRuntime    *self);
guint64   _ml_pacer_runtime_roots_cost   (MlRuntime    *self);
guint64   _ml_pacer_trigger              (MlRuntime    *self);
guint64   _ml_pacer_assist_work_per_byte (MlRuntime    *self);
void      _ml_pacer_pick_worker          (MlRuntime    *self,
                                          guint        *slot,
                                          MlWorkerKind *kind,
                                          guint        *id);
void      _ml_pacer_spend                (MlRuntime    *self,
                                          guint         slot,
                                          guint64       ns);
void      _ml_clock_advance              (MlRuntime    *self,
                                          guint64       ns);
void      _ml_clock_charge               (MlRuntime    *self,
                                          guint64       ns);

/* ml-mstats.c: MemStats totals, derived from the per-class counts. */
void      _ml_stats_runtime_sys          (MlRuntime    *self,
                                          MlMemStats   *out);
guint64   _ml_stats_nonheap              (MlRuntime    *self);
void      _ml_stats_totals               (MlRuntime    *self,
                                          guint64      *mallocs,
                                          guint64      *frees,
                                          guint64      *total_alloc,
                                          guint64      *heap_alloc);

G_END_DECLS
