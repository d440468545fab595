/* ml-compile-slice.c
 *
 * Copyright 2026 The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Where the backing arrays of appends live: Go 1.25+'s stack buffers.  Two pieces of
 * cmd/compile meet here.  ssagen's backing stores give each appended slice one 32-byte
 * buffer per call of its function, used at the first append site of that slice when the
 * slice is empty (ssagen/ssa.go, append).  The slice pass (cmd/compile/internal/slice) lets a
 * slice that stops being the only reference to its array at one place only (a return, an
 * assignment, a range) use that buffer until then, and moves it to the heap there
 * (move2heap); when the program looks at the slice's capacity, its appends walk the buffer one
 * size class at a time (runtime.growsliceBuf) instead.  Both decide capacities a program
 * prints, so they follow Go to the letter.  They are a file of their own because they are one
 * analysis, run once per function before its body is compiled, that append, make, return,
 * assignments and range all consult.
 */

#include "config.h"

#include "ml-compiler-private.h"

/* A slice variable the slice pass follows (cmd/compile/internal/slice's sliceInfo). */
typedef struct
{
  MlObject  *var;
  /* Mentions of the variable the pass understands, and all of them: equal when every use
   * keeps the variable the only owner of its array. */
  gint       ok_uses;
  gint       all_uses;
  /* The one statement where the variable stops being the only owner. */
  MlNode    *transition;
  GPtrArray *appends;       /* its s = append(s, ...) calls */
  gint       append_weight; /* appends in loops weigh more */
  gint       decl_depth;    /* loop depth of the declaration */
  gboolean   cap_used;      /* cap(s), s[i:j], a literal: the capacity shows */
  gboolean   dropped;
} SliceVar;

/* A stack buffer of append (ssagen's backingStoreInfo): one per slice variable, or per
 * append site for any other expression appended to. */
typedef struct
{
  guint32  buf;          /* [32/size]T, word-aligned, in the frame */
  guint32  used;         /* bool: this call of the function has used it */
  gboolean used_static;  /* an append site has been given the whole buffer already */
} BackingStore;

struct _SlicePass
{
  GHashTable *vars;       /* MlObject* -> SliceVar*, during the analysis */
  GHashTable *moves;      /* transition statement -> GPtrArray of SliceVar* */
  GHashTable *appends;    /* append call -> GUINT_TO_POINTER (1 + walks the buffer) */
  GHashTable *in_place;   /* the calls of x = append(x, ...) that update x in place */
  GHashTable *stores;     /* MlObject* or MlNode* -> BackingStore* */
  GPtrArray  *named_results;
  gint        loop_depth;
};

static void
slice_var_free (gpointer data)
{
  SliceVar *v = data;

  g_ptr_array_unref (v->appends);
  g_free (v);
}

/* ------------------------------------------------------------------------------------------ */
/* Which appends update their slice in place (ssagen's stmt, OAS of an OAPPEND) */

/* The kind of @n's underlying type; ML_TYPE_INVALID for a package name or a bad node. */
static MlTypeKind
kind_of (MlNode *n)
{
  MlType *u = n != NULL && n->mode != ML_MODE_PACKAGE ? ml_type_underlying (n->type) : NULL;

  return u != NULL ? u->kind : ML_TYPE_INVALID;
}

/* ssa.CanSSA: whether a value of @t can live in registers (no stack buffer then needed for
 * an append to go through memory). */
static gboolean
type_can_ssa (MlType *t)
{
  MlType *u = ml_type_underlying (t);

  if (u == NULL || ml_type_sizeof (t) > 4 * 8)
    return FALSE;
  if (u->kind == ML_TYPE_ARRAY)
    return u->len <= 1 && type_can_ssa (u->elem);
  if (u->kind == ML_TYPE_STRUCT)
    {
      if (u->n_fields > 4)
        return FALSE;
      for (guint i = 0; i < u->n_fields; i++)
        if (!type_can_ssa (u->fields[i].type))
          return FALSE;
    }
  return TRUE;
}

