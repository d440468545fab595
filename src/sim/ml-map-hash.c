/* ml-map-hash.c
 *
 * Copyright 2026 The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Hashing and comparing map keys in simulated memory, by type, as Go's generated hash and
 * equal functions do (runtime/alg.go): integers, pointers and booleans by their bytes,
 * strings by their contents, floats by value (+0 and -0 are one key, a NaN is never equal to
 * anything and hashes to a fresh random value each time), interfaces by their dynamic type and
 * value, arrays and structs element by element.  The hash itself is not Go's memhash (an AES
 * round on amd64), only as fast and as well mixed: what a student sees of it is the order of
 * iteration, which Go randomises anyway.  Also the runtime's random source (rand()), which
 * seeds maps and starts iterations; it is a journaled word, so a run, and a step back into
 * it, repeat the same numbers.
 */

#define G_LOG_DOMAIN "ml-map"

#include "ml-map-private.h"

#include <math.h>
#include <string.h>

#define P0 G_GUINT64_CONSTANT (0xa0761d6478bd642f)
#define P1 G_GUINT64_CONSTANT (0xe7037ed1a0b428db)
#define P2 G_GUINT64_CONSTANT (0x8ebc6af09c88c6e3)

__extension__ typedef unsigned __int128 MlU128;

static inline guint64
mix (guint64 a,
     guint64 b)
{
  MlU128 r = (MlU128) a * b;

  return (guint64) r ^ (guint64) (r >> 64);
}

static inline guint64
hash_word (guint64 h,
           guint64 w)
{
  return mix (h ^ P0, w ^ P1);
}

/* wyrand over the runtime's journaled state word. */
guint64
_ml_rand (MlRuntime *self)
{
  guint64 s = self->rand_state + P0;

  ML_JOURNALED_SET (self, self->rand_state, s);
  return mix (s, s ^ P1);
}

void
ml_runtime_set_random_seed (MlRuntime *self,
                            guint64    seed)
{
  g_return_if_fail (ML_IS_RUNTIME (self));
  ML_JOURNALED_SET (self, self->rand_state, seed);
}

/* Type descriptors are the driver's (an interface's first word): it says which is which. */
void
ml_runtime_register_type_descriptor (MlRuntime     *self,
                                     guint64        addr,
                                     const MlRtype *type)
{
  g_return_if_fail (ML_IS_RUNTIME (self));
  g_return_if_fail (type != NULL);
  if (!g_hash_table_contains (self->type_descs, GSIZE_TO_POINTER (addr)))
    g_hash_table_insert (self->type_descs, GSIZE_TO_POINTER (addr), (gpointer) type);
}

const MlRtype *
_ml_map_dynamic_type (MlRuntime *self,
                      guint64    descriptor)
{
  return g_hash_table_lookup (self->type_descs, GSIZE_TO_POINTER (descriptor));
}

/* The @n bytes (at most 8) at @addr, zero-extended. */
static inline guint64
load_small (MlRuntime *self,
            guint64    addr,
            guint      n)
{
  guint shift = (addr & 7) * 8;
  guint64 v;

  if (n == 8 && shift == 0)
    return _ml_load (self, addr);
  v = _ml_load (self, addr & ~G_GUINT64_CONSTANT (7)) >> shift;
  if ((addr & 7) + n > 8)
    v |= _ml_load (self, (addr & ~G_GUINT64_CONSTANT (7)) + 8) << (64 - shift);
  return n >= 8 ? v : v & ((G_GUINT64_CONSTANT (1) << (n * 8)) - 1);
}

/* A value is held in an interface's data word itself, not behind it (isDirectIface), when it
 * is one pointer word: the VM boxes these kinds so. */
