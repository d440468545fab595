/* ml-escape.c
 *
 * Copyright 2026 The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Escape analysis, modelled on gc's cmd/compile/internal/escape; this file is its escape.go:
 * the entry point, the batch that analyses one function with its literals, and the result
 * the VM and the CLI query.
 *
 * Every variable and every allocation site (new, make, &T{}, slice and map
 * literals, closures, interface conversions, string concatenation, the
 * "..." slice of a variadic call, append) is a location.  Evaluating an
 * expression into a "hole" adds an edge to the hole's location with a
 * dereference count: -1 when the address of the source flows (&x), +1
 * when what it points to flows (*p), 0 for a copy.  The analysis then
 * walks the graph backwards from every location, computing the minimal
 * dereference count of each source; a location whose address (count < 0)
 * reaches a location that outlives it (the heap, a result, a variable of
 * an outer loop or function) must be heap allocated and becomes a root
 * itself.  Parameters that reach the heap or a result get leak tags, which
 * calls to the function apply to their arguments.  Functions are analysed
 * callees first.  Each verdict keeps the path that explains it, printed
 * the way "go build -gcflags=-m=2" prints it.
 *
 * The files, after gc's: ml-escape-graph.c (graph.go: locations, holes, edges),
 * ml-escape-solve.c (solve.go: the walk), ml-escape-call.c (call.go: calls, builtins,
 * closures), ml-escape-expr.c (expr.go), ml-escape-stmt.c (stmt.go), ml-escape-assign.c
 * (assign.go), ml-escape-utils.c (utils.go), ml-escape-devirt.c (the devirtualize pass
 * gc runs first); and MemLab's own: ml-escape-print.c (expressions as gc's ir prints
 * them) and ml-escape-report.c (the verdicts' words).
 */

#define G_LOG_DOMAIN "ml-escape"

#include "config.h"

#include "ml-diagnostic.h"
#include "ml-escape-private.h"

/* --- Functions and their leak summaries ------------------------------------------- */

MlEscapeFuncInfo *
_ml_escape_func_info (MlEscape *e,
                      MlFunc   *fn)
{
  MlEscapeFuncInfo *fi = g_hash_table_lookup (e->funcs, fn);

  if (fi == NULL)
    {
      fi = g_new0 (MlEscapeFuncInfo, 1);
      fi->fn = fn;
      fi->n_params = fn->params->len + (fn->recv ? 1 : 0);
      fi->params = g_new0 (MlEscapeLeaks, MAX (fi->n_params, 1));
      g_hash_table_insert (e->funcs, fn, fi);
    }
  return fi;
}

static void
func_info_free (MlEscapeFuncInfo *fi)
{
  g_free (fi->params);
  g_free (fi);
}

/* Library methods whose parameters Go's analysis of its own library sees leak where the
 * bundled copy, simplified, cannot show it: strings.Replacer's methods call sync.Once.Do,
 * whose slow path hands the Once, a field of the Replacer, to the runtime's semaphore
 * (go build -gcflags=strings=-m=2 strings: "leaking param: r").  Index 0 is the receiver. */
static const struct
{
  const char *pkg;
  const char *name;
  gint        index;
} std_leaks[] = {
  { "strings", "(*Replacer).Replace", 0 },
  { "strings", "(*Replacer).WriteString", 0 },
};

static gboolean
std_leaks_to_heap (MlFunc *fn,
                   gint    idx)
{
  for (guint i = 0; fn->pkg != NULL && i < G_N_ELEMENTS (std_leaks); i++)
    if (std_leaks[i].index == idx && strcmp (std_leaks[i].pkg, fn->pkg) == 0
        && g_strcmp0 (std_leaks[i].name, fn->name) == 0)
      return TRUE;
  return FALSE;
}

/* A parameter's leak summary once its batch is solved (gc's paramTag); calls of its
 * function apply it to their arguments. */