/* ssagen's canSSA: a field of, or the element of a short array in, a local variable that
 * lives in the frame and whose address is never taken (a variable captured by reference by a
 * closure has its address taken). */
static gboolean
expr_can_ssa (Compiler *c,
              MlNode   *n)
{
  MlObject *o;

  for (n = ml_node_unparen (n);; n = ml_node_unparen (n->x))
    {
      if ((n->kind == ML_NODE_SELECTOR && kind_of (n->x) == ML_TYPE_STRUCT) ||
          (n->kind == ML_NODE_INDEX && kind_of (n->x) == ML_TYPE_ARRAY))
        continue;
      break;
    }
  o = n->kind == ML_NODE_IDENT ? n->obj : NULL;
  if (o == NULL || o->kind != ML_OBJ_VAR || (o->flags & ML_OBJ_FLAG_GLOBAL) ||
      c->fn == NULL || o->func != c->fn->node)
    return FALSE;
  if ((o->flags & ML_OBJ_FLAG_ADDR_TAKEN) ||
      ((o->flags & ML_OBJ_FLAG_CAPTURED) && (o->flags & ML_OBJ_FLAG_REASSIGNED)) ||
      _ml_var_on_heap (c, o))
    return FALSE;
  return type_can_ssa (o->type);
}

/* ir.SameSafeExpr: @a and @b denote the same place, and evaluating them has no effects. */
static gboolean
same_safe_expr (MlNode *a,
                MlNode *b)
{
  a = ml_node_unparen (a);
  b = ml_node_unparen (b);
  if (a == NULL || b == NULL || a->kind != b->kind)
    return FALSE;
  if (a->cval != NULL && b->cval != NULL)
    return a->cval->kind == ML_CONST_INT && b->cval->kind == ML_CONST_INT &&
           a->cval->i == b->cval->i;
  switch (a->kind)
    {
    case ML_NODE_IDENT:
      return a->obj != NULL && a->obj == b->obj;
    case ML_NODE_SELECTOR:
      return g_strcmp0 (a->name, b->name) == 0 && same_safe_expr (a->x, b->x);
    case ML_NODE_STAR:
      return same_safe_expr (a->x, b->x);
    case ML_NODE_INDEX:
      return kind_of (a->x) != ML_TYPE_MAP &&
             same_safe_expr (a->x, b->x) && same_safe_expr (a->y, b->y);
    case ML_NODE_BINARY:
      return a->op == b->op && same_safe_expr (a->x, b->x) && same_safe_expr (a->y, b->y);
    ML_NODE_CASES_NOT_EXPR_OR_TYPE: ML_NODE_CASES_TYPE:
    case ML_NODE_BAD: case ML_NODE_PAREN: case ML_NODE_BASIC_LIT: case ML_NODE_COMPOSITE_LIT:
    case ML_NODE_KEY_VALUE: case ML_NODE_FUNC_LIT: case ML_NODE_SLICE_EXPR:
    case ML_NODE_TYPE_ASSERT: case ML_NODE_CALL: case ML_NODE_UNARY:
    default:
      return FALSE;
    }
}

static gboolean
is_builtin_call (MlNode    *n,
                 MlBuiltin  b)
{
  MlNode *f;

  n = ml_node_unparen (n);
  if (n == NULL || n->kind != ML_NODE_CALL)
    return FALSE;
  f = ml_node_unparen (n->x);
  return f->obj != NULL && f->obj->kind == ML_OBJ_BUILTIN && f->obj->builtin == b;
}

/* ------------------------------------------------------------------------------------------ */
/* The slice pass (cmd/compile/internal/slice) */

static SliceVar *
tracking (SlicePass *sp,
          MlNode    *n)
{
  SliceVar *v;

  n = ml_node_unparen (n);
  if (n == NULL || n->kind != ML_NODE_IDENT || n->obj == NULL)
    return NULL;
  v = g_hash_table_lookup (sp->vars, n->obj);
  return v != NULL && !v->dropped ? v : NULL;
}

