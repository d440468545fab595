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

/* Parses, checks and compiles @source as go run -gcflags=-l builds it; on failure returns
 * NULL with the errors as go run prints them. */
MlVmProgram *
vm_test_compile (const char  *filename,
                 const char  *source,
                 char       **errors)
{
  return vm_test_compile_build (filename, source, FALSE, errors);
}

/* The same, as go run builds it when @inline_calls, else as with -gcflags=-l. */
MlVmProgram *
vm_test_compile_build (const char  *filename,
                       const char  *source,
                       gboolean     inline_calls,
                       char       **errors)
{
  g_autoptr(MlProgram) program = NULL;
  g_autoptr(GPtrArray) diagnostics = NULL;
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
  code = ml_compiler_compile_build (program, inline_calls, &error);
  if (code == NULL)
    *errors = g_strdup_printf ("# command-line-arguments\n%s\n", error->message);
  return code;
}
