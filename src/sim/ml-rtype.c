/* ml-rtype.c
 *
 * Copyright 2026 The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Go types with Go's layout rules (amd64): every field aligned to its own alignment, a struct
 * aligned to its largest field and padded to a multiple of that, a zero-size final field given
 * one byte of padding so that its address cannot point past the object.  Types are interned
 * by the name Go prints for them, so asking twice for `*int` gives the same id.
 *
 * A map value is one pointer to a runtime object of type "maps.Map", the header of Go 1.24+'s
 * Swiss tables (internal/runtime/maps); the registry also makes the other types the tables are
 * built of (maps.table, the directory's *maps.table, each map's group type), laid out as
 * cmd/compile/internal/reflectdata/map.go lays them out, so that the objects a map allocates
 * have Go's sizes and pointer masks.  ml-map.c works on them.
 */

#define G_LOG_DOMAIN "ml-rtype"

#include "ml-rtype-private.h"
#include "ml-rc-box-private.h"
#include "ml-model-check.h"

#include <string.h>

static const char *kind_names[ML_N_KINDS] = {
  "invalid", "bool", "int", "int8", "int16", "int32", "int64", "uint", "uint8", "uint16",
  "uint32", "uint64", "uintptr", "float32", "float64", "complex64", "complex128", "string",
  "unsafe.Pointer", "ptr", "slice", "array", "struct", "map", "chan", "func", "interface",
};

const char *
ml_kind_to_string (MlKind kind)
{
  g_return_val_if_fail (kind < ML_N_KINDS, "invalid");
  return kind_names[kind];
}

static void
type_free (gpointer data)
{
  MlRtype *t = data;

  g_free (t->fields);
  g_free (t->ptrmask);
  g_free (t);
}

static void
registry_clear (gpointer data)
{
  MlRtypeRegistry *self = data;

  g_clear_pointer (&self->types, g_ptr_array_unref);
  g_clear_pointer (&self->by_name, g_hash_table_unref);
  g_clear_pointer (&self->strings, g_string_chunk_free);
}

ML_DEFINE_ATOMIC_RC_BOXED_TYPE (MlRtypeRegistry, ml_rtype_registry, registry_clear)

static MlRtype *
type_alloc (MlKind  kind,
            guint64 size,
            guint   align)
{
  MlRtype *t = g_new0 (MlRtype, 1);

  t->kind = kind;
  t->size = size;
  t->align = align;
  t->n_words = (size + 7) / 8;
  t->ptrmask = g_new0 (guint64, (t->n_words + 63) / 64 + 1);
  return t;
}

static void
mask_set (MlRtype  *t,
          guint64  word)
{
  ml_model_check (word < t->n_words);
  t->ptrmask[word / 64] |= G_GUINT64_CONSTANT (1) << (word % 64);
  t->has_pointers = TRUE;
}

/* Copies the pointer words of @src into @dst at byte offset @offset. */
static void
mask_merge (MlRtype       *dst,
            const MlRtype *src,
            guint64       offset)
{
  ml_model_check (offset % 8 == 0 || !src->has_pointers);
  if (!src->has_pointers)
    return;
  for (guint64 w = 0; w < src->n_words; w++)
    if (ml_rtype_word_is_pointer (src, w))
      mask_set (dst, offset / 8 + w);
}

static const MlRtype *
type_register (MlRtypeRegistry *self,
               MlRtype         *t,
               const char     *name)
{
  t->name = g_string_chunk_insert_const (self->strings, name);
  t->id = self->types->len;
  g_ptr_array_add (self->types, t);
  g_hash_table_insert (self->by_name, t->name, t);
  return t;
}

