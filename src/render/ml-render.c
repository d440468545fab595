/* ml-render.c
 *
 * Copyright The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The render layer's front door: the one place that maps a view kind to its layout function,
 * and the export of a laid-out view to a file.  It sits above every view and calls down into
 * them; nothing in the views calls back up here, so the helpers they share live in files of
 * their own (ml-gc-colours.c, ml-object-names.c, ml-refs.c, ml-slots.c).
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <inttypes.h>
#include <string.h>

#include "ml-render.h"

/* The layout of one view, by the view's own module. */
static MlScene *
layout_view (MlViewKind             view,
             const MlSnapshot      *snapshot,
             MlScene               *previous,
             const MlRenderOptions *options)
{
  switch (view)
    {
    case ML_VIEW_SEGMENTS:
      return ml_segments_view_layout (snapshot, previous, options);
    case ML_VIEW_MEMORY_MAP:
      return ml_memory_map_view_layout (snapshot, previous, options);
    case ML_VIEW_HEAP_GRAPH:
      return ml_heap_graph_view_layout (snapshot, previous, options);
    case ML_VIEW_SPANS:
      return ml_spans_view_layout (snapshot, previous, options);
    case ML_VIEW_TIMELINE:
      {
        g_autoptr(MlTimelineSeries) series = ml_timeline_series_new (NULL);

        ml_timeline_series_append (series, snapshot);
        return ml_timeline_view_layout (series, NULL, previous, options);
      }
    case ML_VIEW_PROCESS:
      return ml_process_view_layout (snapshot, options);
    case ML_N_VIEWS:
    default:
      g_assert_not_reached ();
    }
}

/**
 * ml_render_layout:
 * @previous: (nullable): the view's layout of the previous step, to keep things in place
 *
 * Lays out one view of @snapshot.  The timeline needs a history rather than one snapshot;
 * here it shows the single step of @snapshot (the window keeps an MlTimelineSeries and calls
 * ml_timeline_view_layout() itself).
 *
 * Returns: (transfer full): the layout
 */
MlScene *
ml_render_layout (MlViewKind             view,
                  const MlSnapshot      *snapshot,
                  MlScene               *previous,
                  const MlRenderOptions *options)
{
  MlScene *scene;

  g_return_val_if_fail (snapshot != NULL, NULL);
  g_return_val_if_fail (view < ML_N_VIEWS, NULL);

  if (previous != NULL && previous->view != view)
    previous = NULL;

  scene = layout_view (view, snapshot, previous, options);
  /* What an exported file says it is, in the title bar of a viewer. */
  if (view == ML_VIEW_TIMELINE || view == ML_VIEW_PROCESS)
    ml_scene_set_title (scene, ml_view_kind_get_title (view));
  else
    {
      g_autofree char *title = g_strdup_printf (_("%s, step %" PRIu64),
                                                ml_view_kind_get_title (view), snapshot->step);

      ml_scene_set_title (scene, title);
    }
  return scene;
}

/**
 * ml_render_find_focus:
 * @scene: (nullable): a layout, or %NULL only to check that @focus is well formed
 * @focus: a part of a view, as a lesson moment names it: "segment:data,rodata,text" (the
 *   segments view's bands) or "timeline:compare" (the timeline's comparison of two runs)
 * @rect: (out) (optional): where that part is in @scene
 *
 * Returns: whether @focus names a part of a view and, with @scene, @scene is that view and
 *   shows it
 */
gboolean
ml_render_find_focus (MlScene    *scene,
                      const char *focus,
                      MlRect     *rect)
{
  g_return_val_if_fail (focus != NULL, FALSE);

  if (g_str_has_prefix (focus, "segment:"))
    return (scene == NULL || scene->view == ML_VIEW_SEGMENTS) &&
           ml_segments_view_find_focus (scene, focus + strlen ("segment:"), rect);
  if (g_str_has_prefix (focus, "timeline:"))
    return (scene == NULL || scene->view == ML_VIEW_TIMELINE) &&
           ml_timeline_view_find_focus (scene, focus + strlen ("timeline:"), rect);

  return FALSE;
}

