/* test-snapshot.c
 *
 * Copyright 2026 The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The lecture's memory-map example, built by hand as the compiler would, then read back from
 * a snapshot the way the views read it.
 */

#include <string.h>

#include "sim-test-util.h"

typedef struct
{
  MlRuntime    *rt;
  const MlRtype *persona;
  guint64       num, p1, main_base, p3_obj;
  guint64       lit_marcelo;
  guint         main_layout;
} Lecture;

static void
lecture_init (Lecture *l)
{
  MlRtypeRegistry *reg;
  const MlRtype *t_string, *t_uint, *direccion;
  g_autoptr(MlFrameLayout) layout = ml_frame_layout_new ("main.main");
  guint64 v;

  l->rt = ml_runtime_new ();
  reg = ml_runtime_get_types (l->rt);
  t_string = ml_rtype_registry_basic (reg, ML_KIND_STRING);
  t_uint = ml_rtype_registry_basic (reg, ML_KIND_UINT);
  {
    MlRtypeField f[] = {
      { "calle", t_string, 0, FALSE }, { "ciudad", t_string, 0, FALSE },
      { "provincia", t_string, 0, FALSE }, { "numero", t_uint, 0, FALSE },
    };
    direccion = ml_rtype_registry_struct (reg, "main.Direccion", f, 4);
  }
  {
    MlRtypeField f[] = {
      { "nombre", t_string, 0, FALSE }, { "apellido", t_string, 0, FALSE },
      { "edad", t_uint, 0, FALSE }, { "direccion", direccion, 0, FALSE },
    };
    l->persona = ml_rtype_registry_struct (reg, "main.Persona", f, 4);
  }

  ml_runtime_add_function (l->rt, "main.main", 400);
  l->lit_marcelo = ml_runtime_intern_string (l->rt, "Marcelo", -1);
  ml_runtime_intern_string (l->rt, "Pepe", -1);

  /* var num int = 5; var p1 Persona */
  l->num = ml_runtime_add_global (l->rt, "main.num", ml_rtype_registry_basic (reg, ML_KIND_INT), TRUE);
  ml_runtime_write_word (l->rt, l->num, 5);
  l->p1 = ml_runtime_add_global (l->rt, "main.p1", l->persona, FALSE);
  /* p1.nombre = "Marcelo"; p1.edad = 27 */
  ml_runtime_write_pointer (l->rt, l->p1, l->lit_marcelo);
  ml_runtime_write_word (l->rt, l->p1 + 8, 7);
  ml_runtime_write_word (l->rt, l->p1 + 32, 27);

  /* func main() { p2 := Persona{...}; p3 := &Persona{...} } */
  ml_frame_layout_add_slot (layout, "p2", l->persona, ML_SLOT_LOCAL);
  ml_frame_layout_add_slot (layout, "p3", ml_rtype_registry_pointer_to (reg, l->persona), ML_SLOT_LOCAL);
  l->main_layout = ml_runtime_register_frame_layout (l->rt, layout);
  l->main_base = ml_runtime_push_frame (l->rt, 1, l->main_layout);
  ml_runtime_write_word (l->rt, l->main_base + 32, 23);
  l->p3_obj = ml_runtime_new_object (l->rt, l->persona);
  ml_runtime_write_pointer (l->rt, l->main_base + 96, l->p3_obj);
  ml_runtime_write_pointer (l->rt, l->p3_obj, l->lit_marcelo);
  ml_runtime_read_word (l->rt, l->main_base + 96, &v);
  g_assert_cmpuint (v, ==, l->p3_obj);
  ml_runtime_end_step (l->rt);
}

