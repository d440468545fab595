/* ml-timeline-lanes.c
 *
 * Copyright The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The timeline's lanes and its x axis: who works when, on the model's virtual clock.  The
 * program's lane breaks while the world is stopped; each mark worker that worked in the run
 * has a lane of its own (a dedicated worker per P, the fractional worker, the idle Ps'
 * workers), the program's assists another, and the pauses are written with their durations
 * when they are too short to see.  Apart from the chart (ml-timeline-view.c) because this is
 * where the "short pauses, several cores" picture is made, and it is made of intervals of
 * the clock rather than of samples.
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <inttypes.h>
#include <math.h>

#include "ml-runtime.h"
#include "ml-text.h"
#include "ml-timeline-private.h"

/* At most this many lanes of mark workers, so that the lanes fit a projected window with
 * the chart; the idle Ps' workers past the last share it. */
#define MAX_WORKER_LANES 5

/* A pause drawn narrower than this is written with its duration. */
#define LABEL_PAUSE_BELOW 24.0

void
_ml_timeline_state_span (MlTimelineCtx    *ctx,
                         MlTimelineSeries *series,
                         guint             i,
                         guint64          *from,
                         guint64          *to)
{
  guint n = ml_timeline_series_get_n_samples (series);

  *from = _ml_timeline_pos (ctx, series, i);
  *to = i + 1 < n ? _ml_timeline_pos (ctx, series, i + 1) : *from + (ctx->by_time ? 0 : 1);
}

void
_ml_timeline_work_span (MlTimelineCtx    *ctx,
                        MlTimelineSeries *series,
                        guint             i,
                        guint64          *from,
                        guint64          *to)
{
  *to = _ml_timeline_pos (ctx, series, i);
  if (i > 0)
    *from = _ml_timeline_pos (ctx, series, i - 1);
  else
    *from = *to > 0 && !ctx->by_time ? *to - 1 : *to;
}

/* Formats a duration of the virtual clock in the unit it reads best in. */
char *
_ml_timeline_format_ns (guint64 ns)
{
  if (ns < 1000)
    return g_strdup_printf ("%" PRIu64 " ns", ns);
  if (ns < 1000000)
    return g_strdup_printf ("%.3g µs", ns / 1e3);
  if (ns < G_GUINT64_CONSTANT (1000000000))
    return g_strdup_printf ("%.3g ms", ns / 1e6);

  return g_strdup_printf ("%.3g s", ns / 1e9);
}

/**
 * _ml_timeline_band:
 *
 * A box over [@from, @to) of @area's x axis, at least @min_w wide (centred on the interval),
 * clipped to @area.  Returns %NULL when the interval is outside the axis.
 */
MlSceneBox *
_ml_timeline_band (MlTimelineCtx *ctx,
                   guint64        key,
                   const MlRect  *area,
                   guint64        from,
                   guint64        to,
                   double         min_w,
                   const MlColor *color,
                   const char    *klass,
                   guint8         z)
{
  double x0, x1;
  MlRect r;
  MlSceneBox *box;

  if (to < ctx->first || from > ctx->last)
    return NULL;
  x0 = _ml_timeline_x (ctx, area, from);
  x1 = _ml_timeline_x (ctx, area, to);
  if (x1 - x0 < min_w)
    {
      double mid = (x0 + x1) / 2;

      x0 = MAX (mid - min_w / 2, area->x);
      x1 = MIN (x0 + min_w, area->x + area->width);
      x0 = MIN (x0, x1 - min_w);
    }
  r = (MlRect) { x0, area->y, x1 - x0, area->height };
  box = ml_scene_add_box (ctx->scene, key, &r);
  box->fill = *color;
  box->flags = ML_BOX_NO_STROKE;
  box->radius = 0;
  box->z = z;
  box->hit_kind = ML_HIT_STEP;
  box->klass = klass;

  return box;
}

/* Intervals of one lane merged as they come: a long run draws one box per stretch of work,
 * not one per step. */
