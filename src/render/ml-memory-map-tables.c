/* ml-memory-map-tables.c
 *
 * Copyright 2026 The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Maps in the memory map.  At the program's level of detail a map is one box, a table of its
 * keys and values as fmt prints them (in fmt's order), a value that points somewhere leaving
 * an arrow from its cell; the header, directory, tables and groups Go builds it of are not
 * drawn (ml-maps.c folds them in).  At the runtime's level those are drawn as the objects they
 * are, and a group's box shows its control bytes and the slots in use.  Kept apart from the
 * boxes of other values (ml-memory-map-boxes.c), which it builds its rows with.
 */

#include "config.h"

#include <inttypes.h>
#include <glib/gi18n-lib.h>
#include <string.h>

#include "ml-memory-map-private.h"

/* The key as its row names it: fmt's %v, cut to a width a row can take. */
static char *
key_text (MlMapCtx             *ctx,
          const MlSnapMap      *map,
          const MlSnapMapEntry *entry)
{
  g_autofree char *text = ml_value_format (ctx->snapshot, map->type->key,
                                           ml_map_entry_key (ctx->snapshot, entry));

  return ml_text_ellipsize (text, ML_TEXT_BODY, MAX_KEY_WIDTH);
}

/* One entry's rows: the key names them; the value is printed when it holds no pointer, and
 * a pointer (in a struct, a field's) is a cell an arrow leaves from. */
static void
entry_rows (MlMapCtx             *ctx,
            VarBox               *box,
            const MlSnapMap      *map,
            const MlSnapMapEntry *entry)
{
  const MlRtype *elem = map->type->elem;
  const guint8 *bytes = ml_map_entry_elem (ctx->snapshot, entry);
  g_autofree char *key = key_text (ctx, map, entry);
  guint first = box->rows->len;

  if (!elem->has_pointers || elem->kind == ML_KIND_STRING)
    {
      Row *row = _ml_map_add_row (box, ROW_SCALAR, 0, key, entry->elem_addr, 0);

      row->value = ml_value_format (ctx->snapshot, elem, bytes);
    }
  else if (elem->kind == ML_KIND_STRUCT)
    {
      Row *row = _ml_map_add_row (box, ROW_STRUCT, 0, key, entry->elem_addr, 0);

      row->value = ml_short_type_name (ml_value_type_name (elem));
      for (guint i = 0; i < elem->n_fields; i++)
        _ml_map_emit_rows (ctx, box, elem->fields[i].type, bytes + elem->fields[i].offset, NULL,
                           entry->elem_addr, elem->fields[i].offset, 1, elem->fields[i].name);
    }
  else
    _ml_map_emit_rows (ctx, box, elem, bytes, NULL, entry->elem_addr, 0, 0, key);
  for (guint i = first; i < box->rows->len; i++)
    g_array_index (box->rows, Row, i).entry = TRUE;
}

/**
 * _ml_map_table_box_new:
 * @map: the map, from the snapshot
 * @hit: %ML_HIT_OBJECT for a map on the heap (@index its object), %ML_HIT_SLOT for one in a
 *   frame (@index its header's slot)
 *
 * A map as the program sees it: a table of keys and values under its type.
 */
VarBox *
_ml_map_table_box_new (MlMapCtx        *ctx,
                       const MlSnapMap *map,
                       MlHitKind        hit,
                       guint            index)
{
  VarBox *box = _ml_map_var_box_new ();
  g_autofree guint *order = NULL;
  guint shown;

  box->hit = hit;
  box->index = index;
  box->addr = map->header;
  box->size = 48;
  box->name = ml_map_title (map);
  box->title_type = g_strdup ("");
  box->klass = "map";
  if (hit == ML_HIT_OBJECT)
    {
      const MlSnapObject *object = &ctx->snapshot->objects[index];

      box->key = ml_scene_key ("object", object->addr, 0);
      box->colour = object->colour;
      box->faded = object->colour == ML_COLOUR_FREED;
      box->size = object->size;
      box->size_text = ml_map_size_text (map);
    }
  else
    {
      g_autofree char *heap = map->n_objects > 0 ? ml_map_size_text (map) : NULL;

      box->key = ml_scene_key ("slot", map->header, 0);
      if (heap == NULL)
        /* Translators: a map that does not escape: its header is in the function's frame. */
        box->size_text = g_strdup (_("in the frame"));
      else
        /* Translators: a map whose header is in the function's frame and whose tables are on
         * the heap: "in the frame + 1 KiB in 3 objects". */
        box->size_text = g_strdup_printf (_("in the frame + %s"), heap);
    }
  if (ctx->options->show_addresses)
    box->note = g_strdup_printf ("0x%" PRIx64, map->header);

  if (map->type == NULL || map->len == 0)
    {
      box->go_value = g_ptr_array_new_with_free_func (g_free);
      g_ptr_array_add (box->go_value, g_strdup ("map[]"));
      return _ml_map_finish_box (ctx, box, NULL);
    }

  order = ml_map_sorted_entries (ctx->snapshot, map);
  shown = MIN (map->n_entries, MAX_MAP_ROWS);
  for (guint i = 0; i < shown; i++)
    entry_rows (ctx, box, map, &ctx->snapshot->map_entries[order[i]]);
  if (map->len > shown)
    {
      Row *row = _ml_map_add_row (box, ROW_SCALAR, 0, "…", map->header, 0);

      /* Translators: the last row of a map's table, for the entries not drawn. */
      row->value = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "and %" PRIu64 " more entry",
                                                 "and %" PRIu64 " more entries", map->len - shown),
                                    map->len - shown);
      row->entry = TRUE;
    }
  return _ml_map_finish_box (ctx, box, NULL);
}

