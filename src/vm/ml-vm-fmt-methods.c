/* ml-vm-fmt-methods.c
 *
 * Copyright 2026 The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The Error() and String() methods fmt calls, wherever fmt/print.go's handleMethods calls
 * them: on every operand and on every value nested in one (struct fields, elements, map keys
 * and values, what a pointer to a struct points at), for the verbs %v %s %q %x %X (and
 * GoString() for %#v), their results printed with the verb's flags, width and precision, with Go's
 * method sets (a value receiver's method for a value and a pointer, a pointer receiver's only
 * for a pointer), never through an unexported field, and with catchPanic's texts for a
 * method that panics ("%!v(PANIC=String method: ...)", "<nil>" for a nil receiver).
 *
 * The methods are Go code the VM runs.  A fmt instruction formats its operands in passes:
 * each pass numbers the methods it meets in order and uses the results it has; at the first
 * one it lacks it stops, the VM calls that method, and when the method returns (or panics)
 * the instruction runs again, with one more result.  The results are kept per instruction
 * and call depth (MlVmFmtCache), and history keeps them with the call stack.
 */

#include "config.h"

#include "ml-vm-private.h"
#include "ml-vm-fmt-private.h"

/* Marks a result kept for a method that panicked (then the method's name, "\x02", and what
 * it panicked with), and the placeholder of a running method whose receiver is a nil
 * pointer, for catchPanic's "<nil>". */
#define RESULT_PANICKED "\x01"
#define RESULT_NIL_RECEIVER "\x03"
/* Marks what catchPanic wrote for a nil receiver: "<nil>", with no padding. */
#define RESULT_RAW "\x04"

static const MlVmCallSite no_args;

/* The Error() or String() method fmt calls for a value of type @t (Error first, as fmt
 * tests for error before Stringer), or with @go_string its GoString() (for %#v), or NULL: a
 * method with no arguments and one string result, in @t's method set. */
static const MlVmMethod *
fmt_method (MlVm           *vm,
            const MlVmType *t,
            gboolean        go_string)
{
  static const char * const fmt_names[] = { "Error", "String" };
  static const char * const go_names[] = { "GoString", "GoString" };
  const char * const *names = go_string ? go_names : fmt_names;
  const MlVmType *base = t;
  gboolean pointer = FALSE;

  if (t->kind == ML_VM_KIND_POINTER && !t->named)
    {
      base = vm_type (vm, t->elem);
      pointer = TRUE;
    }
  /* An interface's methods are its dynamic value's: fmt looks at that value. */
  if (base == NULL || base->kind == ML_VM_KIND_INTERFACE)
    return NULL;
  for (guint k = 0; k < G_N_ELEMENTS (fmt_names); k++)
    for (guint i = 0; i < base->n_methods; i++)
      {
        const MlVmMethod *m = &base->methods[i];
        MlVmFunc *f;

        if (g_strcmp0 (m->name, names[k]) != 0 || (m->pointer_recv && !pointer))
          continue;
        f = g_ptr_array_index (vm->prog->funcs, m->func);
        /* A promoted method's wrapper has the signature of the method it calls. */
        if (f->wrapper == ML_VM_WRAPPER_PROMOTED && f->wrapped == ML_VM_NONE)
          return m;
        if (f->wrapper == ML_VM_WRAPPER_PROMOTED)
          f = g_ptr_array_index (vm->prog->funcs, f->wrapped);
        if (f->n_params != 1 || f->n_results != 1 ||
            vm_type (vm, g_array_index (f->slots, MlVmSlot, f->result_slots[0]).type)->kind != ML_VM_KIND_STRING)
          continue;
        return m;
      }
  return NULL;
}

/* Prints the result @r of a method fmt called, for @verb: its text as fmt prints a string
 * (with the verb's flags, width and precision), or catchPanic's, which ignores them. */
