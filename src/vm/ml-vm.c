/* ml-vm.c
 *
 * Copyright 2026 The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The loader (program image into the runtime model) and the VM's loop.  This file sees only
 * sim's headers and the neutral ml-vm-program.h.
 */

#include "config.h"

#include <inttypes.h>
#include <math.h>
#include <string.h>

#include <glib/gi18n.h>

#include "ml-vm-private.h"

#define DEFAULT_STEP_LIMIT   G_GUINT64_CONSTANT (50000000)
#define DEFAULT_MEMORY_LIMIT (G_GUINT64_CONSTANT (1) << 30)
#define MAX_CALL_DEPTH       100000
#define NS_PER_INSN          2

/* ------------------------------------------------------------------------------------------ */
/* Memory helpers */

static inline guint64
AD (MlVm    *vm,
    guint32  o)
{
  return (o & 0x80000000u) ? (guint64) (o & 0x7fffffffu) : vm->fp + o;
}

guint64
ml_vm_read (MlVm    *vm,
            guint64  addr,
            guint    width)
{
  guint64 v = 0;

  if (width == 8 && (addr & 7) == 0)
    ml_runtime_read_word (vm->rt, addr, &v);
  else
    ml_runtime_read (vm->rt, addr, &v, MIN (width, 8));
  return v;
}

#define RD(addr, w) ml_vm_read (vm, (addr), (w))

static inline void
WR (MlVm    *vm,
    guint64  addr,
    guint    w,
    guint64  v)
{
  if (w == 8 && (addr & 7) == 0)
    ml_runtime_write_word (vm->rt, addr, v);
  else
    ml_runtime_write (vm->rt, addr, &v, w);
}

static inline gint64
sx (guint64 v,
    guint   w)
{
  switch (w)
    {
    case 1: return (gint8) v;
    case 2: return (gint16) v;
    case 4: return (gint32) v;
    default: return (gint64) v;
    }
}

static inline guint64
zx (guint64 v,
    guint   w)
{
  return w >= 8 ? v : v & ((G_GUINT64_CONSTANT (1) << (w * 8)) - 1);
}

static inline double
rdf (guint64 v,
     guint   w)
{
  if (w == 4)
    {
      float f;
      guint32 b = (guint32) v;

      memcpy (&f, &b, 4);
      return f;
    }
  {
    double d;

    memcpy (&d, &v, 8);
    return d;
  }
}

static inline guint64
wrf (double d,
     guint  w)
{
  if (w == 4)
    {
      float f = (float) d;
      guint32 b;

      memcpy (&b, &f, 4);
      return b;
    }
  {
    guint64 b;

    memcpy (&b, &d, 8);
    return b;
  }
}

static MlVmType *
TY (MlVm  *vm,
    guint  id)
{
  return g_ptr_array_index (vm->prog->types, id);
}

static inline gboolean
ptr_word (const MlVmType *t,
          guint64         w)
{
  return (t->ptrmask[w / 64] >> (w % 64)) & 1;
}

/* typedmemmove, with the write barrier on pointer words. */
static void
copy_value (MlVm           *vm,
            guint64         dst,
            guint64         src,
            const MlVmType *t)
{
  if (t->size == 0 || dst == src)
    return;
  if (!t->has_pointers)
    {
      if (t->size <= 8)
        WR (vm, dst, t->size, RD (src, t->size));
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
      ml_runtime_write_pointer (vm->rt, dst, RD (src, 8));
      return;
    }
  if ((dst & 7) == 0 && (src & 7) == 0 && t->size <= 64)
    {
      for (guint64 w = 0; w < t->size / 8; w++)
        {
          guint64 v = RD (src + w * 8, 8);

          if (ptr_word (t, w))
            ml_runtime_write_pointer (vm->rt, dst + w * 8, v);
          else
            WR (vm, dst + w * 8, 8, v);
        }
      if (t->size & 7)
        WR (vm, dst + (t->size & ~7), t->size & 7, RD (src + (t->size & ~7), t->size & 7));
      return;
    }
  ml_runtime_typed_copy (vm->rt, dst, src, t->sim_type);
}

static void
zero_value (MlVm           *vm,
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
              if (RD (dst + w * 8, 8) != 0)
                ml_runtime_write_pointer (vm->rt, dst + w * 8, 0);
            }
          else
            WR (vm, dst + w * 8, 8, 0);
        }
      if (size & 7)
        WR (vm, dst + (size & ~7), size & 7, 0);
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

char *
ml_vm_read_string (MlVm    *vm,
                   guint64  addr,
                   gsize   *len)
{
  guint64 p = RD (addr, 8);
  guint64 n = RD (addr + 8, 8);
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

MlVmType *
ml_vm_type_at (MlVm    *vm,
               guint64  type_addr)
{
  return g_hash_table_lookup (vm->type_by_addr, GSIZE_TO_POINTER (type_addr));
}

/* ------------------------------------------------------------------------------------------ */
/* Loading */

static const MlRtype *
sim_type (MlVm  *vm,
          guint  id,
          guint8 *state)
{
  MlVmType *t = TY (vm, id);
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
      st = ml_rtype_registry_map_of (reg, sim_type (vm, t->key, state), sim_type (vm, t->elem, state));
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
    case ML_VM_KIND_BOOL: case ML_VM_KIND_INT: case ML_VM_KIND_INT8: case ML_VM_KIND_INT16:
    case ML_VM_KIND_INT32: case ML_VM_KIND_INT64: case ML_VM_KIND_UINT: case ML_VM_KIND_UINT8:
    case ML_VM_KIND_UINT16: case ML_VM_KIND_UINT32: case ML_VM_KIND_UINT64:
    case ML_VM_KIND_UINTPTR: case ML_VM_KIND_FLOAT32: case ML_VM_KIND_FLOAT64:
    case ML_VM_KIND_COMPLEX64: case ML_VM_KIND_COMPLEX128: case ML_VM_KIND_STRING:
    case ML_VM_KIND_UNSAFE_POINTER: case ML_VM_KIND_CHAN:
    default:
      st = ml_rtype_registry_basic (reg, (MlKind) t->kind);
      break;
    }
  state[id] = 2;
  t->sim_type = st;
  return st;
}

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

static guint64 static_uint64s;

