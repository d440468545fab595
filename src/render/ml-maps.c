/* ml-maps.c
 *
 * Copyright 2026 The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What the views need to draw a map.  A snapshot walks every map (sim's ml-snapshot-maps.c)
 * and marks the objects each is made of; here, at the program's level of detail, those
 * objects fold into the map's header, which the views draw as a table of keys and values:
 * the pointers its entries hold leave from the table, and the directory, tables and groups
 * are not drawn.  The entries come in the order fmt prints them (internal/fmtsort), so that
 * the table reads as fmt.Println(m) does and rows do not jump when the map grows.  Shared by
 * the memory map, the heap graph and the values fmt's %v prints.
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "ml-maps-private.h"
#include "ml-names.h"
#include "ml-object-names-private.h"
#include "ml-value.h"

struct _MlMapFold
{
  const MlSnapshot *snapshot;
  gboolean          active;
  gint             *header_of;    /* per map: its header's object, -1 for one in a frame */
  GArray          **targets;      /* per map: gint objects its values point at */
  GArray          **text_targets; /* per map: gint objects only its keys (or string values,
                                   * which the table prints) point at */
  guint8           *text;         /* per object: a key's or a printed value's bytes */
};

static const MlSnapMap *
map_of_object (const MlSnapshot *snapshot,
               guint             object)
{
  guint m = snapshot->objects[object].map;

  return m != 0 && m <= snapshot->n_maps ? &snapshot->maps[m - 1] : NULL;
}

static void
add_target (GArray *targets,
            gint    object)
{
  for (guint i = 0; i < targets->len; i++)
    if (g_array_index (targets, gint, i) == object)
      return;
  g_array_append_val (targets, object);
}

/* Whether the pointer at @offset of @object, a part of @map, is printed as text in the
 * map's table (a key's, or a string value's) rather than drawn as an arrow. */
static gboolean
printed_word (const MlSnapMap    *map,
              const MlSnapObject *object,
              guint64             offset)
{
  const MlRtype *group = map->type != NULL ? map->type->group : NULL;
  const MlRtype *slot;
  guint64 in_slot;

  if (map->type == NULL)
    return FALSE;
  if (object->type == map->type->key && map->type->key->size > 128)
    return TRUE;
  if (object->type == map->type->elem && map->type->elem->size > 128)
    return FALSE;
  if (group == NULL || object->type != group)
    return FALSE;
  slot = group->fields[1].type->elem;
  offset %= group->size;
  if (offset < 8 || slot->size == 0)
    return FALSE;
  in_slot = (offset - 8) % slot->size;
  return in_slot < slot->fields[1].offset || map->type->elem->kind == ML_KIND_STRING;
}

/* What a map in a frame points at from its group there, read from its entries. */
static void
frame_group_targets (MlMapFold       *fold,
                     const MlSnapMap *map,
                     guint            index)
{
  const MlSnapshot *snapshot = fold->snapshot;
  const MlRtype *types[2];

  if (map->type == NULL)
    return;
  types[0] = map->type->key;
  types[1] = map->type->elem;
  for (guint e = 0; e < map->n_entries; e++)
    {
      const MlSnapMapEntry *entry = &snapshot->map_entries[map->first_entry + e];

      for (guint k = 0; k < 2; k++)
        {
          const guint8 *bytes = k == 0 ? ml_map_entry_key (snapshot, entry)
                                       : ml_map_entry_elem (snapshot, entry);
          gboolean printed = k == 0 || types[1]->kind == ML_KIND_STRING;

          for (guint64 w = 0; types[k]->has_pointers && w < types[k]->n_words; w++)
            if (ml_rtype_word_is_pointer (types[k], w))
              {
                gint64 o = ml_snapshot_find_object (snapshot, ml_value_read_word (bytes, w * 8));
                gint owner = ml_map_fold_owner (fold, (gint) o);

                if (o < 0 || owner < 0)
                  continue;
                add_target (printed ? fold->text_targets[index] : fold->targets[index], owner);
                if (printed)
                  fold->text[owner] = TRUE;
              }
        }
    }
}

/**
 * ml_map_fold_new:
 * @detail: at %ML_DETAIL_PROGRAM maps fold into tables; at %ML_DETAIL_RUNTIME nothing folds
 *
 * Returns: (transfer full): how the snapshot's maps fold, for one layout
 */
