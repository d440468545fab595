/* ml-scene.c
 *
 * Copyright The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The scene, the display list a view's layout produces: adding boxes, texts, arrows, paths and
 * images, finding them by key, hit-testing, and drawing the whole list with cairo.  Every view
 * shares it, so each one only lays out; SVG output lives apart in ml-scene-svg.c.
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include "ml-scene.h"
#include "ml-scene-private.h"

G_DEFINE_BOXED_TYPE (MlScene, ml_scene, ml_scene_ref, ml_scene_unref)

static void
clear_text (gpointer data)
{
  MlSceneText *text = data;

  g_clear_pointer (&text->text, g_free);
}

static void
clear_image (gpointer data)
{
  MlSceneImage *image = data;

  g_clear_pointer (&image->surface, cairo_surface_destroy);
}

/**
 * ml_scene_new:
 * @width: the picture's width in layout units (pixels at scale 1)
 *
 * Returns: (transfer full): an empty scene painted with the theme's background
 */
MlScene *
ml_scene_new (MlViewKind view,
              MlTheme    theme,
              double     width,
              double     height)
{
  MlScene *self = g_new0 (MlScene, 1);

  self->ref_count = 1;
  self->view = view;
  self->theme = theme;
  self->width = width;
  self->height = height;
  self->background = ml_palette_get (theme)->background;
  self->boxes = g_array_new (FALSE, FALSE, sizeof (MlSceneBox));
  self->arrows = g_array_new (FALSE, FALSE, sizeof (MlSceneArrow));
  self->texts = g_array_new (FALSE, FALSE, sizeof (MlSceneText));
  g_array_set_clear_func (self->texts, clear_text);
  self->paths = g_array_new (FALSE, FALSE, sizeof (MlScenePath));
  self->images = g_array_new (FALSE, FALSE, sizeof (MlSceneImage));
  g_array_set_clear_func (self->images, clear_image);
  self->points = g_array_new (FALSE, FALSE, sizeof (MlPoint));

  return self;
}

/* Drops the key indexes, which are built lazily on the first lookup. */
static void
invalidate_keys (MlScene *self)
{
  g_clear_pointer (&self->box_keys, g_hash_table_unref);
  g_clear_pointer (&self->text_keys, g_hash_table_unref);
  g_clear_pointer (&self->arrow_keys, g_hash_table_unref);
  g_clear_pointer (&self->path_keys, g_hash_table_unref);
}

MlScene *
ml_scene_ref (MlScene *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  g_atomic_int_inc (&self->ref_count);

  return self;
}

void
ml_scene_unref (MlScene *self)
{
  g_return_if_fail (self != NULL);

  if (!g_atomic_int_dec_and_test (&self->ref_count))
    return;

  if (self->view_data_free != NULL)
    self->view_data_free (self->view_data);
  invalidate_keys (self);
  g_array_unref (self->boxes);
  g_array_unref (self->arrows);
  g_array_unref (self->texts);
  g_array_unref (self->paths);
  g_array_unref (self->images);
  g_array_unref (self->points);
  g_free (self->title);
  g_free (self);
}

/**
 * ml_scene_set_title:
 * @title: (nullable): what the picture shows ("Memory Map · step 18")
 *
 * Names the picture for the files it is exported to: an SVG's `<title>` and a PDF's Title
 * metadata, which file managers, viewers and screen readers show.
 */
void
ml_scene_set_title (MlScene    *self,
                    const char *title)
{
  g_return_if_fail (self != NULL);

  if (g_strcmp0 (self->title, title) == 0)
    return;
  g_free (self->title);
  self->title = g_strdup (title);
}

/* Appends @item to @items, one of the scene's arrays, and returns where it now is; the key
 * indexes no longer hold. */
static gpointer
append_item (MlScene       *self,
             GArray        *items,
             gconstpointer  item)
{
  g_array_append_vals (items, item, 1);
  invalidate_keys (self);

  return items->data + (items->len - 1) * g_array_get_element_size (items);
}

/**
 * ml_scene_add_box:
 *
 * Adds a box with a 1-unit border in the foreground colour, no fill, fully opaque, in the
 * box layer.  The caller fills in the rest.
 *
 * Returns: (transfer none): the new box, valid until the next box is added
 */
