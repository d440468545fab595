/* ml-object-names.c
 *
 * Copyright 2026 The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * How the pictures name what the program holds: names and types without the program's own
 * package ("Node" for "main.Node"), a heap object's type and size as the memory map titles
 * it ("[5]int array", "40 B in a 48 B slot"), a string as a Go literal, and, in the
 * sandbox, the Go path that reaches an object ("a.izq", "lista[2]").  Every view names things
 * alike, so these words are written once, here.
 */

#include "config.h"

#include <inttypes.h>
#include <string.h>
#include <glib/gi18n-lib.h>

#include "ml-object-names-private.h"
#include "ml-value.h"

/* Go names are package-qualified ("main.Persona", "main.num"); the pictures are about one
 * program, so its own package prefix is left out. */
const char *
ml_short_name (const char *name)
{
  if (name == NULL)
    return "";
  if (g_str_has_prefix (name, "main."))
    return name + 5;

  return name;
}

/**
 * ml_slot_display_name:
 *
 * The compiler names an unnamed result "~r0" and its temporaries ".autotmp": names a class
 * has never written, so the pictures say what they are instead.
 *
 * Returns: (transfer full): the name a picture gives the variable @name
 */
char *
ml_slot_display_name (const char *name)
{
  const char *s = ml_short_name (name);
  guint64 n;

  if (g_str_has_prefix (s, "~r") && g_ascii_string_to_unsigned (s + 2, 10, 0, 1000, &n, NULL))
    return n == 0 ? g_strdup (_("(result)"))
                  /* Translators: the second, third... unnamed result of a function. */
                  : g_strdup_printf (_("(result %u)"), (guint) n + 1);
  if (g_str_has_prefix (s, ".autotmp"))
    return g_strdup (_("(temporary)"));
  /* Go's ".stmp_N": a constant the compiler put in data for a call (fmt's arguments). */
  if (g_str_has_prefix (s, ".stmp"))
    return g_strdup (_("(constant)"));

  return g_strdup (s);
}

/**
 * ml_short_type_name:
 *
 * Returns: (transfer full): the type's name without the program's own package, everywhere
 *   in it: "*main.Node" → "*Node", "[]main.Item" → "[]Item"
 */
char *
ml_short_type_name (const char *name)
{
  GString *out;

  if (name == NULL)
    return g_strdup ("");

  out = g_string_new (NULL);
  for (const char *p = name; *p != '\0';)
    {
      gboolean boundary = p == name || !(g_ascii_isalnum (p[-1]) || p[-1] == '_' || p[-1] == '.');

      if (boundary && g_str_has_prefix (p, "main."))
        {
          p += 5;
          continue;
        }
      g_string_append_c (out, *p++);
    }

  return g_string_free (out, FALSE);
}


/* Whether the object holds several elements of its type: a slice's backing array. */
static gboolean
object_is_array (const MlSnapObject *object)
{
  return object->type != NULL && object->type->size > 0 && ml_object_payload (object) >= 2 * object->type->size;
}

/* The length of the array an object holds, when the slice headers tell it and it fits. */
static guint64
object_array_length (const MlSnapObject *object,
                     MlRefs             *refs)
{
  guint64 n;

  if (refs == NULL || !object_is_array (object))
    return 0;
  n = ml_refs_array_length (refs, object->addr);
  if (n == 0 || n * object->type->size > ml_object_payload (object))
    return 0;

  return n;
}

/* What a heap object is: its type, or "[5]int array" for a slice's backing array whose
 * capacity a slice header in the snapshot tells; its slot, which the size classes round up,
 * says nothing of its length, so without a header it is "[]int backing array", never a
 * length made up from the slot. */
static char *
object_type_name (const MlSnapObject *object,
                  MlRefs             *refs)
{
  const MlRtype *type = object->type;
  g_autofree char *name = NULL;
  guint64 n;

  if (type == NULL)
    return g_strdup (_("tiny block"));

  name = ml_short_type_name (ml_value_type_name (type));
  if (!object_is_array (object))
    return g_steal_pointer (&name);

  n = object_array_length (object, refs);
  if (n > 0)
    /* Translators: a slice's backing array on the heap, e.g. "[8]int array". */
    return g_strdup_printf (_("[%" PRIu64 "]%s array"), n, name);

  /* Translators: a slice's backing array on the heap whose length the picture cannot tell;
   * %s is the element type, as in "[]int backing array". */
  return g_strdup_printf (_("[]%s backing array"), name);
}

