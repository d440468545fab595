/* ml-cli-export.c
 *
 * Copyright The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * memlab-cli export: the window's pictures without a display.  It drives the same engine as
 * the window (a worker thread owns the model; this thread waits for it), so a picture
 * exported here is the one the window shows at that step.
 */

#include "config.h"

#include <glib/gi18n.h>
#include <inttypes.h>
#include <stdio.h>

#include "ml-cli-private.h"
#include "ml-engine.h"

#define WAIT_MS (10 * 60 * 1000)

/* The time budget of an export, in seconds of the model's work: a picture is of a program
 * that ends in well under a second, and a runaway one should cost little more than its
 * start before the picture of where it was stopped is drawn. */
#define DEFAULT_MAX_TIME 3

/* The budgets an export runs its programs with: 0 for the engine's defaults, and
 * %ML_CLI_TIME_UNSET for the default time. */
typedef struct
{
  gint64 max_steps;
  gint64 max_memory_mib;
  gint64 max_time;
  gint64 max_history_mib;
  gboolean no_inline;     /* -l: built as go run -gcflags=-l */
} Budgets;

static gboolean
wait_engine (MlEngine *engine)
{
  if (!ml_engine_wait_idle (engine, WAIT_MS))
    {
      fprintf (stderr, "memlab-cli export: %s\n", _("the model did not answer in ten minutes"));
      return FALSE;
    }

  return TRUE;
}

static void
task_done_cb (GObject      *object,
              GAsyncResult *result,
              gpointer      user_data)
{
  GAsyncResult **out = user_data;

  *out = g_object_ref (result);
}

/* The run's timeline up to the current step, as the window builds it: read from the history
 * in the engine's worker, every collector phase included. */
static MlTimelineSeries *
collect_series (MlEngine   *engine,
                const char *label)
{
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;
  MlTimelineSeries *series;

  ml_engine_build_timeline_async (engine, label, NULL, task_done_cb, &result);
  while (result == NULL)
    g_main_context_iteration (NULL, TRUE);
  series = ml_engine_build_timeline_finish (engine, result, &error);
  if (series == NULL)
    fprintf (stderr, "memlab-cli export: %s\n", error->message);

  return series;
}

/* Reads and compiles @path in a new engine.  On failure it says why on stderr and returns
 * %NULL. */
static MlEngine *
load_program (const char    *path,
              const Budgets *budgets)
{
  g_autoptr(MlEngine) engine = NULL;
  g_autofree char *text = NULL;
  gsize length = 0;
  const MlEngineProgramInfo *info;
  MlEngineConfig config;

  if (!ml_cli_read_program ("export", path, &text, &length))
    return NULL;

  engine = ml_engine_new ();
  ml_engine_config_init (&config);
  if (budgets->max_steps > 0)
    config.step_budget = (guint64) budgets->max_steps;
  if (budgets->max_memory_mib > 0)
    config.memory_budget = (guint64) budgets->max_memory_mib << 20;
  if (budgets->max_history_mib > 0)
    config.history_budget = (guint64) budgets->max_history_mib << 20;
  config.time_budget = (guint64) (budgets->max_time == ML_CLI_TIME_UNSET ? DEFAULT_MAX_TIME : budgets->max_time)
                       * G_USEC_PER_SEC;
  config.no_inline = budgets->no_inline;
  ml_engine_load_program (engine, path, text, &config);
  if (!wait_engine (engine))
    return NULL;

  info = ml_engine_get_program_info (engine);
  if (info->state == ML_ENGINE_PROGRAM_COMPILE_ERROR)
    {
      fputs (info->message != NULL ? info->message : "", stderr);
      return NULL;
    }

  return g_steal_pointer (&engine);
}

