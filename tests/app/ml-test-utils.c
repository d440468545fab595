/* ml-test-utils.c
 *
 * Copyright The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What the UI tests share: starting the application (a test without a display is
 * skipped), running the main loop until a condition holds or for a while, and finding a
 * widget by its type and its title.
 */

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>

#include "ml-test-utils.h"

/* Runs the main loop until @condition holds, or @timeout_ms passes. */
gboolean
ml_test_wait_until (MlTestCondition condition,
                    gpointer        data,
                    guint           timeout_ms)
{
  gint64 deadline = g_get_monotonic_time () + (gint64)timeout_ms * 1000;

  while (!condition (data))
    {
      if (g_get_monotonic_time () > deadline)
        return FALSE;
      g_main_context_iteration (NULL, FALSE);
      g_usleep (1000);
    }

  return TRUE;
}

/* Lets the main loop run for @ms milliseconds, so that idles and frames happen. */
void
ml_test_iterate (guint ms)
{
  gint64 deadline = g_get_monotonic_time () + (gint64)ms * 1000;

  while (g_get_monotonic_time () < deadline)
    {
      while (g_main_context_iteration (NULL, FALSE))
        ;
      g_usleep (1000);
    }
}

static gboolean
widget_is_mapped (gpointer data)
{
  return gtk_widget_get_mapped (GTK_WIDGET (data));
}

/* Presents @window and lets it draw: every UI test opens its windows this way. */
void
ml_test_present_window (GtkWindow *window)
{
  gtk_window_present (window);
  g_assert_true (ml_test_wait_until (widget_is_mapped, window, 10000));
  ml_test_iterate (50);
}

static const char *
widget_title (GtkWidget *widget)
{
  if (ADW_IS_PREFERENCES_ROW (widget))
    return adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget));
  if (GTK_IS_LABEL (widget))
    return gtk_label_get_label (GTK_LABEL (widget));
  if (GTK_IS_BUTTON (widget))
    return gtk_button_get_label (GTK_BUTTON (widget));
  return NULL;
}

/* Finds the first widget of @type under @root (depth first) whose title or label is
 * @title ("#name" matches the widget's name instead), or any such widget when @title is
 * %NULL. */
GtkWidget *
ml_test_find_widget (GtkWidget  *root,
                     GType       type,
                     const char *title)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (root, type) &&
      (title == NULL ||
       (title[0] == '#' && g_strcmp0 (gtk_widget_get_name (root), title + 1) == 0) ||
       g_strcmp0 (widget_title (root), title) == 0))
    return root;

  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = ml_test_find_widget (child, type, title);

      if (found != NULL)
        return found;
    }

  return NULL;
}

guint
ml_test_count_children (GtkWidget *widget)
{
  guint n = 0;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    n++;

  return n;
}

/* Sets up translations, GTK and libadwaita, and registers a MemLab application that windows
 * can be opened in.  Exits with 77 (skipped) when there is no display. */
MlApplication *
ml_test_start_app (int    *argc,
                   char ***argv)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *data_home = g_dir_make_tmp ("memlab-data-XXXXXX", NULL);
  MlApplication *app;

  /* Drafts and other user data go to a folder of the test's own, never the user's; it is set
   * before anything asks GLib for the user's data folder. */
  g_assert_nonnull (data_home);
  g_setenv ("XDG_DATA_HOME", data_home, TRUE);

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, g_getenv ("MEMLAB_LOCALEDIR"));
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  gtk_test_init (argc, argv, NULL);
  adw_init ();

  if (gdk_display_get_default () == NULL)
    {
      g_printerr ("No display; the UI tests need one (build-aux/dev test provides it).\n");
      exit (77);
    }

  app = ml_application_new (APP_ID, G_APPLICATION_NON_UNIQUE);
  g_application_register (G_APPLICATION (app), NULL, &error);
  g_assert_no_error (error);
  g_application_hold (G_APPLICATION (app));

  return app;
}

void
ml_test_stop_app (MlApplication *app)
{
  g_application_release (G_APPLICATION (app));
  g_object_unref (app);
}
