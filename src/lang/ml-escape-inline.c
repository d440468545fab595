/* ml-escape-inline.c
 *
 * Copyright 2026 The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Escape analysis of inlined calls, as gc sees them after inlining (ir.InlinedCallExpr in
 * escape/call.go): the callee's body is part of the caller, its parameters are locals of
 * the caller assigned from the arguments, its results are locals (~r0) the returns assign,
 * and what the call's value flows to takes them.  MemLab does not copy the tree: it walks
 * the callee's body in the caller's analysis with fresh locations for the callee's
 * variables, one set for each inlined copy (MlEscapeInline).  Every verdict made inside a
 * copy is printed where gc prints it, at the outermost inlined call, since gc prints an
 * inlined position as the call it was inlined at; a function literal's body keeps its own
 * positions, as gc keeps them for a closure it copies.  A copy's verdicts are the caller's
 * alone: the callee's own analysis keeps answering the VM's questions about its variables
 * and allocations.  It is separate from ml-escape-call.c because it is the default build's
 * concern only: with -l no call is inlined.
 */

#define G_LOG_DOMAIN "ml-escape"

#include "config.h"

#include "ml-escape-private.h"

/* Enters or leaves a copy, for the analysis and for the printer. */
static void
set_ctx (MlEscape       *e,
         MlEscapeInline *ctx)
{
  e->inl_ctx = ctx;
  _ml_escape_print_set_copy (ctx);
}

/* Is @o a variable of the copy @ctx: of its callee, or of a literal inside it? */
static gboolean
owns_var (MlEscape       *e,
          MlEscapeInline *ctx,
          MlObject       *o,
          MlFunc        **of)
{
  MlFunc *fn;

  if (o->func == NULL)
    return FALSE;
  fn = o->func == ctx->fn->node ? ctx->fn : ml_program_lookup_func (e->prog, o->func);
  *of = fn;
  if (fn != NULL && (fn == ctx->fn || _ml_escape_func_contains (ctx->fn, fn)))
    return TRUE;
  /* A literal inlined where its maker's inlined copy returned it (g()() or f := g(); f()):
   * the variables it captures from its maker are that copy's, locals of the caller, which
   * no longer exist when the call is met; each copy of the literal has its own. */
  return fn != NULL && ctx->fn->outer != NULL && _ml_escape_func_contains (fn, ctx->fn)
         && ctx->host != NULL && fn != ctx->host && !_ml_escape_func_contains (fn, ctx->host);
}

/* The location of @o in the copies being walked, made at its first use; NULL when @o is no
 * variable of theirs. */
MlEscapeLoc *
_ml_escape_inline_var_loc (MlEscape *e,
                           MlObject *o)
{
  for (MlEscapeInline *ctx = e->inl_ctx; ctx != NULL; ctx = ctx->parent)
    {
      MlFunc *of = NULL;
      MlEscapeLoc *l;

      if (!owns_var (e, ctx, o, &of))
        continue;
      l = g_hash_table_lookup (ctx->vars, o);
      if (l == NULL)
        {
          l = _ml_escape_new_loc (e, ML_ESCAPE_LOC_VAR, o, NULL, o->name);
          /* gc declares an inlined copy's variables in the caller, whose variables all
           * have their locations before any allocation. */
          if (e->cur.batch_locs != NULL && e->cur.decl_end < e->cur.batch_locs->len)
            {
              g_ptr_array_remove_index (e->cur.batch_locs, e->cur.batch_locs->len - 1);
              g_ptr_array_insert (e->cur.batch_locs, e->cur.decl_end, l);
            }
          if (e->cur.batch_locs != NULL)
            e->cur.decl_end++;
          l->pos = ctx->pos;
          l->in_copy = TRUE;
          l->copy = ctx->id;
          /* The callee's variables are the caller's locals; a literal's stay its own. */
          l->fn = of == ctx->fn || _ml_escape_func_contains (of, ctx->fn) ? ctx->host : of;
          /* A literal inside the copy is a closure of the caller, gc's copy of the literal,
           * with parameters and results of its own. */
          if (l->fn == of && of != ctx->fn)
            {
              l->is_param = (o->flags & ML_OBJ_FLAG_PARAM) != 0;
              l->is_result = (o->flags & ML_OBJ_FLAG_RESULT) != 0;
            }
          if (o->type != NULL && !(o->flags & (ML_OBJ_FLAG_PARAM | ML_OBJ_FLAG_RESULT))
              && ml_type_sizeof (o->type) > ML_ESCAPE_MAX_STACK_VAR_SIZE)
            _ml_escape_loc_too_large (l);
          g_hash_table_insert (ctx->vars, o, l);
        }
      return l;
    }
  return NULL;
}

