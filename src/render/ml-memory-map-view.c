/* ml-memory-map-view.c
 *
 * Copyright The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The lecture's "mapa de memoria": every live variable in its place.  Three columns, the
 * roots on the left (package variables in data, then each goroutine's stack with its
 * frames), the heap in the middle and the read-only string literals on the right, so that
 * pointers mostly run left to right.  A variable is a box with its fields nested as Go lays
 * them out; a string is its (pointer, length) header with an arrow into rodata; values read
 * as fmt prints them.  Arrows are routed around the boxes and drawn under them.
 *
 * This file lays the regions and columns out, in phases that share one context (MlMapCtx);
 * the boxes are built and drawn in ml-memory-map-boxes.c and the arrows routed in
 * ml-memory-map-arrows.c.
 */

#include "config.h"

#include <inttypes.h>
#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "ml-memory-map-private.h"
#include "ml-scene-legibility.h"
#include "ml-view-layouts.h"

static const MlSnapSegment *
find_segment (const MlSnapshot *snapshot,
              MlSegmentKind     kind)
{
  for (guint i = 0; i < snapshot->n_segments; i++)
    if (snapshot->segments[i].kind == kind)
      return &snapshot->segments[i];

  return NULL;
}

/* Vertical placement for the middle and right columns: each box as near the first pointer
 * to it as the boxes above allow, so that most arrows are short and level. */
static double
place_near_referrers (MlMapCtx  *ctx,
                      GPtrArray *boxes,
                      double     x,
                      double     top,
                      double     width)
{
  g_autofree double *wanted = g_new0 (double, MAX (boxes->len, 1));
  g_autofree guint *order = g_new0 (guint, MAX (boxes->len, 1));
  double y = top;

  for (guint i = 0; i < boxes->len; i++)
    {
      VarBox *box = g_ptr_array_index (boxes, i);

      wanted[i] = G_MAXDOUBLE;
      order[i] = i;
      for (guint j = 0; j < ctx->pending->len; j++)
        {
          const PendingArrow *p = &g_array_index (ctx->pending, PendingArrow, j);

          if (p->target >= box->addr && p->target < box->addr + MAX (box->size, 1))
            {
              wanted[i] = MIN (wanted[i], p->from.y - 18);
            }
        }
    }

  /* Stable insertion sort by the wanted position; unreferenced boxes go last in address
   * order. */
  for (guint i = 1; i < boxes->len; i++)
    for (guint j = i; j > 0 && wanted[order[j]] < wanted[order[j - 1]]; j--)
      {
        guint tmp = order[j];

        order[j] = order[j - 1];
        order[j - 1] = tmp;
      }

  for (guint i = 0; i < boxes->len; i++)
    {
      VarBox *box = g_ptr_array_index (boxes, order[i]);
      double want = wanted[order[i]] == G_MAXDOUBLE ? y : wanted[order[i]];

      y = MAX (y, want);
      box->rect.x = x;
      box->rect.y = y;
      box->rect.width = width;
      box->rect.height = box->height;
      y += box->height + BOX_GAP;
    }

  return y;
}

/* The rodata region at @x with the string boxes in it, each near the first pointer to it
 * that is already known.  The region is only as tall as its boxes, from the first to the
 * last, so that arrows passing it on their way to the heap have room above and below. */
static void
place_rodata (MlMapCtx  *ctx,
              GPtrArray *strings,
              double     x,
              double    *right,
              double    *bottom)
{
  const MlSnapSegment *rodata = find_segment (ctx->snapshot, ML_SEGMENT_RODATA);
  g_autofree char *subtitle = NULL;
  double header = _ml_map_region_header_height ();
  double strings_w = _ml_map_max_width (strings, 140);
  double tw, sy, top = G_MAXDOUBLE;
  MlRect r;

  if (ctx->options->show_addresses && rodata != NULL)
    subtitle = g_strdup_printf (_("string literals · read-only · 0x%" PRIx64), rodata->start);
  else
    subtitle = g_strdup (_("string literals · read-only"));
  ml_text_measure (subtitle, MAP_CAPTION, &tw, NULL);
  strings_w = MAX (strings_w, tw);
  {
    double title_w;

    ml_text_measure (_("Read-only data"), ML_TEXT_TITLE, &title_w, NULL);
    strings_w = MAX (strings_w, title_w);
  }

  sy = place_near_referrers (ctx, strings, x + REGION_PAD, MARGIN + header, strings_w);
  for (guint i = 0; i < strings->len; i++)
    top = MIN (top, ((VarBox *)g_ptr_array_index (strings, i))->rect.y);
  r = (MlRect) { x, top - header, strings_w + 2 * REGION_PAD, sy - (top - header) - BOX_GAP + 12 };

  /* Translators: the read-only data segment, where string literals live. */
  _ml_map_add_region (ctx, ml_scene_key ("region", ML_SEGMENT_RODATA, 0), &r, _("Read-only data"), subtitle,
                      &ctx->palette->segment_rodata, ML_HIT_SEGMENT, rodata != NULL ? rodata->start : ML_RODATA_BASE,
                      ML_SEGMENT_RODATA);
  for (guint i = 0; i < strings->len; i++)
    _ml_map_place_box (ctx, g_ptr_array_index (strings, i));

  *bottom = MAX (*bottom, r.y + r.height + 18);
  *right = MAX (*right, x + r.width);
}