MlSceneBox *
ml_scene_add_box (MlScene      *self,
                  guint64       key,
                  const MlRect *rect)
{
  const MlPalette *palette;
  MlSceneBox box = { 0 };

  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (rect != NULL, NULL);

  palette = ml_palette_get (self->theme);
  box.key = key;
  box.rect = *rect;
  box.fill = palette->background;
  box.stroke = palette->border;
  box.ring = palette->highlight;
  box.stroke_width = 1;
  box.radius = 6;
  box.opacity = 1;
  box.z = ML_Z_BOXES;
  box.klass = "box";

  return append_item (self, self->boxes, &box);
}

/**
 * ml_scene_add_text:
 *
 * Adds @text with its top-left corner at (@x, @y), measured now.
 *
 * Returns: (transfer none): the new text, valid until the next text is added
 */
MlSceneText *
ml_scene_add_text (MlScene       *self,
                   guint64        key,
                   const char    *text,
                   MlTextStyle    style,
                   double         x,
                   double         y,
                   const MlColor *color)
{
  MlSceneText item = { 0 };

  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (text != NULL, NULL);
  g_return_val_if_fail (color != NULL, NULL);

  item.key = key;
  item.text = g_strdup (text);
  item.x = x;
  item.y = y;
  ml_text_measure (text, style, &item.width, &item.height);
  item.color = *color;
  item.opacity = 1;
  item.style = (guint8)style;
  item.z = ML_Z_TEXT;
  item.klass = "label";

  return append_item (self, self->texts, &item);
}

MlSceneArrow *
ml_scene_add_arrow (MlScene       *self,
                    guint64        key,
                    const MlPoint *points,
                    guint          n_points)
{
  MlSceneArrow arrow = { 0 };

  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (points != NULL && n_points >= 2, NULL);

  arrow.key = key;
  arrow.first_point = self->points->len;
  arrow.n_points = n_points;
  arrow.color = ml_palette_get (self->theme)->pointer;
  arrow.width = 1.5;
  arrow.opacity = 1;
  arrow.flags = ML_ARROW_HEAD;
  arrow.z = ML_Z_ARROWS;
  arrow.from_box = -1;
  arrow.to_box = -1;
  arrow.klass = "pointer";
  g_array_append_vals (self->points, points, n_points);

  return append_item (self, self->arrows, &arrow);
}

MlScenePath *
ml_scene_add_path (MlScene       *self,
                   guint64        key,
                   const MlPoint *points,
                   guint          n_points)
{
  MlScenePath path = { 0 };

  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (points != NULL && n_points >= 2, NULL);

  path.key = key;
  path.first_point = self->points->len;
  path.n_points = n_points;
  path.stroke = ml_palette_get (self->theme)->foreground;
  path.width = 1;
  path.opacity = 1;
  path.flags = ML_PATH_STROKE;
  path.z = ML_Z_BOXES;
  path.klass = "path";
  g_array_append_vals (self->points, points, n_points);

  return append_item (self, self->paths, &path);
}

/**
 * ml_scene_add_image:
 * @surface: (transfer none): an image surface; the scene keeps a reference
 */
MlSceneImage *
ml_scene_add_image (MlScene         *self,
                    guint64          key,
                    const MlRect    *rect,
                    cairo_surface_t *surface)
{
  MlSceneImage image = { 0 };

  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (rect != NULL, NULL);
  g_return_val_if_fail (surface != NULL, NULL);

  image.key = key;
  image.rect = *rect;
  image.surface = cairo_surface_reference (surface);
  image.opacity = 1;
  image.z = ML_Z_BOXES;
  image.klass = "image";
  g_array_append_val (self->images, image);

  return &g_array_index (self->images, MlSceneImage, self->images->len - 1);
}

/**
 * ml_scene_set_view_data:
 *
 * Attaches the view's own state to the scene (the heap graph keeps its grid of places
 * here), so that the next layout can start from it.
 */
void
ml_scene_set_view_data (MlScene        *self,
                        gpointer        data,
                        GDestroyNotify  destroy)
{
  g_return_if_fail (self != NULL);

  if (self->view_data_free != NULL)
    self->view_data_free (self->view_data);
  self->view_data = data;
  self->view_data_free = destroy;
}

