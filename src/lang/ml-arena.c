/* ml-arena.c
 *
 * Copyright 2026 The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The bump allocator behind ml-arena-private.h: chunks of 64 KiB handed out in order, with a
 * request over a quarter of a chunk in a block of its own, and strings in a GStringChunk
 * (ml_arena_strdup() stores equal strings once).  Nothing is freed before the whole arena is.
 */

#define G_LOG_DOMAIN "ml-arena"

#include "config.h"

#include <string.h>

#include "ml-arena-private.h"

#define ML_ARENA_CHUNK (64 * 1024)

struct _MlArena
{
  GPtrArray    *chunks;
  guint8       *cur;
  gsize         left;
  GStringChunk *strings;
};

MlArena *
ml_arena_new (void)
{
  MlArena *arena = g_new0 (MlArena, 1);

  arena->chunks = g_ptr_array_new_with_free_func (g_free);
  arena->strings = g_string_chunk_new (4096);
  return arena;
}

void
ml_arena_free (MlArena *arena)
{
  if (arena == NULL)
    return;
  g_ptr_array_unref (arena->chunks);
  g_string_chunk_free (arena->strings);
  g_free (arena);
}

gpointer
ml_arena_alloc (MlArena *arena,
                gsize    size)
{
  gpointer p;

  size = (size + 15) & ~(gsize) 15;
  if (size > ML_ARENA_CHUNK / 4)
    {
      /* Big blocks get their own chunk so the current one is not wasted. */
      p = g_malloc0 (size);
      g_ptr_array_add (arena->chunks, p);
      return p;
    }
  if (size > arena->left)
    {
      arena->cur = g_malloc0 (ML_ARENA_CHUNK);
      arena->left = ML_ARENA_CHUNK;
      g_ptr_array_add (arena->chunks, arena->cur);
    }
  p = arena->cur;
  arena->cur += size;
  arena->left -= size;
  return p;
}

gpointer
ml_arena_memdup (MlArena       *arena,
                 gconstpointer  data,
                 gsize          size)
{
  gpointer p;

  if (size == 0)
    return NULL;
  p = ml_arena_alloc (arena, size);
  memcpy (p, data, size);
  return p;
}

const char *
ml_arena_strdup (MlArena    *arena,
                 const char *str)
{
  if (str == NULL)
    return NULL;
  return g_string_chunk_insert_const (arena->strings, str);
}

const char *
ml_arena_strndup (MlArena    *arena,
                  const char *str,
                  gsize       len)
{
  return g_string_chunk_insert_len (arena->strings, str, len);
}
