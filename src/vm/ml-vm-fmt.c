/* ml-vm-fmt.c
 *
 * Copyright 2026 The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * fmt's printing, reading values from simulated memory, following fmt/print.go and
 * fmt/format.go for the supported verbs, and the print and println built-ins' (the
 * runtime's printing).  Where fmt calls a value's Error() or String() method,
 * ml-vm-fmt-methods.c prints what it returned.
 */

#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "ml-vm-private.h"

/* The float32 or float64 of type @t at @addr. */
static double
read_float (MlVm           *vm,
            const MlVmType *t,
            guint64         addr)
{
  guint w = t->size == 4 ? 4 : 8;

  return float_from_bits (mem_read (vm, addr, w), w);
}

/* strconv.FormatFloat(f, fmt, prec, bits) for 'e', 'f', 'g' with Go's exponent style. */
static void
format_float (GString *out,
              double   f,
              char     verb,
              gint     prec,
              guint    bits)
{
  char buf[64];

  if (isnan (f))
    {
      g_string_append (out, "NaN");
      return;
    }
  if (isinf (f))
    {
      g_string_append (out, f > 0 ? "+Inf" : "-Inf");
      return;
    }
  if (verb == 'f' || verb == 'F')
    {
      g_snprintf (buf, sizeof buf, "%.*f", prec < 0 ? 6 : prec, f);
      g_string_append (out, buf);
      return;
    }
  if (prec < 0)
    {
      /* The shortest representation that reads back as the same value. */
      gint p;

      for (p = 1; p <= 17; p++)
        {
          g_snprintf (buf, sizeof buf, "%.*e", p - 1, f);
          if (bits == 32 ? (float) g_ascii_strtod (buf, NULL) == (float) f
                         : g_ascii_strtod (buf, NULL) == f)
            break;
        }
      {
        /* Digits and decimal exponent of the shortest form. */
        char *e = strchr (buf, 'e');
        gint exp = atoi (e + 1);
        gint eprec = verb == 'e' ? p : 6;
        GString *digits = g_string_new (NULL);

        for (char *q = buf; q < e; q++)
          if (g_ascii_isdigit (*q))
            g_string_append_c (digits, *q);
        if (verb == 'g' && p > eprec && digits->len >= (guint) (exp + 1))
          eprec = p;
        if (verb == 'e' || exp < -4 || exp >= (verb == 'g' ? MAX (eprec, p > 21 ? 21 : eprec) : 21))
          {
            if (f < 0)
              g_string_append_c (out, '-');
            g_string_append_c (out, digits->str[0]);
            if (digits->len > 1)
              {
                g_string_append_c (out, '.');
                g_string_append (out, digits->str + 1);
              }
            g_string_append_printf (out, "e%c%02d", exp < 0 ? '-' : '+', ABS (exp));
          }
        else
          {
            g_snprintf (buf, sizeof buf, "%.*f", MAX (0, (gint) digits->len - 1 - exp), f);
            g_string_append (out, buf);
          }
        g_string_free (digits, TRUE);
      }
      return;
    }
  g_snprintf (buf, sizeof buf, verb == 'e' ? "%.*e" : "%.*g", prec, f);
  {
    /* C prints at least two exponent digits, as Go does. */
    g_string_append (out, buf);
  }
}

static void
quote_string (GString    *out,
              const char *s,
              gsize       len)
{
  g_string_append_c (out, '"');
  for (gsize i = 0; i < len;)
    {
      guchar c = s[i];

      if (c == '"' || c == '\\')
        {
          g_string_append_c (out, '\\');
          g_string_append_c (out, c);
          i++;
        }
      else if (c == '\n')
        { g_string_append (out, "\\n"); i++; }
      else if (c == '\t')
        { g_string_append (out, "\\t"); i++; }
      else if (c == '\r')
        { g_string_append (out, "\\r"); i++; }
      else if (c < 0x20 || c == 0x7f)
        { g_string_append_printf (out, "\\x%02x", c); i++; }
      else if (c < 0x80)
        { g_string_append_c (out, c); i++; }
      else
        {
          const char *end = g_utf8_find_next_char (s + i, s + len);
          gsize n = (end != NULL ? end : s + len) - (s + i);

          if (g_utf8_validate (s + i, n, NULL))
            g_string_append_len (out, s + i, n);
          else
            g_string_append_printf (out, "\\x%02x", c), n = 1;
          i += n;
        }
    }
  g_string_append_c (out, '"');
}

