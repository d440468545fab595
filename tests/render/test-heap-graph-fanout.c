/* test-heap-graph-fanout.c
 *
 * Copyright 2026 The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Large fan-outs in the heap graph, as lesson 8 keeps them: a global slice of two hundred
 * pointers to Pedido.  At the program's detail the first few are drawn and the rest fold into
 * one counted box that keeps its place from step to step and splits by colour during a
 * cycle; at the runtime's detail every object is drawn.
 */

#include "config.h"

#include <string.h>

#include "ml-render.h"
#include "ml-runtime.h"

#define N_PEDIDOS 200

typedef struct
{
  MlRuntime     *rt;
  const MlRtype *pedido;
  guint64        historial;
  guint64        backing;
  guint64        len;
} Lesson;

/* type Pedido struct { id int; datos [64]int }; var historial []*Pedido, with room for
 * @cap pointers. */
static void
lesson_init (Lesson *l,
             guint64 cap)
{
  MlRtypeRegistry *reg;
  const MlRtype *t_int;
  const MlRtype *slice;

  l->rt = ml_runtime_new ();
  reg = ml_runtime_get_types (l->rt);
  t_int = ml_rtype_registry_basic (reg, ML_KIND_INT);
  {
    MlRtypeField fields[] = {
      { "id", t_int, 0, FALSE },
      { "datos", ml_rtype_registry_array_of (reg, t_int, 64), 0, FALSE },
    };

    l->pedido = ml_rtype_registry_struct (reg, "main.Pedido", fields, G_N_ELEMENTS (fields));
  }
  slice = ml_rtype_registry_slice_of (reg, ml_rtype_registry_pointer_to (reg, l->pedido));
  ml_runtime_set_gogc (l->rt, -1);
  l->historial = ml_runtime_add_global (l->rt, "main.historial", slice, FALSE);
  l->backing = ml_runtime_make_slice (l->rt, ml_rtype_registry_pointer_to (reg, l->pedido), cap);
  ml_runtime_write_pointer (l->rt, l->historial, l->backing);
  ml_runtime_write_word (l->rt, l->historial + 16, cap);
  l->len = 0;
}

/* historial = append (historial, &Pedido{id: len}), within the capacity. */
static void
lesson_append (Lesson *l)
{
  guint64 p = ml_runtime_new_object (l->rt, l->pedido);

  ml_runtime_write_word (l->rt, p, l->len);
  ml_runtime_write_pointer (l->rt, l->backing + 8 * l->len, p);
  l->len++;
  ml_runtime_write_word (l->rt, l->historial + 8, l->len);
}

static guint
count_pedido_boxes (MlScene          *scene,
                    const MlSnapshot *snap)
{
  guint n = 0;

  for (guint i = 0; i < scene->boxes->len; i++)
    {
      const MlSceneBox *b = &g_array_index (scene->boxes, MlSceneBox, i);

      if (g_strcmp0 (b->klass, "object") == 0 && b->index < snap->n_objects &&
          snap->objects[b->index].type != NULL &&
          g_strcmp0 (snap->objects[b->index].type->name, "main.Pedido") == 0)
        n++;
    }

  return n;
}

/* No two object or fan-out boxes of @scene overlap. */
static void
render_boxes_apart (MlScene *scene)
{
  for (guint i = 0; i < scene->boxes->len; i++)
    for (guint j = i + 1; j < scene->boxes->len; j++)
      {
        const MlSceneBox *a = &g_array_index (scene->boxes, MlSceneBox, i);
        const MlSceneBox *b = &g_array_index (scene->boxes, MlSceneBox, j);

        if ((a->hit_kind != ML_HIT_OBJECT && a->hit_kind != ML_HIT_GROUP) ||
            (b->hit_kind != ML_HIT_OBJECT && b->hit_kind != ML_HIT_GROUP))
          continue;
        g_assert_false (ml_rect_intersects (&a->rect, &b->rect));
      }
}

/* The fan-out boxes of @scene, in order. */
static GPtrArray *
fanout_boxes (MlScene *scene)
{
  GPtrArray *out = g_ptr_array_new ();

  for (guint i = 0; i < scene->boxes->len; i++)
    {
      const MlSceneBox *b = &g_array_index (scene->boxes, MlSceneBox, i);

      if (g_strcmp0 (b->klass, "fanout") == 0)
        g_ptr_array_add (out, (gpointer)b);
    }

  return out;
}

