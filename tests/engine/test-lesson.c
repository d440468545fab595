/* test-lesson.c
 *
 * Copyright The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The bundled lessons load, are complete, and speak the user's language.
 */

#include "config.h"

#include "ml-lesson.h"
#include "ml-render.h"
#include "ml-view-layouts.h"

static const char *views[] = {
  "segments", "memory-map", "heap-graph", "spans", "timeline", "process", NULL
};

static const char *phases[] = {
  "sweep-termination", "mark", "mark-termination", "sweep", "off", NULL
};

static const char *events[] = {
  "cycle-start", "cycle-end", "wb-shade", "growslice", "alloc", "free", "stack-grow", "scan", "wb-flush", NULL
};

static void
check_when (const char *when)
{
  if (g_str_equal (when, "start") || g_str_equal (when, "end") ||
      g_str_equal (when, "compile-error"))
    return;

  if (g_str_has_prefix (when, "line:"))
    {
      guint64 line;

      g_assert_true (g_ascii_string_to_unsigned (when + 5, 10, 1, 10000, &line, NULL));
      return;
    }

  if (g_str_has_prefix (when, "phase:"))
    {
      g_assert_true (g_strv_contains (phases, when + 6));
      return;
    }

  if (g_str_has_prefix (when, "event:"))
    {
      g_assert_true (g_strv_contains (events, when + 6));
      return;
    }

  g_error ("A moment has an unknown time: %s", when);
}

static void
test_lessons_are_complete (void)
{
  g_autoptr(GListModel) lessons = ml_lesson_list_new ();

  g_assert_cmpuint (g_list_model_get_n_items (lessons), ==, 8);

  for (guint i = 0; i < 8; i++)
    {
      g_autoptr(MlLesson) lesson = g_list_model_get_item (lessons, i);
      GPtrArray *programs = ml_lesson_get_programs (lesson);
      GPtrArray *moments = ml_lesson_get_moments (lesson);
      GPtrArray *intro = ml_lesson_get_intro (lesson);

      g_test_message ("Lesson %u: %s", ml_lesson_get_number (lesson), ml_lesson_get_title (lesson));
      g_assert_cmpuint (ml_lesson_get_number (lesson), ==, i + 1);
      g_assert_nonnull (ml_lesson_get_id (lesson));
      g_assert_cmpuint (strlen (ml_lesson_get_title (lesson)), >, 3);
      g_assert_cmpuint (strlen (ml_lesson_get_summary (lesson)), >, 10);
      g_assert_true (g_strv_contains (views, ml_lesson_get_view (lesson)));
      g_assert_cmpuint (intro->len, >=, 1);

      /* Every program is bundled and is a Go source file. */
      g_assert_cmpuint (programs->len, >=, 1);
      for (guint p = 0; p < programs->len; p++)
        {
          g_autoptr(GError) error = NULL;
          g_autoptr(GBytes) source = ml_lesson_load_program (lesson, p, &error);
          const MlLessonProgram *program = g_ptr_array_index (programs, p);

          g_assert_no_error (error);
          g_assert_nonnull (program->name);
          g_assert_true (g_str_has_suffix (program->file, ".go"));
          g_assert_cmpuint (g_bytes_get_size (source), >, 20);
          g_assert_true (g_utf8_validate (g_bytes_get_data (source, NULL), g_bytes_get_size (source), NULL));
        }

      /* Every moment says when, what to look at, and why. */
      g_assert_cmpuint (moments->len, >=, 2);
      for (guint m = 0; m < moments->len; m++)
        {
          const MlLessonMoment *moment = g_ptr_array_index (moments, m);

          check_when (moment->when);
          g_assert_true (moment->view == NULL || g_strv_contains (views, moment->view));
          /* A focus names a part of a view the render layer knows ("segment:text"). */
          if (moment->focus != NULL && !ml_render_find_focus (NULL, moment->focus, NULL))
            g_error ("Lesson %u, moment %s: unknown focus %s", ml_lesson_get_number (lesson),
                     moment->when, moment->focus);
          g_assert_cmpuint (strlen (moment->title), >, 2);
          g_assert_cmpuint (moment->paragraphs->len, >=, 1);
          /* The window joins them as a string vector. */
          g_assert_null (moment->paragraphs->pdata[moment->paragraphs->len]);
        }
    }
}

/* Plays every lesson's programs as the window does, one step at a time, with the lesson's
 * runtime settings, and checks that the story reaches every moment, in order (a moment that
 * never comes leaves the class waiting), and that the picture there shows every fact the
 * moment declares: a moment whose text and picture disagree teaches the wrong thing.  Long
 * loops are stepped for a while, then run to the end. */
