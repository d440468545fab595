/* ml-runtime-private.h
 *
 * Copyright 2026 The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The runtime's insides, shared by ml-runtime.c, ml-memory.c, ml-heap.c, ml-stack.c, ml-gc.c,
 * ml-referee.c, ml-history.c and ml-snapshot.c.
 *
 * One rule makes history work: every piece of mutable runtime state is a guint64 word in host
 * memory that never moves or goes away while the runtime lives (simulated memory pages, span
 * structs, goroutine structs, word vectors are all allocated in fixed chunks and never freed),
 * and every write to such a word goes through ml_journal_set().  When history is on, ml_journal_set()
 * appends (address of the word, its previous value) to the journal before writing.  Undoing a
 * step walks its entries backwards swapping the saved value with the current one; redoing
 * walks forwards swapping again, so one 16-byte entry serves both directions (see
 * ml-history.c).  Registries that only grow (types, functions, rodata strings, frame layouts)
 * are outside history: growing them is harmless when going back.
 */

#pragma once

#include "ml-runtime.h"
#include "ml-frame-layout-private.h"
#include "ml-size-class-private.h"
#include "ml-rtype-private.h"

G_BEGIN_DECLS

/* ------------------------------------------------------------------------------------------ */
/* Journal                                                                                    */

typedef struct
{
  guint64 *p;
  guint64  v;
} MlJEntry;

#define ML_JCHUNK_SHIFT 17            /* 2 MiB of entries */
#define ML_JCHUNK       (1u << ML_JCHUNK_SHIFT)

typedef struct
{
  gboolean   on;
  MlJEntry  *cur;             /* next free entry in the current chunk */
  MlJEntry  *lim;             /* end of the current chunk */
  guint64    chunk;           /* index of the current chunk */
  GPtrArray *chunks;          /* MlJEntry[ML_JCHUNK]; NULL once dropped */
  guint64    first_chunk;     /* chunks below this one were dropped */
  guint64    n_chunks;        /* chunks allocated now, so that measuring history is O(1) */
} MlJournal;

void ml_journal_next_chunk (MlJournal *j);

static inline guint64
ml_journal_pos (const MlJournal *j)
{
  if (j->chunks->len == 0)
    return 0;
  return (j->chunk << ML_JCHUNK_SHIFT) + (guint64) (j->cur - (MlJEntry *) j->chunks->pdata[j->chunk]);
}

static inline void
ml_journal_set (MlJournal *j,
          guint64   *p,
          guint64    v)
{
  if (G_UNLIKELY (j->on) && *p != v)
    {
      if (G_UNLIKELY (j->cur == j->lim))
        ml_journal_next_chunk (j);
      j->cur->p = p;
      j->cur->v = *p;
      j->cur++;
    }
  *p = v;
}

/* The journaled write: sets a word of runtime state through the journal, so that history can
 * undo it.  @lvalue is the word itself (self->gc.phase), not its address. */
#define ML_JOURNALED_SET(rt, lvalue, value) ml_journal_set (&(rt)->journal, &(lvalue), (guint64) (value))

/* A growable vector of journaled words whose storage never moves. */
#define ML_VEC_CHUNK_SHIFT 10
#define ML_VEC_CHUNK       (1u << ML_VEC_CHUNK_SHIFT)

typedef struct
{
  guint64    len;             /* journaled */
  GPtrArray *chunks;          /* host storage, grows only */
} MlWordVec;

void ml_word_vec_init    (MlWordVec *v);
void ml_word_vec_clear   (MlWordVec *v);
void ml_word_vec_reserve (MlWordVec *v,
                          guint64    n);

static inline guint64 *
ml_word_vec_at (MlWordVec *v,
                guint64    i)
{
  return &((guint64 *) v->chunks->pdata[i >> ML_VEC_CHUNK_SHIFT])[i & (ML_VEC_CHUNK - 1)];
}

