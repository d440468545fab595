/* ml-slots-private.h
 *
 * Copyright 2026 The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Which variables a picture leaves out (see ml-slots.c).
 */

#pragma once

#include "ml-snapshot.h"

G_BEGIN_DECLS

/* A frame with more variables than this shows only those that hold something (the sandbox
 * frame has 64 pointer variables, mostly nil). */
#define ML_MAX_ZERO_SLOTS 12

gboolean  ml_slot_is_zero              (const MlSnapshot *snapshot,
                                        const MlSnapSlot *slot);
gboolean  ml_slot_is_idle_temporary    (const MlSnapshot *snapshot,
                                        const MlSnapSlot *slot);

G_END_DECLS
