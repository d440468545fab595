/* ml-check-iface.c
 *
 * Copyright 2026 The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Interfaces (types2's interface.go and typeset.go, and the interface half of lookup.go):
 * interface types with their methods and embedded interfaces, their method sets, whether a
 * type implements an interface with types2's causes ("missing method M", "method M has
 * pointer receiver", "wrong type for method M"), type assertions, type switches, and the
 * method expressions T.m and (*T).m.  One concern that touches types, expressions and
 * statements alike, so it is a file of its own rather than a part of each of theirs.
 */

#define G_LOG_DOMAIN "ml-check"

#include "config.h"

#include <string.h>

#include "ml-check-private.h"

static int
compare_methods (gconstpointer a,
                 gconstpointer b)
{
  const MlField *fa = a, *fb = b;

  return ml_type_method_compare (fa->name, fb->name);
}

/* Adds @m to the method set being built in @set, unless a method of that name is there; a
 * different method of the same name is types2's "duplicate method", reported at @pos. */
static void
add_method (MlChecker     *c,
            GArray        *set,
            const MlField *m,
            MlPos          pos,
            gboolean       explicit)
{
  for (guint i = 0; i < set->len; i++)
    {
      MlField *other = &g_array_index (set, MlField, i);

      if (strcmp (other->name, m->name) != 0)
        continue;
      if (explicit || !ml_type_identical (other->type, m->type))
        ml_check_error_at (c, pos, "duplicate method %s\n\t\x01:%u:%u: other declaration of method %s",
                           m->name, other->pos.line, other->pos.col, m->name);
      return;
    }
  g_array_append_val (set, *m);
}

/* Computes the method set of the interface literal type @t once every interface it embeds
 * is known; FALSE (and nothing computed) while one is not, or for an interface that embeds
 * itself. */
static gboolean
complete_interface (MlChecker *c,
                    MlType    *t)
{
  g_autoptr(GArray) set = NULL;

  if (t->mset_state == 2)
    return TRUE;
  if (t->mset_state == 1)
    return FALSE;
  t->mset_state = 1;
  set = g_array_new (FALSE, TRUE, sizeof (MlField));
  for (guint i = 0; i < t->n_fields; i++)
    {
      MlField *f = &t->fields[i];
      MlType *u;
      guint n;
      const MlField *ms;

      if (!f->embedded)
        {
          g_array_append_val (set, *f);
          continue;
        }
      u = ml_type_underlying (f->type);
      if (u == NULL)
        {
          t->mset_state = 0;
          return FALSE;
        }
      if (u->kind != ML_TYPE_INTERFACE)
        continue;
      if (!complete_interface (c, u))
        {
          t->mset_state = 0;
          return FALSE;
        }
      ms = ml_type_interface_methods (u, &n);
      for (guint j = 0; j < n; j++)
        {
          MlField m = ms[j];

          m.pos = f->pos;
          add_method (c, set, &m, f->pos, FALSE);
        }
    }
  g_array_sort (set, compare_methods);
  t->n_mset = set->len;
  t->mset = set->len ? ml_arena_memdup (c->arena, set->data, set->len * sizeof (MlField)) : NULL;
  t->mset_state = 2;
  return TRUE;
}

/* interface { M(); N() int; Other; fmt.Stringer }: the explicit methods sorted by name,
 * then the embedded interfaces in their order, as types2 keeps and prints them.  The method
 * set waits for ml_check_complete_interfaces() when an embedded interface is declared
 * later in the package. */
