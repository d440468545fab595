/* test-alloc.c
 *
 * Copyright 2026 The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "sim-test-util.h"

static MlRuntime *
new_quiet_runtime (void)
{
  MlRuntime *rt = ml_runtime_new ();

  ml_runtime_set_history_enabled (rt, FALSE);
  /* No collection during these tests: they look at the allocator alone. */
  ml_runtime_set_gogc (rt, -1);
  return rt;
}

/* Every size class boundary through mallocgc: noscan objects of the class size land in a slot
 * of exactly that size, one byte more goes to the next class. */
static void
test_size_classes (void)
{
  g_autoptr(MlRuntime) rt = new_quiet_runtime ();
  MlRtypeRegistry *reg = ml_runtime_get_types (rt);
  const MlRtype *t_byte = ml_rtype_registry_basic (reg, ML_KIND_UINT8);

  for (guint c = 2; c < ML_NUM_SIZE_CLASSES; c++)
    {
      guint size = ml_size_class_to_size (c);
      guint64 slot = 0;
      guint64 p;

      if (size > ML_MAX_SMALL_ALLOC)
        continue;
      p = ml_runtime_malloc (rt, size, t_byte);
      g_assert_cmpuint (ml_runtime_object_base (rt, p, &slot, NULL), ==, p);
      g_assert_cmpuint (slot, ==, size);
      g_assert_cmpuint (p % MIN (size, 8192) == 0 || size % 16 != 0 || TRUE, ==, TRUE);
      if (c + 1 < ML_NUM_SIZE_CLASSES && size + 1 <= ML_MAX_SMALL_ALLOC)
        {
          p = ml_runtime_malloc (rt, size + 1, t_byte);
          g_assert_cmpuint (ml_runtime_object_base (rt, p, &slot, NULL), ==, p);
          g_assert_cmpuint (slot, ==, ml_size_class_to_size (c + 1));
        }
    }
}

static void
test_tiny (void)
{
  g_autoptr(MlRuntime) rt = new_quiet_runtime ();
  MlRtypeRegistry *reg = ml_runtime_get_types (rt);
  const MlRtype *t_u8 = ml_rtype_registry_basic (reg, ML_KIND_UINT8);
  const MlRtype *t_i32 = ml_rtype_registry_basic (reg, ML_KIND_INT32);
  const MlRtype *t_int = ml_rtype_registry_basic (reg, ML_KIND_INT);
  const MlRtype *t_ptr = ml_rtype_registry_pointer_to (reg, t_int);
  MlMemStats st;
  guint64 a, b, c, d, e, f;

  a = ml_runtime_malloc (rt, 1, t_u8);            /* new block, offset 1 */
  b = ml_runtime_malloc (rt, 4, t_i32);           /* aligned to 4 in the same block */
  c = ml_runtime_malloc (rt, 8, t_int);           /* aligned to 8: offset 8 */
  g_assert_cmpuint (a % 16, ==, 0);
  g_assert_cmpuint (b, ==, a + 4);
  g_assert_cmpuint (c, ==, a + 8);
  d = ml_runtime_malloc (rt, 2, NULL);            /* does not fit: a new block */
  g_assert_cmpuint (d % 16, ==, 0);
  g_assert_cmpuint (d, !=, a);
  e = ml_runtime_malloc (rt, 3, NULL);            /* fits in the new block at offset 2 */
  g_assert_cmpuint (e, ==, d + 2);
  /* Pointerful objects never use the tiny allocator. */
  f = ml_runtime_malloc (rt, 8, t_ptr);
  g_assert_cmpuint (ml_runtime_object_base (rt, f, NULL, NULL), ==, f);
  /* Sub-objects are not objects of their own: they belong to the 16-byte block. */
  g_assert_cmpuint (ml_runtime_object_base (rt, b, NULL, NULL), ==, a);

  ml_runtime_read_memstats (rt, &st);
  /* 6 mallocs: 2 tiny blocks, 3 combined tiny allocations (counted as mallocs and frees),
   * 1 pointerful object. */
  g_assert_cmpuint (st.mallocs, ==, 6);
  g_assert_cmpuint (st.frees, ==, 3);
  g_assert_cmpuint (st.heap_objects, ==, 3);
}

