/* test-memory.c
 *
 * Copyright 2026 The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <string.h>

#include "sim-test-util.h"

static void
test_faults (void)
{
  g_autoptr(MlRuntime) rt = ml_runtime_new ();
  const MlRtype *t_int = ml_rtype_registry_basic (ml_runtime_get_types (rt), ML_KIND_INT);
  guint64 v = 0;
  guint64 text = ml_runtime_add_function (rt, "main.main", 120);
  guint64 lit = ml_runtime_intern_string (rt, "hola", -1);
  guint64 glob = ml_runtime_add_global (rt, "main.num", t_int, TRUE);

  g_assert_cmpint (ml_runtime_read_word (rt, 0, &v), ==, ML_FAULT_NIL);
  g_assert_cmpint (ml_runtime_write_word (rt, 8, 1), ==, ML_FAULT_NIL);
  g_assert_cmpint (ml_runtime_read_word (rt, 0xfff, &v), ==, ML_FAULT_NIL);
  g_assert_cmpint (ml_runtime_read_word (rt, 0x10000, &v), ==, ML_FAULT_UNMAPPED);
  g_assert_cmpint (ml_runtime_read_word (rt, G_GUINT64_CONSTANT (0x7fff00000000), &v), ==, ML_FAULT_UNMAPPED);
  /* The heap arena is only mapped once the heap has grown into it. */
  g_assert_cmpint (ml_runtime_read_word (rt, ML_ARENA_BASE + (G_GUINT64_CONSTANT (5) << 26), &v), ==, ML_FAULT_UNMAPPED);
  g_assert_cmpint (ml_runtime_write_word (rt, text, 1), ==, ML_FAULT_READ_ONLY);
  g_assert_cmpint (ml_runtime_write_word (rt, lit, 1), ==, ML_FAULT_READ_ONLY);
  g_assert_cmpint (ml_runtime_read_word (rt, text, &v), ==, ML_FAULT_NONE);
  g_assert_cmpint (ml_runtime_write_word (rt, glob, 42), ==, ML_FAULT_NONE);
  g_assert_cmpint (ml_runtime_read_word (rt, glob, &v), ==, ML_FAULT_NONE);
  g_assert_cmpuint (v, ==, 42);
  g_assert_true (ml_runtime_is_mapped (rt, glob));
  g_assert_false (ml_runtime_is_mapped (rt, 0));
  g_assert_cmpstr (ml_runtime_function_at (rt, text + 10), ==, "main.main");
}

static void
test_segments (void)
{
  g_autoptr(MlRuntime) rt = ml_runtime_new ();
  MlRtypeRegistry *reg = ml_runtime_get_types (rt);
  const MlRtype *t_int = ml_rtype_registry_basic (reg, ML_KIND_INT);
  guint64 a = ml_runtime_intern_string (rt, "Marcelo", -1);
  guint64 b = ml_runtime_intern_string (rt, "Marcelo", -1);
  guint64 c = ml_runtime_intern_string (rt, "Pepe", -1);
  guint64 data = ml_runtime_add_global (rt, "main.num", t_int, TRUE);
  guint64 bss = ml_runtime_add_global (rt, "main.p1", t_int, FALSE);
  guint64 f1 = ml_runtime_add_function (rt, "main.main", 100);
  guint64 f2 = ml_runtime_add_function (rt, "main.f", 10);
  char buf[8] = { 0 };

  g_assert_cmpuint (a, ==, b);
  g_assert_cmpuint (c, !=, a);
  g_assert_cmpuint (a, >=, ML_RODATA_BASE);
  g_assert_cmpint (ml_runtime_read (rt, a, buf, 7), ==, ML_FAULT_NONE);
  g_assert_cmpstr (buf, ==, "Marcelo");
  g_assert_cmpuint (data, >=, ML_DATA_BASE);
  g_assert_cmpuint (data, <, ML_BSS_BASE);
  g_assert_cmpuint (bss, >=, ML_BSS_BASE);
  g_assert_cmpuint (f1, ==, ML_TEXT_BASE);
  g_assert_cmpuint (f2 % 32, ==, 0);
  g_assert_cmpuint (ml_runtime_lookup_global (rt, "main.p1"), ==, bss);
}

static void
test_bytes (void)
{
  g_autoptr(MlRuntime) rt = ml_runtime_new ();
  MlRtypeRegistry *reg = ml_runtime_get_types (rt);
  const MlRtype *arr = ml_rtype_registry_array_of (reg, ml_rtype_registry_basic (reg, ML_KIND_UINT8), 20000);
  guint64 p = ml_runtime_new_object (rt, arr);
  guint8 in[20000], out[20000];

  for (guint i = 0; i < sizeof in; i++)
    in[i] = (guint8) (i * 7 + 3);
  /* Unaligned, crossing pages. */
  g_assert_cmpint (ml_runtime_write (rt, p + 3, in, sizeof in - 3), ==, ML_FAULT_NONE);
  g_assert_cmpint (ml_runtime_read (rt, p + 3, out, sizeof in - 3), ==, ML_FAULT_NONE);
  g_assert_cmpmem (in, sizeof in - 3, out, sizeof in - 3);
  g_assert_cmpint (ml_runtime_read (rt, p, out, 3), ==, ML_FAULT_NONE);
  g_assert_cmpuint (out[0] | out[1] | out[2], ==, 0);
}

