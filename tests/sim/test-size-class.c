/* test-size-class.c
 *
 * Copyright 2026 The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "ml-runtime.h"

static const guint expected_caps[38] = {
  1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 848, 1280, 1792, 2560, 3408, 5120, 7168, 9216,
  12288, 16384, 21504, 27648, 34816, 44032, 55296, 69632, 88064, 110592, 139264, 175104,
  219136, 274432, 344064, 431104, 539648, 674816, 843776, 1055744,
};

static void
test_table (void)
{
  guint prev = 0;

  g_assert_cmpuint (ml_size_class_to_size (1), ==, 8);
  g_assert_cmpuint (ml_size_class_to_size (67), ==, 32768);
  g_assert_cmpuint (ml_size_class_to_npages (67), ==, 4);
  g_assert_cmpuint (ml_size_class_to_nelems (1), ==, 1024);
  g_assert_cmpuint (ml_size_class_to_nelems (3), ==, 341);
  g_assert_cmpuint (ml_size_class_to_nelems (35), ==, 11);
  g_assert_cmpuint (ml_size_class_to_nelems (65), ==, 3);

  /* 67 real classes, strictly increasing, every one a multiple of 8. */
  for (guint c = 1; c < ML_NUM_SIZE_CLASSES; c++)
    {
      guint size = ml_size_class_to_size (c);

      g_assert_cmpuint (size, >, prev);
      g_assert_cmpuint (size % 8, ==, 0);
      prev = size;
    }
}

/* Every boundary: the class's own size maps to it, one byte more to the next class. */
static void
test_boundaries (void)
{
  for (guint c = 1; c < ML_NUM_SIZE_CLASSES; c++)
    {
      guint size = ml_size_class_to_size (c);

      g_assert_cmpuint (ml_size_to_class (size), ==, c);
      g_assert_cmpuint (ml_size_to_class (size - 1 == 0 ? 1 : size - 1), <=, c);
      if (c + 1 < ML_NUM_SIZE_CLASSES)
        g_assert_cmpuint (ml_size_to_class (size + 1), ==, c + 1);
      g_assert_cmpuint (ml_roundupsize (size, TRUE), ==, size);
      if (c + 1 < ML_NUM_SIZE_CLASSES && size + 1 <= ML_MAX_SMALL_ALLOC)
        g_assert_cmpuint (ml_roundupsize (size + 1, TRUE), ==, ml_size_class_to_size (c + 1));
    }
  g_assert_cmpuint (ml_size_to_class (32769), ==, 0);
  g_assert_cmpuint (ml_size_to_class (1024), ==, 32);
  g_assert_cmpuint (ml_size_to_class (1025), ==, 33);
}

static void
test_roundupsize (void)
{
  /* Pointerful objects over 512 bytes carry an 8-byte malloc header. */
  g_assert_cmpuint (ml_roundupsize (512, FALSE), ==, 512);
  g_assert_cmpuint (ml_roundupsize (513, FALSE), ==, 576 - 8);
  g_assert_cmpuint (ml_roundupsize (1024, FALSE), ==, 1152 - 8);
  g_assert_cmpuint (ml_roundupsize (1024, TRUE), ==, 1024);
  /* Large sizes round up to whole pages. */
  g_assert_cmpuint (ml_roundupsize (32760, TRUE), ==, 32768);
  g_assert_cmpuint (ml_roundupsize (32761, TRUE), ==, 32768);
  g_assert_cmpuint (ml_roundupsize (32769, TRUE), ==, 40960);
  g_assert_cmpuint (ml_roundupsize (35616, TRUE), ==, 40960);
  g_assert_cmpuint (ml_roundupsize (6656, TRUE), ==, 6784);
}

static void
test_nextslicecap (void)
{
  g_assert_cmpint (ml_nextslicecap (1, 0), ==, 1);
  g_assert_cmpint (ml_nextslicecap (5, 4), ==, 8);
  g_assert_cmpint (ml_nextslicecap (513, 512), ==, 832);
  g_assert_cmpint (ml_nextslicecap (849, 848), ==, 1252);
  g_assert_cmpint (ml_nextslicecap (100, 3), ==, 100);
}

