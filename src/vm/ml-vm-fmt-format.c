/* ml-vm-fmt-format.c
 *
 * Copyright 2026 The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * fmt/format.go's raw formatter: one value of a basic kind printed with the flags, width and
 * precision of its verb (padding by runes, zeros after the sign, %.3d's leading zeros, the
 * 0x 0b 0o prefixes, %U, %q of runes and strings, %x of strings and bytes, the float forms and
 * %#g's kept zeros).  Separate from the printer (ml-vm-fmt.c), which decides per verb and
 * kind what to call here, because nothing here reads simulated memory.
 */

#include "config.h"

#include <string.h>

#include "ml-vm-fmt-private.h"

void
_ml_fmt_clear_flags (MlFmt *f)
{
  GString *buf = f->buf;

  memset (f, 0, sizeof *f);
  f->buf = buf;
}

/* @n bytes of padding: zeros when the 0 flag pads on the left, else spaces. */
void
_ml_fmt_write_padding (MlFmt *f,
                       gint   n)
{
  char c = f->zero && !f->minus ? '0' : ' ';

  for (gint i = 0; i < n; i++)
    g_string_append_c (f->buf, c);
}

/* @s padded to the width, on the left or (with -) on the right, counting runes. */
void
_ml_fmt_pad (MlFmt      *f,
             const char *s,
             gsize       len)
{
  gint width;

  if (!f->wid_present || f->wid == 0)
    {
      g_string_append_len (f->buf, s, len);
      return;
    }
  width = f->wid - (gint) _ml_utf8_rune_count (s, len);
  if (!f->minus)
    {
      _ml_fmt_write_padding (f, width);
      g_string_append_len (f->buf, s, len);
    }
  else
    {
      g_string_append_len (f->buf, s, len);
      _ml_fmt_write_padding (f, width);
    }
}

void
_ml_fmt_boolean (MlFmt    *f,
                 gboolean  v)
{
  _ml_fmt_pad (f, v ? "true" : "false", v ? 4 : 5);
}

/* %U, and with # the printable character after it: U+0078 'x'. */
void
_ml_fmt_unicode (MlFmt   *f,
                 guint64  u)
{
  g_autoptr(GString) s = g_string_new (NULL);
  gint prec = f->prec_present && f->prec > 4 ? f->prec : 4;
  char hex[24];
  gint n = g_snprintf (hex, sizeof hex, "%" G_GINT64_MODIFIER "X", u);
  gboolean zero = f->zero;

  g_string_append (s, "U+");
  for (gint i = n; i < prec; i++)
    g_string_append_c (s, '0');
  g_string_append (s, hex);
  if (f->sharp && u <= 0x10FFFF && _ml_strconv_is_print ((gunichar) u))
    {
      g_string_append (s, " '");
      g_string_append_unichar (s, (gunichar) u);
      g_string_append_c (s, '\'');
    }
  f->zero = FALSE;
  _ml_fmt_pad (f, s->str, s->len);
  f->zero = zero;
}

/* fmtInteger: @u in @base, signed or not, with the precision's or the 0 flag's zeros, the #
 * prefixes and %O's 0o, and the sign. */
