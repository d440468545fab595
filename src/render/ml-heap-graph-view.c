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
 * objects sit in the cells of a grid, placed by the structure of the heap rather than by the
 * order the objects came in (ml-heap-graph-place.c): lists as chains, trees as trees.  The
 * placement depends on the step's snapshot alone, so that the window and an export of the
 * same step draw the same picture; an object keeps its cell while the structure around it
 * stays, and a dead object's cell is simply left empty.  The cell size depends on how many
 * objects there are, in three tiers.  Beyond the last tier, objects are grouped by layer and
 * type into counted boxes.
 *
 * This file lays out the roots and the grid, in phases that share one context;
 * ml-heap-graph-place.c gives each object its cell and ml-heap-graph-objects.c draws what the
 * cells hold.
 */

#include "config.h"

#include <inttypes.h>
#include <glib/gi18n-lib.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "ml-gc-colours-private.h"
#include "ml-names.h"
#include "ml-object-names-private.h"
#include "ml-refs-private.h"
#include "ml-scene-legibility.h"
#include "ml-slots-private.h"
#include "ml-value.h"
#include "ml-view-layouts.h"

#include "ml-heap-graph-private.h"

static const Tier tiers[] = {
  { 150, 48, 190, 68, 170, 30, 48 },
  { 96, 30, 136, 40, 150, 24, 300 },
  { 20, 15, 28, 21, 120, 16, GROUP_LIMIT },
};

static void
grid_state_free (gpointer data)
{
  GridState *state = data;

  if (state == NULL)
    return;

  g_clear_pointer (&state->cells, g_hash_table_unref);
  g_free (state);
}

