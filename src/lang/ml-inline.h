/* ml-inline.h
 *
 * Copyright 2026 The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Inlining as Go 1.27's default build decides it (cmd/compile/internal/inline): the cost of
 * every function, which call sites are inlined, and the "can inline" and "inlining call to"
 * lines go build -gcflags=-m prints.
 */

#pragma once

#include <glib.h>

#include "ml-program.h"

G_BEGIN_DECLS

typedef struct _MlInlineResult MlInlineResult;

/**
 * MlInlineWrapper:
 * @name: the wrapper's name, as gc names it: "(*T).m", "T.m", "T.m-fm"
 * @callee: the method whose call it inlines
 * @copy: the number of that inlined copy, for ml_inline_result_get_inlined()
 *
 * A method wrapper gc generates, whose call of the method it inlines.
 */
typedef struct
{
  char   *name;
  MlFunc *callee;
  guint   copy;
} MlInlineWrapper;

typedef enum
{
  ML_INLINE_LINES_ALL,
  ML_INLINE_LINES_FUNCS,
  ML_INLINE_LINES_CALLS,
} MlInlineLines;

MlInlineResult *ml_inline_analyze            (MlProgram      *program);
void            ml_inline_result_free        (MlInlineResult *self);
gint            ml_inline_result_get_cost    (MlInlineResult *self,
                                              MlFunc         *fn);
const char     *ml_inline_result_get_callee  (MlInlineResult *self,
                                              MlNode         *call);
const char     *ml_inline_result_get_result_name (MlInlineResult *self,
                                                  MlNode         *call);
const char     *ml_inline_result_get_result_name_at (MlInlineResult *self,
                                                     guint           copy,
                                                     MlNode         *call);
MlFunc         *ml_inline_result_get_inlined (MlInlineResult *self,
                                              guint           copy,
                                              MlNode         *call,
                                              guint          *inner);
GPtrArray      *ml_inline_result_get_wrappers (MlInlineResult *self);
char           *ml_inline_result_format      (MlInlineResult *self,
                                              const char     *filename,
                                              MlInlineLines   part);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (MlInlineResult, ml_inline_result_free)

G_END_DECLS
