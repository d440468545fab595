/* ml-engine-compile-private.h
 *
 * Copyright The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The engine's one entry into the Go front end, for ml-engine-run.c.  A header apart from
 * ml-engine-private.h, because ml-engine-compile.c sees lang's headers and must not see
 * sim's, whose MlRtype the front end's type checker names differently.
 */

#pragma once

#include <glib.h>

#include "ml-engine-diagnostic.h"
#include "ml-vm-program.h"

G_BEGIN_DECLS

MlVmProgram *_ml_engine_compile         (const char   *filename,
                                         const char   *text,
                                         gboolean      inline_calls,
                                         GPtrArray   **diagnostics,
                                         char        **report,
                                         GError      **error);

G_END_DECLS