static void
append_result (MlVmPrinter *p,
               const char  *r,
               char         verb,
               gboolean     go_string)
{
  if (g_str_has_prefix (r, RESULT_PANICKED))
    {
      const char *sep = strchr (r, '\x02');

      g_string_append_printf (_ml_vm_printer_buf (p), "%%!%c(PANIC=%.*s method: %s)", verb,
                              sep != NULL ? (int) (sep - r - 1) : 0, r + 1,
                              sep != NULL ? sep + 1 : "");
      return;
    }
  if (g_str_has_prefix (r, RESULT_RAW))
    g_string_append (_ml_vm_printer_buf (p), r + 1);
  else
    _ml_vm_printer_method_result (p, r, go_string ? 's' : (guchar) verb);
}

/* Whether a value of type @t is an error: fmt.Errorf's %w wants one. */
gboolean
_ml_vm_fmt_is_error (MlVm           *vm,
                     const MlVmType *t)
{
  const MlVmMethod *m = t != NULL ? fmt_method (vm, t, FALSE) : NULL;

  if (t != NULL && (g_str_has_prefix (t->name, "runtime.") || g_str_has_prefix (t->name, "*runtime.")))
    return TRUE;
  return m != NULL && g_str_equal (m->name, "Error");
}

/**
 * _ml_vm_fmt_handle_methods:
 * @vm: the VM
 * @p: the printer the value is printed by
 * @t: the value's type
 * @addr: where the value is
 * @verb: the verb
 * @go_string: %#v: whether fmt looks for GoString() instead
 * @depth: 0 for an operand, more for a value inside one
 *
 * fmt's handleMethods for the value of type @t at @addr: when fmt would call its Error() or
 * String() method, prints what it returned and returns %TRUE; when that method has not run
 * yet, asks for it (the pass is then done, see _ml_vm_fmt_end()) and returns %TRUE too.
 *
 * Returns: whether the value was printed by its method
 */
gboolean
_ml_vm_fmt_handle_methods (MlVm           *vm,
                           MlVmPrinter    *p,
                           const MlVmType *t,
                           guint64         addr,
                           char            verb,
                           gboolean        go_string,
                           guint           depth)
{
  const MlVmMethod *m;
  gboolean by_pointer, nil;
  guint seq;

  if (!vm->fmt_active || vm->fmt_erroring || (depth > 0 && vm->fmt_ro > 0) || t == NULL)
    return FALSE;
  /* %#v calls GoString() alone, and prints its result as %s does. */
  if ((!go_string && strchr ("vsxXq", verb) == NULL) || (m = fmt_method (vm, t, go_string)) == NULL)
    return FALSE;
  if (vm->fmt_call_func != 0)
    return TRUE;
  by_pointer = t->kind == ML_VM_KIND_POINTER && !t->named;
  nil = by_pointer && mem_read (vm, addr, 8) == 0;
  /* A value method through a nil pointer: Go's wrapper panics, and catchPanic says <nil>. */
  if (nil && !m->pointer_recv)
    {
      g_string_append (_ml_vm_printer_buf (p), "<nil>");
      return TRUE;
    }
  seq = vm->fmt_seq++;
  if (vm->fmt_cache != NULL && seq < vm->fmt_cache->strings->len &&
      g_ptr_array_index (vm->fmt_cache->strings, seq) != NULL)
    {
      append_result (p, g_ptr_array_index (vm->fmt_cache->strings, seq), verb, go_string);
      return TRUE;
    }
  vm->fmt_call_func = m->func + 1;
  vm->fmt_call_recv = by_pointer && !m->pointer_recv ? mem_read (vm, addr, 8) : addr;
  vm->fmt_call_nil = nil;
  return TRUE;
}

/* Starts a pass of the fmt instruction at the VM's position: its results so far, if any.
 * @methods: whether this instruction calls methods (fmt's functions do, the print
 * built-ins do not). */
void
_ml_vm_fmt_begin (MlVm     *vm,
                  gboolean  methods)
{
  MlVmFmtCache *fc = vm->fmt_caches->len > 0
                     ? g_ptr_array_index (vm->fmt_caches, vm->fmt_caches->len - 1) : NULL;

  if (fc != NULL && (fc->depth != vm->calls->len || fc->func != vm->func || fc->pc != vm->pc))
    fc = NULL;
  vm->fmt_cache = fc;
  vm->fmt_active = methods;
  vm->fmt_seq = 0;
  vm->fmt_call_func = 0;
  vm->fmt_ro = 0;
  vm->fmt_erroring = FALSE;
}