static inline gboolean
direct_iface (const MlRtype *t)
{
  switch (t->kind)
    {
    case ML_KIND_POINTER: case ML_KIND_UNSAFE_POINTER: case ML_KIND_MAP: case ML_KIND_CHAN:
    case ML_KIND_FUNC:
      return TRUE;
    case ML_KIND_INVALID: case ML_KIND_BOOL: ML_KIND_CASES_SIGNED: ML_KIND_CASES_UNSIGNED:
    ML_KIND_CASES_FLOAT: ML_KIND_CASES_COMPLEX: case ML_KIND_STRING: case ML_KIND_SLICE:
    case ML_KIND_ARRAY: case ML_KIND_STRUCT: case ML_KIND_INTERFACE: case ML_N_KINDS:
    default:
      return FALSE;
    }
}

/* Whether a value of @type is compared as plain memory with no padding (AMEM): then its
 * bytes are its identity. */
gboolean
_ml_map_regular_memory (const MlRtype *type)
{
  switch (type->kind)
    {
    case ML_KIND_BOOL: ML_KIND_CASES_SIGNED: ML_KIND_CASES_UNSIGNED:
    case ML_KIND_POINTER: case ML_KIND_UNSAFE_POINTER: case ML_KIND_CHAN:
      return TRUE;
    case ML_KIND_ARRAY:
      return _ml_map_regular_memory (type->elem);
    case ML_KIND_STRUCT:
      {
        guint64 end = 0;

        for (guint i = 0; i < type->n_fields; i++)
          {
            if (type->fields[i].offset != end || strcmp (type->fields[i].name, "_") == 0 ||
                !_ml_map_regular_memory (type->fields[i].type))
              return FALSE;
            end += type->fields[i].type->size;
          }
        return end == type->size;
      }
    case ML_KIND_INVALID: ML_KIND_CASES_FLOAT: ML_KIND_CASES_COMPLEX: case ML_KIND_STRING:
    case ML_KIND_SLICE: case ML_KIND_MAP: case ML_KIND_FUNC: case ML_KIND_INTERFACE:
    case ML_N_KINDS:
    default:
      return FALSE;
    }
}

/* needkeyupdate (reflectdata): whether a key equal to the one in the map may still differ in
 * its bytes, so that an assignment stores the new key over the old. */
gboolean
_ml_map_need_key_update (const MlRtype *type)
{
  switch (type->kind)
    {
    ML_KIND_CASES_FLOAT: ML_KIND_CASES_COMPLEX: case ML_KIND_STRING: case ML_KIND_INTERFACE:
      return TRUE;
    case ML_KIND_ARRAY:
      return _ml_map_need_key_update (type->elem);
    case ML_KIND_STRUCT:
      for (guint i = 0; i < type->n_fields; i++)
        if (_ml_map_need_key_update (type->fields[i].type))
          return TRUE;
      return FALSE;
    case ML_KIND_INVALID: case ML_KIND_BOOL: ML_KIND_CASES_SIGNED: ML_KIND_CASES_UNSIGNED:
    case ML_KIND_POINTER: case ML_KIND_UNSAFE_POINTER: case ML_KIND_CHAN: case ML_KIND_SLICE:
    case ML_KIND_MAP: case ML_KIND_FUNC: case ML_N_KINDS:
    default:
      return FALSE;
    }
}

static guint64
hash_bytes (MlRuntime *self,
            guint64    addr,
            guint64    len,
            guint64    h)
{
  guint8 buf[256];

  h = hash_word (h, len ^ P2);
  while (len > 0)
    {
      gsize n = MIN (len, sizeof buf);

      ml_runtime_read (self, addr, buf, n);
      for (gsize i = 0; i < n; i += 8)
        {
          guint64 w = 0;

          memcpy (&w, buf + i, MIN (8, n - i));
          h = hash_word (h, w);
        }
      addr += n;
      len -= n;
    }
  return h;
}

/* f32hash / f64hash: one hash for +0 and -0, a new one for every NaN. */
static guint64
hash_float (MlRuntime *self,
            guint64    bits,
            guint      size,
            guint64    h)
{
  double d;

  if (size == 4)
    {
      float f;
      guint32 b = (guint32) bits;

      memcpy (&f, &b, 4);
      d = f;
    }
  else
    memcpy (&d, &bits, 8);
  if (d == 0)
    return hash_word (h, 0);
  if (isnan (d))
    return hash_word (h, _ml_rand (self));
  return hash_word (h, bits);
}

