/* ml-window.c
 *
 * Copyright The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "memlab-window"

#include "config.h"

#include <glib/gi18n.h>
#include <inttypes.h>

#include "ml-export-dialog.h"
#include "ml-narrator.h"
#include "ml-window-private.h"

G_DEFINE_FINAL_TYPE (MlWindow, ml_window, ADW_TYPE_APPLICATION_WINDOW)

enum {
  PROP_0,
  PROP_VIEW,
  PROP_LESSON_ID,
  PROP_EDITING,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* How long a played step stays on screen at speed 1. */
#define PLAY_INTERVAL_MS 700

static const double speeds[] = { 0.25, 0.5, 1.0, 2.0, 4.0, 8.0 };

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

static MlLesson *
ml_window_find_lesson (MlWindow   *self,
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

void
_ml_window_toast (MlWindow   *self,
                  const char *message)
{
  AdwToast *toast = adw_toast_new (message);

  adw_toast_set_timeout (toast, 4);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

/* Leaves edit mode without running what was written: another program replaces it. */
void
_ml_window_reset_editing (MlWindow *self)
{
  self->text_dirty = FALSE;
  g_clear_pointer (&self->edit_original, g_free);
  if (!self->editing)
    return;
  self->editing = FALSE;
  gtk_text_view_set_editable (GTK_TEXT_VIEW (self->source_view), FALSE);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EDITING]);
}

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

/* The program's lines (from 1) that have a breakpoint. */
GArray *
_ml_window_get_breakpoints (MlWindow *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (self->source_view));
  GArray *lines = g_array_new (FALSE, FALSE, sizeof (guint));
  GtkTextIter iter;

  gtk_text_buffer_get_start_iter (buffer, &iter);
  if (gtk_source_buffer_get_source_marks_at_iter (GTK_SOURCE_BUFFER (buffer), &iter, "breakpoint") != NULL)
    {
      guint line = 1;

      g_array_append_val (lines, line);
    }
  while (gtk_source_buffer_forward_iter_to_source_mark (GTK_SOURCE_BUFFER (buffer), &iter, "breakpoint"))
    {
      guint line = (guint) gtk_text_iter_get_line (&iter) + 1;

      if (lines->len == 0 || g_array_index (lines, guint, lines->len - 1) != line)
        g_array_append_val (lines, line);
    }

  return lines;
}

static void
on_line_mark_activated_cb (MlWindow        *self,
                           GtkTextIter     *iter,
                           guint            button,
                           GdkModifierType  state,
                           gint             n_presses,
                           GtkSourceView   *view)
{
  GtkSourceBuffer *buffer = GTK_SOURCE_BUFFER (gtk_text_view_get_buffer (GTK_TEXT_VIEW (view)));
  GtkTextIter start = *iter, end = *iter;
  GSList *marks;

  gtk_text_iter_set_line_offset (&start, 0);
  if (!gtk_text_iter_ends_line (&end))
    gtk_text_iter_forward_to_line_end (&end);
  marks = gtk_source_buffer_get_source_marks_at_line (buffer, gtk_text_iter_get_line (iter), "breakpoint");
  if (marks != NULL)
    gtk_source_buffer_remove_source_marks (buffer, &start, &end, "breakpoint");
  else
    gtk_source_buffer_create_source_mark (buffer, NULL, "breakpoint", &start);
  g_slist_free (marks);
}

static void
ml_window_set_story (MlWindow   *self,
                     const char *title,
                     const char *text)
{
  gtk_label_set_label (self->story_title, title != NULL ? title : "");
  gtk_widget_set_visible (GTK_WIDGET (self->story_title), title != NULL && *title != '\0');
  gtk_label_set_label (self->story_text, text != NULL ? text : "");
  gtk_widget_set_visible (GTK_WIDGET (self->story_text), text != NULL && *text != '\0');
}

/* The lesson's introduction as one text: paragraphs, and list items as bullets. */
static char *
lesson_intro_text (MlLesson *lesson)
{
  GPtrArray *blocks = ml_lesson_get_intro (lesson);
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < blocks->len; i++)
    {
      const MlLessonBlock *block = g_ptr_array_index (blocks, i);

      if (out->len > 0)
        g_string_append (out, block->kind == ML_LESSON_LIST_ITEM ? "\n" : "\n\n");
      if (block->kind == ML_LESSON_LIST_ITEM)
        g_string_append (out, "• ");
      g_string_append (out, block->text);
    }

  return g_string_free (out, FALSE);
}

static gboolean
ml_window_has_steps (MlWindow *self)
{
  MlEngineProgramState state = ml_engine_get_program_info (self->engine)->state;

  return self->mode == ML_WINDOW_SANDBOX ||
         (state != ML_ENGINE_PROGRAM_NONE && state != ML_ENGINE_PROGRAM_COMPILE_ERROR);
}

/* Starts the window's program over: compiles @text and loads it, with the settings of the
 * Preferences (and a lesson's own processor count). */
/* The settings of the Preferences, with a lesson's own processor count. */
static void
ml_window_engine_config (MlWindow       *self,
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
}

static void
ml_window_load_program (MlWindow   *self,
                        const char *filename,
                        const char *text,
                        guint       gomaxprocs)
{
  MlEngineConfig config;

  ml_window_engine_config (self, gomaxprocs, &config);
  /* A lesson's process picture ends with the program it was shown for. */
  g_object_set (self->canvas, "view", self->view, NULL);
  g_clear_pointer (&self->shown_moment, g_free);
  g_array_set_size (self->moment_trail, 0);
  g_clear_pointer (&self->series, ml_timeline_series_unref);
  self->series = ml_timeline_series_new (self->series_label);
  self->shown_gctrace = 0;
  ml_engine_load_program (self->engine, filename, text, &config);
}

/* Forgets the comparison run, when the window shows something else. */
static void
ml_window_clear_comparison (MlWindow *self)
{
  g_cancellable_cancel (self->compare_cancellable);
  g_clear_object (&self->compare_cancellable);
  g_clear_object (&self->compare_engine);
  g_clear_pointer (&self->compare_series, ml_timeline_series_unref);
  g_clear_pointer (&self->series_label, g_free);
}

static void
compare_built_cb (GObject      *object,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  g_autoptr(MlWindow) self = user_data;
  g_autoptr(MlTimelineSeries) series = ml_engine_build_timeline_finish (ML_ENGINE (object), result, NULL);

  if (series == NULL || object != (GObject *) self->compare_engine)
    return;
  g_clear_pointer (&self->compare_series, ml_timeline_series_unref);
  self->compare_series = g_steal_pointer (&series);
  ml_canvas_set_series (self->canvas, self->series, self->compare_series);
}

/* Runs the lesson's other program to its end, in the background, for the timeline's
 * side-by-side comparison (lesson 7's two slice loops). */
