/* ml-types.c
 *
 * Copyright 2026 The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The front end's types: their memory layout, identity, the predicates the checker asks, the
 * text types2 prints for them and field lookup (the text of constants is ml-const-value.c's).
 * They are a file of their own because the compiler, the escape analysis and the inspector
 * use them too.
 *
 * ml_type_layout() is the only place that computes sizes, alignments and offsets.  They are
 * those of gc on linux/amd64 (cmd/compile/internal/types/size.go): words are 8 bytes, a
 * string is two words, a slice three, an interface two, maps, channels, functions and
 * pointers one; struct fields are placed at the next multiple of their alignment and the
 * struct is rounded up to its own alignment, with one extra byte when it ends in a zero-size
 * field (so that a pointer to that field does not point past the object).
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

/* The layout of the kinds whose values have a fixed size: words are 8 bytes, a string is two
 * words (pointer, length), a slice three (pointer, length, capacity), an interface two (type,
 * data); maps, channels and functions are one pointer. */
static const struct
{
  gint64   size;
  gint64   align;
  gboolean has_pointers;
} fixed_layouts[] = {
  [ML_TYPE_BOOL] = { 1, 1, FALSE },
  [ML_TYPE_INT8] = { 1, 1, FALSE },
  [ML_TYPE_UINT8] = { 1, 1, FALSE },
  [ML_TYPE_INT16] = { 2, 2, FALSE },
  [ML_TYPE_UINT16] = { 2, 2, FALSE },
  [ML_TYPE_INT32] = { 4, 4, FALSE },
  [ML_TYPE_UINT32] = { 4, 4, FALSE },
  [ML_TYPE_FLOAT32] = { 4, 4, FALSE },
  [ML_TYPE_INT] = { 8, 8, FALSE },
  [ML_TYPE_INT64] = { 8, 8, FALSE },
  [ML_TYPE_UINT] = { 8, 8, FALSE },
  [ML_TYPE_UINT64] = { 8, 8, FALSE },
  [ML_TYPE_UINTPTR] = { 8, 8, FALSE },
  [ML_TYPE_FLOAT64] = { 8, 8, FALSE },
  [ML_TYPE_COMPLEX64] = { 8, 4, FALSE },
  [ML_TYPE_COMPLEX128] = { 16, 8, FALSE },
  [ML_TYPE_STRING] = { 16, 8, TRUE },
  [ML_TYPE_UNSAFE_POINTER] = { 8, 8, TRUE },
  [ML_TYPE_POINTER] = { 8, 8, TRUE },
  [ML_TYPE_MAP] = { 8, 8, TRUE },
  [ML_TYPE_CHAN] = { 8, 8, TRUE },
  [ML_TYPE_FUNC] = { 8, 8, TRUE },
  [ML_TYPE_SLICE] = { 24, 8, TRUE },
  [ML_TYPE_INTERFACE] = { 16, 8, TRUE },
};

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
  gboolean complete = TRUE;

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
    ML_TYPE_CASES_BASIC:
    case ML_TYPE_POINTER: case ML_TYPE_SLICE: case ML_TYPE_MAP: case ML_TYPE_CHAN:
    case ML_TYPE_FUNC: case ML_TYPE_INTERFACE:
      type->size = fixed_layouts[type->kind].size;
      type->align = fixed_layouts[type->kind].align;
      type->has_pointers = fixed_layouts[type->kind].has_pointers;
      break;
    case ML_TYPE_ARRAY:
      ml_type_layout (type->elem);
      complete = type->elem->layout_state != 0;
      type->align = type->elem->align;
      /* An array too large for the address space wraps here, as in gc's layout; the
       * checker reports it (ml_check_array_sizes) before anything uses the size. */
      type->size = (gint64) ((guint64) type->elem->size * (guint64) type->len);
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
            complete &= ft->layout_state != 0;
            off = round_up (off, ft->align);
            type->fields[i].offset = off;
            off = (gint64) ((guint64) off + (guint64) ft->size);
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
          complete = type->underlying->layout_state != 0;
          type->size = type->underlying->size;
          type->align = type->underlying->align;
          type->has_pointers = type->underlying->has_pointers;
        }
      else
        {
          type->align = 1;
          complete = FALSE;
        }
      break;
    case ML_TYPE_INVALID:
    ML_TYPE_CASES_UNTYPED:
    default:
      type->size = 0;
      type->align = 1;
      break;
    }
  /* A named type whose declaration is not checked yet (a field's type declared further down
   * the file) has no layout yet: neither it nor what contains it keeps this one. */
  type->layout_state = complete ? 2 : 0;
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
    case ML_TYPE_INTERFACE:
      {
        guint na, nb;
        const MlField *ma = ml_type_interface_methods (a, &na);
        const MlField *mb = ml_type_interface_methods (b, &nb);

        /* Two interfaces are identical when their method sets are, however written. */
        if (na != nb)
          return FALSE;
        for (guint i = 0; i < na; i++)
          if (strcmp (ma[i].name, mb[i].name) != 0 || !ml_type_identical (ma[i].type, mb[i].type))
            return FALSE;
        return TRUE;
      }
    case ML_TYPE_STRUCT:
    case ML_TYPE_TUPLE:
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
    case ML_TYPE_INVALID:
    ML_TYPE_CASES_BASIC:
    ML_TYPE_CASES_UNTYPED:
    default:
      return FALSE;
    }
}

