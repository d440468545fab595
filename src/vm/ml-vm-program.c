/* ml-vm-program.c
 *
 * Copyright 2026 The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The compiled program as a data structure: making it (the compiler adds types, string
 * literals, globals, functions and their frame slots), sharing it (it is reference-counted:
 * the engine keeps it while a VM runs it), and listing its bytecode for debugging.  The
 * compiler and the VM both use it, and it sees neither the front end nor the runtime model.
 */

#include "config.h"

#include <string.h>

#include "ml-vm-op-private.h"
#include "ml-vm-program.h"

static void
type_free (gpointer data)
{
  MlVmType *t = data;

  if (t == NULL)
    return;
  for (guint i = 0; i < t->n_fields; i++)
    g_free (t->fields[i].name);
  g_free (t->fields);
  for (guint i = 0; i < t->n_methods; i++)
    g_free (t->methods[i].name);
  g_free (t->methods);
  g_free (t->name);
  g_free (t->ptrmask);
  g_free (t);
}

static void
func_free (gpointer data)
{
  MlVmFunc *f = data;

  for (guint i = 0; i < f->slots->len; i++)
    g_free (g_array_index (f->slots, MlVmSlot, i).name);
  for (guint i = 0; i < f->calls->len; i++)
    {
      MlVmCallSite *cs = &g_array_index (f->calls, MlVmCallSite, i);

      g_free (cs->arg_src);
      g_free (cs->arg_type);
      g_free (cs->res_dst);
      g_free (cs->res_type);
    }
  g_array_unref (f->code);
  g_array_unref (f->code_pos);
  for (guint i = 0; f->inl_frames != NULL && i < f->inl_frames->len; i++)
    g_free (g_array_index (f->inl_frames, MlVmInlFrame, i).name);
  g_clear_pointer (&f->inl_frames, g_array_unref);
  g_clear_pointer (&f->inl_at, g_array_unref);
  g_array_unref (f->slots);
  g_array_unref (f->calls);
  g_free (f->param_slots);
  g_free (f->result_slots);
  g_free (f->path);
  g_free (f->maps);
  g_free (f->map_at);
  g_free (f->map_call);
  g_free (f->dead_after);
  g_free (f->word_maps);
  g_free (f->name);
  g_free (f);
}

static void
global_free (gpointer data)
{
  MlVmGlobal *g = data;

  g_clear_pointer (&g->init, g_bytes_unref);
  g_free (g->name);
  g_free (g);
}

static guint
string_hash (gconstpointer key)
{
  const MlVmString *s = key;
  guint h = 5381;

  for (gsize i = 0; i < s->len; i++)
    h = h * 33 + (guint8) s->bytes[i];
  return h ^ (guint) s->len;
}

static gboolean
string_equal (gconstpointer a,
              gconstpointer b)
{
  const MlVmString *x = a, *y = b;

  return x->len == y->len && memcmp (x->bytes, y->bytes, x->len) == 0;
}

MlVmProgram *
ml_vm_program_new (const char *filename)
{
  MlVmProgram *self = g_atomic_rc_box_new0 (MlVmProgram);

  self->filename = g_strdup (filename);
  self->types = g_ptr_array_new_with_free_func (type_free);
  g_ptr_array_add (self->types, NULL);
  self->funcs = g_ptr_array_new_with_free_func (func_free);
  self->globals = g_ptr_array_new_with_free_func (global_free);
  self->strings = g_ptr_array_new_with_free_func (g_free);
  self->string_index = g_hash_table_new (string_hash, string_equal);
  self->methods = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->symbols = g_array_new (FALSE, TRUE, sizeof (MlVmSymbol));
  self->main_func = ML_VM_NONE;
  self->init_func = ML_VM_NONE;
  self->gopanic_func = ML_VM_NONE;
  return self;
}

static void
program_clear (gpointer data)
{
  MlVmProgram *self = data;

  g_ptr_array_unref (self->types);
  g_ptr_array_unref (self->funcs);
  g_ptr_array_unref (self->globals);
  g_clear_pointer (&self->string_index, g_hash_table_unref);
  g_ptr_array_unref (self->strings);
  g_hash_table_unref (self->methods);
  g_array_unref (self->symbols);
  g_free (self->filename);
}

