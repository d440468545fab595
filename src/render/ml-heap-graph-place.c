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

/* The pointers object @t holds, for placing it: a live object's, or those the sweep left in
 * an object it freed, so that garbage keeps its structure, and its places, while it is swept.
 * Sets @n to how many. */
static const MlSnapEdge *
object_edges (Placer *p,
              gint    t,
              guint  *n)
{
  const MlSnapshot *s = p->ctx->snapshot;
  const MlSnapObject *o = &s->objects[t];
  guint lo = 0, hi = s->n_freed_edges, end;

  if (o->colour != ML_COLOUR_FREED)
    {
      *n = o->n_edges;
      return s->edges + o->first_edge;
    }
  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;

      if (s->freed_edges[mid].from < (guint)t)
        lo = mid + 1;
      else
        hi = mid;
    }
  for (end = lo; end < s->n_freed_edges && s->freed_edges[end].from == (guint)t; end++)
    ;
  *n = end - lo;

  return s->freed_edges + lo;
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
  const MlSnapEdge *edges;
  guint n_edges;
  Frame f = {
    .object = t, .col = col, .row = row,
    .chain = col == p->c0,
  };

  if (stack != NULL && stack->len > 0)
    {
      const Frame *parent = &g_array_index (stack, Frame, stack->len - 1);

      /* The only child of a chain's object continues it, on its row or wrapped below. */
      f.chain = f.chain || (parent->chain && parent->n_children == 1);
    }
  p->visited[t] = TRUE;
  set_cell (p, o->addr, col, row);
  g_array_append_val (p->placed, t);
  edges = object_edges (p, t, &n_edges);
  for (guint e = 0; e < n_edges; e++)
    if (placeable (p, edges[e].to))
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
  guint n_edges;
  const MlSnapEdge *edges = object_edges (p, t, &n_edges);

  for (guint e = 0; e < n_edges; e++)
    {
      gint to = edges[e].to;

      if (to != t && placeable (p, to))
        return FALSE;
    }

  return TRUE;
}

/* How many slots apart @from and @to are, when both are objects of one type in one span and
 * the slots between them hold only objects no root reaches, or nothing: the objects of a list
 * built in a loop sit in consecutive slots, and a node cut out of it leaves its slot behind.
 * 1 for neighbours, 0 when they are not in one run of slots (or more than three apart).  The
 * sign says the direction: positive when @to is at a higher address. */
static int
slot_distance (Placer *p,
               gint    from,
               gint    to)
{
  const MlSnapshot *s = p->ctx->snapshot;
  const MlSnapObject *a = &s->objects[from];
  const MlSnapObject *b = &s->objects[to];
  guint64 d;
  int k;

  if (a->type == NULL || a->type != b->type || a->span != b->span || a->size == 0 ||
      (a->flags & ML_OBJECT_TINY) || a->addr == b->addr)
    return 0;
  d = b->addr > a->addr ? b->addr - a->addr : a->addr - b->addr;
  if (d % a->size != 0 || d / a->size > 3)
    return 0;
  k = (int)(d / a->size);
  for (int j = 1; j < k; j++)
    {
      guint64 addr = b->addr > a->addr ? a->addr + (guint64)j * a->size : a->addr - (guint64)j * a->size;
      gint between = ml_object_index_find (&p->ctx->index, addr);

      if (between >= 0 && s->objects[between].colour != ML_COLOUR_FREE &&
          (p->ctx->depth[between] != G_MAXUINT || s->objects[between].type != a->type))
        return 0;
    }

  return b->addr > a->addr ? k : -k;
}

/* The columns a chain moves on from @from to @to, its next object: one, or the slots between
 * them when the objects between are no longer reached, so that a node cut out of a list leaves
 * a hole and the nodes after it keep their places. */
static int
chain_step (Placer *p,
            gint    from,
            gint    to)
{
  int k = ABS (slot_distance (p, from, to));

  return k >= 2 ? k : 1;
}

/* Object @start at (@col, @row), and depth first what it points at that has no cell yet: the
 * first pointer continues the row, the others start new rows; past the region's last
 * column the row wraps to its first. */