static void
fmt_integer (GString        *out,
             const MlVmType *t,
             guint64         raw,
             char            verb,
             gboolean        sharp)
{
  gboolean neg = FALSE;
  guint64 u;

  if (ml_vm_kind_is_signed (t->kind))
    {
      gint64 v = sign_extend (raw, t->size);

      neg = v < 0;
      u = neg ? -(guint64) v : (guint64) v;
    }
  else
    u = t->size >= 8 ? raw : raw & ((G_GUINT64_CONSTANT (1) << (t->size * 8)) - 1);

  switch (verb)
    {
    case 'x': case 'X':
      g_string_append_printf (out,
                              verb == 'x' ? "%s%s%" G_GINT64_MODIFIER "x" : "%s%s%" G_GINT64_MODIFIER "X",
                              neg ? "-" : "", sharp ? "0x" : "", u);
      break;
    case 'o':
      g_string_append_printf (out, "%s%" G_GINT64_MODIFIER "o", neg ? "-" : "", u);
      break;
    case 'b':
      {
        char buf[65];
        gint i = 64;

        buf[i] = '\0';
        do
          {
            buf[--i] = '0' + (u & 1);
            u >>= 1;
          }
        while (u != 0);
        g_string_append_printf (out, "%s%s", neg ? "-" : "", buf + i);
      }
      break;
    case 'c':
      g_string_append_unichar (out, (gunichar) u);
      break;
    case 'q':
      {
        char buf[8];
        gint n = g_unichar_to_utf8 ((gunichar) u, buf);

        g_string_append_c (out, '\'');
        g_string_append_len (out, buf, n);
        g_string_append_c (out, '\'');
      }
      break;
    default:
      g_string_append_printf (out, "%s%" G_GUINT64_FORMAT, neg ? "-" : "", u);
      break;
    }
}

static void
bad_verb (MlVm           *vm,
          GString        *out,
          const MlVmType *t,
          guint64         addr,
          char            verb)
{
  gboolean erroring = vm->fmt_erroring;

  /* fmt calls no method of a bad verb's operand. */
  g_string_append_printf (out, "%%!%c(%s=", verb, t->name);
  vm->fmt_erroring = TRUE;
  ml_vm_fmt_value (vm, out, t, addr, 'v', FALSE, FALSE, 1);
  vm->fmt_erroring = erroring;
  g_string_append_c (out, ')');
}

static void fmt_complex (MlVm           *vm,
                         GString        *out,
                         const MlVmType *t,
                         guint64         addr,
                         char            verb,
                         gboolean        plus,
                         gboolean        space,
                         gboolean        minus,
                         gboolean        zero,
                         gint            width,
                         gint            prec);

