/* ml-vm-runner.c
 *
 * Copyright 2026 The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Runs a compiled program to the end in a fresh runtime, as `go run` does: what the command
 * line and the tests need, without the engine's stepping.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "ml-runtime.h"
#include "ml-vm-runner.h"

/* @max_steps, @max_memory: budgets, 0 for the defaults.  Returns the exit status `go run` gives: 0, 2 for a panic, 1 when a budget stopped it. */
int
ml_vm_runner_run (MlVmProgram    *program,
                  gint            gogc,
                  guint64         max_steps,
                  guint64         max_memory,
                  MlVmOutputFunc  output,
                  MlVmTraceFunc   gctrace,
                  gpointer        user_data)
{
  MlVmRunnerOptions options = { gogc, G_MAXINT64, max_steps, max_memory, 0, 0 };

  return ml_vm_runner_run_with_options (program, &options, output, gctrace, user_data, NULL, NULL);
}

/* GOMAXPROCS as Go sets it when the environment does not: the processors this process may
 * run on (g_get_num_processors reads the affinity mask, as Go's getproccount does), within
 * what the model schedules. */
guint
ml_vm_runner_default_procs (void)
{
  return CLAMP (g_get_num_processors (), 1, ML_VM_RUNNER_MAX_PROCS);
}

int
ml_vm_runner_run_with_options (MlVmProgram             *program,
                               const MlVmRunnerOptions *options,
                               MlVmOutputFunc           output,
                               MlVmTraceFunc            gctrace,
                               gpointer                 user_data,
                               MlVmEvent               *end,
                               MlVmLimit               *limit)
{
  return ml_vm_runner_run_full (program, options, output, gctrace, user_data, end, limit, NULL);
}

/**
 * ml_vm_runner_run_full:
 * @end: (out) (optional): how the run ended: %ML_VM_EVENT_EXIT, %ML_VM_EVENT_PANIC,
 *   %ML_VM_EVENT_LIMIT when a budget stopped it, or %ML_VM_EVENT_FAULT when a model check
 *   failed
 * @limit: (out) (optional): which budget, after %ML_VM_EVENT_LIMIT
 * @fault: (out) (optional): what failed, after %ML_VM_EVENT_FAULT
 *
 * Runs @program to its end in a fresh runtime, as `go run` does, writing what it prints (and
 * its panic, or the budget that stopped it) through @output.  A failed model check ends the
 * run, never the process; saying so is the caller's.
 *
 * Returns: the program's exit status: 0, 2 for a panic, os.Exit's code, 1 after a budget or
 *   a fault
 */
int
ml_vm_runner_run_full (MlVmProgram             *program,
                       const MlVmRunnerOptions *options,
                       MlVmOutputFunc           output,
                       MlVmTraceFunc            gctrace,
                       gpointer                 user_data,
                       MlVmEvent               *end,
                       MlVmLimit               *limit,
                       MlVmFault               *fault)
{
  g_autoptr(MlRuntime) rt = ml_runtime_new ();
  g_autoptr(MlVm) vm = NULL;
  guint printed = 0;
  MlVmEvent ev;

  g_return_val_if_fail (program != NULL, 1);
  g_return_val_if_fail (options != NULL, 1);

  ml_runtime_set_history_enabled (rt, FALSE);
  ml_runtime_set_events_enabled (rt, FALSE);
  ml_runtime_set_gomaxprocs (rt, options->procs != 0 ? options->procs : ml_vm_runner_default_procs ());
  ml_runtime_set_gogc (rt, options->gogc);
  if (options->memory_limit >= 0)
    ml_runtime_set_memory_limit (rt, options->memory_limit);
  vm = ml_vm_new (program, rt);
  ml_vm_set_output_func (vm, output, user_data);
  if (options->max_steps > 0)
    ml_vm_set_step_limit (vm, options->max_steps);
  if (options->max_memory > 0)
    ml_vm_set_memory_limit (vm, options->max_memory);
  if (options->max_time > 0)
    ml_vm_set_time_limit (vm, options->max_time);

  do
    {
      ev = ml_vm_step (vm, gctrace != NULL ? ML_VM_STEP_STATEMENT : ML_VM_STEP_RUN);
      /* After a fault the model may not be read, not even for its collector's count. */
      if (gctrace != NULL && ev != ML_VM_EVENT_FAULT)
        while (printed < ml_runtime_get_num_gc (rt))
          {
            g_autofree char *line = ml_runtime_gctrace_line (rt, ++printed);

            if (line != NULL)
              gctrace (line, user_data);
          }
    }
  while (ev != ML_VM_EVENT_EXIT && ev != ML_VM_EVENT_PANIC && ev != ML_VM_EVENT_LIMIT &&
         ev != ML_VM_EVENT_FAULT);

  if (ev == ML_VM_EVENT_PANIC && output != NULL)
    {
      const char *msg = ml_vm_get_panic_message (vm);

      output (msg, strlen (msg), TRUE, user_data);
    }
  else if (ev == ML_VM_EVENT_LIMIT && output != NULL)
    {
      g_autofree char *msg = g_strdup_printf ("memlab: %s\n", ml_vm_get_limit_message (vm));

      output (msg, strlen (msg), TRUE, user_data);
    }
  if (end != NULL)
    *end = ev;
  if (limit != NULL)
    *limit = ml_vm_get_limit (vm);
  if (fault != NULL && ev == ML_VM_EVENT_FAULT)
    *fault = *ml_vm_get_fault (vm);
  return ml_vm_get_exit_status (vm);
}
