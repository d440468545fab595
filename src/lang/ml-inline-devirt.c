/* ml-inline-devirt.c
 *
 * Copyright 2026 The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Devirtualization that inlining makes possible, after cmd/compile/internal/devirtualize
 * as inline/interleaved runs it again at every call of the pass: once f is inlined in
 * x := f(), x holds what the copy's returns give it; once g is inlined, its interface
 * parameter is the concrete value g was given.  When that is one concrete type, the call
 * x.m() becomes a call of its method ("devirtualizing x.m to T"), which the inliner may then
 * inline.  It is separate from ml-escape-devirt.c, which devirtualizes what a function
 * shows before any inlining (and with -l), because it needs the inliner's decisions.
 */

#define G_LOG_DOMAIN "ml-inline"

#include "config.h"

#include "ml-inline-private.h"

/* The one concrete type every return of @n gives its single result, skipping nil (gc's
 * concreteType over the assignments an inlined body makes to its result); FALSE when one
 * says nothing of it. */
static gboolean
returned_type (MlNode  *n,
               MlType **t)
{
  if (n == NULL || n->kind == ML_NODE_FUNC_LIT)
    return TRUE;
  if (n->kind == ML_NODE_RETURN_STMT)
    {
      MlNode *v = n->list.n == 1 ? ml_node_unparen (n->list.items[0]) : NULL;

      if (v == NULL || v->type == NULL)
        return FALSE;
      if (v->type->kind == ML_TYPE_UNTYPED_NIL || (v->kind == ML_NODE_IDENT && v->obj != NULL && v->obj->kind == ML_OBJ_NIL))
        return TRUE;
      if (ml_type_is_interface (v->type) || (*t != NULL && !ml_type_identical (*t, v->type)))
        return FALSE;
      *t = v->type;
      return TRUE;
    }
  if (!returned_type (n->x, t) || !returned_type (n->y, t) || !returned_type (n->z, t) || !returned_type (n->w, t))
    return FALSE;
  for (guint i = 0; i < n->list.n; i++)
    if (!returned_type (n->list.items[i], t))
      return FALSE;
  for (guint i = 0; i < n->list2.n; i++)
    if (!returned_type (n->list2.items[i], t))
      return FALSE;
  return TRUE;
}

/* Is field @i of the struct @t (or of *@t) a pointer? */
static gboolean
embedded_pointer (MlType *t,
                  guint   i)
{
  MlType *u = ml_type_underlying (t->kind == ML_TYPE_POINTER ? t->elem : t);

  return u != NULL && u->kind == ML_TYPE_STRUCT && i < u->n_fields && u->fields[i].type != NULL
         && ml_type_underlying (u->fields[i].type)->kind == ML_TYPE_POINTER;
}

/* x := f(); x.m(): once f is inlined, x holds what its copy returns, and gc's devirtualizer,
 * which runs again at each call in the same pass, finds the one concrete type the copy's
 * returns give it ("devirtualizing x.m to T"); the method is then a callee like any. */
MlFunc *
_ml_inline_devirt_after_inlining (MlInline   *inl,
                                  MlNode     *call,
                                  gboolean    original,
                                  GHashTable *bindings,
                                  MlPos       pos)
{
  MlNode *sel = ml_node_unparen (call->x);
  MlNode *x, *init;
  MlObject *o, *m;
  MlFunc *maker, *method;
  MlType *t = NULL;
  MlSelection selection;
  g_autofree char *tname = NULL;

  if (call->w != NULL || sel->kind != ML_NODE_SELECTOR || sel->obj != NULL
      || sel->x == NULL || sel->x->type == NULL || !ml_type_is_interface (sel->x->type))
    return NULL;
  x = ml_node_unparen (sel->x);
  o = x->kind == ML_NODE_IDENT ? x->obj : NULL;
  if (o == NULL || o->kind != ML_OBJ_VAR || (o->flags & (ML_OBJ_FLAG_REASSIGNED | ML_OBJ_FLAG_ADDR_TAKEN | ML_OBJ_FLAG_GLOBAL)))
    return NULL;
  if (o->flags & ML_OBJ_FLAG_PARAM)
    {
      /* A parameter of an inlined copy, given a concrete value. */
      MlNode *v = !original && bindings != NULL ? g_hash_table_lookup (bindings, o) : NULL;

      if (v == NULL || v->type == NULL || ml_type_is_interface (v->type) || v->kind == ML_NODE_FUNC_LIT)
        return NULL;
      t = v->type;
    }
  else
    {
      if (!original || o->init == NULL)
        return NULL;
      init = ml_node_unparen (o->init);
      maker = init->kind == ML_NODE_CALL ? g_hash_table_lookup (inl->inlined_funcs, init) : NULL;
      if (maker == NULL || maker->results->len != 1 || maker->pkg != NULL
          || !returned_type (_ml_inline_func_body (maker), &t) || t == NULL)
        return NULL;
    }
  /* The method of t's method set, declared on t or promoted from an embedded pointer. */
  if (!ml_type_lookup_selection (t, sel->name, &selection) || selection.method == NULL
      || (selection.method->pointer_recv && !selection.indirect) || selection.depth > 1)
    return NULL;
  m = selection.method;
  if (selection.depth == 1 && !(m->pointer_recv && embedded_pointer (t, selection.path[0])))
    return NULL;
  method = m->decl != NULL ? ml_program_lookup_func (inl->prog, m->decl) : NULL;
  if (method == NULL)
    return NULL;
  tname = ml_type_to_string (t);
  _ml_inline_add_line (inl, pos, g_strdup_printf ("devirtualizing %s.%s to %s", x->name, sel->name, tname));
  return method;
}
