/* ml-preferences-dialog.c
 *
 * Copyright The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * MlPreferencesDialog: the Preferences, each row bound to its key in the settings, so that
 * the dialog needs no code of its own beyond the style's mapping from key to row.
 */

#define G_LOG_DOMAIN "memlab-preferences"

#include "config.h"

#include <glib/gi18n.h>

#include "ml-preferences-dialog.h"

struct _MlPreferencesDialog
{
  AdwPreferencesDialog  parent_instance;

  /* Owned references */
  GSettings            *settings;

  /* Template widgets; the other rows are found by their names in bindings[] */
  AdwComboRow          *style_row;
};

G_DEFINE_FINAL_TYPE (MlPreferencesDialog, ml_preferences_dialog, ADW_TYPE_PREFERENCES_DIALOG)

enum {
  PROP_0,
  PROP_SETTINGS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* The keys shown as they are: each one's row, by its name in the template, and the row's
 * property that holds the value. */
static const struct
{
  const char *key;
  const char *row;
  const char *property;
} bindings[] = {
  { "show-addresses", "addresses_row", "active" },
  { "runtime-detail", "runtime_detail_row", "active" },
  { "speed", "speed_row", "value" },
  { "gogc", "gogc_row", "value" },
  { "heap-minimum-kib", "heap_minimum_row", "value" },
  { "memory-limit-mib", "memory_limit_row", "value" },
  { "write-barrier", "write_barrier_row", "active" },
  { "no-inline", "no_inline_row", "active" },
  { "gomaxprocs", "gomaxprocs_row", "value" },
  { "step-budget", "step_budget_row", "value" },
  { "memory-budget-mib", "memory_budget_row", "value" },
  { "time-budget", "time_budget_row", "value" },
  { "history-budget-mib", "history_budget_row", "value" },
};

/* The "style-variant" key is an enum; the combo row's "selected" is its position. */
static gboolean
style_get_mapping (GValue   *value,
                   GVariant *variant,
                   gpointer  user_data)
{
  const char *nick = g_variant_get_string (variant, NULL);
  guint position = 0;

  if (g_strcmp0 (nick, "light") == 0)
    position = 1;
  else if (g_strcmp0 (nick, "dark") == 0)
    position = 2;

  g_value_set_uint (value, position);

  return TRUE;
}

static GVariant *
style_set_mapping (const GValue       *value,
                   const GVariantType *expected_type,
                   gpointer            user_data)
{
  static const char *nicks[] = { "system", "light", "dark" };
  guint position = g_value_get_uint (value);

  return g_variant_new_string (nicks[MIN (position, G_N_ELEMENTS (nicks) - 1)]);
}

static void
ml_preferences_dialog_constructed (GObject *object)
{
  MlPreferencesDialog *self = ML_PREFERENCES_DIALOG (object);

  G_OBJECT_CLASS (ml_preferences_dialog_parent_class)->constructed (object);

  g_assert (G_IS_SETTINGS (self->settings));

  g_settings_bind_with_mapping (self->settings, "style-variant",
                                self->style_row, "selected",
                                G_SETTINGS_BIND_DEFAULT,
                                style_get_mapping, style_set_mapping, NULL, NULL);
  for (guint i = 0; i < G_N_ELEMENTS (bindings); i++)
    g_settings_bind (self->settings, bindings[i].key,
                     gtk_widget_get_template_child (GTK_WIDGET (self), ML_TYPE_PREFERENCES_DIALOG,
                                                    bindings[i].row),
                     bindings[i].property, G_SETTINGS_BIND_DEFAULT);
}

static void
ml_preferences_dialog_dispose (GObject *object)
{
  MlPreferencesDialog *self = ML_PREFERENCES_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), ML_TYPE_PREFERENCES_DIALOG);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (ml_preferences_dialog_parent_class)->dispose (object);
}

static void
ml_preferences_dialog_set_property (GObject      *object,
                                    guint         prop_id,
                                    const GValue *value,
                                    GParamSpec   *pspec)
{
  MlPreferencesDialog *self = ML_PREFERENCES_DIALOG (object);

  switch (prop_id)
    {
    case PROP_SETTINGS:
      self->settings = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ml_preferences_dialog_class_init (MlPreferencesDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = ml_preferences_dialog_constructed;
  object_class->dispose = ml_preferences_dialog_dispose;
  object_class->set_property = ml_preferences_dialog_set_property;

  properties[PROP_SETTINGS] =
    g_param_spec_object ("settings", NULL, NULL, G_TYPE_SETTINGS,
                         (G_PARAM_WRITABLE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PATH "/ui/ml-preferences-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, MlPreferencesDialog, style_row);
  for (guint i = 0; i < G_N_ELEMENTS (bindings); i++)
    gtk_widget_class_bind_template_child_full (widget_class, bindings[i].row, FALSE, 0);
}

static void
ml_preferences_dialog_init (MlPreferencesDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

MlPreferencesDialog *
ml_preferences_dialog_new (GSettings *settings)
{
  g_return_val_if_fail (G_IS_SETTINGS (settings), NULL);

  return g_object_new (ML_TYPE_PREFERENCES_DIALOG, "settings", settings, NULL);
}
