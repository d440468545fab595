/* ml-runtime.h
 *
 * Copyright 2026 The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * MlRuntime is the Go 1.27 runtime model: one simulated 64-bit address space with real bytes,
 * Go's allocator, goroutine stacks, the concurrent tricolour collector and its pacer, and a
 * history that can return to any earlier step.  Everything is driven from one thread (the
 * engine thread); snapshots (MlSnapshot) are the only thing other threads may read.
 *
 * How a driver (the VM in src/vm, the sandbox toolbar) uses it, per step:
 *
 *   while (ml_runtime_world_stopped (rt))       the collector has stopped the world
 *     { ml_runtime_gc_unit (rt); ml_runtime_end_step (rt); }
 *   ... run one statement: ml_runtime_read/write/write_pointer, ml_runtime_new_object,
 *       ml_runtime_push_frame, ...; ml_runtime_advance (rt, ns) for the statement's cost ...
 *   ml_runtime_end_step (rt);
 *   while (ml_runtime_gc_work_due (rt))         background workers have CPU time owed
 *     { ml_runtime_gc_unit (rt); ml_runtime_end_step (rt); }
 *
 * Every change to runtime state between two ml_runtime_end_step() calls belongs to one step;
 * ml_runtime_seek() returns to any recorded step (see README.md, "History").
 */

#pragma once

#include <glib-object.h>

#include "ml-event.h"
#include "ml-frame-layout.h"
#include "ml-size-class.h"
#include "ml-snapshot.h"
#include "ml-rtype.h"

G_BEGIN_DECLS

/* Where the model puts things: the addresses Go uses on linux/amd64. */
#define ML_TEXT_BASE    G_GUINT64_CONSTANT (0x401000)
#define ML_RODATA_BASE  G_GUINT64_CONSTANT (0x500000)
#define ML_DATA_BASE    G_GUINT64_CONSTANT (0x600000)
#define ML_BSS_BASE     G_GUINT64_CONSTANT (0x700000)
#define ML_ARENA_BASE   G_GUINT64_CONSTANT (0xc000000000)
#define ML_ARENA_SHIFT  26                              /* 64 MiB heap arenas */
#define ML_STACK_MIN    2048
#define ML_STACK_GUARD  928

/* What the fixed segments of the program image hold; unlike the heap and the stacks they
 * do not grow, so the compiler refuses a program that would not fit (ml-compile-image.c).
 * The top 256 KiB of rodata are the type descriptors' addresses (64 bytes per type). */
#define ML_TYPE_DESCRIPTORS_SIZE G_GUINT64_CONSTANT (0x40000)
#define ML_TYPE_DESCRIPTORS_MAX  (ML_TYPE_DESCRIPTORS_SIZE / 0x40)
#define ML_TEXT_CAPACITY    (ML_RODATA_BASE - ML_TEXT_BASE)
#define ML_RODATA_CAPACITY  (ML_DATA_BASE - ML_RODATA_BASE - ML_TYPE_DESCRIPTORS_SIZE)
#define ML_DATA_CAPACITY    (ML_BSS_BASE - ML_DATA_BASE)
#define ML_BSS_CAPACITY     G_GUINT64_CONSTANT (16 << 20)
/* The most heap the model has: 64 arenas of 64 MiB.  No value can be larger. */
#define ML_HEAP_CAPACITY    (G_GUINT64_CONSTANT (64) << ML_ARENA_SHIFT)

typedef enum
{
  ML_FAULT_NONE,
  ML_FAULT_NIL,        /* address below 0x1000: Go panics with a nil pointer dereference */
  ML_FAULT_UNMAPPED,   /* "unexpected fault address" */
  ML_FAULT_READ_ONLY,  /* a write to text or rodata */
} MlFault;

#define ML_RUNTIME_TYPE (ml_runtime_get_type ())

G_DECLARE_FINAL_TYPE (MlRuntime, ml_runtime, ML, RUNTIME, GObject)