/**
 * ml_type_append_tuple:
 * @out: where to append
 * @tuple: a tuple (parameters or results), or %NULL for an empty one
 * @variadic: whether its last member is a variadic parameter, printed "...T"
 * @with_names: whether members print their names, as in a signature
 *
 * Appends @tuple in parentheses, as types2 prints signatures and the "want"
 * line of a count mismatch.
 */
void
ml_type_append_tuple (GString *out,
                      MlType  *tuple,
                      gboolean variadic,
                      gboolean with_names)
{
  g_string_append_c (out, '(');
  for (guint i = 0; tuple != NULL && i < tuple->n_fields; i++)
    {
      MlType *t = tuple->fields[i].type;

      if (i > 0)
        g_string_append (out, ", ");
      if (with_names && tuple->fields[i].name != NULL && tuple->fields[i].name[0] != '\0')
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

/* A signature's results: one result stands alone, several are a tuple.  In a func type a
 * single named result keeps its parentheses ("func() (n int)"); an interface's method
 * prints a single result bare whatever its name. */
static void
append_results (GString *out,
                MlType  *results,
                gboolean named_single_is_tuple)
{
  if (results == NULL || results->n_fields == 0)
    return;
  g_string_append_c (out, ' ');
  if (results->n_fields == 1
      && (!named_single_is_tuple || results->fields[0].name == NULL || results->fields[0].name[0] == '\0'))
    ml_type_append_string (out, results->fields[0].type);
  else
    ml_type_append_tuple (out, results, FALSE, TRUE);
}

/* A member of a struct ("name T", or "T" when embedded) or of an interface, a method
 * ("Name(params) results"). */
static void append_type (GString  *out,
                         MlType   *type,
                         gboolean  gc);

static void
append_member (GString  *out,
               MlType   *type,
               MlField  *f,
               gboolean  gc)
{
  if (type->kind == ML_TYPE_INTERFACE && !f->embedded)
    {
      g_string_append (out, f->name);
      ml_type_append_tuple (out, f->type->params, f->type->variadic, TRUE);
      append_results (out, f->type->results, FALSE);
      return;
    }
  if (!f->embedded)
    {
      g_string_append (out, f->name);
      g_string_append_c (out, ' ');
    }
  append_type (out, f->type, gc);
}

/**
 * ml_type_append_signature:
 * @out: where to append
 * @sig: a function type
 * @with_names: whether parameters and results print their names
 *
 * Appends a signature without "func", as types2 prints a method after its name:
 * "(int) string", or without names "(float64) (int, error)" (types2's funcString).
 */
void
ml_type_append_signature (GString *out,
                          MlType  *sig,
                          gboolean with_names)
{
  MlType *res = sig->results;

  ml_type_append_tuple (out, sig->params, sig->variadic, with_names);
  if (res == NULL || res->n_fields == 0)
    return;
  g_string_append_c (out, ' ');
  if (res->n_fields == 1 && (!with_names || res->fields[0].name == NULL || res->fields[0].name[0] == '\0'))
    ml_type_append_string (out, res->fields[0].type);
  else
    ml_type_append_tuple (out, res, FALSE, with_names);
}

/* Appends @type as types2 prints it in messages (package main unqualified), or with @gc as
 * cmd/compile prints it in its -m lines, which space the braces of a struct or interface
 * type ("struct { a int }", "struct {}"). */
static void
append_type (GString  *out,
             MlType   *type,
             gboolean  gc)
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
    case ML_TYPE_ARRAY:
    case ML_TYPE_SLICE:
    case ML_TYPE_MAP:
    case ML_TYPE_CHAN:
      /* The element type comes last: *T, [N]T, []T, map[K]T, chan T. */
      if (type->kind == ML_TYPE_ARRAY)
        g_string_append_printf (out, "[%" G_GINT64_FORMAT "]", type->len);
      else if (type->kind == ML_TYPE_MAP)
        {
          g_string_append (out, "map[");
          append_type (out, type->key, gc);
          g_string_append_c (out, ']');
        }
      else
        g_string_append (out, type->kind == ML_TYPE_POINTER ? "*" : type->kind == ML_TYPE_SLICE ? "[]" : "chan ");
      append_type (out, type->elem, gc);
      break;
    case ML_TYPE_STRUCT:
    case ML_TYPE_INTERFACE:
      if (type->kind == ML_TYPE_INTERFACE && type->name != NULL)
        {
          /* any, and interface{} as written. */
          g_string_append (out, type->name);
          break;
        }
      g_string_append (out, type->kind == ML_TYPE_STRUCT ? "struct" : "interface");
      g_string_append (out, gc ? " {" : "{");
      for (guint i = 0; i < type->n_fields; i++)
        {
          g_string_append (out, i > 0 ? "; " : gc ? " " : "");
          append_member (out, type, &type->fields[i], gc);
        }
      g_string_append (out, gc && type->n_fields > 0 ? " }" : "}");
      break;
    case ML_TYPE_FUNC:
      g_string_append (out, "func");
      ml_type_append_tuple (out, type->params, type->variadic, TRUE);
      append_results (out, type->results, TRUE);
      break;
    case ML_TYPE_TUPLE:
      ml_type_append_tuple (out, type, FALSE, TRUE);
      break;
    case ML_TYPE_NAMED:
      /* A type of MemLab's standard library is qualified by its package's name, as types2
       * qualifies the types of other packages ("strings.Builder"). */
      if (type->obj != NULL && type->obj->decl != NULL && type->obj->pkg_path != NULL)
        {
          const char *slash = strrchr (type->obj->pkg_path, '/');

          g_string_append (out, slash != NULL ? slash + 1 : type->obj->pkg_path);
          g_string_append_c (out, '.');
        }
      g_string_append (out, type->name);
      break;
    ML_TYPE_CASES_BASIC:
    ML_TYPE_CASES_UNTYPED:
    default:
      g_string_append (out, type->name);
      break;
    }
}

