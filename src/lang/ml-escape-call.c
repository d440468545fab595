/* ml-escape-call.c
 *
 * Copyright 2026 The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Calls and closures, after gc's escape/call.go.  A call is one of: a conversion (handled
 * with expressions), a builtin (new, make, append, copy, panic and the rest, each with its
 * own flows), a function of fmt (whose "a ...any" leaks its content), one of runtime's (which
 * keep nothing), or a call of a function of the program.  For the last, the callee is
 * analysed first; its parameters' leak summaries then say where each argument goes, the
 * receiver being the first.  Calls inside the batch being analysed (closures, recursion)
 * bind the arguments to the callee's own parameter locations instead.  A function literal's
 * captured variables flow into its closure, by value or by reference.
 */

#define G_LOG_DOMAIN "ml-escape"

#include "config.h"

#include "ml-escape-private.h"

/* A call of a function of the program, as the arguments are evaluated. */
typedef struct
{
  MlNode           *n;
  MlNode           *fun;         /* the callee expression, without parentheses */
  MlFunc           *callee;      /* NULL when not known statically */
  MlEscapeFuncInfo *fi;
  MlType           *sig;
  guint             np;          /* parameters of the signature */
  guint             first_param; /* 1 when the receiver is the first leak summary */
  MlEscapeHole     *rk;          /* the holes of the results */
  guint             n_results;
  gboolean          bind_direct;
  MlEscapeHole      dots;        /* the implicit slice of variadic arguments */
  gboolean          have_dots;
  MlNode           *recv;        /* a method call's receiver, and its method */
  MlObject         *method;
} CallSite;

/* Where an argument goes when nothing is known of the parameter: the heap. */
static MlEscapeHole
param_hole (MlEscape *e,
            MlNode   *call)
{
  return _ml_escape_hole_note (e, _ml_escape_heap_hole (e), call, "call parameter");
}

/* --- Builtins ------------------------------------------------------------------ */

/* The elements of a slice copied or appended into another: pointers among them end up in
 * a backing store the analysis does not follow, so they go to the heap. */
static MlEscapeHole
copied_elements_hole (MlEscape   *e,
                      MlNode     *call,
                      MlNode     *src,
                      const char *why)
{
  MlType *su = ml_type_underlying (src->type);

  if (su && su->kind == ML_TYPE_SLICE && ml_type_has_pointers (su->elem))
    return _ml_escape_hole_shift (e, _ml_escape_heap_hole (e), 1, call, why);
  return _ml_escape_discard_hole ();
}

/* Is make([]T, len[, cap])'s size a constant (or a constant local) over the implicit stack
 * limit?  A variable size stays on the stack when small (Go 1.25). */
static gboolean
make_too_large (MlNode *n)
{
  MlType *u = ml_type_underlying (n->type);
  MlNode *sz;
  gint64 esize, lit;
  gboolean is_const;
  __int128 v;

  if (u == NULL || u->kind != ML_TYPE_SLICE || n->list.n < 2)
    return FALSE;
  sz = n->list.items[n->list.n - 1];
  esize = ml_type_sizeof (u->elem);
  is_const = sz->mode == ML_MODE_CONSTANT && sz->cval && sz->cval->kind == ML_CONST_INT;
  v = is_const ? sz->cval->i : 0;
  if (!is_const && ml_escape_make_literal_size (n, &lit) > 0)
    {
      is_const = TRUE;
      v = lit;
    }
  return is_const && esize > 0 && v > ML_ESCAPE_MAX_IMPLICIT_STACK_VAR_SIZE / esize;
}

