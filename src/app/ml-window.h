/* ml-window.h
 *
 * Copyright The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * MlWindow, MemLab's main window, as the application and the tests see it.  Its code is
 * split by concern over ml-window.c (the core) and ml-window-*.c, which share
 * ml-window-private.h.
 */

#pragma once

#include <adwaita.h>

#include "ml-application.h"
#include "ml-canvas.h"
#include "ml-draft.h"
#include "ml-engine.h"

G_BEGIN_DECLS

#define ML_TYPE_WINDOW (ml_window_get_type ())

G_DECLARE_FINAL_TYPE (MlWindow, ml_window, ML, WINDOW, AdwApplicationWindow)

MlWindow   *ml_window_new             (MlApplication *application);
void        ml_window_open_file       (MlWindow      *self,
                                       GFile         *file);
const char *ml_window_get_view        (MlWindow      *self);
void        ml_window_set_editing     (MlWindow      *self,
                                       gboolean       editing);
void        ml_window_set_view        (MlWindow      *self,
                                       const char    *view);
const char *ml_window_get_lesson_id   (MlWindow      *self);
gboolean    ml_window_show_lesson     (MlWindow      *self,
                                       const char    *lesson_id);
gboolean    ml_window_show_lesson_program (MlWindow  *self,
                                       guint          index);
const char *ml_window_get_moment      (MlWindow      *self);
GFile      *ml_window_get_file        (MlWindow      *self);
MlEngine   *ml_window_get_engine      (MlWindow      *self);
MlCanvas   *ml_window_get_canvas      (MlWindow      *self);
void        ml_window_start_sandbox   (MlWindow      *self);
char       *ml_window_get_sandbox_program (MlWindow  *self);
gboolean    ml_window_sandbox_demo_step (MlWindow    *self,
                                         guint        n);
void        ml_window_save_program    (MlWindow      *self,
                                       GFile         *file);
void        ml_window_restore_draft   (MlWindow      *self,
                                       const MlDraft *draft);

G_END_DECLS
