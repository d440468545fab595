/* ml-check-decl.c
 *
 * Copyright 2026 The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Declarations (types2's decl.go): constants with iota and their implicit repetition,
 * variables with or without a type, named types and aliases (with a struct that contains
 * itself reported), functions and methods attached to their receiver's type, and package
 * variables and constants, which are checked on first use so that they may be used before
 * they are declared (the order in which variables are initialized is ml-check-initorder.c's).
 */

#define G_LOG_DOMAIN "ml-check"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "ml-check-private.h"

/* types2's arity for constants: as many values as names, reported as the resolver does (an
 * inherited list is named by where it stands). */
static void
check_const_arity (MlChecker *c,
                   MlNode    *spec)
{
  guint nl = spec->list.n, nr = spec->list2.n;

  if (nl < nr)
    {
      MlNode *extra = spec->list2.items[nl];
      MlPos at = ml_node_start_pos (extra);

      if (spec->flags & ML_NODE_FLAG_IMPLICIT)
        ml_check_error_at (c, spec->list.items[0]->pos, "extra init expr at \x01:%u:%u", at.line, at.col);
      else
        {
          g_autofree char *es = ml_node_to_string (extra);

          ml_check_error_at (c, at, "extra init expr %s", es);
        }
    }
  else if (nl > nr)
    ml_check_error_at (c, spec->list.items[nr]->pos, "missing init expr for %s", spec->list.items[nr]->name);
}

/* types2's initConst: the value must be constant and assignable to the constant's type, which
 * is its own when the declaration gives none.  Sets @o's type and value (none after an
 * error). */
static void
init_const (MlChecker *c,
            MlObject  *o,
            MlNode    *v,
            MlType    *t)
{
  if (!ml_check_is_valid (v))
    return;
  if (v->mode != ML_MODE_CONSTANT)
    {
      g_autofree char *d = ml_check_describe (v);

      ml_check_error_at (c, ml_node_start_pos (v), "%s is not constant", d);
      return;
    }
  o->type = t != NULL ? t : v->type;
  if (ml_check_assign_operand (c, v, o->type, "constant declaration"))
    o->val = v->cval;
}

/* const a, b = x, y (or the repetition of an earlier list): constants of type @t, or of
 * the values' own types.  Errors in a repeated list are reported at the constant, as the
 * expression stands elsewhere. */
static void
check_const_spec (MlChecker *c,
                  MlNode    *spec,
                  MlType    *t)
{
  guint nl = spec->list.n;
  gboolean saved = c->have_iota;
  gint64 saved_iota = c->iota;
  MlPos saved_errpos = c->errpos;

  c->have_iota = TRUE;
  c->iota = spec->ival;
  check_const_arity (c, spec);
  if (t != NULL && t->kind != ML_TYPE_INVALID && !ml_type_is_boolean (t) && !ml_type_is_numeric (t)
      && !ml_type_is_string (t))
    {
      g_autofree char *ts = ml_type_to_string (t);

      ml_check_error_at (c, ml_node_start_pos (spec->x), "invalid constant type %s", ts);
      t = c->t_invalid;
    }
  for (guint i = 0; i < nl; i++)
    {
      MlNode *name = spec->list.items[i];
      MlObject *o = ml_check_new_object (c, ML_OBJ_CONST, name->name, name->pos, c->t_invalid);
      MlNode *v = i < spec->list2.n ? spec->list2.items[i] : NULL;
      MlObject *pre;

      name->obj = o;
      o->flags |= ML_OBJ_FLAG_USED;
      if (v != NULL && (t == NULL || t->kind != ML_TYPE_INVALID))
        {
          /* An implicit repetition re-evaluates the expression with the
           * new iota; the shared nodes are rechecked. */
          if (spec->flags & ML_NODE_FLAG_IMPLICIT)
            c->errpos = name->pos;
          ml_check_expr (c, v, t);
          init_const (c, o, v, t);
          c->errpos = saved_errpos;
        }
      /* A package constant was declared before its value was known (see check_package). */
      pre = c->scope == c->pkg ? g_hash_table_lookup (c->pkg->names, o->name) : NULL;
      if (pre != NULL && pre->decl == spec)
        {
          pre->type = o->type;
          pre->val = o->val;
          name->obj = pre;
        }
      else
        ml_check_declare (c, o);
    }
  c->have_iota = saved;
  c->iota = saved_iota;
}

