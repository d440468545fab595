/* ml-lesson.c
 *
 * Copyright The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "memlab-lesson"

#include "config.h"

#include <glib/gi18n.h>

#include "ml-lesson.h"

/* One lesson of the course.  The titles follow the lecture "Gestión de Memoria"; the
 * programs, narration and pauses are attached to these ids as the lessons are written. */
struct _MlLesson
{
  GObject     parent_instance;

  const char *id;
  const char *title;
  const char *summary;
  const char *icon_name;
  guint       number;
};

G_DEFINE_FINAL_TYPE (MlLesson, ml_lesson, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_NUMBER,
  PROP_TITLE,
  PROP_SUMMARY,
  PROP_ICON_NAME,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const struct {
  const char *id;
  const char *title;
  const char *summary;
  const char *icon_name;
} lessons[] = {
  { "organisation",
    N_("Memory Organisation"),
    N_("Secondary and primary memory; from program to process"),
    "drive-harddisk-symbolic" },
  { "segments",
    N_("The Four Segments"),
    N_("Code, data, heap and stack, and what lives in each"),
    "view-list-symbolic" },
  { "memory-map",
    N_("The Memory Map"),
    N_("Where every variable of the Persona program lives"),
    "view-grid-symbolic" },
  { "new-make",
    N_("new() and make()"),
    N_("Allocating memory and initialising slices and maps"),
    "list-add-symbolic" },
  { "collector",
    N_("The Garbage Collector"),
    N_("Concurrent tricolour mark and sweep, phases and the write barrier"),
    "user-trash-symbolic" },
  { "escape",
    N_("Escape Analysis"),
    N_("Why the compiler puts a variable on the stack or on the heap"),
    "go-up-symbolic" },
  { "slices",
    N_("Slice Growth"),
    N_("append without preallocation against make with capacity"),
    "view-continuous-symbolic" },
  { "leaks",
    N_("Memory Leaks"),
    N_("References kept by accident, and how to let the collector reclaim them"),
    "dialog-warning-symbolic" },
};

static void
ml_lesson_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  MlLesson *self = ML_LESSON (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, ml_lesson_get_id (self));
      break;

    case PROP_NUMBER:
      g_value_set_uint (value, ml_lesson_get_number (self));
      break;

    case PROP_TITLE:
      g_value_set_string (value, ml_lesson_get_title (self));
      break;

    case PROP_SUMMARY:
      g_value_set_string (value, ml_lesson_get_summary (self));
      break;

    case PROP_ICON_NAME:
      g_value_set_string (value, ml_lesson_get_icon_name (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ml_lesson_class_init (MlLessonClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->get_property = ml_lesson_get_property;

  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL, NULL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  properties[PROP_NUMBER] =
    g_param_spec_uint ("number", NULL, NULL, 1, G_MAXUINT, 1,
                       (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, NULL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  properties[PROP_SUMMARY] =
    g_param_spec_string ("summary", NULL, NULL, NULL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  properties[PROP_ICON_NAME] =
    g_param_spec_string ("icon-name", NULL, NULL, NULL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ml_lesson_init (MlLesson *self)
{
}

/**
 * ml_lesson_list_new:
 *
 * Returns: (transfer full): a list of the course's lessons, in order
 */
GListModel *
ml_lesson_list_new (void)
{
  GListStore *store = g_list_store_new (ML_TYPE_LESSON);

  for (guint i = 0; i < G_N_ELEMENTS (lessons); i++)
    {
      g_autoptr(MlLesson) lesson = g_object_new (ML_TYPE_LESSON, NULL);

      lesson->id = lessons[i].id;
      lesson->title = lessons[i].title;
      lesson->summary = lessons[i].summary;
      lesson->icon_name = lessons[i].icon_name;
      lesson->number = i + 1;
      g_list_store_append (store, lesson);
    }

  return G_LIST_MODEL (store);
}

const char *
ml_lesson_get_id (MlLesson *self)
{
  g_return_val_if_fail (ML_IS_LESSON (self), NULL);

  return self->id;
}

guint
ml_lesson_get_number (MlLesson *self)
{
  g_return_val_if_fail (ML_IS_LESSON (self), 0);

  return self->number;
}

/* The title and summary are translated when read, so a lesson follows the locale the
 * process runs in. */
const char *
ml_lesson_get_title (MlLesson *self)
{
  g_return_val_if_fail (ML_IS_LESSON (self), NULL);

  return _(self->title);
}

const char *
ml_lesson_get_summary (MlLesson *self)
{
  g_return_val_if_fail (ML_IS_LESSON (self), NULL);

  return _(self->summary);
}

const char *
ml_lesson_get_icon_name (MlLesson *self)
{
  g_return_val_if_fail (ML_IS_LESSON (self), NULL);

  return self->icon_name;
}