static void
call_append (MlEscape     *e,
             MlEscapeHole  k,
             MlNode       *n)
{
  MlNodeList *args = &n->list;
  MlEscapeHole appendee;
  MlEscapeLoc *tee;
  MlType *u = args->n > 0 ? ml_type_underlying (args->items[0]->type) : NULL;
  gboolean ptrs = u != NULL && u->kind == ML_TYPE_SLICE && ml_type_has_pointers (u->elem);

  if (args->n == 0)
    return;
  /* The appendee flows to the result, and to the mutator: append writes past its length
   * when it has room.  A grown backing store is an allocation at the append (Go 1.26 stack
   * buffer). */
  tee = _ml_escape_temp_loc (e);
  _ml_escape_flow (e, k, tee);
  _ml_escape_flow (e, _ml_escape_mutator_hole (e), tee);
  appendee = _ml_escape_hole_of (tee);
  if (ptrs)
    {
      MlEscapeLoc *t2 = _ml_escape_temp_loc (e);

      _ml_escape_flow (e, appendee, t2);
      _ml_escape_flow (e, _ml_escape_hole_shift (e, _ml_escape_heap_hole (e), 1, n, "appendee slice"), t2);
      appendee = _ml_escape_hole_of (t2);
    }
  _ml_escape_expr (e, appendee, args->items[0]);
  if (n->flags & ML_NODE_FLAG_DOTS)
    {
      if (args->n > 1)
        _ml_escape_expr (e, copied_elements_hole (e, n, args->items[1], "appended slice..."),
                         args->items[1]);
    }
  else
    for (guint i = 1; i < args->n; i++)
      _ml_escape_expr (e, param_hole (e, n), args->items[i]);
  /* The append buffer belongs to the whole function (Go 1.26's
   * stack buffer), whatever loop the append is in; gc meets it
   * after the arguments. */
  _ml_escape_spill (e, _ml_escape_hole_of (tee), n, "append").dst->loop_depth = 0;
}

static void
call_builtin (MlEscape     *e,
              MlEscapeHole  k,
              MlNode       *n,
              MlBuiltin     builtin)
{
  MlNodeList *args = &n->list;
  MlEscapeHole c;

  switch (builtin)
    {
    case ML_BUILTIN_NEW:
      if (n->y != NULL && n->y->obj != NULL && args->n > 0 && args->items[0]->mode != ML_MODE_TYPEXPR)
        {
          /* new(expr) is gc's tmp := expr; &tmp: a variable, moved to heap if it must. */
          MlEscapeLoc *l = _ml_escape_var_loc (e, n->y->obj);

          if (l == NULL)
            return;
          l->loop_depth = e->cur.loop_depth;
          _ml_escape_expr (e, _ml_escape_hole_note (e, _ml_escape_hole_of (l), n, "assign"), args->items[0]);
          _ml_escape_flow (e, _ml_escape_hole_shift (e, k, -1, n, "address-of"), l);
          return;
        }
      c = _ml_escape_spill (e, k, n, NULL);
      if (args->n > 0 && args->items[0]->mode != ML_MODE_TYPEXPR)
        _ml_escape_expr (e, c, args->items[0]);
      if (n->type && n->type->elem && ml_type_sizeof (n->type->elem) > ML_ESCAPE_MAX_IMPLICIT_STACK_VAR_SIZE)
        _ml_escape_loc_too_large (c.dst);
      return;
    case ML_BUILTIN_MAKE:
      c = _ml_escape_spill (e, k, n, NULL);
      for (guint i = 1; i < args->n; i++)
        _ml_escape_expr (e, _ml_escape_discard_hole (), args->items[i]);
      if (make_too_large (n))
        _ml_escape_loc_too_large (c.dst);
      return;
    case ML_BUILTIN_APPEND:
      call_append (e, k, n);
      return;
    case ML_BUILTIN_COPY:
      if (args->n != 2)
        return;
      _ml_escape_expr (e, _ml_escape_mutator_hole (e), args->items[0]);
      _ml_escape_expr (e, copied_elements_hole (e, n, args->items[1], "copied slice"), args->items[1]);
      return;
    case ML_BUILTIN_PANIC:
      if (args->n == 1)
        _ml_escape_expr_to_iface (e, _ml_escape_hole_note (e, _ml_escape_heap_hole (e), n, "panic"),
                                  args->items[0]);
      return;
    case ML_BUILTIN_MAX: case ML_BUILTIN_MIN:
      for (guint i = 0; i < args->n; i++)
        _ml_escape_expr (e, k, args->items[i]);
      return;
    case ML_BUILTIN_UNSAFE_SIZEOF: case ML_BUILTIN_UNSAFE_ALIGNOF: case ML_BUILTIN_UNSAFE_OFFSETOF:
      return;
    case ML_BUILTIN_UNSAFE_STRING: case ML_BUILTIN_UNSAFE_SLICE_DATA:
      /* The result points where the pointer or the slice's array does. */
      if (args->n > 0)
        _ml_escape_expr (e, k, args->items[0]);
      for (guint i = 1; i < args->n; i++)
        _ml_escape_expr (e, _ml_escape_discard_hole (), args->items[i]);
      return;
    case ML_BUILTIN_NONE: case ML_BUILTIN_CAP: case ML_BUILTIN_CLEAR: case ML_BUILTIN_CLOSE:
    case ML_BUILTIN_COMPLEX: case ML_BUILTIN_DELETE: case ML_BUILTIN_IMAG: case ML_BUILTIN_LEN:
    case ML_BUILTIN_PRINT: case ML_BUILTIN_PRINTLN: case ML_BUILTIN_REAL: case ML_BUILTIN_RECOVER:
    ML_BUILTIN_CASES_PACKAGE_FUNC:
    default:
      for (guint i = 0; i < args->n; i++)
        if (args->items[i]->mode != ML_MODE_TYPEXPR)
          _ml_escape_expr (e, _ml_escape_discard_hole (), args->items[i]);
      return;
    }
}

