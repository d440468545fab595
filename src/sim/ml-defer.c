/* ml-defer.c
 *
 * Copyright 2026 The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Deferred calls as Go 1.27's runtime keeps them (panic.go): the _defer records of a
 * goroutine, linked from g._defer, newest first.  A record lives in its function's frame
 * (deferprocStack) or on the heap (deferproc, for a defer in a loop); heap records come from
 * newdefer(), which takes them from the P's pool of 32 (refilled from the central pool) before
 * allocating one, and go back to it in popDefer().  What the collector scans of them is
 * scanstack's: the function value and the link of each record, and each heap record itself;
 * a stack copy adjusts the records' pointers into the stack (adjustdefers).  The pools are
 * package variables of the runtime, made at the first heap record: the P's pool (Go keeps it
 * in the P, a heap object the runtime never frees) and the central list, which a cycle's
 * start drops (clearpools).  Frames of functions with open-coded defers keep no record at
 * all: that is the driver's business.  The panics of a goroutine (g._panic) live in its
 * frames; only the head is the goroutine's.
 */

#define G_LOG_DOMAIN "ml-defer"

#include "ml-defer-private.h"
#include "ml-memory-private.h"
#include "ml-model-check.h"

/* Go's per-P pool: deferpoolbuf [32]*_defer. */
#define POOL_CAP 32

static const char POOL[] = "runtime.allp[0].deferpool";
static const char POOL_LEN[] = "runtime.allp[0].deferpool.len";
static const char CENTRAL[] = "runtime.sched.deferpool";

/* runtime._defer: heap, rangefunc, sp, pc, fn, link, head. */
const MlRtype *
ml_runtime_defer_type (MlRuntime *self)
{
  MlRtypeRegistry *reg;
  const MlRtype *d;
  MlRtypeField fields[7] = { { 0 } };

  g_return_val_if_fail (ML_IS_RUNTIME (self), NULL);
  reg = self->types;
  d = ml_rtype_registry_declare_struct (reg, "runtime._defer");
  if (d->size != 0)
    return d;
  fields[0] = (MlRtypeField) { "heap", ml_rtype_registry_basic (reg, ML_KIND_BOOL), 0, FALSE };
  fields[1] = (MlRtypeField) { "rangefunc", ml_rtype_registry_basic (reg, ML_KIND_BOOL), 1, FALSE };
  fields[2] = (MlRtypeField) { "sp", ml_rtype_registry_basic (reg, ML_KIND_UINTPTR), ML_DEFER_OFF_SP, FALSE };
  fields[3] = (MlRtypeField) { "pc", ml_rtype_registry_basic (reg, ML_KIND_UINTPTR), ML_DEFER_OFF_PC, FALSE };
  fields[4] = (MlRtypeField) { "fn", ml_rtype_registry_func (reg, "()"), ML_DEFER_OFF_FN, FALSE };
  fields[5] = (MlRtypeField) { "link", ml_rtype_registry_pointer_to (reg, d), ML_DEFER_OFF_LINK, FALSE };
  fields[6] = (MlRtypeField) { "head", ml_rtype_registry_basic (reg, ML_KIND_UNSAFE_POINTER), 40, FALSE };
  return ml_rtype_registry_define_struct (reg, d, fields, G_N_ELEMENTS (fields));
}

/* The pools' package variables, made the first time a heap record is needed. */
static guint64
pool_global (MlRuntime  *self,
             const char *name)
{
  guint64 addr = ml_runtime_lookup_global (self, name);
  MlRtypeRegistry *reg = self->types;
  const MlRtype *pd;

  if (addr != 0)
    return addr;
  pd = ml_rtype_registry_pointer_to (reg, ml_runtime_defer_type (self));
  ml_runtime_add_global (self, POOL, ml_rtype_registry_array_of (reg, pd, POOL_CAP), FALSE);
  ml_runtime_add_global (self, POOL_LEN, ml_rtype_registry_basic (reg, ML_KIND_INT), FALSE);
  ml_runtime_add_global (self, CENTRAL, pd, FALSE);
  return ml_runtime_lookup_global (self, name);
}

/* newdefer: a record from the P's pool (refilled to half from the central list when empty),
 * or a new heap object. */
