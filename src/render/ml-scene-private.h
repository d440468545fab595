/* ml-scene-private.h
 *
 * Copyright The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What the scene's own files and the animation share: the shape of an arrow's head, so that
 * the cairo drawing and the SVG writer draw the same arrow, and the index of items by key.
 */

#pragma once

#include "ml-scene.h"

G_BEGIN_DECLS

void ml_scene_arrow_head (const MlPoint *p,
                          guint          n,
                          guint16        flags,
                          double         width,
                          MlPoint        out[3]);
GHashTable *ml_scene_index_keys (GArray *items);

G_END_DECLS