/* --- fmt and runtime ------------------------------------------------------------- */

/* f(g()) with several results: g's results go to gc's temporaries (list2 of g()), which are
 * then f's arguments.  Returns g(), or NULL for a call with arguments of its own. */
static MlNode *
spread_call (MlNode *n)
{
  MlNode *inner = n->list.n == 1 ? ml_node_unparen (n->list.items[0]) : NULL;

  if (inner == NULL || inner->kind != ML_NODE_CALL || inner->list2.n == 0)
    return NULL;
  for (guint i = 0; i < inner->list2.n; i++)
    if (inner->list2.items[i] == NULL || inner->list2.items[i]->obj == NULL)
      return NULL;
  return inner;
}

/* Evaluates g() of f(g()) into its temporaries, where gc meets it: with f's first argument,
 * whose init statement it is. */
static void
eval_spread (MlEscape *e,
             MlNode   *n,
             MlNode   *inner)
{
  g_autofree MlEscapeHole *ks = g_new0 (MlEscapeHole, inner->list2.n);

  for (guint i = 0; i < inner->list2.n; i++)
    {
      MlEscapeLoc *l = _ml_escape_var_loc (e, inner->list2.items[i]->obj);

      if (l != NULL)
        {
          l->loop_depth = e->cur.loop_depth;
          ks[i] = _ml_escape_hole_note (e, _ml_escape_hole_of (l), n, "assign-pair");
        }
      else
        ks[i] = _ml_escape_discard_hole ();
    }
  _ml_escape_call (e, ks, inner->list2.n, inner);
}

static gboolean
is_fmt_func (MlObject *o)
{
  return o != NULL && (o->flags & ML_OBJ_FLAG_PACKAGE_FUNC)
         && o->builtin >= ML_BUILTIN_FMT_PRINT && o->builtin <= ML_BUILTIN_FMT_ERRORF;
}

/* fmt: "a ...any" leaks its content to the heap.  In the default build, Go 1.27 inlines
 * fmt.Errorf, whose errors.New(format) makes an &errors.errorString{...} at the call for its
 * result (the formatted error is made by errorf, which is not inlined). */