/* Is the walk in a copy's own body (not in a literal's inside it)?  There, positions are
 * the call's and the calls met are the copy's. */
gboolean
_ml_escape_in_copy_body (MlEscape *e)
{
  return e->inl_ctx != NULL && e->cur.fn == e->inl_ctx->host;
}

/* Where gc prints a verdict about @n: at the outermost inlined call in a copy's body. */
MlPos
_ml_escape_pos (MlEscape *e,
                MlNode   *n)
{
  if (_ml_escape_in_copy_body (e))
    return e->inl_ctx->pos;
  return n != NULL ? n->pos : (MlPos) { 0, 0 };
}

/* Are calls met now inlined as the inliner decided?  Not in a literal's body inside a copy:
 * gc copies that literal from the callee's body as written, and inlines nothing in it. */
gboolean
_ml_escape_inlining (MlEscape *e)
{
  return e->inl != NULL && (e->inl_ctx == NULL || _ml_escape_in_copy_body (e));
}

/* The copy the calls met now belong to, for the inliner's decisions. */
guint
_ml_escape_copy_id (MlEscape *e)
{
  return _ml_escape_in_copy_body (e) ? e->inl_ctx->id : 0;
}

/* The hole of a parameter of the copy, assigned from its argument (gc's OAS2 of the
 * inlined variables). */
static MlEscapeHole
param_hole (MlEscape       *e,
            MlEscapeInline *ctx,
            MlNode         *call,
            MlObject       *param)
{
  MlEscapeInline *saved = e->inl_ctx;
  MlEscapeLoc *l;

  /* The parameter is the copy's; the argument is evaluated where the call is. */
  set_ctx (e, ctx);
  l = param != NULL ? _ml_escape_var_loc (e, param) : NULL;
  set_ctx (e, saved);

  if (l == NULL)
    return _ml_escape_discard_hole ();
  l->loop_depth = e->cur.loop_depth;
  return _ml_escape_hole_note (e, _ml_escape_hole_of (l), call, "assign-pair");
}

static gboolean
needs_iface (MlObject *param,
             MlNode   *arg)
{
  return param != NULL && param->type != NULL && ml_type_is_interface (param->type)
         && arg->type != NULL && !ml_type_is_interface (arg->type);
}

/* The receiver of a method whose body is inlined: x.m() of a pointer method is (&x).m(),
 * p.m() of a value method (*p).m(). */
static void
bind_receiver (MlEscape       *e,
               MlEscapeInline *ctx,
               MlNode         *call,
               MlNode         *recv,
               MlFunc         *callee)
{
  MlEscapeHole h = param_hole (e, ctx, call, callee->recv);
  MlType *rt = recv->type != NULL ? ml_type_underlying (recv->type) : NULL;
  MlType *pt = callee->recv->type != NULL ? ml_type_underlying (callee->recv->type) : NULL;
  gboolean recv_ptr = rt != NULL && rt->kind == ML_TYPE_POINTER;
  gboolean want_ptr = pt != NULL && pt->kind == ML_TYPE_POINTER;

  if (want_ptr && !recv_ptr)
    h = _ml_escape_hole_shift (e, h, -1, call, "address-of");
  else if (!want_ptr && recv_ptr)
    h = _ml_escape_hole_shift (e, h, 1, call, "indirection");
  _ml_escape_expr (e, h, recv);
}

/* Is @p, a parameter of the copy, never read in it once its calls are inlined? */
static gboolean
dead_param (MlEscape       *e,
            MlEscapeInline *ctx,
            MlObject       *p)
{
  MlEscapeInline *saved = e->inl_ctx;
  gboolean dead;

  set_ctx (e, ctx);
  dead = _ml_escape_dead_local (e, p);
  set_ctx (e, saved);
  return dead;
}

