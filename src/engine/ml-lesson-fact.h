/* ml-lesson-fact.h
 *
 * Copyright The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * MlLessonFact, one thing a lesson moment's picture must show: see ml-lesson-fact.c.
 */

#pragma once

#include <glib.h>

#include "ml-engine.h"

G_BEGIN_DECLS

typedef enum
{
  ML_LESSON_FACT_COLOUR,          /* the object @of has colour @is */
  ML_LESSON_FACT_OBJECTS,         /* between @min and @max live heap objects match @is/@type */
  ML_LESSON_FACT_FRAME,           /* a frame of @function is (@is="on") or is not on a stack */
  ML_LESSON_FACT_REACHES,         /* the variable @of reaches a live heap object (or @is="nothing") */
  ML_LESSON_FACT_GLOBAL,          /* the package variable @of holds the integer @value */
  ML_LESSON_FACT_DEREF,           /* the pointer variable @of points at the integer @value */
  ML_LESSON_FACT_PHASE,           /* the collector's phase is @is */
  ML_LESSON_FACT_BARRIER,         /* the write barrier is @is ("on" or "off") */
  ML_LESSON_FACT_BUFFERED,        /* the object @of is in the write barrier's buffer */
  ML_LESSON_FACT_SCANNING,        /* a mark worker is scanning at this step */
  ML_LESSON_FACT_GARBAGE,         /* between @min and @max objects no root reaches (@is: a colour) */
  ML_LESSON_FACT_HEAP,            /* the heap in use @is "grew", "shrank" or "same" since the
                                   * previous moment */
  ML_LESSON_FACT_COMPILE_ERROR,   /* a compile error is reported at @line */
  ML_LESSON_FACT_STATE,           /* the program is @is: "ready", "exited", "compile-error"... */
  ML_LESSON_FACT_PROCESS,         /* the process picture shows @is: "on-disk", "running", "ended" */
  ML_LESSON_FACT_GROWSLICES,      /* between @min and @max appends have moved their array */
  ML_LESSON_FACT_CYCLES,          /* between @min and @max collections have started */
} MlLessonFactKind;

typedef struct
{
  MlLessonFactKind  kind;
  char             *program;      /* only for this program of the lesson, or NULL for all */
  char             *of;           /* an object or variable: see ml-lesson-fact.c */
  char             *is;
  char             *function;
  char             *type;
  gint64            value;
  guint64           min;
  guint64           max;
  guint             line;
  char             *text;         /* the fact as written, for messages */
} MlLessonFact;

MlLessonFact *ml_lesson_fact_new      (GHashTable                *attrs,
                                       GError                   **error);
void          ml_lesson_fact_free     (gpointer                   data);
gboolean      ml_lesson_fact_applies  (const MlLessonFact        *fact,
                                       const char                *program);
gboolean      ml_lesson_fact_check    (const MlLessonFact        *fact,
                                       MlSnapshot                *snapshot,
                                       MlSnapshot                *previous,
                                       const MlEngineProgramInfo *info,
                                       char                     **why);

G_END_DECLS
