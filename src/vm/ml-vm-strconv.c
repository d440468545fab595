/* ml-vm-strconv.c
 *
 * Copyright 2026 The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The parts of Go's strconv that fmt prints with: AppendFloat for every float format
 * ('e' 'E' 'f' 'g' 'G' 'x' 'X' 'b', the shortest representation that reads back as the same
 * number when there is no precision, internal/strconv/ftoa.go's fmtEFG, fmtX and fmtB),
 * Quote, QuoteToASCII, QuoteRune and QuoteRuneToASCII with Go's escapes (quote.go), and
 * UTF-8 decoding as unicode/utf8 does it (an invalid byte is one U+FFFD).  Separate from fmt
 * because none of it knows about verbs, flags or simulated memory; the digits themselves come
 * from the C library's correctly rounded conversions, in the C locale.
 */

#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "ml-vm-fmt-private.h"

static const char lowerhex[] = "0123456789abcdef";
static const char upperhex[] = "0123456789ABCDEF";

/**
 * _ml_utf8_decode:
 * @s: bytes
 * @len: how many, at least 1
 * @width: (out): how many bytes the rune took
 *
 * utf8.DecodeRune: the first rune of @s, or U+FFFD with width 1 for an invalid byte.
 *
 * Returns: the rune
 */
gunichar
_ml_utf8_decode (const char *s,
                 gsize       len,
                 gsize      *width)
{
  guchar c = (guchar) s[0];
  gunichar r;

  if (c < 0x80)
    {
      *width = 1;
      return c;
    }
  r = g_utf8_get_char_validated (s, len);
  if (r == (gunichar) -1 || r == (gunichar) -2)
    {
      *width = 1;
      return 0xFFFD;
    }
  *width = g_unichar_to_utf8 (r, NULL);
  return r;
}

/* utf8.RuneCount: invalid bytes count one each. */
gsize
_ml_utf8_rune_count (const char *s,
                     gsize       len)
{
  gsize n = 0;

  for (gsize i = 0; i < len; n++)
    {
      gsize w;

      _ml_utf8_decode (s + i, len - i, &w);
      i += w;
    }
  return n;
}

/* strconv.IsPrint: letters, marks, numbers, punctuation, symbols and the ASCII space. */
gboolean
_ml_strconv_is_print (gunichar r)
{
  GUnicodeType t;

  if (r < 0x80)
    return r >= 0x20 && r < 0x7f;
  if (r > 0x10FFFF)
    return FALSE;
  t = g_unichar_type (r);
  return !(t == G_UNICODE_CONTROL || t == G_UNICODE_FORMAT || t == G_UNICODE_UNASSIGNED
           || t == G_UNICODE_PRIVATE_USE || t == G_UNICODE_SURROGATE
           || t == G_UNICODE_LINE_SEPARATOR || t == G_UNICODE_PARAGRAPH_SEPARATOR
           || t == G_UNICODE_SPACE_SEPARATOR);
}

/* strconv's appendEscapedRune. */
static void
append_escaped_rune (GString  *out,
                     gunichar  r,
                     char      quote,
                     gboolean  ascii_only)
{
  if (r == (gunichar) quote || r == '\\')
    {
      g_string_append_c (out, '\\');
      g_string_append_unichar (out, r);
      return;
    }
  if (ascii_only ? r < 0x80 && _ml_strconv_is_print (r) : _ml_strconv_is_print (r))
    {
      g_string_append_unichar (out, r);
      return;
    }
  switch (r)
    {
    case '\a': g_string_append (out, "\\a"); return;
    case '\b': g_string_append (out, "\\b"); return;
    case '\f': g_string_append (out, "\\f"); return;
    case '\n': g_string_append (out, "\\n"); return;
    case '\r': g_string_append (out, "\\r"); return;
    case '\t': g_string_append (out, "\\t"); return;
    case '\v': g_string_append (out, "\\v"); return;
    default:
      break;
    }
  if (r < ' ' || r == 0x7f)
    g_string_append_printf (out, "\\x%c%c", lowerhex[r >> 4], lowerhex[r & 0xF]);
  else
    {
      if (r > 0x10FFFF || (r >= 0xD800 && r < 0xE000))
        r = 0xFFFD;
      if (r < 0x10000)
        g_string_append_printf (out, "\\u%04x", r);
      else
        g_string_append_printf (out, "\\U%08x", r);
    }
}

