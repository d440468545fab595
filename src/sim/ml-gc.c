/* ml-gc.c
 *
 * Copyright 2026 The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The collector's cycle (mgc.go; go-runtime.md sections 1 to 4 and 9), cut into units that a
 * driver can execute one at a time:
 *
 *   gcStart            the caller finishes the previous sweep, the world stops
 *   [unit] sweep termination (STW): workers sized from GOMAXPROCS, roots queued, write
 *                      barrier on, active tiny block greyed, assists enabled, world restarts
 *   [unit]* mark:      shade one root (a 256 KiB block of data or bss, or one goroutine stack,
 *                      which may also shrink it), scan one grey object, or flush the write
 *                      barrier buffer; when none is left, "mark done" stops the world
 *   [unit] mark termination (STW): heapMarked = bytes marked, write barrier off, sweepgen += 2,
 *                      mcache flushed, pacer commit, gctrace line, world restarts
 *   [unit]* sweep:     the background sweeper sweeps one span; allocation sweeps lazily
 *
 * This file holds the phases and who runs each unit; the work itself is marking (ml-mark.c)
 * and sweeping (ml-sweep.c), and the workers' time and the cost of every unit come from the
 * pacer and its clock (ml-pacer.c).  A cycle starts here too: from allocation crossing the
 * trigger (ml-malloc.c), from runtime.GC(), the sandbox, or sysmon's two-minute check.
 */

#define G_LOG_DOMAIN "ml-gc"

#include "ml-gc-private.h"
#include "ml-defer-private.h"
#include "ml-heap-private.h"
#include "ml-stack-private.h"
#include "ml-roots-private.h"
#include "ml-referee-private.h"
#include "ml-event-private.h"

/* The phases' fixed costs (ml-pacer.c's table says where they come from). */
#define COST_SWEEP_TERM      20000
#define COST_MARK_TERM       5000
#define COST_WORKER_START    30000
#define COST_MARK_DONE_FLUSH 10000     /* per P */

static void
set_phase (MlRuntime *self,
           MlGcPhase  phase)
{
  guint64 old = self->gc.phase;

  if (old == phase)
    return;
  ML_JOURNALED_SET (self, self->gc.phase, phase);
  ML_EVENT (self, ML_EVENT_PHASE, ML_WORKER_STW, 0, 0, 0, phase, old);
}

/* gcStart: the goroutine that starts a cycle first finishes the previous sweep; then the world
 * stops for sweep termination, the next unit.  Nothing happens if a cycle is running. */
void
_ml_gc_start (MlRuntime   *self,
              MlGcTrigger  trigger)
{
  gboolean forced = trigger == ML_GC_TRIGGER_CYCLE;

  if (self->gc.phase != ML_GC_OFF && self->gc.phase != ML_GC_SWEEP)
    return;

  while (_ml_sweep_one (self, ML_WORKER_MUTATOR, self->current_g))
    ;
  set_phase (self, ML_GC_OFF);

  ML_JOURNALED_SET (self, self->gc.cycles, self->gc.cycles + 1);
  ML_JOURNALED_SET (self, self->gc.user_forced, forced);
  ML_JOURNALED_SET (self, self->gc.trace.heap0, self->gc.heap_live);
  ML_JOURNALED_SET (self, self->gc.triggered, self->gc.heap_live);
  ML_JOURNALED_SET (self, self->gc.trace.t_sweep_term, self->gc.now);
  ML_JOURNALED_SET (self, self->gc.world_stopped, 1);
  ML_EVENT (self, ML_EVENT_CYCLE_START, ML_WORKER_STW, 0, 0, 0, self->gc.cycles, trigger);
  set_phase (self, ML_GC_SWEEP_TERMINATION);
}

