/* ml-escape-report.c
 *
 * Copyright 2026 The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The verdicts, worded exactly as gc words them: "moved to heap: x", "&T{...} escapes to
 * heap", "make([]int, n) does not escape", "leaking param: p to result ~r0 level=0", and the
 * -m=2 lines that explain them ("flow: ...", "from ... (address-of) at ./f.go:3:9").  A
 * verdict is an MlEscapeNote with a short reason for the inspector; ml_escape_result_format
 * and ml_escape_result_explain print them as `go build -gcflags='-m -l'` and '-m=2' do.  The
 * words are MemLab's own concern, kept apart from the analysis that decides them.
 */

#define G_LOG_DOMAIN "ml-escape"

#include "config.h"

#include <string.h>

#include "ml-diagnostic.h"
#include "ml-escape-private.h"

/* --- The -m=2 explanation ----------------------------------------------------------- */

static void
step_free (MlEscapeStep *s)
{
  g_free (s->text);
  g_free (s);
}

static GPtrArray *
steps_new (void)
{
  return g_ptr_array_new_with_free_func ((GDestroyNotify) step_free);
}

static void
add_step (GPtrArray *steps,
          MlPos      pos,
          guint      depth,
          char      *text)
{
  MlEscapeStep *s = g_new0 (MlEscapeStep, 1);

  s->pos = pos;
  s->depth = depth;
  s->text = text;
  g_ptr_array_add (steps, s);
}

/* What a verdict calls a location: a variable by its name, an allocation by its expression
 * (its location's name without "{storage for ...}"). */
static char *
loc_what (MlEscapeLoc *l)
{
  gsize prefix = strlen (ML_ESCAPE_STORAGE_PREFIX);

  if (l->kind == ML_ESCAPE_LOC_ALLOC && g_str_has_prefix (l->name, ML_ESCAPE_STORAGE_PREFIX))
    return g_strndup (l->name + prefix, strlen (l->name) - prefix - 1);
  return g_strdup (l->name);
}

/* A new explanation of why l escapes, with its first line: "x escapes to heap in main:". */
GPtrArray *
_ml_escape_explain_start (MlEscapeLoc *l)
{
  g_autofree char *what = loc_what (l);
  GPtrArray *steps = steps_new ();

  add_step (steps, l->pos, 0, g_strdup_printf ("%s escapes to heap in %s:", what,
                                               l->fn ? l->fn->name : "init"));
  return steps;
}

/* A flow line: "flow: dst ← &src:", with & for an address and a * per dereference. */
void
_ml_escape_explain_flow (GPtrArray   *steps,
                         int          derefs,
                         MlEscapeLoc *dst,
                         MlEscapeLoc *src)
{
  g_autofree char *prefix = NULL;

  if (derefs < 0)
    prefix = g_strdup ("&");
  else if (derefs > 0)
    prefix = g_strnfill (derefs, '*');
  else
    prefix = g_strdup ("");
  add_step (steps, (MlPos) { 0, 0 }, 1, g_strdup_printf ("flow: %s ← %s%s:", dst->name, prefix, src->name));
}

/* A "from" line under a flow: where and why the value went on. */
void
_ml_escape_explain_from (MlEscape   *e,
                         GPtrArray  *steps,
                         MlPos       pos,
                         const char *what,
                         const char *why)
{
  add_step (steps, pos, 2, g_strdup_printf ("from %s (%s) at %s:%u:%u", what, why,
                                            e->display, pos.line, pos.col));
}

/* Allocations that are heap allocated because of their size have no flow
 * to explain; gc's -m=2 still prints one. */
static void
explain_too_large (MlEscape    *e,
                   MlEscapeLoc *l)
{
  g_autofree char *what = NULL;

  if (l->steps != NULL || l->heap_reason == NULL)
    return;
  what = loc_what (l);
  l->steps = _ml_escape_explain_start (l);
  add_step (l->steps, l->pos, 1, g_strdup_printf ("flow: {heap} ← &%s:", l->name));
  _ml_escape_explain_from (e, l->steps, l->pos, what, l->heap_reason);
}

/* --- Verdicts ---------------------------------------------------------------------- */

/* Adds a verdict; one with a NULL message is silent (a variable that stays on the stack,
 * which the VM still asks about). */
