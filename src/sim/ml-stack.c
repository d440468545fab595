/* ml-stack.c
 *
 * Copyright 2026 The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Goroutines and their stacks (go-runtime.md section 6).  A stack starts at 2 KiB, carved from
 * 32 KiB stack spans of the heap (Go's stackpool; bigger stacks get spans of their own).  Frames
 * live in the stack's own bytes, growing down: each frame is a 16-byte record (the frame layout
 * id, standing for the return PC, and the caller's frame address, standing for the saved frame
 * pointer) followed by the compiler-declared slots.  When a new frame does not fit above the
 * stack guard, the stack is copied to one twice as big and every pointer into the old stack
 * (saved frame pointers, pointer slots that point into the stack, the deferred calls' and
 * panics' records, see ml-defer.c) is adjusted by the distance moved, as
 * copystack/adjustpointers/adjustdefers do.  During a GC stack scan a stack that uses less than a
 * quarter of itself is halved the same way (shrinkstack).
 */

#define G_LOG_DOMAIN "ml-stack"

#include "ml-stack-private.h"
#include "ml-defer-private.h"
#include "ml-memory-private.h"
#include "ml-heap-private.h"
#include "ml-gc-private.h"
#include "ml-event-private.h"
#include "ml-model-check.h"

#define STACK_NOSPLIT  800
#define STACK_SPAN     (32 * 1024)

static guint
stack_order (guint64 size)
{
  guint order = 0;

  while ((G_GUINT64_CONSTANT (2048) << order) < size)
    order++;
  return order;
}

static guint64
stack_alloc (MlRuntime *self,
             guint64    size)
{
  ml_model_check (size >= ML_STACK_MIN && (size & (size - 1)) == 0);

  if (size < STACK_SPAN)
    {
      MlWordVec *pool = &self->stack_pool[stack_order (size)];

      if (pool->len == 0)
        {
          guint64 id = _ml_heap_alloc_pages (self, STACK_SPAN / ML_PAGE_SIZE, ML_SPAN_STACK, 0);
          MlSpan *s;

          if (id == ML_NO_SPAN)
            return 0;
          s = _ml_span (self, id);
          for (guint64 off = STACK_SPAN; off > 0; off -= size)
            ml_word_vec_push (&self->journal, pool, s->base + off - size);
        }
      return ml_word_vec_pop (&self->journal, pool);
    }
  {
    guint64 id = _ml_heap_alloc_pages (self, size / ML_PAGE_SIZE, ML_SPAN_STACK, 0);

    return id == ML_NO_SPAN ? 0 : _ml_span (self, id)->base;
  }
}

static void
stack_free (MlRuntime *self,
            guint64    lo,
            guint64    size)
{
  if (size < STACK_SPAN)
    ml_word_vec_push (&self->journal, &self->stack_pool[stack_order (size)], lo);
  else
    _ml_heap_free_span (self, _ml_span_of (self, lo));
}

const MlFrameLayout *
_ml_stack_frame_layout (MlRuntime *self,
                        guint64    fp)
{
  guint64 id = _ml_load (self, fp);

  ml_model_check (id >= 1 && id <= self->layouts->len);
  return self->layouts->pdata[id - 1];
}

guint64
_ml_stack_frame_caller (MlRuntime *self,
                        guint64    fp)
{
  return _ml_load (self, fp + 8);
}

void
_ml_stack_init (MlRuntime *self)
{
  self->g_chunks = g_ptr_array_new_with_free_func (g_free);
  for (guint i = 0; i < G_N_ELEMENTS (self->stack_pool); i++)
    ml_word_vec_init (&self->stack_pool[i]);
}

void
_ml_stack_finalize (MlRuntime *self)
{
  g_clear_pointer (&self->g_chunks, g_ptr_array_unref);
  for (guint i = 0; i < G_N_ELEMENTS (self->stack_pool); i++)
    ml_word_vec_clear (&self->stack_pool[i]);
}

