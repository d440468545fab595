/* ml-compiler.h
 *
 * Copyright 2026 The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
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

G_END_DECLS
