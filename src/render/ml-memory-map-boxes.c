/* ml-memory-map-boxes.c
 *
 * Copyright The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The memory map's boxes: a variable, a heap object or a string literal as a titled box of
 * rows, with its fields nested as Go lays them out and its values read as fmt prints them.
 * Each box is built and measured before the layout places it, and drawn once placed; the
 * pointers it holds are handed to the layout as pending arrows.  The regions the boxes sit
 * in are drawn here too.  Kept apart from the layout's phases (ml-memory-map-view.c) and the
 * routing of arrows (ml-memory-map-arrows.c).
 */

#include "config.h"

#include <inttypes.h>
#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "ml-memory-map-private.h"

/* A pointer word's cell: the dot an arrow leaves from, or "nil" in the cells' type. */
#define PTR_CELL_W 34.0

static void
row_clear (gpointer data)
{
  Row *row = data;

  g_free (row->name);
  g_free (row->value);
  g_strfreev (row->cells);
}

void
_ml_map_box_free (gpointer data)
{
  VarBox *box = data;

  g_free (box->name);
  g_free (box->title_type);
  g_free (box->note);
  g_free (box->size_text);
  g_clear_pointer (&box->go_value, g_ptr_array_unref);
  g_clear_pointer (&box->rows, g_array_unref);
  g_free (box);
}

VarBox *
_ml_map_var_box_new (void)
{
  VarBox *box = g_new0 (VarBox, 1);

  box->rows = g_array_new (FALSE, TRUE, sizeof (Row));
  g_array_set_clear_func (box->rows, row_clear);
  box->box = -1;
  box->klass = "variable";

  return box;
}

Row *
_ml_map_add_row (VarBox     *box,
                 RowKind     kind,
                 int         depth,
                 const char *name,
                 guint64     addr,
                 guint64     offset)
{
  Row row = { 0 };

  row.kind = kind;
  row.depth = depth;
  row.name = g_strdup (name != NULL ? name : "");
  row.addr = addr;
  row.offset = offset;
  row.known = TRUE;
  g_array_append_val (box->rows, row);

  return &g_array_index (box->rows, Row, box->rows->len - 1);
}

/* Looks up the pointer a heap object holds at @offset, from its edges. */
static guint64
object_pointer_at (const MlSnapshot   *snapshot,
                   const MlSnapObject *object,
                   guint64             offset)
{
  for (guint i = 0; i < object->n_edges; i++)
    {
      const MlSnapEdge *edge = &snapshot->edges[object->first_edge + i];

      if (edge->offset == offset)
        return edge->target;
    }

  return 0;
}

/* The rows of one value.  @bytes is NULL for a heap object whose contents the snapshot had
 * no room to copy: its pointer fields then come from the edges and its scalars stay blank. */
void
_ml_map_emit_rows (MlMapCtx           *ctx,
                   VarBox             *box,
                   const MlRtype      *type,
                   const guint8       *bytes,
                   const MlSnapObject *object,
                   guint64             addr,
                   guint64             offset,
                   int                 depth,
                   const char         *name)
{
  Row *row;

  switch (type->kind)
    {
    case ML_KIND_STRUCT:
      if (depth >= 0)
        {
          row = _ml_map_add_row (box, ROW_STRUCT, depth, name, addr + offset, offset);
          row->value = ml_short_type_name (ml_value_type_name (type));
        }
      for (guint i = 0; i < type->n_fields; i++)
        {
          const MlRtypeField *field = &type->fields[i];

          _ml_map_emit_rows (ctx, box, field->type, bytes != NULL ? bytes + field->offset : NULL, object,
                             addr, offset + field->offset, depth + 1, field->name);
        }
      break;

    case ML_KIND_STRING:
      row = _ml_map_add_row (box, ROW_STRING, MAX (depth, 0), name, addr + offset, offset);
      if (bytes != NULL)
        {
          row->ptr = ml_value_read_word (bytes, 0);
          row->len = ml_value_read_word (bytes, 8);
        }
      else if (object != NULL)
        {
          row->ptr = object_pointer_at (ctx->snapshot, object, offset);
          row->known = FALSE;
        }
      break;

    ML_KIND_CASES_POINTER_WORD:
      row = _ml_map_add_row (box, ROW_POINTER, MAX (depth, 0), name, addr + offset, offset);
      if (bytes != NULL)
        row->ptr = ml_value_read_word (bytes, 0);
      else if (object != NULL)
        row->ptr = object_pointer_at (ctx->snapshot, object, offset);
      break;

    case ML_KIND_SLICE:
      row = _ml_map_add_row (box, ROW_SLICE, MAX (depth, 0), name, addr + offset, offset);
      if (bytes != NULL)
        {
          row->ptr = ml_value_read_word (bytes, 0);
          row->len = ml_value_read_word (bytes, 8);
          row->cap = ml_value_read_word (bytes, 16);
        }
      else
        {
          row->ptr = object != NULL ? object_pointer_at (ctx->snapshot, object, offset) : 0;
          row->known = FALSE;
        }
      break;

    case ML_KIND_INTERFACE:
      row = _ml_map_add_row (box, ROW_INTERFACE, MAX (depth, 0), name, addr + offset, offset);
      /* Two words: the dynamic type (a descriptor, or an itab that names it) and the data. */
      if (bytes != NULL)
        {
          g_autofree char *dt = ml_value_dynamic_type (ctx->snapshot, ml_value_read_word (bytes, 0));

          row->ptr = ml_value_read_word (bytes, 8);
          row->value = dt != NULL ? ml_short_type_name (dt) : NULL;
        }
      else if (object != NULL)
        row->ptr = object_pointer_at (ctx->snapshot, object, offset + 8);
      break;

    case ML_KIND_ARRAY:
      /* At the course's level an array of numbers is a row of cells, one per element. */
      if (ctx->options->detail == ML_DETAIL_PROGRAM && bytes != NULL && type->len > 0 &&
          _ml_map_cells_fit (type->elem))
        {
          _ml_map_cells_row (ctx, box, type->elem, bytes, type->len, type->len, type->len, addr + offset,
                             name);
          break;
        }
      if (type->elem != NULL && type->len > 0 && type->len <= 8 &&
          (type->elem->kind == ML_KIND_STRUCT || type->elem->has_pointers))
        {
          for (guint64 i = 0; i < type->len; i++)
            {
              g_autofree char *elem_name = g_strdup_printf ("%s[%" PRIu64 "]", name ? name : "", i);

              _ml_map_emit_rows (ctx, box, type->elem, bytes != NULL ? bytes + i * type->elem->size : NULL,
                                 object, addr, offset + i * type->elem->size, MAX (depth, 0), elem_name);
            }
          break;
        }
      G_GNUC_FALLTHROUGH;

    case ML_KIND_BOOL:
    ML_KIND_CASES_NUMBER:
    case ML_KIND_INVALID:
    case ML_N_KINDS:
    default:
      row = _ml_map_add_row (box, ROW_SCALAR, MAX (depth, 0), name, addr + offset, offset);
      if (bytes != NULL)
        row->value = ml_value_format (ctx->snapshot, type, bytes);
      else
        {
          row->value = g_strdup ("");
          row->known = FALSE;
        }
      break;
    }
}

