/* ml-compile-emit.c
 *
 * Copyright 2026 The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The compiler's workbench, which every construct's file uses besides emit() itself (inline
 * in ml-compiler-private.h): operands (frame slots and offsets), the temporaries of a
 * statement and their lifetime, places (moving, loading, storing and zeroing values wherever
 * they live) and variables (where each one lives: a frame slot, a heap object, a package
 * variable or a closure's capture).
 */

#include "config.h"

#include <glib/gi18n.h>

#include "ml-compiler-private.h"

/* ------------------------------------------------------------------------------------------ */
/* Operands */

guint32
_ml_slot_opnd (Compiler *c,
               guint     slot,
               guint64   off)
{
  if (slot > ML_VM_MAX_SLOTS || off > ML_VM_MAX_OFFSET)
    {
      _ml_unsupported (c, NULL, _("this function needs too large a frame for MemLab"));
      return ML_VM_OPND_MAKE (ML_VM_SPACE_FRAME, 0, 0);
    }
  return ML_VM_OPND_MAKE (ML_VM_SPACE_FRAME, slot, off);
}

guint32
_ml_opnd_add (Compiler *c,
              guint32   o,
              guint64   off)
{
  guint64 noff = ML_VM_OPND_OFFSET (o) + off;

  if (noff > ML_VM_MAX_OFFSET)
    {
      _ml_unsupported (c, NULL, _("this value is too large for MemLab"));
      return o;
    }
  return ML_VM_OPND_MAKE (ML_VM_OPND_SPACE (o), ML_VM_OPND_INDEX (o), noff);
}

/* ------------------------------------------------------------------------------------------ */
/* Temporaries */

guint32
_ml_temp (Compiler *c,
          guint     type)
{
  guint slot = G_MAXUINT;

  for (guint i = 0; c->stmt_temps != NULL && c->free_temps != NULL && i < c->free_temps->len; i++)
    {
      guint candidate = g_array_index (c->free_temps, guint, i);

      if (g_array_index (c->vf->slots, MlVmSlot, candidate).type == type)
        {
          slot = candidate;
          g_array_remove_index_fast (c->free_temps, i);
          break;
        }
    }
  if (slot == G_MAXUINT)
    slot = ml_vm_func_add_slot (c->vf, ".autotmp", type, ML_VM_SLOT_TEMP);
  if (c->stmt_temps != NULL)
    g_array_append_val (c->stmt_temps, slot);

  return _ml_slot_opnd (c, slot, 0);
}

/* Starts collecting the temporaries of a statement, or of the header of a compound one (a
 * condition, a switch's tag, a range clause), inside those of the statement around it.
 * @pin_storage says whether a variable may keep the address of a value the statement keeps
 * on the stack: TRUE for a statement that stores into variables. */
TempScope
_ml_begin_stmt_temps (Compiler *c,
                      gboolean  pin_storage)
{
  TempScope outer = { c->stmt_temps, c->pin_storage };

  c->stmt_temps = g_array_new (FALSE, FALSE, sizeof (guint));
  c->pin_storage = pin_storage;
  return outer;
}

/* Goes through the temporaries @temps that can hold pointers, clearing them when
 * @emit_clears says so; returns whether there is one. */
static gboolean
pointer_temps (Compiler *c,
               GArray   *temps,
               gboolean  emit_clears)
{
  gboolean found = FALSE;

  for (guint i = 0; temps != NULL && i < temps->len; i++)
    {
      guint slot = g_array_index (temps, guint, i);
      guint type = g_array_index (c->vf->slots, MlVmSlot, slot).type;

      if (!type_info (c, type)->has_pointers)
        continue;
      if (!emit_clears)
        return TRUE;
      emit (c, ML_OP_ZERO, 0, _ml_slot_opnd (c, slot, 0), 0, 0, type, 0);
      found = TRUE;
    }
  return found;
}

