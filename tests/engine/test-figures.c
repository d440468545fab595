/* test-figures.c
 *
 * Copyright The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The window's figures against the command line's: a program that collects several times is
 * run through the engine the window uses, with the window's default settings (GOGC 100, two
 * Ps), and the gctrace lines of its output pane, the timeline's goal line at each cycle and
 * the heap bar after each cycle must read what `memlab-cli run --gctrace` prints for the
 * same program and settings.  The lines come from the built command line itself.
 */

#include "config.h"

#include "ml-engine.h"

#define WAIT_MS 60000

typedef struct
{
  guint   num;
  guint64 heap0, heap1, heap2, goal;   /* MB, as gctrace prints them */
  gboolean forced;
} TraceLine;

/* gctrace's lines from `memlab-cli run --gctrace --gogc=100 --procs=2 @path`. */
static char **
cli_gctrace (const char *path)
{
  const char *root = g_getenv ("MEMLAB_BUILD_ROOT");
  g_autofree char *cli = g_build_filename (root != NULL ? root : ".", "src", "cli", "memlab-cli", NULL);
  const char *argv[] = { cli, "run", "--gctrace", "--gogc=100", "--procs=2", path, NULL };
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autoptr(GError) error = NULL;
  int status = 0;

  g_assert_true (g_spawn_sync (NULL, (char **)argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, &out, &err, &status, &error));
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  g_strchomp (err);

  return g_strsplit (err, "\n", -1);
}

static guint64
fetch_u64 (GMatchInfo *m,
           int         group)
{
  g_autofree char *text = g_match_info_fetch (m, group);

  return g_ascii_strtoull (text, NULL, 10);
}

static void
parse_line (const char *line,
            TraceLine  *t)
{
  g_autoptr(GRegex) re = g_regex_new ("^gc (\\d+) @.* (\\d+)->(\\d+)->(\\d+) MB, (\\d+) MB goal, .*P( \\(forced\\))?$",
                                      G_REGEX_DEFAULT, G_REGEX_MATCH_DEFAULT, NULL);
  g_autoptr(GMatchInfo) m = NULL;
  g_autofree char *forced = NULL;

  g_assert_true (g_regex_match (re, line, G_REGEX_MATCH_DEFAULT, &m));
  t->num = (guint)fetch_u64 (m, 1);
  t->heap0 = fetch_u64 (m, 2);
  t->heap1 = fetch_u64 (m, 3);
  t->heap2 = fetch_u64 (m, 4);
  t->goal = fetch_u64 (m, 5);
  forced = g_match_info_fetch (m, 6);
  t->forced = forced != NULL && *forced != '\0';
}

static void
timeline_cb (GObject      *object,
             GAsyncResult *result,
             gpointer      user_data)
{
  GAsyncResult **out = user_data;

  *out = g_object_ref (result);
}

static void
check_program (gconstpointer data)
{
  const char *name = data;
  g_autofree char *path = g_build_filename (g_getenv ("MEMLAB_SOURCE_ROOT"), "tests", "gc", "corpus", name, NULL);
  g_auto(GStrv) want = cli_gctrace (path);
  g_autoptr(MlEngine) engine = ml_engine_new ();
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(MlTimelineSeries) series = NULL;
  g_autofree char *source = NULL;
  MlSnapshot *snap;
  MlEngineConfig config;
  guint n_want = g_strv_length (want);

  g_assert_cmpuint (n_want, >=, 2);
  g_assert_true (g_file_get_contents (path, &source, NULL, NULL));

  /* The window's settings by default: GOGC 100, two Ps, Go's 4 MiB minimum heap. */
  ml_engine_config_init (&config);
  g_assert_cmpint (config.gogc, ==, 100);
  g_assert_cmpuint (config.gomaxprocs, ==, 2);
  ml_engine_load_program (engine, name, source, &config);
  g_assert_true (ml_engine_wait_idle (engine, WAIT_MS));
  ml_engine_run_to_end (engine);
  g_assert_true (ml_engine_wait_idle (engine, WAIT_MS));

  /* The output pane: one line per cycle, as the command line printed them. */
  snap = ml_engine_get_snapshot (engine);
  g_assert_cmpuint (snap->n_gctrace, ==, n_want);
  for (guint i = 0; i < n_want; i++)
    g_assert_cmpstr (snap->gctrace[i], ==, want[i]);

  ml_engine_build_timeline_async (engine, NULL, NULL, timeline_cb, &result);
  while (result == NULL)
    g_main_context_iteration (NULL, TRUE);
  series = ml_engine_build_timeline_finish (engine, result, NULL);
  g_assert_nonnull (series);
  g_assert_true (ml_engine_wait_idle (engine, WAIT_MS));

  for (guint c = 0; c < n_want; c++)
    {
      TraceLine t;
      guint n = ml_timeline_series_get_n_samples (series);
      guint first = n, after = n, marking = 0;
      const MlTimelineSample *at;

      parse_line (want[c], &t);
      for (guint i = 0; i < n && first == n; i++)
        if (ml_timeline_series_get_sample (series, i)->cycle >= t.num)
          first = i;
      g_assert_cmpuint (first, <, n);
      g_assert_cmpuint (first, >, 0);

      /* The goal line while the cycle marks reads gctrace's goal; a runtime.GC() cycle runs
       * inside one step, and the goal it ran against is the one drawn just before it. */
      for (guint i = first; i < n; i++)
        {
          const MlTimelineSample *s = ml_timeline_series_get_sample (series, i);

          if (s->cycle != t.num)
            break;
          if (s->phase == ML_GC_MARK)
            {
              g_assert_cmpuint (s->heap_goal >> 20, ==, t.goal);
              marking++;
            }
          if (after == n && (s->phase == ML_GC_SWEEP || s->phase == ML_GC_OFF))
            after = i;
        }
      if (t.forced)
        g_assert_cmpuint (ml_timeline_series_get_sample (series, first - 1)->heap_goal >> 20, ==, t.goal);
      else
        g_assert_cmpuint (marking, >, 0);

      /* The heap bar once the cycle's marking is over: the heap marked live, gctrace's third
       * figure, and the same bytes the timeline draws there. */
      g_assert_cmpuint (after, <, n);
      at = ml_timeline_series_get_sample (series, after);
      ml_engine_seek (engine, at->step);
      g_assert_true (ml_engine_wait_idle (engine, WAIT_MS));
      snap = ml_engine_get_snapshot (engine);
      g_assert_cmpuint (snap->step, ==, at->step);
      g_assert_cmpuint (snap->pacer.heap_live, ==, at->heap_live);
      g_assert_cmpuint (snap->pacer.heap_goal, ==, at->heap_goal);
      g_assert_cmpuint (snap->pacer.heap_live >> 20, ==, t.heap2);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  /* Background cycles and runtime.GC() ones, then runs of many background cycles. */
  g_test_add_data_func ("/figures/gc-forzado", "gc_forzado.go", check_program);
  g_test_add_data_func ("/figures/fases", "fases.go", check_program);
  g_test_add_data_func ("/figures/concatenar", "concatenar.go", check_program);
  g_test_add_data_func ("/figures/objetos-grandes", "objetos_grandes.go", check_program);
  g_test_add_data_func ("/figures/buffers-temporales", "buffers_temporales.go", check_program);

  return g_test_run ();
}
