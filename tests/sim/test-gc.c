/* test-gc.c
 *
 * Copyright 2026 The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <string.h>

#include "sim-test-util.h"

typedef struct
{
  MlRuntime *rt;
  guint64    gx, gg;            /* package variables: var gg, gx *Node */
  guint64    x, g, w;           /* objects */
} Scene;

static void
scene_init (Scene *s)
{
  const MlRtype *node;
  const MlRtype *pnode;

  s->rt = ml_runtime_new ();
  node = sim_test_node_type (s->rt);
  pnode = ml_rtype_registry_pointer_to (ml_runtime_get_types (s->rt), node);
  /* gg is declared first so that G is shaded first and X, shaded last, is scanned first. */
  s->gg = ml_runtime_add_global (s->rt, "main.gg", pnode, FALSE);
  s->gx = ml_runtime_add_global (s->rt, "main.gx", pnode, FALSE);
  s->x = ml_runtime_new_object (s->rt, node);
  s->g = ml_runtime_new_object (s->rt, node);
  s->w = ml_runtime_new_object (s->rt, node);
  ml_runtime_write_pointer (s->rt, s->gx, s->x);
  ml_runtime_write_pointer (s->rt, s->gg, s->g);
  ml_runtime_write_pointer (s->rt, s->g, s->w);          /* G.left = W */
  ml_runtime_end_step (s->rt);
}

static void
scene_clear (Scene *s)
{
  g_clear_object (&s->rt);
}

static void
test_phases (void)
{
  Scene s;
  guint64 garbage;
  GArray *phases = g_array_new (FALSE, FALSE, sizeof (guint));
  guint expected[] = { ML_GC_SWEEP_TERMINATION, ML_GC_MARK, ML_GC_MARK_TERMINATION, ML_GC_OFF, ML_GC_SWEEP, ML_GC_OFF };

  scene_init (&s);
  garbage = ml_runtime_new_object (s.rt, sim_test_node_type (s.rt));
  ml_runtime_end_step (s.rt);

  g_assert_cmpint (ml_runtime_get_phase (s.rt), ==, ML_GC_OFF);
  ml_runtime_gc_start (s.rt);
  g_assert_cmpint (ml_runtime_get_phase (s.rt), ==, ML_GC_SWEEP_TERMINATION);
  g_assert_true (ml_runtime_world_stopped (s.rt));
  ml_runtime_end_step (s.rt);
  g_assert_cmpuint (sim_test_count_events (s.rt, ML_EVENT_CYCLE_START), ==, 1);

  for (guint i = 0; i < 1000 && ml_runtime_gc_unit (s.rt); i++)
    {
      guint n;
      const MlEvent *ev;

      ml_runtime_end_step (s.rt);
      ev = ml_runtime_get_events (s.rt, &n);
      for (guint k = 0; k < n; k++)
        if (ev[k].kind == ML_EVENT_PHASE)
          {
            guint p = ev[k].value;
            g_array_append_val (phases, p);
          }
      if (ml_runtime_get_phase (s.rt) == ML_GC_MARK)
        {
          g_assert_false (ml_runtime_world_stopped (s.rt));
          /* Mark bits only: garbage stays white through the whole mark. */
          g_assert_cmpint (sim_test_colour (s.rt, garbage), ==, ML_COLOUR_WHITE);
        }
      if (ml_runtime_get_phase (s.rt) == ML_GC_MARK_TERMINATION)
        g_assert_true (ml_runtime_world_stopped (s.rt));
      if (ml_runtime_get_phase (s.rt) == ML_GC_SWEEP && sim_test_is_live (s.rt, garbage))
        {
          /* Marked but not yet swept: survivors black, garbage white. */
          g_assert_cmpint (sim_test_colour (s.rt, s.x), ==, ML_COLOUR_BLACK);
          g_assert_cmpint (sim_test_colour (s.rt, garbage), ==, ML_COLOUR_WHITE);
        }
    }
  g_assert_cmpuint (phases->len, ==, G_N_ELEMENTS (expected) - 1);
  for (guint i = 0; i < phases->len; i++)
    g_assert_cmpuint (g_array_index (phases, guint, i), ==, expected[i + 1]);
  g_assert_cmpint (ml_runtime_get_phase (s.rt), ==, ML_GC_OFF);
  g_assert_cmpuint (ml_runtime_get_num_gc (s.rt), ==, 1);
  g_assert_false (sim_test_is_live (s.rt, garbage));
  g_assert_true (sim_test_is_live (s.rt, s.x));
  g_assert_true (sim_test_is_live (s.rt, s.w));
  g_assert_cmpint (sim_test_colour (s.rt, s.x), ==, ML_COLOUR_WHITE);
  g_array_unref (phases);
  scene_clear (&s);
}