int
ml_cli_export (int    argc,
               char **argv)
{
  g_autofree char *view_name = NULL;
  g_autofree char *theme_name = NULL;
  g_autofree char *output = NULL;
  g_autofree char *all_steps = NULL;
  g_autofree char *format_name = NULL;
  g_autofree char *compare = NULL;
  g_autofree char *detail = NULL;
  g_autofree char *fit = NULL;
  g_autofree char *axis = NULL;
  gint cycle = 0;
  gint64 step = G_MININT64;
  gint line = G_MININT;
  gboolean end = FALSE;
  gboolean addresses = FALSE;
  double scale = 1.0;
  Budgets budgets = { 0, 0, ML_CLI_TIME_UNSET, 0, FALSE };
  g_auto(GStrv) files = NULL;
  GOptionEntry entries[] = {
    { "view", 0, 0, G_OPTION_ARG_STRING, &view_name,
      N_("segments, memory-map, heap-graph, spans, timeline or process (default memory-map)"), N_("VIEW") },
    { "step", 0, 0, G_OPTION_ARG_INT64, &step, N_("Draw the model at step N"), "N" },
    { "line", 0, 0, G_OPTION_ARG_INT, &line, N_("Draw the model when the program first reaches line L"), "L" },
    { "end", 0, 0, G_OPTION_ARG_NONE, &end, N_("Draw the model at the end of the run (the default)"), NULL },
    { "theme", 0, 0, G_OPTION_ARG_STRING, &theme_name, N_("light or dark (default light)"), N_("THEME") },
    { "scale", 0, 0, G_OPTION_ARG_DOUBLE, &scale, N_("Pixels per point of a PNG picture (default 1)"), "S" },
    { "addresses", 0, 0, G_OPTION_ARG_NONE, &addresses, N_("Print addresses in the picture"), NULL },
    { "detail", 0, 0, G_OPTION_ARG_STRING, &detail, N_("clase, the course’s level (values as the program sees them), or runtime to draw the structures the runtime builds values of, such as a map’s tables (default clase)"), N_("LEVEL") },
    { "fit", 0, 0, G_OPTION_ARG_STRING, &fit, N_("Pad the picture to a frame of these proportions, such as 16:9 for slides (default none)"), N_("W:H") },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, N_("The picture to write: OUT.png, OUT.svg or OUT.pdf"), N_("OUT") },
    { "all-steps", 0, 0, G_OPTION_ARG_FILENAME, &all_steps, N_("Write one numbered picture per step into the folder DIR"), N_("DIR") },
    { "format", 0, 0, G_OPTION_ARG_STRING, &format_name, N_("png, svg or pdf, for --all-steps (default png)"), N_("FORMAT") },
    { "no-inline", 'l', 0, G_OPTION_ARG_NONE, &budgets.no_inline, N_("Build without inlining, as go run -gcflags=-l: every call gets a frame of its own"), NULL },
    { "max-steps", 0, 0, G_OPTION_ARG_INT64, &budgets.max_steps, N_("Stop the program after N steps (default 50,000,000)"), "N" },
    { "max-memory", 0, 0, G_OPTION_ARG_INT64, &budgets.max_memory_mib, N_("Stop the program when its heap exceeds N MiB (default 1024)"), "N" },
    { "max-time", 0, 0, G_OPTION_ARG_INT64, &budgets.max_time, N_("Stop the program after N seconds of the model’s work; 0 for no limit (default 3)"), "N" },
    { "max-history", 0, 0, G_OPTION_ARG_INT64, &budgets.max_history_mib, N_("Stop the program when the run’s history takes more than N MiB (default 512)"), "N" },
    { "axis", 0, 0, G_OPTION_ARG_STRING, &axis, N_("With the timeline: time, the model’s clock, or steps (default time)"), N_("AXIS") },
    { "cycle", 0, 0, G_OPTION_ARG_INT, &cycle, N_("With the timeline: draw collection cycle N alone, close up"), "N" },
    { "compare", 0, 0, G_OPTION_ARG_FILENAME, &compare, N_("With the timeline: run a second program and show both runs side by side"), N_("OTHER.go") },
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &files, NULL, N_("FILE.go") },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(MlEngine) engine = NULL;
  const MlEngineProgramInfo *info;
  MlRenderOptions options = ML_RENDER_OPTIONS_INIT;
  MlViewKind view = ML_VIEW_MEMORY_MAP;
  MlExportFormat format = ML_EXPORT_PNG;
  gboolean stopped = FALSE;

  /* The remaining-arguments entry already names FILE.go in the usage line. */
  g_option_context_set_summary (context, _("Draw the program’s memory at a step, as the window shows it; --all-steps DIR for every step"));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!ml_cli_parse_options ("export", context, &argc, &argv, &files))
    return ML_CLI_EXIT_USAGE;

  if ((output == NULL) == (all_steps == NULL))
    {
      fprintf (stderr, "memlab-cli export: %s\n", _("say where to write: -o OUT.png|OUT.svg|OUT.pdf, or --all-steps DIR"));
      return ML_CLI_EXIT_USAGE;
    }
  if (view_name != NULL && !ml_view_kind_from_string (view_name, &view))
    {
      fprintf (stderr, _("memlab-cli export: unknown view “%s”; the views are segments, memory-map, heap-graph, spans, timeline and process\n"),
               view_name);
      return ML_CLI_EXIT_USAGE;
    }
  if (theme_name != NULL && !ml_theme_from_string (theme_name, &options.theme))
    {
      fprintf (stderr, _("memlab-cli export: unknown theme “%s”; use light or dark\n"), theme_name);
      return ML_CLI_EXIT_USAGE;
    }
  if (!(scale > 0 && scale <= ML_EXPORT_MAX_SCALE))
    {
      fprintf (stderr, _("memlab-cli export: the scale must be more than 0 and at most %g\n"), ML_EXPORT_MAX_SCALE);
      return ML_CLI_EXIT_USAGE;
    }
  if (output != NULL && !ml_export_format_from_path (output, &format))
    {
      fprintf (stderr, _("memlab-cli export: “%s” does not end in .png, .svg or .pdf\n"), output);
      return ML_CLI_EXIT_USAGE;
    }
  if (format_name != NULL && !ml_export_format_from_string (format_name, &format))
    {
      fprintf (stderr, _("memlab-cli export: unknown format “%s”; use png, svg or pdf\n"), format_name);
      return ML_CLI_EXIT_USAGE;
    }
  if (step != G_MININT64 && step < 0)
    {
      fprintf (stderr, "memlab-cli export: %s\n", _("--step takes a step number, 0 or more"));
      return ML_CLI_EXIT_USAGE;
    }
  if (line != G_MININT && line < 1)
    {
      fprintf (stderr, "memlab-cli export: %s\n", _("--line takes a line number, 1 or more"));
      return ML_CLI_EXIT_USAGE;
    }
  if ((step != G_MININT64) + (line != G_MININT) + end > 1)
    {
      fprintf (stderr, "memlab-cli export: %s\n", _("choose one of --step, --line and --end"));
      return ML_CLI_EXIT_USAGE;
    }
  if (!ml_cli_check_budgets ("export", budgets.max_steps, budgets.max_memory_mib, budgets.max_time,
                             budgets.max_history_mib))
    return ML_CLI_EXIT_USAGE;
  /* "clase" is the course's own word for the level it teaches at; "program" is its older
   * name, still accepted. */
  if (detail != NULL && g_strcmp0 (detail, "clase") != 0 && g_strcmp0 (detail, "program") != 0 &&
      g_strcmp0 (detail, "runtime") != 0)
    {
      fprintf (stderr, _("memlab-cli export: unknown detail “%s”; use clase or runtime\n"), detail);
      return ML_CLI_EXIT_USAGE;
    }
  if (fit != NULL && !ml_frame_aspect_from_string (fit, &options.frame_aspect))
    {
      fprintf (stderr, _("memlab-cli export: unknown frame “%s”; use proportions such as 16:9, or none\n"), fit);
      return ML_CLI_EXIT_USAGE;
    }
  if (axis != NULL && g_strcmp0 (axis, "time") != 0 && g_strcmp0 (axis, "steps") != 0)
    {
      fprintf (stderr, _("memlab-cli export: unknown axis “%s”; use time or steps\n"), axis);
      return ML_CLI_EXIT_USAGE;
    }
  if (cycle < 0)
    {
      fprintf (stderr, "memlab-cli export: %s\n", _("--cycle takes a cycle number, 1 or more"));
      return ML_CLI_EXIT_USAGE;
    }
  options.timeline_steps = g_strcmp0 (axis, "steps") == 0;
  options.timeline_cycle = (guint) cycle;
  options.scale = scale;
  options.show_addresses = addresses;
  options.detail = g_strcmp0 (detail, "runtime") == 0 ? ML_DETAIL_RUNTIME : ML_DETAIL_PROGRAM;

  if (compare != NULL && (view != ML_VIEW_TIMELINE || all_steps != NULL))
    {
      fprintf (stderr, "memlab-cli export: %s\n", _("--compare draws two runs on one timeline; use it with --view=timeline and -o"));
      return ML_CLI_EXIT_USAGE;
    }

  engine = load_program (files[0], &budgets);
  if (engine == NULL)
    return ML_CLI_EXIT_FAILURE;

  /* Find the step to draw. */
  if (line != G_MININT)
    {
      info = ml_engine_get_program_info (engine);
      if (info->state != ML_ENGINE_PROGRAM_READY || info->line != (guint) line)
        {
          guint lines[] = { (guint) line };

          ml_engine_run_to_breakpoint (engine, lines, G_N_ELEMENTS (lines));
          if (!wait_engine (engine))
            return ML_CLI_EXIT_FAILURE;
          info = ml_engine_get_program_info (engine);
        }
      if (info->state == ML_ENGINE_PROGRAM_FAULTED)
        return ml_cli_internal_error (files[0], info->failure, info->line, info->fault_step);
      if (info->state == ML_ENGINE_PROGRAM_STOPPED)
        {
          fprintf (stderr, _("memlab-cli export: the program did not reach line %d before it was stopped: %s\n"),
                   line, info->message != NULL ? info->message : "");
          ml_cli_print_limit_hint ("export", info->limit);
          return ML_CLI_EXIT_LIMIT;
        }
      if (info->line != (guint) line || info->state != ML_ENGINE_PROGRAM_READY)
        {
          fprintf (stderr, _("memlab-cli export: the program never reaches line %d\n"), line);
          return ML_CLI_EXIT_FAILURE;
        }
    }
  else
    {
      ml_engine_run_to_end (engine);
      if (!wait_engine (engine))
        return ML_CLI_EXIT_FAILURE;
      info = ml_engine_get_program_info (engine);
      if (info->state == ML_ENGINE_PROGRAM_FAULTED)
        return ml_cli_internal_error (files[0], info->failure, info->line, info->fault_step);
      /* The picture of where a runaway program was stopped is still drawn, but not silently. */
      if (info->state == ML_ENGINE_PROGRAM_STOPPED)
        {
          fprintf (stderr, "memlab-cli export: %s\n", info->message != NULL ? info->message : "");
          ml_cli_print_limit_hint ("export", info->limit);
          stopped = TRUE;
        }
      if (step != G_MININT64)
        {
          guint64 last = ml_engine_get_last_step (engine);
          guint64 first = ml_engine_get_first_step (engine);

          if ((guint64) step < first || (guint64) step > last)
            {
              fprintf (stderr, _("memlab-cli export: the run has steps %" PRIu64 " to %" PRIu64 "; there is no step %" PRId64 "\n"),
                       first, last, step);
              return ML_CLI_EXIT_FAILURE;
            }
          ml_engine_seek (engine, (guint64) step);
          if (!wait_engine (engine))
            return ML_CLI_EXIT_FAILURE;
        }
    }

  if (all_steps != NULL)
    {
      g_autoptr(GFile) folder = g_file_new_for_commandline_arg (all_steps);
      g_autoptr(GAsyncResult) result = NULL;
      guint n;

      /* As `mkdir -p`: a folder that does not exist yet is made, one that does is reused. */
      if (!g_file_make_directory_with_parents (folder, NULL, &error) &&
          !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_EXISTS))
        {
          fprintf (stderr, "memlab-cli export: %s\n", error->message);
          return ML_CLI_EXIT_FAILURE;
        }
      g_clear_error (&error);
      ml_engine_export_steps_async (engine, folder, view, &options, format, NULL, task_done_cb, &result);
      while (result == NULL)
        g_main_context_iteration (NULL, TRUE);
      n = ml_engine_export_steps_finish (engine, result, &error);
      if (error != NULL)
        {
          fprintf (stderr, "memlab-cli export: %s\n", error->message);
          return ML_CLI_EXIT_FAILURE;
        }
      printf (g_dngettext (GETTEXT_PACKAGE, "%u picture written to %s\n", "%u pictures written to %s\n", n),
              n, all_steps);
      return stopped ? ML_CLI_EXIT_LIMIT : ML_CLI_EXIT_OK;
    }

  {
    g_autoptr(GFile) file = g_file_new_for_commandline_arg (output);
    gboolean ok;

    if (view == ML_VIEW_TIMELINE)
      {
        g_autofree char *label = g_path_get_basename (files[0]);
        g_autoptr(MlTimelineSeries) series = collect_series (engine, label);
        g_autoptr(MlTimelineSeries) other = NULL;
        g_autoptr(MlScene) scene = NULL;

        if (series == NULL)
          return ML_CLI_EXIT_FAILURE;
        if (cycle > 0 && (ml_timeline_series_get_last (series) == NULL ||
                          ml_timeline_series_get_last (series)->cycle < (guint) cycle))
          {
            guint n = ml_timeline_series_get_last (series) != NULL ? ml_timeline_series_get_last (series)->cycle : 0;

            fprintf (stderr, g_dngettext (GETTEXT_PACKAGE,
                                          "memlab-cli export: the run has %u collection cycle; there is no cycle %d\n",
                                          "memlab-cli export: the run has %u collection cycles; there is no cycle %d\n", n),
                     n, cycle);
            return ML_CLI_EXIT_FAILURE;
          }
        if (compare != NULL)
          {
            g_autoptr(MlEngine) second = load_program (compare, &budgets);
            g_autofree char *other_label = g_path_get_basename (compare);

            if (second == NULL)
              return ML_CLI_EXIT_FAILURE;
            ml_engine_run_to_end (second);
            if (!wait_engine (second))
              return ML_CLI_EXIT_FAILURE;
            other = collect_series (second, other_label);
            if (other == NULL)
              return ML_CLI_EXIT_FAILURE;
          }
        scene = ml_timeline_view_layout (series, other, NULL, &options);

        ok = ml_render_export_scene_framed (scene, file, options.scale, options.frame_aspect, NULL, &error);
      }
    else
      ok = ml_render_export_view (ml_engine_get_snapshot (engine), view, &options, file, &error);

    if (!ok)
      {
        fprintf (stderr, "memlab-cli export: %s\n", error->message);
        return ML_CLI_EXIT_FAILURE;
      }
  }

  return stopped ? ML_CLI_EXIT_LIMIT : ML_CLI_EXIT_OK;
}
