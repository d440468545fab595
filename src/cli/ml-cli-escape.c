/* ml-cli-escape.c
 *
 * Copyright The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * memlab-cli escape [-l] FILE.go: the inliner's decisions and the escape analysis as
 * `go build -gcflags=-m` prints them, or with -l the escape analysis alone as
 * `go build -gcflags='-m -l'` prints it.
 */

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>
#include <string.h>

#include "ml-cli-private.h"

int
ml_cli_escape (int    argc,
               char **argv)
{
  g_autofree char *text = NULL;
  gsize length = 0;
  g_autoptr(MlProgram) program = NULL;
  g_autoptr(MlEscapeResult) escape = NULL;
  g_autoptr(MlInlineResult) inlined = NULL;
  g_autofree char *report = NULL;
  gboolean no_inline = FALSE;

  if (argc == 3 && strcmp (argv[1], "-l") == 0)
    {
      no_inline = TRUE;
      argv++;
      argc--;
    }
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
  if (no_inline)
    {
      escape = ml_escape_analyze (program);
      report = ml_escape_result_format (escape, argv[1], TRUE);
    }
  else
    {
      inlined = ml_inline_analyze (program);
      escape = ml_escape_analyze_inlined (program, inlined);
      report = ml_escape_result_format_inlined (escape, inlined, argv[1], TRUE);
    }
  fputs (report, stdout);
  return ML_CLI_EXIT_OK;
}