static void
test_allocate_black (void)
{
  Scene s;
  guint64 fresh;

  scene_init (&s);
  ml_runtime_gc_start (s.rt);
  sim_test_run_until (s.rt, ML_GC_MARK);
  fresh = ml_runtime_new_object (s.rt, sim_test_node_type (s.rt));
  g_assert_cmpint (sim_test_colour (s.rt, fresh), ==, ML_COLOUR_BLACK);
  /* Floating garbage: unreachable, but allocated black, it survives this cycle... */
  sim_test_run_until (s.rt, ML_GC_OFF);
  g_assert_true (sim_test_is_live (s.rt, fresh));
  /* ...and dies in the next. */
  ml_runtime_gc_collect (s.rt);
  g_assert_false (sim_test_is_live (s.rt, fresh));
  scene_clear (&s);
}

/* The classic lost object: X is black, G grey, G.left = W.  The mutator copies W into X and
 * deletes it from G.  Only the write barrier saves W. */
static void
run_lost_object (Scene    *s,
                 gboolean  barrier)
{
  ml_runtime_set_checker (s->rt, ML_CHECK_ALL);
  ml_runtime_set_write_barrier (s->rt, barrier);
  ml_runtime_gc_start (s->rt);
  sim_test_run_until (s->rt, ML_GC_MARK);
  for (guint i = 0; i < 100 && sim_test_colour (s->rt, s->x) != ML_COLOUR_BLACK; i++)
    ml_runtime_gc_unit (s->rt);
  g_assert_cmpint (sim_test_colour (s->rt, s->x), ==, ML_COLOUR_BLACK);
  g_assert_cmpint (sim_test_colour (s->rt, s->g), ==, ML_COLOUR_GREY);
  g_assert_cmpint (sim_test_colour (s->rt, s->w), ==, ML_COLOUR_WHITE);
  ml_runtime_end_step (s->rt);

  ml_runtime_write_pointer (s->rt, s->x, s->w);         /* X.left = W */
  ml_runtime_end_step (s->rt);
  if (barrier)
    g_assert_cmpuint (sim_test_count_events (s->rt, ML_EVENT_WB_SHADE), ==, 1);
  else
    g_assert_cmpuint (sim_test_count_events (s->rt, ML_EVENT_WB_SHADE), ==, 0);
  g_assert_cmpuint (ml_runtime_check_invariants (s->rt), ==, 0);

  ml_runtime_write_pointer (s->rt, s->g, 0);            /* G.left = nil */
  ml_runtime_end_step (s->rt);
  if (barrier)
    {
      /* Deletion part: the old value W was recorded again. */
      g_assert_cmpuint (sim_test_count_events (s->rt, ML_EVENT_WB_SHADE), ==, 1);
      g_assert_cmpuint (ml_runtime_check_invariants (s->rt), ==, 0);
    }
  else
    g_assert_cmpuint (ml_runtime_check_invariants (s->rt), >=, 1);

  sim_test_run_until (s->rt, ML_GC_SWEEP);
  sim_test_run_until (s->rt, ML_GC_OFF);
}

static void
test_lost_object_barrier_on (void)
{
  Scene s;

  scene_init (&s);
  run_lost_object (&s, TRUE);
  g_assert_true (sim_test_is_live (s.rt, s.w));
  g_assert_cmpuint (ml_runtime_get_n_violations (s.rt), ==, 0);
  scene_clear (&s);
}

static void
test_lost_object_barrier_off (void)
{
  Scene s;
  guint64 before;

  scene_init (&s);
  run_lost_object (&s, FALSE);
  /* W is still reachable (gx -> X -> W) and yet it was freed. */
  g_assert_false (sim_test_is_live (s.rt, s.w));
  before = ml_runtime_get_n_violations (s.rt);
  g_assert_cmpuint (before, >=, 3);
  scene_clear (&s);
}

static void
test_violation_events (void)
{
  Scene s;
  gboolean seen[4] = { FALSE, };

  scene_init (&s);
  ml_runtime_set_checker (s.rt, ML_CHECK_ALL);
  ml_runtime_set_write_barrier (s.rt, FALSE);
  ml_runtime_gc_start (s.rt);
  sim_test_run_until (s.rt, ML_GC_MARK);
  while (sim_test_colour (s.rt, s.x) != ML_COLOUR_BLACK)
    ml_runtime_gc_unit (s.rt);
  ml_runtime_write_pointer (s.rt, s.x, s.w);
  ml_runtime_write_pointer (s.rt, s.g, 0);
  for (gboolean first = TRUE; ml_runtime_get_phase (s.rt) != ML_GC_OFF; first = FALSE)
    {
      guint n;
      const MlEvent *ev;

      /* The first step is the mutator's two stores; the others are collector units. */
      if (!first)
        ml_runtime_gc_unit (s.rt);
      ml_runtime_end_step (s.rt);
      ev = ml_runtime_get_events (s.rt, &n);
      for (guint i = 0; i < n; i++)
        if (ev[i].kind == ML_EVENT_INVARIANT_VIOLATION)
          {
            g_assert_cmpuint (ev[i].value, <, 4);
            g_assert_cmpuint (ev[i].addr, ==, s.w);
            seen[ev[i].value] = TRUE;
          }
    }
  g_assert_true (seen[ML_VIOLATION_BLACK_TO_WHITE]);
  g_assert_true (seen[ML_VIOLATION_REACHABLE_WHITE]);
  g_assert_true (seen[ML_VIOLATION_FREED_REACHABLE]);
  scene_clear (&s);
}