typedef struct
{
  MlTimelineCtx *ctx;
  const MlRect  *area;
  const MlColor *color;
  guint64        lane;
  guint64        from;
  guint64        to;
  gboolean       open;
  guint          n;
} Runner;

static void
runner_flush (Runner *r)
{
  MlSceneBox *box;

  if (!r->open)
    return;
  box = _ml_timeline_band (r->ctx, ml_scene_key ("lane-run", r->lane, r->n++), r->area, r->from, r->to, 1.5,
                           r->color, "lane-run", ML_Z_BOXES);
  if (box != NULL)
    box->address = r->from;
  r->open = FALSE;
}

static void
runner_add (Runner  *r,
            guint64  from,
            guint64  to)
{
  if (r->open && from <= r->to)
    {
      r->to = MAX (r->to, to);
      return;
    }
  runner_flush (r);
  r->open = TRUE;
  r->from = from;
  r->to = to;
}

typedef enum
{
  LANE_PROGRAM,
  LANE_STW,
  LANE_WORKER,
  LANE_ASSISTS,
  LANE_SWEEP,
} LaneKind;

typedef struct
{
  LaneKind     kind;
  MlWorkerKind worker;
  guint        id;
  gboolean     shared;    /* the last worker lane, taking the workers past it */
} Lane;

static int
lane_order (gconstpointer a,
            gconstpointer b)
{
  const Lane *x = a, *y = b;

  if (x->worker != y->worker)
    return (int)x->worker - (int)y->worker;

  return (int)x->id - (int)y->id;
}

/* The lanes of the runs drawn: the program, the pauses, one per mark worker that worked in
 * any of them (in the order dedicated, fractional, idle), the assists and the sweeper. */
static GArray *
lanes_of (MlTimelineCtx *ctx)
{
  GArray *lanes = g_array_new (FALSE, FALSE, sizeof (Lane));
  GArray *workers = g_array_new (FALSE, FALSE, sizeof (Lane));
  gboolean assists = FALSE;
  Lane lane = { LANE_PROGRAM, ML_WORKER_MUTATOR, 0, FALSE };

  for (guint r = 0; r < ctx->n_runs; r++)
    for (guint i = 0; i < ml_timeline_series_get_n_samples (ctx->runs[r]); i++)
      {
        const MlTimelineSample *s = ml_timeline_series_get_sample (ctx->runs[r], i);
        gboolean seen = FALSE;

        assists |= s->assists > 0 || s->worker == ML_WORKER_ASSIST;
        if (s->worker != ML_WORKER_DEDICATED && s->worker != ML_WORKER_FRACTIONAL && s->worker != ML_WORKER_IDLE)
          continue;
        for (guint w = 0; w < workers->len && !seen; w++)
          seen = g_array_index (workers, Lane, w).worker == s->worker && g_array_index (workers, Lane, w).id == s->worker_id;
        if (!seen)
          {
            Lane l = { LANE_WORKER, s->worker, s->worker_id, FALSE };

            g_array_append_val (workers, l);
          }
      }
  g_array_sort (workers, lane_order);

  g_array_append_val (lanes, lane);
  lane.kind = LANE_STW;
  g_array_append_val (lanes, lane);
  g_array_append_vals (lanes, workers->data, MIN (workers->len, MAX_WORKER_LANES));
  if (workers->len > MAX_WORKER_LANES)
    g_array_index (lanes, Lane, lanes->len - 1).shared = TRUE;
  if (assists)
    {
      lane.kind = LANE_ASSISTS;
      g_array_append_val (lanes, lane);
    }
  lane.kind = LANE_SWEEP;
  g_array_append_val (lanes, lane);
  g_array_unref (workers);

  return lanes;
}

