/* ml-vm-defer.c
 *
 * Copyright 2026 The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Deferred calls, panics and recover at run time, after Go 1.27's runtime/panic.go.  A defer
 * statement sets a bit and a slot of its frame (open-coded) or links a _defer record (sim's
 * deferproc); a return runs the frame's deferred calls one at a time, each coming back to
 * the DEFERRETURN that called it.  A panic is a call of runtime.gopanic, whose frame holds
 * the panic's record (runtime._panic, on g._panic's list): its one instruction, PANICNEXT,
 * is gopanic's loop (nextDefer, nextFrame): it calls the next deferred function of the
 * innermost frame that has one, coming back to itself, until a deferred call recovered
 * (recovery: the frames above the one that deferred it are popped and that function goes on
 * at its exit block) or none is left (the program ends with its panics printed, see
 * ml-vm-panic.c).  Everything lives in simulated memory, frames and records, so history
 * covers it as it covers any other value.
 */

#include "config.h"

#include "ml-vm-private.h"

static const MlVmCallSite no_args;

static guint64
slot_offset (MlVmFunc *f,
             guint     slot)
{
  return g_array_index (f->slots, MlVmSlot, slot).offset;
}

/* The function whose frame has base @base, with its index in @index. */
static MlVmFunc *
frame_func (MlVm    *vm,
            guint64  base,
            guint   *index)
{
  guint lid = ml_runtime_get_frame_layout (vm->rt, base);
  guint fi = GPOINTER_TO_UINT (g_hash_table_lookup (vm->func_by_layout, GUINT_TO_POINTER (lid + 1)));

  if (index != NULL)
    *index = fi > 0 ? fi - 1 : 0;
  return fi > 0 ? g_ptr_array_index (vm->prog->funcs, fi - 1) : NULL;
}

MlVmFunc *
_ml_vm_frame_func (MlVm    *vm,
                   guint64  base)
{
  return frame_func (vm, base, NULL);
}

/* Calls the function value @closure with the call site @cs: a closure, a function's
 * funcval, or a method value (whose receiver follows the code pointer). */
MlVmEvent
_ml_vm_call_closure (MlVm               *vm,
                     guint64             closure,
                     const MlVmCallSite *cs,
                     guint               cs_index)
{
  guint fi;
  MlVmFunc *cf;

  if (closure == 0)
    return panic_nil (vm);
  fi = GPOINTER_TO_UINT (g_hash_table_lookup (vm->func_by_text,
                                              GSIZE_TO_POINTER (mem_read (vm, closure, 8))));
  if (fi == 0)
    return panic_nil (vm);
  cf = g_ptr_array_index (vm->prog->funcs, fi - 1);
  /* A wrapper Go makes for a method value or expression. */
  if (cf->wrapper != ML_VM_WRAPPER_NONE)
    return _ml_vm_call_wrapper (vm, cf, closure, cs, cs_index);
  if (cf->closure_slot == ML_VM_NONE && cf->n_params == cs->n_args + 1)
    return _ml_vm_call (vm, fi - 1, cs, cs_index, 0, closure + 8);
  return _ml_vm_call (vm, fi - 1, cs, cs_index, closure, 0);
}

/* Calls the deferred function value @fn; its return comes back to the instruction calling
 * it, which then looks for the next one. */
static MlVmEvent
call_deferred (MlVm    *vm,
               guint64  fn)
{
  MlVmEvent ev = _ml_vm_call_closure (vm, fn, &no_args, ML_VM_CALL_DEFERRED);

  if (ev != ML_VM_EVENT_NONE)
    return ev;
  g_array_index (vm->calls, MlVmCall, vm->calls->len - 1).ret_pc--;
  _ml_vm_calls_changed (vm, vm->calls->len - 1);
  return ML_VM_EVENT_NONE;
}

/* The instruction's address, as a record's pc says where the defer was. */
static guint64
text_pc (MlVm *vm)
{
  return vm->f->text_addr + vm->pc * 4;
}

