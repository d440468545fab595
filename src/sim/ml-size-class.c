/* ml-size-class.c
 *
 * Copyright 2026 The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Size-class arithmetic: the lookups of runtime/msize.go, roundupsize, and the capacity
 * computation of growslice (runtime/slice.go), exactly as Go 1.27 does them (go-runtime.md
 * sections 5 and 7).
 */

#include "ml-size-class-private.h"

guint32 _ml_class_divmagic[ML_NUM_SIZE_CLASSES];
guint32 _ml_class_nelems[ML_NUM_SIZE_CLASSES];

void
_ml_size_class_init_tables (void)
{
  static gsize done = 0;

  if (g_once_init_enter (&done))
    {
      for (guint c = 1; c < ML_NUM_SIZE_CLASSES; c++)
        {
          _ml_class_divmagic[c] = ml_size_class_to_div_magic (c);
          _ml_class_nelems[c] = ml_size_class_to_nelems (c);
        }
      g_once_init_leave (&done, 1);
    }
}

guint
ml_size_class_to_size (guint size_class)
{
  g_return_val_if_fail (size_class < ML_NUM_SIZE_CLASSES, 0);
  return size_class_to_size[size_class];
}

guint
ml_size_class_to_npages (guint size_class)
{
  g_return_val_if_fail (size_class < ML_NUM_SIZE_CLASSES, 0);
  return size_class_to_npages[size_class];
}

guint
ml_size_class_to_nelems (guint size_class)
{
  g_return_val_if_fail (size_class > 0 && size_class < ML_NUM_SIZE_CLASSES, 0);
  return (size_class_to_npages[size_class] * ML_PAGE_SIZE) / size_class_to_size[size_class];
}

guint32
ml_size_class_to_div_magic (guint size_class)
{
  g_return_val_if_fail (size_class < ML_NUM_SIZE_CLASSES, 0);
  if (size_class == 0)
    return 0;
  /* ^uint32(0)/size + 1, as the generated SizeClassToDivMagic table. */
  return G_MAXUINT32 / size_class_to_size[size_class] + 1;
}

/* The size class of a small request (size <= 32768), as mallocgc looks it up: the 8-byte
 * table up to 1016 bytes, then the 128-byte one.  Returns 0 for large sizes. */
guint
ml_size_to_class (guint64 size)
{
  if (size > ML_MAX_SMALL_SIZE)
    return 0;
  if (size <= ML_SMALL_SIZE_MAX - 8)
    return size_to_size_class8[(size + ML_SMALL_SIZE_DIV - 1) / ML_SMALL_SIZE_DIV];
  return size_to_size_class128[(size - ML_SMALL_SIZE_MAX + ML_LARGE_SIZE_DIV - 1) / ML_LARGE_SIZE_DIV];
}

/* runtime/msize.go roundupsize: the size mallocgc will really hand out for a request, minus
 * the malloc header it may add for pointerful objects above 512 bytes. */
guint64
ml_roundupsize (guint64  size,
                gboolean noscan)
{
  guint64 req = size;

  if (req <= ML_MAX_SMALL_ALLOC)
    {
      if (!noscan && req > ML_MIN_SIZE_FOR_MALLOC_HEADER)
        req += ML_MALLOC_HEADER_SIZE;
      if (req <= ML_SMALL_SIZE_MAX - 8)
        return size_class_to_size[size_to_size_class8[(req + 7) / 8]] - (req - size);
      return size_class_to_size[size_to_size_class128[(req - ML_SMALL_SIZE_MAX + 127) / 128]] - (req - size);
    }

  req += ML_PAGE_SIZE - 1;
  if (req < size)
    return size;
  return req & ~(guint64) (ML_PAGE_SIZE - 1);
}

/* runtime/slice.go nextslicecap, verbatim in C. */
gint64
ml_nextslicecap (gint64 new_len,
                 gint64 old_cap)
{
  const gint64 threshold = 256;
  gint64 newcap = old_cap;
  gint64 doublecap = newcap + newcap;

  if (new_len > doublecap)
    return new_len;
  if (old_cap < threshold)
    return doublecap;
  for (;;)
    {
      /* Transition from growing 2x for small slices to 1.25x for large ones. */
      newcap += (newcap + 3 * threshold) >> 2;
      if ((guint64) newcap >= (guint64) new_len)
        break;
    }
  if (newcap <= 0)
    return new_len;
  return newcap;
}

/* The capacity growslice settles on: nextslicecap, then the byte size rounded up to what the
 * allocator really returns, divided back into elements.  @out_bytes receives the allocation
 * size (capmem). */
gint64
ml_growslice_cap (gint64    new_len,
                  gint64    old_cap,
                  guint64   elem_size,
                  gboolean  elem_has_pointers,
                  guint64  *out_bytes)
{
  gint64 newcap = ml_nextslicecap (new_len, old_cap);
  guint64 capmem;

  if (elem_size == 0)
    {
      if (out_bytes != NULL)
        *out_bytes = 0;
      return newcap;
    }
  capmem = ml_roundupsize ((guint64) newcap * elem_size, !elem_has_pointers);
  newcap = (gint64) (capmem / elem_size);
  capmem = (guint64) newcap * elem_size;
  if (out_bytes != NULL)
    *out_bytes = capmem;
  return newcap;
}
