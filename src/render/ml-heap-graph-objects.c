/* ml-heap-graph-objects.c
 *
 * Copyright 2026 The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What the heap graph's cells hold, drawn once every object has its cell: each object's box
 * in its tricolour state, with its letter, type and what this step did to it; the pointers
 * from the roots and between objects, the one being followed drawn thick; the copy an append
 * made; and the columns only garbage fills.  The grid and the placing of objects in it live
 * in ml-heap-graph-view.c.
 */

#include "config.h"

#include <inttypes.h>
#include <glib/gi18n-lib.h>
#include <math.h>

#include "ml-append-copy-private.h"
#include "ml-gc-colours-private.h"
#include "ml-heap-graph-private.h"
#include "ml-maps-private.h"
#include "ml-object-names-private.h"
#include "ml-value.h"

/* An edge's curve: left to right into the target's left side, or looping around the right
 * of both boxes when the target is not to the right. */
static void
edge_curve (const MlRect *from,
            double        from_y,
            const MlRect *to,
            MlPoint       p[4])
{
  double tx = to->x;
  double ty = to->y + to->height / 2;

  p[0].x = from->x + from->width;
  p[0].y = from_y;

  if (tx > p[0].x + 4)
    {
      double dx = MAX (20, (tx - p[0].x) * 0.5);

      p[1] = (MlPoint) { p[0].x + dx, p[0].y };
      p[2] = (MlPoint) { tx - dx, ty };
      p[3] = (MlPoint) { tx, ty };
    }
  else if (from == to)
    {
      p[1] = (MlPoint) { p[0].x + 30, p[0].y - 30 };
      p[2] = (MlPoint) { to->x + to->width / 2 + 10, to->y - 34 };
      p[3] = (MlPoint) { to->x + to->width / 2, to->y };
    }
  else if (fabs (to->x - from->x) < 1)
    {
      /* The same column: a loop on the right of both boxes. */
      double reach = 28 + fabs (ty - from_y) * 0.15;

      p[3] = (MlPoint) { to->x + to->width, ty };
      p[1] = (MlPoint) { p[0].x + reach, p[0].y };
      p[2] = (MlPoint) { p[3].x + reach, ty };
    }
  else
    {
      /* Backwards: out of the bottom of the source and into the bottom of the target,
       * bulging below both, so that it is never confused with a forward pointer. */
      double bulge = 26 + fabs (to->x - from->x) * 0.12;

      p[0] = (MlPoint) { from->x + from->width / 2, from->y + from->height };
      p[3] = (MlPoint) { to->x + to->width / 2 + 8, to->y + to->height };
      p[1] = (MlPoint) { p[0].x, p[0].y + bulge };
      p[2] = (MlPoint) { p[3].x, p[3].y + bulge };
    }
}

void
_ml_heap_graph_edge_curve (const MlRect *from,
                           double        from_y,
                           const MlRect *to,
                           MlPoint       p[4])
{
  edge_curve (from, from_y, to, p);
}

/* The copy append makes when it grows a slice: a dashed arrow from the old backing array to
 * the new one, labelled with the bytes copied.  The old array then has no pointer left and
 * turns into garbage before the viewer's eyes. */
static void
add_copy_arrow (MlHeapGraphCtx *ctx,
                const MlRect   *from,
                const MlRect   *to,
                gint            from_box,
                gint            to_box,
                const MlEvent  *ev)
{
  MlPoint p[4];
  MlSceneArrow *arrow;
  g_autofree char *label = ml_append_copy_label (ev);

  p[0] = (MlPoint) { from->x + from->width / 2, from->y + from->height };
  p[3] = (MlPoint) { to->x + to->width / 2, to->y + to->height };
  p[1] = (MlPoint) { p[0].x, MAX (p[0].y, p[3].y) + 34 };
  p[2] = (MlPoint) { p[3].x, MAX (p[0].y, p[3].y) + 34 };
  arrow = ml_scene_add_arrow (ctx->scene, ml_scene_key ("copy", ev->addr, ev->addr2), p, 4);
  arrow->flags |= ML_ARROW_CURVED;
  ml_append_copy_style (arrow, ctx->palette, from_box, to_box);
  ml_append_copy_add_label (ctx->scene, ev, label, (p[0].x + p[3].x) / 2 - 40, p[1].y - 4, ctx->palette);
}