/* How many columns a frame's variables flow into: enough to keep the picture landscape, as
 * slides are. */
static guint
frame_columns (GPtrArray *slots)
{
  double total_height = 0;
  guint n;

  for (guint s = 0; s < slots->len; s++)
    total_height += ((VarBox *)g_ptr_array_index (slots, s))->height + BOX_GAP;
  n = (guint)ceil (total_height / COLUMN_HEIGHT);


  return CLAMP (n, 1, MAX (MIN (slots->len, 4), 1));
}

/* The heading of a goroutine's stack region and the line under it. */
static void
stack_heading (MlMapCtx              *ctx,
               const MlSnapGoroutine *gr,
               char                 **title,
               char                 **note)
{
  /* Translators: the title of a goroutine's stack in the memory map. */
  *title = g_strdup_printf (_("Stack of goroutine %u"), gr->id);
  if (ctx->options->show_addresses)
    *note = g_strdup_printf (_("0x%" PRIx64 "–0x%" PRIx64 " · grows by copying"),
                             gr->stack_lo, gr->stack_hi);
  else
    *note = g_strdup (_("managed by the runtime · grows by copying"));
}

/* The line under the data region or a frame whose compiler's temporaries are not drawn. */
static char *
temporaries_note (guint n)
{
  /* Translators: under a stack frame; the compiler's temporaries hold copies of
   * values on their way somewhere else and are not drawn. */
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       "not drawn: %u temporary of the compiler",
                                       "not drawn: %u temporaries of the compiler", n),
                          n);
}

/* The line under a frame whose unused variables are not drawn. */
static char *
hidden_note (guint n)
{
  /* Translators: under a stack frame whose unused variables are not drawn. */
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       "not drawn, all zero (nil): %u more variable",
                                       "not drawn, all zero (nil): %u more variables", n),
                          n);
}

/* Phase 1: a box for every package variable and every frame's variables, built before any
 * is placed, to know the width of the left column. */
static void
make_root_boxes (MlMapCtx *ctx)
{
  const MlSnapshot *snapshot = ctx->snapshot;

  /* The compiler's static temporaries (the strings a call boxes into interfaces) are left
   * out of data as its temporaries are out of frames, unless something points into them. */
  for (guint i = 0; i < snapshot->n_globals; i++)
    if (ml_slot_is_idle_temporary (snapshot, &snapshot->globals[i]))
      ctx->hidden_statics++;
    else
      g_ptr_array_add (ctx->globals, _ml_map_slot_box_new (ctx, &snapshot->globals[i], ML_HIT_GLOBAL, i));
  ctx->left_w = _ml_map_max_width (ctx->globals, 200);

  for (guint g = 0; g < snapshot->n_goroutines; g++)
    {
      const MlSnapGoroutine *gr = &snapshot->goroutines[g];

      /* Outermost frame (main) on top: the stack grows down, as in the segments view. */
      for (guint f = gr->n_frames; f > 0; f--)
        {
          guint fi = gr->first_frame + f - 1;
          const MlSnapFrame *frame = &snapshot->frames[fi];
          GPtrArray *slots = g_ptr_array_new_with_free_func (_ml_map_box_free);

          guint hidden = 0;
          guint temporaries = 0;

          for (guint s = 0; s < frame->n_slots; s++)
            {
              const MlSnapSlot *slot = &snapshot->slots[frame->first_slot + s];

              /* The group of a map in the frame is drawn in the map's table. */
              if (ml_slot_is_idle_temporary (snapshot, slot) || ml_map_fold_hides_slot (ctx->fold, slot))
                {
                  temporaries++;
                  continue;
                }
              if (frame->n_slots > ML_MAX_ZERO_SLOTS && ml_slot_is_zero (snapshot, slot))
                {
                  hidden++;
                  continue;
                }
              g_ptr_array_add (slots, _ml_map_slot_box_new (ctx, slot, ML_HIT_SLOT, frame->first_slot + s));
            }
          g_array_append_val (ctx->frame_hidden, hidden);
          g_array_append_val (ctx->frame_temporaries, temporaries);
          g_ptr_array_add (ctx->frames, slots);
          g_array_append_val (ctx->frame_meta, fi);
        }
    }
}

/* Phase 2: the width of the left column, where data and the stacks share the column: as
 * wide as the widest frame, in its columns, and as any of the regions' headings. */
