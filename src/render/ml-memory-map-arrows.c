/* ml-memory-map-arrows.c
 *
 * Copyright 2026 The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The memory map's arrows: once every box is placed, each pointer is routed on a grid around
 * the boxes and labels (ml-router.c), and so is the dashed arrow of each copy an append
 * made, with its label where it covers nothing.  The routing is a phase of its own, after
 * the layout's (ml-memory-map-view.c), and reads only the scene the boxes made.
 */

#include "config.h"

#include <math.h>

#include "ml-memory-map-private.h"

static gint
find_target_box (MlMapCtx *ctx,
                 guint64   addr)
{
  for (guint i = 0; i < ctx->targets->len; i++)
    {
      const Target *t = &g_array_index (ctx->targets, Target, i);

      if (addr >= t->addr && addr < t->addr + t->size)
        return t->box;
    }

  return -1;
}

/* The length of run @i of a route. */
static double
run_length (const MlPoint *p,
            guint          i)
{
  return hypot (p[i + 1].x - p[i].x, p[i + 1].y - p[i].y);
}

/* Whether a label at @r would cover a value box or another text of the scene. */
static gboolean
label_fits (MlScene      *scene,
            const MlRect *r)
{
  if (r->x < 0 || r->y < 0)
    return FALSE;
  for (guint i = 0; i < scene->boxes->len; i++)
    {
      const MlSceneBox *b = &g_array_index (scene->boxes, MlSceneBox, i);

      if ((b->flags & ML_BOX_OBSTACLE) && ml_rect_intersects (&b->rect, r))
        return FALSE;
    }
  for (guint i = 0; i < scene->texts->len; i++)
    {
      const MlSceneText *t = &g_array_index (scene->texts, MlSceneText, i);
      MlRect tr = { t->x, t->y, t->width, t->height };

      if (ml_rect_intersects (&tr, r))
        return FALSE;
    }

  return TRUE;
}

/* Where a label of a route goes: beside its longest runs first, above or below a level run
 * and right or left of a plumb one, wherever it covers nothing; under the route's lowest
 * point when nothing else is free. */
static MlPoint
place_route_label (MlScene       *scene,
                   const MlPoint *p,
                   guint          n,
                   const char    *text,
                   MlTextStyle    style)
{
  g_autofree guint *order = g_new (guint, MAX (n, 1));
  double w, h, low = 0, left = G_MAXDOUBLE, right = 0;

  ml_text_measure (text, style, &w, &h);
  for (guint i = 0; i < n; i++)
    {
      order[i] = i;
      low = MAX (low, p[i].y);
      left = MIN (left, p[i].x);
      right = MAX (right, p[i].x);
    }
  /* The runs, longest first. */
  for (guint i = 1; i + 1 < n; i++)
    for (guint j = i; j > 0 && run_length (p, order[j]) > run_length (p, order[j - 1]); j--)
      {
        guint tmp = order[j];

        order[j] = order[j - 1];
        order[j - 1] = tmp;
      }

  for (guint k = 0; k + 1 < n; k++)
    {
      const MlPoint *a = &p[order[k]], *b = &p[order[k] + 1];
      double mx = (a->x + b->x) / 2, my = (a->y + b->y) / 2;
      MlRect candidates[2];

      if (fabs (a->y - b->y) < 0.5)
        {
          candidates[0] = (MlRect) { mx - w / 2, my + 4, w, h };
          candidates[1] = (MlRect) { mx - w / 2, my - h - 4, w, h };
        }
      else
        {
          candidates[0] = (MlRect) { mx + 6, my - h / 2, w, h };
          candidates[1] = (MlRect) { mx - w - 6, my - h / 2, w, h };
        }
      for (guint c = 0; c < G_N_ELEMENTS (candidates); c++)
        if (label_fits (scene, &candidates[c]))
          return (MlPoint) { candidates[c].x, candidates[c].y };
    }

  return (MlPoint) { (left + right - w) / 2, low + 4 };
}

/* The obstacle layers an arrow between boxes @a and @b goes around: every region's but
 * those that hold its two ends.  @regions holds the scene's region boxes, region k on layer
 * k + 1 of the router. */
static guint32
arrow_avoids (MlScene      *scene,
              GArray       *regions,
              const MlRect *a,
              const MlRect *b)
{
  guint32 avoid = G_MAXUINT32;

  for (guint k = 0; k < regions->len; k++)
    {
      const MlRect *rr = &ml_scene_get_box (scene, g_array_index (regions, guint, k))->rect;

      if (ml_rect_contains (rr, a->x + a->width / 2, a->y + a->height / 2) ||
          ml_rect_contains (rr, b->x + b->width / 2, b->y + b->height / 2))
        avoid &= ~(ML_ROUTER_LAYER_BOXES << (1 + k));
    }

  return avoid;
}

