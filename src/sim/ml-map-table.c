/* ml-map-table.c
 *
 * Copyright 2026 The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One Swiss table of a map's directory (internal/runtime/maps/table.go): its groups, probed
 * quadratically from h1 with the control bytes matched against h2; insertion (runtime.go's
 * mapassign probe and the unchecked puts of growth), deletion with tombstones, pruning them,
 * clear, and growth: a table twice as big, or two tables split on the next bit of the hash
 * with the directory doubled when needed.  The map as a whole, and small maps, are in
 * ml-map.c.
 */

#define G_LOG_DOMAIN "ml-map"

#include "ml-map-private.h"
#include "ml-model-check.h"

#include <string.h>

void
_ml_table_write_counts (MlRuntime     *self,
                        const MlTable *t)
{
  _ml_store (self, t->addr, t->used | t->capacity << 16 | t->growth_left << 32 |
                            (guint64) t->local_depth << 48);
}

static void
table_write_index (MlRuntime     *self,
                   const MlTable *t)
{
  _ml_store (self, t->addr + ML_TABLE_INDEX, (guint64) t->index);
}

static guint64
max_growth_left (guint64 capacity)
{
  /* A single group keeps one slot empty to end every probe. */
  if (capacity <= ML_MAP_GROUP_SLOTS)
    return capacity - 1;
  return capacity * ML_MAX_AVG_GROUP_LOAD / ML_MAP_GROUP_SLOTS;
}

/* newGroups: an array of @n groups, every control byte empty. */
guint64
_ml_map_new_groups (MlRuntime *self,
                    MlMapType *mt,
                    guint64    n)
{
  guint64 groups = _ml_map_alloc (self, mt, n * mt->group_size, mt->group);

  if (groups != 0)
    for (guint64 i = 0; i < n; i++)
      _ml_store (self, groups + i * mt->group_size, ML_CTRL_ALL_EMPTY);
  return groups;
}

/* newTable: a table object, then its groups (table.reset). */
gboolean
_ml_table_new (MlRuntime *self,
               MlMapType *mt,
               guint64    capacity,
               gint64     index,
               guint      local_depth,
               MlTable   *t)
{
  memset (t, 0, sizeof *t);
  capacity = _ml_align_up_pow2 (MAX (capacity, ML_MAP_GROUP_SLOTS));
  ml_model_check (capacity <= ML_MAX_TABLE_CAPACITY);
  t->addr = _ml_map_alloc (self, mt, ML_TABLE_MASK + 8, ml_rtype_registry_map_table (self->types));
  if (t->addr == 0)
    return FALSE;
  t->index = index;
  t->local_depth = local_depth;
  t->groups = _ml_map_new_groups (self, mt, capacity / ML_MAP_GROUP_SLOTS);
  if (t->groups == 0)
    return FALSE;
  t->mask = capacity / ML_MAP_GROUP_SLOTS - 1;
  t->capacity = capacity;
  t->growth_left = max_growth_left (capacity);
  _ml_table_write_counts (self, t);
  table_write_index (self, t);
  ml_runtime_write_pointer (self, t->addr + ML_TABLE_GROUPS, t->groups);
  _ml_store (self, t->addr + ML_TABLE_MASK, t->mask);
  return TRUE;
}

/* The slot of @key in table @t, by its probe sequence (table.getWithKey). */
gboolean
_ml_table_find (MlRuntime       *self,
                const MlMapType *mt,
                const MlTable   *t,
                guint64          key,
                guint64          hash,
                guint64         *found_key,
                guint64         *found_elem)
{
  guint64 offset = _ml_h1 (hash) & t->mask;

  for (guint64 index = 1;; index++)
    {
      guint64 g = _ml_table_group (mt, t, offset);
      guint64 ctrl = _ml_load (self, g);
      guint64 match = _ml_ctrl_match_h2 (ctrl, _ml_h2 (hash));

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
      /* An empty slot ends the probe sequence. */
      if (_ml_ctrl_match_empty (ctrl) != 0 || index > t->mask + 1)
        return FALSE;
      offset = (offset + index) & t->mask;
    }
}

/* uncheckedPutSlot: an entry known not to be in @t, which has room for it.  For indirect
 * keys and elements, @key and @elem are the objects themselves and the slot points at them. */
