/* ml-vm.c
 *
 * Copyright 2026 The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The VM: its life (made for a loaded program, freed), its step, which follows sim's step
 * protocol, and the dispatch loop, exec(), which runs instructions until a step boundary.
 * The loop is one function, as Lua's luaV_execute is: each instruction's case reads best
 * where it is, and the helpers it inlines are here or in ml-vm-private.h.  What the loop
 * calls out to (calls, panics, values, maps, built-ins, fmt) has files of its own.  Like
 * them, this file sees only sim's headers and the neutral ml-vm-program.h.
 */

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "ml-vm-private.h"

#define DEFAULT_STEP_LIMIT   G_GUINT64_CONSTANT (50000000)
#define DEFAULT_MEMORY_LIMIT (G_GUINT64_CONSTANT (1) << 30)
#define NS_PER_INSN          2

static void
load_cb (gpointer data)
{
  _ml_vm_load (data);
}

MlVm *
ml_vm_new (MlVmProgram *program,
           MlRuntime   *runtime)
{
  MlModelFault check;
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
  vm->func_by_layout = g_hash_table_new (NULL, NULL);
  vm->itabs = g_hash_table_new (NULL, NULL);
  vm->calls = g_array_new (FALSE, FALSE, sizeof (MlVmCall));
  vm->fmt_caches = g_ptr_array_new_with_free_func (_ml_vm_fmt_cache_free);
  vm->output = g_string_new (NULL);
  vm->output_ahead = g_string_new (NULL);
  vm->step_limit = DEFAULT_STEP_LIMIT;
  vm->memory_limit = DEFAULT_MEMORY_LIMIT;
  vm->fault_step = ml_model_get_fault_step ();
  if (vm->fault_step == 0)
    vm->fault_step = G_MAXUINT64;
  /* Loading runs model code (the program image, package variables): a check that fails in it
   * leaves a VM that has ended, as one that failed in a step. */
  if (!ml_model_guard (load_cb, vm, &check))
    _ml_vm_fault (vm, &check);
  else
    {
      _ml_vm_connect_history (vm);
      _ml_vm_stackmap_connect (vm);
    }
  return vm;
}

