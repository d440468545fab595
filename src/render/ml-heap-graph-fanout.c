/* ml-heap-graph-fanout.c
 *
 * Copyright 2026 The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Large fan-outs folded in the heap graph at the program's detail.  A slice of two hundred
 * pointers drawn as two hundred identical boxes and a curtain of arrows explains nothing and
 * fills the screen; drawn as its first few elements and one counted box ("+ 197 × Pedido",
 * and how many bytes they hold) it reads as a teacher draws it on the board.  Only objects
 * that one referrer alone points at, that point at nothing themselves, and that share a type
 * are folded, so that no arrow is lost; they are folded by colour, so that the tricolour
 * story of a cycle stays true.  At the runtime's detail every object is drawn.
 *
 * It is apart from ml-heap-graph-view.c (the grid) and ml-heap-graph-objects.c (the boxes)
 * because it decides what the other two leave out, and draws the one box that stands for it.
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "ml-gc-colours-private.h"
#include "ml-heap-graph-private.h"
#include "ml-names.h"
#include "ml-object-names-private.h"

/* More than this many objects of one type that one referrer alone points at are folded. */
#define FANOUT_LIMIT  8
/* How many of them stay drawn before the counted box. */
#define FANOUT_SHOWN  3

static const guint8 fanout_colours[] = { ML_COLOUR_WHITE, ML_COLOUR_GREY, ML_COLOUR_BLACK, ML_COLOUR_FREED };

/* Whether object @t may be folded under a referrer reachable or not as @reachable says:
 * alive, typed, as reachable as its referrer, pointed at once, pointing at nothing. */
static gboolean
foldable (const MlHeapGraphCtx *ctx,
          const guint          *pointed,
          gboolean              reachable,
          gint                  t)
{
  const MlSnapshot *s = ctx->snapshot;
  const MlSnapObject *o = &s->objects[t];

  if (o->colour == ML_COLOUR_FREE || o->type == NULL || pointed[t] != 1 ||
      (ctx->depth[t] != G_MAXUINT) != reachable)
    return FALSE;
  for (guint e = 0; e < o->n_edges; e++)
    if (s->edges[o->first_edge + e].to >= 0)
      return FALSE;

  return TRUE;
}

/* The referrer's targets @targets (object indices, in pointer order): folds the ones past
 * the first few of its most common foldable type, if there are enough of them. */
