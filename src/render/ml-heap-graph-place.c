/* ml-heap-graph-place.c
 *
 * Copyright 2026 The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Where each object of the heap graph goes: the structure drawn as a teacher draws it on the
 * board.  Starting from each root in order, and from each object's pointers in field order,
 * the first object pointed at continues the row one column to the right and the others
 * start rows of their own below it: a list is a chain, left to right; a tree is a tree, each
 * child one column right of its parent and the later children under the first; a slice's
 * backing array has its elements in a column beside it.  A chain longer than the row is wrapped like
 * text, its next object at the start of the next row.  What no root reaches sits apart,
 * under the rest and labelled, in address order.
 *
 * The placement is a function of the snapshot alone, never of the steps seen before it: the
 * window, whatever steps it went through, and `memlab-cli export --step=N`, which lays out
 * one step alone, draw the same picture.  The width of a row is fixed per tier, not taken from
 * the window, for the same reason; an object keeps its cell for as long as the structure
 * around it stays, and objects that die leave a hole rather than moving the rest.
 *
 * It is apart from ml-heap-graph-view.c (the roots, the grid, the phases) because the rules of
 * where things go are the part a reader of the picture cares about, and grow on their own.
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "ml-heap-graph-private.h"

/* Per tier, the columns of a row: three of the largest boxes fit a projected 1024×768
 * window beside the roots at the legible text size. */
static const int wrap_cols[] = { 3, 7, 48 };

typedef struct
{
  MlHeapGraphCtx *ctx;
  gboolean       *visited;
  GHashTable     *cells;      /* object address or fan-out key → packed cell, both owned */
  int             c0;         /* the region's first column */
  int             c1;         /* past its last */
  int             next_row;   /* the first row below everything placed in the region */
  int             rows;       /* rows used over all regions */
  int             cols;       /* columns used over all regions */
  int             column_rows;  /* rows that hold one of many leaves of one object */
  GArray         *placed;     /* gint: the objects the region placed, in order */
  int             flow_col;   /* where the next one goes, when flowing */
  int             flow_row;
} Placer;

typedef struct
{
  gint     object;
  guint    next_edge;
  int      col;
  int      row;
  gboolean had_child;
  gboolean many;       /* it points at many objects */
  gboolean chain;      /* its row, up to it, is a chain: one pointer from each to the next */
  guint    n_children; /* how many objects it points at had no cell when it got its own */
} Frame;

/* More objects than this pointed at by one make a column that is not sparse. */
#define MANY_CHILDREN 8

int
_ml_heap_graph_wrap_cols (guint tier)
{
  return wrap_cols[MIN (tier, G_N_ELEMENTS (wrap_cols) - 1)];
}

static void
set_cell (Placer  *p,
          guint64  key,
          int      col,
          int      row)
{
  guint64 packed = pack_cell (col, row);

  g_hash_table_insert (p->cells, g_memdup2 (&key, sizeof key), g_memdup2 (&packed, sizeof packed));
  p->next_row = MAX (p->next_row, row + 1);
  p->rows = MAX (p->rows, row + 1);
  p->cols = MAX (p->cols, col + 1);
}

static gboolean
placeable (Placer *p,
           gint    t)
{
  const MlHeapGraphCtx *ctx = p->ctx;

  return t >= 0 && !p->visited[t] && ctx->snapshot->objects[t].colour != ML_COLOUR_FREE &&
         (ctx->hidden == NULL || ctx->hidden[t] == 0);
}

/* The fan-outs drawn after member @t, each on a row of its own under it. */
static void
place_fanouts_after (Placer *p,
                     gint    t,
                     int     col)
{
  MlHeapGraphCtx *ctx = p->ctx;

  for (guint g = 0; ctx->fanouts != NULL && g < ctx->fanouts->len; g++)
    {
      Fanout *fanout = &g_array_index (ctx->fanouts, Fanout, g);

      if (fanout->after != t || fanout->packed != 0)
        continue;
      fanout->packed = pack_cell (col, p->next_row);
      set_cell (p, fanout->key, col, p->next_row);
    }
}