static void
test_memory_map (void)
{
  Lecture l;
  g_autoptr(MlSnapshot) snap = NULL;
  const MlSnapSlot *num, *p1;
  guint64 v;
  gboolean found_marcelo = FALSE;
  gint64 obj;

  lecture_init (&l);
  snap = ml_runtime_snapshot (l.rt, ML_SNAPSHOT_ALL);

  /* Segments: text, rodata, data, bss, heap, and the main goroutine's stack. */
  g_assert_cmpuint (snap->n_segments, ==, 6);
  g_assert_cmpstr (snap->segments[0].name, ==, "text");
  g_assert_cmpuint (snap->segments[0].used, ==, 400);
  g_assert_cmpint (snap->segments[5].kind, ==, ML_SEGMENT_STACK);
  g_assert_cmpuint (snap->segments[5].size, ==, 2048);

  num = ml_snapshot_find_global (snap, "main.num");
  g_assert_nonnull (num);
  g_assert_cmpint (num->segment, ==, ML_SEGMENT_DATA);
  memcpy (&v, snap->values + num->value_offset, 8);
  g_assert_cmpuint (v, ==, 5);
  p1 = ml_snapshot_find_global (snap, "main.p1");
  g_assert_cmpint (p1->segment, ==, ML_SEGMENT_BSS);
  g_assert_true (p1->type == l.persona);
  memcpy (&v, snap->values + p1->value_offset + 32, 8);
  g_assert_cmpuint (v, ==, 27);
  /* A pointer to rodata is not a heap edge. */
  g_assert_cmpint (p1->target, ==, -1);

  for (guint i = 0; i < snap->n_strings; i++)
    if (snap->strings[i].addr == l.lit_marcelo)
      {
        g_assert_cmpstr (snap->strings[i].text, ==, "Marcelo");
        found_marcelo = TRUE;
      }
  g_assert_true (found_marcelo);
  g_assert_cmpuint (snap->n_strings, ==, 2);

  g_assert_cmpuint (snap->n_goroutines, ==, 1);
  g_assert_true (snap->goroutines[0].current);
  g_assert_cmpuint (snap->goroutines[0].n_frames, ==, 1);
  g_assert_cmpstr (snap->frames[0].function, ==, "main.main");
  g_assert_cmpuint (snap->frames[0].n_slots, ==, 2);
  g_assert_cmpstr (snap->slots[0].name, ==, "p2");
  g_assert_cmpuint (snap->slots[0].addr, ==, l.main_base);
  g_assert_cmpstr (snap->slots[1].name, ==, "p3");
  obj = ml_snapshot_find_object (snap, l.p3_obj);
  g_assert_cmpint (obj, >=, 0);
  g_assert_cmpint (snap->slots[1].target, ==, obj);
  g_assert_true (snap->objects[obj].type == l.persona);
  g_assert_cmpuint (snap->objects[obj].size, ==, 96);
  g_assert_cmpuint (snap->objects[obj].size_class, ==, 8);
  g_assert_cmpint (snap->objects[obj].colour, ==, ML_COLOUR_WHITE);
  /* p3.nombre points into rodata: an edge that leaves the heap. */
  g_assert_cmpuint (snap->objects[obj].n_edges, ==, 1);
  g_assert_cmpint (snap->edges[snap->objects[obj].first_edge].to, ==, -1);
  g_assert_cmpuint (snap->edges[snap->objects[obj].first_edge].target, ==, l.lit_marcelo);
  g_assert_cmpuint (snap->step, ==, 1);
  g_assert_cmpuint (snap->n_events, >, 0);
  g_assert_true (snap->types != NULL);
  g_clear_object (&l.rt);

  /* The snapshot outlives the runtime. */
  g_assert_cmpstr (snap->objects[obj].type->name, ==, "main.Persona");
  g_assert_cmpstr (snap->frames[0].function, ==, "main.main");
  g_assert_cmpstr (snap->slots[1].name, ==, "p3");
  g_assert_cmpstr (ml_snapshot_find_global (snap, "main.num")->name, ==, "main.num");
}

static void
test_spans_view (void)
{
  g_autoptr(MlRuntime) rt = ml_runtime_new ();
  const MlRtype *node = sim_test_node_type (rt);
  const MlRtype *pnode = ml_rtype_registry_pointer_to (ml_runtime_get_types (rt), node);
  guint64 root = ml_runtime_add_global (rt, "main.root", pnode, FALSE);
  guint64 keep = 0;
  g_autoptr(MlSnapshot) snap = NULL;
  guint counts[5] = { 0, };
  guint small = 0;

  for (guint i = 0; i < 1000; i++)
    {
      guint64 n = ml_runtime_new_object (rt, node);

      if (i % 4 == 0)
        {
          ml_runtime_write_pointer (rt, n, keep);
          keep = n;
        }
    }
  ml_runtime_write_pointer (rt, root, keep);
  ml_runtime_gc_collect (rt);
  ml_runtime_end_step (rt);
  snap = ml_runtime_snapshot (rt, ML_SNAPSHOT_SPANS);
  g_assert_cmpuint (snap->n_objects, ==, 0);
  for (guint s = 0; s < snap->n_spans; s++)
    {
      if (snap->spans[s].kind != ML_SPAN_KIND_SMALL)
        continue;
      small++;
      g_assert_cmpuint (snap->spans[s].elemsize, ==, 24);
      g_assert_cmpuint (snap->spans[s].nelems, ==, 341);
      for (guint i = 0; i < snap->spans[s].nelems; i++)
        counts[ml_snapshot_span_slot_colour (snap, s, i)]++;
    }
  g_assert_cmpuint (small, ==, 3);
  g_assert_cmpuint (counts[ML_COLOUR_WHITE], ==, 250);
  g_assert_cmpuint (counts[ML_COLOUR_FREED], ==, 750);
  g_assert_cmpuint (counts[ML_COLOUR_FREE], ==, 3 * 341 - 1000);
  g_assert_cmpuint (snap->stats.num_gc, ==, 1);
  g_assert_cmpuint (snap->n_gctrace, ==, 1);
  g_assert_true (g_str_has_prefix (snap->gctrace[0], "gc 1 @"));
}

/* An object the sweep freed draws no pointer, but the snapshot keeps those its memory still
 * holds, in freed_edges, so that the heap graph keeps the garbage's picture while it is swept. */
