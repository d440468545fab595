/* ml-vm-runner.h
 *
 * Copyright 2026 The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Running a compiled program to its end, as `go run` does, for the command line and the
 * tests.  A header of its own because its callers need neither the VM's stepping nor sim's
 * API: the runtime the program runs in is made and freed inside.
 */

#pragma once

#include <glib.h>

#include "ml-vm.h"

G_BEGIN_DECLS

typedef void (*MlVmTraceFunc) (const char *line,
                               gpointer    user_data);

/**
 * MlVmRunnerOptions:
 * @gogc: the collector's GOGC percentage; negative for "off"
 * @memory_limit: the soft memory limit GOMEMLIMIT sets, in bytes; %G_MAXINT64 for none ("off")
 * @max_steps: MemLab's step budget; 0 for the default
 * @max_memory: MemLab's heap budget in bytes; 0 for the default
 * @max_time: MemLab's budget of wall-clock time for the model's work, in microseconds; 0 for
 *   none
 * @procs: GOMAXPROCS; 0 for what Go picks on this machine (its processors, at most
 *   %ML_VM_RUNNER_MAX_PROCS)
 *
 * How to run a program: Go's own settings, then MemLab's budgets.
 */
typedef struct
{
  gint    gogc;
  gint64  memory_limit;
  guint64 max_steps;
  guint64 max_memory;
  guint64 max_time;
  guint   procs;
} MlVmRunnerOptions;

#define ML_VM_RUNNER_OPTIONS_INIT { 100, G_MAXINT64, 0, 0, 0, 0 }
#define ML_VM_RUNNER_MAX_PROCS 32

guint ml_vm_runner_default_procs (void);


int ml_vm_runner_run              (MlVmProgram             *program,
                                   gint                     gogc,
                                   guint64                  max_steps,
                                   guint64                  max_memory,
                                   MlVmOutputFunc           output,
                                   MlVmTraceFunc            gctrace,
                                   gpointer                 user_data);
int ml_vm_runner_run_with_options (MlVmProgram             *program,
                                   const MlVmRunnerOptions *options,
                                   MlVmOutputFunc           output,
                                   MlVmTraceFunc            gctrace,
                                   gpointer                 user_data,
                                   MlVmEvent               *end,
                                   MlVmLimit               *limit);
int ml_vm_runner_run_full         (MlVmProgram             *program,
                                   const MlVmRunnerOptions *options,
                                   MlVmOutputFunc           output,
                                   MlVmTraceFunc            gctrace,
                                   gpointer                 user_data,
                                   MlVmEvent               *end,
                                   MlVmLimit               *limit,
                                   MlVmFault               *fault);

G_END_DECLS
