/* ml-escape-utils.c
 *
 * Copyright 2026 The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Questions escape analysis asks about types and syntax trees, after gc's escape/utils.go
 * and the helpers it borrows from ir and types: does a type fit in an interface word, does a
 * local stand for a constant, does a subtree write a variable, is an assignment a
 * self-assignment.  They read the tree and never touch the graph, so they live apart.
 */

#define G_LOG_DOMAIN "ml-escape"

#include "config.h"

#include "ml-const-private.h"
#include "ml-escape-private.h"

/* gc's types.IsDirectIface: a value of this type is stored in the interface word itself, so
 * converting it to an interface allocates nothing. */
gboolean
_ml_escape_is_direct_iface (MlType *t)
{
  MlType *u = ml_type_underlying (t);

  if (u == NULL)
    return FALSE;
  switch (u->kind)
    {
    case ML_TYPE_POINTER:
    case ML_TYPE_MAP:
    case ML_TYPE_CHAN:
    case ML_TYPE_FUNC:
    case ML_TYPE_UNSAFE_POINTER:
      return TRUE;
    case ML_TYPE_STRUCT:
      return u->n_fields == 1 && _ml_escape_is_direct_iface (u->fields[0].type);
    case ML_TYPE_ARRAY:
      return u->len == 1 && _ml_escape_is_direct_iface (u->elem);
    case ML_TYPE_INVALID: case ML_TYPE_BOOL: case ML_TYPE_STRING:
    ML_TYPE_CASES_SIGNED: ML_TYPE_CASES_UNSIGNED: ML_TYPE_CASES_FLOAT: ML_TYPE_CASES_COMPLEX:
    ML_TYPE_CASES_UNTYPED:
    case ML_TYPE_SLICE: case ML_TYPE_INTERFACE: case ML_TYPE_TUPLE: case ML_TYPE_NAMED:
    default:
      return FALSE;
    }
}

/* gc's ir.StaticValue: a local defined once and never reassigned nor address-taken stands
 * for its initial value. */
gboolean
_ml_escape_is_static_const_var (MlObject *o)
{
  if (o == NULL || o->kind != ML_OBJ_VAR || o->init == NULL)
    return FALSE;
  if (o->flags & (ML_OBJ_FLAG_GLOBAL | ML_OBJ_FLAG_REASSIGNED | ML_OBJ_FLAG_ADDR_TAKEN
                  | ML_OBJ_FLAG_PARAM | ML_OBJ_FLAG_RESULT))
    return FALSE;
  return o->init->mode == ML_MODE_CONSTANT && o->init->cval != NULL;
}

/* The machine type gc gives a basic kind (types.SimType on amd64): int is int64, uint and
 * uintptr are uint64. */
static MlTypeKind
sim_kind (MlTypeKind k)
{
  switch (k)
    {
    case ML_TYPE_INT: return ML_TYPE_INT64;
    case ML_TYPE_UINT: case ML_TYPE_UINTPTR: return ML_TYPE_UINT64;
    case ML_TYPE_INVALID: case ML_TYPE_BOOL: case ML_TYPE_INT8: case ML_TYPE_INT16: case ML_TYPE_INT32:
    case ML_TYPE_INT64: case ML_TYPE_UINT8: case ML_TYPE_UINT16: case ML_TYPE_UINT32: case ML_TYPE_UINT64:
    ML_TYPE_CASES_FLOAT: ML_TYPE_CASES_COMPLEX:
    case ML_TYPE_STRING: case ML_TYPE_UNSAFE_POINTER:
    ML_TYPE_CASES_UNTYPED:
    ML_TYPE_CASES_COMPOSITE:
    default:
      return k;
    }
}

/* gc's OCONVNOP: a conversion that changes nothing in memory, between types of identical
 * underlying types or integers of one machine type (int and int64). */
static gboolean
is_nop_conversion (MlType *from,
                   MlType *to)
{
  MlType *fu = ml_type_underlying (from), *tu = ml_type_underlying (to);

  if (fu == NULL || tu == NULL || ml_type_is_interface (tu) || ml_type_is_untyped (fu))
    return FALSE;
  /* gc's tcConv keeps a conversion between floating-point types of one kind, since it
   * rounds. */
  if ((ml_type_is_float (fu) || fu->kind == ML_TYPE_COMPLEX64 || fu->kind == ML_TYPE_COMPLEX128)
      && fu->kind == tu->kind)
    return FALSE;
  if (ml_type_identical (fu, tu))
    return TRUE;
  return (ml_type_is_integer (fu) || ml_type_is_float (fu)) && (ml_type_is_integer (tu) || ml_type_is_float (tu))
         && sim_kind (fu->kind) == sim_kind (tu->kind);
}

