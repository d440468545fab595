/* test-fit.c
 *
 * Copyright The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A projected window (1024×768, presentation mode) shows what lesson moments talk about,
 * the sandbox's toolbar fits on one line, and the timeline zooms to a cycle from the keyboard
 * and exports one cycle as memlab-cli export --cycle=N does.  A test of its own: lesson 7's
 * end is a million appends away.
 */

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "ml-canvas.h"
#include "ml-engine.h"
#include "ml-export-dialog.h"
#include "ml-test-utils.h"
#include "ml-window.h"

static MlApplication *app;

static gboolean
dialog_is_shown (gpointer data)
{
  return adw_application_window_get_visible_dialog (ADW_APPLICATION_WINDOW (data)) != NULL;
}

static MlWindow *
open_projected (void)
{
  MlWindow *window = ml_window_new (app);

  gtk_window_set_default_size (GTK_WINDOW (window), 1024, 768);
  g_object_set (window, "presenting", TRUE, NULL);
  ml_test_present_window (GTK_WINDOW (window));

  return window;
}

static void
close_window (MlWindow *window)
{
  gtk_window_destroy (GTK_WINDOW (window));
  ml_test_iterate (20);
}

/* Steps @lesson (its end in one command) until the story tells the moment @when. */
static void
play_to_moment (MlWindow   *window,
                const char *lesson,
                const char *when)
{
  MlEngine *engine = ml_window_get_engine (window);

  g_assert_true (ml_window_show_lesson (window, lesson));
  g_assert_true (ml_engine_wait_idle (engine, 20000));
  ml_test_iterate (20);
  for (guint i = 0; i < 200 && g_strcmp0 (ml_window_get_moment (window), when) != 0; i++)
    {
      gtk_widget_activate_action (GTK_WIDGET (window), g_str_equal (when, "end") ? "win.run-to-end" : "win.step",
                                  NULL);
      g_assert_true (ml_engine_wait_idle (engine, 300000));
      ml_test_iterate (2);
    }
  g_assert_cmpstr (ml_window_get_moment (window), ==, when);
  ml_test_iterate (50);
}

/* The canvas shows the whole of @part (as ml_render_find_focus() names it) of its scene. */
static void
assert_shows (MlWindow   *window,
              const char *part)
{
  MlCanvas *canvas = ml_window_get_canvas (window);
  MlRect visible, rect;

  g_assert_true (ml_render_find_focus (ml_canvas_get_scene (canvas), part, &rect));
  ml_canvas_get_visible_rect (canvas, &visible);
  g_test_message ("%s: %.0f,%.0f %.0f×%.0f in the view %.0f,%.0f %.0f×%.0f", part, rect.x, rect.y,
                  rect.width, rect.height, visible.x, visible.y, visible.width, visible.height);
  g_assert_cmpfloat (rect.x, >=, visible.x - 0.5);
  g_assert_cmpfloat (rect.y, >=, visible.y - 0.5);
  g_assert_cmpfloat (rect.x + rect.width, <=, visible.x + visible.width + 0.5);
  g_assert_cmpfloat (rect.y + rect.height, <=, visible.y + visible.height + 0.5);
}

/* Lesson 2's "Code and data" talks about BSS, data, rodata and text, at the bottom of a
 * picture taller than the projected canvas: they are what it shows, at the text floor. */
static void
test_segments_moment (void)
{
  MlWindow *window = open_projected ();

  play_to_moment (window, "segments", "line:13");
  g_assert_cmpfloat (ml_canvas_get_min_text_px (ml_window_get_canvas (window)), >=, 14 - 1e-6);
  assert_shows (window, "segment:bss,data,rodata,text");
  close_window (window);
}

static gboolean
canvas_has_comparison (gpointer data)
{
  MlScene *scene = ml_canvas_get_scene (data);

  return scene != NULL && ml_render_find_focus (scene, "timeline:compare", NULL);
}