/* var a, b T = x, y, where the type or the values may be missing. */
static void
check_var_spec (MlChecker *c,
                MlNode    *spec,
                MlType    *t)
{
  guint nl = spec->list.n;
  g_autofree MlType **rtypes = NULL;
  gboolean tuple = FALSE;

  if (spec->list2.n > 0)
    {
      g_autofree MlType **hints = g_new0 (MlType *, MAX (nl, 1));

      for (guint i = 0; i < nl; i++)
        hints[i] = t;
      if (spec->list2.n == nl || (spec->list2.n == 1 && nl > 1))
        rtypes = ml_check_rhs (c, spec, nl, &spec->list2, hints, &tuple);
      else
        {
          for (guint i = 0; i < spec->list2.n; i++)
            ml_check_expr (c, spec->list2.items[i], t);
          ml_check_report_assign_mismatch (c, spec->list.items[0], nl, &spec->list2, spec->list2.n);
        }
    }
  for (guint i = 0; i < nl; i++)
    {
      MlNode *name = spec->list.items[i];
      MlType *vt = t ? t : c->t_invalid;
      MlObject *o;

      if (rtypes != NULL && !tuple)
        {
          MlNode *r = spec->list2.items[i];
          MlType *it = ml_check_is_valid (r) ? ml_check_initializer (c, r, t, "variable declaration") : NULL;

          if (it != NULL)
            vt = it;
        }
      else if (rtypes != NULL && tuple && rtypes[i] != NULL)
        {
          if (t == NULL)
            vt = ml_check_default_type (c, rtypes[i]);
          else if (!ml_check_assignable (rtypes[i], t) && !ml_type_is_untyped (rtypes[i]))
            {
              g_autofree char *a = ml_type_to_string (rtypes[i]);
              g_autofree char *b = ml_type_to_string (t);

              ml_check_error_at (c, ml_node_start_pos (spec->list2.items[0]),
                                 "cannot use %s value as %s value in assignment", a, b);
            }
        }
      if (c->scope == c->pkg && !c->prog->notebook)
        {
          MlObject *pre = g_hash_table_lookup (c->pkg->names, name->name);

          if (pre != NULL && pre->decl == spec)
            {
              pre->type = vt;
              name->obj = pre;
              continue;
            }
        }
      o = ml_check_declare_var (c, name, vt);
      if (rtypes != NULL && !tuple && i < spec->list2.n)
        o->init = spec->list2.items[i];
    }
}

static void
check_value_spec (MlChecker *c,
                  MlNode    *spec)
{
  MlPos saved = c->size_pos;
  MlType *t;

  /* gc lays out a variable's type where the variable is declared. */
  if (spec->list.n > 0)
    c->size_pos = spec->list.items[0]->pos;
  t = spec->x ? ml_check_resolve_type (c, spec->x) : NULL;
  if (spec->op == ML_TOK_CONST)
    check_const_spec (c, spec, t);
  else
    check_var_spec (c, spec, t);
  c->size_pos = saved;
}

static void check_type_spec (MlChecker *c,
                             MlNode    *spec,
                             MlObject  *pre);

/* type T U or type T = U; @pre is T's object when the package declared it beforehand, so
 * that types may refer to each other. */
void
ml_check_type_spec (MlChecker *c,
                    MlNode    *spec,
                    MlObject  *pre)
{
  MlPos saved = c->size_pos;

  c->size_pos = spec->pos2;
  check_type_spec (c, spec, pre);
  c->size_pos = saved;
}

