/* ml-history-private.h
 *
 * Copyright 2026 The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * History (ml-history.c): steps over the journal, seeking, the history limit and the driver's
 * hooks.  Only the runtime's life cycle calls into it; everything else reaches history through
 * the journal alone.
 */

#pragma once

#include "ml-runtime-private.h"

G_BEGIN_DECLS

void      _ml_history_init         (MlRuntime *self);
void      _ml_history_finalize     (MlRuntime *self);

G_END_DECLS