/* strconv.Quote (or QuoteToASCII when @ascii_only) of the bytes @s. */
void
_ml_strconv_append_quote (GString    *out,
                          const char *s,
                          gsize       len,
                          gboolean    ascii_only)
{
  g_string_append_c (out, '"');
  for (gsize i = 0; i < len;)
    {
      gsize w;
      gunichar r = _ml_utf8_decode (s + i, len - i, &w);

      if (w == 1 && r == 0xFFFD)
        g_string_append_printf (out, "\\x%c%c", lowerhex[(guchar) s[i] >> 4],
                                lowerhex[(guchar) s[i] & 0xF]);
      else
        append_escaped_rune (out, r, '"', ascii_only);
      i += w;
    }
  g_string_append_c (out, '"');
}

/* strconv.QuoteRune (or QuoteRuneToASCII): an invalid rune is U+FFFD. */
void
_ml_strconv_append_quote_rune (GString  *out,
                               gunichar  r,
                               gboolean  ascii_only)
{
  if (r > 0x10FFFF || (r >= 0xD800 && r < 0xE000))
    r = 0xFFFD;
  g_string_append_c (out, '\'');
  append_escaped_rune (out, r, '\'', ascii_only);
  g_string_append_c (out, '\'');
}

/* strconv.CanBackquote. */
gboolean
_ml_strconv_can_backquote (const char *s,
                           gsize       len)
{
  for (gsize i = 0; i < len;)
    {
      gsize w;
      gunichar r = _ml_utf8_decode (s + i, len - i, &w);

      i += w;
      if (w > 1)
        {
          if (r == 0xFEFF)
            return FALSE;
          continue;
        }
      if (r == 0xFFFD)
        return FALSE;
      if ((r < ' ' && r != '\t') || r == '`' || r == 0x7F)
        return FALSE;
    }
  return TRUE;
}

/* The decimal digits of |@v| (nonzero), without leading or trailing zeros, into @digs, and
 * where the decimal point is (*@dp digits from the left).  @mode 's': the shortest digits
 * that read back as @v at @bits; 'e': @n significant digits; 'f': rounded at @n digits after
 * the point.  Rounding is the C library's: exact, halfway cases to even, as Go's. */
static void
decimal_digits (double   v,
                guint    bits,
                char     mode,
                gint     n,
                GString *digs,
                gint    *dp)
{
  gsize size = (gsize) MAX (n, 0) + 400;
  g_autofree char *buf = g_malloc (size);
  char spec[32];
  char *p;
  gint exp = 0;

  v = fabs (v);
  if (mode == 's')
    {
      for (gint k = 1; k <= 17; k++)
        {
          g_snprintf (spec, sizeof spec, "%%.%de", k - 1);
          g_ascii_formatd (buf, size, spec, v);
          if (bits == 32 ? (float) g_ascii_strtod (buf, NULL) == (float) v
                         : g_ascii_strtod (buf, NULL) == v)
            break;
        }
    }
  else
    {
      g_snprintf (spec, sizeof spec, mode == 'e' ? "%%.%de" : "%%.%df",
                  mode == 'e' ? MAX (n - 1, 0) : MAX (n, 0));
      g_ascii_formatd (buf, size, spec, v);
    }
  g_string_truncate (digs, 0);
  *dp = 0;
  for (p = buf; *p != '\0' && *p != 'e'; p++)
    {
      if (*p == '.')
        continue;
      if (*p == '0' && digs->len == 0)
        {
          /* A leading zero after the point moves the point left. */
          if (strchr (buf, '.') != NULL && p > strchr (buf, '.'))
            (*dp)--;
          continue;
        }
      g_string_append_c (digs, *p);
    }
  {
    const char *point = strchr (buf, '.');
    gsize int_digits = point != NULL ? (gsize) (point - buf) : (gsize) (p - buf);
    gsize lead = 0;

    /* Integer digits other than leading zeros put the point to the right. */
    while (lead < int_digits && buf[lead] == '0')
      lead++;
    if (int_digits > lead)
      *dp = (gint) (int_digits - lead);
  }
  if (*p == 'e')
    exp = atoi (p + 1);
  *dp += exp;
  while (digs->len > 0 && digs->str[digs->len - 1] == '0')
    g_string_truncate (digs, digs->len - 1);
  if (digs->len == 0)
    *dp = 0;
}

