/* ml-vm-runtime-error.c
 *
 * Copyright 2026 The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Runtime errors as the values Go 1.27 panics with (runtime/error.go), so that a recovered
 * one is what Go's is: an index or slice out of range is a runtime.boundsError on the heap
 * (24 bytes: x, y, signed, code); a failed type assertion a *runtime.TypeAssertionError, on
 * the heap too; the others static values of the program image, runtime.errorString ("integer
 * divide by zero", the nil dereference's memoryError) or runtime.plainError ("assignment to
 * entry in nil map").  Their Error() texts, which fmt and the panic's message print, are
 * ported here.  A file of its own because these are the runtime's values, not the VM's.
 */

#include "config.h"

#include <string.h>

#include "ml-vm-private.h"

/* abi.BoundsErrorCode's texts, with %x and %y for the two numbers. */
static const char * const bounds_fmts[] = {
  "index out of range [%x] with length %y",
  "slice bounds out of range [:%x] with length %y",
  "slice bounds out of range [:%x] with capacity %y",
  "slice bounds out of range [%x:%y]",
  "slice bounds out of range [::%x] with length %y",
  "slice bounds out of range [::%x] with capacity %y",
  "slice bounds out of range [:%x:%y]",
  "slice bounds out of range [%x:%y:]",
  "cannot convert slice with length %y to array or pointer to array with length %x",
};

/* The texts when x is negative: y says nothing then. */
static const char * const bounds_neg_fmts[] = {
  "index out of range [%x]",
  "slice bounds out of range [:%x]",
  "slice bounds out of range [:%x]",
  "slice bounds out of range [%x:]",
  "slice bounds out of range [::%x]",
  "slice bounds out of range [::%x]",
  "slice bounds out of range [:%x:]",
  "slice bounds out of range [%x::]",
  "cannot convert slice with length %y to array or pointer to array with length %x",
};

static const char ERROR_PREFIX[] = "runtime error: ";
static const char ASSERT_PREFIX[] = "interface conversion: ";

static MlVmType *
named_type (MlVm       *vm,
            const char *name)
{
  return ml_vm_program_find_type (vm->prog, name);
}

/* panicIndex, panicSlice...: a new runtime.boundsError{x, y, signed, code}. */
void
_ml_vm_bounds_error (MlVm     *vm,
                     guint     code,
                     gint64    x,
                     gint64    y,
                     guint64  *type_word,
                     guint64  *data_word)
{
  MlVmType *t = named_type (vm, "runtime.boundsError");
  guint64 obj = ml_runtime_new_object (vm->rt, t->sim_type);

  vm->allocated = TRUE;
  mem_write (vm, obj, 8, (guint64) x);
  mem_write (vm, obj + 8, 8, (guint64) y);
  mem_write (vm, obj + 16, 1, 1);
  mem_write (vm, obj + 17, 1, code);
  *type_word = t->type_addr;
  *data_word = obj;
}

/* Go's static error values: runtime.divideError and its kind are package variables whose
 * names say which; any other is a static temporary named after its text, so that the same
 * text finds the same variable again, whichever step history went back to.  They are made
 * at the first panic that needs them, the text beside the variable in the data segment. */
static const struct
{
  const char *text;
  const char *name;
} known_errors[] = {
  { "integer divide by zero", "runtime.divideError" },
  { "invalid memory address or nil pointer dereference", "runtime.memoryError" },
  { "negative shift amount", "runtime.shiftError" },
  { "integer overflow", "runtime.overflowError" },
  { "floating point error", "runtime.floatError" },
};

static guint64
static_error (MlVm       *vm,
              const char *type_name,
              const char *text)
{
  MlVmType *t = named_type (vm, type_name);
  g_autofree char *name = NULL;
  guint64 addr;

  for (guint i = 0; i < G_N_ELEMENTS (known_errors) && name == NULL; i++)
    if (g_str_equal (type_name, "runtime.errorString") && g_str_equal (text, known_errors[i].text))
      name = g_strdup (known_errors[i].name);
  if (name == NULL)
    name = g_strdup_printf ("runtime..stmp_%08x", g_str_hash (text) ^ g_str_hash (type_name));
  addr = ml_runtime_lookup_global (vm->rt, name);
  if (addr == 0)
    {
      gsize len = strlen (text);
      g_autofree char *bytes_name = g_strconcat (name, ".str", NULL);
      const MlRtype *u8 = ml_rtype_registry_basic (vm->types, ML_KIND_UINT8);
      guint64 bytes;

      /* The text is program state like the variable: rodata only grows, outside history,
       * and would keep it after going back to before the panic. */
      addr = ml_runtime_add_global (vm->rt, name, t->sim_type, TRUE);
      bytes = ml_runtime_add_global (vm->rt, bytes_name,
                                     ml_rtype_registry_array_of (vm->types, u8, MAX (len, 1)),
                                     TRUE);
      ml_runtime_write (vm->rt, bytes, text, len);
      ml_runtime_write_word (vm->rt, addr, bytes);
      ml_runtime_write_word (vm->rt, addr + 8, len);
    }
  return addr;
}

