/* ml-front-end.h
 *
 * Copyright 2026 The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The front end's umbrella header: everything a caller outside src/lang needs (sources,
 * diagnostics, the syntax tree, types, the program, escape analysis) and
 * ml_front_end_compile(), which parses and checks in one call, and the go command's check
 * that a program to run is package main.
 */

#pragma once

#include <glib.h>

#include "ml-ast.h"
#include "ml-check.h"
#include "ml-diagnostic.h"
#include "ml-escape.h"
#include "ml-inline.h"
#include "ml-program.h"
#include "ml-source.h"
#include "ml-types.h"

G_BEGIN_DECLS

/* The longest program MemLab reads, in bytes.  A course's programs are a few kilobytes; the
 * limit keeps a pasted megabyte or a device read by mistake from filling the machine. */
#define ML_SOURCE_MAX_BYTES (1024 * 1024)

gboolean ml_front_end_compile (const char  *filename,
                               const char  *text,
                               gssize       length,
                               MlProgram  **out,
                               GPtrArray  **diagnostics);
gboolean ml_front_end_is_main_package (const char *filename,
                                       const char *text,
                                       gssize      length);

/* What go run prints, alone, for a file of another package. */
#define ML_FRONT_END_NOT_MAIN "package command-line-arguments is not a main package"

G_END_DECLS