static inline void
ml_word_vec_push (MlJournal *j,
                  MlWordVec *v,
                  guint64    x)
{
  if (G_UNLIKELY ((v->len >> ML_VEC_CHUNK_SHIFT) >= v->chunks->len))
    ml_word_vec_reserve (v, v->len + 1);
  ml_journal_set (j, ml_word_vec_at (v, v->len), x);
  ml_journal_set (j, &v->len, v->len + 1);
}

static inline guint64
ml_word_vec_pop (MlJournal *j,
                 MlWordVec *v)
{
  guint64 x;

  g_assert (v->len > 0);
  x = *ml_word_vec_at (v, v->len - 1);
  ml_journal_set (j, &v->len, v->len - 1);
  return x;
}

/* ------------------------------------------------------------------------------------------ */
/* Address space                                                                              */

#define ML_ARENA_PAGES     (1u << (ML_ARENA_SHIFT - ML_PAGE_SHIFT))   /* 8192 */
#define ML_MAX_ARENAS      64
#define ML_REGION_MAX      (16u << 20)
#define ML_NIL_LIMIT       0x1000

typedef enum
{
  ML_REGION_TEXT,
  ML_REGION_RODATA,
  ML_REGION_DATA,
  ML_REGION_BSS,
  ML_N_REGIONS
} MlRegionId;

typedef struct
{
  const char *name;
  guint64     base;
  guint64     used;           /* journaled: bytes handed out */
  guint64     max;            /* bytes reserved for it */
  guint8    **pages;          /* ML_REGION_MAX / ML_PAGE_SIZE entries */
  gboolean    read_only;
} MlRegion;

#define ML_SLAB_PAGES 256

typedef struct
{
  guint8  *pages[ML_ARENA_PAGES];
  guint8  *slabs[ML_ARENA_PAGES / ML_SLAB_PAGES];
  guint64  page_span[ML_ARENA_PAGES];          /* journaled: an ML_PAGE_ENTRY, 0 if free */
  guint64  inuse[ML_ARENA_PAGES / 64];         /* journaled: page allocated to a span */
} MlArena;

/* A page-table entry says which span a page belongs to and enough about it (span class, the
 * page's index in the span) for the collector to find an object's slot without touching the
 * span struct, the way Go's heapArena.spans plus the size-class tables do. */
#define ML_PAGE_ENTRY(sid, spanclass, index, stack) \
  (((sid) + 1) | ((guint64) (spanclass) << 32) | ((guint64) (index) << 40) | ((guint64) (stack) << 63))
#define ML_PAGE_ENTRY_SPAN_ID(e)    (((e) & 0xffffffff) - 1)
#define ML_PAGE_ENTRY_SPANCLASS(e)  (((e) >> 32) & 0xff)
#define ML_PAGE_ENTRY_INDEX(e)      (((e) >> 40) & 0x7fffff)
#define ML_PAGE_ENTRY_STACK(e)      (((e) >> 63) & 1)
#define ML_NO_SPAN          G_MAXUINT64

/* Per size class: objects per span and the division magic (filled once by ml-size-class.c). */
extern guint32 _ml_class_divmagic[ML_NUM_SIZE_CLASSES];
extern guint32 _ml_class_nelems[ML_NUM_SIZE_CLASSES];
void _ml_size_class_init_tables (void);

/* ------------------------------------------------------------------------------------------ */
/* Heap                                                                                       */

#define ML_BITMAP_WORDS (ML_MAX_OBJS_PER_SPAN / 64)

typedef enum
{
  ML_SPAN_DEAD,
  ML_SPAN_IN_USE,
  ML_SPAN_STACK,
} MlSpanState;

/* The four per-slot bitmaps, interleaved so that the alloc and mark bits of a slot share a
 * cache line: marking checks both for every pointer it follows. */
typedef struct
{
  guint64 alloc;
  guint64 mark;
  guint64 scan;
  guint64 freed;              /* freed by this cycle's sweep (the views fade these out) */
} MlSpanBits;

