/* ml-canvas.h
 *
 * Copyright The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * MlCanvas, the widget that shows one view of the model: see ml-canvas.c.
 */

#pragma once

#include <adwaita.h>

#include "ml-render.h"

G_BEGIN_DECLS

#define ML_TYPE_CANVAS (ml_canvas_get_type ())

G_DECLARE_FINAL_TYPE (MlCanvas, ml_canvas, ML, CANVAS, GtkWidget)

GtkWidget        *ml_canvas_new                (void);
MlViewKind        ml_canvas_get_view           (MlCanvas         *self);
void              ml_canvas_set_view           (MlCanvas         *self,
                                                MlViewKind        view);
MlSnapshot       *ml_canvas_get_snapshot       (MlCanvas         *self);
void              ml_canvas_set_snapshot       (MlCanvas         *self,
                                                MlSnapshot       *snapshot);
void              ml_canvas_set_timeline_cycle (MlCanvas         *self,
                                                guint             cycle);
void              ml_canvas_set_focus_name     (MlCanvas         *self,
                                                const char       *focus);
void              ml_canvas_get_visible_rect   (MlCanvas         *self,
                                                MlRect           *rect);
void              ml_canvas_set_series         (MlCanvas         *self,
                                                MlTimelineSeries *series,
                                                MlTimelineSeries *compare);
gboolean          ml_canvas_get_show_addresses (MlCanvas         *self);
void              ml_canvas_set_compile_errors (MlCanvas           *self,
                                                const char         *source,
                                                const guint        *lines,
                                                const char * const *messages,
                                                guint               n_errors);
void              ml_canvas_set_process_stage  (MlCanvas         *self,
                                                MlProcessStage    stage);
void              ml_canvas_set_show_addresses (MlCanvas         *self,
                                                gboolean          show_addresses);
double            ml_canvas_get_speed          (MlCanvas         *self);
void              ml_canvas_set_speed          (MlCanvas         *self,
                                                double            speed);
double            ml_canvas_get_zoom           (MlCanvas         *self);
void              ml_canvas_set_zoom           (MlCanvas         *self,
                                                double            zoom);
void              ml_canvas_zoom_to_fit        (MlCanvas         *self);
double            ml_canvas_get_text_floor     (MlCanvas         *self);
void              ml_canvas_set_text_floor     (MlCanvas         *self,
                                                double            floor_px);
double            ml_canvas_get_min_text_px    (MlCanvas         *self);
MlScene          *ml_canvas_get_scene          (MlCanvas         *self);
gboolean          ml_canvas_get_animating      (MlCanvas         *self);
const MlHit      *ml_canvas_get_selection      (MlCanvas         *self);
gboolean          ml_canvas_select             (MlCanvas         *self,
                                                MlHitKind         kind,
                                                guint64           address);
MlRenderOptions   ml_canvas_get_options        (MlCanvas         *self);

G_END_DECLS