static void
fold_targets (MlHeapGraphCtx *ctx,
              const guint    *pointed,
              const GArray   *targets,
              guint64         from_addr,
              gint            from_object,
              gint            from_root)
{
  const MlSnapshot *s = ctx->snapshot;
  const MlRtype *type = NULL;
  gboolean reachable = from_object < 0 || ctx->depth[from_object] != G_MAXUINT;
  guint best = 0, shown = 0;
  gint last_shown = -1;
  Fanout groups[G_N_ELEMENTS (fanout_colours)] = { { 0 } };
  gint slot_index[G_N_ELEMENTS (fanout_colours)] = { 0 };

  if (targets->len <= FANOUT_LIMIT)
    return;

  /* The most common type among the foldable targets; of two as common, the first to get
   * there. */
  {
    g_autoptr(GHashTable) counts = g_hash_table_new (NULL, NULL);

    for (guint k = 0; k < targets->len; k++)
      {
        gint t = g_array_index (targets, gint, k);
        guint n;

        if (!foldable (ctx, pointed, reachable, t))
          continue;
        n = GPOINTER_TO_UINT (g_hash_table_lookup (counts, s->objects[t].type)) + 1;
        g_hash_table_insert (counts, (gpointer)s->objects[t].type, GUINT_TO_POINTER (n));
        if (n > best)
          {
            best = n;
            type = s->objects[t].type;
          }
      }
  }
  if (best <= FANOUT_LIMIT)
    return;

  for (guint k = 0; k < targets->len; k++)
    {
      gint t = g_array_index (targets, gint, k);
      const MlSnapObject *o = &s->objects[t];
      Fanout *g = NULL;

      if (o->type != type || !foldable (ctx, pointed, reachable, t))
        continue;
      if (shown < FANOUT_SHOWN)
        {
          shown++;
          last_shown = t;
          continue;
        }
      for (guint c = 0; c < G_N_ELEMENTS (fanout_colours); c++)
        if (fanout_colours[c] == o->colour)
          g = &groups[c];
      if (g == NULL)
        continue;
      if (g->count == 0)
        g->first = t;
      g->count++;
      g->bytes += o->size;
      g->after = t;
      /* For now the colour's slot; its fan-out's index once they are appended. */
      ctx->hidden[t] = -(gint)(g - groups) - 1;
    }

  for (guint c = 0; c < G_N_ELEMENTS (fanout_colours); c++)
    {
      Fanout *g = &groups[c];

      if (g->count == 0)
        continue;
      slot_index[c] = (gint)ctx->fanouts->len;
      g->colour = fanout_colours[c];
      g->key = from_addr + 1 + g->colour;
      g->from_addr = from_addr;
      g->from_object = from_object;
      g->from_root = from_root;
      /* An open fan-out draws its members, and its box comes after the last of them. */
      g->expanded = ctx->options->expanded != NULL && g_hash_table_contains (ctx->options->expanded, &g->key);
      if (!g->expanded)
        g->after = last_shown;
      g->type = ml_short_name (type->name);
      g->box = -1;
      g_array_append_val (ctx->fanouts, *g);
    }
  for (guint k = 0; k < targets->len; k++)
    {
      gint t = g_array_index (targets, gint, k);
      gint c;

      if (ctx->hidden[t] >= 0)
        continue;
      c = -ctx->hidden[t] - 1;
      ctx->hidden[t] = groups[c].expanded ? 0 : slot_index[c] + 1;
    }
}

/* Phase 2b, at the program's detail: which objects fold into fan-outs.  Leaves
 * ctx->hidden NULL when none does, and counts each fan-out as one live object. */
void
_ml_heap_graph_find_fanouts (MlHeapGraphCtx *ctx)
{
  const MlSnapshot *s = ctx->snapshot;
  g_autofree guint *pointed = NULL;
  g_autoptr(GArray) targets = NULL;
  guint n_hidden = 0;

  if (ctx->options->detail != ML_DETAIL_PROGRAM || s->n_objects <= FANOUT_LIMIT)
    return;

  /* How many pointers lead to each object, from the roots and from other objects.  Garbage
   * pointing at a reachable object does not keep it from folding (the old arrays append
   * left behind still point at the first elements): its arrow goes to the fan-out. */
  pointed = g_new0 (guint, s->n_objects);
  for (guint i = 0; i < s->n_objects; i++)
    for (guint e = 0; e < s->objects[i].n_edges; e++)
      {
        gint to = s->edges[s->objects[i].first_edge + e].to;

        if (to >= 0 && (ctx->depth[i] != G_MAXUINT || ctx->depth[to] == G_MAXUINT))
          pointed[to]++;
      }
  for (guint r = 0; r < ctx->roots->len; r++)
    {
      _ml_heap_graph_root_targets (&ctx->index, s, g_array_index (ctx->roots, Root, r).slot, ctx->targets);
      for (guint k = 0; k < ctx->targets->len; k++)
        pointed[g_array_index (ctx->targets, gint, k)]++;
    }
  for (guint r = 0; r < s->n_runtime_roots; r++)
    {
      gint64 t = ml_snapshot_find_object (s, s->runtime_roots[r]);

      if (t >= 0)
        pointed[t]++;
    }

  ctx->hidden = g_new0 (gint, s->n_objects);
  ctx->fanouts = g_array_new (FALSE, FALSE, sizeof (Fanout));
  targets = g_array_new (FALSE, FALSE, sizeof (gint));

  for (guint r = 0; r < ctx->roots->len; r++)
    {
      const Root *root = &g_array_index (ctx->roots, Root, r);

      _ml_heap_graph_root_targets (&ctx->index, s, root->slot, targets);
      fold_targets (ctx, pointed, targets, root->slot->addr, -1, (gint)r);
    }
  for (guint i = 0; i < s->n_objects; i++)
    {
      const MlSnapObject *o = &s->objects[i];

      if (o->colour == ML_COLOUR_FREE || o->n_edges <= FANOUT_LIMIT)
        continue;
      g_array_set_size (targets, 0);
      for (guint e = 0; e < o->n_edges; e++)
        if (s->edges[o->first_edge + e].to >= 0)
          g_array_append_val (targets, s->edges[o->first_edge + e].to);
      fold_targets (ctx, pointed, targets, o->addr, (gint)i, -1);
    }

  for (guint g = 0; g < ctx->fanouts->len; g++)
    if (!g_array_index (ctx->fanouts, Fanout, g).expanded)
      n_hidden += g_array_index (ctx->fanouts, Fanout, g).count;
  if (ctx->fanouts->len == 0)
    {
      g_clear_pointer (&ctx->hidden, g_free);
      g_clear_pointer (&ctx->fanouts, g_array_unref);
      return;
    }
  ctx->n_live = ctx->n_live - n_hidden + ctx->fanouts->len;
}