/* Lesson 1's process in memory talks about every segment: the short form of the picture
 * shows them all at once, at the text floor. */
static void
test_process_moment (void)
{
  MlWindow *window = open_projected ();

  play_to_moment (window, "organisation", "line:8");
  g_assert_cmpfloat (ml_canvas_get_min_text_px (ml_window_get_canvas (window)), >=, 14 - 1e-6);
  assert_shows (window, "segment:heap,stack,bss,data,rodata,text");
  close_window (window);
}

/* Lesson 7's last moment compares the two programs' totals: the comparison is in view. */
static void
test_slices_comparison (void)
{
  MlWindow *window = open_projected ();

  play_to_moment (window, "slices", "end");
  /* The other program runs to its end in an engine of its own. */
  g_assert_true (ml_test_wait_until (canvas_has_comparison, ml_window_get_canvas (window), 300000));
  ml_test_iterate (50);
  g_assert_cmpfloat (ml_canvas_get_min_text_px (ml_window_get_canvas (window)), >=, 14 - 1e-6);
  assert_shows (window, "timeline:compare");
  close_window (window);
}

/* The actions of @model's items, and of its sections and submenus, into @actions. */
static void
collect_menu_actions (GMenuModel *model,
                      GHashTable *actions)
{
  for (int i = 0; i < g_menu_model_get_n_items (model); i++)
    {
      g_autoptr(GMenuLinkIter) links = g_menu_model_iterate_item_links (model, i);
      char *action = NULL;

      if (g_menu_model_get_item_attribute (model, i, G_MENU_ATTRIBUTE_ACTION, "s", &action))
        g_hash_table_add (actions, action);
      while (g_menu_link_iter_next (links))
        {
          g_autoptr(GMenuModel) link = g_menu_link_iter_get_value (links);

          collect_menu_actions (link, actions);
        }
    }
}

/* Every action a button or a menu under @widget activates, into @actions. */
static void
collect_actions (GtkWidget  *widget,
                 GHashTable *actions)
{
  if (GTK_IS_MENU_BUTTON (widget) && gtk_menu_button_get_menu_model (GTK_MENU_BUTTON (widget)) != NULL)
    collect_menu_actions (gtk_menu_button_get_menu_model (GTK_MENU_BUTTON (widget)), actions);
  else if (GTK_IS_ACTIONABLE (widget) && gtk_actionable_get_action_name (GTK_ACTIONABLE (widget)) != NULL)
    g_hash_table_add (actions, g_strdup (gtk_actionable_get_action_name (GTK_ACTIONABLE (widget))));
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_actions (child, actions);
}

/* The sandbox's commands fit on one line of a 1024-pixel window, and none is lost. */
static void
test_sandbox_toolbar (void)
{
  MlWindow *window = open_projected ();
  g_autoptr(GHashTable) actions = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  GtkWidget *bar;
  int natural = 0;
  static const char * const commands[] = {
    "sandbox-alloc", "sandbox-append", "sandbox-link", "sandbox-drop", "sandbox-unlink",
    "sandbox-set-value", "gc-start", "gc-step", "gc-full",
  };

  ml_window_start_sandbox (window);
  ml_test_iterate (100);
  bar = ml_test_find_widget (GTK_WIDGET (window), ADW_TYPE_WRAP_BOX, "#sandbox-bar");
  g_assert_nonnull (bar);
  gtk_widget_measure (bar, GTK_ORIENTATION_HORIZONTAL, -1, NULL, &natural, NULL, NULL);
  g_test_message ("the sandbox's toolbar: %d px wide, %d px high", natural, gtk_widget_get_height (bar));
  g_assert_cmpint (natural + gtk_widget_get_margin_start (bar) + gtk_widget_get_margin_end (bar), <=, 1024);
  /* One line: no taller than a button and its margins. */
  g_assert_cmpint (gtk_widget_get_height (bar), <, 60);
  collect_actions (bar, actions);
  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    {
      g_autofree char *name = g_strconcat ("win.", commands[i], NULL);

      if (!g_hash_table_contains (actions, name))
        g_test_fail_printf ("the toolbar lost %s", name);
    }
  /* The collector's settings are in a menu of the toolbar, the switch and the spin button. */
  g_assert_nonnull (gtk_widget_get_ancestor (ml_test_find_widget (bar, GTK_TYPE_SWITCH, NULL), GTK_TYPE_POPOVER));
  g_assert_nonnull (gtk_widget_get_ancestor (ml_test_find_widget (bar, GTK_TYPE_SPIN_BUTTON, NULL), GTK_TYPE_POPOVER));
  close_window (window);
}