/* defer: the function value goes where the function keeps its deferred calls. */
MlVmEvent
_ml_vm_defer (MlVm           *vm,
              const MlVmInsn *in)
{
  guint64 fn = mem_read (vm, opnd_addr (vm, in->b), 8);

  switch ((MlVmDeferWay) in->w)
    {
    case ML_DEFER_OPEN:
      {
        guint64 bits = opnd_addr (vm, in->a);

        ml_runtime_write_pointer (vm->rt, opnd_addr (vm, in->c), fn);
        mem_write (vm, bits, 1, (mem_read (vm, bits, 1) & 0xff) | (1u << in->imm));
      }
      break;
    case ML_DEFER_STACK:
      {
        guint64 d = opnd_addr (vm, in->a);

        ml_runtime_write_pointer (vm->rt, d + ML_DEFER_OFF_FN, fn);
        ml_runtime_deferproc_stack (vm->rt, 1, d, vm->fp, text_pc (vm));
      }
      break;
    case ML_DEFER_HEAP:
    default:
      {
        gboolean fresh = FALSE;

        ml_runtime_deferproc (vm->rt, 1, fn, vm->fp, text_pc (vm), &fresh);
        if (fresh)
          vm->allocated = TRUE;
      }
      break;
    }
  return ML_VM_EVENT_NONE;
}

/* deferreturn, and the exit code of open-coded defers: the frame's next deferred call, last
 * deferred first.  *@called says whether one started. */
MlVmEvent
_ml_vm_deferreturn (MlVm     *vm,
                    gboolean *called)
{
  MlVmFunc *f = vm->f;
  guint64 fn;

  *called = FALSE;
  if (f->defers == ML_VM_DEFERS_OPEN)
    {
      guint64 bits_addr = vm->fp + slot_offset (f, f->defer_bits_slot);
      guint bits = mem_read (vm, bits_addr, 1) & 0xff;
      guint i;

      if (bits == 0)
        return ML_VM_EVENT_NONE;
      i = 31 - __builtin_clz (bits);
      mem_write (vm, bits_addr, 1, bits & ~(1u << i));
      fn = mem_read (vm, vm->fp + slot_offset (f, f->open_defer_slot) + i * 8, 8);
    }
  else
    {
      guint64 d = ml_runtime_get_defers (vm->rt, 1);

      if (d == 0 || mem_read (vm, d + ML_DEFER_OFF_SP, 8) != vm->fp)
        return ML_VM_EVENT_NONE;
      fn = ml_runtime_popdefer (vm->rt, 1);
    }
  *called = TRUE;
  return call_deferred (vm, fn);
}

/* gopanic(e): runtime.gopanic's frame, its parameter e.  The step ends here, with the frame
 * on the stack; PANICNEXT starts the panic in the next one. */
MlVmEvent
_ml_vm_gopanic (MlVm    *vm,
                guint64  type_word,
                guint64  data_word)
{
  MlVmFunc *gp = g_ptr_array_index (vm->prog->funcs, vm->prog->gopanic_func);
  MlVmEvent ev = _ml_vm_call (vm, vm->prog->gopanic_func, &no_args, ML_VM_CALL_PANIC, 0, 0);
  guint64 e;

  if (ev != ML_VM_EVENT_NONE)
    return ev;
  e = vm->fp + slot_offset (gp, gp->param_slots[0]);
  mem_write (vm, e, 8, type_word);
  ml_runtime_write_pointer (vm->rt, e + 8, data_word);
  return ML_VM_EVENT_STATEMENT;
}

/* nextFrame: from the frame the panic is at, the first frame (that one or a caller) with a
 * deferred call left: the newest record's frame, or one with open-coded bits set.  FALSE
 * when there is none. */