void
ml_vm_free (MlVm *self)
{
  if (self == NULL)
    return;
  ml_runtime_set_driver_hooks (self->rt, NULL, NULL, NULL, NULL);
  ml_runtime_set_stack_map_func (self->rt, NULL, NULL);
  g_hash_table_unref (self->type_by_addr);
  g_hash_table_unref (self->func_by_text);
  g_hash_table_unref (self->func_by_layout);
  g_hash_table_unref (self->itabs);
  g_array_unref (self->calls);
  g_clear_pointer (&self->saved_calls, _ml_vm_call_node_unref);
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

static void
emit_output (MlVm       *vm,
             const char *text,
             gsize       len,
             gboolean    is_stderr)
{
  if (!is_stderr)
    {
      g_string_truncate (vm->output_ahead, 0);
      _ml_vm_keep_output (vm, text, len);
    }
  if (vm->output_func != NULL)
    vm->output_func (text, len, is_stderr, vm->output_data);
}

/* Stops the program at one of MemLab's own limits, with @message (taken) saying which. */
MlVmEvent
_ml_vm_limit (MlVm      *vm,
              MlVmLimit  limit,
              char      *message)
{
  vm->limit = limit;
  g_free (vm->limit_message);
  vm->limit_message = message;
  vm->status = ML_VM_STATUS_LIMIT;
  return ML_VM_EVENT_LIMIT;
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
  /* A complex64 is 8 bytes aligned to 4: not convT64's, so always a new object. */
  if (ml_vm_type_is_scalar (t) && t->kind != ML_VM_KIND_COMPLEX64)
    {
      guint64 v = zero_extend (mem_read (vm, src, t->size), t->size);

      /* convT16/32/64 and single bytes point into runtime.staticuint64s when they can. */
      if (v < 256)
        return vm->static_uint64s + v * 8;
    }
  if (t->kind == ML_VM_KIND_STRING && mem_read (vm, src + 8, 8) == 0)
    return vm->zero_val;
  if (t->kind == ML_VM_KIND_SLICE && mem_read (vm, src, 8) == 0)
    return vm->zero_val;
  p = ml_runtime_new_object (vm->rt, t->sim_type);
  vm->allocated = TRUE;
  _ml_vm_copy_value (vm, p, src, t);
  return p;
}

/* The result of the comparison @op (ML_OP_EQ ... ML_OP_GE) from how its operands are ordered;
 * none of the three holds when one is a NaN, and then only != is true. */
static inline gboolean
comparison (guint    op,
            gboolean less,
            gboolean equal,
            gboolean greater)
{
  switch (op)
    {
    case ML_OP_EQ: return equal;
    case ML_OP_NE: return !equal;
    case ML_OP_LT: return less;
    case ML_OP_LE: return less || equal;
    case ML_OP_GT: return greater;
    default: return greater || equal;
    }
}

/* x op y for operands of width @w, floats, signed or unsigned integers as @flags say. */
static gboolean
compare (guint    op,
         guint64  x,
         guint64  y,
         guint    w,
         guint    flags)
{
  if (flags & ML_VM_INSN_FLOAT)
    {
      double a = float_from_bits (x, w), b = float_from_bits (y, w);

      return comparison (op, a < b, a == b, a > b);
    }
  if (flags & ML_VM_INSN_SIGNED)
    {
      gint64 a = sign_extend (x, w), b = sign_extend (y, w);

      return comparison (op, a < b, a == b, a > b);
    }
  {
    guint64 a = zero_extend (x, w), b = zero_extend (y, w);

    return comparison (op, a < b, a == b, a > b);
  }
}

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
          mem_write (vm, opnd_addr (vm, in->a), w, (guint64) in->imm);
          break;
        case ML_OP_MOV:
          mem_write (vm, opnd_addr (vm, in->a), w, mem_read (vm, opnd_addr (vm, in->b), w));
          break;
        case ML_OP_MOVP:
          ml_runtime_write_pointer (rt, opnd_addr (vm, in->a),
                                    mem_read (vm, opnd_addr (vm, in->b), 8));
          break;
        case ML_OP_MOVT:
          _ml_vm_copy_value (vm, opnd_addr (vm, in->a), opnd_addr (vm, in->b),
                             vm_type (vm, in->aux));
          break;
        case ML_OP_ZERO:
          _ml_vm_zero_value (vm, opnd_addr (vm, in->a), vm_type (vm, in->aux));
          break;
        case ML_OP_STRC:
          {
            MlVmString *s = g_ptr_array_index (vm->prog->strings, in->aux);

            _ml_vm_write_string (vm, opnd_addr (vm, in->a), s->addr, s->len);
          }
          break;
        case ML_OP_LEA:
          ml_runtime_write_pointer (rt, opnd_addr (vm, in->a), opnd_addr (vm, in->b));
          break;
        case ML_OP_LOAD:
          {
            guint64 p = mem_read (vm, opnd_addr (vm, in->b), 8);

            if (p == 0)
              return panic_nil_at (vm, (guint64) in->imm);
            _ml_vm_copy_value (vm, opnd_addr (vm, in->a), p + in->imm, vm_type (vm, in->aux));
          }
          break;
        case ML_OP_STORE:
          {
            guint64 p = mem_read (vm, opnd_addr (vm, in->a), 8);

            if (p == 0)
              return panic_nil_at (vm, (guint64) in->imm);
            _ml_vm_copy_value (vm, p + in->imm, opnd_addr (vm, in->b), vm_type (vm, in->aux));
          }
          break;
        case ML_OP_ADDR:
          {
            guint64 p = mem_read (vm, opnd_addr (vm, in->b), 8);

            if (p == 0)
              return panic_nil (vm);
            ml_runtime_write_pointer (rt, opnd_addr (vm, in->a), p + in->imm);
          }
          break;
        case ML_OP_ADD: case ML_OP_SUB: case ML_OP_MUL: case ML_OP_DIV: case ML_OP_REM:
        case ML_OP_AND: case ML_OP_OR: case ML_OP_XOR: case ML_OP_ANDNOT:
          {
            guint64 x = mem_read (vm, opnd_addr (vm, in->b), w);
            guint64 y = (in->flags & ML_VM_INSN_IMM) ? (guint64) in->imm
                        : mem_read (vm, opnd_addr (vm, in->c), w);
            guint64 r = 0;

            if (in->flags & ML_VM_INSN_FLOAT)
              {
                double a = float_from_bits (x, w), b = float_from_bits (y, w), d = 0;

                switch (in->op)
                  {
                  case ML_OP_ADD: d = a + b; break;
                  case ML_OP_SUB: d = a - b; break;
                  case ML_OP_MUL: d = a * b; break;
                  default: d = a / b; break;
                  }
                r = float_to_bits (d, w);
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
                  if (zero_extend (y, w) == 0)
                    return _ml_vm_panic (vm, "runtime error: integer divide by zero", FALSE);
                  if (in->flags & ML_VM_INSN_SIGNED)
                    {
                      gint64 a = sign_extend (x, w), b = sign_extend (y, w);

                      if (b == -1)
                        r = in->op == ML_OP_DIV ? (guint64) (-(guint64) a) : 0;
                      else
                        r = in->op == ML_OP_DIV ? (guint64) (a / b) : (guint64) (a % b);
                    }
                  else
                    r = in->op == ML_OP_DIV ? zero_extend (x, w) / zero_extend (y, w)
                        : zero_extend (x, w) % zero_extend (y, w);
                  break;
                }
            mem_write (vm, opnd_addr (vm, in->a), w, r);
          }
          break;
        case ML_OP_SHL: case ML_OP_SHR:
          {
            guint64 x = mem_read (vm, opnd_addr (vm, in->b), w);
            guint64 y = mem_read (vm, opnd_addr (vm, in->c), 8);
            guint64 r;

            if ((gint64) y < 0)
              return _ml_vm_panic (vm, "runtime error: negative shift amount", FALSE);
            if (in->op == ML_OP_SHL)
              r = y >= 64 ? 0 : x << y;
            else if (in->flags & ML_VM_INSN_SIGNED)
              r = (guint64) (sign_extend (x, w) >> MIN (y, 63));
            else
              r = y >= 64 ? 0 : zero_extend (x, w) >> y;
            mem_write (vm, opnd_addr (vm, in->a), w, r);
          }
          break;
        case ML_OP_NEG:
          {
            guint64 x = mem_read (vm, opnd_addr (vm, in->b), w);

            if (in->flags & ML_VM_INSN_FLOAT)
              x = float_to_bits (-float_from_bits (x, w), w);
            else
              x = -x;
            mem_write (vm, opnd_addr (vm, in->a), w, x);
          }
          break;
        case ML_OP_COMPL:
          mem_write (vm, opnd_addr (vm, in->a), w, ~mem_read (vm, opnd_addr (vm, in->b), w));
          break;
        case ML_OP_NOT:
          mem_write (vm, opnd_addr (vm, in->a), 1, !mem_read (vm, opnd_addr (vm, in->b), 1));
          break;
        case ML_OP_EQ: case ML_OP_NE: case ML_OP_LT: case ML_OP_LE: case ML_OP_GT: case ML_OP_GE:
          mem_write (vm, opnd_addr (vm, in->a), 1,
                     compare (in->op, mem_read (vm, opnd_addr (vm, in->b), w),
                              mem_read (vm, opnd_addr (vm, in->c), w), w, in->flags));
          break;
        case ML_OP_STREQ:
          mem_write (vm, opnd_addr (vm, in->a), 1,
                     _ml_vm_strings_equal (vm, opnd_addr (vm, in->b),
                                           opnd_addr (vm, in->c)) != (w == 1));
          break;
        case ML_OP_STRCMP:
          {
            int r = strings_compare (vm, opnd_addr (vm, in->b), opnd_addr (vm, in->c));

            mem_write (vm, opnd_addr (vm, in->a), 1,
                       compare (w, (guint64) r, 0, 8, ML_VM_INSN_SIGNED));
          }
          break;
        case ML_OP_MEMEQ:
          mem_write (vm, opnd_addr (vm, in->a), 1,
                     _ml_vm_values_equal (vm, vm_type (vm, in->aux), opnd_addr (vm, in->b),
                                          opnd_addr (vm, in->c)) != (w == 1));
          if (G_UNLIKELY (vm->uncomparable != NULL))
            {
              g_autofree char *m = g_strdup_printf ("runtime error: comparing uncomparable type %s",
                                                    vm->uncomparable->name);

              vm->uncomparable = NULL;
              return _ml_vm_panic (vm, m, FALSE);
            }
          break;
        case ML_OP_CONCAT:
          {
            guint64 dst = opnd_addr (vm, in->a);
            guint64 pa = mem_read (vm, opnd_addr (vm, in->b), 8);
            guint64 la = mem_read (vm, opnd_addr (vm, in->b) + 8, 8);
            guint64 pb = mem_read (vm, opnd_addr (vm, in->c), 8);
            guint64 lb = mem_read (vm, opnd_addr (vm, in->c) + 8, 8);

            /* The lengths first: s += s doubles, and a string past the budget is never made. */
            if (!memory_allows (vm, la + lb))
              goto memory_limit;

            if (la == 0)
              _ml_vm_copy_value (vm, dst, opnd_addr (vm, in->c), vm_type (vm, vm->prog->t_string));
            else if (lb == 0)
              _ml_vm_copy_value (vm, dst, opnd_addr (vm, in->b), vm_type (vm, vm->prog->t_string));
            else
              {
                /* concatstrings: the bytes move within the model, never through a copy of
                 * MemLab's own as large as the string. */
                guint64 p = ml_runtime_malloc (rt, la + lb,
                                               ml_rtype_registry_basic (vm->types, ML_KIND_UINT8));

                vm->allocated = TRUE;
                ml_runtime_move (rt, p, pa, la);
                ml_runtime_move (rt, p + la, pb, lb);
                _ml_vm_write_string (vm, dst, p, la + lb);
              }
          }
          break;
        case ML_OP_CONV:
          {
            guint sw = in->imm & 0xff, ssg = (in->imm >> 8) & 1, dw = (in->imm >> 16) & 0xff;
            guint dsg = (in->imm >> 24) & 1;
            guint64 x = mem_read (vm, opnd_addr (vm, in->b), sw);
            guint64 r;

            switch ((MlVmConv) w)
              {
              case ML_CONV_INT:
                r = ssg ? (guint64) sign_extend (x, sw) : zero_extend (x, sw);
                break;
              case ML_CONV_INT_FLOAT:
                {
                  double d = ssg ? (double) sign_extend (x, sw) : (double) zero_extend (x, sw);

                  r = float_to_bits (d, dw);
                }
                break;
              case ML_CONV_FLOAT_INT:
                {
                  double d = float_from_bits (x, sw);

                  r = dsg ? (guint64) (gint64) d : (guint64) d;
                }
                break;
              case ML_CONV_FLOAT_FLOAT:
              default:
                r = float_to_bits (float_from_bits (x, sw), dw);
                break;
              }
            mem_write (vm, opnd_addr (vm, in->a), dw, r);
          }
          break;
        case ML_OP_JMP:
          vm->pc = in->imm;
          continue;
        case ML_OP_JT:
          if (mem_read (vm, opnd_addr (vm, in->b), 1) & 0xff)
            {
              vm->pc = in->imm;
              continue;
            }
          break;
        case ML_OP_JF:
          if (!(mem_read (vm, opnd_addr (vm, in->b), 1) & 0xff))
            {
              vm->pc = in->imm;
              continue;
            }
          break;
        case ML_OP_JCMP:
          {
            guint64 x = mem_read (vm, opnd_addr (vm, in->b), w);
            guint64 y = (in->flags & ML_VM_INSN_IMM) ? (guint64) in->imm
                        : mem_read (vm, opnd_addr (vm, in->c), w);

            if (!compare (in->aux, x, y, w, in->flags))
              {
                vm->pc = in->pad;
                continue;
              }
          }
          break;
        case ML_OP_INC:
          {
            guint64 a = opnd_addr (vm, in->a);

            mem_write (vm, a, w, mem_read (vm, a, w) + (guint64) in->imm);
          }
          break;
        case ML_OP_IDX:
          {
            guint64 s = opnd_addr (vm, in->b);
            guint64 ptr = mem_read (vm, s, 8);
            gint64 len = (gint64) mem_read (vm, s + 8, 8);
            gint64 i = w == 1 ? len - 1 : (gint64) mem_read (vm, opnd_addr (vm, in->c), 8);

            if (i < 0 || i >= len)
              return panic_index (vm, i, len);
            ml_runtime_write_pointer (rt, opnd_addr (vm, in->a),
                                      ptr + i * vm_type (vm, in->aux)->size);
          }
          break;
        case ML_OP_STIDX:
          {
            guint64 hdr[2];
            guint64 ptr;
            gint64 len, i;
            MlVmType *et = vm_type (vm, in->aux);

            ml_runtime_read (rt, opnd_addr (vm, in->a), hdr, sizeof hdr);
            ptr = hdr[0];
            len = (gint64) hdr[1];
            i = w == 1 ? len - 1 : (gint64) mem_read (vm, opnd_addr (vm, in->b), 8);

            if (i < 0 || i >= len)
              return panic_index (vm, i, len);
            _ml_vm_copy_value (vm, ptr + i * et->size, opnd_addr (vm, in->c), et);
          }
          break;
        case ML_OP_AIDX:
          {
            guint64 p = mem_read (vm, opnd_addr (vm, in->b), 8);
            gint64 i = (gint64) mem_read (vm, opnd_addr (vm, in->c), 8);

            if (i < 0 || i >= in->imm)
              return panic_index (vm, i, in->imm);
            if (p == 0)
              return panic_nil (vm);
            ml_runtime_write_pointer (rt, opnd_addr (vm, in->a),
                                      p + i * vm_type (vm, in->aux)->size);
          }
          break;
        case ML_OP_SIDX:
          {
            guint64 s = opnd_addr (vm, in->b);
            gint64 len = (gint64) mem_read (vm, s + 8, 8);
            gint64 i = (gint64) mem_read (vm, opnd_addr (vm, in->c), 8);

            if (i < 0 || i >= len)
              return panic_index (vm, i, len);
            mem_write (vm, opnd_addr (vm, in->a), 1, mem_read (vm, mem_read (vm, s, 8) + i, 1));
          }
          break;
        case ML_OP_SLICE:
          {
            guint64 b = opnd_addr (vm, in->c);
            gint64 lo = (gint64) mem_read (vm, b, 8), hi = (gint64) mem_read (vm, b + 8, 8);
            gint64 mx = (gint64) mem_read (vm, b + 16, 8);
            guint given = mem_read (vm, b + 24, 8);
            guint64 src = opnd_addr (vm, in->b);
            guint64 ptr;
            gint64 len, cap;
            guint64 es = vm_type (vm, in->aux)->size;

            if (w == 1)
              {
                ptr = mem_read (vm, src, 8);
                len = cap = in->imm;
                if (ptr == 0)
                  return panic_nil (vm);
              }
            else
              {
                ptr = mem_read (vm, src, 8);
                len = (gint64) mem_read (vm, src + 8, 8);
                cap = w == 2 ? len : (gint64) mem_read (vm, src + 16, 8);
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
                  return _ml_vm_slice_panic (vm, ML_VM_BOUNDS_SLICE3_ACAP, mx, cap);
                if (hi < 0 || hi > mx)
                  return _ml_vm_slice_panic (vm, ML_VM_BOUNDS_SLICE3_B, hi, mx);
              }
            else if (hi < 0 || hi > (w == 2 ? len : cap))
              {
                if (w == 2)
                  return _ml_vm_slice_panic (vm, ML_VM_BOUNDS_SLICE_ALEN, hi, len);
                return _ml_vm_slice_panic (vm, ML_VM_BOUNDS_SLICE_ACAP, hi, cap);
              }
            if (lo < 0 || lo > hi)
              return _ml_vm_slice_panic (vm, (given & 4) ? ML_VM_BOUNDS_SLICE3_C : ML_VM_BOUNDS_SLICE_B,
                                         lo, hi);
            {
              guint64 dst = opnd_addr (vm, in->a);
              /* Go leaves the pointer where it is for a result with no room (its
               * capacity, a string's length): it must not point past the array. */
              guint64 nptr = (w == 2 ? hi - lo : mx - lo) > 0 ? ptr + lo * es : ptr;

              ml_runtime_write_pointer (rt, dst, nptr);
              mem_write (vm, dst + 8, 8, hi - lo);
              if (w != 2)
                mem_write (vm, dst + 16, 8, mx - lo);
            }
          }
          break;
        case ML_OP_NEW:
          {
            MlVmType *t = vm_type (vm, in->aux);
            guint64 p;

            /* An object larger than the budget (var a [1 << 30]int moved to the heap)
             * stops the program as the machine's memory would, before the model tries. */
            if (t->size > vm->memory_limit)
              goto memory_limit;
            p = t->size == 0 ? ml_runtime_zerobase (rt) : ml_runtime_new_object (rt, t->sim_type);
            if (p == 0)
              goto memory_limit;
            ml_runtime_write_pointer (rt, opnd_addr (vm, in->a), p);
            vm->allocated = TRUE;
            if (!check_memory (vm))
              goto memory_limit;
          }
          break;
        case ML_OP_MAKESLICE:
          {
            gint64 len = (gint64) mem_read (vm, opnd_addr (vm, in->b), 8);
            gint64 cap = (gint64) mem_read (vm, opnd_addr (vm, in->c), 8);
            MlVmType *et = vm_type (vm, in->aux);
            guint64 dst = opnd_addr (vm, in->a);
            guint64 p;

            /* walkMakeSlice's check of a length against a constant capacity in the frame:
             * uint64(len) > cap is a negative length's panic or else the capacity's. */
            if ((in->flags & ML_VM_INSN_EXACT) && (guint64) len > (guint64) cap)
              return _ml_vm_panic (vm, len < 0 ? "runtime error: makeslice: len out of range"
                                   : "runtime error: makeslice: cap out of range", FALSE);
            /* runtime.makeslice: out of range past maxAlloc (1 << 48 on linux/amd64). */
            if (len < 0 || (et->size > 0 && (guint64) len > (G_GUINT64_CONSTANT (1) << 48) / et->size))
              return _ml_vm_panic (vm, "runtime error: makeslice: len out of range", FALSE);
            if (cap < len || (et->size > 0 && (guint64) cap > (G_GUINT64_CONSTANT (1) << 48) / et->size))
              return _ml_vm_panic (vm, "runtime error: makeslice: cap out of range", FALSE);
            if ((guint64) cap * et->size > vm->memory_limit)
              goto memory_limit;
            if ((in->flags & ML_VM_INSN_EXACT)
                || ((in->flags & ML_VM_INSN_BUF_STD) && (guint64) cap * et->size <= 32))
              {
                /* The stack buffer (or the constant capacity's array): zeroed, no
                 * allocation. */
                p = opnd_addr (vm, (guint32) in->imm);
                for (gint64 i = 0; i < cap; i++)
                  _ml_vm_zero_value (vm, p + i * et->size, et);
                ml_runtime_write_pointer (rt, dst, p);
                mem_write (vm, dst + 8, 8, len);
                mem_write (vm, dst + 16, 8, cap);
                break;
              }
            p = ml_runtime_make_slice (rt, et->sim_type, cap);
            if (p == 0 && (guint64) cap * et->size > 0)
              goto memory_limit;
            if (p == 0)
              p = ml_runtime_zerobase (rt);
            ml_runtime_write_pointer (rt, dst, p);
            mem_write (vm, dst + 8, 8, len);
            mem_write (vm, dst + 16, 8, cap);
            vm->allocated = TRUE;
            if (!check_memory (vm))
              goto memory_limit;
          }
          break;
        case ML_OP_MKSLICEAT:
          {
            guint64 dst = opnd_addr (vm, in->a);

            ml_runtime_write_pointer (rt, dst, mem_read (vm, opnd_addr (vm, in->b), 8));
            mem_write (vm, dst + 8, 8, in->imm);
            mem_write (vm, dst + 16, 8, in->imm);
          }
          break;
        case ML_OP_GROW:
          {
            guint64 p, l;

            if (!_ml_vm_grow (vm, in, opnd_addr (vm, in->b), opnd_addr (vm, in->a), in->imm,
                              &p, &l))
              goto memory_limit;
          }
          break;
        case ML_OP_APPEND1:
          {
            guint64 sl = opnd_addr (vm, in->a);
            guint64 p, l;
            MlVmType *et = vm_type (vm, in->aux);

            if (!_ml_vm_grow (vm, in, sl, sl, 1, &p, &l))
              goto memory_limit;
            _ml_vm_copy_value (vm, p + l * et->size, opnd_addr (vm, in->b), et);
          }
          break;
        case ML_OP_MOVE2HEAP:
          if (!_ml_vm_move_to_heap (vm, in))
            goto memory_limit;
          break;
        case ML_OP_APPENDSL:
          {
            guint64 s = opnd_addr (vm, in->b), t = opnd_addr (vm, in->c);
            guint64 ptr = mem_read (vm, s, 8), len = mem_read (vm, s + 8, 8);
            guint64 cap = mem_read (vm, s + 16, 8);
            guint64 tptr = mem_read (vm, t, 8), n = mem_read (vm, t + 8, 8);
            MlVmType *et = vm_type (vm, in->aux);
            guint64 dst = opnd_addr (vm, in->a);

            if (len + n > cap)
              {
                guint64 ncap = 0;

                if ((len + n) * MAX (et->size, 1) > vm->memory_limit)
                  goto memory_limit;
                ptr = ml_runtime_growslice (rt, ptr, len, cap, len + n, et->sim_type, &ncap);
                cap = ncap;
                vm->allocated = TRUE;
                if (ptr == 0 || !check_memory (vm))
                  goto memory_limit;
              }
            /* memmove: append(s[:1], s...) copies onto its own elements. */
            _ml_vm_move_elems (vm, ptr + len * et->size, tptr, n, et);
            ml_runtime_write_pointer (rt, dst, ptr);
            mem_write (vm, dst + 8, 8, len + n);
            mem_write (vm, dst + 16, 8, cap);
          }
          break;
        case ML_OP_COPY:
          {
            guint64 d = opnd_addr (vm, in->b), s = opnd_addr (vm, in->c);
            guint64 n = MIN (mem_read (vm, d + 8, 8), mem_read (vm, s + 8, 8));
            MlVmType *et = vm_type (vm, in->aux);
            guint64 dp = mem_read (vm, d, 8), sp = mem_read (vm, s, 8);

            _ml_vm_move_elems (vm, dp, sp, n, et);
            mem_write (vm, opnd_addr (vm, in->a), 8, n);
          }
          break;
        case ML_OP_MAKEMAP:
          ev = _ml_vm_map_make (vm, in);
          goto map_event;
        case ML_OP_MAPGET:
          ev = _ml_vm_map_get (vm, in);
          goto map_event;
        case ML_OP_MAPSET:
          ev = _ml_vm_map_set (vm, in);
          goto map_event;
        case ML_OP_MAPDEL:
          ev = _ml_vm_map_delete (vm, in);
        map_event:
          if (ev == ML_VM_EVENT_LIMIT)
            goto memory_limit;
          if (ev != ML_VM_EVENT_NONE)
            return ev;
          break;
        case ML_OP_MAPCLEAR:
          _ml_vm_map_clear (vm, in);
          break;
        case ML_OP_MAPITERINIT: case ML_OP_MAPITERNEXT:
          _ml_vm_map_iter (vm, in);
          break;
        case ML_OP_LEN:
          {
            guint64 m = mem_read (vm, opnd_addr (vm, in->b), 8);

            mem_write (vm, opnd_addr (vm, in->a), 8, m != 0 ? mem_read (vm, m, 8) : 0);
          }
          break;
        case ML_OP_BOX:
          {
            MlVmType *t = vm_type (vm, in->aux);
            guint64 dst = opnd_addr (vm, in->a);
            guint64 data;

            if (w == 1)
              data = (guint64) in->imm;
            else if (in->flags & ML_VM_INSN_BOX_ADDR)
              data = mem_read (vm, opnd_addr (vm, in->b), 8);
            else if (ml_vm_kind_is_pointer_word (t->kind))
              data = mem_read (vm, opnd_addr (vm, in->b), 8);
            else
              data = box_data (vm, t, opnd_addr (vm, in->b));
            mem_write (vm, dst, 8, (in->flags & ML_VM_INSN_ITAB) ? in->c : t->type_addr);
            ml_runtime_write_pointer (rt, dst + 8, data);
          }
          break;
        case ML_OP_UNBOX:
          {
            MlVmType *t = vm_type (vm, in->aux);
            guint64 src = opnd_addr (vm, in->b);
            guint64 ta = mem_read (vm, src, 8);
            gboolean ok = ta == t->type_addr;

            if (ok)
              {
                guint64 data = mem_read (vm, src + 8, 8);

                if (ml_vm_kind_is_pointer_word (t->kind))
                  ml_runtime_write_pointer (rt, opnd_addr (vm, in->a), data);
                else
                  _ml_vm_copy_value (vm, opnd_addr (vm, in->a), data, t);
              }
            else
              {
                if (in->c == ML_VM_NONE)
                  {
                    MlVmType *have = ta != 0 ? ml_vm_type_at (vm, ta) : NULL;
                    g_autofree char *m = have != NULL
                      ? g_strdup_printf ("interface conversion: interface {} is %s, not %s", have->name, t->name)
                      : g_strdup_printf ("interface conversion: interface {} is nil, not %s", t->name);

                    return _ml_vm_panic (vm, m, FALSE);
                  }
                _ml_vm_zero_value (vm, opnd_addr (vm, in->a), t);
              }
            if (in->c != ML_VM_NONE)
              mem_write (vm, opnd_addr (vm, in->c), 1, ok);
          }
          break;
        case ML_OP_CLOSURE:
          {
            MlVmFunc *cf = g_ptr_array_index (vm->prog->funcs, in->imm);
            guint64 p = mem_read (vm, opnd_addr (vm, in->a), 8);

            mem_write (vm, p, 8, cf->text_addr);
          }
          break;
        case ML_OP_CALL:
          ev = _ml_vm_call (vm, in->imm, &g_array_index (vm->f->calls, MlVmCallSite, in->aux),
                            in->aux, 0, 0);
          if (ev != ML_VM_EVENT_NONE)
            return ev;
          continue;
        case ML_OP_CALLC:
          ev = _ml_vm_call_closure (vm, mem_read (vm, opnd_addr (vm, in->b), 8),
                                    &g_array_index (vm->f->calls, MlVmCallSite, in->aux), in->aux);
          if (ev != ML_VM_EVENT_NONE)
            return ev;
          continue;
        case ML_OP_CALLI:
          ev = _ml_vm_call_iface (vm, opnd_addr (vm, in->b), (guint) in->imm,
                                  &g_array_index (vm->f->calls, MlVmCallSite, in->aux), in->aux);
          if (ev != ML_VM_EVENT_NONE)
            return ev;
          continue;
        case ML_OP_ERRORF:
          {
            MlVmType *pt = vm_type (vm, in->aux);
            guint64 obj = ml_runtime_new_object (rt, vm_type (vm, pt->elem)->sim_type);
            guint64 dst = opnd_addr (vm, in->a);

            vm->allocated = TRUE;
            _ml_vm_copy_value (vm, obj, opnd_addr (vm, in->b), vm_type (vm, vm->prog->t_string));
            mem_write (vm, dst, 8, (in->flags & ML_VM_INSN_ITAB) ? in->c : pt->type_addr);
            ml_runtime_write_pointer (rt, dst + 8, obj);
          }
          break;
        case ML_OP_RET:
          ev = _ml_vm_return (vm);
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

            /* fmt calls the Error() and String() methods of what it prints, one call at a
             * time, coming back to this instruction after each (ml-vm-fmt-methods.c). */
            if (in->c != ML_VM_NONE)
              format = ml_vm_read_string (vm, opnd_addr (vm, in->c), &flen);
            _ml_vm_fmt_begin (vm, w != ML_FMT_BUILTIN_PRINT && w != ML_FMT_BUILTIN_PRINTLN);
            if (in->flags & ML_VM_INSN_SPREAD)
              ml_vm_fmt (vm, out, w, mem_read (vm, opnd_addr (vm, in->b), 8),
                         mem_read (vm, opnd_addr (vm, in->b) + 8, 8), format, flen);
            else
              ml_vm_fmt (vm, out, w, in->b != ML_VM_NONE ? opnd_addr (vm, in->b) : 0, in->imm,
                         format, flen);
            ev = _ml_vm_fmt_end (vm);
            if (ev == ML_VM_EVENT_STATEMENT)
              continue;
            if (ev != ML_VM_EVENT_NONE)
              return ev;
            switch ((MlVmFmtKind) w)
              {
              case ML_FMT_SPRINT: case ML_FMT_SPRINTLN: case ML_FMT_SPRINTF: case ML_FMT_ERRORF:
                _ml_vm_write_string (vm, opnd_addr (vm, in->a),
                                     _ml_vm_new_string (vm, out->str, out->len), out->len);
                break;
              case ML_FMT_BUILTIN_PRINT: case ML_FMT_BUILTIN_PRINTLN:
                emit_output (vm, out->str, out->len, TRUE);
                break;
              case ML_FMT_PRINT: case ML_FMT_PRINTLN: case ML_FMT_PRINTF:
              default:
                emit_output (vm, out->str, out->len, FALSE);
                /* n, the bytes written, when the program reads it. */
                if (in->a != ML_VM_NONE)
                  mem_write (vm, opnd_addr (vm, in->a), 8, out->len);
                break;
              }
          }
          break;
        case ML_OP_PANIC:
          {
            guint64 iv = opnd_addr (vm, in->b);

            /* Inside a method fmt (or the printing of a panic) called, the panic is caught. */
            if (_ml_vm_panic_caught (vm, iv))
              continue;
            return _ml_vm_gopanic (vm, mem_read (vm, iv, 8), mem_read (vm, iv + 8, 8));
          }
        case ML_OP_DEFER:
          _ml_vm_defer (vm, in);
          break;
        case ML_OP_DEFERRETURN: case ML_OP_PANICNEXT:
          {
            gboolean called = FALSE;

            ev = in->op == ML_OP_DEFERRETURN ? _ml_vm_deferreturn (vm, &called)
                                              : _ml_vm_panic_next (vm, &called);
            if (ev == ML_VM_EVENT_STATEMENT)
              continue;
            if (ev != ML_VM_EVENT_NONE)
              {
                *n_insns = count;
                return ev;
              }
            if (called)
              continue;
          }
          break;
        case ML_OP_RECOVER:
          _ml_vm_recover (vm, opnd_addr (vm, in->a));
          break;
        case ML_OP_PANICMSG:
          return _ml_vm_panic (vm, "runtime error", FALSE);
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
            guint64 p = mem_read (vm, opnd_addr (vm, in->b), 8);

            if (p == 0)
              return panic_nil (vm);
            _ml_vm_fill_memstats (vm, p, vm_type (vm, in->aux));
          }
          break;
        case ML_OP_STRBYTES:
          if (!_ml_vm_str_to_bytes (vm, in))
            goto memory_limit;
          break;
        case ML_OP_STRRUNES:
          if (!_ml_vm_str_to_runes (vm, in))
            goto memory_limit;
          break;
        case ML_OP_RUNESSTR:
          if (!_ml_vm_runes_to_str (vm, in))
            goto memory_limit;
          break;
        case ML_OP_BYTESSTR:
          if (!_ml_vm_bytes_to_str (vm, in))
            goto memory_limit;
          break;
        case ML_OP_RUNESTR:
          if (!_ml_vm_rune_to_str (vm, in))
            goto memory_limit;
          break;
        case ML_OP_STRRANGE:
          {
            guint64 s = opnd_addr (vm, in->b);
            guint64 ci = opnd_addr (vm, in->c);
            guint64 i = mem_read (vm, ci, 8);
            guint64 len = mem_read (vm, s + 8, 8);
            guint8 buf[4];
            guint size;
            gint32 r;

            ml_runtime_read (rt, mem_read (vm, s, 8) + i, buf, MIN (4, len - i));
            r = decode_rune (buf, MIN (4, len - i), &size);
            mem_write (vm, opnd_addr (vm, in->a), 4, (guint32) r);
            mem_write (vm, ci, 8, i + size);
          }
          break;
        case ML_OP_MINMAX:
          {
            guint64 x = mem_read (vm, opnd_addr (vm, in->b), w);
            guint64 y = mem_read (vm, opnd_addr (vm, in->c), w);
            gboolean less = compare (ML_OP_LT, y, x, w, in->flags);

            mem_write (vm, opnd_addr (vm, in->a), w, (in->imm == 0) == less ? y : x);
          }
          break;
        case ML_OP_CONVI:
          _ml_vm_convert_iface (vm, in);
          break;
        case ML_OP_ASSERT:
          ev = _ml_vm_type_assert (vm, in);
          if (ev != ML_VM_EVENT_NONE)
            return ev;
          break;
        case ML_OP_FUNCVAL:
          ml_runtime_write_pointer (rt, opnd_addr (vm, in->a), (guint64) in->imm);
          break;
        case ML_OP_CDIV:
          _ml_vm_complex_div (vm, opnd_addr (vm, in->a), opnd_addr (vm, in->b),
                              opnd_addr (vm, in->c));
          break;
        case ML_OP_ASTARGET:
          _ml_vm_as_target (vm, in);
          break;
        case ML_OP_ANYSLICE:
          _ml_vm_any_slice (vm, in);
          break;
        case ML_OP_STRFLOAT:
          _ml_vm_strconv_float (vm, in);
          break;
        case ML_OP_KEEPALIVE:
          break;
        case ML_OP_RTERROR:
          _ml_vm_runtime_error_method (vm, in);
          break;
        case ML_N_OPS:
        default:
          ml_model_fail ("in->op < ML_N_OPS", __FILE__, __LINE__, G_STRFUNC);
        }
      vm->pc++;
      if (stop_on_alloc && vm->allocated)
        {
          *n_insns = count;
          return ML_VM_EVENT_ALLOCATION;
        }
    }

