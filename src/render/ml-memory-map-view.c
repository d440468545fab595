/* ml-memory-map-view.c
 *
 * Copyright The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The lecture's "mapa de memoria": every live variable in its place.  Three columns, the
 * roots on the left (package variables in data, then each goroutine's stack with its
 * frames), the heap in the middle and the read-only string literals on the right, so that
 * pointers mostly run left to right.  A variable is a box with its fields nested as Go lays
 * them out; a string is its (pointer, length) header with an arrow into rodata; values read
 * as fmt prints them.  Arrows are routed around the boxes and drawn under them.
 */

#include "config.h"

#include <inttypes.h>
#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "ml-gc-colours-private.h"
#include "ml-object-names-private.h"
#include "ml-refs-private.h"
#include "ml-router-private.h"
#include "ml-slots-private.h"
#include "ml-value.h"
#include "ml-view-layouts.h"

#define MARGIN        28.0
#define COLUMN_GAP    96.0
#define REGION_PAD    14.0
#define BOX_PAD       10.0
#define BOX_GAP       16.0
#define ROW_HEIGHT    24.0
#define INDENT        14.0
#define NAME_GAP      14.0
#define MIN_STRUCT_WIDTH 236.0
#define COLUMN_HEIGHT 560.0   /* a frame taller than this flows into more columns */
#define SUB_GAP       40.0    /* between a frame's columns: room for arrows to pass */
#define MAX_HEAP_COLUMNS 4
#define MAX_MAP_OBJECTS  60   /* more than this reads better as the heap graph */
#define HEAP_COLUMN_GAP  56.0

typedef enum
{
  ROW_SCALAR,
  ROW_STRUCT,      /* a nested struct's title; its fields follow one level deeper */
  ROW_STRING,
  ROW_POINTER,
  ROW_SLICE,
  ROW_INTERFACE,
} RowKind;

typedef struct
{
  RowKind  kind;
  int      depth;
  char    *name;
  char    *value;       /* scalars; the type name of a nested struct */
  guint64  addr;
  guint64  offset;
  guint64  ptr;
  guint64  len;
  guint64  cap;
  gboolean known;       /* the bytes are in the snapshot */
} Row;

typedef struct
{
  MlHitKind     hit;
  guint64       index;
  guint64       addr;
  guint64       size;
  const MlRtype *type;
  char         *name;
  char         *title_type;
  char         *note;       /* a dim line under the title */
  char         *size_text;  /* the size in the title's corner: "24 B", "40 B in a 48 B slot" */
  GPtrArray    *go_value;   /* wrapped lines of the %v form, or NULL */
  GArray       *rows;
  double        name_width;
  double        width;
  double        height;
  MlRect        rect;
  gint          box;        /* the scene box, once placed */
  guint64       key;
  const char   *klass;
  guint8        colour;
  gboolean      faded;
} VarBox;

typedef struct
{
  MlPoint  from;
  gint     from_box;        /* the root box the arrow starts in */
  guint64  target;
  guint64  key;
  gboolean dashed;
} PendingArrow;

typedef struct
{
  guint64 addr;
  guint64 size;
  gint    box;
} Target;

typedef struct
{
  MlScene               *scene;
  const MlSnapshot      *snapshot;
  const MlRenderOptions *options;
  const MlPalette       *palette;
  GArray                *pending;   /* PendingArrow */
  GArray                *targets;   /* Target */
  MlRefs                *refs;
  double                 row_name_width;
} Ctx;

static void
row_clear (gpointer data)
{
  Row *row = data;

  g_free (row->name);
  g_free (row->value);
}

static void
var_box_free (gpointer data)
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

static VarBox *
var_box_new (void)
{
  VarBox *box = g_new0 (VarBox, 1);

  box->rows = g_array_new (FALSE, TRUE, sizeof (Row));
  g_array_set_clear_func (box->rows, row_clear);
  box->box = -1;
  box->klass = "variable";

  return box;
}

