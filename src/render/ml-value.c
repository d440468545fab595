/* ml-value.c
 *
 * Copyright The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Values read from a snapshot's bytes: words and integers, the string literal a pointer
 * points at, Go's names of types, and a value written as fmt prints it with %v.  The views and
 * the inspector read values the same way through these.
 */

#include "config.h"

#include <inttypes.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "ml-value.h"
#include "ml-maps-private.h"

/* The model is little-endian, as linux/amd64. */
guint64
ml_value_read_word (const guint8 *bytes,
                    guint64       offset)
{
  guint64 v = 0;

  g_return_val_if_fail (bytes != NULL, 0);

  for (guint i = 0; i < 8; i++)
    v |= (guint64)bytes[offset + i] << (8 * i);

  return v;
}

gint64
ml_value_read_int (const guint8 *bytes,
                   guint64       size)
{
  guint64 v = 0;

  g_return_val_if_fail (bytes != NULL, 0);
  g_return_val_if_fail (size >= 1 && size <= 8, 0);

  for (guint i = 0; i < size; i++)
    v |= (guint64)bytes[i] << (8 * i);

  /* Sign-extend from the value's own width. */
  if (size < 8 && (v >> (size * 8 - 1)) & 1)
    v |= ~G_GUINT64_CONSTANT (0) << (size * 8);

  return (gint64)v;
}

/**
 * ml_value_find_string:
 * @addr: an address inside a string literal
 *
 * Returns: (nullable): the rodata string that holds @addr
 */
const MlSnapString *
ml_value_find_string (const MlSnapshot *snapshot,
                      guint64           addr)
{
  g_return_val_if_fail (snapshot != NULL, NULL);

  for (guint i = 0; i < snapshot->n_strings; i++)
    {
      const MlSnapString *s = &snapshot->strings[i];

      if (addr >= s->addr && addr < s->addr + MAX (s->len, 1))
        return s;
    }

  return NULL;
}

/**
 * ml_value_string_text:
 *
 * Returns: (transfer full): the text of the string header (@ptr, @len) when its bytes are in
 *   rodata; "…" when they are somewhere the snapshot does not copy (built at run time)
 */
char *
ml_value_string_text (const MlSnapshot *snapshot,
                      guint64           ptr,
                      guint64           len)
{
  const MlSnapString *s;
  guint64 start;

  if (len == 0)
    return g_strdup ("");

  s = ml_value_find_string (snapshot, ptr);
  if (s == NULL || s->text == NULL)
    {
      /* A string made at run time: its bytes are a heap object's, when the snapshot has
       * them. */
      gint64 o = ml_snapshot_find_object (snapshot, ptr);

      if (o >= 0 && ptr + len <= snapshot->objects[o].addr + snapshot->objects[o].value_size)
        return g_strndup ((const char *) snapshot->values + snapshot->objects[o].value_offset +
                          (ptr - snapshot->objects[o].addr), len);
      return g_strdup ("…");
    }

  start = ptr - s->addr;
  if (start + len > s->len)
    len = s->len - start;

  return g_strndup (s->text + start, len);
}

/**
 * ml_value_dynamic_type:
 * @type_word: an interface's first word
 *
 * The dynamic type of an interface value, from its first word: an empty interface's type
 * descriptor, which the model keeps in rodata as the type's name, or an interface with
 * methods' itab, a rodata symbol named "go:itab.T,I" as Go's linker names it.
 *
 * Returns: (transfer full) (nullable): the type's name ("main.Perro", "*main.Gato"), or
 *   %NULL for a nil interface or a word the snapshot cannot name
 */
char *
ml_value_dynamic_type (const MlSnapshot *snapshot,
                       guint64           type_word)
{
  g_return_val_if_fail (snapshot != NULL, NULL);

  if (type_word == 0)
    return NULL;
  for (guint i = 0; i < snapshot->n_symbols; i++)
    {
      const MlSnapSymbol *sym = &snapshot->symbols[i];

      if (sym->addr == type_word && g_str_has_prefix (sym->name, "go:itab."))
        {
          const char *t = sym->name + strlen ("go:itab.");
          const char *comma = strrchr (t, ',');

          return comma != NULL ? g_strndup (t, comma - t) : g_strdup (t);
        }
    }
  for (guint i = 0; i < snapshot->n_strings; i++)
    if (snapshot->strings[i].addr == type_word)
      return g_strndup (snapshot->strings[i].text, snapshot->strings[i].len);
  return NULL;
}

