/* ml-event.h
 *
 * Copyright 2026 The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The events a step records (MlEvent): what happened, who did it, where.  Public because
 * the engine, the narrator and the views read them from snapshots; how the runtime records
 * them is in ml-event-private.h.
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum
{
  ML_EVENT_ALLOC,              /* addr = object, value = size, aux = type id, addr2 = span */
  ML_EVENT_FREE,               /* addr = object, value = size, addr2 = span */
  ML_EVENT_POINTER_WRITE,      /* addr = slot, addr2 = new value, value = old value */
  ML_EVENT_SHADE,              /* addr = object made grey (or black if noscan), addr2 = from */
  ML_EVENT_SCAN,               /* addr = object scanned (now black), value = bytes */
  ML_EVENT_EDGE,               /* addr = object being scanned, addr2 = target, value = offset */
  ML_EVENT_ROOT,               /* addr = root block start or stack hi, value = job kind, aux = goroutine */
  ML_EVENT_SWEEP,              /* addr = span base, value = objects freed, aux = span id */
  ML_EVENT_PHASE,              /* value = new phase, aux = old phase */
  ML_EVENT_STACK_GROW,         /* addr = old lo, addr2 = new lo, value = new size, aux = goroutine */
  ML_EVENT_STACK_SHRINK,       /* same fields as ML_EVENT_STACK_GROW */
  ML_EVENT_STACK_COPY,         /* addr = slot adjusted, addr2 = new value, value = old value */
  ML_EVENT_WB_SHADE,           /* addr = pointer, value = 0 old (deletion) / 1 new (insertion), addr2 = slot */
  ML_EVENT_WB_FLUSH,           /* value = entries flushed */
  ML_EVENT_ASSIST,             /* aux = goroutine, value = scan work done, addr2 = debt bytes */
  ML_EVENT_WORKER_START,       /* worker fields say which */
  ML_EVENT_WORKER_STOP,
  ML_EVENT_INVARIANT_VIOLATION,/* value = MlViolation, addr = object, addr2 = referrer */
  ML_EVENT_CYCLE_START,        /* value = cycle number, aux = MlGcTrigger */
  ML_EVENT_CYCLE_END,          /* value = cycle number */
  ML_EVENT_FRAME_PUSH,         /* addr = frame base, aux = goroutine, value = layout id */
  ML_EVENT_FRAME_POP,
  ML_EVENT_FAULT,              /* addr = faulting address, value = MlFault */
  ML_EVENT_GROWSLICE,          /* addr = old array, addr2 = new array, value = bytes copied, aux = new cap */
  ML_N_EVENT_KINDS
} MlEventKind;

typedef enum
{
  ML_WORKER_NONE,
  ML_WORKER_MUTATOR,           /* the running goroutine itself (id = goroutine) */
  ML_WORKER_DEDICATED,         /* dedicated mark worker (id = its index) */
  ML_WORKER_FRACTIONAL,
  ML_WORKER_IDLE,              /* idle-priority mark worker on an idle P */
  ML_WORKER_ASSIST,            /* mark assist of goroutine (id) */
  ML_WORKER_SWEEPER,           /* the background sweeper, bgsweep */
  ML_WORKER_STW,               /* the runtime with the world stopped */
} MlWorkerKind;

typedef enum
{
  ML_VIOLATION_NONE,
  ML_VIOLATION_BLACK_TO_WHITE,   /* weak tricolour invariant broken: black -> white, no grey path */
  ML_VIOLATION_REACHABLE_WHITE,  /* mark ended with a reachable object still white */
  ML_VIOLATION_FREED_REACHABLE,  /* sweep freed an object that a root still reaches */
} MlViolation;

/* One thing that happened in a step.  Plain data, 32 bytes, so that the history can keep the
 * events of every step. */
typedef struct
{
  guint32  kind      : 8;   /* MlEventKind */
  guint32  worker    : 4;   /* MlWorkerKind */
  guint32  phase     : 4;   /* MlGcPhase when it happened */
  guint32  worker_id : 16;  /* worker index or goroutine id */
  guint32  aux;             /* type, span, goroutine or flag, by kind (see above) */
  guint64  addr;
  guint64  addr2;
  guint64  value;
} MlEvent;

G_STATIC_ASSERT (sizeof (MlEvent) == 32);

const char *ml_event_kind_to_string   (MlEventKind   kind);
const char *ml_worker_kind_to_string  (MlWorkerKind  kind);
char       *ml_event_describe         (const MlEvent *event);

G_END_DECLS
