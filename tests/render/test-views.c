/* test-views.c
 *
 * Copyright The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every view of the lecture's Persona program and of a heap in the middle of a GC cycle, in
 * both themes: layout invariants, and the pictures written to the build folder to look at.
 */

#include "config.h"

#include <glib/gstdio.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "render-test-util.h"

static void
export_both_themes (MlViewKind        view,
                    const MlSnapshot *snap,
                    const char       *name,
                    gboolean          addresses)
{
  for (guint t = 0; t < 2; t++)
    {
      MlRenderOptions options = ML_RENDER_OPTIONS_INIT;
      g_autoptr(MlScene) scene = NULL;
      g_autofree char *file = NULL;

      options.theme = t == 0 ? ML_THEME_LIGHT : ML_THEME_DARK;
      options.show_addresses = addresses;
      scene = ml_render_layout (view, snap, NULL, &options);
      file = g_strdup_printf ("%s-%s.png", name, t == 0 ? "light" : "dark");
      render_test_save (scene, file);
    }
}

/* No two value boxes (variables, objects, string literals) overlap, whatever their kind. */
static void
assert_value_boxes_apart (MlScene *scene)
{
  for (guint i = 0; i < scene->boxes->len; i++)
    {
      const MlSceneBox *a = &g_array_index (scene->boxes, MlSceneBox, i);

      if (!(a->flags & ML_BOX_OBSTACLE))
        continue;
      for (guint j = i + 1; j < scene->boxes->len; j++)
        {
          const MlSceneBox *b = &g_array_index (scene->boxes, MlSceneBox, j);

          if ((b->flags & ML_BOX_OBSTACLE) && ml_rect_intersects (&a->rect, &b->rect))
            g_error ("%s %u and %s %u overlap", a->klass, i, b->klass, j);
        }
    }
}

/* Routed arrows never run through a value box other than their own ends. */
static void
assert_arrows_avoid_boxes (MlScene *scene)
{
  for (guint i = 0; i < scene->arrows->len; i++)
    {
      const MlSceneArrow *arrow = &g_array_index (scene->arrows, MlSceneArrow, i);
      const MlPoint *p = ml_scene_get_arrow_points (scene, arrow);

      /* The first run is inside the source (hidden under it) and the last ends on the target. */
      for (guint k = 1; k + 2 < arrow->n_points; k++)
        {
          MlRect seg = { MIN (p[k].x, p[k + 1].x), MIN (p[k].y, p[k + 1].y),
                         fabs (p[k].x - p[k + 1].x) + 0.01, fabs (p[k].y - p[k + 1].y) + 0.01 };

          for (guint b = 0; b < scene->boxes->len; b++)
            {
              const MlSceneBox *box = &g_array_index (scene->boxes, MlSceneBox, b);

              if (!(box->flags & ML_BOX_OBSTACLE) || (gint)b == arrow->from_box || (gint)b == arrow->to_box)
                continue;
              if (ml_rect_intersects (&seg, &box->rect))
                g_error ("arrow %u (%s) crosses box %u (%s)", i, arrow->klass, b, box->klass);
            }
        }
    }
}

static const MlSceneBox *
find_box_by_hit (MlScene    *scene,
                 MlHitKind   kind,
                 const char *text)
{
  const MlSceneText *t = ml_scene_find_text_by_string (scene, text);

  g_assert_nonnull (t);
  for (guint i = scene->boxes->len; i > 0; i--)
    {
      const MlSceneBox *b = ml_scene_get_box (scene, i - 1);

      if (b->hit_kind == kind && ml_rect_contains (&b->rect, t->x + 1, t->y + 1))
        return b;
    }

  return NULL;
}

/* Region headings stay inside their regions, even when the boxes under them are narrow:
 * the first step of a program has only "num" in data and an empty frame. */
static void
assert_region_headings_inside (MlScene *scene)
{
  for (guint i = 0; i < scene->texts->len; i++)
    {
      const MlSceneText *t = &g_array_index (scene->texts, MlSceneText, i);
      gboolean inside = FALSE;

      if (g_strcmp0 (t->klass, "region-title") != 0 && g_strcmp0 (t->klass, "region-note") != 0)
        continue;
      for (guint b = 0; b < scene->boxes->len && !inside; b++)
        {
          const MlSceneBox *box = &g_array_index (scene->boxes, MlSceneBox, b);

          if (g_strcmp0 (box->klass, "region") == 0 &&
              t->x >= box->rect.x && t->y >= box->rect.y &&
              t->x + t->width <= box->rect.x + box->rect.width + 0.5 &&
              t->y + t->height <= box->rect.y + box->rect.height + 0.5)
            inside = TRUE;
        }
      if (!inside)
        g_error ("heading “%s” runs out of its region", t->text);
    }
}

static void
test_memory_map_small (void)
{
  g_autoptr(MlRuntime) rt = ml_runtime_new ();
  MlRtypeRegistry *reg = ml_runtime_get_types (rt);
  g_autoptr(MlFrameLayout) layout = ml_frame_layout_new ("main.main");
  g_autoptr(MlSnapshot) snap = NULL;

  ml_runtime_add_function (rt, "main.main", 100);
  ml_runtime_add_global (rt, "main.num", ml_rtype_registry_basic (reg, ML_KIND_INT), TRUE);
  ml_runtime_push_frame (rt, 1, ml_runtime_register_frame_layout (rt, layout));
  ml_runtime_end_step (rt);
  snap = ml_runtime_snapshot (rt, ML_SNAPSHOT_ALL);

  for (guint a = 0; a < 2; a++)
    {
      MlRenderOptions options = ML_RENDER_OPTIONS_INIT;
      g_autoptr(MlScene) scene = NULL;

      options.show_addresses = a == 1;
      scene = ml_memory_map_view_layout (snap, NULL, &options);
      g_assert_cmpuint (ml_scene_count_boxes (scene, "global"), ==, 1);
      assert_region_headings_inside (scene);
    }
}

/* The compiler's temporaries are left out of the memory map when they matter to nobody,
 * and kept when a variable points into one (the storage of a value that did not escape) or
 * one holds a pointer to a heap object (it keeps the object alive). */
static void
test_memory_map_temporaries (void)
{
  g_autoptr(MlRuntime) rt = ml_runtime_new ();
  MlRtypeRegistry *reg = ml_runtime_get_types (rt);
  const MlRtype *t_int = ml_rtype_registry_basic (reg, ML_KIND_INT);
  const MlRtype *t_pint = ml_rtype_registry_pointer_to (reg, t_int);
  g_autoptr(MlFrameLayout) layout = ml_frame_layout_new ("main.main");
  g_autoptr(MlSnapshot) snap = NULL;
  MlRenderOptions options = ML_RENDER_OPTIONS_INIT;
  g_autoptr(MlScene) scene = NULL;
  guint64 base, p, idle, storage, holder;

  ml_runtime_add_function (rt, "main.main", 100);
  p = ml_frame_layout_add_slot (layout, "p", t_pint, ML_SLOT_LOCAL);
  idle = ml_frame_layout_add_slot (layout, ".autotmp", t_int, ML_SLOT_LOCAL);
  storage = ml_frame_layout_add_slot (layout, ".autotmp", t_int, ML_SLOT_LOCAL);
  holder = ml_frame_layout_add_slot (layout, ".autotmp", t_pint, ML_SLOT_LOCAL);
  ml_runtime_push_frame (rt, 1, ml_runtime_register_frame_layout (rt, layout));
  base = ml_runtime_get_frame_base (rt, 1, 0);
  ml_runtime_write_word (rt, base + idle, 7);
  ml_runtime_write_word (rt, base + storage, 42);
  ml_runtime_write_pointer (rt, base + p, base + storage);
  ml_runtime_write_pointer (rt, base + holder, ml_runtime_new_object (rt, t_int));
  ml_runtime_end_step (rt);
  snap = ml_runtime_snapshot (rt, ML_SNAPSHOT_ALL);

  scene = ml_memory_map_view_layout (snap, NULL, &options);
  /* p, the storage it points into and the holder of the heap object; not the idle one. */
  g_assert_cmpuint (ml_scene_count_boxes (scene, "slot"), ==, 3);
  g_assert_nonnull (ml_scene_find_text_by_string (scene, "not drawn: 1 temporary of the compiler"));
  assert_region_headings_inside (scene);
}

/* A package variable m map[int]*int of three entries, whose values point at ints on the
 * heap, and n map[int]int of twenty, which has left its single group for a table. */
