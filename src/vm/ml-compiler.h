/* ml-compiler.h
 *
 * Copyright 2026 The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The compiler's public API: a program the front end has checked (and escape analysis has
 * looked at) becomes an MlVmProgram.  This header names the front end's types, so the VM's
 * own files never include it.
 */

#pragma once

#include <glib.h>

#include "ml-escape.h"
#include "ml-program.h"
#include "ml-vm-program.h"

G_BEGIN_DECLS

#define ML_COMPILER_ERROR (ml_compiler_error_quark ())

typedef enum
{
  ML_COMPILER_ERROR_UNSUPPORTED,
} MlCompilerError;

GQuark       ml_compiler_error_quark (void);
MlVmProgram *ml_compiler_compile     (MlProgram      *program,
                                      MlEscapeResult *escape,
                                      GError        **error);
MlVmProgram *ml_compiler_compile_build (MlProgram      *program,
                                        gboolean        inline_calls,
                                        GError        **error);

G_END_DECLS
