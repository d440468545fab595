/* bench-sim.c
 *
 * Copyright 2026 The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Benchmarks of the runtime model.  Each prints "bench NAME VALUE UNIT" lines; none fails on
 * speed.  Run one by naming it: bench-sim gc_full_cycle_vs_bfs | alloc_ns | history.
 */

#include <string.h>

#include "ml-runtime.h"

static const MlRtype *
node3_type (MlRuntime *rt)
{
  MlRtypeRegistry *reg = ml_runtime_get_types (rt);
  const MlRtype *p = ml_rtype_registry_basic (reg, ML_KIND_UNSAFE_POINTER);
  MlRtypeField fields[] = { { "a", p, 0, FALSE }, { "b", p, 0, FALSE }, { "c", p, 0, FALSE } };

  return ml_rtype_registry_struct (reg, "main.Node3", fields, 3);
}

static double
now_s (void)
{
  return g_get_monotonic_time () / 1e6;
}

/* One full cycle over 1,000,000 objects and 3,000,000 references, against a plain C BFS of
 * the same graph (adjacency arrays) in the same run. */
/* MEMLAB_BENCH_DIVIDE=N shrinks the work N times, for profiling under valgrind. */
static guint
scaled (guint n)
{
  const char *d = g_getenv ("MEMLAB_BENCH_DIVIDE");
  guint div = d ? (guint) g_ascii_strtoull (d, NULL, 10) : 1;

  return n / MAX (div, 1);
}

static void
bench_gc_vs_bfs (void)
{
  const guint n = scaled (1000000);
  g_autoptr(MlRuntime) rt = ml_runtime_new ();
  const MlRtype *node = node3_type (rt);
  guint64 root = ml_runtime_add_global (rt, "main.root", ml_rtype_registry_pointer_to (ml_runtime_get_types (rt), node), FALSE);
  g_autofree guint64 *addr = g_new (guint64, n);
  g_autofree guint32 *adj = g_new (guint32, (gsize) n * 3);
  g_autofree guint32 *queue = g_new (guint32, n);
  g_autofree guint8 *seen = NULL;
  GRand *rand = g_rand_new_with_seed (42);
  double t0, t_gc = G_MAXDOUBLE, t_bfs = G_MAXDOUBLE;
  guint reached = 0;
  MlMemStats st;

  ml_runtime_set_history_enabled (rt, FALSE);
  ml_runtime_set_events_enabled (rt, FALSE);
  ml_runtime_set_gogc (rt, -1);

  for (guint i = 0; i < n; i++)
    addr[i] = ml_runtime_new_object (rt, node);
  for (guint i = 0; i < n; i++)
    {
      /* A spine keeps everything reachable; two random references per object. */
      adj[i * 3] = i + 1 < n ? i + 1 : 0;
      adj[i * 3 + 1] = g_rand_int_range (rand, 0, n);
      adj[i * 3 + 2] = g_rand_int_range (rand, 0, n);
      for (guint k = 0; k < 3; k++)
        ml_runtime_write_pointer (rt, addr[i] + k * 8, addr[adj[i * 3 + k]]);
    }
  ml_runtime_write_pointer (rt, root, addr[0]);
  ml_runtime_end_step (rt);

  /* Five rounds of one full cycle and one BFS, interleaved so that a noisy neighbour hurts
   * both alike; the best of each is reported.  Every cycle marks and sweeps the whole heap. */
  for (guint run = 0; run < 5; run++)
    {
      guint head = 0, tail = 0;

      t0 = now_s ();
      ml_runtime_gc_collect (rt);
      t_gc = MIN (t_gc, now_s () - t0);

      g_clear_pointer (&seen, g_free);
      t0 = now_s ();
      seen = g_new0 (guint8, n);
      seen[0] = 1;
      queue[tail++] = 0;
      while (head < tail)
        {
          guint32 v = queue[head++];

          for (guint k = 0; k < 3; k++)
            {
              guint32 w = adj[v * 3 + k];

              if (!seen[w])
                {
                  seen[w] = 1;
                  queue[tail++] = w;
                }
            }
        }
      t_bfs = MIN (t_bfs, now_s () - t0);
      reached = tail;
    }
  ml_runtime_read_memstats (rt, &st);
  g_assert_cmpuint (st.heap_objects, ==, n);
  g_assert_cmpuint (st.num_gc, ==, 5);
  g_assert_cmpuint (reached, ==, n);

  /* What a view pays for a picture of this heap. */
  {
    MlSnapshot *snap;

    t0 = now_s ();
    snap = ml_runtime_snapshot (rt, ML_SNAPSHOT_SPANS | ML_SNAPSHOT_ROOTS);
    g_print ("bench snapshot_spans_ms %.1f ms\n", (now_s () - t0) * 1e3);
    ml_snapshot_unref (snap);
    t0 = now_s ();
    snap = ml_runtime_snapshot (rt, ML_SNAPSHOT_ALL);
    g_print ("bench snapshot_all_ms %.1f ms\n", (now_s () - t0) * 1e3);
    g_assert_cmpuint (snap->n_objects, ==, n);
    g_assert_cmpuint (snap->n_edges, ==, 3 * n);
    ml_snapshot_unref (snap);
  }

  g_print ("bench gc_full_cycle_ms %.1f ms\n", t_gc * 1e3);
  g_print ("bench bfs_ms %.1f ms\n", t_bfs * 1e3);
  g_print ("bench gc_full_cycle_vs_bfs %.2f ratio\n", t_gc / t_bfs);
  g_rand_free (rand);
}

