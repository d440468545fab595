/* ml-scene-private.h
 *
 * Copyright The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What the scene's own files and the animation share: the order of drawing and the shape of
 * an arrow's head, so that the cairo drawing and the SVG writer draw the same picture, and the
 * index of items by key.
 */

#pragma once

#include "ml-scene.h"

G_BEGIN_DECLS

/* What a drawing does with each kind of item, called with its user data first.  Arrows
 * get the scene's points, a path its own. */
typedef struct
{
  void (*path)   (gpointer            user_data,
                  const MlScenePath  *path,
                  const MlPoint      *points);
  void (*image)  (gpointer            user_data,
                  const MlSceneImage *image);
  void (*arrows) (gpointer            user_data,
                  const MlSceneArrow *arrows,
                  guint               n,
                  const MlPoint      *points);
  void (*boxes)  (gpointer            user_data,
                  const MlSceneBox   *boxes,
                  guint               n,
                  guint               index);
  void (*text)   (gpointer            user_data,
                  const MlSceneText  *text);
} MlSceneItemFuncs;

void ml_scene_foreach_in_order (MlScene                *self,
                                const MlSceneItemFuncs *funcs,
                                gboolean                batch,
                                gpointer                user_data);

void ml_scene_arrow_head (const MlPoint *p,
                          guint          n,
                          guint16        flags,
                          double         width,
                          MlPoint        out[3]);
GHashTable *ml_scene_index_keys (GArray *items);

G_END_DECLS
