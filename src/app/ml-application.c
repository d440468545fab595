/* ml-application.c
 *
 * Copyright The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * MlApplication, the AdwApplication: the settings, the application actions and their keys,
 * the style the user chose, the command line, and the staging that build-aux/screenshots
 * asks for with hidden options (a lesson, a program, a moment, a view, a size and a style)
 * before --screenshot takes the window's picture.
 */

#define G_LOG_DOMAIN "memlab-application"

#include "config.h"

#include <glib/gi18n.h>

#include "ml-application.h"
#include "ml-lesson.h"
#include "ml-preferences-dialog.h"
#include "ml-screenshot.h"
#include "ml-shortcuts-dialog.h"
#include "ml-window.h"

struct _MlApplication
{
  AdwApplication  parent_instance;

  GSettings      *settings;

  /* Set by --screenshot: the window is saved to this file after its first frames and the
   * application quits.  This is how tools and a newcomer on a machine without a display see
   * the real window. */
  char           *screenshot_path;

  /* Set by the hidden options that build-aux/screenshots uses: the first window opens this
   * lesson and program, steps to this moment and shows this view, at this size and style,
   * before its picture is taken.  They go through the same paths as the sidebar, the
   * program list, the transport bar and the view switcher, so the picture is what a user
   * would see there. */
  char           *stage_lesson;     /* a lesson id */
  guint           stage_program;    /* counting from 1; 0 keeps the lesson's first */
  char           *stage_moment;     /* a lesson moment's condition, such as "line:35" */
  guint           stage_steps;      /* steps to take after the moment */
  char           *stage_view;
  int             stage_width;
  int             stage_height;
  gboolean        stage_hide_sidebar;
  gboolean        stage_presentation;
  gboolean        stage_sandbox;    /* the sandbox, with the clicks of its demonstration */
  guint           stage_sandbox_click;
  AdwColorScheme  forced_scheme;    /* ADW_COLOR_SCHEME_DEFAULT: as the preferences say */

  /* Reaching that state. */
  MlWindow       *stage_window;
  gboolean        stage_started;
  guint           stage_idle_id;
  guint           stage_timeout_id;
  gboolean        stage_at_moment;
  guint           settle_frames;
  gboolean        fit_resized;

  /* Drafts left by an earlier run are offered once, at the first activation. */
  gboolean        drafts_restored;

  /* What main() returns when a screenshot run fails. */
  int             exit_status;
};

/* How long the window may take to load a lesson and step it to the requested moment.  The
 * slice lesson runs a million appends to reach its end. */
#define STAGE_TIMEOUT_SECONDS 90

G_DEFINE_FINAL_TYPE (MlApplication, ml_application, ADW_TYPE_APPLICATION)

/* Maps the "style-variant" setting onto libadwaita's colour scheme. */
static void
ml_application_update_style (MlApplication *self)
{
  AdwStyleManager *style_manager = adw_style_manager_get_default ();
  AdwColorScheme scheme;

  /* --theme chooses for this run only; the setting stays as the user left it. */
  if (self->forced_scheme != ADW_COLOR_SCHEME_DEFAULT)
    {
      adw_style_manager_set_color_scheme (style_manager, self->forced_scheme);
      return;
    }

  switch (g_settings_get_enum (self->settings, "style-variant"))
    {
    case 1:
      scheme = ADW_COLOR_SCHEME_FORCE_LIGHT;
      break;
    case 2:
      scheme = ADW_COLOR_SCHEME_FORCE_DARK;
      break;
    default:
      scheme = ADW_COLOR_SCHEME_DEFAULT;
      break;
    }

  adw_style_manager_set_color_scheme (style_manager, scheme);
}

static void
on_style_variant_changed_cb (MlApplication *self,
                             const char    *key,
                             GSettings     *settings)
{
  g_assert (ML_IS_APPLICATION (self));

  ml_application_update_style (self);
}

static MlWindow *
ml_application_get_or_create_window (MlApplication *self)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));

  if (window == NULL)
    window = GTK_WINDOW (ml_window_new (self));

  return ML_WINDOW (window);
}

