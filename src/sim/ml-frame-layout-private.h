/* ml-frame-layout-private.h
 *
 * Copyright 2026 The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * MlFrameLayout's insides, for the runtime's stack code (ml-stack.c, ml-roots.c, snapshots),
 * which reads a frame's slots and pointer mask directly on every stack scan and copy.
 */

#pragma once

#include "ml-frame-layout.h"

G_BEGIN_DECLS

struct _MlFrameLayout
{
  char         *function;
  GArray       *slots;       /* MlFrameSlot */
  GStringChunk *names;
  guint64       size;
  guint64       n_words;
  guint64      *ptrmask;     /* one bit per word of the frame, built when frozen */
  guint         id;
  gboolean      frozen;
};

void _ml_frame_layout_freeze (MlFrameLayout *self,
                              guint          id);

static inline gboolean
_ml_frame_layout_word_is_pointer (const MlFrameLayout *self,
                                  guint64              word)
{
  return (self->ptrmask[word / 64] >> (word % 64)) & 1;
}

G_END_DECLS
