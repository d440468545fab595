/* ml-escape-devirt.c
 *
 * Copyright 2026 The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Static devirtualization, after gc's devirtualize.go with Go 1.26's analysis of concrete
 * types: a method called through an interface whose concrete type the function itself
 * shows becomes a call of that type's method, and escape analysis then sees where the
 * receiver goes.  gc does it before escape analysis, even with -l, and says so first
 * ("devirtualizing s.String to Persona"); the call is then printed as the method call it
 * became, "Persona.String(s.(Persona))".
 *
 * The concrete type of an operand: that of a value that is not an interface; through a
 * conversion to an interface, parentheses and a type assertion, the operand's; of a local
 * variable whose address is never taken, the one concrete type every assignment to it
 * gives it in its function (nil and no assignment at all say nothing).  A call so known is
 * marked in the tree for escape analysis and its printer: the call's w is the assertion
 * x.(T) its receiver becomes, its obj the method of T.
 */

#define G_LOG_DOMAIN "ml-escape"

#include "config.h"

#include "ml-arena-private.h"
#include "ml-escape-private.h"

/* What concrete_type() says of a variable assigned only nil, or never: nothing. */
static MlType no_type;

typedef struct
{
  MlObject  *var;
  GPtrArray *nodes;   /* the values assigned to var (MlNode), or types (MlType) below */
  GPtrArray *types;
} Assignments;

/* The type of result @i of the call @call. */
static MlType *
call_result_type (MlNode *call,
                  guint   i)
{
  MlType *t = call->type;

  if (t != NULL && t->kind == ML_TYPE_TUPLE)
    return i < t->n_fields ? t->fields[i].type : NULL;
  return i == 0 ? t : NULL;
}

/* A call of a function (not a conversion), whose results say only their types. */
static gboolean
is_func_call (MlNode *n)
{
  n = ml_node_unparen (n);
  return n->kind == ML_NODE_CALL && n->x->mode != ML_MODE_TYPEXPR;
}

static gboolean
is_var (MlNode   *n,
        MlObject *o)
{
  n = n != NULL ? ml_node_unparen (n) : NULL;
  return n != NULL && n->kind == ML_NODE_IDENT && n->obj == o;
}

/* Records value @i of the right-hand side @rhs (of @n_lhs variables) given to the variable. */
static void
add_value (Assignments *a,
           MlNodeList  *rhs,
           guint        n_lhs,
           guint        i)
{
  MlNode *r;

  if (rhs->n == n_lhs)
    {
      r = rhs->items[i];
      if (ml_node_unparen (r)->kind == ML_NODE_IDENT && ml_node_unparen (r)->obj != NULL
          && ml_node_unparen (r)->obj->kind == ML_OBJ_NIL)
        return;
      if (is_func_call (r))
        g_ptr_array_add (a->types, call_result_type (ml_node_unparen (r), 0));
      else
        g_ptr_array_add (a->nodes, r);
      return;
    }
  if (rhs->n != 1)
    return;
  r = ml_node_unparen (rhs->items[0]);
  if (r->kind == ML_NODE_CALL && is_func_call (r))
    g_ptr_array_add (a->types, call_result_type (r, i));
  else if (r->kind == ML_NODE_TYPE_ASSERT && i == 0)
    g_ptr_array_add (a->nodes, r);
  else if (r->kind == ML_NODE_INDEX && i == 0)
    g_ptr_array_add (a->types, r->type);
}

