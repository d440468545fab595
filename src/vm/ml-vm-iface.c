/* ml-vm-iface.c
 *
 * Copyright 2026 The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Interfaces at run time, after Go's runtime/iface.go: itabs (getitab, which builds the
 * itab of a type in an interface the first time it is needed and keeps it, in rodata, as Go
 * keeps it in persistentalloc'd memory), conversions between interfaces, type assertions with
 * their panics ("interface conversion: interface {} is string, not int"), method calls
 * through an itab, and the wrappers the compiler makes for method values and expressions.
 * The loop in ml-vm.c calls these for its interface instructions.
 *
 * An empty interface is (type, data); one with methods is (itab, data), where an itab is
 *
 *   struct itab { inter *interfacetype; _type *_type; hash uint32; fun [n]uintptr }
 *
 * laid out as Go lays it out: the interface's and the dynamic type's descriptors, the type's
 * hash, then the code of each method of the interface's method set, in its order.
 */

#include "config.h"

#include "ml-vm-private.h"

#define ITAB_TYPE_OFFSET 8
#define ITAB_FUN_OFFSET  24

/* The dynamic type of the value of interface type @it at @addr, or NULL when it is nil. */
MlVmType *
_ml_vm_dynamic_type (MlVm           *vm,
                     const MlVmType *it,
                     guint64         addr)
{
  guint64 w = mem_read (vm, addr, 8);

  if (w == 0)
    return NULL;
  if (ml_vm_type_is_iface (it))
    w = mem_read (vm, w + ITAB_TYPE_OFFSET, 8);
  return ml_vm_type_at (vm, w);
}

/* The address of the value a data word holds for a value of dynamic type @dt: the word
 * itself (at @data_word) for pointer-shaped types, else where it points. */
guint64
_ml_vm_data_address (MlVm           *vm,
                     const MlVmType *dt,
                     guint64         data_word)
{
  if (ml_vm_kind_is_pointer_word (dt->kind))
    return data_word;
  return mem_read (vm, data_word, 8);
}

/* The method called @name with signature @type in the method set of @dt: a pointer type
 * *T has every method of T, T only those with a value receiver (Go's method sets). */
static const MlVmMethod *
find_method (MlVm           *vm,
             const MlVmType *dt,
             const char     *name,
             guint           type)
{
  const MlVmType *base = dt;
  gboolean pointer = FALSE;

  if (dt->kind == ML_VM_KIND_POINTER && !dt->named)
    {
      base = vm_type (vm, dt->elem);
      pointer = TRUE;
    }
  for (guint i = 0; base != NULL && i < base->n_methods; i++)
    {
      const MlVmMethod *m = &base->methods[i];

      if (g_strcmp0 (m->name, name) != 0)
        continue;
      if (m->type != type || (m->pointer_recv && !pointer))
        return NULL;
      return m;
    }
  return NULL;
}

/* Go's typehash of a type: the first four bytes of the SHA-256 of its name, little-endian.
 * Type switches compare it before the types. */
static guint32
type_hash (const MlVmType *t)
{
  g_autoptr(GChecksum) sum = g_checksum_new (G_CHECKSUM_SHA256);
  guint8 digest[32];
  gsize len = sizeof digest;

  g_checksum_update (sum, (const guchar *) t->name, -1);
  g_checksum_get_digest (sum, digest, &len);
  return digest[0] | digest[1] << 8 | digest[2] << 16 | (guint32) digest[3] << 24;
}

/**
 * _ml_vm_getitab:
 * @vm: the VM
 * @iface: an interface type with methods
 * @dt: a dynamic type
 * @missing: (out) (optional): the first method of @iface that @dt lacks
 *
 * Go's getitab: the itab of @dt in @iface, made the first time it is needed (in rodata, as
 * the runtime's persistentalloc keeps it outside the heap) and kept in the VM's itab table.
 *
 * Returns: its address, or 0 when @dt does not implement @iface
 */