#define SINGLE_STEPS 4000

static void
check_facts (MlLesson                  *lesson,
             const MlLessonProgram     *program,
             const MlLessonMoment      *moment,
             MlSnapshot                *snapshot,
             MlSnapshot                *previous,
             const MlEngineProgramInfo *info,
             guint                     *checked,
             GString                   *failures)
{
  for (guint f = 0; f < moment->facts->len; f++)
    {
      const MlLessonFact *fact = g_ptr_array_index (moment->facts, f);
      g_autofree char *why = NULL;

      if (!ml_lesson_fact_applies (fact, program->file))
        continue;
      (*checked)++;
      if (!ml_lesson_fact_check (fact, snapshot, previous, info, &why))
        g_string_append_printf (failures, "\nLesson %u, %s, moment “%s” (%s, step %" G_GUINT64_FORMAT "): "
                                "the fact <%s> does not hold: %s",
                                ml_lesson_get_number (lesson), program->file, moment->title, moment->when,
                                snapshot->step, fact->text, why);
    }
}

static void
test_lessons_moments (void)
{
  g_autoptr(GListModel) lessons = ml_lesson_list_new ();
  g_autoptr(GString) failures = g_string_new (NULL);
  guint n_moments = 0, n_facts = 0;

  for (guint i = 0; i < g_list_model_get_n_items (lessons); i++)
    {
      g_autoptr(MlLesson) lesson = g_list_model_get_item (lessons, i);
      GPtrArray *programs = ml_lesson_get_programs (lesson);
      GPtrArray *moments = ml_lesson_get_moments (lesson);
      g_autofree gboolean *reached = g_new0 (gboolean, moments->len);
      g_autofree guint *checked = g_new0 (guint, moments->len);

      for (guint p = 0; p < programs->len; p++)
        {
          g_autoptr(MlEngine) engine = ml_engine_new ();
          g_autoptr(GBytes) source = ml_lesson_load_program (lesson, p, NULL);
          g_autofree char *text = g_strndup (g_bytes_get_data (source, NULL), g_bytes_get_size (source));
          const MlLessonProgram *program = g_ptr_array_index (programs, p);
          g_autoptr(MlSnapshot) previous = NULL;
          MlEngineConfig config;
          gint last = -1;
          guint steps = 0;

          ml_engine_config_init (&config);
          if (ml_lesson_get_gomaxprocs (lesson) > 0)
            config.gomaxprocs = ml_lesson_get_gomaxprocs (lesson);
          config.no_inline = ml_lesson_get_no_inline (lesson);
          ml_engine_load_program (engine, program->file, text, &config);
          g_assert_true (ml_engine_wait_idle (engine, 60000));

          for (;;)
            {
              const MlEngineProgramInfo *info = ml_engine_get_program_info (engine);
              MlSnapshot *snapshot = ml_engine_get_snapshot (engine);
              gboolean at_start = info->line == 0;
              gint next = ml_lesson_next_moment (lesson, last, snapshot, info, at_start);

              if (next >= 0)
                {
                  const MlLessonMoment *moment = g_ptr_array_index (moments, next);

                  g_test_message ("lesson %u, %s: step %" G_GUINT64_FORMAT ": %s", ml_lesson_get_number (lesson),
                                  program->file, ml_engine_get_step (engine), moment->when);
                  check_facts (lesson, program, moment, snapshot, previous, info, &checked[next], failures);
                  g_clear_pointer (&previous, ml_snapshot_unref);
                  previous = ml_snapshot_ref (snapshot);
                  reached[next] = TRUE;
                  last = next;
                }
              if (info->state != ML_ENGINE_PROGRAM_READY)
                break;
              if (++steps == SINGLE_STEPS)
                ml_engine_run_to_end (engine);
              else
                ml_engine_step_forward (engine);
              g_assert_true (ml_engine_wait_idle (engine, 60000));
            }
        }

      for (guint m = 0; m < moments->len; m++)
        {
          const MlLessonMoment *moment = g_ptr_array_index (moments, m);

          if (!reached[m])
            g_error ("Lesson %u never reaches its moment %s", ml_lesson_get_number (lesson), moment->when);
          /* Every moment's picture is checked by at least one fact where it is reached. */
          if (checked[m] == 0)
            g_error ("Lesson %u, moment “%s”: no fact was checked", ml_lesson_get_number (lesson), moment->title);
          n_facts += moment->facts->len;
          n_moments++;
        }
    }

  /* Every false fact at once: one picture often contradicts its text in more than one way. */
  if (failures->len > 0)
    g_error ("Lesson pictures that contradict their text:%s", failures->str);

  /* Two facts a moment, across the course: a moment's picture says more than one thing. */
  g_test_message ("%u facts for %u moments", n_facts, n_moments);
  g_assert_cmpuint (n_facts, >=, 2 * n_moments);
}

