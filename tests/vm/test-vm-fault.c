/* test-vm-fault.c
 *
 * Copyright 2026 The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * MemLab's own failures are contained: a model check that fails ends the run with
 * ML_VM_EVENT_FAULT and a report of what failed and where, the faulted VM and runtime free
 * cleanly, and the process goes on to run the next program.
 */

#include "config.h"

#include <string.h>

#include "ml-model-check.h"
#include "ml-runtime.h"
#include "ml-vm-runner.h"
#include "ml-vm.h"
#include "vm-test-compile.h"

static const char *program =
  "package main\n"
  "\n"
  "import \"fmt\"\n"
  "\n"
  "func main() {\n"
  "\tnotas := []int{}\n"
  "\tfor i := 0; i < 50; i++ {\n"
  "\t\tnotas = append(notas, i)\n"
  "\t}\n"
  "\tfmt.Println(len(notas))\n"
  "}\n";

static MlVm *
start (MlRuntime **rt)
{
  g_autofree char *errors = NULL;
  g_autoptr(MlVmProgram) code = vm_test_compile ("main.go", program, &errors);

  g_assert_null (errors);
  g_assert_nonnull (code);
  *rt = ml_runtime_new ();
  return ml_vm_new (code, *rt);
}

/* The injected fault ends the run at its step, wherever the program is; the VM then refuses
 * to step, and both it and the runtime it broke are freed (the sanitizer builds check that). */
static void
test_forced_fault (void)
{
  g_autoptr(MlRuntime) rt = NULL;
  g_autoptr(MlVm) vm = NULL;
  const MlVmFault *fault;
  g_autofree char *what = NULL;

  ml_model_set_fault_step (20);
  vm = start (&rt);
  ml_model_set_fault_step (0);

  g_assert_cmpint (ml_vm_run (vm), ==, ML_VM_EVENT_FAULT);
  g_assert_true (ml_vm_is_finished (vm));
  fault = ml_vm_get_fault (vm);
  g_assert_nonnull (fault);
  g_assert_nonnull (strstr (fault->check.expr, "MEMLAB_FAULT_AT_STEP"));
  g_assert_nonnull (strstr (fault->check.file, "ml-vm.c"));
  g_assert_cmpuint (fault->step, >=, 20);
  g_assert_cmpuint (fault->line, >=, 6);
  g_assert_cmpuint (fault->line, <=, 8);
  g_assert_cmpstr (fault->function, ==, "main.main");
  g_assert_cmpint (ml_vm_get_exit_status (vm), ==, 1);
  g_assert_false (ml_model_guarded ());

  /* Nothing runs after the fault. */
  g_assert_cmpint (ml_vm_step (vm, ML_VM_STEP_ANY), ==, ML_VM_EVENT_FAULT);
  g_assert_cmpint (ml_vm_step (vm, ML_VM_STEP_STATEMENT), ==, ML_VM_EVENT_FAULT);

  what = ml_vm_fault_describe (fault);
  g_assert_nonnull (strstr (what, "MEMLAB_FAULT_AT_STEP"));
  g_assert_nonnull (strstr (what, "ml-vm.c:"));
}

/* Step by step with history on, as the engine runs it: the fault comes in the step it is
 * due, and the next program runs as if nothing had happened. */
static void
test_fault_then_next_run (void)
{
  {
    g_autoptr(MlRuntime) rt = NULL;
    g_autoptr(MlVm) vm = NULL;
    MlVmEvent ev;
    guint n = 0;

    ml_model_set_fault_step (12);
    vm = start (&rt);
    ml_model_set_fault_step (0);
    ml_runtime_set_history_enabled (rt, TRUE);
    do
      ev = ml_vm_step (vm, ML_VM_STEP_ANY);
    while (ev != ML_VM_EVENT_FAULT && ev != ML_VM_EVENT_EXIT && ++n < 10000);
    g_assert_cmpint (ev, ==, ML_VM_EVENT_FAULT);
    g_assert_cmpuint (ml_vm_get_fault (vm)->step, ==, 12);
  }
  {
    g_autoptr(MlRuntime) rt = NULL;
    g_autoptr(MlVm) vm = start (&rt);

    g_assert_cmpint (ml_vm_run (vm), ==, ML_VM_EVENT_EXIT);
    g_assert_null (ml_vm_get_fault (vm));
    g_assert_cmpstr (ml_vm_get_output (vm, NULL), ==, "50\n");
  }
}

/* The runner, as memlab-cli uses it, hands the fault back with the run's end. */
static void
test_runner_fault (void)
{
  g_autofree char *errors = NULL;
  g_autoptr(MlVmProgram) code = vm_test_compile ("main.go", program, &errors);
  MlVmRunnerOptions options = ML_VM_RUNNER_OPTIONS_INIT;
  MlVmEvent end = ML_VM_EVENT_NONE;
  MlVmFault fault = { { NULL, NULL, 0, NULL }, NULL, 0, 0 };
  int status;

  ml_model_set_fault_step (30);
  status = ml_vm_runner_run_full (code, &options, NULL, NULL, NULL, &end, NULL, &fault);
  ml_model_set_fault_step (0);
  g_assert_cmpint (end, ==, ML_VM_EVENT_FAULT);
  g_assert_cmpint (status, ==, 1);
  g_assert_nonnull (strstr (fault.check.expr, "MEMLAB_FAULT_AT_STEP"));
  g_assert_cmpuint (fault.step, >=, 30);
}

static void
fail_inner (gpointer data)
{
  guint *reached = data;

  (*reached)++;
  ml_model_check (*reached == 0);
  (*reached)++;
}

static void
nested (gpointer data)
{
  guint *reached = data;
  MlModelFault fault;

  g_assert_false (ml_model_guard (fail_inner, reached, &fault));
  g_assert_cmpstr (fault.expr, ==, "*reached == 0");
  g_assert_cmpstr (fault.function, ==, "fail_inner");
  /* The outer guard is still in place: a check here fails to it. */
  g_assert_true (ml_model_guarded ());
  ml_model_check (*reached == 0);
}

/* Guards nest: a failed check unwinds to the innermost, then the outer one is in force. */
static void
test_guards_nest (void)
{
  guint reached = 0;
  MlModelFault fault;

  g_assert_false (ml_model_guard (nested, &reached, &fault));
  g_assert_cmpuint (reached, ==, 1);
  g_assert_cmpstr (fault.function, ==, "nested");
  g_assert_false (ml_model_guarded ());
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/vm/fault/forced", test_forced_fault);
  g_test_add_func ("/vm/fault/then-next-run", test_fault_then_next_run);
  g_test_add_func ("/vm/fault/runner", test_runner_fault);
  g_test_add_func ("/vm/fault/guards-nest", test_guards_nest);

  return g_test_run ();
}
