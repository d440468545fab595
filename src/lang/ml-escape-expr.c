/* ml-escape-expr.c
 *
 * Copyright 2026 The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Expressions, after gc's escape/expr.go: evaluating an expression into a hole adds the edges
 * its value takes (the address for &x, what a pointer points to for *p and p.f, a copy
 * otherwise) and makes a location for every allocation it performs: &T{}, slice and map
 * literals, string concatenation, method values, conversions to an interface or between
 * strings and byte slices.  Calls and function literals are in ml-escape-call.c.
 */

#define G_LOG_DOMAIN "ml-escape"

#include "config.h"

#include "ml-escape-private.h"

/* Evaluates an argument converted to an interface (fmt's ...any, an interface parameter,
 * result or variable): a value that does not fit in the interface word is boxed. */
void
_ml_escape_expr_to_iface (MlEscape     *e,
                          MlEscapeHole  k,
                          MlNode       *arg)
{
  if (_ml_escape_defer_operand (e, k, arg))
    return;
  if (arg->type != NULL && !ml_type_is_interface (arg->type) && !_ml_escape_is_direct_iface (arg->type))
    {
      MlConst *v = _ml_escape_static_const_value (arg);
      g_autofree char *name = NULL;

      /* gc's ir.StaticValue: a local defined once with a constant and
       * never reassigned is printed as that constant, of the argument's type. */
      if (v != NULL)
        {
          GString *s = g_string_new (NULL);

          _ml_escape_append_typed_const (s, v, arg->type);
          name = g_string_free (s, FALSE);
        }
      /* The implicit conversion sits where its operand's syntax node is (the "(" of a
       * call T(x)), and gc meets it before the operand's own allocations. */
      k = _ml_escape_spill (e, k, arg, name);
    }
  _ml_escape_expr (e, _ml_escape_hole_note (e, k, arg, "interface-converted"), arg);
}

/* Evaluates n into k, converting it to an interface first when to_iface says the
 * destination is one. */
void
_ml_escape_expr_or_iface (MlEscape     *e,
                          MlEscapeHole  k,
                          MlNode       *n,
                          gboolean      to_iface)
{
  if (to_iface)
    _ml_escape_expr_to_iface (e, k, n);
  else
    _ml_escape_expr (e, k, n);
}

/* A conversion T(x). */
void
_ml_escape_conversion (MlEscape     *e,
                       MlEscapeHole  k,
                       MlNode       *n)
{
  MlNode *a = n->list.n > 0 ? n->list.items[0] : NULL;
  MlType *to = ml_type_underlying (n->type);
  MlType *from = a && a->type ? ml_type_underlying (a->type) : NULL;

  if (a == NULL)
    return;
  if (to != NULL && to->kind == ML_TYPE_INTERFACE && from && from->kind != ML_TYPE_INTERFACE)
    {
      if (!_ml_escape_is_direct_iface (a->type))
        {
          MlConst *v = _ml_escape_static_const_value (a);
          g_autofree char *name = NULL;

          /* gc's rewriteWithLiterals puts the constant a local or an inlined parameter
           * stands for in place of the operand: any(500), any(int8(5)). */
          if (v != NULL && n->x != NULL && n->x->kind == ML_NODE_IDENT)
            {
              GString *str = g_string_new (NULL);

              g_string_append_printf (str, "%s(", n->x->name);
              _ml_escape_append_typed_const (str, v, a->type);
              g_string_append_c (str, ')');
              name = g_string_free (str, FALSE);
            }
          k = _ml_escape_spill (e, k, n, name);
          /* gc positions an explicit conversion at its operand. */
          k.dst->pos = _ml_escape_pos (e, a);
        }
      _ml_escape_expr (e, _ml_escape_hole_note (e, k, n, "interface-converted"), a);
      return;
    }
  /* []byte(s), string(b) and string(rune) build a new value. */
  if (from != NULL && to != NULL && n->mode != ML_MODE_CONSTANT
      && ((ml_type_is_string (from) && to->kind == ML_TYPE_SLICE)
          || (from->kind == ML_TYPE_SLICE && ml_type_is_string (to))
          || (ml_type_is_integer (from) && ml_type_is_string (to))))
    {
      MlEscapeLoc *l = _ml_escape_spill (e, k, n, NULL).dst;

      /* gc positions an explicit conversion at its operand; only []byte(s) may share the
       * string's bytes. */
      l->pos = _ml_escape_pos (e, a);
      if (ml_type_is_string (from) && to->elem != NULL && ml_type_underlying (to->elem)->kind == ML_TYPE_UINT8)
        l->zero_copy = TRUE;
      _ml_escape_expr (e, _ml_escape_discard_hole (), a);
      return;
    }
  _ml_escape_expr (e, k, a);
}

