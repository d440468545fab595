/* ml-render-private.h
 *
 * Copyright The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Helpers the views share.
 */

#pragma once

#include "ml-render.h"
#include "ml-runtime.h"

G_BEGIN_DECLS

MlColor      ml_render_colour_fill    (const MlPalette *palette,
                                       guint8           colour);
MlColor      ml_render_colour_text    (const MlPalette *palette,
                                       guint8           colour);
const char  *ml_render_colour_letter  (guint8           colour);
const char  *ml_render_colour_name    (guint8           colour);
const char  *ml_render_short_name     (const char      *name);
char        *ml_render_type_name      (const char      *name);

typedef struct _MlRenderRefs MlRenderRefs;

MlRenderRefs *ml_render_refs_new           (const MlSnapshot *snapshot);
void          ml_render_refs_free          (MlRenderRefs     *refs);
guint64       ml_render_refs_array_length  (MlRenderRefs     *refs,
                                            guint64           object_addr);
gboolean      ml_render_refs_string_used   (MlRenderRefs     *refs,
                                            guint64           string_addr);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (MlRenderRefs, ml_render_refs_free)

char        *ml_render_object_type_name (const MlSnapObject *object,
                                         MlRenderRefs       *refs);
char        *ml_render_object_size_label (const MlSnapObject *object,
                                          MlRenderRefs       *refs,
                                          MlBytesStyle        style);
char        *ml_render_quote_string   (const char      *text,
                                       gsize            len);
guint       *ml_render_strings_by_address (const MlSnapshot *snapshot);
gboolean     ml_render_slot_is_zero   (const MlSnapshot *snapshot,
                                       const MlSnapSlot *slot);
gboolean     ml_render_slot_is_idle_temporary (const MlSnapshot *snapshot,
                                               const MlSnapSlot *slot);

/* A frame with more variables than this shows only those that hold something (the sandbox
 * frame has 64 pointer variables, mostly nil). */
#define ML_RENDER_MAX_ZERO_SLOTS 12
void         ml_render_add_legend     (MlScene         *scene,
                                       const MlPalette *palette,
                                       double           x,
                                       double           y,
                                       gboolean         with_freed,
                                       gboolean         with_free,
                                       double          *width,
                                       double          *height);

G_END_DECLS