typedef GBytes *(*MlDriverSaveFunc)    (gpointer user_data);
typedef void    (*MlDriverRestoreFunc) (GBytes  *state,
                                        gpointer user_data);

/**
 * MlStackMap:
 * @live: one bit per 8-byte word of the frame's slots, set for the pointer words live at the
 *   frame's safe point; NULL when every pointer word is
 * @dead_after: (nullable): one entry per slot of the frame's layout: for a slot that is not
 *   live there, the source line of its last use (0 when unknown)
 *
 * Go's stack map for one frame at its safe point (cmd/compile's liveness, chosen by the
 * frame's PC: the current instruction of the innermost frame, the call of the others).
 */
typedef struct
{
  const guint64 *live;
  const guint32 *dead_after;
} MlStackMap;

/* Fills @map for frame number @depth (0 the innermost) of goroutine @goid, whose layout is
 * @layout_id; returns FALSE when the driver has no map for it (every pointer word is live). */
typedef gboolean (*MlStackMapFunc) (MlRuntime  *rt,
                                    guint64     goid,
                                    guint64     depth,
                                    guint       layout_id,
                                    MlStackMap *map,
                                    gpointer    user_data);

MlRuntime       *ml_runtime_new                  (void);
MlRtypeRegistry  *ml_runtime_get_types            (MlRuntime          *self);

/* Settings.  They are part of the program's state (debug.SetGCPercent), so history covers them. */
void             ml_runtime_set_gogc             (MlRuntime          *self,
                                                  gint                percent);
gint             ml_runtime_get_gogc             (MlRuntime          *self);
void             ml_runtime_set_memory_limit     (MlRuntime          *self,
                                                  gint64              bytes);
void             ml_runtime_set_heap_minimum     (MlRuntime          *self,
                                                  guint64             bytes);
void             ml_runtime_set_gomaxprocs       (MlRuntime          *self,
                                                  guint               procs);
guint            ml_runtime_get_gomaxprocs       (MlRuntime          *self);
void             ml_runtime_set_write_barrier    (MlRuntime          *self,
                                                  gboolean            enabled);
gboolean         ml_runtime_get_write_barrier    (MlRuntime          *self);
/* Tooling switches: not program state, not in history. */
typedef enum
{
  ML_CHECK_NONE      = 0,
  ML_CHECK_REACHABLE = 1 << 0,  /* nothing reachable is freed; all reachable marked at mark end */
  ML_CHECK_TRICOLOUR = 1 << 1,  /* weak tricolour invariant after every pointer write and unit */
  ML_CHECK_ALL       = 0x3,
} MlChecks;

void             ml_runtime_set_checker          (MlRuntime          *self,
                                                  MlChecks            checks);
void             ml_runtime_set_history_enabled  (MlRuntime          *self,
                                                  gboolean            enabled);
void             ml_runtime_set_history_limit    (MlRuntime          *self,
                                                  gsize               max_bytes);
void             ml_runtime_set_events_enabled   (MlRuntime          *self,
                                                  gboolean            enabled);

/* The program image, registered by the compiler before it runs. */
guint64          ml_runtime_add_function         (MlRuntime          *self,
                                                  const char         *name,
                                                  guint64             code_size);
const char      *ml_runtime_function_at          (MlRuntime          *self,
                                                  guint64             pc);
guint64          ml_runtime_intern_string        (MlRuntime          *self,
                                                  const char         *str,
                                                  gssize              len);
guint64          ml_runtime_add_rodata_symbol    (MlRuntime          *self,
                                                  const char         *name,
                                                  gconstpointer       bytes,
                                                  gsize               len);
guint64          ml_runtime_add_global           (MlRuntime          *self,
                                                  const char         *name,
                                                  const MlRtype       *type,
                                                  gboolean            initialized);
guint64          ml_runtime_lookup_global        (MlRuntime          *self,
                                                  const char         *name);
