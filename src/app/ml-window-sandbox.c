/* ml-window-sandbox.c
 *
 * Copyright The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The sandbox: the heap in the user's hands.  Each toolbar click runs on the model through
 * the engine and is written as the equivalent Go statement into the sandbox program, which
 * the Program tab shows and File → Save will save.
 */

#define G_LOG_DOMAIN "memlab-window"

#include "config.h"

#include <glib/gi18n.h>

#include "ml-narrator.h"
#include "ml-window-private.h"

void
_ml_window_sandbox_refresh_source (MlWindow *self)
{
  g_autofree char *go = ml_sandbox_script_to_go (self->script);

  _ml_window_set_source (self, go);
}

/* A new session: an empty heap with the settings of the Preferences, an empty program, and the
 * toolbar's switches as the settings say. */
static void
ml_window_sandbox_begin (MlWindow *self)
{
  MlEngineConfig config;

  _ml_window_engine_config (self, 0, &config);

  g_clear_pointer (&self->script, ml_sandbox_script_free);
  self->script = ml_sandbox_script_new ();
  self->saved_statements = 0;
  self->close_confirmed = FALSE;
  g_clear_pointer (&self->pending_link_field, g_free);
  self->link_source = 0;
  self->sandbox_nodes = 0;
  self->sandbox_people = 0;
  self->shown_gctrace = 0;
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->output_view), "", -1);

  g_signal_handlers_block_matched (self->barrier_switch, G_SIGNAL_MATCH_DATA, 0, 0, NULL, NULL, self);
  g_signal_handlers_block_matched (self->gogc_spin, G_SIGNAL_MATCH_DATA, 0, 0, NULL, NULL, self);
  gtk_switch_set_active (self->barrier_switch, config.write_barrier);
  gtk_spin_button_set_value (self->gogc_spin, config.gogc);
  g_signal_handlers_unblock_matched (self->barrier_switch, G_SIGNAL_MATCH_DATA, 0, 0, NULL, NULL, self);
  g_signal_handlers_unblock_matched (self->gogc_spin, G_SIGNAL_MATCH_DATA, 0, 0, NULL, NULL, self);

  gtk_widget_set_visible (GTK_WIDGET (self->program_dropdown), FALSE);
  ml_engine_reset (self->engine, &config);
  _ml_window_sandbox_refresh_source (self);
  _ml_window_set_story (self, _("The Heap in Your Hands"),
                        _("Allocate objects, link them and drop references, then run the collector one step at a time and watch the colours change. Every click is also written as Go in the Program tab."));
  adw_view_stack_set_visible_child_name (self->side_stack, "program");

  /* The heap graph is the sandbox's natural view. */
  ml_window_set_view (self, "heap-graph");
}

/* The Go expression that names the selected object ("a", "a.izq", "lista[2]"), if there is
 * one. */
char *
_ml_window_sandbox_selected_path (MlWindow *self,
                                  guint64  *address)
{
  const MlHit *hit = ml_canvas_get_selection (self->canvas);
  MlSnapshot *snap = ml_canvas_get_snapshot (self->canvas);
  g_autoptr(MlNarrator) narrator = NULL;
  g_autofree char *name = NULL;

  if (snap == NULL || hit == NULL || hit->kind != ML_HIT_OBJECT || hit->index >= snap->n_objects)
    return NULL;

  narrator = ml_narrator_new (snap);
  *address = snap->objects[hit->index].addr;
  name = ml_narrator_name_object (narrator, *address);

  return ml_sandbox_path_from_name (name);
}

/* The type of the object at @address in the snapshot shown, or NULL. */
static const MlRtype *
sandbox_object_type (MlWindow *self,
                     guint64   address)
{
  MlSnapshot *snap = ml_canvas_get_snapshot (self->canvas);
  gint64 index = snap != NULL ? ml_snapshot_find_object (snap, address) : -1;

  return index >= 0 ? snap->objects[index].type : NULL;
}

/* Whether the object at @object has a pointer field @field that can point at a @target
 * (a type name such as "main.Nodo", or NULL for any); if not, the toast says why, and
 * neither the model nor the program changes: Go would not compile the statement. */