static void
measure_left_column (MlMapCtx   *ctx,
                     const char *data_subtitle)
{
  const MlSnapshot *snapshot = ctx->snapshot;
  double tw;

  for (guint f = 0; f < ctx->frames->len; f++)
    {
      GPtrArray *slots = g_ptr_array_index (ctx->frames, f);
      double w = _ml_map_max_width (slots, 160);
      guint n_cols = frame_columns (slots);

      w = n_cols * w + (n_cols - 1) * SUB_GAP;
      ctx->left_w = MAX (ctx->left_w, w + 24);
      /* The notes of what the frame does not draw stay inside it. */
      if (g_array_index (ctx->frame_temporaries, guint, f) > 0)
        {
          g_autofree char *note = temporaries_note (g_array_index (ctx->frame_temporaries, guint, f));

          ml_text_measure (note, MAP_CAPTION, &tw, NULL);
          ctx->left_w = MAX (ctx->left_w, tw + 24);
        }
      if (g_array_index (ctx->frame_hidden, guint, f) > 0)
        {
          g_autofree char *note = hidden_note (g_array_index (ctx->frame_hidden, guint, f));

          ml_text_measure (note, MAP_CAPTION, &tw, NULL);
          ctx->left_w = MAX (ctx->left_w, tw + 24);
        }
    }

  /* A short program's boxes are narrower than "managed by the runtime · grows by copying",
   * and the heading must not run out of its region. */
  ml_text_measure (data_subtitle, MAP_CAPTION, &tw, NULL);
  ctx->left_w = MAX (ctx->left_w, tw);
  for (guint g = 0; g < snapshot->n_goroutines; g++)
    {
      g_autofree char *title = NULL;
      g_autofree char *note = NULL;

      stack_heading (ctx, &snapshot->goroutines[g], &title, &note);
      ml_text_measure (title, ML_TEXT_TITLE, &tw, NULL);
      ctx->left_w = MAX (ctx->left_w, tw);
      ml_text_measure (note, MAP_CAPTION, &tw, NULL);
      ctx->left_w = MAX (ctx->left_w, tw);
    }
}

/* Phase 3: the data region, top left, with the package variables in it.  Returns where the
 * stacks below it start. */
static double
lay_out_data (MlMapCtx *ctx,
              double    x,
              double    y)
{
  const MlSnapshot *snapshot = ctx->snapshot;
  MlScene *scene = ctx->scene;
  const MlRenderOptions *options = ctx->options;
  const MlSnapSegment *data = find_segment (snapshot, ML_SEGMENT_DATA);
  double region_w, cy;
  g_autofree char *subtitle = NULL;
  MlRect r;

  if (options->show_addresses && data != NULL)
    subtitle = g_strdup_printf (_("package variables · from 0x%" PRIx64), data->start);
  else
    subtitle = g_strdup (_("package variables"));

  measure_left_column (ctx, subtitle);

  region_w = ctx->left_w + 2 * REGION_PAD;
  cy = y + ctx->header;
  for (guint i = 0; i < ctx->globals->len; i++)
    {
      VarBox *box = g_ptr_array_index (ctx->globals, i);

      box->rect = (MlRect) { x + REGION_PAD, cy, MIN (box->width, ctx->left_w), box->height };
      cy += box->height + BOX_GAP;
    }
  if (ctx->globals->len == 0 && ctx->hidden_statics == 0)
    cy += 24;
  if (ctx->hidden_statics > 0)
    cy += ml_text_line_height (MAP_CAPTION) + 4;
  r = (MlRect) { x, y, region_w, cy - y };
  /* Translators: the data segment, where package (global) variables live. */
  _ml_map_add_region (ctx, ml_scene_key ("region", ML_SEGMENT_DATA, 0), &r, _("Data"), subtitle,
                      &ctx->palette->segment_data, ML_HIT_SEGMENT, data != NULL ? data->start : 0,
                      ML_SEGMENT_DATA);
  if (ctx->globals->len == 0 && ctx->hidden_statics == 0)
    ml_scene_add_text (scene, ml_scene_key ("empty", ML_SEGMENT_DATA, 0), _("no package variables"),
                       MAP_CAPTION, x + REGION_PAD, cy - 24, &ctx->palette->dim_foreground);
  if (ctx->hidden_statics > 0)
    {
      g_autofree char *note = temporaries_note (ctx->hidden_statics);
      MlSceneText *t = ml_scene_add_text (scene, ml_scene_key ("hidden", ML_SEGMENT_DATA, 0), note, MAP_CAPTION,
                                          x + REGION_PAD, cy - ml_text_line_height (MAP_CAPTION) - 8,
                                          &ctx->palette->dim_foreground);

      t->klass = "hidden";
    }

  return cy + 18;
}

/* A frame's box at @fy in its goroutine's region, its variables in rows and columns in it,
 * and the notes of what it leaves out.  Returns where the next frame goes. */
