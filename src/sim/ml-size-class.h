/* ml-size-class.h
 *
 * Copyright 2026 The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Go's size classes and the arithmetic around them (msize.go, growslice's capacity), public
 * because the compiler, the tests and the views use them too.
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The constants of Go 1.27's internal/runtime/gc/sizeclasses.go (go-runtime.md section 5.1). */
#define ML_PAGE_SHIFT               13
#define ML_PAGE_SIZE                8192
#define ML_MAX_SMALL_SIZE           32768
#define ML_SMALL_SIZE_DIV           8
#define ML_SMALL_SIZE_MAX           1024
#define ML_LARGE_SIZE_DIV           128
#define ML_NUM_SIZE_CLASSES         68
#define ML_NUM_SPAN_CLASSES         (ML_NUM_SIZE_CLASSES << 1)
#define ML_MAX_OBJS_PER_SPAN        1024
#define ML_TINY_SIZE                16
#define ML_TINY_SIZE_CLASS          2
#define ML_MALLOC_HEADER_SIZE       8
#define ML_MIN_SIZE_FOR_MALLOC_HEADER 512
#define ML_MAX_SMALL_ALLOC          (ML_MAX_SMALL_SIZE - ML_MALLOC_HEADER_SIZE)

guint    ml_size_class_to_size        (guint    size_class);
guint    ml_size_class_to_npages      (guint    size_class);
guint    ml_size_class_to_nelems      (guint    size_class);
guint32  ml_size_class_to_div_magic   (guint    size_class);
guint    ml_size_to_class             (guint64  size);
guint64  ml_roundupsize               (guint64  size,
                                       gboolean noscan);
gint64   ml_nextslicecap              (gint64   new_len,
                                       gint64   old_cap);
gint64   ml_growslice_cap             (gint64   new_len,
                                       gint64   old_cap,
                                       guint64  elem_size,
                                       gboolean elem_has_pointers,
                                       guint64 *out_bytes);

G_END_DECLS
