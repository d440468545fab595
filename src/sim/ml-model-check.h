/* ml-model-check.h
 *
 * Copyright 2026 The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * ml_model_check(), the check sim and vm make of the model's own consistency where a program's
 * behaviour could reach it, and the guard that contains a failed check.  A header of its own
 * because both layers and their drivers use it and nothing else of the runtime's API: a failed
 * check never aborts the process while a guard runs, it records what failed and unwinds to the
 * guard, and the run that failed is dead from then on (see ml-model-check.c).
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/**
 * MlModelFault:
 * @expr: what failed: the checked expression as written, or a sentence
 * @file: the source file of the check
 * @line: its line
 * @function: the function it is in
 *
 * A failed model check.  The strings are static: they outlive the run that failed.
 */
typedef struct
{
  const char *expr;
  const char *file;
  int         line;
  const char *function;
} MlModelFault;

typedef void (*MlModelFunc) (gpointer data);

G_NORETURN
void     ml_model_fail                  (const char   *expr,
                                         const char   *file,
                                         int           line,
                                         const char   *function);
gboolean ml_model_guard                 (MlModelFunc   func,
                                         gpointer      data,
                                         MlModelFault *fault);
gboolean ml_model_guarded               (void);

guint64  ml_model_get_fault_step        (void);
void     ml_model_set_fault_step        (guint64       step);

/* Checks @cond, which only a bug in MemLab can make false, and never compiled out (unlike
 * g_assert).  While a guard runs on this thread, a false @cond ends the guarded run;
 * otherwise it aborts as g_assert() does. */
#define ml_model_check(cond) \
  G_STMT_START \
  { \
    if (G_LIKELY (cond)) \
      ; \
    else \
      ml_model_fail (#cond, __FILE__, __LINE__, G_STRFUNC); \
  } \
  G_STMT_END

G_END_DECLS
