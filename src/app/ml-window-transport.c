/* ml-window-transport.c
 *
 * Copyright The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The transport bar under the canvas and what it drives: the buttons that step, play and run
 * the program, the speed, the scrubber over the run's recorded steps with its marks, the
 * status of the collector and the heap, and the breakpoints that play and run to end stop at
 * (set by a click in the source view's gutter, marked on the scrubber where they were hit).
 * The run's timeline is kept here too, as the scrubber's marks are read from it.
 */

#define G_LOG_DOMAIN "memlab-window"

#include "config.h"

#include <glib/gi18n.h>
#include <inttypes.h>

#include "ml-window-private.h"

/* How long a played step stays on screen at speed 1. */
#define PLAY_INTERVAL_MS 700

/* A step this far past the timeline's last sample is a jump (a run, a seek or "last"); one
 * statement can be a few runtime steps. */
#define TIMELINE_JUMP_STEPS 64

static const double speeds[] = { 0.25, 0.5, 1.0, 2.0, 4.0, 8.0 };

/* The status part of the transport bar: the collector's phase and the heap against its
 * goal. */
void
_ml_window_update_status (MlWindow   *self,
                          MlSnapshot *snap)
{
  g_autofree char *live = NULL;
  g_autofree char *goal = NULL;
  g_autofree char *heap = NULL;
  g_autofree char *step = NULL;
  const MlEngineProgramInfo *info = ml_engine_get_program_info (self->engine);
  guint64 now = ml_engine_get_step (self->engine);
  guint64 last = ml_engine_get_last_step (self->engine);

  /* "of M" only once the run has been seen to end, and only while its history still ends
   * there: before that, how many steps the program will take is not known. */
  if (info != NULL && now == last &&
      (info->state == ML_ENGINE_PROGRAM_EXITED || info->state == ML_ENGINE_PROGRAM_PANICKED ||
       info->state == ML_ENGINE_PROGRAM_STOPPED))
    self->end_step = last;
  if (self->end_step > 0 && self->end_step == last)
    /* Translators: the step on show and the run's number of steps, e.g. "step 5 of 18" */
    step = g_strdup_printf (_("step %" PRIu64 " of %" PRIu64), now, last);
  else
    step = g_strdup_printf (_("step %" PRIu64), now);
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

/* --- The run's timeline -------------------------------------------------------------- */

/* A run to the end, a seek or a fast play delivers only some of the steps; the timeline is
 * then read again from the engine's history, where no step is missing. */
static void
ml_window_rebuild_timeline (MlWindow *self)
{
  g_cancellable_cancel (self->timeline_cancellable);
  g_clear_object (&self->timeline_cancellable);
  self->timeline_cancellable = g_cancellable_new ();
  _ml_window_build_timeline (self, self->engine, self->series_label, self->timeline_cancellable);
}

/* The timeline follows the step on show: after stepping back it forgets the steps it no longer
 * shows, and after a jump it is read again from the engine's history. */
void
_ml_window_timeline_add (MlWindow   *self,
                         MlSnapshot *snap)
{
  gboolean jumped = ml_timeline_series_get_n_samples (self->series) > 0 &&
                    snap->step > ml_timeline_series_get_last (self->series)->step + TIMELINE_JUMP_STEPS;

  ml_timeline_series_truncate (self->series, snap->step);
  ml_timeline_series_append (self->series, snap);
  if (jumped)
    ml_window_rebuild_timeline (self);
}

/* --- The scrubber -------------------------------------------------------------------- */

/* The scrubber's marks: where each collection cycle starts (below) and the steps where the
 * program stood at a breakpoint (above). */
void
_ml_window_update_scrubber_marks (MlWindow *self)
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
  _ml_window_update_scrubber_marks (self);

  _ml_window_update_status (self, ml_engine_get_snapshot (engine));
  _ml_window_update_actions (self);
}

static void
on_scrubber_changed_cb (MlWindow      *self,
                        GtkAdjustment *adjustment)
{
  guint64 step = (guint64)(gtk_adjustment_get_value (adjustment) + 0.5);

  if (step != ml_engine_get_step (self->engine))
    ml_engine_seek (self->engine, step);
}

/* --- Breakpoints --------------------------------------------------------------------- */

/* The program's lines (from 1) that have a breakpoint. */
static GArray *
ml_window_get_breakpoints (MlWindow *self)
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

/* A step at a breakpoint is marked on the scrubber; playing stops there, once it has left the
 * line it started from. */
