/* ml-timeline-view.c
 *
 * Copyright The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The run over time: heap in use against the heap goal, GC cycles as bands with their
 * stop-the-world pauses in red, lanes for who works (the program, the mark workers, assists,
 * the sweeper), and the allocation counters.  With a second series, two runs side by side on
 * the same scales with their totals compared (the slice lesson: append without capacity
 * against make with capacity).  The vocabulary is gctrace's and gotraceui's.
 */

#include "config.h"

#include <inttypes.h>
#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "ml-names.h"
#include "ml-text.h"
#include "ml-timeline-private.h"
#include "ml-view-layouts.h"

#define MARGIN     24.0
#define AXIS_W     76.0
#define CHART_H    240.0

typedef MlTimelineCtx Ctx;

static double
bytes_y (Ctx          *ctx,
         const MlRect *chart,
         guint64       bytes)
{
  /* A goal above the chart's scale runs along its top edge. */
  return chart->y + chart->height - chart->height * (double)MIN (bytes, ctx->max_bytes) / (double)MAX (ctx->max_bytes, 1);
}

/* A "nice" axis step in bytes: 1, 2 or 5 times a power of ten of the unit (B, KiB, MiB,
 * GiB) the maximum is best read in, so that ticks read "64 KiB", not "65.5 KiB". */
static guint64
nice_step (guint64 max,
           guint   ticks)
{
  guint64 unit = max >= (G_GUINT64_CONSTANT (1) << 30) ? G_GUINT64_CONSTANT (1) << 30 :
                 max >= (1 << 20) ? (1 << 20) : max >= 1024 ? 1024 : 1;
  guint64 raw = MAX (max / unit / MAX (ticks, 1), 1);
  guint64 p = 1;

  while (p * 10 <= raw)
    p *= 10;
  if (raw <= p)
    return p * unit;
  if (raw <= 2 * p)
    return 2 * p * unit;
  if (raw <= 5 * p)
    return 5 * p * unit;

  return 10 * p * unit;
}

/* The (min, max) envelope per pixel column of a value over the series, so that a long run
 * draws as many points as the chart is wide. */
static GArray *
envelope (Ctx              *ctx,
          MlTimelineSeries *series,
          const MlRect     *chart,
          gboolean          goal)
{
  GArray *points = g_array_new (FALSE, FALSE, sizeof (MlPoint));
  guint n = ml_timeline_series_get_n_samples (series);
  int last_col = -1;
  double lo = 0, hi = 0, col_x = 0, last_y = 0;

  for (guint i = 0; i < n; i++)
    {
      const MlTimelineSample *s = ml_timeline_series_get_sample (series, i);
      guint64 pos = _ml_timeline_pos (ctx, series, i);
      double x = _ml_timeline_x (ctx, chart, pos);
      double y = bytes_y (ctx, chart, goal ? s->heap_goal : s->heap_live);
      int col = (int)floor (x);

      /* A zoomed axis keeps one sample either side of what it shows, so that the lines run
       * to its edges. */
      if ((pos < ctx->first && i + 1 < n && _ml_timeline_pos (ctx, series, i + 1) <= ctx->first) ||
          (pos > ctx->last && i > 0 && _ml_timeline_pos (ctx, series, i - 1) >= ctx->last))
        continue;

      if (col != last_col)
        {
          if (last_col >= 0)
            {
              MlPoint a = { col_x, lo }, b = { col_x, hi }, hold = { x, last_y };

              g_array_append_val (points, a);
              if (hi != lo)
                g_array_append_val (points, b);
              /* A value holds until the next sample: on the clock a pause can separate two
               * samples by many pixels, and the heap falls at its end, not along it. */
              if (x - col_x > 1.5)
                g_array_append_val (points, hold);
            }
          last_col = col;
          lo = hi = y;
          col_x = x;
        }
      else
        {
          lo = MAX (lo, y);
          hi = MIN (hi, y);
        }
      last_y = y;
    }

  if (last_col >= 0)
    {
      MlPoint a = { col_x, lo }, b = { col_x, hi };

      g_array_append_val (points, a);
      if (hi != lo)
        g_array_append_val (points, b);
    }

  return points;
}

