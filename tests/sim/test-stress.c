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
        g_assert_cmpuint (ml_runtime_check_invariants (s.rt), ==, 0);
      /* The pacer keeps a sweep distance of 1 MiB after each cycle, which this small heap
       * seldom crosses: start cycles by hand too, so that marking often meets the mutator. */
      if (i % 20000 == 10000 && ml_runtime_get_phase (s.rt) == ML_GC_OFF)
        ml_runtime_gc_start (s.rt);
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

/* Maps under the referee: random inserts of new nodes, deletes, lookups, clears, maps
 * replaced by new ones, and range loops whose iterator (in a frame) walks a map while it
 * grows and shrinks, interleaved with collector work.  Every structure of a map is a heap
 * object the collector finds through the map's header; an iterator keeps the tables it
 * walks alive after they are replaced.  What the maps hold must match host tables
 * throughout, no reachable object may be freed, and the weak tricolour invariant must hold
 * where it is checked. */

#define N_MAPS 4

typedef struct
{
  Stress      base;
  const MlRtype *map_type;
  guint64     maps;         /* [N_MAPS]map[int]*Node */
  guint64     key;          /* an int to pass keys in */
  GHashTable *mirror[N_MAPS];  /* key + 1 -> node */
  guint64     it;           /* the frame's maps.Iter, 0 when no loop runs */
  guint       it_map;       /* which map it walks, */
  guint64     it_m;         /* the map it started on */
  guint       loops;        /* range loops run to their end */
  guint       returned;     /* entries they returned */
} MapStress;

static guint64
stress_map (MapStress *s,
            guint      i)
{
  guint64 m = 0;

  ml_runtime_read_word (s->base.rt, s->maps + 8 * i, &m);
  return m;
}

static void
map_mutate (MapStress *s)
{
  MlRuntime *rt = s->base.rt;
  guint i = g_rand_int_range (s->base.rand, 0, N_MAPS);
  gint64 k = g_rand_int_range (s->base.rand, 0, 3000);
  guint op = g_rand_int_range (s->base.rand, 0, 1000);
  guint64 m = stress_map (s, i), e = 0;

  ml_runtime_write_word (rt, s->key, (guint64) k);
  if (op < 450)
    {
      guint64 node = ml_runtime_new_object (rt, sim_test_node_type (rt));

      g_assert_cmpint (ml_runtime_map_assign (rt, s->map_type, m, s->key, &e, NULL), ==, ML_MAP_OK);
      ml_runtime_write_pointer (rt, e, node);
      g_hash_table_insert (s->mirror[i], GSIZE_TO_POINTER (k + 1), GSIZE_TO_POINTER (node));
    }
  else if (op < 750)
    {
      ml_runtime_map_delete (rt, s->map_type, m, s->key);
      g_hash_table_remove (s->mirror[i], GSIZE_TO_POINTER (k + 1));
    }
  else if (op < 995)
    {
      guint64 v = 0;

      ml_runtime_map_access (rt, s->map_type, m, s->key, &e);
      if (e != 0)
        ml_runtime_read_word (rt, e, &v);
      g_assert_cmpuint (v, ==, GPOINTER_TO_SIZE (g_hash_table_lookup (s->mirror[i],
                                                                     GSIZE_TO_POINTER (k + 1))));
    }
  else if (op < 998)
    {
      ml_runtime_map_clear (rt, s->map_type, m);
      g_hash_table_remove_all (s->mirror[i]);
    }
  else
    {
      /* A new map in its place: the old one, and whatever only it held, becomes garbage. */
      ml_runtime_write_pointer (rt, s->maps + 8 * i,
                                ml_runtime_map_new (rt, s->map_type,
                                                    g_rand_int_range (s->base.rand, 0, 2000),
                                                    0, 0, NULL));
      g_hash_table_remove_all (s->mirror[i]);
    }
}

/* One step of the range loop, if one runs: the entry it is at must be in the map as the host
 * table has it. */
static void
map_iterate (MapStress *s)
{
  MlRuntime *rt = s->base.rt;
  guint64 kp = 0, ep = 0, k = 0, v = 0;

  if (s->it == 0)
    {
      if (g_rand_int_range (s->base.rand, 0, 200) != 0)
        return;
      s->it_map = g_rand_int_range (s->base.rand, 0, N_MAPS);
      s->it_m = stress_map (s, s->it_map);
      s->it = ml_runtime_push_frame (rt, 1, s->base.layout);
      ml_runtime_map_iter_init (rt, s->map_type, s->it_m, s->it);
    }
  else
    {
      s->it = ml_runtime_get_frame_base (rt, 1, 0);
      ml_runtime_map_iter_next (rt, s->map_type, s->it);
    }
  ml_runtime_read_word (rt, s->it, &kp);
  if (kp == 0)
    {
      ml_runtime_pop_frame (rt, 1);
      s->it = 0;
      s->loops++;
      return;
    }
  s->returned++;
  ml_runtime_read_word (rt, s->it + 8, &ep);
  ml_runtime_read_word (rt, kp, &k);
  ml_runtime_read_word (rt, ep, &v);
  /* An entry the loop returns is in the map with its latest value, unless the loop is on a
   * map that has been replaced since; either way the node is alive. */
  if (stress_map (s, s->it_map) == s->it_m)
    g_assert_cmpuint (v, ==, GPOINTER_TO_SIZE (g_hash_table_lookup (s->mirror[s->it_map],
                                                                   GSIZE_TO_POINTER (k + 1))));
  g_assert_true (sim_test_is_live (rt, v));
}