/* The words of a string or slice header after its pointer, as their cells read them. */
static char *
len_text (const Row *row)
{
  /* Translators: the length word of a string or slice header. */
  return row->known ? g_strdup_printf (_("len %" PRIu64), row->len) : g_strdup (_("len"));
}

static char *
cap_text (const Row *row)
{
  /* Translators: the capacity word of a slice header. */
  return row->known ? g_strdup_printf (_("cap %" PRIu64), row->cap) : g_strdup (_("cap"));
}

/* A word's cell: wide enough for "len 1000000" as well as for "len 5". */
static double
word_cell_width (const char *text)
{
  double w;

  ml_text_measure (text, MAP_CELL, &w, NULL);

  return MAX (52, ceil (w) + 12);
}

static double
value_cell_width (MlMapCtx  *ctx,
                  const Row *row)
{
  double w = 0;

  switch (row->kind)
    {
    case ROW_SCALAR:
      ml_text_measure (row->value, ML_TEXT_MONO, &w, NULL);
      break;
    case ROW_STRUCT:
      ml_text_measure (row->value, MAP_SMALL, &w, NULL);
      break;
    case ROW_STRING:
      {
        g_autofree char *len = len_text (row);

        w = PTR_CELL_W + word_cell_width (len);
      }
      break;
    case ROW_SLICE:
      {
        g_autofree char *len = len_text (row);
        g_autofree char *cap = cap_text (row);

        w = PTR_CELL_W + word_cell_width (len) + word_cell_width (cap);
      }
      break;
    case ROW_POINTER:
      w = PTR_CELL_W + 6;
      break;
    case ROW_INTERFACE:
      w = PTR_CELL_W + 6 + (row->value != NULL ? word_cell_width (row->value) : 0);
      break;
    case ROW_CELLS:
      w = _ml_map_cells_width (row);
      break;
    default:
      g_assert_not_reached ();
    }

  if (ctx->options->show_addresses && (row->kind == ROW_POINTER || row->kind == ROW_STRING ||
                                       row->kind == ROW_SLICE || row->kind == ROW_INTERFACE))
    {
      double aw;

      ml_text_measure ("0xc000000000", MAP_MONO_SMALL, &aw, NULL);
      w += aw + 6;
    }

  return w;
}

/* Sizes a box from its rows: the name column is as wide as the longest name at its depth,
 * values follow. */
static void
measure_box (MlMapCtx *ctx,
             VarBox   *box)
{
  double name_w = 0;
  double value_w = 0;
  double title_w = 0;
  double w;
  double offset_w = 0;

  if (ctx->options->show_addresses)
    ml_text_measure ("+000", MAP_MONO_SMALL, &offset_w, NULL);

  for (guint i = 0; i < box->rows->len; i++)
    {
      const Row *row = &g_array_index (box->rows, Row, i);

      ml_text_measure (row->name, row->kind == ROW_STRUCT ? ML_TEXT_HEADING : ML_TEXT_BODY, &w, NULL);
      w += row->depth * INDENT;
      if (row->kind == ROW_STRUCT)
        {
          double vw;

          ml_text_measure (row->value, MAP_SMALL, &vw, NULL);
          title_w = MAX (title_w, w + NAME_GAP + vw);
          continue;
        }
      name_w = MAX (name_w, w);
      value_w = MAX (value_w, value_cell_width (ctx, row));
    }

  box->name_width = name_w + (offset_w > 0 ? offset_w + 8 : 0);

  {
    g_autofree char *size = box->size_text != NULL ? g_strdup (box->size_text) : ml_format_bytes (box->size, ML_BYTES_WHOLE);
    double nw, tw, sw;

    ml_text_measure (box->name, ML_TEXT_HEADING, &nw, NULL);
    ml_text_measure (box->title_type != NULL ? box->title_type : "", MAP_SMALL, &tw, NULL);
    ml_text_measure (size, MAP_SMALL, &sw, NULL);
    title_w = MAX (title_w, nw + 10 + tw + 16 + sw);
  }

  if (box->note != NULL)
    {
      double nw;

      ml_text_measure (box->note, MAP_MONO_SMALL, &nw, NULL);
      title_w = MAX (title_w, nw);
    }

  box->width = MAX (title_w, box->name_width + (box->rows->len > 0 ? NAME_GAP : 0) + value_w) + 2 * BOX_PAD;
  box->width = MAX (box->width, 120);
}