/* Clears the temporaries @temps that can hold pointers.  Go's stack maps leave dead
 * temporaries out, so a stale pointer in one keeps nothing alive; here the collector scans
 * every pointer slot of a frame, so a dead one must hold nil instead.  A temporary without
 * pointers keeps nothing alive and is always written before it is read, so it keeps its
 * last value, as in Go: clearing it would only cost the lecture's loops an instruction. */
void
_ml_clear_temps (Compiler *c,
                 GArray   *temps)
{
  pointer_temps (c, temps, TRUE);
}

/* Whether _ml_clear_temps() emits anything for @temps. */
gboolean
_ml_temps_need_clearing (Compiler *c,
                         GArray   *temps)
{
  return pointer_temps (c, temps, FALSE);
}

static void
add_free_temps (Compiler    *c,
                const guint *slots,
                guint        n)
{
  if (c->free_temps == NULL)
    c->free_temps = g_array_new (FALSE, FALSE, sizeof (guint));
  g_array_append_vals (c->free_temps, slots, n);
}

/* Ends the temporaries begun with _ml_begin_stmt_temps(): they are dead, cleared here when
 * @clear says so (a caller whose code goes two ways clears them on each with
 * _ml_clear_temps()), and the next statements reuse them instead of growing the frame.
 * Returns them. */
GArray *
_ml_end_stmt_temps (Compiler  *c,
                    TempScope  outer,
                    gboolean   clear)
{
  GArray *temps = c->stmt_temps;

  c->stmt_temps = outer.temps;
  c->pin_storage = outer.pin_storage;
  if (clear)
    _ml_clear_temps (c, temps);
  add_free_temps (c, (const guint *) temps->data, temps->len);
  return temps;
}

/* The temporaries of a statement are dead once it ends: they are cleared, so that, as in
 * Go, where the stack maps leave dead temporaries out, they keep nothing on the heap alive,
 * and the next statements reuse them. */
void
_ml_release_stmt_temps (Compiler  *c,
                        TempScope  outer)
{
  g_array_unref (_ml_end_stmt_temps (c, outer, TRUE));
}

/* Gives back the temporary @opnd of the statement being compiled when the code no longer
 * uses it, so that it is neither cleared nor kept from the next temporaries. */
static void
forget_temp (Compiler *c,
             guint32   opnd)
{
  guint slot = ML_VM_OPND_INDEX (opnd);

  if (c->stmt_temps == NULL || ML_VM_OPND_SPACE (opnd) != ML_VM_SPACE_FRAME ||
      ML_VM_OPND_OFFSET (opnd) != 0)
    return;
  for (guint i = 0; i < c->stmt_temps->len; i++)
    if (g_array_index (c->stmt_temps, guint, i) == slot)
      {
        g_array_remove_index (c->stmt_temps, i);
        add_free_temps (c, &slot, 1);
        return;
      }
}

/* The frame slot of a value escape analysis keeps on the stack: the object of new(T) or
 * &T{}, a slice literal's or a constant make's array, a variadic call's array, a closure, a
 * stack buffer of make or append.  A variable may keep its address after the statement,
 * and Go keeps such a stack object alive as long as a live pointer refers to it; so in a
 * statement that stores into variables it is not one of the statement's temporaries,
 * neither cleared nor reused, for the rest of the function.  In a statement that stores
 * nothing (an expression statement, a condition, a switch's tag), nothing can keep its
 * address (a store through a pointer would have made it escape) and it dies with the
 * statement like its other temporaries. */
guint32
_ml_storage_temp (Compiler *c,
                  guint     type)
{
  if (!c->pin_storage)
    return _ml_temp (c, type);
  return _ml_slot_opnd (c, ml_vm_func_add_slot (c->vf, ".autotmp", type, ML_VM_SLOT_TEMP), 0);
}

/* The zeroed storage of a value of @type that @n allocates, its address in @ptr: a heap
 * object when escape analysis says @n escapes, else a frame slot (_ml_storage_temp()). */
void
_ml_alloc_storage (Compiler *c,
                   MlNode   *n,
                   guint     type,
                   guint32   ptr)
{
  guint32 obj;

  if (_ml_alloc_on_heap (c, n))
    {
      emit (c, ML_OP_NEW, 8, ptr, 0, 0, type, 0);
      return;
    }
  obj = _ml_storage_temp (c, type);
  emit (c, ML_OP_ZERO, 0, obj, 0, 0, type, 0);
  emit (c, ML_OP_LEA, 8, ptr, obj, 0, 0, 0);
}

