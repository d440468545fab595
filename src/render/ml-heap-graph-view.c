/* ml-heap-graph-view.c
 *
 * Copyright The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The heap as the collector sees it: roots on the left (package variables, then each
 * goroutine's frames), objects in layers to the right by their distance from the roots, in
 * the tricolour state with a letter and hatching so that the state reads without colour.
 *
 * Stability is the point (Python Tutor issue #15: objects that jump make stepping useless):
 * objects sit in the cells of a grid that is kept from one step to the next in the scene's
 * view data.  An object keeps its cell for as long as it exists; a new object takes the free
 * cell nearest to its first referrer, one column to its right; a dead object's cell is simply
 * left empty.  The cell size depends on how many objects there are, in three tiers, and only
 * crossing a tier relays the grid out.  Beyond the last tier, objects are grouped by layer and
 * type into counted boxes.
 */

#include "config.h"

#include <inttypes.h>
#include <glib/gi18n-lib.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "ml-append-copy-private.h"
#include "ml-gc-colours-private.h"
#include "ml-names.h"
#include "ml-object-names-private.h"
#include "ml-refs-private.h"
#include "ml-slots-private.h"
#include "ml-value.h"
#include "ml-view-layouts.h"

#define MARGIN          24.0
#define HEADER_HEIGHT   58.0
#define LEGEND_HEIGHT   46.0
#define ROOT_GAP        6.0
#define GROUP_LIMIT     2500

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

static const Tier tiers[] = {
  { 150, 48, 215, 68, 170, 30, 48 },
  { 96, 30, 136, 40, 150, 24, 300 },
  { 20, 15, 28, 21, 120, 16, GROUP_LIMIT },
};

/* The grid kept between steps. */
typedef struct
{
  guint       tier;
  int         cols;
  int         rows;
  GHashTable *cells;    /* object address → (col << 32 | row) + 1 */
} GridState;

static void
grid_state_free (gpointer data)
{
  GridState *state = data;

  if (state == NULL)
    return;

  g_clear_pointer (&state->cells, g_hash_table_unref);
  g_free (state);
}

static guint64
pack_cell (int col,
           int row)
{
  return ((guint64)(guint32)col << 32 | (guint32)row) + 1;
}

static void
unpack_cell (guint64  packed,
             int     *col,
             int     *row)
{
  packed -= 1;
  *col = (int)(packed >> 32);
  *row = (int)(packed & 0xffffffff);
}

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

/* Every heap object a root's pointer words point at, in word order. */
static void
root_targets (MlObjectIndex    *index,
              const MlSnapshot *snapshot,
              const MlSnapSlot *slot,
              GArray           *out)
{
  const MlRtype *type = slot->type;
  const guint8 *bytes;

  g_array_set_size (out, 0);

  if (type == NULL || !type->has_pointers || slot->value_offset + type->size > snapshot->n_values)
    {
      if (slot->target >= 0)
        {
          gint t = (gint)slot->target;

          g_array_append_val (out, t);
        }
      return;
    }

  bytes = snapshot->values + slot->value_offset;
  for (guint64 w = 0; w < type->n_words && (w + 1) * 8 <= type->size; w++)
    {
      gint t;

      if (!ml_rtype_word_is_pointer (type, w))
        continue;
      t = ml_object_index_find (index, ml_value_read_word (bytes, w * 8));
      if (t >= 0)
        g_array_append_val (out, t);
    }
}

typedef struct
{
  MlScene               *scene;
  const MlSnapshot      *snapshot;
  const MlRenderOptions *options;
  const MlPalette       *palette;
  const Tier            *tier;
  GridState             *grid;
  guint8                *occupied;
  double                 grid_x;
  double                 grid_y;

  /* The layout's state from one phase to the next. */
  MlRefs                *refs;
  MlObjectIndex          index;
  GridState             *prev_grid;
  GArray                *roots;        /* Root */
  GArray                *targets;      /* gint, scratch: the objects a root points at */
  guint                  n_live;
  guint                 *depth;        /* per object: its layer, G_MAXUINT if unreachable */
  gint                  *first_from;   /* object index of the first referrer, -1 for a root */
  gint                  *first_root;   /* root index of the first referrer */
  guint                 *queue;        /* the reachable objects, breadth-first */
  guint                  tail;         /* how many of them */
  gint                  *box_of;       /* per object: its scene box, -1 if not drawn */
  MlRect                *rect_of;      /* per object: its box */
  double                 roots_bottom;
  double                 right;
  double                 bottom;
} Ctx;

static gboolean
cell_free (Ctx *ctx,
           int  col,
           int  row)
{
  return col >= 0 && row >= 0 && col < ctx->grid->cols && row < ctx->grid->rows &&
         !ctx->occupied[row * ctx->grid->cols + col];
}

static void
grow_rows (Ctx *ctx,
           int  rows)
{
  guint8 *occ = g_new0 (guint8, (gsize)ctx->grid->cols * rows);

  memcpy (occ, ctx->occupied, (gsize)ctx->grid->cols * ctx->grid->rows);
  g_free (ctx->occupied);
  ctx->occupied = occ;
  ctx->grid->rows = rows;
}

/* The free cell nearest to (@col, @row): the same column first, then columns to the right
 * (deeper), then to the left.  The grid grows downwards when it is full. */