static void
on_screenshot_done_cb (GObject      *object,
                       GAsyncResult *result,
                       gpointer      user_data)
{
  g_autoptr(MlApplication) self = user_data;
  g_autoptr(GError) error = NULL;

  if (!ml_screenshot_window_finish (result, &error))
    {
      g_printerr (_("Could not save the screenshot: %s\n"), error->message);
      /* A non-zero status tells the calling script that no picture was made. */
      self->exit_status = EXIT_FAILURE;
    }

  g_application_quit (G_APPLICATION (self));
}

static void
ml_application_take_screenshot (MlApplication *self,
                                MlWindow      *window)
{
  if (self->screenshot_path != NULL)
    ml_screenshot_window_async (GTK_WINDOW (window),
                                self->screenshot_path,
                                NULL,
                                on_screenshot_done_cb,
                                g_object_ref (self));
}

static gboolean
ml_application_has_stage (MlApplication *self)
{
  return self->stage_lesson != NULL || self->stage_view != NULL || self->stage_sandbox ||
         self->stage_width > 0 || self->stage_hide_sidebar || self->stage_presentation;
}

static void on_stage_engine_cb (MlApplication *self,
                                GParamSpec    *pspec,
                                MlEngine      *engine);

static void
ml_application_stage_stop (MlApplication *self)
{
  g_clear_handle_id (&self->stage_idle_id, g_source_remove);
  g_clear_handle_id (&self->stage_timeout_id, g_source_remove);
  if (self->stage_window != NULL)
    {
      MlEngine *engine = ml_window_get_engine (self->stage_window);

      if (engine != NULL)
        g_signal_handlers_disconnect_by_func (engine, on_stage_engine_cb, self);
      g_clear_weak_pointer (&self->stage_window);
    }
}

/* The window could not be brought to the requested state: say why, and end a screenshot run
 * without a picture rather than save the wrong one. */
static void
ml_application_stage_failed (MlApplication *self,
                             const char    *message)
{
  g_printerr ("%s\n", message);
  ml_application_stage_stop (self);
  self->exit_status = EXIT_FAILURE;

  if (self->screenshot_path != NULL)
    g_application_quit (G_APPLICATION (self));
}

/* Once the window shows the requested state, its picture waits for two things.  The
 * window's default size counts its frame differently on different displays (a display
 * without a compositor gets a solid frame inside it), so the window is resized once by the
 * difference, and the picture has the requested size.  And the canvas animates from the
 * previous step to this one, and the view switcher to the view shown; the picture shows
 * where they end.  After a few seconds the picture is taken whatever the state, and the
 * script that asked checks its size. */
#define SETTLE_MIN_FRAMES 30
#define SETTLE_FRAMES 300

static gboolean
ml_application_settle_tick_cb (GtkWidget     *widget,
                               GdkFrameClock *frame_clock,
                               gpointer       user_data)
{
  MlApplication *self = user_data;
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  gboolean sized;

  if (!gtk_widget_get_mapped (widget) || width <= 0)
    return G_SOURCE_CONTINUE;

  sized = self->stage_width == 0 ||
          (width == self->stage_width && height == self->stage_height);
  if (!sized && !self->fit_resized)
    {
      int default_width;
      int default_height;

      gtk_window_get_default_size (GTK_WINDOW (widget), &default_width, &default_height);
      gtk_window_set_default_size (GTK_WINDOW (widget),
                                   default_width + self->stage_width - width,
                                   default_height + self->stage_height - height);
      self->fit_resized = TRUE;
    }

  /* The view switcher's own transition is not observable; half a second covers it. */
  if ((!sized || self->settle_frames < SETTLE_MIN_FRAMES ||
       ml_canvas_get_animating (ml_window_get_canvas (ML_WINDOW (widget)))) &&
      ++self->settle_frames < SETTLE_FRAMES)
    return G_SOURCE_CONTINUE;

  ml_application_take_screenshot (self, ML_WINDOW (widget));

  return G_SOURCE_REMOVE;
}

