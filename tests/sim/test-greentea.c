/* test-greentea.c
 *
 * Copyright 2026 The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Green Tea's order in the watched mark: objects of 16 to 512 bytes wait for their span on a
 * FIFO span queue and are scanned a span at a time, in address order; the others go through
 * the work list.  Watched and quiet cycles must mark the same objects and reach the same heap
 * figures, whatever the order.
 */

#include <string.h>

#include "sim-test-util.h"

/* type Quad struct { a, b, c, d unsafe.Pointer }: 32 bytes, another batched size class. */
static const MlRtype *
quad_type (MlRuntime *rt)
{
  MlRtypeRegistry *reg = ml_runtime_get_types (rt);
  const MlRtype *p = ml_rtype_registry_basic (reg, ML_KIND_UNSAFE_POINTER);
  MlRtypeField fields[] = {
    { "a", p, 0, FALSE }, { "b", p, 0, FALSE }, { "c", p, 0, FALSE }, { "d", p, 0, FALSE },
  };
  const MlRtype *found = ml_rtype_registry_lookup (reg, "main.Quad");

  return found != NULL ? found : ml_rtype_registry_struct (reg, "main.Quad", fields, G_N_ELEMENTS (fields));
}

/* A random heap of @n nodes and quads, arrays of pointers of 800 bytes (not batched) and of
 * 48 KiB (a large object), some garbage, reached from 16 package variables; the same for the
 * same @seed. */
static MlRuntime *
random_heap (guint32 seed,
             guint   n)
{
  MlRuntime *rt = ml_runtime_new ();
  MlRtypeRegistry *reg = ml_runtime_get_types (rt);
  const MlRtype *node = sim_test_node_type (rt);
  const MlRtype *quad = quad_type (rt);
  const MlRtype *pnode = ml_rtype_registry_pointer_to (reg, node);
  const MlRtype *small_arr = ml_rtype_registry_array_of (reg, pnode, 100);
  const MlRtype *big_arr = ml_rtype_registry_array_of (reg, pnode, 6000);
  guint64 roots = ml_runtime_add_global (rt, "main.roots", ml_rtype_registry_array_of (reg, pnode, 16), FALSE);
  g_autofree guint64 *addr = g_new (guint64, n);
  g_autofree guint *words = g_new (guint, n);
  g_autoptr(GRand) rand = g_rand_new_with_seed (seed);

  ml_runtime_set_gogc (rt, -1);
  for (guint i = 0; i < n; i++)
    {
      guint kind = (guint) g_rand_int_range (rand, 0, 40);

      if (kind == 0)
        {
          addr[i] = ml_runtime_new_object (rt, big_arr);
          words[i] = 6000;
        }
      else if (kind < 4)
        {
          addr[i] = ml_runtime_new_object (rt, small_arr);
          words[i] = 100;
        }
      else if (kind < 20)
        {
          addr[i] = ml_runtime_new_object (rt, quad);
          words[i] = 4;
        }
      else
        {
          addr[i] = ml_runtime_new_object (rt, node);
          words[i] = 2;
        }
    }
  /* Sparse edges, so that a good part of the heap is garbage. */
  for (guint i = 0; i < n; i++)
    for (guint e = 0; e < 2; e++)
      if (g_rand_int_range (rand, 0, 3) == 0)
        ml_runtime_write_pointer (rt, addr[i] + 8 * (guint64) g_rand_int_range (rand, 0, (gint32) words[i]),
                                  addr[g_rand_int_range (rand, 0, (gint32) n)]);
  for (guint r = 0; r < 16; r++)
    ml_runtime_write_pointer (rt, roots + 8 * r, addr[g_rand_int_range (rand, 0, (gint32) n)]);
  ml_runtime_end_step (rt);
  return rt;
}

/* Runs a whole cycle, its first @watched_units units watched and the rest quiet, and returns
 * every object's colour when the mark ends (address, colour pairs); the heap figures after
 * the cycle go to @st. */