/* Runs of consecutive samples where @test holds, as [from, to] pairs of the x axis (the
 * span of the samples' state). */
typedef gboolean (*SampleTest) (const MlTimelineSample *sample);

static gboolean
in_mark (const MlTimelineSample *s)
{
  return s->phase == ML_GC_MARK;
}

/* Cycles as [from, to, cycle number, forced] quadruples of the x axis: a new cycle may
 * start right where the last one's sweep ends, so runs are split where the cycle number
 * changes.  "Forced" is a runtime.GC() cycle, which ran whole inside one step. */
static GArray *
cycle_runs (Ctx              *ctx,
            MlTimelineSeries *series)
{
  GArray *out = g_array_new (FALSE, FALSE, sizeof (guint64) * 4);
  guint n = ml_timeline_series_get_n_samples (series);
  guint64 run[4] = { 0, 0, 0, 0 };
  gboolean inside = FALSE;

  for (guint i = 0; i < n; i++)
    {
      const MlTimelineSample *s = ml_timeline_series_get_sample (series, i);
      gboolean active = s->phase != ML_GC_OFF;
      guint64 from, to;

      _ml_timeline_state_span (ctx, series, i, &from, &to);
      if (inside && (!active || s->cycle != run[2]))
        {
          g_array_append_val (out, run);
          inside = FALSE;
        }
      if (active && !inside)
        {
          inside = TRUE;
          run[0] = from;
          run[2] = s->cycle;
        }
      if (inside)
        run[1] = to;
      /* runtime.GC() runs a whole cycle inside one statement: no step shows it active, but
       * the count moved on.  It is drawn over that one step, which on the clock lasts as
       * long as the program waited for the cycle. */
      if (i > 0 && !active)
        {
          const MlTimelineSample *prev = ml_timeline_series_get_sample (series, i - 1);
          guint64 seen = out->len > 0 ? g_array_index (out, guint64, (out->len - 1) * 4 + 2) : 0;

          _ml_timeline_work_span (ctx, series, i, &from, &to);
          for (guint64 c = MAX (prev->cycle, seen) + 1; c <= s->cycle; c++)
            {
              guint64 instant[4] = { from, to, c, TRUE };

              g_array_append_val (out, instant);
            }
        }
    }
  if (inside)
    g_array_append_val (out, run);

  return out;
}

static gboolean
in_stw (const MlTimelineSample *s)
{
  return s->world_stopped;
}

static GArray *
runs (Ctx              *ctx,
      MlTimelineSeries *series,
      SampleTest        test)
{
  GArray *out = g_array_new (FALSE, FALSE, sizeof (guint64) * 2);
  guint n = ml_timeline_series_get_n_samples (series);
  gboolean inside = FALSE;
  guint64 pair[2] = { 0, 0 };

  for (guint i = 0; i < n; i++)
    {
      const MlTimelineSample *s = ml_timeline_series_get_sample (series, i);
      guint64 from, to;

      _ml_timeline_state_span (ctx, series, i, &from, &to);
      if (test (s) && !inside)
        {
          inside = TRUE;
          pair[0] = from;
        }
      if (inside)
        pair[1] = to;
      if (!test (s) && inside)
        {
          inside = FALSE;
          g_array_append_val (out, pair);
        }
    }
  if (inside)
    g_array_append_val (out, pair);

  return out;
}

/* A band of the chart over [@first, @last] of the x axis, at least @min_w wide. */
static MlSceneBox *
add_band (Ctx           *ctx,
          guint64        key,
          const MlRect  *area,
          guint64        first,
          guint64        last,
          double         min_w,
          const MlColor *color,
          const char    *klass,
          MlHitKind      hit,
          guint64        index,
          guint8         z)
{
  MlSceneBox *box = _ml_timeline_band (ctx, key, area, first, last, min_w, color, klass, z);

  if (box == NULL)
    return NULL;
  box->hit_kind = hit;
  box->index = index;
  box->address = first;

  return box;
}