static void
add_note (MlEscape      *e,
          MlPos          pos,
          char          *message,
          MlEscapePlace  place,
          MlObject      *var,
          MlNode        *node,
          const char    *reason,
          GPtrArray     *steps)
{
  MlEscapeNote *note = g_new0 (MlEscapeNote, 1);

  /* gc reports -m only for the package it compiles: the standard library's verdicts are
   * kept for the compiler, and silent. */
  if (e->cur.batch_fn != NULL && e->cur.batch_fn->pkg != NULL)
    g_clear_pointer (&message, g_free);
  note->pos = pos;
  note->message = message;
  note->place = place;
  note->var = var;
  note->node = node;
  note->reason = g_strdup (reason);
  note->steps = steps_new ();
  if (steps != NULL)
    for (guint i = 0; i < steps->len; i++)
      {
        MlEscapeStep *s = g_ptr_array_index (steps, i);

        add_step (note->steps, s->pos, s->depth, g_strdup (s->text));
      }
  g_ptr_array_add (e->result->notes, note);
  if (var != NULL)
    g_hash_table_insert (e->result->by_var, var, note);
  if (node != NULL)
    g_hash_table_insert (e->result->by_node, node, note);
}

/* A verdict of gc's that is no decision of escape analysis ("devirtualizing ..."): its
 * message, at @pos. */
void
_ml_escape_report_plain (MlEscape *e,
                         MlPos     pos,
                         char     *message)
{
  add_note (e, pos, message, ML_ESCAPE_STACK, NULL, NULL, NULL, NULL);
}

/* "main ignoring self-assignment in b.buf = b.buf[1:]". */
void
_ml_escape_report_self_assign (MlEscape *e,
                               MlNode   *stmt_node,
                               MlNode   *dst,
                               MlNode   *src)
{
  /* The whole statement, as gc prints it: "a[i], a[j] = a[j], a[i]" for one of its pairs. */
  g_autofree char *what = _ml_escape_where_string (stmt_node);

  (void) dst;
  (void) src;
  add_note (e, _ml_escape_pos (e, stmt_node), g_strdup_printf ("%s ignoring self-assignment in %s",
                                                e->wrapper != NULL ? e->wrapper
                                                : e->cur.fn ? e->cur.fn->name : "init", what),
            ML_ESCAPE_STACK, NULL, NULL, NULL, NULL);
}

/* The inspector's short reason: the location's own (too large), or the first "why" of its
 * explanation. */
static char *
reason_of (MlEscapeLoc *l)
{
  if (l->heap_reason != NULL)
    return g_strdup (l->heap_reason);
  if (l->steps != NULL)
    for (guint i = 0; i < l->steps->len; i++)
      {
        MlEscapeStep *s = g_ptr_array_index (l->steps, i);
        const char *open, *close;

        if (s->depth != 2)
          continue;
        open = strstr (s->text, " (");
        close = open ? strstr (open, ") at ") : NULL;
        if (open != NULL && close != NULL)
          return g_strndup (open + 2, close - open - 2);
      }
  return NULL;
}

/* A parameter's verdicts, from its leak summary: "leaking param: p", "leaking param
 * content: p", "leaking param: p to result r level=n", or "p does not escape".  Parameters
 * that escape are "moved to heap" instead, and gc says nothing of a blank or unnamed one nor
 * of one without pointers. */
void
_ml_escape_report_param (MlEscape            *e,
                         MlEscapeLoc         *l,
                         const MlEscapeLeaks *leaks)
{
  MlObject *o = l->var;
  gboolean warned = FALSE;

  if (l->escapes || o->name[0] == '~' || strcmp (o->name, "_") == 0
      || o->type == NULL || !ml_type_has_pointers (o->type))
    return;
  if (leaks->heap >= 0)
    {
      add_note (e, o->pos, leaks->heap == 0 ? g_strdup_printf ("leaking param: %s", o->name)
                                                       : g_strdup_printf ("leaking param content: %s", o->name),
                           ML_ESCAPE_STACK, o, NULL,
                           leaks->heap == 0 ? "leaks to heap" : "content leaks to heap", NULL);
      warned = TRUE;
    }
  for (guint r = 0; r < ML_ESCAPE_MAX_RESULTS; r++)
    if (leaks->result[r] >= 0)
      {
        MlObject *res = l->fn && r < l->fn->results->len ? g_ptr_array_index (l->fn->results, r) : NULL;

        add_note (e, o->pos, g_strdup_printf ("leaking param: %s to result %s level=%d", o->name,
                                                         res ? res->name : "~r0", leaks->result[r]),
                             ML_ESCAPE_STACK, o, NULL, "leaks to result", NULL);
        warned = TRUE;
      }
  if (!warned)
    add_note (e, o->pos, g_strdup_printf ("%s does not escape", o->name), ML_ESCAPE_STACK, o,
                         NULL, NULL, NULL);
}

