/* ml-scene-private.h
 *
 * Copyright The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What the scene's cairo drawing and its SVG writer share: the shape of an arrow's head, so
 * that both draw the same arrow.
 */

#pragma once

#include "ml-scene.h"

G_BEGIN_DECLS

void ml_scene_arrow_head (const MlPoint *p,
                          guint          n,
                          guint16        flags,
                          double         width,
                          MlPoint        out[3]);

G_END_DECLS
