/* ml-refs-private.h
 *
 * Copyright 2026 The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What the values of a snapshot point at (see ml-refs.c), for the views that name arrays by
 * their length and list the string literals in use.
 */

#pragma once

#include "ml-snapshot.h"

G_BEGIN_DECLS

typedef struct _MlRefs MlRefs;

MlRefs   *ml_refs_new                (const MlSnapshot *snapshot);
void      ml_refs_free               (MlRefs           *refs);
guint64   ml_refs_array_length       (MlRefs           *refs,
                                      guint64           object_addr);
gboolean  ml_refs_string_used        (MlRefs           *refs,
                                      guint64           string_addr);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (MlRefs, ml_refs_free)

guint    *ml_strings_by_address      (const MlSnapshot *snapshot);

/* The bytes of an object that hold its value: its slot without the malloc header. */
static inline guint64
ml_object_payload (const MlSnapObject *object)
{
  guint64 header = (object->flags & ML_OBJECT_HEADER) ? 8 : 0;

  return object->size > header ? object->size - header : 0;
}

G_END_DECLS
