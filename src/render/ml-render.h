/* ml-render.h
 *
 * Copyright The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The render layer's front door: a layout function per view, one draw function for all of
 * them (ml_view_draw() in ml-anim.h), hit-testing (ml_scene_hit_test()) and export.
 *
 *   layout = ml_render_layout (ML_VIEW_HEAP_GRAPH, snapshot, previous_layout, &options);
 *   ml_view_draw (layout, previous_layout, progress, &options, cr);
 */

#pragma once

#include <gio/gio.h>

#include "ml-anim.h"
#include "ml-export.h"
#include "ml-names.h"
#include "ml-scene.h"
#include "ml-scene-frame.h"
#include "ml-snapshot.h"
#include "ml-timeline-series.h"
#include "ml-view.h"
#include "ml-view-layouts.h"

G_BEGIN_DECLS

MlScene  *ml_render_layout           (MlViewKind              view,
                                      const MlSnapshot       *snapshot,
                                      MlScene                *previous,
                                      const MlRenderOptions  *options);
gboolean  ml_render_export_scene     (MlScene                *scene,
                                      GFile                  *file,
                                      double                  scale,
                                      GCancellable           *cancellable,
                                      GError                **error);
gboolean  ml_render_export_scene_framed (MlScene             *scene,
                                         GFile               *file,
                                         double               scale,
                                         double               aspect,
                                         GCancellable        *cancellable,
                                         GError             **error);
gboolean  ml_render_export_view      (const MlSnapshot       *snapshot,
                                      MlViewKind              view,
                                      const MlRenderOptions  *options,
                                      GFile                  *file,
                                      GError                **error);
gboolean  ml_render_find_focus       (MlScene                *scene,
                                      const char             *focus,
                                      MlRect                 *rect);

G_END_DECLS