/* A group's control word as its eight bytes, slot 0 first: the 7-bit h2 of a full slot in
 * hex, · for an empty one, × for a tombstone. */
char *
_ml_map_ctrl_text (guint64 ctrl)
{
  GString *s = g_string_new (NULL);

  for (guint i = 0; i < 8; i++)
    {
      guint c = (ctrl >> (8 * i)) & 0xff;

      if (i > 0)
        g_string_append_c (s, ' ');
      if (c == 0x80)
        g_string_append (s, "·");
      else if (c == 0xfe)
        g_string_append (s, "×");
      else
        g_string_append_printf (s, "%02x", c);
    }
  return g_string_free (s, FALSE);
}

/* A group drawn as the struct it is (one no map holds any more): its first row, the
 * control word, reads as its bytes rather than as a number. */
void
_ml_map_ctrl_row (VarBox        *box,
                  const MlRtype *type,
                  const guint8  *bytes)
{
  Row *ctrl;

  if (type == NULL || type->map == NULL || bytes == NULL || box->rows->len == 0)
    return;
  ctrl = &g_array_index (box->rows, Row, 0);
  g_free (ctrl->value);
  ctrl->value = _ml_map_ctrl_text (ml_value_read_word (bytes, 0));
}

/* The table of a map whose groups are at @addr. */
static const MlSnapMapTable *
find_groups (const MlSnapshot  *snapshot,
             guint64            addr,
             const MlSnapMap  **map,
             guint             *table)
{
  for (guint m = 0; m < snapshot->n_maps; m++)
    for (guint t = 0; t < snapshot->maps[m].n_tables; t++)
      if (snapshot->map_tables[snapshot->maps[m].first_table + t].groups == addr)
        {
          *map = &snapshot->maps[m];
          *table = t;
          return &snapshot->map_tables[snapshot->maps[m].first_table + t];
        }
  return NULL;
}

/* At the runtime's level, a map's groups at @addr (of @type, a group type): for each group
 * its control bytes, then the slots in use, key and element.  Returns FALSE for groups no
 * map of the snapshot has (an old table's). */
gboolean
_ml_map_group_rows (MlMapCtx      *ctx,
                    VarBox        *box,
                    guint64        addr,
                    const MlRtype *type)
{
  const MlSnapshot *snapshot = ctx->snapshot;
  const MlSnapMap *map = NULL;
  const MlSnapMapTable *t;
  g_autofree char *elem_name = NULL;
  guint table = 0, rows = 0, first;

  if (type == NULL || type->map == NULL || (t = find_groups (snapshot, addr, &map, &table)) == NULL ||
      map->type == NULL)
    return FALSE;

  for (guint g = 0; g < t->n_ctrls && rows < 3 * MAX_MAP_ROWS; g++)
    {
      g_autofree char *name = g_strdup_printf ("groups[%u].ctrl", g);
      Row *row = _ml_map_add_row (box, ROW_SCALAR, 0, name, addr + g * type->size, g * type->size);

      row->value = _ml_map_ctrl_text (snapshot->map_ctrls[t->first_ctrl + g]);
      rows++;
      for (guint e = 0; e < map->n_entries; e++)
        {
          const MlSnapMapEntry *entry = &snapshot->map_entries[map->first_entry + e];
          g_autofree char *slot_name = NULL;

          if (entry->table != table || entry->slot / 8 != g)
            continue;
          slot_name = g_strdup_printf ("slots[%u].key", entry->slot % 8);
          first = box->rows->len;
          _ml_map_emit_rows (ctx, box, map->type->key, ml_map_entry_key (snapshot, entry), NULL,
                             entry->key_addr, 0, 1, slot_name);
          slot_name[strlen (slot_name) - 3] = '\0';
          g_free (elem_name);
          elem_name = g_strconcat (slot_name, "elem", NULL);
          _ml_map_emit_rows (ctx, box, map->type->elem, ml_map_entry_elem (snapshot, entry), NULL,
                             entry->elem_addr, 0, 1, elem_name);
          for (guint r = first; r < box->rows->len; r++)
            g_array_index (box->rows, Row, r).entry = TRUE;
          rows += 2;
        }
    }
  if (t->n_groups > t->n_ctrls || rows >= 3 * MAX_MAP_ROWS)
    {
      Row *row = _ml_map_add_row (box, ROW_SCALAR, 0, "…", addr, 0);

      /* Translators: under a map's groups, how many there are in all. */
      row->value = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u group in all", "%u groups in all",
                                                 t->n_groups),
                                    t->n_groups);
    }
  return TRUE;
}
