/* ml-anim.c
 *
 * Copyright The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Animation between two layouts.  Items are matched by key: a matched item moves, resizes
 * and changes colour and opacity smoothly; an item only in the new layout fades in, one only
 * in the old layout fades out where it was.  Any in-between frame is itself a scene, so the
 * window draws it and export can write it like any other picture.
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include "ml-anim.h"

static double
lerp (double a,
      double b,
      double t)
{
  return a + (b - a) * t;
}

/* @n points from @a towards @b, at @t of the way. */
static void
lerp_points (MlPoint       *out,
             const MlPoint *a,
             const MlPoint *b,
             guint          n,
             double         t)
{
  for (guint k = 0; k < n; k++)
    {
      out[k].x = lerp (a[k].x, b[k].x, t);
      out[k].y = lerp (a[k].y, b[k].y, t);
    }
}

static MlRect
lerp_rect (const MlRect *a,
           const MlRect *b,
           double        t)
{
  MlRect r = {
    lerp (a->x, b->x, t),
    lerp (a->y, b->y, t),
    lerp (a->width, b->width, t),
    lerp (a->height, b->height, t),
  };

  return r;
}

/**
 * ml_anim_ease:
 * @t: linear progress from 0 to 1
 *
 * The easing of every transition: ease-out cubic, quick to start and gentle to land, as
 * GNOME's own animations.
 */
double
ml_anim_ease (double t)
{
  t = CLAMP (t, 0, 1);

  return 1 - pow (1 - t, 3);
}

static GHashTable *
index_keys (GArray *array,
            gsize   stride)
{
  GHashTable *table = g_hash_table_new (g_int64_hash, g_int64_equal);

  for (guint i = array->len; i > 0; i--)
    g_hash_table_insert (table, array->data + (i - 1) * stride, GUINT_TO_POINTER (i));

  return table;
}

static void
interpolate_boxes (MlScene *out,
                   MlScene *from,
                   MlScene *to,
                   double   t)
{
  g_autoptr(GHashTable) from_keys = index_keys (from->boxes, sizeof (MlSceneBox));
  g_autoptr(GHashTable) to_keys = index_keys (to->boxes, sizeof (MlSceneBox));

  for (guint i = 0; i < to->boxes->len; i++)
    {
      MlSceneBox box = g_array_index (to->boxes, MlSceneBox, i);
      guint j = GPOINTER_TO_UINT (g_hash_table_lookup (from_keys, &box.key));

      if (j != 0)
        {
          const MlSceneBox *old = &g_array_index (from->boxes, MlSceneBox, j - 1);

          box.rect = lerp_rect (&old->rect, &box.rect, t);
          box.fill = ml_color_mix (&old->fill, &box.fill, t);
          box.stroke = ml_color_mix (&old->stroke, &box.stroke, t);
          box.opacity = lerp (old->opacity, box.opacity, t);
          box.stroke_width = lerp (old->stroke_width, box.stroke_width, t);
          box.radius = lerp (old->radius, box.radius, t);

          /* A highlight ring appears and disappears by fading its colour. */
          if ((box.flags ^ old->flags) & ML_BOX_HIGHLIGHT)
            {
              gboolean appearing = (box.flags & ML_BOX_HIGHLIGHT) != 0;

              box.ring = appearing ? box.ring : old->ring;
              box.ring.alpha *= appearing ? t : 1 - t;
              box.flags |= ML_BOX_HIGHLIGHT;
            }
        }
      else
        box.opacity *= t;

      g_array_append_val (out->boxes, box);
    }

  for (guint i = 0; i < from->boxes->len; i++)
    {
      MlSceneBox box = g_array_index (from->boxes, MlSceneBox, i);

      if (g_hash_table_contains (to_keys, &box.key))
        continue;

      box.opacity *= 1 - t;
      g_array_append_val (out->boxes, box);
    }
}

