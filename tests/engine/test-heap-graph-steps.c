/* test-heap-graph-steps.c
 *
 * Copyright 2026 The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The heap graph of lessons 3 to 8 through their whole runs, as the window draws it (step
 * after step, each layout given the one before and the window's width) and as `memlab-cli
 * export --step=N` draws it (that step alone, at its natural size): the two put every object
 * in the same place at every step, and a pointer between two objects of the garbage never
 * runs backwards.  In lesson 5 the list of eight nodes is a clean chain all along, from its
 * first moment through the marking, the write barrier's moments and the sweep, and a node
 * that stays reached never moves: when the program cuts the list and hangs its tail again,
 * nodes 3 to 8 stay where they were and only the arrows change.  And lesson 3's memory map
 * at p4 := p2: the step brings p4 and p2 into a projected window together.
 */

#include "config.h"

#include "ml-engine.h"
#include "ml-lesson.h"
#include "ml-render.h"
#include "ml-scene-legibility.h"

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

/* Every pointer from one object of the garbage to another runs forward in reading order: right
 * along its row, or down to a lower row.  Returns how many it checked. */
static guint
assert_garbage_forward (MlScene          *scene,
                        const MlSnapshot *snap)
{
  double top = garbage_top (scene);
  guint checked = 0;

  for (guint i = 0; i < snap->n_objects; i++)
    {
      const MlSnapObject *o = &snap->objects[i];
      const MlSceneBox *from = ml_scene_find_box (scene, ml_scene_key ("object", o->addr, 0));

      if (from == NULL || from->rect.y < top)
        continue;
      for (guint e = 0; e < o->n_edges; e++)
        {
          const MlSnapEdge *edge = &snap->edges[o->first_edge + e];
          const MlSceneBox *to;

          if (edge->to < 0 || edge->to == (gint64)i ||
              (to = ml_scene_find_box (scene, ml_scene_key ("object", snap->objects[edge->to].addr, 0))) == NULL ||
              to->rect.y < top)
            continue;
          if (to->rect.y == from->rect.y)
            g_assert_cmpfloat (to->rect.x, >, from->rect.x);
          else
            g_assert_cmpfloat (to->rect.y, >, from->rect.y);
          checked++;
        }
    }

  return checked;
}

/* From the start of the cycle on (while the loop builds the list, each new head pushes the
 * rest one cell on), a node of the list that is reached is where it was at every step before:
 * through the marking, the write barrier's moments and the sweep.  @places maps its address
 * to its first place.  Returns how many it checked. */
static guint
assert_nodes_stay (MlScene          *scene,
                   const MlSnapshot *snap,
                   GHashTable       *places)
{
  double top = garbage_top (scene);
  guint checked = 0;

  if (snap->cycle == 0)
    return 0;
  for (guint i = 0; i < snap->n_objects; i++)
    {
      const MlSnapObject *o = &snap->objects[i];
      const MlSceneBox *b;
      MlRect *seen;

      if (o->type == NULL || g_strcmp0 (o->type->name, "main.Nodo") != 0 ||
          (b = ml_scene_find_box (scene, ml_scene_key ("object", o->addr, 0))) == NULL ||
          b->rect.y > top)
        continue;
      seen = g_hash_table_lookup (places, &o->addr);
      if (seen == NULL)
        {
          g_hash_table_insert (places, g_memdup2 (&o->addr, sizeof o->addr), g_memdup2 (&b->rect, sizeof b->rect));
          continue;
        }
      g_assert_cmpfloat (b->rect.x, ==, seen->x);
      g_assert_cmpfloat (b->rect.y, ==, seen->y);
      checked++;
    }

  return checked;
}

#define MAX_STEPS 1500

typedef struct
{
  guint steps;
  guint compared;
  guint chained;
  guint stayed;
  guint garbage_edges;
  guint first_step_with_list;
} Counts;

