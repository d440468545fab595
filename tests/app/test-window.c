/* test-window.c
 *
 * Copyright The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Drives the real window through its actions, as a user would through the menus and keys,
 * and checks what it shows.
 */

#include "config.h"

#include <glib/gstdio.h>
#include <sys/stat.h>
#include <glib/gi18n.h>
#include <gtksourceview/gtksource.h>

#include "ml-application.h"
#include "ml-canvas.h"
#include "ml-engine.h"
#include "ml-export-dialog.h"
#include "ml-model-check.h"
#include "ml-preferences-dialog.h"
#include "ml-runtime.h"
#include "ml-screenshot.h"
#include "ml-shortcuts-dialog.h"
#include "ml-test-utils.h"
#include "ml-window.h"

static MlApplication *app;

static MlWindow *
open_window (void)
{
  MlWindow *window = ml_window_new (app);

  ml_test_present_window (GTK_WINDOW (window));

  return window;
}

static void
close_window (MlWindow *window)
{
  gtk_window_close (GTK_WINDOW (window));
  ml_test_iterate (20);
}

/* How many marks a scale shows: GtkScale draws each as a child node named "mark". */
static guint
count_scale_marks (GtkWidget *widget)
{
  guint n = g_strcmp0 (gtk_widget_get_css_name (widget), "mark") == 0;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    n += count_scale_marks (child);

  return n;
}

static gboolean
dialog_is_shown (gpointer data)
{
  return adw_application_window_get_visible_dialog (ADW_APPLICATION_WINDOW (data)) != NULL;
}

static AdwDialog *
activate_for_dialog (MlWindow   *window,
                     const char *action)
{
  AdwDialog *dialog;

  g_action_group_activate_action (G_ACTION_GROUP (app), action, NULL);
  g_assert_true (ml_test_wait_until (dialog_is_shown, window, 5000));
  dialog = adw_application_window_get_visible_dialog (ADW_APPLICATION_WINDOW (window));
  g_assert_nonnull (dialog);

  return dialog;
}

static void
close_dialog (MlWindow  *window,
              AdwDialog *dialog)
{
  g_assert_true (adw_dialog_close (dialog));
  ml_test_iterate (400);
  g_assert_null (adw_application_window_get_visible_dialog (ADW_APPLICATION_WINDOW (window)));
}

static void
test_window_shows_shell (void)
{
  MlWindow *window = open_window ();
  GtkWidget *lessons;
  GtkWidget *status;

  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "MemLab");

  /* The sidebar lists the eight lessons of the course, in order. */
  lessons = ml_test_find_widget (GTK_WIDGET (window), GTK_TYPE_LIST_BOX, "#lessons");
  g_assert_nonnull (lessons);
  g_assert_cmpuint (ml_test_count_children (lessons), ==, 8);
  g_assert_nonnull (ml_test_find_widget (lessons, GTK_TYPE_LABEL, "Memory Organisation"));
  g_assert_nonnull (ml_test_find_widget (lessons, GTK_TYPE_LABEL, "Memory Leaks"));

  /* Until views exist the centre is a status page that invites the user in. */
  status = ml_test_find_widget (GTK_WIDGET (window), ADW_TYPE_STATUS_PAGE, NULL);
  g_assert_nonnull (status);
  g_assert_true (gtk_widget_get_mapped (status));
  g_assert_cmpstr (adw_status_page_get_title (ADW_STATUS_PAGE (status)), ==, "Welcome to MemLab");

  /* Export waits for the views: its actions are disabled, so activating one does nothing. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.export", "s", "png");
  ml_test_iterate (100);
  g_assert_null (adw_application_window_get_visible_dialog (ADW_APPLICATION_WINDOW (window)));

  close_window (window);
}

static void
test_window_lesson_navigation (void)
{
  MlWindow *window = open_window ();
  GtkWidget *status = ml_test_find_widget (GTK_WIDGET (window), ADW_TYPE_STATUS_PAGE, NULL);

  g_assert_null (ml_window_get_lesson_id (window));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.next-lesson", NULL));
  g_assert_cmpstr (ml_window_get_lesson_id (window), ==, "organisation");
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "Memory Organisation");
  g_assert_cmpstr (adw_status_page_get_title (ADW_STATUS_PAGE (status)), ==, "Memory Organisation");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.next-lesson", NULL));
  g_assert_cmpstr (ml_window_get_lesson_id (window), ==, "segments");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.previous-lesson", NULL));
  g_assert_cmpstr (ml_window_get_lesson_id (window), ==, "organisation");

  /* Lesson 1 opens on the lecture's first picture, which is no view of the switcher; choosing
   * a view, even the one the switcher had, leaves it. */
  {
    g_autofree char *shown = NULL;
    const char *before = ml_window_get_view (window);

    g_object_get (ml_window_get_canvas (window), "view", &shown, NULL);
    g_assert_cmpstr (shown, ==, "process");
    g_assert_cmpstr (ml_window_get_view (window), ==, before);
    g_free (shown);
    ml_window_set_view (window, before);
    g_object_get (ml_window_get_canvas (window), "view", &shown, NULL);
    g_assert_cmpstr (shown, ==, before);
  }

  /* There is nothing before the first lesson or after the last one: the actions are
   * disabled there and activating them changes nothing. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.previous-lesson", NULL);
  g_assert_cmpstr (ml_window_get_lesson_id (window), ==, "organisation");
  g_assert_true (ml_window_show_lesson (window, "leaks"));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.next-lesson", NULL);
  g_assert_cmpstr (ml_window_get_lesson_id (window), ==, "leaks");

  g_assert_false (ml_window_show_lesson (window, "no-such-lesson"));
  g_assert_cmpstr (ml_window_get_lesson_id (window), ==, "leaks");

  close_window (window);

  /* The lesson that was open comes back with the next window. */
  g_assert_cmpstr (g_settings_get_string (ml_application_get_settings (app), "last-lesson"),
                   ==, "leaks");
  window = open_window ();
  g_assert_cmpstr (ml_window_get_lesson_id (window), ==, "leaks");
  close_window (window);
  g_settings_reset (ml_application_get_settings (app), "last-lesson");
}

static void
test_window_view_action (void)
{
  MlWindow *window = open_window ();
  GSettings *settings = ml_application_get_settings (app);
  AdwToggleGroup *group;

  group = ADW_TOGGLE_GROUP (ml_test_find_widget (GTK_WIDGET (window), ADW_TYPE_TOGGLE_GROUP, NULL));
  g_assert_nonnull (group);
  g_assert_cmpuint (adw_toggle_group_get_n_toggles (group), ==, 5);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.view", "s", "heap-graph"));
  g_assert_cmpstr (ml_window_get_view (window), ==, "heap-graph");
  g_assert_cmpstr (adw_toggle_group_get_active_name (group), ==, "heap-graph");
  g_assert_cmpint (g_settings_get_enum (settings, "view"), ==, 2);

  /* Clicking a toggle changes the view and the setting. */
  adw_toggle_group_set_active_name (group, "spans");
  g_assert_cmpstr (ml_window_get_view (window), ==, "spans");
  g_assert_cmpint (g_settings_get_enum (settings, "view"), ==, 3);

  /* A bad name falls back to the memory map rather than leaving the window in limbo. */
  ml_window_set_view (window, "no-such-view");
  g_assert_cmpstr (ml_window_get_view (window), ==, "memory-map");

  close_window (window);
  g_settings_reset (settings, "view");
}

/* The timeline's axis in steps is a remembered choice, and "Whole Run" undoes a zoom to a
 * cycle. */
