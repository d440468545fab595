/* ml-timeline-private.h
 *
 * Copyright The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What the timeline's chart (ml-timeline-view.c) shares with its lanes and time axis
 * (ml-timeline-lanes.c): the scales, and where a sample's step or moment falls on the x axis,
 * which reads either the model's virtual clock or the steps.
 */

#pragma once

#include "ml-scene.h"
#include "ml-palette.h"
#include "ml-timeline-series.h"

G_BEGIN_DECLS

#define ML_TIMELINE_LANE_H   22.0
#define ML_TIMELINE_LANE_GAP 6.0

/* A pause narrower than this many units is drawn this wide, with its duration written. */
#define ML_TIMELINE_MIN_PAUSE_W 4.0

typedef struct
{
  MlScene         *scene;
  const MlPalette *palette;
  guint64          max_bytes;
  guint64          max_goal;
  gboolean         goal_above;   /* the goal is far above the heap: the chart scales to the heap */
  gboolean         by_time;      /* the x axis is the virtual clock (ns), not steps */
  guint64          first;        /* the x axis' domain, in steps or ns */
  guint64          last;
  double           label_w;      /* the lanes' label column */
  double           chart_h;
  guint            zoom_cycle;   /* 0, or the one cycle drawn */
  /* Every run drawn: the lanes are those of all of them, so that a comparison's second
   * chart has the same rows as the labels left of the first. */
  MlTimelineSeries *runs[2];
  guint            n_runs;
} MlTimelineCtx;

/* Where sample @i is on the x axis: its step, or the clock when the step ended. */
static inline guint64
_ml_timeline_pos (MlTimelineCtx    *ctx,
                  MlTimelineSeries *series,
                  guint             i)
{
  const MlTimelineSample *s = ml_timeline_series_get_sample (series, i);

  return ctx->by_time ? s->now_ns : s->step;
}

/* The x of @pos in @area, clamped to it (a zoomed axis cuts what is outside). */
static inline double
_ml_timeline_x (MlTimelineCtx *ctx,
                const MlRect  *area,
                guint64        pos)
{
  double span = (double)MAX (ctx->last - ctx->first, 1);
  double f = pos <= ctx->first ? 0 : pos >= ctx->last ? 1 : (double)(pos - ctx->first) / span;

  return area->x + area->width * f;
}

/* The span of sample @i's state (its phase, whether the world is stopped): from when its
 * step ended to when the next one did.  Its work (who ran the step) spans the step itself,
 * from the previous sample to this one. */
void      _ml_timeline_state_span   (MlTimelineCtx    *ctx,
                                     MlTimelineSeries *series,
                                     guint             i,
                                     guint64          *from,
                                     guint64          *to);
void      _ml_timeline_work_span    (MlTimelineCtx    *ctx,
                                     MlTimelineSeries *series,
                                     guint             i,
                                     guint64          *from,
                                     guint64          *to);
MlSceneBox *_ml_timeline_band       (MlTimelineCtx    *ctx,
                                     guint64           key,
                                     const MlRect     *area,
                                     guint64           from,
                                     guint64           to,
                                     double            min_w,
                                     const MlColor    *color,
                                     const char       *klass,
                                     guint8            z);
double    _ml_timeline_lanes_label_w (MlTimelineCtx    *ctx,
                                      guint            *n_lanes);
double    _ml_timeline_add_lanes    (MlTimelineCtx    *ctx,
                                     MlTimelineSeries *series,
                                     guint             run,
                                     double            x,
                                     double            y,
                                     double            w,
                                     gboolean          labels);
double    _ml_timeline_add_axis     (MlTimelineCtx    *ctx,
                                     guint             run,
                                     const MlRect     *chart,
                                     double            y);
char     *_ml_timeline_format_ns    (guint64           ns);

G_END_DECLS