/* Gathers what the function body @n assigns to a->var (gc's State.analyze). */
static void
collect (Assignments *a,
         MlNode      *n)
{
  if (n == NULL)
    return;
  switch (n->kind)
    {
    case ML_NODE_ASSIGN_STMT:
      if (n->op == ML_TOK_ASSIGN || n->op == ML_TOK_DEFINE)
        for (guint i = 0; i < n->list.n; i++)
          if (is_var (n->list.items[i], a->var))
            add_value (a, &n->list2, n->list.n, i);
      break;
    case ML_NODE_VALUE_SPEC:
      for (guint i = 0; i < n->list.n && n->list2.n > 0; i++)
        if (is_var (n->list.items[i], a->var))
          add_value (a, &n->list2, n->list.n, i);
      break;
    case ML_NODE_RANGE_STMT:
      if (n->y != NULL && is_var (n->y, a->var) && n->z != NULL && n->z->type != NULL)
        {
          MlType *u = ml_type_underlying (n->z->type);

          if (u->kind == ML_TYPE_POINTER)
            u = ml_type_underlying (u->elem);
          g_ptr_array_add (a->types, u->kind == ML_TYPE_MAP || u->kind == ML_TYPE_SLICE
                                     || u->kind == ML_TYPE_ARRAY ? u->elem : NULL);
        }
      if (n->x != NULL && is_var (n->x, a->var) && n->z != NULL && n->z->type != NULL
          && ml_type_underlying (n->z->type)->kind == ML_TYPE_MAP)
        g_ptr_array_add (a->types, ml_type_underlying (n->z->type)->key);
      break;
    case ML_NODE_TYPE_SWITCH_STMT:
      for (guint i = 0; i < n->list.n; i++)
        if (n->list.items[i]->obj == a->var)
          g_ptr_array_add (a->nodes, (n->y->kind == ML_NODE_ASSIGN_STMT ? n->y->list2.items[0] : n->y)->x);
      break;
    ML_NODE_CASES_EXPR:
    ML_NODE_CASES_TYPE:
    case ML_NODE_EMPTY_STMT: case ML_NODE_DECL_STMT: case ML_NODE_LABELED_STMT:
    case ML_NODE_EXPR_STMT: case ML_NODE_SEND_STMT: case ML_NODE_INC_DEC_STMT:
    case ML_NODE_GO_STMT: case ML_NODE_DEFER_STMT: case ML_NODE_RETURN_STMT:
    case ML_NODE_BRANCH_STMT: case ML_NODE_BLOCK: case ML_NODE_IF_STMT: case ML_NODE_CASE_CLAUSE:
    case ML_NODE_SWITCH_STMT: case ML_NODE_SELECT_STMT: case ML_NODE_FOR_STMT:
    case ML_NODE_DIRECTIVE_STMT: case ML_NODE_IMPORT_SPEC: case ML_NODE_TYPE_SPEC:
    case ML_NODE_GEN_DECL: case ML_NODE_FUNC_DECL:
    case ML_N_NODE_KINDS:
    default:
      break;
    }
  /* A call's w is devirtualization's own mark, not part of the program. */
  collect (a, n->x);
  collect (a, n->y);
  collect (a, n->z);
  if (n->kind != ML_NODE_CALL)
    collect (a, n->w);
  for (guint i = 0; i < n->list.n; i++)
    collect (a, n->list.items[i]);
  for (guint i = 0; i < n->list2.n; i++)
    collect (a, n->list2.items[i]);
}

static MlType *concrete_type (MlNode     *n,
                              GHashTable *seen);

/* The concrete type of the variable @o: the one its assignments give it, NULL when they
 * disagree or one is not known, no_type when there are none. */
static MlType *
var_concrete_type (MlObject   *o,
                   GHashTable *seen)
{
  Assignments a = { o, g_ptr_array_new (), g_ptr_array_new () };
  MlNode *fn = o->func;
  MlType *typ = NULL;
  gboolean unknown = FALSE;

  if (g_hash_table_contains (seen, o))
    return &no_type;
  g_hash_table_add (seen, o);
  collect (&a, fn->kind == ML_NODE_FUNC_DECL ? fn->z : fn->y);
  for (guint i = 0; i < a.types->len && !unknown; i++)
    {
      MlType *t = g_ptr_array_index (a.types, i);

      if (t == NULL || ml_type_is_interface (t) || (typ != NULL && !ml_type_identical (typ, t)))
        unknown = TRUE;
      else
        typ = t;
    }
  for (guint i = 0; i < a.nodes->len && !unknown; i++)
    {
      MlType *t = concrete_type (g_ptr_array_index (a.nodes, i), seen);

      if (t == &no_type)
        continue;
      if (t == NULL || (typ != NULL && !ml_type_identical (typ, t)))
        unknown = TRUE;
      else
        typ = t;
    }
  g_ptr_array_unref (a.nodes);
  g_ptr_array_unref (a.types);
  if (unknown)
    return NULL;
  return typ != NULL ? typ : &no_type;
}

