/* ml-snapshot.c
 *
 * Copyright 2026 The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * MlSnapshot: an immutable copy of what the views draw, made on the engine thread and handed
 * to the main thread.  It is a g_atomic_rc_box, so either thread may drop the last reference.
 * Spans carry their slot states as four bitmaps (allocated, marked, scanned, freed by this
 * cycle's sweep), so the spans view of a million objects costs a few hundred bytes per span;
 * objects and edges are only collected when ML_SNAPSHOT_OBJECTS is asked for.
 */

#define G_LOG_DOMAIN "ml-snapshot"

#include "ml-memory-private.h"
#include "ml-heap-private.h"
#include "ml-stack-private.h"
#include "ml-gc-private.h"
#include "ml-roots-private.h"
#include "ml-rc-box-private.h"
#include "ml-snapshot-private.h"

#include <string.h>

static void
snapshot_clear (gpointer data)
{
  MlSnapshot *self = data;
  /* The plain arrays the snapshot owns, as ml_runtime_snapshot() made them. */
  gpointer arrays[] = {
    self->segments, self->goroutines, self->frames, self->slots, self->globals, self->strings,
    self->symbols,
    self->objects, self->edges, self->freed_edges, self->spans, self->bitmaps, self->span_queue, self->values, self->events,
    self->runtime_roots, self->wb_buffer,
    self->maps, self->map_tables, self->map_entries, self->map_ctrls,
  };

  for (guint i = 0; i < G_N_ELEMENTS (arrays); i++)
    g_free (arrays[i]);
  g_strfreev (self->gctrace);
  g_clear_pointer (&self->strings_chunk, g_string_chunk_free);
  g_clear_pointer (&self->types, ml_rtype_registry_unref);
}

ML_DEFINE_ATOMIC_RC_BOXED_TYPE (MlSnapshot, ml_snapshot, snapshot_clear)

MlColour
ml_snapshot_span_slot_colour (const MlSnapshot *self,
                              guint             span,
                              guint             slot)
{
  const MlSnapSpan *s;
  const guint64 *b;
  guint64 w, m;

  g_return_val_if_fail (self != NULL, ML_COLOUR_FREE);
  g_return_val_if_fail (span < self->n_spans, ML_COLOUR_FREE);

  s = &self->spans[span];
  g_return_val_if_fail (slot < s->nelems, ML_COLOUR_FREE);
  if (s->bitmap_words == 0)
    return ML_COLOUR_FREE;
  b = self->bitmaps + s->bits;
  w = slot / 64;
  m = G_GUINT64_CONSTANT (1) << (slot % 64);
  if (b[w] & m)
    {
      if (!(b[s->bitmap_words + w] & m))
        return ML_COLOUR_WHITE;
      return (b[2 * s->bitmap_words + w] & m) ? ML_COLOUR_BLACK : ML_COLOUR_GREY;
    }
  return (b[3 * s->bitmap_words + w] & m) ? ML_COLOUR_FREED : ML_COLOUR_FREE;
}

static guint64
object_start (const MlSnapObject *o)
{
  return o->addr - ((o->flags & ML_OBJECT_HEADER) ? ML_MALLOC_HEADER_SIZE : 0);
}

gint64
ml_snapshot_find_object (const MlSnapshot *self,
                         guint64           addr)
{
  guint lo = 0, hi;

  g_return_val_if_fail (self != NULL, -1);

  hi = self->n_objects;
  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;

      if (object_start (&self->objects[mid]) <= addr)
        lo = mid + 1;
      else
        hi = mid;
    }
  if (lo == 0)
    return -1;
  lo--;
  if (addr < object_start (&self->objects[lo]) + self->objects[lo].size &&
      self->objects[lo].colour != ML_COLOUR_FREED)
    return lo;
  return -1;
}