static MlEscapeLeaks
param_leaks (MlEscape    *e,
             MlEscapeLoc *l)
{
  MlObject *o = l->var;
  MlEscapeLeaks leaks = { TRUE, l->leak_heap, { 0 }, l->leak_mutator };

  for (guint r = 0; r < ML_ESCAPE_MAX_RESULTS; r++)
    leaks.result[r] = l->leak_result[r];
  /* Flows no shorter than a heap flow add nothing (gc's Optimize). */
  if (leaks.heap >= 0)
    {
      for (guint r = 0; r < ML_ESCAPE_MAX_RESULTS; r++)
        if (leaks.result[r] >= leaks.heap)
          leaks.result[r] = -1;
      if (leaks.mutator >= leaks.heap)
        leaks.mutator = -1;
    }
  if (l->escapes)
    {
      leaks.heap = 0;
      leaks.mutator = -1;
      for (guint r = 0; r < ML_ESCAPE_MAX_RESULTS; r++)
        leaks.result[r] = -1;
    }

  if (l->fn != NULL)
    {
      MlEscapeFuncInfo *fi = _ml_escape_func_info (e, l->fn);
      gint idx = (o->flags & ML_OBJ_FLAG_RECEIVER) ? 0 : o->index + (l->fn->recv ? 1 : 0);

      if (std_leaks_to_heap (l->fn, idx))
        {
          leaks.heap = 0;
          leaks.mutator = -1;
          for (guint r = 0; r < ML_ESCAPE_MAX_RESULTS; r++)
            leaks.result[r] = -1;
        }
      if (idx >= 0 && (guint) idx < fi->n_params)
        fi->params[idx] = leaks;
    }
  return leaks;
}

/* --- Batches ----------------------------------------------------------------------- */

/* Starts a batch: its locations, including its own heap, are gathered in batch. */
void
_ml_escape_begin_batch (MlEscape  *e,
                        MlFunc    *fn,
                        GPtrArray *batch)
{
  e->cur.fn = fn;
  e->cur.loop_depth = 0;
  e->cur.batch_locs = batch;
  e->cur.heap = _ml_escape_new_loc (e, ML_ESCAPE_LOC_HEAP, NULL, NULL, "{heap}");
  e->cur.heap->escapes = TRUE;
  e->cur.heap->mutates = TRUE;
  e->cur.mutator = _ml_escape_new_loc (e, ML_ESCAPE_LOC_HEAP, NULL, NULL, "{mutator}");
  e->cur.mutator->mutates = TRUE;
}

/* Solves a batch and emits its verdicts in gc's order: the parameters' leaks of every
 * function of the batch, then every location in creation order. */
void
_ml_escape_finish_batch (MlEscape  *e,
                         GPtrArray *batch)
{
  _ml_escape_walk_all (e, batch);
  for (guint i = 0; i < batch->len; i++)
    {
      MlEscapeLoc *l = g_ptr_array_index (batch, i);

      /* The parameters of a literal that deadlocals removed are nobody's. */
      if (l->kind == ML_ESCAPE_LOC_VAR && l->var != NULL && l->is_param
          && (e->inl == NULL || l->fn == NULL || l->fn->outer == NULL
              || g_hash_table_contains (e->walked, l->fn)))
        {
          MlEscapeLeaks leaks = param_leaks (e, l);

          _ml_escape_report_param (e, l, &leaks);
        }
    }
  _ml_escape_report_locs (e, batch);
}

/* The function whose batch @fn belongs to.  gc analyses a function with the literals that
 * capture its variables (ir.VisitFuncsBottomUp: "closures appear in the same list as their
 * outer functions"); a literal that captures nothing is compiled as a function of its own,
 * and analysed as one, before the function it appears in. */
MlFunc *
_ml_escape_batch_root (MlFunc *fn)
{
  while (fn != NULL && fn->outer != NULL && fn->captures->len > 0)
    fn = fn->outer;
  return fn;
}

/* gc creates the locations of every variable of the batch (the
 * function and its literals) before walking any code. */
