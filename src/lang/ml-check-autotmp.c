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
 * temporary is numbered when its statement is done.  A callee that calls or receives
 * (componer()("x"), fs[len(fs)-1]()), or such an interface method call's receiver
 * (forma().Area()), goes through one too, made once the call's arguments are checked
 * (.autotmp_1("x") escapes to heap).  It is a file of its own because this is gc's front end
 * rather than types2.
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

/* gc's callOrChan for a node of @n or below, new excepted: a call of a function or of a
 * builtin, or a receive.  Constants are literals by then, a conversion is no call, and a
 * function literal's body is not looked into. */
static gboolean
has_call_or_recv (MlNode *n)
{
  if (n == NULL || n->mode == ML_MODE_CONSTANT || n->mode == ML_MODE_TYPEXPR)
    return FALSE;
  if (n->kind == ML_NODE_CALL && n->x->mode != ML_MODE_TYPEXPR
      && !(n->x->mode == ML_MODE_BUILTIN && n->x->obj != NULL
           && n->x->obj->builtin == ML_BUILTIN_NEW))
    return TRUE;
  if (n->kind == ML_NODE_UNARY && n->op == ML_TOK_ARROW)
    return TRUE;
  if (n->kind == ML_NODE_FUNC_LIT)
    return FALSE;
  if (has_call_or_recv (n->x) || has_call_or_recv (n->y) || has_call_or_recv (n->z)
      || has_call_or_recv (n->w))
    return TRUE;
  for (guint i = 0; i < n->list.n; i++)
    if (has_call_or_recv (n->list.items[i]))
      return TRUE;
  return FALSE;
}

/**
 * ml_check_callee_autotmp:
 * @c: the checker
 * @call: a checked call of a function value or a method
 *
 * gc's RewriteNonNameCall: a callee with a call or a receive in it is assigned to a
 * temporary first (f()(x) is t := f(); t(x)), and so is an interface method call's receiver
 * (g().M() is t := g(); t.M()).  A concrete method's receiver is its first argument by then,
 * so it stays.  @call's z names the temporary.
 */
void
ml_check_callee_autotmp (MlChecker *c,
                         MlNode    *call)
{
  MlNode *fun = ml_node_unparen (call->x);
  MlNode *moved = call->x;

  if (fun->kind == ML_NODE_SELECTOR && fun->x->mode != ML_MODE_PACKAGE
      && fun->x->mode != ML_MODE_TYPEXPR && fun->x->type != NULL)
    {
      if (ml_type_is_interface (fun->x->type))
        moved = fun->x;
      else if (fun->obj != NULL && fun->obj->kind == ML_OBJ_FUNC)
        return;
    }
  if (moved->type == NULL || !has_call_or_recv (moved))
    return;
  ml_check_new_autotmp (c, call->pos, moved->type, &call->z);
}
