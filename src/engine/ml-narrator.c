/* ml-narrator.c
 *
 * Copyright The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The narrator tells, in one line and in the user's language, what a step did, naming the
 * variables and objects involved the way the program would: "Scanning *p4: its pointers
 * turn grey".  An object is named by the shortest path from a root to it (a variable, then
 * field names), found by a breadth-first walk over the snapshot's edges; an object no root
 * reaches is named by its type and address.
 */

#define G_LOG_DOMAIN "memlab-narrator"

#include "config.h"

#include <glib/gi18n.h>
#include <inttypes.h>
#include <string.h>

#include "ml-narrator.h"
#include "ml-runtime.h"

struct _MlNarrator
{
  MlSnapshot *snapshot;
  /* The path of each object (index into snapshot->objects), or NULL when unreachable. */
  char      **paths;
  /* For the array a slice's header points at the start of, that slice ("lista"): its
   * elements are then named as Go indexes them, "lista[2]". */
  char      **slices;
};

/* @root followed by the path @inner inside it, if there is one: "a.izq", or "a". */
static char *
path_join (const char *root,
           const char *inner)
{
  return inner != NULL ? g_strdup_printf ("%s.%s", root, inner) : g_strdup (root);
}

/* The name of the field of @type that holds byte @offset, with the path inside it, for a
 * pointer word: "izq", "direccion.calle", "[3]".  Returns NULL for the value itself. */
static char *
field_path (const MlRtype *type,
            guint64       offset)
{
  if (type == NULL)
    return NULL;

  switch ((MlKind)type->kind)
    {
    case ML_KIND_STRUCT:
      for (guint i = type->n_fields; i > 0; i--)
        {
          const MlRtypeField *field = &type->fields[i - 1];

          if (offset >= field->offset)
            {
              g_autofree char *inner = field_path (field->type, offset - field->offset);

              return path_join (field->name, inner);
            }
        }
      return NULL;

    case ML_KIND_ARRAY:
      if (type->elem != NULL && type->elem->size > 0)
        {
          guint64 index = offset / type->elem->size;
          g_autofree char *inner = field_path (type->elem, offset % type->elem->size);

          return inner != NULL ? g_strdup_printf ("[%" PRIu64 "].%s", index, inner)
                               : g_strdup_printf ("[%" PRIu64 "]", index);
        }
      return NULL;

    case ML_KIND_INVALID:
    case ML_KIND_BOOL:
    ML_KIND_CASES_NUMBER:
    case ML_KIND_STRING:
    ML_KIND_CASES_POINTER_WORD:
    case ML_KIND_SLICE:
    case ML_KIND_INTERFACE:
    case ML_N_KINDS:
    default:
      return NULL;
    }
}

/* The type of the value that holds byte @offset of @type. */
static const MlRtype *
type_at (const MlRtype *type,
         guint64       offset)
{
  while (type != NULL)
    {
      if (type->kind == ML_KIND_STRUCT)
        {
          const MlRtype *next = NULL;

          for (guint i = type->n_fields; i > 0; i--)
            if (offset >= type->fields[i - 1].offset)
              {
                next = type->fields[i - 1].type;
                offset -= type->fields[i - 1].offset;
                break;
              }
          if (next == NULL)
            return type;
          type = next;
        }
      else if (type->kind == ML_KIND_ARRAY && type->elem != NULL && type->elem->size > 0)
        {
          offset %= type->elem->size;
          type = type->elem;
        }
      else
        return type;
    }

  return NULL;
}

/* The offset, inside one value of @type, of byte @offset of an object of that type: an object
 * can hold several values of its type (an array made whole), and each repeats its layout. */
static guint64
offset_in_value (const MlRtype *type,
                 guint64       offset)
{
  return type != NULL && type->size > 0 ? offset % type->size : offset;
}

/* A field of the object called @object_name, as Go writes it: the field of the object *p is
 * p.field, and other objects keep their own notation in parentheses ("the array of s[2]"
 * would mislead). */
static char *
field_of_object (const char *object_name,
                 const char *inner)
{
  if (object_name[0] == '*')
    return g_strdup_printf ("%s.%s", object_name + 1, inner);

  return g_strdup_printf ("(%s).%s", object_name, inner);
}

/* How the object a pointer leads to is called, given the path of the pointer and its type:
 * "*p" through a pointer, "the array of s" through a slice, "the text of s" through a
 * string. */
