/* ml-spans-queue.c
 *
 * Copyright 2026 The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The spans view during a mark phase, as Go 1.27's Green Tea collector works: the queue of
 * spans waiting to be scanned (FIFO), the span being scanned and its object, and a legend that
 * maps the lecture's white, grey and black to the notation of the Go blog's Green Tea pictures
 * (grey "not visited", blue "on the work list", black, and red for what is being worked on).
 * It is apart from ml-spans-view.c because it is drawn only while a cycle marks, and has
 * nothing to do with how slots are painted.
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <inttypes.h>
#include <math.h>

#include "ml-gc-colours-private.h"
#include "ml-runtime.h"
#include "ml-spans-view-private.h"

#define CHIP_H      30.0
#define CHIP_PAD    8.0
#define CHIP_GAP    10.0
#define SWATCH      20.0
#define LEGEND_ROW  30.0
#define BIT         15.0      /* a bit of the detail rows, gap included */
#define BITS_GAP    12.0      /* between the chips and the detail rows */

gboolean
_ml_spans_view_marking (const MlSnapshot *snapshot)
{
  return snapshot->phase == ML_GC_MARK || snapshot->phase == ML_GC_MARK_TERMINATION;
}

/* A span as the queue names it: its size class, and the end of its address when another
 * span of the same class could be meant. */
static char *
span_name (const MlSnapshot *snapshot,
           guint             span)
{
  const MlSnapSpan *sp = &snapshot->spans[span];
  gboolean alone = TRUE;
  g_autofree char *name = NULL;

  for (guint i = 0; i < snapshot->n_spans && alone; i++)
    if (i != span && snapshot->spans[i].kind == sp->kind && snapshot->spans[i].size_class == sp->size_class)
      alone = FALSE;
  if (sp->kind == ML_SPAN_KIND_SMALL)
    name = g_strdup_printf (_("class %u · %" PRIu64 " B"), sp->size_class, sp->elemsize);
  else
    name = g_strdup (_("large object"));
  if (alone)
    return g_steal_pointer (&name);
  return g_strdup_printf ("%s · …%06" G_GINT64_MODIFIER "x", name, sp->start & 0xffffff);
}

/* The span whose bits the detail rows show: the one being scanned, else the next one. */
static gint
detail_span (const MlSnapshot *snapshot)
{
  if (snapshot->scanning_span >= 0 && (guint) snapshot->scanning_span < snapshot->n_spans)
    return snapshot->scanning_span;
  if (snapshot->n_span_queue > 0)
    return (gint) snapshot->span_queue[0];
  return -1;
}

/* The height of what _ml_spans_queue_add() draws: the same through a whole mark phase, so
 * that the spans stay where they are while the queue empties and fills. */
double
_ml_spans_queue_height (const MlSnapshot *snapshot)
{
  return CHIP_H + BITS_GAP + 2 * BIT + 4;
}

/* The seen and scanned bits of one span, as the Go blog draws a page's metadata: a row of
 * boxes each, big enough to count, for a window of its slots that holds the object being
 * scanned.  Placed at (@x, @y), at most @max_width wide. */