/* No barrier on stores into the current frame; globals do get one. */
static void
test_barrier_scope (void)
{
  Scene s;
  g_autoptr(MlFrameLayout) layout = ml_frame_layout_new ("main.main");
  const MlRtype *pnode;
  guint64 base, off;
  guint id;

  scene_init (&s);
  pnode = ml_rtype_registry_pointer_to (ml_runtime_get_types (s.rt), sim_test_node_type (s.rt));
  off = ml_frame_layout_add_slot (layout, "p", pnode, ML_SLOT_LOCAL);
  id = ml_runtime_register_frame_layout (s.rt, layout);
  base = ml_runtime_push_frame (s.rt, 1, id);
  ml_runtime_gc_start (s.rt);
  sim_test_run_until (s.rt, ML_GC_MARK);
  ml_runtime_end_step (s.rt);
  ml_runtime_write_pointer (s.rt, base + off, s.w);
  ml_runtime_end_step (s.rt);
  g_assert_cmpuint (sim_test_count_events (s.rt, ML_EVENT_WB_SHADE), ==, 0);
  ml_runtime_write_pointer (s.rt, s.gx, s.w);
  ml_runtime_end_step (s.rt);
  /* Old value X and new value W. */
  g_assert_cmpuint (sim_test_count_events (s.rt, ML_EVENT_WB_SHADE), ==, 2);
  scene_clear (&s);
}

static guint64
goal_formula (const MlPacerState *p,
              gint                gogc)
{
  /* The runtime's own objects (63176 bytes at 2 P) are in Go's marked heap; the views leave
   * them out. */
  guint64 marked = p->heap_marked + 63176;
  guint64 goal = marked + (marked + p->last_stack_scan + p->globals_scan) * gogc / 100;

  return MAX (goal, (G_GUINT64_CONSTANT (4) << 20) * gogc / 100);
}

static void
check_pacer (gint   gogc,
             double ratio)
{
  g_autoptr(MlRuntime) rt = ml_runtime_new ();
  MlRtypeRegistry *reg = ml_runtime_get_types (rt);
  const MlRtype *t_byte = ml_rtype_registry_basic (reg, ML_KIND_UINT8);
  const MlRtype *holder = ml_rtype_registry_array_of (reg, ml_rtype_registry_basic (reg, ML_KIND_UNSAFE_POINTER), 40);
  guint64 g = ml_runtime_add_global (rt, "main.keep", holder, FALSE);
  MlPacerState p;
  MlMemStats st;

  ml_runtime_set_history_enabled (rt, FALSE);
  ml_runtime_set_events_enabled (rt, FALSE);
  ml_runtime_set_gogc (rt, gogc);
  ml_runtime_read_pacer (rt, &p);
  g_assert_cmpuint (p.heap_goal, ==, (G_GUINT64_CONSTANT (4) << 20) * gogc / 100);
  g_assert_cmpuint (p.trigger, ==, p.heap_goal * 61 / 64);

  /* 40 MiB live, as the experiment of go-runtime.md section 4.1. */
  for (guint i = 0; i < 40; i++)
    ml_runtime_write_pointer (rt, g + i * 8, ml_runtime_malloc (rt, 1 << 20, t_byte));
  for (guint i = 0; i < 100; i++)
    ml_runtime_malloc (rt, 1 << 16, t_byte);                    /* garbage */
  ml_runtime_gc_collect (rt);
  ml_runtime_read_pacer (rt, &p);
  ml_runtime_read_memstats (rt, &st);

  g_assert_cmpuint (p.heap_marked, ==, 40u << 20);
  g_assert_cmpuint (p.heap_goal, ==, goal_formula (&p, gogc));
  g_assert_cmpuint (st.next_gc, ==, p.heap_goal);
  g_assert_cmpfloat_with_epsilon ((double) st.next_gc / (st.heap_alloc + 63176), ratio, 0.01);
  g_assert_cmpuint (p.trigger, >=, p.heap_marked + (p.heap_goal - p.heap_marked) / 64 * 45);
  g_assert_cmpuint (p.trigger, <=, p.heap_goal);
}

static void
test_pacer_gogc_50 (void)
{
  check_pacer (50, 1.5);
}

static void
test_pacer_gogc_100 (void)
{
  check_pacer (100, 2.0);
}

static void
test_pacer_gogc_200 (void)
{
  check_pacer (200, 3.0);
}