static void
play_program (MlLesson *lesson,
              guint     program,
              Counts   *counts)
{
  g_autoptr(MlEngine) engine = ml_engine_new ();
  g_autoptr(GBytes) source = ml_lesson_load_program (lesson, program, NULL);
  g_autofree char *text = g_strndup (g_bytes_get_data (source, NULL), g_bytes_get_size (source));
  g_autoptr(MlScene) window = NULL;
  g_autoptr(GHashTable) places = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
  MlRenderOptions window_options = ML_RENDER_OPTIONS_INIT;
  MlEngineConfig config;
  double first_col = -1;

  ml_engine_config_init (&config);
  if (ml_lesson_get_gomaxprocs (lesson) > 0)
    config.gomaxprocs = ml_lesson_get_gomaxprocs (lesson);
  config.no_inline = ml_lesson_get_no_inline (lesson);
  ml_engine_load_program (engine, "lesson.go", text, &config);
  g_assert_true (ml_engine_wait_idle (engine, 60000));
  /* What a projected 1024×768 window gives the views at the legible text size. */
  window_options.width = 800;

  /* Lesson 7's million appends are not stepped through to their end: their first steps are
   * laid out, as many as the other lessons have. */
  for (guint played = 0; played < MAX_STEPS && ml_engine_get_program_info (engine)->state == ML_ENGINE_PROGRAM_READY;
       played++)
    {
      MlSnapshot *snap;
      g_autoptr(MlScene) alone = NULL;
      MlScene *next;
      guint nodes = 0;

      ml_engine_step_forward (engine);
      g_assert_true (ml_engine_wait_idle (engine, 60000));
      snap = ml_engine_get_snapshot (engine);
      counts->steps++;

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
          counts->compared++;
          if (b->hit_kind == ML_HIT_OBJECT && b->index < snap->n_objects && snap->objects[b->index].type != NULL &&
              g_strcmp0 (snap->objects[b->index].type->name, "main.Nodo") == 0)
            nodes++;
        }
      counts->garbage_edges += assert_garbage_forward (next, snap);

      /* From the moment the eight nodes of lesson 5 exist, the list is a chain, and its nodes
       * stay where they are. */
      if (nodes >= 8)
        {
          if (counts->first_step_with_list == 0)
            counts->first_step_with_list = counts->steps;
          if (first_col < 0)
            for (guint i = 0; i < next->boxes->len; i++)
              {
                const MlSceneBox *b = &g_array_index (next->boxes, MlSceneBox, i);

                if (b->hit_kind == ML_HIT_OBJECT)
                  first_col = first_col < 0 ? b->rect.x : MIN (first_col, b->rect.x);
              }
          counts->chained += assert_chain (next, snap, first_col);
          counts->stayed += assert_nodes_stay (next, snap, places);
        }

      g_clear_pointer (&window, ml_scene_unref);
      window = next;
    }
}

/* Every program of lesson @number that compiles. */
static void
play_lesson (guint   number,
             Counts *counts)
{
  g_autoptr(GListModel) lessons = ml_lesson_list_new ();
  g_autoptr(MlLesson) lesson = g_list_model_get_item (lessons, number - 1);

  for (guint k = 0; k < ml_lesson_get_programs (lesson)->len; k++)
    play_program (lesson, k, counts);
}

static void
test_lesson_5 (void)
{
  Counts counts = { 0 };

  play_lesson (5, &counts);
  g_assert_cmpuint (counts.steps, >, 20);
  g_assert_cmpuint (counts.first_step_with_list, >, 0);
  g_assert_cmpuint (counts.compared, >, 100);
  g_assert_cmpuint (counts.chained, >, 50);
  g_assert_cmpuint (counts.stayed, >, 100);
  /* 10 → 11, unreachable from the start, and the arrays lesson 5 has none of. */
  g_assert_cmpuint (counts.garbage_edges, >, 10);
}

static void
test_lesson (gconstpointer data)
{
  Counts counts = { 0 };

  guint number = GPOINTER_TO_UINT (data);

  play_lesson (number, &counts);
  g_assert_cmpuint (counts.steps, >, 5);
  /* Lesson 6 runs go run's build: heap() is inlined into main and its int stays on main's
   * stack, so its heap graph has nothing to place at any step.  Every other lesson has. */
  if (number == 6)
    g_assert_cmpuint (counts.compared, ==, 0);
  else
    g_assert_cmpuint (counts.compared, >, 0);
}

