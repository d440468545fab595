/* ml-window.c
 *
 * Copyright The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The window's core: the MlWindow type, its properties and its life (class_init, init,
 * constructed, dispose), and what ties its parts together.  Each part of the window has a
 * file of its own, ml-window-<part>.c, and calls only into this one: the lessons, the
 * transport bar, the side panel, files and the sandbox.  Here are what they share: the mode
 * (a lesson, a file, the sandbox or the welcome page) and the title that follows it, the
 * program loaded into the engine, the story above it, the state of the actions, and the
 * handler that hands each new snapshot to every part.
 */

#define G_LOG_DOMAIN "memlab-window"

#include "config.h"

#include <glib/gi18n.h>

#include "ml-window-private.h"

G_DEFINE_FINAL_TYPE (MlWindow, ml_window, ADW_TYPE_APPLICATION_WINDOW)

static GParamSpec *properties[N_PROPS];

/* The view a name stands for.  Unknown names (from a hand-edited setting, say) and the
 * lesson-only process picture, which the switcher does not offer, fall back to the memory
 * map. */
static MlViewKind
view_kind (const char *name)
{
  MlViewKind kind;

  if (!ml_view_kind_from_string (name, &kind) || kind == ML_VIEW_PROCESS)
    return ML_VIEW_MEMORY_MAP;

  return kind;
}

/* The lesson of @lesson_id, or %NULL, and its place in the list. */
MlLesson *
_ml_window_find_lesson (MlWindow   *self,
                        const char *lesson_id,
                        guint      *position)
{
  guint n = g_list_model_get_n_items (self->lessons);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(MlLesson) lesson = g_list_model_get_item (self->lessons, i);

      if (g_strcmp0 (ml_lesson_get_id (lesson), lesson_id) == 0)
        {
          if (position != NULL)
            *position = i;
          /* The list keeps the lesson alive. */
          return lesson;
        }
    }

  return NULL;
}

/* Tells the user something in passing, for a few seconds. */
void
_ml_window_toast (MlWindow   *self,
                  const char *message)
{
  AdwToast *toast = adw_toast_new (message);

  adw_toast_set_timeout (toast, 4);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

/* Tells a change of one of the window's properties, for the parts that change them. */
void
_ml_window_notify (MlWindow         *self,
                   MlWindowProperty  prop)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[prop]);
}

/* --- The program on show ------------------------------------------------------------- */

/* The story above the program: a title and a text, either hidden when empty. */
void
_ml_window_set_story (MlWindow   *self,
                      const char *title,
                      const char *text)
{
  gtk_label_set_label (self->story_title, title != NULL ? title : "");
  gtk_widget_set_visible (GTK_WIDGET (self->story_title), title != NULL && *title != '\0');
  gtk_label_set_label (self->story_text, text != NULL ? text : "");
  gtk_widget_set_visible (GTK_WIDGET (self->story_text), text != NULL && *text != '\0');
  _ml_window_update_caption (self);
}

/* Leaves edit mode without running what was written: another program replaces it. */
void
_ml_window_reset_editing (MlWindow *self)
{
  _ml_window_discard_draft (self);
  self->text_dirty = FALSE;
  g_clear_pointer (&self->edit_original, g_free);
  if (!self->editing)
    return;
  self->editing = FALSE;
  gtk_text_view_set_editable (GTK_TEXT_VIEW (self->source_view), FALSE);
  _ml_window_notify (self, PROP_EDITING);
}

/* Shows the text of another program in the source view. */
void
_ml_window_set_source (MlWindow   *self,
                       const char *text)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (self->source_view));
  GtkTextIter start, end;

  /* Another program: edits and breakpoints of the last one mean nothing in it. */
  _ml_window_reset_editing (self);
  g_array_set_size (self->breakpoint_hits, 0);
  gtk_text_buffer_get_bounds (buffer, &start, &end);
  gtk_source_buffer_remove_source_marks (GTK_SOURCE_BUFFER (buffer), &start, &end, "breakpoint");
  gtk_text_buffer_set_text (buffer, text != NULL ? text : "", -1);
}