static double
box_height (MlMapCtx *ctx,
            VarBox   *box)
{
  double h = BOX_PAD + ml_text_line_height (ML_TEXT_HEADING) + 4;

  if (box->note != NULL)
    h += ml_text_line_height (MAP_MONO_SMALL) + 2;
  if (box->go_value != NULL)
    h += box->go_value->len * (ml_text_line_height (ML_TEXT_MONO) + 1) + 4;
  if (box->rows->len > 0)
    h += 6 + box->rows->len * ROW_HEIGHT;

  return h + BOX_PAD - 2;
}

/* The value as fmt.Println prints it, wrapped to the box's width (which it widens when a
 * single word is longer). */
static void
prepare_go_value (MlMapCtx     *ctx,
                  VarBox       *box,
                  const guint8 *bytes)
{
  g_autofree char *text = NULL;
  double inner;

  if (bytes == NULL || box->type == NULL)
    return;
  if (box->type->kind != ML_KIND_STRUCT && box->type->kind != ML_KIND_ARRAY)
    return;
  /* An array drawn as its cells already shows its value. */
  if (box->type->kind == ML_KIND_ARRAY && ctx->options->detail == ML_DETAIL_PROGRAM &&
      _ml_map_cells_fit (box->type->elem))
    return;

  text = ml_value_format (ctx->snapshot, box->type, bytes);
  box->width = MAX (box->width, MIN_STRUCT_WIDTH);
  inner = box->width - 2 * BOX_PAD;
  box->go_value = ml_text_wrap (text, ML_TEXT_MONO, inner, "  ");
  for (guint i = 0; i < box->go_value->len; i++)
    {
      double w;

      ml_text_measure (g_ptr_array_index (box->go_value, i), ML_TEXT_MONO, &w, NULL);
      box->width = MAX (box->width, w + 2 * BOX_PAD);
    }
}

/* Measures a built box, with the %v line of its value when @bytes hold a struct or an
 * array, and returns it. */
VarBox *
_ml_map_finish_box (MlMapCtx     *ctx,
                    VarBox       *box,
                    const guint8 *bytes)
{
  measure_box (ctx, box);
  prepare_go_value (ctx, box, bytes);
  box->height = box_height (ctx, box);

  return box;
}

VarBox *
_ml_map_slot_box_new (MlMapCtx         *ctx,
                      const MlSnapSlot *slot,
                      MlHitKind         hit,
                      guint             index)
{
  VarBox *box;
  const guint8 *bytes = NULL;
  const MlSnapMap *map;

  /* A map that did not escape: its header in the frame is the map's table. */
  if (ml_map_fold_active (ctx->fold) && (map = ml_snapshot_find_map (ctx->snapshot, slot->addr)) != NULL)
    return _ml_map_table_box_new (ctx, map, hit, index);

  box = _ml_map_var_box_new ();

  if (slot->type != NULL && slot->value_offset + slot->type->size <= ctx->snapshot->n_values)
    bytes = ctx->snapshot->values + slot->value_offset;

  box->hit = hit;
  box->index = index;
  box->addr = slot->addr;
  box->type = slot->type;
  box->size = slot->type != NULL ? slot->type->size : 0;
  box->name = slot->name != NULL ? ml_slot_display_name (slot->name) : g_strdup ("?");
  box->title_type = ml_short_type_name (ml_value_type_name (slot->type));
  box->key = ml_scene_key (hit == ML_HIT_GLOBAL ? "global" : "slot", slot->addr,
                           g_str_hash (box->name));
  box->klass = hit == ML_HIT_GLOBAL ? "global" : "slot";
  if (ctx->options->show_addresses)
    box->note = g_strdup_printf ("0x%" PRIx64, slot->addr);
  /* A variable after its last use is no root (Go's stack maps): drawn faded, with where it
   * died, so that a student sees why its object can be collected. */
  if (slot->dead)
    {
      g_autofree char *dead = slot->dead_after > 0
                              ? g_strdup_printf (_("dead after line %u"), slot->dead_after)
                              : g_strdup (_("dead"));
      char *note = box->note != NULL ? g_strdup_printf ("%s · %s", box->note, dead)
                   : g_steal_pointer (&dead);

      g_free (box->note);
      box->note = note;
      box->faded = TRUE;
    }

  /* A map's group in the frame: its control bytes and the slots in use. */
  if (_ml_map_group_rows (ctx, box, slot->addr, slot->type))
    return _ml_map_finish_box (ctx, box, NULL);
  if (slot->type != NULL && slot->type->kind == ML_KIND_STRUCT)
    _ml_map_emit_rows (ctx, box, slot->type, bytes, NULL, slot->addr, 0, -1, NULL);
  else if (slot->type != NULL)
    _ml_map_emit_rows (ctx, box, slot->type, bytes, NULL, slot->addr, 0, 0, "");
  _ml_map_ctrl_row (box, slot->type, bytes);

  return _ml_map_finish_box (ctx, box, ml_map_is_structure (slot->type) ? NULL : bytes);
}

