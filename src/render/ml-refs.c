/* ml-refs.c
 *
 * Copyright 2026 The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What the values of a snapshot point at: how long the array behind each slice header is,
 * which string literals a string header uses, the order the literals lie in, and which
 * object a pointer points into.  The model
 * only knows the slot an array was given, so a picture that wants to name an array's length
 * asks here; the walk over every value is made once per snapshot, on first use.
 */

#include "config.h"

#include "ml-refs-private.h"
#include "ml-object-names-private.h"
#include "ml-value.h"

/* What the values of a snapshot say about the memory they point at: how long the array
 * each slice header runs into is (the model only knows the slot an array was given, which
 * the size classes round up: make([]int, 5) gets a 48-byte slot), and which rodata strings a
 * string header points at.  Worked out on first use, as most pictures need neither. */
struct _MlRefs
{
  const MlSnapshot *snapshot;
  gboolean          ready;
  GHashTable       *lengths;   /* object addr → elements the headers reach, both guint64 */
  GHashTable       *in_use;    /* object addr → elements within the headers' lengths */
  GHashTable       *strings;   /* rodata addr of a string some header points at */
  char            **paths;     /* each object's Go path (ml_object_paths_new()), or NULL */
};

static void
note_most (GHashTable *table,
           guint64     object,
           guint64     length)
{
  guint64 *old = g_hash_table_lookup (table, &object);

  if (old == NULL)
    {
      guint64 *key = g_new (guint64, 1);

      *key = object;
      old = g_new0 (guint64, 1);
      g_hash_table_insert (table, key, old);
    }
  *old = MAX (*old, length);
}

static void
note_length (MlRefs  *refs,
             guint64  object,
             guint64  length)
{
  note_most (refs->lengths, object, length);
}

/* Records the slice and string headers in one value of @type at @bytes (@avail of them
 * copied), through structs and arrays. */
static void
walk_value (MlRefs        *refs,
            const MlRtype *type,
            const guint8  *bytes,
            guint64        avail,
            guint          depth)
{
  const MlSnapshot *snapshot = refs->snapshot;

  if (type == NULL || !type->has_pointers || type->size > avail || depth > 16)
    return;

  if (type->kind == ML_KIND_SLICE)
    {
      guint64 ptr = ml_value_read_word (bytes, 0);
      guint64 cap = ml_value_read_word (bytes, 16);
      gint64 o = ptr != 0 && type->elem != NULL && type->elem->size > 0 ? ml_snapshot_find_object (snapshot, ptr) : -1;

      /* Only an array of the header's own elements: a length counts elements. */
      if (o >= 0 && ptr >= snapshot->objects[o].addr && snapshot->objects[o].type != NULL &&
          snapshot->objects[o].type->size == type->elem->size)
        {
          guint64 first = (ptr - snapshot->objects[o].addr) / type->elem->size;

          note_length (refs, snapshot->objects[o].addr, first + cap);
          note_most (refs->in_use, snapshot->objects[o].addr, first + ml_value_read_word (bytes, 8));
        }
    }
  else if (type->kind == ML_KIND_STRING)
    {
      guint64 ptr = ml_value_read_word (bytes, 0);
      const MlSnapString *s = ptr != 0 ? ml_value_find_string (snapshot, ptr) : NULL;

      if (s != NULL)
        g_hash_table_add (refs->strings, GSIZE_TO_POINTER ((gsize)s->addr));
    }
  else if (type->kind == ML_KIND_STRUCT)
    {
      for (guint i = 0; i < type->n_fields; i++)
        walk_value (refs, type->fields[i].type, bytes + type->fields[i].offset, avail - type->fields[i].offset,
                    depth + 1);
    }
  else if (type->kind == ML_KIND_ARRAY)
    {
      for (guint64 i = 0; type->elem != NULL && type->elem->size > 0 && i < type->len &&
                          (i + 1) * type->elem->size <= avail; i++)
        walk_value (refs, type->elem, bytes + i * type->elem->size, avail - i * type->elem->size, depth + 1);
    }
}

static void
walk_slot (MlRefs           *refs,
           const MlSnapSlot *slot)
{
  if (slot->type != NULL && slot->value_offset + slot->type->size <= refs->snapshot->n_values)
    walk_value (refs, slot->type, refs->snapshot->values + slot->value_offset, slot->type->size, 0);
}