static char *
pointee_name (const char   *path,
              const MlRtype *pointer_type)
{
  MlKind kind = pointer_type != NULL ? pointer_type->kind : ML_KIND_POINTER;

  switch (kind)
    {
    case ML_KIND_SLICE:
      /* Translators: the heap array behind a slice variable, e.g. "the array of data" */
      return g_strdup_printf (_("the array of %s"), path);

    case ML_KIND_STRING:
      /* Translators: the bytes behind a string variable, e.g. "the text of nombre" */
      return g_strdup_printf (_("the text of %s"), path);

    case ML_KIND_MAP:
      /* Translators: the hash table behind a map variable */
      return g_strdup_printf (_("the table of %s"), path);

    case ML_KIND_FUNC:
      /* Translators: the closure object behind a function variable */
      return g_strdup_printf (_("the closure of %s"), path);

    case ML_KIND_INVALID:
    case ML_KIND_BOOL:
    ML_KIND_CASES_NUMBER:
    case ML_KIND_UNSAFE_POINTER:
    case ML_KIND_POINTER:
    case ML_KIND_ARRAY:
    case ML_KIND_STRUCT:
    case ML_KIND_CHAN:
    case ML_KIND_INTERFACE:
    case ML_N_KINDS:
    default:
      /* Go's own notation: the object p points at is *p. */
      return g_strdup_printf ("*%s", path);
    }
}

/* Names the object @index, which a pointer @target of type @pointer_type at @path leads to. */
static void
name_pointee (MlNarrator    *self,
              gint64         index,
              guint64        target,
              const char    *path,
              const MlRtype *pointer_type)
{
  self->paths[index] = pointee_name (path, pointer_type);
  if (pointer_type != NULL && pointer_type->kind == ML_KIND_SLICE && target == self->snapshot->objects[index].addr)
    self->slices[index] = g_strdup (path);
}

/* Visits the pointer words of a root and names the objects they lead to. */
static void
name_from_root (MlNarrator   *self,
                GQueue       *queue,
                const char   *root_name,
                const MlRtype *type,
                const guint8 *value)
{
  MlSnapshot *snap = self->snapshot;

  if (type == NULL || !type->has_pointers || value == NULL)
    return;

  for (guint64 word = 0; word < type->n_words; word++)
    {
      guint64 target;
      gint64 index;
      g_autofree char *inner = NULL;
      g_autofree char *path = NULL;

      if (!ml_rtype_word_is_pointer (type, word))
        continue;

      memcpy (&target, value + word * 8, sizeof target);
      index = target != 0 ? ml_snapshot_find_object (snap, target) : -1;
      if (index < 0 || self->paths[index] != NULL)
        continue;

      inner = field_path (type, word * 8);
      path = path_join (root_name, inner);
      name_pointee (self, index, target, path, type_at (type, word * 8));
      g_queue_push_tail (queue, GINT_TO_POINTER ((int)index));
    }
}

/* A package variable as the program writes it: "lista", not "main.lista". */
static const char *
program_name (const char *name)
{
  return g_str_has_prefix (name, "main.") ? name + 5 : name;
}

static void
name_slots (MlNarrator       *self,
            GQueue           *queue,
            const MlSnapSlot *slots,
            guint             n_slots)
{
  for (guint i = 0; i < n_slots; i++)
    {
      const MlSnapSlot *slot = &slots[i];

      if (slot->name != NULL && slot->value_offset + (slot->type ? slot->type->size : 0) <= self->snapshot->n_values)
        name_from_root (self, queue, program_name (slot->name), slot->type,
                        self->snapshot->values + slot->value_offset);
    }
}

