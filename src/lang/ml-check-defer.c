/* ml-check-defer.c
 *
 * Copyright 2026 The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * defer statements.  First what types2 says of the operand (suspendedCall): it must be a
 * call, not a conversion, and not a call of a built-in whose value would be dropped.  Then,
 * for a valid one, the form gc's typecheck gives it (normalizeGoDeferCall), which both
 * escape analysis and the compiler follow: a call of a function value without parameters or
 * results stays as it is; any other call becomes a call of a wrapper function literal
 * ("main.main.deferwrap1") whose closure captures, one temporary each, the operands that are
 * evaluated at the statement (the receiver, the arguments, the function value), while
 * constants, nil, new(T) and the shells of composite literals are left to the wrapper.
 * This is a file of its own because it is gc's typecheck rather than types2: the checker
 * leaves the program in the shape the back end runs.
 */

#define G_LOG_DOMAIN "ml-check"

#include "config.h"

#include <string.h>

#include "ml-check-private.h"

/* The wrapper being built and the function it belongs to. */
typedef struct
{
  MlChecker *c;
  MlNode    *stmt;
  MlFunc    *outer;
  MlFunc    *wrapper;
  GArray    *args;      /* MlDeferArg */
} Normalizer;

/* gc's ir.HasUniquePos: a name (or a named constant) shares its position with every other
 * use, so a temporary made for it is placed at the statement instead. */
static gboolean
has_unique_pos (MlNode *n)
{
  n = ml_node_unparen (n);
  return n->kind != ML_NODE_IDENT;
}

/* A new temporary of @type for the operand @expr, numbered as gc numbers its autotmps: after
 * every variable the function declared so far (parameters, results, locals, earlier
 * temporaries), and declared as one of its locals. */
static MlObject *
new_temp (Normalizer *nz,
          MlNode     *expr,
          MlType     *type)
{
  MlFunc *fn = nz->outer;
  guint n = (fn->recv != NULL ? 1 : 0) + fn->params->len + fn->results->len + fn->locals->len;
  g_autofree char *name = g_strdup_printf (".autotmp_%u", n);
  MlObject *o = ml_check_new_object (nz->c, ML_OBJ_VAR, ml_arena_strdup (nz->c->arena, name),
                                     has_unique_pos (expr) ? expr->pos : nz->stmt->pos, type);

  /* Among the function's locals, as gc declares them in its Dcl list: escape analysis makes
   * their locations in that order. */
  g_ptr_array_add (fn->locals, o);
  o->func = fn->node;
  o->init = expr;
  o->flags |= ML_OBJ_FLAG_USED | ML_OBJ_FLAG_CAPTURED;
  return o;
}

static void
spill (Normalizer     *nz,
       MlNode         *expr,
       MlDeferArgKind  kind,
       MlType         *type)
{
  MlDeferArg a = { expr, kind, new_temp (nz, expr, type) };

  g_array_append_val (nz->args, a);
}

static void visit (Normalizer *nz,
                   MlNode     *arg,
                   MlType     *param);

/* The elements of a composite literal of an array, slice or struct type: gc builds the
 * literal inside the wrapper and evaluates its elements at the statement. */
static void
visit_elements (Normalizer *nz,
                MlNode     *lit)
{
  MlType *u = ml_type_underlying (lit->type);

  for (guint i = 0; i < lit->list.n; i++)
    {
      MlNode *el = lit->list.items[i];
      MlType *et = NULL;

      if (el->kind == ML_NODE_KEY_VALUE)
        {
          if (u->kind == ML_TYPE_STRUCT && el->x->kind == ML_NODE_IDENT)
            for (guint f = 0; f < u->n_fields; f++)
              if (g_strcmp0 (u->fields[f].name, el->x->name) == 0)
                et = u->fields[f].type;
          el = el->y;
        }
      else if (u->kind == ML_TYPE_STRUCT && i < u->n_fields)
        et = u->fields[i].type;
      if (u->kind != ML_TYPE_STRUCT)
        et = u->elem;
      visit (nz, el, et != NULL ? et : el->type);
    }
}

