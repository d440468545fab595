/* ml-engine-sandbox.c
 *
 * Copyright The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The sandbox's clicks, as the worker carries them out on the model: the sandbox's types,
 * its main frame, rebuilt with one more local each time one is declared, and the
 * allocations, links and nils the toolbar asks for.  The Go each click stands for is written
 * by ml-sandbox-script.c, on the window's side.
 */

#define G_LOG_DOMAIN "memlab-engine"

#include "config.h"

#include <glib/gi18n.h>

#include "ml-engine-private.h"

/* The driver register that holds the number of sandbox locals. */
#define REG_SANDBOX_LOCALS (ML_RUNTIME_N_REGISTERS - 2)

/* The types the sandbox offers: a tree node with two pointer fields (so objects can form
 * lists, trees and cycles) and a plain integer. */
static const MlRtype *
worker_sandbox_type (Worker     *worker,
                     const char *type_name)
{
  MlRtypeRegistry *types = ml_runtime_get_types (worker->runtime);
  const MlRtype *type = ml_rtype_registry_lookup (types, type_name);

  if (type == NULL && g_strcmp0 (type_name, "main.Nodo") == 0)
    {
      /* A struct that points at itself is declared first, then given its fields. */
      const MlRtype *node = ml_rtype_registry_declare_struct (types, "main.Nodo");
      const MlRtype *node_ptr = ml_rtype_registry_pointer_to (types, node);
      MlRtypeField fields[3];

      fields[0] = (MlRtypeField) { "valor", ml_rtype_registry_basic (types, ML_KIND_INT), 0, FALSE };
      fields[1] = (MlRtypeField) { "izq", node_ptr, 0, FALSE };
      fields[2] = (MlRtypeField) { "der", node_ptr, 0, FALSE };
      type = ml_rtype_registry_define_struct (types, node, fields, G_N_ELEMENTS (fields));
    }
  else if (type == NULL && g_strcmp0 (type_name, "int") == 0)
    type = ml_rtype_registry_basic (types, ML_KIND_INT);

  return type;
}

/* `name := new(T)` in the sandbox's main: the frame gets a slot named @name. */
static gboolean
worker_sandbox_alloc_local (Worker       *worker,
                            const char   *name,
                            const MlRtype *type,
                            GError      **error)
{
  MlRuntime *rt = worker->runtime;
  MlRtypeRegistry *types = ml_runtime_get_types (rt);
  const MlRtype *ptr = ml_rtype_registry_pointer_to (types, type);
  guint k = (guint)ml_runtime_get_register (rt, REG_SANDBOX_LOCALS);
  g_autofree guint64 *values = g_new0 (guint64, k + 1);
  g_autoptr(MlFrameLayout) layout = NULL;
  guint64 base;
  guint id;

  for (guint i = 0; i < k; i++)
    if (g_str_equal (g_ptr_array_index (worker->sandbox_names, i), name))
      {
        g_set_error (error, G_IO_ERROR, G_IO_ERROR_EXISTS,
                     _("There is a variable “%s” already"), name);
        return FALSE;
      }

  /* Names past k belong to a future that stepping back undid; they are replaced. */
  g_ptr_array_set_size (worker->sandbox_names, k);
  g_array_set_size (worker->sandbox_layouts, MIN (worker->sandbox_layouts->len, k + 1));
  g_ptr_array_add (worker->sandbox_names, g_strdup (name));

  layout = ml_frame_layout_new ("main.main");
  for (guint i = 0; i <= k; i++)
    ml_frame_layout_add_slot (layout, g_ptr_array_index (worker->sandbox_names, i), ptr, ML_SLOT_LOCAL);
  id = ml_runtime_register_frame_layout (rt, layout);
  g_array_set_size (worker->sandbox_layouts, k + 2);
  g_array_index (worker->sandbox_layouts, guint, k + 1) = id;

  /* The old frame's values move into the new one. */
  if (k > 0)
    {
      base = ml_runtime_get_frame_base (rt, 1, 0);
      for (guint i = 0; i < k; i++)
        ml_runtime_read_word (rt, base + 8 * i, &values[i]);
      ml_runtime_pop_frame (rt, 1);
    }

  base = ml_runtime_push_frame (rt, 1, id);
  if (base == 0)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NO_SPACE, _("The stack is full"));
      return FALSE;
    }
  for (guint i = 0; i < k; i++)
    ml_runtime_write_pointer (rt, base + 8 * i, values[i]);
  ml_runtime_write_pointer (rt, base + 8 * k, ml_runtime_new_object (rt, type));
  ml_runtime_set_register (rt, REG_SANDBOX_LOCALS, k + 1);

  return TRUE;
}