/* Whether a heap object of this kind is a value boxed on its own, drawn as one cell. */
static gboolean
is_boxed_value (MlKind kind)
{
  switch (kind)
    {
    case ML_KIND_STRING: case ML_KIND_SLICE: case ML_KIND_INTERFACE: case ML_KIND_BOOL:
    ML_KIND_CASES_NUMBER:
      return TRUE;
    case ML_KIND_INVALID: ML_KIND_CASES_POINTER_WORD: case ML_KIND_ARRAY: case ML_KIND_STRUCT:
    case ML_N_KINDS:
    default:
      return FALSE;
    }
}

/* The elements of a backing array of numbers, as many as the slice headers say it has (or
 * its slot holds), the first few of them. */
#define MAX_ARRAY_ELEMENTS 8

static void
_ml_map_array_row (MlMapCtx           *ctx,
                   VarBox             *box,
                   const MlSnapObject *object,
                   const MlRtype      *type,
                   const guint8       *bytes)
{
  guint64 n = ctx->refs != NULL ? ml_refs_array_length (ctx->refs, object->addr) : 0;
  guint64 copied = object->value_size / type->size;
  g_autoptr(GString) text = NULL;
  gboolean headed = n > 0;
  Row *row;

  if (n == 0 || n * type->size > ml_object_payload (object))
    n = ml_object_payload (object) / type->size;
  /* At the course's level, a row of cells: those within a slice's length, then those only
   * within its capacity.  An array no header reaches (what an append left behind) is all
   * drawn as in use. */
  if (ctx->options->detail == ML_DETAIL_PROGRAM && _ml_map_cells_fit (type))
    {
      guint64 used = headed ? ml_refs_array_in_use (ctx->refs, object->addr) : n;

      _ml_map_cells_row (ctx, box, type, bytes, n, used, copied, object->addr, "");
      return;
    }
  text = g_string_new ("[");
  for (guint64 i = 0; i < MIN (MIN (n, copied), MAX_ARRAY_ELEMENTS); i++)
    {
      g_autofree char *element = ml_value_format (ctx->snapshot, type, bytes + i * type->size);

      g_string_append_printf (text, "%s%s", i > 0 ? " " : "", element);
    }
  if (n > MIN (copied, MAX_ARRAY_ELEMENTS))
    g_string_append (text, " …");
  g_string_append_c (text, ']');
  row = _ml_map_add_row (box, ROW_SCALAR, 0, "", object->addr, 0);
  row->value = g_string_free (g_steal_pointer (&text), FALSE);
}

/* A tiny block keeps no type: the values in it are known by the pointers into it.  Each
 * variable of pointer type that points into the block shows, at its offset, the value of
 * the type it points to ("+0  0" for new(int)).  Returns the type of the first value shown. */
static const MlRtype *
_ml_map_tiny_rows (MlMapCtx           *ctx,
                   VarBox             *box,
                   const MlSnapObject *object)
{
  const MlSnapshot *snap = ctx->snapshot;
  guint64 shown = 0;   /* a bit per byte offset already shown */
  const MlRtype *first = NULL;

  for (guint i = 0; i < snap->n_globals + snap->n_slots; i++)
    {
      const MlSnapSlot *slot = i < snap->n_globals ? &snap->globals[i] : &snap->slots[i - snap->n_globals];
      const MlRtype *elem;
      guint64 pointer, offset;
      g_autofree char *name = NULL;
      Row *row;

      if (slot->type == NULL || slot->type->kind != ML_KIND_POINTER || (elem = slot->type->elem) == NULL ||
          elem->size == 0 || slot->value_offset + 8 > snap->n_values)
        continue;
      pointer = ml_value_read_word (snap->values + slot->value_offset, 0);
      if (pointer < object->addr || pointer >= object->addr + object->size)
        continue;
      offset = pointer - object->addr;
      if (offset >= 64 || (shown & (G_GUINT64_CONSTANT (1) << offset)) != 0 ||
          offset + elem->size > object->value_size || object->value_offset + offset + elem->size > snap->n_values)
        continue;
      shown |= G_GUINT64_CONSTANT (1) << offset;
      name = g_strdup_printf ("+%" PRIu64, offset);
      row = _ml_map_add_row (box, ROW_SCALAR, 0, name, pointer, offset);
      row->value = ml_value_format (snap, elem, snap->values + object->value_offset + offset);
      if (first == NULL)
        first = elem;
    }

  return first;
}