/* The settings of the Preferences, with a lesson's own processor count (0: the user's). */
void
_ml_window_engine_config (MlWindow       *self,
                          guint           gomaxprocs,
                          MlEngineConfig *config)
{
  ml_engine_config_init (config);
  config->gogc = g_settings_get_int (self->settings, "gogc");
  config->gomaxprocs = gomaxprocs > 0 ? gomaxprocs : (guint)g_settings_get_int (self->settings, "gomaxprocs");
  config->heap_minimum = (guint64)g_settings_get_int (self->settings, "heap-minimum-kib") * 1024;
  config->memory_limit = (gint64)g_settings_get_int (self->settings, "memory-limit-mib") << 20;
  config->write_barrier = g_settings_get_boolean (self->settings, "write-barrier");
  config->step_budget = (guint64)g_settings_get_int (self->settings, "step-budget");
  config->memory_budget = (guint64)g_settings_get_int (self->settings, "memory-budget-mib") << 20;
  config->time_budget = (guint64)g_settings_get_int (self->settings, "time-budget") * G_USEC_PER_SEC;
  config->history_budget = (guint64)g_settings_get_int (self->settings, "history-budget-mib") << 20;
  config->no_inline = _ml_window_builds_without_inlining (self);
}

/* Whether the window's program is built as go run -gcflags=-l builds it: as the lesson
 * says when it chooses the build its story is told in, else by the user's preference. */
gboolean
_ml_window_builds_without_inlining (MlWindow *self)
{
  MlLesson *lesson = NULL;
  gboolean set = FALSE;
  gboolean inline_calls;

  if (self->mode == ML_WINDOW_LESSON && self->lesson_id != NULL)
    lesson = _ml_window_find_lesson (self, self->lesson_id, NULL);
  inline_calls = lesson != NULL ? ml_lesson_get_inline (lesson, &set) : TRUE;
  if (set)
    return !inline_calls;
  return g_settings_get_boolean (self->settings, "no-inline");
}

/* Starts the window's program over: compiles @text and loads it, with the settings of the
 * Preferences (and a lesson's own processor count). */
void
_ml_window_load_program (MlWindow   *self,
                         const char *filename,
                         const char *text,
                         guint       gomaxprocs)
{
  MlEngineConfig config;

  _ml_window_engine_config (self, gomaxprocs, &config);
  /* A lesson's process picture ends with the program it was shown for. */
  g_object_set (self->canvas, "view", self->view, NULL);
  g_clear_pointer (&self->shown_moment, g_free);
  g_array_set_size (self->moment_trail, 0);
  ml_canvas_set_focus_name (self->canvas, NULL);
  g_clear_pointer (&self->series, ml_timeline_series_unref);
  self->series = ml_timeline_series_new (self->series_label);
  self->shown_gctrace = 0;
  /* Another program's cycles are other cycles: the timeline shows the whole run again. */
  ml_canvas_set_timeline_cycle (self->canvas, 0);
  ml_engine_load_program (self->engine, filename, text, &config);
}

/* Forgets the comparison run, when the window shows something else. */
void
_ml_window_clear_comparison (MlWindow *self)
{
  g_cancellable_cancel (self->compare_cancellable);
  g_clear_object (&self->compare_cancellable);
  g_clear_object (&self->compare_engine);
  g_clear_pointer (&self->compare_series, ml_timeline_series_unref);
  g_clear_pointer (&self->series_label, g_free);
}

/* A timeline read back from an engine's history arrives: the run's own, read again after a
 * jump, or the run of the other program that a lesson compares it with. */
static void
timeline_built_cb (GObject      *object,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  g_autoptr(MlWindow) self = user_data;
  g_autoptr(MlTimelineSeries) series = ml_engine_build_timeline_finish (ML_ENGINE (object), result, NULL);

  if (series == NULL)
    return;

  if (object == (GObject *) self->compare_engine)
    {
      g_clear_pointer (&self->compare_series, ml_timeline_series_unref);
      self->compare_series = g_steal_pointer (&series);
      ml_canvas_set_series (self->canvas, self->series, self->compare_series);
    }
  else if (self->engine != NULL && object == (GObject *) self->engine)
    {
      MlSnapshot *snap = ml_engine_get_snapshot (self->engine);

      /* The engine may have moved on while it read its history: the series catches up with
       * the snapshot on screen. */
      if (snap != NULL)
        {
          ml_timeline_series_truncate (series, snap->step);
          ml_timeline_series_append (series, snap);
        }
      g_clear_pointer (&self->series, ml_timeline_series_unref);
      self->series = g_steal_pointer (&series);
      ml_canvas_set_series (self->canvas, self->series, self->compare_series);
      _ml_window_update_scrubber_marks (self);
    }
}

/* Reads the timeline of @engine's run from its history, in the engine's thread; the canvas
 * draws it once it arrives. */
void
_ml_window_build_timeline (MlWindow     *self,
                           MlEngine     *engine,
                           const char   *label,
                           GCancellable *cancellable)
{
  ml_engine_build_timeline_async (engine, label, cancellable, timeline_built_cb, g_object_ref (self));
}

