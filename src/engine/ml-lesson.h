/* ml-lesson.h
 *
 * Copyright The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * MlLesson, one lesson of the course: see ml-lesson.c.
 */

#pragma once

#include <gio/gio.h>

#include "ml-engine.h"
#include "ml-lesson-fact.h"

G_BEGIN_DECLS

typedef struct
{
  char *file;     /* the program's resource name, e.g. "05-collector.go" */
  char *name;     /* its title, in the user's language */
} MlLessonProgram;

typedef enum
{
  ML_LESSON_PARAGRAPH,
  ML_LESSON_LIST_ITEM,
} MlLessonBlockKind;

typedef struct
{
  MlLessonBlockKind  kind;
  char              *text;
} MlLessonBlock;

/* A moment to pause at, and what to look at there.  @when is "start", "end",
 * "compile-error", "line:N", "phase:NAME" or "event:NAME". */
typedef struct
{
  char      *when;
  char      *view;        /* the view to show, or NULL to keep the current one */
  char      *focus;       /* what of the view the narration talks about ("segment:text",
                           * "timeline:compare"), or NULL: a window too small for the whole
                           * picture shows that part */
  char      *title;
  GPtrArray *paragraphs;  /* (element-type utf8), NULL-terminated */
  GPtrArray *facts;       /* (element-type MlLessonFact): what its picture must show */
} MlLessonMoment;

#define ML_TYPE_LESSON (ml_lesson_get_type ())

G_DECLARE_FINAL_TYPE (MlLesson, ml_lesson, ML, LESSON, GObject)

GListModel *ml_lesson_list_new           (void);
MlLesson   *ml_lesson_new_from_bytes     (GBytes     *xml,
                                          GError    **error);
const char *ml_lesson_get_id             (MlLesson   *self);
guint       ml_lesson_get_number         (MlLesson   *self);
const char *ml_lesson_get_title          (MlLesson   *self);
const char *ml_lesson_get_summary        (MlLesson   *self);
const char *ml_lesson_get_icon_name      (MlLesson   *self);
const char *ml_lesson_get_view           (MlLesson   *self);
gboolean    ml_lesson_get_compare        (MlLesson   *self);
guint       ml_lesson_get_gomaxprocs     (MlLesson   *self);
gboolean    ml_lesson_get_inline         (MlLesson   *self,
                                          gboolean   *set);
gboolean    ml_lesson_get_no_inline      (MlLesson   *self);
GPtrArray  *ml_lesson_get_intro          (MlLesson   *self);
GPtrArray  *ml_lesson_get_programs       (MlLesson   *self);
GPtrArray  *ml_lesson_get_moments        (MlLesson   *self);
GBytes     *ml_lesson_load_program       (MlLesson   *self,
                                          guint       index,
                                          GError    **error);

gboolean    ml_lesson_moment_matches     (const MlLessonMoment      *moment,
                                          MlSnapshot                *snapshot,
                                          const MlEngineProgramInfo *info,
                                          gboolean                   at_start);
gint        ml_lesson_next_moment        (MlLesson                  *self,
                                          gint                       after,
                                          MlSnapshot                *snapshot,
                                          const MlEngineProgramInfo *info,
                                          gboolean                   at_start);

G_END_DECLS
