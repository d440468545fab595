/* ml-map-private.h
 *
 * Copyright 2026 The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What the files of maps share (ml-map.c: the map and its tables; ml-map-hash.c: hashing and
 * comparing keys; ml-map-iter.c: iteration; ml-snapshot-maps.c: the walk the views draw): the
 * layouts of maps.Map, maps.table, a group and maps.Iter in simulated memory, Go's control
 * word arithmetic (group.go), and a map type's numbers (abi.MapType) gathered once per
 * operation.
 */

#pragma once

#include "ml-runtime-private.h"
#include "ml-memory-private.h"
#include "ml-rtype-private.h"
#include "ml-map.h"

G_BEGIN_DECLS

/* maps.Map: used, seed, dirPtr, dirLen, then globalDepth, globalShift, writing and
 * tombstonePossible in one word, then clearSeq. */
#define ML_MAP_SEED       8
#define ML_MAP_DIR_PTR    16
#define ML_MAP_DIR_LEN    24
#define ML_MAP_DEPTHS     32
#define ML_MAP_CLEAR_SEQ  40
#define ML_MAP_HEADER_SIZE 48

/* maps.table: used, capacity, growthLeft (uint16) and localDepth (uint8) in its first word,
 * then index, groups.data, groups.lengthMask. */
#define ML_TABLE_INDEX    8
#define ML_TABLE_GROUPS   16
#define ML_TABLE_MASK     24

/* maps.Iter. */
#define ML_ITER_TYP          16
#define ML_ITER_M            24
#define ML_ITER_ENTRY_OFFSET 32
#define ML_ITER_DIR_OFFSET   40
#define ML_ITER_CLEAR_SEQ    48
#define ML_ITER_DEPTH        56
#define ML_ITER_DIR_IDX      64
#define ML_ITER_TAB          72
#define ML_ITER_GROUP        80
#define ML_ITER_ENTRY_IDX    88
#define ML_ITER_SIZE         96

#define ML_MAX_TABLE_CAPACITY 1024
#define ML_MAX_AVG_GROUP_LOAD 7

/* Control bytes (group.go): empty 1000 0000, deleted 1111 1110, full 0hhh hhhh. */
#define ML_CTRL_EMPTY     G_GUINT64_CONSTANT (0x80)
#define ML_CTRL_DELETED   G_GUINT64_CONSTANT (0xfe)
#define ML_BITSET_LSB     G_GUINT64_CONSTANT (0x0101010101010101)
#define ML_BITSET_MSB     G_GUINT64_CONSTANT (0x8080808080808080)
#define ML_CTRL_ALL_EMPTY (ML_BITSET_LSB * ML_CTRL_EMPTY)

/* A map type's numbers, as abi.MapType keeps them. */
typedef struct
{
  const MlRtype *type;
  const MlRtype *key;
  const MlRtype *elem;
  const MlRtype *group;
  const MlRtype *slot_key;     /* K, or *K when the slot holds a pointer to the key */
  const MlRtype *slot_elem;
  guint64        group_size;
  guint64        slot_size;
  guint64        elem_off;     /* of the element in a slot */
  gboolean       indirect_key;
  gboolean       indirect_elem;
  gboolean       need_key_update;  /* equal keys may differ in their bytes (floats, strings) */
  gboolean       fast;         /* the compiler calls mapassign_fast32/64/str, which prune
                                * tombstones before growing */
  gboolean       allocated;    /* set by the operation when it allocated */
} MlMapType;

gboolean  _ml_map_type_init      (MlRuntime      *self,
                                  const MlRtype  *type,
                                  MlMapType      *mt);

/* ml-map-hash.c */
guint64   _ml_rand               (MlRuntime      *self);
gboolean  _ml_map_hash           (MlRuntime      *self,
                                  const MlRtype  *type,
                                  guint64         addr,
                                  guint64         seed,
                                  guint64        *hash);
gboolean  _ml_map_equal          (MlRuntime      *self,
                                  const MlRtype  *type,
                                  guint64         a,
                                  guint64         b);
gboolean  _ml_map_need_key_update (const MlRtype *type);
gboolean  _ml_map_regular_memory (const MlRtype  *type);
const MlRtype *_ml_map_dynamic_type (MlRuntime   *self,
                                  guint64         descriptor);

/* ml-map.c */
gboolean  _ml_map_get_with_key   (MlRuntime      *self,
                                  const MlMapType *mt,
                                  guint64         m,
                                  guint64         key,
                                  guint64        *slot_key,
                                  guint64        *slot_elem);