static char *
lane_label (const Lane *lane)
{
  switch (lane->kind)
    {
    case LANE_PROGRAM:
      return g_strdup (_("program"));
    case LANE_STW:
      return g_strdup (_("stop the world"));
    case LANE_ASSISTS:
      /* Translators: the program's goroutine helping the collector to mark. */
      return g_strdup (_("program’s assists"));
    case LANE_SWEEP:
      return g_strdup (_("sweeper"));
    case LANE_WORKER:
    default:
      break;
    }
  if (lane->worker == ML_WORKER_DEDICATED)
    /* Translators: a mark worker that has a whole P (a processor) to itself; %u numbers it. */
    return g_strdup_printf (_("dedicated worker %u"), lane->id + 1);
  if (lane->worker == ML_WORKER_FRACTIONAL)
    /* Translators: the mark worker that takes a fraction of one P's time. */
    return g_strdup (_("fractional worker"));

  if (lane->shared)
    /* Translators: the last lane of mark workers on idle Ps, which takes the ones after it
     * too; %u is the first one's number. */
    return g_strdup_printf (_("idle-P workers %u+"), lane->id + 1);

  /* Translators: a mark worker running on a P that had nothing else to do. */
  return g_strdup_printf (_("idle-P worker %u"), lane->id + 1);
}

/* The width the lanes' labels take, so that the chart starts right of the widest. */
double
_ml_timeline_lanes_label_w (MlTimelineCtx *ctx,
                            guint         *n_lanes)
{
  g_autoptr(GArray) lanes = lanes_of (ctx);
  double w = 0;

  *n_lanes = lanes->len;
  for (guint i = 0; i < lanes->len; i++)
    {
      g_autofree char *label = lane_label (&g_array_index (lanes, Lane, i));
      double lw;

      ml_text_measure (label, ML_TEXT_BODY, &lw, NULL);
      w = MAX (w, lw);
    }

  return w;
}

/* Which of @lanes a sample's worker belongs to, or -1. */
static int
worker_lane (GArray                 *lanes,
             const MlTimelineSample *s)
{
  int last = -1;

  for (guint i = 0; i < lanes->len; i++)
    {
      const Lane *l = &g_array_index (lanes, Lane, i);

      if (l->kind != LANE_WORKER)
        continue;
      last = (int)i;
      if (l->worker == s->worker && l->id == s->worker_id)
        return (int)i;
    }

  /* Past MAX_WORKER_LANES: the last worker lane takes the rest. */
  return s->worker == ML_WORKER_DEDICATED || s->worker == ML_WORKER_FRACTIONAL || s->worker == ML_WORKER_IDLE ? last : -1;
}

/* The pauses' durations, written beside pauses too narrow to read, where they fit. */
static void
label_pauses (MlTimelineCtx    *ctx,
              MlTimelineSeries *series,
              guint             run,
              const MlRect     *area)
{
  guint n = ml_timeline_series_get_n_samples (series);
  g_autoptr(GArray) pauses = g_array_new (FALSE, FALSE, sizeof (double) * 4);
  double free_x = area->x;

  /* The pauses first, [x0, x1, ns, key], so that a label never runs into the next pause. */
  for (guint i = 0; i < n; i++)
    {
      const MlTimelineSample *s = ml_timeline_series_get_sample (series, i);
      guint64 from, to, unused;
      guint j = i;
      double p[4];

      if (!s->world_stopped)
        continue;
      while (j + 1 < n && ml_timeline_series_get_sample (series, j + 1)->world_stopped)
        j++;
      _ml_timeline_state_span (ctx, series, i, &from, &unused);
      _ml_timeline_state_span (ctx, series, j, &unused, &to);
      p[2] = (double)((j + 1 < n ? ml_timeline_series_get_sample (series, j + 1)->now_ns : s->now_ns) - s->now_ns);
      p[3] = (double)from;
      i = j;
      if (to < ctx->first || from > ctx->last)
        continue;
      p[0] = _ml_timeline_x (ctx, area, from);
      p[1] = _ml_timeline_x (ctx, area, to);
      g_array_append_val (pauses, p);
    }

  for (guint k = 0; k < pauses->len; k++)
    {
      double *p = &g_array_index (pauses, double, k * 4);
      double limit = k + 1 < pauses->len ? g_array_index (pauses, double, (k + 1) * 4) - 4 : area->x + area->width;
      g_autofree char *text = NULL;
      double x0, tw, th;
      MlSceneText *t;

      if (p[1] - p[0] >= LABEL_PAUSE_BELOW)
        continue;
      text = _ml_timeline_format_ns ((guint64)p[2]);
      ml_text_measure (text, ML_TEXT_SMALL, &tw, &th);
      x0 = MAX (p[1] + 3, p[0] + ML_TIMELINE_MIN_PAUSE_W / 2 + 3);
      if (x0 < free_x || x0 + tw > limit)
        continue;
      t = ml_scene_add_text (ctx->scene, ml_scene_key ("pause-label", run, (guint64)p[3]), text, ML_TEXT_SMALL, x0,
                             area->y + (area->height - th) / 2, &ctx->palette->foreground);
      t->klass = "pause-label";
      free_x = x0 + tw + 6;
    }
}