static void
interpolate_texts (MlScene *out,
                   MlScene *from,
                   MlScene *to,
                   double   t)
{
  g_autoptr(GHashTable) from_keys = index_keys (from->texts, sizeof (MlSceneText));
  g_autoptr(GHashTable) to_keys = index_keys (to->texts, sizeof (MlSceneText));

  for (guint i = 0; i < to->texts->len; i++)
    {
      MlSceneText text = g_array_index (to->texts, MlSceneText, i);
      guint j = GPOINTER_TO_UINT (g_hash_table_lookup (from_keys, &text.key));

      if (j != 0)
        {
          const MlSceneText *old = &g_array_index (from->texts, MlSceneText, j - 1);

          text.x = lerp (old->x, text.x, t);
          text.y = lerp (old->y, text.y, t);
          text.color = ml_color_mix (&old->color, &text.color, t);
          text.opacity = lerp (old->opacity, text.opacity, t);

          /* Changed words swap: the old one fades out in the first half and the new one
           * in during the second, so that the two are never legible on top of each other. */
          if (g_strcmp0 (old->text, text.text) != 0)
            {
              MlSceneText fading = *old;

              fading.x = text.x;
              fading.y = text.y;
              fading.text = g_strdup (old->text);
              fading.opacity *= MAX (0, 1 - 2 * t);
              fading.key ^= 1;
              g_array_append_val (out->texts, fading);
              text.opacity *= MAX (0, 2 * t - 1);
            }
        }
      else
        text.opacity *= t;

      text.text = g_strdup (text.text);
      g_array_append_val (out->texts, text);
    }

  for (guint i = 0; i < from->texts->len; i++)
    {
      MlSceneText text = g_array_index (from->texts, MlSceneText, i);

      if (g_hash_table_contains (to_keys, &text.key))
        continue;

      text.text = g_strdup (text.text);
      text.opacity *= 1 - t;
      g_array_append_val (out->texts, text);
    }
}

static void
append_arrow (MlScene            *out,
              const MlSceneArrow *arrow,
              const MlPoint      *points,
              double              opacity)
{
  MlSceneArrow copy = *arrow;

  copy.first_point = out->points->len;
  copy.opacity = arrow->opacity * opacity;
  copy.from_box = copy.to_box = -1;
  g_array_append_vals (out->points, points, arrow->n_points);
  g_array_append_val (out->arrows, copy);
}

static void
interpolate_arrows (MlScene *out,
                    MlScene *from,
                    MlScene *to,
                    double   t)
{
  g_autoptr(GHashTable) from_keys = index_keys (from->arrows, sizeof (MlSceneArrow));
  g_autoptr(GHashTable) to_keys = index_keys (to->arrows, sizeof (MlSceneArrow));
  const MlPoint *from_points = (const MlPoint *)(gpointer)from->points->data;
  const MlPoint *to_points = (const MlPoint *)(gpointer)to->points->data;

  for (guint i = 0; i < to->arrows->len; i++)
    {
      const MlSceneArrow *arrow = &g_array_index (to->arrows, MlSceneArrow, i);
      guint j = GPOINTER_TO_UINT (g_hash_table_lookup (from_keys, &arrow->key));
      const MlSceneArrow *old = j != 0 ? &g_array_index (from->arrows, MlSceneArrow, j - 1) : NULL;

      if (old != NULL && old->n_points == arrow->n_points && old->n_points <= 64)
        {
          MlPoint p[64];
          MlSceneArrow copy = *arrow;

          lerp_points (p, from_points + old->first_point, to_points + arrow->first_point, arrow->n_points, t);
          copy.color = ml_color_mix (&old->color, &arrow->color, t);
          copy.width = lerp (old->width, arrow->width, t);
          copy.opacity = lerp (old->opacity, arrow->opacity, t);
          append_arrow (out, &copy, p, 1);
        }
      else
        {
          /* A rerouted arrow cannot be morphed point by point: the old route fades out
           * while the new one fades in. */
          if (old != NULL)
            append_arrow (out, old, from_points + old->first_point, 1 - t);
          append_arrow (out, arrow, to_points + arrow->first_point, t);
        }
    }

  for (guint i = 0; i < from->arrows->len; i++)
    {
      const MlSceneArrow *arrow = &g_array_index (from->arrows, MlSceneArrow, i);

      if (!g_hash_table_contains (to_keys, &arrow->key))
        append_arrow (out, arrow, from_points + arrow->first_point, 1 - t);
    }
}

static void
append_path (MlScene           *out,
             const MlScenePath *path,
             const MlPoint     *points,
             double             opacity)
{
  MlScenePath copy = *path;

  copy.first_point = out->points->len;
  copy.opacity = path->opacity * opacity;
  g_array_append_vals (out->points, points, path->n_points);
  g_array_append_val (out->paths, copy);
}

