/* ml-escape-copies.c
 *
 * Copyright 2026 The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The verdicts of inlined copies, kept for the compiler of the default build.  After
 * inlining, gc decides the variables and allocations of each copy of a function's body
 * afresh, in the function it is inlined into: heap()'s new(int) may stay on main's stack,
 * a small function's append may use its caller's stack buffer.  The analysis prints those
 * verdicts (ml-escape-inline.c, ml-escape-report.c); this file remembers them by copy, so
 * that a compiler that inlines the same calls places each copy's values as gc does.  It is
 * separate from the queries of ml-escape.c because those answer for the functions' own
 * bodies, which is all the -l build needs.
 */

#define G_LOG_DOMAIN "ml-escape"

#include "config.h"

#include "ml-escape-private.h"

/* What the analysis decided in one copy: MlObject or MlNode -> its verdict. */
typedef struct
{
  GHashTable *places;     /* MlObject / MlNode -> MlEscapePlace + 1 */
  GHashTable *notes;      /* MlObject / MlNode -> MlEscapeNote (owned by the result) */
  GHashTable *zero_copy;  /* MlNode: a []byte(s) gc makes zero-copy in this copy */
} CopyVerdicts;

static void
copy_verdicts_free (CopyVerdicts *v)
{
  g_hash_table_unref (v->places);
  g_hash_table_unref (v->notes);
  g_hash_table_unref (v->zero_copy);
  g_free (v);
}

static CopyVerdicts *
copy_verdicts (MlEscapeResult *result,
               guint           copy,
               gboolean        create)
{
  CopyVerdicts *v;

  if (result->copies == NULL)
    {
      if (!create)
        return NULL;
      result->copies = g_hash_table_new_full (NULL, NULL, NULL,
                                              (GDestroyNotify) copy_verdicts_free);
    }
  v = g_hash_table_lookup (result->copies, GUINT_TO_POINTER (copy));
  if (v == NULL && create)
    {
      v = g_new0 (CopyVerdicts, 1);
      v->places = g_hash_table_new (NULL, NULL);
      v->notes = g_hash_table_new (NULL, NULL);
      v->zero_copy = g_hash_table_new (NULL, NULL);
      g_hash_table_insert (result->copies, GUINT_TO_POINTER (copy), v);
    }
  return v;
}

/* The analysis walked copy @copy of an inlined body: its verdicts are known, even when none
 * of its values escapes. */
void
_ml_escape_copies_seen (MlEscape *e,
                        guint     copy)
{
  if (copy != 0)
    copy_verdicts (e->result, copy, TRUE);
}

/* Keeps the verdict of @l, a location of an inlined copy; the notes from @first_note on are
 * the ones its report added. */
void
_ml_escape_copies_record (MlEscape    *e,
                          MlEscapeLoc *l,
                          guint        first_note)
{
  CopyVerdicts *v;
  gpointer key;

  if (l->copy == 0)
    return;
  key = l->kind == ML_ESCAPE_LOC_VAR ? (gpointer) l->var
        : l->kind == ML_ESCAPE_LOC_ALLOC ? (gpointer) l->node : NULL;
  if (key == NULL)
    return;
  v = copy_verdicts (e->result, l->copy, TRUE);
  g_hash_table_insert (v->places, key,
                       GUINT_TO_POINTER ((l->escapes ? ML_ESCAPE_HEAP : ML_ESCAPE_STACK) + 1));
  if (first_note < e->result->notes->len)
    g_hash_table_insert (v->notes, key, g_ptr_array_index (e->result->notes, first_note));
  if (l->kind == ML_ESCAPE_LOC_ALLOC && l->zero_copy && !l->escapes && !l->mutates)
    g_hash_table_add (v->zero_copy, key);
}

void
_ml_escape_copies_free (MlEscapeResult *result)
{
  g_clear_pointer (&result->copies, g_hash_table_unref);
}

static MlEscapePlace
query (MlEscapeResult      *self,
       guint                copy,
       gpointer             key,
       const MlEscapeNote **note,
       MlEscapePlace        fallback)
{
  CopyVerdicts *v = copy_verdicts (self, copy, FALSE);
  guint place = v != NULL ? GPOINTER_TO_UINT (g_hash_table_lookup (v->places, key)) : 0;

  if (note != NULL)
    *note = v != NULL ? g_hash_table_lookup (v->notes, key) : NULL;
  return place != 0 ? (MlEscapePlace) (place - 1) : fallback;
}

/**
 * ml_escape_result_has_copy:
 * @self: a #MlEscapeResult of ml_escape_analyze_inlined()
 * @copy: the number of an inlined copy, as ml_inline_result_get_inlined() gives it
 *
 * Returns: whether the analysis walked that copy, so that its verdicts are known
 */
gboolean
ml_escape_result_has_copy (MlEscapeResult *self,
                           guint           copy)
{
  g_return_val_if_fail (self != NULL, FALSE);

  return copy != 0 && copy_verdicts (self, copy, FALSE) != NULL;
}

/**
 * ml_escape_result_query_var_in_copy:
 * @self: a #MlEscapeResult
 * @copy: the inlined copy the variable belongs to, 0 for the function's own body
 * @var: a local variable, parameter or result of the inlined function
 * @note: (out) (optional) (transfer none): the verdict with its reason, if any
 *
 * Returns: where the VM must place @var in that copy
 */
MlEscapePlace
ml_escape_result_query_var_in_copy (MlEscapeResult      *self,
                                    guint                copy,
                                    MlObject            *var,
                                    const MlEscapeNote **note)
{
  g_return_val_if_fail (self != NULL, ML_ESCAPE_STACK);

  if (copy == 0)
    return ml_escape_result_query_var (self, var, note);
  /* A variable of a copy the analysis never walked keeps its function's own verdict. */
  if (!ml_escape_result_has_copy (self, copy))
    return ml_escape_result_query_var (self, var, note);
  return query (self, copy, var, note, ML_ESCAPE_STACK);
}

/**
 * ml_escape_result_query_alloc_in_copy:
 * @self: a #MlEscapeResult
 * @copy: the inlined copy the allocation is met in, 0 for the function's own body
 * @node: an allocating expression of the inlined function's body
 * @note: (out) (optional) (transfer none): the verdict with its reason, if any
 *
 * Returns: where the allocation goes in that copy
 */
MlEscapePlace
ml_escape_result_query_alloc_in_copy (MlEscapeResult      *self,
                                      guint                copy,
                                      MlNode              *node,
                                      const MlEscapeNote **note)
{
  g_return_val_if_fail (self != NULL, ML_ESCAPE_HEAP);

  if (copy == 0 || !ml_escape_result_has_copy (self, copy))
    return ml_escape_result_query_alloc (self, node, note);
  return query (self, copy, node, note, ML_ESCAPE_HEAP);
}

/**
 * ml_escape_result_is_zero_copy_in_copy:
 * @self: a #MlEscapeResult
 * @copy: the inlined copy the conversion is met in, 0 for the function's own body
 * @node: a conversion []byte(s)
 *
 * Returns: whether gc reuses the string's bytes for @node in that copy
 */
gboolean
ml_escape_result_is_zero_copy_in_copy (MlEscapeResult *self,
                                       guint           copy,
                                       MlNode         *node)
{
  CopyVerdicts *v;

  g_return_val_if_fail (self != NULL, FALSE);

  if (copy == 0 || !ml_escape_result_has_copy (self, copy))
    return ml_escape_result_is_zero_copy (self, node);
  v = copy_verdicts (self, copy, FALSE);
  return g_hash_table_contains (v->zero_copy, node);
}