/* Formats the value of type @t at @addr.  @depth 0 is a top-level operand: only there does a
 * pointer to a struct, array, slice or map print as &{...}. */
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
  if (verb == 'T')
    {
      g_string_append (out, t->name);
      return;
    }
  /* The runtime's errors (a recovered panic's value): fmt calls their Error(). */
  if ((verb == 'v' || verb == 's') && _ml_vm_runtime_error_text (vm, t, addr, out))
    return;
  if (verb != 'p' && _ml_vm_fmt_handle_methods (vm, out, t, addr, verb, depth))
    return;
  if (verb == 'p')
    {
      if (t->kind == ML_VM_KIND_POINTER || t->kind == ML_VM_KIND_MAP || t->kind == ML_VM_KIND_FUNC ||
          t->kind == ML_VM_KIND_SLICE || t->kind == ML_VM_KIND_UNSAFE_POINTER)
        g_string_append_printf (out, "0x%" G_GINT64_MODIFIER "x", mem_read (vm, addr, 8));
      else
        bad_verb (vm, out, t, addr, verb);
      return;
    }

  switch (t->kind)
    {
    case ML_VM_KIND_BOOL:
      if (verb == 'v' || verb == 't')
        g_string_append (out, mem_read (vm, addr, 1) & 0xff ? "true" : "false");
      else
        bad_verb (vm, out, t, addr, verb);
      return;
    ML_VM_KIND_CASES_SIGNED: ML_VM_KIND_CASES_UNSIGNED:
      if (strchr ("vdxXobcq", verb) == NULL)
        {
          bad_verb (vm, out, t, addr, verb);
          return;
        }
      if (plus && verb == 'd' && ml_vm_kind_is_signed (t->kind) &&
          sign_extend (mem_read (vm, addr, t->size), t->size) >= 0)
        g_string_append_c (out, '+');
      fmt_integer (out, t, mem_read (vm, addr, t->size), verb == 'v' ? 'd' : verb, sharp);
      return;
    ML_VM_KIND_CASES_FLOAT:
      {
        double f = read_float (vm, t, addr);

        if (strchr ("vfFeEgG", verb) == NULL)
          {
            bad_verb (vm, out, t, addr, verb);
            return;
          }
        if (plus && f >= 0)
          g_string_append_c (out, '+');
        format_float (out, f, verb == 'v' ? 'g' : verb, verb == 'v' || verb == 'g' ? -1 : 6,
                      t->size == 4 ? 32 : 64);
      }
      return;
    case ML_VM_KIND_STRING:
      {
        gsize len;
        g_autofree char *s = ml_vm_read_string (vm, addr, &len);

        if (verb == 'v' || verb == 's')
          g_string_append_len (out, s, len);
        else if (verb == 'q')
          quote_string (out, s, len);
        else if (verb == 'x' || verb == 'X')
          for (gsize i = 0; i < len; i++)
            g_string_append_printf (out, verb == 'x' ? "%02x" : "%02X", (guchar) s[i]);
        else
          bad_verb (vm, out, t, addr, verb);
      }
      return;
    case ML_VM_KIND_POINTER:
      {
        guint64 p = mem_read (vm, addr, 8);
        MlVmType *e = vm_type (vm, t->elem);

        if (p == 0)
          {
            g_string_append (out, verb == 'v' || verb == 's' ? "<nil>" : "%!d(<nil>)");
            if (verb != 'v' && verb != 's' && verb != 'd')
              {
                g_string_truncate (out, out->len - 10);
                g_string_append_printf (out, "%%!%c(<nil>)", verb);
              }
            return;
          }
        if (g_str_equal (t->name, "*errors.errorString") && (verb == 'v' || verb == 's'))
          {
            /* fmt calls Error(): the errors package's text. */
            gsize len;
            g_autofree char *str = ml_vm_read_string (vm, p, &len);

            g_string_append_len (out, str, len);
            return;
          }
        if (depth == 0 && e != NULL &&
            (e->kind == ML_VM_KIND_STRUCT || e->kind == ML_VM_KIND_ARRAY ||
             e->kind == ML_VM_KIND_SLICE || e->kind == ML_VM_KIND_MAP))
          {
            g_string_append_c (out, '&');
            ml_vm_fmt_value (vm, out, e, p, verb, plus, sharp, depth + 1);
            return;
          }
        if (verb == 'd' || verb == 'x')
          fmt_integer (out, vm_type (vm, vm->prog->t_uintptr), p, verb, verb == 'x');
        else
          g_string_append_printf (out, "0x%" G_GINT64_MODIFIER "x", p);
      }
      return;
    case ML_VM_KIND_UNSAFE_POINTER: case ML_VM_KIND_FUNC: case ML_VM_KIND_CHAN:
      {
        guint64 p = mem_read (vm, addr, 8);

        if (p == 0 && t->kind != ML_VM_KIND_UNSAFE_POINTER)
          g_string_append (out, "<nil>");
        else
          g_string_append_printf (out, "0x%" G_GINT64_MODIFIER "x", p);
      }
      return;
    case ML_VM_KIND_STRUCT:
      g_string_append_c (out, '{');
      for (guint i = 0; i < t->n_fields; i++)
        {
          if (i > 0)
            g_string_append_c (out, ' ');
          gboolean exported = g_ascii_isupper (t->fields[i].name[0]);

          if (plus)
            g_string_append_printf (out, "%s:", t->fields[i].name);
          /* What an unexported field holds cannot be passed to its methods. */
          vm->fmt_ro += !exported;
          ml_vm_fmt_value (vm, out, vm_type (vm, t->fields[i].type), addr + t->fields[i].offset,
                           verb, plus, sharp, depth + 1);
          vm->fmt_ro -= !exported;
        }
      g_string_append_c (out, '}');
      return;
    case ML_VM_KIND_ARRAY: case ML_VM_KIND_SLICE:
      {
        MlVmType *e = vm_type (vm, t->elem);
        guint64 base = t->kind == ML_VM_KIND_ARRAY ? addr : mem_read (vm, addr, 8);
        guint64 n = t->kind == ML_VM_KIND_ARRAY ? t->len : mem_read (vm, addr + 8, 8);

        if ((verb == 's' || verb == 'q' || verb == 'x') && e->kind == ML_VM_KIND_UINT8)
          {
            g_autofree char *buf = g_malloc (n + 1);

            if (n > 0)
              ml_runtime_read (vm->rt, base, buf, n);
            if (verb == 's')
              g_string_append_len (out, buf, n);
            else if (verb == 'q')
              quote_string (out, buf, n);
            else
              for (guint64 i = 0; i < n; i++)
                g_string_append_printf (out, "%02x", (guchar) buf[i]);
            return;
          }
        g_string_append_c (out, '[');
        for (guint64 i = 0; i < n; i++)
          {
            if (i > 0)
              g_string_append_c (out, ' ');
            ml_vm_fmt_value (vm, out, e, base + i * e->size, verb, plus, sharp, depth + 1);
          }
        g_string_append_c (out, ']');
      }
      return;
    case ML_VM_KIND_MAP:
      {
        MlVmType *kt = vm_type (vm, t->key), *vt = vm_type (vm, t->elem);
        g_autoptr(GArray) entries = _ml_vm_fmt_map_entries (vm, t, mem_read (vm, addr, 8));

        g_string_append (out, "map[");
        for (guint i = 0; i < entries->len; i += 2)
          {
            if (i > 0)
              g_string_append_c (out, ' ');
            ml_vm_fmt_value (vm, out, kt, g_array_index (entries, guint64, i), verb, plus, sharp,
                             depth + 1);
            g_string_append_c (out, ':');
            ml_vm_fmt_value (vm, out, vt, g_array_index (entries, guint64, i + 1), verb, plus,
                             sharp, depth + 1);
          }
        g_string_append_c (out, ']');
      }
      return;
    case ML_VM_KIND_INTERFACE:
      {
        MlVmType *dt = _ml_vm_dynamic_type (vm, t, addr);

        if (dt == NULL)
          {
            g_string_append (out, "<nil>");
            return;
          }
        if (ml_vm_kind_is_pointer_word (dt->kind))
          ml_vm_fmt_value (vm, out, dt, addr + 8, verb, plus, sharp, depth);
        else
          ml_vm_fmt_value (vm, out, dt, mem_read (vm, addr + 8, 8), verb, plus, sharp, depth);
      }
      return;
    ML_VM_KIND_CASES_COMPLEX:
      fmt_complex (vm, out, t, addr, verb, plus, FALSE, FALSE, FALSE, 0, -1);
      return;
    case ML_VM_KIND_INVALID:
    default:
      g_string_append (out, "?");
      return;
    }
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
pad (GString    *out,
     const char *s,
     gsize       len,
     gint        width,
     gboolean    minus,
     gboolean    zero)
{
  glong chars = g_utf8_strlen (s, len);

  if (width > 0 && chars < width && !minus)
    {
      if (zero && len > 0 && (s[0] == '-' || s[0] == '+'))
        {
          g_string_append_c (out, s[0]);
          s++;
          len--;
        }
      for (glong i = chars; i < width; i++)
        g_string_append_c (out, zero ? '0' : ' ');
    }
  g_string_append_len (out, s, len);
  if (width > 0 && chars < width && minus)
    for (glong i = chars; i < width; i++)
      g_string_append_c (out, ' ');
}