/* Route the arrows around every box that holds a value and every label, and around the
 * regions they neither start nor end in: each region is an obstacle layer of its own.
 * @regions gets the scene's region boxes, region k on layer k + 1. */
static MlRouter *
make_router (MlScene *scene,
             GArray  *regions)
{
  MlRouter *router;

  /* Finer cells route better; bigger pictures get coarser ones so that routing stays quick. */
  router = ml_router_new (scene->width, scene->height, MAX (6, ceil (sqrt (scene->width * scene->height / 600000.0))));
  for (guint i = 0; i < scene->boxes->len; i++)
    {
      const MlSceneBox *b = &g_array_index (scene->boxes, MlSceneBox, i);

      if (b->flags & ML_BOX_OBSTACLE)
        ml_router_add_obstacle (router, &b->rect, 5);
      else if (g_strcmp0 (b->klass, "region") == 0 && regions->len < 31)
        {
          guint index = i;

          ml_router_add_obstacle_layers (router, &b->rect, 4, ML_ROUTER_LAYER_BOXES << (1 + regions->len));
          g_array_append_val (regions, index);
        }
    }
  for (guint i = 0; i < scene->texts->len; i++)
    {
      const MlSceneText *t = &g_array_index (scene->texts, MlSceneText, i);
      MlRect tr = { t->x, t->y, t->width, t->height };

      ml_router_add_obstacle (router, &tr, 3);
    }

  return router;
}

/* Adds the arrow from @first to @tip that runs from @start to @end on a route around the
 * obstacles of every layer in @avoid; @pts gets its points. */
static MlSceneArrow *
add_routed_arrow (MlMapCtx      *ctx,
                  guint32        avoid,
                  const MlPoint *first,
                  const MlPoint *start,
                  const MlPoint *end,
                  const MlPoint *tip,
                  guint64        key,
                  GArray        *pts)
{
  ml_router_route_avoiding (ctx->router, start, end, avoid, ctx->route);
  g_array_append_vals (pts, first, 1);
  g_array_append_vals (pts, ctx->route->data, ctx->route->len);
  g_array_append_vals (pts, tip, 1);

  return ml_scene_add_arrow (ctx->scene, key, (const MlPoint *)(gpointer)pts->data, pts->len);
}

/* The pointers of the variables and the objects, each from its dot to the box it points
 * into. */
static void
route_pointers (MlMapCtx *ctx)
{
  const MlSnapshot *snapshot = ctx->snapshot;
  MlScene *scene = ctx->scene;

  for (guint j = 0; j < ctx->pending->len; j++)
    {
      const PendingArrow *p = &g_array_index (ctx->pending, PendingArrow, j);
      gint to = find_target_box (ctx, p->target);
      const MlSceneBox *from_box, *to_box;
      MlPoint start, end, tip;
      g_autoptr(GArray) pts = g_array_new (FALSE, FALSE, sizeof (MlPoint));
      MlSceneArrow *arrow;
      guint32 avoid;
      double ty;

      if (to < 0 || p->from_box < 0)
        continue;

      from_box = &g_array_index (scene->boxes, MlSceneBox, p->from_box);
      to_box = &g_array_index (scene->boxes, MlSceneBox, to);
      avoid = arrow_avoids (scene, ctx->regions, &from_box->rect, &to_box->rect);

      /* Arrive level with the pointer when the target spans its height; otherwise at the
       * target's title. */
      if (p->from.y > to_box->rect.y + 10 && p->from.y < to_box->rect.y + to_box->rect.height - 10)
        ty = p->from.y;
      else
        ty = to_box->rect.y + MIN (18, to_box->rect.height / 2);

      /* An arrow leaves its box on the side that faces its target (the run from the dot to
       * that side is hidden under the box). */
      start = (MlPoint) { from_box->rect.x + from_box->rect.width + 9, p->from.y };
      if (to_box->rect.x + to_box->rect.width <= from_box->rect.x)
        {
          start.x = from_box->rect.x - 9;
          end = (MlPoint) { to_box->rect.x + to_box->rect.width + 10, ty };
          tip = (MlPoint) { to_box->rect.x + to_box->rect.width, ty };
        }
      else if (to_box->rect.x >= from_box->rect.x + from_box->rect.width)
        {
          end = (MlPoint) { to_box->rect.x - 10, ty };
          tip = (MlPoint) { to_box->rect.x, ty };
        }
      else
        {
          end = (MlPoint) { to_box->rect.x + to_box->rect.width + 10, ty };
          tip = (MlPoint) { to_box->rect.x + to_box->rect.width, ty };
        }

      arrow = add_routed_arrow (ctx, avoid, &p->from, &start, &end, &tip, p->key, pts);
      arrow->from_box = p->from_box;
      arrow->to_box = to;
      arrow->width = 1.6;
      arrow->color = ml_color_with_alpha (&ctx->palette->pointer, 0.9);
      arrow->klass = ml_value_find_string (snapshot, p->target) != NULL ? "string-pointer" : "pointer";
      /* From a faded box (a dead variable, a freed object) the pointer is still in memory
       * but keeps nothing alive: faded too. */
      if (g_array_index (scene->boxes, MlSceneBox, p->from_box).opacity < 1)
        arrow->opacity = g_array_index (scene->boxes, MlSceneBox, p->from_box).opacity;
    }
}

