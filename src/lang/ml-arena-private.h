/* ml-arena-private.h
 *
 * Copyright 2026 The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A bump allocator for AST nodes, types, objects and scopes: a program is built
 * once, read many times and freed as a whole, so a malloc per node would
 * only cost time and fragment the heap.  Memory is zeroed.
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct _MlArena MlArena;

MlArena    *ml_arena_new    (void);
void        ml_arena_free   (MlArena    *arena);
gpointer    ml_arena_alloc  (MlArena    *arena,
                             gsize       size);
gpointer    ml_arena_memdup (MlArena    *arena,
                             gconstpointer data,
                             gsize       size);
const char *ml_arena_strdup (MlArena    *arena,
                             const char *str);
const char *ml_arena_strndup (MlArena   *arena,
                              const char *str,
                              gsize       len);

#define ml_arena_new0(arena, Type) ((Type *) ml_arena_alloc ((arena), sizeof (Type)))

G_END_DECLS
