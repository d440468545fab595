/* bench-render.c
 *
 * Copyright The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The render layer's figures, printed as "bench NAME VALUE UNIT".  They never fail on speed.
 *
 *   heap_graph_2000_ms  layout and draw of a 2,000-object heap to a 1920×1080 image
 *   heap_graph_500_anim_ms  one animation frame of a 500-object heap (the window's canvas at
 *                       1280×760): the in-between scene of two layouts, and its drawing
 *   spans_1m_ms         layout and draw of the spans view of 1,000,000 objects
 *   svg_2000_s          SVG export of the 2,000-object heap graph
 *   svg_2000_mb         its size
 */

#include "config.h"

#include <glib/gstdio.h>
#include <math.h>
#include <stdlib.h>

#include "render-test-util.h"

#define RUNS 9

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *)a, y = *(const double *)b;

  return x < y ? -1 : x > y;
}

/* The median of RUNS timed runs after one warm-up, as the window redraws the same view. */
static double
median_ms (void (*run) (gpointer),
           gpointer data)
{
  double times[RUNS];

  run (data);
  for (guint i = 0; i < RUNS; i++)
    {
      gint64 start = g_get_monotonic_time ();

      run (data);
      times[i] = (g_get_monotonic_time () - start) / 1000.0;
    }
  qsort (times, RUNS, sizeof (double), compare_doubles);

  return times[RUNS / 2];
}

typedef struct
{
  MlSnapshot      *snapshot;
  MlViewKind       view;
  cairo_surface_t *surface;
  MlScene         *previous;
} Job;

static void
layout_and_draw (gpointer data)
{
  Job *job = data;
  MlRenderOptions options = ML_RENDER_OPTIONS_INIT;
  g_autoptr(MlScene) scene = NULL;
  cairo_t *cr;

  options.width = 1920;
  options.height = 1080;
  scene = ml_render_layout (job->view, job->snapshot, job->previous, &options);
  cr = cairo_create (job->surface);
  ml_scene_draw (scene, cr);
  cairo_destroy (cr);
  cairo_surface_flush (job->surface);
}

static void
bench_heap_graph (void)
{
  g_autoptr(MlSnapshot) snap = render_test_big_heap_after_gc (2000, TRUE);
  Job job = { snap, ML_VIEW_HEAP_GRAPH, cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 1920, 1080), NULL };
  MlRenderOptions options = ML_RENDER_OPTIONS_INIT;
  guint live = 0;

  for (guint i = 0; i < snap->n_objects; i++)
    live += snap->objects[i].colour != ML_COLOUR_FREE;
  g_printerr ("heap graph: %u objects (%u in the snapshot), %u edges\n", live, snap->n_objects, snap->n_edges);

  /* The window lays out each step from the previous one; so does the benchmark. */
  options.width = 1920;
  options.height = 1080;
  job.previous = ml_heap_graph_view_layout (snap, NULL, &options);
  g_print ("bench heap_graph_2000_ms %.2f ms\n", median_ms (layout_and_draw, &job));
  ml_scene_unref (job.previous);
  cairo_surface_write_to_png (job.surface, "bench-heap-graph-2000.png");
  cairo_surface_destroy (job.surface);
}

typedef struct
{
  MlScene         *from;
  MlScene         *to;
  cairo_surface_t *surface;
  guint            frame;
} AnimJob;

static void
interpolate_and_draw (gpointer data)
{
  AnimJob *job = data;
  cairo_t *cr = cairo_create (job->surface);

  /* Each run is a different point of the animation, as successive frames are. */
  ml_view_draw (job->to, job->from, (job->frame++ % 20 + 0.5) / 20.0, NULL, cr);
  cairo_destroy (cr);
  cairo_surface_flush (job->surface);
}

/* What render costs the window for one frame of a step's animation; the app benchmark's
 * heap_graph_500_frame_ms adds GTK's own work to it. */
static void
bench_heap_graph_anim (void)
{
  /* The same heap before and after its collection (render_test_big_heap_after_gc() builds it
   * with seed 11): what one step of the window animates. */
  g_autoptr(MlSnapshot) before = render_test_big_heap (500, 11);
  g_autoptr(MlSnapshot) after = render_test_big_heap_after_gc (500, TRUE);
  MlRenderOptions options = ML_RENDER_OPTIONS_INIT;
  AnimJob job = { NULL, NULL, cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 1280, 760), 0 };

  options.width = 1280;
  options.height = 760;
  job.from = ml_heap_graph_view_layout (before, NULL, &options);
  job.to = ml_heap_graph_view_layout (after, job.from, &options);
  g_print ("bench heap_graph_500_anim_ms %.2f ms\n", median_ms (interpolate_and_draw, &job));
  cairo_surface_write_to_png (job.surface, "bench-heap-graph-500-anim.png");
  ml_scene_unref (job.from);
  ml_scene_unref (job.to);
  cairo_surface_destroy (job.surface);
}