/* The arguments, into the copy's parameters; a variadic call's extra arguments go into
 * the implicit slice gc makes at the call. */
static void
bind_args (MlEscape       *e,
           MlEscapeInline *ctx,
           MlNode         *call,
           MlFunc         *callee,
           guint           first)
{
  MlType *sig = callee->signature != NULL ? ml_type_underlying (callee->signature) : NULL;
  gboolean variadic = sig != NULL && sig->variadic && !(call->flags & ML_NODE_FLAG_DOTS);
  guint np = callee->params->len;
  MlEscapeHole dots = _ml_escape_discard_hole ();
  gboolean have_dots = FALSE;
  MlNode *inner = call->list.n == 1 && first == 0 ? ml_node_unparen (call->list.items[0]) : NULL;

  /* f(g()): g's results are f's arguments. */
  if (inner != NULL && inner->kind == ML_NODE_CALL && inner->list2.n > 1
      && (variadic ? np > 0 && inner->list2.n >= np - 1 : inner->list2.n == np))
    {
      guint nr = inner->list2.n;
      g_autofree MlEscapeHole *ks = g_new0 (MlEscapeHole, nr);

      for (guint i = 0; i < nr; i++)
        if (!variadic || i < np - 1)
          ks[i] = param_hole (e, ctx, call, g_ptr_array_index (callee->params, i));
        else
          {
            if (!have_dots)
              {
                dots = _ml_escape_spill (e, param_hole (e, ctx, call, g_ptr_array_index (callee->params, np - 1)),
                                         call, "... argument");
                have_dots = TRUE;
              }
            ks[i] = _ml_escape_hole_note (e, dots, call, "slice-literal-element");
          }
      _ml_escape_call (e, ks, nr, inner);
      return;
    }
  for (guint i = first; i < call->list.n; i++)
    {
      MlNode *arg = call->list.items[i];
      guint pi = i - first;

      if (variadic && np > 0 && pi >= np - 1)
        {
          MlObject *p = g_ptr_array_index (callee->params, np - 1);
          MlType *elem = p->type != NULL ? ml_type_underlying (p->type)->elem : NULL;

          if (!have_dots)
            {
              dots = _ml_escape_spill (e, param_hole (e, ctx, call, p), call, "... argument");
              have_dots = TRUE;
            }
          _ml_escape_expr_or_iface (e, _ml_escape_hole_note (e, dots, call, "slice-literal-element"), arg,
                                    elem != NULL && ml_type_is_interface (elem) && arg->type != NULL
                                    && !ml_type_is_interface (arg->type));
        }
      else if (pi < np)
        {
          MlObject *p = g_ptr_array_index (callee->params, pi);

          if (ml_node_unparen (arg)->kind == ML_NODE_FUNC_LIT && dead_param (e, ctx, p))
            continue;
          /* gc's StaticValue: a parameter never reassigned is its argument. */
          if (!(p->flags & (ML_OBJ_FLAG_REASSIGNED | ML_OBJ_FLAG_ADDR_TAKEN)))
            g_hash_table_insert (ctx->consts, p, arg);
          _ml_escape_expr_or_iface (e, param_hole (e, ctx, call, p), arg, needs_iface (p, arg));
        }
      else
        _ml_escape_expr (e, _ml_escape_discard_hole (), arg);
    }
}

/* A literal inlined where its maker's inlined copy returned it: the maker's parameters
 * given a constant at that call still stand for it in the literal's copy (gc's StaticValue
 * of the maker copy's variables the literal captures). */
