/* ml-timeline-series.c
 *
 * Copyright The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The history the timeline view draws: one sample per step (heap in use, goal, GC cycle and
 * phase), decimated as a run grows long so that a long run stays cheap to keep and to draw.
 * The window appends to it from each snapshot; the view reads it.
 */

#include "config.h"

#include "ml-runtime.h"
#include "ml-timeline-series.h"

struct _MlTimelineSeries
{
  gint     ref_count;
  char    *label;
  GArray  *samples;
  guint64  copied_bytes;
  guint32  copies;
};

G_DEFINE_BOXED_TYPE (MlTimelineSeries, ml_timeline_series, ml_timeline_series_ref, ml_timeline_series_unref)

/**
 * ml_timeline_series_new:
 * @label: (nullable): what this run is, for the comparison ("append", "make")
 */
MlTimelineSeries *
ml_timeline_series_new (const char *label)
{
  MlTimelineSeries *self = g_new0 (MlTimelineSeries, 1);

  self->ref_count = 1;
  self->label = g_strdup (label);
  self->samples = g_array_new (FALSE, FALSE, sizeof (MlTimelineSample));

  return self;
}

MlTimelineSeries *
ml_timeline_series_ref (MlTimelineSeries *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  g_atomic_int_inc (&self->ref_count);

  return self;
}

void
ml_timeline_series_unref (MlTimelineSeries *self)
{
  g_return_if_fail (self != NULL);

  if (!g_atomic_int_dec_and_test (&self->ref_count))
    return;

  g_free (self->label);
  g_array_unref (self->samples);
  g_free (self);
}

const char *
ml_timeline_series_get_label (MlTimelineSeries *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->label;
}

/* Halves the series, keeping every sample where the phase or the world state changes so
 * that GC cycles and pauses keep their exact edges. */
static void
decimate (MlTimelineSeries *self)
{
  GArray *kept = g_array_sized_new (FALSE, FALSE, sizeof (MlTimelineSample), self->samples->len / 2 + 64);

  for (guint i = 0; i < self->samples->len; i++)
    {
      const MlTimelineSample *s = &g_array_index (self->samples, MlTimelineSample, i);
      const MlTimelineSample *prev = i > 0 ? s - 1 : NULL;
      gboolean edge = prev == NULL || prev->phase != s->phase || prev->world_stopped != s->world_stopped ||
                      i + 1 == self->samples->len;

      if (edge || i % 2 == 0)
        g_array_append_val (kept, *s);
    }

  g_array_unref (self->samples);
  self->samples = kept;
}

/**
 * ml_timeline_series_append_sample:
 *
 * Appends a sample.  A sample for a step at or before the last one rewinds the series
 * first (the user stepped back and the run took another path, or replays).
 */
void
ml_timeline_series_append_sample (MlTimelineSeries       *self,
                                  const MlTimelineSample *sample)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (sample != NULL);

  if (self->samples->len > 0 && sample->step > 0)
    ml_timeline_series_truncate (self, sample->step - 1);
  else if (self->samples->len > 0 && sample->step == 0)
    g_array_set_size (self->samples, 0);

  g_array_append_val (self->samples, *sample);

  if (self->samples->len > ML_TIMELINE_SERIES_MAX_SAMPLES)
    decimate (self);
}

/**
 * ml_timeline_series_append:
 *
 * Appends the sample of @snapshot's step: heap in use and goal from the pacer, allocation
 * counters from MemStats, the GC phase, and who worked (from the step's events).
 */