static MlSnapshot *
maps_snapshot (void)
{
  g_autoptr(MlRuntime) rt = ml_runtime_new ();
  MlRtypeRegistry *reg = ml_runtime_get_types (rt);
  const MlRtype *t_int = ml_rtype_registry_basic (reg, ML_KIND_INT);
  const MlRtype *t_m = ml_rtype_registry_map_of (reg, t_int, ml_rtype_registry_pointer_to (reg, t_int));
  const MlRtype *t_n = ml_rtype_registry_map_of (reg, t_int, t_int);
  guint64 k = ml_runtime_add_global (rt, "main.k", t_int, FALSE);
  guint64 m = ml_runtime_add_global (rt, "main.m", t_m, FALSE);
  guint64 n = ml_runtime_add_global (rt, "main.n", t_n, FALSE);
  guint64 header, elem;

  ml_runtime_write_pointer (rt, m, ml_runtime_map_new (rt, t_m, 0, 0, 0, NULL));
  ml_runtime_write_pointer (rt, n, ml_runtime_map_new (rt, t_n, 0, 0, 0, NULL));
  for (gint64 i = 1; i <= 20; i++)
    {
      ml_runtime_write_word (rt, k, (guint64) i);
      if (i <= 3)
        {
          guint64 target = ml_runtime_new_object (rt, t_int);

          ml_runtime_write_word (rt, target, (guint64) (100 * i));
          ml_runtime_read_word (rt, m, &header);
          g_assert_cmpint (ml_runtime_map_assign (rt, t_m, header, k, &elem, NULL), ==, ML_MAP_OK);
          ml_runtime_write_pointer (rt, elem, target);
        }
      ml_runtime_read_word (rt, n, &header);
      g_assert_cmpint (ml_runtime_map_assign (rt, t_n, header, k, &elem, NULL), ==, ML_MAP_OK);
      ml_runtime_write_word (rt, elem, (guint64) (10 * i));
    }
  ml_runtime_end_step (rt);
  return ml_runtime_snapshot (rt, ML_SNAPSHOT_ALL);
}

/* At the program's level a map is a table of keys and values, a pointer leaving from its
 * value's cell; at the runtime's its header, table and groups are drawn, with their control
 * bytes.  The heap graph names a map by what fmt prints of it. */
static void
test_maps (void)
{
  g_autoptr(MlSnapshot) snap = maps_snapshot ();
  MlRenderOptions options = ML_RENDER_OPTIONS_INIT;
  g_autoptr(MlScene) program = NULL;
  g_autoptr(MlScene) runtime = NULL;
  g_autoptr(MlScene) graph = NULL;

  g_assert_cmpuint (snap->n_maps, ==, 2);

  program = ml_memory_map_view_layout (snap, NULL, &options);
  g_assert_cmpuint (ml_scene_count_boxes (program, "map"), ==, 2);
  g_assert_nonnull (ml_scene_find_text_by_string (program, "map[int]*int"));
  g_assert_nonnull (ml_scene_find_text_by_string (program, "map[int]int"));
  g_assert_nonnull (ml_scene_find_text_by_string (program, "and 8 more entries"));
  g_assert_nonnull (ml_scene_find_text_by_string (program, "120"));
  g_assert_null (ml_scene_find_text_by_string (program, "maps.Map"));
  g_assert_null (ml_scene_find_text_by_string (program, "used"));
  /* The two globals' arrows to their tables, and one from each value of m to its int. */
  g_assert_cmpuint (ml_scene_count_arrows (program, "pointer"), ==, 2 + 3);
  /* The ints (in two tiny blocks), and the garbage n left when it grew, named for it: its
   * first group, then the table of 16 slots and its groups. */
  g_assert_cmpuint (ml_scene_count_boxes (program, "object"), ==, 2 + 3);
  g_assert_nonnull (ml_scene_find_text_by_string (program, "table of map[int]int"));
  g_assert_nonnull (ml_scene_find_text_by_string (program, "664 B in 4 objects"));
  assert_value_boxes_apart (program);
  render_test_assert_arrows_attached (program, 1);
  assert_arrows_avoid_boxes (program);

  options.detail = ML_DETAIL_RUNTIME;
  runtime = ml_memory_map_view_layout (snap, NULL, &options);
  g_assert_cmpuint (ml_scene_count_boxes (runtime, "map"), ==, 0);
  g_assert_nonnull (ml_scene_find_text_by_string (runtime, "maps.Map"));
  g_assert_nonnull (ml_scene_find_text_by_string (runtime, "maps.table"));
  g_assert_nonnull (ml_scene_find_text_by_string (runtime, "groups[0].ctrl"));
  assert_value_boxes_apart (runtime);
  render_test_assert_arrows_attached (runtime, 1);

  options.detail = ML_DETAIL_PROGRAM;
  graph = ml_heap_graph_view_layout (snap, NULL, &options);
  g_assert_true (render_test_scene_has_text (graph, "map[1:0x", TRUE));
  g_assert_true (render_test_scene_has_text (graph, "map[1:10 2:20", TRUE));
  g_assert_true (render_test_scene_has_text (graph, "groups of map", TRUE));
  g_assert_null (ml_scene_find_text_by_string (graph, "maps.Map"));

  export_both_themes (ML_VIEW_MEMORY_MAP, snap, "memory-map-maps", FALSE);
}

static void
test_memory_map_persona (void)
{
  g_autoptr(MlSnapshot) snap = render_test_persona ();
  MlRenderOptions options = ML_RENDER_OPTIONS_INIT;
  g_autoptr(MlScene) scene = ml_memory_map_view_layout (snap, NULL, &options);
  g_autoptr(MlScene) with_addresses = NULL;
  MlHit hit;
  const MlSceneBox *p1;

  /* num in data, p1 to p4 and dir in main's frame, the ten literals in rodata. */
  g_assert_cmpuint (ml_scene_count_boxes (scene, "global"), ==, 1);
  g_assert_cmpuint (ml_scene_count_boxes (scene, "slot"), ==, 5);
  g_assert_cmpuint (ml_scene_count_boxes (scene, "string"), ==, 10);
  g_assert_cmpuint (ml_scene_count_boxes (scene, "frame"), ==, 1);
  g_assert_cmpuint (ml_scene_count_boxes (scene, "object"), ==, 0);
  /* Sixteen non-empty strings: p1 1, p2 1, p3 5, p4 5, dir 3... */
  g_assert_cmpuint (ml_scene_count_arrows (scene, "string-pointer"), ==, 1 + 1 + 5 + 5 + 3);
  /* Nested struct fields get their own boxes: one direccion in each Persona. */
  g_assert_cmpuint (ml_scene_count_boxes (scene, "field-struct"), ==, 4);

  /* Values as fmt prints them. */
  g_assert_nonnull (ml_scene_find_text_by_string (scene, "{Marcelo  27 {   0}}"));
  g_assert_nonnull (ml_scene_find_text_by_string (scene, "\"Valentín Gomez\""));
  g_assert_nonnull (ml_scene_find_text_by_string (scene, "1050"));

  assert_value_boxes_apart (scene);
  render_test_assert_arrows_attached (scene, 1);
  assert_arrows_avoid_boxes (scene);

  /* Hit-testing finds the variable under the pointer. */
  p1 = find_box_by_hit (scene, ML_HIT_SLOT, "p1");
  g_assert_nonnull (p1);
  g_assert_true (ml_scene_hit_test (scene, p1->rect.x + 5, p1->rect.y + 5, &hit));
  g_assert_cmpint (hit.kind, ==, ML_HIT_SLOT);
  g_assert_cmpstr (snap->slots[hit.index].name, ==, "p1");
  g_assert_cmpuint (hit.address, ==, snap->slots[hit.index].addr);

  /* Addresses on demand: offsets and addresses appear only when asked for. */
  g_assert_null (ml_scene_find_text_by_string (scene, "+40"));
  options.show_addresses = TRUE;
  with_addresses = ml_memory_map_view_layout (snap, NULL, &options);
  g_assert_nonnull (ml_scene_find_text_by_string (with_addresses, "+40"));
  assert_value_boxes_apart (with_addresses);
  assert_arrows_avoid_boxes (with_addresses);

  export_both_themes (ML_VIEW_MEMORY_MAP, snap, "memory-map-persona", FALSE);
  export_both_themes (ML_VIEW_MEMORY_MAP, snap, "memory-map-persona-addresses", TRUE);
}

/* Objects that exist in two consecutive steps keep their places; a dead object leaves its
 * cell empty and nothing else moves. */
