/* test-heap-graph-layout.c
 *
 * Copyright 2026 The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Where the heap graph puts objects: a list as a chain left to right, wrapped into rows like
 * text; a tree with each child one column right of its parent, the later children under the
 * first; garbage apart.  The places of objects that survive a step stay, and the picture of
 * a step is the same whether it was reached step by step in a window or laid out alone for
 * an export.
 */

#include "config.h"

#include "ml-render.h"
#include "ml-scene-legibility.h"
#include "ml-runtime.h"

typedef struct
{
  MlRuntime     *rt;
  const MlRtype *node;
  const MlRtype *tree;
  guint64        head;
} Heap;

/* type Node struct { v int; next *Node }; type Tree struct { left, right *Tree };
 * var head *Node */
static void
heap_init (Heap *h)
{
  MlRtypeRegistry *reg;
  const MlRtype *t_int;

  h->rt = ml_runtime_new ();
  reg = ml_runtime_get_types (h->rt);
  t_int = ml_rtype_registry_basic (reg, ML_KIND_INT);
  {
    MlRtypeField fields[] = {
      { "v", t_int, 0, FALSE },
      { "next", ml_rtype_registry_pointer_to (reg, t_int), 0, FALSE },
    };

    h->node = ml_rtype_registry_struct (reg, "main.Node", fields, G_N_ELEMENTS (fields));
  }
  {
    MlRtypeField fields[] = {
      { "left", ml_rtype_registry_pointer_to (reg, t_int), 0, FALSE },
      { "right", ml_rtype_registry_pointer_to (reg, t_int), 0, FALSE },
    };

    h->tree = ml_rtype_registry_struct (reg, "main.Tree", fields, G_N_ELEMENTS (fields));
  }
  ml_runtime_set_gogc (h->rt, -1);
  h->head = ml_runtime_add_global (h->rt, "main.head", ml_rtype_registry_pointer_to (reg, h->node), FALSE);
}

static MlScene *
layout (Heap    *h,
        MlScene *previous,
        double   width,
        double   height)
{
  g_autoptr(MlSnapshot) snap = NULL;
  MlRenderOptions options = ML_RENDER_OPTIONS_INIT;

  options.width = width;
  options.height = height;
  snap = ml_runtime_snapshot (h->rt, ML_SNAPSHOT_ALL);

  return ml_heap_graph_view_layout (snap, previous, &options);
}

static MlRect
rect_of (MlScene *scene,
         guint64  addr)
{
  const MlSceneBox *box = ml_scene_find_box (scene, ml_scene_key ("object", addr, 0));

  g_assert_nonnull (box);

  return box->rect;
}

static void
assert_same_rect (const MlRect *a,
                  const MlRect *b)
{
  g_assert_cmpfloat_with_epsilon (a->x, b->x, 1e-9);
  g_assert_cmpfloat_with_epsilon (a->y, b->y, 1e-9);
  g_assert_cmpfloat_with_epsilon (a->width, b->width, 1e-9);
  g_assert_cmpfloat_with_epsilon (a->height, b->height, 1e-9);
}

/* No two object boxes of @scene overlap. */
static void
assert_no_overlap (MlScene *scene)
{
  for (guint i = 0; i < scene->boxes->len; i++)
    for (guint j = i + 1; j < scene->boxes->len; j++)
      {
        const MlSceneBox *a = &g_array_index (scene->boxes, MlSceneBox, i);
        const MlSceneBox *b = &g_array_index (scene->boxes, MlSceneBox, j);

        if (a->hit_kind != ML_HIT_OBJECT || b->hit_kind != ML_HIT_OBJECT)
          continue;
        g_assert_false (ml_rect_intersects (&a->rect, &b->rect));
      }
}

/* A list built by appending at its tail, ten nodes: every node keeps its place as the list
 * grows, the list reads left to right and wraps into rows, and the window (stepping, with its
 * size) and an export (this step alone, at its natural size) draw the same places. */
