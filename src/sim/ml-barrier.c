/* ml-barrier.c
 *
 * Copyright 2026 The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Pointer writes and the write barrier (mbarrier.go, mwbbuf.go): how the compiler stores a
 * pointer, and the copies of typed values that contain pointers (typedmemmove,
 * typedslicecopy), which store theirs the same way.  While the collector marks, Go's hybrid
 * barrier records both the overwritten and the new pointer in the P's buffer; marking shades
 * them when the buffer is flushed (ml-mark.c).  With the teaching switch off, the compiler
 * "forgets" the barrier and the lost-object interleaving becomes possible.
 */

#define G_LOG_DOMAIN "ml-barrier"

#include "ml-memory-private.h"
#include "ml-heap-private.h"
#include "ml-stack-private.h"
#include "ml-gc-private.h"
#include "ml-referee-private.h"
#include "ml-event-private.h"

#define WB_BUF_ENTRIES 512

/* The hybrid barrier as Go compiles it: record both the old and the new pointer in the
 * per-P buffer; the objects are shaded when the buffer is flushed. */
static void
write_barrier (MlRuntime *self,
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
    _ml_mark_flush_barrier_buffer (self, ML_WORKER_MUTATOR, self->current_g);
}

/* A pointer store as the compiler emits it: the hybrid write barrier runs first when it is
 * enabled, except for stores into the current goroutine's own frame (mbarrier.go: "The
 * compiler omits write barriers for writes to the current frame"). */
MlFault
ml_runtime_write_pointer (MlRuntime *self,
                          guint64    slot,
                          guint64    value)
{
  MlFault fault;
  guint64 old;

  g_return_val_if_fail (ML_IS_RUNTIME (self), ML_FAULT_UNMAPPED);

  if ((slot & 7) != 0)
    return ML_FAULT_UNMAPPED;
  if ((fault = _ml_memory_check_access (self, slot, 8, TRUE)) != ML_FAULT_NONE)
    return fault;
  old = _ml_load (self, slot);
  if (_ml_gc_marking (&self->gc) && self->gc.wb_switch && !_ml_stack_in_current_frame (self, slot))
    write_barrier (self, slot, old, value);
  _ml_store (self, slot, value);
  self->gc.graph_version++;
  ML_EVENT (self, ML_EVENT_POINTER_WRITE, ML_WORKER_MUTATOR, self->current_g, slot, value, old, 0);
  if (self->check_tricolour && self->gc.phase == ML_GC_MARK)
    _ml_referee_check_tricolour (self);
  return ML_FAULT_NONE;
}

/* typedmemmove: copies a value of @type, with the bulk write barrier for its pointer words. */
MlFault
ml_runtime_typed_copy (MlRuntime    *self,
                       guint64       dst,
                       guint64       src,
                       const MlRtype *type)
{
  MlFault fault;

  g_return_val_if_fail (ML_IS_RUNTIME (self), ML_FAULT_UNMAPPED);
  g_return_val_if_fail (type != NULL, ML_FAULT_UNMAPPED);

  if (type->size == 0 || dst == src)
    return ML_FAULT_NONE;
  if ((fault = _ml_memory_check (self, src, type->size, FALSE)) != ML_FAULT_NONE ||
      (fault = _ml_memory_check (self, dst, type->size, TRUE)) != ML_FAULT_NONE)
    return fault;

  if (!type->has_pointers || (dst & 7) != 0 || (src & 7) != 0)
    {
      g_autofree guint8 *tmp = g_malloc (type->size);

      ml_runtime_read (self, src, tmp, type->size);
      _ml_memory_write_bytes (self, dst, tmp, type->size);
      return ML_FAULT_NONE;
    }

  {
    /* Read everything first: source and destination may overlap (copy(s[1:], s)), and
     * typedmemmove has memmove's semantics. */
    g_autofree guint64 *tmp = g_new (guint64, type->n_words);

    self->work_bytes += type->size;
    for (guint64 w = 0; w < type->n_words; w++)
      tmp[w] = _ml_load (self, src + w * 8);
    for (guint64 w = 0; w < type->n_words; w++)
      {
        guint64 off = w * 8;
        gsize n = MIN (8, type->size - off);

        if (ml_rtype_word_is_pointer (type, w))
          ml_runtime_write_pointer (self, dst + off, tmp[w]);
        else if (n == 8)
          _ml_store (self, dst + off, tmp[w]);
        else
          _ml_memory_write_bytes (self, dst + off, (const guint8 *) &tmp[w], n);
      }
  }
  return ML_FAULT_NONE;
}

/* typedslicecopy: @n elements of @elem from @src to @dst, which may overlap (Go's copy()). */
MlFault
ml_runtime_typed_slice_copy (MlRuntime    *self,
                             guint64       dst,
                             guint64       src,
                             const MlRtype *elem,
                             guint64       n)
{
  MlFault fault;

  g_return_val_if_fail (ML_IS_RUNTIME (self), ML_FAULT_UNMAPPED);
  g_return_val_if_fail (elem != NULL, ML_FAULT_UNMAPPED);

  if (n == 0 || elem->size == 0 || dst == src)
    return ML_FAULT_NONE;
  if (elem->size > G_MAXUINT64 / n)
    return ML_FAULT_UNMAPPED;
  if ((fault = _ml_memory_check (self, src, elem->size * n, FALSE)) != ML_FAULT_NONE ||
      (fault = _ml_memory_check (self, dst, elem->size * n, TRUE)) != ML_FAULT_NONE)
    return fault;

  /* Front to back when moving down, back to front when moving up, as memmove. */
  if (dst < src)
    {
      for (guint64 i = 0; i < n; i++)
        ml_runtime_typed_copy (self, dst + i * elem->size, src + i * elem->size, elem);
    }
  else
    {
      for (guint64 i = n; i > 0; i--)
        ml_runtime_typed_copy (self, dst + (i - 1) * elem->size, src + (i - 1) * elem->size, elem);
    }
  return ML_FAULT_NONE;
}