void      _ml_map_copy_value     (MlRuntime      *self,
                                  guint64         dst,
                                  guint64         src,
                                  const MlRtype  *type);
void      _ml_map_clear_value    (MlRuntime      *self,
                                  guint64         addr,
                                  const MlRtype  *type);
guint64   _ml_map_alloc          (MlRuntime      *self,
                                  MlMapType      *mt,
                                  guint64         size,
                                  const MlRtype  *type);

/* ml-map-table.c */
typedef struct _MlTable MlTable;

void      _ml_table_write_counts (MlRuntime      *self,
                                  const MlTable  *t);
guint64   _ml_map_new_groups     (MlRuntime      *self,
                                  MlMapType      *mt,
                                  guint64         n);
gboolean  _ml_table_new          (MlRuntime      *self,
                                  MlMapType      *mt,
                                  guint64         capacity,
                                  gint64          index,
                                  guint           local_depth,
                                  MlTable        *t);
gboolean  _ml_table_find         (MlRuntime      *self,
                                  const MlMapType *mt,
                                  const MlTable  *t,
                                  guint64         key,
                                  guint64         hash,
                                  guint64        *found_key,
                                  guint64        *found_elem);
void      _ml_table_unchecked_put_slot (MlRuntime *self,
                                  const MlMapType *mt,
                                  MlTable        *t,
                                  guint64         hash,
                                  guint64         key,
                                  guint64         elem);
guint64   _ml_table_put_slot_for_assign (MlRuntime *self,
                                  MlMapType      *mt,
                                  MlTable        *t,
                                  guint64         hash,
                                  guint64         key);
guint64   _ml_table_assign       (MlRuntime      *self,
                                  MlMapType      *mt,
                                  guint64         m,
                                  guint64         key,
                                  guint64         hash,
                                  gboolean       *again,
                                  gboolean       *oom);
gboolean  _ml_table_delete       (MlRuntime      *self,
                                  const MlMapType *mt,
                                  guint64         m,
                                  MlTable        *t,
                                  guint64         key,
                                  guint64         hash);
void      _ml_table_clear        (MlRuntime      *self,
                                  const MlMapType *mt,
                                  MlTable        *t);
guint64   _ml_group_fill_slot    (MlRuntime      *self,
                                  MlMapType      *mt,
                                  guint64         g,
                                  guint           i,
                                  guint64         key,
                                  guint64         hash);
void      _ml_group_clear_slot   (MlRuntime      *self,
                                  const MlMapType *mt,
                                  guint64         g,
                                  guint           i);

/* The bytes of the group control word. */
static inline guint64
_ml_ctrl_match_h2 (guint64 ctrl,
                   guint64 h2)
{
  guint64 v = ctrl ^ (ML_BITSET_LSB * h2);

  return ((v - ML_BITSET_LSB) & ~v) & ML_BITSET_MSB;
}

static inline guint64
_ml_ctrl_match_empty (guint64 ctrl)
{
  return (ctrl & ~(ctrl << 6)) & ML_BITSET_MSB;
}

static inline guint64
_ml_ctrl_match_empty_or_deleted (guint64 ctrl)
{
  return ctrl & ML_BITSET_MSB;
}

static inline guint64
_ml_ctrl_match_full (guint64 ctrl)
{
  return ~ctrl & ML_BITSET_MSB;
}

/* The slot of the first member of a bitset (one 0x80 byte per member). */
static inline guint
_ml_bitset_first (guint64 b)
{
  return (guint) __builtin_ctzll (b) >> 3;
}

static inline guint64
_ml_bitset_remove_first (guint64 b)
{
  return b & (b - 1);
}

static inline guint64
_ml_bitset_remove_below (guint64 b,
                         guint   i)
{
  return b & ~((G_GUINT64_CONSTANT (1) << (8 * i)) - 1);
}

static inline guint64
_ml_ctrl_get (guint64 ctrl,
              guint   i)
{
  return (ctrl >> (8 * i)) & 0xff;
}

/* The address of the key and of the element of slot @i of the group at @g (the slot's own
 * bytes: for an indirect key or element, where the pointer to it is). */
static inline guint64
_ml_group_key (const MlMapType *mt,
               guint64          g,
               guint            i)
{
  return g + 8 + i * mt->slot_size;
}

static inline guint64
_ml_group_elem (const MlMapType *mt,
                guint64          g,
                guint            i)
{
  return g + 8 + i * mt->slot_size + mt->elem_off;
}

