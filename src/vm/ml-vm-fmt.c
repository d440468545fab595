/* ml-vm-fmt.c
 *
 * Copyright 2026 The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * fmt's printer (fmt/print.go's pp), reading values from simulated memory: Printf's format
 * parsing with flags, width, precision, * and explicit argument indexes, printArg and
 * printValue for every kind with %v %+v %#v, Go's error forms (%!d(string=hola),
 * %!(EXTRA ...), %!v(MISSING), %!(NOVERB), %!(BADWIDTH), %!(BADPREC), %!(BADINDEX)), Print's
 * and Println's spacing, and the print and println built-ins (the runtime's printing).  The
 * raw formatting of one value is ml-vm-fmt-format.c's; where fmt calls a value's Error() or
 * String() method, ml-vm-fmt-methods.c gives back what it returned.
 */

#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "ml-vm-private.h"
#include "ml-vm-fmt-private.h"

struct _MlVmPrinter
{
  MlVm     *vm;
  MlFmt     fmt;
  /* fmt.Errorf: %w prints its error operand as %v. */
  gboolean  wrap_errs;
  /* Printf: whether an explicit index was used, and whether the last one was good. */
  gboolean  reordered;
  gboolean  good_arg_num;
};

static void print_value (MlVmPrinter    *p,
                         const MlVmType *t,
                         guint64         addr,
                         gunichar        verb,
                         guint           depth);

/* Whether @verb is one of the ASCII letters in @set. */
static gboolean
verb_in (gunichar    verb,
         const char *set)
{
  return verb != 0 && verb < 0x80 && strchr (set, (char) verb) != NULL;
}

GString *
_ml_vm_printer_buf (MlVmPrinter *p)
{
  return p->fmt.buf;
}

/* The float32 or float64 of @size bytes at @addr. */
static double
read_float (MlVm    *vm,
            guint    size,
            guint64  addr)
{
  guint w = size == 4 ? 4 : 8;

  return float_from_bits (mem_read (vm, addr, w), w);
}

/* The integer of type @t at @addr, as fmt's uint64 (a signed value sign-extended). */
static guint64
read_integer (MlVm           *vm,
              const MlVmType *t,
              guint64         addr)
{
  guint64 raw = mem_read (vm, addr, t->size);

  if (ml_vm_kind_is_signed (t->kind))
    return (guint64) sign_extend (raw, t->size);
  return t->size >= 8 ? raw : raw & ((G_GUINT64_CONSTANT (1) << (t->size * 8)) - 1);
}

static void
write_rune (GString  *out,
            gunichar  r)
{
  g_string_append_unichar (out, r);
}

static void print_arg (MlVmPrinter    *p,
                       const MlVmType *t,
                       guint64         addr,
                       gunichar        verb);

/* badVerb: %!verb(type=value), the value printed with the verb's flags but as %v and with no
 * method called. */
static void
bad_verb (MlVmPrinter    *p,
          const MlVmType *t,
          guint64         addr,
          gunichar        verb)
{
  GString *buf = p->fmt.buf;

  p->vm->fmt_erroring = TRUE;
  g_string_append (buf, "%!");
  write_rune (buf, verb);
  g_string_append_c (buf, '(');
  if (t != NULL)
    {
      g_string_append (buf, t->name);
      g_string_append_c (buf, '=');
      print_arg (p, t, addr, 'v');
    }
  else
    g_string_append (buf, "<nil>");
  g_string_append_c (buf, ')');
  p->vm->fmt_erroring = FALSE;
}

/* fmt0x64: @u in hexadecimal, with 0x when @leading0x. */
static void
fmt_0x64 (MlVmPrinter *p,
          guint64      u,
          gboolean     leading0x)
{
  gboolean sharp = p->fmt.sharp;

  p->fmt.sharp = leading0x;
  _ml_fmt_integer (&p->fmt, u, 16, FALSE, 'v', ML_FMT_LDIGITS);
  p->fmt.sharp = sharp;
}

