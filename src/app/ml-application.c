/* ml-application.c
 *
 * Copyright The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "memlab-application"

#include "config.h"

#include <glib/gi18n.h>

#include "ml-application.h"
#include "ml-preferences-dialog.h"
#include "ml-screenshot.h"
#include "ml-shortcuts-dialog.h"
#include "ml-window.h"

struct _MlApplication
{
  AdwApplication  parent_instance;

  GSettings      *settings;

  /* Set by --screenshot: the window is saved to this file after its first frames and the
   * application quits.  This is how tools and a newcomer on a machine without a display see
   * the real window. */
  char           *screenshot_path;

  /* What main() returns when a screenshot run fails. */
  int             exit_status;
};

G_DEFINE_FINAL_TYPE (MlApplication, ml_application, ADW_TYPE_APPLICATION)

/* Maps the "style-variant" setting onto libadwaita's colour scheme. */
static void
ml_application_update_style (MlApplication *self)
{
  AdwStyleManager *style_manager = adw_style_manager_get_default ();
  AdwColorScheme scheme;

  switch (g_settings_get_enum (self->settings, "style-variant"))
    {
    case 1:
      scheme = ADW_COLOR_SCHEME_FORCE_LIGHT;
      break;
    case 2:
      scheme = ADW_COLOR_SCHEME_FORCE_DARK;
      break;
    default:
      scheme = ADW_COLOR_SCHEME_DEFAULT;
      break;
    }

  adw_style_manager_set_color_scheme (style_manager, scheme);
}

static void
on_style_variant_changed_cb (MlApplication *self,
                             const char    *key,
                             GSettings     *settings)
{
  g_assert (ML_IS_APPLICATION (self));

  ml_application_update_style (self);
}

static MlWindow *
ml_application_get_or_create_window (MlApplication *self)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));

  if (window == NULL)
    window = GTK_WINDOW (ml_window_new (self));

  return ML_WINDOW (window);
}

static void
on_screenshot_done_cb (GObject      *object,
                       GAsyncResult *result,
                       gpointer      user_data)
{
  g_autoptr(MlApplication) self = user_data;
  g_autoptr(GError) error = NULL;

  if (!ml_screenshot_window_finish (result, &error))
    {
      g_printerr (_("Could not save the screenshot: %s\n"), error->message);
      /* A non-zero status tells the calling script that no picture was made. */
      self->exit_status = EXIT_FAILURE;
    }

  g_application_quit (G_APPLICATION (self));
}

static void
ml_application_present (MlApplication *self,
                        MlWindow      *window)
{
  gtk_window_present (GTK_WINDOW (window));

  if (self->screenshot_path != NULL)
    ml_screenshot_window_async (GTK_WINDOW (window),
                                self->screenshot_path,
                                NULL,
                                on_screenshot_done_cb,
                                g_object_ref (self));
}

static void
ml_application_activate (GApplication *application)
{
  MlApplication *self = ML_APPLICATION (application);

  ml_application_present (self, ml_application_get_or_create_window (self));
}

static void
ml_application_open (GApplication  *application,
                     GFile        **files,
                     int            n_files,
                     const char    *hint)
{
  MlApplication *self = ML_APPLICATION (application);

  for (int i = 0; i < n_files; i++)
    {
      MlWindow *window = ml_application_get_or_create_window (self);

      ml_window_open_file (window, files[i]);
      ml_application_present (self, window);
    }
}

static int
ml_application_handle_local_options (GApplication *application,
                                     GVariantDict *options)
{
  MlApplication *self = ML_APPLICATION (application);
  const char *path = NULL;

  if (g_variant_dict_contains (options, "version"))
    {
      g_print ("%s %s\n", PACKAGE_NAME, PACKAGE_VERSION);
      return EXIT_SUCCESS;
    }

  if (g_variant_dict_lookup (options, "screenshot", "^&ay", &path))
    {
      g_autoptr(GFile) file = g_file_new_for_commandline_arg (path);

      g_set_str (&self->screenshot_path, g_file_peek_path (file));

      /* A screenshot run must not hand its work to an already running instance. */
      g_application_set_flags (application,
                               g_application_get_flags (application) | G_APPLICATION_NON_UNIQUE);
    }

  return -1;
}