static void
add_detail_bits (MlScene          *scene,
                 const MlSnapshot *snapshot,
                 const MlPalette  *palette,
                 guint             span,
                 double            x,
                 double            y,
                 double            max_width)
{
  const MlSnapSpan *sp = &snapshot->spans[span];
  static const char * const rows[] = {
    /* Translators: the row of a span's "seen" bits (its mark bits), as the Go blog names them. */
    N_("seen"),
    /* Translators: the row of a span's "scanned" bits, as the Go blog names them. */
    N_("scanned"),
  };
  MlColor set = ml_gc_colour_fill (palette, ML_COLOUR_BLACK);
  MlColor clear = palette->background;
  MlColor edge = ml_color_mix (&palette->border, &palette->foreground, 0.35);
  double label_w = 0, bx;
  guint fit, first = 0, n = sp->nelems, focus = G_MAXUINT;
  g_autofree char *range = NULL;
  double range_w;
  MlSceneText *t;

  if (n == 0)
    return;
  for (guint r = 0; r < G_N_ELEMENTS (rows); r++)
    {
      double w;

      ml_text_measure (_(rows[r]), ML_TEXT_BODY, &w, NULL);
      label_w = MAX (label_w, w);
    }
  /* Translators: which slots of the span the bit rows show, e.g. "slots 0–47 of 512". */
  range = g_strdup_printf (_("slots %u–%u of %u"), 0, n - 1, n);
  ml_text_measure (range, ML_TEXT_BODY, &range_w, NULL);
  fit = (guint) MAX ((max_width - label_w - 12 - range_w - 16) / BIT, 8);
  if ((gint) span == snapshot->scanning_span && snapshot->focus.object >= sp->start && sp->elemsize > 0)
    focus = (guint) ((snapshot->focus.object - sp->start) / sp->elemsize);
  if (n > fit)
    {
      /* A window of whole bytes of bits round the object being scanned. */
      guint around = focus != G_MAXUINT ? focus : (guint) MIN (snapshot->scanning_cursor, n - 1);

      fit -= fit % 8;
      first = around > fit / 4 ? (around - fit / 4) & ~7u : 0;
      first = MIN (first, n - fit);
    }
  else
    fit = n;
  g_free (range);
  range = g_strdup_printf (_("slots %u–%u of %u"), first, first + fit - 1, n);

  bx = x + label_w + 12;
  for (guint r = 0; r < G_N_ELEMENTS (rows); r++)
    {
      double ry = y + r * (BIT + 4);

      t = ml_scene_add_text (scene, ml_scene_key ("spanq-bits-label", r, 0), _(rows[r]), ML_TEXT_BODY, x, ry,
                             &palette->foreground);
      t->y = ry + (BIT - 1 - t->height) / 2;
      t->klass = "span-bits";
      for (guint i = 0; i < fit; i++)
        {
          MlColour c = ml_snapshot_span_slot_colour (snapshot, span, first + i);
          gboolean on = r == 0 ? (c == ML_COLOUR_GREY || c == ML_COLOUR_BLACK) : c == ML_COLOUR_BLACK;
          MlRect br = { bx + i * BIT, ry, BIT - 3, BIT - 3 };
          MlSceneBox *box = ml_scene_add_box (scene, ml_scene_key ("spanq-bit", r, i), &br);

          box->fill = on ? set : clear;
          box->stroke = first + i == focus ? ML_SPANS_ACTIVE_RED : edge;
          box->stroke_width = first + i == focus ? 2.5 : 1;
          box->radius = 1;
          box->klass = "span-bits";
        }
    }
  t = ml_scene_add_text (scene, ml_scene_key ("spanq-bits-range", 0, 0), range, ML_TEXT_BODY, bx + fit * BIT + 16, y,
                         &palette->dim_foreground);
  t->y = y + (2 * BIT + 4 - t->height) / 2;
  t->klass = "span-bits";
}

/* One chip of the queue row: @text in a rounded box outlined in @ring.  Returns its width. */
static double
add_chip (MlScene         *scene,
          const MlPalette *palette,
          guint            n,
          const char      *text,
          const MlColor   *ring,
          double           x,
          double           y)
{
  MlSceneText *t = ml_scene_add_text (scene, ml_scene_key ("spanq-chip-text", n, 0), text, ML_TEXT_BODY,
                                      x + CHIP_PAD, y, &palette->foreground);
  MlRect r;
  MlSceneBox *box;
  double w = t->width + 2 * CHIP_PAD;

  t->y = y + (CHIP_H - t->height) / 2;
  t->klass = "span-queue";
  r = (MlRect) { x, y, w, CHIP_H };
  box = ml_scene_add_box (scene, ml_scene_key ("spanq-chip", n, 0), &r);
  box->fill = palette->background;
  box->stroke = *ring;
  box->stroke_width = 2.5;
  box->radius = 6;
  box->klass = "span-queue";
  box->z = ML_Z_BOXES;
  return w;
}

/* The queue row at (@x, @y): "Span queue:", the span being scanned, then the waiting spans in
 * the order they will be taken, as many as fit in @max_width; under it, the bits of the span
 * being scanned.  Returns its height. */