static guint64
newdefer (MlRuntime *self,
          gboolean  *fresh)
{
  guint64 pool = pool_global (self, POOL);
  guint64 len_addr = pool_global (self, POOL_LEN);
  guint64 central = pool_global (self, CENTRAL);
  guint64 len = _ml_load (self, len_addr);
  guint64 d;

  if (len == 0 && _ml_load (self, central) != 0)
    {
      while (len < POOL_CAP / 2 && (d = _ml_load (self, central)) != 0)
        {
          ml_runtime_write_pointer (self, central, _ml_load (self, d + ML_DEFER_OFF_LINK));
          ml_runtime_write_pointer (self, d + ML_DEFER_OFF_LINK, 0);
          ml_runtime_write_pointer (self, pool + len * 8, d);
          len++;
        }
      _ml_store (self, len_addr, len);
    }
  if (len > 0)
    {
      d = _ml_load (self, pool + (len - 1) * 8);
      ml_runtime_write_pointer (self, pool + (len - 1) * 8, 0);
      _ml_store (self, len_addr, len - 1);
    }
  else
    {
      d = ml_runtime_new_object (self, ml_runtime_defer_type (self));
      *fresh = TRUE;
    }
  /* heap = true, rangefunc = false: the record's first word. */
  if (d != 0)
    _ml_store (self, d + ML_DEFER_OFF_HEAP, 1);
  return d;
}

/* deferproc: a heap record for @fn, deferred by the frame at @sp, on goroutine @goid's list;
 * @fresh (optional) says whether it is a new object rather than one from a pool.  Returns the
 * record, or 0 when the heap has no room for it. */
guint64
ml_runtime_deferproc (MlRuntime *self,
                      guint      goid,
                      guint64    fn,
                      guint64    sp,
                      guint64    pc,
                      gboolean  *fresh)
{
  MlG *g;
  guint64 d;
  gboolean is_new = FALSE;

  g_return_val_if_fail (ML_IS_RUNTIME (self), 0);
  ml_model_check (goid >= 1 && goid <= self->ngoroutines);

  d = newdefer (self, &is_new);
  if (fresh != NULL)
    *fresh = is_new;
  if (d == 0)
    return 0;
  g = _ml_g (self, goid);
  ml_runtime_write_pointer (self, d + ML_DEFER_OFF_LINK, g->defer_head);
  ML_JOURNALED_SET (self, g->defer_head, d);
  ml_runtime_write_pointer (self, d + ML_DEFER_OFF_FN, fn);
  _ml_store (self, d + ML_DEFER_OFF_PC, pc);
  _ml_store (self, d + ML_DEFER_OFF_SP, sp);
  return d;
}

/* deferprocStack: the record at @d, in the frame at @sp, whose fn is already set, goes on
 * goroutine @goid's list.  Stack words need no write barrier. */
void
ml_runtime_deferproc_stack (MlRuntime *self,
                            guint      goid,
                            guint64    d,
                            guint64    sp,
                            guint64    pc)
{
  MlG *g;

  g_return_if_fail (ML_IS_RUNTIME (self));
  ml_model_check (goid >= 1 && goid <= self->ngoroutines);

  g = _ml_g (self, goid);
  _ml_store (self, d + ML_DEFER_OFF_HEAP, 0);
  _ml_store (self, d + ML_DEFER_OFF_SP, sp);
  _ml_store (self, d + ML_DEFER_OFF_PC, pc);
  _ml_store (self, d + ML_DEFER_OFF_LINK, g->defer_head);
  _ml_store (self, d + 40, 0);
  ML_JOURNALED_SET (self, g->defer_head, d);
}

/* The newest record of goroutine @goid (g._defer), or 0. */
guint64
ml_runtime_get_defers (MlRuntime *self,
                       guint      goid)
{
  g_return_val_if_fail (ML_IS_RUNTIME (self), 0);
  ml_model_check (goid >= 1 && goid <= self->ngoroutines);
  return _ml_g (self, goid)->defer_head;
}

/* popDefer: unlinks the newest record of goroutine @goid and, for a heap one, gives it back
 * to the P's pool (half of a full pool goes to the central list first).  Returns the
 * function value it held. */
