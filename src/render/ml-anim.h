/* ml-anim.h
 *
 * Copyright The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Animation between two layouts (see ml-anim.c): easing, the interpolated scene for a moment
 * of the transition, and ml_view_draw(), which draws a view at any point of it.
 */

#pragma once

#include "ml-scene.h"

G_BEGIN_DECLS

/* How long a step's transition lasts, in milliseconds, at speed 1. */
#define ML_ANIM_DURATION_MS 350

double    ml_anim_ease          (double                 t);
MlScene  *ml_scene_interpolate  (MlScene               *from,
                                 MlScene               *to,
                                 double                 t);
void      ml_view_draw          (MlScene               *layout,
                                 MlScene               *previous,
                                 double                 progress,
                                 const MlRenderOptions *options,
                                 cairo_t               *cr);

G_END_DECLS