/* internal/strconv's fmtEFG: %e, %f or %g of the digits @s (@nd of them, point at @dp). */
static void
fmt_efg (GString    *out,
         gboolean    neg,
         const char *s,
         gint        dp,
         gint        nd,
         gint        prec,
         char        fmt,
         gboolean    shortest)
{
  if (fmt == 'g' || fmt == 'G')
    {
      gint eprec = prec;
      gint exp = dp - 1;

      if (eprec > nd && nd >= dp)
        eprec = nd;
      if (shortest)
        eprec = 6;
      if (exp < -4 || exp >= eprec)
        {
          if (prec > nd)
            prec = nd;
          prec--;
          fmt = fmt + 'e' - 'g';
        }
      else
        {
          if (prec > dp)
            prec = nd;
          prec = MAX (prec - dp, 0);
          fmt = 'f';
        }
    }
  if (neg)
    g_string_append_c (out, '-');
  if (fmt == 'e' || fmt == 'E')
    {
      gint exp = nd == 0 ? 0 : dp - 1;

      g_string_append_c (out, nd != 0 ? s[0] : '0');
      if (prec > 0)
        {
          gint m = MIN (nd, prec + 1);

          g_string_append_c (out, '.');
          if (m > 1)
            g_string_append_len (out, s + 1, m - 1);
          for (gint i = MAX (m, 1); i < prec + 1; i++)
            g_string_append_c (out, '0');
        }
      g_string_append_c (out, fmt);
      g_string_append_c (out, exp < 0 ? '-' : '+');
      exp = ABS (exp);
      if (exp < 10)
        g_string_append_printf (out, "0%d", exp);
      else
        g_string_append_printf (out, "%d", exp);
      return;
    }
  /* %f */
  if (dp > 0)
    {
      gint m = MIN (nd, dp);

      g_string_append_len (out, s, m);
      for (gint i = m; i < dp; i++)
        g_string_append_c (out, '0');
    }
  else
    g_string_append_c (out, '0');
  if (prec > 0)
    {
      gint lz = MIN (prec, MAX (0, -dp));
      gint off = dp + lz;
      gint m = MIN (prec - lz, MAX (0, nd - off));
      gint tz = MAX (0, prec - lz - m);

      g_string_append_c (out, '.');
      for (gint i = 0; i < lz; i++)
        g_string_append_c (out, '0');
      g_string_append_len (out, s + off, m);
      for (gint i = 0; i < tz; i++)
        g_string_append_c (out, '0');
    }
}

/* internal/strconv's fmtX: %x of a float, -0x1.yyyyp±dd. */
static void
fmt_x (GString  *out,
       gint      prec,
       char      fmt,
       gboolean  neg,
       guint64   mant,
       gint      exp,
       gint      mant_bits)
{
  const char *hex = fmt == 'X' ? upperhex : lowerhex;
  const guint64 one = G_GUINT64_CONSTANT (1);

  if (mant == 0)
    exp = 0;
  mant <<= 60 - mant_bits;
  while (mant != 0 && (mant & (one << 60)) == 0)
    {
      mant <<= 1;
      exp--;
    }
  if (prec >= 0 && prec < 15)
    {
      guint shift = prec * 4;
      guint64 extra = (mant << shift) & ((one << 60) - 1);

      mant >>= 60 - shift;
      if ((extra | (mant & 1)) > (one << 59))
        mant++;
      mant <<= 60 - shift;
      if (mant & (one << 61))
        {
          mant >>= 1;
          exp++;
        }
    }
  if (neg)
    g_string_append_c (out, '-');
  g_string_append_c (out, '0');
  g_string_append_c (out, fmt);
  g_string_append_c (out, '0' + (char) ((mant >> 60) & 1));
  mant <<= 4;
  if (prec < 0 && mant != 0)
    {
      g_string_append_c (out, '.');
      while (mant != 0)
        {
          g_string_append_c (out, hex[(mant >> 60) & 15]);
          mant <<= 4;
        }
    }
  else if (prec > 0)
    {
      g_string_append_c (out, '.');
      for (gint i = 0; i < prec; i++)
        {
          g_string_append_c (out, hex[(mant >> 60) & 15]);
          mant <<= 4;
        }
    }
  g_string_append_c (out, fmt == 'X' ? 'P' : 'p');
  g_string_append_c (out, exp < 0 ? '-' : '+');
  g_string_append_printf (out, "%02d", ABS (exp));
}

