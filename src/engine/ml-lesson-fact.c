/* ml-lesson-fact.c
 *
 * Copyright The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The facts a lesson moment declares about its picture, and their check against the step's
 * snapshot.  A moment's text says what the class sees ("node 3 turned grey", "main is still
 * on the stack"); a fact says the same thing in a form the model can be asked about, so a
 * test can play every lesson and catch a picture that contradicts its words.  Kept apart
 * from the lesson's reading (ml-lesson.c) because it reads only the snapshot and the
 * program's state, never the lesson file or a display.
 *
 * In the lesson file a fact is an element of its moment:
 *
 *   <fact kind="colour" of="int:3" is="grey"/>       the object whose first word is 3
 *   <fact kind="colour" of="var:lista.sig" is="black"/>  the object a path reaches
 *   <fact kind="objects" is="grey" min="1"/>          how many live objects are grey
 *   <fact kind="frame" function="main" is="on"/>      main's frame is on a stack
 *   <fact kind="reaches" of="var:q" function="main"/> main's q reaches a live object
 *   <fact kind="global" of="num" value="5"/>          a package variable's integer
 *   <fact kind="deref" of="p" value="0"/>             *p, where p is a variable (in a heap
 *                                                     object or a frame slot)
 *   <fact kind="phase" is="mark"/>  <fact kind="barrier" is="on"/>  <fact kind="scanning"/>
 *   <fact kind="buffered" of="int:3"/>                in the write barrier's buffer, unshaded
 *   <fact kind="garbage" is="black" min="1"/>          objects no root reaches (floating)
 *   <fact kind="heap" is="shrank"/>                   since the previous moment
 *   <fact kind="compile-error" line="23"/>  <fact kind="state" is="exited"/>
 *   <fact kind="process" is="on-disk"/>               the lesson-1 picture: on disk, running, ended
 *   <fact kind="growslices" min="1"/>  <fact kind="cycles" min="1"/>
 *
 * Any fact may name the program it is about (program="07-slices-make.go") when a lesson
 * plays several.  A kind or an attribute value the checker does not know is an error when
 * the lesson loads, so a typo cannot make a fact that always holds.
 */

#define G_LOG_DOMAIN "memlab-lesson"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "ml-lesson-fact.h"
#include "ml-names.h"

static const struct {
  const char       *name;
  MlLessonFactKind  kind;
} kinds[] = {
  { "colour", ML_LESSON_FACT_COLOUR },
  { "objects", ML_LESSON_FACT_OBJECTS },
  { "frame", ML_LESSON_FACT_FRAME },
  { "reaches", ML_LESSON_FACT_REACHES },
  { "global", ML_LESSON_FACT_GLOBAL },
  { "deref", ML_LESSON_FACT_DEREF },
  { "phase", ML_LESSON_FACT_PHASE },
  { "barrier", ML_LESSON_FACT_BARRIER },
  { "buffered", ML_LESSON_FACT_BUFFERED },
  { "scanning", ML_LESSON_FACT_SCANNING },
  { "garbage", ML_LESSON_FACT_GARBAGE },
  { "heap", ML_LESSON_FACT_HEAP },
  { "compile-error", ML_LESSON_FACT_COMPILE_ERROR },
  { "state", ML_LESSON_FACT_STATE },
  { "process", ML_LESSON_FACT_PROCESS },
  { "growslices", ML_LESSON_FACT_GROWSLICES },
  { "cycles", ML_LESSON_FACT_CYCLES },
};

/* "shaded" is grey or black: what holds whichever order the workers scan in. */
static const char *colours[] = { "white", "grey", "black", "shaded", "freed", NULL };
/* In the order of MlProcessStage. */
static const char *stages[] = { "running", "on-disk", "ended", NULL };
static const char *states[] = {
  "none", "compile-error", "ready", "exited", "panicked", "stopped", "faulted", NULL
};

