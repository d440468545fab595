/* ml-vm-panic.c
 *
 * Copyright 2026 The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * How a program ends badly: a panic no deferred call recovered, printed as Go prints it
 * (printpanics: each panic of the goroutine, oldest first, "[recovered]" or "[recovered,
 * repanicked]" where that happened, each value as printpanicval prints it, an error or a
 * Stringer by its method; the signal of a nil dereference; the goroutine's frames; exit
 * status 2), the runtime errors that start a panic, the panics fmt catches, a stack overflow,
 * and the numbers of the budgets' messages.  Running the deferred calls of a panic is
 * ml-vm-defer.c's; calling a value's Error() or String() is ml-vm-fmt-methods.c's.
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
  guint32 line = pos->line;

  /* The calls inlined where the pc is, innermost first, each at the line of its own code
   * (Go's traceback prints them without arguments and without an offset). */
  if (f->inl_at != NULL && pc < f->inl_at->len)
    for (guint32 i = g_array_index (f->inl_at, guint32, pc); i != 0 && i <= f->inl_frames->len;)
      {
        const MlVmInlFrame *frame = &g_array_index (f->inl_frames, MlVmInlFrame, i - 1);

        g_string_append_printf (s, "%s(...)\n\t%s:%u\n", frame->name, abs, line);
        line = frame->call_line;
        i = frame->parent;
      }
  g_string_append_printf (s, "%s(%s)\n\t%s:%u +0x%x\n", f->name, f->n_params > 0 ? "..." : "",
                          abs, line, 0x1d + pc * 4);
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

  /* A panic in a method fmt called is fmt's to catch: the VM goes back to the fmt
   * instruction, and the step ends there. */
  if (vm->fmt_caches->len > 0 && _ml_vm_fmt_catch_panic (vm, message))
    return ML_VM_EVENT_STATEMENT;
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

/* printpanics: the oldest panic first, each after a tab, one line each.  @texts holds what
 * the Error() or String() method of each panic's value returned (newest first, NULL where it
 * has none). */
static void
print_panics (MlVm    *vm,
              GString *s,
              guint64  p,
              char   **texts)
{
  guint64 link = mem_read (vm, p + ML_PANIC_LINK, 8);
  gboolean recovered = (mem_read (vm, p + ML_PANIC_RECOVERED, 1) & 0xff) != 0;
  gboolean repanicked = (mem_read (vm, p + ML_PANIC_REPANICKED, 1) & 0xff) != 0;
  g_autofree char *text = NULL;

  if (link != 0)
    {
      print_panics (vm, s, link, texts + 1);
      if (mem_read (vm, link + ML_PANIC_REPANICKED, 1) & 0xff)
        return;
      g_string_append_c (s, '\t');
    }
  text = _ml_vm_panic_value_text (vm, p + ML_PANIC_ARG, texts[0]);
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
  g_autoptr(GArray) values = g_array_new (FALSE, FALSE, sizeof (guint64));
  /* One text per panic, NULL where the value has no method: not a NULL-terminated vector. */
  g_autoptr(GPtrArray) texts = g_ptr_array_new_with_free_func (g_free);
  GString *s;
  MlVmEvent ev;

  preprint_panics (vm, head);
  /* preprintpanics also turns each value that is an error or a Stringer into its method's
   * text.  The methods are Go code: this instruction runs again once each has returned. */
  for (guint64 p = head; p != 0; p = mem_read (vm, p + ML_PANIC_LINK, 8))
    {
      guint64 arg = p + ML_PANIC_ARG;

      g_array_append_val (values, arg);
    }
  g_ptr_array_set_size (texts, values->len + 1);
  ev = _ml_vm_panic_methods (vm, (const guint64 *) values->data, values->len,
                             (char **) texts->pdata);
  if (ev != ML_VM_EVENT_NONE)
    return ev;

  s = g_string_new (NULL);
  if (head != 0)
    print_panics (vm, s, head, (char **) texts->pdata);
  if (vm->regs[ML_VM_REG_SIG] != 0)
    g_string_append_printf (s, "[signal SIGSEGV: segmentation violation code=0x1 addr=0x%"
                            G_GINT64_MODIFIER "x pc=0x%" G_GINT64_MODIFIER "x]\n",
                            vm->regs[ML_VM_REG_SIGADDR], vm->regs[ML_VM_REG_SIG]);
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
    ML_VM_KIND_CASES_COMPLEX:
      /* print's complex is already in parentheses: "main.Fasor(1+2i)". */
      if (t->named)
        g_string_append (m, t->name);
      ml_vm_fmt_value (vm, m, t, addr, 'v', FALSE, FALSE, 1);
      return;
    case ML_VM_KIND_INVALID: case ML_VM_KIND_UNSAFE_POINTER:
    case ML_VM_KIND_POINTER: case ML_VM_KIND_SLICE: case ML_VM_KIND_ARRAY: case ML_VM_KIND_STRUCT:
    case ML_VM_KIND_MAP: case ML_VM_KIND_CHAN: case ML_VM_KIND_FUNC: case ML_VM_KIND_INTERFACE:
    default:
      g_string_append_printf (m, "(%s) 0x%" G_GINT64_MODIFIER "x", t->name, mem_read (vm, data_word, 8));
      return;
    }
}

/* The text panic(v) prints for the interface value at @iface (printpanicval): a runtime
 * error by its Error() text, a value with an Error() or String() method by @method_text (what
 * it returned, see _ml_vm_panic_methods()), a basic value as print prints it (after its type's
 * name when the type is a named one: "main.Temperatura(150.5)"), and anything else as its type
 * and the address its interface holds.  nil is "nil": the go command's GOPATH mode keeps Go
 * 1.20's panic(nil) (GODEBUG panicnil=1). */
char *
_ml_vm_panic_value_text (MlVm       *vm,
                         guint64     iface,
                         const char *method_text)
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
  if (method_text != NULL)
    append_indented (m, method_text, strlen (method_text));
  else
    append_panic_value (vm, m, t, iface + 8);
  return g_string_free (g_steal_pointer (&m), FALSE);
}

/**
 * _ml_vm_panic_caught:
 * @iface: the value panic() was called with, an empty interface
 *
 * A panic inside a method that fmt called (catchPanic: "%!v(PANIC=String method: ...)") or
 * that the runtime called to print a panic value (preprintpanics) is caught there: the frames
 * above the instruction that called the method go, and the VM goes back to it.
 *
 * Returns: whether the panic was caught (the program goes on at that instruction)
 */
gboolean
_ml_vm_panic_caught (MlVm    *vm,
                     guint64  iface)
{
  guint64 ta;
  MlVmType *t;
  g_autoptr(GString) m = NULL;

  if (vm->fmt_caches->len == 0)
    return FALSE;
  ta = mem_read (vm, iface, 8);
  t = ta != 0 ? ml_vm_type_at (vm, ta) : NULL;
  if (t == NULL)
    return FALSE;
  m = g_string_new (NULL);
  /* fmt's catchPanic prints the value as %v does; preprintpanics, whose call of Error() or
   * String() panicked, names the type of anything but a string. */
  if (_ml_vm_fmt_catcher_is_panic (vm) && (t->kind != ML_VM_KIND_STRING || t->named))
    g_string_append_printf (m, "type %s", t->name);
  else
    ml_vm_fmt_value (vm, m, t, _ml_vm_data_address (vm, t, iface + 8), 'v', FALSE, FALSE, 0);
  return _ml_vm_fmt_catch_panic (vm, m->str);
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
