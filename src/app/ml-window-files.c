/* ml-window-files.c
 *
 * Copyright The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Files: opening a Go program (from the Open dialog, the recent programs in the sidebar, or
 * dropped on the window), saving the program shown (the sandbox session as Go, or a copy of
 * a lesson's program), the unsaved-changes question on close, and exporting pictures of the
 * view.  A file that cannot be read or written leaves the window as it was and says why.
 */

#define G_LOG_DOMAIN "memlab-window"

#include "config.h"

#include <glib/gi18n.h>

#include "ml-export-dialog.h"
#include "ml-front-end.h"
#include "ml-window-private.h"

#define MAX_RECENT 5

/* --- Recent programs ----------------------------------------------------------------- */

/* The most recently used first. */
static int
compare_recent (gconstpointer a,
                gconstpointer b)
{
  GDateTime *ma = gtk_recent_info_get_modified ((GtkRecentInfo *) a);
  GDateTime *mb = gtk_recent_info_get_modified ((GtkRecentInfo *) b);

  return g_date_time_compare (mb, ma);
}

static void
ml_window_update_recent (MlWindow *self)
{
  GList *items = gtk_recent_manager_get_items (self->recent);
  guint n = 0;
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->recent_list))) != NULL)
    gtk_list_box_remove (self->recent_list, child);

  items = g_list_sort (items, compare_recent);
  for (GList *l = items; l != NULL && n < MAX_RECENT; l = l->next)
    {
      GtkRecentInfo *info = l->data;
      const char *uri = gtk_recent_info_get_uri (info);
      GtkWidget *row;
      GtkWidget *label;

      if (!g_str_has_suffix (uri, ".go") || !gtk_recent_info_exists (info))
        continue;

      label = gtk_label_new (gtk_recent_info_get_display_name (info));
      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_MIDDLE);
      gtk_widget_set_margin_top (label, 6);
      gtk_widget_set_margin_bottom (label, 6);
      row = gtk_list_box_row_new ();
      gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), label);
      gtk_widget_set_tooltip_text (row, uri);
      g_object_set_data_full (G_OBJECT (row), "uri", g_strdup (uri), g_free);
      gtk_list_box_append (self->recent_list, row);
      n++;
    }

  g_list_free_full (items, (GDestroyNotify) gtk_recent_info_unref);

  gtk_widget_set_visible (GTK_WIDGET (self->recent_label), n > 0);
  gtk_widget_set_visible (GTK_WIDGET (self->recent_list), n > 0);
}

static void
ml_window_add_recent (MlWindow *self,
                      GFile    *file)
{
  g_autofree char *uri = g_file_get_uri (file);

  gtk_recent_manager_add_item (self->recent, uri);
}

static void
on_recent_row_activated_cb (MlWindow      *self,
                            GtkListBoxRow *row,
                            GtkListBox    *list)
{
  const char *uri = g_object_get_data (G_OBJECT (row), "uri");
  g_autoptr(GFile) file = g_file_new_for_uri (uri);

  ml_window_open_file (self, file);
}

/* --- Opening ------------------------------------------------------------------------- */

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

  _ml_window_stop_playing (self);
  gtk_widget_set_visible (GTK_WIDGET (self->program_dropdown), FALSE);
  _ml_window_set_source (self, contents);
  g_set_object (&self->file, file);
  ml_window_add_recent (self, file);
  g_clear_pointer (&self->lesson_id, g_free);
  _ml_window_clear_comparison (self);
  self->mode = ML_WINDOW_FILE;
  {
    g_autofree char *name = g_file_get_basename (file);

    _ml_window_load_program (self, name, contents, 0);
  }
  _ml_window_mode_changed (self);
}

/* The file is looked at before it is read: only a regular file of a program's size is read,
 * so that a device, a FIFO or a huge file chosen by mistake neither fills the memory nor
 * leaves a read waiting forever. */