static void
test_pacer_limits (void)
{
  g_autoptr(MlRuntime) rt = ml_runtime_new ();
  MlRtypeRegistry *reg = ml_runtime_get_types (rt);
  const MlRtype *t_byte = ml_rtype_registry_basic (reg, ML_KIND_UINT8);
  const MlRtype *holder = ml_rtype_registry_array_of (reg, ml_rtype_registry_basic (reg, ML_KIND_UNSAFE_POINTER), 40);
  guint64 g = ml_runtime_add_global (rt, "main.keep", holder, FALSE);
  MlPacerState p;

  ml_runtime_set_history_enabled (rt, FALSE);
  ml_runtime_set_heap_minimum (rt, 512 * 1024);
  ml_runtime_read_pacer (rt, &p);
  g_assert_cmpuint (p.heap_goal, ==, 512 * 1024);
  ml_runtime_set_heap_minimum (rt, 4 << 20);

  for (guint i = 0; i < 40; i++)
    ml_runtime_write_pointer (rt, g + i * 8, ml_runtime_malloc (rt, 1 << 20, t_byte));
  ml_runtime_gc_collect (rt);
  ml_runtime_read_pacer (rt, &p);
  g_assert_cmpuint (p.heap_goal, >, 80u << 20);

  /* GOMEMLIMIT=60MiB caps the goal below GOGC's 80+ MiB, never below the live heap. */
  ml_runtime_set_memory_limit (rt, 60 << 20);
  ml_runtime_read_pacer (rt, &p);
  g_assert_cmpuint (p.heap_goal, <, 60u << 20);
  g_assert_cmpuint (p.heap_goal, >=, 40u << 20);

  /* GOGC=off with no limit: the goal is the memory limit's, MaxInt64 less the memory that is
   * not heap objects and 3% of headroom, which gctrace prints as 8532210231537 MB for a
   * small program (Go 1.27 prints the same). */
  ml_runtime_set_memory_limit (rt, G_MAXINT64);
  ml_runtime_set_gogc (rt, -1);
  ml_runtime_read_pacer (rt, &p);
  g_assert_cmpuint (p.heap_goal >> 20, ==, G_GUINT64_CONSTANT (8532210231537));
}

/* Allocation alone starts a cycle once heapLive crosses the trigger. */
static void
test_trigger (void)
{
  g_autoptr(MlRuntime) rt = ml_runtime_new ();
  const MlRtype *node = sim_test_node_type (rt);
  MlPacerState p;
  guint i;

  ml_runtime_set_history_enabled (rt, FALSE);
  ml_runtime_set_heap_minimum (rt, 256 * 1024);
  ml_runtime_read_pacer (rt, &p);
  /* heapLive starts with the runtime's own objects (HeapAlloc at the start of a Go 1.27
   * program that declares nothing, GOMAXPROCS=2), which the trigger counts and the views,
   * which read the program's heap, do not. */
  g_assert_cmpuint (p.heap_live, ==, 0);
  for (i = 0; i < 100000 && ml_runtime_get_phase (rt) == ML_GC_OFF; i++)
    ml_runtime_new_object (rt, node);
  g_assert_cmpint (ml_runtime_get_phase (rt), ==, ML_GC_SWEEP_TERMINATION);
  g_assert_true (ml_runtime_world_stopped (rt));
  g_assert_cmpuint (63176 + (guint64) i * 24, >=, p.trigger - 8192);
  g_assert_cmpuint (63176 + (guint64) i * 24, <=, p.trigger + 8192);
}

static void
test_gctrace (void)
{
  g_autoptr(MlRuntime) rt = ml_runtime_new ();
  g_autoptr(GRegex) re = NULL;
  g_autofree char *line1 = NULL;
  g_autofree char *line2 = NULL;
  const MlRtype *node = sim_test_node_type (rt);

  re = g_regex_new ("^gc (\\d+) @\\d+\\.\\d{3}s \\d+%: [0-9.]+\\+[0-9.]+\\+[0-9.]+ ms clock, "
                    "[0-9.]+\\+[0-9.]+/[0-9.]+/[0-9.]+\\+[0-9.]+ ms cpu, \\d+->\\d+->\\d+ MB, "
                    "\\d+ MB goal, \\d+ MB stacks, \\d+ MB globals, 2 P( \\(forced\\))?$", 0, 0, NULL);
  g_assert_nonnull (re);

  ml_runtime_gc_collect (rt);
  line1 = ml_runtime_gctrace_line (rt, 1);
  g_assert_nonnull (line1);
  g_assert_true (g_regex_match (re, line1, 0, NULL));
  g_assert_true (g_str_has_prefix (line1, "gc 1 @0.000s "));
  g_assert_true (g_str_has_suffix (line1, ", 0->0->0 MB, 4 MB goal, 0 MB stacks, 0 MB globals, 2 P (forced)"));
  /* The cost model: 20 us of sweep termination, 5 us of mark termination, and between them
   * a mark of an empty heap that takes longer than both, as Go's does: a worker's start
   * (30 us), the runtime's own roots (31 us) and the handshake with both Ps (20 us), all of
   * it the worker's CPU time. */
  g_test_message ("%s", line1);
  g_assert_nonnull (strstr (line1, ": 0.020+0.081+0.005 ms clock, 0.040+0/0.081/0+0.010 ms cpu"));

  ml_runtime_set_heap_minimum (rt, 1 << 20);
  while (ml_runtime_get_num_gc (rt) < 2)
    {
      ml_runtime_new_object (rt, node);
      while (ml_runtime_gc_work_due (rt))
        ml_runtime_gc_unit (rt);
    }
  line2 = ml_runtime_gctrace_line (rt, 2);
  g_assert_true (g_regex_match (re, line2, 0, NULL));
  g_assert_true (g_str_has_prefix (line2, "gc 2 @"));
  g_assert_false (g_str_has_suffix (line2, "(forced)"));
  g_assert_null (ml_runtime_gctrace_line (rt, 3));
}