static void
place_tree (Placer   *p,
            gint      start,
            int       col,
            int       row,
            gboolean  chain)
{
  g_autoptr(GArray) stack = g_array_new (FALSE, FALSE, sizeof (Frame));

  place_one (p, stack, start, col, row);
  g_array_index (stack, Frame, 0).chain |= chain;
  place_fanouts_after (p, start, col);
  while (stack->len > 0)
    {
      Frame *f = &g_array_index (stack, Frame, stack->len - 1);
      guint n_edges;
      const MlSnapEdge *edges = object_edges (p, f->object, &n_edges);
      gint child = -1;
      int ccol, crow;

      while (f->next_edge < n_edges && child < 0)
        {
          gint to = edges[f->next_edge].to;

          f->next_edge++;
          if (placeable (p, to))
            child = to;
        }
      if (child < 0)
        {
          g_array_set_size (stack, stack->len - 1);
          continue;
        }

      ccol = f->col + (f->had_child ? 1 : chain_step (p, f->object, child));
      crow = f->had_child ? p->next_row : f->row;
      if (ccol >= p->c1 && ((f->chain && f->n_children == 1) || ccol >= 2 * p->c1 - p->c0))
        {
          /* A chain wraps like text (a hole it leaves at a row's end carried over); a tree
           * grows to the right, up to twice the row. */
          ccol = f->chain && f->n_children == 1 ? p->c0 + MIN (ccol - p->c1, p->c1 - p->c0 - 1) : p->c0;
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

/* Where @t goes when it continues a list it was cut from: the program took the pointer to it
 * out of the list's last node @end (a write the barrier shades while marking) and a later root
 * holds it now.  The list keeps its reading order, @t in the cell after @end (or after the
 * holes of the slots between them), while its objects are still reached; a whiteboard drawing
 * would erase the arrow and leave the nodes where they are.  The last node and @t are of one
 * type in one run of slots, the list goes on from one to the other in the direction it ran
 * (its nodes sit in the slots of a loop's allocations), and the last node points at no object
 * of its own type.  Returns FALSE when no placed list ends that way. */
static gboolean
find_cut_chain (Placer *p,
                gint    t,
                int    *col,
                int    *row)
{
  const MlSnapshot *s = p->ctx->snapshot;

  for (guint k = 0; k < p->placed->len; k++)
    {
      gint end = g_array_index (p->placed, gint, k);
      const MlSnapObject *e = &s->objects[end];
      const guint64 *packed;
      gint before = -1;
      int step, dir, ecol, erow;
      gboolean continues = FALSE;

      if (e->type != s->objects[t].type || (step = slot_distance (p, end, t)) == 0)
        continue;
      for (guint j = 0; j < e->n_edges && !continues; j++)
        {
          gint to = s->edges[e->first_edge + j].to;

          continues = to >= 0 && s->objects[to].type == e->type;
        }
      if (continues)
        continue;
      /* Its node before it in the list: the placed object of its type that points at it. */
      for (guint j = 0; j < k && before < 0; j++)
        {
          gint q = g_array_index (p->placed, gint, j);
          const MlSnapObject *o = &s->objects[q];

          for (guint x = 0; x < o->n_edges && before < 0; x++)
            if (s->edges[o->first_edge + x].to == end && o->type == e->type)
              before = q;
        }
      if (before < 0 || (dir = slot_distance (p, before, end)) == 0 || (dir > 0) != (step > 0))
        continue;
      packed = g_hash_table_lookup (p->cells, &e->addr);
      if (packed == NULL)
        continue;
      unpack_cell (*packed, &ecol, &erow);
      *col = ecol + ABS (step);
      *row = erow;
      if (*col >= p->c1)
        {
          *col = p->c0 + MIN (*col - p->c1, p->c1 - p->c0 - 1);
          *row = p->next_row;
        }
      return TRUE;
    }

  return FALSE;
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

          int col, row;

          if (!placeable (p, t))
            continue;
          if (find_cut_chain (p, t, &col, &row))
            place_tree (p, t, col, row, TRUE);
          else
            place_tree (p, t, p->c0, p->next_row, FALSE);
        }
    }

  /* What the runtime keeps, and anything reachable the walk above missed. */
  for (guint k = 0; k < ctx->tail; k++)
    if (placeable (p, (gint)ctx->queue[k]))
      place_tree (p, (gint)ctx->queue[k], p->c0, p->next_row, FALSE);
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

typedef struct
{
  gint  object;
  guint64 out;   /* the garbage it points at, then its rank */
} Head;

static int
compare_heads (gconstpointer a,
               gconstpointer b)
{
  const Head *x = a;
  const Head *y = b;

  /* The largest structure first; the order of the walk over addresses breaks ties. */
  return x->out != y->out ? (x->out > y->out ? -1 : 1) : 0;
}

/* What no root reaches, under the rest, by its own structure as the reachable objects are:
 * each object no other garbage points at starts a structure (a chain is a chain, an array
 * left behind has its elements beside it), the one pointing at most garbage first, then the
 * lone objects flowed in rows like text; address order only breaks ties.  Laid out in address
 * order instead, a chain's arrows would run backwards and cross.  An object the sweep freed
 * is placed with the pointers its memory still holds, so that garbage does not move while it
 * is swept: it fades out where it was drawn. */
static void
place_garbage (Placer *p)
{
  MlHeapGraphCtx *ctx = p->ctx;
  const MlSnapshot *s = ctx->snapshot;
  guint n = ctx->index.n;
  g_autofree gboolean *referred = g_new0 (gboolean, MAX (s->n_objects, 1));
  g_autoptr(GArray) heads = g_array_new (FALSE, FALSE, sizeof (Head));
  g_autofree guint *rest = g_new (guint, MAX (n, 1));
  guint n_rest = 0;

  for (guint k = 0; k < n; k++)
    {
      gint o = (gint)ctx->index.by_addr[k];
      guint n_edges;
      const MlSnapEdge *edges = object_edges (p, o, &n_edges);

      if (!placeable (p, o))
        continue;
      for (guint e = 0; e < n_edges; e++)
        {
          gint to = edges[e].to;

          if (to != o && placeable (p, to))
            referred[to] = TRUE;
        }
    }
  for (guint k = 0; k < n; k++)
    {
      gint o = (gint)ctx->index.by_addr[k];
      Head h = { o, 0 };
      guint n_edges;
      const MlSnapEdge *edges = object_edges (p, o, &n_edges);

      if (!placeable (p, o) || referred[o])
        continue;
      for (guint e = 0; e < n_edges; e++)
        {
          gint to = edges[e].to;

          if (to != o && placeable (p, to))
            h.out++;
        }
      if (h.out > 0)
        g_array_append_val (heads, h);
    }
  /* g_array_sort is not stable: the address breaks ties explicitly. */
  for (guint k = 0; k < heads->len; k++)
    g_array_index (heads, Head, k).out = g_array_index (heads, Head, k).out * ((guint64)n + 1) + (n - k);
  g_array_sort (heads, compare_heads);
  for (guint k = 0; k < heads->len; k++)
    {
      gint o = g_array_index (heads, Head, k).object;

      if (placeable (p, o))
        place_tree (p, o, p->c0, p->next_row, FALSE);
    }
  /* Garbage in cycles has no head: each cycle from its lowest address. */
  for (guint k = 0; k < n; k++)
    {
      gint o = (gint)ctx->index.by_addr[k];

      if (placeable (p, o) && !is_leaf (p, o))
        place_tree (p, o, p->c0, p->next_row, FALSE);
    }
  for (guint k = 0; k < n; k++)
    if (placeable (p, (gint)ctx->index.by_addr[k]))
      rest[n_rest++] = ctx->index.by_addr[k];
  flow_layers (p, rest, n_rest, NULL);
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

  /* Garbage under everything reachable, laid out by its own structure. */
  g_array_set_size (p.placed, 0);
  ctx->garbage_row = p.next_row;
  place_garbage (&p);
  if (p.placed->len == 0)
    ctx->garbage_row = -1;
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
