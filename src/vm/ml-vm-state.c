/* ml-vm-state.c
 *
 * Copyright 2026 The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The VM's state between steps, as history and the engine see it.  Everything a program
 * computes lives in simulated memory, so what the VM keeps of its own is small: the call
 * stack and the results of the String() methods a fmt instruction is collecting, which
 * sim's driver hooks save and restore with history, and the position, output and status,
 * which the getters here read.
 */

#include "config.h"

#include <string.h>

#include "ml-vm-private.h"
#include "ml-model-check.h"

/* History keeps the callers as a chain shared between the steps it saves: a step that calls
 * or returns adds or drops a link, so a recursion a hundred thousand calls deep costs history
 * one caller per call, not the whole stack at every step (which grew with the square of the
 * depth).  Links are immutable once made; a change to a caller's return position makes a new
 * link for it and the callers above. */
struct _MlVmCallNode
{
  gatomicrefcount  ref;
  MlVmCallNode    *parent;
  guint            depth;   /* how many callers up to and including this one */
  MlVmCall         call;
};

static MlVmCallNode *
call_node_new (MlVmCallNode   *parent,
               const MlVmCall *call)
{
  MlVmCallNode *node = g_new (MlVmCallNode, 1);

  g_atomic_ref_count_init (&node->ref);
  node->parent = parent;   /* takes the caller's reference */
  node->depth = parent != NULL ? parent->depth + 1 : 1;
  node->call = *call;
  return node;
}

static MlVmCallNode *
call_node_ref (MlVmCallNode *node)
{
  if (node != NULL)
    g_atomic_ref_count_inc (&node->ref);
  return node;
}

void
_ml_vm_call_node_unref (MlVmCallNode *node)
{
  /* A loop, not recursion: a chain can be as long as the deepest recursion. */
  while (node != NULL && g_atomic_ref_count_dec (&node->ref))
    {
      MlVmCallNode *parent = node->parent;

      g_free (node);
      node = parent;
    }
}

/* The chain for the callers now: the part of the last one still valid, then new links. */
static MlVmCallNode *
update_saved_calls (MlVm *vm)
{
  MlVmCallNode *node = call_node_ref (vm->saved_calls);
  guint clean = MIN (vm->calls_clean, vm->calls->len);

  while (node != NULL && node->depth > clean)
    {
      MlVmCallNode *parent = call_node_ref (node->parent);

      _ml_vm_call_node_unref (node);
      node = parent;
    }
  for (guint i = node != NULL ? node->depth : 0; i < vm->calls->len; i++)
    node = call_node_new (node, &g_array_index (vm->calls, MlVmCall, i));
  g_clear_pointer (&vm->saved_calls, _ml_vm_call_node_unref);
  vm->saved_calls = call_node_ref (node);
  vm->calls_clean = vm->calls->len;
  return node;
}

/* What history keeps of the VM at a step: the chain of callers, and the pending fmt method
 * results, serialized (they are few). */
typedef struct
{
  MlVmCallNode *calls;
  GBytes       *fmt;
} SavedState;

static void
saved_state_free (gpointer data)
{
  SavedState *state = data;

  _ml_vm_call_node_unref (state->calls);
  g_bytes_unref (state->fmt);
  g_free (state);
}

static GBytes *
save_fmt_caches (MlVm *vm)
{
  GByteArray *b = g_byte_array_new ();
  guint32 n = vm->fmt_caches->len;

  g_byte_array_append (b, (guint8 *) &n, sizeof n);
  for (guint i = 0; i < vm->fmt_caches->len; i++)
    {
      MlVmFmtCache *fc = g_ptr_array_index (vm->fmt_caches, i);
      guint32 head[5] = { fc->depth, fc->func, fc->pc, fc->pending, fc->strings->len };

      g_byte_array_append (b, (guint8 *) head, sizeof head);
      for (guint k = 0; k < fc->strings->len; k++)
        {
          const char *str = g_ptr_array_index (fc->strings, k);
          gint32 len = str != NULL ? (gint32) strlen (str) : -1;

          g_byte_array_append (b, (guint8 *) &len, sizeof len);
          if (str != NULL)
            g_byte_array_append (b, (const guint8 *) str, len);
        }
    }
  return g_byte_array_free_to_bytes (b);
}

/* The VM's state beside sim's.  The GBytes history keeps holds a SavedState. */
static GBytes *
driver_save (gpointer user_data)
{
  MlVm *vm = user_data;
  SavedState *state = g_new0 (SavedState, 1);

  state->calls = update_saved_calls (vm);
  state->fmt = save_fmt_caches (vm);
  return g_bytes_new_with_free_func (state, sizeof *state, saved_state_free, state);
}

void
_ml_vm_fmt_cache_free (gpointer data)
{
  MlVmFmtCache *fc = data;

  g_ptr_array_unref (fc->strings);
  g_free (fc);
}

static void
restore_fmt_caches (MlVm         *vm,
                    const guint8 *p,
                    gsize         len)
{
  const guint8 *end;
  guint32 n;

  g_ptr_array_set_size (vm->fmt_caches, 0);
  /* A step recorded before the VM had state has none to restore (and no pointer to offset). */
  if (p == NULL || len < sizeof n)
    return;
  end = p + len;
  memcpy (&n, p, sizeof n);
  p += sizeof n;
  for (guint i = 0; i < n && p + 5 * sizeof (guint32) <= end; i++)
    {
      MlVmFmtCache *fc = g_new0 (MlVmFmtCache, 1);
      guint32 head[5];

      memcpy (head, p, sizeof head);
      p += sizeof head;
      fc->depth = head[0];
      fc->func = head[1];
      fc->pc = head[2];
      fc->pending = head[3];
      fc->strings = g_ptr_array_new_with_free_func (g_free);
      for (guint k = 0; k < head[4]; k++)
        {
          gint32 slen;

          memcpy (&slen, p, sizeof slen);
          p += sizeof slen;
          g_ptr_array_add (fc->strings, slen >= 0 ? g_strndup ((const char *) p, slen) : NULL);
          if (slen > 0)
            p += slen;
        }
      g_ptr_array_add (vm->fmt_caches, fc);
    }
}

