/* test-history.c
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
  GRand     *rand;
  guint64    roots;       /* var roots [32]*Node */
  guint      layout;
  GArray    *hashes;      /* guint64 per step */
} Fixture;

static void
fixture_init (Fixture *f,
              guint32  seed)
{
  MlRtypeRegistry *reg;
  g_autoptr(MlFrameLayout) layout = ml_frame_layout_new ("main.work");

  f->rt = ml_runtime_new ();
  reg = ml_runtime_get_types (f->rt);
  f->rand = g_rand_new_with_seed (seed);
  f->roots = ml_runtime_add_global (f->rt, "main.roots",
                                    ml_rtype_registry_array_of (reg, ml_rtype_registry_pointer_to (reg, sim_test_node_type (f->rt)), 32),
                                    FALSE);
  ml_frame_layout_add_slot (layout, "n", ml_rtype_registry_pointer_to (reg, sim_test_node_type (f->rt)), ML_SLOT_LOCAL);
  ml_frame_layout_add_slot (layout, "pad", ml_rtype_registry_array_of (reg, ml_rtype_registry_basic (reg, ML_KIND_INT), 40), ML_SLOT_LOCAL);
  f->layout = ml_runtime_register_frame_layout (f->rt, layout);
  ml_runtime_set_heap_minimum (f->rt, 64 * 1024);
  f->hashes = g_array_new (FALSE, FALSE, sizeof (guint64));
}

static void
fixture_clear (Fixture *f)
{
  g_clear_object (&f->rt);
  g_clear_pointer (&f->rand, g_rand_free);
  g_clear_pointer (&f->hashes, g_array_unref);
}

static guint64
random_object (Fixture *f)
{
  guint64 v = 0;

  ml_runtime_read_word (f->rt, f->roots + g_rand_int_range (f->rand, 0, 32) * 8, &v);
  return v;
}

/* One mutator statement or one GC unit, as a step. */
static void
random_step (Fixture *f)
{
  guint op = g_rand_int_range (f->rand, 0, 100);
  const MlRtype *node = sim_test_node_type (f->rt);

  if (ml_runtime_world_stopped (f->rt) || (op < 30 && ml_runtime_get_phase (f->rt) != ML_GC_OFF))
    ml_runtime_gc_unit (f->rt);
  else if (op < 55)
    ml_runtime_write_pointer (f->rt, f->roots + g_rand_int_range (f->rand, 0, 32) * 8,
                              ml_runtime_new_object (f->rt, node));
  else if (op < 80)
    {
      guint64 a = random_object (f), b = random_object (f);

      if (a != 0)
        ml_runtime_write_pointer (f->rt, a + 8 * g_rand_int_range (f->rand, 0, 2), b);
    }
  else if (op < 88)
    {
      guint depth = ml_runtime_get_frame_depth (f->rt, 1);

      if (depth < 40 && g_rand_boolean (f->rand))
        {
          guint64 base = ml_runtime_push_frame (f->rt, 1, f->layout);
          ml_runtime_write_pointer (f->rt, base, random_object (f));
        }
      else if (depth > 0)
        ml_runtime_pop_frame (f->rt, 1);
    }
  else if (op < 92)
    ml_runtime_write_pointer (f->rt, f->roots + g_rand_int_range (f->rand, 0, 32) * 8, 0);
  else if (op < 93)
    ml_runtime_gc_start (f->rt);
  else
    ml_runtime_advance (f->rt, 500);
  ml_runtime_end_step (f->rt);
}

static void
record (Fixture *f)
{
  guint64 h = ml_runtime_hash_memory (f->rt);

  g_assert_cmpuint (ml_runtime_get_step (f->rt), ==, f->hashes->len);
  g_array_append_val (f->hashes, h);
}

static guint64
hash_at (Fixture *f,
         guint64  step)
{
  return g_array_index (f->hashes, guint64, step);
}