/* A slice literal allocates its backing array; the elements flow into it. */
static void
slice_lit (MlEscape     *e,
           MlEscapeHole  k,
           MlNode       *n,
           MlType       *u)
{
  MlEscapeHole c = _ml_escape_spill (e, k, n, NULL);

  for (guint i = 0; i < n->list.n; i++)
    {
      MlNode *el = n->list.items[i];

      if (el->kind == ML_NODE_KEY_VALUE)
        el = el->y;
      _ml_escape_expr_or_iface (e, _ml_escape_hole_note (e, c, n, "slice-literal-element"), el,
                                u->elem && ml_type_is_interface (u->elem));
    }
}

/* A map literal allocates the map; keys and values go to the heap, boxed first when the
 * map holds interfaces. */
static void
map_lit (MlEscape     *e,
         MlEscapeHole  k,
         MlNode       *n,
         MlType       *u)
{
  gboolean key_iface = u->key != NULL && ml_type_is_interface (u->key);
  gboolean elem_iface = u->elem != NULL && ml_type_is_interface (u->elem);

  _ml_escape_spill (e, k, n, NULL);
  for (guint i = 0; i < n->list.n; i++)
    {
      MlNode *el = n->list.items[i];

      if (el->kind != ML_NODE_KEY_VALUE)
        continue;
      _ml_escape_expr_or_iface (e, _ml_escape_hole_note (e, _ml_escape_heap_hole (e), n, "map literal key"),
                                el->x, key_iface);
      _ml_escape_expr_or_iface (e, _ml_escape_hole_note (e, _ml_escape_heap_hole (e), n, "map literal value"),
                                el->y, elem_iface);
    }
}

/* A struct or array literal is a value: its elements flow wherever it goes. */
static void
value_lit (MlEscape     *e,
           MlEscapeHole  k,
           MlNode       *n,
           MlType       *u)
{
  const char *why = u->kind == ML_TYPE_STRUCT ? "struct literal element" : "array-literal-element";

  for (guint i = 0; i < n->list.n; i++)
    {
      MlNode *el = n->list.items[i];
      MlType *ft = NULL;

      if (el->kind == ML_NODE_KEY_VALUE)
        {
          ft = el->x->type;
          el = el->y;
        }
      else if (u->kind == ML_TYPE_STRUCT && i < u->n_fields)
        ft = u->fields[i].type;
      else if (u->kind == ML_TYPE_ARRAY)
        ft = u->elem;
      _ml_escape_expr_or_iface (e, _ml_escape_hole_note (e, k, n, why), el,
                                ft != NULL && ml_type_is_interface (ft));
    }
}

/* The operands of a chain of string concatenations a + b + c, which gc makes one operation
 * with one allocation: each goes nowhere. */
static void
concat_operands (MlEscape *e,
                 MlNode   *n)
{
  MlNode *x = ml_node_unparen (n->x);

  if (x->kind == ML_NODE_BINARY && x->op == ML_TOK_ADD && x->mode != ML_MODE_CONSTANT)
    concat_operands (e, x);
  else
    _ml_escape_expr (e, _ml_escape_discard_hole (), n->x);
  _ml_escape_expr (e, _ml_escape_discard_hole (), n->y);
}

