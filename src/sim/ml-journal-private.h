/* ml-journal-private.h
 *
 * Copyright 2026 The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The journal and the word vectors built on it, the bottom of the runtime: every other part
 * writes its state through here, and this part knows nothing of them.
 *
 * One rule makes history work: every piece of mutable runtime state is a guint64 word in host
 * memory that never moves or goes away while the runtime lives (simulated memory pages, span
 * structs, goroutine structs, word vectors are all allocated in fixed chunks and never freed),
 * and every write to such a word goes through ml_journal_set().  When history is on,
 * ml_journal_set() appends (address of the word, its previous value) to the journal before
 * writing.  Undoing a step walks its entries backwards swapping the saved value with the
 * current one; redoing walks forwards swapping again, so one 16-byte entry serves both
 * directions (ml_journal_seek()).  Registries that only grow (types, functions, rodata strings,
 * frame layouts) are outside history: growing them is harmless when going back.
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct
{
  guint64 *p;
  guint64  v;
} MlJEntry;

#define ML_JCHUNK_SHIFT 17            /* 2 MiB of entries */
#define ML_JCHUNK       (1u << ML_JCHUNK_SHIFT)

typedef struct
{
  gboolean   on;
  MlJEntry  *cur;             /* next free entry in the current chunk */
  MlJEntry  *lim;             /* end of the current chunk */
  guint64    chunk;           /* index of the current chunk */
  GPtrArray *chunks;          /* MlJEntry[ML_JCHUNK]; NULL once dropped */
  guint64    first_chunk;     /* chunks below this one were dropped */
  guint64    n_chunks;        /* chunks allocated now, so that measuring history is O(1) */
} MlJournal;

void ml_journal_init              (MlJournal *j);
void ml_journal_clear             (MlJournal *j);
void ml_journal_next_chunk        (MlJournal *j);
void ml_journal_seek              (MlJournal *j,
                                   guint64    from,
                                   guint64    to);
void ml_journal_drop_first_chunk  (MlJournal *j);

/* The position of the next entry, counted from the first entry ever written. */
static inline guint64
ml_journal_pos (const MlJournal *j)
{
  if (j->chunks->len == 0)
    return 0;
  return (j->chunk << ML_JCHUNK_SHIFT) + (guint64) (j->cur - (MlJEntry *) j->chunks->pdata[j->chunk]);
}

static inline void
ml_journal_set (MlJournal *j,
                guint64   *p,
                guint64    v)
{
  if (G_UNLIKELY (j->on) && *p != v)
    {
      if (G_UNLIKELY (j->cur == j->lim))
        ml_journal_next_chunk (j);
      j->cur->p = p;
      j->cur->v = *p;
      j->cur++;
    }
  *p = v;
}

/* The journaled write: sets a word of runtime state through the runtime's journal, so that
 * history can undo it.  @lvalue is the word itself (self->gc.phase), not its address. */
#define ML_JOURNALED_SET(rt, lvalue, value) ml_journal_set (&(rt)->journal, &(lvalue), (guint64) (value))

/* A growable vector of journaled words whose storage never moves. */
#define ML_VEC_CHUNK_SHIFT 10
#define ML_VEC_CHUNK       (1u << ML_VEC_CHUNK_SHIFT)

typedef struct
{
  guint64    len;             /* journaled */
  GPtrArray *chunks;          /* host storage, grows only */
} MlWordVec;

void ml_word_vec_init    (MlWordVec *v);
void ml_word_vec_clear   (MlWordVec *v);
void ml_word_vec_reserve (MlWordVec *v,
                          guint64    n);

static inline guint64 *
ml_word_vec_at (MlWordVec *v,
                guint64    i)
{
  return &((guint64 *) v->chunks->pdata[i >> ML_VEC_CHUNK_SHIFT])[i & (ML_VEC_CHUNK - 1)];
}

static inline void
ml_word_vec_push (MlJournal *j,
                  MlWordVec *v,
                  guint64    x)
{
  if (G_UNLIKELY ((v->len >> ML_VEC_CHUNK_SHIFT) >= v->chunks->len))
    ml_word_vec_reserve (v, v->len + 1);
  ml_journal_set (j, ml_word_vec_at (v, v->len), x);
  ml_journal_set (j, &v->len, v->len + 1);
}

static inline guint64
ml_word_vec_pop (MlJournal *j,
                 MlWordVec *v)
{
  guint64 x;

  g_assert (v->len > 0);
  x = *ml_word_vec_at (v, v->len - 1);
  ml_journal_set (j, &v->len, v->len - 1);
  return x;
}

G_END_DECLS
