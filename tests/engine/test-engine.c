/* test-engine.c
 *
 * Copyright The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The engine bridge: commands go to the worker thread, snapshots come back to the main
 * context, stale results are dropped, long work can be cancelled, and errors are reported
 * without touching the model.
 */

#include "config.h"

#include <glib/gstdio.h>

#include "ml-engine.h"
#include "ml-model-check.h"

#define WAIT_MS 20000

static const MlSnapSlot *
find_local (const MlSnapshot *snap,
            const char       *name)
{
  for (guint i = 0; i < snap->n_slots; i++)
    if (g_strcmp0 (snap->slots[i].name, name) == 0)
      return &snap->slots[i];

  return NULL;
}

static guint
count_live_objects (const MlSnapshot *snap)
{
  guint n = 0;

  for (guint i = 0; i < snap->n_objects; i++)
    if (snap->objects[i].colour != ML_COLOUR_FREED && snap->objects[i].colour != ML_COLOUR_FREE)
      n++;

  return n;
}

static guint64
local_target_addr (const MlSnapshot *snap,
                   const char       *name)
{
  const MlSnapSlot *slot = find_local (snap, name);

  g_assert_nonnull (slot);
  g_assert_cmpint (slot->target, >=, 0);

  return snap->objects[slot->target].addr;
}

static void
test_engine_starts_with_a_snapshot (void)
{
  g_autoptr(MlEngine) engine = ml_engine_new ();
  MlSnapshot *snap;

  g_assert_true (ml_engine_wait_idle (engine, WAIT_MS));
  snap = ml_engine_get_snapshot (engine);
  g_assert_nonnull (snap);
  g_assert_cmpuint (snap->phase, ==, ML_GC_OFF);
  g_assert_cmpuint (ml_engine_get_step (engine), ==, ml_engine_get_last_step (engine));
  g_assert_false (ml_engine_get_busy (engine));
  g_assert_cmpuint (ml_engine_get_pending (engine), ==, 0);
}

static void
test_engine_sandbox_and_collect (void)
{
  g_autoptr(MlEngine) engine = ml_engine_new ();
  MlSnapshot *snap;
  guint64 a;

  ml_engine_sandbox_alloc_root (engine, "a", "main.Nodo", FALSE);
  g_assert_true (ml_engine_wait_idle (engine, WAIT_MS));
  snap = ml_engine_get_snapshot (engine);
  g_assert_cmpuint (count_live_objects (snap), ==, 1);
  a = local_target_addr (snap, "a");

  /* a.izq = new(Nodo): a second object, reached through the first. */
  ml_engine_sandbox_alloc_field (engine, a, "izq", "main.Nodo");
  g_assert_true (ml_engine_wait_idle (engine, WAIT_MS));
  snap = ml_engine_get_snapshot (engine);
  g_assert_cmpuint (count_live_objects (snap), ==, 2);
  g_assert_cmpuint (snap->objects[ml_snapshot_find_object (snap, a)].n_edges, ==, 1);

  /* Both survive a collection while a holds them... */
  ml_engine_gc_full (engine);
  g_assert_true (ml_engine_wait_idle (engine, WAIT_MS));
  snap = ml_engine_get_snapshot (engine);
  g_assert_cmpuint (snap->phase, ==, ML_GC_OFF);
  g_assert_cmpuint (count_live_objects (snap), ==, 2);

  /* ...and neither once a is nil. */
  ml_engine_sandbox_clear_root (engine, "a");
  ml_engine_gc_full (engine);
  g_assert_true (ml_engine_wait_idle (engine, WAIT_MS));
  snap = ml_engine_get_snapshot (engine);
  g_assert_cmpuint (count_live_objects (snap), ==, 0);
  g_assert_cmpuint (snap->stats.num_gc, ==, 2);
}