static gboolean
sandbox_field_fits (MlWindow   *self,
                    guint64     object,
                    const char *field,
                    const char *target)
{
  const MlRtype *type = sandbox_object_type (self, object);
  const MlRtypeField *f = type != NULL ? ml_rtype_find_field (type, field) : NULL;
  g_autofree char *message = NULL;

  if (f == NULL || f->type == NULL || f->type->kind != ML_KIND_POINTER || f->type->elem == NULL)
    message = g_strdup_printf (_("The selected object has no pointer field “%s”"), field);
  else if (target != NULL && g_strcmp0 (f->type->elem->name, target) != 0)
    message = g_strdup_printf (_("The field “%s” cannot hold a %s"), field, target);
  else
    return TRUE;

  _ml_window_toast (self, message);

  return FALSE;
}

/* The type a new object gets from where it goes: "persona" in a target names the lecture's
 * Persona, and so does Persona's own pointer field. */
static const char *
sandbox_type_for (const char *where)
{
  return strstr (where, "persona") != NULL || g_str_equal (where, "Amigo") ? "Persona" : "Nodo";
}

static void
ml_window_actions_sandbox_alloc_cb (GtkWidget  *widget,
                                    const char *action_name,
                                    GVariant   *parameter)
{
  MlWindow *self = ML_WINDOW (widget);
  const char *where = g_variant_get_string (parameter, NULL);
  const char *type = sandbox_type_for (where);
  g_autofree char *type_name = g_strdup_printf ("main.%s", type);
  g_auto(GStrv) values = NULL;

  if (g_str_equal (where, "slice"))
    {
      g_autofree char *name = ml_sandbox_script_next_slice (self->script);

      ml_engine_sandbox_new_root (self->engine, name, "[]*main.Nodo", TRUE, NULL);
      ml_sandbox_script_declare (self->script, name, TRUE, "[]*Nodo", NULL);
    }
  else if (g_str_has_prefix (where, "local") || g_str_has_prefix (where, "global"))
    {
      gboolean global = g_str_has_prefix (where, "global");
      g_autofree char *name = global ? ml_sandbox_script_next_global (self->script)
                                     : ml_sandbox_script_next_local (self->script);

      values = _ml_window_sandbox_new_values (self, type);
      ml_engine_sandbox_new_root (self->engine, name, type_name, global, (const char * const *)values);
      ml_sandbox_script_declare (self->script, name, global, type, (const char * const *)values);
    }
  else
    {
      guint64 object = 0;
      g_autofree char *path = _ml_window_sandbox_selected_path (self, &object);
      g_autofree char *lhs = NULL;
      g_autofree char *expr = NULL;

      if (path == NULL)
        {
          _ml_window_toast (self, _("Select an object that a variable reaches first"));
          return;
        }
      if (!sandbox_field_fits (self, object, where, type_name))
        return;

      values = _ml_window_sandbox_new_values (self, type);
      ml_engine_sandbox_new_field (self->engine, object, where, type_name, (const char * const *)values);
      lhs = g_strdup_printf ("%s.%s", path, where);
      expr = ml_sandbox_script_new_object (self->script, type, (const char * const *)values);
      ml_sandbox_script_assign (self->script, lhs, NULL, expr);
    }

  _ml_window_sandbox_refresh_source (self);
}

/* `lista = append(lista, x)`: a new node, or the selected object. */
static void
ml_window_actions_sandbox_append_cb (GtkWidget  *widget,
                                     const char *action_name,
                                     GVariant   *parameter)
{
  MlWindow *self = ML_WINDOW (widget);
  g_autofree char *slice = ml_sandbox_script_get_slice (self->script);
  g_autofree char *element = NULL;
  guint64 object = 0;

  if (slice == NULL)
    {
      _ml_window_toast (self, _("Declare a slice first: Allocate → Slice"));
      return;
    }

  if (g_str_equal (g_variant_get_string (parameter, NULL), "selected"))
    {
      const MlRtype *type;

      element = _ml_window_sandbox_selected_path (self, &object);
      if (element == NULL)
        {
          _ml_window_toast (self, _("Select an object that a variable reaches first"));
          return;
        }
      type = sandbox_object_type (self, object);
      if (type == NULL || g_strcmp0 (type->name, "main.Nodo") != 0)
        {
          /* Translators: %s is the slice, "lista". */
          g_autofree char *message = g_strdup_printf (_("Only a Nodo goes into %s"), slice);

          _ml_window_toast (self, message);
          return;
        }
      ml_engine_sandbox_append (self->engine, slice, object, NULL);
    }
  else
    {
      g_auto(GStrv) values = _ml_window_sandbox_new_values (self, "Nodo");

      element = ml_sandbox_script_new_object (self->script, "Nodo", (const char * const *)values);
      ml_engine_sandbox_append (self->engine, slice, 0, (const char * const *)values);
    }
  ml_sandbox_script_append (self->script, slice, element);
  _ml_window_sandbox_refresh_source (self);
}

