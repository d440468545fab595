/* ml-sweep.c
 *
 * Copyright 2026 The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Sweeping (mgcsweep.go): after mark termination every span is unswept; sweeping one frees
 * its unmarked objects, makes its mark bits the new allocation bits, and files it in the swept
 * half of mcentral, or gives its pages back to the heap when nothing in it survived.  The
 * background sweeper takes spans class by class (sweepone); allocation sweeps lazily the class
 * it allocates from (ml-heap.c) and, before a large allocation, as many spans as it needs
 * pages (ml-malloc.c).
 */

#define G_LOG_DOMAIN "ml-sweep"

#include "ml-gc-private.h"
#include "ml-heap-private.h"
#include "ml-referee-private.h"
#include "ml-event-private.h"
#include "ml-model-check.h"

/* sweepLocked.sweep: frees the unmarked objects of @s and makes the mark bits the new alloc
 * bits.  Returns FALSE when the span became empty and went back to the heap. */
gboolean
_ml_sweep_span (MlRuntime    *self,
                MlSpan       *s,
                MlWorkerKind  worker,
                guint         worker_id)
{
  guint size_class = _ml_span_size_class (s);
  guint64 nwords = (s->nelems + 63) / 64;
  guint64 nfreed = 0;
  guint64 count = 0;

  ml_model_check (s->state == ML_SPAN_IN_USE);

  for (guint64 w = 0; w < ML_BITMAP_WORDS; w++)
    {
      guint64 freed = w < nwords ? s->bits[w].alloc & ~s->bits[w].mark : 0;

      while (freed != 0)
        {
          guint64 idx = w * 64 + (guint64) __builtin_ctzll (freed);

          freed &= freed - 1;
          if (self->checker)
            _ml_referee_check_free (self, s, idx, worker, worker_id);
          ML_EVENT (self, ML_EVENT_FREE, worker, worker_id, _ml_heap_slot_data (s, idx),
                    s->id, s->elemsize, 0);
          nfreed++;
        }
      ML_JOURNALED_SET (self, s->bits[w].freed, w < nwords ? s->bits[w].alloc & ~s->bits[w].mark : 0);
      ML_JOURNALED_SET (self, s->bits[w].alloc, s->bits[w].mark);
      ML_JOURNALED_SET (self, s->bits[w].mark, 0);
      ML_JOURNALED_SET (self, s->bits[w].scan, 0);
      count += (guint64) __builtin_popcountll (s->bits[w].alloc);
    }

  ML_JOURNALED_SET (self, s->freeindex, 0);
  ML_JOURNALED_SET (self, s->alloc_count, count);
  ML_JOURNALED_SET (self, s->sweepgen, self->gc.sweepgen);
  ML_JOURNALED_SET (self, s->needzero, 1);

  if (nfreed > 0)
    {
      ML_JOURNALED_SET (self, self->stats.by_size_frees[size_class],
                        self->stats.by_size_frees[size_class] + nfreed);
      if (size_class == 0)
        ML_JOURNALED_SET (self, self->stats.large_free_bytes, self->stats.large_free_bytes + nfreed * s->elemsize);
      self->gc.graph_version++;
    }
  ML_EVENT (self, ML_EVENT_SWEEP, worker, worker_id, s->base, 0, nfreed, s->id);
  _ml_clock_charge (self, 150 + 5 * s->nelems);

  if (count == 0)
    {
      _ml_heap_free_span (self, s);
      return FALSE;
    }
  return TRUE;
}

/* sweepone: sweeps one unswept span, whichever class the cursor is at, and files it in the
 * swept sets.  Returns FALSE when there is nothing left to sweep. */
gboolean
_ml_sweep_one (MlRuntime    *self,
               MlWorkerKind  worker,
               guint         worker_id)
{
  while (self->gc.sweep_cursor < ML_NUM_SPAN_CLASSES)
    {
      MlSpan *s = _ml_central_take_unswept (self, self->gc.sweep_cursor);

      if (s != NULL)
        {
          if (_ml_sweep_span (self, s, worker, worker_id))
            _ml_central_push (self, s, TRUE);
          return TRUE;
        }
      ML_JOURNALED_SET (self, self->gc.sweep_cursor, self->gc.sweep_cursor + 1);
    }
  return FALSE;
}