/* ------------------------------------------------------------------------------------------ */
/* Places */

/* A copy of a value of @type from place @src to place @dst, both direct. */
void
_ml_emit_move (Compiler *c,
               guint32   dst,
               guint32   src,
               guint     type)
{
  MlVmType *t = type_info (c, type);

  if (t->size == 0 || dst == src)
    return;
  if (ml_vm_kind_is_pointer_word (t->kind))
    emit (c, ML_OP_MOVP, 8, dst, src, 0, type, 0);
  else if (ml_vm_type_is_scalar (t))
    emit (c, ML_OP_MOV, t->size, dst, src, 0, type, 0);
  else
    emit (c, ML_OP_MOVT, 0, dst, src, 0, type, 0);
}

/* The operand of a place's value: the place itself when direct, else a temporary loaded
 * from it. */
guint32
_ml_to_opnd (Compiler *c,
             Place     p)
{
  guint32 t;

  if (!p.indirect)
    return p.opnd;
  t = _ml_temp (c, p.type);
  emit (c, ML_OP_LOAD, 0, t, p.opnd, 0, p.type, p.off);
  return t;
}

void
_ml_store_place (Compiler *c,
                 Place     dst,
                 guint32   src,
                 guint     type)
{
  MlVmInsn *last = c->vf->code->len > 0 ? insn (c, c->vf->code->len - 1) : NULL;

  if (!dst.indirect)
    _ml_emit_move (c, dst.opnd, src, type);
  else if (last != NULL && last->op == ML_OP_IDX && last->a == dst.opnd && dst.off == 0
           && last->aux == type)
    {
      /* s[i] = v in one instruction: the hot statement of the lecture's loops (the whole
       * element, not its first field: s[i].x = v stores an int where s[i] is a struct).  The
       * element's address is never written, so its temporary has nothing to clear. */
      forget_temp (c, last->a);
      last->op = ML_OP_STIDX;
      last->a = last->b;
      last->b = last->c;
      last->c = src;
    }
  else
    emit (c, ML_OP_STORE, 0, dst.opnd, src, 0, type, dst.off);
}

void
_ml_zero_place (Compiler *c,
                Place     dst)
{
  if (type_info (c, dst.type)->size == 0)
    return;
  if (!dst.indirect)
    emit (c, ML_OP_ZERO, 0, dst.opnd, 0, 0, dst.type, 0);
  else
    {
      guint32 z = _ml_temp (c, dst.type);

      emit (c, ML_OP_ZERO, 0, z, 0, 0, dst.type, 0);
      _ml_store_place (c, dst, z, dst.type);
    }
}

/* The address of a place, as a pointer value in a temporary. */
guint32
_ml_address_of (Compiler *c,
                Place     p)
{
  guint32 t = _ml_temp (c, _ml_pointer_to (c, p.type));

  if (!p.indirect)
    emit (c, ML_OP_LEA, 8, t, p.opnd, 0, 0, 0);
  else
    emit (c, ML_OP_ADDR, 8, t, p.opnd, 0, 0, p.off);
  return t;
}

/* The place @off bytes into @base, of @type: a field or an element. */
Place
_ml_field_place (Compiler *c,
                 Place     base,
                 guint64   off,
                 guint     type)
{
  if (!base.indirect)
    return direct (_ml_opnd_add (c, base.opnd, off), type);
  return indirect (base.opnd, base.off + off, type);
}

/* A temporary holding the integer @v of @type. */
guint32
_ml_const_int (Compiler *c,
               gint64    v,
               guint     type)
{
  guint32 t = _ml_temp (c, type);

  emit (c, ML_OP_MOVI, type_info (c, type)->size, t, 0, 0, type, v);
  return t;
}

/* ------------------------------------------------------------------------------------------ */
/* Variables */