static void
ml_window_actions_sandbox_link_cb (GtkWidget  *widget,
                                   const char *action_name,
                                   GVariant   *parameter)
{
  MlWindow *self = ML_WINDOW (widget);
  guint64 object = 0;
  g_autofree char *path = _ml_window_sandbox_selected_path (self, &object);
  g_autofree char *message = NULL;

  if (path == NULL)
    {
      _ml_window_toast (self, _("Select the object whose field should point somewhere first"));
      return;
    }
  if (!sandbox_field_fits (self, object, g_variant_get_string (parameter, NULL), NULL))
    return;

  g_set_str (&self->pending_link_field, g_variant_get_string (parameter, NULL));
  self->link_source = object;
  message = g_strdup_printf (_("Now click the object %s.%s should point at"), path, self->pending_link_field);
  _ml_window_toast (self, message);
}

static void
ml_window_actions_sandbox_unlink_cb (GtkWidget  *widget,
                                     const char *action_name,
                                     GVariant   *parameter)
{
  MlWindow *self = ML_WINDOW (widget);
  const char *field = g_variant_get_string (parameter, NULL);
  guint64 object = 0;
  g_autofree char *path = _ml_window_sandbox_selected_path (self, &object);

  if (path == NULL)
    {
      _ml_window_toast (self, _("Select an object that a variable reaches first"));
      return;
    }
  if (!sandbox_field_fits (self, object, field, NULL))
    return;

  ml_engine_sandbox_link (self->engine, object, field, 0);
  ml_sandbox_script_link (self->script, path, field, NULL);
  _ml_window_sandbox_refresh_source (self);
}

void
_ml_window_sandbox_selected (MlWindow    *self,
                             const MlHit *hit)
{
  MlSnapshot *snap = ml_canvas_get_snapshot (self->canvas);
  g_autoptr(MlNarrator) narrator = NULL;
  g_autofree char *source_name = NULL;
  g_autofree char *target_name = NULL;
  g_autofree char *source_path = NULL;
  g_autofree char *target_path = NULL;
  g_autofree char *field = NULL;

  if (self->pending_link_field == NULL || snap == NULL)
    return;

  field = g_steal_pointer (&self->pending_link_field);

  if (hit->kind != ML_HIT_OBJECT || hit->index >= snap->n_objects)
    {
      _ml_window_toast (self, _("Linking cancelled: that was not an object"));
      return;
    }

  narrator = ml_narrator_new (snap);
  source_name = ml_narrator_name_object (narrator, self->link_source);
  target_name = ml_narrator_name_object (narrator, snap->objects[hit->index].addr);
  source_path = ml_sandbox_path_from_name (source_name);
  target_path = ml_sandbox_path_from_name (target_name);

  if (source_path == NULL || target_path == NULL)
    {
      _ml_window_toast (self, _("Only objects that a variable reaches can be linked"));
      return;
    }
  if (snap->objects[hit->index].type == NULL ||
      !sandbox_field_fits (self, self->link_source, field, snap->objects[hit->index].type->name))
    return;

  ml_engine_sandbox_link (self->engine, self->link_source, field, snap->objects[hit->index].addr);
  ml_sandbox_script_link (self->script, source_path, field, target_path);
  _ml_window_sandbox_refresh_source (self);
}

