/* ml-escape.h
 *
 * Copyright 2026 The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The public side of escape analysis: run it over a checked program, print its verdicts as
 * `go build -gcflags='-m -l'` does, and ask where a variable or an allocation lives.  The
 * analysis itself is in the ml-escape*.c files, which share ml-escape-private.h.
 */

#pragma once

#include <glib.h>

#include "ml-inline.h"
#include "ml-program.h"

G_BEGIN_DECLS

/**
 * MlEscapePlace:
 * @ML_ESCAPE_STACK: the value lives in its function's frame
 * @ML_ESCAPE_HEAP: the value is allocated on the heap
 */
typedef enum
{
  ML_ESCAPE_STACK,
  ML_ESCAPE_HEAP,
} MlEscapePlace;

/**
 * MlEscapeStep:
 * @pos: where the step happens
 * @text: the step as "-m=2" prints it, e.g. "flow: ~r0 ← &x:" or
 *   "from &x (address-of) at ./main.go:11:9"
 * @depth: indentation level (1 for a flow, 2 for its "from" lines)
 *
 * One line of a verdict's explanation.
 */
typedef struct
{
  MlPos  pos;
  char  *text;
  guint  depth;
} MlEscapeStep;

/**
 * MlEscapeNote:
 * @pos: where gc reports the verdict
 * @message: the "-m" text, e.g. "moved to heap: x", "new(int) does not escape",
 *   "leaking param: p to result ~r0 level=0"
 * @place: where the value lives
 * @var: (nullable): the variable the verdict is about, if any
 * @node: (nullable): the allocation (new, make, &T{}, literal, conversion...)
 * @reason: (nullable): short reason ("address-of", "too large for stack",
 *   "captured by a closure", "interface-converted", ...), for the inspector
 * @steps: (element-type MlEscapeStep): the reason chain, as "-m=2" prints it
 */
typedef struct
{
  MlPos          pos;
  char          *message;
  MlEscapePlace  place;
  MlObject      *var;
  MlNode        *node;
  char          *reason;
  GPtrArray     *steps;
} MlEscapeNote;

typedef struct _MlEscapeResult MlEscapeResult;

MlEscapeResult *ml_escape_analyze           (MlProgram      *program);
MlEscapeResult *ml_escape_analyze_inlined   (MlProgram      *program,
                                             MlInlineResult *inlined);
void            ml_escape_result_free       (MlEscapeResult *self);
GPtrArray      *ml_escape_result_get_notes  (MlEscapeResult *self);
char           *ml_escape_result_format     (MlEscapeResult *self,
                                             const char     *filename,
                                             gboolean        header);
char           *ml_escape_result_format_inlined (MlEscapeResult *self,
                                                MlInlineResult *inlined,
                                                const char     *filename,
                                                gboolean        header);
char           *ml_escape_result_explain    (MlEscapeResult *self,
                                             const char     *filename);
MlEscapePlace   ml_escape_result_query_var  (MlEscapeResult *self,
                                             MlObject       *var,
                                             const MlEscapeNote **note);
MlEscapePlace   ml_escape_result_query_alloc (MlEscapeResult *self,
                                              MlNode         *node,
                                              const MlEscapeNote **note);
gboolean        ml_escape_result_is_zero_copy (MlEscapeResult *self,
                                               MlNode         *node);
gboolean        ml_escape_result_has_copy   (MlEscapeResult *self,
                                             guint           copy);
MlEscapePlace   ml_escape_result_query_var_in_copy (MlEscapeResult      *self,
                                                    guint                copy,
                                                    MlObject            *var,
                                                    const MlEscapeNote **note);
MlEscapePlace   ml_escape_result_query_alloc_in_copy (MlEscapeResult      *self,
                                                      guint                copy,
                                                      MlNode              *node,
                                                      const MlEscapeNote **note);
gboolean        ml_escape_result_is_zero_copy_in_copy (MlEscapeResult *self,
                                                       guint           copy,
                                                       MlNode         *node);
guint           ml_escape_make_literal_size (MlNode *make,
                                             gint64 *size);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (MlEscapeResult, ml_escape_result_free)

G_END_DECLS
