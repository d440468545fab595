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

/* The VM's state beside sim's: the call stack, then the pending fmt method results. */
static GBytes *
driver_save (gpointer user_data)
{
  MlVm *vm = user_data;
  GByteArray *b = g_byte_array_new ();
  guint32 n = vm->calls->len;

  g_byte_array_append (b, (guint8 *) &n, sizeof n);
  g_byte_array_append (b, (guint8 *) vm->calls->data, n * sizeof (MlVmCall));
  n = vm->fmt_caches->len;
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

void
_ml_vm_fmt_cache_free (gpointer data)
{
  MlVmFmtCache *fc = data;

  g_ptr_array_unref (fc->strings);
  g_free (fc);
}

static void
restore_state (MlVm          *vm,
               const guint8  *p,
               gsize          len)
{
  const guint8 *end;
  guint32 n;

  g_array_set_size (vm->calls, 0);
  g_ptr_array_set_size (vm->fmt_caches, 0);
  /* A step recorded before the VM had state has none to restore (and no pointer to offset). */
  if (p == NULL || len < sizeof n)
    return;
  end = p + len;
  memcpy (&n, p, sizeof n);
  p += sizeof n;
  g_array_append_vals (vm->calls, p, n);
  p += n * sizeof (MlVmCall);
  if (p + sizeof n > end)
    return;
  memcpy (&n, p, sizeof n);
  p += sizeof n;
  for (guint i = 0; i < n; i++)
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

static void
driver_restore (GBytes  *state,
                gpointer user_data)
{
  MlVm *vm = user_data;
  gsize len = 0;
  gconstpointer data = state != NULL ? g_bytes_get_data (state, &len) : NULL;
  guint64 out;

  restore_state (vm, data, len);
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
    case ML_VM_STATUS_LIMIT: return 1;
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

