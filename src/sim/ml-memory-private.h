/* ml-memory-private.h
 *
 * Copyright 2026 The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The address space and the simulated memory in it (ml-memory.c): the regions of the program
 * image (text, rodata, data, bss), the heap's 64 MiB arenas, and the word-by-word reads and
 * journaled writes that everything above uses.  It calls nothing above the journal and the
 * event log.
 */

#pragma once

#include "ml-runtime-private.h"

G_BEGIN_DECLS

#define ML_ARENA_PAGES     (1u << (ML_ARENA_SHIFT - ML_PAGE_SHIFT))   /* 8192 */
#define ML_REGION_MAX      (16u << 20)
#define ML_NIL_LIMIT       0x1000

typedef enum
{
  ML_REGION_TEXT,
  ML_REGION_RODATA,
  ML_REGION_DATA,
  ML_REGION_BSS,
  ML_N_REGIONS
} MlRegionId;

struct _MlRegion
{
  const char *name;
  guint64     base;
  guint64     used;           /* journaled: bytes handed out */
  guint64     max;            /* bytes reserved for it */
  guint8    **pages;          /* ML_REGION_MAX / ML_PAGE_SIZE entries */
  gboolean    read_only;
};

#define ML_SLAB_PAGES 256

/* One 64 MiB heap arena: its host pages, and the heap's page table for it (which span each
 * page belongs to, and which pages are in use; see ml-heap-private.h). */
struct _MlArena
{
  guint8  *pages[ML_ARENA_PAGES];
  guint8  *slabs[ML_ARENA_PAGES / ML_SLAB_PAGES];
  guint64  page_span[ML_ARENA_PAGES];          /* journaled: an ML_PAGE_ENTRY, 0 if free */
  guint64  inuse[ML_ARENA_PAGES / 64];         /* journaled: page allocated to a span */
};

/* A package variable of the program image, in data or bss. */
typedef struct
{
  const char   *name;
  const MlRtype *type;
  guint64       addr;
  MlRegionId    region;
} MlGlobal;

void      _ml_memory_init          (MlRuntime *self);
void      _ml_memory_finalize      (MlRuntime *self);
guint8   *_ml_memory_page_slow     (MlRuntime *self,
                                    guint64    addr,
                                    gboolean   create);
MlFault   _ml_memory_check         (MlRuntime *self,
                                    guint64    addr,
                                    gsize      len,
                                    gboolean   write);
MlFault   _ml_memory_check_access  (MlRuntime *self,
                                    guint64    addr,
                                    gsize      len,
                                    gboolean   write);
gboolean  _ml_memory_map_arena     (MlRuntime *self);
void      _ml_memory_zero          (MlRuntime *self,
                                    guint64    addr,
                                    guint64    len);
void      _ml_memory_move          (MlRuntime *self,
                                    guint64    dst,
                                    guint64    src,
                                    guint64    len);
void      _ml_memory_write_bytes   (MlRuntime    *self,
                                    guint64       addr,
                                    const guint8 *in,
                                    gsize         len);
guint64   _ml_region_alloc         (MlRuntime *self,
                                    MlRegionId region,
                                    guint64    size,
                                    guint      align);

static inline guint64 *
_ml_word_ptr (MlRuntime *self,
              guint64    addr,
              gboolean   create)
{
  guint64 off = addr - ML_ARENA_BASE;
  guint8 *page;

  if (G_LIKELY (off < (self->narenas << ML_ARENA_SHIFT)))
    {
      MlArena *a = self->arenas[off >> ML_ARENA_SHIFT];

      page = a->pages[(off >> ML_PAGE_SHIFT) & (ML_ARENA_PAGES - 1)];
      if (G_UNLIKELY (page == NULL))
        page = _ml_memory_page_slow (self, addr, create);
    }
  else
    page = _ml_memory_page_slow (self, addr, create);
  if (page == NULL)
    return NULL;
  return (guint64 *) (gpointer) (page + (addr & (ML_PAGE_SIZE - 1) & ~G_GUINT64_CONSTANT (7)));
}

/* Reads an aligned word of mapped memory; untouched pages read as zero. */
static inline guint64
_ml_load (MlRuntime *self,
          guint64    addr)
{
  guint64 *p = _ml_word_ptr (self, addr, FALSE);

  return p ? *p : 0;
}

static inline void
_ml_store (MlRuntime *self,
           guint64    addr,
           guint64    value)
{
  guint64 *p = _ml_word_ptr (self, addr, value != 0);

  if (p != NULL)
    ml_journal_set (&self->journal, p, value);
}

/* Like an ELF segment, a region is mapped in whole 4 KiB OS pages. */
static inline guint64
_ml_region_mapped_size (const MlRegion *r)
{
  return MAX ((r->used + 4095) & ~G_GUINT64_CONSTANT (4095), 4096);
}

/* The bytes of package variables: what the collector scans as global roots. */
static inline guint64
_ml_memory_globals_size (MlRuntime *self)
{
  return self->regions[ML_REGION_DATA].used + self->regions[ML_REGION_BSS].used;
}

G_END_DECLS
