/* ml-check-call.c
 *
 * Copyright 2026 The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Calls, conversions and selectors (types2's call.go, conversions.go, selection in
 * lookup.go): what a call's operand turns out to be (a type, a builtin, a function value), the
 * arguments against the signature with types2's "not enough arguments in call to f / have
 * (...) / want (...)", conversions T(x) with their constant rules, and x.f as a field, a
 * method or a member of an imported package.
 */

#define G_LOG_DOMAIN "ml-check"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "ml-check-private.h"
#include "ml-const-private.h"

/* types2's typesSummary: untyped numbers print as "number". */
static void
append_summary (GString  *out,
                MlNode  **args,
                guint     n)
{
  g_string_append_c (out, '(');
  for (guint i = 0; i < n; i++)
    {
      MlType *t = args[i]->type;

      if (i > 0)
        g_string_append (out, ", ");
      if (t == NULL || t->kind == ML_TYPE_INVALID)
        g_string_append (out, "unknown type");
      else if (t->kind == ML_TYPE_TUPLE && n > 1)
        ml_type_append_string (out, t);
      else if (t->kind == ML_TYPE_TUPLE)
        {
          for (guint j = 0; j < t->n_fields; j++)
            {
              if (j > 0)
                g_string_append (out, ", ");
              ml_type_append_string (out, t->fields[j].type);
            }
        }
      else if (ml_type_is_untyped (t) && ml_type_is_numeric (t))
        g_string_append (out, "number");
      else if (ml_type_is_untyped (t))
        g_string_append (out, t->name + strlen ("untyped "));
      else
        ml_type_append_string (out, t);
    }
  g_string_append_c (out, ')');
}

/* types2's count mismatch, of the arguments in a call to @fname or, when @fname is %NULL,
 * of the values a function with signature @sig returns: what was given, then what was
 * wanted. */
void
ml_check_report_count (MlChecker  *c,
                       MlPos       at,
                       gboolean    few,
                       const char *fname,
                       MlNodeList *have,
                       MlType     *sig)
{
  g_autoptr(GString) msg = g_string_new (NULL);

  if (fname != NULL)
    g_string_append_printf (msg, "%s arguments in call to %s\n\thave ", few ? "not enough" : "too many", fname);
  else
    g_string_append_printf (msg, "%s return values\n\thave ", few ? "not enough" : "too many");
  append_summary (msg, have->items, have->n);
  g_string_append (msg, "\n\twant ");
  if (fname != NULL)
    ml_type_append_tuple (msg, sig->params, sig->variadic, FALSE);
  else
    ml_type_append_tuple (msg, sig != NULL ? sig->results : NULL, FALSE, FALSE);
  ml_check_error_at (c, at, "%s", msg->str);
}

/* The parameter type argument @i of a call with signature @sig meets: the variadic
 * parameter's element type for the extra arguments, or the slice itself after "...".  %NULL
 * past the end of a non-variadic signature. */
static MlType *
param_type (MlType  *sig,
            guint    i,
            gboolean dots)
{
  MlType *params = sig->params;
  guint np = params ? params->n_fields : 0;

  if (sig->variadic && i + 1 >= np)
    return dots ? params->fields[np - 1].type : params->fields[np - 1].type->elem;
  return i < np ? params->fields[i].type : NULL;
}