static void
ml_window_actions_sandbox_drop_cb (GtkWidget  *widget,
                                   const char *action_name,
                                   GVariant   *parameter)
{
  MlWindow *self = ML_WINDOW (widget);
  const MlHit *hit = ml_canvas_get_selection (self->canvas);
  MlSnapshot *snap = ml_canvas_get_snapshot (self->canvas);
  const char *name = NULL;

  if (snap != NULL && hit->kind == ML_HIT_SLOT && hit->index < snap->n_slots)
    name = snap->slots[hit->index].name;
  else if (snap != NULL && hit->kind == ML_HIT_GLOBAL && hit->index < snap->n_globals)
    name = snap->globals[hit->index].name;

  if (name == NULL)
    {
      _ml_window_toast (self, _("Select a variable to set to nil first"));
      return;
    }

  ml_engine_sandbox_clear_root (self->engine, name);
  ml_sandbox_script_drop (self->script, name);
  _ml_window_sandbox_refresh_source (self);
}

/* The collector's buttons, each a command of the engine and a line of the program. */
static const struct
{
  const char *action;
  void      (*run)   (MlEngine        *engine);
  void      (*write) (MlSandboxScript *script);
} gc_actions[] = {
  { "win.gc-start", ml_engine_gc_start, ml_sandbox_script_gc_start },
  { "win.gc-step", ml_engine_gc_step, ml_sandbox_script_gc_step },
  { "win.gc-full", ml_engine_gc_full, ml_sandbox_script_gc_full },
};

static void
ml_window_actions_gc_cb (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  MlWindow *self = ML_WINDOW (widget);

  for (guint i = 0; i < G_N_ELEMENTS (gc_actions); i++)
    if (g_str_equal (action_name, gc_actions[i].action))
      {
        gc_actions[i].run (self->engine);
        gc_actions[i].write (self->script);
        _ml_window_sandbox_refresh_source (self);
      }
}

static void
on_barrier_switch_cb (MlWindow   *self,
                      GParamSpec *pspec,
                      GtkSwitch  *barrier)
{
  gboolean active = gtk_switch_get_active (barrier);

  if (self->mode != ML_WINDOW_SANDBOX || self->script == NULL)
    return;

  ml_engine_set_write_barrier (self->engine, active);
  ml_sandbox_script_set_barrier (self->script, active);
  _ml_window_sandbox_refresh_source (self);
  if (!active)
    _ml_window_toast (self, _("Write barrier off: a pointer moved during marking can now be lost"));
}

static void
on_gogc_changed_cb (MlWindow      *self,
                    GtkSpinButton *spin)
{
  int gogc = gtk_spin_button_get_value_as_int (spin);

  if (self->mode != ML_WINDOW_SANDBOX || self->script == NULL)
    return;

  ml_engine_set_gogc (self->engine, gogc);
  ml_sandbox_script_set_gogc (self->script, gogc);
  _ml_window_sandbox_refresh_source (self);
}

static void
on_sandbox_row_activated_cb (MlWindow      *self,
                             GtkListBoxRow *row,
                             GtkListBox    *list)
{
  g_assert (ML_IS_WINDOW (self));

  _ml_window_stop_playing (self);
  _ml_window_clear_comparison (self);
  _ml_window_reset_editing (self);
  g_object_set (self->canvas, "view", self->view, NULL);
  g_clear_object (&self->file);
  g_clear_pointer (&self->lesson_id, g_free);
  self->mode = ML_WINDOW_SANDBOX;
  ml_window_sandbox_begin (self);
  _ml_window_mode_changed (self);
  _ml_window_close_folded_sidebar (self);
}

/**
 * ml_window_start_sandbox:
 *
 * Opens the sandbox, with an empty heap.
 */
void
ml_window_start_sandbox (MlWindow *self)
{
  g_return_if_fail (ML_IS_WINDOW (self));

  on_sandbox_row_activated_cb (self, self->sandbox_row, self->sandbox_list);
}

/**
 * ml_window_get_sandbox_program:
 *
 * Returns: (transfer full) (nullable): the sandbox session as a Go program
 */
char *
ml_window_get_sandbox_program (MlWindow *self)
{
  g_return_val_if_fail (ML_IS_WINDOW (self), NULL);

  return self->script != NULL ? ml_sandbox_script_to_go (self->script) : NULL;
}