static void
test_fanout_folded (void)
{
  Lesson l;
  g_autoptr(MlSnapshot) snap = NULL;
  g_autoptr(MlScene) program = NULL;
  g_autoptr(MlScene) runtime = NULL;
  g_autoptr(GPtrArray) boxes = NULL;
  MlRenderOptions options = ML_RENDER_OPTIONS_INIT;
  const MlSceneBox *group;
  guint arrows_to_group = 0, pointers = 0;

  lesson_init (&l, 256);
  for (guint i = 0; i < N_PEDIDOS; i++)
    lesson_append (&l);
  /* The array an earlier append left behind, garbage that still points at the first 128:
   * they fold all the same, and its pointers go to the group. */
  {
    const MlRtype *elem = ml_rtype_registry_pointer_to (ml_runtime_get_types (l.rt), l.pedido);
    guint64 old = ml_runtime_make_slice (l.rt, elem, 128);

    for (guint i = 0; i < 128; i++)
      {
        guint64 p = 0;

        ml_runtime_read_word (l.rt, l.backing + 8 * i, &p);
        ml_runtime_write_pointer (l.rt, old + 8 * i, p);
      }
  }
  ml_runtime_end_step (l.rt);
  snap = ml_runtime_snapshot (l.rt, ML_SNAPSHOT_ALL);

  program = ml_heap_graph_view_layout (snap, NULL, &options);
  g_assert_cmpuint (count_pedido_boxes (program, snap), ==, 3);
  boxes = fanout_boxes (program);
  g_assert_cmpuint (boxes->len, ==, 1);
  group = g_ptr_array_index (boxes, 0);
  g_assert_nonnull (ml_scene_find_text_by_string (program, "+ 197 × Pedido"));
  /* 197 objects of 520 bytes, each in a 576-byte slot. */
  g_assert_nonnull (ml_scene_find_text_by_string (program, "110.8 KiB in all"));

  /* One arrow to the group from the backing array and one from the old array; one from the
   * root to the array, and three from each array to the Pedidos drawn. */
  for (guint i = 0; i < program->arrows->len; i++)
    {
      const MlSceneArrow *a = &g_array_index (program->arrows, MlSceneArrow, i);

      if (g_strcmp0 (a->klass, "legend") == 0)
        continue;
      pointers++;
      if (a->to_box >= 0 && &g_array_index (program->boxes, MlSceneBox, a->to_box) == group)
        arrows_to_group++;
    }
  g_assert_cmpuint (arrows_to_group, ==, 2);
  g_assert_cmpuint (pointers, ==, 9);

  options.detail = ML_DETAIL_RUNTIME;
  runtime = ml_heap_graph_view_layout (snap, NULL, &options);
  g_assert_cmpuint (count_pedido_boxes (runtime, snap), ==, N_PEDIDOS);
  g_clear_pointer (&boxes, g_ptr_array_unref);
  boxes = fanout_boxes (runtime);
  g_assert_cmpuint (boxes->len, ==, 0);

  g_object_unref (l.rt);
}

/* The group keeps its key and place while it grows, and splits by colour while the collector
 * marks the Pedidos one by one. */
