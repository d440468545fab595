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

/* The elements a stack buffer of append or make holds: Go's cmd/compile sizes it by
 * -d=variablemakethreshold, 32 bytes, rounding the count down. */
static inline guint64
stack_buffer_len (const MlVmType *et)
{
  return et->size > 0 && et->size <= ML_VM_STACK_BUFFER ? ML_VM_STACK_BUFFER / et->size : 0;
}

/* memmove of @n elements of @et from @src to @dst (they may overlap), pointer words with the
 * write barrier. */
void
_ml_vm_move_elems (MlVm           *vm,
                   guint64         dst,
                   guint64         src,
                   guint64         n,
                   const MlVmType *et)
{
  if (n == 0 || dst == src || et->size == 0)
    return;
  if (!et->has_pointers)
    {
      g_autofree guint8 *tmp = g_malloc (n * et->size);

      ml_runtime_read (vm->rt, src, tmp, n * et->size);
      ml_runtime_write (vm->rt, dst, tmp, n * et->size);
      return;
    }
  ml_runtime_typed_slice_copy (vm->rt, dst, src, et->sim_type, n);
}

/* Zeroes elements [@from, @to) of the array of @et at @p. */
static void
zero_elems (MlVm           *vm,
            guint64         p,
            guint64         from,
            guint64         to,
            const MlVmType *et)
{
  for (guint64 i = from; i < to; i++)
    _ml_vm_zero_value (vm, p + i * et->size, et);
}

/* The backing array for @need elements when the append of @in outgrows the slice (@ptr, @len,
 * @cap): its address, its capacity in @cap.  Go 1.25+ has two ways to use the stack buffer
 * of @in (operand c), and growslice for everything else:
 *  - ssagen's append (BUF_STD), at the first append site of a slice: the whole buffer, when
 *    the slice is empty, what it needs fits, and this call of the function has not used the
 *    buffer yet (the flag at operand pad);
 *  - runtime.growsliceBuf (BUF_WALK), at every append of a slice that move2heap takes to
 *    the heap later and whose capacity is used: the buffer, with the capacity of the next
 *    size class only, so that the move copies no more than it must.
 * Returns 0 when the heap is exhausted. */
static guint64
grow_backing (MlVm           *vm,
              const MlVmInsn *in,
              const MlVmType *et,
              guint64         ptr,
              guint64         len,
              guint64        *cap,
              guint64         need)
{
  guint64 k = stack_buffer_len (et);
  guint64 buf = opnd_addr (vm, in->c);

  if ((in->flags & ML_VM_INSN_BUF_STD) && need <= k && len == 0 &&
      mem_read (vm, opnd_addr (vm, in->pad), 1) == 0)
    {
      zero_elems (vm, buf, 0, k, et);
      mem_write (vm, opnd_addr (vm, in->pad), 1, 1);
      *cap = k;
      return buf;
    }
  if ((in->flags & ML_VM_INSN_BUF_WALK) && need <= k)
    {
      guint64 ncap = ml_roundupsize (need * et->size, !et->has_pointers) / et->size;

      if (ptr != buf)
        _ml_vm_move_elems (vm, buf, ptr, len, et);
      zero_elems (vm, buf, need, ncap, et);
      *cap = ncap;
      return buf;
    }
  vm->allocated = TRUE;
  return ml_runtime_growslice (vm->rt, ptr, len, *cap, need, et->sim_type, cap);
}

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
      if (need * MAX (et->size, 1) > vm->memory_limit)
        return FALSE;
      ptr = grow_backing (vm, in, et, ptr, len, &cap, need);
      if (ptr == 0)
        return FALSE;
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

/* move2heap (cmd/compile/internal/slice): before the slice at @in's operand a stops being the
 * only reference to its backing array (it is returned, assigned, ranged over), an array in
 * this frame is copied to the heap.  With w = 1 its capacity is kept (runtime.moveSlice);
 * otherwise it shrinks to the size class of its length (moveSliceNoCap).  Returns FALSE when
 * the heap or the memory budget is exhausted. */
gboolean
_ml_vm_move_to_heap (MlVm           *vm,
                     const MlVmInsn *in)
{
  MlRuntime *rt = vm->rt;
  MlVmType *et = vm_type (vm, in->aux);
  guint64 s = opnd_addr (vm, in->a);
  guint64 hdr[3];
  guint64 n, ncap, bytes, p;

  ml_runtime_read (rt, s, hdr, sizeof hdr);
  if (hdr[0] < vm->fp || hdr[0] >= vm->fp + vm->f->frame_size || et->size == 0)
    return TRUE;
  n = in->w == 1 ? hdr[2] : hdr[1];
  if (n == 0)
    {
      ml_runtime_write_pointer (rt, s, ml_runtime_zerobase (rt));
      mem_write (vm, s + 8, 8, 0);
      mem_write (vm, s + 16, 8, 0);
      return TRUE;
    }
  if (in->w == 1)
    bytes = n * et->size, ncap = n;
  else
    {
      bytes = ml_roundupsize (n * et->size, !et->has_pointers);
      ncap = bytes / et->size;
      /* moveSliceNoCap allocates whole elements; the version without pointers the whole
       * size class. */
      if (et->has_pointers)
        bytes = ncap * et->size;
    }
  p = ml_runtime_malloc (rt, bytes, et->sim_type);
  vm->allocated = TRUE;
  if (p == 0)
    return FALSE;
  _ml_vm_move_elems (vm, p, hdr[0], n, et);
  ml_runtime_write_pointer (rt, s, p);
  mem_write (vm, s + 16, 8, ncap);
  return check_memory (vm);
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
  { "MSpanInuse", G_STRUCT_OFFSET (MlMemStats, mspan_inuse) },
  { "MSpanSys", G_STRUCT_OFFSET (MlMemStats, mspan_sys) },
  { "MCacheInuse", G_STRUCT_OFFSET (MlMemStats, mcache_inuse) },
  { "MCacheSys", G_STRUCT_OFFSET (MlMemStats, mcache_sys) },
  { "BuckHashSys", G_STRUCT_OFFSET (MlMemStats, buckhash_sys) },
  { "GCSys", G_STRUCT_OFFSET (MlMemStats, gc_sys) },
  { "OtherSys", G_STRUCT_OFFSET (MlMemStats, other_sys) },
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

  /* readmemstats_m flushes every mcache, which forgets the tiny block. */
  ml_runtime_clear_tiny (vm->rt);
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