/* 10,000,000 small allocations of a program that keeps a window of recent objects alive,
 * with the pacer starting cycles and the workers and sweeper doing their units. */
static void
bench_alloc (void)
{
  const guint n = scaled (10000000);
  const guint window = 4096;
  g_autoptr(MlRuntime) rt = ml_runtime_new ();
  MlRtypeRegistry *reg = ml_runtime_get_types (rt);
  const MlRtype *node = node3_type (rt);
  const MlRtype *t_u64 = ml_rtype_registry_basic (reg, ML_KIND_UINT64);
  guint64 keep = ml_runtime_add_global (rt, "main.keep",
                                        ml_rtype_registry_array_of (reg, ml_rtype_registry_pointer_to (reg, node), window),
                                        FALSE);
  guint64 units = 0;
  MlMemStats st;
  double t0, t;

  ml_runtime_set_history_enabled (rt, FALSE);
  ml_runtime_set_events_enabled (rt, FALSE);

  t0 = now_s ();
  for (guint i = 0; i < n; i++)
    {
      guint64 p;

      if (ml_runtime_world_stopped (rt))
        while (ml_runtime_world_stopped (rt))
          {
            ml_runtime_gc_unit (rt);
            units++;
          }
      if (i % 4 == 0)
        {
          p = ml_runtime_new_object (rt, node);
          ml_runtime_write_pointer (rt, keep + (i / 4 % window) * 8, p);
        }
      else
        p = ml_runtime_malloc (rt, (i % 3 + 2) * 8, t_u64);
      (void) p;
      while (ml_runtime_gc_work_due (rt))
        {
          ml_runtime_gc_unit (rt);
          units++;
        }
    }
  t = now_s () - t0;
  ml_runtime_read_memstats (rt, &st);

  g_print ("bench alloc_ns %.1f ns\n", t * 1e9 / n);
  g_print ("bench alloc_gc_cycles %u cycles\n", st.num_gc);
  g_print ("bench alloc_gc_units %" G_GUINT64_FORMAT " units\n", units);
}

/* A 1,000,000-step history of a small program (allocations, pointer stores, calls, GC
 * units), then seeks to random steps. */
