/* ml-vm-stackmap.c
 *
 * Copyright 2026 The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The stack maps the collector asks for: the liveness the compiler computed over slots
 * (ml-compile-liveness.c), turned into maps over frame words once the loader has laid the
 * frames out, and chosen for each frame by where it is, as Go chooses a stack map by the
 * frame's PC: the current instruction for the innermost frame, the call it waits in for the
 * others.  A file of its own because it is the one place sim calls the VM back.
 */

#include "config.h"

#include "ml-vm-private.h"

/* The word maps of @f, from its slot maps and the offsets the loader gave its slots: every
 * word of a live slot is set; sim keeps only the pointer words among them. */
void
_ml_vm_stackmap_load (MlVmProgram *prog,
                      MlVmFunc    *f)
{
  guint64 words;

  if (f->maps == NULL || f->n_maps == 0 || f->word_maps != NULL)
    return;
  words = (f->frame_size + 7) / 8;
  f->word_map_words = (guint) (words / 64 + 1);
  f->word_maps = g_new0 (guint64, (gsize) f->n_maps * f->word_map_words);
  for (guint m = 0; m < f->n_maps; m++)
    {
      const guint64 *set = &f->maps[(gsize) m * f->map_words];
      guint64 *out = &f->word_maps[(gsize) m * f->word_map_words];

      for (guint s = 0; s < f->slots->len; s++)
        {
          const MlVmSlot *slot = &g_array_index (f->slots, MlVmSlot, s);
          guint64 end;

          if (!((set[s / 64] >> (s % 64)) & 1))
            continue;
          end = slot->offset + ml_vm_program_get_type (prog, slot->type)->size;
          for (guint64 w = slot->offset / 8; w < words && w * 8 < end; w++)
            out[w / 64] |= G_GUINT64_CONSTANT (1) << (w % 64);
        }
    }
}

/* sim's question: which words of frame @depth of goroutine @goid are live.  The VM runs one
 * goroutine; a frame it cannot match to its own call stack (one being pushed or popped, a
 * deferred call, a panic's, a method fmt calls) keeps every slot live. */
static gboolean
stack_map_cb (MlRuntime  *rt,
              guint64     goid,
              guint64     depth,
              guint       layout_id,
              MlStackMap *map,
              gpointer    user_data)
{
  MlVm *vm = user_data;
  MlVmFunc *f;
  guint func, pc;
  gboolean innermost = depth == 0;

  if (goid != 1 || !vm->started)
    return FALSE;
  if (innermost)
    {
      func = vm->func;
      pc = vm->pc;
    }
  else
    {
      const MlVmCall *call;

      if (depth > vm->calls->len)
        return FALSE;
      call = &g_array_index (vm->calls, MlVmCall, vm->calls->len - depth);
      if (call->call_site >= ML_VM_CALL_PANIC || call->ret_pc == 0)
        return FALSE;
      func = call->func;
      pc = call->ret_pc - 1;
    }
  if (func >= vm->prog->funcs->len)
    return FALSE;
  f = g_ptr_array_index (vm->prog->funcs, func);
  if (f->word_maps == NULL || f->layout_id != layout_id || pc >= f->code->len)
    return FALSE;
  map->live = &f->word_maps[(gsize) (innermost ? f->map_at[pc] : f->map_call[pc])
                            * f->word_map_words];
  map->dead_after = f->dead_after;
  return TRUE;
}

void
_ml_vm_stackmap_connect (MlVm *vm)
{
  ml_runtime_set_stack_map_func (vm->rt, stack_map_cb, vm);
}