/* The constant gc's escape analysis puts in place of a value converted to an interface (its
 * ir.StaticValue through conversions that change nothing): the initial value of a local that
 * stands for a constant, or NULL. */
MlConst *
_ml_escape_static_const_value (MlNode *n)
{
  for (;;)
    {
      n = ml_node_unparen (n);
      if (n->kind == ML_NODE_IDENT && _ml_escape_copy_const (n->obj) != NULL)
        {
          n = _ml_escape_copy_const (n->obj);
          if (n->mode == ML_MODE_CONSTANT && n->cval != NULL)
            return n->cval;
          continue;
        }
      /* An inlined call's result defined at its only return (a constant there). */
      if (n->kind == ML_NODE_CALL && _ml_escape_inlined_static_result (n) != NULL)
        {
          n = _ml_escape_inlined_static_result (n);
          if (n->mode == ML_MODE_CONSTANT && n->cval != NULL)
            return n->cval;
          return NULL;
        }
      if (n->kind == ML_NODE_IDENT)
        return _ml_escape_is_static_const_var (n->obj) ? n->obj->init->cval : NULL;
      if (n->kind != ML_NODE_CALL || n->x->mode != ML_MODE_TYPEXPR || n->list.n != 1
          || !is_nop_conversion (n->list.items[0]->type, n->type))
        return NULL;
      n = n->list.items[0];
    }
}

/* gc's ReassignOracle.StaticValue: through parentheses, conversions that change nothing and
 * locals defined once and never reassigned nor address-taken, to the expression that gives
 * the value. */
static MlNode *
static_value (MlNode *n)
{
  for (;;)
    {
      MlObject *o;

      n = ml_node_unparen (n);
      if (n->kind == ML_NODE_CALL && n->x->mode == ML_MODE_TYPEXPR && n->list.n == 1
          && n->mode != ML_MODE_CONSTANT && is_nop_conversion (n->list.items[0]->type, n->type))
        {
          n = n->list.items[0];
          continue;
        }
      o = n->kind == ML_NODE_IDENT ? n->obj : NULL;
      /* A parameter of an inlined copy stands for its argument. */
      if (o != NULL && _ml_escape_copy_const (o) != NULL)
        {
          n = _ml_escape_copy_const (o);
          continue;
        }
      if (o == NULL || o->kind != ML_OBJ_VAR || o->init == NULL
          || (o->flags & (ML_OBJ_FLAG_GLOBAL | ML_OBJ_FLAG_REASSIGNED | ML_OBJ_FLAG_ADDR_TAKEN
                          | ML_OBJ_FLAG_PARAM | ML_OBJ_FLAG_RESULT)))
        return n;
      n = o->init;
    }
}

/* The length of the array a slice literal makes: one past its highest index. */
static gint64
slice_literal_len (MlNode *n)
{
  gint64 idx = 0, max = 0;

  for (guint i = 0; i < n->list.n; i++)
    {
      MlNode *el = n->list.items[i];

      if (el->kind == ML_NODE_KEY_VALUE && el->x->cval != NULL)
        idx = (gint64) el->x->cval->i;
      idx++;
      max = MAX (max, idx);
    }
  return max;
}

/**
 * ml_escape_make_literal_size:
 * @make: a call make([]T, len[, cap])
 * @size: (out): the size gc puts in its place
 *
 * gc's rewriteWithLiterals: before escape analysis judges make, it replaces the capacity
 * (the length when there is none) by a literal when its static value is a constant, or
 * len() of a slice literal, so that the slice can live in the frame ("make([]int, 5) does
 * not escape" for make([]int, len(dias))).
 *
 * Returns: the index in @make's arguments of the size replaced, or 0 when none is (a size
 * that is a constant already is not replaced)
 */
guint
ml_escape_make_literal_size (MlNode *make,
                              gint64 *size)
{
  MlType *u = make->type != NULL ? ml_type_underlying (make->type) : NULL;
  guint i;
  MlNode *s;

  if (u == NULL || u->kind != ML_TYPE_SLICE || make->list.n < 2)
    return 0;
  i = make->list.n > 2 ? 2 : 1;
  if (make->list.items[i]->mode == ML_MODE_CONSTANT)
    return 0;
  s = static_value (make->list.items[i]);
  if (s->mode == ML_MODE_CONSTANT && s->cval != NULL && s->cval->kind == ML_CONST_INT)
    {
      gint64 v;

      if (!ml_const_int64_val (s->cval, &v) || v < 0)
        return 0;
      *size = v;
      return i;
    }
  if (s->kind == ML_NODE_CALL && s->list.n == 1 && s->x->kind == ML_NODE_IDENT && s->x->obj != NULL
      && s->x->obj->kind == ML_OBJ_BUILTIN && s->x->obj->builtin == ML_BUILTIN_LEN)
    {
      MlNode *x = static_value (s->list.items[0]);
      MlType *xu = x->type != NULL ? ml_type_underlying (x->type) : NULL;

      if (x->kind == ML_NODE_COMPOSITE_LIT && xu != NULL && xu->kind == ML_TYPE_SLICE)
        {
          *size = slice_literal_len (x);
          return i;
        }
    }
  return 0;
}