/* The program's lane where it waited for a whole cycle in runtime.GC(): left empty, and
 * written on when there is room. */
static void
waits_in_gc (MlTimelineCtx    *ctx,
             MlTimelineSeries *series,
             guint             i,
             guint             run,
             const MlRect     *area)
{
  const char *text = "runtime.GC()";
  guint64 from, to;
  double x0, x1, tw, th;
  MlSceneText *t;

  _ml_timeline_work_span (ctx, series, i, &from, &to);
  if (to < ctx->first || from > ctx->last)
    return;
  x0 = _ml_timeline_x (ctx, area, from);
  x1 = _ml_timeline_x (ctx, area, to);
  ml_text_measure (text, ML_TEXT_SMALL, &tw, &th);
  if (x1 - x0 < tw + 8)
    return;
  t = ml_scene_add_text (ctx->scene, ml_scene_key ("gc-wait", run, i), text, ML_TEXT_SMALL, (x0 + x1 - tw) / 2,
                         area->y + (area->height - th) / 2, &ctx->palette->dim_foreground);
  t->klass = "gc-wait";
}

/* Draws the runs of one lane. */
static void
draw_lane (MlTimelineCtx    *ctx,
           MlTimelineSeries *series,
           GArray           *lanes,
           guint             index,
           guint             run,
           const MlRect     *area,
           const MlColor    *color)
{
  const Lane *lane = &g_array_index (lanes, Lane, index);
  Runner r = { ctx, area, color, (guint64)run * 64 + index, 0, 0, FALSE, 0 };
  guint n = ml_timeline_series_get_n_samples (series);
  guint64 mark_start = 0, lane_end = 0;

  for (guint i = 0; i < n; i++)
    {
      const MlTimelineSample *s = ml_timeline_series_get_sample (series, i);
      const MlTimelineSample *prev = i > 0 ? ml_timeline_series_get_sample (series, i - 1) : NULL;
      guint64 from, to;

      if (s->phase == ML_GC_MARK && (prev == NULL || prev->phase != ML_GC_MARK))
        mark_start = lane_end = _ml_timeline_pos (ctx, series, i);
      switch (lane->kind)
        {
        case LANE_PROGRAM:
          /* A step that ran a whole cycle is the program waiting in runtime.GC(): the
           * state before it does not run on into it. */
          if (prev != NULL && s->cycle > prev->cycle && s->phase == ML_GC_OFF)
            waits_in_gc (ctx, series, i, run, area);
          if (i + 1 < n && ml_timeline_series_get_sample (series, i + 1)->cycle > s->cycle &&
              ml_timeline_series_get_sample (series, i + 1)->phase == ML_GC_OFF)
            break;
          if (!s->world_stopped)
            {
              _ml_timeline_state_span (ctx, series, i, &from, &to);
              runner_add (&r, from, to);
            }
          break;
        case LANE_STW:
          if (s->world_stopped)
            {
              _ml_timeline_state_span (ctx, series, i, &from, &to);
              runner_add (&r, from, to);
            }
          break;
        case LANE_ASSISTS:
          if (s->assists > 0 || s->worker == ML_WORKER_ASSIST)
            {
              _ml_timeline_work_span (ctx, series, i, &from, &to);
              runner_add (&r, from, to);
            }
          break;
        case LANE_SWEEP:
          if (s->phase == ML_GC_SWEEP || s->worker == ML_WORKER_SWEEPER)
            {
              _ml_timeline_state_span (ctx, series, i, &from, &to);
              runner_add (&r, from, to);
            }
          break;
        case LANE_WORKER:
        default:
          if (worker_lane (lanes, s) != (int)index)
            break;
          _ml_timeline_work_span (ctx, series, i, &from, &to);
          /* On the clock a unit costs no time of its own: the worker earned it running
           * beside the program since its last unit, all of that time for a worker with a P
           * to itself, its share for the fractional one. */
          if (ctx->by_time)
            {
              from = MAX (MIN (lane_end, to), mark_start);
              if (lane->worker == ML_WORKER_FRACTIONAL)
                from = to - (to - MIN (from, to)) * s->fraction_pct / 100;
              lane_end = to;
            }
          runner_add (&r, from, to);
          break;
        }
    }
  runner_flush (&r);
}

