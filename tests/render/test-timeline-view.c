/* test-timeline-view.c
 *
 * Copyright The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The timeline view, apart from the views of one snapshot: it draws a run's series of
 * samples, so its tests build whole runs (appends with and without preallocation, a small
 * heap that collects often) and check what the window would plot.
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include "render-test-util.h"

/* A run with allocation, GC cycles and garbage: the series the window would collect. */
/* The copies the last run_series() made, counted by the test itself. */
static guint series_copies;

static MlTimelineSeries *
run_series (const char *label,
            gboolean    preallocate)
{
  g_autoptr(MlRuntime) rt = ml_runtime_new ();
  MlTimelineSeries *series = ml_timeline_series_new (label);
  MlRtypeRegistry *reg = ml_runtime_get_types (rt);
  const MlRtype *t_int = ml_rtype_registry_basic (reg, ML_KIND_INT);
  const MlRtype *t_slice = ml_rtype_registry_slice_of (reg, t_int);
  guint64 slot = ml_runtime_add_global (rt, "main.data", t_slice, FALSE);
  guint64 ptr = 0, len = 0, cap = 0;

  ml_runtime_set_heap_minimum (rt, 64 * 1024);
  if (preallocate)
    {
      ptr = ml_runtime_make_slice (rt, t_int, 20000);
      cap = 20000;
      ml_runtime_write_pointer (rt, slot, ptr);
    }
  ml_runtime_end_step (rt);
  {
    g_autoptr(MlSnapshot) snap = ml_runtime_snapshot (rt, ML_SNAPSHOT_SPANS);

    ml_timeline_series_append (series, snap);
  }

  /* data = append(data, i) for 20,000 elements, one step per 100 appends, as the slice
   * lesson does with a million. */
  for (guint i = 0; i < 20000; i++)
    {
      if (len == cap)
        {
          guint64 new_cap = 0;
          guint64 np = ml_runtime_growslice (rt, ptr, len, cap, len + 1, t_int, &new_cap);

          if (len > 0)
            series_copies++;
          ptr = np;
          cap = new_cap;
          ml_runtime_write_pointer (rt, slot, ptr);
        }
      len++;
      if (i % 100 == 99)
        {
          g_autoptr(MlSnapshot) snap = NULL;

          ml_runtime_end_step (rt);
          while (ml_runtime_world_stopped (rt) || ml_runtime_gc_work_due (rt))
            {
              ml_runtime_gc_unit (rt);
              ml_runtime_end_step (rt);
              snap = ml_runtime_snapshot (rt, ML_SNAPSHOT_SPANS);
              ml_timeline_series_append (series, snap);
              g_clear_pointer (&snap, ml_snapshot_unref);
            }
          snap = ml_runtime_snapshot (rt, ML_SNAPSHOT_SPANS);
          ml_timeline_series_append (series, snap);
        }
    }

  return series;
}

static void
test_timeline (void)
{
  g_autoptr(MlTimelineSeries) grow = NULL;
  g_autoptr(MlTimelineSeries) made = NULL;
  guint grow_copies;

  /* Every copy is counted, though the series samples only one step in a hundred appends. */
  series_copies = 0;
  grow = run_series ("append", FALSE);
  grow_copies = series_copies;
  made = run_series ("make", TRUE);
  g_assert_cmpuint (grow_copies, >, 10);
  g_assert_cmpuint (ml_timeline_series_get_last (grow)->copies, ==, grow_copies);
  g_assert_cmpuint (ml_timeline_series_get_last (made)->copies, ==, 0);

  g_assert_cmpuint (ml_timeline_series_get_n_samples (grow), >, 100);
  g_assert_cmpuint (ml_timeline_series_get_last (grow)->copies, >, ml_timeline_series_get_last (made)->copies);

  for (guint t = 0; t < 2; t++)
    {
      MlRenderOptions options = ML_RENDER_OPTIONS_INIT;
      g_autoptr(MlScene) single = NULL;
      g_autoptr(MlScene) both = NULL;

      options.theme = t == 0 ? ML_THEME_LIGHT : ML_THEME_DARK;
      single = ml_timeline_view_layout (grow, NULL, NULL, &options);
      both = ml_timeline_view_layout (grow, made, NULL, &options);
      render_test_save (single, t == 0 ? "timeline-light.png" : "timeline-dark.png");
      render_test_save (both, t == 0 ? "timeline-compare-light.png" : "timeline-compare-dark.png");
    }
}

