/* test-clase.c
 *
 * Copyright 2026 The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The course's level of detail ("clase") and the pictures made for slides: what a picture
 * leaves out at that level and what the runtime's level still shows (the compiler's static
 * temporaries), and exports framed to a slide's proportions.
 */

#include "config.h"

#include <glib/gstdio.h>
#include <math.h>
#include <string.h>

#include "ml-render.h"
#include "ml-scene-legibility.h"
#include "ml-runtime.h"
#include "render-test-util.h"

/* Whether some text of @scene contains @needle. */
/* var pedidos *int, pointing at a heap int, and two of fmt's static temporaries: strings
 * in data that point at read-only literals, as Go makes for fmt.Println("total:", n). */
static MlSnapshot *
snapshot_with_static_temporaries (void)
{
  g_autoptr(MlRuntime) rt = ml_runtime_new ();
  MlRtypeRegistry *reg = ml_runtime_get_types (rt);
  const MlRtype *t_int = ml_rtype_registry_basic (reg, ML_KIND_INT);
  const MlRtype *t_string = ml_rtype_registry_basic (reg, ML_KIND_STRING);
  guint64 global, object;

  ml_runtime_add_function (rt, "main.main", 100);
  global = ml_runtime_add_global (rt, "main.pedidos", ml_rtype_registry_pointer_to (reg, t_int), FALSE);
  object = ml_runtime_new_object (rt, t_int);
  ml_runtime_write_pointer (rt, global, object);
  for (guint i = 0; i < 2; i++)
    {
      g_autofree char *name = g_strdup_printf ("main..stmp_%u", 1100030 + i * 14);
      guint64 stmp = ml_runtime_add_global (rt, name, t_string, TRUE);

      ml_runtime_write_pointer (rt, stmp, ml_runtime_intern_string (rt, "pedidos guardados:", -1));
      ml_runtime_write_word (rt, stmp + 8, 18);
    }
  ml_runtime_end_step (rt);

  return ml_runtime_snapshot (rt, ML_SNAPSHOT_ALL);
}

/* Lesson 8's heap graph listed ".stmp_1100030 string" among its roots.  At the course's
 * level the compiler's constants are no roots; at the runtime's they are, in plain words. */
static void
test_static_temporaries (void)
{
  g_autoptr(MlSnapshot) snap = snapshot_with_static_temporaries ();

  for (guint d = 0; d < 2; d++)
    {
      MlRenderOptions options = ML_RENDER_OPTIONS_INIT;
      g_autoptr(MlScene) graph = NULL;
      g_autoptr(MlScene) map = NULL;

      options.detail = d == 0 ? ML_DETAIL_PROGRAM : ML_DETAIL_RUNTIME;
      graph = ml_heap_graph_view_layout (snap, NULL, &options);
      map = ml_memory_map_view_layout (snap, NULL, &options);

      g_assert_true (render_test_scene_has_text (graph, "pedidos", FALSE));
      g_assert_false (render_test_scene_has_text (graph, "stmp", FALSE));
      g_assert_false (render_test_scene_has_text (map, "stmp", FALSE));
      if (d == 0)
        g_assert_false (render_test_scene_has_text (graph, "(constant)", FALSE));
      else
        g_assert_true (render_test_scene_has_text (graph, "(constant)", FALSE));
    }
}

/* A picture framed for a slide: 16:9 whatever the view's own proportions, every item moved
 * by the same offset into the middle, and the scene given back as it was after a framed
 * export, since it is the previous layout of the next step. */
