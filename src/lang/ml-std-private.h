/* ml-std-private.h
 *
 * Copyright 2026 The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The Go sources of MemLab's standard library (src/lang/std), compiled into the binary by
 * embed-std.py as a table the checker reads when a program imports one of them.
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* One package: its import path, its file's path under src/lang/std and its text. */
typedef struct
{
  const char *pkg;
  const char *path;
  const char *text;
  gsize       len;
} MlStdFile;

/* Ends with an entry whose pkg is %NULL. */
extern const MlStdFile ml_std_files[];

G_END_DECLS
