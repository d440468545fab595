/* ml-window-lesson.c
 *
 * Copyright The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The lessons in the window: the sidebar's list of them, the lesson on show and its program
 * list, the story told beside the program (the introduction, then each moment the lesson
 * pauses at, and back again when the user steps back), and the run of the other program that
 * a lesson comparing two draws beside the first on the timeline.
 */

#define G_LOG_DOMAIN "memlab-window"

#include "config.h"

#include <glib/gi18n.h>

#include "ml-window-private.h"

/* --- The story ----------------------------------------------------------------------- */

/* The lesson's introduction as one text: paragraphs, and list items as bullets. */
char *
_ml_window_lesson_intro_text (MlLesson *lesson)
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
      g_autofree char *intro = _ml_window_lesson_intro_text (lesson);

      g_clear_pointer (&self->shown_moment, g_free);
      _ml_window_set_story (self, ml_lesson_get_title (lesson), intro);
      return;
    }

  moment = g_ptr_array_index (ml_lesson_get_moments (lesson), index);
  g_set_str (&self->shown_moment, moment->when);
  text = g_strjoinv ("\n\n", (char **) moment->paragraphs->pdata);
  _ml_window_set_story (self, moment->title, text);
  ml_window_show_lesson_view (self, moment->view);
}

/* A lesson pauses at its moments, in their order, and tells what to look at there.  Stepping
 * back before a moment takes the story back to the one before it. */
static void
ml_window_follow_moments (MlWindow                  *self,
                          MlSnapshot                *snap,
                          const MlEngineProgramInfo *info)
{
  guint64 step = ml_engine_get_step (self->engine);
  /* Loaded, before its first statement: the program has no current line yet. */
  gboolean at_start = info->line == 0;
  MlLesson *lesson;
  gint last, next;

  if (self->mode != ML_WINDOW_LESSON || self->lesson_id == NULL ||
      (lesson = _ml_window_find_lesson (self, self->lesson_id, NULL)) == NULL)
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
  _ml_window_stop_playing (self);
}

/* The part of the picture the moment told at this step talks about, shown when the whole does
 * not fit legibly; a step on, what the step brought is shown again. */
static void
ml_window_focus_moment (MlWindow *self)
{
  guint64 step = ml_engine_get_step (self->engine);
  const char *focus = NULL;
  MlLesson *lesson;

  if (self->mode == ML_WINDOW_LESSON && self->lesson_id != NULL && self->moment_trail->len > 0 &&
      (lesson = _ml_window_find_lesson (self, self->lesson_id, NULL)) != NULL)
    {
      const MlMomentMark *mark = &g_array_index (self->moment_trail, MlMomentMark, self->moment_trail->len - 1);

      if (mark->step == step)
        focus = ((const MlLessonMoment *) g_ptr_array_index (ml_lesson_get_moments (lesson), mark->index))->focus;
    }
  ml_canvas_set_focus_name (self->canvas, focus);
}

void
_ml_window_check_moments (MlWindow                  *self,
                          MlSnapshot                *snap,
                          const MlEngineProgramInfo *info)
{
  ml_window_follow_moments (self, snap, info);
  ml_window_focus_moment (self);
}

/* --- The sidebar's lessons ----------------------------------------------------------- */

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
  _ml_window_close_folded_sidebar (self);
}