static void
fmt_integer (MlVmPrinter    *p,
             const MlVmType *t,
             guint64         addr,
             guint64         v,
             gboolean        is_signed,
             gunichar        verb)
{
  MlFmt *f = &p->fmt;

  switch (verb)
    {
    case 'v':
      if (f->sharp_v && !is_signed)
        fmt_0x64 (p, v, TRUE);
      else
        _ml_fmt_integer (f, v, 10, is_signed, verb, ML_FMT_LDIGITS);
      break;
    case 'd':
      _ml_fmt_integer (f, v, 10, is_signed, verb, ML_FMT_LDIGITS);
      break;
    case 'b':
      _ml_fmt_integer (f, v, 2, is_signed, verb, ML_FMT_LDIGITS);
      break;
    case 'o': case 'O':
      _ml_fmt_integer (f, v, 8, is_signed, verb, ML_FMT_LDIGITS);
      break;
    case 'x':
      _ml_fmt_integer (f, v, 16, is_signed, verb, ML_FMT_LDIGITS);
      break;
    case 'X':
      _ml_fmt_integer (f, v, 16, is_signed, verb, ML_FMT_UDIGITS);
      break;
    case 'c':
      _ml_fmt_c (f, v);
      break;
    case 'q':
      _ml_fmt_qc (f, v);
      break;
    case 'U':
      _ml_fmt_unicode (f, v);
      break;
    default:
      bad_verb (p, t, addr, verb);
      break;
    }
}

static void
fmt_float (MlVmPrinter    *p,
           const MlVmType *t,
           guint64         addr,
           double          v,
           guint           size,
           gunichar        verb)
{
  switch (verb)
    {
    case 'v':
      _ml_fmt_float (&p->fmt, v, size, 'g', -1);
      break;
    case 'b': case 'g': case 'G': case 'x': case 'X':
      _ml_fmt_float (&p->fmt, v, size, (char) verb, -1);
      break;
    case 'f': case 'e': case 'E':
      _ml_fmt_float (&p->fmt, v, size, (char) verb, 6);
      break;
    case 'F':
      _ml_fmt_float (&p->fmt, v, size, 'f', 6);
      break;
    default:
      bad_verb (p, t, addr, verb);
      break;
    }
}

/* A complex64 or complex128: (real+imagi), the imaginary part always signed. */
static void
fmt_complex (MlVmPrinter    *p,
             const MlVmType *t,
             guint64         addr,
             gunichar        verb)
{
  guint half = t->size / 2;
  gboolean plus = p->fmt.plus;

  if (!verb_in (verb, "vbgGxXfFeE"))
    {
      bad_verb (p, t, addr, verb);
      return;
    }
  g_string_append_c (p->fmt.buf, '(');
  fmt_float (p, t, addr, read_float (p->vm, half, addr), half * 8, verb);
  p->fmt.plus = TRUE;
  fmt_float (p, t, addr, read_float (p->vm, half, addr + half), half * 8, verb);
  g_string_append (p->fmt.buf, "i)");
  p->fmt.plus = plus;
}

/* fmtString: the string @s for @verb; @t and @addr are the operand a bad verb names. */
static void
fmt_string (MlVmPrinter    *p,
            const char     *s,
            gsize           len,
            gunichar        verb,
            const MlVmType *t,
            guint64         addr)
{
  switch (verb)
    {
    case 'v':
      if (p->fmt.sharp_v)
        _ml_fmt_q (&p->fmt, s, len);
      else
        _ml_fmt_s (&p->fmt, s, len);
      break;
    case 's':
      _ml_fmt_s (&p->fmt, s, len);
      break;
    case 'x':
      _ml_fmt_sbx (&p->fmt, s, len, ML_FMT_LDIGITS);
      break;
    case 'X':
      _ml_fmt_sbx (&p->fmt, s, len, ML_FMT_UDIGITS);
      break;
    case 'q':
      _ml_fmt_q (&p->fmt, s, len);
      break;
    default:
      bad_verb (p, t, addr, verb);
      break;
    }
}

/* What a String() or Error() method returned, printed as fmt prints a string for @verb. */
void
_ml_vm_printer_method_result (MlVmPrinter *p,
                              const char  *text,
                              gunichar     verb)
{
  fmt_string (p, text, strlen (text), verb, NULL, 0);
}