/* A table of the directory, read into host variables. */
struct _MlTable
{
  guint64 addr;
  guint64 used;
  guint64 capacity;
  guint64 growth_left;
  guint   local_depth;
  gint64  index;
  guint64 groups;
  guint64 mask;                /* groups - 1 */
};

static inline void
_ml_table_read (MlRuntime *self,
                guint64    addr,
                MlTable   *t)
{
  guint64 w = _ml_load (self, addr);

  t->addr = addr;
  t->used = w & 0xffff;
  t->capacity = (w >> 16) & 0xffff;
  t->growth_left = (w >> 32) & 0xffff;
  t->local_depth = (w >> 48) & 0xff;
  t->index = (gint64) _ml_load (self, addr + ML_TABLE_INDEX);
  t->groups = _ml_load (self, addr + ML_TABLE_GROUPS);
  t->mask = _ml_load (self, addr + ML_TABLE_MASK);
}

static inline guint64
_ml_map_dir_len (MlRuntime *self,
                 guint64    m)
{
  return _ml_load (self, m + ML_MAP_DIR_LEN);
}

static inline guint
_ml_map_global_depth (MlRuntime *self,
                      guint64    m)
{
  return _ml_load (self, m + ML_MAP_DEPTHS) & 0xff;
}

static inline guint64
_ml_map_directory_at (MlRuntime *self,
                      guint64    m,
                      guint64    i)
{
  return _ml_load (self, _ml_load (self, m + ML_MAP_DIR_PTR) + 8 * i);
}

static inline guint64
_ml_h1 (guint64 hash)
{
  return hash >> 7;
}

static inline guint64
_ml_h2 (guint64 hash)
{
  return hash & 0x7f;
}

static inline void
_ml_group_set_ctrl (MlRuntime *self,
                    guint64    g,
                    guint      i,
                    guint64    c)
{
  guint64 w = _ml_load (self, g);

  w = (w & ~(G_GUINT64_CONSTANT (0xff) << (8 * i))) | (c << (8 * i));
  _ml_store (self, g, w);
}

/* The key and element a slot stands for: behind the slot's pointers when they are indirect. */
static inline guint64
_ml_slot_key (MlRuntime       *self,
              const MlMapType *mt,
              guint64          g,
              guint            i)
{
  guint64 k = _ml_group_key (mt, g, i);

  return mt->indirect_key ? _ml_load (self, k) : k;
}

static inline guint64
_ml_slot_elem (MlRuntime       *self,
               const MlMapType *mt,
               guint64          g,
               guint            i)
{
  guint64 e = _ml_group_elem (mt, g, i);

  return mt->indirect_elem ? _ml_load (self, e) : e;
}

static inline guint64
_ml_map_used (MlRuntime *self,
              guint64    m)
{
  return _ml_load (self, m);
}

static inline void
_ml_map_set_used (MlRuntime *self,
                  guint64    m,
                  guint64    used)
{
  _ml_store (self, m, used);
}

static inline guint64
_ml_map_seed (MlRuntime *self,
              guint64    m)
{
  return _ml_load (self, m + ML_MAP_SEED);
}

/* globalDepth, globalShift (64 - globalDepth), tombstonePossible. */
static inline void
_ml_map_set_depth (MlRuntime *self,
                   guint64    m,
                   guint      depth)
{
  guint64 w = _ml_load (self, m + ML_MAP_DEPTHS);

  w = (w & ~G_GUINT64_CONSTANT (0xffff)) | depth | ((guint64) (64 - depth) << 8);
  _ml_store (self, m + ML_MAP_DEPTHS, w);
}

static inline guint64
_ml_map_directory_index (MlRuntime *self,
                         guint64    m,
                         guint64    hash)
{
  guint shift;

  if (_ml_map_dir_len (self, m) == 1)
    return 0;
  shift = (_ml_load (self, m + ML_MAP_DEPTHS) >> 8) & 0xff;
  return hash >> (shift & 63);
}

static inline guint64
_ml_table_group (const MlMapType *mt,
                 const MlTable   *t,
                 guint64          i)
{
  return t->groups + i * mt->group_size;
}

static inline guint64
_ml_align_up_pow2 (guint64 n)
{
  if (n <= 1)
    return n;
  return G_GUINT64_CONSTANT (1) << (64 - __builtin_clzll (n - 1));
}

/* The table the directory holds at @i. */
static inline void
_ml_map_directory_table (MlRuntime *self,
                         guint64    m,
                         guint64    i,
                         MlTable   *t)
{
  _ml_table_read (self, _ml_map_directory_at (self, m, i), t);
}

G_END_DECLS
