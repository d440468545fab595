/* ml-compile-defer.c
 *
 * Copyright 2026 The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Deferred calls, panics and recover, compiled as Go 1.27 compiles them.  A function's
 * deferred calls are open-coded (a bit per defer statement in the frame's deferBits, the
 * function values in slots of the frame, called by the exit code) unless Go would not:
 * more than 8 of them, one in a loop, a named result on the heap, or more than 15 returns
 * times defers; then each defer statement makes a _defer record, in the frame or, in a
 * loop, on the heap.  What is deferred is always a function value without arguments: the
 * function called when the call has none, else the closure of the wrapper the checker made
 * (ml-check-defer.c), which captures the operands the statement evaluates.  Every return
 * runs the frame's deferred calls first (DEFERRETURN), and so does the exit block a recovered
 * panic resumes at.  runtime.gopanic, the function whose frame holds a panic's record while
 * its deferred calls run, is made here too, with the runtime's own types: the records', and
 * the runtime errors' a recovered panic hands out.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "ml-compiler-private.h"

/* ------------------------------------------------------------------------------------------ */
/* The runtime's types and runtime.gopanic */

static guint
struct_of (Compiler    *c,
           const char  *name,
           guint        n,
           const char **names,
           const guint *types)
{
  guint id = _ml_struct_type (c, name, n, names, types);

  type_info (c, id)->named = TRUE;
  return id;
}

/* runtime._panic and runtime._defer as Go 1.27 lays them out (runtime2.go), and the types of
 * the values runtime errors panic with (error.go): errorString, plainError, boundsError and
 * *TypeAssertionError. */
void
_ml_init_runtime_types (Compiler *c)
{
  guint ptr = _ml_basic_type (c, ML_VM_KIND_UNSAFE_POINTER);
  guint uptr = c->out->t_uintptr;
  guint b = c->out->t_bool;
  guint fn0 = _ml_word_type (c, "func()", ML_VM_KIND_FUNC);
  const char *panic_names[] = { "arg", "link", "startPC", "startSP", "pc", "sp", "fp", "retpc",
                                "deferBitsPtr", "slotsPtr", "recovered", "repanicked", "goexit",
                                "deferreturn" };
  guint panic_types[] = { c->out->t_any, ptr, uptr, ptr, uptr, ptr, ptr, uptr, ptr, ptr,
                          b, b, b, b };
  const char *defer_names[] = { "heap", "rangefunc", "sp", "pc", "fn", "link", "head" };
  guint defer_types[] = { b, b, uptr, uptr, fn0, ptr, ptr };
  const char *bounds_names[] = { "x", "y", "signed", "code" };
  guint bounds_types[] = { _ml_basic_type (c, ML_VM_KIND_INT64), c->out->t_int, b,
                           _ml_basic_type (c, ML_VM_KIND_UINT8) };
  const char *assert_names[] = { "_interface", "concrete", "asserted", "missingMethod" };
  guint assert_types[] = { ptr, ptr, ptr, c->out->t_string };

  c->out->t_panic = struct_of (c, "runtime._panic", G_N_ELEMENTS (panic_names), panic_names,
                               panic_types);
  struct_of (c, "runtime._defer", G_N_ELEMENTS (defer_names), defer_names, defer_types);
  _ml_word_type (c, "runtime.errorString", ML_VM_KIND_STRING);
  _ml_word_type (c, "runtime.plainError", ML_VM_KIND_STRING);
  struct_of (c, "runtime.boundsError", G_N_ELEMENTS (bounds_names), bounds_names, bounds_types);
  _ml_pointer_to (c, struct_of (c, "runtime.TypeAssertionError", G_N_ELEMENTS (assert_names),
                                assert_names, assert_types));
}

/* runtime.gopanic(e any): its frame holds the panic's record p while the deferred calls run,
 * one PANICNEXT at a time (see ml-vm-defer.c). */