static Row *
add_row (VarBox     *box,
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
static void
emit_rows (Ctx                *ctx,
           VarBox             *box,
           const MlRtype       *type,
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
          row = add_row (box, ROW_STRUCT, depth, name, addr + offset, offset);
          row->value = ml_short_type_name (ml_value_type_name (type));
        }
      for (guint i = 0; i < type->n_fields; i++)
        {
          const MlRtypeField *field = &type->fields[i];

          emit_rows (ctx, box, field->type, bytes != NULL ? bytes + field->offset : NULL, object,
                     addr, offset + field->offset, depth + 1, field->name);
        }
      break;

    case ML_KIND_STRING:
      row = add_row (box, ROW_STRING, MAX (depth, 0), name, addr + offset, offset);
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

    case ML_KIND_POINTER:
    case ML_KIND_UNSAFE_POINTER:
    case ML_KIND_MAP:
    case ML_KIND_CHAN:
    case ML_KIND_FUNC:
      row = add_row (box, ROW_POINTER, MAX (depth, 0), name, addr + offset, offset);
      if (bytes != NULL)
        row->ptr = ml_value_read_word (bytes, 0);
      else if (object != NULL)
        row->ptr = object_pointer_at (ctx->snapshot, object, offset);
      break;

    case ML_KIND_SLICE:
      row = add_row (box, ROW_SLICE, MAX (depth, 0), name, addr + offset, offset);
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
      row = add_row (box, ROW_INTERFACE, MAX (depth, 0), name, addr + offset, offset);
      if (bytes != NULL)
        row->ptr = ml_value_read_word (bytes, 8);
      else if (object != NULL)
        row->ptr = object_pointer_at (ctx->snapshot, object, offset + 8);
      break;

    case ML_KIND_ARRAY:
      if (type->elem != NULL && type->len > 0 && type->len <= 8 &&
          (type->elem->kind == ML_KIND_STRUCT || type->elem->has_pointers))
        {
          for (guint64 i = 0; i < type->len; i++)
            {
              g_autofree char *elem_name = g_strdup_printf ("%s[%" PRIu64 "]", name ? name : "", i);

              emit_rows (ctx, box, type->elem, bytes != NULL ? bytes + i * type->elem->size : NULL,
                         object, addr, offset + i * type->elem->size, MAX (depth, 0), elem_name);
            }
          break;
        }
      G_GNUC_FALLTHROUGH;

    case ML_KIND_BOOL:
    case ML_KIND_INT:
    case ML_KIND_INT8:
    case ML_KIND_INT16:
    case ML_KIND_INT32:
    case ML_KIND_INT64:
    case ML_KIND_UINT:
    case ML_KIND_UINT8:
    case ML_KIND_UINT16:
    case ML_KIND_UINT32:
    case ML_KIND_UINT64:
    case ML_KIND_UINTPTR:
    case ML_KIND_FLOAT32:
    case ML_KIND_FLOAT64:
    case ML_KIND_COMPLEX64:
    case ML_KIND_COMPLEX128:
    case ML_KIND_INVALID:
    case ML_N_KINDS:
    default:
      row = add_row (box, ROW_SCALAR, MAX (depth, 0), name, addr + offset, offset);
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

static GPtrArray *
wrap_words (const char  *text,
            MlTextStyle  style,
            double       max_width)
{
  GPtrArray *lines = g_ptr_array_new_with_free_func (g_free);
  g_auto(GStrv) words = g_strsplit (text, " ", -1);
  GString *line = g_string_new (NULL);

  /* Go's %v separates fields by one space and prints empty strings as nothing, so runs of
   * spaces are meaningful: the words are joined back exactly and only split where a line
   * would grow too long. */
  for (guint i = 0; words[i] != NULL; i++)
    {
      gsize before = line->len;
      double width;

      if (i > 0)
        g_string_append_c (line, ' ');
      g_string_append (line, words[i]);
      ml_text_measure (line->str, style, &width, NULL);

      if (width > max_width && before > 0)
        {
          g_string_truncate (line, before);
          g_ptr_array_add (lines, g_strdup (line->str));
          g_string_assign (line, "  ");
          g_string_append (line, words[i]);
        }
    }
  g_ptr_array_add (lines, g_string_free (line, FALSE));

  return lines;
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

  ml_text_measure (text, ML_TEXT_TINY, &w, NULL);

  return MAX (52, ceil (w) + 12);
}

static double
value_cell_width (Ctx       *ctx,
                  const Row *row)
{
  double w = 0;

  switch (row->kind)
    {
    case ROW_SCALAR:
      ml_text_measure (row->value, ML_TEXT_MONO, &w, NULL);
      break;
    case ROW_STRUCT:
      ml_text_measure (row->value, ML_TEXT_SMALL, &w, NULL);
      break;
    case ROW_STRING:
      {
        g_autofree char *len = len_text (row);

        w = 28 + word_cell_width (len);
      }
      break;
    case ROW_SLICE:
      {
        g_autofree char *len = len_text (row);
        g_autofree char *cap = cap_text (row);

        w = 28 + word_cell_width (len) + word_cell_width (cap);
      }
      break;
    case ROW_POINTER:
    case ROW_INTERFACE:
      w = 34;
      break;
    default:
      g_assert_not_reached ();
    }

  if (ctx->options->show_addresses && (row->kind == ROW_POINTER || row->kind == ROW_STRING ||
                                       row->kind == ROW_SLICE || row->kind == ROW_INTERFACE))
    {
      double aw;

      ml_text_measure ("0xc000000000", ML_TEXT_MONO_SMALL, &aw, NULL);
      w += aw + 6;
    }

  return w;
}

/* Sizes a box from its rows: the name column is as wide as the longest name at its depth,
 * values follow. */
static void
measure_box (Ctx    *ctx,
             VarBox *box)
{
  double name_w = 0;
  double value_w = 0;
  double title_w = 0;
  double w;
  double offset_w = 0;

  if (ctx->options->show_addresses)
    ml_text_measure ("+000", ML_TEXT_MONO_SMALL, &offset_w, NULL);

  for (guint i = 0; i < box->rows->len; i++)
    {
      const Row *row = &g_array_index (box->rows, Row, i);

      ml_text_measure (row->name, row->kind == ROW_STRUCT ? ML_TEXT_HEADING : ML_TEXT_BODY, &w, NULL);
      w += row->depth * INDENT;
      if (row->kind == ROW_STRUCT)
        {
          double vw;

          ml_text_measure (row->value, ML_TEXT_SMALL, &vw, NULL);
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
    ml_text_measure (box->title_type != NULL ? box->title_type : "", ML_TEXT_SMALL, &tw, NULL);
    ml_text_measure (size, ML_TEXT_SMALL, &sw, NULL);
    title_w = MAX (title_w, nw + 10 + tw + 16 + sw);
  }

  if (box->note != NULL)
    {
      double nw;

      ml_text_measure (box->note, ML_TEXT_MONO_SMALL, &nw, NULL);
      title_w = MAX (title_w, nw);
    }

  box->width = MAX (title_w, box->name_width + (box->rows->len > 0 ? NAME_GAP : 0) + value_w) + 2 * BOX_PAD;
  box->width = MAX (box->width, 120);
}

static double
box_height (Ctx    *ctx,
            VarBox *box)
{
  double h = BOX_PAD + ml_text_line_height (ML_TEXT_HEADING) + 4;

  if (box->note != NULL)
    h += ml_text_line_height (ML_TEXT_MONO_SMALL) + 2;
  if (box->go_value != NULL)
    h += box->go_value->len * (ml_text_line_height (ML_TEXT_MONO) + 1) + 4;
  if (box->rows->len > 0)
    h += 6 + box->rows->len * ROW_HEIGHT;

  return h + BOX_PAD - 2;
}

/* The value as fmt.Println prints it, wrapped to the box's width (which it widens when a
 * single word is longer). */
static void
prepare_go_value (Ctx          *ctx,
                  VarBox       *box,
                  const guint8 *bytes)
{
  g_autofree char *text = NULL;
  double inner;

  if (bytes == NULL || box->type == NULL)
    return;
  if (box->type->kind != ML_KIND_STRUCT && box->type->kind != ML_KIND_ARRAY)
    return;

  text = ml_value_format (ctx->snapshot, box->type, bytes);
  box->width = MAX (box->width, MIN_STRUCT_WIDTH);
  inner = box->width - 2 * BOX_PAD;
  box->go_value = wrap_words (text, ML_TEXT_MONO, inner);
  for (guint i = 0; i < box->go_value->len; i++)
    {
      double w;

      ml_text_measure (g_ptr_array_index (box->go_value, i), ML_TEXT_MONO, &w, NULL);
      box->width = MAX (box->width, w + 2 * BOX_PAD);
    }
}

static VarBox *
make_slot_box (Ctx              *ctx,
               const MlSnapSlot *slot,
               MlHitKind         hit,
               guint             index)
{
  VarBox *box = var_box_new ();
  const guint8 *bytes = NULL;

  if (slot->type != NULL && slot->value_offset + slot->type->size <= ctx->snapshot->n_values)
    bytes = ctx->snapshot->values + slot->value_offset;

  box->hit = hit;
  box->index = index;
  box->addr = slot->addr;
  box->type = slot->type;
  box->size = slot->type != NULL ? slot->type->size : 0;
  box->name = g_strdup (slot->name != NULL ? ml_short_name (slot->name) : "?");
  box->title_type = ml_short_type_name (ml_value_type_name (slot->type));
  box->key = ml_scene_key (hit == ML_HIT_GLOBAL ? "global" : "slot", slot->addr,
                           g_str_hash (box->name));
  box->klass = hit == ML_HIT_GLOBAL ? "global" : "slot";
  if (ctx->options->show_addresses)
    box->note = g_strdup_printf ("0x%" PRIx64, slot->addr);

  if (slot->type != NULL)
    {
      if (slot->type->kind == ML_KIND_STRUCT)
        emit_rows (ctx, box, slot->type, bytes, NULL, slot->addr, 0, -1, NULL);
      else
        emit_rows (ctx, box, slot->type, bytes, NULL, slot->addr, 0, 0, "");
      measure_box (ctx, box);
      prepare_go_value (ctx, box, bytes);
    }
  else
    measure_box (ctx, box);

  box->height = box_height (ctx, box);

  return box;
}

static VarBox *
make_object_box (Ctx  *ctx,
                 guint index)
{
  const MlSnapObject *object = &ctx->snapshot->objects[index];
  VarBox *box = var_box_new ();
  const MlRtype *type = object->type;
  const guint8 *bytes = NULL;

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

  /* Structs show their fields; other objects one row of their own. */
  if (type != NULL && type->kind == ML_KIND_STRUCT && type->n_fields <= 24)
    {
      emit_rows (ctx, box, type, bytes, object, object->addr, 0, -1, NULL);
      measure_box (ctx, box);
      if (bytes != NULL)
        prepare_go_value (ctx, box, bytes);
      box->height = box_height (ctx, box);
      return box;
    }
  else if (type != NULL && type->kind != ML_KIND_STRUCT && object->n_edges > 0 && object->n_edges <= 8)
    for (guint i = 0; i < object->n_edges; i++)
      {
        const MlSnapEdge *edge = &ctx->snapshot->edges[object->first_edge + i];
        g_autofree char *name = g_strdup_printf ("+%" PRIu64, edge->offset);
        Row *row = add_row (box, ROW_POINTER, 0, name, object->addr + edge->offset, edge->offset);

        row->ptr = edge->target;
      }

  measure_box (ctx, box);
  box->height = box_height (ctx, box);

  return box;
}

static VarBox *
make_string_box (Ctx  *ctx,
                 guint index)
{
  const MlSnapString *s = &ctx->snapshot->strings[index];
  VarBox *box = var_box_new ();
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

      ml_text_measure (box->note, ML_TEXT_MONO_SMALL, &nw, NULL);
      box->width = MAX (box->width, nw + 2 * BOX_PAD);
    }
  box->height = 2 * 7 + ml_text_line_height (ML_TEXT_MONO) +
                (box->note != NULL ? ml_text_line_height (ML_TEXT_MONO_SMALL) : 0);

  return box;
}

static MlColor
region_fill (Ctx           *ctx,
             const MlColor *segment)
{
  return ml_color_mix (&ctx->palette->background, segment, ctx->scene->theme == ML_THEME_DARK ? 0.22 : 0.28);
}

static MlColor
box_fill (Ctx *ctx)
{
  static const MlColor white = { 1, 1, 1, 1 };
  static const MlColor dark = { 0.19, 0.19, 0.21, 1 };

  return ctx->scene->theme == ML_THEME_DARK ? dark : white;
}

static void
add_target (Ctx    *ctx,
            guint64 addr,
            guint64 size,
            gint    box)
{
  Target t = { addr, MAX (size, 1), box };

  g_array_append_val (ctx->targets, t);
}

static void
add_pending (Ctx     *ctx,
             double   x,
             double   y,
             gint     from_box,
             guint64  target,
             guint64  key)
{
  PendingArrow arrow = { { x, y }, from_box, target, key, FALSE };

  g_array_append_val (ctx->pending, arrow);
}

/* Draws a value cell: a small framed cell with text, or with the dot a pointer starts from. */
static void
add_cell (Ctx           *ctx,
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

/* Places a box's title and rows, starting at its rect's top-left, and records the arrows
 * its pointers start. */
static void
place_box (Ctx    *ctx,
           VarBox *box)
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
    ml_text_measure ("+000", ML_TEXT_MONO_SMALL, &offset_w, NULL);

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
      ml_scene_add_text (scene, box->key ^ 2, box->title_type, ML_TEXT_SMALL,
                         x + w - BOX_PAD - 40, y + 7 + 1, &dim);
      if (box->note != NULL)
        ml_scene_add_text (scene, box->key ^ 3, box->note, ML_TEXT_MONO_SMALL, x + BOX_PAD, y + 7 + th, &dim);
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
    t = ml_scene_add_text (scene, box->key ^ 2, box->title_type, ML_TEXT_SMALL, x + BOX_PAD + nw + 10, cy + 2, &dim);
    t->opacity = opacity;
    ml_text_measure (size, ML_TEXT_SMALL, &sw, NULL);
    t = ml_scene_add_text (scene, box->key ^ 3, size, ML_TEXT_SMALL, x + w - BOX_PAD - sw, cy + 2, &dim);
    t->opacity = opacity;
    cy += ml_text_line_height (ML_TEXT_HEADING) + 4;
  }

  if (box->note != NULL)
    {
      ml_scene_add_text (scene, box->key ^ 4, box->note, ML_TEXT_MONO_SMALL, x + BOX_PAD, cy - 2, &dim);
      cy += ml_text_line_height (ML_TEXT_MONO_SMALL) + 2;
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

  /* Nested structs get their own box around their fields: a nested value is part of its
   * parent's memory, not somewhere else. */
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
      nested = ml_scene_add_box (scene, box->key ^ (0x200 + i), &r);
      nested->fill = ml_color_mix (&fill, &palette->border, 0.12);
      nested->stroke = palette->border;
      nested->radius = 5;
      nested->opacity = opacity;
      nested->klass = "field-struct";
    }

  for (guint i = 0; i < box->rows->len; i++)
    {
      const Row *row = &g_array_index (box->rows, Row, i);
      double ry = cy + i * ROW_HEIGHT;
      double name_x = x + BOX_PAD + row->depth * INDENT + (offset_w > 0 ? offset_w + 8 : 0);
      double value_x = x + BOX_PAD + box->name_width + NAME_GAP;
      double th;
      guint64 key = box->key ^ (0x1000 + i * 16);
      MlSceneText *t;

      if (ctx->options->show_addresses)
        {
          g_autofree char *off = g_strdup_printf ("+%" PRIu64, row->offset);

          ml_text_measure (off, ML_TEXT_MONO_SMALL, NULL, &th);
          t = ml_scene_add_text (scene, key ^ 1, off, ML_TEXT_MONO_SMALL, x + BOX_PAD, ry + (ROW_HEIGHT - th) / 2, &dim);
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
            ml_text_measure (row->value, ML_TEXT_SMALL, NULL, &th);
            ml_scene_add_text (scene, key ^ 3, row->value, ML_TEXT_SMALL, name_x + nw + 10,
                               ry + (ROW_HEIGHT - th) / 2 + 1, &dim);
          }
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

            /* The pointer word: a dot the arrow leaves from, or nil. */
            add_cell (ctx, key ^ 4, cx, ry, 28, nil ? "nil" : NULL, ML_TEXT_TINY, &dim);
            if (!nil)
              {
                MlRect dot = { cx + 14 - 4, ry + ROW_HEIGHT / 2 - 4, 8, 8 };
                MlSceneBox *d = ml_scene_add_box (scene, key ^ 5, &dot);

                d->fill = palette->pointer;
                d->stroke = palette->pointer;
                d->radius = 4;
                d->klass = "pointer-dot";
                add_pending (ctx, cx + 14, ry + ROW_HEIGHT / 2, box->box, row->ptr, key ^ 6);
              }
            cx += 28;

            if (row->kind == ROW_STRING || row->kind == ROW_SLICE)
              {
                g_autofree char *len = len_text (row);
                double cw = word_cell_width (len);

                add_cell (ctx, key ^ 7, cx, ry, cw, len, ML_TEXT_TINY, &fg);
                cx += cw;
              }
            if (row->kind == ROW_SLICE)
              {
                g_autofree char *cap = cap_text (row);
                double cw = word_cell_width (cap);

                add_cell (ctx, key ^ 8, cx, ry, cw, cap, ML_TEXT_TINY, &fg);
                cx += cw;
              }
            if (ctx->options->show_addresses && !nil)
              {
                g_autofree char *addr = g_strdup_printf ("0x%" PRIx64, row->ptr);

                ml_text_measure (addr, ML_TEXT_MONO_SMALL, NULL, &th);
                ml_scene_add_text (scene, key ^ 9, addr, ML_TEXT_MONO_SMALL, cx + 6, ry + (ROW_HEIGHT - th) / 2, &dim);
              }
          }
          break;

        default:
          g_assert_not_reached ();
        }
    }
}

