/* test-narrator.c
 *
 * Copyright The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The narrator names objects the way the program does and tells each step in one line.
 */

#include "config.h"

#include "ml-narrator.h"
#include "ml-runtime.h"

typedef struct
{
  MlRuntime    *rt;
  const MlRtype *t;
  guint64       a_slot;
  guint64       a;
  guint64       next;
  guint64       array;
  guint64       lost;
  guint64       g;
} Scene;

/* type T struct { v int; next *int; arr []int }
 * var g = new(int)
 * func main() { a := new(T); a.next = new([4]int); a.arr = make([]int, 100); _ = new(T) } */
static void
scene_init (Scene *scene)
{
  MlRtypeRegistry *types;
  const MlRtype *int_type;
  MlRtypeField fields[3];
  g_autoptr(MlFrameLayout) layout = NULL;
  guint64 g_slot;
  guint64 frame;
  guint id;

  scene->rt = ml_runtime_new ();
  types = ml_runtime_get_types (scene->rt);
  int_type = ml_rtype_registry_basic (types, ML_KIND_INT);
  fields[0] = (MlRtypeField) { "v", int_type, 0, FALSE };
  /* next points at an array of four ints: a new(int) would share a 16-byte block of the
   * tiny allocator with g's, as it does in Go. */
  fields[1] = (MlRtypeField) { "next", ml_rtype_registry_pointer_to (types, ml_rtype_registry_array_of (types, int_type, 4)), 0, FALSE };
  fields[2] = (MlRtypeField) { "arr", ml_rtype_registry_slice_of (types, int_type), 0, FALSE };
  scene->t = ml_rtype_registry_struct (types, "main.T", fields, 3);

  g_slot = ml_runtime_add_global (scene->rt, "g", ml_rtype_registry_pointer_to (types, int_type), FALSE);
  scene->g = ml_runtime_new_object (scene->rt, int_type);
  ml_runtime_write_pointer (scene->rt, g_slot, scene->g);

  layout = ml_frame_layout_new ("main.main");
  ml_frame_layout_add_slot (layout, "a", ml_rtype_registry_pointer_to (types, scene->t), ML_SLOT_LOCAL);
  id = ml_runtime_register_frame_layout (scene->rt, layout);
  frame = ml_runtime_push_frame (scene->rt, 1, id);
  g_assert_cmpuint (frame, !=, 0);
  scene->a_slot = ml_runtime_get_frame_base (scene->rt, 1, 0) + ml_frame_layout_find_slot (layout, "a")->offset;

  scene->a = ml_runtime_new_object (scene->rt, scene->t);
  ml_runtime_write_pointer (scene->rt, scene->a_slot, scene->a);
  scene->next = ml_runtime_new_object (scene->rt, ml_rtype_registry_array_of (types, int_type, 4));
  ml_runtime_write_pointer (scene->rt, scene->a + 8, scene->next);
  scene->array = ml_runtime_make_slice (scene->rt, int_type, 100);
  ml_runtime_write_pointer (scene->rt, scene->a + 16, scene->array);
  ml_runtime_write_word (scene->rt, scene->a + 24, 100);
  ml_runtime_write_word (scene->rt, scene->a + 32, 100);
  scene->lost = ml_runtime_new_object (scene->rt, scene->t);
  ml_runtime_end_step (scene->rt);
}

static void
scene_clear (Scene *scene)
{
  g_clear_object (&scene->rt);
}