const MlSnapSlot *
ml_snapshot_find_global (const MlSnapshot *self,
                         const char       *name)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (name != NULL, NULL);

  for (guint i = 0; i < self->n_globals; i++)
    if (strcmp (self->globals[i].name, name) == 0)
      return &self->globals[i];
  return NULL;
}

/* The map whose header is at @header, or NULL. */
const MlSnapMap *
ml_snapshot_find_map (const MlSnapshot *self,
                      guint64           header)
{
  g_return_val_if_fail (self != NULL, NULL);

  for (guint i = 0; i < self->n_maps; i++)
    if (self->maps[i].header == header)
      return &self->maps[i];
  return NULL;
}

static gint
string_cmp (gconstpointer a,
            gconstpointer b)
{
  const MlSnapString *x = a, *y = b;

  return x->addr < y->addr ? -1 : x->addr > y->addr;
}

static gint
span_cmp (gconstpointer a,
          gconstpointer b)
{
  guint64 x = (*(MlSpan * const *) a)->base;
  guint64 y = (*(MlSpan * const *) b)->base;

  return x < y ? -1 : x > y;
}

/* Hands @array's elements over to the snapshot: their count in *@n, the storage returned. */
static gpointer
take_array (GArray *array,
            guint  *n)
{
  *n = array->len;
  return g_array_free (array, FALSE);
}

/* Where the object of each slot of a span is in the snapshot (-1 for free slots), by span
 * struct id, so that an edge's target is found from its page entry without searching. */
typedef struct
{
  guint64 *slot_base;         /* first entry of each span struct's slots in slot_obj */
  gint32  *slot_obj;
} SlotIndex;

static MlSnapSlot
make_slot (Builder       *b,
           const char    *name,
           const MlRtype  *type,
           guint64        addr,
           MlSegmentKind  segment)
{
  MlSnapSlot slot = { 0 };
  gsize n = type->size;
  guint8 *buf = g_alloca (MIN (n, 4096) + 1);

  slot.name = name;
  slot.type = type;
  slot.addr = addr;
  slot.segment = segment;
  slot.target = -1;
  slot.value_offset = b->values->len;
  /* Values bigger than 4 KiB (large arrays in frames) are cut; the views show a prefix. */
  n = MIN (n, 4096);
  ml_runtime_read (b->rt, addr, buf, n);
  g_byte_array_append (b->values, buf, n);
  return slot;
}

static void
resolve_target (MlSnapshot *snap,
                MlSnapSlot *slot)
{
  guint64 v;

  if (!slot->type->has_pointers || snap->n_objects == 0)
    return;
  for (guint64 w = 0; w < slot->type->n_words && w * 8 + 8 <= MIN (slot->type->size, 4096); w++)
    if (ml_rtype_word_is_pointer (slot->type, w))
      {
        memcpy (&v, snap->values + slot->value_offset + w * 8, 8);
        if (v != 0)
          {
            slot->target = ml_snapshot_find_object (snap, v);
            return;
          }
      }
}

static void
add_segment (GArray        *segs,
             const char    *name,
             MlSegmentKind  kind,
             guint64        start,
             guint64        size,
             guint64        used)
{
  MlSnapSegment seg = { name, kind, start, size, used };

  g_array_append_val (segs, seg);
}

/* The collector's state, MemStats and the pacer, the GC focus. */
static void
snapshot_state (MlRuntime  *self,
                MlSnapshot *snap)
{
  snap->step = self->step;
  snap->phase = self->gc.phase;
  snap->cycle = self->gc.cycles;
  snap->growslices = self->stats.growslices;
  snap->growslice_bytes = self->stats.growslice_bytes;
  snap->world_stopped = self->gc.world_stopped != 0;
  snap->write_barrier_switch = self->gc.wb_switch != 0;
  snap->write_barrier_enabled = snap->write_barrier_switch && _ml_gc_marking (&self->gc);
  ml_runtime_read_memstats (self, &snap->stats);
  ml_runtime_read_pacer (self, &snap->pacer);
  snap->focus.object = self->gc.focus_obj;
  snap->focus.edge_from = self->gc.focus_from;
  snap->focus.edge_to = self->gc.focus_to;
  snap->focus.worker = self->gc.focus_worker;
  snap->focus.worker_id = self->gc.focus_worker_id;
}

