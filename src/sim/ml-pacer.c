/* ml-pacer.c
 *
 * Copyright 2026 The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The pacer (mgcpacer.go): the heap goal and the trigger, the workers a cycle gets and the
 * assist ratio, and the model's clock that gives background workers their CPU time.
 *
 * Who does a unit: dedicated workers, the fractional worker and idle workers (GOMAXPROCS 2:
 * no dedicated worker, a 25% fractional goal and one idle P), each accruing CPU time while the
 * mutator runs (ml_runtime_advance); mark assists run inside allocation, charged per byte.
 *
 * Times come from a fixed cost model, so that gctrace and the timeline are reproducible.  Each
 * piece of work charges its cost where it is done (_ml_clock_charge): to the unit being
 * executed, or else to the mutator, whose time moves the clock and feeds the workers.
 *
 *   STW sweep termination   30 us          STW mark termination   20 us
 *   root block              200 ns + 1 ns per 8 bytes of the block
 *   stack scan              300 ns + 1 ns per 8 bytes of stack in use
 *   scan object             20 ns + 1 ns per 8 bytes scanned
 *   write-barrier flush     100 ns + 10 ns per entry
 *   sweep span              150 ns + 5 ns per slot
 *   allocation (mutator)    20 ns + 1 ns per 64 bytes
 *   stack copy (mutator)    100 ns + 1 ns per 4 bytes copied
 */

#define G_LOG_DOMAIN "ml-pacer"

#include "ml-gc-private.h"
#include "ml-memory-private.h"

#define BUDGET_CAP (1000 * 1000)

static guint64
heap_minimum (MlRuntime *self)
{
  gint64 gogc = (gint64) self->gc.gcpercent;

  if (gogc < 0)
    return self->gc.heap_minimum_base;
  return self->gc.heap_minimum_base * (guint64) gogc / 100;
}

/* gcControllerState.startCycle: dedicated workers and the fractional goal. */
void
_ml_pacer_start_cycle (MlRuntime *self)
{
  double procs = self->gc.gomaxprocs;
  double total = procs * 0.25;
  gint64 dedicated = (gint64) (total + 0.5);
  double util_error = dedicated / total - 1;
  double fractional = 0;

  if (util_error < -0.3 || util_error > 0.3)
    {
      if (dedicated > total)
        dedicated--;
      fractional = (total - dedicated) / procs;
    }
  ML_JOURNALED_SET (self, self->gc.dedicated, dedicated);
  ML_JOURNALED_SET (self, self->gc.fractional_ppm, (guint64) (fractional * 1e6 + 0.5));
}

static guint64
memory_limit_goal (MlRuntime *self)
{
  gint64 limit = (gint64) self->gc.memory_limit;
  guint64 mapped = self->stats.heap_sys_pages * ML_PAGE_SIZE + _ml_memory_globals_size (self);
  guint64 heap_free = self->stats.heap_sys_pages * ML_PAGE_SIZE
                      - self->stats.heap_inuse_pages * ML_PAGE_SIZE - self->stats.stack_inuse;
  guint64 overage = mapped > (guint64) limit ? mapped - (guint64) limit : 0;
  guint64 mallocs, frees, total, heap_alloc;
  guint64 nonheap;
  guint64 goal;
  guint64 headroom;

  if (limit == G_MAXINT64)
    return G_MAXUINT64;
  _ml_stats_totals (self, &mallocs, &frees, &total, &heap_alloc);
  nonheap = mapped - heap_free - heap_alloc;
  if ((guint64) limit < nonheap + overage)
    return self->gc.heap_marked;
  goal = (guint64) limit - nonheap - overage;
  headroom = MAX (goal / 100 * 3, G_GUINT64_CONSTANT (1) << 20);
  goal = goal > headroom ? goal - headroom : 0;
  return MAX (goal, self->gc.heap_marked);
}

/* gcControllerState.commit and trigger (mgcpacer.go), minus the sweep-distance and runway
 * minimums, which only matter for heaps that outgrow the goal mid-cycle. */