/* An open fan-out's box, after its members: a smaller dashed box that says how many there
 * are and folds them again when clicked. */
static void
add_fold_box (MlHeapGraphCtx *ctx,
              Fanout         *g)
{
  MlScene *scene = ctx->scene;
  const MlPalette *palette = ctx->palette;
  guint64 key = ml_scene_key ("fanout", g->key, 0);
  /* Translators: an opened group of heap objects, drawn one by one; a click folds them. */
  g_autofree char *count = g_strdup_printf (_("− %u × %s"), g->count, g->type);
  MlTextStyle style = ctx->grid->tier == 2 ? ML_TEXT_TINY : ML_TEXT_BODY;
  g_autofree char *line = ml_text_ellipsize (count, style, g->rect.width - 12);
  MlSceneBox *box = ml_scene_add_box (scene, key, &g->rect);
  MlSceneText *t;
  double lh;

  box->fill = ml_color_mix (&palette->background, &palette->segment_heap, 0.15);
  box->stroke = ml_color_mix (&palette->border, &palette->foreground, 0.45);
  box->radius = ctx->grid->tier == 2 ? 0 : 7;
  box->flags |= ML_BOX_DASHED;
  box->hit_kind = ML_HIT_GROUP;
  box->address = ctx->snapshot->objects[g->first].addr;
  box->index = g->key;
  box->klass = "fanout-open";
  g->box = (gint)scene->boxes->len - 1;

  ml_text_measure (line, style, NULL, &lh);
  if (ctx->grid->tier == 0)
    {
      /* Translators: under an opened group of heap objects: what a click on it does. */
      g_autofree char *hint = ml_text_ellipsize (_("click to fold"), ML_TEXT_SMALL, g->rect.width - 12);

      t = ml_scene_add_text (scene, key ^ 3, line, style, g->rect.x + 8, g->rect.y + 6, &palette->foreground);
      t->klass = "fanout";
      t = ml_scene_add_text (scene, key ^ 4, hint, ML_TEXT_SMALL, g->rect.x + 8, g->rect.y + 6 + t->height,
                             &palette->dim_foreground);
    }
  else
    {
      t = ml_scene_add_text (scene, key ^ 3, line, style, g->rect.x + 6, g->rect.y + (g->rect.height - lh) / 2,
                             &palette->foreground);
      t->klass = "fanout";
    }
}

/* The counted box of fan-out @g in its cell: a small pile in the members' colour, the
 * colour's letter, how many and of what type, and how many bytes. */