/* The callers and fmt results of @saved (NULL: none, the state before the program started). */
static void
restore_state (MlVm             *vm,
               const SavedState *saved)
{
  MlVmCallNode *node = saved != NULL ? saved->calls : NULL;
  gsize len = 0;
  const guint8 *fmt = saved != NULL && saved->fmt != NULL ? g_bytes_get_data (saved->fmt, &len) : NULL;

  g_array_set_size (vm->calls, node != NULL ? node->depth : 0);
  for (MlVmCallNode *n = node; n != NULL; n = n->parent)
    g_array_index (vm->calls, MlVmCall, n->depth - 1) = n->call;
  g_clear_pointer (&vm->saved_calls, _ml_vm_call_node_unref);
  vm->saved_calls = call_node_ref (node);
  vm->calls_clean = vm->calls->len;
  restore_fmt_caches (vm, fmt, len);
}

static void
driver_restore (GBytes  *state,
                gpointer user_data)
{
  MlVm *vm = user_data;
  gsize len = 0;
  const SavedState *saved = state != NULL ? g_bytes_get_data (state, &len) : NULL;
  guint64 out;

  ml_model_check (saved == NULL || len == sizeof (SavedState));
  restore_state (vm, saved);
  set_position (vm, ml_runtime_get_register (vm->rt, ML_VM_REG_PC) >> 32,
                ml_runtime_get_register (vm->rt, ML_VM_REG_PC) & 0xffffffffu);
  for (guint i = 0; i < ML_VM_N_REGS; i++)
    vm->regs[i] = ml_runtime_get_register (vm->rt, i);
  /* Going back keeps the text printed after the step, so that stepping forward again through
   * history shows it once more; printing on a new branch drops it (emit_output). */
  out = ml_runtime_get_register (vm->rt, ML_VM_REG_OUTPUT);
  if (out < vm->output->len)
    {
      g_string_prepend_len (vm->output_ahead, vm->output->str + out, vm->output->len - out);
      g_string_truncate (vm->output, out);
    }
  else if (out > vm->output->len)
    {
      gsize take = MIN (out - vm->output->len, vm->output_ahead->len);

      g_string_append_len (vm->output, vm->output_ahead->str, take);
      g_string_erase (vm->output_ahead, 0, take);
    }
  vm->status = ml_runtime_get_register (vm->rt, ML_VM_REG_STATUS);
  vm->fp = ml_runtime_get_frame_depth (vm->rt, 1) > 0 ? ml_runtime_get_frame_base (vm->rt, 1, 0)
           : 0;
  vm->started = TRUE;
}

/* Saves and restores the VM's own state with sim's history from now on. */
void
_ml_vm_connect_history (MlVm *vm)
{
  ml_runtime_set_driver_hooks (vm->rt, driver_save, driver_restore, vm, NULL);
}

const char *
ml_vm_get_output (MlVm  *self,
                  gsize *len)
{
  g_return_val_if_fail (self != NULL, NULL);
  if (len != NULL)
    *len = self->output->len;
  return self->output->str;
}

const char *
ml_vm_get_panic_message (MlVm *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->panic_message;
}

const char *
ml_vm_get_limit_message (MlVm *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->limit_message;
}

MlVmLimit
ml_vm_get_limit (MlVm *self)
{
  g_return_val_if_fail (self != NULL, ML_VM_LIMIT_NONE);
  return self->status == ML_VM_STATUS_LIMIT ? self->limit : ML_VM_LIMIT_NONE;
}

guint64
ml_vm_get_n_statements (MlVm *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->statements;
}

gboolean
ml_vm_is_finished (MlVm *self)
{
  g_return_val_if_fail (self != NULL, TRUE);
  return self->status != ML_VM_STATUS_READY;
}

int
ml_vm_get_exit_status (MlVm *self)
{
  g_return_val_if_fail (self != NULL, 1);
  switch (self->status)
    {
    case ML_VM_STATUS_PANICKED: return 2;
    case ML_VM_STATUS_LIMIT: case ML_VM_STATUS_FAULTED: return 1;
    case ML_VM_STATUS_READY: case ML_VM_STATUS_EXITED:
    default: return 0;
    }
}

void
ml_vm_get_position (MlVm        *self,
                    const char **function,
                    guint       *line,
                    guint       *col)
{
  const MlVmPos *pos = NULL;
  MlVmFunc *f;
  guint pc;

  g_return_if_fail (self != NULL);

  f = self->f;
  pc = self->pc;
  /* In runtime.gopanic, where a panic starts, the program is where it panicked; in the
   * standard library, it is at the call that entered it. */
  for (guint depth = self->calls->len;
       f != NULL && (f->flags & (ML_VM_FUNC_RUNTIME | ML_VM_FUNC_LIBRARY)) && depth > 0;
       depth--)
    {
      MlVmCall *c = &g_array_index (self->calls, MlVmCall, depth - 1);

      f = g_ptr_array_index (self->prog->funcs, c->func);
      pc = c->ret_pc - 1;
    }
  if (f != NULL && pc < f->code_pos->len)
    pos = &g_array_index (f->code_pos, MlVmPos, pc);
  if (function != NULL)
    *function = f != NULL ? f->name : NULL;
  if (line != NULL)
    *line = pos != NULL ? pos->line : 0;
  if (col != NULL)
    *col = pos != NULL ? pos->col : 0;
}