/* The box of variable @name of main's frame in a memory map. */
static const MlSceneBox *
slot_box (MlScene          *scene,
          const MlSnapshot *snap,
          const char       *name)
{
  for (guint i = 0; i < scene->boxes->len; i++)
    {
      const MlSceneBox *b = &g_array_index (scene->boxes, MlSceneBox, i);

      if (b->hit_kind == ML_HIT_SLOT && b->index < snap->n_slots && g_strcmp0 (snap->slots[b->index].name, name) == 0)
        return b;
    }

  return NULL;
}

static gboolean
rect_contains (const MlRect *outer,
               const MlRect *inner)
{
  return inner->x >= outer->x && inner->y >= outer->y && inner->x + inner->width <= outer->x + outer->width &&
         inner->y + inner->height <= outer->y + outer->height;
}

/* Lesson 3 at line 26, after p4 := p2: what the step brought, which a projected window too
 * small for the whole map shows, is p4 and p2 together, and p4 sits right under p1, not under
 * the tallest variable of the row above. */
static void
test_lesson_3_copy (void)
{
  g_autoptr(GListModel) lessons = ml_lesson_list_new ();
  g_autoptr(MlLesson) lesson = g_list_model_get_item (lessons, 2);
  g_autoptr(MlEngine) engine = ml_engine_new ();
  g_autoptr(GBytes) source = ml_lesson_load_program (lesson, 1, NULL);
  g_autofree char *text = g_strndup (g_bytes_get_data (source, NULL), g_bytes_get_size (source));
  g_autoptr(MlScene) before = NULL;
  g_autoptr(MlScene) after = NULL;
  MlEngineConfig config;
  const MlSceneBox *p1, *p2, *p3, *p4;
  MlSnapshot *snap;
  MlRect fresh;

  g_assert_cmpstr (ml_lesson_get_id (lesson), ==, "memory-map");
  ml_engine_config_init (&config);
  ml_engine_load_program (engine, "03-memory-map.go", text, &config);
  g_assert_true (ml_engine_wait_idle (engine, 60000));
  while (ml_engine_get_program_info (engine)->state == ML_ENGINE_PROGRAM_READY &&
         ml_engine_get_program_info (engine)->line != 26)
    {
      g_clear_pointer (&before, ml_scene_unref);
      before = ml_render_layout (ML_VIEW_MEMORY_MAP, ml_engine_get_snapshot (engine), NULL, NULL);
      ml_engine_step_forward (engine);
      g_assert_true (ml_engine_wait_idle (engine, 60000));
    }
  g_assert_cmpuint (ml_engine_get_program_info (engine)->line, ==, 26);
  snap = ml_engine_get_snapshot (engine);
  after = ml_render_layout (ML_VIEW_MEMORY_MAP, snap, before, NULL);

  p1 = slot_box (after, snap, "p1");
  p2 = slot_box (after, snap, "p2");
  p3 = slot_box (after, snap, "p3");
  p4 = slot_box (after, snap, "p4");
  g_assert_nonnull (p1);
  g_assert_nonnull (p2);
  g_assert_nonnull (p3);
  g_assert_nonnull (p4);
  g_assert_null (slot_box (before, snap, "p4"));
  g_assert_cmpuint (p4->copy_of, ==, p2->key);
  g_assert_cmpuint (p2->copy_of, ==, 0);
  g_assert_true (ml_scene_get_new_boxes (after, before, &fresh));
  g_assert_true (rect_contains (&fresh, &p4->rect));
  g_assert_true (rect_contains (&fresh, &p2->rect));
  g_assert_false (rect_contains (&fresh, &p3->rect));
  /* Each column stacks its own variables: p4 under p1, above p3's bottom. */
  g_assert_cmpfloat (p4->rect.x, ==, p1->rect.x);
  g_assert_cmpfloat (p4->rect.y, <, p3->rect.y + p3->rect.height);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/heap-graph-steps/lesson-5", test_lesson_5);
  g_test_add_func ("/memory-map/lesson-3-copy", test_lesson_3_copy);
  for (guint n = 3; n <= 8; n++)
    {
      g_autofree char *path = g_strdup_printf ("/heap-graph-steps/lesson-%u", n);

      if (n != 5)
        g_test_add_data_func (path, GUINT_TO_POINTER (n), test_lesson);
    }

  return g_test_run ();
}
