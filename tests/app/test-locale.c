/* test-locale.c
 *
 * Copyright The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The course is Spanish: under a Spanish locale the window must speak Spanish.
 */

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>

#include "ml-application.h"
#include "ml-screenshot.h"
#include "ml-test-utils.h"
#include "ml-window.h"

static MlApplication *app;

static gboolean
window_is_mapped (gpointer data)
{
  return gtk_widget_get_mapped (GTK_WIDGET (data));
}

static void
test_locale_spanish_window (void)
{
  MlWindow *window = ml_window_new (app);
  GtkWidget *status;
  GtkWidget *lessons;
  g_autoptr(GBytes) png = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;

  gtk_window_present (GTK_WINDOW (window));
  g_assert_true (ml_test_wait_until (window_is_mapped, window, 10000));
  ml_test_iterate (100);

  status = ml_test_find_widget (GTK_WIDGET (window), ADW_TYPE_STATUS_PAGE, NULL);
  g_assert_cmpstr (adw_status_page_get_title (ADW_STATUS_PAGE (status)), ==, "Te damos la bienvenida a MemLab");

  lessons = ml_test_find_widget (GTK_WIDGET (window), GTK_TYPE_LIST_BOX, "#lessons");
  g_assert_nonnull (ml_test_find_widget (lessons, GTK_TYPE_LABEL, "Organización de la memoria"));
  g_assert_nonnull (ml_test_find_widget (lessons, GTK_TYPE_LABEL, "El recolector de basura"));
  g_assert_null (ml_test_find_widget (lessons, GTK_TYPE_LABEL, "Memory Organisation"));
  g_assert_nonnull (ml_test_find_widget (GTK_WIDGET (window), GTK_TYPE_LABEL, "Lecciones"));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.next-lesson", NULL));
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "Organización de la memoria");
  ml_test_iterate (300);

  png = ml_screenshot_widget_to_png (GTK_WIDGET (window), &error);
  g_assert_no_error (error);
  path = g_build_filename (g_getenv ("MEMLAB_BUILD_ROOT"), "screenshot-window-es.png", NULL);
  g_assert_true (g_file_set_contents (path, g_bytes_get_data (png, NULL), g_bytes_get_size (png), NULL));
  g_test_message ("Screenshot of the Spanish window: %s", path);

  gtk_window_close (GTK_WINDOW (window));
  ml_test_iterate (20);
}

/* The sandbox's toolbar, in Spanish, fits on one line of a projected 1024-pixel window. */
static void
test_locale_sandbox_toolbar (void)
{
  MlWindow *window = ml_window_new (app);
  GtkWidget *bar;
  int natural = 0;

  gtk_window_set_default_size (GTK_WINDOW (window), 1024, 768);
  g_object_set (window, "presenting", TRUE, NULL);
  gtk_window_present (GTK_WINDOW (window));
  g_assert_true (ml_test_wait_until (window_is_mapped, window, 10000));
  ml_window_start_sandbox (window);
  ml_test_iterate (100);

  bar = ml_test_find_widget (GTK_WIDGET (window), ADW_TYPE_WRAP_BOX, "#sandbox-bar");
  g_assert_nonnull (bar);
  g_assert_nonnull (ml_test_find_widget (bar, GTK_TYPE_BUTTON, "_Disparar GC"));
  gtk_widget_measure (bar, GTK_ORIENTATION_HORIZONTAL, -1, NULL, &natural, NULL, NULL);
  g_test_message ("the Spanish sandbox toolbar: %d px wide, %d px high", natural, gtk_widget_get_height (bar));
  g_assert_cmpint (natural + gtk_widget_get_margin_start (bar) + gtk_widget_get_margin_end (bar), <=, 1024);
  g_assert_cmpint (gtk_widget_get_height (bar), <, 60);

  gtk_window_destroy (GTK_WINDOW (window));
  ml_test_iterate (20);
}

int
main (int   argc,
      char *argv[])
{
  int ret;

  /* The Spanish locale is chosen before anything reads the environment. */
  g_setenv ("LANGUAGE", "es", TRUE);
  g_setenv ("LC_ALL", "es_ES.UTF-8", TRUE);
  if (setlocale (LC_ALL, "") == NULL)
    {
      g_printerr ("The es_ES.UTF-8 locale is not installed.\n");
      return 77;
    }

  app = ml_test_start_app (&argc, &argv);

  g_test_add_func ("/locale/spanish-window", test_locale_spanish_window);
  g_test_add_func ("/locale/sandbox-toolbar", test_locale_sandbox_toolbar);

  ret = g_test_run ();
  ml_test_stop_app (g_steal_pointer (&app));

  return ret;
}