void
_ml_fmt_integer (MlFmt      *f,
                 guint64     u,
                 guint       base,
                 gboolean    is_signed,
                 gunichar    verb,
                 const char *digits)
{
  gboolean negative = is_signed && (gint64) u < 0;
  gsize size = 68 + (f->wid_present || f->prec_present ? 3 + (gsize) f->wid + (gsize) f->prec : 0);
  char small[128];
  g_autofree char *big = size > sizeof small ? g_malloc (size) : NULL;
  char *buf = big != NULL ? big : small;
  gsize i = size;
  gint prec = 0;
  gboolean zero = f->zero;

  if (negative)
    u = -u;
  if (f->prec_present)
    {
      prec = f->prec;
      /* Precision 0 and value 0 print nothing but the padding. */
      if (prec == 0 && u == 0)
        {
          f->zero = FALSE;
          _ml_fmt_write_padding (f, f->wid);
          f->zero = zero;
          return;
        }
    }
  else if (f->zero && !f->minus && f->wid_present)
    {
      prec = f->wid;
      if (negative || f->plus || f->space)
        prec--;
    }
  while (u >= base)
    {
      buf[--i] = digits[u % base];
      u /= base;
    }
  buf[--i] = digits[u];
  while (i > 0 && prec > (gint) (size - i))
    buf[--i] = '0';
  if (f->sharp)
    {
      if (base == 2)
        {
          buf[--i] = 'b';
          buf[--i] = '0';
        }
      else if (base == 8)
        {
          if (buf[i] != '0')
            buf[--i] = '0';
        }
      else if (base == 16)
        {
          buf[--i] = digits[16];
          buf[--i] = '0';
        }
    }
  if (verb == 'O')
    {
      buf[--i] = 'o';
      buf[--i] = '0';
    }
  if (negative)
    buf[--i] = '-';
  else if (f->plus)
    buf[--i] = '+';
  else if (f->space)
    buf[--i] = ' ';
  /* The 0 flag's zeros are already there, as precision, or not wanted after a precision. */
  f->zero = FALSE;
  _ml_fmt_pad (f, buf + i, size - i);
  f->zero = zero;
}

/* The length of @s cut to the precision, in runes. */
static gsize
truncated (MlFmt      *f,
           const char *s,
           gsize       len)
{
  gsize i = 0;

  if (!f->prec_present)
    return len;
  for (gint n = f->prec; i < len; n--)
    {
      gsize w;

      if (n <= 0)
        return i;
      _ml_utf8_decode (s + i, len - i, &w);
      i += w;
    }
  return len;
}

/* %s of a string or byte slice. */
void
_ml_fmt_s (MlFmt      *f,
           const char *s,
           gsize       len)
{
  _ml_fmt_pad (f, s, truncated (f, s, len));
}

/* %x and %X of a string or byte slice: two digits a byte, with % x's spaces and #'s 0x. */
void
_ml_fmt_sbx (MlFmt      *f,
             const char *s,
             gsize       len,
             const char *digits)
{
  gsize length = len;
  gsize width;

  if (f->prec_present && (gsize) f->prec < length)
    length = f->prec;
  width = 2 * length;
  if (width == 0)
    {
      if (f->wid_present)
        _ml_fmt_write_padding (f, f->wid);
      return;
    }
  if (f->space)
    {
      if (f->sharp)
        width *= 2;
      width += length - 1;
    }
  else if (f->sharp)
    width += 2;
  if (f->wid_present && (gsize) f->wid > width && !f->minus)
    _ml_fmt_write_padding (f, f->wid - (gint) width);
  if (f->sharp)
    {
      g_string_append_c (f->buf, '0');
      g_string_append_c (f->buf, digits[16]);
    }
  for (gsize i = 0; i < length; i++)
    {
      guchar c = s[i];

      if (f->space && i > 0)
        {
          g_string_append_c (f->buf, ' ');
          if (f->sharp)
            {
              g_string_append_c (f->buf, '0');
              g_string_append_c (f->buf, digits[16]);
            }
        }
      g_string_append_c (f->buf, digits[c >> 4]);
      g_string_append_c (f->buf, digits[c & 0xF]);
    }
  if (f->wid_present && (gsize) f->wid > width && f->minus)
    _ml_fmt_write_padding (f, f->wid - (gint) width);
}

/* %q of a string: Go's double-quoted literal (ASCII only with +), or with # a raw one when
 * it can be. */
void
_ml_fmt_q (MlFmt      *f,
           const char *s,
           gsize       len)
{
  g_autoptr(GString) q = g_string_new (NULL);

  len = truncated (f, s, len);
  if (f->sharp && _ml_strconv_can_backquote (s, len))
    {
      g_string_append_c (q, '`');
      g_string_append_len (q, s, len);
      g_string_append_c (q, '`');
    }
  else
    _ml_strconv_append_quote (q, s, len, f->plus);
  _ml_fmt_pad (f, q->str, q->len);
}

