/* ml-gc.c
 *
 * Copyright 2026 The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The collector of Go 1.27 (go-runtime.md sections 1 to 4 and 9), cut into units that a driver
 * can execute one at a time:
 *
 *   gcStart            the caller finishes the previous sweep, the world stops
 *   [unit] sweep termination (STW): workers sized from GOMAXPROCS, roots queued, write
 *                      barrier on, active tiny block greyed, assists enabled, world restarts
 *   [unit]* mark:      shade one root (a 256 KiB block of data or bss, or one goroutine stack,
 *                      which may also shrink it), scan one grey object, or flush the write
 *                      barrier buffer; when none is left, "mark done" stops the world
 *   [unit] mark termination (STW): heapMarked = bytes marked, write barrier off, sweepgen += 2,
 *                      mcache flushed, pacer commit, gctrace line, world restarts
 *   [unit]* sweep:     the background sweeper sweeps one span; allocation sweeps lazily
 *
 * Watched (events on or the tricolour referee on), a mark unit scans one grey object, so each
 * step can be drawn.  Unwatched, a unit drains as much as the worker's time pays for, and does it
 * as Go 1.27's Green Tea collector does: objects of 16 to 512 bytes are scanned span by span.
 *
 * Who does a unit: dedicated workers, the fractional worker and idle workers (GOMAXPROCS 2:
 * no dedicated worker, a 25% fractional goal and one idle P), each accruing CPU time while the
 * mutator runs (ml_runtime_advance); mark assists run inside allocation, charged per byte.
 *
 * Times come from a fixed cost model, so that gctrace and the timeline are reproducible:
 *
 *   STW sweep termination   30 us          STW mark termination   20 us
 *   root block              200 ns + 1 ns per 8 bytes of the block
 *   stack scan              300 ns + 1 ns per 8 bytes of stack in use
 *   scan object             20 ns + 1 ns per 8 bytes scanned
 *   write-barrier flush     100 ns + 10 ns per entry
 *   sweep span              150 ns + 5 ns per slot
 *   allocation (mutator)    20 ns + 1 ns per 64 bytes
 *   stack copy (mutator)    100 ns + 1 ns per 4 bytes copied
 */

#define G_LOG_DOMAIN "ml-gc"

#include "ml-runtime-private.h"

#include <string.h>

#define COST_SWEEP_TERM      30000
#define COST_MARK_TERM       20000
#define ROOT_BLOCK_BYTES     (256 * 1024)
#define WB_BUF_ENTRIES       512
#define OVER_ASSIST_WORK     (64 * 1024)
#define BUDGET_CAP           (1000 * 1000)
#define W_SWEEPER            9
#define PREFETCH_DISTANCE    16

enum { ROOT_DATA, ROOT_BSS, ROOT_STACK };

static void gc_start (MlRuntime   *self,
                      MlGcTrigger  trigger);

/* ----------------------------------------------------------------------------------------- */
/* Pacer                                                                                     */

guint64
_ml_gc_heap_minimum (MlRuntime *self)
{
  gint64 gogc = (gint64) self->gc.gcpercent;

  if (gogc < 0)
    return self->gc.heap_minimum_base;
  return self->gc.heap_minimum_base * (guint64) gogc / 100;
}

static guint64
globals_scan_size (MlRuntime *self)
{
  return self->regions[ML_REGION_DATA].used + self->regions[ML_REGION_BSS].used;
}

/* gcControllerState.startCycle: dedicated workers and the fractional goal. */
static void
compute_workers (MlRuntime *self)
{
  double procs = self->gc.gomaxprocs;
  double total = procs * 0.25;
  gint64 dedicated = (gint64) (total + 0.5);
  double util_error = dedicated / total - 1;
  double fractional = 0;

  if (util_error < -0.3 || util_error > 0.3)
    {
      if (dedicated > total)
        dedicated--;
      fractional = (total - dedicated) / procs;
    }
  ML_JOURNALED_SET (self, self->gc.dedicated, dedicated);
  ML_JOURNALED_SET (self, self->gc.fractional_ppm, (guint64) (fractional * 1e6 + 0.5));
}

static guint64
memory_limit_goal (MlRuntime *self)
{
  gint64 limit = (gint64) self->gc.memory_limit;
  guint64 mapped = self->stats.heap_sys_pages * ML_PAGE_SIZE + globals_scan_size (self);
  guint64 heap_free = self->stats.heap_sys_pages * ML_PAGE_SIZE
                      - self->stats.heap_inuse_pages * ML_PAGE_SIZE - self->stats.stack_inuse;
  guint64 overage = mapped > (guint64) limit ? mapped - (guint64) limit : 0;
  guint64 mallocs, frees, total, heap_alloc;
  guint64 nonheap;
  guint64 goal;
  guint64 headroom;

  if (limit == G_MAXINT64)
    return G_MAXUINT64;
  _ml_stats_totals (self, &mallocs, &frees, &total, &heap_alloc);
  nonheap = mapped - heap_free - heap_alloc;
  if ((guint64) limit < nonheap + overage)
    return self->gc.heap_marked;
  goal = (guint64) limit - nonheap - overage;
  headroom = MAX (goal / 100 * 3, G_GUINT64_CONSTANT (1) << 20);
  goal = goal > headroom ? goal - headroom : 0;
  return MAX (goal, self->gc.heap_marked);
}

/* gcControllerState.commit and trigger (mgcpacer.go), minus the sweep-distance and runway
 * minimums, which only matter for heaps that outgrow the goal mid-cycle. */
void
_ml_gc_commit_pacer (MlRuntime *self)
{
  gint64 gogc = (gint64) self->gc.gcpercent;
  guint64 marked = self->gc.heap_marked;
  guint64 goal = G_MAXUINT64;
  guint64 trigger;

  ML_JOURNALED_SET (self, self->gc.globals_scan, globals_scan_size (self));
  if (gogc >= 0)
    {
      goal = marked + (marked + self->gc.last_stack_scan + self->gc.globals_scan) * (guint64) gogc / 100;
      goal = MAX (goal, _ml_gc_heap_minimum (self));
    }
  goal = MIN (goal, memory_limit_goal (self));
  ML_JOURNALED_SET (self, self->gc.heap_goal, goal);

  if (goal == G_MAXUINT64)
    trigger = G_MAXUINT64;
  else
    {
      guint64 cons_mark = 0;
      guint64 scan = self->gc.last_heap_scan + self->gc.last_stack_scan + self->gc.globals_scan;
      guint64 runway;
      guint64 min_trigger = marked + (goal - marked) * 45 / 64;
      guint64 max_trigger = marked + (goal - marked) * 61 / 64;

      for (guint i = 0; i < 4; i++)
        cons_mark = MAX (cons_mark, self->gc.cons_mark_ppm[i]);
      /* consMark * (1 - 0.25) / 0.25 * scan work. */
      runway = (guint64) ((double) cons_mark / 1e6 * 3.0 * (double) scan);
      if (goal > (4u << 20) && goal - (4u << 20) > max_trigger)
        max_trigger = goal - (4u << 20);
      trigger = goal > runway ? goal - runway : 0;
      trigger = CLAMP (trigger, min_trigger, max_trigger);
    }
  ML_JOURNALED_SET (self, self->gc.trigger, trigger);
}

static guint64
assist_work_per_byte_ppm (MlRuntime *self)
{
  guint64 expected = self->gc.last_heap_scan + self->gc.last_stack_scan + self->gc.globals_scan;
  guint64 remaining_work = expected > self->gc.scan_work ? expected - self->gc.scan_work : 0;
  guint64 goal = self->gc.heap_goal;
  guint64 heap_remaining;

  /* Past the goal, extrapolate towards a hard goal 10% higher (revise()). */
  if (self->gc.heap_live + (1 << 16) > goal)
    goal = self->gc.heap_live + MAX (goal / 10, 1u << 16);
  heap_remaining = goal - self->gc.heap_live;
  remaining_work = MAX (remaining_work, 1000);
  return MAX ((guint64) ((double) remaining_work / (double) heap_remaining * 1e6), 1);
}

