/* ml-memory-map-cells.c
 *
 * Copyright The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Arrays at the course's level: a row of cells, one per element, each with its value as fmt
 * prints it.  A slice's backing array marks what its headers' length covers: the cells past
 * the length, there only by the capacity, are dashed and dim.  A long array shows its first
 * and last elements with one cell between them that counts the rest ("… 190 more …"), so
 * that a box stays narrow enough to be read at 14 px on a projected screen.  Kept apart from
 * the boxes' rows and drawing (ml-memory-map-boxes.c), which call into it.
 */

#include "config.h"

#include <inttypes.h>
#include <glib/gi18n-lib.h>
#include <math.h>

#include "ml-memory-map-private.h"

/* An array longer than this is elided in the middle: its first CELLS_HEAD and last
 * CELLS_TAIL elements are drawn. */
#define MAX_CELLS   8
#define CELLS_HEAD  4
#define CELLS_TAIL  2
#define CELL_PAD    10.0
#define MIN_CELL_W  24.0

/* Whether an array of @elem is drawn as cells: elements of one word or less that fmt writes
 * as a short value. */
gboolean
_ml_map_cells_fit (const MlRtype *elem)
{
  if (elem == NULL || elem->size == 0)
    return FALSE;

  switch (elem->kind)
    {
    case ML_KIND_BOOL:
    ML_KIND_CASES_NUMBER:
      return TRUE;
    case ML_KIND_INVALID: ML_KIND_CASES_POINTER_WORD: case ML_KIND_STRING: case ML_KIND_SLICE:
    case ML_KIND_INTERFACE: case ML_KIND_ARRAY: case ML_KIND_STRUCT: case ML_N_KINDS:
    default:
      return FALSE;
    }
}

/**
 * _ml_map_cells_row:
 * @bytes: the first element's bytes
 * @n: the elements in the array
 * @used: how many of them a slice's length covers (@n for an array value)
 * @copied: how many of them the snapshot copied
 *
 * Adds the row of cells of an array of @elem.
 */
Row *
_ml_map_cells_row (MlMapCtx      *ctx,
                   VarBox        *box,
                   const MlRtype *elem,
                   const guint8  *bytes,
                   guint64        n,
                   guint64        used,
                   guint64        copied,
                   guint64        addr,
                   const char    *name)
{
  g_autoptr(GPtrArray) cells = g_ptr_array_new ();
  guint64 head = n, tail = 0;
  Row *row;

  if (n > MAX_CELLS)
    {
      head = CELLS_HEAD;
      tail = CELLS_TAIL;
    }
  /* Only what the snapshot holds is drawn: past it, the count says how many more. */
  head = MIN (head, copied);
  if (n > copied)
    tail = 0;
  for (guint64 i = 0; i < head; i++)
    g_ptr_array_add (cells, ml_value_format (ctx->snapshot, elem, bytes + i * elem->size));
  for (guint64 i = n - tail; i < n; i++)
    g_ptr_array_add (cells, ml_value_format (ctx->snapshot, elem, bytes + i * elem->size));
  g_ptr_array_add (cells, NULL);

  row = _ml_map_add_row (box, ROW_CELLS, 0, name, addr, 0);
  row->cells = (GStrv) g_ptr_array_free (g_steal_pointer (&cells), FALSE);
  row->elided_at = head;
  row->n_elided = n - head - tail;
  row->len = MIN (used, n);
  row->cap = n;

  return row;
}

static char *
elided_text (const Row *row)
{
  /* Translators: the cell that stands for the elements of a long array not drawn. */
  return g_strdup_printf (_("… %" PRIu64 " more …"), row->n_elided);
}

static double
cell_width (const char  *text,
            MlTextStyle  style)
{
  double w;

  ml_text_measure (text, style, &w, NULL);

  return MAX (MIN_CELL_W, ceil (w) + CELL_PAD);
}

/* The width of all of a row's cells, the elided one included. */
double
_ml_map_cells_width (const Row *row)
{
  guint n = row->cells != NULL ? g_strv_length (row->cells) : 0;
  double w = 0;

  for (guint i = 0; i < n; i++)
    w += cell_width (row->cells[i], ML_TEXT_MONO);
  if (row->n_elided > 0)
    {
      g_autofree char *more = elided_text (row);

      w += cell_width (more, ML_TEXT_BODY);
    }

  return w;
}

static void
add_cell (MlMapCtx      *ctx,
          guint64        key,
          double         x,
          double         y,
          double         w,
          const char    *text,
          MlTextStyle    style,
          gboolean       spare,
          double         opacity)
{
  const MlPalette *palette = ctx->palette;
  MlRect r = { x, y + 3, w, ROW_HEIGHT - 6 };
  MlSceneBox *cell = ml_scene_add_box (ctx->scene, key, &r);
  MlSceneText *t;
  double tw, th;

  cell->fill = spare ? palette->background : ml_color_mix (&palette->background, &palette->border, 0.18);
  cell->stroke = palette->border;
  cell->radius = 0;
  cell->opacity = opacity;
  cell->klass = spare ? "element-spare" : "element";
  if (spare)
    cell->flags |= ML_BOX_DASHED;
  ml_text_measure (text, style, &tw, &th);
  t = ml_scene_add_text (ctx->scene, key ^ 0x7e, text, style, x + (w - tw) / 2, y + (ROW_HEIGHT - th) / 2,
                         spare ? &palette->dim_foreground : &palette->foreground);
  t->opacity = opacity;
  t->klass = "element";
}

/* Draws a row of cells from @x, its top at @y.  An element is spare when it is past the
 * length of every slice that reaches it. */
void
_ml_map_draw_cells (MlMapCtx  *ctx,
                    const Row *row,
                    guint64    key,
                    double     x,
                    double     y,
                    double     opacity)
{
  guint n = row->cells != NULL ? g_strv_length (row->cells) : 0;
  guint64 element = 0;

  for (guint i = 0; i <= n; i++)
    {
      double w;

      if (i == row->elided_at && row->n_elided > 0)
        {
          g_autofree char *more = elided_text (row);

          w = cell_width (more, ML_TEXT_BODY);
          add_cell (ctx, key ^ (0x40000 + i), x, y, w, more, ML_TEXT_BODY, element >= row->len, opacity);
          x += w;
          element += row->n_elided;
        }
      if (i == n)
        break;
      w = cell_width (row->cells[i], ML_TEXT_MONO);
      add_cell (ctx, key ^ (0x20000 + i), x, y, w, row->cells[i], ML_TEXT_MONO, element >= row->len, opacity);
      x += w;
      element++;
    }
}
