/* ml-types.c
 *
 * Copyright 2026 The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/*
 * Types of the checker and their memory layout.  Sizes and alignments are
 * those of gc on linux/amd64 (cmd/compile/internal/types/size.go): words
 * are 8 bytes, a string is two words, a slice three, an interface two,
 * maps, channels, functions and pointers one; struct fields are placed at
 * the next multiple of their alignment and the struct is rounded up to its
 * own alignment, with one extra byte when it ends in a zero-size field (so
 * that a pointer to that field does not point past the object).
 */

#define G_LOG_DOMAIN "ml-types"

#include "config.h"

#include <string.h>

#include "ml-types.h"

MlType *
ml_type_underlying (MlType *type)
{
  guint guard = 0;

  while (type != NULL && type->kind == ML_TYPE_NAMED && guard++ < 100)
    type = type->underlying;
  return type;
}

static gint64
round_up (gint64 x,
          gint64 a)
{
  return a <= 1 ? x : (x + a - 1) / a * a;
}

/**
 * ml_type_layout:
 * @type: a type
 *
 * Computes size, alignment, field offsets and whether values of @type hold
 * pointers, with Go's amd64 rules.  Invalid and recursive types get size 0.
 */
void
ml_type_layout (MlType *type)
{
  g_return_if_fail (type != NULL);

  if (type->layout_state == 2)
    return;
  if (type->layout_state == 1)
    {
      /* An invalid recursive type; the checker reports it. */
      type->size = 0;
      type->align = 1;
      return;
    }
  type->layout_state = 1;

  switch (type->kind)
    {
    case ML_TYPE_BOOL:
    case ML_TYPE_INT8:
    case ML_TYPE_UINT8:
      type->size = type->align = 1;
      break;
    case ML_TYPE_INT16:
    case ML_TYPE_UINT16:
      type->size = type->align = 2;
      break;
    case ML_TYPE_INT32:
    case ML_TYPE_UINT32:
    case ML_TYPE_FLOAT32:
      type->size = type->align = 4;
      break;
    case ML_TYPE_INT:
    case ML_TYPE_INT64:
    case ML_TYPE_UINT:
    case ML_TYPE_UINT64:
    case ML_TYPE_UINTPTR:
    case ML_TYPE_FLOAT64:
      type->size = type->align = 8;
      break;
    case ML_TYPE_COMPLEX64:
      type->size = 8;
      type->align = 4;
      break;
    case ML_TYPE_COMPLEX128:
      type->size = 16;
      type->align = 8;
      break;
    case ML_TYPE_STRING:
      type->size = 16;
      type->align = 8;
      type->has_pointers = TRUE;
      break;
    case ML_TYPE_UNSAFE_POINTER:
    case ML_TYPE_POINTER:
    case ML_TYPE_MAP:
    case ML_TYPE_CHAN:
    case ML_TYPE_FUNC:
      type->size = type->align = 8;
      type->has_pointers = TRUE;
      break;
    case ML_TYPE_SLICE:
      type->size = 24;
      type->align = 8;
      type->has_pointers = TRUE;
      break;
    case ML_TYPE_INTERFACE:
      type->size = 16;
      type->align = 8;
      type->has_pointers = TRUE;
      break;
    case ML_TYPE_ARRAY:
      ml_type_layout (type->elem);
      type->align = type->elem->align;
      type->size = type->elem->size * type->len;
      type->has_pointers = type->len > 0 && type->elem->has_pointers;
      break;
    case ML_TYPE_STRUCT:
    case ML_TYPE_TUPLE:
      {
        gint64 off = 0;
        gint64 align = 1;

        for (guint i = 0; i < type->n_fields; i++)
          {
            MlType *ft = type->fields[i].type;

            ml_type_layout (ft);
            off = round_up (off, ft->align);
            type->fields[i].offset = off;
            off += ft->size;
            align = MAX (align, ft->align);
            if (ft->has_pointers)
              type->has_pointers = TRUE;
          }
        if (type->kind == ML_TYPE_STRUCT && type->n_fields > 0 && off > 0
            && type->fields[type->n_fields - 1].type->size == 0)
          off++;
        type->align = align;
        type->size = round_up (off, align);
      }
      break;
    case ML_TYPE_NAMED:
      if (type->underlying != NULL)
        {
          ml_type_layout (type->underlying);
          type->size = type->underlying->size;
          type->align = type->underlying->align;
          type->has_pointers = type->underlying->has_pointers;
        }
      else
        {
          type->align = 1;
        }
      break;
    case ML_TYPE_INVALID:
    case ML_TYPE_UNTYPED_BOOL:
    case ML_TYPE_UNTYPED_INT:
    case ML_TYPE_UNTYPED_RUNE:
    case ML_TYPE_UNTYPED_FLOAT:
    case ML_TYPE_UNTYPED_STRING:
    case ML_TYPE_UNTYPED_NIL:
    default:
      type->size = 0;
      type->align = 1;
      break;
    }
  type->layout_state = 2;
}