/* go-runtime.md section 7.2: appending 1..1,000,000 ints one at a time from nil. */
static void
test_growslice_int (void)
{
  gint64 cap = 0;
  guint64 total = 0, copied = 0;
  guint n = 0;

  for (gint64 len = 1; len <= 1000000; len++)
    if (len > cap)
      {
        guint64 bytes;
        gint64 newcap = ml_growslice_cap (len, cap, 8, FALSE, &bytes);

        g_assert_cmpuint (n, <, G_N_ELEMENTS (expected_caps));
        g_assert_cmpint (newcap, ==, expected_caps[n]);
        total += bytes;
        copied += (guint64) (len - 1) * 8;
        cap = newcap;
        n++;
      }
  g_assert_cmpuint (n, ==, 38);
  g_assert_cmpuint (total, ==, 41678072);
  g_assert_cmpuint (copied, ==, 33232120);
  g_assert_cmpint (cap, ==, 1055744);
}

/* The same for []*int: malloc headers change the rounding above 512 bytes. */
static void
test_growslice_pointer (void)
{
  static const guint head[] = { 1, 2, 4, 8, 16, 32, 64, 143, 287, 607, 1023, 1535, 2303, 3071, 4095, 6144, 8192 };
  gint64 cap = 0;
  guint64 total = 0;
  guint n = 0;

  for (gint64 len = 1; len <= 1000000; len++)
    if (len > cap)
      {
        guint64 bytes;

        cap = ml_growslice_cap (len, cap, 8, TRUE, &bytes);
        if (n < G_N_ELEMENTS (head))
          g_assert_cmpint (cap, ==, head[n]);
        total += bytes;
        n++;
      }
  g_assert_cmpuint (n, ==, 38);
  g_assert_cmpint (cap, ==, 1135616);
  g_assert_cmpuint (total, ==, 44948536);
}

/* The same sequence through the runtime: real allocations, real copies, real bytes. */
static void
test_growslice_runtime (void)
{
  g_autoptr(MlRuntime) rt = ml_runtime_new ();
  const MlRtype *t_int = ml_rtype_registry_basic (ml_runtime_get_types (rt), ML_KIND_INT);
  MlMemStats before, after;
  guint64 ptr = 0, cap = 0, len = 0;
  guint grows = 0;

  ml_runtime_set_history_enabled (rt, FALSE);
  ml_runtime_read_memstats (rt, &before);
  for (guint64 i = 1; i <= 20000; i++)
    {
      guint64 v;

      if (len + 1 > cap)
        {
          guint64 old = ptr;
          guint n_events;
          const MlEvent *ev;

          ptr = ml_runtime_growslice (rt, ptr, len, cap, len + 1, t_int, &cap);
          g_assert_cmpuint (cap, ==, expected_caps[grows]);
          grows++;
          /* The event the slice-growth lesson animates: old array, new array, bytes copied. */
          ml_runtime_end_step (rt);
          ev = ml_runtime_get_events (rt, &n_events);
          g_assert_cmpuint (n_events, >=, 2);
          g_assert_cmpuint (ev[n_events - 1].kind, ==, ML_EVENT_GROWSLICE);
          g_assert_cmpuint (ev[n_events - 1].addr, ==, old);
          g_assert_cmpuint (ev[n_events - 1].addr2, ==, ptr);
          g_assert_cmpuint (ev[n_events - 1].value, ==, len * 8);
          g_assert_cmpuint (ev[n_events - 1].aux, ==, cap);
        }
      g_assert_cmpint (ml_runtime_write_word (rt, ptr + len * 8, i), ==, ML_FAULT_NONE);
      len++;
      g_assert_cmpint (ml_runtime_read_word (rt, ptr + (len / 2) * 8, &v), ==, ML_FAULT_NONE);
      g_assert_cmpuint (v, ==, len / 2 + 1);
    }
  ml_runtime_read_memstats (rt, &after);
  g_assert_cmpuint (grows, ==, 21);
  /* The first backing array (one int, 8 bytes, pointer-free) comes from the tiny allocator,
   * which takes a whole 16-byte block: real Go's TotalAlloc counts it the same way. */
  g_assert_cmpuint (after.total_alloc - before.total_alloc, ==,
                    16 + 16 + 32 + 64 + 128 + 256 + 512 + 1024 + 2048 + 4096 + 6784 + 10240 + 14336
                    + 20480 + 27264 + 40960 + 57344 + 73728 + 98304 + 131072 + 172032);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/sim/size-class/table", test_table);
  g_test_add_func ("/sim/size-class/boundaries", test_boundaries);
  g_test_add_func ("/sim/size-class/roundupsize", test_roundupsize);
  g_test_add_func ("/sim/size-class/nextslicecap", test_nextslicecap);
  g_test_add_func ("/sim/size-class/growslice-int", test_growslice_int);
  g_test_add_func ("/sim/size-class/growslice-pointer", test_growslice_pointer);
  g_test_add_func ("/sim/size-class/growslice-runtime", test_growslice_runtime);
  return g_test_run ();
}
