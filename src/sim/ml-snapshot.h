/* ml-snapshot.h
 *
 * Copyright 2026 The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * MlSnapshot, the immutable picture of the runtime that the views draw: plain arrays made on
 * the engine thread by ml_runtime_snapshot() and read on any thread.
 */

#pragma once

#include <glib-object.h>

#include "ml-event.h"
#include "ml-rtype.h"

G_BEGIN_DECLS

typedef enum
{
  ML_SNAPSHOT_SPANS   = 1 << 0,   /* spans with per-slot colour bitmaps (cheap at any size) */
  ML_SNAPSHOT_OBJECTS = 1 << 1,   /* every heap object and every pointer edge */
  ML_SNAPSHOT_ROOTS   = 1 << 2,   /* goroutines, frames, slots, globals, rodata strings */
  ML_SNAPSHOT_ALL     = 0x7,
} MlSnapshotFlags;

typedef enum
{
  ML_COLOUR_FREE,    /* an unallocated slot */
  ML_COLOUR_WHITE,
  ML_COLOUR_GREY,
  ML_COLOUR_BLACK,
  ML_COLOUR_FREED,   /* freed by the sweep of this cycle (the views fade it out) */
} MlColour;

typedef enum
{
  ML_SEGMENT_TEXT,
  ML_SEGMENT_RODATA,
  ML_SEGMENT_DATA,
  ML_SEGMENT_BSS,
  ML_SEGMENT_HEAP,
  ML_SEGMENT_STACK,
} MlSegmentKind;

typedef enum
{
  ML_SPAN_KIND_SMALL,
  ML_SPAN_KIND_LARGE,
  ML_SPAN_KIND_STACK,
} MlSpanKind;

/* runtime.MemStats (go-runtime.md section 11), the fields MemLab shows. */
typedef struct
{
  guint64 alloc;
  guint64 total_alloc;
  guint64 sys;
  guint64 mallocs;
  guint64 frees;
  guint64 heap_alloc;
  guint64 heap_sys;
  guint64 heap_idle;
  guint64 heap_inuse;
  guint64 heap_released;
  guint64 heap_objects;
  guint64 stack_inuse;
  guint64 stack_sys;
  guint64 mspan_inuse;
  guint64 mspan_sys;
  guint64 mcache_inuse;
  guint64 mcache_sys;
  guint64 buckhash_sys;
  guint64 gc_sys;
  guint64 other_sys;
  guint64 next_gc;
  guint64 last_gc;
  guint64 pause_total_ns;
  guint64 pause_ns[256];
  guint64 pause_end[256];
  guint32 num_gc;
  guint32 num_forced_gc;
  double  gc_cpu_fraction;
  gboolean enable_gc;
  struct
  {
    guint32 size;
    guint64 mallocs;
    guint64 frees;
  } by_size[61];
} MlMemStats;

/* The pacer's view (go-runtime.md section 4). */
typedef struct
{
  gint    gogc;
  gint64  memory_limit;
  guint64 heap_minimum;
  guint64 heap_goal;
  guint64 trigger;
  guint64 heap_live;
  guint64 heap_marked;
  guint64 bytes_marked;
  guint64 last_stack_scan;
  guint64 globals_scan;
  guint   gomaxprocs;
  guint   dedicated_workers;
  double  fractional_goal;
  double  assist_work_per_byte;
  guint64 now_ns;
} MlPacerState;

typedef struct
{
  const char    *name;
  MlSegmentKind  kind;
  guint64        start;
  guint64        size;
  guint64        used;
} MlSnapSegment;

typedef struct
{
  const char   *name;
  const MlRtype *type;
  guint64       addr;
  guint64       value_offset;   /* into MlSnapshot.values, type->size bytes */
  gint64        target;         /* heap object the first pointer word points at, or -1 */
  MlSegmentKind segment;
  guint8        kind;           /* MlSlotKind of a frame slot: local, parameter or result */
  /* A frame slot whose pointers are not live at the frame's safe point (Go's stack map): no
   * root.  @dead_after is the line of its last use, 0 when unknown. */
  gboolean      dead;
  guint32       dead_after;
} MlSnapSlot;

typedef struct
{
  const char *function;
  guint       goroutine;
  guint64     base;
  guint64     size;
  guint       first_slot;       /* into MlSnapshot.slots */
  guint       n_slots;
} MlSnapFrame;

typedef struct
{
  guint    id;
  guint64  stack_lo;
  guint64  stack_hi;
  guint64  sp;
  guint    first_frame;         /* into MlSnapshot.frames, innermost first */
  guint    n_frames;
  gboolean scanned;             /* this cycle's stack scan is done (the stack is black) */
  gboolean current;
} MlSnapGoroutine;

