/* ml-inline-cost.c
 *
 * Copyright 2026 The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The cost of a function to Go's inliner, after hairyVisitor in
 * cmd/compile/internal/inline/inl.go: one unit for each node of gc's IR (which is not
 * MemLab's tree: gc adds declarations, implicit conversions to interfaces and the slice of
 * a variadic call, and drops parentheses, types and blocks), the cost of an inlinable
 * callee's body or 57 for any other call, and what no budget allows (recover, defer, go,
 * select, labels of loops).  It is a file of its own because it is the one place that has
 * to count as gc counts; the decisions that use the cost are in ml-inline.c.
 */

#define G_LOG_DOMAIN "ml-inline"

#include "config.h"

#include "ml-inline-private.h"

typedef struct
{
  MlInline   *inl;
  MlFunc     *fn;
  gint        budget;
  const char *reason;
} Visitor;

static gboolean cost_expr (Visitor *v, MlNode *n);
static gboolean cost_stmt (Visitor *v, MlNode *n);

static gboolean
cost_list (Visitor          *v,
           const MlNodeList *list,
           gboolean          stmts)
{
  for (guint i = 0; i < list->n; i++)
    if (stmts ? cost_stmt (v, list->items[i]) : cost_expr (v, list->items[i]))
      return TRUE;
  return FALSE;
}

static gboolean
needs_iface_conv (MlNode *value,
                  MlType *target)
{
  if (target == NULL || value == NULL || value->type == NULL)
    return FALSE;
  if (!ml_type_is_interface (target) || ml_type_is_interface (value->type))
    return FALSE;
  return value->type->kind != ML_TYPE_UNTYPED_NIL;
}

/* A value that flows into @target: gc wraps it in an implicit OCONVIFACE when @target is an
 * interface and the value is not. */
static gboolean
cost_value (Visitor *v,
            MlNode  *n,
            MlType  *target)
{
  if (needs_iface_conv (n, target))
    v->budget--;
  return cost_expr (v, n);
}

static gboolean
is_func_lit_param_call (Visitor *v,
                        MlNode  *fun)
{
  MlNode *f = ml_node_unparen (fun);

  return f->kind == ML_NODE_IDENT && f->obj != NULL && f->obj->kind == ML_OBJ_VAR
         && ((f->obj->flags & ML_OBJ_FLAG_PARAM) || (f->obj->flags & ML_OBJ_FLAG_CAPTURED));
}

/* The arguments of a call, converted to its parameters' types; a variadic call's extra
 * arguments become a slice literal (OSLICELIT, which costs 2). */
static gboolean
cost_args (Visitor          *v,
           MlNode           *call,
           MlType           *sig,
           guint             first)
{
  guint np = sig != NULL && sig->kind == ML_TYPE_FUNC && sig->params != NULL ? sig->params->n_fields : 0;
  gboolean variadic = sig != NULL && sig->kind == ML_TYPE_FUNC && sig->variadic;
  const MlNodeList *args = &call->list;

  for (guint i = first; i < args->n; i++)
    {
      MlType *pt = NULL;

      if (np > 0)
        {
          guint pi = i - first < np ? i - first : np - 1;

          pt = sig->params->fields[pi].type;
          if (variadic && pi == np - 1 && !(call->flags & ML_NODE_FLAG_DOTS))
            {
              if (i == first + np - 1)
                v->budget -= 2;
              pt = pt != NULL && pt->kind == ML_TYPE_SLICE ? pt->elem : pt;
            }
        }
      if (cost_value (v, args->items[i], pt))
        return TRUE;
    }
  return FALSE;
}