/* A new goroutine (go statement) with an empty stack of startingStackSize bytes. */
guint
ml_runtime_new_goroutine (MlRuntime *self)
{
  guint64 id;
  guint64 lo;
  guint64 size;
  MlG *g;

  g_return_val_if_fail (ML_IS_RUNTIME (self), 0);

  size = MAX (self->gc.starting_stack, ML_STACK_MIN);
  lo = stack_alloc (self, size);
  if (lo == 0)
    return 0;
  id = self->ngoroutines + 1;
  if ((id - 1) / ML_G_CHUNK >= self->g_chunks->len)
    g_ptr_array_add (self->g_chunks, g_new0 (MlG, ML_G_CHUNK));
  ML_JOURNALED_SET (self, self->ngoroutines, id);
  g = _ml_g (self, id);
  ML_JOURNALED_SET (self, g->id, id);
  ML_JOURNALED_SET (self, g->status, 1);
  ML_JOURNALED_SET (self, g->stack_lo, lo);
  ML_JOURNALED_SET (self, g->stack_hi, lo + size);
  ML_JOURNALED_SET (self, g->sp, lo + size);
  ML_JOURNALED_SET (self, g->top_frame, 0);
  ML_JOURNALED_SET (self, g->depth, 0);
  /* Goroutines created during mark begin life without roots and are not scanned this cycle
   * (allGsSnapshot in gcStart). */
  ML_JOURNALED_SET (self, g->scanned_cycle, self->gc.phase == ML_GC_MARK ? self->gc.cycles : 0);
  ML_JOURNALED_SET (self, g->assist_bytes, 0);
  ML_JOURNALED_SET (self, g->max_used, 0);
  ML_JOURNALED_SET (self, g->defer_head, 0);
  ML_JOURNALED_SET (self, g->panic_head, 0);
  return id;
}

guint
ml_runtime_get_current_goroutine (MlRuntime *self)
{
  g_return_val_if_fail (ML_IS_RUNTIME (self), 0);
  return self->current_g;
}

void
ml_runtime_set_current_goroutine (MlRuntime *self,
                                  guint      goid)
{
  g_return_if_fail (ML_IS_RUNTIME (self));
  ml_model_check (goid >= 1 && goid <= self->ngoroutines);
  ML_JOURNALED_SET (self, self->current_g, goid);
}

/* copystack: moves @g's stack to a new one of @newsize bytes and adjusts every pointer into
 * the old stack.  FALSE if the heap has no room for the new stack. */
static gboolean
copy_stack (MlRuntime *self,
            MlG       *g,
            guint64    newsize,
            gboolean   grow)
{
  guint64 old_lo = g->stack_lo;
  guint64 old_hi = g->stack_hi;
  guint64 oldsize = old_hi - old_lo;
  guint64 used = old_hi - g->sp;
  guint64 new_lo = stack_alloc (self, newsize);
  guint64 new_hi = new_lo + newsize;
  guint64 delta = new_hi - old_hi;     /* modular arithmetic: may "wrap" when moving down */
  guint64 fp;

  if (new_lo == 0)
    return FALSE;

  _ml_memory_move (self, new_hi - used, g->sp, used);

  fp = g->top_frame ? g->top_frame + delta : 0;
  while (fp != 0)
    {
      const MlFrameLayout *layout = _ml_stack_frame_layout (self, fp);
      guint64 caller = _ml_stack_frame_caller (self, fp);

      if (caller != 0)
        {
          _ml_store (self, fp + 8, caller + delta);
          caller += delta;
        }
      for (guint64 w = 0; w < layout->n_words; w++)
        {
          guint64 slot;
          guint64 v;

          if (!_ml_frame_layout_word_is_pointer (layout, w))
            continue;
          slot = fp + ML_FRAME_HEADER + w * 8;
          v = _ml_load (self, slot);
          if (v >= old_lo && v < old_hi)
            {
              _ml_store (self, slot, v + delta);
              ML_EVENT (self, ML_EVENT_STACK_COPY, ML_WORKER_MUTATOR, g->id, slot, v + delta, v, g->id);
            }
        }
      fp = caller;
    }
  _ml_defer_adjust (self, g, old_lo, old_hi, delta);

  stack_free (self, old_lo, oldsize);
  ML_JOURNALED_SET (self, g->stack_lo, new_lo);
  ML_JOURNALED_SET (self, g->stack_hi, new_hi);
  ML_JOURNALED_SET (self, g->sp, g->sp + delta);
  if (g->top_frame != 0)
    ML_JOURNALED_SET (self, g->top_frame, g->top_frame + delta);
  ML_EVENT (self, grow ? ML_EVENT_STACK_GROW : ML_EVENT_STACK_SHRINK, ML_WORKER_MUTATOR, g->id,
            old_lo, new_lo, newsize, g->id);
  _ml_clock_charge (self, 100 + used / 4);
  return TRUE;
}