/* fmtPointer: a pointer, channel, function, map or slice as its address. */
static void
fmt_pointer (MlVmPrinter    *p,
             const MlVmType *t,
             guint64         addr,
             gunichar        verb)
{
  guint64 u;

  switch (t->kind)
    {
    case ML_VM_KIND_CHAN: case ML_VM_KIND_FUNC: case ML_VM_KIND_MAP: case ML_VM_KIND_POINTER:
    case ML_VM_KIND_SLICE: case ML_VM_KIND_UNSAFE_POINTER:
      u = mem_read (p->vm, addr, 8);
      break;
    case ML_VM_KIND_INVALID: case ML_VM_KIND_BOOL: ML_VM_KIND_CASES_SIGNED:
    ML_VM_KIND_CASES_UNSIGNED: ML_VM_KIND_CASES_FLOAT: ML_VM_KIND_CASES_COMPLEX:
    case ML_VM_KIND_STRING: case ML_VM_KIND_ARRAY: case ML_VM_KIND_STRUCT:
    case ML_VM_KIND_INTERFACE:
    default:
      bad_verb (p, t, addr, verb);
      return;
    }
  switch (verb)
    {
    case 'v':
      if (p->fmt.sharp_v)
        {
          g_string_append_printf (p->fmt.buf, "(%s)(", t->name);
          if (u == 0)
            g_string_append (p->fmt.buf, "nil");
          else
            fmt_0x64 (p, u, TRUE);
          g_string_append_c (p->fmt.buf, ')');
        }
      else if (u == 0)
        _ml_fmt_pad (&p->fmt, "<nil>", 5);
      else
        fmt_0x64 (p, u, !p->fmt.sharp);
      break;
    case 'p':
      fmt_0x64 (p, u, !p->fmt.sharp);
      break;
    case 'b': case 'o': case 'd': case 'x': case 'X':
      fmt_integer (p, t, addr, u, FALSE, verb);
      break;
    default:
      bad_verb (p, t, addr, verb);
      break;
    }
}

/* handleMethods: when fmt calls the value's Error() or String() for @verb (the runtime's own
 * errors included), prints its result and returns TRUE.  %w is %v of an error in Errorf and
 * a bad verb anywhere else. */
static gboolean
handle_methods (MlVmPrinter    *p,
                const MlVmType *t,
                guint64         addr,
                gunichar        verb,
                guint           depth)
{
  MlVm *vm = p->vm;

  if (vm->fmt_erroring)
    return FALSE;
  if (verb == 'w')
    {
      if (!p->wrap_errs || !_ml_vm_fmt_is_error (vm, t))
        {
          bad_verb (p, t, addr, verb);
          return TRUE;
        }
      verb = 'v';
    }
  if (p->fmt.sharp_v)
    return _ml_vm_fmt_handle_methods (vm, p, t, addr, (char) verb, TRUE, depth);
  if (!verb_in (verb, "vsxXq"))
    return FALSE;
  if ((depth == 0 || vm->fmt_ro == 0) && strstr (t->name, "runtime.") != NULL)
    {
      g_autoptr(GString) text = g_string_new (NULL);

      if (_ml_vm_runtime_error_text (vm, t, addr, text))
        {
          fmt_string (p, text->str, text->len, verb, t, addr);
          return TRUE;
        }
    }
  return _ml_vm_fmt_handle_methods (vm, p, t, addr, (char) verb, FALSE, depth);
}

/* printArg: an operand, @t NULL for a nil interface. */
static void
print_arg (MlVmPrinter    *p,
           const MlVmType *t,
           guint64         addr,
           gunichar        verb)
{
  if (t == NULL)
    {
      if (verb == 'T' || verb == 'v')
        _ml_fmt_pad (&p->fmt, "<nil>", 5);
      else
        bad_verb (p, NULL, 0, verb);
      return;
    }
  if (verb == 'T')
    {
      _ml_fmt_s (&p->fmt, t->name, strlen (t->name));
      return;
    }
  if (verb == 'p')
    {
      fmt_pointer (p, t, addr, 'p');
      return;
    }
  if (handle_methods (p, t, addr, verb, 0))
    return;
  print_value (p, t, addr, verb, 0);
}

/* A struct: {a b}, {X:a Y:b} for %+v, main.T{X:a, Y:b} for %#v.  What an unexported field
 * holds cannot be passed to its methods. */
