/* ml-timeline-series.h
 *
 * Copyright The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The history the timeline draws: one sample per step, appended by the window from each
 * snapshot it receives (a single snapshot knows only its own step).
 */

#pragma once

#include <glib-object.h>

#include "ml-snapshot.h"

G_BEGIN_DECLS

typedef struct
{
  guint64  step;
  guint64  now_ns;
  guint64  heap_live;       /* bytes the pacer counts as live (heap in use) */
  guint64  heap_goal;
  guint64  heap_alloc;
  guint64  total_alloc;     /* bytes allocated so far */
  guint64  mallocs;         /* objects allocated so far */
  guint64  frees;
  guint64  copied_bytes;    /* bytes copied so far by slice growth (fed by the driver) */
  guint32  copies;          /* copies so far */
  guint32  cycle;           /* GC cycles started */
  guint32  assists;         /* mark-assist units in this step */
  guint8   phase;           /* MlGcPhase */
  guint8   worker;          /* MlWorkerKind that did this step's work, or ML_WORKER_MUTATOR */
  guint16  worker_id;
  gboolean world_stopped;
  /* What the lanes need to draw the mark workers on the virtual clock; these fill what was
   * the struct's padding, so a sample stays 96 bytes. */
  guint8   procs;           /* GOMAXPROCS */
  guint8   fraction_pct;    /* the fractional worker's share of a P, in percent */
  guint8   dedicated;       /* dedicated mark workers this cycle */
} MlTimelineSample;

G_STATIC_ASSERT (sizeof (MlTimelineSample) <= 96);

typedef struct _MlTimelineSeries MlTimelineSeries;

#define ML_TIMELINE_SERIES_TYPE (ml_timeline_series_get_type ())

/* Beyond this many samples the series keeps every other one (GC phase changes are always
 * kept), so that a million-step run stays a few megabytes. */
#define ML_TIMELINE_SERIES_MAX_SAMPLES 65536

GType                   ml_timeline_series_get_type       (void) G_GNUC_CONST;
MlTimelineSeries       *ml_timeline_series_new            (const char             *label);
MlTimelineSeries       *ml_timeline_series_ref            (MlTimelineSeries       *self);
void                    ml_timeline_series_unref          (MlTimelineSeries       *self);
const char             *ml_timeline_series_get_label      (MlTimelineSeries       *self);
void                    ml_timeline_series_append         (MlTimelineSeries       *self,
                                                           const MlSnapshot       *snapshot);
void                    ml_timeline_series_append_sample  (MlTimelineSeries       *self,
                                                           const MlTimelineSample *sample);
void                    ml_timeline_series_add_copy       (MlTimelineSeries       *self,
                                                           guint64                 bytes);
void                    ml_timeline_series_truncate       (MlTimelineSeries       *self,
                                                           guint64                 last_step);
guint                   ml_timeline_series_get_n_samples  (MlTimelineSeries       *self);
const MlTimelineSample *ml_timeline_series_get_sample     (MlTimelineSeries       *self,
                                                           guint                   index);
const MlTimelineSample *ml_timeline_series_get_last       (MlTimelineSeries       *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (MlTimelineSeries, ml_timeline_series_unref)

G_END_DECLS
