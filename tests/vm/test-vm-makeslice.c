/* test-vm-makeslice.c
 *
 * Copyright 2026 The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * make([]T, n, K) with a constant capacity that does not escape, against Go 1.27: an array
 * of K in the frame, so no allocation whatever n, up to 64 KiB (8192 ints) and on the heap
 * past it; and the run-time check of n against K, whose panics are makeslice's (a negative
 * length's, else the capacity's, also for a length past maxAlloc).  The expected lines are
 * what go run printed for the program below.
 */

#include "config.h"

#include "ml-vm-runner.h"
#include "vm-test-compile.h"

static const char source[] =
  "package main\n"
  "\n"
  "import (\n"
  "\t\"fmt\"\n"
  "\t\"runtime\"\n"
  ")\n"
  "\n"
  "func justo(n int) int {\n"
  "\ts := make([]int, n, 8192)\n"
  "\treturn cap(s)\n"
  "}\n"
  "\n"
  "func pasado(n int) int {\n"
  "\ts := make([]int, n, 8193)\n"
  "\treturn cap(s)\n"
  "}\n"
  "\n"
  "func probar(n int) (r string) {\n"
  "\tdefer func() {\n"
  "\t\tif e := recover(); e != nil {\n"
  "\t\t\tr = fmt.Sprint(e)\n"
  "\t\t}\n"
  "\t}()\n"
  "\ts := make([]int, n, 4)\n"
  "\treturn fmt.Sprint(len(s), cap(s))\n"
  "}\n"
  "\n"
  "func main() {\n"
  "\tfmt.Println(probar(4), \"|\", probar(5), \"|\", probar(-1), \"|\", probar(1<<50))\n"
  "\tvar a, b runtime.MemStats\n"
  "\truntime.ReadMemStats(&a)\n"
  "\tx := justo(8192)\n"
  "\truntime.ReadMemStats(&b)\n"
  "\tfmt.Println(x, b.Mallocs-a.Mallocs, b.TotalAlloc-a.TotalAlloc)\n"
  "\truntime.ReadMemStats(&a)\n"
  "\tx = pasado(1)\n"
  "\truntime.ReadMemStats(&b)\n"
  "\tfmt.Println(x, b.Mallocs-a.Mallocs, b.TotalAlloc-a.TotalAlloc)\n"
  "}\n";

static const char expected[] =
  "4 4 | runtime error: makeslice: cap out of range | runtime error: makeslice: len out of range"
  " | runtime error: makeslice: cap out of range\n"
  "8192 0 0\n"
  "8193 1 73728\n";

static void
capture (const char *text,
         gsize       len,
         gboolean    is_stderr,
         gpointer    user_data)
{
  if (!is_stderr)
    g_string_append_len (user_data, text, len);
}

static void
test_constant_capacity (void)
{
  g_autofree char *errors = NULL;
  g_autoptr(MlVmProgram) code = vm_test_compile ("borde.go", source, &errors);
  g_autoptr(GString) out = g_string_new (NULL);

  g_assert_null (errors);
  g_assert_nonnull (code);
  g_assert_cmpint (ml_vm_runner_run (code, 100, 0, 0, capture, NULL, out), ==, 0);
  g_assert_cmpstr (out->str, ==, expected);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/vm/makeslice/constant-capacity", test_constant_capacity);
  return g_test_run ();
}