static void
test_heap_graph_stable (void)
{
  guint64 garbage = 0;
  g_autoptr(MlRuntime) rt = render_test_gc_runtime (&garbage);
  MlRenderOptions options = ML_RENDER_OPTIONS_INIT;
  g_autoptr(MlScene) previous = NULL;
  guint compared = 0;
  guint64 newcomer;

  for (guint step = 0; step < 60; step++)
    {
      g_autoptr(MlSnapshot) snap = NULL;
      g_autoptr(MlScene) scene = NULL;

      if (step == 0)
        ml_runtime_gc_start (rt);
      else if (step == 5)
        {
          /* A new object hung off a leaf of the tree while marking goes on. */
          MlRtypeRegistry *reg = ml_runtime_get_types (rt);
          guint64 node = 0;

          ml_runtime_read_word (rt, ml_runtime_lookup_global (rt, "main.tree"), &node);
          for (guint d = 0; d < 2; d++)
            ml_runtime_read_word (rt, node, &node);
          newcomer = ml_runtime_new_object (rt, ml_rtype_registry_lookup (reg, "main.Node"));
          g_assert_true (ml_runtime_sandbox_set_field (rt, node, 0, newcomer));
        }
      else if (!ml_runtime_gc_unit (rt) && ml_runtime_get_phase (rt) == ML_GC_OFF)
        break;
      ml_runtime_end_step (rt);

      snap = ml_runtime_snapshot (rt, ML_SNAPSHOT_ALL);
      scene = ml_heap_graph_view_layout (snap, previous, &options);
      render_test_assert_no_overlap (scene, "object");
      render_test_assert_arrows_attached (scene, 1.5);

      if (previous != NULL)
        for (guint i = 0; i < snap->n_objects; i++)
          {
            guint64 key = ml_scene_key ("object", snap->objects[i].addr, 0);
            const MlSceneBox *before = ml_scene_find_box (previous, key);
            const MlSceneBox *now = ml_scene_find_box (scene, key);

            if (before == NULL || now == NULL)
              continue;
            g_assert_cmpfloat (before->rect.x, ==, now->rect.x);
            g_assert_cmpfloat (before->rect.y, ==, now->rect.y);
            compared++;
          }

      g_clear_pointer (&previous, ml_scene_unref);
      previous = g_steal_pointer (&scene);
    }

  g_assert_cmpuint (compared, >, 100);
  /* The cycle is over: the garbage was swept. */
  g_assert_false (ml_runtime_object_base (rt, garbage, NULL, NULL) == garbage);
}

/* A long list, built by prepending as the lecture's students do, wraps over several columns;
 * its backward pointers loop below the grid.  The legend must stay below every arrow, and
 * objects no root reaches must sit right under the reachable rows, not at the far edge. */
static void
test_heap_graph_long_list (void)
{
  g_autoptr(MlRuntime) rt = ml_runtime_new ();
  MlRtypeRegistry *reg = ml_runtime_get_types (rt);
  const MlRtype *t_ptr = ml_rtype_registry_basic (reg, ML_KIND_UNSAFE_POINTER);
  MlRtypeField fields[] = { { "valor", ml_rtype_registry_basic (reg, ML_KIND_INT), 0, FALSE }, { "sig", t_ptr, 0, FALSE } };
  const MlRtype *nodo = ml_rtype_registry_struct (reg, "main.Nodo", fields, G_N_ELEMENTS (fields));
  guint64 lista = ml_runtime_add_global (rt, "main.lista", t_ptr, FALSE);
  MlRenderOptions options = ML_RENDER_OPTIONS_INIT;
  g_autoptr(MlScene) previous = NULL;
  double legend_top = G_MAXDOUBLE, arrows_bottom = 0, reach_bottom = 0, garbage_top = G_MAXDOUBLE, garbage_left = G_MAXDOUBLE;
  const MlPoint *points;

  ml_runtime_set_gogc (rt, -1);
  for (guint i = 0; i < 120; i++)
    {
      guint64 n = ml_runtime_new_object (rt, nodo);
      guint64 head = 0;
      g_autoptr(MlSnapshot) snap = NULL;
      g_autoptr(MlScene) scene = NULL;

      ml_runtime_read_word (rt, lista, &head);
      ml_runtime_write_pointer (rt, n + 8, head);
      ml_runtime_write_pointer (rt, lista, n);
      /* Some garbage along the way. */
      if (i % 10 == 0)
        ml_runtime_new_object (rt, nodo);
      ml_runtime_end_step (rt);
      snap = ml_runtime_snapshot (rt, ML_SNAPSHOT_ALL);
      scene = ml_heap_graph_view_layout (snap, previous, &options);
      g_clear_pointer (&previous, ml_scene_unref);
      previous = g_steal_pointer (&scene);
    }

  render_test_assert_no_overlap (previous, "object");
  render_test_assert_arrows_attached (previous, 1.5);
  points = (const MlPoint *) (gconstpointer) previous->points->data;
  for (guint i = 0; i < previous->arrows->len; i++)
    {
      const MlSceneArrow *a = &g_array_index (previous->arrows, MlSceneArrow, i);

      if (g_strcmp0 (a->klass, "legend") == 0)
        continue;
      for (guint k = 0; k < a->n_points; k++)
        arrows_bottom = MAX (arrows_bottom, points[a->first_point + k].y);
    }
  for (guint i = 0; i < previous->boxes->len; i++)
    {
      const MlSceneBox *b = &g_array_index (previous->boxes, MlSceneBox, i);

      if (g_strcmp0 (b->klass, "legend") == 0)
        legend_top = MIN (legend_top, b->rect.y);
    }
  g_assert_cmpfloat (legend_top, <, G_MAXDOUBLE);
  g_assert_cmpfloat (arrows_bottom, <, legend_top);

  /* In a window-sized picture with room to spare, a short list and its garbage: the garbage
   * takes the row under the list, labelled, not the far edge of the window. */
  {
    g_autoptr(MlRuntime) small = ml_runtime_new ();
    MlRtypeRegistry *sreg = ml_runtime_get_types (small);
    const MlRtype *snodo = ml_rtype_registry_struct (sreg, "main.Nodo", fields, G_N_ELEMENTS (fields));
    guint64 slista = ml_runtime_add_global (small, "main.lista", ml_rtype_registry_basic (sreg, ML_KIND_UNSAFE_POINTER), FALSE);
    g_autoptr(MlSnapshot) snap = NULL;
    g_autoptr(MlScene) fresh = NULL;
    guint64 list[3], trash[2];

    for (guint i = 0; i < 3; i++)
      {
        list[i] = ml_runtime_new_object (small, snodo);
        if (i > 0)
          ml_runtime_write_pointer (small, list[i - 1] + 8, list[i]);
      }
    ml_runtime_write_pointer (small, slista, list[0]);
    for (guint i = 0; i < 2; i++)
      trash[i] = ml_runtime_new_object (small, snodo);
    ml_runtime_end_step (small);
    snap = ml_runtime_snapshot (small, ML_SNAPSHOT_ALL);
    options.width = 1920;
    options.height = 1080;
    fresh = ml_heap_graph_view_layout (snap, NULL, &options);
    for (guint i = 0; i < 3; i++)
      reach_bottom = MAX (reach_bottom, ml_scene_find_box (fresh, ml_scene_key ("object", list[i], 0))->rect.y);
    for (guint i = 0; i < 2; i++)
      {
        const MlRect *r = &ml_scene_find_box (fresh, ml_scene_key ("object", trash[i], 0))->rect;

        garbage_top = MIN (garbage_top, r->y);
        garbage_left = MIN (garbage_left, r->x);
      }
    g_assert_cmpfloat (garbage_top, >, reach_bottom);
    /* The next row (68 apart at this size, and room for the label), from the first column. */
    g_assert_cmpfloat (garbage_top - reach_bottom, <, 2 * 68);
    g_assert_cmpfloat (garbage_left, ==, ml_scene_find_box (fresh, ml_scene_key ("object", list[0], 0))->rect.x);
    g_assert_nonnull (ml_scene_find_text_by_string (fresh, "unreachable"));
    /* Big boxes name a struct by its first plain field, as a teacher names list nodes. */
    {
      gboolean named = FALSE;

      for (guint i = 0; i < fresh->texts->len; i++)
        named |= strstr (g_array_index (fresh->texts, MlSceneText, i).text, "Nodo · valor 0") != NULL;
      g_assert_true (named);
    }
  }
  render_test_save (previous, "heap-graph-long-list.png");
}

/* A pointer written during marking: with the barrier the target is shaded and the picture
 * says so; without it, the checker reports the lost object and the picture shows that. */
