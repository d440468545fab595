/* ml-lesson.c
 *
 * Copyright The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One lesson of the course, read from the lesson files bundled in the GResource.  The build
 * merges every translation into those files as xml:lang variants of each title and
 * paragraph (as for the metainfo), so the lesson picks the variant of the user's language
 * here rather than through gettext.
 */

#define G_LOG_DOMAIN "memlab-lesson"

#include "config.h"

#include <glib/gi18n.h>

#include "ml-lesson.h"
#include "ml-lessons.h"
#include "ml-names.h"

#define LESSONS_PATH RESOURCE_PATH "/lessons"

struct _MlLesson
{
  GObject    parent_instance;

  char      *id;
  guint      number;
  char      *icon_name;
  char      *view;
  char      *title;
  char      *summary;
  gboolean   compare;
  guint      gomaxprocs;
  gboolean   inline_set;
  gboolean   inline_calls;
  GPtrArray *intro;      /* MlLessonBlock */
  GPtrArray *programs;   /* MlLessonProgram */
  GPtrArray *moments;    /* MlLessonMoment */
  /* Every string above and in the blocks, programs and moments: a lesson's words live as long
   * as the lesson, and go with it. */
  GStringChunk *words;
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

/* The icon of each lesson in the sidebar. */
static const struct {
  const char *id;
  const char *icon_name;
} icons[] = {
  { "organisation", "drive-harddisk-symbolic" },
  { "segments", "view-list-symbolic" },
  { "memory-map", "view-grid-symbolic" },
  { "new-make", "list-add-symbolic" },
  { "collector", "user-trash-symbolic" },
  { "escape", "go-up-symbolic" },
  { "slices", "view-continuous-symbolic" },
  { "leaks", "dialog-warning-symbolic" },
};

/* --- A small tree of the XML, enough for lessons ------------------------------------- */

typedef struct _Node Node;
struct _Node
{
  char      *name;
  char      *lang;       /* xml:lang, or NULL for the original */
  GHashTable *attrs;
  GString   *text;
  GPtrArray *children;
  Node      *parent;
};

static void
node_free (gpointer data)
{
  Node *node = data;

  g_free (node->name);
  g_free (node->lang);
  g_hash_table_unref (node->attrs);
  g_string_free (node->text, TRUE);
  g_ptr_array_unref (node->children);
  g_free (node);
}

static Node *
node_new (const char *name,
          Node       *parent)
{
  Node *node = g_new0 (Node, 1);

  node->name = g_strdup (name);
  node->attrs = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  node->text = g_string_new (NULL);
  node->children = g_ptr_array_new_with_free_func (node_free);
  node->parent = parent;

  return node;
}

static void
start_element_cb (GMarkupParseContext  *context,
                  const char           *element_name,
                  const char          **attribute_names,
                  const char          **attribute_values,
                  gpointer              user_data,
                  GError              **error)
{
  Node **current = user_data;
  Node *node = node_new (element_name, *current);

  for (guint i = 0; attribute_names[i] != NULL; i++)
    {
      if (g_str_equal (attribute_names[i], "xml:lang"))
        node->lang = g_strdup (attribute_values[i]);
      else
        g_hash_table_insert (node->attrs, g_strdup (attribute_names[i]),
                             g_strdup (attribute_values[i]));
    }

  g_ptr_array_add ((*current)->children, node);
  *current = node;
}

static void
end_element_cb (GMarkupParseContext  *context,
                const char           *element_name,
                gpointer              user_data,
                GError              **error)
{
  Node **current = user_data;

  *current = (*current)->parent;
}

static void
text_cb (GMarkupParseContext  *context,
         const char           *text,
         gsize                 text_len,
         gpointer              user_data,
         GError              **error)
{
  Node **current = user_data;

  g_string_append_len ((*current)->text, text, text_len);
}

/* How well a variant's language suits the user: lower is better, G_MAXUINT not at all. */
static guint
language_rank (const char *lang)
{
  const char * const *names = g_get_language_names ();

  for (guint i = 0; names[i] != NULL; i++)
    if (g_strcmp0 (names[i], lang) == 0)
      return i;

  return G_MAXUINT;
}

/* @text, kept with the lesson's words, or %NULL for none. */
static char *
words_insert (GStringChunk *words,
              const char   *text)
{
  return text != NULL ? g_string_chunk_insert (words, text) : NULL;
}

/* Collapses runs of white space into single spaces, as the translation tools do. */
static char *
normalize_text (GStringChunk *words,
                const char   *text)
{
  g_autoptr(GString) out = g_string_new (NULL);
  gboolean space = FALSE;

  for (const char *p = text; *p != '\0'; p++)
    {
      if (g_ascii_isspace (*p))
        space = out->len > 0;
      else
        {
          if (space)
            g_string_append_c (out, ' ');
          space = FALSE;
          g_string_append_c (out, *p);
        }
    }

  return g_string_chunk_insert (words, out->str);
}

/* The original child at @index of @parent, or the variant of it for the user's language.
 * msgfmt puts the translated variants right after the original they translate. */
static Node *
pick_variant (Node  *parent,
              guint  index)
{
  Node *original = g_ptr_array_index (parent->children, index);
  Node *best = original;
  guint best_rank = G_MAXUINT;

  for (guint j = index + 1; j < parent->children->len; j++)
    {
      Node *variant = g_ptr_array_index (parent->children, j);
      guint rank;

      if (variant->lang == NULL || !g_str_equal (variant->name, original->name))
        break;

      rank = language_rank (variant->lang);
      if (rank < best_rank)
        {
          best = variant;
          best_rank = rank;
        }
    }

  return best;
}

/* The children of @parent named @name, each in the user's language. */
static GPtrArray *
localized_children (Node       *parent,
                    const char *name)
{
  GPtrArray *result = g_ptr_array_new ();

  for (guint i = 0; i < parent->children->len; i++)
    {
      Node *child = g_ptr_array_index (parent->children, i);

      if (child->lang == NULL && g_str_equal (child->name, name))
        g_ptr_array_add (result, pick_variant (parent, i));
    }

  return result;
}

static char *
localized_text (GStringChunk *words,
                Node         *parent,
                const char   *name)
{
  g_autoptr(GPtrArray) found = localized_children (parent, name);

  if (found->len == 0)
    return NULL;

  return normalize_text (words, ((Node *)g_ptr_array_index (found, 0))->text->str);
}

static GPtrArray *
localized_paragraphs (GStringChunk *words,
                      Node         *parent)
{
  g_autoptr(GPtrArray) found = localized_children (parent, "p");
  /* NULL-terminated, so that the paragraphs are also a string vector (g_strjoinv). */
  GPtrArray *texts = g_ptr_array_new_null_terminated (found->len, NULL, TRUE);

  for (guint i = 0; i < found->len; i++)
    g_ptr_array_add (texts, normalize_text (words, ((Node *)g_ptr_array_index (found, i))->text->str));

  return texts;
}

static Node *
find_child (Node       *parent,
            const char *name)
{
  for (guint i = 0; i < parent->children->len; i++)
    {
      Node *child = g_ptr_array_index (parent->children, i);

      if (g_str_equal (child->name, name) && child->lang == NULL)
        return child;
    }

  return NULL;
}

/* A moment's strings are the lesson's words; its list of paragraphs is its own. */
static void
moment_free (gpointer data)
{
  MlLessonMoment *moment = data;

  g_ptr_array_unref (moment->paragraphs);
  g_clear_pointer (&moment->facts, g_ptr_array_unref);
  g_free (moment);
}

static gboolean
ml_lesson_load (MlLesson  *self,
                Node      *lesson,
                GError   **error)
{
  const char *number;
  const char *gomaxprocs;
  Node *intro;

  self->id = words_insert (self->words, g_hash_table_lookup (lesson->attrs, "id"));
  number = g_hash_table_lookup (lesson->attrs, "number");
  self->title = localized_text (self->words, lesson, "title");
  self->summary = localized_text (self->words, lesson, "summary");

  if (self->id == NULL || number == NULL || self->title == NULL || self->summary == NULL)
    {
      g_set_error_literal (error, G_MARKUP_ERROR, G_MARKUP_ERROR_MISSING_ATTRIBUTE,
                           _("A lesson needs an id, a number, a title and a summary"));
      return FALSE;
    }

  self->number = (guint)g_ascii_strtoull (number, NULL, 10);
  self->view = words_insert (self->words, g_hash_table_lookup (lesson->attrs, "view"));
  self->compare = g_strcmp0 (g_hash_table_lookup (lesson->attrs, "compare"), "yes") == 0;

  for (guint i = 0; i < G_N_ELEMENTS (icons); i++)
    if (g_str_equal (icons[i].id, self->id))
      self->icon_name = words_insert (self->words, icons[i].icon_name);
  if (self->icon_name == NULL)
    self->icon_name = words_insert (self->words, "accessories-dictionary-symbolic");

  for (guint i = 0; i < lesson->children->len; i++)
    {
      Node *child = g_ptr_array_index (lesson->children, i);

      if (g_str_equal (child->name, "runtime") &&
          (gomaxprocs = g_hash_table_lookup (child->attrs, "gomaxprocs")) != NULL)
        self->gomaxprocs = (guint)g_ascii_strtoull (gomaxprocs, NULL, 10);
      /* <runtime inline="false"/>: the lesson tells the story of the -gcflags=-l build;
       * inline="true", that of go run's, whatever the user's preference. */
      if (g_str_equal (child->name, "runtime") &&
          g_hash_table_lookup (child->attrs, "inline") != NULL)
        {
          self->inline_set = TRUE;
          self->inline_calls = g_strcmp0 (g_hash_table_lookup (child->attrs, "inline"), "false") != 0;
        }

      if (g_str_equal (child->name, "program"))
        {
          MlLessonProgram *program = g_new0 (MlLessonProgram, 1);

          program->file = words_insert (self->words, g_hash_table_lookup (child->attrs, "file"));
          program->name = localized_text (self->words, child, "name");
          if (program->file == NULL)
            {
              g_free (program);
              g_set_error_literal (error, G_MARKUP_ERROR, G_MARKUP_ERROR_MISSING_ATTRIBUTE,
                                   _("A lesson program needs a file"));
              return FALSE;
            }
          g_ptr_array_add (self->programs, program);
        }

      if (g_str_equal (child->name, "moment"))
        {
          MlLessonMoment *moment = g_new0 (MlLessonMoment, 1);

          moment->when = words_insert (self->words, g_hash_table_lookup (child->attrs, "when"));
          moment->view = words_insert (self->words, g_hash_table_lookup (child->attrs, "view"));
          moment->focus = words_insert (self->words, g_hash_table_lookup (child->attrs, "focus"));
          moment->title = localized_text (self->words, child, "title");
          moment->paragraphs = localized_paragraphs (self->words, child);
          moment->facts = g_ptr_array_new_with_free_func (ml_lesson_fact_free);
          for (guint j = 0; j < child->children->len; j++)
            {
              Node *fact_node = g_ptr_array_index (child->children, j);
              MlLessonFact *fact;

              if (!g_str_equal (fact_node->name, "fact") || fact_node->lang != NULL)
                continue;
              if ((fact = ml_lesson_fact_new (fact_node->attrs, error)) == NULL)
                {
                  moment_free (moment);
                  return FALSE;
                }
              g_ptr_array_add (moment->facts, fact);
            }
          if (moment->when == NULL || moment->title == NULL)
            {
              moment_free (moment);
              g_set_error_literal (error, G_MARKUP_ERROR, G_MARKUP_ERROR_MISSING_ATTRIBUTE,
                                   _("A lesson moment needs a time and a title"));
              return FALSE;
            }
          g_ptr_array_add (self->moments, moment);
        }
    }

  if ((intro = find_child (lesson, "intro")) != NULL)
    {
      /* Paragraphs and list items keep their order. */
      for (guint i = 0; i < intro->children->len; i++)
        {
          Node *child = g_ptr_array_index (intro->children, i);
          g_autoptr(GPtrArray) items = NULL;

          if (child->lang != NULL)
            continue;

          if (g_str_equal (child->name, "p"))
            {
              MlLessonBlock *block = g_new0 (MlLessonBlock, 1);

              block->kind = ML_LESSON_PARAGRAPH;
              block->text = normalize_text (self->words, pick_variant (intro, i)->text->str);
              g_ptr_array_add (self->intro, block);
            }
          else if (g_str_equal (child->name, "ul"))
            {
              items = localized_children (child, "li");
              for (guint j = 0; j < items->len; j++)
                {
                  MlLessonBlock *block = g_new0 (MlLessonBlock, 1);

                  block->kind = ML_LESSON_LIST_ITEM;
                  block->text = normalize_text (self->words, ((Node *)g_ptr_array_index (items, j))->text->str);
                  g_ptr_array_add (self->intro, block);
                }
            }
        }
    }

  return TRUE;
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Node, node_free)

/**
 * ml_lesson_new_from_bytes:
 * @xml: a lesson file, with its translations merged in
 *
 * Returns: (transfer full): the lesson, in the user's language where a translation exists
 */
MlLesson *
ml_lesson_new_from_bytes (GBytes  *xml,
                          GError **error)
{
  static const GMarkupParser parser = { start_element_cb, end_element_cb, text_cb, NULL, NULL };
  g_autoptr(MlLesson) self = NULL;
  g_autoptr(GMarkupParseContext) context = NULL;
  g_autoptr(Node) root = node_new ("", NULL);
  Node *current = root;
  Node *lesson;
  gsize size;
  const char *data;

  g_return_val_if_fail (xml != NULL, NULL);

  data = g_bytes_get_data (xml, &size);
  context = g_markup_parse_context_new (&parser, G_MARKUP_TREAT_CDATA_AS_TEXT, &current, NULL);
  if (!g_markup_parse_context_parse (context, data, size, error) ||
      !g_markup_parse_context_end_parse (context, error))
    return NULL;

  lesson = find_child (root, "lesson");
  if (lesson == NULL)
    {
      g_set_error_literal (error, G_MARKUP_ERROR, G_MARKUP_ERROR_INVALID_CONTENT,
                           _("This is not a lesson file"));
      return NULL;
    }

  self = g_object_new (ML_TYPE_LESSON, NULL);
  if (!ml_lesson_load (self, lesson, error))
    return NULL;

  return g_steal_pointer (&self);
}

static void
ml_lesson_finalize (GObject *object)
{
  MlLesson *self = ML_LESSON (object);

  g_ptr_array_unref (self->intro);
  g_ptr_array_unref (self->programs);
  g_ptr_array_unref (self->moments);
  g_string_chunk_free (self->words);

  G_OBJECT_CLASS (ml_lesson_parent_class)->finalize (object);
}

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
      g_value_set_string (value, self->id);
      break;

