/* ml-inline.c
 *
 * Copyright 2026 The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Inlining as Go 1.27's default build decides it, after cmd/compile/internal/inline/inl.go
 * and inline/interleaved: every function of the program gets its cost, callees first
 * (CanInlineFuncs, "can inline f"); then each function, callees first, has its call sites
 * inlined in rounds: the calls it was written with in the order gc's editor meets them
 * (arguments before the call), then the calls the copies it just inlined bring in, and so
 * on (mid-stack inlining), each "inlining call to f" at the position of the outermost call.
 * A literal is inlined where it is called through a variable that always holds it or
 * through a parameter of an inlined function that was given it (gc's StaticValue).  The
 * standard library's functions are inlinable or not as Go compiled them (ml-inline-std.c).
 */

#define G_LOG_DOMAIN "ml-inline"

#include "config.h"

#include "ml-diagnostic.h"
#include "ml-escape.h"
#include "ml-inline-private.h"

struct _MlInlineResult
{
  MlProgram  *program;
  GPtrArray  *lines;
  guint       n_can_inline;  /* the lines of CanInlineFuncs, before any call's */
  GHashTable *inlined;
  GHashTable *costs;   /* MlFunc -> cost + 1 (0: not inlinable) */
  GHashTable *instances;  /* MlInlineKey -> MlInlineInstance */
  GPtrArray  *copies;     /* MlInlineInstance by id - 1 */
  GPtrArray  *wrappers;   /* MlInlineWrapper: the method wrappers gc generates */
};

static void
line_free (MlInlineLine *l)
{
  g_free (l->text);
  g_free (l);
}

void
_ml_inline_add_line (MlInline   *inl,
                     MlPos       pos,
                     char       *text)
{
  MlInlineLine *l = g_new0 (MlInlineLine, 1);

  l->pos = pos;
  l->text = text;
  g_ptr_array_add (inl->lines, l);
}


MlInlineFunc *
_ml_inline_func (MlInline *inl,
                 MlFunc   *fn)
{
  MlInlineFunc *fi = g_hash_table_lookup (inl->funcs, fn);

  if (fi == NULL)
    {
      fi = g_new0 (MlInlineFunc, 1);
      fi->fn = fn;
      fi->cost = -1;
      g_hash_table_insert (inl->funcs, fn, fi);
    }
  return fi;
}

/* Where gc puts a function: a declaration at its name, a literal at "func". */
static MlPos
func_pos (MlFunc *fn)
{
  /* gc's position of a declared function is just after "func ": its name, or its
   * receiver's parenthesis. */
  if (fn->node != NULL && fn->node->kind == ML_NODE_FUNC_DECL)
    return (MlPos) { fn->node->pos.line, fn->node->pos.col + 5 };
  return fn->node != NULL ? fn->node->pos : (MlPos) { 0, 0 };
}

/* The name gc gives a function: a literal inside a literal is numbered within it
 * ("main.func1.1"), where MemLab counts it among its top-level function's. */
static const char *
display_name (MlInline *inl,
              MlFunc   *fn)
{
  g_autofree char *name = NULL;
  guint k = 0;

  if (fn->outer == NULL || fn->outer->outer == NULL || fn->defer_stmt != NULL || fn->outer->defer_stmt != NULL)
    return fn->name;
  for (guint i = 0; i < inl->prog->funcs->len; i++)
    {
      MlFunc *f = g_ptr_array_index (inl->prog->funcs, i);

      if (f->outer == fn->outer && f->defer_stmt == NULL)
        k++;
      if (f == fn)
        break;
    }
  name = g_strdup_printf ("%s.%u", display_name (inl, fn->outer), k);
  return g_intern_string (name);
}

/* gc's CanInline: a literal may cost up to ten times the budget (inlineBudget). */
void
_ml_inline_can_inline (MlInline *inl,
                       MlFunc   *fn)
{
  MlInlineFunc *fi = _ml_inline_func (inl, fn);
  gint budget = fn->outer != NULL ? ML_INLINE_CLOSURE_CALLED_ONCE : ML_INLINE_MAX_BUDGET;
  const char *reason = NULL;

  if (fi->checked || fi->checking)
    return;
  fi->checking = TRUE;
  fi->cost = _ml_inline_func_cost (inl, fn, budget, &reason);
  if (fi->cost > budget)
    fi->cost = -1;
  fi->reason = reason;
  fi->checking = FALSE;
  fi->checked = TRUE;
  if (fi->cost >= 0)
    _ml_inline_add_line (inl, func_pos (fn), g_strdup_printf ("can inline %s", display_name (inl, fn)));
}

/* inlineCostOK: the most an inlined callee may cost; literals are favoured, and the first
 * call of a literal most of all. */
gint
_ml_inline_call_max_cost (MlFunc   *callee,
                          gboolean  called_once)
{
  gint max = ML_INLINE_MAX_BUDGET;

  if (callee->outer != NULL)
    {
      max *= 2;
      if (called_once)
        max = MAX (max, ML_INLINE_CLOSURE_CALLED_ONCE);
    }
  return max;
}

static MlFunc *
func_of_ident (MlInline *inl,
               MlNode   *f)
{
  if (f->kind == ML_NODE_FUNC_LIT)
    return ml_program_lookup_func (inl->prog, f);
  if ((f->kind == ML_NODE_IDENT || f->kind == ML_NODE_SELECTOR) && f->obj != NULL
      && f->obj->kind == ML_OBJ_FUNC && f->obj->decl != NULL)
    return ml_program_lookup_func (inl->prog, f->obj->decl);
  return NULL;
}

/* gc's inlCallee after StaticValue: the function a call's operand always is. */
MlFunc *
_ml_inline_static_callee (MlInline   *inl,
                          MlNode     *fun,
                          GHashTable *bindings)
{
  MlNode *f = ml_node_unparen (fun);
  MlObject *o = f->obj;
  MlFunc *fn;

  if ((fn = func_of_ident (inl, f)) != NULL)
    return fn;
  if (o == NULL || o->kind != ML_OBJ_VAR)
    return NULL;
  if (bindings != NULL && (o->flags & ML_OBJ_FLAG_PARAM) && !(o->flags & (ML_OBJ_FLAG_REASSIGNED | ML_OBJ_FLAG_ADDR_TAKEN)))
    {
      MlNode *arg = g_hash_table_lookup (bindings, o);

      if (arg != NULL)
        return _ml_inline_static_callee (inl, arg, NULL);
    }
  if (o->init != NULL && !(o->flags & (ML_OBJ_FLAG_REASSIGNED | ML_OBJ_FLAG_ADDR_TAKEN | ML_OBJ_FLAG_GLOBAL)))
    {
      MlNode *init = ml_node_unparen (o->init);

      /* A method value binds its receiver: gc calls it through a closure it does not
       * inline.  A method expression T.m is the method itself, (*T).m of a value method
       * a wrapper. */
      if (init->kind == ML_NODE_SELECTOR
          && (init->x->mode != ML_MODE_TYPEXPR
              || (init->x->type != NULL && ml_type_underlying (init->x->type)->kind == ML_TYPE_POINTER
                  && init->obj != NULL && !init->obj->pointer_recv)))
        return NULL;
      return func_of_ident (inl, init);
    }
  return NULL;
}