static gboolean
cost_builtin (Visitor *v,
              MlNode  *n,
              MlBuiltin b)
{
  switch (b)
    {
    case ML_BUILTIN_RECOVER:
      v->reason = "call to recover";
      return TRUE;
    case ML_BUILTIN_PANIC:
      /* OPANIC, and its implicit conversion costs nothing. */
      v->budget -= 2;
      for (guint i = 0; i < n->list.n; i++)
        if (cost_expr (v, n->list.items[i]))
          return TRUE;
      return FALSE;
    case ML_BUILTIN_APPEND:
      v->budget--;
      for (guint i = 0; i < n->list.n; i++)
        {
          MlType *et = NULL;

          if (i > 0 && n->type != NULL && n->type->kind == ML_TYPE_SLICE && !(n->flags & ML_NODE_FLAG_DOTS))
            et = n->type->elem;
          if (cost_value (v, n->list.items[i], et))
            return TRUE;
        }
      return FALSE;
    case ML_BUILTIN_NEW:
      v->budget--;
      return FALSE;
    case ML_BUILTIN_MAKE:
      v->budget--;
      for (guint i = 1; i < n->list.n; i++)
        if (cost_expr (v, n->list.items[i]))
          return TRUE;
      return FALSE;
    ML_BUILTIN_CASES_FMT:
    ML_BUILTIN_CASES_RUNTIME:
    case ML_BUILTIN_NONE: case ML_BUILTIN_CAP: case ML_BUILTIN_CLEAR: case ML_BUILTIN_CLOSE:
    case ML_BUILTIN_COMPLEX: case ML_BUILTIN_COPY: case ML_BUILTIN_DELETE: case ML_BUILTIN_IMAG:
    case ML_BUILTIN_LEN: case ML_BUILTIN_MAX: case ML_BUILTIN_MIN: case ML_BUILTIN_PRINT:
    case ML_BUILTIN_PRINTLN: case ML_BUILTIN_REAL: case ML_BUILTIN_UNSAFE_SIZEOF:
    case ML_BUILTIN_UNSAFE_ALIGNOF: case ML_BUILTIN_UNSAFE_OFFSETOF: case ML_BUILTIN_UNSAFE_STRING:
    case ML_BUILTIN_UNSAFE_SLICE_DATA:
    default:
      break;
    }
  v->budget--;
  for (guint i = 0; i < n->list.n; i++)
    if (cost_expr (v, n->list.items[i]))
      return TRUE;
  return FALSE;
}

/* A call: its own node, the function, the arguments, and the callee's body when the call
 * would be inlined, else the price of a call. */
