/* ml-vm-map.c
 *
 * Copyright 2026 The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The loop's map instructions (make, m[k], m[k] = v, delete, clear, range): each is one call
 * into sim's maps (ml-map.h, Go's Swiss tables), plus what the runtime's callers do around it
 * in Go: the panics for a nil map and an unhashable key, the copy of the element out, and the
 * memory budget when a map grows.  Kept apart from the loop so that it stays the loop.
 */

#include "config.h"

#include "ml-vm-private.h"

/* "hash of unhashable type T", for the key of @mt at @key. */
static MlVmEvent
unhashable (MlVm           *vm,
            const MlVmType *mt,
            guint64         key)
{
  const MlRtype *bad = ml_runtime_map_unhashable_type (vm->rt, vm_type (vm, mt->key)->sim_type,
                                                       key);
  g_autofree char *m = g_strdup_printf ("runtime error: hash of unhashable type %s",
                                        bad != NULL ? bad->name : "?");

  return _ml_vm_panic (vm, m, FALSE);
}

/* After a map allocated: the step's allocation, and the memory budget (ML_VM_EVENT_LIMIT
 * asks the loop to stop the program). */
static MlVmEvent
allocated (MlVm     *vm,
           gboolean  did)
{
  if (!did)
    return ML_VM_EVENT_NONE;
  vm->allocated = TRUE;
  return check_memory (vm) ? ML_VM_EVENT_NONE : ML_VM_EVENT_LIMIT;
}

/* MAKEMAP: make(map[K]V, hint), or a map literal of hint entries. */
MlVmEvent
_ml_vm_map_make (MlVm           *vm,
                 const MlVmInsn *in)
{
  MlVmType *mt = vm_type (vm, in->aux);
  gint64 hint = in->w == 1 ? (gint64) mem_read (vm, opnd_addr (vm, (guint32) in->imm), 8)
                           : in->imm;
  guint64 header = in->b != ML_VM_NONE ? opnd_addr (vm, in->b) : 0;
  guint64 group = in->c != ML_VM_NONE ? opnd_addr (vm, in->c) : 0;
  gboolean did = FALSE;
  guint64 m = ml_runtime_map_new (vm->rt, mt->sim_type, hint, header, group, &did);

  if (m == 0)
    return ML_VM_EVENT_LIMIT;
  ml_runtime_write_pointer (vm->rt, opnd_addr (vm, in->a), m);
  return allocated (vm, did);
}

/* MAPGET: v = m[k], or v, ok = m[k]: the element copied out, or the zero value. */
MlVmEvent
_ml_vm_map_get (MlVm           *vm,
                const MlVmInsn *in)
{
  MlVmType *mt = vm_type (vm, in->aux);
  MlVmType *vt = vm_type (vm, mt->elem);
  guint64 m = mem_read (vm, opnd_addr (vm, in->b), 8);
  guint64 key = opnd_addr (vm, in->c);
  guint64 e = 0;

  if (ml_runtime_map_access (vm->rt, mt->sim_type, m, key, &e) == ML_MAP_UNHASHABLE)
    return unhashable (vm, mt, key);
  if (e != 0)
    _ml_vm_copy_value (vm, opnd_addr (vm, in->a), e, vt);
  else
    _ml_vm_zero_value (vm, opnd_addr (vm, in->a), vt);
  if (in->imm != (gint64) ML_VM_NONE)
    mem_write (vm, opnd_addr (vm, (guint32) in->imm), 1, e != 0);
  return ML_VM_EVENT_NONE;
}

/* MAPSET: the element's address for m[k] = v, the key inserted if absent. */
MlVmEvent
_ml_vm_map_set (MlVm           *vm,
                const MlVmInsn *in)
{
  MlVmType *mt = vm_type (vm, in->aux);
  guint64 m = mem_read (vm, opnd_addr (vm, in->b), 8);
  guint64 key = opnd_addr (vm, in->c);
  gboolean did = FALSE;
  guint64 e = 0;

  switch (ml_runtime_map_assign (vm->rt, mt->sim_type, m, key, &e, &did))
    {
    case ML_MAP_NIL:
      return _ml_vm_panic (vm, "assignment to entry in nil map", FALSE);
    case ML_MAP_UNHASHABLE:
      return unhashable (vm, mt, key);
    case ML_MAP_OUT_OF_MEMORY:
      return ML_VM_EVENT_LIMIT;
    case ML_MAP_OK:
    default:
      break;
    }
  ml_runtime_write_pointer (vm->rt, opnd_addr (vm, in->a), e);
  return allocated (vm, did);
}

/* MAPDEL: delete(m, k). */
MlVmEvent
_ml_vm_map_delete (MlVm           *vm,
                   const MlVmInsn *in)
{
  MlVmType *mt = vm_type (vm, in->aux);
  guint64 m = mem_read (vm, opnd_addr (vm, in->a), 8);
  guint64 key = opnd_addr (vm, in->b);

  if (ml_runtime_map_delete (vm->rt, mt->sim_type, m, key) == ML_MAP_UNHASHABLE)
    return unhashable (vm, mt, key);
  return ML_VM_EVENT_NONE;
}

/* MAPCLEAR: clear(m). */
void
_ml_vm_map_clear (MlVm           *vm,
                  const MlVmInsn *in)
{
  MlVmType *mt = vm_type (vm, in->aux);

  ml_runtime_map_clear (vm->rt, mt->sim_type, mem_read (vm, opnd_addr (vm, in->a), 8));
}

/* MAPITERINIT and MAPITERNEXT: the iterator in the frame, at the map's first or next entry
 * (its key word nil at the end). */
void
_ml_vm_map_iter (MlVm           *vm,
                 const MlVmInsn *in)
{
  MlVmType *mt = vm_type (vm, in->aux);

  if (in->op == ML_OP_MAPITERINIT)
    ml_runtime_map_iter_init (vm->rt, mt->sim_type, mem_read (vm, opnd_addr (vm, in->b), 8),
                              opnd_addr (vm, in->a));
  else
    ml_runtime_map_iter_next (vm->rt, mt->sim_type, opnd_addr (vm, in->a));
}
