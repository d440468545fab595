/* ml-gc-colours-private.h
 *
 * Copyright 2026 The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * How an object's state in the tricolour marking is drawn (see ml-gc-colours.c).
 */

#pragma once

#include "ml-scene.h"
#include "ml-snapshot.h"

G_BEGIN_DECLS

MlColor      ml_gc_colour_fill        (const MlPalette *palette,
                                       guint8           colour);
MlColor      ml_gc_colour_text        (const MlPalette *palette,
                                       guint8           colour);
const char  *ml_gc_colour_letter      (guint8           colour);
const char  *ml_gc_colour_name        (guint8           colour);
void         ml_gc_colour_add_legend  (MlScene         *scene,
                                       const MlPalette *palette,
                                       double           x,
                                       double           y,
                                       gboolean         with_freed,
                                       gboolean         with_free,
                                       double          *width,
                                       double          *height);

G_END_DECLS