void
_ml_table_unchecked_put_slot (MlRuntime       *self,
                              const MlMapType *mt,
                              MlTable         *t,
                              guint64          hash,
                              guint64          key,
                              guint64          elem)
{
  guint64 offset = _ml_h1 (hash) & t->mask;

  for (guint64 index = 1;; index++)
    {
      guint64 g = _ml_table_group (mt, t, offset);
      guint64 match = _ml_ctrl_match_empty_or_deleted (_ml_load (self, g));

      if (match != 0)
        {
          guint i = _ml_bitset_first (match);

          if (mt->indirect_key)
            ml_runtime_write_pointer (self, _ml_group_key (mt, g, i), key);
          else
            _ml_map_copy_value (self, _ml_group_key (mt, g, i), key, mt->key);
          if (mt->indirect_elem)
            ml_runtime_write_pointer (self, _ml_group_elem (mt, g, i), elem);
          else
            _ml_map_copy_value (self, _ml_group_elem (mt, g, i), elem, mt->elem);
          t->growth_left--;
          t->used++;
          _ml_group_set_ctrl (self, g, i, _ml_h2 (hash));
          return;
        }
      offset = (offset + index) & t->mask;
    }
}

/* Puts @key in slot @i of group @g and returns the address of the element to store, with the
 * objects of an indirect key or element allocated; 0 when the heap is exhausted. */
guint64
_ml_group_fill_slot (MlRuntime *self,
                     MlMapType *mt,
                     guint64    g,
                     guint      i,
                     guint64    key,
                     guint64    hash)
{
  guint64 k = _ml_group_key (mt, g, i);
  guint64 e = _ml_group_elem (mt, g, i);

  if (mt->indirect_key)
    {
      guint64 kmem = _ml_map_alloc (self, mt, mt->key->size, mt->key);

      if (kmem == 0)
        return 0;
      ml_runtime_write_pointer (self, k, kmem);
      k = kmem;
    }
  _ml_map_copy_value (self, k, key, mt->key);
  if (mt->indirect_elem)
    {
      guint64 emem = _ml_map_alloc (self, mt, mt->elem->size, mt->elem);

      if (emem == 0)
        return 0;
      ml_runtime_write_pointer (self, e, emem);
      e = emem;
    }
  _ml_group_set_ctrl (self, g, i, _ml_h2 (hash));
  return e;
}

/* uncheckedPutSlotForAssign: a new key in @t, which has room; the element's address. */
guint64
_ml_table_put_slot_for_assign (MlRuntime *self,
                               MlMapType *mt,
                               MlTable   *t,
                               guint64    hash,
                               guint64    key)
{
  guint64 offset = _ml_h1 (hash) & t->mask;

  for (guint64 index = 1;; index++)
    {
      guint64 g = _ml_table_group (mt, t, offset);
      guint64 match = _ml_ctrl_match_empty_or_deleted (_ml_load (self, g));

      if (match != 0)
        {
          t->growth_left--;
          t->used++;
          _ml_table_write_counts (self, t);
          return _ml_group_fill_slot (self, mt, g, _ml_bitset_first (match), key, hash);
        }
      offset = (offset + index) & t->mask;
    }
}

/* Every full slot of @t into @left (or, when @right is not NULL and the hash has the bit
 * @mask, into @right): the moving part of table.grow and table.split. */
static void
move_entries (MlRuntime       *self,
              const MlMapType *mt,
              guint64          m,
              const MlTable   *t,
              MlTable         *left,
              MlTable         *right,
              guint64          mask)
{
  guint64 seed = _ml_map_seed (self, m);

  for (guint64 gi = 0; gi <= t->mask; gi++)
    {
      guint64 g = _ml_table_group (mt, t, gi);
      guint64 full = _ml_ctrl_match_full (_ml_load (self, g));

      while (full != 0)
        {
          guint i = _ml_bitset_first (full);
          guint64 key = _ml_slot_key (self, mt, g, i);
          guint64 elem = _ml_slot_elem (self, mt, g, i);
          guint64 hash = 0;

          _ml_map_hash (self, mt->key, key, seed, &hash);
          _ml_table_unchecked_put_slot (self, mt, right != NULL && (hash & mask) != 0 ? right : left,
                                        hash, key, elem);
          full = _ml_bitset_remove_first (full);
        }
    }
  _ml_table_write_counts (self, left);
  if (right != NULL)
    _ml_table_write_counts (self, right);
}

/* Map.replaceTable: @t in every directory entry it covers. */
static void
replace_table (MlRuntime     *self,
               guint64        m,
               const MlTable *t)
{
  guint64 dir = _ml_load (self, m + ML_MAP_DIR_PTR);
  guint64 entries = G_GUINT64_CONSTANT (1) << (_ml_map_global_depth (self, m) - t->local_depth);

  for (guint64 i = 0; i < entries; i++)
    ml_runtime_write_pointer (self, dir + 8 * ((guint64) t->index + i), t->addr);
}

