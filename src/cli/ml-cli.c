/* ml-cli.c
 *
 * Copyright The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The commands of memlab-cli.  Each one arrives with the layer that does its work (run and
 * escape with the Go front end, export with the renderer); the dispatcher, the help and the
 * error handling are shared.  Option parsing and the Go front end, which more than one
 * command needs, are here too.
 */

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <inttypes.h>
#include <locale.h>
#include <signal.h>
#include <stdio.h>
#include <sys/stat.h>
#include <unistd.h>

#include "ml-cli.h"
#include "ml-cli-private.h"

static const MlCliCommand commands[] = {
  { "run", N_("FILE.go [--gogc=N|off] [--memlimit=SIZE] [--gctrace]"),
    N_("Run a Go program in the model; its output on standard output"), ml_cli_run },
  { "escape", N_("[-l] FILE.go"),
    N_("Print the inlining and escape analysis as go build -gcflags=-m does (with -l, as -gcflags='-m -l' does)"), ml_cli_escape },
  { "export", N_("FILE.go --view=VIEW [--step=N|--line=L|--end] [--theme=light|dark] [--scale=S] -o OUT.png|OUT.svg|OUT.pdf"),
    N_("Draw the program’s memory at a step, as the window shows it; --all-steps DIR for every step"), ml_cli_export },
  { NULL }
};

static void
print_help (FILE *stream)
{
  fprintf (stream, "%s\n  memlab-cli %s\n\n", _("Usage:"), _("COMMAND [OPTION…]"));
  fprintf (stream, "%s\n\n", _("Runs Go programs in MemLab’s model of the Go runtime, without a display."));

  if (commands[0].name != NULL)
    {
      fprintf (stream, "%s\n", _("Commands:"));
      for (guint i = 0; commands[i].name != NULL; i++)
        fprintf (stream, "  memlab-cli %s %s\n      %s\n",
                 commands[i].name, _(commands[i].synopsis), _(commands[i].summary));
      fprintf (stream, "\n");
    }

  fprintf (stream, "%s\n", _("Options:"));
  fprintf (stream, "  -h, --help     %s\n", _("Show this help and exit"));
  fprintf (stream, "  --version      %s\n", _("Print the version and exit"));

  fprintf (stream, "\n%s\n", _("Exit status:"));
  fprintf (stream, "  0   %s\n", _("success"));
  fprintf (stream, "  1   %s\n", _("the program does not compile, panics or exits with another status, or a file cannot be read or written"));
  fprintf (stream, "  2   %s\n", _("a usage error"));
  fprintf (stream, "  3   %s\n", _("the program went past a budget (--max-steps, --max-memory) and was stopped"));
  fprintf (stream, "  70  %s\n", _("MemLab internal error: MemLab itself failed, not the program"));
}

/* Says on stderr that MemLab failed while it ran the program at @path, and returns the exit
 * status that tells so.  The failure is MemLab's, so it is said as a bug to report. */
int
ml_cli_internal_error (const char *path,
                       const char *what,
                       guint       line,
                       guint64     step)
{
  fflush (stdout);
  fprintf (stderr, _("memlab-cli: MemLab internal error: %s (program %s, line %u, step %" PRIu64 ")\n"),
           what, path, line, step);
  fprintf (stderr, "%s\n", _("memlab-cli: this is a bug in MemLab, not in your program; please report it with the program and this message"));
  return ML_CLI_EXIT_INTERNAL;
}

/* Parses the options of @command; what remains must be one Go file, which the command's
 * G_OPTION_REMAINING entry puts in *@files.  On a usage error it says why on stderr and
 * returns %FALSE. */
gboolean
ml_cli_parse_options (const char      *command,
                      GOptionContext  *context,
                      int             *argc,
                      char          ***argv,
                      char          ***files)
{
  g_autoptr(GError) error = NULL;

  if (!g_option_context_parse (context, argc, argv, &error))
    {
      fprintf (stderr, "memlab-cli %s: %s\n", command, error->message);
      return FALSE;
    }
  if (*files == NULL || (*files)[0] == NULL || (*files)[1] != NULL)
    {
      fprintf (stderr, "memlab-cli %s: %s\n", command, _("expected exactly one Go file"));
      return FALSE;
    }

  return TRUE;
}

/* The budgets a user may set, as the window's preferences allow them. */
#define MAX_STEPS_MIN        1000
#define MAX_STEPS_MAX        G_GINT64_CONSTANT (2000000000)
#define MAX_MEMORY_MIB_MIN   16
#define MAX_MEMORY_MIB_MAX   4096    /* the model's heap: 64 arenas of 64 MiB */
#define MAX_TIME_MAX         3600
#define MAX_HISTORY_MIB_MIN  64
#define MAX_HISTORY_MIB_MAX  16384

