/* ml-window-presentation.c
 *
 * Copyright The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Presentation mode, for a teacher projecting MemLab in class: the lesson list and the side
 * pane give their room to the canvas, the lesson's text becomes a caption in large type under
 * it, and the transport bar stays with the collector's phase and the heap.  Toggled with F5 or
 * the header bar's button and remembered with the window's other state; the sidebar's and
 * the side pane's own settings are left as the user chose them.
 */

#define G_LOG_DOMAIN "memlab-window"

#include "config.h"

#include <glib/gi18n.h>

#include "ml-scene-legibility.h"
#include "ml-window-private.h"

/* The caption says what the side pane would: the moment's title and text in a lesson, or
 * what the last step did elsewhere. */
void
_ml_window_update_caption (MlWindow *self)
{
  const char *title = gtk_widget_get_visible (GTK_WIDGET (self->story_title))
                      ? gtk_label_get_label (self->story_title) : "";
  const char *text = gtk_widget_get_visible (GTK_WIDGET (self->story_text))
                     ? gtk_label_get_label (self->story_text) : "";

  if (self->caption_title == NULL)
    return;
  if (text == NULL || *text == '\0')
    text = gtk_label_get_label (self->narration_label);
  gtk_label_set_label (self->caption_title, title != NULL ? title : "");
  gtk_widget_set_visible (GTK_WIDGET (self->caption_title), title != NULL && *title != '\0');
  if (g_strcmp0 (gtk_label_get_label (self->caption_text), text != NULL ? text : "") != 0)
    {
      GtkWidget *scroller = gtk_widget_get_ancestor (GTK_WIDGET (self->caption_text), GTK_TYPE_SCROLLED_WINDOW);

      gtk_label_set_label (self->caption_text, text != NULL ? text : "");
      /* A new moment's text is read from its first line. */
      if (scroller != NULL)
        gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scroller)), 0);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->caption_text), text != NULL && *text != '\0');
}

void
_ml_window_set_presenting (MlWindow *self,
                           gboolean  presenting)
{
  presenting = !!presenting;
  if (self->presenting == presenting)
    return;

  self->presenting = presenting;
  if (presenting)
    adw_overlay_split_view_set_show_sidebar (self->split_view, FALSE);
  else if (!adw_overlay_split_view_get_collapsed (self->split_view))
    adw_overlay_split_view_set_show_sidebar (self->split_view,
                                             g_settings_get_boolean (self->settings, "show-sidebar"));
  gtk_widget_set_visible (self->side_panel, !presenting);
  gtk_revealer_set_reveal_child (self->caption_revealer, presenting);
  /* Projected, the picture is read from the back row: its text never shrinks below that. */
  ml_canvas_set_text_floor (self->canvas, presenting ? ML_LEGIBLE_TEXT_PX : 0);
  if (presenting)
    gtk_widget_add_css_class (GTK_WIDGET (self), "presenting");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self), "presenting");
  _ml_window_update_caption (self);
  _ml_window_notify (self, PROP_PRESENTING);
}

void
_ml_window_presentation_init (MlWindow *self)
{
  g_settings_bind (self->settings, "presentation-mode", self, "presenting", G_SETTINGS_BIND_DEFAULT);
}

void
_ml_window_class_init_presentation (GtkWidgetClass *widget_class)
{
  gtk_widget_class_bind_template_child (widget_class, MlWindow, caption_revealer);
  gtk_widget_class_bind_template_child (widget_class, MlWindow, caption_title);
  gtk_widget_class_bind_template_child (widget_class, MlWindow, caption_text);
  gtk_widget_class_bind_template_child (widget_class, MlWindow, side_panel);
  gtk_widget_class_install_property_action (widget_class, "win.presentation", "presenting");
}