static void
test_window_timeline_actions (void)
{
  MlWindow *window = open_window ();
  GSettings *settings = ml_application_get_settings (app);
  GtkWidget *canvas = GTK_WIDGET (ml_window_get_canvas (window));
  gboolean steps = TRUE;
  guint cycle = 0;

  g_assert_nonnull (canvas);
  g_assert_false (g_settings_get_boolean (settings, "timeline-steps"));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.timeline-steps", NULL));
  g_assert_true (g_settings_get_boolean (settings, "timeline-steps"));
  g_object_get (canvas, "timeline-steps", &steps, NULL);
  g_assert_true (steps);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.timeline-steps", NULL));
  g_object_get (canvas, "timeline-steps", &steps, NULL);
  g_assert_false (steps);

  ml_canvas_set_timeline_cycle (ML_CANVAS (canvas), 2);
  g_object_get (canvas, "timeline-cycle", &cycle, NULL);
  g_assert_cmpuint (cycle, ==, 2);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.timeline-fit", NULL));
  g_object_get (canvas, "timeline-cycle", &cycle, NULL);
  g_assert_cmpuint (cycle, ==, 0);

  close_window (window);
  g_settings_reset (settings, "timeline-steps");
}

static void
test_window_sidebar_toggle (void)
{
  MlWindow *window = open_window ();
  GSettings *settings = ml_application_get_settings (app);
  gboolean shown = g_settings_get_boolean (settings, "show-sidebar");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.toggle-sidebar", NULL));
  g_assert_cmpint (g_settings_get_boolean (settings, "show-sidebar"), ==, !shown);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.toggle-sidebar", NULL));
  g_assert_cmpint (g_settings_get_boolean (settings, "show-sidebar"), ==, shown);

  close_window (window);
}

/* Presentation mode gives the canvas the room of the sidebar and the side pane, shows the
 * lesson's text as a caption, is remembered, and hands the sidebar back as the user left it. */
static void
test_window_presentation (void)
{
  MlWindow *window = open_window ();
  GSettings *settings = ml_application_get_settings (app);
  gboolean shown = g_settings_get_boolean (settings, "show-sidebar");
  GtkWidget *caption = ml_test_find_widget (GTK_WIDGET (window), GTK_TYPE_REVEALER, "#caption");
  GtkWidget *caption_text = ml_test_find_widget (GTK_WIDGET (window), GTK_TYPE_LABEL, "#caption-text");
  GtkWidget *side_panel = ml_test_find_widget (GTK_WIDGET (window), GTK_TYPE_BOX, "#side-panel");
  AdwOverlaySplitView *split = ADW_OVERLAY_SPLIT_VIEW (ml_test_find_widget (GTK_WIDGET (window),
                                                                            ADW_TYPE_OVERLAY_SPLIT_VIEW, NULL));
  gboolean presenting = TRUE;

  g_assert_nonnull (caption);
  g_assert_nonnull (caption_text);
  g_assert_nonnull (side_panel);
  g_assert_true (ml_window_show_lesson (window, "memory-map"));
  ml_test_iterate (50);
  g_assert_false (gtk_revealer_get_reveal_child (GTK_REVEALER (caption)));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.presentation", NULL));
  ml_test_iterate (50);
  g_object_get (window, "presenting", &presenting, NULL);
  g_assert_true (presenting);
  g_assert_true (g_settings_get_boolean (settings, "presentation-mode"));
  g_assert_true (gtk_revealer_get_reveal_child (GTK_REVEALER (caption)));
  g_assert_false (gtk_widget_get_visible (side_panel));
  g_assert_false (adw_overlay_split_view_get_show_sidebar (split));
  /* The caption says what the side pane said. */
  g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (caption_text)), !=, "");
  g_assert_nonnull (ml_test_find_widget (GTK_WIDGET (window), GTK_TYPE_LABEL,
                                         gtk_label_get_label (GTK_LABEL (caption_text))));
  /* Hiding the sidebar for the presentation is not the user's choice. */
  g_assert_cmpint (g_settings_get_boolean (settings, "show-sidebar"), ==, shown);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.presentation", NULL));
  ml_test_iterate (50);
  g_assert_false (g_settings_get_boolean (settings, "presentation-mode"));
  g_assert_false (gtk_revealer_get_reveal_child (GTK_REVEALER (caption)));
  g_assert_true (gtk_widget_get_visible (side_panel));

  close_window (window);
}

static void
test_window_remembers_size (void)
{
  GSettings *settings = ml_application_get_settings (app);
  MlWindow *window = open_window ();
  int width;
  int height;

  gtk_window_set_default_size (GTK_WINDOW (window), 1010, 640);
  ml_test_iterate (100);
  close_window (window);

  g_assert_cmpint (g_settings_get_int (settings, "window-width"), ==, 1010);
  g_assert_cmpint (g_settings_get_int (settings, "window-height"), ==, 640);
  g_assert_false (g_settings_get_boolean (settings, "window-maximized"));

  window = open_window ();
  gtk_window_get_default_size (GTK_WINDOW (window), &width, &height);
  g_assert_cmpint (width, ==, 1010);
  g_assert_cmpint (height, ==, 640);
  close_window (window);

  g_settings_reset (settings, "window-width");
  g_settings_reset (settings, "window-height");
}

static void
test_about_dialog (void)
{
  MlWindow *window = open_window ();
  AdwDialog *dialog = activate_for_dialog (window, "about");

  g_assert_true (ADW_IS_ABOUT_DIALOG (dialog));
  g_assert_cmpstr (adw_about_dialog_get_application_name (ADW_ABOUT_DIALOG (dialog)), ==, "MemLab");
  g_assert_cmpstr (adw_about_dialog_get_version (ADW_ABOUT_DIALOG (dialog)), ==, PACKAGE_VERSION);
  g_assert_cmpstr (adw_about_dialog_get_application_icon (ADW_ABOUT_DIALOG (dialog)), ==, APP_ID);
  g_assert_cmpint (adw_about_dialog_get_license_type (ADW_ABOUT_DIALOG (dialog)), ==, GTK_LICENSE_GPL_3_0);
  close_dialog (window, dialog);

  close_window (window);
}

static void
test_preferences_dialog (void)
{
  GSettings *settings = ml_application_get_settings (app);
  MlWindow *window = open_window ();
  AdwDialog *dialog = activate_for_dialog (window, "preferences");
  GtkWidget *gogc;
  GtkWidget *barrier;
  GtkWidget *style;

  g_assert_true (ML_IS_PREFERENCES_DIALOG (dialog));

  /* The rows show the settings, and editing a row changes the setting. */
  gogc = ml_test_find_widget (GTK_WIDGET (dialog), ADW_TYPE_SPIN_ROW, "GOGC");
  g_assert_nonnull (gogc);
  g_assert_cmpfloat (adw_spin_row_get_value (ADW_SPIN_ROW (gogc)), ==, 100);
  adw_spin_row_set_value (ADW_SPIN_ROW (gogc), 50);
  g_assert_cmpint (g_settings_get_int (settings, "gogc"), ==, 50);
  g_settings_set_int (settings, "gogc", 200);
  g_assert_cmpfloat (adw_spin_row_get_value (ADW_SPIN_ROW (gogc)), ==, 200);

  barrier = ml_test_find_widget (GTK_WIDGET (dialog), ADW_TYPE_SWITCH_ROW, "_Write Barrier");
  g_assert_nonnull (barrier);
  g_assert_true (adw_switch_row_get_active (ADW_SWITCH_ROW (barrier)));
  adw_switch_row_set_active (ADW_SWITCH_ROW (barrier), FALSE);
  g_assert_false (g_settings_get_boolean (settings, "write-barrier"));

  style = ml_test_find_widget (GTK_WIDGET (dialog), ADW_TYPE_COMBO_ROW, "_Style");
  g_assert_nonnull (style);
  adw_combo_row_set_selected (ADW_COMBO_ROW (style), 2);
  g_assert_cmpint (g_settings_get_enum (settings, "style-variant"), ==, 2);
  ml_test_iterate (50);
  g_assert_true (adw_style_manager_get_dark (adw_style_manager_get_default ()));
  adw_combo_row_set_selected (ADW_COMBO_ROW (style), 1);
  ml_test_iterate (50);
  g_assert_false (adw_style_manager_get_dark (adw_style_manager_get_default ()));

  close_dialog (window, dialog);
  close_window (window);

  g_settings_reset (settings, "gogc");
  g_settings_reset (settings, "write-barrier");
  g_settings_reset (settings, "style-variant");
}

