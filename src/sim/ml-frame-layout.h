/* ml-frame-layout.h
 *
 * Copyright 2026 The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * MlFrameLayout, the compiler's description of a stack frame, which the runtime uses as Go
 * uses stack maps.  Public: the compiler builds layouts and the views read them.
 */

#pragma once

#include <glib-object.h>

#include "ml-rtype.h"

G_BEGIN_DECLS

typedef enum
{
  ML_SLOT_LOCAL,
  ML_SLOT_PARAM,
  ML_SLOT_RESULT,
} MlSlotKind;

typedef struct
{
  const char   *name;
  const MlRtype *type;
  guint64       offset;
  MlSlotKind    kind;
} MlFrameSlot;

/* The compiler's description of one function's stack frame: its typed slots at fixed offsets
 * from the frame base.  It plays the part of Go's stack maps: the collector scans exactly the
 * pointer words of these slots, and stack copying adjusts exactly those.  A layout is frozen
 * when it is registered with ml_runtime_register_frame_layout(). */
typedef struct _MlFrameLayout MlFrameLayout;

#define ML_FRAME_LAYOUT_TYPE (ml_frame_layout_get_type ())

GType              ml_frame_layout_get_type     (void) G_GNUC_CONST;
MlFrameLayout     *ml_frame_layout_new          (const char          *function);
MlFrameLayout     *ml_frame_layout_ref          (MlFrameLayout       *self);
void               ml_frame_layout_unref        (MlFrameLayout       *self);
guint64            ml_frame_layout_add_slot     (MlFrameLayout       *self,
                                                 const char          *name,
                                                 const MlRtype        *type,
                                                 MlSlotKind           kind);
guint64            ml_frame_layout_add_slot_aligned (MlFrameLayout   *self,
                                                     const char      *name,
                                                     const MlRtype   *type,
                                                     MlSlotKind       kind,
                                                     guint            align);
const char        *ml_frame_layout_get_function (const MlFrameLayout *self);
guint64            ml_frame_layout_get_size     (const MlFrameLayout *self);
guint              ml_frame_layout_get_n_slots  (const MlFrameLayout *self);
const MlFrameSlot *ml_frame_layout_get_slot     (const MlFrameLayout *self,
                                                 guint                index);
const MlFrameSlot *ml_frame_layout_find_slot    (const MlFrameLayout *self,
                                                 const char          *name);
gboolean           ml_frame_layout_is_frozen    (const MlFrameLayout *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (MlFrameLayout, ml_frame_layout_unref)

G_END_DECLS