static void
sweep_termination (MlRuntime *self)
{
  /* clearpools: the central pool of deferred calls' records goes. */
  _ml_defer_clearpools (self);
  _ml_pacer_start_cycle (self);
  for (guint64 id = 1; id <= self->ngoroutines; id++)
    ML_JOURNALED_SET (self, _ml_g (self, id)->assist_bytes, 0);
  /* The runtime's own objects are reached from its roots in every cycle. */
  ML_JOURNALED_SET (self, self->gc.bytes_marked, _ml_pacer_runtime_heap (self));
  ML_JOURNALED_SET (self, self->gc.scan_work, 0);
  ML_JOURNALED_SET (self, self->gc.stack_scan, 0);
  ML_JOURNALED_SET (self, self->gc.stacks_scanned, 0);
  ML_JOURNALED_SET (self, self->gc.heap_scan, 0);
  ML_JOURNALED_SET (self, self->gc.bg_scan_credit, 0);
  ML_JOURNALED_SET (self, self->gc.trace.assist_ns, 0);
  ML_JOURNALED_SET (self, self->gc.trace.background_ns, 0);
  ML_JOURNALED_SET (self, self->gc.trace.idle_ns, 0);
  for (guint w = 0; w < G_N_ELEMENTS (self->gc.budget); w++)
    ML_JOURNALED_SET (self, self->gc.budget[w], 0);
  ML_JOURNALED_SET (self, self->gc.n_data_blocks, _ml_roots_count_blocks (self, ML_REGION_DATA));
  ML_JOURNALED_SET (self, self->gc.n_bss_blocks, _ml_roots_count_blocks (self, ML_REGION_BSS));
  ML_JOURNALED_SET (self, self->gc.n_stack_roots, self->ngoroutines);
  ML_JOURNALED_SET (self, self->gc.root_next, 0);
  ML_JOURNALED_SET (self, self->gc.workers_started, 0);
  set_phase (self, ML_GC_MARK);
  /* gcMarkTinyAllocs: the active tiny block is greyed like any other allocation. */
  if (self->tiny != 0)
    _ml_mark_shade (self, self->tiny, 0, ML_WORKER_STW, 0);
  ML_JOURNALED_SET (self, self->gc.blacken, 1);
  ML_JOURNALED_SET (self, self->gc.now, self->gc.now + COST_SWEEP_TERM);
  ML_JOURNALED_SET (self, self->gc.trace.t_mark, self->gc.now);
  ML_JOURNALED_SET (self, self->gc.world_stopped, 0);
}

static void
mark_done (MlRuntime *self)
{
  ML_JOURNALED_SET (self, self->gc.trace.t_mark_term, self->gc.now);
  ML_JOURNALED_SET (self, self->gc.world_stopped, 1);
  ML_JOURNALED_SET (self, self->gc.blacken, 0);
  ML_JOURNALED_SET (self, self->gc.focus_obj, 0);
  ML_JOURNALED_SET (self, self->gc.focus_from, 0);
  ML_JOURNALED_SET (self, self->gc.focus_to, 0);
  set_phase (self, ML_GC_MARK_TERMINATION);
}

static void
format_ms (GString *out,
           guint64  ns)
{
  guint64 x;
  gint dec = 3;

  /* fmtNSAsMS: whole milliseconds from 10 ms, else two significant digits, at most three
   * decimals. */
  if (ns >= 10000000)
    {
      g_string_append_printf (out, "%" G_GUINT64_FORMAT, ns / 1000000);
      return;
    }
  x = ns / 1000;
  if (x == 0)
    {
      g_string_append_c (out, '0');
      return;
    }
  while (x >= 100)
    {
      x /= 10;
      dec--;
    }
  if (dec == 0)
    g_string_append_printf (out, "%" G_GUINT64_FORMAT, x);
  else
    {
      guint64 p = 1;

      for (gint i = 0; i < dec; i++)
        p *= 10;
      g_string_append_printf (out, "%" G_GUINT64_FORMAT ".%0*" G_GUINT64_FORMAT, x / p, dec, x % p);
    }
}