static void
on_file_info_cb (GObject      *object,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  g_autoptr(MlWindow) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GFileInfo) info = NULL;
  g_autofree char *name = NULL;
  g_autofree char *message = NULL;
  GFile *file = G_FILE (object);

  info = g_file_query_info_finish (file, result, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  name = g_file_get_parse_name (file);
  if (info == NULL)
    message = g_strdup_printf (_("Could not open “%s”: %s"), name, error->message);
  else if (g_file_info_get_file_type (info) != G_FILE_TYPE_REGULAR)
    message = g_strdup_printf (_("Could not open “%s”: it is not a regular file"), name);
  else if (g_file_info_get_size (info) > ML_SOURCE_MAX_BYTES)
    {
      g_autofree char *max = g_format_size_full (ML_SOURCE_MAX_BYTES, G_FORMAT_SIZE_IEC_UNITS);

      message = g_strdup_printf (_("Could not open “%s”: MemLab opens programs of up to %s"), name, max);
    }

  if (message != NULL)
    {
      _ml_window_toast (self, message);
      return;
    }

  g_file_load_contents_async (file, self->load_cancellable, on_file_loaded_cb,
                              g_object_ref (self));
}

/**
 * ml_window_open_file:
 *
 * Loads a Go program into the window.  A file that cannot be read (or is not a program's
 * regular file of at most %ML_SOURCE_MAX_BYTES) leaves the window as it was and says why in
 * a toast.
 */
void
ml_window_open_file (MlWindow *self,
                     GFile    *file)
{
  g_return_if_fail (ML_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));

  g_cancellable_cancel (self->load_cancellable);
  g_set_object (&self->load_cancellable, g_cancellable_new ());
  g_file_query_info_async (file, G_FILE_ATTRIBUTE_STANDARD_TYPE "," G_FILE_ATTRIBUTE_STANDARD_SIZE,
                           G_FILE_QUERY_INFO_NONE, G_PRIORITY_DEFAULT, self->load_cancellable,
                           on_file_info_cb, g_object_ref (self));
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

/* --- Drag and drop ------------------------------------------------------------------- */

static gboolean
on_drop_cb (MlWindow      *self,
            const GValue  *value,
            double         x,
            double         y,
            GtkDropTarget *target)
{
  GFile *file = NULL;

  if (G_VALUE_HOLDS (value, GDK_TYPE_FILE_LIST))
    {
      GSList *files = g_value_get_boxed (value);

      if (files != NULL)
        file = files->data;
    }
  else if (G_VALUE_HOLDS (value, G_TYPE_FILE))
    file = g_value_get_object (value);

  if (file == NULL)
    return FALSE;

  ml_window_open_file (self, file);

  return TRUE;
}

/* --- Saving -------------------------------------------------------------------------- */

/* Whether the program shown has changes that are not saved. */
static gboolean
ml_window_is_dirty (MlWindow *self)
{
  return (self->mode == ML_WINDOW_SANDBOX && self->script != NULL &&
          ml_sandbox_script_get_n_statements (self->script) != self->saved_statements) ||
         (self->mode == ML_WINDOW_FILE && self->text_dirty);
}

static char *
ml_window_get_program_text (MlWindow *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (self->source_view));
  GtkTextIter start, end;

  if (self->mode == ML_WINDOW_SANDBOX && self->script != NULL)
    return ml_sandbox_script_to_go (self->script);

  gtk_text_buffer_get_bounds (buffer, &start, &end);

  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

typedef struct
{
  MlWindow *window;
  GFile    *file;
  char     *text;
  guint     statements;
  gboolean  close_after;
} SaveState;

static void
save_state_free (SaveState *state)
{
  g_clear_object (&state->window);
  g_clear_object (&state->file);
  g_free (state->text);
  g_free (state);
}