static void
check_args (MlChecker  *c,
            MlNode     *call,
            MlType     *sig,
            const char *fname)
{
  MlNodeList *args = &call->list;
  MlType *params = sig->params;
  guint np = params ? params->n_fields : 0;
  guint na = args->n;
  gboolean dots = (call->flags & ML_NODE_FLAG_DOTS) != 0;
  g_autofree char *ctx = g_strdup_printf ("argument to %s", fname);
  g_autofree gboolean *single_bad = g_new0 (gboolean, MAX (na, 1));

  for (guint i = 0; i < na; i++)
    ml_check_expr (c, args->items[i], param_type (sig, i, dots));
  /* With several arguments each must be one value; types2 (genericExprList) reports every
   * one that is not and still counts them. */
  if (na > 1)
    for (guint i = 0; i < na; i++)
      {
        MlType *t = args->items[i]->type;

        if (ml_check_is_valid (args->items[i]) && !ml_check_single_value (c, args->items[i]))
          {
            /* Invalid, but with its type for the count's summary. */
            single_bad[i] = TRUE;
            args->items[i]->type = t;
          }
      }
  for (guint i = 0; i < na; i++)
    if (!single_bad[i] && !ml_check_is_valid (args->items[i]))
      return;
  if (na == 1 && args->items[0]->mode == ML_MODE_NOVALUE)
    {
      ml_check_error_no_value (c, args->items[0]);
      return;
    }
  /* f(g()) with a multi-value g. */
  if (na == 1 && args->items[0]->type->kind == ML_TYPE_TUPLE)
    {
      MlType *tuple = args->items[0]->type;
      gboolean ok = tuple->n_fields == np || (sig->variadic && tuple->n_fields >= np - 1);

      if (!ok)
        ml_check_report_count (c, ml_node_start_pos (args->items[0]), tuple->n_fields < np, fname,
                               &(MlNodeList) { args->items, 1 }, sig);
      else
        {
          /* gc passes each result through a temporary, at the call (list2 of g()). */
          MlNode *inner = args->items[0];

          inner->list2.n = tuple->n_fields;
          inner->list2.items = ml_arena_alloc (c->arena, tuple->n_fields * sizeof (MlNode *));
          for (guint i = 0; i < tuple->n_fields; i++)
            ml_check_new_autotmp (c, call->pos, tuple->fields[i].type, &inner->list2.items[i]);
          if (inner->list2.items[0] == NULL)
            inner->list2.n = 0;
        }
      return;
    }

  if (dots && !sig->variadic)
    {
      g_autofree char *s = ml_node_to_string (call->x);

      ml_check_error_at (c, ml_node_start_pos (args->items[na - 1]),
                         "have (...) used with non-variadic function %s", s);
      return;
    }
  if ((!sig->variadic && na != np) || (sig->variadic && !dots && na < np - 1)
      || (sig->variadic && dots && na != np))
    {
      gboolean few = na < (sig->variadic && !dots ? np - 1 : np);
      MlPos at;

      if (!few)
        at = ml_node_start_pos (args->items[np]);
      else if (na > 0)
        at = ml_node_start_pos (args->items[na - 1]);
      else
        at = ml_node_start_pos (call);
      ml_check_report_count (c, at, few, fname, args, sig);
      return;
    }
  for (guint i = 0; i < na; i++)
    if (!single_bad[i])
      ml_check_assign_operand (c, args->items[i], param_type (sig, i, dots), ctx);
}

static void
set_call_result (MlChecker *c,
                 MlNode    *n,
                 MlType    *sig)
{
  MlType *res = sig->results;

  if (res == NULL || res->n_fields == 0)
    {
      n->mode = ML_MODE_NOVALUE;
      n->type = res ? res : ml_check_new_tuple (c, 0, NULL);
    }
  else if (res->n_fields == 1)
    {
      n->mode = ML_MODE_VALUE;
      n->type = res->fields[0].type;
    }
  else
    {
      n->mode = ML_MODE_VALUE;
      n->type = res;
    }
}

/* []byte or []rune, which convert to and from strings. */
static gboolean
is_bytes_or_runes (MlType *u)
{
  return u->kind == ML_TYPE_SLICE && (ml_type_underlying (u->elem)->kind == ML_TYPE_UINT8
                                      || ml_type_underlying (u->elem)->kind == ML_TYPE_INT32);
}

/* Go's convertibility of a non-constant value of type @v to type @t. */
static gboolean
convertible (MlType *v,
             MlType *t)
{
  MlType *vu = ml_type_underlying (v), *tu = ml_type_underlying (t);

  if (ml_check_assignable (v, t))
    return TRUE;
  if (ml_type_identical (vu, tu))
    return TRUE;
  if (vu->kind == ML_TYPE_POINTER && tu->kind == ML_TYPE_POINTER
      && ml_type_identical (ml_type_underlying (vu->elem), ml_type_underlying (tu->elem)))
    return TRUE;
  /* Integers and floats convert to each other, complex numbers only to complex numbers. */
  if ((ml_type_is_integer (vu) || ml_type_is_float (vu))
      && (ml_type_is_integer (tu) || ml_type_is_float (tu)))
    return TRUE;
  if (ml_type_is_complex (vu) && ml_type_is_complex (tu))
    return TRUE;
  if (ml_type_is_string (tu) && (ml_type_is_integer (vu) || is_bytes_or_runes (vu)))
    return TRUE;
  if (ml_type_is_string (vu) && is_bytes_or_runes (tu))
    return TRUE;
  if (vu->kind == ML_TYPE_SLICE && tu->kind == ML_TYPE_ARRAY && ml_type_identical (vu->elem, tu->elem))
    return TRUE;
  if ((vu->kind == ML_TYPE_UNSAFE_POINTER && (tu->kind == ML_TYPE_POINTER || tu->kind == ML_TYPE_UINTPTR))
      || (tu->kind == ML_TYPE_UNSAFE_POINTER && (vu->kind == ML_TYPE_POINTER || vu->kind == ML_TYPE_UINTPTR)))
    return TRUE;
  return FALSE;
}

