/* ml-test-legibility.c
 *
 * Copyright The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Plays every moment of every lesson in a presentation-mode window of a given size, as a
 * teacher would (a step at a time, and the end in one command), and asks the canvas at each
 * moment for the smallest text it draws, in device pixels.  The legibility test and the
 * window's benchmark share it, so that the figure the benchmark prints is the one the test
 * holds to the floor.
 */

#include "config.h"

#include <gtksourceview/gtksource.h>
#include <stdlib.h>

#include "ml-canvas.h"
#include "ml-engine.h"
#include "ml-lesson.h"
#include "ml-test-legibility.h"
#include "ml-test-utils.h"
#include "ml-window.h"

/* A lesson's way to its last moment, in steps; far more than any lesson takes. */
#define MAX_STEPS 3000

static gboolean
window_is_mapped (gpointer data)
{
  return gtk_widget_get_mapped (GTK_WIDGET (data));
}

/* Progress for a test's log; the benchmark, outside a test, prints only its figure, which
 * build-aux/dev bench picks out by the start of its line. */
#define say(...) G_STMT_START { if (g_test_initialized ()) g_test_message (__VA_ARGS__); } G_STMT_END

/* The first moment after @last (an index, or -1) not yet seen, or -1. */
static gint
next_unseen (GPtrArray      *moments,
             const gboolean *seen,
             gint            last)
{
  for (guint i = (guint)(last + 1); i < moments->len; i++)
    if (!seen[i])
      return (gint)i;

  return -1;
}

static gint
moment_index (GPtrArray  *moments,
              const char *when,
              gint        after)
{
  for (guint i = (guint)(after + 1); i < moments->len; i++)
    if (g_strcmp0 (((MlLessonMoment *) g_ptr_array_index (moments, i))->when, when) == 0)
      return (gint)i;

  return -1;
}

/* Sets or clears a breakpoint on @line (from 1), as a click in the gutter does. */
static void
set_breakpoint (MlWindow *window,
                guint     line,
                gboolean  set)
{
  GtkWidget *view = ml_test_find_widget (GTK_WIDGET (window), GTK_SOURCE_TYPE_VIEW, NULL);
  GtkTextBuffer *buffer;
  GtkTextIter start, end;

  g_assert_nonnull (view);
  buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (view));
  gtk_text_buffer_get_iter_at_line (buffer, &start, (int)line - 1);
  end = start;
  if (set)
    gtk_source_buffer_create_source_mark (GTK_SOURCE_BUFFER (buffer), NULL, "breakpoint", &start);
  else
    gtk_source_buffer_remove_source_marks (GTK_SOURCE_BUFFER (buffer), &start, &end, "breakpoint");
}

/* Plays @lesson's program @program in @window; marks the moments told in @seen and keeps the
 * smallest text of each in @smallest. */