gpointer
ml_scene_get_view_data (MlScene *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->view_data;
}

guint
ml_scene_get_n_boxes (MlScene *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->boxes->len;
}

const MlSceneBox *
ml_scene_get_box (MlScene *self,
                  guint    index)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (index < self->boxes->len, NULL);

  return &g_array_index (self->boxes, MlSceneBox, index);
}

/* A table from key to 1 + the index of the first item with that key in @items, which holds
 * any kind of item: every item starts with its guint64 key, so the table can point into the
 * array.  The first item with a key wins, as it is the one drawn first. */
GHashTable *
ml_scene_index_keys (GArray *items)
{
  GHashTable *table = g_hash_table_new (g_int64_hash, g_int64_equal);
  gsize stride = g_array_get_element_size (items);

  for (guint i = items->len; i > 0; i--)
    {
      guint64 *key = (guint64 *)(gpointer)(items->data + (i - 1) * stride);

      g_hash_table_insert (table, key, GUINT_TO_POINTER (i));
    }

  return table;
}

gint
ml_scene_find_box_index (MlScene *self,
                         guint64  key)
{
  g_return_val_if_fail (self != NULL, -1);

  if (self->box_keys == NULL)
    self->box_keys = ml_scene_index_keys (self->boxes);

  return (gint)GPOINTER_TO_UINT (g_hash_table_lookup (self->box_keys, &key)) - 1;
}

const MlSceneBox *
ml_scene_find_box (MlScene *self,
                   guint64  key)
{
  gint index = ml_scene_find_box_index (self, key);

  return index < 0 ? NULL : &g_array_index (self->boxes, MlSceneBox, index);
}

const MlSceneText *
ml_scene_find_text (MlScene *self,
                    guint64  key)
{
  guint index;

  g_return_val_if_fail (self != NULL, NULL);

  if (self->text_keys == NULL)
    self->text_keys = ml_scene_index_keys (self->texts);

  index = GPOINTER_TO_UINT (g_hash_table_lookup (self->text_keys, &key));

  return index == 0 ? NULL : &g_array_index (self->texts, MlSceneText, index - 1);
}

const MlSceneText *
ml_scene_find_text_by_string (MlScene    *self,
                              const char *text)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (text != NULL, NULL);

  for (guint i = 0; i < self->texts->len; i++)
    {
      const MlSceneText *item = &g_array_index (self->texts, MlSceneText, i);

      if (g_strcmp0 (item->text, text) == 0)
        return item;
    }

  return NULL;
}

const MlPoint *
ml_scene_get_arrow_points (MlScene            *self,
                           const MlSceneArrow *arrow)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (arrow != NULL, NULL);

  return &g_array_index (self->points, MlPoint, arrow->first_point);
}

guint
ml_scene_count_boxes (MlScene    *self,
                      const char *klass)
{
  guint n = 0;

  g_return_val_if_fail (self != NULL, 0);

  for (guint i = 0; i < self->boxes->len; i++)
    if (klass == NULL || g_strcmp0 (g_array_index (self->boxes, MlSceneBox, i).klass, klass) == 0)
      n++;

  return n;
}

guint
ml_scene_count_arrows (MlScene    *self,
                       const char *klass)
{
  guint n = 0;

  g_return_val_if_fail (self != NULL, 0);

  for (guint i = 0; i < self->arrows->len; i++)
    if (klass == NULL || g_strcmp0 (g_array_index (self->arrows, MlSceneArrow, i).klass, klass) == 0)
      n++;

  return n;
}

/* Drawing. */

/* What the drawing functions draw on. */
typedef struct
{
  cairo_t  *cr;
  gboolean  draft;
} Painter;

static void
set_color (cairo_t       *cr,
           const MlColor *color,
           double         opacity)
{
  cairo_set_source_rgba (cr, color->red, color->green, color->blue, color->alpha * opacity);
}