MlType *
ml_check_resolve_interface (MlChecker *c,
                            MlNode    *n)
{
  MlType *t = ml_check_new_type (c, ML_TYPE_INTERFACE, NULL);
  g_autoptr(GArray) methods = g_array_new (FALSE, TRUE, sizeof (MlField));
  g_autoptr(GArray) embedded = g_array_new (FALSE, TRUE, sizeof (MlField));

  if (n->list.n == 0)
    {
      t->name = "interface{}";
      t->mset_state = 2;
      return t;
    }
  for (guint i = 0; i < n->list.n; i++)
    {
      MlNode *f = n->list.items[i];
      MlField field = { 0 };

      if (f->x == NULL)
        continue;
      if (f->flags & ML_NODE_FLAG_EMBEDDED)
        {
          MlType *et = ml_check_resolve_type (c, f->x);
          MlType *eu = ml_type_underlying (et);

          if (et->kind == ML_TYPE_INVALID)
            continue;
          if (eu != NULL && eu->kind != ML_TYPE_INTERFACE)
            {
              g_autofree char *ts = ml_type_to_string (et);

              ml_check_error_at (c, ml_node_start_pos (f->x),
                                 "cannot use %s in interface (%s is not an interface)", ts, ts);
              continue;
            }
          field.name = "";
          field.type = et;
          field.embedded = TRUE;
          field.pos = ml_node_start_pos (f->x);
          g_array_append_val (embedded, field);
          continue;
        }
      field.name = f->list.items[0]->name;
      field.pos = f->list.items[0]->pos;
      field.type = ml_check_resolve_signature (c, f->x);
      if (strcmp (field.name, "_") == 0)
        {
          ml_check_error_at (c, field.pos, "methods must have a unique non-blank name");
          continue;
        }
      add_method (c, methods, &field, field.pos, TRUE);
    }
  g_array_sort (methods, compare_methods);
  g_array_append_vals (methods, embedded->data, embedded->len);
  t->n_fields = methods->len;
  t->fields = methods->len ? ml_arena_memdup (c->arena, methods->data, methods->len * sizeof (MlField)) : NULL;
  if (!complete_interface (c, t))
    g_ptr_array_add (c->pending_ifaces, t);
  return t;
}

/* The method sets that waited for interfaces declared later in the package. */
void
ml_check_complete_interfaces (MlChecker *c)
{
  for (guint i = 0; i < c->pending_ifaces->len; i++)
    {
      MlType *t = g_ptr_array_index (c->pending_ifaces, i);

      if (!complete_interface (c, t))
        {
          /* An interface that embeds itself: only its own methods count. */
          t->n_mset = 0;
          t->mset = NULL;
          for (guint j = 0; j < t->n_fields && !t->fields[j].embedded; j++)
            t->n_mset = j + 1;
          t->mset = t->fields;
          t->mset_state = 2;
        }
    }
  g_ptr_array_set_size (c->pending_ifaces, 0);
}

/* *I, a pointer to an interface, which has no methods. */
static gboolean
is_interface_ptr (MlType *t)
{
  MlType *u = ml_type_underlying (t);

  return u != NULL && u->kind == ML_TYPE_POINTER && ml_type_is_interface (u->elem);
}

/* A method with its name and signature, without parameter names: types2's funcString. */
static char *
func_string (const char *name,
             MlType     *sig)
{
  GString *s = g_string_new (name);

  ml_type_append_signature (s, sig, FALSE);
  return g_string_free (s, FALSE);
}

/* The method or field of the concrete type @v whose name is @name, or equals it ignoring
 * case when @fold: a method is in @method (NULL when only *V has it: @ptr_only), a field in
 * @field. */
static void
lookup_concrete (MlType      *v,
                 const char  *name,
                 gboolean     fold,
                 MlObject   **method,
                 gboolean    *ptr_only,
                 MlField    **field)
{
  gboolean is_ptr = v->kind == ML_TYPE_POINTER;
  MlType *base = is_ptr ? v->elem : v;
  MlType *su = ml_type_underlying (base);

  *method = NULL;
  *ptr_only = FALSE;
  *field = NULL;
  if (!fold)
    {
      /* Promoted methods and fields count too, at their depth of embedding. */
      MlSelection lk;

      if (!ml_type_lookup_selection (v, name, &lk))
        return;
      if (lk.field != NULL)
        *field = lk.field;
      else if (lk.method == NULL)
        return;
      else if (lk.method->pointer_recv && !lk.indirect)
        *ptr_only = TRUE;
      else
        *method = lk.method;
      return;
    }
  if (base != NULL && base->kind == ML_TYPE_NAMED)
    for (MlObject *m = base->methods; m != NULL; m = m->next_method)
      {
        if (fold ? g_ascii_strcasecmp (m->name, name) != 0 : strcmp (m->name, name) != 0)
          continue;
        if (m->pointer_recv && !is_ptr)
          *ptr_only = TRUE;
        else
          *method = m;
        return;
      }
  if (su != NULL && su->kind == ML_TYPE_STRUCT && (is_ptr || v->kind == ML_TYPE_NAMED || v == su))
    for (guint i = 0; i < su->n_fields; i++)
      if (fold ? g_ascii_strcasecmp (su->fields[i].name, name) == 0 : strcmp (su->fields[i].name, name) == 0)
        {
          *field = &su->fields[i];
          return;
        }
}

