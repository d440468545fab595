/* test-map.c
 *
 * Copyright 2026 The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Maps as Go 1.27 builds them (src/sim/ml-map*.c): a million inserts, lookups and deletes
 * against a host table; the sizes of Go's structures for several key and value types; the
 * points where a map leaves its single group, where a table doubles (7/8 full) and where it
 * splits (past 1,024 slots); hints; tombstones and clear; float keys; iteration, also while
 * the map changes under it.
 */

#include <math.h>
#include <string.h>

#include "sim-test-util.h"
#include "ml-map-private.h"

typedef struct
{
  MlRuntime     *rt;
  MlRtypeRegistry *reg;
  const MlRtype *type;
  guint64        key;     /* a global to hold keys */
  guint64        value;   /* and values */
  guint64        m;
} Fixture;

/* A runtime with globals m (a map[@key]@value), k and v (a key and a value to pass). */
static void
fixture_init (Fixture *f,
              MlKind   key,
              MlKind   value)
{
  MlRtypeRegistry *reg;

  f->rt = ml_runtime_new ();
  reg = ml_runtime_get_types (f->rt);
  f->reg = reg;
  ml_runtime_set_history_enabled (f->rt, FALSE);
  ml_runtime_set_events_enabled (f->rt, FALSE);
  f->type = ml_rtype_registry_map_of (reg, key == ML_KIND_INTERFACE
                                             ? ml_rtype_registry_interface (reg, NULL)
                                             : ml_rtype_registry_basic (reg, key),
                                      ml_rtype_registry_basic (reg, value));
  f->key = ml_runtime_add_global (f->rt, "main.k", f->type->key, FALSE);
  f->value = ml_runtime_add_global (f->rt, "main.v", f->type->elem, FALSE);
  f->m = ml_runtime_add_global (f->rt, "main.m", f->type, FALSE);
}

static void
fixture_clear (Fixture *f)
{
  g_clear_object (&f->rt);
}

static guint64
word (MlRuntime *rt,
      guint64    addr)
{
  guint64 v = 0;

  ml_runtime_read_word (rt, addr, &v);
  return v;
}

static guint64
map_of (Fixture *f)
{
  return word (f->rt, f->m);
}

static void
make (Fixture *f,
      gint64   hint)
{
  ml_runtime_write_pointer (f->rt, f->m, ml_runtime_map_new (f->rt, f->type, hint, 0, 0, NULL));
}

static void
put_int (Fixture *f,
         gint64   k,
         gint64   v)
{
  guint64 e = 0;

  ml_runtime_write_word (f->rt, f->key, (guint64) k);
  g_assert_cmpint (ml_runtime_map_assign (f->rt, f->type, map_of (f), f->key, &e, NULL), ==,
                   ML_MAP_OK);
  g_assert_cmpuint (e, !=, 0);
  ml_runtime_write_word (f->rt, e, (guint64) v);
}

static gboolean
get_int (Fixture *f,
         gint64   k,
         gint64  *v)
{
  guint64 e = 0;

  ml_runtime_write_word (f->rt, f->key, (guint64) k);
  g_assert_cmpint (ml_runtime_map_access (f->rt, f->type, map_of (f), f->key, &e), ==, ML_MAP_OK);
  if (e != 0 && v != NULL)
    *v = (gint64) word (f->rt, e);
  return e != 0;
}

static void
del_int (Fixture *f,
         gint64   k)
{
  ml_runtime_write_word (f->rt, f->key, (guint64) k);
  g_assert_cmpint (ml_runtime_map_delete (f->rt, f->type, map_of (f), f->key), ==, ML_MAP_OK);
}

/* The map's tables, each once, in directory order. */
static guint
tables (Fixture *f,
        MlTable *out,
        guint    max)
{
  guint64 m = map_of (f);
  guint64 len = word (f->rt, m + ML_MAP_DIR_LEN);
  guint64 dir = word (f->rt, m + ML_MAP_DIR_PTR);
  guint64 last = 0;
  guint n = 0;

  for (guint64 i = 0; i < len; i++)
    {
      guint64 t = word (f->rt, dir + 8 * i);
      guint64 w;

      if (t == last)
        continue;
      last = t;
      g_assert_cmpuint (n, <, max);
      w = word (f->rt, t);
      out[n].addr = t;
      out[n].used = w & 0xffff;
      out[n].capacity = (w >> 16) & 0xffff;
      out[n].growth_left = (w >> 32) & 0xffff;
      out[n].local_depth = (w >> 48) & 0xff;
      out[n].index = (gint64) word (f->rt, t + ML_TABLE_INDEX);
      out[n].groups = word (f->rt, t + ML_TABLE_GROUPS);
      out[n].mask = word (f->rt, t + ML_TABLE_MASK);
      n++;
    }
  return n;
}