/* Map.installTableSplit: @left and @right in place of @old, the directory doubled first when
 * @old used all of its bits. */
static gboolean
install_table_split (MlRuntime *self,
                     MlMapType *mt,
                     guint64    m,
                     MlTable   *old,
                     MlTable   *left,
                     MlTable   *right)
{
  guint depth = _ml_map_global_depth (self, m);

  if (old->local_depth == depth)
    {
      guint64 len = _ml_map_dir_len (self, m);
      guint64 dir = _ml_load (self, m + ML_MAP_DIR_PTR);
      guint64 ndir = _ml_map_alloc (self, mt, len * 2 * 8,
                                    ml_rtype_registry_pointer_to (self->types,
                                                                  ml_rtype_registry_map_table (self->types)));

      if (ndir == 0)
        return FALSE;
      for (guint64 i = 0; i < len; i++)
        {
          guint64 t = _ml_load (self, dir + 8 * i);

          ml_runtime_write_pointer (self, ndir + 16 * i, t);
          ml_runtime_write_pointer (self, ndir + 16 * i + 8, t);
          /* A table may fill several entries: the first one met is its index. */
          if (_ml_load (self, t + ML_TABLE_INDEX) == i)
            _ml_store (self, t + ML_TABLE_INDEX, 2 * i);
        }
      _ml_map_set_depth (self, m, depth + 1);
      ml_runtime_write_pointer (self, m + ML_MAP_DIR_PTR, ndir);
      _ml_store (self, m + ML_MAP_DIR_LEN, len * 2);
      depth++;
    }
  left->index = (gint64) _ml_load (self, old->addr + ML_TABLE_INDEX);
  table_write_index (self, left);
  replace_table (self, m, left);
  right->index = left->index + (gint64) (G_GUINT64_CONSTANT (1) << (depth - left->local_depth));
  table_write_index (self, right);
  replace_table (self, m, right);
  return TRUE;
}

/* table.rehash: a table twice as big in place of @t, or two tables of 1,024 slots when it
 * is as big as a table gets.  @t is stale afterwards (index -1). */
static gboolean
rehash (MlRuntime *self,
        MlMapType *mt,
        guint64    m,
        MlTable   *t)
{
  guint64 capacity = 2 * t->capacity;
  MlTable left, right;

  if (capacity <= ML_MAX_TABLE_CAPACITY)
    {
      if (!_ml_table_new (self, mt, capacity, t->index, t->local_depth, &left))
        return FALSE;
      move_entries (self, mt, m, t, &left, NULL, 0);
      replace_table (self, m, &left);
    }
  else
    {
      guint depth = t->local_depth + 1;

      if (!_ml_table_new (self, mt, ML_MAX_TABLE_CAPACITY, -1, depth, &left) ||
          !_ml_table_new (self, mt, ML_MAX_TABLE_CAPACITY, -1, depth, &right))
        return FALSE;
      /* Split in half at the localDepth bit from the top. */
      move_entries (self, mt, m, t, &left, &right, G_GUINT64_CONSTANT (1) << (64 - depth));
      if (!install_table_split (self, mt, m, t, &left, &right))
        return FALSE;
    }
  t->index = -1;
  table_write_index (self, t);
  return TRUE;
}

static guint64
tombstones (const MlTable *t)
{
  return t->capacity * ML_MAX_AVG_GROUP_LOAD / ML_MAP_GROUP_SLOTS - t->used - t->growth_left;
}

/* table.pruneTombstones: turns back into empty slots the tombstones no probe sequence needs,
 * when that gives back at least a tenth of the table. */