static void
test_shortcuts_dialog (void)
{
  MlWindow *window = open_window ();
  AdwDialog *dialog = activate_for_dialog (window, "shortcuts");

  g_assert_true (ML_IS_SHORTCUTS_DIALOG (dialog));
  /* Every shortcut of the table has a key: none was dropped for want of an accelerator. */
  g_assert_cmpuint (ml_shortcuts_dialog_get_count (ML_SHORTCUTS_DIALOG (dialog)), ==, 28);
  g_assert_nonnull (ml_test_find_widget (GTK_WIDGET (dialog), GTK_TYPE_LABEL, "Ctrl+Q"));
  g_assert_nonnull (ml_test_find_widget (GTK_WIDGET (dialog), GTK_TYPE_LABEL, "F9"));
  close_dialog (window, dialog);

  /* No key does two things: a second action on the same accelerator never fires. */
  {
    GtkApplication *application = gtk_window_get_application (GTK_WINDOW (window));
    g_auto(GStrv) actions = gtk_application_list_action_descriptions (application);
    g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);

    for (guint i = 0; actions[i] != NULL; i++)
      {
        g_auto(GStrv) keys = gtk_application_get_accels_for_action (application, actions[i]);

        for (guint k = 0; keys[k] != NULL; k++)
          {
            const char *other = g_hash_table_lookup (seen, keys[k]);

            if (other != NULL)
              g_error ("%s is bound to both %s and %s", keys[k], other, actions[i]);
            g_hash_table_insert (seen, g_strdup (keys[k]), g_strdup (actions[i]));
          }
      }
    g_assert_cmpuint (g_hash_table_size (seen), >=, 20);
  }

  close_window (window);
}

typedef struct
{
  MlWindow *window;
  GFile    *file;
} OpenState;

static gboolean
file_is_open (gpointer data)
{
  OpenState *state = data;
  GFile *file = ml_window_get_file (state->window);

  return file != NULL && g_file_equal (file, state->file);
}

static void
test_window_opens_program (void)
{
  MlWindow *window = open_window ();
  g_autofree char *dir = g_dir_make_tmp ("memlab-test-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "hola.go", NULL);
  g_autofree char *missing_path = g_build_filename (dir, "missing.go", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) missing = g_file_new_for_path (missing_path);
  const char *program = "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tfmt.Println(\"hola\")\n}\n";
  OpenState state = { window, file };
  GtkSourceView *view;
  GtkTextIter start, end;
  g_autofree char *text = NULL;

  g_assert_true (g_file_set_contents (path, program, -1, NULL));

  ml_window_open_file (window, file);
  g_assert_true (ml_test_wait_until (file_is_open, &state, 5000));
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "hola.go");

  view = GTK_SOURCE_VIEW (ml_test_find_widget (GTK_WIDGET (window), GTK_SOURCE_TYPE_VIEW, NULL));
  g_assert_nonnull (view);
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (view)));
  gtk_text_buffer_get_bounds (gtk_text_view_get_buffer (GTK_TEXT_VIEW (view)), &start, &end);
  text = gtk_text_iter_get_text (&start, &end);
  g_assert_cmpstr (text, ==, program);
  g_assert_cmpstr (gtk_source_language_get_id (gtk_source_buffer_get_language (GTK_SOURCE_BUFFER (gtk_text_view_get_buffer (GTK_TEXT_VIEW (view))))), ==, "go");

  /* Edit mode: the source can be changed and the program does not run; leaving it runs
   * what was written, and the file then has changes to save. */
  {
    MlEngine *engine = ml_window_get_engine (window);
    GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (view));
    GtkTextIter at;
    g_autofree char *saved = NULL;

    g_assert_true (ml_engine_wait_idle (engine, 10000));
    g_assert_false (gtk_text_view_get_editable (GTK_TEXT_VIEW (view)));
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.edit", NULL));
    g_assert_true (gtk_text_view_get_editable (GTK_TEXT_VIEW (view)));
    g_assert_false (gtk_widget_activate_action (GTK_WIDGET (window), "win.step", NULL) &&
                    ml_engine_get_busy (engine));
    gtk_text_buffer_get_iter_at_line (buffer, &at, 5);
    gtk_text_iter_forward_to_line_end (&at);
    gtk_text_buffer_insert (buffer, &at, "\n\tfmt.Println(\"editado\")", -1);
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.edit", NULL));
    g_assert_false (gtk_text_view_get_editable (GTK_TEXT_VIEW (view)));
    g_assert_true (ml_engine_wait_idle (engine, 10000));
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.run-to-end", NULL));
    g_assert_true (ml_engine_wait_idle (engine, 10000));
    g_assert_cmpstr (ml_engine_get_program_info (engine)->output, ==, "hola\neditado\n");
    /* Once the run has ended, the step reads against the whole run, also after going back. */
    {
      guint64 last = ml_engine_get_last_step (engine);
      g_autofree char *at_end = g_strdup_printf ("step %" G_GUINT64_FORMAT " of %" G_GUINT64_FORMAT, last, last);
      g_autofree char *before = g_strdup_printf ("step %" G_GUINT64_FORMAT " of %" G_GUINT64_FORMAT, last - 1, last);

      ml_test_iterate (20);
      g_assert_nonnull (ml_test_find_widget (GTK_WIDGET (window), GTK_TYPE_LABEL, at_end));
      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.step-back", NULL));
      g_assert_true (ml_engine_wait_idle (engine, 10000));
      ml_test_iterate (20);
      g_assert_nonnull (ml_test_find_widget (GTK_WIDGET (window), GTK_TYPE_LABEL, before));
    }

    /* Closing asks first; saving writes what was written. */
    gtk_window_close (GTK_WINDOW (window));
    g_assert_true (ml_test_wait_until (dialog_is_shown, window, 5000));
    adw_dialog_force_close (adw_application_window_get_visible_dialog (ADW_APPLICATION_WINDOW (window)));
    ml_test_iterate (20);
    ml_window_save_program (window, file);
    ml_test_iterate (300);
    g_assert_true (g_file_get_contents (path, &saved, NULL, NULL));
    g_assert_nonnull (strstr (saved, "editado"));

    /* A mistake typed in edit mode is a compile error when it runs, and the text stays. */
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.edit", NULL));
    gtk_text_buffer_get_end_iter (buffer, &at);
    gtk_text_buffer_insert (buffer, &at, "func roto( {\n", -1);
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.edit", NULL));
    g_assert_true (ml_engine_wait_idle (engine, 10000));
    g_assert_cmpint (ml_engine_get_program_info (engine)->state, ==, ML_ENGINE_PROGRAM_COMPILE_ERROR);
    {
      GtkTextIter s0, s1;
      g_autofree char *kept = NULL;

      gtk_text_buffer_get_bounds (buffer, &s0, &s1);
      kept = gtk_text_buffer_get_text (buffer, &s0, &s1, FALSE);
      g_assert_nonnull (strstr (kept, "func roto( {"));
    }
    ml_window_save_program (window, file);
    ml_test_iterate (300);
  }

  /* A file that cannot be read leaves the open program where it was. */
  ml_window_open_file (window, missing);
  ml_test_iterate (300);
  g_assert_true (g_file_equal (ml_window_get_file (window), file));
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "hola.go");

  close_window (window);
  g_unlink (path);
  g_rmdir (dir);
}

static void
test_window_screenshot (void)
{
  MlWindow *window = open_window ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) png = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  g_autofree char *path = NULL;
  g_autofree guchar *pixels = NULL;
  int width, height;
  GHashTable *colours;

  ml_window_show_lesson (window, "memory-map");
  ml_test_iterate (300);

  png = ml_screenshot_widget_to_png (GTK_WIDGET (window), &error);
  g_assert_no_error (error);
  g_assert_nonnull (png);

  path = g_build_filename (g_getenv ("MEMLAB_BUILD_ROOT"), "screenshot-window.png", NULL);
  g_assert_true (g_file_set_contents (path, g_bytes_get_data (png, NULL), g_bytes_get_size (png), NULL));
  g_test_message ("Screenshot of the window: %s", path);

  /* The picture is the window at its size, and it is not blank. */
  texture = gdk_texture_new_from_bytes (png, &error);
  g_assert_no_error (error);
  width = gdk_texture_get_width (texture);
  height = gdk_texture_get_height (texture);
  g_assert_cmpint (width, ==, gtk_widget_get_width (GTK_WIDGET (window)));
  g_assert_cmpint (height, ==, gtk_widget_get_height (GTK_WIDGET (window)));

  pixels = g_malloc ((gsize)width * height * 4);
  gdk_texture_download (texture, pixels, width * 4);
  colours = g_hash_table_new (NULL, NULL);
  for (int i = 0; i < width * height; i += 7)
    g_hash_table_add (colours, GUINT_TO_POINTER (((guint32 *)pixels)[i]));
  g_assert_cmpuint (g_hash_table_size (colours), >, 50);
  g_hash_table_unref (colours);

  close_window (window);
}

