/* ml-value.h
 *
 * Copyright The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Values read from a snapshot's bytes and written as Go's fmt prints them with %v.
 */

#pragma once

#include "ml-snapshot.h"

G_BEGIN_DECLS

guint64             ml_value_read_word    (const guint8       *bytes,
                                           guint64             offset);
gint64              ml_value_read_int     (const guint8       *bytes,
                                           guint64             size);
const MlSnapString *ml_value_find_string  (const MlSnapshot   *snapshot,
                                           guint64             addr);
char               *ml_value_string_text  (const MlSnapshot   *snapshot,
                                           guint64             ptr,
                                           guint64             len);
char               *ml_value_dynamic_type (const MlSnapshot   *snapshot,
                                           guint64             type_word);
void                ml_value_append       (GString            *out,
                                           const MlSnapshot   *snapshot,
                                           const MlRtype       *type,
                                           const guint8       *bytes,
                                           gboolean            top_level);
char               *ml_value_format       (const MlSnapshot   *snapshot,
                                           const MlRtype       *type,
                                           const guint8       *bytes);
void                ml_value_append_float (GString            *out,
                                           double              value,
                                           gboolean            is_float32);
const char         *ml_value_type_name    (const MlRtype       *type);

G_END_DECLS
