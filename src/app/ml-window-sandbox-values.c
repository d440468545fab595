/* ml-window-sandbox-values.c
 *
 * Copyright The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The values of the sandbox's objects: the first value each new object gets, different for
 * each so that the pictures tell the objects apart (a Nodo's valor counts 1, 2, 3..., a
 * Persona gets a name and an age from a short list), and the dialog that sets a field of the
 * selected object to what the user types.  Apart from the toolbar's clicks
 * (ml-window-sandbox.c) because it is a dialog with checks of its own.
 */

#define G_LOG_DOMAIN "memlab-window"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "ml-window-private.h"

/* The longest text the sandbox gives a Persona's Nombre (the engine's limit as well). */
#define MAX_NAME_BYTES 64

/* Names and ages for new Personas, in the order they are made. */
static const struct
{
  const char *name;
  int         age;
} people[] = {
  { "Ana", 30 }, { "Luis", 25 }, { "Eva", 41 }, { "Juan", 19 }, { "Sara", 52 }, { "Pablo", 34 },
};

/**
 * _ml_window_sandbox_new_values:
 * @type: "Nodo" or "Persona"
 *
 * Returns: (transfer full): the fields of the next new object, "field=value"
 */
char **
_ml_window_sandbox_new_values (MlWindow   *self,
                               const char *type)
{
  GStrvBuilder *builder = g_strv_builder_new ();
  char **values;
  guint n;

  if (g_str_equal (type, "Persona"))
    {
      n = self->sandbox_people++;
      g_strv_builder_take (builder, g_strdup_printf ("Nombre=%s", people[n % G_N_ELEMENTS (people)].name));
      g_strv_builder_take (builder, g_strdup_printf ("Edad=%d", people[n % G_N_ELEMENTS (people)].age));
    }
  else
    g_strv_builder_take (builder, g_strdup_printf ("valor=%u", ++self->sandbox_nodes));

  values = g_strv_builder_end (builder);
  g_strv_builder_unref (builder);

  return values;
}

/* What the dialog is about: the object, its path and the field. */
typedef struct
{
  MlWindow *window;
  guint64   object;
  char     *path;
  char     *field;
  GtkEntry *entry;
} SetValue;

static void
set_value_free (gpointer  data,
                GClosure *closure)
{
  SetValue *sv = data;

  g_object_unref (sv->window);
  g_free (sv->path);
  g_free (sv->field);
  g_free (sv);
}

/* Whether @field holds a text (Persona's Nombre) rather than a number. */
static gboolean
field_is_text (const char *field)
{
  return g_str_equal (field, "Nombre");
}

static void
on_set_value_response_cb (AdwAlertDialog *dialog,
                          const char     *response,
                          SetValue       *sv)
{
  MlWindow *self = sv->window;
  const char *text = gtk_editable_get_text (GTK_EDITABLE (sv->entry));
  g_autofree char *lhs = NULL;
  gint64 number;

  if (!g_str_equal (response, "set") || self->mode != ML_WINDOW_SANDBOX || self->script == NULL)
    return;

  /* What the engine would refuse never reaches the program either. */
  if (field_is_text (sv->field) ? strlen (text) > MAX_NAME_BYTES
                                : !g_ascii_string_to_signed (text, 10, G_MININT64, G_MAXINT64, &number, NULL))
    {
      g_autofree char *message = field_is_text (sv->field)
        ? g_strdup_printf (_("A name in the sandbox has at most %d letters"), MAX_NAME_BYTES)
        : g_strdup_printf (_("“%s” is not a whole number"), text);

      _ml_window_toast (self, message);
      return;
    }

  ml_engine_sandbox_set_value (self->engine, sv->object, sv->field, text);
  lhs = g_strdup_printf ("%s.%s", sv->path, sv->field);
  ml_sandbox_script_assign (self->script, lhs, field_is_text (sv->field) ? "Persona" : "Nodo", text);
  _ml_window_sandbox_refresh_source (self);
}