static void
prune_tombstones (MlRuntime       *self,
                  const MlMapType *mt,
                  guint64          m,
                  MlTable         *t)
{
  guint32 needed[(ML_MAX_TABLE_CAPACITY / ML_MAP_GROUP_SLOTS + 31) / 32] = { 0 };
  guint64 seed = _ml_map_seed (self, m);
  guint64 count = 0;

  if (tombstones (t) * 10 < t->capacity)
    return;

  /* Trace the probe sequence of every full entry: each tombstone group it passes is needed. */
  for (guint64 i = 0; i <= t->mask; i++)
    {
      guint64 g = _ml_table_group (mt, t, i);
      guint64 ctrl = _ml_load (self, g);
      guint64 full = _ml_ctrl_match_full (ctrl);

      while (full != 0)
        {
          guint j = _ml_bitset_first (full);
          guint64 key = _ml_slot_key (self, mt, g, j);
          guint64 hash = 0;
          guint64 offset;

          full = _ml_bitset_remove_first (full);
          /* A key not equal to itself (NaN) is never looked up. */
          if (!_ml_map_equal (self, mt->key, key, key))
            continue;
          _ml_map_hash (self, mt->key, key, seed, &hash);
          offset = _ml_h1 (hash) & t->mask;
          for (guint64 index = 1; offset != i; index++)
            {
              if (_ml_ctrl_match_empty_or_deleted (_ml_load (self, _ml_table_group (mt, t, offset))))
                needed[offset / 32] |= 1u << (offset % 32);
              offset = (offset + index) & t->mask;
            }
        }
      if (_ml_ctrl_match_empty (ctrl) != 0)
        needed[i / 32] |= 1u << (i % 32);
    }

  for (guint64 i = 0; i <= t->mask; i++)
    if (!((needed[i / 32] >> (i % 32)) & 1))
      count += __builtin_popcountll (_ml_ctrl_match_empty_or_deleted (_ml_load (self,
                                                                              _ml_table_group (mt, t, i))));
  if (count * 10 < t->capacity)
    return;

  for (guint64 i = 0; i <= t->mask; i++)
    {
      guint64 g = _ml_table_group (mt, t, i);
      guint64 match;

      if ((needed[i / 32] >> (i % 32)) & 1)
        continue;
      match = _ml_ctrl_match_empty_or_deleted (_ml_load (self, g));
      while (match != 0)
        {
          _ml_group_set_ctrl (self, g, _ml_bitset_first (match), ML_CTRL_EMPTY);
          t->growth_left++;
          match = _ml_bitset_remove_first (match);
        }
    }
  _ml_table_write_counts (self, t);
}

/* Inserts @key in @t at slot @i of group @g, consuming growthLeft; the element's address. */
static guint64
insert_at (MlRuntime *self,
           MlMapType *mt,
           guint64    m,
           MlTable   *t,
           guint64    g,
           guint      i,
           guint64    key,
           guint64    hash)
{
  guint64 e = _ml_group_fill_slot (self, mt, g, i, key, hash);

  t->growth_left--;
  t->used++;
  _ml_table_write_counts (self, t);
  _ml_map_set_used (self, m, _ml_map_used (self, m) + 1);
  return e;
}

/* One probe of runtime_mapassign (or, for the fast variants, of mapassign_fast*, which look
 * at deleted slots first and prune tombstones before growing) in the table the directory
 * gives for @hash.  Returns the element, or 0 with *@again set when the table grew and the
 * probe must start over. */
guint64
_ml_table_assign (MlRuntime *self,
                  MlMapType *mt,
                  guint64    m,
                  guint64    key,
                  guint64    hash,
                  gboolean  *again,
                  gboolean  *oom)
{
  guint64 deleted_group = 0;
  guint deleted_slot = 0;
  MlTable t;
  guint64 offset;

  _ml_map_directory_table (self, m, _ml_map_directory_index (self, m, hash), &t);
  offset = _ml_h1 (hash) & t.mask;
  for (guint64 index = 1;; index++)
    {
      guint64 g = _ml_table_group (mt, &t, offset);
      guint64 ctrl = _ml_load (self, g);
      guint64 match = _ml_ctrl_match_h2 (ctrl, _ml_h2 (hash));
      guint i;

      while (match != 0)
        {
          guint64 k;

          i = _ml_bitset_first (match);
          k = _ml_slot_key (self, mt, g, i);
          if (_ml_map_equal (self, mt->key, key, k))
            {
              if (mt->need_key_update)
                _ml_map_copy_value (self, k, key, mt->key);
              return _ml_slot_elem (self, mt, g, i);
            }
          match = _ml_bitset_remove_first (match);
        }

      offset = (offset + index) & t.mask;
      if (mt->fast)
        {
          match = _ml_ctrl_match_empty_or_deleted (ctrl);
          if (match == 0)
            continue;
          i = _ml_bitset_first (match);
          if (_ml_ctrl_get (ctrl, i) == ML_CTRL_DELETED)
            {
              if (deleted_group == 0)
                {
                  deleted_group = g;
                  deleted_slot = i;
                }
              continue;
            }
        }
      else
        {
          match = _ml_ctrl_match_empty (ctrl);
          if (match == 0)
            {
              /* No empty slot: remember the first deleted one, for a key not found. */
              match = _ml_ctrl_match_empty_or_deleted (ctrl);
              if (deleted_group == 0 && match != 0)
                {
                  deleted_group = g;
                  deleted_slot = _ml_bitset_first (match);
                }
              continue;
            }
          i = _ml_bitset_first (match);
        }

      /* The end of the probe sequence: the key is not there. */
      if (deleted_group != 0)
        {
          g = deleted_group;
          i = deleted_slot;
          t.growth_left++;
        }
      if (mt->fast && t.growth_left == 0)
        prune_tombstones (self, mt, m, &t);
      if (t.growth_left > 0)
        {
          guint64 e = insert_at (self, mt, m, &t, g, i, key, hash);

          *oom = e == 0;
          return e;
        }
      if (!rehash (self, mt, m, &t))
        *oom = TRUE;
      else
        *again = TRUE;
      return 0;
    }
}