/* Returns the new frame's base, or 0 on stack overflow (or a heap too full for the grown
 * stack). */
guint64
ml_runtime_push_frame (MlRuntime *self,
                       guint      goid,
                       guint      layout_id)
{
  const MlFrameLayout *layout;
  guint64 need;
  guint64 fp;
  MlG *g;

  g_return_val_if_fail (ML_IS_RUNTIME (self), 0);
  ml_model_check (goid >= 1 && goid <= self->ngoroutines);
  ml_model_check (layout_id < self->layouts->len);

  g = _ml_g (self, goid);
  layout = self->layouts->pdata[layout_id];
  need = layout->size + ML_FRAME_HEADER;

  /* The prologue's check against stackguard0; morestack doubles until the frame fits. */
  if (g->sp - need < g->stack_lo + ML_STACK_GUARD || g->sp < need)
    {
      guint64 size = g->stack_hi - g->stack_lo;
      guint64 used = g->stack_hi - g->sp;

      while (used + need + ML_STACK_GUARD > size)
        size *= 2;
      /* Go's maxstacksize: "goroutine stack exceeds 1000000000-byte limit", then
       * "fatal error: stack overflow".  The VM reports it when this returns 0. */
      if (size > G_GUINT64_CONSTANT (1000000000) || !copy_stack (self, g, size, TRUE))
        return 0;
    }

  fp = g->sp - need;
  _ml_memory_zero (self, fp, need);
  _ml_store (self, fp, layout_id + 1);
  _ml_store (self, fp + 8, g->top_frame);
  ML_JOURNALED_SET (self, g->sp, fp);
  ML_JOURNALED_SET (self, g->top_frame, fp);
  ML_JOURNALED_SET (self, g->depth, g->depth + 1);
  if (g->stack_hi - fp > g->max_used)
    ML_JOURNALED_SET (self, g->max_used, g->stack_hi - fp);
  ML_EVENT (self, ML_EVENT_FRAME_PUSH, ML_WORKER_MUTATOR, goid, fp + ML_FRAME_HEADER, 0, layout_id, goid);
  return fp + ML_FRAME_HEADER;
}

void
ml_runtime_pop_frame (MlRuntime *self,
                      guint      goid)
{
  const MlFrameLayout *layout;
  guint64 fp;
  MlG *g;

  g_return_if_fail (ML_IS_RUNTIME (self));
  ml_model_check (goid >= 1 && goid <= self->ngoroutines);

  g = _ml_g (self, goid);
  ml_model_check (g->top_frame != 0);

  fp = g->top_frame;
  layout = _ml_stack_frame_layout (self, fp);
  ML_EVENT (self, ML_EVENT_FRAME_POP, ML_WORKER_MUTATOR, goid, fp + ML_FRAME_HEADER, 0, layout->id, goid);
  ML_JOURNALED_SET (self, g->top_frame, _ml_stack_frame_caller (self, fp));
  ML_JOURNALED_SET (self, g->sp, fp + ML_FRAME_HEADER + layout->size);
  ML_JOURNALED_SET (self, g->depth, g->depth - 1);
  self->gc.graph_version++;
}