static void
call_fmt (MlEscape    *e,
          MlEscapeHole k,
          MlNode      *n,
          MlBuiltin    builtin)
{
  guint first = (builtin == ML_BUILTIN_FMT_PRINTF || builtin == ML_BUILTIN_FMT_SPRINTF
                 || builtin == ML_BUILTIN_FMT_ERRORF) ? 1 : 0;
  MlNode *inner = spread_call (n);
  MlNodeList *args = inner != NULL ? &inner->list2 : &n->list;

  /* The implicit slice is made before the first of its elements, which evaluates g(). */
  if (inner != NULL && first > 0)
    eval_spread (e, n, inner);
  for (guint i = 0; i < first && i < args->n; i++)
    _ml_escape_expr (e, _ml_escape_discard_hole (), args->items[i]);
  if (n->flags & ML_NODE_FLAG_DOTS)
    {
      if (args->n > first)
        _ml_escape_expr (e, _ml_escape_hole_shift (e, _ml_escape_heap_hole (e), 1, n, "call parameter"),
                         args->items[first]);
    }
  else if (args->n > first)
    {
      MlEscapeHole content = _ml_escape_hole_shift (e, _ml_escape_heap_hole (e), 1, n, "call parameter");
      MlEscapeHole dots = _ml_escape_spill (e, content, n, "... argument");

      if (inner != NULL && first == 0)
        eval_spread (e, n, inner);
      for (guint i = first; i < args->n; i++)
        _ml_escape_expr_to_iface (e, _ml_escape_hole_note (e, dots, n, "slice-literal-element"),
                                  args->items[i]);
    }
  if (builtin == ML_BUILTIN_FMT_ERRORF && _ml_escape_inlining (e))
    {
      MlEscapeHole c = _ml_escape_spill (e, k, n, "&errors.errorString{...}");

      /* A copy's verdict: the call itself is no allocation the VM asks about. */
      c.dst->in_copy = TRUE;
      c.dst->pos = _ml_escape_pos (e, n);
    }
}

/* runtime's functions keep nothing: ReadMemStats fills *m in place. */
static void
call_runtime (MlEscape *e,
              MlNode   *n)
{
  MlNode *fun = ml_node_unparen (n->x);

  /* runtime.KeepAlive(x any): x is converted to the interface, which goes nowhere. */
  if (fun->obj != NULL && fun->obj->builtin == ML_BUILTIN_RUNTIME_KEEP_ALIVE)
    {
      for (guint i = 0; i < n->list.n; i++)
        _ml_escape_expr_to_iface (e, _ml_escape_discard_hole (), n->list.items[i]);
      return;
    }
  for (guint i = 0; i < n->list.n; i++)
    _ml_escape_expr (e, _ml_escape_discard_hole (), n->list.items[i]);
}

/* --- Functions of the program ---------------------------------------------------- */