static void
test_stress_maps (void)
{
  const char *san = g_getenv ("MEMLAB_SANITIZE");
  guint n_ops = (san != NULL && strcmp (san, "1") == 0) ? 100000 : 500000;
  g_autoptr(MlFrameLayout) layout = ml_frame_layout_new ("main.recorrer");
  MlRtypeRegistry *reg;
  MapStress s = { 0 };
  guint64 units = 0;

  s.base.rt = ml_runtime_new ();
  s.base.rand = g_rand_new_with_seed (20261207);
  reg = ml_runtime_get_types (s.base.rt);
  s.map_type = ml_rtype_registry_map_of (reg, ml_rtype_registry_basic (reg, ML_KIND_INT),
                                         ml_rtype_registry_pointer_to (reg, sim_test_node_type (s.base.rt)));
  s.maps = ml_runtime_add_global (s.base.rt, "main.mapas",
                                  ml_rtype_registry_array_of (reg, s.map_type, N_MAPS), FALSE);
  s.key = ml_runtime_add_global (s.base.rt, "main.clave", ml_rtype_registry_basic (reg, ML_KIND_INT),
                                 FALSE);
  ml_frame_layout_add_slot (layout, "it", ml_rtype_registry_map_iter (reg), ML_SLOT_LOCAL);
  s.base.layout = ml_runtime_register_frame_layout (s.base.rt, layout);
  ml_runtime_set_history_enabled (s.base.rt, FALSE);
  ml_runtime_set_events_enabled (s.base.rt, FALSE);
  ml_runtime_set_heap_minimum (s.base.rt, 256 * 1024);
  for (guint i = 0; i < N_MAPS; i++)
    {
      s.mirror[i] = g_hash_table_new (NULL, NULL);
      ml_runtime_write_pointer (s.base.rt, s.maps + 8 * i,
                                ml_runtime_map_new (s.base.rt, s.map_type, 0, 0, 0, NULL));
    }
  ml_runtime_set_checker (s.base.rt, ML_CHECK_ALL);

  for (guint i = 0; i < n_ops; i++)
    {
      /* The tricolour check walks the heap after every pointer write: only for a while. */
      if (i == n_ops / 20)
        ml_runtime_set_checker (s.base.rt, ML_CHECK_REACHABLE);
      while (ml_runtime_world_stopped (s.base.rt))
        {
          ml_runtime_gc_unit (s.base.rt);
          units++;
        }
      map_mutate (&s);
      map_iterate (&s);
      ml_runtime_advance (s.base.rt, 400);
      while (ml_runtime_gc_work_due (s.base.rt))
        {
          ml_runtime_gc_unit (s.base.rt);
          units++;
        }
      if (i % 20000 == 10000)
        {
          g_assert_cmpuint (ml_runtime_check_invariants (s.base.rt), ==, 0);
          if (ml_runtime_get_phase (s.base.rt) == ML_GC_OFF)
            ml_runtime_gc_start (s.base.rt);
        }
    }
  g_test_message ("%u operations, %" G_GUINT64_FORMAT " GC units, %" G_GUINT64_FORMAT
                  " cycles, %u range loops returning %u entries", n_ops, units,
                  ml_runtime_get_num_gc (s.base.rt), s.loops, s.returned);
  g_assert_cmpuint (ml_runtime_get_num_gc (s.base.rt), >=, 5);
  g_assert_cmpuint (s.loops, >=, 10);
  g_assert_cmpuint (s.returned, >=, n_ops / 10);
  ml_runtime_gc_collect (s.base.rt);
  ml_runtime_gc_collect (s.base.rt);
  g_assert_cmpuint (ml_runtime_get_n_violations (s.base.rt), ==, 0);

  /* What the maps hold is what the host tables say, and every node is alive. */
  for (guint i = 0; i < N_MAPS; i++)
    {
      GHashTableIter hi;
      gpointer k, v;

      g_assert_cmpuint (ml_runtime_map_len (s.base.rt, stress_map (&s, i)), ==,
                        g_hash_table_size (s.mirror[i]));
      g_hash_table_iter_init (&hi, s.mirror[i]);
      while (g_hash_table_iter_next (&hi, &k, &v))
        {
          guint64 e = 0, node = 0;

          ml_runtime_write_word (s.base.rt, s.key, GPOINTER_TO_SIZE (k) - 1);
          ml_runtime_map_access (s.base.rt, s.map_type, stress_map (&s, i), s.key, &e);
          g_assert_cmpuint (e, !=, 0);
          ml_runtime_read_word (s.base.rt, e, &node);
          g_assert_cmpuint (node, ==, GPOINTER_TO_SIZE (v));
          g_assert_true (sim_test_is_live (s.base.rt, node));
        }
      g_hash_table_unref (s.mirror[i]);
    }
  g_clear_pointer (&s.base.rand, g_rand_free);
  g_clear_object (&s.base.rt);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/sim/stress/referee", test_stress);
  g_test_add_func ("/sim/stress/maps", test_stress_maps);
  return g_test_run ();
}