void
_ml_add_gopanic (Compiler *c)
{
  guint index;
  MlVmFunc *f = ml_vm_program_add_func (c->out, "runtime.gopanic", &index);
  MlVmInsn in = { 0 };
  MlVmPos pos = { 0, 0 };

  f->flags = ML_VM_FUNC_RUNTIME;
  f->param_slots = g_new0 (guint, 1);
  f->param_slots[0] = ml_vm_func_add_slot (f, "e", c->out->t_any, ML_VM_SLOT_PARAM);
  f->n_params = 1;
  f->result_slots = g_new0 (guint, 1);
  ml_vm_func_add_slot (f, "p", c->out->t_panic, ML_VM_SLOT_LOCAL);
  in.op = ML_OP_PANICNEXT;
  g_array_append_val (f->code, in);
  g_array_append_val (f->code_pos, pos);
  c->out->gopanic_func = index;
}

/* The function value of function @fi when it has no closure (Go's read-only "main.f·f"): a
 * word holding its code address, made once; returns a temporary holding its address. */
guint32
_ml_funcval (Compiler *c,
             guint     fi)
{
  guint gi = GPOINTER_TO_UINT (g_hash_table_lookup (c->funcvals, GUINT_TO_POINTER (fi + 1)));
  guint32 t = _ml_temp (c, _ml_word_type (c, "func()", ML_VM_KIND_FUNC));

  if (gi == 0)
    {
      MlVmFunc *f = g_ptr_array_index (c->out->funcs, fi);
      g_autofree char *name = g_strconcat (f->name, "·f", NULL);
      MlVmGlobal *g;

      gi = ml_vm_program_add_global (c->out, name, c->out->t_uintptr) + 1;
      g = g_ptr_array_index (c->out->globals, gi - 1);
      g->initialized = TRUE;
      g->init_func = fi;
      g_hash_table_insert (c->funcvals, GUINT_TO_POINTER (fi + 1), GUINT_TO_POINTER (gi));
    }
  emit (c, ML_OP_LEA, 8, t, ML_VM_OPND_MAKE (ML_VM_SPACE_GLOBAL, gi - 1, 0), 0, 0, 0);
  return t;
}

/* ------------------------------------------------------------------------------------------ */
/* A function's deferred calls */

/* Whether a named result of @fn lives on the heap: Go then copies it back after the deferred
 * calls, and does not open-code them. */
static gboolean
heap_results (Compiler *c,
              MlFunc   *fn)
{
  for (guint i = 0; fn->results != NULL && i < fn->results->len; i++)
    {
      MlObject *o = g_ptr_array_index (fn->results, i);

      if (o->name[0] != '~' && _ml_var_on_heap (c, o))
        return TRUE;
    }
  return FALSE;
}

/* How the function @fn being compiled keeps its deferred calls (ssagen's hasOpenDefers), and
 * the slots of open-coded ones: deferBits, then one function value per defer statement. */
void
_ml_plan_defers (Compiler *c,
                 MlFunc   *fn)
{
  guint fn0;

  if (fn->n_defers == 0)
    return;
  if (fn->n_defers > 8 || fn->defer_in_loop || fn->n_returns * fn->n_defers > 15
      || heap_results (c, fn))
    {
      c->vf->defers = ML_VM_DEFERS_RECORDS;
      return;
    }
  c->vf->defers = ML_VM_DEFERS_OPEN;
  c->vf->defer_bits_slot = ml_vm_func_add_slot (c->vf, ".deferBits",
                                                _ml_basic_type (c, ML_VM_KIND_UINT8),
                                                ML_VM_SLOT_LOCAL);
  fn0 = _ml_word_type (c, "func()", ML_VM_KIND_FUNC);
  for (guint i = 0; i < fn->n_defers; i++)
    {
      guint s = ml_vm_func_add_slot (c->vf, ".opendefer", fn0, ML_VM_SLOT_LOCAL);

      if (i == 0)
        c->vf->open_defer_slot = s;
    }
}