static void
ml_application_startup (GApplication *application)
{
  MlApplication *self = ML_APPLICATION (application);

  static const struct {
    const char *action;
    const char *accels[3];
  } accels[] = {
    { "app.quit", { "<Control>q", NULL } },
    { "app.preferences", { "<Control>comma", NULL } },
    { "app.shortcuts", { "<Control>question", NULL } },
    { "window.close", { "<Control>w", NULL } },
    { "win.toggle-sidebar", { "F9", NULL } },
    { "win.view::segments", { "<Alt>1", NULL } },
    { "win.view::memory-map", { "<Alt>2", NULL } },
    { "win.view::heap-graph", { "<Alt>3", NULL } },
    { "win.view::spans", { "<Alt>4", NULL } },
    { "win.view::timeline", { "<Alt>5", NULL } },
    { "win.previous-lesson", { "<Alt>Page_Up", NULL } },
    { "win.next-lesson", { "<Alt>Page_Down", NULL } },
    { "win.save", { "<Control>s", NULL } },
    { "win.export::png", { "<Control>e", NULL } },
    { "win.play", { "<Control>space", NULL } },
    { "win.step", { "<Control>Right", NULL } },
    { "win.step-back", { "<Control>Left", NULL } },
    { "win.first", { "<Control>Home", NULL } },
    { "win.run-to-end", { "<Control>End", NULL } },
  };

  g_autoptr(GAction) style_action = NULL;

  G_APPLICATION_CLASS (ml_application_parent_class)->startup (application);

  for (guint i = 0; i < G_N_ELEMENTS (accels); i++)
    gtk_application_set_accels_for_action (GTK_APPLICATION (self),
                                           accels[i].action,
                                           accels[i].accels);

  /* The Appearance submenu of the primary menu acts on the setting directly. */
  style_action = g_settings_create_action (self->settings, "style-variant");
  g_action_map_add_action (G_ACTION_MAP (self), style_action);

  g_signal_connect_object (self->settings,
                           "changed::style-variant",
                           G_CALLBACK (on_style_variant_changed_cb),
                           self,
                           G_CONNECT_SWAPPED);
  ml_application_update_style (self);
}

static void
ml_application_actions_quit_cb (GSimpleAction *action,
                                GVariant      *parameter,
                                gpointer       user_data)
{
  MlApplication *self = user_data;
  g_autoptr(GList) windows = NULL;

  g_assert (ML_IS_APPLICATION (self));

  /* Closing each window lets it save its state, as closing it by hand would. */
  windows = g_list_copy (gtk_application_get_windows (GTK_APPLICATION (self)));
  for (const GList *l = windows; l != NULL; l = l->next)
    gtk_window_close (l->data);
}

static void
ml_application_actions_about_cb (GSimpleAction *action,
                                 GVariant      *parameter,
                                 gpointer       user_data)
{
  MlApplication *self = user_data;
  static const char *developers[] = { "The MemLab authors", NULL };
  AdwDialog *dialog;

  g_assert (ML_IS_APPLICATION (self));

  dialog = adw_about_dialog_new ();
  g_object_set (dialog,
                "application-name", PACKAGE_NAME,
                "application-icon", APP_ID,
                "developer-name", _("The MemLab authors"),
                "version", PACKAGE_VERSION,
                "website", PACKAGE_WEBSITE,
                "comments", _("A laboratory for learning how a program’s memory works: "
                              "where variables live, how the heap grows and how Go’s "
                              "garbage collector reclaims it."),
                "copyright", _("© The MemLab authors"),
                "license-type", GTK_LICENSE_GPL_3_0,
                "developers", developers,
                /* Translators: Replace "translator-credits" with your names, one name per line */
                "translator-credits", _("translator-credits"),
                NULL);

  adw_dialog_present (dialog,
                      GTK_WIDGET (gtk_application_get_active_window (GTK_APPLICATION (self))));
}