typedef struct
{
  /* Hot: everything marking needs, in the first cache line. */
  guint64  base;
  guint64  elemsize;
  guint64  nelems;
  guint64  divmagic;
  guint64  state;             /* MlSpanState */
  guint64  spanclass;         /* size_class << 1 | noscan */
  guint64  single_type;       /* 1 + the type id of every object so far; 0 none yet;
                               * ML_MIXED_TYPES: see the side table */
  guint64  npages;
  /* Cold. */
  guint64  id;
  guint64  freeindex;
  guint64  alloc_count;
  guint64  sweepgen;
  guint64  needzero;
  guint64  large_type;        /* type id of a large object */
  guint64  next_free;         /* free-list link of dead span structs (id + 1) */
  guint64 *types;             /* host: ML_MAX_OBJS_PER_SPAN / 2 words of packed guint32 ids */
  /* At offset 128 of a 64-byte-aligned struct, so that each 32-byte MlSpanBits sits inside
   * one cache line. */
  MlSpanBits bits[ML_BITMAP_WORDS];
} MlSpan;

G_STATIC_ASSERT (G_STRUCT_OFFSET (MlSpan, bits) == 128);
G_STATIC_ASSERT (sizeof (MlSpan) % 64 == 0);

#define ML_MIXED_TYPES G_MAXUINT64

#define ML_SPAN_CHUNK 256

typedef struct
{
  MlWordVec partial[2];       /* swept / unswept by sweepgen parity, as Go's spanSets */
  MlWordVec full[2];
} MlCentral;

typedef struct
{
  guint64 id;
  guint64 status;             /* 0 dead, 1 running/runnable */
  guint64 stack_lo;
  guint64 stack_hi;
  guint64 sp;                 /* base of the innermost frame (== stack_hi if none) */
  guint64 top_frame;          /* base of the innermost frame, 0 if none */
  guint64 depth;
  guint64 scanned_cycle;      /* cycle number whose stack scan is done */
  guint64 assist_bytes;       /* gcAssistBytes, signed */
  guint64 max_used;           /* deepest use since the last GC, for shrinking */
} MlG;

#define ML_G_CHUNK 64

typedef struct
{
  const char   *name;
  const MlRtype *type;
  guint64       addr;
  MlRegionId    region;
} MlGlobal;

typedef struct
{
  char    *name;
  guint64  addr;
  guint64  size;
} MlFunction;

/* Everything gctrace prints about one cycle. */
typedef struct
{
  guint64 num;
  guint64 t_sweep_term;
  guint64 t_mark;
  guint64 t_mark_term;
  guint64 t_end;
  guint64 assist_ns;
  guint64 background_ns;
  guint64 idle_ns;
  guint64 heap0, heap1, heap2;
  guint64 goal;
  guint64 stacks;
  guint64 globals;
  guint64 procs;
  guint64 forced;
  guint64 cpu_fraction_pct;
} MlCycleRecord;

/* The collector's and pacer's state; all words, all journaled. */
typedef struct
{
  guint64 phase;
  guint64 cycles;             /* work.cycles: cycles started */
  guint64 numgc;
  guint64 numforced;
  guint64 world_stopped;
  guint64 user_forced;
  guint64 blacken;            /* gcBlackenEnabled */
  guint64 wb_switch;          /* teaching switch: the compiler's barrier is emitted */
  guint64 gcpercent;          /* signed */
  guint64 memory_limit;       /* signed */
  guint64 heap_minimum_base;  /* 4 MiB, settable lower for teaching */
  guint64 gomaxprocs;
  guint64 dedicated;
  guint64 fractional_ppm;     /* fractionalUtilizationGoal * 1e6 */
  guint64 heap_live;
  guint64 heap_marked;
  guint64 bytes_marked;
  guint64 heap_goal;
  guint64 trigger;
  guint64 last_heap_goal;
  guint64 last_stack_scan;
  guint64 stack_scan;
  guint64 stacks_scanned;     /* stacks scanned this cycle */
  guint64 starting_stack;     /* startingStackSize: what new goroutines get */
  guint64 globals_scan;
  guint64 heap_scan;
  guint64 last_heap_scan;
  guint64 scan_work;          /* this cycle */
  guint64 bg_scan_credit;
  guint64 cons_mark_ppm[4];
  guint64 heap0, heap1;
  guint64 root_next;
  guint64 n_data_blocks;
  guint64 n_bss_blocks;
  guint64 n_stack_roots;
  guint64 sweepgen;
  guint64 sweep_cursor;       /* span class being drained by the background sweeper */
  guint64 now;                /* simulated wall clock, ns since program start */
  guint64 t_sweep_term, t_mark, t_mark_term, t_end;
  guint64 assist_ns, background_ns, idle_ns;
  guint64 gc_cpu_total;       /* GC CPU ns since start, idle excluded */
  guint64 budget[10];         /* ns of CPU owed to each background worker */
  guint64 mutator_ns_since;   /* scratch for pacing */
  guint64 focus_obj, focus_from, focus_to, focus_worker, focus_worker_id;
  guint64 graph_version;      /* not journaled: bumped by writes, frees and pops for the referee's cache */
  guint64 n_violations;
} MlGcState;

