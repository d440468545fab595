/* ml-diagnostic.c
 *
 * Copyright 2026 The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Diagnostics: MlDiagnostic itself, the sink that applies gc's reporting rules
 * (ml-diagnostic-private.h), and the text "go build" and "go run" print for them, file names
 * shortened as the go command shortens them.
 */

#define G_LOG_DOMAIN "ml-diagnostic"

#include "config.h"

#include <string.h>

#include "ml-diagnostic-private.h"

MlDiagnostic *
ml_diagnostic_new (MlDiagnosticKind  kind,
                   MlPos             pos,
                   const char       *message)
{
  MlDiagnostic *self;

  g_return_val_if_fail (message != NULL, NULL);

  self = g_new0 (MlDiagnostic, 1);
  self->kind = kind;
  self->pos = pos;
  self->message = g_strdup (message);
  return self;
}

void
ml_diagnostic_free (MlDiagnostic *self)
{
  if (self == NULL)
    return;
  g_free (self->message);
  g_free (self);
}

/**
 * ml_diagnostics_have_errors:
 * @diagnostics: (element-type MlDiagnostic): a list of diagnostics
 * @count_soft: whether soft errors (unused variables and imports) count
 *
 * Returns: %TRUE if the list holds a diagnostic that stops the program.
 */
gboolean
ml_diagnostics_have_errors (GPtrArray *diagnostics,
                            gboolean   count_soft)
{
  g_return_val_if_fail (diagnostics != NULL, FALSE);

  for (guint i = 0; i < diagnostics->len; i++)
    {
      MlDiagnostic *d = g_ptr_array_index (diagnostics, i);

      if (d->kind != ML_DIAGNOSTIC_SOFT || count_soft)
        return TRUE;
    }
  return FALSE;
}

/**
 * ml_go_display_path:
 * @filename: a file name as the user gave it
 *
 * Go prints file names relative to the current directory, with "./" in
 * front of a file that is in it ("./main.go", "sub/main.go").
 *
 * Returns: (transfer full): the name as go build prints it.
 */
char *
ml_go_display_path (const char *filename)
{
  g_autofree char *cwd = NULL;
  g_autofree char *canon = NULL;
  gsize cwd_len;

  g_return_val_if_fail (filename != NULL, NULL);

  cwd = g_get_current_dir ();
  canon = g_canonicalize_filename (filename, cwd);
  cwd_len = strlen (cwd);
  if (strncmp (canon, cwd, cwd_len) == 0 && canon[cwd_len] == '/')
    {
      const char *rel = canon + cwd_len + 1;

      if (strchr (rel, '/') == NULL)
        return g_strconcat ("./", rel, NULL);
      return g_strdup (rel);
    }
  return g_steal_pointer (&canon);
}

/**
 * ml_diagnostics_format:
 * @diagnostics: (element-type MlDiagnostic): sorted diagnostics
 * @filename: the file name to print
 * @header: whether to print the "# command-line-arguments" line that
 *   go build and go run print before a package's errors
 *
 * Returns: (transfer full): the text exactly as go run prints it on stderr.
 */
char *
ml_diagnostics_format (GPtrArray  *diagnostics,
                       const char *filename,
                       gboolean    header)
{
  GString *out;
  g_autofree char *path = NULL;

  g_return_val_if_fail (diagnostics != NULL, NULL);
  g_return_val_if_fail (filename != NULL, NULL);

  out = g_string_new (NULL);
  if (diagnostics->len == 0)
    return g_string_free (out, FALSE);

  path = ml_go_display_path (filename);
  /* The go command's own errors stop the build before the compiler runs;
   * it prints them alone, without the header and without "./". */
  for (guint i = 0; i < diagnostics->len; i++)
    {
      MlDiagnostic *d = g_ptr_array_index (diagnostics, i);

      if (d->kind == ML_DIAGNOSTIC_LOADER)
        {
          const char *short_path = g_str_has_prefix (path, "./") ? path + 2 : path;

          g_string_append_printf (out, "%s:%u:%u: %s\n", short_path, d->pos.line, d->pos.col, d->message);
          return g_string_free (out, FALSE);
        }
    }
  if (header)
    g_string_append (out, "# command-line-arguments\n");
  for (guint i = 0; i < diagnostics->len; i++)
    {
      MlDiagnostic *d = g_ptr_array_index (diagnostics, i);

      g_autoptr(GString) msg = g_string_new (d->message);

      /* "\x01" in a message stands for the file (continuation lines such
       * as "\t./main.go:3:6: other declaration of f"). */
      g_string_replace (msg, "\x01", path, 0);
      g_string_append_printf (out, "%s:%u:%u: %s\n", path, d->pos.line, d->pos.col, msg->str);
    }
  return g_string_free (out, FALSE);
}

