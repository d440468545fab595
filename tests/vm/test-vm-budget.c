/* test-vm-budget.c
 *
 * Copyright 2026 The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * MemLab's budgets on a runaway program: each one stops its program with the message that
 * names it (time, steps with the work charged by size, history), and the output kept is
 * bounded.  Small budgets, so that each test costs a fraction of a second.
 */

#include "config.h"

#include <string.h>

#include "ml-runtime.h"
#include "ml-vm.h"
#include "vm-test-compile.h"

static MlVm *
start (const char *source,
       MlRuntime **rt,
       gboolean    history)
{
  g_autofree char *errors = NULL;
  g_autoptr(MlVmProgram) code = vm_test_compile ("main.go", source, &errors);

  g_assert_null (errors);
  g_assert_nonnull (code);
  *rt = ml_runtime_new ();
  ml_runtime_set_history_enabled (*rt, history);
  return ml_vm_new (code, *rt);
}

/* An endless loop within the step budget is stopped by the clock, soon after its time. */
static void
test_time (void)
{
  g_autoptr(MlRuntime) rt = NULL;
  g_autoptr(MlVm) vm = start ("package main\n\nfunc main() {\n\tn := 0\n\tfor {\n\t\tn++\n\t}\n}\n",
                              &rt, FALSE);
  gint64 t0 = g_get_monotonic_time ();

  ml_vm_set_step_limit (vm, G_MAXUINT64 / 2);
  ml_vm_set_time_limit (vm, 200000);
  g_assert_cmpint (ml_vm_run (vm), ==, ML_VM_EVENT_LIMIT);
  g_assert_cmpint (ml_vm_get_limit (vm), ==, ML_VM_LIMIT_TIME);
  g_assert_nonnull (strstr (ml_vm_get_limit_message (vm), "time budget, 0.2 s"));
  g_assert_cmpint (g_get_monotonic_time () - t0, <, 30 * G_USEC_PER_SEC);
}

/* The time budget counts the model's work only: stepping with pauses between the steps, as
 * the window does (more than a second of them here), does not use it up. */
static void
test_time_between_steps (void)
{
  g_autoptr(MlRuntime) rt = NULL;
  g_autoptr(MlVm) vm = start ("package main\n\nfunc main() {\n\tn := 0\n\tfor i := 0; i < 400; i++ {\n"
                              "\t\tn++\n\t}\n\tprintln(n)\n}\n", &rt, TRUE);
  MlVmEvent ev;

  ml_vm_set_time_limit (vm, 100000);
  do
    {
      ev = ml_vm_step (vm, ML_VM_STEP_ANY);
      g_usleep (1000);
    }
  while (ev != ML_VM_EVENT_EXIT && ev != ML_VM_EVENT_LIMIT);
  g_assert_cmpint (ev, ==, ML_VM_EVENT_EXIT);
}

/* Each program's statements are few, but what they do grows with a size: it is charged. */
static void
check_charged (const char *source,
               guint64     steps,
               MlVmEvent   expected)
{
  g_autoptr(MlRuntime) rt = NULL;
  g_autoptr(MlVm) vm = start (source, &rt, FALSE);

  ml_vm_set_step_limit (vm, steps);
  g_assert_cmpint (ml_vm_run (vm), ==, expected);
  if (expected == ML_VM_EVENT_LIMIT)
    {
      g_assert_cmpint (ml_vm_get_limit (vm), ==, ML_VM_LIMIT_STEPS);
      g_assert_nonnull (strstr (ml_vm_get_limit_message (vm), "steps"));
    }
}

static void
test_charged_copy (void)
{
  static const char copia[] =
    "package main\n\nfunc main() {\n\torigen := make([]byte, %d)\n\tdestino := make([]byte, %d)\n"
    "\tfor i := 0; i < 512; i++ {\n\t\tcopy(destino, origen)\n\t}\n}\n";
  g_autofree char *mib = g_strdup_printf (copia, 1 << 20, 1 << 20);
  g_autofree char *kib = g_strdup_printf (copia, 1 << 10, 1 << 10);

  /* 512 MiB copied: millions of steps' work in about 1,500 statements. */
  check_charged (mib, 100000, ML_VM_EVENT_LIMIT);
  /* 512 KiB copied: well within the same budget. */
  check_charged (kib, 100000, ML_VM_EVENT_EXIT);
}

