/* sim-test-util.h
 *
 * Copyright 2026 The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Small helpers shared by the runtime model's tests.
 */

#pragma once

#include "ml-runtime.h"

/* type Node struct { left, right *Node; value int } */
static inline const MlRtype *
sim_test_node_type (MlRuntime *rt)
{
  MlRtypeRegistry *reg = ml_runtime_get_types (rt);
  const MlRtype *found = ml_rtype_registry_lookup (reg, "main.Node");
  const MlRtype *t_ptr = ml_rtype_registry_basic (reg, ML_KIND_UNSAFE_POINTER);
  MlRtypeField fields[] = {
    { "left", t_ptr, 0, FALSE },
    { "right", t_ptr, 0, FALSE },
    { "value", ml_rtype_registry_basic (reg, ML_KIND_INT), 0, FALSE },
  };

  if (found != NULL)
    return found;
  return ml_rtype_registry_struct (reg, "main.Node", fields, G_N_ELEMENTS (fields));
}

/* Runs collector units until the phase is @phase (or the collector is idle). */
static inline void
sim_test_run_until (MlRuntime *rt,
                    MlGcPhase  phase)
{
  for (guint i = 0; i < 10000000 && ml_runtime_get_phase (rt) != phase; i++)
    if (!ml_runtime_gc_unit (rt))
      break;
}

/* Is @addr an allocated heap object right now? */
static inline gboolean
sim_test_is_live (MlRuntime *rt,
                  guint64    addr)
{
  return ml_runtime_object_base (rt, addr, NULL, NULL) == addr;
}

static inline MlColour
sim_test_colour (MlRuntime *rt,
                 guint64    addr)
{
  g_autoptr(MlSnapshot) snap = ml_runtime_snapshot (rt, ML_SNAPSHOT_OBJECTS);
  gint64 i = ml_snapshot_find_object (snap, addr);

  return i < 0 ? ML_COLOUR_FREE : (MlColour) snap->objects[i].colour;
}

static inline guint
sim_test_count_events (MlRuntime   *rt,
                       MlEventKind  kind)
{
  guint n, count = 0;
  const MlEvent *ev = ml_runtime_get_events (rt, &n);

  for (guint i = 0; i < n; i++)
    if (ev[i].kind == kind)
      count++;
  return count;
}