MlVmProgram *
ml_vm_program_ref (MlVmProgram *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return g_atomic_rc_box_acquire (self);
}

void
ml_vm_program_unref (MlVmProgram *self)
{
  g_return_if_fail (self != NULL);
  g_atomic_rc_box_release_full (self, program_clear);
}

/* Takes ownership of @type and gives it its id. */
guint
ml_vm_program_add_type (MlVmProgram *self,
                        MlVmType    *type)
{
  g_return_val_if_fail (self != NULL, 0);
  g_return_val_if_fail (type != NULL, 0);

  type->id = self->types->len;
  g_ptr_array_add (self->types, type);
  return type->id;
}

MlVmType *
ml_vm_program_get_type (MlVmProgram *self,
                        guint        id)
{
  g_return_val_if_fail (self != NULL, NULL);
  if (id == 0 || id >= self->types->len)
    return NULL;
  return g_ptr_array_index (self->types, id);
}

MlVmType *
ml_vm_program_find_type (MlVmProgram *self,
                         const char  *name)
{
  g_return_val_if_fail (self != NULL, NULL);

  for (guint i = 1; i < self->types->len; i++)
    {
      MlVmType *t = g_ptr_array_index (self->types, i);

      if (g_strcmp0 (t->name, name) == 0)
        return t;
    }
  return NULL;
}

guint
ml_vm_program_add_string (MlVmProgram *self,
                          const char  *bytes,
                          gsize        len)
{
  MlVmString *s;
  gpointer found;

  g_return_val_if_fail (self != NULL, 0);

  s = g_malloc0 (sizeof (MlVmString) + len + 1);
  memcpy (s->bytes, bytes, len);
  s->len = len;
  if ((found = g_hash_table_lookup (self->string_index, s)) != NULL)
    {
      g_free (s);
      return GPOINTER_TO_UINT (found) - 1;
    }
  g_ptr_array_add (self->strings, s);
  g_hash_table_insert (self->string_index, s, GUINT_TO_POINTER (self->strings->len));
  self->string_bytes += len;
  return self->strings->len - 1;
}

guint
ml_vm_program_add_global (MlVmProgram *self,
                          const char  *name,
                          guint        type)
{
  MlVmGlobal *g;

  g_return_val_if_fail (self != NULL, 0);

  g = g_new0 (MlVmGlobal, 1);
  g->name = g_strdup (name);
  g->type = type;
  g->init_string = ML_VM_NONE;
  g->init_func = ML_VM_NONE;
  g_ptr_array_add (self->globals, g);
  return self->globals->len - 1;
}

MlVmFunc *
ml_vm_program_add_func (MlVmProgram *self,
                        const char  *name,
                        guint       *index)
{
  MlVmFunc *f;

  g_return_val_if_fail (self != NULL, NULL);

  f = g_new0 (MlVmFunc, 1);
  f->name = g_strdup (name);
  f->code = g_array_new (FALSE, TRUE, sizeof (MlVmInsn));
  f->code_pos = g_array_new (FALSE, TRUE, sizeof (MlVmPos));
  f->slots = g_array_new (FALSE, TRUE, sizeof (MlVmSlot));
  f->calls = g_array_new (FALSE, TRUE, sizeof (MlVmCallSite));
  f->closure_slot = ML_VM_NONE;
  f->defer_bits_slot = ML_VM_NONE;
  f->open_defer_slot = ML_VM_NONE;
  f->deferreturn_pc = ML_VM_NONE;
  g_ptr_array_add (self->funcs, f);
  if (index != NULL)
    *index = self->funcs->len - 1;
  return f;
}

/* The symbol of @kind for @type, @iface and @func (as MlVmSymbol says), added the first time
 * it is asked for: one itab per pair of types, one value per function. */