/* Checks --max-steps, --max-memory and --max-history (0 where not given) and --max-time
 * (%ML_CLI_TIME_UNSET where not given, 0 for none); on a usage error it says why. */
gboolean
ml_cli_check_budgets (const char *command,
                      gint64      max_steps,
                      gint64      max_memory_mib,
                      gint64      max_time,
                      gint64      max_history_mib)
{
  if (max_steps != 0 && (max_steps < MAX_STEPS_MIN || max_steps > MAX_STEPS_MAX))
    {
      fprintf (stderr, _("memlab-cli %s: --max-steps must be from %d to %d\n"),
               command, MAX_STEPS_MIN, (int) MAX_STEPS_MAX);
      return FALSE;
    }
  if (max_memory_mib != 0 && (max_memory_mib < MAX_MEMORY_MIB_MIN || max_memory_mib > MAX_MEMORY_MIB_MAX))
    {
      fprintf (stderr, _("memlab-cli %s: --max-memory must be from %d to %d MiB\n"),
               command, MAX_MEMORY_MIB_MIN, MAX_MEMORY_MIB_MAX);
      return FALSE;
    }
  if (max_time != ML_CLI_TIME_UNSET && (max_time < 0 || max_time > MAX_TIME_MAX))
    {
      fprintf (stderr, _("memlab-cli %s: --max-time must be from 0 (no limit) to %d seconds\n"),
               command, MAX_TIME_MAX);
      return FALSE;
    }
  if (max_history_mib != 0 && (max_history_mib < MAX_HISTORY_MIB_MIN || max_history_mib > MAX_HISTORY_MIB_MAX))
    {
      fprintf (stderr, _("memlab-cli %s: --max-history must be from %d to %d MiB\n"),
               command, MAX_HISTORY_MIB_MIN, MAX_HISTORY_MIB_MAX);
      return FALSE;
    }
  return TRUE;
}

/* After a budget stopped the program: how to raise that budget, on stderr.  The depth of
 * calls cannot be raised: a recursion that deep does not end. */
void
ml_cli_print_limit_hint (const char *command,
                         MlVmLimit   limit)
{
  const char *hint = NULL;

  switch (limit)
    {
    case ML_VM_LIMIT_STEPS:
      hint = _("raise the budget with --max-steps=N");
      break;
    case ML_VM_LIMIT_MEMORY:
      hint = _("raise the budget with --max-memory=MiB");
      break;
    case ML_VM_LIMIT_TIME:
      hint = _("raise the budget with --max-time=SECONDS, or 0 for no limit");
      break;
    case ML_VM_LIMIT_HISTORY:
      hint = _("raise the budget with --max-history=MiB");
      break;
    case ML_VM_LIMIT_NONE:
    case ML_VM_LIMIT_DEPTH:
    default:
      break;
    }
  if (hint != NULL)
    fprintf (stderr, "memlab-cli %s: %s\n", command, hint);
}

/**
 * ml_cli_read_program:
 * @command: the command, for the messages
 * @path: the Go file
 * @text: (out) (transfer full): its text, NUL-terminated
 * @length: (out): its length in bytes
 *
 * Reads a program as every command reads it: a regular file only (a FIFO, a terminal or a
 * device such as /dev/zero is refused without being read, so nothing blocks or reads without
 * end) of at most %ML_SOURCE_MAX_BYTES.  On failure it says why on stderr.
 *
 * Returns: %TRUE if @text holds the program
 */
