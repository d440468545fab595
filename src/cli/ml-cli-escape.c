/* ml-cli-escape.c
 *
 * Copyright The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * memlab-cli escape FILE.go: the escape analysis as `go build -gcflags='-m -l'` prints it.
 */

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>

#include "ml-cli-private.h"

int
ml_cli_escape (int    argc,
               char **argv)
{
  g_autofree char *text = NULL;
  gsize length = 0;
  g_autoptr(MlProgram) program = NULL;
  g_autoptr(MlEscapeResult) escape = NULL;
  g_autofree char *report = NULL;

  if (argc != 2 || argv[1][0] == '-')
    {
      fprintf (stderr, "memlab-cli escape: %s\n", _("expected exactly one Go file"));
      return ML_CLI_EXIT_USAGE;
    }
  if (!ml_cli_read_program ("escape", argv[1], &text, &length))
    return ML_CLI_EXIT_FAILURE;
  /* The analysis reads what it can of a notebook cell with soft errors; a package main file
   * with any error prints only its errors, as go build does. */
  program = ml_cli_front_end (argv[1], text, length, FALSE);
  if (program == NULL)
    return ML_CLI_EXIT_FAILURE;
  escape = ml_escape_analyze (program);
  report = ml_escape_result_format (escape, argv[1], TRUE);
  fputs (report, stdout);
  return ML_CLI_EXIT_OK;
}