gint64
ml_type_sizeof (MlType *type)
{
  g_return_val_if_fail (type != NULL, 0);

  ml_type_layout (type);
  return type->size;
}

gint64
ml_type_alignof (MlType *type)
{
  g_return_val_if_fail (type != NULL, 1);

  ml_type_layout (type);
  return type->align;
}

gboolean
ml_type_has_pointers (MlType *type)
{
  g_return_val_if_fail (type != NULL, FALSE);

  ml_type_layout (type);
  return type->has_pointers;
}

static gboolean
is_basic (MlTypeKind k)
{
  return k >= ML_TYPE_BOOL && k <= ML_TYPE_UNTYPED_NIL;
}

gboolean
ml_type_identical (MlType *a,
                   MlType *b)
{
  if (a == b)
    return TRUE;
  if (a == NULL || b == NULL)
    return FALSE;
  if (a->kind != b->kind)
    return FALSE;
  if (is_basic (a->kind))
    return TRUE;

  switch (a->kind)
    {
    case ML_TYPE_POINTER:
    case ML_TYPE_SLICE:
    case ML_TYPE_CHAN:
      return ml_type_identical (a->elem, b->elem);
    case ML_TYPE_ARRAY:
      return a->len == b->len && ml_type_identical (a->elem, b->elem);
    case ML_TYPE_MAP:
      return ml_type_identical (a->key, b->key) && ml_type_identical (a->elem, b->elem);
    case ML_TYPE_STRUCT:
    case ML_TYPE_TUPLE:
    case ML_TYPE_INTERFACE:
      if (a->n_fields != b->n_fields)
        return FALSE;
      for (guint i = 0; i < a->n_fields; i++)
        {
          if (a->kind != ML_TYPE_TUPLE
              && (g_strcmp0 (a->fields[i].name, b->fields[i].name) != 0
                  || a->fields[i].embedded != b->fields[i].embedded))
            return FALSE;
          if (!ml_type_identical (a->fields[i].type, b->fields[i].type))
            return FALSE;
        }
      return TRUE;
    case ML_TYPE_FUNC:
      return a->variadic == b->variadic
             && ml_type_identical (a->params, b->params)
             && ml_type_identical (a->results, b->results);
    case ML_TYPE_NAMED:
      return FALSE;
    case ML_TYPE_INVALID: case ML_TYPE_BOOL: case ML_TYPE_INT: case ML_TYPE_INT8:
    case ML_TYPE_INT16: case ML_TYPE_INT32: case ML_TYPE_INT64: case ML_TYPE_UINT:
    case ML_TYPE_UINT8: case ML_TYPE_UINT16: case ML_TYPE_UINT32: case ML_TYPE_UINT64:
    case ML_TYPE_UINTPTR: case ML_TYPE_FLOAT32: case ML_TYPE_FLOAT64: case ML_TYPE_COMPLEX64:
    case ML_TYPE_COMPLEX128: case ML_TYPE_STRING: case ML_TYPE_UNSAFE_POINTER:
    case ML_TYPE_UNTYPED_BOOL: case ML_TYPE_UNTYPED_INT: case ML_TYPE_UNTYPED_RUNE:
    case ML_TYPE_UNTYPED_FLOAT: case ML_TYPE_UNTYPED_STRING: case ML_TYPE_UNTYPED_NIL:
    default:
      return FALSE;
    }
}

