/* test-rtype.c
 *
 * Copyright 2026 The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "ml-runtime.h"

static const MlRtype *
make_direccion (MlRtypeRegistry *reg)
{
  const MlRtype *t_string = ml_rtype_registry_basic (reg, ML_KIND_STRING);
  MlRtypeField fields[] = {
    { "calle", t_string, 0, FALSE },
    { "ciudad", t_string, 0, FALSE },
    { "provincia", t_string, 0, FALSE },
    { "numero", ml_rtype_registry_basic (reg, ML_KIND_UINT), 0, FALSE },
  };
  return ml_rtype_registry_struct (reg, "main.Direccion", fields, G_N_ELEMENTS (fields));
}

static void
test_lecture_types (void)
{
  g_autoptr(MlRtypeRegistry) reg = ml_rtype_registry_new ();
  const MlRtype *t_string = ml_rtype_registry_basic (reg, ML_KIND_STRING);
  const MlRtype *dir = make_direccion (reg);
  MlRtypeField fields[] = {
    { "nombre", t_string, 0, FALSE },
    { "apellido", t_string, 0, FALSE },
    { "edad", ml_rtype_registry_basic (reg, ML_KIND_UINT), 0, FALSE },
    { "direccion", dir, 0, FALSE },
  };
  const MlRtype *persona = ml_rtype_registry_struct (reg, "main.Persona", fields, G_N_ELEMENTS (fields));

  g_assert_cmpuint (t_string->size, ==, 16);
  g_assert_cmpuint (dir->size, ==, 56);
  g_assert_cmpuint (persona->size, ==, 96);
  g_assert_cmpuint (persona->align, ==, 8);
  g_assert_cmpstr (persona->name, ==, "main.Persona");
  g_assert_cmpuint (ml_rtype_find_field (persona, "edad")->offset, ==, 32);
  g_assert_cmpuint (ml_rtype_find_field (persona, "direccion")->offset, ==, 40);
  /* Pointer words: nombre.data, apellido.data, and the three strings of direccion. */
  g_assert_true (persona->has_pointers);
  g_assert_true (ml_rtype_word_is_pointer (persona, 0));
  g_assert_false (ml_rtype_word_is_pointer (persona, 1));
  g_assert_true (ml_rtype_word_is_pointer (persona, 2));
  g_assert_false (ml_rtype_word_is_pointer (persona, 4));
  g_assert_true (ml_rtype_word_is_pointer (persona, 5));
  g_assert_true (ml_rtype_word_is_pointer (persona, 7));
  g_assert_true (ml_rtype_word_is_pointer (persona, 9));
  g_assert_false (ml_rtype_word_is_pointer (persona, 11));
  /* Interned: asking again gives the same type. */
  g_assert_true (ml_rtype_registry_struct (reg, "main.Persona", fields, 4) == persona);
  g_assert_true (ml_rtype_registry_lookup (reg, "main.Persona") == persona);
}

static void
test_composites (void)
{
  g_autoptr(MlRtypeRegistry) reg = ml_rtype_registry_new ();
  const MlRtype *t_int = ml_rtype_registry_basic (reg, ML_KIND_INT);
  const MlRtype *t_bool = ml_rtype_registry_basic (reg, ML_KIND_BOOL);
  const MlRtype *t_i32 = ml_rtype_registry_basic (reg, ML_KIND_INT32);
  const MlRtype *p = ml_rtype_registry_pointer_to (reg, t_int);
  const MlRtype *s = ml_rtype_registry_slice_of (reg, t_int);
  const MlRtype *a = ml_rtype_registry_array_of (reg, p, 3);
  const MlRtype *m = ml_rtype_registry_map_of (reg, ml_rtype_registry_basic (reg, ML_KIND_STRING), t_int);
  const MlRtype *e = ml_rtype_registry_interface (reg, NULL);
  const MlRtype *f = ml_rtype_registry_func (reg, "(int) string");
  MlRtypeField padded_fields[] = {
    { "a", t_bool, 0, FALSE },
    { "b", t_int, 0, FALSE },
    { "c", t_bool, 0, FALSE },
    { "d", t_i32, 0, FALSE },
  };
  const MlRtype *padded = ml_rtype_registry_struct (reg, NULL, padded_fields, 4);

  g_assert_cmpstr (p->name, ==, "*int");
  g_assert_cmpuint (p->size, ==, 8);
  g_assert_true (ml_rtype_word_is_pointer (p, 0));
  g_assert_cmpstr (s->name, ==, "[]int");
  g_assert_cmpuint (s->size, ==, 24);
  g_assert_true (ml_rtype_word_is_pointer (s, 0));
  g_assert_false (ml_rtype_word_is_pointer (s, 1));
  g_assert_cmpstr (a->name, ==, "[3]*int");
  g_assert_cmpuint (a->size, ==, 24);
  g_assert_true (ml_rtype_word_is_pointer (a, 2));
  g_assert_cmpstr (m->name, ==, "map[string]int");
  g_assert_cmpuint (m->size, ==, 8);
  g_assert_cmpstr (e->name, ==, "interface {}");
  g_assert_cmpuint (e->size, ==, 16);
  g_assert_cmpstr (f->name, ==, "func(int) string");
  g_assert_cmpuint (padded->size, ==, 24);
  g_assert_cmpuint (padded->fields[3].offset, ==, 20);
  g_assert_cmpstr (padded->name, ==, "struct { a bool; b int; c bool; d int32 }");
  g_assert_false (padded->has_pointers);
  g_assert_true (ml_rtype_registry_pointer_to (reg, t_int) == p);
  g_assert_true (ml_rtype_registry_get (reg, p->id) == p);
  g_assert_cmpuint (ml_rtype_registry_basic (reg, ML_KIND_COMPLEX128)->size, ==, 16);
  g_assert_true (ml_rtype_registry_lookup (reg, "byte") == ml_rtype_registry_basic (reg, ML_KIND_UINT8));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/sim/rtype/lecture", test_lecture_types);
  g_test_add_func ("/sim/rtype/composites", test_composites);
  return g_test_run ();
}
