/* ml-type-private.h
 *
 * Copyright 2026 The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ml-type.h"

G_BEGIN_DECLS

struct _MlTypeRegistry
{
  GPtrArray    *types;
  GHashTable   *by_name;
  GStringChunk *strings;
};

/* The collector looks a type up for every object it scans; this skips the checks. */
static inline const MlType *
_ml_type_registry_get_fast (MlTypeRegistry *self,
                            guint           id)
{
  return self->types->pdata[id];
}

G_END_DECLS