static void
rounded_rect (cairo_t      *cr,
              const MlRect *r,
              double        radius)
{
  double rad = MIN (radius, MIN (r->width, r->height) / 2);

  if (rad <= 0.5)
    {
      cairo_rectangle (cr, r->x, r->y, r->width, r->height);
      return;
    }

  cairo_new_sub_path (cr);
  cairo_arc (cr, r->x + r->width - rad, r->y + rad, rad, -G_PI / 2, 0);
  cairo_arc (cr, r->x + r->width - rad, r->y + r->height - rad, rad, 0, G_PI / 2);
  cairo_arc (cr, r->x + rad, r->y + r->height - rad, rad, G_PI / 2, G_PI);
  cairo_arc (cr, r->x + rad, r->y + rad, rad, G_PI, 3 * G_PI / 2);
  cairo_close_path (cr);
}

static gboolean
color_equal (const MlColor *a,
             const MlColor *b)
{
  return a->red == b->red && a->green == b->green && a->blue == b->blue && a->alpha == b->alpha;
}

/* Boxes that look the same are drawn as one path: with thousands of objects, cairo's cost is
 * per operation far more than per rectangle. */
static gboolean
same_box_style (const MlSceneBox *a,
                const MlSceneBox *b)
{
  return a->flags == b->flags && a->opacity == b->opacity && a->stroke_width == b->stroke_width &&
         a->radius == b->radius && color_equal (&a->fill, &b->fill) && color_equal (&a->stroke, &b->stroke) &&
         (!(a->flags & ML_BOX_HIGHLIGHT) || color_equal (&a->ring, &b->ring));
}

static cairo_pattern_t *
hatch_pattern (const MlColor *color,
               double         opacity)
{
  cairo_surface_t *tile = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 7, 7);
  cairo_t *cr = cairo_create (tile);
  cairo_pattern_t *pattern;
  cairo_matrix_t matrix;

  /* One diagonal per tile, continued across the tile's corners, so that tiles join. */
  set_color (cr, color, opacity);
  cairo_set_line_width (cr, 1.2);
  cairo_move_to (cr, -1, 8);
  cairo_line_to (cr, 8, -1);
  cairo_move_to (cr, -1, 1);
  cairo_line_to (cr, 1, -1);
  cairo_move_to (cr, 6, 8);
  cairo_line_to (cr, 8, 6);
  cairo_stroke (cr);
  cairo_destroy (cr);

  pattern = cairo_pattern_create_for_surface (tile);
  cairo_pattern_set_extend (pattern, CAIRO_EXTEND_REPEAT);
  cairo_matrix_init_identity (&matrix);
  cairo_pattern_set_matrix (pattern, &matrix);
  cairo_surface_destroy (tile);

  return pattern;
}