/* Where the variable @o lives, or NULL for a local whose declaration was not compiled yet. */
VarInfo *
_ml_lookup_var (Compiler *c,
                MlObject *o)
{
  VarInfo *v = g_hash_table_lookup (c->vars, o);
  gpointer g;

  if (v != NULL)
    return v;
  if ((g = g_hash_table_lookup (c->globals, o)) != NULL)
    {
      v = g_new0 (VarInfo, 1);
      v->kind = VAR_GLOBAL;
      v->slot = GPOINTER_TO_UINT (g) - 1;
      v->type = _ml_type_id (c, o->type);
      g_hash_table_insert (c->vars, o, v);
      return v;
    }
  return NULL;
}

gboolean
_ml_var_on_heap (Compiler *c,
                 MlObject *o)
{
  if (c->esc == NULL)
    return (o->flags & (ML_OBJ_FLAG_ADDR_TAKEN | ML_OBJ_FLAG_CAPTURED)) != 0;
  return ml_escape_result_query_var_in_copy (c->esc, c->copy, o, NULL) == ML_ESCAPE_HEAP;
}

gboolean
_ml_alloc_on_heap (Compiler *c,
                   MlNode   *n)
{
  if (c->esc == NULL)
    return TRUE;
  return ml_escape_result_query_alloc_in_copy (c->esc, c->copy, n, NULL) == ML_ESCAPE_HEAP;
}

/* Binds @o to a new variable where its declaration runs: on the heap when @on_heap ("moved
 * to heap: x": a frame slot &x holding the pointer to a new heap object), else in the frame
 * slot @slot, or in a new one when @slot is G_MAXUINT. */
VarInfo *
_ml_bind_var (Compiler *c,
              MlObject *o,
              gboolean  on_heap,
              guint     slot)
{
  VarInfo *v = g_new0 (VarInfo, 1);

  v->type = _ml_type_id (c, o->type);
  if (on_heap)
    {
      g_autofree char *var = _ml_inline_var_name (c, o->name);
      g_autofree char *name = g_strconcat ("&", var, NULL);

      v->kind = VAR_HEAP;
      v->slot = ml_vm_func_add_slot (c->vf, name, _ml_pointer_to (c, v->type),
                                     ML_VM_SLOT_LOCAL);
      emit (c, ML_OP_NEW, 8, _ml_slot_opnd (c, v->slot, 0), 0, 0, v->type, 0);
    }
  else
    {
      v->kind = VAR_FRAME;
      g_autofree char *name = slot != G_MAXUINT ? NULL : _ml_inline_var_name (c, o->name);

      v->slot = slot != G_MAXUINT ? slot
                : ml_vm_func_add_slot (c->vf, name, v->type, ML_VM_SLOT_LOCAL);
    }
  g_hash_table_insert (c->vars, o, v);
  return v;
}

/* Declares a local where its declaration runs: a frame slot of its own, or for a variable
 * that escapes, a frame slot holding the pointer to a new heap object. */
VarInfo *
_ml_declare_local (Compiler *c,
                   MlObject *o)
{
  return _ml_bind_var (c, o, _ml_var_on_heap (c, o), G_MAXUINT);
}

Place
_ml_var_place (Compiler *c,
               VarInfo  *v)
{
  switch (v->kind)
    {
    case VAR_FRAME:
      return direct (_ml_slot_opnd (c, v->slot, 0), v->type);
    case VAR_HEAP:
      return indirect (_ml_slot_opnd (c, v->slot, 0), 0, v->type);
    case VAR_GLOBAL:
      return direct (ML_VM_OPND_MAKE (ML_VM_SPACE_GLOBAL, v->slot, 0), v->type);
    case VAR_CAPTURED:
      {
        Place clo = indirect (_ml_slot_opnd (c, c->vf->closure_slot, 0), v->capture,
                              v->by_value ? v->type : _ml_pointer_to (c, v->type));

        if (v->by_value)
          return clo;
        return indirect (_ml_to_opnd (c, clo), 0, v->type);
      }
    default:
      g_assert_not_reached ();
    }
}