/* The method a call through an interface was devirtualized to (ml-escape-devirt.c marks
 * the call), or NULL. */
MlFunc *
_ml_inline_devirtualized_callee (MlInline *inl,
                                 MlNode   *call)
{
  MlNode *sel = ml_node_unparen (call->x);

  if (sel->kind != ML_NODE_SELECTOR || sel->obj != NULL || call->w == NULL || call->obj == NULL
      || call->obj->kind != ML_OBJ_FUNC || call->obj->decl == NULL)
    return NULL;
  return ml_program_lookup_func (inl->prog, call->obj->decl);
}

/* The name -m gives a call of the standard library ("fmt.Println",
 * "strings.(*Builder).WriteString"), or NULL for a call of anything else. */
const char *
_ml_inline_call_std_name (MlNode  *call,
                          char   **owned)
{
  MlNode *f = ml_node_unparen (call->x);
  MlObject *o = f->obj;

  if (o == NULL || o->kind == ML_OBJ_VAR)
    return NULL;
  if ((o->flags & ML_OBJ_FLAG_PACKAGE_FUNC) && o->builtin >= ML_BUILTIN_FMT_PRINT
      && o->builtin <= ML_BUILTIN_FMT_ERRORF)
    return *owned = g_strdup_printf ("fmt.%s", o->name);
  if (o->kind == ML_OBJ_FUNC && o->decl != NULL && o->decl->kind == ML_NODE_FUNC_DECL)
    {
      /* A function or method of a bundled package: its MlFunc knows the package. */
      return NULL;
    }
  return NULL;
}

const char *
_ml_inline_std_func_name (MlFunc *fn,
                          char  **owned)
{
  const char *slash;

  if (fn == NULL || fn->pkg == NULL)
    return NULL;
  slash = strrchr (fn->pkg, '/');
  return *owned = g_strdup_printf ("%s.%s", slash != NULL ? slash + 1 : fn->pkg, fn->name);
}

/* --- Callees first (ir.VisitFuncsBottomUp) ----------------------------------------- */

typedef struct
{
  MlInline   *inl;
  GHashTable *ids;    /* MlFunc -> visit id; G_MAXUINT once its component is done */
  GPtrArray  *stack;
  guint       gen;
  GPtrArray  *blocks; /* GPtrArray of MlFunc, callees first */
} Scc;

static guint scc_visit (Scc *s, MlFunc *fn);

static void
scc_refs (Scc    *s,
          MlNode *n,
          guint  *min)
{
  MlFunc *callee = NULL;

  if (n == NULL)
    return;
  if (n->kind == ML_NODE_DEFER_STMT || n->kind == ML_NODE_GO_STMT)
    {
      MlFunc *w = ml_program_lookup_func (s->inl->prog, n);
      MlNode *call = n->x;

      /* The arguments are the function's; the call is its wrapper's, a literal that
       * captures them. */
      if (w != NULL && call != NULL && call->kind == ML_NODE_CALL)
        {
          if (ml_node_unparen (call->x)->kind != ML_NODE_IDENT)
            scc_refs (s, call->x, min);
          for (guint i = 0; i < call->list.n; i++)
            scc_refs (s, call->list.items[i], min);
          *min = MIN (*min, scc_visit (s, w));
          return;
        }
    }
  if (n->kind == ML_NODE_FUNC_LIT || n->kind == ML_NODE_IDENT
      || (n->kind == ML_NODE_SELECTOR && n->obj != NULL && n->obj->kind == ML_OBJ_FUNC))
    callee = func_of_ident (s->inl, n);
  if (callee != NULL && callee->pkg == NULL)
    {
      guint m = scc_visit (s, callee);

      *min = MIN (*min, m);
    }
  if (n->kind == ML_NODE_FUNC_LIT)
    return;
  scc_refs (s, n->x, min);
  scc_refs (s, n->y, min);
  scc_refs (s, n->z, min);
  scc_refs (s, n->w, min);
  for (guint i = 0; i < n->list.n; i++)
    scc_refs (s, n->list.items[i], min);
  for (guint i = 0; i < n->list2.n; i++)
    scc_refs (s, n->list2.items[i], min);
}

MlNode *
_ml_inline_func_body (MlFunc *fn)
{
  if (fn->node == NULL)
    return NULL;
  if (fn->defer_stmt != NULL)
    return fn->defer_stmt->x;
  if (fn->node->kind == ML_NODE_FUNC_DECL)
    return fn->node->z;
  if (fn->node->kind == ML_NODE_FUNC_LIT)
    return fn->node->y;
  return NULL;
}

static guint
scc_visit (Scc    *s,
           MlFunc *fn)
{
  guint id = GPOINTER_TO_UINT (g_hash_table_lookup (s->ids, fn));
  guint min;

  if (id > 0)
    return id;
  id = ++s->gen;
  g_hash_table_insert (s->ids, fn, GUINT_TO_POINTER (id));
  min = ++s->gen;
  g_ptr_array_add (s->stack, fn);
  scc_refs (s, _ml_inline_func_body (fn), &min);
  /* A literal that captures nothing is a function of its own to gc, analysed before the
   * function it stands in; so is a defer's wrapper that evaluates no operand at the
   * statement (typecheck's normalizeGoDeferCall leaves constants to it). */
  if ((min == id || min == id + 1) && (fn->outer == NULL || fn->captures->len == 0))
    {
      GPtrArray *block = g_ptr_array_new ();
      guint i = s->stack->len;

      while (i > 0 && g_ptr_array_index (s->stack, i - 1) != fn)
        i--;
      for (guint j = i - 1; j < s->stack->len; j++)
        {
          MlFunc *x = g_ptr_array_index (s->stack, j);

          g_hash_table_insert (s->ids, x, GUINT_TO_POINTER (G_MAXUINT));
          g_ptr_array_add (block, x);
        }
      g_ptr_array_set_size (s->stack, i - 1);
      g_ptr_array_add (s->blocks, block);
    }
  return min;
}

