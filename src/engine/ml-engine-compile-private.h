/* ml-engine-compile-private.h
 *
 * Copyright The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "ml-engine-diagnostic.h"
#include "ml-vm-program.h"

G_BEGIN_DECLS

MlVmProgram *_ml_engine_compile         (const char   *filename,
                                         const char   *text,
                                         GPtrArray   **diagnostics,
                                         char        **report,
                                         GError      **error);

G_END_DECLS
