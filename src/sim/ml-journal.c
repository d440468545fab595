/* ml-journal.c
 *
 * Copyright 2026 The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The journal's storage and the word vectors' (see ml-journal-private.h for the rule they
 * serve).  The log is a row of 128 Ki-entry (2 MiB) chunks; ml_journal_seek() walks the entries
 * between two positions swapping each saved value with the word's current one, which both
 * undoes and redoes.  What a step is, and how much history is kept, is ml-history.c's business:
 * this file only keeps entries.
 */

#define G_LOG_DOMAIN "ml-journal"

#include "ml-journal-private.h"

#include <sys/mman.h>

void
ml_word_vec_init (MlWordVec *v)
{
  v->len = 0;
  v->chunks = g_ptr_array_new_with_free_func (g_free);
}

void
ml_word_vec_clear (MlWordVec *v)
{
  g_clear_pointer (&v->chunks, g_ptr_array_unref);
  v->len = 0;
}

void
ml_word_vec_reserve (MlWordVec *v,
                     guint64    n)
{
  while ((guint64) v->chunks->len * ML_VEC_CHUNK < n)
    g_ptr_array_add (v->chunks, g_new0 (guint64, ML_VEC_CHUNK));
}

void
ml_journal_init (MlJournal *j)
{
  j->chunks = g_ptr_array_new_with_free_func (g_aligned_free);
}

void
ml_journal_clear (MlJournal *j)
{
  g_clear_pointer (&j->chunks, g_ptr_array_unref);
}

static MlJEntry *
chunk_base (MlJournal *j,
            guint64    chunk)
{
  while (chunk >= j->chunks->len)
    g_ptr_array_add (j->chunks, NULL);
  if (j->chunks->pdata[chunk] == NULL)
    {
      /* A long run writes hundreds of MiB of journal, and faulting it in 4 KiB at a time cost
       * a fifth of the time of the lecture's append loop.  A new 2 MiB chunk is faulted in by
       * one call instead.  (Huge pages were faster when the kernel had some at hand, and up to
       * twice as slow when it had to compact memory to make them.) */
      MlJEntry *c = g_aligned_alloc (ML_JCHUNK, sizeof (MlJEntry), ML_JCHUNK * sizeof (MlJEntry));

#if defined(MADV_POPULATE_WRITE)
      madvise (c, ML_JCHUNK * sizeof (MlJEntry), MADV_POPULATE_WRITE);
#endif
      j->chunks->pdata[chunk] = c;
      j->n_chunks++;
    }
  return j->chunks->pdata[chunk];
}

static void
set_pos (MlJournal *j,
         guint64    pos)
{
  MlJEntry *base;

  j->chunk = pos >> ML_JCHUNK_SHIFT;
  base = chunk_base (j, j->chunk);
  j->cur = base + (pos & (ML_JCHUNK - 1));
  j->lim = base + ML_JCHUNK;
}

void
ml_journal_next_chunk (MlJournal *j)
{
  if (j->chunks->len == 0)
    set_pos (j, 0);
  else
    set_pos (j, (j->chunk + 1) << ML_JCHUNK_SHIFT);
}

static inline MlJEntry *
entry_at (MlJournal *j,
          guint64    i)
{
  return &((MlJEntry *) j->chunks->pdata[i >> ML_JCHUNK_SHIFT])[i & (ML_JCHUNK - 1)];
}

static inline void
swap (MlJEntry *e)
{
  guint64 v = *e->p;

  *e->p = e->v;
  e->v = v;
}

/* Takes every word back (or forward) to what it was at position @to, from @from where the
 * words are now: the entries in between are undone backwards or redone forwards, each by
 * swapping its saved value with the word's.  The next entry is then written at @to. */
void
ml_journal_seek (MlJournal *j,
                 guint64    from,
                 guint64    to)
{
  if (to < from)
    {
      for (guint64 i = from; i > to; i--)
        swap (entry_at (j, i - 1));
    }
  else
    {
      for (guint64 i = from; i < to; i++)
        swap (entry_at (j, i));
    }
  set_pos (j, to);
}

/* Frees the oldest chunk still kept; history has dropped the steps that needed it. */
void
ml_journal_drop_first_chunk (MlJournal *j)
{
  g_clear_pointer (&j->chunks->pdata[j->first_chunk], g_aligned_free);
  j->n_chunks--;
  j->first_chunk++;
}
