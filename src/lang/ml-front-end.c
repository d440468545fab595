/* ml-front-end.c
 *
 * Copyright 2026 The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * ml_front_end_compile(), the one call most of MemLab makes into the front end: parse,
 * then check, and hand out the program with the diagnostics sorted as go build prints them.
 */

#define G_LOG_DOMAIN "ml-front-end"

#include "config.h"

#include "ml-front-end.h"

/**
 * ml_front_end_compile:
 * @filename: the name diagnostics print
 * @text: the Go source
 * @length: length of @text or -1
 * @out: (out) (optional) (transfer full) (nullable): the checked program;
 *   set whenever parsing succeeded, even with type errors, so that a caller
 *   may still run escape analysis when only soft errors (unused variables
 *   or imports) were found
 * @diagnostics: (out) (transfer full) (element-type MlDiagnostic): syntax or
 *   type errors, sorted as go build prints them
 *
 * Parses and type-checks a Go file.
 *
 * Returns: %TRUE if the program has no errors at all
 */
gboolean
ml_front_end_compile (const char  *filename,
                      const char  *text,
                      gssize       length,
                      MlProgram  **out,
                      GPtrArray  **diagnostics)
{
  g_autoptr(MlSource) source = NULL;
  g_autoptr(MlProgram) program = NULL;
  g_autoptr(GPtrArray) diags = NULL;
  gboolean ok;

  g_return_val_if_fail (filename != NULL, FALSE);
  g_return_val_if_fail (text != NULL, FALSE);
  g_return_val_if_fail (diagnostics != NULL, FALSE);

  if (out != NULL)
    *out = NULL;
  source = ml_source_new (filename, text, length);
  program = ml_parse (source, &diags);
  if (diags->len > 0)
    {
      *diagnostics = g_steal_pointer (&diags);
      return FALSE;
    }
  g_clear_pointer (&diags, g_ptr_array_unref);
  ok = ml_check (program, &diags);
  *diagnostics = g_steal_pointer (&diags);
  if (out != NULL)
    *out = g_steal_pointer (&program);
  return ok;
}

/**
 * ml_front_end_is_main_package:
 * @filename: the file's name
 * @text: the source
 * @length: its length in bytes, or -1 if NUL-terminated
 *
 * Whether go run would run the file: the go command reads the package clause before it
 * compiles anything, and refuses a package other than main ("package command-line-arguments
 * is not a main package", ML_FRONT_END_NOT_MAIN) whatever else the file holds.  A notebook
 * and a file without a readable package clause count as main here; the compiler reports
 * what is wrong with them.
 *
 * Returns: %FALSE only for a package clause that names another package
 */
gboolean
ml_front_end_is_main_package (const char *filename,
                              const char *text,
                              gssize      length)
{
  g_autoptr(MlSource) source = NULL;
  g_autoptr(MlProgram) program = NULL;
  g_autoptr(GPtrArray) diags = NULL;

  g_return_val_if_fail (filename != NULL, TRUE);
  g_return_val_if_fail (text != NULL, TRUE);

  source = ml_source_new (filename, text, length);
  program = ml_parse (source, &diags);
  return program->file->package_name == NULL || g_strcmp0 (program->file->package_name, "main") == 0;
}