/* MemStats counters that are not derived at read time; all journaled. */
typedef struct
{
  guint64 tiny_allocs;
  guint64 large_alloc_bytes;
  guint64 large_free_bytes;
  guint64 heap_inuse_pages;
  guint64 heap_sys_pages;
  guint64 stack_inuse;
  guint64 last_gc;
  guint64 pause_total;
  guint64 pause_ns[256];
  guint64 pause_end[256];
  guint64 by_size_mallocs[ML_NUM_SIZE_CLASSES];
  guint64 by_size_frees[ML_NUM_SIZE_CLASSES];
  /* Not MemStats: what append cost, for the slice lesson's comparison. */
  guint64 growslices;
  guint64 growslice_bytes;
} MlStats;

typedef struct
{
  guint64 step;
  GBytes *state;
} MlDriverMark;

struct _MlRuntime
{
  GObject          parent_instance;

  MlJournal        journal;
  MlRtypeRegistry  *types;

  /* Address space. */
  MlRegion         regions[ML_N_REGIONS];
  MlArena         *arenas[ML_MAX_ARENAS];
  guint64          narenas;               /* journaled: arenas mapped */

  /* Program image (grow-only registries). */
  GPtrArray       *functions;             /* MlFunction */
  GHashTable      *strings;               /* interned literal -> address */
  GArray          *globals;               /* MlGlobal; count journaled below */
  guint64          nglobals;
  GStringChunk    *names;
  guint64         *global_ptrmask[2];     /* data, bss: one bit per word */
  GPtrArray       *layouts;               /* MlFrameLayout */
  MlFrameLayout   *sandbox_layout;        /* owned by layouts */

  /* Heap. */
  GPtrArray       *span_chunks;           /* MlSpan[ML_SPAN_CHUNK] */
  guint64          nspan_structs;         /* journaled */
  guint64          free_span_structs;     /* journaled: id + 1 of the first dead struct */
  guint64          page_hint;             /* journaled: lowest page that may be free */
  MlCentral        central[ML_NUM_SPAN_CLASSES];
  guint64          mcache[ML_NUM_SPAN_CLASSES];   /* journaled: span id + 1 */
  guint64          tiny;                  /* journaled: address of the tiny block */
  guint64          tiny_offset;
  guint64          tiny_span;             /* span id + 1 */
  MlWordVec        stack_pool[4];         /* free 2, 4, 8, 16 KiB stacks */
  guint64          zerobase;

  /* Goroutines. */
  GPtrArray       *g_chunks;              /* MlG[ML_G_CHUNK] */
  guint64          ngoroutines;           /* journaled */
  guint64          current_g;             /* journaled */

  /* Collector. */
  MlGcState        gc;
  MlStats          stats;
  MlWordVec        work;                  /* grey objects (slot base addresses) */
  MlWordVec        wbbuf;                 /* write-barrier buffer: (pointer, which) pairs */
  GArray          *cycle_records;         /* MlCycleRecord by cycle number - 1 */
  guint64          regs[ML_RUNTIME_N_REGISTERS];