/**
 * ml_object_type_name:
 * @refs: (nullable): what the snapshot's headers point at
 *
 * Returns: (transfer full): what a heap object is (see object_type_name()), or, when the
 *   snapshot asks for paths (the sandbox), the Go path that reaches it: "a.izq" for a
 *   struct, "lista · [2]*Nodo array" for others; an object no variable reaches is its type
 *   alone, since both pictures draw it under their "unreachable" caption
 */
char *
ml_object_type_name (const MlSnapObject *object,
                     MlRefs             *refs)
{
  g_autofree char *name = object_type_name (object, refs);
  const char *path;

  if (refs == NULL || !ml_refs_get_snapshot (refs)->object_paths)
    return g_steal_pointer (&name);

  path = ml_refs_object_path (refs, object);
  if (path == NULL)
    return g_steal_pointer (&name);

  /* A struct the sandbox made is its path alone: the pictures follow it with its fields
   * ("a.izq · valor 3"), and its variable's type says which struct it is. */
  if (object->type != NULL && object->type->kind == ML_KIND_STRUCT && !object_is_array (object))
    return g_strdup (path);

  /* Translators: a heap object's Go path and its type, "lista · [2]*Nodo array". */
  return g_strdup_printf (_("%s · %s"), path, name);
}

/* The path inside a value of @type to its byte @offset, as Go writes it after the value's
 * own name (".izq", "[3]", ".direccion.calle", "" for the value itself), and in @leaf the
 * type of the word there. */
static void
append_value_path (GString        *out,
                   const MlRtype  *type,
                   guint64         offset,
                   const MlRtype **leaf)
{
  while (type != NULL)
    {
      if (type->kind == ML_KIND_STRUCT && type->n_fields > 0)
        {
          const MlRtypeField *field = &type->fields[0];

          for (guint i = type->n_fields; i > 0; i--)
            if (offset >= type->fields[i - 1].offset)
              {
                field = &type->fields[i - 1];
                break;
              }
          g_string_append_printf (out, ".%s", field->name);
          offset -= field->offset;
          type = field->type;
        }
      else if (type->kind == ML_KIND_ARRAY && type->elem != NULL && type->elem->size > 0)
        {
          g_string_append_printf (out, "[%" PRIu64 "]", offset / type->elem->size);
          offset %= type->elem->size;
          type = type->elem;
        }
      else
        break;
    }
  *leaf = type;
}

/* Names the object @to, reached through a pointer word of type @leaf holding @target, with
 * @path; an array a slice's header points at the start of is marked, so that its elements
 * are named as Go indexes the slice. */
static void
name_object (const MlSnapshot *snapshot,
             char            **paths,
             gboolean         *slices,
             GQueue           *queue,
             gint64            to,
             guint64           target,
             const MlRtype    *leaf,
             char             *path)
{
  if (to < 0 || paths[to] != NULL || snapshot->objects[to].colour == ML_COLOUR_FREED ||
      snapshot->objects[to].colour == ML_COLOUR_FREE)
    {
      g_free (path);
      return;
    }
  paths[to] = path;
  slices[to] = leaf != NULL && leaf->kind == ML_KIND_SLICE && target == snapshot->objects[to].addr;
  g_queue_push_tail (queue, GINT_TO_POINTER ((int)to));
}

/**
 * ml_object_paths_new:
 *
 * The Go expression that reaches each object of @snapshot, found breadth-first from the
 * package variables and then the frames' variables, in their order, so that it is the
 * shortest, and of two as short the first in that order: "a", "a.izq", "lista[2]".  An
 * object a pointer reaches is named as Go names the value, not "*a": its fields are then
 * a.izq, as Go writes them.
 *
 * Returns: (transfer full): one path per object, %NULL for those no root reaches
 */