/* The variable stops being the only owner of its array in @stmt: one such place is followed,
 * and only at the loop depth of the declaration. */
static void
add_transition (SlicePass *sp,
                SliceVar  *v,
                MlNode    *stmt)
{
  if (v->transition != NULL || sp->loop_depth > v->decl_depth)
    v->dropped = TRUE;
  else
    v->transition = stmt;
}

/* x = y, somewhere in @stmt. */
static void
assign (SlicePass *sp,
        MlNode    *x,
        MlNode    *y,
        MlNode    *stmt)
{
  SliceVar *v = tracking (sp, x);
  SliceVar *w;

  y = ml_node_unparen (y);
  if (v != NULL)
    {
      if (y == NULL || (y->kind == ML_NODE_IDENT && y->obj != NULL && y->obj->kind == ML_OBJ_NIL))
        v->ok_uses++;
      else if (y->kind == ML_NODE_COMPOSITE_LIT)
        {
          v->ok_uses++;
          v->cap_used = TRUE;
        }
      else if (y->kind == ML_NODE_SLICE_EXPR && tracking (sp, y->x) == v)
        {
          v->ok_uses += 2;
          v->cap_used = TRUE;
        }
      else if (is_builtin_call (y, ML_BUILTIN_APPEND) && y->list.n > 0 &&
               tracking (sp, y->list.items[0]) == v)
        {
          v->ok_uses += 2;
          g_ptr_array_add (v->appends, y);
          v->append_weight += 1 + (sp->loop_depth - v->decl_depth);
        }
    }
  if ((w = tracking (sp, y)) != NULL)
    {
      w->ok_uses++;
      add_transition (sp, w, stmt);
    }
}

/* escape.ParseLeaks(...).Any() for argument @idx of @call (-1: the receiver): whether the
 * callee lets it reach the heap, another argument or a result, as its "-m" line says.  TRUE
 * for anything but a call of a declared function or method. */
static gboolean
arg_leaks (Compiler *c,
           MlNode   *call,
           gint      idx)
{
  MlNode *fx = ml_node_unparen (call->x);
  MlObject *fo = fx->obj;
  MlFunc *mf;
  MlObject *p;
  const MlEscapeNote *note = NULL;

  if (fo == NULL || fo->kind != ML_OBJ_FUNC || fo->decl == NULL || c->esc == NULL ||
      (mf = ml_program_lookup_func (c->prog, fo->decl)) == NULL)
    return TRUE;
  if (idx < 0)
    p = mf->recv;
  else
    {
      guint np = mf->params != NULL ? mf->params->len : 0;

      /* The extra arguments of a variadic call go in a new slice, not as themselves. */
      if ((guint) idx >= np ||
          (mf->signature != NULL && ml_type_underlying (mf->signature)->variadic &&
           (guint) idx >= np - 1 && !(call->flags & ML_NODE_FLAG_DOTS)))
        return TRUE;
      p = g_ptr_array_index (mf->params, idx);
    }
  if (p == NULL)
    return TRUE;
  if (ml_escape_result_query_var (c->esc, p, &note) == ML_ESCAPE_HEAP)
    return TRUE;
  return note != NULL && note->message != NULL && g_str_has_prefix (note->message, "leaking");
}

static void visit (Compiler *c, SlicePass *sp, MlNode *n, gboolean closure);

static void
visit_children (Compiler  *c,
                SlicePass *sp,
                MlNode    *n,
                gboolean   closure)
{
  visit (c, sp, n->x, closure);
  visit (c, sp, n->y, closure);
  visit (c, sp, n->z, closure);
  visit (c, sp, n->w, closure);
  for (guint i = 0; i < n->list.n; i++)
    visit (c, sp, n->list.items[i], closure);
  for (guint i = 0; i < n->list2.n; i++)
    visit (c, sp, n->list2.items[i], closure);
}