static void
ml_window_start_comparison (MlWindow *self,
                            MlLesson *lesson,
                            guint     other)
{
  g_autoptr(GBytes) source = ml_lesson_load_program (lesson, other, NULL);
  const MlLessonProgram *program = g_ptr_array_index (ml_lesson_get_programs (lesson), other);
  g_autofree char *text = NULL;
  MlEngineConfig config;

  if (source == NULL)
    return;
  text = g_strndup (g_bytes_get_data (source, NULL), g_bytes_get_size (source));
  ml_window_engine_config (self, ml_lesson_get_gomaxprocs (lesson), &config);
  self->compare_engine = ml_engine_new ();
  self->compare_cancellable = g_cancellable_new ();
  /* The engine answers its commands in order: the timeline is read once the run is over. */
  ml_engine_load_program (self->compare_engine, program->file, text, &config);
  ml_engine_run_to_end (self->compare_engine);
  ml_engine_build_timeline_async (self->compare_engine, program->name, self->compare_cancellable,
                                  compare_built_cb, g_object_ref (self));
}

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
static void
ml_window_update (MlWindow *self)
{
  MlViewKind v = view_kind (self->view);

  /* Nothing to bring in line once the window's widgets are gone. */
  if (self->canvas == NULL)
    return;
  guint n_lessons = g_list_model_get_n_items (self->lessons);
  guint position = 0;
  MlLesson *lesson = NULL;

  if (self->lesson_id != NULL)
    lesson = ml_window_find_lesson (self, self->lesson_id, &position);

  switch (self->mode)
    {
    case ML_WINDOW_FILE:
      {
        g_autofree char *name = g_file_get_basename (self->file);
        g_autoptr(GFile) parent = g_file_get_parent (self->file);
        g_autofree char *folder = parent != NULL ? g_file_get_parse_name (parent) : NULL;

        adw_window_title_set_title (self->window_title, name);
        adw_window_title_set_subtitle (self->window_title, folder != NULL ? folder : "");
        gtk_window_set_title (GTK_WINDOW (self), name);
        ml_window_set_story (self, name, _("Step through the program with the buttons below, or play it, and watch its memory change."));
        gtk_stack_set_visible_child_name (self->content_stack, "canvas");
        adw_view_stack_set_visible_child_name (self->side_stack, "program");
      }
      break;

    case ML_WINDOW_LESSON:
      {
        g_autofree char *subtitle = g_strdup_printf (_("Lesson %u of %u"),
                                                     ml_lesson_get_number (lesson),
                                                     n_lessons);
        g_autofree char *intro = lesson_intro_text (lesson);

        adw_window_title_set_title (self->window_title, ml_lesson_get_title (lesson));
        adw_window_title_set_subtitle (self->window_title, subtitle);
        gtk_window_set_title (GTK_WINDOW (self), ml_lesson_get_title (lesson));
        adw_status_page_set_icon_name (self->status_page, ml_lesson_get_icon_name (lesson));
        adw_status_page_set_title (self->status_page, ml_lesson_get_title (lesson));
        adw_status_page_set_description (self->status_page, ml_lesson_get_summary (lesson));
        gtk_widget_set_visible (GTK_WIDGET (self->status_button), position + 1 < n_lessons);
        gtk_button_set_label (self->status_button, _("_Next Lesson"));
        if (self->shown_moment == NULL)
          ml_window_set_story (self, ml_lesson_get_title (lesson), intro);
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
      ml_window_set_story (self, _("Welcome to MemLab"),
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

/* The status part of the transport bar: the collector's phase and the heap against its
 * goal. */
static void
ml_window_update_status (MlWindow   *self,
                         MlSnapshot *snap)
{
  g_autofree char *live = NULL;
  g_autofree char *goal = NULL;
  g_autofree char *heap = NULL;
  g_autofree char *step = NULL;

  step = g_strdup_printf (_("step %" PRIu64), ml_engine_get_step (self->engine));
  gtk_label_set_label (self->step_label, step);

  if (snap == NULL)
    return;

  gtk_label_set_label (self->phase_label, ml_gc_phase_get_title (snap->phase));
  if (snap->world_stopped)
    gtk_widget_add_css_class (GTK_WIDGET (self->phase_label), "error");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->phase_label), "error");

  live = ml_format_bytes (snap->pacer.heap_live, ML_BYTES_EXACT);
  goal = ml_format_bytes (snap->pacer.heap_goal, ML_BYTES_EXACT);
  /* Translators: heap in use against the heap goal, e.g. "1.2 MiB of 4.0 MiB" */
  heap = g_strdup_printf (_("%s of %s"), live, goal);
  gtk_label_set_label (self->heap_label, heap);
  gtk_level_bar_set_value (self->heap_bar,
                           snap->pacer.heap_goal > 0
                           ? MIN (1.0, (double)snap->pacer.heap_live / snap->pacer.heap_goal)
                           : 0.0);
}

static void
ml_window_update_narration (MlWindow   *self,
                            MlSnapshot *snap)
{
  g_autoptr(MlNarrator) narrator = NULL;
  g_autoptr(GPtrArray) lines = NULL;
  g_autoptr(GString) text = g_string_new (NULL);
  guint first;

  if (snap == NULL || snap->n_events == 0)
    {
      gtk_label_set_label (self->narration_label, "");
      return;
    }

  narrator = ml_narrator_new (snap);
  lines = ml_narrator_describe_step (narrator);

  /* A step can have many events (a sweep frees dozens of objects); the last few tell it. */
  first = lines->len > 4 ? lines->len - 4 : 0;
  for (guint i = first; i < lines->len; i++)
    {
      if (text->len > 0)
        g_string_append_c (text, '\n');
      g_string_append_printf (text, "→ %s", (char *)g_ptr_array_index (lines, i));
    }

  gtk_label_set_label (self->narration_label, text->str);
}

static void
ml_window_append_output (MlWindow   *self,
                         const char *text)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->output_view);
  GtkTextIter end;

  gtk_text_buffer_get_end_iter (buffer, &end);
  gtk_text_buffer_insert (buffer, &end, text, -1);
}

static void ml_window_stop_playing (MlWindow *self);
static void ml_window_update_scrubber_marks (MlWindow *self);
static void on_program_selected_cb (MlWindow    *self,
                                    GParamSpec  *pspec,
                                    GtkDropDown *dropdown);

/* Shows a lesson's view.  The lecture's first picture (secondary memory, program, process) is
 * no view of the switcher, nor of the settings: the canvas shows it until a view is picked. */
static void
ml_window_show_lesson_view (MlWindow   *self,
                            const char *view)
{
  if (view == NULL)
    return;
  if (g_str_equal (view, "process"))
    {
      g_object_set (self->canvas, "view", "process", NULL);
      adw_toggle_group_set_active (self->view_group, GTK_INVALID_LIST_POSITION);
      return;
    }
  ml_window_set_view (self, view);
  /* Back from the process picture, when the switcher's view did not change. */
  g_object_set (self->canvas, "view", self->view, NULL);
}