static void
check_type_spec (MlChecker *c,
                 MlNode    *spec,
                 MlObject  *pre)
{
  MlObject *o = pre;
  MlType *named;

  if (spec->flags & ML_NODE_FLAG_ALIAS)
    {
      MlType *t = ml_check_resolve_type (c, spec->x);

      if (o == NULL)
        {
          o = ml_check_new_object (c, ML_OBJ_TYPE, spec->name, spec->pos2, t);
          ml_check_declare (c, o);
        }
      o->type = t;
      return;
    }
  if (o == NULL)
    {
      named = ml_check_new_type (c, ML_TYPE_NAMED, spec->name);
      o = ml_check_new_object (c, ML_OBJ_TYPE, spec->name, spec->pos2, named);
      named->obj = o;
      o->decl = spec;
      ml_check_declare (c, o);
    }
  named = o->type;
  named->underlying = ml_type_underlying (ml_check_resolve_type (c, spec->x));
  if (named->underlying == NULL || named->underlying->kind == ML_TYPE_NAMED)
    named->underlying = c->t_invalid;
  /* A struct that contains itself by value has no finite size. */
  if (named->underlying->kind == ML_TYPE_STRUCT)
    for (guint i = 0; i < named->underlying->n_fields; i++)
      {
        MlType *ft = named->underlying->fields[i].type;

        while (ft != NULL && ft->kind == ML_TYPE_ARRAY)
          ft = ft->elem;
        if (ft == named)
          {
            ml_check_error_at (c, spec->pos2, "invalid recursive type: %s refers to itself", spec->name);
            named->underlying = c->t_invalid;
            break;
          }
      }
  /* Every type gets its layout now so the compiler and the inspector
   * can read sizes and offsets. */
  ml_type_layout (named);
}

void
ml_check_gen_decl (MlChecker *c,
                   MlNode    *d)
{
  for (guint i = 0; i < d->list.n; i++)
    {
      MlNode *spec = d->list.items[i];

      if (spec->kind == ML_NODE_VALUE_SPEC)
        check_value_spec (c, spec);
      else if (spec->kind == ML_NODE_TYPE_SPEC)
        ml_check_type_spec (c, spec, NULL);
    }
  ml_check_complete_interfaces (c);
}

/* Package-level variables and constants may be used before their
 * declaration; they are checked on first use.  While a spec is being checked it carries
 * ML_NODE_FLAG_ALIAS, so that a use from its own value is reported as a cycle. */
void
ml_check_global (MlChecker *c,
                 MlObject  *obj)
{
  MlNode *spec = obj->decl;
  MlScope *saved_scope;
  MlCheckBody saved_body;

  if (spec == NULL || spec->ival < 0 || obj->type != NULL)
    return;
  if (spec->flags & ML_NODE_FLAG_ALIAS)
    {
      /* A cycle of constants and variables only: the initialization order reports it
       * (ml-check-initorder.c); meanwhile the value is invalid, as in types2. */
      obj->type = c->t_invalid;
      return;
    }
  spec->flags |= ML_NODE_FLAG_ALIAS;
  saved_scope = c->scope;
  saved_body = c->body;
  c->scope = c->pkg;
  c->body.fn = NULL;
  c->body.vars = NULL;
  check_value_spec (c, spec);
  c->scope = saved_scope;
  c->body = saved_body;
  spec->flags &= ~ML_NODE_FLAG_ALIAS;
  for (guint i = 0; i < spec->list.n; i++)
    {
      MlObject *o = spec->list.items[i]->obj;

      if (o != NULL && o->type == NULL)
        o->type = c->t_invalid;
    }
  if (obj->type == NULL)
    obj->type = c->t_invalid;
}

/* gc's name of a method's function: "T.m" or "(*T).m". */
static const char *
method_func_name (MlChecker *c,
                  MlNode    *decl)
{
  MlNode *rt = decl->x->x;
  gboolean ptr = rt != NULL && rt->kind == ML_NODE_STAR;
  MlNode *base = ptr ? rt->x : rt;
  g_autofree char *name = NULL;

  if (base == NULL || base->kind != ML_NODE_IDENT)
    return decl->name;
  name = ptr ? g_strdup_printf ("(*%s).%s", base->name, decl->name)
             : g_strdup_printf ("%s.%s", base->name, decl->name);
  return ml_arena_strdup (c->arena, name);
}