static void
ml_application_stage_reached (MlApplication *self)
{
  g_autoptr(MlWindow) window = g_object_ref (self->stage_window);

  ml_application_stage_stop (self);

  /* A moment may have chosen its own view; the requested one is shown last. */
  if (self->stage_view != NULL)
    gtk_widget_activate_action (GTK_WIDGET (window), "win.view", "s", self->stage_view);

  if (self->screenshot_path != NULL)
    gtk_widget_add_tick_callback (GTK_WIDGET (window), ml_application_settle_tick_cb,
                                  g_object_ref (self), g_object_unref);
}

/* Runs after each answer of the engine, once the window has shown it: the lesson is stepped
 * as the transport bar would step it, one command at a time, until the window tells the
 * requested moment, then the requested number of steps further. */
static gboolean
ml_application_stage_check_cb (gpointer user_data)
{
  MlApplication *self = user_data;
  MlWindow *window = self->stage_window;
  MlEngine *engine;
  const char *action;

  self->stage_idle_id = 0;

  if (window == NULL)
    {
      ml_application_stage_failed (self, _("The window was closed before its picture was taken"));
      return G_SOURCE_REMOVE;
    }

  engine = ml_window_get_engine (window);
  if (ml_engine_get_busy (engine))
    return G_SOURCE_REMOVE;

  /* The sandbox's clicks, one each time the engine has answered the one before. */
  if (self->stage_sandbox && ml_window_sandbox_demo_step (window, self->stage_sandbox_click++))
    return G_SOURCE_REMOVE;

  if (!self->stage_at_moment)
    self->stage_at_moment = self->stage_moment == NULL ||
                            g_strcmp0 (ml_window_get_moment (window), self->stage_moment) == 0;

  if (self->stage_at_moment && self->stage_steps == 0)
    {
      ml_application_stage_reached (self);
      return G_SOURCE_REMOVE;
    }

  /* The end is reached in one command; any other moment step by step, as play does. */
  if (self->stage_at_moment)
    {
      action = "win.step";
      self->stage_steps--;
    }
  else
    action = g_str_equal (self->stage_moment, "end") ? "win.run-to-end" : "win.step";
  gtk_widget_activate_action (GTK_WIDGET (window), action, NULL);

  /* A disabled action does nothing: the program has ended, or does not compile. */
  if (!ml_engine_get_busy (engine))
    {
      g_autofree char *message = NULL;

      if (self->stage_at_moment)
        message = g_strdup (_("The lesson ended before the requested number of steps"));
      else
        message = g_strdup_printf (_("The lesson ended without reaching the moment “%s”"),
                                   self->stage_moment);
      ml_application_stage_failed (self, message);
    }

  return G_SOURCE_REMOVE;
}

static void
on_stage_engine_cb (MlApplication *self,
                    GParamSpec    *pspec,
                    MlEngine      *engine)
{
  /* The window shows a snapshot in its own handler of the same notification; the check
   * waits until every handler has run.  It goes before the redraw, which would otherwise
   * paint every step on the way and make a long way slow. */
  if (self->stage_idle_id == 0)
    self->stage_idle_id = g_idle_add_full (G_PRIORITY_HIGH_IDLE,
                                           ml_application_stage_check_cb,
                                           self,
                                           NULL);
}

static gboolean
ml_application_stage_timeout_cb (gpointer user_data)
{
  MlApplication *self = user_data;
  g_autofree char *message = NULL;

  self->stage_timeout_id = 0;
  message = g_strdup_printf (_("The lesson did not reach the requested moment within %d seconds"),
                             STAGE_TIMEOUT_SECONDS);
  ml_application_stage_failed (self, message);

  return G_SOURCE_REMOVE;
}

/* What can be set before the window is shown: its size, its sidebar, the lesson and its
 * program.  The window remembers the sidebar, the lesson and the view in the settings as it
 * does for a user, so build-aux/screenshots keeps its settings in memory. */