gboolean
_ml_heap_graph_focus_matches_edge (const MlSnapshot *s,
                                   guint64           slot_addr,
                                   guint64           target)
{
  return s->focus.edge_from != 0 && s->focus.edge_from == slot_addr &&
         (s->focus.edge_to == target || s->focus.edge_to == 0);
}

/* What this step did to the object, named: the write barrier shading it, or the
 * tricolour invariant broken (the lost-object bug with the barrier off). */
static void
tag_object_event (MlHeapGraphCtx     *ctx,
                  const MlSnapObject *o,
                  MlSceneBox         *box,
                  const MlRect       *rect)
{
  const MlSnapshot *snapshot = ctx->snapshot;
  const MlPalette *palette = ctx->palette;
  const char *tag = NULL;
  MlColor tag_color = palette->accent;
  static const MlColor red = { 0.878, 0.106, 0.141, 1 };

  for (guint e = 0; e < snapshot->n_events; e++)
    {
      const MlEvent *ev = &snapshot->events[e];

      if (ev->kind == ML_EVENT_WB_SHADE && ev->addr >= o->addr && ev->addr < o->addr + MAX (o->size, 1) &&
          tag == NULL)
        tag = o->colour == ML_COLOUR_WHITE ? _("in the barrier’s buffer") : _("write barrier");
      else if (ev->kind == ML_EVENT_INVARIANT_VIOLATION && ev->addr == o->addr)
        {
          tag = ev->value == ML_VIOLATION_FREED_REACHABLE ? _("freed while reachable!")
                                                          : _("black → white: will be lost");
          tag_color = red;
        }
    }

  /* Go's barrier only records the pointers; they are shaded when its buffer is flushed.  Until
   * then the object stays white, and the picture says why it is safe. */
  for (guint i = 0; tag == NULL && o->colour == ML_COLOUR_WHITE && i < snapshot->n_wb_buffer; i++)
    if (snapshot->wb_buffer[i] >= o->addr && snapshot->wb_buffer[i] < o->addr + MAX (o->size, 1))
      tag = _("in the barrier’s buffer");

  if (tag != NULL)
    {
      box->flags |= ML_BOX_HIGHLIGHT;
      box->ring = tag_color;
      if (ctx->grid->tier < 2)
        {
          MlSceneText *t = ml_scene_add_text (ctx->scene, ml_scene_key ("event-tag", o->addr, 0), tag, ML_TEXT_SMALL,
                                              rect->x, rect->y - ml_text_line_height (ML_TEXT_SMALL) - 4, &tag_color);

          t->klass = "event-tag";
          t->z = ML_Z_OVERLAY;
        }
    }
}

/* At the course's level, the elements of an array of numbers as fmt prints them, as many
 * as fit in @max_w ("[0 1 4 9 …]"), or NULL for another object.  They take the place of the
 * size, a secondary note in this view, which the inspector still gives. */
static char *
array_values (MlHeapGraphCtx     *ctx,
              const MlSnapObject *o,
              double              max_w)
{
  const MlSnapshot *snapshot = ctx->snapshot;
  const MlRtype *t = o->type;
  g_autoptr(GString) text = NULL;
  guint64 n, copied, shown = 0;

  if (ctx->options->detail != ML_DETAIL_PROGRAM || t == NULL || t->size == 0 ||
      ml_object_payload (o) < 2 * t->size || o->value_offset + o->value_size > snapshot->n_values)
    return NULL;
  switch (t->kind)
    {
    case ML_KIND_BOOL:
    ML_KIND_CASES_NUMBER:
      break;
    case ML_KIND_INVALID: ML_KIND_CASES_POINTER_WORD: case ML_KIND_STRING: case ML_KIND_SLICE:
    case ML_KIND_INTERFACE: case ML_KIND_ARRAY: case ML_KIND_STRUCT: case ML_N_KINDS:
    default:
      return NULL;
    }

  n = ctx->refs != NULL ? ml_refs_array_length (ctx->refs, o->addr) : 0;
  if (n == 0 || n * t->size > ml_object_payload (o))
    n = ml_object_payload (o) / t->size;
  copied = MIN (n, o->value_size / t->size);
  text = g_string_new ("[");
  for (; shown < copied; shown++)
    {
      g_autofree char *element = ml_value_format (snapshot, t, snapshot->values + o->value_offset + shown * t->size);
      gsize before = text->len;
      double w;

      g_string_append_printf (text, "%s%s", shown > 0 ? " " : "", element);
      /* Room for the closing bracket, or for " …]" while elements remain. */
      ml_text_measure (text->str, ML_TEXT_MONO, &w, NULL);
      if (w + (shown + 1 < n ? 30 : 10) > max_w)
        {
          g_string_truncate (text, before);
          break;
        }
    }
  if (shown == 0)
    return NULL;
  g_string_append (text, shown < n ? " …]" : "]");

  return g_string_free (g_steal_pointer (&text), FALSE);
}

