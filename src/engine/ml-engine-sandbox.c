/* ml-engine-sandbox.c
 *
 * Copyright The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The sandbox's clicks, as the worker carries them out on the model: its main frame,
 * rebuilt with one more local each time one is declared, and the allocations, links,
 * values, appends and nils the toolbar asks for (its types are ml-engine-sandbox-types.c).
 * The Go each click stands for is written by ml-sandbox-script.c, on the window's side.
 */

#define G_LOG_DOMAIN "memlab-engine"

#include "config.h"

#include <glib/gi18n.h>

#include "ml-engine-private.h"

/* The driver register that holds the number of sandbox locals. */
#define REG_SANDBOX_LOCALS (ML_RUNTIME_N_REGISTERS - 2)

/* The byte offset of local @i in the sandbox's frame: the slots follow one another, each a
 * whole number of words, as ml_frame_layout_add_slot() lays them out. */
static guint64
worker_sandbox_local_offset (Worker *worker,
                             guint   i)
{
  guint64 offset = 0;

  for (guint j = 0; j < i; j++)
    offset += ((const MlRtype *)g_ptr_array_index (worker->sandbox_types, j))->size;

  return offset;
}

/* `name := new(T)` (@type a struct) or `var name []*T` (@type a slice) in the sandbox's main:
 * the frame gets a slot named @name, and a new object for a pointer, whose fields get
 * @values. */
static gboolean
worker_sandbox_alloc_local (Worker        *worker,
                            const char    *name,
                            const MlRtype *type,
                            char         **values,
                            GError       **error)
{
  MlRuntime *rt = worker->runtime;
  MlRtypeRegistry *types = ml_runtime_get_types (rt);
  const MlRtype *slot_type = type->kind == ML_KIND_SLICE ? type : ml_rtype_registry_pointer_to (types, type);
  guint k = (guint)ml_runtime_get_register (rt, REG_SANDBOX_LOCALS);
  guint64 old_words;
  g_autofree guint64 *words = NULL;
  g_autoptr(MlFrameLayout) layout = NULL;
  guint64 base, obj;
  guint id;

  for (guint i = 0; i < k; i++)
    if (g_str_equal (g_ptr_array_index (worker->sandbox_names, i), name))
      {
        g_set_error (error, G_IO_ERROR, G_IO_ERROR_EXISTS,
                     _("There is a variable “%s” already"), name);
        return FALSE;
      }
  if (!_ml_engine_sandbox_set_values (worker, 0, type, values, error))
    return FALSE;

  /* Names past k belong to a future that stepping back undid; they are replaced. */
  g_ptr_array_set_size (worker->sandbox_names, k);
  g_ptr_array_set_size (worker->sandbox_types, k);
  g_array_set_size (worker->sandbox_layouts, MIN (worker->sandbox_layouts->len, k + 1));
  g_ptr_array_add (worker->sandbox_names, g_strdup (name));
  g_ptr_array_add (worker->sandbox_types, (gpointer)slot_type);

  layout = ml_frame_layout_new ("main.main");
  for (guint i = 0; i <= k; i++)
    ml_frame_layout_add_slot (layout, g_ptr_array_index (worker->sandbox_names, i),
                              g_ptr_array_index (worker->sandbox_types, i), ML_SLOT_LOCAL);
  id = ml_runtime_register_frame_layout (rt, layout);
  g_array_set_size (worker->sandbox_layouts, k + 2);
  g_array_index (worker->sandbox_layouts, guint, k + 1) = id;

  /* The old frame's values move into the new one, whose first slots are the same. */
  old_words = worker_sandbox_local_offset (worker, k) / 8;
  words = g_new0 (guint64, old_words + 1);
  if (k > 0)
    {
      base = ml_runtime_get_frame_base (rt, 1, 0);
      for (guint64 w = 0; w < old_words; w++)
        ml_runtime_read_word (rt, base + 8 * w, &words[w]);
      ml_runtime_pop_frame (rt, 1);
    }

  base = ml_runtime_push_frame (rt, 1, id);
  if (base == 0)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NO_SPACE, _("The stack is full"));
      return FALSE;
    }
  for (guint i = 0, w = 0; i < k; i++)
    {
      const MlRtype *t = g_ptr_array_index (worker->sandbox_types, i);

      for (guint64 j = 0; j < t->size / 8; j++, w++)
        if (ml_rtype_word_is_pointer (t, j))
          ml_runtime_write_pointer (rt, base + 8 * w, words[w]);
        else
          ml_runtime_write_word (rt, base + 8 * w, words[w]);
    }
  if (type->kind != ML_KIND_SLICE)
    {
      obj = ml_runtime_new_object (rt, type);
      _ml_engine_sandbox_set_values (worker, obj, type, values, NULL);
      ml_runtime_write_pointer (rt, base + 8 * old_words, obj);
    }
  ml_runtime_set_register (rt, REG_SANDBOX_LOCALS, k + 1);

  return TRUE;
}