/* The segments of the program image and the heap (goroutine stacks come with the roots), and
 * the live spans in address order. */
static void
collect_segments_and_spans (Builder *b)
{
  MlRuntime *self = b->rt;

  for (guint r = 0; r < ML_N_REGIONS; r++)
    {
      const MlRegion *reg = &self->regions[r];

      add_segment (b->segs, reg->name, (MlSegmentKind) r, reg->base, _ml_region_mapped_size (reg), reg->used);
    }
  add_segment (b->segs, "heap", ML_SEGMENT_HEAP, ML_ARENA_BASE, self->narenas << ML_ARENA_SHIFT,
               self->stats.heap_inuse_pages * ML_PAGE_SIZE);

  for (guint64 id = 0; id < self->nspan_structs; id++)
    {
      MlSpan *s = _ml_span (self, id);

      if (s->state != ML_SPAN_DEAD)
        g_ptr_array_add (b->spans, s);
    }
  g_ptr_array_sort (b->spans, span_cmp);
}

static int
span_start_cmp (gconstpointer key,
                gconstpointer elem)
{
  guint64 start = *(const guint64 *) key;
  const MlSnapSpan *sp = elem;

  return start < sp->start ? -1 : start > sp->start;
}

/* The index in the snapshot of span @s, -1 if it is not there. */
static gint
snapshot_span_index (const MlSnapshot *snap,
                     MlSpan           *s)
{
  const MlSnapSpan *found = bsearch (&s->base, snap->spans, snap->n_spans, sizeof (MlSnapSpan), span_start_cmp);

  return found != NULL ? (gint) (found - snap->spans) : -1;
}

/* Green Tea's span queue, in order, and the span being scanned. */
static void
snapshot_span_queue (Builder *b)
{
  MlSnapshot *snap = b->snap;
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (guint64));
  guint64 scanning, cursor;

  for (guint i = 0; i < snap->n_spans; i++)
    snap->spans[i].queue_pos = -1;
  _ml_mark_span_queue (b->rt, ids, &scanning, &cursor);
  snap->span_queue = g_new (guint, MAX (ids->len, 1));
  for (guint i = 0; i < ids->len; i++)
    {
      gint idx = snapshot_span_index (snap, _ml_span (b->rt, g_array_index (ids, guint64, i)));

      if (idx < 0)
        continue;
      snap->spans[idx].queue_pos = (gint) snap->n_span_queue;
      snap->span_queue[snap->n_span_queue++] = (guint) idx;
    }
  snap->scanning_span = scanning != 0 ? snapshot_span_index (snap, _ml_span (b->rt, scanning - 1)) : -1;
  snap->scanning_cursor = snap->scanning_span >= 0 ? (guint) cursor : 0;
}

