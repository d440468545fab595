/* ml-router.c
 *
 * Copyright The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Orthogonal arrow routing on a coarse grid.  Boxes are obstacles; a route is the cheapest
 * path for A* where every cell costs one, every bend costs more (routes with few corners read
 * best) and cells that earlier routes already use cost extra, so that parallel arrows spread
 * out instead of drawing over each other.  Source Academy's issue stream (arrows through
 * frames, arrows hidden behind boxes) is the reason arrows are routed at all.
 *
 * Obstacles come in layers, one bit each, and a route says which layers it goes around: the
 * memory map keeps its value boxes and labels on one layer that every arrow avoids, and each
 * region (the heap, rodata) on a layer of its own, which only the arrows that start or end
 * in that region may cross.
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include "ml-router-private.h"

#define BEND_COST     8
#define SHARED_COST   6
#define CROSS_COST    2

struct _MlRouter
{
  double   cell;
  double   origin_x;
  double   origin_y;
  int      cols;
  int      rows;
  guint32 *blocked;       /* the layers whose obstacles cover the cell */
  guint8  *used;          /* bit 0: used horizontally, bit 1: used vertically */
};

MlRouter *
ml_router_new (double width,
               double height,
               double cell)
{
  MlRouter *self = g_new0 (MlRouter, 1);

  self->cell = cell;
  self->origin_x = -2 * cell;
  self->origin_y = -2 * cell;
  self->cols = (int)ceil (width / cell) + 4;
  self->rows = (int)ceil (height / cell) + 4;
  self->blocked = g_new0 (guint32, (gsize)self->cols * self->rows);
  self->used = g_new0 (guint8, (gsize)self->cols * self->rows);

  return self;
}

void
ml_router_free (MlRouter *self)
{
  if (self == NULL)
    return;

  g_free (self->blocked);
  g_free (self->used);
  g_free (self);
}

static int
col_of (MlRouter *self,
        double    x)
{
  return CLAMP ((int)floor ((x - self->origin_x) / self->cell), 0, self->cols - 1);
}

static int
row_of (MlRouter *self,
        double    y)
{
  return CLAMP ((int)floor ((y - self->origin_y) / self->cell), 0, self->rows - 1);
}

static double
x_of (MlRouter *self,
      int       col)
{
  return self->origin_x + (col + 0.5) * self->cell;
}

static double
y_of (MlRouter *self,
      int       row)
{
  return self->origin_y + (row + 0.5) * self->cell;
}

/**
 * ml_router_add_obstacle:
 * @margin: how close a route may come to the box
 *
 * Marks every cell whose centre lies inside the box grown by @margin, on the first layer,
 * which every route avoids.
 */
void
ml_router_add_obstacle (MlRouter     *self,
                        const MlRect *rect,
                        double        margin)
{
  ml_router_add_obstacle_layers (self, rect, margin, ML_ROUTER_LAYER_BOXES);
}

/**
 * ml_router_add_obstacle_layers:
 * @layers: the layers (bits) the obstacle is on
 *
 * As ml_router_add_obstacle(), on the given layers.
 */
void
ml_router_add_obstacle_layers (MlRouter     *self,
                               const MlRect *rect,
                               double        margin,
                               guint32       layers)
{
  int c0 = col_of (self, rect->x - margin);
  int c1 = col_of (self, rect->x + rect->width + margin);
  int r0 = row_of (self, rect->y - margin);
  int r1 = row_of (self, rect->y + rect->height + margin);

  for (int r = r0; r <= r1; r++)
    for (int c = c0; c <= c1; c++)
      {
        double cx = x_of (self, c);
        double cy = y_of (self, r);

        if (cx >= rect->x - margin && cx <= rect->x + rect->width + margin &&
            cy >= rect->y - margin && cy <= rect->y + rect->height + margin)
          self->blocked[r * self->cols + c] |= layers;
      }
}

/* A binary min-heap of (cost, state). */
typedef struct
{
  guint32 cost;
  guint32 state;
} HeapItem;

static void
heap_push (GArray  *heap,
           guint32  cost,
           guint32  state)
{
  HeapItem item = { cost, state };
  HeapItem *data;
  guint i;

  g_array_append_val (heap, item);
  data = (HeapItem *)(gpointer)heap->data;
  i = heap->len - 1;
  while (i > 0)
    {
      guint parent = (i - 1) / 2;
      HeapItem tmp;

      if (data[parent].cost <= data[i].cost)
        break;
      tmp = data[parent];
      data[parent] = data[i];
      data[i] = tmp;
      i = parent;
    }
}

