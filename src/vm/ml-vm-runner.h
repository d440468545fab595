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

int ml_vm_runner_run (MlVmProgram    *program,
                      gint            gogc,
                      guint64         max_steps,
                      guint64         max_memory,
                      MlVmOutputFunc  output,
                      MlVmTraceFunc   gctrace,
                      gpointer        user_data);

G_END_DECLS