  /* Cost accounting of the unit being executed (transient, never spans a step). */
  gboolean         in_unit;
  guint64          unit_ns;
  gboolean         collecting;            /* inside runtime.GC(): the caller waits */
  /* Scratch of the quiet drain (ml-gc.c): its FIFO of grey objects, its queue of spans with
   * grey objects, and which spans are on that queue (all zero between drains). */
  guint64         *drain_stack;
  gsize            drain_cap;
  guint64         *drain_spans;
  gsize            drain_spans_cap;
  guint8          *drain_queued;
  gsize            drain_queued_len;

  /* Referee (tooling, not history). */
  gboolean         checker;               /* ML_CHECK_REACHABLE */
  gboolean         check_tricolour;
  guint64         *reach;                 /* per span struct, ML_BITMAP_WORDS words */
  guint64         *prot;                  /* same shape: white objects with a grey path */
  GHashTable      *reported;              /* object -> cycle of its black-to-white report */
  gsize            reach_cap;
  guint64          reach_version;
  gboolean         reach_valid;

  /* Events and history. */
  gboolean         events_on;
  GArray          *events;                /* MlEvent, all retained steps */
  GArray          *pending_events;        /* MlEvent of the step in progress */
  GArray          *event_ends;            /* guint64 per step */
  GArray          *step_ends;             /* guint64 journal position per step */
  guint64          first_step;            /* oldest step still reachable */
  guint64          step;                  /* current step */
  gsize            history_limit;
  GArray          *driver_marks;          /* MlDriverMark, by step */
  gboolean         driver_dirty;
  MlDriverSaveFunc    driver_save;
  MlDriverRestoreFunc driver_restore;
  gpointer         driver_data;
  GDestroyNotify   driver_destroy;
};

/* ml-memory.c */
void      _ml_memory_init          (MlRuntime *self);
void      _ml_memory_finalize      (MlRuntime *self);
guint8   *_ml_memory_page_slow     (MlRuntime *self,
                                    guint64    addr,
                                    gboolean   create);
MlFault   _ml_memory_check         (MlRuntime *self,
                                    guint64    addr,
                                    gsize      len,
                                    gboolean   write);
gboolean  _ml_memory_map_arena     (MlRuntime *self);
void      _ml_memory_zero          (MlRuntime *self,
                                    guint64    addr,
                                    guint64    len);
void      _ml_memory_move          (MlRuntime *self,
                                    guint64    dst,
                                    guint64    src,
                                    guint64    len);
guint64   _ml_region_alloc         (MlRuntime *self,
                                    MlRegionId region,
                                    guint64    size,
                                    guint      align);

static inline guint64 *
_ml_word_ptr (MlRuntime *self,
              guint64    addr,
              gboolean   create)
{
  guint64 off = addr - ML_ARENA_BASE;
  guint8 *page;

  if (G_LIKELY (off < (self->narenas << ML_ARENA_SHIFT)))
    {
      MlArena *a = self->arenas[off >> ML_ARENA_SHIFT];

      page = a->pages[(off >> ML_PAGE_SHIFT) & (ML_ARENA_PAGES - 1)];
      if (G_UNLIKELY (page == NULL))
        page = _ml_memory_page_slow (self, addr, create);
    }
  else
    page = _ml_memory_page_slow (self, addr, create);
  if (page == NULL)
    return NULL;
  return (guint64 *) (gpointer) (page + (addr & (ML_PAGE_SIZE - 1) & ~G_GUINT64_CONSTANT (7)));
}

/* Reads an aligned word of mapped memory; untouched pages read as zero. */
static inline guint64
_ml_load (MlRuntime *self,
          guint64    addr)
{
  guint64 *p = _ml_word_ptr (self, addr, FALSE);

  return p ? *p : 0;
}

static inline void
_ml_store (MlRuntime *self,
           guint64    addr,
           guint64    value)
{
  guint64 *p = _ml_word_ptr (self, addr, value != 0);

  if (p != NULL)
    ml_journal_set (&self->journal, p, value);
}