static guint64
object_size (MlRuntime *rt,
             guint64    addr)
{
  guint64 size = 0;

  g_assert_cmpuint (ml_runtime_object_base (rt, addr, &size, NULL), ==, addr);
  return size;
}

/* A million inserts, lookups and deletes agree with a host table, and the map keeps Go's
 * shape throughout: every table at most 7/8 full, at most 1,024 slots.  The sanitizer builds
 * (MEMLAB_SANITIZE=1) do a fifth of it. */
static void
test_million (void)
{
  const char *san = g_getenv ("MEMLAB_SANITIZE");
  guint count = (san != NULL && strcmp (san, "1") == 0) ? 200000 : 1000000;
  Fixture f;
  g_autoptr(GHashTable) host = g_hash_table_new (g_int64_hash, g_int64_equal);
  g_autofree gint64 *keys = g_new (gint64, 1000000);
  GRand *rand = g_rand_new_with_seed (424242);
  MlTable t[2048];
  guint n;

  fixture_init (&f, ML_KIND_INT, ML_KIND_INT);
  make (&f, 0);
  for (guint i = 0; i < count; i++)
    {
      keys[i] = (gint64) g_rand_int (rand) << 20 ^ i;
      put_int (&f, keys[i], keys[i] * 3);
      g_hash_table_add (host, &keys[i]);
    }
  g_assert_cmpuint (ml_runtime_map_len (f.rt, map_of (&f)), ==, g_hash_table_size (host));
  for (guint i = 0; i < count; i++)
    {
      gint64 v = 0;

      g_assert_true (get_int (&f, keys[i], &v));
      g_assert_cmpint (v, ==, keys[i] * 3);
      g_assert_false (get_int (&f, keys[i] + ((gint64) 1 << 62), NULL));
    }
  n = tables (&f, t, G_N_ELEMENTS (t));
  g_assert_cmpuint (n, >, count / 1024);
  for (guint i = 0; i < n; i++)
    {
      g_assert_cmpuint (t[i].capacity, <=, 1024);
      g_assert_cmpuint (t[i].used, <=, t[i].capacity * 7 / 8);
    }
  for (guint i = 0; i < count; i += 2)
    del_int (&f, keys[i]);
  g_assert_cmpuint (ml_runtime_map_len (f.rt, map_of (&f)), ==, count / 2);
  for (guint i = 0; i < count; i++)
    g_assert_true (get_int (&f, keys[i], NULL) == (i % 2 == 1));
  g_rand_free (rand);
  fixture_clear (&f);
}

/* The structures have Go's sizes (cmd/compile/internal/reflectdata/map.go) and pointer
 * masks; the objects a map allocates are of those types. */