/* %c: the character, U+FFFD when @c is no rune. */
void
_ml_fmt_c (MlFmt   *f,
           guint64  c)
{
  char buf[8];
  gunichar r = c > 0x10FFFF || (c >= 0xD800 && c < 0xE000) ? 0xFFFD : (gunichar) c;
  gint n = g_unichar_to_utf8 (r, buf);

  _ml_fmt_pad (f, buf, n);
}

/* %q of a rune: Go's single-quoted literal. */
void
_ml_fmt_qc (MlFmt   *f,
            guint64  c)
{
  g_autoptr(GString) q = g_string_new (NULL);

  _ml_strconv_append_quote_rune (q, c > 0x10FFFF ? 0xFFFD : (gunichar) c, f->plus);
  _ml_fmt_pad (f, q->str, q->len);
}

/* With #, the point and the zeros a %g or %x keeps (format.go's sharp handling of fmtFloat). */
static void
sharp_float (GString *num,
             char     verb,
             gint     prec)
{
  gint digits = 0;
  gboolean has_point = FALSE, nonzero = FALSE;
  g_autofree char *tail = NULL;

  if (verb == 'v' || verb == 'g' || verb == 'G' || verb == 'x')
    digits = prec == -1 ? 6 : prec;
  for (gsize i = 1; i < num->len; i++)
    {
      char c = num->str[i];

      if (c == '.')
        has_point = TRUE;
      else if (c == 'p' || c == 'P' || ((c == 'e' || c == 'E') && verb != 'x' && verb != 'X'))
        {
          tail = g_strdup (num->str + i);
          g_string_truncate (num, i);
          break;
        }
      else
        {
          if (c != '0')
            nonzero = TRUE;
          if (nonzero)
            digits--;
        }
    }
  if (!has_point)
    {
      if (num->len == 2 && num->str[1] == '0')
        digits--;
      g_string_append_c (num, '.');
    }
  for (; digits > 0; digits--)
    g_string_append_c (num, '0');
  if (tail != NULL)
    g_string_append (num, tail);
}

/* fmtFloat: @v (of @size bits) as strconv's @verb with the precision (@prec unless one was
 * given), the sign or space, and zeros after the sign; Inf and NaN are never zero-padded. */
void
_ml_fmt_float (MlFmt *f,
               double v,
               guint  size,
               char   verb,
               gint   prec)
{
  g_autoptr(GString) num = g_string_new ("+");
  gboolean zero = f->zero;

  if (f->prec_present)
    prec = f->prec;
  _ml_strconv_append_float (num, v, verb, prec, size);
  if (num->str[1] == '-' || num->str[1] == '+')
    g_string_erase (num, 0, 1);
  if (f->space && num->str[0] == '+' && !f->plus)
    num->str[0] = ' ';
  if (num->str[1] == 'I' || num->str[1] == 'N')
    {
      f->zero = FALSE;
      if (num->str[1] == 'N' && !f->space && !f->plus)
        g_string_erase (num, 0, 1);
      _ml_fmt_pad (f, num->str, num->len);
      f->zero = zero;
      return;
    }
  if (f->sharp && verb != 'b')
    sharp_float (num, verb, prec);
  if (f->plus || num->str[0] != '+')
    {
      if (f->zero && !f->minus && f->wid_present && f->wid > (gint) num->len)
        {
          g_string_append_c (f->buf, num->str[0]);
          _ml_fmt_write_padding (f, f->wid - (gint) num->len);
          g_string_append_len (f->buf, num->str + 1, num->len - 1);
          return;
        }
      _ml_fmt_pad (f, num->str, num->len);
      return;
    }
  _ml_fmt_pad (f, num->str + 1, num->len - 1);
}
