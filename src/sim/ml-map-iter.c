/* ml-map-iter.c
 *
 * Copyright 2026 The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Ranging over a map (Iter.Init and Iter.Next of internal/runtime/maps/table.go, and
 * mapIterStart): the iterator is a maps.Iter in the frame of the function that ranges, so the
 * collector sees the tables and groups it holds on to and history covers where it is.  The
 * start is random (a random slot of each table, a random table of the directory), from the
 * runtime's own random source, so a run repeats itself.  Go's semantics while the map changes
 * under the loop are kept: an entry is never returned twice, deleted entries are not returned,
 * changed ones are returned with their new value, and entries added may or may not be.  When
 * the table being walked has grown or split, the iterator keeps walking the old one to choose
 * keys and looks each one up in the map as it is now.
 */

#define G_LOG_DOMAIN "ml-map"

#include "ml-map-private.h"

/* The iterator's words, read into host variables and written back when they change. */
typedef struct
{
  guint64 addr;
  guint64 key;
  guint64 elem;
  guint64 m;
  guint64 entry_offset;
  guint64 dir_offset;
  guint64 clear_seq;
  guint   global_depth;
  gint64  dir_idx;
  guint64 tab;
  guint64 group;
  guint64 entry_idx;
} Iter;

static void
iter_read (MlRuntime *self,
           guint64    addr,
           Iter      *it)
{
  it->addr = addr;
  it->key = _ml_load (self, addr + ML_MAP_ITER_KEY_OFFSET);
  it->elem = _ml_load (self, addr + ML_MAP_ITER_ELEM_OFFSET);
  it->m = _ml_load (self, addr + ML_ITER_M);
  it->entry_offset = _ml_load (self, addr + ML_ITER_ENTRY_OFFSET);
  it->dir_offset = _ml_load (self, addr + ML_ITER_DIR_OFFSET);
  it->clear_seq = _ml_load (self, addr + ML_ITER_CLEAR_SEQ);
  it->global_depth = _ml_load (self, addr + ML_ITER_DEPTH) & 0xff;
  it->dir_idx = (gint64) _ml_load (self, addr + ML_ITER_DIR_IDX);
  it->tab = _ml_load (self, addr + ML_ITER_TAB);
  it->group = _ml_load (self, addr + ML_ITER_GROUP);
  it->entry_idx = _ml_load (self, addr + ML_ITER_ENTRY_IDX);
}

static void
set_pointer (MlRuntime *self,
             guint64    slot,
             guint64    value)
{
  if (_ml_load (self, slot) != value)
    ml_runtime_write_pointer (self, slot, value);
}

static void
iter_write (MlRuntime  *self,
            const Iter *it)
{
  set_pointer (self, it->addr + ML_MAP_ITER_KEY_OFFSET, it->key);
  set_pointer (self, it->addr + ML_MAP_ITER_ELEM_OFFSET, it->elem);
  set_pointer (self, it->addr + ML_ITER_M, it->m);
  _ml_store (self, it->addr + ML_ITER_ENTRY_OFFSET, it->entry_offset);
  _ml_store (self, it->addr + ML_ITER_DIR_OFFSET, it->dir_offset);
  _ml_store (self, it->addr + ML_ITER_CLEAR_SEQ, it->clear_seq);
  _ml_store (self, it->addr + ML_ITER_DEPTH, it->global_depth);
  _ml_store (self, it->addr + ML_ITER_DIR_IDX, (guint64) it->dir_idx);
  set_pointer (self, it->addr + ML_ITER_TAB, it->tab);
  set_pointer (self, it->addr + ML_ITER_GROUP, it->group);
  _ml_store (self, it->addr + ML_ITER_ENTRY_IDX, it->entry_idx);
}

static inline guint64
deref_key (MlRuntime       *self,
           const MlMapType *mt,
           guint64          g,
           guint            i)
{
  guint64 k = _ml_group_key (mt, g, i);

  return mt->indirect_key ? _ml_load (self, k) : k;
}

static inline guint64
deref_elem (MlRuntime       *self,
            const MlMapType *mt,
            guint64          g,
            guint            i)
{
  guint64 e = _ml_group_elem (mt, g, i);

  return mt->indirect_elem ? _ml_load (self, e) : e;
}

/* Iter.grownKeyElem: the key and element to return for @key, met in a table that has been
 * replaced since, as the map has them now; FALSE when the entry has gone.  A key not equal to
 * itself (NaN) cannot be looked up, nor deleted but by clear: unless a clear happened, it is
 * returned as the old group has it. */
