/* ml-router-private.h
 *
 * Copyright The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Orthogonal arrow routing on a grid around obstacles (see ml-router.c), for the memory map's
 * arrows.
 */

#pragma once

#include "ml-view.h"

G_BEGIN_DECLS

typedef struct _MlRouter MlRouter;

/* The layer of ml_router_add_obstacle(): boxes every route goes around. */
#define ML_ROUTER_LAYER_BOXES 1u

MlRouter *ml_router_new          (double         width,
                                  double         height,
                                  double         cell);
void      ml_router_free         (MlRouter      *self);
void      ml_router_add_obstacle (MlRouter      *self,
                                  const MlRect  *rect,
                                  double         margin);
void      ml_router_add_obstacle_layers (MlRouter     *self,
                                         const MlRect *rect,
                                         double        margin,
                                         guint32       layers);
gboolean  ml_router_route        (MlRouter      *self,
                                  const MlPoint *start,
                                  const MlPoint *end,
                                  GArray        *points);
gboolean  ml_router_route_avoiding (MlRouter      *self,
                                    const MlPoint *start,
                                    const MlPoint *end,
                                    guint32        avoid,
                                    GArray        *points);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (MlRouter, ml_router_free)

G_END_DECLS
