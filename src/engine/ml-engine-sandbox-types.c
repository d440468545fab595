/* ml-engine-sandbox-types.c
 *
 * Copyright The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The types the sandbox offers and the values of their fields.  Each is a runtime type of
 * the model, laid out as Go lays it out (sizes, alignment, pointer maps), so that its objects
 * go to the size classes and spans Go would give them and the collector scans them as it
 * scans a program's: a tree node, the lecture's Persona and a slice of nodes.  Setting a
 * field writes its bytes as the compiled assignment would, the pointer word of a string
 * through the write barrier.  Apart from the clicks (ml-engine-sandbox.c) because these are
 * the sandbox's vocabulary, and a new type goes here alone.
 */

#define G_LOG_DOMAIN "memlab-engine"

#include "config.h"

#include <glib/gi18n.h>

#include "ml-engine-private.h"

/* The longest name a Persona may be given: the sandbox's strings are literals in rodata,
 * which only grows, so each one is kept short. */
#define SANDBOX_MAX_STRING 64

/* type Nodo struct { valor int; izq, der *Nodo }: lists, trees and cycles. */
static const MlRtype *
sandbox_nodo (MlRtypeRegistry *types)
{
  const MlRtype *type = ml_rtype_registry_lookup (types, "main.Nodo");
  const MlRtype *ptr;
  MlRtypeField fields[3];

  if (type != NULL)
    return type;

  /* A struct that points at itself is declared first, then given its fields. */
  type = ml_rtype_registry_declare_struct (types, "main.Nodo");
  ptr = ml_rtype_registry_pointer_to (types, type);
  fields[0] = (MlRtypeField) { "valor", ml_rtype_registry_basic (types, ML_KIND_INT), 0, FALSE };
  fields[1] = (MlRtypeField) { "izq", ptr, 0, FALSE };
  fields[2] = (MlRtypeField) { "der", ptr, 0, FALSE };

  return ml_rtype_registry_define_struct (types, type, fields, G_N_ELEMENTS (fields));
}

/* type Persona struct { Nombre string; Edad int; Amigo *Persona }: the lecture's struct,
 * with a string whose bytes are elsewhere and a pointer to another of its kind. */
static const MlRtype *
sandbox_persona (MlRtypeRegistry *types)
{
  const MlRtype *type = ml_rtype_registry_lookup (types, "main.Persona");
  MlRtypeField fields[3];

  if (type != NULL)
    return type;

  type = ml_rtype_registry_declare_struct (types, "main.Persona");
  fields[0] = (MlRtypeField) { "Nombre", ml_rtype_registry_basic (types, ML_KIND_STRING), 0, FALSE };
  fields[1] = (MlRtypeField) { "Edad", ml_rtype_registry_basic (types, ML_KIND_INT), 0, FALSE };
  fields[2] = (MlRtypeField) { "Amigo", ml_rtype_registry_pointer_to (types, type), 0, FALSE };

  return ml_rtype_registry_define_struct (types, type, fields, G_N_ELEMENTS (fields));
}

/**
 * _ml_engine_sandbox_type:
 * @type_name: "main.Nodo", "main.Persona", "[]*main.Nodo" or "int"
 *
 * Returns: (nullable): the runtime type the sandbox calls @type_name, made on first use
 */
const MlRtype *
_ml_engine_sandbox_type (Worker     *worker,
                         const char *type_name)
{
  MlRtypeRegistry *types = ml_runtime_get_types (worker->runtime);

  if (g_strcmp0 (type_name, "main.Nodo") == 0)
    return sandbox_nodo (types);
  if (g_strcmp0 (type_name, "main.Persona") == 0)
    return sandbox_persona (types);
  if (g_strcmp0 (type_name, "[]*main.Nodo") == 0)
    return ml_rtype_registry_slice_of (types, ml_rtype_registry_pointer_to (types, sandbox_nodo (types)));
  if (g_strcmp0 (type_name, "int") == 0)
    return ml_rtype_registry_basic (types, ML_KIND_INT);

  return NULL;
}

/**
 * _ml_engine_sandbox_set_value:
 * @type: the type of the object at @object
 * @value: the new value as the user typed it: digits for an int, any text for a string
 *
 * `object.field = value`.  A value that does not fit the field leaves the object as it was
 * and says why in @error.  With @object 0, only checks that the value fits.
 */
gboolean
_ml_engine_sandbox_set_value (Worker        *worker,
                              guint64        object,
                              const MlRtype *type,
                              const char    *field_name,
                              const char    *value,
                              GError       **error)
{
  MlRuntime *rt = worker->runtime;
  const MlRtypeField *field = type != NULL ? ml_rtype_find_field (type, field_name) : NULL;
  guint64 addr;

  if (field == NULL || field->type == NULL ||
      (field->type->kind != ML_KIND_INT && field->type->kind != ML_KIND_STRING))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                   _("The selected object has no field “%s” that holds a number or a text"), field_name);
      return FALSE;
    }

  addr = object + field->offset;
  if (field->type->kind == ML_KIND_INT)
    {
      gint64 number;

      if (!g_ascii_string_to_signed (value, 10, G_MININT64, G_MAXINT64, &number, NULL))
        {
          g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                       _("“%s” is not a whole number"), value);
          return FALSE;
        }
      return object == 0 || ml_runtime_write_word (rt, addr, (guint64)number) == ML_FAULT_NONE;
    }

  if (!g_utf8_validate (value, -1, NULL) || strlen (value) > SANDBOX_MAX_STRING)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                   _("A name in the sandbox has at most %d letters"), SANDBOX_MAX_STRING);
      return FALSE;
    }

  if (object == 0)
    return TRUE;

  /* A string literal: its bytes in rodata, its header in the field, the pointer word written
   * as the compiler writes it. */
  return ml_runtime_write_pointer (rt, addr, ml_runtime_intern_string (rt, value, -1)) == ML_FAULT_NONE &&
         ml_runtime_write_word (rt, addr + 8, strlen (value)) == ML_FAULT_NONE;
}

/**
 * _ml_engine_sandbox_set_values:
 * @values: (nullable): "field=value" entries
 *
 * The fields of a composite literal, `&Nodo{valor: 3}`, written into a new object; with
 * @object 0, only checked.
 */
gboolean
_ml_engine_sandbox_set_values (Worker        *worker,
                               guint64        object,
                               const MlRtype *type,
                               char         **values,
                               GError       **error)
{
  for (guint i = 0; values != NULL && values[i] != NULL; i++)
    {
      g_auto(GStrv) pair = g_strsplit (values[i], "=", 2);

      if (pair[0] == NULL || pair[1] == NULL)
        {
          g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                       _("“%s” does not say which field gets which value"), values[i]);
          return FALSE;
        }
      if (!_ml_engine_sandbox_set_value (worker, object, type, pair[0], pair[1], error))
        return FALSE;
    }

  return TRUE;
}