/* runtime.GC(): finishes a cycle in progress, runs a full forced one, sweeps everything. */
static void
test_runtime_gc (void)
{
  Scene s;
  MlMemStats st;
  g_autoptr(MlSnapshot) snap = NULL;

  scene_init (&s);
  ml_runtime_gc_start (s.rt);
  sim_test_run_until (s.rt, ML_GC_MARK);
  ml_runtime_gc_unit (s.rt);
  ml_runtime_gc_collect (s.rt);
  ml_runtime_read_memstats (s.rt, &st);
  g_assert_cmpuint (st.num_gc, ==, 2);
  g_assert_cmpuint (st.num_forced_gc, ==, 1);
  g_assert_cmpint (ml_runtime_get_phase (s.rt), ==, ML_GC_OFF);
  snap = ml_runtime_snapshot (s.rt, ML_SNAPSHOT_SPANS);
  for (guint i = 0; i < snap->n_spans; i++)
    g_assert_false (snap->spans[i].needs_sweep);
  g_assert_cmpuint (st.pause_total_ns, >, 0);
  g_assert_cmpuint (st.pause_ns[1], ==, 25000);   /* 20 us + 5 us of the cost model */
  g_assert_cmpuint (st.last_gc, >, 0);
  scene_clear (&s);
}

static void
check_workers (guint        procs,
               guint        dedicated,
               double       fractional,
               MlWorkerKind must_see)
{
  g_autoptr(MlRuntime) rt = ml_runtime_new ();
  const MlRtype *node = sim_test_node_type (rt);
  const MlRtype *pnode = ml_rtype_registry_pointer_to (ml_runtime_get_types (rt), node);
  guint64 root = ml_runtime_add_global (rt, "main.root", pnode, FALSE);
  guint64 prev = 0;
  gboolean seen = FALSE;
  MlPacerState p;

  ml_runtime_set_gomaxprocs (rt, procs);
  for (guint i = 0; i < 200; i++)
    {
      guint64 n = ml_runtime_new_object (rt, node);

      ml_runtime_write_pointer (rt, n, prev);
      prev = n;
    }
  ml_runtime_write_pointer (rt, root, prev);
  ml_runtime_end_step (rt);
  ml_runtime_gc_start (rt);
  ml_runtime_gc_unit (rt);
  ml_runtime_read_pacer (rt, &p);
  g_assert_cmpuint (p.dedicated_workers, ==, dedicated);
  g_assert_cmpfloat_with_epsilon (p.fractional_goal, fractional, 1e-4);
  ml_runtime_end_step (rt);
  while (ml_runtime_get_phase (rt) == ML_GC_MARK)
    {
      guint n;
      const MlEvent *ev;

      /* The mutator runs; workers earn their share of its time. */
      ml_runtime_advance (rt, 1000);
      while (ml_runtime_gc_work_due (rt) && ml_runtime_get_phase (rt) == ML_GC_MARK)
        ml_runtime_gc_unit (rt);
      ml_runtime_end_step (rt);
      ev = ml_runtime_get_events (rt, &n);
      for (guint i = 0; i < n; i++)
        if (ev[i].kind == ML_EVENT_SCAN && ev[i].worker == must_see)
          seen = TRUE;
    }
  g_assert_true (seen);
}

static void
test_workers (void)
{
  check_workers (2, 0, 0.25, ML_WORKER_FRACTIONAL);
  check_workers (4, 1, 0, ML_WORKER_DEDICATED);
  check_workers (6, 1, 0.25 * 6 - 1 == 0.5 ? 0.5 / 6 : 0.0833, ML_WORKER_DEDICATED);
  check_workers (8, 2, 0, ML_WORKER_DEDICATED);
  check_workers (1, 0, 0.25, ML_WORKER_FRACTIONAL);
}

