/* ml-vm-value.c
 *
 * Copyright 2026 The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Typed values in simulated memory, as Go's runtime handles them: copying one (typedmemmove,
 * with the write barrier on its pointer words), zeroing one, comparing two (strings, structs,
 * arrays, interfaces), reading a string, and the type an interface's first word names.  The
 * loop, calls, maps and fmt all move and compare values through these.
 */

#include "config.h"

#include "ml-vm-private.h"

static inline gboolean
ptr_word (const MlVmType *t,
          guint64         w)
{
  return (t->ptrmask[w / 64] >> (w % 64)) & 1;
}

/* typedmemmove, with the write barrier on pointer words. */
void
_ml_vm_copy_value (MlVm           *vm,
                   guint64         dst,
                   guint64         src,
                   const MlVmType *t)
{
  if (t->size == 0 || dst == src)
    return;
  if (!t->has_pointers)
    {
      if (t->size <= 8)
        mem_write (vm, dst, t->size, mem_read (vm, src, t->size));
      else if (t->size <= 4096)
        {
          guint8 buf[4096];

          ml_runtime_read (vm->rt, src, buf, t->size);
          ml_runtime_write (vm->rt, dst, buf, t->size);
        }
      else
        ml_runtime_typed_copy (vm->rt, dst, src, t->sim_type);
      return;
    }
  if (t->size == 8)
    {
      ml_runtime_write_pointer (vm->rt, dst, mem_read (vm, src, 8));
      return;
    }
  if ((dst & 7) == 0 && (src & 7) == 0 && t->size <= 64)
    {
      for (guint64 w = 0; w < t->size / 8; w++)
        {
          guint64 v = mem_read (vm, src + w * 8, 8);

          if (ptr_word (t, w))
            ml_runtime_write_pointer (vm->rt, dst + w * 8, v);
          else
            mem_write (vm, dst + w * 8, 8, v);
        }
      if (t->size & 7)
        mem_write (vm, dst + (t->size & ~7), t->size & 7,
                   mem_read (vm, src + (t->size & ~7), t->size & 7));
      return;
    }
  ml_runtime_typed_copy (vm->rt, dst, src, t->sim_type);
}

/* Zeroes the value of type @t at @dst, its pointer words with the write barrier (and only
 * those that are not nil already). */
void
_ml_vm_zero_value (MlVm           *vm,
                   guint64         dst,
                   const MlVmType *t)
{
  static const guint8 zeros[4096];
  guint64 size = t->size;

  if (t->has_pointers && (dst & 7) == 0)
    {
      for (guint64 w = 0; w < size / 8; w++)
        {
          if (ptr_word (t, w))
            {
              if (mem_read (vm, dst + w * 8, 8) != 0)
                ml_runtime_write_pointer (vm->rt, dst + w * 8, 0);
            }
          else
            mem_write (vm, dst + w * 8, 8, 0);
        }
      if (size & 7)
        mem_write (vm, dst + (size & ~7), size & 7, 0);
      return;
    }
  while (size > 0)
    {
      guint64 n = MIN (size, sizeof zeros);

      ml_runtime_write (vm->rt, dst, zeros, n);
      dst += n;
      size -= n;
    }
}

/* The bytes of the string whose header is at @addr, as a new NUL-terminated copy. */
char *
ml_vm_read_string (MlVm    *vm,
                   guint64  addr,
                   gsize   *len)
{
  guint64 p = mem_read (vm, addr, 8);
  guint64 n = mem_read (vm, addr + 8, 8);
  char *s;

  if (n > G_GUINT64_CONSTANT (1) << 31)
    n = 0;
  s = g_malloc (n + 1);
  if (n > 0)
    ml_runtime_read (vm->rt, p, s, n);
  s[n] = '\0';
  if (len != NULL)
    *len = n;
  return s;
}

/* The type whose descriptor is at @type_addr (an interface's first word), or NULL. */
MlVmType *
ml_vm_type_at (MlVm    *vm,
               guint64  type_addr)
{
  return g_hash_table_lookup (vm->type_by_addr, GSIZE_TO_POINTER (type_addr));
}