static void
report_cannot_convert (MlChecker *c,
                       MlNode    *n,
                       MlNode    *a,
                       MlType    *t)
{
  g_autofree char *d = ml_check_describe (a);
  g_autofree char *ts = ml_type_to_string (t);

  ml_check_error_at (c, ml_node_start_pos (a), "cannot convert %s to type %s", d, ts);
  ml_check_invalidate (c, n);
}

/* T(x) of a constant x to a basic type T (types2's constConvertibleTo): the result is the
 * constant T holds, rounded as T rounds (an integer converts to the string of its rune). */
static void
check_constant_conversion (MlChecker *c,
                           MlNode    *n,
                           MlNode    *a,
                           MlType    *t)
{
  MlConst *out = NULL;
  guint64 r;

  if (ml_check_representable_const (c, a->cval, t, &out))
    {
      n->cval = out;
      n->mode = ML_MODE_CONSTANT;
      return;
    }
  if (ml_type_is_string (t) && ml_type_is_integer (a->type))
    {
      char buf[8] = { 0 };
      gunichar ch = ml_const_uint64_val (a->cval, &r) && r <= 0x10ffff && (r < 0xd800 || r > 0xdfff)
                    ? (gunichar) r : 0xfffd;
      gsize len = g_unichar_to_utf8 (ch, buf);

      n->mode = ML_MODE_CONSTANT;
      n->cval = ml_const_make_string (c->arena, ml_arena_strndup (c->arena, buf, len), len);
      return;
    }
  if (ml_type_is_integer (a->type) && ml_type_is_integer (t))
    {
      g_autofree char *v = ml_const_to_string (out != NULL ? out : a->cval);
      g_autofree char *ts = ml_type_to_string (t);

      /* gc's concise message stands for the generic one. */
      ml_check_error_withdrawn (c, ml_node_start_pos (a), "cannot convert %s to type %s", "", ts);
      ml_check_error_at (c, ml_node_start_pos (a), "constant %s overflows %s", v, ts);
      ml_check_invalidate (c, n);
      return;
    }
  report_cannot_convert (c, n, a, t);
}

static void
check_conversion (MlChecker *c,
                  MlNode    *n,
                  MlType    *t)
{
  MlNode *a;

  if (n->list.n != 1)
    {
      g_autofree char *ts = ml_type_to_string (t);

      ml_check_expr_list (c, &n->list);
      if (n->list.n == 0)
        ml_check_error_at (c, n->pos2, "missing argument in conversion to %s", ts);
      else
        ml_check_error_at (c, ml_node_start_pos (n->list.items[1]), "too many arguments in conversion to %s", ts);
      ml_check_invalidate (c, n);
      return;
    }
  a = n->list.items[0];
  ml_check_expr (c, a, t);
  if (!ml_check_is_valid (a))
    {
      ml_check_invalidate (c, n);
      return;
    }
  n->type = t;
  n->mode = ML_MODE_VALUE;
  if (a->mode == ML_MODE_CONSTANT && (ml_type_is_numeric (t) || ml_type_is_string (t)
                                      || ml_type_is_boolean (t)))
    {
      check_constant_conversion (c, n, a, t);
      return;
    }
  if (ml_type_is_untyped (a->type))
    {
      if (ml_check_convert_untyped (c, a, t) != ML_CONST_FITS)
        ml_check_use_default_type (c, a);
    }
  if (!convertible (a->type, t))
    report_cannot_convert (c, n, a, t);
}