static void
ml_application_stage_prepare (MlApplication *self,
                              MlWindow      *window)
{
  if (self->stage_width > 0)
    {
      gtk_window_unmaximize (GTK_WINDOW (window));
      gtk_window_set_default_size (GTK_WINDOW (window), self->stage_width, self->stage_height);
    }

  /* The window has just shown or hidden its sidebar as the setting says. */
  if (self->stage_hide_sidebar && g_settings_get_boolean (self->settings, "show-sidebar"))
    gtk_widget_activate_action (GTK_WIDGET (window), "win.toggle-sidebar", NULL);
  if (self->stage_presentation)
    g_object_set (window, "presenting", TRUE, NULL);

  if (self->stage_sandbox)
    ml_window_start_sandbox (window);
  else if (self->stage_lesson != NULL)
    {
      ml_window_show_lesson (window, self->stage_lesson);
      if (self->stage_program > 0)
        ml_window_show_lesson_program (window, self->stage_program - 1);
    }
}

static void
ml_application_stage_begin (MlApplication *self,
                            MlWindow      *window)
{
  MlEngine *engine = ml_window_get_engine (window);

  g_set_weak_pointer (&self->stage_window, window);
  g_signal_connect_object (engine, "notify::snapshot",
                           G_CALLBACK (on_stage_engine_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (engine, "notify::busy",
                           G_CALLBACK (on_stage_engine_cb), self, G_CONNECT_SWAPPED);
  self->stage_timeout_id = g_timeout_add_seconds (STAGE_TIMEOUT_SECONDS,
                                                  ml_application_stage_timeout_cb,
                                                  self);
  on_stage_engine_cb (self, NULL, engine);
}

static void
ml_application_present (MlApplication *self,
                        MlWindow      *window)
{
  /* Only the first window is brought to the requested state. */
  gboolean stage = !self->stage_started && ml_application_has_stage (self);

  self->stage_started = TRUE;

  if (stage)
    ml_application_stage_prepare (self, window);

  gtk_window_present (GTK_WINDOW (window));

  if (stage)
    ml_application_stage_begin (self, window);
  else
    ml_application_take_screenshot (self, window);
}

/* Programs whose edits an earlier run did not save (it crashed, or the session ended) come
 * back, each in a window of its own, the first in @window.  Only once, when MemLab starts
 * without files and without the staging of a screenshot. */
static void
ml_application_restore_drafts (MlApplication *self,
                               MlWindow      *window)
{
  g_autoptr(GPtrArray) drafts = NULL;

  if (self->drafts_restored || ml_application_has_stage (self) || self->screenshot_path != NULL)
    return;
  self->drafts_restored = TRUE;

  drafts = ml_draft_load_all ();
  for (guint i = 0; i < drafts->len; i++)
    {
      MlWindow *target = i == 0 ? window : ml_window_new (self);

      ml_window_restore_draft (target, g_ptr_array_index (drafts, i));
      if (i > 0)
        gtk_window_present (GTK_WINDOW (target));
    }
}

static void
ml_application_activate (GApplication *application)
{
  MlApplication *self = ML_APPLICATION (application);
  MlWindow *window = ml_application_get_or_create_window (self);

  ml_application_present (self, window);
  ml_application_restore_drafts (self, window);
}

static void
ml_application_open (GApplication  *application,
                     GFile        **files,
                     int            n_files,
                     const char    *hint)
{
  MlApplication *self = ML_APPLICATION (application);

  for (int i = 0; i < n_files; i++)
    {
      MlWindow *window = ml_application_get_or_create_window (self);

      ml_window_open_file (window, files[i]);
      ml_application_present (self, window);
    }
}

/* Finds a lesson by its number or its id, for --lesson. */
static MlLesson *
find_lesson (GListModel *lessons,
             const char *name)
{
  guint n = g_list_model_get_n_items (lessons);
  guint64 number = 0;

  if (!g_ascii_string_to_unsigned (name, 10, 1, G_MAXUINT, &number, NULL))
    number = 0;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(MlLesson) lesson = g_list_model_get_item (lessons, i);

      if (ml_lesson_get_number (lesson) == number || g_strcmp0 (ml_lesson_get_id (lesson), name) == 0)
        return g_steal_pointer (&lesson);
    }

  return NULL;
}

static gboolean
lesson_has_moment (MlLesson   *lesson,
                   const char *when)
{
  GPtrArray *moments = ml_lesson_get_moments (lesson);

  for (guint i = 0; i < moments->len; i++)
    if (g_strcmp0 (((MlLessonMoment *) g_ptr_array_index (moments, i))->when, when) == 0)
      return TRUE;

  return FALSE;
}

/* Checks the options that bring the window to a lesson moment, so that a mistake is told at
 * once rather than as a timeout. */
static gboolean
ml_application_parse_stage (MlApplication  *self,
                            GVariantDict   *options,
                            GError        **error)
{
  const char *lesson_name = NULL;
  const char *moment = NULL;
  const char *view = NULL;
  const char *theme = NULL;
  const char *size = NULL;
  gint32 program = 0;
  gint32 steps = 0;
  gboolean has_lesson;

  has_lesson = g_variant_dict_lookup (options, "lesson", "&s", &lesson_name);
  g_variant_dict_lookup (options, "program", "i", &program);
  g_variant_dict_lookup (options, "moment", "&s", &moment);
  g_variant_dict_lookup (options, "steps", "i", &steps);

  if (!has_lesson && (program != 0 || moment != NULL || steps != 0))
    {
      g_set_error_literal (error, G_OPTION_ERROR, G_OPTION_ERROR_FAILED,
                           _("--program, --moment and --steps need --lesson"));
      return FALSE;
    }
  if (steps < 0)
    {
      g_set_error_literal (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                           _("--steps cannot be negative"));
      return FALSE;
    }

  if (has_lesson)
    {
      g_autoptr(GListModel) lessons = ml_lesson_list_new ();
      g_autoptr(MlLesson) lesson = find_lesson (lessons, lesson_name);

      if (lesson == NULL)
        {
          g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                       _("There is no lesson “%s”"), lesson_name);
          return FALSE;
        }
      if (program < 0 || (guint)program > ml_lesson_get_programs (lesson)->len)
        {
          g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                       _("Lesson %u has no program %d"), ml_lesson_get_number (lesson), program);
          return FALSE;
        }
      if (moment != NULL && !lesson_has_moment (lesson, moment))
        {
          g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                       _("Lesson %u has no moment “%s”"), ml_lesson_get_number (lesson), moment);
          return FALSE;
        }

      g_set_str (&self->stage_lesson, ml_lesson_get_id (lesson));
      self->stage_program = (guint)program;
      g_set_str (&self->stage_moment, moment);
      self->stage_steps = (guint)steps;
    }

  if (g_variant_dict_lookup (options, "view", "&s", &view))
    {
      MlViewKind kind;

      if (!ml_view_kind_from_string (view, &kind))
        {
          g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                       _("Unknown view “%s”; the views are segments, memory-map, heap-graph, spans and timeline"),
                       view);
          return FALSE;
        }
      g_set_str (&self->stage_view, ml_view_kind_to_string (kind));
    }

  if (g_variant_dict_lookup (options, "theme", "&s", &theme))
    {
      if (g_str_equal (theme, "light"))
        self->forced_scheme = ADW_COLOR_SCHEME_FORCE_LIGHT;
      else if (g_str_equal (theme, "dark"))
        self->forced_scheme = ADW_COLOR_SCHEME_FORCE_DARK;
      else
        {
          g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                       _("Unknown theme “%s”; use light or dark"), theme);
          return FALSE;
        }
    }

  if (g_variant_dict_lookup (options, "window-size", "&s", &size))
    {
      g_auto(GStrv) parts = g_strsplit (size, "x", 3);
      guint64 width = 0;
      guint64 height = 0;

      /* At least the smallest size the settings' schema allows the window. */
      if (g_strv_length (parts) != 2 ||
          !g_ascii_string_to_unsigned (parts[0], 10, 360, 16384, &width, NULL) ||
          !g_ascii_string_to_unsigned (parts[1], 10, 294, 16384, &height, NULL))
        {
          g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                       _("The window size must be WIDTHxHEIGHT, at least 360x294, such as 1280x800"));
          return FALSE;
        }
      self->stage_width = (int)width;
      self->stage_height = (int)height;
    }

  self->stage_hide_sidebar = g_variant_dict_contains (options, "hide-sidebar");
  self->stage_presentation = g_variant_dict_contains (options, "presentation");
  self->stage_sandbox = g_variant_dict_contains (options, "sandbox");
  if (self->stage_sandbox && has_lesson)
    {
      g_set_error_literal (error, G_OPTION_ERROR, G_OPTION_ERROR_FAILED,
                           _("--sandbox and --lesson cannot go together"));
      return FALSE;
    }

  return TRUE;
}

