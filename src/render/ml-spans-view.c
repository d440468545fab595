/* ml-spans-view.c
 *
 * Copyright The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The heap as Go lays it out: spans of 8 KiB pages, one row per size class, every slot
 * coloured by its state.  A non-moving collector leaves holes where objects died; this is
 * the picture that shows them.
 *
 * The slots are painted straight into one raster image rather than as shapes: a million
 * objects are a million rectangles for cairo but only a few hundred thousand pixels.  When a
 * span's slots are bigger than three pixels each they are drawn as separate cells; when they
 * are smaller, each pixel shows the mix of the states of the slots it covers (per-pixel
 * aggregation), so that density still reads correctly.
 *
 * During a mark phase each span also shows Green Tea's two bits per object under its slots,
 * and the span queue above the spans (ml-spans-queue.c).
 */

#include "config.h"

#include <inttypes.h>
#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "ml-names.h"
#include "ml-scene-legibility.h"
#include "ml-size-class.h"
#include "ml-spans-view-private.h"
#include "ml-view-layouts.h"

#define MARGIN      24.0
#define LABEL_W     160.0       /* at least: as wide as the widest label */
#define HEADER_H    72.0
#define LEGEND_H    44.0
#define GROUP_GAP   14.0
#define TILE_GAP    4.0
#define PAGE_BYTES  8192

typedef struct
{
  guint8   kind;
  guint8   size_class;
  guint64  elemsize;
  GArray  *spans;        /* guint span indices */
  guint    pages;
  guint    slots;
  guint    counts[5];
  double   y;
  double   height;
} Group;

static void
group_free (gpointer data)
{
  Group *group = data;

  g_array_unref (group->spans);
  g_free (group);
}

static int
compare_groups (gconstpointer a,
                gconstpointer b)
{
  const Group *x = *(const Group * const *)a;
  const Group *y = *(const Group * const *)b;

  if (x->kind != y->kind)
    return x->kind < y->kind ? -1 : 1;
  return x->size_class < y->size_class ? -1 : x->size_class > y->size_class;
}

/* The state colours, composed over the view's background so that pixels can be opaque. */
static void
state_colours (const MlPalette *palette,
               MlColor          colours[5])
{
  static const MlColor freed_red = { 0.878, 0.106, 0.141, 0.55 };

  colours[ML_COLOUR_FREE] = ml_color_mix (&palette->background, &palette->segment_heap, 0.28);
  colours[ML_COLOUR_WHITE] = palette->object_white;
  colours[ML_COLOUR_GREY] = palette->object_grey;
  colours[ML_COLOUR_BLACK] = palette->object_black;
  colours[ML_COLOUR_FREED] = ml_color_mix (&colours[ML_COLOUR_FREE], &freed_red, freed_red.alpha);
  colours[ML_COLOUR_FREED].alpha = 1;
}

static guint32
pack (double r,
      double g,
      double b)
{
  return 0xff000000u |
         (guint32)lround (CLAMP (r, 0, 1) * 255) << 16 |
         (guint32)lround (CLAMP (g, 0, 1) * 255) << 8 |
         (guint32)lround (CLAMP (b, 0, 1) * 255);
}

typedef struct
{
  guint32 *pixels;
  int      stride;       /* in pixels */
  int      width;
  int      height;
} Raster;

static void
fill_rect (Raster  *raster,
           int      x0,
           int      y0,
           int      x1,
           int      y1,
           guint32  value)
{
  x0 = MAX (x0, 0);
  y0 = MAX (y0, 0);
  x1 = MIN (x1, raster->width);
  y1 = MIN (y1, raster->height);
  for (int y = y0; y < y1; y++)
    for (int x = x0; x < x1; x++)
      raster->pixels[y * raster->stride + x] = value;
}

/* Paints one row of a span's per-slot bits (seen when @scanned is FALSE, else scanned) into
 * the pixel rectangle (x, y, w, h): a cell per slot, or the share of set bits per pixel. */