/* The gctrace line of a cycle, as GODEBUG=gctrace=1 prints it. */
char *
_ml_gc_format_cycle (const MlCycleRecord *r)
{
  GString *s = g_string_new (NULL);
  guint64 stw1 = r->trace.t_mark - r->trace.t_sweep_term;
  guint64 conc = r->trace.t_mark_term - r->trace.t_mark;
  guint64 stw2 = r->trace.t_end - r->trace.t_mark_term;
  guint64 ms = r->trace.t_sweep_term / 1000000;

  g_string_append_printf (s, "gc %" G_GUINT64_FORMAT " @%" G_GUINT64_FORMAT ".%03" G_GUINT64_FORMAT
                          "s %" G_GUINT64_FORMAT "%%: ",
                          r->num, ms / 1000, ms % 1000, r->cpu_fraction_pct);
  format_ms (s, stw1);
  g_string_append_c (s, '+');
  format_ms (s, conc);
  g_string_append_c (s, '+');
  format_ms (s, stw2);
  g_string_append (s, " ms clock, ");
  format_ms (s, stw1 * r->procs);
  g_string_append_c (s, '+');
  format_ms (s, r->trace.assist_ns);
  g_string_append_c (s, '/');
  format_ms (s, r->trace.background_ns);
  g_string_append_c (s, '/');
  format_ms (s, r->trace.idle_ns);
  g_string_append_c (s, '+');
  format_ms (s, stw2 * r->procs);
  g_string_append_printf (s, " ms cpu, %" G_GUINT64_FORMAT "->%" G_GUINT64_FORMAT "->%" G_GUINT64_FORMAT
                          " MB, %" G_GUINT64_FORMAT " MB goal, %" G_GUINT64_FORMAT " MB stacks, %"
                          G_GUINT64_FORMAT " MB globals, %" G_GUINT64_FORMAT " P",
                          r->trace.heap0 >> 20, r->trace.heap1 >> 20, r->heap2 >> 20, r->goal >> 20,
                          r->stacks >> 20, r->globals >> 20, r->procs);
  if (r->forced)
    g_string_append (s, " (forced)");
  return g_string_free (s, FALSE);
}