/* One run's charts: heap and goal over the cycles, then the lanes.  Returns the bottom. */
static double
add_run (Ctx              *ctx,
         MlTimelineSeries *series,
         double            x,
         double            y,
         double            w,
         gboolean          labels,
         guint             run)
{
  const MlPalette *palette = ctx->palette;
  MlRect chart = { x, y, w, ctx->chart_h };
  MlSceneBox *frame;
  g_autoptr(GArray) live = NULL;
  g_autoptr(GArray) goal = NULL;
  g_autoptr(GArray) cycles = cycle_runs (ctx, series);
  g_autoptr(GArray) marks = runs (ctx, series, in_mark);
  g_autoptr(GArray) stw = runs (ctx, series, in_stw);
  MlColor cycle_fill = ml_color_with_alpha (&palette->accent, 0.07);
  MlColor heap_color = ml_color_mix (&palette->segment_heap, &palette->foreground, 0.25);
  MlColor stw_color = { 0.878, 0.106, 0.141, 0.9 };
  double ly;

  frame = ml_scene_add_box (ctx->scene, ml_scene_key ("chart", run, 0), &chart);
  frame->fill = ml_color_mix (&palette->background, &palette->border, 0.08);
  frame->stroke = palette->border;
  frame->radius = 2;
  frame->z = ML_Z_BACKGROUND;
  frame->klass = "chart";

  /* Byte ticks. */
  {
    guint64 stepb = nice_step (ctx->max_bytes, 4);

    for (guint64 b = 0; b <= ctx->max_bytes; b += stepb)
      {
        MlPoint p[2] = { { x, bytes_y (ctx, &chart, b) }, { x + w, bytes_y (ctx, &chart, b) } };
        MlScenePath *grid = ml_scene_add_path (ctx->scene, ml_scene_key ("grid", run, b), p, 2);

        grid->stroke = ml_color_with_alpha (&palette->border, 0.6);
        grid->z = ML_Z_BACKGROUND;
        grid->klass = "grid";
        if (labels)
          {
            g_autofree char *text = ml_format_bytes (b, ML_BYTES_EXACT);
            double tw, th;
            MlSceneText *t;

            ml_text_measure (text, ML_TEXT_SMALL, &tw, &th);
            t = ml_scene_add_text (ctx->scene, ml_scene_key ("tick", run, b), text, ML_TEXT_SMALL, x - 8 - tw,
                                   p[0].y - th / 2, &palette->dim_foreground);
            t->klass = "tick";
          }
        if (stepb == 0)
          break;
      }
  }

  /* GC cycles (accent bands, numbered) and their stop-the-world pauses (red). */
  for (guint i = 0; i < marks->len; i++)
    {
      guint64 *pair = &g_array_index (marks, guint64, i * 2);
      MlColor mark_fill = ml_color_with_alpha (&palette->accent, 0.12);

      add_band (ctx, ml_scene_key ("mark", run, pair[0]), &chart, pair[0], pair[1], 2, &mark_fill, "mark-phase",
                ML_HIT_STEP, pair[0], ML_Z_BACKGROUND);
    }
  {
    /* Labels never overlap one another or leave the chart: one too close to the last is left
     * out (the band still shows), and one at the right edge sits left of its band. */
    double label_right = -G_MAXDOUBLE;

    for (guint i = 0; i < cycles->len; i++)
      {
        guint64 *pair = &g_array_index (cycles, guint64, i * 4);
        g_autofree char *label = g_strdup_printf (pair[3] ? "GC %" PRIu64 " · runtime.GC()" : "GC %" PRIu64, pair[2]);
        double lx = _ml_timeline_x (ctx, &chart, pair[0]) + 3, lw;
        MlSceneText *t;

        if (ctx->zoom_cycle != 0 && pair[2] != ctx->zoom_cycle)
          continue;
        if (add_band (ctx, ml_scene_key ("cycle", run, pair[0]), &chart, pair[0], pair[1], 6, &cycle_fill, "cycle",
                      ML_HIT_CYCLE, pair[2], ML_Z_BACKGROUND) == NULL)
          continue;
        ml_text_measure (label, ML_TEXT_SMALL, &lw, NULL);
        lx = CLAMP (lx, chart.x + 3, chart.x + chart.width - lw - 3);
        if (lx < label_right + 4)
          continue;
        if (_ml_timeline_x (ctx, &chart, pair[1]) - _ml_timeline_x (ctx, &chart, pair[0]) > 34 || cycles->len <= 12)
          {
            t = ml_scene_add_text (ctx->scene, ml_scene_key ("cycle-label", run, pair[0]), label, ML_TEXT_SMALL,
                                   lx, chart.y + 3, &palette->accent);
            t->klass = "cycle-label";
            label_right = lx + lw;
          }
      }
  }
  for (guint i = 0; i < stw->len; i++)
    {
      guint64 *pair = &g_array_index (stw, guint64, i * 2);
      MlColor band = ml_color_with_alpha (&stw_color, 0.35);

      add_band (ctx, ml_scene_key ("stw", run, pair[0]), &chart, pair[0], pair[1], ML_TIMELINE_MIN_PAUSE_W, &band,
                "stw", ML_HIT_STEP, pair[0], ML_Z_BACKGROUND);
    }

  /* Heap in use as an area, the goal as a dashed line over it. */
  live = envelope (ctx, series, &chart, FALSE);
  goal = envelope (ctx, series, &chart, TRUE);
  if (live->len >= 1)
    {
      g_autoptr(GArray) area = g_array_new (FALSE, FALSE, sizeof (MlPoint));
      MlPoint base0 = { g_array_index (live, MlPoint, 0).x, chart.y + chart.height };
      MlPoint base1 = { g_array_index (live, MlPoint, live->len - 1).x, chart.y + chart.height };
      MlScenePath *p;

      if (live->len == 1)
        {
          MlPoint extra = g_array_index (live, MlPoint, 0);

          extra.x += 3;
          g_array_append_val (live, extra);
          base1.x = extra.x;
        }
      g_array_append_val (area, base0);
      g_array_append_vals (area, live->data, live->len);
      g_array_append_val (area, base1);
      p = ml_scene_add_path (ctx->scene, ml_scene_key ("heap-area", run, 0), (MlPoint *)(gpointer)area->data, area->len);
      p->fill = ml_color_with_alpha (&heap_color, 0.35);
      p->flags = ML_PATH_FILL | ML_PATH_CLOSED;
      p->z = ML_Z_ARROWS;
      p->klass = "heap-area";
      p = ml_scene_add_path (ctx->scene, ml_scene_key ("heap-line", run, 0), (MlPoint *)(gpointer)live->data, live->len);
      p->stroke = heap_color;
      p->width = 2;
      p->z = ML_Z_BOXES;
      p->klass = "heap-live";
    }
  if (goal->len >= 2)
    {
      MlScenePath *p = ml_scene_add_path (ctx->scene, ml_scene_key ("goal-line", run, 0), (MlPoint *)(gpointer)goal->data, goal->len);

      p->stroke = palette->foreground;
      p->width = 1.5;
      p->flags = ML_PATH_STROKE | ML_PATH_DASHED;
      p->z = ML_Z_BOXES;
      p->klass = "heap-goal";
    }
  if (ctx->goal_above)
    {
      g_autofree char *bytes = ml_format_bytes (ctx->max_goal, ML_BYTES_EXACT);
      /* Translators: the heap goal is larger than the chart's scale, %s is its size. */
      g_autofree char *label = g_strdup_printf (_("heap goal %s, above the scale ↑"), bytes);
      MlSceneText *above;
      double tw, th;

      /* Over the chart's top edge, on the right: the cycles' labels are inside it. */
      ml_text_measure (label, ML_TEXT_SMALL, &tw, &th);
      above = ml_scene_add_text (ctx->scene, ml_scene_key ("goal-above", run, 0), label, ML_TEXT_SMALL,
                                 chart.x + chart.width - tw, chart.y - th - 3, &palette->dim_foreground);
      above->klass = "goal-above";
    }

  /* The lanes, and the x axis under them. */
  ly = _ml_timeline_add_lanes (ctx, series, run, x, chart.y + chart.height + 14, w, labels);
  ly = _ml_timeline_add_axis (ctx, run, &chart, ly);

  return ly;
}