static double
lay_out_frame (MlMapCtx *ctx,
               guint     frame_i,
               double    x,
               double    fy)
{
  const MlSnapshot *snapshot = ctx->snapshot;
  MlScene *scene = ctx->scene;
  const MlRenderOptions *options = ctx->options;
  GPtrArray *slots = g_ptr_array_index (ctx->frames, frame_i);
  guint fi = g_array_index (ctx->frame_meta, guint, frame_i);
  const MlSnapFrame *frame = &snapshot->frames[fi];
  double col_w = _ml_map_max_width (slots, 160);
  guint n_cols = frame_columns (slots);
  double sy, sy2;
  MlRect fr;
  MlSceneBox *fbox;
  MlSceneText *t;
  g_autofree char *ftitle = g_strdup_printf ("%s()", ml_short_name (frame->function));
  guint64 fkey = ml_scene_key ("frame", frame->base, g_str_hash (frame->function));

  fr = (MlRect) { x + REGION_PAD, fy, ctx->left_w, 10 };
  fbox = ml_scene_add_box (scene, fkey, &fr);
  fbox->fill = ml_color_mix (&ctx->palette->background, &ctx->palette->segment_stack, 0.12);
  fbox->stroke = ml_color_mix (&ctx->palette->border, &ctx->palette->segment_stack, 0.7);
  fbox->radius = 9;
  fbox->z = ML_Z_BACKGROUND;
  fbox->hit_kind = ML_HIT_FRAME;
  fbox->address = frame->base;
  fbox->index = fi;
  fbox->klass = "frame";

  t = ml_scene_add_text (scene, fkey ^ 1, ftitle, ML_TEXT_HEADING, fr.x + 12, fy + 8, &ctx->palette->foreground);
  t->klass = "frame-title";
  if (options->show_addresses)
    {
      g_autofree char *range = g_strdup_printf ("0x%" PRIx64 " · %" PRIu64 " B",
                                                frame->base, frame->size);

      ml_scene_add_text (scene, fkey ^ 2, range, MAP_MONO_SMALL, fr.x + 12 + t->width + 12, fy + 11,
                         &ctx->palette->dim_foreground);
    }
  sy = fy + 8 + ml_text_line_height (ML_TEXT_HEADING) + 10;
  sy2 = sy;

  /* Variables in rows of n_cols, in declaration order, so that p1 p2 p3 / p4 dir
   * read like the program.  Each column stacks its own variables, not waiting for the
   * tallest of a row: a variable declared under a short one sits right under it, and
   * p2 and p4 of lesson 3, which its narration compares, fit one projected window. */
  {
    double col_y[8];

    for (guint c = 0; c < n_cols; c++)
      col_y[c] = sy;
    for (guint s = 0; s < slots->len; s++)
      {
        VarBox *a = g_ptr_array_index (slots, s);
        guint c = s % n_cols;

        a->rect = (MlRect) { fr.x + 12 + c * (col_w + SUB_GAP), col_y[c],
                             n_cols == 1 ? ctx->left_w - 24 : col_w, a->height };
        col_y[c] += a->height + BOX_GAP;
      }
    for (guint c = 0; c < n_cols; c++)
      sy = MAX (sy, col_y[c]);
  }
  sy2 = sy;

  if (g_array_index (ctx->frame_hidden, guint, frame_i) > 0)
    {
      g_autofree char *note = hidden_note (g_array_index (ctx->frame_hidden, guint, frame_i));

      ml_scene_add_text (scene, fkey ^ 3, note, MAP_CAPTION, fr.x + 12, sy2 - 4, &ctx->palette->dim_foreground);
      sy2 += ml_text_line_height (MAP_CAPTION) + 4;
    }
  else if (slots->len == 0 && g_array_index (ctx->frame_temporaries, guint, frame_i) == 0)
    sy2 += 20;
  if (g_array_index (ctx->frame_temporaries, guint, frame_i) > 0)
    {
      g_autofree char *note = temporaries_note (g_array_index (ctx->frame_temporaries, guint, frame_i));

      ml_scene_add_text (scene, fkey ^ 4, note, MAP_CAPTION, fr.x + 12, sy2 - 4, &ctx->palette->dim_foreground);
      sy2 += ml_text_line_height (MAP_CAPTION) + 4;
    }

  fr.width = ctx->left_w;
  fr.height = sy2 - fy;
  g_array_index (scene->boxes, MlSceneBox, ml_scene_find_box_index (scene, fkey)).rect = fr;

  return fy + fr.height + 12;
}

/* Phase 4: the stack, under data: one region per goroutine, a frame box per call.  Returns
 * the bottom of the left column. */
static double
lay_out_stacks (MlMapCtx *ctx,
                double    x,
                double    y)
{
  const MlSnapshot *snapshot = ctx->snapshot;
  MlScene *scene = ctx->scene;
  guint frame_i = 0;

  for (guint g = 0; g < snapshot->n_goroutines; g++)
    {
      const MlSnapGoroutine *gr = &snapshot->goroutines[g];
      g_autofree char *title = NULL;
      g_autofree char *subtitle = NULL;
      double gy = y, cy = y + ctx->header;
      MlRect gr_rect;
      guint64 gkey = ml_scene_key ("goroutine", gr->id, 0);
      guint first_box = scene->boxes->len;

      stack_heading (ctx, gr, &title, &subtitle);

      /* The region goes under its frames, so it is added first and sized afterwards. */
      gr_rect = (MlRect) { x, gy, ctx->left_w + 2 * REGION_PAD, 10 };
      _ml_map_add_region (ctx, gkey, &gr_rect, title, subtitle, &ctx->palette->segment_stack,
                          ML_HIT_GOROUTINE, gr->stack_hi, g);

      for (guint f = 0; f < gr->n_frames; f++, frame_i++)
        {
          double fy = cy;

          cy = lay_out_frame (ctx, frame_i, x, cy);
          /* The running frame is what a canvas too small for the whole map shows first. */
          if (g == 0 && f + 1 == gr->n_frames)
            ml_scene_set_focus (scene, &(MlRect) { x, fy, ctx->left_w + 2 * REGION_PAD, cy - fy });
        }

      gr_rect.height = cy - gy + 2;
      g_array_index (scene->boxes, MlSceneBox, first_box).rect = gr_rect;
      y = cy + 18;
    }

  return y;
}