guint            ml_runtime_register_frame_layout(MlRuntime          *self,
                                                  MlFrameLayout      *layout);

/* Memory by address.  Writes of pointers must use ml_runtime_write_pointer() (the compiler's
 * write barrier); plain writes are for scalars. */
MlFault          ml_runtime_read                 (MlRuntime          *self,
                                                  guint64             addr,
                                                  gpointer            buf,
                                                  gsize               len);
MlFault          ml_runtime_write                (MlRuntime          *self,
                                                  guint64             addr,
                                                  gconstpointer       buf,
                                                  gsize               len);
MlFault          ml_runtime_move                 (MlRuntime          *self,
                                                  guint64             dst,
                                                  guint64             src,
                                                  guint64             len);
MlFault          ml_runtime_read_word            (MlRuntime          *self,
                                                  guint64             addr,
                                                  guint64            *value);
MlFault          ml_runtime_write_word           (MlRuntime          *self,
                                                  guint64             addr,
                                                  guint64             value);
MlFault          ml_runtime_write_pointer        (MlRuntime          *self,
                                                  guint64             slot,
                                                  guint64             value);
MlFault          ml_runtime_typed_copy           (MlRuntime          *self,
                                                  guint64             dst,
                                                  guint64             src,
                                                  const MlRtype       *type);
MlFault          ml_runtime_typed_slice_copy     (MlRuntime          *self,
                                                  guint64             dst,
                                                  guint64             src,
                                                  const MlRtype       *elem,
                                                  guint64             n);
gboolean         ml_runtime_is_mapped            (MlRuntime          *self,
                                                  guint64             addr);

/* Allocation (mallocgc).  Every object is zeroed.  @type describes one element; @size may be a
 * multiple of it (a slice's backing array).  Size 0 returns Go's zerobase
 * (ml_runtime_zerobase()); 0 means the model's 4 GiB heap is exhausted ("fatal error:
 * runtime: out of memory"). */
guint64          ml_runtime_new_object           (MlRuntime          *self,
                                                  const MlRtype       *type);
guint64          ml_runtime_malloc               (MlRuntime          *self,
                                                  guint64             size,
                                                  const MlRtype       *type);
guint64          ml_runtime_make_slice           (MlRuntime          *self,
                                                  const MlRtype       *elem,
                                                  guint64             cap);
guint64          ml_runtime_growslice            (MlRuntime          *self,
                                                  guint64             old_ptr,
                                                  guint64             old_len,
                                                  guint64             old_cap,
                                                  guint64             new_len,
                                                  const MlRtype       *elem,
                                                  guint64            *new_cap);
guint64          ml_runtime_zerobase             (MlRuntime          *self);
void             ml_runtime_clear_tiny           (MlRuntime          *self);
guint64          ml_runtime_object_base          (MlRuntime          *self,
                                                  guint64             addr,
                                                  guint64            *size,
                                                  const MlRtype      **type);

/* Goroutines and their frames.  Goroutine 1 (main) exists from the start.  push_frame
 * returns the new frame's base (slot address = base + slot offset), or 0 on stack overflow
 * (Go: "goroutine stack exceeds 1000000000-byte limit").  A push may move the whole stack:
 * ask for frame bases again afterwards. */
guint            ml_runtime_new_goroutine        (MlRuntime          *self);
guint            ml_runtime_get_current_goroutine(MlRuntime          *self);
void             ml_runtime_set_current_goroutine(MlRuntime          *self,
                                                  guint               goid);
guint64          ml_runtime_push_frame           (MlRuntime          *self,
                                                  guint               goid,
                                                  guint               layout_id);
void             ml_runtime_pop_frame            (MlRuntime          *self,
                                                  guint               goid);
guint            ml_runtime_get_frame_depth      (MlRuntime          *self,
                                                  guint               goid);
