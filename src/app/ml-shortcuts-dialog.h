/* ml-shortcuts-dialog.h
 *
 * Copyright The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * MlShortcutsDialog, the keyboard shortcuts: see ml-shortcuts-dialog.c.
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define ML_TYPE_SHORTCUTS_DIALOG (ml_shortcuts_dialog_get_type ())

G_DECLARE_FINAL_TYPE (MlShortcutsDialog, ml_shortcuts_dialog, ML, SHORTCUTS_DIALOG, AdwDialog)

MlShortcutsDialog *ml_shortcuts_dialog_new       (GtkApplication    *application);
guint              ml_shortcuts_dialog_get_count (MlShortcutsDialog *self);

G_END_DECLS