static void
draw_boxes (gpointer          user_data,
            const MlSceneBox *boxes,
            guint             n,
            guint             index)
{
  const Painter *painter = user_data;
  cairo_t *cr = painter->cr;
  const MlSceneBox *first = &boxes[0];

  if (first->opacity <= 0.004)
    return;

  if (first->flags & ML_BOX_SHADOW)
    {
      for (guint i = 0; i < n; i++)
        {
          const MlRect *r = &boxes[i].rect;
          MlRect shadow = { r->x + 1.5, r->y + 2.5, r->width, r->height };

          rounded_rect (cr, &shadow, first->radius);
        }
      cairo_set_source_rgba (cr, 0, 0, 0, 0.12 * first->opacity);
      cairo_fill (cr);
    }

  if (first->flags & ML_BOX_HIGHLIGHT)
    {
      for (guint i = 0; i < n; i++)
        {
          const MlRect *r = &boxes[i].rect;
          MlRect ring = { r->x - 4, r->y - 4, r->width + 8, r->height + 8 };

          rounded_rect (cr, &ring, first->radius + 4);
        }
      set_color (cr, &first->ring, first->opacity);
      cairo_fill (cr);
    }

  for (guint i = 0; i < n; i++)
    if (boxes[i].rect.width > 0 && boxes[i].rect.height > 0)
      rounded_rect (cr, &boxes[i].rect, first->radius);

  if (!(first->flags & ML_BOX_NO_FILL))
    {
      set_color (cr, &first->fill, first->opacity);
      cairo_fill_preserve (cr);
    }

  if (first->flags & ML_BOX_HATCHED)
    {
      cairo_pattern_t *pattern = hatch_pattern (&first->stroke, 0.55 * first->opacity);

      cairo_set_source (cr, pattern);
      cairo_fill_preserve (cr);
      cairo_pattern_destroy (pattern);
    }

  if (!(first->flags & ML_BOX_NO_STROKE) && first->stroke_width > 0)
    {
      set_color (cr, &first->stroke, first->opacity);
      cairo_set_line_width (cr, first->stroke_width);
      /* Arrows leave round joins behind; boxes have corners of their own (or arcs), and
       * round joins on thousands of rectangles cost more than everything else together. */
      cairo_set_line_join (cr, CAIRO_LINE_JOIN_MITER);
      cairo_set_line_cap (cr, CAIRO_LINE_CAP_BUTT);
      cairo_set_hairline (cr, first->stroke_width <= 1.0 && !(first->flags & ML_BOX_DASHED));
      if (first->flags & ML_BOX_DASHED)
        {
          static const double dashes[] = { 4, 3 };

          cairo_set_dash (cr, dashes, 2, 0);
        }
      cairo_stroke (cr);
      cairo_set_dash (cr, NULL, 0, 0);
      cairo_set_hairline (cr, FALSE);
    }
  else
    cairo_new_path (cr);

  if (first->flags & ML_BOX_CROSSED)
    {
      for (guint i = 0; i < n; i++)
        {
          const MlRect *r = &boxes[i].rect;
          double inset = MIN (r->width, r->height) * 0.2;

          cairo_move_to (cr, r->x + inset, r->y + inset);
          cairo_line_to (cr, r->x + r->width - inset, r->y + r->height - inset);
          cairo_move_to (cr, r->x + r->width - inset, r->y + inset);
          cairo_line_to (cr, r->x + inset, r->y + r->height - inset);
        }
      set_color (cr, &first->stroke, first->opacity);
      cairo_set_line_width (cr, 1.5);
      cairo_stroke (cr);
    }
}

/* The polyline with its corners rounded, so that routed arrows read as one smooth line. */
static void
polyline_path (cairo_t       *cr,
               const MlPoint *p,
               guint          n,
               double         radius)
{
  cairo_move_to (cr, p[0].x, p[0].y);

  for (guint i = 1; i + 1 < n; i++)
    {
      double in_len = hypot (p[i].x - p[i - 1].x, p[i].y - p[i - 1].y);
      double out_len = hypot (p[i + 1].x - p[i].x, p[i + 1].y - p[i].y);
      double rad = MIN (radius, MIN (in_len, out_len) / 2);

      if (rad < 0.5 || in_len < 0.01 || out_len < 0.01)
        {
          cairo_line_to (cr, p[i].x, p[i].y);
          continue;
        }

      cairo_line_to (cr,
                     p[i].x - (p[i].x - p[i - 1].x) / in_len * rad,
                     p[i].y - (p[i].y - p[i - 1].y) / in_len * rad);
      cairo_curve_to (cr, p[i].x, p[i].y, p[i].x, p[i].y,
                      p[i].x + (p[i + 1].x - p[i].x) / out_len * rad,
                      p[i].y + (p[i + 1].y - p[i].y) / out_len * rad);
    }

  cairo_line_to (cr, p[n - 1].x, p[n - 1].y);
}

/* The arrowhead: a filled triangle whose tip is the last point, pointing along the last
 * direction of travel. */
void
ml_scene_arrow_head (const MlPoint *p,
                     guint          n,
                     guint16        flags,
                     double         width,
                     MlPoint        out[3])
{
  const MlPoint *tip = &p[n - 1];
  const MlPoint *from = &p[n - 2];
  double dx, dy, len, size, half;

  /* For a curve the direction is given by its last control point. */
  dx = tip->x - from->x;
  dy = tip->y - from->y;
  len = hypot (dx, dy);
  if (len < 0.01)
    {
      dx = 1;
      dy = 0;
      len = 1;
    }
  dx /= len;
  dy /= len;
  size = 6 + width * 2.5;
  half = size * 0.45;

  out[0] = *tip;
  out[1].x = tip->x - dx * size - dy * half;
  out[1].y = tip->y - dy * size + dx * half;
  out[2].x = tip->x - dx * size + dy * half;
  out[2].y = tip->y - dy * size - dx * half;
}

