/* ml-export-dialog.h
 *
 * Copyright The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * MlExportDialog, the dialog behind win.export: see ml-export-dialog.c.
 */

#pragma once

#include <adwaita.h>

#include "ml-engine.h"

G_BEGIN_DECLS

#define ML_TYPE_EXPORT_DIALOG (ml_export_dialog_get_type ())

G_DECLARE_FINAL_TYPE (MlExportDialog, ml_export_dialog, ML, EXPORT_DIALOG, AdwDialog)

MlExportDialog *ml_export_dialog_new         (MlEngine        *engine,
                                              MlViewKind       view,
                                              MlExportFormat   format,
                                              gboolean         all_steps);
void            ml_export_dialog_get_choices (MlExportDialog  *self,
                                              MlViewKind      *view,
                                              MlExportFormat  *format,
                                              MlRenderOptions *options,
                                              gboolean        *all_steps);
void            ml_export_dialog_set_toast_overlay (MlExportDialog  *self,
                                                    AdwToastOverlay *overlay);
void            ml_export_dialog_set_timeline (MlExportDialog   *self,
                                               MlTimelineSeries *series,
                                               MlTimelineSeries *compare,
                                               guint             cycle);
void            ml_export_dialog_set_detail  (MlExportDialog  *self,
                                              MlDetail         detail);
gboolean        ml_export_dialog_export_to   (MlExportDialog  *self,
                                              GFile           *file,
                                              GError         **error);

G_END_DECLS