/* Tells the moment at @index of the lesson, or its introduction for -1. */
static void
ml_window_tell_moment (MlWindow *self,
                       MlLesson *lesson,
                       gint      index)
{
  const MlLessonMoment *moment;
  g_autofree char *text = NULL;

  if (index < 0)
    {
      g_autofree char *intro = lesson_intro_text (lesson);

      g_clear_pointer (&self->shown_moment, g_free);
      ml_window_set_story (self, ml_lesson_get_title (lesson), intro);
      return;
    }

  moment = g_ptr_array_index (ml_lesson_get_moments (lesson), index);
  g_set_str (&self->shown_moment, moment->when);
  text = g_strjoinv ("\n\n", (char **) moment->paragraphs->pdata);
  ml_window_set_story (self, moment->title, text);
  ml_window_show_lesson_view (self, moment->view);
}

/* A lesson pauses at its moments, in their order, and tells what to look at there.  Stepping
 * back before a moment takes the story back to the one before it. */
static void
ml_window_check_moments (MlWindow                  *self,
                         MlSnapshot                *snap,
                         const MlEngineProgramInfo *info)
{
  guint64 step = ml_engine_get_step (self->engine);
  /* Loaded, before its first statement: the program has no current line yet. */
  gboolean at_start = info->line == 0;
  MlLesson *lesson;
  gint last, next;

  if (self->mode != ML_WINDOW_LESSON || self->lesson_id == NULL ||
      (lesson = ml_window_find_lesson (self, self->lesson_id, NULL)) == NULL)
    return;

  if (self->moment_trail->len > 0 &&
      g_array_index (self->moment_trail, MlMomentMark, self->moment_trail->len - 1).step > step)
    {
      while (self->moment_trail->len > 0 &&
             g_array_index (self->moment_trail, MlMomentMark, self->moment_trail->len - 1).step > step)
        g_array_set_size (self->moment_trail, self->moment_trail->len - 1);
      ml_window_tell_moment (self, lesson,
                             self->moment_trail->len > 0
                             ? g_array_index (self->moment_trail, MlMomentMark, self->moment_trail->len - 1).index
                             : -1);
    }

  /* One moment per step, so that each is seen. */
  if (self->moment_trail->len > 0 &&
      g_array_index (self->moment_trail, MlMomentMark, self->moment_trail->len - 1).step == step)
    return;

  last = self->moment_trail->len > 0
         ? g_array_index (self->moment_trail, MlMomentMark, self->moment_trail->len - 1).index : -1;
  next = ml_lesson_next_moment (lesson, last, snap, info, at_start);
  if (next < 0)
    return;

  g_array_append_val (self->moment_trail, ((MlMomentMark) { next, step }));
  ml_window_tell_moment (self, lesson, next);
  ml_window_stop_playing (self);
}

/* The program's side of a step: output, the current line, errors, and how it ended. */
static void
ml_window_show_program (MlWindow   *self,
                        MlSnapshot *snap)
{
  const MlEngineProgramInfo *info = ml_engine_get_program_info (self->engine);
  GtkTextBuffer *source = gtk_text_view_get_buffer (GTK_TEXT_VIEW (self->source_view));
  GtkTextBuffer *output = gtk_text_view_get_buffer (self->output_view);
  g_autoptr(GString) text = g_string_new (info->output);
  GtkTextIter start, end;

  /* What the program printed, then the collector's trace. */
  if (info->message != NULL && info->state != ML_ENGINE_PROGRAM_COMPILE_ERROR)
    g_string_append (text, info->message);
  for (guint i = 0; i < snap->n_gctrace; i++)
    g_string_append_printf (text, "%s\n", snap->gctrace[i]);
  gtk_text_buffer_set_text (output, text->str, -1);

  /* The line about to run, marked and in view. */
  gtk_text_buffer_get_bounds (source, &start, &end);
  gtk_source_buffer_remove_source_marks (GTK_SOURCE_BUFFER (source), &start, &end, "current");
  gtk_text_buffer_remove_tag (source, self->error_tag, &start, &end);
  self->follow_current_line = FALSE;
  if (info->state == ML_ENGINE_PROGRAM_READY && info->line > 0)
    {
      GtkTextIter line;
      GtkTextMark *mark;

      gtk_text_buffer_get_iter_at_line (source, &line, (int)info->line - 1);
      gtk_source_buffer_create_source_mark (GTK_SOURCE_BUFFER (source), NULL, "current", &line);
      /* Scrolling to a mark, not an iter: the view scrolls once it has measured the lines,
       * which it may not have done yet when a program was just loaded. */
      mark = gtk_text_buffer_get_mark (source, "memlab-current-line");
      if (mark == NULL)
        mark = gtk_text_buffer_create_mark (source, "memlab-current-line", &line, TRUE);
      else
        gtk_text_buffer_move_mark (source, mark, &line);
      gtk_text_view_scroll_to_mark (GTK_TEXT_VIEW (self->source_view), mark, 0.25, FALSE, 0, 0.5);
      self->follow_current_line = TRUE;
    }

  /* Compile errors underlined where Go reports them, and told in the story. */
  if (info->state == ML_ENGINE_PROGRAM_COMPILE_ERROR && info->diagnostics != NULL)
    {
      g_autoptr(GString) story = g_string_new (NULL);

      for (guint i = 0; i < info->diagnostics->len; i++)
        {
          const MlEngineDiagnostic *d = g_ptr_array_index (info->diagnostics, i);
          GtkTextIter from, to;

          if (d->line > 0 && gtk_text_buffer_get_iter_at_line_offset (source, &from, (int)d->line - 1, 0))
            {
              gtk_text_iter_forward_chars (&from, MAX ((int)d->column - 1, 0));
              to = from;
              if (!gtk_text_iter_ends_line (&to))
                gtk_text_iter_forward_to_line_end (&to);
              gtk_text_buffer_apply_tag (source, self->error_tag, &from, &to);
            }
          g_string_append_printf (story, "%s%u:%u: %s", i > 0 ? "\n" : "", d->line, d->column, d->message);
        }

      ml_window_set_story (self, _("The program does not compile"), story->str);
    }
  else if (info->state == ML_ENGINE_PROGRAM_PANICKED || info->state == ML_ENGINE_PROGRAM_STOPPED)
    ml_window_set_story (self,
                         info->state == ML_ENGINE_PROGRAM_PANICKED ? _("The program panicked")
                                                                   : _("The program was stopped"),
                         info->message);

  ml_window_check_moments (self, snap, info);

  /* A step at a breakpoint is marked on the scrubber; playing stops there, once it has left
   * the line it started from. */
  if (info->state == ML_ENGINE_PROGRAM_READY && info->line > 0)
    {
      g_autoptr(GArray) breakpoints = _ml_window_get_breakpoints (self);
      guint64 step = ml_engine_get_step (self->engine);

      for (guint i = 0; i < breakpoints->len; i++)
        if (g_array_index (breakpoints, guint, i) == info->line)
          {
            gboolean known = FALSE;

            for (guint k = 0; k < self->breakpoint_hits->len && !known; k++)
              known = g_array_index (self->breakpoint_hits, guint64, k) == step;
            if (!known)
              {
                g_array_append_val (self->breakpoint_hits, step);
                ml_window_update_scrubber_marks (self);
              }
            if (self->play_source != 0 && info->line != self->play_from_line)
              ml_window_stop_playing (self);
            break;
          }
      if (info->line != self->play_from_line)
        self->play_from_line = 0;
    }
}