guint
ml_runtime_get_frame_depth (MlRuntime *self,
                            guint      goid)
{
  g_return_val_if_fail (ML_IS_RUNTIME (self), 0);
  ml_model_check (goid >= 1 && goid <= self->ngoroutines);
  return _ml_g (self, goid)->depth;
}

/* The address of slot offset 0 of the frame @depth levels up from the innermost (0). */
guint64
ml_runtime_get_frame_base (MlRuntime *self,
                           guint      goid,
                           guint      depth)
{
  guint64 fp;

  g_return_val_if_fail (ML_IS_RUNTIME (self), 0);
  ml_model_check (goid >= 1 && goid <= self->ngoroutines);

  fp = _ml_g (self, goid)->top_frame;
  while (fp != 0 && depth-- > 0)
    fp = _ml_stack_frame_caller (self, fp);
  return fp ? fp + ML_FRAME_HEADER : 0;
}

/* The frame that called the frame whose base is @base (0 for the outermost), read from the
 * frame's record in one step, whatever its depth. */
guint64
ml_runtime_get_frame_caller (MlRuntime *self,
                             guint64    base)
{
  guint64 caller;

  g_return_val_if_fail (ML_IS_RUNTIME (self), 0);
  ml_model_check (base >= ML_FRAME_HEADER);
  caller = _ml_stack_frame_caller (self, base - ML_FRAME_HEADER);
  return caller ? caller + ML_FRAME_HEADER : 0;
}

/* The layout id of the frame whose base is @base: which function's frame it is. */
guint
ml_runtime_get_frame_layout (MlRuntime *self,
                             guint64    base)
{
  g_return_val_if_fail (ML_IS_RUNTIME (self), 0);
  ml_model_check (base >= ML_FRAME_HEADER);
  return _ml_stack_frame_layout (self, base - ML_FRAME_HEADER)->id;
}

guint64
ml_runtime_get_stack_size (MlRuntime *self,
                           guint      goid)
{
  MlG *g;

  g_return_val_if_fail (ML_IS_RUNTIME (self), 0);
  ml_model_check (goid >= 1 && goid <= self->ngoroutines);
  g = _ml_g (self, goid);
  return g->stack_hi - g->stack_lo;
}

/* The top of @goid's stack (stack.hi): with the size, whether an address is in the stack,
 * for a caller that holds one across a push that may move it. */
guint64
ml_runtime_get_stack_hi (MlRuntime *self,
                         guint      goid)
{
  g_return_val_if_fail (ML_IS_RUNTIME (self), 0);
  ml_model_check (goid >= 1 && goid <= self->ngoroutines);
  return _ml_g (self, goid)->stack_hi;
}

gboolean
_ml_stack_in_current_frame (MlRuntime *self,
                            guint64    addr)
{
  MlG *g;
  const MlFrameLayout *layout;

  if (self->current_g == 0)
    return FALSE;
  g = _ml_g (self, self->current_g);
  if (g->top_frame == 0 || addr < g->top_frame + ML_FRAME_HEADER)
    return FALSE;
  layout = _ml_stack_frame_layout (self, g->top_frame);
  return addr < g->top_frame + ML_FRAME_HEADER + layout->size;
}

/* shrinkstack, called from the stack scan. */
void
_ml_stack_maybe_shrink (MlRuntime *self,
                        MlG       *g)
{
  guint64 oldsize = g->stack_hi - g->stack_lo;
  guint64 used = g->stack_hi - g->sp + STACK_NOSPLIT;

  if (oldsize / 2 < ML_STACK_MIN)
    return;
  if (used >= oldsize / 4)
    return;
  copy_stack (self, g, oldsize / 2, FALSE);     /* failing to shrink changes nothing */
}

/* gcComputeStartingStackSize (Go 1.19+, on by default), at the end of a cycle: new goroutines
 * start with the average scanned stack plus the guard, rounded up to a power of two, at least
 * 2 KiB. */
void
_ml_stack_compute_starting_size (MlRuntime *self)
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