static void
bind_maker_consts (MlEscape       *e,
                   MlEscapeInline *ctx,
                   MlNode         *fun,
                   MlFunc         *callee)
{
  MlFunc *maker = callee->outer;
  MlNode *call = ml_node_unparen (fun);

  for (guint hops = 0; call->kind == ML_NODE_IDENT && hops < 8; hops++)
    {
      MlObject *v = call->obj;

      if (v == NULL || v->kind != ML_OBJ_VAR || v->init == NULL
          || (v->flags & (ML_OBJ_FLAG_REASSIGNED | ML_OBJ_FLAG_ADDR_TAKEN | ML_OBJ_FLAG_GLOBAL)))
        return;
      call = ml_node_unparen (v->init);
    }
  if (call->kind != ML_NODE_CALL || maker == NULL
      || ml_inline_result_get_inlined (e->inl, _ml_escape_copy_id (e), call, NULL) != maker)
    return;
  for (guint i = 0; i < maker->params->len && i < call->list.n; i++)
    {
      MlObject *p = g_ptr_array_index (maker->params, i);
      MlNode *arg = call->list.items[i];

      if (!(p->flags & (ML_OBJ_FLAG_REASSIGNED | ML_OBJ_FLAG_ADDR_TAKEN)) && arg->mode == ML_MODE_CONSTANT)
        g_hash_table_insert (ctx->consts, p, arg);
    }
}

/* The body of @callee, a literal's or a declaration's. */
static void
walk_body (MlEscape *e,
           MlFunc   *callee)
{
  MlNode *n = callee->node;

  if (n->kind == ML_NODE_FUNC_DECL && n->z != NULL)
    _ml_escape_stmt (e, n->z);
  else if (n->kind == ML_NODE_FUNC_LIT && n->y != NULL)
    _ml_escape_stmt_list (e, &n->y->list);
}

/* How deep inlined copies may nest: gc's inliner stops long before. */
#define MAX_COPY_DEPTH 16

/* A call whose callee's body is inlined as copy @id: the receiver and the arguments into
 * the copy's parameters, the body, then the copy's results into ks.  Returns FALSE when the
 * call is to be analysed as a call after all. */
gboolean
_ml_escape_inline_call (MlEscape     *e,
                        MlEscapeHole *ks,
                        guint         n_ks,
                        MlNode       *n,
                        MlFunc       *callee,
                        guint         id)
{
  MlEscapeInline ctx = { 0 };
  MlNode *fun = ml_node_unparen (n->x);
  guint depth = 0;
  guint first = 0;

  if (callee->node == NULL || callee->defer_stmt != NULL || callee->synthetic)
    return FALSE;
  for (MlEscapeInline *c = e->inl_ctx; c != NULL; c = c->parent, depth++)
    if (c->fn == callee || depth >= MAX_COPY_DEPTH)
      return FALSE;

  ctx.fn = callee;
  ctx.host = e->cur.fn;
  ctx.id = id;
  ctx.pos = _ml_escape_pos (e, n);
  ctx.vars = g_hash_table_new (NULL, NULL);
  ctx.consts = g_hash_table_new (NULL, NULL);
  ctx.parent = e->inl_ctx;

  /* A literal returned by an inlined call and called at once: that call is evaluated
   * first, what it returns is the literal inlined here. */
  if (callee->outer != NULL && fun->kind == ML_NODE_CALL)
    _ml_escape_expr (e, _ml_escape_discard_hole (), fun);
  if (callee->outer != NULL)
    bind_maker_consts (e, &ctx, fun, callee);
  /* The receiver and the arguments are evaluated where the call is, outside the copy. */
  if (callee->recv != NULL)
    {
      MlNode *recv = NULL;

      if (fun->kind == ML_NODE_SELECTOR && fun->x->mode == ML_MODE_TYPEXPR)
        {
          /* A method expression T.m(x, ...): the receiver is the first argument. */
          recv = n->list.n > 0 ? n->list.items[0] : NULL;
          first = 1;
        }
      else if (fun->kind == ML_NODE_SELECTOR && fun->obj != NULL && fun->obj->kind == ML_OBJ_FUNC)
        recv = fun->x;
      else if (n->w != NULL)
        recv = n->w;
      if (recv == NULL && fun->kind == ML_NODE_SELECTOR && fun->obj == NULL && fun->x->type != NULL
          && ml_type_is_interface (fun->x->type))
        {
          /* A call the inliner devirtualized: the interface's data word is the receiver
           * (gc's assertion x.(T), a value of the receiver's type), or holds the embedded
           * pointer the promoted method is called on. */
          MlNode *x = ml_node_unparen (fun->x);
          MlNode *v = x->kind == ML_NODE_IDENT ? _ml_escape_copy_const (x->obj) : NULL;
          MlSelection sel;
          MlEscapeHole h = param_hole (e, &ctx, n, callee->recv);

          if (v != NULL && v->type != NULL && ml_type_lookup_selection (v->type, fun->name, &sel) && sel.depth > 0)
            h = _ml_escape_hole_shift (e, h, 1, n, "dot of pointer");
          _ml_escape_expr (e, h, fun->x);
        }
      else if (recv != NULL)
        bind_receiver (e, &ctx, n, recv, callee);
    }
  bind_args (e, &ctx, n, callee, first);
  _ml_escape_copies_seen (e, id);
  set_ctx (e, &ctx);
  for (guint i = 0; i < callee->results->len; i++)
    {
      MlEscapeLoc *l = _ml_escape_var_loc (e, g_ptr_array_index (callee->results, i));

      if (l != NULL)
        l->loop_depth = e->cur.loop_depth;
    }
  /* The body, in the caller's function, as the copy. */
  walk_body (e, callee);
  for (guint i = 0; i < callee->results->len && i < n_ks; i++)
    _ml_escape_flow (e, ks[i], _ml_escape_var_loc (e, g_ptr_array_index (callee->results, i)));
  set_ctx (e, ctx.parent);
  g_hash_table_unref (ctx.vars);
  g_hash_table_unref (ctx.consts);
  return TRUE;
}

