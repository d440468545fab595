/* ml-compile-inline.c
 *
 * Copyright 2026 The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Calls as the default build runs them: a call gc inlines (ml_inline_analyze) gets no frame
 * of its own.  Its callee's body is compiled where the call is, once per call site, as gc
 * copies it: the callee's parameters, locals and results are variables of the caller's
 * frame, named after the function they come from ("p (heap(), inlined)"), each return stores
 * the results and jumps past the copy, and every variable and allocation of the copy takes
 * the verdict escape analysis gave that copy (ml_escape_result_query_*_in_copy), which may
 * keep on the caller's stack what the callee's own analysis sends to the heap.  With -l
 * (no MlInlineResult) every call stays a call.  It is a file of its own because it is the
 * one place where the compiler works on two functions at once.
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "ml-compiler-private.h"

/* How deep copies nest in the model: gc's inliner stops long before. */
#define MAX_COPY_DEPTH 16

/* The copy being compiled: its callee, its number, its results' variables and the jumps
 * of its returns to the end of the copy. */
struct _InlCopy
{
  MlFunc  *callee;
  guint    copy;
  GArray  *result_slots;   /* guint */
  GArray  *return_jumps;   /* guint: pcs to patch */
  InlCopy *parent;
  guint    depth;
};

/* Does @n contain a label or a goto, which the copy would share with its caller? */
static gboolean
has_labels (MlNode *n)
{
  if (n == NULL)
    return FALSE;
  if (n->kind == ML_NODE_LABELED_STMT || (n->kind == ML_NODE_BRANCH_STMT && n->op == ML_TOK_GOTO))
    return TRUE;
  if (n->kind == ML_NODE_BRANCH_STMT && n->name != NULL)
    return TRUE;
  if (has_labels (n->x) || has_labels (n->y) || has_labels (n->z) || has_labels (n->w))
    return TRUE;
  for (guint i = 0; i < n->list.n; i++)
    if (has_labels (n->list.items[i]))
      return TRUE;
  for (guint i = 0; i < n->list2.n; i++)
    if (has_labels (n->list2.items[i]))
      return TRUE;
  return FALSE;
}

/* The function whose body the call @n (of the function declared at @decl) inlines as gc
 * does, and the number of that copy; NULL when the call stays a call in the model. */
static MlFunc *
inlined_callee (Compiler *c,
                MlNode   *n,
                MlNode   *decl,
                guint    *copy)
{
  MlFunc *callee;
  guint depth = c->inl_copy != NULL ? c->inl_copy->depth + 1 : 0;

  if (c->inl == NULL || c->esc == NULL || c->fn == NULL || c->fn->synthetic
      || depth >= MAX_COPY_DEPTH)
    return NULL;
  callee = ml_inline_result_get_inlined (c->inl, c->copy, n, copy);
  if (callee == NULL || callee->node != decl || callee->node->kind != ML_NODE_FUNC_DECL
      || callee->node->z == NULL || callee->outer != NULL
      || callee->synthetic || callee->defer_stmt != NULL || callee->n_defers > 0
      || callee->n_literals > 0 || !ml_escape_result_has_copy (c->esc, *copy))
    return NULL;
  for (InlCopy *p = c->inl_copy; p != NULL; p = p->parent)
    if (p->callee == callee)
      return NULL;
  /* A label's name belongs to its function: the copy would share the caller's. */
  if (has_labels (callee->node->z))
    return NULL;
  return callee;
}

/* The call @n is compiled as a call: if gc inlines it, the model cannot follow the default
 * build for this program. */
void
_ml_inline_check_call (Compiler *c,
                       MlNode   *n)
{
  guint copy = 0;

  if (c->inl != NULL && ml_inline_result_get_inlined (c->inl, c->copy, n, &copy) != NULL)
    c->inline_refused = TRUE;
}

/* The name of a variable of the copy in the caller's frame, which says where it comes
 * from: "p (heap(), inlined)". */
