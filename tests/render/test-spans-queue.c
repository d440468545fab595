/* test-spans-queue.c
 *
 * Copyright 2026 The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The spans view during a mark phase: Green Tea's span queue in order, the span being scanned
 * outlined in red and the queued ones in blue, the seen and scanned bits, the legend in the
 * Go blog's notation; and text that a projector shows at 14 pixels or more, none of it
 * overlapping.
 */

#include "config.h"

#include <string.h>

#include "ml-render.h"
#include "ml-runtime.h"
#include "ml-text.h"

/* type Node struct { left, right *Node; value int } (24 bytes) and type Quad struct { a, b, c,
 * d *Node } (32 bytes): two batched size classes. */
static MlRuntime *
two_class_heap (guint64 *out_a0)
{
  MlRuntime *rt = ml_runtime_new ();
  MlRtypeRegistry *reg = ml_runtime_get_types (rt);
  const MlRtype *p = ml_rtype_registry_basic (reg, ML_KIND_UNSAFE_POINTER);
  MlRtypeField node_fields[] = {
    { "left", p, 0, FALSE }, { "right", p, 0, FALSE },
    { "value", ml_rtype_registry_basic (reg, ML_KIND_INT), 0, FALSE },
  };
  MlRtypeField quad_fields[] = {
    { "a", p, 0, FALSE }, { "b", p, 0, FALSE }, { "c", p, 0, FALSE }, { "d", p, 0, FALSE },
  };
  const MlRtype *node = ml_rtype_registry_struct (reg, "main.Node", node_fields, G_N_ELEMENTS (node_fields));
  const MlRtype *quad = ml_rtype_registry_struct (reg, "main.Quad", quad_fields, G_N_ELEMENTS (quad_fields));
  guint64 r1 = ml_runtime_add_global (rt, "main.r1", p, FALSE);
  guint64 r2 = ml_runtime_add_global (rt, "main.r2", p, FALSE);
  guint64 prev_node = 0, prev_quad = 0;

  ml_runtime_set_gogc (rt, -1);
  /* Two chains that cross: each node points at the next node and at a quad, each quad at
   * the next quad and at a node, so both spans keep being queued again. */
  for (guint i = 0; i < 40; i++)
    {
      guint64 n = ml_runtime_new_object (rt, node);
      guint64 q = ml_runtime_new_object (rt, quad);

      ml_runtime_write_pointer (rt, n, prev_node);
      ml_runtime_write_pointer (rt, n + 8, q);
      ml_runtime_write_pointer (rt, q, prev_quad);
      ml_runtime_write_pointer (rt, q + 8, n);
      prev_node = n;
      prev_quad = q;
    }
  ml_runtime_write_pointer (rt, r1, prev_node);
  ml_runtime_write_pointer (rt, r2, prev_quad);
  ml_runtime_end_step (rt);
  *out_a0 = prev_node;
  return rt;
}

/* Every text of @scene is at least 14 pixels at scale 1, and no two overlap. */
static void
assert_legible (MlScene *scene)
{
  for (guint i = 0; i < scene->texts->len; i++)
    {
      const MlSceneText *t = &g_array_index (scene->texts, MlSceneText, i);

      g_assert_true (t->style == ML_TEXT_BODY || t->style == ML_TEXT_HEADING || t->style == ML_TEXT_TITLE);
      for (guint k = i + 1; k < scene->texts->len; k++)
        {
          const MlSceneText *u = &g_array_index (scene->texts, MlSceneText, k);
          gboolean apart = t->x + t->width <= u->x + 0.5 || u->x + u->width <= t->x + 0.5 ||
                           t->y + t->height <= u->y + 0.5 || u->y + u->height <= t->y + 0.5;

          if (!apart)
            g_error ("“%s” overlaps “%s”", t->text, u->text);
        }
      /* Nor does any text run into a span's tile. */
      for (guint k = 0; k < scene->boxes->len; k++)
        {
          const MlSceneBox *b = &g_array_index (scene->boxes, MlSceneBox, k);

          if (b->hit_kind == ML_HIT_SPAN &&
              !(t->x + t->width <= b->rect.x || b->rect.x + b->rect.width <= t->x ||
                t->y + t->height <= b->rect.y || b->rect.y + b->rect.height <= t->y))
            g_error ("“%s” runs into a span", t->text);
        }
    }
  /* At 1024 pixels, with the window's margins, the view is shown at full size. */
  g_assert_cmpfloat (scene->width, <=, 976);
}