/* A small program under the 4 MiB minimum goal, with two runtime.GC() calls: its heap is
 * drawn to its own scale (not a flat line under the goal), and both cycles are drawn though
 * each happens inside one step. */
static void
test_timeline_small_heap (void)
{
  g_autoptr(MlRuntime) rt = ml_runtime_new ();
  MlRtypeRegistry *reg = ml_runtime_get_types (rt);
  const MlRtype *t_byte = ml_rtype_registry_basic (reg, ML_KIND_UINT8);
  g_autoptr(MlTimelineSeries) series = ml_timeline_series_new ("small");
  g_autoptr(MlScene) scene = NULL;
  guint cycles = 0, labels = 0;
  gboolean goal_note = FALSE;

  for (guint i = 0; i < 40; i++)
    {
      g_autoptr(MlSnapshot) snap = NULL;

      ml_runtime_malloc (rt, 2048, t_byte);
      if (i == 30 || i == 35)
        ml_runtime_gc_collect (rt);
      ml_runtime_end_step (rt);
      snap = ml_runtime_snapshot (rt, ML_SNAPSHOT_ALL);
      ml_timeline_series_append (series, snap);
    }
  scene = ml_timeline_view_layout (series, NULL, NULL, NULL);
  for (guint i = 0; i < scene->boxes->len; i++)
    cycles += g_strcmp0 (g_array_index (scene->boxes, MlSceneBox, i).klass, "cycle") == 0;
  for (guint i = 0; i < scene->texts->len; i++)
    {
      const MlSceneText *t = &g_array_index (scene->texts, MlSceneText, i);

      labels += g_strcmp0 (t->klass, "cycle-label") == 0;
      goal_note |= g_strcmp0 (t->klass, "goal-above") == 0;
    }
  g_assert_cmpuint (cycles, ==, 2);
  g_assert_cmpuint (labels, >=, 1);
  g_assert_true (goal_note);
  /* The cycle labels neither overlap one another nor leave the chart's width. */
  for (guint i = 0; i < scene->texts->len; i++)
    {
      const MlSceneText *a = &g_array_index (scene->texts, MlSceneText, i);

      if (g_strcmp0 (a->klass, "cycle-label") != 0)
        continue;
      for (guint j = i + 1; j < scene->texts->len; j++)
        {
          const MlSceneText *b = &g_array_index (scene->texts, MlSceneText, j);

          if (g_strcmp0 (b->klass, "cycle-label") == 0)
            g_assert_true (a->x + a->width <= b->x || b->x + b->width <= a->x || a->y != b->y);
        }
    }
  render_test_save (scene, "timeline-small-heap.png");
}

/* A hand-made run on the virtual clock: 1 µs per program step, a cycle whose first pause
 * lasts 50 ns and whose mark lasts 200 µs, worked by two dedicated workers, the fractional
 * worker and an idle P's worker, with a second cycle later. */
static MlTimelineSeries *
clock_series (void)
{
  MlTimelineSeries *series = ml_timeline_series_new (NULL);
  guint64 now = 0;

  for (guint64 step = 0; step < 1000; step++)
    {
      MlTimelineSample s = { .step = step, .heap_live = 4096 * (step % 500), .heap_goal = 4 << 20,
                             .procs = 4, .fraction_pct = 25, .dedicated = 2 };

      s.cycle = step >= 100 ? (step >= 600 ? 2 : 1) : 0;
      /* Step 100 stops the world; the next one is the pause, then the mark. */
      s.world_stopped = step == 100 || step == 600;
      s.phase = (step >= 101 && step < 300) || (step >= 601 && step < 700) ? ML_GC_MARK :
                step == 100 || step == 600 ? ML_GC_SWEEP_TERMINATION :
                (step >= 300 && step < 400) || (step >= 700 && step < 800) ? ML_GC_SWEEP : ML_GC_OFF;
      now += step == 101 || step == 601 ? 50 : 1000;
      s.now_ns = now;
      s.worker = ML_WORKER_MUTATOR;
      if (s.phase == ML_GC_MARK && step % 4 == 1)
        {
          static const MlWorkerKind kinds[] = { ML_WORKER_DEDICATED, ML_WORKER_DEDICATED, ML_WORKER_FRACTIONAL,
                                                ML_WORKER_IDLE };

          s.worker = kinds[(step / 4) % 4];
          s.worker_id = (step / 4) % 4 == 1 ? 1 : 0;
        }
      if (s.phase == ML_GC_MARK && step % 10 == 3)
        s.assists = 1;
      ml_timeline_series_append_sample (series, &s);
    }

  return series;
}

