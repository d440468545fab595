/* ml-size-class-private.h
 *
 * Copyright 2026 The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The size-class tables themselves (generated in ml-size-class-table.c), and the per-class
 * tables the collector reads for every pointer it follows, for the sim's own files.  The rest
 * of the application sees only the functions of ml-size-class.h.
 */

#pragma once

#include "ml-size-class.h"

G_BEGIN_DECLS

extern const guint16 size_class_to_size[ML_NUM_SIZE_CLASSES];
extern const guint8  size_class_to_npages[ML_NUM_SIZE_CLASSES];
extern const guint8  size_to_size_class8[ML_SMALL_SIZE_MAX / ML_SMALL_SIZE_DIV + 1];
extern const guint8  size_to_size_class128[(ML_MAX_SMALL_SIZE - ML_SMALL_SIZE_MAX) / ML_LARGE_SIZE_DIV + 1];

/* Per size class: objects per span and the division magic (filled once by
 * _ml_size_class_init_tables()). */
extern guint32 _ml_class_divmagic[ML_NUM_SIZE_CLASSES];
extern guint32 _ml_class_nelems[ML_NUM_SIZE_CLASSES];

void _ml_size_class_init_tables (void);

G_END_DECLS