/* Phase 5: the slot and global boxes, placed now that their regions exist (they are drawn
 * over them). */
/* The variable of @slots before @s whose bytes @s's are a copy of (same type, same bytes, not
 * all zero), or NULL: p4 := p2 makes p4 such a copy until one of them changes. */
static VarBox *
copy_source (MlMapCtx  *ctx,
             GPtrArray *slots,
             guint      s)
{
  const MlSnapshot *snap = ctx->snapshot;
  VarBox *box = g_ptr_array_index (slots, s);
  const MlSnapSlot *a = &snap->slots[box->index];
  guint64 size = a->type != NULL ? a->type->size : 0;
  gboolean zero = TRUE;

  if (box->hit != ML_HIT_SLOT || size == 0 || a->value_offset + size > snap->n_values)
    return NULL;
  for (guint64 k = 0; k < size && zero; k++)
    zero = snap->values[a->value_offset + k] == 0;
  if (zero)
    return NULL;
  for (guint k = s; k-- > 0;)
    {
      VarBox *other = g_ptr_array_index (slots, k);
      const MlSnapSlot *b = &snap->slots[other->index];

      if (other->hit == ML_HIT_SLOT && b->type == a->type && b->value_offset + size <= snap->n_values &&
          memcmp (snap->values + a->value_offset, snap->values + b->value_offset, size) == 0)
        return other;
    }

  return NULL;
}

static void
place_root_boxes (MlMapCtx *ctx)
{
  for (guint i = 0; i < ctx->globals->len; i++)
    _ml_map_place_box (ctx, g_ptr_array_index (ctx->globals, i));
  for (guint f = 0; f < ctx->frames->len; f++)
    {
      GPtrArray *slots = g_ptr_array_index (ctx->frames, f);

      for (guint s = 0; s < slots->len; s++)
        {
          VarBox *box = g_ptr_array_index (slots, s);
          VarBox *source;

          _ml_map_place_box (ctx, box);
          if (box->box >= 0 && (source = copy_source (ctx, slots, s)) != NULL)
            g_array_index (ctx->scene->boxes, MlSceneBox, box->box).copy_of = source->key;
        }
    }
}

/* The objects @o points at as the picture draws them, into @out: a map's table points at
 * what its entries point at, and a pointer into the structures of a map drawn as a table
 * points at the table. */
static void
successors (MlMapCtx *ctx,
            guint     o,
            GArray   *out)
{
  const MlSnapshot *snapshot = ctx->snapshot;
  const MlSnapObject *obj = &snapshot->objects[o];
  const MlSnapMap *map = ml_map_fold_table (ctx->fold, o);

  g_array_set_size (out, 0);
  if (map != NULL)
    {
      const GArray *targets = ml_map_fold_targets (ctx->fold, map, FALSE);

      g_array_append_vals (out, targets->data, targets->len);
      return;
    }
  for (guint e = 0; e < obj->n_edges; e++)
    {
      gint to = ml_map_fold_owner (ctx->fold, (gint) snapshot->edges[obj->first_edge + e].to);

      if (to >= 0 && (guint) to != o)
        g_array_append_val (out, to);
    }
}

/* Phase 6: the heap objects to draw: those the variables reach first, breadth-first, up to
 * a number that still reads as a map; the heap graph is the view for big heaps.  The
 * structures of a map drawn as a table are not objects of their own here. */
