/* ml-snapshot-maps.c
 *
 * Copyright 2026 The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The maps of a snapshot: every maps.Map (a heap object, or a frame slot for a map that did
 * not escape) walked as Go's maps lay it out, its directory, tables and groups with their
 * control words, and its entries in the order they are stored, their keys' and values' bytes
 * copied.  Every heap object a map is made of is marked with the map, so that the views can
 * draw a map as one table of keys and values and still show its structures when asked.  This
 * is the one place that walks a map's groups for drawing; ml-map.c does the same for the
 * program (ml_runtime_map_entries()).
 */

#define G_LOG_DOMAIN "ml-snapshot"

#include "ml-snapshot-private.h"
#include "ml-heap-private.h"
#include "ml-map-private.h"

#include <string.h>

/* A snapshot copies the keys and values of maps within this many bytes in all. */
#define MAP_BYTES_TOTAL (4 << 20)
#define MAX_CTRLS_PER_TABLE 128

typedef struct
{
  Builder *b;
  GArray  *maps;              /* MlSnapMap */
  GArray  *tables;            /* MlSnapMapTable */
  GArray  *entries;           /* MlSnapMapEntry */
  GArray  *ctrls;             /* guint64 */
  guint64  bytes;             /* of keys and values copied so far */
} MapBuilder;

static gint64
object_at (MlSnapshot *snap,
           guint64     addr)
{
  return addr != 0 ? ml_snapshot_find_object (snap, addr) : -1;
}

/* Marks the heap object at @addr as part of map @index; its slot counts in the map's bytes. */
static void
mark (MapBuilder *mb,
      MlSnapMap  *m,
      guint       index,
      guint64     addr)
{
  gint64 o = object_at (mb->b->snap, addr);

  if (o < 0 || mb->b->snap->objects[o].map == index + 1)
    return;
  mb->b->snap->objects[o].map = index + 1;
  m->bytes += mb->b->snap->objects[o].size;
  m->n_objects++;
}

/* The type of the value at @addr: its heap object's, or the frame slot's that holds it. */
static const MlRtype *
type_at (MapBuilder *mb,
         guint64     addr)
{
  gint64 o = object_at (mb->b->snap, addr);

  if (o >= 0)
    return mb->b->snap->objects[o].type;
  for (guint i = 0; i < mb->b->slots->len; i++)
    {
      const MlSnapSlot *slot = &g_array_index (mb->b->slots, MlSnapSlot, i);

      if (slot->addr == addr)
        return slot->type;
    }
  return NULL;
}

/* The map type a group type belongs to: linked by the registry, or by name for a group the
 * compiler made for a frame ("map.group[K]V" is the group of "map[K]V"). */
static const MlRtype *
map_of_group (MapBuilder    *mb,
              const MlRtype *group)
{
  g_autofree char *name = NULL;

  if (group == NULL)
    return NULL;
  if (group->map != NULL)
    return group->map;
  if (!g_str_has_prefix (group->name, "map.group["))
    return NULL;
  name = g_strconcat ("map", group->name + strlen ("map.group"), NULL);
  return ml_rtype_registry_lookup (mb->b->rt->types, name);
}

static guint64
copy_bytes (MapBuilder *mb,
            guint64     addr,
            guint64     size)
{
  guint64 offset = mb->b->values->len;
  guint8 buf[512];

  while (size > 0)
    {
      gsize n = MIN (size, sizeof buf);

      ml_runtime_read (mb->b->rt, addr, buf, n);
      g_byte_array_append (mb->b->values, buf, n);
      addr += n;
      size -= n;
    }
  return offset;
}

/* The groups of one table (or of a small map), their control words, and the entries they
 * hold; the objects of keys and values kept apart are marked. */