static const MlSceneBox *
find_box (MlScene    *scene,
          const char *klass,
          guint       nth)
{
  for (guint i = 0; i < scene->boxes->len; i++)
    {
      const MlSceneBox *b = ml_scene_get_box (scene, i);

      if (g_strcmp0 (b->klass, klass) == 0 && nth-- == 0)
        return b;
    }

  return NULL;
}

static guint
count_texts (MlScene    *scene,
             const char *klass)
{
  guint n = 0;

  for (guint i = 0; i < scene->texts->len; i++)
    n += g_strcmp0 (g_array_index (scene->texts, MlSceneText, i).klass, klass) == 0;

  return n;
}

static const MlSceneText *
find_text (MlScene    *scene,
           const char *klass)
{
  for (guint i = 0; i < scene->texts->len; i++)
    if (g_strcmp0 (g_array_index (scene->texts, MlSceneText, i).klass, klass) == 0)
      return &g_array_index (scene->texts, MlSceneText, i);

  return NULL;
}

/* On the clock a 50 ns pause is a sliver of a 200 µs mark, yet it shows: at least 4 px wide,
 * its duration written, and the program's lane cut there.  In steps it is as wide as a step. */
static void
test_timeline_clock (void)
{
  g_autoptr(MlTimelineSeries) series = clock_series ();
  MlRenderOptions options = ML_RENDER_OPTIONS_INIT;
  g_autoptr(MlScene) scene = ml_timeline_view_layout (series, NULL, NULL, &options);
  g_autoptr(MlScene) steps = NULL;
  const MlSceneBox *stw = find_box (scene, "stw", 0);
  const MlSceneBox *mark = find_box (scene, "mark-phase", 0);
  const MlSceneText *pause = find_text (scene, "pause-label");
  gboolean cut = FALSE;

  g_assert_nonnull (stw);
  g_assert_nonnull (mark);
  g_assert_cmpfloat (stw->rect.width, >=, 4.0);
  g_assert_cmpfloat (stw->rect.width, <, 6.0);
  g_assert_cmpfloat (mark->rect.width, >, 20 * stw->rect.width);
  g_assert_nonnull (pause);
  g_assert_cmpstr (pause->text, ==, "50 ns");
  for (guint i = 0; i < scene->boxes->len; i++)
    {
      const MlSceneBox *b = ml_scene_get_box (scene, i);

      if (g_strcmp0 (b->klass, "lane-gap") == 0 && b->rect.x < stw->rect.x + stw->rect.width &&
          stw->rect.x < b->rect.x + b->rect.width)
        cut = TRUE;
    }
  g_assert_true (cut);
  g_assert_cmpstr (find_text (scene, "axis-name")->text, ==, "time on the model’s clock");
  render_test_save (scene, "timeline-clock.png");

  options.timeline_steps = TRUE;
  steps = ml_timeline_view_layout (series, NULL, NULL, &options);
  g_assert_cmpstr (find_text (steps, "axis-name")->text, ==, "steps");
  mark = find_box (steps, "mark-phase", 0);
  stw = find_box (steps, "stw", 0);
  /* 199 steps of mark against one of pause, still drawn 4 px wide. */
  g_assert_cmpfloat (stw->rect.width, >=, 4.0);
  g_assert_cmpfloat (mark->rect.width, >, 20 * stw->rect.width);
}

/* One lane per mark worker that worked, each labelled, with the assists' lane; the labels
 * sit left of the chart and never overlap one another. */
