/* ml-engine-diagnostic.h
 *
 * Copyright The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * MlEngineDiagnostic, a compile error where Go reports it.  Kept apart from the engine's
 * header so that code that sees the front end (whose type checker has its own MlRtype) can
 * use it too.
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* A compile error, where Go reports it.  Kept apart from the engine's header so that code
 * that sees the front end (whose type checker has its own MlRtype) can use it too. */
typedef struct
{
  guint  line;
  guint  column;
  char  *message;
} MlEngineDiagnostic;

void ml_engine_diagnostic_free (gpointer data);

G_END_DECLS