/* fmtFloat for one part of a complex number: the sign as strconv gives it (or + and space
 * flags), then the number, padded to @width. */
static void
fmt_complex_part (GString  *out,
                  double    f,
                  char      verb,
                  gboolean  plus,
                  gboolean  space,
                  gboolean  minus,
                  gboolean  zero,
                  gint      width,
                  gint      prec,
                  guint     bits)
{
  g_autoptr(GString) s = g_string_new (NULL);
  g_autoptr(GString) num = g_string_new (NULL);

  if (verb == 'v')
    verb = 'g';
  if (prec < 0 && verb != 'g' && verb != 'G')
    prec = 6;
  format_float (num, fabs (f), verb, prec, bits);
  if (signbit (f) && !isnan (f))
    g_string_append_c (s, '-');
  else if ((plus || isinf (f)) && !isnan (f))
    g_string_append_c (s, '+');
  else if (isnan (f) && plus)
    g_string_append_c (s, '+');
  else if (space)
    g_string_append_c (s, ' ');
  g_string_append (s, num->str[0] == '+' ? num->str + 1 : num->str);
  pad (out, s->str, s->len, width, minus, zero && !isinf (f) && !isnan (f));
}

/* fmtComplex: "(re+imi)", each part formatted as a float of half the size with the width and
 * precision, the imaginary part always signed. */
