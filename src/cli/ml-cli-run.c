/* ml-cli-run.c
 *
 * Copyright The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * memlab-cli run FILE.go [-l] [--gogc=N|off] [--memlimit=SIZE] [--procs=N] [--gctrace]: what
 * `go run` does, in the model, with Go's settings spelled as the runtime reads GOGC,
 * GOMEMLIMIT and GOMAXPROCS; -l builds it as `go run -gcflags=-l` does, without inlining.
 */

/* The time budget of a run, in seconds of the model's work: twenty times what the longest
 * program of the test corpora takes in a debug build on an idle machine (half a second), and
 * three times what it takes on a machine whose two cores are shared with builds, so that no
 * program a student writes meets it; an endless loop is still stopped in seconds. */
#define DEFAULT_MAX_TIME 10

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>
#include <string.h>

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

/* --gogc as the runtime reads GOGC: "off", or a whole number (negative also means off). */
static gboolean
parse_gogc (const char *text,
            gint       *gogc)
{
  gint64 n;

  if (g_str_equal (text, "off"))
    {
      *gogc = -1;
      return TRUE;
    }
  if (!g_ascii_string_to_signed (text, 10, G_MININT32, G_MAXINT32, &n, NULL))
    return FALSE;
  *gogc = n < 0 ? -1 : (gint) n;
  return TRUE;
}

/* --memlimit as the runtime reads GOMEMLIMIT (parseByteCount in runtime/string.go): "off",
 * or a number of bytes with an optional B, KiB, MiB, GiB or TiB suffix. */
static gboolean
parse_memlimit (const char *text,
                gint64     *bytes)
{
  static const struct { const char *suffix; guint shift; } units[] = {
    { "KiB", 10 }, { "MiB", 20 }, { "GiB", 30 }, { "TiB", 40 }, { "B", 0 },
  };
  g_autofree char *number = NULL;
  guint shift = 0;
  guint64 n;

  if (g_str_equal (text, "off"))
    {
      *bytes = G_MAXINT64;
      return TRUE;
    }
  number = g_strdup (text);
  for (guint i = 0; i < G_N_ELEMENTS (units); i++)
    if (g_str_has_suffix (number, units[i].suffix))
      {
        number[strlen (number) - strlen (units[i].suffix)] = '\0';
        shift = units[i].shift;
        break;
      }
  if (!g_ascii_string_to_unsigned (number, 10, 0, G_MAXINT64, &n, NULL) ||
      n > ((guint64) G_MAXINT64 >> shift))
    return FALSE;
  *bytes = (gint64) (n << shift);
  return TRUE;
}

/* Checks the options after parsing; on a usage error it says why on stderr. */
static gboolean
check_options (const char        *gogc_text,
               const char        *memlimit_text,
               gint64             procs,
               gint64             max_steps,
               gint64             max_memory_mib,
               gint64             max_time,
               MlVmRunnerOptions *options)
{
  if (gogc_text != NULL && !parse_gogc (gogc_text, &options->gogc))
    {
      fprintf (stderr, _("memlab-cli run: --gogc takes a whole number or off, as GOGC, not “%s”\n"), gogc_text);
      return FALSE;
    }
  if (memlimit_text != NULL && !parse_memlimit (memlimit_text, &options->memory_limit))
    {
      fprintf (stderr, _("memlab-cli run: --memlimit takes a size such as 64MiB or off, as GOMEMLIMIT, not “%s”\n"),
               memlimit_text);
      return FALSE;
    }
  if (procs < 0 || procs > ML_VM_RUNNER_MAX_PROCS)
    {
      g_autofree char *given = g_strdup_printf ("%" G_GINT64_FORMAT, procs);

      fprintf (stderr, _("memlab-cli run: --procs takes a number of processors from 1 to %d, not %s\n"),
               ML_VM_RUNNER_MAX_PROCS, given);
      return FALSE;
    }
  options->procs = (guint) procs;
  if (!ml_cli_check_budgets ("run", max_steps, max_memory_mib, max_time, 0))
    return FALSE;
  options->max_steps = (guint64) max_steps;
  options->max_memory = (guint64) max_memory_mib << 20;
  options->max_time = (guint64) (max_time == ML_CLI_TIME_UNSET ? DEFAULT_MAX_TIME : max_time) * G_USEC_PER_SEC;
  return TRUE;
}