static int
ml_application_handle_local_options (GApplication *application,
                                     GVariantDict *options)
{
  MlApplication *self = ML_APPLICATION (application);
  g_autoptr(GError) error = NULL;
  const char *path = NULL;

  if (g_variant_dict_contains (options, "version"))
    {
      g_print ("%s %s\n", PACKAGE_NAME, PACKAGE_VERSION);
      return EXIT_SUCCESS;
    }

  if (!ml_application_parse_stage (self, options, &error))
    {
      g_printerr ("%s\n", error->message);
      return EXIT_FAILURE;
    }

  if (g_variant_dict_lookup (options, "screenshot", "^&ay", &path))
    {
      g_autoptr(GFile) file = g_file_new_for_commandline_arg (path);

      g_set_str (&self->screenshot_path, g_file_peek_path (file));
    }

  /* A run that shows a given state, or saves a picture of it, must not hand its work to an
   * already running instance. */
  if (self->screenshot_path != NULL || ml_application_has_stage (self) ||
      self->forced_scheme != ADW_COLOR_SCHEME_DEFAULT)
    g_application_set_flags (application,
                             g_application_get_flags (application) | G_APPLICATION_NON_UNIQUE);

  return -1;
}

static void
ml_application_startup (GApplication *application)
{
  MlApplication *self = ML_APPLICATION (application);

  static const struct {
    const char *action;
    const char *accels[3];
  } accels[] = {
    { "app.quit", { "<Control>q", NULL } },
    { "app.preferences", { "<Control>comma", NULL } },
    { "app.shortcuts", { "<Control>question", NULL } },
    { "window.close", { "<Control>w", NULL } },
    { "win.toggle-sidebar", { "F9", NULL } },
    { "win.presentation", { "F5", NULL } },
    { "win.view::segments", { "<Alt>1", NULL } },
    { "win.view::memory-map", { "<Alt>2", NULL } },
    { "win.view::heap-graph", { "<Alt>3", NULL } },
    { "win.view::spans", { "<Alt>4", NULL } },
    { "win.view::timeline", { "<Alt>5", NULL } },
    { "win.previous-lesson", { "<Alt>Page_Up", NULL } },
    { "win.next-lesson", { "<Alt>Page_Down", NULL } },
    { "win.save", { "<Control>s", NULL } },
    { "win.edit", { "<Control>e", NULL } },
    { "win.export::png", { "<Control><Shift>e", NULL } },
    { "win.play", { "<Control>space", NULL } },
    { "win.step", { "<Control>Right", NULL } },
    { "win.step-back", { "<Control>Left", NULL } },
    { "win.first", { "<Control>Home", NULL } },
    { "win.run-to-end", { "<Control>End", NULL } },
  };

  g_autoptr(GAction) style_action = NULL;

  G_APPLICATION_CLASS (ml_application_parent_class)->startup (application);

  for (guint i = 0; i < G_N_ELEMENTS (accels); i++)
    gtk_application_set_accels_for_action (GTK_APPLICATION (self),
                                           accels[i].action,
                                           accels[i].accels);

  /* The Appearance submenu of the primary menu acts on the setting directly. */
  style_action = g_settings_create_action (self->settings, "style-variant");
  g_action_map_add_action (G_ACTION_MAP (self), style_action);

  g_signal_connect_object (self->settings,
                           "changed::style-variant",
                           G_CALLBACK (on_style_variant_changed_cb),
                           self,
                           G_CONNECT_SWAPPED);
  ml_application_update_style (self);
}