/* --- Call sites -------------------------------------------------------------------- */

typedef struct _Site Site;
struct _Site
{
  MlNode     *call;       /* NULL for a call inside the standard library */
  const char *std_chain;  /* then: the rest of its callee's chain, this entry first */
  MlNode     *std_origin; /* and the program's call of the library function it came from */
  MlPos       pos;        /* of the outermost call */
  GHashTable *bindings;   /* parameters of the inlined functions around -> arguments */
  GPtrArray  *stack;      /* the functions inlined around it */
  gboolean    original;
  guint       copy;       /* the inlined copy whose body it is in, 0 for none */
  gboolean    resolved;   /* devirtualized before the round's inlining: */
  MlFunc     *devirt;     /* the method, or NULL */
};

static void
site_free (Site *s)
{
  if (s->bindings != NULL)
    g_hash_table_unref (s->bindings);
  if (s->stack != NULL)
    g_ptr_array_unref (s->stack);
  g_free (s);
}

typedef struct
{
  MlInline   *inl;
  MlFunc     *fn;
  GPtrArray  *sites;
  MlPos       pos;
  GHashTable *bindings;
  GPtrArray  *stack;
  gboolean    original;
  guint       copy;
} Collect;

/* The calls of a body in the order gc's EditChildren meets them, each after its operands;
 * a literal's body is its own function's. */
static void
collect_calls (Collect *c,
               MlNode  *n)
{
  if (n == NULL || n->kind == ML_NODE_FUNC_LIT)
    return;
  if ((n->kind == ML_NODE_DEFER_STMT || n->kind == ML_NODE_GO_STMT) && n->x != NULL && n->x->kind == ML_NODE_CALL)
    {
      /* Only the arguments are evaluated here; a deferred call is never inlined where it
       * stands (its wrapper's call may be). */
      collect_calls (c, n->x->x);
      for (guint i = 0; i < n->x->list.n; i++)
        collect_calls (c, n->x->list.items[i]);
      return;
    }
  collect_calls (c, n->x);
  collect_calls (c, n->y);
  collect_calls (c, n->z);
  collect_calls (c, n->w);
  for (guint i = 0; i < n->list.n; i++)
    collect_calls (c, n->list.items[i]);
  for (guint i = 0; i < n->list2.n; i++)
    collect_calls (c, n->list2.items[i]);
  if (n->kind == ML_NODE_CALL && n->x != NULL && n->x->mode != ML_MODE_TYPEXPR
      && !(n->x->mode == ML_MODE_BUILTIN && n->x->obj != NULL && !(n->x->obj->flags & ML_OBJ_FLAG_PACKAGE_FUNC)))
    {
      Site *s = g_new0 (Site, 1);

      s->call = n;
      s->pos = c->original ? n->pos : c->pos;
      s->bindings = c->bindings != NULL ? g_hash_table_ref (c->bindings) : NULL;
      s->stack = c->stack != NULL ? g_ptr_array_ref (c->stack) : NULL;
      s->original = c->original;
      s->copy = c->copy;
      g_ptr_array_add (c->sites, s);
    }
}

/* The calls of an inlined copy of @callee, found in its body as it is in the copy: with
 * @bindings (its parameters' arguments) and @stack (the copies it is inside), both taken. */
static void
collect_copy_calls (MlInline   *inl,
                    MlFunc     *fn,
                    GPtrArray  *next,
                    MlPos       pos,
                    GHashTable *bindings,
                    GPtrArray  *stack,
                    guint       copy,
                    MlFunc     *callee)
{
  Collect c = { inl, fn, next, pos, bindings, stack, FALSE, copy };

  g_ptr_array_add (c.stack, callee);
  collect_calls (&c, _ml_inline_func_body (callee));
  g_hash_table_unref (c.bindings);
  g_ptr_array_unref (c.stack);
}

/* The chain entries one round deeper than the first entry of @chain, as sites of their
 * own with what they inline in turn. */
static void
add_chain_sites (GPtrArray  *next,
                 const char *chain,
                 MlNode     *origin,
                 MlPos       pos)
{
  char depth;
  const char *p;

  if (chain == NULL || *chain == '\0')
    return;
  depth = chain[0];
  for (p = chain; p != NULL && *p != '\0'; )
    {
      if (*p == depth)
        {
          Site *s = g_new0 (Site, 1);

          s->std_chain = p;
          s->std_origin = origin;
          s->pos = pos;
          g_ptr_array_add (next, s);
        }
      p = strchr (p, ';');
      if (p != NULL)
        p++;
    }
}

/* The entries that follow @entry one round deeper, up to the next entry of its round. */
static const char *
chain_children (const char *entry)
{
  const char *p = strchr (entry, ';');

  if (p == NULL || p[1] <= entry[0])
    return NULL;
  return p + 1;
}

static void
emit_std (MlInline          *inl,
          GPtrArray         *next,
          const char        *go_name,
          const char        *children,
          MlNode            *origin,
          MlPos              pos)
{
  _ml_inline_add_line (inl, pos, g_strdup_printf ("inlining call to %s", go_name));
  if (children != NULL && *children != '\0')
    {
      /* Only the entries of the first deeper round until one of this round again. */
      g_autofree char *sub = NULL;
      const char *end = children;
      char depth = children[0];

      while (end != NULL && *end != '\0' && *end >= depth)
        {
          end = strchr (end, ';');
          if (end != NULL)
            end++;
        }
      sub = end != NULL && *end != '\0' ? g_strndup (children, end - children - 1) : g_strdup (children);
      add_chain_sites (next, g_intern_string (sub), origin, pos);
    }
}

static gboolean
in_stack (GPtrArray *stack,
          MlFunc    *fn)
{
  for (guint i = 0; stack != NULL && i < stack->len; i++)
    if (g_ptr_array_index (stack, i) == fn)
      return TRUE;
  return FALSE;
}

/* The parameters of @callee bound to the arguments of @call that name a function, so that
 * calls of them in the inlined body find it. */