static gboolean
next_frame (MlVm    *vm,
            guint64  p)
{
  MlRuntime *rt = vm->rt;
  guint64 d = ml_runtime_get_defers (rt, 1);
  guint64 limit = d != 0 ? mem_read (vm, d + ML_DEFER_OFF_SP, 8) : 0;
  guint64 base;

  if (mem_read (vm, p + ML_PANIC_PC, 8) == 0)
    return FALSE;
  for (base = mem_read (vm, p + ML_PANIC_SP, 8); base != 0; base = ml_runtime_get_frame_caller (rt, base))
    {
      MlVmFunc *f;

      if (base == limit)
        break;
      f = frame_func (vm, base, NULL);
      if (f != NULL && f->defers == ML_VM_DEFERS_OPEN)
        {
          guint64 bits = base + slot_offset (f, f->defer_bits_slot);

          if (mem_read (vm, bits, 1) & 0xff)
            {
              ml_runtime_write_pointer (rt, p + ML_PANIC_DEFERBITS, bits);
              ml_runtime_write_pointer (rt, p + ML_PANIC_SLOTS, base + slot_offset (f, f->open_defer_slot));
              mem_write (vm, p + ML_PANIC_RETPC, 8, f->text_addr + f->deferreturn_pc * 4);
              break;
            }
        }
    }
  if (base == 0)
    {
      mem_write (vm, p + ML_PANIC_PC, 8, 0);
      return FALSE;
    }
  {
    MlVmFunc *f = frame_func (vm, base, NULL);

    mem_write (vm, p + ML_PANIC_PC, 8, f != NULL ? f->text_addr : 1);
    ml_runtime_write_pointer (rt, p + ML_PANIC_SP, base);
    ml_runtime_write_pointer (rt, p + ML_PANIC_FP, ml_runtime_get_frame_caller (rt, base));
  }
  return TRUE;
}

/* p.start: the record joins the goroutine's panics, and looks for the first deferred call
 * from the frame that panicked. */
static gboolean
start_panic (MlVm    *vm,
             guint64  p)
{
  MlRuntime *rt = vm->rt;
  MlVmFunc *gp = vm->f;
  guint64 e = vm->fp + slot_offset (gp, gp->param_slots[0]);
  guint64 caller = ml_runtime_get_frame_caller (rt, vm->fp);

  mem_write (vm, p + ML_PANIC_ARG, 8, mem_read (vm, e, 8));
  ml_runtime_write_pointer (rt, p + ML_PANIC_ARG + 8, mem_read (vm, e + 8, 8));
  ml_runtime_write_pointer (rt, p + ML_PANIC_LINK, ml_runtime_get_panics (rt, 1));
  ml_runtime_set_panics (rt, 1, p);
  mem_write (vm, p + ML_PANIC_START_PC, 8, gp->text_addr);
  ml_runtime_write_pointer (rt, p + ML_PANIC_START_SP, vm->fp);
  mem_write (vm, p + ML_PANIC_PC, 8, 1);
  ml_runtime_write_pointer (rt, p + ML_PANIC_SP, caller);
  return caller != 0 && next_frame (vm, p);
}

/* The fmt instructions whose method calls a recovery unwound are abandoned. */
static void
drop_fmt_caches (MlVm *vm)
{
  while (vm->fmt_caches->len > 0)
    {
      MlVmFmtCache *fc = g_ptr_array_index (vm->fmt_caches, vm->fmt_caches->len - 1);

      if (fc->depth < vm->calls->len)
        break;
      g_ptr_array_set_size (vm->fmt_caches, vm->fmt_caches->len - 1);
    }
}

/* recovery: the deferred call that recovered @p has returned.  The panics that started in
 * the frames above the one that deferred it are over; those frames go, and that function
 * goes on at its exit block, where its deferred calls left run before it returns. */
static void
recovery (MlVm    *vm,
          guint64  p)
{
  MlRuntime *rt = vm->rt;
  guint64 sp = mem_read (vm, p + ML_PANIC_SP, 8);
  guint64 bits = mem_read (vm, p + ML_PANIC_DEFERBITS, 8);
  guint64 q = p;
  guint fi;
  MlVmFunc *f;

  /* Go saves where the open-coded defers left remaining are for deferreturn to pick up: a
   * small object of its own on the heap (savedOpenDeferState). */
  if (bits != 0 && (mem_read (vm, bits, 1) & 0xff) != 0)
    {
      ml_runtime_malloc (rt, 24, ml_rtype_registry_array_of (vm->types,
                                                              ml_rtype_registry_basic (vm->types, ML_KIND_UINTPTR), 3));
      vm->allocated = TRUE;
    }
  while (q != 0 && mem_read (vm, q + ML_PANIC_START_SP, 8) < sp)
    q = mem_read (vm, q + ML_PANIC_LINK, 8);
  ml_runtime_set_panics (rt, 1, q);
  if (q == 0)
    set_reg (vm, ML_VM_REG_SIG, 0);
  while (vm->fp != sp && vm->calls->len > 0)
    {
      ml_runtime_pop_frame (rt, 1);
      g_array_set_size (vm->calls, vm->calls->len - 1);
      _ml_vm_calls_changed (vm, vm->calls->len);
      vm->fp = ml_runtime_get_frame_base (rt, 1, 0);
    }
  f = frame_func (vm, vm->fp, &fi);
  set_position (vm, fi, f != NULL && f->deferreturn_pc != ML_VM_NONE ? f->deferreturn_pc : 0);
  drop_fmt_caches (vm);
  ml_runtime_driver_state_changed (rt);
}