double
_ml_spans_queue_add (MlScene          *scene,
                     const MlSnapshot *snapshot,
                     const MlPalette  *palette,
                     double            x,
                     double            y,
                     double            max_width)
{
  MlColor red = ML_SPANS_ACTIVE_RED;
  MlSceneText *t;
  double cx, right = x + max_width;
  guint shown = 0;

  t = ml_scene_add_text (scene, ml_scene_key ("spanq-title", 0, 0), _("Span queue (FIFO):"), ML_TEXT_HEADING, x, y,
                         &palette->foreground);
  t->y = y + (CHIP_H - t->height) / 2;
  t->klass = "span-queue";
  cx = x + t->width + CHIP_GAP;

  if (snapshot->scanning_span >= 0 && (guint) snapshot->scanning_span < snapshot->n_spans)
    {
      g_autofree char *name = span_name (snapshot, (guint) snapshot->scanning_span);
      /* Translators: the span whose objects the collector is scanning now. */
      g_autofree char *text = g_strdup_printf (_("scanning %s"), name);

      cx += add_chip (scene, palette, 0, text, &red, cx, y) + CHIP_GAP;
    }

  for (guint i = 0; i < snapshot->n_span_queue; i++)
    {
      g_autofree char *name = span_name (snapshot, snapshot->span_queue[i]);
      /* Translators: a queued span, numbered in the order it will be scanned. */
      g_autofree char *text = g_strdup_printf (_("%u · %s"), i + 1, name);
      g_autofree char *more = NULL;
      double w, more_w = 0;

      ml_text_measure (text, ML_TEXT_BODY, &w, NULL);
      if (i + 1 < snapshot->n_span_queue)
        {
          /* Translators: how many more spans wait on the queue than the row shows. */
          more = g_strdup_printf (_("+%u more"), snapshot->n_span_queue - i - 1);
          ml_text_measure (more, ML_TEXT_BODY, &more_w, NULL);
          more_w += CHIP_GAP;
        }
      if (cx + w + 2 * CHIP_PAD + more_w > right && shown > 0)
        {
          g_autofree char *rest = g_strdup_printf (_("+%u more"), snapshot->n_span_queue - i);

          t = ml_scene_add_text (scene, ml_scene_key ("spanq-more", 0, 0), rest, ML_TEXT_BODY, cx, y,
                                 &palette->dim_foreground);
          t->y = y + (CHIP_H - t->height) / 2;
          break;
        }
      cx += add_chip (scene, palette, i + 1, text, &palette->accent, cx, y) + CHIP_GAP;
      shown++;
    }

  if (snapshot->scanning_span < 0 && snapshot->n_span_queue == 0)
    {
      /* Translators: the span queue holds no span. */
      t = ml_scene_add_text (scene, ml_scene_key ("spanq-empty", 0, 0), _("empty"), ML_TEXT_BODY, cx, y,
                             &palette->dim_foreground);
      t->y = y + (CHIP_H - t->height) / 2;
    }
  if (detail_span (snapshot) >= 0)
    add_detail_bits (scene, snapshot, palette, (guint) detail_span (snapshot), x, y + CHIP_H + BITS_GAP, max_width);
  return _ml_spans_queue_height (snapshot);
}

/* Outlines the tile @box of a queued span in blue and of the span being scanned in red, with
 * a red ring round the object being scanned when its slot is drawn as a cell.  @box is the
 * scene's own and must not be used after this call: adding the ring may move it. */
void
_ml_spans_queue_decorate (MlScene          *scene,
                          const MlSnapshot *snapshot,
                          const MlPalette  *palette,
                          MlSceneBox       *box,
                          double            slots_height)
{
  guint span = (guint) box->index;
  const MlSnapSpan *sp = &snapshot->spans[span];
  MlRect tile = box->rect;
  guint n = MAX (sp->nelems, 1);
  guint64 obj = snapshot->focus.object;
  guint cols, rows, slot;
  double cell_w, cell_h;
  MlSceneBox *ring;
  MlRect r;

  if ((gint) span == snapshot->scanning_span)
    {
      box->stroke = ML_SPANS_ACTIVE_RED;
      box->stroke_width = 3;
    }
  else if (sp->queue_pos >= 0)
    {
      box->stroke = palette->accent;
      box->stroke_width = 3;
    }
  else
    return;

  /* The object being scanned, if it is in this span and its cell is big enough to ring. */
  if ((gint) span != snapshot->scanning_span || obj < sp->start || sp->elemsize == 0 || slots_height <= 0)
    return;
  slot = (guint) ((obj - sp->start) / sp->elemsize);
  if (slot >= n)
    return;
  cols = MAX (1, (guint) ceil (sqrt ((double) n * tile.width / slots_height)));
  rows = (n + cols - 1) / cols;
  cell_w = tile.width / cols;
  cell_h = slots_height / rows;
  if (cell_w < 6 || cell_h < 6)
    return;
  r = (MlRect) { tile.x + (slot % cols) * cell_w - 1.5, tile.y + (slot / cols) * cell_h - 1.5, cell_w + 2, cell_h + 2 };
  ring = ml_scene_add_box (scene, ml_scene_key ("spanq-focus", 0, 0), &r);
  ring->flags = ML_BOX_NO_FILL;
  ring->stroke = ML_SPANS_ACTIVE_RED;
  ring->stroke_width = 2.5;
  ring->radius = 0;
  ring->klass = "span-queue-focus";
  ring->z = ML_Z_OVERLAY;
}

