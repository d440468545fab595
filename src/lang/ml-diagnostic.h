/* ml-diagnostic.h
 *
 * Copyright 2026 The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A diagnostic of the front end (a syntax or type error, an unused variable, a construct
 * MemLab does not support yet) and the text the go command prints for a list of them.
 */

#pragma once

#include <glib.h>

#include "ml-source.h"

G_BEGIN_DECLS

/**
 * MlDiagnosticKind:
 * @ML_DIAGNOSTIC_SYNTAX: a syntax error; nothing after parsing runs
 * @ML_DIAGNOSTIC_ERROR: a type error
 * @ML_DIAGNOSTIC_SOFT: a type error that leaves the program well formed
 *   (an unused variable or import); Go refuses to build, but MemLab can still
 *   show the escape analysis of such a program, as a teacher often wants
 * @ML_DIAGNOSTIC_UNSUPPORTED: a construct outside MemLab's Go subset
 * @ML_DIAGNOSTIC_LIMIT: the "too many errors" line gc prints after ten errors
 * @ML_DIAGNOSTIC_LOADER: an error the go command reports before compiling
 *   (a malformed import); it prints without the package header
 */
typedef enum
{
  ML_DIAGNOSTIC_SYNTAX,
  ML_DIAGNOSTIC_ERROR,
  ML_DIAGNOSTIC_SOFT,
  ML_DIAGNOSTIC_UNSUPPORTED,
  ML_DIAGNOSTIC_LIMIT,
  ML_DIAGNOSTIC_LOADER,
} MlDiagnosticKind;

/**
 * MlDiagnostic:
 * @kind: what sort of problem this is
 * @pos: where Go reports it
 * @message: Go's own text (may contain "\n\t" continuation lines, as Go's do)
 */
typedef struct
{
  MlDiagnosticKind  kind;
  MlPos             pos;
  char             *message;
} MlDiagnostic;

MlDiagnostic *ml_diagnostic_new          (MlDiagnosticKind  kind,
                                          MlPos             pos,
                                          const char       *message);
void          ml_diagnostic_free         (MlDiagnostic     *self);
gboolean      ml_diagnostics_have_errors (GPtrArray        *diagnostics,
                                          gboolean          count_soft);
char         *ml_go_display_path         (const char       *filename);
char         *ml_diagnostics_format      (GPtrArray        *diagnostics,
                                          const char       *filename,
                                          gboolean          header);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (MlDiagnostic, ml_diagnostic_free)

G_END_DECLS