static void
declare_batch_vars (MlEscape *e,
                    MlFunc   *fn)
{
  for (guint i = 0; i < e->prog->funcs->len; i++)
    {
      MlFunc *f = g_ptr_array_index (e->prog->funcs, i);

      if (_ml_escape_batch_root (f) != fn)
        continue;
      if (f->recv != NULL)
        _ml_escape_var_loc (e, f->recv);
      for (guint j = 0; j < f->params->len; j++)
        _ml_escape_var_loc (e, g_ptr_array_index (f->params, j));
      for (guint j = 0; j < f->results->len; j++)
        _ml_escape_var_loc (e, g_ptr_array_index (f->results, j));
      for (guint j = 0; j < f->locals->len; j++)
        _ml_escape_var_loc (e, g_ptr_array_index (f->locals, j));
    }
}

/* The top level's var declarations in order (the package's initialisers); with statements,
 * also its statements (a notebook's synthetic main). */
static void
top_level (MlEscape *e,
           gboolean  statements)
{
  MlFile *file = e->prog->file;

  for (guint i = 0; i < file->decls.n; i++)
    {
      MlNode *d = file->decls.items[i];

      if (d->kind == ML_NODE_GEN_DECL && d->op == ML_TOK_VAR)
        {
          for (guint j = 0; j < d->list.n; j++)
            _ml_escape_assign_spec (e, d->list.items[j]);
        }
      else if (statements && d->kind != ML_NODE_GEN_DECL && d->kind != ML_NODE_FUNC_DECL)
        _ml_escape_stmt (e, d);
    }
}

/* Analyses a top-level function with its literals, as one batch; callees it meets are
 * analysed first, in batches of their own. */
void
_ml_escape_analyze_func (MlEscape *e,
                         MlFunc   *fn)
{
  MlEscapeFuncInfo *fi = _ml_escape_func_info (e, fn);
  MlEscapeCursor saved = e->cur;
  g_autoptr(GPtrArray) batch = g_ptr_array_new ();

  if (fi->done || fi->in_progress)
    return;
  fi->in_progress = TRUE;

  e->cur.batch_fn = fn;
  _ml_escape_begin_batch (e, fn, batch);
  declare_batch_vars (e, fn);
  e->cur.decl_end = batch->len;
  if (fn->synthetic)
    top_level (e, TRUE);
  else
    _ml_escape_func_body (e, fn);
  _ml_escape_finish_batch (e, batch);

  fi->in_progress = FALSE;
  fi->done = TRUE;
  e->cur = saved;
}

/* Walks the body of @fn: a function's, a literal's (with its parameters and results, which
 * are declared at its entry), or the call a defer's wrapper makes. */
void
_ml_escape_func_body (MlEscape *e,
                      MlFunc   *fn)
{
  MlNode *n = fn->node;

  g_hash_table_add (e->walked, fn);
  if (fn->defer_stmt != NULL)
    _ml_escape_defer_body (e, fn);
  else if (n->kind == ML_NODE_FUNC_DECL && n->z != NULL)
    _ml_escape_stmt (e, n->z);
  else if (n->kind == ML_NODE_FUNC_LIT)
    {
      e->cur.fn = fn;
      e->cur.loop_depth = 0;
      for (guint i = 0; i < fn->params->len; i++)
        _ml_escape_var_loc (e, g_ptr_array_index (fn->params, i));
      for (guint i = 0; i < fn->results->len; i++)
        _ml_escape_var_loc (e, g_ptr_array_index (fn->results, i));
      if (n->y != NULL)
        _ml_escape_stmt_list (e, &n->y->list);
    }
}

/* Package-level initialisers run in the package's init function, which gc
 * analyses (and reports) first.  Globals are heap locations. */
static void
analyze_globals (MlEscape *e)
{
  g_autoptr(GPtrArray) batch = g_ptr_array_new ();

  if (e->prog->notebook)
    return;
  _ml_escape_begin_batch (e, NULL, batch);
  top_level (e, FALSE);
  _ml_escape_finish_batch (e, batch);
  e->cur = (MlEscapeCursor) { 0 };
}