static void
ml_narrator_name_all (MlNarrator *self)
{
  MlSnapshot *snap = self->snapshot;
  g_autoptr(GQueue) queue = g_queue_new ();

  /* Globals first, then frames from the innermost: the names a reader sees first. */
  name_slots (self, queue, snap->globals, snap->n_globals);
  name_slots (self, queue, snap->slots, snap->n_slots);

  while (!g_queue_is_empty (queue))
    {
      guint from = GPOINTER_TO_UINT (g_queue_pop_head (queue));
      const MlSnapObject *object = &snap->objects[from];
      const char *base = self->paths[from];

      for (guint e = 0; e < object->n_edges; e++)
        {
          const MlSnapEdge *edge = &snap->edges[object->first_edge + e];
          guint64 offset = offset_in_value (object->type, edge->offset);
          g_autofree char *inner = NULL;
          g_autofree char *path = NULL;

          if (edge->to < 0 || self->paths[edge->to] != NULL)
            continue;

          inner = field_path (object->type, offset);
          if (self->slices[from] != NULL && object->type != NULL && object->type->size > 0)
            {
              /* An element of a slice's array: lista[2], lista[2].izq. */
              guint64 i = edge->offset / object->type->size;

              path = inner != NULL ? g_strdup_printf ("%s[%" G_GUINT64_FORMAT "].%s", self->slices[from], i, inner)
                                   : g_strdup_printf ("%s[%" G_GUINT64_FORMAT "]", self->slices[from], i);
            }
          else if (inner != NULL)
            path = field_of_object (base, inner);
          else
            path = base[0] == '*' ? g_strdup (base) : g_strdup_printf ("(%s)", base);

          name_pointee (self, edge->to, edge->target, path, type_at (object->type, offset));
          g_queue_push_tail (queue, GINT_TO_POINTER ((int)edge->to));
        }
    }
}

/**
 * ml_narrator_new:
 *
 * Returns: (transfer full): a narrator for the step @snapshot shows
 */
MlNarrator *
ml_narrator_new (MlSnapshot *snapshot)
{
  MlNarrator *self;

  g_return_val_if_fail (snapshot != NULL, NULL);

  self = g_new0 (MlNarrator, 1);
  self->snapshot = ml_snapshot_ref (snapshot);
  self->paths = g_new0 (char *, MAX (snapshot->n_objects, 1));
  self->slices = g_new0 (char *, MAX (snapshot->n_objects, 1));
  ml_narrator_name_all (self);

  return self;
}

void
ml_narrator_free (MlNarrator *self)
{
  if (self == NULL)
    return;

  for (guint i = 0; i < self->snapshot->n_objects; i++)
    {
      g_free (self->paths[i]);
      g_free (self->slices[i]);
    }
  g_free (self->paths);
  g_free (self->slices);
  ml_snapshot_unref (self->snapshot);
  g_free (self);
}

static gint64
find_object_any (MlSnapshot *snap,
                 guint64     addr)
{
  gint64 index = ml_snapshot_find_object (snap, addr);

  /* Freed objects are left out of the lookup; the narrator still names them. */
  if (index < 0)
    for (guint i = 0; i < snap->n_objects; i++)
      if (addr >= snap->objects[i].addr && addr < snap->objects[i].addr + snap->objects[i].size)
        return i;

  return index;
}

static char *describe_slot (MlNarrator *self,
                            guint64     addr);

/**
 * ml_narrator_name_object:
 * @addr: an address inside a heap object, or 0
 *
 * Returns: (transfer full): what the program calls the object: "*p4", "*a.izq", "the array
 *   of data", "nil", or its type and address when nothing reaches it
 */
char *
ml_narrator_name_object (MlNarrator *self,
                         guint64     addr)
{
  gint64 index;
  const MlSnapObject *object;

  g_return_val_if_fail (self != NULL, NULL);

  if (addr == 0)
    return g_strdup ("nil");

  index = find_object_any (self->snapshot, addr);
  if (index < 0)
    {
      /* Not on the heap: a variable of a frame or of the package (&x), or a stack object the
       * compiler made for a new() or &T{} that does not escape. */
      g_autofree char *slot = describe_slot (self, addr);

      if (slot != NULL && slot[0] == '.')
        return g_strdup (_("a value in the stack frame"));
      if (slot != NULL && !g_str_has_prefix (slot, "0x"))
        return g_strdup_printf ("&%s", slot);
      return g_strdup_printf ("%#" PRIx64, addr);
    }

  if (self->paths[index] != NULL)
    return g_strdup (self->paths[index]);

  object = &self->snapshot->objects[index];
  /* Translators: an object no variable reaches: its type and address,
   * e.g. "a main.Nodo at 0xc000010000" */
  return g_strdup_printf (_("a %s at %#" PRIx64),
                          object->type != NULL ? object->type->name : _("tiny block"),
                          object->addr);
}

