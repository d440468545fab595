/* test-stack.c
 *
 * Copyright 2026 The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "sim-test-util.h"

typedef struct
{
  MlRuntime *rt;
  guint      layout;      /* func f(): var buf [100]int; var p *int; var h *Node */
  guint64    off_buf, off_p, off_h;
  guint      small;       /* func g(): 128 bytes of locals */
} Fixture;

static void
fixture_init (Fixture *f)
{
  MlRtypeRegistry *reg;
  g_autoptr(MlFrameLayout) l1 = ml_frame_layout_new ("main.f");
  g_autoptr(MlFrameLayout) l2 = ml_frame_layout_new ("main.g");
  const MlRtype *t_int;

  f->rt = ml_runtime_new ();
  reg = ml_runtime_get_types (f->rt);
  t_int = ml_rtype_registry_basic (reg, ML_KIND_INT);
  f->off_buf = ml_frame_layout_add_slot (l1, "buf", ml_rtype_registry_array_of (reg, t_int, 100), ML_SLOT_LOCAL);
  f->off_p = ml_frame_layout_add_slot (l1, "p", ml_rtype_registry_pointer_to (reg, t_int), ML_SLOT_LOCAL);
  f->off_h = ml_frame_layout_add_slot (l1, "h", ml_rtype_registry_pointer_to (reg, sim_test_node_type (f->rt)), ML_SLOT_LOCAL);
  f->layout = ml_runtime_register_frame_layout (f->rt, l1);
  ml_frame_layout_add_slot (l2, "a", ml_rtype_registry_array_of (reg, t_int, 16), ML_SLOT_LOCAL);
  f->small = ml_runtime_register_frame_layout (f->rt, l2);
}

static void
fixture_clear (Fixture *f)
{
  g_clear_object (&f->rt);
}

/* A pointer into the stack survives the stack moving: it is adjusted by the distance. */
static void
test_growth (void)
{
  Fixture f;
  guint64 base1, base2, p, v, lo_before;
  guint grows = 0;

  fixture_init (&f);
  g_assert_cmpuint (ml_runtime_get_stack_size (f.rt, 1), ==, 2048);
  base1 = ml_runtime_push_frame (f.rt, 1, f.layout);
  for (guint i = 0; i < 100; i++)
    ml_runtime_write_word (f.rt, base1 + f.off_buf + i * 8, i * 3);
  /* p = &buf[7] */
  ml_runtime_write_pointer (f.rt, base1 + f.off_p, base1 + f.off_buf + 7 * 8);
  ml_runtime_end_step (f.rt);
  lo_before = base1;

  base2 = ml_runtime_push_frame (f.rt, 1, f.layout);
  ml_runtime_end_step (f.rt);
  g_assert_cmpuint (ml_runtime_get_stack_size (f.rt, 1), ==, 4096);
  grows = sim_test_count_events (f.rt, ML_EVENT_STACK_GROW);
  g_assert_cmpuint (grows, ==, 1);
  g_assert_cmpuint (sim_test_count_events (f.rt, ML_EVENT_STACK_COPY), ==, 1);

  /* The first frame moved; its contents came along and p points into the new copy. */
  base1 = ml_runtime_get_frame_base (f.rt, 1, 1);
  g_assert_cmpuint (base1, !=, lo_before);
  g_assert_cmpuint (ml_runtime_get_frame_base (f.rt, 1, 0), ==, base2);
  ml_runtime_read_word (f.rt, base1 + f.off_p, &p);
  g_assert_cmpuint (p, ==, base1 + f.off_buf + 7 * 8);
  ml_runtime_read_word (f.rt, p, &v);
  g_assert_cmpuint (v, ==, 21);
  ml_runtime_read_word (f.rt, base1 + f.off_buf + 99 * 8, &v);
  g_assert_cmpuint (v, ==, 297);
  g_assert_cmpuint (ml_runtime_get_frame_depth (f.rt, 1), ==, 2);

  ml_runtime_pop_frame (f.rt, 1);
  g_assert_cmpuint (ml_runtime_get_frame_base (f.rt, 1, 0), ==, base1);
  fixture_clear (&f);
}

/* go-runtime.md section 6: 2000 frames of 128 bytes grow a stack to 512 KiB; GC halves it
 * once it uses less than a quarter. */
static void
test_deep_and_shrink (void)
{
  Fixture f;
  MlMemStats st;
  guint64 size;

  fixture_init (&f);
  ml_runtime_set_history_enabled (f.rt, FALSE);
  for (guint i = 0; i < 2000; i++)
    g_assert_cmpuint (ml_runtime_push_frame (f.rt, 1, f.small), !=, 0);
  g_assert_cmpuint (ml_runtime_get_stack_size (f.rt, 1), ==, 512 * 1024);
  ml_runtime_read_memstats (f.rt, &st);
  g_assert_cmpuint (st.stack_inuse, >=, 512 * 1024);

  for (guint i = 0; i < 1999; i++)
    ml_runtime_pop_frame (f.rt, 1);
  size = 512 * 1024;
  for (guint cycle = 0; cycle < 8; cycle++)
    {
      ml_runtime_gc_collect (f.rt);
      size = MAX (size / 2, 2048);
      g_assert_cmpuint (ml_runtime_get_stack_size (f.rt, 1), ==, size);
    }
  g_assert_cmpuint (ml_runtime_get_frame_depth (f.rt, 1), ==, 1);
  ml_runtime_read_memstats (f.rt, &st);
  g_assert_cmpuint (st.stack_inuse, <, 512 * 1024);
  fixture_clear (&f);
}

