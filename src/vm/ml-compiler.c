/* ml-compiler.c
 *
 * Copyright 2026 The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * From a checked MlProgram to an MlVmProgram: the entry point, ml_compiler_compile(), and the
 * package level it walks (package variables and the values the linker gives them, the
 * functions and what a function's frame starts with).  Each construct inside a function is
 * compiled by a file of its own (ml-compile-*.c, sharing ml-compiler-private.h); like them,
 * this file sees only the front end's headers and the neutral ml-vm-program.h: the runtime
 * model is the loader's business.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "ml-compiler-private.h"

G_DEFINE_QUARK (ml-compiler-error-quark, ml_compiler_error)

/* Reports that @n (or the position being compiled) uses what MemLab does not support yet;
 * the first report is the compiler's error, and compiling stops there. */
void
_ml_unsupported (Compiler   *c,
                 MlNode     *n,
                 const char *format,
                 ...)
{
  g_autofree char *msg = NULL;
  g_autofree char *path = NULL;
  MlPos pos = n != NULL ? ml_node_start_pos (n) : c->pos;
  va_list args;

  if (c->error != NULL)
    return;
  va_start (args, format);
  msg = g_strdup_vprintf (format, args);
  va_end (args);
  path = ml_go_display_path (ml_source_get_filename (c->prog->source));
  g_set_error (&c->error, ML_COMPILER_ERROR, ML_COMPILER_ERROR_UNSUPPORTED,
               "%s:%u:%u: %s", path, pos.line, pos.col, msg);
}

/* ------------------------------------------------------------------------------------------ */
/* Package variables */

/* The bytes of constant @k as a value of the basic type @t, little-endian, as the linker lays
 * them out; FALSE for a type that is not a plain scalar. */
static gboolean
static_scalar_bytes (MlType        *t,
                     const MlConst *k,
                     guint8        *out,
                     gsize         *len)
{
  MlType *u = ml_type_underlying (t);
  gint64 size;
  guint64 bits;

  if (u == NULL || k == NULL)
    return FALSE;
  size = ml_type_sizeof (u);
  switch ((int) u->kind)
    {
    case ML_TYPE_BOOL:
      bits = k->b ? 1 : 0;
      break;
    ML_TYPE_CASES_SIGNED: ML_TYPE_CASES_UNSIGNED:
      if (k->kind != ML_CONST_INT)
        return FALSE;
      bits = (guint64) k->i;
      break;
    ML_TYPE_CASES_FLOAT:
      if (k->kind != ML_CONST_INT && k->kind != ML_CONST_FLOAT)
        return FALSE;
      bits = _ml_float_const_bits (k, size);
      break;
    default:
      return FALSE;
    }
  g_assert (size > 0 && size <= 8);
  for (gint64 i = 0; i < size; i++)
    out[i] = (bits >> (8 * i)) & 0xff;
  *len = size;
  return TRUE;
}

/* Package variables initialised with constants are not set by code: the linker lays them out
 * in the data segment already holding their values (Go's .data/.noptrdata), so `var num = 5`
 * is 5 from the program's first step.  Returns TRUE when every name of @spec is such a
 * variable and has been given its static value. */
gboolean
_ml_static_init_globals (Compiler *c,
                         MlNode   *spec)
{
  if (spec->list2.n != spec->list.n)
    return FALSE;

  for (int pass = 0; pass < 2; pass++)
    for (guint i = 0; i < spec->list.n; i++)
      {
        MlObject *o = spec->list.items[i]->obj;
        MlNode *value = spec->list2.items[i];
        MlType *u;
        gpointer gi;
        MlVmGlobal *g;
        guint8 bytes[8];
        gsize len = 0;

        if (o == NULL || (gi = g_hash_table_lookup (c->globals, o)) == NULL || value->cval == NULL)
          return FALSE;
        u = ml_type_underlying (o->type);
        if (u == NULL)
          return FALSE;
        if (u->kind == ML_TYPE_STRING)
          {
            if (value->cval->kind != ML_CONST_STRING)
              return FALSE;
          }
        else if (!static_scalar_bytes (o->type, value->cval, bytes, &len))
          return FALSE;
        if (pass == 0)
          continue;

        g = g_ptr_array_index (c->out->globals, GPOINTER_TO_UINT (gi) - 1);
        g->initialized = TRUE;
        if (u->kind == ML_TYPE_STRING)
          {
            const MlConst *k = value->cval;

            if (k->len > 0)
              g->init_string = _ml_add_string (c, value, k->s, k->len);
          }
        else
          {
            g_clear_pointer (&g->init, g_bytes_unref);
            g->init = g_bytes_new (bytes, len);
          }
      }
  return TRUE;
}