void
ml_runtime_read_pacer (MlRuntime    *self,
                       MlPacerState *pacer)
{
  g_return_if_fail (ML_IS_RUNTIME (self));
  g_return_if_fail (pacer != NULL);

  pacer->gogc = (gint) (gint64) self->gc.gcpercent;
  pacer->memory_limit = (gint64) self->gc.memory_limit;
  pacer->heap_minimum = _ml_gc_heap_minimum (self);
  pacer->heap_goal = self->gc.heap_goal;
  pacer->trigger = self->gc.trigger;
  pacer->heap_live = self->gc.heap_live;
  pacer->heap_marked = self->gc.heap_marked;
  pacer->bytes_marked = self->gc.bytes_marked;
  pacer->last_stack_scan = self->gc.last_stack_scan;
  pacer->globals_scan = self->gc.globals_scan;
  pacer->gomaxprocs = self->gc.gomaxprocs;
  pacer->dedicated_workers = self->gc.dedicated;
  pacer->fractional_goal = self->gc.fractional_ppm / 1e6;
  pacer->assist_work_per_byte = assist_work_per_byte_ppm (self) / 1e6;
  pacer->now_ns = self->gc.now;
}

/* ----------------------------------------------------------------------------------------- */
/* Time                                                                                      */

/* Worker budget shares in millionths of a P per unit of mutator time. */
static guint64
worker_share (MlRuntime *self,
              guint      w)
{
  guint64 d = self->gc.dedicated;
  guint64 procs = self->gc.gomaxprocs;
  guint64 frac = self->gc.fractional_ppm * procs;
  guint64 idle_ps = procs > d + 1 ? procs - 1 - d : 0;

  if (w < d)
    return 1000000;
  if (w == d)
    return frac;
  if (w == d + 1)
    return idle_ps * 1000000 > frac ? idle_ps * 1000000 - frac : 0;
  return 0;
}

static guint
n_mark_workers (MlRuntime *self)
{
  return MIN (self->gc.dedicated + 2, W_SWEEPER);
}

static void
advance_clock (MlRuntime *self,
               guint64    ns)
{
  ML_JOURNALED_SET (self, self->gc.now, self->gc.now + ns);
  if (self->gc.phase == ML_GC_MARK)
    {
      for (guint w = 0; w < n_mark_workers (self); w++)
        {
          guint64 share = worker_share (self, w);

          if (share != 0)
            ML_JOURNALED_SET (self, self->gc.budget[w], MIN (self->gc.budget[w] + ns * share / 1000000, BUDGET_CAP));
        }
    }
  else if (self->gc.phase == ML_GC_SWEEP)
    {
      /* bgsweep runs at low priority on an idle P, or shares the only one. */
      guint64 share = self->gc.gomaxprocs > 1 ? 1000000 : 250000;

      ML_JOURNALED_SET (self, self->gc.budget[W_SWEEPER],
                        MIN (self->gc.budget[W_SWEEPER] + ns * share / 1000000, BUDGET_CAP));
    }
}

#define FORCEGC_PERIOD (G_GUINT64_CONSTANT (120) * 1000000000)

/* The mutator ran for @ns: the clock moves, background workers earn their share of CPU, and
 * sysmon's check for the periodic GC runs (forcegcperiod: two minutes without a collection
 * force one, unless GOGC=off; it needs a first collection to have happened). */
void
ml_runtime_advance (MlRuntime *self,
                    guint64    ns)
{
  g_return_if_fail (ML_IS_RUNTIME (self));

  advance_clock (self, ns);
  if ((self->gc.phase == ML_GC_OFF || self->gc.phase == ML_GC_SWEEP) && !self->in_unit &&
      (gint64) self->gc.gcpercent >= 0 && self->stats.last_gc != 0 &&
      self->gc.now - self->stats.last_gc > FORCEGC_PERIOD)
    gc_start (self, ML_GC_TRIGGER_TIME);
}

/* Charges @ns to whoever is running: the current unit, or the mutator. */
void
_ml_gc_charge (MlRuntime *self,
               guint64    ns)
{
  if (self->in_unit)
    self->unit_ns += ns;
  else
    advance_clock (self, ns);
}

/* ----------------------------------------------------------------------------------------- */
/* Marking                                                                                   */

/* greyobject: marks the object @ptr points into; grey (queued) if it has pointers, black
 * otherwise.  Returns TRUE if it was white. */
gboolean
_ml_gc_shade (MlRuntime    *self,
              guint64       ptr,
              guint64       from,
              MlWorkerKind  worker,
              guint         worker_id)
{
  MlSpan *s = _ml_span_of (self, ptr);
  guint64 idx;

  if (s == NULL || s->state != ML_SPAN_IN_USE)
    return FALSE;
  idx = _ml_span_index (s, ptr);
  if (idx >= s->nelems || !_ml_sbit (_ml_span_bits (s, idx)->alloc, idx) || _ml_sbit (_ml_span_bits (s, idx)->mark, idx))
    return FALSE;

  _ml_sset (self, &_ml_span_bits (s, idx)->mark, idx);
  ML_JOURNALED_SET (self, self->gc.bytes_marked, self->gc.bytes_marked + s->elemsize);
  if (_ml_span_noscan (s))
    _ml_sset (self, &_ml_span_bits (s, idx)->scan, idx);
  else
    ml_word_vec_push (&self->journal, &self->work, s->base + idx * s->elemsize);
  ML_EVENT (self, ML_EVENT_SHADE, worker, worker_id, _ml_heap_slot_data (s, idx), from,
            _ml_span_noscan (s) ? ML_COLOUR_BLACK : ML_COLOUR_GREY, s->id);
  return TRUE;
}

/* gcmarknewobject: allocate-black. */
void
_ml_gc_mark_new_object (MlRuntime *self,
                        MlSpan    *s,
                        guint64    idx)
{
  _ml_sset (self, &_ml_span_bits (s, idx)->mark, idx);
  _ml_sset (self, &_ml_span_bits (s, idx)->scan, idx);
  ML_JOURNALED_SET (self, self->gc.bytes_marked, self->gc.bytes_marked + s->elemsize);
}

typedef struct
{
  MlWorkerKind worker;
  guint        worker_id;
} ShadeCtx;

static void
shade_root_cb (MlRuntime *self,
               guint64    slot,
               guint64    value,
               gpointer   user_data)
{
  ShadeCtx *ctx = user_data;

  if (value != 0)
    _ml_gc_shade (self, value, slot, ctx->worker, ctx->worker_id);
}

/* scanobject: blackens one grey object, shading every pointer it holds. */
static guint64
scan_object (MlRuntime    *self,
             guint64       slot,
             MlWorkerKind  worker,
             guint         worker_id)
{
  MlSpan *s = _ml_span_of (self, slot);
  guint64 idx = _ml_span_index (s, slot);
  const MlRtype *type = _ml_heap_slot_type (self, s, idx);
  guint64 data = _ml_heap_slot_data (s, idx);
  guint64 size = s->base + (idx + 1) * s->elemsize - data;

  g_assert (_ml_sbit (_ml_span_bits (s, idx)->mark, idx) && !_ml_sbit (_ml_span_bits (s, idx)->scan, idx));

  _ml_sset (self, &_ml_span_bits (s, idx)->scan, idx);
  ML_JOURNALED_SET (self, self->gc.focus_obj, data);
  ML_EVENT (self, ML_EVENT_SCAN, worker, worker_id, data, 0, size, s->id);

  if (type != NULL && type->has_pointers && type->size > 0)
    {
      guint64 reps = size / type->size;

      for (guint64 r = 0; r < reps; r++)
        for (guint64 w = 0; w < type->n_words; w++)
          {
            guint64 field;
            guint64 v;

            if (!((type->ptrmask[w >> 6] >> (w & 63)) & 1))
              continue;
            field = data + r * type->size + w * 8;
            v = _ml_load (self, field);
            if (v == 0)
              continue;
            if (self->events_on)
              {
                ML_JOURNALED_SET (self, self->gc.focus_from, field);
                ML_JOURNALED_SET (self, self->gc.focus_to, v);
                _ml_runtime_event (self, ML_EVENT_EDGE, worker, worker_id, data, v, field - data, 0);
              }
            _ml_gc_shade (self, v, field, worker, worker_id);
          }
    }
  ML_JOURNALED_SET (self, self->gc.heap_scan, self->gc.heap_scan + size);
  _ml_gc_charge (self, 20 + size / 8);
  return size;
}

