/* ml-vm-call.c
 *
 * Copyright 2026 The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Calls and frames: pushing a callee's frame in sim and copying its arguments in, returning
 * its results and popping it, and the calls fmt makes of its operands' Error() and String()
 * methods, which run as Go code between two runs of the fmt instruction.
 */

#include "config.h"

#include "ml-vm-private.h"

#define MAX_CALL_DEPTH 100000

static guint64
sim_call_depth_ok (MlVm *vm)
{
  return vm->calls->len < MAX_CALL_DEPTH;
}

/* Calls function @callee from the call site @cs (number @cs_index of the caller; G_MAXUINT for
 * a method fmt calls): pushes its frame, copies the receiver @recv (when not 0), the
 * arguments and the closure pointer @closure (when not 0) into its slots, and goes to its
 * first instruction. */
MlVmEvent
_ml_vm_call (MlVm               *vm,
             guint               callee,
             const MlVmCallSite *cs,
             guint               cs_index,
             guint64             closure,
             guint64             recv)
{
  guint first = recv != 0 ? 1 : 0;
  MlVmFunc *cf = g_ptr_array_index (vm->prog->funcs, callee);
  guint64 base, caller_fp;
  MlVmCall call = { vm->func, vm->pc + 1, cs_index };

  if (!sim_call_depth_ok (vm))
    return _ml_vm_stack_overflow (vm);
  base = ml_runtime_push_frame (vm->rt, 1, cf->layout_id);
  if (base == 0)
    return _ml_vm_stack_overflow (vm);
  base = ml_runtime_get_frame_base (vm->rt, 1, 0);
  caller_fp = ml_runtime_get_frame_base (vm->rt, 1, 1);
  vm->fp = caller_fp;
  if (recv != 0 && cf->n_params > 0)
    {
      MlVmSlot *slot = &g_array_index (cf->slots, MlVmSlot, cf->param_slots[0]);

      _ml_vm_copy_value (vm, base + slot->offset, recv, vm_type (vm, slot->type));
    }
  for (guint i = 0; i < cs->n_args && i + first < cf->n_params; i++)
    {
      MlVmSlot *slot = &g_array_index (cf->slots, MlVmSlot, cf->param_slots[i + first]);

      _ml_vm_copy_value (vm, base + slot->offset, opnd_addr (vm, cs->arg_src[i]),
                         vm_type (vm, slot->type));
    }
  if (closure != 0 && cf->closure_slot != ML_VM_NONE)
    ml_runtime_write_pointer (vm->rt, base + g_array_index (cf->slots, MlVmSlot,
                                                            cf->closure_slot).offset,
                              closure);
  g_array_append_val (vm->calls, call);
  set_position (vm, callee, 0);
  vm->fp = base;
  ml_runtime_driver_state_changed (vm->rt);
  return ML_VM_EVENT_NONE;
}

/* Returns from the function running: its results go to the call site's places, or, for a
 * method fmt called, into the fmt instruction's cache; from main.init, main starts; from
 * main, the program exits. */
MlVmEvent
_ml_vm_return (MlVm *vm)
{
  MlVmCall call;
  MlVmFunc *cf = vm->f;
  MlVmFunc *caller;
  const MlVmCallSite *cs;
  guint64 callee_fp = vm->fp;

  if (vm->calls->len == 0)
    {
      ml_runtime_pop_frame (vm->rt, 1);
      if (vm->func == vm->prog->init_func)
        {
          MlVmFunc *main_func = g_ptr_array_index (vm->prog->funcs, vm->prog->main_func);

          ml_runtime_push_frame (vm->rt, 1, main_func->layout_id);
          set_position (vm, vm->prog->main_func, 0);
          vm->fp = ml_runtime_get_frame_base (vm->rt, 1, 0);
          return ML_VM_EVENT_NONE;
        }
      vm->status = ML_VM_STATUS_EXITED;
      return ML_VM_EVENT_EXIT;
    }
  call = g_array_index (vm->calls, MlVmCall, vm->calls->len - 1);
  g_array_set_size (vm->calls, vm->calls->len - 1);
  caller = g_ptr_array_index (vm->prog->funcs, call.func);
  vm->fp = ml_runtime_get_frame_base (vm->rt, 1, 1);
  if (call.call_site == G_MAXUINT)
    {
      /* A String()/Error() method fmt called: keep its text for the fmt instruction. */
      MlVmFmtCache *fc = g_ptr_array_index (vm->fmt_caches, vm->fmt_caches->len - 1);
      MlVmSlot *slot = &g_array_index (cf->slots, MlVmSlot, cf->result_slots[0]);
      char *text = ml_vm_read_string (vm, callee_fp + slot->offset, NULL);

      g_free (g_ptr_array_index (fc->strings, fc->pending));
      g_ptr_array_index (fc->strings, fc->pending) = text;
    }
  else if (call.call_site < ML_VM_CALL_PANIC)
    {
      cs = &g_array_index (caller->calls, MlVmCallSite, call.call_site);
      for (guint i = 0; i < cs->n_results && i < cf->n_results; i++)
        {
          MlVmSlot *slot = &g_array_index (cf->slots, MlVmSlot, cf->result_slots[i]);

          _ml_vm_copy_value (vm, opnd_addr (vm, cs->res_dst[i]), callee_fp + slot->offset,
                             vm_type (vm, slot->type));
        }
    }
  ml_runtime_pop_frame (vm->rt, 1);
  set_position (vm, call.func, call.ret_pc);
  vm->fp = ml_runtime_get_frame_base (vm->rt, 1, 0);
  ml_runtime_driver_state_changed (vm->rt);
  return ML_VM_EVENT_NONE;
}

