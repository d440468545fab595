/* ml-check.h
 *
 * Copyright 2026 The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
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