static MlFunc *
static_callee (MlEscape *e,
               MlNode   *fun)
{
  MlNode *f = ml_node_unparen (fun);
  MlObject *o = f->obj;

  if (f->kind == ML_NODE_FUNC_LIT)
    return ml_program_lookup_func (e->prog, f);
  if (o == NULL)
    return NULL;
  if (o->kind == ML_OBJ_FUNC && o->decl != NULL)
    return ml_program_lookup_func (e->prog, o->decl);
  /* A local closure variable that is never reassigned calls its literal, or the function it
   * was given (gc's StaticValue). */
  if (o->kind == ML_OBJ_VAR && o->init != NULL && !(o->flags & (ML_OBJ_FLAG_REASSIGNED | ML_OBJ_FLAG_ADDR_TAKEN | ML_OBJ_FLAG_GLOBAL)))
    {
      MlNode *init = ml_node_unparen (o->init);

      if (init->kind == ML_NODE_FUNC_LIT)
        return ml_program_lookup_func (e->prog, init);
      /* f := doble, or a method expression f := T.m, whose receiver is its first argument. */
      if ((init->kind == ML_NODE_IDENT || (init->kind == ML_NODE_SELECTOR && init->x->mode == ML_MODE_TYPEXPR))
          && init->obj != NULL && init->obj->kind == ML_OBJ_FUNC && init->obj->decl != NULL)
        return ml_program_lookup_func (e->prog, init->obj->decl);
    }
  /* var f func(...); f = func(...) {... f(...) ...}: a literal that calls itself. */
  if (o->kind == ML_OBJ_VAR && (f = _ml_escape_assigned_func_value (o)) != NULL)
    {
      if (f->kind == ML_NODE_FUNC_LIT)
        return ml_program_lookup_func (e->prog, f);
      if (f->kind == ML_NODE_IDENT && f->obj != NULL && f->obj->kind == ML_OBJ_FUNC && f->obj->decl != NULL)
        return ml_program_lookup_func (e->prog, f->obj->decl);
    }
  return NULL;
}

/* A location for an argument with a known leak summary (gc's tagHole): it flows from there
 * to the heap and to the results as the summary says. */
static MlEscapeLoc *
leaks_tee (MlEscape            *e,
           CallSite            *s,
           const MlEscapeLeaks *leaks)
{
  MlEscapeLoc *tee = _ml_escape_temp_loc (e);

  if (leaks->heap >= 0)
    _ml_escape_flow (e, _ml_escape_hole_shift (e, _ml_escape_heap_hole (e), leaks->heap, s->n,
                                               "call parameter"), tee);
  if (leaks->mutator >= 0)
    _ml_escape_flow (e, _ml_escape_hole_shift (e, _ml_escape_mutator_hole (e), leaks->mutator, s->n,
                                               "call parameter"), tee);
  for (guint i = 0; i < ML_ESCAPE_MAX_RESULTS && i < s->n_results; i++)
    if (leaks->result[i] >= 0 && s->rk[i].dst != NULL)
      _ml_escape_flow (e, _ml_escape_hole_shift (e, s->rk[i], leaks->result[i], s->n, "call parameter"),
                       tee);
  return tee;
}

/* Flows an argument according to its parameter's leak summary; without one, to the heap. */
static void
apply_leaks (MlEscape            *e,
             CallSite            *s,
             const MlEscapeLeaks *leaks,
             MlNode              *arg,
             gboolean             to_iface)
{
  MlEscapeHole k;

  if (leaks == NULL || !leaks->known)
    k = param_hole (e, s->n);
  else
    k = _ml_escape_hole_of (leaks_tee (e, s, leaks));
  _ml_escape_expr_or_iface (e, k, arg, to_iface);
}

/* The hole of a parameter of a callee analysed in the same batch. */
static MlEscapeHole
bound_param_hole (MlEscape *e,
                  CallSite *s,
                  MlObject *param)
{
  MlEscapeLoc *l = _ml_escape_var_loc (e, param);

  return l ? _ml_escape_hole_note (e, _ml_escape_hole_of (l), s->n, "call parameter") : _ml_escape_heap_hole (e);
}