/* --- Public API ---------------------------------------------------------------------- */

static MlEscapeResult *analyze (MlProgram      *program,
                                MlInlineResult *inlined);

static void
note_free (MlEscapeNote *note)
{
  g_free (note->message);
  g_free (note->reason);
  g_ptr_array_unref (note->steps);
  g_free (note);
}

/**
 * ml_escape_analyze:
 * @program: a program that ml_check() accepted (soft errors allowed)
 *
 * Runs escape analysis over every function of @program, as gc does with
 * inlining disabled ("-l").
 *
 * Returns: (transfer full): the verdicts
 */
MlEscapeResult *
ml_escape_analyze (MlProgram *program)
{
  g_return_val_if_fail (program != NULL, NULL);
  g_return_val_if_fail (program->checked, NULL);

  return analyze (program, NULL);
}

/* With inlining, a literal that captures nothing and that the walk of its function never
 * met (inlined where it is called, or gone with a dead variable) is still a function gc
 * compiles: it analyses it after the function it is written in. */
static void
analyze_unmet_literals (MlEscape *e,
                        MlFunc   *top)
{
  for (guint i = 0; i < e->prog->funcs->len; i++)
    {
      MlFunc *f = g_ptr_array_index (e->prog->funcs, i);
      MlFunc *root = f;

      while (root->outer != NULL)
        root = root->outer;
      if (root != top || f == top || f->captures->len > 0 || f->defer_stmt != NULL || f->pkg != NULL
          || f->node == NULL || f->node->kind != ML_NODE_FUNC_LIT || g_hash_table_contains (e->walked, f))
        continue;
      _ml_escape_analyze_func (e, f);
    }
}

static MlEscapeResult *
analyze (MlProgram      *program,
         MlInlineResult *inlined)
{
  MlEscape esc = { 0 };
  MlEscape *e = &esc;
  MlEscapeResult *result;

  result = g_new0 (MlEscapeResult, 1);
  result->program = ml_program_ref (program);
  result->notes = g_ptr_array_new_with_free_func ((GDestroyNotify) note_free);
  result->by_var = g_hash_table_new (NULL, NULL);
  result->by_node = g_hash_table_new (NULL, NULL);
  result->zero_copy = g_hash_table_new (NULL, NULL);

  e->prog = program;
  e->inl = inlined;
  e->result = result;
  e->display = ml_go_display_path (ml_source_get_filename (program->source));
  e->locs = g_ptr_array_new_with_free_func ((GDestroyNotify) _ml_escape_loc_free);
  e->owned = g_ptr_array_new_with_free_func (g_free);
  e->per_iter = g_hash_table_new (NULL, NULL);
  e->var_locs = g_hash_table_new (NULL, NULL);
  e->funcs = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) func_info_free);
  e->walked = g_hash_table_new (NULL, NULL);

  /* With -m, gc flushes every verdict as it is made: the order of the
   * verdicts is the order of analysis, not of position.  Devirtualization comes before. */
  _ml_escape_devirtualize (e);
  analyze_globals (e);
  for (guint i = 0; i < program->funcs->len; i++)
    {
      MlFunc *fn = g_ptr_array_index (program->funcs, i);

      if (fn->outer == NULL)
        {
          _ml_escape_analyze_func (e, fn);
          if (inlined != NULL)
            analyze_unmet_literals (e, fn);
        }
    }
  if (inlined != NULL)
    _ml_escape_inline_wrappers (e);

  g_hash_table_unref (e->funcs);
  g_hash_table_unref (e->walked);
  g_hash_table_unref (e->var_locs);
  g_ptr_array_unref (e->owned);
  g_hash_table_unref (e->per_iter);
  g_ptr_array_unref (e->locs);
  g_free (e->display);
  return result;
}