void
_ml_pacer_commit (MlRuntime *self)
{
  gint64 gogc = (gint64) self->gc.gcpercent;
  guint64 marked = self->gc.heap_marked;
  guint64 goal = G_MAXUINT64;
  guint64 trigger;

  ML_JOURNALED_SET (self, self->gc.globals_scan, _ml_memory_globals_size (self));
  if (gogc >= 0)
    {
      goal = marked + (marked + self->gc.last_stack_scan + self->gc.globals_scan) * (guint64) gogc / 100;
      goal = MAX (goal, heap_minimum (self));
    }
  goal = MIN (goal, memory_limit_goal (self));
  ML_JOURNALED_SET (self, self->gc.heap_goal, goal);

  if (goal == G_MAXUINT64)
    trigger = G_MAXUINT64;
  else
    {
      guint64 cons_mark = 0;
      guint64 scan = self->gc.last_heap_scan + self->gc.last_stack_scan + self->gc.globals_scan;
      guint64 runway;
      guint64 min_trigger = marked + (goal - marked) * 45 / 64;
      guint64 max_trigger = marked + (goal - marked) * 61 / 64;

      for (guint i = 0; i < 4; i++)
        cons_mark = MAX (cons_mark, self->gc.cons_mark_ppm[i]);
      /* consMark * (1 - 0.25) / 0.25 * scan work. */
      runway = (guint64) ((double) cons_mark / 1e6 * 3.0 * (double) scan);
      if (goal > (4u << 20) && goal - (4u << 20) > max_trigger)
        max_trigger = goal - (4u << 20);
      trigger = goal > runway ? goal - runway : 0;
      trigger = CLAMP (trigger, min_trigger, max_trigger);
    }
  ML_JOURNALED_SET (self, self->gc.trigger, trigger);
}

/* gcControllerState.endCycle: the cons/mark ratio of the cycle that ended joins the last
 * three, from which commit() sizes the next runway. */
void
_ml_pacer_end_cycle (MlRuntime *self)
{
  guint64 scan = self->gc.scan_work;
  guint64 grown = self->gc.trace.heap1 > self->gc.trace.heap0 ? self->gc.trace.heap1 - self->gc.trace.heap0 : 0;
  guint64 mark_wall = MAX (self->gc.trace.t_mark_term - self->gc.trace.t_mark, 1);
  double idle_u = (double) self->gc.trace.idle_ns / ((double) mark_wall * self->gc.gomaxprocs);
  double u = 0.25;
  double cm;

  if (scan == 0)
    return;
  cm = ((double) grown * (u + idle_u)) / ((double) scan * (1 - u));
  for (guint i = 3; i > 0; i--)
    ML_JOURNALED_SET (self, self->gc.cons_mark_ppm[i], self->gc.cons_mark_ppm[i - 1]);
  ML_JOURNALED_SET (self, self->gc.cons_mark_ppm[0], (guint64) (cm * 1e6));
}

/* The assist ratio in millionths: scan work owed per byte allocated. */
guint64
_ml_pacer_assist_work_per_byte (MlRuntime *self)
{
  guint64 expected = self->gc.last_heap_scan + self->gc.last_stack_scan + self->gc.globals_scan;
  guint64 remaining_work = expected > self->gc.scan_work ? expected - self->gc.scan_work : 0;
  guint64 goal = self->gc.heap_goal;
  guint64 heap_remaining;

  /* Past the goal, extrapolate towards a hard goal 10% higher (revise()). */
  if (self->gc.heap_live + (1 << 16) > goal)
    goal = self->gc.heap_live + MAX (goal / 10, 1u << 16);
  heap_remaining = goal - self->gc.heap_live;
  remaining_work = MAX (remaining_work, 1000);
  return MAX ((guint64) ((double) remaining_work / (double) heap_remaining * 1e6), 1);
}

void
ml_runtime_read_pacer (MlRuntime    *self,
                       MlPacerState *pacer)
{
  g_return_if_fail (ML_IS_RUNTIME (self));
  g_return_if_fail (pacer != NULL);

  pacer->gogc = (gint) (gint64) self->gc.gcpercent;
  pacer->memory_limit = (gint64) self->gc.memory_limit;
  pacer->heap_minimum = heap_minimum (self);
  pacer->heap_goal = self->gc.heap_goal;
  pacer->trigger = self->gc.trigger;
  pacer->heap_live = self->gc.heap_live;
  pacer->heap_marked = self->gc.heap_marked;
  pacer->bytes_marked = self->gc.bytes_marked;
  pacer->last_stack_scan = self->gc.last_stack_scan;
  pacer->globals_scan = self->gc.globals_scan;
  pacer->gomaxprocs = self->gc.gomaxprocs;
  pacer->dedicated_workers = self->gc.dedicated;
  pacer->fractional_goal = self->gc.fractional_ppm / 1e6;
  pacer->assist_work_per_byte = _ml_pacer_assist_work_per_byte (self) / 1e6;
  pacer->now_ns = self->gc.now;
}

/* ----------------------------------------------------------------------------------------- */
/* Background workers' time                                                                  */

