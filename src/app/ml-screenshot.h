/* ml-screenshot.h
 *
 * Copyright The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Saving a window's picture for --screenshot: see ml-screenshot.c.
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

void      ml_screenshot_window_async  (GtkWindow            *window,
                                       const char           *path,
                                       GCancellable         *cancellable,
                                       GAsyncReadyCallback   callback,
                                       gpointer              user_data);
gboolean  ml_screenshot_window_finish (GAsyncResult         *result,
                                       GError              **error);
GBytes   *ml_screenshot_widget_to_png (GtkWidget            *widget,
                                       GError              **error);

G_END_DECLS