static guint
count_klass (MlScene    *scene,
             const char *klass)
{
  guint n = 0;

  for (guint i = 0; i < scene->boxes->len; i++)
    n += g_strcmp0 (g_array_index (scene->boxes, MlSceneBox, i).klass, klass) == 0;
  return n;
}

static void
test_spans_queue_drawn (void)
{
  guint64 a0;
  g_autoptr(MlRuntime) rt = two_class_heap (&a0);
  MlRenderOptions options = ML_RENDER_OPTIONS_INIT;
  gboolean seen_both = FALSE;

  ml_runtime_set_events_enabled (rt, TRUE);
  ml_runtime_gc_start (rt);
  for (guint i = 0; i < 400 && ml_runtime_get_phase (rt) != ML_GC_MARK_TERMINATION; i++)
    {
      g_autoptr(MlSnapshot) snap = NULL;
      g_autoptr(MlScene) scene = NULL;

      if (!ml_runtime_gc_unit (rt))
        break;
      ml_runtime_end_step (rt);
      snap = ml_runtime_snapshot (rt, ML_SNAPSHOT_ALL);
      if (snap->phase != ML_GC_MARK)
        continue;
      scene = ml_render_layout (ML_VIEW_SPANS, snap, NULL, &options);
      assert_legible (scene);
      /* The seen and scanned rows of the span being scanned (or of the next one). */
      if (snap->scanning_span >= 0 || snap->n_span_queue > 0)
        g_assert_cmpuint (count_klass (scene, "span-bits") % 2, ==, 0);
      if (snap->scanning_span >= 0 && snap->n_span_queue > 0)
        {
          gboolean red = FALSE, blue = FALSE;
          gboolean next_chip = FALSE;

          for (guint b = 0; b < scene->boxes->len; b++)
            {
              const MlSceneBox *box = &g_array_index (scene->boxes, MlSceneBox, b);

              if (box->hit_kind != ML_HIT_SPAN || box->stroke_width < 3)
                continue;
              if ((gint) box->index == snap->scanning_span)
                red = box->stroke.red > 0.8 && box->stroke.blue < 0.3;
              else if (snap->spans[box->index].queue_pos >= 0)
                blue = box->stroke.blue > box->stroke.red;
            }
          for (guint t = 0; t < scene->texts->len; t++)
            next_chip |= g_str_has_prefix (g_array_index (scene->texts, MlSceneText, t).text, "1 · ");
          g_assert_true (red);
          g_assert_true (next_chip);
          g_assert_cmpuint (count_klass (scene, "span-bits"), >=, 2 * 8);
          if (snap->spans[snap->span_queue[0]].queue_pos == 0 && (gint) snap->span_queue[0] != snap->scanning_span)
            {
              g_assert_true (blue);
              seen_both = TRUE;
            }
        }
    }
  g_assert_true (seen_both);
}

/* Outside a mark phase the view has no queue, and is as legible. */
static void
test_spans_idle_legible (void)
{
  guint64 a0;
  g_autoptr(MlRuntime) rt = two_class_heap (&a0);
  g_autoptr(MlSnapshot) snap = ml_runtime_snapshot (rt, ML_SNAPSHOT_ALL);
  MlRenderOptions options = ML_RENDER_OPTIONS_INIT;
  g_autoptr(MlScene) scene = ml_render_layout (ML_VIEW_SPANS, snap, NULL, &options);

  assert_legible (scene);
  g_assert_cmpuint (count_klass (scene, "span-queue"), ==, 0);
  g_assert_cmpuint (count_klass (scene, "span-bits"), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/render/spans-queue/drawn", test_spans_queue_drawn);
  g_test_add_func ("/render/spans-queue/idle-legible", test_spans_idle_legible);
  return g_test_run ();
}