MlMapFold *
ml_map_fold_new (const MlSnapshot *snapshot,
                 MlDetail          detail)
{
  MlMapFold *fold = g_new0 (MlMapFold, 1);

  fold->snapshot = snapshot;
  fold->active = detail == ML_DETAIL_PROGRAM && snapshot->n_maps > 0;
  if (!fold->active)
    return fold;

  fold->header_of = g_new (gint, snapshot->n_maps);
  fold->targets = g_new0 (GArray *, snapshot->n_maps);
  fold->text_targets = g_new0 (GArray *, snapshot->n_maps);
  fold->text = g_new0 (guint8, MAX (snapshot->n_objects, 1));
  for (guint m = 0; m < snapshot->n_maps; m++)
    {
      fold->header_of[m] = snapshot->maps[m].in_frame ? -1
                           : (gint) ml_snapshot_find_object (snapshot, snapshot->maps[m].header);
      fold->targets[m] = g_array_new (FALSE, FALSE, sizeof (gint));
      fold->text_targets[m] = g_array_new (FALSE, FALSE, sizeof (gint));
    }

  /* What the objects of each map point at, outside the map: its entries' pointers. */
  for (guint i = 0; i < snapshot->n_objects; i++)
    {
      const MlSnapObject *o = &snapshot->objects[i];
      const MlSnapMap *map = map_of_object (snapshot, i);

      if (map == NULL)
        continue;
      for (guint e = 0; e < o->n_edges; e++)
        {
          const MlSnapEdge *edge = &snapshot->edges[o->first_edge + e];
          gint owner = ml_map_fold_owner (fold, (gint) edge->to);
          gboolean printed;

          if (edge->to < 0 || owner < 0 || owner == fold->header_of[o->map - 1] ||
              snapshot->objects[edge->to].map == o->map)
            continue;
          printed = printed_word (map, o, edge->offset);
          add_target (printed ? fold->text_targets[o->map - 1] : fold->targets[o->map - 1], owner);
          if (printed)
            fold->text[owner] = TRUE;
        }
    }
  for (guint m = 0; m < snapshot->n_maps; m++)
    if (snapshot->maps[m].in_frame && snapshot->maps[m].dir_len == 0)
      frame_group_targets (fold, &snapshot->maps[m], m);
  return fold;
}

void
ml_map_fold_free (MlMapFold *fold)
{
  if (fold == NULL)
    return;
  for (guint m = 0; fold->targets != NULL && m < fold->snapshot->n_maps; m++)
    {
      g_array_unref (fold->targets[m]);
      g_array_unref (fold->text_targets[m]);
    }
  g_free (fold->targets);
  g_free (fold->text_targets);
  g_free (fold->text);
  g_free (fold->header_of);
  g_free (fold);
}

gboolean
ml_map_fold_active (const MlMapFold *fold)
{
  return fold != NULL && fold->active;
}

/* Whether @object is drawn inside its map's table rather than as itself. */
gboolean
ml_map_fold_hides (const MlMapFold *fold,
                   guint            object)
{
  const MlSnapMap *map;

  if (!ml_map_fold_active (fold))
    return FALSE;
  map = map_of_object (fold->snapshot, object);
  return map != NULL && map->header != fold->snapshot->objects[object].addr;
}

/* The map @object is the header of, when it is drawn as a table. */
const MlSnapMap *
ml_map_fold_table (const MlMapFold *fold,
                   guint            object)
{
  const MlSnapMap *map;

  if (!ml_map_fold_active (fold))
    return NULL;
  map = map_of_object (fold->snapshot, object);
  return map != NULL && map->header == fold->snapshot->objects[object].addr ? map : NULL;
}

/* The object drawn for @object: its map's header when it folds into one (-1 when that
 * header is in a frame), else itself. */
gint
ml_map_fold_owner (const MlMapFold *fold,
                   gint             object)
{
  if (object < 0 || !ml_map_fold_hides (fold, (guint) object))
    return object;
  return fold->header_of[fold->snapshot->objects[object].map - 1];
}

/* The objects the entries of @map point at (gint indices), each once, in storage order:
 * those its values' arrows point at, or with @printed those its keys and the string values
 * it prints point at. */
const GArray *
ml_map_fold_targets (MlMapFold       *fold,
                     const MlSnapMap *map,
                     gboolean         printed)
{
  g_return_val_if_fail (ml_map_fold_active (fold), NULL);
  return (printed ? fold->text_targets : fold->targets)[map - fold->snapshot->maps];
}

/* Whether @object holds the bytes of a key (or string value) some map's table prints: such
 * an object needs no box of its own unless something else points at it. */
gboolean
ml_map_fold_printed (const MlMapFold *fold,
                     guint            object)
{
  return ml_map_fold_active (fold) && fold->text[object];
}

/* Whether a frame slot is a map's first group kept in the frame, which folds into the map's
 * table too. */