static void
print_struct (MlVmPrinter    *p,
              const MlVmType *t,
              guint64         addr,
              gunichar        verb,
              guint           depth)
{
  MlVm *vm = p->vm;
  GString *buf = p->fmt.buf;

  if (p->fmt.sharp_v)
    g_string_append (buf, t->name);
  g_string_append_c (buf, '{');
  for (guint i = 0; i < t->n_fields; i++)
    {
      const char *name = t->fields[i].name;
      gboolean exported = name != NULL && g_unichar_isupper (g_utf8_get_char (name));

      if (i > 0)
        g_string_append (buf, p->fmt.sharp_v ? ", " : " ");
      if ((p->fmt.plus_v || p->fmt.sharp_v) && name != NULL && name[0] != '\0')
        {
          g_string_append (buf, name);
          g_string_append_c (buf, ':');
        }
      vm->fmt_ro += !exported;
      print_value (p, vm_type (vm, t->fields[i].type), addr + t->fields[i].offset, verb, depth + 1);
      vm->fmt_ro -= !exported;
    }
  g_string_append_c (buf, '}');
}

/* An array or slice: its bytes for %s %q %x %X of bytes, else its elements. */
static void
print_list (MlVmPrinter    *p,
            const MlVmType *t,
            guint64         addr,
            gunichar        verb,
            guint           depth)
{
  MlVm *vm = p->vm;
  GString *buf = p->fmt.buf;
  MlVmType *e = vm_type (vm, t->elem);
  guint64 base = t->kind == ML_VM_KIND_ARRAY ? addr : mem_read (vm, addr, 8);
  guint64 n = t->kind == ML_VM_KIND_ARRAY ? t->len : mem_read (vm, addr + 8, 8);

  if (verb_in (verb, "sqxX") && e->kind == ML_VM_KIND_UINT8)
    {
      g_autofree char *bytes = g_malloc (n + 1);

      if (n > 0)
        ml_runtime_read (vm->rt, base, bytes, n);
      if (verb == 's')
        _ml_fmt_s (&p->fmt, bytes, n);
      else if (verb == 'q')
        _ml_fmt_q (&p->fmt, bytes, n);
      else
        _ml_fmt_sbx (&p->fmt, bytes, n, verb == 'x' ? ML_FMT_LDIGITS : ML_FMT_UDIGITS);
      return;
    }
  if (p->fmt.sharp_v)
    {
      /* printArg names an operand of type []byte so; reflect, anywhere else, []uint8. */
      if (depth == 0 && !t->named && t->kind == ML_VM_KIND_SLICE && e->kind == ML_VM_KIND_UINT8)
        g_string_append (buf, "[]byte");
      else
        g_string_append (buf, t->name);
      if (t->kind == ML_VM_KIND_SLICE && base == 0)
        {
          g_string_append (buf, "(nil)");
          return;
        }
      g_string_append_c (buf, '{');
    }
  else
    g_string_append_c (buf, '[');
  for (guint64 i = 0; i < n; i++)
    {
      if (i > 0)
        g_string_append (buf, p->fmt.sharp_v ? ", " : " ");
      print_value (p, e, base + i * e->size, verb, depth + 1);
    }
  g_string_append_c (buf, p->fmt.sharp_v ? '}' : ']');
}

/* A map, its entries in fmtsort's order: map[k:v] or map[string]int{"a":1}. */
static void
print_map (MlVmPrinter    *p,
           const MlVmType *t,
           guint64         addr,
           gunichar        verb,
           guint           depth)
{
  MlVm *vm = p->vm;
  GString *buf = p->fmt.buf;
  MlVmType *kt = vm_type (vm, t->key), *vt = vm_type (vm, t->elem);
  guint64 m = mem_read (vm, addr, 8);
  g_autoptr(GArray) entries = NULL;

  if (p->fmt.sharp_v)
    {
      g_string_append (buf, t->name);
      if (m == 0)
        {
          g_string_append (buf, "(nil)");
          return;
        }
      g_string_append_c (buf, '{');
    }
  else
    g_string_append (buf, "map[");
  entries = _ml_vm_fmt_map_entries (vm, t, m);
  for (guint i = 0; i < entries->len; i += 2)
    {
      if (i > 0)
        g_string_append (buf, p->fmt.sharp_v ? ", " : " ");
      print_value (p, kt, g_array_index (entries, guint64, i), verb, depth + 1);
      g_string_append_c (buf, ':');
      print_value (p, vt, g_array_index (entries, guint64, i + 1), verb, depth + 1);
    }
  g_string_append_c (buf, p->fmt.sharp_v ? '}' : ']');
}