static void
add_fanout_box (MlHeapGraphCtx *ctx,
                Fanout         *g)
{
  MlScene *scene = ctx->scene;
  const MlPalette *palette = ctx->palette;
  MlColor text = ml_gc_colour_text (palette, g->colour);
  guint64 key = ml_scene_key ("fanout", g->key, 0);
  g_autofree char *bytes = ml_format_bytes (g->bytes, ML_BYTES_EXACT);
  /* Translators: a folded group of heap objects after the few drawn, e.g. "+ 197 × Pedido". */
  g_autofree char *count = g_strdup_printf (_("+ %u × %s"), g->count, g->type);
  int col, row;
  MlRect r, under;
  MlSceneBox *box;
  MlSceneText *t;

  unpack_cell (g->packed, &col, &row);
  r = _ml_heap_graph_cell_rect (ctx, col, row);
  g->rect = r;
  if (g->expanded)
    {
      add_fold_box (ctx, g);
      return;
    }

  /* The box behind, offset, makes it read as a pile of boxes rather than one object. */
  under = (MlRect) { r.x + 4, r.y + 4, r.width, r.height };
  box = ml_scene_add_box (scene, ml_scene_key ("fanout-pile", g->key, 0), &under);
  box->fill = ml_gc_colour_fill (palette, g->colour);
  box->stroke = ml_color_mix (&palette->border, &palette->foreground, 0.45);
  box->radius = ctx->grid->tier == 2 ? 0 : 7;
  box->klass = "fanout-pile";

  box = ml_scene_add_box (scene, key, &r);
  box->fill = ml_gc_colour_fill (palette, g->colour);
  box->stroke = ml_color_mix (&palette->border, &palette->foreground, g->colour == ML_COLOUR_WHITE ? 0.55 : 0.3);
  box->stroke_width = ctx->grid->tier == 2 ? 1 : 1.3;
  box->radius = ctx->grid->tier == 2 ? 0 : 7;
  box->hit_kind = ML_HIT_GROUP;
  box->address = ctx->snapshot->objects[g->first].addr;
  /* What a click opens: ml_render_options.expanded holds it. */
  box->index = g->key;
  box->klass = "fanout";
  if (g->colour == ML_COLOUR_GREY)
    box->flags |= ML_BOX_HATCHED;
  if (g->colour == ML_COLOUR_FREED)
    {
      box->flags |= ML_BOX_DASHED;
      box->opacity = 0.5;
    }
  g->box = (gint)scene->boxes->len - 1;

  if (ctx->grid->tier == 2)
    {
      t = ml_scene_add_text (scene, key ^ 1, ml_gc_colour_letter (g->colour), ML_TEXT_TINY, r.x + 3, r.y + 1, &text);
      t->klass = "mark";
      return;
    }

  {
    MlRect badge = { r.x + 6, r.y + (r.height - 18) / 2, 18, 18 };
    const char *letter = ml_gc_colour_letter (g->colour);
    MlSceneBox *b = ml_scene_add_box (scene, key ^ 2, &badge);
    g_autofree char *line = NULL;
    double lw, lh;

    b->fill = ml_color_with_alpha (&text, 0.12);
    b->stroke = text;
    b->radius = 9;
    b->klass = "mark-badge";
    ml_text_measure (letter, ML_TEXT_MARK, &lw, &lh);
    t = ml_scene_add_text (scene, key ^ 1, letter, ML_TEXT_MARK, badge.x + (18 - lw) / 2, badge.y + (18 - lh) / 2, &text);
    t->klass = "mark";

    if (ctx->grid->tier == 0)
      {
        /* Translators: the bytes a folded group of heap objects holds, e.g. "110.8 KiB in all". */
        g_autofree char *total = g_strdup_printf (_("%s in all"), bytes);

        line = ml_text_ellipsize (count, ML_TEXT_BODY, r.width - 36);
        t = ml_scene_add_text (scene, key ^ 3, line, ML_TEXT_BODY, r.x + 30, r.y + 6, &text);
        t->klass = "fanout";
        g_free (line);
        line = ml_text_ellipsize (total, ML_TEXT_SMALL, r.width - 36);
        t = ml_scene_add_text (scene, key ^ 4, line, ML_TEXT_SMALL, r.x + 30, r.y + 6 + t->height, &text);
        t->opacity = 0.8;
      }
    else
      {
        line = ml_text_ellipsize (count, ML_TEXT_BODY, r.width - 36);
        ml_text_measure (line, ML_TEXT_BODY, NULL, &lh);
        t = ml_scene_add_text (scene, key ^ 3, line, ML_TEXT_BODY, r.x + 30, r.y + (r.height - lh) / 2, &text);
        t->klass = "fanout";
      }
  }
}

