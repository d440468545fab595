/* ml-window-fault.c
 *
 * Copyright The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * MlWindow's page for MemLab's own failures: when a model check fails in a run, the engine
 * drops the run and says so (MlEngine::faulted), and the window shows the report on a status
 * page in place of the picture, with a button that copies it and one back to the editor.  The
 * editor's text, its draft and the other windows are not touched.  Apart from the rest of the
 * window because it only listens to the engine's one signal and owns its own two actions.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "ml-window-private.h"

static void
on_engine_faulted_cb (MlWindow *self,
                      MlEngine *engine)
{
  const MlEngineProgramInfo *info = ml_engine_get_program_info (engine);
  GtkTextBuffer *output = gtk_text_view_get_buffer (self->output_view);

  _ml_window_stop_playing (self);
  gtk_label_set_label (self->fault_report_label, info->message != NULL ? info->message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->fault_back_button), self->mode != ML_WINDOW_SANDBOX);
  gtk_stack_set_visible_child_name (self->content_stack, "fault");
  /* What the program printed before MemLab failed is still the program's. */
  gtk_text_buffer_set_text (output, info->output != NULL ? info->output : "", -1);
  _ml_window_set_story (self, _("MemLab internal error"),
                        info->failure != NULL ? info->failure : "");
  _ml_window_update_actions (self);
}

static void
ml_window_actions_copy_fault_report_cb (GtkWidget  *widget,
                                        const char *action_name,
                                        GVariant   *parameter)
{
  MlWindow *self = ML_WINDOW (widget);
  const MlEngineProgramInfo *info = ml_engine_get_program_info (self->engine);

  if (info->state != ML_ENGINE_PROGRAM_FAULTED || info->message == NULL)
    return;
  gdk_clipboard_set_text (gtk_widget_get_clipboard (widget), info->message);
  _ml_window_toast (self, _("Report copied"));
}

/* Back to the program's text, to change it and run it again. */
static void
ml_window_actions_fault_back_cb (GtkWidget  *widget,
                                 const char *action_name,
                                 GVariant   *parameter)
{
  MlWindow *self = ML_WINDOW (widget);

  if (self->mode == ML_WINDOW_SANDBOX)
    return;
  ml_window_set_editing (self, TRUE);
  adw_view_stack_set_visible_child_name (self->side_stack, "program");
  gtk_widget_grab_focus (GTK_WIDGET (self->source_view));
}

void
_ml_window_class_init_fault (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.copy-fault-report", NULL,
                                   ml_window_actions_copy_fault_report_cb);
  gtk_widget_class_install_action (widget_class, "win.fault-back", NULL,
                                   ml_window_actions_fault_back_cb);
}

void
_ml_window_fault_init (MlWindow *self)
{
  g_signal_connect_object (self->engine, "faulted",
                           G_CALLBACK (on_engine_faulted_cb), self, G_CONNECT_SWAPPED);
}
