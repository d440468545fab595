/* test-heap-graph-steps.c
 *
 * Copyright 2026 The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Lesson 5's heap graph through its whole run, as the window draws it (step after step, each
 * layout given the one before and the window's width) and as `memlab-cli export --step=N`
 * draws it (that step alone, at its natural size): the two put every object in the same
 * place at every step, and the list of eight nodes is a clean chain all along, from its first
 * moment through the marking, the write barrier's moments and the sweep.
 */

#include "config.h"

#include "ml-engine.h"
#include "ml-lesson.h"
#include "ml-render.h"

/* The "unreachable" label's height in @scene: garbage is drawn under it. */
static double
garbage_top (MlScene *scene)
{
  const MlSceneText *label = ml_scene_find_text_by_string (scene, "unreachable");

  return label != NULL ? label->y : G_MAXDOUBLE;
}

/* Every pointer from one reachable node to another goes right along its row, or wraps to the
 * first column of a lower row, as text does.  Returns how many it checked. */
static guint
assert_chain (MlScene          *scene,
              const MlSnapshot *snap,
              double            first_col)
{
  double top = garbage_top (scene);
  guint checked = 0;

  for (guint i = 0; i < snap->n_objects; i++)
    {
      const MlSnapObject *o = &snap->objects[i];
      const MlSceneBox *from;

      if (o->type == NULL || g_strcmp0 (o->type->name, "main.Nodo") != 0 ||
          (from = ml_scene_find_box (scene, ml_scene_key ("object", o->addr, 0))) == NULL ||
          from->rect.y > top)
        continue;
      for (guint e = 0; e < o->n_edges; e++)
        {
          const MlSnapEdge *edge = &snap->edges[o->first_edge + e];
          const MlSceneBox *to;

          if (edge->to < 0 ||
              (to = ml_scene_find_box (scene, ml_scene_key ("object", snap->objects[edge->to].addr, 0))) == NULL)
            continue;
          if (to->rect.y == from->rect.y)
            g_assert_cmpfloat (to->rect.x, >, from->rect.x + from->rect.width);
          else
            {
              g_assert_cmpfloat (to->rect.y, >, from->rect.y);
              g_assert_cmpfloat (to->rect.x, ==, first_col);
            }
          checked++;
        }
    }

  return checked;
}

static void
test_window_and_export_agree (void)
{
  g_autoptr(GListModel) lessons = ml_lesson_list_new ();
  g_autoptr(MlLesson) lesson = g_list_model_get_item (lessons, 4);
  g_autoptr(MlEngine) engine = ml_engine_new ();
  g_autoptr(GBytes) source = ml_lesson_load_program (lesson, 0, NULL);
  g_autofree char *text = g_strndup (g_bytes_get_data (source, NULL), g_bytes_get_size (source));
  g_autoptr(MlScene) window = NULL;
  MlRenderOptions window_options = ML_RENDER_OPTIONS_INIT;
  MlEngineConfig config;
  guint compared = 0, chained = 0, steps = 0, first_step_with_list = 0;
  double first_col = -1;

  g_assert_cmpstr (ml_lesson_get_id (lesson), ==, "collector");
  ml_engine_config_init (&config);
  config.gomaxprocs = ml_lesson_get_gomaxprocs (lesson);
  config.no_inline = ml_lesson_get_no_inline (lesson);
  ml_engine_load_program (engine, "05-collector.go", text, &config);
  g_assert_true (ml_engine_wait_idle (engine, 60000));
  /* What a projected 1024×768 window gives the views at the legible text size. */
  window_options.width = 800;

  while (ml_engine_get_program_info (engine)->state == ML_ENGINE_PROGRAM_READY)
    {
      MlSnapshot *snap;
      g_autoptr(MlScene) alone = NULL;
      MlScene *next;
      guint nodes = 0;

      ml_engine_step_forward (engine);
      g_assert_true (ml_engine_wait_idle (engine, 60000));
      snap = ml_engine_get_snapshot (engine);
      steps++;

      next = ml_render_layout (ML_VIEW_HEAP_GRAPH, snap, window, &window_options);
      alone = ml_render_layout (ML_VIEW_HEAP_GRAPH, snap, NULL, NULL);
      for (guint i = 0; i < next->boxes->len; i++)
        {
          const MlSceneBox *b = &g_array_index (next->boxes, MlSceneBox, i);
          const MlSceneBox *e;

          if (b->hit_kind != ML_HIT_OBJECT && b->hit_kind != ML_HIT_GROUP)
            continue;
          e = ml_scene_find_box (alone, b->key);
          g_assert_nonnull (e);
          g_assert_cmpfloat (b->rect.x, ==, e->rect.x);
          g_assert_cmpfloat (b->rect.y, ==, e->rect.y);
          compared++;
          if (b->hit_kind == ML_HIT_OBJECT && b->index < snap->n_objects && snap->objects[b->index].type != NULL &&
              g_strcmp0 (snap->objects[b->index].type->name, "main.Nodo") == 0)
            nodes++;
        }

      /* From the moment the eight nodes exist, the list is a chain. */
      if (nodes >= 8)
        {
          if (first_step_with_list == 0)
            first_step_with_list = steps;
          if (first_col < 0)
            for (guint i = 0; i < next->boxes->len; i++)
              {
                const MlSceneBox *b = &g_array_index (next->boxes, MlSceneBox, i);

                if (b->hit_kind == ML_HIT_OBJECT)
                  first_col = first_col < 0 ? b->rect.x : MIN (first_col, b->rect.x);
              }
          chained += assert_chain (next, snap, first_col);
        }

      g_clear_pointer (&window, ml_scene_unref);
      window = next;
    }

  g_assert_cmpuint (steps, >, 20);
  g_assert_cmpuint (first_step_with_list, >, 0);
  g_assert_cmpuint (compared, >, 100);
  g_assert_cmpuint (chained, >, 50);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/heap-graph-steps/lesson-5", test_window_and_export_agree);

  return g_test_run ();
}
