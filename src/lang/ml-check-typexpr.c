/* ml-check-typexpr.c
 *
 * Copyright 2026 The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Types: building them (pointer, slice, tuple and signature constructors) and resolving type
 * expressions of the syntax tree into them (types2's typexpr.go and signature.go): names,
 * qualified names, arrays with their constant length, maps with comparable keys, structs with
 * distinct field names, and signatures with a final variadic parameter.
 */

#define G_LOG_DOMAIN "ml-check"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "ml-check-private.h"

MlType *
ml_check_new_type (MlChecker  *c,
                   MlTypeKind  kind,
                   const char *name)
{
  MlType *t = ml_arena_new0 (c->arena, MlType);

  t->kind = kind;
  t->name = name ? ml_arena_strdup (c->arena, name) : NULL;
  return t;
}

static MlType *
new_type_of (MlChecker  *c,
             MlTypeKind  kind,
             MlType     *elem)
{
  MlType *t = ml_check_new_type (c, kind, NULL);

  t->elem = elem;
  return t;
}

MlType *
ml_check_new_pointer (MlChecker *c,
                      MlType    *elem)
{
  return new_type_of (c, ML_TYPE_POINTER, elem);
}

MlType *
ml_check_new_slice (MlChecker *c,
                    MlType    *elem)
{
  return new_type_of (c, ML_TYPE_SLICE, elem);
}

MlType *
ml_check_new_tuple (MlChecker *c,
                    guint      n,
                    MlType   **types)
{
  MlType *t = ml_check_new_type (c, ML_TYPE_TUPLE, NULL);

  t->n_fields = n;
  t->fields = n ? ml_arena_alloc (c->arena, n * sizeof (MlField)) : NULL;
  for (guint i = 0; i < n; i++)
    {
      t->fields[i].type = types[i];
      t->fields[i].name = "";
    }
  return t;
}

MlType *
ml_check_new_func_type (MlChecker *c,
                        guint      n_params,
                        MlType   **params,
                        guint      n_results,
                        MlType   **results,
                        gboolean   variadic)
{
  MlType *t = ml_check_new_type (c, ML_TYPE_FUNC, NULL);

  t->params = ml_check_new_tuple (c, n_params, params);
  t->results = ml_check_new_tuple (c, n_results, results);
  t->variadic = variadic;
  return t;
}

static MlType *
resolve_struct (MlChecker *c,
                MlNode    *n)
{
  MlType *st = ml_check_new_type (c, ML_TYPE_STRUCT, NULL);
  g_autoptr(GArray) fields = g_array_new (FALSE, TRUE, sizeof (MlField));
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; i < n->list.n; i++)
    {
      MlNode *f = n->list.items[i];
      MlType *ft = ml_check_resolve_type (c, f->x);

      if (f->flags & ML_NODE_FLAG_EMBEDDED)
        {
          MlField field = { 0 };
          MlNode *tn = f->x->kind == ML_NODE_STAR ? f->x->x : f->x;

          field.name = tn->kind == ML_NODE_SELECTOR ? tn->name : (tn->name ? tn->name : "?");
          field.type = ft;
          field.embedded = TRUE;
          field.pos = f->pos;
          if (g_hash_table_contains (seen, field.name))
            ml_check_error_at (c, f->pos, "%s redeclared", field.name);
          g_hash_table_add (seen, (gpointer) field.name);
          g_array_append_val (fields, field);
          continue;
        }
      for (guint j = 0; j < f->list.n; j++)
        {
          MlField field = { 0 };
          MlNode *name = f->list.items[j];

          field.name = name->name;
          field.type = ft;
          field.pos = name->pos;
          if (strcmp (name->name, "_") != 0 && g_hash_table_contains (seen, name->name))
            ml_check_error_at (c, name->pos, "%s redeclared", name->name);
          g_hash_table_add (seen, (gpointer) name->name);
          g_array_append_val (fields, field);
        }
    }
  st->n_fields = fields->len;
  st->fields = ml_arena_memdup (c->arena, fields->data, fields->len * sizeof (MlField));
  return st;
}