static guint
count_cycles (MlTimelineSeries *series)
{
  const MlTimelineSample *last = ml_timeline_series_get_last (series);

  return last != NULL ? last->cycle : 0;
}

/* The counters of a run, as lines of text. */
static GPtrArray *
counter_lines (MlTimelineSeries *series)
{
  GPtrArray *lines = g_ptr_array_new_with_free_func (g_free);
  const MlTimelineSample *last = ml_timeline_series_get_last (series);
  g_autofree char *bytes = ml_format_bytes (last != NULL ? last->total_alloc : 0, ML_BYTES_EXACT);
  g_autofree char *copied = ml_format_bytes (last != NULL ? last->copied_bytes : 0, ML_BYTES_EXACT);

  g_ptr_array_add (lines, g_strdup_printf (_("allocations: %" PRIu64), last != NULL ? last->mallocs : 0));
  g_ptr_array_add (lines, g_strdup_printf (_("bytes allocated: %s"), bytes));
  g_ptr_array_add (lines, g_strdup_printf (_("copies: %u (%s)"), last != NULL ? last->copies : 0, copied));
  g_ptr_array_add (lines, g_strdup_printf (_("GC cycles: %u"), count_cycles (series)));

  return lines;
}

/* Side-by-side bars of one counter for the two runs. */
static double
add_comparison (Ctx              *ctx,
                MlTimelineSeries *a,
                MlTimelineSeries *b,
                double            x,
                double            y,
                double            w)
{
  const MlPalette *palette = ctx->palette;
  const MlTimelineSample *la = ml_timeline_series_get_last (a);
  const MlTimelineSample *lb = ml_timeline_series_get_last (b);
  double values[4][2] = {
    { la != NULL ? la->mallocs : 0, lb != NULL ? lb->mallocs : 0 },
    { la != NULL ? la->total_alloc : 0, lb != NULL ? lb->total_alloc : 0 },
    { la != NULL ? la->copied_bytes : 0, lb != NULL ? lb->copied_bytes : 0 },
    { count_cycles (a), count_cycles (b) },
  };
  const char *names[4] = { _("allocations"), _("bytes allocated"), _("bytes copied"), _("GC cycles") };
  char *labels[4][2];
  double label_w = 0;
  MlColor colors[2] = {
    ml_color_mix (&palette->segment_heap, &palette->foreground, 0.2),
    ml_color_mix (&palette->segment_data, &palette->foreground, 0.3),
  };
  MlSceneText *t;

  t = ml_scene_add_text (ctx->scene, ml_scene_key ("compare-title", 0, 0), _("Compared"), ML_TEXT_HEADING, x, y,
                         &palette->foreground);
  y += t->height + 8;

  /* The labels first: the bars take the width the widest one leaves. */
  for (guint k = 0; k < 4; k++)
    for (guint r = 0; r < 2; r++)
      {
        MlTimelineSeries *s = r == 0 ? a : b;
        const MlTimelineSample *last = r == 0 ? la : lb;
        const char *run = ml_timeline_series_get_label (s) != NULL ? ml_timeline_series_get_label (s) : "";
        g_autofree char *value = NULL;
        double lw;

        if (k == 1)
          value = ml_format_bytes ((guint64)values[k][r], ML_BYTES_EXACT);
        else if (k == 2)
          {
            g_autofree char *bytes = ml_format_bytes ((guint64)values[k][r], ML_BYTES_EXACT);
            guint copies = last != NULL ? last->copies : 0;

            /* Translators: bytes that append copied into new arrays, and in how many copies. */
            value = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s in %u copy", "%s in %u copies", copies),
                                     bytes, copies);
          }
        else
          value = g_strdup_printf ("%.0f", values[k][r]);
        labels[k][r] = g_strdup_printf ("%s · %s", value, run);
        ml_text_measure (labels[k][r], ML_TEXT_SMALL, &lw, NULL);
        label_w = MAX (label_w, lw);
      }

  for (guint k = 0; k < 4; k++)
    {
      double max = MAX (MAX (values[k][0], values[k][1]), 1);

      t = ml_scene_add_text (ctx->scene, ml_scene_key ("compare-name", k, 0), names[k], ML_TEXT_BODY, x, y + 6,
                             &palette->foreground);
      for (guint r = 0; r < 2; r++)
        {
          double bw = MAX (w - 180 - label_w - 16, 120) * values[k][r] / max;
          MlRect bar = { x + 180, y + r * 18, MAX (bw, 2), 14 };
          MlSceneBox *box = ml_scene_add_box (ctx->scene, ml_scene_key ("compare-bar", k, r), &bar);

          box->fill = colors[r];
          box->stroke = colors[r];
          box->radius = 3;
          box->klass = "compare-bar";
          ml_scene_add_text (ctx->scene, ml_scene_key ("compare-value", k, r), labels[k][r], ML_TEXT_SMALL,
                             bar.x + bar.width + 8, bar.y - 1, &palette->foreground);
          g_free (labels[k][r]);
        }
      y += 2 * 18 + 10;
    }

  return y;
}