static void
test_frame (void)
{
  g_autoptr(MlSnapshot) persona = render_test_persona ();
  double aspect = 0;

  g_assert_true (ml_frame_aspect_from_string ("16:9", &aspect));
  g_assert_cmpfloat_with_epsilon (aspect, 16.0 / 9.0, 1e-9);
  g_assert_true (ml_frame_aspect_from_string ("4:3", &aspect));
  g_assert_cmpfloat_with_epsilon (aspect, 4.0 / 3.0, 1e-9);
  g_assert_true (ml_frame_aspect_from_string ("none", &aspect));
  g_assert_cmpfloat (aspect, ==, 0);
  g_assert_false (ml_frame_aspect_from_string ("16x9", &aspect));
  g_assert_false (ml_frame_aspect_from_string ("0:9", &aspect));
  g_assert_false (ml_frame_aspect_from_string ("16:", &aspect));
  g_assert_false (ml_frame_aspect_from_string ("16:9:1", &aspect));

  for (MlViewKind view = ML_VIEW_SEGMENTS; view <= ML_VIEW_HEAP_GRAPH; view++)
    {
      MlRenderOptions options = ML_RENDER_OPTIONS_INIT;
      g_autoptr(MlScene) plain = ml_render_layout (view, persona, NULL, &options);
      g_autoptr(MlScene) framed = ml_render_layout (view, persona, NULL, &options);
      MlPoint offset;

      ml_scene_frame_to_aspect (framed, ML_FRAME_ASPECT_SLIDE, &offset);
      g_assert_cmpfloat (fabs (framed->width / framed->height - 16.0 / 9.0), <, 0.01);
      g_assert_cmpfloat (framed->width, >=, plain->width);
      g_assert_cmpfloat (framed->height, >=, plain->height);
      /* Only one of the two grows, and the picture is in the middle of it. */
      g_assert_true (framed->width == plain->width || framed->height == plain->height);
      g_assert_cmpfloat (fabs (offset.x - (framed->width - plain->width) / 2), <=, 1);
      g_assert_cmpfloat (fabs (offset.y - (framed->height - plain->height) / 2), <=, 1);
      g_assert_cmpuint (framed->texts->len, ==, plain->texts->len);
      for (guint i = 0; i < plain->texts->len; i++)
        {
          const MlSceneText *a = &g_array_index (plain->texts, MlSceneText, i);
          const MlSceneText *b = &g_array_index (framed->texts, MlSceneText, i);

          g_assert_cmpfloat (b->x, ==, a->x + offset.x);
          g_assert_cmpfloat (b->y, ==, a->y + offset.y);
        }
      for (guint i = 0; i < plain->points->len; i++)
        g_assert_cmpfloat (g_array_index (framed->points, MlPoint, i).y, ==,
                           g_array_index (plain->points, MlPoint, i).y + offset.y);
      for (guint i = 0; i < plain->boxes->len; i++)
        g_assert_cmpfloat (ml_scene_get_box (framed, i)->rect.x, ==, ml_scene_get_box (plain, i)->rect.x + offset.x);
    }

  /* A framed export writes a 16:9 picture and leaves the scene as it was. */
  {
    MlRenderOptions options = ML_RENDER_OPTIONS_INIT;
    g_autoptr(MlScene) scene = ml_render_layout (ML_VIEW_MEMORY_MAP, persona, NULL, &options);
    g_autofree char *dir = g_dir_make_tmp ("memlab-frame-XXXXXX", NULL);
    g_autofree char *path = g_build_filename (dir, "slide.png", NULL);
    g_autoptr(GFile) file = g_file_new_for_path (path);
    g_autoptr(GError) error = NULL;
    double width = scene->width, height = scene->height;
    double x0 = g_array_index (scene->texts, MlSceneText, 0).x;
    cairo_surface_t *png;

    g_assert_true (ml_render_export_scene_framed (scene, file, 1, ML_FRAME_ASPECT_SLIDE, NULL, &error));
    g_assert_no_error (error);
    g_assert_cmpfloat (scene->width, ==, width);
    g_assert_cmpfloat (scene->height, ==, height);
    g_assert_cmpfloat (g_array_index (scene->texts, MlSceneText, 0).x, ==, x0);
    png = cairo_image_surface_create_from_png (path);
    g_assert_cmpint (cairo_surface_status (png), ==, CAIRO_STATUS_SUCCESS);
    g_assert_cmpfloat (fabs ((double) cairo_image_surface_get_width (png) / cairo_image_surface_get_height (png) - 16.0 / 9.0),
                       <, 0.01);
    cairo_surface_destroy (png);
    g_unlink (path);
    g_rmdir (dir);
  }
}