/* copy(s[1:], s) and copy(s, s[1:]) on a []*Node: memmove semantics, barriers included. */
static void
test_slice_copy (void)
{
  g_autoptr(MlRuntime) rt = ml_runtime_new ();
  const MlRtype *node = sim_test_node_type (rt);
  const MlRtype *pnode = ml_rtype_registry_pointer_to (ml_runtime_get_types (rt), node);
  guint64 arr = ml_runtime_make_slice (rt, pnode, 5);
  guint64 objs[5], v;

  for (guint i = 0; i < 5; i++)
    {
      objs[i] = ml_runtime_new_object (rt, node);
      ml_runtime_write_pointer (rt, arr + i * 8, objs[i]);
    }
  g_assert_cmpint (ml_runtime_typed_slice_copy (rt, arr + 8, arr, pnode, 4), ==, ML_FAULT_NONE);
  for (guint i = 1; i < 5; i++)
    {
      ml_runtime_read_word (rt, arr + i * 8, &v);
      g_assert_cmpuint (v, ==, objs[i - 1]);
    }
  g_assert_cmpint (ml_runtime_typed_slice_copy (rt, arr, arr + 8, pnode, 4), ==, ML_FAULT_NONE);
  for (guint i = 0; i < 4; i++)
    {
      ml_runtime_read_word (rt, arr + i * 8, &v);
      g_assert_cmpuint (v, ==, objs[i]);
    }
  g_assert_cmpint (ml_runtime_typed_slice_copy (rt, 0, arr, pnode, 1), ==, ML_FAULT_NIL);
}

/* growslice moves elements of any size from wherever the old array starts: a []byte
 * re-sliced at an odd offset, 12-byte structs of int32, as memmove does (it used to move
 * whole words only, and aborted on anything else). */
static void
test_growslice_any_size (void)
{
  g_autoptr(MlRuntime) rt = ml_runtime_new ();
  MlRtypeRegistry *reg = ml_runtime_get_types (rt);
  const MlRtype *u8 = ml_rtype_registry_basic (reg, ML_KIND_UINT8);
  const MlRtype *i32 = ml_rtype_registry_basic (reg, ML_KIND_INT32);
  MlRtypeField fields[] = { { "a", i32, 0, FALSE }, { "b", i32, 0, FALSE }, { "c", i32, 0, FALSE } };
  const MlRtype *s12 = ml_rtype_registry_struct (reg, "main.Trio", fields, G_N_ELEMENTS (fields));
  const guint offsets[] = { 0, 1, 3, 5, 7 };
  const guint lens[] = { 1, 7, 8, 9, 31 };
  guint64 arr = ml_runtime_make_slice (rt, u8, 40);
  guint8 in[60], out[60];
  guint64 p, cap;

  for (guint i = 0; i < sizeof in; i++)
    in[i] = (guint8) (i * 13 + 1);
  g_assert_cmpint (ml_runtime_write (rt, arr, in, 40), ==, ML_FAULT_NONE);
  for (guint i = 0; i < G_N_ELEMENTS (offsets); i++)
    for (guint j = 0; j < G_N_ELEMENTS (lens); j++)
      {
        p = ml_runtime_growslice (rt, arr + offsets[i], lens[j], lens[j], lens[j] + 1, u8, &cap);
        g_assert_cmpuint (p, !=, 0);
        g_assert_cmpuint (cap, >, lens[j]);
        g_assert_cmpint (ml_runtime_read (rt, p, out, lens[j]), ==, ML_FAULT_NONE);
        g_assert_cmpmem (out, lens[j], in + offsets[i], lens[j]);
      }

  g_assert_cmpuint (s12->size, ==, 12);
  arr = ml_runtime_make_slice (rt, s12, 5);
  g_assert_cmpint (ml_runtime_write (rt, arr, in, 60), ==, ML_FAULT_NONE);
  p = ml_runtime_growslice (rt, arr, 5, 5, 6, s12, &cap);
  g_assert_cmpuint (cap, ==, 10);
  g_assert_cmpint (ml_runtime_read (rt, p, out, 60), ==, ML_FAULT_NONE);
  g_assert_cmpmem (out, 60, in, 60);
  /* From the second element on: an address that is not a whole word. */
  p = ml_runtime_growslice (rt, arr + 12, 4, 4, 5, s12, &cap);
  g_assert_cmpint (ml_runtime_read (rt, p, out, 48), ==, ML_FAULT_NONE);
  g_assert_cmpmem (out, 48, in + 12, 48);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/sim/memory/faults", test_faults);
  g_test_add_func ("/sim/memory/segments", test_segments);
  g_test_add_func ("/sim/memory/bytes", test_bytes);
  g_test_add_func ("/sim/memory/slice-copy", test_slice_copy);
  g_test_add_func ("/sim/memory/growslice-any-size", test_growslice_any_size);
  return g_test_run ();
}
