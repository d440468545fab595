/* ml-vm-map.c
 *
 * Copyright 2026 The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Maps as the runtime model keeps them: a header object { count, cap, entries, used } and an
 * array of { key, elem, tophash } entries, searched linearly.  Go 1.24+ uses Swiss tables; the
 * model keeps what matters for memory (a header object and a separately allocated, growing
 * array of slots).  Finding and inserting a key live here; the loop's map instructions
 * (make, get, set, delete, iterate) call them.
 */

#include "config.h"

#include "ml-vm-private.h"

/* The address of the entry of @key in the map of type @mt whose header is at @m: the
 * existing one, or with @insert a new one holding @key when there is none, else 0.  A full
 * array of entries is replaced by a larger one with the live entries only (deleted slots are
 * reclaimed). */
guint64
_ml_vm_map_entry (MlVm           *vm,
                  const MlVmType *mt,
                  guint64         m,
                  guint64         key,
                  gboolean        insert)
{
  MlVmType *et = vm_type (vm, mt->entry);
  MlVmType *kt = vm_type (vm, mt->key);
  guint64 used = mem_read (vm, m + 24, 8);
  guint64 entries = mem_read (vm, m + 16, 8);
  guint64 count, cap, e;

  for (guint64 i = 0; i < used; i++)
    {
      e = entries + i * et->size;
      if (map_entry_live (vm, et, e) && _ml_vm_values_equal (vm, kt, e, key))
        return e;
    }
  if (!insert)
    return 0;

  count = mem_read (vm, m, 8);
  cap = mem_read (vm, m + 8, 8);
  if (used == cap)
    {
      guint64 ncap = count + 1 <= cap / 2 ? MAX (cap, 8) : (cap == 0 ? 8 : cap * 2);
      guint64 n = ml_runtime_malloc (vm->rt, ncap * et->size, et->sim_type);
      guint64 k = 0;

      vm->allocated = TRUE;
      for (guint64 i = 0; i < used; i++)
        if (map_entry_live (vm, et, entries + i * et->size))
          _ml_vm_copy_value (vm, n + (k++) * et->size, entries + i * et->size, et);
      ml_runtime_write_pointer (vm->rt, m + 16, n);
      mem_write (vm, m + 8, 8, ncap);
      entries = n;
      used = k;
    }
  e = entries + used * et->size;
  _ml_vm_copy_value (vm, e, key, kt);
  mem_write (vm, e + et->fields[2].offset, 1, 1);
  mem_write (vm, m, 8, count + 1);
  mem_write (vm, m + 24, 8, used + 1);
  return e;
}