static const MlVmCallSite no_args;

/* The Error() or String() method fmt would call for a value of dynamic type @dt, or 0. */
static guint
stringer (MlVm     *vm,
          MlVmType *dt)
{
  static const char * const names[] = { "Error", "String" };
  MlVmType *base = dt->kind == ML_VM_KIND_POINTER && !dt->named ? vm_type (vm, dt->elem) : dt;

  for (guint k = 0; k < G_N_ELEMENTS (names); k++)
    {
      g_autofree char *key = g_strdup_printf ("%s.%s", base->name, names[k]);
      guint fi = GPOINTER_TO_UINT (g_hash_table_lookup (vm->prog->methods, key));
      MlVmFunc *f;
      MlVmType *rt, *res;

      if (fi == 0)
        continue;
      f = g_ptr_array_index (vm->prog->funcs, fi - 1);
      if (f->n_params != 1 || f->n_results != 1)
        continue;
      rt = vm_type (vm, g_array_index (f->slots, MlVmSlot, f->param_slots[0]).type);
      res = vm_type (vm, g_array_index (f->slots, MlVmSlot, f->result_slots[0]).type);
      if (res->kind != ML_VM_KIND_STRING)
        continue;
      /* A value's method set has no pointer-receiver methods. */
      if (rt->kind == ML_VM_KIND_POINTER && dt->kind != ML_VM_KIND_POINTER)
        continue;
      return fi;
    }
  return 0;
}

/* Calls the next String()/Error() method the operands at @args need; returns
 * ML_VM_EVENT_STATEMENT when it started one (the fmt instruction runs again when it returns),
 * ML_VM_EVENT_NONE when every result is known (vm->fmt_overrides then holds them). */
MlVmEvent
_ml_vm_fmt_methods (MlVm    *vm,
                    guint64  args,
                    guint    n)
{
  MlVmFmtCache *fc = vm->fmt_caches->len > 0
                     ? g_ptr_array_index (vm->fmt_caches, vm->fmt_caches->len - 1) : NULL;

  if (fc != NULL && (fc->depth != vm->calls->len || fc->func != vm->func || fc->pc != vm->pc))
    fc = NULL;
  for (guint i = 0; i < n; i++)
    {
      guint64 iv = args + i * 16;
      guint64 ta = mem_read (vm, iv, 8);
      MlVmType *dt = ta != 0 ? ml_vm_type_at (vm, ta) : NULL;
      guint fi;
      MlVmFunc *f;
      MlVmType *rt;
      guint64 recv;
      MlVmEvent ev;

      if (dt == NULL || (fi = stringer (vm, dt)) == 0)
        continue;
      if (fc != NULL && i < fc->strings->len && g_ptr_array_index (fc->strings, i) != NULL)
        continue;
      if (fc == NULL)
        {
          fc = g_new0 (MlVmFmtCache, 1);
          fc->depth = vm->calls->len;
          fc->func = vm->func;
          fc->pc = vm->pc;
          fc->strings = g_ptr_array_new_with_free_func (g_free);
          g_ptr_array_set_size (fc->strings, n);
          g_ptr_array_add (vm->fmt_caches, fc);
        }
      fc->pending = i;
      f = g_ptr_array_index (vm->prog->funcs, fi - 1);
      rt = vm_type (vm, g_array_index (f->slots, MlVmSlot, f->param_slots[0]).type);
      if (rt->kind == ML_VM_KIND_POINTER ||
          (ml_vm_kind_is_pointer_word (dt->kind) && dt->kind != ML_VM_KIND_POINTER))
        recv = iv + 8;
      else if (dt->kind == ML_VM_KIND_POINTER)
        {
          recv = mem_read (vm, iv + 8, 8);
          if (recv == 0)
            return panic_nil (vm);
        }
      else
        recv = mem_read (vm, iv + 8, 8);
      ev = _ml_vm_call (vm, fi - 1, &no_args, G_MAXUINT, 0, recv);
      if (ev != ML_VM_EVENT_NONE)
        return ev;
      /* Back to the fmt instruction, not after it. */
      g_array_index (vm->calls, MlVmCall, vm->calls->len - 1).ret_pc--;
      return ML_VM_EVENT_STATEMENT;
    }
  vm->fmt_overrides = fc != NULL ? fc->strings : NULL;
  return ML_VM_EVENT_NONE;
}