/* Go's %v for floats is strconv's shortest 'g' form: the fewest digits that read back as the
 * same number, in exponent form when the exponent is below -4 or at least 6 (the precision
 * strconv uses for that decision when printing the shortest form), so 1e6 prints as "1e+06"
 * and 123456 as "123456". */
void
ml_value_append_float (GString  *out,
                       double    value,
                       gboolean  is_float32)
{
  char buf[64];
  char digits[32];
  int nd = 0;
  int exp10 = 0;
  gboolean negative;

  if (isnan (value))
    {
      g_string_append (out, "NaN");
      return;
    }
  if (isinf (value))
    {
      g_string_append (out, value > 0 ? "+Inf" : "-Inf");
      return;
    }
  if (value == 0)
    {
      g_string_append (out, signbit (value) ? "-0" : "0");
      return;
    }

  negative = value < 0;
  value = fabs (value);

  /* The shortest precision that reads back as the same number. */
  for (int p = 1; p <= 17; p++)
    {
      double back;

      g_snprintf (buf, sizeof buf, "%.*e", p - 1, value);
      back = g_ascii_strtod (buf, NULL);
      if (is_float32 ? (float)back == (float)value : back == value)
        break;
    }

  for (const char *c = buf; *c != '\0' && *c != 'e'; c++)
    if (g_ascii_isdigit (*c))
      digits[nd++] = *c;
  digits[nd] = '\0';
  exp10 = atoi (strchr (buf, 'e') + 1);
  while (nd > 1 && digits[nd - 1] == '0')
    digits[--nd] = '\0';

  if (negative)
    g_string_append_c (out, '-');

  if (exp10 < -4 || exp10 >= 6)
    {
      g_string_append_c (out, digits[0]);
      if (nd > 1)
        {
          g_string_append_c (out, '.');
          g_string_append (out, digits + 1);
        }
      g_string_append_printf (out, "e%c%02d", exp10 < 0 ? '-' : '+', ABS (exp10));
      return;
    }

  if (exp10 < 0)
    {
      g_string_append (out, "0.");
      for (int i = -1; i > exp10; i--)
        g_string_append_c (out, '0');
      g_string_append (out, digits);
      return;
    }

  for (int i = 0; i <= exp10 || i < nd; i++)
    {
      if (i == exp10 + 1)
        g_string_append_c (out, '.');
      g_string_append_c (out, i < nd ? digits[i] : '0');
    }
}

const char *
ml_value_type_name (const MlRtype *type)
{
  if (type == NULL)
    return "?";
  if (type->name != NULL)
    return type->name;

  return ml_kind_to_string (type->kind);
}

/**
 * ml_value_append:
 * @type: the value's type
 * @bytes: type->size bytes of the value
 * @top_level: whether this is the value itself rather than a part of one; Go prints a nil
 *   pointer as <nil> in both cases, but a pointer to a struct only as &{…} at the top
 *
 * Appends the value as fmt's %v prints it.  Bytes that live on the heap (slice elements,
 * map entries) are not part of a snapshot's slot values, so those print as "…".
 */
