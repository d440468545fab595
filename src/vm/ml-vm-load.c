/* ml-vm-load.c
 *
 * Copyright 2026 The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Loading a compiled program into the runtime model: its types become sim's type
 * descriptors, its string literals go to rodata, its package variables to data and bss, its
 * functions get frame layouts and text addresses; then every operand is resolved to a frame
 * offset or an absolute address, so that the loop never looks anything up.
 */

#include "config.h"

#include "ml-vm-private.h"

/* The sim descriptor of type @id, made the first time; @state marks the types being made
 * (1) and made (2), so that a recursive type ends. */
static const MlRtype *
sim_type (MlVm  *vm,
          guint  id,
          guint8 *state)
{
  MlVmType *t = vm_type (vm, id);
  MlRtypeRegistry *reg = vm->types;
  const MlRtype *st = NULL;

  if (t->sim_type != NULL)
    return t->sim_type;
  if (state[id] == 1)
    return NULL;
  state[id] = 1;
  switch (t->kind)
    {
    case ML_VM_KIND_POINTER:
      {
        const MlRtype *e = sim_type (vm, t->elem, state);

        /* A recursive type: sim's registry needs the element first, so the pointer is made
         * untyped for the runtime (the collector only needs to know it is a pointer). */
        st = e != NULL ? ml_rtype_registry_pointer_to (reg, e)
                       : ml_rtype_registry_basic (reg, ML_KIND_UNSAFE_POINTER);
      }
      break;
    case ML_VM_KIND_SLICE:
      {
        const MlRtype *e = sim_type (vm, t->elem, state);

        st = ml_rtype_registry_slice_of (reg, e != NULL ? e
                                        : ml_rtype_registry_basic (reg, ML_KIND_UNSAFE_POINTER));
      }
      break;
    case ML_VM_KIND_ARRAY:
      st = ml_rtype_registry_array_of (reg, sim_type (vm, t->elem, state), t->len);
      break;
    case ML_VM_KIND_MAP:
      st = ml_rtype_registry_map_of (reg, sim_type (vm, t->key, state),
                                     sim_type (vm, t->elem, state));
      break;
    case ML_VM_KIND_FUNC:
      st = ml_rtype_registry_func (reg, g_str_has_prefix (t->name, "func") ? t->name + 4 : "()");
      break;
    case ML_VM_KIND_INTERFACE:
      st = ml_rtype_registry_interface (reg, t->name);
      break;
    case ML_VM_KIND_STRUCT:
      {
        g_autofree MlRtypeField *fields = g_new0 (MlRtypeField, MAX (t->n_fields, 1));
        gboolean named = !g_str_has_prefix (t->name, "struct {");
        const MlRtype *declared = NULL;

        /* A named struct is declared before its fields are laid out, so that a field that
         * points back at it (type Nodo struct { sig *Nodo }) gets its real type, *main.Nodo,
         * which the views show, instead of an untyped pointer. */
        if (named)
          {
            declared = ml_rtype_registry_declare_struct (reg, t->name);
            if (declared->size != 0 || declared->n_fields != 0)
              {
                st = declared;
                break;
              }
            t->sim_type = declared;
          }
        for (guint i = 0; i < t->n_fields; i++)
          {
            fields[i].name = t->fields[i].name;
            fields[i].type = sim_type (vm, t->fields[i].type, state);
            fields[i].offset = t->fields[i].offset;
            fields[i].embedded = t->fields[i].embedded;
            if (fields[i].type == NULL)
              fields[i].type = ml_rtype_registry_basic (reg, ML_KIND_UNSAFE_POINTER);
          }
        if (named)
          st = ml_rtype_registry_define_struct (reg, declared, fields, t->n_fields);
        else
          st = ml_rtype_registry_struct (reg, NULL, fields, t->n_fields);
      }
      break;
    case ML_VM_KIND_INVALID:
      st = ml_rtype_registry_basic (reg, ML_KIND_INT);
      break;
    case ML_VM_KIND_BOOL: ML_VM_KIND_CASES_NUMBER: case ML_VM_KIND_STRING:
    case ML_VM_KIND_UNSAFE_POINTER: case ML_VM_KIND_CHAN:
    default:
      st = ml_rtype_registry_basic (reg, (MlKind) t->kind);
      break;
    }
  state[id] = 2;
  t->sim_type = st;
  return st;
}

/* The loaded form of operand @o of function @f: a frame offset, or 0x80000000 | the
 * address of a package variable's bytes. */
static guint32
resolve (MlVm     *vm,
         MlVmFunc *f,
         guint32   o)
{
  guint idx, off;

  if (o == ML_VM_NONE)
    return o;
  idx = ML_VM_OPND_INDEX (o);
  off = ML_VM_OPND_OFFSET (o);
  if (ML_VM_OPND_SPACE (o) == ML_VM_SPACE_GLOBAL)
    {
      MlVmGlobal *g = g_ptr_array_index (vm->prog->globals, idx);

      return 0x80000000u | (guint32) (g->addr + off);
    }
  /* Unused operands are 0: they resolve to the frame base, harmlessly. */
  if (idx >= f->slots->len)
    return 0;
  return (guint32) (g_array_index (f->slots, MlVmSlot, idx).offset + off);
}