void
_ml_escape_expr (MlEscape     *e,
                 MlEscapeHole  k,
                 MlNode       *n)
{
  MlType *u;

  if (n == NULL || n->mode == ML_MODE_TYPEXPR)
    return;
  if (_ml_escape_defer_operand (e, k, n))
    return;
  if (n->mode == ML_MODE_CONSTANT)
    return;
  /* Values without pointers cannot make anything escape. */
  if (k.derefs >= 0 && n->type != NULL && !ml_type_is_untyped (n->type)
      && n->type->kind != ML_TYPE_INVALID && !ml_type_has_pointers (n->type))
    k = _ml_escape_discard_hole ();

  switch (n->kind)
    {
    case ML_NODE_IDENT:
      if (n->obj != NULL && n->obj->kind == ML_OBJ_VAR)
        _ml_escape_flow (e, k, _ml_escape_var_loc (e, n->obj));
      break;
    case ML_NODE_PAREN:
      _ml_escape_expr (e, k, n->x);
      break;
    case ML_NODE_BASIC_LIT:
      break;
    case ML_NODE_UNARY:
      if (n->op != ML_TOK_AND)
        _ml_escape_expr (e, _ml_escape_discard_hole (), n->x);
      else if (ml_node_unparen (n->x)->kind == ML_NODE_COMPOSITE_LIT)
        {
          MlNode *x = ml_node_unparen (n->x);
          MlEscapeHole c = _ml_escape_spill (e, k, n, NULL);

          if (x->type != NULL && ml_type_sizeof (x->type) > ML_ESCAPE_MAX_IMPLICIT_STACK_VAR_SIZE)
            _ml_escape_loc_too_large (c.dst);
          _ml_escape_expr (e, c, x);
        }
      else
        _ml_escape_expr (e, _ml_escape_hole_shift (e, k, -1, n, "address-of"), n->x);
      break;
    case ML_NODE_STAR:
      _ml_escape_expr (e, _ml_escape_hole_shift (e, k, 1, n, "indirection"), n->x);
      break;
    case ML_NODE_SELECTOR:
      /* A method expression T.m is a function: nothing is allocated. */
      if (n->x->mode == ML_MODE_PACKAGE || n->x->mode == ML_MODE_TYPEXPR)
        break;
      /* A method value: the receiver is bound into a closure; an interface's method
       * value calls a method nobody knows, which may keep it. */
      if (n->obj != NULL && n->obj->kind == ML_OBJ_FUNC)
        _ml_escape_expr (e, _ml_escape_spill (e, k, n, NULL), n->x);
      else if (n->obj == NULL && n->x->type != NULL && ml_type_is_interface (n->x->type))
        {
          MlEscapeLoc *tee = _ml_escape_temp_loc (e);

          _ml_escape_flow (e, _ml_escape_spill (e, k, n, NULL), tee);
          _ml_escape_flow (e, _ml_escape_hole_note (e, _ml_escape_heap_hole (e), n, "call parameter"), tee);
          _ml_escape_expr (e, _ml_escape_hole_of (tee), n->x);
        }
      else if (n->x->type && ml_type_underlying (n->x->type)->kind == ML_TYPE_POINTER)
        _ml_escape_expr (e, _ml_escape_hole_shift (e, k, 1, n, "dot of pointer"), n->x);
      else
        _ml_escape_expr (e, _ml_escape_hole_note (e, k, n, "dot"), n->x);
      break;
    case ML_NODE_INDEX:
      u = n->x->type ? ml_type_underlying (n->x->type) : NULL;
      /* A lookup's key is boxed for a map of interface keys, and kept by nobody. */
      _ml_escape_expr_or_iface (e, _ml_escape_discard_hole (), n->y,
                                u != NULL && u->kind == ML_TYPE_MAP && ml_type_is_interface (u->key));
      if (u == NULL)
        break;
      if (u->kind == ML_TYPE_ARRAY)
        _ml_escape_expr (e, _ml_escape_hole_note (e, k, n, "fixed-array-index-of"), n->x);
      else if (u->kind == ML_TYPE_STRING || u->kind == ML_TYPE_MAP)
        /* What a map holds went to the heap when it was stored (gc's OINDEXMAP discards the
         * map), so a value read from it does not make the map leak. */
        _ml_escape_expr (e, _ml_escape_discard_hole (), n->x);
      else
        _ml_escape_expr (e, _ml_escape_hole_shift (e, k, 1, n, "dot of pointer"), n->x);
      break;
    case ML_NODE_SLICE_EXPR:
      u = n->x->type ? ml_type_underlying (n->x->type) : NULL;
      _ml_escape_expr (e, _ml_escape_discard_hole (), n->y);
      _ml_escape_expr (e, _ml_escape_discard_hole (), n->z);
      _ml_escape_expr (e, _ml_escape_discard_hole (), n->w);
      if (u != NULL && u->kind == ML_TYPE_ARRAY)
        _ml_escape_expr (e, _ml_escape_hole_shift (e, k, -1, n, "slice"), n->x);
      else
        _ml_escape_expr (e, _ml_escape_hole_note (e, k, n, "slice"), n->x);
      break;
    case ML_NODE_CALL:
      _ml_escape_call (e, &k, 1, n);
      break;
    case ML_NODE_BINARY:
      /* String concatenation allocates the result, once for a whole chain a + b + c
       * (gc's OADDSTR). */
      if (n->op == ML_TOK_ADD && n->type && ml_type_is_string (n->type) && n->mode != ML_MODE_CONSTANT)
        {
          _ml_escape_spill (e, k, n, NULL);
          concat_operands (e, n);
          break;
        }
      /* An interface compared with a value of another type: the value is converted. */
      if ((n->op == ML_TOK_EQL || n->op == ML_TOK_NEQ) && n->x->type != NULL && n->y->type != NULL
          && ml_type_is_interface (n->x->type) != ml_type_is_interface (n->y->type)
          && n->x->type->kind != ML_TYPE_UNTYPED_NIL && n->y->type->kind != ML_TYPE_UNTYPED_NIL)
        {
          _ml_escape_expr_or_iface (e, _ml_escape_discard_hole (), n->x, !ml_type_is_interface (n->x->type));
          _ml_escape_expr_or_iface (e, _ml_escape_discard_hole (), n->y, !ml_type_is_interface (n->y->type));
          break;
        }
      _ml_escape_expr (e, _ml_escape_discard_hole (), n->x);
      _ml_escape_expr (e, _ml_escape_discard_hole (), n->y);
      break;
    case ML_NODE_TYPE_ASSERT:
      /* x.(T): the value x holds; what its data word points to, unless T is an interface
       * or a pointer-shaped type (gc's dotType). */
      if (n->type != NULL && !ml_type_is_interface (n->type) && !_ml_escape_is_direct_iface (n->type))
        k = _ml_escape_hole_shift (e, k, 1, n, "dot");
      else
        k = _ml_escape_hole_note (e, k, n, "dot");
      _ml_escape_expr (e, k, n->x);
      break;
    case ML_NODE_COMPOSITE_LIT:
      u = n->type ? ml_type_underlying (n->type) : NULL;
      if (u != NULL && u->kind == ML_TYPE_SLICE)
        slice_lit (e, k, n, u);
      else if (u != NULL && u->kind == ML_TYPE_MAP)
        map_lit (e, k, n, u);
      else if (u != NULL)
        value_lit (e, k, n, u);
      break;
    case ML_NODE_FUNC_LIT:
      _ml_escape_closure (e, k, n);
      break;
    case ML_NODE_BAD: case ML_NODE_KEY_VALUE:
    ML_NODE_CASES_NOT_EXPR:
    default:
      break;
    }
}