static inline MlSpan *
_ml_span (MlRuntime *self,
          guint64    id)
{
  return &((MlSpan *) self->span_chunks->pdata[id / ML_SPAN_CHUNK])[id % ML_SPAN_CHUNK];
}

/* The in-use span holding @addr, or NULL. */
static inline MlSpan *
_ml_span_of (MlRuntime *self,
             guint64    addr)
{
  guint64 off = addr - ML_ARENA_BASE;
  guint64 sid;

  if (off >= (self->narenas << ML_ARENA_SHIFT))
    return NULL;
  sid = self->arenas[off >> ML_ARENA_SHIFT]->page_span[(off >> ML_PAGE_SHIFT) & (ML_ARENA_PAGES - 1)];
  if (sid == 0)
    return NULL;
  return _ml_span (self, ML_PAGE_ENTRY_SPAN_ID (sid));
}

static inline guint64
_ml_span_index (const MlSpan *s,
                guint64       addr)
{
  if (s->nelems == 1)
    return 0;
  return ((addr - s->base) * s->divmagic) >> 32;
}

/* The bitmap words that hold slot @i's bits (bit i % 64 of each). */
static inline MlSpanBits *
_ml_span_bits (MlSpan  *s,
               guint64  i)
{
  return &s->bits[i >> 6];
}

static inline gboolean
_ml_bit (const guint64 *bits,
         guint64        i)
{
  return (bits[i >> 6] >> (i & 63)) & 1;
}

static inline gboolean
_ml_sbit (guint64 word,
          guint64 i)
{
  return (word >> (i & 63)) & 1;
}

/* Sets bit @i (modulo 64) of one word of a span bitmap, e.g. &_ml_span_bits (s, i)->mark. */
static inline void
_ml_sset (MlRuntime *self,
          guint64   *word,
          guint64    i)
{
  ml_journal_set (&self->journal, word, *word | (G_GUINT64_CONSTANT (1) << (i & 63)));
}

static inline MlG *
_ml_g (MlRuntime *self,
       guint64    goid)
{
  g_assert (goid >= 1 && goid <= self->ngoroutines);
  return &((MlG *) self->g_chunks->pdata[(goid - 1) / ML_G_CHUNK])[(goid - 1) % ML_G_CHUNK];
}

static inline gboolean
_ml_span_noscan (const MlSpan *s)
{
  return s->spanclass & 1;
}

static inline guint
_ml_span_size_class (const MlSpan *s)
{
  return s->spanclass >> 1;
}

/* Pointerful objects above 512 bytes have an 8-byte malloc header before them. */
static inline gboolean
_ml_span_has_header (const MlSpan *s)
{
  return !_ml_span_noscan (s) && s->nelems > 1 && s->elemsize > ML_MIN_SIZE_FOR_MALLOC_HEADER;
}

/* The address a Go pointer to slot @idx holds. */
static inline guint64
_ml_heap_slot_data (const MlSpan *s,
                    guint64       idx)
{
  return s->base + idx * s->elemsize + (_ml_span_has_header (s) ? ML_MALLOC_HEADER_SIZE : 0);
}

static inline const MlRtype *
_ml_heap_slot_type (MlRuntime *self,
                    MlSpan    *s,
                    guint64    idx)
{
  guint64 id;

  if (s->nelems == 1 && _ml_span_size_class (s) == 0)
    id = s->large_type;
  else if (s->single_type != ML_MIXED_TYPES)
    id = s->single_type - 1;
  else if (s->types == NULL)
    return NULL;
  else
    id = (s->types[idx / 2] >> ((idx & 1) * 32)) & 0xffffffff;
  return id ? _ml_rtype_registry_get_fast (self->types, id) : NULL;
}

/* ml-heap.c */
void      _ml_stats_totals         (MlRuntime *self,
                                    guint64   *mallocs,
                                    guint64   *frees,
                                    guint64   *total_alloc,
                                    guint64   *heap_alloc);
