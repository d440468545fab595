/* ml-window-panel.c
 *
 * Copyright The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The side panel beside the canvas, under the story that every part tells there: the
 * narration of each step, and the program's tabs, its source with the line about to run and
 * the compile errors underlined, its output, and the edit mode in which the source can be
 * changed (leaving it runs what was written).  The Inspector tab is MlInspector's own.
 */

#define G_LOG_DOMAIN "memlab-window"

#include "config.h"

#include <glib/gi18n.h>

#include "ml-narrator.h"
#include "ml-window-private.h"

/* The narration under the story: what the step did, its last few events a line each. */
void
_ml_window_update_narration (MlWindow   *self,
                             MlSnapshot *snap)
{
  g_autoptr(MlNarrator) narrator = NULL;
  g_autoptr(GPtrArray) lines = NULL;
  g_autoptr(GString) text = g_string_new (NULL);
  guint first;

  if (snap == NULL || snap->n_events == 0)
    {
      gtk_label_set_label (self->narration_label, "");
      _ml_window_update_caption (self);
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
  _ml_window_update_caption (self);
}

/* The program's side of a step: output, the current line, errors, and how it ended.  The
 * lesson's moments and the breakpoints look at the same step after this. */
void
_ml_window_show_program (MlWindow   *self,
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

  /* The line that just ran, told apart from the one about to run: after a step forward, the
   * line the program was on (a step that stays on its line, a unit of the collector's work,
   * keeps it).  A jump (a seek, a run, a step back) leaves no line that just ran. */
  if (snap->step == self->shown_step + 1 && self->shown_line > 0 && self->shown_line != info->line)
    self->ran_line = self->shown_line;
  else if (snap->step != self->shown_step && snap->step != self->shown_step + 1)
    self->ran_line = 0;
  self->shown_step = snap->step;
  self->shown_line = info->state == ML_ENGINE_PROGRAM_READY ? info->line : 0;

  /* The line about to run, marked and in view. */
  gtk_text_buffer_get_bounds (source, &start, &end);
  gtk_source_buffer_remove_source_marks (GTK_SOURCE_BUFFER (source), &start, &end, "current");
  gtk_source_buffer_remove_source_marks (GTK_SOURCE_BUFFER (source), &start, &end, "ran");
  if (self->ran_line > 0 && (info->state != ML_ENGINE_PROGRAM_READY || self->ran_line != info->line) &&
      info->state != ML_ENGINE_PROGRAM_COMPILE_ERROR)
    {
      GtkTextIter ran;

      gtk_text_buffer_get_iter_at_line (source, &ran, (int)self->ran_line - 1);
      gtk_source_buffer_create_source_mark (GTK_SOURCE_BUFFER (source), NULL, "ran", &ran);
    }
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

  if (info->state != ML_ENGINE_PROGRAM_COMPILE_ERROR)
    ml_canvas_set_compile_errors (self->canvas, NULL, NULL, NULL, 0);
  /* Compile errors underlined where Go reports them, drawn on the canvas next to their lines,
   * and told in the story. */
  if (info->state == ML_ENGINE_PROGRAM_COMPILE_ERROR && info->diagnostics != NULL)
    {
      g_autoptr(GString) story = g_string_new (NULL);
      g_autofree guint *lines = g_new0 (guint, info->diagnostics->len + 1);
      g_autofree const char **messages = g_new0 (const char *, info->diagnostics->len + 1);
      g_autofree char *program = NULL;
      GtkTextIter first, last;

      gtk_text_buffer_get_bounds (source, &first, &last);
      program = gtk_text_buffer_get_text (source, &first, &last, FALSE);
      for (guint i = 0; i < info->diagnostics->len; i++)
        {
          const MlEngineDiagnostic *d = g_ptr_array_index (info->diagnostics, i);

          lines[i] = d->line;
          messages[i] = d->message;
        }
      ml_canvas_set_compile_errors (self->canvas, program, lines, messages, info->diagnostics->len);

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

      _ml_window_set_story (self, _("The program does not compile"), story->str);
    }
  else if (info->state == ML_ENGINE_PROGRAM_PANICKED)
    _ml_window_set_story (self, _("The program panicked"), info->message);
  else if (info->state == ML_ENGINE_PROGRAM_STOPPED)
    {
      /* Every budget but the depth of calls is a preference; the run so far stays to see. */
      g_autofree char *story = NULL;

      if (info->limit != ML_VM_LIMIT_DEPTH)
        story = g_strdup_printf ("%s\n%s", info->message != NULL ? info->message : "",
                                 _("The limit can be raised in Preferences, under Limits."));
      _ml_window_set_story (self, _("The program was stopped"), story != NULL ? story : info->message);
    }
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

/* The collector's trace in the output, for the sandbox: one line per finished cycle, in Go's
 * gctrace format. */
void
_ml_window_show_gctrace (MlWindow   *self,
                         MlSnapshot *snap)
{
  if (snap->n_gctrace < self->shown_gctrace)
    self->shown_gctrace = 0;
  for (guint i = self->shown_gctrace; i < snap->n_gctrace; i++)
    {
      g_autofree char *line = g_strdup_printf ("%s\n", snap->gctrace[i]);

      ml_window_append_output (self, line);
    }
  self->shown_gctrace = snap->n_gctrace;
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

      _ml_window_stop_playing (self);
      g_clear_pointer (&self->edit_original, g_free);
      gtk_text_buffer_get_bounds (buffer, &start, &end);
      self->edit_original = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
      gtk_source_buffer_remove_source_marks (GTK_SOURCE_BUFFER (buffer), &start, &end, "current");
      gtk_source_buffer_remove_source_marks (GTK_SOURCE_BUFFER (buffer), &start, &end, "ran");
      self->ran_line = 0;
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
          _ml_window_load_program (self, name, text, 0);
        }
      g_clear_pointer (&self->edit_original, g_free);
      /* What was written stays as a draft until it is saved; no change leaves no draft. */
      _ml_window_write_draft (self);
    }
  _ml_window_update_actions (self);
  _ml_window_notify (self, PROP_EDITING);
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

void
_ml_window_panel_init (MlWindow *self)
{
  AdwStyleManager *style_manager = adw_style_manager_get_default ();
  GtkSourceLanguageManager *languages = gtk_source_language_manager_get_default ();
  GtkSourceLanguage *go = gtk_source_language_manager_get_language (languages, "go");
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (self->source_view));
  GtkSourceMarkAttributes *current = gtk_source_mark_attributes_new ();
  GtkSourceMarkAttributes *ran = gtk_source_mark_attributes_new ();
  GdkRGBA background = { 0.21, 0.52, 0.89, 0.22 };
  GdkRGBA ran_background = { 0.5, 0.5, 0.5, 0.14 };

  /* The line about to run gets the accent colour and an arrow; the line that just ran a
   * grey one and a tick; compile errors a red squiggle. */
  gtk_source_mark_attributes_set_background (current, &background);
  gtk_source_mark_attributes_set_icon_name (current, "go-next-symbolic");
  gtk_source_view_set_mark_attributes (self->source_view, "current", current, 10);
  gtk_source_mark_attributes_set_background (ran, &ran_background);
  gtk_source_mark_attributes_set_icon_name (ran, "object-select-symbolic");
  gtk_source_view_set_mark_attributes (self->source_view, "ran", ran, 5);
  gtk_source_view_set_show_line_marks (self->source_view, TRUE);
  g_object_unref (current);
  g_object_unref (ran);
  self->error_tag = gtk_text_buffer_create_tag (buffer, "error",
                                                "underline", PANGO_UNDERLINE_ERROR,
                                                NULL);
  g_signal_connect_object (gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (self->source_view)),
                           "changed", G_CALLBACK (source_adjustment_changed_cb), self,
                           G_CONNECT_SWAPPED);

  if (go != NULL)
    gtk_source_buffer_set_language (GTK_SOURCE_BUFFER (buffer), go);
  g_signal_connect_object (style_manager, "notify::dark",
                           G_CALLBACK (on_style_changed_cb), self, G_CONNECT_SWAPPED);
  on_style_changed_cb (self, NULL, style_manager);
}
