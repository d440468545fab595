/* ml-vm-fmt-private.h
 *
 * Copyright 2026 The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What fmt's files share: strconv's number and quoting routines fmt prints with
 * (ml-vm-strconv.c), the raw formatter of fmt/format.go with its flags, width and precision
 * (ml-vm-fmt-format.c), and the printer of fmt/print.go that the Error() and String()
 * methods' results go back to (ml-vm-fmt.c, ml-vm-fmt-methods.c).  None of it reads
 * simulated memory but the printer.
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* ml-vm-strconv.c */
void      _ml_strconv_append_float      (GString    *out,
                                         double      v,
                                         char        fmt,
                                         gint        prec,
                                         guint       bits);
guint     _ml_strconv_parse_float       (const char *s,
                                         gsize       len,
                                         guint       bits,
                                         double     *out);
void      _ml_strconv_append_quote      (GString    *out,
                                         const char *s,
                                         gsize       len,
                                         gboolean    ascii_only);
void      _ml_strconv_append_quote_rune (GString    *out,
                                         gunichar    r,
                                         gboolean    ascii_only);
gboolean  _ml_strconv_can_backquote     (const char *s,
                                         gsize       len);
gboolean  _ml_strconv_is_print          (gunichar    r);
gunichar  _ml_utf8_decode               (const char *s,
                                         gsize       len,
                                         gsize      *width);
gsize     _ml_utf8_rune_count           (const char *s,
                                         gsize       len);

/* ml-vm-fmt-format.c: fmt/format.go's fmt, printing into @buf. */
typedef struct
{
  GString  *buf;
  gboolean  wid_present;
  gboolean  prec_present;
  gboolean  minus;
  gboolean  plus;
  gboolean  sharp;
  gboolean  space;
  gboolean  zero;
  /* %+v and %#v: set instead of plus and sharp, which they clear. */
  gboolean  plus_v;
  gboolean  sharp_v;
  gint      wid;
  gint      prec;
} MlFmt;

#define ML_FMT_LDIGITS "0123456789abcdefx"
#define ML_FMT_UDIGITS "0123456789ABCDEFX"

void      _ml_fmt_clear_flags           (MlFmt      *f);
void      _ml_fmt_write_padding         (MlFmt      *f,
                                         gint        n);
void      _ml_fmt_pad                   (MlFmt      *f,
                                         const char *s,
                                         gsize       len);
void      _ml_fmt_boolean               (MlFmt      *f,
                                         gboolean    v);
void      _ml_fmt_unicode               (MlFmt      *f,
                                         guint64     u);
void      _ml_fmt_integer               (MlFmt      *f,
                                         guint64     u,
                                         guint       base,
                                         gboolean    is_signed,
                                         gunichar    verb,
                                         const char *digits);
void      _ml_fmt_s                     (MlFmt      *f,
                                         const char *s,
                                         gsize       len);
void      _ml_fmt_sbx                   (MlFmt      *f,
                                         const char *s,
                                         gsize       len,
                                         const char *digits);
void      _ml_fmt_q                     (MlFmt      *f,
                                         const char *s,
                                         gsize       len);
void      _ml_fmt_c                     (MlFmt      *f,
                                         guint64     c);
void      _ml_fmt_qc                    (MlFmt      *f,
                                         guint64     c);
void      _ml_fmt_float                 (MlFmt      *f,
                                         double      v,
                                         guint       size,
                                         char        verb,
                                         gint        prec);

/* ml-vm-fmt.c: fmt/print.go's pp, for the methods' results (ml-vm-fmt-methods.c). */
typedef struct _MlVmPrinter MlVmPrinter;

GString  *_ml_vm_printer_buf            (MlVmPrinter *p);
void      _ml_vm_printer_method_result  (MlVmPrinter *p,
                                         const char  *text,
                                         gunichar     verb);

G_END_DECLS
