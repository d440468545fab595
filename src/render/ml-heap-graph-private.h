/* ml-heap-graph-private.h
 *
 * Copyright 2026 The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What the heap graph's files share: its measures, the tiers of cell sizes, the grid, the
 * roots, and the context its layout phases pass along.  ml-heap-graph-view.c lays out the
 * roots and the grid; ml-heap-graph-place.c gives each object its cell;
 * ml-heap-graph-objects.c draws what the cells hold, the objects and the pointers between
 * them; ml-heap-graph-fanout.c folds large fan-outs.
 */

#pragma once

#include "ml-refs-private.h"
#include "ml-scene.h"

G_BEGIN_DECLS

#define MARGIN          24.0
#define HEADER_HEIGHT   58.0
#define LEGEND_HEIGHT   46.0
#define ROOT_GAP        6.0
#define GROUP_LIMIT     2500
/* The room above the garbage's rows for their label. */
#define GARBAGE_GAP     26.0

typedef struct
{
  double box_w;
  double box_h;
  double cell_w;
  double cell_h;
  double root_w;
  double root_h;
  guint  capacity;
} Tier;

/* The grid: each object's cell.  The scene keeps it as its view data. */
typedef struct
{
  guint       tier;
  int         cols;
  int         rows;
  GHashTable *cells;    /* object address → (col << 32 | row) + 1 */
} GridState;

typedef struct
{
  const MlSnapSlot *slot;
  gboolean          global;
  guint             index;
  guint             goroutine;
  guint             frame;
  MlRect            rect;
  gint              box;
} Root;

/* A fan-out folded at the program's detail: the objects of one type, in one colour, that only
 * one object (or root) points at, drawn as one counted box beside the few shown. */
typedef struct
{
  guint64      key;          /* its grid key: the referrer's address + 1 + the colour */
  guint64      from_addr;    /* the referring object or root slot */
  gint         from_object;  /* object index of the referrer, -1 for a root */
  gint         from_root;    /* root index of the referrer, -1 for an object */
  gint         after;        /* the last member drawn, which it is placed next to */
  gint         first;        /* its first member, object index */
  guint8       colour;
  guint        count;
  guint64      bytes;
  const char  *type;         /* the members' type, short */
  guint64      packed;       /* its cell */
  gint         box;          /* its scene box, -1 if not drawn */
  MlRect       rect;
  gboolean     expanded;     /* opened by a click: its members are drawn, and it folds them again */
} Fanout;

typedef struct
{
  MlScene               *scene;
  const MlSnapshot      *snapshot;
  const MlRenderOptions *options;
  const MlPalette       *palette;
  const Tier            *tier;
  GridState             *grid;
  double                 grid_x;
  double                 grid_y;
  int                    garbage_row;  /* the first row of garbage, -1 if there is none */

  /* The layout's state from one phase to the next. */
  MlRefs                *refs;
  MlObjectIndex          index;
  GArray                *roots;        /* Root */
  GArray                *targets;      /* gint, scratch: the objects a root points at */
  guint                  n_live;
  guint                 *depth;        /* per object: its layer, G_MAXUINT if unreachable */
  guint                 *queue;        /* the reachable objects, breadth-first */
  guint                  tail;         /* how many of them */
  gint                  *box_of;       /* per object: its scene box, -1 if not drawn */
  gint                  *hidden;       /* per object: 1 + its fan-out if folded, else 0; NULL if none is */
  GArray                *fanouts;      /* Fanout */
  MlRect                *rect_of;      /* per object: its box */
  double                 roots_bottom;
  double                 right;
  double                 bottom;
} MlHeapGraphCtx;

static inline guint64
pack_cell (int col,
           int row)
{
  return ((guint64)(guint32)col << 32 | (guint32)row) + 1;
}

static inline void
unpack_cell (guint64  packed,
             int     *col,
             int     *row)
{
  packed -= 1;
  *col = (int)(packed >> 32);
  *row = (int)(packed & 0xffffffff);
}

void     _ml_heap_graph_root_targets               (MlObjectIndex          *index,
                                                    const MlSnapshot       *snapshot,
                                                    const MlSnapSlot       *slot,
                                                    GArray                 *out);
MlRect   _ml_heap_graph_cell_rect                  (MlHeapGraphCtx         *ctx,
                                                    int                     col,
                                                    int                     row);
gboolean _ml_heap_graph_focus_matches_edge         (const MlSnapshot       *s,
                                                    guint64                 slot_addr,
                                                    guint64                 target);

void     _ml_heap_graph_edge_curve                 (const MlRect           *from,
                                                    double                  from_y,
                                                    const MlRect           *to,
                                                    MlPoint                 p[4]);
int      _ml_heap_graph_wrap_cols                  (guint                  tier);
void     _ml_heap_graph_place                      (MlHeapGraphCtx         *ctx);
gboolean _ml_heap_graph_is_wrap                    (const MlRect           *from,
                                                    const MlRect           *to);
guint    _ml_heap_graph_wrap_route                 (MlHeapGraphCtx         *ctx,
                                                    const MlRect           *from,
                                                    double                  from_y,
                                                    const MlRect           *to,
                                                    MlPoint                 p[4]);
void     _ml_heap_graph_find_fanouts               (MlHeapGraphCtx         *ctx);
void     _ml_heap_graph_add_fanouts                (MlHeapGraphCtx         *ctx);
void     _ml_heap_graph_add_objects                (MlHeapGraphCtx         *ctx);
void     _ml_heap_graph_add_edges                  (MlHeapGraphCtx         *ctx);
void     _ml_heap_graph_fit_arrows                 (MlHeapGraphCtx         *ctx);
void     _ml_heap_graph_add_copies                 (MlHeapGraphCtx         *ctx);
void     _ml_heap_graph_label_garbage              (MlHeapGraphCtx         *ctx);

G_END_DECLS