char *
_ml_inline_var_name (Compiler   *c,
                     const char *name)
{
  const char *fn;

  if (c->inl_copy == NULL)
    return g_strdup (name);
  fn = c->inl_copy->callee->name != NULL ? c->inl_copy->callee->name : "func";
  /* The function is written as a call, "heap()", so that a lesson about the stack and the
   * heap never reads "p (heap, ...)" as where p lives.  An unnamed result is named as the
   * pictures name one ("~r0" is the compiler's word, not the course's). */
  if (g_str_has_prefix (name, "~r"))
    {
      guint64 n = g_ascii_strtoull (name + 2, NULL, 10);

      if (n == 0)
        /* TRANSLATORS: the unnamed result of an inlined function, as the memory map names it
         * in the frame of the function it is inlined into; %s is the function's name. */
        return g_strdup_printf (_("(result of %s(), inlined)"), fn);
      /* TRANSLATORS: the second, third... unnamed result of an inlined function. */
      return g_strdup_printf (_("(result %u of %s(), inlined)"), (guint) n + 1, fn);
    }
  /* TRANSLATORS: a variable of an inlined function, as the memory map names it in the
   * frame of the function it is inlined into: its name, then the function's, as a call. */
  return g_strdup_printf (_("%s (%s(), inlined)"), name, fn);
}

/* A return in the copy: the results are stored already; its statement's temporaries die
 * here, as they would with the callee's frame, and the copy ends. */
void
_ml_inline_return (Compiler *c)
{
  guint pc;

  if (c->stmt_temps != NULL)
    _ml_clear_temps (c, c->stmt_temps);
  pc = emit (c, ML_OP_JMP, 0, 0, 0, 0, 0, 0);
  g_array_append_val (c->inl_copy->return_jumps, pc);
}

/* The receiver and parameters of the copy, from the arguments already evaluated at the
 * call: variables of the caller's frame, on the heap when they escape in this copy. */
static void
bind_params (Compiler     *c,
             MlFunc       *callee,
             const guint32 *args,
             guint         n_args)
{
  guint n_params = (callee->recv != NULL ? 1 : 0) + callee->params->len;

  for (guint i = 0; i < n_params; i++)
    {
      MlObject *o = i == 0 && callee->recv != NULL ? callee->recv
                    : g_ptr_array_index (callee->params, i - (callee->recv != NULL ? 1 : 0));
      guint type = _ml_type_id (c, o->type);
      g_autofree char *name = _ml_inline_var_name (c, o->name);
      guint slot = ml_vm_func_add_slot (c->vf, name, type, ML_VM_SLOT_LOCAL);
      gboolean heap = _ml_var_on_heap (c, o);
      VarInfo *v;

      if (i < n_args)
        _ml_emit_move (c, _ml_slot_opnd (c, slot, 0), args[i], type);
      else
        _ml_zero_place (c, direct (_ml_slot_opnd (c, slot, 0), type));
      v = _ml_bind_var (c, o, heap, slot);
      if (heap)
        _ml_store_place (c, indirect (_ml_slot_opnd (c, v->slot, 0), 0, v->type),
                         _ml_slot_opnd (c, slot, 0), v->type);
    }
}

/* The results of the copy: zero at every run of the copy, as a new frame's are. */
static void
bind_results (Compiler *c,
              MlFunc   *callee,
              InlCopy  *ic)
{
  for (guint i = 0; i < callee->results->len; i++)
    {
      MlObject *o = g_ptr_array_index (callee->results, i);
      guint type = _ml_type_id (c, o->type);
      g_autofree char *name = _ml_inline_var_name (c, o->name);
      guint slot = ml_vm_func_add_slot (c->vf, name, type, ML_VM_SLOT_LOCAL);

      _ml_zero_place (c, direct (_ml_slot_opnd (c, slot, 0), type));
      g_array_append_val (ic->result_slots, slot);
      _ml_bind_var (c, o, o->name[0] != '~' && _ml_var_on_heap (c, o), slot);
    }
}

/* Is the function being compiled the program's own code (not the standard library's)? */
static gboolean
compiling_program_code (Compiler *c)
{
  return c->fn != NULL && c->fn->node != NULL && c->fn->pkg == NULL
         && !(c->vf->flags & ML_VM_FUNC_LIBRARY);
}

/* What compiling a copy puts aside of the function around it. */
typedef struct
{
  MlFunc     *fn;
  GHashTable *vars;
  GPtrArray  *loops;
  GHashTable *labels;
  SlicePass  *slices;
  guint       copy;
  InlCopy    *inl_copy;
  MlPos       pos;
  const char *pending_label;
  gboolean    results_unused;
} Saved;

/* The call @n of the function declared at @decl, with its receiver and arguments evaluated
 * into @args: when gc inlines it, its callee's body compiled here, and the places of its
 * results; NULL when it stays a call. */