/* At the course's level a tiny block is named by what the program put in it: the type a
 * pointer variable into it points to ("int"), or the array an append left in it, or NULL.  That it shares a
 * 16-byte block is the secondary note under it. */
static char *
tiny_contents (MlHeapGraphCtx     *ctx,
               const MlSnapObject *o)
{
  const MlSnapshot *snap = ctx->snapshot;

  if (ctx->options->detail != ML_DETAIL_PROGRAM || o->type != NULL || (o->flags & ML_OBJECT_TINY) == 0)
    return NULL;
  for (guint i = 0; i < snap->n_globals + snap->n_slots; i++)
    {
      const MlSnapSlot *slot = i < snap->n_globals ? &snap->globals[i] : &snap->slots[i - snap->n_globals];
      guint64 pointer;

      if (slot->type == NULL || slot->type->kind != ML_KIND_POINTER || slot->type->elem == NULL ||
          slot->value_offset + 8 > snap->n_values)
        continue;
      pointer = ml_value_read_word (snap->values + slot->value_offset, 0);
      if (pointer >= o->addr && pointer < o->addr + MAX (o->size, 1))
        return ml_short_type_name (ml_value_type_name (slot->type->elem));
    }
  /* Or the array an append just copied out of it. */
  {
    guint64 n = 0;
    const MlRtype *elem = ml_append_copy_old_elements (snap, o, &n);

    if (elem != NULL)
      {
        g_autofree char *name = ml_short_type_name (ml_value_type_name (elem));

        return g_strdup_printf (_("[%" PRIu64 "]%s array"), n, name);
      }
  }

  return NULL;
}

/* The words on an object's box at @r: its colour's letter, and in bigger boxes its type
 * (and size) beside the letter in a badge. */