static void
ml_application_actions_preferences_cb (GSimpleAction *action,
                                       GVariant      *parameter,
                                       gpointer       user_data)
{
  MlApplication *self = user_data;
  MlPreferencesDialog *dialog;

  g_assert (ML_IS_APPLICATION (self));

  dialog = ml_preferences_dialog_new (self->settings);
  adw_dialog_present (ADW_DIALOG (dialog),
                      GTK_WIDGET (gtk_application_get_active_window (GTK_APPLICATION (self))));
}

static void
ml_application_actions_shortcuts_cb (GSimpleAction *action,
                                     GVariant      *parameter,
                                     gpointer       user_data)
{
  MlApplication *self = user_data;

  g_assert (ML_IS_APPLICATION (self));

  adw_dialog_present (ADW_DIALOG (ml_shortcuts_dialog_new (GTK_APPLICATION (self))),
                      GTK_WIDGET (gtk_application_get_active_window (GTK_APPLICATION (self))));
}

static void
ml_application_dispose (GObject *object)
{
  MlApplication *self = ML_APPLICATION (object);

  g_clear_object (&self->settings);

  G_OBJECT_CLASS (ml_application_parent_class)->dispose (object);
}

static void
ml_application_finalize (GObject *object)
{
  MlApplication *self = ML_APPLICATION (object);

  g_clear_pointer (&self->screenshot_path, g_free);

  G_OBJECT_CLASS (ml_application_parent_class)->finalize (object);
}

static void
ml_application_class_init (MlApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  object_class->dispose = ml_application_dispose;
  object_class->finalize = ml_application_finalize;

  app_class->activate = ml_application_activate;
  app_class->open = ml_application_open;
  app_class->startup = ml_application_startup;
  app_class->handle_local_options = ml_application_handle_local_options;
}

static void
ml_application_init (MlApplication *self)
{
  static const GActionEntry actions[] = {
    { "quit", ml_application_actions_quit_cb },
    { "about", ml_application_actions_about_cb },
    { "preferences", ml_application_actions_preferences_cb },
    { "shortcuts", ml_application_actions_shortcuts_cb },
  };
  static const GOptionEntry options[] = {
    { "version", 0, 0, G_OPTION_ARG_NONE, NULL,
      N_("Print the version and exit"), NULL },
    { "screenshot", 0, G_OPTION_FLAG_HIDDEN, G_OPTION_ARG_FILENAME, NULL,
      N_("Save a picture of the window to FILE once it is drawn, then quit"), N_("FILE") },
    { NULL }
  };

  self->settings = g_settings_new (APP_ID);

  g_action_map_add_action_entries (G_ACTION_MAP (self),
                                   actions,
                                   G_N_ELEMENTS (actions),
                                   self);

  g_application_add_main_option_entries (G_APPLICATION (self), options);
  g_application_set_option_context_parameter_string (G_APPLICATION (self), _("[FILE.go…]"));
  g_application_set_option_context_summary (G_APPLICATION (self),
                                            _("Learn how a program’s memory works."));
}

MlApplication *
ml_application_new (const char        *application_id,
                    GApplicationFlags  flags)
{
  g_return_val_if_fail (application_id != NULL, NULL);

  return g_object_new (ML_TYPE_APPLICATION,
                       "application-id", application_id,
                       "flags", flags,
                       "resource-base-path", RESOURCE_PATH,
                       NULL);
}

/**
 * ml_application_get_exit_status:
 *
 * Returns: the status the process should exit with when the application's own work (such as
 *   a screenshot run) failed, or 0
 */
int
ml_application_get_exit_status (MlApplication *self)
{
  g_return_val_if_fail (ML_IS_APPLICATION (self), EXIT_FAILURE);

  return self->exit_status;
}

/**
 * ml_application_get_settings:
 *
 * Returns: (transfer none): the application's settings
 */
GSettings *
ml_application_get_settings (MlApplication *self)
{
  g_return_val_if_fail (ML_IS_APPLICATION (self), NULL);

  return self->settings;
}
