/* ml-scene-legibility.c
 *
 * Copyright The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Whether a scene's text can be read where it is shown.  A projected picture is read from
 * the back of a classroom, where text below about 14 pixels is lost; a large scene fitted
 * whole into a 1024×768 window shrinks its text well below that.  This file knows how large
 * every text of a scene comes out for a given transform, measures what a scene really covers,
 * and computes the transform a canvas uses: the whole scene when its text stays legible, or
 * else the region the view says matters (its focus) at the smallest legible scale.  The
 * legend can be drawn apart, at a fixed size, so it is kept out of all of that.  It is a file
 * of its own because it is policy about screens, not part of building or drawing a scene.
 */

#include "config.h"

#include <math.h>

#include "ml-scene-legibility.h"

/* The fitted scale never enlarges a small picture beyond this, nor shrinks a large one
 * below the smaller bound. */
#define FIT_MAX 2.0
#define FIT_MIN 0.1
#define MARGIN 12.0

static gboolean
rect_is_empty (const MlRect *r)
{
  return r->width <= 0 || r->height <= 0;
}

/**
 * ml_scene_set_focus:
 * @focus: (nullable): the region that matters most now (the running frame, the object being
 *   scanned), or %NULL for none
 *
 * Names what a canvas that cannot show the whole scene legibly shows first.
 */
void
ml_scene_set_focus (MlScene      *self,
                    const MlRect *focus)
{
  g_return_if_fail (self != NULL);

  self->focus = focus != NULL ? *focus : (MlRect) { 0, 0, 0, 0 };
}

/**
 * ml_scene_set_legend:
 * @legend: (nullable): the rectangle that holds the legend and nothing else
 *
 * Marks the legend, which the window draws apart from the zoomed scene at a fixed size.
 * Exports draw it in place.
 */
void
ml_scene_set_legend (MlScene      *self,
                     const MlRect *legend)
{
  g_return_if_fail (self != NULL);

  self->legend = legend != NULL ? *legend : (MlRect) { 0, 0, 0, 0 };
}

/* Whether @rect lies inside the scene's legend. */
gboolean
ml_scene_in_legend (MlScene      *self,
                    const MlRect *rect)
{
  const MlRect *l = &self->legend;

  if (rect_is_empty (l))
    return FALSE;

  return rect->x >= l->x - 0.5 && rect->y >= l->y - 0.5 &&
         rect->x + rect->width <= l->x + l->width + 0.5 &&
         rect->y + rect->height <= l->y + l->height + 0.5;
}

static gboolean
text_is_drawn (const MlSceneText *t)
{
  return t->opacity > 0.01 && t->text != NULL && t->text[0] != '\0';
}

/**
 * ml_scene_get_min_text_size:
 * @visible: (nullable): only the texts that reach into this rectangle, in scene units
 * @skip_legend: leave out the legend's texts
 *
 * Returns: the size (the em's height, in scene units) of the smallest text drawn, or 0 if
 *   there is none
 */
double
ml_scene_get_min_text_size (MlScene      *self,
                            const MlRect *visible,
                            gboolean      skip_legend)
{
  double smallest = 0;

  g_return_val_if_fail (self != NULL, 0);

  for (guint i = 0; i < self->texts->len; i++)
    {
      const MlSceneText *t = &g_array_index (self->texts, MlSceneText, i);
      MlRect r = { t->x, t->y, t->width, t->height };
      double size;

      if (!text_is_drawn (t) || (visible != NULL && !ml_rect_intersects (&r, visible)) ||
          (skip_legend && ml_scene_in_legend (self, &r)))
        continue;
      size = ml_text_style_get_size (t->style);
      if (smallest == 0 || size < smallest)
        smallest = size;
    }

  return smallest;
}

static void
rect_union (MlRect       *r,
            const MlRect *other,
            gboolean     *empty)
{
  double x1, y1;

  if (other->width <= 0 && other->height <= 0)
    return;

  if (*empty)
    {
      *r = *other;
      *empty = FALSE;
      return;
    }

  x1 = MAX (r->x + r->width, other->x + other->width);
  y1 = MAX (r->y + r->height, other->y + other->height);
  r->x = MIN (r->x, other->x);
  r->y = MIN (r->y, other->y);
  r->width = x1 - r->x;
  r->height = y1 - r->y;
}