void
_ml_window_check_breakpoints (MlWindow                  *self,
                              const MlEngineProgramInfo *info)
{
  if (info->state == ML_ENGINE_PROGRAM_READY && info->line > 0)
    {
      g_autoptr(GArray) breakpoints = ml_window_get_breakpoints (self);
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
                _ml_window_update_scrubber_marks (self);
              }
            if (self->play_source != 0 && info->line != self->play_from_line)
              _ml_window_stop_playing (self);
            break;
          }
      if (info->line != self->play_from_line)
        self->play_from_line = 0;
    }
}

/* --- Playing and stepping ------------------------------------------------------------ */

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
      _ml_window_stop_playing (self);
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
      _ml_window_stop_playing (self);
      return;
    }

  self->play_from_line = ml_engine_get_program_info (self->engine)->line;
  self->play_source = g_timeout_add ((guint)(PLAY_INTERVAL_MS / ml_window_get_speed (self)),
                                     play_tick_cb, self);
  gtk_button_set_icon_name (self->play_button, "media-playback-pause-symbolic");
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->play_button), _("Pause (Ctrl+Space)"));
}

/* The transport's other buttons: each stops play, then moves the model, to the next step, the
 * one before, the first, or on to the end or the next breakpoint. */
static void
ml_window_actions_move_cb (GtkWidget  *widget,
                           const char *action_name,
                           GVariant   *parameter)
{
  MlWindow *self = ML_WINDOW (widget);

  _ml_window_stop_playing (self);
  if (g_str_equal (action_name, "win.step"))
    ml_engine_step_forward (self->engine);
  else if (g_str_equal (action_name, "win.step-back"))
    ml_engine_step_back (self->engine);
  else if (g_str_equal (action_name, "win.first"))
    ml_engine_seek (self->engine, 0);
  else
    {
      g_autoptr(GArray) breakpoints = ml_window_get_breakpoints (self);

      if (breakpoints->len > 0)
        ml_engine_run_to_breakpoint (self->engine, (const guint *) (gpointer) breakpoints->data, breakpoints->len);
      else
        ml_engine_run_to_end (self->engine);
    }
}

/* The speed chosen last time, once the window has its settings. */
void
_ml_window_transport_constructed (MlWindow *self)
{
  double speed = g_settings_get_double (self->settings, "speed");

  for (guint i = 0; i < G_N_ELEMENTS (speeds); i++)
    if (speeds[i] <= speed + 1e-6)
      gtk_drop_down_set_selected (self->speed_dropdown, i);
  ml_canvas_set_speed (self->canvas, ml_window_get_speed (self));
  g_signal_connect_object (self->speed_dropdown, "notify::selected",
                           G_CALLBACK (on_speed_changed_cb), self, G_CONNECT_SWAPPED);
}

void
_ml_window_transport_init (MlWindow *self)
{
  GtkSourceMarkAttributes *breakpoint = gtk_source_mark_attributes_new ();

  g_signal_connect_object (self->engine, "notify::step",
                           G_CALLBACK (on_engine_steps_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->engine, "notify::last-step",
                           G_CALLBACK (on_engine_steps_cb), self, G_CONNECT_SWAPPED);
  self->scrubber_handler = g_signal_connect_object (self->scrubber_adjustment, "value-changed",
                                                    G_CALLBACK (on_scrubber_changed_cb), self,
                                                    G_CONNECT_SWAPPED);

  /* Breakpoints: a click in the gutter sets or clears one; play and run to end stop there. */
  gtk_source_mark_attributes_set_icon_name (breakpoint, "media-record-symbolic");
  gtk_source_view_set_mark_attributes (self->source_view, "breakpoint", breakpoint, 20);
  g_object_unref (breakpoint);
  g_signal_connect_object (self->source_view, "line-mark-activated",
                           G_CALLBACK (on_line_mark_activated_cb), self, G_CONNECT_SWAPPED);
}

void
_ml_window_class_init_transport (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.first", NULL, ml_window_actions_move_cb);
  gtk_widget_class_install_action (widget_class, "win.step-back", NULL, ml_window_actions_move_cb);
  gtk_widget_class_install_action (widget_class, "win.play", NULL, ml_window_actions_play_cb);
  gtk_widget_class_install_action (widget_class, "win.step", NULL, ml_window_actions_move_cb);
  gtk_widget_class_install_action (widget_class, "win.run-to-end", NULL, ml_window_actions_move_cb);
}