static void
ml_window_actions_step_lesson (MlWindow *self,
                               int       delta)
{
  guint n = g_list_model_get_n_items (self->lessons);
  guint position = 0;
  int target;
  g_autoptr(MlLesson) lesson = NULL;

  if (self->lesson_id == NULL || _ml_window_find_lesson (self, self->lesson_id, &position) == NULL)
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

/* --- The lesson's programs ----------------------------------------------------------- */

/* The Go source of the lesson's program @index, or %NULL when it cannot be read. */
static char *
lesson_program_text (MlLesson *lesson,
                     guint     index)
{
  g_autoptr(GBytes) source = ml_lesson_load_program (lesson, index, NULL);

  if (source == NULL)
    return NULL;

  return g_strndup (g_bytes_get_data (source, NULL), g_bytes_get_size (source));
}

/* Runs the lesson's other program to its end, in the background, for the timeline's
 * side-by-side comparison (lesson 7's two slice loops). */
static void
ml_window_start_comparison (MlWindow *self,
                            MlLesson *lesson,
                            guint     other)
{
  g_autofree char *text = lesson_program_text (lesson, other);
  const MlLessonProgram *program = g_ptr_array_index (ml_lesson_get_programs (lesson), other);
  MlEngineConfig config;

  if (text == NULL)
    return;
  _ml_window_engine_config (self, ml_lesson_get_gomaxprocs (lesson), &config);
  self->compare_engine = ml_engine_new ();
  self->compare_cancellable = g_cancellable_new ();
  /* The engine answers its commands in order: the timeline is read once the run is over. */
  ml_engine_load_program (self->compare_engine, program->file, text, &config);
  ml_engine_run_to_end (self->compare_engine);
  _ml_window_build_timeline (self, self->compare_engine, program->name, self->compare_cancellable);
}

static void
ml_window_load_lesson_program (MlWindow *self,
                               MlLesson *lesson,
                               guint     index)
{
  g_autofree char *text = lesson_program_text (lesson, index);
  GPtrArray *programs = ml_lesson_get_programs (lesson);

  _ml_window_clear_comparison (self);
  if (text != NULL)
    {
      const MlLessonProgram *program = g_ptr_array_index (programs, index);

      if (ml_lesson_get_compare (lesson) && programs->len >= 2)
        {
          self->series_label = g_strdup (program->name);
          ml_window_start_comparison (self, lesson, index == 0 ? 1 : 0);
        }
      _ml_window_set_source (self, text);
      _ml_window_load_program (self, program->file, text, ml_lesson_get_gomaxprocs (lesson));
    }
}

static void
on_program_selected_cb (MlWindow    *self,
                        GParamSpec  *pspec,
                        GtkDropDown *dropdown)
{
  MlLesson *lesson;
  guint index = gtk_drop_down_get_selected (dropdown);

  if (self->lesson_id == NULL || (lesson = _ml_window_find_lesson (self, self->lesson_id, NULL)) == NULL ||
      index >= ml_lesson_get_programs (lesson)->len)
    return;

  _ml_window_stop_playing (self);
  ml_window_load_lesson_program (self, lesson, index);
  _ml_window_update (self);
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

  g_return_val_if_fail (ML_IS_WINDOW (self), FALSE);

  if (lesson_id == NULL || (lesson = _ml_window_find_lesson (self, lesson_id, NULL)) == NULL)
    return FALSE;

  g_clear_pointer (&self->shown_moment, g_free);
  g_array_set_size (self->moment_trail, 0);
  ml_canvas_set_focus_name (self->canvas, NULL);

  _ml_window_stop_playing (self);
  g_clear_object (&self->file);
  g_set_str (&self->lesson_id, lesson_id);
  self->mode = ML_WINDOW_LESSON;

  /* A lesson with several programs offers them; the first one loads, beside the lesson. */
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
  _ml_window_mode_changed (self);

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

void
_ml_window_lesson_init (MlWindow *self)
{
  gtk_list_box_bind_model (self->lessons_list, self->lessons,
                           ml_window_create_lesson_row, NULL, NULL);
  g_signal_connect_object (self->program_dropdown, "notify::selected",
                           G_CALLBACK (on_program_selected_cb), self, G_CONNECT_SWAPPED);
}

void
_ml_window_class_init_lesson (GtkWidgetClass *widget_class)
{
  gtk_widget_class_bind_template_callback (widget_class, on_lessons_row_activated_cb);
  gtk_widget_class_install_action (widget_class, "win.next-lesson", NULL,
                                   ml_window_actions_next_lesson_cb);
  gtk_widget_class_install_action (widget_class, "win.previous-lesson", NULL,
                                   ml_window_actions_previous_lesson_cb);
}