guint64          ml_runtime_get_frame_base       (MlRuntime          *self,
                                                  guint               goid,
                                                  guint               depth);
guint64          ml_runtime_get_frame_caller     (MlRuntime          *self,
                                                  guint64             base);
guint            ml_runtime_get_frame_layout     (MlRuntime          *self,
                                                  guint64             base);
guint64          ml_runtime_get_stack_size       (MlRuntime          *self,
                                                  guint               goid);
guint64          ml_runtime_get_stack_hi         (MlRuntime          *self,
                                                  guint               goid);

/* Deferred calls (panic.go).  A record is Go's runtime._defer, ML_DEFER_SIZE bytes: @fn is
 * the function value to call, @sp the frame (base) that deferred it, @link the next older
 * record of the goroutine.  deferproc makes a heap record (from the P's pool, or a new
 * object); deferproc_stack links a record that lives in a frame, whose fn the caller has
 * set; popdefer unlinks the newest one, returns its fn and gives a heap one back to the pool.
 * The panics of a goroutine are records the driver keeps in its frames; the goroutine only
 * holds the innermost (g._panic), which a stack copy adjusts. */
#define ML_DEFER_SIZE 48
#define ML_DEFER_OFF_HEAP 0
#define ML_DEFER_OFF_SP   8
#define ML_DEFER_OFF_PC   16
#define ML_DEFER_OFF_FN   24
#define ML_DEFER_OFF_LINK 32

const MlRtype   *ml_runtime_defer_type           (MlRuntime          *self);
guint64          ml_runtime_deferproc            (MlRuntime          *self,
                                                  guint               goid,
                                                  guint64             fn,
                                                  guint64             sp,
                                                  guint64             pc,
                                                  gboolean           *fresh);
void             ml_runtime_deferproc_stack      (MlRuntime          *self,
                                                  guint               goid,
                                                  guint64             d,
                                                  guint64             sp,
                                                  guint64             pc);
guint64          ml_runtime_get_defers           (MlRuntime          *self,
                                                  guint               goid);
guint64          ml_runtime_popdefer             (MlRuntime          *self,
                                                  guint               goid);
guint64          ml_runtime_get_panics           (MlRuntime          *self,
                                                  guint               goid);
void             ml_runtime_set_panics           (MlRuntime          *self,
                                                  guint               goid,
                                                  guint64             p);

/* The collector. */
typedef enum
{
  ML_GC_OFF,
  ML_GC_SWEEP_TERMINATION,
  ML_GC_MARK,
  ML_GC_MARK_TERMINATION,
  ML_GC_SWEEP,
} MlGcPhase;

/* Why a cycle started: the value of ML_EVENT_CYCLE_START's aux.  A time-triggered cycle is
 * the one Go announces with a "GC forced" line before its gctrace line. */
typedef enum
{
  ML_GC_TRIGGER_HEAP,      /* heapLive reached the trigger */
  ML_GC_TRIGGER_CYCLE,     /* runtime.GC(): "(forced)" in gctrace */
  ML_GC_TRIGGER_TIME,      /* two minutes without a collection */
  ML_GC_TRIGGER_USER,      /* the sandbox's "Trigger GC" */
} MlGcTrigger;

void             ml_runtime_gc_start             (MlRuntime          *self);
void             ml_runtime_gc_collect           (MlRuntime          *self);
gboolean         ml_runtime_gc_unit              (MlRuntime          *self);
gboolean         ml_runtime_gc_work_due          (MlRuntime          *self);
gboolean         ml_runtime_world_stopped        (MlRuntime          *self);
void             ml_runtime_advance              (MlRuntime          *self,
                                                  guint64             ns);
MlGcPhase        ml_runtime_get_phase            (MlRuntime          *self);
guint64          ml_runtime_get_num_gc           (MlRuntime          *self);
void             ml_runtime_read_memstats        (MlRuntime          *self,
                                                  MlMemStats         *stats);