/* One operand that the call gets as a value of @param: gc's visit in normalizeGoDeferCall. */
static void
visit (Normalizer *nz,
       MlNode     *arg,
       MlType     *param)
{
  MlNode *u = ml_node_unparen (arg);
  MlType *pu;

  if (param != NULL && ml_type_is_interface (param) && u->type != NULL
      && !ml_type_is_interface (u->type) && u->type->kind != ML_TYPE_UNTYPED_NIL)
    {
      spill (nz, arg, ML_DEFER_ARG_IFACE, param);
      return;
    }
  if (u->mode == ML_MODE_CONSTANT || (u->type != NULL && u->type->kind == ML_TYPE_UNTYPED_NIL))
    return;
  /* new(T) is made by the wrapper, as is a global function used as a value. */
  if (u->kind == ML_NODE_CALL && u->x->mode == ML_MODE_BUILTIN && u->x->obj != NULL
      && u->x->obj->builtin == ML_BUILTIN_NEW && u->list.n == 1
      && u->list.items[0]->mode == ML_MODE_TYPEXPR)
    return;
  if (u->kind == ML_NODE_IDENT && u->obj != NULL && u->obj->kind == ML_OBJ_FUNC)
    return;
  pu = u->type != NULL ? ml_type_underlying (u->type) : NULL;
  if (u->kind == ML_NODE_COMPOSITE_LIT && pu != NULL
      && (pu->kind == ML_TYPE_STRUCT || pu->kind == ML_TYPE_ARRAY || pu->kind == ML_TYPE_SLICE))
    {
      visit_elements (nz, u);
      return;
    }
  spill (nz, arg, ML_DEFER_ARG_VALUE,
         param != NULL && !ml_type_is_untyped (param) ? param
         : ml_type_is_untyped (u->type) ? ml_check_default_type (nz->c, u->type) : u->type);
}

/* The arguments of a call of @sig, a variadic one's extra arguments one element each. */
static void
visit_args (Normalizer *nz,
            MlNode     *call,
            MlType     *sig)
{
  guint np = sig->params != NULL ? sig->params->n_fields : 0;
  gboolean spread = (call->flags & ML_NODE_FLAG_DOTS) != 0;

  for (guint i = 0; i < call->list.n; i++)
    {
      MlType *pt = NULL;

      if (np > 0 && i >= np - 1 && sig->variadic && !spread)
        pt = sig->params->fields[np - 1].type->elem;
      else if (i < np)
        pt = sig->params->fields[i].type;
      visit (nz, call->list.items[i], pt);
    }
}

/* The arguments of a built-in: only those with an effect can be deferred. */
static void
visit_builtin (Normalizer *nz,
               MlNode     *call,
               MlBuiltin   b)
{
  MlNodeList *args = &call->list;
  MlType *mt;

  switch (b)
    {
    case ML_BUILTIN_PANIC:
      if (args->n == 1)
        visit (nz, args->items[0], nz->c->t_any);
      return;
    case ML_BUILTIN_DELETE:
      if (args->n != 2)
        return;
      mt = ml_type_underlying (args->items[0]->type);
      visit (nz, args->items[0], args->items[0]->type);
      visit (nz, args->items[1], mt != NULL && mt->kind == ML_TYPE_MAP ? mt->key : NULL);
      return;
    case ML_BUILTIN_NONE: case ML_BUILTIN_APPEND: case ML_BUILTIN_CAP: case ML_BUILTIN_CLEAR:
    case ML_BUILTIN_CLOSE: case ML_BUILTIN_COMPLEX: case ML_BUILTIN_COPY: case ML_BUILTIN_IMAG:
    case ML_BUILTIN_LEN: case ML_BUILTIN_MAKE: case ML_BUILTIN_MAX: case ML_BUILTIN_MIN:
    case ML_BUILTIN_NEW: case ML_BUILTIN_PRINT: case ML_BUILTIN_PRINTLN: case ML_BUILTIN_REAL:
    case ML_BUILTIN_RECOVER: case ML_BUILTIN_UNSAFE_SIZEOF: case ML_BUILTIN_UNSAFE_ALIGNOF:
    case ML_BUILTIN_UNSAFE_OFFSETOF: case ML_BUILTIN_UNSAFE_STRING: case ML_BUILTIN_UNSAFE_SLICE_DATA:
    ML_BUILTIN_CASES_PACKAGE_FUNC:
    default:
      for (guint i = 0; i < args->n; i++)
        visit (nz, args->items[i], NULL);
      return;
    }
}

/* A method's receiver as the method gets it: the value, its address or what it points to. */
static void
visit_receiver (Normalizer *nz,
                MlNode     *fx)
{
  MlObject *m = fx->obj;
  MlType *rt = fx->x->type;
  gboolean is_ptr = rt != NULL && ml_type_underlying (rt)->kind == ML_TYPE_POINTER;

  if (m->pointer_recv && !is_ptr)
    spill (nz, fx->x, ML_DEFER_ARG_ADDR, ml_check_new_pointer (nz->c, rt));
  else if (!m->pointer_recv && is_ptr)
    spill (nz, fx->x, ML_DEFER_ARG_DEREF, ml_type_underlying (rt)->elem);
  else
    spill (nz, fx->x, ML_DEFER_ARG_VALUE, rt);
}

/* Whether @call is already what gc defers as it is: a call of a function (not a method, not a
 * built-in) without parameters or results. */