/* Step back N steps and forward again: memory is byte-identical at every step. */
static void
test_back_and_forth (void)
{
  Fixture f;
  guint64 last;

  fixture_init (&f, 1234);
  record (&f);
  for (guint i = 0; i < 3000; i++)
    {
      random_step (&f);
      record (&f);
    }
  last = ml_runtime_get_step (f.rt);
  g_assert_cmpuint (ml_runtime_get_num_gc (f.rt), >, 0);

  for (guint n = 1; n <= 3000; n = n * 3 + 1)
    {
      g_assert_true (ml_runtime_seek (f.rt, last - n));
      g_assert_cmpuint (ml_runtime_hash_memory (f.rt), ==, hash_at (&f, last - n));
      g_assert_true (ml_runtime_seek (f.rt, last));
      g_assert_cmpuint (ml_runtime_hash_memory (f.rt), ==, hash_at (&f, last));
    }
  /* Random scrubbing. */
  for (guint i = 0; i < 200; i++)
    {
      guint64 s = g_rand_int_range (f.rand, 0, last + 1);

      g_assert_true (ml_runtime_seek (f.rt, s));
      g_assert_cmpuint (ml_runtime_get_step (f.rt), ==, s);
      g_assert_cmpuint (ml_runtime_hash_memory (f.rt), ==, hash_at (&f, s));
    }
  g_assert_false (ml_runtime_seek (f.rt, last + 1));
  fixture_clear (&f);
}

/* Going back into the middle of a GC cycle restores the collector too: running the rest of
 * the cycle again gives the same memory, colours and statistics. */
static void
test_mid_gc (void)
{
  Fixture f;
  guint64 mid = 0, end_step, end_hash;
  MlMemStats end_stats, again;
  g_autoptr(MlSnapshot) mid_snap = NULL;
  g_autoptr(MlSnapshot) back_snap = NULL;

  fixture_init (&f, 99);
  ml_runtime_set_heap_minimum (f.rt, 4 << 20);
  for (guint i = 0; i < 500; i++)
    random_step (&f);
  ml_runtime_gc_start (f.rt);
  ml_runtime_end_step (f.rt);
  while (ml_runtime_get_phase (f.rt) != ML_GC_OFF)
    {
      ml_runtime_gc_unit (f.rt);
      ml_runtime_end_step (f.rt);
      if (mid == 0 && ml_runtime_get_phase (f.rt) == ML_GC_MARK &&
          g_rand_int_range (f.rand, 0, 4) == 0)
        {
          mid = ml_runtime_get_step (f.rt);
          mid_snap = ml_runtime_snapshot (f.rt, ML_SNAPSHOT_ALL);
        }
    }
  g_assert_cmpuint (mid, >, 0);
  end_step = ml_runtime_get_step (f.rt);
  end_hash = ml_runtime_hash_memory (f.rt);
  ml_runtime_read_memstats (f.rt, &end_stats);

  g_assert_true (ml_runtime_seek (f.rt, mid));
  g_assert_cmpint (ml_runtime_get_phase (f.rt), ==, ML_GC_MARK);
  back_snap = ml_runtime_snapshot (f.rt, ML_SNAPSHOT_ALL);
  g_assert_cmpuint (back_snap->n_objects, ==, mid_snap->n_objects);
  for (guint i = 0; i < back_snap->n_objects; i++)
    {
      g_assert_cmpuint (back_snap->objects[i].addr, ==, mid_snap->objects[i].addr);
      g_assert_cmpuint (back_snap->objects[i].colour, ==, mid_snap->objects[i].colour);
    }
  g_assert_cmpuint (back_snap->stats.heap_alloc, ==, mid_snap->stats.heap_alloc);
  g_assert_cmpuint (back_snap->pacer.bytes_marked, ==, mid_snap->pacer.bytes_marked);

  /* Re-run from the middle: a new branch, deterministic, same result. */
  while (ml_runtime_get_phase (f.rt) != ML_GC_OFF)
    {
      ml_runtime_gc_unit (f.rt);
      ml_runtime_end_step (f.rt);
    }
  g_assert_cmpuint (ml_runtime_get_step (f.rt), ==, end_step);
  g_assert_cmpuint (ml_runtime_get_last_step (f.rt), ==, end_step);
  g_assert_cmpuint (ml_runtime_hash_memory (f.rt), ==, end_hash);
  ml_runtime_read_memstats (f.rt, &again);
  g_assert_cmpuint (again.heap_alloc, ==, end_stats.heap_alloc);
  g_assert_cmpuint (again.frees, ==, end_stats.frees);
  g_assert_cmpuint (again.num_gc, ==, end_stats.num_gc);
  fixture_clear (&f);
}

