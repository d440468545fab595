/* test-vm-loopvar.c
 *
 * Copyright 2026 The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Go 1.22's loop variables in the model: a three-clause loop whose variable escapes gives
 * each iteration a heap object of its own (one more for the last test, as cmd/compile's
 * loopvar does), the statements step as a debugger shows them, and history goes back and
 * forth over the iterations with the heap as it was.
 */

#include "config.h"

#include <string.h>

#include "ml-runtime.h"
#include "ml-vm.h"
#include "vm-test-compile.h"

static MlVm *
start (const char *source,
       MlRuntime **rt)
{
  g_autofree char *errors = NULL;
  g_autoptr(MlVmProgram) code = vm_test_compile ("main.go", source, &errors);

  g_assert_null (errors);
  g_assert_nonnull (code);
  *rt = ml_runtime_new ();
  return ml_vm_new (code, *rt);
}

/* The objects allocated so far (an int is a tiny allocation: counted, but sharing a block). */
static guint
mallocs (MlRuntime *rt)
{
  MlMemStats stats;

  ml_runtime_read_memstats (rt, &stats);
  return stats.mallocs;
}

static const char pointers_program[] =
  "package main\n"                              /*  1 */
  "\n"
  "import \"fmt\"\n"
  "\n"
  "func main() {\n"                             /*  5 */
  "\tvar ps []*int\n"
  "\tfor i := 0; i < 3; i++ {\n"
  "\t\tps = append(ps, &i)\n"
  "\t}\n"
  "\tfmt.Println(*ps[0], *ps[1], *ps[2])\n"     /* 10 */
  "}\n";

typedef struct
{
  guint64 step;
  guint   line;
  guint   ints;
  guint64 hash;
} Seen;

/* &i in each iteration is a new int on the heap: three the slice keeps, and the one the
 * last test (i < 3 false) runs with.  The loop's clauses step as before: the for statement,
 * its init and its first test, then the body and the post statement with the next test, once
 * per iteration. */
static void
test_pointers (void)
{
  g_autoptr(MlRuntime) rt = NULL;
  g_autoptr(MlVm) vm = start (pointers_program, &rt);
  g_autoptr(GArray) seen = g_array_new (FALSE, FALSE, sizeof (Seen));
  static const guint want_lines[] = { 6, 7, 7, 7, 8, 7, 8, 7, 8, 7, 10 };
  g_autoptr(GArray) lines = g_array_new (FALSE, FALSE, sizeof (guint));
  MlVmEvent ev;
  gsize len;
  guint base;

  ml_runtime_set_checker (rt, ML_CHECK_ALL);
  base = mallocs (rt);
  do
    {
      Seen s;
      const char *func;

      ev = ml_vm_step (vm, ML_VM_STEP_ANY);
      s.step = ml_runtime_get_step (rt);
      ml_vm_get_position (vm, &func, &s.line, NULL);
      s.ints = mallocs (rt) - base;
      s.hash = ml_runtime_hash_memory (rt);
      g_array_append_val (seen, s);
    }
  while (ev != ML_VM_EVENT_EXIT && ev != ML_VM_EVENT_PANIC);
  g_assert_cmpstr (ml_vm_get_output (vm, &len), ==, "0 1 2\n");
  g_assert_cmpuint (ml_runtime_get_n_violations (rt), ==, 0);
  g_assert_cmpuint (mallocs (rt) - base, ==, 4);

  /* The number of ints grows one at a time, never by two at once. */
  for (guint k = 1; k < seen->len; k++)
    {
      Seen *a = &g_array_index (seen, Seen, k - 1);
      Seen *b = &g_array_index (seen, Seen, k);

      g_assert_cmpuint (b->ints, >=, a->ints);
      g_assert_cmpuint (b->ints, <=, a->ints + 1);
    }

  /* Back to every step, and forward one: the same position, the same heap. */
  for (guint k = seen->len - 1; k > 0; k--)
    {
      Seen *a = &g_array_index (seen, Seen, k - 1);
      Seen *b = &g_array_index (seen, Seen, k);
      const char *func;
      guint line;

      g_assert_true (ml_runtime_seek (rt, a->step));
      ml_vm_get_position (vm, &func, &line, NULL);
      g_assert_cmpuint (line, ==, a->line);
      g_assert_cmpuint (mallocs (rt) - base, ==, a->ints);
      g_assert_cmpuint (ml_runtime_hash_memory (rt), ==, a->hash);
      ml_vm_step (vm, ML_VM_STEP_ANY);
      g_assert_cmpuint (mallocs (rt) - base, ==, b->ints);
      g_assert_cmpuint (ml_runtime_hash_memory (rt), ==, b->hash);
    }

  /* Statement by statement from the start. */
  {
    g_autoptr(MlRuntime) rt2 = NULL;
    g_autoptr(MlVm) vm2 = start (pointers_program, &rt2);

    do
      {
        const char *func;
        guint line;

        ev = ml_vm_step (vm2, ML_VM_STEP_STATEMENT);
        ml_vm_get_position (vm2, &func, &line, NULL);
        if (ev != ML_VM_EVENT_EXIT)
          g_array_append_val (lines, line);
      }
    while (ev != ML_VM_EVENT_EXIT && ev != ML_VM_EVENT_PANIC);
    for (guint i = 0; i < lines->len; i++)
      g_test_message ("statement %u: line %u", i, g_array_index (lines, guint, i));
    g_assert_cmpuint (lines->len, ==, G_N_ELEMENTS (want_lines));
    for (guint i = 0; i < lines->len; i++)
      g_assert_cmpuint (g_array_index (lines, guint, i), ==, want_lines[i]);
  }
}

static const char closures_program[] =
  "package main\n"
  "\n"
  "import \"fmt\"\n"
  "\n"
  "func main() {\n"
  "\tvar fs []func() int\n"
  "\tfor i := 0; i < 4; i++ {\n"
  "\t\tfs = append(fs, func() int { return i })\n"
  "\t\tif i == 1 {\n"
  "\t\t\ti++\n"
  "\t\t}\n"
  "\t}\n"
  "\tfor j := 0; j < 3; j++ {\n"
  "\t\tif j == 1 {\n"
  "\t\t\tcontinue\n"
  "\t\t}\n"
  "\t\tfs = append(fs, func() int { return j * 10 })\n"
  "\t}\n"
  "\tfor _, f := range fs {\n"
  "\t\tfmt.Print(f(), \" \")\n"
  "\t}\n"
  "\tfmt.Println()\n"
  "}\n";

/* Closures capture the iteration's variable: a change in the body (i++) is the next
 * iteration's start, and a continue carries the value on too. */
static void
test_closures (void)
{
  g_autoptr(MlRuntime) rt = NULL;
  g_autoptr(MlVm) vm = start (closures_program, &rt);
  gsize len;

  ml_runtime_set_checker (rt, ML_CHECK_ALL);
  g_assert_cmpint (ml_vm_run (vm), ==, ML_VM_EVENT_EXIT);
  g_assert_cmpstr (ml_vm_get_output (vm, &len), ==, "0 2 3 0 20 \n");
  g_assert_cmpuint (ml_runtime_get_n_violations (rt), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/vm/loopvar/pointers", test_pointers);
  g_test_add_func ("/vm/loopvar/closures", test_closures);
  return g_test_run ();
}
