/* ml-application.h
 *
 * Copyright The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * MlApplication, the AdwApplication of MemLab: see ml-application.c.
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define ML_TYPE_APPLICATION (ml_application_get_type ())

G_DECLARE_FINAL_TYPE (MlApplication, ml_application, ML, APPLICATION, AdwApplication)

MlApplication *ml_application_new             (const char        *application_id,
                                               GApplicationFlags  flags);
GSettings     *ml_application_get_settings    (MlApplication *self);
int            ml_application_get_exit_status (MlApplication *self);

G_END_DECLS
