/* ml-mark.c
 *
 * Copyright 2026 The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Marking (mgcmark.go, and Green Tea's mgcmark_greenteagc.go): shading objects grey, root jobs
 * (markroot), scanning grey objects black, flushing the write barrier's buffer, and the mark
 * assists that allocation pays its debt with.  Every mark unit of the collector (ml-gc.c) and
 * every step of an assist is one call of mark_work().
 *
 * Both ways follow Go 1.27's Green Tea collector: objects of 16 to 512 bytes are scanned span by
 * span.  Watched (events on or the tricolour referee on), a mark unit scans one grey object, so
 * each step can be drawn: shading such an object sets its mark bit ("seen") and puts its span
 * on a FIFO span queue kept in runtime state, and a span taken from the queue has its grey
 * objects scanned one per unit in address order.  Unwatched, a unit drains as much as the
 * worker's time pays for with a private copy of the same queues.
 */

#define G_LOG_DOMAIN "ml-mark"

#include "ml-gc-private.h"
#include "ml-heap-private.h"
#include "ml-stack-private.h"
#include "ml-roots-private.h"
#include "ml-event-private.h"
#include "ml-model-check.h"

#include <string.h>

#define OVER_ASSIST_WORK     (64 * 1024)
#define PREFETCH_DISTANCE    16
#define COST_GREY            5    /* ns per object a pointer marks (ml-pacer.c) */

/* Can units be batched?  Only when nobody watches them one by one: no events recorded and
 * no tricolour check after each. */
static inline gboolean
quiet (MlRuntime *self)
{
  return !self->events_on && !self->check_tricolour;
}

/* Whether the objects of a span are scanned span by span: gcUsesSpanInlineMarkBits. */
static inline gboolean
span_batched (guint64 elemsize)
{
  return elemsize >= 16 && elemsize <= 512;
}

/* Whether the grey objects of @s wait for their span on the span queue: a span of small
 * objects that have pointers, of a batched size (tryDeferToSpanScan). */
static inline gboolean
span_deferred (const MlSpan *s)
{
  return (s->spanclass >> 1) != 0 && !_ml_span_noscan (s) && span_batched (s->elemsize);
}

static inline guint64 *
spanq_bit_word (MlRuntime *self,
                guint64    sid)
{
  ml_word_vec_reserve (&self->spanq_bits, sid / 64 + 1);
  return ml_word_vec_at (&self->spanq_bits, sid / 64);
}

/* spanQueue.put, once per span: the span of @sid goes to the tail of the queue unless it is
 * on it already. */
static void
spanq_put (MlRuntime *self,
           guint64    sid)
{
  guint64 *word = spanq_bit_word (self, sid);
  guint64 bit = G_GUINT64_CONSTANT (1) << (sid % 64);

  if (*word & bit)
    return;
  ml_journal_set (&self->journal, word, *word | bit);
  ml_word_vec_push (&self->journal, &self->spanq, sid);
}

/* The next grey object of the span being scanned, in address order, taking the next span
 * from the queue when this one has none left and @dequeue says so.  The span leaves the queue before its objects
 * are scanned (spanInlineMarkBits.release), so an object of it shaded meanwhile queues it
 * again.  Returns the slot's address, 0 when the queue is empty. */
static guint64
spanq_next_object (MlRuntime *self,
                   gboolean   dequeue)
{
  for (;;)
    {
      if (self->spanq_current != 0)
        {
          MlSpan *s = _ml_span (self, self->spanq_current - 1);

          for (guint64 idx = self->spanq_cursor; idx < s->nelems; )
            {
              const MlSpanBits *b = &s->bits[idx / 64];
              guint64 grey = (b->mark & ~b->scan) >> (idx % 64);

              if (grey == 0)
                {
                  idx = (idx / 64 + 1) * 64;
                  continue;
                }
              idx += (guint64) __builtin_ctzll (grey);
              ML_JOURNALED_SET (self, self->spanq_cursor, idx + 1);
              return s->base + idx * s->elemsize;
            }
          ML_JOURNALED_SET (self, self->spanq_current, 0);
          ML_JOURNALED_SET (self, self->spanq_cursor, 0);
        }
      if (!dequeue || self->spanq_head >= self->spanq.len)
        return 0;
      {
        guint64 sid = *ml_word_vec_at (&self->spanq, self->spanq_head);
        guint64 *word = spanq_bit_word (self, sid);

        ml_journal_set (&self->journal, word, *word & ~(G_GUINT64_CONSTANT (1) << (sid % 64)));
        if (self->spanq_head + 1 == self->spanq.len)
          {
            /* Empty again: start from the front, so the queue's storage stays small. */
            ML_JOURNALED_SET (self, self->spanq_head, 0);
            ML_JOURNALED_SET (self, self->spanq.len, 0);
          }
        else
          ML_JOURNALED_SET (self, self->spanq_head, self->spanq_head + 1);
        ML_JOURNALED_SET (self, self->spanq_current, sid + 1);
        ML_JOURNALED_SET (self, self->spanq_cursor, 0);
      }
    }
}