/* A literal that captures nothing, met in an inlined copy: gc's copy of it is a function of
 * its own, analysed in a batch of its own before the function it was inlined into, its
 * verdicts at the literal's own positions.  Its variables are the copy's (fresh
 * locations); nothing is inlined in its body, as in any literal inside a copy. */
void
_ml_escape_inline_literal (MlEscape *e,
                           MlFunc   *fn)
{
  MlEscapeCursor saved = e->cur;
  g_autoptr(GPtrArray) batch = g_ptr_array_new ();

  _ml_escape_begin_batch (e, fn, batch);
  e->cur.batch_fn = fn;
  e->cur.decl_end = batch->len;
  _ml_escape_func_body (e, fn);
  _ml_escape_finish_batch (e, batch);
  e->cur = saved;
}

/* --- Method wrappers ----------------------------------------------------------------- */

/* A wrapper whose call of @callee gc inlined: a batch of its own, after the program's
 * functions, its verdicts at "<autogenerated>:1".  The wrapper's receiver, a value or a
 * pointer, leads to the callee's through the embedded fields; its contents are what the
 * callee's receiver gets. */
static void
wrapper (MlEscape        *e,
         MlInlineWrapper *w)
{
  MlFunc *callee = w->callee;
  g_autoptr(GPtrArray) batch = g_ptr_array_new ();
  MlEscapeInline ctx = { 0 };
  MlEscapeLoc *p;
  MlType *recv_type;

  _ml_escape_begin_batch (e, NULL, batch);
  e->wrapper = w->name;
  ctx.fn = callee;
  ctx.host = NULL;
  ctx.id = w->copy;
  ctx.vars = g_hash_table_new (NULL, NULL);
  p = _ml_escape_temp_loc (e);
  recv_type = callee->recv->type != NULL ? ml_type_underlying (callee->recv->type) : NULL;
  _ml_escape_flow (e, _ml_escape_hole_shift (e, param_hole (e, &ctx, callee->node, callee->recv),
                                             recv_type != NULL && recv_type->kind == ML_TYPE_POINTER ? 0 : 1,
                                             callee->node, "indirection"), p);
  set_ctx (e, &ctx);
  for (guint i = 0; i < callee->results->len; i++)
    _ml_escape_var_loc (e, g_ptr_array_index (callee->results, i));
  walk_body (e, callee);
  /* What the wrapper returns leaves it. */
  for (guint i = 0; i < callee->results->len; i++)
    _ml_escape_flow (e, _ml_escape_heap_hole (e), _ml_escape_var_loc (e, g_ptr_array_index (callee->results, i)));
  set_ctx (e, NULL);
  _ml_escape_finish_batch (e, batch);
  e->wrapper = NULL;
  g_hash_table_unref (ctx.vars);
  e->cur = (MlEscapeCursor) { 0 };
}