/* ------------------------------------------------------------------------------------------ */
/* Functions */

static char *
vm_func_name (MlFunc *fn)
{
  const char *name = fn->name != NULL ? fn->name : "func";
  const char *pkg = fn->pkg != NULL ? fn->pkg : "main";

  /* Go names a function by its package's path: "strings.(*Builder).WriteString". */
  return g_strconcat (pkg, ".", name, NULL);
}

/* Starts compiling @fn into the function @index: its frame starts with the receiver and
 * parameters, then the results; parameters that escape are copied into heap objects on
 * entry, as Go does, and a function literal reaches its captures through its closure. */
static void
begin_func (Compiler *c,
            MlFunc   *fn,
            guint     index)
{
  guint n_params = (fn->recv != NULL ? 1 : 0) + (fn->params != NULL ? fn->params->len : 0);
  guint n_results = fn->results != NULL ? fn->results->len : 0;
  guint k = 0;

  c->fn = fn;
  c->vf = g_ptr_array_index (c->out->funcs, index);
  c->vars = g_hash_table_new_full (NULL, NULL, NULL, g_free);
  g_clear_pointer (&c->free_temps, g_array_unref);
  c->loops = g_ptr_array_new ();
  c->vf->param_slots = g_new0 (guint, MAX (n_params, 1));
  c->vf->result_slots = g_new0 (guint, MAX (n_results, 1));

  if (fn->recv != NULL)
    c->vf->param_slots[k++] = ml_vm_func_add_slot (c->vf, fn->recv->name,
                                                   _ml_type_id (c, fn->recv->type),
                                                   ML_VM_SLOT_PARAM);
  for (guint i = 0; fn->params != NULL && i < fn->params->len; i++)
    {
      MlObject *o = g_ptr_array_index (fn->params, i);

      c->vf->param_slots[k++] = ml_vm_func_add_slot (c->vf, o->name, _ml_type_id (c, o->type),
                                                     ML_VM_SLOT_PARAM);
    }
  c->vf->n_params = k;
  for (guint i = 0; i < n_results; i++)
    {
      MlObject *o = g_ptr_array_index (fn->results, i);

      c->vf->result_slots[i] = ml_vm_func_add_slot (c->vf, o->name, _ml_type_id (c, o->type),
                                                    ML_VM_SLOT_RESULT);
    }
  c->vf->n_results = n_results;

  for (guint i = 0; i < n_params; i++)
    {
      MlObject *o = i == 0 && fn->recv != NULL ? fn->recv
                    : g_ptr_array_index (fn->params, i - (fn->recv != NULL ? 1 : 0));
      guint slot = c->vf->param_slots[i];
      gboolean heap = _ml_var_on_heap (c, o);
      VarInfo *v;

      if (heap)
        c->pos = o->pos;
      v = _ml_bind_var (c, o, heap, slot);
      if (heap)
        _ml_store_place (c, indirect (_ml_slot_opnd (c, v->slot, 0), 0, v->type),
                         _ml_slot_opnd (c, slot, 0), v->type);
    }
  for (guint i = 0; i < n_results; i++)
    {
      MlObject *o = g_ptr_array_index (fn->results, i);

      _ml_bind_var (c, o, o->name[0] != '~' && _ml_var_on_heap (c, o), c->vf->result_slots[i]);
    }

  if (fn->captures != NULL && fn->captures->len > 0)
    {
      guint ct = GPOINTER_TO_UINT (g_hash_table_lookup (c->closure_types, fn));
      MlVmType *ctt = type_info (c, ct);

      c->vf->closure_slot = ml_vm_func_add_slot (c->vf, ".closureptr", _ml_pointer_to (c, ct),
                                                 ML_VM_SLOT_LOCAL);
      for (guint i = 0; i < fn->captures->len; i++)
        {
          MlObject *o = g_ptr_array_index (fn->captures, i);
          VarInfo *v = g_new0 (VarInfo, 1);

          v->kind = VAR_CAPTURED;
          v->type = _ml_type_id (c, o->type);
          v->capture = ctt->fields[i + 1].offset;
          v->by_value = ctt->fields[i + 1].type == v->type;
          if (_ml_lookup_var (c, o) != NULL && _ml_lookup_var (c, o)->kind == VAR_GLOBAL)
            {
              g_free (v);
              continue;
            }
          g_hash_table_insert (c->vars, o, v);
        }
    }
  _ml_plan_defers (c, fn);
}