/* The hash of the value of @type at @addr; FALSE with *@bad set when it holds an interface
 * whose dynamic type cannot be hashed. */
static gboolean
hash_value (MlRuntime      *self,
            const MlRtype  *type,
            guint64         addr,
            guint64        *h,
            const MlRtype **bad)
{
  switch (type->kind)
    {
    case ML_KIND_BOOL: ML_KIND_CASES_SIGNED: ML_KIND_CASES_UNSIGNED:
    case ML_KIND_POINTER: case ML_KIND_UNSAFE_POINTER: case ML_KIND_CHAN:
      *h = hash_word (*h, load_small (self, addr, type->size));
      return TRUE;
    ML_KIND_CASES_FLOAT:
      *h = hash_float (self, load_small (self, addr, type->size), type->size, *h);
      return TRUE;
    ML_KIND_CASES_COMPLEX:
      {
        guint half = type->size / 2;

        *h = hash_float (self, load_small (self, addr, half), half, *h);
        *h = hash_float (self, load_small (self, addr + half, half), half, *h);
        return TRUE;
      }
    case ML_KIND_STRING:
      *h = hash_bytes (self, _ml_load (self, addr), _ml_load (self, addr + 8), *h);
      return TRUE;
    case ML_KIND_INTERFACE:
      {
        guint64 desc = _ml_load (self, addr);
        guint64 data = _ml_load (self, addr + 8);
        const MlRtype *dt;

        /* interhash: a nil interface hashes as the seed; the dynamic type itself is not
         * hashed, only its value. */
        if (desc == 0)
          return TRUE;
        dt = _ml_map_dynamic_type (self, desc);
        if (dt == NULL)
          {
            *h = hash_word (*h, data);
            return TRUE;
          }
        *h = hash_word (*h, P2);
        if (direct_iface (dt))
          {
            if (dt->kind == ML_KIND_MAP || dt->kind == ML_KIND_FUNC)
              {
                *bad = dt;
                return FALSE;
              }
            *h = hash_word (*h, data);
            return TRUE;
          }
        return hash_value (self, dt, data, h, bad);
      }
    case ML_KIND_ARRAY:
      for (guint64 i = 0; i < type->len; i++)
        if (!hash_value (self, type->elem, addr + i * type->elem->size, h, bad))
          return FALSE;
      return TRUE;
    case ML_KIND_STRUCT:
      for (guint i = 0; i < type->n_fields; i++)
        if (strcmp (type->fields[i].name, "_") != 0 &&
            !hash_value (self, type->fields[i].type, addr + type->fields[i].offset, h, bad))
          return FALSE;
      return TRUE;
    case ML_KIND_SLICE: case ML_KIND_MAP: case ML_KIND_FUNC:
      *bad = type;
      return FALSE;
    case ML_KIND_INVALID: case ML_N_KINDS:
    default:
      return TRUE;
    }
}

/* typ.Hasher(key, seed).  FALSE when the key cannot be hashed (Go's "hash of unhashable
 * type" panic). */
gboolean
_ml_map_hash (MlRuntime     *self,
              const MlRtype *type,
              guint64        addr,
              guint64        seed,
              guint64       *hash)
{
  const MlRtype *bad = NULL;
  guint64 h = seed;

  /* The usual keys, int and string, without the walk by type. */
  if (type->kind == ML_KIND_INT || type->kind == ML_KIND_INT64 || type->kind == ML_KIND_UINT64)
    h = hash_word (h, _ml_load (self, addr));
  else if (type->kind == ML_KIND_STRING)
    h = hash_bytes (self, _ml_load (self, addr), _ml_load (self, addr + 8), h);
  else if (!hash_value (self, type, addr, &h, &bad))
    return FALSE;
  *hash = mix (h, P2);
  return TRUE;
}

/* The type Go names in "hash of unhashable type T" for the key of @type at @addr, or NULL if
 * it can be hashed (mapKeyError). */