static void
mark_termination (MlRuntime *self)
{
  MlCycleRecord rec = { 0 };
  guint64 pause;
  guint64 numgc;
  guint64 procs = self->gc.gomaxprocs;

  ML_JOURNALED_SET (self, self->gc.trace.heap1, self->gc.heap_live);
  if (self->checker)
    _ml_referee_mark_end (self);

  /* gcMarkDone's endCycle sees the heap as the mark left it; then resetLive. */
  _ml_pacer_end_cycle (self);
  ML_JOURNALED_SET (self, self->gc.heap_marked, self->gc.bytes_marked);
  ML_JOURNALED_SET (self, self->gc.heap_live, self->gc.bytes_marked);
  ML_JOURNALED_SET (self, self->gc.last_heap_scan, self->gc.heap_scan);
  ML_JOURNALED_SET (self, self->gc.last_stack_scan, self->gc.stack_scan);
  ML_JOURNALED_SET (self, self->gc.triggered, G_MAXUINT64);
  _ml_stack_compute_starting_size (self);

  set_phase (self, ML_GC_OFF);
  ML_JOURNALED_SET (self, self->gc.sweepgen, self->gc.sweepgen + 2);
  ML_JOURNALED_SET (self, self->gc.sweep_cursor, 0);
  _ml_heap_release_mcache (self);
  /* The sweep has just begun: the next cycle keeps a sweep distance. */
  _ml_pacer_commit (self, FALSE);

  ML_JOURNALED_SET (self, self->gc.now, self->gc.now + COST_MARK_TERM);
  ML_JOURNALED_SET (self, self->gc.trace.t_end, self->gc.now);

  numgc = self->gc.numgc + 1;
  ML_JOURNALED_SET (self, self->gc.numgc, numgc);
  if (self->gc.user_forced)
    ML_JOURNALED_SET (self, self->gc.numforced, self->gc.numforced + 1);
  pause = (self->gc.trace.t_mark - self->gc.trace.t_sweep_term)
          + (self->gc.trace.t_end - self->gc.trace.t_mark_term);
  ML_JOURNALED_SET (self, self->stats.pause_ns[(numgc - 1) % 256], pause);
  ML_JOURNALED_SET (self, self->stats.pause_end[(numgc - 1) % 256], self->gc.trace.t_end);
  ML_JOURNALED_SET (self, self->stats.pause_total, self->stats.pause_total + pause);
  ML_JOURNALED_SET (self, self->stats.last_gc, self->gc.trace.t_end);
  ML_JOURNALED_SET (self, self->gc.gc_cpu_total, self->gc.gc_cpu_total + pause * procs
                    + self->gc.trace.assist_ns + self->gc.trace.background_ns);

  rec.num = numgc;
  rec.trace = self->gc.trace;
  rec.heap2 = self->gc.heap_marked;
  rec.goal = self->gc.last_heap_goal;
  rec.stacks = self->gc.last_stack_scan;
  rec.globals = self->gc.globals_scan;
  rec.procs = procs;
  rec.forced = self->gc.user_forced;
  rec.cpu_fraction_pct = self->gc.gc_cpu_total * 100 / MAX (self->gc.trace.t_end * procs, 1);
  if (self->cycle_records->len < numgc)
    g_array_set_size (self->cycle_records, numgc);
  g_array_index (self->cycle_records, MlCycleRecord, numgc - 1) = rec;

  ML_JOURNALED_SET (self, self->gc.world_stopped, 0);
  ML_EVENT (self, ML_EVENT_CYCLE_END, ML_WORKER_STW, 0, 0, 0, numgc, 0);
  set_phase (self, ML_GC_SWEEP);
}

void
_ml_gc_init (MlRuntime *self)
{
  self->gc.gcpercent = 100;
  self->gc.memory_limit = G_MAXINT64;
  self->gc.heap_minimum_base = 4u << 20;
  self->gc.gomaxprocs = 2;
  self->gc.wb_switch = 1;
  self->gc.sweepgen = 4;
  self->gc.sweep_cursor = ML_NUM_SPAN_CLASSES;
  self->gc.starting_stack = ML_STACK_MIN;
  _ml_size_class_init_tables ();
  ml_word_vec_init (&self->work);
  ml_word_vec_init (&self->wbbuf);
  ml_word_vec_init (&self->spanq);
  ml_word_vec_init (&self->spanq_bits);
  self->cycle_records = g_array_new (FALSE, TRUE, sizeof (MlCycleRecord));
  self->gc.triggered = G_MAXUINT64;
  self->gc.heap_live = _ml_pacer_runtime_heap (self);
  _ml_pacer_start_cycle (self);
  _ml_pacer_commit (self, TRUE);
}

void
_ml_gc_finalize (MlRuntime *self)
{
  ml_word_vec_clear (&self->work);
  ml_word_vec_clear (&self->wbbuf);
  ml_word_vec_clear (&self->spanq);
  ml_word_vec_clear (&self->spanq_bits);
  g_clear_pointer (&self->cycle_records, g_array_unref);
  g_clear_pointer (&self->drain_fifo, g_free);
  g_clear_pointer (&self->drain_spans, g_free);
  g_clear_pointer (&self->drain_queued, g_free);
}

gboolean
ml_runtime_world_stopped (MlRuntime *self)
{
  g_return_val_if_fail (ML_IS_RUNTIME (self), FALSE);
  return self->gc.world_stopped != 0;
}

MlGcPhase
ml_runtime_get_phase (MlRuntime *self)
{
  g_return_val_if_fail (ML_IS_RUNTIME (self), ML_GC_OFF);
  return self->gc.phase;
}