/* A region: a tinted background box with a title, under the boxes it holds. */
static void
add_region (Ctx           *ctx,
            guint64        key,
            const MlRect  *rect,
            const char    *title,
            const char    *subtitle,
            const MlColor *segment,
            MlHitKind      hit,
            guint64        address,
            guint64        index,
            const char    *klass)
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
  region->klass = klass;

  t = ml_scene_add_text (ctx->scene, key ^ 1, title, ML_TEXT_TITLE, rect->x + REGION_PAD, rect->y + 10,
                         &ctx->palette->foreground);
  t->klass = "region-title";
  if (subtitle != NULL)
    {
      t = ml_scene_add_text (ctx->scene, key ^ 2, subtitle, ML_TEXT_CAPTION, rect->x + REGION_PAD,
                             rect->y + 10 + ml_text_line_height (ML_TEXT_TITLE), &ctx->palette->dim_foreground);
      t->klass = "region-note";
    }
}

static double
region_header_height (void)
{
  return 10 + ml_text_line_height (ML_TEXT_TITLE) + ml_text_line_height (ML_TEXT_CAPTION) + 10;
}

static const MlSnapSegment *
find_segment (const MlSnapshot *snapshot,
              MlSegmentKind     kind)
{
  for (guint i = 0; i < snapshot->n_segments; i++)
    if (snapshot->segments[i].kind == kind)
      return &snapshot->segments[i];

  return NULL;
}

static gint
find_target_box (Ctx     *ctx,
                 guint64  addr)
{
  for (guint i = 0; i < ctx->targets->len; i++)
    {
      const Target *t = &g_array_index (ctx->targets, Target, i);

      if (addr >= t->addr && addr < t->addr + t->size)
        return t->box;
    }

  return -1;
}

static int
compare_object_addr (gconstpointer a,
                     gconstpointer b,
                     gpointer      user_data)
{
  const MlSnapshot *snapshot = user_data;
  guint64 x = snapshot->objects[*(const guint *)a].addr;
  guint64 y = snapshot->objects[*(const guint *)b].addr;

  return x < y ? -1 : x > y;
}

/* The object whose memory holds @addr, by binary search over @by_addr. */
static gint
find_object (const MlSnapshot *snapshot,
             const guint      *by_addr,
             guint             n,
             guint64           addr)
{
  guint lo = 0, hi = n;

  while (lo < hi)
    {
      guint mid = (lo + hi) / 2;

      if (snapshot->objects[by_addr[mid]].addr <= addr)
        lo = mid + 1;
      else
        hi = mid;
    }
  if (lo > 0)
    {
      const MlSnapObject *o = &snapshot->objects[by_addr[lo - 1]];

      if (addr >= o->addr && addr < o->addr + MAX (o->size, 1))
        return (gint)by_addr[lo - 1];
    }

  return -1;
}

