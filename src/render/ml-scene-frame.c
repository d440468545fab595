/* ml-scene-frame.c
 *
 * Copyright The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A picture framed for a slide: an exported scene padded to a width-to-height ratio (16:9
 * for a projector's slides), its contents centred in the frame and the padding painted as
 * its background, so that a teacher drops it into a presentation without stretching or
 * cropping it.  It is a file of its own because it is about the page an export goes on, not
 * about any view's layout, nor about drawing a scene.
 */

#include "config.h"

#include <math.h>

#include "ml-scene-frame.h"

/**
 * ml_scene_frame_to_aspect:
 * @aspect: the frame's width divided by its height (16.0 / 9.0), or 0 for no frame
 * @offset: (out) (optional): how far every item moved
 *
 * Grows @self's width or height, never both, until their ratio is @aspect, and moves every
 * item so that the picture sits in the middle of the frame.  The focus and the legend move
 * with it.
 */
void
ml_scene_frame_to_aspect (MlScene *self,
                          double   aspect,
                          MlPoint *offset)
{
  double width, height, dx, dy;

  g_return_if_fail (self != NULL);

  if (offset != NULL)
    *offset = (MlPoint) { 0, 0 };
  if (!(aspect > 0) || self->width < 1 || self->height < 1)
    return;

  width = self->width;
  height = self->height;
  if (width / height < aspect)
    width = ceil (height * aspect);
  else
    height = ceil (width / aspect);
  dx = floor ((width - self->width) / 2);
  dy = floor ((height - self->height) / 2);
  self->width = width;
  self->height = height;
  ml_scene_translate (self, dx, dy);
  if (offset != NULL)
    *offset = (MlPoint) { dx, dy };
}

/**
 * ml_scene_translate:
 *
 * Moves every item of @self, with its focus and legend, by (@dx, @dy).
 */
void
ml_scene_translate (MlScene *self,
                    double   dx,
                    double   dy)
{
  g_return_if_fail (self != NULL);

  if (dx == 0 && dy == 0)
    return;

  for (guint i = 0; i < self->boxes->len; i++)
    {
      MlSceneBox *box = &g_array_index (self->boxes, MlSceneBox, i);

      box->rect.x += dx;
      box->rect.y += dy;
    }
  for (guint i = 0; i < self->texts->len; i++)
    {
      MlSceneText *text = &g_array_index (self->texts, MlSceneText, i);

      text->x += dx;
      text->y += dy;
    }
  for (guint i = 0; i < self->images->len; i++)
    {
      MlSceneImage *image = &g_array_index (self->images, MlSceneImage, i);

      image->rect.x += dx;
      image->rect.y += dy;
    }
  /* Arrows and paths keep their points in one array of the scene. */
  for (guint i = 0; i < self->points->len; i++)
    {
      MlPoint *point = &g_array_index (self->points, MlPoint, i);

      point->x += dx;
      point->y += dy;
    }
  if (self->focus.width > 0 || self->focus.height > 0)
    {
      self->focus.x += dx;
      self->focus.y += dy;
    }
  if (self->legend.width > 0 || self->legend.height > 0)
    {
      self->legend.x += dx;
      self->legend.y += dy;
    }
}

/**
 * ml_frame_aspect_from_string:
 * @text: "16:9", "4:3"... (width and height, positive whole numbers), or "none"
 * @aspect: (out): their ratio, or 0 for "none"
 *
 * Returns: %TRUE if @text names a frame
 */
gboolean
ml_frame_aspect_from_string (const char *text,
                             double     *aspect)
{
  g_auto(GStrv) parts = NULL;
  guint64 w, h;

  g_return_val_if_fail (aspect != NULL, FALSE);

  if (text == NULL)
    return FALSE;
  if (g_strcmp0 (text, "none") == 0)
    {
      *aspect = 0;
      return TRUE;
    }
  parts = g_strsplit (text, ":", -1);
  if (g_strv_length (parts) != 2 ||
      !g_ascii_string_to_unsigned (parts[0], 10, 1, 100, &w, NULL) ||
      !g_ascii_string_to_unsigned (parts[1], 10, 1, 100, &h, NULL))
    return FALSE;
  *aspect = (double) w / (double) h;

  return TRUE;
}