guint64
ml_runtime_get_num_gc (MlRuntime *self)
{
  g_return_val_if_fail (ML_IS_RUNTIME (self), 0);
  return self->gc.numgc;
}

static void
note_worker (MlRuntime    *self,
             MlWorkerKind  kind,
             guint         id)
{
  if (self->gc.focus_worker == kind && self->gc.focus_worker_id == id)
    return;
  if (self->gc.focus_worker != ML_WORKER_NONE)
    ML_EVENT (self, ML_EVENT_WORKER_STOP, self->gc.focus_worker, self->gc.focus_worker_id, 0, 0, 0, 0);
  ML_JOURNALED_SET (self, self->gc.focus_worker, kind);
  ML_JOURNALED_SET (self, self->gc.focus_worker_id, id);
  if (kind != ML_WORKER_NONE)
    ML_EVENT (self, ML_EVENT_WORKER_START, kind, id, 0, 0, 0, 0);
}

/* The CPU time of a mark unit goes to its worker, and into gctrace's background or idle
 * figure. */
static void
account_worker (MlRuntime    *self,
                guint         slot,
                MlWorkerKind  kind,
                guint64       ns)
{
  _ml_pacer_spend (self, slot, ns);
  if (kind == ML_WORKER_IDLE)
    ML_JOURNALED_SET (self, self->gc.trace.idle_ns, self->gc.trace.idle_ns + ns);
  else
    ML_JOURNALED_SET (self, self->gc.trace.background_ns, self->gc.trace.background_ns + ns);
}

/* No mark work is left: gcMarkDone's handshake, in which every P flushes its write-barrier
 * buffer and its work buffers at a safe point (forEachP), costs the worker that found the
 * mark done; then the world stops for mark termination. */
static void
mark_done_handshake (MlRuntime    *self,
                     guint         slot,
                     MlWorkerKind  kind)
{
  account_worker (self, slot, kind, COST_MARK_DONE_FLUSH * self->gc.gomaxprocs);
}

/* A unit of the mark phase by the background worker whose turn it is; when no mark work is
 * left, "mark done" stops the world for mark termination. */
static void
mark_unit (MlRuntime *self)
{
  MlWorkerKind kind;
  guint slot, id;
  guint64 work = 0;
  guint64 max_ns;

  _ml_pacer_pick_worker (self, &slot, &kind, &id);
  note_worker (self, kind, id);
  /* A worker's first unit of the cycle pays for its start. */
  if (!(self->gc.workers_started & (G_GUINT64_CONSTANT (1) << slot)))
    {
      ML_JOURNALED_SET (self, self->gc.workers_started,
                        self->gc.workers_started | (G_GUINT64_CONSTANT (1) << slot));
      account_worker (self, slot, kind, COST_WORKER_START);
    }
  /* Batched units scan as much as the worker's CPU time in hand pays for, or everything when
   * the caller is waiting (runtime.GC). */
  max_ns = self->collecting ? G_MAXUINT64 : self->gc.budget[slot];
  if (!_ml_mark_background_unit (self, kind, id, max_ns, &work))
    {
      mark_done_handshake (self, slot, kind);
      note_worker (self, ML_WORKER_STW, 0);
      mark_done (self);
      return;
    }
  ML_JOURNALED_SET (self, self->gc.scan_work, self->gc.scan_work + work);
  ML_JOURNALED_SET (self, self->gc.bg_scan_credit, self->gc.bg_scan_credit + work);
  account_worker (self, slot, kind, self->unit_ns);
}

/* Executes one unit of collector work by whoever's turn it is.  Returns FALSE when the
 * collector has nothing to do (phase off). */
