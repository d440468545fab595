/* ml-object-names-private.h
 *
 * Copyright 2026 The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * How the pictures name what the program holds (see ml-object-names.c).
 */

#pragma once

#include "ml-names.h"
#include "ml-refs-private.h"

G_BEGIN_DECLS

const char  *ml_short_name          (const char         *name);
char        *ml_slot_display_name   (const char         *name);
char        *ml_short_type_name     (const char         *name);
char        *ml_object_type_name    (const MlSnapObject *object,
                                     MlRefs             *refs);
char        *ml_object_size_label   (const MlSnapObject *object,
                                     MlRefs             *refs,
                                     MlBytesStyle        style);
char        *ml_quote_string        (const char         *text,
                                     gsize               len);
char       **ml_object_paths_new    (const MlSnapshot   *snapshot);

G_END_DECLS