static void
test_heap_graph_write_barrier (void)
{
  for (guint barrier = 0; barrier < 2; barrier++)
    {
      guint64 garbage = 0;
      g_autoptr(MlRuntime) rt = render_test_gc_runtime (&garbage);
      MlRenderOptions options = ML_RENDER_OPTIONS_INIT;
      g_autoptr(MlSnapshot) snap = NULL;
      g_autoptr(MlScene) scene = NULL;
      guint64 black = 0;

      ml_runtime_set_checker (rt, TRUE);
      ml_runtime_set_write_barrier (rt, barrier == 1);
      ml_runtime_gc_start (rt);
      ml_runtime_end_step (rt);

      /* Mark until some object is black. */
      for (guint i = 0; i < 200 && black == 0; i++)
        {
          g_autoptr(MlSnapshot) probe = NULL;

          ml_runtime_gc_unit (rt);
          ml_runtime_end_step (rt);
          probe = ml_runtime_snapshot (rt, ML_SNAPSHOT_OBJECTS);
          for (guint o = 0; o < probe->n_objects; o++)
            if (probe->objects[o].colour == ML_COLOUR_BLACK && probe->objects[o].n_edges == 0 &&
                probe->objects[o].type != NULL && g_strcmp0 (probe->objects[o].type->name, "main.Node") == 0)
              black = probe->objects[o].addr;
        }
      g_assert_cmpuint (black, !=, 0);

      /* black.left = garbage: a black object now points at a white one. */
      g_assert_true (ml_runtime_sandbox_set_field (rt, black, 0, garbage));
      ml_runtime_end_step (rt);
      snap = ml_runtime_snapshot (rt, ML_SNAPSHOT_ALL);
      scene = ml_heap_graph_view_layout (snap, NULL, &options);
      render_test_save (scene, barrier ? "heap-graph-write-barrier-light.png" : "heap-graph-no-barrier-light.png");

      /* Go's barrier records the white object in its buffer, to be shaded at the flush: the
       * picture names that state rather than showing a grey it does not have yet. */
      if (barrier)
        g_assert_nonnull (ml_scene_find_text_by_string (scene, "in the barrier’s buffer"));
      else
        g_assert_null (ml_scene_find_text_by_string (scene, "in the barrier’s buffer"));
      g_assert_cmpuint (ml_scene_count_boxes (scene, "object"), >, 10);
    }
}

static gboolean
parse_svg_counts (const char *svg,
                  guint      *objects,
                  guint      *arrows)
{
  *objects = render_test_count_string (svg, "class=\"ml-box ml-object\"");
  /* Pointers only: the legend's sample arrow is not one. */
  *arrows = render_test_count_string (svg, "class=\"ml-arrow ") -
            render_test_count_string (svg, "class=\"ml-arrow ml-legend\"");

  {
    g_autoptr(GError) error = NULL;
    static const GMarkupParser parser = { NULL, NULL, NULL, NULL, NULL };
    g_autoptr(GMarkupParseContext) context = g_markup_parse_context_new (&parser, 0, NULL, NULL);

    g_markup_parse_context_parse (context, strstr (svg, "<svg"), -1, &error);
    if (error == NULL)
      g_markup_parse_context_end_parse (context, &error);
    g_assert_no_error (error);
  }

  return TRUE;
}

static void
test_heap_graph_svg (void)
{
  g_autoptr(MlSnapshot) snap = render_test_mid_gc ();
  MlRenderOptions options = ML_RENDER_OPTIONS_INIT;
  g_autoptr(MlScene) scene = ml_heap_graph_view_layout (snap, NULL, &options);
  g_autofree char *svg = ml_scene_to_svg (scene, NULL);
  guint objects, arrows, live = 0, edges = 0, highlighted = 0;

  for (guint i = 0; i < snap->n_objects; i++)
    if (snap->objects[i].colour != ML_COLOUR_FREE)
      {
        live++;
        for (guint e = 0; e < snap->objects[i].n_edges; e++)
          edges += snap->edges[snap->objects[i].first_edge + e].to >= 0;
      }

  parse_svg_counts (svg, &objects, &arrows);
  g_assert_cmpuint (objects, ==, live);
  g_assert_cmpuint (objects, ==, ml_scene_count_boxes (scene, "object"));
  /* One arrow per heap edge, plus the roots' (tree and v0). */
  g_assert_cmpuint (arrows, ==, edges + 2);

  /* The object being scanned has its ring; the letters are there for greyscale. */
  for (guint i = 0; i < scene->boxes->len; i++)
    highlighted += (ml_scene_get_box (scene, i)->flags & ML_BOX_HIGHLIGHT) != 0;
  if (snap->focus.object != 0)
    g_assert_cmpuint (highlighted, >=, 1);
  g_assert_nonnull (ml_scene_find_text_by_string (scene, "G"));
  g_assert_nonnull (ml_scene_find_text_by_string (scene, "B"));
  g_assert_nonnull (ml_scene_find_text_by_string (scene, "W"));
}

/* Pixels at known places: the background, a white object's fill, a black object's fill. */
static void
test_heap_graph_pixels (void)
{
  g_autoptr(MlSnapshot) snap = render_test_mid_gc ();

  for (guint t = 0; t < 2; t++)
    {
      MlRenderOptions options = ML_RENDER_OPTIONS_INIT;
      g_autoptr(MlScene) scene = NULL;
      cairo_surface_t *surface;
      const MlPalette *palette;
      guint32 bg, expected_bg;

      options.theme = t == 0 ? ML_THEME_LIGHT : ML_THEME_DARK;
      palette = ml_palette_get (options.theme);
      scene = ml_heap_graph_view_layout (snap, NULL, &options);
      surface = render_test_draw (scene, 2);
      bg = render_test_pixel (surface, 3, 3);
      expected_bg = 0xff000000u | (guint32)lround (palette->background.red * 255) << 16 |
                    (guint32)lround (palette->background.green * 255) << 8 | (guint32)lround (palette->background.blue * 255);
      g_assert_cmphex (bg, ==, expected_bg);

      for (guint i = 0; i < scene->boxes->len; i++)
        {
          const MlSceneBox *b = ml_scene_get_box (scene, i);
          guint32 px;
          guint8 r;

          if (g_strcmp0 (b->klass, "object") != 0 || b->opacity < 1)
            continue;
          /* Inside the box, right of the letter badge and below the text. */
          px = render_test_pixel (surface, (int)((b->rect.x + b->rect.width - 6) * 2), (int)((b->rect.y + b->rect.height - 4) * 2));
          r = (px >> 16) & 0xff;
          if (b->fill.red == palette->object_black.red && b->fill.green == palette->object_black.green)
            g_assert_cmpuint (r, <, 60);
          else if (b->fill.red == palette->object_white.red && b->fill.green == palette->object_white.green)
            g_assert_cmpuint (r, >, 200);
        }
      cairo_surface_destroy (surface);
    }
}

/* A picture compared with its golden image, with a tolerance: fonts and cairo versions move
 * pixels a little, so the test counts the pixels that differ clearly. */
static void
compare_golden (MlScene    *scene,
                const char *name)
{
  const char *srcdir = g_getenv ("MEMLAB_SOURCE_ROOT");
  g_autofree char *path = g_build_filename (srcdir != NULL ? srcdir : ".", "tests", "render", "golden", name, NULL);
  cairo_surface_t *actual = render_test_draw (scene, 1);
  cairo_surface_t *golden;
  int w, h;
  guint differ = 0;

  if (g_getenv ("MEMLAB_UPDATE_GOLDEN") != NULL)
    {
      g_assert_cmpint (cairo_surface_write_to_png (actual, path), ==, CAIRO_STATUS_SUCCESS);
      cairo_surface_destroy (actual);
      return;
    }

  golden = cairo_image_surface_create_from_png (path);
  g_assert_cmpint (cairo_surface_status (golden), ==, CAIRO_STATUS_SUCCESS);
  w = cairo_image_surface_get_width (actual);
  h = cairo_image_surface_get_height (actual);
  g_assert_cmpint (abs (w - cairo_image_surface_get_width (golden)), <=, 4);
  g_assert_cmpint (abs (h - cairo_image_surface_get_height (golden)), <=, 4);
  w = MIN (w, cairo_image_surface_get_width (golden));
  h = MIN (h, cairo_image_surface_get_height (golden));

  for (int y = 0; y < h; y++)
    for (int x = 0; x < w; x++)
      {
        guint32 a = render_test_pixel (actual, x, y);
        guint32 b = render_test_pixel (golden, x, y);
        int d = 0;

        for (int c = 0; c < 24; c += 8)
          d = MAX (d, abs ((int)((a >> c) & 0xff) - (int)((b >> c) & 0xff)));
        differ += d > 48;
      }

  /* Text may shift by a pixel with another font build: allow 3% of the picture. */
  g_assert_cmpfloat ((double)differ / (w * h), <, 0.03);
  cairo_surface_destroy (actual);
  cairo_surface_destroy (golden);
}

static void
test_golden (void)
{
  g_autoptr(MlSnapshot) persona = render_test_persona ();
  MlRenderOptions options = ML_RENDER_OPTIONS_INIT;
  g_autoptr(MlScene) process = ml_process_view_layout (persona, &options);
  g_autoptr(MlScene) segments = ml_segments_view_layout (persona, NULL, &options);

  compare_golden (process, "process-light.png");
  compare_golden (segments, "segments-persona-light.png");
}