static void
place_one (Placer *p,
           GArray *stack,
           gint    t,
           int     col,
           int     row)
{
  const MlSnapshot *s = p->ctx->snapshot;
  const MlSnapObject *o = &s->objects[t];
  Frame f = {
    .object = t, .col = col, .row = row,
    .chain = col == p->c0,
  };

  if (stack != NULL && stack->len > 0)
    {
      const Frame *parent = &g_array_index (stack, Frame, stack->len - 1);

      f.chain = f.chain || (parent->chain && parent->n_children == 1 && row == parent->row);
    }
  p->visited[t] = TRUE;
  set_cell (p, o->addr, col, row);
  g_array_append_val (p->placed, t);
  for (guint e = 0; e < o->n_edges; e++)
    if (placeable (p, s->edges[o->first_edge + e].to))
      f.n_children++;
  /* Folded fan-outs count for one: only objects drawn one by one make a long column. */
  f.many = f.n_children > MANY_CHILDREN;
  if (stack != NULL)
    g_array_append_val (stack, f);
}

/* Whether @t would place nothing of its own: every object it points at has a cell already. */
static gboolean
is_leaf (Placer *p,
         gint    t)
{
  const MlSnapshot *s = p->ctx->snapshot;
  const MlSnapObject *o = &s->objects[t];

  for (guint e = 0; e < o->n_edges; e++)
    {
      gint to = s->edges[o->first_edge + e].to;

      if (to != t && placeable (p, to))
        return FALSE;
    }

  return TRUE;
}

/* Object @start at (@col, @row), and depth first what it points at that has no cell yet: the
 * first pointer continues the row, the others start new rows; past the region's last
 * column the row wraps to its first. */
static void
place_tree (Placer *p,
            gint    start,
            int     col,
            int     row)
{
  const MlSnapshot *s = p->ctx->snapshot;
  g_autoptr(GArray) stack = g_array_new (FALSE, FALSE, sizeof (Frame));

  place_one (p, stack, start, col, row);
  place_fanouts_after (p, start, col);
  while (stack->len > 0)
    {
      Frame *f = &g_array_index (stack, Frame, stack->len - 1);
      const MlSnapObject *o = &s->objects[f->object];
      gint child = -1;
      int ccol, crow;

      while (f->next_edge < o->n_edges && child < 0)
        {
          gint to = s->edges[o->first_edge + f->next_edge].to;

          f->next_edge++;
          if (placeable (p, to))
            child = to;
        }
      if (child < 0)
        {
          g_array_set_size (stack, stack->len - 1);
          continue;
        }

      ccol = f->col + 1;
      crow = f->had_child ? p->next_row : f->row;
      if (ccol >= p->c1 && ((f->chain && f->n_children == 1) || ccol >= 2 * p->c1 - p->c0))
        {
          /* A chain wraps like text; a tree grows to the right, up to twice the row. */
          ccol = p->c0;
          crow = p->next_row;
        }
      /* Many leaves of one object (an opened fan-out, a slice's elements at the runtime's
       * detail) are one tall column, not a sparse picture. */
      if (f->had_child && f->many && is_leaf (p, child))
        p->column_rows++;
      f->had_child = TRUE;
      place_one (p, stack, child, ccol, crow);
      place_fanouts_after (p, child, ccol);
    }
}

/* The reachable objects: from each root in order, its targets in word order, each on a row
 * of its own.  Rows are not lined up with the roots: the roots' boxes are lower than the
 * objects', and rows spread to meet them would leave a projected picture half empty. */
static void
place_reachable (Placer *p)
{
  MlHeapGraphCtx *ctx = p->ctx;
  const MlSnapshot *s = ctx->snapshot;

  for (guint r = 0; r < ctx->roots->len; r++)
    {
      const Root *root = &g_array_index (ctx->roots, Root, r);

      _ml_heap_graph_root_targets (&ctx->index, s, root->slot, ctx->targets);
      for (guint k = 0; k < ctx->targets->len; k++)
        {
          gint t = g_array_index (ctx->targets, gint, k);

          if (placeable (p, t))
            place_tree (p, t, p->c0, p->next_row);
        }
    }

  /* What the runtime keeps, and anything reachable the walk above missed. */
  for (guint k = 0; k < ctx->tail; k++)
    if (placeable (p, (gint)ctx->queue[k]))
      place_tree (p, (gint)ctx->queue[k], p->c0, p->next_row);
}