guint64          ml_runtime_get_heap_in_use      (MlRuntime          *self);
void             ml_runtime_read_pacer           (MlRuntime          *self,
                                                  MlPacerState       *pacer);
char            *ml_runtime_gctrace_line         (MlRuntime          *self,
                                                  guint               cycle);
guint            ml_runtime_check_invariants     (MlRuntime          *self);
guint            ml_runtime_get_n_violations     (MlRuntime          *self);

/* Driver registers: words of driver state (program counter...) kept in history. */
guint64          ml_runtime_get_register         (MlRuntime          *self,
                                                  guint               index);
void             ml_runtime_set_register         (MlRuntime          *self,
                                                  guint               index,
                                                  guint64             value);
#define ML_RUNTIME_N_REGISTERS 32

/* Steps and history. */
guint64          ml_runtime_end_step             (MlRuntime          *self);
guint64          ml_runtime_get_step             (MlRuntime          *self);
guint64          ml_runtime_get_last_step        (MlRuntime          *self);
guint64          ml_runtime_get_first_step       (MlRuntime          *self);
gboolean         ml_runtime_seek                 (MlRuntime          *self,
                                                  guint64             step);
void             ml_runtime_set_driver_hooks     (MlRuntime          *self,
                                                  MlDriverSaveFunc    save,
                                                  MlDriverRestoreFunc restore,
                                                  gpointer            user_data,
                                                  GDestroyNotify      destroy);
void             ml_runtime_driver_state_changed (MlRuntime          *self);
void             ml_runtime_set_stack_map_func   (MlRuntime          *self,
                                                  MlStackMapFunc      func,
                                                  gpointer            user_data);
gsize            ml_runtime_get_history_bytes    (MlRuntime          *self);
guint64          ml_runtime_get_work_bytes       (MlRuntime          *self);
void             ml_runtime_get_history_counts   (MlRuntime          *self,
                                                  guint64            *n_steps,
                                                  guint64            *n_entries,
                                                  guint64            *n_events);
guint64          ml_runtime_hash_memory          (MlRuntime          *self);
const MlEvent   *ml_runtime_get_events           (MlRuntime          *self,
                                                  guint              *n_events);

/* Snapshots for the views. */
MlSnapshot      *ml_runtime_snapshot             (MlRuntime          *self,
                                                  MlSnapshotFlags     flags);

/* Sandbox operations for the toolbar; each is the effect of one Go statement.
 * alloc_global: `var name = new(T)` (or `name = new(T)` if it exists); returns the object.
 * alloc_local: `vN := new(T)` in the sandbox's own frame "main.sandbox" on goroutine 1 (64
 *   pointer slots named v0..v63, used in order; @name is for the caller's bookkeeping).
 * alloc_field: `obj.field = new(T)` with @offset the field's byte offset.
 * set_field: `obj.field = target` (0 for nil).  clear_root: `name = nil`.
 * Starting a cycle, one unit and a full cycle are ml_runtime_gc_start(), ml_runtime_gc_unit()
 * and ml_runtime_gc_collect(). */
guint64          ml_runtime_sandbox_alloc_global (MlRuntime          *self,
                                                  const char         *name,
                                                  const MlRtype       *type);
guint64          ml_runtime_sandbox_alloc_local  (MlRuntime          *self,
                                                  const char         *name,
                                                  const MlRtype       *type);
guint64          ml_runtime_sandbox_alloc_field  (MlRuntime          *self,
                                                  guint64             object,
                                                  guint64             offset,
                                                  const MlRtype       *type);
gboolean         ml_runtime_sandbox_set_field    (MlRuntime          *self,
                                                  guint64             object,
                                                  guint64             offset,
                                                  guint64             target);
gboolean         ml_runtime_sandbox_clear_root   (MlRuntime          *self,
                                                  const char         *name);

G_END_DECLS

/* Maps (ml-map.c) use the runtime declared above. */
#include "ml-map.h"
