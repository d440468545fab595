/* bench-app.c
 *
 * Copyright The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Benchmarks of the window, under a (virtual) display.  Each prints "bench NAME VALUE UNIT";
 * none fails on speed.  Run one by naming it: bench-app startup_ms | main_loop_max_gap_ms |
 * heap_graph_500_frame_ms | min_text_px_1024.
 */

#include "config.h"

#include <adwaita.h>
#include <stdlib.h>
#include <string.h>

#include "ml-application.h"
#include "ml-canvas.h"
#include "ml-engine.h"
#include "ml-scene-legibility.h"
#include "ml-test-legibility.h"
#include "ml-window.h"
#include "render-test-util.h"

static gint64 t_main;

static gboolean
wake_cb (gpointer data)
{
  return G_SOURCE_CONTINUE;
}

/* Runs the main loop until @done or @timeout_ms; a timer keeps it turning when nothing else
 * happens, so that the deadline is seen. */
static void
iterate_until (gboolean (*done) (gpointer),
               gpointer   data,
               guint      timeout_ms)
{
  gint64 end = g_get_monotonic_time () + (gint64) timeout_ms * 1000;
  guint wake = g_timeout_add (20, wake_cb, NULL);

  while (!done (data) && g_get_monotonic_time () < end)
    g_main_context_iteration (NULL, TRUE);
  g_source_remove (wake);
}

static void
first_paint_cb (GdkFrameClock *clock,
                gpointer       user_data)
{
  gint64 *painted = user_data;

  if (*painted == 0)
    *painted = g_get_monotonic_time ();
}

static gboolean
painted (gpointer data)
{
  return *(gint64 *) data != 0;
}

static void
window_realize_cb (GtkWidget *widget,
                   gpointer   user_data)
{
  g_signal_connect (gtk_widget_get_frame_clock (widget), "after-paint",
                    G_CALLBACK (first_paint_cb), user_data);
}

static MlWindow *
new_window (MlApplication *app,
            gint64        *painted_at)
{
  MlWindow *window = ml_window_new (app);

  g_signal_connect (window, "realize", G_CALLBACK (window_realize_cb), painted_at);
  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 760);
  gtk_window_present (GTK_WINDOW (window));
  iterate_until (painted, painted_at, 20000);

  return window;
}

/* From the start of main() (toolkit initialised there, as in memlab) to the first frame of
 * the window painted. */
static void
bench_startup (MlApplication *app)
{
  gint64 painted_at = 0;
  MlWindow *window = new_window (app, &painted_at);

  g_print ("bench startup_ms %.1f ms\n", (painted_at - t_main) / 1000.0);
  gtk_window_destroy (GTK_WINDOW (window));
}

typedef struct
{
  gint64 last;
  gint64 max_gap;
} Gaps;

static gboolean
tick_cb (gpointer data)
{
  Gaps *gaps = data;
  gint64 now = g_get_monotonic_time ();

  if (gaps->last != 0)
    gaps->max_gap = MAX (gaps->max_gap, now - gaps->last);
  gaps->last = now;

  return G_SOURCE_CONTINUE;
}

static gboolean
program_ready (gpointer data)
{
  MlEngine *engine = data;

  return !ml_engine_get_busy (engine) &&
         ml_engine_get_program_info (engine)->state == ML_ENGINE_PROGRAM_READY;
}

static gboolean
engine_idle (gpointer data)
{
  return !ml_engine_get_busy (data);
}

/* The lecture's 1,000,000-element append loop run to its end from the window: the longest
 * time the main loop went without turning while the engine worked and the window took its
 * results (timeline rebuild included). */
static void
bench_main_loop_gap (MlApplication *app,
                     const char    *program)
{
  gint64 painted_at = 0;
  MlWindow *window = new_window (app, &painted_at);
  MlEngine *engine = ml_window_get_engine (window);
  g_autoptr(GFile) file = g_file_new_for_path (program);
  Gaps gaps = { 0 };
  guint source;
  gint64 t0;

  ml_window_open_file (window, file);
  iterate_until (program_ready, engine, 20000);
  g_assert_true (program_ready (engine));

  source = g_timeout_add (1, tick_cb, &gaps);
  t0 = g_get_monotonic_time ();
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.run-to-end", NULL));
  /* The run, then the timeline the window asks for after the jump. */
  iterate_until (engine_idle, engine, 600000);
  g_usleep (1000);
  iterate_until (engine_idle, engine, 600000);
  g_source_remove (source);

  g_assert_cmpint (ml_engine_get_program_info (engine)->state, ==, ML_ENGINE_PROGRAM_EXITED);
  g_print ("bench main_loop_max_gap_ms %.1f ms\n", gaps.max_gap / 1000.0);
  g_print ("bench append_1m_window_s %.2f s\n", (g_get_monotonic_time () - t0) / 1e6);
  gtk_window_destroy (GTK_WINDOW (window));
}