/* Adds an arrow's line to the path, stopping inside its head so that the round cap does not
 * poke out of the tip. */
static void
arrow_line_path (cairo_t            *cr,
                 const MlSceneArrow *arrow,
                 const MlPoint      *p)
{
  guint n = arrow->n_points;
  MlPoint shortened[64];
  const MlPoint *line = p;

  if ((arrow->flags & ML_ARROW_HEAD) && n <= G_N_ELEMENTS (shortened))
    {
      MlPoint head[3];
      double dx, dy;

      ml_scene_arrow_head (p, n, arrow->flags, arrow->width, head);
      dx = head[0].x - (head[1].x + head[2].x) / 2;
      dy = head[0].y - (head[1].y + head[2].y) / 2;
      memcpy (shortened, p, n * sizeof (MlPoint));
      shortened[n - 1].x -= dx * 0.6;
      shortened[n - 1].y -= dy * 0.6;
      line = shortened;
    }

  if ((arrow->flags & ML_ARROW_CURVED) && n == 4)
    {
      cairo_move_to (cr, line[0].x, line[0].y);
      cairo_curve_to (cr, line[1].x, line[1].y, line[2].x, line[2].y, line[3].x, line[3].y);
    }
  else
    polyline_path (cr, line, n, 10);
}

static gboolean
same_arrow_style (const MlSceneArrow *a,
                  const MlSceneArrow *b)
{
  return a->flags == b->flags && a->width == b->width && a->opacity == b->opacity &&
         color_equal (&a->color, &b->color);
}

/* Arrows that look the same are stroked as one path and their heads filled as another. */
static void
draw_arrows (gpointer            user_data,
             const MlSceneArrow *arrows,
             guint               n,
             const MlPoint      *points)
{
  const Painter *painter = user_data;
  cairo_t *cr = painter->cr;
  gboolean draft = painter->draft;
  const MlSceneArrow *first = &arrows[0];

  /* A thin line this faint cannot be seen (it only appears while it fades in or out), and
   * long lines cost as much to rasterise faint as strong. */
  if (first->opacity <= (first->width <= 2 ? 0.06 : 0.004))
    return;

  set_color (cr, &first->color, first->opacity);
  cairo_set_line_width (cr, first->width);
  /* One-pixel lines take cairo's hairline path, several times faster for dense graphs; in a
   * frame of an animation they are not antialiased either, which halves a dense graph's
   * frame. */
  cairo_set_hairline (cr, first->width <= 1.0);
  if (draft && first->width <= 1.0)
    cairo_set_antialias (cr, CAIRO_ANTIALIAS_NONE);
  /* Round ends and joins only where they show: on thin lines they cost time and no pixels. */
  cairo_set_line_cap (cr, first->width < 2 ? CAIRO_LINE_CAP_BUTT : CAIRO_LINE_CAP_ROUND);
  cairo_set_line_join (cr, first->width < 2 ? CAIRO_LINE_JOIN_BEVEL : CAIRO_LINE_JOIN_ROUND);
  if (first->flags & ML_ARROW_DASHED)
    {
      static const double dashes[] = { 5, 4 };

      cairo_set_dash (cr, dashes, 2, 0);
    }

  for (guint i = 0; i < n; i++)
    arrow_line_path (cr, &arrows[i], points + arrows[i].first_point);
  cairo_stroke (cr);
  cairo_set_dash (cr, NULL, 0, 0);
  cairo_set_hairline (cr, FALSE);
  /* The heads of thin arrows, too, are not antialiased while they move. */
  if (!(draft && first->width <= 1.0))
    cairo_set_antialias (cr, CAIRO_ANTIALIAS_DEFAULT);

  if (first->flags & ML_ARROW_HEAD)
    {
      for (guint i = 0; i < n; i++)
        {
          MlPoint head[3];

          ml_scene_arrow_head (points + arrows[i].first_point, arrows[i].n_points, arrows[i].flags,
                               arrows[i].width, head);
          cairo_move_to (cr, head[0].x, head[0].y);
          cairo_line_to (cr, head[1].x, head[1].y);
          cairo_line_to (cr, head[2].x, head[2].y);
          cairo_close_path (cr);
        }
      cairo_fill (cr);
    }
  cairo_set_antialias (cr, CAIRO_ANTIALIAS_DEFAULT);

  if (first->flags & ML_ARROW_TAIL_DOT)
    {
      for (guint i = 0; i < n; i++)
        {
          const MlPoint *p = points + arrows[i].first_point;

          cairo_new_sub_path (cr);
          cairo_arc (cr, p[0].x, p[0].y, 2.5 + first->width * 0.5, 0, 2 * G_PI);
        }
      cairo_fill (cr);
    }
}