void
ml_type_append_string (GString *out,
                       MlType  *type)
{
  append_type (out, type, FALSE);
}

/* Appends @type as cmd/compile's -m lines print it (see append_type()). */
void
ml_type_append_gc_string (GString *out,
                          MlType  *type)
{
  append_type (out, type, TRUE);
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

  return ml_type_is_integer (type) || ml_type_is_float (type) || ml_type_is_complex (u);
}

gboolean
ml_type_is_complex (MlType *type)
{
  type = ml_type_underlying (type);
  return type != NULL && (type->kind == ML_TYPE_COMPLEX64 || type->kind == ML_TYPE_COMPLEX128
                          || type->kind == ML_TYPE_UNTYPED_COMPLEX);
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
    case ML_TYPE_INVALID:
    ML_TYPE_CASES_BASIC:
    ML_TYPE_CASES_UNTYPED:
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
 * Returns: (nullable): the field among the struct's own (the checker makes a promoted field's
 *   selector go through the embedded fields, see ml-check-embed.c).
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
  return NULL;
}

/**
 * ml_type_method_compare:
 * @a: a method name
 * @b: another
 *
 * Go's order of methods (types.Sym.Less): exported names first, then by name.  Method sets,
 * and so the functions of an itab, are in this order.
 *
 * Returns: negative, zero or positive, as strcmp().
 */
int
ml_type_method_compare (const char *a,
                        const char *b)
{
  gboolean ea = g_ascii_isupper (a[0]), eb = g_ascii_isupper (b[0]);

  if (ea != eb)
    return ea ? -1 : 1;
  return strcmp (a, b);
}

/**
 * ml_type_interface_methods:
 * @type: an interface type, or a named one
 * @n_methods: (out): how many methods it has
 *
 * Returns: (nullable): the interface's whole method set, in Go's order (see
 * ml_type_method_compare()); %NULL, with @n_methods 0, for a type that is not an interface.
 */
const MlField *
ml_type_interface_methods (MlType *type,
                           guint  *n_methods)
{
  MlType *u = ml_type_underlying (type);

  *n_methods = 0;
  if (u == NULL || u->kind != ML_TYPE_INTERFACE)
    return NULL;
  if (u->mset_state == 2)
    {
      *n_methods = u->n_mset;
      return u->mset;
    }
  /* Not completed by the checker (the universe's any and error): no embedded interfaces,
   * so the explicit methods are the set. */
  *n_methods = u->n_fields;
  return u->fields;
}

/**
 * ml_type_interface_method:
 * @type: an interface type, or a named one
 * @name: a method name
 * @index: (out) (optional): its index in the method set (its slot in an itab)
 *
 * Returns: (nullable): the method of the interface's method set called @name.
 */
MlField *
ml_type_interface_method (MlType     *type,
                          const char *name,
                          guint      *index)
{
  guint n;
  const MlField *m = ml_type_interface_methods (type, &n);

  for (guint i = 0; i < n; i++)
    if (strcmp (m[i].name, name) == 0)
      {
        if (index != NULL)
          *index = i;
        return (MlField *) &m[i];
      }
  return NULL;
}

/**
 * ml_type_lookup_method:
 * @type: a named type, or a pointer to one
 * @name: a method name
 *
 * Returns: (nullable): the method called @name declared on the named type (whatever its
 * receiver), or %NULL.
 */
MlObject *
ml_type_lookup_method (MlType     *type,
                       const char *name)
{
  if (type != NULL && type->kind == ML_TYPE_POINTER)
    type = type->elem;
  if (type == NULL || type->kind != ML_TYPE_NAMED)
    return NULL;
  for (MlObject *m = type->methods; m != NULL; m = m->next_method)
    if (strcmp (m->name, name) == 0)
      return m;
  return NULL;
}