static void
test_engine_history (void)
{
  g_autoptr(MlEngine) engine = ml_engine_new ();
  guint64 after_two;

  ml_engine_sandbox_alloc_root (engine, "a", "main.Nodo", FALSE);
  ml_engine_sandbox_alloc_root (engine, "b", "main.Nodo", TRUE);
  g_assert_true (ml_engine_wait_idle (engine, WAIT_MS));
  after_two = ml_engine_get_step (engine);
  g_assert_cmpuint (count_live_objects (ml_engine_get_snapshot (engine)), ==, 2);

  ml_engine_step_back (engine);
  g_assert_true (ml_engine_wait_idle (engine, WAIT_MS));
  g_assert_cmpuint (ml_engine_get_step (engine), ==, after_two - 1);
  g_assert_cmpuint (ml_engine_get_last_step (engine), ==, after_two);
  g_assert_cmpuint (count_live_objects (ml_engine_get_snapshot (engine)), ==, 1);

  ml_engine_step_forward (engine);
  g_assert_true (ml_engine_wait_idle (engine, WAIT_MS));
  g_assert_cmpuint (ml_engine_get_step (engine), ==, after_two);
  g_assert_cmpuint (count_live_objects (ml_engine_get_snapshot (engine)), ==, 2);

  ml_engine_seek (engine, 0);
  g_assert_true (ml_engine_wait_idle (engine, WAIT_MS));
  g_assert_cmpuint (ml_engine_get_step (engine), ==, ml_engine_get_first_step (engine));
  g_assert_cmpuint (count_live_objects (ml_engine_get_snapshot (engine)), ==, 0);

  /* Seeking past the end stops at the end. */
  ml_engine_seek (engine, G_MAXUINT64);
  g_assert_true (ml_engine_wait_idle (engine, WAIT_MS));
  g_assert_cmpuint (ml_engine_get_step (engine), ==, after_two);
}

static GThread *main_thread;

static void
count_notify_cb (GObject    *object,
                 GParamSpec *pspec,
                 gpointer    user_data)
{
  /* Results arrive in the thread that iterates the main context, never in the worker,
   * even when nobody is iterating it at the moment the worker finishes. */
  g_assert_true (g_thread_self () == main_thread);
  (*(guint *)user_data)++;
}

static void
test_engine_drops_stale_results (void)
{
  g_autoptr(MlEngine) engine = ml_engine_new ();
  guint snapshots = 0;
  g_autofree char *name = NULL;

  g_assert_true (ml_engine_wait_idle (engine, WAIT_MS));
  g_signal_connect (engine, "notify::snapshot", G_CALLBACK (count_notify_cb), &snapshots);
  /* Give the worker time to finish while the main context is not being iterated. */

  /* Two hundred commands given at once: the window sees the last result, not every one. */
  for (guint i = 0; i < 200; i++)
    {
      g_free (name);
      name = g_strdup_printf ("v%u", i);
      ml_engine_sandbox_alloc_root (engine, name, "int", TRUE);
    }
  g_assert_cmpuint (ml_engine_get_pending (engine), ==, 200);
  g_assert_true (ml_engine_get_busy (engine));
  g_usleep (200000);

  g_assert_true (ml_engine_wait_idle (engine, WAIT_MS));
  g_assert_cmpuint (snapshots, >=, 1);
  g_assert_cmpuint (snapshots, <, 200);
  g_assert_cmpuint (ml_engine_get_snapshot (engine)->n_globals, >=, 200);
}

static void
error_cb (MlEngine *engine,
          GError   *error,
          gpointer  user_data)
{
  GPtrArray *messages = user_data;

  g_ptr_array_add (messages, g_strdup (error->message));
}

static void
test_engine_reports_errors (void)
{
  g_autoptr(MlEngine) engine = ml_engine_new ();
  g_autoptr(GPtrArray) messages = g_ptr_array_new_with_free_func (g_free);
  guint64 step;

  g_signal_connect (engine, "error", G_CALLBACK (error_cb), messages);
  g_assert_true (ml_engine_wait_idle (engine, WAIT_MS));
  step = ml_engine_get_step (engine);

  ml_engine_sandbox_clear_root (engine, "nadie");
  ml_engine_sandbox_alloc_root (engine, "x", "main.NoExiste", FALSE);
  ml_engine_sandbox_link (engine, 0xc000000000, "izq", 0);
  g_assert_true (ml_engine_wait_idle (engine, WAIT_MS));

  g_assert_cmpuint (messages->len, ==, 3);
  g_assert_nonnull (strstr (g_ptr_array_index (messages, 0), "nadie"));
  g_assert_nonnull (strstr (g_ptr_array_index (messages, 1), "main.NoExiste"));
  g_assert_nonnull (strstr (g_ptr_array_index (messages, 2), "izq"));
  /* A command that failed made no step. */
  g_assert_cmpuint (ml_engine_get_step (engine), ==, step);
}