guint64
ml_runtime_popdefer (MlRuntime *self,
                     guint      goid)
{
  MlG *g;
  guint64 d, fn;

  g_return_val_if_fail (ML_IS_RUNTIME (self), 0);
  ml_model_check (goid >= 1 && goid <= self->ngoroutines);

  g = _ml_g (self, goid);
  d = g->defer_head;
  if (d == 0)
    return 0;
  fn = _ml_load (self, d + ML_DEFER_OFF_FN);
  if (!(_ml_load (self, d + ML_DEFER_OFF_HEAP) & 1))
    {
      _ml_store (self, d + ML_DEFER_OFF_FN, 0);
      ML_JOURNALED_SET (self, g->defer_head, _ml_load (self, d + ML_DEFER_OFF_LINK));
      _ml_store (self, d + ML_DEFER_OFF_LINK, 0);
      return fn;
    }
  ml_runtime_write_pointer (self, d + ML_DEFER_OFF_FN, 0);
  ML_JOURNALED_SET (self, g->defer_head, _ml_load (self, d + ML_DEFER_OFF_LINK));
  ml_runtime_write_pointer (self, d + ML_DEFER_OFF_LINK, 0);
  {
    guint64 pool = pool_global (self, POOL);
    guint64 len_addr = pool_global (self, POOL_LEN);
    guint64 central = pool_global (self, CENTRAL);
    guint64 len = _ml_load (self, len_addr);

    if (len == POOL_CAP)
      {
        guint64 first = 0, last = 0;

        while (len > POOL_CAP / 2)
          {
            guint64 x = _ml_load (self, pool + (len - 1) * 8);

            ml_runtime_write_pointer (self, pool + (len - 1) * 8, 0);
            len--;
            if (first == 0)
              first = x;
            else
              ml_runtime_write_pointer (self, last + ML_DEFER_OFF_LINK, x);
            last = x;
          }
        ml_runtime_write_pointer (self, last + ML_DEFER_OFF_LINK, _ml_load (self, central));
        ml_runtime_write_pointer (self, central, first);
      }
    /* *d = _defer{} */
    _ml_memory_zero (self, d, ML_DEFER_SIZE);
    ml_runtime_write_pointer (self, pool + len * 8, d);
    _ml_store (self, len_addr, len + 1);
  }
  return fn;
}

/* The innermost panic of goroutine @goid (g._panic), a record in one of its frames, or 0. */
guint64
ml_runtime_get_panics (MlRuntime *self,
                       guint      goid)
{
  g_return_val_if_fail (ML_IS_RUNTIME (self), 0);
  ml_model_check (goid >= 1 && goid <= self->ngoroutines);
  return _ml_g (self, goid)->panic_head;
}

void
ml_runtime_set_panics (MlRuntime *self,
                       guint      goid,
                       guint64    p)
{
  g_return_if_fail (ML_IS_RUNTIME (self));
  ml_model_check (goid >= 1 && goid <= self->ngoroutines);
  ML_JOURNALED_SET (self, _ml_g (self, goid)->panic_head, p);
}

/* clearpools, at a cycle's start: the central list is dropped, its links broken first "so
 * that a dangling ref to one entry does not pin all of them"; the P's pool stays. */
void
_ml_defer_clearpools (MlRuntime *self)
{
  guint64 central = ml_runtime_lookup_global (self, CENTRAL);
  guint64 d;

  if (central == 0)
    return;
  for (d = _ml_load (self, central); d != 0;)
    {
      guint64 next = _ml_load (self, d + ML_DEFER_OFF_LINK);

      _ml_store (self, d + ML_DEFER_OFF_LINK, 0);
      d = next;
    }
  _ml_store (self, central, 0);
}

/* scanstack's walk of @g's records: each one's function value and link, and each heap
 * record itself, which the list may reach only through the stack. */
void
_ml_defer_roots (MlRuntime  *self,
                 MlG        *g,
                 MlRootFunc  func,
                 gpointer    user_data)
{
  for (guint64 d = g->defer_head; d != 0; d = _ml_load (self, d + ML_DEFER_OFF_LINK))
    {
      guint64 fn = _ml_load (self, d + ML_DEFER_OFF_FN);
      guint64 link = _ml_load (self, d + ML_DEFER_OFF_LINK);

      if (fn != 0)
        func (self, d + ML_DEFER_OFF_FN, fn, user_data);
      if (link != 0)
        func (self, d + ML_DEFER_OFF_LINK, link, user_data);
      if (_ml_load (self, d + ML_DEFER_OFF_HEAP) & 1)
        func (self, 0, d, user_data);
    }
}

/* adjustdefers and adjustpanics, after @g's stack moved from [@old_lo, @old_hi) by @delta:
 * the list's head, and each record's fn, sp and link, when they point into the old stack. */
void
_ml_defer_adjust (MlRuntime *self,
                  MlG       *g,
                  guint64    old_lo,
                  guint64    old_hi,
                  guint64    delta)
{
  static const guint64 fields[] = { ML_DEFER_OFF_FN, ML_DEFER_OFF_SP, ML_DEFER_OFF_LINK };

  if (g->panic_head >= old_lo && g->panic_head < old_hi)
    ML_JOURNALED_SET (self, g->panic_head, g->panic_head + delta);
  if (g->defer_head >= old_lo && g->defer_head < old_hi)
    ML_JOURNALED_SET (self, g->defer_head, g->defer_head + delta);
  for (guint64 d = g->defer_head; d != 0; d = _ml_load (self, d + ML_DEFER_OFF_LINK))
    for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
      {
        guint64 v = _ml_load (self, d + fields[i]);

        if (v >= old_lo && v < old_hi)
          _ml_store (self, d + fields[i], v + delta);
      }
}