/* The verdict of a location of an inlined copy, at the outermost call, kept out of the
 * answers to the VM's questions. */
static void
report_copy_loc (MlEscape    *e,
                 MlEscapeLoc *l,
                 const char  *reason)
{
  /* A package variable's initialiser that is an inlined call is static data (gc's
   * staticinit), which escape analysis never sees. */
  if (l->fn == NULL && e->wrapper == NULL)
    return;
  if (l->kind == ML_ESCAPE_LOC_VAR && l->var != NULL && l->escapes)
    add_note (e, l->pos, g_strdup_printf ("moved to heap: %s", l->var->name), ML_ESCAPE_HEAP,
              NULL, NULL, reason, l->steps);
  else if (l->kind == ML_ESCAPE_LOC_ALLOC && l->node != NULL && !l->silent)
    {
      g_autofree char *what = loc_what (l);

      add_note (e, l->pos, g_strdup_printf ("%s %s", what, l->escapes ? "escapes to heap" : "does not escape"),
                l->escapes ? ML_ESCAPE_HEAP : ML_ESCAPE_STACK, NULL, NULL, reason, l->steps);
      if (l->zero_copy && !l->escapes && !l->mutates)
        add_note (e, l->pos, g_strdup ("zero-copy string->[]byte conversion"), ML_ESCAPE_STACK,
                  NULL, NULL, NULL, NULL);
    }
}

/* The verdicts of a batch's locations in creation order (variables first, since gc creates
 * them at function entry, then allocations as met): "moved to heap: x" for a variable,
 * "X escapes to heap" or "X does not escape" for an allocation. */
void
_ml_escape_report_locs (MlEscape  *e,
                        GPtrArray *locs)
{
  for (guint i = 0; i < locs->len; i++)
    {
      MlEscapeLoc *l = g_ptr_array_index (locs, i);
      g_autofree char *reason = NULL;

      if (l->escapes)
        explain_too_large (e, l);
      reason = reason_of (l);
      if (l->in_copy)
        {
          /* An inlined copy's verdicts are printed, and kept for the compiler of the
           * default build. */
          guint first = e->result->notes->len;

          report_copy_loc (e, l, reason);
          _ml_escape_copies_record (e, l, first);
          continue;
        }
      if (l->kind == ML_ESCAPE_LOC_VAR && l->var != NULL)
        {
          MlObject *o = l->var;

          if (l->escapes)
            add_note (e, o->pos, g_strdup_printf ("moved to heap: %s", o->name), ML_ESCAPE_HEAP,
                                 o, NULL, reason, l->steps);
          else if (!g_hash_table_contains (e->result->by_var, o))
            add_note (e, o->pos, NULL, ML_ESCAPE_STACK, o, NULL, NULL, NULL);
        }
      else if (l->kind == ML_ESCAPE_LOC_ALLOC && l->node != NULL && l->silent)
        add_note (e, l->pos, NULL, l->escapes ? ML_ESCAPE_HEAP : ML_ESCAPE_STACK, NULL, l->node,
                  reason, l->steps);
      else if (l->kind == ML_ESCAPE_LOC_ALLOC && l->node != NULL)
        {
          g_autofree char *what = loc_what (l);

          add_note (e, l->pos,
                               g_strdup_printf ("%s %s", what, l->escapes ? "escapes to heap" : "does not escape"),
                               l->escapes ? ML_ESCAPE_HEAP : ML_ESCAPE_STACK, NULL, l->node, reason, l->steps);
          /* gc's zero-copy conversion: nothing ever writes through the result. */
          if (l->zero_copy && !l->escapes && !l->mutates)
            {
              add_note (e, l->pos, g_strdup ("zero-copy string->[]byte conversion"),
                        ML_ESCAPE_STACK, NULL, NULL, NULL, NULL);
              g_hash_table_add (e->result->zero_copy, l->node);
            }
        }
    }
}

/* --- Printing ---------------------------------------------------------------------- */

/* Every verdict that has a message, as "./file.go:L:C: message", after its -m=2 lines when
 * flows is set. */
