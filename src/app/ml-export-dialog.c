/* ml-export-dialog.c
 *
 * Copyright The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Export asks what to draw (view, format, scale, colours, this step or every step), then
 * where, with the file dialog.  The picture is drawn by the same render code as the window,
 * from the engine's latest snapshot; every step is drawn by the engine thread.  The timeline
 * is drawn from the window's history of the run (and the run it is compared with), whole or
 * one collection cycle close up, as memlab-cli export --cycle=N draws it.
 */

#define G_LOG_DOMAIN "memlab-export"

#include "config.h"

#include <glib/gi18n.h>
#include <inttypes.h>

#include "ml-export-dialog.h"

struct _MlExportDialog
{
  AdwDialog     parent_instance;

  MlEngine        *engine;
  AdwToastOverlay *overlay;    /* weak */
  MlDetail         detail;     /* the window's level of detail, which the pictures keep */

  MlTimelineSeries *series;   /* the window's run, for the timeline; nullable */
  MlTimelineSeries *compare;  /* the run compared with it; nullable */

  AdwComboRow  *view_row;
  AdwComboRow  *cycle_row;
  GtkStringList *cycle_list;
  AdwComboRow  *format_row;
  AdwSpinRow   *scale_row;
  AdwComboRow  *theme_row;
  AdwSwitchRow *slide_row;
  AdwSwitchRow *all_steps_row;
};

G_DEFINE_FINAL_TYPE (MlExportDialog, ml_export_dialog, ADW_TYPE_DIALOG)

void
ml_export_dialog_get_choices (MlExportDialog  *self,
                              MlViewKind      *view,
                              MlExportFormat  *format,
                              MlRenderOptions *options,
                              gboolean        *all_steps)
{
  MlRenderOptions defaults = ML_RENDER_OPTIONS_INIT;

  g_return_if_fail (ML_IS_EXPORT_DIALOG (self));

  *view = (MlViewKind)MIN (adw_combo_row_get_selected (self->view_row), ML_VIEW_PROCESS);
  *format = (MlExportFormat)MIN (adw_combo_row_get_selected (self->format_row), ML_EXPORT_PDF);
  *options = defaults;
  options->theme = adw_combo_row_get_selected (self->theme_row) == 1 ? ML_THEME_DARK : ML_THEME_LIGHT;
  options->scale = adw_spin_row_get_value (self->scale_row);
  options->detail = self->detail;
  options->frame_aspect = adw_switch_row_get_active (self->slide_row) ? ML_FRAME_ASPECT_SLIDE : 0;
  /* The cycle's list starts with the whole run. */
  if (*view == ML_VIEW_TIMELINE && adw_combo_row_get_selected (self->cycle_row) != GTK_INVALID_LIST_POSITION)
    options->timeline_cycle = adw_combo_row_get_selected (self->cycle_row);
  *all_steps = adw_switch_row_get_active (self->all_steps_row);
}

static void
toast (MlExportDialog *self,
       const char     *message)
{
  /* The window's toast overlay tells the user how it went, even after the dialog closes. */
  if (self->overlay != NULL)
    adw_toast_overlay_add_toast (self->overlay, adw_toast_new (message));
}

/**
 * ml_export_dialog_export_to:
 *
 * Draws the current step into @file with the dialog's choices.
 */
gboolean
ml_export_dialog_export_to (MlExportDialog  *self,
                            GFile           *file,
                            GError         **error)
{
  MlSnapshot *snap = ml_engine_get_snapshot (self->engine);
  MlRenderOptions options;
  MlExportFormat format;
  MlViewKind view;
  gboolean all_steps;

  g_return_val_if_fail (ML_IS_EXPORT_DIALOG (self), FALSE);

  ml_export_dialog_get_choices (self, &view, &format, &options, &all_steps);
  if (snap == NULL)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NOT_INITIALIZED,
                           _("There is nothing to export yet"));
      return FALSE;
    }

  if (view == ML_VIEW_TIMELINE && self->series != NULL)
    {
      g_autoptr(MlScene) scene = ml_timeline_view_layout (self->series, self->compare, NULL, &options);

      ml_scene_set_title (scene, ml_view_kind_get_title (view));
      return ml_render_export_scene_framed (scene, file, options.scale, options.frame_aspect, NULL, error);
    }

  return ml_render_export_view (snap, view, &options, file, error);
}