gboolean
ml_map_fold_hides_slot (const MlMapFold  *fold,
                        const MlSnapSlot *slot)
{
  return ml_map_fold_active (fold) && slot->type != NULL &&
         (slot->type->map != NULL || g_str_has_prefix (slot->type->name, "map.group["));
}

/* ----------------------------------------------------------------------------------------- */
/* The order fmt prints keys in                                                              */

typedef struct
{
  const MlSnapshot *snapshot;
  const MlRtype    *key;
} SortContext;

static int
compare_floats (double a,
                double b)
{
  if (isnan (a))
    return isnan (b) ? 0 : -1;
  if (isnan (b))
    return 1;
  return a < b ? -1 : a > b;
}

static double
float_at (const guint8 *bytes,
          guint         size)
{
  if (size == 4)
    {
      float f;

      memcpy (&f, bytes, 4);
      return f;
    }
  {
    double d;

    memcpy (&d, bytes, 8);
    return d;
  }
}

/* internal/fmtsort's compare, on a snapshot's bytes. */
static int
compare_values (const MlSnapshot *snapshot,
                const MlRtype    *type,
                const guint8     *a,
                const guint8     *b)
{
  switch (type->kind)
    {
    ML_KIND_CASES_SIGNED:
      {
        gint64 x = ml_value_read_int (a, type->size), y = ml_value_read_int (b, type->size);

        return x < y ? -1 : x > y;
      }
    case ML_KIND_BOOL: ML_KIND_CASES_UNSIGNED: ML_KIND_CASES_POINTER_WORD:
      {
        guint64 x = 0, y = 0;

        memcpy (&x, a, MIN (type->size, 8));
        memcpy (&y, b, MIN (type->size, 8));
        return x < y ? -1 : x > y;
      }
    ML_KIND_CASES_FLOAT:
      return compare_floats (float_at (a, type->size), float_at (b, type->size));
    ML_KIND_CASES_COMPLEX:
      {
        guint half = type->size / 2;
        int r = compare_floats (float_at (a, half), float_at (b, half));

        return r != 0 ? r : compare_floats (float_at (a + half, half), float_at (b + half, half));
      }
    case ML_KIND_STRING:
      {
        guint64 la = ml_value_read_word (a, 8), lb = ml_value_read_word (b, 8);
        g_autofree char *x = ml_value_string_text (snapshot, ml_value_read_word (a, 0), la);
        g_autofree char *y = ml_value_string_text (snapshot, ml_value_read_word (b, 0), lb);
        int r = memcmp (x, y, MIN (strlen (x), strlen (y)));

        return r != 0 ? r : (strlen (x) > strlen (y)) - (strlen (x) < strlen (y));
      }
    case ML_KIND_STRUCT:
      for (guint i = 0; i < type->n_fields; i++)
        {
          int r = compare_values (snapshot, type->fields[i].type, a + type->fields[i].offset,
                                  b + type->fields[i].offset);

          if (r != 0)
            return r;
        }
      return 0;
    case ML_KIND_ARRAY:
      for (guint64 i = 0; i < type->len; i++)
        {
          int r = compare_values (snapshot, type->elem, a + i * type->elem->size,
                                  b + i * type->elem->size);

          if (r != 0)
            return r;
        }
      return 0;
    case ML_KIND_INTERFACE:
      {
        guint64 ta = ml_value_read_word (a, 0), tb = ml_value_read_word (b, 0);
        guint64 da = ml_value_read_word (a, 8), db = ml_value_read_word (b, 8);

        if (ta != tb)
          return ta < tb ? -1 : 1;
        return da < db ? -1 : da > db;
      }
    case ML_KIND_INVALID: case ML_KIND_SLICE: case ML_N_KINDS:
    default:
      return 0;
    }
}

static gint
compare_entries (gconstpointer a,
                 gconstpointer b,
                 gpointer      data)
{
  const SortContext *ctx = data;
  const MlSnapMapEntry *x = &ctx->snapshot->map_entries[*(const guint *) a];
  const MlSnapMapEntry *y = &ctx->snapshot->map_entries[*(const guint *) b];

  return compare_values (ctx->snapshot, ctx->key, ml_map_entry_key (ctx->snapshot, x),
                         ml_map_entry_key (ctx->snapshot, y));
}

/**
 * ml_map_sorted_entries:
 *
 * Returns: (transfer full): the indices in the snapshot's map_entries of @map's entries, in
 *   the order fmt prints them (map->n_entries of them)
 */