/* Worker budget shares in millionths of a P per unit of mutator time. */
static guint64
worker_share (MlRuntime *self,
              guint      w)
{
  guint64 d = self->gc.dedicated;
  guint64 procs = self->gc.gomaxprocs;
  guint64 frac = self->gc.fractional_ppm * procs;
  guint64 idle_ps = procs > d + 1 ? procs - 1 - d : 0;

  if (w < d)
    return 1000000;
  if (w == d)
    return frac;
  if (w == d + 1)
    return idle_ps * 1000000 > frac ? idle_ps * 1000000 - frac : 0;
  return 0;
}

static guint
n_mark_workers (MlRuntime *self)
{
  return MIN (self->gc.dedicated + 2, ML_GC_SWEEPER_SLOT);
}

/* The mutator ran for @ns: the clock moves, and the background workers of the phase earn
 * their share of CPU time. */
void
_ml_clock_advance (MlRuntime *self,
                   guint64    ns)
{
  ML_JOURNALED_SET (self, self->gc.now, self->gc.now + ns);
  if (self->gc.phase == ML_GC_MARK)
    {
      for (guint w = 0; w < n_mark_workers (self); w++)
        {
          guint64 share = worker_share (self, w);

          if (share != 0)
            ML_JOURNALED_SET (self, self->gc.budget[w],
                              MIN (self->gc.budget[w] + ns * share / 1000000, BUDGET_CAP));
        }
    }
  else if (self->gc.phase == ML_GC_SWEEP)
    {
      /* bgsweep runs at low priority on an idle P, or shares the only one. */
      guint64 share = self->gc.gomaxprocs > 1 ? 1000000 : 250000;

      ML_JOURNALED_SET (self, self->gc.budget[ML_GC_SWEEPER_SLOT],
                        MIN (self->gc.budget[ML_GC_SWEEPER_SLOT] + ns * share / 1000000, BUDGET_CAP));
    }
}

/* Charges @ns to whoever is running: the current unit, or the mutator. */
void
_ml_clock_charge (MlRuntime *self,
                  guint64    ns)
{
  if (self->in_unit)
    self->unit_ns += ns;
  else
    _ml_clock_advance (self, ns);
}

gboolean
ml_runtime_gc_work_due (MlRuntime *self)
{
  g_return_val_if_fail (ML_IS_RUNTIME (self), FALSE);

  switch ((MlGcPhase) self->gc.phase)
    {
    case ML_GC_SWEEP_TERMINATION:
    case ML_GC_MARK_TERMINATION:
      return TRUE;
    case ML_GC_MARK:
      for (guint w = 0; w < n_mark_workers (self); w++)
        if (self->gc.budget[w] > 0)
          return TRUE;
      return FALSE;
    case ML_GC_SWEEP:
      return self->gc.budget[ML_GC_SWEEPER_SLOT] > 0;
    case ML_GC_OFF:
    default:
      return FALSE;
    }
}

/* findRunnableGCWorker: the mark worker with the most CPU time in hand runs the next unit.
 * @slot is its budget's index; @kind and @id say who it is in events. */
void
_ml_pacer_pick_worker (MlRuntime    *self,
                       guint        *slot,
                       MlWorkerKind *kind,
                       guint        *id)
{
  guint best = G_MAXUINT;
  guint64 best_budget = 0;

  for (guint w = 0; w < n_mark_workers (self); w++)
    if (worker_share (self, w) > 0 && (best == G_MAXUINT || self->gc.budget[w] > best_budget))
      {
        best = w;
        best_budget = self->gc.budget[w];
      }
  if (best == G_MAXUINT)
    best = 0;
  *slot = best;
  if (best < self->gc.dedicated)
    {
      *kind = ML_WORKER_DEDICATED;
      *id = best;
    }
  else if (best == self->gc.dedicated)
    {
      *kind = ML_WORKER_FRACTIONAL;
      *id = 0;
    }
  else
    {
      *kind = ML_WORKER_IDLE;
      *id = best - self->gc.dedicated - 1;
    }
}

/* Consumes @ns of a background worker's CPU time; if it had less in hand, the wall clock
 * moves on (whoever asked for the unit waited for it). */
void
_ml_pacer_spend (MlRuntime *self,
                 guint      slot,
                 guint64    ns)
{
  guint64 have = self->gc.budget[slot];

  if (have >= ns)
    ML_JOURNALED_SET (self, self->gc.budget[slot], have - ns);
  else
    {
      ML_JOURNALED_SET (self, self->gc.budget[slot], 0);
      ML_JOURNALED_SET (self, self->gc.now, self->gc.now + (ns - have));
    }
}
