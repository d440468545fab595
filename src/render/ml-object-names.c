/* ml-object-names.c
 *
 * Copyright 2026 The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * How the pictures name what the program holds: names and types without the program's own
 * package ("Node" for "main.Node"), a heap object's type and size as the memory map titles
 * it ("[5]int array", "40 B in a 48 B slot"), and a string as a Go literal.  Every view
 * names things alike, so these words are written once, here.
 */

#include "config.h"

#include <inttypes.h>
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

/**
 * ml_object_type_name:
 * @refs: (nullable): what the snapshot's headers point at
 *
 * Returns: (transfer full): what a heap object is: its type, or "[5]int array" for a
 *   slice's backing array whose capacity a slice header in the snapshot tells; its slot,
 *   which the size classes round up, says nothing of its length, so without a header it is
 *   "[]int backing array", never a length made up from the slot
 */
char *
ml_object_type_name (const MlSnapObject *object,
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