void      _ml_heap_init            (MlRuntime *self);
void      _ml_heap_finalize        (MlRuntime *self);
guint64   _ml_heap_alloc_pages     (MlRuntime *self,
                                    guint64    npages,
                                    MlSpanState state,
                                    guint64    spanclass);
void      _ml_heap_free_span       (MlRuntime *self,
                                    MlSpan    *s);
gboolean  _ml_heap_sweep_span      (MlRuntime *self,
                                    MlSpan    *s,
                                    MlWorkerKind worker,
                                    guint      worker_id);
gboolean  _ml_heap_sweep_one       (MlRuntime *self,
                                    MlWorkerKind worker,
                                    guint      worker_id);
void      _ml_heap_release_mcache  (MlRuntime *self);

/* ml-stack.c */
void      _ml_stack_init           (MlRuntime *self);
guint64   _ml_stack_alloc          (MlRuntime *self,
                                    guint64    size);
void      _ml_stack_free           (MlRuntime *self,
                                    guint64    lo,
                                    guint64    size);
gboolean  _ml_stack_in_current_frame (MlRuntime *self,
                                    guint64    addr);
void      _ml_stack_maybe_shrink   (MlRuntime *self,
                                    MlG       *g);
const MlFrameLayout *_ml_stack_frame_layout (MlRuntime *self,
                                    guint64    base);
guint64   _ml_stack_frame_caller   (MlRuntime *self,
                                    guint64    base);

/* ml-gc.c */
void      _ml_gc_init              (MlRuntime *self);
void      _ml_gc_after_alloc       (MlRuntime *self,
                                    guint64    size,
                                    gboolean   refilled);
void      _ml_gc_mark_new_object   (MlRuntime *self,
                                    MlSpan    *s,
                                    guint64    idx);
void      _ml_gc_write_barrier     (MlRuntime *self,
                                    guint64    slot,
                                    guint64    old_value,
                                    guint64    new_value);
void      _ml_gc_commit_pacer      (MlRuntime *self);
gboolean  _ml_gc_shade             (MlRuntime *self,
                                    guint64    ptr,
                                    guint64    from,
                                    MlWorkerKind worker,
                                    guint      worker_id);
guint64   _ml_gc_heap_minimum      (MlRuntime *self);
void      _ml_gc_charge            (MlRuntime *self,
                                    guint64    ns);
char     *_ml_gc_format_cycle      (const MlCycleRecord *record);

/* ml-referee.c */
gboolean  _ml_referee_is_reachable (MlRuntime *self,
                                    MlSpan    *s,
                                    guint64    idx);
void      _ml_referee_mark_end     (MlRuntime *self);
guint     _ml_referee_check_tricolour (MlRuntime *self);
void      _ml_referee_compute_reach (MlRuntime *self);
void      _ml_referee_finalize     (MlRuntime *self);

/* ml-history.c */
void      _ml_history_init         (MlRuntime *self);
void      _ml_history_finalize     (MlRuntime *self);

/* ml-runtime.c */
void      _ml_runtime_event        (MlRuntime   *self,
                                    MlEventKind  kind,
                                    MlWorkerKind worker,
                                    guint        worker_id,
                                    guint64      addr,
                                    guint64      addr2,
                                    guint64      value,
                                    guint64      aux);

#define ML_EVENT(rt, ...) G_STMT_START { if ((rt)->events_on) _ml_runtime_event ((rt), __VA_ARGS__); } G_STMT_END

/* Root enumeration shared by the collector, the referee and snapshots. */
typedef void (*MlRootFunc) (MlRuntime *self,
                            guint64    slot,
                            guint64    value,
                            gpointer   user_data);
void      _ml_roots_globals        (MlRuntime  *self,
                                    MlRegionId  region,
                                    guint64     from,
                                    guint64     to,
                                    MlRootFunc  func,
                                    gpointer    user_data);
guint64   _ml_roots_stack          (MlRuntime  *self,
                                    MlG        *g,
                                    MlRootFunc  func,
                                    gpointer    user_data);

G_END_DECLS