static void
test_assists (void)
{
  g_autoptr(MlRuntime) rt = ml_runtime_new ();
  const MlRtype *node = sim_test_node_type (rt);
  const MlRtype *pnode = ml_rtype_registry_pointer_to (ml_runtime_get_types (rt), node);
  guint64 root = ml_runtime_add_global (rt, "main.root", pnode, FALSE);
  guint64 prev = 0;
  guint assists = 0;

  ml_runtime_set_heap_minimum (rt, 1 << 20);
  for (guint i = 0; i < 30000; i++)
    {
      guint64 n = ml_runtime_new_object (rt, node);

      ml_runtime_write_pointer (rt, n, prev);
      prev = n;
    }
  ml_runtime_write_pointer (rt, root, prev);
  ml_runtime_gc_start (rt);
  ml_runtime_gc_unit (rt);
  ml_runtime_end_step (rt);
  /* Allocate without giving the workers any time: allocation pays for marking itself. */
  for (guint i = 0; i < 20000 && ml_runtime_get_phase (rt) == ML_GC_MARK; i++)
    {
      guint n;
      const MlEvent *ev;

      ml_runtime_new_object (rt, node);
      ml_runtime_end_step (rt);
      ev = ml_runtime_get_events (rt, &n);
      for (guint k = 0; k < n; k++)
        if (ev[k].kind == ML_EVENT_ASSIST)
          {
            g_assert_cmpuint (ev[k].worker, ==, ML_WORKER_ASSIST);
            g_assert_cmpuint (ev[k].worker_id, ==, 1);
            assists++;
          }
    }
  g_assert_cmpuint (assists, >, 0);
}

/* The per-P buffer holds 512 pointers; a mutator that fills it flushes it itself. */
static void
test_wb_buffer_full (void)
{
  Scene s;
  guint flushes = 0;

  scene_init (&s);
  ml_runtime_gc_start (s.rt);
  sim_test_run_until (s.rt, ML_GC_MARK);
  ml_runtime_end_step (s.rt);
  for (guint i = 0; i < 300; i++)
    {
      guint n;
      const MlEvent *ev;

      /* Each store records the old and the new pointer. */
      ml_runtime_write_pointer (s.rt, s.gx, i % 2 ? s.w : s.g);
      ml_runtime_end_step (s.rt);
      ev = ml_runtime_get_events (s.rt, &n);
      for (guint k = 0; k < n; k++)
        if (ev[k].kind == ML_EVENT_WB_FLUSH)
          {
            g_assert_cmpuint (ev[k].worker, ==, ML_WORKER_MUTATOR);
            g_assert_cmpuint (ev[k].value, ==, 512);
            flushes++;
          }
    }
  g_assert_cmpuint (flushes, ==, 1);
  scene_clear (&s);
}

/* gcMarkTinyAllocs: the active tiny block is greyed at the start of the cycle. */
static void
test_tiny_block_greyed (void)
{
  g_autoptr(MlRuntime) rt = ml_runtime_new ();
  guint64 x = ml_runtime_malloc (rt, 8, ml_rtype_registry_basic (ml_runtime_get_types (rt), ML_KIND_INT));

  g_assert_cmpint (sim_test_colour (rt, x), ==, ML_COLOUR_WHITE);
  ml_runtime_gc_start (rt);
  ml_runtime_gc_unit (rt);
  g_assert_cmpint (ml_runtime_get_phase (rt), ==, ML_GC_MARK);
  /* Tiny blocks are noscan: shading makes them black at once. */
  g_assert_cmpint (sim_test_colour (rt, x), ==, ML_COLOUR_BLACK);
  sim_test_run_until (rt, ML_GC_OFF);
  /* Unreachable, it survives this cycle as floating garbage and dies in the next. */
  g_assert_true (sim_test_is_live (rt, x));
  ml_runtime_gc_collect (rt);
  g_assert_false (sim_test_is_live (rt, x));
}

/* The quiet drain scans spans of 16- to 512-byte objects span by span, as Go 1.27's Green Tea
 * collector does, so objects still on the shared work list may be black by the time it
 * returns.  Stepping object by object afterwards, under the tricolour referee, must skip them,
 * and the cycle must still keep exactly what is reachable. */