static void
test_engine_cancel (void)
{
  g_autoptr(MlEngine) engine = ml_engine_new ();

  g_assert_true (ml_engine_wait_idle (engine, WAIT_MS));

  /* Queued work that is cancelled is answered without being done. */
  for (guint i = 0; i < 5000; i++)
    ml_engine_gc_step (engine);
  ml_engine_cancel (engine);
  g_assert_true (ml_engine_wait_idle (engine, WAIT_MS));
  g_assert_false (ml_engine_get_busy (engine));
  g_assert_cmpuint (ml_engine_get_pending (engine), ==, 0);
  g_assert_cmpuint (ml_engine_get_last_step (engine), <, 5000);

  /* The engine still works afterwards. */
  ml_engine_sandbox_alloc_root (engine, "a", "int", FALSE);
  g_assert_true (ml_engine_wait_idle (engine, WAIT_MS));
  g_assert_cmpuint (count_live_objects (ml_engine_get_snapshot (engine)), ==, 1);
}

static void
test_engine_dispose_while_busy (void)
{
  MlEngine *engine = ml_engine_new ();
  GWeakRef ref;

  g_weak_ref_init (&ref, engine);
  for (guint i = 0; i < 2000; i++)
    ml_engine_gc_step (engine);

  /* Dropping the engine with work queued stops the thread instead of waiting for it all;
   * results still in flight are dropped. */
  g_object_unref (engine);
  g_assert_null (g_weak_ref_get (&ref));
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_weak_ref_clear (&ref);
}

static void
export_done_cb (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  GAsyncResult **out = user_data;

  *out = g_object_ref (result);
}

static guint
count_dir (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  guint n = 0;

  while (g_dir_read_name (dir) != NULL)
    n++;

  return n;
}