static void
save_screenshot (MlWindow   *window,
                 const char *name)
{
  g_autoptr(GBytes) png = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (g_getenv ("MEMLAB_BUILD_ROOT"), name, NULL);

  ml_test_iterate (500);
  png = ml_screenshot_widget_to_png (GTK_WIDGET (window), &error);
  g_assert_no_error (error);
  g_assert_true (g_file_set_contents (path, g_bytes_get_data (png, NULL), g_bytes_get_size (png), NULL));
  g_test_message ("Screenshot: %s", path);
}

static char *
source_text (MlWindow *window)
{
  GtkSourceView *view = GTK_SOURCE_VIEW (ml_test_find_widget (GTK_WIDGET (window), GTK_SOURCE_TYPE_VIEW, NULL));
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (gtk_text_view_get_buffer (GTK_TEXT_VIEW (view)), &start, &end);

  return gtk_text_iter_get_text (&start, &end);
}

static void
test_window_sandbox_collector (void)
{
  MlWindow *window = open_window ();
  MlEngine *engine = ml_window_get_engine (window);
  g_autofree char *go = NULL;
  GtkWidget *phase;
  guint64 step;

  ml_window_start_sandbox (window);
  g_assert_true (ml_engine_wait_idle (engine, 10000));
  g_assert_cmpstr (ml_window_get_view (window), ==, "heap-graph");

  /* Trigger GC, then three units of work: the model moves and the program says so. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.gc-start", NULL));
  for (guint i = 0; i < 3; i++)
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.gc-step", NULL));
  g_assert_true (ml_engine_wait_idle (engine, 10000));
  ml_test_iterate (50);

  go = source_text (window);
  g_assert_nonnull (strstr (go, "package main"));
  g_assert_nonnull (strstr (go, "//memlab:gc start\n"));
  g_assert_nonnull (strstr (go, "//memlab:gc steps 3\n"));
  g_assert_nonnull (strstr (go, "type Nodo struct"));

  phase = ml_test_find_widget (GTK_WIDGET (window), GTK_TYPE_LABEL, "GC idle");
  g_assert_null (phase);
  g_assert_cmpuint (ml_engine_get_snapshot (engine)->phase, !=, ML_GC_OFF);
  save_screenshot (window, "screenshot-sandbox.png");

  /* Stepping back works in the middle of a cycle. */
  step = ml_engine_get_step (engine);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.step-back", NULL));
  g_assert_true (ml_engine_wait_idle (engine, 10000));
  g_assert_cmpuint (ml_engine_get_step (engine), ==, step - 1);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.step", NULL));
  g_assert_true (ml_engine_wait_idle (engine, 10000));
  g_assert_cmpuint (ml_engine_get_step (engine), ==, step);

  /* Run to the end finishes the cycle, and the scrubber marks where it started. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.run-to-end", NULL));
  g_assert_true (ml_engine_wait_idle (engine, 10000));
  g_assert_cmpuint (ml_engine_get_snapshot (engine)->phase, ==, ML_GC_OFF);
  g_assert_cmpuint (ml_engine_get_snapshot (engine)->stats.num_gc, ==, 1);
  ml_test_iterate (100);
  g_assert_cmpuint (count_scale_marks (ml_test_find_widget (GTK_WIDGET (window), GTK_TYPE_SCALE, NULL)), >=, 1);

  close_window (window);
}

static void
test_window_export_dialog (void)
{
  MlWindow *window = open_window ();
  MlEngine *engine = ml_window_get_engine (window);
  g_autofree char *dir = g_dir_make_tmp ("memlab-export-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "heap.svg", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  AdwDialog *dialog;
  MlRenderOptions options;
  MlExportFormat format;
  MlViewKind view;
  gboolean all_steps;

  ml_window_start_sandbox (window);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.gc-start", NULL));
  g_assert_true (ml_engine_wait_idle (engine, 10000));
  ml_test_iterate (50);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.export", "s", "svg"));
  g_assert_true (ml_test_wait_until (dialog_is_shown, window, 5000));
  dialog = adw_application_window_get_visible_dialog (ADW_APPLICATION_WINDOW (window));
  g_assert_true (ML_IS_EXPORT_DIALOG (dialog));

  /* The dialog starts from what the window shows. */
  ml_export_dialog_get_choices (ML_EXPORT_DIALOG (dialog), &view, &format, &options, &all_steps);
  g_assert_cmpint (view, ==, ML_VIEW_HEAP_GRAPH);
  g_assert_cmpint (format, ==, ML_EXPORT_SVG);
  g_assert_false (all_steps);
  /* At the window's level of detail, on no slide frame until asked. */
  g_assert_cmpint (options.detail, ==, ML_DETAIL_PROGRAM);
  g_assert_cmpfloat (options.frame_aspect, ==, 0);

  g_assert_true (ml_export_dialog_export_to (ML_EXPORT_DIALOG (dialog), file, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_nonnull (strstr (contents, "<svg"));

  close_dialog (window, dialog);
  close_window (window);
  g_unlink (path);
  g_rmdir (dir);
}

static guint64
slot_target (MlSnapshot *snap,
             const char *name)
{
  for (guint i = 0; i < snap->n_slots; i++)
    if (g_strcmp0 (snap->slots[i].name, name) == 0 && snap->slots[i].target >= 0)
      return snap->objects[snap->slots[i].target].addr;

  return 0;
}

static guint
live_objects (MlSnapshot *snap)
{
  guint n = 0;

  for (guint i = 0; i < snap->n_objects; i++)
    if (snap->objects[i].colour != ML_COLOUR_FREED && snap->objects[i].colour != ML_COLOUR_FREE)
      n++;

  return n;
}

static void
test_window_sandbox_heap (void)
{
  MlWindow *window = open_window ();
  MlEngine *engine = ml_window_get_engine (window);
  MlCanvas *canvas = ml_window_get_canvas (window);
  g_autofree char *go = NULL;
  guint64 a, b;

  ml_window_start_sandbox (window);
  g_assert_true (ml_engine_wait_idle (engine, 10000));

  /* a := new(Nodo); b := new(Nodo) */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.sandbox-alloc", "s", "local"));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.sandbox-alloc", "s", "local"));
  g_assert_true (ml_engine_wait_idle (engine, 10000));
  ml_test_iterate (50);
  a = slot_target (ml_engine_get_snapshot (engine), "a");
  b = slot_target (ml_engine_get_snapshot (engine), "b");
  g_assert_cmpuint (a, !=, 0);
  g_assert_cmpuint (b, !=, 0);
  g_assert_cmpuint (live_objects (ml_engine_get_snapshot (engine)), ==, 2);

  /* a.izq = new(Nodo), through the selected object */
  g_assert_true (ml_canvas_select (canvas, ML_HIT_OBJECT, a));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.sandbox-alloc", "s", "izq"));
  g_assert_true (ml_engine_wait_idle (engine, 10000));
  ml_test_iterate (50);
  g_assert_cmpuint (live_objects (ml_engine_get_snapshot (engine)), ==, 3);

  /* a.der = b: pick the field, then click the target */
  g_assert_true (ml_canvas_select (canvas, ML_HIT_OBJECT, a));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.sandbox-link", "s", "der"));
  g_assert_true (ml_canvas_select (canvas, ML_HIT_OBJECT, b));
  g_assert_true (ml_engine_wait_idle (engine, 10000));
  ml_test_iterate (50);

  /* b = nil: b's object lives on through a.der; a.izq = nil: that one is garbage */
  g_assert_true (ml_engine_wait_idle (engine, 10000));
  {
    MlSnapshot *snap = ml_engine_get_snapshot (engine);

    for (guint i = 0; i < snap->n_slots; i++)
      if (g_strcmp0 (snap->slots[i].name, "b") == 0)
        g_assert_true (ml_canvas_select (canvas, ML_HIT_SLOT, snap->slots[i].addr));
  }
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.sandbox-drop", NULL));
  g_assert_true (ml_canvas_select (canvas, ML_HIT_OBJECT, a));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.sandbox-unlink", "s", "izq"));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.gc-full", NULL));
  g_assert_true (ml_engine_wait_idle (engine, 10000));
  ml_test_iterate (100);

  g_assert_cmpuint (live_objects (ml_engine_get_snapshot (engine)), ==, 2);
  g_assert_cmpuint (ml_engine_get_snapshot (engine)->stats.num_gc, ==, 1);

  go = source_text (window);
  g_test_message ("%s", go);
  g_assert_nonnull (strstr (go, "\ta := &Nodo{valor: 1}\n"));
  g_assert_nonnull (strstr (go, "\tb := &Nodo{valor: 2}\n"));
  g_assert_nonnull (strstr (go, "\ta.izq = &Nodo{valor: 3}\n"));
  g_assert_nonnull (strstr (go, "\ta.der = b\n"));
  g_assert_nonnull (strstr (go, "\tb = nil\n"));
  g_assert_nonnull (strstr (go, "\ta.izq = nil\n"));
  g_assert_nonnull (strstr (go, "\truntime.GC()\n"));
  g_assert_nonnull (strstr (go, "import \"runtime\""));
  g_assert_nonnull (strstr (go, "\t_, _ = a, b\n"));
  save_screenshot (window, "screenshot-sandbox-heap.png");

  close_window (window);
  /* The window asked about the unsaved session; answer it. */
  if (dialog_is_shown (window))
    {
      AdwDialog *dialog = adw_application_window_get_visible_dialog (ADW_APPLICATION_WINDOW (window));

      /* Discarding closes the window, and the question with it. */
      g_signal_emit_by_name (dialog, "response", "discard");
      ml_test_iterate (200);
    }
}

