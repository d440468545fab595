/* ml-map.c
 *
 * Copyright 2026 The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Maps as Go 1.27 builds them: Swiss tables (internal/runtime/maps, map.go and table.go),
 * followed step by step so that a map allocates what Go's allocates, when Go does.
 *
 * A map value points to a maps.Map header (48 bytes).  While a map has never held more than
 * eight entries, the header points straight at one group (a control word and eight slots);
 * the ninth entry turns it into a directory of tables.  A table holds up to 1,024 slots in
 * groups probed quadratically by the upper bits of the hash (h1), the seven lower bits (h2)
 * sitting in the slot's control byte so that eight slots are tested at once.  A table grows
 * by doubling when it would be more than 7/8 full, counting tombstones (deleted slots in the
 * middle of a probe sequence); past 1,024 slots it splits in two, and the directory, indexed
 * by the hash's top bits (extendible hashing), doubles when needed.  make(map[K]V, hint) sizes
 * the tables for the hint at once.  Every structure is an object of the runtime's type for it
 * (maps.Map, maps.table, the directory's []*maps.table, each map type's group), written
 * through the journal and the write barrier like any other.
 *
 * Go's checks for concurrent writes (the writing flag) and its debug invariants are left
 * out: one goroutine runs at a time here.  This file holds the map as a whole (map.go and
 * runtime.go); one table is ml-map-table.c (table.go), hashing ml-map-hash.c, iteration
 * ml-map-iter.c.
 */

#define G_LOG_DOMAIN "ml-map"

#include "ml-map-private.h"

#include <string.h>

/* runtime.maxAlloc on linux/amd64: hints that need more are refused (an empty map). */
#define ML_MAX_ALLOC (G_GUINT64_CONSTANT (1) << 48)

gboolean
_ml_map_type_init (MlRuntime     *self,
                   const MlRtype *type,
                   MlMapType     *mt)
{
  const MlRtype *group = type->group;
  const MlRtype *slot;
  const MlRtype *key = type->key;

  if (group == NULL)
    group = ml_rtype_registry_map_group (self->types, type);
  if (group == NULL)
    return FALSE;
  slot = group->fields[1].type->elem;
  mt->type = type;
  mt->key = key;
  mt->elem = type->elem;
  mt->group = group;
  mt->slot_key = slot->fields[0].type;
  mt->slot_elem = slot->fields[1].type;
  mt->group_size = group->size;
  mt->slot_size = slot->size;
  mt->elem_off = slot->fields[1].offset;
  mt->indirect_key = key->size > ML_MAP_MAX_KEY_BYTES;
  mt->indirect_elem = type->elem->size > ML_MAP_MAX_ELEM_BYTES;
  mt->need_key_update = _ml_map_need_key_update (key);
  /* walk.mapfast: string keys, and 4- or 8-byte keys compared as memory, unless the value is
   * kept indirectly. */
  mt->fast = !mt->indirect_elem &&
             (key->kind == ML_KIND_STRING ||
              ((key->size == 4 || key->size == 8) && _ml_map_regular_memory (key)));
  mt->allocated = FALSE;
  return TRUE;
}

/* ----------------------------------------------------------------------------------------- */
/* Memory                                                                                    */

/* typedmemmove of a key or a value into a slot: pointer words through the write barrier. */
void
_ml_map_copy_value (MlRuntime     *self,
                    guint64        dst,
                    guint64        src,
                    const MlRtype *type)
{
  guint64 size = type->size;

  if (size == 0 || dst == src)
    return;
  if (((dst | src | size) & 7) == 0)
    {
      self->work_bytes += size;
      for (guint64 w = 0; w < size / 8; w++)
        {
          guint64 v = _ml_load (self, src + w * 8);

          if (type->has_pointers && ml_rtype_word_is_pointer (type, w))
            ml_runtime_write_pointer (self, dst + w * 8, v);
          else
            _ml_store (self, dst + w * 8, v);
        }
      return;
    }
  /* Not whole words: a value without pointers (a pointer is word-aligned). */
  while (size > 0)
    {
      guint8 buf[256];
      gsize n = MIN (size, sizeof buf);

      ml_runtime_read (self, src, buf, n);
      _ml_memory_write_bytes (self, dst, buf, n);
      src += n;
      dst += n;
      size -= n;
    }
}