static void
paint_bits (Raster        *raster,
            int            x,
            int            y,
            int            w,
            int            h,
            guint          n,
            const guint8  *states,
            gboolean       scanned,
            const MlColor *set,
            const MlColor *clear)
{
  double cell = (double) w / n;

  for (int px = 0; px < w; px++)
    {
      guint first = (guint) ((guint64) px * n / w);
      guint last = MAX ((guint) ((guint64) (px + 1) * n / w), first + 1);
      guint on = 0;
      double f;

      for (guint i = first; i < last && i < n; i++)
        on += scanned ? states[i] == ML_COLOUR_BLACK : (states[i] == ML_COLOUR_GREY || states[i] == ML_COLOUR_BLACK);
      /* A pixel column between two cells stays a gap, so that bits can be counted. */
      if (cell >= 4 && (int) floor ((px + 1) / cell) != (int) floor (px / cell))
        continue;
      f = (double) on / (last - first);
      fill_rect (raster, x + px, y, x + px + 1, y + h,
                 pack (clear->red + (set->red - clear->red) * f, clear->green + (set->green - clear->green) * f,
                       clear->blue + (set->blue - clear->blue) * f));
    }
}

/* Paints one span's slots into the pixel rectangle (x, y, w, h). */
static void
paint_span (Raster           *raster,
            const MlSnapshot *snapshot,
            guint             span,
            int               x,
            int               y,
            int               w,
            int               h,
            const MlColor     colours[5],
            const guint32     packed[7],
            const guint8     *states)
{
  const MlSnapSpan *sp = &snapshot->spans[span];
  guint n = MAX (sp->nelems, 1);
  int cols, rows;
  double cell_w, cell_h;

  if (w <= 0 || h <= 0)
    return;

  /* A stack span is one block of goroutine stack, not slots. */
  if (sp->kind == ML_SPAN_KIND_STACK || sp->nelems == 0)
    {
      fill_rect (raster, x, y, x + w, y + h, sp->kind == ML_SPAN_KIND_STACK ? packed[5] : packed[ML_COLOUR_FREE]);
      return;
    }


  /* Slots in a grid shaped like the tile, filled row by row in address order. */
  cols = MAX (1, (int)ceil (sqrt ((double)n * w / h)));
  rows = (int)ceil ((double)n / cols);
  cell_w = (double)w / cols;
  cell_h = (double)h / rows;

  if (cell_w >= 3 && cell_h >= 3)
    {
      /* The gaps between cells are darker than a free slot, so that free slots count. */
      fill_rect (raster, x, y, x + w, y + h, packed[6]);
      for (guint i = 0; i < n; i++)
        {
          int c = (int)(i % (guint)cols), r = (int)(i / (guint)cols);
          int cx0 = x + (int)floor (c * cell_w), cy0 = y + (int)floor (r * cell_h);
          int cx1 = x + (int)floor ((c + 1) * cell_w) - 1, cy1 = y + (int)floor ((r + 1) * cell_h) - 1;

          fill_rect (raster, cx0, cy0, cx1, cy1, packed[states[i]]);
        }
      return;
    }

  /* Per-pixel aggregation: each pixel covers a run of slots and shows their mean colour. */
  {
    guint64 total = (guint64)w * h;

    for (int py = 0; py < h; py++)
      for (int px = 0; px < w; px++)
        {
          guint64 k = (guint64)py * w + px;
          guint first = (guint)(k * n / total);
          guint last = (guint)((k + 1) * n / total);
          double rr = 0, gg = 0, bb = 0;
          guint count;

          if (last <= first)
            last = first + 1;
          count = last - first;
          if (count == 1)
            {
              raster->pixels[(y + py) * raster->stride + x + px] = packed[states[MIN (first, n - 1)]];
              continue;
            }
          for (guint i = first; i < last && i < n; i++)
            {
              const MlColor *c = &colours[states[i]];

              rr += c->red;
              gg += c->green;
              bb += c->blue;
            }
          raster->pixels[(y + py) * raster->stride + x + px] = pack (rr / count, gg / count, bb / count);
        }
  }
}