static void
find_free_cell (Ctx *ctx,
                int  col,
                int  row,
                int *out_col,
                int *out_row)
{
  int cols = ctx->grid->cols;

  col = CLAMP (col, 0, cols - 1);

  for (;;)
    {
      int rows = ctx->grid->rows;

      row = CLAMP (row, 0, rows - 1);
      for (int dc = 0; dc < 2 * cols; dc++)
        {
          int c = dc % 2 == 0 ? col + dc / 2 : col - (dc + 1) / 2;

          if (c < 0 || c >= cols)
            continue;

          for (int dr = 0; dr < 2 * rows; dr++)
            {
              int r = dr % 2 == 0 ? row + dr / 2 : row - (dr + 1) / 2;

              if (cell_free (ctx, c, r))
                {
                  *out_col = c;
                  *out_row = r;
                  return;
                }
            }
        }

      grow_rows (ctx, ctx->grid->rows + MAX (4, ctx->grid->rows / 4));
      row = ctx->grid->rows - 1;
    }
}

static MlRect
cell_rect (Ctx *ctx,
           int  col,
           int  row)
{
  MlRect r = {
    ctx->grid_x + col * ctx->tier->cell_w,
    ctx->grid_y + row * ctx->tier->cell_h,
    ctx->tier->box_w,
    ctx->tier->box_h,
  };

  return r;
}

static guint
choose_tier (guint n_objects)
{
  for (guint i = 0; i < G_N_ELEMENTS (tiers); i++)
    if (n_objects <= tiers[i].capacity)
      return i;

  return G_N_ELEMENTS (tiers) - 1;
}

static void
add_header (Ctx *ctx)
{
  const MlSnapshot *s = ctx->snapshot;
  g_autofree char *title = NULL;
  g_autofree char *live = ml_format_bytes (s->pacer.heap_live != 0 ? s->pacer.heap_live : s->stats.heap_alloc, ML_BYTES_EXACT);
  g_autofree char *goal = ml_format_bytes (s->pacer.heap_goal != 0 ? s->pacer.heap_goal : s->stats.next_gc, ML_BYTES_EXACT);
  g_autofree char *stats = NULL;
  MlSceneText *t;
  double header_w;

  if (s->cycle > 0)
    /* Translators: the heap graph's title, e.g. "GC cycle 2 · mark (concurrent)". */
    title = g_strdup_printf (_("GC cycle %" PRIu64 " · %s"), s->cycle, ml_gc_phase_get_caption (s->phase));
  else
    title = g_strdup (_("Heap graph · no collection yet"));

  t = ml_scene_add_text (ctx->scene, ml_scene_key ("title", 0, 0), title, ML_TEXT_TITLE, MARGIN, 14,
                         &ctx->palette->foreground);
  t->klass = "title";
  header_w = t->width;

  /* GOGC=off with no memory limit (math.MaxInt64 by default) has no goal to speak of. */
  if (s->pacer.gogc < 0 && (s->pacer.memory_limit <= 0 || s->pacer.memory_limit >= G_GINT64_CONSTANT (1) << 60))
    {
      g_free (goal);
      /* Translators: no heap goal, GOGC=off. */
      goal = g_strdup (_("none (GOGC=off)"));
    }
  /* Translators: heap in use and the heap goal at which the next GC starts. */
  stats = g_strdup_printf (_("step %" PRIu64 " · heap in use %s · goal %s · write barrier %s"),
                           s->step, live, goal, s->write_barrier_enabled ? _("on") : _("off"));
  t = ml_scene_add_text (ctx->scene, ml_scene_key ("subtitle", 0, 0), stats, ML_TEXT_SMALL, MARGIN,
                         16 + ml_text_line_height (ML_TEXT_TITLE), &ctx->palette->dim_foreground);
  t->klass = "subtitle";
  header_w = MAX (header_w, t->width);

  if (s->world_stopped)
    {
      const char *stw = _("Stop the world: the program is paused");
      double w, h;
      MlRect r;
      MlSceneBox *badge;
      MlColor red = { 0.878, 0.106, 0.141, 1 };
      static const MlColor white = { 1, 1, 1, 1 };

      ml_text_measure (stw, ML_TEXT_HEADING, &w, &h);
      /* Beside the title and the line under it, whichever is wider. */
      r = (MlRect) { MARGIN + MAX (header_w, 300) + 24, 12, w + 24, h + 10 };
      badge = ml_scene_add_box (ctx->scene, ml_scene_key ("stw", 0, 0), &r);
      badge->fill = red;
      badge->stroke = red;
      badge->radius = r.height / 2;
      badge->z = ML_Z_OVERLAY;
      badge->klass = "stw";
      t = ml_scene_add_text (ctx->scene, ml_scene_key ("stw-text", 0, 0), stw, ML_TEXT_HEADING, r.x + 12, r.y + 5, &white);
      t->z = ML_Z_OVERLAY;
    }
}

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

/* The copy append makes when it grows a slice: a dashed arrow from the old backing array to
 * the new one, labelled with the bytes copied.  The old array then has no pointer left and
 * turns into garbage before the viewer's eyes. */
static void
add_copy_arrow (Ctx           *ctx,
                const MlRect  *from,
                const MlRect  *to,
                gint           from_box,
                gint           to_box,
                const MlEvent *ev)
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

static gboolean
focus_matches_edge (const MlSnapshot *s,
                    guint64           slot_addr,
                    guint64           target)
{
  return s->focus.edge_from != 0 && s->focus.edge_from == slot_addr &&
         (s->focus.edge_to == target || s->focus.edge_to == 0);
}