/* The wrappers gc generates and inlines a method's call in (ml-inline-wrappers.c), which it
 * analyses after the program's functions, in the order it made them. */
void
_ml_escape_inline_wrappers (MlEscape *e)
{
  GPtrArray *wrappers = ml_inline_result_get_wrappers (e->inl);

  for (guint i = 0; i < wrappers->len; i++)
    wrapper (e, g_ptr_array_index (wrappers, i));
}

/* --- Dead locals --------------------------------------------------------------------- */

typedef struct
{
  MlEscape *e;
  MlObject *o;
  guint     copy;
} DeadScan;

/* Is @o used in @n other than as the function of a call that is inlined, or as what an
 * assignment stores into? */
static gboolean
scan_uses (DeadScan *s,
           MlNode   *n)
{
  if (n == NULL)
    return FALSE;
  if (n->kind == ML_NODE_IDENT)
    return n->obj == s->o;
  if (n->kind == ML_NODE_CALL)
    {
      MlNode *fun = ml_node_unparen (n->x);

      if (fun != NULL && fun->kind == ML_NODE_IDENT && fun->obj == s->o)
        {
          if (ml_inline_result_get_inlined (s->e->inl, s->copy, n, NULL) == NULL)
            return TRUE;
          for (guint i = 0; i < n->list.n; i++)
            if (scan_uses (s, n->list.items[i]))
              return TRUE;
          return FALSE;
        }
    }
  if (n->kind == ML_NODE_ASSIGN_STMT && (n->op == ML_TOK_ASSIGN || n->op == ML_TOK_DEFINE))
    {
      for (guint i = 0; i < n->list.n; i++)
        if (n->list.items[i]->kind != ML_NODE_IDENT && scan_uses (s, n->list.items[i]))
          return TRUE;
      for (guint i = 0; i < n->list2.n; i++)
        if (scan_uses (s, n->list2.items[i]))
          return TRUE;
      return FALSE;
    }
  if (scan_uses (s, n->x) || scan_uses (s, n->y) || scan_uses (s, n->z) || scan_uses (s, n->w))
    return TRUE;
  for (guint i = 0; i < n->list.n; i++)
    if (scan_uses (s, n->list.items[i]))
      return TRUE;
  for (guint i = 0; i < n->list2.n; i++)
    if (scan_uses (s, n->list2.items[i]))
      return TRUE;
  return FALSE;
}

/* gc's deadlocals pass, which runs after inlining and before escape analysis: a local
 * variable that nothing reads any more once its calls are inlined loses the assignments
 * that store a function literal into it, and the literal is gone with them ("f :=
 * func() {...}; f()" inlined, or a literal passed to an inlined function that calls it). */
gboolean
_ml_escape_dead_local (MlEscape *e,
                       MlObject *o)
{
  DeadScan s = { e, o, 0 };
  MlFunc *fn;

  if (e->inl == NULL || o == NULL || o->kind != ML_OBJ_VAR
      || (o->flags & (ML_OBJ_FLAG_GLOBAL | ML_OBJ_FLAG_RESULT | ML_OBJ_FLAG_ADDR_TAKEN))
      || o->func == NULL || g_strcmp0 (o->name, "_") == 0)
    return FALSE;
  fn = ml_program_lookup_func (e->prog, o->func);
  if (fn == NULL || fn->node == NULL)
    return FALSE;
  /* A variable of an inlined copy: its uses are in the copy's body, with the copy's
   * decisions. */
  for (MlEscapeInline *ctx = e->inl_ctx; ctx != NULL; ctx = ctx->parent)
    if (ctx->fn == fn)
      {
        s.copy = ctx->id;
        break;
      }
  /* The outermost function holds every use, its literals' too. */
  if (s.copy == 0)
    while (fn->outer != NULL)
      fn = fn->outer;
  return !scan_uses (&s, fn->node->kind == ML_NODE_FUNC_DECL ? fn->node->z : fn->node->y);
}