/* Play stops: at a moment or a breakpoint, at the end, or when another program comes. */
void
_ml_window_stop_playing (MlWindow *self)
{
  if (self->play_source == 0)
    return;

  g_clear_handle_id (&self->play_source, g_source_remove);
  gtk_button_set_icon_name (self->play_button, "media-playback-start-symbolic");
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->play_button), _("Play (Ctrl+Space)"));
  _ml_window_update_actions (self);
}

/* --- The mode, the title and the actions --------------------------------------------- */

static gboolean
ml_window_has_steps (MlWindow *self)
{
  MlEngineProgramState state = ml_engine_get_program_info (self->engine)->state;

  return self->mode == ML_WINDOW_SANDBOX ||
         (state != ML_ENGINE_PROGRAM_NONE && state != ML_ENGINE_PROGRAM_COMPILE_ERROR);
}

/* Enables the actions that make sense at the step shown, in the mode shown. */
void
_ml_window_update_actions (MlWindow *self)
{
  if (self->canvas == NULL || self->engine == NULL)
    return;

  gboolean steps = ml_window_has_steps (self);
  guint64 step = ml_engine_get_step (self->engine);
  guint64 first = ml_engine_get_first_step (self->engine);
  guint64 last = ml_engine_get_last_step (self->engine);
  gboolean sandbox = self->mode == ML_WINDOW_SANDBOX;
  gboolean collecting = FALSE;
  gboolean more;
  MlSnapshot *snap = ml_engine_get_snapshot (self->engine);

  if (snap != NULL)
    collecting = snap->phase != ML_GC_OFF;

  /* There is more to see while history lies ahead, the collector is working, or the
   * program has not ended. */
  more = step < last || collecting ||
         ml_engine_get_program_info (self->engine)->state == ML_ENGINE_PROGRAM_READY;

  /* While the program is being edited, it does not run. */
  steps = steps && !self->editing;
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.edit", !sandbox);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.first", steps && step > first);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.step-back", steps && step > first);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.step", steps && more);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.run-to-end", steps && more);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.play", steps && (more || self->play_source != 0));
  gtk_widget_set_sensitive (GTK_WIDGET (self->scrubber), steps && last > first);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.export",
                                 ml_canvas_get_scene (self->canvas) != NULL &&
                                 g_strcmp0 (gtk_stack_get_visible_child_name (self->content_stack), "canvas") == 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.export-all-steps",
                                 steps && last > first);

  gtk_revealer_set_reveal_child (self->sandbox_revealer, sandbox);
  gtk_widget_set_visible (GTK_WIDGET (self->transport_bar), self->mode != ML_WINDOW_WELCOME);
}

/* Brings the title, the status page, the story and the navigation in line with what is
 * shown. */