/* Every live span, with its four slot bitmaps one after the other. */
static void
snapshot_spans (Builder *b)
{
  MlRuntime *self = b->rt;
  MlSnapshot *snap = b->snap;
  GPtrArray *spans = b->spans;
  gsize words = 0;

  snap->n_spans = spans->len;
  snap->spans = g_new0 (MlSnapSpan, MAX (spans->len, 1));
  for (guint i = 0; i < spans->len; i++)
    {
      MlSpan *s = spans->pdata[i];
      MlSnapSpan *out = &snap->spans[i];

      out->start = s->base;
      out->npages = s->npages;
      out->size_class = _ml_span_size_class (s);
      out->kind = s->state == ML_SPAN_STACK ? ML_SPAN_KIND_STACK :
                  out->size_class == 0 ? ML_SPAN_KIND_LARGE : ML_SPAN_KIND_SMALL;
      out->noscan = _ml_span_noscan (s);
      out->nelems = s->state == ML_SPAN_STACK ? 0 : s->nelems;
      out->elemsize = s->elemsize;
      out->needs_sweep = s->sweepgen == self->gc.sweepgen - 2 || s->sweepgen == self->gc.sweepgen + 1;
      out->bitmap_words = s->state == ML_SPAN_STACK ? 0 : (s->nelems + 63) / 64;
      out->bits = words;
      words += 4 * out->bitmap_words;
    }
  snap->bitmaps = g_new0 (guint64, MAX (words, 1));
  snap->n_bitmap_words = words;
  for (guint i = 0; i < spans->len; i++)
    {
      MlSpan *s = spans->pdata[i];
      MlSnapSpan *out = &snap->spans[i];
      guint64 *dst = snap->bitmaps + out->bits;
      guint n = out->bitmap_words;

      for (guint w = 0; w < n; w++)
        {
          dst[w] = s->bits[w].alloc;
          dst[n + w] = s->bits[w].mark;
          dst[2 * n + w] = s->bits[w].scan;
          dst[3 * n + w] = s->bits[w].freed;
        }
    }
  snapshot_span_queue (b);
}

/* The object in slot @idx of @s, the @span_index-th span of the snapshot, allocated or freed
 * by this cycle's sweep; with its bytes while the snapshot's budget for them lasts. */
static MlSnapObject
make_object (Builder *b,
             MlSpan  *s,
             guint    span_index,
             guint64  idx)
{
  const MlSpanBits *sb = _ml_span_bits (s, idx);
  guint64 bit = G_GUINT64_CONSTANT (1) << (idx & 63);
  gboolean noscan = _ml_span_noscan (s);
  gboolean header = _ml_span_has_header (s);
  guint size_class = _ml_span_size_class (s);
  gboolean tiny_span = size_class == ML_TINY_SIZE_CLASS && noscan;
  MlSnapObject o;

  if (sb->alloc & bit)
    o.colour = !(sb->mark & bit) ? ML_COLOUR_WHITE :
               (sb->scan & bit) ? ML_COLOUR_BLACK : ML_COLOUR_GREY;
  else
    o.colour = ML_COLOUR_FREED;
  o.addr = s->base + idx * s->elemsize + (header ? ML_MALLOC_HEADER_SIZE : 0);
  o.size = s->elemsize;
  o.type = _ml_heap_slot_type (b->rt, s, idx);
  o.span = span_index;
  o.size_class = size_class;
  o.flags = (noscan ? ML_OBJECT_NOSCAN : 0) | (size_class == 0 ? ML_OBJECT_LARGE : 0) |
            (header ? ML_OBJECT_HEADER : 0) |
            (tiny_span && o.type == NULL ? ML_OBJECT_TINY : 0);
  o.first_edge = 0;
  o.n_edges = 0;
  o.value_offset = 0;
  o.value_size = 0;
  o.map = 0;
  if (o.colour != ML_COLOUR_FREED)
    {
      guint64 bytes = MIN (s->base + (idx + 1) * s->elemsize - o.addr, ML_SNAPSHOT_OBJECT_BYTES);

      /* The object's bytes, so that the views can print its value. */
      if (b->values->len + bytes <= ML_SNAPSHOT_OBJECT_BYTES_TOTAL)
        {
          guint8 buf[ML_SNAPSHOT_OBJECT_BYTES];

          ml_runtime_read (b->rt, o.addr, buf, bytes);
          o.value_offset = b->values->len;
          o.value_size = (guint32) bytes;
          g_byte_array_append (b->values, buf, bytes);
        }
    }
  return o;
}

