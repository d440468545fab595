/* ml-vm-panic.c
 *
 * Copyright 2026 The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * How a program ends badly: a panic, printed as Go prints it (the message, the signal of a
 * nil dereference, the goroutine's frames, exit status 2), the runtime errors' messages, a
 * stack overflow, and the numbers of the budgets' messages.  Nothing here runs until the
 * program fails.
 */

#include "config.h"

#include "ml-vm-private.h"

/* @n with a comma between each group of three digits, for the budgets' messages. */
char *
_ml_vm_with_thousands (guint64 n)
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

/* One frame of a panic's traceback: the function, then its file and line. */
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

/* Ends the program with a panic: @message, the signal of a nil dereference when @sigsegv,
 * then the goroutine's frames, innermost first. */
MlVmEvent
_ml_vm_panic (MlVm       *vm,
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

/* panic(v), the interface value at @iface: a string, int, float64 or bool prints as it is
 * (Go 1.18+: "panic: 42"), another basic value after its type ("(uint8) 3"), and a composite
 * value, a pointer or a value of a named type as its type and the address its interface
 * holds. */
MlVmEvent
_ml_vm_panic_value (MlVm    *vm,
                    guint64  iface)
{
  guint64 ta = mem_read (vm, iface, 8);
  MlVmType *t = ta != 0 ? ml_vm_type_at (vm, ta) : NULL;
  g_autoptr(GString) m = g_string_new (NULL);
  guint64 data;

  if (t == NULL)
    return _ml_vm_panic (vm, "panic called with nil argument (use runtime.PanicNilError)", FALSE);
  data = mem_read (vm, iface + 8, 8);
  if (t->kind == ML_VM_KIND_STRING && !t->named)
    {
      g_autofree char *s = ml_vm_read_string (vm, data, NULL);

      g_string_append (m, s);
    }
  else if (t->kind == ML_VM_KIND_STRUCT || t->kind == ML_VM_KIND_ARRAY ||
           t->kind == ML_VM_KIND_SLICE || t->kind == ML_VM_KIND_MAP ||
           t->kind == ML_VM_KIND_POINTER || t->named)
    g_string_append_printf (m, "(%s) 0x%" G_GINT64_MODIFIER "x", t->name, data);
  else
    {
      ml_vm_fmt_value (vm, m, t, data, 'v', FALSE, FALSE, 1);
      if (t->kind != ML_VM_KIND_INT && t->kind != ML_VM_KIND_FLOAT64 &&
          t->kind != ML_VM_KIND_BOOL && t->kind != ML_VM_KIND_STRING)
        {
          g_string_prepend (m, ") ");
          g_string_prepend (m, t->name);
          g_string_prepend_c (m, '(');
        }
    }
  return _ml_vm_panic (vm, m->str, FALSE);
}

/* A slice expression's bound @x out of range, past @y: Go's message says which ("slice bounds
 * out of range [:5] with capacity 3"), as the text before, between and after the two. */
MlVmEvent
_ml_vm_slice_panic (MlVm       *vm,
                    MlVmBounds  bounds,
                    gint64      x,
                    gint64      y)
{
  static const char * const texts[][3] = {
    [ML_VM_BOUNDS_SLICE_ALEN] = { "[:", "] with length ", "" },
    [ML_VM_BOUNDS_SLICE_ACAP] = { "[:", "] with capacity ", "" },
    [ML_VM_BOUNDS_SLICE_B] = { "[", ":", "]" },
    [ML_VM_BOUNDS_SLICE3_ACAP] = { "[::", "] with capacity ", "" },
    [ML_VM_BOUNDS_SLICE3_B] = { "[:", ":", "]" },
  };
  g_autofree char *message = g_strdup_printf ("runtime error: slice bounds out of range "
                                              "%s%" G_GINT64_FORMAT "%s%" G_GINT64_FORMAT "%s",
                                              texts[bounds][0], x, texts[bounds][1], y,
                                              texts[bounds][2]);

  return _ml_vm_panic (vm, message, FALSE);
}

/* Go's fatal error when a goroutine's stack would outgrow its limit: not a panic, but the
 * program ends the same way. */
MlVmEvent
_ml_vm_stack_overflow (MlVm *vm)
{
  vm->status = ML_VM_STATUS_PANICKED;
  g_free (vm->panic_message);
  vm->panic_message = g_strdup ("runtime: goroutine stack exceeds 1000000000-byte limit\n"
                                "fatal error: stack overflow\n\nexit status 2\n");
  return ML_VM_EVENT_PANIC;
}
