/* ml-check-embed.c
 *
 * Copyright 2026 The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Promoted fields and methods: types2's lookupFieldOrMethod, which looks for a name breadth
 * first through a struct's embedded fields (the shallowest depth wins, two at the same depth
 * are ambiguous, a named type's methods hide its fields), and the implicit selectors gc's
 * typecheck inserts for what it finds (e.nombre is e.Persona.nombre).  With those inserted,
 * escape analysis, the compiler and the printers see only direct fields.  It is a file of its
 * own because the search is a concern apart from the selectors that use it.
 */

#define G_LOG_DOMAIN "ml-check"

#include "config.h"

#include <string.h>

#include "ml-check-private.h"
#include "ml-parser-private.h"

/* One type to look into at the current depth: the embedded fields that lead to it, whether
 * they went through a pointer, and whether more than one path leads to it. */
typedef struct
{
  MlType  *type;
  guint    path[ML_TYPE_EMBED_MAX_DEPTH];
  guint    depth;
  gboolean indirect;
  gboolean multiples;
} Entry;

/* deref: the base of a pointer type literal, and whether it was one. */
static MlType *
deref (MlType   *t,
       gboolean *ptr)
{
  *ptr = FALSE;
  if (t != NULL && t->kind == ML_TYPE_POINTER)
    {
      *ptr = TRUE;
      return t->elem;
    }
  return t;
}

static gboolean
same_type_entry (GArray *entries,
                 MlType *t,
                 guint  *at)
{
  for (guint i = 0; i < entries->len; i++)
    if (ml_type_identical (g_array_index (entries, Entry, i).type, t))
      {
        *at = i;
        return TRUE;
      }
  return FALSE;
}

/**
 * ml_type_lookup_selection:
 * @t: the type of x in x.name
 * @name: the selected name
 * @out: (out): what was found
 *
 * types2's lookupFieldOrMethod without the addressability rule (the caller applies it): a
 * field, a declared method of a named type or a method of an embedded interface, at the
 * shallowest depth of embedding.
 *
 * Returns: whether something was found; %FALSE with @out->ambiguous set when two fields or
 *   methods of that name are at the same depth.
 */