guint
ml_vm_program_add_symbol (MlVmProgram    *self,
                          MlVmSymbolKind  kind,
                          guint           type,
                          guint           iface,
                          guint           func)
{
  MlVmSymbol sym = { kind, type, iface, func, 0 };

  g_return_val_if_fail (self != NULL, 0);

  for (guint i = 0; i < self->symbols->len; i++)
    {
      MlVmSymbol *s = &g_array_index (self->symbols, MlVmSymbol, i);

      if (s->kind == kind && s->type == type && s->iface == iface && s->func == func)
        return i;
    }
  g_array_append_val (self->symbols, sym);
  return self->symbols->len - 1;
}

guint
ml_vm_func_add_slot (MlVmFunc     *func,
                     const char   *name,
                     guint         type,
                     MlVmSlotKind  kind)
{
  MlVmSlot slot = { 0 };

  g_return_val_if_fail (func != NULL, 0);

  slot.name = g_strdup (name);
  slot.type = type;
  slot.kind = kind;
  g_array_append_val (func->slots, slot);
  return func->slots->len - 1;
}

static const char * const op_names[ML_N_OPS] = {
  "nop", "stmt", "movi", "mov", "movp", "movt", "zero", "strc", "lea", "load", "store", "addr",
  "add", "sub", "mul", "div", "rem", "and", "or", "xor", "andnot", "shl", "shr",
  "neg", "compl", "not", "eq", "ne", "lt", "le", "gt", "ge", "streq", "strcmp", "memeq",
  "concat", "conv", "jmp", "jt", "jf", "jcmp", "inc", "idx", "aidx", "sidx", "slice", "new",
  "makeslice", "mksliceat", "grow", "appendsl", "copy", "makemap", "mapget", "mapset",
  "mapdel", "mapclear", "mapiterinit", "mapiternext", "len", "box", "boxc", "unbox", "closure", "call", "callc", "ret", "fmt",
  "panic", "panicmsg", "gc", "memstats", "strbytes", "bytesstr", "runestr", "strrange",
  "minmax", "stidx", "strrunes", "runesstr", "append1", "move2heap", "calli", "errorf", "defer",
  "deferreturn", "recover", "panicnext", "gcstart",
  "gcunits", "setgogc", "setwb", "convi", "assert", "funcval", "cdiv", "astarget", "anyslice", "strfloat", "rterror",
  "keepalive",
};

const char *
ml_vm_op_to_string (MlVmOp op)
{
  if ((guint) op >= ML_N_OPS)
    return "?";
  return op_names[op];
}

static void
append_opnd (GString *s,
             guint32  o)
{
  if (o == ML_VM_NONE)
    g_string_append (s, " -");
  else
    g_string_append_printf (s, " %c%u+%u", ML_VM_OPND_SPACE (o) ? 'g' : 'f',
                            ML_VM_OPND_INDEX (o), ML_VM_OPND_OFFSET (o));
}

/* A readable listing of the (unloaded) bytecode, for tests and for debugging the compiler. */
char *
ml_vm_program_disassemble (MlVmProgram *self)
{
  GString *s = g_string_new (NULL);

  g_return_val_if_fail (self != NULL, NULL);

  for (guint i = 0; i < self->funcs->len; i++)
    {
      MlVmFunc *f = g_ptr_array_index (self->funcs, i);

      g_string_append_printf (s, "func %s (%u slots)\n", f->name, f->slots->len);
      for (guint pc = 0; pc < f->code->len; pc++)
        {
          MlVmInsn *in = &g_array_index (f->code, MlVmInsn, pc);
          MlVmPos *p = &g_array_index (f->code_pos, MlVmPos, pc);

          g_string_append_printf (s, "  %4u %3u:%-3u %-9s w%u", pc, p->line, p->col,
                                  ml_vm_op_to_string (in->op), in->w);
          append_opnd (s, in->a);
          append_opnd (s, in->b);
          if (in->flags & ML_VM_INSN_IMM)
            g_string_append (s, " #");
          else
            append_opnd (s, in->c);
          g_string_append_printf (s, " aux=%u imm=%" G_GINT64_FORMAT "\n", in->aux, in->imm);
        }
    }
  return g_string_free (s, FALSE);
}