static void
choose_heap_objects (MlMapCtx *ctx)
{
  const MlSnapshot *snapshot = ctx->snapshot;
  g_autofree gboolean *chosen = g_new0 (gboolean, MAX (snapshot->n_objects, 1));
  g_autoptr(GArray) queue = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr(GArray) next = g_array_new (FALSE, FALSE, sizeof (gint));
  MlObjectIndex live;
  guint n_live = 0;

  ml_object_index_init (&live, snapshot, TRUE);
  for (guint k = 0; k < live.n; k++)
    if (ml_map_fold_hides (ctx->fold, live.by_addr[k]))
      chosen[live.by_addr[k]] = TRUE;
    else
      n_live++;
  for (guint j = 0; j < ctx->pending->len; j++)
    {
      gint o = ml_map_fold_owner (ctx->fold, ml_object_index_find (&live, g_array_index (ctx->pending, PendingArrow, j).target));

      if (o >= 0 && !chosen[o] && queue->len < MAX_MAP_OBJECTS)
        {
          guint u = (guint)o;

          chosen[o] = TRUE;
          g_array_append_val (queue, u);
        }
    }
  /* A map in a frame points at what its values point at. */
  for (guint f = 0; f < ctx->frames->len; f++)
    {
      GPtrArray *slots = g_ptr_array_index (ctx->frames, f);

      for (guint s = 0; s < slots->len; s++)
        {
          VarBox *box = g_ptr_array_index (slots, s);
          const MlSnapMap *map = ml_map_fold_active (ctx->fold)
                                 ? ml_snapshot_find_map (snapshot, box->addr) : NULL;
          const GArray *targets = map != NULL ? ml_map_fold_targets (ctx->fold, map, FALSE) : NULL;

          for (guint t = 0; targets != NULL && t < targets->len && queue->len < MAX_MAP_OBJECTS; t++)
            {
              guint u = (guint) g_array_index (targets, gint, t);

              if (!chosen[u])
                {
                  chosen[u] = TRUE;
                  g_array_append_val (queue, u);
                }
            }
        }
    }
  for (guint head = 0; head < queue->len && queue->len < MAX_MAP_OBJECTS; head++)
    {
      successors (ctx, g_array_index (queue, guint, head), next);
      for (guint e = 0; e < next->len && queue->len < MAX_MAP_OBJECTS; e++)
        {
          gint to = g_array_index (next, gint, e);

          if (!chosen[to] && snapshot->objects[to].colour != ML_COLOUR_FREE)
            {
              guint u = (guint)to;

              chosen[to] = TRUE;
              g_array_append_val (queue, u);
            }
        }
    }
  /* Then the unreachable ones, in address order, while there is room; the bytes of keys a
   * map's table prints are not garbage, and need no box. */
  for (guint k = 0; k < live.n; k++)
    if (!chosen[live.by_addr[k]] && ml_map_fold_printed (ctx->fold, live.by_addr[k]))
      {
        chosen[live.by_addr[k]] = TRUE;
        n_live--;
      }
  for (guint k = 0; k < live.n && queue->len < MAX_MAP_OBJECTS; k++)
    if (!chosen[live.by_addr[k]])
      {
        chosen[live.by_addr[k]] = TRUE;
        g_array_append_val (queue, live.by_addr[k]);
      }

  for (guint k = 0; k < queue->len; k++)
    g_ptr_array_add (ctx->objects, _ml_map_object_box_new (ctx, g_array_index (queue, guint, k)));
  ctx->heap_w = _ml_map_max_width (ctx->objects, 160);
  ctx->hidden_objects = n_live - queue->len;
  ml_object_index_clear (&live);
}

/* Phase 7: the string literals to draw in rodata, those something points at: the
 * variables' pointers and the heap objects' fields.  When variables point at them, rodata
 * goes between the variables and the heap (see ml_memory_map_view_layout()). */
static void
choose_strings (MlMapCtx *ctx)
{
  const MlSnapshot *snapshot = ctx->snapshot;
  g_autofree gboolean *string_used = g_new0 (gboolean, MAX (snapshot->n_strings, 1));
  g_autofree guint *order = NULL;

  for (guint j = 0; j < ctx->pending->len; j++)
    {
      const MlSnapString *str = ml_value_find_string (snapshot, g_array_index (ctx->pending, PendingArrow, j).target);

      if (str != NULL)
        {
          string_used[str - snapshot->strings] = TRUE;
          ctx->strings_first = TRUE;
        }
    }
  for (guint i = 0; i < ctx->objects->len; i++)
    {
      VarBox *box = g_ptr_array_index (ctx->objects, i);

      for (guint k = 0; k < box->rows->len; k++)
        {
          const Row *row = &g_array_index (box->rows, Row, k);
          const MlSnapString *str = row->ptr != 0 ? ml_value_find_string (snapshot, row->ptr) : NULL;

          if (str != NULL)
            string_used[str - snapshot->strings] = TRUE;
        }
    }
  order = ml_strings_by_address (snapshot);
  for (guint k = 0; k < snapshot->n_strings; k++)
    if (string_used[order[k]] && snapshot->strings[order[k]].len > 0)
      g_ptr_array_add (ctx->strings, _ml_map_string_box_new (ctx, order[k]));
}

/* The heap column each object goes in: 0 for those the variables point at, then one more
 * per pointer from there, up to MAX_HEAP_COLUMNS; what nothing reaches goes in a column of
 * its own, @unreachable.  Returns the number of columns. */