const MlRtype *
ml_runtime_map_unhashable_type (MlRuntime     *self,
                                const MlRtype *type,
                                guint64        value)
{
  const MlRtype *bad = NULL;
  guint64 h = 0;
  guint64 state;

  g_return_val_if_fail (ML_IS_RUNTIME (self), NULL);
  g_return_val_if_fail (type != NULL, NULL);

  /* A NaN would draw a random number: put the source back as it was. */
  state = self->rand_state;
  hash_value (self, type, value, &h, &bad);
  ML_JOURNALED_SET (self, self->rand_state, state);
  return bad;
}

static gboolean
strings_equal (MlRuntime *self,
               guint64    a,
               guint64    b)
{
  guint64 pa = _ml_load (self, a), pb = _ml_load (self, b);
  guint64 len = _ml_load (self, a + 8);
  guint8 ba[256], bb[256];

  if (len != _ml_load (self, b + 8))
    return FALSE;
  if (pa == pb)
    return TRUE;
  while (len > 0)
    {
      gsize n = MIN (len, sizeof ba);

      ml_runtime_read (self, pa, ba, n);
      ml_runtime_read (self, pb, bb, n);
      if (memcmp (ba, bb, n) != 0)
        return FALSE;
      pa += n;
      pb += n;
      len -= n;
    }
  return TRUE;
}

static gboolean
floats_equal (guint64 a,
              guint64 b,
              guint   size)
{
  if (size == 4)
    {
      float fa, fb;
      guint32 ua = (guint32) a, ub = (guint32) b;

      memcpy (&fa, &ua, 4);
      memcpy (&fb, &ub, 4);
      return fa == fb;
    }
  {
    double da, db;

    memcpy (&da, &a, 8);
    memcpy (&db, &b, 8);
    return da == db;
  }
}

/* typ.Key.Equal: whether the values of @type at @a and @b are ==. */
gboolean
_ml_map_equal (MlRuntime     *self,
               const MlRtype *type,
               guint64        a,
               guint64        b)
{
  switch (type->kind)
    {
    case ML_KIND_BOOL: ML_KIND_CASES_SIGNED: ML_KIND_CASES_UNSIGNED:
    case ML_KIND_POINTER: case ML_KIND_UNSAFE_POINTER: case ML_KIND_CHAN:
    case ML_KIND_MAP: case ML_KIND_FUNC: case ML_KIND_SLICE:
      return load_small (self, a, MIN (type->size, 8)) == load_small (self, b, MIN (type->size, 8));
    ML_KIND_CASES_FLOAT:
      return floats_equal (load_small (self, a, type->size), load_small (self, b, type->size),
                           type->size);
    ML_KIND_CASES_COMPLEX:
      {
        guint half = type->size / 2;

        return floats_equal (load_small (self, a, half), load_small (self, b, half), half) &&
               floats_equal (load_small (self, a + half, half), load_small (self, b + half, half),
                             half);
      }
    case ML_KIND_STRING:
      return strings_equal (self, a, b);
    case ML_KIND_INTERFACE:
      {
        guint64 ta = _ml_load (self, a), tb = _ml_load (self, b);
        guint64 da = _ml_load (self, a + 8), db = _ml_load (self, b + 8);
        const MlRtype *dt;

        if (ta != tb)
          return FALSE;
        if (ta == 0)
          return TRUE;
        dt = _ml_map_dynamic_type (self, ta);
        if (dt == NULL || direct_iface (dt))
          return da == db;
        return _ml_map_equal (self, dt, da, db);
      }
    case ML_KIND_ARRAY:
      for (guint64 i = 0; i < type->len; i++)
        if (!_ml_map_equal (self, type->elem, a + i * type->elem->size, b + i * type->elem->size))
          return FALSE;
      return TRUE;
    case ML_KIND_STRUCT:
      for (guint i = 0; i < type->n_fields; i++)
        if (strcmp (type->fields[i].name, "_") != 0 &&
            !_ml_map_equal (self, type->fields[i].type, a + type->fields[i].offset,
                            b + type->fields[i].offset))
          return FALSE;
      return TRUE;
    case ML_KIND_INVALID: case ML_N_KINDS:
    default:
      return TRUE;
    }
}