/* The value @field of the object at @object has in the snapshot shown, as the user would
 * type it, or NULL when the snapshot does not say. */
static char *
current_value (MlWindow   *self,
               guint64     object,
               const char *field)
{
  MlSnapshot *snap = ml_canvas_get_snapshot (self->canvas);
  gint64 index = snap != NULL ? ml_snapshot_find_object (snap, object) : -1;
  const MlSnapObject *o = index >= 0 ? &snap->objects[index] : NULL;
  const MlRtypeField *f = o != NULL && o->type != NULL ? ml_rtype_find_field (o->type, field) : NULL;
  guint64 words[2];

  if (f == NULL || f->type == NULL || f->offset + f->type->size > o->value_size ||
      o->value_offset + f->offset + f->type->size > snap->n_values || f->type->size > sizeof words)
    return NULL;
  memcpy (words, snap->values + o->value_offset + f->offset, f->type->size);

  if (f->type->kind == ML_KIND_INT)
    return g_strdup_printf ("%" G_GINT64_FORMAT, (gint64)words[0]);
  for (guint i = 0; f->type->kind == ML_KIND_STRING && i < snap->n_strings; i++)
    if (snap->strings[i].addr == words[0] && snap->strings[i].len >= words[1])
      return g_strndup (snap->strings[i].text, words[1]);

  return NULL;
}

/* win.sandbox-set-value: asks for a new value of a field of the selected object. */
void
_ml_window_sandbox_set_value_cb (GtkWidget  *widget,
                                 const char *action_name,
                                 GVariant   *parameter)
{
  MlWindow *self = ML_WINDOW (widget);
  const char *field = g_variant_get_string (parameter, NULL);
  g_autofree char *heading = NULL;
  g_autofree char *current = NULL;
  guint64 object = 0;
  char *path = _ml_window_sandbox_selected_path (self, &object);
  AdwDialog *dialog;
  SetValue *sv;

  if (path == NULL)
    {
      _ml_window_toast (self, _("Select an object that a variable reaches first"));
      return;
    }

  /* Translators: the heading of the dialog that sets a field, e.g. "a.valor = …" */
  heading = g_strdup_printf (_("%s.%s = …"), path, field);
  dialog = adw_alert_dialog_new (heading,
                                 field_is_text (field) ? _("Type the new text of the field.")
                                                       : _("Type the new whole number of the field."));
  sv = g_new0 (SetValue, 1);
  sv->window = g_object_ref (self);
  sv->object = object;
  sv->path = path;
  sv->field = g_strdup (field);
  sv->entry = GTK_ENTRY (gtk_entry_new ());
  current = current_value (self, object, field);
  if (current != NULL)
    gtk_editable_set_text (GTK_EDITABLE (sv->entry), current);
  gtk_entry_set_activates_default (sv->entry, TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (sv->entry), GTK_ACCESSIBLE_PROPERTY_LABEL, heading, -1);
  if (!field_is_text (field))
    gtk_entry_set_input_purpose (sv->entry, GTK_INPUT_PURPOSE_NUMBER);
  adw_alert_dialog_set_extra_child (ADW_ALERT_DIALOG (dialog), GTK_WIDGET (sv->entry));
  adw_alert_dialog_add_responses (ADW_ALERT_DIALOG (dialog),
                                  "cancel", _("_Cancel"),
                                  "set", _("_Set"),
                                  NULL);
  adw_alert_dialog_set_response_appearance (ADW_ALERT_DIALOG (dialog), "set", ADW_RESPONSE_SUGGESTED);
  adw_alert_dialog_set_default_response (ADW_ALERT_DIALOG (dialog), "set");
  adw_alert_dialog_set_close_response (ADW_ALERT_DIALOG (dialog), "cancel");
  g_signal_connect_data (dialog, "response", G_CALLBACK (on_set_value_response_cb), sv,
                         set_value_free, 0);
  adw_dialog_present (dialog, GTK_WIDGET (self));
  gtk_widget_grab_focus (GTK_WIDGET (sv->entry));
}