static GHashTable *
bind_params (MlInline   *inl,
             Site       *site,
             MlFunc     *callee)
{
  GHashTable *b = g_hash_table_new (NULL, NULL);
  MlNode *call = site->call;

  for (guint i = 0; i < callee->params->len && i < call->list.n; i++)
    {
      MlNode *arg = ml_node_unparen (call->list.items[i]);
      MlFunc *f = _ml_inline_static_callee (inl, arg, site->bindings);

      MlObject *p = g_ptr_array_index (callee->params, i);

      if (f != NULL)
        g_hash_table_insert (b, p, f->node);
      else if (p->type != NULL && ml_type_is_interface (p->type) && arg->type != NULL)
        {
          /* An interface parameter given a concrete value, or the one a parameter around
           * was given: gc's devirtualizer finds its type in the copy. */
          MlNode *v = arg;

          if (arg->kind == ML_NODE_IDENT && arg->obj != NULL && (arg->obj->flags & ML_OBJ_FLAG_PARAM)
              && site->bindings != NULL && g_hash_table_lookup (site->bindings, arg->obj) != NULL)
            v = g_hash_table_lookup (site->bindings, arg->obj);
          if (v->type != NULL && !ml_type_is_interface (v->type))
            g_hash_table_insert (b, p, v);
        }
    }
  return b;
}

/* The literal that the only return of @fn returns, if that is what it does. */
static MlFunc *
returned_literal (MlInline *inl,
                  MlFunc   *fn)
{
  MlNode *body = _ml_inline_func_body (fn);
  MlNode *last;

  if (body == NULL || fn->n_returns > 1 || fn->node == NULL || fn->defer_stmt != NULL
      || (fn->node->kind != ML_NODE_FUNC_DECL && fn->node->kind != ML_NODE_FUNC_LIT))
    return NULL;
  last = ml_node_list_last_stmt (&body->list);
  if (last == NULL || last->kind != ML_NODE_RETURN_STMT || last->list.n != 1)
    return NULL;
  last = ml_node_unparen (last->list.items[0]);
  return last->kind == ML_NODE_FUNC_LIT ? ml_program_lookup_func (inl->prog, last) : NULL;
}

/* The name gc gives the copy of @lit that inlining the function around it made: a literal
 * of a declared function keeps its name ("g.func1"); one inside another literal is numbered
 * as a literal of that literal's copy ("g.func1.func1", where the original is
 * "g.func1.1"). */
static const char *
clone_name (MlInline *inl,
            MlFunc   *lit)
{
  g_autofree char *name = NULL;
  guint k = 0;

  if (lit->outer == NULL || lit->outer->outer == NULL || lit->defer_stmt != NULL || lit->outer->defer_stmt != NULL)
    return display_name (inl, lit);
  for (guint i = 0; i < inl->prog->funcs->len; i++)
    {
      MlFunc *f = g_ptr_array_index (inl->prog->funcs, i);

      if (f->outer == lit->outer && f->defer_stmt == NULL)
        k++;
      if (f == lit)
        break;
    }
  name = g_strdup_printf ("%s.func%u", clone_name (inl, lit->outer), k);
  return g_intern_string (name);
}

/* f := g(); f() or g()(): once g is inlined, f (or g's result) is the copy of the literal g
 * returns, which gc checks when a call first meets it ("can inline g.func1" again) and may
 * inline like any literal of this function.  g may be such a copy itself: g()()() inlines
 * the literal the literal returns. */
static gboolean
try_returned_literal (MlInline  *inl,
                      Site      *site,
                      GPtrArray *next)
{
  MlNode *f = ml_node_unparen (site->call->x);
  MlObject *o = f->obj;
  MlNode *init;
  MlFunc *maker, *lit;
  MlInlineFunc *fi;
  guint uses;

  if (!site->original)
    return FALSE;
  if (f->kind == ML_NODE_CALL)
    init = f;
  else if (f->kind != ML_NODE_IDENT || o == NULL || o->kind != ML_OBJ_VAR || o->init == NULL
           || (o->flags & (ML_OBJ_FLAG_REASSIGNED | ML_OBJ_FLAG_ADDR_TAKEN | ML_OBJ_FLAG_GLOBAL)))
    return FALSE;
  else
    init = ml_node_unparen (o->init);
  /* c := f: the same value (StaticValue follows such copies). */
  for (guint hops = 0; init->kind == ML_NODE_IDENT && hops < 8; hops++)
    {
      MlObject *v = init->obj;

      if (v == NULL || v->kind != ML_OBJ_VAR || v->init == NULL
          || (v->flags & (ML_OBJ_FLAG_REASSIGNED | ML_OBJ_FLAG_ADDR_TAKEN | ML_OBJ_FLAG_GLOBAL)))
        return FALSE;
      init = ml_node_unparen (v->init);
    }
  maker = init->kind == ML_NODE_CALL ? g_hash_table_lookup (inl->inlined_funcs, init) : NULL;
  lit = maker != NULL ? returned_literal (inl, maker) : NULL;
  if (lit == NULL)
    return FALSE;
  fi = _ml_inline_func (inl, lit);
  if (!fi->checked || fi->cost < 0)
    return FALSE;
  if (!g_hash_table_contains (inl->clones, init))
    _ml_inline_add_line (inl, func_pos (lit), g_strdup_printf ("can inline %s", clone_name (inl, lit)));
  uses = GPOINTER_TO_UINT (g_hash_table_lookup (inl->clones, init)) + 1;
  g_hash_table_insert (inl->clones, init, GUINT_TO_POINTER (uses));
  if (fi->cost > _ml_inline_call_max_cost (lit, uses == 1))
    return FALSE;
  _ml_inline_add_line (inl, site->pos, g_strdup_printf ("inlining call to %s", clone_name (inl, lit)));
  g_hash_table_insert (inl->inlined, site->call, (gpointer) lit->name);
  g_hash_table_insert (inl->inlined_funcs, site->call, lit);
  {
    MlInlineInstance *copy = _ml_inline_add_instance (inl->instances, inl->copies, site->copy, site->call, lit);
    Collect c = { inl, NULL, next, site->pos, NULL, g_ptr_array_new (), FALSE, copy->id };

    g_ptr_array_add (c.stack, lit);
    collect_calls (&c, _ml_inline_func_body (lit));
    g_ptr_array_unref (c.stack);
  }
  return TRUE;
}