/* What a region placed is taken back, to be placed again another way. */
static void
undo_region (Placer *p,
             int     first_row)
{
  MlHeapGraphCtx *ctx = p->ctx;

  for (guint k = 0; k < p->placed->len; k++)
    {
      gint t = g_array_index (p->placed, gint, k);

      p->visited[t] = FALSE;
      g_hash_table_remove (p->cells, &ctx->snapshot->objects[t].addr);
    }
  g_array_set_size (p->placed, 0);
  for (guint g = 0; ctx->fanouts != NULL && g < ctx->fanouts->len; g++)
    {
      Fanout *fanout = &g_array_index (ctx->fanouts, Fanout, g);
      int col, row;

      if (fanout->packed == 0)
        continue;
      unpack_cell (fanout->packed, &col, &row);
      if (col < p->c0 || col >= p->c1)
        continue;
      g_hash_table_remove (p->cells, &fanout->key);
      fanout->packed = 0;
    }
  p->next_row = first_row;
}

/* The next cell in reading order, when a region flows. */
static void
flow_next (Placer *p,
           int    *col,
           int    *row)
{
  if (p->flow_col >= p->c1)
    {
      p->flow_col = p->c0;
      p->flow_row++;
    }
  *col = p->flow_col++;
  *row = p->flow_row;
}

/* A graph that is no list and no tree (objects pointed at from many places) would, laid out
 * as one, spread over rows with one object each: it is laid out by layers instead, in the
 * order the roots reach it, each layer starting a row, the rows read like text. */
static void
flow_layers (Placer      *p,
             const guint *order,
             guint        n,
             const guint *layer)
{
  MlHeapGraphCtx *ctx = p->ctx;
  guint last_layer = G_MAXUINT;

  p->flow_col = p->c0;
  p->flow_row = p->next_row;
  for (guint k = 0; k < n; k++)
    {
      gint t = (gint)order[k];
      int col, row;

      if (!placeable (p, t))
        continue;
      if (layer != NULL && layer[t] != last_layer && p->flow_col > p->c0)
        {
          p->flow_col = p->c0;
          p->flow_row++;
        }
      last_layer = layer != NULL ? layer[t] : 0;
      flow_next (p, &col, &row);
      place_one (p, NULL, t, col, row);
      for (guint g = 0; ctx->fanouts != NULL && g < ctx->fanouts->len; g++)
        {
          Fanout *fanout = &g_array_index (ctx->fanouts, Fanout, g);

          if (fanout->after != t || fanout->packed != 0)
            continue;
          flow_next (p, &col, &row);
          fanout->packed = pack_cell (col, row);
          set_cell (p, fanout->key, col, row);
        }
    }
}

/* Whether a region laid out by structure came out too sparse: many more rows than its
 * objects fill. */
static gboolean
too_sparse (Placer *p,
            int     first_row,
            guint   n_roots)
{
  int rows = p->next_row - first_row - p->column_rows;
  int full = (int)((p->placed->len + (guint)(p->c1 - p->c0) - 1) / (guint)(p->c1 - p->c0));

  return rows > 2 * full + 4 + (int)n_roots;
}

/* Fan-outs whose last member drawn found no cell (it cannot happen, but a box without a cell
 * would be lost): on a row of their own. */
static void
place_orphan_fanouts (Placer *p)
{
  MlHeapGraphCtx *ctx = p->ctx;

  for (guint g = 0; ctx->fanouts != NULL && g < ctx->fanouts->len; g++)
    {
      Fanout *fanout = &g_array_index (ctx->fanouts, Fanout, g);

      if (fanout->packed != 0)
        continue;
      fanout->packed = pack_cell (p->c0, p->next_row);
      set_cell (p, fanout->key, p->c0, p->next_row);
    }
}

