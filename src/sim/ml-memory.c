/* ml-memory.c
 *
 * Copyright 2026 The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The simulated address space.  Memory is sparse: 8 KiB pages of host memory are allocated the
 * first time something non-zero is written to them, and an untouched page reads as zeros, so a
 * 64 MiB arena costs nothing until it is used.  Text, rodata, data and bss are small regions at
 * Go's linux/amd64 addresses; the heap is a row of 64 MiB arenas from 0xc000000000, mapped one
 * at a time as the heap grows.  Goroutine stacks are carved from heap spans (ml-stack.c), as
 * Go does.  Addresses below 0x1000 fault as a nil dereference, anything else outside a mapped
 * range as an unmapped access.
 *
 * Reads and writes here move bytes and nothing else: a pointer store, which runs the write
 * barrier, is in ml-barrier.c.
 */

#define G_LOG_DOMAIN "ml-memory"

#include "ml-memory-private.h"
#include "ml-event-private.h"
#include "ml-model-check.h"

#include <string.h>
#ifdef G_OS_UNIX
#include <sys/mman.h>
#endif

static const struct
{
  const char *name;
  guint64     base;
  guint64     max;
  gboolean    read_only;
} region_info[ML_N_REGIONS] = {
  { "text", ML_TEXT_BASE, ML_TEXT_CAPACITY, TRUE },
  { "rodata", ML_RODATA_BASE, ML_RODATA_CAPACITY, TRUE },
  { "data", ML_DATA_BASE, ML_DATA_CAPACITY, FALSE },
  { "bss", ML_BSS_BASE, ML_BSS_CAPACITY, FALSE },
};

G_STATIC_ASSERT (ML_TEXT_CAPACITY <= ML_REGION_MAX && ML_RODATA_CAPACITY <= ML_REGION_MAX);
G_STATIC_ASSERT (ML_DATA_CAPACITY <= ML_REGION_MAX && ML_BSS_CAPACITY <= ML_REGION_MAX);

void
_ml_memory_init (MlRuntime *self)
{
  self->regions = g_new0 (MlRegion, ML_N_REGIONS);
  for (guint i = 0; i < ML_N_REGIONS; i++)
    {
      MlRegion *r = &self->regions[i];

      r->name = region_info[i].name;
      r->base = region_info[i].base;
      r->read_only = region_info[i].read_only;
      r->max = region_info[i].max;
      r->pages = g_new0 (guint8 *, ML_REGION_MAX / ML_PAGE_SIZE);
    }
}

void
_ml_memory_finalize (MlRuntime *self)
{
  for (guint i = 0; i < ML_N_REGIONS; i++)
    {
      MlRegion *r = &self->regions[i];

      if (r->pages == NULL)
        continue;
      for (guint p = 0; p < ML_REGION_MAX / ML_PAGE_SIZE; p++)
        g_free (r->pages[p]);
      g_clear_pointer (&r->pages, g_free);
    }
  g_clear_pointer (&self->regions, g_free);
  for (guint i = 0; i < ML_MAX_ARENAS; i++)
    {
      MlArena *a = self->arenas[i];

      if (a == NULL)
        continue;
      for (guint p = 0; p < ML_ARENA_PAGES / ML_SLAB_PAGES; p++)
        g_aligned_free (a->slabs[p]);
      g_clear_pointer (&self->arenas[i], g_free);
    }
}

static MlRegion *
region_of (MlRuntime *self,
           guint64    addr)
{
  for (guint i = 0; i < ML_N_REGIONS; i++)
    {
      MlRegion *r = &self->regions[i];

      if (addr >= r->base && addr - r->base < r->max)
        return r;
    }
  return NULL;
}