/* The type descriptor's address for a type named @name, as an interface holds it. */
static guint64
type_pointer (MlVm       *vm,
              const char *name,
              gsize       len)
{
  g_autofree char *s = g_strndup (name, len);

  return ml_runtime_intern_string (vm->rt, s, -1);
}

/* assertE2I and friends: a new *runtime.TypeAssertionError, its types read back from the
 * message the VM made ("interface conversion: I is C, not A", "... is nil, not A", or "C is
 * not A: missing method M"). */
static void
assertion_error (MlVm       *vm,
                 const char *message,
                 guint64    *type_word,
                 guint64    *data_word)
{
  MlVmType *pt = named_type (vm, "*runtime.TypeAssertionError");
  MlVmType *t = vm_type (vm, pt->elem);
  guint64 obj = ml_runtime_new_object (vm->rt, t->sim_type);
  const char *rest = message + strlen (ASSERT_PREFIX);
  const char *missing = strstr (rest, ": missing method ");
  guint64 inter = 0, concrete = 0, asserted = 0;
  const char *method = NULL;

  vm->allocated = TRUE;
  if (missing != NULL)
    {
      const char *is_not = g_strstr_len (rest, missing - rest, " is not ");

      if (is_not != NULL)
        {
          concrete = type_pointer (vm, rest, is_not - rest);
          asserted = type_pointer (vm, is_not + 8, missing - is_not - 8);
        }
      method = missing + strlen (": missing method ");
    }
  else
    {
      const char *is = strstr (rest, " is ");
      const char *not = is != NULL ? strstr (is, ", not ") : NULL;

      if (is != NULL && not != NULL)
        {
          inter = type_pointer (vm, rest, is - rest);
          if (!g_str_has_prefix (is + 4, "nil, not "))
            concrete = type_pointer (vm, is + 4, not - is - 4);
          asserted = type_pointer (vm, not + 6, strlen (not + 6));
        }
    }
  mem_write (vm, obj, 8, inter);
  mem_write (vm, obj + 8, 8, concrete);
  mem_write (vm, obj + 16, 8, asserted);
  if (method != NULL && method[0] != '\0')
    {
      guint64 s = ml_runtime_malloc (vm->rt, strlen (method),
                                     ml_rtype_registry_basic (vm->types, ML_KIND_UINT8));

      ml_runtime_write (vm->rt, s, method, strlen (method));
      ml_runtime_write_pointer (vm->rt, obj + 24, s);
      mem_write (vm, obj + 32, 8, strlen (method));
    }
  *type_word = pt->type_addr;
  *data_word = obj;
}

/* The value a runtime error whose Error() text is @message panics with. */
void
_ml_vm_runtime_error (MlVm       *vm,
                      const char *message,
                      guint64    *type_word,
                      guint64    *data_word)
{
  const char *type_name = "runtime.plainError";
  const char *text = message;

  if (g_str_has_prefix (message, ASSERT_PREFIX))
    {
      assertion_error (vm, message, type_word, data_word);
      return;
    }
  if (g_str_has_prefix (message, ERROR_PREFIX))
    {
      type_name = "runtime.errorString";
      text = message + strlen (ERROR_PREFIX);
    }
  *type_word = named_type (vm, type_name)->type_addr;
  *data_word = static_error (vm, type_name, text);
}

/* The name of the type whose descriptor is at @addr. */
static const char *
type_name_at (MlVm    *vm,
              guint64  addr)
{
  MlVmType *t = addr != 0 ? ml_vm_type_at (vm, addr) : NULL;

  return t != NULL ? t->name : "?";
}

static void
append_int (GString  *out,
            gint64    v,
            gboolean  is_signed)
{
  if (is_signed)
    g_string_append_printf (out, "%" G_GINT64_FORMAT, v);
  else
    g_string_append_printf (out, "%" G_GUINT64_FORMAT, (guint64) v);
}