/* Beyond the last tier: one box per (layer, type) with its count and a bar of its states. */
static void
layout_groups (Ctx         *ctx,
               const guint *depth,
               GArray      *roots,
               double       top)
{
  g_autoptr(GHashTable) groups = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_autoptr(GPtrArray) keys = g_ptr_array_new ();
  const MlSnapshot *s = ctx->snapshot;
  guint max_depth = 0;
  double col_w = 230, box_h = 62, gap = 16;
  double x0 = ctx->grid_x;
  g_autofree double *col_y = NULL;
  GHashTableIter iter;
  gpointer key, value;

  typedef struct
  {
    guint  depth;
    guint  counts[5];
    guint  total;
    guint64 bytes;
    char  *type;
  } Group;

  guint deepest = 0, n_cols;

  /* Layers are bucketed into at most six columns: a list of a thousand nodes is a thousand
   * layers deep. */
  for (guint i = 0; i < s->n_objects; i++)
    if (depth[i] != G_MAXUINT)
      deepest = MAX (deepest, depth[i]);
  n_cols = MIN (deepest + 1, 6);

  for (guint i = 0; i < s->n_objects; i++)
    {
      const MlSnapObject *o = &s->objects[i];
      g_autofree char *gkey = NULL;
      Group *g;
      guint d = depth[i] == G_MAXUINT ? n_cols : (guint)((guint64)depth[i] * n_cols / (deepest + 1));

      if (o->colour == ML_COLOUR_FREE)
        continue;
      gkey = g_strdup_printf ("%06u\x1f%s", d, o->type != NULL ? ml_short_name (o->type->name) : "tiny");
      g = g_hash_table_lookup (groups, gkey);
      if (g == NULL)
        {
          g = g_new0 (Group, 1);
          g->depth = d;
          g_hash_table_insert (groups, g_strdup (gkey), g);
        }
      g->counts[MIN (o->colour, 4)]++;
      g->total++;
      g->bytes += o->size;
      max_depth = MAX (max_depth, d);
    }

  g_hash_table_iter_init (&iter, groups);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      ((Group *)value)->type = strchr (key, '\x1f') + 1;
      g_ptr_array_add (keys, key);
    }
  g_ptr_array_sort_values (keys, (GCompareFunc)strcmp);

  col_y = g_new0 (double, max_depth + 2);
  for (guint d = 0; d <= max_depth + 1; d++)
    {
      g_autofree char *heading = NULL;
      MlSceneText *t;

      col_y[d] = top + 26;
      if (d > max_depth)
        continue;
      if (d == n_cols)
        heading = g_strdup (_("unreachable"));
      else
        /* Translators: a column of grouped heap objects: how many pointers from the roots. */
        heading = g_strdup_printf (_("%u–%u pointers from a root"),
                                   (guint)(((guint64)d * (deepest + 1) + n_cols - 1) / n_cols),
                                   (guint)((((guint64)d + 1) * (deepest + 1) - 1) / n_cols));
      t = ml_scene_add_text (ctx->scene, ml_scene_key ("group-column", d, 0), heading, ML_TEXT_SMALL,
                             x0 + d * (col_w + 28), top, &ctx->palette->dim_foreground);
      t->klass = "group-column";
    }

  for (guint i = 0; i < keys->len; i++)
    {
      Group *g = g_hash_table_lookup (groups, g_ptr_array_index (keys, i));
      guint col = g->depth;
      MlRect r = { x0 + col * (col_w + 28), col_y[col], col_w, box_h };
      MlSceneBox *box;
      g_autofree char *label = NULL;
      g_autofree char *bytes = ml_format_bytes (g->bytes, ML_BYTES_EXACT);
      double bx = r.x + 10;
      static const guint8 order[] = { ML_COLOUR_WHITE, ML_COLOUR_GREY, ML_COLOUR_BLACK, ML_COLOUR_FREED };

      col_y[col] += box_h + gap;
      box = ml_scene_add_box (ctx->scene, ml_scene_key ("group", g->depth, g_str_hash (g->type)), &r);
      box->fill = ml_color_mix (&ctx->palette->background, &ctx->palette->segment_heap, 0.25);
      box->stroke = ml_color_mix (&ctx->palette->border, &ctx->palette->foreground, 0.3);
      box->hit_kind = ML_HIT_GROUP;
      box->index = g->depth;
      box->klass = "group";
      box->flags |= ML_BOX_SHADOW;

      /* Translators: a collapsed group of heap objects: count and type, e.g. "× 1200 Node". */
      label = g_strdup_printf (_("× %u %s · %s"), g->total, g->type, bytes);
      ml_scene_add_text (ctx->scene, box->key ^ 1, label, ML_TEXT_HEADING, r.x + 10, r.y + 8, &ctx->palette->foreground);

      for (guint c = 0; c < G_N_ELEMENTS (order); c++)
        {
          double w = (col_w - 20) * g->counts[order[c]] / MAX (g->total, 1);
          MlRect seg = { bx, r.y + 36, w, 16 };
          MlSceneBox *bar;

          if (w <= 0)
            continue;
          bar = ml_scene_add_box (ctx->scene, ml_scene_key ("group-bar", g_str_hash (g->type) + g->depth, order[c]), &seg);
          bar->fill = ml_gc_colour_fill (ctx->palette, order[c]);
          bar->stroke = ctx->palette->border;
          bar->radius = 2;
          bar->klass = "group-bar";
          if (order[c] == ML_COLOUR_GREY)
            bar->flags |= ML_BOX_HATCHED;
          bx += w;
        }
    }

  (void)roots;
}
/* Phase 1: the roots, globals with pointers, then each goroutine's frames (outermost first). */
static void
collect_roots (Ctx *ctx)
{
  const MlSnapshot *snapshot = ctx->snapshot;

  for (guint i = 0; i < snapshot->n_globals; i++)
    if (snapshot->globals[i].type == NULL || snapshot->globals[i].type->has_pointers)
      {
        Root r = { &snapshot->globals[i], TRUE, i, 0, 0, { 0 }, -1 };

        g_array_append_val (ctx->roots, r);
      }
  for (guint g = 0; g < snapshot->n_goroutines; g++)
    {
      const MlSnapGoroutine *gr = &snapshot->goroutines[g];

      for (guint f = gr->n_frames; f > 0; f--)
        {
          guint fi = gr->first_frame + f - 1;
          const MlSnapFrame *frame = &snapshot->frames[fi];

          for (guint s = 0; s < frame->n_slots; s++)
            {
              const MlSnapSlot *slot = &snapshot->slots[frame->first_slot + s];
              Root r = { slot, FALSE, frame->first_slot + s, g, fi, { 0 }, -1 };

              if (slot->type != NULL && !slot->type->has_pointers)
                continue;
              if (frame->n_slots > ML_MAX_ZERO_SLOTS && ml_slot_is_zero (snapshot, slot))
                continue;
              /* An idle compiler temporary holds no pointer: it is no root worth a box. */
              if (slot->name != NULL && slot->name[0] == '.' && ml_slot_is_zero (snapshot, slot))
                continue;
              g_array_append_val (ctx->roots, r);
            }
        }
    }
}