/* typedmemclr: pointer words through the write barrier (which shades what they held). */
void
_ml_map_clear_value (MlRuntime     *self,
                     guint64        addr,
                     const MlRtype *type)
{
  guint64 size = type->size;

  if (((addr | size) & 7) == 0)
    {
      for (guint64 w = 0; w < size / 8; w++)
        {
          guint64 a = addr + w * 8;

          if (type->has_pointers && ml_rtype_word_is_pointer (type, w))
            {
              if (_ml_load (self, a) != 0)
                ml_runtime_write_pointer (self, a, 0);
            }
          else
            _ml_store (self, a, 0);
        }
      return;
    }
  {
    static const guint8 zeros[64];

    while (size > 0)
      {
        gsize n = MIN (size, sizeof zeros);

        _ml_memory_write_bytes (self, addr, zeros, n);
        addr += n;
        size -= n;
      }
  }
}

guint64
_ml_map_alloc (MlRuntime     *self,
               MlMapType     *mt,
               guint64        size,
               const MlRtype *type)
{
  mt->allocated = TRUE;
  return ml_runtime_malloc (self, size, type);
}

/* ----------------------------------------------------------------------------------------- */
/* The header                                                                                */

static void
set_tombstone_possible (MlRuntime *self,
                        guint64    m,
                        gboolean   possible)
{
  guint64 w = _ml_load (self, m + ML_MAP_DEPTHS);

  w = (w & ~(G_GUINT64_CONSTANT (0xff) << 24)) | ((guint64) (possible != 0) << 24);
  _ml_store (self, m + ML_MAP_DEPTHS, w);
}

static inline gboolean
tombstone_possible (MlRuntime *self,
                    guint64    m)
{
  return (_ml_load (self, m + ML_MAP_DEPTHS) >> 24) & 1;
}

/* ----------------------------------------------------------------------------------------- */
/* Small maps: one group, no directory                                                       */

static gboolean
grow_to_small (MlRuntime *self,
               MlMapType *mt,
               guint64    m)
{
  guint64 g = _ml_map_new_groups (self, mt, 1);

  if (g == 0)
    return FALSE;
  ml_runtime_write_pointer (self, m + ML_MAP_DIR_PTR, g);
  return TRUE;
}

/* Map.growToTable: the small map's entries into a table of 16 slots, under a directory of
 * one entry. */
static gboolean
grow_to_table (MlRuntime *self,
               MlMapType *mt,
               guint64    m,
               MlTable   *t)
{
  guint64 g = _ml_load (self, m + ML_MAP_DIR_PTR);
  guint64 seed = _ml_map_seed (self, m);
  guint64 full = _ml_ctrl_match_full (_ml_load (self, g));
  guint64 dir;

  if (!_ml_table_new (self, mt, 2 * ML_MAP_GROUP_SLOTS, 0, 0, t))
    return FALSE;
  while (full != 0)
    {
      guint i = _ml_bitset_first (full);
      guint64 key = _ml_slot_key (self, mt, g, i);
      guint64 hash = 0;

      _ml_map_hash (self, mt->key, key, seed, &hash);
      _ml_table_unchecked_put_slot (self, mt, t, hash, key, _ml_slot_elem (self, mt, g, i));
      full = _ml_bitset_remove_first (full);
    }
  _ml_table_write_counts (self, t);
  dir = _ml_map_alloc (self, mt, 8, ml_rtype_registry_pointer_to (self->types,
                                                                  ml_rtype_registry_map_table (self->types)));
  if (dir == 0)
    return FALSE;
  ml_runtime_write_pointer (self, dir, t->addr);
  ml_runtime_write_pointer (self, m + ML_MAP_DIR_PTR, dir);
  _ml_store (self, m + ML_MAP_DIR_LEN, 1);
  _ml_map_set_depth (self, m, 0);
  return TRUE;
}

/* Map.putSlotSmall: the element of @key in the single group, added if absent; 0 when the
 * group is full (the map must grow). */