/* Can units be batched?  Only when nobody watches them one by one: no events recorded and
 * no tricolour check after each. */
static inline gboolean
quiet (MlRuntime *self)
{
  return !self->events_on && !self->check_tricolour;
}

/* What drain_loop() works with, in one struct so that its helpers can be inlined into it and
 * their fields kept in registers.
 *
 * Grey objects found during a drain go one of two ways, as in Go 1.27's Green Tea collector
 * (go-runtime.md section 2.1).  An object of 16 to 512 bytes only has its mark bit set, and its
 * span is queued once; scanning the span later scans every grey object in it, in address order,
 * so the span's bits and the objects' bytes are read together.  Any other object goes on a
 * private FIFO.  The shared work list is popped only when both are empty, and what is left when
 * the budget runs out is handed back to it.  Any order is a valid tricolour marking. */
typedef struct
{
  MlRuntime       *rt;
  MlArena *const  *arenas;
  guint64          heap_limit;
  MlSpan *const   *spans;
  const MlRtype *const *types;
  gboolean         jon;
  guint64         *fifo;
  gsize            cap, head, tail;
  guint64         *spanq;
  gsize            scap, shead, stail;
  guint8          *queued;
  guint64          scanned, marked, ns;
} Drain;

static inline MlSpan *
drain_span (const Drain *d,
            guint64      sid)
{
  return &d->spans[sid / ML_SPAN_CHUNK][sid % ML_SPAN_CHUNK];
}

/* Whether the objects of a span are scanned span by span: gcUsesSpanInlineMarkBits. */
static inline gboolean
span_batched (guint64 elemsize)
{
  return elemsize >= 16 && elemsize <= 512;
}

static inline __attribute__((always_inline)) void
drain_set (Drain   *d,
           guint64 *word,
           guint64  bit)
{
  if (G_UNLIKELY (d->jon))
    ml_journal_set (&d->rt->journal, word, *word | bit);
  else
    *word |= bit;
}

static inline __attribute__((always_inline)) void
drain_push (Drain    *d,
            guint64 **buf,
            gsize    *cap,
            gsize    *head,
            gsize    *tail,
            guint64   value)
{
  if (G_UNLIKELY (*tail == *cap))
    {
      if (*head > *cap / 2)
        {
          /* Slide the live part down instead of growing. */
          memmove (*buf, *buf + *head, (*tail - *head) * sizeof (guint64));
          *tail -= *head;
          *head = 0;
        }
      else
        {
          *cap = MAX (*cap * 2, 4096);
          *buf = g_renew (guint64, *buf, *cap);
        }
    }
  (*buf)[(*tail)++] = value;
}

/* scanobject for the object of @size bytes at @data, of @type, whose bytes start at @bytes when
 * they lie in one host page (else NULL): greyobject for every heap pointer it holds. */
static inline __attribute__((always_inline)) void
drain_scan (Drain        *d,
            guint64       data,
            guint64       size,
            const MlRtype *type,
            const guint8 *page_of_data)
{
  const guint64 tsize = type->size;
  const guint64 nwords = type->n_words;
  const guint64 *mask = type->ptrmask;
  const gboolean one_page = (data & (ML_PAGE_SIZE - 1)) + size <= ML_PAGE_SIZE;
  const guint64 *page = one_page && page_of_data != NULL
    ? (const guint64 *) (gconstpointer) (page_of_data + (data & (ML_PAGE_SIZE - 1))) : NULL;

  if (one_page && page == NULL)
    return;
  for (guint64 base_off = 0; base_off + tsize <= size; base_off += tsize)
    for (guint64 w = 0; w < nwords; w++)
      {
        guint64 v, voff, vsid, vidx, vclass, velemsize, vbase, bit, pe;
        MlSpan *t;
        MlSpanBits *b;

        if (!((mask[w >> 6] >> (w & 63)) & 1))
          continue;
        v = page != NULL ? page[(base_off >> 3) + w] : _ml_load (d->rt, data + base_off + w * 8);
        voff = v - ML_ARENA_BASE;
        if (voff >= d->heap_limit)
          continue;
        pe = d->arenas[voff >> ML_ARENA_SHIFT]->page_span[(voff >> ML_PAGE_SHIFT) & (ML_ARENA_PAGES - 1)];
        if (pe == 0 || ML_PAGE_ENTRY_STACK (pe))
          continue;
        vsid = ML_PAGE_ENTRY_SPAN_ID (pe);
        vclass = ML_PAGE_ENTRY_SPANCLASS (pe) >> 1;
        t = drain_span (d, vsid);
        vbase = (v & ~(guint64) (ML_PAGE_SIZE - 1)) - ML_PAGE_ENTRY_INDEX (pe) * ML_PAGE_SIZE;
        if (vclass != 0)
          {
            /* The slot from the page entry and the class tables alone: only the bits' cache
             * line of the span is touched. */
            vidx = ((v - vbase) * _ml_class_divmagic[vclass]) >> 32;
            velemsize = size_class_to_size[vclass];
            if (vidx >= _ml_class_nelems[vclass])
              continue;
          }
        else
          {
            vidx = 0;
            velemsize = t->elemsize;
          }
        b = &t->bits[vidx >> 6];
        bit = G_GUINT64_CONSTANT (1) << (vidx & 63);
        if ((b->mark & bit) || !(b->alloc & bit))
          continue;
        drain_set (d, &b->mark, bit);
        d->marked += velemsize;
        if (ML_PAGE_ENTRY_SPANCLASS (pe) & 1)
          drain_set (d, &b->scan, bit);
        else if (vclass != 0 && span_batched (velemsize))
          {
            if (!d->queued[vsid])
              {
                d->queued[vsid] = 1;
                drain_push (d, &d->spanq, &d->scap, &d->shead, &d->stail, vsid);
              }
          }
        else
          drain_push (d, &d->fifo, &d->cap, &d->head, &d->tail, vbase + vidx * velemsize);
      }
}

/* Blackens the grey object in slot @idx of @s and scans it. */
static inline __attribute__((always_inline)) void
drain_object (Drain  *d,
              MlSpan *s,
              guint64 idx,
              guint64 slot)
{
  guint64 data = slot + (_ml_span_has_header (s) ? ML_MALLOC_HEADER_SIZE : 0);
  guint64 size = slot + s->elemsize - data;
  guint64 tid;
  const MlRtype *type;

  drain_set (d, &s->bits[idx >> 6].scan, G_GUINT64_CONSTANT (1) << (idx & 63));
  if (s->nelems == 1 && (s->spanclass >> 1) == 0)
    tid = s->large_type;
  else if (s->single_type != ML_MIXED_TYPES)
    tid = s->single_type - 1;
  else
    tid = (s->types[idx / 2] >> ((idx & 1) * 32)) & 0xffffffff;
  type = tid ? d->types[tid] : NULL;
  d->scanned += size;
  d->ns += 20 + size / 8;
  if (type == NULL || !type->has_pointers || type->size == 0)
    return;
  {
    guint64 doff = data - ML_ARENA_BASE;

    drain_scan (d, data, size, type,
                d->arenas[doff >> ML_ARENA_SHIFT]->pages[(doff >> ML_PAGE_SHIFT) & (ML_ARENA_PAGES - 1)]);
  }
}