/**
 * ml_scene_measure_content:
 * @skip_legend: leave the legend out, for a canvas that draws it apart
 * @content: (out): what the drawing covers, with a little of the page around it
 *
 * A view may reserve room it does not use yet; fitting the drawing rather than the page
 * keeps its text large.
 */
void
ml_scene_measure_content (MlScene  *self,
                          gboolean  skip_legend,
                          MlRect   *content)
{
  gboolean empty = TRUE;
  MlRect r = { 0, 0, 1, 1 };

  g_return_if_fail (self != NULL);
  g_return_if_fail (content != NULL);

  skip_legend = skip_legend && !rect_is_empty (&self->legend);
  for (guint i = 0; i < self->boxes->len; i++)
    {
      const MlSceneBox *b = &g_array_index (self->boxes, MlSceneBox, i);

      if (!skip_legend || !ml_scene_in_legend (self, &b->rect))
        rect_union (&r, &b->rect, &empty);
    }
  for (guint i = 0; i < self->texts->len; i++)
    {
      const MlSceneText *t = &g_array_index (self->texts, MlSceneText, i);
      MlRect tr = { t->x, t->y, t->width, t->height };

      if (!skip_legend || !ml_scene_in_legend (self, &tr))
        rect_union (&r, &tr, &empty);
    }
  for (guint i = 0; i < self->points->len; i++)
    {
      const MlPoint *p = &g_array_index (self->points, MlPoint, i);
      MlRect pr = { p->x, p->y, 0.5, 0.5 };

      if (!skip_legend || !ml_scene_in_legend (self, &pr))
        rect_union (&r, &pr, &empty);
    }
  for (guint i = 0; i < self->images->len; i++)
    rect_union (&r, &g_array_index (self->images, MlSceneImage, i).rect, &empty);

  if (empty)
    {
      r.width = self->width;
      r.height = self->height;
    }

  /* A little of the page around the drawing. */
  r.x = MAX (0, r.x - MARGIN);
  r.y = MAX (0, r.y - MARGIN);
  r.width = MIN (self->width - r.x, r.width + 2 * MARGIN);
  r.height = MIN (self->height - r.y, r.height + 2 * MARGIN);
  *content = r;
}

/* One axis of a floored fit: the content from its start if that shows the focus (the roots
 * and the frames are at the start, and the picture reads from there), else the focus centred
 * if it fits, else its start at the margin; then moved so that no more page than needed shows
 * past the content's ends. */
static double
place_axis (double view,
            double scale,
            double content_start,
            double content_size,
            double focus_start,
            double focus_size)
{
  double d;

  if (content_size * scale <= view - 2 * MARGIN)
    return (view - content_size * scale) / 2 - content_start * scale;

  if ((focus_start + focus_size - content_start) * scale <= view - 2 * MARGIN)
    d = MARGIN - content_start * scale;
  else if (focus_size * scale <= view - 2 * MARGIN)
    d = view / 2 - (focus_start + focus_size / 2) * scale;
  else
    d = MARGIN - focus_start * scale;

  return CLAMP (d, view - MARGIN - (content_start + content_size) * scale,
                MARGIN - content_start * scale);
}

/**
 * ml_scene_fit:
 * @content: what to fit, from ml_scene_measure_content()
 * @width: the canvas's width, in its (logical) pixels
 * @device_scale: device pixels per logical pixel (the window's scale factor)
 * @floor_px: the smallest text allowed, in device pixels, or 0 for no floor
 * @transform: (out): scene units → canvas pixels
 *
 * Fits @content into the canvas, never enlarging it beyond twice its size.  When that would
 * draw text below @floor_px, the scale is the smallest that keeps every text of the scene
 * (the legend aside) at the floor, and the view's focus is shown: centred, or from its start
 * when it is larger than the canvas.  A view without a focus shows its start.
 */
