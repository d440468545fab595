/* ml-check-directive.c
 *
 * Copyright 2026 The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * MemLab's own directives: a //memlab: comment between statements ("gc start", "gc steps N",
 * "gogc off", "write-barrier on"...) asks something of the runtime model.  Go reads these
 * lines as comments, so nothing of types2 applies to them; this file checks their form,
 * reports an unknown or malformed one in a translatable message of our own, and records what
 * a valid one asks for the compiler.
 */

#define G_LOG_DOMAIN "ml-check"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "ml-check-private.h"
#include "ml-lexer-private.h"

/* The most units one "gc steps N" may ask for: a lesson's whole cycle takes
 * far fewer, and a slip of the keyboard should not keep the collector busy
 * for minutes. */
#define ML_DIRECTIVE_MAX_STEPS 100000

/* A plain decimal number from 0 to @max: no sign, no base prefix. */
static gboolean
directive_number (const char *word,
                  guint64     max,
                  gint64     *value)
{
  guint64 v;

  if (word == NULL || !g_ascii_isdigit (word[0])
      || !g_ascii_string_to_unsigned (word, 10, 0, max, &v, NULL))
    return FALSE;
  *value = (gint64) v;
  return TRUE;
}

/* Go reads a //memlab: line as a comment, so nothing in Go's own checker
 * applies; what MemLab knows of it is its form.  A valid directive gets its
 * MlDirective in op and its number in ival, for the compiler. */
void
ml_check_directive (MlChecker *c,
                    MlNode    *n)
{
  const gsize prefix = strlen (ML_DIRECTIVE_PREFIX);
  g_autofree char *body = g_strndup (n->str + prefix, n->str_len - prefix);
  g_auto(GStrv) split = g_strsplit_set (body, " \t", -1);
  const char *w[4] = { NULL, NULL, NULL, NULL };
  guint n_words = 0;
  gint64 v = 0;

  /* Words are separated by any run of blanks. */
  for (guint i = 0; split[i] != NULL; i++)
    if (split[i][0] != '\0')
      {
        if (n_words < G_N_ELEMENTS (w))
          w[n_words] = split[i];
        n_words++;
      }

  n->op = ML_DIRECTIVE_NONE;
  if (n_words == 2 && g_strcmp0 (w[0], "gc") == 0 && g_strcmp0 (w[1], "start") == 0)
    n->op = ML_DIRECTIVE_GC_START;
  else if (n_words == 2 && g_strcmp0 (w[0], "gc") == 0 && g_strcmp0 (w[1], "step") == 0)
    {
      n->op = ML_DIRECTIVE_GC_UNITS;
      n->ival = 1;
    }
  else if (n_words == 2 && g_strcmp0 (w[0], "gc") == 0 && g_strcmp0 (w[1], "finish") == 0)
    {
      n->op = ML_DIRECTIVE_GC_UNITS;
      n->ival = 0;
    }
  else if (n_words >= 2 && n_words <= 3 && g_strcmp0 (w[0], "gc") == 0
           && g_strcmp0 (w[1], "steps") == 0)
    {
      if (n_words == 3 && directive_number (w[2], ML_DIRECTIVE_MAX_STEPS, &v) && v >= 1)
        {
          n->op = ML_DIRECTIVE_GC_UNITS;
          n->ival = v;
        }
      else
        {
          /* Translators: %s is the directive as written, such as
           * "//memlab:gc steps 0"; %d is the largest number allowed. */
          ml_check_error_at (c, n->pos, _("invalid MemLab directive \"%s\": the number of steps must be between 1 and %d"),
                             n->str, ML_DIRECTIVE_MAX_STEPS);
        }
    }
  else if (n_words <= 2 && g_strcmp0 (w[0], "gogc") == 0)
    {
      if (n_words == 2 && g_strcmp0 (w[1], "off") == 0)
        {
          n->op = ML_DIRECTIVE_GOGC;
          n->ival = -1;
        }
      else if (n_words == 2 && directive_number (w[1], G_MAXINT32, &v))
        {
          n->op = ML_DIRECTIVE_GOGC;
          n->ival = v;
        }
      else
        {
          /* Translators: %s is the directive as written, such as
           * "//memlab:gogc -5"; GOGC and off are the setting and its value
           * in Go, not to be translated. */
          ml_check_error_at (c, n->pos, _("invalid MemLab directive \"%s\": GOGC must be a number of at least 0, or off"),
                             n->str);
        }
    }
  else if (n_words <= 2 && g_strcmp0 (w[0], "write-barrier") == 0)
    {
      if (n_words == 2 && (g_strcmp0 (w[1], "on") == 0 || g_strcmp0 (w[1], "off") == 0))
        {
          n->op = ML_DIRECTIVE_WRITE_BARRIER;
          n->ival = g_strcmp0 (w[1], "on") == 0;
        }
      else
        {
          /* Translators: %s is the directive as written, such as
           * "//memlab:write-barrier maybe"; on and off are the words the
           * directive takes, not to be translated. */
          ml_check_error_at (c, n->pos, _("invalid MemLab directive \"%s\": the write barrier is either on or off"),
                             n->str);
        }
    }
  else
    {
      /* Translators: %s is the directive as written, such as "//memlab:foo";
       * the list in parentheses is MemLab's syntax, not to be translated. */
      ml_check_error_at (c, n->pos, _("unknown MemLab directive \"%s\" (known: gc start, gc step, gc steps N, gc finish, gogc N|off, write-barrier on|off)"),
                         n->str);
    }
}