/* The MlFunc of a function declaration, with its signature and its object. */
static MlFunc *
new_declared_func (MlChecker  *c,
                   MlNode     *decl,
                   const char *name)
{
  MlFunc *fn = ml_func_new (decl, name);

  fn->signature = ml_check_resolve_signature (c, decl->y);
  fn->object = ml_check_new_object (c, ML_OBJ_FUNC, decl->name, decl->pos2, fn->signature);
  fn->object->decl = decl;
  return fn;
}

/* A method joins its receiver's named type, which must be declared in this file. */
static MlFunc *
declare_method (MlChecker *c,
                MlNode    *decl)
{
  MlNode *rt = decl->x->x;
  gboolean ptr = rt != NULL && rt->kind == ML_NODE_STAR;
  MlType *t = ml_check_resolve_type (c, rt);
  MlType *base = ptr ? t->elem : t;
  MlFunc *fn = new_declared_func (c, decl, method_func_name (c, decl));
  MlObject *o = fn->object;

  o->pointer_recv = ptr;
  if (base != NULL && base->kind == ML_TYPE_NAMED && base->obj != NULL && base->obj->decl != NULL)
    {
      MlObject **tail = &base->methods;
      MlObject *dup = NULL;
      MlField *field = ml_type_lookup_field (base, decl->name, NULL);

      for (MlObject *m = base->methods; m != NULL; m = m->next_method)
        if (dup == NULL && strcmp (m->name, decl->name) == 0)
          dup = m;
      if (field != NULL)
        ml_check_error_at (c, decl->pos2, "field and method with the same name %s\n\t\x01:%u:%u: other declaration of %s",
                           decl->name, field->pos.line, field->pos.col, decl->name);
      else if (dup != NULL)
        ml_check_error_at (c, decl->pos2, "method %s.%s already declared at \x01:%u:%u", base->name,
                           decl->name, dup->pos.line, dup->pos.col);
      while (*tail != NULL)
        tail = &(*tail)->next_method;
      *tail = o;
    }
  else if (base != NULL && base->kind != ML_TYPE_INVALID)
    {
      g_autofree char *ts = ml_type_to_string (base);

      ml_check_error_at (c, ml_node_start_pos (rt), "cannot define new methods on non-local type %s", ts);
    }
  return fn;
}

/* Declares a function or method (its signature only; ml_check_func_decl checks the body). */
void
ml_check_declare_func (MlChecker *c,
                       MlNode    *decl)
{
  MlFunc *fn;

  if (decl->x != NULL)
    fn = declare_method (c, decl);
  else
    {
      fn = new_declared_func (c, decl, decl->name);
      if (strcmp (decl->name, "init") == 0)
        ml_check_unsupported_at (c, decl->pos2, _("init functions are not supported yet"));
      else if (strcmp (decl->name, "main") == 0 && c->scope == c->pkg
               && (fn->signature->params->n_fields > 0 || fn->signature->results->n_fields > 0))
        ml_check_error_at (c, decl->pos2, "func main must have no arguments and no return values");
      else
        ml_check_declare (c, fn->object);
      if (strcmp (decl->name, "main") == 0)
        c->prog->main_func = fn;
    }
  g_ptr_array_add (c->prog->funcs, fn);
  g_hash_table_insert (c->prog->func_by_node, decl, fn);
}

void
ml_check_func_decl (MlChecker *c,
                    MlNode    *decl)
{
  MlFunc *fn = g_hash_table_lookup (c->prog->func_by_node, decl);

  if (fn == NULL || decl->z == NULL)
    return;
  if (decl->x != NULL && decl->x->x != NULL && decl->x->x->type == NULL)
    ml_check_resolve_type (c, decl->x->x);
  ml_check_func_body (c, fn, decl->y, decl->z, decl->x);
}