MlRtypeRegistry *
ml_rtype_registry_new (void)
{
  MlRtypeRegistry *self = g_atomic_rc_box_new0 (MlRtypeRegistry);
  static const struct { MlKind kind; guint size; } basics[] = {
    { ML_KIND_BOOL, 1 }, { ML_KIND_INT, 8 }, { ML_KIND_INT8, 1 }, { ML_KIND_INT16, 2 },
    { ML_KIND_INT32, 4 }, { ML_KIND_INT64, 8 }, { ML_KIND_UINT, 8 }, { ML_KIND_UINT8, 1 },
    { ML_KIND_UINT16, 2 }, { ML_KIND_UINT32, 4 }, { ML_KIND_UINT64, 8 },
    { ML_KIND_UINTPTR, 8 }, { ML_KIND_FLOAT32, 4 }, { ML_KIND_FLOAT64, 8 },
    { ML_KIND_COMPLEX64, 8 }, { ML_KIND_COMPLEX128, 16 },
  };
  MlRtype *t;

  self->types = g_ptr_array_new_with_free_func (type_free);
  self->by_name = g_hash_table_new (g_str_hash, g_str_equal);
  self->strings = g_string_chunk_new (4096);

  /* Id 0 is the invalid type, so that 0 can mean "no type" in the runtime's tables. */
  type_register (self, type_alloc (ML_KIND_INVALID, 0, 1), "invalid type");

  for (guint i = 0; i < G_N_ELEMENTS (basics); i++)
    {
      guint align = basics[i].kind == ML_KIND_COMPLEX128 ? 8 :
                    basics[i].kind == ML_KIND_COMPLEX64 ? 4 : basics[i].size;
      t = type_alloc (basics[i].kind, basics[i].size, align);
      type_register (self, t, kind_names[basics[i].kind]);
    }

  /* string is {data *byte, len int}: the data word is a pointer. */
  t = type_alloc (ML_KIND_STRING, 16, 8);
  mask_set (t, 0);
  type_register (self, t, "string");

  t = type_alloc (ML_KIND_UNSAFE_POINTER, 8, 8);
  mask_set (t, 0);
  type_register (self, t, "unsafe.Pointer");

  /* byte and rune are aliases; Go prints them as uint8 and int32. */
  g_hash_table_insert (self->by_name, (gpointer) "byte",
                       (gpointer) ml_rtype_registry_basic (self, ML_KIND_UINT8));
  g_hash_table_insert (self->by_name, (gpointer) "rune",
                       (gpointer) ml_rtype_registry_basic (self, ML_KIND_INT32));

  ml_rtype_registry_interface (self, NULL);
  return self;
}

guint
ml_rtype_registry_get_n_types (MlRtypeRegistry *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->types->len;
}

const MlRtype *
ml_rtype_registry_get (MlRtypeRegistry *self,
                      guint           id)
{
  g_return_val_if_fail (self != NULL, NULL);
  if (id >= self->types->len)
    return NULL;
  return g_ptr_array_index (self->types, id);
}

const MlRtype *
ml_rtype_registry_lookup (MlRtypeRegistry *self,
                         const char     *name)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (name != NULL, NULL);
  return g_hash_table_lookup (self->by_name, name);
}

const MlRtype *
ml_rtype_registry_basic (MlRtypeRegistry *self,
                        MlKind          kind)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (kind >= ML_KIND_BOOL && kind <= ML_KIND_UNSAFE_POINTER, NULL);
  return ml_rtype_registry_lookup (self, kind_names[kind]);
}

/* The type called @name, made if it does not exist yet: a value of @size bytes whose first
 * word is a pointer, of @kind, with @elem and @key.  That is every type built from others
 * except arrays, structs and interfaces.  Takes @name. */
static const MlRtype *
reference_type (MlRtypeRegistry *self,
                char            *name,
                MlKind           kind,
                guint64          size,
                const MlRtype   *elem,
                const MlRtype   *key)
{
  g_autofree char *owned_name = name;
  const MlRtype *found;
  MlRtype *t;

  if ((found = ml_rtype_registry_lookup (self, name)))
    return found;
  t = type_alloc (kind, size, 8);
  t->elem = elem;
  t->key = key;
  mask_set (t, 0);
  return type_register (self, t, name);
}

/* A pointer, slice or channel type, which Go writes as @prefix followed by @elem. */
static const MlRtype *
elem_type (MlRtypeRegistry *self,
           const char      *prefix,
           MlKind           kind,
           guint64          size,
           const MlRtype   *elem)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (elem != NULL, NULL);

  return reference_type (self, g_strconcat (prefix, elem->name, NULL), kind, size, elem, NULL);
}