static gboolean
cost_call (Visitor *v,
           MlNode  *n)
{
  MlNode *fun = ml_node_unparen (n->x);
  MlFunc *callee;
  gint extra = ML_INLINE_EXTRA_CALL_COST;
  g_autofree char *owned = NULL;
  const char *std_name;
  const MlInlineStd *std = NULL;
  guint first = 0;

  if (fun->mode == ML_MODE_TYPEXPR)
    {
      /* A conversion: OCONV, or OCONVNOP when it changes nothing gc sees. */
      if (n->list.n == 1 && n->type != NULL && n->list.items[0]->type != NULL
          && ml_type_underlying (n->type) == ml_type_underlying (n->list.items[0]->type))
        ;
      else
        v->budget--;
      return n->list.n == 1 ? cost_value (v, n->list.items[0], n->type) : FALSE;
    }
  if (fun->mode == ML_MODE_BUILTIN && fun->obj != NULL
      && !(fun->obj->flags & ML_OBJ_FLAG_PACKAGE_FUNC))
    return cost_builtin (v, n, fun->obj->builtin);

  v->budget--;  /* OCALLFUNC */
  std_name = _ml_inline_call_std_name (n, &owned);
  callee = std_name == NULL ? _ml_inline_static_callee (v->inl, fun, NULL) : NULL;
  if (callee == NULL && std_name == NULL)
    callee = _ml_inline_devirtualized_callee (v->inl, n);
  if (callee != NULL && callee->pkg != NULL)
    {
      std_name = _ml_inline_std_func_name (callee, &owned);
      callee = NULL;
    }
  if (std_name != NULL)
    std = _ml_inline_std_lookup (std_name);
  if (std != NULL)
    extra = std->cost;
  else if (callee != NULL && callee != v->fn && callee->pkg == NULL)
    {
      MlInlineFunc *fi = _ml_inline_func (v->inl, callee);

      if (callee->outer != NULL && !fi->checked)
        _ml_inline_can_inline (v->inl, callee);
      if (fi->checked && fi->cost >= 0 && fi->cost <= _ml_inline_call_max_cost (callee, FALSE))
        extra = fi->cost;
    }
  else if (is_func_lit_param_call (v, fun))
    extra = ML_INLINE_PARAM_CALL_COST;
  v->budget -= extra;

  /* The function: a name (1), or a method expression T.m (0) with its receiver as the first
   * argument. */
  if (fun->kind == ML_NODE_SELECTOR && fun->obj != NULL && fun->obj->kind == ML_OBJ_FUNC
      && fun->x->mode != ML_MODE_PACKAGE && fun->x->mode != ML_MODE_TYPEXPR)
    {
      MlType *xt = fun->x->type;
      gboolean xptr = xt != NULL && ml_type_underlying (xt)->kind == ML_TYPE_POINTER;

      if (fun->obj->pointer_recv != xptr)
        v->budget--;  /* &x or *p */
      if (cost_expr (v, fun->x))
        return TRUE;
    }
  else if (fun->kind == ML_NODE_SELECTOR && fun->x->mode == ML_MODE_PACKAGE)
    v->budget--;
  else if (cost_expr (v, fun))
    return TRUE;
  if (fun->mode == ML_MODE_BUILTIN && fun->obj != NULL)
    {
      MlBuiltin b = fun->obj->builtin;

      first = 0;
      if (b == ML_BUILTIN_FMT_PRINTF || b == ML_BUILTIN_FMT_SPRINTF || b == ML_BUILTIN_FMT_ERRORF)
        {
          if (n->list.n > 0 && cost_expr (v, n->list.items[0]))
            return TRUE;
          first = 1;
        }
      if (n->list.n > first && !(n->flags & ML_NODE_FLAG_DOTS))
        v->budget -= 2;
      for (guint i = first; i < n->list.n; i++)
        if (cost_value (v, n->list.items[i], (n->flags & ML_NODE_FLAG_DOTS) ? NULL : fun->type /* any */))
          return TRUE;
      return FALSE;
    }
  return cost_args (v, n, fun->type, first);
}

/* gc stops counting once the budget is spent (unless asked for -m=2). */
static gboolean
too_expensive (Visitor *v)
{
  if (v->budget >= 0)
    return FALSE;
  v->reason = "too expensive";
  return TRUE;
}