/* Is @fun a method expression T.m or (*T).m of a method T has from an embedded field? */
static gboolean
promoted_method_expr (MlInline *inl,
                      MlNode   *fun)
{
  MlFunc *m;
  MlType *t, *rt;

  if (fun->kind != ML_NODE_SELECTOR || fun->obj == NULL || fun->obj->kind != ML_OBJ_FUNC
      || fun->x == NULL || fun->x->mode != ML_MODE_TYPEXPR || fun->obj->decl == NULL)
    return FALSE;
  m = ml_program_lookup_func (inl->prog, fun->obj->decl);
  if (m == NULL || m->recv == NULL)
    return FALSE;
  t = fun->x->type;
  rt = m->recv->type;
  if (t != NULL && t->kind == ML_TYPE_POINTER)
    t = t->elem;
  if (rt != NULL && rt->kind == ML_TYPE_POINTER)
    rt = rt->elem;
  return t != NULL && rt != NULL && t != rt;
}

/* A chain entry "@N": the library's body calls the function the program passed as argument
 * N of its call, which gc, having inlined the library's copies down to that call, finds
 * there (StaticValue of the copies' parameters) and inlines in turn, as any callee. */
static gboolean
try_std_argument (MlInline  *inl,
                  MlFunc    *fn,
                  Site      *site,
                  GPtrArray *next)
{
  guint n = (guint) g_ascii_strtoull (site->std_chain + 2, NULL, 10);
  MlNode *origin = site->std_origin;
  MlFunc *callee;
  MlInlineFunc *fi;
  MlInlineInstance *copy;
  guint uses;

  if (origin == NULL || n >= origin->list.n)
    return FALSE;
  callee = _ml_inline_static_callee (inl, origin->list.items[n], site->bindings);
  if (callee == NULL)
    return FALSE;
  if (callee->pkg != NULL)
    {
      g_autofree char *owned = NULL;
      const MlInlineStd *std = _ml_inline_std_lookup (_ml_inline_std_func_name (callee, &owned));

      if (std == NULL)
        return FALSE;
      emit_std (inl, next, std->go_name, std->chain, origin, site->pos);
      return TRUE;
    }
  if (callee->outer != NULL && (callee->outer != fn || callee->defer_stmt != NULL))
    return FALSE;
  if (callee->outer != NULL)
    _ml_inline_can_inline (inl, callee);
  fi = _ml_inline_func (inl, callee);
  if (!fi->checked || fi->cost < 0)
    return FALSE;
  uses = GPOINTER_TO_UINT (g_hash_table_lookup (inl->use_counts, callee)) + 1;
  g_hash_table_insert (inl->use_counts, callee, GUINT_TO_POINTER (uses));
  if (fi->cost > _ml_inline_call_max_cost (callee, uses == 1))
    return FALSE;
  _ml_inline_add_line (inl, site->pos, g_strdup_printf ("inlining call to %s", display_name (inl, callee)));
  /* The copy is inside the library's copies, which MemLab's escape analysis does not walk
   * for it: a copy of its own, met nowhere else. */
  copy = _ml_inline_add_instance (inl->instances, inl->copies, G_MAXUINT - 1, origin->list.items[n], callee);
  collect_copy_calls (inl, fn, next, site->pos, g_hash_table_new (NULL, NULL), g_ptr_array_new (),
                      copy->id, callee);
  return TRUE;
}

/* The calls a round of inlining brought in are resolved together before any is inlined
 * (interleaved.go's batches): their devirtualizations are said first. */
static void
resolve_sites (MlInline  *inl,
               GPtrArray *sites)
{
  for (guint i = 0; i < sites->len; i++)
    {
      Site *site = g_ptr_array_index (sites, i);
      g_autofree char *owned = NULL;

      if (site->call == NULL || site->original || promoted_method_expr (inl, ml_node_unparen (site->call->x)))
        continue;
      if (_ml_inline_call_std_name (site->call, &owned) != NULL)
        continue;
      if (_ml_inline_static_callee (inl, site->call->x, site->bindings) != NULL
          || _ml_inline_devirtualized_callee (inl, site->call) != NULL)
        continue;
      site->resolved = TRUE;
      site->devirt = _ml_inline_devirt_after_inlining (inl, site->call, site->original, site->bindings, site->pos);
    }
}

static gboolean
try_site (MlInline  *inl,
          MlFunc    *fn,
          Site      *site,
          GPtrArray *next)
{
  g_autofree char *owned = NULL;
  const char *std_name;
  const MlInlineStd *std = NULL;
  MlFunc *callee;
  MlFunc *std_fn = NULL;
  MlInlineFunc *fi;
  MlInlineInstance *copy;

  if (site->call == NULL)
    {
      const char *entry = site->std_chain;
      const char *end = strchr (entry, ';');
      g_autofree char *name = end ? g_strndup (entry + 1, end - entry - 1) : g_strdup (entry + 1);

      if (entry[1] == '@')
        return try_std_argument (inl, fn, site, next);
      emit_std (inl, next, name, chain_children (entry), site->std_origin, site->pos);
      return TRUE;
    }
  /* T.m(x) of a method promoted from an embedded field calls gc's wrapper T.m, which does
   * not exist yet when gc inlines. */
  if (promoted_method_expr (inl, ml_node_unparen (site->call->x)))
    return FALSE;
  std_name = _ml_inline_call_std_name (site->call, &owned);
  callee = std_name == NULL ? _ml_inline_static_callee (inl, site->call->x, site->bindings) : NULL;
  if (callee == NULL && std_name == NULL)
    callee = _ml_inline_devirtualized_callee (inl, site->call);
  if (callee == NULL && std_name == NULL)
    callee = site->resolved ? site->devirt : _ml_inline_devirt_after_inlining (inl, site->call, site->original, site->bindings, site->pos);
  if (callee != NULL && callee->pkg != NULL)
    {
      std_name = _ml_inline_std_func_name (callee, &owned);
      std_fn = callee;
      callee = NULL;
    }
  if (std_name != NULL)
    {
      std = _ml_inline_std_lookup (std_name);
      if (std == NULL)
        return FALSE;
      if (site->original)
        g_hash_table_insert (inl->inlined, site->call, (gpointer) std->go_name);
      /* Escape analysis walks the library's body in the copy; what that body inlines in
       * turn is the library's own decision (ml_inline_result_get_inlined). */
      if (std_fn != NULL)
        _ml_inline_add_instance (inl->instances, inl->copies, site->copy, site->call, std_fn)->chain = std->chain;
      emit_std (inl, next, std->go_name, std->chain, site->call, site->pos);
      return TRUE;
    }
  if (callee == NULL && std_name == NULL)
    return try_returned_literal (inl, site, next);
  if (callee == NULL)
    return FALSE;
  /* A literal that uses its function's variables is only inlined into that function, or
   * where that function's body was inlined: there it is gc's copy of the literal, whose
   * variables are the caller's, checked when a call first meets it ("can inline" again). */
  if (callee->outer != NULL && callee->captures->len > 0 && callee->outer != fn)
    {
      g_autofree char *key = NULL;
      const char *ikey;
      guint uses;

      if (site->original || !in_stack (site->stack, callee->outer))
        return FALSE;
      fi = _ml_inline_func (inl, callee);
      if (!fi->checked || fi->cost < 0)
        return FALSE;
      key = g_strdup_printf ("%u:%p", site->copy, (void *) callee);
      ikey = g_intern_string (key);
      if (!g_hash_table_contains (inl->copy_literals, ikey))
        _ml_inline_add_line (inl, func_pos (callee), g_strdup_printf ("can inline %s", clone_name (inl, callee)));
      uses = GPOINTER_TO_UINT (g_hash_table_lookup (inl->copy_literals, ikey)) + 1;
      g_hash_table_insert (inl->copy_literals, (gpointer) ikey, GUINT_TO_POINTER (uses));
      if (fi->cost > _ml_inline_call_max_cost (callee, uses == 1))
        return FALSE;
    }
  else
    {
      guint uses;

      if (callee->outer != NULL)
        _ml_inline_can_inline (inl, callee);
      fi = _ml_inline_func (inl, callee);
      if (!fi->checked || fi->cost < 0)
        return FALSE;
      uses = GPOINTER_TO_UINT (g_hash_table_lookup (inl->use_counts, callee)) + 1;
      g_hash_table_insert (inl->use_counts, callee, GUINT_TO_POINTER (uses));
      if (fi->cost > _ml_inline_call_max_cost (callee, uses == 1))
        return FALSE;
    }
  if (in_stack (site->stack, callee))
    return FALSE;

  _ml_inline_add_line (inl, site->pos, g_strdup_printf ("inlining call to %s", display_name (inl, callee)));
  if (site->original)
    {
      g_hash_table_insert (inl->inlined, site->call, (gpointer) callee->name);
      g_hash_table_insert (inl->inlined_funcs, site->call, callee);
    }
  copy = _ml_inline_add_instance (inl->instances, inl->copies, site->copy, site->call, callee);
  collect_copy_calls (inl, fn, next, site->pos, bind_params (inl, site, callee),
                      site->stack != NULL ? g_ptr_array_copy (site->stack, NULL, NULL) : g_ptr_array_new (),
                      copy->id, callee);
  return TRUE;
}