/* Phase 5: every object's cell, and the fan-outs', into ctx->grid. */
void
_ml_heap_graph_place (MlHeapGraphCtx *ctx)
{
  const MlSnapshot *s = ctx->snapshot;
  GridState *grid = ctx->grid;
  g_autofree gboolean *visited = g_new0 (gboolean, MAX (s->n_objects, 1));
  int wrap = _ml_heap_graph_wrap_cols (grid->tier);
  g_autoptr(GArray) placed = g_array_new (FALSE, FALSE, sizeof (gint));
  Placer p = { ctx, visited, NULL, 0, wrap, 0, 0, 0, 0, placed, 0, 0 };

  p.cells = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
  for (guint g = 0; ctx->fanouts != NULL && g < ctx->fanouts->len; g++)
    g_array_index (ctx->fanouts, Fanout, g).packed = 0;

  place_reachable (&p);
  if (too_sparse (&p, 0, ctx->roots->len))
    {
      undo_region (&p, 0);
      flow_layers (&p, ctx->queue, ctx->tail, ctx->depth);
    }

  /* Garbage under everything reachable, in address order, not by its structure: the sweep
   * frees it one object at a time, and a freed object's pointers are gone, so that a
   * structure would change under the objects still waiting to be swept and move them. */
  g_array_set_size (p.placed, 0);
  {
    g_autofree guint *order = g_new (guint, MAX (ctx->index.n, 1));

    for (guint k = 0; k < ctx->index.n; k++)
      order[k] = ctx->index.by_addr[k];
    ctx->garbage_row = p.next_row;
    flow_layers (&p, order, ctx->index.n, NULL);
    if (p.placed->len == 0)
      ctx->garbage_row = -1;
  }
  place_orphan_fanouts (&p);

  g_clear_pointer (&grid->cells, g_hash_table_unref);
  grid->cells = p.cells;
  grid->cols = MAX (p.cols, wrap);
  grid->rows = MAX (p.rows, 1);
}

/* A pointer from the end of one row to the start of a row below, where a chain wraps: out of
 * the bottom of its box, left along the gap under its row, and down into the top of its
 * target, like the return of a line of text.  It stays within the row's width, which is all
 * a projected window has room for.  Returns the points written to @p (4). */
guint
_ml_heap_graph_wrap_route (MlHeapGraphCtx *ctx,
                           const MlRect   *from,
                           double          from_y,
                           const MlRect   *to,
                           MlPoint         p[4])
{
  double gap = ctx->tier->cell_h - ctx->tier->box_h;
  double gap_y = from->y + from->height + gap / 2;
  double x0 = from->x + from->width / 2;
  double x1 = to->x + MIN (24, to->width / 4);

  (void)from_y;
  p[0] = (MlPoint) { x0, from->y + from->height };
  p[1] = (MlPoint) { x0, gap_y };
  p[2] = (MlPoint) { x1, gap_y };
  p[3] = (MlPoint) { x1, to->y };

  return 4;
}

/* Whether a pointer from @from to @to is a chain's wrap: its target starts a lower row left
 * of it. */
gboolean
_ml_heap_graph_is_wrap (const MlRect *from,
                        const MlRect *to)
{
  return to->x + to->width < from->x && to->y >= from->y + from->height;
}

/* Phase 11: the garbage's rows are labelled: what the sweep will free if it is still white
 * when marking ends. */
void
_ml_heap_graph_label_garbage (MlHeapGraphCtx *ctx)
{
  MlSceneText *t;

  if (ctx->garbage_row < 0 || ctx->grid->tier == 2)
    return;
  t = ml_scene_add_text (ctx->scene, ml_scene_key ("unreachable", 0, 0), _("unreachable"), ML_TEXT_CAPTION,
                         ctx->grid_x, ctx->grid_y + ctx->garbage_row * ctx->tier->cell_h + GARBAGE_GAP - 22,
                         &ctx->palette->dim_foreground);
  t->klass = "unreachable";
}