void
ml_scene_fit (MlScene          *self,
              const MlRect     *content,
              double            width,
              double            height,
              double            device_scale,
              double            floor_px,
              MlSceneTransform *transform)
{
  const MlRect *c = content;
  double s, smallest;
  MlRect focus;

  g_return_if_fail (self != NULL);
  g_return_if_fail (content != NULL && transform != NULL);

  device_scale = MAX (device_scale, 1);
  s = MIN ((width - 2 * MARGIN) / MAX (c->width, 1), (height - 2 * MARGIN) / MAX (c->height, 1));
  s = CLAMP (s, FIT_MIN, FIT_MAX);
  smallest = floor_px > 0 ? ml_scene_get_min_text_size (self, NULL, TRUE) : 0;

  if (smallest <= 0 || smallest * s * device_scale >= floor_px)
    {
      transform->scale = s;
      transform->dx = (width - c->width * s) / 2 - c->x * s;
      transform->dy = (height - c->height * s) / 2 - c->y * s;
      return;
    }

  s = floor_px / (smallest * device_scale);
  focus = self->focus;
  if (rect_is_empty (&focus) || !ml_rect_intersects (&focus, c))
    focus = (MlRect) { c->x, c->y, (width - 2 * MARGIN) / s, (height - 2 * MARGIN) / s };

  transform->scale = s;
  transform->dx = place_axis (width, s, c->x, c->width, focus.x, focus.width);
  transform->dy = place_axis (height, s, c->y, c->height, focus.y, focus.height);
}

/**
 * ml_scene_get_min_text_px:
 * @transform: how the scene is drawn on the canvas
 * @width: the canvas's size, in logical pixels
 * @device_scale: device pixels per logical pixel
 * @skip_legend: leave out the legend, drawn apart
 *
 * Returns: the height, in device pixels, of the smallest text the canvas shows (only texts
 *   that reach into it count), or 0 if it shows none
 */
double
ml_scene_get_min_text_px (MlScene                *self,
                          const MlSceneTransform *transform,
                          double                  width,
                          double                  height,
                          double                  device_scale,
                          gboolean                skip_legend)
{
  MlRect visible;
  double s;

  g_return_val_if_fail (self != NULL && transform != NULL, 0);

  s = MAX (transform->scale, 1e-6);
  visible = (MlRect) { -transform->dx / s, -transform->dy / s, width / s, height / s };

  return ml_scene_get_min_text_size (self, &visible, skip_legend) * s * MAX (device_scale, 1);
}

/**
 * ml_scene_extract_legend:
 *
 * Returns: (transfer full) (nullable): the legend as a scene of its own, its corner at
 *   (0, 0), for a canvas that draws it apart; %NULL if the scene has none
 */
MlScene *
ml_scene_extract_legend (MlScene *self)
{
  const MlRect *l;
  MlScene *legend;

  g_return_val_if_fail (self != NULL, NULL);

  l = &self->legend;
  if (rect_is_empty (l))
    return NULL;

  legend = ml_scene_new (self->view, self->theme, l->width, l->height);
  for (guint i = 0; i < self->boxes->len; i++)
    {
      const MlSceneBox *b = &g_array_index (self->boxes, MlSceneBox, i);
      MlSceneBox *copy;

      if (!ml_scene_in_legend (self, &b->rect))
        continue;
      copy = ml_scene_add_box (legend, b->key, &b->rect);
      *copy = *b;
      copy->rect.x -= l->x;
      copy->rect.y -= l->y;
    }
  for (guint i = 0; i < self->texts->len; i++)
    {
      const MlSceneText *t = &g_array_index (self->texts, MlSceneText, i);
      MlRect r = { t->x, t->y, t->width, t->height };
      MlSceneText *copy;
      char *text;

      if (!ml_scene_in_legend (self, &r))
        continue;
      copy = ml_scene_add_text (legend, t->key, t->text, t->style, t->x - l->x, t->y - l->y, &t->color);
      text = copy->text;
      *copy = *t;
      copy->text = text;
      copy->x = t->x - l->x;
      copy->y = t->y - l->y;
    }
  for (guint i = 0; i < self->arrows->len; i++)
    {
      const MlSceneArrow *a = &g_array_index (self->arrows, MlSceneArrow, i);
      const MlPoint *points = ml_scene_get_arrow_points (self, a);
      g_autofree MlPoint *moved = g_new (MlPoint, a->n_points);
      gboolean inside = a->n_points >= 2;
      MlSceneArrow *copy;
      guint first;

      for (guint k = 0; k < a->n_points && inside; k++)
        {
          MlRect pr = { points[k].x, points[k].y, 0, 0 };

          inside = ml_scene_in_legend (self, &pr);
          moved[k] = (MlPoint) { points[k].x - l->x, points[k].y - l->y };
        }
      if (!inside)
        continue;
      copy = ml_scene_add_arrow (legend, a->key, moved, a->n_points);
      first = copy->first_point;
      *copy = *a;
      copy->first_point = first;
      copy->from_box = copy->to_box = -1;
    }

  return legend;
}