/* Names the members of a signature's tuple, which types2 prints. */
static void
name_tuple (MlType     *tuple,
            MlNodeList *fields)
{
  guint k = 0;

  for (guint i = 0; i < fields->n; i++)
    {
      MlNode *f = fields->items[i];

      if (f->list.n == 0)
        {
          k++;
          continue;
        }
      for (guint j = 0; j < f->list.n && k < tuple->n_fields; j++, k++)
        tuple->fields[k].name = f->list.items[j]->name;
    }
}

MlType *
ml_check_resolve_signature (MlChecker *c,
                            MlNode    *ft)
{
  g_autoptr(GPtrArray) params = g_ptr_array_new ();
  g_autoptr(GPtrArray) results = g_ptr_array_new ();
  gboolean variadic = FALSE;
  MlType *sig;

  for (guint i = 0; i < ft->list.n; i++)
    {
      MlNode *f = ft->list.items[i];
      MlType *t = ml_check_resolve_type (c, f->x);
      guint count = MAX (f->list.n, 1);

      if (f->flags & ML_NODE_FLAG_DOTS)
        {
          if (i + 1 != ft->list.n || count > 1)
            ml_check_error_at (c, f->pos, "can only use ... with final parameter in list");
          t = ml_check_new_slice (c, t);
          variadic = TRUE;
        }
      for (guint j = 0; j < count; j++)
        g_ptr_array_add (params, t);
    }
  for (guint i = 0; i < ft->list2.n; i++)
    {
      MlNode *f = ft->list2.items[i];
      MlType *t = ml_check_resolve_type (c, f->x);
      guint count = MAX (f->list.n, 1);

      for (guint j = 0; j < count; j++)
        g_ptr_array_add (results, t);
    }
  sig = ml_check_new_func_type (c, params->len, (MlType **) params->pdata,
                                results->len, (MlType **) results->pdata, variadic);
  name_tuple (sig->params, &ft->list);
  name_tuple (sig->results, &ft->list2);
  return sig;
}

static MlType *
resolve_name (MlChecker *c,
              MlNode    *n)
{
  MlObject *o = ml_scope_lookup (c->scope, n->name, TRUE);

  if (o == NULL)
    {
      if (strcmp (n->name, "_") == 0)
        ml_check_error_at (c, n->pos, "cannot use _ as value or type");
      else
        ml_check_error_at (c, n->pos, "undefined: %s", n->name);
      return c->t_invalid;
    }
  if (o->kind != ML_OBJ_TYPE)
    {
      ml_check_error_at (c, n->pos, "%s is not a type", n->name);
      return c->t_invalid;
    }
  o->flags |= ML_OBJ_FLAG_USED;
  n->obj = o;
  return o->type;
}

/* A type of another package: pkg.T. */
static MlType *
resolve_qualified_name (MlChecker *c,
                        MlNode    *n)
{
  MlObject *pkg = n->x->kind == ML_NODE_IDENT ? ml_scope_lookup (c->scope, n->x->name, TRUE) : NULL;
  MlObject *m;

  if (pkg == NULL || pkg->kind != ML_OBJ_PKG)
    {
      g_autofree char *s = ml_node_to_string (n);

      if (pkg == NULL && n->x->kind == ML_NODE_IDENT)
        ml_check_error_at (c, n->x->pos, "undefined: %s", n->x->name);
      else
        ml_check_error_at (c, ml_node_start_pos (n), "%s is not a type", s);
      return c->t_invalid;
    }
  m = ml_check_lookup_member (c, pkg, n->name);
  pkg->flags |= ML_OBJ_FLAG_USED;
  if (m == NULL)
    {
      /* A package MemLab does not have was reported at its import. */
      if (ml_check_is_known_package (c, pkg->pkg_path))
        ml_check_error_at (c, n->pos2, "undefined: %s.%s", n->x->name, n->name);
      return c->t_invalid;
    }
  if (m->kind != ML_OBJ_TYPE)
    {
      ml_check_error_at (c, ml_node_start_pos (n), "%s.%s is not a type", n->x->name, n->name);
      return c->t_invalid;
    }
  return m->type;
}