/* printValue: the value of type @t at @addr.  @depth 0 is an operand: only there does a
 * pointer to a struct, array, slice or map print as &{...}, and methods are looked for by
 * print_arg. */
static void
print_value (MlVmPrinter    *p,
             const MlVmType *t,
             guint64         addr,
             gunichar        verb,
             guint           depth)
{
  MlVm *vm = p->vm;

  if (depth > 0 && handle_methods (p, t, addr, verb, depth))
    return;
  switch (t->kind)
    {
    case ML_VM_KIND_BOOL:
      if (verb == 'v' || verb == 't')
        _ml_fmt_boolean (&p->fmt, mem_read (vm, addr, 1) & 0xff);
      else
        bad_verb (p, t, addr, verb);
      return;
    ML_VM_KIND_CASES_SIGNED: ML_VM_KIND_CASES_UNSIGNED:
      fmt_integer (p, t, addr, read_integer (vm, t, addr), ml_vm_kind_is_signed (t->kind), verb);
      return;
    ML_VM_KIND_CASES_FLOAT:
      fmt_float (p, t, addr, read_float (vm, t->size, addr), t->size * 8, verb);
      return;
    ML_VM_KIND_CASES_COMPLEX:
      fmt_complex (p, t, addr, verb);
      return;
    case ML_VM_KIND_STRING:
      {
        gsize len;
        g_autofree char *s = ml_vm_read_string (vm, addr, &len);

        fmt_string (p, s, len, verb, t, addr);
      }
      return;
    case ML_VM_KIND_MAP:
      print_map (p, t, addr, verb, depth);
      return;
    case ML_VM_KIND_STRUCT:
      print_struct (p, t, addr, verb, depth);
      return;
    case ML_VM_KIND_INTERFACE:
      {
        MlVmType *dt = _ml_vm_dynamic_type (vm, t, addr);

        if (dt == NULL)
          {
            if (p->fmt.sharp_v)
              g_string_append_printf (p->fmt.buf, "%s(nil)", t->name);
            else
              g_string_append (p->fmt.buf, "<nil>");
          }
        else
          print_value (p, dt, ml_vm_kind_is_pointer_word (dt->kind) ? addr + 8
                                                                     : mem_read (vm, addr + 8, 8),
                       verb, depth + 1);
      }
      return;
    case ML_VM_KIND_ARRAY: case ML_VM_KIND_SLICE:
      print_list (p, t, addr, verb, depth);
      return;
    case ML_VM_KIND_POINTER:
      {
        guint64 ptr = mem_read (vm, addr, 8);
        MlVmType *e = vm_type (vm, t->elem);

        if (ptr != 0 && !vm->fmt_erroring && verb_in (verb, "vs")
            && g_str_equal (t->name, "*errors.errorString"))
          {
            /* fmt calls Error(): the errors package's text. */
            gsize len;
            g_autofree char *str = ml_vm_read_string (vm, ptr, &len);

            fmt_string (p, str, len, verb, t, addr);
            return;
          }
        if (depth == 0 && ptr != 0 && e != NULL
            && (e->kind == ML_VM_KIND_STRUCT || e->kind == ML_VM_KIND_ARRAY
                || e->kind == ML_VM_KIND_SLICE || e->kind == ML_VM_KIND_MAP))
          {
            g_string_append_c (p->fmt.buf, '&');
            print_value (p, e, ptr, verb, depth + 1);
            return;
          }
        fmt_pointer (p, t, addr, verb);
      }
      return;
    case ML_VM_KIND_CHAN: case ML_VM_KIND_FUNC: case ML_VM_KIND_UNSAFE_POINTER:
      fmt_pointer (p, t, addr, verb);
      return;
    case ML_VM_KIND_INVALID:
    default:
      g_string_append_printf (p->fmt.buf, "?%s?", t->name);
      return;
    }
}

/**
 * ml_vm_fmt_value:
 * @vm: the VM
 * @out: where to print
 * @t: the value's type
 * @addr: where the value is
 * @verb: the verb
 * @plus: %+v
 * @sharp: %#v
 * @depth: 0 for an operand, more for a value inside one
 *
 * Prints one value as fmt does, with no width or precision (a panic's value, the print
 * built-ins' operands).
 */