static GArray *
cycle_marks (MlRuntime  *rt,
             guint       watched_units,
             MlMemStats *st,
             guint64    *bytes_marked)
{
  GArray *marks = g_array_new (FALSE, FALSE, sizeof (guint64));
  gboolean watched = watched_units > 0;

  ml_runtime_set_events_enabled (rt, watched);
  if (watched)
    ml_runtime_set_checker (rt, ML_CHECK_ALL);
  ml_runtime_gc_start (rt);
  for (guint i = 0, marking = 0; i < 10000000 && ml_runtime_get_phase (rt) != ML_GC_MARK_TERMINATION; i++)
    {
      if (watched && ml_runtime_get_phase (rt) == ML_GC_MARK && marking++ == watched_units)
        {
          /* The rest unwatched: a quiet drain takes over whatever the span queue holds. */
          g_autoptr(MlSnapshot) snap = ml_runtime_snapshot (rt, ML_SNAPSHOT_SPANS);

          g_assert_true (snap->n_span_queue > 0 || snap->scanning_span >= 0);
          ml_runtime_set_events_enabled (rt, FALSE);
          ml_runtime_set_checker (rt, ML_CHECK_NONE);
        }
      if (!ml_runtime_gc_unit (rt))
        break;
      ml_runtime_end_step (rt);
    }
  g_assert_cmpint (ml_runtime_get_phase (rt), ==, ML_GC_MARK_TERMINATION);
  {
    g_autoptr(MlSnapshot) snap = ml_runtime_snapshot (rt, ML_SNAPSHOT_OBJECTS);

    for (guint i = 0; i < snap->n_objects; i++)
      {
        guint64 pair[2] = { snap->objects[i].addr, snap->objects[i].colour };

        g_assert_cmpuint (pair[1], !=, ML_COLOUR_GREY);
        g_array_append_vals (marks, pair, 2);
      }
    g_assert_cmpuint (snap->n_span_queue, ==, 0);
    g_assert_cmpint (snap->scanning_span, ==, -1);
    *bytes_marked = snap->pacer.bytes_marked;
  }
  sim_test_run_until (rt, ML_GC_OFF);
  ml_runtime_read_memstats (rt, st);
  g_assert_cmpuint (ml_runtime_get_n_violations (rt), ==, 0);
  return marks;
}

static void
test_watched_marks_as_quiet (void)
{
  static const guint32 seeds[] = { 1, 7, 42, 1234 };
  /* Watched to the end, or watched for a while and then quiet. */
  static const guint watched_units[] = { G_MAXUINT, G_MAXUINT, 60, 400 };

  for (guint k = 0; k < G_N_ELEMENTS (seeds); k++)
    {
      g_autoptr(MlRuntime) quiet_rt = random_heap (seeds[k], 1500);
      g_autoptr(MlRuntime) watched_rt = random_heap (seeds[k], 1500);
      MlMemStats qs, ws;
      guint64 qmarked, wmarked;
      g_autoptr(GArray) q = cycle_marks (quiet_rt, 0, &qs, &qmarked);
      g_autoptr(GArray) w = cycle_marks (watched_rt, watched_units[k], &ws, &wmarked);
      guint black = 0, white = 0;

      g_assert_cmpuint (q->len, ==, w->len);
      for (guint i = 0; i < q->len; i += 2)
        {
          g_assert_cmphex (g_array_index (q, guint64, i), ==, g_array_index (w, guint64, i));
          g_assert_cmpuint (g_array_index (q, guint64, i + 1), ==, g_array_index (w, guint64, i + 1));
          black += g_array_index (q, guint64, i + 1) == ML_COLOUR_BLACK;
          white += g_array_index (q, guint64, i + 1) == ML_COLOUR_WHITE;
        }
      /* The heap is neither all live nor all garbage, so the comparison says something. */
      g_assert_cmpuint (black, >, 10);
      g_assert_cmpuint (white, >, 10);
      g_assert_cmpuint (qmarked, ==, wmarked);
      g_assert_cmpuint (qs.heap_alloc, ==, ws.heap_alloc);
      g_assert_cmpuint (qs.heap_objects, ==, ws.heap_objects);
      g_assert_cmpuint (qs.frees, ==, ws.frees);
      g_assert_cmpuint (qs.next_gc, ==, ws.next_gc);
    }
}