/* Asks for the lines that scanning the object in @slot will read: its bytes, its span's first
 * line and the line of its span's bits. */
static inline __attribute__((always_inline)) void
drain_prefetch_object (const Drain *d,
                       guint64      slot)
{
  guint64 off = slot - ML_ARENA_BASE;
  const MlArena *arena = d->arenas[off >> ML_ARENA_SHIFT];
  guint64 pidx = (off >> ML_PAGE_SHIFT) & (ML_ARENA_PAGES - 1);
  const guint8 *page = arena->pages[pidx];
  guint64 pe = arena->page_span[pidx];
  const MlSpan *s = drain_span (d, ML_PAGE_ENTRY_SPAN_ID (pe));

  if (page != NULL)
    __builtin_prefetch (page + (slot & (ML_PAGE_SIZE - 1)));
  __builtin_prefetch (s);
  if ((ML_PAGE_ENTRY_SPANCLASS (pe) >> 1) != 0)
    {
      guint64 base = (slot & ~(guint64) (ML_PAGE_SIZE - 1)) - ML_PAGE_ENTRY_INDEX (pe) * ML_PAGE_SIZE;
      guint64 idx = ((slot - base) * _ml_class_divmagic[ML_PAGE_ENTRY_SPANCLASS (pe) >> 1]) >> 32;

      __builtin_prefetch (&s->bits[(idx >> 6) & (ML_BITMAP_WORDS - 1)]);
    }
}

/* scanSpan: scans every grey object of a queued span, in address order. */
static inline __attribute__((always_inline)) void
drain_span_objects (Drain  *d,
                    guint64 sid)
{
  MlSpan *s = drain_span (d, sid);
  guint64 nwords = (s->nelems + 63) / 64;

  /* Cleared first: an object of this span found while scanning it queues the span again. */
  d->queued[sid] = 0;
  for (guint64 w = 0; w < nwords; w++)
    {
      guint64 grey = s->bits[w].mark & ~s->bits[w].scan;

      while (grey != 0)
        {
          guint64 idx = w * 64 + (guint64) __builtin_ctzll (grey);

          grey &= grey - 1;
          drain_object (d, s, idx, s->base + idx * s->elemsize);
        }
    }
}

/* The loop of drain(): everything it needs is in @d.  The project builds with
 * -fno-strict-aliasing, so every store through a guint64 pointer would otherwise force the
 * compiler to reload the runtime's fields; this loop is what makes a full cycle over a million
 * objects cost a small multiple of a plain BFS.  With history on, mark and scan bits go through
 * the journal, but the work list only records its net change: inside one unit its intermediate
 * states are never observable, so they need no history. */
static inline __attribute__((always_inline)) guint64
drain_loop (MlRuntime      *self,
            guint64         max_work,
            guint64         max_ns,
            guint64        *out_marked,
            guint64        *out_ns,
            const gboolean  jon)
{
  MlWordVec *q = &self->work;
  Drain d = {
    .rt = self,
    .arenas = self->arenas,
    .heap_limit = self->narenas << ML_ARENA_SHIFT,
    .spans = (MlSpan *const *) self->span_chunks->pdata,
    .types = (const MlRtype *const *) self->types->types->pdata,
    .jon = jon,
    .fifo = self->drain_stack,
    .cap = self->drain_cap,
    .spanq = self->drain_spans,
    .scap = self->drain_spans_cap,
  };

  if (self->drain_queued_len < self->nspan_structs)
    {
      self->drain_queued = g_realloc (self->drain_queued, self->nspan_structs);
      memset (self->drain_queued + self->drain_queued_len, 0, self->nspan_structs - self->drain_queued_len);
      self->drain_queued_len = self->nspan_structs;
    }
  d.queued = self->drain_queued;

  while (d.scanned < max_work && d.ns < max_ns)
    {
      if (d.head < d.tail)
        {
          guint64 slot = d.fifo[d.head++];
          guint64 off = slot - ML_ARENA_BASE;
          const MlArena *arena = d.arenas[off >> ML_ARENA_SHIFT];
          MlSpan *s = drain_span (&d, ML_PAGE_ENTRY_SPAN_ID (arena->page_span[(off >> ML_PAGE_SHIFT) & (ML_ARENA_PAGES - 1)]));

          /* Ask for the object a few places ahead while this one is scanned, so that several
           * cache misses are in flight at once. */
          if (d.head + PREFETCH_DISTANCE < d.tail)
            drain_prefetch_object (&d, d.fifo[d.head + PREFETCH_DISTANCE]);
          drain_object (&d, s, s->nelems == 1 ? 0 : ((slot - s->base) * s->divmagic) >> 32, slot);
        }
      else if (d.shead < d.stail)
        {
          guint64 sid = d.spanq[d.shead++];

          if (d.shead < d.stail)
            {
              const MlSpan *next = drain_span (&d, d.spanq[d.shead]);

              __builtin_prefetch (next);
              __builtin_prefetch (&next->bits[0]);
            }
          drain_span_objects (&d, sid);
        }
      else if (q->len > 0)
        {
          guint64 slot = *ml_word_vec_at (q, q->len - 1);
          MlSpan *s = _ml_span_of (self, slot);
          guint64 idx = _ml_span_index (s, slot);

          ml_journal_set (&self->journal, &q->len, q->len - 1);
          /* A listed object may have been scanned already, with its span. */
          if (!_ml_sbit (_ml_span_bits (s, idx)->scan, idx))
            drain_object (&d, s, idx, slot);
        }
      else
        break;
    }

  /* Hand back what is left: the grey objects of queued spans, then the FIFO. */
  for (gsize i = d.shead; i < d.stail; i++)
    {
      guint64 sid = d.spanq[i];
      MlSpan *s = drain_span (&d, sid);
      guint64 nwords = (s->nelems + 63) / 64;

      d.queued[sid] = 0;
      for (guint64 w = 0; w < nwords; w++)
        for (guint64 grey = s->bits[w].mark & ~s->bits[w].scan; grey != 0; grey &= grey - 1)
          ml_word_vec_push (&self->journal, q, s->base + (w * 64 + (guint64) __builtin_ctzll (grey)) * s->elemsize);
    }
  for (gsize i = d.tail; i > d.head; i--)
    ml_word_vec_push (&self->journal, q, d.fifo[i - 1]);
  self->drain_stack = d.fifo;
  self->drain_cap = d.cap;
  self->drain_spans = d.spanq;
  self->drain_spans_cap = d.scap;
  *out_marked = d.marked;
  *out_ns = d.ns;
  return d.scanned;
}

/* The inner loop of gcDrain: blackens grey objects until @max_work bytes were scanned, their
 * cost reached @max_ns, or no grey object is left (at least one is always scanned).  It does
 * exactly what scan_object() does object by object, minus the per-object events and focus,
 * so it is used only when quiet().  Returns the bytes scanned; the cost-model time is charged
 * as usual. */
static guint64
drain (MlRuntime *self,
       guint64    max_work,
       guint64    max_ns)
{
  guint64 scanned, marked, ns;

  /* Two copies of the loop, one per journal state, so the quiet case has no journal tests. */
  if (self->journal.on)
    scanned = drain_loop (self, max_work, max_ns, &marked, &ns, TRUE);
  else
    scanned = drain_loop (self, max_work, max_ns, &marked, &ns, FALSE);
  ML_JOURNALED_SET (self, self->gc.bytes_marked, self->gc.bytes_marked + marked);
  ML_JOURNALED_SET (self, self->gc.heap_scan, self->gc.heap_scan + scanned);
  _ml_gc_charge (self, ns);
  return scanned;
}