/* Does the node itself assign obj (or take its address)?  Only these four kinds of node
 * write a variable. */
static gboolean
writes_var (MlNode   *n,
            MlObject *obj)
{
  if (n->kind == ML_NODE_ASSIGN_STMT)
    {
      for (guint i = 0; i < n->list.n; i++)
        if (ml_node_unparen (n->list.items[i])->obj == obj)
          return TRUE;
      return FALSE;
    }
  if (n->kind == ML_NODE_INC_DEC_STMT)
    return ml_node_unparen (n->x)->obj == obj;
  if (n->kind == ML_NODE_UNARY)
    return n->op == ML_TOK_AND && ml_node_unparen (n->x)->obj == obj;
  if (n->kind == ML_NODE_RANGE_STMT)
    return n->op == ML_TOK_ASSIGN && ((n->x && n->x->obj == obj) || (n->y && n->y->obj == obj));
  return FALSE;
}

/* Does the subtree assign obj (or take its address)? */
gboolean
_ml_escape_assigns_var (MlNode   *n,
                        MlObject *obj)
{
  if (n == NULL)
    return FALSE;
  if (writes_var (n, obj))
    return TRUE;
  if (_ml_escape_assigns_var (n->x, obj) || _ml_escape_assigns_var (n->y, obj)
      || _ml_escape_assigns_var (n->z, obj) || _ml_escape_assigns_var (n->w, obj))
    return TRUE;
  for (guint i = 0; i < n->list.n; i++)
    if (_ml_escape_assigns_var (n->list.items[i], obj))
      return TRUE;
  for (guint i = 0; i < n->list2.n; i++)
    if (_ml_escape_assigns_var (n->list2.items[i], obj))
      return TRUE;
  return FALSE;
}

/* Collects in *one the value of every simple assignment to @o in @n ("f = func..." in
 * "var f func(); f = func..."), nil ones left out; FALSE when @o is assigned otherwise or
 * given more than one value. */
static gboolean
collect_func_assigns (MlNode    *n,
                      MlObject  *o,
                      MlNode   **one)
{
  if (n == NULL)
    return TRUE;
  if (writes_var (n, o))
    {
      MlNode *rhs;

      if (n->kind != ML_NODE_ASSIGN_STMT || n->list.n != 1 || n->list2.n != 1
          || (n->op != ML_TOK_ASSIGN && n->op != ML_TOK_DEFINE))
        return FALSE;
      rhs = ml_node_unparen (n->list2.items[0]);
      if (rhs->type == NULL || rhs->type->kind != ML_TYPE_UNTYPED_NIL)
        {
          if (*one != NULL && *one != rhs)
            return FALSE;
          *one = rhs;
        }
    }
  if (!collect_func_assigns (n->x, o, one) || !collect_func_assigns (n->y, o, one)
      || !collect_func_assigns (n->z, o, one) || !collect_func_assigns (n->w, o, one))
    return FALSE;
  for (guint i = 0; i < n->list.n; i++)
    if (!collect_func_assigns (n->list.items[i], o, one))
      return FALSE;
  for (guint i = 0; i < n->list2.n; i++)
    if (!collect_func_assigns (n->list2.items[i], o, one))
      return FALSE;
  return TRUE;
}

/* gc's ReassignOracle.FuncAssignments: the function value a local of func type declared
 * without one ("var f func(a *Arbol) *Arbol", so that a literal can call itself) is given
 * by its only assignment, in its function or the literals within; NULL when there is none,
 * or more than one (gc then merges several callees, which MemLab does not model). */
MlNode *
_ml_escape_assigned_func_value (MlObject *o)
{
  MlNode *one = NULL;
  MlType *u = o != NULL && o->type != NULL ? ml_type_underlying (o->type) : NULL;

  if (u == NULL || u->kind != ML_TYPE_FUNC || o->kind != ML_OBJ_VAR || o->func == NULL
      || (o->init != NULL && (o->init->type == NULL || o->init->type->kind != ML_TYPE_UNTYPED_NIL))
      || (o->flags & (ML_OBJ_FLAG_ADDR_TAKEN | ML_OBJ_FLAG_GLOBAL | ML_OBJ_FLAG_PARAM
                      | ML_OBJ_FLAG_RESULT)))
    return NULL;
  if (o->decl != NULL && o->decl->kind == ML_NODE_VALUE_SPEC && o->decl->list2.n > 0 && o->init == NULL)
    return NULL;
  if (!collect_func_assigns (o->func, o, &one))
    return NULL;
  return one;
}