static void
test_fanout_stable_and_tricolour (void)
{
  Lesson l;
  MlRenderOptions options = ML_RENDER_OPTIONS_INIT;
  g_autoptr(MlScene) previous = NULL;
  MlRect first_rect = { 0 };
  guint64 first_key = 0;
  gboolean split = FALSE;

  lesson_init (&l, 256);
  for (guint i = 0; i < 20; i++)
    lesson_append (&l);
  for (guint step = 0; step < 20; step++)
    {
      g_autoptr(MlSnapshot) snap = NULL;
      g_autoptr(MlScene) scene = NULL;
      g_autoptr(GPtrArray) boxes = NULL;
      g_autofree char *label = NULL;
      const MlSceneBox *group;

      lesson_append (&l);
      ml_runtime_end_step (l.rt);
      snap = ml_runtime_snapshot (l.rt, ML_SNAPSHOT_ALL);
      scene = ml_heap_graph_view_layout (snap, previous, &options);
      boxes = fanout_boxes (scene);
      g_assert_cmpuint (boxes->len, ==, 1);
      group = g_ptr_array_index (boxes, 0);
      label = g_strdup_printf ("+ %u × Pedido", (guint)l.len - 3);
      g_assert_nonnull (ml_scene_find_text_by_string (scene, label));
      if (step == 0)
        {
          first_key = group->key;
          first_rect = group->rect;
        }
      g_assert_cmpuint (group->key, ==, first_key);
      g_assert_cmpfloat (group->rect.x, ==, first_rect.x);
      g_assert_cmpfloat (group->rect.y, ==, first_rect.y);
      g_clear_pointer (&previous, ml_scene_unref);
      previous = g_steal_pointer (&scene);
    }

  ml_runtime_gc_start (l.rt);
  ml_runtime_end_step (l.rt);
  for (guint i = 0; i < 400 && !split; i++)
    {
      g_autoptr(MlSnapshot) snap = NULL;
      g_autoptr(MlScene) scene = NULL;
      g_autoptr(GPtrArray) boxes = NULL;
      gboolean more = ml_runtime_gc_unit (l.rt);

      ml_runtime_end_step (l.rt);
      snap = ml_runtime_snapshot (l.rt, ML_SNAPSHOT_ALL);
      scene = ml_heap_graph_view_layout (snap, previous, &options);
      boxes = fanout_boxes (scene);
      g_assert_cmpuint (boxes->len, >=, 1);
      if (boxes->len > 1)
        {
          const MlSceneBox *a = g_ptr_array_index (boxes, 0);
          const MlSceneBox *b = g_ptr_array_index (boxes, 1);

          g_assert_true (memcmp (&a->fill, &b->fill, sizeof a->fill) != 0);
          split = TRUE;
        }
      g_clear_pointer (&previous, ml_scene_unref);
      previous = g_steal_pointer (&scene);
      if (!more)
        break;
    }
  g_assert_true (split);

  g_object_unref (l.rt);
}

/* A click opens a fan-out: with its key in the options, every member is drawn, one by one,
 * and after them a box that folds them again under the same key; without it, it is folded. */
static void
test_fanout_opens (void)
{
  Lesson l;
  g_autoptr(MlSnapshot) snap = NULL;
  g_autoptr(MlScene) folded = NULL;
  g_autoptr(MlScene) open = NULL;
  g_autoptr(MlScene) again = NULL;
  g_autoptr(GPtrArray) boxes = NULL;
  g_autoptr(GHashTable) expanded = g_hash_table_new (g_int64_hash, g_int64_equal);
  MlRenderOptions options = ML_RENDER_OPTIONS_INIT;
  const MlSceneBox *group, *fold = NULL;
  guint64 key;

  lesson_init (&l, 256);
  for (guint i = 0; i < 40; i++)
    lesson_append (&l);
  ml_runtime_end_step (l.rt);
  snap = ml_runtime_snapshot (l.rt, ML_SNAPSHOT_ALL);

  folded = ml_heap_graph_view_layout (snap, NULL, &options);
  boxes = fanout_boxes (folded);
  g_assert_cmpuint (boxes->len, ==, 1);
  group = g_ptr_array_index (boxes, 0);
  g_assert_cmpint (group->hit_kind, ==, ML_HIT_GROUP);
  key = group->index;
  g_assert_cmpuint (count_pedido_boxes (folded, snap), ==, 3);

  g_hash_table_add (expanded, &key);
  options.expanded = expanded;
  open = ml_heap_graph_view_layout (snap, NULL, &options);
  g_assert_cmpuint (count_pedido_boxes (open, snap), ==, 40);
  g_assert_null (ml_scene_find_text_by_string (open, "+ 37 × Pedido"));
  g_assert_nonnull (ml_scene_find_text_by_string (open, "− 37 × Pedido"));
  for (guint i = 0; i < open->boxes->len; i++)
    {
      const MlSceneBox *b = &g_array_index (open->boxes, MlSceneBox, i);

      if (g_strcmp0 (b->klass, "fanout-open") == 0)
        fold = b;
    }
  g_assert_nonnull (fold);
  g_assert_cmpint (fold->hit_kind, ==, ML_HIT_GROUP);
  g_assert_cmpuint (fold->index, ==, key);
  g_assert_cmpuint (fold->key, ==, group->key);
  render_boxes_apart (open);

  g_hash_table_remove (expanded, &key);
  again = ml_heap_graph_view_layout (snap, NULL, &options);
  g_assert_cmpuint (count_pedido_boxes (again, snap), ==, 3);

  g_object_unref (l.rt);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/render/heap-graph-fanout/folded", test_fanout_folded);
  g_test_add_func ("/render/heap-graph-fanout/stable-and-tricolour", test_fanout_stable_and_tricolour);
  g_test_add_func ("/render/heap-graph-fanout/opens", test_fanout_opens);
  return g_test_run ();
}