static void
test_span_batched_drain (void)
{
  g_autoptr(MlRuntime) rt = ml_runtime_new ();
  MlRtypeRegistry *reg = ml_runtime_get_types (rt);
  const MlRtype *node = sim_test_node_type (rt);
  const guint n = 4000, n_roots = 64, n_garbage = 1000;
  guint64 roots = ml_runtime_add_global (rt, "main.roots",
                                         ml_rtype_registry_array_of (reg, ml_rtype_registry_pointer_to (reg, node), n_roots),
                                         FALSE);
  g_autofree guint64 *addr = g_new (guint64, n);
  g_autoptr(GRand) rand = g_rand_new_with_seed (7);
  guint black = 0, grey = 0, units = 0;
  MlMemStats st;

  ml_runtime_set_gogc (rt, -1);
  for (guint i = 0; i < n; i++)
    addr[i] = ml_runtime_new_object (rt, node);
  for (guint i = 0; i < n_garbage; i++)
    ml_runtime_new_object (rt, node);
  for (guint i = 0; i < n; i++)
    {
      ml_runtime_write_pointer (rt, addr[i], addr[g_rand_int_range (rand, 0, n)]);
      ml_runtime_write_pointer (rt, addr[i] + 8, i + 1 < n ? addr[i + 1] : 0);
    }
  /* The roots point into one span, so the work list holds many objects of the span that the
   * first scanned object queues. */
  for (guint i = 0; i < n_roots; i++)
    ml_runtime_write_pointer (rt, roots + i * 8, addr[i]);
  ml_runtime_end_step (rt);

  ml_runtime_set_events_enabled (rt, FALSE);
  ml_runtime_gc_start (rt);
  sim_test_run_until (rt, ML_GC_MARK);
  /* Quiet units, each paid by a little worker time, until some but not all is scanned. */
  while (black == 0)
    {
      g_autoptr(MlSnapshot) snap = NULL;

      ml_runtime_advance (rt, 2000);
      while (ml_runtime_gc_work_due (rt) && ml_runtime_get_phase (rt) == ML_GC_MARK)
        ml_runtime_gc_unit (rt);
      snap = ml_runtime_snapshot (rt, ML_SNAPSHOT_OBJECTS);
      for (guint i = 0; i < snap->n_objects; i++)
        {
          black += snap->objects[i].colour == ML_COLOUR_BLACK;
          grey += snap->objects[i].colour == ML_COLOUR_GREY;
        }
      g_assert_cmpint (ml_runtime_get_phase (rt), ==, ML_GC_MARK);
    }
  g_assert_cmpuint (grey, >, 0);
  g_assert_cmpuint (black, <, n / 2);

  /* The rest one object at a time, watched. */
  ml_runtime_set_events_enabled (rt, TRUE);
  ml_runtime_set_checker (rt, ML_CHECK_ALL);
  while (ml_runtime_get_phase (rt) != ML_GC_OFF)
    {
      g_assert_true (ml_runtime_gc_unit (rt) || ml_runtime_get_phase (rt) == ML_GC_OFF);
      ml_runtime_end_step (rt);
      units++;
    }
  g_assert_cmpuint (units, >, 100);
  g_assert_cmpuint (ml_runtime_get_n_violations (rt), ==, 0);
  for (guint i = 0; i < n; i++)
    g_assert_true (sim_test_is_live (rt, addr[i]));
  ml_runtime_read_memstats (rt, &st);
  g_assert_cmpuint (st.heap_objects, ==, n);
  g_assert_cmpuint (st.frees, ==, n_garbage);
}

static void
test_sweep_stats (void)
{
  g_autoptr(MlRuntime) rt = ml_runtime_new ();
  const MlRtype *node = sim_test_node_type (rt);
  MlMemStats st;

  ml_runtime_set_gogc (rt, -1);
  for (guint i = 0; i < 100; i++)
    ml_runtime_new_object (rt, node);
  ml_runtime_malloc (rt, 4167 * 24, node);          /* large: 13 pages */
  ml_runtime_gc_collect (rt);
  ml_runtime_read_memstats (rt, &st);
  g_assert_cmpuint (st.mallocs, ==, 101);
  g_assert_cmpuint (st.frees, ==, 101);
  g_assert_cmpuint (st.heap_objects, ==, 0);
  g_assert_cmpuint (st.heap_alloc, ==, 0);
  g_assert_cmpuint (st.total_alloc, ==, 100 * 24 + 106496);
  g_assert_cmpuint (st.by_size[3].frees, ==, 100);
  g_assert_cmpuint (st.heap_inuse, ==, 0);
  g_assert_cmpuint (st.num_gc, ==, 1);
  g_assert_cmpuint (st.num_forced_gc, ==, 1);
}

/* After a cycle the heap in use is what the mark found live, and stays so: the spans the
 * mcache held through mark termination are stale, and releasing them must not subtract
 * their unused slots a second time (mcache.releaseAll's s.sweepgen != sg+1 test). */
static void
test_heap_live_after_cycle (void)
{
  Scene s;
  g_autoptr(MlSnapshot) snap = NULL;
  guint64 size;

  scene_init (&s);
  size = sim_test_node_type (s.rt)->size;
  ml_runtime_gc_collect (s.rt);
  ml_runtime_end_step (s.rt);
  snap = ml_runtime_snapshot (s.rt, ML_SNAPSHOT_ALL);
  g_assert_cmpuint (snap->pacer.heap_marked, ==, 3 * size);
  g_assert_cmpuint (snap->pacer.heap_live, ==, 3 * size);
  scene_clear (&s);
}

/* GOGC=0: the heap minimum is 0 and the goal is the marked heap, but while the last cycle's
 * spans are being swept the pacer keeps a sweep distance (sweepMinHeapDistance, 1 MiB): so a
 * cycle starts at once, and then one each time the heap grows about 1 MiB. */