static void
refs_ensure (MlRefs *refs)
{
  const MlSnapshot *snapshot = refs->snapshot;

  if (refs->ready)
    return;
  refs->ready = TRUE;

  for (guint i = 0; i < snapshot->n_globals; i++)
    walk_slot (refs, &snapshot->globals[i]);
  for (guint i = 0; i < snapshot->n_slots; i++)
    walk_slot (refs, &snapshot->slots[i]);
  /* A heap object holds one or more elements of its type, as far as the snapshot copied
   * them. */
  for (guint i = 0; i < snapshot->n_objects; i++)
    {
      const MlSnapObject *o = &snapshot->objects[i];
      guint64 avail = o->value_size;

      if (o->type == NULL || !o->type->has_pointers || o->type->size == 0 || o->colour == ML_COLOUR_FREE ||
          o->value_offset + avail > snapshot->n_values)
        continue;
      for (guint64 off = 0; off + o->type->size <= avail; off += o->type->size)
        walk_value (refs, o->type, snapshot->values + o->value_offset + off, avail - off, 0);
    }
  /* The array an append just left behind: no header points at it any more, but the append
   * copied all of it when its elements fill its slot (a length is at most the capacity, which
   * the slot bounds). */
  for (guint e = 0; e < snapshot->n_events; e++)
    {
      const MlEvent *ev = &snapshot->events[e];
      gint64 o = ev->kind == ML_EVENT_GROWSLICE && ev->addr != 0 ? ml_snapshot_find_object (snapshot, ev->addr) : -1;
      const MlSnapObject *old = o >= 0 ? &snapshot->objects[o] : NULL;

      if (old != NULL && old->addr == ev->addr && old->type != NULL && old->type->size > 0 &&
          ev->value == ml_object_payload (old))
        note_length (refs, old->addr, ev->value / old->type->size);
    }
}

/**
 * ml_refs_new:
 *
 * Returns: (transfer full): what @snapshot's headers point at, worked out when first asked
 */
MlRefs *
ml_refs_new (const MlSnapshot *snapshot)
{
  MlRefs *refs = g_new0 (MlRefs, 1);

  refs->snapshot = snapshot;
  refs->lengths = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
  refs->in_use = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
  refs->strings = g_hash_table_new (g_direct_hash, g_direct_equal);

  return refs;
}

void
ml_refs_free (MlRefs *refs)
{
  if (refs == NULL)
    return;
  g_hash_table_unref (refs->lengths);
  g_hash_table_unref (refs->in_use);
  g_hash_table_unref (refs->strings);
  if (refs->paths != NULL)
    for (guint i = 0; i < refs->snapshot->n_objects; i++)
      g_free (refs->paths[i]);
  g_free (refs->paths);
  g_free (refs);
}

/**
 * ml_refs_object_path:
 * @object: one of the snapshot's objects
 *
 * Returns: (nullable): the Go path that reaches @object ("a.izq", "lista[2]"), worked out for
 *   every object on first use; %NULL when no root reaches it
 */
const char *
ml_refs_object_path (MlRefs             *refs,
                     const MlSnapObject *object)
{
  g_return_val_if_fail (refs != NULL, NULL);

  if (object < refs->snapshot->objects || object >= refs->snapshot->objects + refs->snapshot->n_objects)
    return NULL;
  if (refs->paths == NULL)
    refs->paths = ml_object_paths_new (refs->snapshot);

  return refs->paths[object - refs->snapshot->objects];
}

/**
 * ml_refs_get_snapshot:
 *
 * Returns: (transfer none): the snapshot @refs looks into
 */
const MlSnapshot *
ml_refs_get_snapshot (MlRefs *refs)
{
  g_return_val_if_fail (refs != NULL, NULL);

  return refs->snapshot;
}

/**
 * ml_refs_array_length:
 *
 * Returns: how many elements the slice headers of the snapshot reach in the array at
 *   @object_addr, or 0 when no header points into it
 */
guint64
ml_refs_array_length (MlRefs  *refs,
                      guint64  object_addr)
{
  guint64 *n;

  g_return_val_if_fail (refs != NULL, 0);

  refs_ensure (refs);
  n = g_hash_table_lookup (refs->lengths, &object_addr);

  return n != NULL ? *n : 0;
}

