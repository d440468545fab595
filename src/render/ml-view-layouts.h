/* ml-view-layouts.h
 *
 * Copyright 2026 The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The layout function of each view: a snapshot (and the view's previous layout, to keep
 * things in place) in, an MlScene out.  It is a header of its own, included by ml-render.h,
 * so that each view file declares what it defines without seeing ml_render_layout(), the
 * dispatcher above them all.
 */

#pragma once

#include "ml-scene.h"
#include "ml-snapshot.h"
#include "ml-timeline-series.h"
#include "ml-view.h"

G_BEGIN_DECLS

MlScene  *ml_segments_view_layout    (const MlSnapshot       *snapshot,
                                      MlScene                *previous,
                                      const MlRenderOptions  *options);
gboolean  ml_segments_view_find_focus (MlScene               *scene,
                                       const char            *names,
                                       MlRect                *rect);
MlScene  *ml_process_view_layout     (const MlSnapshot       *snapshot,
                                      const MlRenderOptions  *options);
MlScene  *ml_compile_error_view_layout (MlViewKind            view,
                                        const char           *source,
                                        const guint          *lines,
                                        const char * const   *messages,
                                        guint                 n_errors,
                                        const MlRenderOptions *options);
MlScene  *ml_memory_map_view_layout  (const MlSnapshot       *snapshot,
                                      MlScene                *previous,
                                      const MlRenderOptions  *options);
MlScene  *ml_heap_graph_view_layout  (const MlSnapshot       *snapshot,
                                      MlScene                *previous,
                                      const MlRenderOptions  *options);
MlScene  *ml_spans_view_layout       (const MlSnapshot       *snapshot,
                                      MlScene                *previous,
                                      const MlRenderOptions  *options);
MlScene  *ml_timeline_view_layout    (MlTimelineSeries       *series,
                                      MlTimelineSeries       *compare,
                                      MlScene                *previous,
                                      const MlRenderOptions  *options);
gboolean  ml_timeline_view_find_focus (MlScene               *scene,
                                       const char            *name,
                                       MlRect                *rect);

G_END_DECLS
