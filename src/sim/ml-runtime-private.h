/* ml-runtime-private.h
 *
 * Copyright 2026 The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * struct _MlRuntime, the one object that holds the whole runtime, and nothing else.  Each part
 * of it belongs to a concern with a private header of its own, which says what the part means
 * and declares the functions that work on it:
 *
 *   ml-journal-private.h   the journal and its word vectors (history's one rule is told there)
 *   ml-event-private.h     recording events
 *   ml-memory-private.h    the address space and simulated memory
 *   ml-heap-private.h      spans, the page table, mheap, mcentral and mcache
 *   ml-stack-private.h     goroutines, stacks and frames
 *   ml-roots-private.h     the roots the collector and the referee start from
 *   ml-gc-private.h        the collector, the pacer and the cost-model clock
 *   ml-referee-private.h   the invariant checker
 *   ml-history-private.h   steps and seeking
 *
 * The concern headers include this one; this one includes only what its fields are made of
 * (the journal, and the collector's state words, which it embeds for speed), and names the
 * other parts' types without their insides.
 */

#pragma once

#include "ml-runtime.h"
#include "ml-journal-private.h"

G_BEGIN_DECLS

/* The model's limit on the heap: 64 arenas of 64 MiB. */
#define ML_MAX_ARENAS 64
G_STATIC_ASSERT (ML_HEAP_CAPACITY == (guint64) ML_MAX_ARENAS << ML_ARENA_SHIFT);

typedef struct _MlRegion  MlRegion;
typedef struct _MlArena   MlArena;
typedef struct _MlSpan    MlSpan;
typedef struct _MlCentral MlCentral;
typedef struct _MlG       MlG;

G_END_DECLS

#include "ml-gc-private.h"

G_BEGIN_DECLS

/* A function of the program image: its symbol in text; or a symbol of runtime data in rodata
 * (ml_runtime_add_rodata_symbol()).  The name is kept in MlRuntime.names. */
typedef struct
{
  const char *name;
  guint64     addr;
  guint64     size;
} MlFunction;

struct _MlRuntime
{
  GObject          parent_instance;

  MlJournal        journal;
  MlRtypeRegistry  *types;

  /* Address space (ml-memory.c). */
  MlRegion        *regions;               /* ML_N_REGIONS of them */
  MlArena         *arenas[ML_MAX_ARENAS];
  guint64          narenas;               /* journaled: arenas mapped */

  /* Program image (ml-runtime.c): grow-only registries. */
  GArray          *functions;             /* MlFunction */
  GHashTable      *strings;               /* interned literal -> address */
  GArray          *rodata_symbols;        /* MlFunction: runtime data in rodata (itabs...) */
  GArray          *globals;               /* MlGlobal; count journaled below */
  guint64          nglobals;
  GStringChunk    *names;
  guint64         *global_ptrmask[2];     /* data, bss: one bit per word */
  GPtrArray       *layouts;               /* MlFrameLayout */
  MlFrameLayout   *sandbox_layout;        /* owned by layouts */

  /* Heap (ml-heap.c, ml-malloc.c). */
  GPtrArray       *span_chunks;           /* MlSpan[ML_SPAN_CHUNK] */
  guint64          nspan_structs;         /* journaled */
  guint64          free_span_structs;     /* journaled: id + 1 of the first dead struct */
  guint64          page_hint;             /* journaled: lowest page that may be free */
  MlCentral       *central;               /* ML_NUM_SPAN_CLASSES of them */
  guint64          mcache[ML_NUM_SPAN_CLASSES];   /* journaled: span id + 1 */
  guint64          tiny;                  /* journaled: address of the tiny block */
  guint64          tiny_offset;
  guint64          tiny_span;             /* span id + 1 */
  guint64          zerobase;