/* Ends a pass: when it asked for a method, calls it (the instruction runs again when it
 * returns) and returns ML_VM_EVENT_STATEMENT, or the event of a failed call; else drops the
 * instruction's results and returns ML_VM_EVENT_NONE: the text is complete. */
MlVmEvent
_ml_vm_fmt_end (MlVm *vm)
{
  MlVmFmtCache *fc = vm->fmt_cache;
  MlVmEvent ev;
  guint fi = vm->fmt_call_func;

  vm->fmt_active = FALSE;
  vm->fmt_cache = NULL;
  vm->fmt_call_func = 0;
  if (fi == 0)
    {
      if (fc != NULL)
        {
          g_ptr_array_remove (vm->fmt_caches, fc);
          ml_runtime_driver_state_changed (vm->rt);
        }
      return ML_VM_EVENT_NONE;
    }
  if (fc == NULL)
    {
      fc = g_new0 (MlVmFmtCache, 1);
      fc->depth = vm->calls->len;
      fc->func = vm->func;
      fc->pc = vm->pc;
      fc->strings = g_ptr_array_new_with_free_func (g_free);
      g_ptr_array_add (vm->fmt_caches, fc);
    }
  fc->pending = fc->strings->len;
  g_ptr_array_add (fc->strings, vm->fmt_call_nil ? g_strdup (RESULT_NIL_RECEIVER) : NULL);
  ev = _ml_vm_call (vm, fi - 1, &no_args, G_MAXUINT, 0, vm->fmt_call_recv);
  if (ev != ML_VM_EVENT_NONE)
    return ev;
  /* Back to the fmt instruction, not after it. */
  g_array_index (vm->calls, MlVmCall, vm->calls->len - 1).ret_pc--;
  _ml_vm_calls_changed (vm, vm->calls->len - 1);
  return ML_VM_EVENT_STATEMENT;
}

/**
 * _ml_vm_fmt_catch_panic:
 * @vm: the VM
 * @text: what the program panicked with, as fmt prints it
 *
 * fmt's catchPanic: a panic inside a method fmt called ends that method, and fmt prints
 * "%!v(PANIC=String method: text)" in its place, or "<nil>" when the receiver was a nil
 * pointer.  The frames down to the fmt instruction are popped and the VM goes back to it.
 *
 * Returns: whether the panic was caught (the program goes on)
 */
gboolean
_ml_vm_fmt_catch_panic (MlVm       *vm,
                        const char *text)
{
  guint j = vm->calls->len;
  MlVmCall call;
  MlVmFmtCache *fc;
  MlVmFunc *mf;
  const char *dot;
  char **slot;

  while (j > 0 && g_array_index (vm->calls, MlVmCall, j - 1).call_site != G_MAXUINT)
    j--;
  if (j == 0 || vm->fmt_caches->len == 0)
    return FALSE;
  j--;
  call = g_array_index (vm->calls, MlVmCall, j);
  /* The method fmt called: the function of the frame above the fmt instruction's. */
  mf = g_ptr_array_index (vm->prog->funcs, j + 1 < vm->calls->len
                          ? g_array_index (vm->calls, MlVmCall, j + 1).func : vm->func);
  fc = g_ptr_array_index (vm->fmt_caches, vm->fmt_caches->len - 1);
  slot = (char **) &g_ptr_array_index (fc->strings, fc->pending);
  dot = strrchr (mf->name, '.');
  if (*slot != NULL && strcmp (*slot, RESULT_NIL_RECEIVER) == 0)
    {
      g_free (*slot);
      *slot = g_strdup (RESULT_RAW "<nil>");
    }
  else
    {
      g_free (*slot);
      *slot = g_strdup_printf (RESULT_PANICKED "%s\x02%s", dot != NULL ? dot + 1 : mf->name, text);
    }
  for (guint k = vm->calls->len; k > j; k--)
    ml_runtime_pop_frame (vm->rt, 1);
  g_array_set_size (vm->calls, j);
  _ml_vm_calls_changed (vm, j);
  set_position (vm, call.func, call.ret_pc);
  vm->fp = ml_runtime_get_frame_base (vm->rt, 1, 0);
  ml_runtime_driver_state_changed (vm->rt);
  return TRUE;
}