/* Vertical placement for the middle and right columns: each box as near the first pointer
 * to it as the boxes above allow, so that most arrows are short and level. */
static double
place_near_referrers (Ctx       *ctx,
                      GPtrArray *boxes,
                      double     x,
                      double     top,
                      double     width)
{
  g_autofree double *wanted = g_new0 (double, MAX (boxes->len, 1));
  g_autofree guint *order = g_new0 (guint, MAX (boxes->len, 1));
  double y = top;

  for (guint i = 0; i < boxes->len; i++)
    {
      VarBox *box = g_ptr_array_index (boxes, i);

      wanted[i] = G_MAXDOUBLE;
      order[i] = i;
      for (guint j = 0; j < ctx->pending->len; j++)
        {
          const PendingArrow *p = &g_array_index (ctx->pending, PendingArrow, j);

          if (p->target >= box->addr && p->target < box->addr + MAX (box->size, 1))
            {
              wanted[i] = MIN (wanted[i], p->from.y - 18);
            }
        }
    }

  /* Stable insertion sort by the wanted position; unreferenced boxes go last in address
   * order. */
  for (guint i = 1; i < boxes->len; i++)
    for (guint j = i; j > 0 && wanted[order[j]] < wanted[order[j - 1]]; j--)
      {
        guint tmp = order[j];

        order[j] = order[j - 1];
        order[j - 1] = tmp;
      }

  for (guint i = 0; i < boxes->len; i++)
    {
      VarBox *box = g_ptr_array_index (boxes, order[i]);
      double want = wanted[order[i]] == G_MAXDOUBLE ? y : wanted[order[i]];

      y = MAX (y, want);
      box->rect.x = x;
      box->rect.y = y;
      box->rect.width = width;
      box->rect.height = box->height;
      y += box->height + BOX_GAP;
    }

  return y;
}

/* How many columns a frame's variables flow into: enough to keep the picture landscape, as
 * slides are. */
static guint
frame_columns (double total_height,
               guint  n_slots)
{
  guint n = (guint)ceil (total_height / COLUMN_HEIGHT);

  return CLAMP (n, 1, MAX (MIN (n_slots, 4), 1));
}

static double
max_width (GPtrArray *boxes,
           double     minimum)
{
  double w = minimum;

  for (guint i = 0; i < boxes->len; i++)
    w = MAX (w, ((VarBox *)g_ptr_array_index (boxes, i))->width);

  return w;
}

/* The rodata region at @x with the string boxes in it, each near the first pointer to it
 * that is already known.  The region is only as tall as its boxes, from the first to the
 * last, so that arrows passing it on their way to the heap have room above and below. */
static void
place_rodata (Ctx       *ctx,
              GPtrArray *strings,
              double     x,
              double    *right,
              double    *bottom)
{
  const MlSnapSegment *rodata = find_segment (ctx->snapshot, ML_SEGMENT_RODATA);
  g_autofree char *subtitle = NULL;
  double header = region_header_height ();
  double strings_w = max_width (strings, 140);
  double tw, sy, top = G_MAXDOUBLE;
  MlRect r;

  if (ctx->options->show_addresses && rodata != NULL)
    subtitle = g_strdup_printf (_("string literals · read-only · 0x%" PRIx64), rodata->start);
  else
    subtitle = g_strdup (_("string literals · read-only"));
  ml_text_measure (subtitle, ML_TEXT_CAPTION, &tw, NULL);
  strings_w = MAX (strings_w, tw);
  {
    double title_w;

    ml_text_measure (_("Read-only data"), ML_TEXT_TITLE, &title_w, NULL);
    strings_w = MAX (strings_w, title_w);
  }

  sy = place_near_referrers (ctx, strings, x + REGION_PAD, MARGIN + header, strings_w);
  for (guint i = 0; i < strings->len; i++)
    top = MIN (top, ((VarBox *)g_ptr_array_index (strings, i))->rect.y);
  r = (MlRect) { x, top - header, strings_w + 2 * REGION_PAD, sy - (top - header) - BOX_GAP + 12 };

  /* Translators: the read-only data segment, where string literals live. */
  add_region (ctx, ml_scene_key ("region", ML_SEGMENT_RODATA, 0), &r, _("Read-only data"), subtitle,
              &ctx->palette->segment_rodata, ML_HIT_SEGMENT, rodata != NULL ? rodata->start : ML_RODATA_BASE,
              ML_SEGMENT_RODATA, "region");
  for (guint i = 0; i < strings->len; i++)
    place_box (ctx, g_ptr_array_index (strings, i));

  *bottom = MAX (*bottom, r.y + r.height + 18);
  *right = MAX (*right, x + r.width);
}

/* The length of run @i of a route. */
static double
run_length (const MlPoint *p,
            guint          i)
{
  return hypot (p[i + 1].x - p[i].x, p[i + 1].y - p[i].y);
}

/* Whether a label at @r would cover a value box or another text of the scene. */
static gboolean
label_fits (MlScene      *scene,
            const MlRect *r)
{
  if (r->x < 0 || r->y < 0)
    return FALSE;
  for (guint i = 0; i < scene->boxes->len; i++)
    {
      const MlSceneBox *b = &g_array_index (scene->boxes, MlSceneBox, i);

      if ((b->flags & ML_BOX_OBSTACLE) && ml_rect_intersects (&b->rect, r))
        return FALSE;
    }
  for (guint i = 0; i < scene->texts->len; i++)
    {
      const MlSceneText *t = &g_array_index (scene->texts, MlSceneText, i);
      MlRect tr = { t->x, t->y, t->width, t->height };

      if (ml_rect_intersects (&tr, r))
        return FALSE;
    }

  return TRUE;
}

/* Where a label of a route goes: beside its longest runs first, above or below a level run
 * and right or left of a plumb one, wherever it covers nothing; under the route's lowest
 * point when nothing else is free. */
static MlPoint
place_route_label (MlScene       *scene,
                   const MlPoint *p,
                   guint          n,
                   const char    *text,
                   MlTextStyle    style)
{
  g_autofree guint *order = g_new (guint, MAX (n, 1));
  double w, h, low = 0, left = G_MAXDOUBLE, right = 0;

  ml_text_measure (text, style, &w, &h);
  for (guint i = 0; i < n; i++)
    {
      order[i] = i;
      low = MAX (low, p[i].y);
      left = MIN (left, p[i].x);
      right = MAX (right, p[i].x);
    }
  /* The runs, longest first. */
  for (guint i = 1; i + 1 < n; i++)
    for (guint j = i; j > 0 && run_length (p, order[j]) > run_length (p, order[j - 1]); j--)
      {
        guint tmp = order[j];

        order[j] = order[j - 1];
        order[j - 1] = tmp;
      }

  for (guint k = 0; k + 1 < n; k++)
    {
      const MlPoint *a = &p[order[k]], *b = &p[order[k] + 1];
      double mx = (a->x + b->x) / 2, my = (a->y + b->y) / 2;
      MlRect candidates[2];

      if (fabs (a->y - b->y) < 0.5)
        {
          candidates[0] = (MlRect) { mx - w / 2, my + 4, w, h };
          candidates[1] = (MlRect) { mx - w / 2, my - h - 4, w, h };
        }
      else
        {
          candidates[0] = (MlRect) { mx + 6, my - h / 2, w, h };
          candidates[1] = (MlRect) { mx - w - 6, my - h / 2, w, h };
        }
      for (guint c = 0; c < G_N_ELEMENTS (candidates); c++)
        if (label_fits (scene, &candidates[c]))
          return (MlPoint) { candidates[c].x, candidates[c].y };
    }

  return (MlPoint) { (left + right - w) / 2, low + 4 };
}

/* The obstacle layers an arrow between boxes @a and @b goes around: every region's but
 * those that hold its two ends.  @regions holds the scene's region boxes, region k on layer
 * k + 1 of the router. */
static guint32
arrow_avoids (MlScene      *scene,
              GArray       *regions,
              const MlRect *a,
              const MlRect *b)
{
  guint32 avoid = G_MAXUINT32;

  for (guint k = 0; k < regions->len; k++)
    {
      const MlRect *rr = &ml_scene_get_box (scene, g_array_index (regions, guint, k))->rect;

      if (ml_rect_contains (rr, a->x + a->width / 2, a->y + a->height / 2) ||
          ml_rect_contains (rr, b->x + b->width / 2, b->y + b->height / 2))
        avoid &= ~(ML_ROUTER_LAYER_BOXES << (1 + k));
    }

  return avoid;
}

