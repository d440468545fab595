/* ml-source.h
 *
 * Copyright 2026 The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A Go source text (MlSource) and a position in it (MlPos, line and byte column as gc prints
 * them).  Everything the front end reports carries such a position.
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/**
 * MlPos:
 * @line: 1-based line number
 * @col: 1-based byte column (a tab counts as one byte), as Go reports it
 *
 * A position in a Go source file, exactly as the gc toolchain prints it.
 * A zero line means "no position".
 */
typedef struct
{
  guint32 line;
  guint32 col;
} MlPos;

typedef struct _MlSource MlSource;

MlSource   *ml_source_new          (const char *filename,
                                    const char *text,
                                    gssize      length);
MlSource   *ml_source_ref          (MlSource   *self);
void        ml_source_unref        (MlSource   *self);
const char *ml_source_get_filename (MlSource   *self);
const char *ml_source_get_text     (MlSource   *self,
                                    gsize      *length);
guint       ml_source_get_n_lines  (MlSource   *self);
MlPos       ml_source_get_pos      (MlSource   *self,
                                    gsize       offset);
gsize       ml_source_get_offset   (MlSource   *self,
                                    MlPos       pos);
char       *ml_source_dup_line     (MlSource   *self,
                                    guint       line);

static inline int
ml_pos_compare (MlPos a,
                MlPos b)
{
  if (a.line != b.line)
    return a.line < b.line ? -1 : 1;
  if (a.col != b.col)
    return a.col < b.col ? -1 : 1;
  return 0;
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (MlSource, ml_source_unref)

G_END_DECLS