guint *
ml_map_sorted_entries (const MlSnapshot *snapshot,
                       const MlSnapMap  *map)
{
  guint *order = g_new (guint, MAX (map->n_entries, 1));
  SortContext ctx = { snapshot, map->type != NULL ? map->type->key : NULL };

  for (guint i = 0; i < map->n_entries; i++)
    order[i] = map->first_entry + i;
  if (ctx.key != NULL)
    g_sort_array (order, map->n_entries, sizeof (guint), compare_entries, &ctx);
  return order;
}

/* The table's title: the map's type, as the pictures name types ("map[string]*Persona"). */
char *
ml_map_title (const MlSnapMap *map)
{
  return ml_short_type_name (map->type != NULL ? map->type->name : "map");
}

/* Whether @type is one of the structures Go builds maps of. */
gboolean
ml_map_is_structure (const MlRtype *type)
{
  return type != NULL && (type->map != NULL || g_str_has_prefix (type->name, "maps.") ||
                          g_str_has_prefix (type->name, "*maps."));
}

/* A structure of a map (@object's type is one, see ml_map_is_structure()) named for the map
 * it is, or was, part of: "groups of map[string]int", "table of ...", "directory of ...".
 * The header of a map is named by its type. */
char *
ml_map_part_name (const MlSnapshot   *snapshot,
                  const MlSnapObject *object)
{
  const MlRtype *type = object->type;
  const MlRtype *map = type->map;
  g_autofree char *name = NULL;

  if (object->map != 0 && object->map <= snapshot->n_maps && snapshot->maps[object->map - 1].type != NULL)
    map = snapshot->maps[object->map - 1].type;
  /* A table says which map it was of through its groups, a directory through its tables'. */
  for (guint e = 0; map == NULL && e < object->n_edges; e++)
    {
      const MlSnapEdge *edge = &snapshot->edges[object->first_edge + e];
      const MlSnapObject *to = edge->to >= 0 ? &snapshot->objects[edge->to] : NULL;

      if (to != NULL && to->type != NULL && to->type->map != NULL)
        map = to->type->map;
      for (guint f = 0; map == NULL && to != NULL && f < to->n_edges; f++)
        {
          const MlSnapEdge *next = &snapshot->edges[to->first_edge + f];

          if (next->to >= 0 && snapshot->objects[next->to].type != NULL)
            map = snapshot->objects[next->to].type->map;
        }
    }
  name = ml_short_type_name (map != NULL ? map->name : "map");
  if (type->map != NULL)
    /* Translators: the groups (slots of keys and values) of a map: "groups of map[string]int". */
    return g_strdup_printf (_("groups of %s"), name);
  if (g_str_has_prefix (type->name, "*"))
    /* Translators: a map's directory of tables: "directory of map[string]int". */
    return g_strdup_printf (_("directory of %s"), name);
  if (g_strcmp0 (type->name, "maps.table") != 0)
    return ml_short_type_name (type->name);
  /* Translators: one of a map's tables: "table of map[string]int". */
  return g_strdup_printf (_("table of %s"), name);
}

/* What the map costs on the heap: "256 B in 2 objects". */
char *
ml_map_size_text (const MlSnapMap *map)
{
  g_autofree char *bytes = ml_format_bytes (map->bytes, ML_BYTES_WHOLE);

  if (map->n_objects <= 1)
    return g_steal_pointer (&bytes);
  /* Translators: what a map's header, tables and groups take on the heap, "256 B in 2
   * objects". */
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s in %u object", "%s in %u objects",
                                       map->n_objects),
                          bytes, map->n_objects);
}

/* fmt's %v of @map, "map[a:1 b:2]", with at most @max_entries entries before an ellipsis. */
void
ml_map_append_entries (GString          *out,
                       const MlSnapshot *snapshot,
                       const MlSnapMap  *map,
                       guint             max_entries)
{
  g_autofree guint *order = NULL;

  g_string_append (out, "map[");
  if (map->type != NULL)
    {
      order = ml_map_sorted_entries (snapshot, map);
      for (guint i = 0; i < map->n_entries && i < max_entries; i++)
        {
          const MlSnapMapEntry *e = &snapshot->map_entries[order[i]];

          if (i > 0)
            g_string_append_c (out, ' ');
          ml_value_append (out, snapshot, map->type->key, ml_map_entry_key (snapshot, e), FALSE);
          g_string_append_c (out, ':');
          ml_value_append (out, snapshot, map->type->elem, ml_map_entry_elem (snapshot, e), FALSE);
        }
      if (map->len > MIN (map->n_entries, max_entries))
        g_string_append (out, map->n_entries > 0 && max_entries > 0 ? " …" : "…");
    }
  g_string_append_c (out, ']');
}