/* The segments view says "high addresses at the top": read down its axis, the addresses
 * never grow.  The stacks, carved from the heap arena, are a band inside the heap's.  Lesson
 * 1 projects it: every text is at least 14 px and the picture is narrow enough for a
 * 1024x768 window, so the window's text floor never zooms it and cuts its notes off. */
static void
test_segments_axis (void)
{
  g_autoptr(MlSnapshot) persona = render_test_persona ();
  g_autoptr(MlSnapshot) mid_gc = render_test_mid_gc ();
  MlSnapshot *snaps[] = { persona, mid_gc };

  for (guint k = 0; k < G_N_ELEMENTS (snaps); k++)
    {
      MlRenderOptions options = ML_RENDER_OPTIONS_INIT;
      g_autoptr(MlScene) scene = ml_segments_view_layout (snaps[k], NULL, &options);
      g_autoptr(GArray) axis = g_array_new (FALSE, FALSE, sizeof (MlSceneText));
      const MlSceneBox *heap, *stack;
      guint64 last = G_MAXUINT64;

      for (guint i = 0; i < scene->texts->len; i++)
        {
          const MlSceneText *t = &g_array_index (scene->texts, MlSceneText, i);

          g_assert_cmpfloat (ml_text_style_get_size (t->style), >=, 14);
          if (g_strcmp0 (t->klass, "address") == 0)
            g_array_append_vals (axis, t, 1);
        }
      g_assert_cmpfloat (scene->width, <=, 940);
      g_assert_cmpuint (axis->len, >=, 10);
      /* Top to bottom (the texts were added band by band, but sort them to be sure). */
      for (guint i = 0; i < axis->len; i++)
        for (guint j = i + 1; j < axis->len; j++)
          if (g_array_index (axis, MlSceneText, j).y < g_array_index (axis, MlSceneText, i).y)
            {
              MlSceneText tmp = g_array_index (axis, MlSceneText, i);

              g_array_index (axis, MlSceneText, i) = g_array_index (axis, MlSceneText, j);
              g_array_index (axis, MlSceneText, j) = tmp;
            }
      for (guint i = 0; i < axis->len; i++)
        {
          const char *text = g_array_index (axis, MlSceneText, i).text;
          guint64 addr = g_ascii_strtoull (text, NULL, 16);

          g_assert_true (g_str_has_prefix (text, "0x"));
          if (addr > last)
            g_error ("the axis goes up from %#" G_GINT64_MODIFIER "x to %s", last, text);
          last = addr;
        }

      heap = ml_scene_find_box (scene, ml_scene_key ("segment", ML_SEGMENT_HEAP, 0));
      stack = ml_scene_find_box (scene, ml_scene_key ("segment", ML_SEGMENT_STACK, 0));
      g_assert_nonnull (heap);
      g_assert_nonnull (stack);
      g_assert_cmpfloat (stack->rect.x, >, heap->rect.x);
      g_assert_cmpfloat (stack->rect.y, >, heap->rect.y);
      g_assert_cmpfloat (stack->rect.x + stack->rect.width, <, heap->rect.x + heap->rect.width);
      g_assert_cmpfloat (stack->rect.y + stack->rect.height, <, heap->rect.y + heap->rect.height);
      g_assert_cmpint (ml_scene_count_arrows (scene, "growth"), ==, 0);
    }
}

/* Lesson 3's map is projected: no text smaller than its values (13 px), so the window's
 * 14 px floor zooms it by 14/13 at most, not by 1.4 for a 10 px "len 7", and with the
 * addresses shown too.  The header's cells still say len and cap. */