/* Calls @func for each grey object waiting for its span: in the span being scanned (from its
 * cursor on) and in every queued span.  The referee counts them among the grey sources. */
void
_ml_mark_span_queue_grey (MlRuntime *self,
                          void     (*func) (MlRuntime *, MlSpan *, guint64, gpointer),
                          gpointer   user_data)
{
  for (guint64 i = self->spanq_head; i <= self->spanq.len; i++)
    {
      MlSpan *s;
      guint64 from = 0;

      if (i == self->spanq.len)
        {
          if (self->spanq_current == 0)
            break;
          s = _ml_span (self, self->spanq_current - 1);
          from = self->spanq_cursor;
        }
      else
        s = _ml_span (self, *ml_word_vec_at (&self->spanq, i));
      for (guint64 idx = from; idx < s->nelems; idx++)
        if (_ml_sbit (_ml_span_bits (s, idx)->mark, idx) && !_ml_sbit (_ml_span_bits (s, idx)->scan, idx))
          func (self, s, idx, user_data);
    }
}

/* The span queue for the snapshot: the queued span ids in order into @ids, the span being
 * scanned (id + 1, 0 for none) and the next slot its scan looks at. */
void
_ml_mark_span_queue (MlRuntime *self,
                     GArray    *ids,
                     guint64   *scanning,
                     guint64   *cursor)
{
  for (guint64 i = self->spanq_head; i < self->spanq.len; i++)
    g_array_append_val (ids, *ml_word_vec_at (&self->spanq, i));
  *scanning = self->spanq_current;
  *cursor = self->spanq_cursor;
}

/* Hands the span queue's grey objects to the work list and empties the queue: a quiet drain
 * that follows watched units keeps spans in a queue of its own. */
static void
spanq_hand_back (MlRuntime *self)
{
  guint64 slot;

  while ((slot = spanq_next_object (self, TRUE)) != 0)
    ml_word_vec_push (&self->journal, &self->work, slot);
}

/* greyobject: marks the object @ptr points into; grey (queued) if it has pointers, black
 * otherwise.  Returns TRUE if it was white.  Watched, a grey object of a batched span waits
 * for its span on the span queue (tryDeferToSpanScan). */
gboolean
_ml_mark_shade (MlRuntime    *self,
                guint64       ptr,
                guint64       from,
                MlWorkerKind  worker,
                guint         worker_id)
{
  MlSpan *s;
  guint64 idx;

  if (!_ml_heap_find_object (self, ptr, &s, &idx) || _ml_sbit (_ml_span_bits (s, idx)->mark, idx))
    return FALSE;

  _ml_sset (self, &_ml_span_bits (s, idx)->mark, idx);
  ML_JOURNALED_SET (self, self->gc.bytes_marked, self->gc.bytes_marked + s->elemsize);
  _ml_clock_charge (self, COST_GREY);
  if (_ml_span_noscan (s))
    _ml_sset (self, &_ml_span_bits (s, idx)->scan, idx);
  else if (span_deferred (s) && !quiet (self))
    spanq_put (self, s->id);
  else
    ml_word_vec_push (&self->journal, &self->work, s->base + idx * s->elemsize);
  ML_EVENT (self, ML_EVENT_SHADE, worker, worker_id, _ml_heap_slot_data (s, idx), from,
            _ml_span_noscan (s) ? ML_COLOUR_BLACK : ML_COLOUR_GREY, s->id);
  return TRUE;
}

/* gcmarknewobject: allocate-black. */
void
_ml_mark_new_object (MlRuntime *self,
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
    _ml_mark_shade (self, value, slot, ctx->worker, ctx->worker_id);
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

  ml_model_check (_ml_sbit (_ml_span_bits (s, idx)->mark, idx) && !_ml_sbit (_ml_span_bits (s, idx)->scan, idx));

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
                ML_EVENT (self, ML_EVENT_EDGE, worker, worker_id, data, v, field - data, 0);
              }
            _ml_mark_shade (self, v, field, worker, worker_id);
          }
    }
  ML_JOURNALED_SET (self, self->gc.heap_scan, self->gc.heap_scan + size);
  _ml_clock_charge (self, 20 + size / 8);
  return size;
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
        d->ns += COST_GREY;
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
  tid = _ml_heap_slot_type_id (s, idx);
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
    .fifo = self->drain_fifo,
    .cap = self->drain_fifo_cap,
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
          guint64 pe = arena->page_span[(off >> ML_PAGE_SHIFT) & (ML_ARENA_PAGES - 1)];
          MlSpan *s = drain_span (&d, ML_PAGE_ENTRY_SPAN_ID (pe));

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
          ml_word_vec_push (&self->journal, q,
                            s->base + (w * 64 + (guint64) __builtin_ctzll (grey)) * s->elemsize);
    }
  for (gsize i = d.tail; i > d.head; i--)
    ml_word_vec_push (&self->journal, q, d.fifo[i - 1]);
  self->drain_fifo = d.fifo;
  self->drain_fifo_cap = d.cap;
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
  _ml_clock_charge (self, ns);
  return scanned;
}