static void
fmt_complex (MlVm           *vm,
             GString        *out,
             const MlVmType *t,
             guint64         addr,
             char            verb,
             gboolean        plus,
             gboolean        space,
             gboolean        minus,
             gboolean        zero,
             gint            width,
             gint            prec)
{
  guint half = t->size / 2;

  if (strchr ("vbgGxXfFeE", verb) == NULL)
    {
      bad_verb (vm, out, t, addr, verb);
      return;
    }
  g_string_append_c (out, '(');
  fmt_complex_part (out, float_from_bits (mem_read (vm, addr, half), half), verb, plus, space,
                    minus, zero, width, prec, half * 8);
  fmt_complex_part (out, float_from_bits (mem_read (vm, addr + half, half), half), verb, TRUE,
                    space, minus, zero, width, prec, half * 8);
  g_string_append (out, "i)");
}

static void
printf_one (MlVm     *vm,
            GString  *out,
            guint64   args,
            guint     i,
            char      verb,
            gboolean  plus,
            gboolean  sharp,
            gboolean  minus,
            gboolean  zero,
            gboolean  space,
            gint      width,
            gint      prec)
{
  guint64 addr;
  const MlVmType *t = operand (vm, args, i, &addr);
  g_autoptr(GString) s = g_string_new (NULL);

  if (t == NULL)
    {
      if (verb == 'T' || verb == 'v')
        g_string_append (s, "<nil>");
      else
        g_string_append_printf (s, "%%!%c(<nil>)", verb);
    }
  else if ((t->kind == ML_VM_KIND_COMPLEX64 || t->kind == ML_VM_KIND_COMPLEX128) && verb != 'T')
    {
      /* The width applies to each part. */
      fmt_complex (vm, s, t, addr, verb, plus, space, minus, zero, width, prec);
      width = 0;
    }
  else if (prec >= 0 && (t->kind == ML_VM_KIND_FLOAT64 || t->kind == ML_VM_KIND_FLOAT32) &&
           strchr ("fFeEgG", verb) != NULL)
    {
      double f = read_float (vm, t, addr);

      if (plus && f >= 0)
        g_string_append_c (s, '+');
      else if (space && f >= 0)
        g_string_append_c (s, ' ');
      format_float (s, f, verb, prec, t->size == 4 ? 32 : 64);
    }
  else if (prec >= 0 && t->kind == ML_VM_KIND_STRING && (verb == 's' || verb == 'v'))
    {
      gsize len;
      g_autofree char *str = ml_vm_read_string (vm, addr, &len);
      const char *end = str;

      for (gint k = 0; k < prec && end < str + len; k++)
        end = g_utf8_next_char (end);
      g_string_append_len (s, str, MIN ((gsize) (end - str), len));
    }
  else
    {
      if (space && !plus && verb == 'd' && ml_vm_kind_is_signed (t->kind) &&
          sign_extend (mem_read (vm, addr, t->size), t->size) >= 0)
        g_string_append_c (s, ' ');
      ml_vm_fmt_value (vm, s, t, addr, verb, plus, sharp, 0);
    }
  pad (out, s->str, s->len, width, minus, zero && t != NULL && !minus &&
       (ml_vm_kind_is_signed (t->kind) || ml_vm_kind_is_unsigned (t->kind) || t->kind == ML_VM_KIND_FLOAT64 ||
        t->kind == ML_VM_KIND_FLOAT32));
}