GArray *
_ml_compile_inlined (Compiler      *c,
                     MlNode        *n,
                     MlNode        *decl,
                     GArray        *args)
{
  guint copy = 0;
  MlFunc *callee = inlined_callee (c, n, decl, &copy);
  InlCopy ic = { 0 };
  Saved s;
  GArray *out;
  guint end;
  guint32 saved_frame = c->inl_frame;
  MlPos saved_pin = c->pos_pin;

  if (callee == NULL)
    return NULL;
  /* Go's traceback shows the inlined call as a frame of its own: "main.f(...)". */
  {
    guint fi = GPOINTER_TO_UINT (g_hash_table_lookup (c->funcs, decl));
    MlVmFunc *cf = fi > 0 ? g_ptr_array_index (c->out->funcs, fi - 1) : NULL;
    MlVmInlFrame frame = { g_strdup (cf != NULL ? cf->name : "main.func"), n->pos.line,
                           c->inl_frame };

    if (c->vf->inl_at == NULL)
      {
        c->vf->inl_frames = g_array_new (FALSE, FALSE, sizeof (MlVmInlFrame));
        c->vf->inl_at = g_array_new (FALSE, TRUE, sizeof (guint32));
        g_array_set_size (c->vf->inl_at, c->vf->code->len);
      }
    g_array_append_val (c->vf->inl_frames, frame);
    c->inl_frame = c->vf->inl_frames->len;
  }
  /* A library function's lines are not the program's: while its copy runs, the program is
   * at the call, as it is while a library function it calls runs. */
  if (callee->pkg != NULL && compiling_program_code (c) && c->pos_pin.line == 0)
    c->pos_pin = n->pos;
  s = (Saved) { c->fn, c->vars, c->loops, c->labels, c->slices, c->copy, c->inl_copy, c->pos,
                c->pending_label, c->results_unused };
  ic.callee = callee;
  ic.copy = copy;
  ic.result_slots = g_array_new (FALSE, FALSE, sizeof (guint));
  ic.return_jumps = g_array_new (FALSE, FALSE, sizeof (guint));
  ic.parent = c->inl_copy;
  ic.depth = c->inl_copy != NULL ? c->inl_copy->depth + 1 : 0;

  c->fn = callee;
  c->vars = g_hash_table_new_full (NULL, NULL, NULL, g_free);
  c->loops = g_ptr_array_new ();
  c->labels = NULL;
  c->copy = copy;
  c->inl_copy = &ic;
  c->pending_label = NULL;
  c->results_unused = FALSE;

  bind_params (c, callee, (const guint32 *) args->data, args->len);
  bind_results (c, callee, &ic);
  _ml_slice_begin_func (c, callee->node->z);
  _ml_compile_block_list (c, &callee->node->z->list);
  end = here (c);
  for (guint i = 0; i < ic.return_jumps->len; i++)
    patch (c, g_array_index (ic.return_jumps, guint, i), end);
  /* Named results that moved to the heap are read back into their variables, which the
   * caller reads. */
  c->pos = s.pos;
  for (guint i = 0; i < callee->results->len; i++)
    {
      VarInfo *rv = _ml_lookup_var (c, g_ptr_array_index (callee->results, i));

      if (rv != NULL && rv->kind == VAR_HEAP)
        _ml_emit_move (c, _ml_slot_opnd (c, g_array_index (ic.result_slots, guint, i), 0),
                       _ml_to_opnd (c, _ml_var_place (c, rv)), rv->type);
    }
  _ml_slice_end_func (c);
  _ml_end_labels (c);

  out = no_results ();
  for (guint i = 0; i < ic.result_slots->len; i++)
    {
      guint slot = g_array_index (ic.result_slots, guint, i);
      guint type = g_array_index (c->vf->slots, MlVmSlot, slot).type;
      Place p = direct (_ml_slot_opnd (c, slot, 0), type);

      g_array_append_val (out, p);
    }

  g_hash_table_unref (c->vars);
  g_ptr_array_unref (c->loops);
  c->fn = s.fn;
  c->vars = s.vars;
  c->loops = s.loops;
  c->labels = s.labels;
  c->slices = s.slices;
  c->copy = s.copy;
  c->inl_copy = s.inl_copy;
  c->pos = s.pos;
  c->pending_label = s.pending_label;
  c->results_unused = s.results_unused;
  c->inl_frame = saved_frame;
  c->pos_pin = saved_pin;
  g_array_unref (ic.result_slots);
  g_array_unref (ic.return_jumps);
  return out;
}

/* The number of results of the function being compiled: the copy's callee's inside a copy. */
guint
_ml_inline_n_results (Compiler *c)
{
  return c->inl_copy != NULL ? c->inl_copy->callee->results->len : c->vf->n_results;
}