static void
ml_application_actions_quit_cb (GSimpleAction *action,
                                GVariant      *parameter,
                                gpointer       user_data)
{
  MlApplication *self = user_data;
  g_autoptr(GList) windows = NULL;

  g_assert (ML_IS_APPLICATION (self));

  /* Closing each window lets it save its state, as closing it by hand would. */
  windows = g_list_copy (gtk_application_get_windows (GTK_APPLICATION (self)));
  for (const GList *l = windows; l != NULL; l = l->next)
    gtk_window_close (l->data);
}

/* The about dialog. */
static AdwDialog *
ml_application_about_dialog (void)
{
  static const char *developers[] = { "The MemLab authors", NULL };
  AdwDialog *dialog = adw_about_dialog_new ();

  g_object_set (dialog,
                "application-name", PACKAGE_NAME,
                "application-icon", APP_ID,
                "developer-name", _("The MemLab authors"),
                "version", PACKAGE_VERSION,
                "website", PACKAGE_WEBSITE,
                "comments", _("A laboratory for learning how a program’s memory works: "
                              "where variables live, how the heap grows and how Go’s "
                              "garbage collector reclaims it."),
                "copyright", _("© The MemLab authors"),
                "license-type", GTK_LICENSE_GPL_3_0,
                "developers", developers,
                /* Translators: Replace "translator-credits" with your names, one name per line */
                "translator-credits", _("translator-credits"),
                NULL);

  return dialog;
}