  /* Goroutines and their stacks (ml-stack.c). */
  GPtrArray       *g_chunks;              /* MlG[ML_G_CHUNK] */
  guint64          ngoroutines;           /* journaled */
  guint64          current_g;             /* journaled */
  MlWordVec        stack_pool[4];         /* free 2, 4, 8, 16 KiB stacks */

  /* Collector and pacer (ml-gc.c, ml-mark.c, ml-sweep.c, ml-pacer.c, ml-barrier.c). */
  MlGcState        gc;
  MlStats          stats;
  MlWordVec        work;                  /* grey objects (slot base addresses) */
  MlWordVec        wbbuf;                 /* write-barrier buffer: (pointer, which) pairs */
  /* Green Tea's span queue as the watched mark keeps it (ml-mark.c): span ids in FIFO order
   * from spanq_head, a bit per span id saying which are on it, and the span being scanned
   * (id + 1, 0 for none) with the next slot to look at in it.  All journaled. */
  MlWordVec        spanq;
  guint64          spanq_head;
  MlWordVec        spanq_bits;
  guint64          spanq_current;
  guint64          spanq_cursor;
  GArray          *cycle_records;         /* MlCycleRecord by cycle number - 1 */
  /* Cost accounting of the unit being executed (transient, never spans a step). */
  gboolean         in_unit;
  guint64          unit_ns;
  gboolean         collecting;            /* inside runtime.GC(): the caller waits */
  /* Scratch of the quiet drain (ml-mark.c): its FIFO of grey objects, its queue of spans with
   * grey objects, and which spans are on that queue (all zero between drains). */
  guint64         *drain_fifo;
  gsize            drain_fifo_cap;
  guint64         *drain_spans;
  gsize            drain_spans_cap;
  guint8          *drain_queued;
  gsize            drain_queued_len;

  /* Maps (ml-map*.c): the random source of seeds and iteration starts, journaled, and the
   * dynamic type of each type descriptor address an interface key may hold (grow-only). */
  guint64          rand_state;
  GHashTable      *type_descs;            /* descriptor address -> const MlRtype * */

  /* Driver registers (ml-runtime.c): journaled. */
  guint64          regs[ML_RUNTIME_N_REGISTERS];

  /* Referee (ml-referee.c): tooling, not history. */
  gboolean         checker;               /* ML_CHECK_REACHABLE */
  gboolean         check_tricolour;
  guint64         *reach;                 /* per span struct, ML_BITMAP_WORDS words */
  guint64         *prot;                  /* same shape: white objects with a grey path */
  GHashTable      *reported;              /* object -> cycle of its black-to-white report */
  gsize            reach_cap;
  guint64          reach_version;
  gboolean         reach_valid;

  /* Events (ml-event.c) and history (ml-history.c). */
  gboolean         events_on;
  GArray          *events;                /* MlEvent, all retained steps */
  GArray          *pending_events;        /* MlEvent of the step in progress */
  GArray          *event_ends;            /* guint64 per step */
  GArray          *step_ends;             /* guint64 journal position per step */
  guint64          first_step;            /* oldest step still reachable */
  guint64          step;                  /* current step */
  gsize            history_limit;
  /* The work, in bytes, of the operations whose work grows with a size: bytes moved,
   * zeroed, written and copied (maps' slots included), and the heap a whole collection run
   * in one call (runtime.GC) scans.  What the driver charges a program for, beside its
   * steps.  Only ever grows; seeking does not go through these paths. */
  guint64          work_bytes;
  GArray          *driver_marks;          /* MlDriverMark, by step */
  gboolean         driver_dirty;
  MlDriverSaveFunc    driver_save;
  MlDriverRestoreFunc driver_restore;
  gpointer         driver_data;
  GDestroyNotify   driver_destroy;
  /* Where the driver's stack maps come from (ml-roots.c): without it every pointer slot of a
   * frame is a root until the frame is popped. */
  MlStackMapFunc   stack_map_func;
  gpointer         stack_map_data;
};

G_END_DECLS
