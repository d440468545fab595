/* ml-inspector.h
 *
 * Copyright The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * MlInspector, the side panel's Inspector tab: see ml-inspector.c.
 */

#pragma once

#include <adwaita.h>

#include "ml-render.h"

G_BEGIN_DECLS

#define ML_TYPE_INSPECTOR (ml_inspector_get_type ())

G_DECLARE_FINAL_TYPE (MlInspector, ml_inspector, ML, INSPECTOR, AdwBin)

GtkWidget *ml_inspector_new        (void);
void       ml_inspector_show       (MlInspector *self,
                                    MlSnapshot  *snapshot,
                                    const MlHit *hit);
guint      ml_inspector_get_n_rows (MlInspector *self);
char      *ml_inspector_get_text   (MlInspector *self);

G_END_DECLS