/* runtime.gopanic's loop (nextDefer): start the panic, recover it, or call the next deferred
 * function; when none is left, the program ends.  *@called says the VM is somewhere else. */
MlVmEvent
_ml_vm_panic_next (MlVm     *vm,
                   gboolean *called)
{
  MlRuntime *rt = vm->rt;
  guint64 p = vm->fp + slot_offset (vm->f, 1);

  *called = FALSE;
  if (mem_read (vm, p + ML_PANIC_START_SP, 8) == 0 && !start_panic (vm, p))
    return _ml_vm_fatal_panic (vm);
  if (mem_read (vm, p + ML_PANIC_RECOVERED, 1) & 0xff)
    {
      recovery (vm, p);
      *called = TRUE;
      return ML_VM_EVENT_NONE;
    }
  for (;;)
    {
      guint64 bits_addr = mem_read (vm, p + ML_PANIC_DEFERBITS, 8);
      guint64 d;

      if (bits_addr != 0)
        {
          guint bits = mem_read (vm, bits_addr, 1) & 0xff;

          if (bits == 0)
            ml_runtime_write_pointer (rt, p + ML_PANIC_DEFERBITS, 0);
          else
            {
              guint i = 31 - __builtin_clz (bits);

              mem_write (vm, bits_addr, 1, bits & ~(1u << i));
              *called = TRUE;
              return call_deferred (vm, mem_read (vm, mem_read (vm, p + ML_PANIC_SLOTS, 8) + i * 8, 8));
            }
        }
      d = ml_runtime_get_defers (rt, 1);
      if (d != 0 && mem_read (vm, d + ML_DEFER_OFF_SP, 8) == mem_read (vm, p + ML_PANIC_SP, 8))
        {
          mem_write (vm, p + ML_PANIC_RETPC, 8, mem_read (vm, d + ML_DEFER_OFF_PC, 8));
          *called = TRUE;
          return call_deferred (vm, ml_runtime_popdefer (rt, 1));
        }
      if (!next_frame (vm, p))
        return _ml_vm_fatal_panic (vm);
    }
}

/* gorecover: the innermost panic's value, when the function calling recover was called
 * directly by that panic's runtime.gopanic (wrappers between do not count), and the panic is
 * not recovered yet; nil otherwise.  The value is written at @dst. */
void
_ml_vm_recover (MlVm    *vm,
                guint64  dst)
{
  MlRuntime *rt = vm->rt;
  guint64 p = ml_runtime_get_panics (rt, 1);
  guint64 type_word = 0, data_word = 0;
  gboolean can = FALSE;

  if (p != 0 && !(mem_read (vm, p + ML_PANIC_RECOVERED, 1) & 0xff))
    {
      guint non_wrapper = (vm->f->flags & ML_VM_FUNC_WRAPPER) ? 0 : 1;
      guint64 base = vm->fp;

      for (guint k = vm->calls->len; k > 0; k--)
        {
          MlVmCall *call = &g_array_index (vm->calls, MlVmCall, k - 1);
          MlVmFunc *f = g_ptr_array_index (vm->prog->funcs, call->func);

          base = ml_runtime_get_frame_caller (rt, base);
          if (f->flags & ML_VM_FUNC_WRAPPER)
            continue;
          if (call->func == vm->prog->gopanic_func)
            {
              can = non_wrapper > 0 && base == mem_read (vm, p + ML_PANIC_START_SP, 8);
              break;
            }
          if (++non_wrapper > 1)
            break;
        }
    }
  if (can)
    {
      mem_write (vm, p + ML_PANIC_RECOVERED, 1, 1);
      type_word = mem_read (vm, p + ML_PANIC_ARG, 8);
      data_word = mem_read (vm, p + ML_PANIC_ARG + 8, 8);
    }
  mem_write (vm, dst, 8, type_word);
  ml_runtime_write_pointer (rt, dst + 8, data_word);
}