/* The dialog the window shows now, once it is there. */
static AdwDialog *
visible_dialog (MlWindow *window)
{
  g_assert_true (ml_test_wait_until (dialog_is_shown, window, 5000));

  return adw_application_window_get_visible_dialog (ADW_APPLICATION_WINDOW (window));
}

static void
test_window_sandbox_types (void)
{
  MlWindow *window = open_window ();
  MlEngine *engine = ml_window_get_engine (window);
  MlCanvas *canvas = ml_window_get_canvas (window);
  g_autofree char *go = NULL;
  AdwDialog *dialog;
  GtkWidget *entry;
  MlSnapshot *snap;
  guint64 a, b;

  gtk_window_set_default_size (GTK_WINDOW (window), 1024, 768);
  ml_window_start_sandbox (window);
  g_assert_true (ml_engine_wait_idle (engine, 10000));

  /* a := &Nodo{valor: 1}; b := &Persona{Nombre: "Ana", Edad: 30}; var lista []*Nodo */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.sandbox-alloc", "s", "local"));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.sandbox-alloc", "s", "local-persona"));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.sandbox-alloc", "s", "slice"));
  g_assert_true (ml_engine_wait_idle (engine, 10000));
  ml_test_iterate (50);
  snap = ml_engine_get_snapshot (engine);
  a = slot_target (snap, "a");
  b = slot_target (snap, "b");
  g_assert_cmpuint (a, !=, 0);
  g_assert_cmpuint (b, !=, 0);

  /* b.Amigo = &Persona{...}; lista = append(lista, &Nodo{...}); lista = append(lista, a) */
  g_assert_true (ml_canvas_select (canvas, ML_HIT_OBJECT, b));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.sandbox-alloc", "s", "Amigo"));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.sandbox-append", "s", "new"));
  g_assert_true (ml_engine_wait_idle (engine, 10000));
  ml_test_iterate (50);
  g_assert_true (ml_canvas_select (canvas, ML_HIT_OBJECT, a));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.sandbox-append", "s", "selected"));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.sandbox-alloc", "s", "izq"));
  g_assert_true (ml_engine_wait_idle (engine, 10000));
  ml_test_iterate (50);

  /* a.valor = 42, typed into the dialog. */
  g_assert_true (ml_canvas_select (canvas, ML_HIT_OBJECT, a));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.sandbox-set-value", "s", "valor"));
  dialog = visible_dialog (window);
  entry = ml_test_find_widget (GTK_WIDGET (dialog), GTK_TYPE_ENTRY, NULL);
  g_assert_nonnull (entry);
  /* It starts from the value the field has. */
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry)), ==, "1");
  gtk_editable_set_text (GTK_EDITABLE (entry), "42");
  save_screenshot (window, "screenshot-sandbox-value.png");
  g_signal_emit_by_name (dialog, "response", "set");
  adw_dialog_force_close (dialog);
  ml_test_iterate (50);

  /* Drop Reference on a field: a.izq = nil. */
  g_assert_true (ml_canvas_select (canvas, ML_HIT_OBJECT, a));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.sandbox-unlink", "s", "izq"));
  g_assert_true (ml_engine_wait_idle (engine, 10000));
  ml_test_iterate (100);

  snap = ml_engine_get_snapshot (engine);
  {
    gint64 i = ml_snapshot_find_object (snap, a);
    gint64 valor;

    g_assert_cmpint (i, >=, 0);
    memcpy (&valor, snap->values + snap->objects[i].value_offset, sizeof valor);
    g_assert_cmpint (valor, ==, 42);
    g_assert_cmpuint (snap->objects[i].size_class, ==, 3);
    g_assert_cmpuint (snap->objects[ml_snapshot_find_object (snap, b)].size_class, ==, 4);
  }

  /* a.der = b would not compile (b is a *Persona): the window refuses it. */
  g_assert_true (ml_canvas_select (canvas, ML_HIT_OBJECT, a));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.sandbox-link", "s", "der"));
  g_assert_true (ml_canvas_select (canvas, ML_HIT_OBJECT, b));
  g_assert_true (ml_engine_wait_idle (engine, 10000));

  go = source_text (window);
  g_test_message ("%s", go);
  g_assert_null (strstr (go, "a.der = b"));
  g_assert_nonnull (strstr (go, "type Persona struct"));
  g_assert_nonnull (strstr (go, "var lista []*Nodo\n"));
  g_assert_nonnull (strstr (go, "\ta := &Nodo{valor: 1}\n"));
  g_assert_nonnull (strstr (go, "\tb := &Persona{Nombre: \"Ana\", Edad: 30}\n"));
  g_assert_nonnull (strstr (go, "\tb.Amigo = &Persona{Nombre: \"Luis\", Edad: 25}\n"));
  g_assert_nonnull (strstr (go, "\tlista = append(lista, &Nodo{valor: 2})\n"));
  g_assert_nonnull (strstr (go, "\tlista = append(lista, a)\n"));
  g_assert_nonnull (strstr (go, "\ta.izq = &Nodo{valor: 3}\n"));
  g_assert_nonnull (strstr (go, "\ta.valor = 42\n"));
  g_assert_nonnull (strstr (go, "\ta.izq = nil\n"));
  save_screenshot (window, "screenshot-sandbox-types.png");
  ml_window_set_view (window, "memory-map");
  save_screenshot (window, "screenshot-sandbox-types-map.png");

  close_window (window);
  if (dialog_is_shown (window))
    {
      g_signal_emit_by_name (adw_application_window_get_visible_dialog (ADW_APPLICATION_WINDOW (window)),
                             "response", "discard");
      ml_test_iterate (200);
    }
}