#define TIMELINE_JUMP_STEPS 64

static void
timeline_built_cb (GObject      *object,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  g_autoptr(MlWindow) self = user_data;
  g_autoptr(MlTimelineSeries) series = NULL;
  MlSnapshot *snap;

  series = ml_engine_build_timeline_finish (ML_ENGINE (object), result, NULL);
  if (series == NULL || self->engine == NULL)
    return;

  /* The engine may have moved on while it read its history: the series catches up with the
   * snapshot on screen. */
  snap = ml_engine_get_snapshot (self->engine);
  if (snap != NULL)
    {
      ml_timeline_series_truncate (series, snap->step);
      ml_timeline_series_append (series, snap);
    }
  g_clear_pointer (&self->series, ml_timeline_series_unref);
  self->series = g_steal_pointer (&series);
  ml_canvas_set_series (self->canvas, self->series, self->compare_series);
  ml_window_update_scrubber_marks (self);
}

/* A run to the end, a seek or a fast play delivers only some of the steps; the timeline is
 * then read again from the engine's history, where no step is missing. */
static void
ml_window_rebuild_timeline (MlWindow *self)
{
  g_cancellable_cancel (self->timeline_cancellable);
  g_clear_object (&self->timeline_cancellable);
  self->timeline_cancellable = g_cancellable_new ();
  ml_engine_build_timeline_async (self->engine, self->series_label, self->timeline_cancellable,
                                  timeline_built_cb, g_object_ref (self));
}

static void
on_engine_snapshot_cb (MlWindow   *self,
                       GParamSpec *pspec,
                       MlEngine   *engine)
{
  MlSnapshot *snap = ml_engine_get_snapshot (engine);
  gboolean jumped;

  if (snap == NULL)
    return;

  /* One statement can be a few runtime steps; a jump is a run, a seek or "last". */
  jumped = ml_timeline_series_get_n_samples (self->series) > 0 &&
           snap->step > ml_timeline_series_get_last (self->series)->step + TIMELINE_JUMP_STEPS;

  /* After stepping back, the timeline forgets the steps it no longer shows. */
  ml_timeline_series_truncate (self->series, snap->step);
  ml_timeline_series_append (self->series, snap);
  if (jumped)
    ml_window_rebuild_timeline (self);
  ml_canvas_set_series (self->canvas, self->series, self->compare_series);
  ml_canvas_set_snapshot (self->canvas, snap);

  ml_window_update_status (self, snap);
  ml_window_update_narration (self, snap);
  ml_inspector_show (self->inspector, snap, ml_canvas_get_selection (self->canvas));

  if (self->mode == ML_WINDOW_SANDBOX)
    {
      /* The collector's trace: one line per finished cycle, in Go's gctrace format. */
      if (snap->n_gctrace < self->shown_gctrace)
        self->shown_gctrace = 0;
      for (guint i = self->shown_gctrace; i < snap->n_gctrace; i++)
        {
          g_autofree char *line = g_strdup_printf ("%s\n", snap->gctrace[i]);

          ml_window_append_output (self, line);
        }
      self->shown_gctrace = snap->n_gctrace;
    }
  else
    ml_window_show_program (self, snap);

  _ml_window_update_actions (self);
}

/* The scrubber's marks: where each collection cycle starts (below) and the steps where the
 * program stood at a breakpoint (above). */
static void
ml_window_update_scrubber_marks (MlWindow *self)
{
  guint64 last = ml_engine_get_last_step (self->engine);
  guint prev_cycle = 0;

  gtk_scale_clear_marks (self->scrubber);
  for (guint i = 0; self->series != NULL && i < ml_timeline_series_get_n_samples (self->series); i++)
    {
      const MlTimelineSample *sample = ml_timeline_series_get_sample (self->series, i);

      if (sample->cycle > prev_cycle && i > 0)
        gtk_scale_add_mark (self->scrubber, (double) sample->step, GTK_POS_BOTTOM, NULL);
      prev_cycle = sample->cycle;
    }
  for (guint i = 0; i < self->breakpoint_hits->len; i++)
    if (g_array_index (self->breakpoint_hits, guint64, i) <= last)
      gtk_scale_add_mark (self->scrubber, (double) g_array_index (self->breakpoint_hits, guint64, i),
                          GTK_POS_TOP, NULL);
}

static void
on_engine_steps_cb (MlWindow   *self,
                    GParamSpec *pspec,
                    MlEngine   *engine)
{
  /* The scrubber follows the engine without telling the engine to seek. */
  g_signal_handler_block (self->scrubber_adjustment, self->scrubber_handler);
  /* A scale's range must not be empty: a run of one step still spans one unit. */
  gtk_adjustment_configure (self->scrubber_adjustment,
                            ml_engine_get_step (engine),
                            ml_engine_get_first_step (engine),
                            MAX (ml_engine_get_last_step (engine), ml_engine_get_first_step (engine) + 1),
                            1, 10, 0);
  g_signal_handler_unblock (self->scrubber_adjustment, self->scrubber_handler);
  ml_window_update_scrubber_marks (self);

  ml_window_update_status (self, ml_engine_get_snapshot (engine));
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
on_scrubber_changed_cb (MlWindow      *self,
                        GtkAdjustment *adjustment)
{
  guint64 step = (guint64)(gtk_adjustment_get_value (adjustment) + 0.5);

  if (step != ml_engine_get_step (self->engine))
    ml_engine_seek (self->engine, step);
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

static double
ml_window_get_speed (MlWindow *self)
{
  guint index = gtk_drop_down_get_selected (self->speed_dropdown);

  return index < G_N_ELEMENTS (speeds) ? speeds[index] : 1.0;
}

static void
on_speed_changed_cb (MlWindow    *self,
                     GParamSpec  *pspec,
                     GtkDropDown *dropdown)
{
  double speed = ml_window_get_speed (self);

  ml_canvas_set_speed (self->canvas, speed);
  g_settings_set_double (self->settings, "speed", speed);
}

static void
ml_window_stop_playing (MlWindow *self)
{
  if (self->play_source == 0)
    return;

  g_clear_handle_id (&self->play_source, g_source_remove);
  gtk_button_set_icon_name (self->play_button, "media-playback-start-symbolic");
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->play_button), _("Play (Ctrl+Space)"));
  _ml_window_update_actions (self);
}

