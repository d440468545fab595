/* ml-vm-swapper.c
 *
 * Copyright 2026 The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What sort.Slice and sort.SliceStable ask of reflect (internal/reflectlite's ValueOf(x).Len
 * and Swapper): the length of the slice inside an any, and swapping two of its elements,
 * whatever their size, as typedmemmove does (with the write barrier on pointer words).  The
 * bundled sort package builds Go's Swapper and pdqsort on these two, in Go.  A file of its own
 * because it is the only place where the VM looks into a value through its dynamic type for
 * the standard library.
 */

#include "config.h"

#include <string.h>

#include "ml-vm-private.h"

/* Writes the @t value in @buf to @dst, through the write barrier for its pointer words. */
static void
store_value (MlVm           *vm,
             guint64         dst,
             const guint8   *buf,
             const MlVmType *t)
{
  guint64 words = t->size / 8;

  if (!t->has_pointers)
    {
      ml_runtime_write (vm->rt, dst, buf, t->size);
      return;
    }
  for (guint64 w = 0; w < words; w++)
    {
      guint64 v;

      memcpy (&v, buf + w * 8, 8);
      if ((t->ptrmask[w / 64] >> (w % 64)) & 1)
        ml_runtime_write_pointer (vm->rt, dst + w * 8, v);
      else
        mem_write (vm, dst + w * 8, 8, v);
    }
  if (t->size & 7)
    ml_runtime_write (vm->rt, dst + words * 8, buf + words * 8, t->size & 7);
}

/* The slice type inside the any at @iv, with its header's address in @hdr; NULL (and the
 * dynamic type's kind in @kind) when it holds no slice. */
static const MlVmType *
any_slice (MlVm     *vm,
           guint64   iv,
           guint64  *hdr,
           MlVmKind *kind)
{
  guint64 tw = mem_read (vm, iv, 8);
  const MlVmType *t = tw != 0 ? ml_vm_type_at (vm, tw) : NULL;

  *kind = t != NULL ? t->kind : ML_VM_KIND_INVALID;
  if (t == NULL || t->kind != ML_VM_KIND_SLICE)
    return NULL;
  *hdr = mem_read (vm, iv + 8, 8);
  return t;
}

/* The size of the scratch value reflectlite.Swapper allocates for elements of type @et: none
 * for a pointer, a string or a word of 1, 2, 4 or 8 bytes without pointers, which it swaps as
 * such; the element's size for any other, which it moves with typedmemmove. */
static guint64
scratch_size (const MlVmType *et)
{
  if (et->has_pointers)
    return et->size == 8 || et->kind == ML_VM_KIND_STRING ? 0 : et->size;
  return et->size == 8 || et->size == 4 || et->size == 2 || et->size == 1 ? 0 : et->size;
}

/* ANYSLICE: w 2: a(int) = scratch_size() of the slice's elements in the any b; w 0: a(int) = the length of the slice in the any b, or -1 minus the dynamic
 * type's kind (0 for nil) when it holds something else, for reflect's ValueError; w 1: swap
 * elements b and c (ints) of the slice in the any a.  The bundled sort package passes only
 * indices below the length; any other leaves the slice as it is. */
void
_ml_vm_any_slice (MlVm           *vm,
                  const MlVmInsn *in)
{
  guint64 hdr = 0;
  MlVmKind kind;
  const MlVmType *st, *et;
  guint64 arr, len, i, j, a1, a2;
  guint8 small[2][64];
  guint8 *b1, *b2;

  if (in->w == 2)
    {
      st = any_slice (vm, opnd_addr (vm, in->b), &hdr, &kind);
      et = st != NULL ? vm_type (vm, st->elem) : NULL;
      mem_write (vm, opnd_addr (vm, in->a), 8, et != NULL ? scratch_size (et) : 0);
      return;
    }
  if (in->w == 0)
    {
      st = any_slice (vm, opnd_addr (vm, in->b), &hdr, &kind);
      mem_write (vm, opnd_addr (vm, in->a), 8,
                 st != NULL ? mem_read (vm, hdr + 8, 8) : (guint64) (-1 - (gint64) kind));
      return;
    }
  st = any_slice (vm, opnd_addr (vm, in->a), &hdr, &kind);
  if (st == NULL)
    return;
  et = vm_type (vm, st->elem);
  arr = mem_read (vm, hdr, 8);
  len = mem_read (vm, hdr + 8, 8);
  i = mem_read (vm, opnd_addr (vm, in->b), 8);
  j = mem_read (vm, opnd_addr (vm, in->c), 8);
  if (i >= len || j >= len || i == j || et->size == 0)
    return;
  a1 = arr + i * et->size;
  a2 = arr + j * et->size;
  b1 = et->size <= 64 ? small[0] : g_malloc (et->size);
  b2 = et->size <= 64 ? small[1] : g_malloc (et->size);
  ml_runtime_read (vm->rt, a1, b1, et->size);
  ml_runtime_read (vm->rt, a2, b2, et->size);
  store_value (vm, a1, b2, et);
  store_value (vm, a2, b1, et);
  if (et->size > 64)
    {
      g_free (b1);
      g_free (b2);
    }
}