/* One function's call sites, round after round (interleaved.go's fixpoint); with no
 * function, the package's initialisers'. */
static void
inline_calls (MlInline *inl,
              MlFunc   *fn)
{
  g_autoptr(GPtrArray) sites = g_ptr_array_new_with_free_func ((GDestroyNotify) site_free);
  Collect c = { inl, fn, sites, { 0, 0 }, NULL, NULL, TRUE };

  if (fn == NULL)
    {
      /* The package's initialisers, which gc inlines in its init function first of all. */
      MlFile *file = inl->prog->file;

      for (guint i = 0; i < file->decls.n; i++)
        if (file->decls.items[i]->kind == ML_NODE_GEN_DECL && file->decls.items[i]->op == ML_TOK_VAR)
          collect_calls (&c, file->decls.items[i]);
    }
  else if (fn->synthetic)
    {
      MlFile *file = inl->prog->file;

      for (guint i = 0; i < file->decls.n; i++)
        if (file->decls.items[i]->kind != ML_NODE_FUNC_DECL && file->decls.items[i]->kind != ML_NODE_GEN_DECL)
          collect_calls (&c, file->decls.items[i]);
    }
  else if (fn->defer_stmt != NULL)
    {
      MlNode *call = fn->defer_stmt->x;

      if (call != NULL && call->kind == ML_NODE_CALL)
        {
          Site *s = g_new0 (Site, 1);

          s->call = call;
          s->pos = call->pos;
          s->original = TRUE;
          g_ptr_array_add (sites, s);
        }
    }
  else
    collect_calls (&c, _ml_inline_func_body (fn));
  while (sites->len > 0)
    {
      g_autoptr(GPtrArray) next = g_ptr_array_new_with_free_func ((GDestroyNotify) site_free);

      resolve_sites (inl, sites);
      for (guint i = 0; i < sites->len; i++)
        try_site (inl, fn, g_ptr_array_index (sites, i), next);
      g_ptr_array_set_size (sites, 0);
      g_ptr_array_extend_and_steal (sites, g_steal_pointer (&next));
      next = NULL;
    }
}

/* The call a method wrapper makes of @callee, which gc inlines: the copy, and the calls of
 * its body in rounds as a function's own (at "<autogenerated>:1").  Returns the copy. */
MlInlineInstance *
_ml_inline_wrapper_call (MlInline *inl,
                         MlFunc   *callee)
{
  g_autoptr(GPtrArray) sites = g_ptr_array_new_with_free_func ((GDestroyNotify) site_free);
  MlInlineInstance *copy = _ml_inline_add_instance (inl->instances, inl->copies, G_MAXUINT, callee->node, callee);
  Collect c = { inl, NULL, sites, { 0, 0 }, g_hash_table_new (NULL, NULL), g_ptr_array_new (), FALSE, copy->id };

  g_ptr_array_add (c.stack, callee);
  collect_calls (&c, _ml_inline_func_body (callee));
  g_hash_table_unref (c.bindings);
  g_ptr_array_unref (c.stack);
  while (sites->len > 0)
    {
      g_autoptr(GPtrArray) next = g_ptr_array_new_with_free_func ((GDestroyNotify) site_free);

      resolve_sites (inl, sites);
      for (guint i = 0; i < sites->len; i++)
        try_site (inl, NULL, g_ptr_array_index (sites, i), next);
      g_ptr_array_set_size (sites, 0);
      g_ptr_array_extend_and_steal (sites, g_steal_pointer (&next));
    }
  return copy;
}

/* --- The pass ---------------------------------------------------------------------- */

/**
 * ml_inline_analyze:
 * @program: a program that ml_check() accepted
 *
 * Decides, as go build does by default, which functions can be inlined and which calls are.
 *
 * Returns: (transfer full): the decisions and the -m lines that say them
 */