/* app.about, app.preferences and app.shortcuts: each shows its dialog over the active
 * window. */
static void
ml_application_actions_dialog_cb (GSimpleAction *action,
                                  GVariant      *parameter,
                                  gpointer       user_data)
{
  MlApplication *self = user_data;
  const char *name = g_action_get_name (G_ACTION (action));
  AdwDialog *dialog;

  g_assert (ML_IS_APPLICATION (self));

  if (g_str_equal (name, "about"))
    dialog = ml_application_about_dialog ();
  else if (g_str_equal (name, "preferences"))
    dialog = ADW_DIALOG (ml_preferences_dialog_new (self->settings));
  else
    dialog = ADW_DIALOG (ml_shortcuts_dialog_new (GTK_APPLICATION (self)));

  adw_dialog_present (dialog,
                      GTK_WIDGET (gtk_application_get_active_window (GTK_APPLICATION (self))));
}

static void
ml_application_dispose (GObject *object)
{
  MlApplication *self = ML_APPLICATION (object);

  ml_application_stage_stop (self);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (ml_application_parent_class)->dispose (object);
}

static void
ml_application_finalize (GObject *object)
{
  MlApplication *self = ML_APPLICATION (object);

  g_clear_pointer (&self->screenshot_path, g_free);
  g_clear_pointer (&self->stage_lesson, g_free);
  g_clear_pointer (&self->stage_moment, g_free);
  g_clear_pointer (&self->stage_view, g_free);

  G_OBJECT_CLASS (ml_application_parent_class)->finalize (object);
}

static void
ml_application_class_init (MlApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  object_class->dispose = ml_application_dispose;
  object_class->finalize = ml_application_finalize;

  app_class->activate = ml_application_activate;
  app_class->open = ml_application_open;
  app_class->startup = ml_application_startup;
  app_class->handle_local_options = ml_application_handle_local_options;
}