guint8 *
_ml_memory_page_slow (MlRuntime *self,
                      guint64    addr,
                      gboolean   create)
{
  guint64 off = addr - ML_ARENA_BASE;
  guint8 **slot;

  if (off < (self->narenas << ML_ARENA_SHIFT))
    {
      MlArena *a = self->arenas[off >> ML_ARENA_SHIFT];
      guint64 page = (off >> ML_PAGE_SHIFT) & (ML_ARENA_PAGES - 1);

      slot = &a->pages[page];
      if (*slot == NULL && create)
        {
          /* Heap pages come in 2 MiB slabs, contiguous and aligned, so that the host can
           * back them with huge pages: the collector's random walks over a big heap then
           * miss the TLB far less.  A heap is dense from its start, so little is wasted. */
          guint64 first = page & ~(guint64) (ML_SLAB_PAGES - 1);
          guint8 *slab = g_aligned_alloc (ML_SLAB_PAGES, ML_PAGE_SIZE, ML_SLAB_PAGES * ML_PAGE_SIZE);

          /* The advice comes before the first touch: zeroing faults the slab in, and pages
           * faulted in before it stay small. */
#if defined(G_OS_UNIX) && defined(MADV_HUGEPAGE)
          madvise (slab, ML_SLAB_PAGES * ML_PAGE_SIZE, MADV_HUGEPAGE);
#endif
          memset (slab, 0, ML_SLAB_PAGES * ML_PAGE_SIZE);
          a->slabs[page / ML_SLAB_PAGES] = slab;
          for (guint i = 0; i < ML_SLAB_PAGES; i++)
            a->pages[first + i] = slab + (gsize) i * ML_PAGE_SIZE;
        }
      return *slot;
    }
  else
    {
      MlRegion *r = region_of (self, addr);

      if (r == NULL)
        return NULL;
      slot = &r->pages[(addr - r->base) >> ML_PAGE_SHIFT];
    }

  /* Pages are created, never freed: the journal may hold addresses inside them. */
  if (*slot == NULL && create)
    *slot = g_malloc0 (ML_PAGE_SIZE);
  return *slot;
}

MlFault
_ml_memory_check (MlRuntime *self,
                  guint64    addr,
                  gsize      len,
                  gboolean   write)
{
  guint64 off = addr - ML_ARENA_BASE;
  MlRegion *r;

  if (addr < ML_NIL_LIMIT)
    return ML_FAULT_NIL;
  if (off < (self->narenas << ML_ARENA_SHIFT))
    return off + len <= (self->narenas << ML_ARENA_SHIFT) ? ML_FAULT_NONE : ML_FAULT_UNMAPPED;
  r = region_of (self, addr);
  if (r == NULL || addr + len > r->base + _ml_region_mapped_size (r) || addr + len < addr)
    return ML_FAULT_UNMAPPED;
  if (write && r->read_only)
    return ML_FAULT_READ_ONLY;
  return ML_FAULT_NONE;
}

gboolean
_ml_memory_map_arena (MlRuntime *self)
{
  if (self->narenas >= ML_MAX_ARENAS)
    return FALSE;
  if (self->arenas[self->narenas] == NULL)
    self->arenas[self->narenas] = g_new0 (MlArena, 1);
  ML_JOURNALED_SET (self, self->narenas, self->narenas + 1);
  return TRUE;
}

/* Region allocation for the program image (data, bss, rodata, text). */
guint64
_ml_region_alloc (MlRuntime  *self,
                  MlRegionId  region,
                  guint64     size,
                  guint       align)
{
  MlRegion *r = &self->regions[region];
  guint64 start;

  align = MAX (align, 1);
  start = (r->used + align - 1) / align * align;
  if (start + size > r->max || start + size < start)
    return 0;
  /* Text and rodata only grow, like the registries that fill them (functions, interned
   * literals): going back in history must not hand their bytes out a second time.  Package
   * variables are program state and follow history. */
  if (r->read_only)
    r->used = start + size;
  else
    ML_JOURNALED_SET (self, r->used, start + size);
  return r->base + start;
}