memory_limit:
  *n_insns = count;
  return _ml_vm_memory_limit (vm);
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
  vm->first_bytes = ml_runtime_get_work_bytes (vm->rt);
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

static MlVmEvent
step (MlVm         *self,
      MlVmStepKind  kind)
{
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
      /* The fault injection hook (ml-model-check.c): tests make this check fail at a step. */
      if (G_UNLIKELY (ml_runtime_get_step (self->rt) >= self->fault_step))
        ml_model_fail ("fault injected at this step (MEMLAB_FAULT_AT_STEP)", __FILE__, __LINE__,
                       G_STRFUNC);
      if (_ml_vm_check_budgets (self) == ML_VM_EVENT_LIMIT)
        {
          commit (self, 0);
          return ML_VM_EVENT_LIMIT;
        }
      /* Every kind of step ends at an allocation, so that the collector gets its turn
       * there whether the window steps or the command line runs: otherwise a statement that
       * allocates several times ran at one go when run, and its assists and workers split
       * the mark differently from the window's (gctrace's CPU times, and at times the
       * cycles, differed). */
      ev = exec (self, TRUE, &n);
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

typedef struct
{
  MlVm         *vm;
  MlVmStepKind  kind;
  MlVmEvent     event;
} StepCall;

static void
step_cb (gpointer data)
{
  StepCall *call = data;

  call->event = step (call->vm, call->kind);
}

/* Each step runs under a guard: a model check that fails in it ends the run with
 * %ML_VM_EVENT_FAULT, and the VM never touches the model again. */
MlVmEvent
ml_vm_step (MlVm         *self,
            MlVmStepKind  kind)
{
  StepCall call = { self, kind, ML_VM_EVENT_NONE };
  MlModelFault check;

  g_return_val_if_fail (self != NULL, ML_VM_EVENT_NONE);

  switch (self->status)
    {
    case ML_VM_STATUS_EXITED: return ML_VM_EVENT_EXIT;
    case ML_VM_STATUS_PANICKED: return ML_VM_EVENT_PANIC;
    case ML_VM_STATUS_LIMIT: return ML_VM_EVENT_LIMIT;
    case ML_VM_STATUS_FAULTED: return ML_VM_EVENT_FAULT;
    case ML_VM_STATUS_READY:
    default:
      break;
    }
  /* The time budget counts the model's work only: the window may wait between steps. */
  _ml_vm_clock_start (self);
  if (!ml_model_guard (step_cb, &call, &check))
    {
      _ml_vm_clock_stop (self);
      return _ml_vm_fault (self, &check);
    }
  _ml_vm_clock_stop (self);
  return call.event;
}

MlVmEvent
ml_vm_run (MlVm *self)
{
  g_return_val_if_fail (self != NULL, ML_VM_EVENT_NONE);
  return ml_vm_step (self, ML_VM_STEP_RUN);
}