/**
 * ml_memory_map_view_layout:
 * @snapshot: a snapshot with roots (ML_SNAPSHOT_ROOTS), and objects for the heap column
 * @previous: (nullable): the layout of the previous step (unused: the map is laid out from
 *   the program's structure, which is stable by itself)
 *
 * Returns: (transfer full): the memory map
 */
MlScene *
ml_memory_map_view_layout (const MlSnapshot      *snapshot,
                           MlScene               *previous,
                           const MlRenderOptions *options)
{
  g_autoptr(GPtrArray) globals = g_ptr_array_new_with_free_func (var_box_free);
  g_autoptr(GPtrArray) frames = g_ptr_array_new_with_free_func ((GDestroyNotify)g_ptr_array_unref);
  g_autoptr(GPtrArray) objects = g_ptr_array_new_with_free_func (var_box_free);
  g_autoptr(GPtrArray) strings = g_ptr_array_new_with_free_func (var_box_free);
  g_autoptr(GArray) pending = g_array_new (FALSE, FALSE, sizeof (PendingArrow));
  g_autoptr(GArray) targets = g_array_new (FALSE, FALSE, sizeof (Target));
  g_autoptr(GArray) frame_meta = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr(GArray) frame_hidden = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr(GArray) frame_temporaries = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr(MlRouter) router = NULL;
  g_autoptr(GArray) route = g_array_new (FALSE, FALSE, sizeof (MlPoint));
  g_autoptr(MlRefs) refs = NULL;
  g_autoptr(GArray) regions = g_array_new (FALSE, FALSE, sizeof (guint));
  MlRenderOptions defaults = ML_RENDER_OPTIONS_INIT;
  g_autofree gboolean *string_used = NULL;
  Ctx ctx = { 0 };
  MlScene *scene;
  double left_w = 0, heap_w = 0;
  double x, y, bottom = 0, right = 0;
  double header = region_header_height ();
  double stack_top, col2_x, col3_x;
  gboolean strings_first = FALSE;
  guint hidden_objects = 0, hidden_statics = 0;
  MlRect r;

  g_return_val_if_fail (snapshot != NULL, NULL);

  if (options == NULL)
    options = &defaults;

  scene = ml_scene_new (ML_VIEW_MEMORY_MAP, options->theme, 100, 100);
  ctx.scene = scene;
  ctx.snapshot = snapshot;
  ctx.options = options;
  ctx.palette = ml_palette_get (options->theme);
  ctx.pending = pending;
  ctx.targets = targets;
  refs = ml_refs_new (snapshot);
  ctx.refs = refs;

  /* Build every box first, to know the column widths. */
  /* The compiler's static temporaries (the strings a call boxes into interfaces) are left
   * out of data as its temporaries are out of frames, unless something points into them. */
  for (guint i = 0; i < snapshot->n_globals; i++)
    if (ml_slot_is_idle_temporary (snapshot, &snapshot->globals[i]))
      hidden_statics++;
    else
      g_ptr_array_add (globals, make_slot_box (&ctx, &snapshot->globals[i], ML_HIT_GLOBAL, i));
  left_w = max_width (globals, 200);

  for (guint g = 0; g < snapshot->n_goroutines; g++)
    {
      const MlSnapGoroutine *gr = &snapshot->goroutines[g];

      /* Outermost frame (main) on top: the stack grows down, as in the segments view. */
      for (guint f = gr->n_frames; f > 0; f--)
        {
          guint fi = gr->first_frame + f - 1;
          const MlSnapFrame *frame = &snapshot->frames[fi];
          GPtrArray *slots = g_ptr_array_new_with_free_func (var_box_free);

          guint hidden = 0;
          guint temporaries = 0;

          for (guint s = 0; s < frame->n_slots; s++)
            {
              const MlSnapSlot *slot = &snapshot->slots[frame->first_slot + s];

              if (ml_slot_is_idle_temporary (snapshot, slot))
                {
                  temporaries++;
                  continue;
                }
              if (frame->n_slots > ML_MAX_ZERO_SLOTS && ml_slot_is_zero (snapshot, slot))
                {
                  hidden++;
                  continue;
                }
              g_ptr_array_add (slots, make_slot_box (&ctx, slot, ML_HIT_SLOT, frame->first_slot + s));
            }
          g_array_append_val (frame_hidden, hidden);
          g_array_append_val (frame_temporaries, temporaries);
          g_ptr_array_add (frames, slots);
          g_array_append_val (frame_meta, fi);
        }
    }

  /* Data column first (top left), then the stack below it. */
  x = MARGIN;
  y = MARGIN;
  {
    const MlSnapSegment *data = find_segment (snapshot, ML_SEGMENT_DATA);
    double region_w, cy;
    g_autofree char *subtitle = NULL;

    if (options->show_addresses && data != NULL)
      subtitle = g_strdup_printf (_("package variables · from 0x%" PRIx64), data->start);
    else
      subtitle = g_strdup (_("package variables"));

    /* Frames may be wider than globals; compute the left column's width from both. */
    for (guint f = 0; f < frames->len; f++)
      {
        GPtrArray *slots = g_ptr_array_index (frames, f);
        double total_h = 0, w = max_width (slots, 160);

        guint n_cols;

        for (guint s = 0; s < slots->len; s++)
          total_h += ((VarBox *)g_ptr_array_index (slots, s))->height + BOX_GAP;
        n_cols = frame_columns (total_h, slots->len);
        w = n_cols * w + (n_cols - 1) * SUB_GAP;
        left_w = MAX (left_w, w + 24);
      }

    /* The data and stack regions share the column, so it is also as wide as any of their
     * headings: a short program's boxes are narrower than "managed by the runtime · grows by
     * copying", and the heading must not run out of its region. */
    {
      double tw;

      ml_text_measure (subtitle, ML_TEXT_CAPTION, &tw, NULL);
      left_w = MAX (left_w, tw);
      for (guint g = 0; g < snapshot->n_goroutines; g++)
        {
          const MlSnapGoroutine *gr = &snapshot->goroutines[g];
          g_autofree char *title = g_strdup_printf (_("Stack of goroutine %u"), gr->id);
          g_autofree char *note = NULL;

          if (options->show_addresses)
            note = g_strdup_printf (_("0x%" PRIx64 "–0x%" PRIx64 " · grows by copying"),
                                    gr->stack_lo, gr->stack_hi);
          else
            note = g_strdup (_("managed by the runtime · grows by copying"));
          ml_text_measure (title, ML_TEXT_TITLE, &tw, NULL);
          left_w = MAX (left_w, tw);
          ml_text_measure (note, ML_TEXT_CAPTION, &tw, NULL);
          left_w = MAX (left_w, tw);
        }
    }

    region_w = left_w + 2 * REGION_PAD;
    cy = y + header;
    for (guint i = 0; i < globals->len; i++)
      {
        VarBox *box = g_ptr_array_index (globals, i);

        box->rect = (MlRect) { x + REGION_PAD, cy, MIN (box->width, left_w), box->height };
        cy += box->height + BOX_GAP;
      }
    if (globals->len == 0 && hidden_statics == 0)
      cy += 24;
    if (hidden_statics > 0)
      cy += ml_text_line_height (ML_TEXT_CAPTION) + 4;
    r = (MlRect) { x, y, region_w, cy - y };
    /* Translators: the data segment, where package (global) variables live. */
    add_region (&ctx, ml_scene_key ("region", ML_SEGMENT_DATA, 0), &r, _("Data"), subtitle,
                &ctx.palette->segment_data, ML_HIT_SEGMENT, data != NULL ? data->start : 0,
                ML_SEGMENT_DATA, "region");
    if (globals->len == 0 && hidden_statics == 0)
      ml_scene_add_text (scene, ml_scene_key ("empty", ML_SEGMENT_DATA, 0), _("no package variables"),
                         ML_TEXT_CAPTION, x + REGION_PAD, cy - 24, &ctx.palette->dim_foreground);
    if (hidden_statics > 0)
      {
        g_autofree char *note = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                              "not drawn: %u temporary of the compiler",
                                                              "not drawn: %u temporaries of the compiler",
                                                              hidden_statics),
                                                 hidden_statics);
        MlSceneText *t = ml_scene_add_text (scene, ml_scene_key ("hidden", ML_SEGMENT_DATA, 0), note, ML_TEXT_CAPTION,
                                            x + REGION_PAD, cy - ml_text_line_height (ML_TEXT_CAPTION) - 8,
                                            &ctx.palette->dim_foreground);

        t->klass = "hidden";
      }
    y = cy + 18;
  }

  stack_top = y;

  /* The stack: one region per goroutine, a frame box per call. */
  {
    guint frame_i = 0;

    for (guint g = 0; g < snapshot->n_goroutines; g++)
      {
        const MlSnapGoroutine *gr = &snapshot->goroutines[g];
        g_autofree char *title = NULL;
        g_autofree char *subtitle = NULL;
        double gy = y, cy = y + header;
        MlRect gr_rect;
        guint64 gkey = ml_scene_key ("goroutine", gr->id, 0);
        guint first_box = scene->boxes->len;

        /* Translators: the title of a goroutine's stack in the memory map. */
        title = g_strdup_printf (_("Stack of goroutine %u"), gr->id);
        if (options->show_addresses)
          subtitle = g_strdup_printf (_("0x%" PRIx64 "–0x%" PRIx64 " · grows by copying"),
                                      gr->stack_lo, gr->stack_hi);
        else
          subtitle = g_strdup (_("managed by the runtime · grows by copying"));

        /* The region goes under its frames, so it is added first and sized afterwards. */
        gr_rect = (MlRect) { x, gy, left_w + 2 * REGION_PAD, 10 };
        add_region (&ctx, gkey, &gr_rect, title, subtitle, &ctx.palette->segment_stack,
                    ML_HIT_GOROUTINE, gr->stack_hi, g, "region");

        for (guint f = 0; f < gr->n_frames; f++, frame_i++)
          {
            GPtrArray *slots = g_ptr_array_index (frames, frame_i);
            guint fi = g_array_index (frame_meta, guint, frame_i);
            const MlSnapFrame *frame = &snapshot->frames[fi];
            double total_h = 0, col_w = max_width (slots, 160);
            guint n_cols;
            double fy = cy, sy, sy2;
            MlRect fr;
            MlSceneBox *fbox;
            MlSceneText *t;
            g_autofree char *ftitle = g_strdup_printf ("%s()", ml_short_name (frame->function));
            guint64 fkey = ml_scene_key ("frame", frame->base, g_str_hash (frame->function));

            for (guint s = 0; s < slots->len; s++)
              total_h += ((VarBox *)g_ptr_array_index (slots, s))->height + BOX_GAP;
            n_cols = frame_columns (total_h, slots->len);

            fr = (MlRect) { x + REGION_PAD, fy, left_w, 10 };
            fbox = ml_scene_add_box (scene, fkey, &fr);
            fbox->fill = ml_color_mix (&ctx.palette->background, &ctx.palette->segment_stack, 0.12);
            fbox->stroke = ml_color_mix (&ctx.palette->border, &ctx.palette->segment_stack, 0.7);
            fbox->radius = 9;
            fbox->z = ML_Z_BACKGROUND;
            fbox->hit_kind = ML_HIT_FRAME;
            fbox->address = frame->base;
            fbox->index = fi;
            fbox->klass = "frame";

            t = ml_scene_add_text (scene, fkey ^ 1, ftitle, ML_TEXT_HEADING, fr.x + 12, fy + 8, &ctx.palette->foreground);
            t->klass = "frame-title";
            if (options->show_addresses)
              {
                g_autofree char *range = g_strdup_printf ("0x%" PRIx64 " · %" PRIu64 " B",
                                                          frame->base, frame->size);

                ml_scene_add_text (scene, fkey ^ 2, range, ML_TEXT_MONO_SMALL, fr.x + 12 + t->width + 12, fy + 11,
                                   &ctx.palette->dim_foreground);
              }
            sy = fy + 8 + ml_text_line_height (ML_TEXT_HEADING) + 10;
            sy2 = sy;

            /* Variables in rows of n_cols, in declaration order, so that p1 p2 p3 / p4 dir
             * read like the program. */
            for (guint s = 0; s < slots->len; s += n_cols)
              {
                double rowh = 0;

                for (guint c = 0; c < n_cols && s + c < slots->len; c++)
                  {
                    VarBox *a = g_ptr_array_index (slots, s + c);

                    a->rect = (MlRect) { fr.x + 12 + c * (col_w + SUB_GAP), sy,
                                         n_cols == 1 ? left_w - 24 : col_w, a->height };
                    rowh = MAX (rowh, a->height);
                  }
                sy += rowh + BOX_GAP;
              }
            sy2 = sy;

            if (g_array_index (frame_hidden, guint, frame_i) > 0)
              {
                guint hidden = g_array_index (frame_hidden, guint, frame_i);
                /* Translators: under a stack frame whose unused variables are not drawn. */
                g_autofree char *note = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                                      "not drawn, all zero (nil): %u more variable",
                                                                      "not drawn, all zero (nil): %u more variables",
                                                                      hidden),
                                                         hidden);

                ml_scene_add_text (scene, fkey ^ 3, note, ML_TEXT_CAPTION, fr.x + 12, sy2 - 4, &ctx.palette->dim_foreground);
                sy2 += ml_text_line_height (ML_TEXT_CAPTION) + 4;
              }
            else if (slots->len == 0 && g_array_index (frame_temporaries, guint, frame_i) == 0)
              sy2 += 20;
            if (g_array_index (frame_temporaries, guint, frame_i) > 0)
              {
                guint n = g_array_index (frame_temporaries, guint, frame_i);
                /* Translators: under a stack frame; the compiler's temporaries hold copies of
                 * values on their way somewhere else and are not drawn. */
                g_autofree char *note = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                                      "not drawn: %u temporary of the compiler",
                                                                      "not drawn: %u temporaries of the compiler", n),
                                                         n);

                ml_scene_add_text (scene, fkey ^ 4, note, ML_TEXT_CAPTION, fr.x + 12, sy2 - 4, &ctx.palette->dim_foreground);
                sy2 += ml_text_line_height (ML_TEXT_CAPTION) + 4;
              }

            fr.width = left_w;
            fr.height = sy2 - fy;
            g_array_index (scene->boxes, MlSceneBox, ml_scene_find_box_index (scene, fkey)).rect = fr;
            cy = fy + fr.height + 12;
          }

        gr_rect.height = cy - gy + 2;
        g_array_index (scene->boxes, MlSceneBox, first_box).rect = gr_rect;
        y = cy + 18;
      }

    if (snapshot->n_goroutines == 0)
      y += 0;
  }

  bottom = y;
  right = x + left_w + 2 * REGION_PAD;

  /* Place the slot and global boxes now that their regions exist (they are drawn over). */
  for (guint i = 0; i < globals->len; i++)
    place_box (&ctx, g_ptr_array_index (globals, i));
  for (guint f = 0; f < frames->len; f++)
    {
      GPtrArray *slots = g_ptr_array_index (frames, f);

      for (guint s = 0; s < slots->len; s++)
        place_box (&ctx, g_ptr_array_index (slots, s));
    }

  /* The heap column. */
  col2_x = right + COLUMN_GAP;
  /* The heap objects: those the variables reach first, breadth-first, up to a number that
   * still reads as a map; the heap graph is the view for big heaps. */
  {
    g_autofree guint *by_addr = g_new (guint, MAX (snapshot->n_objects, 1));
    g_autofree gboolean *chosen = g_new0 (gboolean, MAX (snapshot->n_objects, 1));
    g_autoptr(GArray) queue = g_array_new (FALSE, FALSE, sizeof (guint));
    guint n_live = 0, n_by_addr = 0;

    for (guint i = 0; i < snapshot->n_objects; i++)
      if (snapshot->objects[i].colour != ML_COLOUR_FREE)
        {
          by_addr[n_by_addr++] = i;
          n_live++;
        }
    g_sort_array (by_addr, n_by_addr, sizeof (guint), compare_object_addr, (gpointer)snapshot);

    for (guint j = 0; j < pending->len; j++)
      {
        gint o = find_object (snapshot, by_addr, n_by_addr, g_array_index (pending, PendingArrow, j).target);

        if (o >= 0 && !chosen[o] && queue->len < MAX_MAP_OBJECTS)
          {
            guint u = (guint)o;

            chosen[o] = TRUE;
            g_array_append_val (queue, u);
          }
      }
    for (guint head = 0; head < queue->len && queue->len < MAX_MAP_OBJECTS; head++)
      {
        const MlSnapObject *o = &snapshot->objects[g_array_index (queue, guint, head)];

        for (guint e = 0; e < o->n_edges && queue->len < MAX_MAP_OBJECTS; e++)
          {
            gint64 to = snapshot->edges[o->first_edge + e].to;

            if (to >= 0 && !chosen[to] && snapshot->objects[to].colour != ML_COLOUR_FREE)
              {
                guint u = (guint)to;

                chosen[to] = TRUE;
                g_array_append_val (queue, u);
              }
          }
      }
    /* Then the unreachable ones, in address order, while there is room. */
    for (guint k = 0; k < n_by_addr && queue->len < MAX_MAP_OBJECTS; k++)
      if (!chosen[by_addr[k]])
        {
          chosen[by_addr[k]] = TRUE;
          g_array_append_val (queue, by_addr[k]);
        }

    for (guint k = 0; k < queue->len; k++)
      g_ptr_array_add (objects, make_object_box (&ctx, g_array_index (queue, guint, k)));
    heap_w = max_width (objects, 160);
    hidden_objects = n_live - queue->len;
  }

  /* Rodata: the string literals something points at, the variables' pointers and the heap
   * objects' fields.  When only heap objects point at them, rodata goes right of the heap
   * and every arrow runs left to right.  When variables point at them, it goes between the
   * variables and the heap instead, so that their arrows reach it without crossing the heap
   * (the lecture's picture of structs of strings); the objects' arrows then come back from
   * the heap, and arrows from the variables to the heap go around it. */
  string_used = g_new0 (gboolean, MAX (snapshot->n_strings, 1));
  for (guint j = 0; j < pending->len; j++)
    {
      const MlSnapString *str = ml_value_find_string (snapshot, g_array_index (pending, PendingArrow, j).target);

      if (str != NULL)
        {
          string_used[str - snapshot->strings] = TRUE;
          strings_first = TRUE;
        }
    }
  for (guint i = 0; i < objects->len; i++)
    {
      VarBox *box = g_ptr_array_index (objects, i);

      for (guint k = 0; k < box->rows->len; k++)
        {
          const Row *row = &g_array_index (box->rows, Row, k);
          const MlSnapString *str = row->ptr != 0 ? ml_value_find_string (snapshot, row->ptr) : NULL;

          if (str != NULL)
            string_used[str - snapshot->strings] = TRUE;
        }
    }
  {
    g_autofree guint *order = ml_strings_by_address (snapshot);

    for (guint k = 0; k < snapshot->n_strings; k++)
      if (string_used[order[k]] && snapshot->strings[order[k]].len > 0)
        g_ptr_array_add (strings, make_string_box (&ctx, order[k]));
  }
  if (strings->len > 0 && strings_first)
    {
      double rodata_right = col2_x;

      place_rodata (&ctx, strings, col2_x, &rodata_right, &bottom);
      right = rodata_right;
      col2_x = right + COLUMN_GAP;
    }

  if (objects->len > 0)
    {
      double hy;
      guint region_index = scene->boxes->len;
      const MlSnapSegment *heap = find_segment (snapshot, ML_SEGMENT_HEAP);
      g_autofree char *subtitle = NULL;

      r = (MlRect) { col2_x, MARGIN, heap_w + 2 * REGION_PAD, 10 };
      if (options->show_addresses && heap != NULL)
        subtitle = g_strdup_printf (_("from 0x%" PRIx64 " · freed by the collector"), heap->start);
      else
        subtitle = g_strdup (_("allocated at run time · freed by the collector"));
      add_region (&ctx, ml_scene_key ("region", ML_SEGMENT_HEAP, 0), &r, _("Heap"), subtitle,
                  &ctx.palette->segment_heap, ML_HIT_SEGMENT, heap != NULL ? heap->start : ML_ARENA_BASE,
                  ML_SEGMENT_HEAP, "region");

      /* Heap objects in columns by their distance from the roots, so that the picture
       * reads left to right as the pointers do: each column is placed after the one
       * before it, near the pointers that column's boxes start. */
      {
        g_autofree guint *column = g_new0 (guint, objects->len);
        guint n_columns = 0;
        gboolean changed = TRUE;
        guint unreachable = G_MAXUINT;

        for (guint i = 0; i < objects->len; i++)
          {
            VarBox *box = g_ptr_array_index (objects, i);

            column[i] = G_MAXUINT;
            for (guint j = 0; j < pending->len; j++)
              {
                const PendingArrow *p = &g_array_index (pending, PendingArrow, j);

                if (p->target >= box->addr && p->target < box->addr + MAX (box->size, 1))
                  column[i] = 0;
              }
          }
        /* Breadth-first over the edges, a few sweeps for these small heaps. */
        for (guint sweep = 0; changed && sweep < 8; sweep++)
          {
            changed = FALSE;
            for (guint i = 0; i < objects->len; i++)
              {
                VarBox *from = g_ptr_array_index (objects, i);
                const MlSnapObject *o = &snapshot->objects[from->index];

                if (column[i] == G_MAXUINT)
                  continue;
                for (guint e = 0; e < o->n_edges; e++)
                  {
                    const MlSnapEdge *edge = &snapshot->edges[o->first_edge + e];

                    for (guint k = 0; edge->to >= 0 && k < objects->len; k++)
                      if (((VarBox *)g_ptr_array_index (objects, k))->index == (guint64)edge->to &&
                          column[k] > MIN (column[i] + 1, MAX_HEAP_COLUMNS - 1))
                        {
                          column[k] = MIN (column[i] + 1, MAX_HEAP_COLUMNS - 1);
                          changed = TRUE;
                        }
                  }
              }
          }
        /* Columns are counted from the objects in them: a heap that holds only garbage
         * does not start with an empty column. */
        for (guint i = 0; i < objects->len; i++)
          if (column[i] != G_MAXUINT)
            n_columns = MAX (n_columns, column[i] + 1);
        for (guint i = 0; i < objects->len; i++)
          if (column[i] == G_MAXUINT)
            {
              /* Nothing reaches these: they get a column of their own, the garbage. */
              unreachable = n_columns;
              column[i] = unreachable;
            }
        if (unreachable != G_MAXUINT)
          n_columns++;

        hy = MARGIN + header;
        for (guint c = 0; c < n_columns; c++)
          {
            g_autoptr(GPtrArray) in_column = g_ptr_array_new ();
            double cx = col2_x + REGION_PAD + c * (heap_w + HEAP_COLUMN_GAP);

            for (guint i = 0; i < objects->len; i++)
              if (column[i] == c)
                g_ptr_array_add (in_column, g_ptr_array_index (objects, i));
            double top = MARGIN + header;

            if (c == unreachable)
              {
                MlSceneText *t = ml_scene_add_text (scene, ml_scene_key ("unreachable", 0, 0),
                                                    _("unreachable: garbage"), ML_TEXT_CAPTION, cx,
                                                    top, &ctx.palette->dim_foreground);

                /* Its own line, apart from the region's heading above it. */
                t->klass = "unreachable";
                top += t->height + 4;
              }
            hy = MAX (hy, place_near_referrers (&ctx, in_column, cx, top, heap_w));
            for (guint i = 0; i < in_column->len; i++)
              place_box (&ctx, g_ptr_array_index (in_column, i));
          }
        r.width = n_columns * heap_w + (n_columns - 1) * HEAP_COLUMN_GAP + 2 * REGION_PAD;
      }
      /* One small object must not leave the heading wider than its region. */
      {
        double tw;

        ml_text_measure (subtitle, ML_TEXT_CAPTION, &tw, NULL);
        r.width = MAX (r.width, tw + 2 * REGION_PAD);
      }

      /* Room below the objects for the copy an append makes (drawn under them). */
      for (guint e = 0; e < snapshot->n_events; e++)
        if (snapshot->events[e].kind == ML_EVENT_GROWSLICE)
          {
            hy += 44;
            break;
          }
      if (hidden_objects > 0)
        {
          /* Translators: under the heap in the memory map, when the heap is too big to draw. */
          g_autofree char *more = g_strdup_printf (_("and %u more objects: see the heap graph"), hidden_objects);
          MlSceneText *t = ml_scene_add_text (scene, ml_scene_key ("more-objects", 0, 0), more, ML_TEXT_CAPTION,
                                              col2_x + REGION_PAD, hy, &ctx.palette->dim_foreground);

          t->klass = "more-objects";
          hy += t->height + 10;
        }
      r.height = hy - MARGIN + 4;
      g_array_index (scene->boxes, MlSceneBox, region_index).rect = r;
      bottom = MAX (bottom, MARGIN + r.height + 18);
      right = col2_x + r.width;
      col3_x = right + COLUMN_GAP;
    }
  else
    col3_x = col2_x;

  if (strings->len > 0 && !strings_first)
    place_rodata (&ctx, strings, col3_x, &right, &bottom);

  scene->width = right + MARGIN;
  scene->height = bottom - 18 + MARGIN;

  /* Route the arrows around every box that holds a value and every label, and around the
   * regions they neither start nor end in: each region is an obstacle layer of its own. */
  /* Finer cells route better; bigger pictures get coarser ones so that routing stays quick. */
  router = ml_router_new (scene->width, scene->height, MAX (6, ceil (sqrt (scene->width * scene->height / 600000.0))));
  for (guint i = 0; i < scene->boxes->len; i++)
    {
      const MlSceneBox *b = &g_array_index (scene->boxes, MlSceneBox, i);

      if (b->flags & ML_BOX_OBSTACLE)
        ml_router_add_obstacle (router, &b->rect, 5);
      else if (g_strcmp0 (b->klass, "region") == 0 && regions->len < 31)
        {
          guint index = i;

          ml_router_add_obstacle_layers (router, &b->rect, 4, ML_ROUTER_LAYER_BOXES << (1 + regions->len));
          g_array_append_val (regions, index);
        }
    }
  for (guint i = 0; i < scene->texts->len; i++)
    {
      const MlSceneText *t = &g_array_index (scene->texts, MlSceneText, i);
      MlRect tr = { t->x, t->y, t->width, t->height };

      ml_router_add_obstacle (router, &tr, 3);
    }

  for (guint j = 0; j < pending->len; j++)
    {
      const PendingArrow *p = &g_array_index (pending, PendingArrow, j);
      gint to = find_target_box (&ctx, p->target);
      const MlSceneBox *from_box, *to_box;
      MlPoint start, end, tip;
      g_autoptr(GArray) pts = g_array_new (FALSE, FALSE, sizeof (MlPoint));
      MlSceneArrow *arrow;
      guint32 avoid;
      double ty;

      if (to < 0 || p->from_box < 0)
        continue;

      from_box = &g_array_index (scene->boxes, MlSceneBox, p->from_box);
      to_box = &g_array_index (scene->boxes, MlSceneBox, to);
      avoid = arrow_avoids (scene, regions, &from_box->rect, &to_box->rect);

      /* Arrive level with the pointer when the target spans its height; otherwise at the
       * target's title. */
      if (p->from.y > to_box->rect.y + 10 && p->from.y < to_box->rect.y + to_box->rect.height - 10)
        ty = p->from.y;
      else
        ty = to_box->rect.y + MIN (18, to_box->rect.height / 2);

      /* An arrow leaves its box on the side that faces its target (the run from the dot to
       * that side is hidden under the box). */
      start = (MlPoint) { from_box->rect.x + from_box->rect.width + 9, p->from.y };
      if (to_box->rect.x + to_box->rect.width <= from_box->rect.x)
        {
          start.x = from_box->rect.x - 9;
          end = (MlPoint) { to_box->rect.x + to_box->rect.width + 10, ty };
          tip = (MlPoint) { to_box->rect.x + to_box->rect.width, ty };
        }
      else if (to_box->rect.x >= from_box->rect.x + from_box->rect.width)
        {
          end = (MlPoint) { to_box->rect.x - 10, ty };
          tip = (MlPoint) { to_box->rect.x, ty };
        }
      else
        {
          end = (MlPoint) { to_box->rect.x + to_box->rect.width + 10, ty };
          tip = (MlPoint) { to_box->rect.x + to_box->rect.width, ty };
        }

      ml_router_route_avoiding (router, &start, &end, avoid, route);
      g_array_append_val (pts, p->from);
      g_array_append_vals (pts, route->data, route->len);
      g_array_append_val (pts, tip);

      arrow = ml_scene_add_arrow (scene, p->key, (const MlPoint *)(gpointer)pts->data, pts->len);
      arrow->from_box = p->from_box;
      arrow->to_box = to;
      arrow->width = 1.6;
      arrow->color = ml_color_with_alpha (&ctx.palette->pointer, 0.9);
      arrow->klass = ml_value_find_string (snapshot, p->target) != NULL ? "string-pointer" : "pointer";
    }

  /* append past capacity: a dashed arrow from the old backing array to the new one, from
   * under one to under the other, routed around everything as the pointers are. */
  for (guint e = 0; e < snapshot->n_events; e++)
    {
      const MlEvent *ev = &snapshot->events[e];
      gint from, to;
      MlRect a, b;
      MlPoint start, end, first, tip;
      g_autoptr(GArray) pts = g_array_new (FALSE, FALSE, sizeof (MlPoint));
      MlSceneArrow *arrow;
      MlSceneText *t;
      g_autofree char *bytes = NULL;
      g_autofree char *label = NULL;
      MlPoint at;

      if (ev->kind != ML_EVENT_GROWSLICE || ev->addr == 0)
        continue;
      from = find_target_box (&ctx, ev->addr);
      to = find_target_box (&ctx, ev->addr2);
      if (from < 0 || to < 0 || from == to)
        continue;
      a = g_array_index (scene->boxes, MlSceneBox, from).rect;
      b = g_array_index (scene->boxes, MlSceneBox, to).rect;
      first = (MlPoint) { a.x + a.width / 2, a.y + a.height };
      start = (MlPoint) { first.x, first.y + 12 };
      tip = (MlPoint) { b.x + b.width / 2, b.y + b.height };
      end = (MlPoint) { tip.x, tip.y + 12 };
      ml_router_route_avoiding (router, &start, &end, arrow_avoids (scene, regions, &a, &b), route);
      g_array_append_val (pts, first);
      g_array_append_vals (pts, route->data, route->len);
      g_array_append_val (pts, tip);
      arrow = ml_scene_add_arrow (scene, ml_scene_key ("copy", ev->addr, ev->addr2),
                                  (const MlPoint *)(gpointer)pts->data, pts->len);
      arrow->flags |= ML_ARROW_DASHED;
      arrow->color = ctx.palette->accent;
      arrow->width = 2.5;
      arrow->z = ML_Z_OVERLAY;
      arrow->from_box = from;
      arrow->to_box = to;
      arrow->klass = "copy";
      bytes = ml_format_bytes (ev->value, ML_BYTES_EXACT);
      label = g_strdup_printf (_("append copied %s"), bytes);
      at = place_route_label (scene, (const MlPoint *)(gpointer)pts->data, pts->len, label, ML_TEXT_SMALL);
      t = ml_scene_add_text (scene, ml_scene_key ("copy-label", ev->addr, ev->addr2), label, ML_TEXT_SMALL,
                             at.x, at.y, &ctx.palette->accent);
      t->z = ML_Z_OVERLAY;
      t->klass = "copy";
    }

  /* A route may run along the edge of the routing grid, below or beside every box, and a
   * label may sit under it; the picture grows to show them whole rather than cut them at the
   * border. */
  for (guint i = 0; i < scene->arrows->len; i++)
    {
      const MlSceneArrow *arrow = &g_array_index (scene->arrows, MlSceneArrow, i);
      const MlPoint *pt = ml_scene_get_arrow_points (scene, arrow);

      for (guint k = 0; k < arrow->n_points; k++)
        {
          scene->width = MAX (scene->width, pt[k].x + 12);
          scene->height = MAX (scene->height, pt[k].y + 12);
        }
    }
  for (guint i = 0; i < scene->texts->len; i++)
    {
      const MlSceneText *t = &g_array_index (scene->texts, MlSceneText, i);

      scene->width = MAX (scene->width, t->x + t->width + 12);
      scene->height = MAX (scene->height, t->y + t->height + 12);
    }

  (void)previous;
  (void)stack_top;

  return scene;
}