/* Zeroes [addr, addr+len), both multiples of 8, journaling only words that change. */
void
_ml_memory_zero (MlRuntime *self,
                 guint64    addr,
                 guint64    len)
{
  guint64 end = addr + len;

  ml_model_check ((addr & 7) == 0 && (len & 7) == 0);

  self->work_bytes += len;
  while (addr < end)
    {
      guint64 page_end = (addr | (ML_PAGE_SIZE - 1)) + 1;
      guint64 stop = MIN (end, page_end);
      guint64 *p = _ml_word_ptr (self, addr, FALSE);

      if (p != NULL)
        for (guint64 a = addr; a < stop; a += 8, p++)
          if (*p != 0)
            ml_journal_set (&self->journal, p, 0);
      addr = stop;
    }
}

/* Reads @len bytes at @addr into @out, untouched pages as zeros; the range is mapped. */
static void
read_bytes (MlRuntime *self,
            guint64    addr,
            guint8    *out,
            gsize      len)
{
  while (len > 0)
    {
      guint64 in_page = addr & (ML_PAGE_SIZE - 1);
      gsize n = MIN (len, ML_PAGE_SIZE - in_page);
      guint8 *page = _ml_memory_page_slow (self, addr, FALSE);

      if (page != NULL)
        memcpy (out, page + in_page, n);
      else
        memset (out, 0, n);
      out += n;
      addr += n;
      len -= n;
    }
}

/* memmove through the journal, at any alignment and of any length: a []byte re-sliced at an
 * odd offset, or elements of 1, 2, 4 or 12 bytes, move as Go's memmove moves them.  Word by
 * word when both ends and the length are whole words, the common case (stacks, pointers). */
void
_ml_memory_move (MlRuntime *self,
                 guint64    dst,
                 guint64    src,
                 guint64    len)
{
  if (dst == src || len == 0)
    return;
  if (((dst | src | len) & 7) != 0)
    {
      /* Everything is read before anything is written, so overlapping ranges move as
       * memmove's do. */
      g_autofree guint8 *tmp = g_malloc (len);

      read_bytes (self, src, tmp, len);
      _ml_memory_write_bytes (self, dst, tmp, len);
      return;
    }
  self->work_bytes += len;
  if (dst < src || dst >= src + len)
    {
      for (guint64 i = 0; i < len; i += 8)
        _ml_store (self, dst + i, _ml_load (self, src + i));
    }
  else
    {
      for (guint64 i = len; i > 0; i -= 8)
        _ml_store (self, dst + i - 8, _ml_load (self, src + i - 8));
    }
}

/* _ml_memory_check() for an access the program makes: a fault is also an event. */
MlFault
_ml_memory_check_access (MlRuntime *self,
                         guint64    addr,
                         gsize      len,
                         gboolean   write)
{
  MlFault fault = _ml_memory_check (self, addr, len, write);

  if (fault != ML_FAULT_NONE)
    ML_EVENT (self, ML_EVENT_FAULT, ML_WORKER_MUTATOR, self->current_g, addr, 0, fault, 0);
  return fault;
}

/* memmove of @len bytes within the model, through the journal, at any alignment: what a
 * driver copies (a concatenation's strings) without a copy of its own. */
MlFault
ml_runtime_move (MlRuntime *self,
                 guint64    dst,
                 guint64    src,
                 guint64    len)
{
  MlFault fault;

  g_return_val_if_fail (ML_IS_RUNTIME (self), ML_FAULT_UNMAPPED);

  if (len == 0)
    return ML_FAULT_NONE;
  if ((fault = _ml_memory_check_access (self, src, len, FALSE)) != ML_FAULT_NONE ||
      (fault = _ml_memory_check_access (self, dst, len, TRUE)) != ML_FAULT_NONE)
    return fault;
  _ml_memory_move (self, dst, src, len);
  return ML_FAULT_NONE;
}

/* The work so far, in bytes, of the operations whose work grows with a size: moves,
 * zeroing, byte writes, typed copies and maps' slots, and the heap runtime.GC() scans, the
 * program's and the runtime's.  A driver charges a program for it, so that one statement
 * that copies a large value or collects a large heap costs what it does. */