/* The action bound to @keyval (without modifiers) on @widget's class, activated as the key
 * would; FALSE if no binding has that key. */
static gboolean
press_key (GtkWidget *widget,
           guint      keyval)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

      if (!GTK_IS_SHORTCUT_CONTROLLER (controller))
        continue;
      for (guint j = 0; j < g_list_model_get_n_items (G_LIST_MODEL (controller)); j++)
        {
          g_autoptr(GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (controller), j);
          GtkShortcutTrigger *trigger = gtk_shortcut_get_trigger (shortcut);
          GtkShortcutAction *action = gtk_shortcut_get_action (shortcut);

          if (!GTK_IS_KEYVAL_TRIGGER (trigger) || !GTK_IS_NAMED_ACTION (action) ||
              gtk_keyval_trigger_get_keyval (GTK_KEYVAL_TRIGGER (trigger)) != keyval ||
              gtk_keyval_trigger_get_modifiers (GTK_KEYVAL_TRIGGER (trigger)) != 0)
            continue;

          return gtk_widget_activate_action_variant (widget, gtk_named_action_get_action_name (GTK_NAMED_ACTION (action)),
                                                     gtk_shortcut_get_arguments (shortcut));
        }
    }

  return FALSE;
}

static gboolean
scene_has_text_starting (MlScene    *scene,
                         const char *prefix)
{
  for (guint i = 0; i < scene->texts->len; i++)
    if (g_str_has_prefix (g_array_index (scene->texts, MlSceneText, i).text, prefix))
      return TRUE;

  return FALSE;
}

static guint
timeline_cycle (MlCanvas *canvas)
{
  guint cycle = 0;

  g_object_get (canvas, "timeline-cycle", &cycle, NULL);

  return cycle;
}

/* Three collections in the sandbox, then the timeline: ] and [ move between the cycles,
 * Escape and 0 go back to the whole run; the export dialog offers the cycles and writes the
 * one chosen. */
