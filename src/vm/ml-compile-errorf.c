/* ml-compile-errorf.c
 *
 * Copyright 2026 The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * fmt.Errorf with %w verbs (fmt/errors.go): the message is formatted as Sprintf formats it,
 * each %w of an error operand printed as %v, and the error that wraps the operands is built
 * by the Go code MemLab bundles for fmt (src/lang/std/fmt/errors.go), so that its
 * *fmt.wrapError or *fmt.wrapErrors is allocated as Go allocates it.  The verbs are read from
 * the constant format as fmt's doPrintf reads them.  A file of its own because it is the one
 * place where the compiler calls the standard library's Go code itself.
 */

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "ml-compiler-private.h"

/* Whether values of @t are errors: an interface with Error, or a type whose method set has
 * it. */
static gboolean
is_error_type (MlType *t)
{
  MlObject *m;

  if (t == NULL)
    return FALSE;
  if (ml_type_is_interface (t))
    return ml_type_interface_method (t, "Error", NULL) != NULL;
  m = ml_type_lookup_method (t, "Error");
  return m != NULL && (!m->pointer_recv || ml_type_underlying (t)->kind == ML_TYPE_POINTER);
}

/* Reads @format as doPrintf does, recording in @wrapped the operand of each %w verb and
 * turning the verb into %v (in @format) when its operand is an error (@args, @n_args).
 * Returns %FALSE for what the compiler does not follow: explicit argument indexes and '*'. */
static gboolean
scan_verbs (char     *format,
            gsize     len,
            MlNode  **args,
            guint     n_args,
            GArray   *wrapped)
{
  guint arg = 0;
  gsize i = 0;

  while (i < len)
    {
      guchar verb;

      while (i < len && format[i] != '%')
        i++;
      if (i >= len)
        break;
      i++;
      while (i < len && strchr ("#0+- ", format[i]) != NULL)
        i++;
      if (i < len && (format[i] == '[' || format[i] == '*'))
        return FALSE;
      while (i < len && g_ascii_isdigit (format[i]))
        i++;
      if (i < len && format[i] == '.')
        {
          i++;
          if (i < len && (format[i] == '[' || format[i] == '*'))
            return FALSE;
          while (i < len && g_ascii_isdigit (format[i]))
            i++;
        }
      if (i < len && format[i] == '[')
        return FALSE;
      if (i >= len)
        break;
      verb = format[i];
      if (verb == '%')
        {
          i++;
          continue;
        }
      if (verb == 'w' && arg < n_args)
        {
          g_array_append_val (wrapped, arg);
          if (is_error_type (args[arg]->type) && !_ml_is_nil (args[arg]))
            format[i] = 'v';
        }
      /* A verb is one rune; the next byte that is not a continuation byte starts the text.
       * A verb without an operand left (%!d(MISSING)) takes none. */
      i++;
      while (i < len && (format[i] & 0xc0) == 0x80)
        i++;
      if (arg < n_args)
        arg++;
    }
  return TRUE;
}

/* fmt.Errorf(format, args...) when the constant @format has %w verbs: their operands wrapped
 * in a *fmt.wrapError (one) or *fmt.wrapErrors (several), as an error of type @rt; %NULL
 * when Errorf is an *errors.errorString (no %w) or the format is not followed here. */
GArray *
_ml_compile_errorf_wrap (Compiler *c,
                         MlNode   *n,
                         guint     rt)
{
  MlNode *f = n->list.n > 0 ? n->list.items[0] : NULL;
  g_autoptr(GArray) wrapped = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autofree char *format = NULL;
  g_autoptr(GArray) text = NULL;
  MlFunc *one = _ml_std_func (c, "fmt", "newWrapError");
  MlFunc *many = _ml_std_func (c, "fmt", "newWrapErrors");
  MlFunc *add = _ml_std_func (c, "fmt", "(*wrapErrors).addWrapped");
  guint st = c->out->t_string, anyt = c->out->t_any;
  guint32 fmt_opnd, arr = ML_VM_NONE;
  Place msg;

  if (f == NULL || f->cval == NULL || f->cval->kind != ML_CONST_STRING
      || one == NULL || many == NULL || add == NULL)
    return NULL;
  /* Which operand a %w wraps is known here only when they are written out. */
  if (n->flags & ML_NODE_FLAG_DOTS)
    {
      if (f->cval->s != NULL && g_strstr_len (f->cval->s, f->cval->len, "%w") != NULL)
        _ml_unsupported (c, n, _("fmt.Errorf with %%w and a slice passed with ... is not supported yet"));
      return NULL;
    }
  format = g_memdup2 (f->cval->s != NULL ? f->cval->s : "", f->cval->len + 1);
  if (!scan_verbs (format, f->cval->len, n->list.items + 1, n->list.n - 1, wrapped) || wrapped->len == 0)
    return NULL;

  fmt_opnd = _ml_temp (c, st);
  emit (c, ML_OP_STRC, 0, fmt_opnd, 0, 0, _ml_add_string (c, f, format, f->cval->len), 0);
  text = _ml_compile_fmt_full (c, n, ML_FMT_SPRINTF, 1, fmt_opnd, &arr);
  if (text->len == 0 || arr == ML_VM_NONE)
    return NULL;
  msg = g_array_index (text, Place, 0);
  if (wrapped->len == 1)
    {
      guint32 args[2] = { msg.opnd, _ml_opnd_add (c, arr, g_array_index (wrapped, guint, 0) * 16) };
      guint types[2] = { st, anyt };

      return _ml_emit_std_call (c, one, args, types, 2);
    }
  else
    {
      g_autoptr(GArray) res = _ml_emit_std_call (c, many, &msg.opnd, &st, 1);
      Place e = g_array_index (res, Place, 0);

      for (guint i = 0; i < wrapped->len; i++)
        {
          guint k = g_array_index (wrapped, guint, i);
          guint32 args[2] = { e.opnd, _ml_opnd_add (c, arr, k * 16) };
          guint types[2] = { e.type, anyt };

          /* Go skips a repeated operand only when it follows itself. */
          if (i > 0 && g_array_index (wrapped, guint, i - 1) == k)
            continue;
          g_array_unref (_ml_emit_std_call (c, add, args, types, 2));
        }
      return one_result (_ml_convert_iface (c, e, rt));
    }
}