static void
append_tuple (GString *out,
              MlType  *tuple,
              gboolean variadic)
{
  g_string_append_c (out, '(');
  for (guint i = 0; tuple != NULL && i < tuple->n_fields; i++)
    {
      MlType *t = tuple->fields[i].type;

      if (i > 0)
        g_string_append (out, ", ");
      if (tuple->fields[i].name != NULL && tuple->fields[i].name[0] != '\0')
        {
          g_string_append (out, tuple->fields[i].name);
          g_string_append_c (out, ' ');
        }
      if (variadic && i + 1 == tuple->n_fields && t->kind == ML_TYPE_SLICE)
        {
          g_string_append (out, "...");
          ml_type_append_string (out, t->elem);
        }
      else
        {
          ml_type_append_string (out, t);
        }
    }
  g_string_append_c (out, ')');
}

/* Appends @type as types2 prints it in messages (package main unqualified). */
void
ml_type_append_string (GString *out,
                       MlType  *type)
{
  if (type == NULL)
    {
      g_string_append (out, "invalid type");
      return;
    }
  switch (type->kind)
    {
    case ML_TYPE_INVALID:
      g_string_append (out, "invalid type");
      break;
    case ML_TYPE_POINTER:
      g_string_append_c (out, '*');
      ml_type_append_string (out, type->elem);
      break;
    case ML_TYPE_ARRAY:
      g_string_append_printf (out, "[%" G_GINT64_FORMAT "]", type->len);
      ml_type_append_string (out, type->elem);
      break;
    case ML_TYPE_SLICE:
      g_string_append (out, "[]");
      ml_type_append_string (out, type->elem);
      break;
    case ML_TYPE_MAP:
      g_string_append (out, "map[");
      ml_type_append_string (out, type->key);
      g_string_append_c (out, ']');
      ml_type_append_string (out, type->elem);
      break;
    case ML_TYPE_CHAN:
      g_string_append (out, "chan ");
      ml_type_append_string (out, type->elem);
      break;
    case ML_TYPE_STRUCT:
      g_string_append (out, "struct{");
      for (guint i = 0; i < type->n_fields; i++)
        {
          if (i > 0)
            g_string_append (out, "; ");
          if (!type->fields[i].embedded)
            {
              g_string_append (out, type->fields[i].name);
              g_string_append_c (out, ' ');
            }
          ml_type_append_string (out, type->fields[i].type);
        }
      g_string_append_c (out, '}');
      break;
    case ML_TYPE_INTERFACE:
      if (type->name != NULL)
        {
          g_string_append (out, type->name);
          break;
        }
      g_string_append (out, "interface{");
      for (guint i = 0; i < type->n_fields; i++)
        {
          MlType *ft = type->fields[i].type;

          if (i > 0)
            g_string_append (out, "; ");
          g_string_append (out, type->fields[i].name);
          append_tuple (out, ft->params, ft->variadic);
          if (ft->results != NULL && ft->results->n_fields == 1)
            {
              g_string_append_c (out, ' ');
              ml_type_append_string (out, ft->results->fields[0].type);
            }
          else if (ft->results != NULL && ft->results->n_fields > 1)
            {
              g_string_append_c (out, ' ');
              append_tuple (out, ft->results, FALSE);
            }
        }
      g_string_append_c (out, '}');
      break;
    case ML_TYPE_FUNC:
      g_string_append (out, "func");
      append_tuple (out, type->params, type->variadic);
      if (type->results != NULL && type->results->n_fields == 1
          && (type->results->fields[0].name == NULL || type->results->fields[0].name[0] == '\0'))
        {
          g_string_append_c (out, ' ');
          ml_type_append_string (out, type->results->fields[0].type);
        }
      else if (type->results != NULL && type->results->n_fields == 1)
        {
          g_string_append_c (out, ' ');
          append_tuple (out, type->results, FALSE);
        }
      else if (type->results != NULL && type->results->n_fields > 1)
        {
          g_string_append_c (out, ' ');
          append_tuple (out, type->results, FALSE);
        }
      break;
    case ML_TYPE_TUPLE:
      append_tuple (out, type, FALSE);
      break;
    case ML_TYPE_NAMED:
      g_string_append (out, type->name);
      break;
    case ML_TYPE_BOOL: case ML_TYPE_INT: case ML_TYPE_INT8: case ML_TYPE_INT16:
    case ML_TYPE_INT32: case ML_TYPE_INT64: case ML_TYPE_UINT: case ML_TYPE_UINT8:
    case ML_TYPE_UINT16: case ML_TYPE_UINT32: case ML_TYPE_UINT64: case ML_TYPE_UINTPTR:
    case ML_TYPE_FLOAT32: case ML_TYPE_FLOAT64: case ML_TYPE_COMPLEX64: case ML_TYPE_COMPLEX128:
    case ML_TYPE_STRING: case ML_TYPE_UNSAFE_POINTER: case ML_TYPE_UNTYPED_BOOL:
    case ML_TYPE_UNTYPED_INT: case ML_TYPE_UNTYPED_RUNE: case ML_TYPE_UNTYPED_FLOAT:
    case ML_TYPE_UNTYPED_STRING: case ML_TYPE_UNTYPED_NIL:
    default:
      g_string_append (out, type->name);
      break;
    }
}