/**
 * ml_check_missing_method:
 * @v: the type that should have the methods
 * @t: an interface type
 * @is_static: whether an interface @v must have every method of @t (an assignment), or only
 *   the same types for the methods it has (a type assertion from @v)
 * @cause: (out) (optional): types2's cause, "(missing method M)" and the others
 *
 * types2's missingMethod.
 *
 * Returns: (nullable): the name of the first method of @t, in Go's order, that @v lacks or
 * has wrong; %NULL when it has them all.
 */
const char *
ml_check_missing_method (MlType     *v,
                         MlType     *t,
                         gboolean    is_static,
                         char      **cause)
{
  enum { OK, NOT_FOUND, WRONG_NAME, WRONG_SIG, PTR_RECV, FIELD } state = OK;
  guint n;
  const MlField *methods = ml_type_interface_methods (t, &n);
  const MlField *m = NULL;
  MlType *have = NULL;
  const char *have_name = NULL;
  MlType *vu = ml_type_underlying (v);

  for (guint i = 0; i < n && state == OK; i++)
    {
      m = &methods[i];
      if (vu != NULL && vu->kind == ML_TYPE_INTERFACE)
        {
          MlField *f = ml_type_interface_method (v, m->name, NULL);

          if (f == NULL)
            {
              if (is_static)
                state = NOT_FOUND;
              continue;
            }
          have = f->type;
          have_name = f->name;
          if (!ml_type_identical (f->type, m->type))
            state = WRONG_SIG;
          continue;
        }
      {
        MlObject *found;
        MlField *field;
        gboolean ptr_only;
        MlSelection isel;

        /* A method of an interface the struct embeds. */
        if (ml_type_lookup_selection (v, m->name, &isel) && isel.imethod != NULL)
          {
            if (!ml_type_identical (isel.imethod->type, m->type))
              {
                state = WRONG_SIG;
                have = isel.imethod->type;
                have_name = isel.imethod->name;
              }
            continue;
          }
        lookup_concrete (v, m->name, FALSE, &found, &ptr_only, &field);
        if (ptr_only)
          state = PTR_RECV;
        else if (field != NULL)
          state = FIELD;
        else if (found == NULL)
          {
            state = NOT_FOUND;
            lookup_concrete (v, m->name, TRUE, &found, &ptr_only, &field);
            if (found != NULL)
              {
                state = WRONG_NAME;
                have = found->type;
                have_name = found->name;
              }
          }
        else if (!ml_type_identical (found->type, m->type))
          {
            state = WRONG_SIG;
            have = found->type;
            have_name = found->name;
          }
      }
    }
  if (state == OK)
    return NULL;
  if (cause != NULL)
    {
      g_autofree char *vs = ml_type_to_string (v);

      switch (state)
        {
        case NOT_FOUND:
          if (is_interface_ptr (v))
            *cause = g_strdup_printf ("(type %s is pointer to interface, not interface)", vs);
          else
            *cause = g_strdup_printf ("(missing method %s)", m->name);
          break;
        case WRONG_NAME:
        case WRONG_SIG:
          {
            g_autofree char *hs = func_string (have_name, have);
            g_autofree char *ws = func_string (m->name, m->type);

            *cause = g_strdup_printf ("(%s method %s)\n\t\thave %s\n\t\twant %s",
                                      state == WRONG_NAME ? "missing" : "wrong type for", m->name, hs, ws);
          }
          break;
        case PTR_RECV:
          *cause = g_strdup_printf ("(method %s has pointer receiver)", m->name);
          break;
        case FIELD:
          *cause = g_strdup_printf ("(%s.%s is a field, not a method)", vs, m->name);
          break;
        case OK:
        default:
          break;
        }
    }
  return m->name;
}