gboolean
ml_runtime_gc_unit (MlRuntime *self)
{
  gboolean did = TRUE;

  g_return_val_if_fail (ML_IS_RUNTIME (self), FALSE);

  self->in_unit = TRUE;
  self->unit_ns = 0;

  switch ((MlGcPhase) self->gc.phase)
    {
    case ML_GC_SWEEP_TERMINATION:
      note_worker (self, ML_WORKER_STW, 0);
      sweep_termination (self);
      break;

    case ML_GC_MARK:
      mark_unit (self);
      break;

    case ML_GC_MARK_TERMINATION:
      note_worker (self, ML_WORKER_STW, 0);
      mark_termination (self);
      break;

    case ML_GC_SWEEP:
      note_worker (self, ML_WORKER_SWEEPER, 0);
      if (!_ml_sweep_one (self, ML_WORKER_SWEEPER, 0))
        {
          note_worker (self, ML_WORKER_NONE, 0);
          set_phase (self, ML_GC_OFF);
        }
      else
        _ml_pacer_spend (self, ML_GC_SWEEPER_SLOT, self->unit_ns);
      break;

    case ML_GC_OFF:
    default:
      did = FALSE;
      break;
    }

  self->in_unit = FALSE;
  if (self->check_tricolour && self->gc.phase == ML_GC_MARK)
    _ml_referee_check_tricolour (self);
  return did;
}

/* The sandbox's "Trigger GC": starts a background cycle (the caller finishes the previous
 * sweep, then the world stops for sweep termination, the next unit).  Nothing happens if a
 * cycle is already running. */
void
ml_runtime_gc_start (MlRuntime *self)
{
  g_return_if_fail (ML_IS_RUNTIME (self));
  _ml_gc_start (self, ML_GC_TRIGGER_USER);
}

/* runtime.GC(): finish the cycle in progress, run a whole forced one, finish its sweep. */
void
ml_runtime_gc_collect (MlRuntime *self)
{
  g_return_if_fail (ML_IS_RUNTIME (self));

  /* A whole cycle in one call: its work grows with the heap it scans. */
  self->work_bytes += ml_runtime_get_heap_in_use (self);
  self->collecting = TRUE;
  while (self->gc.phase == ML_GC_SWEEP_TERMINATION || self->gc.phase == ML_GC_MARK ||
         self->gc.phase == ML_GC_MARK_TERMINATION)
    ml_runtime_gc_unit (self);

  _ml_gc_start (self, ML_GC_TRIGGER_CYCLE);
  while (self->gc.phase != ML_GC_SWEEP && self->gc.phase != ML_GC_OFF)
    ml_runtime_gc_unit (self);
  self->collecting = FALSE;

  while (_ml_sweep_one (self, ML_WORKER_MUTATOR, self->current_g))
    ;
  note_worker (self, ML_WORKER_NONE, 0);
  set_phase (self, ML_GC_OFF);
}

char *
ml_runtime_gctrace_line (MlRuntime *self,
                         guint      cycle)
{
  g_return_val_if_fail (ML_IS_RUNTIME (self), NULL);
  if (cycle == 0 || cycle > self->gc.numgc || cycle > self->cycle_records->len)
    return NULL;
  return _ml_gc_format_cycle (&g_array_index (self->cycle_records, MlCycleRecord, cycle - 1));
}

#define FORCEGC_PERIOD (G_GUINT64_CONSTANT (120) * 1000000000)

/* The mutator ran for @ns: the clock moves, background workers earn their share of CPU, and
 * sysmon's check for the periodic GC runs (forcegcperiod: two minutes without a collection
 * force one, unless GOGC=off; it needs a first collection to have happened). */
void
ml_runtime_advance (MlRuntime *self,
                    guint64    ns)
{
  g_return_if_fail (ML_IS_RUNTIME (self));

  _ml_clock_advance (self, ns);
  if ((self->gc.phase == ML_GC_OFF || self->gc.phase == ML_GC_SWEEP) && !self->in_unit &&
      (gint64) self->gc.gcpercent >= 0 && self->stats.last_gc != 0 &&
      self->gc.now - self->stats.last_gc > FORCEGC_PERIOD)
    _ml_gc_start (self, ML_GC_TRIGGER_TIME);
}