/* Literals interned after going back keep their own bytes: rodata is outside history. */
static void
test_rodata_survives (void)
{
  g_autoptr(MlRuntime) rt = ml_runtime_new ();
  guint64 a, b;
  char buf[6] = { 0 };

  ml_runtime_end_step (rt);
  a = ml_runtime_intern_string (rt, "hola!", -1);
  ml_runtime_end_step (rt);
  g_assert_true (ml_runtime_seek (rt, 0));
  b = ml_runtime_intern_string (rt, "adios", -1);
  g_assert_cmpuint (b, !=, a);
  g_assert_cmpint (ml_runtime_read (rt, a, buf, 5), ==, ML_FAULT_NONE);
  g_assert_cmpstr (buf, ==, "hola!");
  g_assert_cmpuint (ml_runtime_intern_string (rt, "hola!", -1), ==, a);
}

typedef struct
{
  guint64 pc;
  guint   restores;
} Driver;

static GBytes *
driver_save (gpointer user_data)
{
  Driver *d = user_data;

  return g_bytes_new (&d->pc, sizeof d->pc);
}

static void
driver_restore (GBytes  *state,
                gpointer user_data)
{
  Driver *d = user_data;

  d->restores++;
  d->pc = 0;
  if (state != NULL)
    memcpy (&d->pc, g_bytes_get_data (state, NULL), sizeof d->pc);
}

static void
test_driver_state (void)
{
  g_autoptr(MlRuntime) rt = ml_runtime_new ();
  Driver d = { 0, 0 };

  ml_runtime_set_driver_hooks (rt, driver_save, driver_restore, &d, NULL);
  for (guint i = 1; i <= 10; i++)
    {
      d.pc = i * 100;
      ml_runtime_set_register (rt, 0, i);
      if (i % 2 == 0)
        ml_runtime_driver_state_changed (rt);
      ml_runtime_end_step (rt);
    }
  g_assert_true (ml_runtime_seek (rt, 5));
  g_assert_cmpuint (ml_runtime_get_register (rt, 0), ==, 5);
  /* The newest blob at or before step 5 is the one saved at step 4. */
  g_assert_cmpuint (d.pc, ==, 400);
  g_assert_true (ml_runtime_seek (rt, 10));
  g_assert_cmpuint (d.pc, ==, 1000);
  g_assert_cmpuint (ml_runtime_get_register (rt, 0), ==, 10);
  g_assert_true (ml_runtime_seek (rt, 1));
  g_assert_cmpuint (d.pc, ==, 0);
  g_assert_cmpuint (d.restores, ==, 3);
}

/* The history stays under its limit by forgetting the oldest steps. */
static void
test_bounded (void)
{
  Fixture f;
  gsize limit = 8 << 20;

  fixture_init (&f, 7);
  ml_runtime_set_history_limit (f.rt, limit);
  for (guint i = 0; i < 60000; i++)
    random_step (&f);
  g_assert_cmpuint (ml_runtime_get_history_bytes (f.rt), <=, limit + (2 << 20));
  g_assert_cmpuint (ml_runtime_get_first_step (f.rt), >, 0);
  g_assert_false (ml_runtime_seek (f.rt, 0));
  g_assert_true (ml_runtime_seek (f.rt, ml_runtime_get_first_step (f.rt)));
  g_assert_true (ml_runtime_seek (f.rt, ml_runtime_get_last_step (f.rt)));
  fixture_clear (&f);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/sim/history/back-and-forth", test_back_and_forth);
  g_test_add_func ("/sim/history/mid-gc", test_mid_gc);
  g_test_add_func ("/sim/history/driver-state", test_driver_state);
  g_test_add_func ("/sim/history/rodata-survives", test_rodata_survives);
  g_test_add_func ("/sim/history/bounded", test_bounded);
  return g_test_run ();
}