typedef struct
{
  guint64     addr;
  guint64     len;
  const char *text;
} MlSnapString;

/* A symbol of runtime data in rodata (ml_runtime_add_rodata_symbol()): an itab, a function
 * value. */
typedef struct
{
  guint64     addr;
  guint64     size;
  const char *name;
} MlSnapSymbol;

typedef enum
{
  ML_OBJECT_TINY   = 1 << 0,
  ML_OBJECT_HEADER = 1 << 1,    /* has an 8-byte malloc header before addr */
  ML_OBJECT_LARGE  = 1 << 2,
  ML_OBJECT_NOSCAN = 1 << 3,
} MlObjectFlags;

typedef struct
{
  guint64       addr;           /* what a Go pointer to it holds */
  guint64       size;           /* slot size (elemsize), header included */
  const MlRtype *type;           /* element type, NULL for tiny blocks */
  guint         span;           /* into MlSnapshot.spans */
  guint8        size_class;
  guint8        colour;         /* MlColour */
  guint8        flags;          /* MlObjectFlags */
  guint         first_edge;     /* into MlSnapshot.edges */
  guint         n_edges;
  guint64       value_offset;   /* into MlSnapshot.values: the object's first value_size bytes */
  guint32       value_size;     /* 0 when the snapshot has no room left for it */
  guint32       map;            /* 1 + the index in MlSnapshot.maps of the map this object is
                                 * part of (its header, directory, tables, groups, or a key or
                                 * value kept apart), 0 for none */
} MlSnapObject;

/* How many bytes of each object, and of all objects together, a snapshot copies for the
 * views to print: enough for any struct of a lesson, bounded for a million objects. */
#define ML_SNAPSHOT_OBJECT_BYTES 512
#define ML_SNAPSHOT_OBJECT_BYTES_TOTAL (8 << 20)

typedef struct
{
  guint   from;                 /* object index */
  guint64 offset;               /* byte offset of the pointer field in the object */
  guint64 target;               /* the pointer value */
  gint64  to;                   /* object index, or -1 when it points outside the heap */
} MlSnapEdge;

typedef struct
{
  guint64 start;
  guint   npages;
  guint8  size_class;
  guint8  kind;                 /* MlSpanKind */
  gboolean noscan;
  guint   nelems;
  guint64 elemsize;
  guint   bits;                 /* into MlSnapshot.bitmaps: 4 bitmaps of bitmap_words each */
  guint   bitmap_words;
  gboolean needs_sweep;
  gint     queue_pos;           /* place on Green Tea's span queue, 0 = next; -1 if not queued */
} MlSnapSpan;

/* A map as the views draw it (ml-snapshot-maps.c walks it, as Go's maps lay it out): its
 * header, the tables it is made of (a map of at most eight entries has one group and no
 * table: it counts as one table of 8 slots at address 0), and its entries in the order they
 * are stored, with their bytes. */
typedef struct
{
  guint64        header;        /* the maps.Map: a heap object, or a frame slot (in_frame) */
  const MlRtype *type;          /* map[K]V; NULL when nothing says (no group yet, no variable) */
  gboolean       in_frame;      /* the map did not escape: its header is in a frame */
  guint64        len;           /* entries */
  guint64        directory;     /* the directory ([]*maps.table), 0 for a small map */
  guint64        dir_len;
  guint          global_depth;
  guint          first_table;   /* into map_tables */
  guint          n_tables;
  guint          first_entry;   /* into map_entries */
  guint          n_entries;     /* at most ML_SNAPSHOT_MAP_ENTRIES are copied */
  guint64        bytes;         /* the heap bytes (slots) of its header, directory, tables,
                                 * groups and separate keys and values */
  guint          n_objects;     /* how many heap objects those are */
} MlSnapMap;

#define ML_SNAPSHOT_MAP_ENTRIES 1024

typedef struct
{
  guint64 addr;                 /* the maps.table, 0 for a small map's single group */
  guint64 groups;               /* its groups */
  guint   n_groups;
  guint   capacity;             /* slots */
  guint   used;
  guint   growth_left;
  guint   local_depth;
  guint   first_ctrl;           /* into map_ctrls: the control word of each of its groups */
  guint   n_ctrls;              /* at most 128 */
} MlSnapMapTable;

typedef struct
{
  guint64 key_addr;             /* where the key is (behind the slot's pointer when apart) */
  guint64 elem_addr;
  guint64 key_offset;           /* into values: the key's bytes */
  guint64 elem_offset;          /* into values: the element's bytes */
  guint   table;                /* which of the map's tables */
  guint   slot;                 /* group * 8 + slot in that table */
} MlSnapMapEntry;