static gboolean
cost_expr (Visitor *v,
           MlNode  *n)
{
  if (n == NULL || too_expensive (v))
    return n != NULL;
  if (n->mode == ML_MODE_TYPEXPR)
    return FALSE;
  if (n->mode == ML_MODE_CONSTANT && n->kind != ML_NODE_CALL)
    {
      v->budget--;
      return FALSE;
    }
  switch (n->kind)
    {
    case ML_NODE_PAREN:
      return cost_expr (v, n->x);
    case ML_NODE_IDENT:
    case ML_NODE_BASIC_LIT:
      v->budget--;
      return FALSE;
    case ML_NODE_CALL:
      return cost_call (v, n);
    case ML_NODE_FUNC_LIT:
      v->budget -= 16;
      return FALSE;
    case ML_NODE_SELECTOR:
      if (n->x->mode == ML_MODE_PACKAGE)
        {
          v->budget--;
          return FALSE;
        }
      if (n->obj != NULL && n->obj->kind == ML_OBJ_FUNC)
        v->budget -= 2;  /* a method value: OMETHVALUE */
      else
        v->budget--;
      return cost_expr (v, n->x);
    case ML_NODE_UNARY:
      if (n->op == ML_TOK_AND)
        {
          MlNode *x = ml_node_unparen (n->x);

          v->budget--;
          if (x->kind == ML_NODE_COMPOSITE_LIT)
            return cost_expr (v, x);
        }
      else
        v->budget--;
      return cost_expr (v, n->x);
    case ML_NODE_STAR:
    case ML_NODE_TYPE_ASSERT:
      v->budget--;
      return cost_expr (v, n->x);
    case ML_NODE_BINARY:
      v->budget--;
      /* gc adds strings in one OADDSTR. */
      if (n->op == ML_TOK_ADD && n->type != NULL && ml_type_is_string (n->type))
        {
          MlNode *x = ml_node_unparen (n->x);

          if (x->kind == ML_NODE_BINARY && x->op == ML_TOK_ADD && x->mode != ML_MODE_CONSTANT)
            v->budget++;
        }
      return cost_expr (v, n->x) || cost_expr (v, n->y);
    case ML_NODE_INDEX:
      v->budget--;
      return cost_expr (v, n->x) || cost_expr (v, n->y);
    case ML_NODE_SLICE_EXPR:
      v->budget--;
      /* Slicing an array takes its address. */
      if (n->x->type != NULL && ml_type_underlying (n->x->type)->kind == ML_TYPE_ARRAY)
        v->budget--;
      if (n->y != NULL && n->y->mode == ML_MODE_CONSTANT)
        v->budget++;
      return cost_expr (v, n->x) || cost_expr (v, n->y) || cost_expr (v, n->z) || cost_expr (v, n->w);
    case ML_NODE_COMPOSITE_LIT:
      {
        MlType *u = n->type != NULL ? ml_type_underlying (n->type) : NULL;

        v->budget -= (u != NULL && u->kind == ML_TYPE_SLICE) ? 2 : 1;
        for (guint i = 0; i < n->list.n; i++)
          {
            MlNode *el = n->list.items[i];

            if (el->kind == ML_NODE_KEY_VALUE)
              {
                v->budget--;
                if (u == NULL || u->kind != ML_TYPE_STRUCT)
                  {
                    if (cost_expr (v, el->x))
                      return TRUE;
                  }
                if (cost_expr (v, el->y))
                  return TRUE;
              }
            else
              {
                if (u != NULL && u->kind == ML_TYPE_STRUCT)
                  v->budget--;
                if (cost_expr (v, el))
                  return TRUE;
              }
          }
        return FALSE;
      }
    case ML_NODE_KEY_VALUE:
      v->budget--;
      return cost_expr (v, n->x) || cost_expr (v, n->y);
    case ML_NODE_BAD:
    ML_NODE_CASES_NOT_EXPR:
    default:
      return FALSE;
    }
}

static MlType *
result_type (MlFunc *fn,
             guint   i)
{
  MlType *sig = fn->signature;

  if (sig == NULL || sig->kind != ML_TYPE_FUNC || sig->results == NULL || i >= sig->results->n_fields)
    return NULL;
  return sig->results->fields[i].type;
}

static gboolean
cost_assign (Visitor *v,
             MlNode  *n)
{
  /* x op= y */
  if (n->op != ML_TOK_ASSIGN && n->op != ML_TOK_DEFINE)
    {
      v->budget--;
      return cost_list (v, &n->list, FALSE) || cost_list (v, &n->list2, FALSE);
    }
  v->budget--;
  if (n->op == ML_TOK_DEFINE)
    {
      /* Each new variable is declared first (ODCL and its name). */
      for (guint i = 0; i < n->list.n; i++)
        {
          MlNode *l = n->list.items[i];

          if (l->kind == ML_NODE_IDENT && g_strcmp0 (l->name, "_") != 0)
            v->budget -= 2;
        }
    }
  if (cost_list (v, &n->list, FALSE))
    return TRUE;
  for (guint i = 0; i < n->list2.n; i++)
    {
      MlType *lt = i < n->list.n ? n->list.items[i]->type : NULL;

      if (cost_value (v, n->list2.items[i], n->list.n == n->list2.n ? lt : NULL))
        return TRUE;
    }
  return FALSE;
}

