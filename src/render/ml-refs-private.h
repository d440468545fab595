/* ml-refs-private.h
 *
 * Copyright 2026 The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What the values of a snapshot point at (see ml-refs.c), for the views that name arrays by
 * their length, list the string literals in use and find the object a pointer points into.
 */

#pragma once

#include "ml-snapshot.h"

G_BEGIN_DECLS

typedef struct _MlRefs MlRefs;

MlRefs   *ml_refs_new                (const MlSnapshot *snapshot);
void      ml_refs_free               (MlRefs           *refs);
guint64   ml_refs_array_length       (MlRefs           *refs,
                                      guint64           object_addr);
guint64   ml_refs_array_in_use       (MlRefs           *refs,
                                      guint64           object_addr);
const char *ml_refs_object_path      (MlRefs             *refs,
                                      const MlSnapObject *object);
const MlSnapshot *ml_refs_get_snapshot (MlRefs          *refs);
gboolean  ml_refs_string_used        (MlRefs           *refs,
                                      guint64           string_addr);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (MlRefs, ml_refs_free)

guint    *ml_strings_by_address      (const MlSnapshot *snapshot);

/* The snapshot's objects in address order, to find the one a pointer points into. */
typedef struct
{
  const MlSnapshot *snapshot;
  guint            *by_addr;    /* object indices sorted by address */
  guint             n;
} MlObjectIndex;

void      ml_object_index_init       (MlObjectIndex    *index,
                                      const MlSnapshot *snapshot,
                                      gboolean          live_only);
void      ml_object_index_clear      (MlObjectIndex    *index);
gint      ml_object_index_find       (const MlObjectIndex *index,
                                      guint64              addr);

/* The bytes of an object that hold its value: its slot without the malloc header. */
static inline guint64
ml_object_payload (const MlSnapObject *object)
{
  guint64 header = (object->flags & ML_OBJECT_HEADER) ? 8 : 0;

  return object->size > header ? object->size - header : 0;
}

G_END_DECLS
