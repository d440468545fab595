/* vm-test-compile.c
 *
 * Copyright 2026 The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "ml-compiler.h"
#include "ml-front-end.h"
#include "vm-test-compile.h"

/* Parses, checks and compiles @source; on failure returns NULL with the errors as go run
 * prints them. */
MlVmProgram *
vm_test_compile (const char  *filename,
                 const char  *source,
                 char       **errors)
{
  g_autoptr(MlProgram) program = NULL;
  g_autoptr(GPtrArray) diagnostics = NULL;
  g_autoptr(MlEscapeResult) escape = NULL;
  g_autoptr(GError) error = NULL;
  MlVmProgram *code;

  if (!ml_front_end_is_main_package (filename, source, -1))
    {
      *errors = g_strdup (ML_FRONT_END_NOT_MAIN "\n");
      return NULL;
    }
  if (!ml_front_end_compile (filename, source, -1, &program, &diagnostics) ||
      ml_diagnostics_have_errors (diagnostics, TRUE))
    {
      *errors = ml_diagnostics_format (diagnostics, filename, TRUE);
      return NULL;
    }
  escape = ml_escape_analyze (program);
  code = ml_compiler_compile (program, escape, &error);
  if (code == NULL)
    *errors = g_strdup_printf ("# command-line-arguments\n%s\n", error->message);
  return code;
}