static void
test_window_lesson_runs (void)
{
  MlWindow *window = open_window ();
  MlEngine *engine = ml_window_get_engine (window);
  const MlEngineProgramInfo *info;
  GtkDropDown *programs;
  GtkWidget *label;

  /* Lesson 3 opens with the lecture's program as written, which does not compile. */
  g_assert_true (ml_window_show_lesson (window, "memory-map"));
  g_assert_true (ml_engine_wait_idle (engine, 10000));
  ml_test_iterate (100);
  info = ml_engine_get_program_info (engine);
  g_assert_cmpint (info->state, ==, ML_ENGINE_PROGRAM_COMPILE_ERROR);
  label = ml_test_find_widget (GTK_WIDGET (window), GTK_TYPE_LABEL, "The compiler says no");
  g_assert_nonnull (label);
  save_screenshot (window, "screenshot-lesson-3-error.png");

  /* The corrected program runs to the end with Go's output. */
  programs = GTK_DROP_DOWN (ml_test_find_widget (GTK_WIDGET (window), GTK_TYPE_DROP_DOWN, NULL));
  g_assert_nonnull (programs);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (programs)));
  gtk_drop_down_set_selected (programs, 1);
  g_assert_true (ml_engine_wait_idle (engine, 10000));
  g_assert_cmpint (ml_engine_get_program_info (engine)->state, ==, ML_ENGINE_PROGRAM_READY);

  /* Statement by statement to the last line of main, where the lesson shows the whole map
   * while main's frame still holds p1 to p4 and dir. */
  for (guint i = 0; i < 200 && ml_engine_get_program_info (engine)->line != 35; i++)
    {
      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.step", NULL));
      g_assert_true (ml_engine_wait_idle (engine, 10000));
      ml_test_iterate (5);
    }
  ml_test_iterate (100);
  g_assert_cmpuint (ml_engine_get_program_info (engine)->line, ==, 35);
  g_assert_nonnull (ml_test_find_widget (GTK_WIDGET (window), GTK_TYPE_LABEL, "The whole map"));
  /* The line about to run and the one that just ran are marked apart. */
  {
    GtkSourceView *view = GTK_SOURCE_VIEW (ml_test_find_widget (GTK_WIDGET (window), GTK_SOURCE_TYPE_VIEW, NULL));
    GtkSourceBuffer *buffer = GTK_SOURCE_BUFFER (gtk_text_view_get_buffer (GTK_TEXT_VIEW (view)));
    GSList *ran = gtk_source_buffer_get_source_marks_at_line (buffer, 34 - 1, "ran");
    GSList *current = gtk_source_buffer_get_source_marks_at_line (buffer, 35 - 1, "current");

    g_assert_nonnull (ran);
    g_assert_nonnull (current);
    g_assert_null (gtk_source_buffer_get_source_marks_at_line (buffer, 35 - 1, "ran"));
    g_slist_free (ran);
    g_slist_free (current);
  }
  save_screenshot (window, "screenshot-lesson-3-map.png");

  /* A breakpoint set in the gutter: play and run to the end stop before its line. */
  {
    GtkSourceView *view = GTK_SOURCE_VIEW (ml_test_find_widget (GTK_WIDGET (window), GTK_SOURCE_TYPE_VIEW, NULL));
    GtkSourceBuffer *buffer = GTK_SOURCE_BUFFER (gtk_text_view_get_buffer (GTK_TEXT_VIEW (view)));
    GtkTextIter at;

    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.first", NULL));
    g_assert_true (ml_engine_wait_idle (engine, 10000));
    ml_test_iterate (20);
    gtk_text_buffer_get_iter_at_line (GTK_TEXT_BUFFER (buffer), &at, 29 - 1);
    g_signal_emit_by_name (view, "line-mark-activated", &at, 1, 0, 1);
    g_assert_nonnull (gtk_source_buffer_get_source_marks_at_line (buffer, 29 - 1, "breakpoint"));
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.run-to-end", NULL));
    g_assert_true (ml_engine_wait_idle (engine, 20000));
    ml_test_iterate (100);
    info = ml_engine_get_program_info (engine);
    g_assert_cmpint (info->state, ==, ML_ENGINE_PROGRAM_READY);
    g_assert_cmpuint (info->line, ==, 29);
    /* A second click clears it. */
    g_signal_emit_by_name (view, "line-mark-activated", &at, 1, 0, 1);
    g_assert_null (gtk_source_buffer_get_source_marks_at_line (buffer, 29 - 1, "breakpoint"));
  }

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.run-to-end", NULL));
  g_assert_true (ml_engine_wait_idle (engine, 20000));
  ml_test_iterate (100);
  info = ml_engine_get_program_info (engine);
  g_assert_cmpint (info->state, ==, ML_ENGINE_PROGRAM_EXITED);
  g_assert_nonnull (strstr (info->output, "5\n{Marcelo  27 {   0}}\n"));

  /* Back to the first step, and one statement at a time. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.first", NULL));
  g_assert_true (ml_engine_wait_idle (engine, 10000));
  g_assert_cmpstr (ml_engine_get_program_info (engine)->output, ==, "");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.step", NULL));
  g_assert_true (ml_engine_wait_idle (engine, 10000));
  g_assert_cmpuint (ml_engine_get_step (engine), ==, ml_engine_get_first_step (engine) + 1);

  close_window (window);
}

static gboolean
file_exists (gpointer data)
{
  return g_file_test (data, G_FILE_TEST_EXISTS);
}

static gboolean
window_is_gone (gpointer data)
{
  GWeakRef *ref = data;
  g_autoptr(GObject) object = g_weak_ref_get (ref);

  return object == NULL || !gtk_widget_get_visible (GTK_WIDGET (object));
}

static void
test_window_unsaved_changes (void)
{
  MlWindow *window = open_window ();
  MlEngine *engine = ml_window_get_engine (window);
  g_autofree char *dir = g_dir_make_tmp ("memlab-save-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "sandbox.go", NULL);
  g_autofree char *bad_path = g_build_filename (dir, "no-such-folder", "sandbox.go", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) bad = g_file_new_for_path (bad_path);
  g_autofree char *saved = NULL;
  g_autofree char *program = NULL;
  AdwDialog *dialog;
  GWeakRef ref;

  ml_window_start_sandbox (window);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.gc-start", NULL));
  g_assert_true (ml_engine_wait_idle (engine, 10000));

  /* Closing with unsaved steps asks first, and the window stays. */
  gtk_window_close (GTK_WINDOW (window));
  g_assert_true (ml_test_wait_until (dialog_is_shown, window, 5000));
  dialog = adw_application_window_get_visible_dialog (ADW_APPLICATION_WINDOW (window));
  g_assert_true (ADW_IS_ALERT_DIALOG (dialog));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (window)));
  /* As the Cancel button does: answer, then close the question. */
  g_signal_emit_by_name (dialog, "response", "cancel");
  adw_dialog_force_close (dialog);
  ml_test_iterate (400);
  g_assert_null (adw_application_window_get_visible_dialog (ADW_APPLICATION_WINDOW (window)));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (window)));

  /* A save that fails keeps everything and the question stays. */
  ml_window_save_program (window, bad);
  ml_test_iterate (300);
  g_assert_false (g_file_test (bad_path, G_FILE_TEST_EXISTS));

  /* A save that works writes the program, and closing no longer asks. */
  ml_window_save_program (window, file);
  g_assert_true (ml_test_wait_until (file_exists, path, 5000));
  ml_test_iterate (100);
  g_assert_true (g_file_get_contents (path, &saved, NULL, NULL));
  program = ml_window_get_sandbox_program (window);
  g_assert_cmpstr (saved, ==, program);
  g_assert_nonnull (strstr (saved, "//memlab:gc start"));

  g_weak_ref_init (&ref, window);
  gtk_window_close (GTK_WINDOW (window));
  g_assert_true (ml_test_wait_until (window_is_gone, &ref, 5000));
  g_weak_ref_clear (&ref);

  g_unlink (path);
  g_rmdir (dir);
}

static gboolean
drafts_are (gpointer data)
{
  g_autoptr(GPtrArray) drafts = ml_draft_load_all ();

  return drafts->len == GPOINTER_TO_UINT (data);
}