static void
save_done_cb (GObject      *object,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr(MlExportDialog) self = user_data;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;
  g_autofree char *message = NULL;

  file = gtk_file_dialog_save_finish (GTK_FILE_DIALOG (object), result, &error);
  if (file == NULL)
    return;

  name = g_file_get_basename (file);
  if (ml_export_dialog_export_to (self, file, &error))
    {
      message = g_strdup_printf (_("Exported “%s”"), name);
      toast (self, message);
      adw_dialog_close (ADW_DIALOG (self));
    }
  else
    {
      message = g_strdup_printf (_("Could not export “%s”: %s"), name, error->message);
      toast (self, message);
    }
}

static void
steps_done_cb (GObject      *object,
               GAsyncResult *result,
               gpointer      user_data)
{
  g_autoptr(MlExportDialog) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  guint n;

  n = ml_engine_export_steps_finish (ML_ENGINE (object), result, &error);
  if (error != NULL)
    message = g_strdup_printf (_("Could not export the steps: %s"), error->message);
  else
    message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Exported %u picture", "Exported %u pictures", n), n);
  toast (self, message);
  adw_dialog_close (ADW_DIALOG (self));
}

static void
folder_done_cb (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(MlExportDialog) self = user_data;
  g_autoptr(GFile) folder = NULL;
  g_autoptr(GError) error = NULL;
  MlRenderOptions options;
  MlExportFormat format;
  MlViewKind view;
  gboolean all_steps;

  folder = gtk_file_dialog_select_folder_finish (GTK_FILE_DIALOG (object), result, &error);
  if (folder == NULL)
    return;

  ml_export_dialog_get_choices (self, &view, &format, &options, &all_steps);
  gtk_widget_set_sensitive (GTK_WIDGET (self), FALSE);
  ml_engine_export_steps_async (self->engine, folder, view, &options, format, NULL,
                                steps_done_cb, g_object_ref (self));
}

static void
ml_export_dialog_actions_run_cb (GtkWidget  *widget,
                                 const char *action_name,
                                 GVariant   *parameter)
{
  MlExportDialog *self = ML_EXPORT_DIALOG (widget);
  g_autoptr(GtkFileDialog) dialog = gtk_file_dialog_new ();
  GtkWindow *parent = GTK_WINDOW (gtk_widget_get_ancestor (widget, GTK_TYPE_WINDOW));
  MlRenderOptions options;
  MlExportFormat format;
  MlViewKind view;
  gboolean all_steps;

  ml_export_dialog_get_choices (self, &view, &format, &options, &all_steps);

  if (all_steps)
    {
      gtk_file_dialog_set_title (dialog, _("Choose a Folder for the Pictures"));
      gtk_file_dialog_select_folder (dialog, parent, NULL, folder_done_cb, g_object_ref (self));
    }
  else
    {
      g_autofree char *name = g_strdup_printf ("%s-%" PRIu64 ".%s",
                                               ml_view_kind_to_string (view),
                                               ml_engine_get_step (self->engine),
                                               ml_export_format_to_string (format));

      gtk_file_dialog_set_title (dialog, _("Export Diagram"));
      gtk_file_dialog_set_initial_name (dialog, name);
      gtk_file_dialog_save (dialog, parent, NULL, save_done_cb, g_object_ref (self));
    }
}

static void
ml_export_dialog_dispose (GObject *object)
{
  MlExportDialog *self = ML_EXPORT_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), ML_TYPE_EXPORT_DIALOG);
  g_clear_object (&self->engine);
  g_clear_pointer (&self->series, ml_timeline_series_unref);
  g_clear_pointer (&self->compare, ml_timeline_series_unref);
  g_clear_weak_pointer (&self->overlay);

  G_OBJECT_CLASS (ml_export_dialog_parent_class)->dispose (object);
}

static void
ml_export_dialog_class_init (MlExportDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ml_export_dialog_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH "/ui/ml-export-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, MlExportDialog, view_row);
  gtk_widget_class_bind_template_child (widget_class, MlExportDialog, cycle_row);
  gtk_widget_class_bind_template_child (widget_class, MlExportDialog, cycle_list);
  gtk_widget_class_bind_template_child (widget_class, MlExportDialog, format_row);
  gtk_widget_class_bind_template_child (widget_class, MlExportDialog, scale_row);
  gtk_widget_class_bind_template_child (widget_class, MlExportDialog, theme_row);
  gtk_widget_class_bind_template_child (widget_class, MlExportDialog, slide_row);
  gtk_widget_class_bind_template_child (widget_class, MlExportDialog, all_steps_row);

  gtk_widget_class_install_action (widget_class, "export.run", NULL, ml_export_dialog_actions_run_cb);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Return, GDK_CONTROL_MASK, "export.run", NULL);
}