char *
ml_type_to_string (MlType *type)
{
  GString *out = g_string_new (NULL);

  ml_type_append_string (out, type);
  return g_string_free (out, FALSE);
}

gboolean
ml_type_is_untyped (MlType *type)
{
  return type != NULL && type->kind >= ML_TYPE_UNTYPED_BOOL && type->kind <= ML_TYPE_UNTYPED_NIL;
}

gboolean
ml_type_is_integer (MlType *type)
{
  type = ml_type_underlying (type);
  return type != NULL && ((type->kind >= ML_TYPE_INT && type->kind <= ML_TYPE_UINTPTR)
                          || type->kind == ML_TYPE_UNTYPED_INT
                          || type->kind == ML_TYPE_UNTYPED_RUNE);
}

gboolean
ml_type_is_unsigned (MlType *type)
{
  type = ml_type_underlying (type);
  return type != NULL && type->kind >= ML_TYPE_UINT && type->kind <= ML_TYPE_UINTPTR;
}

gboolean
ml_type_is_float (MlType *type)
{
  type = ml_type_underlying (type);
  return type != NULL && (type->kind == ML_TYPE_FLOAT32 || type->kind == ML_TYPE_FLOAT64
                          || type->kind == ML_TYPE_UNTYPED_FLOAT);
}

gboolean
ml_type_is_numeric (MlType *type)
{
  MlType *u = ml_type_underlying (type);

  return ml_type_is_integer (type) || ml_type_is_float (type)
         || (u != NULL && (u->kind == ML_TYPE_COMPLEX64 || u->kind == ML_TYPE_COMPLEX128));
}

gboolean
ml_type_is_string (MlType *type)
{
  type = ml_type_underlying (type);
  return type != NULL && (type->kind == ML_TYPE_STRING || type->kind == ML_TYPE_UNTYPED_STRING);
}

gboolean
ml_type_is_boolean (MlType *type)
{
  type = ml_type_underlying (type);
  return type != NULL && (type->kind == ML_TYPE_BOOL || type->kind == ML_TYPE_UNTYPED_BOOL);
}

gboolean
ml_type_is_interface (MlType *type)
{
  type = ml_type_underlying (type);
  return type != NULL && type->kind == ML_TYPE_INTERFACE;
}

gboolean
ml_type_is_comparable (MlType *type)
{
  MlType *u = ml_type_underlying (type);

  if (u == NULL)
    return FALSE;
  switch (u->kind)
    {
    case ML_TYPE_SLICE:
    case ML_TYPE_MAP:
    case ML_TYPE_FUNC:
      return FALSE;
    case ML_TYPE_ARRAY:
      return ml_type_is_comparable (u->elem);
    case ML_TYPE_STRUCT:
      for (guint i = 0; i < u->n_fields; i++)
        if (!ml_type_is_comparable (u->fields[i].type))
          return FALSE;
      return TRUE;
    case ML_TYPE_INVALID: case ML_TYPE_BOOL: case ML_TYPE_INT: case ML_TYPE_INT8:
    case ML_TYPE_INT16: case ML_TYPE_INT32: case ML_TYPE_INT64: case ML_TYPE_UINT:
    case ML_TYPE_UINT8: case ML_TYPE_UINT16: case ML_TYPE_UINT32: case ML_TYPE_UINT64:
    case ML_TYPE_UINTPTR: case ML_TYPE_FLOAT32: case ML_TYPE_FLOAT64: case ML_TYPE_COMPLEX64:
    case ML_TYPE_COMPLEX128: case ML_TYPE_STRING: case ML_TYPE_UNSAFE_POINTER:
    case ML_TYPE_UNTYPED_BOOL: case ML_TYPE_UNTYPED_INT: case ML_TYPE_UNTYPED_RUNE:
    case ML_TYPE_UNTYPED_FLOAT: case ML_TYPE_UNTYPED_STRING: case ML_TYPE_UNTYPED_NIL:
    case ML_TYPE_POINTER: case ML_TYPE_CHAN: case ML_TYPE_INTERFACE: case ML_TYPE_TUPLE:
    case ML_TYPE_NAMED:
    default:
      return TRUE;
    }
}

