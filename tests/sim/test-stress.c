/* test-stress.c
 *
 * Copyright 2026 The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A million random mutator operations (allocations, pointer stores, dropped references,
 * calls and returns) interleaved with concurrent collector work as the pacer and the worker
 * budgets schedule it, under the referee: nothing reachable may ever be freed or left white
 * at mark termination, the weak tricolour invariant must hold whenever it is sampled, and two
 * full cycles at the end must leave exactly the reachable objects.  MEMLAB_SANITIZE=1 (set by
 * the sanitizer CI job) runs a fifth of the operations.
 */

#include <string.h>

#include "sim-test-util.h"

#define N_ROOTS 256

typedef struct
{
  MlRuntime *rt;
  GRand     *rand;
  guint64    roots;
  guint64    base;        /* a long-lived list of BASE_LEN nodes, so marking takes a while */
  guint      layout;
} Stress;

#define BASE_LEN 20000

static guint64
pick_object (Stress *s)
{
  guint64 v = 0;
  guint steps = g_rand_int_range (s->rand, 0, 8);

  if (g_rand_int_range (s->rand, 0, 8) == 0)
    {
      /* Somewhere in the first part of the long list. */
      ml_runtime_read_word (s->rt, s->base, &v);
      steps = g_rand_int_range (s->rand, 0, 64);
    }
  else
    ml_runtime_read_word (s->rt, s->roots + g_rand_int_range (s->rand, 0, N_ROOTS) * 8, &v);
  while (v != 0 && steps-- > 0)
    {
      guint64 next = 0;

      ml_runtime_read_word (s->rt, v + 8 * g_rand_int_range (s->rand, 0, 2), &next);
      if (next == 0)
        break;
      v = next;
    }
  return v;
}

static void
mutate (Stress *s)
{
  const MlRtype *node = sim_test_node_type (s->rt);
  guint op = g_rand_int_range (s->rand, 0, 100);
  guint64 root = s->roots + g_rand_int_range (s->rand, 0, N_ROOTS) * 8;

  if (op < 15)
    ml_runtime_write_pointer (s->rt, root, ml_runtime_new_object (s->rt, node));
  else if (op < 50)
    {
      guint64 obj = pick_object (s);

      /* Mutations go through `right`; `left` links the long-lived list and stays intact. */
      if (obj != 0)
        ml_runtime_write_pointer (s->rt, obj + 8, ml_runtime_new_object (s->rt, node));
    }
  else if (op < 80)
    {
      guint64 obj = pick_object (s);
      guint64 target = g_rand_int_range (s->rand, 0, 4) ? pick_object (s) : 0;

      if (obj != 0)
        ml_runtime_write_pointer (s->rt, obj + 8, target);
    }
  else if (op < 85)
    ml_runtime_write_pointer (s->rt, root, 0);
  else if (op < 95)
    {
      guint depth = ml_runtime_get_frame_depth (s->rt, 1);

      if (depth < 50 && (depth == 0 || g_rand_boolean (s->rand)))
        {
          guint64 base = ml_runtime_push_frame (s->rt, 1, s->layout);

          /* Locals are written without a barrier: the current frame. */
          ml_runtime_write_pointer (s->rt, base, pick_object (s));
        }
      else if (depth > 0)
        ml_runtime_pop_frame (s->rt, 1);
    }
  else
    {
      guint64 v = 0;

      /* Load a pointer from the heap into the current frame: a black stack may now hold a
       * white object, which the hybrid barrier must cope with. */
      if (ml_runtime_get_frame_depth (s->rt, 1) > 0)
        {
          guint64 obj = pick_object (s);

          if (obj != 0)
            ml_runtime_read_word (s->rt, obj, &v);
          ml_runtime_write_pointer (s->rt, ml_runtime_get_frame_base (s->rt, 1, 0), v);
        }
    }
}

/* Plain BFS over a snapshot from its roots; returns how many heap objects it reaches. */
static guint
count_reachable (MlSnapshot *snap)
{
  g_autofree guint8 *seen = g_new0 (guint8, snap->n_objects + 1);
  GArray *queue = g_array_new (FALSE, FALSE, sizeof (guint));
  guint count = 0;

  for (guint i = 0; i < snap->n_globals + snap->n_slots; i++)
    {
      const MlSnapSlot *slot = i < snap->n_globals ? &snap->globals[i] : &snap->slots[i - snap->n_globals];

      if (!slot->type->has_pointers)
        continue;
      for (guint64 w = 0; w < slot->type->n_words && w * 8 < MIN (slot->type->size, 4096); w++)
        if (ml_rtype_word_is_pointer (slot->type, w))
          {
            guint64 v;
            gint64 o;

            memcpy (&v, snap->values + slot->value_offset + w * 8, 8);
            o = ml_snapshot_find_object (snap, v);
            if (o >= 0 && !seen[o])
              {
                guint u = o;
                seen[o] = 1;
                g_array_append_val (queue, u);
              }
          }
    }
  while (queue->len > 0)
    {
      guint o = g_array_index (queue, guint, queue->len - 1);

      g_array_set_size (queue, queue->len - 1);
      count++;
      for (guint e = 0; e < snap->objects[o].n_edges; e++)
        {
          gint64 to = snap->edges[snap->objects[o].first_edge + e].to;

          if (to >= 0 && !seen[to])
            {
              guint u = to;
              seen[to] = 1;
              g_array_append_val (queue, u);
            }
        }
    }
  g_array_unref (queue);
  return count;
}