void
_ml_window_update (MlWindow *self)
{
  MlViewKind v = view_kind (self->view);

  /* Nothing to bring in line once the window's widgets are gone. */
  if (self->canvas == NULL)
    return;
  guint n_lessons = g_list_model_get_n_items (self->lessons);
  guint position = 0;
  MlLesson *lesson = NULL;

  if (self->lesson_id != NULL)
    lesson = _ml_window_find_lesson (self, self->lesson_id, &position);

  switch (self->mode)
    {
    case ML_WINDOW_FILE:
      {
        g_autofree char *name = g_file_get_basename (self->file);
        g_autoptr(GFile) parent = g_file_get_parent (self->file);
        g_autofree char *folder = parent != NULL ? g_file_get_parse_name (parent) : NULL;
        g_autofree char *subtitle = NULL;

        /* TRANSLATORS: the window's subtitle, after the program's folder, when the
         * program is built as go run -gcflags=-l builds it. */
        if (_ml_window_builds_without_inlining (self))
          subtitle = g_strdup_printf (_("%s · without inlining"), folder != NULL ? folder : "");
        adw_window_title_set_title (self->window_title, name);
        adw_window_title_set_subtitle (self->window_title,
                                       subtitle != NULL ? subtitle : folder != NULL ? folder : "");
        gtk_window_set_title (GTK_WINDOW (self), name);
        _ml_window_set_story (self, name, _("Step through the program with the buttons below, or play it, and watch its memory change."));
        gtk_stack_set_visible_child_name (self->content_stack, "canvas");
        adw_view_stack_set_visible_child_name (self->side_stack, "program");
      }
      break;

    case ML_WINDOW_LESSON:
      {
        g_autofree char *subtitle = _ml_window_builds_without_inlining (self)
          /* TRANSLATORS: the window's subtitle in a lesson whose programs are built as go
           * run -gcflags=-l builds them. */
          ? g_strdup_printf (_("Lesson %u of %u · without inlining"), ml_lesson_get_number (lesson), n_lessons)
          : g_strdup_printf (_("Lesson %u of %u"), ml_lesson_get_number (lesson), n_lessons);
        g_autofree char *intro = _ml_window_lesson_intro_text (lesson);

        adw_window_title_set_title (self->window_title, ml_lesson_get_title (lesson));
        adw_window_title_set_subtitle (self->window_title, subtitle);
        gtk_window_set_title (GTK_WINDOW (self), ml_lesson_get_title (lesson));
        adw_status_page_set_icon_name (self->status_page, ml_lesson_get_icon_name (lesson));
        adw_status_page_set_title (self->status_page, ml_lesson_get_title (lesson));
        adw_status_page_set_description (self->status_page, ml_lesson_get_summary (lesson));
        gtk_widget_set_visible (GTK_WIDGET (self->status_button), position + 1 < n_lessons);
        gtk_button_set_label (self->status_button, _("_Next Lesson"));
        if (self->shown_moment == NULL)
          _ml_window_set_story (self, ml_lesson_get_title (lesson), intro);
        gtk_stack_set_visible_child_name (self->content_stack, "canvas");
        adw_view_stack_set_visible_child_name (self->side_stack, "program");
      }
      break;

    case ML_WINDOW_SANDBOX:
      adw_window_title_set_title (self->window_title, _("The Heap in Your Hands"));
      adw_window_title_set_subtitle (self->window_title, _("Sandbox"));
      gtk_window_set_title (GTK_WINDOW (self), _("Sandbox"));
      gtk_stack_set_visible_child_name (self->content_stack, "canvas");
      break;

    case ML_WINDOW_WELCOME:
    default:
      adw_window_title_set_title (self->window_title, ml_view_kind_get_title (v));
      adw_window_title_set_subtitle (self->window_title, "");
      gtk_window_set_title (GTK_WINDOW (self), "MemLab");
      adw_status_page_set_icon_name (self->status_page, "com.example.MemLab-symbolic");
      adw_status_page_set_title (self->status_page, _("Welcome to MemLab"));
      adw_status_page_set_description (self->status_page,
                                       _("Pick a lesson from the sidebar, or open a Go program."));
      gtk_widget_set_visible (GTK_WIDGET (self->status_button), n_lessons > 0);
      gtk_button_set_label (self->status_button, _("_Start the First Lesson"));
      _ml_window_set_story (self, _("Welcome to MemLab"),
                            _("MemLab runs Go programs in a model of the Go runtime and shows where every variable lives, how the heap grows and how the garbage collector reclaims it."));
      gtk_stack_set_visible_child_name (self->content_stack, "status");
      break;
    }

  gtk_accessible_update_property (GTK_ACCESSIBLE (self->content_stack),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, ml_view_kind_get_title (v),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, ml_view_kind_get_description (v),
                                  -1);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.previous-lesson",
                                 lesson != NULL && position > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.next-lesson",
                                 lesson == NULL ? n_lessons > 0 : position + 1 < n_lessons);
  _ml_window_update_actions (self);
}

static void
ml_window_select_lesson_row (MlWindow *self)
{
  guint position;

  if (self->mode == ML_WINDOW_SANDBOX)
    gtk_list_box_select_row (self->sandbox_list, self->sandbox_row);
  else
    gtk_list_box_unselect_all (self->sandbox_list);

  if (self->lesson_id != NULL && _ml_window_find_lesson (self, self->lesson_id, &position))
    gtk_list_box_select_row (self->lessons_list,
                             gtk_list_box_get_row_at_index (self->lessons_list, position));
  else
    gtk_list_box_unselect_all (self->lessons_list);
}

/* A file, a lesson or the sandbox has just taken the window: the sidebar shows which, and the
 * title, the status page and the actions follow. */
void
_ml_window_mode_changed (MlWindow *self)
{
  ml_window_select_lesson_row (self);
  _ml_window_update (self);
  _ml_window_notify (self, PROP_LESSON_ID);
}

/* A folded sidebar covers the content: once a row in it was chosen, it goes. */
void
_ml_window_close_folded_sidebar (MlWindow *self)
{
  if (adw_overlay_split_view_get_collapsed (self->split_view))
    adw_overlay_split_view_set_show_sidebar (self->split_view, FALSE);
}

static void
ml_window_actions_toggle_sidebar_cb (GtkWidget  *widget,
                                     const char *action_name,
                                     GVariant   *parameter)
{
  MlWindow *self = ML_WINDOW (widget);

  adw_overlay_split_view_set_show_sidebar (self->split_view,
                                           !adw_overlay_split_view_get_show_sidebar (self->split_view));
}