/* Runs the frame's deferred calls, where the function returns. */
void
_ml_compile_deferreturn (Compiler *c)
{
  if (c->vf->defers != ML_VM_DEFERS_NONE)
    emit (c, ML_OP_DEFERRETURN, 0, 0, 0, 0, 0, 0);
}

/* An operand the defer statement evaluated, in a wrapper's body: its temporary's place. */
gboolean
_ml_defer_operand (Compiler *c,
                   MlNode   *n,
                   Place    *out)
{
  MlObject *temp;
  VarInfo *v;

  if (c->defer_operands == NULL || (temp = g_hash_table_lookup (c->defer_operands, n)) == NULL)
    return FALSE;
  v = _ml_lookup_var (c, temp);
  if (v == NULL)
    return FALSE;
  *out = _ml_var_place (c, v);
  return TRUE;
}

/* A wrapper's body: the deferred call, its operands taken from the closure. */
void
_ml_compile_wrapper_body (Compiler *c,
                          MlFunc   *fn)
{
  MlNode *n = fn->defer_stmt;
  TempScope outer;

  c->vf->flags |= ML_VM_FUNC_WRAPPER;
  c->defer_operands = g_hash_table_new (NULL, NULL);
  for (guint i = 0; i < fn->defer_args->len; i++)
    {
      MlDeferArg *a = &g_array_index (fn->defer_args, MlDeferArg, i);

      g_hash_table_insert (c->defer_operands, a->expr, a->temp);
    }
  _ml_stmt_mark (c, n);
  outer = _ml_begin_stmt_temps (c, FALSE);
  /* What the deferred call returns is dropped (fmt's printing functions leave it out). */
  c->results_unused = ml_node_unparen (n->x->x)->obj != NULL
                      && ml_node_unparen (n->x->x)->obj->builtin != ML_BUILTIN_NONE;
  g_array_unref (_ml_compile_call (c, n->x));
  c->results_unused = FALSE;
  _ml_release_stmt_temps (c, outer);
  g_clear_pointer (&c->defer_operands, g_hash_table_unref);
}

/* The value of operand @a at the statement, as the call takes it. */
static guint32
operand_value (Compiler   *c,
               MlDeferArg *a)
{
  guint tt = _ml_type_id (c, a->temp->type);

  switch (a->kind)
    {
    case ML_DEFER_ARG_ADDR:
      return _ml_address_of (c, _ml_compile_expr (c, a->expr));
    case ML_DEFER_ARG_DEREF:
      return _ml_to_opnd (c, indirect (_ml_to_opnd (c, _ml_compile_expr (c, a->expr)), 0, tt));
    case ML_DEFER_ARG_VALUE: case ML_DEFER_ARG_IFACE:
    default:
      return _ml_to_opnd (c, _ml_compile_value (c, a->expr, a->temp->type));
    }
}

/* The closure of the wrapper @w of the defer statement @n, holding the operands the
 * statement evaluates (their values, or for one over 128 bytes the address of a temporary
 * that holds it); returns a temporary holding the function value. */