MlInlineResult *
ml_inline_analyze (MlProgram *program)
{
  MlInline inl = { 0 };
  Scc scc = { 0 };
  guint n_can_inline;
  MlInlineResult *res;
  GHashTableIter it;
  gpointer key, value;

  g_return_val_if_fail (program != NULL, NULL);

  /* gc devirtualizes the calls it can before it inlines them; escape analysis marks them
   * in the tree. */
  ml_escape_result_free (ml_escape_analyze (program));

  inl.prog = program;
  inl.funcs = g_hash_table_new_full (NULL, NULL, NULL, g_free);
  inl.lines = g_ptr_array_new_with_free_func ((GDestroyNotify) line_free);
  inl.inlined = g_hash_table_new (NULL, NULL);
  inl.use_counts = g_hash_table_new (NULL, NULL);
  inl.inlined_funcs = g_hash_table_new (NULL, NULL);
  inl.clones = g_hash_table_new (NULL, NULL);
  inl.copy_literals = g_hash_table_new (NULL, NULL);
  inl.instances = _ml_inline_instances_new ();
  inl.copies = g_ptr_array_new_with_free_func (g_free);
  inl.wrappers = g_ptr_array_new_with_free_func ((GDestroyNotify) _ml_inline_wrapper_free);

  scc.inl = &inl;
  scc.ids = g_hash_table_new (NULL, NULL);
  scc.stack = g_ptr_array_new ();
  scc.blocks = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
  for (guint i = 0; i < program->funcs->len; i++)
    {
      MlFunc *fn = g_ptr_array_index (program->funcs, i);

      if (fn->outer == NULL && fn->pkg == NULL)
        scc_visit (&scc, fn);
    }

  /* CanInlineFuncs, then the call sites. */
  for (guint b = 0; b < scc.blocks->len; b++)
    {
      GPtrArray *block = g_ptr_array_index (scc.blocks, b);

      for (guint i = 0; i < block->len; i++)
        {
          MlFunc *fn = g_ptr_array_index (block, i);

          if (!fn->synthetic)
            _ml_inline_can_inline (&inl, fn);
        }
    }
  n_can_inline = inl.lines->len;
  if (!program->notebook)
    inline_calls (&inl, NULL);
  for (guint b = 0; b < scc.blocks->len; b++)
    {
      GPtrArray *block = g_ptr_array_index (scc.blocks, b);

      for (guint i = 0; i < block->len; i++)
        inline_calls (&inl, g_ptr_array_index (block, i));
    }
  _ml_inline_wrappers (&inl);

  res = g_new0 (MlInlineResult, 1);
  res->program = ml_program_ref (program);
  res->lines = g_steal_pointer (&inl.lines);
  res->n_can_inline = n_can_inline;
  res->inlined = g_steal_pointer (&inl.inlined);
  res->instances = g_steal_pointer (&inl.instances);
  res->copies = g_steal_pointer (&inl.copies);
  res->wrappers = g_steal_pointer (&inl.wrappers);
  res->costs = g_hash_table_new (NULL, NULL);
  g_hash_table_iter_init (&it, inl.funcs);
  while (g_hash_table_iter_next (&it, &key, &value))
    {
      MlInlineFunc *fi = value;

      if (fi->checked && fi->cost >= 0)
        g_hash_table_insert (res->costs, key, GINT_TO_POINTER (fi->cost + 1));
    }
  g_hash_table_unref (inl.funcs);
  g_hash_table_unref (inl.use_counts);
  g_hash_table_unref (inl.inlined_funcs);
  g_hash_table_unref (inl.clones);
  g_hash_table_unref (inl.copy_literals);
  g_hash_table_unref (scc.ids);
  g_ptr_array_unref (scc.stack);
  g_ptr_array_unref (scc.blocks);
  return res;
}

void
ml_inline_result_free (MlInlineResult *self)
{
  if (self == NULL)
    return;
  ml_program_unref (self->program);
  g_ptr_array_unref (self->lines);
  g_hash_table_unref (self->inlined);
  g_hash_table_unref (self->costs);
  g_hash_table_unref (self->instances);
  g_ptr_array_unref (self->copies);
  g_ptr_array_unref (self->wrappers);
  g_free (self);
}

/**
 * ml_inline_result_get_cost:
 * @self: a #MlInlineResult
 * @fn: a function of the program
 *
 * Returns: gc's inlining cost of @fn, or -1 when @fn cannot be inlined
 */
gint
ml_inline_result_get_cost (MlInlineResult *self,
                           MlFunc         *fn)
{
  g_return_val_if_fail (self != NULL, -1);

  return GPOINTER_TO_INT (g_hash_table_lookup (self->costs, fn)) - 1;
}

/**
 * ml_inline_result_get_callee:
 * @self: a #MlInlineResult
 * @call: a call as the program is written
 *
 * Returns: (nullable): the name of the function inlined at @call, or %NULL when the call
 *   stays a call
 */
const char *
ml_inline_result_get_callee (MlInlineResult *self,
                             MlNode         *call)
{
  g_return_val_if_fail (self != NULL, NULL);

  return g_hash_table_lookup (self->inlined, call);
}

/**
 * ml_inline_result_get_result_name:
 * @self: a #MlInlineResult
 * @call: a call as the program is written
 *
 * Returns: (nullable): what gc prints for an inlined call's value: the temporary that holds
 *   its result ("~r0"), or %NULL when the call is not inlined
 */
const char *
ml_inline_result_get_result_name (MlInlineResult *self,
                                  MlNode         *call)
{
  g_return_val_if_fail (self != NULL, NULL);

  return ml_inline_result_get_result_name_at (self, 0, call);
}

/**
 * ml_inline_result_get_result_name_at:
 * @self: a #MlInlineResult
 * @copy: where @call is met, as for ml_inline_result_get_inlined()
 * @call: a call
 *
 * Returns: (nullable): what gc prints for an inlined call's value: its callee's named result
 *   (qualified by its package when the callee is the library's: "math.is"), or the
 *   temporary that holds it ("~r0"); %NULL when the call is not inlined
 */
const char *
ml_inline_result_get_result_name_at (MlInlineResult *self,
                                     guint           copy,
                                     MlNode         *call)
{
  const char *go_name = copy == 0 ? g_hash_table_lookup (self->inlined, call) : NULL;
  MlFunc *callee;
  MlObject *r;

  g_return_val_if_fail (self != NULL, NULL);

  callee = ml_inline_result_get_inlined (self, copy, call, NULL);
  if (callee == NULL)
    {
      /* fmt.Errorf's result is named. */
      if (g_strcmp0 (go_name, "fmt.Errorf") == 0)
        return "fmt.err";
      return go_name != NULL ? "~r0" : NULL;
    }
  r = callee->results->len > 0 ? g_ptr_array_index (callee->results, 0) : NULL;
  if (r == NULL || r->name == NULL || r->name[0] == '\0' || r->name[0] == '~' || strcmp (r->name, "_") == 0)
    return "~r0";
  if (callee->pkg != NULL)
    {
      const char *slash = strrchr (callee->pkg, '/');
      g_autofree char *q = g_strdup_printf ("%s.%s", slash != NULL ? slash + 1 : callee->pkg, r->name);

      return g_intern_string (q);
    }
  return r->name;
}

