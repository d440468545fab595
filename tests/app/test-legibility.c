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

#include "ml-scene-legibility.h"
#include "ml-test-legibility.h"
#include "ml-test-utils.h"

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

int
main (int   argc,
      char *argv[])
{
  static const int projector[2] = { 1024, 768 };
  static const int wide[2] = { 1280, 720 };
  int ret;

  app = ml_test_start_app (&argc, &argv);

  g_test_add_data_func ("/legibility/1024x768", projector, test_legibility_at);
  g_test_add_data_func ("/legibility/1280x720", wide, test_legibility_at);

  ret = g_test_run ();
  ml_test_stop_app (g_steal_pointer (&app));

  return ret;
}