static void
test_layout (void)
{
  g_autoptr(MlRuntime) rt = ml_runtime_new ();
  MlRtypeRegistry *reg = ml_runtime_get_types (rt);
  const MlRtype *t_int = ml_rtype_registry_basic (reg, ML_KIND_INT);
  const MlRtype *t_string = ml_rtype_registry_basic (reg, ML_KIND_STRING);
  const MlRtype *t_bool = ml_rtype_registry_basic (reg, ML_KIND_BOOL);
  const MlRtype *t_i64 = ml_rtype_registry_basic (reg, ML_KIND_INT64);
  MlRtypeField persona_fields[] = {
    { "nombre", t_string, 0, FALSE },
    { "edad", t_i64, 0, FALSE },
    { "dni", t_i64, 0, FALSE },
    { "piso", ml_rtype_registry_basic (reg, ML_KIND_INT32), 0, FALSE },
  };
  const MlRtype *persona = ml_rtype_registry_struct (reg, "main.Persona", persona_fields, 4);
  const MlRtype *big = ml_rtype_registry_array_of (reg, t_int, 17);
  const MlRtype *empty = ml_rtype_registry_struct (reg, NULL, NULL, 0);
  static const struct { guint key, value; guint64 group; } cases[] = {
    { 0, 0, 136 }, { 1, 0, 200 }, { 0, 1, 200 }, { 0, 2, 392 }, { 3, 4, 136 },
    { 5, 0, 136 }, { 0, 5, 136 }, { 6, 6, 16 },
  };
  const MlRtype *types[] = { t_int, t_string, persona, t_i64, t_bool, big, empty };
  const MlRtype *header = ml_rtype_registry_map_header (reg);
  const MlRtype *table = ml_rtype_registry_map_table (reg);
  const MlRtype *iter = ml_rtype_registry_map_iter (reg);

  g_assert_cmpuint (persona->size, ==, 40);
  g_assert_cmpuint (header->size, ==, 48);
  g_assert_true (ml_rtype_word_is_pointer (header, 2));
  g_assert_false (ml_rtype_word_is_pointer (header, 0));
  g_assert_cmpuint (table->size, ==, 32);
  g_assert_true (ml_rtype_word_is_pointer (table, 2));
  g_assert_false (ml_rtype_word_is_pointer (table, 3));
  g_assert_cmpuint (iter->size, ==, 96);
  for (guint w = 0; w < 12; w++)
    g_assert_true (ml_rtype_word_is_pointer (iter, w) == (w <= 3 || w == 9 || w == 10));

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      const MlRtype *mt = ml_rtype_registry_map_of (reg, types[cases[i].key],
                                                   types[cases[i].value]);

      g_assert_nonnull (mt->group);
      g_assert_true (mt->group->map == mt);
      g_assert_cmpuint (mt->group->size, ==, cases[i].group);
    }
  /* A key over 128 bytes is kept behind a pointer: the slot is one pointer and an int. */
  {
    const MlRtype *mt = ml_rtype_registry_map_of (reg, big, t_int);
    const MlRtype *slot = mt->group->fields[1].type->elem;

    g_assert_cmpuint (slot->fields[0].type->kind, ==, ML_KIND_POINTER);
    g_assert_true (ml_rtype_word_is_pointer (mt->group, 1));
    g_assert_false (ml_rtype_word_is_pointer (mt->group, 2));
  }
  /* map[string]int: the key's data word is a pointer, the value is not. */
  {
    const MlRtype *g = ml_rtype_registry_map_of (reg, t_string, t_int)->group;

    g_assert_false (ml_rtype_word_is_pointer (g, 0));
    g_assert_true (ml_rtype_word_is_pointer (g, 1));
    g_assert_false (ml_rtype_word_is_pointer (g, 2));
    g_assert_false (ml_rtype_word_is_pointer (g, 3));
    g_assert_true (ml_rtype_word_is_pointer (g, 4));
  }
}

/* Go's growth points: eight entries in one group; the ninth makes a table of 16 slots under a
 * directory of one; a table doubles when an insert would make it more than 7/8 full; one of
 * 1,024 slots splits in two of 1,024 (localDepth 1), the directory growing to two entries.
 * Every object has its size class: a group of map[int]int is 136 bytes in a 144-byte slot. */