static void
bench_history (void)
{
  const guint steps = scaled (1000000);
  const guint seeks = 50;
  g_autoptr(MlRuntime) rt = ml_runtime_new ();
  MlRtypeRegistry *reg = ml_runtime_get_types (rt);
  const MlRtype *node = node3_type (rt);
  const MlRtype *pnode = ml_rtype_registry_pointer_to (reg, node);
  guint64 roots = ml_runtime_add_global (rt, "main.roots", ml_rtype_registry_array_of (reg, pnode, 256), FALSE);
  g_autoptr(MlFrameLayout) layout = ml_frame_layout_new ("main.f");
  GRand *rand = g_rand_new_with_seed (7);
  guint layout_id;
  double t0, total = 0, worst = 0;
  guint64 first, last;

  ml_frame_layout_add_slot (layout, "p", pnode, ML_SLOT_LOCAL);
  ml_frame_layout_add_slot (layout, "i", ml_rtype_registry_basic (reg, ML_KIND_INT), ML_SLOT_LOCAL);
  layout_id = ml_runtime_register_frame_layout (rt, layout);
  ml_runtime_set_history_limit (rt, (gsize) 1 << 30);
  ml_runtime_set_heap_minimum (rt, 1 << 20);

  t0 = now_s ();
  for (guint i = 0; i < steps; i++)
    {
      guint op = g_rand_int_range (rand, 0, 100);

      if (ml_runtime_world_stopped (rt) || (op < 25 && ml_runtime_get_phase (rt) != ML_GC_OFF))
        ml_runtime_gc_unit (rt);
      else if (op < 50)
        ml_runtime_write_pointer (rt, roots + g_rand_int_range (rand, 0, 256) * 8,
                                  ml_runtime_new_object (rt, node));
      else if (op < 75)
        {
          guint64 a = 0, b = 0;

          ml_runtime_read_word (rt, roots + g_rand_int_range (rand, 0, 256) * 8, &a);
          ml_runtime_read_word (rt, roots + g_rand_int_range (rand, 0, 256) * 8, &b);
          if (a != 0)
            ml_runtime_write_pointer (rt, a + 8 * g_rand_int_range (rand, 0, 3), b);
        }
      else if (op < 85)
        {
          if (ml_runtime_get_frame_depth (rt, 1) < 20 && g_rand_boolean (rand))
            ml_runtime_push_frame (rt, 1, layout_id);
          else if (ml_runtime_get_frame_depth (rt, 1) > 0)
            ml_runtime_pop_frame (rt, 1);
        }
      else
        {
          ml_runtime_set_register (rt, 0, i);
          ml_runtime_advance (rt, 100);
        }
      ml_runtime_end_step (rt);
    }
  g_print ("bench history_record_ns %.1f ns\n", (now_s () - t0) * 1e9 / steps);

  first = ml_runtime_get_first_step (rt);
  last = ml_runtime_get_last_step (rt);
  g_assert_cmpuint (last - first, >=, steps - 1);
  for (guint i = 0; i < seeks; i++)
    {
      guint64 target = first + g_rand_int_range (rand, 0, (gint32) (last - first + 1));
      double dt;

      t0 = now_s ();
      g_assert_true (ml_runtime_seek (rt, target));
      dt = now_s () - t0;
      total += dt;
      worst = MAX (worst, dt);
    }
  g_print ("bench history_seek_ms %.2f ms\n", total * 1e3 / seeks);
  g_print ("bench history_seek_worst_ms %.2f ms\n", worst * 1e3);
  g_print ("bench history_bytes_per_step %.1f bytes\n",
           (double) ml_runtime_get_history_bytes (rt) / (double) (last - first));
  {
    guint64 n_steps, n_entries, n_events;

    ml_runtime_get_history_counts (rt, &n_steps, &n_entries, &n_events);
    g_print ("bench history_entries_per_step %.2f entries\n", (double) n_entries / n_steps);
    g_print ("bench history_events_per_step %.2f events\n", (double) n_events / n_steps);
  }
  g_print ("bench history_gc_cycles %" G_GUINT64_FORMAT " cycles\n", ml_runtime_get_num_gc (rt));
  g_rand_free (rand);
}

int
main (int   argc,
      char *argv[])
{
  const char *which = argc > 1 ? argv[1] : "all";

  if (strcmp (which, "all") == 0 || strcmp (which, "gc_full_cycle_vs_bfs") == 0)
    bench_gc_vs_bfs ();
  if (strcmp (which, "all") == 0 || strcmp (which, "alloc_ns") == 0)
    bench_alloc ();
  if (strcmp (which, "all") == 0 || strcmp (which, "history") == 0)
    bench_history ();
  return 0;
}