/* Each type's descriptor in sim, and the address an interface's first word holds for it. */
static void
load_types (MlVm *vm)
{
  MlVmProgram *p = vm->prog;
  g_autofree guint8 *state = g_new0 (guint8, p->types->len);

  for (guint i = 1; i < p->types->len; i++)
    {
      MlVmType *t = vm_type (vm, i);

      sim_type (vm, i, state);
      t->type_addr = ml_runtime_intern_string (vm->rt, t->name, -1);
      if (!g_hash_table_contains (vm->type_by_addr, GSIZE_TO_POINTER (t->type_addr)))
        {
          g_hash_table_insert (vm->type_by_addr, GSIZE_TO_POINTER (t->type_addr), t);
          /* A map hashes and compares an interface key by its dynamic type. */
          ml_runtime_register_type_descriptor (vm->rt, t->type_addr, t->sim_type);
        }
    }
}

/* A string header at @addr for the literal @lit: its bytes in rodata, then its length. */
static void
write_literal (MlVm             *vm,
               guint64           addr,
               const MlVmString *lit)
{
  ml_runtime_write_word (vm->rt, addr, lit->addr);
  ml_runtime_write_word (vm->rt, addr + 8, lit->len);
}

/* The string literals in rodata, the package variables in data and bss with the values the
 * linker gives them, and runtime.staticuint64s. */
static void
load_data (MlVm *vm)
{
  MlVmProgram *p = vm->prog;
  const MlRtype *u64, *arr;

  for (guint i = 0; i < p->strings->len; i++)
    {
      MlVmString *s = g_ptr_array_index (p->strings, i);

      s->addr = s->len > 0 ? ml_runtime_intern_string (vm->rt, s->bytes, s->len) : 0;
    }
  for (guint i = 0; i < p->globals->len; i++)
    {
      MlVmGlobal *g = g_ptr_array_index (p->globals, i);

      g->addr = ml_runtime_add_global (vm->rt, g->name, vm_type (vm, g->type)->sim_type,
                                       g->initialized);
      if (g->init != NULL)
        {
          gsize len;
          gconstpointer bytes = g_bytes_get_data (g->init, &len);

          ml_runtime_write (vm->rt, g->addr, bytes, len);
        }
      else if (g->init_string != ML_VM_NONE)
        write_literal (vm, g->addr, g_ptr_array_index (p->strings, g->init_string));
    }

  /* runtime.staticuint64s: what small integers boxed into interfaces point at. */
  u64 = ml_rtype_registry_basic (vm->types, ML_KIND_UINT64);
  arr = ml_rtype_registry_array_of (vm->types, u64, 256);
  vm->static_uint64s = ml_runtime_lookup_global (vm->rt, "runtime.staticuint64s");
  if (vm->static_uint64s == 0)
    {
      vm->static_uint64s = ml_runtime_add_global (vm->rt, "runtime.staticuint64s", arr, TRUE);
      for (guint i = 0; i < 256; i++)
        ml_runtime_write_word (vm->rt, vm->static_uint64s + i * 8, i);
    }
  /* runtime.zeroVal ([abi.ZeroValSize]byte in bss): convTstring and convTslice point an
   * empty string's or a nil slice's box at it, whose bytes must read as their zero value. */
  vm->zero_val = ml_runtime_lookup_global (vm->rt, "runtime.zeroVal");
  if (vm->zero_val == 0)
    vm->zero_val = ml_runtime_add_global (vm->rt, "runtime.zeroVal",
                                          ml_rtype_registry_array_of (vm->types,
                                                                      ml_rtype_registry_basic (vm->types, ML_KIND_UINT8),
                                                                      1024), FALSE);
}

/* Each function's frame layout, registered with sim, and its text address. */
static void
load_funcs (MlVm *vm)
{
  MlVmProgram *p = vm->prog;

  for (guint i = 0; i < p->funcs->len; i++)
    {
      MlVmFunc *f = g_ptr_array_index (p->funcs, i);
      g_autoptr(MlFrameLayout) layout = ml_frame_layout_new (f->name);

      for (guint s = 0; s < f->slots->len; s++)
        {
          MlVmSlot *slot = &g_array_index (f->slots, MlVmSlot, s);
          MlSlotKind kind = slot->kind == ML_VM_SLOT_PARAM ? ML_SLOT_PARAM
                            : slot->kind == ML_VM_SLOT_RESULT ? ML_SLOT_RESULT : ML_SLOT_LOCAL;

          slot->offset = ml_frame_layout_add_slot_aligned (layout, slot->name,
                                                           vm_type (vm, slot->type)->sim_type,
                                                           kind, slot->align);
        }
      f->frame_size = ml_frame_layout_get_size (layout);
      _ml_vm_stackmap_load (p, f);
      f->layout_id = ml_runtime_register_frame_layout (vm->rt, layout);
      f->text_addr = ml_runtime_add_function (vm->rt, f->name, MAX (f->code->len, 1) * 4);
      g_hash_table_insert (vm->func_by_text, GSIZE_TO_POINTER (f->text_addr),
                           GUINT_TO_POINTER (i + 1));
      g_hash_table_insert (vm->func_by_layout, GUINT_TO_POINTER (f->layout_id + 1),
                           GUINT_TO_POINTER (i + 1));
    }
}