guint64
_ml_vm_getitab (MlVm            *vm,
                const MlVmType  *iface,
                const MlVmType  *dt,
                const char     **missing)
{
  gpointer key = GSIZE_TO_POINTER ((guint64) iface->id << 32 | dt->id);
  gpointer found;
  g_autofree guint64 *words = NULL;
  g_autofree char *name = NULL;
  guint64 addr;
  guint32 hash;

  if (missing != NULL)
    *missing = NULL;
  if (g_hash_table_lookup_extended (vm->itabs, key, NULL, &found) && GPOINTER_TO_SIZE (found) != 0)
    return GPOINTER_TO_SIZE (found);
  words = g_new0 (guint64, 3 + iface->n_methods);
  for (guint i = 0; i < iface->n_methods; i++)
    {
      const MlVmMethod *m = find_method (vm, dt, iface->methods[i].name, iface->methods[i].type);
      MlVmFunc *f;

      if (m == NULL)
        {
          if (missing != NULL)
            *missing = iface->methods[i].name;
          return 0;
        }
      f = g_ptr_array_index (vm->prog->funcs, m->func);
      words[3 + i] = f->text_addr;
    }
  words[0] = iface->type_addr;
  words[1] = dt->type_addr;
  hash = type_hash (dt);
  words[2] = hash;
  name = g_strdup_printf ("go:itab.%s,%s", dt->name, iface->name);
  addr = ml_runtime_add_rodata_symbol (vm->rt, name, words, (3 + iface->n_methods) * 8);
  g_hash_table_insert (vm->itabs, key, GSIZE_TO_POINTER (addr));
  return addr;
}

/* The itabs and function values the program names, built in rodata before it runs, as the
 * linker emits them. */
void
_ml_vm_load_symbols (MlVm *vm)
{
  MlVmProgram *p = vm->prog;

  for (guint i = 0; i < p->symbols->len; i++)
    {
      MlVmSymbol *s = &g_array_index (p->symbols, MlVmSymbol, i);

      if (s->kind == ML_VM_SYMBOL_ITAB)
        s->addr = _ml_vm_getitab (vm, vm_type (vm, s->iface), vm_type (vm, s->type), NULL);
      else
        {
          MlVmFunc *f = g_ptr_array_index (p->funcs, s->func);
          g_autofree char *name = g_strdup_printf ("%s·f", f->name);

          s->addr = ml_runtime_add_rodata_symbol (vm->rt, name, &f->text_addr, 8);
        }
    }
}

/* The first word of a value of interface type @to holding a value of dynamic type @dt: its
 * descriptor, or its itab (0, with @missing, when @dt lacks a method). */
static guint64
type_word (MlVm            *vm,
           const MlVmType  *to,
           const MlVmType  *dt,
           const char     **missing)
{
  if (ml_vm_type_is_iface (to))
    return _ml_vm_getitab (vm, to, dt, missing);
  return dt->type_addr;
}

/* CONVI: a = b converted from the interface type imm to the interface type aux, which
 * the checker knows the dynamic type implements. */
void
_ml_vm_convert_iface (MlVm           *vm,
                      const MlVmInsn *in)
{
  const MlVmType *from = vm_type (vm, (guint) in->imm);
  const MlVmType *to = vm_type (vm, in->aux);
  guint64 src = opnd_addr (vm, in->b), dst = opnd_addr (vm, in->a);
  MlVmType *dt = _ml_vm_dynamic_type (vm, from, src);
  guint64 data = mem_read (vm, src + 8, 8);

  mem_write (vm, dst, 8, dt != NULL ? type_word (vm, to, dt, NULL) : 0);
  ml_runtime_write_pointer (vm->rt, dst + 8, dt != NULL ? data : 0);
}

/* The name Go's TypeAssertionError gives an interface type: its own, "interface" when
 * there is none. */
static const char *
iface_name (const MlVmType *t)
{
  return t != NULL ? t->name : "interface";
}

/* ASSERT: a = b.(aux), b of the interface type imm.  With c the bool "ok"; without, a
 * failed assertion panics as Go's runtime does.  aux 0 asks only whether b is nil (a type
 * switch's "case nil"); a may be NONE when only "ok" is wanted. */