/* append past capacity: a dashed arrow from the old backing array to the new one, from
 * under one to under the other, routed around everything as the pointers are. */
static void
route_copies (MlMapCtx *ctx)
{
  const MlSnapshot *snapshot = ctx->snapshot;
  MlScene *scene = ctx->scene;

  for (guint e = 0; e < snapshot->n_events; e++)
    {
      const MlEvent *ev = &snapshot->events[e];
      gint from, to;
      MlRect a, b;
      MlPoint start, end, first, tip;
      g_autoptr(GArray) pts = g_array_new (FALSE, FALSE, sizeof (MlPoint));
      MlSceneArrow *arrow;
      g_autofree char *label = NULL;
      MlPoint at;

      if (ev->kind != ML_EVENT_GROWSLICE || ev->addr == 0)
        continue;
      from = find_target_box (ctx, ev->addr);
      to = find_target_box (ctx, ev->addr2);
      if (from < 0 || to < 0 || from == to)
        continue;
      a = g_array_index (scene->boxes, MlSceneBox, from).rect;
      b = g_array_index (scene->boxes, MlSceneBox, to).rect;
      first = (MlPoint) { a.x + a.width / 2, a.y + a.height };
      start = (MlPoint) { first.x, first.y + 12 };
      tip = (MlPoint) { b.x + b.width / 2, b.y + b.height };
      end = (MlPoint) { tip.x, tip.y + 12 };
      arrow = add_routed_arrow (ctx, arrow_avoids (scene, ctx->regions, &a, &b), &first, &start, &end, &tip,
                                ml_scene_key ("copy", ev->addr, ev->addr2), pts);
      ml_append_copy_style (arrow, ctx->palette, from, to);
      label = ml_append_copy_label (ev);
      at = place_route_label (scene, (const MlPoint *)(gpointer)pts->data, pts->len, label, MAP_SMALL);
      ml_append_copy_add_label (scene, ev, label, at.x, at.y, ctx->palette);
    }
}

/* A route may run along the edge of the routing grid, below or beside every box, and a
 * label may sit under it; the picture grows to show them whole rather than cut them at the
 * border. */
static void
grow_to_fit (MlScene *scene)
{
  for (guint i = 0; i < scene->arrows->len; i++)
    {
      const MlSceneArrow *arrow = &g_array_index (scene->arrows, MlSceneArrow, i);
      const MlPoint *pt = ml_scene_get_arrow_points (scene, arrow);

      for (guint k = 0; k < arrow->n_points; k++)
        {
          scene->width = MAX (scene->width, pt[k].x + 12);
          scene->height = MAX (scene->height, pt[k].y + 12);
        }
    }
  for (guint i = 0; i < scene->texts->len; i++)
    {
      const MlSceneText *t = &g_array_index (scene->texts, MlSceneText, i);

      scene->width = MAX (scene->width, t->x + t->width + 12);
      scene->height = MAX (scene->height, t->y + t->height + 12);
    }
}

/* The last phase of the layout: every arrow, once every box is in place. */
void
_ml_map_route_arrows (MlMapCtx *ctx)
{
  g_autoptr(GArray) regions = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr(GArray) route = g_array_new (FALSE, FALSE, sizeof (MlPoint));
  g_autoptr(MlRouter) router = make_router (ctx->scene, regions);

  ctx->router = router;
  ctx->regions = regions;
  ctx->route = route;
  route_pointers (ctx);
  route_copies (ctx);
  grow_to_fit (ctx->scene);
  ctx->router = NULL;
}
