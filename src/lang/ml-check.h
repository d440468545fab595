/* ml-check.h
 *
 * Copyright 2026 The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The type checker's public entry points: ml_parse() reads a file into an MlProgram and
 * ml_check() type-checks it.  Most callers use ml_front_end_compile() (ml-front-end.h), which
 * does both.
 */

#pragma once

#include <glib.h>

#include "ml-diagnostic.h"
#include "ml-program.h"

G_BEGIN_DECLS

MlProgram *ml_parse (MlSource   *source,
                     GPtrArray **diagnostics);
gboolean   ml_check (MlProgram  *program,
                     GPtrArray **diagnostics);

G_END_DECLS
