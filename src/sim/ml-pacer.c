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
 *   STW sweep termination   20 us          STW mark termination    5 us   (Go: 0.01 to 0.05
 *                                                                          and 0.003 to 0.005 ms)
 *   root block              200 ns + 1 ns per 8 bytes of the block
 *   stack scan              300 ns + 1 ns per 8 bytes of stack in use
 *   scan object             20 ns + 1 ns per 8 bytes scanned
 *   grey object             5 ns for each object a pointer marks (findObject, the mark bit,
 *                           the queue)
 *   write-barrier flush     100 ns + 10 ns per entry
 *   sweep span              150 ns + 5 ns per slot
 *   allocation (mutator)    20 ns + 1 ns per 64 bytes
 *   stack copy (mutator)    100 ns + 1 ns per 4 bytes copied
 *
 * A mark phase also costs CPU time that does not grow with the heap, and on a small heap it
 * is most of the mark:
 *
 *   a worker's start        30 us of its CPU, once a cycle (gcBgMarkWorker: unpark, take the
 *                           P, gcDrain's set-up, park again)
 *   the runtime's roots     with the first root job: the runtime's and the linked packages'
 *                           globals, its own goroutines' stacks and its start-up objects
 *                           (_ml_pacer_runtime_roots_cost, about 31 us at 2 P)
 *   mark done               gcMarkDone's handshake: every P flushes its write-barrier buffer
 *                           and its work buffers at a safe point (forEachP), 10 us per P
 *
 * Go 1.27 with GOMAXPROCS=2 prints about 0.02+0.3+0.004 ms clock for a runtime.GC() of an
 * empty heap, and 0.3 to 0.6 ms of mark for the corpus' heaps of a few MB, of which little is
 * CPU: most of the mark's clock is waiting, for the parked workers to wake and for every P
 * to reach a safe point while the mutator runs on.  The model leaves that waiting out: its
 * mutator copies and clears memory several times faster than Go's does (a byte costs it far
 * less than memmove, memclr and the first touch of a page cost Go), so a mark that lasted as
 * long as Go's would let it allocate megabytes more than Go does during the mark, and the
 * pacer would depart from Go's in seven cases of tests/gc/corpus.
 */

#define G_LOG_DOMAIN "ml-pacer"

#include "ml-gc-private.h"
#include "ml-memory-private.h"

#define BUDGET_CAP (1000 * 1000)

/* The runtime's own heap objects, allocated before main and live for good: the Ps (new(p),
 * one 16 KiB object each), the system goroutines' g structs, os.Args and the environment,
 * the packages' init-time allocations.  A Go 1.27 program that declares nothing reads
 * HeapAlloc 46784 at start with GOMAXPROCS=1 and 63176 with 2 (runtime.ReadMemStats), and its
 * first cycle marks them all.  They are no objects of the model's heap, but they are in
 * heapLive and in every cycle's marked heap, so the pacer and gctrace count them as Go does;
 * the views, which draw the program's heap, read it without them (ml_runtime_read_pacer). */
#define RUNTIME_HEAP_BASE  G_GUINT64_CONSTANT (30392)
#define RUNTIME_HEAP_PER_P G_GUINT64_CONSTANT (16392)

guint64
_ml_pacer_runtime_heap (MlRuntime *self)
{
  return RUNTIME_HEAP_BASE + RUNTIME_HEAP_PER_P * self->gc.gomaxprocs;
}

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

/* The globals of the Go runtime and the packages every program links (fmt, os, strconv...):
 * data plus bss of a Go 1.27 linux/amd64 binary that imports fmt and declares nothing, which
 * globalsScan counts (symtab.go, modulesinit) with the program's own. */
#define RUNTIME_GLOBALS_SCAN G_GUINT64_CONSTANT (151530)

/* The runtime's own roots, scanned with the first root job of every cycle: those globals,
 * the stacks of its goroutines (forcegc, the sweeper, the scavenger and one mark worker per
 * P), and the start-up objects they reach. */
#define RUNTIME_STACK_BYTES        G_GUINT64_CONSTANT (512)
#define RUNTIME_HEAP_OBJECTS       G_GUINT64_CONSTANT (117)

guint64
_ml_pacer_runtime_roots_cost (MlRuntime *self)
{
  guint64 goroutines = 3 + self->gc.gomaxprocs;

  return 200 + RUNTIME_GLOBALS_SCAN / 8
         + goroutines * (300 + RUNTIME_STACK_BYTES / 8)
         + RUNTIME_HEAP_OBJECTS * 20 + _ml_pacer_runtime_heap (self) / 8;
}