char **
ml_object_paths_new (const MlSnapshot *snapshot)
{
  char **paths = g_new0 (char *, MAX (snapshot->n_objects, 1));
  g_autofree gboolean *slices = g_new0 (gboolean, MAX (snapshot->n_objects, 1));
  g_autoptr(GQueue) queue = g_queue_new ();

  for (guint r = 0; r < snapshot->n_globals + snapshot->n_slots; r++)
    {
      const MlSnapSlot *root = r < snapshot->n_globals ? &snapshot->globals[r] : &snapshot->slots[r - snapshot->n_globals];

      if (root->name == NULL || root->type == NULL || !root->type->has_pointers || root->dead ||
          root->value_offset + root->type->size > snapshot->n_values)
        continue;
      for (guint64 w = 0; w < root->type->n_words; w++)
        {
          GString *path;
          const MlRtype *leaf = NULL;
          guint64 target;

          if (!ml_rtype_word_is_pointer (root->type, w))
            continue;
          memcpy (&target, snapshot->values + root->value_offset + 8 * w, sizeof target);
          if (target == 0)
            continue;
          path = g_string_new (ml_short_name (root->name));
          append_value_path (path, root->type, 8 * w, &leaf);
          name_object (snapshot, paths, slices, queue, ml_snapshot_find_object (snapshot, target), target, leaf,
                       g_string_free (path, FALSE));
        }
    }

  while (!g_queue_is_empty (queue))
    {
      guint from = GPOINTER_TO_UINT (g_queue_pop_head (queue));
      const MlSnapObject *object = &snapshot->objects[from];
      guint64 size = object->type != NULL ? object->type->size : 0;

      for (guint e = 0; e < object->n_edges && size > 0; e++)
        {
          const MlSnapEdge *edge = &snapshot->edges[object->first_edge + e];
          GString *path = g_string_new (paths[from]);
          const MlRtype *leaf = NULL;

          /* An element of a slice's array is lista[2]; a field of an object, a.izq. */
          if (slices[from])
            g_string_append_printf (path, "[%" PRIu64 "]", edge->offset / size);
          append_value_path (path, object->type, edge->offset % size, &leaf);
          name_object (snapshot, paths, slices, queue, edge->to, edge->target, leaf, g_string_free (path, FALSE));
        }
    }

  return paths;
}

/**
 * ml_object_size_label:
 * @style: how to write a number of bytes ("48 B")
 *
 * Returns: (transfer full): an object's size as the memory map titles it: "48 B", or, for a
 *   backing array, the bytes its elements take in the slot the size class gave it ("40 B in a
 *   48 B slot"), or only the slot when its length is unknown ("48 B slot")
 */
char *
ml_object_size_label (const MlSnapObject *object,
                      MlRefs             *refs,
                      MlBytesStyle        style)
{
  g_autofree char *slot = ml_format_bytes (object->size, style);
  gboolean large = (object->flags & ML_OBJECT_LARGE) != 0;
  guint64 n;

  if (!object_is_array (object))
    return g_steal_pointer (&slot);

  n = object_array_length (object, refs);
  if (n > 0 && n * object->type->size == ml_object_payload (object))
    return g_steal_pointer (&slot);
  if (n > 0)
    {
      g_autofree char *used = ml_format_bytes (n * object->type->size, style);

      if (large)
        /* Translators: a large object's bytes in the span it has to itself:
         * "7813 KiB in a 7816 KiB span". */
        return g_strdup_printf (_("%s in a %s span"), used, slot);
      /* Translators: a backing array's bytes in the slot its size class gave it:
       * "40 B in a 48 B slot". */
      return g_strdup_printf (_("%s in a %s slot"), used, slot);
    }

  if (large)
    /* Translators: the span of a large object whose length is unknown: "7816 KiB span". */
    return g_strdup_printf (_("%s span"), slot);
  /* Translators: the slot of a backing array whose length is unknown: "48 B slot". */
  return g_strdup_printf (_("%s slot"), slot);
}

/**
 * ml_quote_string:
 *
 * Returns: (transfer full): @len bytes of @text as a Go string literal: in double quotes,
 *   with quotes, backslashes and control characters escaped ("%+v\n" stays on one line)
 */
char *
ml_quote_string (const char *text,
                 gsize       len)
{
  /* The characters Go writes with a backslash of their own. */
  static const struct
  {
    gunichar    c;
    const char *escape;
  } escapes[] = {
    { '"', "\\\"" }, { '\\', "\\\\" }, { '\n', "\\n" }, { '\t', "\\t" }, { '\r', "\\r" },
  };
  GString *out = g_string_sized_new (len + 2);
  const char *p = text != NULL ? text : "";
  const char *end = p + (text != NULL ? len : 0);
  const char *escape;

  g_string_append_c (out, '"');
  while (p < end)
    {
      gunichar c = g_utf8_get_char_validated (p, end - p);

      if (c == (gunichar)-1 || c == (gunichar)-2)
        {
          g_string_append_printf (out, "\\x%02x", (guint8)*p);
          p++;
          continue;
        }
      escape = NULL;
      for (guint k = 0; k < G_N_ELEMENTS (escapes); k++)
        if (escapes[k].c == c)
          escape = escapes[k].escape;
      if (escape != NULL)
        g_string_append (out, escape);
      else if (g_unichar_isprint (c) || c == ' ')
        g_string_append_unichar (out, c);
      else if (c < 0x80)
        g_string_append_printf (out, "\\x%02x", c);
      else if (c < 0x10000)
        g_string_append_printf (out, "\\u%04x", c);
      else
        g_string_append_printf (out, "\\U%08x", c);
      p = g_utf8_next_char (p);
    }
  g_string_append_c (out, '"');

  return g_string_free (out, FALSE);
}