static char *
buffer_text (GtkTextBuffer *buffer)
{
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

/* An edit that is not saved is kept as a draft a moment after it is typed, comes back in a
 * window as it would after a crash, and goes away when it is saved or discarded. */
static void
test_window_drafts (void)
{
  MlWindow *window = open_window ();
  MlWindow *other;
  g_autofree char *dir = g_dir_make_tmp ("memlab-draft-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "hola.go", NULL);
  g_autofree char *fifo_path = g_build_filename (dir, "fifo.go", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) fifo = g_file_new_for_path (fifo_path);
  g_autoptr(GFile) zero = g_file_new_for_path ("/dev/zero");
  g_autofree char *uri = g_file_get_uri (file);
  const char *program = "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tfmt.Println(\"hola\")\n}\n";
  OpenState state = { window, file };
  g_autoptr(GPtrArray) drafts = NULL;
  g_autofree char *edited = NULL;
  g_autofree char *restored = NULL;
  GtkTextBuffer *buffer;
  GtkTextIter at;
  AdwDialog *dialog;
  GWeakRef ref;

  g_assert_true (g_file_set_contents (path, program, -1, NULL));
  g_assert_cmpint (mkfifo (fifo_path, 0600), ==, 0);
  g_assert_true (drafts_are (GUINT_TO_POINTER (0)));

  ml_window_open_file (window, file);
  g_assert_true (ml_test_wait_until (file_is_open, &state, 5000));
  buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (ml_test_find_widget (GTK_WIDGET (window), GTK_SOURCE_TYPE_VIEW, NULL)));

  /* A device or a FIFO is not read (nothing hangs) and the program stays. */
  ml_window_open_file (window, fifo);
  ml_test_iterate (300);
  ml_window_open_file (window, zero);
  ml_test_iterate (300);
  g_assert_true (g_file_equal (ml_window_get_file (window), file));

  /* Entering and leaving edit mode without a change leaves no draft. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.edit", NULL));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.edit", NULL));
  ml_test_iterate (100);
  g_assert_true (drafts_are (GUINT_TO_POINTER (0)));

  /* Typing writes a draft a moment later, with where the program came from. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.edit", NULL));
  gtk_text_buffer_get_iter_at_line (buffer, &at, 5);
  gtk_text_iter_forward_to_line_end (&at);
  gtk_text_buffer_insert (buffer, &at, "\n\tfmt.Println(\"borrador\")", -1);
  edited = buffer_text (buffer);
  g_assert_true (ml_test_wait_until (drafts_are, GUINT_TO_POINTER (1), 5000));
  drafts = ml_draft_load_all ();
  {
    MlDraft *draft = g_ptr_array_index (drafts, 0);

    g_assert_cmpstr (draft->text, ==, edited);
    g_assert_cmpstr (draft->name, ==, "hola.go");
    g_assert_cmpstr (draft->uri, ==, uri);
  }

  /* After a crash, the next start gives it back: an edited program with changes to save. */
  other = open_window ();
  ml_window_restore_draft (other, g_ptr_array_index (drafts, 0));
  ml_test_iterate (50);
  restored = buffer_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (ml_test_find_widget (GTK_WIDGET (other), GTK_SOURCE_TYPE_VIEW, NULL))));
  g_assert_cmpstr (restored, ==, edited);
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (other)), ==, "hola.go");
  g_assert_true (ml_engine_wait_idle (ml_window_get_engine (other), 10000));
  g_assert_cmpint (ml_engine_get_program_info (ml_window_get_engine (other))->state, ==, ML_ENGINE_PROGRAM_READY);

  /* Closing it asks first; discarding removes the draft. */
  gtk_window_close (GTK_WINDOW (other));
  g_assert_true (ml_test_wait_until (dialog_is_shown, other, 5000));
  dialog = adw_application_window_get_visible_dialog (ADW_APPLICATION_WINDOW (other));
  g_weak_ref_init (&ref, other);
  /* As the Discard button does: answer, then close the question. */
  g_object_ref (dialog);
  g_signal_emit_by_name (dialog, "response", "discard");
  adw_dialog_force_close (dialog);
  g_object_unref (dialog);
  g_assert_true (ml_test_wait_until (window_is_gone, &ref, 5000));
  g_weak_ref_clear (&ref);
  g_assert_true (drafts_are (GUINT_TO_POINTER (0)));

  /* Leaving edit mode with the change keeps it as a draft until the program is saved. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.edit", NULL));
  g_assert_true (drafts_are (GUINT_TO_POINTER (1)));
  ml_window_save_program (window, file);
  g_assert_true (ml_test_wait_until (drafts_are, GUINT_TO_POINTER (0), 5000));

  close_window (window);
  g_unlink (path);
  g_unlink (fifo_path);
  g_rmdir (dir);
}

static gboolean
engine_faulted (gpointer data)
{
  return ml_engine_get_program_info (data)->state == ML_ENGINE_PROGRAM_FAULTED;
}

static void
clipboard_text_cb (GObject      *source,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  char **text = user_data;

  *text = gdk_clipboard_read_text_finish (GDK_CLIPBOARD (source), result, NULL);
  if (*text == NULL)
    *text = g_strdup ("");
}

static gboolean
string_is_set (gpointer data)
{
  return *(char **) data != NULL;
}

/* A model check forced to fail inside the engine (the fault injection hook) ends that run with
 * the internal-error page; the edited text, its draft and the other window survive. */