static gboolean
play_tick_cb (gpointer user_data)
{
  MlWindow *self = user_data;
  MlSnapshot *snap = ml_engine_get_snapshot (self->engine);
  gboolean more = ml_engine_get_step (self->engine) < ml_engine_get_last_step (self->engine) ||
                  (snap != NULL && snap->phase != ML_GC_OFF) ||
                  ml_engine_get_program_info (self->engine)->state == ML_ENGINE_PROGRAM_READY;

  /* The engine may still be busy with the previous step; play waits for it. */
  if (ml_engine_get_busy (self->engine))
    return G_SOURCE_CONTINUE;

  if (!more)
    {
      self->play_source = 0;
      ml_window_stop_playing (self);
      return G_SOURCE_REMOVE;
    }

  ml_engine_step_forward (self->engine);

  return G_SOURCE_CONTINUE;
}

static void
ml_window_actions_play_cb (GtkWidget  *widget,
                           const char *action_name,
                           GVariant   *parameter)
{
  MlWindow *self = ML_WINDOW (widget);

  if (self->play_source != 0)
    {
      ml_window_stop_playing (self);
      return;
    }

  self->play_from_line = ml_engine_get_program_info (self->engine)->line;
  self->play_source = g_timeout_add ((guint)(PLAY_INTERVAL_MS / ml_window_get_speed (self)),
                                     play_tick_cb, self);
  gtk_button_set_icon_name (self->play_button, "media-playback-pause-symbolic");
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->play_button), _("Pause (Ctrl+Space)"));
}

static void
ml_window_actions_step_cb (GtkWidget  *widget,
                           const char *action_name,
                           GVariant   *parameter)
{
  MlWindow *self = ML_WINDOW (widget);

  ml_window_stop_playing (self);
  ml_engine_step_forward (self->engine);
}

static void
ml_window_actions_step_back_cb (GtkWidget  *widget,
                                const char *action_name,
                                GVariant   *parameter)
{
  MlWindow *self = ML_WINDOW (widget);

  ml_window_stop_playing (self);
  ml_engine_step_back (self->engine);
}

static void
ml_window_actions_first_cb (GtkWidget  *widget,
                            const char *action_name,
                            GVariant   *parameter)
{
  MlWindow *self = ML_WINDOW (widget);

  ml_window_stop_playing (self);
  ml_engine_seek (self->engine, 0);
}

static void
ml_window_actions_run_to_end_cb (GtkWidget  *widget,
                                 const char *action_name,
                                 GVariant   *parameter)
{
  MlWindow *self = ML_WINDOW (widget);

  g_autoptr(GArray) breakpoints = _ml_window_get_breakpoints (self);

  ml_window_stop_playing (self);
  if (breakpoints->len > 0)
    ml_engine_run_to_breakpoint (self->engine, (const guint *) (gpointer) breakpoints->data, breakpoints->len);
  else
    ml_engine_run_to_end (self->engine);
}

static GtkWidget *
ml_window_create_lesson_row (gpointer item,
                             gpointer user_data)
{
  MlLesson *lesson = item;
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *labels = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  g_autofree char *number = g_strdup_printf ("%u", ml_lesson_get_number (lesson));
  GtkWidget *badge = gtk_label_new (number);
  GtkWidget *title = gtk_label_new (ml_lesson_get_title (lesson));
  GtkWidget *summary = gtk_label_new (ml_lesson_get_summary (lesson));

  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 6);
  gtk_widget_add_css_class (badge, "lesson-number");
  gtk_widget_add_css_class (badge, "numeric");
  gtk_widget_set_valign (badge, GTK_ALIGN_START);
  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_label_set_ellipsize (GTK_LABEL (title), PANGO_ELLIPSIZE_END);
  gtk_label_set_xalign (GTK_LABEL (summary), 0);
  gtk_label_set_wrap (GTK_LABEL (summary), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (summary), PANGO_WRAP_WORD_CHAR);
  gtk_widget_add_css_class (summary, "caption");
  gtk_widget_add_css_class (summary, "dim-label");

  gtk_box_append (GTK_BOX (labels), title);
  gtk_box_append (GTK_BOX (labels), summary);
  gtk_box_append (GTK_BOX (box), badge);
  gtk_box_append (GTK_BOX (box), labels);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);

  gtk_accessible_update_property (GTK_ACCESSIBLE (row),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, ml_lesson_get_title (lesson),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, ml_lesson_get_summary (lesson),
                                  -1);
  g_object_set_data_full (G_OBJECT (row), "lesson-id",
                          g_strdup (ml_lesson_get_id (lesson)), g_free);

  return row;
}

static void
on_lessons_row_activated_cb (MlWindow      *self,
                             GtkListBoxRow *row,
                             GtkListBox    *list)
{
  const char *lesson_id;

  g_assert (ML_IS_WINDOW (self));

  lesson_id = g_object_get_data (G_OBJECT (row), "lesson-id");
  ml_window_show_lesson (self, lesson_id);

  if (adw_overlay_split_view_get_collapsed (self->split_view))
    adw_overlay_split_view_set_show_sidebar (self->split_view, FALSE);
}

static void
ml_window_select_lesson_row (MlWindow *self)
{
  guint position;

  if (self->mode == ML_WINDOW_SANDBOX)
    gtk_list_box_select_row (self->sandbox_list, self->sandbox_row);
  else
    gtk_list_box_unselect_all (self->sandbox_list);

  if (self->lesson_id != NULL && ml_window_find_lesson (self, self->lesson_id, &position))
    gtk_list_box_select_row (self->lessons_list,
                             gtk_list_box_get_row_at_index (self->lessons_list, position));
  else
    gtk_list_box_unselect_all (self->lessons_list);
}

static void
on_sandbox_row_activated_cb (MlWindow      *self,
                             GtkListBoxRow *row,
                             GtkListBox    *list)
{
  g_assert (ML_IS_WINDOW (self));

  ml_window_stop_playing (self);
  ml_window_clear_comparison (self);
  _ml_window_reset_editing (self);
  g_object_set (self->canvas, "view", self->view, NULL);
  g_clear_object (&self->file);
  g_clear_pointer (&self->lesson_id, g_free);
  self->mode = ML_WINDOW_SANDBOX;
  ml_window_select_lesson_row (self);
  _ml_window_sandbox_begin (self);
  ml_window_update (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LESSON_ID]);

  if (adw_overlay_split_view_get_collapsed (self->split_view))
    adw_overlay_split_view_set_show_sidebar (self->split_view, FALSE);
}

static void
ml_window_actions_step_lesson (MlWindow *self,
                               int       delta)
{
  guint n = g_list_model_get_n_items (self->lessons);
  guint position = 0;
  int target;
  g_autoptr(MlLesson) lesson = NULL;

  if (self->lesson_id == NULL || ml_window_find_lesson (self, self->lesson_id, &position) == NULL)
    target = 0;
  else
    target = (int)position + delta;

  if (target < 0 || target >= (int)n)
    return;

  lesson = g_list_model_get_item (self->lessons, target);
  ml_window_show_lesson (self, ml_lesson_get_id (lesson));
}