gboolean
ml_type_lookup_selection (MlType      *t,
                          const char  *name,
                          MlSelection *out)
{
  g_autoptr(GArray) current = g_array_new (FALSE, TRUE, sizeof (Entry));
  g_autoptr(GHashTable) seen = g_hash_table_new (NULL, NULL);
  gboolean ptr, named_pointer = FALSE;
  Entry first = { 0 };

  memset (out, 0, sizeof *out);
  /* A named pointer type has no methods, and its base's fields only. */
  if (t != NULL && t->kind == ML_TYPE_NAMED && ml_type_underlying (t) != NULL
      && ml_type_underlying (t)->kind == ML_TYPE_POINTER)
    {
      MlType *u = ml_type_underlying (t);

      first.type = u->elem;
      first.indirect = TRUE;
      named_pointer = TRUE;
      if (first.type == NULL || ml_type_underlying (first.type) == NULL
          || ml_type_underlying (first.type)->kind != ML_TYPE_STRUCT)
        return FALSE;
    }
  else
    {
      first.type = deref (t, &ptr);
      first.indirect = ptr;
    }
  g_array_append_val (current, first);

  while (current->len > 0)
    {
      g_autoptr(GArray) next = g_array_new (FALSE, TRUE, sizeof (Entry));
      gboolean found = FALSE;

      for (guint k = 0; k < current->len; k++)
        {
          Entry *e = &g_array_index (current, Entry, k);
          MlType *u;

          if (e->type == NULL)
            continue;
          if (e->type->kind == ML_TYPE_NAMED)
            {
              MlObject *m;

              if (g_hash_table_contains (seen, e->type))
                continue;
              g_hash_table_add (seen, e->type);
              for (m = e->type->methods; m != NULL; m = m->next_method)
                if (strcmp (m->name, name) == 0)
                  {
                    if (found || e->multiples)
                      {
                        memset (out, 0, sizeof *out);
                        out->ambiguous = TRUE;
                        return FALSE;
                      }
                    found = TRUE;
                    out->method = m;
                    memcpy (out->path, e->path, sizeof e->path);
                    out->depth = e->depth;
                    out->indirect = e->indirect;
                    break;
                  }
              /* A method hides the fields of its type. */
              if (m != NULL)
                continue;
            }
          u = ml_type_underlying (e->type);
          if (u != NULL && u->kind == ML_TYPE_INTERFACE && e->depth > 0)
            {
              /* An embedded interface brings its methods. */
              guint slot = 0;
              MlField *im = ml_type_interface_method (e->type, name, &slot);

              if (im == NULL)
                continue;
              if (found || e->multiples)
                {
                  memset (out, 0, sizeof *out);
                  out->ambiguous = TRUE;
                  return FALSE;
                }
              found = TRUE;
              out->imethod = im;
              out->field_index = slot;
              memcpy (out->path, e->path, sizeof e->path);
              out->depth = e->depth;
              out->indirect = e->indirect;
              continue;
            }
          if (u == NULL || u->kind != ML_TYPE_STRUCT)
            continue;
          for (guint i = 0; i < u->n_fields; i++)
            {
              MlField *f = &u->fields[i];

              if (strcmp (f->name, name) == 0)
                {
                  if (found || e->multiples)
                    {
                      memset (out, 0, sizeof *out);
                      out->ambiguous = TRUE;
                      return FALSE;
                    }
                  found = TRUE;
                  out->field = f;
                  memcpy (out->path, e->path, sizeof e->path);
                  out->depth = e->depth;
                  out->field_index = i;
                  out->indirect = e->indirect;
                  continue;
                }
              if (!found && f->embedded && e->depth < ML_TYPE_EMBED_MAX_DEPTH)
                {
                  Entry ne = *e;
                  guint at;

                  ne.type = deref (f->type, &ptr);
                  ne.path[ne.depth++] = i;
                  ne.indirect = e->indirect || ptr;
                  /* consolidateMultiples: one entry per type, marked when reached twice. */
                  if (same_type_entry (next, ne.type, &at))
                    g_array_index (next, Entry, at).multiples = TRUE;
                  else
                    g_array_append_val (next, ne);
                }
            }
        }
      if (found)
        /* Methods cannot be associated with a named pointer type. */
        return !(named_pointer && (out->method != NULL || out->imethod != NULL));
      g_array_set_size (current, 0);
      g_array_append_vals (current, next->data, next->len);
    }
  return FALSE;
}

/**
 * ml_check_insert_implicit:
 * @c: the checker
 * @n: a selector x.name whose name ml_type_lookup_selection() found through embedded fields
 * @lk: what it found
 *
 * Makes n.x the implicit selectors of the path (x.Persona.Direccion), as gc's AddImplicitDots
 * does; each is marked ML_NODE_FLAG_IMPLICIT, which types2's printer skips.
 */
void
ml_check_insert_implicit (MlChecker         *c,
                          MlNode            *n,
                          const MlSelection *lk)
{
  MlNode *x = n->x;

  for (guint k = 0; k < lk->depth; k++)
    {
      MlType *u = ml_type_underlying (x->type);
      MlNode *s;
      MlField *f;

      if (u != NULL && u->kind == ML_TYPE_POINTER)
        u = ml_type_underlying (u->elem);
      if (u == NULL || u->kind != ML_TYPE_STRUCT || lk->path[k] >= u->n_fields)
        return;
      f = &u->fields[lk->path[k]];
      s = ml_node_new (c->arena, ML_NODE_SELECTOR, n->pos);
      s->pos2 = n->pos2;
      s->x = x;
      s->name = f->name;
      s->flags |= ML_NODE_FLAG_IMPLICIT;
      s->type = f->type;
      s->mode = (ml_type_underlying (x->type)->kind == ML_TYPE_POINTER || x->mode == ML_MODE_VARIABLE)
                ? ML_MODE_VARIABLE : ML_MODE_VALUE;
      x = s;
    }
  n->x = x;
}