void
ml_check_call (MlChecker *c,
               MlNode    *n)
{
  MlNode *fun = n->x;
  MlType *sig;
  g_autofree char *fname = NULL;

  if (ml_check_looks_like_type (c, fun))
    {
      MlType *t = ml_check_resolve_type (c, fun);

      if (t->kind == ML_TYPE_INVALID)
        {
          ml_check_expr_list (c, &n->list);
          ml_check_invalidate (c, n);
          return;
        }
      check_conversion (c, n, t);
      return;
    }
  ml_check_expr (c, fun, NULL);
  if (fun->mode == ML_MODE_BUILTIN)
    {
      ml_check_builtin_call (c, n, fun->obj);
      return;
    }
  if (!ml_check_is_valid (fun))
    {
      ml_check_expr_list (c, &n->list);
      ml_check_invalidate (c, n);
      return;
    }
  sig = ml_type_underlying (fun->type);
  if (sig->kind != ML_TYPE_FUNC)
    {
      g_autofree char *d = ml_check_describe (fun);
      g_autofree char *ts = NULL;

      ml_check_expr_list (c, &n->list);
      ts = ml_type_to_string (fun->type);
      ml_check_error_at (c, ml_node_start_pos (fun), "invalid operation: cannot call %s: %s is not a function", d, ts);
      ml_check_invalidate (c, n);
      return;
    }
  fname = ml_node_to_string (fun);
  check_args (c, n, sig, fname);
  set_call_result (c, n, sig);
  ml_check_callee_autotmp (c, n);
}


/* pkg.Name: a member of an imported package: fmt's, runtime's and unsafe's are built in, the
 * standard library's others are what its bundled Go source exports.  A package MemLab does
 * not have was reported at its import, once. */
static void
check_package_member (MlChecker *c,
                      MlNode    *n,
                      MlObject  *pkg)
{
  MlNode *x = n->x;
  MlObject *member = ml_check_lookup_member (c, pkg, n->name);

  pkg->flags |= ML_OBJ_FLAG_USED;
  x->obj = pkg;
  x->mode = ML_MODE_PACKAGE;
  if (member == NULL)
    {
      if (!ml_check_is_known_package (c, pkg->pkg_path))
        ;
      else if (!g_ascii_isupper (n->name[0]))
        ml_check_error_at (c, n->pos2, "name %s not exported by package %s", n->name, pkg->pkg_path);
      /* MemLab's os is only the files fmt.Fprintf writes to: the rest of it, as a package
       * MemLab does not have, is not to come. */
      else if (strcmp (pkg->pkg_path, "os") == 0)
        ml_check_unsupported_at (c, ml_node_start_pos (n), _("%s.%s is not available in MemLab"), pkg->pkg_path, n->name);
      else
        ml_check_unsupported_at (c, ml_node_start_pos (n), _("%s.%s is not supported yet"), pkg->pkg_path, n->name);
      ml_check_invalidate (c, n);
      return;
    }
  n->obj = member;
  /* A standard library package's variables and constants are what its source declares. */
  if (member->kind == ML_OBJ_VAR)
    {
      n->mode = ML_MODE_VARIABLE;
      n->type = member->type != NULL ? member->type : c->t_invalid;
      return;
    }
  if (member->kind == ML_OBJ_CONST)
    {
      n->mode = member->val != NULL ? ML_MODE_CONSTANT : ML_MODE_INVALID;
      n->type = member->type != NULL ? member->type : c->t_invalid;
      n->cval = member->val;
      return;
    }
  /* Otherwise a type, a builtin of unsafe, or a function. */
  n->mode = member->kind == ML_OBJ_TYPE ? ML_MODE_TYPEXPR
            : member->kind == ML_OBJ_BUILTIN ? ML_MODE_BUILTIN : ML_MODE_VALUE;
  n->type = member->kind == ML_OBJ_BUILTIN ? c->t_invalid : member->type;
}

/* types2's missing field or method, with its hint for a name that differs only in the case
 * of its first letter. */