/* --- Inlined copies ----------------------------------------------------------------- */

static guint
key_hash (gconstpointer k)
{
  const MlInlineKey *key = k;

  return g_direct_hash (key->call) ^ (key->copy * 2654435761u);
}

static gboolean
key_equal (gconstpointer a,
           gconstpointer b)
{
  const MlInlineKey *ka = a, *kb = b;

  return ka->copy == kb->copy && ka->call == kb->call;
}

GHashTable *
_ml_inline_instances_new (void)
{
  /* The copies are owned by the array of them. */
  return g_hash_table_new_full (key_hash, key_equal, g_free, NULL);
}

/* Records that @call, met in copy @copy (0: the function's own body), is inlined: a new
 * copy of @callee's body, numbered after the others. */
MlInlineInstance *
_ml_inline_add_instance (GHashTable *instances,
                         GPtrArray  *copies,
                         guint       copy,
                         MlNode     *call,
                         MlFunc     *callee)
{
  MlInlineKey *key = g_new0 (MlInlineKey, 1);
  MlInlineInstance *inst = g_new0 (MlInlineInstance, 1);

  key->copy = copy;
  key->call = call;
  inst->id = copies->len + 1;
  inst->callee = callee;
  g_ptr_array_add (copies, inst);
  g_hash_table_replace (instances, key, inst);
  return inst;
}

/* Does @chain (what a library function's body inlines) inline @callee in its first round?
 * Then @children is what the copy of @callee inlines in turn. */
static gboolean
std_chain_has (const char  *chain,
               MlFunc      *callee,
               const char **children)
{
  g_autofree char *owned = NULL;
  const char *name = _ml_inline_std_func_name (callee, &owned);
  gsize len = strlen (name);
  char depth;

  if (chain == NULL || *chain == '\0')
    return FALSE;
  depth = chain[0];
  for (const char *p = chain; p != NULL && *p != '\0' && *p >= depth; )
    {
      if (*p == depth && strncmp (p + 1, name, len) == 0 && (p[1 + len] == ';' || p[1 + len] == '\0'))
        {
          *children = g_intern_string (chain_children (p) != NULL ? chain_children (p) : "");
          return TRUE;
        }
      p = strchr (p, ';');
      if (p != NULL)
        p++;
    }
  return FALSE;
}

/**
 * ml_inline_result_get_inlined:
 * @self: a #MlInlineResult
 * @copy: where @call is met: 0 in its function's own body, otherwise the copy of an inlined
 *   body it is in (as a previous call returned it in @inner)
 * @call: a call
 * @inner: (out) (optional): the number of the copy of the callee's body inlined at @call
 *
 * The calls inlined in a copy of a function of the program are the inliner's decisions for
 * that copy; in a copy of a function of the standard library, the library's functions that
 * Go inlines.
 *
 * Returns: (nullable) (transfer none): the function whose body is inlined at @call, or
 *   %NULL when it stays a call (or has no body MemLab knows)
 */
MlFunc *
ml_inline_result_get_inlined (MlInlineResult *self,
                              guint           copy,
                              MlNode         *call,
                              guint          *inner)
{
  MlInlineKey key = { copy, call };
  MlInlineInstance *inst;

  g_return_val_if_fail (self != NULL, NULL);

  inst = g_hash_table_lookup (self->instances, &key);
  if (inst == NULL && copy > 0 && copy <= self->copies->len)
    {
      MlInlineInstance *outer = g_ptr_array_index (self->copies, copy - 1);
      MlInline tmp = { 0 };
      MlFunc *callee;
      const char *children = NULL;

      tmp.prog = self->program;
      callee = outer->callee->pkg != NULL ? _ml_inline_static_callee (&tmp, call->x, NULL) : NULL;
      if (callee != NULL && callee->pkg != NULL && callee->node != NULL
          && std_chain_has (outer->chain, callee, &children))
        {
          inst = _ml_inline_add_instance (self->instances, self->copies, copy, call, callee);
          inst->chain = children;
        }
    }
  if (inst == NULL)
    return NULL;
  if (inner != NULL)
    *inner = inst->id;
  return inst->callee;
}

/**
 * ml_inline_result_get_wrappers:
 * @self: a #MlInlineResult
 *
 * Returns: (transfer none) (element-type MlInlineWrapper): the method wrappers gc generates
 *   and inlines a method's call in ("<autogenerated>:1: inlining call to T.m"), in its order
 */
GPtrArray *
ml_inline_result_get_wrappers (MlInlineResult *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->wrappers;
}

/**
 * ml_inline_result_format:
 * @self: a #MlInlineResult
 * @filename: the file name as the user gave it
 * @part: which lines: %ML_INLINE_LINES_FUNCS for the functions that can be inlined,
 *   %ML_INLINE_LINES_CALLS for the calls inlined, %ML_INLINE_LINES_ALL for both
 *
 * Returns: (transfer full): the "can inline" and "inlining call to" lines of
 *   go build -gcflags=-m, in its order
 */
char *
ml_inline_result_format (MlInlineResult *self,
                         const char     *filename,
                         MlInlineLines   part)
{
  g_autofree char *path = NULL;
  GString *out = g_string_new (NULL);
  guint from = part == ML_INLINE_LINES_CALLS ? self->n_can_inline : 0;
  guint to = part == ML_INLINE_LINES_FUNCS ? self->n_can_inline : self->lines->len;

  g_return_val_if_fail (self != NULL, NULL);

  path = ml_go_display_path (filename);
  for (guint i = from; i < to; i++)
    {
      MlInlineLine *l = g_ptr_array_index (self->lines, i);

      if (l->pos.line == 0)
        g_string_append_printf (out, "<autogenerated>:1: %s\n", l->text);
      else
        g_string_append_printf (out, "%s:%u:%u: %s\n", path, l->pos.line, l->pos.col, l->text);
    }
  return g_string_free (out, FALSE);
}
