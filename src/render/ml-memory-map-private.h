/* ml-memory-map-private.h
 *
 * Copyright 2026 The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What the memory map's three files share: its measures, the variable boxes and their rows,
 * and the context its layout phases pass along.  ml-memory-map-view.c lays the regions out in
 * phases, ml-memory-map-boxes.c builds, measures and draws each box, and
 * ml-memory-map-arrows.c routes the pointers between them.
 */

#pragma once

#include "ml-append-copy-private.h"
#include "ml-gc-colours-private.h"
#include "ml-maps-private.h"
#include "ml-object-names-private.h"
#include "ml-refs-private.h"
#include "ml-router-private.h"
#include "ml-scene.h"
#include "ml-slots-private.h"
#include "ml-value.h"

G_BEGIN_DECLS

#define MARGIN        28.0
#define COLUMN_GAP    96.0
#define REGION_PAD    14.0
#define BOX_PAD       10.0
#define BOX_GAP       16.0
#define ROW_HEIGHT    24.0
#define INDENT        14.0
#define NAME_GAP      14.0
#define MIN_STRUCT_WIDTH 236.0
#define COLUMN_HEIGHT 420.0   /* a frame taller than this flows into more columns: short
                               * enough for the frame to fit a projected window's height */
#define SUB_GAP       40.0    /* between a frame's columns: room for arrows to pass */
#define MAX_HEAP_COLUMNS 4
#define MAX_MAP_OBJECTS  60   /* more than this reads better as the heap graph */
#define MAX_MAP_ROWS     12   /* a map's table shows this many entries, then how many more */

/* The map's smaller words (a box's type and size, a region's subtitle, the notes of what is
 * not drawn, the cells of a header, addresses) are no smaller than its values (13 px): a
 * projected window keeps every text at 14 px or more, and one 10 px label made it zoom the
 * whole map by 1.4, showing one struct at a time. */
#define MAP_SMALL       ML_TEXT_BODY
#define MAP_CAPTION     ML_TEXT_BODY
#define MAP_MONO_SMALL  ML_TEXT_MONO
#define MAP_CELL        ML_TEXT_MONO
#define MAX_KEY_WIDTH   200.0 /* a key longer than this is cut with an ellipsis */
#define HEAP_COLUMN_GAP  56.0

typedef enum
{
  ROW_SCALAR,
  ROW_STRUCT,      /* a nested struct's title; its fields follow one level deeper */
  ROW_STRING,
  ROW_POINTER,
  ROW_SLICE,
  ROW_INTERFACE,
  ROW_CELLS,       /* an array's elements, one cell each (ml-memory-map-cells.c) */
} RowKind;

typedef struct
{
  RowKind  kind;
  int      depth;
  char    *name;
  char    *value;       /* scalars; the type name of a nested struct */
  guint64  addr;
  guint64  offset;
  guint64  ptr;
  guint64  len;
  guint64  cap;
  gboolean known;       /* the bytes are in the snapshot */
  gboolean entry;       /* a map's entry: its name is the key, it has no offset of its own */
  GStrv    cells;       /* the elements drawn; len covers the first of them, cap all */
  guint64  elided_at;   /* the cell before which the elided elements are counted */
  guint64  n_elided;
} Row;

typedef struct
{
  MlHitKind     hit;
  guint64       index;
  guint64       addr;
  guint64       size;
  const MlRtype *type;
  char         *name;
  char         *title_type;
  char         *note;       /* a dim line under the title */
  char         *size_text;  /* the size in the title's corner: "24 B", "40 B in a 48 B slot" */
  GPtrArray    *go_value;   /* wrapped lines of the %v form, or NULL */
  GArray       *rows;
  double        name_width;
  double        width;
  double        height;
  MlRect        rect;
  gint          box;        /* the scene box, once placed */
  guint64       key;
  const char   *klass;
  guint8        colour;
  gboolean      faded;
} VarBox;

typedef struct
{
  MlPoint  from;
  gint     from_box;        /* the root box the arrow starts in */
  guint64  target;
  guint64  key;
  gboolean dashed;
} PendingArrow;

typedef struct
{
  guint64 addr;
  guint64 size;
  gint    box;
} Target;