/**
 * _ml_vm_fmt_catcher_is_panic:
 * @vm: the VM
 *
 * Whether a panic now would end a method that a panic instruction called to print its value
 * (rather than one a fmt instruction called, or none).
 *
 * Returns: %TRUE when the runtime's preprintpanics, not fmt, would catch it
 */
gboolean
_ml_vm_fmt_catcher_is_panic (MlVm *vm)
{
  guint j = vm->calls->len;
  const MlVmCall *call;
  const MlVmFunc *f;

  while (j > 0 && g_array_index (vm->calls, MlVmCall, j - 1).call_site != G_MAXUINT)
    j--;
  if (j == 0 || vm->fmt_caches->len == 0)
    return FALSE;
  call = &g_array_index (vm->calls, MlVmCall, j - 1);
  f = g_ptr_array_index (vm->prog->funcs, call->func);
  /* The caller resumes at the instruction itself (ret_pc was moved back onto it): the one
   * that prints the panics once no deferred call is left. */
  return call->ret_pc < f->code->len
         && g_array_index (f->code, MlVmInsn, call->ret_pc).op == ML_OP_PANICNEXT;
}

/**
 * _ml_vm_panic_methods:
 * @vm: the VM
 * @ifaces: (array length=n): where the values of the goroutine's panics are, newest first
 * @texts: (out): for each, the text of its Error() or String() method, or %NULL when it has
 *   none
 *
 * The runtime's preprintpanics: a panic value that is an error or a Stringer prints as what
 * its method returns.  The methods are Go code, called as fmt's are, one at a time: the
 * instruction that prints the panics runs again when each returns.
 *
 * Returns: ML_VM_EVENT_STATEMENT after starting a method, ML_VM_EVENT_NONE when every text is
 * known, or the event of a method that failed
 */
MlVmEvent
_ml_vm_panic_methods (MlVm          *vm,
                      const guint64 *ifaces,
                      guint          n,
                      char         **texts)
{
  guint seq = 0;

  _ml_vm_fmt_begin (vm, TRUE);
  for (guint i = 0; i < n; i++)
    {
      guint64 ta = mem_read (vm, ifaces[i], 8);
      MlVmType *dt = ta != 0 ? ml_vm_type_at (vm, ta) : NULL;
      const MlVmMethod *m;
      const char *r;

      texts[i] = NULL;
      if (dt == NULL || (m = fmt_method (vm, dt, FALSE)) == NULL)
        continue;
      if (vm->fmt_cache != NULL && seq < vm->fmt_cache->strings->len &&
          (r = g_ptr_array_index (vm->fmt_cache->strings, seq)) != NULL)
        {
          if (g_str_has_prefix (r, RESULT_PANICKED))
            {
              g_autofree char *failed = g_strdup (strchr (r, '\x02') + 1);

              _ml_vm_fmt_end (vm);
              return _ml_vm_panic_print_failed (vm, failed);
            }
          texts[i] = g_strdup (r);
          seq++;
          continue;
        }
      vm->fmt_call_func = m->func + 1;
      vm->fmt_call_nil = FALSE;
      if (ml_vm_kind_is_pointer_word (dt->kind))
        vm->fmt_call_recv = dt->kind == ML_VM_KIND_POINTER && !dt->named && !m->pointer_recv
                            ? mem_read (vm, ifaces[i] + 8, 8) : ifaces[i] + 8;
      else
        vm->fmt_call_recv = mem_read (vm, ifaces[i] + 8, 8);
      if (vm->fmt_call_recv == 0)
        {
          vm->fmt_call_func = 0;
          _ml_vm_fmt_end (vm);
          return panic_nil (vm);
        }
      return _ml_vm_fmt_end (vm);
    }
  return _ml_vm_fmt_end (vm);
}