static void
test_timeline_cycles (void)
{
  MlWindow *window = open_projected ();
  MlEngine *engine = ml_window_get_engine (window);
  MlCanvas *canvas = ml_window_get_canvas (window);
  g_autofree char *dir = g_dir_make_tmp ("memlab-fit-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "timeline.svg", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  AdwDialog *dialog;
  AdwComboRow *cycles;
  MlRenderOptions options;
  MlExportFormat format;
  MlViewKind view;
  gboolean all_steps;

  ml_window_start_sandbox (window);
  for (guint i = 0; i < 3; i++)
    {
      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.gc-full", NULL));
      g_assert_true (ml_engine_wait_idle (engine, 20000));
      ml_test_iterate (20);
    }
  ml_window_set_view (window, "timeline");
  ml_test_iterate (50);
  g_assert_cmpuint (timeline_cycle (canvas), ==, 0);

  g_assert_true (press_key (GTK_WIDGET (canvas), GDK_KEY_bracketright));
  g_assert_cmpuint (timeline_cycle (canvas), ==, 1);
  g_assert_true (press_key (GTK_WIDGET (canvas), GDK_KEY_bracketright));
  g_assert_cmpuint (timeline_cycle (canvas), ==, 2);
  g_assert_true (press_key (GTK_WIDGET (canvas), GDK_KEY_bracketleft));
  g_assert_cmpuint (timeline_cycle (canvas), ==, 1);
  g_assert_true (press_key (GTK_WIDGET (canvas), GDK_KEY_bracketleft));
  g_assert_cmpuint (timeline_cycle (canvas), ==, 1);
  g_assert_true (press_key (GTK_WIDGET (canvas), GDK_KEY_Escape));
  g_assert_cmpuint (timeline_cycle (canvas), ==, 0);
  /* From the whole run, the previous cycle is the last. */
  g_assert_true (press_key (GTK_WIDGET (canvas), GDK_KEY_bracketleft));
  g_assert_cmpuint (timeline_cycle (canvas), ==, 3);
  g_assert_true (press_key (GTK_WIDGET (canvas), GDK_KEY_bracketright));
  g_assert_cmpuint (timeline_cycle (canvas), ==, 3);
  /* The subtitle says so. */
  g_assert_true (scene_has_text_starting (ml_canvas_get_scene (canvas), "GC 3 close up"));

  /* The export dialog starts at the cycle the window shows, and lists the run's cycles. */
  g_assert_true (press_key (GTK_WIDGET (canvas), GDK_KEY_bracketleft));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.export", "s", "svg"));
  g_assert_true (ml_test_wait_until (dialog_is_shown, window, 5000));
  dialog = adw_application_window_get_visible_dialog (ADW_APPLICATION_WINDOW (window));
  g_assert_true (ML_IS_EXPORT_DIALOG (dialog));
  cycles = ADW_COMBO_ROW (ml_test_find_widget (GTK_WIDGET (dialog), ADW_TYPE_COMBO_ROW, "C_ycle"));
  g_assert_nonnull (cycles);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (cycles)));
  g_assert_cmpuint (g_list_model_get_n_items (adw_combo_row_get_model (cycles)), ==, 4);
  ml_export_dialog_get_choices (ML_EXPORT_DIALOG (dialog), &view, &format, &options, &all_steps);
  g_assert_cmpint (view, ==, ML_VIEW_TIMELINE);
  g_assert_cmpuint (options.timeline_cycle, ==, 2);

  adw_combo_row_set_selected (cycles, 3);
  ml_export_dialog_get_choices (ML_EXPORT_DIALOG (dialog), &view, &format, &options, &all_steps);
  g_assert_cmpuint (options.timeline_cycle, ==, 3);
  g_assert_true (ml_export_dialog_export_to (ML_EXPORT_DIALOG (dialog), file, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_nonnull (strstr (contents, "GC 3 close up"));

  /* Only the timeline has cycles. */
  adw_combo_row_set_selected (ADW_COMBO_ROW (ml_test_find_widget (GTK_WIDGET (dialog), ADW_TYPE_COMBO_ROW, "_View")),
                              ML_VIEW_HEAP_GRAPH);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (cycles)));
  ml_export_dialog_get_choices (ML_EXPORT_DIALOG (dialog), &view, &format, &options, &all_steps);
  g_assert_cmpuint (options.timeline_cycle, ==, 0);

  adw_dialog_close (dialog);
  ml_test_iterate (400);
  close_window (window);
  g_unlink (path);
  g_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  int ret;

  app = ml_test_start_app (&argc, &argv);

  g_test_add_func ("/fit/sandbox-toolbar", test_sandbox_toolbar);
  g_test_add_func ("/fit/timeline-cycles", test_timeline_cycles);
  g_test_add_func ("/fit/process-moment", test_process_moment);
  g_test_add_func ("/fit/segments-moment", test_segments_moment);
  g_test_add_func ("/fit/slices-comparison", test_slices_comparison);

  ret = g_test_run ();
  ml_test_stop_app (g_steal_pointer (&app));

  return ret;
}
