/* ml-stack-private.h
 *
 * Copyright 2026 The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Goroutines, their stacks and the frames in them (ml-stack.c): what the collector needs to
 * scan and shrink a stack, the write barrier to know the current frame, and snapshots to walk
 * the frames.  Stacks are carved from heap spans, so this sits above the heap.
 */

#pragma once

#include "ml-runtime-private.h"
#include "ml-frame-layout-private.h"

G_BEGIN_DECLS

/* Each frame starts with a 16-byte record: the frame layout's id + 1 (standing for the return
 * PC) and the caller's frame address (the saved frame pointer).  Its slots follow. */
#define ML_FRAME_HEADER 16

struct _MlG
{
  guint64 id;
  guint64 status;             /* 0 dead, 1 running/runnable */
  guint64 stack_lo;
  guint64 stack_hi;
  guint64 sp;                 /* base of the innermost frame (== stack_hi if none) */
  guint64 top_frame;          /* base of the innermost frame, 0 if none */
  guint64 depth;
  guint64 scanned_cycle;      /* cycle number whose stack scan is done */
  guint64 assist_bytes;       /* gcAssistBytes, signed */
  guint64 max_used;           /* deepest use since the last GC, for shrinking */
  guint64 defer_head;         /* g._defer: the newest deferred call's record, or 0 */
  guint64 panic_head;         /* g._panic: the innermost panic's record (in a frame), or 0 */
};

#define ML_G_CHUNK 64

void                  _ml_stack_init                  (MlRuntime *self);
void                  _ml_stack_finalize              (MlRuntime *self);
gboolean              _ml_stack_in_current_frame      (MlRuntime *self,
                                                       guint64    addr);
void                  _ml_stack_maybe_shrink          (MlRuntime *self,
                                                       MlG       *g);
void                  _ml_stack_compute_starting_size (MlRuntime *self);
const MlFrameLayout  *_ml_stack_frame_layout          (MlRuntime *self,
                                                       guint64    fp);
guint64               _ml_stack_frame_caller          (MlRuntime *self,
                                                       guint64    fp);

static inline MlG *
_ml_g (MlRuntime *self,
       guint64    goid)
{
  g_assert (goid >= 1 && goid <= self->ngoroutines);
  return &((MlG *) self->g_chunks->pdata[(goid - 1) / ML_G_CHUNK])[(goid - 1) % ML_G_CHUNK];
}

G_END_DECLS
