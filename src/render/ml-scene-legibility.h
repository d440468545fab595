/* ml-scene-legibility.h
 *
 * Copyright The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * How large a scene's text is on a screen, and the transform that fits a scene into a canvas
 * without its text going below a floor (see ml-scene-legibility.c).
 */

#pragma once

#include "ml-scene.h"

G_BEGIN_DECLS

/* The smallest text a classroom's back row reads on a projected 1024×768 picture. */
#define ML_LEGIBLE_TEXT_PX 14.0

/* Scene units → canvas pixels: x' = x * scale + dx. */
typedef struct
{
  double scale;
  double dx;
  double dy;
} MlSceneTransform;

void     ml_scene_set_focus            (MlScene                *self,
                                        const MlRect           *focus);
void     ml_scene_set_legend           (MlScene                *self,
                                        const MlRect           *legend);
gboolean ml_scene_in_legend            (MlScene                *self,
                                        const MlRect           *rect);
double   ml_scene_get_min_text_size    (MlScene                *self,
                                        const MlRect           *visible,
                                        gboolean                skip_legend);
void     ml_scene_measure_content      (MlScene                *self,
                                        gboolean                skip_legend,
                                        MlRect                 *content);
void     ml_scene_fit                  (MlScene                *self,
                                        const MlRect           *content,
                                        double                  width,
                                        double                  height,
                                        double                  device_scale,
                                        double                  floor_px,
                                        MlSceneTransform       *transform);
double   ml_scene_get_min_text_px      (MlScene                *self,
                                        const MlSceneTransform *transform,
                                        double                  width,
                                        double                  height,
                                        double                  device_scale,
                                        gboolean                skip_legend);
gboolean ml_scene_get_new_boxes        (MlScene                *self,
                                        MlScene                *previous,
                                        MlRect                 *rect);
MlScene *ml_scene_extract_legend       (MlScene                *self);
guint    ml_scene_wrap_legend          (MlScene                *legend,
                                        double                  max_width,
                                        double                 *starts,
                                        guint                   max_rows);

G_END_DECLS