/**
 * ml_escape_analyze_inlined:
 * @program: a program that ml_check() accepted (soft errors allowed)
 * @inlined: the inlining decisions of ml_inline_analyze() for @program
 *
 * Runs escape analysis as gc does in the default build, after inlining.
 *
 * Returns: (transfer full): the verdicts
 */
MlEscapeResult *
ml_escape_analyze_inlined (MlProgram      *program,
                           MlInlineResult *inlined)
{
  MlEscapeResult *result;

  g_return_val_if_fail (inlined != NULL, NULL);

  g_return_val_if_fail (program != NULL, NULL);
  g_return_val_if_fail (program->checked, NULL);

  _ml_escape_print_set_inlined (inlined);
  result = analyze (program, inlined);
  _ml_escape_print_set_inlined (NULL);
  return result;
}

void
ml_escape_result_free (MlEscapeResult *self)
{
  if (self == NULL)
    return;
  g_hash_table_unref (self->by_var);
  g_hash_table_unref (self->by_node);
  g_hash_table_unref (self->zero_copy);
  _ml_escape_copies_free (self);
  g_ptr_array_unref (self->notes);
  ml_program_unref (self->program);
  g_free (self);
}

/**
 * ml_escape_result_get_notes:
 * @self: a #MlEscapeResult
 *
 * Returns: (transfer none) (element-type MlEscapeNote): every verdict, in
 *   the order gc reports them (the order of analysis); those with a %NULL
 *   message are silent (a local that stays on the stack) and are not
 *   printed by "-m"
 */
GPtrArray *
ml_escape_result_get_notes (MlEscapeResult *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->notes;
}

/* Where the verdict about key puts the value, or fallback without one; the verdict is
 * also given to the caller through note when it asks. */
static MlEscapePlace
query_place (GHashTable          *table,
             gconstpointer        key,
             const MlEscapeNote **note,
             MlEscapePlace        fallback)
{
  MlEscapeNote *n = g_hash_table_lookup (table, key);

  if (note != NULL)
    *note = n;
  return n != NULL ? n->place : fallback;
}

/**
 * ml_escape_result_query_var:
 * @self: a #MlEscapeResult
 * @var: a local variable or parameter
 * @note: (out) (optional) (transfer none): the verdict with its reason
 *
 * Returns: where the VM must place @var
 */
MlEscapePlace
ml_escape_result_query_var (MlEscapeResult      *self,
                            MlObject            *var,
                            const MlEscapeNote **note)
{
  g_return_val_if_fail (self != NULL, ML_ESCAPE_STACK);

  /* Only "moved to heap" puts a variable on the heap: a leaking parameter
   * is still on the stack, its pointee is not. */
  return query_place (self->by_var, var, note, ML_ESCAPE_STACK);
}

/**
 * ml_escape_result_is_zero_copy:
 * @self: a #MlEscapeResult
 * @node: a conversion []byte(s)
 *
 * Returns: whether gc reuses the string's bytes for @node, which is never written to
 * ("zero-copy string->[]byte conversion")
 */
gboolean
ml_escape_result_is_zero_copy (MlEscapeResult *self,
                               MlNode         *node)
{
  g_return_val_if_fail (self != NULL, FALSE);

  return g_hash_table_contains (self->zero_copy, node);
}

/**
 * ml_escape_result_query_alloc:
 * @self: a #MlEscapeResult
 * @node: an allocating expression (new, make, &T{}, a literal, a closure,
 *   an interface conversion, append, a string concatenation)
 * @note: (out) (optional) (transfer none): the verdict with its reason
 *
 * Returns: where the allocation goes
 */
MlEscapePlace
ml_escape_result_query_alloc (MlEscapeResult      *self,
                              MlNode              *node,
                              const MlEscapeNote **note)
{
  g_return_val_if_fail (self != NULL, ML_ESCAPE_HEAP);

  return query_place (self->by_node, node, note, ML_ESCAPE_HEAP);
}