/* The x axis' domain (steps or ns) and the bytes' scale, shared by both runs so that they
 * compare by eye.  With @cycle, the axis shows that cycle of the first run with a little
 * before and after, and the bytes scale to what it shows. */
static void
set_domain (Ctx               *ctx,
            MlTimelineSeries **all,
            guint              n_runs,
            guint              cycle)
{
  guint64 first = G_MAXUINT64, last = 0;

  /* A series with no clock (samples made by hand, or a run that has not started) is drawn
   * by its steps. */
  if (ctx->by_time)
    {
      const MlTimelineSample *a = ml_timeline_series_get_n_samples (all[0]) > 0 ? ml_timeline_series_get_sample (all[0], 0) : NULL;
      const MlTimelineSample *b = ml_timeline_series_get_last (all[0]);

      ctx->by_time = a != NULL && b->now_ns > a->now_ns;
    }
  ctx->zoom_cycle = 0;
  if (cycle != 0)
    {
      g_autoptr(GArray) cycles = cycle_runs (ctx, all[0]);

      for (guint i = 0; i < cycles->len; i++)
        {
          guint64 *c = &g_array_index (cycles, guint64, i * 4);

          if (c[2] != cycle)
            continue;
          first = MIN (first, c[0]);
          last = MAX (last, c[1]);
          ctx->zoom_cycle = cycle;
        }
    }
  if (ctx->zoom_cycle != 0)
    {
      guint64 pad = MAX ((last - first) / 8, 1);

      first = first > pad ? first - pad : 0;
      last += pad;
    }
  else
    {
      first = G_MAXUINT64;
      for (guint r = 0; r < n_runs; r++)
        for (guint i = 0; i < ml_timeline_series_get_n_samples (all[r]); i++)
          {
            first = MIN (first, _ml_timeline_pos (ctx, all[r], i));
            last = MAX (last, _ml_timeline_pos (ctx, all[r], i));
          }
      if (first == G_MAXUINT64)
        first = last = 0;
      /* Room after the last moment, so that what the run ends with (the heap falling after
       * a last collection) is not a cliff at the chart's edge. */
      last += (last - first) / 40;
    }
  ctx->first = first;
  ctx->last = MAX (last, first + 1);

  for (guint r = 0; r < n_runs; r++)
    for (guint i = 0; i < ml_timeline_series_get_n_samples (all[r]); i++)
      {
        const MlTimelineSample *s = ml_timeline_series_get_sample (all[r], i);
        guint64 pos = _ml_timeline_pos (ctx, all[r], i);

        if (ctx->zoom_cycle != 0 && (pos < ctx->first || pos > ctx->last))
          continue;
        ctx->max_bytes = MAX (ctx->max_bytes, s->heap_live);
        ctx->max_goal = MAX (ctx->max_goal, s->heap_goal);
      }
}