static void
test_timeline_lanes (void)
{
  g_autoptr(MlTimelineSeries) series = clock_series ();
  g_autoptr(MlScene) scene = ml_timeline_view_layout (series, NULL, NULL, NULL);
  const char *want[] = { "program", "stop the world", "dedicated worker 1", "dedicated worker 2",
                         "fractional worker", "idle-P worker 1", "program’s assists", "sweeper" };
  guint k = 0;
  const MlSceneText *last = NULL;

  g_assert_cmpuint (count_texts (scene, "lane-label"), ==, G_N_ELEMENTS (want));
  for (guint i = 0; i < scene->texts->len; i++)
    {
      const MlSceneText *t = &g_array_index (scene->texts, MlSceneText, i);

      if (g_strcmp0 (t->klass, "lane-label") != 0)
        continue;
      g_assert_cmpstr (t->text, ==, want[k++]);
      g_assert_cmpfloat (t->x + t->width, <, find_box (scene, "chart", 0)->rect.x);
      if (last != NULL)
        g_assert_cmpfloat (last->y + last->height, <=, t->y);
      last = t;
    }
  /* The fractional worker works its 25 % of the time, the dedicated ones all of it. */
  {
    double dedicated = 0, fractional = 0;
    guint n = ml_scene_count_boxes (scene, "lane-run");

    g_assert_cmpuint (n, >, 0);
    for (guint i = 0; i < scene->boxes->len; i++)
      {
        const MlSceneBox *b = ml_scene_get_box (scene, i);

        if (g_strcmp0 (b->klass, "lane-run") != 0)
          continue;
        /* Lanes are 22 px high with a 6 px gap, from the program's at the top. */
        if (fabs (b->rect.y - (find_box (scene, "lane", 2)->rect.y)) < 0.5)
          dedicated += b->rect.width;
        if (fabs (b->rect.y - (find_box (scene, "lane", 4)->rect.y)) < 0.5)
          fractional += b->rect.width;
      }
    g_assert_cmpfloat (fractional, >, 0);
    g_assert_cmpfloat (fractional, <, dedicated / 2);
  }
}

/* Two runs compared share the lanes of both: the second chart has a row for each label
 * left of the first, in the same order, even for a worker only one of them used. */
static void
test_timeline_compare_lanes (void)
{
  g_autoptr(MlTimelineSeries) busy = clock_series ();
  g_autoptr(MlTimelineSeries) quiet = run_series ("make", TRUE);
  g_autoptr(MlScene) scene = ml_timeline_view_layout (quiet, busy, NULL, NULL);
  guint labels = count_texts (scene, "lane-label");

  g_assert_cmpuint (labels, ==, 8);
  g_assert_cmpuint (ml_scene_count_boxes (scene, "lane"), ==, 2 * labels);
  for (guint i = 0; i < labels; i++)
    g_assert_cmpfloat (fabs (find_box (scene, "lane", i)->rect.y - find_box (scene, "lane", labels + i)->rect.y), <, 0.5);
}

/* Zoomed to a cycle, the axis shows that cycle: its band fills most of the chart, and the
 * other cycle is not drawn. */
static void
test_timeline_zoom (void)
{
  g_autoptr(MlTimelineSeries) series = clock_series ();
  MlRenderOptions options = ML_RENDER_OPTIONS_INIT;
  g_autoptr(MlScene) scene = NULL;
  const MlSceneBox *chart, *cycle;

  options.timeline_cycle = 2;
  scene = ml_timeline_view_layout (series, NULL, NULL, &options);
  chart = find_box (scene, "chart", 0);
  cycle = find_box (scene, "cycle", 0);
  g_assert_nonnull (cycle);
  g_assert_null (find_box (scene, "cycle", 1));
  g_assert_cmpuint (cycle->index, ==, 2);
  g_assert_cmpfloat (cycle->rect.width, >, 0.7 * chart->rect.width);
  g_assert_cmpuint (count_texts (scene, "cycle-label"), ==, 1);
  render_test_save (scene, "timeline-zoom.png");

  /* A cycle the run never had draws the whole run. */
  options.timeline_cycle = 9;
  g_clear_pointer (&scene, ml_scene_unref);
  scene = ml_timeline_view_layout (series, NULL, NULL, &options);
  g_assert_nonnull (find_box (scene, "cycle", 1));
}

int
main (int   argc,
      char *argv[])
{
  int ret;

  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/render/timeline", test_timeline);
  g_test_add_func ("/render/timeline/small-heap", test_timeline_small_heap);
  g_test_add_func ("/render/timeline/clock", test_timeline_clock);
  g_test_add_func ("/render/timeline/lanes", test_timeline_lanes);
  g_test_add_func ("/render/timeline/compare-lanes", test_timeline_compare_lanes);
  g_test_add_func ("/render/timeline/zoom", test_timeline_zoom);
  ret = g_test_run ();
  render_test_cleanup ();

  return ret;
}