/**
 * ml_check_implements:
 * @v: a type
 * @t: an interface type
 * @cause: (out) (optional): why not, as types2 says it: "V does not implement T (...)"
 *
 * Returns: whether a value of type @v may be stored in a variable of interface type @t.
 */
gboolean
ml_check_implements (MlType  *v,
                     MlType  *t,
                     char   **cause)
{
  g_autofree char *why = NULL;
  guint n;

  if (v == NULL || t == NULL || v->kind == ML_TYPE_INVALID || ml_type_underlying (v) == NULL
      || ml_type_underlying (v)->kind == ML_TYPE_INVALID)
    return TRUE;
  ml_type_interface_methods (t, &n);
  if (n == 0)
    return TRUE;
  if (ml_check_missing_method (v, t, TRUE, cause != NULL ? &why : NULL) == NULL)
    return TRUE;
  if (cause != NULL)
    {
      g_autofree char *vs = ml_type_to_string (v);
      g_autofree char *ts = ml_type_to_string (t);

      *cause = g_strdup_printf ("%s does not implement %s %s", vs, ts, why);
    }
  return FALSE;
}

/* Whether a value of interface type @v may hold a value of type @t, which x.(T) asks:
 * always for an interface @t, else when @t implements @v (types2's assertableTo). */
static gboolean
assertable_to (MlType  *v,
               MlType  *t,
               char   **cause)
{
  if (ml_type_is_interface (t))
    return TRUE;
  return ml_check_missing_method (t, v, FALSE, cause) == NULL;
}

/* x.(T): x of an interface type, T a type it may hold; the result is a "comma, ok"
 * operand, which two variables may receive as v, ok. */
void
ml_check_type_assert (MlChecker *c,
                      MlNode    *n)
{
  MlNode *x = n->x;
  MlType *t;
  g_autofree char *cause = NULL;

  ml_check_expr (c, x, NULL);
  ml_check_single_value (c, x);
  if (!ml_check_is_valid (x))
    {
      ml_check_invalidate (c, n);
      return;
    }
  if (n->y == NULL)
    {
      ml_check_error_at (c, ml_node_start_pos (n), "invalid syntax tree: use of .(type) outside type switch");
      ml_check_invalidate (c, n);
      return;
    }
  if (!ml_type_is_interface (x->type))
    {
      g_autofree char *d = ml_check_describe (x);

      ml_check_error_at (c, ml_node_start_pos (x), "invalid operation: %s is not an interface", d);
      ml_check_invalidate (c, n);
      return;
    }
  t = ml_check_resolve_type (c, n->y);
  if (t->kind == ML_TYPE_INVALID)
    {
      ml_check_invalidate (c, n);
      return;
    }
  if (!assertable_to (x->type, t, &cause))
    {
      g_autofree char *s = ml_node_to_string (n);
      g_autofree char *ts = ml_type_to_string (t);
      g_autofree char *xs = ml_type_to_string (x->type);

      ml_check_error_at (c, ml_node_start_pos (n), "impossible type assertion: %s\n\t%s does not implement %s %s",
                         s, ts, xs, cause);
      ml_check_invalidate (c, n);
      return;
    }
  n->mode = ML_MODE_COMMAOK;
  n->type = t;
}

/* The types of one clause of a type switch on @x (NULL when the switch's operand is not a
 * valid interface), checked against each other (@seen: the earlier cases, nodes) and against
 * x; returns the type of the clause's variable: the case's type when it lists one type,
 * else x's type. */
