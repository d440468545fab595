/* ml-history.c
 *
 * Copyright 2026 The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * History: going back to any earlier step, fast, with bounded memory, mid-GC included.
 *
 * All mutable runtime state is made of guint64 words that never move (see
 * ml-journal-private.h), and every write goes through ml_journal_set(), which logs the word's
 * address and previous value.  The log is a row of 128 Ki-entry (2 MiB) chunks (ml-journal.c);
 * a step is the range of entries written between two ml_runtime_end_step() calls.  To go from
 * step a back to step b, the entries of steps b+1..a are walked backwards and each saved value
 * is swapped with the word's current one; going forwards walks them forwards swapping again,
 * so each 16-byte entry is its own undo and redo.  A seek costs time proportional to the entries between the two
 * steps (a few nanoseconds each) and no copy of the world is ever taken; the history limit
 * (256 MiB by default) drops the oldest chunks.  Writing after going back starts a new branch:
 * the abandoned future is cut when the step is committed.
 *
 * Events are kept per step beside the log (40 bytes each).  The driver's own state (the VM's
 * program counter and operand stack) is covered two ways: words it keeps in the runtime's
 * registers (ml_runtime_set_register) or in simulated memory are journaled like everything
 * else; anything else it hands over as an opaque GBytes from its save hook whenever it called
 * ml_runtime_driver_state_changed() during a step, and gets back from its restore hook (the
 * blob of the newest step at or before the target) after every seek.
 */

#define G_LOG_DOMAIN "ml-history"

#include "ml-history-private.h"
#include "ml-memory-private.h"

#define DEFAULT_LIMIT ((gsize) 256 << 20)

/* The driver's own state as its save hook gave it, kept from step @step on. */
typedef struct
{
  guint64 step;
  GBytes *state;
} MlDriverMark;

static void
driver_mark_clear (gpointer data)
{
  MlDriverMark *mark = data;

  g_clear_pointer (&mark->state, g_bytes_unref);
}

void
_ml_history_init (MlRuntime *self)
{
  guint64 zero = 0;

  ml_journal_init (&self->journal);
  self->events = g_array_new (FALSE, FALSE, sizeof (MlEvent));
  self->pending_events = g_array_new (FALSE, FALSE, sizeof (MlEvent));
  self->event_ends = g_array_new (FALSE, FALSE, sizeof (guint64));
  self->step_ends = g_array_new (FALSE, FALSE, sizeof (guint64));
  self->driver_marks = g_array_new (FALSE, FALSE, sizeof (MlDriverMark));
  g_array_set_clear_func (self->driver_marks, driver_mark_clear);
  g_array_append_val (self->step_ends, zero);
  g_array_append_val (self->event_ends, zero);
  self->history_limit = DEFAULT_LIMIT;
  self->events_on = TRUE;
}

void
_ml_history_finalize (MlRuntime *self)
{
  ml_journal_clear (&self->journal);
  g_clear_pointer (&self->events, g_array_unref);
  g_clear_pointer (&self->pending_events, g_array_unref);
  g_clear_pointer (&self->event_ends, g_array_unref);
  g_clear_pointer (&self->step_ends, g_array_unref);
  g_clear_pointer (&self->driver_marks, g_array_unref);
  if (self->driver_destroy != NULL)
    g_clear_pointer (&self->driver_data, self->driver_destroy);
}

static inline guint64
step_end (MlRuntime *self,
          guint64    step)
{
  return g_array_index (self->step_ends, guint64, step - self->first_step);
}

static inline guint64
event_end (MlRuntime *self,
           guint64    step)
{
  return g_array_index (self->event_ends, guint64, step - self->first_step);
}

guint64
ml_runtime_get_last_step (MlRuntime *self)
{
  g_return_val_if_fail (ML_IS_RUNTIME (self), 0);
  return self->first_step + self->step_ends->len - 1;
}

guint64
ml_runtime_get_first_step (MlRuntime *self)
{
  g_return_val_if_fail (ML_IS_RUNTIME (self), 0);
  return self->first_step;
}

guint64
ml_runtime_get_step (MlRuntime *self)
{
  g_return_val_if_fail (ML_IS_RUNTIME (self), 0);
  return self->step;
}

gsize
ml_runtime_get_history_bytes (MlRuntime *self)
{
  g_return_val_if_fail (ML_IS_RUNTIME (self), 0);

  return self->journal.n_chunks * ML_JCHUNK * sizeof (MlJEntry)
         + self->events->len * sizeof (MlEvent)
         + self->step_ends->len * sizeof (guint64) * 2
         + self->driver_marks->len * sizeof (MlDriverMark);
}