/* Phase 2: the layers, each object's breadth-first distance from the roots, and who
 * reaches it first. */
static void
find_layers (Ctx *ctx)
{
  const MlSnapshot *snapshot = ctx->snapshot;
  guint head = 0;

  ctx->depth = g_new (guint, MAX (snapshot->n_objects, 1));
  ctx->first_from = g_new (gint, MAX (snapshot->n_objects, 1));
  ctx->first_root = g_new (gint, MAX (snapshot->n_objects, 1));
  ctx->queue = g_new (guint, MAX (snapshot->n_objects, 1));
  for (guint i = 0; i < snapshot->n_objects; i++)
    {
      ctx->depth[i] = G_MAXUINT;
      ctx->first_from[i] = -1;
      ctx->first_root[i] = -1;
    }
  for (guint r = 0; r < ctx->roots->len; r++)
    {
      root_targets (&ctx->index, snapshot, g_array_index (ctx->roots, Root, r).slot, ctx->targets);
      for (guint k = 0; k < ctx->targets->len; k++)
        {
          gint t = g_array_index (ctx->targets, gint, k);

          if (ctx->depth[t] == G_MAXUINT)
            {
              ctx->depth[t] = 1;
              ctx->first_root[t] = (gint)r;
              ctx->queue[ctx->tail++] = (guint)t;
            }
        }
    }
  while (head < ctx->tail)
    {
      guint o = ctx->queue[head++];
      const MlSnapObject *obj = &snapshot->objects[o];

      for (guint e = 0; e < obj->n_edges; e++)
        {
          const MlSnapEdge *edge = &snapshot->edges[obj->first_edge + e];

          if (edge->to >= 0 && ctx->depth[edge->to] == G_MAXUINT)
            {
              ctx->depth[edge->to] = ctx->depth[o] + 1;
              ctx->first_from[edge->to] = (gint)o;
              ctx->queue[ctx->tail++] = (guint)edge->to;
            }
        }
    }
}

/* Phase 3: the grid, kept from the previous step unless the tier changes; its size from the
 * window, or from the heap's depth for a picture of its natural size. */
static void
make_grid (Ctx *ctx)
{
  const MlSnapshot *snapshot = ctx->snapshot;
  const MlRenderOptions *options = ctx->options;
  GridState *grid = g_new0 (GridState, 1);

  grid->tier = choose_tier (ctx->n_live);
  if (ctx->prev_grid != NULL && ctx->prev_grid->tier >= grid->tier)
    grid->tier = ctx->prev_grid->tier;   /* never grow boxes back while the heap shrinks in a cycle */
  ctx->tier = &tiers[grid->tier];
  ctx->grid = grid;

  ctx->grid_x = MARGIN + ctx->tier->root_w + 70;
  ctx->grid_y = MARGIN + HEADER_HEIGHT;

  if (ctx->prev_grid != NULL && ctx->prev_grid->tier == grid->tier)
    {
      grid->cols = ctx->prev_grid->cols;
      grid->rows = ctx->prev_grid->rows;
    }
  else if (options->width > 0 && options->height > 0)
    {
      grid->cols = MAX (2, (int)((options->width - ctx->grid_x - MARGIN) / ctx->tier->cell_w));
      grid->rows = MAX (2, (int)((options->height - ctx->grid_y - LEGEND_HEIGHT - MARGIN) / ctx->tier->cell_h));
    }
  else
    {
      guint max_depth = 1;

      for (guint i = 0; i < snapshot->n_objects; i++)
        if (ctx->depth[i] != G_MAXUINT)
          max_depth = MAX (max_depth, ctx->depth[i]);
      grid->cols = CLAMP ((int)max_depth + 1, 3, 9);
      grid->rows = MAX (6, (int)ceil ((double)ctx->n_live / grid->cols) + 2);
      if (grid->tier == 2)
        {
          grid->cols = 56;
          grid->rows = MAX (40, (int)ceil (ctx->n_live / 56.0) + 4);
        }
    }
  grid->cells = g_hash_table_new (g_int64_hash, g_int64_equal);
  ctx->occupied = g_new0 (guint8, (gsize)grid->cols * grid->rows);
}

