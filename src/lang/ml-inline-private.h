/* ml-inline-private.h
 *
 * Copyright 2026 The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What the inliner's files share: the state of the pass over a program, the budgets of
 * cmd/compile/internal/inline/inl.go, and the table of the standard library's functions as
 * Go 1.27 compiles them.
 */

#pragma once

#include "ml-inline.h"

G_BEGIN_DECLS

/* inl.go's budgets. */
#define ML_INLINE_MAX_BUDGET          80
#define ML_INLINE_EXTRA_CALL_COST     57
#define ML_INLINE_PARAM_CALL_COST     17
#define ML_INLINE_CLOSURE_CALLED_ONCE (10 * ML_INLINE_MAX_BUDGET)

/* A function of the standard library as Go 1.27 builds it: the name -m prints, its cost,
 * and the calls its body inlines in turn ("2pkg.f;3pkg.g": the round each comes out in,
 * counting the call itself as round 1, then the name; "3@1": the function the program
 * passed as argument 1, called in the body and inlined there). */
typedef struct
{
  const char *go_name;   /* as -m prints it: pkg.Func, pkg.(*T).Method */
  gint        cost;
  const char *chain;
} MlInlineStd;

const MlInlineStd *_ml_inline_std_lookup (const char *name);

typedef struct
{
  MlFunc  *fn;
  gint     cost;        /* -1: not inlinable */
  gboolean checked;
  gboolean checking;
  const char *reason;
} MlInlineFunc;

typedef struct
{
  MlProgram  *prog;
  GHashTable *funcs;    /* MlFunc -> MlInlineFunc */
  GPtrArray  *lines;    /* MlInlineLine, in the order -m prints them */
  GHashTable *inlined;  /* MlNode (a call in its own function) -> go name of its callee */
  GHashTable *use_counts; /* MlFunc (a literal) -> calls resolved to it */
  GHashTable *inlined_funcs; /* MlNode (a call in its own function) -> MlFunc inlined there */
  GHashTable *clones;     /* MlNode (an inlined call) -> calls met of the literal it returns */
  GHashTable *copy_literals; /* "copy:literal" (interned) -> calls met of gc's copy of a
                              * literal made by inlining the function it is written in */
  GHashTable *instances;  /* MlInlineKey -> MlInlineInstance: every copy inlined, by where */
  GPtrArray  *copies;     /* MlInlineInstance by id - 1 */
  GPtrArray  *wrappers;   /* MlInlineWrapper, in gc's order */
} MlInline;

/* Where a call is met: in the function's own body (copy 0) or in the body of copy @copy of
 * an inlined function. */
typedef struct
{
  guint   copy;
  MlNode *call;
} MlInlineKey;

/* One inlined copy of a function: its number and the function whose body it copies. */
typedef struct
{
  guint       id;
  MlFunc     *callee;
  const char *chain;    /* a library function's: what its body inlines, as MlInlineStd's */
} MlInlineInstance;

void              _ml_inline_wrappers      (MlInline   *inl);
MlInlineInstance *_ml_inline_wrapper_call  (MlInline   *inl,
                                            MlFunc     *callee);
void              _ml_inline_wrapper_free  (MlInlineWrapper *w);
void              _ml_inline_add_line      (MlInline   *inl,
                                            MlPos       pos,
                                            char       *text);
GHashTable       *_ml_inline_instances_new (void);
MlInlineInstance *_ml_inline_add_instance  (GHashTable *instances,
                                            GPtrArray  *copies,
                                            guint       copy,
                                            MlNode     *call,
                                            MlFunc     *callee);

typedef struct
{
  MlPos  pos;
  char  *text;
} MlInlineLine;

MlInlineFunc *_ml_inline_func        (MlInline   *inl,
                                      MlFunc     *fn);
void          _ml_inline_can_inline  (MlInline   *inl,
                                      MlFunc     *fn);
MlFunc       *_ml_inline_static_callee (MlInline *inl,
                                        MlNode   *fun,
                                        GHashTable *bindings);
MlFunc       *_ml_inline_devirtualized_callee (MlInline *inl,
                                               MlNode   *call);
const char   *_ml_inline_call_std_name (MlNode   *call,
                                        char    **owned);
const char   *_ml_inline_std_func_name (MlFunc   *fn,
                                        char    **owned);
gint          _ml_inline_func_cost   (MlInline    *inl,
                                      MlFunc      *fn,
                                      gint         budget,
                                      const char **reason);
gint          _ml_inline_call_max_cost (MlFunc   *callee,
                                        gboolean  called_once);
MlNode       *_ml_inline_func_body  (MlFunc      *fn);
MlFunc       *_ml_inline_devirt_after_inlining (MlInline   *inl,
                                                MlNode     *call,
                                                gboolean    original,
                                                GHashTable *bindings,
                                                MlPos       pos);

G_END_DECLS