static void
play_program (MlWindow *window,
              MlLesson *lesson,
              guint     program,
              gboolean *seen,
              double   *smallest)
{
  GPtrArray *moments = ml_lesson_get_moments (lesson);
  MlEngine *engine = ml_window_get_engine (window);
  MlCanvas *canvas = ml_window_get_canvas (window);
  gint last = -1;
  gint tried = -1;

  g_assert_true (ml_window_show_lesson (window, ml_lesson_get_id (lesson)));
  if (program > 0)
    g_assert_true (ml_window_show_lesson_program (window, program));
  g_assert_true (ml_engine_wait_idle (engine, 20000));
  ml_test_iterate (20);

  for (guint step = 0; step < MAX_STEPS; step++)
    {
      const char *moment = ml_window_get_moment (window);
      gint index = moment != NULL ? moment_index (moments, moment, last) : -1;
      gint next;
      const MlLessonMoment *m;

      if (index >= 0)
        {
          double px;

          /* The canvas lays the moment's view out at its size before it is measured. */
          ml_test_iterate (30);
          px = ml_canvas_get_min_text_px (canvas);
          if (!seen[index] || px < smallest[index])
            smallest[index] = px;
          seen[index] = TRUE;
          last = index;
          say ("lesson %u, moment %s: %.1f px", ml_lesson_get_number (lesson), moment, px);
        }

      next = next_unseen (moments, seen, last);
      if (next < 0)
        break;
      if (step % 100 == 99)
        say ("lesson %u: %u steps, waiting for %s", ml_lesson_get_number (lesson), step + 1,
                        ((MlLessonMoment *) g_ptr_array_index (moments, next))->when);
      m = g_ptr_array_index (moments, next);
      /* A line far into a loop is reached as a teacher would: a breakpoint and a run to it;
       * any other moment a step at a time, the end in one command. */
      if (g_str_has_prefix (m->when, "line:") && tried != next)
        {
          guint line = (guint)strtoul (m->when + 5, NULL, 10);

          tried = next;
          set_breakpoint (window, line, TRUE);
          gtk_widget_activate_action (GTK_WIDGET (window), "win.run-to-end", NULL);
          if (ml_engine_get_busy (engine))
            g_assert_true (ml_engine_wait_idle (engine, 300000));
          ml_test_iterate (2);
          set_breakpoint (window, line, FALSE);
          if (ml_engine_get_program_info (engine)->state != ML_ENGINE_PROGRAM_READY)
            break;
          continue;
        }
      gtk_widget_activate_action (GTK_WIDGET (window),
                                  g_str_equal (m->when, "end") ? "win.run-to-end" : "win.step", NULL);
      /* A disabled action does nothing: the program has ended, or does not compile. */
      if (!ml_engine_get_busy (engine))
        break;
      /* Lesson 7's end is a million appends away. */
      g_assert_true (ml_engine_wait_idle (engine, 300000));
      ml_test_iterate (2);
    }
}

/**
 * ml_test_legibility_play:
 * @width: the window's size
 * @floor_px: the smallest text allowed
 * @failures: (nullable): gets a line for each moment whose text is below @floor_px, and for
 *   each moment that never came
 *
 * Returns: the smallest text drawn at any moment, in device pixels
 */
double
ml_test_legibility_play (MlApplication *app,
                         int            width,
                         int            height,
                         double         floor_px,
                         GString       *failures)
{
  g_autoptr(GListModel) lessons = ml_lesson_list_new ();
  double overall = G_MAXDOUBLE;

  for (guint l = 0; l < g_list_model_get_n_items (lessons); l++)
    {
      g_autoptr(MlLesson) lesson = g_list_model_get_item (lessons, l);
      GPtrArray *moments = ml_lesson_get_moments (lesson);
      guint n_programs = MAX (ml_lesson_get_programs (lesson)->len, 1);
      g_autofree gboolean *seen = g_new0 (gboolean, moments->len);
      g_autofree double *smallest = g_new0 (double, moments->len);

      for (guint p = 0; p < n_programs && next_unseen (moments, seen, -1) >= 0; p++)
        {
          MlWindow *window = ml_window_new (app);

          gtk_window_set_default_size (GTK_WINDOW (window), width, height);
          g_object_set (window, "presenting", TRUE, NULL);
          gtk_window_present (GTK_WINDOW (window));
          g_assert_true (ml_test_wait_until (window_is_mapped, window, 10000));
          ml_test_iterate (50);
          play_program (window, lesson, p, seen, smallest);
          gtk_window_destroy (GTK_WINDOW (window));
          ml_test_iterate (20);
        }

      for (guint i = 0; i < moments->len; i++)
        {
          const MlLessonMoment *m = g_ptr_array_index (moments, i);
          const char *view = m->view != NULL ? m->view : ml_lesson_get_view (lesson);

          if (!seen[i])
            {
              if (failures != NULL)
                g_string_append_printf (failures, "lesson %u, moment %s: never came at %dx%d\n",
                                        ml_lesson_get_number (lesson), m->when, width, height);
              continue;
            }
          /* A moment without text (a picture of boxes only) sets no figure. */
          if (smallest[i] <= 0)
            continue;
          overall = MIN (overall, smallest[i]);
          if (smallest[i] < floor_px && failures != NULL)
            g_string_append_printf (failures, "lesson %u, moment %s, view %s: text of %.1f px at %dx%d\n",
                                    ml_lesson_get_number (lesson), m->when, view, smallest[i],
                                    width, height);
        }
    }

  return overall == G_MAXDOUBLE ? 0 : overall;
}