static void
flush_wb (MlRuntime    *self,
          MlWorkerKind  worker,
          guint         worker_id)
{
  guint64 n = self->wbbuf.len;

  for (guint64 i = 0; i + 1 < n; i += 2)
    _ml_gc_shade (self, *ml_word_vec_at (&self->wbbuf, i),
                  *ml_word_vec_at (&self->wbbuf, i + 1) & ~G_GUINT64_CONSTANT (1), worker, worker_id);
  ML_JOURNALED_SET (self, self->wbbuf.len, 0);
  ML_EVENT (self, ML_EVENT_WB_FLUSH, worker, worker_id, 0, 0, n / 2, 0);
  _ml_gc_charge (self, 100 + 10 * (n / 2));
}

/* The hybrid barrier as Go compiles it: record both the old and the new pointer in the
 * per-P buffer; the objects are shaded when the buffer is flushed. */
void
_ml_gc_write_barrier (MlRuntime *self,
                      guint64    slot,
                      guint64    old_value,
                      guint64    new_value)
{
  if (old_value != 0 && _ml_span_of (self, old_value) != NULL)
    {
      ml_word_vec_push (&self->journal, &self->wbbuf, old_value);
      ml_word_vec_push (&self->journal, &self->wbbuf, slot);
      ML_EVENT (self, ML_EVENT_WB_SHADE, ML_WORKER_MUTATOR, self->current_g, old_value, slot, 0, 0);
    }
  if (new_value != 0 && _ml_span_of (self, new_value) != NULL)
    {
      ml_word_vec_push (&self->journal, &self->wbbuf, new_value);
      ml_word_vec_push (&self->journal, &self->wbbuf, slot | 1);
      ML_EVENT (self, ML_EVENT_WB_SHADE, ML_WORKER_MUTATOR, self->current_g, new_value, slot, 1, 0);
    }
  if (self->wbbuf.len >= 2 * WB_BUF_ENTRIES)
    flush_wb (self, ML_WORKER_MUTATOR, self->current_g);
}

static guint64
n_roots (MlRuntime *self)
{
  return self->gc.n_data_blocks + self->gc.n_bss_blocks + self->gc.n_stack_roots;
}

/* markroot: one root job.  Returns the scan work done. */
static guint64
mark_root (MlRuntime    *self,
           guint64       job,
           MlWorkerKind  worker,
           guint         worker_id)
{
  ShadeCtx ctx = { worker, worker_id };
  guint64 work = 0;

  ML_JOURNALED_SET (self, self->gc.root_next, job + 1);
  if (job < self->gc.n_data_blocks + self->gc.n_bss_blocks)
    {
      gboolean data = job < self->gc.n_data_blocks;
      MlRegionId region = data ? ML_REGION_DATA : ML_REGION_BSS;
      guint64 block = data ? job : job - self->gc.n_data_blocks;
      guint64 from = self->regions[region].base + block * ROOT_BLOCK_BYTES;
      guint64 to = MIN (from + ROOT_BLOCK_BYTES, self->regions[region].base + self->regions[region].used);

      ML_EVENT (self, ML_EVENT_ROOT, worker, worker_id, from, to, data ? ROOT_DATA : ROOT_BSS, 0);
      _ml_roots_globals (self, region, from, to, shade_root_cb, &ctx);
      work = to - from;
      _ml_gc_charge (self, 200 + work / 8);
    }
  else
    {
      guint64 goid = job - self->gc.n_data_blocks - self->gc.n_bss_blocks + 1;
      MlG *g = _ml_g (self, goid);

      if (g->status != 0)
        {
          ML_EVENT (self, ML_EVENT_ROOT, worker, worker_id, g->stack_hi, g->sp, ROOT_STACK, goid);
          work = _ml_roots_stack (self, g, shade_root_cb, &ctx);
          ML_JOURNALED_SET (self, g->scanned_cycle, self->gc.cycles);
          ML_JOURNALED_SET (self, self->gc.stack_scan, self->gc.stack_scan + work);
          ML_JOURNALED_SET (self, self->gc.stacks_scanned, self->gc.stacks_scanned + 1);
          _ml_gc_charge (self, 300 + work / 8);
          _ml_stack_maybe_shrink (self, g);
        }
    }
  return work;
}

static gboolean
work_top_scanned (MlRuntime *self)
{
  guint64 slot = *ml_word_vec_at (&self->work, self->work.len - 1);
  MlSpan *s = _ml_span_of (self, slot);
  guint64 idx = _ml_span_index (s, slot);

  return _ml_sbit (_ml_span_bits (s, idx)->scan, idx);
}

/* One piece of mark work: a root job, one grey object (or, when quiet(), grey objects worth
 * up to @max_work bytes of scanning and @max_ns of cost-model time), or a write-barrier
 * flush.  Returns FALSE if there was
 * none. */
static gboolean
mark_work (MlRuntime    *self,
           MlWorkerKind  worker,
           guint         worker_id,
           guint64       max_work,
           guint64       max_ns,
           guint64      *work)
{
  if (self->gc.root_next < n_roots (self))
    {
      *work = mark_root (self, self->gc.root_next, worker, worker_id);
      return TRUE;
    }
  /* A quiet drain may have scanned, with their span, objects that are still listed. */
  while (self->work.len > 0 && work_top_scanned (self))
    ml_journal_set (&self->journal, &self->work.len, self->work.len - 1);
  if (self->work.len > 0)
    {
      if (quiet (self))
        *work = drain (self, MAX (max_work, 1), MAX (max_ns, 1));
      else
        *work = scan_object (self, ml_word_vec_pop (&self->journal, &self->work), worker, worker_id);
      return TRUE;
    }
  if (self->wbbuf.len > 0)
    {
      flush_wb (self, worker, worker_id);
      *work = 0;
      return TRUE;
    }
  return FALSE;
}

static void
set_phase (MlRuntime *self,
           MlGcPhase  phase)
{
  guint64 old = self->gc.phase;

  if (old == phase)
    return;
  ML_JOURNALED_SET (self, self->gc.phase, phase);
  ML_EVENT (self, ML_EVENT_PHASE, ML_WORKER_STW, 0, 0, 0, phase, old);
}

/* gcAssistAlloc: pay an allocation debt with scan work, stealing background credit first. */
static void
assist (MlRuntime *self,
        MlG       *g)
{
  gint64 debt = -(gint64) g->assist_bytes;
  guint64 awpb = assist_work_per_byte_ppm (self);
  guint64 need = MAX ((guint64) debt * awpb / 1000000, OVER_ASSIST_WORK);
  guint64 steal = MIN (self->gc.bg_scan_credit, need);
  guint64 done = 0;
  guint64 t0 = self->gc.now;

  ML_JOURNALED_SET (self, self->gc.bg_scan_credit, self->gc.bg_scan_credit - steal);
  need -= steal;
  while (need > done)
    {
      guint64 w = 0;

      if (!mark_work (self, ML_WORKER_ASSIST, g->id, need - done, G_MAXUINT64, &w))
        break;
      done += w;
    }
  ML_JOURNALED_SET (self, self->gc.scan_work, self->gc.scan_work + done);
  ML_JOURNALED_SET (self, g->assist_bytes, (guint64) ((gint64) g->assist_bytes + (gint64) ((steal + done) * 1000000 / awpb)));
  ML_JOURNALED_SET (self, self->gc.assist_ns, self->gc.assist_ns + (self->gc.now - t0));
  ML_EVENT (self, ML_EVENT_ASSIST, ML_WORKER_ASSIST, g->id, 0, (guint64) debt, done + steal, g->id);
}


void
_ml_gc_after_alloc (MlRuntime *self,
                    guint64    size,
                    gboolean   refilled)
{
  _ml_gc_charge (self, 20 + size / 64);

  if (self->gc.blacken && self->current_g != 0)
    {
      MlG *g = _ml_g (self, self->current_g);

      ML_JOURNALED_SET (self, g->assist_bytes, g->assist_bytes - size);
      if ((gint64) g->assist_bytes < 0)
        assist (self, g);
    }

  if (refilled && (self->gc.phase == ML_GC_OFF || self->gc.phase == ML_GC_SWEEP) &&
      self->gc.heap_live >= self->gc.trigger)
    gc_start (self, ML_GC_TRIGGER_HEAP);
}