/**
 * ml_timeline_view_layout:
 * @series: the run
 * @compare: (nullable): a second run to show beside the first, on the same scales
 *
 * Returns: (transfer full): the timeline
 */
MlScene *
ml_timeline_view_layout (MlTimelineSeries      *series,
                         MlTimelineSeries      *compare,
                         MlScene               *previous,
                         const MlRenderOptions *options)
{
  Ctx ctx = { 0 };
  MlScene *scene;
  MlSceneText *t;
  MlTimelineSeries *all[2] = { series, compare };
  guint n_runs = compare != NULL ? 2 : 1, n_lanes = 0;
  double width, left, chart_w, y, bottom = 0, extra_y = 0;

  g_return_val_if_fail (series != NULL, NULL);

  options = ml_render_options_or_defaults (options);

  width = options->width > 0 ? options->width : (n_runs == 2 ? 1400 : 1100);
  scene = ml_scene_new (ML_VIEW_TIMELINE, options->theme, width, 100);
  ctx.scene = scene;
  ctx.palette = ml_palette_get (options->theme);
  ctx.by_time = !options->timeline_steps;
  ctx.runs[0] = all[0];
  ctx.runs[1] = all[1];
  ctx.n_runs = n_runs;
  set_domain (&ctx, all, n_runs, options->timeline_cycle);
  /* The scale takes the goal in, unless the goal is so far above the heap (a small program
   * under the 4 MiB minimum) that the heap would be a flat line at the bottom: the chart then
   * scales to the heap, and the goal runs along the top, labelled. */
  ctx.goal_above = ctx.max_goal > 4 * ctx.max_bytes;
  if (!ctx.goal_above)
    ctx.max_bytes = MAX (ctx.max_bytes, ctx.max_goal);
  /* Headroom over the highest line, for the cycles' labels along the top. */
  ctx.max_bytes = MAX (ctx.max_bytes + ctx.max_bytes / 5, 1024);

  t = ml_scene_add_text (scene, ml_scene_key ("title", 0, 0), _("Timeline"), ML_TEXT_TITLE, MARGIN, 16,
                         &ctx.palette->foreground);
  t->klass = "title";
  {
    g_autofree char *span = _ml_timeline_format_ns (ctx.last - ctx.first);
    g_autofree char *sub = NULL;

    if (ctx.zoom_cycle != 0)
      sub = g_strdup_printf (_("GC %u close up: heap in use (area) and heap goal (dashed); "
                               "darker while marking, stop-the-world pauses in red"),
                             ctx.zoom_cycle);
    else if (ctx.by_time)
      sub = g_strdup_printf (_("heap in use (area) and heap goal (dashed) over %s of the model’s clock; "
                               "GC cycles shaded, darker while marking, stop-the-world pauses in red"),
                             span);
    else
      sub = g_strdup_printf (_("heap in use (area) and heap goal (dashed) over %" PRIu64 " steps; "
                               "GC cycles shaded, darker while marking, stop-the-world pauses in red"),
                             ctx.last - ctx.first);

    double sy = 18 + t->height, tw, th;
    char *cut;

    /* Too wide for the window (a projected one, with large text): two lines, cut after the
     * semicolon. */
    ml_text_measure (sub, ML_TEXT_SMALL, &tw, &th);
    cut = strstr (sub, "; ");
    if (tw > width - 2 * MARGIN && cut != NULL)
      {
        *cut = '\0';
        t = ml_scene_add_text (scene, ml_scene_key ("subtitle", 1, 0), cut + 2, ML_TEXT_SMALL, MARGIN,
                               sy + th + 2, &ctx.palette->dim_foreground);
        t->klass = "subtitle";
        extra_y = t->height + 2;
      }
    t = ml_scene_add_text (scene, ml_scene_key ("subtitle", 0, 0), sub, ML_TEXT_SMALL, MARGIN, sy,
                           &ctx.palette->dim_foreground);
    t->klass = "subtitle";
  }

  ctx.label_w = _ml_timeline_lanes_label_w (&ctx, &n_lanes);
  /* Many lanes take some of the chart's height, so that the whole still fits a projected
   * window. */
  ctx.chart_h = MAX (CHART_H - 20.0 * (n_lanes > 5 ? n_lanes - 5 : 0), 160.0);
  /* Given a height (the window's, projected), the chart takes what the title, the lanes and
   * the axis leave, down to a floor where it still reads. */
  if (options->height > 0)
    {
      double rest = 84 + extra_y + 14 + n_lanes * (ML_TIMELINE_LANE_H + ML_TIMELINE_LANE_GAP) + 44 + MARGIN;

      ctx.chart_h = CLAMP (options->height - rest, 120.0, ctx.chart_h);
    }
  left = MARGIN + MAX (AXIS_W, ctx.label_w + 12);
  y = 84 + extra_y;
  chart_w = n_runs == 2 ? (width - left - MARGIN - 40) / 2 : width - left - MARGIN - 220;

  for (guint r = 0; r < n_runs; r++)
    {
      double x = left + r * (chart_w + 40);
      const char *label = ml_timeline_series_get_label (all[r]);
      double run_bottom;

      if (label != NULL)
        {
          t = ml_scene_add_text (scene, ml_scene_key ("run-label", r, 0), label, ML_TEXT_HEADING, x, y - 24,
                                 &ctx.palette->foreground);
          t->klass = "run-label";
        }
      run_bottom = add_run (&ctx, all[r], x, y, chart_w, r == 0, r);
      bottom = MAX (bottom, run_bottom);
    }

  if (n_runs == 1)
    {
      g_autoptr(GPtrArray) lines = counter_lines (series);
      double cx = left + chart_w + 24, cy = y;

      t = ml_scene_add_text (scene, ml_scene_key ("counters", 0, 0), _("So far"), ML_TEXT_HEADING, cx, cy,
                             &ctx.palette->foreground);
      cy += t->height + 6;
      for (guint i = 0; i < lines->len; i++)
        {
          t = ml_scene_add_text (scene, ml_scene_key ("counter", i, 0), g_ptr_array_index (lines, i), ML_TEXT_BODY, cx, cy,
                                 &ctx.palette->foreground);
          t->klass = "counter";
          cy += t->height + 4;
        }
    }
  else
    bottom = add_comparison (&ctx, series, compare, MARGIN, bottom + 16, width - 2 * MARGIN);

  scene->height = MAX (bottom + MARGIN, options->height);
  (void)previous;

  return scene;
}