static void
test_growth (void)
{
  Fixture f;
  MlTable t[8];
  guint64 m;
  guint n;

  fixture_init (&f, ML_KIND_INT, ML_KIND_INT);
  make (&f, 0);
  m = map_of (&f);
  g_assert_cmpuint (object_size (f.rt, m), ==, 48);
  g_assert_cmpuint (word (f.rt, m + ML_MAP_DIR_PTR), ==, 0);
  for (gint64 i = 0; i < 8; i++)
    put_int (&f, i, i);
  g_assert_cmpuint (word (f.rt, m + ML_MAP_DIR_LEN), ==, 0);
  g_assert_cmpuint (object_size (f.rt, word (f.rt, m + ML_MAP_DIR_PTR)), ==, 144);
  put_int (&f, 8, 8);
  g_assert_cmpuint (word (f.rt, m + ML_MAP_DIR_LEN), ==, 1);
  g_assert_cmpuint (object_size (f.rt, word (f.rt, m + ML_MAP_DIR_PTR)), ==, 8);
  n = tables (&f, t, 8);
  g_assert_cmpuint (n, ==, 1);
  g_assert_cmpuint (t[0].capacity, ==, 16);
  g_assert_cmpuint (t[0].used, ==, 9);
  g_assert_cmpuint (t[0].growth_left, ==, 14 - 9);
  g_assert_cmpuint (object_size (f.rt, t[0].addr), ==, 32);
  g_assert_cmpuint (object_size (f.rt, t[0].groups), ==, 288);

  /* Each doubling comes with the insert after 7/8 of the slots are used. */
  for (guint64 cap = 16; cap <= 1024; cap *= 2)
    {
      guint64 full = cap * 7 / 8;

      while (ml_runtime_map_len (f.rt, m) < full)
        put_int (&f, (gint64) ml_runtime_map_len (f.rt, m), 0);
      n = tables (&f, t, 8);
      g_assert_cmpuint (n, ==, 1);
      g_assert_cmpuint (t[0].capacity, ==, cap);
      g_assert_cmpuint (t[0].growth_left, ==, 0);
      put_int (&f, (gint64) full, 0);
      n = tables (&f, t, 8);
      if (cap < 1024)
        {
          g_assert_cmpuint (n, ==, 1);
          g_assert_cmpuint (t[0].capacity, ==, cap * 2);
          g_assert_cmpuint (t[0].index, ==, 0);
        }
    }
  /* 897 entries: the table of 1,024 split in two, each of 1,024 slots. */
  g_assert_cmpuint (n, ==, 2);
  g_assert_cmpuint (word (f.rt, m + ML_MAP_DIR_LEN), ==, 2);
  g_assert_cmpuint (ml_runtime_map_len (f.rt, m), ==, 897);
  for (guint i = 0; i < 2; i++)
    {
      g_assert_cmpuint (t[i].capacity, ==, 1024);
      g_assert_cmpuint (t[i].local_depth, ==, 1);
      g_assert_cmpint (t[i].index, ==, i);
      g_assert_cmpuint (object_size (f.rt, t[i].groups), ==, 18432);
    }
  g_assert_cmpuint (t[0].used + t[1].used, ==, 897);
  for (gint64 i = 0; i < 897; i++)
    g_assert_true (get_int (&f, i, NULL));
  fixture_clear (&f);
}