/* memoryLimitHeapGoal: the limit less everything mapped that is not heap objects, less 3%
 * (at least 1 MiB) of headroom.  With no limit set the limit is MaxInt64, and this is the goal
 * GOGC=off prints. */
static guint64
memory_limit_goal (MlRuntime *self)
{
  guint64 limit = (guint64) (gint64) self->gc.memory_limit;
  guint64 heap_free = self->stats.heap_sys_pages * ML_PAGE_SIZE
                      - self->stats.heap_inuse_pages * ML_PAGE_SIZE - self->stats.stack_inuse;
  guint64 nonheap = _ml_stats_nonheap (self);
  guint64 mallocs, frees, total, heap_alloc;
  guint64 mapped, overage, goal, headroom;

  _ml_stats_totals (self, &mallocs, &frees, &total, &heap_alloc);
  mapped = heap_free + heap_alloc + _ml_pacer_runtime_heap (self) + nonheap;
  overage = mapped > limit ? mapped - limit : 0;
  if (nonheap + overage >= limit)
    return self->gc.heap_marked;
  goal = limit - (nonheap + overage);
  headroom = MAX (goal / 100 * 3, G_GUINT64_CONSTANT (1) << 20);
  if (goal < headroom || goal - headroom < headroom)
    goal = headroom;
  else
    goal -= headroom;
  return MAX (goal, self->gc.heap_marked);
}


/* sweepMinHeapDistance (mgc.go): while the previous cycle's spans are still being swept, the
 * next cycle does not start before the heap has grown 1 MiB past the marked heap. */
#define SWEEP_MIN_HEAP_DISTANCE (G_GUINT64_CONSTANT (1) << 20)
#define DEFAULT_HEAP_MINIMUM    (G_GUINT64_CONSTANT (4) << 20)

/* heapGoalInternal: the goal is recomputed whenever it is read, because the memory limit's
 * part of it moves with everything mapped.  @min_trigger gets the sweep distance's minimum. */
static guint64
heap_goal_internal (MlRuntime *self,
                    guint64   *min_trigger)
{
  guint64 goal = self->gc.gc_percent_goal;
  guint64 limit_goal = memory_limit_goal (self);

  *min_trigger = 0;
  if (limit_goal < goal)
    return limit_goal;

  if (self->gc.sweep_dist_min_trigger > goal)
    goal = self->gc.sweep_dist_min_trigger;
  *min_trigger = self->gc.sweep_dist_min_trigger;
  /* minRunway: a cycle that started late still gets 64 KiB between its start and its goal. */
  if (self->gc.triggered != G_MAXUINT64 && goal < self->gc.triggered + (64u << 10))
    goal = self->gc.triggered + (64u << 10);
  return goal;
}

guint64
_ml_pacer_heap_goal (MlRuntime *self)
{
  guint64 min_trigger;

  return heap_goal_internal (self, &min_trigger);
}

/* gcControllerState.trigger: where the heap starts the next cycle, between 45/64 and 61/64
 * of the way from the marked heap to the goal, less the runway the last cycles' cons/mark
 * ratio asks for. */
guint64
_ml_pacer_trigger (MlRuntime *self)
{
  guint64 marked = self->gc.heap_marked;
  guint64 min_trigger;
  guint64 goal = heap_goal_internal (self, &min_trigger);
  guint64 lower, max_trigger, trigger;

  if (marked >= goal)
    return goal;
  min_trigger = MAX (min_trigger, marked);
  lower = (goal - marked) / 64 * 45 + marked;
  min_trigger = MAX (min_trigger, lower);
  max_trigger = (goal - marked) / 64 * 61 + marked;
  if (goal > DEFAULT_HEAP_MINIMUM && goal - DEFAULT_HEAP_MINIMUM > max_trigger)
    max_trigger = goal - DEFAULT_HEAP_MINIMUM;
  max_trigger = MAX (max_trigger, min_trigger);
  trigger = self->gc.runway > goal ? min_trigger : goal - self->gc.runway;
  trigger = MAX (trigger, min_trigger);
  return MIN (trigger, max_trigger);
}

/* gcControllerState.commit: the GOGC goal, the sweep distance and the runway, from the
 * marked heap and the scan work of the cycle that ended.  @sweep_done says whether the
 * previous cycle's spans are all swept. */
