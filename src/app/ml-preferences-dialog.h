/* ml-preferences-dialog.h
 *
 * Copyright The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * MlPreferencesDialog, the Preferences: see ml-preferences-dialog.c.
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define ML_TYPE_PREFERENCES_DIALOG (ml_preferences_dialog_get_type ())

G_DECLARE_FINAL_TYPE (MlPreferencesDialog, ml_preferences_dialog, ML, PREFERENCES_DIALOG, AdwPreferencesDialog)

MlPreferencesDialog *ml_preferences_dialog_new (GSettings *settings);

G_END_DECLS