static gboolean
grown_key_elem (MlRuntime       *self,
                const MlMapType *mt,
                Iter            *it,
                guint64         *key,
                guint            slot,
                guint64         *elem)
{
  guint64 nk, ne;

  if (_ml_map_get_with_key (self, mt, it->m, *key, &nk, &ne))
    {
      *key = nk;
      *elem = ne;
      return TRUE;
    }
  if (it->clear_seq == _ml_load (self, it->m + ML_MAP_CLEAR_SEQ) &&
      !_ml_map_equal (self, mt->key, *key, *key))
    {
      *elem = deref_elem (self, mt, it->group, slot);
      return TRUE;
    }
  return FALSE;
}

/* Next for a map that was small at Init: the slots of its one group from a random one on,
 * looked up again if the map has grown since. */
static void
next_small (MlRuntime       *self,
            const MlMapType *mt,
            Iter            *it)
{
  for (; it->entry_idx < ML_MAP_GROUP_SLOTS; it->entry_idx++)
    {
      guint k = (it->entry_idx + it->entry_offset) % ML_MAP_GROUP_SLOTS;
      guint64 key, elem;

      if ((_ml_ctrl_get (_ml_load (self, it->group), k) & ML_CTRL_EMPTY) == ML_CTRL_EMPTY)
        continue;
      key = deref_key (self, mt, it->group, k);
      if (_ml_map_dir_len (self, it->m) > 0)
        {
          if (!grown_key_elem (self, mt, it, &key, k, &elem))
            continue;
        }
      else
        elem = deref_elem (self, mt, it->group, k);
      it->entry_idx++;
      it->key = key;
      it->elem = elem;
      return;
    }
  it->key = 0;
  it->elem = 0;
}

/* Iter.nextDirIdx: past every directory entry of the table just walked (an old table that
 * split covers its halves too). */
static void
next_dir_idx (MlRuntime *self,
              Iter      *it)
{
  guint tab_depth = (_ml_load (self, it->tab) >> 48) & 0xff;

  it->dir_idx += (gint64) (G_GUINT64_CONSTANT (1) << (_ml_map_global_depth (self, it->m) - tab_depth));
  it->tab = 0;
  it->group = 0;
  it->entry_idx = 0;
}

/* The group of entry @entry (already offset) of the table being walked. */
static inline void
select_group (MlRuntime       *self,
              const MlMapType *mt,
              Iter            *it,
              const MlTable   *tab,
              guint64          entry)
{
  it->group = tab->groups + (entry >> 3) * mt->group_size;
}

/* The slow path of Next: the control word's full slots, from the current entry on, to the
 * next entry that still exists.  TRUE with it->key and it->elem set, FALSE at the table's
 * end. */
static gboolean
next_in_table (MlRuntime       *self,
               const MlMapType *mt,
               Iter            *it,
               const MlTable   *tab,
               guint64          entry_mask)
{
  guint64 group_match = 0;

  while (it->entry_idx <= entry_mask)
    {
      guint64 entry = (it->entry_idx + it->entry_offset) & entry_mask;
      guint slot = entry & (ML_MAP_GROUP_SLOTS - 1);
      guint64 key, elem;

      if (slot == 0 || it->group == 0)
        select_group (self, mt, it, tab, entry);
      if (group_match == 0)
        {
          guint i;

          group_match = _ml_ctrl_match_full (_ml_load (self, it->group));
          if (slot != 0)
            group_match = _ml_bitset_remove_below (group_match, slot);
          /* A group with nothing in it is skipped at once. */
          if (group_match == 0)
            {
              it->entry_idx += ML_MAP_GROUP_SLOTS - slot;
              continue;
            }
          i = _ml_bitset_first (group_match);
          it->entry_idx += i - slot;
          if (it->entry_idx > entry_mask)
            continue;
          slot = i;
        }

      key = deref_key (self, mt, it->group, slot);
      if (tab->index == -1)
        {
          if (!grown_key_elem (self, mt, it, &key, slot, &elem))
            {
              group_match = _ml_bitset_remove_first (group_match);
              if (group_match == 0)
                it->entry_idx += ML_MAP_GROUP_SLOTS - slot;
              else
                it->entry_idx += _ml_bitset_first (group_match) - slot;
              continue;
            }
        }
      else
        elem = deref_elem (self, mt, it->group, slot);

      group_match = _ml_bitset_remove_first (group_match);
      if (group_match == 0)
        it->entry_idx += ML_MAP_GROUP_SLOTS - slot;
      else
        it->entry_idx += _ml_bitset_first (group_match) - slot;
      it->key = key;
      it->elem = elem;
      return TRUE;
    }
  return FALSE;
}