/* Every heap object a root's pointer words point at, in word order. */
void
_ml_heap_graph_root_targets (MlObjectIndex    *index,
                             const MlSnapshot *snapshot,
                             const MlSnapSlot *slot,
                             GArray           *out)
{
  const MlRtype *type = slot->type;
  const guint8 *bytes;

  g_array_set_size (out, 0);

  /* A variable dead at its frame's safe point is no root: no arrow leaves it. */
  if (slot->dead)
    return;
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

MlRect
_ml_heap_graph_cell_rect (MlHeapGraphCtx *ctx,
                          int             col,
                          int             row)
{
  MlRect r = {
    ctx->grid_x + col * ctx->tier->cell_w,
    ctx->grid_y + row * ctx->tier->cell_h + (ctx->garbage_row >= 0 && row >= ctx->garbage_row ? GARBAGE_GAP : 0),
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
add_header (MlHeapGraphCtx *ctx)
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
  /* The barrier is only active while the collector marks: between cycles it is idle, not
   * "off", which is what the teaching switch does. */
  stats = g_strdup_printf (_("step %" PRIu64 " · heap in use %s · goal %s · write barrier %s"),
                           s->step, live, goal,
                           s->write_barrier_enabled ? _("on")
                           : s->write_barrier_switch ? C_("write barrier", "idle")
                           : _("off"));
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

/* Beyond the last tier: one box per (layer, type) with its count and a bar of its states. */
static void
layout_groups (MlHeapGraphCtx *ctx,
               const guint    *depth,
               GArray         *roots,
               double          top)
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
collect_roots (MlHeapGraphCtx *ctx)
{
  const MlSnapshot *snapshot = ctx->snapshot;

  for (guint i = 0; i < snapshot->n_globals; i++)
    if (snapshot->globals[i].type == NULL || snapshot->globals[i].type->has_pointers)
      {
        Root r = { &snapshot->globals[i], TRUE, i, 0, 0, { 0 }, -1 };

        /* At the course's level the compiler's static temporaries (a literal fmt was handed,
         * pointing at read-only data) are not the program's variables: they keep nothing on
         * the heap alive, so they are no roots worth a box.  The runtime's level shows them. */
        if (ctx->options->detail == ML_DETAIL_PROGRAM && ml_slot_is_idle_temporary (snapshot, &snapshot->globals[i]))
          continue;
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

/* Phase 2: the layers, each object's breadth-first distance from the roots, in the order
 * the roots reach them. */
static void
find_layers (MlHeapGraphCtx *ctx)
{
  const MlSnapshot *snapshot = ctx->snapshot;
  guint head = 0;

  ctx->depth = g_new (guint, MAX (snapshot->n_objects, 1));
  ctx->queue = g_new (guint, MAX (snapshot->n_objects, 1));
  for (guint i = 0; i < snapshot->n_objects; i++)
    ctx->depth[i] = G_MAXUINT;
  for (guint r = 0; r < ctx->roots->len; r++)
    {
      _ml_heap_graph_root_targets (&ctx->index, snapshot, g_array_index (ctx->roots, Root, r).slot, ctx->targets);
      for (guint k = 0; k < ctx->targets->len; k++)
        {
          gint t = g_array_index (ctx->targets, gint, k);

          if (ctx->depth[t] == G_MAXUINT)
            {
              ctx->depth[t] = 1;
              ctx->queue[ctx->tail++] = (guint)t;
            }
        }
    }
  /* What the runtime keeps (a pending deferred call's record) is reachable too. */
  for (guint r = 0; r < snapshot->n_runtime_roots; r++)
    {
      gint64 t = ml_snapshot_find_object (snapshot, snapshot->runtime_roots[r]);

      if (t >= 0 && ctx->depth[t] == G_MAXUINT)
        {
          ctx->depth[t] = 1;
          ctx->queue[ctx->tail++] = (guint)t;
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
              ctx->queue[ctx->tail++] = (guint)edge->to;
            }
        }
    }
}

/* Phase 3: the grid: its tier from how many objects there are, its size from where they go
 * (ml-heap-graph-place.c), never from the window or the steps before, so that every way to
 * this step draws the same picture. */
static void
make_grid (MlHeapGraphCtx *ctx)
{
  GridState *grid = g_new0 (GridState, 1);

  grid->tier = choose_tier (ctx->n_live);
  ctx->tier = &tiers[grid->tier];
  ctx->grid = grid;

  ctx->grid_x = MARGIN + ctx->tier->root_w + 56;
  ctx->grid_y = MARGIN + HEADER_HEIGHT;

  grid->cols = _ml_heap_graph_wrap_cols (grid->tier);
  grid->rows = 1;
  grid->cells = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
}

/* Phase 4: the roots' column, left of the grid, a heading per frame.  Returns its bottom. */
static double
add_roots (MlHeapGraphCtx *ctx)
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
      g_autofree char *name = ml_slot_display_name (root->slot->name);
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
      if (flashed || _ml_heap_graph_focus_matches_edge (snapshot, root->slot->addr, snapshot->focus.edge_to))
        box->flags |= ML_BOX_HIGHLIGHT;
      /* A variable after its last use is no root any more: faded, and no arrow leaves it. */
      if (root->slot->dead)
        {
          box->flags |= ML_BOX_DASHED;
          box->opacity = 0.55;
        }
      root->box = (gint)scene->boxes->len - 1;

      {
        g_autofree char *type_name = ml_short_type_name (ml_value_type_name (root->slot->type));

        if (root->slot->dead)
          /* Translators: a variable of a frame after its last use, in the heap graph's
           * roots (a narrow box; the memory map says after which line). */
          label = g_strdup_printf (_("%s · dead"), name);
        else
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

/* Phase 5b: the width of a full row, reserved by an invisible box, so that a window that
 * fits the drawing keeps its zoom while a list grows from one box to a full row, or the
 * sweep empties one. */
static void
add_extent (MlHeapGraphCtx *ctx)
{
  int cols = _ml_heap_graph_wrap_cols (ctx->grid->tier);
  MlRect r = { ctx->grid_x, ctx->grid_y, (cols - 1) * ctx->tier->cell_w + ctx->tier->box_w, ctx->tier->box_h };
  MlSceneBox *box = ml_scene_add_box (ctx->scene, ml_scene_key ("heap-extent", 0, 0), &r);
  static const MlColor none = { 0, 0, 0, 0 };

  box->fill = none;
  box->stroke = none;
  box->opacity = 0;
  box->klass = "extent";
  box->z = ML_Z_BACKGROUND;
}

/* Phase 12: the legend below everything: the colours, and the highlight beside them. */
static void
add_legend (MlHeapGraphCtx *ctx)
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
  ml_scene_set_legend (scene, &(MlRect) { MARGIN - 4, ctx->bottom - 4, legend_w + 8, 32 });
  ctx->right = MAX (ctx->right, MARGIN + legend_w);
  ctx->right = MAX (ctx->right, MARGIN + 560);
  scene->width = MAX (ctx->right + MARGIN + 40, options->width);
  scene->height = MAX (ctx->bottom + LEGEND_HEIGHT + 4, options->height);
}

static void
rect_union (MlRect       *acc,
            const MlRect *r)
{
  double x1, y1;

  if (acc->width <= 0)
    {
      *acc = *r;
      return;
    }
  x1 = MAX (acc->x + acc->width, r->x + r->width);
  y1 = MAX (acc->y + acc->height, r->y + r->height);
  acc->x = MIN (acc->x, r->x);
  acc->y = MIN (acc->y, r->y);
  acc->width = x1 - acc->x;
  acc->height = y1 - acc->y;
}

/* What a canvas too small for the whole graph shows first: the object being scanned, or
 * else the grey objects the mark has still to scan, or during the sweep the garbage, or else
 * (no focus) the roots. */
static void
set_focus (MlHeapGraphCtx *ctx)
{
  MlScene *scene = ctx->scene;
  const MlSceneBox *scanned = NULL;
  MlRect focus = { 0, 0, 0, 0 };

  if (ctx->snapshot->focus.object != 0)
    scanned = ml_scene_find_box (scene, ml_scene_key ("object", ctx->snapshot->focus.object, 0));
  if (scanned != NULL)
    focus = scanned->rect;
  else
    for (guint i = 0; i < scene->boxes->len; i++)
      {
        const MlSceneBox *b = &g_array_index (scene->boxes, MlSceneBox, i);
        double x1, y1;

        if (b->hit_kind != ML_HIT_OBJECT || !(b->flags & ML_BOX_HATCHED))
          continue;
        if (focus.width <= 0)
          {
            focus = b->rect;
            continue;
          }
        x1 = MAX (focus.x + focus.width, b->rect.x + b->rect.width);
        y1 = MAX (focus.y + focus.height, b->rect.y + b->rect.height);
        focus.x = MIN (focus.x, b->rect.x);
        focus.y = MIN (focus.y, b->rect.y);
        focus.width = x1 - focus.x;
        focus.height = y1 - focus.y;
      }
  /* While the sweep frees it, the garbage is the story. */
  if (focus.width <= 0 && ctx->snapshot->phase == ML_GC_SWEEP && ctx->garbage_row >= 0)
    for (guint i = 0; i < ctx->snapshot->n_objects; i++)
      if (ctx->box_of[i] >= 0 && ctx->depth[i] == G_MAXUINT)
        rect_union (&focus, &ctx->rect_of[i]);
  /* With no collection at work, a folded fan-out and what points at it are the story: a heap
   * that keeps too much (lesson 8's historial). */
  for (guint g = 0; focus.width <= 0 && ctx->fanouts != NULL && g < ctx->fanouts->len; g++)
    {
      const Fanout *fanout = &g_array_index (ctx->fanouts, Fanout, g);
      const MlRect *from;
      double x1, y1;

      if (fanout->box < 0)
        continue;
      from = fanout->from_object >= 0 ? &ctx->rect_of[fanout->from_object]
                                      : &g_array_index (ctx->roots, Root, fanout->from_root).rect;
      x1 = MAX (from->x + from->width, fanout->rect.x + fanout->rect.width);
      y1 = MAX (from->y + from->height, fanout->rect.y + fanout->rect.height);
      focus.x = MIN (from->x, fanout->rect.x);
      focus.y = MIN (from->y, fanout->rect.y);
      focus.width = x1 - focus.x;
      focus.height = y1 - focus.y;
    }
  ml_scene_set_focus (scene, focus.width > 0 ? &focus : NULL);
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
  g_autoptr(GArray) roots = g_array_new (FALSE, FALSE, sizeof (Root));
  g_autoptr(GArray) targets = g_array_new (FALSE, FALSE, sizeof (gint));
  g_autofree guint *depth = NULL;
  g_autofree guint *queue = NULL;
  g_autofree gint *box_of = NULL;
  g_autofree MlRect *rect_of = NULL;
  g_autoptr(MlRefs) refs = NULL;
  MlHeapGraphCtx ctx = { 0 };
  MlScene *scene;

  g_return_val_if_fail (snapshot != NULL, NULL);

  options = ml_render_options_or_defaults (options);

  scene = ml_scene_new (ML_VIEW_HEAP_GRAPH, options->theme, 100, 100);
  ctx.scene = scene;
  ctx.snapshot = snapshot;
  ctx.options = options;
  ctx.palette = ml_palette_get (options->theme);
  refs = ml_refs_new (snapshot);
  ctx.refs = refs;
  ctx.roots = roots;
  ctx.targets = targets;
  ctx.garbage_row = -1;

  ml_object_index_init (&ctx.index, snapshot, FALSE);

  for (guint i = 0; i < snapshot->n_objects; i++)
    if (snapshot->objects[i].colour != ML_COLOUR_FREE)
      ctx.n_live++;

  collect_roots (&ctx);
  find_layers (&ctx);
  _ml_heap_graph_find_fanouts (&ctx);
  depth = ctx.depth;
  queue = ctx.queue;

  /* @previous is not read: the picture of a step is a function of that step alone. */
  (void)previous;
  make_grid (&ctx);
  add_header (&ctx);
  ctx.roots_bottom = add_roots (&ctx);
  ctx.bottom = ctx.roots_bottom;

  if (ctx.n_live > GROUP_LIMIT)
    {
      layout_groups (&ctx, ctx.depth, roots, ctx.grid_y);
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
      _ml_heap_graph_place (&ctx);
      add_extent (&ctx);
      box_of = ctx.box_of = g_new (gint, MAX (snapshot->n_objects, 1));
      rect_of = ctx.rect_of = g_new0 (MlRect, MAX (snapshot->n_objects, 1));
      _ml_heap_graph_add_objects (&ctx);
      _ml_heap_graph_add_edges (&ctx);
      _ml_heap_graph_add_fanouts (&ctx);
      _ml_heap_graph_fit_arrows (&ctx);
      _ml_heap_graph_add_copies (&ctx);
      _ml_heap_graph_label_garbage (&ctx);
      ml_scene_set_view_data (scene, ctx.grid, grid_state_free);
    }

  add_legend (&ctx);
  set_focus (&ctx);
  ml_object_index_clear (&ctx.index);
  g_free (ctx.hidden);
  g_clear_pointer (&ctx.fanouts, g_array_unref);

  return scene;
}