/* A call: len(s), cap(s) and passing s to a parameter that does not leak keep s the only
 * owner of its array; the capacity shows but for len. */
static void
visit_call (Compiler  *c,
            SlicePass *sp,
            MlNode    *n)
{
  MlNode *fx = ml_node_unparen (n->x);
  SliceVar *v;

  if (is_builtin_call (n, ML_BUILTIN_LEN) || is_builtin_call (n, ML_BUILTIN_CAP))
    {
      if (n->list.n == 1 && (v = tracking (sp, n->list.items[0])) != NULL)
        {
          v->ok_uses++;
          v->cap_used |= is_builtin_call (n, ML_BUILTIN_CAP);
        }
      return;
    }
  if (fx->obj == NULL || fx->obj->kind != ML_OBJ_FUNC)
    return;
  if (fx->kind == ML_NODE_SELECTOR && !fx->obj->pointer_recv &&
      (v = tracking (sp, fx->x)) != NULL && !arg_leaks (c, n, -1))
    {
      v->ok_uses++;
      v->cap_used = TRUE;
    }
  for (guint i = 0; i < n->list.n; i++)
    if ((v = tracking (sp, n->list.items[i])) != NULL && !arg_leaks (c, n, i))
      {
        v->ok_uses++;
        v->cap_used = TRUE;
      }
}

/* &x: &s[i] (and &s[i].f...) points into s's array. */
static void
visit_address (SlicePass *sp,
               MlNode    *x)
{
  SliceVar *v;

  for (x = ml_node_unparen (x); x != NULL; x = ml_node_unparen (x->x))
    {
      if ((x->kind == ML_NODE_SELECTOR && kind_of (x->x) == ML_TYPE_STRUCT) ||
          (x->kind == ML_NODE_INDEX && kind_of (x->x) == ML_TYPE_ARRAY))
        continue;
      if (x->kind == ML_NODE_INDEX && (v = tracking (sp, x->x)) != NULL)
        v->dropped = TRUE;
      return;
    }
}

static void
visit_stmt (Compiler  *c,
            SlicePass *sp,
            MlNode    *n)
{
  SliceVar *v;

  switch (n->kind)
    {
    case ML_NODE_ASSIGN_STMT:
      if ((n->op == ML_TOK_ASSIGN || n->op == ML_TOK_DEFINE) && n->list.n == n->list2.n)
        for (guint i = 0; i < n->list.n; i++)
          assign (sp, n->list.items[i], n->list2.items[i], n);
      break;
    case ML_NODE_DECL_STMT:
      for (guint i = 0; n->x != NULL && n->x->op == ML_TOK_VAR && i < n->x->list.n; i++)
        {
          MlNode *spec = n->x->list.items[i];

          for (guint j = 0; spec->kind == ML_NODE_VALUE_SPEC && j < spec->list.n; j++)
            if (spec->list2.n == 0)
              assign (sp, spec->list.items[j], NULL, n);
            else if (spec->list2.n == spec->list.n)
              assign (sp, spec->list.items[j], spec->list2.items[j], n);
        }
      break;
    case ML_NODE_RETURN_STMT:
      for (guint i = 0; i < n->list.n; i++)
        if ((v = tracking (sp, n->list.items[i])) != NULL)
          {
            v->ok_uses++;
            add_transition (sp, v, n);
          }
      /* A bare return uses the named results. */
      for (guint i = 0; n->list.n == 0 && i < sp->named_results->len; i++)
        if ((v = g_hash_table_lookup (sp->vars, g_ptr_array_index (sp->named_results, i))) != NULL &&
            !v->dropped)
          add_transition (sp, v, n);
      break;
    case ML_NODE_RANGE_STMT:
      /* The loop keeps a pointer to the array (Go issue 79909). */
      if ((v = tracking (sp, n->z)) != NULL)
        {
          v->ok_uses++;
          add_transition (sp, v, n);
        }
      break;
    ML_NODE_CASES_EXPR: ML_NODE_CASES_TYPE: ML_NODE_CASES_DECL:
    case ML_NODE_EMPTY_STMT: case ML_NODE_EXPR_STMT: case ML_NODE_SEND_STMT:
    case ML_NODE_INC_DEC_STMT: case ML_NODE_LABELED_STMT: case ML_NODE_GO_STMT:
    case ML_NODE_DEFER_STMT: case ML_NODE_BRANCH_STMT: case ML_NODE_BLOCK: case ML_NODE_IF_STMT:
    case ML_NODE_CASE_CLAUSE: case ML_NODE_SWITCH_STMT: case ML_NODE_TYPE_SWITCH_STMT:
    case ML_NODE_SELECT_STMT: case ML_NODE_FOR_STMT: case ML_NODE_DIRECTIVE_STMT:
    case ML_N_NODE_KINDS:
    default:
      break;
    }
}

