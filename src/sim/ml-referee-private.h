/* ml-referee-private.h
 *
 * Copyright 2026 The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The referee (ml-referee.c), an independent checker of the collector's promises, as the
 * sweeper, mark termination and pointer writes call it when the teaching switches or the
 * tests turn it on.  It only reads the heap, the roots and the collector's queues, so it
 * sits below everything that calls it.
 */

#pragma once

#include "ml-runtime-private.h"

G_BEGIN_DECLS

void      _ml_referee_finalize        (MlRuntime *self);
void      _ml_referee_check_free      (MlRuntime    *self,
                                       MlSpan       *s,
                                       guint64       idx,
                                       MlWorkerKind  worker,
                                       guint         worker_id);
void      _ml_referee_mark_end        (MlRuntime *self);
guint     _ml_referee_check_tricolour (MlRuntime *self);

G_END_DECLS
