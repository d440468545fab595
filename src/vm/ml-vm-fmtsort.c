/* ml-vm-fmtsort.c
 *
 * Copyright 2026 The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The order in which fmt prints a map's entries (internal/fmtsort): keys compared by kind,
 * numbers by value (a NaN first), strings bytewise, false before true, pointers and channels
 * by address, structs field by field and arrays element by element, interfaces by their
 * dynamic type and then their value, nil before anything; a stable sort, so keys that compare
 * equal (NaNs) keep the map's order.  A file of its own because fmt asks for it with the
 * entries sim's map walk gives, and nothing else in fmt needs it.
 */

#include "config.h"

#include <math.h>

#include "ml-vm-private.h"

typedef struct
{
  MlVm           *vm;
  const MlVmType *key;
} SortContext;

static int
compare_ordered (double a,
                 double b)
{
  /* cmp.Compare: a NaN is less than any number, and equal to a NaN. */
  if (isnan (a))
    return isnan (b) ? 0 : -1;
  if (isnan (b))
    return 1;
  return a < b ? -1 : a > b;
}

static double
float_at (MlVm    *vm,
          guint64  addr,
          guint    size)
{
  return float_from_bits (mem_read (vm, addr, size), size);
}

/* fmtsort.compare for two values of @t at @a and @b. */
static int
compare_values (MlVm           *vm,
                const MlVmType *t,
                guint64         a,
                guint64         b)
{
  switch (t->kind)
    {
    ML_VM_KIND_CASES_SIGNED:
      {
        gint64 x = sign_extend (mem_read (vm, a, t->size), t->size);
        gint64 y = sign_extend (mem_read (vm, b, t->size), t->size);

        return x < y ? -1 : x > y;
      }
    case ML_VM_KIND_BOOL: ML_VM_KIND_CASES_UNSIGNED: ML_VM_KIND_CASES_POINTER_WORD:
      {
        guint w = MIN (t->size, 8);
        guint64 x = zero_extend (mem_read (vm, a, w), w);
        guint64 y = zero_extend (mem_read (vm, b, w), w);

        return x < y ? -1 : x > y;
      }
    ML_VM_KIND_CASES_FLOAT:
      return compare_ordered (float_at (vm, a, t->size), float_at (vm, b, t->size));
    ML_VM_KIND_CASES_COMPLEX:
      {
        guint half = t->size / 2;
        int r = compare_ordered (float_at (vm, a, half), float_at (vm, b, half));

        return r != 0 ? r : compare_ordered (float_at (vm, a + half, half),
                                             float_at (vm, b + half, half));
      }
    case ML_VM_KIND_STRING:
      return strings_compare (vm, a, b);
    case ML_VM_KIND_STRUCT:
      for (guint i = 0; i < t->n_fields; i++)
        {
          int r = compare_values (vm, vm_type (vm, t->fields[i].type), a + t->fields[i].offset,
                                  b + t->fields[i].offset);

          if (r != 0)
            return r;
        }
      return 0;
    case ML_VM_KIND_ARRAY:
      {
        MlVmType *e = vm_type (vm, t->elem);

        for (guint64 i = 0; i < t->len; i++)
          {
            int r = compare_values (vm, e, a + i * e->size, b + i * e->size);

            if (r != 0)
              return r;
          }
        return 0;
      }
    case ML_VM_KIND_INTERFACE:
      {
        guint64 ta = mem_read (vm, a, 8), tb = mem_read (vm, b, 8);
        MlVmType *dt;

        /* nil first; then by the dynamic type's descriptor, then by value. */
        if (ta == 0 || tb == 0)
          return ta == tb ? 0 : ta == 0 ? -1 : 1;
        if (ta != tb)
          return ta < tb ? -1 : 1;
        dt = ml_vm_type_at (vm, ta);
        if (dt == NULL || ml_vm_kind_is_pointer_word (dt->kind))
          {
            guint64 x = mem_read (vm, a + 8, 8), y = mem_read (vm, b + 8, 8);

            return x < y ? -1 : x > y;
          }
        return compare_values (vm, dt, mem_read (vm, a + 8, 8), mem_read (vm, b + 8, 8));
      }
    case ML_VM_KIND_INVALID: case ML_VM_KIND_SLICE:
    default:
      return 0;
    }
}

static gint
compare_entries (gconstpointer a,
                 gconstpointer b,
                 gpointer      data)
{
  const SortContext *ctx = data;
  const guint64 *x = a, *y = b;

  return compare_values (ctx->vm, ctx->key, x[0], y[0]);
}

/**
 * _ml_vm_fmt_map_entries:
 * @mt: the map type
 * @m: the map (0 for nil)
 *
 * The entries of @m in the order fmt prints them: pairs of the addresses of a key and its
 * element.
 *
 * Returns: (transfer full): a #GArray of guint64, two per entry
 */
GArray *
_ml_vm_fmt_map_entries (MlVm           *vm,
                        const MlVmType *mt,
                        guint64         m)
{
  GArray *entries = g_array_new (FALSE, FALSE, sizeof (guint64));
  SortContext ctx = { vm, vm_type (vm, mt->key) };
  guint64 n;

  n = ml_runtime_map_entries (vm->rt, mt->sim_type, m, entries);
  g_sort_array (entries->data, n, 2 * sizeof (guint64), compare_entries, &ctx);
  return entries;
}
