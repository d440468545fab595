/* test-sandbox.c
 *
 * Copyright The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The sandbox's commands on the model: its types take the sizes and size classes Go gives
 * them, new objects carry their values, a slice grows as Go's append grows it, objects are
 * named by their Go path as links change, and clearing a field during a mark shades the old
 * target through the hybrid barrier (and loses it with the barrier off).  The figures are
 * Go 1.27's: unsafe.Sizeof(Nodo{}) == 24, unsafe.Sizeof(Persona{}) == 32, size classes 3 and
 * 4 of internal/runtime/gc/sizeclasses.go, and the capacities `go run` prints after each
 * `lista = append(lista, &Nodo{})` on a package variable `var lista []*Nodo`, the saved
 * session's statement: 1 2 4 4 8 8 8 8 16.
 */

#include "config.h"

#include <string.h>

#include "ml-engine.h"
#include "ml-narrator.h"
#include "ml-render.h"
#include "ml-sandbox-script.h"

#define WAIT_MS 20000

static const MlSnapSlot *
find_root (const MlSnapshot *snap,
           const char       *name)
{
  for (guint i = 0; i < snap->n_slots; i++)
    if (g_strcmp0 (snap->slots[i].name, name) == 0)
      return &snap->slots[i];
  for (guint i = 0; i < snap->n_globals; i++)
    if (g_strcmp0 (snap->globals[i].name, name) == 0)
      return &snap->globals[i];

  return NULL;
}

static const MlSnapObject *
root_object (const MlSnapshot *snap,
             const char       *name)
{
  const MlSnapSlot *slot = find_root (snap, name);

  g_assert_nonnull (slot);
  g_assert_cmpint (slot->target, >=, 0);

  return &snap->objects[slot->target];
}

static gint64
object_word (const MlSnapshot   *snap,
             const MlSnapObject *object,
             guint               word)
{
  gint64 value;

  g_assert_cmpuint (object->value_size, >=, 8 * (word + 1));
  memcpy (&value, snap->values + object->value_offset + 8 * word, sizeof value);

  return value;
}

static MlSnapshot *
settle (MlEngine *engine)
{
  g_assert_true (ml_engine_wait_idle (engine, WAIT_MS));

  return ml_engine_get_snapshot (engine);
}

static char *
name_of (MlSnapshot *snap,
         guint64     addr)
{
  g_autoptr(MlNarrator) narrator = ml_narrator_new (snap);

  return ml_narrator_name_object (narrator, addr);
}

static void
test_sandbox_types (void)
{
  g_autoptr(MlEngine) engine = ml_engine_new ();
  const char *nodo_values[] = { "valor=7", NULL };
  const char *persona_values[] = { "Nombre=Ana", "Edad=30", NULL };
  const MlSnapObject *nodo, *persona;
  MlSnapshot *snap;
  gboolean found = FALSE;

  ml_engine_sandbox_new_root (engine, "a", "main.Nodo", FALSE, nodo_values);
  ml_engine_sandbox_new_root (engine, "p", "main.Persona", FALSE, persona_values);
  snap = settle (engine);

  /* Nodo: 24 bytes in size class 3; its value is set, its pointers nil. */
  nodo = root_object (snap, "a");
  g_assert_cmpstr (nodo->type->name, ==, "main.Nodo");
  g_assert_cmpuint (nodo->type->size, ==, 24);
  g_assert_cmpuint (nodo->size, ==, 24);
  g_assert_cmpuint (nodo->size_class, ==, 3);
  g_assert_cmpint (object_word (snap, nodo, 0), ==, 7);
  g_assert_cmpint (object_word (snap, nodo, 1), ==, 0);

  /* Persona: 32 bytes in class 4, pointers in the string's first word and in Amigo. */
  persona = root_object (snap, "p");
  g_assert_cmpstr (persona->type->name, ==, "main.Persona");
  g_assert_cmpuint (persona->size, ==, 32);
  g_assert_cmpuint (persona->size_class, ==, 4);
  g_assert_true (ml_rtype_word_is_pointer (persona->type, 0));
  g_assert_false (ml_rtype_word_is_pointer (persona->type, 1));
  g_assert_false (ml_rtype_word_is_pointer (persona->type, 2));
  g_assert_true (ml_rtype_word_is_pointer (persona->type, 3));
  g_assert_cmpint (object_word (snap, persona, 1), ==, 3);
  g_assert_cmpint (object_word (snap, persona, 2), ==, 30);
  for (guint i = 0; i < snap->n_strings; i++)
    if (snap->strings[i].addr == (guint64)object_word (snap, persona, 0))
      found = snap->strings[i].len == 3 && strncmp (snap->strings[i].text, "Ana", 3) == 0;
  g_assert_true (found);

  /* Setting a field later: p.Edad = 31, a.valor = -2. */
  ml_engine_sandbox_set_value (engine, persona->addr, "Edad", "31");
  ml_engine_sandbox_set_value (engine, nodo->addr, "valor", "-2");
  snap = settle (engine);
  g_assert_cmpint (object_word (snap, root_object (snap, "p"), 2), ==, 31);
  g_assert_cmpint (object_word (snap, root_object (snap, "a"), 0), ==, -2);
}

