/* ml-event.c
 *
 * Copyright 2026 The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Names and one-line descriptions of events, and the recorder that keeps the events of the
 * step in progress.  The descriptions are English and address-based, for logs, tests and the
 * command line; the window tells events to people in their own language, naming variables and
 * objects, with its narrator (src/engine/ml-narrator.c).
 */

#define G_LOG_DOMAIN "ml-event"

#include "config.h"

#include "ml-event-private.h"

static const char *kind_names[ML_N_EVENT_KINDS] = {
  "alloc", "free", "pointer-write", "shade", "scan", "edge", "root", "sweep", "phase",
  "stack-grow", "stack-shrink", "stack-copy", "wb-shade", "wb-flush", "assist",
  "worker-start", "worker-stop", "invariant-violation", "cycle-start", "cycle-end",
  "frame-push", "frame-pop", "fault", "growslice",
};

const char *
ml_event_kind_to_string (MlEventKind kind)
{
  g_return_val_if_fail (kind < ML_N_EVENT_KINDS, "invalid");
  return kind_names[kind];
}

const char *
ml_worker_kind_to_string (MlWorkerKind kind)
{
  switch (kind)
    {
    case ML_WORKER_NONE: return "none";
    case ML_WORKER_MUTATOR: return "mutator";
    case ML_WORKER_DEDICATED: return "dedicated";
    case ML_WORKER_FRACTIONAL: return "fractional";
    case ML_WORKER_IDLE: return "idle";
    case ML_WORKER_ASSIST: return "assist";
    case ML_WORKER_SWEEPER: return "sweeper";
    case ML_WORKER_STW: return "stw";
    default: return "invalid";
    }
}

static const char *descriptions[ML_N_EVENT_KINDS] = {
  "Allocated %2$" G_GUINT64_FORMAT " bytes at %1$#" G_GINT64_MODIFIER "x",
  "Freed the object at %1$#" G_GINT64_MODIFIER "x",
  "Wrote pointer %2$#" G_GINT64_MODIFIER "x to %1$#" G_GINT64_MODIFIER "x",
  "Shaded the object at %1$#" G_GINT64_MODIFIER "x grey",
  "Scanned the object at %1$#" G_GINT64_MODIFIER "x: it is black now",
  "Followed the pointer from %1$#" G_GINT64_MODIFIER "x to %2$#" G_GINT64_MODIFIER "x",
  "Scanned a root at %1$#" G_GINT64_MODIFIER "x",
  "Swept the span at %1$#" G_GINT64_MODIFIER "x: %2$" G_GUINT64_FORMAT " objects freed",
  "The collector changed phase",
  "The stack grew by copying from %1$#" G_GINT64_MODIFIER "x to %2$#" G_GINT64_MODIFIER "x",
  "The stack shrank by copying from %1$#" G_GINT64_MODIFIER "x to %2$#" G_GINT64_MODIFIER "x",
  "Adjusted the stack pointer at %1$#" G_GINT64_MODIFIER "x to %2$#" G_GINT64_MODIFIER "x",
  "The write barrier shaded %1$#" G_GINT64_MODIFIER "x",
  "Flushed the write barrier buffer",
  "The allocating goroutine assisted the collector",
  "A mark worker started",
  "A mark worker stopped",
  "Invariant violated at the object %1$#" G_GINT64_MODIFIER "x",
  "A garbage collection cycle started",
  "A garbage collection cycle ended",
  "Called a function: new frame at %1$#" G_GINT64_MODIFIER "x",
  "Returned: the frame at %1$#" G_GINT64_MODIFIER "x is gone",
  "Memory fault at %1$#" G_GINT64_MODIFIER "x",
  "append grew the slice: the array at %1$#" G_GINT64_MODIFIER "x was copied to %2$#" G_GINT64_MODIFIER "x",
};

/* Returns the description, in English, with the event's addresses. */
char *
ml_event_describe (const MlEvent *event)
{
  const char *fmt;
  guint64 second;

  g_return_val_if_fail (event != NULL, NULL);
  g_return_val_if_fail (event->kind < ML_N_EVENT_KINDS, NULL);

  fmt = descriptions[event->kind];
  switch ((MlEventKind) event->kind)
    {
    case ML_EVENT_ALLOC:
    case ML_EVENT_SWEEP:
      second = event->value;
      break;
    case ML_EVENT_FREE:
    case ML_EVENT_POINTER_WRITE:
    case ML_EVENT_SHADE:
    case ML_EVENT_SCAN:
    case ML_EVENT_EDGE:
    case ML_EVENT_ROOT:
    case ML_EVENT_PHASE:
    case ML_EVENT_STACK_GROW:
    case ML_EVENT_STACK_SHRINK:
    case ML_EVENT_STACK_COPY:
    case ML_EVENT_WB_SHADE:
    case ML_EVENT_WB_FLUSH:
    case ML_EVENT_ASSIST:
    case ML_EVENT_WORKER_START:
    case ML_EVENT_WORKER_STOP:
    case ML_EVENT_INVARIANT_VIOLATION:
    case ML_EVENT_CYCLE_START:
    case ML_EVENT_CYCLE_END:
    case ML_EVENT_FRAME_PUSH:
    case ML_EVENT_FRAME_POP:
    case ML_EVENT_FAULT:
    case ML_EVENT_GROWSLICE:
    case ML_N_EVENT_KINDS:
    default:
      second = event->addr2;
      break;
    }
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wformat-nonliteral"
  return g_strdup_printf (fmt, event->addr, second);
#pragma GCC diagnostic pop
}

#define MAX_EVENTS_PER_STEP 100000

/* Appends @event to @pending, the events of the step in progress. */
void
_ml_event_record (GArray        *pending,
                  const MlEvent *event)
{
  /* A runtime.GC() over a big heap is one step with millions of shades; the views only need
   * a sample of them, so a step keeps at most MAX_EVENTS_PER_STEP. */
  if (pending->len >= MAX_EVENTS_PER_STEP)
    return;
  g_array_append_vals (pending, event, 1);
}