/* Named results that moved to the heap are copied back into their slots, after the deferred
 * calls (which may change them), before the return. */
void
_ml_copy_back_results (Compiler *c)
{
  for (guint i = 0; c->fn->results != NULL && i < c->vf->n_results; i++)
    {
      MlObject *ro = g_ptr_array_index (c->fn->results, i);
      VarInfo *rv = _ml_lookup_var (c, ro);

      if (rv != NULL && rv->kind == VAR_HEAP)
        _ml_emit_move (c, _ml_slot_opnd (c, c->vf->result_slots[i], 0),
                       _ml_to_opnd (c, _ml_var_place (c, rv)), rv->type);
    }
}

/* Ends the function being compiled with a return, unless its code ends with one.  A function
 * with deferred calls always ends with its exit block, where a recovered panic resumes: the
 * deferred calls left, the results copied back, the return. */
static void
end_func (Compiler *c)
{
  MlVmInsn *last = c->vf->code->len > 0 ? insn (c, c->vf->code->len - 1) : NULL;

  if (last == NULL || last->op != ML_OP_RET || c->vf->defers != ML_VM_DEFERS_NONE)
    {
      c->pos = c->fn->node != NULL && c->fn->node->z != NULL
               ? c->fn->node->z->pos2 : c->pos;
      if (c->fn->node != NULL && c->fn->node->kind == ML_NODE_FUNC_LIT && c->fn->node->y != NULL)
        c->pos = c->fn->node->y->pos2;
      if (c->vf->defers != ML_VM_DEFERS_NONE)
        {
          c->vf->deferreturn_pc = here (c);
          _ml_compile_deferreturn (c);
          _ml_copy_back_results (c);
        }
      emit (c, ML_OP_RET, 0, 0, 0, 0, 0, 0);
    }
  _ml_slice_end_func (c);
  _ml_end_labels (c);
  g_clear_pointer (&c->vars, g_hash_table_unref);
  g_clear_pointer (&c->free_temps, g_array_unref);
  g_clear_pointer (&c->loops, g_ptr_array_unref);
  c->fn = NULL;
  c->vf = NULL;
}

static void
compile_func (Compiler *c,
              MlFunc   *fn,
              guint     index)
{
  /* A defer's wrapper has no body of its own: it calls what the defer statement names. */
  MlNode *body = fn->synthetic || fn->defer_stmt != NULL ? NULL
                 : fn->node->kind == ML_NODE_FUNC_DECL ? fn->node->z : fn->node->y;

  begin_func (c, fn, index);
  _ml_slice_begin_func (c, body);
  if (fn->synthetic)
    {
      MlFile *file = c->prog->file;

      for (guint i = 0; i < file->decls.n && c->error == NULL; i++)
        {
          MlNode *d = file->decls.items[i];

          if (d->kind == ML_NODE_FUNC_DECL)
            continue;
          if (d->kind == ML_NODE_GEN_DECL && d->op != ML_TOK_VAR)
            continue;
          _ml_compile_stmt (c, d);
        }
    }
  else if (fn->defer_stmt != NULL)
    _ml_compile_wrapper_body (c, fn);
  else if (body != NULL)
    _ml_compile_block_list (c, &body->list);
  end_func (c);
}

/* Package variables: initialised before main runs, by main.init, in the order the front end
 * worked out from their dependencies (MlProgram.init_order), one declaration at a time. */