/* [N]T; the length must be a non-negative integer constant.  ([...]T is resolved by its
 * composite literal, which counts the elements.) */
static MlType *
resolve_array (MlChecker *c,
               MlNode    *n)
{
  MlType *t;
  gboolean ok;
  gint64 len;

  if (n->x->kind == ML_NODE_ELLIPSIS)
    {
      ml_check_error_at (c, n->x->pos, "invalid use of [...] array (outside a composite literal)");
      return c->t_invalid;
    }
  ml_check_expr (c, n->x, NULL);
  len = ml_check_const_int_value (n->x, &ok);
  t = ml_check_new_type (c, ML_TYPE_ARRAY, NULL);
  t->elem = ml_check_resolve_type (c, n->y);
  if (!ok)
    {
      if (ml_check_is_valid (n->x))
        {
          g_autofree char *s = ml_node_to_string (n->x);

          if (n->x->mode == ML_MODE_CONSTANT)
            ml_check_error_at (c, ml_node_start_pos (n->x), "array length %s (%s) must be integer", s, "constant");
          else
            ml_check_error_at (c, ml_node_start_pos (n->x), "invalid array length %s", s);
        }
      len = 0;
    }
  else if (len < 0)
    {
      g_autofree char *s = ml_node_to_string (n->x);

      ml_check_error_at (c, ml_node_start_pos (n->x),
                         "invalid array length %s (untyped int constant %" G_GINT64_FORMAT ")", s, len);
      len = 0;
    }
  t->len = len;
  {
    MlCheckArray a = { t, c->size_pos };

    g_array_append_val (c->arrays, a);
  }
  return t;
}

/* gc's types.MaxWidth on amd64: no type may be this large or larger. */
#define MAX_WIDTH (G_GUINT64_CONSTANT (1) << 50)

/* Whether t is, or is made of, an array already reported as too large (gc's layout of the
 * types around it then overflows quietly). */
static gboolean
holds_reported (MlType     *t,
                GHashTable *reported)
{
  for (;;)
    {
      if (t == NULL)
        return FALSE;
      if (g_hash_table_contains (reported, t))
        return TRUE;
      if (t->kind == ML_TYPE_NAMED)
        t = t->underlying;
      else if (t->kind == ML_TYPE_ARRAY)
        t = t->elem;
      else
        return FALSE;
    }
}

/* gc's types.CalcSize, run when types2 found nothing wrong: "type [N]T larger than address
 * space" for every array type of 2^50 bytes or more, where the type was written. */
void
ml_check_array_sizes (MlChecker *c)
{
  g_autoptr(GHashTable) reported = NULL;

  if (c->sink.n_errors > 0 || c->arrays->len == 0)
    return;
  reported = g_hash_table_new (NULL, NULL);
  for (guint i = 0; i < c->arrays->len; i++)
    {
      MlCheckArray *a = &g_array_index (c->arrays, MlCheckArray, i);
      guint64 esize;

      if (a->type->elem == NULL || holds_reported (a->type->elem, reported))
        continue;
      esize = (guint64) ml_type_sizeof (a->type->elem);
      if (esize != 0 && (guint64) a->type->len > (MAX_WIDTH - 1) / esize)
        {
          GString *s = g_string_new (NULL);

          ml_type_append_string (s, a->type);
          ml_check_error_at (c, a->pos, "type %s larger than address space", s->str);
          g_string_free (s, TRUE);
          g_hash_table_add (reported, a->type);
        }
    }
}