void
ml_vm_fmt_value (MlVm           *vm,
                 GString        *out,
                 const MlVmType *t,
                 guint64         addr,
                 char            verb,
                 gboolean        plus,
                 gboolean        sharp,
                 guint           depth)
{
  MlVmPrinter p = { .vm = vm };

  p.fmt.buf = out;
  p.fmt.plus_v = plus;
  p.fmt.sharp_v = sharp;
  if (depth == 0)
    print_arg (&p, t, addr, (guchar) verb);
  else
    print_value (&p, t, addr, (guchar) verb, depth);
}

/* The operand @i of a call: its dynamic type and the address of its value. */
static const MlVmType *
operand (MlVm     *vm,
         guint64   args,
         guint     i,
         guint64  *addr)
{
  guint64 slot = args + i * 16;
  guint64 ta = mem_read (vm, slot, 8);
  MlVmType *t = ta != 0 ? ml_vm_type_at (vm, ta) : NULL;

  if (t == NULL)
    {
      *addr = 0;
      return NULL;
    }
  if (ml_vm_kind_is_pointer_word (t->kind))
    *addr = slot + 8;
  else
    *addr = mem_read (vm, slot + 8, 8);
  return t;
}

static void
print_operand (MlVmPrinter *p,
               guint64      args,
               guint        i,
               gunichar     verb)
{
  guint64 a;
  const MlVmType *t = operand (p->vm, args, i, &a);

  print_arg (p, t, a, verb);
}

/* fmt's tooLarge: widths and precisions past a million are not numbers. */
static gboolean
too_large (gint64 x)
{
  return x > 1000000 || x < -1000000;
}

/* parsenum: the number at @start in @s, *@isnum FALSE when there is none or it is too
 * large (then the whole format is taken).  Returns where parsing stopped. */
static gsize
parsenum (const char *s,
          gsize       start,
          gsize       end,
          gint       *num,
          gboolean   *isnum)
{
  gsize i;

  *num = 0;
  *isnum = FALSE;
  if (start >= end)
    return end;
  for (i = start; i < end && s[i] >= '0' && s[i] <= '9'; i++)
    {
      if (too_large (*num))
        {
          *num = 0;
          *isnum = FALSE;
          return end;
        }
      *num = *num * 10 + (s[i] - '0');
      *isnum = TRUE;
    }
  return i;
}

/* intFromArg: operand @arg_num as a * width or precision; returns the next operand. */
static guint
int_from_arg (MlVmPrinter *p,
              guint64      args,
              guint        n_args,
              guint        arg_num,
              gint        *num,
              gboolean    *is_int)
{
  *num = 0;
  *is_int = FALSE;
  if (arg_num < n_args)
    {
      guint64 a;
      const MlVmType *t = operand (p->vm, args, arg_num, &a);

      if (t != NULL && (ml_vm_kind_is_signed (t->kind) || ml_vm_kind_is_unsigned (t->kind)))
        {
          guint64 v = read_integer (p->vm, t, a);

          if (ml_vm_kind_is_signed (t->kind) || (gint64) v >= 0)
            {
              *is_int = !too_large ((gint64) v);
              *num = *is_int ? (gint) (gint64) v : 0;
            }
        }
      arg_num++;
    }
  return arg_num;
}

/* argNumber: an explicit index [n] at @i, one-based in the format.  Returns where the format
 * goes on; *@arg_num becomes the index when it is good. */
static gsize
arg_number (MlVmPrinter *p,
            guint       *arg_num,
            const char  *format,
            gsize        i,
            gsize        end,
            guint        n_args,
            gboolean    *found)
{
  *found = FALSE;
  if (i >= end || format[i] != '[')
    return i;
  p->reordered = TRUE;
  /* parseArgNumber */
  if (end - i >= 3)
    for (gsize j = i + 1; j < end; j++)
      if (format[j] == ']')
        {
          gint index;
          gboolean ok;
          gsize newi = parsenum (format, i + 1, j, &index, &ok);

          if (!ok || newi != j)
            {
              p->good_arg_num = FALSE;
              return j + 1;
            }
          index--;
          *found = TRUE;
          if (index >= 0 && (guint) index < n_args)
            {
              *arg_num = index;
              return j + 1;
            }
          p->good_arg_num = FALSE;
          return j + 1;
        }
  p->good_arg_num = FALSE;
  return i + 1;
}