    case PROP_NUMBER:
      g_value_set_uint (value, self->number);
      break;

    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;

    case PROP_SUMMARY:
      g_value_set_string (value, self->summary);
      break;

    case PROP_ICON_NAME:
      g_value_set_string (value, self->icon_name);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ml_lesson_class_init (MlLessonClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = ml_lesson_finalize;
  object_class->get_property = ml_lesson_get_property;

  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL, NULL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  properties[PROP_NUMBER] =
    g_param_spec_uint ("number", NULL, NULL, 0, G_MAXUINT, 0,
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
  self->intro = g_ptr_array_new_with_free_func (g_free);
  self->programs = g_ptr_array_new_with_free_func (g_free);
  self->moments = g_ptr_array_new_with_free_func (moment_free);
  self->words = g_string_chunk_new (1024);
}

static int
compare_lessons (gconstpointer a,
                 gconstpointer b,
                 gpointer      user_data)
{
  return (int)ml_lesson_get_number ((MlLesson *)a) - (int)ml_lesson_get_number ((MlLesson *)b);
}

/**
 * ml_lesson_list_new:
 *
 * Returns: (transfer full): the course's lessons, in order
 */
GListModel *
ml_lesson_list_new (void)
{
  GListStore *store = g_list_store_new (ML_TYPE_LESSON);
  g_auto(GStrv) names = NULL;
  g_autoptr(GError) error = NULL;

  /* Referring to the bundle keeps the linker from dropping it from the static library. */
  g_assert (ml_lessons_get_resource () != NULL);

  names = g_resources_enumerate_children (LESSONS_PATH, 0, &error);
  if (names == NULL)
    {
      g_critical ("The lessons are missing from the resources: %s", error->message);
      return G_LIST_MODEL (store);
    }

  for (guint i = 0; names[i] != NULL; i++)
    {
      g_autofree char *path = NULL;
      g_autoptr(GBytes) bytes = NULL;
      g_autoptr(MlLesson) lesson = NULL;

      if (!g_str_has_suffix (names[i], ".lesson"))
        continue;

      path = g_build_path ("/", LESSONS_PATH, names[i], NULL);
      bytes = g_resources_lookup_data (path, 0, &error);
      if (bytes == NULL || (lesson = ml_lesson_new_from_bytes (bytes, &error)) == NULL)
        {
          /* A broken bundled lesson is a bug of the build; the others still load. */
          g_critical ("Lesson %s: %s", names[i], error->message);
          g_clear_error (&error);
          continue;
        }
      g_list_store_insert_sorted (store, lesson, compare_lessons, NULL);
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

const char *
ml_lesson_get_title (MlLesson *self)
{
  g_return_val_if_fail (ML_IS_LESSON (self), NULL);

  return self->title;
}

const char *
ml_lesson_get_summary (MlLesson *self)
{
  g_return_val_if_fail (ML_IS_LESSON (self), NULL);

  return self->summary;
}

const char *
ml_lesson_get_icon_name (MlLesson *self)
{
  g_return_val_if_fail (ML_IS_LESSON (self), NULL);

  return self->icon_name;
}

/**
 * ml_lesson_get_view:
 *
 * Returns: (nullable): the view the lesson opens with
 */
const char *
ml_lesson_get_view (MlLesson *self)
{
  g_return_val_if_fail (ML_IS_LESSON (self), NULL);

  return self->view;
}

/**
 * ml_lesson_get_compare:
 *
 * Returns: whether the lesson runs its programs side by side (the slice lesson)
 */
gboolean
ml_lesson_get_compare (MlLesson *self)
{
  g_return_val_if_fail (ML_IS_LESSON (self), FALSE);

  return self->compare;
}

/**
 * ml_lesson_get_gomaxprocs:
 *
 * Returns: the GOMAXPROCS the lesson runs with, or 0 for the user's setting
 */
guint
ml_lesson_get_gomaxprocs (MlLesson *self)
{
  g_return_val_if_fail (ML_IS_LESSON (self), 0);

  return self->gomaxprocs;
}

/**
 * ml_lesson_get_inline:
 * @set: (out) (optional): whether the lesson chooses the build (`<runtime inline="..."/>`),
 *   whatever the user's preference
 *
 * Returns: whether the lesson's programs are built as go run builds them, inlining calls;
 *   %FALSE for `<runtime inline="false"/>`, the build of go run -gcflags=-l
 */
gboolean
ml_lesson_get_inline (MlLesson *self,
                      gboolean *set)
{
  g_return_val_if_fail (ML_IS_LESSON (self), TRUE);

  if (set != NULL)
    *set = self->inline_set;
  return !self->inline_set || self->inline_calls;
}

/**
 * ml_lesson_get_no_inline:
 *
 * Returns: whether the lesson's programs are built without inlining whatever the user's
 *   preference (`<runtime inline="false"/>`)
 */
gboolean
ml_lesson_get_no_inline (MlLesson *self)
{
  return !ml_lesson_get_inline (self, NULL);
}

/**
 * ml_lesson_get_intro:
 *
 * Returns: (transfer none) (element-type MlLessonBlock): the lesson's introduction
 */
GPtrArray *
ml_lesson_get_intro (MlLesson *self)
{
  g_return_val_if_fail (ML_IS_LESSON (self), NULL);

  return self->intro;
}

/**
 * ml_lesson_get_programs:
 *
 * Returns: (transfer none) (element-type MlLessonProgram): the lesson's programs
 */
GPtrArray *
ml_lesson_get_programs (MlLesson *self)
{
  g_return_val_if_fail (ML_IS_LESSON (self), NULL);

  return self->programs;
}

/**
 * ml_lesson_get_moments:
 *
 * Returns: (transfer none) (element-type MlLessonMoment): the moments to pause at
 */
GPtrArray *
ml_lesson_get_moments (MlLesson *self)
{
  g_return_val_if_fail (ML_IS_LESSON (self), NULL);

  return self->moments;
}

/**
 * ml_lesson_load_program:
 *
 * Returns: (transfer full): the Go source of program @index
 */
GBytes *
ml_lesson_load_program (MlLesson  *self,
                        guint      index,
                        GError   **error)
{
  const MlLessonProgram *program;
  g_autofree char *path = NULL;

  g_return_val_if_fail (ML_IS_LESSON (self), NULL);
  g_return_val_if_fail (index < self->programs->len, NULL);

  program = g_ptr_array_index (self->programs, index);
  path = g_build_path ("/", LESSONS_PATH, program->file, NULL);

  return g_resources_lookup_data (path, 0, error);
}

static const char *
event_name (guint kind)
{
  switch (kind)
    {
    case ML_EVENT_CYCLE_START: return "cycle-start";
    case ML_EVENT_CYCLE_END: return "cycle-end";
    case ML_EVENT_WB_SHADE: return "wb-shade";
    case ML_EVENT_GROWSLICE: return "growslice";
    case ML_EVENT_ALLOC: return "alloc";
    case ML_EVENT_FREE: return "free";
    case ML_EVENT_STACK_GROW: return "stack-grow";
    case ML_EVENT_SCAN: return "scan";
    case ML_EVENT_WB_FLUSH: return "wb-flush";
    default: return NULL;
    }
}

/**
 * ml_lesson_moment_matches:
 * @snapshot: the step's picture
 * @info: where the program stands
 * @at_start: whether the program is loaded and no statement has run yet
 *
 * Returns: whether @moment's condition holds at this step
 */
gboolean
ml_lesson_moment_matches (const MlLessonMoment      *moment,
                          MlSnapshot                *snapshot,
                          const MlEngineProgramInfo *info,
                          gboolean                   at_start)
{
  const char *when;

  g_return_val_if_fail (moment != NULL, FALSE);
  g_return_val_if_fail (snapshot != NULL, FALSE);
  g_return_val_if_fail (info != NULL, FALSE);

  when = moment->when;
  if (g_str_equal (when, "start"))
    return at_start && info->state == ML_ENGINE_PROGRAM_READY;
  if (g_str_equal (when, "end"))
    return info->state == ML_ENGINE_PROGRAM_EXITED || info->state == ML_ENGINE_PROGRAM_PANICKED;
  if (g_str_equal (when, "compile-error"))
    return info->state == ML_ENGINE_PROGRAM_COMPILE_ERROR;
  if (g_str_has_prefix (when, "line:"))
    return info->state == ML_ENGINE_PROGRAM_READY && info->line == g_ascii_strtoull (when + 5, NULL, 10);
  if (g_str_has_prefix (when, "phase:"))
    {
      MlGcPhase phase;

      return ml_gc_phase_from_string (when + 6, &phase) && snapshot->phase == phase;
    }
  if (g_str_has_prefix (when, "event:"))
    for (guint i = 0; i < snapshot->n_events; i++)
      {
        const MlEvent *ev = &snapshot->events[i];

        /* A slice's first append from nil copies nothing: the moment is about growing. */
        if (ev->kind == ML_EVENT_GROWSLICE && ev->addr == 0)
          continue;
        if (g_strcmp0 (event_name (ev->kind), when + 6) == 0)
          return TRUE;
      }

  return FALSE;
}

/**
 * ml_lesson_next_moment:
 * @after: the index of the last moment shown, or -1
 *
 * Moments come in their order: a lesson's moments tell a story, and a condition that keeps
 * holding (the mark phase) must not hide the ones after it (the write barrier inside it).
 *
 * Returns: the index of the first moment after @after whose condition holds, or -1
 */
gint
ml_lesson_next_moment (MlLesson                  *self,
                       gint                       after,
                       MlSnapshot                *snapshot,
                       const MlEngineProgramInfo *info,
                       gboolean                   at_start)
{
  g_return_val_if_fail (ML_IS_LESSON (self), -1);

  for (guint i = (guint) MAX (after + 1, 0); i < self->moments->len; i++)
    if (ml_lesson_moment_matches (g_ptr_array_index (self->moments, i), snapshot, info, at_start))
      return (gint) i;

  return -1;
}
