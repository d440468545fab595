/* ml-rtype-private.h
 *
 * Copyright 2026 The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The type registry's insides, for the heap and the collector, which look a type up by id for
 * every object they scan and cannot afford the public function's checks.
 */

#pragma once

#include "ml-rtype.h"
#include "ml-runtime.h"

G_BEGIN_DECLS

struct _MlRtypeRegistry
{
  GPtrArray    *types;
  GHashTable   *by_name;
  GStringChunk *strings;
};

/* The collector looks a type up for every object it scans; this skips the checks. */
static inline const MlRtype *
_ml_rtype_registry_get_fast (MlRtypeRegistry *self,
                            guint           id)
{
  return self->types->pdata[id];
}

/* Where a *_type would point (a malloc header's word, maps.Iter's typ): a fictitious
 * descriptor table at the end of rodata, below data (ML_DATA_BASE, 0x600000). */
static inline guint64
_ml_rtype_descriptor_address (const MlRtype *type)
{
  return ML_DATA_BASE - ML_TYPE_DESCRIPTORS_SIZE + (guint64) type->id * 0x40;
}

G_END_DECLS