VarBox *
_ml_map_object_box_new (MlMapCtx *ctx,
                        guint     index)
{
  const MlSnapObject *object = &ctx->snapshot->objects[index];
  const MlSnapMap *map = ml_map_fold_table (ctx->fold, index);
  VarBox *box;
  const MlRtype *type = object->type;
  const guint8 *bytes = NULL;

  if (map != NULL)
    return _ml_map_table_box_new (ctx, map, ML_HIT_OBJECT, index);
  box = _ml_map_var_box_new ();

  box->hit = ML_HIT_OBJECT;
  box->index = index;
  box->addr = object->addr;
  box->type = type;
  box->size = object->size;
  box->colour = object->colour;
  box->faded = object->colour == ML_COLOUR_FREED;
  box->key = ml_scene_key ("object", object->addr, 0);
  box->klass = "object";

  box->title_type = ml_object_type_name (object, ctx->refs);
  box->size_text = ml_object_size_label (object, ctx->refs, ML_BYTES_WHOLE);

  /* The type is the title: a heap object has no name of its own, only pointers to it. */
  box->name = g_steal_pointer (&box->title_type);
  box->title_type = g_strdup ("");
  if (ctx->options->show_addresses)
    box->note = g_strdup_printf ("0x%" PRIx64, object->addr);

  /* The snapshot copies the first bytes of every object, within a budget; with them the
   * fields show their values, as for a variable. */
  if (type != NULL && type->size > 0 && object->value_size >= type->size &&
      object->value_offset + type->size <= ctx->snapshot->n_values)
    bytes = ctx->snapshot->values + object->value_offset;

  /* A map's groups show their control bytes and the slots in use; the structures of maps
   * need no line of %v, and at the program's level what a map left behind is only named. */
  if (ml_map_is_structure (type))
    {
      if (type->map != NULL)
        {
          g_autofree char *group = ml_short_type_name (type->name);

          g_free (box->name);
          box->name = g_strdup_printf ("[%" PRIu64 "]%s", ml_object_payload (object) / MAX (type->size, 1), group);
        }
      if (ml_map_fold_active (ctx->fold))
        {
          g_free (box->name);
          box->name = ml_map_part_name (ctx->snapshot, object);
          return _ml_map_finish_box (ctx, box, NULL);
        }
      if (_ml_map_group_rows (ctx, box, object->addr, type))
        return _ml_map_finish_box (ctx, box, NULL);
    }

  if (type == NULL && (object->flags & ML_OBJECT_TINY) != 0)
    {
      const MlRtype *first = _ml_map_tiny_rows (ctx, box, object);
      const MlRtype *elem;
      guint64 n = 0;

      /* The array an append just left behind, at the course's level: its elements, as the
       * append copied them. */
      if (ctx->options->detail == ML_DETAIL_PROGRAM && box->rows->len == 0 &&
          (elem = ml_append_copy_old_elements (ctx->snapshot, object, &n)) != NULL && _ml_map_cells_fit (elem))
        {
          g_autofree char *elem_name = ml_short_type_name (ml_value_type_name (elem));

          g_free (box->name);
          /* Translators: an array in the heap, as "[5]int array". */
          box->name = g_strdup_printf (_("[%" PRIu64 "]%s array"), n, elem_name);
          _ml_map_cells_row (ctx, box, elem, ctx->snapshot->values + object->value_offset, n, n, n, object->addr, "");
          return _ml_map_finish_box (ctx, box, NULL);
        }

      /* At the course's level one value in a tiny block is named by its type, as new(int)
       * is an int; the block it shares is the note in the corner. */
      if (ctx->options->detail == ML_DETAIL_PROGRAM && box->rows->len == 1 && first != NULL)
        {
          Row *row = &g_array_index (box->rows, Row, 0);

          g_free (box->name);
          box->name = ml_short_type_name (ml_value_type_name (first));
          g_free (box->size_text);
          /* Translators: the note under a value new() put in a tiny block, as "int". */
          box->size_text = g_strdup_printf (_("in a %" PRIu64 " B tiny block"), object->size);
          g_free (row->name);
          row->name = g_strdup ("");
        }
      return _ml_map_finish_box (ctx, box, NULL);
    }
  /* Structs show their fields; other objects one row of their own. */
  if (type != NULL && type->kind == ML_KIND_STRUCT && type->n_fields <= 24)
    {
      _ml_map_emit_rows (ctx, box, type, bytes, object, object->addr, 0, -1, NULL);
      _ml_map_ctrl_row (box, type, bytes);
      return _ml_map_finish_box (ctx, box, ml_map_is_structure (type) ? NULL : bytes);
    }
  /* A backing array of numbers shows its elements as fmt prints it: [0 0 0 0 0]. */
  else if (type != NULL && bytes != NULL && is_boxed_value (type->kind) && type->kind != ML_KIND_STRING &&
           type->kind != ML_KIND_SLICE && type->kind != ML_KIND_INTERFACE &&
           ml_object_payload (object) >= 2 * type->size)
    {
      _ml_map_array_row (ctx, box, object, type, bytes);
      return _ml_map_finish_box (ctx, box, NULL);
    }
  /* A value boxed on its own (what a conversion to an interface allocates: a string, a slice
   * header, a number) shows as the variable it copies would. */
  else if (type != NULL && bytes != NULL && is_boxed_value (type->kind))
    {
      _ml_map_emit_rows (ctx, box, type, bytes, object, object->addr, 0, 0, "");
      return _ml_map_finish_box (ctx, box, NULL);
    }
  else if (type != NULL && type->kind != ML_KIND_STRUCT && object->n_edges > 0 && object->n_edges <= 8)
    for (guint i = 0; i < object->n_edges; i++)
      {
        const MlSnapEdge *edge = &ctx->snapshot->edges[object->first_edge + i];
        g_autofree char *name = g_strdup_printf ("+%" PRIu64, edge->offset);
        Row *row = _ml_map_add_row (box, ROW_POINTER, 0, name, object->addr + edge->offset, edge->offset);

        row->ptr = edge->target;
      }

  return _ml_map_finish_box (ctx, box, NULL);
}