static void
error_cb (MlEngine *engine,
          GError   *error,
          gpointer  user_data)
{
  (*(guint *)user_data)++;
}

static void
test_sandbox_bad_values (void)
{
  g_autoptr(MlEngine) engine = ml_engine_new ();
  const char *bad[] = { "valor=siete", NULL };
  guint errors = 0;
  guint64 step, a;
  MlSnapshot *snap;

  g_signal_connect (engine, "error", G_CALLBACK (error_cb), &errors);
  ml_engine_sandbox_alloc_root (engine, "a", "main.Nodo", FALSE);
  snap = settle (engine);
  a = root_object (snap, "a")->addr;
  step = ml_engine_get_step (engine);

  /* A value that is no number, a field that is a pointer, a Persona in a Nodo's field: each
   * is refused and leaves the model as it was. */
  ml_engine_sandbox_new_root (engine, "b", "main.Nodo", FALSE, bad);
  ml_engine_sandbox_set_value (engine, a, "izq", "3");
  ml_engine_sandbox_new_field (engine, a, "izq", "main.Persona", NULL);
  ml_engine_sandbox_append (engine, "nadie", 0, NULL);
  snap = settle (engine);
  g_assert_cmpuint (errors, ==, 4);
  g_assert_cmpuint (ml_engine_get_step (engine), ==, step);

  /* A Persona in a Nodo's pointer, or in a []*Nodo: Go would not compile either. */
  ml_engine_sandbox_alloc_root (engine, "p", "main.Persona", FALSE);
  ml_engine_sandbox_new_root (engine, "lista", "[]*main.Nodo", TRUE, NULL);
  snap = settle (engine);
  step = ml_engine_get_step (engine);
  ml_engine_sandbox_link (engine, a, "izq", root_object (snap, "p")->addr);
  ml_engine_sandbox_append (engine, "lista", root_object (snap, "p")->addr, NULL);
  snap = settle (engine);
  g_assert_cmpuint (errors, ==, 6);
  g_assert_cmpuint (ml_engine_get_step (engine), ==, step);
  g_assert_cmpuint (snap->objects[ml_snapshot_find_object (snap, a)].n_edges, ==, 0);
  g_assert_null (find_root (snap, "b"));
}

static void
test_sandbox_slice_grows (void)
{
  g_autoptr(MlEngine) engine = ml_engine_new ();
  static const guint64 caps[] = { 1, 2, 4, 4, 8, 8, 8, 8, 16 };
  guint64 arrays = 0, last_array = 0;
  MlSnapshot *snap;

  ml_engine_sandbox_new_root (engine, "lista", "[]*main.Nodo", TRUE, NULL);
  for (guint i = 0; i < G_N_ELEMENTS (caps); i++)
    {
      g_autofree char *v = g_strdup_printf ("valor=%u", i);
      const char *values[] = { v, NULL };
      const MlSnapSlot *slot;
      guint64 header[3];

      ml_engine_sandbox_append (engine, "lista", 0, values);
      snap = settle (engine);
      slot = find_root (snap, "lista");
      g_assert_nonnull (slot);
      g_assert_cmpuint (slot->type->kind, ==, ML_KIND_SLICE);
      memcpy (header, snap->values + slot->value_offset, sizeof header);
      g_assert_cmpuint (header[1], ==, i + 1);
      g_assert_cmpuint (header[2], ==, caps[i]);
      if (header[0] != last_array)
        arrays++;
      last_array = header[0];
    }
  /* A new array each time the capacity changed: five of them. */
  g_assert_cmpuint (arrays, ==, 5);

  /* Stepping back takes the last append back. */
  ml_engine_step_back (engine);
  {
    MlSnapshot *back = settle (engine);
    const MlSnapSlot *slot = find_root (back, "lista");
    guint64 header[3];

    memcpy (header, back->values + slot->value_offset, sizeof header);
    g_assert_cmpuint (header[1], ==, 8);
    g_assert_cmpuint (header[2], ==, 8);
  }
  ml_engine_step_forward (engine);
  snap = settle (engine);

  /* The elements are named as Go indexes them. */
  {
    const MlSnapSlot *slot = find_root (snap, "lista");
    const MlSnapObject *array = &snap->objects[slot->target];
    guint64 third = 0;
    g_autofree char *name = NULL;
    g_autofree char *path = NULL;

    for (guint e = 0; e < array->n_edges; e++)
      if (snap->edges[array->first_edge + e].offset == 16)
        third = snap->edges[array->first_edge + e].target;
    g_assert_cmpuint (third, !=, 0);
    name = name_of (snap, third);
    g_assert_cmpstr (name, ==, "*lista[2]");
    path = ml_sandbox_path_from_name (name);
    g_assert_cmpstr (path, ==, "lista[2]");
  }
}