MlVmEvent
_ml_vm_type_assert (MlVm           *vm,
                    const MlVmInsn *in)
{
  const MlVmType *from = vm_type (vm, (guint) in->imm);
  const MlVmType *t = in->aux != 0 ? vm_type (vm, in->aux) : NULL;
  guint64 src = opnd_addr (vm, in->b);
  MlVmType *dt = _ml_vm_dynamic_type (vm, from, src);
  guint64 data = mem_read (vm, src + 8, 8);
  const char *missing = NULL;
  guint64 word = 0;
  gboolean ok;

  if (t == NULL)
    ok = dt == NULL;
  else if (t->kind == ML_VM_KIND_INTERFACE)
    ok = dt != NULL && (word = type_word (vm, t, dt, &missing)) != 0;
  else
    ok = dt != NULL && dt->type_addr == t->type_addr;

  if (!ok && in->c == ML_VM_NONE)
    {
      g_autofree char *m = NULL;

      if (dt == NULL)
        m = g_strdup_printf ("interface conversion: %s is nil, not %s",
                             t->kind == ML_VM_KIND_INTERFACE ? "interface" : iface_name (from), t->name);
      else if (missing != NULL)
        m = g_strdup_printf ("interface conversion: %s is not %s: missing method %s", dt->name, t->name,
                             missing);
      else
        m = g_strdup_printf ("interface conversion: %s is %s, not %s", iface_name (from), dt->name, t->name);
      return _ml_vm_panic (vm, m, FALSE);
    }
  if (in->c != ML_VM_NONE)
    mem_write (vm, opnd_addr (vm, in->c), 1, ok);
  if (in->a == ML_VM_NONE || t == NULL)
    return ML_VM_EVENT_NONE;
  if (!ok)
    _ml_vm_zero_value (vm, opnd_addr (vm, in->a), t);
  else if (t->kind == ML_VM_KIND_INTERFACE)
    {
      guint64 dst = opnd_addr (vm, in->a);

      mem_write (vm, dst, 8, word);
      ml_runtime_write_pointer (vm->rt, dst + 8, data);
    }
  else if (ml_vm_kind_is_pointer_word (t->kind))
    ml_runtime_write_pointer (vm->rt, opnd_addr (vm, in->a), data);
  else
    _ml_vm_copy_value (vm, opnd_addr (vm, in->a), data, t);
  return ML_VM_EVENT_NONE;
}

/* ASTARGET (errors.As's reflect work): a = whether the dynamic type of b, of the interface
 * type imm, is assignable to the type c's pointer points to (identical to it, or
 * implementing it when it is an interface); the value goes into *c when it is.  The
 * bundled errors.As has checked that c holds a non-nil pointer. */
void
_ml_vm_as_target (MlVm           *vm,
                  const MlVmInsn *in)
{
  const MlVmType *from = vm_type (vm, (guint) in->imm);
  guint64 src = opnd_addr (vm, in->b), target = opnd_addr (vm, in->c);
  MlVmType *dt = _ml_vm_dynamic_type (vm, from, src);
  guint64 tw = mem_read (vm, target, 8);
  const MlVmType *pt = tw != 0 ? ml_vm_type_at (vm, tw) : NULL;
  const MlVmType *t = pt != NULL && pt->kind == ML_VM_KIND_POINTER ? vm_type (vm, pt->elem) : NULL;
  guint64 p = mem_read (vm, target + 8, 8);
  guint64 data = mem_read (vm, src + 8, 8);
  guint64 word = 0;
  gboolean ok;

  if (dt == NULL || t == NULL || p == 0)
    ok = FALSE;
  else if (t->kind == ML_VM_KIND_INTERFACE)
    ok = (word = type_word (vm, t, dt, NULL)) != 0;
  else
    ok = dt->type_addr == t->type_addr;
  mem_write (vm, opnd_addr (vm, in->a), 1, ok);
  if (!ok)
    return;
  if (t->kind == ML_VM_KIND_INTERFACE)
    {
      mem_write (vm, p, 8, word);
      ml_runtime_write_pointer (vm->rt, p + 8, data);
    }
  else if (ml_vm_kind_is_pointer_word (t->kind))
    ml_runtime_write_pointer (vm->rt, p, data);
  else
    _ml_vm_copy_value (vm, p, data, t);
}

