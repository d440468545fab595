/* ml-diagnostic-private.h
 *
 * Copyright 2026 The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * MlDiagSink, where the parser and the checker report what they find, with gc's rules for
 * what is kept: one syntax error per line, no exact duplicates, ten errors and then "too many
 * errors".  Only the front end reports; callers read the MlDiagnostic list it hands out.
 */

#pragma once

#include "ml-diagnostic.h"

G_BEGIN_DECLS

/* The number of errors after which gc gives up ("too many errors"). */
#define ML_DIAGNOSTIC_MAX_ERRORS 10

/*
 * MlDiagSink collects diagnostics with gc's reporting rules: one syntax
 * error per line, an error not repeated on its line right after itself, ten
 * errors at most followed by "too many errors" at the position of the
 * eleventh, and the list sorted by position when it is handed out
 * (base.FlushErrors).
 */
typedef struct
{
  GPtrArray *items;
  guint      n_errors;
  guint      last_syntax_line;
  guint      last_other_line;
  char      *last_other_message;
  gboolean   full;
} MlDiagSink;

void       ml_diag_sink_init   (MlDiagSink       *sink);
void       ml_diag_sink_clear  (MlDiagSink       *sink);
void       ml_diag_sink_add    (MlDiagSink       *sink,
                                MlDiagnosticKind  kind,
                                MlPos             pos,
                                const char       *message);
void       ml_diag_sink_addf   (MlDiagSink       *sink,
                                MlDiagnosticKind  kind,
                                MlPos             pos,
                                const char       *format,
                                ...) G_GNUC_PRINTF (4, 5);
void       ml_diag_sink_addv   (MlDiagSink       *sink,
                                MlDiagnosticKind  kind,
                                MlPos             pos,
                                const char       *format,
                                va_list           args) G_GNUC_PRINTF (4, 0);
GPtrArray *ml_diag_sink_finish (MlDiagSink       *sink);

gboolean   ml_diagnostics_have_kind (GPtrArray       *diagnostics,
                                     MlDiagnosticKind kind);
void       ml_diagnostics_merge     (GPtrArray       *into,
                                     GPtrArray       *from);

G_END_DECLS