static void
test_chain_wraps_and_stays (void)
{
  Heap h;
  guint64 nodes[10];
  g_autoptr(MlScene) window = NULL;
  MlRect first, last_in_row = { 0 };
  guint rows = 1;
  double width = 0;

  heap_init (&h);
  for (guint k = 0; k < G_N_ELEMENTS (nodes); k++)
    {
      g_autoptr(MlScene) alone = NULL;
      MlScene *next;

      nodes[k] = ml_runtime_new_object (h.rt, h.node);
      ml_runtime_write_word (h.rt, nodes[k], k + 1);
      ml_runtime_write_pointer (h.rt, k == 0 ? h.head : nodes[k - 1] + 8, nodes[k]);
      ml_runtime_end_step (h.rt);

      next = layout (&h, window, 1024, 768);
      alone = layout (&h, NULL, 0, 0);
      for (guint j = 0; j <= k; j++)
        {
          MlRect r = rect_of (next, nodes[j]);
          MlRect e = rect_of (alone, nodes[j]);

          assert_same_rect (&r, &e);
          if (window != NULL && j < k)
            {
              MlRect before = rect_of (window, nodes[j]);

              assert_same_rect (&r, &before);
            }
        }
      assert_no_overlap (next);
      /* A window that fits the drawing keeps its zoom: the drawing is as wide with one node
       * as with a full row. */
      {
        MlRect content;

        ml_scene_measure_content (next, TRUE, &content);
        if (k == 0)
          width = content.width;
        g_assert_cmpfloat_with_epsilon (content.width, width, 1e-9);
      }
      g_clear_pointer (&window, ml_scene_unref);
      window = next;
    }

  /* Left to right along a row; at the row's end, the start of the next row down. */
  first = rect_of (window, nodes[0]);
  for (guint k = 1; k < G_N_ELEMENTS (nodes); k++)
    {
      MlRect prev = rect_of (window, nodes[k - 1]);
      MlRect r = rect_of (window, nodes[k]);

      if (r.y == prev.y)
        g_assert_cmpfloat (r.x, >, prev.x + prev.width);
      else
        {
          g_assert_cmpfloat (r.y, >, prev.y + prev.height);
          g_assert_cmpfloat_with_epsilon (r.x, first.x, 1e-9);
          last_in_row = prev;
          rows++;
        }
    }
  /* Three of the largest boxes a row: what a projected 1024×768 window shows. */
  g_assert_cmpuint (rows, ==, 4);

  /* The wrap is drawn as the return of a line: out of the bottom of the row's last node,
   * left along the gap under the row and into the top of the next row's first, never
   * beyond the row's width. */
  {
    guint wraps = 0;

    for (guint i = 0; i < window->arrows->len; i++)
      {
        const MlSceneArrow *a = &g_array_index (window->arrows, MlSceneArrow, i);
        const MlPoint *p = &g_array_index (window->points, MlPoint, a->first_point);
        const MlRect *from, *to;

        if (g_strcmp0 (a->klass, "pointer") != 0 || a->flags & ML_ARROW_CURVED)
          continue;
        from = &g_array_index (window->boxes, MlSceneBox, a->from_box).rect;
        to = &g_array_index (window->boxes, MlSceneBox, a->to_box).rect;
        g_assert_cmpuint (a->n_points, ==, 4);
        g_assert_cmpfloat_with_epsilon (from->x, last_in_row.x, 1e-9);
        g_assert_cmpfloat_with_epsilon (p[0].y, from->y + from->height, 1e-9);
        g_assert_cmpfloat (p[0].x, <=, from->x + from->width);
        g_assert_cmpfloat (p[1].y, >, p[0].y);
        g_assert_cmpfloat (p[1].y, <, to->y);
        g_assert_cmpfloat_with_epsilon (to->x, first.x, 1e-9);
        g_assert_cmpfloat (p[3].x, >, to->x);
        g_assert_cmpfloat (p[3].x, <, to->x + to->width);
        g_assert_cmpfloat_with_epsilon (p[3].y, to->y, 1e-9);
        wraps++;
      }
    g_assert_cmpuint (wraps, ==, rows - 1);
  }

  /* Cutting the list after its sixth node: the first six stay where they were, the rest is
   * garbage, drawn apart, under every reachable object. */
  {
    g_autoptr(MlScene) cut = NULL;
    double bottom = 0;

    ml_runtime_write_pointer (h.rt, nodes[5] + 8, 0);
    ml_runtime_end_step (h.rt);
    cut = layout (&h, window, 1024, 768);
    for (guint k = 0; k < 6; k++)
      {
        MlRect r = rect_of (cut, nodes[k]);
        MlRect before = rect_of (window, nodes[k]);

        assert_same_rect (&r, &before);
        bottom = MAX (bottom, r.y + r.height);
      }
    for (guint k = 6; k < G_N_ELEMENTS (nodes); k++)
      g_assert_cmpfloat (rect_of (cut, nodes[k]).y, >, bottom);
    g_assert_nonnull (ml_scene_find_text_by_string (cut, "unreachable"));
    assert_no_overlap (cut);
  }

  g_object_unref (h.rt);
}