void
ml_value_append (GString          *out,
                 const MlSnapshot *snapshot,
                 const MlRtype     *type,
                 const guint8     *bytes,
                 gboolean          top_level)
{
  g_return_if_fail (out != NULL);
  g_return_if_fail (type != NULL);
  g_return_if_fail (bytes != NULL);

  switch (type->kind)
    {
    case ML_KIND_BOOL:
      g_string_append (out, bytes[0] ? "true" : "false");
      break;

    ML_KIND_CASES_SIGNED:
      g_string_append_printf (out, "%" PRId64, ml_value_read_int (bytes, MIN (type->size, 8)));
      break;

    ML_KIND_CASES_UNSIGNED:
      {
        guint64 v = 0;

        for (guint i = 0; i < MIN (type->size, 8); i++)
          v |= (guint64)bytes[i] << (8 * i);
        g_string_append_printf (out, "%" PRIu64, v);
      }
      break;

    case ML_KIND_FLOAT32:
      {
        float f;

        memcpy (&f, bytes, 4);
        ml_value_append_float (out, f, TRUE);
      }
      break;

    case ML_KIND_FLOAT64:
      {
        double d;

        memcpy (&d, bytes, 8);
        ml_value_append_float (out, d, FALSE);
      }
      break;

    ML_KIND_CASES_COMPLEX:
      {
        gboolean small = type->kind == ML_KIND_COMPLEX64;
        double re, im;

        if (small)
          {
            float fr, fi;

            memcpy (&fr, bytes, 4);
            memcpy (&fi, bytes + 4, 4);
            re = fr;
            im = fi;
          }
        else
          {
            memcpy (&re, bytes, 8);
            memcpy (&im, bytes + 8, 8);
          }
        g_string_append_c (out, '(');
        ml_value_append_float (out, re, small);
        if (!(im < 0) && !isnan (im))
          g_string_append_c (out, '+');
        ml_value_append_float (out, im, small);
        g_string_append (out, "i)");
      }
      break;

    case ML_KIND_STRING:
      {
        g_autofree char *text = ml_value_string_text (snapshot, ml_value_read_word (bytes, 0),
                                                      ml_value_read_word (bytes, 8));

        g_string_append (out, text);
      }
      break;

    ML_KIND_CASES_POINTER_WORD:
      {
        guint64 ptr = ml_value_read_word (bytes, 0);

        if (ptr == 0)
          g_string_append (out, type->kind == ML_KIND_MAP ? "map[]" : "<nil>");
        else if (type->kind == ML_KIND_MAP && ml_snapshot_find_map (snapshot, ptr) != NULL)
          ml_map_append_entries (out, snapshot, ml_snapshot_find_map (snapshot, ptr), 8);
        else if (type->kind == ML_KIND_MAP)
          g_string_append (out, "map[…]");
        else if (top_level && type->kind == ML_KIND_POINTER && type->elem != NULL &&
                 type->elem->kind == ML_KIND_STRUCT)
          g_string_append (out, "&{…}");
        else
          g_string_append_printf (out, "0x%" PRIx64, ptr);
      }
      break;

    case ML_KIND_INTERFACE:
      if (ml_value_read_word (bytes, 0) == 0)
        g_string_append (out, "<nil>");
      else
        {
          g_autofree char *dt = ml_value_dynamic_type (snapshot, ml_value_read_word (bytes, 0));

          /* What the interface holds is elsewhere: its dynamic type says what it is. */
          if (dt != NULL)
            g_string_append_printf (out, "%s(…)", dt);
          else
            g_string_append (out, "…");
        }
      break;

    case ML_KIND_SLICE:
      if (ml_value_read_word (bytes, 8) == 0)
        g_string_append (out, "[]");
      else
        g_string_append (out, "[…]");
      break;

    case ML_KIND_ARRAY:
      g_string_append_c (out, '[');
      for (guint64 i = 0; type->elem != NULL && i < type->len; i++)
        {
          if (i > 0)
            g_string_append_c (out, ' ');
          if (i >= 16)
            {
              g_string_append (out, "…");
              break;
            }
          ml_value_append (out, snapshot, type->elem, bytes + i * type->elem->size, FALSE);
        }
      g_string_append_c (out, ']');
      break;

    case ML_KIND_STRUCT:
      g_string_append_c (out, '{');
      for (guint i = 0; i < type->n_fields; i++)
        {
          if (i > 0)
            g_string_append_c (out, ' ');
          ml_value_append (out, snapshot, type->fields[i].type, bytes + type->fields[i].offset, FALSE);
        }
      g_string_append_c (out, '}');
      break;

    case ML_KIND_INVALID:
    case ML_N_KINDS:
    default:
      g_string_append (out, "?");
      break;
    }
}

/**
 * ml_value_format:
 *
 * Returns: (transfer full): the value as fmt.Print prints it (%v)
 */
char *
ml_value_format (const MlSnapshot *snapshot,
                 const MlRtype     *type,
                 const guint8     *bytes)
{
  GString *out = g_string_new (NULL);

  ml_value_append (out, snapshot, type, bytes, TRUE);

  return g_string_free (out, FALSE);
}