/**
 * _ml_strconv_append_float:
 * @out: where to append
 * @v: the number (a float32's value when @bits is 32)
 * @fmt: 'e', 'E', 'f', 'g', 'G', 'x', 'X' or 'b'
 * @prec: the precision, or -1 for the shortest representation
 * @bits: 32 or 64
 *
 * strconv.AppendFloat.
 */
void
_ml_strconv_append_float (GString *out,
                          double   v,
                          char     fmt,
                          gint     prec,
                          guint    bits)
{
  gint mant_bits = bits == 32 ? 23 : 52, exp_bits = bits == 32 ? 8 : 11;
  gint bias = bits == 32 ? -127 : -1023;
  guint64 b, mant;
  gint exp;
  gboolean neg;
  g_autoptr(GString) digs = NULL;
  gint dp;

  if (bits == 32)
    {
      float f = (float) v;
      guint32 w;

      memcpy (&w, &f, 4);
      b = w;
      v = f;
    }
  else
    memcpy (&b, &v, 8);
  neg = (b >> (exp_bits + mant_bits)) != 0;
  exp = (gint) ((b >> mant_bits) & ((G_GUINT64_CONSTANT (1) << exp_bits) - 1));
  mant = b & ((G_GUINT64_CONSTANT (1) << mant_bits) - 1);
  if (exp == (1 << exp_bits) - 1)
    {
      g_string_append (out, mant != 0 ? "NaN" : neg ? "-Inf" : "+Inf");
      return;
    }
  if (exp == 0)
    exp++;
  else
    mant |= G_GUINT64_CONSTANT (1) << mant_bits;
  exp += bias;
  if (fmt == 'b')
    {
      g_string_append_printf (out, "%s%" G_GUINT64_FORMAT "p%s%d", neg ? "-" : "", mant,
                              exp - mant_bits >= 0 ? "+" : "", exp - mant_bits);
      return;
    }
  if (fmt == 'x' || fmt == 'X')
    {
      fmt_x (out, prec, fmt, neg, mant, exp, mant_bits);
      return;
    }
  if (mant == 0)
    {
      fmt_efg (out, neg, "", 0, 0, prec, fmt, prec < 0);
      return;
    }
  digs = g_string_new (NULL);
  if (prec < 0)
    {
      decimal_digits (v, bits, 's', 0, digs, &dp);
      switch (fmt)
        {
        case 'e': case 'E':
          prec = MAX ((gint) digs->len - 1, 0);
          break;
        case 'f':
          prec = MAX ((gint) digs->len - dp, 0);
          break;
        default:
          prec = digs->len;
          break;
        }
      fmt_efg (out, neg, digs->str, dp, digs->len, prec, fmt, TRUE);
      return;
    }
  switch (fmt)
    {
    case 'e': case 'E':
      decimal_digits (v, bits, 'e', prec + 1, digs, &dp);
      break;
    case 'f':
      decimal_digits (v, bits, 'f', prec, digs, &dp);
      break;
    default:
      if (prec == 0)
        prec = 1;
      decimal_digits (v, bits, 'e', prec, digs, &dp);
      break;
    }
  fmt_efg (out, neg, digs->str, dp, digs->len, prec, fmt, FALSE);
}