/* Frame slots are roots, scanned precisely from the frame layout. */
static void
test_frame_roots (void)
{
  Fixture f;
  guint64 base, node, other;

  fixture_init (&f);
  base = ml_runtime_push_frame (f.rt, 1, f.layout);
  node = ml_runtime_new_object (f.rt, sim_test_node_type (f.rt));
  other = ml_runtime_new_object (f.rt, sim_test_node_type (f.rt));
  ml_runtime_write_pointer (f.rt, base + f.off_h, node);
  /* A heap address in a non-pointer slot does not keep anything alive (precise GC). */
  ml_runtime_write_word (f.rt, base + f.off_buf, other);
  ml_runtime_gc_collect (f.rt);
  g_assert_true (sim_test_is_live (f.rt, node));
  g_assert_false (sim_test_is_live (f.rt, other));
  ml_runtime_pop_frame (f.rt, 1);
  ml_runtime_gc_collect (f.rt);
  g_assert_false (sim_test_is_live (f.rt, node));
  fixture_clear (&f);
}

static void
test_goroutines (void)
{
  Fixture f;
  guint g2;
  guint64 base, node;

  fixture_init (&f);
  g2 = ml_runtime_new_goroutine (f.rt);
  g_assert_cmpuint (g2, ==, 2);
  base = ml_runtime_push_frame (f.rt, g2, f.layout);
  node = ml_runtime_new_object (f.rt, sim_test_node_type (f.rt));
  ml_runtime_set_current_goroutine (f.rt, g2);
  ml_runtime_write_pointer (f.rt, base + f.off_h, node);
  ml_runtime_set_current_goroutine (f.rt, 1);
  ml_runtime_gc_collect (f.rt);
  g_assert_true (sim_test_is_live (f.rt, node));
  {
    g_autoptr(MlSnapshot) snap = ml_runtime_snapshot (f.rt, ML_SNAPSHOT_ROOTS);

    g_assert_cmpuint (snap->n_goroutines, ==, 2);
    g_assert_cmpuint (snap->goroutines[1].n_frames, ==, 1);
    g_assert_cmpstr (snap->frames[snap->goroutines[1].first_frame].function, ==, "main.f");
  }
  fixture_clear (&f);
}

/* gcComputeStartingStackSize: after a cycle that scanned a 20 KB stack, new goroutines start
 * with 32 KiB. */
static void
test_adaptive_start (void)
{
  Fixture f;
  guint g2;

  fixture_init (&f);
  for (guint i = 0; i < 24; i++)
    ml_runtime_push_frame (f.rt, 1, f.layout);       /* 24 x 840 bytes */
  ml_runtime_gc_collect (f.rt);
  g2 = ml_runtime_new_goroutine (f.rt);
  g_assert_cmpuint (ml_runtime_get_stack_size (f.rt, g2), ==, 32768);
  fixture_clear (&f);
}

/* Recursion past Go's limit ends in its stack overflow, not in a crash of the model.  Frames
 * of 400 MB keep it cheap: stack memory is sparse until written. */
static void
test_overflow (void)
{
  g_autoptr(MlRuntime) rt = ml_runtime_new ();
  MlRtypeRegistry *reg = ml_runtime_get_types (rt);
  g_autoptr(MlFrameLayout) layout = ml_frame_layout_new ("main.f");
  guint id;

  ml_runtime_set_history_enabled (rt, FALSE);
  ml_runtime_set_events_enabled (rt, FALSE);
  ml_frame_layout_add_slot (layout, "buf",
                            ml_rtype_registry_array_of (reg, ml_rtype_registry_basic (reg, ML_KIND_INT), 50000000),
                            ML_SLOT_LOCAL);
  id = ml_runtime_register_frame_layout (rt, layout);
  g_assert_cmpuint (ml_runtime_push_frame (rt, 1, id), !=, 0);
  g_assert_cmpuint (ml_runtime_get_stack_size (rt, 1), ==, 512u << 20);
  /* Two such frames need a 1 GiB stack: more than Go's 1,000,000,000-byte maximum. */
  g_assert_cmpuint (ml_runtime_push_frame (rt, 1, id), ==, 0);
  g_assert_cmpuint (ml_runtime_get_frame_depth (rt, 1), ==, 1);
}

/* Allocations beyond the model's 4 GiB heap fail cleanly (Go: out of memory). */
static void
test_out_of_memory (void)
{
  g_autoptr(MlRuntime) rt = ml_runtime_new ();
  const MlRtype *t_byte = ml_rtype_registry_basic (ml_runtime_get_types (rt), ML_KIND_UINT8);

  ml_runtime_set_history_enabled (rt, FALSE);
  g_assert_cmpuint (ml_runtime_malloc (rt, G_GUINT64_CONSTANT (8) << 30, t_byte), ==, 0);
  /* 100 MiB spans arenas and works. */
  g_assert_cmpuint (ml_runtime_malloc (rt, 100u << 20, t_byte), !=, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/sim/stack/growth", test_growth);
  g_test_add_func ("/sim/stack/deep-and-shrink", test_deep_and_shrink);
  g_test_add_func ("/sim/stack/frame-roots", test_frame_roots);
  g_test_add_func ("/sim/stack/goroutines", test_goroutines);
  g_test_add_func ("/sim/stack/adaptive-start", test_adaptive_start);
  g_test_add_func ("/sim/stack/overflow", test_overflow);
  g_test_add_func ("/sim/stack/out-of-memory", test_out_of_memory);
  return g_test_run ();
}