/* Phase 4: the roots' column, left of the grid, a heading per frame.  Returns its bottom. */
static double
add_roots (Ctx *ctx)
{
  const MlSnapshot *snapshot = ctx->snapshot;
  MlScene *scene = ctx->scene;
  double y = ctx->grid_y;

  gint last_group = -2;
  const MlPalette *palette = ctx->palette;

  for (guint r = 0; r < ctx->roots->len; r++)
    {
      Root *root = &g_array_index (ctx->roots, Root, r);
      gint group = root->global ? -1 : (gint)root->frame;
      MlSceneBox *box;
      MlSceneText *t;
      const char *name = ml_short_name (root->slot->name);
      g_autofree char *label = NULL;
      double th;
      gboolean scanned = !root->global && snapshot->goroutines[root->goroutine].scanned &&
                         snapshot->phase != ML_GC_OFF;
      gboolean flashed = FALSE;

      if (group != last_group)
        {
          g_autofree char *heading = NULL;

          if (root->global)
            heading = g_strdup (_("Globals"));
          else
            /* Translators: a stack frame among the heap graph's roots: goroutine and function. */
            heading = g_strdup_printf (_("goroutine %u · %s()"), snapshot->goroutines[root->goroutine].id,
                                       ml_short_name (snapshot->frames[root->frame].function));
          if (r > 0)
            y += 8;
          t = ml_scene_add_text (scene, ml_scene_key ("root-heading", (guint64)(gint64)group, 0), heading,
                                 ctx->grid->tier == 2 ? ML_TEXT_SMALL : ML_TEXT_HEADING, MARGIN, y, &palette->dim_foreground);
          t->klass = "root-heading";
          y += t->height + 4;
          last_group = group;
        }

      for (guint e = 0; e < snapshot->n_events; e++)
        if (snapshot->events[e].kind == ML_EVENT_ROOT &&
            ((root->global && snapshot->events[e].addr <= root->slot->addr &&
              root->slot->addr < snapshot->events[e].addr + 4096 * 16) ||
             (!root->global && snapshot->events[e].aux == snapshot->goroutines[root->goroutine].id &&
              snapshot->events[e].addr == snapshot->goroutines[root->goroutine].stack_hi)))
          flashed = TRUE;

      root->rect = (MlRect) { MARGIN, y, ctx->tier->root_w, ctx->tier->root_h };
      box = ml_scene_add_box (scene, ml_scene_key ("root", root->slot->addr, g_str_hash (name)), &root->rect);
      box->fill = ml_color_mix (&palette->background, root->global ? &palette->segment_data : &palette->segment_stack,
                                scanned ? 0.55 : 0.35);
      box->stroke = ml_color_mix (&palette->border, root->global ? &palette->segment_data : &palette->segment_stack, 0.8);
      box->radius = 5;
      box->hit_kind = root->global ? ML_HIT_GLOBAL : ML_HIT_SLOT;
      box->address = root->slot->addr;
      box->index = root->index;
      box->klass = "root";
      if (flashed || focus_matches_edge (snapshot, root->slot->addr, snapshot->focus.edge_to))
        box->flags |= ML_BOX_HIGHLIGHT;
      root->box = (gint)scene->boxes->len - 1;

      {
        g_autofree char *type_name = ml_short_type_name (ml_value_type_name (root->slot->type));

        label = g_strdup_printf ("%s %s", name, type_name);
      }
      if (ctx->grid->tier == 2)
        {
          g_autofree char *short_label = ml_text_ellipsize (label, ML_TEXT_TINY, ctx->tier->root_w - 8);

          ml_text_measure (short_label, ML_TEXT_TINY, NULL, &th);
          ml_scene_add_text (scene, box->key ^ 1, short_label, ML_TEXT_TINY, root->rect.x + 4,
                             root->rect.y + (root->rect.height - th) / 2, &palette->foreground);
        }
      else
        {
          g_autofree char *short_label = ml_text_ellipsize (label, ML_TEXT_BODY, ctx->tier->root_w - 16);

          ml_text_measure (short_label, ML_TEXT_BODY, NULL, &th);
          ml_scene_add_text (scene, box->key ^ 1, short_label, ML_TEXT_BODY, root->rect.x + 8,
                             root->rect.y + (root->rect.height - th) / 2, &palette->foreground);
        }
      y += ctx->tier->root_h + ROOT_GAP;
    }

  if (ctx->roots->len == 0)
    {
      MlSceneText *t = ml_scene_add_text (scene, ml_scene_key ("no-roots", 0, 0), _("no roots with pointers"),
                                          ML_TEXT_CAPTION, MARGIN, y, &palette->dim_foreground);
      y += t->height;
    }

  return y;
}

