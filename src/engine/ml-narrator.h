/* ml-narrator.h
 *
 * Copyright The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * MlNarrator, one sentence per event of a step: see ml-narrator.c.
 */

#pragma once

#include "ml-snapshot.h"

G_BEGIN_DECLS

typedef struct _MlNarrator MlNarrator;

MlNarrator *ml_narrator_new            (MlSnapshot       *snapshot);
void        ml_narrator_free           (MlNarrator       *self);
char       *ml_narrator_name_object    (MlNarrator       *self,
                                        guint64           addr);
char       *ml_narrator_describe_event (MlNarrator       *self,
                                        const MlEvent    *event);
GPtrArray  *ml_narrator_describe_step  (MlNarrator       *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (MlNarrator, ml_narrator_free)

G_END_DECLS