gboolean
ml_type_is_ordered (MlType *type)
{
  MlType *u = ml_type_underlying (type);

  return ml_type_is_integer (type) || ml_type_is_float (type) || ml_type_is_string (type)
         || (u != NULL && FALSE);
}

/**
 * ml_type_lookup_field:
 * @type: a struct type, a named struct, or a pointer to either
 * @name: a field name
 * @offset: (out) (optional): the field's byte offset
 *
 * Returns: (nullable): the field, looking through embedded fields.
 */
MlField *
ml_type_lookup_field (MlType     *type,
                      const char *name,
                      gint64     *offset)
{
  MlType *u = ml_type_underlying (type);

  if (u != NULL && u->kind == ML_TYPE_POINTER)
    u = ml_type_underlying (u->elem);
  if (u == NULL || u->kind != ML_TYPE_STRUCT)
    return NULL;
  ml_type_layout (u);
  for (guint i = 0; i < u->n_fields; i++)
    {
      if (strcmp (u->fields[i].name, name) == 0)
        {
          if (offset != NULL)
            *offset = u->fields[i].offset;
          return &u->fields[i];
        }
    }
  /* One level of embedding, enough for the subset. */
  for (guint i = 0; i < u->n_fields; i++)
    {
      if (u->fields[i].embedded && ml_type_underlying (u->fields[i].type) != NULL
          && ml_type_underlying (u->fields[i].type)->kind == ML_TYPE_STRUCT)
        {
          gint64 inner = 0;
          MlField *f = ml_type_lookup_field (u->fields[i].type, name, &inner);

          if (f != NULL)
            {
              if (offset != NULL)
                *offset = u->fields[i].offset + inner;
              return f;
            }
        }
    }
  return NULL;
}

static void
append_int128 (GString  *out,
               __int128  v)
{
  char buf[64];
  int n = 0;
  unsigned __int128 u;
  gboolean neg = v < 0;

  u = neg ? -(unsigned __int128) v : (unsigned __int128) v;
  do
    {
      buf[n++] = '0' + (int) (u % 10);
      u /= 10;
    }
  while (u != 0);
  if (neg)
    g_string_append_c (out, '-');
  while (n > 0)
    g_string_append_c (out, buf[--n]);
}

/* Formats a constant as go/constant's String does in types2 messages. */
char *
ml_const_to_string (const MlConst *c)
{
  GString *out = g_string_new (NULL);

  switch (c->kind)
    {
    case ML_CONST_BOOL:
      g_string_append (out, c->b ? "true" : "false");
      break;
    case ML_CONST_STRING:
      {
        /* Quoted, and shortened to 72 characters as go/constant does. */
        g_string_append_c (out, '"');
        for (gsize i = 0; i < c->len; i++)
          {
            guchar ch = c->s[i];

            if (ch == '"' || ch == '\\')
              g_string_append_printf (out, "\\%c", ch);
            else if (ch == '\n')
              g_string_append (out, "\\n");
            else if (ch == '\t')
              g_string_append (out, "\\t");
            else if (ch < 0x20)
              g_string_append_printf (out, "\\x%02x", ch);
            else
              g_string_append_c (out, ch);
          }
        g_string_append_c (out, '"');
        if (out->len > 72)
          {
            g_string_truncate (out, 72 - 3);
            g_string_append (out, "...");
          }
      }
      break;
    case ML_CONST_INT:
      append_int128 (out, c->i);
      break;
    case ML_CONST_FLOAT:
      {
        char buf[64];

        /* Range check first: casting an out-of-range float is undefined. */
        if (c->f < 1e18L && c->f > -1e18L && c->f == (long double) (gint64) c->f)
          g_snprintf (buf, sizeof buf, "%" G_GINT64_FORMAT, (gint64) c->f);
        else
          g_snprintf (buf, sizeof buf, "%.6Lg", c->f);
        g_string_append (out, buf);
      }
      break;
    default:
      break;
    }
  return g_string_free (out, FALSE);
}