/* Lesson 5 ends by telling the class to turn the write barrier off and play again: the node
 * the program hid must then be lost, and the referee must say so.  With the barrier on,
 * nothing is lost. */
static void
play_collector (gboolean  barrier,
                guint    *violations,
                guint    *wb_shades,
                guint    *workers)
{
  g_autoptr(GHashTable) seen = g_hash_table_new (NULL, NULL);
  g_autoptr(GListModel) lessons = ml_lesson_list_new ();
  g_autoptr(MlLesson) lesson = g_list_model_get_item (lessons, 4);
  g_autoptr(MlEngine) engine = ml_engine_new ();
  g_autoptr(GBytes) source = ml_lesson_load_program (lesson, 0, NULL);
  g_autofree char *text = g_strndup (g_bytes_get_data (source, NULL), g_bytes_get_size (source));
  MlEngineConfig config;

  g_assert_cmpstr (ml_lesson_get_id (lesson), ==, "collector");
  ml_engine_config_init (&config);
  config.gomaxprocs = ml_lesson_get_gomaxprocs (lesson);
  config.write_barrier = barrier;
  ml_engine_load_program (engine, "05-collector.go", text, &config);
  g_assert_true (ml_engine_wait_idle (engine, 60000));
  *violations = *wb_shades = 0;
  while (ml_engine_get_program_info (engine)->state == ML_ENGINE_PROGRAM_READY)
    {
      MlSnapshot *snap;

      ml_engine_step_forward (engine);
      g_assert_true (ml_engine_wait_idle (engine, 60000));
      snap = ml_engine_get_snapshot (engine);
      for (guint e = 0; e < snap->n_events; e++)
        {
          *violations += snap->events[e].kind == ML_EVENT_INVARIANT_VIOLATION;
          *wb_shades += snap->events[e].kind == ML_EVENT_WB_SHADE;
          /* Who scanned: dedicated, fractional and idle workers, and which of each. */
          if (snap->events[e].kind == ML_EVENT_SCAN || snap->events[e].kind == ML_EVENT_ROOT)
            g_hash_table_add (seen, GUINT_TO_POINTER (snap->events[e].worker << 16 | snap->events[e].worker_id));
        }
    }
  *workers = g_hash_table_size (seen);
}

static void
test_collector_lesson_barrier (void)
{
  guint violations, wb_shades, workers;

  play_collector (TRUE, &violations, &wb_shades, &workers);
  g_assert_cmpuint (violations, ==, 0);
  g_assert_cmpuint (wb_shades, >=, 2);
  /* The lesson says several workers share the marking. */
  g_test_message ("%u workers marked", workers);
  g_assert_cmpuint (workers, >=, 2);

  play_collector (FALSE, &violations, &wb_shades, &workers);
  g_assert_cmpuint (wb_shades, ==, 0);
  g_assert_cmpuint (violations, >, 0);
}

/* Plays lesson @number's first program to its moment at @when and lays out its memory map. */
static MlScene *
lesson_memory_map (guint       number,
                   const char *when)
{
  g_autoptr(GListModel) lessons = ml_lesson_list_new ();
  g_autoptr(MlLesson) lesson = g_list_model_get_item (lessons, number - 1);
  g_autoptr(MlEngine) engine = ml_engine_new ();
  g_autoptr(GBytes) source = ml_lesson_load_program (lesson, 0, NULL);
  g_autofree char *text = g_strndup (g_bytes_get_data (source, NULL), g_bytes_get_size (source));
  MlEngineConfig config;
  MlLessonMoment moment = { .when = (char *) when };

  ml_engine_config_init (&config);
  ml_engine_load_program (engine, "lesson.go", text, &config);
  g_assert_true (ml_engine_wait_idle (engine, 60000));
  while (!ml_lesson_moment_matches (&moment, ml_engine_get_snapshot (engine), ml_engine_get_program_info (engine),
                                    FALSE))
    {
      g_assert_cmpint (ml_engine_get_program_info (engine)->state, ==, ML_ENGINE_PROGRAM_READY);
      ml_engine_step_forward (engine);
      g_assert_true (ml_engine_wait_idle (engine, 60000));
    }

  return ml_memory_map_view_layout (ml_engine_get_snapshot (engine), NULL, NULL);
}