/* wbBufFlush: shades every pointer the write barrier recorded, then empties its buffer. */
void
_ml_mark_flush_barrier_buffer (MlRuntime    *self,
                               MlWorkerKind  worker,
                               guint         worker_id)
{
  guint64 n = self->wbbuf.len;

  for (guint64 i = 0; i + 1 < n; i += 2)
    _ml_mark_shade (self, *ml_word_vec_at (&self->wbbuf, i),
                  *ml_word_vec_at (&self->wbbuf, i + 1) & ~G_GUINT64_CONSTANT (1), worker, worker_id);
  ML_JOURNALED_SET (self, self->wbbuf.len, 0);
  ML_EVENT (self, ML_EVENT_WB_FLUSH, worker, worker_id, 0, 0, n / 2, 0);
  _ml_clock_charge (self, 100 + 10 * (n / 2));
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
  /* The runtime's own roots go with the first job; the views do not show them. */
  if (job == 0)
    _ml_clock_charge (self, _ml_pacer_runtime_roots_cost (self));
  if (job < self->gc.n_data_blocks + self->gc.n_bss_blocks)
    {
      guint64 from, to;
      MlRegionId region = _ml_roots_global_block (self, job, &from, &to);

      ML_EVENT (self, ML_EVENT_ROOT, worker, worker_id, from, to,
                region == ML_REGION_DATA ? ML_ROOT_DATA : ML_ROOT_BSS, 0);
      _ml_roots_globals (self, region, from, to, shade_root_cb, &ctx);
      work = to - from;
      _ml_clock_charge (self, 200 + work / 8);
    }
  else
    {
      guint64 goid = job - self->gc.n_data_blocks - self->gc.n_bss_blocks + 1;
      MlG *g = _ml_g (self, goid);

      if (g->status != 0)
        {
          ML_EVENT (self, ML_EVENT_ROOT, worker, worker_id, g->stack_hi, g->sp, ML_ROOT_STACK, goid);
          work = _ml_roots_stack (self, g, shade_root_cb, &ctx);
          ML_JOURNALED_SET (self, g->scanned_cycle, self->gc.cycles);
          ML_JOURNALED_SET (self, self->gc.stack_scan, self->gc.stack_scan + work);
          ML_JOURNALED_SET (self, self->gc.stacks_scanned, self->gc.stacks_scanned + 1);
          _ml_clock_charge (self, 300 + work / 8);
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

/* One piece of mark work: a root job, one grey object (the next of the span being scanned,
 * else the top of the work list, else the first of the next queued span; or, when quiet(),
 * grey objects worth up to @max_work bytes of scanning and @max_ns of cost-model time), or a
 * write-barrier flush.  Returns FALSE if there was none. */
static gboolean
mark_work (MlRuntime    *self,
           MlWorkerKind  worker,
           guint         worker_id,
           guint64       max_work,
           guint64       max_ns,
           guint64      *work)
{
  guint64 slot;

  if (self->gc.root_next < n_roots (self))
    {
      *work = mark_root (self, self->gc.root_next, worker, worker_id);
      return TRUE;
    }
  if (quiet (self))
    {
      /* Watched units may have left spans queued. */
      if (G_UNLIKELY (self->spanq_current != 0 || self->spanq_head < self->spanq.len))
        spanq_hand_back (self);
    }
  else if ((slot = spanq_next_object (self, FALSE)) != 0)
    {
      /* A span is scanned to its end before anything else (scanSpan). */
      *work = scan_object (self, slot, worker, worker_id);
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
  /* The work buffers are empty: the next span from the queue (tryGetSpan). */
  if (!quiet (self) && (slot = spanq_next_object (self, TRUE)) != 0)
    {
      *work = scan_object (self, slot, worker, worker_id);
      return TRUE;
    }
  if (self->wbbuf.len > 0)
    {
      _ml_mark_flush_barrier_buffer (self, worker, worker_id);
      *work = 0;
      return TRUE;
    }
  return FALSE;
}

/* One unit of a background mark worker: a root job, one grey object (or, unwatched, as many
 * as @max_ns of cost-model time pays for), or a write-barrier flush.  FALSE if there was no
 * mark work left. */
gboolean
_ml_mark_background_unit (MlRuntime    *self,
                          MlWorkerKind  worker,
                          guint         worker_id,
                          guint64       max_ns,
                          guint64      *work)
{
  return mark_work (self, worker, worker_id, G_MAXUINT64, max_ns, work);
}

/* gcAssistAlloc: pay an allocation debt with scan work, stealing background credit first. */
void
_ml_mark_assist (MlRuntime *self,
                 MlG       *g)
{
  gint64 debt = -(gint64) g->assist_bytes;
  guint64 awpb = _ml_pacer_assist_work_per_byte (self);
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
  ML_JOURNALED_SET (self, g->assist_bytes,
                    (guint64) ((gint64) g->assist_bytes + (gint64) ((steal + done) * 1000000 / awpb)));
  ML_JOURNALED_SET (self, self->gc.trace.assist_ns, self->gc.trace.assist_ns + (self->gc.now - t0));
  ML_EVENT (self, ML_EVENT_ASSIST, ML_WORKER_ASSIST, g->id, 0, (guint64) debt, done + steal, g->id);
}

