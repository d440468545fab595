/* test-legibility.c
 *
 * Copyright The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The back row's test: every moment of every lesson, in presentation mode at 1024×768 (a
 * classroom projector) and at 1280×720, draws no text below 14 device pixels.  It measures
 * what the window's canvas draws, at the size the window gives it.  A test of its own: it
 * plays every lesson twice, which takes a while.
 */

#include "config.h"

#include "ml-canvas.h"
#include "ml-engine.h"
#include "ml-scene-legibility.h"
#include "ml-test-legibility.h"
#include "ml-test-utils.h"
#include "ml-window.h"

static MlApplication *app;

static void
test_legibility_at (gconstpointer data)
{
  const int *size = data;
  g_autoptr(GString) failures = g_string_new (NULL);
  double smallest = ml_test_legibility_play (app, size[0], size[1], ML_LEGIBLE_TEXT_PX, failures);

  g_test_message ("smallest text at %dx%d: %.1f px", size[0], size[1], smallest);
  if (failures->len > 0)
    g_test_fail_printf ("%s", failures->str);
  g_assert_cmpfloat (smallest, >=, ML_LEGIBLE_TEXT_PX);
}

static gboolean
window_is_mapped (gpointer data)
{
  return gtk_widget_get_mapped (GTK_WIDGET (data));
}

/* Presentation mode sets the floor and takes it away; zooming out stops at it; the detail
 * preference reaches the canvas. */
static void
test_floor_and_detail (void)
{
  MlWindow *window = ml_window_new (app);
  MlCanvas *canvas = ml_window_get_canvas (window);
  GSettings *settings = ml_application_get_settings (app);
  gboolean runtime = FALSE;

  gtk_window_set_default_size (GTK_WINDOW (window), 1024, 768);
  gtk_window_present (GTK_WINDOW (window));
  g_assert_true (ml_test_wait_until (window_is_mapped, window, 10000));
  g_assert_true (ml_window_show_lesson (window, "leaks"));
  g_assert_true (ml_engine_wait_idle (ml_window_get_engine (window), 20000));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.run-to-end", NULL);
  g_assert_true (ml_engine_wait_idle (ml_window_get_engine (window), 60000));
  ml_window_set_view (window, "heap-graph");
  ml_test_iterate (50);
  g_assert_cmpfloat (ml_canvas_get_text_floor (canvas), ==, 0);

  g_object_set (window, "presenting", TRUE, NULL);
  ml_test_iterate (50);
  g_assert_cmpfloat (ml_canvas_get_text_floor (canvas), ==, ML_LEGIBLE_TEXT_PX);
  for (guint i = 0; i < 20; i++)
    gtk_widget_activate_action (GTK_WIDGET (canvas), "canvas.zoom-out", NULL);
  ml_test_iterate (20);
  g_assert_cmpfloat (ml_canvas_get_min_text_px (canvas), >=, ML_LEGIBLE_TEXT_PX - 1e-6);
  gtk_widget_activate_action (GTK_WIDGET (canvas), "canvas.zoom-fit", NULL);
  g_assert_cmpfloat (ml_canvas_get_zoom (canvas), ==, 0);

  g_object_set (window, "presenting", FALSE, NULL);
  ml_test_iterate (50);
  g_assert_cmpfloat (ml_canvas_get_text_floor (canvas), ==, 0);

  g_settings_set_boolean (settings, "runtime-detail", TRUE);
  g_object_get (canvas, "runtime-detail", &runtime, NULL);
  g_assert_true (runtime);
  g_settings_reset (settings, "runtime-detail");
  g_object_get (canvas, "runtime-detail", &runtime, NULL);
  g_assert_false (runtime);

  gtk_window_destroy (GTK_WINDOW (window));
  ml_test_iterate (20);
}

int
main (int   argc,
      char *argv[])
{
  static const int projector[2] = { 1024, 768 };
  static const int wide[2] = { 1280, 720 };
  int ret;

  app = ml_test_start_app (&argc, &argv);

  g_test_add_func ("/legibility/floor-and-detail", test_floor_and_detail);
  g_test_add_data_func ("/legibility/1024x768", projector, test_legibility_at);
  g_test_add_data_func ("/legibility/1280x720", wide, test_legibility_at);

  ret = g_test_run ();
  ml_test_stop_app (g_steal_pointer (&app));

  return ret;
}