static void
test_memory_map_text_sizes (void)
{
  g_autoptr(MlSnapshot) persona = render_test_persona ();
  g_autoptr(MlSnapshot) mid_gc = render_test_mid_gc ();
  MlSnapshot *snaps[] = { persona, mid_gc };

  for (guint k = 0; k < G_N_ELEMENTS (snaps); k++)
    for (guint a = 0; a < 2; a++)
      {
        MlRenderOptions options = ML_RENDER_OPTIONS_INIT;
        g_autoptr(MlScene) scene = NULL;

        options.show_addresses = a == 1;
        scene = ml_memory_map_view_layout (snaps[k], NULL, &options);
        g_assert_cmpfloat (ml_scene_get_min_text_size (scene, NULL, TRUE), >=, 13);
        if (k == 0)
          g_assert_nonnull (ml_scene_find_text_by_string (scene, "len 7"));
      }

  /* Lesson 7's append: the label of the copy it made is no smaller either. */
  {
    g_autoptr(MlRuntime) rt = ml_runtime_new ();
    MlRtypeRegistry *reg = ml_runtime_get_types (rt);
    const MlRtype *t_int = ml_rtype_registry_basic (reg, ML_KIND_INT);
    guint64 slot = ml_runtime_add_global (rt, "main.data", ml_rtype_registry_slice_of (reg, t_int), FALSE);
    guint64 old_array = ml_runtime_make_slice (rt, t_int, 4);
    guint64 new_array, new_cap = 0;
    g_autoptr(MlSnapshot) snap = NULL;
    g_autoptr(MlScene) map = NULL;

    ml_runtime_write_pointer (rt, slot, old_array);
    ml_runtime_write_word (rt, slot + 8, 4);
    ml_runtime_write_word (rt, slot + 16, 4);
    ml_runtime_end_step (rt);
    new_array = ml_runtime_growslice (rt, old_array, 4, 4, 5, t_int, &new_cap);
    ml_runtime_write_pointer (rt, slot, new_array);
    ml_runtime_write_word (rt, slot + 8, 5);
    ml_runtime_write_word (rt, slot + 16, new_cap);
    ml_runtime_end_step (rt);
    snap = ml_runtime_snapshot (rt, ML_SNAPSHOT_ALL);
    map = ml_memory_map_view_layout (snap, NULL, NULL);
    g_assert_nonnull (ml_scene_find_text_by_string (map, "append copied 32 B"));
    g_assert_cmpfloat (ml_scene_get_min_text_size (map, NULL, TRUE), >=, 13);
  }
}

/* var a [5]int, with a[2] = 7; var s = make([]int, 3, 10), s[0] = 4; var big []int, 200
 * squares. */
static MlSnapshot *
snapshot_with_arrays (void)
{
  g_autoptr(MlRuntime) rt = ml_runtime_new ();
  MlRtypeRegistry *reg = ml_runtime_get_types (rt);
  const MlRtype *t_int = ml_rtype_registry_basic (reg, ML_KIND_INT);
  const MlRtype *t_slice = ml_rtype_registry_slice_of (reg, t_int);
  guint64 a, s, big, backing;

  ml_runtime_add_function (rt, "main.main", 100);
  a = ml_runtime_add_global (rt, "main.a", ml_rtype_registry_array_of (reg, t_int, 5), FALSE);
  ml_runtime_write_word (rt, a + 16, 7);
  s = ml_runtime_add_global (rt, "main.s", t_slice, FALSE);
  backing = ml_runtime_make_slice (rt, t_int, 10);
  ml_runtime_write_word (rt, backing, 4);
  ml_runtime_write_pointer (rt, s, backing);
  ml_runtime_write_word (rt, s + 8, 3);
  ml_runtime_write_word (rt, s + 16, 10);
  big = ml_runtime_add_global (rt, "main.big", t_slice, FALSE);
  backing = ml_runtime_make_slice (rt, t_int, 200);
  for (guint64 i = 0; i < 200; i++)
    ml_runtime_write_word (rt, backing + 8 * i, i * i);
  ml_runtime_write_pointer (rt, big, backing);
  ml_runtime_write_word (rt, big + 8, 200);
  ml_runtime_write_word (rt, big + 16, 200);
  ml_runtime_end_step (rt);

  return ml_runtime_snapshot (rt, ML_SNAPSHOT_ALL);
}

