/* ml-scene-frame.h
 *
 * Copyright The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * An exported picture padded to a slide's proportions (see ml-scene-frame.c).
 */

#pragma once

#include "ml-scene.h"

G_BEGIN_DECLS

/* The frame of a slide: 16 wide for 9 high. */
#define ML_FRAME_ASPECT_SLIDE (16.0 / 9.0)

void     ml_scene_frame_to_aspect    (MlScene    *self,
                                      double      aspect,
                                      MlPoint    *offset);
void     ml_scene_translate          (MlScene    *self,
                                      double      dx,
                                      double      dy);
gboolean ml_frame_aspect_from_string (const char *text,
                                      double     *aspect);

G_END_DECLS