static char *
describe_slot (MlNarrator *self,
               guint64     addr)
{
  MlSnapshot *snap = self->snapshot;
  const MlSnapSlot *sets[2] = { snap->globals, snap->slots };
  guint counts[2] = { snap->n_globals, snap->n_slots };

  for (guint s = 0; s < 2; s++)
    for (guint i = 0; i < counts[s]; i++)
      {
        const MlSnapSlot *slot = &sets[s][i];
        guint64 size = slot->type != NULL ? slot->type->size : 8;

        if (addr >= slot->addr && addr < slot->addr + size)
          {
            g_autofree char *inner = field_path (slot->type, addr - slot->addr);

            return path_join (program_name (slot->name), inner);
          }
      }

  /* A field of a heap object: named through the object. */
  {
    gint64 index = find_object_any (snap, addr);

    if (index >= 0)
      {
        const MlSnapObject *object = &snap->objects[index];
        g_autofree char *name = ml_narrator_name_object (self, object->addr);
        g_autofree char *inner = field_path (object->type,
                                             offset_in_value (object->type, addr - object->addr));

        if (inner == NULL)
          return g_steal_pointer (&name);
        return field_of_object (name, inner);
      }
  }

  return g_strdup_printf ("%#" PRIx64, addr);
}

static const char *
phase_sentence (guint phase)
{
  switch (phase)
    {
    case ML_GC_OFF:
      return _("The collector is off: the program runs alone and new objects are white");
    case ML_GC_SWEEP_TERMINATION:
      return _("Sweep termination: the world stops (STW) so every processor turns the write barrier on");
    case ML_GC_MARK:
      return _("Concurrent mark: the program runs again while the workers colour the heap");
    case ML_GC_MARK_TERMINATION:
      return _("Mark termination: the world stops (STW) to check that no grey object is left");
    case ML_GC_SWEEP:
      return _("Sweep: white objects are garbage and their slots are freed, span by span");
    default:
      return _("The collector changed phase");
    }
}

static const char *
worker_name (const MlEvent *event)
{
  switch ((MlWorkerKind)event->worker)
    {
    case ML_WORKER_DEDICATED:
      return _("a dedicated mark worker");
    case ML_WORKER_FRACTIONAL:
      return _("the fractional mark worker");
    case ML_WORKER_IDLE:
      return _("an idle mark worker");
    case ML_WORKER_ASSIST:
      return _("a mark assist");
    case ML_WORKER_SWEEPER:
      return _("the background sweeper");
    case ML_WORKER_MUTATOR:
      return _("the program");
    case ML_WORKER_STW:
    case ML_WORKER_NONE:
    default:
      return _("the runtime");
    }
}

/**
 * ml_narrator_describe_event:
 *
 * Returns: (transfer full): one line telling what @event did, in the user's language
 */