void
ml_timeline_series_append (MlTimelineSeries *self,
                           const MlSnapshot *snapshot)
{
  MlTimelineSample sample = { 0 };

  g_return_if_fail (self != NULL);
  g_return_if_fail (snapshot != NULL);

  sample.step = snapshot->step;
  sample.now_ns = snapshot->pacer.now_ns;
  sample.heap_live = snapshot->pacer.heap_live != 0 ? snapshot->pacer.heap_live : snapshot->stats.heap_alloc;
  sample.heap_goal = snapshot->pacer.heap_goal != 0 ? snapshot->pacer.heap_goal : snapshot->stats.next_gc;
  sample.heap_alloc = snapshot->stats.heap_alloc;
  sample.total_alloc = snapshot->stats.total_alloc;
  sample.mallocs = snapshot->stats.mallocs;
  sample.frees = snapshot->stats.frees;
  sample.cycle = (guint32)snapshot->cycle;
  sample.phase = (guint8)snapshot->phase;
  sample.world_stopped = snapshot->world_stopped;
  sample.worker = ML_WORKER_MUTATOR;
  sample.procs = (guint8)MIN (snapshot->pacer.gomaxprocs, G_MAXUINT8);
  sample.dedicated = (guint8)MIN (snapshot->pacer.dedicated_workers, G_MAXUINT8);
  sample.fraction_pct = (guint8)CLAMP (snapshot->pacer.fractional_goal * 100 + 0.5, 0, 100);

  for (guint i = 0; i < snapshot->n_events; i++)
    {
      const MlEvent *ev = &snapshot->events[i];

      if (ev->kind == ML_EVENT_ASSIST)
        sample.assists++;

      /* The collector's own workers win over the mutator: the lane shows who worked. */
      if (ev->worker != ML_WORKER_NONE && ev->worker != ML_WORKER_MUTATOR &&
          (ev->kind == ML_EVENT_SCAN || ev->kind == ML_EVENT_ROOT || ev->kind == ML_EVENT_SWEEP ||
           ev->kind == ML_EVENT_SHADE || ev->kind == ML_EVENT_EDGE || ev->kind == ML_EVENT_ASSIST ||
           ev->kind == ML_EVENT_WORKER_START))
        {
          sample.worker = ev->worker;
          sample.worker_id = (guint16)ev->worker_id;
        }
    }
  if (snapshot->world_stopped)
    sample.worker = ML_WORKER_STW;
  /* append past capacity: a new array and the old elements copied into it.  The runtime
   * keeps the running count, so a series sampled every few hundred steps misses none. */
  sample.copies = self->copies + snapshot->growslices;
  sample.copied_bytes = self->copied_bytes + snapshot->growslice_bytes;

  ml_timeline_series_append_sample (self, &sample);
}

/**
 * ml_timeline_series_add_copy:
 *
 * Counts one copy of @bytes (append growing a slice) for a driver whose runtime does not
 * report ML_EVENT_GROWSLICE; the events are counted by ml_timeline_series_append().
 * Counted into the next sample appended.
 */
void
ml_timeline_series_add_copy (MlTimelineSeries *self,
                             guint64           bytes)
{
  g_return_if_fail (self != NULL);

  self->copies++;
  self->copied_bytes += bytes;
}

/**
 * ml_timeline_series_truncate:
 *
 * Drops the samples after @last_step.
 */
void
ml_timeline_series_truncate (MlTimelineSeries *self,
                             guint64           last_step)
{
  guint n;

  g_return_if_fail (self != NULL);

  n = self->samples->len;
  while (n > 0 && g_array_index (self->samples, MlTimelineSample, n - 1).step > last_step)
    n--;
  g_array_set_size (self->samples, n);
}

guint
ml_timeline_series_get_n_samples (MlTimelineSeries *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->samples->len;
}

const MlTimelineSample *
ml_timeline_series_get_sample (MlTimelineSeries *self,
                               guint             index)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (index < self->samples->len, NULL);

  return &g_array_index (self->samples, MlTimelineSample, index);
}

const MlTimelineSample *
ml_timeline_series_get_last (MlTimelineSeries *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  if (self->samples->len == 0)
    return NULL;

  return &g_array_index (self->samples, MlTimelineSample, self->samples->len - 1);
}