static guint64
put_slot_small (MlRuntime *self,
                MlMapType *mt,
                guint64    m,
                guint64    key,
                guint64    hash,
                gboolean  *full)
{
  guint64 g = _ml_load (self, m + ML_MAP_DIR_PTR);
  guint64 ctrl = _ml_load (self, g);
  guint64 match = _ml_ctrl_match_h2 (ctrl, _ml_h2 (hash));
  guint64 e;

  *full = FALSE;
  while (match != 0)
    {
      guint i = _ml_bitset_first (match);
      guint64 k = _ml_slot_key (self, mt, g, i);

      if (_ml_map_equal (self, mt->key, key, k))
        {
          if (mt->need_key_update)
            _ml_map_copy_value (self, k, key, mt->key);
          return _ml_slot_elem (self, mt, g, i);
        }
      match = _ml_bitset_remove_first (match);
    }
  /* Small maps have no tombstones: empty-or-deleted is empty. */
  match = _ml_ctrl_match_empty_or_deleted (ctrl);
  if (match == 0)
    {
      *full = TRUE;
      return 0;
    }
  e = _ml_group_fill_slot (self, mt, g, _ml_bitset_first (match), key, hash);
  _ml_map_set_used (self, m, _ml_map_used (self, m) + 1);
  return e;
}

/* ----------------------------------------------------------------------------------------- */
/* Lookup and assignment                                                                     */

/* Map.getWithKey with the hash of @key already computed. */
static gboolean
find (MlRuntime       *self,
      const MlMapType *mt,
      guint64          m,
      guint64          key,
      guint64          hash,
      guint64         *found_key,
      guint64         *found_elem)
{
  MlTable t;

  if (_ml_map_dir_len (self, m) == 0)
    {
      guint64 g = _ml_load (self, m + ML_MAP_DIR_PTR);
      guint64 match = _ml_ctrl_match_h2 (_ml_load (self, g), _ml_h2 (hash));

      while (match != 0)
        {
          guint i = _ml_bitset_first (match);
          guint64 k = _ml_slot_key (self, mt, g, i);

          if (_ml_map_equal (self, mt->key, key, k))
            {
              *found_key = k;
              *found_elem = _ml_slot_elem (self, mt, g, i);
              return TRUE;
            }
          match = _ml_bitset_remove_first (match);
        }
      return FALSE;
    }
  _ml_map_directory_table (self, m, _ml_map_directory_index (self, m, hash), &t);
  return _ml_table_find (self, mt, &t, key, hash, found_key, found_elem);
}

gboolean
_ml_map_get_with_key (MlRuntime       *self,
                      const MlMapType *mt,
                      guint64          m,
                      guint64          key,
                      guint64         *found_key,
                      guint64         *found_elem)
{
  guint64 hash = 0;

  if (_ml_map_used (self, m) == 0 || !_ml_map_hash (self, mt->key, key, _ml_map_seed (self, m), &hash))
    return FALSE;
  return find (self, mt, m, key, hash, found_key, found_elem);
}

/* runtime_mapassign: the address of the element of @key, inserted if absent. */
static guint64
assign (MlRuntime *self,
        MlMapType *mt,
        guint64    m,
        guint64    key,
        guint64    hash)
{
  if (_ml_load (self, m + ML_MAP_DIR_PTR) == 0 && !grow_to_small (self, mt, m))
    return 0;

  if (_ml_map_dir_len (self, m) == 0)
    {
      gboolean full;
      guint64 e = put_slot_small (self, mt, m, key, hash, &full);
      MlTable t;

      if (!full)
        return e;
      if (!grow_to_table (self, mt, m, &t))
        return 0;
      e = _ml_table_put_slot_for_assign (self, mt, &t, hash, key);
      _ml_map_set_used (self, m, _ml_map_used (self, m) + 1);
      return e;
    }

  for (;;)
    {
      gboolean again = FALSE, oom = FALSE;
      guint64 e = _ml_table_assign (self, mt, m, key, hash, &again, &oom);

      if (!again)
        return oom ? 0 : e;
    }
}

/* ----------------------------------------------------------------------------------------- */
/* Deletion                                                                                  */

static void
delete_small (MlRuntime       *self,
              const MlMapType *mt,
              guint64          m,
              guint64          key,
              guint64          hash)
{
  guint64 g = _ml_load (self, m + ML_MAP_DIR_PTR);
  guint64 match = _ml_ctrl_match_h2 (_ml_load (self, g), _ml_h2 (hash));

  while (match != 0)
    {
      guint i = _ml_bitset_first (match);

      if (_ml_map_equal (self, mt->key, key, _ml_slot_key (self, mt, g, i)))
        {
          _ml_map_set_used (self, m, _ml_map_used (self, m) - 1);
          _ml_group_clear_slot (self, mt, g, i);
          /* One group: a deleted slot can be reused at once. */
          _ml_group_set_ctrl (self, g, i, ML_CTRL_EMPTY);
          return;
        }
      match = _ml_bitset_remove_first (match);
    }
}

