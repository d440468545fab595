/* ml-escape-private.h
 *
 * Copyright 2026 The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What the files of escape analysis share: the data-flow graph (locations, edges, holes), the
 * leak summary of a parameter, the state of one analysis, and the functions one file calls in
 * another.  The files follow gc's cmd/compile/internal/escape (ml-escape.c says which holds
 * what); nothing here is public.
 */

#pragma once

#include <glib.h>

#include "ml-escape.h"
#include "ml-inline.h"

G_BEGIN_DECLS

/* cmd/compile/internal/ir/cfg.go, Go 1.24+. */
#define ML_ESCAPE_MAX_STACK_VAR_SIZE          (128 * 1024)
#define ML_ESCAPE_MAX_IMPLICIT_STACK_VAR_SIZE (64 * 1024)

/* An allocation's location is named "{storage for X}", as gc names it in -m=2 flows; its
 * verdict names it X. */
#define ML_ESCAPE_STORAGE_PREFIX "{storage for "

/* How many results a parameter's leak summary follows, as gc's leaks type does. */
#define ML_ESCAPE_MAX_RESULTS 8

typedef struct _MlEscapeLoc      MlEscapeLoc;
typedef struct _MlEscapeFlowNote MlEscapeFlowNote;

/* Why a value flows along an edge (gc's note), for the -m=2 explanation: the node where it
 * happens and a word such as "assign" or "call parameter".  Notes of one edge are a list,
 * the latest first. */
struct _MlEscapeFlowNote
{
  const char       *why;
  MlNode           *where;
  MlPos             pos;
  MlEscapeFlowNote *next;
};

/* An edge of the graph: src flows into the location that holds the edge, with derefs
 * dereferences (-1 when its address flows, 0 for a copy, +1 for what it points to). */
typedef struct
{
  MlEscapeLoc      *src;
  int               derefs;
  MlEscapeFlowNote *notes;
} MlEscapeEdge;

typedef enum
{
  ML_ESCAPE_LOC_VAR,
  ML_ESCAPE_LOC_ALLOC,
  ML_ESCAPE_LOC_HEAP,
} MlEscapeLocKind;

/* A location: a variable, an allocation site or the heap (gc's location). */
struct _MlEscapeLoc
{
  MlEscapeLocKind  kind;
  MlObject        *var;
  MlNode          *node;
  MlPos            pos;
  char            *name;
  MlFunc          *fn;
  int              loop_depth;
  GArray          *edges;       /* MlEscapeEdge: what flows into this location */
  gboolean         escapes;
  gboolean         is_param;
  gboolean         is_result;
  gboolean         zero_copy;   /* a []byte(s) that may share s's bytes */
  gboolean         silent;      /* an allocation gc gives no verdict for (a defer's wrapper) */
  gboolean         mutates;     /* what it points to may be written (gc's attrMutates) */
  gboolean         in_copy;     /* made in an inlined copy: the caller's verdict only */
  guint            copy;        /* that copy's number (ml-escape-copies.c), 0 for none */
  const char      *heap_reason;

  /* Walk state. */
  guint            walkgen;
  int              derefs;
  MlEscapeLoc     *dst;
  guint            dst_edge;
  gboolean         queued;

  /* Leaks of a parameter: minimal derefs to the heap and to each result,
   * or -1 if it does not get there. */
  int              leak_heap;
  int              leak_result[ML_ESCAPE_MAX_RESULTS];
  int              leak_mutator;

  GPtrArray       *steps;       /* MlEscapeStep: why it escapes, as -m=2 prints it */
};

/* Where an expression's value goes (gc's hole): a location, with the dereferences and notes
 * gathered on the way.  A hole without a location discards the value. */
typedef struct
{
  MlEscapeLoc      *dst;
  int               derefs;
  MlEscapeFlowNote *notes;
} MlEscapeHole;

/* The leak summary of one parameter, as gc encodes it in a param tag: the fewest
 * dereferences with which it reaches the heap, each result and the mutator (a write through
 * it), -1 for never. */