static void
test_sandbox_paths_follow_links (void)
{
  g_autoptr(MlEngine) engine = ml_engine_new ();
  guint64 a, b, x;
  MlSnapshot *snap;
  char *name;

  /* a := new(Nodo); a.izq = new(Nodo); b := new(Nodo) */
  ml_engine_sandbox_alloc_root (engine, "a", "main.Nodo", FALSE);
  snap = settle (engine);
  a = root_object (snap, "a")->addr;
  ml_engine_sandbox_alloc_field (engine, a, "izq", "main.Nodo");
  ml_engine_sandbox_alloc_root (engine, "b", "main.Nodo", FALSE);
  snap = settle (engine);
  b = root_object (snap, "b")->addr;
  g_assert_cmpuint (snap->objects[ml_snapshot_find_object (snap, a)].n_edges, ==, 1);
  x = snap->edges[snap->objects[ml_snapshot_find_object (snap, a)].first_edge].target;
  name = name_of (snap, x);
  g_assert_cmpstr (name, ==, "*a.izq");
  g_free (name);

  /* b.der = a.izq; a.izq = nil: the object is now b.der. */
  ml_engine_sandbox_link (engine, b, "der", x);
  ml_engine_sandbox_link (engine, a, "izq", 0);
  snap = settle (engine);
  name = name_of (snap, x);
  g_assert_cmpstr (name, ==, "*b.der");
  g_free (name);

  /* a.der = b's object, b = nil: a.der.der. */
  ml_engine_sandbox_link (engine, a, "der", b);
  ml_engine_sandbox_clear_root (engine, "b");
  snap = settle (engine);
  name = name_of (snap, x);
  g_assert_cmpstr (name, ==, "*a.der.der");
  g_free (name);

  /* a = nil: nothing reaches it, and its name says so rather than make up a path. */
  ml_engine_sandbox_clear_root (engine, "a");
  snap = settle (engine);
  name = name_of (snap, x);
  g_assert_null (ml_sandbox_path_from_name (name));
  g_assert_nonnull (strstr (name, "main.Nodo"));
  g_free (name);
}

/* Whether a picture of @snap in @view has a text that starts with @prefix. */
static gboolean
picture_says (MlSnapshot *snap,
              MlViewKind  view,
              const char *prefix)
{
  MlRenderOptions options = ML_RENDER_OPTIONS_INIT;
  g_autoptr(MlScene) scene = NULL;

  options.width = 1280;
  options.height = 800;
  scene = ml_render_layout (view, snap, NULL, &options);
  for (guint i = 0; i < scene->texts->len; i++)
    if (g_str_has_prefix (g_array_index (scene->texts, MlSceneText, i).text, prefix))
      return TRUE;

  return FALSE;
}