static guint
assign_heap_columns (MlMapCtx *ctx,
                     guint    *column,
                     guint    *unreachable)
{
  const MlSnapshot *snapshot = ctx->snapshot;
  g_autoptr(GArray) next = g_array_new (FALSE, FALSE, sizeof (gint));
  guint n_columns = 0;
  gboolean changed = TRUE;

  for (guint i = 0; i < ctx->objects->len; i++)
    {
      VarBox *box = g_ptr_array_index (ctx->objects, i);

      column[i] = G_MAXUINT;
      for (guint j = 0; j < ctx->pending->len; j++)
        {
          const PendingArrow *p = &g_array_index (ctx->pending, PendingArrow, j);

          if (p->target >= box->addr && p->target < box->addr + MAX (box->size, 1))
            column[i] = 0;
        }
      /* What the runtime keeps (a pending deferred call's record) is not garbage either. */
      for (guint j = 0; j < snapshot->n_runtime_roots; j++)
        if (snapshot->runtime_roots[j] >= box->addr && snapshot->runtime_roots[j] < box->addr + MAX (box->size, 1))
          column[i] = 0;
    }
  /* Breadth-first over the edges, a few sweeps for these small heaps. */
  for (guint sweep = 0; changed && sweep < 8; sweep++)
    {
      changed = FALSE;
      for (guint i = 0; i < ctx->objects->len; i++)
        {
          VarBox *from = g_ptr_array_index (ctx->objects, i);

          if (column[i] == G_MAXUINT)
            continue;
          successors (ctx, from->index, next);
          for (guint e = 0; e < next->len; e++)
            {
              gint to = g_array_index (next, gint, e);

              for (guint k = 0; k < ctx->objects->len; k++)
                if (((VarBox *)g_ptr_array_index (ctx->objects, k))->index == (guint64)to &&
                    column[k] > MIN (column[i] + 1, MAX_HEAP_COLUMNS - 1))
                  {
                    column[k] = MIN (column[i] + 1, MAX_HEAP_COLUMNS - 1);
                    changed = TRUE;
                  }
            }
        }
    }
  /* Columns are counted from the objects in them: a heap that holds only garbage
   * does not start with an empty column. */
  for (guint i = 0; i < ctx->objects->len; i++)
    if (column[i] != G_MAXUINT)
      n_columns = MAX (n_columns, column[i] + 1);
  for (guint i = 0; i < ctx->objects->len; i++)
    if (column[i] == G_MAXUINT)
      {
        /* Nothing reaches these: they get a column of their own, the garbage. */
        *unreachable = n_columns;
        column[i] = *unreachable;
      }
  if (*unreachable != G_MAXUINT)
    n_columns++;

  return n_columns;
}

/* Places the heap's columns side by side, each after the one before it, near the pointers
 * its boxes start.  Returns the bottom of the lowest. */
static double
place_heap_columns (MlMapCtx    *ctx,
                    const guint *column,
                    guint        n_columns,
                    guint        unreachable)
{
  MlScene *scene = ctx->scene;
  double hy = MARGIN + ctx->header;

  for (guint c = 0; c < n_columns; c++)
    {
      g_autoptr(GPtrArray) in_column = g_ptr_array_new ();
      double cx = ctx->col2_x + REGION_PAD + c * (ctx->heap_w + HEAP_COLUMN_GAP);

      for (guint i = 0; i < ctx->objects->len; i++)
        if (column[i] == c)
          g_ptr_array_add (in_column, g_ptr_array_index (ctx->objects, i));
      double top = MARGIN + ctx->header;

      if (c == unreachable)
        {
          MlSceneText *t = ml_scene_add_text (scene, ml_scene_key ("unreachable", 0, 0),
                                              _("unreachable: garbage"), MAP_CAPTION, cx,
                                              top, &ctx->palette->dim_foreground);

          /* Its own line, apart from the region's heading above it. */
          t->klass = "unreachable";
          top += t->height + 4;
        }
      hy = MAX (hy, place_near_referrers (ctx, in_column, cx, top, ctx->heap_w));
      for (guint i = 0; i < in_column->len; i++)
        _ml_map_place_box (ctx, g_ptr_array_index (in_column, i));
    }

  return hy;
}

/* Phase 8: the heap region with its objects in columns, right of the left column (or of
 * rodata, when rodata comes first). */
static void
lay_out_heap (MlMapCtx *ctx)
{
  const MlSnapshot *snapshot = ctx->snapshot;
  MlScene *scene = ctx->scene;
  const MlRenderOptions *options = ctx->options;
  guint region_index = scene->boxes->len;
  const MlSnapSegment *heap = find_segment (snapshot, ML_SEGMENT_HEAP);
  g_autofree char *subtitle = NULL;
  g_autofree guint *column = NULL;
  guint n_columns, unreachable = G_MAXUINT;
  double hy, tw;
  MlRect r;

  r = (MlRect) { ctx->col2_x, MARGIN, ctx->heap_w + 2 * REGION_PAD, 10 };
  if (options->show_addresses && heap != NULL)
    subtitle = g_strdup_printf (_("from 0x%" PRIx64 " · freed by the collector"), heap->start);
  else
    subtitle = g_strdup (_("allocated at run time · freed by the collector"));
  _ml_map_add_region (ctx, ml_scene_key ("region", ML_SEGMENT_HEAP, 0), &r, _("Heap"), subtitle,
                      &ctx->palette->segment_heap, ML_HIT_SEGMENT, heap != NULL ? heap->start : ML_ARENA_BASE,
                      ML_SEGMENT_HEAP);

  /* Heap objects in columns by their distance from the roots, so that the picture reads left
   * to right as the pointers do. */
  column = g_new0 (guint, ctx->objects->len);
  n_columns = assign_heap_columns (ctx, column, &unreachable);
  hy = place_heap_columns (ctx, column, n_columns, unreachable);
  r.width = n_columns * ctx->heap_w + (n_columns - 1) * HEAP_COLUMN_GAP + 2 * REGION_PAD;
  /* One small object must not leave the heading wider than its region. */
  ml_text_measure (subtitle, MAP_CAPTION, &tw, NULL);
  r.width = MAX (r.width, tw + 2 * REGION_PAD);

  /* Room below the objects for the copy an append makes (drawn under them). */
  for (guint e = 0; e < snapshot->n_events; e++)
    if (snapshot->events[e].kind == ML_EVENT_GROWSLICE)
      {
        hy += 44;
        break;
      }
  if (ctx->hidden_objects > 0)
    {
      /* Translators: under the heap in the memory map, when the heap is too big to draw. */
      g_autofree char *more = g_strdup_printf (_("and %u more objects: see the heap graph"), ctx->hidden_objects);
      MlSceneText *t = ml_scene_add_text (scene, ml_scene_key ("more-objects", 0, 0), more, MAP_CAPTION,
                                          ctx->col2_x + REGION_PAD, hy, &ctx->palette->dim_foreground);

      t->klass = "more-objects";
      hy += t->height + 10;
    }
  r.height = hy - MARGIN + 4;
  g_array_index (scene->boxes, MlSceneBox, region_index).rect = r;
  ctx->bottom = MAX (ctx->bottom, MARGIN + r.height + 18);
  ctx->right = ctx->col2_x + r.width;
  ctx->col3_x = ctx->right + COLUMN_GAP;
}