/* Go's panic for a value method called through a nil pointer (runtime.panicwrap): "value
 * method main.T.m called using nil *T pointer"; @type is "main.T", @method "m". */
static MlVmEvent
panic_wrap (MlVm       *vm,
            const char *type,
            const char *method)
{
  const char *dot = strrchr (type, '.');
  g_autofree char *m = g_strdup_printf ("value method %s.%s called using nil *%s pointer", type, method,
                                        dot != NULL ? dot + 1 : type);

  return _ml_vm_panic (vm, m, FALSE);
}

/* Calls the method in slot @slot of the itab of the interface value at @iv, from the call
 * site @cs (number @cs_index), as Go's itab functions take their receiver: the data word of a
 * pointer-shaped value, else the value it points to.  A value method reached through a nil
 * pointer panics as Go's wrapper does. */
MlVmEvent
_ml_vm_call_iface (MlVm               *vm,
                   guint64             iv,
                   guint               slot,
                   const MlVmCallSite *cs,
                   guint               cs_index)
{
  guint64 tab = mem_read (vm, iv, 8);
  guint64 code;
  MlVmType *dt, *recv_t;
  MlVmFunc *cf;
  guint fi;
  guint64 recv;

  if (tab == 0)
    return panic_nil (vm);
  dt = ml_vm_type_at (vm, mem_read (vm, tab + ITAB_TYPE_OFFSET, 8));
  code = mem_read (vm, tab + ITAB_FUN_OFFSET + slot * 8, 8);
  fi = GPOINTER_TO_UINT (g_hash_table_lookup (vm->func_by_text, GSIZE_TO_POINTER (code)));
  if (dt == NULL || fi == 0)
    return panic_nil (vm);
  cf = g_ptr_array_index (vm->prog->funcs, fi - 1);
  if (cf->wrapper == ML_VM_WRAPPER_PROMOTED)
    {
      /* The wrapper takes a T where a value is, a *T's word where the method needs one. */
      if (dt->kind == ML_VM_KIND_POINTER && !dt->named && cf->method == 0)
        recv = mem_read (vm, iv + 8, 8);
      else
        recv = ml_vm_kind_is_pointer_word (dt->kind) ? iv + 8 : mem_read (vm, iv + 8, 8);
      if (recv == 0)
        return panic_nil (vm);
      return _ml_vm_call (vm, fi - 1, cs, cs_index, 0, recv);
    }
  recv_t = vm_type (vm, g_array_index (cf->slots, MlVmSlot, cf->param_slots[0]).type);
  if (dt->kind == ML_VM_KIND_POINTER && !dt->named && recv_t->kind != ML_VM_KIND_POINTER)
    {
      /* A value method of T in *T's method set: what the pointer points to, which the
       * itab's wrapper reads without a check of its own (a nil dereference). */
      recv = mem_read (vm, iv + 8, 8);
      if (recv == 0)
        return panic_nil (vm);
    }
  else
    recv = ml_vm_kind_is_pointer_word (dt->kind) ? iv + 8 : mem_read (vm, iv + 8, 8);
  return _ml_vm_call (vm, fi - 1, cs, cs_index, 0, recv);
}

/**
 * _ml_vm_call_promoted:
 * @vm: the VM
 * @cf: a wrapper of a promoted method (ML_VM_WRAPPER_PROMOTED)
 * @cs: the call site, with the arguments after the receiver
 * @cs_index: its number
 * @recv: where the wrapper's receiver is: a T, or a *T's word (@cf->method 1)
 *
 * What Go's wrapper main.T.m does: follows the embedded fields from the receiver to the
 * embedded value (a nil embedded pointer panics) and calls its method with it, or with its
 * address for a pointer method.
 *
 * Returns: the call's event
 */