/* Counts the mentions of the followed variables under @n, and those of them the pass
 * understands (the slice pass's do).  Inside a function literal every mention is one it
 * does not understand. */
static void
visit (Compiler  *c,
       SlicePass *sp,
       MlNode    *n,
       gboolean   closure)
{
  SliceVar *v;
  gboolean loop;

  if (n == NULL)
    return;
  if (n->kind == ML_NODE_IDENT)
    {
      if (n->obj != NULL && (v = g_hash_table_lookup (sp->vars, n->obj)) != NULL && !v->dropped)
        {
          v->all_uses++;
          /* Its declaration: where a slice of a loop's body starts over. */
          if (n->obj->pos.line == n->pos.line && n->obj->pos.col == n->pos.col)
            v->decl_depth = sp->loop_depth;
        }
      return;
    }
  if (n->kind == ML_NODE_FUNC_LIT)
    closure = TRUE;
  if (!closure)
    {
      if (n->kind == ML_NODE_INDEX && (v = tracking (sp, n->x)) != NULL)
        v->ok_uses++;
      else if (n->kind == ML_NODE_CALL)
        visit_call (c, sp, n);
      else if (n->kind == ML_NODE_UNARY && n->op == ML_TOK_AND)
        visit_address (sp, n->x);
      else
        visit_stmt (c, sp, n);
    }
  loop = !closure && (n->kind == ML_NODE_FOR_STMT || n->kind == ML_NODE_RANGE_STMT);
  sp->loop_depth += loop;
  visit_children (c, sp, n, closure);
  sp->loop_depth -= loop;
}

/* The slice variables of the function being compiled whose elements fit a stack buffer. */
static void
track_vars (Compiler  *c,
            SlicePass *sp,
            GPtrArray *vars)
{
  for (guint i = 0; vars != NULL && i < vars->len; i++)
    {
      MlObject *o = g_ptr_array_index (vars, i);
      MlType *u = o != NULL ? ml_type_underlying (o->type) : NULL;
      SliceVar *v;
      gint64 es;

      if (u == NULL || u->kind != ML_TYPE_SLICE)
        continue;
      es = ml_type_sizeof (u->elem);
      if (es <= 0 || es > ML_VM_STACK_BUFFER)
        continue;
      v = g_new0 (SliceVar, 1);
      v->var = o;
      v->appends = g_ptr_array_new ();
      g_hash_table_insert (sp->vars, o, v);
    }
}

/* The calls of x = append(x, ...) that update x in place (ssagen's stmt): x does not live in
 * registers, so the append works on its memory and no stack buffer is used. */