/* The address of the sandbox local @name, or 0; its type in @type. */
static guint64
worker_sandbox_local_addr (Worker         *worker,
                           const char     *name,
                           const MlRtype **type)
{
  guint k = (guint)ml_runtime_get_register (worker->runtime, REG_SANDBOX_LOCALS);

  for (guint i = 0; i < k && i < worker->sandbox_names->len; i++)
    if (g_str_equal (g_ptr_array_index (worker->sandbox_names, i), name))
      {
        if (type != NULL)
          *type = g_ptr_array_index (worker->sandbox_types, i);
        return ml_runtime_get_frame_base (worker->runtime, 1, 0) + worker_sandbox_local_offset (worker, i);
      }

  return 0;
}

/* `name = append(name, x)` for the sandbox's slice @name, with @target as x, or a new object
 * with @values when @target is 0.  When the array is full, growslice gives it the
 * capacity Go would, in a new array; the old one is left to the collector. */
static gboolean
worker_sandbox_append (Worker       *worker,
                       const char   *name,
                       guint64       target,
                       char        **values,
                       GError      **error)
{
  MlRuntime *rt = worker->runtime;
  const MlRtype *type = NULL;
  guint64 header = worker_sandbox_local_addr (worker, name, &type);
  guint64 ptr = 0, len = 0, cap = 0;

  /* A package variable: a slice the sandbox declared, if stepping back did not undo it. */
  if (header == 0 && (type = g_hash_table_lookup (worker->sandbox_slices, name)) != NULL)
    header = ml_runtime_lookup_global (rt, name);

  if (header == 0 || type == NULL || type->kind != ML_KIND_SLICE)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND, _("There is no slice “%s”"), name);
      return FALSE;
    }
  if (target == 0 && !_ml_engine_sandbox_set_values (worker, 0, type->elem->elem, values, error))
    return FALSE;
  if (target != 0)
    {
      const MlRtype *target_type = NULL;
      guint64 size;

      if (ml_runtime_object_base (rt, target, &size, &target_type) != target || target_type != type->elem->elem)
        {
          g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                       _("Only a %s goes into %s"), type->elem->elem->name, name);
          return FALSE;
        }
    }

  ml_runtime_read_word (rt, header, &ptr);
  ml_runtime_read_word (rt, header + 8, &len);
  ml_runtime_read_word (rt, header + 16, &cap);
  if (target == 0)
    {
      target = ml_runtime_new_object (rt, type->elem->elem);
      _ml_engine_sandbox_set_values (worker, target, type->elem->elem, values, NULL);
    }
  if (len == cap)
    {
      ptr = ml_runtime_growslice (rt, ptr, len, cap, len + 1, type->elem, &cap);
      if (ptr == 0)
        {
          g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NO_SPACE, _("The heap is full"));
          return FALSE;
        }
    }
  ml_runtime_write_pointer (rt, ptr + 8 * len, target);
  ml_runtime_write_pointer (rt, header, ptr);
  ml_runtime_write_word (rt, header + 8, len + 1);
  ml_runtime_write_word (rt, header + 16, cap);

  return TRUE;
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
      type = _ml_engine_sandbox_type (worker, cmd->type_name);
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
      if (cmd->number && type->kind != ML_KIND_SLICE)
        {
          if (!_ml_engine_sandbox_set_values (worker, 0, type, cmd->values, error))
            return;
          _ml_engine_sandbox_set_values (worker, ml_runtime_sandbox_alloc_global (worker->runtime, cmd->name, type),
                                         type, cmd->values, NULL);
        }
      else if (cmd->number)
        {
          /* `var lista []*Nodo`: a nil slice in the data segment. */
          if (ml_runtime_lookup_global (worker->runtime, cmd->name) == 0 &&
              ml_runtime_add_global (worker->runtime, cmd->name, type, FALSE) == 0)
            {
              g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NO_SPACE, _("The data segment is full"));
              return;
            }
          g_hash_table_replace (worker->sandbox_slices, g_strdup (cmd->name), (gpointer)type);
        }
      else if (!worker_sandbox_alloc_local (worker, cmd->name, type, cmd->values, error))
        return;
      break;

    case CMD_SANDBOX_APPEND:
      if (!worker_sandbox_append (worker, cmd->name, cmd->target, cmd->values, error))
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
          {
            if (type == NULL || type->kind != ML_KIND_STRUCT || field->type->elem != type)
              {
                g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                             _("The field “%s” cannot hold a %s"), cmd->field, cmd->type_name);
                return;
              }
            if (!_ml_engine_sandbox_set_values (worker, 0, type, cmd->values, error))
              return;
            _ml_engine_sandbox_set_values (worker,
                                           ml_runtime_sandbox_alloc_field (worker->runtime, cmd->object, field->offset, type),
                                           type, cmd->values, NULL);
          }
        else
          {
            const MlRtype *target_type = NULL;

            /* A pointer holds only its own type: a Persona in a Nodo's izq would not compile. */
            if (cmd->target != 0 &&
                (ml_runtime_object_base (worker->runtime, cmd->target, &size, &target_type) != cmd->target ||
                 target_type != field->type->elem))
              {
                g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                             _("The field “%s” cannot hold a %s"), cmd->field,
                             target_type != NULL ? target_type->name : "?");
                return;
              }
            ml_runtime_sandbox_set_field (worker->runtime, cmd->object, field->offset, cmd->target);
          }
      }
      break;

    case CMD_SANDBOX_SET_VALUE:
      /* The new value comes as @name: it is what the user typed. */
      {
        const MlRtype *object_type = NULL;
        guint64 size;

        if (ml_runtime_object_base (worker->runtime, cmd->object, &size, &object_type) == 0 ||
            !_ml_engine_sandbox_set_value (worker, cmd->object, object_type, cmd->field, cmd->name, error))
          {
            if (error != NULL && *error == NULL)
              g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                                   _("Select an object first"));
            return;
          }
      }
      break;

    case CMD_SANDBOX_CLEAR_ROOT:
      {
        const MlRtype *local_type = NULL;
        guint64 local = worker_sandbox_local_addr (worker, cmd->name, &local_type);

        if (local == 0 && (local_type = g_hash_table_lookup (worker->sandbox_slices, cmd->name)) != NULL)
          local = ml_runtime_lookup_global (worker->runtime, cmd->name);

        /* A nil slice is three zero words, its pointer written as the compiler writes it. */
        if (local != 0 && local_type != NULL && local_type->kind == ML_KIND_SLICE)
          {
            ml_runtime_write_pointer (worker->runtime, local, 0);
            ml_runtime_write_word (worker->runtime, local + 8, 0);
            ml_runtime_write_word (worker->runtime, local + 16, 0);
            break;
          }
        if (local != 0)
          {
            ml_runtime_write_pointer (worker->runtime, local, 0);
            break;
          }
      }
      if (!ml_runtime_sandbox_clear_root (worker->runtime, cmd->name))
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