typedef struct
{
  gboolean known;
  int      heap;
  int      result[ML_ESCAPE_MAX_RESULTS];
  int      mutator;
} MlEscapeLeaks;

typedef struct
{
  MlFunc        *fn;
  MlEscapeLeaks *params;   /* receiver first if any */
  guint          n_params;
  gboolean       done;
  gboolean       in_progress;
} MlEscapeFuncInfo;

struct _MlEscapeResult
{
  MlProgram  *program;
  GPtrArray  *notes;
  GHashTable *by_var;
  GHashTable *by_node;
  GHashTable *zero_copy;  /* the []byte(s) conversions gc makes zero-copy */
  GHashTable *copies;     /* the inlined copies' verdicts (ml-escape-copies.c) */
};

/* Where the analysis is: the function being walked and the batch it belongs to.  A callee
 * analysed in the middle of a batch, and a function literal's body, save it and put it back. */
typedef struct
{
  MlFunc         *fn;          /* function being walked */
  MlFunc         *batch_fn;    /* top-level function of the current batch */
  int             loop_depth;
  GPtrArray      *batch_locs;  /* locations of the current batch */
  MlEscapeLoc    *heap;        /* the current batch's heap */
  MlEscapeLoc    *mutator;     /* where values written through go (gc's mutatorLoc) */
  guint           decl_end;    /* where the batch's declared variables end in batch_locs */
} MlEscapeCursor;

/* An inlined copy of a function's body being walked (ml-escape-inline.c): the callee, the
 * function it is inlined into, its number for the inliner's decisions, the outermost call's
 * position, and the locations of its variables (MlObject -> MlEscapeLoc). */
typedef struct _MlEscapeInline MlEscapeInline;
struct _MlEscapeInline
{
  MlFunc         *fn;
  MlFunc         *host;
  guint           id;
  MlPos           pos;
  GHashTable     *vars;
  GHashTable     *consts;      /* parameters never reassigned -> their argument */
  MlEscapeInline *parent;
};

/* The state of one analysis of a program. */
typedef struct
{
  MlProgram      *prog;
  char           *display;     /* the file name as gc prints it */
  GPtrArray      *locs;        /* every location, which it owns */
  GPtrArray      *owned;       /* flow notes, and synthetic nodes they may point at */
  GHashTable     *per_iter;    /* 3-clause loop variables the body never assigns */
  GHashTable     *var_locs;    /* MlObject -> MlEscapeLoc */
  GHashTable     *funcs;       /* MlFunc -> MlEscapeFuncInfo */
  /* In the body of a defer's wrapper: the operands evaluated at the statement (MlNode) and
   * the temporaries that hold them (MlObject). */
  GHashTable     *defer_operands;
  MlEscapeCursor  cur;
  MlEscapeResult *result;
  MlInlineResult *inl;         /* the default build's inlining, NULL for -l */
  MlEscapeInline *inl_ctx;     /* the inlined copy being walked, if any */
  const char     *wrapper;     /* in a method wrapper gc generates: its name */
  GHashTable     *walked;      /* MlFunc whose body was walked: a literal deadlocals
                                * removed never is */
} MlEscape;

/* ml-escape.c: the batch. */
void              _ml_escape_analyze_func   (MlEscape         *e,
                                             MlFunc           *fn);
MlFunc           *_ml_escape_batch_root     (MlFunc           *fn);
void              _ml_escape_begin_batch    (MlEscape         *e,
                                             MlFunc           *fn,
                                             GPtrArray        *batch);
void              _ml_escape_finish_batch   (MlEscape         *e,
                                             GPtrArray        *batch);
void              _ml_escape_func_body      (MlEscape         *e,
                                             MlFunc           *fn);
MlEscapeFuncInfo *_ml_escape_func_info      (MlEscape         *e,
                                             MlFunc           *fn);

/* ml-escape-graph.c: locations, holes and edges. */
MlEscapeLoc      *_ml_escape_new_loc        (MlEscape         *e,
                                             MlEscapeLocKind   kind,
                                             MlObject         *var,
                                             MlNode           *node,
                                             const char       *name);
