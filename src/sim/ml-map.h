/* ml-map.h
 *
 * Copyright 2026 The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Maps as Go 1.27 builds them (internal/runtime/maps): what a driver calls for make, m[k],
 * m[k] = v, delete, clear, len and range.  Keys and values are read from and written to
 * simulated memory at the addresses the driver gives; every structure a map is made of is a
 * heap object of Go's size (or, for a map that does not escape, the frame slots the compiler
 * gave it).  Public: the VM calls it; ml-runtime.h includes it.
 */

#pragma once

#include "ml-runtime.h"

G_BEGIN_DECLS

typedef enum
{
  ML_MAP_OK,
  ML_MAP_NIL,            /* assignment to entry in nil map */
  ML_MAP_UNHASHABLE,     /* the key holds a value of a type that cannot be hashed */
  ML_MAP_OUT_OF_MEMORY,  /* the model's heap is exhausted */
} MlMapStatus;

/* The offsets of maps.Map and maps.Iter that a driver reads: len(m) is the Map's first word,
 * and a range loop ends when the iterator's key pointer is nil. */
#define ML_MAP_USED_OFFSET     0
#define ML_MAP_ITER_KEY_OFFSET  0
#define ML_MAP_ITER_ELEM_OFFSET 8

guint64      ml_runtime_map_new              (MlRuntime      *self,
                                              const MlRtype  *map_type,
                                              gint64          hint,
                                              guint64         header,
                                              guint64         group,
                                              gboolean       *allocated);
MlMapStatus  ml_runtime_map_access           (MlRuntime      *self,
                                              const MlRtype  *map_type,
                                              guint64         m,
                                              guint64         key,
                                              guint64        *elem);
MlMapStatus  ml_runtime_map_assign           (MlRuntime      *self,
                                              const MlRtype  *map_type,
                                              guint64         m,
                                              guint64         key,
                                              guint64        *elem,
                                              gboolean       *allocated);
MlMapStatus  ml_runtime_map_delete           (MlRuntime      *self,
                                              const MlRtype  *map_type,
                                              guint64         m,
                                              guint64         key);
void         ml_runtime_map_clear            (MlRuntime      *self,
                                              const MlRtype  *map_type,
                                              guint64         m);
guint64      ml_runtime_map_len              (MlRuntime      *self,
                                              guint64         m);
void         ml_runtime_map_iter_init        (MlRuntime      *self,
                                              const MlRtype  *map_type,
                                              guint64         m,
                                              guint64         iter);
void         ml_runtime_map_iter_next        (MlRuntime      *self,
                                              const MlRtype  *map_type,
                                              guint64         iter);
guint64      ml_runtime_map_entries          (MlRuntime      *self,
                                              const MlRtype  *map_type,
                                              guint64         m,
                                              GArray         *entries);
const MlRtype *ml_runtime_map_unhashable_type (MlRuntime     *self,
                                              const MlRtype  *type,
                                              guint64         value);

void         ml_runtime_set_random_seed      (MlRuntime      *self,
                                              guint64         seed);
void         ml_runtime_register_type_descriptor (MlRuntime  *self,
                                              guint64         addr,
                                              const MlRtype  *type);

G_END_DECLS
