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

int
main (int   argc,
      char *argv[])
{
  int ret;

  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/render/timeline", test_timeline);
  g_test_add_func ("/render/timeline/small-heap", test_timeline_small_heap);
  ret = g_test_run ();
  render_test_cleanup ();

  return ret;
}