static void
bench_spans (void)
{
  g_autoptr(MlRuntime) rt = ml_runtime_new ();
  MlRtypeRegistry *reg = ml_runtime_get_types (rt);
  const MlRtype *t_ptr = ml_rtype_registry_basic (reg, ML_KIND_UNSAFE_POINTER);
  MlRtypeField fields[] = { { "next", t_ptr, 0, FALSE }, { "value", ml_rtype_registry_basic (reg, ML_KIND_INT), 0, FALSE } };
  const MlRtype *item = ml_rtype_registry_struct (reg, "main.Item", fields, G_N_ELEMENTS (fields));
  g_autoptr(MlSnapshot) snap = NULL;
  Job job = { NULL, ML_VIEW_SPANS, cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 1920, 1080), NULL };
  guint64 keep = 0;
  guint64 root = ml_runtime_add_global (rt, "main.list", ml_rtype_registry_pointer_to (reg, item), FALSE);
  gint64 start = g_get_monotonic_time ();

  ml_runtime_set_history_enabled (rt, FALSE);
  ml_runtime_set_events_enabled (rt, FALSE);
  ml_runtime_set_gogc (rt, -1);

  /* A million 16-byte items, a linked third of them kept: after a collection the spans are
   * full of holes, the fragmentation picture. */
  for (guint i = 0; i < 1000000; i++)
    {
      guint64 obj = ml_runtime_new_object (rt, item);

      if (i % 3 == 0)
        {
          ml_runtime_write_pointer (rt, obj, keep);
          keep = obj;
        }
    }
  ml_runtime_write_pointer (rt, root, keep);
  ml_runtime_end_step (rt);
  ml_runtime_gc_start (rt);
  for (guint i = 0; i < 600000 && ml_runtime_gc_unit (rt); i++)
    ;
  ml_runtime_end_step (rt);
  snap = ml_runtime_snapshot (rt, ML_SNAPSHOT_SPANS);
  g_printerr ("spans: %u spans, built in %.1f s\n", snap->n_spans, (g_get_monotonic_time () - start) / 1e6);

  job.snapshot = snap;
  g_print ("bench spans_1m_ms %.2f ms\n", median_ms (layout_and_draw, &job));
  cairo_surface_write_to_png (job.surface, "bench-spans-1m.png");
  cairo_surface_destroy (job.surface);
}

static void
bench_svg (void)
{
  g_autoptr(MlSnapshot) snap = render_test_big_heap_after_gc (2000, TRUE);
  MlRenderOptions options = ML_RENDER_OPTIONS_INIT;
  g_autoptr(GFile) file = g_file_new_for_path ("bench-heap-graph-2000.svg");
  g_autoptr(GError) error = NULL;
  g_autoptr(GFileInfo) info = NULL;
  gint64 start;
  double seconds;

  options.width = 1920;
  options.height = 1080;
  start = g_get_monotonic_time ();
  g_assert_true (ml_render_export_view (snap, ML_VIEW_HEAP_GRAPH, &options, file, &error));
  seconds = (g_get_monotonic_time () - start) / 1e6;
  g_assert_no_error (error);
  info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_SIZE, 0, NULL, &error);
  g_assert_no_error (error);

  g_print ("bench svg_2000_s %.3f s\n", seconds);
  g_print ("bench svg_2000_mb %.2f MB\n", g_file_info_get_size (info) / 1e6);
}

int
main (int   argc,
      char *argv[])
{
  const char *which = argc > 1 ? argv[1] : "all";

  if (g_str_equal (which, "heap_graph_2000_ms") || g_str_equal (which, "all"))
    bench_heap_graph ();
  if (g_str_equal (which, "heap_graph_500_anim_ms") || g_str_equal (which, "all"))
    bench_heap_graph_anim ();
  if (g_str_equal (which, "spans_1m_ms") || g_str_equal (which, "all"))
    bench_spans ();
  if (g_str_equal (which, "svg_2000") || g_str_equal (which, "all"))
    bench_svg ();

  render_test_cleanup ();

  return 0;
}