void
ml_diag_sink_init (MlDiagSink *sink)
{
  memset (sink, 0, sizeof *sink);
  sink->items = g_ptr_array_new_with_free_func ((GDestroyNotify) ml_diagnostic_free);
}

void
ml_diag_sink_clear (MlDiagSink *sink)
{
  g_clear_pointer (&sink->items, g_ptr_array_unref);
  g_clear_pointer (&sink->last_other_message, g_free);
}

void
ml_diag_sink_add (MlDiagSink       *sink,
                  MlDiagnosticKind  kind,
                  MlPos             pos,
                  const char       *message)
{
  g_assert (sink->items != NULL);

  if (sink->full)
    return;

  /* Scanner errors ("newline in string") do not count for this rule. */
  if (kind == ML_DIAGNOSTIC_SYNTAX && g_str_has_prefix (message, "syntax error"))
    {
      /* gc reports only one syntax error per line, whatever it is. */
      if (sink->last_syntax_line == pos.line)
        return;
      sink->last_syntax_line = pos.line;
    }
  else
    {
      /* Nor the same other error twice in a row on one line (fmt.Println(a / 0, b / 0)). */
      if (sink->last_other_line == pos.line && g_strcmp0 (sink->last_other_message, message) == 0)
        return;
      sink->last_other_line = pos.line;
      g_free (sink->last_other_message);
      sink->last_other_message = g_strdup (message);
    }

  /* Exact duplicates are dropped by gc's FlushErrors. */
  for (guint i = 0; i < sink->items->len; i++)
    {
      MlDiagnostic *d = g_ptr_array_index (sink->items, i);

      if (ml_pos_compare (d->pos, pos) == 0 && strcmp (d->message, message) == 0)
        return;
    }

  if (sink->n_errors >= ML_DIAGNOSTIC_MAX_ERRORS)
    {
      g_ptr_array_add (sink->items, ml_diagnostic_new (ML_DIAGNOSTIC_LIMIT, pos, "too many errors"));
      sink->full = TRUE;
      return;
    }

  g_ptr_array_add (sink->items, ml_diagnostic_new (kind, pos, message));
  sink->n_errors++;
}

void
ml_diag_sink_addv (MlDiagSink       *sink,
                   MlDiagnosticKind  kind,
                   MlPos             pos,
                   const char       *format,
                   va_list           args)
{
  g_autofree char *message = g_strdup_vprintf (format, args);

  ml_diag_sink_add (sink, kind, pos, message);
}

void
ml_diag_sink_addf (MlDiagSink       *sink,
                   MlDiagnosticKind  kind,
                   MlPos             pos,
                   const char       *format,
                   ...)
{
  va_list args;

  va_start (args, format);
  ml_diag_sink_addv (sink, kind, pos, format, args);
  va_end (args);
}

static int
compare_diagnostics (gconstpointer a,
                     gconstpointer b)
{
  const MlDiagnostic *da = *(const MlDiagnostic * const *) a;
  const MlDiagnostic *db = *(const MlDiagnostic * const *) b;

  /* The limit line is printed after the flushed, sorted errors. */
  if ((da->kind == ML_DIAGNOSTIC_LIMIT) != (db->kind == ML_DIAGNOSTIC_LIMIT))
    return da->kind == ML_DIAGNOSTIC_LIMIT ? 1 : -1;
  return ml_pos_compare (da->pos, db->pos);
}

/* Hands out the diagnostics sorted as gc prints them and empties the sink. */
GPtrArray *
ml_diag_sink_finish (MlDiagSink *sink)
{
  GPtrArray *items = g_steal_pointer (&sink->items);

  /* g_ptr_array_sort is a stable merge sort, as gc's sort.Stable. */
  g_ptr_array_sort (items, compare_diagnostics);
  g_free (sink->last_other_message);
  ml_diag_sink_init (sink);
  return items;
}

/* Whether @diagnostics holds one of @kind. */
gboolean
ml_diagnostics_have_kind (GPtrArray        *diagnostics,
                          MlDiagnosticKind  kind)
{
  for (guint i = 0; i < diagnostics->len; i++)
    if (((MlDiagnostic *) g_ptr_array_index (diagnostics, i))->kind == kind)
      return TRUE;
  return FALSE;
}

/* Moves the diagnostics of @from into @into, which stays sorted as gc prints them. */
void
ml_diagnostics_merge (GPtrArray *into,
                      GPtrArray *from)
{
  if (from->len == 0)
    return;
  for (guint i = 0; i < from->len; i++)
    g_ptr_array_add (into, g_ptr_array_index (from, i));
  g_ptr_array_set_free_func (from, NULL);
  g_ptr_array_set_size (from, 0);
  g_ptr_array_set_free_func (from, (GDestroyNotify) ml_diagnostic_free);
  g_ptr_array_sort (into, compare_diagnostics);
}