/* Phase 5: the objects that still exist keep their cells. */
static void
keep_cells (Ctx *ctx)
{
  const MlSnapshot *snapshot = ctx->snapshot;

  if (ctx->prev_grid != NULL && ctx->prev_grid->tier == ctx->grid->tier)
    for (guint i = 0; i < snapshot->n_objects; i++)
      {
        const MlSnapObject *o = &snapshot->objects[i];
        guint64 packed;
        gpointer found;
        int col, row;

        if (o->colour == ML_COLOUR_FREE)
          continue;
        if (!g_hash_table_lookup_extended (ctx->prev_grid->cells, &o->addr, NULL, &found))
          continue;
        packed = *(guint64 *)found;
        unpack_cell (packed, &col, &row);
        if (col >= ctx->grid->cols || row >= ctx->grid->rows || !cell_free (ctx, col, row))
          continue;
        ctx->occupied[row * ctx->grid->cols + col] = 1;
        g_hash_table_insert (ctx->grid->cells, (gpointer)&o->addr, found);
      }
}

/* Phase 6: new objects, in breadth-first order so that each lands near its first referrer,
 * then the unreachable ones (garbage to be) in address order. */
static void
place_new_objects (Ctx *ctx)
{
  const MlSnapshot *snapshot = ctx->snapshot;
  g_autofree guint64 *packed_store = g_new (guint64, MAX (snapshot->n_objects, 1));
  g_autofree gboolean *placed = g_new0 (gboolean, MAX (snapshot->n_objects, 1));
  guint n_order = 0;
  g_autofree guint *order = g_new (guint, MAX (snapshot->n_objects, 1));

  for (guint i = 0; i < ctx->tail; i++)
    order[n_order++] = ctx->queue[i];
  for (guint i = 0; i < ctx->index.n; i++)
    if (ctx->depth[ctx->index.by_addr[i]] == G_MAXUINT)
      order[n_order++] = ctx->index.by_addr[i];

  int reach_cols = 0;     /* columns up to the last one holding a reachable object */

  for (guint k = 0; k < n_order; k++)
    {
      guint i = order[k];
      const MlSnapObject *o = &snapshot->objects[i];
      gpointer found;
      int col, row, want_col, want_row;

      if (o->colour == ML_COLOUR_FREE)
        continue;
      if ((found = g_hash_table_lookup (ctx->grid->cells, &o->addr)) != NULL)
        {
          packed_store[i] = *(guint64 *)found;
          g_hash_table_insert (ctx->grid->cells, (gpointer)&o->addr, &packed_store[i]);
          placed[i] = TRUE;
          if (ctx->depth[i] != G_MAXUINT)
            {
              unpack_cell (packed_store[i], &col, &row);
              reach_cols = MAX (reach_cols, col + 1);
            }
          continue;
        }

      if (ctx->depth[i] != G_MAXUINT)
        {
          want_col = (int)MIN (ctx->depth[i] - 1, (guint)ctx->grid->cols - 1);
          if (ctx->first_from[i] >= 0 && placed[ctx->first_from[i]])
            {
              int pc, pr;

              unpack_cell (packed_store[ctx->first_from[i]], &pc, &pr);
              want_col = MIN (pc + 1, ctx->grid->cols - 1);
              want_row = pr;
            }
          else if (ctx->first_root[i] >= 0)
            want_row = (int)floor ((g_array_index (ctx->roots, Root, ctx->first_root[i]).rect.y - ctx->grid_y) / ctx->tier->cell_h);
          else
            want_row = 0;
        }
      else
        {
          /* Unreachable: in the first column right of everything reachable, from the top,
           * so that garbage sits apart without a gap across the picture. */
          want_col = MIN (reach_cols, ctx->grid->cols - 1);
          want_row = 0;
        }

      find_free_cell (ctx, want_col, want_row, &col, &row);
      ctx->occupied[row * ctx->grid->cols + col] = 1;
      if (ctx->depth[i] != G_MAXUINT)
        reach_cols = MAX (reach_cols, col + 1);
      packed_store[i] = pack_cell (col, row);
      g_hash_table_insert (ctx->grid->cells, (gpointer)&o->addr, &packed_store[i]);
      placed[i] = TRUE;
    }

  /* The table points into this step's snapshot and a local array; copy it into storage
   * the scene owns. */
  {
    GHashTable *owned = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
    GHashTableIter iter;
    gpointer key, value;

    g_hash_table_iter_init (&iter, ctx->grid->cells);
    while (g_hash_table_iter_next (&iter, &key, &value))
      g_hash_table_insert (owned, g_memdup2 (key, sizeof (guint64)), g_memdup2 (value, sizeof (guint64)));
    g_hash_table_unref (ctx->grid->cells);
    ctx->grid->cells = owned;
  }
}

/* What this step did to the object, named: the write barrier shading it, or the
 * tricolour invariant broken (the lost-object bug with the barrier off). */
static void
tag_object_event (Ctx                *ctx,
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
        tag = _("write barrier");
      else if (ev->kind == ML_EVENT_INVARIANT_VIOLATION && ev->addr == o->addr)
        {
          tag = ev->value == ML_VIOLATION_FREED_REACHABLE ? _("freed while reachable!")
                                                          : _("black → white: will be lost");
          tag_color = red;
        }
    }

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

/* The words on an object's box at @r: its colour's letter, and in bigger boxes its type
 * (and size) beside the letter in a badge. */