guint64
ml_runtime_get_work_bytes (MlRuntime *self)
{
  g_return_val_if_fail (ML_IS_RUNTIME (self), 0);
  return self->work_bytes;
}

gboolean
ml_runtime_is_mapped (MlRuntime *self,
                      guint64    addr)
{
  g_return_val_if_fail (ML_IS_RUNTIME (self), FALSE);
  return _ml_memory_check (self, addr, 1, FALSE) == ML_FAULT_NONE;
}


MlFault
ml_runtime_read (MlRuntime *self,
                 guint64    addr,
                 gpointer   buf,
                 gsize      len)
{
  MlFault fault;

  g_return_val_if_fail (ML_IS_RUNTIME (self), ML_FAULT_UNMAPPED);
  g_return_val_if_fail (buf != NULL || len == 0, ML_FAULT_UNMAPPED);

  if (len == 0)
    return ML_FAULT_NONE;
  if ((fault = _ml_memory_check_access (self, addr, len, FALSE)) != ML_FAULT_NONE)
    return fault;
  read_bytes (self, addr, buf, len);
  return ML_FAULT_NONE;
}

/* Writes @len bytes at any alignment, a word at a time through the journal. */
void
_ml_memory_write_bytes (MlRuntime    *self,
                        guint64       addr,
                        const guint8 *in,
                        gsize         len)
{
  self->work_bytes += len;
  while (len > 0)
    {
      guint64 word_addr = addr & ~G_GUINT64_CONSTANT (7);
      guint shift = addr & 7;
      gsize n = MIN (len, 8 - shift);
      guint64 *p = _ml_word_ptr (self, word_addr, TRUE);
      guint64 w = *p;

      memcpy ((guint8 *) &w + shift, in, n);
      ml_journal_set (&self->journal, p, w);
      in += n;
      addr += n;
      len -= n;
    }
}

MlFault
ml_runtime_write (MlRuntime     *self,
                  guint64        addr,
                  gconstpointer  buf,
                  gsize          len)
{
  MlFault fault;

  g_return_val_if_fail (ML_IS_RUNTIME (self), ML_FAULT_UNMAPPED);
  g_return_val_if_fail (buf != NULL || len == 0, ML_FAULT_UNMAPPED);

  if (len == 0)
    return ML_FAULT_NONE;
  if ((fault = _ml_memory_check_access (self, addr, len, TRUE)) != ML_FAULT_NONE)
    return fault;
  _ml_memory_write_bytes (self, addr, buf, len);
  self->gc.graph_version++;
  return ML_FAULT_NONE;
}

MlFault
ml_runtime_read_word (MlRuntime *self,
                      guint64    addr,
                      guint64   *value)
{
  g_return_val_if_fail (ML_IS_RUNTIME (self), ML_FAULT_UNMAPPED);
  g_return_val_if_fail (value != NULL, ML_FAULT_UNMAPPED);

  if ((addr & 7) == 0)
    {
      MlFault fault = _ml_memory_check_access (self, addr, 8, FALSE);

      if (fault != ML_FAULT_NONE)
        return fault;
      *value = _ml_load (self, addr);
      return ML_FAULT_NONE;
    }
  return ml_runtime_read (self, addr, value, 8);
}

MlFault
ml_runtime_write_word (MlRuntime *self,
                       guint64    addr,
                       guint64    value)
{
  g_return_val_if_fail (ML_IS_RUNTIME (self), ML_FAULT_UNMAPPED);

  if ((addr & 7) == 0)
    {
      MlFault fault = _ml_memory_check_access (self, addr, 8, TRUE);

      if (fault != ML_FAULT_NONE)
        return fault;
      _ml_store (self, addr, value);
      self->gc.graph_version++;
      return ML_FAULT_NONE;
    }
  return ml_runtime_write (self, addr, &value, 8);
}
