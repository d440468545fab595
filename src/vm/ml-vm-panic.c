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
  GString *s;

  /* A panic in a method fmt called is fmt's to catch: the VM goes back to the fmt
   * instruction, and the step ends there. */
  if (_ml_vm_fmt_catch_panic (vm, message))
    return ML_VM_EVENT_STATEMENT;
  s = g_string_new ("panic: ");
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

/* The runtime's printindented: @s with a tab after each newline, so that a panic's text never
 * looks like the lines of a traceback. */
static void
append_indented (GString    *out,
                 const char *s,
                 gsize       len)
{
  for (gsize i = 0; i < len; i++)
    {
      g_string_append_c (out, s[i]);
      if (s[i] == '\n')
        g_string_append_c (out, '\t');
    }
}

/* The runtime's printpanicval of the value of dynamic type @t whose data word is at
 * @data_word: a basic value as print prints it, after its type's name and in parentheses
 * when the type is a named one ("main.Temperatura(150.5)"); anything else as its type and
 * the address the interface holds. */
static void
append_panic_value (MlVm           *vm,
                    GString        *m,
                    const MlVmType *t,
                    guint64         data_word)
{
  guint64 addr = _ml_vm_data_address (vm, t, data_word);

  switch (t->kind)
    {
    case ML_VM_KIND_STRING:
      {
        gsize len;
        g_autofree char *s = ml_vm_read_string (vm, addr, &len);

        if (t->named)
          g_string_append_printf (m, "%s(\"", t->name);
        append_indented (m, s, len);
        if (t->named)
          g_string_append (m, "\")");
      }
      return;
    case ML_VM_KIND_BOOL: ML_VM_KIND_CASES_SIGNED: ML_VM_KIND_CASES_UNSIGNED: ML_VM_KIND_CASES_FLOAT:
      if (t->named)
        g_string_append_printf (m, "%s(", t->name);
      ml_vm_fmt_value (vm, m, t, addr, 'v', FALSE, FALSE, 1);
      if (t->named)
        g_string_append_c (m, ')');
      return;
    case ML_VM_KIND_INVALID: ML_VM_KIND_CASES_COMPLEX: case ML_VM_KIND_UNSAFE_POINTER:
    case ML_VM_KIND_POINTER: case ML_VM_KIND_SLICE: case ML_VM_KIND_ARRAY: case ML_VM_KIND_STRUCT:
    case ML_VM_KIND_MAP: case ML_VM_KIND_CHAN: case ML_VM_KIND_FUNC: case ML_VM_KIND_INTERFACE:
    default:
      g_string_append_printf (m, "(%s) 0x%" G_GINT64_MODIFIER "x", t->name, mem_read (vm, data_word, 8));
      return;
    }
}

/* panic(v), the interface value at @iface, printed as the runtime's printpanicval prints it;
 * @method_text is what its Error() or String() method returned, when it has one
 * (preprintpanics).  Inside a method fmt called, fmt catches the panic instead. */
MlVmEvent
_ml_vm_panic_value (MlVm       *vm,
                    guint64     iface,
                    const char *method_text)
{
  guint64 ta = mem_read (vm, iface, 8);
  MlVmType *t = ta != 0 ? ml_vm_type_at (vm, ta) : NULL;
  g_autoptr(GString) m = g_string_new (NULL);

  if (t == NULL)
    return _ml_vm_panic (vm, "panic called with nil argument (use runtime.PanicNilError)", FALSE);
  /* fmt's catchPanic prints the value as %v does; preprintpanics, whose call of Error() or
   * String() panicked, names the type of anything but a string. */
  if (_ml_vm_fmt_catcher_is_panic (vm) && (t->kind != ML_VM_KIND_STRING || t->named))
    g_string_append_printf (m, "type %s", t->name);
  else if (method_text != NULL)
    g_string_append (m, method_text);
  else
    ml_vm_fmt_value (vm, m, t, _ml_vm_data_address (vm, t, iface + 8), 'v', FALSE, FALSE, 0);
  if (_ml_vm_fmt_catch_panic (vm, m->str))
    return ML_VM_EVENT_STATEMENT;
  g_string_truncate (m, 0);
  if (method_text != NULL)
    append_indented (m, method_text, strlen (method_text));
  else
    append_panic_value (vm, m, t, iface + 8);
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

/* The runtime's throw when the Error() or String() method of a panic value panicked with
 * @text (preprintpanics): a fatal error, printed before anything of the panic itself. */
MlVmEvent
_ml_vm_panic_print_failed (MlVm       *vm,
                           const char *text)
{
  vm->status = ML_VM_STATUS_PANICKED;
  g_free (vm->panic_message);
  vm->panic_message = g_strdup_printf ("fatal error: panic while printing panic value: %s\n\n"
                                       "exit status 2\n", text);
  return ML_VM_EVENT_PANIC;
}