static gboolean
is_png_cb (GBinding     *binding,
           const GValue *from,
           GValue       *to,
           gpointer      user_data)
{
  g_value_set_boolean (to, g_value_get_uint (from) == ML_EXPORT_PNG);
  return TRUE;
}

/* The cycle only means something for the timeline, and only when the run has cycles. */
static void
update_cycle_row (MlExportDialog *self)
{
  gtk_widget_set_visible (GTK_WIDGET (self->cycle_row),
                          adw_combo_row_get_selected (self->view_row) == ML_VIEW_TIMELINE &&
                          g_list_model_get_n_items (G_LIST_MODEL (self->cycle_list)) > 1);
}

static void
ml_export_dialog_init (MlExportDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  gtk_string_list_append (self->cycle_list, _("The whole run"));
  g_signal_connect_swapped (self->view_row, "notify::selected", G_CALLBACK (update_cycle_row), self);
  update_cycle_row (self);

  /* The scale only means something for PNG pictures. */
  g_object_bind_property_full (self->format_row, "selected", self->scale_row, "sensitive",
                               G_BINDING_SYNC_CREATE, is_png_cb, NULL, NULL, NULL);
}

/**
 * ml_export_dialog_set_toast_overlay:
 * @overlay: (nullable): where to tell how the export went
 */
void
ml_export_dialog_set_toast_overlay (MlExportDialog  *self,
                                    AdwToastOverlay *overlay)
{
  g_return_if_fail (ML_IS_EXPORT_DIALOG (self));

  g_set_weak_pointer (&self->overlay, overlay);
}

/**
 * ml_export_dialog_set_detail:
 *
 * Exports at @detail, the level the window draws at: a picture for a slide is the one the
 * class saw.
 */
void
ml_export_dialog_set_detail (MlExportDialog *self,
                             MlDetail        detail)
{
  g_return_if_fail (ML_IS_EXPORT_DIALOG (self));

  self->detail = detail;
}

/**
 * ml_export_dialog_set_timeline:
 * @series: (nullable): the window's run, which the timeline draws
 * @compare: (nullable): the run compared with it
 * @cycle: the cycle the window's timeline is zoomed to, or 0 for the whole run
 *
 * Offers the run's collection cycles, one of which the timeline can be drawn alone, starting
 * from the one the window shows.
 */
void
ml_export_dialog_set_timeline (MlExportDialog   *self,
                               MlTimelineSeries *series,
                               MlTimelineSeries *compare,
                               guint             cycle)
{
  const MlTimelineSample *last;
  guint n;

  g_return_if_fail (ML_IS_EXPORT_DIALOG (self));

  g_clear_pointer (&self->series, ml_timeline_series_unref);
  g_clear_pointer (&self->compare, ml_timeline_series_unref);
  self->series = series != NULL ? ml_timeline_series_ref (series) : NULL;
  self->compare = compare != NULL ? ml_timeline_series_ref (compare) : NULL;

  last = series != NULL ? ml_timeline_series_get_last (series) : NULL;
  n = last != NULL ? last->cycle : 0;
  gtk_string_list_splice (self->cycle_list, 1, g_list_model_get_n_items (G_LIST_MODEL (self->cycle_list)) - 1, NULL);
  for (guint c = 1; c <= n; c++)
    {
      /* Translators: one collection cycle of the run, to export the timeline of alone. */
      g_autofree char *label = g_strdup_printf (_("Cycle %u"), c);

      gtk_string_list_append (self->cycle_list, label);
    }
  adw_combo_row_set_selected (self->cycle_row, cycle <= n ? cycle : 0);
  update_cycle_row (self);
}

MlExportDialog *
ml_export_dialog_new (MlEngine       *engine,
                      MlViewKind      view,
                      MlExportFormat  format,
                      gboolean        all_steps)
{
  MlExportDialog *self;

  g_return_val_if_fail (ML_IS_ENGINE (engine), NULL);

  self = g_object_new (ML_TYPE_EXPORT_DIALOG, NULL);
  self->engine = g_object_ref (engine);
  adw_combo_row_set_selected (self->view_row, MIN (view, ML_VIEW_PROCESS));
  adw_combo_row_set_selected (self->format_row, format);
  adw_combo_row_set_selected (self->theme_row,
                              adw_style_manager_get_dark (adw_style_manager_get_default ()) ? 1 : 0);
  adw_switch_row_set_active (self->all_steps_row, all_steps);

  return self;
}