const MlRtype *
ml_rtype_registry_pointer_to (MlRtypeRegistry *self,
                             const MlRtype   *elem)
{
  return elem_type (self, "*", ML_KIND_POINTER, 8, elem);
}

const MlRtype *
ml_rtype_registry_slice_of (MlRtypeRegistry *self,
                           const MlRtype   *elem)
{
  /* {array unsafe.Pointer, len int, cap int} */
  return elem_type (self, "[]", ML_KIND_SLICE, 24, elem);
}

const MlRtype *
ml_rtype_registry_array_of (MlRtypeRegistry *self,
                           const MlRtype   *elem,
                           guint64         len)
{
  g_autofree char *name = NULL;
  const MlRtype *found;
  MlRtype *t;

  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (elem != NULL, NULL);
  g_return_val_if_fail (len == 0 || elem->size <= G_MAXUINT64 / len, NULL);

  name = g_strdup_printf ("[%" G_GUINT64_FORMAT "]%s", len, elem->name);
  if ((found = ml_rtype_registry_lookup (self, name)))
    return found;
  t = type_alloc (ML_KIND_ARRAY, elem->size * len, elem->align);
  t->elem = elem;
  t->len = len;
  if (elem->has_pointers)
    for (guint64 i = 0; i < len; i++)
      mask_merge (t, elem, i * elem->size);
  return type_register (self, t, name);
}

/* internal/runtime/maps.Map, the header a map value points to (48 bytes; dirPtr is its only
 * pointer). */
const MlRtype *
ml_rtype_registry_map_header (MlRtypeRegistry *self)
{
  const MlRtype *found;

  g_return_val_if_fail (self != NULL, NULL);

  if ((found = ml_rtype_registry_lookup (self, "maps.Map")))
    return found;
  {
    const MlRtype *t_u8 = ml_rtype_registry_basic (self, ML_KIND_UINT8);
    const MlRtype *t_u64 = ml_rtype_registry_basic (self, ML_KIND_UINT64);
    MlRtypeField fields[] = {
      { "used", t_u64, 0, FALSE },
      { "seed", ml_rtype_registry_basic (self, ML_KIND_UINTPTR), 0, FALSE },
      { "dirPtr", ml_rtype_registry_basic (self, ML_KIND_UNSAFE_POINTER), 0, FALSE },
      { "dirLen", ml_rtype_registry_basic (self, ML_KIND_INT), 0, FALSE },
      { "globalDepth", t_u8, 0, FALSE },
      { "globalShift", t_u8, 0, FALSE },
      { "writing", t_u8, 0, FALSE },
      { "tombstonePossible", ml_rtype_registry_basic (self, ML_KIND_BOOL), 0, FALSE },
      { "clearSeq", t_u64, 0, FALSE },
    };
    return ml_rtype_registry_struct (self, "maps.Map", fields, G_N_ELEMENTS (fields));
  }
}

/* internal/runtime/maps.table, one Swiss table of the directory (32 bytes). */
const MlRtype *
ml_rtype_registry_map_table (MlRtypeRegistry *self)
{
  const MlRtype *found;

  g_return_val_if_fail (self != NULL, NULL);

  if ((found = ml_rtype_registry_lookup (self, "maps.table")))
    return found;
  {
    const MlRtype *t_u16 = ml_rtype_registry_basic (self, ML_KIND_UINT16);
    MlRtypeField fields[] = {
      { "used", t_u16, 0, FALSE },
      { "capacity", t_u16, 0, FALSE },
      { "growthLeft", t_u16, 0, FALSE },
      { "localDepth", ml_rtype_registry_basic (self, ML_KIND_UINT8), 0, FALSE },
      { "index", ml_rtype_registry_basic (self, ML_KIND_INT), 0, FALSE },
      { "groups_data", ml_rtype_registry_basic (self, ML_KIND_UNSAFE_POINTER), 0, FALSE },
      { "groups_lengthMask", ml_rtype_registry_basic (self, ML_KIND_UINT64), 0, FALSE },
    };
    return ml_rtype_registry_struct (self, "maps.table", fields, G_N_ELEMENTS (fields));
  }
}