/* For %v (and %w): # and + become %#v's and %+v's own flags. */
static void
set_v_flags (MlFmt *f)
{
  f->sharp_v = f->sharp;
  f->sharp = FALSE;
  f->plus_v = f->plus;
  f->plus = FALSE;
}

/* doPrintf. */
static void
do_printf (MlVmPrinter *p,
           const char  *format,
           gsize        end,
           guint64      args,
           guint        n_args)
{
  GString *buf = p->fmt.buf;
  MlFmt *f = &p->fmt;
  guint arg_num = 0;
  gboolean after_index = FALSE;

  p->reordered = FALSE;
  for (gsize i = 0; i < end;)
    {
      gsize lasti = i, size;
      gboolean simple_done = FALSE;
      gunichar verb;

      p->good_arg_num = TRUE;
      while (i < end && format[i] != '%')
        i++;
      if (i > lasti)
        g_string_append_len (buf, format + lasti, i - lasti);
      if (i >= end)
        break;
      i++;
      _ml_fmt_clear_flags (f);
      for (; i < end; i++)
        {
          char c = format[i];

          if (c == '#')
            f->sharp = TRUE;
          else if (c == '0')
            f->zero = TRUE;
          else if (c == '+')
            f->plus = TRUE;
          else if (c == '-')
            f->minus = TRUE;
          else if (c == ' ')
            f->space = TRUE;
          else
            {
              /* A verb right after the flags: the common case. */
              if (c >= 'a' && c <= 'z' && arg_num < n_args)
                {
                  if (c == 'v' || c == 'w')
                    set_v_flags (f);
                  print_operand (p, args, arg_num, (guchar) c);
                  arg_num++;
                  i++;
                  simple_done = TRUE;
                }
              break;
            }
        }
      if (simple_done)
        continue;

      i = arg_number (p, &arg_num, format, i, end, n_args, &after_index);
      if (i < end && format[i] == '*')
        {
          i++;
          arg_num = int_from_arg (p, args, n_args, arg_num, &f->wid, &f->wid_present);
          if (!f->wid_present)
            g_string_append (buf, "%!(BADWIDTH)");
          if (f->wid < 0)
            {
              f->wid = -f->wid;
              f->minus = TRUE;
              f->zero = FALSE;
            }
          after_index = FALSE;
        }
      else
        {
          i = parsenum (format, i, end, &f->wid, &f->wid_present);
          if (after_index && f->wid_present)
            p->good_arg_num = FALSE;
        }

      if (i + 1 < end && format[i] == '.')
        {
          i++;
          if (after_index)
            p->good_arg_num = FALSE;
          i = arg_number (p, &arg_num, format, i, end, n_args, &after_index);
          if (i < end && format[i] == '*')
            {
              i++;
              arg_num = int_from_arg (p, args, n_args, arg_num, &f->prec, &f->prec_present);
              if (f->prec < 0)
                {
                  f->prec = 0;
                  f->prec_present = FALSE;
                }
              if (!f->prec_present)
                g_string_append (buf, "%!(BADPREC)");
              after_index = FALSE;
            }
          else
            {
              i = parsenum (format, i, end, &f->prec, &f->prec_present);
              if (!f->prec_present)
                {
                  f->prec = 0;
                  f->prec_present = TRUE;
                }
            }
        }

      if (!after_index)
        i = arg_number (p, &arg_num, format, i, end, n_args, &after_index);

      if (i >= end)
        {
          g_string_append (buf, "%!(NOVERB)");
          break;
        }

      verb = _ml_utf8_decode (format + i, end - i, &size);
      i += size;

      if (verb == '%')
        g_string_append_c (buf, '%');
      else if (!p->good_arg_num)
        {
          g_string_append (buf, "%!");
          write_rune (buf, verb);
          g_string_append (buf, "(BADINDEX)");
        }
      else if (arg_num >= n_args)
        {
          g_string_append (buf, "%!");
          write_rune (buf, verb);
          g_string_append (buf, "(MISSING)");
        }
      else
        {
          if (verb == 'v' || verb == 'w')
            set_v_flags (f);
          print_operand (p, args, arg_num, verb);
          arg_num++;
        }
    }

  if (!p->reordered && arg_num < n_args)
    {
      _ml_fmt_clear_flags (f);
      g_string_append (buf, "%!(EXTRA ");
      for (guint k = arg_num; k < n_args; k++)
        {
          guint64 a;
          const MlVmType *t = operand (p->vm, args, k, &a);

          if (k > arg_num)
            g_string_append (buf, ", ");
          if (t == NULL)
            g_string_append (buf, "<nil>");
          else
            {
              g_string_append (buf, t->name);
              g_string_append_c (buf, '=');
              print_arg (p, t, a, 'v');
            }
        }
      g_string_append_c (buf, ')');
    }
}