static void
add_object_label (MlHeapGraphCtx     *ctx,
                  const MlSnapObject *o,
                  guint64             box_key,
                  MlRect              r)
{
  const MlSnapshot *snapshot = ctx->snapshot;
  MlScene *scene = ctx->scene;
  const MlRenderOptions *options = ctx->options;
  MlColor text = ml_gc_colour_text (ctx->palette, o->colour);
  const char *letter = ml_gc_colour_letter (o->colour);
  gboolean freed = o->colour == ML_COLOUR_FREED;
  double letter_w, letter_h;

  if (ctx->grid->tier == 2)
    {
      MlSceneText *t;

      ml_text_measure (letter, ML_TEXT_TINY, &letter_w, &letter_h);
      t = ml_scene_add_text (scene, box_key ^ 1, letter, ML_TEXT_TINY, r.x + (r.width - letter_w) / 2,
                             r.y + (r.height - letter_h) / 2, &text);
      t->klass = "mark";
      t->opacity = freed ? 0.6 : 1;
    }
  else
    {
      /* The letter in a badge on the left, the type (and size) beside it. */
      MlRect badge = { r.x + 6, r.y + (r.height - 18) / 2, 18, 18 };
      guint64 key = box_key;
      MlSceneBox *b = ml_scene_add_box (scene, key ^ 2, &badge);
      MlSceneText *t;
      g_autofree char *type = ml_object_type_name (o, ctx->refs);
      g_autofree char *type_label = NULL;
      double tx = r.x + 30, max_w = r.width - 36, th;

      b->fill = ml_color_with_alpha (&text, 0.12);
      b->stroke = text;
      b->radius = 9;
      b->opacity = freed ? 0.6 : 1;
      b->klass = "mark-badge";
      ml_text_measure (letter, ML_TEXT_MARK, &letter_w, &letter_h);
      t = ml_scene_add_text (scene, key ^ 1, letter, ML_TEXT_MARK, badge.x + (18 - letter_w) / 2,
                             badge.y + (18 - letter_h) / 2, &text);
      t->klass = "mark";

      /* At the program's level a map reads as fmt prints it ("map[Ana:30 Luis:25]"), and
       * its groups, tables and directory say whose they are. */
      if (options->detail == ML_DETAIL_PROGRAM && ml_map_is_structure (o->type))
        {
          const MlSnapMap *map = o->map != 0 && o->map <= snapshot->n_maps ? &snapshot->maps[o->map - 1] : NULL;

          g_free (type);
          if (map != NULL && map->header == o->addr)
            {
              GString *entries = g_string_new (NULL);

              ml_map_append_entries (entries, snapshot, map, 4);
              type = g_string_free (entries, FALSE);
            }
          else
            type = ml_map_part_name (snapshot, o);
        }
      /* In the biggest boxes, a struct says which one it is: its first field
       * without pointers, or a string, and that field's value ("Nodo · valor 3",
       * "Persona · Nombre Ana"), as a teacher names the nodes of a list. */
      else if (ctx->grid->tier == 0 && o->type != NULL && o->type->kind == ML_KIND_STRUCT &&
          o->value_size >= o->type->size && o->value_offset + o->type->size <= snapshot->n_values)
        for (guint f = 0; f < o->type->n_fields; f++)
          {
            const MlRtypeField *field = &o->type->fields[f];
            g_autofree char *value = NULL;
            char *labelled;

            if (field->type == NULL || (field->type->has_pointers && field->type->kind != ML_KIND_STRING) ||
                field->type->kind == ML_KIND_STRUCT ||
                field->type->kind == ML_KIND_ARRAY)
              continue;
            value = ml_value_format (snapshot, field->type, snapshot->values + o->value_offset + field->offset);
            /* A name reads on its own ("Persona · Ana"); a number needs its field's. */
            if (field->type->kind == ML_KIND_STRING)
              labelled = g_strdup_printf ("%s · %s", type, value);
            else
              labelled = g_strdup_printf ("%s · %s %s", type, field->name, value);
            g_free (type);
            type = labelled;
            break;
          }
      type_label = ml_text_ellipsize (type, ML_TEXT_BODY, max_w);
      if (ctx->grid->tier == 0)
        {
          g_autofree char *size = NULL;
          g_autofree char *values = options->show_addresses ? NULL : array_values (ctx, o, max_w);
          g_autofree char *tiny = tiny_contents (ctx, o);

          if (options->show_addresses)
            size = g_strdup_printf ("0x%" PRIx64, o->addr);
          else if (tiny != NULL)
            {
              g_free (type_label);
              type_label = ml_text_ellipsize (tiny, ML_TEXT_BODY, max_w);
              /* Translators: the note under a value new() put in a tiny block, as "int". */
              size = g_strdup_printf (_("in a %" PRIu64 " B tiny block"), o->size);
            }
          else
            /* Translators: an object's slot size and Go's size class. */
            size = g_strdup_printf (_("%" PRIu64 " B · class %u"), o->size, o->size_class);
          t = ml_scene_add_text (scene, key ^ 3, type_label, ML_TEXT_BODY, tx, r.y + 6, &text);
          t->opacity = freed ? 0.7 : 1;
          if (values != NULL)
            {
              t = ml_scene_add_text (scene, key ^ 4, values, ML_TEXT_MONO, tx, r.y + 6 + t->height, &text);
              t->klass = "values";
              t->opacity = freed ? 0.7 : 1;
            }
          else
            {
              t = ml_scene_add_text (scene, key ^ 4, size, options->show_addresses ? ML_TEXT_MONO_SMALL : ML_TEXT_SMALL,
                                     tx, r.y + 6 + t->height, &text);
              t->opacity = 0.8 * (freed ? 0.7 : 1);
            }
        }
      else
        {
          ml_text_measure (type_label, ML_TEXT_BODY, NULL, &th);
          t = ml_scene_add_text (scene, key ^ 3, type_label, ML_TEXT_BODY, tx, r.y + (r.height - th) / 2, &text);
          t->opacity = freed ? 0.7 : 1;
        }
    }
}