/**
 * _ml_timeline_add_lanes:
 *
 * The lanes of one run under its chart, each labelled left of @x when @labels is set.
 * Returns the bottom.
 */
double
_ml_timeline_add_lanes (MlTimelineCtx    *ctx,
                        MlTimelineSeries *series,
                        guint             run,
                        double            x,
                        double            y,
                        double            w,
                        gboolean          labels)
{
  const MlPalette *palette = ctx->palette;
  g_autoptr(GArray) lanes = lanes_of (ctx);
  MlColor track_color = ml_color_mix (&palette->background, &palette->border, 0.35);
  MlColor colors[] = {
    [LANE_PROGRAM] = ml_color_mix (&palette->segment_stack, &palette->foreground, 0.15),
    [LANE_STW] = { 0.878, 0.106, 0.141, 0.9 },
    [LANE_WORKER] = ml_color_mix (&palette->accent, &palette->background, 0.1),
    [LANE_ASSISTS] = ml_color_mix (&palette->segment_heap, &palette->foreground, 0.1),
    [LANE_SWEEP] = ml_color_mix (&palette->segment_data, &palette->foreground, 0.25),
  };

  for (guint i = 0; i < lanes->len; i++)
    {
      const Lane *lane = &g_array_index (lanes, Lane, i);
      MlRect area = { x, y, w, ML_TIMELINE_LANE_H };
      MlSceneBox *track = ml_scene_add_box (ctx->scene, ml_scene_key ("lane", run * 64 + i, 0), &area);

      track->fill = track_color;
      track->flags = ML_BOX_NO_STROKE;
      track->radius = 3;
      track->z = ML_Z_BACKGROUND;
      track->klass = "lane";
      draw_lane (ctx, series, lanes, i, run, &area, &colors[lane->kind]);

      if (lane->kind == LANE_PROGRAM || lane->kind == LANE_STW)
        {
          guint n = ml_timeline_series_get_n_samples (series);

          /* A pause shorter than a pixel still shows: the program's lane is cut there and
           * the pauses' lane marked, each at least a few pixels wide. */
          for (guint k = 0; k < n; k++)
            if (ml_timeline_series_get_sample (series, k)->world_stopped)
              {
                guint64 from, to;
                MlSceneBox *b;

                _ml_timeline_state_span (ctx, series, k, &from, &to);
                b = _ml_timeline_band (ctx, ml_scene_key ("lane-pause", run * 64 + i, k), &area, from, to,
                                       ML_TIMELINE_MIN_PAUSE_W,
                                       lane->kind == LANE_PROGRAM ? &track_color : &colors[LANE_STW],
                                       lane->kind == LANE_PROGRAM ? "lane-gap" : "lane-run", ML_Z_TEXT);
                if (b != NULL)
                  b->address = from;
              }
          if (lane->kind == LANE_STW)
            label_pauses (ctx, series, run, &area);
        }

      if (labels)
        {
          g_autofree char *label = lane_label (lane);
          double th;
          MlSceneText *t;

          ml_text_measure (label, ML_TEXT_BODY, NULL, &th);
          t = ml_scene_add_text (ctx->scene, ml_scene_key ("lane-label", run * 64 + i, 0), label, ML_TEXT_BODY,
                                 x - ctx->label_w - 12, y + (ML_TIMELINE_LANE_H - th) / 2, &palette->foreground);
          t->klass = "lane-label";
        }
      y += ML_TIMELINE_LANE_H + ML_TIMELINE_LANE_GAP;
    }

  return y;
}