/* Garbage that still points at folded objects (an array append left behind): one arrow
 * from it to each fan-out it points into. */
static void
add_other_referrers (MlHeapGraphCtx *ctx,
                     const MlColor  *color)
{
  const MlSnapshot *s = ctx->snapshot;

  for (guint i = 0; i < s->n_objects; i++)
    {
      const MlSnapObject *o = &s->objects[i];
      gint last = -1;

      if (ctx->box_of[i] < 0)
        continue;
      for (guint e = 0; e < o->n_edges; e++)
        {
          gint to = s->edges[o->first_edge + e].to;
          Fanout *g;
          MlPoint p[4];
          MlSceneArrow *arrow;

          if (to < 0 || ctx->hidden[to] == 0 || ctx->hidden[to] - 1 == last)
            continue;
          last = ctx->hidden[to] - 1;
          g = &g_array_index (ctx->fanouts, Fanout, last);
          if (g->from_object == (gint)i || g->box < 0)
            continue;
          _ml_heap_graph_edge_curve (&ctx->rect_of[i], ctx->rect_of[i].y + ctx->rect_of[i].height / 2, &g->rect, p);
          arrow = ml_scene_add_arrow (ctx->scene, ml_scene_key ("fanout-edge", g->key, o->addr), p, 4);
          arrow->flags |= ML_ARROW_CURVED;
          arrow->from_box = ctx->box_of[i];
          arrow->to_box = g->box;
          arrow->color = *color;
          arrow->width = ctx->grid->tier == 2 ? 1 : 1.6;
          arrow->klass = "pointer";
          if (o->colour == ML_COLOUR_FREED)
            {
              arrow->opacity = 0.35;
              arrow->flags |= ML_ARROW_DASHED;
            }
        }
    }
}

/* Phase 8b: each fan-out's box, and the one arrow to it from its referrer. */
void
_ml_heap_graph_add_fanouts (MlHeapGraphCtx *ctx)
{
  MlScene *scene = ctx->scene;
  MlColor edge_color = ml_color_with_alpha (&ctx->palette->pointer, ctx->grid->tier == 2 ? 0.45 : 0.85);

  if (ctx->fanouts == NULL)
    return;

  for (guint i = 0; i < ctx->fanouts->len; i++)
    {
      Fanout *g = &g_array_index (ctx->fanouts, Fanout, i);
      const MlRect *from;
      gint from_box;
      MlPoint p[4];
      MlSceneArrow *arrow;

      add_fanout_box (ctx, g);
      ctx->right = MAX (ctx->right, g->rect.x + g->rect.width + 4);
      ctx->bottom = MAX (ctx->bottom, g->rect.y + g->rect.height + 4);
      /* An open one's members have their own arrows. */
      if (g->expanded)
        continue;

      if (g->from_object >= 0)
        {
          from_box = ctx->box_of[g->from_object];
          from = &ctx->rect_of[g->from_object];
        }
      else
        {
          from_box = g_array_index (ctx->roots, Root, g->from_root).box;
          from = &g_array_index (ctx->roots, Root, g->from_root).rect;
        }
      if (from_box < 0)
        continue;

      _ml_heap_graph_edge_curve (from, from->y + from->height / 2, &g->rect, p);
      arrow = ml_scene_add_arrow (scene, ml_scene_key ("fanout-edge", g->key, 0), p, 4);
      arrow->flags |= ML_ARROW_CURVED;
      arrow->from_box = from_box;
      arrow->to_box = g->box;
      arrow->color = edge_color;
      arrow->width = ctx->grid->tier == 2 ? 2 : 2.4;
      arrow->klass = "pointer";
    }
  add_other_referrers (ctx, &edge_color);
}