/* boundsError.Error(). */
static void
bounds_text (MlVm    *vm,
             guint64  addr,
             GString *out)
{
  gint64 x = (gint64) mem_read (vm, addr, 8);
  gint64 y = (gint64) mem_read (vm, addr + 8, 8);
  gboolean is_signed = (mem_read (vm, addr + 16, 1) & 0xff) != 0;
  guint code = mem_read (vm, addr + 17, 1) & 0xff;
  const char *fmt;

  if (code >= G_N_ELEMENTS (bounds_fmts))
    code = 0;
  fmt = is_signed && x < 0 ? bounds_neg_fmts[code] : bounds_fmts[code];
  g_string_append (out, ERROR_PREFIX);
  for (const char *p = fmt; *p != '\0'; p++)
    {
      if (*p != '%')
        {
          g_string_append_c (out, *p);
          continue;
        }
      p++;
      if (*p == 'x')
        append_int (out, x, is_signed);
      else if (*p == 'y')
        append_int (out, y, TRUE);
    }
}

/* (*TypeAssertionError).Error(). */
static void
assertion_text (MlVm    *vm,
                guint64  obj,
                GString *out)
{
  guint64 inter = mem_read (vm, obj, 8), concrete = mem_read (vm, obj + 8, 8);
  guint64 asserted = mem_read (vm, obj + 16, 8);
  g_autofree char *method = ml_vm_read_string (vm, obj + 24, NULL);

  g_string_append (out, ASSERT_PREFIX);
  if (concrete == 0)
    g_string_append_printf (out, "%s is nil, not %s",
                            inter != 0 ? type_name_at (vm, inter) : "interface",
                            type_name_at (vm, asserted));
  else if (method == NULL || method[0] == '\0')
    g_string_append_printf (out, "%s is %s, not %s",
                            inter != 0 ? type_name_at (vm, inter) : "interface",
                            type_name_at (vm, concrete), type_name_at (vm, asserted));
  else
    g_string_append_printf (out, "%s is not %s: missing method %s", type_name_at (vm, concrete),
                            type_name_at (vm, asserted), method);
}

/* When @t is one of the runtime's error types, appends the Error() text of its value at
 * @addr (the value itself, or for *TypeAssertionError the word holding the pointer) to @out
 * and returns TRUE. */
gboolean
_ml_vm_runtime_error_text (MlVm           *vm,
                           const MlVmType *t,
                           guint64         addr,
                           GString        *out)
{
  if (t == NULL
      || (!g_str_has_prefix (t->name, "runtime.") && !g_str_has_prefix (t->name, "*runtime.")))
    return FALSE;
  if (g_str_equal (t->name, "runtime.errorString") || g_str_equal (t->name, "runtime.plainError"))
    {
      gsize len;
      g_autofree char *s = ml_vm_read_string (vm, addr, &len);

      if (t->name[8] == 'e')
        g_string_append (out, ERROR_PREFIX);
      g_string_append_len (out, s, len);
      return TRUE;
    }
  if (g_str_equal (t->name, "runtime.boundsError"))
    {
      bounds_text (vm, addr, out);
      return TRUE;
    }
  if (g_str_equal (t->name, "*runtime.TypeAssertionError"))
    {
      guint64 p = mem_read (vm, addr, 8);

      if (p == 0)
        return FALSE;
      assertion_text (vm, p, out);
      return TRUE;
    }
  return FALSE;
}

/* RTERROR: the body of a runtime error's Error method, with the receiver at b: a plainError
 * is its own text, as Go's returns string(e); the others make a new string, as Go's
 * concatenation or string(b) does. */
void
_ml_vm_runtime_error_method (MlVm           *vm,
                             const MlVmInsn *in)
{
  const MlVmType *t = vm_type (vm, in->aux);
  guint64 recv = opnd_addr (vm, in->b), dst = opnd_addr (vm, in->a);
  g_autoptr(GString) out = g_string_new (NULL);

  if (g_str_equal (t->name, "runtime.plainError"))
    {
      _ml_vm_write_string (vm, dst, mem_read (vm, recv, 8), mem_read (vm, recv + 8, 8));
      return;
    }
  _ml_vm_runtime_error_text (vm, t, recv, out);
  _ml_vm_write_string (vm, dst, _ml_vm_new_string (vm, out->str, out->len), out->len);
}
