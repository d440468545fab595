/* ml-names.h
 *
 * Copyright 2026 The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The words MemLab uses for the things it shows, in one place: the views' names and titles,
 * the collector's phases, and sizes in bytes.  The pictures, the window, the narrator and the
 * command line all read them here, so that a view or a phase is called the same everywhere.
 */

#pragma once

#include <glib.h>

#include "ml-runtime.h"
#include "ml-view.h"

G_BEGIN_DECLS

const char *ml_view_kind_to_string         (MlViewKind   kind);
gboolean    ml_view_kind_from_string       (const char  *name,
                                            MlViewKind  *kind);
const char *ml_view_kind_get_title         (MlViewKind   kind);
const char *ml_view_kind_get_description   (MlViewKind   kind);

const char *ml_gc_phase_to_string          (MlGcPhase    phase);
gboolean    ml_gc_phase_from_string        (const char  *name,
                                            MlGcPhase   *phase);
const char *ml_gc_phase_get_title          (MlGcPhase    phase);
const char *ml_gc_phase_get_caption        (MlGcPhase    phase);

/**
 * MlBytesStyle:
 * @ML_BYTES_EXACT: one decimal where the unit does not divide the size ("12.3 KiB")
 * @ML_BYTES_WHOLE: whole units only, for narrow cells; a unit is used from ten of it on
 *   ("12 KiB", "9000 B")
 */
typedef enum
{
  ML_BYTES_EXACT,
  ML_BYTES_WHOLE,
} MlBytesStyle;

char       *ml_format_bytes                (guint64      bytes,
                                            MlBytesStyle style);

G_END_DECLS