static void
walk_groups (MapBuilder      *mb,
             MlSnapMap       *m,
             guint            index,
             const MlMapType *mt,
             MlSnapMapTable  *t)
{
  MlRuntime *rt = mb->b->rt;

  t->first_ctrl = mb->ctrls->len;
  for (guint gi = 0; gi < t->n_groups; gi++)
    {
      guint64 g = t->groups + gi * mt->group_size;
      guint64 ctrl = _ml_load (rt, g);
      guint64 full = _ml_ctrl_match_full (ctrl);

      if (gi < MAX_CTRLS_PER_TABLE)
        g_array_append_val (mb->ctrls, ctrl);
      while (full != 0)
        {
          guint i = _ml_bitset_first (full);
          guint64 k = _ml_group_key (mt, g, i), e = _ml_group_elem (mt, g, i);
          MlSnapMapEntry entry = { 0 };

          full = _ml_bitset_remove_first (full);
          if (mt->indirect_key)
            {
              k = _ml_load (rt, k);
              mark (mb, m, index, k);
            }
          if (mt->indirect_elem)
            {
              e = _ml_load (rt, e);
              mark (mb, m, index, e);
            }
          if (m->n_entries >= ML_SNAPSHOT_MAP_ENTRIES ||
              mb->bytes + mt->key->size + mt->elem->size > MAP_BYTES_TOTAL)
            continue;
          entry.key_addr = k;
          entry.elem_addr = e;
          entry.key_offset = copy_bytes (mb, k, mt->key->size);
          entry.elem_offset = copy_bytes (mb, e, mt->elem->size);
          entry.table = m->n_tables;
          entry.slot = gi * ML_MAP_GROUP_SLOTS + i;
          mb->bytes += mt->key->size + mt->elem->size;
          g_array_append_val (mb->entries, entry);
          m->n_entries++;
        }
    }
  t->n_ctrls = mb->ctrls->len - t->first_ctrl;
}

/* One map, from its header at @header. */
static void
add_map (MapBuilder *mb,
         guint64     header,
         gboolean    in_frame)
{
  MlRuntime *rt = mb->b->rt;
  guint index = mb->maps->len;
  MlSnapMap m = { 0 };
  guint64 dir = _ml_load (rt, header + ML_MAP_DIR_PTR);
  MlMapType mt;

  m.header = header;
  m.in_frame = in_frame;
  m.len = _ml_load (rt, header);
  m.first_table = mb->tables->len;
  m.first_entry = mb->entries->len;
  if (!in_frame)
    mark (mb, &m, index, header);
  m.dir_len = _ml_map_dir_len (rt, header);
  if (dir != 0 && m.dir_len == 0)
    m.type = map_of_group (mb, type_at (mb, dir));
  else if (dir != 0)
    {
      m.directory = dir;
      m.global_depth = _ml_map_global_depth (rt, header);
      m.type = map_of_group (mb, type_at (mb, _ml_load (rt, _ml_load (rt, dir) + ML_TABLE_GROUPS)));
    }

  if (m.type != NULL && _ml_map_type_init (rt, m.type, &mt))
    {
      guint64 last = 0;

      if (m.dir_len == 0)
        {
          MlSnapMapTable t = { 0, dir, 1, ML_MAP_GROUP_SLOTS, m.len, ML_MAP_GROUP_SLOTS - m.len, 0, 0, 0 };

          mark (mb, &m, index, dir);
          walk_groups (mb, &m, index, &mt, &t);
          g_array_append_val (mb->tables, t);
          m.n_tables = 1;
        }
      else
        mark (mb, &m, index, dir);
      for (guint64 d = 0; d < m.dir_len; d++)
        {
          MlTable tab;
          MlSnapMapTable t = { 0 };

          _ml_table_read (rt, _ml_load (rt, dir + 8 * d), &tab);
          if (tab.addr == last)
            continue;
          last = tab.addr;
          t.addr = tab.addr;
          t.groups = tab.groups;
          t.n_groups = tab.mask + 1;
          t.capacity = tab.capacity;
          t.used = tab.used;
          t.growth_left = tab.growth_left;
          t.local_depth = tab.local_depth;
          mark (mb, &m, index, tab.addr);
          mark (mb, &m, index, tab.groups);
          walk_groups (mb, &m, index, &mt, &t);
          g_array_append_val (mb->tables, t);
          m.n_tables++;
        }
    }
  g_array_append_val (mb->maps, m);
}