static void
on_show_sidebar_changed_cb (MlWindow            *self,
                            GParamSpec          *pspec,
                            AdwOverlaySplitView *split_view)
{
  /* Presentation mode hides the sidebar for itself; that is not the user's choice either. */
  if (!adw_overlay_split_view_get_collapsed (split_view) && !self->presenting)
    g_settings_set_boolean (self->settings, "show-sidebar",
                            adw_overlay_split_view_get_show_sidebar (split_view));
}

/* --- From the engine and the canvas to every part ------------------------------------ */

/* Each new snapshot goes to every part that shows it: the timeline and the canvas, the status,
 * the narration and the inspector, then the program's side (its source and output, the
 * lesson's moments and the breakpoints) or, in the sandbox, the collector's trace. */
static void
on_engine_snapshot_cb (MlWindow   *self,
                       GParamSpec *pspec,
                       MlEngine   *engine)
{
  MlSnapshot *snap = ml_engine_get_snapshot (engine);

  if (snap == NULL)
    return;

  /* A new run's picture replaces the page of a run that failed. */
  if (g_strcmp0 (gtk_stack_get_visible_child_name (self->content_stack), "fault") == 0 &&
      ml_engine_get_program_info (engine)->state != ML_ENGINE_PROGRAM_FAULTED)
    gtk_stack_set_visible_child_name (self->content_stack, "canvas");

  _ml_window_timeline_add (self, snap);
  ml_canvas_set_series (self->canvas, self->series, self->compare_series);
  ml_canvas_set_process_stage (self->canvas, ml_engine_program_info_get_process_stage (ml_engine_get_program_info (engine)));
  ml_canvas_set_snapshot (self->canvas, snap);

  _ml_window_update_status (self, snap);
  _ml_window_update_narration (self, snap);
  ml_inspector_show (self->inspector, snap, ml_canvas_get_selection (self->canvas));

  if (self->mode == ML_WINDOW_SANDBOX)
    _ml_window_show_gctrace (self, snap);
  else
    {
      const MlEngineProgramInfo *info = ml_engine_get_program_info (self->engine);

      _ml_window_show_program (self, snap);
      _ml_window_check_moments (self, snap, info);
      _ml_window_check_breakpoints (self, info);
    }

  _ml_window_update_actions (self);
}

static void
on_engine_error_cb (MlWindow *self,
                    GError   *error,
                    MlEngine *engine)
{
  _ml_window_toast (self, error->message);
}

static void
on_canvas_selected_cb (MlWindow    *self,
                       const MlHit *hit,
                       MlCanvas    *canvas)
{
  if (self->mode == ML_WINDOW_SANDBOX)
    _ml_window_sandbox_selected (self, hit);

  ml_inspector_show (self->inspector, ml_canvas_get_snapshot (canvas), hit);
  if (hit->kind != ML_HIT_NONE)
    adw_view_stack_set_visible_child_name (self->side_stack, "inspector");
}

/* --- The object ---------------------------------------------------------------------- */

static gboolean
ml_window_close_request (GtkWindow *window)
{
  MlWindow *self = ML_WINDOW (window);
  int width;
  int height;

  if (_ml_window_confirm_close (self))
    return TRUE;

  /* Closed on purpose, saved or discarded: nothing is left to recover. */
  _ml_window_discard_draft (self);
  _ml_window_stop_playing (self);
  gtk_window_get_default_size (window, &width, &height);

  /* A maximized window keeps the size it had before, so unmaximizing restores it. */
  g_settings_delay (self->settings);
  g_settings_set_boolean (self->settings, "window-maximized", gtk_window_is_maximized (window));
  if (!gtk_window_is_maximized (window))
    {
      g_settings_set_int (self->settings, "window-width", width);
      g_settings_set_int (self->settings, "window-height", height);
    }
  g_settings_set_string (self->settings, "last-lesson", self->lesson_id ? self->lesson_id : "");
  g_settings_apply (self->settings);

  return GTK_WINDOW_CLASS (ml_window_parent_class)->close_request (window);
}

/* "Whole run": the timeline zoomed to a cycle fits the run again. */
static void
timeline_fit_cb (MlWindow *self)
{
  ml_canvas_set_timeline_cycle (self->canvas, 0);
}