static guint32
wrapper_closure (Compiler *c,
                 MlNode   *n,
                 MlFunc   *w)
{
  guint fi = GPOINTER_TO_UINT (g_hash_table_lookup (c->funcs, n)) - 1;
  guint ct;
  MlVmType *ctt;
  guint ft = _ml_word_type (c, "func()", ML_VM_KIND_FUNC);
  MlNode *fx = ml_node_unparen (n->x->x);
  guint32 p;

  if (w->captures->len == 0)
    return _ml_funcval (c, fi);
  ct = GPOINTER_TO_UINT (g_hash_table_lookup (c->closure_types, w));
  ctt = type_info (c, ct);
  p = _ml_temp (c, ft);
  /* The operands are evaluated before the closure is made. */
  {
    g_autofree guint32 *values = g_new0 (guint32, w->defer_args->len);

    for (guint i = 0; i < w->defer_args->len; i++)
      {
        MlDeferArg *a = &g_array_index (w->defer_args, MlDeferArg, i);
        MlVmField *fld = &ctt->fields[i + 1];

        values[i] = operand_value (c, a);
        /* For an interface's method gc checks the interface at the statement (OCHECKNIL of
         * its itab): reading its type word panics when it is nil. */
        if (i == 0 && fx->kind == ML_NODE_SELECTOR && a->expr == fx->x
            && fx->x->type != NULL && ml_type_is_interface (fx->x->type))
          emit (c, ML_OP_ADDR, 8, _ml_temp (c, c->out->t_uintptr), values[i], 0, 0, 0);
        if (fld->type != _ml_type_id (c, a->temp->type))
          {
            /* By reference: the temporary is a variable of the function. */
            VarInfo *v = _ml_declare_local (c, a->temp);

            _ml_store_place (c, _ml_var_place (c, v), values[i], v->type);
            values[i] = _ml_address_of (c, _ml_var_place (c, v));
          }
      }
    _ml_alloc_storage (c, n, ct, p);
    emit (c, ML_OP_CLOSURE, 0, p, 0, 0, 0, fi);
    for (guint i = 0; i < w->defer_args->len; i++)
      {
        MlVmField *fld = &ctt->fields[i + 1];

        _ml_store_place (c, indirect (p, fld->offset, fld->type), values[i], fld->type);
      }
  }
  return p;
}

/* The function value a defer of a call without arguments defers: a function's funcval, or
 * the value of the expression called (a closure, a variable, a call's result). */
static guint32
func_value (Compiler *c,
            MlNode   *fx)
{
  fx = ml_node_unparen (fx);
  if (fx->kind == ML_NODE_IDENT && fx->obj != NULL && fx->obj->kind == ML_OBJ_FUNC
      && fx->obj->decl != NULL)
    return _ml_funcval (c, GPOINTER_TO_UINT (g_hash_table_lookup (c->funcs, fx->obj->decl)) - 1);
  return _ml_to_opnd (c, _ml_compile_expr (c, fx));
}

/* defer f(x): the function value is computed and deferred where the function keeps its
 * deferred calls. */
void
_ml_compile_defer (Compiler *c,
                   MlNode   *n)
{
  MlFunc *w = ml_program_lookup_func (c->prog, n);
  TempScope outer;
  guint32 fn;

  if (n->x == NULL || n->x->kind != ML_NODE_CALL || c->vf->defers == ML_VM_DEFERS_NONE)
    {
      _ml_unsupported (c, n, _("this defer statement is not supported yet"));
      return;
    }
  _ml_stmt_mark (c, n);
  /* The closure's storage outlives the statement: the record keeps its address. */
  outer = _ml_begin_stmt_temps (c, TRUE);
  fn = w != NULL ? wrapper_closure (c, n, w) : func_value (c, n->x->x);
  c->pos = ml_node_start_pos (n);
  if (c->vf->defers == ML_VM_DEFERS_OPEN)
    {
      guint slot = c->vf->open_defer_slot + (guint) n->ival;

      emit (c, ML_OP_DEFER, ML_DEFER_OPEN, _ml_slot_opnd (c, c->vf->defer_bits_slot, 0), fn,
            _ml_slot_opnd (c, slot, 0), 0, n->ival);
    }
  else if (n->flags & ML_NODE_FLAG_IN_LOOP)
    emit (c, ML_OP_DEFER, ML_DEFER_HEAP, 0, fn, 0, 0, 0);
  else
    {
      guint rec = ml_vm_func_add_slot (c->vf, ".defer",
                                       GPOINTER_TO_UINT (g_hash_table_lookup (c->type_names,
                                                                              "runtime._defer")),
                                       ML_VM_SLOT_TEMP);

      emit (c, ML_OP_DEFER, ML_DEFER_STACK, _ml_slot_opnd (c, rec, 0), fn, 0, 0, 0);
    }
  _ml_release_stmt_temps (c, outer);
}