/* What the retained history holds: steps, journal entries (16 bytes each) and events. */
void
ml_runtime_get_history_counts (MlRuntime *self,
                               guint64   *n_steps,
                               guint64   *n_entries,
                               guint64   *n_events)
{
  g_return_if_fail (ML_IS_RUNTIME (self));

  if (n_steps != NULL)
    *n_steps = ml_runtime_get_last_step (self) - self->first_step;
  if (n_entries != NULL)
    *n_entries = g_array_index (self->step_ends, guint64, self->step_ends->len - 1)
                 - g_array_index (self->step_ends, guint64, 0);
  if (n_events != NULL)
    *n_events = self->events->len;
}

/* Drops the oldest log chunk and the steps that needed it. */
static void
drop_oldest (MlRuntime *self)
{
  MlJournal *j = &self->journal;
  guint64 keep_from = (j->first_chunk + 1) << ML_JCHUNK_SHIFT;
  guint64 k = 0;
  guint64 drop_events;

  if (j->first_chunk >= j->chunk)
    return;
  while (self->first_step + k < self->step && step_end (self, self->first_step + k) < keep_from)
    k++;
  if (k == 0)
    return;
  drop_events = event_end (self, self->first_step + k);
  g_array_remove_range (self->events, 0, drop_events);
  for (guint i = 0; i < self->event_ends->len; i++)
    g_array_index (self->event_ends, guint64, i) -= drop_events;
  g_array_remove_range (self->step_ends, 0, k);
  g_array_remove_range (self->event_ends, 0, k);
  self->first_step += k;
  while (self->driver_marks->len > 1 &&
         g_array_index (self->driver_marks, MlDriverMark, 1).step <= self->first_step)
    g_array_remove_index (self->driver_marks, 0);

  ml_journal_drop_first_chunk (j);
}

/* Commits everything since the last call as one step and returns its number. */
guint64
ml_runtime_end_step (MlRuntime *self)
{
  guint64 pos;
  guint64 nev;

  g_return_val_if_fail (ML_IS_RUNTIME (self), 0);

  /* A new step after going back abandons the old future. */
  if (self->step < ml_runtime_get_last_step (self))
    {
      guint64 keep = self->step - self->first_step + 1;

      g_array_set_size (self->events, event_end (self, self->step));
      g_array_set_size (self->step_ends, keep);
      g_array_set_size (self->event_ends, keep);
      while (self->driver_marks->len > 0 &&
             g_array_index (self->driver_marks, MlDriverMark, self->driver_marks->len - 1).step > self->step)
        g_array_set_size (self->driver_marks, self->driver_marks->len - 1);
    }

  pos = ml_journal_pos (&self->journal);
  self->step++;

  if (self->driver_dirty && self->driver_save != NULL && self->journal.on)
    {
      MlDriverMark mark = { self->step, self->driver_save (self->driver_data) };

      g_array_append_val (self->driver_marks, mark);
    }
  self->driver_dirty = FALSE;

  if (!self->journal.on)
    {
      /* Without history only the current step's events are kept. */
      g_array_set_size (self->events, 0);
      g_array_set_size (self->step_ends, 1);
      g_array_set_size (self->event_ends, 1);
      g_array_index (self->step_ends, guint64, 0) = pos;
      g_array_index (self->event_ends, guint64, 0) = 0;
      self->first_step = self->step - 1;
    }

  g_array_append_vals (self->events, self->pending_events->data, self->pending_events->len);
  g_array_set_size (self->pending_events, 0);
  nev = self->events->len;
  g_array_append_val (self->step_ends, pos);
  g_array_append_val (self->event_ends, nev);

  if (self->journal.on)
    while (ml_runtime_get_history_bytes (self) > self->history_limit &&
           self->journal.first_chunk < self->journal.chunk)
      {
        guint64 before = self->first_step;

        drop_oldest (self);
        if (self->first_step == before)
          break;
      }

  return self->step;
}

const MlEvent *
ml_runtime_get_events (MlRuntime *self,
                       guint     *n_events)
{
  guint64 from = 0, to = 0;

  g_return_val_if_fail (ML_IS_RUNTIME (self), NULL);
  g_return_val_if_fail (n_events != NULL, NULL);

  if (self->step > self->first_step)
    {
      from = event_end (self, self->step - 1);
      to = event_end (self, self->step);
    }
  *n_events = to - from;
  return to > from ? &g_array_index (self->events, MlEvent, from) : NULL;
}

/* Returns the runtime to the state right after step @target (0 is the initial state), in
 * either direction, committing any pending changes as a step first.  FALSE if @target is not
 * retained (history off, older than the limit kept, or in the future).  The driver's restore
 * hook runs afterwards. */