/* Function values of no closure ("main.f·f"): the code address of their function, which is
 * known once the functions are. */
static void
load_funcvals (MlVm *vm)
{
  MlVmProgram *p = vm->prog;

  for (guint i = 0; i < p->globals->len; i++)
    {
      MlVmGlobal *g = g_ptr_array_index (p->globals, i);

      if (g->init_func != ML_VM_NONE)
        ml_runtime_write_word (vm->rt, g->addr,
                               ((MlVmFunc *) g_ptr_array_index (p->funcs, g->init_func))->text_addr);
    }
}

/* A constant boxed into an interface (BOX with w 1, instruction @pc of function @fi) points
 * at read-only data (Go's "stmp" symbols) holding the constant, which the instruction
 * before computed; without one, it boxes as any value does. */
static void
load_boxed_constant (MlVm     *vm,
                     guint     fi,
                     MlVmFunc *f,
                     guint     pc)
{
  MlVmProgram *p = vm->prog;
  MlVmInsn *in = &g_array_index (f->code, MlVmInsn, pc);
  MlVmInsn *prev = pc > 0 ? in - 1 : NULL;
  MlVmType *vt = vm_type (vm, in->aux);
  g_autofree char *name = NULL;
  guint64 addr;

  in->w = 0;
  if (prev == NULL || prev->a != in->b || (prev->op != ML_OP_MOVI && prev->op != ML_OP_STRC))
    return;
  name = g_strdup_printf ("main..stmp_%u", p->globals->len + pc + fi * 100000);
  addr = ml_runtime_add_global (vm->rt, name, vt->sim_type, TRUE);
  if (prev->op == ML_OP_MOVI)
    mem_write (vm, addr, vt->size, prev->imm);
  else
    write_literal (vm, addr, g_ptr_array_index (p->strings, prev->aux));
  in->w = 1;
  in->imm = (gint64) addr;
}

/* Resolves every operand of function @fi's code and call sites. */
static void
resolve_func (MlVm *vm,
              guint fi)
{
  MlVmFunc *f = g_ptr_array_index (vm->prog->funcs, fi);

  for (guint pc = 0; pc < f->code->len; pc++)
    {
      MlVmInsn *in = &g_array_index (f->code, MlVmInsn, pc);

      in->a = resolve (vm, f, in->a);
      in->b = resolve (vm, f, in->b);
      /* An itab's address fits the operand: rodata is below 4 GiB. */
      if (in->flags & ML_VM_INSN_ITAB)
        in->c = (guint32) g_array_index (vm->prog->symbols, MlVmSymbol, in->c).addr;
      else if (!(in->flags & ML_VM_INSN_IMM))
        in->c = resolve (vm, f, in->c);
      if (in->op == ML_OP_FUNCVAL)
        in->imm = (gint64) g_array_index (vm->prog->symbols, MlVmSymbol, in->imm).addr;
      if (((in->op == ML_OP_MAPGET || in->op == ML_OP_MAKESLICE) && in->imm != (gint64) ML_VM_NONE) ||
          (in->op == ML_OP_MAKEMAP && in->w == 1))
        in->imm = resolve (vm, f, (guint32) in->imm);
      if ((in->op == ML_OP_GROW || in->op == ML_OP_APPEND1) && (in->flags & ML_VM_INSN_BUF_STD))
        in->pad = resolve (vm, f, in->pad);
      /* strconv's floats have a fourth operand in pad, FormatFloat a fifth in aux. */
      if (in->op == ML_OP_STRFLOAT)
        {
          in->pad = resolve (vm, f, in->pad);
          if (in->w == 0)
            in->aux = resolve (vm, f, in->aux);
        }
      if (in->op == ML_OP_BOX && in->w == 1)
        load_boxed_constant (vm, fi, f, pc);
    }
  for (guint k = 0; k < f->calls->len; k++)
    {
      MlVmCallSite *cs = &g_array_index (f->calls, MlVmCallSite, k);

      for (guint a = 0; a < cs->n_args; a++)
        cs->arg_src[a] = resolve (vm, f, cs->arg_src[a]);
      for (guint r = 0; r < cs->n_results; r++)
        cs->res_dst[r] = resolve (vm, f, cs->res_dst[r]);
    }
}

/* Loads the VM's program into its runtime; a program is loaded once. */
void
_ml_vm_load (MlVm *vm)
{
  load_types (vm);
  load_data (vm);
  load_funcs (vm);
  load_funcvals (vm);
  _ml_vm_load_symbols (vm);
  for (guint i = 0; i < vm->prog->funcs->len; i++)
    resolve_func (vm, i);
  vm->prog->loaded = TRUE;
}