/* Iter.Next for a map with a directory. */
static void
next_tables (MlRuntime       *self,
             const MlMapType *mt,
             Iter            *it)
{
  guint depth = _ml_map_global_depth (self, it->m);

  /* The directory grew since the last call: indices double with each doubling, and so must
   * the position and the offset, as the directory keeps its order. */
  if (it->global_depth != depth)
    {
      guint orders = depth - it->global_depth;

      it->dir_idx <<= orders;
      it->dir_offset <<= orders;
      it->global_depth = depth;
    }

  for (; it->dir_idx < (gint64) _ml_map_dir_len (self, it->m); next_dir_idx (self, it))
    {
      MlTable tab;
      guint64 entry_mask, entry;
      guint slot;

      if (it->tab == 0)
        {
          guint64 len = _ml_map_dir_len (self, it->m);
          gint64 dir_idx = (gint64) (((guint64) it->dir_idx + it->dir_offset) & (len - 1));
          guint64 new_tab = _ml_map_directory_at (self, it->m, (guint64) dir_idx);
          gint64 index = (gint64) _ml_load (self, new_tab + ML_TABLE_INDEX);

          /* The first, random, index may fall in the middle of a table's entries: start at
           * its first one. */
          if (index != dir_idx)
            it->dir_offset -= (guint64) (dir_idx - index);
          it->tab = new_tab;
        }
      /* The old table, if it has been replaced: it chooses the keys. */
      _ml_table_read (self, it->tab, &tab);
      entry_mask = tab.capacity - 1;
      if (it->entry_idx > entry_mask)
        continue;

      /* Fast path: at 7/8 load, the next slot is most likely full. */
      entry = (it->entry_idx + it->entry_offset) & entry_mask;
      slot = entry & (ML_MAP_GROUP_SLOTS - 1);
      if (slot == 0 || it->group == 0)
        select_group (self, mt, it, &tab, entry);
      if ((_ml_ctrl_get (_ml_load (self, it->group), slot) & ML_CTRL_EMPTY) == 0)
        {
          guint64 key = deref_key (self, mt, it->group, slot);
          guint64 elem = 0;
          gboolean ok = TRUE;

          if (tab.index == -1)
            ok = grown_key_elem (self, mt, it, &key, slot, &elem);
          else
            elem = deref_elem (self, mt, it->group, slot);
          if (ok)
            {
              it->entry_idx++;
              it->key = key;
              it->elem = elem;
              return;
            }
        }
      it->entry_idx++;
      if (next_in_table (self, mt, it, &tab, entry_mask))
        return;
    }
  it->key = 0;
  it->elem = 0;
}

/**
 * ml_runtime_map_iter_next:
 * @iter: the maps.Iter
 *
 * mapiternext: the iterator's key and elem words point at the next entry, or are nil at the
 * end.
 */
void
ml_runtime_map_iter_next (MlRuntime     *self,
                          const MlRtype *map_type,
                          guint64        iter)
{
  MlMapType mt;
  Iter it;

  g_return_if_fail (ML_IS_RUNTIME (self));
  g_return_if_fail (map_type != NULL);

  iter_read (self, iter, &it);
  if (it.m == 0 || !_ml_map_type_init (self, map_type, &mt))
    {
      it.key = 0;
      it.elem = 0;
    }
  else if (it.dir_idx < 0)
    next_small (self, &mt, &it);
  else
    next_tables (self, &mt, &it);
  iter_write (self, &it);
}

/**
 * ml_runtime_map_iter_init:
 * @m: the map (0 for a nil map)
 * @iter: the maps.Iter in the caller's frame
 *
 * mapIterStart: the iterator set at a random start of @m, then its first entry (Next).
 */
void
ml_runtime_map_iter_init (MlRuntime     *self,
                          const MlRtype *map_type,
                          guint64        m,
                          guint64        iter)
{
  Iter it = { .addr = iter };

  g_return_if_fail (ML_IS_RUNTIME (self));
  g_return_if_fail (map_type != NULL);

  /* The compiler zeroes the iterator; typ says which map type it walks. */
  iter_write (self, &it);
  _ml_store (self, iter + ML_ITER_TYP, _ml_rtype_descriptor_address (map_type));
  if (m != 0 && _ml_load (self, m) != 0)
    {
      guint64 len = _ml_map_dir_len (self, m);

      it.m = m;
      /* dirIdx -1: the map was small at Init. */
      it.dir_idx = len == 0 ? -1 : 0;
      it.group = len == 0 ? _ml_load (self, m + ML_MAP_DIR_PTR) : 0;
      it.entry_offset = _ml_rand (self);
      it.dir_offset = _ml_rand (self);
      it.global_depth = _ml_map_global_depth (self, m);
      it.clear_seq = _ml_load (self, m + ML_MAP_CLEAR_SEQ);
      iter_write (self, &it);
    }
  ml_runtime_map_iter_next (self, map_type, iter);
}