/* Clears the slot @i of group @g: an indirect key or element loses its pointer, a key its
 * pointers, an element all of it (compound assignments count on a cleared element). */
void
_ml_group_clear_slot (MlRuntime       *self,
                      const MlMapType *mt,
                      guint64          g,
                      guint            i)
{
  guint64 k = _ml_group_key (mt, g, i);
  guint64 e = _ml_group_elem (mt, g, i);

  if (mt->indirect_key)
    ml_runtime_write_pointer (self, k, 0);
  else if (mt->key->has_pointers)
    _ml_map_clear_value (self, k, mt->key);
  if (mt->indirect_elem)
    ml_runtime_write_pointer (self, e, 0);
  else
    _ml_map_clear_value (self, e, mt->elem);
}

/* table.Delete: TRUE when it left a tombstone. */
gboolean
_ml_table_delete (MlRuntime       *self,
                  const MlMapType *mt,
                  guint64          m,
                  MlTable         *t,
                  guint64          key,
                  guint64          hash)
{
  guint64 offset = _ml_h1 (hash) & t->mask;

  for (guint64 index = 1;; index++)
    {
      guint64 g = _ml_table_group (mt, t, offset);
      guint64 ctrl = _ml_load (self, g);
      guint64 match = _ml_ctrl_match_h2 (ctrl, _ml_h2 (hash));

      while (match != 0)
        {
          guint i = _ml_bitset_first (match);
          gboolean tombstone = FALSE;

          if (!_ml_map_equal (self, mt->key, key, _ml_slot_key (self, mt, g, i)))
            {
              match = _ml_bitset_remove_first (match);
              continue;
            }
          t->used--;
          _ml_map_set_used (self, m, _ml_map_used (self, m) - 1);
          _ml_group_clear_slot (self, mt, g, i);
          /* Only a full group can be in the middle of a probe sequence, and it stays full
           * until the table is rebuilt: a slot of it becomes a tombstone. */
          if (_ml_ctrl_match_empty (ctrl) != 0)
            {
              _ml_group_set_ctrl (self, g, i, ML_CTRL_EMPTY);
              t->growth_left++;
            }
          else
            {
              _ml_group_set_ctrl (self, g, i, ML_CTRL_DELETED);
              tombstone = TRUE;
            }
          _ml_table_write_counts (self, t);
          return tombstone;
        }
      if (_ml_ctrl_match_empty (ctrl) != 0 || index > t->mask + 1)
        return FALSE;
      offset = (offset + index) & t->mask;
    }
}

/* table.Clear: whole groups zeroed, every control byte empty. */
void
_ml_table_clear (MlRuntime       *self,
                 const MlMapType *mt,
                 MlTable         *t)
{
  guint64 mgl = max_growth_left (t->capacity);
  /* Under a quarter of an entry per group, or big slots: test each group before clearing
   * it. */
  gboolean full_test = t->used * 4 <= t->mask || mt->slot_size > 32;

  if (t->used == 0 && t->growth_left == mgl)
    return;
  for (guint64 i = 0; i <= t->mask; i++)
    {
      guint64 g = _ml_table_group (mt, t, i);

      if (!full_test || _ml_ctrl_match_full (_ml_load (self, g)) != 0)
        _ml_map_clear_value (self, g, mt->group);
      _ml_store (self, g, ML_CTRL_ALL_EMPTY);
    }
  t->used = 0;
  t->growth_left = mgl;
  _ml_table_write_counts (self, t);
}