void
ml_lesson_fact_free (gpointer data)
{
  MlLessonFact *fact = data;

  if (fact == NULL)
    return;
  g_free (fact->program);
  g_free (fact->of);
  g_free (fact->is);
  g_free (fact->function);
  g_free (fact->type);
  g_free (fact->text);
  g_free (fact);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (MlLessonFact, ml_lesson_fact_free)

static gboolean
parse_unsigned (GHashTable  *attrs,
                const char  *name,
                guint64      fallback,
                guint64     *out,
                GError     **error)
{
  const char *text = g_hash_table_lookup (attrs, name);

  *out = fallback;
  if (text == NULL)
    return TRUE;
  if (!g_ascii_string_to_unsigned (text, 10, 0, G_MAXUINT64, out, NULL))
    {
      g_set_error (error, G_MARKUP_ERROR, G_MARKUP_ERROR_INVALID_CONTENT,
                   _("A lesson fact’s %s is not a number: %s"), name, text);
      return FALSE;
    }
  return TRUE;
}

/* What the value of @is may be for each kind; NULL where any text (or none) will do. */
static gboolean
check_is (MlLessonFact  *fact,
          GError       **error)
{
  static const char *on_off[] = { "on", "off", NULL };
  static const char *heap[] = { "grew", "shrank", "same", NULL };
  static const char *nothing[] = { "nothing", NULL };
  const char * const *allowed = NULL;
  gboolean required = FALSE;
  MlGcPhase phase;

  switch (fact->kind)
    {
    case ML_LESSON_FACT_COLOUR:
      allowed = colours, required = TRUE;
      break;
    case ML_LESSON_FACT_OBJECTS:
    case ML_LESSON_FACT_GARBAGE:
      allowed = colours;
      break;
    case ML_LESSON_FACT_FRAME:
    case ML_LESSON_FACT_BARRIER:
      allowed = on_off, required = TRUE;
      break;
    case ML_LESSON_FACT_REACHES:
      allowed = nothing;
      break;
    case ML_LESSON_FACT_HEAP:
      allowed = heap, required = TRUE;
      break;
    case ML_LESSON_FACT_STATE:
      allowed = states, required = TRUE;
      break;
    case ML_LESSON_FACT_PROCESS:
      allowed = stages, required = TRUE;
      break;
    case ML_LESSON_FACT_PHASE:
      if (fact->is == NULL || !ml_gc_phase_from_string (fact->is, &phase))
        goto bad;
      return TRUE;
    case ML_LESSON_FACT_GLOBAL:
    case ML_LESSON_FACT_DEREF:
    case ML_LESSON_FACT_BUFFERED:
    case ML_LESSON_FACT_SCANNING:
    case ML_LESSON_FACT_COMPILE_ERROR:
    case ML_LESSON_FACT_GROWSLICES:
    case ML_LESSON_FACT_CYCLES:
    default:
      return TRUE;
    }

  if (fact->is == NULL ? !required : g_strv_contains (allowed, fact->is))
    return TRUE;
bad:
  g_set_error (error, G_MARKUP_ERROR, G_MARKUP_ERROR_INVALID_CONTENT,
               _("A lesson fact has an unknown value: %s"), fact->text);
  return FALSE;
}

/**
 * ml_lesson_fact_new:
 * @attrs: the attributes of a <fact> element
 *
 * Returns: (transfer full): the fact, or NULL with @error set when its kind or values are
 *   unknown
 */
MlLessonFact *
ml_lesson_fact_new (GHashTable  *attrs,
                    GError     **error)
{
  g_autoptr(MlLessonFact) fact = g_new0 (MlLessonFact, 1);
  g_autoptr(GString) text = g_string_new (NULL);
  const char *kind = g_hash_table_lookup (attrs, "kind");
  const char *value = g_hash_table_lookup (attrs, "value");
  guint64 line;
  gboolean known = FALSE;
  GHashTableIter iter;
  gpointer key, val;
  g_autoptr(GList) names = NULL;

  /* The fact as written, attributes in a fixed order, to name it in a failure. */
  names = g_list_sort (g_hash_table_get_keys (attrs), (GCompareFunc) strcmp);
  for (GList *l = names; l != NULL; l = l->next)
    g_string_append_printf (text, "%s%s=\"%s\"", text->len > 0 ? " " : "", (char *) l->data,
                            (char *) g_hash_table_lookup (attrs, l->data));
  fact->text = g_strdup (text->str);

  g_hash_table_iter_init (&iter, attrs);
  while (g_hash_table_iter_next (&iter, &key, &val))
    {
      static const char *known_attrs[] = {
        "kind", "program", "of", "is", "function", "type", "value", "min", "max", "line", NULL
      };

      if (!g_strv_contains (known_attrs, key))
        {
          g_set_error (error, G_MARKUP_ERROR, G_MARKUP_ERROR_UNKNOWN_ATTRIBUTE,
                       _("A lesson fact has an unknown attribute: %s"), fact->text);
          return NULL;
        }
    }

  for (guint i = 0; kind != NULL && i < G_N_ELEMENTS (kinds); i++)
    if (g_str_equal (kinds[i].name, kind))
      fact->kind = kinds[i].kind, known = TRUE;
  if (!known)
    {
      g_set_error (error, G_MARKUP_ERROR, G_MARKUP_ERROR_INVALID_CONTENT,
                   _("A lesson fact has an unknown kind: %s"), fact->text);
      return NULL;
    }

  fact->program = g_strdup (g_hash_table_lookup (attrs, "program"));
  fact->of = g_strdup (g_hash_table_lookup (attrs, "of"));
  fact->is = g_strdup (g_hash_table_lookup (attrs, "is"));
  fact->function = g_strdup (g_hash_table_lookup (attrs, "function"));
  fact->type = g_strdup (g_hash_table_lookup (attrs, "type"));
  if (value != NULL && !g_ascii_string_to_signed (value, 10, G_MININT64, G_MAXINT64, &fact->value, NULL))
    {
      g_set_error (error, G_MARKUP_ERROR, G_MARKUP_ERROR_INVALID_CONTENT,
                   _("A lesson fact’s %s is not a number: %s"), "value", value);
      return NULL;
    }
  /* A count with no bounds asks for at least one. */
  if (!parse_unsigned (attrs, "min",
                       g_hash_table_contains (attrs, "max") ? 0 : 1, &fact->min, error) ||
      !parse_unsigned (attrs, "max", G_MAXUINT64, &fact->max, error) ||
      !parse_unsigned (attrs, "line", 0, &line, error))
    return NULL;
  fact->line = (guint) MIN (line, G_MAXUINT);

  if (!check_is (fact, error))
    return NULL;
  if ((fact->kind == ML_LESSON_FACT_COLOUR || fact->kind == ML_LESSON_FACT_REACHES ||
       fact->kind == ML_LESSON_FACT_GLOBAL || fact->kind == ML_LESSON_FACT_DEREF ||
       fact->kind == ML_LESSON_FACT_BUFFERED) && fact->of == NULL)
    {
      g_set_error (error, G_MARKUP_ERROR, G_MARKUP_ERROR_MISSING_ATTRIBUTE,
                   _("A lesson fact needs an object: %s"), fact->text);
      return NULL;
    }
  if ((fact->kind == ML_LESSON_FACT_FRAME && fact->function == NULL) ||
      ((fact->kind == ML_LESSON_FACT_GLOBAL || fact->kind == ML_LESSON_FACT_DEREF) && value == NULL) ||
      (fact->kind == ML_LESSON_FACT_COMPILE_ERROR && fact->line == 0))
    {
      g_set_error (error, G_MARKUP_ERROR, G_MARKUP_ERROR_MISSING_ATTRIBUTE,
                   _("A lesson fact lacks what it is about: %s"), fact->text);
      return NULL;
    }

  return g_steal_pointer (&fact);
}

/**
 * ml_lesson_fact_applies:
 * @program: the file of the program being played
 *
 * Returns: whether @fact is about that program
 */
gboolean
ml_lesson_fact_applies (const MlLessonFact *fact,
                        const char         *program)
{
  return fact->program == NULL || g_strcmp0 (fact->program, program) == 0;
}

/* --- Finding what a fact is about ------------------------------------------------------ */

static gboolean
object_live (const MlSnapObject *object)
{
  return object->colour != ML_COLOUR_FREE && object->colour != ML_COLOUR_FREED;
}

static const char *
colour_name (guint colour)
{
  switch (colour)
    {
    case ML_COLOUR_WHITE: return "white";
    case ML_COLOUR_GREY: return "grey";
    case ML_COLOUR_BLACK: return "black";
    case ML_COLOUR_FREED: return "freed";
    case ML_COLOUR_FREE:
    default: return "free";
    }
}

/* Whether the runtime's @qualified name ("main.doble") is the Go name @name a lesson writes
 * ("doble"): lessons name things as the program does, inside package main. */
static gboolean
same_name (const char *qualified,
           const char *name)
{
  if (qualified == NULL || name == NULL)
    return FALSE;
  if (g_str_equal (qualified, name))
    return TRUE;
  return g_str_has_prefix (qualified, "main.") && g_str_equal (qualified + 5, name);
}

static const MlSnapSlot *
find_global (MlSnapshot *snap,
             const char *name)
{
  for (guint i = 0; i < snap->n_globals; i++)
    if (same_name (snap->globals[i].name, name))
      return &snap->globals[i];
  return NULL;
}

/* The frame slot @name of @function's innermost frame (or of any frame, innermost first),
 * else the package variable. */
static const MlSnapSlot *
find_variable (MlSnapshot *snap,
               const char *name,
               const char *function)
{
  for (guint g = 0; g < snap->n_goroutines; g++)
    for (guint f = 0; f < snap->goroutines[g].n_frames; f++)
      {
        const MlSnapFrame *frame = &snap->frames[snap->goroutines[g].first_frame + f];

        if (function != NULL && !same_name (frame->function, function))
          continue;
        for (guint s = 0; s < frame->n_slots; s++)
          if (g_strcmp0 (snap->slots[frame->first_slot + s].name, name) == 0)
            return &snap->slots[frame->first_slot + s];
      }
  if (function != NULL)
    return NULL;

  return find_global (snap, name);
}

/* The heap object the pointer field @field of object @index points at, or -1. */
static gint64
follow_field (MlSnapshot *snap,
              gint64      index,
              const char *field)
{
  const MlSnapObject *object = &snap->objects[index];
  const MlRtype *type = object->type;

  if (type == NULL || type->kind != ML_KIND_STRUCT)
    return -1;
  for (guint i = 0; i < type->n_fields; i++)
    if (g_strcmp0 (type->fields[i].name, field) == 0)
      for (guint e = 0; e < object->n_edges; e++)
        {
          const MlSnapEdge *edge = &snap->edges[object->first_edge + e];

          if (edge->offset == type->fields[i].offset)
            return edge->to;
        }

  return -1;
}

/* The object @of designates: "int:N", the live object whose first word is N (a struct whose
 * first field is an int, as lesson 5's nodes), or "var:NAME.FIELD...", the object a variable
 * points at, followed through pointer fields.  Returns -1 when there is none. */
static gint64
find_object (MlSnapshot *snap,
             const char *of,
             const char *function)
{
  if (g_str_has_prefix (of, "int:"))
    {
      gint64 wanted = g_ascii_strtoll (of + 4, NULL, 10);
      gint64 freed = -1;

      for (guint i = 0; i < snap->n_objects; i++)
        {
          const MlSnapObject *object = &snap->objects[i];
          gint64 word;

          if (object->colour == ML_COLOUR_FREE || object->type == NULL || object->value_size < 8 ||
              object->value_offset + 8 > snap->n_values)
            continue;
          memcpy (&word, snap->values + object->value_offset, 8);
          if (word != wanted)
            continue;
          if (object_live (object))
            return i;
          if (freed < 0)
            freed = i;
        }
      return freed;
    }

  if (g_str_has_prefix (of, "var:"))
    {
      g_auto(GStrv) path = g_strsplit (of + 4, ".", -1);
      const MlSnapSlot *slot = find_variable (snap, path[0], function);
      gint64 index;

      if (slot == NULL || slot->target < 0)
        return -1;
      index = slot->target;
      for (guint i = 1; path[i] != NULL && index >= 0; i++)
        index = follow_field (snap, index, path[i]);
      return index;
    }

  return -1;
}

static gboolean
colour_is (guint       colour,
           const char *name)
{
  if (g_str_equal (name, "shaded"))
    return colour == ML_COLOUR_GREY || colour == ML_COLOUR_BLACK;
  return g_str_equal (colour_name (colour), name);
}

static gboolean
type_matches (const MlSnapObject *object,
              const char         *type)
{
  if (type == NULL)
    return TRUE;
  if (g_str_equal (type, "tiny"))
    return (object->flags & ML_OBJECT_TINY) != 0;

  return object->type != NULL && same_name (object->type->name, type);
}

/* Marks in @reached every object a pointer word of @type's value at @offset reaches. */
static void
mark_value (MlSnapshot    *snap,
            const MlRtype *type,
            guint64        offset,
            gint64         target,
            GArray        *queue,
            guint8        *reached)
{
  if (target >= 0 && !reached[target])
    {
      reached[target] = TRUE;
      g_array_append_val (queue, target);
    }
  if (type == NULL || !type->has_pointers || type->ptrmask == NULL)
    return;
  for (guint64 w = 0; w < type->n_words && offset + (w + 1) * 8 <= snap->n_values; w++)
    {
      guint64 word;
      gint64 index;

      if ((type->ptrmask[w / 64] & (G_GUINT64_CONSTANT (1) << (w % 64))) == 0)
        continue;
      memcpy (&word, snap->values + offset + w * 8, 8);
      index = word != 0 ? ml_snapshot_find_object (snap, word) : -1;
      if (index >= 0 && !reached[index])
        {
          reached[index] = TRUE;
          g_array_append_val (queue, index);
        }
    }
}

/* Which objects a root reaches: frames, package variables, the runtime's own roots, then
 * every pointer of the objects reached. */
static guint8 *
reachable_objects (MlSnapshot *snap)
{
  guint8 *reached = g_new0 (guint8, MAX (snap->n_objects, 1));
  g_autoptr(GArray) queue = g_array_new (FALSE, FALSE, sizeof (gint64));

  /* A dead slot is no root (Go's stack maps leave it out), though it still holds its value. */
  for (guint i = 0; i < snap->n_slots; i++)
    if (!snap->slots[i].dead)
      mark_value (snap, snap->slots[i].type, snap->slots[i].value_offset, snap->slots[i].target,
                  queue, reached);
  for (guint i = 0; i < snap->n_globals; i++)
    mark_value (snap, snap->globals[i].type, snap->globals[i].value_offset, snap->globals[i].target,
                queue, reached);
  for (guint i = 0; i < snap->n_runtime_roots; i++)
    mark_value (snap, NULL, 0, ml_snapshot_find_object (snap, snap->runtime_roots[i]), queue, reached);

  for (guint q = 0; q < queue->len; q++)
    {
      const MlSnapObject *object = &snap->objects[g_array_index (queue, gint64, q)];

      for (guint e = 0; e < object->n_edges; e++)
        {
          gint64 to = snap->edges[object->first_edge + e].to;

          if (to >= 0 && !reached[to])
            {
              reached[to] = TRUE;
              g_array_append_val (queue, to);
            }
        }
    }

  return reached;
}

static gboolean
in_bounds (const MlLessonFact  *fact,
           guint64              count,
           const char          *what,
           char               **why)
{
  if (count >= fact->min && count <= fact->max)
    return TRUE;
  *why = g_strdup_printf ("%s: %" G_GUINT64_FORMAT, what, count);
  return FALSE;
}

static gboolean
frame_on_stack (MlSnapshot *snap,
                const char *function)
{
  for (guint f = 0; f < snap->n_frames; f++)
    if (same_name (snap->frames[f].function, function))
      return TRUE;
  return FALSE;
}

static gboolean
scanning (MlSnapshot *snap)
{
  if (snap->focus.object != 0)
    return TRUE;
  for (guint e = 0; e < snap->n_events; e++)
    if (snap->events[e].kind == ML_EVENT_SCAN || snap->events[e].kind == ML_EVENT_EDGE ||
        snap->events[e].kind == ML_EVENT_ROOT)
      return TRUE;
  return FALSE;
}

static gboolean
check_counts (const MlLessonFact  *fact,
              MlSnapshot          *snap,
              char               **why)
{
  g_autofree guint8 *reached = NULL;
  guint64 count = 0;

  if (fact->kind == ML_LESSON_FACT_GARBAGE)
    reached = reachable_objects (snap);
  for (guint i = 0; i < snap->n_objects; i++)
    {
      const MlSnapObject *object = &snap->objects[i];

      if (object->colour == ML_COLOUR_FREE)
        continue;
      if (fact->is != NULL ? !colour_is (object->colour, fact->is) : !object_live (object))
        continue;
      if (!type_matches (object, fact->type))
        continue;
      if (reached != NULL && reached[i])
        continue;
      count++;
    }

  return in_bounds (fact, count, fact->kind == ML_LESSON_FACT_GARBAGE ? "unreachable objects" : "objects", why);
}

/* The frame slot that holds the address @pointer (an inlined copy's new(int) kept on its
 * caller's stack, say), or NULL. */
static const MlSnapSlot *
find_stack_slot (MlSnapshot *snap,
                 guint64     pointer)
{
  for (guint i = 0; i < snap->n_slots; i++)
    {
      const MlSnapSlot *s = &snap->slots[i];

      if (s->type != NULL && pointer >= s->addr && pointer - s->addr + 8 <= s->type->size
          && s->value_offset + (pointer - s->addr) + 8 <= snap->n_values)
        return s;
    }
  return NULL;
}

/* The integer at the address the variable @of holds: in a heap object (a tiny block keeps
 * several values, so the address is an offset into it), in a frame slot, or none. */
static gboolean
check_deref (const MlLessonFact  *fact,
             MlSnapshot          *snap,
             char               **why)
{
  const MlSnapSlot *slot = find_variable (snap, fact->of, fact->function);
  guint64 pointer;
  gint64 index, word;
  const MlSnapObject *object;
  guint64 start;

  if (slot == NULL || slot->type == NULL || slot->type->size < 8 || slot->value_offset + 8 > snap->n_values)
    {
      *why = g_strdup ("no such pointer variable");
      return FALSE;
    }
  memcpy (&pointer, snap->values + slot->value_offset, 8);
  if ((index = ml_snapshot_find_object (snap, pointer)) < 0 && find_stack_slot (snap, pointer) != NULL)
    {
      const MlSnapSlot *held = find_stack_slot (snap, pointer);

      memcpy (&word, snap->values + held->value_offset + (pointer - held->addr), 8);
      if (word == fact->value)
        return TRUE;
      *why = g_strdup_printf ("it points at %" G_GINT64_FORMAT " on the stack", word);
      return FALSE;
    }
  if (index < 0)
    {
      *why = g_strdup_printf ("it points at no heap object (0x%" G_GINT64_MODIFIER "x)", pointer);
      return FALSE;
    }
  object = &snap->objects[index];
  start = object->addr;
  if (pointer < start || pointer - start + 8 > object->value_size ||
      object->value_offset + (pointer - start) + 8 > snap->n_values)
    {
      *why = g_strdup ("the snapshot has not copied the value");
      return FALSE;
    }
  memcpy (&word, snap->values + object->value_offset + (pointer - start), 8);
  if (word == fact->value)
    return TRUE;
  *why = g_strdup_printf ("it points at %" G_GINT64_FORMAT, word);
  return FALSE;
}

/**
 * ml_lesson_fact_check:
 * @snapshot: the picture at the moment
 * @previous: (nullable): the picture at the previous moment, for facts about change
 * @info: where the program stands
 * @why: (out) (optional): what was found instead, when the fact does not hold
 *
 * Returns: whether the picture shows @fact
 */
gboolean
ml_lesson_fact_check (const MlLessonFact         *fact,
                      MlSnapshot                 *snapshot,
                      MlSnapshot                 *previous,
                      const MlEngineProgramInfo  *info,
                      char                      **why)
{
  g_autofree char *found = NULL;
  gboolean holds = FALSE;
  gint64 index;

  g_return_val_if_fail (fact != NULL && snapshot != NULL && info != NULL, FALSE);

  switch (fact->kind)
    {
    case ML_LESSON_FACT_COLOUR:
      index = find_object (snapshot, fact->of, fact->function);
      if (index < 0)
        found = g_strdup ("no such object");
      else if (!(holds = colour_is (snapshot->objects[index].colour, fact->is)))
        found = g_strdup_printf ("it is %s", colour_name (snapshot->objects[index].colour));
      break;

    case ML_LESSON_FACT_OBJECTS:
    case ML_LESSON_FACT_GARBAGE:
      holds = check_counts (fact, snapshot, &found);
      break;

    case ML_LESSON_FACT_FRAME:
      holds = frame_on_stack (snapshot, fact->function) == g_str_equal (fact->is, "on");
      if (!holds)
        found = g_strdup_printf ("the frame of %s is %s", fact->function, g_str_equal (fact->is, "on") ? "off" : "on");
      break;

    case ML_LESSON_FACT_REACHES:
      index = find_object (snapshot, fact->of, fact->function);
      holds = (index >= 0 && object_live (&snapshot->objects[index])) == (fact->is == NULL);
      if (!holds)
        found = g_strdup (index >= 0 ? "it reaches an object" : "it reaches nothing");
      break;

    case ML_LESSON_FACT_GLOBAL:
      {
        const MlSnapSlot *slot = find_global (snapshot, fact->of);
        gint64 word = 0;

        if (slot == NULL || slot->type == NULL || slot->type->size < 8 ||
            slot->value_offset + 8 > snapshot->n_values)
          {
            found = g_strdup ("no such integer variable");
            break;
          }
        memcpy (&word, snapshot->values + slot->value_offset, 8);
        holds = word == fact->value;
        if (!holds)
          found = g_strdup_printf ("it holds %" G_GINT64_FORMAT, word);
      }
      break;

    case ML_LESSON_FACT_DEREF:
      holds = check_deref (fact, snapshot, &found);
      break;

    case ML_LESSON_FACT_PHASE:
      holds = g_str_equal (ml_gc_phase_to_string (snapshot->phase), fact->is);
      if (!holds)
        found = g_strdup_printf ("the phase is %s", ml_gc_phase_to_string (snapshot->phase));
      break;

    case ML_LESSON_FACT_BARRIER:
      holds = snapshot->write_barrier_enabled == g_str_equal (fact->is, "on");
      if (!holds)
        found = g_strdup_printf ("the barrier is %s", snapshot->write_barrier_enabled ? "on" : "off");
      break;

    case ML_LESSON_FACT_BUFFERED:
      index = find_object (snapshot, fact->of, fact->function);
      for (guint i = 0; index >= 0 && i < snapshot->n_wb_buffer; i++)
        holds |= ml_snapshot_find_object (snapshot, snapshot->wb_buffer[i]) == index;
      if (!holds)
        found = g_strdup_printf ("%s, %u pointers in the buffer", index < 0 ? "no such object" : "not there",
                                 snapshot->n_wb_buffer);
      break;

    case ML_LESSON_FACT_SCANNING:
      holds = scanning (snapshot);
      if (!holds)
        found = g_strdup ("no worker scans at this step");
      break;

    case ML_LESSON_FACT_HEAP:
      if (previous == NULL)
        {
          found = g_strdup ("no previous moment");
          break;
        }
      {
        guint64 now = snapshot->stats.heap_alloc, before = previous->stats.heap_alloc;
        const char *change = now > before ? "grew" : now < before ? "shrank" : "same";

        holds = g_str_equal (change, fact->is);
        if (!holds)
          found = g_strdup_printf ("the heap in use went from %" G_GUINT64_FORMAT " to %" G_GUINT64_FORMAT " bytes",
                                   before, now);
      }
      break;

    case ML_LESSON_FACT_COMPILE_ERROR:
      for (guint i = 0; info->diagnostics != NULL && i < info->diagnostics->len; i++)
        holds |= ((MlEngineDiagnostic *) g_ptr_array_index (info->diagnostics, i))->line == fact->line;
      if (!holds)
        found = g_strdup_printf ("%u compile errors, none at that line",
                                 info->diagnostics != NULL ? info->diagnostics->len : 0);
      break;

    case ML_LESSON_FACT_STATE:
      holds = (guint) info->state < g_strv_length ((GStrv) states) &&
              g_str_equal (states[info->state], fact->is);
      if (!holds)
        found = g_strdup_printf ("the program is %s",
                                 (guint) info->state < g_strv_length ((GStrv) states) ? states[info->state] : "?");
      break;

    case ML_LESSON_FACT_PROCESS:
      {
        MlProcessStage stage = ml_engine_program_info_get_process_stage (info);

        holds = g_str_equal (stages[stage], fact->is);
        if (!holds)
          found = g_strdup_printf ("the picture shows the process %s", stages[stage]);
      }
      break;

    case ML_LESSON_FACT_GROWSLICES:
      holds = in_bounds (fact, snapshot->growslices, "growslices", &found);
      break;

    case ML_LESSON_FACT_CYCLES:
      holds = in_bounds (fact, snapshot->cycle, "cycles", &found);
      break;

    default:
      g_assert_not_reached ();
    }

  if (why != NULL)
    *why = holds ? NULL : g_steal_pointer (&found);
  return holds;
}