/* gc's concreteType1: the concrete type of the value of @n, if the function shows it. */
static MlType *
concrete_type (MlNode     *n,
               GHashTable *seen)
{
  MlObject *o;

  for (;;)
    {
      if (n == NULL || n->type == NULL)
        return NULL;
      if (!ml_type_is_interface (n->type))
        return n->type;
      if (n->kind == ML_NODE_PAREN || (n->kind == ML_NODE_TYPE_ASSERT && n->y != NULL))
        n = n->x;
      else if (n->kind == ML_NODE_CALL && n->x->mode == ML_MODE_TYPEXPR && n->list.n == 1)
        n = n->list.items[0];
      else
        break;
    }
  o = n->kind == ML_NODE_IDENT ? n->obj : NULL;
  if (o == NULL || o->kind != ML_OBJ_VAR || o->func == NULL
      || (o->flags & (ML_OBJ_FLAG_PARAM | ML_OBJ_FLAG_RESULT | ML_OBJ_FLAG_GLOBAL | ML_OBJ_FLAG_ADDR_TAKEN)))
    return NULL;
  if (o->func->kind != ML_NODE_FUNC_DECL && o->func->kind != ML_NODE_FUNC_LIT)
    return NULL;
  return var_concrete_type (o, seen);
}

/* The method @name of the concrete type @t, when @t's method set has it, promoted from an
 * embedded field or not (@sel: where). */
static MlObject *
method_of (MlType      *t,
           const char  *name,
           MlSelection *sel)
{
  MlSelection local;

  if (sel == NULL)
    sel = &local;
  if (!ml_type_lookup_selection (t, name, sel) || sel->method == NULL
      || (sel->method->pointer_recv && !sel->indirect))
    return NULL;
  return sel->method;
}

/* The receiver of a promoted method: @x followed by the implicit selectors of the embedded
 * fields on @sel's path, as gc's wrapper reaches it. */
static MlNode *
promoted_receiver (MlEscape          *e,
                   MlNode            *x,
                   const MlSelection *sel)
{
  for (guint k = 0; k < sel->depth; k++)
    {
      MlType *u = ml_type_underlying (x->type);
      MlNode *s;
      MlField *f;

      if (u != NULL && u->kind == ML_TYPE_POINTER)
        u = ml_type_underlying (u->elem);
      if (u == NULL || u->kind != ML_TYPE_STRUCT || sel->path[k] >= u->n_fields)
        return x;
      f = &u->fields[sel->path[k]];
      s = ml_arena_new0 ((MlArena *) e->prog->arena, MlNode);
      s->kind = ML_NODE_SELECTOR;
      s->pos = x->pos;
      s->x = x;
      s->name = f->name;
      s->flags = ML_NODE_FLAG_IMPLICIT;
      s->type = f->type;
      s->mode = ML_MODE_VARIABLE;
      x = s;
    }
  return x;
}

/* Whether the concrete type @t has every method of the interface type @iface. */
static gboolean
implements (MlType *t,
            MlType *iface)
{
  guint n;
  const MlField *ms = ml_type_interface_methods (iface, &n);

  for (guint i = 0; i < n; i++)
    {
      MlSelection sel;
      MlObject *m = method_of (t, ms[i].name, &sel);
      MlType *mt = m != NULL ? m->type : sel.imethod != NULL ? sel.imethod->type : NULL;

      if (mt == NULL || !ml_type_identical (mt, ms[i].type))
        return FALSE;
    }
  return TRUE;
}