/* ----------------------------------------------------------------------------------------- */
/* The public operations                                                                     */

/**
 * ml_runtime_map_new:
 * @map_type: the map type
 * @hint: make's size hint (negative is 0), or the number of a literal's entries
 * @header: 0 to allocate the maps.Map on the heap (makemap_small, makemap), or the frame
 *   slot the compiler gave a map that does not escape
 * @group: with @header, the frame slot for its first group, or 0
 * @allocated: (out) (optional): whether anything was allocated
 *
 * make(map[K]V, hint): the header, seeded at random; a hint over 8 also makes the directory
 * and tables that hold @hint entries without growing (NewMap).  A small map gets its group at
 * the first assignment, unless the compiler gave it one in the frame.
 *
 * Returns: the map (the header's address), or 0 when the heap is exhausted
 */
guint64
ml_runtime_map_new (MlRuntime     *self,
                    const MlRtype *map_type,
                    gint64         hint,
                    guint64        header,
                    guint64        group,
                    gboolean      *allocated)
{
  MlMapType mt;
  guint64 m = header;
  guint64 target, dir_size, dir;
  guint depth;

  g_return_val_if_fail (ML_IS_RUNTIME (self), 0);
  g_return_val_if_fail (map_type != NULL && map_type->kind == ML_KIND_MAP, 0);

  if (allocated != NULL)
    *allocated = FALSE;
  if (!_ml_map_type_init (self, map_type, &mt))
    return 0;
  if (hint < 0)
    hint = 0;
  if (m == 0)
    m = _ml_map_alloc (self, &mt, ML_MAP_HEADER_SIZE, ml_rtype_registry_map_header (self->types));
  else
    _ml_map_clear_value (self, m, ml_rtype_registry_map_header (self->types));
  if (m == 0)
    return 0;
  _ml_store (self, m + ML_MAP_SEED, _ml_rand (self));
  if (header != 0 && group != 0 && hint <= ML_MAP_GROUP_SLOTS)
    {
      _ml_map_clear_value (self, group, mt.group);
      _ml_store (self, group, ML_CTRL_ALL_EMPTY);
      ml_runtime_write_pointer (self, m + ML_MAP_DIR_PTR, group);
    }
  if (allocated != NULL)
    *allocated = mt.allocated;
  /* A small map fills its one group, which the first assignment allocates. */
  if (hint <= ML_MAP_GROUP_SLOTS)
    return m;

  /* Enough tables for @hint entries at the average load, without growing. */
  target = (guint64) hint * ML_MAP_GROUP_SLOTS / ML_MAX_AVG_GROUP_LOAD;
  if (target < (guint64) hint)
    return m;
  dir_size = _ml_align_up_pow2 ((target + ML_MAX_TABLE_CAPACITY - 1) / ML_MAX_TABLE_CAPACITY);
  if (dir_size > G_MAXUINT64 / ML_MAX_TABLE_CAPACITY ||
      dir_size * ML_MAX_TABLE_CAPACITY > ML_MAX_ALLOC / mt.group_size)
    return m;
  depth = __builtin_ctzll (dir_size);
  _ml_map_set_depth (self, m, depth);
  dir = _ml_map_alloc (self, &mt, dir_size * 8,
                       ml_rtype_registry_pointer_to (self->types, ml_rtype_registry_map_table (self->types)));
  if (dir == 0)
    return 0;
  for (guint64 i = 0; i < dir_size; i++)
    {
      MlTable t;

      if (!_ml_table_new (self, &mt, target / dir_size, (gint64) i, depth, &t))
        return 0;
      ml_runtime_write_pointer (self, dir + 8 * i, t.addr);
    }
  ml_runtime_write_pointer (self, m + ML_MAP_DIR_PTR, dir);
  _ml_store (self, m + ML_MAP_DIR_LEN, dir_size);
  if (allocated != NULL)
    *allocated = TRUE;
  return m;
}

/* Whether hashing a key of @type can panic: only an interface in it can hold a value of a
 * type that cannot be hashed (hashMightPanic). */
