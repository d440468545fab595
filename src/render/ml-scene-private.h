/* ml-scene-private.h
 *
 * Copyright The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
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