/* Devirtualizes the call @n when it calls a method of an interface whose concrete type is
 * known; the verdict is added at the call's "(". */
static void
devirtualize_call (MlEscape *e,
                   MlNode   *n)
{
  MlNode *sel = ml_node_unparen (n->x);
  g_autoptr(GHashTable) seen = NULL;
  MlSelection msel;
  MlType *t;
  MlObject *m;
  MlNode *dt;
  GString *msg;

  if (sel->kind != ML_NODE_SELECTOR || sel->obj != NULL || sel->x->type == NULL
      || sel->x->mode == ML_MODE_TYPEXPR || sel->x->mode == ML_MODE_PACKAGE
      || !ml_type_is_interface (sel->x->type))
    return;
  seen = g_hash_table_new (NULL, NULL);
  t = concrete_type (sel->x, seen);
  if (t == NULL || t == &no_type || !implements (t, sel->x->type))
    return;
  m = method_of (t, sel->name, &msel);
  if (m == NULL && msel.imethod == NULL)
    return;
  if (n->w == NULL)
    {
      dt = ml_arena_new0 ((MlArena *) e->prog->arena, MlNode);
      dt->kind = ML_NODE_TYPE_ASSERT;
      dt->pos = n->pos;
      dt->x = sel->x;
      /* Printed as gc's temporary when the receiver was moved into one (z). */
      dt->z = n->z;
      dt->mode = ML_MODE_VALUE;
      dt->type = t;
      /* Through an embedded interface only partially: the call goes through that
       * interface value (w set, obj NULL). */
      n->w = promoted_receiver (e, dt, &msel);
      n->obj = m;
    }
  msg = g_string_new (m != NULL ? "devirtualizing " : "partially devirtualizing ");
  if (n->z != NULL)
    g_string_append_printf (msg, "%s.%s", n->z->name, sel->name);
  else
    _ml_escape_append_ir (msg, sel);
  g_string_append (msg, " to ");
  ml_type_append_gc_string (msg, t);
  _ml_escape_report_plain (e, n->pos, g_string_free (msg, FALSE));
}

/* Every call through an interface in the tree @n. */
static void
walk (MlEscape *e,
      MlNode   *n)
{
  if (n == NULL)
    return;
  if (n->kind == ML_NODE_CALL)
    devirtualize_call (e, n);
  walk (e, n->x);
  walk (e, n->y);
  walk (e, n->z);
  if (n->kind != ML_NODE_CALL)
    walk (e, n->w);
  for (guint i = 0; i < n->list.n; i++)
    walk (e, n->list.items[i]);
  for (guint i = 0; i < n->list2.n; i++)
    walk (e, n->list2.items[i]);
}

static int
compare_notes (gconstpointer a,
               gconstpointer b)
{
  const MlEscapeNote *na = *(MlEscapeNote * const *) a;
  const MlEscapeNote *nb = *(MlEscapeNote * const *) b;

  return ml_pos_compare (na->pos, nb->pos);
}

/**
 * _ml_escape_devirtualize:
 * @e: the analysis, before any function is analysed
 *
 * Devirtualizes every call of the program that gc devirtualizes, and adds gc's verdicts for
 * them first, in the order of their positions, as gc flushes them before escape analysis
 * starts.
 */
void
_ml_escape_devirtualize (MlEscape *e)
{
  MlFile *file = e->prog->file;
  guint first = e->result->notes->len;

  for (guint i = 0; i < file->decls.n; i++)
    walk (e, file->decls.items[i]);
  if (e->result->notes->len > first)
    {
      g_autoptr(GPtrArray) mine = g_ptr_array_new ();

      for (guint i = first; i < e->result->notes->len; i++)
        g_ptr_array_add (mine, g_ptr_array_index (e->result->notes, i));
      g_ptr_array_sort (mine, compare_notes);
      for (guint i = 0; i < mine->len; i++)
        g_ptr_array_index (e->result->notes, first + i) = g_ptr_array_index (mine, i);
    }
}