static void
add_object_label (Ctx                *ctx,
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

      /* In the biggest boxes, a struct says which one it is: its first field
       * without pointers and that field's value ("Nodo · valor 3"), as a teacher
       * names the nodes of a list. */
      if (ctx->grid->tier == 0 && o->type != NULL && o->type->kind == ML_KIND_STRUCT &&
          o->value_size >= o->type->size && o->value_offset + o->type->size <= snapshot->n_values)
        for (guint f = 0; f < o->type->n_fields; f++)
          {
            const MlRtypeField *field = &o->type->fields[f];
            g_autofree char *value = NULL;
            char *labelled;

            if (field->type == NULL || field->type->has_pointers || field->type->kind == ML_KIND_STRUCT ||
                field->type->kind == ML_KIND_ARRAY)
              continue;
            value = ml_value_format (snapshot, field->type, snapshot->values + o->value_offset + field->offset);
            labelled = g_strdup_printf ("%s · %s %s", type, field->name, value);
            g_free (type);
            type = labelled;
            break;
          }
      type_label = ml_text_ellipsize (type, ML_TEXT_BODY, max_w);
      if (ctx->grid->tier == 0)
        {
          g_autofree char *size = NULL;

          if (options->show_addresses)
            size = g_strdup_printf ("0x%" PRIx64, o->addr);
          else
            /* Translators: an object's slot size and Go's size class. */
            size = g_strdup_printf (_("%" PRIu64 " B · class %u"), o->size, o->size_class);
          t = ml_scene_add_text (scene, key ^ 3, type_label, ML_TEXT_BODY, tx, r.y + 6, &text);
          t->opacity = freed ? 0.7 : 1;
          t = ml_scene_add_text (scene, key ^ 4, size, options->show_addresses ? ML_TEXT_MONO_SMALL : ML_TEXT_SMALL,
                                 tx, r.y + 6 + t->height, &text);
          t->opacity = 0.8 * (freed ? 0.7 : 1);
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
static void
add_objects (Ctx *ctx)
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
          if (o->colour != colour_order[pass])
            continue;

          packed = g_hash_table_lookup (ctx->grid->cells, &o->addr);
          g_assert (packed != NULL);
          unpack_cell (*packed, &col, &row);
          r = cell_rect (ctx, col, row);
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
static void
add_edges (Ctx *ctx)
{
  const MlSnapshot *snapshot = ctx->snapshot;
  MlScene *scene = ctx->scene;
  const MlPalette *palette = ctx->palette;
  MlColor edge_color = ml_color_with_alpha (&palette->pointer, ctx->grid->tier == 2 ? 0.45 : 0.85);
  double width = ctx->grid->tier == 2 ? 1 : 1.6;

  for (guint r = 0; r < ctx->roots->len; r++)
    {
      Root *root = &g_array_index (ctx->roots, Root, r);

      root_targets (&ctx->index, snapshot, root->slot, ctx->targets);
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
          if (focus_matches_edge (snapshot, root->slot->addr, snapshot->objects[t].addr))
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
          if (ctx->grid->tier == 2)
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
          if (focus_matches_edge (snapshot, o->addr + edge->offset, edge->target) ||
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
static void
fit_arrows (Ctx *ctx)
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
static void
add_copies (Ctx *ctx)
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

/* Phase 11: columns that hold only objects no root reaches are labelled: that is the
 * garbage the sweep will free if they are still white when marking ends. */
static void
label_unreachable_columns (Ctx *ctx)
{
  const MlSnapshot *snapshot = ctx->snapshot;
  MlScene *scene = ctx->scene;
  g_autofree guint8 *kind = g_new0 (guint8, ctx->grid->cols);   /* bit 0 reachable, bit 1 not */

  for (guint i = 0; i < snapshot->n_objects; i++)
    {
      guint64 *packed;
      int col, row;

      if (ctx->box_of[i] < 0 || (packed = g_hash_table_lookup (ctx->grid->cells, &snapshot->objects[i].addr)) == NULL)
        continue;
      unpack_cell (*packed, &col, &row);
      kind[col] |= ctx->depth[i] == G_MAXUINT ? 2 : 1;
    }
  for (int c = 0; c < ctx->grid->cols; c++)
    if (kind[c] == 2 && ctx->grid->tier < 2)
      {
        MlSceneText *t = ml_scene_add_text (scene, ml_scene_key ("unreachable", (guint64)c, 0), _("unreachable"),
                                            ML_TEXT_CAPTION, ctx->grid_x + c * ctx->tier->cell_w, ctx->grid_y - 20,
                                            &ctx->palette->dim_foreground);

        t->klass = "unreachable";
      }
}

/* Phase 12: the legend below everything: the colours, and the highlight beside them. */
static void
add_legend (Ctx *ctx)
{
  MlScene *scene = ctx->scene;
  const MlRenderOptions *options = ctx->options;
  double legend_w;

  ctx->bottom = MAX (ctx->bottom, ctx->roots_bottom) + 18;
  ml_gc_colour_add_legend (scene, ctx->palette, MARGIN, ctx->bottom, TRUE, FALSE, &legend_w, NULL);

  /* The highlight, explained beside the colours. */
  {
    MlRect swatch = { MARGIN + legend_w + 30, ctx->bottom + 3, 22, 16 };
    MlSceneBox *box = ml_scene_add_box (scene, ml_scene_key ("legend-focus", 0, 0), &swatch);
    MlPoint followed[2] = { { swatch.x + 80 + 0, ctx->bottom + 11 }, { swatch.x + 80 + 40, ctx->bottom + 11 } };
    MlSceneArrow *arrow;
    MlSceneText *t;

    box->fill = ctx->palette->object_white;
    box->stroke = ctx->palette->border;
    box->flags |= ML_BOX_HIGHLIGHT;
    box->radius = 3;
    box->z = ML_Z_OVERLAY;
    box->klass = "legend";
    t = ml_scene_add_text (scene, ml_scene_key ("legend-focus", 0, 1), _("being scanned"), ML_TEXT_SMALL,
                           swatch.x + 30, ctx->bottom + 2, &ctx->palette->foreground);
    t->z = ML_Z_OVERLAY;
    followed[0].x = t->x + t->width + 22;
    followed[1].x = followed[0].x + 40;
    arrow = ml_scene_add_arrow (scene, ml_scene_key ("legend-followed", 0, 0), followed, 2);
    arrow->color = ctx->palette->highlight;
    arrow->width = 4;
    arrow->z = ML_Z_OVERLAY;
    arrow->klass = "legend";
    t = ml_scene_add_text (scene, ml_scene_key ("legend-followed", 0, 1), _("pointer being followed"), ML_TEXT_SMALL,
                           followed[1].x + 8, ctx->bottom + 2, &ctx->palette->foreground);
    t->z = ML_Z_OVERLAY;
    legend_w = t->x + t->width - MARGIN;
  }
  ctx->right = MAX (ctx->right, MARGIN + legend_w);
  ctx->right = MAX (ctx->right, MARGIN + 560);
  scene->width = MAX (ctx->right + MARGIN + 40, options->width);
  scene->height = MAX (ctx->bottom + LEGEND_HEIGHT + 4, options->height);
}

/**
 * ml_heap_graph_view_layout:
 * @previous: (nullable): the heap graph of the previous step; its grid is kept
 *
 * Returns: (transfer full): the heap graph
 */
MlScene *
ml_heap_graph_view_layout (const MlSnapshot      *snapshot,
                           MlScene               *previous,
                           const MlRenderOptions *options)
{
  MlRenderOptions defaults = ML_RENDER_OPTIONS_INIT;
  g_autoptr(GArray) roots = g_array_new (FALSE, FALSE, sizeof (Root));
  g_autoptr(GArray) targets = g_array_new (FALSE, FALSE, sizeof (gint));
  g_autofree guint *depth = NULL;
  g_autofree gint *first_from = NULL;
  g_autofree gint *first_root = NULL;
  g_autofree guint *queue = NULL;
  g_autofree gint *box_of = NULL;
  g_autofree MlRect *rect_of = NULL;
  g_autoptr(MlRefs) refs = NULL;
  Ctx ctx = { 0 };
  MlScene *scene;

  g_return_val_if_fail (snapshot != NULL, NULL);

  if (options == NULL)
    options = &defaults;

  scene = ml_scene_new (ML_VIEW_HEAP_GRAPH, options->theme, 100, 100);
  ctx.scene = scene;
  ctx.snapshot = snapshot;
  ctx.options = options;
  ctx.palette = ml_palette_get (options->theme);
  refs = ml_refs_new (snapshot);
  ctx.refs = refs;
  ctx.roots = roots;
  ctx.targets = targets;

  ml_object_index_init (&ctx.index, snapshot, FALSE);

  for (guint i = 0; i < snapshot->n_objects; i++)
    if (snapshot->objects[i].colour != ML_COLOUR_FREE)
      ctx.n_live++;

  collect_roots (&ctx);
  find_layers (&ctx);
  depth = ctx.depth;
  first_from = ctx.first_from;
  first_root = ctx.first_root;
  queue = ctx.queue;

  if (previous != NULL && previous->view == ML_VIEW_HEAP_GRAPH)
    ctx.prev_grid = ml_scene_get_view_data (previous);
  make_grid (&ctx);
  add_header (&ctx);
  ctx.roots_bottom = add_roots (&ctx);
  ctx.bottom = ctx.roots_bottom;

  if (ctx.n_live > GROUP_LIMIT)
    {
      layout_groups (&ctx, ctx.depth, roots, ctx.grid_y);
      g_free (ctx.occupied);
      grid_state_free (ctx.grid);
      for (guint i = 0; i < scene->boxes->len; i++)
        {
          const MlSceneBox *b = &g_array_index (scene->boxes, MlSceneBox, i);

          ctx.right = MAX (ctx.right, b->rect.x + b->rect.width);
          ctx.bottom = MAX (ctx.bottom, b->rect.y + b->rect.height);
        }
    }
  else
    {
      keep_cells (&ctx);
      place_new_objects (&ctx);
      box_of = ctx.box_of = g_new (gint, MAX (snapshot->n_objects, 1));
      rect_of = ctx.rect_of = g_new0 (MlRect, MAX (snapshot->n_objects, 1));
      add_objects (&ctx);
      add_edges (&ctx);
      fit_arrows (&ctx);
      add_copies (&ctx);
      g_free (ctx.occupied);
      label_unreachable_columns (&ctx);
      ml_scene_set_view_data (scene, ctx.grid, grid_state_free);
    }

  add_legend (&ctx);
  ml_object_index_clear (&ctx.index);

  return scene;
}