/**
 * ml_timeline_view_find_focus:
 * @scene: (nullable): a layout of the timeline, or %NULL only to check @name
 * @name: "compare", the two runs' totals side by side
 * @rect: (out) (optional): where @name is in @scene
 *
 * What a lesson moment that talks about a part of the timeline wants shown when the whole
 * does not fit the window legibly.
 *
 * Returns: whether @name is a part of the timeline (and, with @scene, @scene has it)
 */
gboolean
ml_timeline_view_find_focus (MlScene    *scene,
                             const char *name,
                             MlRect     *rect)
{
  MlRect area = { 0, 0, 0, 0 };
  const MlSceneText *t;

  if (!g_str_equal (name, "compare"))
    return FALSE;
  if (scene == NULL)
    return TRUE;
  if ((t = ml_scene_find_text (scene, ml_scene_key ("compare-title", 0, 0))) != NULL)
    ml_rect_union (&area, &(MlRect) { t->x, t->y, t->width, t->height });
  for (guint k = 0; k < 4; k++)
    for (guint r = 0; r < 2; r++)
      {
        const MlSceneBox *box = ml_scene_find_box (scene, ml_scene_key ("compare-bar", k, r));

        if (box != NULL)
          ml_rect_union (&area, &box->rect);
        if ((t = ml_scene_find_text (scene, ml_scene_key ("compare-value", k, r))) != NULL)
          ml_rect_union (&area, &(MlRect) { t->x, t->y, t->width, t->height });
      }
  if (rect != NULL)
    *rect = area;

  return area.width > 0;
}