static void
ml_window_constructed (GObject *object)
{
  MlWindow *self = ML_WINDOW (object);
  g_autofree char *last_lesson = NULL;

  G_OBJECT_CLASS (ml_window_parent_class)->constructed (object);

  /* The window reads the settings itself rather than through the application: GtkWindow's
   * "application" property is not set yet when constructed() runs. */
  self->settings = g_settings_new (APP_ID);

  gtk_window_set_default_size (GTK_WINDOW (self),
                               g_settings_get_int (self->settings, "window-width"),
                               g_settings_get_int (self->settings, "window-height"));
  if (g_settings_get_boolean (self->settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));

  /* The sidebar's visibility is remembered only when the user chose it: a narrow window
   * hides it by itself, and that must not stick. */
  adw_overlay_split_view_set_show_sidebar (self->split_view,
                                           g_settings_get_boolean (self->settings, "show-sidebar"));
  g_signal_connect_object (self->split_view, "notify::show-sidebar",
                           G_CALLBACK (on_show_sidebar_changed_cb), self, G_CONNECT_SWAPPED);
  _ml_window_presentation_init (self);
  g_settings_bind (self->settings, "view", self, "view", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "show-addresses", self->canvas, "show-addresses",
                   G_SETTINGS_BIND_GET);
  g_settings_bind (self->settings, "runtime-detail", self->canvas, "runtime-detail",
                   G_SETTINGS_BIND_GET);
  g_settings_bind (self->settings, "timeline-steps", self->canvas, "timeline-steps",
                   G_SETTINGS_BIND_GET);
  {
    g_autoptr(GAction) steps = g_settings_create_action (self->settings, "timeline-steps");
    g_autoptr(GSimpleAction) fit = g_simple_action_new ("timeline-fit", NULL);

    g_action_map_add_action (G_ACTION_MAP (self), steps);
    g_signal_connect_object (fit, "activate", G_CALLBACK (timeline_fit_cb), self, G_CONNECT_SWAPPED);
    g_action_map_add_action (G_ACTION_MAP (self), G_ACTION (fit));
  }
  g_object_bind_property (self, "view", self->view_group, "active-name",
                          G_BINDING_SYNC_CREATE | G_BINDING_BIDIRECTIONAL);
  g_object_bind_property (self, "view", self->canvas, "view", G_BINDING_SYNC_CREATE);

  _ml_window_transport_constructed (self);

  last_lesson = g_settings_get_string (self->settings, "last-lesson");
  if (last_lesson[0] != '\0' && _ml_window_find_lesson (self, last_lesson, NULL) != NULL)
    ml_window_show_lesson (self, last_lesson);
  else
    _ml_window_update (self);
}

static void
ml_window_dispose (GObject *object)
{
  MlWindow *self = ML_WINDOW (object);

  g_clear_handle_id (&self->play_source, g_source_remove);
  /* An edit not yet written as a draft is written now: the window may go away with the
   * application (Quit) without being closed, and the draft is what is left of the edit. */
  if (self->draft_source != 0)
    _ml_window_write_draft (self);
  _ml_window_drafts_dispose (self);

  /* Settings shared with other windows must not reach this one while it goes away (the
   * timeline's axis action follows its setting). */
  g_settings_unbind (self, "view");
  g_action_map_remove_action (G_ACTION_MAP (self), "timeline-steps");
  if (self->canvas != NULL)
    {
      g_settings_unbind (self->canvas, "show-addresses");
      g_settings_unbind (self->canvas, "runtime-detail");
      g_settings_unbind (self->canvas, "timeline-steps");
    }

  g_cancellable_cancel (self->load_cancellable);
  g_clear_object (&self->load_cancellable);
  g_cancellable_cancel (self->timeline_cancellable);
  g_clear_object (&self->timeline_cancellable);
  _ml_window_clear_comparison (self);
  if (self->engine != NULL)
    g_signal_handlers_disconnect_by_data (self->engine, self);
  g_clear_object (&self->engine);
  g_clear_object (&self->settings);
  g_clear_object (&self->lessons);
  g_clear_object (&self->file);
  g_clear_pointer (&self->series, ml_timeline_series_unref);
  g_clear_object (&self->recent);

  gtk_widget_dispose_template (GTK_WIDGET (self), ML_TYPE_WINDOW);

  G_OBJECT_CLASS (ml_window_parent_class)->dispose (object);
}

static void
ml_window_finalize (GObject *object)
{
  MlWindow *self = ML_WINDOW (object);

  g_clear_pointer (&self->view, g_free);
  g_clear_pointer (&self->lesson_id, g_free);
  g_clear_pointer (&self->pending_link_field, g_free);
  g_clear_pointer (&self->shown_moment, g_free);
  g_clear_pointer (&self->moment_trail, g_array_unref);
  g_clear_pointer (&self->breakpoint_hits, g_array_unref);
  g_clear_pointer (&self->edit_original, g_free);
  g_clear_pointer (&self->script, ml_sandbox_script_free);

  G_OBJECT_CLASS (ml_window_parent_class)->finalize (object);
}

