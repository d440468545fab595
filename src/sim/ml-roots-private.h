/* ml-roots-private.h
 *
 * Copyright 2026 The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The roots (ml-roots.c): the pointer words of package variables and of goroutine frames,
 * where marking starts and where the referee starts its own walks.  A cycle cuts the globals
 * into root jobs of 256 KiB blocks (data first, then bss) and has one job per goroutine stack,
 * as markroot does.
 */

#pragma once

#include "ml-runtime-private.h"
#include "ml-memory-private.h"

G_BEGIN_DECLS

#define ML_ROOT_BLOCK_BYTES (256 * 1024)

/* What a root job scans: the value of an ML_EVENT_ROOT event. */
typedef enum
{
  ML_ROOT_DATA,
  ML_ROOT_BSS,
  ML_ROOT_STACK,
} MlRootKind;

/* Which goroutines' stacks _ml_roots_stacks() walks, by whether this cycle has scanned them. */
typedef enum
{
  ML_STACKS_ALL,
  ML_STACKS_SCANNED,
  ML_STACKS_UNSCANNED,
} MlStackFilter;

/* Called for every pointer word of a root: its address and the value it holds. */
typedef void (*MlRootFunc) (MlRuntime *self,
                            guint64    slot,
                            guint64    value,
                            gpointer   user_data);

guint64     _ml_roots_count_blocks   (MlRuntime     *self,
                                      MlRegionId     region);
MlRegionId  _ml_roots_global_block   (MlRuntime     *self,
                                      guint64        job,
                                      guint64       *from,
                                      guint64       *to);
void        _ml_roots_globals        (MlRuntime     *self,
                                      MlRegionId     region,
                                      guint64        from,
                                      guint64        to,
                                      MlRootFunc     func,
                                      gpointer       user_data);
void        _ml_roots_global_jobs    (MlRuntime     *self,
                                      guint64        first,
                                      guint64        end,
                                      MlRootFunc     func,
                                      gpointer       user_data);
void        _ml_roots_frame_map      (MlRuntime     *self,
                                      guint64        goid,
                                      guint64        depth,
                                      guint64        fp,
                                      MlStackMap    *map);
guint64     _ml_roots_stack          (MlRuntime     *self,
                                      MlG           *g,
                                      MlRootFunc     func,
                                      gpointer       user_data);
void        _ml_roots_stacks         (MlRuntime     *self,
                                      MlStackFilter  which,
                                      MlRootFunc     func,
                                      gpointer       user_data);

G_END_DECLS