static gboolean
cost_stmt (Visitor *v,
           MlNode  *n)
{
  if (n == NULL || too_expensive (v))
    return n != NULL;
  switch (n->kind)
    {
    case ML_NODE_EMPTY_STMT:
    case ML_NODE_DIRECTIVE_STMT:
      return FALSE;
    case ML_NODE_EXPR_STMT:
      return cost_expr (v, n->x);
    case ML_NODE_INC_DEC_STMT:
      v->budget -= 2;
      return cost_expr (v, n->x);
    case ML_NODE_ASSIGN_STMT:
      return cost_assign (v, n);
    case ML_NODE_RETURN_STMT:
      v->budget--;
      for (guint i = 0; i < n->list.n; i++)
        if (cost_value (v, n->list.items[i], n->list.n > 1 || v->fn == NULL ? NULL : result_type (v->fn, i)))
          return TRUE;
      return FALSE;
    case ML_NODE_BLOCK:
      return cost_list (v, &n->list, TRUE);
    case ML_NODE_IF_STMT:
      v->budget--;
      return cost_stmt (v, n->x) || cost_expr (v, n->y) || cost_stmt (v, n->z) || cost_stmt (v, n->w);
    case ML_NODE_FOR_STMT:
      v->budget--;
      return cost_stmt (v, n->x) || cost_expr (v, n->y) || cost_stmt (v, n->z) || cost_stmt (v, n->w);
    case ML_NODE_RANGE_STMT:
      {
        MlType *rt = n->z != NULL && n->z->type != NULL ? ml_type_underlying (n->z->type) : NULL;

        /* ORANGE, its key and value, each declared first when defined here, and the
         * dereference of a pointer to an array. */
        v->budget--;
        for (MlNode *kv = n->x; kv != NULL; kv = kv == n->x ? n->y : NULL)
          {
            v->budget--;
            if (n->op == ML_TOK_DEFINE && kv->kind == ML_NODE_IDENT && g_strcmp0 (kv->name, "_") != 0)
              v->budget -= 2;
          }
        if (rt != NULL && rt->kind == ML_TYPE_POINTER)
          v->budget--;
        return cost_expr (v, n->z) || cost_stmt (v, n->w);
      }
    case ML_NODE_SWITCH_STMT:
      v->budget--;
      if (cost_stmt (v, n->x) || cost_expr (v, n->y))
        return TRUE;
      for (guint i = 0; i < n->list.n; i++)
        {
          MlNode *cc = n->list.items[i];

          v->budget--;
          if (cost_list (v, &cc->list, FALSE) || cost_list (v, &cc->list2, TRUE))
            return TRUE;
        }
      return FALSE;
    case ML_NODE_TYPE_SWITCH_STMT:
      v->budget -= 2;
      if (cost_stmt (v, n->x))
        return TRUE;
      if (n->y != NULL && n->y->kind == ML_NODE_ASSIGN_STMT && n->y->list2.n > 0)
        {
          if (cost_expr (v, n->y->list2.items[0]->x))
            return TRUE;
        }
      else if (n->y != NULL && n->y->kind == ML_NODE_EXPR_STMT && cost_expr (v, n->y->x->x))
        return TRUE;
      for (guint i = 0; i < n->list.n; i++)
        {
          MlNode *cc = n->list.items[i];

          v->budget--;
          if (cost_list (v, &cc->list2, TRUE))
            return TRUE;
        }
      return FALSE;
    case ML_NODE_BRANCH_STMT:
      if (n->op != ML_TOK_FALLTHROUGH)
        v->budget--;
      return FALSE;
    case ML_NODE_LABELED_STMT:
      v->budget--;
      return cost_stmt (v, n->x);
    case ML_NODE_DECL_STMT:
      {
        MlNode *d = n->x;

        if (d == NULL || d->op != ML_TOK_VAR)
          return FALSE;
        for (guint i = 0; i < d->list.n; i++)
          {
            MlNode *spec = d->list.items[i];

            for (guint j = 0; j < spec->list.n; j++)
              {
                /* ODCL x, then x = value (or the zero value). */
                v->budget -= 4;
                if (j < spec->list2.n && cost_value (v, spec->list2.items[j], spec->list.items[j]->type))
                  return TRUE;
              }
          }
        return FALSE;
      }
    case ML_NODE_GO_STMT:
      v->reason = "unhandled op GO";
      return TRUE;
    case ML_NODE_DEFER_STMT:
      v->reason = "unhandled op DEFER";
      return TRUE;
    case ML_NODE_SELECT_STMT:
      v->reason = "unhandled op SELECT";
      return TRUE;
    case ML_NODE_SEND_STMT:
      v->budget--;
      return cost_expr (v, n->x) || cost_expr (v, n->y);
    case ML_NODE_CASE_CLAUSE:
    ML_NODE_CASES_NOT_STMT:
    default:
      return FALSE;
    }
}

