/* ml-defer-private.h
 *
 * Copyright 2026 The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What the runtime's other concerns call of the deferred calls' records (ml-defer.c): the
 * collector's scan of a goroutine's records, a stack copy's adjustment of them, and the
 * cycle's start dropping the central pool.
 */

#pragma once

#include "ml-roots-private.h"
#include "ml-stack-private.h"

G_BEGIN_DECLS

void      _ml_defer_clearpools     (MlRuntime  *self);
void      _ml_defer_roots          (MlRuntime  *self,
                                    MlG        *g,
                                    MlRootFunc  func,
                                    gpointer    user_data);
void      _ml_defer_adjust         (MlRuntime  *self,
                                    MlG        *g,
                                    guint64     old_lo,
                                    guint64     old_hi,
                                    guint64     delta);

G_END_DECLS