static char *
group_label (const Group *group)
{
  switch ((MlSpanKind)group->kind)
    {
    case ML_SPAN_KIND_LARGE:
      return g_strdup (_("large objects"));
    case ML_SPAN_KIND_STACK:
      return g_strdup (_("goroutine stacks"));
    case ML_SPAN_KIND_SMALL:
    default:
      /* Translators: a size class row in the spans view: class number and slot size. */
      return g_strdup_printf (_("class %u · %" PRIu64 " B"), group->size_class, group->elemsize);
    }
}

/* The line under a group's label: its slots in use, or its spans. */
static char *
group_detail (const Group *group)
{
  guint live = group->counts[ML_COLOUR_WHITE] + group->counts[ML_COLOUR_GREY] + group->counts[ML_COLOUR_BLACK];

  if (group->kind == ML_SPAN_KIND_SMALL)
    /* Translators: slots in use in a size class, e.g. "250 / 1023 slots used". */
    return g_strdup_printf (_("%u / %u slots used"), live, group->slots);
  return g_strdup_printf (_("spans: %u"), group->spans->len);
}

/* The label column as wide as its widest label, so that no label runs into the tiles. */
static double
label_column_width (GPtrArray *groups)
{
  double label_w = LABEL_W;

  for (guint g = 0; g < groups->len; g++)
    {
      Group *group = g_ptr_array_index (groups, g);
      g_autofree char *label = group_label (group);
      g_autofree char *detail = group_detail (group);
      double lw, dw;

      ml_text_measure (label, ML_TEXT_HEADING, &lw, NULL);
      ml_text_measure (detail, ML_TEXT_BODY, &dw, NULL);
      label_w = MAX (label_w, MAX (lw, dw) + 16);
    }
  return label_w;
}

/**
 * ml_spans_view_layout:
 *
 * Returns: (transfer full): the spans view
 */
/* The legend between cycles: the span states' colours as swatches, in a row. */
static void
add_state_legend (MlScene         *scene,
                  const MlPalette *palette,
                  const MlColor   *colours,
                  double           top)
{
  static const guint8 order[] = { ML_COLOUR_FREE, ML_COLOUR_WHITE, ML_COLOUR_GREY, ML_COLOUR_BLACK, ML_COLOUR_FREED };
  static const char * const names[] = {
    N_("free slot"), N_("white"), N_("grey"), N_("black"), N_("freed this cycle"),
  };
  double lx = MARGIN;

  for (guint i = 0; i < G_N_ELEMENTS (order); i++)
    {
      MlRect sw = { lx, top + 8, 20, 20 };
      MlSceneBox *box = ml_scene_add_box (scene, ml_scene_key ("legend", order[i], 1), &sw);
      MlSceneText *t;

      box->fill = colours[order[i]];
      box->stroke = ml_color_mix (&palette->border, &palette->foreground, 0.3);
      box->radius = 3;
      box->klass = "legend";
      t = ml_scene_add_text (scene, ml_scene_key ("legend-text", order[i], 1), _(names[i]), ML_TEXT_BODY, lx + 26,
                             top + 9, &palette->foreground);
      lx += 26 + t->width + 24;
    }
  ml_scene_set_legend (scene, &(MlRect) { MARGIN - 2, top + 6, lx - 24 - MARGIN + 4, 28 });
}