static void
load (MlVm *vm)
{
  MlVmProgram *p = vm->prog;
  g_autofree guint8 *state = g_new0 (guint8, p->types->len);

  for (guint i = 1; i < p->types->len; i++)
    {
      MlVmType *t = TY (vm, i);

      sim_type (vm, i, state);
      t->type_addr = ml_runtime_intern_string (vm->rt, t->name, -1);
      if (!g_hash_table_contains (vm->type_by_addr, GSIZE_TO_POINTER (t->type_addr)))
        g_hash_table_insert (vm->type_by_addr, GSIZE_TO_POINTER (t->type_addr), t);
    }
  for (guint i = 0; i < p->strings->len; i++)
    {
      MlVmString *s = g_ptr_array_index (p->strings, i);

      s->addr = s->len > 0 ? ml_runtime_intern_string (vm->rt, s->bytes, s->len) : 0;
    }
  for (guint i = 0; i < p->globals->len; i++)
    {
      MlVmGlobal *g = g_ptr_array_index (p->globals, i);

      g->addr = ml_runtime_add_global (vm->rt, g->name, TY (vm, g->type)->sim_type, g->initialized);
      if (g->init != NULL)
        {
          gsize len;
          gconstpointer bytes = g_bytes_get_data (g->init, &len);

          ml_runtime_write (vm->rt, g->addr, bytes, len);
        }
      else if (g->init_string != ML_VM_NONE)
        {
          MlVmString *lit = g_ptr_array_index (p->strings, g->init_string);

          /* A string header: pointer to the literal in rodata, then the length. */
          ml_runtime_write_word (vm->rt, g->addr, lit->addr);
          ml_runtime_write_word (vm->rt, g->addr + 8, lit->len);
        }
    }

  /* runtime.staticuint64s: what small integers boxed into interfaces point at. */
  {
    const MlRtype *u64 = ml_rtype_registry_basic (vm->types, ML_KIND_UINT64);
    const MlRtype *arr = ml_rtype_registry_array_of (vm->types, u64, 256);

    static_uint64s = ml_runtime_lookup_global (vm->rt, "runtime.staticuint64s");
    if (static_uint64s == 0)
      {
        static_uint64s = ml_runtime_add_global (vm->rt, "runtime.staticuint64s", arr, TRUE);
        for (guint i = 0; i < 256; i++)
          ml_runtime_write_word (vm->rt, static_uint64s + i * 8, i);
      }
  }

  for (guint i = 0; i < p->funcs->len; i++)
    {
      MlVmFunc *f = g_ptr_array_index (p->funcs, i);
      g_autoptr(MlFrameLayout) layout = ml_frame_layout_new (f->name);

      for (guint s = 0; s < f->slots->len; s++)
        {
          MlVmSlot *slot = &g_array_index (f->slots, MlVmSlot, s);
          MlSlotKind kind = slot->kind == ML_VM_SLOT_PARAM ? ML_SLOT_PARAM
                            : slot->kind == ML_VM_SLOT_RESULT ? ML_SLOT_RESULT : ML_SLOT_LOCAL;

          slot->offset = ml_frame_layout_add_slot (layout, slot->name, TY (vm, slot->type)->sim_type,
                                                   kind);
        }
      f->frame_size = ml_frame_layout_get_size (layout);
      f->layout_id = ml_runtime_register_frame_layout (vm->rt, layout);
      f->text_addr = ml_runtime_add_function (vm->rt, f->name, MAX (f->code->len, 1) * 4);
      g_hash_table_insert (vm->func_by_text, GSIZE_TO_POINTER (f->text_addr), GUINT_TO_POINTER (i + 1));
    }

  for (guint i = 0; i < p->funcs->len; i++)
    {
      MlVmFunc *f = g_ptr_array_index (p->funcs, i);

      for (guint pc = 0; pc < f->code->len; pc++)
        {
          MlVmInsn *in = &g_array_index (f->code, MlVmInsn, pc);

          in->a = resolve (vm, f, in->a);
          in->b = resolve (vm, f, in->b);
          if (!(in->flags & ML_VM_INSN_IMM))
            in->c = resolve (vm, f, in->c);
          if ((in->op == ML_OP_MAPGET || in->op == ML_OP_MAKESLICE) && in->imm != (gint64) ML_VM_NONE)
            in->imm = resolve (vm, f, (guint32) in->imm);
          if (in->op == ML_OP_BOX && in->w == 1)
            {
              /* A constant boxed into an interface points at read-only data (Go's
               * "stmp" symbols); the constant was computed by the instruction before. */
              MlVmInsn *prev = pc > 0 ? in - 1 : NULL;
              MlVmType *vt = TY (vm, in->aux);

              in->w = 0;
              if (prev != NULL && prev->a == in->b && (prev->op == ML_OP_MOVI || prev->op == ML_OP_STRC))
                {
                  g_autofree char *name = g_strdup_printf ("main..stmp_%u", p->globals->len + pc + i * 100000);
                  guint64 addr = ml_runtime_add_global (vm->rt, name, vt->sim_type, TRUE);

                  if (prev->op == ML_OP_MOVI)
                    WR (vm, addr, vt->size, prev->imm);
                  else
                    {
                      MlVmString *s = g_ptr_array_index (p->strings, prev->aux);

                      ml_runtime_write_word (vm->rt, addr, s->addr);
                      ml_runtime_write_word (vm->rt, addr + 8, s->len);
                    }
                  in->w = 1;
                  in->imm = (gint64) addr;
                }
            }
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
  p->loaded = TRUE;
}

/* ------------------------------------------------------------------------------------------ */
/* History: the VM's own state beside sim's */

/* The VM's state beside sim's: the call stack, then the pending fmt method results. */
static GBytes *
driver_save (gpointer user_data)
{
  MlVm *vm = user_data;
  GByteArray *b = g_byte_array_new ();
  guint32 n = vm->calls->len;

  g_byte_array_append (b, (guint8 *) &n, sizeof n);
  g_byte_array_append (b, (guint8 *) vm->calls->data, n * sizeof (MlVmCall));
  n = vm->fmt_caches->len;
  g_byte_array_append (b, (guint8 *) &n, sizeof n);
  for (guint i = 0; i < vm->fmt_caches->len; i++)
    {
      MlVmFmtCache *fc = g_ptr_array_index (vm->fmt_caches, i);
      guint32 head[5] = { fc->depth, fc->func, fc->pc, fc->pending, fc->strings->len };

      g_byte_array_append (b, (guint8 *) head, sizeof head);
      for (guint k = 0; k < fc->strings->len; k++)
        {
          const char *str = g_ptr_array_index (fc->strings, k);
          gint32 len = str != NULL ? (gint32) strlen (str) : -1;

          g_byte_array_append (b, (guint8 *) &len, sizeof len);
          if (str != NULL)
            g_byte_array_append (b, (const guint8 *) str, len);
        }
    }
  return g_byte_array_free_to_bytes (b);
}

static void
free_fmt_cache (gpointer data)
{
  MlVmFmtCache *fc = data;

  g_ptr_array_unref (fc->strings);
  g_free (fc);
}

static void
restore_state (MlVm          *vm,
               const guint8  *p,
               gsize          len)
{
  const guint8 *end = p + len;
  guint32 n;

  g_array_set_size (vm->calls, 0);
  g_ptr_array_set_size (vm->fmt_caches, 0);
  if (p == NULL || len < sizeof n)
    return;
  memcpy (&n, p, sizeof n);
  p += sizeof n;
  g_array_append_vals (vm->calls, p, n);
  p += n * sizeof (MlVmCall);
  if (p + sizeof n > end)
    return;
  memcpy (&n, p, sizeof n);
  p += sizeof n;
  for (guint i = 0; i < n; i++)
    {
      MlVmFmtCache *fc = g_new0 (MlVmFmtCache, 1);
      guint32 head[5];

      memcpy (head, p, sizeof head);
      p += sizeof head;
      fc->depth = head[0];
      fc->func = head[1];
      fc->pc = head[2];
      fc->pending = head[3];
      fc->strings = g_ptr_array_new_with_free_func (g_free);
      for (guint k = 0; k < head[4]; k++)
        {
          gint32 slen;

          memcpy (&slen, p, sizeof slen);
          p += sizeof slen;
          g_ptr_array_add (fc->strings, slen >= 0 ? g_strndup ((const char *) p, slen) : NULL);
          if (slen > 0)
            p += slen;
        }
      g_ptr_array_add (vm->fmt_caches, fc);
    }
}

static void
set_position (MlVm  *vm,
              guint  func,
              guint  pc)
{
  vm->func = func;
  vm->f = g_ptr_array_index (vm->prog->funcs, func);
  vm->code = (const MlVmInsn *) vm->f->code->data;
  vm->pc = pc;
}

static void
driver_restore (GBytes  *state,
                gpointer user_data)
{
  MlVm *vm = user_data;
  gsize len = 0;
  gconstpointer data = state != NULL ? g_bytes_get_data (state, &len) : NULL;
  guint64 out;

  restore_state (vm, data, len);
  vm->fmt_overrides = NULL;
  set_position (vm, ml_runtime_get_register (vm->rt, ML_VM_REG_PC) >> 32,
                ml_runtime_get_register (vm->rt, ML_VM_REG_PC) & 0xffffffffu);
  for (guint i = 0; i < ML_VM_N_REGS; i++)
    vm->regs[i] = ml_runtime_get_register (vm->rt, i);
  /* Going back keeps the text printed after the step, so that stepping forward again through
   * history shows it once more; printing on a new branch drops it (emit_output). */
  out = ml_runtime_get_register (vm->rt, ML_VM_REG_OUTPUT);
  if (out < vm->output->len)
    {
      g_string_prepend_len (vm->output_ahead, vm->output->str + out, vm->output->len - out);
      g_string_truncate (vm->output, out);
    }
  else if (out > vm->output->len)
    {
      gsize take = MIN (out - vm->output->len, vm->output_ahead->len);

      g_string_append_len (vm->output, vm->output_ahead->str, take);
      g_string_erase (vm->output_ahead, 0, take);
    }
  vm->status = ml_runtime_get_register (vm->rt, ML_VM_REG_STATUS);
  vm->fp = ml_runtime_get_frame_depth (vm->rt, 1) > 0 ? ml_runtime_get_frame_base (vm->rt, 1, 0) : 0;
  vm->started = TRUE;
}

/* ------------------------------------------------------------------------------------------ */

MlVm *
ml_vm_new (MlVmProgram *program,
           MlRuntime   *runtime)
{
  MlVm *vm;

  g_return_val_if_fail (program != NULL, NULL);
  g_return_val_if_fail (ML_IS_RUNTIME (runtime), NULL);
  g_return_val_if_fail (!program->loaded, NULL);

  vm = g_new0 (MlVm, 1);
  vm->prog = ml_vm_program_ref (program);
  vm->rt = g_object_ref (runtime);
  vm->types = ml_runtime_get_types (runtime);
  vm->type_by_addr = g_hash_table_new (NULL, NULL);
  vm->func_by_text = g_hash_table_new (NULL, NULL);
  vm->calls = g_array_new (FALSE, FALSE, sizeof (MlVmCall));
  vm->fmt_caches = g_ptr_array_new_with_free_func (free_fmt_cache);
  vm->output = g_string_new (NULL);
  vm->output_ahead = g_string_new (NULL);
  vm->step_limit = DEFAULT_STEP_LIMIT;
  vm->memory_limit = DEFAULT_MEMORY_LIMIT;
  load (vm);
  ml_runtime_set_driver_hooks (runtime, driver_save, driver_restore, vm, NULL);
  return vm;
}

void
ml_vm_free (MlVm *self)
{
  if (self == NULL)
    return;
  ml_runtime_set_driver_hooks (self->rt, NULL, NULL, NULL, NULL);
  g_hash_table_unref (self->type_by_addr);
  g_hash_table_unref (self->func_by_text);
  g_array_unref (self->calls);
  g_ptr_array_unref (self->fmt_caches);
  g_string_free (self->output, TRUE);
  g_string_free (self->output_ahead, TRUE);
  g_free (self->panic_message);
  g_free (self->limit_message);
  g_object_unref (self->rt);
  ml_vm_program_unref (self->prog);
  g_free (self);
}

void
ml_vm_set_output_func (MlVm           *self,
                       MlVmOutputFunc  func,
                       gpointer        user_data)
{
  g_return_if_fail (self != NULL);
  self->output_func = func;
  self->output_data = user_data;
}

void
ml_vm_set_step_limit (MlVm    *self,
                      guint64  steps)
{
  g_return_if_fail (self != NULL);
  self->step_limit = steps;
}

void
ml_vm_set_memory_limit (MlVm    *self,
                        guint64  bytes)
{
  g_return_if_fail (self != NULL);
  self->memory_limit = bytes;
}

const char *
ml_vm_get_output (MlVm  *self,
                  gsize *len)
{
  g_return_val_if_fail (self != NULL, NULL);
  if (len != NULL)
    *len = self->output->len;
  return self->output->str;
}

const char *
ml_vm_get_panic_message (MlVm *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->panic_message;
}

const char *
ml_vm_get_limit_message (MlVm *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->limit_message;
}

guint64
ml_vm_get_n_statements (MlVm *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->statements;
}

gboolean
ml_vm_is_finished (MlVm *self)
{
  g_return_val_if_fail (self != NULL, TRUE);
  return self->status != ML_VM_STATUS_READY;
}

int
ml_vm_get_exit_status (MlVm *self)
{
  g_return_val_if_fail (self != NULL, 1);
  switch (self->status)
    {
    case ML_VM_STATUS_PANICKED: return 2;
    case ML_VM_STATUS_LIMIT: return 1;
    case ML_VM_STATUS_READY: case ML_VM_STATUS_EXITED:
    default: return 0;
    }
}

void
ml_vm_get_position (MlVm        *self,
                    const char **function,
                    guint       *line,
                    guint       *col)
{
  const MlVmPos *pos = NULL;

  g_return_if_fail (self != NULL);

  if (self->f != NULL && self->pc < self->f->code_pos->len)
    pos = &g_array_index (self->f->code_pos, MlVmPos, self->pc);
  if (function != NULL)
    *function = self->f != NULL ? self->f->name : NULL;
  if (line != NULL)
    *line = pos != NULL ? pos->line : 0;
  if (col != NULL)
    *col = pos != NULL ? pos->col : 0;
}

static void
emit_output (MlVm       *vm,
             const char *text,
             gsize       len,
             gboolean    is_stderr)
{
  if (!is_stderr)
    {
      g_string_truncate (vm->output_ahead, 0);
      g_string_append_len (vm->output, text, len);
    }
  if (vm->output_func != NULL)
    vm->output_func (text, len, is_stderr, vm->output_data);
}

/* ------------------------------------------------------------------------------------------ */
/* Panics */

static char *
with_thousands (guint64 n)
{
  g_autofree char *digits = g_strdup_printf ("%" G_GUINT64_FORMAT, n);
  GString *s = g_string_new (NULL);
  gsize len = strlen (digits);

  for (gsize i = 0; i < len; i++)
    {
      if (i > 0 && (len - i) % 3 == 0)
        g_string_append_c (s, ',');
      g_string_append_c (s, digits[i]);
    }
  return g_string_free (s, FALSE);
}

static void
append_frame (MlVm    *vm,
              GString *s,
              guint    func,
              guint    pc)
{
  MlVmFunc *f = g_ptr_array_index (vm->prog->funcs, func);
  const MlVmPos *pos = pc < f->code_pos->len ? &g_array_index (f->code_pos, MlVmPos, pc) : &f->pos;
  g_autofree char *abs = g_path_is_absolute (vm->prog->filename) ? g_strdup (vm->prog->filename)
                         : g_canonicalize_filename (vm->prog->filename, NULL);

  g_string_append_printf (s, "%s(%s)\n\t%s:%u +0x%x\n", f->name, f->n_params > 0 ? "..." : "",
                          abs, pos->line, 0x1d + pc * 4);
}

static MlVmEvent
do_panic (MlVm       *vm,
          const char *message,
          gboolean    sigsegv)
{
  GString *s = g_string_new ("panic: ");

  g_string_append (s, message);
  if (sigsegv)
    g_string_append_printf (s, "\n[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x%"
                            G_GINT64_MODIFIER "x]", vm->f->text_addr + vm->pc * 4);
  g_string_append (s, "\n\ngoroutine 1 [running]:\n");
  append_frame (vm, s, vm->func, vm->pc);
  for (guint i = vm->calls->len; i > 0; i--)
    {
      MlVmCall *c = &g_array_index (vm->calls, MlVmCall, i - 1);

      append_frame (vm, s, c->func, c->ret_pc - 1);
    }
  g_string_append (s, "exit status 2\n");
  g_free (vm->panic_message);
  vm->panic_message = g_string_free (s, FALSE);
  vm->status = ML_VM_STATUS_PANICKED;
  return ML_VM_EVENT_PANIC;
}

static MlVmEvent
panic_nil (MlVm *vm)
{
  return do_panic (vm, "runtime error: invalid memory address or nil pointer dereference", TRUE);
}

static MlVmEvent
panic_index (MlVm   *vm,
             gint64  i,
             gint64  len)
{
  g_autofree char *m = g_strdup_printf ("runtime error: index out of range [%" G_GINT64_FORMAT
                                        "] with length %" G_GINT64_FORMAT, i, len);

  return do_panic (vm, m, FALSE);
}

static MlVmEvent
limit (MlVm *vm,
       char *message)
{
  g_free (vm->limit_message);
  vm->limit_message = message;
  vm->status = ML_VM_STATUS_LIMIT;
  return ML_VM_EVENT_LIMIT;
}

/* ------------------------------------------------------------------------------------------ */
/* Runtime helpers */

static gboolean
strings_equal (MlVm    *vm,
               guint64  a,
               guint64  b)
{
  guint64 la = RD (a + 8, 8), lb = RD (b + 8, 8);
  guint64 pa = RD (a, 8), pb = RD (b, 8);
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

static int
strings_compare (MlVm    *vm,
                 guint64  a,
                 guint64  b)
{
  gsize la, lb;
  g_autofree char *sa = ml_vm_read_string (vm, a, &la);
  g_autofree char *sb = ml_vm_read_string (vm, b, &lb);
  int r = memcmp (sa, sb, MIN (la, lb));

  if (r != 0)
    return r;
  return la < lb ? -1 : la > lb ? 1 : 0;
}

static gboolean
values_equal (MlVm           *vm,
              const MlVmType *t,
              guint64         a,
              guint64         b)
{
  switch (t->kind)
    {
    case ML_VM_KIND_STRING:
      return strings_equal (vm, a, b);
    case ML_VM_KIND_STRUCT:
      for (guint i = 0; i < t->n_fields; i++)
        if (!values_equal (vm, TY (vm, t->fields[i].type), a + t->fields[i].offset,
                           b + t->fields[i].offset))
          return FALSE;
      return TRUE;
    case ML_VM_KIND_ARRAY:
      {
        MlVmType *e = TY (vm, t->elem);

        for (guint64 i = 0; i < t->len; i++)
          if (!values_equal (vm, e, a + i * e->size, b + i * e->size))
            return FALSE;
        return TRUE;
      }
    case ML_VM_KIND_INTERFACE:
      {
        guint64 ta = RD (a, 8), tb = RD (b, 8);
        MlVmType *dt;

        if (ta != tb)
          return FALSE;
        if (ta == 0)
          return TRUE;
        dt = ml_vm_type_at (vm, ta);
        if (dt == NULL)
          return RD (a + 8, 8) == RD (b + 8, 8);
        if (dt->kind == ML_VM_KIND_POINTER || dt->kind == ML_VM_KIND_MAP ||
            dt->kind == ML_VM_KIND_FUNC || dt->kind == ML_VM_KIND_UNSAFE_POINTER)
          return RD (a + 8, 8) == RD (b + 8, 8);
        return values_equal (vm, dt, RD (a + 8, 8), RD (b + 8, 8));
      }
    case ML_VM_KIND_FLOAT32: case ML_VM_KIND_FLOAT64:
      return rdf (RD (a, t->size), t->size) == rdf (RD (b, t->size), t->size);
    case ML_VM_KIND_INVALID: case ML_VM_KIND_BOOL: case ML_VM_KIND_INT: case ML_VM_KIND_INT8:
    case ML_VM_KIND_INT16: case ML_VM_KIND_INT32: case ML_VM_KIND_INT64: case ML_VM_KIND_UINT:
    case ML_VM_KIND_UINT8: case ML_VM_KIND_UINT16: case ML_VM_KIND_UINT32:
    case ML_VM_KIND_UINT64: case ML_VM_KIND_UINTPTR: case ML_VM_KIND_COMPLEX64:
    case ML_VM_KIND_COMPLEX128: case ML_VM_KIND_UNSAFE_POINTER: case ML_VM_KIND_POINTER:
    case ML_VM_KIND_SLICE: case ML_VM_KIND_MAP: case ML_VM_KIND_CHAN: case ML_VM_KIND_FUNC:
    default:
      return zx (RD (a, MIN (t->size, 8)), MIN (t->size, 8)) == zx (RD (b, MIN (t->size, 8)), MIN (t->size, 8));
    }
}

static guint64
new_string (MlVm       *vm,
            const char *bytes,
            gsize       len)
{
  const MlRtype *u8 = ml_rtype_registry_basic (vm->types, ML_KIND_UINT8);
  guint64 p;

  if (len == 0)
    return 0;
  p = ml_runtime_malloc (vm->rt, len, u8);
  ml_runtime_write (vm->rt, p, bytes, len);
  vm->allocated = TRUE;
  return p;
}

static void
write_string (MlVm    *vm,
              guint64  dst,
              guint64  ptr,
              guint64  len)
{
  ml_runtime_write_pointer (vm->rt, dst, ptr);
  WR (vm, dst + 8, 8, len);
}

static gboolean
check_memory (MlVm *vm)
{
  MlMemStats *st;
  gboolean over;

  if (++vm->alloc_count % 512 != 0)
    return TRUE;
  st = g_new (MlMemStats, 1);
  ml_runtime_read_memstats (vm->rt, st);
  over = st->heap_alloc > vm->memory_limit;
  g_free (st);
  return !over;
}

/* Maps: a header object { count, cap, entries } and an array of { key, elem } entries,
 * searched linearly.  Go 1.24+ uses Swiss tables; the model keeps what matters for memory
 * (a header object and a separately allocated, growing array of slots). */
static MlVmType *
hmap_type (MlVm *vm)
{
  return ml_vm_program_find_type (vm->prog, "runtime.hmap");
}

static gboolean
entry_live (MlVm           *vm,
            const MlVmType *et,
            guint64         e)
{
  return (RD (e + et->fields[2].offset, 1) & 0xff) != 0;
}

static guint64
map_find (MlVm           *vm,
          const MlVmType *mt,
          guint64         m,
          guint64         key)
{
  MlVmType *et = TY (vm, mt->entry);
  MlVmType *kt = TY (vm, mt->key);
  guint64 used = RD (m + 24, 8);
  guint64 entries = RD (m + 16, 8);

  for (guint64 i = 0; i < used; i++)
    {
      guint64 e = entries + i * et->size;

      if (entry_live (vm, et, e) && values_equal (vm, kt, e, key))
        return e;
    }
  return 0;
}

static guint64
map_insert (MlVm           *vm,
            const MlVmType *mt,
            guint64         m,
            guint64         key)
{
  MlVmType *et = TY (vm, mt->entry);
  guint64 count = RD (m, 8);
  guint64 cap = RD (m + 8, 8);
  guint64 entries = RD (m + 16, 8);
  guint64 used = RD (m + 24, 8);
  guint64 e;

  if (used == cap)
    {
      /* A new, larger array with the live entries only (deleted slots are reclaimed). */
      guint64 ncap = count + 1 <= cap / 2 ? MAX (cap, 8) : (cap == 0 ? 8 : cap * 2);
      guint64 n = ml_runtime_malloc (vm->rt, ncap * et->size, et->sim_type);
      guint64 k = 0;

      vm->allocated = TRUE;
      for (guint64 i = 0; i < used; i++)
        if (entry_live (vm, et, entries + i * et->size))
          copy_value (vm, n + (k++) * et->size, entries + i * et->size, et);
      ml_runtime_write_pointer (vm->rt, m + 16, n);
      WR (vm, m + 8, 8, ncap);
      entries = n;
      used = k;
    }
  e = entries + used * et->size;
  copy_value (vm, e, key, TY (vm, mt->key));
  WR (vm, e + et->fields[2].offset, 1, 1);
  WR (vm, m, 8, count + 1);
  WR (vm, m + 24, 8, used + 1);
  return e;
}

static void
fill_memstats (MlVm           *vm,
               guint64         dst,
               const MlVmType *t)
{
  g_autofree MlMemStats *st = g_new0 (MlMemStats, 1);

  ml_runtime_read_memstats (vm->rt, st);
  for (guint i = 0; i < t->n_fields; i++)
    {
      const MlVmField *f = &t->fields[i];
      guint64 a = dst + f->offset;
      MlVmType *ft = TY (vm, f->type);
      const char *n = f->name;
      guint64 v = 0;
      gboolean known = TRUE;

#define F(name, value) else if (g_str_equal (n, name)) v = (value);
      if (FALSE) {}
      F ("Alloc", st->alloc)
      F ("TotalAlloc", st->total_alloc)
      F ("Sys", st->sys)
      F ("Mallocs", st->mallocs)
      F ("Frees", st->frees)
      F ("HeapAlloc", st->heap_alloc)
      F ("HeapSys", st->heap_sys)
      F ("HeapIdle", st->heap_idle)
      F ("HeapInuse", st->heap_inuse)
      F ("HeapReleased", st->heap_released)
      F ("HeapObjects", st->heap_objects)
      F ("StackInuse", st->stack_inuse)
      F ("StackSys", st->stack_sys)
      F ("NextGC", st->next_gc)
      F ("LastGC", st->last_gc)
      F ("PauseTotalNs", st->pause_total_ns)
      F ("NumGC", st->num_gc)
      F ("NumForcedGC", st->num_forced_gc)
      F ("EnableGC", st->enable_gc ? 1 : 0)
      else if (g_str_equal (n, "GCCPUFraction"))
        v = wrf (st->gc_cpu_fraction, 8);
      else if (g_str_equal (n, "PauseNs") || g_str_equal (n, "PauseEnd"))
        {
          const guint64 *src = g_str_equal (n, "PauseNs") ? st->pause_ns : st->pause_end;

          for (guint k = 0; k < 256 && k * 8 < ft->size; k++)
            WR (vm, a + k * 8, 8, src[k]);
          continue;
        }
      else
        known = FALSE;
#undef F
      if (known && ft->size <= 8)
        WR (vm, a, ft->size, v);
    }
}

static gint32
decode_rune (const guint8 *s,
             gsize         n,
             guint        *size)
{
  gunichar c;

  *size = 1;
  if (n == 0)
    return 0xfffd;
  if (s[0] < 0x80)
    return s[0];
  c = g_utf8_get_char_validated ((const char *) s, n);
  if (c == (gunichar) -1 || c == (gunichar) -2)
    return 0xfffd;
  *size = g_utf8_next_char ((const char *) s) - (const char *) s;
  return c;
}

/* convT: an interface's data word for a value of type @t at @src. */
static guint64
box_data (MlVm           *vm,
          const MlVmType *t,
          guint64         src)
{
  guint64 p;

  if (t->size == 0)
    return ml_runtime_zerobase (vm->rt);
  if (!t->has_pointers && t->size <= 8 && (t->size & (t->size - 1)) == 0)
    {
      guint64 v = zx (RD (src, t->size), t->size);

      /* convT16/32/64 and single bytes point into runtime.staticuint64s when they can. */
      if (v < 256)
        return static_uint64s + v * 8;
    }
  if (t->kind == ML_VM_KIND_STRING && RD (src + 8, 8) == 0)
    return ml_runtime_zerobase (vm->rt);
  if (t->kind == ML_VM_KIND_SLICE && RD (src, 8) == 0)
    return ml_runtime_zerobase (vm->rt);
  p = ml_runtime_new_object (vm->rt, t->sim_type);
  vm->allocated = TRUE;
  copy_value (vm, p, src, t);
  return p;
}

static gboolean
is_direct_iface (const MlVmType *t)
{
  return t->kind == ML_VM_KIND_POINTER || t->kind == ML_VM_KIND_MAP ||
         t->kind == ML_VM_KIND_FUNC || t->kind == ML_VM_KIND_CHAN ||
         t->kind == ML_VM_KIND_UNSAFE_POINTER;
}

static guint64
sim_call_depth_ok (MlVm *vm)
{
  return vm->calls->len < MAX_CALL_DEPTH;
}

/* ------------------------------------------------------------------------------------------ */
/* The loop */

static MlVmEvent
do_call (MlVm               *vm,
         guint               callee,
         const MlVmCallSite *cs,
         guint               cs_index,
         guint64             closure,
         guint64             recv)
{
  guint first = recv != 0 ? 1 : 0;
  MlVmFunc *cf = g_ptr_array_index (vm->prog->funcs, callee);
  guint64 base, caller_fp;
  MlVmCall call = { vm->func, vm->pc + 1, cs_index };

  if (!sim_call_depth_ok (vm))
    {
      vm->status = ML_VM_STATUS_PANICKED;
      g_free (vm->panic_message);
      vm->panic_message = g_strdup ("runtime: goroutine stack exceeds 1000000000-byte limit\n"
                                    "fatal error: stack overflow\n\nexit status 2\n");
      return ML_VM_EVENT_PANIC;
    }
  base = ml_runtime_push_frame (vm->rt, 1, cf->layout_id);
  if (base == 0)
    {
      vm->status = ML_VM_STATUS_PANICKED;
      g_free (vm->panic_message);
      vm->panic_message = g_strdup ("runtime: goroutine stack exceeds 1000000000-byte limit\n"
                                    "fatal error: stack overflow\n\nexit status 2\n");
      return ML_VM_EVENT_PANIC;
    }
  base = ml_runtime_get_frame_base (vm->rt, 1, 0);
  caller_fp = ml_runtime_get_frame_base (vm->rt, 1, 1);
  vm->fp = caller_fp;
  if (recv != 0 && cf->n_params > 0)
    {
      MlVmSlot *slot = &g_array_index (cf->slots, MlVmSlot, cf->param_slots[0]);

      copy_value (vm, base + slot->offset, recv, TY (vm, slot->type));
    }
  for (guint i = 0; i < cs->n_args && i + first < cf->n_params; i++)
    {
      MlVmSlot *slot = &g_array_index (cf->slots, MlVmSlot, cf->param_slots[i + first]);

      copy_value (vm, base + slot->offset, AD (vm, cs->arg_src[i]), TY (vm, slot->type));
    }
  if (closure != 0 && cf->closure_slot != ML_VM_NONE)
    ml_runtime_write_pointer (vm->rt, base + g_array_index (cf->slots, MlVmSlot, cf->closure_slot).offset,
                              closure);
  g_array_append_val (vm->calls, call);
  set_position (vm, callee, 0);
  vm->fp = base;
  ml_runtime_driver_state_changed (vm->rt);
  return ML_VM_EVENT_NONE;
}

static MlVmEvent
do_return (MlVm *vm)
{
  MlVmCall call;
  MlVmFunc *cf = vm->f;
  MlVmFunc *caller;
  const MlVmCallSite *cs;
  guint64 callee_fp = vm->fp;

  if (vm->calls->len == 0)
    {
      ml_runtime_pop_frame (vm->rt, 1);
      if (vm->func == vm->prog->init_func)
        {
          ml_runtime_push_frame (vm->rt, 1, ((MlVmFunc *) g_ptr_array_index (vm->prog->funcs,
                                                                             vm->prog->main_func))->layout_id);
          set_position (vm, vm->prog->main_func, 0);
          vm->fp = ml_runtime_get_frame_base (vm->rt, 1, 0);
          return ML_VM_EVENT_NONE;
        }
      vm->status = ML_VM_STATUS_EXITED;
      return ML_VM_EVENT_EXIT;
    }
  call = g_array_index (vm->calls, MlVmCall, vm->calls->len - 1);
  g_array_set_size (vm->calls, vm->calls->len - 1);
  caller = g_ptr_array_index (vm->prog->funcs, call.func);
  vm->fp = ml_runtime_get_frame_base (vm->rt, 1, 1);
  if (call.call_site == G_MAXUINT)
    {
      /* A String()/Error() method fmt called: keep its text for the fmt instruction. */
      MlVmFmtCache *fc = g_ptr_array_index (vm->fmt_caches, vm->fmt_caches->len - 1);
      MlVmSlot *slot = &g_array_index (cf->slots, MlVmSlot, cf->result_slots[0]);

      g_free (g_ptr_array_index (fc->strings, fc->pending));
      g_ptr_array_index (fc->strings, fc->pending) = ml_vm_read_string (vm, callee_fp + slot->offset, NULL);
      ml_runtime_pop_frame (vm->rt, 1);
      set_position (vm, call.func, call.ret_pc);
      vm->fp = ml_runtime_get_frame_base (vm->rt, 1, 0);
      ml_runtime_driver_state_changed (vm->rt);
      return ML_VM_EVENT_NONE;
    }
  cs = &g_array_index (caller->calls, MlVmCallSite, call.call_site);
  for (guint i = 0; i < cs->n_results && i < cf->n_results; i++)
    {
      MlVmSlot *slot = &g_array_index (cf->slots, MlVmSlot, cf->result_slots[i]);

      copy_value (vm, AD (vm, cs->res_dst[i]), callee_fp + slot->offset, TY (vm, slot->type));
    }
  ml_runtime_pop_frame (vm->rt, 1);
  set_position (vm, call.func, call.ret_pc);
  vm->fp = ml_runtime_get_frame_base (vm->rt, 1, 0);
  ml_runtime_driver_state_changed (vm->rt);
  return ML_VM_EVENT_NONE;
}

static gboolean
compare (guint    op,
         guint64  x,
         guint64  y,
         guint    w,
         guint    flags)
{
  if (flags & ML_VM_INSN_FLOAT)
    {
      double a = rdf (x, w), b = rdf (y, w);

      switch (op)
        {
        case ML_OP_EQ: return a == b;
        case ML_OP_NE: return a != b;
        case ML_OP_LT: return a < b;
        case ML_OP_LE: return a <= b;
        case ML_OP_GT: return a > b;
        default: return a >= b;
        }
    }
  if (flags & ML_VM_INSN_SIGNED)
    {
      gint64 a = sx (x, w), b = sx (y, w);

      switch (op)
        {
        case ML_OP_EQ: return a == b;
        case ML_OP_NE: return a != b;
        case ML_OP_LT: return a < b;
        case ML_OP_LE: return a <= b;
        case ML_OP_GT: return a > b;
        default: return a >= b;
        }
    }
  {
    guint64 a = zx (x, w), b = zx (y, w);

    switch (op)
      {
      case ML_OP_EQ: return a == b;
      case ML_OP_NE: return a != b;
      case ML_OP_LT: return a < b;
      case ML_OP_LE: return a <= b;
      case ML_OP_GT: return a > b;
      default: return a >= b;
      }
  }
}

static MlVmEvent G_GNUC_PRINTF (2, 3)
slice_panic (MlVm       *vm,
             const char *fmt_str,
             ...)
{
  g_autofree char *m = NULL;
  va_list args;

  va_start (args, fmt_str);
  m = g_strdup_vprintf (fmt_str, args);
  va_end (args);
  g_autofree char *full = g_strconcat ("runtime error: slice bounds out of range ", m, NULL);

  return do_panic (vm, full, FALSE);
}

static const MlVmCallSite no_args;

/* The Error() or String() method fmt would call for a value of dynamic type @dt, or 0. */
static guint
stringer (MlVm     *vm,
          MlVmType *dt)
{
  static const char * const names[] = { "Error", "String" };
  MlVmType *base = dt->kind == ML_VM_KIND_POINTER && !dt->named ? TY (vm, dt->elem) : dt;

  for (guint k = 0; k < G_N_ELEMENTS (names); k++)
    {
      g_autofree char *key = g_strdup_printf ("%s.%s", base->name, names[k]);
      guint fi = GPOINTER_TO_UINT (g_hash_table_lookup (vm->prog->methods, key));
      MlVmFunc *f;
      MlVmType *rt, *res;

      if (fi == 0)
        continue;
      f = g_ptr_array_index (vm->prog->funcs, fi - 1);
      if (f->n_params != 1 || f->n_results != 1)
        continue;
      rt = TY (vm, g_array_index (f->slots, MlVmSlot, f->param_slots[0]).type);
      res = TY (vm, g_array_index (f->slots, MlVmSlot, f->result_slots[0]).type);
      if (res->kind != ML_VM_KIND_STRING)
        continue;
      /* A value's method set has no pointer-receiver methods. */
      if (rt->kind == ML_VM_KIND_POINTER && dt->kind != ML_VM_KIND_POINTER)
        continue;
      return fi;
    }
  return 0;
}

/* Calls the next String()/Error() method the operands at @args need; returns
 * ML_VM_EVENT_STATEMENT when it started one (the fmt instruction runs again when it returns),
 * ML_VM_EVENT_NONE when every result is known (vm->fmt_overrides then holds them). */
static MlVmEvent
fmt_methods (MlVm    *vm,
             guint64  args,
             guint    n)
{
  MlVmFmtCache *fc = vm->fmt_caches->len > 0
                     ? g_ptr_array_index (vm->fmt_caches, vm->fmt_caches->len - 1) : NULL;

  if (fc != NULL && (fc->depth != vm->calls->len || fc->func != vm->func || fc->pc != vm->pc))
    fc = NULL;
  for (guint i = 0; i < n; i++)
    {
      guint64 iv = args + i * 16;
      guint64 ta = RD (iv, 8);
      MlVmType *dt = ta != 0 ? ml_vm_type_at (vm, ta) : NULL;
      guint fi;
      MlVmFunc *f;
      MlVmType *rt;
      guint64 recv;
      MlVmEvent ev;

      if (dt == NULL || (fi = stringer (vm, dt)) == 0)
        continue;
      if (fc != NULL && i < fc->strings->len && g_ptr_array_index (fc->strings, i) != NULL)
        continue;
      if (fc == NULL)
        {
          fc = g_new0 (MlVmFmtCache, 1);
          fc->depth = vm->calls->len;
          fc->func = vm->func;
          fc->pc = vm->pc;
          fc->strings = g_ptr_array_new_with_free_func (g_free);
          g_ptr_array_set_size (fc->strings, n);
          g_ptr_array_add (vm->fmt_caches, fc);
        }
      fc->pending = i;
      f = g_ptr_array_index (vm->prog->funcs, fi - 1);
      rt = TY (vm, g_array_index (f->slots, MlVmSlot, f->param_slots[0]).type);
      if (rt->kind == ML_VM_KIND_POINTER || (is_direct_iface (dt) && dt->kind != ML_VM_KIND_POINTER))
        recv = iv + 8;
      else if (dt->kind == ML_VM_KIND_POINTER)
        {
          recv = RD (iv + 8, 8);
          if (recv == 0)
            return panic_nil (vm);
        }
      else
        recv = RD (iv + 8, 8);
      ev = do_call (vm, fi - 1, &no_args, G_MAXUINT, 0, recv);
      if (ev != ML_VM_EVENT_NONE)
        return ev;
      /* Back to the fmt instruction, not after it. */
      g_array_index (vm->calls, MlVmCall, vm->calls->len - 1).ret_pc--;
      return ML_VM_EVENT_STATEMENT;
    }
  vm->fmt_overrides = fc != NULL ? fc->strings : NULL;
  return ML_VM_EVENT_NONE;
}

/* growslice for @n more elements of the slice at @s, the result's header at @dst (which may be
 * @s), with Go 1.25+'s stack buffer strategies.  Returns FALSE past the memory budget. */
static gboolean
grow (MlVm           *vm,
      const MlVmInsn *in,
      guint64         s,
      guint64         dst,
      guint64         n,
      guint64        *out_ptr,
      guint64        *out_len)
{
  MlRuntime *rt = vm->rt;
  guint64 hdr[3];
  guint64 ptr, len, cap, need;

  /* One read for the whole header: each access to simulated memory has a fixed cost. */
  ml_runtime_read (rt, s, hdr, sizeof hdr);
  ptr = hdr[0];
  len = hdr[1];
  cap = hdr[2];
  need = len + n;
  MlVmType *et = TY (vm, in->aux);

  *out_len = len;
  if (need > cap)
    {
      guint64 ncap = 0;

      if (need * MAX (et->size, 1) > vm->memory_limit)
        return FALSE;
      if ((in->flags & ML_VM_INSN_BUF_STD) && need * et->size <= 32 && AD (vm, in->c) != ptr)
        {
          /* The whole 32-byte stack buffer at once: no allocation. */
          guint64 b = AD (vm, in->c);

          for (guint64 i = 0; i < len; i++)
            copy_value (vm, b + i * et->size, ptr + i * et->size, et);
          ptr = b;
          cap = 32 / et->size;
        }
      else if ((in->flags & ML_VM_INSN_BUF_WALK) && need * et->size <= 32)
        {
          /* growsliceBuf's capacities (one size class up each time); the model keeps these
           * small arrays on the heap, where Go moves them at return. */
          guint64 bytes = (need * et->size + 7) & ~G_GUINT64_CONSTANT (7);
          guint64 p = ml_runtime_malloc (rt, bytes, et->sim_type);

          for (guint64 i = 0; i < len; i++)
            copy_value (vm, p + i * et->size, ptr + i * et->size, et);
          ptr = p;
          cap = bytes / et->size;
          vm->allocated = TRUE;
        }
      else
        {
          ptr = ml_runtime_growslice (rt, ptr, len, cap, need, et->sim_type, &ncap);
          cap = ncap;
          vm->allocated = TRUE;
        }
      ml_runtime_write_pointer (rt, dst, ptr);
      WR (vm, dst + 16, 8, cap);
      if (vm->allocated && !check_memory (vm))
        return FALSE;
    }
  else if (dst != s)
    {
      ml_runtime_write_pointer (rt, dst, ptr);
      WR (vm, dst + 16, 8, cap);
    }
  WR (vm, dst + 8, 8, need);
  *out_ptr = ptr;
  return TRUE;
}

static void set_reg (MlVm    *vm,
                     guint    index,
                     guint64  value);

/* A directive's "gc step", "gc steps N" or "gc finish": one collector unit, which ends the
 * step as the units ml_vm_step() interleaves do.  The instruction keeps the pc until its units
 * are done, so that a step back lands on it again and the window shows the directive's line
 * while they run; what it keeps besides is the count of "gc steps N" in a register, which
 * history restores.  Returns TRUE when the step ends here, FALSE when the directive is done
 * and the program goes on. */
static gboolean
gc_units (MlVm           *vm,
          const MlVmInsn *in)
{
  MlRuntime *rt = vm->rt;
  guint64 done = vm->regs[ML_VM_REG_GC_UNITS];

  /* Without a cycle in progress there is nothing to step through. */
  if (ml_runtime_get_phase (rt) == ML_GC_OFF)
    {
      set_reg (vm, ML_VM_REG_GC_UNITS, 0);
      return FALSE;
    }
  ml_runtime_gc_unit (rt);
  vm->gc_unit_ran = TRUE;
  done++;
  if (ml_runtime_get_phase (rt) != ML_GC_OFF && (in->imm == 0 || done < (guint64) in->imm))
    {
      set_reg (vm, ML_VM_REG_GC_UNITS, done);
      return TRUE;
    }
  /* The last unit: the step goes on to the next statement, as any statement's step does.
   * After "gc step" or "gc steps N" the background workers hold still until the next
   * directive: the program's next statements then meet the collector exactly where the
   * directive left it, which is what a lesson stages (a pointer write in the middle of the
   * mark).  With workers running, a small heap is marked between two statements.  "gc
   * finish" lets them go again. */
  set_reg (vm, ML_VM_REG_GC_UNITS, 0);
  set_reg (vm, ML_VM_REG_GC_HELD, in->imm != 0 && ml_runtime_get_phase (rt) != ML_GC_OFF);
  return FALSE;
}

/* Runs instructions until a step boundary.  @stop_on_alloc: an allocation ends the step. */
static MlVmEvent
exec (MlVm     *vm,
      gboolean  stop_on_alloc,
      guint64  *n_insns)
{
  MlRuntime *rt = vm->rt;
  guint64 count = 0;
  MlVmEvent ev = ML_VM_EVENT_NONE;

  vm->allocated = FALSE;
  vm->gc_unit_ran = FALSE;
  for (;;)
    {
      const MlVmInsn *in = &vm->code[vm->pc];
      guint w = in->w;

      count++;
      switch (in->op)
        {
        case ML_OP_NOP:
          break;
        case ML_OP_STMT:
          if (count > 1)
            {
              *n_insns = count;
              return ML_VM_EVENT_STATEMENT;
            }
          vm->statements++;
          break;
        case ML_OP_MOVI:
          WR (vm, AD (vm, in->a), w, (guint64) in->imm);
          break;
        case ML_OP_MOV:
          WR (vm, AD (vm, in->a), w, RD (AD (vm, in->b), w));
          break;
        case ML_OP_MOVP:
          ml_runtime_write_pointer (rt, AD (vm, in->a), RD (AD (vm, in->b), 8));
          break;
        case ML_OP_MOVT:
          copy_value (vm, AD (vm, in->a), AD (vm, in->b), TY (vm, in->aux));
          break;
        case ML_OP_ZERO:
          zero_value (vm, AD (vm, in->a), TY (vm, in->aux));
          break;
        case ML_OP_STRC:
          {
            MlVmString *s = g_ptr_array_index (vm->prog->strings, in->aux);

            write_string (vm, AD (vm, in->a), s->addr, s->len);
          }
          break;
        case ML_OP_LEA:
          ml_runtime_write_pointer (rt, AD (vm, in->a), AD (vm, in->b));
          break;
        case ML_OP_LOAD:
          {
            guint64 p = RD (AD (vm, in->b), 8);

            if (p == 0)
              return panic_nil (vm);
            copy_value (vm, AD (vm, in->a), p + in->imm, TY (vm, in->aux));
          }
          break;
        case ML_OP_STORE:
          {
            guint64 p = RD (AD (vm, in->a), 8);

            if (p == 0)
              return panic_nil (vm);
            copy_value (vm, p + in->imm, AD (vm, in->b), TY (vm, in->aux));
          }
          break;
        case ML_OP_ADDR:
          {
            guint64 p = RD (AD (vm, in->b), 8);

            if (p == 0)
              return panic_nil (vm);
            ml_runtime_write_pointer (rt, AD (vm, in->a), p + in->imm);
          }
          break;
        case ML_OP_ADD: case ML_OP_SUB: case ML_OP_MUL: case ML_OP_DIV: case ML_OP_REM:
        case ML_OP_AND: case ML_OP_OR: case ML_OP_XOR: case ML_OP_ANDNOT:
          {
            guint64 x = RD (AD (vm, in->b), w);
            guint64 y = (in->flags & ML_VM_INSN_IMM) ? (guint64) in->imm : RD (AD (vm, in->c), w);
            guint64 r = 0;

            if (in->flags & ML_VM_INSN_FLOAT)
              {
                double a = rdf (x, w), b = rdf (y, w), d = 0;

                switch (in->op)
                  {
                  case ML_OP_ADD: d = a + b; break;
                  case ML_OP_SUB: d = a - b; break;
                  case ML_OP_MUL: d = a * b; break;
                  default: d = a / b; break;
                  }
                r = wrf (d, w);
              }
            else
              switch (in->op)
                {
                case ML_OP_ADD: r = x + y; break;
                case ML_OP_SUB: r = x - y; break;
                case ML_OP_MUL: r = x * y; break;
                case ML_OP_AND: r = x & y; break;
                case ML_OP_OR: r = x | y; break;
                case ML_OP_XOR: r = x ^ y; break;
                case ML_OP_ANDNOT: r = x & ~y; break;
                default:
                  if (zx (y, w) == 0)
                    return do_panic (vm, "runtime error: integer divide by zero", FALSE);
                  if (in->flags & ML_VM_INSN_SIGNED)
                    {
                      gint64 a = sx (x, w), b = sx (y, w);

                      if (b == -1)
                        r = in->op == ML_OP_DIV ? (guint64) (-(guint64) a) : 0;
                      else
                        r = in->op == ML_OP_DIV ? (guint64) (a / b) : (guint64) (a % b);
                    }
                  else
                    r = in->op == ML_OP_DIV ? zx (x, w) / zx (y, w) : zx (x, w) % zx (y, w);
                  break;
                }
            WR (vm, AD (vm, in->a), w, r);
          }
          break;
        case ML_OP_SHL: case ML_OP_SHR:
          {
            guint64 x = RD (AD (vm, in->b), w);
            MlVmType *ct = TY (vm, in->aux);
            guint64 y = RD (AD (vm, in->c), 8);
            guint64 r;

            (void) ct;
            if ((gint64) y < 0)
              return do_panic (vm, "runtime error: negative shift amount", FALSE);
            if (in->op == ML_OP_SHL)
              r = y >= 64 ? 0 : x << y;
            else if (in->flags & ML_VM_INSN_SIGNED)
              r = (guint64) (sx (x, w) >> MIN (y, 63));
            else
              r = y >= 64 ? 0 : zx (x, w) >> y;
            WR (vm, AD (vm, in->a), w, r);
          }
          break;
        case ML_OP_NEG:
          {
            guint64 x = RD (AD (vm, in->b), w);

            WR (vm, AD (vm, in->a), w, (in->flags & ML_VM_INSN_FLOAT) ? wrf (-rdf (x, w), w) : -x);
          }
          break;
        case ML_OP_COMPL:
          WR (vm, AD (vm, in->a), w, ~RD (AD (vm, in->b), w));
          break;
        case ML_OP_NOT:
          WR (vm, AD (vm, in->a), 1, !RD (AD (vm, in->b), 1));
          break;
        case ML_OP_EQ: case ML_OP_NE: case ML_OP_LT: case ML_OP_LE: case ML_OP_GT: case ML_OP_GE:
          WR (vm, AD (vm, in->a), 1, compare (in->op, RD (AD (vm, in->b), w),
                                             RD (AD (vm, in->c), w), w, in->flags));
          break;
        case ML_OP_STREQ:
          WR (vm, AD (vm, in->a), 1, strings_equal (vm, AD (vm, in->b), AD (vm, in->c)) != (w == 1));
          break;
        case ML_OP_STRCMP:
          {
            int r = strings_compare (vm, AD (vm, in->b), AD (vm, in->c));

            WR (vm, AD (vm, in->a), 1, compare (w, (guint64) r, 0, 8, ML_VM_INSN_SIGNED));
          }
          break;
        case ML_OP_MEMEQ:
          WR (vm, AD (vm, in->a), 1,
              values_equal (vm, TY (vm, in->aux), AD (vm, in->b), AD (vm, in->c)) != (w == 1));
          break;
        case ML_OP_CONCAT:
          {
            gsize la, lb;
            g_autofree char *a = ml_vm_read_string (vm, AD (vm, in->b), &la);
            g_autofree char *b = ml_vm_read_string (vm, AD (vm, in->c), &lb);
            guint64 dst = AD (vm, in->a);

            if (la == 0)
              copy_value (vm, dst, AD (vm, in->c), TY (vm, vm->prog->t_string));
            else if (lb == 0)
              copy_value (vm, dst, AD (vm, in->b), TY (vm, vm->prog->t_string));
            else
              {
                g_autofree char *s = g_malloc (la + lb);

                memcpy (s, a, la);
                memcpy (s + la, b, lb);
                write_string (vm, dst, new_string (vm, s, la + lb), la + lb);
              }
          }
          break;
        case ML_OP_CONV:
          {
            guint sw = in->imm & 0xff, ssg = (in->imm >> 8) & 1, dw = (in->imm >> 16) & 0xff;
            guint dsg = (in->imm >> 24) & 1;
            guint64 x = RD (AD (vm, in->b), sw);
            guint64 r;

            switch ((MlVmConv) w)
              {
              case ML_CONV_INT:
                r = ssg ? (guint64) sx (x, sw) : zx (x, sw);
                break;
              case ML_CONV_INT_FLOAT:
                r = wrf (ssg ? (double) sx (x, sw) : (double) zx (x, sw), dw);
                break;
              case ML_CONV_FLOAT_INT:
                {
                  double d = rdf (x, sw);

                  r = dsg ? (guint64) (gint64) d : (guint64) d;
                }
                break;
              case ML_CONV_FLOAT_FLOAT:
              default:
                r = wrf (rdf (x, sw), dw);
                break;
              }
            WR (vm, AD (vm, in->a), dw, r);
          }
          break;
        case ML_OP_JMP:
          vm->pc = in->imm;
          continue;
        case ML_OP_JT:
          if (RD (AD (vm, in->b), 1) & 0xff)
            {
              vm->pc = in->imm;
              continue;
            }
          break;
        case ML_OP_JF:
          if (!(RD (AD (vm, in->b), 1) & 0xff))
            {
              vm->pc = in->imm;
              continue;
            }
          break;
        case ML_OP_JCMP:
          {
            guint64 x = RD (AD (vm, in->b), w);
            guint64 y = (in->flags & ML_VM_INSN_IMM) ? (guint64) in->imm : RD (AD (vm, in->c), w);

            if (!compare (in->aux, x, y, w, in->flags))
              {
                vm->pc = in->pad;
                continue;
              }
          }
          break;
        case ML_OP_INC:
          {
            guint64 a = AD (vm, in->a);

            WR (vm, a, w, RD (a, w) + (guint64) in->imm);
          }
          break;
        case ML_OP_IDX:
          {
            guint64 s = AD (vm, in->b);
            guint64 ptr = RD (s, 8);
            gint64 len = (gint64) RD (s + 8, 8);
            gint64 i = w == 1 ? len - 1 : (gint64) RD (AD (vm, in->c), 8);

            if (i < 0 || i >= len)
              return panic_index (vm, i, len);
            ml_runtime_write_pointer (rt, AD (vm, in->a), ptr + i * TY (vm, in->aux)->size);
          }
          break;
        case ML_OP_STIDX:
          {
            guint64 hdr[2];
            guint64 ptr;
            gint64 len, i;
            MlVmType *et = TY (vm, in->aux);

            ml_runtime_read (rt, AD (vm, in->a), hdr, sizeof hdr);
            ptr = hdr[0];
            len = (gint64) hdr[1];
            i = w == 1 ? len - 1 : (gint64) RD (AD (vm, in->b), 8);

            if (i < 0 || i >= len)
              return panic_index (vm, i, len);
            copy_value (vm, ptr + i * et->size, AD (vm, in->c), et);
          }
          break;
        case ML_OP_AIDX:
          {
            guint64 p = RD (AD (vm, in->b), 8);
            gint64 i = (gint64) RD (AD (vm, in->c), 8);

            if (i < 0 || i >= in->imm)
              return panic_index (vm, i, in->imm);
            if (p == 0)
              return panic_nil (vm);
            ml_runtime_write_pointer (rt, AD (vm, in->a), p + i * TY (vm, in->aux)->size);
          }
          break;
        case ML_OP_SIDX:
          {
            guint64 s = AD (vm, in->b);
            gint64 len = (gint64) RD (s + 8, 8);
            gint64 i = (gint64) RD (AD (vm, in->c), 8);

            if (i < 0 || i >= len)
              return panic_index (vm, i, len);
            WR (vm, AD (vm, in->a), 1, RD (RD (s, 8) + i, 1));
          }
          break;
        case ML_OP_SLICE:
          {
            guint64 b = AD (vm, in->c);
            gint64 lo = (gint64) RD (b, 8), hi = (gint64) RD (b + 8, 8), mx = (gint64) RD (b + 16, 8);
            guint given = RD (b + 24, 8);
            guint64 src = AD (vm, in->b);
            guint64 ptr;
            gint64 len, cap;
            guint64 es = TY (vm, in->aux)->size;

            if (w == 1)
              {
                ptr = RD (src, 8);
                len = cap = in->imm;
                if (ptr == 0)
                  return panic_nil (vm);
              }
            else
              {
                ptr = RD (src, 8);
                len = (gint64) RD (src + 8, 8);
                cap = w == 2 ? len : (gint64) RD (src + 16, 8);
              }
            if (!(given & 1))
              lo = 0;
            if (!(given & 2))
              hi = len;
            if (!(given & 4))
              mx = cap;
            if (given & 4)
              {
                if (mx < 0 || mx > cap)
                  return slice_panic (vm, "[::%" G_GINT64_FORMAT "] with capacity %" G_GINT64_FORMAT, mx, cap);
                if (hi < 0 || hi > mx)
                  return slice_panic (vm, "[:%" G_GINT64_FORMAT ":%" G_GINT64_FORMAT "]", hi, mx);
              }
            else if (hi < 0 || hi > (w == 2 ? len : cap))
              {
                if (w == 2)
                  return slice_panic (vm, "[:%" G_GINT64_FORMAT "] with length %" G_GINT64_FORMAT, hi, len);
                return slice_panic (vm, "[:%" G_GINT64_FORMAT "] with capacity %" G_GINT64_FORMAT, hi, cap);
              }
            if (lo < 0 || lo > hi)
              return slice_panic (vm, "[%" G_GINT64_FORMAT ":%" G_GINT64_FORMAT "]", lo, hi);
            {
              guint64 dst = AD (vm, in->a);
              guint64 nptr = (mx - lo) > 0 || w == 2 ? ptr + lo * es : ptr;

              ml_runtime_write_pointer (rt, dst, nptr);
              WR (vm, dst + 8, 8, hi - lo);
              if (w != 2)
                WR (vm, dst + 16, 8, mx - lo);
            }
          }
          break;
        case ML_OP_NEW:
          {
            MlVmType *t = TY (vm, in->aux);
            guint64 p = t->size == 0 ? ml_runtime_zerobase (rt) : ml_runtime_new_object (rt, t->sim_type);

            ml_runtime_write_pointer (rt, AD (vm, in->a), p);
            vm->allocated = TRUE;
            if (!check_memory (vm))
              goto memory_limit;
          }
          break;
        case ML_OP_MAKESLICE:
          {
            gint64 len = (gint64) RD (AD (vm, in->b), 8);
            gint64 cap = (gint64) RD (AD (vm, in->c), 8);
            MlVmType *et = TY (vm, in->aux);
            guint64 dst = AD (vm, in->a);
            guint64 p;

            if (len < 0 || (et->size > 0 && (guint64) len > (G_GUINT64_CONSTANT (1) << 40) / et->size))
              return do_panic (vm, "runtime error: makeslice: len out of range", FALSE);
            if (cap < len || (et->size > 0 && (guint64) cap > (G_GUINT64_CONSTANT (1) << 40) / et->size))
              return do_panic (vm, "runtime error: makeslice: cap out of range", FALSE);
            if ((guint64) cap * et->size > vm->memory_limit)
              goto memory_limit;
            if ((in->flags & ML_VM_INSN_BUF_STD) && (guint64) cap * et->size <= 32)
              {
                /* The stack buffer: zeroed, no allocation. */
                p = AD (vm, (guint32) in->imm);
                for (gint64 i = 0; i < cap; i++)
                  zero_value (vm, p + i * et->size, et);
                ml_runtime_write_pointer (rt, dst, p);
                WR (vm, dst + 8, 8, len);
                WR (vm, dst + 16, 8, cap);
                break;
              }
            p = ml_runtime_make_slice (rt, et->sim_type, cap);
            if (p == 0)
              p = ml_runtime_zerobase (rt);
            ml_runtime_write_pointer (rt, dst, p);
            WR (vm, dst + 8, 8, len);
            WR (vm, dst + 16, 8, cap);
            vm->allocated = TRUE;
            if (!check_memory (vm))
              goto memory_limit;
          }
          break;
        case ML_OP_MKSLICEAT:
          {
            guint64 dst = AD (vm, in->a);

            ml_runtime_write_pointer (rt, dst, RD (AD (vm, in->b), 8));
            WR (vm, dst + 8, 8, in->imm);
            WR (vm, dst + 16, 8, in->imm);
          }
          break;
        case ML_OP_GROW:
          {
            guint64 p, l;

            if (!grow (vm, in, AD (vm, in->b), AD (vm, in->a), in->imm, &p, &l))
              goto memory_limit;
          }
          break;
        case ML_OP_APPEND1:
          {
            guint64 sl = AD (vm, in->a);
            guint64 p, l;
            MlVmType *et = TY (vm, in->aux);

            if (!grow (vm, in, sl, sl, 1, &p, &l))
              goto memory_limit;
            copy_value (vm, p + l * et->size, AD (vm, in->b), et);
          }
          break;
        case ML_OP_APPENDSL:
          {
            guint64 s = AD (vm, in->b), t = AD (vm, in->c);
            guint64 ptr = RD (s, 8), len = RD (s + 8, 8), cap = RD (s + 16, 8);
            guint64 tptr = RD (t, 8), n = RD (t + 8, 8);
            MlVmType *et = TY (vm, in->aux);
            guint64 dst = AD (vm, in->a);

            if (len + n > cap)
              {
                guint64 ncap = 0;

                ptr = ml_runtime_growslice (rt, ptr, len, cap, len + n, et->sim_type, &ncap);
                cap = ncap;
                vm->allocated = TRUE;
              }
            for (guint64 i = 0; i < n; i++)
              copy_value (vm, ptr + (len + i) * et->size, tptr + i * et->size, et);
            ml_runtime_write_pointer (rt, dst, ptr);
            WR (vm, dst + 8, 8, len + n);
            WR (vm, dst + 16, 8, cap);
          }
          break;
        case ML_OP_COPY:
          {
            guint64 d = AD (vm, in->b), s = AD (vm, in->c);
            guint64 n = MIN (RD (d + 8, 8), RD (s + 8, 8));
            MlVmType *et = TY (vm, in->aux);
            guint64 dp = RD (d, 8), sp = RD (s, 8);

            if (dp <= sp || dp >= sp + n * et->size)
              for (guint64 i = 0; i < n; i++)
                copy_value (vm, dp + i * et->size, sp + i * et->size, et);
            else
              for (guint64 i = n; i > 0; i--)
                copy_value (vm, dp + (i - 1) * et->size, sp + (i - 1) * et->size, et);
            WR (vm, AD (vm, in->a), 8, n);
          }
          break;
        case ML_OP_MAKEMAP:
          {
            MlVmType *h = hmap_type (vm);
            guint64 p = ml_runtime_new_object (rt, h->sim_type);

            ml_runtime_write_pointer (rt, AD (vm, in->a), p);
            vm->allocated = TRUE;
          }
          break;
        case ML_OP_MAPGET:
          {
            MlVmType *mt = TY (vm, in->aux);
            guint64 m = RD (AD (vm, in->b), 8);
            guint64 e = m != 0 ? map_find (vm, mt, m, AD (vm, in->c)) : 0;
            MlVmType *et = TY (vm, mt->entry);
            MlVmType *vt = TY (vm, mt->elem);

            if (e != 0)
              copy_value (vm, AD (vm, in->a), e + et->fields[1].offset, vt);
            else
              zero_value (vm, AD (vm, in->a), vt);
            if (in->imm != (gint64) ML_VM_NONE)
              WR (vm, AD (vm, (guint32) in->imm), 1, e != 0);
          }
          break;
        case ML_OP_MAPSET:
          {
            MlVmType *mt = TY (vm, in->aux);
            guint64 m = RD (AD (vm, in->b), 8);
            guint64 e;

            if (m == 0)
              return do_panic (vm, "assignment to entry in nil map", FALSE);
            e = map_find (vm, mt, m, AD (vm, in->c));
            if (e == 0)
              e = map_insert (vm, mt, m, AD (vm, in->c));
            ml_runtime_write_pointer (rt, AD (vm, in->a), e + TY (vm, mt->entry)->fields[1].offset);
          }
          break;
        case ML_OP_MAPDEL:
          {
            MlVmType *mt = TY (vm, in->aux);
            guint64 m = RD (AD (vm, in->a), 8);
            guint64 e = m != 0 ? map_find (vm, mt, m, AD (vm, in->b)) : 0;

            if (e != 0)
              {
                zero_value (vm, e, TY (vm, mt->entry));
                WR (vm, m, 8, RD (m, 8) - 1);
              }
          }
          break;
        case ML_OP_MAPITER:
          {
            /* The next live entry from slot c on (c is advanced to it), or nil. */
            MlVmType *mt = TY (vm, in->aux);
            MlVmType *et = TY (vm, mt->entry);
            guint64 m = RD (AD (vm, in->b), 8);
            guint64 i = RD (AD (vm, in->c), 8);
            guint64 e = 0;

            if (m != 0)
              {
                guint64 used = RD (m + 24, 8), entries = RD (m + 16, 8);

                while (i < used && !entry_live (vm, et, entries + i * et->size))
                  i++;
                if (i < used)
                  e = entries + i * et->size;
                WR (vm, AD (vm, in->c), 8, i);
              }
            ml_runtime_write_pointer (rt, AD (vm, in->a), e);
          }
          break;
        case ML_OP_LEN:
          {
            guint64 m = RD (AD (vm, in->b), 8);

            WR (vm, AD (vm, in->a), 8, m != 0 ? RD (m, 8) : 0);
          }
          break;
        case ML_OP_BOX:
          {
            MlVmType *t = TY (vm, in->aux);
            guint64 dst = AD (vm, in->a);
            guint64 data;

            if (w == 1)
              data = (guint64) in->imm;
            else if (is_direct_iface (t))
              data = RD (AD (vm, in->b), 8);
            else
              data = box_data (vm, t, AD (vm, in->b));
            WR (vm, dst, 8, t->type_addr);
            ml_runtime_write_pointer (rt, dst + 8, data);
          }
          break;
        case ML_OP_UNBOX:
          {
            MlVmType *t = TY (vm, in->aux);
            guint64 src = AD (vm, in->b);
            guint64 ta = RD (src, 8);
            gboolean ok = ta == t->type_addr;

            if (ok)
              {
                guint64 data = RD (src + 8, 8);

                if (is_direct_iface (t))
                  ml_runtime_write_pointer (rt, AD (vm, in->a), data);
                else
                  copy_value (vm, AD (vm, in->a), data, t);
              }
            else
              {
                if (in->c == ML_VM_NONE)
                  {
                    MlVmType *have = ta != 0 ? ml_vm_type_at (vm, ta) : NULL;
                    g_autofree char *m = have != NULL
                      ? g_strdup_printf ("interface conversion: interface {} is %s, not %s", have->name, t->name)
                      : g_strdup_printf ("interface conversion: interface {} is nil, not %s", t->name);

                    return do_panic (vm, m, FALSE);
                  }
                zero_value (vm, AD (vm, in->a), t);
              }
            if (in->c != ML_VM_NONE)
              WR (vm, AD (vm, in->c), 1, ok);
          }
          break;
        case ML_OP_CLOSURE:
          {
            MlVmFunc *cf = g_ptr_array_index (vm->prog->funcs, in->imm);
            guint64 p = RD (AD (vm, in->a), 8);

            WR (vm, p, 8, cf->text_addr);
          }
          break;
        case ML_OP_CALL:
          ev = do_call (vm, in->imm, &g_array_index (vm->f->calls, MlVmCallSite, in->aux), in->aux, 0, 0);
          if (ev != ML_VM_EVENT_NONE)
            return ev;
          continue;
        case ML_OP_CALLC:
          {
            guint64 p = RD (AD (vm, in->b), 8);
            guint fi;

            if (p == 0)
              return panic_nil (vm);
            fi = GPOINTER_TO_UINT (g_hash_table_lookup (vm->func_by_text, GSIZE_TO_POINTER (RD (p, 8))));
            if (fi == 0)
              return panic_nil (vm);
            {
              const MlVmCallSite *cs = &g_array_index (vm->f->calls, MlVmCallSite, in->aux);
              MlVmFunc *cf = g_ptr_array_index (vm->prog->funcs, fi - 1);

              /* A method value's closure carries the receiver after the code pointer. */
              if (cf->closure_slot == ML_VM_NONE && cf->n_params == cs->n_args + 1)
                ev = do_call (vm, fi - 1, cs, in->aux, 0, p + 8);
              else
                ev = do_call (vm, fi - 1, cs, in->aux, p, 0);
            }
            if (ev != ML_VM_EVENT_NONE)
              return ev;
          }
          continue;
        case ML_OP_CALLI:
          {
            guint64 iv = AD (vm, in->b);
            guint64 ta = RD (iv, 8);
            MlVmType *dt = ta != 0 ? ml_vm_type_at (vm, ta) : NULL;
            MlVmType *base;
            MlVmString *mname = g_ptr_array_index (vm->prog->strings, in->imm);
            g_autofree char *key = NULL;
            guint fi;
            MlVmFunc *cf;
            MlVmType *recv_t;
            guint64 recv;

            if (dt == NULL)
              return panic_nil (vm);
            base = dt->kind == ML_VM_KIND_POINTER && !dt->named ? TY (vm, dt->elem) : dt;
            key = g_strdup_printf ("%s.%s", base->name, mname->bytes);
            fi = GPOINTER_TO_UINT (g_hash_table_lookup (vm->prog->methods, key));
            if (fi == 0)
              return panic_nil (vm);
            cf = g_ptr_array_index (vm->prog->funcs, fi - 1);
            recv_t = TY (vm, g_array_index (cf->slots, MlVmSlot, cf->param_slots[0]).type);
            /* The receiver: the data word itself for a pointer, else the value it points at. */
            if (recv_t->kind == ML_VM_KIND_POINTER || dt->kind == ML_VM_KIND_POINTER)
              {
                if (recv_t->kind == ML_VM_KIND_POINTER)
                  recv = iv + 8;
                else
                  {
                    recv = RD (iv + 8, 8);
                    if (recv == 0)
                      return panic_nil (vm);
                  }
              }
            else
              recv = is_direct_iface (recv_t) ? iv + 8 : RD (iv + 8, 8);
            ev = do_call (vm, fi - 1, &g_array_index (vm->f->calls, MlVmCallSite, in->aux), in->aux, 0,
                          recv);
            if (ev != ML_VM_EVENT_NONE)
              return ev;
          }
          continue;
        case ML_OP_ERRORF:
          {
            MlVmType *pt = TY (vm, in->aux);
            guint64 obj = ml_runtime_new_object (rt, TY (vm, pt->elem)->sim_type);
            guint64 dst = AD (vm, in->a);

            vm->allocated = TRUE;
            copy_value (vm, obj, AD (vm, in->b), TY (vm, vm->prog->t_string));
            WR (vm, dst, 8, pt->type_addr);
            ml_runtime_write_pointer (rt, dst + 8, obj);
          }
          break;
        case ML_OP_RET:
          ev = do_return (vm);
          if (ev != ML_VM_EVENT_NONE)
            {
              *n_insns = count;
              return ev;
            }
          continue;
        case ML_OP_FMT:
          {
            g_autoptr(GString) out = g_string_new (NULL);
            g_autofree char *format = NULL;
            gsize flen = 0;

            /* fmt calls the operands' Error() or String() methods first, one call at a
             * time, coming back to this instruction after each. */
            if (w != ML_FMT_BUILTIN_PRINT && w != ML_FMT_BUILTIN_PRINTLN && in->b != ML_VM_NONE)
              {
                ev = fmt_methods (vm, AD (vm, in->b), in->imm);
                if (ev == ML_VM_EVENT_PANIC)
                  return ev;
                if (ev == ML_VM_EVENT_STATEMENT)
                  continue;
              }
            if (in->c != ML_VM_NONE)
              format = ml_vm_read_string (vm, AD (vm, in->c), &flen);
            ml_vm_fmt (vm, out, w, in->b != ML_VM_NONE ? AD (vm, in->b) : 0, in->imm, format, flen);
            vm->fmt_overrides = NULL;
            if (vm->fmt_caches->len > 0)
              {
                MlVmFmtCache *fc = g_ptr_array_index (vm->fmt_caches, vm->fmt_caches->len - 1);

                /* Only this instruction's results: a method's own fmt calls run deeper. */
                if (fc->depth == vm->calls->len && fc->func == vm->func && fc->pc == vm->pc)
                  {
                    g_ptr_array_set_size (vm->fmt_caches, vm->fmt_caches->len - 1);
                    ml_runtime_driver_state_changed (rt);
                  }
              }
            switch ((MlVmFmtKind) w)
              {
              case ML_FMT_SPRINT: case ML_FMT_SPRINTLN: case ML_FMT_SPRINTF:
                write_string (vm, AD (vm, in->a), new_string (vm, out->str, out->len), out->len);
                break;
              case ML_FMT_BUILTIN_PRINT: case ML_FMT_BUILTIN_PRINTLN:
                emit_output (vm, out->str, out->len, TRUE);
                break;
              case ML_FMT_PRINT: case ML_FMT_PRINTLN: case ML_FMT_PRINTF:
              default:
                emit_output (vm, out->str, out->len, FALSE);
                break;
              }
          }
          break;
        case ML_OP_PANIC:
          {
            guint64 src = AD (vm, in->b);
            guint64 ta = RD (src, 8);
            MlVmType *t = ta != 0 ? ml_vm_type_at (vm, ta) : NULL;
            g_autoptr(GString) m = g_string_new (NULL);

            if (t == NULL)
              g_string_append (m, "panic called with nil argument (use runtime.PanicNilError)");
            else if (t->kind == ML_VM_KIND_STRING && !t->named)
              {
                g_autofree char *s = ml_vm_read_string (vm, RD (src + 8, 8), NULL);

                g_string_append (m, s);
              }
            else if (t->kind == ML_VM_KIND_STRUCT || t->kind == ML_VM_KIND_ARRAY ||
                     t->kind == ML_VM_KIND_SLICE || t->kind == ML_VM_KIND_MAP ||
                     t->kind == ML_VM_KIND_POINTER || t->named)
              g_string_append_printf (m, "(%s) 0x%" G_GINT64_MODIFIER "x", t->name, RD (src + 8, 8));
            else
              {
                ml_vm_fmt_value (vm, m, t, RD (src + 8, 8), 'v', FALSE, FALSE, 1);
                if (t->kind == ML_VM_KIND_INT || t->kind == ML_VM_KIND_FLOAT64 ||
                    t->kind == ML_VM_KIND_BOOL || t->kind == ML_VM_KIND_STRING)
                  {
                    /* Go 1.18+: "panic: 42" for plain ints; others print their type. */
                  }
                else
                  {
                    g_string_prepend (m, ") ");
                    g_string_prepend (m, t->name);
                    g_string_prepend_c (m, '(');
                  }
              }
            if (t != NULL && t->kind == ML_VM_KIND_INT)
              g_string_append_printf (m, "%s", "");
            return do_panic (vm, m->str, FALSE);
          }
        case ML_OP_PANICMSG:
          return do_panic (vm, "runtime error", FALSE);
        case ML_OP_GC:
          ml_runtime_gc_collect (rt);
          break;
        case ML_OP_GCSTART:
          /* Go's gcStart: nothing happens while a cycle is in progress. */
          ml_runtime_gc_start (rt);
          break;
        case ML_OP_GCUNITS:
          if (gc_units (vm, in))
            {
              *n_insns = count;
              return ML_VM_EVENT_GC_UNIT;
            }
          break;
        case ML_OP_SETGOGC:
          ml_runtime_set_gogc (rt, (gint) in->imm);
          break;
        case ML_OP_SETWB:
          ml_runtime_set_write_barrier (rt, in->imm != 0);
          break;
        case ML_OP_MEMSTATS:
          {
            guint64 p = RD (AD (vm, in->b), 8);

            if (p == 0)
              return panic_nil (vm);
            fill_memstats (vm, p, TY (vm, in->aux));
          }
          break;
        case ML_OP_STRBYTES:
          {
            gsize n;
            g_autofree char *s = ml_vm_read_string (vm, AD (vm, in->b), &n);
            guint64 dst = AD (vm, in->a);
            guint64 p = n > 0 ? new_string (vm, s, n) : ml_runtime_zerobase (rt);

            ml_runtime_write_pointer (rt, dst, p);
            WR (vm, dst + 8, 8, n);
            WR (vm, dst + 16, 8, n);
          }
          break;
        case ML_OP_STRRUNES:
          {
            gsize n;
            g_autofree char *str = ml_vm_read_string (vm, AD (vm, in->b), &n);
            g_autoptr(GArray) runes = g_array_new (FALSE, FALSE, sizeof (gint32));
            guint64 dst = AD (vm, in->a);
            guint64 p = 0;

            for (gsize i = 0; i < n;)
              {
                guint size;
                gint32 r = decode_rune ((const guint8 *) str + i, n - i, &size);

                g_array_append_val (runes, r);
                i += size;
              }
            if (runes->len > 0)
              {
                p = ml_runtime_make_slice (rt, TY (vm, in->aux)->sim_type, runes->len);
                ml_runtime_write (rt, p, runes->data, runes->len * 4);
                vm->allocated = TRUE;
              }
            else
              p = ml_runtime_zerobase (rt);
            ml_runtime_write_pointer (rt, dst, p);
            WR (vm, dst + 8, 8, runes->len);
            WR (vm, dst + 16, 8, runes->len);
          }
          break;
        case ML_OP_RUNESSTR:
          {
            guint64 sl = AD (vm, in->b);
            guint64 ptr = RD (sl, 8), n = RD (sl + 8, 8);
            g_autoptr(GString) str = g_string_new (NULL);

            for (guint64 i = 0; i < n; i++)
              {
                gint32 r = (gint32) RD (ptr + i * 4, 4);

                if (r < 0 || r > 0x10ffff || (r >= 0xd800 && r <= 0xdfff))
                  r = 0xfffd;
                g_string_append_unichar (str, (gunichar) r);
              }
            write_string (vm, AD (vm, in->a), new_string (vm, str->str, str->len), str->len);
          }
          break;
        case ML_OP_BYTESSTR:
          {
            guint64 s = AD (vm, in->b);
            guint64 n = RD (s + 8, 8);
            g_autofree char *buf = g_malloc (n + 1);

            ml_runtime_read (rt, RD (s, 8), buf, n);
            if (n == 1)
              write_string (vm, AD (vm, in->a), static_uint64s + (guint8) buf[0] * 8, 1);
            else
              write_string (vm, AD (vm, in->a), new_string (vm, buf, n), n);
          }
          break;
        case ML_OP_RUNESTR:
          {
            gint64 r = sx (RD (AD (vm, in->b), w), w);
            char buf[8];
            gint n;

            if (r < 0 || r > 0x10ffff || (r >= 0xd800 && r <= 0xdfff))
              r = 0xfffd;
            n = g_unichar_to_utf8 ((gunichar) r, buf);
            write_string (vm, AD (vm, in->a), new_string (vm, buf, n), n);
          }
          break;
        case ML_OP_STRRANGE:
          {
            guint64 s = AD (vm, in->b);
            guint64 ci = AD (vm, in->c);
            guint64 i = RD (ci, 8);
            guint64 len = RD (s + 8, 8);
            guint8 buf[4];
            guint size;
            gint32 r;

            ml_runtime_read (rt, RD (s, 8) + i, buf, MIN (4, len - i));
            r = decode_rune (buf, MIN (4, len - i), &size);
            WR (vm, AD (vm, in->a), 4, (guint32) r);
            WR (vm, ci, 8, i + size);
          }
          break;
        case ML_OP_MINMAX:
          {
            guint64 x = RD (AD (vm, in->b), w), y = RD (AD (vm, in->c), w);
            gboolean less = compare (ML_OP_LT, y, x, w, in->flags);

            WR (vm, AD (vm, in->a), w, (in->imm == 0) == less ? y : x);
          }
          break;
        case ML_N_OPS:
        default:
          g_assert_not_reached ();
        }
      vm->pc++;
      if (stop_on_alloc && vm->allocated)
        {
          *n_insns = count;
          return ML_VM_EVENT_ALLOCATION;
        }
    }

memory_limit:
  {
    g_autofree char *n = with_thousands (vm->memory_limit >> 20);

    *n_insns = count;
    return limit (vm, g_strdup_printf (_("the program allocated more than %s MiB; it was stopped"), n));
  }
}

static void
start (MlVm *vm)
{
  guint first = vm->prog->init_func != ML_VM_NONE ? vm->prog->init_func : vm->prog->main_func;
  MlVmFunc *f = g_ptr_array_index (vm->prog->funcs, first);

  ml_runtime_push_frame (vm->rt, 1, f->layout_id);
  set_position (vm, first, 0);
  vm->fp = ml_runtime_get_frame_base (vm->rt, 1, 0);
  vm->started = TRUE;
  vm->first_step = ml_runtime_get_step (vm->rt);
}

static void
set_reg (MlVm    *vm,
         guint    index,
         guint64  value)
{
  /* Each register write is a journal entry: only changes are written. */
  if (vm->regs[index] != value)
    {
      vm->regs[index] = value;
      ml_runtime_set_register (vm->rt, index, value);
    }
}

static void
commit (MlVm    *vm,
        guint64  n_insns)
{
  set_reg (vm, ML_VM_REG_PC, vm->pc | ((guint64) vm->func << 32));
  set_reg (vm, ML_VM_REG_OUTPUT, vm->output->len);
  set_reg (vm, ML_VM_REG_STATUS, vm->status);
  ml_runtime_advance (vm->rt, n_insns * NS_PER_INSN);
  ml_runtime_end_step (vm->rt);
}

MlVmEvent
ml_vm_step (MlVm         *self,
            MlVmStepKind  kind)
{
  g_return_val_if_fail (self != NULL, ML_VM_EVENT_NONE);

  switch (self->status)
    {
    case ML_VM_STATUS_EXITED: return ML_VM_EVENT_EXIT;
    case ML_VM_STATUS_PANICKED: return ML_VM_EVENT_PANIC;
    case ML_VM_STATUS_LIMIT: return ML_VM_EVENT_LIMIT;
    case ML_VM_STATUS_READY:
    default:
      break;
    }
  if (!self->started)
    start (self);

  for (;;)
    {
      guint64 n = 0;
      MlVmEvent ev;

      /* The collector's turn: stop-the-world phases, then background work that is due.  In the
       * middle of a directive's units the directive runs the next one itself, so that each
       * of them counts, and its line stays the current one. */
      if (self->regs[ML_VM_REG_GC_HELD] && ml_runtime_get_phase (self->rt) == ML_GC_OFF)
        set_reg (self, ML_VM_REG_GC_HELD, 0);
      if (self->code[self->pc].op != ML_OP_GCUNITS
          && (ml_runtime_world_stopped (self->rt) ||
              (ml_runtime_gc_work_due (self->rt) && !self->regs[ML_VM_REG_GC_HELD])))
        {
          ml_runtime_gc_unit (self->rt);
          ml_runtime_end_step (self->rt);
          if (kind == ML_VM_STEP_ANY)
            return ML_VM_EVENT_GC_UNIT;
          continue;
        }
      /* The step budget counts sim's steps, which history restores with everything else. */
      if (ml_runtime_get_step (self->rt) - self->first_step > self->step_limit)
        {
          g_autofree char *steps = with_thousands (self->step_limit);

          ev = limit (self, g_strdup_printf (_("the program ran for more than %s steps; it was stopped"), steps));
          commit (self, 0);
          return ev;
        }
      ev = exec (self, kind == ML_VM_STEP_ANY, &n);
      commit (self, n);
      if (ev == ML_VM_EVENT_EXIT || ev == ML_VM_EVENT_PANIC || ev == ML_VM_EVENT_LIMIT)
        return ev;
      if (kind == ML_VM_STEP_RUN)
        continue;
      if (kind == ML_VM_STEP_STATEMENT && ev != ML_VM_EVENT_STATEMENT)
        continue;
      /* The step of a directive's last unit goes on to the next statement, but what it did
       * is that unit. */
      if (kind == ML_VM_STEP_ANY && ev == ML_VM_EVENT_STATEMENT && self->gc_unit_ran)
        return ML_VM_EVENT_GC_UNIT;
      return ev;
    }
}

MlVmEvent
ml_vm_run (MlVm *self)
{
  g_return_val_if_fail (self != NULL, ML_VM_EVENT_NONE);
  return ml_vm_step (self, ML_VM_STEP_RUN);
}