/* Every object of the in-use spans, in address order, and where each slot's object is. */
static void
snapshot_objects (Builder   *b,
                  SlotIndex *index)
{
  MlRuntime *self = b->rt;
  GPtrArray *spans = b->spans;
  GArray *objects;
  guint64 nslots = 0;
  guint64 nlisted = 0;

  index->slot_base = g_new0 (guint64, self->nspan_structs + 1);
  for (guint i = 0; i < spans->len; i++)
    {
      MlSpan *s = spans->pdata[i];

      if (s->state != ML_SPAN_IN_USE)
        continue;
      index->slot_base[s->id] = nslots;
      nslots += s->nelems;
      for (guint w = 0; w < ML_BITMAP_WORDS; w++)
        nlisted += (guint64) __builtin_popcountll (s->bits[w].alloc | s->bits[w].freed);
    }
  objects = g_array_sized_new (FALSE, FALSE, sizeof (MlSnapObject), nlisted);
  index->slot_obj = g_new (gint32, MAX (nslots, 1));

  for (guint i = 0; i < spans->len; i++)
    {
      MlSpan *s = spans->pdata[i];

      if (s->state != ML_SPAN_IN_USE)
        continue;
      for (guint64 idx = 0; idx < s->nelems; idx++)
        {
          const MlSpanBits *sb = _ml_span_bits (s, idx);
          guint64 bit = G_GUINT64_CONSTANT (1) << (idx & 63);
          MlSnapObject o;

          index->slot_obj[index->slot_base[s->id] + idx] = -1;
          if (!((sb->alloc | sb->freed) & bit))
            continue;
          o = make_object (b, s, i, idx);
          if (o.colour != ML_COLOUR_FREED)
            index->slot_obj[index->slot_base[s->id] + idx] = objects->len;
          g_array_append_val (objects, o);
        }
    }
  b->snap->objects = take_array (objects, &b->snap->n_objects);
}

/* The object of @snap, freed or not, whose slot holds @addr, or -1. */
static gint64
find_any_object (const MlSnapshot *snap,
                 guint64           addr)
{
  guint lo = 0, hi = snap->n_objects;

  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;

      if (object_start (&snap->objects[mid]) <= addr)
        lo = mid + 1;
      else
        hi = mid;
    }
  if (lo == 0 || addr >= object_start (&snap->objects[lo - 1]) + snap->objects[lo - 1].size)
    return -1;

  return lo - 1;
}

/* The pointers freed object @i still holds, to objects of the snapshot (those the same sweep
 * freed, or live ones). */
static void
snapshot_freed_edges (Builder *b,
                      guint    i,
                      guint64  size,
                      GArray  *out)
{
  const MlSnapObject *o = &b->snap->objects[i];
  const MlRtype *t = o->type;

  for (guint64 r = 0; r < size / t->size; r++)
    for (guint64 w = 0; w < t->n_words; w++)
      if ((t->ptrmask[w >> 6] >> (w & 63)) & 1)
        {
          guint64 off = r * t->size + w * 8;
          guint64 v = _ml_load (b->rt, o->addr + off);
          MlSnapEdge e = { i, off, v, -1 };

          if (v == 0 || (e.to = find_any_object (b->snap, v)) < 0)
            continue;
          g_array_append_val (out, e);
        }
}

/* Every pointer in a live object: an edge, to the object it points into when there is one. */
static void
snapshot_edges (Builder         *b,
                const SlotIndex *index)
{
  MlRuntime *self = b->rt;
  MlSnapshot *snap = b->snap;
  GArray *edges = g_array_sized_new (FALSE, FALSE, sizeof (MlSnapEdge), snap->n_objects * 2);
  GArray *freed = g_array_new (FALSE, FALSE, sizeof (MlSnapEdge));

  for (guint i = 0; i < snap->n_objects; i++)
    {
      MlSnapObject *o = &snap->objects[i];
      const MlRtype *t = o->type;
      guint64 size;

      o->first_edge = edges->len;
      if (t == NULL || !t->has_pointers || t->size == 0)
        continue;
      size = object_start (o) + o->size - o->addr;
      if (o->colour == ML_COLOUR_FREED)
        {
          snapshot_freed_edges (b, i, size, freed);
          continue;
        }
      for (guint64 r = 0; r < size / t->size; r++)
        for (guint64 w = 0; w < t->n_words; w++)
          if ((t->ptrmask[w >> 6] >> (w & 63)) & 1)
            {
              guint64 off = r * t->size + w * 8;
              guint64 v = _ml_load (self, o->addr + off);
              MlSpan *ts;
              guint64 tidx;
              MlSnapEdge e;

              if (v == 0)
                continue;
              e.from = i;
              e.offset = off;
              e.target = v;
              e.to = -1;
              if (_ml_heap_find_object (self, v, &ts, &tidx))
                e.to = index->slot_obj[index->slot_base[ts->id] + tidx];
              g_array_append_val (edges, e);
            }
      o->n_edges = edges->len - o->first_edge;
    }
  snap->edges = take_array (edges, &snap->n_edges);
  snap->freed_edges = take_array (freed, &snap->n_freed_edges);
}