static void
report_no_field_or_method (MlChecker *c,
                           MlNode    *n,
                           MlType    *t)
{
  g_autofree char *s = ml_node_to_string (n);
  g_autofree char *ts = ml_type_to_string (t);
  g_autofree char *alt = g_strdup (n->name);
  const char *hint = "";
  g_autofree char *hint_buf = NULL;
  MlType *ptr_base = ml_type_underlying (t);

  alt[0] = g_ascii_isupper (alt[0]) ? g_ascii_tolower (alt[0]) : g_ascii_toupper (alt[0]);
  if (ml_type_lookup_field (t, alt, NULL) != NULL)
    hint = hint_buf = g_strdup_printf (", but does have field %s", alt);
  else if (ml_type_lookup_method (t, alt) != NULL)
    hint = hint_buf = g_strdup_printf (", but does have method %s", alt);
  if (ptr_base != NULL && ptr_base->kind == ML_TYPE_POINTER && ptr_base->elem != NULL
      && ml_type_underlying (ptr_base->elem) != NULL
      && ml_type_underlying (ptr_base->elem)->kind == ML_TYPE_POINTER)
    ml_check_error_at (c, n->pos2, "%s undefined (type %s has no field or method %s)", s, ts, n->name);
  else
    ml_check_error_at (c, n->pos2, "%s undefined (type %s has no field or method %s%s)", s, ts, n->name, hint);
  ml_check_invalidate (c, n);
}

/* x.f: a package member, a field (addressable when x is, or through a pointer), a method
 * value (a pointer method needs an addressable x), a method of an interface value, or T.m, a
 * method expression. */
void
ml_check_selector (MlChecker *c,
                   MlNode    *n)
{
  MlNode *x = n->x;
  MlSelection lk;
  MlField *field;
  MlObject *m;
  MlType *t;

  if (x->kind == ML_NODE_IDENT)
    {
      MlObject *o = ml_scope_lookup (c->scope, x->name, TRUE);

      if (o != NULL && o->kind == ML_OBJ_PKG)
        {
          check_package_member (c, n, o);
          return;
        }
    }

  ml_check_expr (c, x, NULL);
  if (!ml_check_is_valid (x))
    {
      ml_check_invalidate (c, n);
      return;
    }
  t = x->type;
  if (x->mode == ML_MODE_TYPEXPR)
    {
      ml_check_method_expr (c, n);
      return;
    }
  if (ml_type_is_interface (t))
    {
      if (!ml_check_interface_selector (c, n))
        report_no_field_or_method (c, n, t);
      return;
    }
  if (ml_type_underlying (t)->kind == ML_TYPE_POINTER && ml_type_is_interface (ml_type_underlying (t)->elem))
    {
      g_autofree char *s = ml_node_to_string (n);
      g_autofree char *ts = ml_type_to_string (t);

      ml_check_error_at (c, n->pos2, "%s undefined (type %s is pointer to interface, not interface)", s, ts);
      ml_check_invalidate (c, n);
      return;
    }

  if (!ml_type_lookup_selection (t, n->name, &lk))
    {
      if (lk.ambiguous)
        {
          g_autofree char *xs = ml_node_to_string (x);

          ml_check_error_at (c, n->pos2, "ambiguous selector %s.%s", xs, n->name);
          ml_check_invalidate (c, n);
        }
      else
        report_no_field_or_method (c, n, t);
      return;
    }
  field = lk.field;
  if (field != NULL)
    {
      MlType *u = ml_type_underlying (t);

      ml_check_insert_implicit (c, n, &lk);
      n->type = field->type;
      if (u->kind == ML_TYPE_POINTER || lk.indirect || x->mode == ML_MODE_VARIABLE)
        n->mode = ML_MODE_VARIABLE;
      else
        n->mode = ML_MODE_VALUE;
      return;
    }
  if (lk.imethod != NULL)
    {
      /* A method of an embedded interface: a call through that interface value. */
      ml_check_insert_implicit (c, n, &lk);
      if (!ml_check_interface_selector (c, n))
        report_no_field_or_method (c, n, t);
      return;
    }
  m = lk.method;
  if (m->pointer_recv && !lk.indirect && x->mode != ML_MODE_VARIABLE)
    {
      g_autofree char *ts = ml_type_to_string (t);

      ml_check_error_at (c, n->pos2, "cannot call pointer method %s on %s", n->name, ts);
      ml_check_invalidate (c, n);
      return;
    }
  ml_check_insert_implicit (c, n, &lk);
  n->obj = m;
  n->mode = ML_MODE_VALUE;
  n->type = m->type;
}