/* A "nice" tick step for @span: 1, 2 or 5 times a power of ten. */
static guint64
nice_ticks (guint64 span,
            guint   ticks)
{
  guint64 raw = MAX (span / MAX (ticks, 1), 1);
  guint64 p = 1;

  while (p * 10 <= raw)
    p *= 10;
  if (raw <= p)
    return p;
  if (raw <= 2 * p)
    return 2 * p;
  if (raw <= 5 * p)
    return 5 * p;

  return 10 * p;
}

/**
 * _ml_timeline_add_axis:
 *
 * The x axis under the lanes at @y: the virtual clock in µs or ms with grid lines through
 * @chart, or the first and last steps.  Returns the bottom.
 */
double
_ml_timeline_add_axis (MlTimelineCtx *ctx,
                       guint          run,
                       const MlRect  *chart,
                       double         y)
{
  const MlPalette *palette = ctx->palette;
  const char *axis = ctx->by_time ? _("time on the model’s clock") : _("steps");
  double tw, th, free_x = -G_MAXDOUBLE, axis_x;
  guint64 tick = nice_ticks (ctx->last - ctx->first, 6);
  MlSceneText *t;

  ml_text_measure (axis, ML_TEXT_SMALL, &tw, &th);
  axis_x = chart->x + (chart->width - tw) / 2;
  for (guint64 v = (ctx->first + tick - 1) / tick * tick; v <= ctx->last; v += tick)
    {
      double x = _ml_timeline_x (ctx, chart, v);
      g_autofree char *text = ctx->by_time ? _ml_timeline_format_ns (v) : g_strdup_printf ("%" PRIu64, v);
      MlPoint p[2] = { { x, chart->y }, { x, chart->y + chart->height } };
      MlScenePath *grid = ml_scene_add_path (ctx->scene, ml_scene_key ("vgrid", run, v), p, 2);
      double lw, lx;

      grid->stroke = ml_color_with_alpha (&palette->border, 0.4);
      grid->z = ML_Z_BACKGROUND;
      grid->klass = "grid";
      ml_text_measure (text, ML_TEXT_SMALL, &lw, NULL);
      lx = CLAMP (x - lw / 2, chart->x, chart->x + chart->width - lw);
      /* Ticks never overlap one another. */
      if (lx < free_x)
        continue;
      t = ml_scene_add_text (ctx->scene, ml_scene_key ("xtick", run, v), text, ML_TEXT_SMALL, lx, y,
                             &palette->dim_foreground);
      t->klass = "tick";
      free_x = lx + lw + 12;
    }
  t = ml_scene_add_text (ctx->scene, ml_scene_key ("axis", run, 2), axis, ML_TEXT_SMALL, axis_x, y + th + 2,
                         &palette->dim_foreground);
  t->klass = "axis-name";

  return y + 2 * th + 8;
}
