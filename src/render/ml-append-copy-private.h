/* ml-append-copy-private.h
 *
 * Copyright 2026 The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The copy an append made past capacity, as the memory map and the heap graph both draw it
 * (see ml-append-copy.c).
 */

#pragma once

#include "ml-scene.h"
#include "ml-snapshot.h"

G_BEGIN_DECLS

char         *ml_append_copy_label      (const MlEvent   *event);
void          ml_append_copy_style      (MlSceneArrow    *arrow,
                                         const MlPalette *palette,
                                         gint             from_box,
                                         gint             to_box);
MlSceneText  *ml_append_copy_add_label  (MlScene         *scene,
                                         const MlEvent   *event,
                                         const char      *label,
                                         double           x,
                                         double           y,
                                         const MlPalette *palette);
const MlRtype *ml_append_copy_old_elements (const MlSnapshot   *snapshot,
                                            const MlSnapObject *object,
                                            guint64            *n);

G_END_DECLS