MlEscapeLoc      *_ml_escape_temp_loc       (MlEscape         *e);
MlEscapeLoc      *_ml_escape_var_loc        (MlEscape         *e,
                                             MlObject         *o);
void              _ml_escape_loc_free       (MlEscapeLoc      *l);
void              _ml_escape_loc_too_large  (MlEscapeLoc      *l);
MlEscapeHole      _ml_escape_hole_note      (MlEscape         *e,
                                             MlEscapeHole      k,
                                             MlNode           *where,
                                             const char       *why);
MlEscapeHole      _ml_escape_hole_shift     (MlEscape         *e,
                                             MlEscapeHole      k,
                                             int               delta,
                                             MlNode           *where,
                                             const char       *why);
void              _ml_escape_flow           (MlEscape         *e,
                                             MlEscapeHole      k,
                                             MlEscapeLoc      *src);
MlEscapeHole      _ml_escape_spill          (MlEscape         *e,
                                             MlEscapeHole      k,
                                             MlNode           *n,
                                             const char       *name);

static inline MlEscapeHole
_ml_escape_hole_of (MlEscapeLoc *l)
{
  MlEscapeHole h = { l, 0, NULL };

  return h;
}

static inline MlEscapeHole
_ml_escape_discard_hole (void)
{
  return _ml_escape_hole_of (NULL);
}

static inline MlEscapeHole
_ml_escape_heap_hole (MlEscape *e)
{
  return _ml_escape_hole_of (e->cur.heap);
}

/* A slice or pointer whose target is written to flows here (gc's mutatorHole). */
static inline MlEscapeHole
_ml_escape_mutator_hole (MlEscape *e)
{
  return _ml_escape_hole_of (e->cur.mutator);
}

/* ml-escape-solve.c: the walk. */
void              _ml_escape_walk_all       (MlEscape         *e,
                                             GPtrArray        *locs);
gboolean          _ml_escape_func_contains  (MlFunc           *outer,
                                             MlFunc           *inner);

/* ml-escape-call.c: calls and closures. */
void              _ml_escape_call           (MlEscape         *e,
                                             MlEscapeHole     *ks,
                                             guint             n_ks,
                                             MlNode           *n);
void              _ml_escape_closure        (MlEscape         *e,
                                             MlEscapeHole      k,
                                             MlNode           *n);

/* ml-escape-defer.c: defer statements. */
void              _ml_escape_defer_stmt     (MlEscape         *e,
                                             MlNode           *n);
void              _ml_escape_defer_body     (MlEscape         *e,
                                             MlFunc           *wrapper);
gboolean          _ml_escape_defer_operand  (MlEscape         *e,
                                             MlEscapeHole      k,
                                             MlNode           *n);

/* ml-escape-expr.c: expressions. */
void              _ml_escape_expr           (MlEscape         *e,
                                             MlEscapeHole      k,
                                             MlNode           *n);
void              _ml_escape_expr_to_iface  (MlEscape         *e,
                                             MlEscapeHole      k,
                                             MlNode           *n);
void              _ml_escape_expr_or_iface  (MlEscape         *e,
                                             MlEscapeHole      k,
                                             MlNode           *n,
                                             gboolean          to_iface);
void              _ml_escape_conversion     (MlEscape         *e,
                                             MlEscapeHole      k,
                                             MlNode           *n);

/* ml-escape-stmt.c: statements. */
void              _ml_escape_stmt           (MlEscape         *e,
                                             MlNode           *n);
void              _ml_escape_stmt_list      (MlEscape         *e,
                                             const MlNodeList *list);

/* ml-escape-assign.c: assignments and the holes they store into. */
MlEscapeHole      _ml_escape_addr_hole      (MlEscape         *e,
                                             MlNode           *n);
void              _ml_escape_assign_list    (MlEscape         *e,
                                             MlNode           *stmt_node,
                                             MlNodeList       *lhs,
                                             MlNodeList       *rhs,
                                             gboolean          define);
