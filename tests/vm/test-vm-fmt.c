/* test-vm-fmt.c
 *
 * Copyright 2026 The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * fmt's formatting functions on their own, against what Go 1.27 prints: strconv's
 * AppendFloat for every format (shortest digits of float64 and float32, fixed precision and
 * its rounding, %x and %b, zeros, infinities and NaN), Quote and QuoteRune with and without
 * ASCII only, and format.go's integer, Unicode, hexadecimal, string and float formatting
 * under flags, width and precision.  The corpora check the printer around them; these pin
 * the corner cases a program would need many lines to reach.
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include "ml-vm-fmt-private.h"

typedef struct
{
  double      v;
  char        fmt;
  gint        prec;
  guint       bits;
  const char *go;
} FloatCase;

/* strconv.FormatFloat(v, fmt, prec, bits), as Go 1.27 printed it. */
static const FloatCase float_cases[] = {
  { 1.23456789e+08, 'g', -1, 64, "1.23456789e+08" },
  { 1e+21, 'g', -1, 64, "1e+21" },
  { 1e+20, 'f', -1, 64, "100000000000000000000" },
  { 0.0001, 'g', -1, 64, "0.0001" },
  { 1e-05, 'g', -1, 64, "1e-05" },
  { 0.3333333333333333, 'g', -1, 32, "0.33333334" },
  { 0.1, 'e', -1, 32, "1e-01" },
  { 2.5, 'f', 0, 64, "2" },
  { 3.5, 'f', 0, 64, "4" },
  { 2.675, 'f', 2, 64, "2.67" },
  { 1e+23, 'e', -1, 64, "1e+23" },
  { 5e-324, 'g', -1, 64, "5e-324" },
  { 1.7976931348623157e+308, 'e', 3, 64, "1.798e+308" },
  { 100000, 'g', 3, 64, "1e+05" },
  { 123456, 'G', 2, 64, "1.2E+05" },
  { 0, 'e', 0, 64, "0e+00" },
  { 0, 'g', -1, 64, "0" },
  { -0.0, 'f', 2, 64, "-0.00" },
  { 3.5, 'x', -1, 64, "0x1.cp+01" },
  { 1, 'x', 0, 64, "0x1p+00" },
  { 0.1, 'X', 3, 64, "0X1.99AP-04" },
  { 1.5, 'b', -1, 64, "6755399441055744p-52" },
  { 0.1, 'b', -1, 32, "13421773p-27" },
  { -INFINITY, 'g', -1, 64, "-Inf" },
  { NAN, 'f', 3, 64, "NaN" },
  { 9.999, 'g', 2, 64, "10" },
  { 1.2345e-05, 'g', 3, 64, "1.23e-05" },
  { 1e-07, 'f', 10, 64, "0.0000001000" },
  { 1.6777216e+07, 'g', -1, 32, "1.6777216e+07" },
  { 3.4028235e+38, 'g', -1, 32, "3.4028235e+38" },
};

static void
test_append_float (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (float_cases); i++)
    {
      const FloatCase *c = &float_cases[i];
      g_autoptr(GString) out = g_string_new (NULL);

      _ml_strconv_append_float (out, c->v, c->fmt, c->prec, c->bits);
      g_assert_cmpstr (out->str, ==, c->go);
    }
}

static void
test_quote (void)
{
  static const struct { const char *s; const char *quote; const char *ascii; } cases[] = {
    { "año\t\"x\"\\", "\"año\\t\\\"x\\\"\\\\\"", "\"a\\u00f1o\\t\\\"x\\\"\\\\\"" },
    { "\x00\a\x7f\xff", "\"\\x00\\a\\x7f\\xff\"", "\"\\x00\\a\\x7f\\xff\"" },
    { "日本\u200b\U0001F600", "\"日本\\u200b\U0001F600\"",
      "\"\\u65e5\\u672c\\u200b\\U0001f600\"" },
  };
  static const struct { gunichar r; const char *quote; const char *ascii; } runes[] = {
    { '\'', "'\\''", "'\\''" },
    { 0xF1, "'ñ'", "'\\u00f1'" },
    { 0x110000, "'\xEF\xBF\xBD'", "'\\ufffd'" },
    { 0xD800, "'\xEF\xBF\xBD'", "'\\ufffd'" },
    { 0x1B, "'\\x1b'", "'\\x1b'" },
    { 0x1F600, "'\U0001F600'", "'\\U0001f600'" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GString) q = g_string_new (NULL);
      g_autoptr(GString) a = g_string_new (NULL);
      gsize len = i == 1 ? 4 : strlen (cases[i].s);

      _ml_strconv_append_quote (q, cases[i].s, len, FALSE);
      _ml_strconv_append_quote (a, cases[i].s, len, TRUE);
      g_assert_cmpstr (q->str, ==, cases[i].quote);
      g_assert_cmpstr (a->str, ==, cases[i].ascii);
    }
  for (guint i = 0; i < G_N_ELEMENTS (runes); i++)
    {
      g_autoptr(GString) q = g_string_new (NULL);
      g_autoptr(GString) a = g_string_new (NULL);

      _ml_strconv_append_quote_rune (q, runes[i].r, FALSE);
      _ml_strconv_append_quote_rune (a, runes[i].r, TRUE);
      g_assert_cmpstr (q->str, ==, runes[i].quote);
      g_assert_cmpstr (a->str, ==, runes[i].ascii);
    }
  g_assert_true (_ml_strconv_can_backquote ("tab\there", 8));
  g_assert_false (_ml_strconv_can_backquote ("a`b", 3));
  g_assert_false (_ml_strconv_can_backquote ("\xff", 1));
}