/* internal/runtime/maps.Iter, the iterator a range over a map keeps in its frame (96 bytes). */
const MlRtype *
ml_rtype_registry_map_iter (MlRtypeRegistry *self)
{
  const MlRtype *found;

  g_return_val_if_fail (self != NULL, NULL);

  if ((found = ml_rtype_registry_lookup (self, "maps.Iter")))
    return found;
  {
    const MlRtype *t_ptr = ml_rtype_registry_basic (self, ML_KIND_UNSAFE_POINTER);
    const MlRtype *t_u64 = ml_rtype_registry_basic (self, ML_KIND_UINT64);
    MlRtypeField fields[] = {
      { "key", t_ptr, 0, FALSE },
      { "elem", t_ptr, 0, FALSE },
      { "typ", t_ptr, 0, FALSE },
      { "m", ml_rtype_registry_pointer_to (self, ml_rtype_registry_map_header (self)), 0, FALSE },
      { "groupSlotOffset", t_u64, 0, FALSE },
      { "dirOffset", t_u64, 0, FALSE },
      { "clearSeq", t_u64, 0, FALSE },
      { "globalDepth", ml_rtype_registry_basic (self, ML_KIND_UINT8), 0, FALSE },
      { "dirIdx", ml_rtype_registry_basic (self, ML_KIND_INT), 0, FALSE },
      { "tab", ml_rtype_registry_pointer_to (self, ml_rtype_registry_map_table (self)), 0, FALSE },
      { "group", t_ptr, 0, FALSE },
      { "entryIdx", t_u64, 0, FALSE },
    };
    return ml_rtype_registry_struct (self, "maps.Iter", fields, G_N_ELEMENTS (fields));
  }
}

/**
 * ml_rtype_registry_map_group:
 * @map: a map type
 *
 * The group of @map, as reflectdata.MapGroupType makes it: struct { ctrl uint64; slots
 * [8]struct { key K; elem V } }, with *K or *V in the slot for a key or value over 128
 * bytes.  It is named "map.group[K]V" (and its slot "map.slot[K]V"), after the
 * "map.bucket[K]V" Go's runtime printed for the buckets of earlier versions.
 *
 * Returns: (transfer none) (nullable): the group, or NULL while the key or the value is a
 *   struct that is not complete yet
 */
const MlRtype *
ml_rtype_registry_map_group (MlRtypeRegistry *self,
                            const MlRtype   *map)
{
  g_autofree char *gname = NULL;
  g_autofree char *sname = NULL;
  const MlRtype *k, *v, *group;

  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (map != NULL && map->kind == ML_KIND_MAP, NULL);

  if (map->group != NULL)
    return map->group;
  if (map->key->incomplete || map->elem->incomplete)
    return NULL;
  k = map->key->size > ML_MAP_MAX_KEY_BYTES ? ml_rtype_registry_pointer_to (self, map->key)
                                            : map->key;
  v = map->elem->size > ML_MAP_MAX_ELEM_BYTES ? ml_rtype_registry_pointer_to (self, map->elem)
                                              : map->elem;
  gname = g_strdup_printf ("map.group[%s]%s", map->key->name, map->elem->name);
  sname = g_strdup_printf ("map.slot[%s]%s", map->key->name, map->elem->name);
  if ((group = ml_rtype_registry_lookup (self, gname)) == NULL)
    {
      MlRtypeField slot_fields[] = { { "key", k, 0, FALSE }, { "elem", v, 0, FALSE } };
      const MlRtype *slot = ml_rtype_registry_struct (self, sname, slot_fields, 2);
      MlRtypeField group_fields[] = {
        { "ctrl", ml_rtype_registry_basic (self, ML_KIND_UINT64), 0, FALSE },
        { "slots", ml_rtype_registry_array_of (self, slot, ML_MAP_GROUP_SLOTS), 0, FALSE },
      };

      group = ml_rtype_registry_struct (self, gname, group_fields, 2);
    }
  /* The registry owns both; linking them completes the map type, as reflectdata links
   * MapType().Group and the group's StructType().Map. */
  ((MlRtype *) group)->map = map;
  ((MlRtype *) map)->group = group;
  return group;
}