void              _ml_escape_assign_spec    (MlEscape         *e,
                                             MlNode           *spec);

/* ml-escape-utils.c: questions about types and trees. */
gboolean          _ml_escape_is_direct_iface (MlType          *t);
gboolean          _ml_escape_is_static_const_var (MlObject    *o);
MlConst          *_ml_escape_static_const_value (MlNode      *n);
MlNode           *_ml_escape_assigned_func_value (MlObject   *o);
gboolean          _ml_escape_assigns_var    (MlNode           *n,
                                             MlObject         *obj);
gboolean          _ml_escape_is_self_assign (MlNode           *dst,
                                             MlNode           *src);

/* ml-escape-print.c: expressions as gc's ir prints them. */
void              _ml_escape_append_ir      (GString          *out,
                                             MlNode           *n);
char             *_ml_escape_storage_name   (MlNode           *n,
                                             const char       *name);
void              _ml_escape_append_typed_const (GString      *out,
                                                 MlConst      *v,
                                                 MlType       *t);
char             *_ml_escape_where_string   (MlNode           *where);

/* ml-escape-report.c: the verdicts and their explanations. */
GPtrArray        *_ml_escape_explain_start  (MlEscapeLoc      *l);
void              _ml_escape_explain_flow   (GPtrArray        *steps,
                                             int               derefs,
                                             MlEscapeLoc      *dst,
                                             MlEscapeLoc      *src);
void              _ml_escape_explain_from   (MlEscape         *e,
                                             GPtrArray        *steps,
                                             MlPos             pos,
                                             const char       *what,
                                             const char       *why);
void              _ml_escape_report_param   (MlEscape         *e,
                                             MlEscapeLoc      *l,
                                             const MlEscapeLeaks *leaks);
void              _ml_escape_report_self_assign (MlEscape     *e,
                                                 MlNode       *stmt_node,
                                                 MlNode       *dst,
                                                 MlNode       *src);
void              _ml_escape_report_locs    (MlEscape         *e,
                                             GPtrArray        *locs);
void              _ml_escape_report_plain   (MlEscape         *e,
                                             MlPos             pos,
                                             char             *message);

/* ml-escape-devirt.c: devirtualize.go. */
void              _ml_escape_devirtualize   (MlEscape         *e);

/* ml-escape-inline.c: inlined calls. */
void              _ml_escape_inline_literal (MlEscape        *e,
                                             MlFunc          *fn);
gboolean          _ml_escape_inline_call    (MlEscape         *e,
                                             MlEscapeHole     *ks,
                                             guint             n_ks,
                                             MlNode           *n,
                                             MlFunc           *callee,
                                             guint             id);
MlEscapeLoc      *_ml_escape_inline_var_loc (MlEscape         *e,
                                             MlObject         *o);
gboolean          _ml_escape_in_copy_body   (MlEscape         *e);
MlPos             _ml_escape_pos            (MlEscape         *e,
                                             MlNode           *n);
guint             _ml_escape_copy_id        (MlEscape         *e);
gboolean          _ml_escape_inlining       (MlEscape         *e);
void              _ml_escape_inline_wrappers (MlEscape        *e);
gboolean          _ml_escape_dead_local     (MlEscape         *e,
                                             MlObject         *o);

/* ml-escape-copies.c: the verdicts of inlined copies, for the compiler. */
void          _ml_escape_copies_seen       (MlEscape       *e,
                                            guint           copy);
void          _ml_escape_copies_record     (MlEscape       *e,
                                            MlEscapeLoc    *l,
                                            guint           first_note);
void          _ml_escape_copies_free       (MlEscapeResult *result);

/* ml-escape-print.c: the inlining decisions the printer follows (NULL for -l), and the
 * inlined copy being walked. */
void          _ml_escape_print_set_inlined (MlInlineResult *inl);
void          _ml_escape_print_set_copy    (MlEscapeInline *ctx);
MlNode       *_ml_escape_copy_const        (MlObject       *o);
MlNode       *_ml_escape_inlined_static_result (MlNode     *call);

G_END_DECLS