VarBox *
_ml_map_string_box_new (MlMapCtx *ctx,
                        guint     index)
{
  const MlSnapString *s = &ctx->snapshot->strings[index];
  VarBox *box = _ml_map_var_box_new ();
  double w;

  box->hit = ML_HIT_STRING;
  box->index = index;
  box->addr = s->addr;
  box->size = s->len;
  box->key = ml_scene_key ("string", s->addr, 0);
  box->klass = "string";
  /* As Go writes it: "%+v\n" on one line. */
  box->name = ml_quote_string (s->text, s->len);
  /* Translators: the length of a string literal in bytes, as in "len 7". */
  box->title_type = g_strdup_printf (_("len %" PRIu64), s->len);
  if (ctx->options->show_addresses)
    box->note = g_strdup_printf ("0x%" PRIx64, s->addr);

  ml_text_measure (box->name, ML_TEXT_MONO, &w, NULL);
  box->width = w + 2 * BOX_PAD + 62;
  if (box->note != NULL)
    {
      double nw;

      ml_text_measure (box->note, MAP_MONO_SMALL, &nw, NULL);
      box->width = MAX (box->width, nw + 2 * BOX_PAD);
    }
  box->height = 2 * 7 + ml_text_line_height (ML_TEXT_MONO) +
                (box->note != NULL ? ml_text_line_height (MAP_MONO_SMALL) : 0);

  return box;
}

static MlColor
region_fill (MlMapCtx      *ctx,
             const MlColor *segment)
{
  return ml_color_mix (&ctx->palette->background, segment, ctx->scene->theme == ML_THEME_DARK ? 0.22 : 0.28);
}

static MlColor
box_fill (MlMapCtx *ctx)
{
  static const MlColor white = { 1, 1, 1, 1 };
  static const MlColor dark = { 0.19, 0.19, 0.21, 1 };

  return ctx->scene->theme == ML_THEME_DARK ? dark : white;
}

static void
add_target (MlMapCtx *ctx,
            guint64   addr,
            guint64   size,
            gint      box)
{
  Target t = { addr, MAX (size, 1), box };

  g_array_append_val (ctx->targets, t);
}

static void
add_pending (MlMapCtx *ctx,
             double    x,
             double    y,
             gint      from_box,
             guint64   target,
             guint64   key)
{
  PendingArrow arrow = { { x, y }, from_box, target, key, FALSE };

  g_array_append_val (ctx->pending, arrow);
}

/* Draws a value cell: a small framed cell with text, or with the dot a pointer starts from. */
static void
add_cell (MlMapCtx      *ctx,
          guint64        key,
          double         x,
          double         y,
          double         w,
          const char    *text,
          MlTextStyle    style,
          const MlColor *color)
{
  MlRect r = { x, y + 3, w, ROW_HEIGHT - 6 };
  MlSceneBox *cell = ml_scene_add_box (ctx->scene, key, &r);
  MlColor base = box_fill (ctx);
  MlColor fill = ml_color_mix (&base, &ctx->palette->border, 0.18);
  double tw, th;

  cell->fill = fill;
  cell->stroke = ctx->palette->border;
  cell->radius = 3;
  cell->klass = "cell";

  if (text != NULL && *text != '\0')
    {
      ml_text_measure (text, style, &tw, &th);
      ml_scene_add_text (ctx->scene, key ^ 0x7e, text, style, x + (w - tw) / 2,
                         y + (ROW_HEIGHT - th) / 2, color);
    }
}

/* Nested structs get their own box around their fields: a nested value is part of its
 * parent's memory, not somewhere else. */
static void
draw_nested_structs (MlMapCtx      *ctx,
                     VarBox        *box,
                     double         x,
                     double         w,
                     double         cy,
                     double         offset_w,
                     const MlColor *fill,
                     double         opacity)
{
  const MlPalette *palette = ctx->palette;

  for (guint i = 0; i < box->rows->len; i++)
    {
      const Row *row = &g_array_index (box->rows, Row, i);
      guint end = i + 1;
      MlRect r;
      MlSceneBox *nested;

      if (row->kind != ROW_STRUCT)
        continue;

      while (end < box->rows->len && g_array_index (box->rows, Row, end).depth > row->depth)
        end++;

      r.x = x + BOX_PAD - 5 + row->depth * INDENT + (offset_w > 0 ? offset_w + 8 : 0);
      r.y = cy + i * ROW_HEIGHT + 1;
      r.width = x + w - BOX_PAD + 5 - r.x;
      r.height = (end - i) * ROW_HEIGHT - 2;
      nested = ml_scene_add_box (ctx->scene, box->key ^ (0x200 + i), &r);
      nested->fill = ml_color_mix (fill, &palette->border, 0.12);
      nested->stroke = palette->border;
      nested->radius = 5;
      nested->opacity = opacity;
      nested->klass = "field-struct";
    }
}

/* The items of row @i of @box: its offset, its name, and its value or pointer cells.  The
 * rows start at @cy, the box's content at @x. */