static void
test_gogc_zero (void)
{
  g_autoptr(MlRuntime) rt = ml_runtime_new ();
  const MlRtype *node = sim_test_node_type (rt);
  MlPacerState p;
  guint64 n = (G_GUINT64_CONSTANT (7) << 19) / 24;

  ml_runtime_set_history_enabled (rt, FALSE);
  ml_runtime_set_gogc (rt, 0);
  ml_runtime_read_pacer (rt, &p);
  g_assert_cmpuint (p.heap_minimum, ==, 0);
  g_assert_cmpuint (p.heap_goal, ==, 0);
  for (guint64 i = 0; i < n; i++)
    {
      while (ml_runtime_world_stopped (rt) || ml_runtime_gc_work_due (rt))
        ml_runtime_gc_unit (rt);
      ml_runtime_new_object (rt, node);
      ml_runtime_advance (rt, 100);
      if (i == 100)
        g_assert_cmpuint (ml_runtime_get_num_gc (rt), ==, 1);
    }
  /* 3.5 MiB of objects that all stay reachable from nothing: cycles at 0, 1, 2 and 3 MiB. */
  g_assert_cmpuint (ml_runtime_get_num_gc (rt), ==, 4);
  ml_runtime_read_pacer (rt, &p);
  g_assert_cmpuint (p.heap_goal, >=, p.heap_marked + (1u << 20));
}

/* forcegcperiod: two minutes of running without a collection force one. */
static void
test_periodic (void)
{
  g_autoptr(MlRuntime) rt = ml_runtime_new ();
  gboolean seen = FALSE;

  /* Not before a first collection. */
  ml_runtime_advance (rt, G_GUINT64_CONSTANT (200) * 1000000000);
  g_assert_cmpint (ml_runtime_get_phase (rt), ==, ML_GC_OFF);
  ml_runtime_gc_collect (rt);
  ml_runtime_end_step (rt);
  ml_runtime_advance (rt, G_GUINT64_CONSTANT (100) * 1000000000);
  g_assert_cmpint (ml_runtime_get_phase (rt), ==, ML_GC_OFF);
  ml_runtime_advance (rt, G_GUINT64_CONSTANT (30) * 1000000000);
  g_assert_cmpint (ml_runtime_get_phase (rt), ==, ML_GC_SWEEP_TERMINATION);
  ml_runtime_end_step (rt);
  {
    guint n;
    const MlEvent *ev = ml_runtime_get_events (rt, &n);

    for (guint i = 0; i < n; i++)
      if (ev[i].kind == ML_EVENT_CYCLE_START && ev[i].aux == ML_GC_TRIGGER_TIME)
        seen = TRUE;
  }
  g_assert_true (seen);
  sim_test_run_until (rt, ML_GC_OFF);
  {
    g_autofree char *line = ml_runtime_gctrace_line (rt, 2);

    g_assert_true (g_str_has_prefix (line, "gc 2 @330."));
    g_assert_false (g_str_has_suffix (line, "(forced)"));
  }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/sim/gc/phases", test_phases);
  g_test_add_func ("/sim/gc/allocate-black", test_allocate_black);
  g_test_add_func ("/sim/gc/lost-object/barrier-on", test_lost_object_barrier_on);
  g_test_add_func ("/sim/gc/lost-object/barrier-off", test_lost_object_barrier_off);
  g_test_add_func ("/sim/gc/lost-object/events", test_violation_events);
  g_test_add_func ("/sim/gc/barrier-scope", test_barrier_scope);
  g_test_add_func ("/sim/gc/pacer/gogc-50", test_pacer_gogc_50);
  g_test_add_func ("/sim/gc/pacer/gogc-100", test_pacer_gogc_100);
  g_test_add_func ("/sim/gc/pacer/gogc-200", test_pacer_gogc_200);
  g_test_add_func ("/sim/gc/pacer/limits", test_pacer_limits);
  g_test_add_func ("/sim/gc/trigger", test_trigger);
  g_test_add_func ("/sim/gc/gctrace", test_gctrace);
  g_test_add_func ("/sim/gc/runtime-gc", test_runtime_gc);
  g_test_add_func ("/sim/gc/workers", test_workers);
  g_test_add_func ("/sim/gc/assists", test_assists);
  g_test_add_func ("/sim/gc/wb-buffer-full", test_wb_buffer_full);
  g_test_add_func ("/sim/gc/tiny-block-greyed", test_tiny_block_greyed);
  g_test_add_func ("/sim/gc/span-batched-drain", test_span_batched_drain);
  g_test_add_func ("/sim/gc/sweep-stats", test_sweep_stats);
  g_test_add_func ("/sim/gc/gogc-zero", test_gogc_zero);
  g_test_add_func ("/sim/gc/heap-live-after-cycle", test_heap_live_after_cycle);
  g_test_add_func ("/sim/gc/periodic", test_periodic);
  return g_test_run ();
}