/* A method's receiver is its first argument. */
static void
call_receiver (MlEscape *e,
               CallSite *s)
{
  MlNode *recv = s->recv;
  MlEscapeLeaks *leaks = s->fi && s->fi->done && s->callee->recv ? &s->fi->params[0] : NULL;
  MlType *rt = recv->type;
  gboolean take_addr = s->method->pointer_recv && rt && ml_type_underlying (rt)->kind != ML_TYPE_POINTER;

  s->first_param = 1;
  /* In a defer's wrapper, the receiver was evaluated at the statement as the method wants
   * it: its temporary is passed as it is. */
  if (e->defer_operands != NULL && g_hash_table_contains (e->defer_operands, recv))
    {
      if (s->bind_direct)
        _ml_escape_expr (e, bound_param_hole (e, s, s->callee->recv), recv);
      else
        apply_leaks (e, s, leaks, recv, FALSE);
      return;
    }
  if (s->bind_direct)
    {
      MlEscapeHole h = bound_param_hole (e, s, s->callee->recv);

      if (take_addr)
        _ml_escape_expr (e, _ml_escape_hole_shift (e, h, -1, s->n, "address-of"), recv);
      else
        _ml_escape_expr (e, h, recv);
    }
  else if (take_addr)
    {
      /* x.m() with a pointer receiver is (&x).m(), with a synthetic &x. */
      MlNode *addr = g_new0 (MlNode, 1);

      g_ptr_array_add (e->owned, addr);
      addr->kind = ML_NODE_UNARY;
      addr->op = ML_TOK_AND;
      addr->pos = recv->pos;
      addr->x = recv;
      addr->mode = ML_MODE_VALUE;
      apply_leaks (e, s, leaks, addr, FALSE);
    }
  else
    apply_leaks (e, s, leaks, recv, FALSE);
}

/* Variadic arguments go into an implicit slice, made at the first of them. */
static void
variadic_dots (MlEscape *e,
               CallSite *s)
{
  if (!s->have_dots)
    {
      MlEscapeLeaks *leaks = s->fi && s->fi->done ? &s->fi->params[s->first_param + s->np - 1] : NULL;
      MlEscapeLoc *tee;

      if (leaks != NULL && leaks->known)
        tee = leaks_tee (e, s, leaks);
      else
        {
          tee = _ml_escape_temp_loc (e);
          _ml_escape_flow (e, param_hole (e, s->n), tee);
        }
      s->dots = _ml_escape_spill (e, _ml_escape_hole_of (tee), s->n, "... argument");
      s->have_dots = TRUE;
    }
}

static void
variadic_arg (MlEscape *e,
              CallSite *s,
              MlNode   *arg)
{
  MlType *slice = s->sig->params->fields[s->np - 1].type;

  variadic_dots (e, s);
  _ml_escape_expr_or_iface (e, _ml_escape_hole_note (e, s->dots, s->n, "slice-literal-element"), arg,
                            slice->elem && ml_type_is_interface (slice->elem));
}

static void
call_arg (MlEscape *e,
          CallSite *s,
          MlNode   *arg,
          guint     pi)
{
  MlEscapeLeaks *leaks = NULL;
  MlType *pt = pi < s->np ? s->sig->params->fields[pi].type : NULL;

  if (s->fi != NULL && s->fi->done && s->first_param + pi < s->fi->n_params)
    leaks = &s->fi->params[s->first_param + pi];
  if (leaks != NULL)
    apply_leaks (e, s, leaks, arg,
                 pt != NULL && ml_type_is_interface (pt) && arg->type != NULL
                 && !ml_type_is_interface (arg->type));
  else if (s->bind_direct)
    {
      /* A closure analysed with its enclosing function: bind the
       * argument to the parameter's location directly. */
      MlObject *p = pi < s->callee->params->len ? g_ptr_array_index (s->callee->params, pi) : NULL;

      _ml_escape_expr (e, bound_param_hole (e, s, p), arg);
    }
  else
    _ml_escape_expr_or_iface (e, param_hole (e, s->n), arg,
                              pt != NULL && ml_type_is_interface (pt) && !ml_type_is_interface (arg->type));
}