/**
 * ml_refs_array_in_use:
 *
 * Returns: how many elements of the array at @object_addr are within the length of a slice
 *   header of the snapshot (the rest, up to ml_refs_array_length(), are only within a
 *   capacity), or 0 when no header points into it
 */
guint64
ml_refs_array_in_use (MlRefs  *refs,
                      guint64  object_addr)
{
  guint64 *n;

  g_return_val_if_fail (refs != NULL, 0);

  refs_ensure (refs);
  n = g_hash_table_lookup (refs->in_use, &object_addr);

  return n != NULL ? *n : 0;
}

/**
 * ml_refs_string_used:
 *
 * Returns: whether a string header of the snapshot points at the literal at @string_addr
 */
gboolean
ml_refs_string_used (MlRefs  *refs,
                     guint64  string_addr)
{
  g_return_val_if_fail (refs != NULL, FALSE);

  refs_ensure (refs);

  return g_hash_table_contains (refs->strings, GSIZE_TO_POINTER ((gsize)string_addr));
}


/* An array of the snapshot's strings or objects, each of which starts with its address. */
typedef struct
{
  const guint8 *items;
  gsize         item_size;
} ByAddress;

G_STATIC_ASSERT (G_STRUCT_OFFSET (MlSnapString, addr) == 0);
G_STATIC_ASSERT (G_STRUCT_OFFSET (MlSnapObject, addr) == 0);

static int
compare_addr (gconstpointer a,
              gconstpointer b,
              gpointer      user_data)
{
  const ByAddress *by = user_data;
  guint64 x = *(const guint64 *)(gconstpointer)(by->items + *(const guint *)a * by->item_size);
  guint64 y = *(const guint64 *)(gconstpointer)(by->items + *(const guint *)b * by->item_size);

  return x < y ? -1 : x > y;
}

/* Sorts the @n indices of @order by the addresses of the @items they index. */
static void
sort_by_address (guint         *order,
                 guint          n,
                 gconstpointer  items,
                 gsize          item_size)
{
  ByAddress by = { items, item_size };

  g_sort_array (order, n, sizeof (guint), compare_addr, &by);
}

/**
 * ml_strings_by_address:
 *
 * Returns: (transfer full): the indices of the snapshot's string literals in address order,
 *   which is the order the compiler laid them out in, and the same in every run
 */
guint *
ml_strings_by_address (const MlSnapshot *snapshot)
{
  guint *order = g_new (guint, MAX (snapshot->n_strings, 1));

  for (guint i = 0; i < snapshot->n_strings; i++)
    order[i] = i;
  sort_by_address (order, snapshot->n_strings, snapshot->strings, sizeof (MlSnapString));

  return order;
}

/**
 * ml_object_index_init:
 * @live_only: leave out the free slots (ML_COLOUR_FREE)
 *
 * Sorts the objects of @snapshot by address, for ml_object_index_find().  Free it with
 * ml_object_index_clear().
 */
void
ml_object_index_init (MlObjectIndex    *index,
                      const MlSnapshot *snapshot,
                      gboolean          live_only)
{
  index->snapshot = snapshot;
  index->n = 0;
  index->by_addr = g_new (guint, MAX (snapshot->n_objects, 1));
  for (guint i = 0; i < snapshot->n_objects; i++)
    if (!live_only || snapshot->objects[i].colour != ML_COLOUR_FREE)
      index->by_addr[index->n++] = i;
  sort_by_address (index->by_addr, index->n, snapshot->objects, sizeof (MlSnapObject));
}

void
ml_object_index_clear (MlObjectIndex *index)
{
  g_clear_pointer (&index->by_addr, g_free);
  index->n = 0;
}

/**
 * ml_object_index_find:
 *
 * Returns: the index of the object whose memory holds @addr (interior pointers count, as for
 *   the collector), or -1
 */
gint
ml_object_index_find (const MlObjectIndex *index,
                      guint64              addr)
{
  guint lo = 0, hi = index->n;

  while (lo < hi)
    {
      guint mid = (lo + hi) / 2;

      if (index->snapshot->objects[index->by_addr[mid]].addr <= addr)
        lo = mid + 1;
      else
        hi = mid;
    }
  if (lo > 0)
    {
      const MlSnapObject *o = &index->snapshot->objects[index->by_addr[lo - 1]];

      if (addr >= o->addr && addr < o->addr + MAX (o->size, 1))
        return (gint)index->by_addr[lo - 1];
    }

  return -1;
}