static void
test_stress (void)
{
  const char *san = g_getenv ("MEMLAB_SANITIZE");
  guint n_ops = (san != NULL && strcmp (san, "1") == 0) ? 200000 : 1000000;
  g_autoptr(MlFrameLayout) layout = ml_frame_layout_new ("main.visit");
  g_autoptr(MlSnapshot) snap = NULL;
  MlRtypeRegistry *reg;
  Stress s;
  guint live = 0;
  guint64 units = 0, cycles_seen, mark_ops = 0;

  s.rt = ml_runtime_new ();
  s.rand = g_rand_new_with_seed (20261125);
  reg = ml_runtime_get_types (s.rt);
  s.roots = ml_runtime_add_global (s.rt, "main.roots",
                                   ml_rtype_registry_array_of (reg, ml_rtype_registry_pointer_to (reg, sim_test_node_type (s.rt)), N_ROOTS),
                                   FALSE);
  ml_frame_layout_add_slot (layout, "n", ml_rtype_registry_pointer_to (reg, sim_test_node_type (s.rt)), ML_SLOT_LOCAL);
  s.layout = ml_runtime_register_frame_layout (s.rt, layout);

  s.base = ml_runtime_add_global (s.rt, "main.base",
                                  ml_rtype_registry_pointer_to (reg, sim_test_node_type (s.rt)), FALSE);

  ml_runtime_set_history_enabled (s.rt, FALSE);
  ml_runtime_set_events_enabled (s.rt, FALSE);
  ml_runtime_set_heap_minimum (s.rt, 512 * 1024);
  {
    guint64 prev = 0;

    /* The list is built right (head last) so that walking it from the head goes far. */
    for (guint i = 0; i < BASE_LEN; i++)
      {
        guint64 n = ml_runtime_new_object (s.rt, sim_test_node_type (s.rt));

        ml_runtime_write_pointer (s.rt, n, prev);
        prev = n;
        while (ml_runtime_gc_work_due (s.rt) || ml_runtime_world_stopped (s.rt))
          ml_runtime_gc_unit (s.rt);
      }
    ml_runtime_write_pointer (s.rt, s.base, prev);
  }
  ml_runtime_set_checker (s.rt, ML_CHECK_REACHABLE);

  /* The first quarter records events, so collector units run one object at a time; the rest
   * runs quiet, where units are batched by the workers' CPU budget. */
  ml_runtime_set_events_enabled (s.rt, TRUE);
  for (guint i = 0; i < n_ops; i++)
    {
      if (i == n_ops / 4)
        ml_runtime_set_events_enabled (s.rt, FALSE);
      else if (i < n_ops / 4)
        ml_runtime_end_step (s.rt);
      while (ml_runtime_world_stopped (s.rt))
        {
          ml_runtime_gc_unit (s.rt);
          units++;
        }
      if (ml_runtime_get_phase (s.rt) == ML_GC_MARK)
        mark_ops++;
      mutate (&s);
      /* Enough time per statement for the background workers to keep up most of the time,
       * so that marking really interleaves with the mutator instead of being all assists. */
      ml_runtime_advance (s.rt, 400);
      while (ml_runtime_gc_work_due (s.rt))
        {
          ml_runtime_gc_unit (s.rt);
          units++;
        }
      if (i % 50000 == 25000)
        {
          g_assert_cmpuint (ml_runtime_check_invariants (s.rt), ==, 0);
          if (ml_runtime_get_phase (s.rt) == ML_GC_OFF)
            ml_runtime_gc_start (s.rt);
        }
      if (i % 997 == 0 && ml_runtime_get_phase (s.rt) == ML_GC_MARK)
        g_assert_cmpuint (ml_runtime_check_invariants (s.rt), ==, 0);
    }
  cycles_seen = ml_runtime_get_num_gc (s.rt);
  g_test_message ("%u operations (%" G_GUINT64_FORMAT " during mark), %" G_GUINT64_FORMAT
                  " GC units, %" G_GUINT64_FORMAT " cycles", n_ops, mark_ops, units, cycles_seen);
  g_assert_cmpuint (mark_ops, >=, n_ops / 50);
  g_assert_cmpuint (cycles_seen, >=, n_ops / 50000);
  g_assert_cmpuint (ml_runtime_get_n_violations (s.rt), ==, 0);

  /* Two full cycles: all garbage, floating garbage included, is gone. */
  ml_runtime_gc_collect (s.rt);
  ml_runtime_gc_collect (s.rt);
  g_assert_cmpuint (ml_runtime_get_n_violations (s.rt), ==, 0);
  snap = ml_runtime_snapshot (s.rt, ML_SNAPSHOT_ALL);
  for (guint i = 0; i < snap->n_objects; i++)
    if (snap->objects[i].colour != ML_COLOUR_FREED)
      live++;
  g_assert_cmpuint (live, >, 0);
  g_assert_cmpuint (count_reachable (snap), ==, live);
  g_assert_cmpuint (snap->stats.heap_objects, ==, live);

  g_clear_pointer (&s.rand, g_rand_free);
  g_clear_object (&s.rt);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/sim/stress/referee", test_stress);
  return g_test_run ();
}
