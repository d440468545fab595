/* ml-rtype-private.h
 *
 * Copyright 2026 The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ml-rtype.h"

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

G_END_DECLS