/* The snapshot's span of the object at @addr. */
static gint
span_of (const MlSnapshot *snap,
         guint64           addr)
{
  for (guint i = 0; i < snap->n_spans; i++)
    if (addr >= snap->spans[i].start && addr < snap->spans[i].start + snap->spans[i].npages * 8192)
      return (gint) i;
  return -1;
}

/* Roots r1 -> A0 (a node), r2 -> B0 (a quad), r3 -> L (an array of 800 bytes).  A0 -> B1, A1;
 * A1 -> B2; L -> A2.  Object by object from a LIFO work list the order would be L, A2, B0,
 * A0, A1, B2, B1; breadth first A0, B0, L, B1, A1, A2, B2.  Green Tea scans L from the work
 * list, then span A (A0, A1, A2, in address order, A1 found while A's scan is under way), then
 * span B (B0, B1, B2). */
static void
test_watched_span_order (void)
{
  g_autoptr(MlRuntime) rt = ml_runtime_new ();
  MlRtypeRegistry *reg = ml_runtime_get_types (rt);
  const MlRtype *node = sim_test_node_type (rt);
  const MlRtype *quad = quad_type (rt);
  const MlRtype *pnode = ml_rtype_registry_pointer_to (reg, node);
  const MlRtype *arr = ml_rtype_registry_array_of (reg, pnode, 100);
  guint64 r1 = ml_runtime_add_global (rt, "main.r1", pnode, FALSE);
  guint64 r2 = ml_runtime_add_global (rt, "main.r2", pnode, FALSE);
  guint64 r3 = ml_runtime_add_global (rt, "main.r3", pnode, FALSE);
  guint64 a0 = ml_runtime_new_object (rt, node);
  guint64 a1 = ml_runtime_new_object (rt, node);
  guint64 a2 = ml_runtime_new_object (rt, node);
  guint64 b0 = ml_runtime_new_object (rt, quad);
  guint64 b1 = ml_runtime_new_object (rt, quad);
  guint64 b2 = ml_runtime_new_object (rt, quad);
  guint64 l = ml_runtime_new_object (rt, arr);
  guint64 expected[] = { l, a0, a1, a2, b0, b1, b2 };
  g_autoptr(GArray) order = g_array_new (FALSE, FALSE, sizeof (guint64));
  gboolean saw_queue = FALSE, saw_requeue = FALSE;

  ml_runtime_set_gogc (rt, -1);
  ml_runtime_write_pointer (rt, r1, a0);
  ml_runtime_write_pointer (rt, r2, b0);
  ml_runtime_write_pointer (rt, r3, l);
  ml_runtime_write_pointer (rt, a0, b1);
  ml_runtime_write_pointer (rt, a0 + 8, a1);
  ml_runtime_write_pointer (rt, a1, b2);
  ml_runtime_write_pointer (rt, l + 40, a2);
  ml_runtime_end_step (rt);
  g_assert_cmpuint (a0 + 24, ==, a1);
  g_assert_cmpuint (b0 + 32, ==, b1);

  ml_runtime_set_events_enabled (rt, TRUE);
  ml_runtime_set_checker (rt, ML_CHECK_ALL);
  ml_runtime_gc_start (rt);
  while (ml_runtime_get_phase (rt) == ML_GC_OFF || ml_runtime_get_phase (rt) == ML_GC_SWEEP_TERMINATION ||
         ml_runtime_get_phase (rt) == ML_GC_MARK)
    {
      guint n;
      const MlEvent *ev;

      if (!ml_runtime_gc_unit (rt))
        break;
      /* The events of the step just ended. */
      ml_runtime_end_step (rt);
      ev = ml_runtime_get_events (rt, &n);
      for (guint i = 0; i < n; i++)
        if (ev[i].kind == ML_EVENT_SCAN)
          g_array_append_val (order, ev[i].addr);

      if (ml_runtime_get_phase (rt) == ML_GC_MARK)
        {
          g_autoptr(MlSnapshot) snap = ml_runtime_snapshot (rt, ML_SNAPSHOT_SPANS);
          gint sa = span_of (snap, a0), sb = span_of (snap, b0);

          /* After the roots: A's span, then B's, wait; L is on the work list. */
          if (order->len == 0 && snap->n_span_queue == 2)
            {
              g_assert_cmpuint (snap->span_queue[0], ==, (guint) sa);
              g_assert_cmpuint (snap->span_queue[1], ==, (guint) sb);
              g_assert_cmpint (snap->spans[sa].queue_pos, ==, 0);
              g_assert_cmpint (snap->spans[sb].queue_pos, ==, 1);
              /* A0 seen, not scanned: marked, its scanned bit clear. */
              g_assert_cmpint (ml_snapshot_span_slot_colour (snap, (guint) sa, (guint) ((a0 - snap->spans[sa].start) / 24)),
                               ==, ML_COLOUR_GREY);
              saw_queue = TRUE;
            }
          /* A0 scanned: A is being scanned, and A1, found meanwhile, queued A again after B. */
          if (order->len == 2)
            {
              g_assert_cmpint (snap->scanning_span, ==, sa);
              g_assert_cmpuint (snap->scanning_cursor, ==, (a0 - snap->spans[sa].start) / 24 + 1);
              g_assert_cmpuint (snap->n_span_queue, ==, 2);
              g_assert_cmpuint (snap->span_queue[0], ==, (guint) sb);
              g_assert_cmpuint (snap->span_queue[1], ==, (guint) sa);
              saw_requeue = TRUE;
            }
        }
    }
  g_assert_true (saw_queue);
  g_assert_true (saw_requeue);
  g_assert_cmpuint (order->len, ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < order->len; i++)
    g_assert_cmphex (g_array_index (order, guint64, i), ==, expected[i]);
  g_assert_cmpuint (ml_runtime_get_n_violations (rt), ==, 0);
}