/* At the course's level arrays are rows of cells: [5]int as five cells, a backing array
 * with the cells past the slice's length dashed, a long one elided in the middle with a
 * count, at no text smaller than the values.  The runtime's level keeps fmt's line. */
static void
test_array_cells (void)
{
  g_autoptr(MlSnapshot) snap = snapshot_with_arrays ();

  for (guint d = 0; d < 2; d++)
    {
      MlRenderOptions options = ML_RENDER_OPTIONS_INIT;
      g_autoptr(MlScene) scene = NULL;

      options.detail = d == 0 ? ML_DETAIL_PROGRAM : ML_DETAIL_RUNTIME;
      scene = ml_memory_map_view_layout (snap, NULL, &options);
      if (d == 1)
        {
          g_assert_cmpuint (ml_scene_count_boxes (scene, "element"), ==, 0);
          g_assert_nonnull (ml_scene_find_text_by_string (scene, "[0 0 7 0 0]"));
          continue;
        }

      g_assert_null (ml_scene_find_text_by_string (scene, "[0 0 7 0 0]"));
      g_assert_nonnull (ml_scene_find_text_by_string (scene, "7"));
      /* 5 cells of a, 3 of s's array within its length, and big's first 4 with the count
       * of the rest: the snapshot copies only the first bytes of a large heap object, so
       * its last elements are not known. */
      g_assert_cmpuint (ml_scene_count_boxes (scene, "element"), ==, 5 + 3 + 5);
      /* s's array past its length: element 3, the four elided, 8 and 9. */
      g_assert_cmpuint (ml_scene_count_boxes (scene, "element-spare"), ==, 4);
      g_assert_nonnull (ml_scene_find_text_by_string (scene, "… 4 more …"));
      g_assert_nonnull (ml_scene_find_text_by_string (scene, "… 196 more …"));
      g_assert_nonnull (ml_scene_find_text_by_string (scene, "9"));
      g_assert_cmpfloat (ml_scene_get_min_text_size (scene, NULL, TRUE), >=, 13);
      render_test_assert_no_overlap (scene, "element");
    }
}

/* The heap graph's boxes at the course's level: an array of numbers shows its values where
 * the size was ("[4 0 0 …]"), and new(int)'s tiny block is named by the int in it, the block
 * a note under it.  The runtime's level keeps the sizes and size classes. */
static void
test_heap_graph_contents (void)
{
  g_autoptr(MlSnapshot) arrays = snapshot_with_arrays ();
  g_autoptr(MlSnapshot) tiny = snapshot_with_static_temporaries ();

  for (guint d = 0; d < 2; d++)
    {
      MlRenderOptions options = ML_RENDER_OPTIONS_INIT;
      g_autoptr(MlScene) graph = NULL;
      g_autoptr(MlScene) tiny_graph = NULL;
      gboolean values = FALSE;

      options.detail = d == 0 ? ML_DETAIL_PROGRAM : ML_DETAIL_RUNTIME;
      graph = ml_heap_graph_view_layout (arrays, NULL, &options);
      tiny_graph = ml_heap_graph_view_layout (tiny, NULL, &options);
      for (guint i = 0; i < graph->texts->len; i++)
        {
          const MlSceneText *t = &g_array_index (graph->texts, MlSceneText, i);

          if (g_strcmp0 (t->klass, "values") == 0)
            {
              values = TRUE;
              g_assert_true (g_str_has_prefix (t->text, "[4 0 0") || g_str_has_prefix (t->text, "[0 1 4 9"));
              g_assert_true (g_str_has_suffix (t->text, " …]"));
            }
        }
      g_assert_true (values == (d == 0));
      g_assert_true (render_test_scene_has_text (tiny_graph, "in a 16 B tiny block", FALSE) == (d == 0));
      g_assert_true (render_test_scene_has_text (tiny_graph, "class", FALSE) == (d == 1));
    }
}