typedef struct
{
  guint64      object;          /* object being scanned, 0 if none */
  guint64      edge_from;       /* slot being followed */
  guint64      edge_to;
  MlWorkerKind worker;
  guint        worker_id;
} MlSnapFocus;

/* An immutable picture of the runtime at one step, for the renderer and the inspector.  All
 * fields are read-only; everything the views need is copied in, so no reader ever calls back
 * into the live runtime.  Arrays are plain C arrays with their lengths beside them. */
typedef struct
{
  guint64          step;
  guint            phase;       /* MlGcPhase */
  guint64          cycle;       /* cycles started (work.cycles) */
  guint64          growslices;  /* appends that copied a slice into a new array, since start */
  guint64          growslice_bytes; /* bytes those appends copied from the old arrays */
  gboolean         world_stopped;
  gboolean         write_barrier_enabled;   /* the barrier is active now */
  gboolean         write_barrier_switch;    /* the teaching switch */
  /* The pictures label each heap object with the Go path that reaches it ("a.izq",
   * "lista[2]"): the sandbox's objects have no names but these.  Set by the driver. */
  gboolean         object_paths;
  MlMemStats       stats;
  MlPacerState     pacer;
  MlSnapFocus      focus;
  MlRtypeRegistry  *types;

  MlSnapSegment   *segments;    guint n_segments;
  MlSnapGoroutine *goroutines;  guint n_goroutines;
  MlSnapFrame     *frames;      guint n_frames;
  MlSnapSlot      *slots;       guint n_slots;     /* frame slots */
  MlSnapSlot      *globals;     guint n_globals;
  MlSnapString    *strings;     guint n_strings;
  /* What the runtime itself keeps alive besides frames and package variables: the heap
   * objects its own variables point at (the P's pool of _defer records) and the newest
   * deferred call's record of each goroutine on the heap (g._defer).  The views count them
   * as reachable although no variable of the program points at them. */
  guint64         *runtime_roots; guint n_runtime_roots;
  /* The pointers the write barrier recorded in its buffer (wbBuf) that marking has not shaded
   * yet: their objects may still be white, but they will be shaded when it is flushed. */
  guint64         *wb_buffer;   guint n_wb_buffer;
  MlSnapSymbol    *symbols;     guint n_symbols;   /* in address order */
  MlSnapObject    *objects;     guint n_objects;
  MlSnapEdge      *edges;       guint n_edges;
  /* The pointers each object this cycle's sweep freed still holds (the sweep does not clear
   * memory), in the order of @from: no pointers of the program any more and never drawn, but
   * the heap graph keeps the garbage's picture whole with them while the sweep frees it. */
  MlSnapEdge      *freed_edges; guint n_freed_edges;
  MlSnapMap       *maps;        guint n_maps;      /* with ML_SNAPSHOT_OBJECTS */
  MlSnapMapTable  *map_tables;  guint n_map_tables;
  MlSnapMapEntry  *map_entries; guint n_map_entries;
  guint64         *map_ctrls;   guint n_map_ctrls;
  MlSnapSpan      *spans;       guint n_spans;
  guint64         *bitmaps;     gsize n_bitmap_words;
  /* Green Tea's span queue during a watched mark: the spans waiting (indices into spans, the
   * next first), and the span whose grey objects are being scanned with the next slot its
   * scan looks at.  A span's marked bit is Go's "seen", its scanned bit "scanned". */
  guint           *span_queue;  guint n_span_queue;
  gint             scanning_span;             /* into spans, -1 for none */
  guint            scanning_cursor;
  guint8          *values;      gsize n_values;
  MlEvent         *events;      guint n_events;
  char           **gctrace;     guint n_gctrace;   /* one line per completed cycle */
  GStringChunk    *strings_chunk;
} MlSnapshot;

#define ML_SNAPSHOT_TYPE (ml_snapshot_get_type ())

GType        ml_snapshot_get_type          (void) G_GNUC_CONST;
MlSnapshot  *ml_snapshot_ref               (MlSnapshot       *self);
void         ml_snapshot_unref             (MlSnapshot       *self);
MlColour     ml_snapshot_span_slot_colour  (const MlSnapshot *self,
                                            guint             span,
                                            guint             slot);
gint64       ml_snapshot_find_object       (const MlSnapshot *self,
                                            guint64           addr);
const MlSnapSlot *ml_snapshot_find_global  (const MlSnapshot *self,
                                            const char       *name);
const MlSnapMap  *ml_snapshot_find_map     (const MlSnapshot *self,
                                            guint64           header);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (MlSnapshot, ml_snapshot_unref)

G_END_DECLS