/* A defer's wrapper makes the deferred call with the values the statement evaluated, which
 * are its captured variables: the call, its function, a name for each argument (in the
 * slice of a variadic call), and the callee's body or the price of a call. */
static gint
defer_wrapper_cost (Visitor *v,
                    MlFunc  *fn)
{
  MlNode *call = fn->defer_stmt->x;
  MlNode *fun;
  g_autofree char *owned = NULL;
  const char *std_name;
  const MlInlineStd *std = NULL;
  MlFunc *callee;
  gint cost = 2;

  if (call == NULL || call->kind != ML_NODE_CALL)
    return -1;
  fun = ml_node_unparen (call->x);
  /* defer recover(): the wrapper calls recover, which nothing inlines. */
  if (fun->mode == ML_MODE_BUILTIN && fun->obj != NULL && fun->obj->builtin == ML_BUILTIN_RECOVER)
    return -1;
  if (fun->mode == ML_MODE_BUILTIN && fun->obj != NULL && !(fun->obj->flags & ML_OBJ_FLAG_PACKAGE_FUNC))
    return cost + call->list.n;
  cost += call->list.n;
  if (fun->type != NULL && ml_type_underlying (fun->type)->kind == ML_TYPE_FUNC
      && ml_type_underlying (fun->type)->variadic && !(call->flags & ML_NODE_FLAG_DOTS))
    cost += 2;
  if (fun->kind == ML_NODE_SELECTOR && fun->x->mode != ML_MODE_PACKAGE)
    cost++;
  std_name = _ml_inline_call_std_name (call, &owned);
  callee = std_name == NULL ? _ml_inline_static_callee (v->inl, fun, NULL) : NULL;
  if (callee != NULL && callee->pkg != NULL)
    {
      std_name = _ml_inline_std_func_name (callee, &owned);
      callee = NULL;
    }
  if (std_name != NULL)
    std = _ml_inline_std_lookup (std_name);
  if (std != NULL)
    return cost + std->cost;
  if (callee != NULL)
    {
      MlInlineFunc *fi = _ml_inline_func (v->inl, callee);

      if (callee->outer != NULL && !fi->checked)
        _ml_inline_can_inline (v->inl, callee);
      if (fi->checked && fi->cost >= 0 && fi->cost <= _ml_inline_call_max_cost (callee, FALSE))
        return cost + fi->cost;
    }
  return cost + ML_INLINE_EXTRA_CALL_COST;
}

/* The cost of @fn's body, or -1 with @reason when gc never inlines it. */
gint
_ml_inline_func_cost (MlInline    *inl,
                      MlFunc      *fn,
                      gint         budget,
                      const char **reason)
{
  Visitor v = { inl, fn, budget, NULL };
  MlNode *body = NULL;

  if (fn->node == NULL)
    return -1;
  /* A defer's wrapper makes the deferred call with the values it captured. */
  if (fn->defer_stmt != NULL)
    return defer_wrapper_cost (&v, fn);
  if (fn->node->kind == ML_NODE_FUNC_DECL)
    body = fn->node->z;
  else if (fn->node->kind == ML_NODE_FUNC_LIT)
    body = fn->node->y;
  if (body == NULL)
    {
      *reason = "no function body";
      return -1;
    }
  if (cost_stmt (&v, body) || too_expensive (&v))
    {
      *reason = v.reason;
      return -1;
    }
  return budget - v.budget;
}