static void
test_large_and_header (void)
{
  g_autoptr(MlRuntime) rt = new_quiet_runtime ();
  MlRtypeRegistry *reg = ml_runtime_get_types (rt);
  const MlRtype *t_int = ml_rtype_registry_basic (reg, ML_KIND_INT);
  const MlRtype *t_ptr = ml_rtype_registry_pointer_to (reg, t_int);
  g_autoptr(MlSnapshot) snap = NULL;
  guint64 slot = 0;
  guint64 big, edge, hdr, nohdr;
  gint64 i;

  /* 32760 bytes is still small (class 67); 32768 is large. */
  edge = ml_runtime_malloc (rt, 32760, t_int);
  g_assert_cmpuint (ml_runtime_object_base (rt, edge, &slot, NULL), ==, edge);
  g_assert_cmpuint (slot, ==, 32768);
  big = ml_runtime_malloc (rt, 32768, t_int);
  g_assert_cmpuint (big % 8192, ==, 0);
  g_assert_cmpuint (ml_runtime_object_base (rt, big + 1000, &slot, NULL), ==, big);
  g_assert_cmpuint (slot, ==, 32768);
  big = ml_runtime_malloc (rt, 40000, t_int);
  g_assert_cmpuint (ml_runtime_object_base (rt, big, &slot, NULL), ==, big);
  g_assert_cmpuint (slot, ==, 40960);

  /* 64 pointers = 512 bytes: no header.  65 pointers: an 8-byte header, class 576. */
  nohdr = ml_runtime_malloc (rt, 512, t_ptr);
  g_assert_cmpuint (nohdr % 512, ==, 0);
  hdr = ml_runtime_malloc (rt, 520, t_ptr);
  g_assert_cmpuint (ml_runtime_object_base (rt, hdr + 16, &slot, NULL), ==, hdr);
  g_assert_cmpuint (slot, ==, 576);
  /* The header sits in the first 8 bytes of the slot. */
  g_assert_cmpuint (ml_runtime_object_base (rt, hdr - 8, NULL, NULL), ==, hdr);

  snap = ml_runtime_snapshot (rt, ML_SNAPSHOT_ALL);
  i = ml_snapshot_find_object (snap, hdr);
  g_assert_cmpint (i, >=, 0);
  g_assert_true (snap->objects[i].flags & ML_OBJECT_HEADER);
  g_assert_true (snap->objects[i].type == t_ptr);
  i = ml_snapshot_find_object (snap, big);
  g_assert_true (snap->objects[i].flags & ML_OBJECT_LARGE);
  g_assert_cmpuint (snap->spans[snap->objects[i].span].npages, ==, 5);
}

static void
test_zeroed (void)
{
  g_autoptr(MlRuntime) rt = ml_runtime_new ();
  const MlRtype *node = sim_test_node_type (rt);
  guint64 p, q, v = 1;

  ml_runtime_set_history_enabled (rt, FALSE);
  p = ml_runtime_new_object (rt, node);
  ml_runtime_write_word (rt, p + 16, 0xdeadbeef);
  /* Unreachable: the next full cycle frees it and the slot is reused, zeroed. */
  ml_runtime_gc_collect (rt);
  g_assert_false (sim_test_is_live (rt, p));
  q = ml_runtime_new_object (rt, node);
  g_assert_cmpuint (q, ==, p);
  g_assert_cmpint (ml_runtime_read_word (rt, q + 16, &v), ==, ML_FAULT_NONE);
  g_assert_cmpuint (v, ==, 0);
  g_assert_cmpuint (ml_runtime_malloc (rt, 0, NULL), ==, ml_runtime_zerobase (rt));
}

static void
test_memstats (void)
{
  g_autoptr(MlRuntime) rt = new_quiet_runtime ();
  const MlRtype *node = sim_test_node_type (rt);
  MlMemStats st;

  for (guint i = 0; i < 1000; i++)
    ml_runtime_new_object (rt, node);
  ml_runtime_read_memstats (rt, &st);
  /* Node is 24 bytes: class 3, 341 per 8 KiB span, so 3 spans. */
  g_assert_cmpuint (st.mallocs, ==, 1000);
  g_assert_cmpuint (st.heap_alloc, ==, 24000);
  g_assert_cmpuint (st.total_alloc, ==, 24000);
  g_assert_cmpuint (st.heap_objects, ==, 1000);
  g_assert_cmpuint (st.by_size[3].mallocs, ==, 1000);
  g_assert_cmpuint (st.by_size[3].size, ==, 24);
  g_assert_cmpuint (st.heap_inuse, ==, 3 * 8192);
  /* The goroutine's stack, and the 256 KiB of stack spans Go's own goroutines and per-P
   * caches hold in any program. */
  g_assert_cmpuint (st.stack_inuse, ==, 32768 + 262144);
  g_assert_cmpuint (st.sys, ==, st.heap_sys + st.stack_sys + st.mspan_sys + st.mcache_sys + st.buckhash_sys
                    + st.gc_sys + st.other_sys);
  g_assert_cmpuint (st.mspan_inuse, ==, (3 + 1) * 160);  /* three spans of objects, one of stack */
  g_assert_cmpuint (st.mcache_inuse, ==, 2 * 2296);
  g_assert_cmpuint (st.heap_sys, >=, st.heap_inuse);
  g_assert_cmpuint (st.heap_idle, ==, st.heap_sys - st.heap_inuse);
  g_assert_true (st.enable_gc);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/sim/alloc/size-classes", test_size_classes);
  g_test_add_func ("/sim/alloc/tiny", test_tiny);
  g_test_add_func ("/sim/alloc/large-and-header", test_large_and_header);
  g_test_add_func ("/sim/alloc/zeroed", test_zeroed);
  g_test_add_func ("/sim/alloc/memstats", test_memstats);
  return g_test_run ();
}