static MlType *
case_types (MlChecker *c,
            MlNode    *x,
            MlNode    *clause,
            GPtrArray *seen)
{
  MlType *t = NULL;

  for (guint i = 0; i < clause->list.n; i++)
    {
      MlNode *e = clause->list.items[i];
      MlNode *ue = ml_node_unparen (e);
      MlObject *o = ue->kind == ML_NODE_IDENT ? ml_scope_lookup (c->scope, ue->name, TRUE) : NULL;
      gboolean dup = FALSE;

      if (o != NULL && o->kind == ML_OBJ_NIL)
        {
          ml_check_expr (c, e, NULL);
          t = NULL;
        }
      else
        {
          t = ml_check_resolve_type (c, e);
          if (t->kind == ML_TYPE_INVALID)
            continue;
        }
      for (guint j = 0; j < seen->len && !dup; j++)
        {
          MlNode *other = g_ptr_array_index (seen, j);
          MlType *ot = other->mode == ML_MODE_TYPEXPR ? other->type : NULL;

          if ((t == NULL && ot == NULL) || (t != NULL && ot != NULL && ml_type_identical (t, ot)))
            {
              g_autofree char *ts = t != NULL ? ml_type_to_string (t) : g_strdup ("nil");
              MlPos op = ml_node_start_pos (other);

              ml_check_error_at (c, ml_node_start_pos (e), "duplicate case %s in type switch\n\t\x01:%u:%u: previous case",
                                 ts, op.line, op.col);
              dup = TRUE;
            }
        }
      if (dup)
        continue;
      g_ptr_array_add (seen, e);
      if (x != NULL && t != NULL)
        {
          g_autofree char *cause = NULL;

          if (!assertable_to (x->type, t, &cause))
            {
              g_autofree char *s = ml_node_to_string (e);
              g_autofree char *d = ml_check_describe (x);
              g_autofree char *ts = ml_type_to_string (t);

              ml_check_error_at (c, ml_node_start_pos (e),
                                 "impossible type switch case: %s\n\t%s cannot have dynamic type %s %s",
                                 s, d, ts, cause);
            }
        }
    }
  if (clause->list.n != 1 || t == NULL)
    t = x != NULL ? x->type : c->t_invalid;
  return t;
}

/* switch v := x.(type) { case T: ... }: x of an interface type; in each clause v is a
 * variable of its own (the clause's obj), of the case's type when the case lists one type,
 * else of x's type.  v is "declared and not used" only when no clause uses it. */
void
ml_check_type_switch (MlChecker *c,
                      MlNode    *n)
{
  MlNode *guard = n->y;
  MlNode *lhs = NULL, *assert_node = guard, *x;
  gboolean seen_default = FALSE, used = FALSE;
  g_autoptr(GPtrArray) seen = g_ptr_array_new ();
  g_autoptr(GPtrArray) vars = g_ptr_array_new ();

  n->scope = ml_check_push_scope (c);
  if (n->x != NULL)
    ml_check_stmt (c, n->x);
  if (guard->kind == ML_NODE_ASSIGN_STMT)
    {
      lhs = guard->list.items[0];
      assert_node = guard->list2.items[0];
      if (lhs->kind != ML_NODE_IDENT)
        lhs = NULL;
      else if (strcmp (lhs->name, "_") == 0)
        {
          ml_diag_sink_addf (&c->sink, ML_DIAGNOSTIC_SOFT, lhs->pos, "no new variable on left side of :=");
          lhs = NULL;
        }
    }
  x = assert_node->x;
  ml_check_expr (c, x, NULL);
  ml_check_single_value (c, x);
  if (ml_check_is_valid (x) && !ml_type_is_interface (x->type))
    {
      g_autofree char *d = ml_check_describe (x);

      ml_check_error_at (c, ml_node_start_pos (x), "%s is not an interface", d);
      x = NULL;
    }
  else if (!ml_check_is_valid (x))
    x = NULL;
  assert_node->mode = ML_MODE_VALUE;
  assert_node->type = x != NULL ? x->type : c->t_invalid;

  c->body.break_depth++;
  for (guint i = 0; i < n->list.n; i++)
    {
      MlNode *cc = n->list.items[i];
      MlType *t;

      if (cc->flags & ML_NODE_FLAG_IMPLICIT)
        {
          if (seen_default)
            ml_check_error_at (c, cc->pos, "multiple defaults in switch");
          seen_default = TRUE;
        }
      t = case_types (c, x, cc, seen);
      cc->scope = ml_check_push_scope (c);
      if (lhs != NULL)
        {
          MlObject *o = ml_check_new_object (c, ML_OBJ_VAR, lhs->name, lhs->pos, t);

          if (c->body.fn != NULL)
            {
              o->func = c->body.fn->node;
              g_ptr_array_add (c->body.fn->locals, o);
            }
          ml_check_declare (c, o);
          cc->obj = o;
          g_ptr_array_add (vars, o);
        }
      for (guint j = 0; j < cc->list2.n; j++)
        {
          MlNode *s = cc->list2.items[j];

          if (s->kind == ML_NODE_BRANCH_STMT && s->op == ML_TOK_FALLTHROUGH)
            ml_check_error_at (c, s->pos, "cannot fallthrough in type switch");
          else
            ml_check_stmt (c, s);
        }
      ml_check_pop_scope (c);
    }
  c->body.break_depth--;
  for (guint i = 0; i < vars->len; i++)
    used |= (((MlObject *) g_ptr_array_index (vars, i))->flags & ML_OBJ_FLAG_USED) != 0;
  for (guint i = 0; i < vars->len; i++)
    ((MlObject *) g_ptr_array_index (vars, i))->flags |= ML_OBJ_FLAG_USED;
  if (lhs != NULL && !used)
    ml_diag_sink_addf (&c->sink, ML_DIAGNOSTIC_SOFT, lhs->pos, "%s declared and not used", lhs->name);
  ml_check_pop_scope (c);
}