/* Sets @f's flags, width and precision from @spec, as Printf reads them ("-+8", "08.3"). */
static void
flags (MlFmt      *f,
       const char *spec)
{
  _ml_fmt_clear_flags (f);
  for (; *spec != '\0' && strchr ("-+# 0", *spec) != NULL; spec++)
    switch (*spec)
      {
      case '-': f->minus = TRUE; break;
      case '+': f->plus = TRUE; break;
      case '#': f->sharp = TRUE; break;
      case ' ': f->space = TRUE; break;
      default: f->zero = TRUE; break;
      }
  if (g_ascii_isdigit (*spec))
    {
      f->wid_present = TRUE;
      f->wid = (gint) g_ascii_strtoll (spec, (char **) &spec, 10);
    }
  if (*spec == '.')
    {
      f->prec_present = TRUE;
      f->prec = (gint) g_ascii_strtoll (spec + 1, NULL, 10);
    }
}

/* Each group as Go printed fmt.Sprintf of the same verbs and operands, joined by '|'. */
static void
test_format (void)
{
  g_autoptr(GString) buf = g_string_new (NULL);
  MlFmt f = { .buf = buf };

#define SEP() g_string_append_c (buf, '|')
  flags (&f, "-+8"); _ml_fmt_integer (&f, 42, 10, TRUE, 'd', ML_FMT_LDIGITS); SEP ();
  flags (&f, "08.3"); _ml_fmt_integer (&f, (guint64) -7, 10, TRUE, 'd', ML_FMT_LDIGITS); SEP ();
  flags (&f, "#"); _ml_fmt_integer (&f, 8, 8, TRUE, 'o', ML_FMT_LDIGITS); SEP ();
  flags (&f, ""); _ml_fmt_integer (&f, 8, 8, TRUE, 'O', ML_FMT_LDIGITS); SEP ();
  flags (&f, "#"); _ml_fmt_integer (&f, 255, 16, TRUE, 'X', ML_FMT_UDIGITS); SEP ();
  flags (&f, " "); _ml_fmt_integer (&f, 5, 10, TRUE, 'd', ML_FMT_LDIGITS); SEP ();
  flags (&f, ".0"); _ml_fmt_integer (&f, 0, 10, TRUE, 'd', ML_FMT_LDIGITS); SEP ();
  flags (&f, "#"); _ml_fmt_integer (&f, 5, 2, TRUE, 'b', ML_FMT_LDIGITS);
  g_assert_cmpstr (buf->str, ==, "+42     |    -007|010|0o10|0XFF| 5||0b101");

  g_string_truncate (buf, 0);
  flags (&f, "#"); _ml_fmt_unicode (&f, 0xF1); SEP ();
  flags (&f, "-8"); _ml_fmt_unicode (&f, 'x'); SEP ();
  flags (&f, ".6"); _ml_fmt_unicode (&f, 0x41); SEP ();
  flags (&f, ""); _ml_fmt_unicode (&f, 0xD800);
  g_assert_cmpstr (buf->str, ==, "U+00F1 'ñ'|U+0078  |U+000041|U+D800");

  g_string_truncate (buf, 0);
  flags (&f, " #"); _ml_fmt_sbx (&f, "hola", 4, ML_FMT_LDIGITS); SEP ();
  flags (&f, "-7.2"); _ml_fmt_sbx (&f, "hola", 4, ML_FMT_UDIGITS); SEP ();
  flags (&f, "07"); _ml_fmt_sbx (&f, "ab", 2, ML_FMT_LDIGITS); SEP ();
  flags (&f, ""); _ml_fmt_sbx (&f, "", 0, ML_FMT_LDIGITS);
  g_assert_cmpstr (buf->str, ==, "0x68 0x6f 0x6c 0x61|686F   |0006162|");

  g_string_truncate (buf, 0);
  flags (&f, "6.2"); _ml_fmt_s (&f, "año", strlen ("año")); SEP ();
  flags (&f, "-5"); _ml_fmt_s (&f, "ñ", strlen ("ñ")); SEP ();
  flags (&f, "05"); _ml_fmt_s (&f, "ab", 2); SEP ();
  flags (&f, "#"); _ml_fmt_q (&f, "a`b", 3); SEP ();
  flags (&f, "+"); _ml_fmt_q (&f, "ñ", strlen ("ñ")); SEP ();
  flags (&f, "#"); _ml_fmt_q (&f, "tab\t", 4);
  g_assert_cmpstr (buf->str, ==, "    añ|ñ    |000ab|\"a`b\"|\"\\u00f1\"|`tab\t`");

  g_string_truncate (buf, 0);
  flags (&f, "+08.2"); _ml_fmt_float (&f, 3.14159, 64, 'f', 6); SEP ();
  flags (&f, "-8.1"); _ml_fmt_float (&f, 1234.5, 64, 'e', 6); SEP ();
  flags (&f, " "); _ml_fmt_float (&f, 2.0, 64, 'g', -1); SEP ();
  flags (&f, "#.3"); _ml_fmt_float (&f, 1.0, 64, 'g', -1); SEP ();
  flags (&f, "#"); _ml_fmt_float (&f, 1e-7, 64, 'g', -1); SEP ();
  flags (&f, "08"); _ml_fmt_float (&f, -INFINITY, 64, 'f', 6); SEP ();
  flags (&f, "+.0"); _ml_fmt_float (&f, 0.5, 64, 'f', 6);
  g_assert_cmpstr (buf->str, ==, "+0003.14|1.2e+03 | 2|1.00|1.00000e-07|    -Inf|+0");
#undef SEP
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/vm/fmt/append-float", test_append_float);
  g_test_add_func ("/vm/fmt/quote", test_quote);
  g_test_add_func ("/vm/fmt/format", test_format);
  return g_test_run ();
}