static MlType *
resolve_map (MlChecker *c,
             MlNode    *n)
{
  MlType *t = ml_check_new_type (c, ML_TYPE_MAP, NULL);

  t->key = ml_check_resolve_type (c, n->x);
  t->elem = ml_check_resolve_type (c, n->y);
  if (t->key->kind != ML_TYPE_INVALID && !ml_type_is_comparable (t->key))
    {
      g_autofree char *ks = ml_type_to_string (t->key);

      ml_check_error_at (c, ml_node_start_pos (n->x), "invalid map key type %s", ks);
    }
  return t;
}

/* Resolves the type expression @n; it reports what is not a type and gives the invalid type
 * for it.  The node records what it denotes. */
MlType *
ml_check_resolve_type (MlChecker *c,
                       MlNode    *n)
{
  MlType *t = NULL;

  if (n == NULL)
    return c->t_invalid;

  switch (n->kind)
    {
    case ML_NODE_IDENT:
      t = resolve_name (c, n);
      break;

    case ML_NODE_SELECTOR:
      t = resolve_qualified_name (c, n);
      break;

    case ML_NODE_PAREN:
      t = ml_check_resolve_type (c, n->x);
      break;

    case ML_NODE_STAR:
      t = ml_check_new_pointer (c, ml_check_resolve_type (c, n->x));
      break;

    case ML_NODE_ARRAY_TYPE:
      if (n->x == NULL)
        t = ml_check_new_slice (c, ml_check_resolve_type (c, n->y));
      else
        t = resolve_array (c, n);
      break;

    case ML_NODE_MAP_TYPE:
      t = resolve_map (c, n);
      break;

    case ML_NODE_CHAN_TYPE:
      ml_check_unsupported_at (c, n->pos, _("channels are not supported yet"));
      t = new_type_of (c, ML_TYPE_CHAN, ml_check_resolve_type (c, n->x));
      break;

    case ML_NODE_STRUCT_TYPE:
      t = resolve_struct (c, n);
      break;

    case ML_NODE_INTERFACE_TYPE:
      t = ml_check_resolve_interface (c, n);
      break;

    case ML_NODE_FUNC_TYPE:
      t = ml_check_resolve_signature (c, n);
      break;

    case ML_NODE_BAD:
      t = c->t_invalid;
      break;

    ML_NODE_CASES_VALUE:
    case ML_NODE_FIELD: case ML_NODE_ELLIPSIS:
    ML_NODE_CASES_NOT_EXPR_OR_TYPE:
    default:
      {
        g_autofree char *s = ml_node_to_string (n);

        ml_check_error_at (c, ml_node_start_pos (n), "%s is not a type", s);
        t = c->t_invalid;
      }
      break;
    }
  n->mode = ML_MODE_TYPEXPR;
  n->type = t;
  return t;
}

/* Is the expression a type (without reporting anything)? */
gboolean
ml_check_looks_like_type (MlChecker *c,
                          MlNode    *n)
{
  n = ml_node_unparen (n);
  switch (n->kind)
    {
    ML_NODE_CASES_TYPE_LITERAL:
      return TRUE;
    case ML_NODE_STAR:
      return ml_check_looks_like_type (c, n->x);
    case ML_NODE_IDENT:
      {
        MlObject *o = ml_scope_lookup (c->scope, n->name, TRUE);

        return o != NULL && o->kind == ML_OBJ_TYPE;
      }
    case ML_NODE_SELECTOR:
      if (n->x->kind == ML_NODE_IDENT)
        {
          MlObject *o = ml_scope_lookup (c->scope, n->x->name, TRUE);

          if (o != NULL && o->kind == ML_OBJ_PKG)
            {
              MlObject *m = ml_check_lookup_member (c, o, n->name);

              return m != NULL && m->kind == ML_OBJ_TYPE;
            }
        }
      return FALSE;
    case ML_NODE_BAD: case ML_NODE_PAREN:
    ML_NODE_CASES_VALUE:
    case ML_NODE_FIELD: case ML_NODE_ELLIPSIS:
    ML_NODE_CASES_NOT_EXPR_OR_TYPE:
    default:
      return FALSE;
    }
}