/* The object the sandbox variable @name points at, or 0. */
static guint64
sandbox_variable_target (MlWindow   *self,
                         const char *name)
{
  MlSnapshot *snap = ml_engine_get_snapshot (self->engine);

  for (guint i = 0; snap != NULL && i < snap->n_slots; i++)
    if (g_strcmp0 (snap->slots[i].name, name) == 0 && snap->slots[i].target >= 0)
      return snap->objects[snap->slots[i].target].addr;

  return 0;
}

/* Selects the object of the variable @name, then activates @action with @target. */
static void
sandbox_demo_click (MlWindow   *self,
                    const char *name,
                    const char *action,
                    const char *target)
{
  if (name != NULL)
    ml_canvas_select (self->canvas, ML_HIT_OBJECT, sandbox_variable_target (self, name));
  gtk_widget_activate_action (GTK_WIDGET (self), action, target != NULL ? "s" : NULL, target);
}

/**
 * ml_window_sandbox_demo_step:
 * @n: which click, from 0
 *
 * The clicks of a sandbox session that shows what the sandbox does, for its pictures: a
 * Nodo, a Persona and a slice, an append, links, a field dropped, and a collection three
 * steps into its mark.  Call it with 0, 1, 2... once the engine is idle after each.
 *
 * Returns: %FALSE when there are no more clicks
 */
gboolean
ml_window_sandbox_demo_step (MlWindow *self,
                             guint     n)
{
  static const struct
  {
    const char *select;
    const char *action;
    const char *target;
  } clicks[] = {
    { NULL, "win.sandbox-alloc", "local" },
    { NULL, "win.sandbox-alloc", "local-persona" },
    { NULL, "win.sandbox-alloc", "slice" },
    { NULL, "win.sandbox-append", "new" },
    { "a", "win.sandbox-append", "selected" },
    { "a", "win.sandbox-alloc", "izq" },
    { "b", "win.sandbox-alloc", "Amigo" },
    { "a", "win.sandbox-alloc", "der" },
    { "a", "win.sandbox-unlink", "izq" },
    { NULL, "win.gc-start", NULL },
    { NULL, "win.gc-step", NULL },
    { NULL, "win.gc-step", NULL },
    { NULL, "win.gc-step", NULL },
  };

  g_return_val_if_fail (ML_IS_WINDOW (self), FALSE);

  if (self->mode != ML_WINDOW_SANDBOX || n >= G_N_ELEMENTS (clicks))
    return FALSE;
  sandbox_demo_click (self, clicks[n].select, clicks[n].action, clicks[n].target);

  return TRUE;
}

void
_ml_window_sandbox_init (MlWindow *self)
{
  g_signal_connect_object (self->barrier_switch, "notify::active",
                           G_CALLBACK (on_barrier_switch_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->gogc_spin, "value-changed",
                           G_CALLBACK (on_gogc_changed_cb), self, G_CONNECT_SWAPPED);
}

void
_ml_window_class_init_sandbox (GtkWidgetClass *widget_class)
{
  gtk_widget_class_bind_template_callback (widget_class, on_sandbox_row_activated_cb);
  gtk_widget_class_install_action (widget_class, "win.sandbox-alloc", "s", ml_window_actions_sandbox_alloc_cb);
  gtk_widget_class_install_action (widget_class, "win.sandbox-link", "s", ml_window_actions_sandbox_link_cb);
  gtk_widget_class_install_action (widget_class, "win.sandbox-unlink", "s", ml_window_actions_sandbox_unlink_cb);
  gtk_widget_class_install_action (widget_class, "win.sandbox-drop", NULL, ml_window_actions_sandbox_drop_cb);
  gtk_widget_class_install_action (widget_class, "win.sandbox-append", "s", ml_window_actions_sandbox_append_cb);
  gtk_widget_class_install_action (widget_class, "win.sandbox-set-value", "s", _ml_window_sandbox_set_value_cb);
  for (guint i = 0; i < G_N_ELEMENTS (gc_actions); i++)
    gtk_widget_class_install_action (widget_class, gc_actions[i].action, NULL, ml_window_actions_gc_cb);
}