/* One legend entry: the swatch is drawn by the caller at (x, y); the text follows it. */
typedef struct
{
  MlScene         *scene;
  const MlPalette *palette;
  double           x0, x, y, right;
  guint            n;
} Legend;

static MlRect
legend_next (Legend     *lg,
             const char *text)
{
  double w;
  MlSceneText *t;
  MlRect swatch;

  ml_text_measure (text, ML_TEXT_BODY, &w, NULL);
  if (lg->x > lg->x0 && lg->x + SWATCH + 8 + w > lg->right)
    {
      lg->x = lg->x0;
      lg->y += LEGEND_ROW;
    }
  swatch = (MlRect) { lg->x, lg->y + 4, SWATCH, SWATCH };
  t = ml_scene_add_text (lg->scene, ml_scene_key ("spanq-legend-text", lg->n, 0), text, ML_TEXT_BODY,
                         lg->x + SWATCH + 8, lg->y + 4, &lg->palette->foreground);
  t->y = swatch.y + (SWATCH - t->height) / 2;
  t->klass = "legend";
  lg->x += SWATCH + 8 + w + 22;
  lg->n++;
  return swatch;
}

static MlSceneBox *
legend_box (Legend       *lg,
            const MlRect *r)
{
  MlSceneBox *box = ml_scene_add_box (lg->scene, ml_scene_key ("spanq-legend", lg->n, 0), r);

  box->stroke = ml_color_mix (&lg->palette->border, &lg->palette->foreground, 0.3);
  box->radius = 3;
  box->klass = "legend";
  return box;
}

/* The legend during a mark phase, in rows that wrap at @max_width: each tricolour state with
 * its seen and scanned bits and its colour in the Go blog's pictures, the two outlines, and
 * the bit rows under each span.  Returns its height. */
double
_ml_spans_queue_add_legend (MlScene         *scene,
                            const MlPalette *palette,
                            const MlColor    colours[5],
                            double           x,
                            double           y,
                            double           max_width)
{
  static const guint8 states[] = { ML_COLOUR_WHITE, ML_COLOUR_GREY, ML_COLOUR_BLACK };
  static const char * const names[] = {
    /* Translators: "seen" and "scanned" bits, as the Go blog's Green Tea post says. */
    N_("white: not seen (Go blog: grey, not visited)"),
    N_("grey: seen, not scanned (Go blog: blue, on the work list)"),
    N_("black: seen and scanned (Go blog: black)"),
  };
  Legend lg = { scene, palette, x, x, y, x + max_width, 0 };
  MlColor red = ML_SPANS_ACTIVE_RED;
  MlRect r;
  MlSceneBox *box;

  for (guint i = 0; i < G_N_ELEMENTS (states); i++)
    {
      r = legend_next (&lg, _(names[i]));
      legend_box (&lg, &r)->fill = colours[states[i]];
    }

  r = legend_next (&lg, _("span being scanned (Go blog: red)"));
  box = legend_box (&lg, &r);
  box->flags = ML_BOX_NO_FILL;
  box->stroke = red;
  box->stroke_width = 3;

  r = legend_next (&lg, _("span on the queue (Go blog: blue page)"));
  box = legend_box (&lg, &r);
  box->flags = ML_BOX_NO_FILL;
  box->stroke = palette->accent;
  box->stroke_width = 3;

  /* The bit rows: a set bit and a clear one, one above the other as under a span. */
  r = legend_next (&lg, _("under each span: its seen bits, then its scanned bits"));
  {
    MlRect top = { r.x, r.y + 2, r.width, r.height / 2 - 3 };
    MlRect bottom = { r.x, r.y + r.height / 2 + 1, r.width, r.height / 2 - 3 };

    box = legend_box (&lg, &top);
    box->fill = colours[ML_COLOUR_BLACK];
    box->radius = 1;
    box = legend_box (&lg, &bottom);
    box->fill = colours[ML_COLOUR_FREE];
    box->radius = 1;
  }

  r = legend_next (&lg, _("free slot"));
  legend_box (&lg, &r)->fill = colours[ML_COLOUR_FREE];
  r = legend_next (&lg, _("freed this cycle"));
  legend_box (&lg, &r)->fill = colours[ML_COLOUR_FREED];

  return lg.y + LEGEND_ROW - y;
}
