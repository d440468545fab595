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

#include <glib/gi18n-lib.h>
#include <string.h>

#include "ml-diagnostic-private.h"
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
 * Parses and type-checks a Go file.  A text longer than %ML_SOURCE_MAX_BYTES is refused
 * with one diagnostic, before anything reads it.
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
  g_autoptr(GPtrArray) parse_diags = NULL;
  g_autoptr(GPtrArray) diags = NULL;
  gboolean ok;

  g_return_val_if_fail (filename != NULL, FALSE);
  g_return_val_if_fail (text != NULL, FALSE);
  g_return_val_if_fail (diagnostics != NULL, FALSE);

  if (out != NULL)
    *out = NULL;
  if (length < 0)
    length = strlen (text);
  if (length > ML_SOURCE_MAX_BYTES)
    {
      g_autofree char *size = g_format_size_full (length, G_FORMAT_SIZE_IEC_UNITS);
      g_autofree char *max = g_format_size_full (ML_SOURCE_MAX_BYTES, G_FORMAT_SIZE_IEC_UNITS);
      g_autofree char *message = g_strdup_printf (_("the program is %s long; MemLab reads programs of up to %s"),
                                                  size, max);
      MlPos start = { 1, 1 };

      *diagnostics = g_ptr_array_new_with_free_func ((GDestroyNotify) ml_diagnostic_free);
      g_ptr_array_add (*diagnostics, ml_diagnostic_new (ML_DIAGNOSTIC_UNSUPPORTED, start, message));
      return FALSE;
    }
  source = ml_source_new (filename, text, length);
  program = ml_parse (source, &parse_diags);
  /* Only syntax errors stop gc before type checking; the parser's other errors ("expression
   * in defer must not be parenthesized") are printed with the checker's. */
  if (ml_diagnostics_have_kind (parse_diags, ML_DIAGNOSTIC_SYNTAX)
      || ml_diagnostics_have_kind (parse_diags, ML_DIAGNOSTIC_LOADER)
      || ml_diagnostics_have_kind (parse_diags, ML_DIAGNOSTIC_UNSUPPORTED)
      || ml_diagnostics_have_kind (parse_diags, ML_DIAGNOSTIC_LIMIT))
    {
      *diagnostics = g_steal_pointer (&parse_diags);
      return FALSE;
    }
  ok = ml_check (program, &diags) && parse_diags->len == 0;
  ml_diagnostics_merge (diags, parse_diags);
  /* A construct MemLab refuses may be where a variable or an import is used: its message
   * stands alone, without "declared and not used" for what it uses. */
  if (ml_diagnostics_have_kind (diags, ML_DIAGNOSTIC_UNSUPPORTED))
    for (guint i = diags->len; i > 0; i--)
      if (((MlDiagnostic *) g_ptr_array_index (diags, i - 1))->kind == ML_DIAGNOSTIC_SOFT)
        g_ptr_array_remove_index (diags, i - 1);
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