char *
ml_narrator_describe_event (MlNarrator    *self,
                            const MlEvent *event)
{
  g_autofree char *a = NULL;
  g_autofree char *b = NULL;

  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (event != NULL, NULL);

  switch ((MlEventKind)event->kind)
    {
    case ML_EVENT_ALLOC:
      a = ml_narrator_name_object (self, event->addr);
      return g_strdup_printf (_("New object %s: %" PRIu64 " bytes on the heap"),
                              a, event->value);

    case ML_EVENT_FREE:
      a = ml_narrator_name_object (self, event->addr);
      return g_strdup_printf (_("The sweep frees %s: nothing reached it"), a);

    case ML_EVENT_POINTER_WRITE:
      a = describe_slot (self, event->addr);
      if (event->addr2 == 0)
        return g_strdup_printf (_("Assignment: %s = nil, it no longer points anywhere"), a);
      b = ml_narrator_name_object (self, event->addr2);
      return g_strdup_printf (_("Assignment: %s now points to %s"), a, b);

    case ML_EVENT_SHADE:
      {
        gint64 index = find_object_any (self->snapshot, event->addr);

        a = ml_narrator_name_object (self, event->addr);
        /* An object without pointers has nothing to scan, so Go marks it black at once. */
        if (index >= 0 && (self->snapshot->objects[index].flags & ML_OBJECT_NOSCAN) != 0)
          return g_strdup_printf (_("Black at once: %s is reachable and holds no pointers to scan"), a);
        return g_strdup_printf (_("Grey: %s is reachable and waits to be scanned"), a);
      }

    case ML_EVENT_SCAN:
      a = ml_narrator_name_object (self, event->addr);
      return g_strdup_printf (_("Scanning %s: its pointers turn grey and it turns black"), a);

    case ML_EVENT_EDGE:
      a = ml_narrator_name_object (self, event->addr);
      b = ml_narrator_name_object (self, event->addr2);
      return g_strdup_printf (_("Following the pointer from %s to %s"), a, b);

    case ML_EVENT_ROOT:
      if (event->aux != 0)
        return g_strdup_printf (_("Scanning the stack of goroutine %" PRIu64 ": the objects its variables point to turn grey"),
                                (guint64)event->aux);
      return g_strdup (_("Scanning the package variables: the objects they point to turn grey"));

    case ML_EVENT_SWEEP:
      if (event->value == 0)
        return g_strdup (_("Sweeping a span: nothing to free, every object in it is alive"));
      return g_strdup_printf (ngettext ("Sweeping a span: %" PRIu64 " white object freed",
                                        "Sweeping a span: %" PRIu64 " white objects freed",
                                        event->value),
                              event->value);

    case ML_EVENT_PHASE:
      return g_strdup (phase_sentence ((guint)event->value));

    case ML_EVENT_STACK_GROW:
      return g_strdup_printf (_("The stack of goroutine %" PRIu64 " is full: it is copied to a new one of %" PRIu64 " bytes"),
                              (guint64)event->aux, event->value);

    case ML_EVENT_STACK_SHRINK:
      return g_strdup_printf (_("The stack of goroutine %" PRIu64 " is mostly empty: it is copied to a smaller one of %" PRIu64 " bytes"),
                              (guint64)event->aux, event->value);

    case ML_EVENT_STACK_COPY:
      return g_strdup (_("A pointer into the stack is adjusted to the stack’s new place"));

    case ML_EVENT_WB_SHADE:
      a = ml_narrator_name_object (self, event->addr);
      if (event->value == 0)
        return g_strdup_printf (_("Write barrier: %s, the pointer being overwritten, goes into the barrier’s buffer, to be shaded grey so it cannot be lost"), a);
      return g_strdup_printf (_("Write barrier: %s, the pointer being written, goes into the barrier’s buffer, to be shaded grey"), a);

    case ML_EVENT_WB_FLUSH:
      return g_strdup (_("The write barrier’s buffer is handed to the collector: the objects it recorded turn grey"));

    case ML_EVENT_ASSIST:
      return g_strdup_printf (_("Goroutine %" PRIu64 " allocates while the collector marks, so it helps with the marking (mark assist)"),
                              (guint64)event->aux);

    case ML_EVENT_WORKER_START:
      if (event->worker == ML_WORKER_STW)
        return g_strdup (_("The world stops: every goroutine waits while the runtime works"));
      return g_strdup_printf (_("Now working: %s"), worker_name (event));

    case ML_EVENT_WORKER_STOP:
      if (event->worker == ML_WORKER_STW)
        return g_strdup (_("The world starts again: the goroutines run"));
      return g_strdup_printf (_("Done for now: %s"), worker_name (event));

    case ML_EVENT_INVARIANT_VIOLATION:
      a = ml_narrator_name_object (self, event->addr);
      switch ((MlViolation)event->value)
        {
        case ML_VIOLATION_BLACK_TO_WHITE:
          b = ml_narrator_name_object (self, event->addr2);
          return g_strdup_printf (_("Broken invariant: black %s points to white %s, and no grey object leads to it"), b, a);
        case ML_VIOLATION_REACHABLE_WHITE:
          return g_strdup_printf (_("Broken invariant: marking ended with %s still white, although a variable reaches it"), a);
        case ML_VIOLATION_FREED_REACHABLE:
          return g_strdup_printf (_("Lost object: the sweep freed %s although a variable still reaches it"), a);
        case ML_VIOLATION_NONE:
        default:
          return g_strdup_printf (_("Broken invariant at %s"), a);
        }

    case ML_EVENT_CYCLE_START:
      switch ((MlGcTrigger) event->aux)
        {
        case ML_GC_TRIGGER_CYCLE:
          return g_strdup_printf (_("Garbage collection %" PRIu64 " starts, forced by runtime.GC()"), event->value);
        case ML_GC_TRIGGER_TIME:
          return g_strdup_printf (_("Garbage collection %" PRIu64 " starts: two minutes passed without one"),
                                  event->value);
        case ML_GC_TRIGGER_USER:
          /* The sandbox's button and a lesson's "//memlab:gc start": a cycle in the
           * background, while the program runs, not a call of runtime.GC(). */
          return g_strdup_printf (_("Garbage collection %" PRIu64 " starts in the background, while the program runs"),
                                  event->value);
        case ML_GC_TRIGGER_HEAP:
        default:
          return g_strdup_printf (_("Garbage collection %" PRIu64 " starts: the heap reached its trigger"),
                                  event->value);
        }

    case ML_EVENT_CYCLE_END:
      return g_strdup_printf (_("Garbage collection %" PRIu64 " is over"), event->value);

    case ML_EVENT_FRAME_PUSH:
      return g_strdup (_("A function is called: its frame is pushed on the stack"));

    case ML_EVENT_FRAME_POP:
      return g_strdup (_("The function returns: its frame is popped and its local variables are gone"));

    case ML_EVENT_FAULT:
      if (event->value == ML_FAULT_NIL)
        return g_strdup (_("The program reads or writes through a nil pointer"));
      return g_strdup_printf (_("The program touches memory it does not own, at %#" PRIx64),
                              event->addr);

    case ML_EVENT_GROWSLICE:
      b = ml_narrator_name_object (self, event->addr2);
      if (event->addr == 0)
        return g_strdup_printf (ngettext ("append needs room: %s is a new array for %" PRIu64 " element",
                                          "append needs room: %s is a new array for %" PRIu64 " elements",
                                          event->aux),
                                b, (guint64)event->aux);
      a = ml_narrator_name_object (self, event->addr);
      return g_strdup_printf (ngettext ("append is past the capacity: a new array for %" PRIu64 " element, %" PRIu64 " bytes copied into it; %s is garbage now",
                                        "append is past the capacity: a new array for %" PRIu64 " elements, %" PRIu64 " bytes copied into it; %s is garbage now",
                                        event->aux),
                              (guint64)event->aux, event->value, a);

    case ML_N_EVENT_KINDS:
    default:
      return g_strdup (_("Something happened in the runtime"));
    }
}