/* A binary tree of depth three: each child one column right of its parent, the left child on
 * its parent's row and the right one below the whole left subtree. */
static void
test_tree (void)
{
  Heap h;
  guint64 t[7];
  g_autoptr(MlScene) scene = NULL;
  const MlRtype *ptr;
  guint64 root;

  heap_init (&h);
  ptr = ml_rtype_registry_pointer_to (ml_runtime_get_types (h.rt), h.tree);
  root = ml_runtime_add_global (h.rt, "main.root", ptr, FALSE);
  for (guint k = 0; k < G_N_ELEMENTS (t); k++)
    t[k] = ml_runtime_new_object (h.rt, h.tree);
  /* Heap order: t[0] the root, t[2k+1] and t[2k+2] the children of t[k]. */
  for (guint k = 0; k < 3; k++)
    {
      ml_runtime_write_pointer (h.rt, t[k], t[2 * k + 1]);
      ml_runtime_write_pointer (h.rt, t[k] + 8, t[2 * k + 2]);
    }
  ml_runtime_write_pointer (h.rt, root, t[0]);
  ml_runtime_end_step (h.rt);
  scene = layout (&h, NULL, 0, 0);

  for (guint k = 0; k < 3; k++)
    {
      MlRect parent = rect_of (scene, t[k]);
      MlRect left = rect_of (scene, t[2 * k + 1]);
      MlRect right = rect_of (scene, t[2 * k + 2]);

      g_assert_cmpfloat (left.x, >, parent.x + parent.width);
      g_assert_cmpfloat_with_epsilon (left.x, right.x, 1e-9);
      g_assert_cmpfloat_with_epsilon (left.y, parent.y, 1e-9);
      g_assert_cmpfloat (right.y, >, left.y);
    }
  /* The right subtree below the left one. */
  g_assert_cmpfloat (rect_of (scene, t[2]).y, >, rect_of (scene, t[4]).y);
  assert_no_overlap (scene);

  g_object_unref (h.rt);
}

/* While the collector marks, the structure does not change, and neither does any place. */
static void
test_stable_while_marking (void)
{
  Heap h;
  guint64 nodes[8];
  g_autoptr(MlScene) before = NULL;
  guint steps = 0;

  heap_init (&h);
  for (guint k = 0; k < G_N_ELEMENTS (nodes); k++)
    {
      nodes[k] = ml_runtime_new_object (h.rt, h.node);
      ml_runtime_write_pointer (h.rt, k == 0 ? h.head : nodes[k - 1] + 8, nodes[k]);
    }
  /* Garbage beside it. */
  ml_runtime_new_object (h.rt, h.node);
  ml_runtime_end_step (h.rt);
  before = layout (&h, NULL, 1024, 768);

  ml_runtime_gc_start (h.rt);
  ml_runtime_end_step (h.rt);
  while (ml_runtime_gc_unit (h.rt) && steps < 200)
    {
      g_autoptr(MlScene) now = NULL;

      ml_runtime_end_step (h.rt);
      now = layout (&h, before, 1024, 768);
      for (guint k = 0; k < G_N_ELEMENTS (nodes); k++)
        {
          MlRect a = rect_of (before, nodes[k]);
          MlRect b = rect_of (now, nodes[k]);

          assert_same_rect (&a, &b);
        }
      steps++;
    }
  g_assert_cmpuint (steps, >, 0);

  g_object_unref (h.rt);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/render/heap-graph-layout/chain", test_chain_wraps_and_stays);
  g_test_add_func ("/render/heap-graph-layout/tree", test_tree);
  g_test_add_func ("/render/heap-graph-layout/marking", test_stable_while_marking);

  return g_test_run ();
}