static gboolean
hash_might_panic (const MlRtype *type)
{
  if (type->kind == ML_KIND_INTERFACE)
    return TRUE;
  if (type->kind == ML_KIND_ARRAY)
    return hash_might_panic (type->elem);
  if (type->kind == ML_KIND_STRUCT)
    for (guint i = 0; i < type->n_fields; i++)
      if (hash_might_panic (type->fields[i].type))
        return TRUE;
  return FALSE;
}

/* Go's mapKeyError, for a map that has nothing to look in. */
static MlMapStatus
check_key (MlRuntime     *self,
           const MlRtype *key_type,
           guint64        key)
{
  if (hash_might_panic (key_type) && ml_runtime_map_unhashable_type (self, key_type, key) != NULL)
    return ML_MAP_UNHASHABLE;
  return ML_MAP_OK;
}

/**
 * ml_runtime_map_access:
 * @m: the map (0 for a nil map)
 * @key: the address of the key
 * @elem: (out): the address of the element, 0 when @key is not in the map
 *
 * m[k] (mapaccess1/2).
 */
MlMapStatus
ml_runtime_map_access (MlRuntime     *self,
                       const MlRtype *map_type,
                       guint64        m,
                       guint64        key,
                       guint64       *elem)
{
  MlMapType mt;
  guint64 hash = 0, k;

  g_return_val_if_fail (ML_IS_RUNTIME (self), ML_MAP_NIL);
  g_return_val_if_fail (map_type != NULL && elem != NULL, ML_MAP_NIL);

  *elem = 0;
  if (m == 0 || _ml_map_used (self, m) == 0)
    return check_key (self, map_type->key, key);
  if (!_ml_map_type_init (self, map_type, &mt))
    return ML_MAP_OK;
  if (!_ml_map_hash (self, mt.key, key, _ml_map_seed (self, m), &hash))
    return ML_MAP_UNHASHABLE;
  if (!find (self, &mt, m, key, hash, &k, elem))
    *elem = 0;
  return ML_MAP_OK;
}

/**
 * ml_runtime_map_assign:
 * @elem: (out): where the element of @key is, for the caller to store the value
 * @allocated: (out) (optional): whether the map allocated (grew, or a first group)
 *
 * The first half of m[k] = v (mapassign): @key is in the map after it, with a zero element
 * if it was not there.
 */
MlMapStatus
ml_runtime_map_assign (MlRuntime     *self,
                       const MlRtype *map_type,
                       guint64        m,
                       guint64        key,
                       guint64       *elem,
                       gboolean      *allocated)
{
  MlMapType mt;
  guint64 hash = 0;

  g_return_val_if_fail (ML_IS_RUNTIME (self), ML_MAP_NIL);
  g_return_val_if_fail (map_type != NULL && elem != NULL, ML_MAP_NIL);

  *elem = 0;
  if (allocated != NULL)
    *allocated = FALSE;
  if (m == 0)
    return ML_MAP_NIL;
  if (!_ml_map_type_init (self, map_type, &mt))
    return ML_MAP_OUT_OF_MEMORY;
  if (!_ml_map_hash (self, mt.key, key, _ml_map_seed (self, m), &hash))
    return ML_MAP_UNHASHABLE;
  *elem = assign (self, &mt, m, key, hash);
  if (allocated != NULL)
    *allocated = mt.allocated;
  return *elem != 0 ? ML_MAP_OK : ML_MAP_OUT_OF_MEMORY;
}

/**
 * ml_runtime_map_delete:
 *
 * delete(m, k) (Map.Delete).  A map left empty gets a new seed, as Go's does.
 */
MlMapStatus
ml_runtime_map_delete (MlRuntime     *self,
                       const MlRtype *map_type,
                       guint64        m,
                       guint64        key)
{
  MlMapType mt;
  guint64 hash = 0;

  g_return_val_if_fail (ML_IS_RUNTIME (self), ML_MAP_NIL);
  g_return_val_if_fail (map_type != NULL, ML_MAP_NIL);

  if (m == 0 || _ml_map_used (self, m) == 0)
    return check_key (self, map_type->key, key);
  if (!_ml_map_type_init (self, map_type, &mt))
    return ML_MAP_OK;
  if (!_ml_map_hash (self, mt.key, key, _ml_map_seed (self, m), &hash))
    return ML_MAP_UNHASHABLE;
  if (_ml_map_dir_len (self, m) == 0)
    delete_small (self, &mt, m, key, hash);
  else
    {
      MlTable t;

      _ml_map_directory_table (self, m, _ml_map_directory_index (self, m, hash), &t);
      if (_ml_table_delete (self, &mt, m, &t, key, hash))
        set_tombstone_possible (self, m, TRUE);
    }
  if (_ml_map_used (self, m) == 0)
    _ml_store (self, m + ML_MAP_SEED, _ml_rand (self));
  return ML_MAP_OK;
}

