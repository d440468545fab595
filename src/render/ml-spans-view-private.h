/* ml-spans-view-private.h
 *
 * Copyright 2026 The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What the spans view (ml-spans-view.c) asks of its Green Tea part (ml-spans-queue.c): the
 * span queue, the spans it outlines and the legend that maps the tricolour to the notation of
 * the Go blog's pictures.
 */

#pragma once

#include "ml-scene.h"
#include "ml-snapshot.h"

G_BEGIN_DECLS

/* The red the Go blog draws what is being worked on with: the span being scanned. */
#define ML_SPANS_ACTIVE_RED ((MlColor) { 0.878, 0.106, 0.141, 1 })

gboolean  _ml_spans_view_marking       (const MlSnapshot *snapshot);
double    _ml_spans_queue_height       (const MlSnapshot *snapshot);
double    _ml_spans_queue_add          (MlScene          *scene,
                                        const MlSnapshot *snapshot,
                                        const MlPalette  *palette,
                                        double            x,
                                        double            y,
                                        double            max_width);
void      _ml_spans_queue_decorate     (MlScene          *scene,
                                        const MlSnapshot *snapshot,
                                        const MlPalette  *palette,
                                        MlSceneBox       *box,
                                        double            slots_height);
double    _ml_spans_queue_add_legend   (MlScene          *scene,
                                        const MlPalette  *palette,
                                        const MlColor     colours[5],
                                        double            x,
                                        double            y,
                                        double            max_width);

G_END_DECLS