/* Phase 7: a box per object in its cell. */
void
_ml_heap_graph_add_objects (MlHeapGraphCtx *ctx)
{
  const MlSnapshot *snapshot = ctx->snapshot;
  MlScene *scene = ctx->scene;
  const MlPalette *palette = ctx->palette;

  /* Boxes are added colour by colour: boxes that look alike are drawn as one path. */
  static const guint8 colour_order[] = { ML_COLOUR_WHITE, ML_COLOUR_GREY, ML_COLOUR_BLACK, ML_COLOUR_FREED };

  for (guint pass = 0; pass < G_N_ELEMENTS (colour_order); pass++)
    {
      for (guint i = 0; i < snapshot->n_objects; i++)
        {
          const MlSnapObject *o = &snapshot->objects[i];
          guint64 *packed;
          int col, row;
          MlRect r;
          MlSceneBox *box;
          gboolean freed = o->colour == ML_COLOUR_FREED;
          gboolean scanning = snapshot->focus.object != 0 && snapshot->focus.object == o->addr;

          if (pass == 0)
            ctx->box_of[i] = -1;
          if (o->colour != colour_order[pass] || (ctx->hidden != NULL && ctx->hidden[i]))
            continue;

          packed = g_hash_table_lookup (ctx->grid->cells, &o->addr);
          g_assert (packed != NULL);
          unpack_cell (*packed, &col, &row);
          r = _ml_heap_graph_cell_rect (ctx, col, row);
          ctx->rect_of[i] = r;

          box = ml_scene_add_box (scene, ml_scene_key ("object", o->addr, 0), &r);
          box->fill = ml_gc_colour_fill (palette, o->colour);
          box->stroke = ml_color_mix (&palette->border, &palette->foreground, o->colour == ML_COLOUR_WHITE ? 0.55 : 0.3);
          box->stroke_width = ctx->grid->tier == 2 ? 1 : 1.3;
          box->radius = ctx->grid->tier == 2 ? 0 : 7;
          box->hit_kind = ML_HIT_OBJECT;
          box->address = o->addr;
          box->index = i;
          box->klass = "object";
          if (o->colour == ML_COLOUR_GREY)
            box->flags |= ML_BOX_HATCHED;
          if (freed)
            {
              box->flags |= ML_BOX_DASHED | (ctx->grid->tier < 2 ? ML_BOX_CROSSED : 0);
              box->opacity = 0.5;
            }
          if (scanning)
            box->flags |= ML_BOX_HIGHLIGHT;
          if (ctx->grid->tier < 2)
            box->flags |= ML_BOX_SHADOW;

          tag_object_event (ctx, o, box, &r);
          ctx->box_of[i] = (gint)scene->boxes->len - 1;

          add_object_label (ctx, o, box->key, r);

          ctx->right = MAX (ctx->right, r.x + r.width);
          ctx->bottom = MAX (ctx->bottom, r.y + r.height);
        }
    }
}

/* Phase 8: the edges, from the roots, then between objects.  All under the boxes; the edge
 * being followed is drawn thick in the highlight colour. */