/* The lesson-1 picture follows the program's life: no process before the run, a process with
 * its segments while it runs, and memory given back after it. */
static void
test_process_stages (void)
{
  g_autoptr(MlSnapshot) persona = render_test_persona ();
  MlRenderOptions options = ML_RENDER_OPTIONS_INIT;
  g_autoptr(MlScene) running = ml_process_view_layout (persona, &options);
  g_autoptr(MlScene) before = NULL;
  g_autoptr(MlScene) after = NULL;

  options.process = ML_PROCESS_ON_DISK;
  before = ml_process_view_layout (persona, &options);
  options.process = ML_PROCESS_ENDED;
  after = ml_process_view_layout (persona, &options);

  g_assert_cmpuint (ml_scene_count_boxes (running, "segment"), ==, 4);
  g_assert_cmpuint (ml_scene_count_boxes (before, "segment"), ==, 0);
  g_assert_cmpuint (ml_scene_count_boxes (after, "segment"), ==, 0);
  g_assert_nonnull (ml_scene_find_text_by_string (before, "No process yet"));
  g_assert_nonnull (ml_scene_find_text_by_string (after, "The process has ended"));
  g_assert_null (ml_scene_find_text_by_string (after, "run: copied into memory"));
}

/* A program that does not compile is drawn as its lines in error, Go's message under each. */
static void
test_compile_error_view (void)
{
  static const char source[] = "var num int = 5\n\nx := 1\np4.apellido = Martinez\n";
  static const guint lines[] = { 4 };
  static const char * const messages[] = { "undefined: Martinez" };
  g_autoptr(MlScene) scene = ml_compile_error_view_layout (ML_VIEW_MEMORY_MAP, source, lines, messages, 1, NULL);

  g_assert_nonnull (ml_scene_find_text_by_string (scene, "p4.apellido = Martinez"));
  g_assert_nonnull (ml_scene_find_text_by_string (scene, "▲ 4: undefined: Martinez"));
  g_assert_nonnull (ml_scene_find_text_by_string (scene, "x := 1"));
  g_assert_null (ml_scene_find_text_by_string (scene, "var num int = 5"));
  g_assert_cmpuint (ml_scene_count_boxes (scene, "error-band"), ==, 1);
}