static void
draw_path (gpointer           user_data,
           const MlScenePath *path,
           const MlPoint     *p)
{
  const Painter *painter = user_data;
  cairo_t *cr = painter->cr;

  if (path->opacity <= 0.004)
    return;

  cairo_move_to (cr, p[0].x, p[0].y);
  for (guint i = 1; i < path->n_points; i++)
    cairo_line_to (cr, p[i].x, p[i].y);
  if (path->flags & ML_PATH_CLOSED)
    cairo_close_path (cr);

  if (path->flags & ML_PATH_FILL)
    {
      set_color (cr, &path->fill, path->opacity);
      if (path->flags & ML_PATH_STROKE)
        cairo_fill_preserve (cr);
      else
        cairo_fill (cr);
    }

  if (path->flags & ML_PATH_STROKE)
    {
      set_color (cr, &path->stroke, path->opacity);
      cairo_set_line_width (cr, path->width);
      cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
      if (path->flags & ML_PATH_DASHED)
        {
          static const double dashes[] = { 6, 4 };

          cairo_set_dash (cr, dashes, 2, 0);
        }
      cairo_stroke (cr);
      cairo_set_dash (cr, NULL, 0, 0);
    }

  cairo_new_path (cr);
}

static void
draw_image (gpointer            user_data,
            const MlSceneImage *image)
{
  const Painter *painter = user_data;
  cairo_t *cr = painter->cr;
  int w = cairo_image_surface_get_width (image->surface);
  int h = cairo_image_surface_get_height (image->surface);

  if (w <= 0 || h <= 0 || image->opacity <= 0.004)
    return;

  cairo_save (cr);
  cairo_rectangle (cr, image->rect.x, image->rect.y, image->rect.width, image->rect.height);
  cairo_clip (cr);
  cairo_translate (cr, image->rect.x, image->rect.y);
  cairo_scale (cr, image->rect.width / w, image->rect.height / h);
  cairo_set_source_surface (cr, image->surface, 0, 0);
  cairo_pattern_set_filter (cairo_get_source (cr), CAIRO_FILTER_NEAREST);
  cairo_paint_with_alpha (cr, image->opacity);
  cairo_restore (cr);
}

static void
draw_text (gpointer           user_data,
           const MlSceneText *text)
{
  const Painter *painter = user_data;

  if (text->opacity <= 0.004)
    return;

  set_color (painter->cr, &text->color, text->opacity);
  ml_text_draw (painter->cr, text->text, (MlTextStyle)text->style, text->x, text->y);
}

static const MlSceneItemFuncs painter_funcs = {
  draw_path, draw_image, draw_arrows, draw_boxes, draw_text,
};

/**
 * ml_scene_draw:
 *
 * Draws the scene in its own units, from (0, 0) to (width, height), background included.
 * The caller sets up any zoom and device scale.
 */
void
ml_scene_draw (MlScene *self,
               cairo_t *cr)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (cr != NULL);

  cairo_save (cr);
  set_color (cr, &self->background, 1);
  cairo_rectangle (cr, 0, 0, self->width, self->height);
  cairo_fill (cr);
  cairo_restore (cr);
  ml_scene_draw_content (self, cr);
}

/**
 * ml_scene_draw_content:
 *
 * Draws the scene like ml_scene_draw() but without its background, for a caller that has
 * painted it already: the window fills it natively, and a full-size fill is a good part of a
 * frame's cost.
 */