gboolean
ml_cli_read_program (const char  *command,
                     const char  *path,
                     char       **text,
                     gsize       *length)
{
  g_autofree char *buffer = NULL;
  struct stat st;
  gsize have = 0;
  int fd;

  /* O_NONBLOCK: opening a FIFO nobody writes to must not wait for a writer. */
  fd = g_open (path, O_RDONLY | O_NONBLOCK | O_CLOEXEC, 0);
  if (fd < 0)
    {
      int errsv = errno;

      fprintf (stderr, _("memlab-cli %s: cannot read %s: %s\n"), command, path, g_strerror (errsv));
      return FALSE;
    }
  if (fstat (fd, &st) != 0 || !S_ISREG (st.st_mode))
    {
      fprintf (stderr, _("memlab-cli %s: cannot read %s: it is not a regular file\n"), command, path);
      close (fd);
      return FALSE;
    }
  if (st.st_size > ML_SOURCE_MAX_BYTES)
    {
      g_autofree char *max = g_format_size_full (ML_SOURCE_MAX_BYTES, G_FORMAT_SIZE_IEC_UNITS);

      fprintf (stderr, _("memlab-cli %s: %s is too long; MemLab reads programs of up to %s\n"),
               command, path, max);
      close (fd);
      return FALSE;
    }

  /* One byte more than the limit tells a file that grew since fstat(). */
  buffer = g_malloc (ML_SOURCE_MAX_BYTES + 2);
  while (have <= ML_SOURCE_MAX_BYTES)
    {
      gssize n = read (fd, buffer + have, ML_SOURCE_MAX_BYTES + 1 - have);

      if (n < 0 && errno == EINTR)
        continue;
      if (n < 0)
        {
          int errsv = errno;

          fprintf (stderr, _("memlab-cli %s: cannot read %s: %s\n"), command, path, g_strerror (errsv));
          close (fd);
          return FALSE;
        }
      if (n == 0)
        break;
      have += n;
    }
  close (fd);
  if (have > ML_SOURCE_MAX_BYTES)
    {
      g_autofree char *max = g_format_size_full (ML_SOURCE_MAX_BYTES, G_FORMAT_SIZE_IEC_UNITS);

      fprintf (stderr, _("memlab-cli %s: %s is too long; MemLab reads programs of up to %s\n"),
               command, path, max);
      return FALSE;
    }

  buffer[have] = '\0';
  *text = g_realloc (g_steal_pointer (&buffer), have + 1);
  *length = have;
  return TRUE;
}

/**
 * ml_cli_front_end:
 * @strict: whether every error stops the program, as for go run; otherwise only a program
 *   the front end could not make, one with errors that are not soft (unused variables and
 *   imports), or a package main file with any error (go build prints no verdicts then)
 *   stops it: a notebook cell such as the lecture's func stack() { x := 10 } goes on
 *
 * Runs the Go front end on @text, read from @path.  A program that does not compile is told
 * on stderr as the go command tells it.
 *
 * Returns: (transfer full) (nullable): the checked program, or %NULL
 */
MlProgram *
ml_cli_front_end (const char *path,
                  const char *text,
                  gsize       length,
                  gboolean    strict)
{
  g_autoptr(MlProgram) program = NULL;
  g_autoptr(GPtrArray) diagnostics = NULL;
  gboolean compiled = ml_front_end_compile (path, text, length, &program, &diagnostics);

  if (!strict && program != NULL && !program->notebook)
    strict = TRUE;
  if (strict ? !compiled || ml_diagnostics_have_errors (diagnostics, TRUE)
             : !compiled && (program == NULL || ml_diagnostics_have_errors (diagnostics, FALSE)))
    {
      g_autofree char *msg = ml_diagnostics_format (diagnostics, path, TRUE);

      fputs (msg, stderr);
      return NULL;
    }

  return g_steal_pointer (&program);
}

int
ml_cli_main (int    argc,
             char **argv)
{
  const char *localedir = g_getenv ("MEMLAB_LOCALEDIR");
  const char *command;

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, localedir != NULL ? localedir : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
  g_set_prgname ("memlab-cli");
  /* Past a file size limit (ulimit -f) a write then fails with EFBIG, which the exports report
   * and clean up after, instead of the signal ending the process with a file half-written. */
  signal (SIGXFSZ, SIG_IGN);

  if (argc < 2)
    {
      print_help (stderr);
      return ML_CLI_EXIT_USAGE;
    }

  command = argv[1];

  if (g_str_equal (command, "--help") || g_str_equal (command, "-h") ||
      g_str_equal (command, "help"))
    {
      print_help (stdout);
      return ML_CLI_EXIT_OK;
    }

  if (g_str_equal (command, "--version"))
    {
      g_print ("memlab-cli %s\n", PACKAGE_VERSION);
      return ML_CLI_EXIT_OK;
    }

  for (guint i = 0; commands[i].name != NULL; i++)
    if (g_str_equal (command, commands[i].name))
      return commands[i].run (argc - 1, argv + 1);

  if (command[0] == '-')
    g_printerr (_("memlab-cli: unknown option “%s”\n"), command);
  else
    g_printerr (_("memlab-cli: unknown command “%s”\n"), command);
  g_printerr (_("Run “memlab-cli --help” to see the commands and options.\n"));

  return ML_CLI_EXIT_USAGE;
}