typedef struct
{
  MlScene               *scene;
  const MlSnapshot      *snapshot;
  const MlRenderOptions *options;
  const MlPalette       *palette;
  GArray                *pending;   /* PendingArrow */
  GArray                *targets;   /* Target */
  MlRefs                *refs;
  MlMapFold             *fold;               /* how maps fold into tables (ml-maps.c) */
  double                 row_name_width;

  /* The layout's state from one phase to the next. */
  GPtrArray             *globals;            /* VarBox, data's variables */
  GPtrArray             *frames;             /* a GPtrArray of VarBox per frame, outermost first */
  GArray                *frame_meta;         /* guint, each frame's index in the snapshot */
  GArray                *frame_hidden;       /* guint, each frame's zero variables not drawn */
  GArray                *frame_temporaries;  /* guint, each frame's temporaries not drawn */
  GPtrArray             *objects;            /* VarBox, the heap objects drawn */
  GPtrArray             *strings;            /* VarBox, the string literals drawn */
  guint                  hidden_statics;
  guint                  hidden_objects;
  gboolean               strings_first;      /* rodata goes between the roots and the heap */
  double                 header;             /* a region's heading height */
  double                 left_w;             /* the width of the roots' column */
  double                 heap_w;             /* the width of a heap column */
  double                 col2_x;             /* where the heap, or rodata first, starts */
  double                 col3_x;             /* where rodata starts after the heap */
  double                 right;
  double                 bottom;
  MlRouter              *router;             /* the arrows' phase: the routing grid */
  GArray                *regions;            /* guint, the region boxes, on layers 1 and up */
  GArray                *route;              /* MlPoint, scratch */
} MlMapCtx;

void     _ml_map_box_free              (gpointer          data);
VarBox  *_ml_map_var_box_new           (void);
Row     *_ml_map_add_row               (VarBox           *box,
                                        RowKind           kind,
                                        int               depth,
                                        const char       *name,
                                        guint64           addr,
                                        guint64           offset);
void     _ml_map_emit_rows             (MlMapCtx         *ctx,
                                        VarBox           *box,
                                        const MlRtype    *type,
                                        const guint8     *bytes,
                                        const MlSnapObject *object,
                                        guint64           addr,
                                        guint64           offset,
                                        int               depth,
                                        const char       *name);
VarBox  *_ml_map_finish_box            (MlMapCtx         *ctx,
                                        VarBox           *box,
                                        const guint8     *bytes);
VarBox  *_ml_map_slot_box_new          (MlMapCtx         *ctx,
                                        const MlSnapSlot *slot,
                                        MlHitKind         hit,
                                        guint             index);
VarBox  *_ml_map_object_box_new        (MlMapCtx         *ctx,
                                        guint             index);
VarBox  *_ml_map_string_box_new        (MlMapCtx         *ctx,
                                        guint             index);
VarBox  *_ml_map_table_box_new         (MlMapCtx         *ctx,
                                        const MlSnapMap  *map,
                                        MlHitKind         hit,
                                        guint             index);
gboolean _ml_map_group_rows            (MlMapCtx         *ctx,
                                        VarBox           *box,
                                        guint64           addr,
                                        const MlRtype    *type);
char    *_ml_map_ctrl_text             (guint64           ctrl);
void     _ml_map_ctrl_row              (VarBox           *box,
                                        const MlRtype    *type,
                                        const guint8     *bytes);
double   _ml_map_max_width             (GPtrArray        *boxes,
                                        double            minimum);
void     _ml_map_place_box             (MlMapCtx         *ctx,
                                        VarBox           *box);
void     _ml_map_add_region            (MlMapCtx         *ctx,
                                        guint64           key,
                                        const MlRect     *rect,
                                        const char       *title,
                                        const char       *subtitle,
                                        const MlColor    *segment,
                                        MlHitKind         hit,
                                        guint64           address,
                                        guint64           index);
double   _ml_map_region_header_height  (void);

gboolean _ml_map_cells_fit             (const MlRtype    *elem);
Row     *_ml_map_cells_row             (MlMapCtx         *ctx,
                                        VarBox           *box,
                                        const MlRtype    *elem,
                                        const guint8     *bytes,
                                        guint64           n,
                                        guint64           used,
                                        guint64           copied,
                                        guint64           addr,
                                        const char       *name);
double   _ml_map_cells_width           (const Row        *row);
void     _ml_map_draw_cells            (MlMapCtx         *ctx,
                                        const Row        *row,
                                        guint64           key,
                                        double            x,
                                        double            y,
                                        double            opacity);

void     _ml_map_route_arrows          (MlMapCtx         *ctx);

G_END_DECLS
