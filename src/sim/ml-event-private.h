/* ml-event-private.h
 *
 * Copyright 2026 The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Recording events: ML_EVENT() appends one to the step in progress when events are on.  The
 * recorder (ml-event.c) knows only the list it appends to, so every part of the runtime can
 * record events without calling upward; ml-history.c files the step's events when it ends.
 */

#pragma once

#include "ml-event.h"

G_BEGIN_DECLS

/* An event of the collector phase @phase; worker ids and aux values are clamped to their
 * fields. */
static inline MlEvent
_ml_event_make (guint         phase,
                MlEventKind   kind,
                MlWorkerKind  worker,
                guint         worker_id,
                guint64       addr,
                guint64       addr2,
                guint64       value,
                guint64       aux)
{
  MlEvent ev;

  ev.kind = kind;
  ev.worker = worker;
  ev.phase = phase;
  ev.worker_id = MIN (worker_id, G_MAXUINT16);
  ev.aux = (guint32) MIN (aux, G_MAXUINT32);
  ev.addr = addr;
  ev.addr2 = addr2;
  ev.value = value;
  return ev;
}

void _ml_event_record (GArray        *pending,
                       const MlEvent *event);

/* Records an event of the runtime @rt: ML_EVENT (rt, kind, worker, worker_id, addr, addr2,
 * value, aux), with the fields ml-event.h documents for each kind. */
#define ML_EVENT(rt, ...) \
  G_STMT_START \
    { \
      if ((rt)->events_on) \
        { \
          MlEvent ml_event_ = _ml_event_make ((rt)->gc.phase, __VA_ARGS__); \
          _ml_event_record ((rt)->pending_events, &ml_event_); \
        } \
    } \
  G_STMT_END

G_END_DECLS