/**
 * ml_memory_map_view_layout:
 * @snapshot: a snapshot with roots (ML_SNAPSHOT_ROOTS), and objects for the heap column
 * @previous: (nullable): the layout of the previous step (unused: the map is laid out from
 *   the program's structure, which is stable by itself)
 *
 * Returns: (transfer full): the memory map
 */
MlScene *
ml_memory_map_view_layout (const MlSnapshot      *snapshot,
                           MlScene               *previous,
                           const MlRenderOptions *options)
{
  g_autoptr(GPtrArray) globals = g_ptr_array_new_with_free_func (_ml_map_box_free);
  g_autoptr(GPtrArray) frames = g_ptr_array_new_with_free_func ((GDestroyNotify)g_ptr_array_unref);
  g_autoptr(GPtrArray) objects = g_ptr_array_new_with_free_func (_ml_map_box_free);
  g_autoptr(GPtrArray) strings = g_ptr_array_new_with_free_func (_ml_map_box_free);
  g_autoptr(GArray) pending = g_array_new (FALSE, FALSE, sizeof (PendingArrow));
  g_autoptr(GArray) targets = g_array_new (FALSE, FALSE, sizeof (Target));
  g_autoptr(GArray) frame_meta = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr(GArray) frame_hidden = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr(GArray) frame_temporaries = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr(MlRefs) refs = NULL;
  g_autoptr(MlMapFold) fold = NULL;
  MlMapCtx ctx = { 0 };
  MlScene *scene;
  double y;

  g_return_val_if_fail (snapshot != NULL, NULL);

  options = ml_render_options_or_defaults (options);

  scene = ml_scene_new (ML_VIEW_MEMORY_MAP, options->theme, 100, 100);
  refs = ml_refs_new (snapshot);
  fold = ml_map_fold_new (snapshot, options->detail);
  ctx = (MlMapCtx) {
    .scene = scene,
    .snapshot = snapshot,
    .options = options,
    .palette = ml_palette_get (options->theme),
    .pending = pending,
    .targets = targets,
    .refs = refs,
    .fold = fold,
    .globals = globals,
    .frames = frames,
    .frame_meta = frame_meta,
    .frame_hidden = frame_hidden,
    .frame_temporaries = frame_temporaries,
    .objects = objects,
    .strings = strings,
    .header = _ml_map_region_header_height (),
  };

  /* Build every box first, to know the column widths; then the data column (top left), and
   * the stack below it. */
  make_root_boxes (&ctx);
  y = lay_out_data (&ctx, MARGIN, MARGIN);
  ctx.bottom = lay_out_stacks (&ctx, MARGIN, y);
  ctx.right = MARGIN + ctx.left_w + 2 * REGION_PAD;
  place_root_boxes (&ctx);

  /* Rodata holds the string literals something points at.  When only heap objects point at
   * them, rodata goes right of the heap and every arrow runs left to right.  When variables
   * point at them, it goes between the variables and the heap instead, so that their arrows
   * reach it without crossing the heap (the lecture's picture of structs of strings); the
   * objects' arrows then come back from the heap, and arrows from the variables to the heap
   * go around it. */
  ctx.col2_x = ctx.right + COLUMN_GAP;
  choose_heap_objects (&ctx);
  choose_strings (&ctx);
  if (strings->len > 0 && ctx.strings_first)
    {
      double rodata_right = ctx.col2_x;

      place_rodata (&ctx, strings, ctx.col2_x, &rodata_right, &ctx.bottom);
      ctx.right = rodata_right;
      ctx.col2_x = ctx.right + COLUMN_GAP;
    }

  if (objects->len > 0)
    lay_out_heap (&ctx);
  else
    ctx.col3_x = ctx.col2_x;

  if (strings->len > 0 && !ctx.strings_first)
    place_rodata (&ctx, strings, ctx.col3_x, &ctx.right, &ctx.bottom);

  scene->width = ctx.right + MARGIN;
  scene->height = ctx.bottom - 18 + MARGIN;

  _ml_map_route_arrows (&ctx);

  (void)previous;

  return scene;
}