static gboolean
is_normal_form (MlNode *call)
{
  MlNode *fx = ml_node_unparen (call->x);
  MlType *sig = fx->type != NULL ? ml_type_underlying (fx->type) : NULL;

  if (fx->mode == ML_MODE_BUILTIN || sig == NULL || sig->kind != ML_TYPE_FUNC)
    return FALSE;
  if (fx->kind == ML_NODE_SELECTOR && fx->x->mode != ML_MODE_PACKAGE
      && ((fx->obj != NULL && fx->obj->kind == ML_OBJ_FUNC)
          || (fx->x->type != NULL && ml_type_is_interface (fx->x->type))))
    return FALSE;
  return (sig->params == NULL || sig->params->n_fields == 0)
         && (sig->results == NULL || sig->results->n_fields == 0);
}

/* Builds the wrapper of the deferred call of @stmt and its operands evaluated at the
 * statement. */
static void
normalize (MlChecker *c,
           MlNode    *stmt,
           MlFunc    *outer)
{
  MlNode *call = stmt->x;
  MlNode *fx = ml_node_unparen (call->x);
  Normalizer nz = { c, stmt, outer, NULL, g_array_new (FALSE, FALSE, sizeof (MlDeferArg)) };
  g_autofree char *name = NULL;
  MlFunc *w;

  if (fx->mode == ML_MODE_BUILTIN && fx->obj != NULL)
    visit_builtin (&nz, call, fx->obj->builtin);
  else if (fx->kind == ML_NODE_SELECTOR && fx->x->mode != ML_MODE_PACKAGE
           && fx->x->type != NULL && ml_type_is_interface (fx->x->type))
    {
      /* An interface's method: the interface value first (gc checks it for nil at the
       * statement), then the arguments. */
      spill (&nz, fx->x, ML_DEFER_ARG_VALUE, fx->x->type);
      visit_args (&nz, call, ml_type_underlying (fx->type));
    }
  else if (fx->kind == ML_NODE_SELECTOR && fx->x->mode != ML_MODE_PACKAGE && fx->obj != NULL
           && fx->obj->kind == ML_OBJ_FUNC)
    {
      visit_receiver (&nz, fx);
      visit_args (&nz, call, ml_type_underlying (fx->type));
    }
  else
    {
      /* A function value is evaluated at the statement; a function's name is not. */
      if (!(fx->kind == ML_NODE_IDENT && fx->obj != NULL && fx->obj->kind == ML_OBJ_FUNC)
          && !(fx->obj != NULL && (fx->obj->flags & ML_OBJ_FLAG_PACKAGE_FUNC)))
        spill (&nz, call->x, ML_DEFER_ARG_VALUE, fx->type);
      visit_args (&nz, call, ml_type_underlying (fx->type));
    }

  outer->n_defer_wrappers++;
  name = g_strdup_printf ("%s.deferwrap%u", outer->name, outer->n_defer_wrappers);
  w = ml_func_new (stmt, ml_arena_strdup (c->arena, name));
  w->outer = outer;
  w->signature = ml_check_new_func_type (c, 0, NULL, 0, NULL, FALSE);
  w->defer_stmt = stmt;
  w->defer_args = nz.args;
  for (guint i = 0; i < nz.args->len; i++)
    g_ptr_array_add (w->captures, g_array_index (nz.args, MlDeferArg, i).temp);
  g_ptr_array_add (c->prog->funcs, w);
  g_hash_table_insert (c->prog->func_by_node, stmt, w);
}

/* defer f(x): types2's suspendedCall, then the statement as gc's typecheck leaves it. */
void
ml_check_defer (MlChecker *c,
                MlNode    *n)
{
  MlNode *x = n->x;
  MlNode *fx;
  MlFunc *fn = c->body.fn;

  if (x == NULL)
    return;
  if (x->kind != ML_NODE_CALL)
    {
      ml_check_error_at (c, ml_node_start_pos (x), "expression in defer must be function call");
      ml_check_expr (c, x, NULL);
      return;
    }
  ml_check_expr (c, x, NULL);
  if (!ml_check_is_valid (x) && x->mode != ML_MODE_NOVALUE)
    return;
  fx = ml_node_unparen (x->x);
  if (fx->mode == ML_MODE_TYPEXPR || (fx->mode == ML_MODE_BUILTIN && fx->obj != NULL
                                      && ml_check_builtin_is_expression (fx->obj->builtin)))
    {
      g_autofree char *d = ml_check_describe (x);

      ml_check_error_at (c, ml_node_start_pos (x), "defer %s %s",
                         fx->mode == ML_MODE_TYPEXPR ? "requires function call, not conversion"
                                                     : "discards result of", d);
      return;
    }
  if (fn == NULL)
    return;
  n->ival = fn->n_defers++;
  if (c->body.loop_depth > 0)
    {
      n->flags |= ML_NODE_FLAG_IN_LOOP;
      fn->defer_in_loop = TRUE;
    }
  if (!is_normal_form (x))
    {
      /* gc's typecheck made the call's temporaries (a callee that calls) before it
       * normalizes the statement, so they come first in the numbering. */
      ml_check_flush_autotmps (c);
      normalize (c, n, fn);
    }
}