static void
draw_row (MlMapCtx *ctx,
          VarBox   *box,
          guint     i,
          double    x,
          double    cy,
          double    offset_w,
          double    opacity)
{
  MlScene *scene = ctx->scene;
  const MlPalette *palette = ctx->palette;
  MlColor fg = palette->foreground;
  MlColor dim = palette->dim_foreground;
  const Row *row = &g_array_index (box->rows, Row, i);
  double ry = cy + i * ROW_HEIGHT;
  double name_x = x + BOX_PAD + row->depth * INDENT + (offset_w > 0 ? offset_w + 8 : 0);
  double value_x = x + BOX_PAD + box->name_width + NAME_GAP;
  double th;
  guint64 key = box->key ^ (0x1000 + i * 16);
  MlSceneText *t;

  if (ctx->options->show_addresses && !row->entry)
    {
      g_autofree char *off = g_strdup_printf ("+%" PRIu64, row->offset);

      ml_text_measure (off, MAP_MONO_SMALL, NULL, &th);
      t = ml_scene_add_text (scene, key ^ 1, off, MAP_MONO_SMALL, x + BOX_PAD, ry + (ROW_HEIGHT - th) / 2, &dim);
      t->klass = "offset";
    }

  ml_text_measure (row->name, row->kind == ROW_STRUCT ? ML_TEXT_HEADING : ML_TEXT_BODY, NULL, &th);
  t = ml_scene_add_text (scene, key ^ 2, row->name, row->kind == ROW_STRUCT ? ML_TEXT_HEADING : ML_TEXT_BODY,
                         name_x, ry + (ROW_HEIGHT - th) / 2, row->kind == ROW_STRUCT ? &fg : &dim);
  t->opacity = opacity;
  t->klass = "field";

  switch (row->kind)
    {
    case ROW_STRUCT:
      {
        double nw;

        ml_text_measure (row->name, ML_TEXT_HEADING, &nw, NULL);
        ml_text_measure (row->value, MAP_SMALL, NULL, &th);
        ml_scene_add_text (scene, key ^ 3, row->value, MAP_SMALL, name_x + nw + 10,
                           ry + (ROW_HEIGHT - th) / 2 + 1, &dim);
      }
      break;

    case ROW_CELLS:
      _ml_map_draw_cells (ctx, row, key, value_x, ry, opacity);
      break;

    case ROW_SCALAR:
      ml_text_measure (row->value, ML_TEXT_MONO, NULL, &th);
      t = ml_scene_add_text (scene, key ^ 3, row->value, ML_TEXT_MONO, value_x, ry + (ROW_HEIGHT - th) / 2, &fg);
      t->klass = "value";
      t->opacity = opacity;
      break;

    case ROW_STRING:
    case ROW_SLICE:
    case ROW_POINTER:
    case ROW_INTERFACE:
      {
        double cx = value_x;
        gboolean nil = row->ptr == 0;

        /* An interface's type word: the dynamic type, which its itab names. */
        if (row->kind == ROW_INTERFACE && row->value != NULL)
          {
            double tw = word_cell_width (row->value);

            add_cell (ctx, key ^ 10, cx, ry, tw, row->value, MAP_CELL, &fg);
            cx += tw;
          }
        /* The pointer word: a dot the arrow leaves from, or nil. */
        add_cell (ctx, key ^ 4, cx, ry, PTR_CELL_W, nil ? "nil" : NULL, MAP_CELL, &dim);
        if (!nil)
          {
            MlRect dot = { cx + PTR_CELL_W / 2 - 4, ry + ROW_HEIGHT / 2 - 4, 8, 8 };
            MlSceneBox *d = ml_scene_add_box (scene, key ^ 5, &dot);

            d->fill = palette->pointer;
            d->stroke = palette->pointer;
            d->radius = 4;
            d->klass = "pointer-dot";
            add_pending (ctx, cx + PTR_CELL_W / 2, ry + ROW_HEIGHT / 2, box->box, row->ptr, key ^ 6);
          }
        cx += PTR_CELL_W;

        if (row->kind == ROW_STRING || row->kind == ROW_SLICE)
          {
            g_autofree char *len = len_text (row);
            double cw = word_cell_width (len);

            add_cell (ctx, key ^ 7, cx, ry, cw, len, MAP_CELL, &fg);
            cx += cw;
          }
        if (row->kind == ROW_SLICE)
          {
            g_autofree char *cap = cap_text (row);
            double cw = word_cell_width (cap);

            add_cell (ctx, key ^ 8, cx, ry, cw, cap, MAP_CELL, &fg);
            cx += cw;
          }
        if (ctx->options->show_addresses && !nil)
          {
            g_autofree char *addr = g_strdup_printf ("0x%" PRIx64, row->ptr);

            ml_text_measure (addr, MAP_MONO_SMALL, NULL, &th);
            ml_scene_add_text (scene, key ^ 9, addr, MAP_MONO_SMALL, cx + 6, ry + (ROW_HEIGHT - th) / 2, &dim);
          }
      }
      break;

    default:
      g_assert_not_reached ();
    }
}

/* Places a box's title and rows, starting at its rect's top-left, and records the arrows
 * its pointers start. */