MlVmEvent
_ml_vm_call_promoted (MlVm               *vm,
                      const MlVmFunc     *cf,
                      const MlVmCallSite *cs,
                      guint               cs_index,
                      guint64             recv)
{
  guint64 a = cf->method != 0 ? mem_read (vm, recv, 8) : recv;
  MlVmFunc *target = cf->wrapped != ML_VM_NONE ? g_ptr_array_index (vm->prog->funcs, cf->wrapped) : NULL;
  MlVmSlot *slot;
  MlVmEvent ev;

  if (a == 0)
    return panic_nil (vm);
  for (guint i = 0; i < cf->n_path; i++)
    {
      a += cf->path[i] >> 1;
      if (cf->path[i] & 1)
        {
          a = mem_read (vm, a, 8);
          if (a == 0)
            return panic_nil (vm);
        }
    }
  if (cf->wrapped == ML_VM_NONE)
    return _ml_vm_call_iface (vm, a, cf->iface_slot, cs, cs_index);
  if (target->n_params == 0)
    return panic_nil (vm);
  slot = &g_array_index (target->slots, MlVmSlot, target->param_slots[0]);
  if (vm_type (vm, slot->type)->kind != ML_VM_KIND_POINTER)
    return _ml_vm_call (vm, cf->wrapped, cs, cs_index, 0, a);
  /* A pointer method: its receiver is the embedded value's address, which no word in memory
   * holds; the new frame's receiver slot gets it. */
  ev = _ml_vm_call (vm, cf->wrapped, cs, cs_index, 0, a);
  if (ev == ML_VM_EVENT_NONE)
    ml_runtime_write_pointer (vm->rt, vm->fp + slot->offset, a);
  return ev;
}

/* A call of the wrapper @cf (see MlVmWrapperKind) through a function value, whose closure
 * is at @closure: the receiver comes from the first argument or the closure, the rest are
 * the wrapped function's arguments. */
MlVmEvent
_ml_vm_call_wrapper (MlVm               *vm,
                     const MlVmFunc     *cf,
                     guint64             closure,
                     const MlVmCallSite *cs,
                     guint               cs_index)
{
  MlVmCallSite rest = *cs;
  guint64 p;

  if (cf->wrapper == ML_VM_WRAPPER_IFACE_VALUE)
    return _ml_vm_call_iface (vm, closure + 8, cf->method, cs, cs_index);
  if (cs->n_args == 0)
    return panic_nil (vm);
  rest.arg_src++;
  rest.arg_type++;
  rest.n_args--;
  if (cf->wrapper == ML_VM_WRAPPER_IFACE)
    return _ml_vm_call_iface (vm, opnd_addr (vm, cs->arg_src[0]), cf->method, &rest, cs_index);
  if (cf->wrapper == ML_VM_WRAPPER_PROMOTED)
    return _ml_vm_call_promoted (vm, cf, &rest, cs_index, opnd_addr (vm, cs->arg_src[0]));
  p = mem_read (vm, opnd_addr (vm, cs->arg_src[0]), 8);
  if (p == 0)
    {
      /* The wrapper is named main.(*T).m: the type is main.T, the method m. */
      const char *open = strstr (cf->name, "(*"), *close = strchr (cf->name, ')');
      g_autofree char *type = NULL;

      if (open == NULL || close == NULL || close[1] != '.')
        return panic_nil (vm);
      type = g_strdup_printf ("%.*s%.*s", (int) (open - cf->name), cf->name, (int) (close - open - 2), open + 2);
      return panic_wrap (vm, type, close + 2);
    }
  return _ml_vm_call (vm, cf->wrapped, &rest, cs_index, 0, p);
}

/* Whether values of @t can be compared with ==, as its type says: not slices, maps,
 * functions, nor what holds them (an interface's dynamic values are checked when
 * compared). */