static void
test_charged_by_value (void)
{
  /* An array of 1 MiB passed by value: each call copies it. */
  check_charged ("package main\n\ntype Bloque [1 << 17]int\n\nvar global Bloque\n\n"
                 "func primero(b Bloque) int {\n\treturn b[0]\n}\n\n"
                 "func main() {\n\ttotal := 0\n\tfor i := 0; i < 512; i++ {\n"
                 "\t\ttotal += primero(global)\n\t}\n\tprintln(total)\n}\n",
                 100000, ML_VM_EVENT_LIMIT);
}

static void
test_charged_fmt (void)
{
  /* fmt.Sprint of a slice of a million elements writes two million bytes. */
  check_charged ("package main\n\nimport \"fmt\"\n\nfunc main() {\n\tnumeros := make([]int, 1000000)\n"
                 "\tlargo := 0\n\tfor i := 0; i < 20; i++ {\n\t\tlargo += len(fmt.Sprint(numeros))\n"
                 "\t}\n\tfmt.Println(largo)\n}\n",
                 400000, ML_VM_EVENT_LIMIT);
}

static void
test_charged_gc (void)
{
  /* runtime.GC() collects the whole heap in one statement: 8 MiB live, a hundred times. */
  check_charged ("package main\n\nimport \"runtime\"\n\nvar vivos []byte\n\nfunc main() {\n"
                 "\tvivos = make([]byte, 8<<20)\n\tfor i := 0; i < 100; i++ {\n\t\truntime.GC()\n\t}\n}\n",
                 1000000, ML_VM_EVENT_LIMIT);
}

/* s += s with the history on: the doubling is refused before its copy is journaled. */
static void
test_history (void)
{
  g_autoptr(MlRuntime) rt = NULL;
  g_autoptr(MlVm) vm = start ("package main\n\nimport \"fmt\"\n\nfunc main() {\n\ts := \"ab\"\n"
                              "\tfor i := 0; i < 40; i++ {\n\t\ts += s\n\t}\n\tfmt.Println(len(s))\n}\n",
                              &rt, TRUE);

  ml_vm_set_history_limit (vm, 64 << 20);
  g_assert_cmpint (ml_vm_run (vm), ==, ML_VM_EVENT_LIMIT);
  g_assert_cmpint (ml_vm_get_limit (vm), ==, ML_VM_LIMIT_HISTORY);
  g_assert_nonnull (strstr (ml_vm_get_limit_message (vm), "history"));
  g_assert_nonnull (strstr (ml_vm_get_limit_message (vm), "64 MiB"));
  g_assert_cmpuint (ml_runtime_get_history_bytes (rt), <=, 64 << 20);
}

/* Two MiB printed: the first MiB is kept, then a line that says the rest was left out; the
 * program itself runs to its end. */
static void
test_output_kept (void)
{
  g_autoptr(MlRuntime) rt = NULL;
  g_autoptr(MlVm) vm = start ("package main\n\nimport \"fmt\"\n\nfunc main() {\n"
                              "\tfor i := 0; i < 65536; i++ {\n"
                              "\t\tfmt.Println(\"0123456789abcdefghijklmnopqrstu\")\n\t}\n}\n",
                              &rt, FALSE);
  gsize len = 0;
  const char *out;

  g_assert_cmpint (ml_vm_run (vm), ==, ML_VM_EVENT_EXIT);
  out = ml_vm_get_output (vm, &len);
  g_assert_cmpuint (len, >, 1 << 20);
  g_assert_cmpuint (len, <, (1 << 20) + 200);
  g_assert_true (strncmp (out, "0123456789abcdefghijklmnopqrstu\n", 32) == 0);
  g_assert_nonnull (strstr (out + (1 << 20), "MemLab"));
  g_assert_true (out[len - 1] == '\n');
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/vm/budget/time", test_time);
  g_test_add_func ("/vm/budget/time-between-steps", test_time_between_steps);
  g_test_add_func ("/vm/budget/charged-copy", test_charged_copy);
  g_test_add_func ("/vm/budget/charged-by-value", test_charged_by_value);
  g_test_add_func ("/vm/budget/charged-fmt", test_charged_fmt);
  g_test_add_func ("/vm/budget/charged-gc", test_charged_gc);
  g_test_add_func ("/vm/budget/history", test_history);
  g_test_add_func ("/vm/budget/output-kept", test_output_kept);
  return g_test_run ();
}