/* ----------------------------------------------------------------------------------------- */
/* Phases                                                                                    */

static void
gc_start (MlRuntime   *self,
          MlGcTrigger  trigger)
{
  gboolean forced = trigger == ML_GC_TRIGGER_CYCLE;

  if (self->gc.phase != ML_GC_OFF && self->gc.phase != ML_GC_SWEEP)
    return;

  /* The goroutine that starts a cycle first finishes the previous sweep. */
  while (_ml_heap_sweep_one (self, ML_WORKER_MUTATOR, self->current_g))
    ;
  set_phase (self, ML_GC_OFF);

  ML_JOURNALED_SET (self, self->gc.cycles, self->gc.cycles + 1);
  ML_JOURNALED_SET (self, self->gc.user_forced, forced);
  ML_JOURNALED_SET (self, self->gc.heap0, self->gc.heap_live);
  ML_JOURNALED_SET (self, self->gc.t_sweep_term, self->gc.now);
  ML_JOURNALED_SET (self, self->gc.world_stopped, 1);
  ML_EVENT (self, ML_EVENT_CYCLE_START, ML_WORKER_STW, 0, 0, 0, self->gc.cycles, trigger);
  set_phase (self, ML_GC_SWEEP_TERMINATION);
}

static void
sweep_termination (MlRuntime *self)
{
  compute_workers (self);
  for (guint64 id = 1; id <= self->ngoroutines; id++)
    ML_JOURNALED_SET (self, _ml_g (self, id)->assist_bytes, 0);
  ML_JOURNALED_SET (self, self->gc.bytes_marked, 0);
  ML_JOURNALED_SET (self, self->gc.scan_work, 0);
  ML_JOURNALED_SET (self, self->gc.stack_scan, 0);
  ML_JOURNALED_SET (self, self->gc.stacks_scanned, 0);
  ML_JOURNALED_SET (self, self->gc.heap_scan, 0);
  ML_JOURNALED_SET (self, self->gc.bg_scan_credit, 0);
  ML_JOURNALED_SET (self, self->gc.assist_ns, 0);
  ML_JOURNALED_SET (self, self->gc.background_ns, 0);
  ML_JOURNALED_SET (self, self->gc.idle_ns, 0);
  for (guint w = 0; w < G_N_ELEMENTS (self->gc.budget); w++)
    ML_JOURNALED_SET (self, self->gc.budget[w], 0);
  ML_JOURNALED_SET (self, self->gc.n_data_blocks, (self->regions[ML_REGION_DATA].used + ROOT_BLOCK_BYTES - 1) / ROOT_BLOCK_BYTES);
  ML_JOURNALED_SET (self, self->gc.n_bss_blocks, (self->regions[ML_REGION_BSS].used + ROOT_BLOCK_BYTES - 1) / ROOT_BLOCK_BYTES);
  ML_JOURNALED_SET (self, self->gc.n_stack_roots, self->ngoroutines);
  ML_JOURNALED_SET (self, self->gc.root_next, 0);
  set_phase (self, ML_GC_MARK);
  /* gcMarkTinyAllocs: the active tiny block is greyed like any other allocation. */
  if (self->tiny != 0)
    _ml_gc_shade (self, self->tiny, 0, ML_WORKER_STW, 0);
  ML_JOURNALED_SET (self, self->gc.blacken, 1);
  ML_JOURNALED_SET (self, self->gc.now, self->gc.now + COST_SWEEP_TERM);
  ML_JOURNALED_SET (self, self->gc.t_mark, self->gc.now);
  ML_JOURNALED_SET (self, self->gc.world_stopped, 0);
}

static void
mark_done (MlRuntime *self)
{
  ML_JOURNALED_SET (self, self->gc.t_mark_term, self->gc.now);
  ML_JOURNALED_SET (self, self->gc.world_stopped, 1);
  ML_JOURNALED_SET (self, self->gc.blacken, 0);
  ML_JOURNALED_SET (self, self->gc.focus_obj, 0);
  ML_JOURNALED_SET (self, self->gc.focus_from, 0);
  ML_JOURNALED_SET (self, self->gc.focus_to, 0);
  set_phase (self, ML_GC_MARK_TERMINATION);
}

static void
format_ms (GString *out,
           guint64  ns)
{
  guint64 x;
  gint dec = 3;

  /* fmtNSAsMS: whole milliseconds from 10 ms, else two significant digits, at most three
   * decimals. */
  if (ns >= 10000000)
    {
      g_string_append_printf (out, "%" G_GUINT64_FORMAT, ns / 1000000);
      return;
    }
  x = ns / 1000;
  if (x == 0)
    {
      g_string_append_c (out, '0');
      return;
    }
  while (x >= 100)
    {
      x /= 10;
      dec--;
    }
  if (dec == 0)
    g_string_append_printf (out, "%" G_GUINT64_FORMAT, x);
  else
    {
      guint64 p = 1;

      for (gint i = 0; i < dec; i++)
        p *= 10;
      g_string_append_printf (out, "%" G_GUINT64_FORMAT ".%0*" G_GUINT64_FORMAT, x / p, dec, x % p);
    }
}

static char *
format_trace (const MlCycleRecord *r)
{
  GString *s = g_string_new (NULL);
  guint64 stw1 = r->t_mark - r->t_sweep_term;
  guint64 conc = r->t_mark_term - r->t_mark;
  guint64 stw2 = r->t_end - r->t_mark_term;
  guint64 ms = r->t_sweep_term / 1000000;

  g_string_append_printf (s, "gc %" G_GUINT64_FORMAT " @%" G_GUINT64_FORMAT ".%03" G_GUINT64_FORMAT
                          "s %" G_GUINT64_FORMAT "%%: ",
                          r->num, ms / 1000, ms % 1000, r->cpu_fraction_pct);
  format_ms (s, stw1);
  g_string_append_c (s, '+');
  format_ms (s, conc);
  g_string_append_c (s, '+');
  format_ms (s, stw2);
  g_string_append (s, " ms clock, ");
  format_ms (s, stw1 * r->procs);
  g_string_append_c (s, '+');
  format_ms (s, r->assist_ns);
  g_string_append_c (s, '/');
  format_ms (s, r->background_ns);
  g_string_append_c (s, '/');
  format_ms (s, r->idle_ns);
  g_string_append_c (s, '+');
  format_ms (s, stw2 * r->procs);
  g_string_append_printf (s, " ms cpu, %" G_GUINT64_FORMAT "->%" G_GUINT64_FORMAT "->%" G_GUINT64_FORMAT
                          " MB, %" G_GUINT64_FORMAT " MB goal, %" G_GUINT64_FORMAT " MB stacks, %"
                          G_GUINT64_FORMAT " MB globals, %" G_GUINT64_FORMAT " P",
                          r->heap0 >> 20, r->heap1 >> 20, r->heap2 >> 20, r->goal >> 20,
                          r->stacks >> 20, r->globals >> 20, r->procs);
  if (r->forced)
    g_string_append (s, " (forced)");
  return g_string_free (s, FALSE);
}

char *
_ml_gc_format_cycle (const MlCycleRecord *record)
{
  return format_trace (record);
}

/* gcComputeStartingStackSize (Go 1.19+, on by default): new goroutines start with the
 * average scanned stack plus the guard, rounded up to a power of two, at least 2 KiB. */
static void
compute_starting_stack_size (MlRuntime *self)
{
  guint64 size = ML_STACK_MIN;

  if (self->gc.stacks_scanned > 0)
    {
      guint64 avg = self->gc.stack_scan / self->gc.stacks_scanned + ML_STACK_GUARD;

      while (size < avg && size < (G_GUINT64_CONSTANT (1) << 29))
        size *= 2;
    }
  ML_JOURNALED_SET (self, self->gc.starting_stack, size);
}