gboolean
_ml_vm_type_comparable (MlVm           *vm,
                        const MlVmType *t)
{
  switch (t->kind)
    {
    case ML_VM_KIND_SLICE: case ML_VM_KIND_MAP: case ML_VM_KIND_FUNC:
      return FALSE;
    case ML_VM_KIND_ARRAY:
      return _ml_vm_type_comparable (vm, vm_type (vm, t->elem));
    case ML_VM_KIND_STRUCT:
      for (guint i = 0; i < t->n_fields; i++)
        if (!_ml_vm_type_comparable (vm, vm_type (vm, t->fields[i].type)))
          return FALSE;
      return TRUE;
    case ML_VM_KIND_INVALID: case ML_VM_KIND_BOOL: ML_VM_KIND_CASES_NUMBER: case ML_VM_KIND_STRING:
    case ML_VM_KIND_UNSAFE_POINTER: case ML_VM_KIND_POINTER: case ML_VM_KIND_CHAN:
    case ML_VM_KIND_INTERFACE:
    default:
      return TRUE;
    }
}

/* The dynamic type that makes the value of type @t at @addr unhashable (an interface in
 * it holding a slice, say), or NULL: Go hashes every map key, so such a key panics even
 * where the map is empty. */
MlVmType *
_ml_vm_unhashable (MlVm           *vm,
                   const MlVmType *t,
                   guint64         addr)
{
  switch (t->kind)
    {
    case ML_VM_KIND_INTERFACE:
      {
        MlVmType *dt = _ml_vm_dynamic_type (vm, t, addr);

        if (dt == NULL)
          return NULL;
        if (!_ml_vm_type_comparable (vm, dt) && dt->kind != ML_VM_KIND_STRUCT && dt->kind != ML_VM_KIND_ARRAY)
          return dt;
        return _ml_vm_unhashable (vm, dt, _ml_vm_data_address (vm, dt, addr + 8));
      }
    case ML_VM_KIND_ARRAY:
      {
        MlVmType *e = vm_type (vm, t->elem);

        for (guint64 i = 0; i < t->len; i++)
          {
            MlVmType *bad = _ml_vm_unhashable (vm, e, addr + i * e->size);

            if (bad != NULL)
              return bad;
          }
        return NULL;
      }
    case ML_VM_KIND_STRUCT:
      for (guint i = 0; i < t->n_fields; i++)
        {
          MlVmType *bad = _ml_vm_unhashable (vm, vm_type (vm, t->fields[i].type), addr + t->fields[i].offset);

          if (bad != NULL)
            return bad;
        }
      return NULL;
    case ML_VM_KIND_SLICE: case ML_VM_KIND_MAP: case ML_VM_KIND_FUNC:
      return (MlVmType *) t;
    case ML_VM_KIND_INVALID: case ML_VM_KIND_BOOL: ML_VM_KIND_CASES_NUMBER: case ML_VM_KIND_STRING:
    case ML_VM_KIND_UNSAFE_POINTER: case ML_VM_KIND_POINTER: case ML_VM_KIND_CHAN:
    default:
      return NULL;
    }
}

/* Go's panic for a map key of the map type @mt at @key that cannot be hashed, or
 * ML_VM_EVENT_NONE. */
MlVmEvent
_ml_vm_check_map_key (MlVm           *vm,
                      const MlVmType *mt,
                      guint64         key)
{
  const MlVmType *kt = vm_type (vm, mt->key);
  MlVmType *bad;
  g_autofree char *m = NULL;

  if (kt->kind != ML_VM_KIND_INTERFACE && kt->kind != ML_VM_KIND_STRUCT && kt->kind != ML_VM_KIND_ARRAY)
    return ML_VM_EVENT_NONE;
  if ((bad = _ml_vm_unhashable (vm, kt, key)) == NULL)
    return ML_VM_EVENT_NONE;
  m = g_strdup_printf ("runtime error: hash of unhashable type %s", bad->name);
  return _ml_vm_panic (vm, m, FALSE);
}