/* Whether the strings whose headers are at @a and @b hold the same bytes. */
gboolean
_ml_vm_strings_equal (MlVm    *vm,
                      guint64  a,
                      guint64  b)
{
  guint64 la = mem_read (vm, a + 8, 8), lb = mem_read (vm, b + 8, 8);
  guint64 pa = mem_read (vm, a, 8), pb = mem_read (vm, b, 8);
  guint8 ba[256], bb[256];

  if (la != lb)
    return FALSE;
  if (pa == pb)
    return TRUE;
  for (guint64 off = 0; off < la; off += sizeof ba)
    {
      guint64 n = MIN (la - off, sizeof ba);

      ml_runtime_read (vm->rt, pa + off, ba, n);
      ml_runtime_read (vm->rt, pb + off, bb, n);
      if (memcmp (ba, bb, n) != 0)
        return FALSE;
    }
  return TRUE;
}

/* Whether the values of type @t at @a and @b are equal, as Go's == compares them. */
gboolean
_ml_vm_values_equal (MlVm           *vm,
                     const MlVmType *t,
                     guint64         a,
                     guint64         b)
{
  switch (t->kind)
    {
    case ML_VM_KIND_STRING:
      return _ml_vm_strings_equal (vm, a, b);
    case ML_VM_KIND_STRUCT:
      for (guint i = 0; i < t->n_fields; i++)
        if (!_ml_vm_values_equal (vm, vm_type (vm, t->fields[i].type), a + t->fields[i].offset,
                                  b + t->fields[i].offset))
          return FALSE;
      return TRUE;
    case ML_VM_KIND_ARRAY:
      {
        MlVmType *e = vm_type (vm, t->elem);

        for (guint64 i = 0; i < t->len; i++)
          if (!_ml_vm_values_equal (vm, e, a + i * e->size, b + i * e->size))
            return FALSE;
        return TRUE;
      }
    case ML_VM_KIND_INTERFACE:
      {
        guint64 ta = mem_read (vm, a, 8), tb = mem_read (vm, b, 8);
        MlVmType *dt;

        /* The same type, or the same itab (one per type in an interface type). */
        if (ta != tb)
          return FALSE;
        if (ta == 0)
          return TRUE;
        dt = _ml_vm_dynamic_type (vm, t, a);
        if (dt != NULL && !_ml_vm_type_comparable (vm, dt))
          {
            /* Go's efaceeq: the caller panics ("comparing uncomparable type"). */
            vm->uncomparable = dt;
            return FALSE;
          }
        if (dt == NULL)
          return mem_read (vm, a + 8, 8) == mem_read (vm, b + 8, 8);
        if (ml_vm_kind_is_pointer_word (dt->kind))
          return mem_read (vm, a + 8, 8) == mem_read (vm, b + 8, 8);
        return _ml_vm_values_equal (vm, dt, mem_read (vm, a + 8, 8), mem_read (vm, b + 8, 8));
      }
    ML_VM_KIND_CASES_FLOAT:
      return float_from_bits (mem_read (vm, a, t->size), t->size) ==
             float_from_bits (mem_read (vm, b, t->size), t->size);
    ML_VM_KIND_CASES_COMPLEX:
      {
        guint h = t->size / 2;

        /* Part by part, as floats: 0 == -0, and NaN is equal to nothing. */
        return float_from_bits (mem_read (vm, a, h), h) == float_from_bits (mem_read (vm, b, h), h)
               && float_from_bits (mem_read (vm, a + h, h), h) ==
                  float_from_bits (mem_read (vm, b + h, h), h);
      }
    case ML_VM_KIND_INVALID: case ML_VM_KIND_BOOL: ML_VM_KIND_CASES_SIGNED:
    ML_VM_KIND_CASES_UNSIGNED: ML_VM_KIND_CASES_POINTER_WORD:
    case ML_VM_KIND_SLICE:
    default:
      {
        guint w = MIN (t->size, 8);

        return zero_extend (mem_read (vm, a, w), w) ==
               zero_extend (mem_read (vm, b, w), w);
      }
    }
}

