/* ml-cli-run.c
 *
 * Copyright The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * memlab-cli run FILE.go [--gogc=N] [--gctrace]: what `go run` does, in the model.
 */

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>

#include "ml-cli-private.h"
#include "ml-compiler.h"
#include "ml-vm-runner.h"

static void
write_output (const char *text,
              gsize       len,
              gboolean    is_stderr,
              gpointer    user_data)
{
  /* The program's output comes before its panic, as with go run. */
  if (is_stderr)
    fflush (stdout);
  fwrite (text, 1, len, is_stderr ? stderr : stdout);
  (void) user_data;
}

static void
write_gctrace (const char *line,
               gpointer    user_data)
{
  fflush (stdout);
  fprintf (stderr, "%s\n", line);
  (void) user_data;
}

int
ml_cli_run (int    argc,
            char **argv)
{
  gint gogc = 100;
  gboolean gctrace = FALSE;
  gint64 max_steps = 0;
  gint64 max_memory_mb = 0;
  g_auto(GStrv) files = NULL;
  GOptionEntry entries[] = {
    { "gogc", 0, 0, G_OPTION_ARG_INT, &gogc, N_("The collector’s GOGC percentage (default 100)"), "N" },
    { "gctrace", 0, 0, G_OPTION_ARG_NONE, &gctrace, N_("Print one line per GC cycle on standard error, as GODEBUG=gctrace=1"), NULL },
    { "max-steps", 0, 0, G_OPTION_ARG_INT64, &max_steps, N_("Stop the program after N steps (default 50,000,000)"), "N" },
    { "max-memory", 0, 0, G_OPTION_ARG_INT64, &max_memory_mb, N_("Stop the program when its heap exceeds N MiB (default 1024)"), "N" },
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &files, NULL, N_("FILE.go") },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  gsize length = 0;
  g_autoptr(MlProgram) program = NULL;
  g_autoptr(MlEscapeResult) escape = NULL;
  g_autoptr(MlVmProgram) code = NULL;
  int status;

  /* The remaining-arguments entry already names FILE.go in the usage line. */
  g_option_context_set_summary (context, _("Run a Go program in the model; its output on standard output"));

  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  g_option_context_set_help_enabled (context, TRUE);
  if (!ml_cli_parse_options ("run", context, &argc, &argv, &files))
    return ML_CLI_EXIT_USAGE;
  if (!g_file_get_contents (files[0], &text, &length, &error))
    {
      fprintf (stderr, _("memlab-cli run: cannot read %s: %s\n"), files[0], error->message);
      return ML_CLI_EXIT_FAILURE;
    }

  if (!ml_front_end_is_main_package (files[0], text, length))
    {
      fprintf (stderr, "%s\n", ML_FRONT_END_NOT_MAIN);
      return ML_CLI_EXIT_FAILURE;
    }
  program = ml_cli_front_end (files[0], text, length, TRUE);
  if (program == NULL)
    return ML_CLI_EXIT_FAILURE;

  escape = ml_escape_analyze (program);
  code = ml_compiler_compile (program, escape, &error);
  if (code == NULL)
    {
      fprintf (stderr, "# command-line-arguments\n%s\n", error->message);
      return ML_CLI_EXIT_FAILURE;
    }

  status = ml_vm_runner_run (code, gogc, MAX (max_steps, 0), (guint64) MAX (max_memory_mb, 0) << 20,
                             write_output, gctrace ? write_gctrace : NULL, NULL);
  fflush (stdout);
  return status;
}
