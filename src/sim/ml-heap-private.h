/* ml-heap-private.h
 *
 * Copyright 2026 The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The heap: spans and their slot bitmaps, the page table that maps an address to its span,
 * and the span sets of mheap, mcentral and mcache (ml-heap.c), which allocation (ml-malloc.c)
 * takes slots from.  The inline functions here are what the collector, the referee and
 * snapshots use to find an object and read its bits and type, on their hottest paths.
 */

#pragma once

#include "ml-runtime-private.h"
#include "ml-memory-private.h"
#include "ml-rtype-private.h"
#include "ml-size-class-private.h"

G_BEGIN_DECLS

/* A page-table entry says which span a page belongs to and enough about it (span class, the
 * page's index in the span) for the collector to find an object's slot without touching the
 * span struct, the way Go's heapArena.spans plus the size-class tables do. */
#define ML_PAGE_ENTRY(sid, spanclass, index, stack) \
  (((sid) + 1) | ((guint64) (spanclass) << 32) | ((guint64) (index) << 40) | ((guint64) (stack) << 63))
#define ML_PAGE_ENTRY_SPAN_ID(e)    (((e) & 0xffffffff) - 1)
#define ML_PAGE_ENTRY_SPANCLASS(e)  (((e) >> 32) & 0xff)
#define ML_PAGE_ENTRY_INDEX(e)      (((e) >> 40) & 0x7fffff)
#define ML_PAGE_ENTRY_STACK(e)      (((e) >> 63) & 1)
#define ML_NO_SPAN                  G_MAXUINT64

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

struct _MlSpan
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
};

G_STATIC_ASSERT (G_STRUCT_OFFSET (MlSpan, bits) == 128);
G_STATIC_ASSERT (sizeof (MlSpan) % 64 == 0);

#define ML_MIXED_TYPES G_MAXUINT64

#define ML_SPAN_CHUNK 256

/* One span class's spans that are not in the mcache. */
struct _MlCentral
{
  MlWordVec partial[2];       /* swept / unswept by sweepgen parity, as Go's spanSets */
  MlWordVec full[2];
};

void      _ml_heap_init            (MlRuntime   *self);
void      _ml_heap_finalize        (MlRuntime   *self);
guint64   _ml_heap_alloc_pages     (MlRuntime   *self,
                                    guint64      npages,
                                    MlSpanState  state,
                                    guint64      spanclass);
void      _ml_heap_free_span       (MlRuntime   *self,
                                    MlSpan      *s);
MlSpan   *_ml_heap_refill          (MlRuntime   *self,
                                    guint        sc);
void      _ml_heap_release_mcache  (MlRuntime   *self);

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

/* The allocated object @ptr points into: its span and slot.  FALSE if @ptr points at no
 * allocated heap object (a stack, a free slot, outside the heap). */
static inline gboolean
_ml_heap_find_object (MlRuntime *self,
                      guint64    ptr,
                      MlSpan   **out_span,
                      guint64   *out_idx)
{
  MlSpan *s = _ml_span_of (self, ptr);
  guint64 idx;

  if (s == NULL || s->state != ML_SPAN_IN_USE)
    return FALSE;
  idx = _ml_span_index (s, ptr);
  if (idx >= s->nelems || !_ml_sbit (_ml_span_bits (s, idx)->alloc, idx))
    return FALSE;
  *out_span = s;
  *out_idx = idx;
  return TRUE;
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

/* The type id of the object in slot @idx; 0 when no type is known. */
static inline guint64
_ml_heap_slot_type_id (const MlSpan *s,
                       guint64       idx)
{
  if (s->nelems == 1 && _ml_span_size_class (s) == 0)
    return s->large_type;
  if (s->single_type != ML_MIXED_TYPES)
    return s->single_type - 1;
  if (s->types == NULL)
    return 0;
  return (s->types[idx / 2] >> ((idx & 1) * 32)) & 0xffffffff;
}

static inline const MlRtype *
_ml_heap_slot_type (MlRuntime    *self,
                    const MlSpan *s,
                    guint64       idx)
{
  guint64 id = _ml_heap_slot_type_id (s, idx);

  return id ? _ml_rtype_registry_get_fast (self->types, id) : NULL;
}

/* One of span class @sc's span sets in mcentral: partial or full, swept or unswept this cycle.
 * The swept and unswept sets trade places every cycle, through the parity of sweepgen. */
static inline MlWordVec *
_ml_central_set (MlRuntime *self,
                 guint      sc,
                 gboolean   full,
                 gboolean   swept)
{
  guint k = (self->gc.sweepgen / 2) % 2;
  MlCentral *c = &self->central[sc];

  return full ? &c->full[swept ? k : 1 - k] : &c->partial[swept ? k : 1 - k];
}

/* Files @s in its class's swept or unswept sets: the partial one if it has a free slot, else
 * the full one. */
static inline void
_ml_central_push (MlRuntime *self,
                  MlSpan    *s,
                  gboolean   swept)
{
  gboolean full = !(s->alloc_count < s->nelems);

  ml_word_vec_push (&self->journal, _ml_central_set (self, s->spanclass, full, swept), s->id);
}

/* Takes an unswept span of class @sc from mcentral, a partial one first; NULL if none is left. */
static inline MlSpan *
_ml_central_take_unswept (MlRuntime *self,
                          guint      sc)
{
  MlWordVec *v = _ml_central_set (self, sc, FALSE, FALSE);

  if (v->len == 0)
    v = _ml_central_set (self, sc, TRUE, FALSE);
  if (v->len == 0)
    return NULL;
  return _ml_span (self, ml_word_vec_pop (&self->journal, v));
}

G_END_DECLS