static void
do_printf (MlVm       *vm,
           GString    *out,
           const char *f,
           gsize       flen,
           guint64     args,
           guint       n_args)
{
  guint argi = 0;

  for (gsize i = 0; i < flen; i++)
    {
      gboolean plus = FALSE, minus = FALSE, sharp = FALSE, zero = FALSE, space = FALSE;
      gint width = -1, prec = -1;
      char verb;

      if (f[i] != '%')
        {
          g_string_append_c (out, f[i]);
          continue;
        }
      i++;
      for (; i < flen; i++)
        {
          if (f[i] == '+') plus = TRUE;
          else if (f[i] == '-') minus = TRUE;
          else if (f[i] == '#') sharp = TRUE;
          else if (f[i] == '0') zero = TRUE;
          else if (f[i] == ' ') space = TRUE;
          else break;
        }
      if (i < flen && f[i] == '*')
        {
          guint64 a;
          const MlVmType *t = argi < n_args ? operand (vm, args, argi, &a) : NULL;

          if (t != NULL && ml_vm_kind_is_signed (t->kind))
            width = (gint) sign_extend (mem_read (vm, a, t->size), t->size);
          argi++;
          i++;
          if (width < 0 && width != -1)
            {
              minus = TRUE;
              width = -width;
            }
        }
      else
        while (i < flen && g_ascii_isdigit (f[i]))
          width = (width < 0 ? 0 : width) * 10 + (f[i++] - '0');
      if (i < flen && f[i] == '.')
        {
          i++;
          prec = 0;
          while (i < flen && g_ascii_isdigit (f[i]))
            prec = prec * 10 + (f[i++] - '0');
        }
      if (i >= flen)
        {
          g_string_append (out, "%!(NOVERB)");
          break;
        }
      verb = f[i];
      if (verb == '%')
        {
          g_string_append_c (out, '%');
          continue;
        }
      if (argi >= n_args)
        {
          g_string_append_printf (out, "%%!%c(MISSING)", verb);
          continue;
        }
      printf_one (vm, out, args, argi++, verb, plus, sharp, minus, zero, space, width, prec);
    }
  if (argi < n_args)
    {
      g_string_append (out, "%!(EXTRA ");
      for (; argi < n_args; argi++)
        {
          guint64 a;
          const MlVmType *t = operand (vm, args, argi, &a);

          if (t == NULL)
            g_string_append (out, "<nil>");
          else
            {
              g_string_append_printf (out, "%s=", t->name);
              ml_vm_fmt_value (vm, out, t, a, 'v', FALSE, FALSE, 0);
            }
          if (argi + 1 < n_args)
            g_string_append (out, ", ");
        }
      g_string_append_c (out, ')');
    }
}

/* print/println, the builtins: Go's runtime printing (floats as +1.000000e+000). */
static void
builtin_print (MlVm           *vm,
               GString        *out,
               const MlVmType *t,
               guint64         addr)
{
  char buf[64];
  char *e;

  if (t == NULL)
    {
      g_string_append (out, "(0x0,0x0)");
      return;
    }
  if (!ml_vm_kind_is_float (t->kind))
    {
      ml_vm_fmt_value (vm, out, t, addr, 'v', FALSE, FALSE, 1);
      return;
    }
  g_snprintf (buf, sizeof buf, "%+.6e", read_float (vm, t, addr));
  e = strchr (buf, 'e');
  if (e != NULL)
    {
      gint exp = atoi (e + 1);

      *e = '\0';
      g_string_append_printf (out, "%se%c%03d", buf, exp < 0 ? '-' : '+', ABS (exp));
      return;
    }
  g_string_append (out, buf);
}

/* Operand @i of a Print or Println (of fmt, or the built-in's when @builtin): the text of its
 * String() or Error() method when fmt called one, else its value as %v prints it. */
static void
print_operand (MlVm           *vm,
               GString        *out,
               gboolean        builtin,
               guint           i,
               const MlVmType *t,
               guint64         addr)
{
  if (builtin)
    builtin_print (vm, out, t, addr);
  else if (t == NULL)
    g_string_append (out, "<nil>");
  else
    ml_vm_fmt_value (vm, out, t, addr, 'v', FALSE, FALSE, 0);
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
  gboolean builtin = kind == ML_FMT_BUILTIN_PRINT || kind == ML_FMT_BUILTIN_PRINTLN;
  gboolean prev_string = FALSE;

  switch (kind)
    {
    case ML_FMT_PRINTF: case ML_FMT_SPRINTF:
      do_printf (vm, out, format != NULL ? format : "", format_len, args, n_args);
      return;
    case ML_FMT_PRINTLN: case ML_FMT_SPRINTLN: case ML_FMT_BUILTIN_PRINTLN:
      for (guint i = 0; i < n_args; i++)
        {
          guint64 a;
          const MlVmType *t = operand (vm, args, i, &a);

          if (i > 0)
            g_string_append_c (out, ' ');
          print_operand (vm, out, builtin, i, t, a);
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
          print_operand (vm, out, builtin, i, t, a);
          prev_string = is_string;
        }
      return;
    }
}