static void
test_window_fault (void)
{
  MlWindow *window = open_window ();
  MlWindow *other = open_window ();
  MlEngine *engine = ml_window_get_engine (window);
  MlEngine *other_engine = ml_window_get_engine (other);
  g_autofree char *dir = g_dir_make_tmp ("memlab-fault-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "cuenta.go", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  const char *program = "package main\n\nimport \"fmt\"\n\nfunc main() {\n\ttotal := 0\n\tfor i := 0; i < 20; i++ {\n\t\ttotal += i\n\t}\n\tfmt.Println(total)\n}\n";
  OpenState state = { window, file };
  g_autoptr(GPtrArray) drafts = NULL;
  g_autofree char *edited = NULL;
  g_autofree char *after = NULL;
  g_autofree char *copied = NULL;
  const MlEngineProgramInfo *info;
  GtkTextBuffer *buffer;
  GtkWidget *page;
  GtkWidget *report;
  gboolean editing = FALSE;
  GtkTextIter at;

  g_assert_true (g_file_set_contents (path, program, -1, NULL));
  g_assert_true (drafts_are (GUINT_TO_POINTER (0)));

  /* The other window runs a lesson's program, loaded before any fault is injected. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (other), "win.next-lesson", NULL));
  g_assert_true (ml_engine_wait_idle (other_engine, 10000));
  g_assert_cmpint (ml_engine_get_program_info (other_engine)->state, ==, ML_ENGINE_PROGRAM_READY);

  ml_window_open_file (window, file);
  g_assert_true (ml_test_wait_until (file_is_open, &state, 5000));
  g_assert_true (ml_engine_wait_idle (engine, 10000));
  buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (ml_test_find_widget (GTK_WIDGET (window), GTK_SOURCE_TYPE_VIEW, NULL)));

  /* An edit, run: the run that starts when edit mode is left fails a few steps in. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.edit", NULL));
  gtk_text_buffer_get_iter_at_line (buffer, &at, 9);
  gtk_text_iter_forward_to_line_end (&at);
  gtk_text_buffer_insert (buffer, &at, "\n\tfmt.Println(\"fin\")", -1);
  edited = buffer_text (buffer);
  ml_model_set_fault_step (ml_engine_get_first_step (engine) + 5);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.edit", NULL));
  g_assert_true (ml_engine_wait_idle (engine, 10000));
  ml_model_set_fault_step (0);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.run-to-end", NULL));
  g_assert_true (ml_test_wait_until (engine_faulted, engine, 10000));
  ml_test_iterate (100);

  /* The page says what failed, where the program was, and the report is there to select. */
  info = ml_engine_get_program_info (engine);
  g_assert_nonnull (strstr (info->message, "MEMLAB_FAULT_AT_STEP"));
  g_assert_nonnull (strstr (info->message, "cuenta.go"));
  page = ml_test_find_widget (GTK_WIDGET (window), ADW_TYPE_STATUS_PAGE, "#fault-page");
  g_assert_nonnull (page);
  g_assert_true (gtk_widget_get_mapped (page));
  report = ml_test_find_widget (page, GTK_TYPE_LABEL, "#fault-report");
  g_assert_nonnull (report);
  g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (report)), ==, info->message);
  g_assert_true (gtk_label_get_selectable (GTK_LABEL (report)));
  save_screenshot (window, "screenshot-fault.png");

  /* Copy Report puts the report on the clipboard. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.copy-fault-report", NULL));
  gdk_clipboard_read_text_async (gtk_widget_get_clipboard (GTK_WIDGET (window)), NULL,
                                 clipboard_text_cb, &copied);
  g_assert_true (ml_test_wait_until (string_is_set, &copied, 5000));
  g_assert_cmpstr (copied, ==, info->message);

  /* The edited text and its draft are as they were. */
  after = buffer_text (buffer);
  g_assert_cmpstr (after, ==, edited);
  g_assert_true (ml_test_wait_until (drafts_are, GUINT_TO_POINTER (1), 5000));
  drafts = ml_draft_load_all ();
  g_assert_cmpstr (((MlDraft *) g_ptr_array_index (drafts, 0))->text, ==, edited);

  /* The other window's program runs on to its end. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (other), "win.run-to-end", NULL));
  g_assert_true (ml_engine_wait_idle (other_engine, 30000));
  g_assert_cmpint (ml_engine_get_program_info (other_engine)->state, ==, ML_ENGINE_PROGRAM_EXITED);

  /* Back to the editor; the run that follows the next edit runs, without the page. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.fault-back", NULL));
  g_object_get (window, "editing", &editing, NULL);
  g_assert_true (editing);
  gtk_text_buffer_get_end_iter (buffer, &at);
  gtk_text_buffer_insert (buffer, &at, "\n", -1);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.edit", NULL));
  g_assert_true (ml_engine_wait_idle (engine, 10000));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.run-to-end", NULL));
  g_assert_true (ml_engine_wait_idle (engine, 10000));
  ml_test_iterate (100);
  g_assert_cmpint (ml_engine_get_program_info (engine)->state, ==, ML_ENGINE_PROGRAM_EXITED);
  g_assert_true (gtk_stack_get_visible_child (GTK_STACK (gtk_widget_get_ancestor (page, GTK_TYPE_STACK))) != page);

  ml_window_save_program (window, file);
  g_assert_true (ml_test_wait_until (drafts_are, GUINT_TO_POINTER (0), 5000));
  close_window (other);
  close_window (window);
  g_unlink (path);
  g_rmdir (dir);
}

/* Whether @scene has a box of class @klass. */
static gboolean
scene_has_box (MlScene    *scene,
               const char *klass)
{
  for (guint i = 0; i < ml_scene_get_n_boxes (scene); i++)
    if (g_strcmp0 (ml_scene_get_box (scene, i)->klass, klass) == 0)
      return TRUE;

  return FALSE;
}

/* A click on the heap graph's fan-out ("+ 17 × Pedido") opens it, and a click on the opened
 * one folds it again. */
static void
test_canvas_fanout_opens (void)
{
  g_autoptr(MlRuntime) rt = ml_runtime_new ();
  MlRtypeRegistry *reg = ml_runtime_get_types (rt);
  const MlRtype *t_int = ml_rtype_registry_basic (reg, ML_KIND_INT);
  MlRtypeField fields[] = { { "id", t_int, 0, FALSE }, { "datos", ml_rtype_registry_array_of (reg, t_int, 8), 0, FALSE } };
  const MlRtype *pedido = ml_rtype_registry_struct (reg, "main.Pedido", fields, G_N_ELEMENTS (fields));
  const MlRtype *ptr = ml_rtype_registry_pointer_to (reg, pedido);
  guint64 historial = ml_runtime_add_global (rt, "main.historial", ml_rtype_registry_slice_of (reg, ptr), FALSE);
  guint64 backing = ml_runtime_make_slice (rt, ptr, 20);
  g_autoptr(MlSnapshot) snap = NULL;
  MlCanvas *canvas = ML_CANVAS (g_object_ref_sink (ml_canvas_new ()));
  guint64 first = 0;

  ml_runtime_write_pointer (rt, historial, backing);
  for (guint i = 0; i < 20; i++)
    {
      guint64 p = ml_runtime_new_object (rt, pedido);

      ml_runtime_write_pointer (rt, backing + 8 * i, p);
    }
  ml_runtime_write_word (rt, historial + 8, 20);
  ml_runtime_write_word (rt, historial + 16, 20);
  ml_runtime_end_step (rt);
  snap = ml_runtime_snapshot (rt, ML_SNAPSHOT_ALL);

  ml_canvas_set_view (canvas, ML_VIEW_HEAP_GRAPH);
  ml_canvas_set_snapshot (canvas, snap);
  g_assert_true (scene_has_box (ml_canvas_get_scene (canvas), "fanout"));
  for (guint i = 0; i < ml_scene_get_n_boxes (ml_canvas_get_scene (canvas)); i++)
    if (g_strcmp0 (ml_scene_get_box (ml_canvas_get_scene (canvas), i)->klass, "fanout") == 0)
      first = ml_scene_get_box (ml_canvas_get_scene (canvas), i)->address;

  g_assert_true (ml_canvas_select (canvas, ML_HIT_GROUP, first));
  g_assert_false (scene_has_box (ml_canvas_get_scene (canvas), "fanout"));
  g_assert_true (scene_has_box (ml_canvas_get_scene (canvas), "fanout-open"));
  /* It stays open on the next step. */
  ml_canvas_set_snapshot (canvas, NULL);
  ml_canvas_set_snapshot (canvas, snap);
  g_assert_true (scene_has_box (ml_canvas_get_scene (canvas), "fanout-open"));

  g_assert_true (ml_canvas_select (canvas, ML_HIT_GROUP, first));
  g_assert_true (scene_has_box (ml_canvas_get_scene (canvas), "fanout"));
  g_assert_false (scene_has_box (ml_canvas_get_scene (canvas), "fanout-open"));

  g_object_unref (canvas);
}

int
main (int   argc,
      char *argv[])
{
  int ret;

  app = ml_test_start_app (&argc, &argv);

  g_test_add_func ("/window/shell", test_window_shows_shell);
  g_test_add_func ("/window/lesson-navigation", test_window_lesson_navigation);
  g_test_add_func ("/window/view-action", test_window_view_action);
  g_test_add_func ("/window/timeline-actions", test_window_timeline_actions);
  g_test_add_func ("/window/sidebar-toggle", test_window_sidebar_toggle);
  g_test_add_func ("/window/presentation", test_window_presentation);
  g_test_add_func ("/window/remembers-size", test_window_remembers_size);
  g_test_add_func ("/window/opens-program", test_window_opens_program);
  g_test_add_func ("/window/screenshot", test_window_screenshot);
  g_test_add_func ("/window/sandbox-collector", test_window_sandbox_collector);
  g_test_add_func ("/window/unsaved-changes", test_window_unsaved_changes);
  g_test_add_func ("/window/drafts", test_window_drafts);
  g_test_add_func ("/window/fault", test_window_fault);
  g_test_add_func ("/window/sandbox-heap", test_window_sandbox_heap);
  g_test_add_func ("/window/sandbox-types", test_window_sandbox_types);
  g_test_add_func ("/window/lesson-runs", test_window_lesson_runs);
  g_test_add_func ("/canvas/fanout-opens", test_canvas_fanout_opens);
  g_test_add_func ("/dialogs/about", test_about_dialog);
  g_test_add_func ("/dialogs/export", test_window_export_dialog);
  g_test_add_func ("/dialogs/preferences", test_preferences_dialog);
  g_test_add_func ("/dialogs/shortcuts", test_shortcuts_dialog);

  ret = g_test_run ();
  ml_test_stop_app (g_steal_pointer (&app));

  return ret;
}