void
ml_scene_draw_content (MlScene *self,
                       cairo_t *cr)
{
  Painter painter;

  g_return_if_fail (self != NULL);
  g_return_if_fail (cr != NULL);

  painter.cr = cr;
  painter.draft = self->draft;
  cairo_save (cr);
  /* Curves flattened to a quarter of a pixel are indistinguishable and much cheaper. */
  cairo_set_tolerance (cr, 0.25);
  ml_scene_foreach_in_order (self, &painter_funcs, TRUE, &painter);
  cairo_restore (cr);
}

/**
 * ml_scene_foreach_in_order:
 * @batch: whether runs of arrows and of boxes that look the same come in one call
 *
 * Calls @funcs for every item in the order of drawing, which the cairo drawing and the SVG
 * writer share: layer by layer, and within a layer paths, images, arrows, boxes, then texts,
 * each in the order added.
 */
void
ml_scene_foreach_in_order (MlScene                *self,
                           const MlSceneItemFuncs *funcs,
                           gboolean                batch,
                           gpointer                user_data)
{
  const MlPoint *points = (const MlPoint *)(gpointer)self->points->data;

  for (guint z = 0; z < ML_N_Z; z++)
    {
      for (guint i = 0; i < self->paths->len; i++)
        {
          const MlScenePath *path = &g_array_index (self->paths, MlScenePath, i);

          if (path->z == z)
            funcs->path (user_data, path, points + path->first_point);
        }

      for (guint i = 0; i < self->images->len; i++)
        {
          const MlSceneImage *image = &g_array_index (self->images, MlSceneImage, i);

          if (image->z == z)
            funcs->image (user_data, image);
        }

      for (guint i = 0; i < self->arrows->len;)
        {
          const MlSceneArrow *arrow = &g_array_index (self->arrows, MlSceneArrow, i);
          guint j = i + 1;

          if (arrow->z != z)
            {
              i++;
              continue;
            }
          /* Batches stay small: one stroke of a thousand crossing curves costs more to
           * tessellate than a thousand strokes. */
          while (batch && j < self->arrows->len && j - i < 16 && g_array_index (self->arrows, MlSceneArrow, j).z == z &&
                 same_arrow_style (arrow, &g_array_index (self->arrows, MlSceneArrow, j)))
            j++;
          funcs->arrows (user_data, arrow, j - i, points);
          i = j;
        }

      for (guint i = 0; i < self->boxes->len;)
        {
          const MlSceneBox *box = &g_array_index (self->boxes, MlSceneBox, i);
          guint j = i + 1;

          if (box->z != z)
            {
              i++;
              continue;
            }
          while (batch && j < self->boxes->len && g_array_index (self->boxes, MlSceneBox, j).z == z &&
                 same_box_style (box, &g_array_index (self->boxes, MlSceneBox, j)))
            j++;
          funcs->boxes (user_data, box, j - i, i);
          i = j;
        }

      for (guint i = 0; i < self->texts->len; i++)
        {
          const MlSceneText *text = &g_array_index (self->texts, MlSceneText, i);

          if (text->z == z)
            funcs->text (user_data, text);
        }
    }
}

/**
 * ml_scene_hit_test:
 * @hit: (out): what is at (@x, @y)
 *
 * Finds the innermost thing with an identity under the point: boxes added later (children,
 * which are drawn over their parents) win over earlier ones.
 *
 * Returns: %TRUE if something is there
 */
gboolean
ml_scene_hit_test (MlScene *self,
                   double   x,
                   double   y,
                   MlHit   *hit)
{
  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (hit != NULL, FALSE);

  memset (hit, 0, sizeof *hit);

  for (guint z = ML_N_Z; z > 0; z--)
    for (guint i = self->boxes->len; i > 0; i--)
      {
        const MlSceneBox *box = &g_array_index (self->boxes, MlSceneBox, i - 1);

        if (box->z != z - 1 || box->hit_kind == ML_HIT_NONE || box->opacity < 0.05)
          continue;

        if (ml_rect_contains (&box->rect, x, y))
          {
            hit->kind = (MlHitKind)box->hit_kind;
            hit->address = box->address;
            hit->index = box->index;
            hit->key = box->key;
            hit->rect = box->rect;
            return TRUE;
          }
      }

  return FALSE;
}