/* Whether anything of @legend crosses the vertical line at @x. */
static gboolean
crosses (MlScene *legend,
         double   x)
{
  for (guint i = 0; i < legend->boxes->len; i++)
    {
      const MlSceneBox *b = &g_array_index (legend->boxes, MlSceneBox, i);
      /* A highlighted box's ring is drawn outside it. */
      double ring = (b->flags & ML_BOX_HIGHLIGHT) ? 8 : 2;

      if (b->rect.x - ring < x && x < b->rect.x + b->rect.width + ring)
        return TRUE;
    }
  for (guint i = 0; i < legend->texts->len; i++)
    {
      const MlSceneText *t = &g_array_index (legend->texts, MlSceneText, i);

      if (t->x < x && x < t->x + t->width)
        return TRUE;
    }
  for (guint i = 0; i < legend->arrows->len; i++)
    {
      const MlSceneArrow *a = &g_array_index (legend->arrows, MlSceneArrow, i);
      const MlPoint *p = ml_scene_get_arrow_points (legend, a);
      double x0 = p[0].x, x1 = p[0].x;

      for (guint k = 1; k < a->n_points; k++)
        {
          x0 = MIN (x0, p[k].x);
          x1 = MAX (x1, p[k].x);
        }
      if (x0 - 12 < x && x < x1 + 12)
        return TRUE;
    }

  return FALSE;
}

/**
 * ml_scene_wrap_legend:
 * @legend: a legend from ml_scene_extract_legend(), one row of entries
 * @max_width: how wide a row may be, in the legend's units
 * @starts: (out caller-allocates) (array length=max_rows): where each row starts
 *
 * Cuts a legend too wide for its canvas into rows, between its entries.
 *
 * Returns: how many rows (at least one)
 */
guint
ml_scene_wrap_legend (MlScene *legend,
                      double   max_width,
                      double  *starts,
                      guint    max_rows)
{
  guint rows = 1;

  g_return_val_if_fail (legend != NULL && starts != NULL && max_rows > 0, 1);

  starts[0] = 0;
  while (rows < max_rows && legend->width - starts[rows - 1] > max_width)
    {
      double cut = starts[rows - 1] + max_width;

      while (cut > starts[rows - 1] + 1 && crosses (legend, cut))
        cut -= 1;
      if (cut <= starts[rows - 1] + 1)
        break;
      starts[rows++] = cut;
    }

  return rows;
}

/**
 * ml_scene_get_new_boxes:
 * @previous: (nullable): the scene this one follows
 * @rect: (out): the rectangle around the values that @previous did not have
 *
 * What one step brought: the variables and objects that appeared, which a canvas too small
 * for the whole scene shows, and the variables the new ones are copies of (p4 := p2 is about
 * both).
 *
 * Returns: whether there were any
 */
gboolean
ml_scene_get_new_boxes (MlScene *self,
                        MlScene *previous,
                        MlRect  *rect)
{
  gboolean empty = TRUE;
  MlRect r = { 0, 0, 0, 0 };

  g_return_val_if_fail (self != NULL && rect != NULL, FALSE);

  if (previous == NULL || previous->view != self->view)
    return FALSE;

  for (guint i = 0; i < self->boxes->len; i++)
    {
      const MlSceneBox *b = &g_array_index (self->boxes, MlSceneBox, i);
      const MlSceneBox *source;

      if (b->hit_kind != ML_HIT_OBJECT && b->hit_kind != ML_HIT_SLOT && b->hit_kind != ML_HIT_GLOBAL)
        continue;

      if (ml_scene_find_box (previous, b->key) != NULL)
        continue;
      rect_union (&r, &b->rect, &empty);
      if (b->copy_of != 0 && (source = ml_scene_find_box (self, b->copy_of)) != NULL)
        rect_union (&r, &source->rect, &empty);
    }
  *rect = r;

  return !empty;
}