static void
find_in_place (Compiler  *c,
               SlicePass *sp,
               MlNode    *n)
{
  if (n == NULL || n->kind == ML_NODE_FUNC_LIT)
    return;
  if (n->kind == ML_NODE_ASSIGN_STMT && n->op == ML_TOK_ASSIGN && n->list.n == 1 &&
      n->list2.n == 1 && is_builtin_call (n->list2.items[0], ML_BUILTIN_APPEND))
    {
      MlNode *call = ml_node_unparen (n->list2.items[0]);

      if (call->list.n > 0 && same_safe_expr (n->list.items[0], call->list.items[0]) &&
          !expr_can_ssa (c, n->list.items[0]))
        g_hash_table_add (sp->in_place, call);
    }
  find_in_place (c, sp, n->x);
  find_in_place (c, sp, n->y);
  find_in_place (c, sp, n->z);
  find_in_place (c, sp, n->w);
  for (guint i = 0; i < n->list.n; i++)
    find_in_place (c, sp, n->list.items[i]);
  for (guint i = 0; i < n->list2.n; i++)
    find_in_place (c, sp, n->list2.items[i]);
}

/* Runs the slice pass over the function about to be compiled, whose body is @body. */
void
_ml_slice_begin_func (Compiler *c,
                      MlNode   *body)
{
  SlicePass *sp = g_new0 (SlicePass, 1);
  GHashTableIter it;
  SliceVar *v;

  sp->vars = g_hash_table_new_full (NULL, NULL, NULL, slice_var_free);
  sp->moves = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) g_ptr_array_unref);
  sp->appends = g_hash_table_new (NULL, NULL);
  sp->in_place = g_hash_table_new (NULL, NULL);
  sp->stores = g_hash_table_new_full (NULL, NULL, NULL, g_free);
  sp->named_results = g_ptr_array_new ();
  c->slices = sp;
  if (body == NULL || c->fn == NULL || c->fn->synthetic)
    return;

  if (c->fn->recv != NULL)
    {
      g_autoptr(GPtrArray) recv = g_ptr_array_new ();

      g_ptr_array_add (recv, c->fn->recv);
      track_vars (c, sp, recv);
    }
  track_vars (c, sp, c->fn->params);
  track_vars (c, sp, c->fn->results);
  track_vars (c, sp, c->fn->locals);
  for (guint i = 0; c->fn->results != NULL && i < c->fn->results->len; i++)
    {
      MlObject *o = g_ptr_array_index (c->fn->results, i);

      if (o->name != NULL && o->name[0] != '~')
        g_ptr_array_add (sp->named_results, o);
    }
  find_in_place (c, sp, body);
  if (g_hash_table_size (sp->vars) == 0)
    return;
  visit (c, sp, body, FALSE);

  /* Those used only in ways the pass understands, that stop being the only owner of their
   * array at one place, and append more than once: their appends may use the stack buffer,
   * and the array moves to the heap at that place. */
  g_hash_table_iter_init (&it, sp->vars);
  while (g_hash_table_iter_next (&it, NULL, (gpointer *) &v))
    {
      GPtrArray *moves;

      if (v->dropped || v->ok_uses != v->all_uses || v->transition == NULL ||
          v->append_weight < 2)
        continue;
      if ((moves = g_hash_table_lookup (sp->moves, v->transition)) == NULL)
        {
          moves = g_ptr_array_new ();
          g_hash_table_insert (sp->moves, v->transition, moves);
        }
      g_ptr_array_add (moves, v);
      for (guint i = 0; i < v->appends->len; i++)
        g_hash_table_insert (sp->appends, g_ptr_array_index (v->appends, i),
                             GUINT_TO_POINTER (1 + v->cap_used));
    }
}

void
_ml_slice_end_func (Compiler *c)
{
  SlicePass *sp = c->slices;

  if (sp == NULL)
    return;
  g_hash_table_unref (sp->moves);
  g_hash_table_unref (sp->vars);
  g_hash_table_unref (sp->appends);
  g_hash_table_unref (sp->in_place);
  g_hash_table_unref (sp->stores);
  g_ptr_array_unref (sp->named_results);
  g_free (sp);
  c->slices = NULL;
}

/* move2heap before @stmt, for each slice that stops being the only owner of its array
 * there. */