/**
 * ml_runtime_map_clear:
 *
 * clear(m) (Map.Clear): every table emptied in place (the tables stay as big as they were),
 * clearSeq counted, a new seed.
 */
void
ml_runtime_map_clear (MlRuntime     *self,
                      const MlRtype *map_type,
                      guint64        m)
{
  MlMapType mt;

  g_return_if_fail (ML_IS_RUNTIME (self));
  g_return_if_fail (map_type != NULL);

  if (m == 0 || (_ml_map_used (self, m) == 0 && !tombstone_possible (self, m)))
    return;
  if (!_ml_map_type_init (self, map_type, &mt))
    return;
  if (_ml_map_dir_len (self, m) == 0)
    {
      guint64 g = _ml_load (self, m + ML_MAP_DIR_PTR);

      _ml_map_clear_value (self, g, mt.group);
      _ml_store (self, g, ML_CTRL_ALL_EMPTY);
      _ml_map_set_used (self, m, 0);
    }
  else
    {
      guint64 len = _ml_map_dir_len (self, m);
      guint64 last = 0;

      for (guint64 i = 0; i < len; i++)
        {
          MlTable t;

          _ml_map_directory_table (self, m, i, &t);
          if (t.addr == last)
            continue;
          _ml_table_clear (self, &mt, &t);
          last = t.addr;
        }
      _ml_map_set_used (self, m, 0);
      set_tombstone_possible (self, m, FALSE);
    }
  _ml_store (self, m + ML_MAP_CLEAR_SEQ, _ml_load (self, m + ML_MAP_CLEAR_SEQ) + 1);
  _ml_store (self, m + ML_MAP_SEED, _ml_rand (self));
}

guint64
ml_runtime_map_len (MlRuntime *self,
                    guint64    m)
{
  g_return_val_if_fail (ML_IS_RUNTIME (self), 0);
  return m != 0 ? _ml_map_used (self, m) : 0;
}

/**
 * ml_runtime_map_entries:
 * @entries: a #GArray of guint64 to append to
 *
 * The entries of the map @m in the order they are stored (each table once, in directory
 * order; its groups and slots in order): for each, the address of its key and of its element
 * (behind the slot's pointers when they are indirect).  fmt sorts them; the snapshot draws
 * them.
 *
 * Returns: the number of entries appended
 */
guint64
ml_runtime_map_entries (MlRuntime     *self,
                        const MlRtype *map_type,
                        guint64        m,
                        GArray        *entries)
{
  MlMapType mt;
  guint64 n = 0;
  guint64 len, last = 0;

  g_return_val_if_fail (ML_IS_RUNTIME (self), 0);
  g_return_val_if_fail (map_type != NULL && entries != NULL, 0);

  if (m == 0 || _ml_map_used (self, m) == 0 || !_ml_map_type_init (self, map_type, &mt))
    return 0;
  len = _ml_map_dir_len (self, m);
  for (guint64 d = 0; d < MAX (len, 1); d++)
    {
      MlTable t = { 0 };

      if (len == 0)
        t.groups = _ml_load (self, m + ML_MAP_DIR_PTR);
      else
        {
          _ml_map_directory_table (self, m, d, &t);
          if (t.addr == last)
            continue;
          last = t.addr;
        }
      for (guint64 gi = 0; gi <= t.mask; gi++)
        {
          guint64 g = _ml_table_group (&mt, &t, gi);
          guint64 full = _ml_ctrl_match_full (_ml_load (self, g));

          while (full != 0)
            {
              guint i = _ml_bitset_first (full);
              guint64 pair[2] = { _ml_slot_key (self, &mt, g, i), _ml_slot_elem (self, &mt, g, i) };

              g_array_append_vals (entries, pair, 2);
              n++;
              full = _ml_bitset_remove_first (full);
            }
        }
    }
  return n;
}