void
_ml_pacer_commit (MlRuntime *self,
                  gboolean   sweep_done)
{
  gint64 gogc = (gint64) self->gc.gcpercent;
  guint64 marked = self->gc.heap_marked;
  guint64 goal = G_MAXUINT64;
  guint64 scan;

  ML_JOURNALED_SET (self, self->gc.globals_scan, _ml_memory_globals_size (self) + RUNTIME_GLOBALS_SCAN);
  ML_JOURNALED_SET (self, self->gc.sweep_dist_min_trigger,
                    sweep_done ? 0 : self->gc.heap_live + SWEEP_MIN_HEAP_DISTANCE);
  if (gogc >= 0)
    {
      goal = marked + (marked + self->gc.last_stack_scan + self->gc.globals_scan) * (guint64) gogc / 100;
      goal = MAX (goal, heap_minimum (self));
    }
  ML_JOURNALED_SET (self, self->gc.gc_percent_goal, goal);
  /* consMark * (1 - 0.25) / 0.25 * the scan work the next cycle expects. */
  scan = self->gc.last_heap_scan + self->gc.last_stack_scan + self->gc.globals_scan;
  ML_JOURNALED_SET (self, self->gc.runway, (guint64) ((double) self->gc.cons_mark_ppm / 1e6 * 3.0 * (double) scan));
}

/* gcControllerState.endCycle: the goal the trace prints, and the cons/mark ratio of the cycle
 * that ended, which with the last four sizes the next runway. */
void
_ml_pacer_end_cycle (MlRuntime *self)
{
  guint64 scan = self->gc.scan_work;
  guint64 mark_wall = MAX (self->gc.now - self->gc.trace.t_mark, 1);
  double procs = self->gc.gomaxprocs;
  double u = 0.25 + (double) self->gc.trace.assist_ns / ((double) mark_wall * procs);
  double idle_u = (double) self->gc.trace.idle_ns / ((double) mark_wall * procs);
  guint64 current;
  guint64 cons_mark;

  ML_JOURNALED_SET (self, self->gc.last_heap_goal, _ml_pacer_heap_goal (self));
  if (self->gc.heap_live <= self->gc.triggered || scan == 0)
    return;
  current = (guint64) ((double) (self->gc.heap_live - self->gc.triggered) * (u + idle_u)
                       / ((double) scan * (1 - u)) * 1e6);
  cons_mark = current;
  for (guint i = 0; i < G_N_ELEMENTS (self->gc.last_cons_mark_ppm); i++)
    cons_mark = MAX (cons_mark, self->gc.last_cons_mark_ppm[i]);
  ML_JOURNALED_SET (self, self->gc.cons_mark_ppm, cons_mark);
  for (guint i = 0; i + 1 < G_N_ELEMENTS (self->gc.last_cons_mark_ppm); i++)
    ML_JOURNALED_SET (self, self->gc.last_cons_mark_ppm[i], self->gc.last_cons_mark_ppm[i + 1]);
  ML_JOURNALED_SET (self, self->gc.last_cons_mark_ppm[G_N_ELEMENTS (self->gc.last_cons_mark_ppm) - 1], current);
}

/* The assist ratio in millionths: scan work owed per byte allocated. */
guint64
_ml_pacer_assist_work_per_byte (MlRuntime *self)
{
  guint64 expected = self->gc.last_heap_scan + self->gc.last_stack_scan + self->gc.globals_scan;
  guint64 remaining_work = expected > self->gc.scan_work ? expected - self->gc.scan_work : 0;
  guint64 goal = _ml_pacer_heap_goal (self);
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
  pacer->heap_goal = _ml_pacer_heap_goal (self);
  pacer->trigger = _ml_pacer_trigger (self);
  /* The views draw the program's heap: the runtime's start-up objects, in heapLive and the
   * marked heap for the pacer, are left out of what they read (the goal and the trigger keep
   * them, as Go's do). */
  pacer->heap_live = self->gc.heap_live - MIN (self->gc.heap_live, _ml_pacer_runtime_heap (self));
  pacer->heap_marked = self->gc.heap_marked - MIN (self->gc.heap_marked, _ml_pacer_runtime_heap (self));
  pacer->bytes_marked = self->gc.bytes_marked - MIN (self->gc.bytes_marked, _ml_pacer_runtime_heap (self));
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