void
_ml_slice_move_to_heap (Compiler *c,
                        MlNode   *stmt)
{
  GPtrArray *moves = c->slices != NULL ? g_hash_table_lookup (c->slices->moves, stmt) : NULL;

  for (guint i = 0; moves != NULL && i < moves->len; i++)
    {
      SliceVar *v = g_ptr_array_index (moves, i);
      VarInfo *vi = _ml_lookup_var (c, v->var);
      guint et = _ml_type_id (c, ml_type_underlying (v->var->type)->elem);

      if (vi != NULL && vi->kind == VAR_FRAME)
        emit (c, ML_OP_MOVE2HEAP, v->cap_used ? 1 : 0, _ml_slot_opnd (c, vi->slot, 0), 0, 0,
              et, 0);
    }
}

/* ------------------------------------------------------------------------------------------ */
/* Stack buffers */

/* A word-aligned frame slot for a stack buffer of @type (ssagen's and walk's
 * struct { _ [0]uintptr; arr [K]T }): @pinned for one that lives as long as the function
 * call, else _ml_storage_temp()'s. */
guint32
_ml_stack_buffer (Compiler *c,
                  guint     type,
                  gboolean  pinned)
{
  guint32 o = pinned ? _ml_slot_opnd (c, ml_vm_func_add_slot (c->vf, ".autotmp", type,
                                                               ML_VM_SLOT_TEMP), 0)
                     : _ml_storage_temp (c, type);

  g_array_index (c->vf->slots, MlVmSlot, ML_VM_OPND_INDEX (o)).align = 8;
  return o;
}

static BackingStore *
backing_store (Compiler *c,
               gpointer  key,
               guint     et)
{
  BackingStore *bs = g_hash_table_lookup (c->slices->stores, key);

  if (bs != NULL)
    return bs;
  bs = g_new0 (BackingStore, 1);
  bs->buf = _ml_stack_buffer (c, _ml_array_of (c, et, ML_VM_STACK_BUFFER / type_info (c, et)->size),
                              TRUE);
  bs->used = _ml_slot_opnd (c, ml_vm_func_add_slot (c->vf, ".autotmp", c->out->t_bool,
                                                    ML_VM_SLOT_TEMP), 0);
  g_hash_table_insert (c->slices->stores, key, bs);
  return bs;
}

/* The stack buffer the append @call (of @et, not with ...) may use, as ssagen's append decides:
 * none when its result escapes or it updates its slice in place; the whole buffer, once per
 * call, at the first site that appends to a slice (BUF_STD, with its flag in @used); a walk
 * through the buffer at every append of a slice that moves to the heap later and whose
 * capacity shows (BUF_WALK).  Returns the flags for GROW or APPEND1 and sets @buf. */
guint
_ml_append_buffer (Compiler *c,
                   MlNode   *call,
                   guint     et,
                   guint32  *buf,
                   guint32  *used)
{
  MlVmType *t = type_info (c, et);
  MlNode *s = call->list.n > 0 ? ml_node_unparen (call->list.items[0]) : NULL;
  guint mark;
  gpointer key;
  BackingStore *bs;

  if (c->slices == NULL || s == NULL || t->size == 0 || t->size > ML_VM_STACK_BUFFER ||
      (call->flags & ML_NODE_FLAG_DOTS) || g_hash_table_contains (c->slices->in_place, call))
    return 0;
  mark = GPOINTER_TO_UINT (g_hash_table_lookup (c->slices->appends, call));
  if (mark == 0 && _ml_alloc_on_heap (c, call))
    return 0;
  /* One buffer per variable; any other expression is a new one at each site. */
  key = s->kind == ML_NODE_IDENT && s->obj != NULL && s->obj->kind == ML_OBJ_VAR
        ? (gpointer) s->obj : (gpointer) call;
  bs = backing_store (c, key, et);
  *buf = bs->buf;
  if (mark == 2)
    return ML_VM_INSN_BUF_WALK;
  if (bs->used_static)
    return 0;
  bs->used_static = TRUE;
  *used = bs->used;
  return ML_VM_INSN_BUF_STD;
}