static void
update_cons_mark (MlRuntime *self)
{
  guint64 scan = self->gc.scan_work;
  guint64 grown = self->gc.heap1 > self->gc.heap0 ? self->gc.heap1 - self->gc.heap0 : 0;
  guint64 mark_wall = MAX (self->gc.t_mark_term - self->gc.t_mark, 1);
  double idle_u = (double) self->gc.idle_ns / ((double) mark_wall * self->gc.gomaxprocs);
  double u = 0.25;
  double cm;

  if (scan == 0)
    return;
  cm = ((double) grown * (u + idle_u)) / ((double) scan * (1 - u));
  for (guint i = 3; i > 0; i--)
    ML_JOURNALED_SET (self, self->gc.cons_mark_ppm[i], self->gc.cons_mark_ppm[i - 1]);
  ML_JOURNALED_SET (self, self->gc.cons_mark_ppm[0], (guint64) (cm * 1e6));
}

static void
mark_termination (MlRuntime *self)
{
  MlCycleRecord rec = { 0 };
  guint64 pause;
  guint64 numgc;
  guint64 procs = self->gc.gomaxprocs;

  ML_JOURNALED_SET (self, self->gc.heap1, self->gc.heap_live);
  if (self->checker)
    _ml_referee_mark_end (self);

  ML_JOURNALED_SET (self, self->gc.heap_marked, self->gc.bytes_marked);
  ML_JOURNALED_SET (self, self->gc.heap_live, self->gc.bytes_marked);
  ML_JOURNALED_SET (self, self->gc.last_heap_scan, self->gc.heap_scan);
  ML_JOURNALED_SET (self, self->gc.last_stack_scan, self->gc.stack_scan);
  compute_starting_stack_size (self);
  update_cons_mark (self);
  ML_JOURNALED_SET (self, self->gc.last_heap_goal, self->gc.heap_goal);

  set_phase (self, ML_GC_OFF);
  ML_JOURNALED_SET (self, self->gc.sweepgen, self->gc.sweepgen + 2);
  ML_JOURNALED_SET (self, self->gc.sweep_cursor, 0);
  _ml_heap_release_mcache (self);
  _ml_gc_commit_pacer (self);

  ML_JOURNALED_SET (self, self->gc.now, self->gc.now + COST_MARK_TERM);
  ML_JOURNALED_SET (self, self->gc.t_end, self->gc.now);

  numgc = self->gc.numgc + 1;
  ML_JOURNALED_SET (self, self->gc.numgc, numgc);
  if (self->gc.user_forced)
    ML_JOURNALED_SET (self, self->gc.numforced, self->gc.numforced + 1);
  pause = (self->gc.t_mark - self->gc.t_sweep_term) + (self->gc.t_end - self->gc.t_mark_term);
  ML_JOURNALED_SET (self, self->stats.pause_ns[(numgc - 1) % 256], pause);
  ML_JOURNALED_SET (self, self->stats.pause_end[(numgc - 1) % 256], self->gc.t_end);
  ML_JOURNALED_SET (self, self->stats.pause_total, self->stats.pause_total + pause);
  ML_JOURNALED_SET (self, self->stats.last_gc, self->gc.t_end);
  ML_JOURNALED_SET (self, self->gc.gc_cpu_total, self->gc.gc_cpu_total + pause * procs
                    + self->gc.assist_ns + self->gc.background_ns);

  rec.num = numgc;
  rec.t_sweep_term = self->gc.t_sweep_term;
  rec.t_mark = self->gc.t_mark;
  rec.t_mark_term = self->gc.t_mark_term;
  rec.t_end = self->gc.t_end;
  rec.assist_ns = self->gc.assist_ns;
  rec.background_ns = self->gc.background_ns;
  rec.idle_ns = self->gc.idle_ns;
  rec.heap0 = self->gc.heap0;
  rec.heap1 = self->gc.heap1;
  rec.heap2 = self->gc.heap_marked;
  rec.goal = self->gc.last_heap_goal;
  rec.stacks = self->gc.last_stack_scan;
  rec.globals = self->gc.globals_scan;
  rec.procs = procs;
  rec.forced = self->gc.user_forced;
  rec.cpu_fraction_pct = self->gc.gc_cpu_total * 100 / MAX (self->gc.t_end * procs, 1);
  if (self->cycle_records->len < numgc)
    g_array_set_size (self->cycle_records, numgc);
  g_array_index (self->cycle_records, MlCycleRecord, numgc - 1) = rec;

  ML_JOURNALED_SET (self, self->gc.world_stopped, 0);
  ML_EVENT (self, ML_EVENT_CYCLE_END, ML_WORKER_STW, 0, 0, 0, numgc, 0);
  set_phase (self, ML_GC_SWEEP);
}

void
_ml_gc_init (MlRuntime *self)
{
  self->gc.gcpercent = 100;
  self->gc.memory_limit = G_MAXINT64;
  self->gc.heap_minimum_base = 4u << 20;
  self->gc.gomaxprocs = 2;
  self->gc.wb_switch = 1;
  self->gc.sweepgen = 4;
  self->gc.sweep_cursor = ML_NUM_SPAN_CLASSES;
  self->gc.starting_stack = ML_STACK_MIN;
  _ml_size_class_init_tables ();
  ml_word_vec_init (&self->work);
  ml_word_vec_init (&self->wbbuf);
  self->cycle_records = g_array_new (FALSE, TRUE, sizeof (MlCycleRecord));
  compute_workers (self);
  _ml_gc_commit_pacer (self);
}

/* ----------------------------------------------------------------------------------------- */
/* Public entry points                                                                       */

gboolean
ml_runtime_world_stopped (MlRuntime *self)
{
  g_return_val_if_fail (ML_IS_RUNTIME (self), FALSE);
  return self->gc.world_stopped != 0;
}

MlGcPhase
ml_runtime_get_phase (MlRuntime *self)
{
  g_return_val_if_fail (ML_IS_RUNTIME (self), ML_GC_OFF);
  return self->gc.phase;
}

guint64
ml_runtime_get_num_gc (MlRuntime *self)
{
  g_return_val_if_fail (ML_IS_RUNTIME (self), 0);
  return self->gc.numgc;
}

gboolean
ml_runtime_gc_work_due (MlRuntime *self)
{
  g_return_val_if_fail (ML_IS_RUNTIME (self), FALSE);

  switch ((MlGcPhase) self->gc.phase)
    {
    case ML_GC_SWEEP_TERMINATION:
    case ML_GC_MARK_TERMINATION:
      return TRUE;
    case ML_GC_MARK:
      for (guint w = 0; w < n_mark_workers (self); w++)
        if (self->gc.budget[w] > 0)
          return TRUE;
      return FALSE;
    case ML_GC_SWEEP:
      return self->gc.budget[W_SWEEPER] > 0;
    case ML_GC_OFF:
    default:
      return FALSE;
    }
}

static void
pick_worker (MlRuntime    *self,
             guint        *slot,
             MlWorkerKind *kind,
             guint        *id)
{
  guint best = G_MAXUINT;
  guint64 best_budget = 0;

  for (guint w = 0; w < n_mark_workers (self); w++)
    if (worker_share (self, w) > 0 && (best == G_MAXUINT || self->gc.budget[w] > best_budget))
      {
        best = w;
        best_budget = self->gc.budget[w];
      }
  if (best == G_MAXUINT)
    best = 0;
  *slot = best;
  if (best < self->gc.dedicated)
    {
      *kind = ML_WORKER_DEDICATED;
      *id = best;
    }
  else if (best == self->gc.dedicated)
    {
      *kind = ML_WORKER_FRACTIONAL;
      *id = 0;
    }
  else
    {
      *kind = ML_WORKER_IDLE;
      *id = best - self->gc.dedicated - 1;
    }
}

/* Consumes @ns of a background worker's CPU time; if it had less in hand, the wall clock
 * moves on (whoever asked for the unit waited for it). */