static void
on_saved_cb (GObject      *object,
             GAsyncResult *result,
             gpointer      user_data)
{
  SaveState *state = user_data;
  MlWindow *self = state->window;
  g_autoptr(GError) error = NULL;
  g_autofree char *name = g_file_get_basename (state->file);
  g_autofree char *message = NULL;

  if (!g_file_replace_contents_finish (G_FILE (object), result, NULL, &error))
    {
      message = g_strdup_printf (_("Could not save “%s”: %s"), name, error->message);
      _ml_window_toast (self, message);
      save_state_free (state);
      return;
    }

  if (self->mode == ML_WINDOW_SANDBOX)
    self->saved_statements = state->statements;
  self->text_dirty = FALSE;
  if (!self->editing)
    _ml_window_discard_draft (self);

  ml_window_add_recent (self, state->file);

  message = g_strdup_printf (_("Saved “%s”"), name);
  _ml_window_toast (self, message);

  if (state->close_after)
    {
      self->close_confirmed = TRUE;
      gtk_window_close (GTK_WINDOW (self));
    }

  save_state_free (state);
}

static void
ml_window_save_to (MlWindow *self,
                   GFile    *file,
                   gboolean  close_after)
{
  SaveState *state = g_new0 (SaveState, 1);

  state->window = g_object_ref (self);
  state->file = g_object_ref (file);
  state->text = ml_window_get_program_text (self);
  state->statements = self->script != NULL ? ml_sandbox_script_get_n_statements (self->script) : 0;
  state->close_after = close_after;

  /* Written to a temporary file and renamed into place: a failure leaves no half file. */
  g_file_replace_contents_async (file, state->text, strlen (state->text), NULL, FALSE,
                                 G_FILE_CREATE_REPLACE_DESTINATION, NULL, on_saved_cb, state);
}

typedef struct
{
  MlWindow *window;
  gboolean  close_after;
} SaveDialogState;

static void
on_save_dialog_done_cb (GObject      *object,
                        GAsyncResult *result,
                        gpointer      user_data)
{
  SaveDialogState *state = user_data;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;

  file = gtk_file_dialog_save_finish (GTK_FILE_DIALOG (object), result, &error);
  if (file != NULL)
    ml_window_save_to (state->window, file, state->close_after);

  g_object_unref (state->window);
  g_free (state);
}

static void
ml_window_save_as (MlWindow *self,
                   gboolean  close_after)
{
  g_autoptr(GtkFileDialog) dialog = gtk_file_dialog_new ();
  SaveDialogState *state = g_new0 (SaveDialogState, 1);
  g_autofree char *name = NULL;

  if (self->mode == ML_WINDOW_SANDBOX)
    name = g_strdup ("sandbox.go");
  else if (self->file != NULL)
    name = g_file_get_basename (self->file);
  else if (self->lesson_id != NULL)
    name = g_strdup_printf ("%s.go", self->lesson_id);
  else
    name = g_strdup ("program.go");

  gtk_file_dialog_set_title (dialog, _("Save the Program"));
  gtk_file_dialog_set_initial_name (dialog, name);

  state->window = g_object_ref (self);
  state->close_after = close_after;
  gtk_file_dialog_save (dialog, GTK_WINDOW (self), NULL, on_save_dialog_done_cb, state);
}

static void
ml_window_actions_save_cb (GtkWidget  *widget,
                           const char *action_name,
                           GVariant   *parameter)
{
  ml_window_save_as (ML_WINDOW (widget), FALSE);
}

/**
 * ml_window_save_program:
 * @file: where to save
 *
 * Saves the program shown (the sandbox session as Go, or the program's source) into @file.
 */
void
ml_window_save_program (MlWindow *self,
                        GFile    *file)
{
  g_return_if_fail (ML_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));

  ml_window_save_to (self, file, FALSE);
}

static gboolean
close_window_cb (gpointer user_data)
{
  gtk_window_close (GTK_WINDOW (user_data));
  return G_SOURCE_REMOVE;
}

/* The window closes once the question is gone, from the main loop: libadwaita refuses to
 * close a window while a dialog of its own is shown, the answer arrives before the dialog
 * closes, and the dialog must leave the window before the window goes. */
static void
on_close_dialog_closed_cb (MlWindow *self)
{
  if (self->close_confirmed)
    g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, close_window_cb, g_object_ref (self), g_object_unref);
}

static void
on_close_response_cb (AdwAlertDialog *dialog,
                      const char     *response,
                      MlWindow       *self)
{
  if (g_str_equal (response, "discard"))
    self->close_confirmed = TRUE;
  else if (g_str_equal (response, "save"))
    ml_window_save_as (self, TRUE);
}