static void
test_narrator_names (void)
{
  Scene scene;
  g_autoptr(MlSnapshot) snap = NULL;
  g_autoptr(MlNarrator) narrator = NULL;
  g_autofree char *a = NULL, *next = NULL, *array = NULL, *lost = NULL, *g = NULL, *nil = NULL;
  g_autofree char *inside = NULL;

  scene_init (&scene);
  snap = ml_runtime_snapshot (scene.rt, ML_SNAPSHOT_ALL);
  narrator = ml_narrator_new (snap);

  a = ml_narrator_name_object (narrator, scene.a);
  next = ml_narrator_name_object (narrator, scene.next);
  array = ml_narrator_name_object (narrator, scene.array);
  lost = ml_narrator_name_object (narrator, scene.lost);
  g = ml_narrator_name_object (narrator, scene.g);
  nil = ml_narrator_name_object (narrator, 0);
  inside = ml_narrator_name_object (narrator, scene.a + 8);

  g_assert_cmpstr (a, ==, "*a");
  g_assert_cmpstr (next, ==, "*a.next");
  g_assert_cmpstr (array, ==, "the array of a.arr");
  g_assert_cmpstr (g, ==, "*g");
  g_assert_cmpstr (nil, ==, "nil");
  /* An address inside an object names the object. */
  g_assert_cmpstr (inside, ==, "*a");
  /* Nothing reaches the last object: it is named by type and address. */
  g_assert_true (g_str_has_prefix (lost, "a main.T at 0xc"));

  scene_clear (&scene);
}

static gboolean
find_line (GPtrArray  *lines,
           const char *text)
{
  for (guint i = 0; i < lines->len; i++)
    if (strstr (g_ptr_array_index (lines, i), text) != NULL)
      return TRUE;

  return FALSE;
}

/* The compiler's temporaries are written around every call; the story leaves them out and
 * keeps the program's own assignments. */
static void
test_narrator_skips_temporaries (void)
{
  g_autoptr(MlRuntime) rt = ml_runtime_new ();
  MlRtypeRegistry *types = ml_runtime_get_types (rt);
  const MlRtype *pint = ml_rtype_registry_pointer_to (types, ml_rtype_registry_basic (types, ML_KIND_INT));
  g_autoptr(MlFrameLayout) layout = ml_frame_layout_new ("main.main");
  g_autoptr(MlSnapshot) snap = NULL;
  g_autoptr(MlNarrator) narrator = NULL;
  g_autoptr(GPtrArray) lines = NULL;
  guint64 base, obj;

  ml_frame_layout_add_slot (layout, "p", pint, ML_SLOT_LOCAL);
  ml_frame_layout_add_slot (layout, ".autotmp", pint, ML_SLOT_LOCAL);
  ml_runtime_push_frame (rt, 1, ml_runtime_register_frame_layout (rt, layout));
  base = ml_runtime_get_frame_base (rt, 1, 0);
  ml_runtime_end_step (rt);

  obj = ml_runtime_new_object (rt, ml_rtype_registry_basic (types, ML_KIND_INT));
  ml_runtime_write_pointer (rt, base + ml_frame_layout_find_slot (layout, ".autotmp")->offset, obj);
  ml_runtime_write_pointer (rt, base + ml_frame_layout_find_slot (layout, "p")->offset, obj);
  ml_runtime_write_pointer (rt, base + ml_frame_layout_find_slot (layout, ".autotmp")->offset, 0);
  ml_runtime_end_step (rt);

  snap = ml_runtime_snapshot (rt, ML_SNAPSHOT_ALL);
  narrator = ml_narrator_new (snap);
  lines = ml_narrator_describe_step (narrator);
  g_assert_true (find_line (lines, "Assignment: p now points to"));
  for (guint i = 0; i < lines->len; i++)
    g_assert_null (strstr (g_ptr_array_index (lines, i), "autotmp"));
}

/* A struct copied whole is one assignment, however many pointers it holds; memory without a
 * name (not a variable, not an object) is not told at all. */
