/* ml-vm-runner.h
 *
 * Copyright 2026 The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
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