static void
draw_scene_cb (cairo_t  *cr,
               double    width,
               double    height,
               gpointer  user_data)
{
  ml_scene_draw (user_data, cr);
}

/**
 * ml_render_export_scene:
 * @scale: pixels per unit for PNG (2 for a HiDPI picture); ignored for SVG and PDF
 *
 * Writes a layout to @file in the format its extension names (.png, .svg, .pdf), atomically:
 * a failure leaves nothing half-written.  SVG is written from the scene itself, with text as
 * text and every box and arrow in a group with a class ("ml-object", "ml-pointer"...).
 *
 * Returns: %TRUE on success
 */
gboolean
ml_render_export_scene (MlScene       *scene,
                        GFile         *file,
                        double         scale,
                        GCancellable  *cancellable,
                        GError       **error)
{
  g_autofree char *path = NULL;
  MlExportFormat format;

  g_return_val_if_fail (scene != NULL, FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  path = g_file_get_basename (file);
  if (path == NULL || !ml_export_format_from_path (path, &format))
    {
      g_set_error (error, ML_EXPORT_ERROR, ML_EXPORT_ERROR_UNKNOWN_FORMAT,
                   _("“%s” does not end in .png, .svg or .pdf"), path != NULL ? path : "");
      return FALSE;
    }

  if (format == ML_EXPORT_SVG)
    {
      gsize length = 0;
      char *svg;
      g_autoptr(GBytes) bytes = NULL;

      if (scene->width < 1 || scene->height < 1)
        {
          g_set_error (error, ML_EXPORT_ERROR, ML_EXPORT_ERROR_INVALID_SIZE,
                       _("The picture has no size to export (%g × %g)"), scene->width, scene->height);
          return FALSE;
        }

      svg = ml_scene_to_svg (scene, &length);
      bytes = g_bytes_new_take (svg, length);

      return ml_export_bytes_to_file (file, bytes, cancellable, error);
    }

  return ml_export_to_file_titled (file, format, scene->width, scene->height, scale, scene->title,
                                   draw_scene_cb, scene, cancellable, error);
}

/**
 * ml_render_export_scene_framed:
 * @aspect: the frame's width : height (%ML_FRAME_ASPECT_SLIDE), or 0 for the scene's own
 *
 * As ml_render_export_scene(), with the picture centred in a frame of those proportions.
 * @scene is left as it was, so that it can still be the previous layout of the next step.
 *
 * Returns: %TRUE on success
 */
gboolean
ml_render_export_scene_framed (MlScene       *scene,
                               GFile         *file,
                               double         scale,
                               double         aspect,
                               GCancellable  *cancellable,
                               GError       **error)
{
  double width, height;
  MlPoint offset;
  gboolean ok;

  g_return_val_if_fail (scene != NULL, FALSE);

  width = scene->width;
  height = scene->height;
  ml_scene_frame_to_aspect (scene, aspect, &offset);
  ok = ml_render_export_scene (scene, file, scale, cancellable, error);
  ml_scene_translate (scene, -offset.x, -offset.y);
  scene->width = width;
  scene->height = height;

  return ok;
}

/**
 * ml_render_export_view:
 * @options: (nullable): theme, scale (for PNG), addresses; width and height 0 for the
 *   view's natural size; the frame's proportions
 *
 * Lays out one view of @snapshot and writes it to @file (PNG, SVG or PDF by extension).
 *
 * Returns: %TRUE on success
 */
gboolean
ml_render_export_view (const MlSnapshot      *snapshot,
                       MlViewKind             view,
                       const MlRenderOptions *options,
                       GFile                 *file,
                       GError               **error)
{
  g_autoptr(MlScene) scene = NULL;

  g_return_val_if_fail (snapshot != NULL, FALSE);
  g_return_val_if_fail (view < ML_N_VIEWS, FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  options = ml_render_options_or_defaults (options);

  scene = ml_render_layout (view, snapshot, NULL, options);
  ml_scene_frame_to_aspect (scene, options->frame_aspect, NULL);

  return ml_render_export_scene (scene, file, options->scale > 0 ? options->scale : 1, NULL, error);
}
