/* ml-lesson.h
 *
 * Copyright The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define ML_TYPE_LESSON (ml_lesson_get_type ())

G_DECLARE_FINAL_TYPE (MlLesson, ml_lesson, ML, LESSON, GObject)

GListModel *ml_lesson_list_new     (void);
const char *ml_lesson_get_id       (MlLesson *self);
guint       ml_lesson_get_number   (MlLesson *self);
const char *ml_lesson_get_title    (MlLesson *self);
const char *ml_lesson_get_summary  (MlLesson *self);
const char *ml_lesson_get_icon_name (MlLesson *self);

G_END_DECLS