static void
call_func (MlEscape     *e,
           MlEscapeHole *ks,
           guint         n_ks,
           MlNode       *n)
{
  CallSite site = { 0 };
  CallSite *s = &site;
  g_autofree MlEscapeHole *rk = NULL;
  MlNode *inner;
  MlNodeList *args;

  s->n = n;
  s->fun = ml_node_unparen (n->x);
  s->callee = static_callee (e, s->fun);
  if (s->fun->kind == ML_NODE_SELECTOR && s->fun->obj != NULL && s->fun->obj->kind == ML_OBJ_FUNC
      && s->fun->x->mode != ML_MODE_PACKAGE && s->fun->x->mode != ML_MODE_TYPEXPR)
    {
      s->recv = s->fun->x;
      s->method = s->fun->obj;
    }
  else if (n->w != NULL && n->obj != NULL)
    {
      /* Devirtualized (ml-escape-devirt.c): the method of the concrete type, whose receiver
       * is the interface's value as x.(T). */
      s->recv = n->w;
      s->method = n->obj;
      s->callee = ml_program_lookup_func (e->prog, n->obj->decl);
    }
  s->n_results = s->callee ? s->callee->results->len : 0;
  s->rk = rk = g_new0 (MlEscapeHole, MAX (s->n_results, 1));
  s->sig = ml_type_underlying (s->fun->type);
  s->np = s->sig && s->sig->params ? s->sig->params->n_fields : 0;
  s->dots = _ml_escape_discard_hole ();
  for (guint i = 0; i < s->n_results && i < n_ks; i++)
    rk[i] = ks[i];

  /* Callees are analysed first, so their leak summaries are known. */
  if (s->callee != NULL)
    {
      s->fi = _ml_escape_func_info (e, s->callee);
      if (!s->fi->done && !s->fi->in_progress && _ml_escape_batch_root (s->callee) == s->callee)
        _ml_escape_analyze_func (e, s->callee);
    }
  /* Calls inside the batch (closures, recursion) bind arguments to the
   * callee's own parameter locations, as gc does for an SCC. */
  s->bind_direct = s->callee != NULL && e->cur.batch_fn != NULL
                   && _ml_escape_batch_root (s->callee) == e->cur.batch_fn;

  if (s->method != NULL)
    call_receiver (e, s);
  else if (s->fun->kind == ML_NODE_SELECTOR && s->fun->obj == NULL && s->fun->x->type != NULL
           && ml_type_is_interface (s->fun->x->type) && s->fun->x->mode != ML_MODE_TYPEXPR)
    {
      /* A method of an interface: nobody knows which, so the receiver may be kept; partly
       * devirtualized, the receiver is the interface the concrete type embeds. */
      _ml_escape_expr (e, param_hole (e, n), n->w != NULL && n->obj == NULL ? n->w : s->fun->x);
    }
  else if (s->callee == NULL || s->fun->kind == ML_NODE_FUNC_LIT)
    {
      /* A dynamic callee is evaluated; a directly called literal's closure does not escape. */
      _ml_escape_expr (e, _ml_escape_discard_hole (), s->fun);
    }

  inner = spread_call (n);
  args = inner != NULL ? &inner->list2 : &n->list;
  for (guint i = 0; i < args->n; i++)
    {
      if (s->sig && s->sig->variadic && !(n->flags & ML_NODE_FLAG_DOTS) && s->np > 0 && i >= s->np - 1)
        {
          if (i == 0 && inner != NULL)
            {
              variadic_dots (e, s);
              eval_spread (e, n, inner);
            }
          variadic_arg (e, s, args->items[i]);
        }
      else
        {
          if (i == 0 && inner != NULL)
            eval_spread (e, n, inner);
          call_arg (e, s, args->items[i], i);
        }
    }

  /* Results of a directly called closure flow from its result locations. */
  if (s->bind_direct)
    for (guint r = 0; r < s->n_results && r < n_ks; r++)
      _ml_escape_flow (e, ks[r], _ml_escape_var_loc (e, g_ptr_array_index (s->callee->results, r)));
}

/* Evaluates a call whose results go to ks (none for a call statement, several for
 * "a, b := f()"). */