static HeapItem
heap_pop (GArray *heap)
{
  HeapItem *data = (HeapItem *)(gpointer)heap->data;
  HeapItem top = data[0];
  guint i = 0;

  data[0] = data[heap->len - 1];
  g_array_set_size (heap, heap->len - 1);

  for (;;)
    {
      guint l = 2 * i + 1;
      guint r = l + 1;
      guint m = i;
      HeapItem tmp;

      if (l < heap->len && data[l].cost < data[m].cost)
        m = l;
      if (r < heap->len && data[r].cost < data[m].cost)
        m = r;
      if (m == i)
        break;
      tmp = data[m];
      data[m] = data[i];
      data[i] = tmp;
      i = m;
    }

  return top;
}

static const int dcol[4] = { 1, 0, -1, 0 };
static const int drow[4] = { 0, 1, 0, -1 };

/**
 * ml_router_route:
 * @start: where the route leaves its source (just outside it)
 * @end: where the route reaches its target (just outside it)
 * @points: (out): the corners of the route, @start and @end included
 *
 * Finds an orthogonal route around the obstacles and marks its cells as used.  When no
 * route exists (the target is walled in), the straight line is returned.
 *
 * Returns: %TRUE if a route around the obstacles was found
 */
gboolean
ml_router_route (MlRouter      *self,
                 const MlPoint *start,
                 const MlPoint *end,
                 GArray        *points)
{
  return ml_router_route_avoiding (self, start, end, G_MAXUINT32, points);
}

/**
 * ml_router_route_avoiding:
 * @avoid: the layers whose obstacles the route goes around
 *
 * As ml_router_route(), crossing the obstacles of the other layers freely.
 *
 * Returns: %TRUE if a route around the obstacles was found
 */
