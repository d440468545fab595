/* ml-size-class-private.h
 *
 * Copyright 2026 The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ml-size-class.h"

G_BEGIN_DECLS

extern const guint16 size_class_to_size[ML_NUM_SIZE_CLASSES];
extern const guint8  size_class_to_npages[ML_NUM_SIZE_CLASSES];
extern const guint8  size_to_size_class8[ML_SMALL_SIZE_MAX / ML_SMALL_SIZE_DIV + 1];
extern const guint8  size_to_size_class128[(ML_MAX_SMALL_SIZE - ML_SMALL_SIZE_MAX) / ML_LARGE_SIZE_DIV + 1];

G_END_DECLS