/* One frame of goroutine @goid at @fp, its slots appended to the builder's. */
static MlSnapFrame
make_frame (Builder *b,
            guint64  goid,
            guint64  depth,
            guint64  fp)
{
  MlSnapshot *snap = b->snap;
  const MlFrameLayout *layout = _ml_stack_frame_layout (b->rt, fp);
  MlSnapFrame f = { 0 };
  MlStackMap map;

  _ml_roots_frame_map (b->rt, goid, depth, fp, &map);

  /* Names are copied: the snapshot may outlive the runtime and its layouts. */
  f.function = g_string_chunk_insert_const (snap->strings_chunk, layout->function);
  f.goroutine = goid;
  f.base = fp + ML_FRAME_HEADER;
  f.size = layout->size;
  f.first_slot = b->slots->len;
  for (guint s = 0; s < layout->slots->len; s++)
    {
      const MlFrameSlot *fs = &g_array_index (layout->slots, MlFrameSlot, s);
      MlSnapSlot slot = make_slot (b, g_string_chunk_insert_const (snap->strings_chunk, fs->name),
                                   fs->type, f.base + fs->offset, ML_SEGMENT_STACK);

      slot.kind = fs->kind;
      /* A slot with pointer words none of which is live is dead: the views fade it. */
      if (map.live != NULL && fs->type != NULL && fs->type->has_pointers)
        {
          gboolean any = FALSE;

          for (guint64 w = fs->offset / 8; w < (fs->offset + fs->type->size + 7) / 8; w++)
            if ((map.live[w / 64] >> (w % 64)) & 1)
              any = TRUE;
          slot.dead = !any;
          slot.dead_after = slot.dead && map.dead_after != NULL ? map.dead_after[s] : 0;
        }

      g_array_append_val (b->slots, slot);
    }
  f.n_slots = b->slots->len - f.first_slot;
  return f;
}

/* Every live goroutine, its stack as a segment, its frames innermost first. */
static void
snapshot_goroutines (Builder *b)
{
  MlRuntime *self = b->rt;
  MlSnapshot *snap = b->snap;
  GArray *gs = g_array_new (FALSE, TRUE, sizeof (MlSnapGoroutine));
  GArray *frames = g_array_new (FALSE, TRUE, sizeof (MlSnapFrame));

  for (guint64 id = 1; id <= self->ngoroutines; id++)
    {
      MlG *g = _ml_g (self, id);
      MlSnapGoroutine sg = { 0 };

      if (g->status == 0)
        continue;
      sg.id = id;
      sg.stack_lo = g->stack_lo;
      sg.stack_hi = g->stack_hi;
      sg.sp = g->sp;
      sg.scanned = self->gc.phase == ML_GC_MARK && g->scanned_cycle == self->gc.cycles;
      sg.current = id == self->current_g;
      sg.first_frame = frames->len;
      add_segment (b->segs,
                   g_string_chunk_insert (snap->strings_chunk, id == 1 ? "stack (main goroutine)" : "stack"),
                   ML_SEGMENT_STACK, g->stack_lo, g->stack_hi - g->stack_lo, g->stack_hi - g->sp);
      guint64 depth = 0;

      for (guint64 fp = g->top_frame; fp != 0; fp = _ml_stack_frame_caller (self, fp), depth++)
        {
          MlSnapFrame f = make_frame (b, id, depth, fp);

          g_array_append_val (frames, f);
        }
      sg.n_frames = frames->len - sg.first_frame;
      g_array_append_val (gs, sg);
    }
  snap->goroutines = take_array (gs, &snap->n_goroutines);
  snap->frames = take_array (frames, &snap->n_frames);
}