/* Lesson 7's first append: the [1]int it leaves behind is a tiny block, which keeps no type.
 * At the course's level it is still the [1]int array the append copied, with its element,
 * in both heap views. */
static void
test_append_tiny_array (void)
{
  g_autoptr(MlRuntime) rt = ml_runtime_new ();
  MlRtypeRegistry *reg = ml_runtime_get_types (rt);
  const MlRtype *t_int = ml_rtype_registry_basic (reg, ML_KIND_INT);
  guint64 slot = ml_runtime_add_global (rt, "main.data", ml_rtype_registry_slice_of (reg, t_int), FALSE);
  guint64 old_array = ml_runtime_make_slice (rt, t_int, 1);
  guint64 new_array, new_cap = 0;
  g_autoptr(MlSnapshot) snap = NULL;
  MlRenderOptions options = ML_RENDER_OPTIONS_INIT;
  g_autoptr(MlScene) map = NULL;
  g_autoptr(MlScene) graph = NULL;
  gint64 old;

  ml_runtime_write_pointer (rt, slot, old_array);
  ml_runtime_write_word (rt, slot + 8, 1);
  ml_runtime_write_word (rt, slot + 16, 1);
  ml_runtime_write_word (rt, old_array, 41);
  ml_runtime_end_step (rt);
  new_array = ml_runtime_growslice (rt, old_array, 1, 1, 2, t_int, &new_cap);
  ml_runtime_write_pointer (rt, slot, new_array);
  ml_runtime_write_word (rt, slot + 8, 2);
  ml_runtime_write_word (rt, slot + 16, new_cap);
  ml_runtime_end_step (rt);
  snap = ml_runtime_snapshot (rt, ML_SNAPSHOT_ALL);
  old = ml_snapshot_find_object (snap, old_array);
  g_assert_cmpint (old, >=, 0);
  if (snap->objects[old].type != NULL)
    {
      g_test_skip ("the model keeps the old array's type");
      return;
    }

  map = ml_memory_map_view_layout (snap, NULL, &options);
  graph = ml_heap_graph_view_layout (snap, NULL, &options);
  g_assert_nonnull (ml_scene_find_text_by_string (map, "[1]int array"));
  g_assert_nonnull (ml_scene_find_text_by_string (map, "41"));
  g_assert_nonnull (ml_scene_find_text_by_string (graph, "[1]int array"));
  options.detail = ML_DETAIL_RUNTIME;
  g_clear_pointer (&map, ml_scene_unref);
  map = ml_memory_map_view_layout (snap, NULL, &options);
  g_assert_null (ml_scene_find_text_by_string (map, "[1]int array"));
}

int
main (int   argc,
      char *argv[])
{
  int status;

  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/render/clase/static-temporaries", test_static_temporaries);
  g_test_add_func ("/render/clase/frame", test_frame);
  g_test_add_func ("/render/clase/segments-axis", test_segments_axis);
  g_test_add_func ("/render/clase/memory-map-text", test_memory_map_text_sizes);
  g_test_add_func ("/render/clase/array-cells", test_array_cells);
  g_test_add_func ("/render/clase/heap-graph-contents", test_heap_graph_contents);
  g_test_add_func ("/render/clase/append-tiny-array", test_append_tiny_array);

  status = g_test_run ();
  render_test_cleanup ();

  return status;
}