gboolean
ml_runtime_seek (MlRuntime *self,
                 guint64    target)
{
  MlJournal *j = &self->journal;

  g_return_val_if_fail (ML_IS_RUNTIME (self), FALSE);

  if (ml_journal_pos (j) != step_end (self, self->step) || self->pending_events->len > 0)
    ml_runtime_end_step (self);
  if (target == self->step)
    return TRUE;
  if (!j->on || target < self->first_step || target > ml_runtime_get_last_step (self))
    return FALSE;

  ml_journal_seek (j, step_end (self, self->step), step_end (self, target));
  self->step = target;
  self->reach_valid = FALSE;

  if (self->driver_restore != NULL)
    {
      GBytes *state = NULL;

      for (guint i = self->driver_marks->len; i > 0; i--)
        {
          MlDriverMark *mark = &g_array_index (self->driver_marks, MlDriverMark, i - 1);

          if (mark->step <= target)
            {
              state = mark->state;
              break;
            }
        }
      self->driver_restore (state, self->driver_data);
    }
  return TRUE;
}

void
ml_runtime_set_driver_hooks (MlRuntime           *self,
                             MlDriverSaveFunc     save,
                             MlDriverRestoreFunc  restore,
                             gpointer             user_data,
                             GDestroyNotify       destroy)
{
  g_return_if_fail (ML_IS_RUNTIME (self));

  if (self->driver_destroy != NULL)
    g_clear_pointer (&self->driver_data, self->driver_destroy);
  self->driver_save = save;
  self->driver_restore = restore;
  self->driver_data = user_data;
  self->driver_destroy = destroy;
}

void
ml_runtime_driver_state_changed (MlRuntime *self)
{
  g_return_if_fail (ML_IS_RUNTIME (self));
  self->driver_dirty = TRUE;
}

void
ml_runtime_set_history_enabled (MlRuntime *self,
                                gboolean   enabled)
{
  g_return_if_fail (ML_IS_RUNTIME (self));

  enabled = !!enabled;
  if (self->journal.on == enabled)
    return;
  /* Switching either way starts a fresh history at the current step. */
  if (self->pending_events->len > 0 || ml_journal_pos (&self->journal) != step_end (self, self->step))
    ml_runtime_end_step (self);
  g_array_set_size (self->events, 0);
  g_array_set_size (self->step_ends, 1);
  g_array_set_size (self->event_ends, 1);
  g_array_index (self->step_ends, guint64, 0) = ml_journal_pos (&self->journal);
  g_array_index (self->event_ends, guint64, 0) = 0;
  g_array_set_size (self->driver_marks, 0);
  self->first_step = self->step;
  self->journal.on = enabled;
}

void
ml_runtime_set_history_limit (MlRuntime *self,
                              gsize      max_bytes)
{
  g_return_if_fail (ML_IS_RUNTIME (self));
  self->history_limit = MAX (max_bytes, (gsize) 4 * ML_JCHUNK * sizeof (MlJEntry));
}

static inline guint64
mix (guint64 h,
     guint64 v)
{
  h ^= v + G_GUINT64_CONSTANT (0x9e3779b97f4a7c15) + (h << 6) + (h >> 2);
  h *= G_GUINT64_CONSTANT (0xff51afd7ed558ccd);
  return h ^ (h >> 33);
}

static guint64
hash_page (guint64       h,
           guint64       addr,
           const guint8 *page)
{
  const guint64 *w = (const guint64 *) (gconstpointer) page;
  gboolean any = FALSE;
  guint64 ph = 0;

  for (guint i = 0; i < ML_PAGE_SIZE / 8; i++)
    if (w[i] != 0)
      {
        any = TRUE;
        ph = mix (ph, ((guint64) i << 48) ^ w[i]);
        ph = mix (ph, w[i]);
      }
  /* An all-zero page is the same memory as a page never touched. */
  return any ? mix (h, addr ^ ph) : h;
}

/* A hash of every byte of simulated memory the program can reach (segments, and heap pages in
 * use by spans), for tests of history. */
guint64
ml_runtime_hash_memory (MlRuntime *self)
{
  guint64 h = 0;

  g_return_val_if_fail (ML_IS_RUNTIME (self), 0);

  for (guint r = 0; r < ML_N_REGIONS; r++)
    for (guint p = 0; p < ML_REGION_MAX / ML_PAGE_SIZE; p++)
      if (self->regions[r].pages[p] != NULL)
        h = hash_page (h, self->regions[r].base + (guint64) p * ML_PAGE_SIZE, self->regions[r].pages[p]);
  /* Heap pages that belong to a span (objects or stacks); free pages hold nothing the program
   * can see, and skipping them keeps this fast with 2 MiB slabs. */
  for (guint a = 0; a < self->narenas; a++)
    for (guint p = 0; p < ML_ARENA_PAGES; p++)
      if (self->arenas[a]->pages[p] != NULL && ((self->arenas[a]->inuse[p / 64] >> (p % 64)) & 1))
        h = hash_page (h, ML_ARENA_BASE + ((guint64) a << ML_ARENA_SHIFT) + (guint64) p * ML_PAGE_SIZE,
                       self->arenas[a]->pages[p]);
  return h;
}