/* Returns TRUE when the window must not close yet because the user is asked first. */
gboolean
_ml_window_confirm_close (MlWindow *self)
{
  AdwDialog *dialog;

  if (self->close_confirmed || !ml_window_is_dirty (self))
    return FALSE;

  if (self->mode == ML_WINDOW_SANDBOX)
    dialog = adw_alert_dialog_new (_("Save the Sandbox Program?"),
                                   _("The sandbox session has steps that are not saved. If you close without saving, they are lost."));
  else
    dialog = adw_alert_dialog_new (_("Save the Changes?"),
                                   _("The program has changes that are not saved. If you close without saving, they are lost."));
  adw_alert_dialog_add_responses (ADW_ALERT_DIALOG (dialog),
                                  "cancel", _("_Cancel"),
                                  "discard", _("_Discard"),
                                  "save", _("_Save…"),
                                  NULL);
  adw_alert_dialog_set_response_appearance (ADW_ALERT_DIALOG (dialog), "discard",
                                            ADW_RESPONSE_DESTRUCTIVE);
  adw_alert_dialog_set_response_appearance (ADW_ALERT_DIALOG (dialog), "save",
                                            ADW_RESPONSE_SUGGESTED);
  adw_alert_dialog_set_default_response (ADW_ALERT_DIALOG (dialog), "save");
  adw_alert_dialog_set_close_response (ADW_ALERT_DIALOG (dialog), "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_close_response_cb), self, 0);
  g_signal_connect_object (dialog, "closed", G_CALLBACK (on_close_dialog_closed_cb), self,
                           G_CONNECT_SWAPPED);
  adw_dialog_present (dialog, GTK_WIDGET (self));

  return TRUE;
}

/* --- Export -------------------------------------------------------------------------- */

static void
ml_window_present_export (MlWindow       *self,
                          MlExportFormat  format,
                          gboolean        all_steps)
{
  MlViewKind view = ML_VIEW_MEMORY_MAP;
  MlExportDialog *dialog;
  gboolean runtime_detail = FALSE;
  guint cycle = 0;

  ml_view_kind_from_string (self->view, &view);
  dialog = ml_export_dialog_new (self->engine, view, format, all_steps);
  g_object_get (self->canvas, "runtime-detail", &runtime_detail, NULL);
  ml_export_dialog_set_detail (dialog, runtime_detail ? ML_DETAIL_RUNTIME : ML_DETAIL_PROGRAM);
  g_object_get (self->canvas, "timeline-cycle", &cycle, NULL);
  ml_export_dialog_set_timeline (dialog, self->series, self->compare_series, cycle);
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

void
_ml_window_files_init (MlWindow *self)
{
  GtkDropTarget *target = gtk_drop_target_new (G_TYPE_INVALID, GDK_ACTION_COPY);
  GType types[] = { GDK_TYPE_FILE_LIST, G_TYPE_FILE };

  gtk_drop_target_set_gtypes (target, types, G_N_ELEMENTS (types));
  g_signal_connect_swapped (target, "drop", G_CALLBACK (on_drop_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (target));

  self->recent = g_object_ref (gtk_recent_manager_get_default ());
  g_signal_connect_object (self->recent, "changed",
                           G_CALLBACK (ml_window_update_recent), self, G_CONNECT_SWAPPED);
  ml_window_update_recent (self);
}

void
_ml_window_class_init_files (GtkWidgetClass *widget_class)
{
  gtk_widget_class_bind_template_callback (widget_class, on_recent_row_activated_cb);
  gtk_widget_class_install_action (widget_class, "win.open", NULL, ml_window_actions_open_cb);
  gtk_widget_class_install_action (widget_class, "win.save", NULL, ml_window_actions_save_cb);
  gtk_widget_class_install_action (widget_class, "win.export", "s", ml_window_actions_export_cb);
  gtk_widget_class_install_action (widget_class, "win.export-all-steps", NULL,
                                   ml_window_actions_export_all_steps_cb);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_o, GDK_CONTROL_MASK, "win.open", NULL);
}
