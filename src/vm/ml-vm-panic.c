/* ml-vm-panic.c
 *
 * Copyright 2026 The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * How a program ends badly: a panic no deferred call recovered, printed as Go prints it
 * (printpanics: each panic of the goroutine, oldest first, "[recovered]" or "[recovered,
 * repanicked]" where that happened; the signal of a nil dereference; the goroutine's frames;
 * exit status 2), the runtime errors that start a panic, a stack overflow, and the numbers of
 * the budgets' messages.  Nothing here runs until the program fails; running the deferred
 * calls of a panic is ml-vm-defer.c's.
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

  /* Go's traceback names runtime.gopanic's frame after the built-in. */
  if (func == vm->prog->gopanic_func)
    {
      g_string_append (s, "panic({...})\n\truntime/panic.go:859 +0x125\n");
      return;
    }
  g_string_append_printf (s, "%s(%s)\n\t%s:%u +0x%x\n", f->name, f->n_params > 0 ? "..." : "",
                          abs, pos->line, 0x1d + pc * 4);
}

/* A runtime error: the panic starts with its value (a runtime.boundsError, errorString...,
 * see ml-vm-runtime-error.c), whose Error() text is @message; a nil dereference is a signal,
 * whose line the panic's message ends with unless it is recovered. */
MlVmEvent
_ml_vm_panic (MlVm       *vm,
              const char *message,
              gboolean    sigsegv)
{
  guint64 type_word, data_word;

  _ml_vm_runtime_error (vm, message, &type_word, &data_word);
  if (sigsegv)
    set_reg (vm, ML_VM_REG_SIG, vm->f->text_addr + vm->pc * 4);
  return _ml_vm_gopanic (vm, type_word, data_word);
}

/* preprintpanics: a panic whose value is the one of the panic after it (a deferred call
 * recovered it and panicked with it again) is marked repanicked, to be printed once. */
static void
preprint_panics (MlVm    *vm,
                 guint64  p)
{
  while (p != 0)
    {
      guint64 link = mem_read (vm, p + ML_PANIC_LINK, 8);

      if (link != 0 && mem_read (vm, link, 8) == mem_read (vm, p, 8)
          && mem_read (vm, link + 8, 8) == mem_read (vm, p + 8, 8))
        mem_write (vm, link + ML_PANIC_REPANICKED, 1, 1);
      p = link;
    }
}

/* printpanics: the oldest panic first, each after a tab, one line each. */
static void
print_panics (MlVm    *vm,
              GString *s,
              guint64  p)
{
  guint64 link = mem_read (vm, p + ML_PANIC_LINK, 8);
  gboolean recovered = (mem_read (vm, p + ML_PANIC_RECOVERED, 1) & 0xff) != 0;
  gboolean repanicked = (mem_read (vm, p + ML_PANIC_REPANICKED, 1) & 0xff) != 0;
  g_autofree char *text = NULL;

  if (link != 0)
    {
      print_panics (vm, s, link);
      if (mem_read (vm, link + ML_PANIC_REPANICKED, 1) & 0xff)
        return;
      g_string_append_c (s, '\t');
    }
  text = _ml_vm_panic_value_text (vm, p + ML_PANIC_ARG);
  g_string_append_printf (s, "panic: %s%s\n", text,
                          recovered && repanicked ? " [recovered, repanicked]"
                          : recovered ? " [recovered]" : "");
}

/* fatalpanic: no deferred call is left and none recovered.  The program ends with its panics,
 * the signal of a nil dereference, then the goroutine's frames, innermost first (the frame
 * of the runtime.gopanic that gives up is not shown, as Go's traceback hides it). */
MlVmEvent
_ml_vm_fatal_panic (MlVm *vm)
{
  guint64 head = ml_runtime_get_panics (vm->rt, 1);
  GString *s = g_string_new (NULL);

  preprint_panics (vm, head);
  if (head != 0)
    print_panics (vm, s, head);
  if (vm->regs[ML_VM_REG_SIG] != 0)
    g_string_append_printf (s, "[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x%"
                            G_GINT64_MODIFIER "x]\n", vm->regs[ML_VM_REG_SIG]);
  g_string_append (s, "\ngoroutine 1 [running]:\n");
  if (vm->func != vm->prog->gopanic_func)
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

/* The text panic(v) prints for the interface value at @iface (printpanicval): a string,
 * int, float64 or bool as it is (Go 1.18+: "panic: 42"), another basic value after its type
 * ("(uint8) 3"), a runtime error by its Error() text, and a composite value, a pointer or a
 * value of a named type as its type and the address its interface holds.  nil is "nil": the
 * go command's GOPATH mode keeps Go 1.20's panic(nil) (GODEBUG panicnil=1). */
char *
_ml_vm_panic_value_text (MlVm    *vm,
                         guint64  iface)
{
  guint64 ta = mem_read (vm, iface, 8);
  MlVmType *t = ta != 0 ? ml_vm_type_at (vm, ta) : NULL;
  g_autoptr(GString) m = g_string_new (NULL);
  guint64 data;

  if (t == NULL)
    return g_strdup ("nil");
  data = mem_read (vm, iface + 8, 8);
  if (_ml_vm_runtime_error_text (vm, t, ml_vm_kind_is_pointer_word (t->kind) ? iface + 8 : data, m))
    return g_string_free (g_steal_pointer (&m), FALSE);
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
  return g_string_free (g_steal_pointer (&m), FALSE);
}

/* A slice expression's bound @x out of range, past @y: a runtime.boundsError, whose code says
 * which ("slice bounds out of range [:5] with capacity 3"). */
MlVmEvent
_ml_vm_slice_panic (MlVm       *vm,
                    MlVmBounds  bounds,
                    gint64      x,
                    gint64      y)
{
  /* abi.BoundsErrorCode of each: boundsSliceAlen, Acap, B, Slice3Acap, Slice3B, Slice3C. */
  static const guint codes[] = {
    [ML_VM_BOUNDS_SLICE_ALEN] = 1,
    [ML_VM_BOUNDS_SLICE_ACAP] = 2,
    [ML_VM_BOUNDS_SLICE_B] = 3,
    [ML_VM_BOUNDS_SLICE3_ACAP] = 5,
    [ML_VM_BOUNDS_SLICE3_B] = 6,
    [ML_VM_BOUNDS_SLICE3_C] = 7,
  };
  guint64 type_word, data_word;

  _ml_vm_bounds_error (vm, codes[bounds], x, y, &type_word, &data_word);
  return _ml_vm_gopanic (vm, type_word, data_word);
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
