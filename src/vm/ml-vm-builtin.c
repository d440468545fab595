/* ml-vm-builtin.c
 *
 * Copyright 2026 The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The runtime functions the loop calls out to for the built-ins that do more than one
 * instruction's work: growslice for append, with Go 1.25+'s stack buffers, and
 * runtime.ReadMemStats.
 */

#include "config.h"

#include "ml-vm-private.h"

/* growslice for @n more elements of the slice at @s, the result's header at @dst (which may be
 * @s), with Go 1.25+'s stack buffer strategies.  Returns FALSE past the memory budget. */
gboolean
_ml_vm_grow (MlVm           *vm,
             const MlVmInsn *in,
             guint64         s,
             guint64         dst,
             guint64         n,
             guint64        *out_ptr,
             guint64        *out_len)
{
  MlRuntime *rt = vm->rt;
  guint64 hdr[3];
  guint64 ptr, len, cap, need;

  /* One read for the whole header: each access to simulated memory has a fixed cost. */
  ml_runtime_read (rt, s, hdr, sizeof hdr);
  ptr = hdr[0];
  len = hdr[1];
  cap = hdr[2];
  need = len + n;
  MlVmType *et = vm_type (vm, in->aux);

  *out_len = len;
  if (need > cap)
    {
      guint64 ncap = 0;

      if (need * MAX (et->size, 1) > vm->memory_limit)
        return FALSE;
      if ((in->flags & ML_VM_INSN_BUF_STD) && need * et->size <= 32 &&
          opnd_addr (vm, in->c) != ptr)
        {
          /* The whole 32-byte stack buffer at once: no allocation. */
          guint64 b = opnd_addr (vm, in->c);

          for (guint64 i = 0; i < len; i++)
            _ml_vm_copy_value (vm, b + i * et->size, ptr + i * et->size, et);
          ptr = b;
          cap = 32 / et->size;
        }
      else if ((in->flags & ML_VM_INSN_BUF_WALK) && need * et->size <= 32)
        {
          /* growsliceBuf's capacities (one size class up each time); the model keeps these
           * small arrays on the heap, where Go moves them at return. */
          guint64 bytes = (need * et->size + 7) & ~G_GUINT64_CONSTANT (7);
          guint64 p = ml_runtime_malloc (rt, bytes, et->sim_type);

          for (guint64 i = 0; i < len; i++)
            _ml_vm_copy_value (vm, p + i * et->size, ptr + i * et->size, et);
          ptr = p;
          cap = bytes / et->size;
          vm->allocated = TRUE;
        }
      else
        {
          ptr = ml_runtime_growslice (rt, ptr, len, cap, need, et->sim_type, &ncap);
          cap = ncap;
          vm->allocated = TRUE;
        }
      ml_runtime_write_pointer (rt, dst, ptr);
      mem_write (vm, dst + 16, 8, cap);
      if (vm->allocated && !check_memory (vm))
        return FALSE;
    }
  else if (dst != s)
    {
      ml_runtime_write_pointer (rt, dst, ptr);
      mem_write (vm, dst + 16, 8, cap);
    }
  mem_write (vm, dst + 8, 8, need);
  *out_ptr = ptr;
  return TRUE;
}

/* The fields of runtime.MemStats that are words of MlMemStats too. */
static const struct
{
  const char *name;
  gsize       offset;
} memstats_words[] = {
  { "Alloc", G_STRUCT_OFFSET (MlMemStats, alloc) },
  { "TotalAlloc", G_STRUCT_OFFSET (MlMemStats, total_alloc) },
  { "Sys", G_STRUCT_OFFSET (MlMemStats, sys) },
  { "Mallocs", G_STRUCT_OFFSET (MlMemStats, mallocs) },
  { "Frees", G_STRUCT_OFFSET (MlMemStats, frees) },
  { "HeapAlloc", G_STRUCT_OFFSET (MlMemStats, heap_alloc) },
  { "HeapSys", G_STRUCT_OFFSET (MlMemStats, heap_sys) },
  { "HeapIdle", G_STRUCT_OFFSET (MlMemStats, heap_idle) },
  { "HeapInuse", G_STRUCT_OFFSET (MlMemStats, heap_inuse) },
  { "HeapReleased", G_STRUCT_OFFSET (MlMemStats, heap_released) },
  { "HeapObjects", G_STRUCT_OFFSET (MlMemStats, heap_objects) },
  { "StackInuse", G_STRUCT_OFFSET (MlMemStats, stack_inuse) },
  { "StackSys", G_STRUCT_OFFSET (MlMemStats, stack_sys) },
  { "NextGC", G_STRUCT_OFFSET (MlMemStats, next_gc) },
  { "LastGC", G_STRUCT_OFFSET (MlMemStats, last_gc) },
  { "PauseTotalNs", G_STRUCT_OFFSET (MlMemStats, pause_total_ns) },
};

/* The value of the runtime.MemStats field @name in @st: an integer, or a float64's bits.
 * FALSE for a field the model does not fill. */
static gboolean
memstats_value (const MlMemStats *st,
                const char       *name,
                guint64          *v)
{
  for (guint i = 0; i < G_N_ELEMENTS (memstats_words); i++)
    if (g_str_equal (name, memstats_words[i].name))
      {
        *v = G_STRUCT_MEMBER (guint64, st, memstats_words[i].offset);
        return TRUE;
      }
  if (g_str_equal (name, "NumGC"))
    *v = st->num_gc;
  else if (g_str_equal (name, "NumForcedGC"))
    *v = st->num_forced_gc;
  else if (g_str_equal (name, "EnableGC"))
    *v = st->enable_gc ? 1 : 0;
  else if (g_str_equal (name, "GCCPUFraction"))
    *v = float_to_bits (st->gc_cpu_fraction, 8);
  else
    return FALSE;
  return TRUE;
}

/* runtime.ReadMemStats: fills the runtime.MemStats of type @t at @dst, field by field, with
 * what the model knows. */
void
_ml_vm_fill_memstats (MlVm           *vm,
                      guint64         dst,
                      const MlVmType *t)
{
  g_autofree MlMemStats *st = g_new0 (MlMemStats, 1);

  ml_runtime_read_memstats (vm->rt, st);
  for (guint i = 0; i < t->n_fields; i++)
    {
      const MlVmField *f = &t->fields[i];
      guint64 a = dst + f->offset;
      MlVmType *ft = vm_type (vm, f->type);
      guint64 v = 0;

      if (g_str_equal (f->name, "PauseNs") || g_str_equal (f->name, "PauseEnd"))
        {
          const guint64 *src = g_str_equal (f->name, "PauseNs") ? st->pause_ns : st->pause_end;

          for (guint k = 0; k < 256 && k * 8 < ft->size; k++)
            mem_write (vm, a + k * 8, 8, src[k]);
        }
      else if (memstats_value (st, f->name, &v) && ft->size <= 8)
        mem_write (vm, a, ft->size, v);
    }
}