static char *
print_notes (MlEscapeResult *self,
             const char     *filename,
             gboolean        header,
             gboolean        flows)
{
  GString *out = g_string_new (NULL);
  g_autofree char *path = ml_go_display_path (filename);

  for (guint i = 0; i < self->notes->len; i++)
    {
      MlEscapeNote *n = g_ptr_array_index (self->notes, i);

      if (n->message == NULL)
        continue;
      if (out->len == 0 && header)
        g_string_append (out, "# command-line-arguments\n");
      for (guint j = 0; flows && j < n->steps->len; j++)
        {
          MlEscapeStep *s = g_ptr_array_index (n->steps, j);

          g_string_append_printf (out, "%s:%u:%u: %*s%s\n", path, n->pos.line, n->pos.col,
                                  (int) (s->depth * 2), "", s->text);
        }
      g_string_append_printf (out, "%s:%u:%u: %s\n", path, n->pos.line, n->pos.col, n->message);
    }
  return g_string_free (out, FALSE);
}

static gboolean
is_devirtualization (MlEscapeNote *n)
{
  return g_str_has_prefix (n->message, "devirtualizing ") || g_str_has_prefix (n->message, "partially devirtualizing ");
}

/* The verdicts that are devirtualizations, or all the others. */
static char *
print_notes_filtered (MlEscapeResult *self,
                      const char     *filename,
                      gboolean        devirtualizations)
{
  GString *out = g_string_new (NULL);
  g_autofree char *path = ml_go_display_path (filename);

  for (guint i = 0; i < self->notes->len; i++)
    {
      MlEscapeNote *n = g_ptr_array_index (self->notes, i);

      if (n->message == NULL || is_devirtualization (n) != devirtualizations)
        continue;
      /* A method wrapper gc generates has no position of its own. */
      if (n->pos.line == 0)
        g_string_append_printf (out, "<autogenerated>:1: %s\n", n->message);
      else
        g_string_append_printf (out, "%s:%u:%u: %s\n", path, n->pos.line, n->pos.col, n->message);
    }
  return g_string_free (out, FALSE);
}

/**
 * ml_escape_result_format:
 * @self: a #MlEscapeResult
 * @filename: the file name as the user gave it
 * @header: whether to start with "# command-line-arguments"
 *
 * Returns: (transfer full): the text of go build -gcflags='-m -l'
 */
char *
ml_escape_result_format (MlEscapeResult *self,
                         const char     *filename,
                         gboolean        header)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (filename != NULL, NULL);

  return print_notes (self, filename, header, FALSE);
}

/**
 * ml_escape_result_format_inlined:
 * @self: a #MlEscapeResult from ml_escape_analyze_inlined()
 * @inlined: the inlining decisions it followed
 * @filename: the file name as the user gave it
 * @header: whether to start with "# command-line-arguments"
 *
 * Returns: (transfer full): the text of go build -gcflags=-m: the inliner's lines, then
 *   the verdicts
 */
char *
ml_escape_result_format_inlined (MlEscapeResult *self,
                                 MlInlineResult *inlined,
                                 const char     *filename,
                                 gboolean        header)
{
  g_autofree char *funcs = NULL;
  g_autofree char *calls = NULL;
  g_autofree char *devirt = NULL;
  g_autofree char *notes = NULL;

  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (inlined != NULL, NULL);
  g_return_val_if_fail (filename != NULL, NULL);

  funcs = ml_inline_result_format (inlined, filename, ML_INLINE_LINES_FUNCS);
  calls = ml_inline_result_format (inlined, filename, ML_INLINE_LINES_CALLS);
  devirt = print_notes_filtered (self, filename, TRUE);
  notes = print_notes_filtered (self, filename, FALSE);
  if (*funcs == '\0' && *calls == '\0' && *devirt == '\0' && *notes == '\0')
    return g_strdup ("");
  /* gc devirtualizes the calls of every function after deciding which functions can be
   * inlined, and before it inlines any call. */
  return g_strconcat (header ? "# command-line-arguments\n" : "", funcs, devirt, calls, notes, NULL);
}

/**
 * ml_escape_result_explain:
 * @self: a #MlEscapeResult
 * @filename: the file name as the user gave it
 *
 * Returns: (transfer full): the verdicts with their flow, in the spirit of
 *   go build -gcflags='-m=2 -l'
 */
char *
ml_escape_result_explain (MlEscapeResult *self,
                          const char     *filename)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (filename != NULL, NULL);

  return print_notes (self, filename, FALSE, TRUE);
}