/* A heap pointer the runtime keeps in @value, among the snapshot's runtime roots. */
static void
add_runtime_root (MlRuntime *self,
                  GArray    *roots,
                  guint64    value)
{
  MlSpan *s;
  guint64 idx;

  if (value != 0 && _ml_heap_find_object (self, value, &s, &idx))
    g_array_append_val (roots, value);
}

/* The program's package variables; the runtime's own are left out, but what they point at
 * on the heap, and each goroutine's deferred calls, are its roots. */
static void
snapshot_globals (Builder *b)
{
  MlRuntime *self = b->rt;
  MlSnapshot *snap = b->snap;
  GArray *globals = g_array_new (FALSE, TRUE, sizeof (MlSnapSlot));
  GArray *roots = g_array_new (FALSE, TRUE, sizeof (guint64));

  for (guint64 id = 1; id <= self->ngoroutines; id++)
    if (_ml_g (self, id)->status != 0)
      add_runtime_root (self, roots, _ml_g (self, id)->defer_head);
  for (guint64 i = 0; i < self->nglobals; i++)
    {
      const MlGlobal *glob = &g_array_index (self->globals, MlGlobal, i);
      MlSnapSlot slot;

      if (g_str_has_prefix (glob->name, "runtime."))
        {
          for (guint64 w = 0; glob->type->has_pointers && w < glob->type->n_words; w++)
            if (ml_rtype_word_is_pointer (glob->type, w))
              add_runtime_root (self, roots, _ml_load (self, glob->addr + w * 8));
          continue;
        }
      slot = make_slot (b, g_string_chunk_insert_const (snap->strings_chunk, glob->name),
                        glob->type, glob->addr,
                        glob->region == ML_REGION_DATA ? ML_SEGMENT_DATA : ML_SEGMENT_BSS);
      g_array_append_val (globals, slot);
    }
  snap->globals = take_array (globals, &snap->n_globals);
  snap->runtime_roots = take_array (roots, &snap->n_runtime_roots);
}

/* The string literals in rodata. */
static void
snapshot_strings (MlRuntime  *self,
                  MlSnapshot *snap)
{
  GArray *strs = g_array_new (FALSE, TRUE, sizeof (MlSnapString));
  GHashTableIter iter;
  gpointer key, value;

  g_hash_table_iter_init (&iter, self->strings);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      gsize len;
      const char *data = g_bytes_get_data (key, &len);
      MlSnapString s;

      s.addr = GPOINTER_TO_SIZE (value);
      s.len = len;
      s.text = g_string_chunk_insert_len (snap->strings_chunk, data, len);
      g_array_append_val (strs, s);
    }

  /* In address order, so that views lay rodata out the same way every time. */
  g_array_sort (strs, string_cmp);
  snap->strings = take_array (strs, &snap->n_strings);
}

/* The runtime's data in rodata, in address order (the order they were added in). */
static void
snapshot_symbols (MlRuntime  *self,
                  MlSnapshot *snap)
{
  guint n = self->rodata_symbols->len;

  snap->n_symbols = n;
  snap->symbols = g_new0 (MlSnapSymbol, MAX (n, 1));
  for (guint i = 0; i < n; i++)
    {
      const MlFunction *s = &g_array_index (self->rodata_symbols, MlFunction, i);

      snap->symbols[i].addr = s->addr;
      snap->symbols[i].size = s->size;
      snap->symbols[i].name = g_string_chunk_insert_const (snap->strings_chunk, s->name);
    }
}