static void
interpolate_paths (MlScene *out,
                   MlScene *from,
                   MlScene *to,
                   double   t)
{
  g_autoptr(GHashTable) from_keys = index_keys (from->paths, sizeof (MlScenePath));
  g_autoptr(GHashTable) to_keys = index_keys (to->paths, sizeof (MlScenePath));
  const MlPoint *from_points = (const MlPoint *)(gpointer)from->points->data;
  const MlPoint *to_points = (const MlPoint *)(gpointer)to->points->data;

  for (guint i = 0; i < to->paths->len; i++)
    {
      const MlScenePath *path = &g_array_index (to->paths, MlScenePath, i);
      guint j = GPOINTER_TO_UINT (g_hash_table_lookup (from_keys, &path->key));
      const MlScenePath *old = j != 0 ? &g_array_index (from->paths, MlScenePath, j - 1) : NULL;

      if (old != NULL && old->n_points == path->n_points)
        {
          g_autofree MlPoint *p = g_new (MlPoint, path->n_points);
          MlScenePath copy = *path;

          lerp_points (p, from_points + old->first_point, to_points + path->first_point, path->n_points, t);
          copy.fill = ml_color_mix (&old->fill, &path->fill, t);
          copy.stroke = ml_color_mix (&old->stroke, &path->stroke, t);
          copy.opacity = lerp (old->opacity, path->opacity, t);
          append_path (out, &copy, p, 1);
        }
      else
        {
          if (old != NULL)
            append_path (out, old, from_points + old->first_point, 1 - t);
          append_path (out, path, to_points + path->first_point, t);
        }
    }

  for (guint i = 0; i < from->paths->len; i++)
    {
      const MlScenePath *path = &g_array_index (from->paths, MlScenePath, i);

      if (!g_hash_table_contains (to_keys, &path->key))
        append_path (out, path, from_points + path->first_point, 1 - t);
    }
}

static void
interpolate_images (MlScene *out,
                    MlScene *from,
                    MlScene *to,
                    double   t)
{
  /* Raster images (the aggregated spans) cross-fade; their pixels cannot be matched. */
  for (guint i = 0; i < from->images->len; i++)
    {
      const MlSceneImage *image = &g_array_index (from->images, MlSceneImage, i);
      MlSceneImage *copy = ml_scene_add_image (out, image->key, &image->rect, image->surface);

      copy->opacity = image->opacity * (1 - t);
      copy->z = image->z;
      copy->klass = image->klass;
    }

  for (guint i = 0; i < to->images->len; i++)
    {
      const MlSceneImage *image = &g_array_index (to->images, MlSceneImage, i);
      MlSceneImage *copy = ml_scene_add_image (out, image->key, &image->rect, image->surface);

      /* Over a fading copy of itself an image must reach full opacity only at the end,
       * but the underlying one must not show through: "over" composition of t over
       * (1 - t) gives the right total when the new one is drawn at t / (1 - (1 - t) t). */
      copy->opacity = image->opacity * (t >= 1 ? 1 : t / MAX (1e-6, 1 - (1 - t) * t));
      copy->z = image->z;
      copy->klass = image->klass;
    }
}

/**
 * ml_scene_interpolate:
 * @from: the layout shown before the step
 * @to: the layout of the new step
 * @t: progress from 0 (@from) to 1 (@to), already eased
 *
 * Returns: (transfer full): the frame at @t
 */
MlScene *
ml_scene_interpolate (MlScene *from,
                      MlScene *to,
                      double   t)
{
  MlScene *out;

  g_return_val_if_fail (to != NULL, NULL);

  if (from == NULL || t >= 1)
    return ml_scene_ref (to);

  t = MAX (t, 0);
  out = ml_scene_new (to->view, to->theme, lerp (from->width, to->width, t),
                      lerp (from->height, to->height, t));
  out->background = ml_color_mix (&from->background, &to->background, t);

  interpolate_paths (out, from, to, t);
  interpolate_images (out, from, to, t);
  interpolate_arrows (out, from, to, t);
  interpolate_boxes (out, from, to, t);
  interpolate_texts (out, from, to, t);

  return out;
}

/**
 * ml_view_draw:
 * @layout: the layout to show
 * @previous: (nullable): the layout shown before, to animate from
 * @progress: the animation's linear progress, 0 to 1
 *
 * Draws one frame of the transition from @previous to @layout.  With reduced motion the
 * transition is a cut: @layout is drawn as soon as @progress starts.
 */
void
ml_view_draw (MlScene                *layout,
              MlScene                *previous,
              double                  progress,
              const MlRenderOptions  *options,
              cairo_t                *cr)
{
  g_autoptr(MlScene) frame = NULL;

  g_return_if_fail (layout != NULL);
  g_return_if_fail (cr != NULL);

  if (previous == NULL || progress >= 1 || (options != NULL && options->reduced_motion))
    frame = ml_scene_ref (layout);
  else
    {
      frame = ml_scene_interpolate (previous, layout, ml_anim_ease (progress));
      frame->draft = TRUE;
    }
  if (options != NULL && options->no_background)
    ml_scene_draw_content (frame, cr);
  else
    ml_scene_draw (frame, cr);
}