void
_ml_map_place_box (MlMapCtx *ctx,
                   VarBox   *box)
{
  MlScene *scene = ctx->scene;
  const MlPalette *palette = ctx->palette;
  MlSceneBox *item;
  double x = box->rect.x;
  double y = box->rect.y;
  double w = box->rect.width;
  double cy;
  MlColor fill = box_fill (ctx);
  MlColor fg = palette->foreground;
  MlColor dim = palette->dim_foreground;
  double opacity = box->faded ? 0.45 : 1;
  double offset_w = 0;

  if (ctx->options->show_addresses)
    ml_text_measure ("+000", MAP_MONO_SMALL, &offset_w, NULL);

  item = ml_scene_add_box (scene, box->key, &box->rect);
  item->fill = fill;
  item->stroke = ml_color_mix (&palette->border, &palette->foreground, 0.25);
  item->stroke_width = 1.2;
  item->radius = 8;
  item->flags = ML_BOX_SHADOW | ML_BOX_OBSTACLE | (box->faded ? ML_BOX_DASHED : 0);
  item->opacity = opacity;
  item->hit_kind = box->hit;
  item->address = box->addr;
  item->index = box->index;
  item->klass = box->klass;
  box->box = (gint)scene->boxes->len - 1;
  add_target (ctx, box->addr, box->size, box->box);

  if (box->hit == ML_HIT_OBJECT)
    {
      /* Heap objects carry their collector colour on a strip at the top, with its letter,
       * as in the heap graph. */
      MlRect strip = { x, y, 6, box->rect.height };
      MlSceneBox *mark = ml_scene_add_box (scene, box->key ^ 0x51, &strip);

      mark->fill = ml_gc_colour_fill (palette, box->colour);
      mark->stroke = palette->border;
      mark->radius = 3;
      mark->opacity = opacity;
      mark->klass = "colour";
      x += 4;
      w -= 4;
    }

  if (box->hit == ML_HIT_STRING)
    {
      double th;

      ml_text_measure (box->name, ML_TEXT_MONO, NULL, &th);
      ml_scene_add_text (scene, box->key ^ 1, box->name, ML_TEXT_MONO, x + BOX_PAD, y + 7, &fg);
      ml_scene_add_text (scene, box->key ^ 2, box->title_type, MAP_SMALL,
                         x + w - BOX_PAD - 40, y + 7 + 1, &dim);
      if (box->note != NULL)
        ml_scene_add_text (scene, box->key ^ 3, box->note, MAP_MONO_SMALL, x + BOX_PAD, y + 7 + th, &dim);
      return;
    }

  /* The title: name, type, size. */
  {
    g_autofree char *size = box->size_text != NULL ? g_strdup (box->size_text) : ml_format_bytes (box->size, ML_BYTES_WHOLE);
    double nw, sw;
    MlSceneText *t;

    cy = y + BOX_PAD - 2;
    t = ml_scene_add_text (scene, box->key ^ 1, box->name, ML_TEXT_HEADING, x + BOX_PAD, cy, &fg);
    t->opacity = opacity;
    nw = t->width;
    t = ml_scene_add_text (scene, box->key ^ 2, box->title_type, MAP_SMALL, x + BOX_PAD + nw + 10, cy + 2, &dim);
    t->opacity = opacity;
    ml_text_measure (size, MAP_SMALL, &sw, NULL);
    t = ml_scene_add_text (scene, box->key ^ 3, size, MAP_SMALL, x + w - BOX_PAD - sw, cy + 2, &dim);
    t->opacity = opacity;
    cy += ml_text_line_height (ML_TEXT_HEADING) + 4;
  }

  if (box->note != NULL)
    {
      ml_scene_add_text (scene, box->key ^ 4, box->note, MAP_MONO_SMALL, x + BOX_PAD, cy - 2, &dim);
      cy += ml_text_line_height (MAP_MONO_SMALL) + 2;
    }

  if (box->go_value != NULL)
    {
      for (guint i = 0; i < box->go_value->len; i++)
        {
          MlSceneText *t = ml_scene_add_text (scene, box->key ^ (0x100 + i), g_ptr_array_index (box->go_value, i),
                                              ML_TEXT_MONO, x + BOX_PAD, cy, &palette->accent);
          t->klass = "go-value";
          cy += ml_text_line_height (ML_TEXT_MONO) + 1;
        }
      cy += 4;
    }

  if (box->rows->len == 0)
    return;

  cy += 6;

  draw_nested_structs (ctx, box, x, w, cy, offset_w, &fill, opacity);
  for (guint i = 0; i < box->rows->len; i++)
    draw_row (ctx, box, i, x, cy, offset_w, opacity);
}

/* A region: a tinted background box with a title, under the boxes it holds. */
void
_ml_map_add_region (MlMapCtx      *ctx,
                    guint64        key,
                    const MlRect  *rect,
                    const char    *title,
                    const char    *subtitle,
                    const MlColor *segment,
                    MlHitKind      hit,
                    guint64        address,
                    guint64        index)
{
  MlSceneBox *region = ml_scene_add_box (ctx->scene, key, rect);
  MlSceneText *t;

  region->fill = region_fill (ctx, segment);
  region->stroke = ml_color_mix (&ctx->palette->border, segment, 0.6);
  region->radius = 12;
  region->z = ML_Z_BACKGROUND;
  region->hit_kind = hit;
  region->address = address;
  region->index = index;
  region->klass = "region";

  t = ml_scene_add_text (ctx->scene, key ^ 1, title, ML_TEXT_TITLE, rect->x + REGION_PAD, rect->y + 10,
                         &ctx->palette->foreground);
  t->klass = "region-title";
  if (subtitle != NULL)
    {
      t = ml_scene_add_text (ctx->scene, key ^ 2, subtitle, MAP_CAPTION, rect->x + REGION_PAD,
                             rect->y + 10 + ml_text_line_height (ML_TEXT_TITLE), &ctx->palette->dim_foreground);
      t->klass = "region-note";
    }
}

double
_ml_map_region_header_height (void)
{
  return 10 + ml_text_line_height (ML_TEXT_TITLE) + ml_text_line_height (MAP_CAPTION) + 10;
}

double
_ml_map_max_width (GPtrArray *boxes,
                   double     minimum)
{
  double w = minimum;

  for (guint i = 0; i < boxes->len; i++)
    w = MAX (w, ((VarBox *)g_ptr_array_index (boxes, i))->width);

  return w;
}