static void
ml_application_init (MlApplication *self)
{
  static const GActionEntry actions[] = {
    { "quit", ml_application_actions_quit_cb },
    { "about", ml_application_actions_dialog_cb },
    { "preferences", ml_application_actions_dialog_cb },
    { "shortcuts", ml_application_actions_dialog_cb },
  };
  static const GOptionEntry options[] = {
    { "version", 0, 0, G_OPTION_ARG_NONE, NULL,
      N_("Print the version and exit"), NULL },
    { "screenshot", 0, G_OPTION_FLAG_HIDDEN, G_OPTION_ARG_FILENAME, NULL,
      N_("Save a picture of the window to FILE once it is drawn, then quit"), N_("FILE") },
    /* These set the scene for --screenshot (build-aux/screenshots uses them). */
    { "lesson", 0, G_OPTION_FLAG_HIDDEN, G_OPTION_ARG_STRING, NULL,
      N_("Open the lesson with this number or id"), N_("LESSON") },
    { "program", 0, G_OPTION_FLAG_HIDDEN, G_OPTION_ARG_INT, NULL,
      N_("Load the lesson’s program N, counting from 1"), "N" },
    { "moment", 0, G_OPTION_FLAG_HIDDEN, G_OPTION_ARG_STRING, NULL,
      N_("Step the lesson to its moment WHEN, such as line:35 or end"), N_("WHEN") },
    { "steps", 0, G_OPTION_FLAG_HIDDEN, G_OPTION_ARG_INT, NULL,
      N_("Then take N more steps"), "N" },
    { "view", 0, G_OPTION_FLAG_HIDDEN, G_OPTION_ARG_STRING, NULL,
      N_("Show the view VIEW once the moment is reached"), N_("VIEW") },
    { "theme", 0, G_OPTION_FLAG_HIDDEN, G_OPTION_ARG_STRING, NULL,
      N_("Use the light or the dark style, whatever the preferences say"), N_("THEME") },
    { "window-size", 0, G_OPTION_FLAG_HIDDEN, G_OPTION_ARG_STRING, NULL,
      N_("Open the window at WIDTHxHEIGHT pixels"), N_("WIDTHxHEIGHT") },
    { "hide-sidebar", 0, G_OPTION_FLAG_HIDDEN, G_OPTION_ARG_NONE, NULL,
      N_("Open the window with the sidebar hidden"), NULL },
    { "presentation", 0, G_OPTION_FLAG_HIDDEN, G_OPTION_ARG_NONE, NULL,
      N_("Open the window in presentation mode"), NULL },
    { "sandbox", 0, G_OPTION_FLAG_HIDDEN, G_OPTION_ARG_NONE, NULL,
      N_("Open the sandbox and click through a short session in it"), NULL },
    { NULL }
  };

  self->settings = g_settings_new (APP_ID);

  g_action_map_add_action_entries (G_ACTION_MAP (self),
                                   actions,
                                   G_N_ELEMENTS (actions),
                                   self);

  g_application_add_main_option_entries (G_APPLICATION (self), options);
  g_application_set_option_context_parameter_string (G_APPLICATION (self), _("[FILE.go…]"));
  g_application_set_option_context_summary (G_APPLICATION (self),
                                            _("Learn how a program’s memory works."));
}

MlApplication *
ml_application_new (const char        *application_id,
                    GApplicationFlags  flags)
{
  g_return_val_if_fail (application_id != NULL, NULL);

  return g_object_new (ML_TYPE_APPLICATION,
                       "application-id", application_id,
                       "flags", flags,
                       "resource-base-path", RESOURCE_PATH,
                       NULL);
}

/**
 * ml_application_get_exit_status:
 *
 * Returns: the status the process should exit with when the application's own work (such as
 *   a screenshot run) failed, or 0
 */
int
ml_application_get_exit_status (MlApplication *self)
{
  g_return_val_if_fail (ML_IS_APPLICATION (self), EXIT_FAILURE);

  return self->exit_status;
}

/**
 * ml_application_get_settings:
 *
 * Returns: (transfer none): the application's settings
 */
GSettings *
ml_application_get_settings (MlApplication *self)
{
  g_return_val_if_fail (ML_IS_APPLICATION (self), NULL);

  return self->settings;
}