/* internal/strconv's underscoreOK: underscores only between digits, or after a base prefix. */
static gboolean
underscore_ok (const char *s,
               gsize       len)
{
  char saw = '^';
  gsize i = 0;
  gboolean hex = FALSE;

  if (len >= 1 && (s[0] == '-' || s[0] == '+'))
    {
      s++;
      len--;
    }
  if (len >= 2 && s[0] == '0' && strchr ("boxBOX", s[1]) != NULL)
    {
      i = 2;
      saw = '0';
      hex = g_ascii_tolower (s[1]) == 'x';
    }
  for (; i < len; i++)
    {
      if (g_ascii_isdigit (s[i]) || (hex && g_ascii_isxdigit (s[i])))
        {
          saw = '0';
          continue;
        }
      if (s[i] == '_')
        {
          if (saw != '0')
            return FALSE;
          saw = '_';
          continue;
        }
      if (saw == '_')
        return FALSE;
      saw = '!';
    }
  return saw != '_';
}

/* Whether all of @s is a number as internal/strconv's readFloat reads one: a sign, decimal
 * digits with a point and an exponent, or hexadecimal ones with a mandatory p exponent. */
static gboolean
read_float (const char *s,
            gsize       len)
{
  gsize i = 0;
  gboolean hex = FALSE, sawdot = FALSE, sawdigits = FALSE, underscores = FALSE;

  if (i < len && (s[i] == '+' || s[i] == '-'))
    i++;
  if (i + 2 < len && s[i] == '0' && g_ascii_tolower (s[i + 1]) == 'x')
    {
      hex = TRUE;
      i += 2;
    }
  for (; i < len; i++)
    {
      if (s[i] == '_')
        underscores = TRUE;
      else if (s[i] == '.' && !sawdot)
        sawdot = TRUE;
      else if (g_ascii_isdigit (s[i]) || (hex && g_ascii_isxdigit (s[i])))
        sawdigits = TRUE;
      else
        break;
    }
  if (!sawdigits)
    return FALSE;
  if (i < len && g_ascii_tolower (s[i]) == (hex ? 'p' : 'e'))
    {
      i++;
      if (i < len && (s[i] == '+' || s[i] == '-'))
        i++;
      if (i >= len || !g_ascii_isdigit (s[i]))
        return FALSE;
      for (; i < len && (g_ascii_isdigit (s[i]) || s[i] == '_'); i++)
        underscores |= s[i] == '_';
    }
  else if (hex)
    return FALSE;
  if (underscores && !underscore_ok (s, i))
    return FALSE;
  return i == len;
}

/* internal/strconv's special: "inf" or "infinity" with an optional sign, or "nan", in any
 * case, as all of @s. */
static gboolean
special_float (const char *s,
               gsize       len,
               double     *out)
{
  gboolean neg = len > 0 && s[0] == '-';
  gsize sign = len > 0 && (s[0] == '-' || s[0] == '+');

  if ((len - sign == 3 && g_ascii_strncasecmp (s + sign, "inf", 3) == 0)
      || (len - sign == 8 && g_ascii_strncasecmp (s + sign, "infinity", 8) == 0))
    {
      *out = neg ? -INFINITY : INFINITY;
      return TRUE;
    }
  if (len == 3 && g_ascii_strncasecmp (s, "nan", 3) == 0)
    {
      *out = NAN;
      return TRUE;
    }
  return FALSE;
}

/**
 * _ml_strconv_parse_float:
 * @s: the text
 * @len: its length
 * @bits: 32 or 64
 * @out: (out): the number (0 for a syntax error, ±Inf out of range)
 *
 * strconv.ParseFloat; the digits are the C library's correctly rounded conversion.
 *
 * Returns: 0, or 1 for ErrSyntax, 2 for ErrRange
 */
guint
_ml_strconv_parse_float (const char *s,
                         gsize       len,
                         guint       bits,
                         double     *out)
{
  g_autoptr(GString) clean = NULL;
  double d;

  *out = 0;
  if (special_float (s, len, out))
    return 0;
  if (!read_float (s, len))
    return 1;
  clean = g_string_sized_new (len);
  for (gsize i = 0; i < len; i++)
    if (s[i] != '_')
      g_string_append_c (clean, s[i]);
  d = g_ascii_strtod (clean->str, NULL);
  if (bits == 32)
    d = (float) d;
  *out = d;
  return isinf (d) ? 2 : 0;
}
