/* ml-engine-compile.c
 *
 * Copyright The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The engine's bridge to the Go front end: this file sees lang's headers and never sim's,
 * and hands the engine a compiled program and plain diagnostics.
 */

#define G_LOG_DOMAIN "memlab-engine"

#include "config.h"

#include <gio/gio.h>
#include <glib/gi18n.h>

#include "ml-compiler.h"
#include "ml-engine-compile-private.h"
#include "ml-front-end.h"

void
ml_engine_diagnostic_free (gpointer data)
{
  MlEngineDiagnostic *diagnostic = data;

  g_free (diagnostic->message);
  g_free (diagnostic);
}

/**
 * _ml_engine_compile:
 * @diagnostics: (out) (element-type MlEngineDiagnostic): where Go would complain
 * @inline_calls: %TRUE for go run's default build, %FALSE for -gcflags=-l
 * @report: (out): the diagnostics as `go run` prints them
 *
 * Returns: (transfer full) (nullable): the program, or %NULL when it does not compile
 */
MlVmProgram *
_ml_engine_compile (const char  *filename,
                    const char  *text,
                    gboolean     inline_calls,
                    GPtrArray  **diagnostics,
                    char       **report,
                    GError     **error)
{
  g_autoptr(MlProgram) program = NULL;
  g_autoptr(GPtrArray) found = NULL;
  MlVmProgram *code;

  *diagnostics = g_ptr_array_new_with_free_func (ml_engine_diagnostic_free);
  *report = NULL;

  if (!ml_front_end_is_main_package (filename, text, -1))
    {
      *report = g_strdup (ML_FRONT_END_NOT_MAIN "\n");
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                           _("The program does not compile"));
      return NULL;
    }
  if (!ml_front_end_compile (filename, text, -1, &program, &found) ||
      ml_diagnostics_have_errors (found, TRUE))
    {
      for (guint i = 0; found != NULL && i < found->len; i++)
        {
          MlDiagnostic *d = g_ptr_array_index (found, i);
          MlEngineDiagnostic *e = g_new0 (MlEngineDiagnostic, 1);

          e->line = d->pos.line;
          e->column = d->pos.col;
          e->message = g_strdup (d->message);
          g_ptr_array_add (*diagnostics, e);
        }
      *report = found != NULL ? ml_diagnostics_format (found, filename, TRUE) : NULL;
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                           _("The program does not compile"));
      return NULL;
    }

  /* As go run builds it, or with -gcflags=-l when the run asks for no inlining. */
  code = ml_compiler_compile_build (program, inline_calls, error);

  return code;
}
