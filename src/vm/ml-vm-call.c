/* ml-vm-call.c
 *
 * Copyright 2026 The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Calls and frames: pushing a callee's frame in sim and copying its arguments in, returning
 * its results and popping it, to the call site or, for the Error() and String() methods fmt
 * calls (ml-vm-fmt-methods.c), into the fmt instruction's results.
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "ml-vm-private.h"

/* MemLab's own limit on nested calls.  Go's is the stack's size, 1 GB, which sim enforces
 * (a recursion with big frames reaches it first); a recursion of small frames would take
 * Go millions of calls to reach it, far past what a picture or a lesson needs. */
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
  guint64 base, caller_fp, old_lo, old_hi, delta;
  MlVmCall call = { vm->func, vm->pc + 1, cs_index };

  if (G_UNLIKELY (cf->wrapper == ML_VM_WRAPPER_PROMOTED))
    return _ml_vm_call_promoted (vm, cf, cs, cs_index, recv);
  if (!sim_call_depth_ok (vm))
    {
      g_autofree char *n = _ml_vm_with_thousands (MAX_CALL_DEPTH);

      return _ml_vm_limit (vm, ML_VM_LIMIT_DEPTH, g_strdup_printf (_("the program made more than %s nested calls; it was stopped"), n));
    }
  old_hi = ml_runtime_get_stack_hi (vm->rt, 1);
  old_lo = old_hi - ml_runtime_get_stack_size (vm->rt, 1);
  base = ml_runtime_push_frame (vm->rt, 1, cf->layout_id);
  if (base == 0)
    return _ml_vm_stack_overflow (vm);
  base = ml_runtime_get_frame_base (vm->rt, 1, 0);
  caller_fp = ml_runtime_get_frame_base (vm->rt, 1, 1);
  /* A push that grew the stack moved it: a closure or a receiver in the caller's frame (a
   * closure that does not escape, a recursive one calling itself) moved with it, as
   * copystack adjusts the pointers it finds. */
  delta = ml_runtime_get_stack_hi (vm->rt, 1) - old_hi;
  if (delta != 0)
    {
      if (closure >= old_lo && closure < old_hi)
        closure += delta;
      if (recv >= old_lo && recv < old_hi)
        recv += delta;
    }
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
  _ml_vm_calls_changed (vm, vm->calls->len);
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
