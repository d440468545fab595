/* ml-snapshot-private.h
 *
 * Copyright 2026 The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What the phases of ml_runtime_snapshot() share while they fill a snapshot: the builder
 * ml-snapshot.c makes, and the maps' phase, which lives in ml-snapshot-maps.c.
 */

#pragma once

#include "ml-runtime-private.h"

G_BEGIN_DECLS

typedef struct
{
  MlRuntime  *rt;
  MlSnapshot *snap;
  GArray     *segs;           /* MlSnapSegment */
  GPtrArray  *spans;          /* MlSpan: the live ones, by address */
  GArray     *slots;          /* MlSnapSlot of frames */
  GByteArray *values;         /* the bytes of slots and objects */
} Builder;

void _ml_snapshot_maps (Builder *b);

G_END_DECLS