gboolean
ml_router_route_avoiding (MlRouter      *self,
                          const MlPoint *start,
                          const MlPoint *end,
                          guint32        avoid,
                          GArray        *points)
{
  int sc = col_of (self, start->x), sr = row_of (self, start->y);
  int ec = col_of (self, end->x), er = row_of (self, end->y);
  gsize n_cells = (gsize)self->cols * self->rows;
  g_autofree guint32 *best = NULL;
  g_autofree guint32 *prev = NULL;
  g_autoptr(GArray) heap = g_array_new (FALSE, FALSE, sizeof (HeapItem));
  g_autoptr(GArray) cells = g_array_new (FALSE, FALSE, sizeof (guint32));
  guint32 found = G_MAXUINT32;
  guint32 saved_start, saved_end;

  g_array_set_size (points, 0);

  best = g_new (guint32, n_cells * 4);
  prev = g_new (guint32, n_cells * 4);
  memset (best, 0xff, n_cells * 4 * sizeof (guint32));

  /* The ends are outside their boxes by construction; make sure the margins don't wall
   * them in. */
  saved_start = self->blocked[sr * self->cols + sc];
  saved_end = self->blocked[er * self->cols + ec];
  self->blocked[sr * self->cols + sc] = 0;
  self->blocked[er * self->cols + ec] = 0;

  for (guint d = 0; d < 4; d++)
    {
      guint32 state = (guint32)((sr * self->cols + sc) * 4 + d);

      /* Leaving horizontally is free: arrows leave their field sideways. */
      best[state] = (d == 0 || d == 2) ? 0 : BEND_COST;
      prev[state] = G_MAXUINT32;
      heap_push (heap, best[state] + (guint32)(ABS (ec - sc) + ABS (er - sr)), state);
    }

  while (heap->len > 0)
    {
      HeapItem item = heap_pop (heap);
      guint32 state = item.state;
      guint32 cell = state / 4;
      guint dir = state % 4;
      int c = (int)(cell % (guint32)self->cols);
      int r = (int)(cell / (guint32)self->cols);

      if (item.cost - (guint32)(ABS (ec - c) + ABS (er - r)) > best[state])
        continue;

      if (c == ec && r == er)
        {
          found = state;
          break;
        }

      for (guint nd = 0; nd < 4; nd++)
        {
          int nc = c + dcol[nd];
          int nr = r + drow[nd];
          guint32 ncell, nstate, cost;
          guint8 used;

          if ((nd + 2) % 4 == dir)
            continue;
          if (nc < 0 || nr < 0 || nc >= self->cols || nr >= self->rows)
            continue;

          ncell = (guint32)(nr * self->cols + nc);
          if (self->blocked[ncell] & avoid)
            continue;

          used = self->used[ncell];
          cost = best[state] + 1 + (nd != dir ? BEND_COST : 0);
          if (used & ((nd % 2 == 0) ? 1 : 2))
            cost += SHARED_COST;
          else if (used)
            cost += CROSS_COST;

          nstate = ncell * 4 + nd;
          if (cost < best[nstate])
            {
              best[nstate] = cost;
              prev[nstate] = state;
              heap_push (heap, cost + (guint32)(ABS (ec - nc) + ABS (er - nr)), nstate);
            }
        }
    }

  self->blocked[sr * self->cols + sc] = saved_start;
  self->blocked[er * self->cols + ec] = saved_end;

  if (found == G_MAXUINT32)
    {
      /* Walled in: an orthogonal Z through the middle, never a diagonal. */
      MlPoint mid1 = { (start->x + end->x) / 2, start->y };
      MlPoint mid2 = { (start->x + end->x) / 2, end->y };

      g_array_append_val (points, *start);
      g_array_append_val (points, mid1);
      g_array_append_val (points, mid2);
      g_array_append_val (points, *end);
      return FALSE;
    }

  for (guint32 s = found; s != G_MAXUINT32; s = prev[s])
    g_array_prepend_val (cells, s);

  /* Corners only: a point wherever the direction changes.  The first and last runs keep
   * the exact coordinates of the ends so that arrows leave and reach their fields level. */
  g_array_append_val (points, *start);
  for (guint i = 1; i < cells->len; i++)
    {
      guint32 s = g_array_index (cells, guint32, i);
      guint32 ps = g_array_index (cells, guint32, i - 1);
      guint32 cell = s / 4;

      self->used[cell] |= (s % 4) % 2 == 0 ? 1 : 2;

      if (s % 4 != ps % 4)
        {
          guint32 pcell = ps / 4;
          MlPoint corner = { x_of (self, (int)(pcell % (guint32)self->cols)),
                             y_of (self, (int)(pcell / (guint32)self->cols)) };

          g_array_append_val (points, corner);
        }
    }
  g_array_append_val (points, *end);

  /* Snap the first and last corners onto the ends' own coordinates, so that arrows leave
   * and reach their fields level (or plumb) instead of with a small jog. */
  if (points->len >= 3)
    {
      MlPoint *p = (MlPoint *)(gpointer)points->data;
      guint n = points->len;

      if (fabs (p[1].y - p[0].y) <= fabs (p[1].x - p[0].x))
        p[1].y = p[0].y;
      else
        p[1].x = p[0].x;

      if (n > 3)
        {
          if (fabs (p[n - 2].y - p[n - 1].y) <= fabs (p[n - 2].x - p[n - 1].x))
            p[n - 2].y = p[n - 1].y;
          else
            p[n - 2].x = p[n - 1].x;
        }
      else
        {
          /* One corner shared by both ends: make it the corner of an L. */
          MlPoint corner = { p[0].x, p[2].y };

          if (fabs (p[1].x - p[2].x) < fabs (p[1].x - p[0].x))
            corner.x = p[2].x, corner.y = p[0].y;
          p[1] = corner;
        }
    }
  else if (points->len == 2)
    {
      MlPoint *p = (MlPoint *)(gpointer)points->data;

      if (fabs (p[0].y - p[1].y) > 0.01 && fabs (p[0].x - p[1].x) > 0.01)
        {
          MlPoint mid1 = { (p[0].x + p[1].x) / 2, p[0].y };
          MlPoint mid2 = { (p[0].x + p[1].x) / 2, p[1].y };

          g_array_insert_val (points, 1, mid2);
          g_array_insert_val (points, 1, mid1);
        }
    }

  /* Drop points that no longer make a corner. */
  for (guint i = 1; i + 1 < points->len;)
    {
      MlPoint *p = (MlPoint *)(gpointer)points->data;
      gboolean same_x = fabs (p[i - 1].x - p[i].x) < 0.01 && fabs (p[i].x - p[i + 1].x) < 0.01;
      gboolean same_y = fabs (p[i - 1].y - p[i].y) < 0.01 && fabs (p[i].y - p[i + 1].y) < 0.01;

      if (same_x || same_y)
        g_array_remove_index (points, i);
      else
        i++;
    }

  return TRUE;
}