void
_ml_heap_graph_add_edges (MlHeapGraphCtx *ctx)
{
  const MlSnapshot *snapshot = ctx->snapshot;
  MlScene *scene = ctx->scene;
  const MlPalette *palette = ctx->palette;
  MlColor edge_color = ml_color_with_alpha (&palette->pointer, ctx->grid->tier == 2 ? 0.45 : 0.85);
  double width = ctx->grid->tier == 2 ? 1 : 1.6;

  for (guint r = 0; r < ctx->roots->len; r++)
    {
      Root *root = &g_array_index (ctx->roots, Root, r);

      _ml_heap_graph_root_targets (&ctx->index, snapshot, root->slot, ctx->targets);
      for (guint k = 0; k < ctx->targets->len; k++)
        {
          gint t = g_array_index (ctx->targets, gint, k);
          MlPoint p[4];
          MlSceneArrow *arrow;

          if (ctx->box_of[t] < 0)
            continue;
          edge_curve (&root->rect, root->rect.y + root->rect.height / 2, &ctx->rect_of[t], p);
          arrow = ml_scene_add_arrow (scene, ml_scene_key ("root-edge", root->slot->addr, snapshot->objects[t].addr ^ k), p, 4);
          arrow->flags |= ML_ARROW_CURVED;
          arrow->from_box = root->box;
          arrow->to_box = ctx->box_of[t];
          arrow->color = edge_color;
          arrow->width = width;
          arrow->klass = "root-pointer";
          if (_ml_heap_graph_focus_matches_edge (snapshot, root->slot->addr, snapshot->objects[t].addr))
            {
              arrow->color = palette->highlight;
              arrow->width = 4;
              arrow->z = ML_Z_OVERLAY;
            }
        }
    }

  for (guint i = 0; i < snapshot->n_objects; i++)
    {
      const MlSnapObject *o = &snapshot->objects[i];

      if (ctx->box_of[i] < 0)
        continue;

      for (guint e = 0; e < o->n_edges; e++)
        {
          const MlSnapEdge *edge = &snapshot->edges[o->first_edge + e];
          MlPoint p[4];
          MlSceneArrow *arrow;
          double from_y;

          if (edge->to < 0 || ctx->box_of[edge->to] < 0)
            continue;

          /* Several pointers of one object leave from different heights, in field order. */
          from_y = ctx->rect_of[i].y + ctx->rect_of[i].height * (e + 1) / (o->n_edges + 1);
          edge_curve (&ctx->rect_of[i], from_y, &ctx->rect_of[edge->to], p);
          if (_ml_heap_graph_is_wrap (&ctx->rect_of[i], &ctx->rect_of[edge->to]))
            {
              /* A chain wrapped into the next row: the return of a line of text. */
              MlPoint route[4];
              guint n = _ml_heap_graph_wrap_route (ctx, &ctx->rect_of[i], from_y, &ctx->rect_of[edge->to], route);

              arrow = ml_scene_add_arrow (scene, ml_scene_key ("edge", o->addr, edge->offset), route, n);
            }
          else if (ctx->grid->tier == 2)
            {
              /* Dense graphs: straight lines, which read as well at this size and draw
               * several times faster than curves. */
              p[1] = p[3];
              arrow = ml_scene_add_arrow (scene, ml_scene_key ("edge", o->addr, edge->offset), p, 2);
            }
          else
            {
              arrow = ml_scene_add_arrow (scene, ml_scene_key ("edge", o->addr, edge->offset), p, 4);
              arrow->flags |= ML_ARROW_CURVED;
            }
          arrow->from_box = ctx->box_of[i];
          arrow->to_box = ctx->box_of[edge->to];
          arrow->color = edge_color;
          arrow->width = width;
          arrow->klass = "pointer";
          if (o->colour == ML_COLOUR_FREED)
            {
              arrow->opacity = 0.35;
              arrow->flags |= ML_ARROW_DASHED;
            }
          if (_ml_heap_graph_focus_matches_edge (snapshot, o->addr + edge->offset, edge->target) ||
              (snapshot->focus.object == o->addr && snapshot->focus.edge_to == edge->target &&
               snapshot->focus.edge_to != 0))
            {
              arrow->color = palette->highlight;
              arrow->width = 4;
              arrow->z = ML_Z_OVERLAY;
              arrow->klass = "followed";
            }
        }
    }
}

/* Phase 9: loops below and beside the boxes (backward pointers, pointers within a column)
 * reach outside the grid: the legend goes below them, and the scene is wide enough for
 * them.  A curve stays inside the hull of its control points. */
void
_ml_heap_graph_fit_arrows (MlHeapGraphCtx *ctx)
{
  MlScene *scene = ctx->scene;
  const MlPoint *points = (const MlPoint *) (gconstpointer) scene->points->data;

  for (guint a = 0; a < scene->arrows->len; a++)
    {
      const MlSceneArrow *arrow = &g_array_index (scene->arrows, MlSceneArrow, a);

      for (guint k = 0; k < arrow->n_points; k++)
        {
          ctx->bottom = MAX (ctx->bottom, points[arrow->first_point + k].y);
          ctx->right = MAX (ctx->right, points[arrow->first_point + k].x);
        }
    }
}

/* Phase 10: append past capacity: the old array, the new one, and the copy between them. */
void
_ml_heap_graph_add_copies (MlHeapGraphCtx *ctx)
{
  const MlSnapshot *snapshot = ctx->snapshot;

  for (guint e = 0; e < snapshot->n_events; e++)
    {
      const MlEvent *ev = &snapshot->events[e];
      gint from, to;

      if (ev->kind != ML_EVENT_GROWSLICE || ev->addr == 0)
        continue;
      from = ml_object_index_find (&ctx->index, ev->addr);
      to = ml_object_index_find (&ctx->index, ev->addr2);
      if (from >= 0 && to >= 0 && ctx->box_of[from] >= 0 && ctx->box_of[to] >= 0 && from != to)
        {
          add_copy_arrow (ctx, &ctx->rect_of[from], &ctx->rect_of[to], ctx->box_of[from], ctx->box_of[to], ev);
          ctx->bottom = MAX (ctx->bottom, MAX (ctx->rect_of[from].y + ctx->rect_of[from].height, ctx->rect_of[to].y + ctx->rect_of[to].height) + 52);
        }
    }
}