static void
compile_init (Compiler *c,
              guint     index)
{
  MlFunc init = { 0 };

  init.name = "init";
  begin_func (c, &init, index);
  for (guint i = 0; i < c->prog->init_order->len && c->error == NULL; i++)
    {
      MlNode *spec = g_ptr_array_index (c->prog->init_order, i);
      MlNode d = { 0 };

      d.kind = ML_NODE_GEN_DECL;
      d.op = ML_TOK_VAR;
      d.pos = spec->pos;
      d.list.n = 1;
      d.list.items = &spec;
      _ml_compile_stmt (c, &d);
    }
  c->pos = (MlPos) { 1, 1 };
  end_func (c);
}

/* Registers the functions of @program in @out, in order, with main, the methods fmt finds by
 * name and, outside a notebook, main.init; returns init's index or ML_VM_NONE. */
static guint
add_funcs (Compiler    *c,
           MlProgram   *program,
           MlVmProgram *out)
{
  guint init_index = ML_VM_NONE;

  for (guint i = 0; i < program->funcs->len; i++)
    {
      MlFunc *fn = g_ptr_array_index (program->funcs, i);
      g_autofree char *name = vm_func_name (fn);
      guint index;
      MlVmFunc *vf = ml_vm_program_add_func (out, name, &index);

      if (fn->pkg != NULL)
        vf->flags |= ML_VM_FUNC_LIBRARY;
      if (fn->node != NULL)
        {
          vf->pos.line = fn->node->pos.line;
          vf->pos.col = fn->node->pos.col;
          g_hash_table_insert (c->funcs, fn->node, GUINT_TO_POINTER (index + 1));
        }
      if (fn == program->main_func)
        out->main_func = index;
      if (fn->recv != NULL && fn->object != NULL)
        {
          MlType *rt = fn->recv->type;
          g_autofree char *key = NULL;

          if (ml_type_underlying (rt)->kind == ML_TYPE_POINTER && rt->kind != ML_TYPE_NAMED)
            rt = ml_type_underlying (rt)->elem;
          key = g_strdup_printf ("%s.%s", type_info (c, _ml_type_id (c, rt))->name,
                                 fn->object->name);
          g_hash_table_replace (out->methods, g_steal_pointer (&key), GUINT_TO_POINTER (index + 1));
        }
    }
  if (!program->notebook)
    {
      ml_vm_program_add_func (out, "main.init", &init_index);
      out->init_func = init_index;
    }
  _ml_add_gopanic (c);
  _ml_add_runtime_error_methods (c);
  return init_index;
}

static MlVmProgram *compile_program (MlProgram      *program,
                                     MlEscapeResult *escape,
                                     MlInlineResult *inlined,
                                     gboolean       *refused,
                                     GError        **error);

/**
 * ml_compiler_compile:
 * @program: a checked program
 * @escape: its escape analysis, ml_escape_analyze()
 * @error: where an unsupported construct is reported
 *
 * Compiles @program as `go run -gcflags=-l` builds it: every call has a frame of its own.
 *
 * Returns: (transfer full) (nullable): the program, or %NULL with @error set
 */
MlVmProgram *
ml_compiler_compile (MlProgram      *program,
                     MlEscapeResult *escape,
                     GError        **error)
{
  gboolean refused = FALSE;

  return compile_program (program, escape, NULL, &refused, error);
}

/**
 * ml_compiler_compile_build:
 * @program: a checked program
 * @inline_calls: %TRUE for `go run`'s default build, %FALSE for `-gcflags=-l`
 * @error: where an unsupported construct is reported
 *
 * Analyses @program as the chosen build does (inlining, then escape analysis) and compiles
 * it.  In the default build a call gc inlines has no frame of its own (ml-compile-inline.c)
 * and its copy's values are placed as the analysis after inlining places them.  A program
 * with a call gc inlines and the model cannot (a function literal's, say) is built as -l
 * builds it: the verdicts after inlining hold only with every such call inlined.
 *
 * Returns: (transfer full) (nullable): the program, or %NULL with @error set
 */