/* The address of the sandbox local @name, or 0. */
static guint64
worker_sandbox_local_addr (Worker     *worker,
                           const char *name)
{
  guint k = (guint)ml_runtime_get_register (worker->runtime, REG_SANDBOX_LOCALS);

  for (guint i = 0; i < k && i < worker->sandbox_names->len; i++)
    if (g_str_equal (g_ptr_array_index (worker->sandbox_names, i), name))
      return ml_runtime_get_frame_base (worker->runtime, 1, 0) + 8 * i;

  return 0;
}

/* Carries out a sandbox click: a new object for a variable or a field, a pointer written, a
 * variable set to nil.  A click that makes no sense leaves the model as it was and says why
 * in @error. */
void
_ml_engine_worker_sandbox (Worker   *worker,
                           Command  *cmd,
                           GError  **error)
{
  const MlRtype *type = NULL;

  if (cmd->type_name != NULL)
    {
      type = worker_sandbox_type (worker, cmd->type_name);
      if (type == NULL)
        {
          g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                       _("There is no type “%s” in the sandbox"), cmd->type_name);
          return;
        }
    }

  switch (cmd->kind)
    {
    case CMD_SANDBOX_ALLOC_ROOT:
      if (cmd->number)
        ml_runtime_sandbox_alloc_global (worker->runtime, cmd->name, type);
      else if (!worker_sandbox_alloc_local (worker, cmd->name, type, error))
        return;
      break;

    case CMD_SANDBOX_ALLOC_FIELD:
    case CMD_SANDBOX_LINK:
      {
        const MlRtype *object_type = NULL;
        const MlRtypeField *field;
        guint64 size;

        if (ml_runtime_object_base (worker->runtime, cmd->object, &size, &object_type) == 0 ||
            object_type == NULL ||
            (field = ml_rtype_find_field (object_type, cmd->field)) == NULL ||
            field->type->kind != ML_KIND_POINTER)
          {
            g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                         _("The selected object has no pointer field “%s”"), cmd->field);
            return;
          }

        if (cmd->kind == CMD_SANDBOX_ALLOC_FIELD)
          ml_runtime_sandbox_alloc_field (worker->runtime, cmd->object, field->offset, type);
        else
          ml_runtime_sandbox_set_field (worker->runtime, cmd->object, field->offset, cmd->target);
      }
      break;

    case CMD_SANDBOX_CLEAR_ROOT:
      if (worker_sandbox_local_addr (worker, cmd->name) != 0)
        ml_runtime_write_pointer (worker->runtime, worker_sandbox_local_addr (worker, cmd->name), 0);
      else if (!ml_runtime_sandbox_clear_root (worker->runtime, cmd->name))
        {
          g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
                       _("There is no variable “%s”"), cmd->name);
          return;
        }
      break;

    case CMD_QUIT:
    case CMD_RESET:
    case CMD_STEP_FORWARD:
    case CMD_STEP_BACK:
    case CMD_SEEK:
    case CMD_RUN_TO_END:
    case CMD_GC_START:
    case CMD_GC_STEP:
    case CMD_GC_FULL:
    case CMD_SET_WRITE_BARRIER:
    case CMD_SET_GOGC:
    case CMD_EXPORT_STEPS:
    case CMD_LOAD_PROGRAM:
    case CMD_TIMELINE:
    default:
      g_assert_not_reached ();
    }

  ml_runtime_end_step (worker->runtime);
}