static void
test_engine_export_steps (void)
{
  g_autoptr(MlEngine) engine = ml_engine_new ();
  g_autofree char *path = g_dir_make_tmp ("memlab-frames-XXXXXX", NULL);
  g_autoptr(GFile) folder = g_file_new_for_path (path);
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;
  MlRenderOptions options = ML_RENDER_OPTIONS_INIT;
  guint64 steps;
  guint64 at;
  guint n;

  /* A few collector steps on an empty heap make a short run to export. */
  for (guint i = 0; i < 6; i++)
    ml_engine_gc_step (engine);
  g_assert_true (ml_engine_wait_idle (engine, WAIT_MS));
  steps = ml_engine_get_last_step (engine) - ml_engine_get_first_step (engine) + 1;
  ml_engine_step_back (engine);
  g_assert_true (ml_engine_wait_idle (engine, WAIT_MS));
  at = ml_engine_get_step (engine);

  ml_engine_export_steps_async (engine, folder, ML_VIEW_SEGMENTS, &options, ML_EXPORT_SVG,
                                NULL, export_done_cb, &result);
  while (result == NULL)
    g_main_context_iteration (NULL, TRUE);
  n = ml_engine_export_steps_finish (engine, result, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (n, ==, steps);
  g_assert_cmpuint (count_dir (path), ==, steps);

  /* The model is back where it was. */
  g_assert_true (ml_engine_wait_idle (engine, WAIT_MS));
  g_assert_cmpuint (ml_engine_get_step (engine), ==, at);

  /* A folder that does not exist is an error, not a crash. */
  g_clear_object (&result);
  {
    g_autoptr(GFile) missing = g_file_get_child (folder, "no/such/folder");

    ml_engine_export_steps_async (engine, missing, ML_VIEW_SEGMENTS, &options, ML_EXPORT_PNG,
                                  NULL, export_done_cb, &result);
    while (result == NULL)
      g_main_context_iteration (NULL, TRUE);
    g_assert_cmpuint (ml_engine_export_steps_finish (engine, result, &error), ==, 0);
    g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  }

  {
    g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
    const char *name;

    while ((name = g_dir_read_name (dir)) != NULL)
      {
        g_autofree char *file = g_build_filename (path, name, NULL);
        g_remove (file);
      }
    g_rmdir (path);
  }
}

static void
load (MlEngine   *engine,
      const char *source,
      guint64     step_budget)
{
  MlEngineConfig config;

  ml_engine_config_init (&config);
  if (step_budget > 0)
    config.step_budget = step_budget;
  ml_engine_load_program (engine, "prog.go", source, &config);
  g_assert_true (ml_engine_wait_idle (engine, WAIT_MS));
}

static void
timeline_cb (GObject      *object,
             GAsyncResult *result,
             gpointer      user_data)
{
  GAsyncResult **out = user_data;

  *out = g_object_ref (result);
}

/* After a run to the end, the timeline is read from the history: thousands of steps were
 * never delivered to the caller, yet every GC cycle is in the series, and the model is left
 * at the step it was at. */
static void
test_engine_timeline (void)
{
  g_autoptr(MlEngine) engine = ml_engine_new ();
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(MlTimelineSeries) series = NULL;
  g_autoptr(GError) error = NULL;
  guint64 end;
  guint marking = 0;

  load (engine,
        "package main\n"
        "\n"
        "var data []int\n"
        "\n"
        "func main() {\n"
        "\tfor i := 0; i < 300000; i++ {\n"
        "\t\tdata = append(data, i)\n"
        "\t}\n"
        "}\n", 0);
  ml_engine_run_to_end (engine);
  g_assert_true (ml_engine_wait_idle (engine, WAIT_MS));
  end = ml_engine_get_step (engine);
  g_assert_cmpuint (end, >, 100000);

  ml_engine_build_timeline_async (engine, "append", NULL, timeline_cb, &result);
  while (result == NULL)
    g_main_context_iteration (NULL, TRUE);
  series = ml_engine_build_timeline_finish (engine, result, &error);
  g_assert_no_error (error);
  g_assert_nonnull (series);
  g_assert_true (ml_engine_wait_idle (engine, WAIT_MS));

  g_assert_cmpuint (ml_engine_get_step (engine), ==, end);
  g_assert_cmpuint (ml_timeline_series_get_last (series)->step, ==, end);
  g_assert_cmpuint (ml_timeline_series_get_n_samples (series), >=, 4000);
  g_assert_cmpuint (ml_timeline_series_get_last (series)->copies, >, 10);
  for (guint i = 0, seen = 0; i < ml_timeline_series_get_n_samples (series); i++)
    {
      const MlTimelineSample *sample = ml_timeline_series_get_sample (series, i);

      if (sample->phase == ML_GC_MARK && sample->cycle != seen)
        {
          seen = sample->cycle;
          marking++;
        }
    }
  /* Each cycle's mark phase is a short stretch of a long run, which a regular sampling
   * alone would often miss: every cycle the run had shows its marking. */
  g_assert_cmpuint (ml_engine_get_snapshot (engine)->stats.num_gc, >, 2);
  g_assert_cmpuint (marking, ==, ml_engine_get_snapshot (engine)->stats.num_gc);
  g_assert_cmpstr (ml_timeline_series_get_label (series), ==, "append");
}

static void
test_engine_program_runs (void)
{
  g_autoptr(MlEngine) engine = ml_engine_new ();
  const MlEngineProgramInfo *info;
  guint64 first;

  load (engine,
        "package main\n"
        "\n"
        "import \"fmt\"\n"
        "\n"
        "func main() {\n"
        "\tp := new(int)\n"
        "\t*p = 42\n"
        "\tfmt.Println(*p)\n"
        "\ts := make([]int, 5)\n"
        "\tfmt.Println(len(s), cap(s))\n"
        "}\n", 0);

  info = ml_engine_get_program_info (engine);
  g_assert_cmpint (info->state, ==, ML_ENGINE_PROGRAM_READY);
  g_assert_cmpstr (info->output, ==, "");
  first = ml_engine_get_step (engine);

  /* Step by step, the program advances and says where it is. */
  ml_engine_step_forward (engine);
  ml_engine_step_forward (engine);
  g_assert_true (ml_engine_wait_idle (engine, WAIT_MS));
  info = ml_engine_get_program_info (engine);
  g_assert_cmpuint (ml_engine_get_step (engine), ==, first + 2);
  g_assert_cmpuint (info->line, >=, 6);

  ml_engine_run_to_end (engine);
  g_assert_true (ml_engine_wait_idle (engine, WAIT_MS));
  info = ml_engine_get_program_info (engine);
  g_assert_cmpint (info->state, ==, ML_ENGINE_PROGRAM_EXITED);
  g_assert_cmpstr (info->output, ==, "42\n5 5\n");

  /* Back to the start, the program has printed nothing again. */
  ml_engine_seek (engine, first);
  g_assert_true (ml_engine_wait_idle (engine, WAIT_MS));
  info = ml_engine_get_program_info (engine);
  g_assert_cmpint (info->state, ==, ML_ENGINE_PROGRAM_READY);
  g_assert_cmpstr (info->output, ==, "");
}

static void
test_engine_program_errors (void)
{
  g_autoptr(MlEngine) engine = ml_engine_new ();
  const MlEngineProgramInfo *info;
  const MlEngineDiagnostic *d;

  /* The lecture's own mistake. */
  load (engine,
        "type Persona struct {\n"
        "    nombre, apellido string\n"
        "}\n"
        "p4 := Persona{}\n"
        "p4.apellido = Martinez\n", 0);
  info = ml_engine_get_program_info (engine);
  g_assert_cmpint (info->state, ==, ML_ENGINE_PROGRAM_COMPILE_ERROR);
  g_assert_nonnull (info->diagnostics);
  g_assert_cmpuint (info->diagnostics->len, >=, 1);
  d = g_ptr_array_index (info->diagnostics, 0);
  g_assert_cmpuint (d->line, ==, 5);
  g_assert_cmpuint (d->column, ==, 15);
  g_assert_cmpstr (d->message, ==, "undefined: Martinez");
  g_assert_nonnull (strstr (info->message, "prog.go:5:15: undefined: Martinez"));

  /* A loop that never ends is stopped by the step budget, with a message. */
  load (engine,
        "package main\n"
        "\n"
        "func main() {\n"
        "\tfor {\n"
        "\t}\n"
        "}\n", 5000);
  ml_engine_run_to_end (engine);
  g_assert_true (ml_engine_wait_idle (engine, WAIT_MS));
  info = ml_engine_get_program_info (engine);
  g_assert_cmpint (info->state, ==, ML_ENGINE_PROGRAM_STOPPED);
  g_assert_nonnull (info->message);

  /* A panic reads as Go prints it. */
  load (engine,
        "package main\n"
        "\n"
        "func main() {\n"
        "\ts := []int{1, 2, 3}\n"
        "\ti := 5\n"
        "\t_ = s[i]\n"
        "}\n", 0);
  ml_engine_run_to_end (engine);
  g_assert_true (ml_engine_wait_idle (engine, WAIT_MS));
  info = ml_engine_get_program_info (engine);
  g_assert_cmpint (info->state, ==, ML_ENGINE_PROGRAM_PANICKED);
  g_assert_nonnull (strstr (info->message, "panic: runtime error: index out of range [5] with length 3"));
}

static void
count_cb (guint *count)
{
  (*count)++;
}

/* A model check that fails in the worker ends that run with a report, drops it, refuses to go
 * on with it, and the next program runs. */
static void
test_engine_program_fault (void)
{
  g_autoptr(MlEngine) engine = ml_engine_new ();
  const char *source = "package main\n\nimport \"fmt\"\n\nfunc main() {\n"
                       "\tfor i := 0; i < 30; i++ {\n\t\tfmt.Println(i)\n\t}\n}\n";
  const MlEngineProgramInfo *info;
  guint faulted = 0;

  g_signal_connect_swapped (engine, "faulted", G_CALLBACK (count_cb), &faulted);
  ml_model_set_fault_step (10);
  load (engine, source, 0);
  ml_model_set_fault_step (0);
  ml_engine_run_to_end (engine);
  g_assert_true (ml_engine_wait_idle (engine, WAIT_MS));
  info = ml_engine_get_program_info (engine);
  g_assert_cmpint (info->state, ==, ML_ENGINE_PROGRAM_FAULTED);
  g_assert_cmpuint (faulted, ==, 1);
  g_assert_nonnull (strstr (info->message, "MEMLAB_FAULT_AT_STEP"));
  g_assert_nonnull (strstr (info->message, "prog.go"));
  g_assert_nonnull (strstr (info->failure, "MEMLAB_FAULT_AT_STEP"));
  g_assert_cmpuint (info->fault_step, >=, 10);
  g_assert_true (g_str_has_prefix (info->output, "0\n"));

  /* The run is gone: stepping and seeking are refused and change nothing. */
  ml_engine_step_forward (engine);
  ml_engine_seek (engine, 1);
  g_assert_true (ml_engine_wait_idle (engine, WAIT_MS));
  g_assert_cmpint (ml_engine_get_program_info (engine)->state, ==, ML_ENGINE_PROGRAM_FAULTED);
  g_assert_cmpuint (faulted, ==, 1);

  load (engine, source, 0);
  ml_engine_run_to_end (engine);
  g_assert_true (ml_engine_wait_idle (engine, WAIT_MS));
  g_assert_cmpint (ml_engine_get_program_info (engine)->state, ==, ML_ENGINE_PROGRAM_EXITED);
}

/* The time budget stops a loop within its steps, as the window runs it; the run so far stays
 * to explore, and stepping back leaves the stop behind. */
static void
test_engine_time_budget (void)
{
  g_autoptr(MlEngine) engine = ml_engine_new ();
  const MlEngineProgramInfo *info;
  MlEngineConfig config;
  guint64 last;

  ml_engine_config_init (&config);
  config.time_budget = 300000;
  ml_engine_load_program (engine, "prog.go",
                          "package main\n\nfunc main() {\n\tn := 0\n\tfor {\n\t\tn++\n\t}\n}\n", &config);
  g_assert_true (ml_engine_wait_idle (engine, WAIT_MS));
  ml_engine_run_to_end (engine);
  g_assert_true (ml_engine_wait_idle (engine, WAIT_MS));
  info = ml_engine_get_program_info (engine);
  g_assert_cmpint (info->state, ==, ML_ENGINE_PROGRAM_STOPPED);
  g_assert_cmpint (info->limit, ==, ML_VM_LIMIT_TIME);
  g_assert_nonnull (strstr (info->message, "time budget, 0.3 s"));

  last = ml_engine_get_last_step (engine);
  g_assert_cmpuint (last, >, ml_engine_get_first_step (engine) + 10);
  ml_engine_seek (engine, last - 5);
  g_assert_true (ml_engine_wait_idle (engine, WAIT_MS));
  info = ml_engine_get_program_info (engine);
  g_assert_cmpint (info->state, ==, ML_ENGINE_PROGRAM_READY);
  g_assert_cmpuint (info->line, >=, 4);
  ml_engine_seek (engine, last);
  g_assert_true (ml_engine_wait_idle (engine, WAIT_MS));
  g_assert_cmpint (ml_engine_get_program_info (engine)->state, ==, ML_ENGINE_PROGRAM_STOPPED);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  main_thread = g_thread_self ();

  g_test_add_func ("/engine/starts-with-a-snapshot", test_engine_starts_with_a_snapshot);
  g_test_add_func ("/engine/sandbox-and-collect", test_engine_sandbox_and_collect);
  g_test_add_func ("/engine/history", test_engine_history);
  g_test_add_func ("/engine/drops-stale-results", test_engine_drops_stale_results);
  g_test_add_func ("/engine/reports-errors", test_engine_reports_errors);
  g_test_add_func ("/engine/cancel", test_engine_cancel);
  g_test_add_func ("/engine/dispose-while-busy", test_engine_dispose_while_busy);
  g_test_add_func ("/engine/export-steps", test_engine_export_steps);
  g_test_add_func ("/engine/program-runs", test_engine_program_runs);
  g_test_add_func ("/engine/timeline", test_engine_timeline);
  g_test_add_func ("/engine/program-errors", test_engine_program_errors);
  g_test_add_func ("/engine/program-fault", test_engine_program_fault);
  g_test_add_func ("/engine/time-budget", test_engine_time_budget);

  return g_test_run ();
}