static void
test_narrator_struct_copy (void)
{
  g_autoptr(MlRuntime) rt = ml_runtime_new ();
  MlRtypeRegistry *types = ml_runtime_get_types (rt);
  const MlRtype *pint = ml_rtype_registry_pointer_to (types, ml_rtype_registry_basic (types, ML_KIND_INT));
  MlRtypeField fields[] = { { "a", pint, 0, FALSE }, { "b", pint, 0, FALSE }, { "c", pint, 0, FALSE } };
  const MlRtype *trio = ml_rtype_registry_struct (types, "main.Trio", fields, G_N_ELEMENTS (fields));
  g_autoptr(MlFrameLayout) layout = ml_frame_layout_new ("main.main");
  g_autoptr(MlSnapshot) snap = NULL;
  g_autoptr(MlNarrator) narrator = NULL;
  g_autoptr(GPtrArray) lines = NULL;
  guint64 base, t, obj;

  ml_frame_layout_add_slot (layout, "t", trio, ML_SLOT_LOCAL);
  ml_runtime_push_frame (rt, 1, ml_runtime_register_frame_layout (rt, layout));
  base = ml_runtime_get_frame_base (rt, 1, 0);
  t = base + ml_frame_layout_find_slot (layout, "t")->offset;
  ml_runtime_end_step (rt);

  obj = ml_runtime_new_object (rt, ml_rtype_registry_basic (types, ML_KIND_INT));
  for (guint i = 0; i < 3; i++)
    ml_runtime_write_pointer (rt, t + i * 8, obj);
  ml_runtime_end_step (rt);

  snap = ml_runtime_snapshot (rt, ML_SNAPSHOT_ALL);
  narrator = ml_narrator_new (snap);
  lines = ml_narrator_describe_step (narrator);
  g_assert_true (find_line (lines, "Assignment: t gets new values, 3 pointers in it are written"));
  for (guint i = 0; i < lines->len; i++)
    g_assert_null (strstr (g_ptr_array_index (lines, i), "t.b"));
}

static void
test_narrator_tells_a_cycle (void)
{
  Scene scene;
  g_autoptr(GPtrArray) all = g_ptr_array_new_with_free_func (g_free);
  guint steps = 0;

  scene_init (&scene);

  /* Runs a whole forced cycle one unit at a time and collects every line told. */
  ml_runtime_gc_collect (scene.rt);
  ml_runtime_end_step (scene.rt);
  do
    {
      g_autoptr(MlSnapshot) snap = ml_runtime_snapshot (scene.rt, ML_SNAPSHOT_ALL);
      g_autoptr(MlNarrator) narrator = ml_narrator_new (snap);
      g_autoptr(GPtrArray) lines = ml_narrator_describe_step (narrator);

      g_assert_cmpuint (lines->len, ==, snap->n_events);
      for (guint i = 0; i < lines->len; i++)
        {
          const char *line = g_ptr_array_index (lines, i);

          g_assert_true (g_utf8_validate (line, -1, NULL));
          g_assert_cmpuint (strlen (line), >, 10);
          g_ptr_array_add (all, g_strdup (line));
        }

      if (!ml_runtime_gc_unit (scene.rt))
        break;
      ml_runtime_end_step (scene.rt);
    }
  while (ml_runtime_get_phase (scene.rt) != ML_GC_OFF && ++steps < 10000);

  for (guint i = 0; i < all->len; i++)
    g_test_message ("%s", (char *)g_ptr_array_index (all, i));

  g_assert_true (find_line (all, "starts, forced by runtime.GC()"));
  g_assert_true (find_line (all, "Sweep termination: the world stops (STW)"));
  g_assert_true (find_line (all, "Scanning *a: its pointers turn grey"));
  g_assert_true (find_line (all, "Grey: *a is reachable"));
  /* *a.next is an array of ints: nothing to scan, so it goes straight to black. */
  g_assert_true (find_line (all, "Black at once: *a.next is reachable"));
  g_assert_true (find_line (all, "The world stops"));
  g_assert_true (find_line (all, "The sweep frees a main.T at 0xc"));
  g_assert_true (find_line (all, "Concurrent mark"));
  g_assert_true (find_line (all, "Mark termination"));

  scene_clear (&scene);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/narrator/names", test_narrator_names);
  g_test_add_func ("/narrator/tells-a-cycle", test_narrator_tells_a_cycle);
  g_test_add_func ("/narrator/skips-temporaries", test_narrator_skips_temporaries);
  g_test_add_func ("/narrator/struct-copy", test_narrator_struct_copy);

  return g_test_run ();
}
