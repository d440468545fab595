/* ml-router-private.h
 *
 * Copyright The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ml-view.h"

G_BEGIN_DECLS

typedef struct _MlRouter MlRouter;

MlRouter *ml_router_new          (double         width,
                                  double         height,
                                  double         cell);
void      ml_router_free         (MlRouter      *self);
void      ml_router_add_obstacle (MlRouter      *self,
                                  const MlRect  *rect,
                                  double         margin);
gboolean  ml_router_route        (MlRouter      *self,
                                  const MlPoint *start,
                                  const MlPoint *end,
                                  GArray        *points);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (MlRouter, ml_router_free)

G_END_DECLS