const MlRtype *
ml_rtype_registry_map_of (MlRtypeRegistry *self,
                         const MlRtype   *key,
                         const MlRtype   *value)
{
  g_autofree char *name = NULL;
  const MlRtype *t;

  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (key != NULL && value != NULL, NULL);

  name = g_strdup_printf ("map[%s]%s", key->name, value->name);
  if ((t = ml_rtype_registry_lookup (self, name)) != NULL)
    return t;
  /* The runtime's own types exist before the first map type. */
  ml_rtype_registry_map_iter (self);
  ml_rtype_registry_pointer_to (self, ml_rtype_registry_map_table (self));
  t = reference_type (self, g_steal_pointer (&name), ML_KIND_MAP, 8, value, key);
  ml_rtype_registry_map_group (self, t);
  return t;
}

const MlRtype *
ml_rtype_registry_chan_of (MlRtypeRegistry *self,
                          const MlRtype   *elem)
{
  return elem_type (self, "chan ", ML_KIND_CHAN, 8, elem);
}

/* @signature is the text Go prints after "func", e.g. "(int) string". */
const MlRtype *
ml_rtype_registry_func (MlRtypeRegistry *self,
                       const char     *signature)
{
  g_return_val_if_fail (self != NULL, NULL);

  return reference_type (self, g_strconcat ("func", signature ? signature : "()", NULL), ML_KIND_FUNC, 8,
                         NULL, NULL);
}

/* An interface value is two words, {itab or type, data}; both are pointers to the collector
 * (iface.go), although only the data word can point into the heap.  @name NULL gives the
 * empty interface, which Go prints as "interface {}". */
const MlRtype *
ml_rtype_registry_interface (MlRtypeRegistry *self,
                            const char     *name)
{
  const MlRtype *found;
  MlRtype *t;

  g_return_val_if_fail (self != NULL, NULL);

  if (name == NULL)
    name = "interface {}";
  if ((found = ml_rtype_registry_lookup (self, name)))
    return found;
  t = type_alloc (ML_KIND_INTERFACE, 16, 8);
  mask_set (t, 0);
  mask_set (t, 1);
  t->named = strcmp (name, "interface {}") != 0;
  return type_register (self, t, name);
}

/* Lays a struct's fields out by Go's rules (cmd/compile types/size.go) into @t. */
static void
struct_layout (MlRtypeRegistry *self,
               MlRtype         *t,
               const MlRtypeField  *fields,
               guint           n_fields)
{
  guint64 offset = 0;
  guint align = 1;

  t->kind = ML_KIND_STRUCT;
  t->n_fields = n_fields;
  t->fields = g_new0 (MlRtypeField, MAX (n_fields, 1));
  for (guint i = 0; i < n_fields; i++)
    {
      const MlRtype *ft = fields[i].type;

      g_return_if_fail (ft != NULL);
      offset = (offset + ft->align - 1) / ft->align * ft->align;
      t->fields[i] = fields[i];
      t->fields[i].name = g_string_chunk_insert_const (self->strings,
                                                       fields[i].name ? fields[i].name : ft->name);
      t->fields[i].offset = offset;
      offset += ft->size;
      align = MAX (align, ft->align);
    }
  /* A zero-size final field gets a byte of padding (cmd/compile types/size.go), so that
   * taking its address cannot produce a pointer past the end of the object. */
  if (n_fields > 0 && fields[n_fields - 1].type->size == 0 && offset > 0)
    offset++;
  t->size = (offset + align - 1) / align * align;
  t->align = align;
  t->n_words = (t->size + 7) / 8;
  t->ptrmask = g_new0 (guint64, (t->n_words + 63) / 64 + 1);
  for (guint i = 0; i < n_fields; i++)
    mask_merge (t, t->fields[i].type, t->fields[i].offset);
}

