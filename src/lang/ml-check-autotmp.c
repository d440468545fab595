/* ml-check-autotmp.c
 *
 * Copyright 2026 The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The temporaries gc makes before escape analysis, which its -m lines name: new(expr) is
 * "tmp := expr; &tmp" (moved to heap: .autotmp_5), and a call's several results passed on
 * (f(g()), fmt.Println(g()), a, b := g(), return g()) go through one temporary each
 * (.autotmp_0 escapes to heap).  gc numbers a temporary by how many variables its function
 * has declared when it makes it, and it declares a statement's new variables before it reads
 * the statement's values, where types2 (and so the checker) checks the values first; so a
 * temporary is numbered when its statement is done.  It is a file of its own because this is
 * gc's front end rather than types2.
 */

#define G_LOG_DOMAIN "ml-check"

#include "config.h"

#include <string.h>

#include "ml-check-private.h"
#include "ml-parser-private.h"

typedef struct
{
  MlObject *temp;
  MlFunc   *fn;
  MlNode   *ident;
} PendingTemp;

/**
 * ml_check_new_autotmp:
 * @c: the checker
 * @pos: where gc places it
 * @type: its type
 * @ident: (out) (optional): an identifier that names it, for the nodes that use it
 *
 * A temporary of the function being checked, numbered and declared among its locals once
 * its statement is done (ml_check_flush_autotmps()).
 *
 * Returns: (nullable): the temporary, or %NULL outside a function
 */
MlObject *
ml_check_new_autotmp (MlChecker *c,
                      MlPos      pos,
                      MlType    *type,
                      MlNode   **ident)
{
  PendingTemp p = { 0 };

  if (ident != NULL)
    *ident = NULL;
  if (c->body.fn == NULL)
    return NULL;
  p.temp = ml_check_new_object (c, ML_OBJ_VAR, ".autotmp_", pos, type);
  p.temp->func = c->body.fn->node;
  p.temp->flags |= ML_OBJ_FLAG_USED;
  p.fn = c->body.fn;
  if (ident != NULL)
    {
      p.ident = ml_node_new (c->arena, ML_NODE_IDENT, pos);
      p.ident->name = p.temp->name;
      p.ident->obj = p.temp;
      p.ident->type = type;
      p.ident->mode = ML_MODE_VARIABLE;
      *ident = p.ident;
    }
  g_array_append_val (c->autotmps, p);
  return p.temp;
}

/**
 * ml_check_flush_autotmps:
 * @c: the checker
 *
 * Numbers and declares the temporaries the function being checked made so far, after every
 * variable it declared before them.
 */
void
ml_check_flush_autotmps (MlChecker *c)
{
  guint kept = 0;

  for (guint i = 0; i < c->autotmps->len; i++)
    {
      PendingTemp *p = &g_array_index (c->autotmps, PendingTemp, i);
      MlFunc *fn = p->fn;
      g_autofree char *name = NULL;

      if (fn != c->body.fn)
        {
          g_array_index (c->autotmps, PendingTemp, kept++) = *p;
          continue;
        }
      name = g_strdup_printf (".autotmp_%u", (fn->recv != NULL ? 1 : 0) + fn->params->len
                              + fn->results->len + fn->locals->len);
      p->temp->name = ml_arena_strdup (c->arena, name);
      if (p->ident != NULL)
        p->ident->name = p->temp->name;
      g_ptr_array_add (fn->locals, p->temp);
    }
  g_array_set_size (c->autotmps, kept);
}