static void
ml_window_actions_next_lesson_cb (GtkWidget  *widget,
                                  const char *action_name,
                                  GVariant   *parameter)
{
  ml_window_actions_step_lesson (ML_WINDOW (widget), 1);
}

static void
ml_window_actions_previous_lesson_cb (GtkWidget  *widget,
                                      const char *action_name,
                                      GVariant   *parameter)
{
  ml_window_actions_step_lesson (ML_WINDOW (widget), -1);
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
on_file_loaded_cb (GObject      *object,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  g_autoptr(MlWindow) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  gsize length = 0;
  GFile *file = G_FILE (object);

  if (!g_file_load_contents_finish (file, result, &contents, &length, NULL, &error))
    {
      g_autofree char *name = g_file_get_parse_name (file);
      g_autofree char *message = NULL;

      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        return;

      message = g_strdup_printf (_("Could not open “%s”: %s"), name, error->message);
      _ml_window_toast (self, message);
      return;
    }

  if (!g_utf8_validate (contents, length, NULL))
    {
      g_autofree char *name = g_file_get_parse_name (file);
      g_autofree char *message = g_strdup_printf (_("Could not open “%s”: it is not a text file"), name);

      _ml_window_toast (self, message);
      return;
    }

  ml_window_stop_playing (self);
  gtk_widget_set_visible (GTK_WIDGET (self->program_dropdown), FALSE);
  _ml_window_set_source (self, contents);
  g_set_object (&self->file, file);
  _ml_window_add_recent (self, file);
  g_clear_pointer (&self->lesson_id, g_free);
  ml_window_clear_comparison (self);
  self->mode = ML_WINDOW_FILE;
  {
    g_autofree char *name = g_file_get_basename (file);

    ml_window_load_program (self, name, contents, 0);
  }
  ml_window_select_lesson_row (self);
  ml_window_update (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LESSON_ID]);
}

/**
 * ml_window_open_file:
 *
 * Loads a Go program into the window.  A file that cannot be read leaves the window as it
 * was and says why in a toast.
 */
void
ml_window_open_file (MlWindow *self,
                     GFile    *file)
{
  g_return_if_fail (ML_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));

  g_cancellable_cancel (self->load_cancellable);
  g_set_object (&self->load_cancellable, g_cancellable_new ());
  g_file_load_contents_async (file, self->load_cancellable, on_file_loaded_cb,
                              g_object_ref (self));
}

static void
on_open_dialog_done_cb (GObject      *object,
                        GAsyncResult *result,
                        gpointer      user_data)
{
  g_autoptr(MlWindow) self = user_data;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;

  file = gtk_file_dialog_open_finish (GTK_FILE_DIALOG (object), result, &error);
  if (file != NULL)
    ml_window_open_file (self, file);
}

static void
ml_window_actions_open_cb (GtkWidget  *widget,
                           const char *action_name,
                           GVariant   *parameter)
{
  MlWindow *self = ML_WINDOW (widget);
  g_autoptr(GtkFileDialog) dialog = gtk_file_dialog_new ();
  g_autoptr(GtkFileFilter) go_filter = gtk_file_filter_new ();
  g_autoptr(GtkFileFilter) all_filter = gtk_file_filter_new ();
  g_autoptr(GListStore) filters = g_list_store_new (GTK_TYPE_FILE_FILTER);

  gtk_file_filter_set_name (go_filter, _("Go Programs"));
  gtk_file_filter_add_suffix (go_filter, "go");
  gtk_file_filter_add_mime_type (go_filter, "text/x-go");
  gtk_file_filter_set_name (all_filter, _("All Files"));
  gtk_file_filter_add_pattern (all_filter, "*");
  g_list_store_append (filters, go_filter);
  g_list_store_append (filters, all_filter);

  gtk_file_dialog_set_title (dialog, _("Open a Go Program"));
  gtk_file_dialog_set_filters (dialog, G_LIST_MODEL (filters));
  gtk_file_dialog_set_default_filter (dialog, go_filter);
  gtk_file_dialog_open (dialog, GTK_WINDOW (self), NULL, on_open_dialog_done_cb,
                        g_object_ref (self));
}

static void
ml_window_present_export (MlWindow       *self,
                          MlExportFormat  format,
                          gboolean        all_steps)
{
  MlViewKind view = ML_VIEW_MEMORY_MAP;
  MlExportDialog *dialog;

  ml_view_kind_from_string (self->view, &view);
  dialog = ml_export_dialog_new (self->engine, view, format, all_steps);
  ml_export_dialog_set_toast_overlay (dialog, self->toast_overlay);
  adw_dialog_present (ADW_DIALOG (dialog), GTK_WIDGET (self));
}

static void
ml_window_actions_export_cb (GtkWidget  *widget,
                             const char *action_name,
                             GVariant   *parameter)
{
  MlExportFormat format = ML_EXPORT_PNG;

  ml_export_format_from_string (g_variant_get_string (parameter, NULL), &format);
  ml_window_present_export (ML_WINDOW (widget), format, FALSE);
}

static void
ml_window_actions_export_all_steps_cb (GtkWidget  *widget,
                                       const char *action_name,
                                       GVariant   *parameter)
{
  ml_window_present_export (ML_WINDOW (widget), ML_EXPORT_PNG, TRUE);
}

static gboolean
ml_window_close_request (GtkWindow *window)
{
  MlWindow *self = ML_WINDOW (window);
  int width;
  int height;

  if (_ml_window_confirm_close (self))
    return TRUE;

  ml_window_stop_playing (self);
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

static void
on_show_sidebar_changed_cb (MlWindow            *self,
                            GParamSpec          *pspec,
                            AdwOverlaySplitView *split_view)
{
  if (!adw_overlay_split_view_get_collapsed (split_view))
    g_settings_set_boolean (self->settings, "show-sidebar",
                            adw_overlay_split_view_get_show_sidebar (split_view));
}

static void
ml_window_constructed (GObject *object)
{
  MlWindow *self = ML_WINDOW (object);
  GtkSourceLanguageManager *languages = gtk_source_language_manager_get_default ();
  GtkSourceLanguage *go = gtk_source_language_manager_get_language (languages, "go");
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (self->source_view));
  g_autofree char *last_lesson = NULL;
  double speed;

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
  g_settings_bind (self->settings, "view", self, "view", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "show-addresses", self->canvas, "show-addresses",
                   G_SETTINGS_BIND_GET);
  g_object_bind_property (self, "view", self->view_group, "active-name",
                          G_BINDING_SYNC_CREATE | G_BINDING_BIDIRECTIONAL);
  g_object_bind_property (self, "view", self->canvas, "view", G_BINDING_SYNC_CREATE);

  speed = g_settings_get_double (self->settings, "speed");
  for (guint i = 0; i < G_N_ELEMENTS (speeds); i++)
    if (speeds[i] <= speed + 1e-6)
      gtk_drop_down_set_selected (self->speed_dropdown, i);
  ml_canvas_set_speed (self->canvas, ml_window_get_speed (self));
  g_signal_connect_object (self->speed_dropdown, "notify::selected",
                           G_CALLBACK (on_speed_changed_cb), self, G_CONNECT_SWAPPED);

  if (go != NULL)
    gtk_source_buffer_set_language (GTK_SOURCE_BUFFER (buffer), go);

  last_lesson = g_settings_get_string (self->settings, "last-lesson");
  if (last_lesson[0] != '\0' && ml_window_find_lesson (self, last_lesson, NULL) != NULL)
    ml_window_show_lesson (self, last_lesson);
  else
    ml_window_update (self);
}

