/* ml-test-utils.h
 *
 * Copyright The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What the UI tests share: see ml-test-utils.c.
 */

#pragma once

#include <adwaita.h>

#include "ml-application.h"

G_BEGIN_DECLS

typedef gboolean (*MlTestCondition) (gpointer data);

gboolean   ml_test_wait_until        (MlTestCondition  condition,
                                      gpointer         data,
                                      guint            timeout_ms);
void       ml_test_iterate           (guint            ms);
void       ml_test_present_window    (GtkWindow       *window);
GtkWidget *ml_test_find_widget       (GtkWidget       *root,
                                      GType            type,
                                      const char      *title);
guint      ml_test_count_children    (GtkWidget       *widget);
MlApplication *ml_test_start_app     (int             *argc,
                                      char          ***argv);
void       ml_test_stop_app          (MlApplication   *app);

G_END_DECLS