typedef struct
{
  gint64  start;
  GArray *times;
} Frames;

static void
frame_update_cb (GdkFrameClock *clock,
                 Frames        *frames)
{
  frames->start = g_get_monotonic_time ();
}

static void
frame_done_cb (GdkFrameClock *clock,
               Frames        *frames)
{
  double ms;

  if (frames->start == 0)
    return;
  ms = (g_get_monotonic_time () - frames->start) / 1000.0;
  g_array_append_val (frames->times, ms);
  frames->start = 0;
}

static int
compare_double (gconstpointer a,
                gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return x < y ? -1 : x > y;
}

static gboolean
enough_frames (gpointer data)
{
  return ((Frames *) data)->times->len >= 60;
}

/* A 500-object heap graph animating from one snapshot to the next (a collection: colours
 * change and the garbage fades): the main thread's work per frame, from the frame clock's
 * update to the end of its paint, median over 60 frames. */
static void
bench_heap_graph_frames (void)
{
  GtkWidget *window = gtk_window_new ();
  GtkWidget *canvas = ml_canvas_new ();
  /* The same heap before and after its collection (render_test_big_heap_after_gc() builds it
   * with seed 11): what one step of the window animates. */
  g_autoptr(MlSnapshot) before = render_test_big_heap (500, 11);
  g_autoptr(MlSnapshot) after = render_test_big_heap_after_gc (500, TRUE);
  Frames frames = { 0, g_array_new (FALSE, FALSE, sizeof (double)) };
  GdkFrameClock *clock;
  gint64 painted_at = 0;

  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 760);
  gtk_window_set_child (GTK_WINDOW (window), canvas);
  ml_canvas_set_view (ML_CANVAS (canvas), ML_VIEW_HEAP_GRAPH);
  g_signal_connect (window, "realize", G_CALLBACK (window_realize_cb), &painted_at);
  gtk_window_present (GTK_WINDOW (window));
  iterate_until (painted, &painted_at, 20000);

  clock = gtk_widget_get_frame_clock (window);
  g_signal_connect (clock, "update", G_CALLBACK (frame_update_cb), &frames);
  g_signal_connect (clock, "after-paint", G_CALLBACK (frame_done_cb), &frames);
  for (guint round = 0; round < 30 && frames.times->len < 60; round++)
    {
      ml_canvas_set_snapshot (ML_CANVAS (canvas), round % 2 == 0 ? before : after);
      iterate_until (enough_frames, &frames, 700);
    }
  g_signal_handlers_disconnect_by_data (clock, &frames);

  g_array_sort (frames.times, compare_double);
  if (frames.times->len > 0)
    g_print ("bench heap_graph_500_frame_ms %.2f ms\n",
             g_array_index (frames.times, double, frames.times->len / 2));
  g_print ("bench heap_graph_500_frames %u frames\n", frames.times->len);
  g_array_unref (frames.times);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* The smallest text any lesson moment draws in presentation mode on a 1024×768 projector,
 * in device pixels: the back row's figure, which the legibility test holds at 14 or more. */
static void
bench_min_text_px (MlApplication *app)
{
  double px = ml_test_legibility_play (app, 1024, 768, ML_LEGIBLE_TEXT_PX, NULL);

  g_print ("bench min_text_px_1024 %.1f px\n", px);
}

int
main (int   argc,
      char *argv[])
{
  const char *which = argc > 1 ? argv[1] : "all";
  g_autoptr(MlApplication) app = NULL;
  g_autoptr(GError) error = NULL;

  t_main = g_get_monotonic_time ();
  g_set_prgname ("memlab");
  g_set_application_name ("MemLab");
  gtk_init ();
  adw_init ();
  if (gdk_display_get_default () == NULL)
    {
      g_printerr ("bench-app needs a display (build-aux/dev bench provides a virtual one)\n");
      return 77;
    }

  app = ml_application_new (APP_ID, G_APPLICATION_NON_UNIQUE);
  g_application_register (G_APPLICATION (app), NULL, &error);
  g_assert_no_error (error);
  g_application_hold (G_APPLICATION (app));

  if (strcmp (which, "all") == 0 || strcmp (which, "startup_ms") == 0)
    bench_startup (app);
  if (strcmp (which, "all") == 0 || strcmp (which, "main_loop_max_gap_ms") == 0)
    bench_main_loop_gap (app, argc > 2 ? argv[2] : "append-loop.go");
  if (strcmp (which, "all") == 0 || strcmp (which, "heap_graph_500_frame_ms") == 0)
    bench_heap_graph_frames ();
  if (strcmp (which, "all") == 0 || strcmp (which, "min_text_px_1024") == 0)
    bench_min_text_px (app);

  g_application_release (G_APPLICATION (app));
  render_test_cleanup ();
  return 0;
}