MlScene *
ml_spans_view_layout (const MlSnapshot      *snapshot,
                      MlScene               *previous,
                      const MlRenderOptions *options)
{
  g_autoptr(GPtrArray) groups = g_ptr_array_new_with_free_func (group_free);
  g_autoptr(GHashTable) by_class = g_hash_table_new (g_direct_hash, g_direct_equal);
  const MlPalette *palette;
  MlColor colours[5];
  guint32 packed[7];
  MlScene *scene;
  MlSceneText *t;
  double width, avail_w, page_w = 64, tile_h, y, area_top, area_bottom;
  guint total_pages = 0, total_slots = 0, counts[5] = { 0 };
  cairo_surface_t *surface;
  Raster raster;
  double scale, bits_h, label_w, legend_h = LEGEND_H;
  gboolean marking;
  g_autofree guint8 *states = NULL;
  g_autofree guint *state_offset = NULL;

  g_return_val_if_fail (snapshot != NULL, NULL);

  marking = _ml_spans_view_marking (snapshot);
  options = ml_render_options_or_defaults (options);
  palette = ml_palette_get (options->theme);
  state_colours (palette, colours);
  for (guint i = 0; i < 5; i++)
    packed[i] = pack (colours[i].red, colours[i].green, colours[i].blue);
  {
    MlColor stack = ml_color_mix (&palette->background, &palette->segment_stack, 0.7);

    MlColor gap = ml_color_mix (&colours[ML_COLOUR_FREE], &palette->border, 0.7);

    packed[5] = pack (stack.red, stack.green, stack.blue);
    packed[6] = pack (gap.red, gap.green, gap.blue);
  }

  /* Every slot's state, read once: the counts and the painting both use them. */
  state_offset = g_new (guint, snapshot->n_spans + 1);
  {
    guint total = 0;

    for (guint s = 0; s < snapshot->n_spans; s++)
      {
        state_offset[s] = total;
        total += snapshot->spans[s].nelems;
      }
    state_offset[snapshot->n_spans] = total;
    states = g_new (guint8, total + 1);
  }

  /* Group the spans by kind and size class. */
  for (guint s = 0; s < snapshot->n_spans; s++)
    {
      const MlSnapSpan *sp = &snapshot->spans[s];
      guint key = (guint)sp->kind << 8 | sp->size_class;
      Group *group = g_hash_table_lookup (by_class, GUINT_TO_POINTER (key + 1));

      if (group == NULL)
        {
          group = g_new0 (Group, 1);
          group->kind = sp->kind;
          group->size_class = sp->size_class;
          group->elemsize = sp->elemsize;
          group->spans = g_array_new (FALSE, FALSE, sizeof (guint));
          g_hash_table_insert (by_class, GUINT_TO_POINTER (key + 1), group);
          g_ptr_array_add (groups, group);
        }
      g_array_append_val (group->spans, s);
      group->pages += MAX (sp->npages, 1);
      group->slots += sp->nelems;
      total_pages += MAX (sp->npages, 1);
      for (guint i = 0; i < sp->nelems; i++)
        {
          guint8 c = (guint8)MIN (ml_snapshot_span_slot_colour (snapshot, s, i), ML_COLOUR_FREED);

          states[state_offset[s] + i] = c;
          group->counts[c]++;
        }
      total_slots += sp->nelems;
    }
  g_ptr_array_sort (groups, compare_groups);
  for (guint g = 0; g < groups->len; g++)
    for (guint k = 0; k < 5; k++)
      counts[k] += ((Group *)g_ptr_array_index (groups, g))->counts[k];

  /* A natural width that a projector's window shows at full size, so that its text stays
   * as large as it is laid out. */
  width = options->width > 0 ? options->width : 960;
  label_w = label_column_width (groups);
  avail_w = width - 2 * MARGIN - label_w;
  area_top = MARGIN + HEADER_H + (marking ? _ml_spans_queue_height (snapshot) + 14 : 0);
  if (marking)
    legend_h = 3 * 30 + 14;

  /* The largest page width (at most 64 units a page) that fits the height, when there is
   * one to fit; rows of tiles wrap. */
  /* A small heap gets big tiles, so that every slot is a cell one can point at; a big one
   * gets small tiles and per-pixel aggregation. */
  tile_h = total_pages <= 8 ? (marking ? 84 : 110) : total_pages <= 64 ? 48 : total_pages > 4000 ? 14 : total_pages > 400 ? 22 : 34;
  /* While a cycle marks, tiles tall enough get two rows of bits under their slots. */
  bits_h = marking && tile_h >= 34 ? (tile_h >= 100 ? 9 : tile_h >= 50 ? 7 : 5) : 0;
  for (page_w = total_pages <= 8 ? 520 : total_pages <= 64 ? 150 : 64; page_w > 1; page_w /= 1.25)
    {
      double h = 0;

      for (guint g = 0; g < groups->len; g++)
        {
          Group *group = g_ptr_array_index (groups, g);
          double row_w = 0;
          guint rows = 1;

          for (guint k = 0; k < group->spans->len; k++)
            {
              const MlSnapSpan *sp = &snapshot->spans[g_array_index (group->spans, guint, k)];
              double tw = MIN (MAX (sp->npages, 1) * page_w, avail_w);

              if (row_w + tw > avail_w && row_w > 0)
                {
                  rows++;
                  row_w = 0;
                }
              row_w += tw + TILE_GAP;
            }
          h += MAX (rows * (tile_h + TILE_GAP), 40) + GROUP_GAP;
        }

      if (options->height <= 0 || area_top + h + legend_h + MARGIN <= options->height)
        break;
    }

  scene = ml_scene_new (ML_VIEW_SPANS, options->theme, width, 100);

  /* Title and totals. */
  {
    g_autofree char *heap = ml_format_bytes ((guint64)total_pages * PAGE_BYTES, ML_BYTES_EXACT);
    g_autofree char *summary = NULL;
    double free_pct = total_slots > 0 ? 100.0 * (counts[ML_COLOUR_FREE] + counts[ML_COLOUR_FREED]) / total_slots : 0;

    t = ml_scene_add_text (scene, ml_scene_key ("title", 0, 0), _("Heap spans by size class"), ML_TEXT_TITLE, MARGIN, 16,
                           &palette->foreground);
    t->klass = "title";
    /* Translators: spans view summary: spans, pages, objects in use, share of slots free. */
    summary = g_strdup_printf (_("%u spans · %u pages of 8 KiB (%s) · %u objects in use · %.0f%% of slots free"),
                               snapshot->n_spans, total_pages, heap,
                               counts[ML_COLOUR_WHITE] + counts[ML_COLOUR_GREY] + counts[ML_COLOUR_BLACK], free_pct);
    t = ml_scene_add_text (scene, ml_scene_key ("subtitle", 0, 0), summary, ML_TEXT_BODY, MARGIN, 18 + t->height,
                           &palette->dim_foreground);
    t->klass = "subtitle";
    t = ml_scene_add_text (scene, ml_scene_key ("subtitle", 0, 1),
                           _("Go does not move objects: freed slots stay where they are until reused."),
                           ML_TEXT_BODY, MARGIN, t->y + t->height + 2, &palette->dim_foreground);
  }
  if (marking)
    _ml_spans_queue_add (scene, snapshot, palette, MARGIN, MARGIN + HEADER_H, width - 2 * MARGIN);

  /* Place the tiles. */
  y = area_top;
  for (guint g = 0; g < groups->len; g++)
    {
      Group *group = g_ptr_array_index (groups, g);
      double x = MARGIN + label_w, row_y = y;
      g_autofree char *label = group_label (group);
      g_autofree char *detail = NULL;

      group->y = y;
      t = ml_scene_add_text (scene, ml_scene_key ("group", group->kind, group->size_class), label, ML_TEXT_HEADING,
                             MARGIN, y, &palette->foreground);
      t->klass = "size-class";
      detail = group_detail (group);
      t = ml_scene_add_text (scene, ml_scene_key ("group-detail", group->kind, group->size_class), detail, ML_TEXT_BODY,
                             MARGIN, y + t->height, &palette->dim_foreground);
      t->klass = "size-class-detail";

      for (guint k = 0; k < group->spans->len; k++)
        {
          guint s = g_array_index (group->spans, guint, k);
          const MlSnapSpan *sp = &snapshot->spans[s];
          double tw = MIN (MAX (sp->npages, 1) * page_w, avail_w);
          MlRect r;
          MlSceneBox *box;

          if (x + tw > MARGIN + label_w + avail_w + 0.5 && x > MARGIN + label_w)
            {
              x = MARGIN + label_w;
              row_y += tile_h + TILE_GAP;
            }
          r = (MlRect) { x, row_y, tw, tile_h };
          box = ml_scene_add_box (scene, ml_scene_key ("span", sp->start, 0), &r);
          box->flags = ML_BOX_NO_FILL | (sp->needs_sweep ? ML_BOX_DASHED : 0);
          box->stroke = ml_color_mix (&palette->border, &palette->foreground, 0.35);
          box->stroke_width = tw >= 6 ? 1 : 0;
          box->radius = 0;
          box->hit_kind = ML_HIT_SPAN;
          box->address = sp->start;
          box->index = s;
          box->klass = "span";
          box->z = ML_Z_TEXT;
          if (marking)
            _ml_spans_queue_decorate (scene, snapshot, palette, box,
                                      sp->kind == ML_SPAN_KIND_SMALL ? tile_h - (bits_h > 0 ? 2 * bits_h + 3 : 0) : tile_h);
          x += tw + TILE_GAP;
        }
      group->height = MAX (row_y + tile_h - y, 40);
      y += group->height + GROUP_GAP;
    }
  area_bottom = y;

  /* Paint every slot into one image at the output's pixel density. */
  scale = CLAMP (options->scale, 1, 4);
  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, (int)ceil (width * scale),
                                        (int)ceil (MAX (area_bottom - area_top, 1) * scale));
  raster.pixels = (guint32 *)(gpointer)cairo_image_surface_get_data (surface);
  raster.stride = cairo_image_surface_get_stride (surface) / 4;
  raster.width = cairo_image_surface_get_width (surface);
  raster.height = cairo_image_surface_get_height (surface);
  memset (raster.pixels, 0, (gsize)raster.stride * 4 * raster.height);

  for (guint i = 0; i < scene->boxes->len; i++)
    {
      const MlSceneBox *box = &g_array_index (scene->boxes, MlSceneBox, i);
      const MlSnapSpan *sp;
      double slots_h;
      int px, py, pw;

      if (box->hit_kind != ML_HIT_SPAN)
        continue;
      sp = &snapshot->spans[box->index];
      slots_h = box->rect.height;
      px = (int)lround (box->rect.x * scale);
      py = (int)lround ((box->rect.y - area_top) * scale);
      pw = (int)lround (box->rect.width * scale);
      if (bits_h > 0 && sp->kind == ML_SPAN_KIND_SMALL && sp->nelems > 0)
        {
          /* Seen bits, then scanned bits, under the slots, as the Go blog draws a page's
           * metadata. */
          MlColor set = colours[ML_COLOUR_BLACK], clear = colours[ML_COLOUR_FREE];
          int row = (int)lround (bits_h * scale);
          int bottom = (int)lround ((box->rect.y + box->rect.height - area_top) * scale);

          slots_h -= 2 * bits_h + 3;
          paint_bits (&raster, px, bottom - 2 * row - 1, pw, row, sp->nelems, states + state_offset[box->index],
                      FALSE, &set, &clear);
          paint_bits (&raster, px, bottom - row, pw, row, sp->nelems, states + state_offset[box->index],
                      TRUE, &set, &clear);
        }
      paint_span (&raster, snapshot, (guint)box->index, px, py, pw, (int)lround (slots_h * scale),
                  colours, packed, states + state_offset[box->index]);
    }
  cairo_surface_mark_dirty (surface);
  {
    MlRect r = { 0, area_top, raster.width / scale, raster.height / scale };
    MlSceneImage *image = ml_scene_add_image (scene, ml_scene_key ("slots", 0, 0), &r, surface);

    image->klass = "slots";
  }
  cairo_surface_destroy (surface);

  if (snapshot->n_spans == 0)
    {
      t = ml_scene_add_text (scene, ml_scene_key ("empty", 0, 0), _("The heap is empty: no spans yet."), ML_TEXT_CAPTION,
                             MARGIN, area_top, &palette->dim_foreground);
      area_bottom = area_top + t->height + 10;
    }

  /* Legend: the same state colours, as swatches; during a mark phase, with the Go blog's
   * notation and the queue's outlines. */
  if (marking)
    {
      legend_h = _ml_spans_queue_add_legend (scene, palette, colours, MARGIN, area_bottom + 8, width - 2 * MARGIN) + 8;
      ml_scene_set_legend (scene, &(MlRect) { MARGIN - 2, area_bottom + 6, width - 2 * MARGIN + 4, legend_h - 4 });
    }
  else
    add_state_legend (scene, palette, colours, area_bottom);

  scene->height = MAX (area_bottom + legend_h + MARGIN / 2, options->height);
  (void)previous;

  return scene;
}