/* make(map[int]int, hint): the tables for the hint at once, 1,024 slots at most each. */
static void
test_hint (void)
{
  static const struct { gint64 hint; guint tables; guint64 capacity; } cases[] = {
    { 8, 0, 0 }, { 9, 1, 16 }, { 100, 1, 128 }, { 1000, 2, 1024 }, { 100000, 128, 1024 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      Fixture f;
      MlTable t[256];
      guint n;

      fixture_init (&f, ML_KIND_INT, ML_KIND_INT);
      make (&f, cases[i].hint);
      n = tables (&f, t, G_N_ELEMENTS (t));
      g_assert_cmpuint (n, ==, cases[i].tables);
      for (guint j = 0; j < n; j++)
        g_assert_cmpuint (t[j].capacity, ==, cases[i].capacity);
      /* No growth while the hinted entries go in. */
      for (gint64 k = 0; k < cases[i].hint; k++)
        put_int (&f, k, k);
      g_assert_cmpuint (tables (&f, t, G_N_ELEMENTS (t)), ==, MAX (n, cases[i].hint > 8 ? 1 : 0));
      fixture_clear (&f);
    }
}

/* Deleting from a full group leaves a tombstone, which a lookup walks past and an insert
 * reuses; clear empties every table in place and keeps its size. */
static void
test_tombstones_and_clear (void)
{
  Fixture f;
  MlTable t[4];
  guint64 m, tombstones = 0;

  fixture_init (&f, ML_KIND_INT, ML_KIND_INT);
  make (&f, 0);
  m = map_of (&f);
  for (gint64 i = 0; i < 100; i++)
    put_int (&f, i, i);
  for (gint64 i = 0; i < 100; i += 3)
    del_int (&f, i);
  g_assert_cmpuint (tables (&f, t, 4), ==, 1);
  for (guint64 g = 0; g <= t[0].mask; g++)
    {
      guint64 ctrl = word (f.rt, t[0].groups + g * 136);

      for (guint s = 0; s < 8; s++)
        tombstones += _ml_ctrl_get (ctrl, s) == ML_CTRL_DELETED;
    }
  g_assert_cmpuint (tombstones, >, 0);
  g_assert_cmpuint (t[0].capacity * 7 / 8 - t[0].used - t[0].growth_left, ==, tombstones);
  g_assert_true ((word (f.rt, m + ML_MAP_DEPTHS) >> 24) & 1);
  for (gint64 i = 0; i < 100; i++)
    g_assert_true (get_int (&f, i, NULL) == (i % 3 != 0));
  for (gint64 i = 0; i < 100; i += 3)
    put_int (&f, i, -i);
  g_assert_cmpuint (ml_runtime_map_len (f.rt, m), ==, 100);

  ml_runtime_map_clear (f.rt, f.type, m);
  g_assert_cmpuint (ml_runtime_map_len (f.rt, m), ==, 0);
  g_assert_cmpuint (tables (&f, t, 4), ==, 1);
  g_assert_cmpuint (t[0].capacity, ==, 128);
  g_assert_cmpuint (t[0].growth_left, ==, 112);
  g_assert_cmpuint (word (f.rt, m + ML_MAP_CLEAR_SEQ), ==, 1);
  g_assert_false ((word (f.rt, m + ML_MAP_DEPTHS) >> 24) & 1);
  for (gint64 i = 0; i < 100; i++)
    g_assert_false (get_int (&f, i, NULL));
  fixture_clear (&f);
}

static void
put_float (Fixture *f,
           double   k,
           gint64   v)
{
  guint64 e = 0, bits;

  memcpy (&bits, &k, 8);
  ml_runtime_write_word (f->rt, f->key, bits);
  g_assert_cmpint (ml_runtime_map_assign (f->rt, f->type, map_of (f), f->key, &e, NULL), ==,
                   ML_MAP_OK);
  ml_runtime_write_word (f->rt, e, (guint64) v);
}

/* Float keys as Go has them: +0 and -0 are one key; each NaN is a new entry that no lookup
 * finds. */
static void
test_float_keys (void)
{
  Fixture f;
  guint64 e = 0, bits;
  double nan = NAN;

  fixture_init (&f, ML_KIND_FLOAT64, ML_KIND_INT);
  make (&f, 0);
  put_float (&f, 0.0, 1);
  put_float (&f, -0.0, 2);
  put_float (&f, nan, 3);
  put_float (&f, nan, 4);
  put_float (&f, 1.5, 5);
  g_assert_cmpuint (ml_runtime_map_len (f.rt, map_of (&f)), ==, 4);
  memcpy (&bits, &nan, 8);
  ml_runtime_write_word (f.rt, f.key, bits);
  ml_runtime_map_access (f.rt, f.type, map_of (&f), f.key, &e);
  g_assert_cmpuint (e, ==, 0);
  ml_runtime_map_delete (f.rt, f.type, map_of (&f), f.key);
  g_assert_cmpuint (ml_runtime_map_len (f.rt, map_of (&f)), ==, 4);
  {
    double zero = 0.0, stored;

    memcpy (&bits, &zero, 8);
    ml_runtime_write_word (f.rt, f.key, bits);
    ml_runtime_map_access (f.rt, f.type, map_of (&f), f.key, &e);
    g_assert_cmpuint (word (f.rt, e), ==, 2);
    /* The stored key is the last one assigned, -0: the key sits before its element. */
    bits = word (f.rt, e - 8);
    memcpy (&stored, &bits, 8);
    g_assert_true (stored == 0 && signbit (stored));
  }
  fixture_clear (&f);
}

/* Walks the iterator in @it to its end, counting each key of the map[int]int in @seen; @each
 * runs after every entry. */
static guint
iterate (Fixture  *f,
         guint64   it,
         GHashTable *seen,
         void    (*each) (Fixture *f, gint64 key, guint i))
{
  guint n = 0;

  ml_runtime_map_iter_init (f->rt, f->type, map_of (f), it);
  while (word (f->rt, it) != 0)
    {
      gint64 k = (gint64) word (f->rt, word (f->rt, it));
      gint64 v = (gint64) word (f->rt, word (f->rt, it + 8));

      g_assert_cmpint (v, ==, k * 10);
      g_assert_false (g_hash_table_contains (seen, GINT_TO_POINTER ((gint) k + 1)));
      g_hash_table_add (seen, GINT_TO_POINTER ((gint) k + 1));
      if (each != NULL)
        each (f, k, n);
      n++;
      ml_runtime_map_iter_next (f->rt, f->type, it);
    }
  return n;
}

static void
grow_while_iterating (Fixture *f,
                      gint64   key,
                      guint    i)
{
  /* Many inserts during the walk (for the old entries only, as the new ones may be returned
   * too): the tables grow and split under the iterator. */
  if (key >= 100000)
    return;
  for (guint j = 0; j < 40; j++)
    put_int (f, 100000 + i * 40 + j, (100000 + i * 40 + j) * 10);
}

static void
delete_while_iterating (Fixture *f,
                        gint64   key,
                        guint    i)
{
  /* Delete the key two above, which may or may not have been returned yet. */
  del_int (f, key ^ 2);
}

/* Every entry once, whatever the map does meanwhile; deleted entries are not returned; the
 * start is random, and a run repeats itself. */
static void
test_iteration (void)
{
  for (guint size = 1; size <= 5000; size = size < 16 ? size * 3 : size * 7)
    {
      Fixture f;
      guint64 it;
      g_autoptr(GHashTable) seen = g_hash_table_new (NULL, NULL);
      guint n;

      fixture_init (&f, ML_KIND_INT, ML_KIND_INT);
      it = ml_runtime_add_global (f.rt, "main.it", ml_rtype_registry_map_iter (f.reg), FALSE);
      make (&f, 0);
      for (gint64 i = 0; i < size; i++)
        put_int (&f, i, i * 10);

      n = iterate (&f, it, seen, NULL);
      g_assert_cmpuint (n, ==, size);

      /* Growth under the iterator: each old entry exactly once (new ones may come too). */
      g_hash_table_remove_all (seen);
      iterate (&f, it, seen, grow_while_iterating);
      for (gint64 i = 0; i < size; i++)
        g_assert_true (g_hash_table_contains (seen, GINT_TO_POINTER ((gint) i + 1)));

      /* Deletions under the iterator: nothing deleted before its turn is returned. */
      {
        g_autoptr(GHashTable) deleted = g_hash_table_new (NULL, NULL);

        g_hash_table_remove_all (seen);
        ml_runtime_map_iter_init (f.rt, f.type, map_of (&f), it);
        while (word (f.rt, it) != 0)
          {
            gint64 k = (gint64) word (f.rt, word (f.rt, it));

            g_assert_false (g_hash_table_contains (deleted, GINT_TO_POINTER ((gint) k + 1)));
            g_assert_false (g_hash_table_contains (seen, GINT_TO_POINTER ((gint) k + 1)));
            g_hash_table_add (seen, GINT_TO_POINTER ((gint) k + 1));
            delete_while_iterating (&f, k, 0);
            g_hash_table_add (deleted, GINT_TO_POINTER ((gint) (k ^ 2) + 1));
            ml_runtime_map_iter_next (f.rt, f.type, it);
          }
      }
      fixture_clear (&f);
    }

  /* Two runs from the same start iterate in the same order; the order is not the order of
   * insertion for a map of some size. */
  {
    GArray *orders[2];

    for (guint r = 0; r < 2; r++)
      {
        Fixture f;
        guint64 it;

        fixture_init (&f, ML_KIND_INT, ML_KIND_INT);
        it = ml_runtime_add_global (f.rt, "main.it", ml_rtype_registry_map_iter (f.reg), FALSE);
        make (&f, 0);
        for (gint64 i = 0; i < 100; i++)
          put_int (&f, i, i * 10);
        orders[r] = g_array_new (FALSE, FALSE, sizeof (gint64));
        ml_runtime_map_iter_init (f.rt, f.type, map_of (&f), it);
        while (word (f.rt, it) != 0)
          {
            gint64 k = (gint64) word (f.rt, word (f.rt, it));

            g_array_append_val (orders[r], k);
            ml_runtime_map_iter_next (f.rt, f.type, it);
          }
        fixture_clear (&f);
      }
    g_assert_cmpuint (orders[0]->len, ==, 100);
    g_assert_cmpmem (orders[0]->data, 800, orders[1]->data, 800);
    {
      gboolean sorted = TRUE;

      for (guint i = 1; i < 100; i++)
        sorted = sorted && g_array_index (orders[0], gint64, i) > g_array_index (orders[0], gint64, i - 1);
      g_assert_false (sorted);
    }
    g_array_unref (orders[0]);
    g_array_unref (orders[1]);
  }
}

/* A key of an unhashable dynamic type is refused, even by an empty map. */
static void
test_unhashable (void)
{
  Fixture f;
  const MlRtype *slice;
  guint64 e = 0, data;

  fixture_init (&f, ML_KIND_INTERFACE, ML_KIND_INT);
  slice = ml_rtype_registry_slice_of (f.reg, ml_rtype_registry_basic (f.reg, ML_KIND_INT));
  ml_runtime_register_type_descriptor (f.rt, 0x500100, slice);
  data = ml_runtime_new_object (f.rt, slice);
  make (&f, 0);
  ml_runtime_write_word (f.rt, f.key, 0x500100);
  ml_runtime_write_pointer (f.rt, f.key + 8, data);
  g_assert_cmpint (ml_runtime_map_access (f.rt, f.type, map_of (&f), f.key, &e), ==,
                   ML_MAP_UNHASHABLE);
  g_assert_cmpint (ml_runtime_map_assign (f.rt, f.type, map_of (&f), f.key, &e, NULL), ==,
                   ML_MAP_UNHASHABLE);
  g_assert_true (ml_runtime_map_unhashable_type (f.rt, f.type->key, f.key) == slice);
  g_assert_cmpint (ml_runtime_map_assign (f.rt, f.type, 0, f.key, &e, NULL), ==, ML_MAP_NIL);
  fixture_clear (&f);
}

/* What a snapshot says of a map (ml-snapshot-maps.c): 1,000 entries in two tables of 1,024
 * slots (a split), every entry with its key's and value's bytes, and every object the map is
 * made of marked as the map's, their slots adding up to its bytes. */
static void
test_snapshot (void)
{
  Fixture f;
  g_autoptr(MlSnapshot) snap = NULL;
  g_autofree guint8 *seen = g_new0 (guint8, 1000);
  const MlSnapMap *map;
  guint64 bytes = 0;
  guint n_objects = 0;

  fixture_init (&f, ML_KIND_INT, ML_KIND_INT);
  make (&f, 0);
  for (gint64 i = 0; i < 1000; i++)
    put_int (&f, i, 3 * i);
  ml_runtime_end_step (f.rt);
  snap = ml_runtime_snapshot (f.rt, ML_SNAPSHOT_ALL);

  g_assert_cmpuint (snap->n_maps, ==, 1);
  map = &snap->maps[0];
  g_assert_true (ml_snapshot_find_map (snap, map_of (&f)) == map);
  g_assert_true (map->type == f.type);
  g_assert_false (map->in_frame);
  g_assert_cmpuint (map->len, ==, 1000);
  g_assert_cmpuint (map->n_entries, ==, 1000);
  g_assert_cmpuint (map->dir_len, ==, 2);
  g_assert_cmpuint (map->n_tables, ==, 2);
  for (guint t = 0; t < map->n_tables; t++)
    {
      const MlSnapMapTable *table = &snap->map_tables[map->first_table + t];

      g_assert_cmpuint (table->capacity, ==, 1024);
      g_assert_cmpuint (table->n_groups, ==, 128);
      g_assert_cmpuint (table->n_ctrls, ==, 128);
    }
  for (guint e = 0; e < map->n_entries; e++)
    {
      const MlSnapMapEntry *entry = &snap->map_entries[map->first_entry + e];
      gint64 k, v;

      memcpy (&k, snap->values + entry->key_offset, 8);
      memcpy (&v, snap->values + entry->elem_offset, 8);
      g_assert_cmpint (k, >=, 0);
      g_assert_cmpint (k, <, 1000);
      g_assert_cmpint (v, ==, 3 * k);
      g_assert_false (seen[k]);
      seen[k] = TRUE;
    }
  for (guint i = 0; i < snap->n_objects; i++)
    if (snap->objects[i].map == 1)
      {
        bytes += snap->objects[i].size;
        n_objects++;
      }
  /* The header, the directory, two tables and their groups. */
  g_assert_cmpuint (n_objects, ==, 1 + 1 + 2 + 2);
  g_assert_cmpuint (map->n_objects, ==, n_objects);
  g_assert_cmpuint (map->bytes, ==, bytes);
  fixture_clear (&f);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/sim/map/million", test_million);
  g_test_add_func ("/sim/map/layout", test_layout);
  g_test_add_func ("/sim/map/growth", test_growth);
  g_test_add_func ("/sim/map/hint", test_hint);
  g_test_add_func ("/sim/map/tombstones-clear", test_tombstones_and_clear);
  g_test_add_func ("/sim/map/float-keys", test_float_keys);
  g_test_add_func ("/sim/map/iteration", test_iteration);
  g_test_add_func ("/sim/map/unhashable", test_unhashable);
  g_test_add_func ("/sim/map/snapshot", test_snapshot);
  return g_test_run ();
}