void
_ml_escape_call (MlEscape     *e,
                 MlEscapeHole *ks,
                 guint         n_ks,
                 MlNode       *n)
{
  MlNode *fun = ml_node_unparen (n->x);
  MlObject *fo = fun->obj;
  MlEscapeHole k0 = n_ks > 0 ? ks[0] : _ml_escape_discard_hole ();

  if (fun->mode == ML_MODE_TYPEXPR)
    _ml_escape_conversion (e, k0, n);
  else if (fun->mode == ML_MODE_BUILTIN && fo != NULL)
    call_builtin (e, k0, n, fo->builtin);
  else if (is_fmt_func (fo))
    call_fmt (e, k0, n, fo->builtin);
  else if (fo != NULL && (fo->builtin == ML_BUILTIN_REFLECTLITE_AS_TARGET
                           || fo->builtin == ML_BUILTIN_REFLECTLITE_SWAP))
    {
      /* errors.As stores err where target points, as reflect's Value.Set does: both leak;
       * the slice Swapper swaps in leaks too, as its closure keeps the slice. */
      for (guint i = 0; i < n->list.n; i++)
        _ml_escape_expr (e, _ml_escape_heap_hole (e), n->list.items[i]);
    }
  else if (fo != NULL && (fo->flags & ML_OBJ_FLAG_PACKAGE_FUNC))
    call_runtime (e, n);
  else
    {
      guint copy = 0;
      MlFunc *inlined = _ml_escape_inlining (e) ? ml_inline_result_get_inlined (e->inl, _ml_escape_copy_id (e), n, &copy)
                                       : NULL;

      if (inlined == NULL || !_ml_escape_inline_call (e, ks, n_ks, n, inlined, copy))
        call_func (e, ks, n_ks, n);
    }
}

/* --- Closures -------------------------------------------------------------------- */

/* A captured variable flows into the closure: by value when it is small and never changes
 * after the capture, by reference otherwise (gc's flowClosure). */
static void
flow_capture (MlEscape     *e,
              MlEscapeHole  c,
              MlNode       *n,
              MlObject     *cv)
{
  MlEscapeLoc *l = _ml_escape_var_loc (e, cv);
  gboolean reassigned = (cv->flags & ML_OBJ_FLAG_REASSIGNED)
                        && !g_hash_table_contains (e->per_iter, cv);
  gboolean byval = !(cv->flags & ML_OBJ_FLAG_ADDR_TAKEN) && !reassigned
                   && cv->type != NULL && ml_type_sizeof (cv->type) <= 128;
  MlEscapeHole h = c;

  if (l == NULL)
    return;
  if (!byval)
    h = _ml_escape_hole_shift (e, h, -1, n, "reference");
  _ml_escape_flow (e, _ml_escape_hole_note (e, h, n, "captured by a closure"), l);
}

/* A function literal allocates its closure; its body is analysed with its enclosing
 * function, in the same batch, when it captures variables, and otherwise as a function of
 * its own, which gc analyses (and reports) first. */
void
_ml_escape_closure (MlEscape     *e,
                    MlEscapeHole  k,
                    MlNode       *n)
{
  MlFunc *fn = ml_program_lookup_func (e->prog, n);
  MlEscapeHole c = _ml_escape_spill (e, k, n, "func literal");
  MlEscapeCursor saved = e->cur;

  if (fn == NULL)
    return;
  if (_ml_escape_batch_root (fn) == fn)
    {
      if (e->inl_ctx != NULL)
        _ml_escape_inline_literal (e, fn);
      else
        _ml_escape_analyze_func (e, fn);
      return;
    }
  for (guint i = 0; i < fn->captures->len; i++)
    flow_capture (e, c, n, g_ptr_array_index (fn->captures, i));
  _ml_escape_func_body (e, fn);
  /* The variables of a copy declared in the body stay declared (gc's copies of literals
   * come in the order they were made). */
  saved.decl_end = e->cur.decl_end;
  e->cur = saved;
}