static void
on_style_changed_cb (MlWindow        *self,
                     GParamSpec      *pspec,
                     AdwStyleManager *style_manager)
{
  GtkSourceStyleSchemeManager *schemes = gtk_source_style_scheme_manager_get_default ();
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (self->source_view));
  const char *id = adw_style_manager_get_dark (style_manager) ? "Adwaita-dark" : "Adwaita";

  gtk_source_buffer_set_style_scheme (GTK_SOURCE_BUFFER (buffer),
                                      gtk_source_style_scheme_manager_get_scheme (schemes, id));
}

static void
ml_window_dispose (GObject *object)
{
  MlWindow *self = ML_WINDOW (object);

  g_clear_handle_id (&self->play_source, g_source_remove);

  /* Settings shared with other windows must not reach this one while it goes away. */
  g_settings_unbind (self, "view");
  if (self->canvas != NULL)
    g_settings_unbind (self->canvas, "show-addresses");

  g_cancellable_cancel (self->load_cancellable);
  g_clear_object (&self->load_cancellable);
  g_cancellable_cancel (self->timeline_cancellable);
  g_clear_object (&self->timeline_cancellable);
  ml_window_clear_comparison (self);
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

/* Edit mode: the source can be changed, and stepping waits.  Leaving it runs what was written:
 * the program is compiled again and starts over, and a program from a file now has changes to
 * save. */
void
ml_window_set_editing (MlWindow *self,
                       gboolean  editing)
{
  g_return_if_fail (ML_IS_WINDOW (self));

  editing = !!editing;
  if (self->editing == editing || (editing && self->mode == ML_WINDOW_SANDBOX))
    return;

  self->editing = editing;
  gtk_text_view_set_editable (GTK_TEXT_VIEW (self->source_view), editing);
  if (editing)
    {
      GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (self->source_view));
      GtkTextIter start, end;

      ml_window_stop_playing (self);
      g_clear_pointer (&self->edit_original, g_free);
      gtk_text_buffer_get_bounds (buffer, &start, &end);
      self->edit_original = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
      gtk_source_buffer_remove_source_marks (GTK_SOURCE_BUFFER (buffer), &start, &end, "current");
      adw_view_stack_set_visible_child_name (self->side_stack, "program");
      gtk_widget_grab_focus (GTK_WIDGET (self->source_view));
    }
  else
    {
      GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (self->source_view));
      GtkTextIter start, end;
      g_autofree char *text = NULL;

      gtk_text_buffer_get_bounds (buffer, &start, &end);
      text = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
      if (g_strcmp0 (text, self->edit_original) != 0)
        {
          g_autofree char *name = self->file != NULL ? g_file_get_basename (self->file) : g_strdup ("main.go");

          self->text_dirty = self->mode == ML_WINDOW_FILE;
          ml_window_load_program (self, name, text, 0);
        }
      g_clear_pointer (&self->edit_original, g_free);
    }
  _ml_window_update_actions (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EDITING]);
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
  gtk_widget_class_bind_template_callback (widget_class, on_lessons_row_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_sandbox_row_activated_cb);

  gtk_widget_class_install_action (widget_class, "win.open", NULL, ml_window_actions_open_cb);
  gtk_widget_class_install_action (widget_class, "win.next-lesson", NULL,
                                   ml_window_actions_next_lesson_cb);
  gtk_widget_class_install_action (widget_class, "win.previous-lesson", NULL,
                                   ml_window_actions_previous_lesson_cb);
  gtk_widget_class_install_action (widget_class, "win.toggle-sidebar", NULL,
                                   ml_window_actions_toggle_sidebar_cb);
  gtk_widget_class_install_property_action (widget_class, "win.view", "view");
  gtk_widget_class_install_property_action (widget_class, "win.edit", "editing");
  gtk_widget_class_install_action (widget_class, "win.export", "s", ml_window_actions_export_cb);
  gtk_widget_class_install_action (widget_class, "win.export-all-steps", NULL,
                                   ml_window_actions_export_all_steps_cb);
  gtk_widget_class_install_action (widget_class, "win.first", NULL, ml_window_actions_first_cb);
  gtk_widget_class_install_action (widget_class, "win.step-back", NULL, ml_window_actions_step_back_cb);
  gtk_widget_class_install_action (widget_class, "win.play", NULL, ml_window_actions_play_cb);
  gtk_widget_class_install_action (widget_class, "win.step", NULL, ml_window_actions_step_cb);
  gtk_widget_class_install_action (widget_class, "win.run-to-end", NULL, ml_window_actions_run_to_end_cb);

  _ml_window_class_init_sandbox (widget_class);
  _ml_window_class_init_files (widget_class);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_o, GDK_CONTROL_MASK, "win.open", NULL);
}

/* The story above the program grows when a lesson moment is shown, and the source view
 * shrinks under it: the line about to run is scrolled back into view. */
static void
source_adjustment_changed_cb (MlWindow *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (self->source_view));
  GtkTextMark *mark = gtk_text_buffer_get_mark (buffer, "memlab-current-line");

  if (self->follow_current_line && mark != NULL)
    gtk_text_view_scroll_to_mark (GTK_TEXT_VIEW (self->source_view), mark, 0.25, FALSE, 0, 0.5);
}

