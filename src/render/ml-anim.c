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
#include "ml-scene-private.h"

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

static void
interpolate_boxes (MlScene *out,
                   MlScene *from,
                   MlScene *to,
                   double   t)
{
  g_autoptr(GHashTable) from_keys = ml_scene_index_keys (from->boxes);
  g_autoptr(GHashTable) to_keys = ml_scene_index_keys (to->boxes);

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
  g_autoptr(GHashTable) from_keys = ml_scene_index_keys (from->texts);
  g_autoptr(GHashTable) to_keys = ml_scene_index_keys (to->texts);

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

/* Arrows and paths are both lines through the scene's points and move alike; both begin
 * with these fields. */
typedef struct
{
  guint64 key;
  guint   first_point;
  guint   n_points;
} Line;

G_STATIC_ASSERT (G_STRUCT_OFFSET (MlSceneArrow, first_point) == G_STRUCT_OFFSET (Line, first_point));
G_STATIC_ASSERT (G_STRUCT_OFFSET (MlSceneArrow, n_points) == G_STRUCT_OFFSET (Line, n_points));
G_STATIC_ASSERT (G_STRUCT_OFFSET (MlScenePath, first_point) == G_STRUCT_OFFSET (Line, first_point));
G_STATIC_ASSERT (G_STRUCT_OFFSET (MlScenePath, n_points) == G_STRUCT_OFFSET (Line, n_points));

typedef union
{
  MlSceneArrow arrow;
  MlScenePath  path;
} AnyLine;

/* What differs between arrows and paths as they move. */
typedef struct
{
  /* A matched line with as many points morphs point by point up to this many. */
  guint max_points;
  /* Blends @line, a copy of the new line, with the @old one, @t of the way to the new. */
  void (*blend)  (gpointer      line,
                  gconstpointer old,
                  double        t);
  /* Appends @line along @points to @out, at @opacity of its own. */
  void (*append) (MlScene      *out,
                  gconstpointer line,
                  const MlPoint *points,
                  double        opacity);
} LineKind;

static void
append_arrow (MlScene       *out,
              gconstpointer  line,
              const MlPoint *points,
              double         opacity)
{
  const MlSceneArrow *arrow = line;
  MlSceneArrow copy = *arrow;

  copy.first_point = out->points->len;
  copy.opacity = arrow->opacity * opacity;
  copy.from_box = copy.to_box = -1;
  g_array_append_vals (out->points, points, arrow->n_points);
  g_array_append_val (out->arrows, copy);
}

static void
blend_arrow (gpointer      line,
             gconstpointer old_line,
             double        t)
{
  MlSceneArrow *arrow = line;
  const MlSceneArrow *old = old_line;

  arrow->color = ml_color_mix (&old->color, &arrow->color, t);
  arrow->width = lerp (old->width, arrow->width, t);
  arrow->opacity = lerp (old->opacity, arrow->opacity, t);
}

static const LineKind arrow_kind = { 64, blend_arrow, append_arrow };

static void
append_path (MlScene       *out,
             gconstpointer  line,
             const MlPoint *points,
             double         opacity)
{
  const MlScenePath *path = line;
  MlScenePath copy = *path;

  copy.first_point = out->points->len;
  copy.opacity = path->opacity * opacity;
  g_array_append_vals (out->points, points, path->n_points);
  g_array_append_val (out->paths, copy);
}

static void
blend_path (gpointer      line,
            gconstpointer old_line,
            double        t)
{
  MlScenePath *path = line;
  const MlScenePath *old = old_line;

  path->fill = ml_color_mix (&old->fill, &path->fill, t);
  path->stroke = ml_color_mix (&old->stroke, &path->stroke, t);
  path->opacity = lerp (old->opacity, path->opacity, t);
}

static const LineKind path_kind = { G_MAXUINT, blend_path, append_path };

static const Line *
line_at (GArray *lines,
         guint   index)
{
  return (const Line *)(gconstpointer)(lines->data + index * g_array_get_element_size (lines));
}

static void
interpolate_lines (MlScene        *out,
                   MlScene        *from,
                   GArray         *from_lines,
                   MlScene        *to,
                   GArray         *to_lines,
                   const LineKind *kind,
                   double          t)
{
  g_autoptr(GHashTable) from_keys = ml_scene_index_keys (from_lines);
  g_autoptr(GHashTable) to_keys = ml_scene_index_keys (to_lines);
  const MlPoint *from_points = (const MlPoint *)(gpointer)from->points->data;
  const MlPoint *to_points = (const MlPoint *)(gpointer)to->points->data;

  for (guint i = 0; i < to_lines->len; i++)
    {
      const Line *line = line_at (to_lines, i);
      guint j = GPOINTER_TO_UINT (g_hash_table_lookup (from_keys, &line->key));
      const Line *old = j != 0 ? line_at (from_lines, j - 1) : NULL;

      if (old != NULL && old->n_points == line->n_points && old->n_points <= kind->max_points)
        {
          g_autofree MlPoint *p = g_new (MlPoint, line->n_points);
          AnyLine copy;

          lerp_points (p, from_points + old->first_point, to_points + line->first_point, line->n_points, t);
          memcpy (&copy, line, g_array_get_element_size (to_lines));
          kind->blend (&copy, old, t);
          kind->append (out, &copy, p, 1);
        }
      else
        {
          /* A rerouted line cannot be morphed point by point: the old route fades out
           * while the new one fades in. */
          if (old != NULL)
            kind->append (out, old, from_points + old->first_point, 1 - t);
          kind->append (out, line, to_points + line->first_point, t);
        }
    }

  for (guint i = 0; i < from_lines->len; i++)
    {
      const Line *line = line_at (from_lines, i);

      if (!g_hash_table_contains (to_keys, &line->key))
        kind->append (out, line, from_points + line->first_point, 1 - t);
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

  interpolate_lines (out, from, from->paths, to, to->paths, &path_kind, t);
  interpolate_images (out, from, to, t);
  interpolate_lines (out, from, from->arrows, to, to->arrows, &arrow_kind, t);
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