/* x.m of an interface value x: the method of its method set.  FALSE when it has none of
 * that name (nothing reported). */
gboolean
ml_check_interface_selector (MlChecker *c,
                             MlNode    *n)
{
  MlField *m = ml_type_interface_method (n->x->type, n->name, NULL);

  if (m == NULL)
    return FALSE;
  n->obj = NULL;
  n->mode = ML_MODE_VALUE;
  n->type = m->type;
  return TRUE;
}

/* T.m, (*T).m or I.m: a function whose first parameter is the receiver. */
void
ml_check_method_expr (MlChecker *c,
                      MlNode    *n)
{
  MlType *t = n->x->type;
  MlType *sig;
  MlObject *m = NULL;
  MlField *im = NULL;
  MlSelection sel;
  gboolean promoted = FALSE;
  g_autofree MlType **params = NULL;
  g_autofree MlType **results = NULL;
  guint np, nr;

  if (ml_type_is_interface (t))
    im = ml_type_interface_method (t, n->name, NULL);
  else
    {
      m = ml_type_lookup_method (t, n->name);
      /* A method promoted from an embedded field (Empleado.Saludar). */
      if (m == NULL && ml_type_lookup_selection (t, n->name, &sel) && sel.method != NULL)
        {
          promoted = TRUE;
          m = sel.method;
        }
    }
  if (m == NULL && im == NULL)
    {
      g_autofree char *s = ml_node_to_string (n);
      g_autofree char *ts = ml_type_to_string (t);

      if (ml_type_lookup_field (t, n->name, NULL) != NULL)
        ml_check_error_at (c, n->pos2, "%s undefined (type %s has no method %s)", s, ts, n->name);
      else
        ml_check_error_at (c, n->pos2, "%s undefined (type %s has no field or method %s)", s, ts, n->name);
      ml_check_invalidate (c, n);
      return;
    }
  if (m != NULL && m->pointer_recv && (promoted ? !sel.indirect : t->kind != ML_TYPE_POINTER))
    {
      g_autofree char *xs = ml_node_to_string (n->x);
      g_autofree char *ts = ml_type_to_string (t);

      ml_check_error_at (c, n->pos2, "invalid method expression %s.%s (needs pointer receiver (*%s).%s)",
                         xs, n->name, ts, n->name);
      ml_check_invalidate (c, n);
      return;
    }
  sig = m != NULL ? m->type : im->type;
  np = sig->params->n_fields;
  nr = sig->results->n_fields;
  params = g_new0 (MlType *, np + 1);
  results = g_new0 (MlType *, MAX (nr, 1));
  params[0] = t;
  for (guint i = 0; i < np; i++)
    params[i + 1] = sig->params->fields[i].type;
  for (guint i = 0; i < nr; i++)
    results[i] = sig->results->fields[i].type;
  n->obj = m;
  n->mode = ML_MODE_VALUE;
  n->type = ml_check_new_func_type (c, np + 1, params, nr, results, sig->variadic);
}