static void
test_sandbox_labels (void)
{
  g_autoptr(MlEngine) engine = ml_engine_new ();
  const char *one[] = { "valor=1", NULL };
  const char *two[] = { "valor=2", NULL };
  MlSnapshot *snap;
  guint64 a;

  ml_engine_sandbox_new_root (engine, "a", "main.Nodo", FALSE, one);
  snap = settle (engine);
  a = root_object (snap, "a")->addr;
  ml_engine_sandbox_new_field (engine, a, "izq", "main.Nodo", two);
  snap = settle (engine);

  /* The pictures of a sandbox title each object by its path, not by its type. */
  g_assert_true (snap->object_paths);
  g_assert_true (picture_says (snap, ML_VIEW_MEMORY_MAP, "a.izq"));
  g_assert_true (picture_says (snap, ML_VIEW_HEAP_GRAPH, "a.izq · valor 2"));
  g_assert_true (picture_says (snap, ML_VIEW_HEAP_GRAPH, "a · valor 1"));
  g_assert_false (picture_says (snap, ML_VIEW_HEAP_GRAPH, "Nodo · valor"));

  /* a.izq = nil: the object has no path; it is named by its type under the pictures'
   * "unreachable" captions. */
  ml_engine_sandbox_link (engine, a, "izq", 0);
  snap = settle (engine);
  g_assert_false (picture_says (snap, ML_VIEW_MEMORY_MAP, "a.izq"));
  g_assert_true (picture_says (snap, ML_VIEW_MEMORY_MAP, "unreachable"));
  g_assert_true (picture_says (snap, ML_VIEW_HEAP_GRAPH, "Nodo · valor 2"));
  g_assert_true (picture_says (snap, ML_VIEW_HEAP_GRAPH, "unreachable"));

  /* Stepping back undoes it, as every sandbox click. */
  ml_engine_step_back (engine);
  snap = settle (engine);
  g_assert_true (picture_says (snap, ML_VIEW_MEMORY_MAP, "a.izq"));
}

/* Clears a.izq in the middle of a mark, with the barrier on or off, and finishes the cycle:
 * returns whether the old target survived it. */
static gboolean
clear_field_during_mark (gboolean barrier)
{
  g_autoptr(MlEngine) engine = ml_engine_new ();
  guint64 a, x;
  MlSnapshot *snap;
  gint64 index;
  gboolean shaded = FALSE;

  ml_engine_sandbox_alloc_root (engine, "a", "main.Nodo", FALSE);
  snap = settle (engine);
  a = root_object (snap, "a")->addr;
  ml_engine_sandbox_alloc_field (engine, a, "izq", "main.Nodo");
  ml_engine_set_write_barrier (engine, barrier);
  ml_engine_gc_start (engine);
  snap = settle (engine);
  /* Past the sweep termination's pause, into the mark, before any scanning. */
  for (guint i = 0; i < 100 && snap->phase != ML_GC_MARK; i++)
    {
      ml_engine_gc_step (engine);
      snap = settle (engine);
    }
  x = snap->edges[snap->objects[ml_snapshot_find_object (snap, a)].first_edge].target;
  g_assert_cmpuint (snap->phase, ==, ML_GC_MARK);
  g_assert_cmpuint (snap->objects[ml_snapshot_find_object (snap, x)].colour, ==, ML_COLOUR_WHITE);

  /* a.izq = nil while the collector marks. */
  ml_engine_sandbox_link (engine, a, "izq", 0);
  snap = settle (engine);
  index = ml_snapshot_find_object (snap, x);
  for (guint i = 0; i < snap->n_wb_buffer; i++)
    shaded |= snap->wb_buffer[i] == x;
  shaded |= snap->objects[index].colour != ML_COLOUR_WHITE;
  /* Go's hybrid barrier shades the pointer it overwrites (the deletion half, Yuasa's). */
  g_assert_true (shaded == barrier);

  for (guint i = 0; i < 10000 && ml_engine_get_snapshot (engine)->phase != ML_GC_OFF; i++)
    {
      ml_engine_gc_step (engine);
      settle (engine);
    }
  snap = settle (engine);
  g_assert_cmpuint (snap->phase, ==, ML_GC_OFF);
  index = ml_snapshot_find_object (snap, x);

  return index >= 0 && snap->objects[index].colour != ML_COLOUR_FREED && snap->objects[index].colour != ML_COLOUR_FREE;
}

static void
test_sandbox_clear_field_barrier (void)
{
  /* With the barrier the old target is floating garbage, kept until the next cycle; without
   * it, nothing shaded it and the sweep frees it now. */
  g_assert_true (clear_field_during_mark (TRUE));
  g_assert_false (clear_field_during_mark (FALSE));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/sandbox/types", test_sandbox_types);
  g_test_add_func ("/sandbox/bad-values", test_sandbox_bad_values);
  g_test_add_func ("/sandbox/slice-grows", test_sandbox_slice_grows);
  g_test_add_func ("/sandbox/paths-follow-links", test_sandbox_paths_follow_links);
  g_test_add_func ("/sandbox/labels", test_sandbox_labels);
  g_test_add_func ("/sandbox/clear-field-barrier", test_sandbox_clear_field_barrier);

  return g_test_run ();
}