/* The memory map shows the values the lessons talk about: the zeroed array make reserved,
 * and the int new(int) put in a tiny block, which has no type of its own. */
static void
test_lesson_values_drawn (void)
{
  g_autoptr(MlScene) make = lesson_memory_map (4, "line:10");
  g_autoptr(MlScene) escape = lesson_memory_map (6, "line:19");

  /* Five cells of zeros, a row of values at the course's level. */
  g_assert_cmpuint (ml_scene_count_boxes (make, "element"), ==, 5);
  g_assert_nonnull (ml_scene_find_text_by_string (make, "0"));
  /* The int is named by its type; the tiny block it shares is its note. */
  g_assert_nonnull (ml_scene_find_text_by_string (make, "in a 16 B tiny block"));
  g_assert_null (ml_scene_find_text_by_string (make, "+0"));
  g_assert_nonnull (ml_scene_find_text_by_string (escape, "42"));
}

static void
test_lessons_in_spanish (void)
{
  g_autoptr(GListModel) lessons = NULL;
  g_autoptr(MlLesson) first = NULL;
  g_autoptr(MlLesson) third = NULL;
  const MlLessonBlock *block;
  const MlLessonMoment *moment;

  g_setenv ("LANGUAGE", "es", TRUE);
  lessons = ml_lesson_list_new ();
  first = g_list_model_get_item (lessons, 0);
  third = g_list_model_get_item (lessons, 2);

  g_assert_cmpstr (ml_lesson_get_title (first), ==, "Organización de la memoria");
  block = g_ptr_array_index (ml_lesson_get_intro (first), 1);
  /* The lecture's own words. */
  g_assert_true (g_str_has_prefix (block->text, "Los programas son almacenados en la memoria secundaria."));
  g_assert_nonnull (strstr (block->text, "Un programa en ejecución se denomina proceso."));

  moment = g_ptr_array_index (ml_lesson_get_moments (third), 0);
  g_assert_cmpstr (moment->when, ==, "compile-error");
  g_assert_nonnull (strstr (g_ptr_array_index (moment->paragraphs, 0), "undefined: Martinez"));
  g_assert_nonnull (strstr (g_ptr_array_index (moment->paragraphs, 0), "sin comillas"));

  g_setenv ("LANGUAGE", "en", TRUE);
}

static void
test_lesson_errors (void)
{
  const char *bad[] = {
    "",
    "<lesson",
    "<notalesson/>",
    "<lesson id=\"x\" number=\"1\"><title>T</title></lesson>",
    "<lesson id=\"x\" number=\"1\"><title>T</title><summary>S</summary><program/></lesson>",
    "<lesson id=\"x\" number=\"1\"><title>T</title><summary>S</summary><moment><p>x</p></moment></lesson>",
    /* A fact the checker does not know would always hold, or never. */
    "<lesson id=\"x\" number=\"1\"><title>T</title><summary>S</summary>"
    "<moment when=\"end\"><title>T</title><fact kind=\"sparkles\"/></moment></lesson>",
    "<lesson id=\"x\" number=\"1\"><title>T</title><summary>S</summary>"
    "<moment when=\"end\"><title>T</title><fact kind=\"colour\" of=\"int:3\" is=\"gray\"/></moment></lesson>",
    "<lesson id=\"x\" number=\"1\"><title>T</title><summary>S</summary>"
    "<moment when=\"end\"><title>T</title><fact kind=\"phase\" is=\"marking\"/></moment></lesson>",
    "<lesson id=\"x\" number=\"1\"><title>T</title><summary>S</summary>"
    "<moment when=\"end\"><title>T</title><fact kind=\"frame\" fuction=\"main\" is=\"on\"/></moment></lesson>",
  };

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(GBytes) bytes = g_bytes_new_static (bad[i], strlen (bad[i]));
      g_autoptr(GError) error = NULL;
      g_autoptr(MlLesson) lesson = ml_lesson_new_from_bytes (bytes, &error);

      g_assert_null (lesson);
      g_assert_nonnull (error);
      g_assert_nonnull (error->message);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_setenv ("LANGUAGE", "en", TRUE);
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/lesson/complete", test_lessons_are_complete);
  g_test_add_func ("/lesson/spanish", test_lessons_in_spanish);
  g_test_add_func ("/lesson/errors", test_lesson_errors);
  g_test_add_func ("/lesson/moments", test_lessons_moments);
  g_test_add_func ("/lesson/collector-barrier", test_collector_lesson_barrier);
  g_test_add_func ("/lesson/values-drawn", test_lesson_values_drawn);

  return g_test_run ();
}