static void
test_freed_edges (void)
{
  g_autoptr(MlRuntime) rt = ml_runtime_new ();
  const MlRtype *node = sim_test_node_type (rt);
  const MlRtype *pnode = ml_rtype_registry_pointer_to (ml_runtime_get_types (rt), node);
  guint64 root = ml_runtime_add_global (rt, "main.root", pnode, FALSE);
  guint64 a = ml_runtime_new_object (rt, node);
  guint64 b = ml_runtime_new_object (rt, node);
  /* A live node keeps the span, and so its freed slots, in the snapshot. */
  guint64 kept = ml_runtime_new_object (rt, node);
  g_autoptr(MlSnapshot) snap = NULL;
  gint64 ia, ib;

  ml_runtime_write_pointer (rt, root, kept);
  ml_runtime_write_pointer (rt, a, b);
  ml_runtime_gc_collect (rt);
  ml_runtime_end_step (rt);
  snap = ml_runtime_snapshot (rt, ML_SNAPSHOT_ALL);
  ia = ib = -1;
  for (guint i = 0; i < snap->n_objects; i++)
    {
      if (snap->objects[i].addr == a)
        ia = i;
      else if (snap->objects[i].addr == b)
        ib = i;
    }
  g_assert_cmpint (ia, >=, 0);
  g_assert_cmpint (ib, >=, 0);
  g_assert_cmpuint (snap->objects[ia].colour, ==, ML_COLOUR_FREED);
  g_assert_cmpuint (snap->objects[ia].n_edges, ==, 0);
  g_assert_cmpuint (snap->n_freed_edges, ==, 1);
  g_assert_cmpuint (snap->freed_edges[0].from, ==, (guint)ia);
  g_assert_cmpint (snap->freed_edges[0].to, ==, ib);
  g_assert_cmpuint (snap->freed_edges[0].target, ==, b);
}

static void
test_sandbox (void)
{
  g_autoptr(MlRuntime) rt = ml_runtime_new ();
  const MlRtype *node = sim_test_node_type (rt);
  g_autoptr(MlSnapshot) snap = NULL;
  guint64 a, b, c;

  a = ml_runtime_sandbox_alloc_global (rt, "main.a", node);
  b = ml_runtime_sandbox_alloc_field (rt, a, 0, node);
  c = ml_runtime_sandbox_alloc_local (rt, "v0", node);
  g_assert_true (ml_runtime_sandbox_set_field (rt, b, 8, c));
  ml_runtime_end_step (rt);
  snap = ml_runtime_snapshot (rt, ML_SNAPSHOT_ALL);
  g_assert_cmpuint (snap->n_objects, ==, 3);
  g_assert_cmpuint (snap->n_edges, ==, 2);
  g_assert_nonnull (ml_snapshot_find_global (snap, "main.a"));
  g_assert_cmpstr (snap->frames[0].function, ==, "main.sandbox");
  g_clear_pointer (&snap, ml_snapshot_unref);

  /* Drop the only path to b; c stays alive through the local. */
  g_assert_true (ml_runtime_sandbox_set_field (rt, a, 0, 0));
  ml_runtime_gc_start (rt);
  while (ml_runtime_gc_unit (rt))
    ;
  g_assert_true (sim_test_is_live (rt, a));
  g_assert_false (sim_test_is_live (rt, b));
  g_assert_true (sim_test_is_live (rt, c));
  g_assert_true (ml_runtime_sandbox_clear_root (rt, "v0"));
  g_assert_true (ml_runtime_sandbox_clear_root (rt, "main.a"));
  g_assert_false (ml_runtime_sandbox_clear_root (rt, "main.nothing"));
  ml_runtime_gc_collect (rt);
  g_assert_false (sim_test_is_live (rt, a));
  g_assert_false (sim_test_is_live (rt, c));
}

static void
test_event_text (void)
{
  MlEvent ev = { .kind = ML_EVENT_ALLOC, .worker = ML_WORKER_MUTATOR, .phase = ML_GC_OFF,
                 .worker_id = 1, .aux = 0, .addr = 0xc000010000, .addr2 = 0, .value = 96 };
  g_autofree char *text = ml_event_describe (&ev);

  g_assert_cmpstr (text, ==, "Allocated 96 bytes at 0xc000010000");
  g_assert_cmpstr (ml_event_kind_to_string (ML_EVENT_WB_SHADE), ==, "wb-shade");
  for (guint k = 0; k < ML_N_EVENT_KINDS; k++)
    {
      g_autofree char *d = NULL;

      ev.kind = k;
      d = ml_event_describe (&ev);
      g_assert_nonnull (d);
      g_assert_cmpuint (strlen (d), >, 10);
      g_assert_true (g_str_is_ascii (d));
    }
  g_assert_cmpstr (ml_worker_kind_to_string (ML_WORKER_FRACTIONAL), ==, "fractional");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/sim/snapshot/memory-map", test_memory_map);
  g_test_add_func ("/sim/snapshot/spans", test_spans_view);
  g_test_add_func ("/sim/snapshot/freed-edges", test_freed_edges);
  g_test_add_func ("/sim/snapshot/sandbox", test_sandbox);
  g_test_add_func ("/sim/snapshot/event-text", test_event_text);
  return g_test_run ();
}