/* Every view exports to every format, through the one front door. */
static void
test_export_views (void)
{
  g_autoptr(MlSnapshot) snap = render_test_mid_gc ();
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("memlab-render-XXXXXX", &error);
  static const char * const formats[] = { "png", "svg", "pdf" };

  g_assert_no_error (error);

  for (guint v = 0; v < ML_N_VIEWS; v++)
    for (guint f = 0; f < G_N_ELEMENTS (formats); f++)
      {
        MlRenderOptions options = ML_RENDER_OPTIONS_INIT;
        g_autofree char *name = g_strdup_printf ("%s.%s", ml_view_kind_to_string (v), formats[f]);
        g_autofree char *path = g_build_filename (dir, name, NULL);
        g_autoptr(GFile) file = g_file_new_for_path (path);
        g_autofree char *contents = NULL;
        gsize length = 0;

        options.scale = 2;
        g_assert_true (ml_render_export_view (snap, v, &options, file, &error));
        g_assert_no_error (error);
        g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
        g_assert_cmpuint (length, >, 200);
        if (f == 0)
          {
            cairo_surface_t *png = cairo_image_surface_create_from_png (path);

            g_assert_cmpint (cairo_surface_status (png), ==, CAIRO_STATUS_SUCCESS);
            g_assert_cmpint (cairo_image_surface_get_width (png), >=, 400);
            cairo_surface_destroy (png);
          }
        else if (f == 1)
          {
            guint objects, arrows;

            g_assert_true (g_str_has_prefix (contents, "<?xml"));
            parse_svg_counts (contents, &objects, &arrows);
          }
        else
          g_assert_true (g_str_has_prefix (contents, "%PDF"));
        g_unlink (path);
      }

  /* Error paths: an unknown extension, a folder that does not exist; nothing left behind. */
  {
    g_autofree char *bad = g_build_filename (dir, "picture.gif", NULL);
    g_autoptr(GFile) file = g_file_new_for_path (bad);

    g_assert_false (ml_render_export_view (snap, ML_VIEW_HEAP_GRAPH, NULL, file, &error));
    g_assert_error (error, ML_EXPORT_ERROR, ML_EXPORT_ERROR_UNKNOWN_FORMAT);
    g_clear_error (&error);
  }
  for (guint f = 0; f < G_N_ELEMENTS (formats); f++)
    {
      g_autofree char *name = g_strdup_printf ("nowhere/picture.%s", formats[f]);
      g_autofree char *bad = g_build_filename (dir, name, NULL);
      g_autoptr(GFile) file = g_file_new_for_path (bad);

      g_assert_false (ml_render_export_view (snap, ML_VIEW_MEMORY_MAP, NULL, file, &error));
      g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
      g_assert_nonnull (strstr (error->message, "picture"));
      g_clear_error (&error);
    }
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

/* An in-between frame of a step is itself a picture: it draws and exports. */
static void
test_transition_frame (void)
{
  g_autoptr(MlRuntime) rt = render_test_gc_runtime (NULL);
  MlRenderOptions options = ML_RENDER_OPTIONS_INIT;
  g_autoptr(MlSnapshot) before = NULL;
  g_autoptr(MlSnapshot) after = NULL;
  g_autoptr(MlScene) a = NULL;
  g_autoptr(MlScene) b = NULL;
  g_autoptr(MlScene) mid = NULL;
  cairo_surface_t *surface;
  cairo_t *cr;

  before = ml_runtime_snapshot (rt, ML_SNAPSHOT_ALL);
  a = ml_heap_graph_view_layout (before, NULL, &options);
  ml_runtime_gc_collect (rt);
  ml_runtime_end_step (rt);
  after = ml_runtime_snapshot (rt, ML_SNAPSHOT_ALL);
  b = ml_heap_graph_view_layout (after, a, &options);

  mid = ml_scene_interpolate (a, b, 0.5);
  g_assert_cmpuint (mid->boxes->len, >=, b->boxes->len);
  render_test_save (mid, "heap-graph-transition-light.png");

  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 100, 100);
  cr = cairo_create (surface);
  ml_view_draw (b, a, 0.3, &options, cr);
  options.reduced_motion = TRUE;
  ml_view_draw (b, a, 0.3, &options, cr);
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

static void
test_heap_graph_mid_gc (void)
{
  g_autoptr(MlSnapshot) snap = render_test_mid_gc ();

  export_both_themes (ML_VIEW_HEAP_GRAPH, snap, "heap-graph-mid-gc", FALSE);
  export_both_themes (ML_VIEW_MEMORY_MAP, snap, "memory-map-mid-gc", FALSE);
}

static void
test_segments (void)
{
  g_autoptr(MlSnapshot) persona = render_test_persona ();
  g_autoptr(MlSnapshot) gc = render_test_mid_gc ();

  export_both_themes (ML_VIEW_SEGMENTS, persona, "segments-persona", FALSE);
  export_both_themes (ML_VIEW_SEGMENTS, gc, "segments-mid-gc", FALSE);
  export_both_themes (ML_VIEW_PROCESS, persona, "process", FALSE);
}

/* data = append(data, 5) past capacity: the new array, the copy and the old array left
 * without a pointer, in both views that show objects. */
static void
test_append_copy (void)
{
  g_autoptr(MlRuntime) rt = ml_runtime_new ();
  MlRtypeRegistry *reg = ml_runtime_get_types (rt);
  const MlRtype *t_int = ml_rtype_registry_basic (reg, ML_KIND_INT);
  guint64 slot = ml_runtime_add_global (rt, "main.data", ml_rtype_registry_slice_of (reg, t_int), FALSE);
  guint64 old_array = ml_runtime_make_slice (rt, t_int, 4);
  guint64 new_array, new_cap = 0;
  g_autoptr(MlSnapshot) snap = NULL;
  MlRenderOptions options = ML_RENDER_OPTIONS_INIT;

  ml_runtime_write_pointer (rt, slot, old_array);
  ml_runtime_write_word (rt, slot + 8, 4);
  ml_runtime_write_word (rt, slot + 16, 4);
  for (guint i = 0; i < 4; i++)
    ml_runtime_write_word (rt, old_array + i * 8, i + 1);
  ml_runtime_end_step (rt);

  new_array = ml_runtime_growslice (rt, old_array, 4, 4, 5, t_int, &new_cap);
  ml_runtime_write_pointer (rt, slot, new_array);
  ml_runtime_write_word (rt, slot + 8, 5);
  ml_runtime_write_word (rt, slot + 16, new_cap);
  ml_runtime_end_step (rt);
  snap = ml_runtime_snapshot (rt, ML_SNAPSHOT_ALL);

  for (guint t = 0; t < 2; t++)
    {
      g_autoptr(MlScene) graph = NULL;
      g_autoptr(MlScene) map = NULL;

      options.theme = t == 0 ? ML_THEME_LIGHT : ML_THEME_DARK;
      graph = ml_heap_graph_view_layout (snap, NULL, &options);
      map = ml_memory_map_view_layout (snap, NULL, &options);
      g_assert_cmpuint (ml_scene_count_arrows (graph, "copy"), ==, 1);
      g_assert_cmpuint (ml_scene_count_arrows (map, "copy"), ==, 1);
      g_assert_nonnull (ml_scene_find_text_by_string (map, "append copied 32 B"));
      render_test_assert_arrows_attached (map, 1);
      render_test_save (graph, t == 0 ? "heap-graph-append-light.png" : "heap-graph-append-dark.png");
      render_test_save (map, t == 0 ? "memory-map-append-light.png" : "memory-map-append-dark.png");
    }
}

static void
test_hit_spans_and_cycles (void)
{
  g_autoptr(MlSnapshot) snap = render_test_big_heap_after_gc (3000, FALSE);
  MlRenderOptions options = ML_RENDER_OPTIONS_INIT;
  g_autoptr(MlScene) spans = ml_spans_view_layout (snap, NULL, &options);
  g_autoptr(MlScene) map = ml_memory_map_view_layout (snap, NULL, &options);
  guint checked = 0;
  MlHit hit;

  /* The middle of every span's tile is that span. */
  for (guint i = 0; i < spans->boxes->len; i++)
    {
      const MlSceneBox *b = ml_scene_get_box (spans, i);

      if (b->hit_kind != ML_HIT_SPAN)
        continue;
      g_assert_true (ml_scene_hit_test (spans, b->rect.x + b->rect.width / 2, b->rect.y + b->rect.height / 2, &hit));
      g_assert_cmpint (hit.kind, ==, ML_HIT_SPAN);
      g_assert_cmpuint (hit.address, ==, snap->spans[hit.index].start);
      checked++;
    }
  g_assert_cmpuint (checked, ==, snap->n_spans);

  /* A big heap: the memory map keeps to what reads, and says so. */
  g_assert_cmpuint (ml_scene_count_boxes (map, "object"), <=, 60);
  {
    gboolean said = FALSE;

    for (guint i = 0; i < map->texts->len; i++)
      said |= g_strcmp0 (g_array_index (map->texts, MlSceneText, i).klass, "more-objects") == 0;
    g_assert_true (said);
  }
  assert_value_boxes_apart (map);

  /* Timeline: a GC cycle band answers with its cycle number. */
  {
    g_autoptr(MlTimelineSeries) series = ml_timeline_series_new (NULL);
    g_autoptr(MlScene) timeline = NULL;
    gboolean found = FALSE;

    for (guint64 step = 0; step < 40; step++)
      {
        MlTimelineSample sample = { .step = step, .heap_live = 1000 * step, .heap_goal = 50000,
                                    .phase = step >= 10 && step < 20 ? ML_GC_MARK : ML_GC_OFF,
                                    .cycle = step >= 10 ? 1 : 0, .world_stopped = step == 10 };

        ml_timeline_series_append_sample (series, &sample);
      }
    timeline = ml_timeline_view_layout (series, NULL, NULL, &options);
    for (guint i = 0; i < timeline->boxes->len && !found; i++)
      {
        const MlSceneBox *b = ml_scene_get_box (timeline, i);

        if (b->hit_kind == ML_HIT_CYCLE)
          {
            g_assert_true (ml_scene_hit_test (timeline, b->rect.x + b->rect.width / 2, b->rect.y + 5, &hit));
            g_assert_cmpint (hit.kind, ==, ML_HIT_CYCLE);
            g_assert_cmpuint (hit.index, ==, 1);
            found = TRUE;
          }
      }
    g_assert_true (found);
  }
}

static void
test_spans (void)
{
  g_autoptr(MlSnapshot) gc = render_test_mid_gc ();
  g_autoptr(MlSnapshot) swept = render_test_big_heap_after_gc (20000, FALSE);
  g_autoptr(MlSnapshot) marking = render_test_big_heap_after_gc (20000, TRUE);

  export_both_themes (ML_VIEW_SPANS, gc, "spans-mid-gc", FALSE);
  export_both_themes (ML_VIEW_SPANS, swept, "spans-20000-swept", FALSE);
  export_both_themes (ML_VIEW_SPANS, marking, "spans-20000-marking", FALSE);
  export_both_themes (ML_VIEW_HEAP_GRAPH, marking, "heap-graph-20000", FALSE);

  {
    g_autoptr(MlSnapshot) medium = render_test_big_heap_after_gc (150, TRUE);
    g_autoptr(MlSnapshot) large = render_test_big_heap_after_gc (1500, TRUE);

    export_both_themes (ML_VIEW_HEAP_GRAPH, medium, "heap-graph-150", FALSE);
    export_both_themes (ML_VIEW_HEAP_GRAPH, large, "heap-graph-1500", FALSE);
  }
}

/* With the world stopped, the red badge sits beside the title, never over it. */
static void
test_heap_graph_stw_badge (void)
{
  guint64 garbage = 0;
  g_autoptr(MlRuntime) rt = render_test_gc_runtime (&garbage);
  g_autoptr(MlSnapshot) snap = NULL;
  g_autoptr(MlScene) scene = NULL;
  const MlSceneBox *badge = NULL;

  ml_runtime_gc_start (rt);
  ml_runtime_end_step (rt);
  g_assert_true (ml_runtime_world_stopped (rt));
  snap = ml_runtime_snapshot (rt, ML_SNAPSHOT_ALL);
  scene = ml_heap_graph_view_layout (snap, NULL, NULL);
  for (guint i = 0; i < scene->boxes->len; i++)
    if (g_strcmp0 (g_array_index (scene->boxes, MlSceneBox, i).klass, "stw") == 0)
      badge = &g_array_index (scene->boxes, MlSceneBox, i);
  g_assert_nonnull (badge);
  for (guint i = 0; i < scene->texts->len; i++)
    {
      const MlSceneText *t = &g_array_index (scene->texts, MlSceneText, i);

      if (g_strcmp0 (t->klass, "title") == 0 || g_strcmp0 (t->klass, "subtitle") == 0)
        g_assert_cmpfloat (t->x + t->width, <=, badge->rect.x);
    }
}

/* No two texts of a picture cover each other. */
static void
assert_texts_apart (MlScene *scene)
{
  for (guint i = 0; i < scene->texts->len; i++)
    {
      const MlSceneText *a = &g_array_index (scene->texts, MlSceneText, i);
      MlRect ra = { a->x + 1, a->y + 1, a->width - 2, a->height - 2 };

      for (guint j = i + 1; j < scene->texts->len; j++)
        {
          const MlSceneText *b = &g_array_index (scene->texts, MlSceneText, j);
          MlRect rb = { b->x + 1, b->y + 1, b->width - 2, b->height - 2 };

          if (*a->text != '\0' && *b->text != '\0' && ml_rect_intersects (&ra, &rb))
            g_error ("texts “%s” and “%s” overlap", a->text, b->text);
        }
    }
}

static gboolean
box_holds_center (const MlSceneBox *box,
                  const MlSceneBox *inner)
{
  return ml_rect_contains (&box->rect, inner->rect.x + inner->rect.width / 2, inner->rect.y + inner->rect.height / 2);
}

/* No arrow runs over a text that is not in one of the two boxes it joins (the run from the
 * pointer's dot to the side of its box is under the box, over its own cells), nor through a
 * region (data, a goroutine's stack, the heap, rodata) that holds neither of its ends. */
static void
assert_arrows_avoid_texts_and_regions (MlScene *scene)
{
  for (guint i = 0; i < scene->arrows->len; i++)
    {
      const MlSceneArrow *arrow = &g_array_index (scene->arrows, MlSceneArrow, i);
      const MlPoint *p = ml_scene_get_arrow_points (scene, arrow);
      const MlSceneBox *from, *to;

      if (arrow->from_box < 0 || arrow->to_box < 0)
        continue;
      from = ml_scene_get_box (scene, (guint)arrow->from_box);
      to = ml_scene_get_box (scene, (guint)arrow->to_box);

      for (guint k = 0; k + 1 < arrow->n_points; k++)
        {
          MlRect seg = { MIN (p[k].x, p[k + 1].x) - 0.8, MIN (p[k].y, p[k + 1].y) - 0.8,
                         fabs (p[k].x - p[k + 1].x) + 1.6, fabs (p[k].y - p[k + 1].y) + 1.6 };

          for (guint t = 0; t < scene->texts->len; t++)
            {
              const MlSceneText *text = &g_array_index (scene->texts, MlSceneText, t);
              MlRect tr = { text->x + 1, text->y + 1, text->width - 2, text->height - 2 };

              if (ml_rect_contains (&from->rect, text->x + 1, text->y + 1) ||
                  ml_rect_contains (&to->rect, text->x + 1, text->y + 1))
                continue;
              if (ml_rect_intersects (&seg, &tr))
                g_error ("arrow %u (%s) crosses the text “%s”", i, arrow->klass, text->text);
            }

          /* The first and last runs are inside their ends' regions by construction. */
          if (k == 0 || k + 2 >= arrow->n_points)
            continue;
          for (guint b = 0; b < scene->boxes->len; b++)
            {
              const MlSceneBox *region = ml_scene_get_box (scene, b);

              if (g_strcmp0 (region->klass, "region") != 0 || box_holds_center (region, from) ||
                  box_holds_center (region, to))
                continue;
              if (ml_rect_intersects (&seg, &region->rect))
                g_error ("arrow %u (%s) crosses a region it does not belong to, at (%g,%g)", i, arrow->klass,
                         p[k].x, p[k].y);
            }
        }
    }
}

/* Variables point at literals on the stack and copies of their structs on the heap point at
 * the same literals, most of the copies garbage: no arrow to rodata crosses the heap or its
 * "unreachable: garbage" label, and none from data to the heap crosses rodata. */
static void
test_memory_map_arrows_avoid_labels (void)
{
  for (guint keep_one = 0; keep_one < 2; keep_one++)
    for (guint a = 0; a < 2; a++)
      {
        g_autoptr(MlSnapshot) snap = render_test_persona_with_copies (3, keep_one);
        MlRenderOptions options = ML_RENDER_OPTIONS_INIT;
        g_autoptr(MlScene) scene = NULL;
        const MlSceneText *garbage;

        options.show_addresses = a == 1;
        scene = ml_memory_map_view_layout (snap, NULL, &options);
        g_assert_cmpuint (ml_scene_count_boxes (scene, "object"), ==, 3);
        g_assert_cmpuint (ml_scene_count_boxes (scene, "string"), ==, 10);
        garbage = ml_scene_find_text_by_string (scene, "unreachable: garbage");
        g_assert_nonnull (garbage);
        /* Pointers to rodata from the stack (5 + 1 + 1 + 5 + 3) and from each copy of p3. */
        g_assert_cmpuint (ml_scene_count_arrows (scene, "string-pointer"), ==, 15 + 3 * 5);
        g_assert_cmpuint (ml_scene_count_arrows (scene, "pointer"), ==, keep_one ? 1 : 0);

        assert_arrows_avoid_texts_and_regions (scene);
        assert_arrows_avoid_boxes (scene);
        assert_value_boxes_apart (scene);
        assert_texts_apart (scene);
        assert_region_headings_inside (scene);
        render_test_assert_arrows_attached (scene, 1);
        if (a == 0)
          export_both_themes (ML_VIEW_MEMORY_MAP, snap, keep_one ? "memory-map-persona-heap-kept" : "memory-map-persona-heap",
                              FALSE);
      }
}

/* make([]int, 5) gets a 48-byte slot: the picture says [5]int, from the slice header, never
 * [6]int from the slot; an array no header points at says what it knows, its slot. */
static void
test_memory_map_backing_array (void)
{
  g_autoptr(MlRuntime) rt = ml_runtime_new ();
  MlRtypeRegistry *reg = ml_runtime_get_types (rt);
  const MlRtype *t_int = ml_rtype_registry_basic (reg, ML_KIND_INT);
  guint64 slot = ml_runtime_add_global (rt, "main.s", ml_rtype_registry_slice_of (reg, t_int), FALSE);
  guint64 array = ml_runtime_make_slice (rt, t_int, 5);
  g_autoptr(MlSnapshot) snap = NULL;
  MlRenderOptions options = ML_RENDER_OPTIONS_INIT;
  g_autoptr(MlScene) map = NULL;
  g_autoptr(MlScene) graph = NULL;

  ml_runtime_write_pointer (rt, slot, array);
  ml_runtime_write_word (rt, slot + 8, 5);
  ml_runtime_write_word (rt, slot + 16, 5);
  /* Another make([]int, 5) that nothing points at any more. */
  ml_runtime_make_slice (rt, t_int, 5);
  ml_runtime_end_step (rt);
  snap = ml_runtime_snapshot (rt, ML_SNAPSHOT_ALL);
  g_assert_cmpint (ml_snapshot_find_object (snap, array), >=, 0);
  g_assert_cmpuint (snap->objects[ml_snapshot_find_object (snap, array)].size, ==, 48);

  map = ml_memory_map_view_layout (snap, NULL, &options);
  g_assert_null (ml_scene_find_text_by_string (map, "[6]int array"));
  g_assert_nonnull (ml_scene_find_text_by_string (map, "[5]int array"));
  g_assert_nonnull (ml_scene_find_text_by_string (map, "40 B in a 48 B slot"));
  g_assert_nonnull (ml_scene_find_text_by_string (map, "[]int backing array"));
  g_assert_nonnull (ml_scene_find_text_by_string (map, "48 B slot"));
  assert_texts_apart (map);

  graph = ml_heap_graph_view_layout (snap, NULL, &options);
  g_assert_null (ml_scene_find_text_by_string (graph, "[6]int array"));
  g_assert_nonnull (ml_scene_find_text_by_string (graph, "[5]int array"));

  /* A length of a million fits its cells. */
  ml_runtime_write_word (rt, slot + 8, 1000000);
  ml_runtime_write_word (rt, slot + 16, 1000000);
  ml_runtime_end_step (rt);
  {
    g_autoptr(MlSnapshot) big = ml_runtime_snapshot (rt, ML_SNAPSHOT_ALL);
    g_autoptr(MlScene) scene = ml_memory_map_view_layout (big, NULL, &options);

    assert_texts_apart (scene);
    for (guint i = 0; i < scene->texts->len; i++)
      {
        const MlSceneText *t = &g_array_index (scene->texts, MlSceneText, i);

        if (!g_str_has_prefix (t->text, "len ") && !g_str_has_prefix (t->text, "cap "))
          continue;
        for (guint b = 0; b < scene->boxes->len; b++)
          {
            const MlSceneBox *cell = ml_scene_get_box (scene, b);

            if (g_strcmp0 (cell->klass, "cell") == 0 && ml_rect_contains (&cell->rect, t->x + t->width / 2, t->y + t->height / 2))
              {
                g_assert_cmpfloat (t->x, >=, cell->rect.x);
                g_assert_cmpfloat (t->x + t->width, <=, cell->rect.x + cell->rect.width);
              }
          }
      }
  }
}

/* A frame with more variables than are drawn when zero says how many it leaves out, in the
 * singular for one. */
static void
test_memory_map_hidden_plural (void)
{
  for (guint zero = 1; zero <= 2; zero++)
    {
      g_autoptr(MlRuntime) rt = ml_runtime_new ();
      const MlRtype *t_int = ml_rtype_registry_basic (ml_runtime_get_types (rt), ML_KIND_INT);
      g_autoptr(MlFrameLayout) layout = ml_frame_layout_new ("main.main");
      g_autoptr(MlSnapshot) snap = NULL;
      g_autoptr(MlScene) scene = NULL;
      g_autofree char *expected = NULL;
      /* More than the 12 a frame draws however zero they are. */
      guint64 offsets[14];
      guint64 base;

      ml_runtime_add_function (rt, "main.main", 100);
      for (guint i = 0; i < G_N_ELEMENTS (offsets); i++)
        {
          g_autofree char *name = g_strdup_printf ("v%u", i);

          offsets[i] = ml_frame_layout_add_slot (layout, name, t_int, ML_SLOT_LOCAL);
        }
      ml_runtime_push_frame (rt, 1, ml_runtime_register_frame_layout (rt, layout));
      base = ml_runtime_get_frame_base (rt, 1, 0);
      for (guint i = zero; i < G_N_ELEMENTS (offsets); i++)
        ml_runtime_write_word (rt, base + offsets[i], i);
      ml_runtime_end_step (rt);
      snap = ml_runtime_snapshot (rt, ML_SNAPSHOT_ALL);

      scene = ml_memory_map_view_layout (snap, NULL, NULL);
      g_assert_cmpuint (ml_scene_count_boxes (scene, "slot"), ==, G_N_ELEMENTS (offsets) - zero);
      expected = g_strdup_printf (zero == 1 ? "not drawn, all zero (nil): %u more variable"
                                            : "not drawn, all zero (nil): %u more variables", zero);
      g_assert_nonnull (ml_scene_find_text_by_string (scene, expected));
    }
}

/* The text of every band of the segments view stays inside the band, whatever rodata holds:
 * many literals, a long one, one with a newline.  The runtime's type names, which the
 * loader puts in rodata first, are counted apart from the literals and not listed as
 * such; the compiler's static temporaries are not listed as variables. */
static void
test_segments_fit (void)
{
  g_autoptr(MlRuntime) rt = ml_runtime_new ();
  MlRtypeRegistry *reg = ml_runtime_get_types (rt);
  const MlRtype *t_string = ml_rtype_registry_basic (reg, ML_KIND_STRING);
  static const char * const type_names[] = { "int", "string", "interface {}", "uintptr", "bool", "main.Persona",
                                             "[2]interface {}", "*main.Nodo", "map[string][]int" };
  guint64 global, stmp;
  g_autoptr(MlSnapshot) snap = NULL;

  ml_runtime_add_function (rt, "main.main", 100);
  for (guint i = 0; i < G_N_ELEMENTS (type_names); i++)
    ml_runtime_intern_string (rt, type_names[i], -1);
  for (guint i = 0; i < 40; i++)
    {
      g_autofree char *text = g_strdup_printf ("literal number %u", i);

      ml_runtime_intern_string (rt, text, -1);
    }
  ml_runtime_intern_string (rt, "%+v\n", -1);
  ml_runtime_intern_string (rt, "a literal far too long for one line of the band, which the picture has to "
                                "cut short rather than let it run out of its box", -1);
  /* A literal that reads as a type: it counts as a literal while a header points at it. */
  global = ml_runtime_add_global (rt, "main.saludo", t_string, TRUE);
  ml_runtime_write_pointer (rt, global, ml_runtime_intern_string (rt, "int", -1));
  ml_runtime_write_word (rt, global + 8, 3);
  stmp = ml_runtime_add_global (rt, "main..stmp_7", t_string, TRUE);
  ml_runtime_write_pointer (rt, stmp, ml_runtime_intern_string (rt, "literal number 3", -1));
  ml_runtime_write_word (rt, stmp + 8, 16);
  ml_runtime_end_step (rt);
  snap = ml_runtime_snapshot (rt, ML_SNAPSHOT_ALL);

  for (guint t = 0; t < 2; t++)
    {
      MlRenderOptions options = ML_RENDER_OPTIONS_INIT;
      g_autoptr(MlScene) scene = NULL;
      guint contents = 0;

      options.theme = t == 0 ? ML_THEME_LIGHT : ML_THEME_DARK;
      scene = ml_segments_view_layout (snap, NULL, &options);

      for (guint i = 0; i < scene->texts->len; i++)
        {
          const MlSceneText *text = &g_array_index (scene->texts, MlSceneText, i);
          const MlSceneBox *band = NULL;

          if (!g_str_has_prefix (text->klass, "segment-"))
            continue;
          contents++;
          for (guint b = 0; b < scene->boxes->len; b++)
            {
              const MlSceneBox *box = ml_scene_get_box (scene, b);

              if (g_strcmp0 (box->klass, "segment") == 0 && ml_rect_contains (&box->rect, text->x, text->y))
                band = box;
            }
          if (band == NULL || text->x + text->width > band->rect.x + band->rect.width - 4 ||
              text->y + text->height > band->rect.y + band->rect.height)
            g_error ("“%s” runs out of its band", text->text);
          g_assert_null (strchr (text->text, '\n'));
          /* The usage bars stay clear of the words. */
          for (guint b = 0; b < scene->boxes->len; b++)
            {
              const MlSceneBox *bar = ml_scene_get_box (scene, b);
              MlRect tr = { text->x, text->y, text->width, text->height };

              if (g_strcmp0 (bar->klass, "usage") == 0 && ml_rect_intersects (&bar->rect, &tr))
                g_error ("“%s” is under a usage bar", text->text);
            }
        }
      g_assert_cmpuint (contents, >, 10);
      assert_texts_apart (scene);

      /* 40 numbered literals, the format, the long one and "int" through saludo. */
      g_assert_nonnull (ml_scene_find_text_by_string (scene, "string literals: 43 (798 B)"));
      g_assert_nonnull (ml_scene_find_text_by_string (scene, "runtime type descriptors: 8 (82 B)"));
      g_assert_nonnull (ml_scene_find_text_by_string (scene, "var saludo string = \"int\""));
      g_assert_null (ml_scene_find_text_by_string (scene, "var .stmp_7 string = \"literal number 3\""));
      for (guint i = 0; i < scene->texts->len; i++)
        {
          const char *text = g_array_index (scene->texts, MlSceneText, i).text;

          g_assert_null (strstr (text, "\"bool\""));
          g_assert_null (strstr (text, "\"[2]interface {}\""));
          if (g_str_has_prefix (text, "… and ") && g_str_has_suffix (text, " more"))
            contents = 0;
        }
      g_assert_cmpuint (contents, ==, 0);
      render_test_save (scene, t == 0 ? "segments-literals-light.png" : "segments-literals-dark.png");
    }
}

/* A value boxed on its own in the heap (what converting a string to an interface allocates)
 * is drawn as the variable it copies: a string's pointer and length, not anonymous words. */
static void
test_memory_map_boxed_string (void)
{
  g_autoptr(MlRuntime) rt = ml_runtime_new ();
  MlRtypeRegistry *reg = ml_runtime_get_types (rt);
  const MlRtype *t_string = ml_rtype_registry_basic (reg, ML_KIND_STRING);
  g_autoptr(MlFrameLayout) layout = ml_frame_layout_new ("main.main");
  g_autoptr(MlSnapshot) snap = NULL;
  MlRenderOptions options = ML_RENDER_OPTIONS_INIT;
  g_autoptr(MlScene) scene = NULL;
  guint64 box;

  ml_runtime_add_function (rt, "main.main", 100);
  ml_runtime_push_frame (rt, 1, ml_runtime_register_frame_layout (rt, layout));
  box = ml_runtime_new_object (rt, t_string);
  ml_runtime_write_pointer (rt, box, ml_runtime_intern_string (rt, "bicicleta", -1));
  ml_runtime_write_word (rt, box + 8, 9);
  ml_runtime_end_step (rt);
  snap = ml_runtime_snapshot (rt, ML_SNAPSHOT_ALL);

  scene = ml_memory_map_view_layout (snap, NULL, &options);
  g_assert_nonnull (ml_scene_find_text_by_string (scene, "len 9"));
  g_assert_null (ml_scene_find_text_by_string (scene, "+0"));
}

int
main (int   argc,
      char *argv[])
{
  int ret;

  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/render/memory-map/persona", test_memory_map_persona);
  g_test_add_func ("/render/memory-map/small", test_memory_map_small);
  g_test_add_func ("/render/memory-map/temporaries", test_memory_map_temporaries);
  g_test_add_func ("/render/memory-map/arrows-avoid-labels", test_memory_map_arrows_avoid_labels);
  g_test_add_func ("/render/memory-map/backing-array", test_memory_map_backing_array);
  g_test_add_func ("/render/memory-map/hidden-plural", test_memory_map_hidden_plural);
  g_test_add_func ("/render/memory-map/boxed-string", test_memory_map_boxed_string);
  g_test_add_func ("/render/heap-graph/mid-gc", test_heap_graph_mid_gc);
  g_test_add_func ("/render/heap-graph/stable", test_heap_graph_stable);
  g_test_add_func ("/render/heap-graph/long-list", test_heap_graph_long_list);
  g_test_add_func ("/render/heap-graph/stw-badge", test_heap_graph_stw_badge);
  g_test_add_func ("/render/heap-graph/svg", test_heap_graph_svg);
  g_test_add_func ("/render/heap-graph/write-barrier", test_heap_graph_write_barrier);
  g_test_add_func ("/render/heap-graph/pixels", test_heap_graph_pixels);
  g_test_add_func ("/render/heap-graph/transition", test_transition_frame);
  g_test_add_func ("/render/golden", test_golden);
  g_test_add_func ("/render/export", test_export_views);
  g_test_add_func ("/render/segments", test_segments);
  g_test_add_func ("/render/segments/fit", test_segments_fit);
  g_test_add_func ("/render/spans", test_spans);
  g_test_add_func ("/render/hit-test", test_hit_spans_and_cycles);
  g_test_add_func ("/render/append-copy", test_append_copy);
  g_test_add_func ("/render/maps", test_maps);
  g_test_add_func ("/render/process-stages", test_process_stages);
  g_test_add_func ("/render/compile-error", test_compile_error_view);
  ret = g_test_run ();
  render_test_cleanup ();

  return ret;
}
