/* test-views.c
 *
 * Copyright The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every view of the lecture's Persona program and of a heap in the middle of a GC cycle, in
 * both themes: layout invariants, and the pictures written to the build folder to look at.
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include "render-test-util.h"

static void
export_both_themes (MlViewKind        view,
                    const MlSnapshot *snap,
                    const char       *name,
                    gboolean          addresses)
{
  for (guint t = 0; t < 2; t++)
    {
      MlRenderOptions options = ML_RENDER_OPTIONS_INIT;
      g_autoptr(MlScene) scene = NULL;
      g_autofree char *file = NULL;

      options.theme = t == 0 ? ML_THEME_LIGHT : ML_THEME_DARK;
      options.show_addresses = addresses;
      scene = ml_render_layout (view, snap, NULL, &options);
      file = g_strdup_printf ("%s-%s.png", name, t == 0 ? "light" : "dark");
      render_test_save (scene, file);
    }
}

static void
test_memory_map_persona (void)
{
  g_autoptr(MlSnapshot) snap = render_test_persona ();
  MlRenderOptions options = ML_RENDER_OPTIONS_INIT;
  g_autoptr(MlScene) scene = ml_memory_map_view_layout (snap, NULL, &options);

  render_test_assert_no_overlap (scene, "slot");
  render_test_assert_arrows_attached (scene, 1);
  export_both_themes (ML_VIEW_MEMORY_MAP, snap, "memory-map-persona", FALSE);
  export_both_themes (ML_VIEW_MEMORY_MAP, snap, "memory-map-persona-addresses", TRUE);
}

static void
test_heap_graph_mid_gc (void)
{
  g_autoptr(MlSnapshot) snap = render_test_mid_gc ();

  export_both_themes (ML_VIEW_HEAP_GRAPH, snap, "heap-graph-mid-gc", FALSE);
  export_both_themes (ML_VIEW_MEMORY_MAP, snap, "memory-map-mid-gc", FALSE);
}

static void
test_segments (void)
{
  g_autoptr(MlSnapshot) persona = render_test_persona ();
  g_autoptr(MlSnapshot) gc = render_test_mid_gc ();

  export_both_themes (ML_VIEW_SEGMENTS, persona, "segments-persona", FALSE);
  export_both_themes (ML_VIEW_SEGMENTS, gc, "segments-mid-gc", FALSE);
  export_both_themes (ML_VIEW_PROCESS, persona, "process", FALSE);
}

static void
test_spans (void)
{
  g_autoptr(MlSnapshot) gc = render_test_mid_gc ();
  g_autoptr(MlSnapshot) swept = render_test_big_heap_after_gc (20000, FALSE);
  g_autoptr(MlSnapshot) marking = render_test_big_heap_after_gc (20000, TRUE);

  export_both_themes (ML_VIEW_SPANS, gc, "spans-mid-gc", FALSE);
  export_both_themes (ML_VIEW_SPANS, swept, "spans-20000-swept", FALSE);
  export_both_themes (ML_VIEW_SPANS, marking, "spans-20000-marking", FALSE);
  export_both_themes (ML_VIEW_HEAP_GRAPH, marking, "heap-graph-20000", FALSE);
}

/* A run with allocation, GC cycles and garbage: the series the window would collect. */
static MlTimelineSeries *
run_series (const char *label,
            gboolean    preallocate)
{
  g_autoptr(MlRuntime) rt = ml_runtime_new ();
  MlTimelineSeries *series = ml_timeline_series_new (label);
  MlTypeRegistry *reg = ml_runtime_get_types (rt);
  const MlType *t_int = ml_type_registry_basic (reg, ML_KIND_INT);
  const MlType *t_slice = ml_type_registry_slice_of (reg, t_int);
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

          ml_timeline_series_add_copy (series, len * 8);
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
  g_autoptr(MlTimelineSeries) grow = run_series ("append", FALSE);
  g_autoptr(MlTimelineSeries) made = run_series ("make", TRUE);

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

int
main (int   argc,
      char *argv[])
{
  int ret;

  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/render/memory-map/persona", test_memory_map_persona);
  g_test_add_func ("/render/heap-graph/mid-gc", test_heap_graph_mid_gc);
  g_test_add_func ("/render/segments", test_segments);
  g_test_add_func ("/render/spans", test_spans);
  g_test_add_func ("/render/timeline", test_timeline);
  ret = g_test_run ();
  render_test_cleanup ();

  return ret;
}