/* This step's events and the gctrace line of every cycle so far. */
static void
snapshot_events_and_gctrace (MlRuntime  *self,
                             MlSnapshot *snap)
{
  guint n;
  const MlEvent *ev = ml_runtime_get_events (self, &n);

  snap->n_events = n;
  snap->events = n ? g_memdup2 (ev, n * sizeof (MlEvent)) : NULL;

  snap->n_gctrace = MIN (self->gc.numgc, self->cycle_records->len);
  snap->gctrace = g_new0 (char *, snap->n_gctrace + 1);
  for (guint i = 0; i < snap->n_gctrace; i++)
    snap->gctrace[i] = _ml_gc_format_cycle (&g_array_index (self->cycle_records, MlCycleRecord, i));
}

/* The pointers the write barrier has recorded and marking has not shaded yet (wbBuf): an
 * object there is still white, and the views say why it will not be lost. */
static void
snapshot_barrier_buffer (MlRuntime  *self,
                         MlSnapshot *snap)
{
  guint64 n = self->wbbuf.len / 2;

  if (n == 0)
    return;
  snap->wb_buffer = g_new (guint64, n);
  snap->n_wb_buffer = (guint) n;
  for (guint64 i = 0; i < n; i++)
    snap->wb_buffer[i] = *ml_word_vec_at (&self->wbbuf, 2 * i);
}

/* Copies what @flags ask for into a new immutable snapshot (see ml-snapshot.h); call it on
 * the engine thread after ml_runtime_end_step(), hand the result to any thread. */
MlSnapshot *
ml_runtime_snapshot (MlRuntime       *self,
                     MlSnapshotFlags  flags)
{
  MlSnapshot *snap;
  Builder b;

  g_return_val_if_fail (ML_IS_RUNTIME (self), NULL);

  snap = g_atomic_rc_box_new0 (MlSnapshot);
  snap->types = ml_rtype_registry_ref (self->types);
  snap->strings_chunk = g_string_chunk_new (1024);
  snap->scanning_span = -1;
  b.rt = self;
  b.snap = snap;
  b.segs = g_array_new (FALSE, TRUE, sizeof (MlSnapSegment));
  b.spans = g_ptr_array_new ();
  b.slots = g_array_new (FALSE, TRUE, sizeof (MlSnapSlot));
  b.values = g_byte_array_new ();

  snapshot_state (self, snap);
  collect_segments_and_spans (&b);
  if (flags & (ML_SNAPSHOT_SPANS | ML_SNAPSHOT_OBJECTS))
    snapshot_spans (&b);
  if (flags & ML_SNAPSHOT_OBJECTS)
    {
      SlotIndex index;

      snapshot_objects (&b, &index);
      snapshot_edges (&b, &index);
      g_free (index.slot_base);
      g_free (index.slot_obj);
    }
  if (flags & ML_SNAPSHOT_ROOTS)
    {
      snapshot_goroutines (&b);
      snapshot_globals (&b);
      snapshot_strings (self, snap);
      snapshot_symbols (self, snap);
    }
  if (flags & ML_SNAPSHOT_OBJECTS)
    _ml_snapshot_maps (&b);
  snap->slots = take_array (b.slots, &snap->n_slots);
  snap->n_values = b.values->len;
  snap->values = g_byte_array_free (b.values, FALSE);
  for (guint i = 0; i < snap->n_slots; i++)
    resolve_target (snap, &snap->slots[i]);
  for (guint i = 0; i < snap->n_globals; i++)
    resolve_target (snap, &snap->globals[i]);
  snap->segments = take_array (b.segs, &snap->n_segments);
  snapshot_events_and_gctrace (self, snap);
  snapshot_barrier_buffer (self, snap);

  g_ptr_array_unref (b.spans);
  return snap;
}