int
ml_cli_run (int    argc,
            char **argv)
{
  g_autofree char *gogc_text = NULL;
  g_autofree char *memlimit_text = NULL;
  gboolean gctrace = FALSE;
  gboolean no_inline = FALSE;
  gint64 procs = 0;
  gint64 max_steps = 0;
  gint64 max_memory_mib = 0;
  gint64 max_time = ML_CLI_TIME_UNSET;
  g_auto(GStrv) files = NULL;
  GOptionEntry entries[] = {
    { "gogc", 0, 0, G_OPTION_ARG_STRING, &gogc_text, N_("The collector’s GOGC percentage, or off (default 100)"), "N" },
    { "memlimit", 0, 0, G_OPTION_ARG_STRING, &memlimit_text, N_("The soft memory limit, as GOMEMLIMIT: 64MiB, 1GiB… or off (the default)"), N_("SIZE") },
    { "procs", 0, 0, G_OPTION_ARG_INT64, &procs, N_("GOMAXPROCS: how many processors run Go code and the collector (default: this machine’s, as Go)"), "N" },
    { "no-inline", 'l', 0, G_OPTION_ARG_NONE, &no_inline, N_("Build without inlining, as go run -gcflags=-l: every call gets a frame of its own"), NULL },
    { "gctrace", 0, 0, G_OPTION_ARG_NONE, &gctrace, N_("Print one line per GC cycle on standard error, as GODEBUG=gctrace=1"), NULL },
    { "max-steps", 0, 0, G_OPTION_ARG_INT64, &max_steps, N_("Stop the program after N steps (default 50,000,000)"), "N" },
    { "max-memory", 0, 0, G_OPTION_ARG_INT64, &max_memory_mib, N_("Stop the program when its heap exceeds N MiB (default 1024)"), "N" },
    { "max-time", 0, 0, G_OPTION_ARG_INT64, &max_time, N_("Stop the program after N seconds of the model’s work; 0 for no limit (default 10)"), "N" },
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &files, NULL, N_("FILE.go") },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  gsize length = 0;
  g_autoptr(MlProgram) program = NULL;
  g_autoptr(MlVmProgram) code = NULL;
  MlVmRunnerOptions options = ML_VM_RUNNER_OPTIONS_INIT;
  MlVmEvent end = ML_VM_EVENT_EXIT;
  MlVmLimit limit = ML_VM_LIMIT_NONE;
  MlVmFault fault = { { NULL, NULL, 0, NULL }, NULL, 0, 0 };
  int status;

  /* The remaining-arguments entry already names FILE.go in the usage line. */
  g_option_context_set_summary (context, _("Run a Go program in the model; its output on standard output"));

  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  g_option_context_set_help_enabled (context, TRUE);
  if (!ml_cli_parse_options ("run", context, &argc, &argv, &files) ||
      !check_options (gogc_text, memlimit_text, procs, max_steps, max_memory_mib, max_time, &options))
    return ML_CLI_EXIT_USAGE;
  if (!ml_cli_read_program ("run", files[0], &text, &length))
    return ML_CLI_EXIT_FAILURE;

  if (!ml_front_end_is_main_package (files[0], text, length))
    {
      fprintf (stderr, "%s\n", ML_FRONT_END_NOT_MAIN);
      return ML_CLI_EXIT_FAILURE;
    }
  program = ml_cli_front_end (files[0], text, length, TRUE);
  if (program == NULL)
    return ML_CLI_EXIT_FAILURE;

  code = ml_compiler_compile_build (program, !no_inline, &error);
  if (code == NULL)
    {
      fprintf (stderr, "# command-line-arguments\n%s\n", error->message);
      return ML_CLI_EXIT_FAILURE;
    }

  status = ml_vm_runner_run_full (code, &options, write_output,
                                  gctrace ? write_gctrace : NULL, NULL, &end, &limit, &fault);
  fflush (stdout);
  if (end == ML_VM_EVENT_FAULT)
    {
      g_autofree char *what = ml_vm_fault_describe (&fault);

      return ml_cli_internal_error (files[0], what, fault.line, fault.step);
    }
  if (end == ML_VM_EVENT_LIMIT)
    {
      ml_cli_print_limit_hint ("run", limit);
      return ML_CLI_EXIT_LIMIT;
    }

  /* go run reports a program's failure ("exit status 2", printed with the panic) and exits 1. */
  return status == 0 ? ML_CLI_EXIT_OK : ML_CLI_EXIT_FAILURE;
}