static void
ml_window_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  MlWindow *self = ML_WINDOW (object);

  switch (prop_id)
    {
    case PROP_VIEW:
      g_value_set_string (value, ml_window_get_view (self));
      break;

    case PROP_LESSON_ID:
      g_value_set_string (value, ml_window_get_lesson_id (self));
      break;

    case PROP_EDITING:
      g_value_set_boolean (value, self->editing);
      break;

    case PROP_PRESENTING:
      g_value_set_boolean (value, self->presenting);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ml_window_set_property (GObject      *object,
                        guint         prop_id,
                        const GValue *value,
                        GParamSpec   *pspec)
{
  MlWindow *self = ML_WINDOW (object);

  switch (prop_id)
    {
    case PROP_VIEW:
      ml_window_set_view (self, g_value_get_string (value));
      break;

    case PROP_EDITING:
      ml_window_set_editing (self, g_value_get_boolean (value));
      break;

    case PROP_PRESENTING:
      _ml_window_set_presenting (self, g_value_get_boolean (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ml_window_class_init (MlWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->constructed = ml_window_constructed;
  object_class->dispose = ml_window_dispose;
  object_class->finalize = ml_window_finalize;
  object_class->get_property = ml_window_get_property;
  object_class->set_property = ml_window_set_property;

  window_class->close_request = ml_window_close_request;

  properties[PROP_VIEW] =
    g_param_spec_string ("view", NULL, NULL, "memory-map",
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties[PROP_LESSON_ID] =
    g_param_spec_string ("lesson-id", NULL, NULL, NULL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  properties[PROP_EDITING] =
    g_param_spec_boolean ("editing", NULL, NULL, FALSE,
                          (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  /* Presentation mode: for projecting in class, the canvas with the narration as a caption. */
  properties[PROP_PRESENTING] =
    g_param_spec_boolean ("presenting", NULL, NULL, FALSE,
                          (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (GTK_SOURCE_TYPE_VIEW);
  g_type_ensure (ML_TYPE_CANVAS);
  g_type_ensure (ML_TYPE_INSPECTOR);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH "/ui/ml-window.ui");
  gtk_widget_class_bind_template_child (widget_class, MlWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, MlWindow, split_view);
  gtk_widget_class_bind_template_child (widget_class, MlWindow, lessons_list);
  gtk_widget_class_bind_template_child (widget_class, MlWindow, sandbox_list);
  gtk_widget_class_bind_template_child (widget_class, MlWindow, sandbox_row);
  gtk_widget_class_bind_template_child (widget_class, MlWindow, window_title);
  gtk_widget_class_bind_template_child (widget_class, MlWindow, view_group);
  gtk_widget_class_bind_template_child (widget_class, MlWindow, sandbox_revealer);
  gtk_widget_class_bind_template_child (widget_class, MlWindow, barrier_switch);
  gtk_widget_class_bind_template_child (widget_class, MlWindow, gogc_spin);
  gtk_widget_class_bind_template_child (widget_class, MlWindow, content_paned);
  gtk_widget_class_bind_template_child (widget_class, MlWindow, content_stack);
  gtk_widget_class_bind_template_child (widget_class, MlWindow, fault_page);
  gtk_widget_class_bind_template_child (widget_class, MlWindow, fault_report_label);
  gtk_widget_class_bind_template_child (widget_class, MlWindow, fault_back_button);
  gtk_widget_class_bind_template_child (widget_class, MlWindow, status_page);
  gtk_widget_class_bind_template_child (widget_class, MlWindow, status_button);
  gtk_widget_class_bind_template_child (widget_class, MlWindow, canvas);
  gtk_widget_class_bind_template_child (widget_class, MlWindow, story_title);
  gtk_widget_class_bind_template_child (widget_class, MlWindow, story_text);
  gtk_widget_class_bind_template_child (widget_class, MlWindow, narration_label);
  gtk_widget_class_bind_template_child (widget_class, MlWindow, program_dropdown);
  gtk_widget_class_bind_template_child (widget_class, MlWindow, program_list);
  gtk_widget_class_bind_template_child (widget_class, MlWindow, side_stack);
  gtk_widget_class_bind_template_child (widget_class, MlWindow, source_view);
  gtk_widget_class_bind_template_child (widget_class, MlWindow, output_view);
  gtk_widget_class_bind_template_child (widget_class, MlWindow, inspector);
  gtk_widget_class_bind_template_child (widget_class, MlWindow, transport_bar);
  gtk_widget_class_bind_template_child (widget_class, MlWindow, play_button);
  gtk_widget_class_bind_template_child (widget_class, MlWindow, scrubber);
  gtk_widget_class_bind_template_child (widget_class, MlWindow, scrubber_adjustment);
  gtk_widget_class_bind_template_child (widget_class, MlWindow, step_label);
  gtk_widget_class_bind_template_child (widget_class, MlWindow, speed_dropdown);
  gtk_widget_class_bind_template_child (widget_class, MlWindow, phase_label);
  gtk_widget_class_bind_template_child (widget_class, MlWindow, heap_bar);
  gtk_widget_class_bind_template_child (widget_class, MlWindow, heap_label);
  gtk_widget_class_bind_template_child (widget_class, MlWindow, recent_label);
  gtk_widget_class_bind_template_child (widget_class, MlWindow, recent_list);

  gtk_widget_class_install_action (widget_class, "win.toggle-sidebar", NULL,
                                   ml_window_actions_toggle_sidebar_cb);
  gtk_widget_class_install_property_action (widget_class, "win.view", "view");
  gtk_widget_class_install_property_action (widget_class, "win.edit", "editing");

  _ml_window_class_init_lesson (widget_class);
  _ml_window_class_init_transport (widget_class);
  _ml_window_class_init_sandbox (widget_class);
  _ml_window_class_init_files (widget_class);
  _ml_window_class_init_fault (widget_class);
  _ml_window_class_init_presentation (widget_class);
}

static void
ml_window_init (MlWindow *self)
{
  self->view = g_strdup ("memory-map");
  self->series = ml_timeline_series_new (NULL);
  self->moment_trail = g_array_new (FALSE, FALSE, sizeof (MlMomentMark));
  self->breakpoint_hits = g_array_new (FALSE, FALSE, sizeof (guint64));

  gtk_widget_init_template (GTK_WIDGET (self));

  self->lessons = ml_lesson_list_new ();
  _ml_window_lesson_init (self);

  self->engine = ml_engine_new ();
  g_signal_connect_object (self->engine, "notify::snapshot",
                           G_CALLBACK (on_engine_snapshot_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->engine, "error",
                           G_CALLBACK (on_engine_error_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->canvas, "selected",
                           G_CALLBACK (on_canvas_selected_cb), self, G_CONNECT_SWAPPED);

  _ml_window_transport_init (self);
  _ml_window_panel_init (self);
  _ml_window_sandbox_init (self);
  _ml_window_files_init (self);
  _ml_window_drafts_init (self);
  _ml_window_fault_init (self);

  if (DEVELOPMENT_BUILD)
    gtk_widget_add_css_class (GTK_WIDGET (self), "devel");
}

MlWindow *
ml_window_new (MlApplication *application)
{
  g_return_val_if_fail (ML_IS_APPLICATION (application), NULL);

  return g_object_new (ML_TYPE_WINDOW, "application", application, NULL);
}

const char *
ml_window_get_view (MlWindow *self)
{
  g_return_val_if_fail (ML_IS_WINDOW (self), NULL);

  return self->view;
}

void
ml_window_set_view (MlWindow   *self,
                    const char *view)
{
  g_return_if_fail (ML_IS_WINDOW (self));

  /* The switcher has no toggle on while a lesson shows the process picture: that is no view
   * to remember. */
  if (view == NULL)
    return;

  view = ml_view_kind_to_string (view_kind (view));

  if (g_set_str (&self->view, view))
    {
      _ml_window_update (self);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VIEW]);
    }
  else if (self->canvas != NULL)
    /* The same view chosen again, after the process picture. */
    g_object_set (self->canvas, "view", self->view, NULL);
}

const char *
ml_window_get_lesson_id (MlWindow *self)
{
  g_return_val_if_fail (ML_IS_WINDOW (self), NULL);

  return self->lesson_id;
}

/**
 * ml_window_get_moment:
 *
 * Returns: (nullable): the lesson moment the story tells, by its condition ("line:35",
 *   "end"…), or %NULL before the lesson has reached one
 */
const char *
ml_window_get_moment (MlWindow *self)
{
  g_return_val_if_fail (ML_IS_WINDOW (self), NULL);

  return self->shown_moment;
}

/**
 * ml_window_get_file:
 *
 * Returns: (transfer none) (nullable): the program file shown, if any
 */
GFile *
ml_window_get_file (MlWindow *self)
{
  g_return_val_if_fail (ML_IS_WINDOW (self), NULL);

  return self->file;
}

/**
 * ml_window_get_engine:
 *
 * Returns: (transfer none): the engine that runs this window's model
 */
MlEngine *
ml_window_get_engine (MlWindow *self)
{
  g_return_val_if_fail (ML_IS_WINDOW (self), NULL);

  return self->engine;
}

/**
 * ml_window_get_canvas:
 *
 * Returns: (transfer none): the canvas that shows the current view
 */
MlCanvas *
ml_window_get_canvas (MlWindow *self)
{
  g_return_val_if_fail (ML_IS_WINDOW (self), NULL);

  return self->canvas;
}
