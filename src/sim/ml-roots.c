/* ml-roots.c
 *
 * Copyright 2026 The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The roots: every pointer word of package variables (by the globals' pointer bitmaps) and of
 * goroutine frames (by their frame layouts, and of those only the words the driver's stack map
 * says are live at the frame's safe point, as scanframeworker does), with the records of
 * deferred calls a goroutine holds.  Marking scans them
 * job by job (markroot, in ml-mark.c); the referee walks them whole, or the jobs a cycle has or
 * has not done yet.  Both go through here, so that they agree on what a root is.
 */

#define G_LOG_DOMAIN "ml-roots"

#include "ml-roots-private.h"
#include "ml-memory-private.h"
#include "ml-stack-private.h"
#include "ml-defer-private.h"
#include "ml-model-check.h"

/* How many root jobs the package variables of @region make: one per 256 KiB block. */
guint64
_ml_roots_count_blocks (MlRuntime  *self,
                        MlRegionId  region)
{
  return (self->regions[region].used + ML_ROOT_BLOCK_BYTES - 1) / ML_ROOT_BLOCK_BYTES;
}

/* The block of package variables that global root job @job of this cycle scans: [@from, @to)
 * in the returned region.  Data's jobs come first, then bss's. */
MlRegionId
_ml_roots_global_block (MlRuntime *self,
                        guint64    job,
                        guint64   *from,
                        guint64   *to)
{
  gboolean data = job < self->gc.n_data_blocks;
  MlRegionId region = data ? ML_REGION_DATA : ML_REGION_BSS;
  guint64 block = data ? job : job - self->gc.n_data_blocks;
  const MlRegion *r = &self->regions[region];

  *from = r->base + block * ML_ROOT_BLOCK_BYTES;
  *to = MIN (*from + ML_ROOT_BLOCK_BYTES, r->base + r->used);
  return region;
}

/* Calls @func for every pointer word of the package variables of @region in [@from, @to). */
void
_ml_roots_globals (MlRuntime  *self,
                   MlRegionId  region,
                   guint64     from,
                   guint64     to,
                   MlRootFunc  func,
                   gpointer    user_data)
{
  const guint64 *mask = self->global_ptrmask[region == ML_REGION_DATA ? 0 : 1];
  guint64 base = self->regions[region].base;

  ml_model_check (region == ML_REGION_DATA || region == ML_REGION_BSS);

  to = MIN (to, base + self->regions[region].used);
  for (guint64 a = (from + 7) & ~G_GUINT64_CONSTANT (7); a < to; a += 8)
    {
      guint64 w = (a - base) / 8;

      if ((w & 63) == 0 && mask[w / 64] == 0)
        {
          a += 63 * 8;
          continue;
        }
      if ((mask[w / 64] >> (w % 64)) & 1)
        func (self, a, _ml_load (self, a), user_data);
    }
}

/* Calls @func for every pointer word of global root jobs [@first, @end). */
void
_ml_roots_global_jobs (MlRuntime  *self,
                       guint64     first,
                       guint64     end,
                       MlRootFunc  func,
                       gpointer    user_data)
{
  for (guint64 job = first; job < end; job++)
    {
      guint64 from, to;
      MlRegionId region = _ml_roots_global_block (self, job, &from, &to);

      _ml_roots_globals (self, region, from, to, func, user_data);
    }
}

void
ml_runtime_set_stack_map_func (MlRuntime      *self,
                               MlStackMapFunc  func,
                               gpointer        user_data)
{
  g_return_if_fail (ML_IS_RUNTIME (self));
  self->stack_map_func = func;
  self->stack_map_data = user_data;
}

/* The stack map of frame number @depth of goroutine @goid (at @fp): what the driver says is
 * live there, or every pointer word (map->live NULL) when it has no map. */
void
_ml_roots_frame_map (MlRuntime  *self,
                     guint64     goid,
                     guint64     depth,
                     guint64     fp,
                     MlStackMap *map)
{
  const MlFrameLayout *layout = _ml_stack_frame_layout (self, fp);

  map->live = NULL;
  map->dead_after = NULL;
  if (self->stack_map_func == NULL
      || !self->stack_map_func (self, goid, depth, layout->id, map, self->stack_map_data))
    {
      map->live = NULL;
      map->dead_after = NULL;
    }
}

/* Calls @func for every live pointer slot of @g's frames, innermost first, then for what its
 * deferred calls' records keep alive (scanstack).  A slot dead at its frame's safe point is
 * no root: what only it reaches is garbage (mgcmark.go's scanframeworker scans
 * locals by the stack map of the frame's PC).  Returns the bytes of stack in use, the work a
 * stack scan counts. */
guint64
_ml_roots_stack (MlRuntime  *self,
                 MlG        *g,
                 MlRootFunc  func,
                 gpointer    user_data)
{
  guint64 fp = g->top_frame;
  guint64 depth = 0;

  while (fp != 0)
    {
      const MlFrameLayout *layout = _ml_stack_frame_layout (self, fp);
      MlStackMap map;

      _ml_roots_frame_map (self, g->id, depth, fp, &map);
      for (guint64 w = 0; w < layout->n_words; w++)
        if (_ml_frame_layout_word_is_pointer (layout, w)
            && (map.live == NULL || ((map.live[w / 64] >> (w % 64)) & 1)))
          {
            guint64 slot = fp + ML_FRAME_HEADER + w * 8;

            func (self, slot, _ml_load (self, slot), user_data);
          }
      fp = _ml_stack_frame_caller (self, fp);
      depth++;
    }
  _ml_defer_roots (self, g, func, user_data);
  return g->stack_hi - g->sp;
}

/* Calls @func for the pointer slots of every live goroutine's frames, or of those whose stack
 * this cycle has (or has not) scanned. */
void
_ml_roots_stacks (MlRuntime     *self,
                  MlStackFilter  which,
                  MlRootFunc     func,
                  gpointer       user_data)
{
  for (guint64 id = 1; id <= self->ngoroutines; id++)
    {
      MlG *g = _ml_g (self, id);
      gboolean scanned = g->scanned_cycle == self->gc.cycles;

      if (g->status == 0 || (which == ML_STACKS_SCANNED && !scanned) || (which == ML_STACKS_UNSCANNED && scanned))
        continue;
      _ml_roots_stack (self, g, func, user_data);
    }
}