/* gc's ir.SameSafeExpr for the shapes the subset has. */
static gboolean
same_safe_expr (MlNode *a,
                MlNode *b)
{
  a = ml_node_unparen (a);
  b = ml_node_unparen (b);
  if (a == NULL || b == NULL || a->kind != b->kind)
    return FALSE;
  switch (a->kind)
    {
    case ML_NODE_IDENT:
      return a->obj != NULL && a->obj == b->obj;
    case ML_NODE_SELECTOR:
      return g_strcmp0 (a->name, b->name) == 0 && same_safe_expr (a->x, b->x);
    case ML_NODE_STAR:
      return same_safe_expr (a->x, b->x);
    case ML_NODE_BAD: case ML_NODE_PAREN: ML_NODE_CASES_VALUE:
    ML_NODE_CASES_NOT_EXPR:
    default:
      return FALSE;
    }
}

/* gc's mayAffectMemory: whether evaluating @n may change memory (a call, say); names,
 * constants and arithmetic on them do not. */
static gboolean
may_affect_memory (MlNode *n)
{
  n = ml_node_unparen (n);
  if (n == NULL)
    return FALSE;
  switch (n->kind)
    {
    case ML_NODE_IDENT: case ML_NODE_BASIC_LIT:
      return FALSE;
    case ML_NODE_BINARY: case ML_NODE_INDEX:
      return n->op == ML_TOK_LAND || n->op == ML_TOK_LOR || may_affect_memory (n->x) || may_affect_memory (n->y);
    case ML_NODE_UNARY:
      return n->op == ML_TOK_AND || n->op == ML_TOK_ARROW || may_affect_memory (n->x);
    case ML_NODE_SELECTOR: case ML_NODE_STAR:
      return may_affect_memory (n->x);
    case ML_NODE_CALL:
      /* A conversion, len or cap. */
      if (n->x->mode == ML_MODE_TYPEXPR && n->list.n == 1)
        return may_affect_memory (n->list.items[0]);
      if (n->x->obj != NULL && n->x->obj->kind == ML_OBJ_BUILTIN && n->list.n == 1
          && (n->x->obj->builtin == ML_BUILTIN_LEN || n->x->obj->builtin == ML_BUILTIN_CAP))
        return may_affect_memory (n->list.items[0]);
      return TRUE;
    case ML_NODE_BAD: case ML_NODE_COMPOSITE_LIT: case ML_NODE_KEY_VALUE: case ML_NODE_FUNC_LIT:
    case ML_NODE_PAREN: case ML_NODE_SLICE_EXPR: case ML_NODE_TYPE_ASSERT:
    ML_NODE_CASES_NOT_EXPR:
    default:
      return n->mode != ML_MODE_CONSTANT;
    }
}

static gboolean
is_pointer_typed (MlNode *n)
{
  return n != NULL && n->type != NULL && ml_type_underlying (n->type) != NULL
         && ml_type_underlying (n->type)->kind == ML_TYPE_POINTER;
}

/* gc's isSelfAssign: "b.buf = b.buf[n:m]", "v.x = v.y" and "a[i] = a[j]" store nothing new. */
gboolean
_ml_escape_is_self_assign (MlNode *dst,
                           MlNode *src)
{
  dst = ml_node_unparen (dst);
  src = ml_node_unparen (src);
  if (dst == NULL || src == NULL)
    return FALSE;
  if (src->kind == ML_NODE_SLICE_EXPR && dst->kind == ML_NODE_SELECTOR && is_pointer_typed (dst->x)
      && ml_node_unparen (dst->x)->kind == ML_NODE_IDENT)
    {
      MlNode *base = ml_node_unparen (src->x);
      MlType *bu = base->type ? ml_type_underlying (base->type) : NULL;

      if (bu != NULL && bu->kind == ML_TYPE_ARRAY)
        return FALSE;
      if (base->kind == ML_NODE_SELECTOR && is_pointer_typed (base->x)
          && ml_node_unparen (base->x)->kind == ML_NODE_IDENT
          && ml_node_unparen (base->x)->obj == ml_node_unparen (dst->x)->obj)
        return TRUE;
      return FALSE;
    }
  if (dst->kind != src->kind)
    return FALSE;
  if (dst->kind == ML_NODE_SELECTOR)
    return same_safe_expr (dst->x, src->x);
  /* a[i] = a[j], with indices that change nothing. */
  if (dst->kind == ML_NODE_INDEX && dst->x->type != NULL
      && ml_type_underlying (dst->x->type)->kind != ML_TYPE_MAP)
    return !may_affect_memory (dst->y) && !may_affect_memory (src->y) && same_safe_expr (dst->x, src->x);
  return FALSE;
}