/* print/println, the builtins: Go's runtime printing.  Go 1.27's printfloat and printcomplex
 * print the shortest form, as strconv.AppendFloat's 'g' and AppendComplex do. */
static void
builtin_print (MlVm           *vm,
               GString        *out,
               const MlVmType *t,
               guint64         addr)
{
  if (t == NULL)
    {
      g_string_append (out, "(0x0,0x0)");
      return;
    }
  if (ml_vm_kind_is_float (t->kind))
    _ml_strconv_append_float (out, read_float (vm, t->size, addr), 'g', -1, t->size * 8);
  else if (t->kind == ML_VM_KIND_COMPLEX64 || t->kind == ML_VM_KIND_COMPLEX128)
    {
      guint half = t->size / 2;
      gsize at;

      g_string_append_c (out, '(');
      _ml_strconv_append_float (out, read_float (vm, half, addr), 'g', -1, half * 8);
      at = out->len;
      _ml_strconv_append_float (out, read_float (vm, half, addr + half), 'g', -1, half * 8);
      if (out->str[at] != '+' && out->str[at] != '-')
        g_string_insert_c (out, at, '+');
      g_string_append (out, "i)");
    }
  else
    ml_vm_fmt_value (vm, out, t, addr, 'v', FALSE, FALSE, 1);
}

/* Formats the @n_args operands at @args (a [n]any array) as the fmt function or print
 * built-in @kind does, with @format for the Printf family, into @out. */
void
ml_vm_fmt (MlVm        *vm,
           GString     *out,
           MlVmFmtKind  kind,
           guint64      args,
           guint        n_args,
           const char  *format,
           gsize        format_len)
{
  MlVmPrinter p = { .vm = vm };
  gboolean builtin = kind == ML_FMT_BUILTIN_PRINT || kind == ML_FMT_BUILTIN_PRINTLN;
  gboolean prev_string = FALSE;

  p.fmt.buf = out;
  switch (kind)
    {
    case ML_FMT_ERRORF:
      p.wrap_errs = TRUE;
      G_GNUC_FALLTHROUGH;
    case ML_FMT_PRINTF: case ML_FMT_SPRINTF:
      do_printf (&p, format != NULL ? format : "", format_len, args, n_args);
      return;
    case ML_FMT_PRINTLN: case ML_FMT_SPRINTLN: case ML_FMT_BUILTIN_PRINTLN:
      for (guint i = 0; i < n_args; i++)
        {
          guint64 a;
          const MlVmType *t = operand (vm, args, i, &a);

          if (i > 0)
            g_string_append_c (out, ' ');
          if (builtin)
            builtin_print (vm, out, t, a);
          else
            print_arg (&p, t, a, 'v');
        }
      g_string_append_c (out, '\n');
      return;
    case ML_FMT_PRINT: case ML_FMT_SPRINT: case ML_FMT_BUILTIN_PRINT:
    default:
      for (guint i = 0; i < n_args; i++)
        {
          guint64 a;
          const MlVmType *t = operand (vm, args, i, &a);
          gboolean is_string = t != NULL && t->kind == ML_VM_KIND_STRING;

          /* Print adds spaces between operands when neither is a string. */
          if (i > 0 && !is_string && !prev_string && !builtin)
            g_string_append_c (out, ' ');
          if (builtin)
            builtin_print (vm, out, t, a);
          else
            print_arg (&p, t, a, 'v');
          prev_string = is_string;
        }
      return;
    }
}