MlVmProgram *
ml_compiler_compile_build (MlProgram *program,
                           gboolean   inline_calls,
                           GError   **error)
{
  g_autoptr(MlInlineResult) inl = NULL;
  g_autoptr(MlEscapeResult) escape = NULL;
  g_autoptr(MlEscapeResult) escape_l = NULL;
  MlVmProgram *code;
  gboolean refused = FALSE;

  g_return_val_if_fail (program != NULL, NULL);

  if (inline_calls)
    {
      inl = ml_inline_analyze (program);
      escape = ml_escape_analyze_inlined (program, inl);
      g_autoptr(GError) inl_error = NULL;

      code = compile_program (program, escape, inl, &refused, &inl_error);
      if (code != NULL && !refused)
        return code;
      /* The copies can make a frame larger than the model allows where Go's stack slots,
       * shared between copies, do not: what -l says of the program is then the answer. */
      g_debug ("%s: %s; built as -l builds it", ml_source_get_filename (program->source),
               code != NULL ? "a call gc inlines stays a call in the model" : inl_error->message);
      g_clear_pointer (&code, ml_vm_program_unref);
    }
  escape_l = ml_escape_analyze (program);
  return compile_program (program, escape_l, NULL, &refused, error);
}

static MlVmProgram *
compile_program (MlProgram      *program,
                 MlEscapeResult *escape,
                 MlInlineResult *inlined,
                 gboolean       *refused,
                 GError        **error)
{
  Compiler cc = { 0 };
  Compiler *c = &cc;
  g_autoptr(MlVmProgram) out = NULL;
  guint init_index;

  g_return_val_if_fail (program != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  out = ml_vm_program_new (ml_source_get_filename (program->source));
  c->prog = program;
  c->esc = escape;
  c->inl = inlined;
  c->out = out;
  c->types = g_hash_table_new (NULL, NULL);
  c->type_names = g_hash_table_new (g_str_hash, g_str_equal);
  c->funcs = g_hash_table_new (NULL, NULL);
  c->globals = g_hash_table_new (NULL, NULL);
  c->closure_types = g_hash_table_new (NULL, NULL);
  c->funcvals = g_hash_table_new (NULL, NULL);
  c->wrappers = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  c->pos = (MlPos) { 1, 1 };
  c->pin_storage = TRUE;

  _ml_init_types (c);
  _ml_init_runtime_types (c);
  for (guint i = 0; i < program->globals->len; i++)
    {
      MlObject *o = g_ptr_array_index (program->globals, i);
      g_autofree char *name = g_strconcat (o->pkg_path != NULL ? o->pkg_path : "main", ".", o->name, NULL);
      guint gi = ml_vm_program_add_global (out, name, _ml_type_id (c, o->type));

      g_hash_table_insert (c->globals, o, GUINT_TO_POINTER (gi + 1));
    }
  init_index = add_funcs (c, program, out);
  for (guint i = 0; i < program->funcs->len; i++)
    {
      MlFunc *fn = g_ptr_array_index (program->funcs, i);

      if (fn->node != NULL && (fn->node->kind == ML_NODE_FUNC_LIT || fn->defer_stmt != NULL)
          && !fn->synthetic)
        _ml_plan_closure (c, fn);
    }

  for (guint i = 0; i < program->funcs->len && c->error == NULL; i++)
    compile_func (c, g_ptr_array_index (program->funcs, i), i);
  if (init_index != ML_VM_NONE && c->error == NULL)
    compile_init (c, init_index);
  if (c->error == NULL)
    _ml_finish_method_sets (c);
  _ml_check_image (c);
  if (c->error == NULL)
    _ml_compute_liveness (out);

  g_hash_table_unref (c->types);
  g_hash_table_unref (c->type_names);
  g_hash_table_unref (c->funcs);
  g_hash_table_unref (c->globals);
  g_hash_table_unref (c->closure_types);
  g_hash_table_unref (c->funcvals);
  g_hash_table_unref (c->wrappers);
  g_free (c->too_large_type);
  *refused = c->inline_refused;

  if (c->error != NULL)
    {
      g_propagate_error (error, c->error);
      return NULL;
    }
  if (out->main_func == ML_VM_NONE)
    {
      g_set_error (error, ML_COMPILER_ERROR, ML_COMPILER_ERROR_UNSUPPORTED,
                   _("the program has no main function"));
      return NULL;
    }
  return g_steal_pointer (&out);
}