static void
ml_window_init (MlWindow *self)
{
  AdwStyleManager *style_manager = adw_style_manager_get_default ();

  self->view = g_strdup ("memory-map");
  self->series = ml_timeline_series_new (NULL);
  self->moment_trail = g_array_new (FALSE, FALSE, sizeof (MlMomentMark));
  self->breakpoint_hits = g_array_new (FALSE, FALSE, sizeof (guint64));

  gtk_widget_init_template (GTK_WIDGET (self));

  self->lessons = ml_lesson_list_new ();
  gtk_list_box_bind_model (self->lessons_list, self->lessons,
                           ml_window_create_lesson_row, NULL, NULL);

  self->engine = ml_engine_new ();
  g_signal_connect_object (self->engine, "notify::snapshot",
                           G_CALLBACK (on_engine_snapshot_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->engine, "notify::step",
                           G_CALLBACK (on_engine_steps_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->engine, "notify::last-step",
                           G_CALLBACK (on_engine_steps_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->engine, "error",
                           G_CALLBACK (on_engine_error_cb), self, G_CONNECT_SWAPPED);
  self->scrubber_handler = g_signal_connect_object (self->scrubber_adjustment, "value-changed",
                                                    G_CALLBACK (on_scrubber_changed_cb), self,
                                                    G_CONNECT_SWAPPED);
  g_signal_connect_object (self->canvas, "selected",
                           G_CALLBACK (on_canvas_selected_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->program_dropdown, "notify::selected",
                           G_CALLBACK (on_program_selected_cb), self, G_CONNECT_SWAPPED);

  _ml_window_sandbox_init (self);

  /* The line about to run gets the accent colour; compile errors a red squiggle. */
  {
    GtkSourceMarkAttributes *current = gtk_source_mark_attributes_new ();
    GdkRGBA background = { 0.21, 0.52, 0.89, 0.22 };

    gtk_source_mark_attributes_set_background (current, &background);
    gtk_source_mark_attributes_set_icon_name (current, "go-next-symbolic");
    gtk_source_view_set_mark_attributes (self->source_view, "current", current, 10);
    gtk_source_view_set_show_line_marks (self->source_view, TRUE);
    g_object_unref (current);

    /* Breakpoints: a click in the gutter sets or clears one; play and run to end stop there. */
    current = gtk_source_mark_attributes_new ();
    gtk_source_mark_attributes_set_icon_name (current, "media-record-symbolic");
    gtk_source_view_set_mark_attributes (self->source_view, "breakpoint", current, 20);
    g_object_unref (current);
    g_signal_connect_object (self->source_view, "line-mark-activated",
                             G_CALLBACK (on_line_mark_activated_cb), self, G_CONNECT_SWAPPED);

    self->error_tag = gtk_text_buffer_create_tag (gtk_text_view_get_buffer (GTK_TEXT_VIEW (self->source_view)),
                                                  "error",
                                                  "underline", PANGO_UNDERLINE_ERROR,
                                                  NULL);
  }
  g_signal_connect_object (gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (self->source_view)),
                           "changed", G_CALLBACK (source_adjustment_changed_cb), self,
                           G_CONNECT_SWAPPED);
  _ml_window_files_init (self);

  g_signal_connect_object (style_manager, "notify::dark",
                           G_CALLBACK (on_style_changed_cb), self, G_CONNECT_SWAPPED);
  on_style_changed_cb (self, NULL, style_manager);

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
      ml_window_update (self);
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

static void
ml_window_load_lesson_program (MlWindow *self,
                               MlLesson *lesson,
                               guint     index)
{
  g_autoptr(GBytes) source = ml_lesson_load_program (lesson, index, NULL);
  GPtrArray *programs = ml_lesson_get_programs (lesson);

  ml_window_clear_comparison (self);
  if (source != NULL)
    {
      g_autofree char *text = g_strndup (g_bytes_get_data (source, NULL), g_bytes_get_size (source));
      const MlLessonProgram *program = g_ptr_array_index (programs, index);

      if (ml_lesson_get_compare (lesson) && programs->len >= 2)
        {
          self->series_label = g_strdup (program->name);
          ml_window_start_comparison (self, lesson, index == 0 ? 1 : 0);
        }
      _ml_window_set_source (self, text);
      ml_window_load_program (self, program->file, text, ml_lesson_get_gomaxprocs (lesson));
    }
}

static void
on_program_selected_cb (MlWindow    *self,
                        GParamSpec  *pspec,
                        GtkDropDown *dropdown)
{
  MlLesson *lesson;
  guint index = gtk_drop_down_get_selected (dropdown);

  if (self->lesson_id == NULL || (lesson = ml_window_find_lesson (self, self->lesson_id, NULL)) == NULL ||
      index >= ml_lesson_get_programs (lesson)->len)
    return;

  ml_window_stop_playing (self);
  ml_window_load_lesson_program (self, lesson, index);
  ml_window_update (self);
}

/**
 * ml_window_show_lesson:
 *
 * Returns: %TRUE if @lesson_id names a lesson, which is now shown
 */
gboolean
ml_window_show_lesson (MlWindow   *self,
                       const char *lesson_id)
{
  MlLesson *lesson;
  g_autoptr(GBytes) source = NULL;

  g_return_val_if_fail (ML_IS_WINDOW (self), FALSE);

  if (lesson_id == NULL || (lesson = ml_window_find_lesson (self, lesson_id, NULL)) == NULL)
    return FALSE;

  g_clear_pointer (&self->shown_moment, g_free);
  g_array_set_size (self->moment_trail, 0);

  ml_window_stop_playing (self);
  g_clear_object (&self->file);
  g_set_str (&self->lesson_id, lesson_id);
  self->mode = ML_WINDOW_LESSON;

  /* The lesson's (first) program is shown beside it. */
  /* A lesson with several programs offers them; the first one loads. */
  {
    GPtrArray *programs = ml_lesson_get_programs (lesson);
    guint n = g_list_model_get_n_items (G_LIST_MODEL (self->program_list));

    g_signal_handlers_block_by_func (self->program_dropdown, on_program_selected_cb, self);
    gtk_string_list_splice (self->program_list, 0, n, NULL);
    for (guint i = 0; i < programs->len; i++)
      gtk_string_list_append (self->program_list,
                              ((MlLessonProgram *) g_ptr_array_index (programs, i))->name);
    gtk_drop_down_set_selected (self->program_dropdown, 0);
    gtk_widget_set_visible (GTK_WIDGET (self->program_dropdown), programs->len > 1);
    g_signal_handlers_unblock_by_func (self->program_dropdown, on_program_selected_cb, self);
  }
  ml_window_load_lesson_program (self, lesson, 0);

  ml_window_show_lesson_view (self, ml_lesson_get_view (lesson));

  ml_window_select_lesson_row (self);
  ml_window_update (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LESSON_ID]);

  return TRUE;
}

/**
 * ml_window_show_lesson_program:
 * @index: which of the lesson's programs, counting from 0
 *
 * Loads another program of the lesson on show, as choosing it in the program list does.
 *
 * Returns: %TRUE if a lesson is shown and has a program @index
 */
gboolean
ml_window_show_lesson_program (MlWindow *self,
                               guint     index)
{
  g_return_val_if_fail (ML_IS_WINDOW (self), FALSE);

  if (self->mode != ML_WINDOW_LESSON ||
      index >= g_list_model_get_n_items (G_LIST_MODEL (self->program_list)))
    return FALSE;

  /* The list's own handler loads the program; choosing the one on show changes nothing. */
  gtk_drop_down_set_selected (self->program_dropdown, index);

  return TRUE;
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
 * ml_window_start_sandbox:
 *
 * Opens the sandbox, with an empty heap.
 */
void
ml_window_start_sandbox (MlWindow *self)
{
  g_return_if_fail (ML_IS_WINDOW (self));

  on_sandbox_row_activated_cb (self, self->sandbox_row, self->sandbox_list);
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