/* A range loop's iterator holds on to the table and groups it walks, which may have been
 * replaced since: they are still that map's. */
static void
mark_iterators (MapBuilder    *mb,
                const MlRtype *iter)
{
  for (guint i = 0; iter != NULL && i < mb->b->slots->len; i++)
    {
      const MlSnapSlot *slot = &g_array_index (mb->b->slots, MlSnapSlot, i);
      guint64 m, tab;

      if (slot->type != iter)
        continue;
      m = _ml_load (mb->b->rt, slot->addr + ML_ITER_M);
      tab = _ml_load (mb->b->rt, slot->addr + ML_ITER_TAB);
      for (guint k = 0; m != 0 && k < mb->maps->len; k++)
        {
          MlSnapMap *map = &g_array_index (mb->maps, MlSnapMap, k);

          if (map->header != m)
            continue;
          mark (mb, map, k, tab);
          if (tab != 0)
            mark (mb, map, k, _ml_load (mb->b->rt, tab + ML_TABLE_GROUPS));
          mark (mb, map, k, _ml_load (mb->b->rt, slot->addr + ML_ITER_GROUP));
        }
    }
}

/* A map that has no group yet says nothing of its type: the variable that holds it does. */
static void
type_from_roots (MapBuilder *mb)
{
  MlSnapshot *snap = mb->b->snap;

  for (guint k = 0; k < mb->maps->len; k++)
    {
      MlSnapMap *map = &g_array_index (mb->maps, MlSnapMap, k);

      for (guint i = 0; map->type == NULL && i < mb->b->slots->len + snap->n_globals; i++)
        {
          const MlSnapSlot *slot = i < mb->b->slots->len
                                   ? &g_array_index (mb->b->slots, MlSnapSlot, i)
                                   : &snap->globals[i - mb->b->slots->len];
          guint64 v;

          if (slot->type->kind != ML_KIND_MAP)
            continue;
          memcpy (&v, mb->b->values->data + slot->value_offset, 8);
          if (v == map->header)
            map->type = slot->type;
        }
    }
}

void
_ml_snapshot_maps (Builder *b)
{
  MlSnapshot *snap = b->snap;
  const MlRtype *header = ml_rtype_registry_lookup (b->rt->types, "maps.Map");
  MapBuilder mb = { b, NULL, NULL, NULL, NULL, 0 };

  /* A program without maps has no maps.Map type. */
  if (header == NULL)
    return;
  mb.maps = g_array_new (FALSE, TRUE, sizeof (MlSnapMap));
  mb.tables = g_array_new (FALSE, TRUE, sizeof (MlSnapMapTable));
  mb.entries = g_array_new (FALSE, TRUE, sizeof (MlSnapMapEntry));
  mb.ctrls = g_array_new (FALSE, TRUE, sizeof (guint64));

  for (guint i = 0; i < snap->n_objects; i++)
    if (snap->objects[i].type == header && snap->objects[i].colour != ML_COLOUR_FREED)
      add_map (&mb, snap->objects[i].addr, FALSE);
  for (guint i = 0; i < b->slots->len; i++)
    if (g_array_index (b->slots, MlSnapSlot, i).type == header)
      add_map (&mb, g_array_index (b->slots, MlSnapSlot, i).addr, TRUE);
  mark_iterators (&mb, ml_rtype_registry_lookup (b->rt->types, "maps.Iter"));
  if (snap->n_globals > 0 || b->slots->len > 0)
    type_from_roots (&mb);

  snap->n_maps = mb.maps->len;
  snap->maps = (MlSnapMap *) (gpointer) g_array_free (mb.maps, FALSE);
  snap->n_map_tables = mb.tables->len;
  snap->map_tables = (MlSnapMapTable *) (gpointer) g_array_free (mb.tables, FALSE);
  snap->n_map_entries = mb.entries->len;
  snap->map_entries = (MlSnapMapEntry *) (gpointer) g_array_free (mb.entries, FALSE);
  snap->n_map_ctrls = mb.ctrls->len;
  snap->map_ctrls = (guint64 *) (gpointer) g_array_free (mb.ctrls, FALSE);
}