/**
 * ml_narrator_describe_step:
 *
 * Returns: (transfer full) (element-type utf8): one line per event of the step, in order
 */
GPtrArray *
ml_narrator_describe_step (MlNarrator *self)
{
  GPtrArray *lines;

  g_return_val_if_fail (self != NULL, NULL);

  lines = g_ptr_array_new_with_free_func (g_free);
  for (guint i = 0; i < self->snapshot->n_events; i++)
    {
      const MlEvent *event = &self->snapshot->events[i];

      /* A frame popped and pushed again at once is the same function's frame rebuilt
       * bigger (the sandbox declaring a variable), not a return and a call. */
      if (event->kind == ML_EVENT_FRAME_POP && i + 1 < self->snapshot->n_events &&
          self->snapshot->events[i + 1].kind == ML_EVENT_FRAME_PUSH &&
          self->snapshot->events[i + 1].aux == event->aux)
        {
          i++;
          continue;
        }

      /* The compiler's own temporaries (.autotmp) are filled and cleared around every call;
       * telling each write would bury the program's own assignments.  Memory that has no
       * name any more (a frame just popped) is the runtime's business, not the program's.
       * A struct copied whole writes each of its pointers: that is one assignment. */
      if (event->kind == ML_EVENT_POINTER_WRITE)
        {
          g_autofree char *slot = describe_slot (self, event->addr);
          gsize root_len;
          guint n = 1;

          if (slot == NULL || slot[0] == '.' || g_str_has_prefix (slot, "0x"))
            continue;
          root_len = strcspn (slot, ".[");
          if (slot[root_len] != '\0')
            {
              while (i + n < self->snapshot->n_events &&
                     self->snapshot->events[i + n].kind == ML_EVENT_POINTER_WRITE)
                {
                  g_autofree char *next = describe_slot (self, self->snapshot->events[i + n].addr);

                  if (next == NULL || strncmp (next, slot, root_len) != 0 || strcspn (next, ".[") != root_len)
                    break;
                  n++;
                }
            }
          if (n > 1)
            {
              g_autofree char *root = g_strndup (slot, root_len);

              g_ptr_array_add (lines, g_strdup_printf (ngettext ("Assignment: %s gets new values, %u pointer in it is written",
                                                                 "Assignment: %s gets new values, %u pointers in it are written",
                                                                 n),
                                                       root, n));
              i += n - 1;
              continue;
            }
        }

      g_ptr_array_add (lines, ml_narrator_describe_event (self, event));
    }

  return lines;
}