/* Lays out a struct.  @fields' offsets are ignored and computed; @name is the qualified name
 * ("main.Persona") or NULL for an anonymous struct, which gets the name Go prints. */
const MlRtype *
ml_rtype_registry_struct (MlRtypeRegistry *self,
                         const char     *name,
                         const MlRtypeField  *fields,
                         guint           n_fields)
{
  g_autofree char *anon = NULL;
  const MlRtype *found;
  MlRtype *t;

  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (n_fields == 0 || fields != NULL, NULL);

  if (name == NULL)
    {
      GString *s = g_string_new ("struct {");

      for (guint i = 0; i < n_fields; i++)
        {
          if (fields[i].embedded)
            g_string_append_printf (s, "%s %s", i ? ";" : "", fields[i].type->name);
          else
            g_string_append_printf (s, "%s %s %s", i ? ";" : "", fields[i].name,
                                    fields[i].type->name);
        }
      g_string_append (s, n_fields ? " }" : "}");
      anon = g_string_free (s, FALSE);
      name = anon;
    }

  if ((found = ml_rtype_registry_lookup (self, name)))
    return found;

  t = g_new0 (MlRtype, 1);
  t->named = anon == NULL;
  struct_layout (self, t, fields, n_fields);

  return type_register (self, t, name);
}

/**
 * ml_rtype_registry_declare_struct:
 * @name: the struct's name, e.g. "main.Nodo"
 *
 * Declares a named struct before its fields are known, so that its fields can point at it
 * (type Nodo struct { sig *Nodo }).  ml_rtype_registry_define_struct() completes it.
 *
 * Returns: (transfer none): the incomplete struct, or the complete one if it exists already
 */
const MlRtype *
ml_rtype_registry_declare_struct (MlRtypeRegistry *self,
                                 const char     *name)
{
  const MlRtype *found;
  MlRtype *t;

  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (name != NULL, NULL);

  if ((found = ml_rtype_registry_lookup (self, name)))
    return found;

  t = g_new0 (MlRtype, 1);
  t->kind = ML_KIND_STRUCT;
  t->named = TRUE;
  t->incomplete = TRUE;
  t->fields = g_new0 (MlRtypeField, 1);
  t->align = 1;
  t->ptrmask = g_new0 (guint64, 1);

  return type_register (self, t, name);
}

/**
 * ml_rtype_registry_define_struct:
 * @declared: a struct from ml_rtype_registry_declare_struct() that has no fields yet
 *
 * Gives a declared struct its fields, sizes and pointer mask.
 *
 * Returns: (transfer none): @declared, now complete
 */
const MlRtype *
ml_rtype_registry_define_struct (MlRtypeRegistry *self,
                                const MlRtype   *declared,
                                const MlRtypeField  *fields,
                                guint           n_fields)
{
  MlRtype *t = (MlRtype *) declared;

  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (declared != NULL && declared->kind == ML_KIND_STRUCT, NULL);
  g_return_val_if_fail (declared->n_fields == 0 && declared->size == 0, declared);
  g_return_val_if_fail (n_fields == 0 || fields != NULL, NULL);

  /* The type is owned by this registry; completing it in place keeps every pointer type
   * already made to it valid. */
  g_free (t->fields);
  g_free (t->ptrmask);
  struct_layout (self, t, fields, n_fields);
  t->incomplete = FALSE;

  return t;
}

gboolean
ml_rtype_word_is_pointer (const MlRtype *type,
                         guint64       word)
{
  g_return_val_if_fail (type != NULL, FALSE);
  if (word >= type->n_words)
    return FALSE;
  return (type->ptrmask[word / 64] >> (word % 64)) & 1;
}

const MlRtypeField *
ml_rtype_find_field (const MlRtype *type,
                    const char   *name)
{
  g_return_val_if_fail (type != NULL, NULL);
  g_return_val_if_fail (name != NULL, NULL);
  for (guint i = 0; i < type->n_fields; i++)
    if (strcmp (type->fields[i].name, name) == 0)
      return &type->fields[i];
  return NULL;
}