static void
spend (MlRuntime *self,
       guint      slot,
       guint64    ns)
{
  guint64 have = self->gc.budget[slot];

  if (have >= ns)
    ML_JOURNALED_SET (self, self->gc.budget[slot], have - ns);
  else
    {
      ML_JOURNALED_SET (self, self->gc.budget[slot], 0);
      ML_JOURNALED_SET (self, self->gc.now, self->gc.now + (ns - have));
    }
}

static void
note_worker (MlRuntime    *self,
             MlWorkerKind  kind,
             guint         id)
{
  if (self->gc.focus_worker == kind && self->gc.focus_worker_id == id)
    return;
  if (self->gc.focus_worker != ML_WORKER_NONE)
    ML_EVENT (self, ML_EVENT_WORKER_STOP, self->gc.focus_worker, self->gc.focus_worker_id, 0, 0, 0, 0);
  ML_JOURNALED_SET (self, self->gc.focus_worker, kind);
  ML_JOURNALED_SET (self, self->gc.focus_worker_id, id);
  if (kind != ML_WORKER_NONE)
    ML_EVENT (self, ML_EVENT_WORKER_START, kind, id, 0, 0, 0, 0);
}

/* Executes one unit of collector work by whoever's turn it is.  Returns FALSE when the
 * collector has nothing to do (phase off). */
gboolean
ml_runtime_gc_unit (MlRuntime *self)
{
  gboolean did = TRUE;

  g_return_val_if_fail (ML_IS_RUNTIME (self), FALSE);

  self->in_unit = TRUE;
  self->unit_ns = 0;

  switch ((MlGcPhase) self->gc.phase)
    {
    case ML_GC_SWEEP_TERMINATION:
      note_worker (self, ML_WORKER_STW, 0);
      sweep_termination (self);
      break;

    case ML_GC_MARK:
      {
        MlWorkerKind kind;
        guint slot, id;
        guint64 work = 0;

        pick_worker (self, &slot, &kind, &id);
        note_worker (self, kind, id);
        /* Batched units scan as much as the worker's CPU time in hand pays for, or
         * everything when the caller is waiting (runtime.GC). */
        if (mark_work (self, kind, id, G_MAXUINT64, self->collecting ? G_MAXUINT64 : self->gc.budget[slot], &work))
          {
            ML_JOURNALED_SET (self, self->gc.scan_work, self->gc.scan_work + work);
            ML_JOURNALED_SET (self, self->gc.bg_scan_credit, self->gc.bg_scan_credit + work);
            spend (self, slot, self->unit_ns);
            if (kind == ML_WORKER_IDLE)
              ML_JOURNALED_SET (self, self->gc.idle_ns, self->gc.idle_ns + self->unit_ns);
            else
              ML_JOURNALED_SET (self, self->gc.background_ns, self->gc.background_ns + self->unit_ns);
          }
        else
          {
            note_worker (self, ML_WORKER_STW, 0);
            mark_done (self);
          }
      }
      break;

    case ML_GC_MARK_TERMINATION:
      note_worker (self, ML_WORKER_STW, 0);
      mark_termination (self);
      break;

    case ML_GC_SWEEP:
      note_worker (self, ML_WORKER_SWEEPER, 0);
      if (!_ml_heap_sweep_one (self, ML_WORKER_SWEEPER, 0))
        {
          note_worker (self, ML_WORKER_NONE, 0);
          set_phase (self, ML_GC_OFF);
        }
      else
        spend (self, W_SWEEPER, self->unit_ns);
      break;

    case ML_GC_OFF:
    default:
      did = FALSE;
      break;
    }

  self->in_unit = FALSE;
  if (self->check_tricolour && self->gc.phase == ML_GC_MARK)
    _ml_referee_check_tricolour (self);
  return did;
}

/* The sandbox's "Trigger GC": starts a background cycle (the caller finishes the previous
 * sweep, then the world stops for sweep termination, the next unit).  Nothing happens if a
 * cycle is already running. */
void
ml_runtime_gc_start (MlRuntime *self)
{
  g_return_if_fail (ML_IS_RUNTIME (self));
  gc_start (self, ML_GC_TRIGGER_USER);
}

/* runtime.GC(): finish the cycle in progress, run a whole forced one, finish its sweep. */
void
ml_runtime_gc_collect (MlRuntime *self)
{
  g_return_if_fail (ML_IS_RUNTIME (self));

  self->collecting = TRUE;
  while (self->gc.phase == ML_GC_SWEEP_TERMINATION || self->gc.phase == ML_GC_MARK ||
         self->gc.phase == ML_GC_MARK_TERMINATION)
    ml_runtime_gc_unit (self);

  gc_start (self, ML_GC_TRIGGER_CYCLE);
  while (self->gc.phase != ML_GC_SWEEP && self->gc.phase != ML_GC_OFF)
    ml_runtime_gc_unit (self);
  self->collecting = FALSE;

  while (_ml_heap_sweep_one (self, ML_WORKER_MUTATOR, self->current_g))
    ;
  note_worker (self, ML_WORKER_NONE, 0);
  set_phase (self, ML_GC_OFF);
}

char *
ml_runtime_gctrace_line (MlRuntime *self,
                         guint      cycle)
{
  g_return_val_if_fail (ML_IS_RUNTIME (self), NULL);
  if (cycle == 0 || cycle > self->gc.numgc || cycle > self->cycle_records->len)
    return NULL;
  return format_trace (&g_array_index (self->cycle_records, MlCycleRecord, cycle - 1));
}

void
ml_runtime_read_memstats (MlRuntime  *self,
                          MlMemStats *out)
{
  const MlStats *st;
  guint64 heap_sys;
  guint64 other;

  g_return_if_fail (ML_IS_RUNTIME (self));
  g_return_if_fail (out != NULL);

  st = &self->stats;
  memset (out, 0, sizeof *out);
  {
    guint64 mallocs, frees, total, heap_alloc;

    _ml_stats_totals (self, &mallocs, &frees, &total, &heap_alloc);
    out->heap_alloc = heap_alloc;
    out->alloc = heap_alloc;
    out->total_alloc = total;
    out->mallocs = mallocs + st->tiny_allocs;
    out->frees = frees + st->tiny_allocs;
    out->heap_objects = mallocs - frees;
  }
  out->heap_inuse = st->heap_inuse_pages * ML_PAGE_SIZE;
  heap_sys = st->heap_sys_pages * ML_PAGE_SIZE;
  out->stack_inuse = st->stack_inuse;
  out->stack_sys = st->stack_inuse;
  out->heap_sys = heap_sys - st->stack_inuse;
  out->heap_idle = out->heap_sys - out->heap_inuse;
  out->heap_released = 0;
  other = globals_scan_size (self) + self->regions[ML_REGION_TEXT].used + self->regions[ML_REGION_RODATA].used;
  out->sys = out->heap_sys + out->stack_sys + other;
  out->next_gc = self->gc.heap_goal;
  out->last_gc = st->last_gc;
  out->pause_total_ns = st->pause_total;
  memcpy (out->pause_ns, st->pause_ns, sizeof out->pause_ns);
  memcpy (out->pause_end, st->pause_end, sizeof out->pause_end);
  out->num_gc = self->gc.numgc;
  out->num_forced_gc = self->gc.numforced;
  out->gc_cpu_fraction = self->gc.now ? (double) self->gc.gc_cpu_total / ((double) self->gc.now * self->gc.gomaxprocs) : 0;
  out->enable_gc = TRUE;
  for (guint c = 0; c < 61; c++)
    {
      out->by_size[c].size = ml_size_class_to_size (c);
      out->by_size[c].mallocs = st->by_size_mallocs[c];
      out->by_size[c].frees = st->by_size_frees[c];
    }
  /* Tiny allocations count as class-2 mallocs and frees, as ReadMemStats reports them. */
  out->by_size[ML_TINY_SIZE_CLASS].mallocs += st->tiny_allocs;
  out->by_size[ML_TINY_SIZE_CLASS].frees += st->tiny_allocs;
}