/* Stepping back over watched units restores the span queue. */
static void
test_span_queue_history (void)
{
  g_autoptr(MlRuntime) rt = random_heap (3, 600);
  g_autoptr(GArray) queues = g_array_new (FALSE, FALSE, sizeof (guint64));
  g_autoptr(GArray) steps = g_array_new (FALSE, FALSE, sizeof (guint64));
  guint max_len = 0;

  ml_runtime_set_history_enabled (rt, TRUE);
  ml_runtime_set_events_enabled (rt, TRUE);
  ml_runtime_gc_start (rt);
  while (ml_runtime_get_phase (rt) != ML_GC_MARK_TERMINATION && ml_runtime_gc_unit (rt))
    {
      g_autoptr(MlSnapshot) snap = NULL;
      guint64 hash = 0;

      ml_runtime_end_step (rt);
      snap = ml_runtime_snapshot (rt, ML_SNAPSHOT_SPANS);
      for (guint i = 0; i < snap->n_span_queue; i++)
        hash = hash * 31 + snap->span_queue[i] + 1;
      hash = hash * 31 + (guint64) (snap->scanning_span + 1) * 1000 + snap->scanning_cursor;
      max_len = MAX (max_len, snap->n_span_queue);
      g_array_append_val (queues, hash);
      g_array_append_val (steps, snap->step);
    }
  g_assert_cmpuint (max_len, >, 1);
  for (guint i = queues->len; i-- > 0; )
    {
      g_autoptr(MlSnapshot) snap = NULL;
      guint64 hash = 0;

      ml_runtime_seek (rt, g_array_index (steps, guint64, i));
      snap = ml_runtime_snapshot (rt, ML_SNAPSHOT_SPANS);
      for (guint k = 0; k < snap->n_span_queue; k++)
        hash = hash * 31 + snap->span_queue[k] + 1;
      hash = hash * 31 + (guint64) (snap->scanning_span + 1) * 1000 + snap->scanning_cursor;
      g_assert_cmpuint (hash, ==, g_array_index (queues, guint64, i));
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/sim/greentea/watched-marks-as-quiet", test_watched_marks_as_quiet);
  g_test_add_func ("/sim/greentea/watched-span-order", test_watched_span_order);
  g_test_add_func ("/sim/greentea/span-queue-history", test_span_queue_history);
  return g_test_run ();
}
