/* ml-shortcuts-dialog.c
 *
 * Copyright The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The keyboard shortcuts, grouped as the user thinks of them.  GtkShortcutsWindow is
 * deprecated in GTK 4.18 and AdwShortcutsDialog needs libadwaita 1.8, so the dialog is
 * built from preference rows with key caps.  Accelerators of application actions are read
 * from the application itself, so this list cannot drift from what the keys really do.
 */

#define G_LOG_DOMAIN "memlab-shortcuts"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "ml-names.h"
#include "ml-shortcuts-dialog.h"

struct _MlShortcutsDialog
{
  AdwDialog  parent_instance;

  guint      count;
};

G_DEFINE_FINAL_TYPE (MlShortcutsDialog, ml_shortcuts_dialog, ADW_TYPE_DIALOG)

typedef struct
{
  const char *group;
  const char *title;    /* NULL for a view: the view's own title */
  const char *action;   /* read from the application's accelerators, or */
  const char *accel;    /* a widget binding that the application does not know about */
} Shortcut;

static const Shortcut shortcuts[] = {
  { N_("General"), N_("Open a program"), NULL, "<Control>o" },
  { N_("General"), N_("Save the program"), "win.save", NULL },
  { N_("General"), N_("Edit the program, or run what was written"), "win.edit", NULL },
  { N_("General"), N_("Export the diagram"), "win.export::png", NULL },
  { N_("General"), N_("Preferences"), "app.preferences", NULL },
  { N_("General"), N_("Keyboard shortcuts"), "app.shortcuts", NULL },
  { N_("General"), N_("Close the window"), "window.close", NULL },
  { N_("General"), N_("Quit"), "app.quit", NULL },
  { N_("Lessons"), N_("Show or hide the sidebar"), "win.toggle-sidebar", NULL },
  { N_("Lessons"), N_("Presentation mode, for projecting in class"), "win.presentation", NULL },
  { N_("Lessons"), N_("Previous lesson"), "win.previous-lesson", NULL },
  { N_("Lessons"), N_("Next lesson"), "win.next-lesson", NULL },
  { N_("Steps"), N_("Play or pause"), "win.play", NULL },
  { N_("Steps"), N_("Step"), "win.step", NULL },
  { N_("Steps"), N_("Step back"), "win.step-back", NULL },
  { N_("Steps"), N_("First step"), "win.first", NULL },
  { N_("Steps"), N_("Run to the end"), "win.run-to-end", NULL },
  { N_("Views"), NULL, "win.view::segments", NULL },
  { N_("Views"), NULL, "win.view::memory-map", NULL },
  { N_("Views"), NULL, "win.view::heap-graph", NULL },
  { N_("Views"), NULL, "win.view::spans", NULL },
  { N_("Views"), NULL, "win.view::timeline", NULL },
  { N_("Views"), N_("Zoom in"), NULL, "<Control>plus" },
  { N_("Views"), N_("Zoom out"), NULL, "<Control>minus" },
  { N_("Views"), N_("Fit the diagram in the window"), NULL, "<Control>0" },
  { N_("Timeline"), N_("Zoom to the next collection cycle"), NULL, "bracketright" },
  { N_("Timeline"), N_("Zoom to the previous collection cycle"), NULL, "bracketleft" },
  { N_("Timeline"), N_("Show the whole run again"), NULL, "Escape" },
};

static const char *
shortcut_title (const Shortcut *shortcut)
{
  MlViewKind kind;

  if (shortcut->title != NULL)
    return _(shortcut->title);
  if (g_str_has_prefix (shortcut->action, "win.view::") &&
      ml_view_kind_from_string (shortcut->action + strlen ("win.view::"), &kind))
    return ml_view_kind_get_title (kind);

  g_assert_not_reached ();
}

static GtkWidget *
create_keycap (const char *accel)
{
  guint key = 0;
  GdkModifierType mods = 0;
  g_autofree char *label = NULL;
  GtkWidget *widget;

  if (!gtk_accelerator_parse (accel, &key, &mods))
    return NULL;

  label = gtk_accelerator_get_label (key, mods);
  widget = gtk_label_new (label);
  gtk_widget_add_css_class (widget, "keycap");
  gtk_widget_set_valign (widget, GTK_ALIGN_CENTER);

  return widget;
}

static void
ml_shortcuts_dialog_populate (MlShortcutsDialog *self,
                              GtkApplication    *application)
{
  AdwPreferencesPage *page = ADW_PREFERENCES_PAGE (adw_preferences_page_new ());
  AdwPreferencesGroup *group = NULL;
  const char *group_name = NULL;
  GtkWidget *toolbar_view = adw_toolbar_view_new ();

  for (guint i = 0; i < G_N_ELEMENTS (shortcuts); i++)
    {
      g_auto(GStrv) accels = NULL;
      const char *accel = shortcuts[i].accel;
      GtkWidget *row;
      GtkWidget *keycap;

      if (shortcuts[i].action != NULL)
        {
          accels = gtk_application_get_accels_for_action (application, shortcuts[i].action);
          accel = accels != NULL ? accels[0] : NULL;
        }

      if (accel == NULL || (keycap = create_keycap (accel)) == NULL)
        continue;

      if (g_strcmp0 (group_name, shortcuts[i].group) != 0)
        {
          group_name = shortcuts[i].group;
          group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
          adw_preferences_group_set_title (group, _(group_name));
          adw_preferences_page_add (page, group);
        }

      row = adw_action_row_new ();
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), shortcut_title (&shortcuts[i]));
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), keycap);
      adw_preferences_group_add (group, row);
      self->count++;
    }

  adw_toolbar_view_add_top_bar (ADW_TOOLBAR_VIEW (toolbar_view), adw_header_bar_new ());
  adw_toolbar_view_set_content (ADW_TOOLBAR_VIEW (toolbar_view), GTK_WIDGET (page));
  adw_dialog_set_child (ADW_DIALOG (self), toolbar_view);
}

static void
ml_shortcuts_dialog_class_init (MlShortcutsDialogClass *klass)
{
}

static void
ml_shortcuts_dialog_init (MlShortcutsDialog *self)
{
  adw_dialog_set_title (ADW_DIALOG (self), _("Keyboard Shortcuts"));
  adw_dialog_set_content_width (ADW_DIALOG (self), 440);
  adw_dialog_set_content_height (ADW_DIALOG (self), 620);
}

MlShortcutsDialog *
ml_shortcuts_dialog_new (GtkApplication *application)
{
  MlShortcutsDialog *self;

  g_return_val_if_fail (GTK_IS_APPLICATION (application), NULL);

  self = g_object_new (ML_TYPE_SHORTCUTS_DIALOG, NULL);
  ml_shortcuts_dialog_populate (self, application);

  return self;
}

/**
 * ml_shortcuts_dialog_get_count:
 *
 * Returns: how many shortcuts the dialog lists
 */
guint
ml_shortcuts_dialog_get_count (MlShortcutsDialog *self)
{
  g_return_val_if_fail (ML_IS_SHORTCUTS_DIALOG (self), 0);

  return self->count;
}
