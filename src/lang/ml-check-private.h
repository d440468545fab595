/* ml-check-private.h
 *
 * Copyright 2026 The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What the files of the type checker share: the checker's context (MlChecker), scopes, and
 * the functions one file of the checker calls in another.  The files follow types2
 * (cmd/compile/internal/types2), one concern each: ml-check.c drives the passes over a
 * package or a notebook; scope, operand, const, universe, typexpr, expr, call, builtins,
 * index, literals, assign, stmt, return and decl are named after their types2 counterparts;
 * directive checks MemLab's own //memlab: comments.  The declarations below are grouped by
 * the file that defines them.
 */

#pragma once

#include "ml-arena-private.h"
#include "ml-check.h"
#include "ml-diagnostic-private.h"
#include "ml-program-private.h"

G_BEGIN_DECLS

typedef struct _MlScope MlScope;
struct _MlScope
{
  MlScope    *parent;
  GHashTable *names;
  /* Labels, loops and switches are tracked by the checker itself. */
  gboolean    is_func;
};

/* What the checker tracks in the body of one function.  A function literal saves it, checks
 * its own body and restores it. */
typedef struct
{
  MlFunc     *fn;
  GPtrArray  *vars;          /* its locals, for "declared and not used" */
  guint       loop_depth;
  guint       break_depth;
} MlCheckBody;

/* An array type and where gc would lay it out (ml_check_array_sizes). */
typedef struct
{
  MlType *type;
  MlPos   pos;
} MlCheckArray;

/* The checker's state while it checks one program (types2's Checker). */
typedef struct
{
  MlProgram  *prog;
  MlArena    *arena;
  MlDiagSink  sink;
  MlScope    *universe;
  MlScope    *pkg;
  MlScope    *scope;
  GPtrArray  *all_scopes;
  MlCheckBody body;
  GPtrArray  *imports;       /* package objects */
  GHashTable *pkg_members;   /* "fmt.Println" -> object */
  gint64      iota;
  gboolean    have_iota;
  /* Where errors go while a constant's repeated (inherited) values are checked: the constant,
   * as types2's errpos. */
  MlPos       errpos;
  /* Where gc would be when it lays out a type written now (the declared type or variable,
   * or the statement), and the array types written so far with that place (MlCheckArray):
   * gc checks their sizes once types2 found no error. */
  MlPos       size_pos;
  GArray     *arrays;

  /* The predeclared types (ml-check-universe.c). */
  MlType     *t_invalid;
  MlType     *t_bool, *t_int, *t_int8, *t_int16, *t_int32, *t_int64;
  MlType     *t_uint, *t_uint8, *t_uint16, *t_uint32, *t_uint64, *t_uintptr;
  MlType     *t_float32, *t_float64, *t_complex64, *t_complex128, *t_string;
  MlType     *t_byte, *t_rune, *t_unsafe_pointer;
  MlType     *t_ubool, *t_uint_const, *t_urune, *t_ufloat, *t_ucomplex, *t_ustring, *t_unil;
  MlType     *t_any, *t_error, *t_memstats;

  /* Interface types whose method sets wait for interfaces declared later. */
  GPtrArray  *pending_ifaces;
  /* gc's temporaries made in the statement being checked (ml-check-autotmp.c). */
  GArray     *autotmps;

  /* The file being checked (the program's, or a standard library package's), the import
   * path of that package (%NULL for the program) and the packages loaded so far
   * (ml-check-std.c). */
  MlFile     *file;
  const char *cur_pkg;
  GHashTable *std_loaded;
} MlChecker;

/* ml-check-std.c */
gboolean    ml_check_is_std_package    (const char  *path);
gboolean    ml_check_is_known_package  (MlChecker   *c,
                                        const char  *path);
gboolean    ml_check_import_std        (MlChecker   *c,
                                        const char  *path);
void        ml_check_package_file      (MlChecker   *c);

/* Reports a Go error, or a construct MemLab does not support yet (with a translatable
 * message of our own), at @pos. */
#define ml_check_error_at(c, pos, ...) \
  ml_diag_sink_addf (&(c)->sink, ML_DIAGNOSTIC_ERROR, \
                     (c)->errpos.line != 0 ? (c)->errpos : (pos), __VA_ARGS__)
#define ml_check_unsupported_at(c, pos, ...) \
  ml_diag_sink_addf (&(c)->sink, ML_DIAGNOSTIC_UNSUPPORTED, (pos), __VA_ARGS__)

/* An operand that can be used further: checked without error and with a type. */
static inline gboolean
ml_check_is_valid (MlNode *n)
{
  return n != NULL && n->mode != ML_MODE_INVALID && n->type != NULL
         && n->type->kind != ML_TYPE_INVALID;
}

/* Marks an operand as erroneous, so that nothing more is reported about it. */
static inline void
ml_check_invalidate (MlChecker *c,
                     MlNode    *n)
{
  n->mode = ML_MODE_INVALID;
  n->type = c->t_invalid;
}

/* The comparison operators, whose result is an untyped boolean. */
static inline gboolean
ml_check_is_comparison (MlToken op)
{
  return op == ML_TOK_EQL || op == ML_TOK_NEQ || op == ML_TOK_LSS || op == ML_TOK_LEQ
         || op == ML_TOK_GTR || op == ML_TOK_GEQ;
}

/* ml-check-scope.c */
MlScope   *ml_scope_new                (MlArena     *arena,
                                        MlScope     *parent);
void       ml_scope_release            (MlScope     *scope);
MlObject  *ml_scope_lookup             (MlScope     *scope,
                                        const char  *name,
                                        gboolean     recursive);
void       ml_scope_insert             (MlScope     *scope,
                                        MlObject    *obj);
MlScope   *ml_check_push_scope         (MlChecker   *c);
void       ml_check_pop_scope          (MlChecker   *c);
MlObject  *ml_check_new_object         (MlChecker   *c,
                                        MlObjectKind kind,
                                        const char  *name,
                                        MlPos        pos,
                                        MlType      *type);
gboolean   ml_check_declare            (MlChecker   *c,
                                        MlObject    *obj);
MlObject  *ml_check_declare_var        (MlChecker   *c,
                                        MlNode      *ident,
                                        MlType      *type);
MlObject  *ml_check_lookup_member      (MlChecker   *c,
                                        MlObject    *pkg,
                                        const char  *name);

/* ml-check-operand.c */
void       ml_check_error_withdrawn    (MlChecker   *c,
                                        MlPos        pos,
                                        const char  *format,
                                        ...) G_GNUC_PRINTF (3, 4);
void       ml_check_error_no_value     (MlChecker   *c,
                                        MlNode      *n);
const char *ml_check_composite_kind_name (MlType    *u);
char      *ml_check_describe           (MlNode      *n);
gboolean   ml_check_single_value       (MlChecker   *c,
                                        MlNode      *n);
gboolean   ml_check_is_nillable        (MlType      *t);
gboolean   ml_check_assignable         (MlType      *v,
                                        MlType      *t);
gboolean   ml_check_assignable_cause   (MlType      *v,
                                        MlType      *t,
                                        char       **cause);

/* ml-check-const.c */

/* Whether a constant can be a value of a type, and why not (types2's error codes). */
typedef enum
{
  ML_CONST_FITS,
  ML_CONST_TRUNCATED,
  ML_CONST_OVERFLOWS,
  ML_CONST_INVALID,
} MlConstFit;

MlConst   *ml_check_const_int          (MlChecker   *c,
                                        gint64       v);
gboolean   ml_check_representable_const (MlChecker    *c,
                                         const MlConst *x,
                                         MlType       *t,
                                         MlConst     **rounded);
MlConstFit ml_check_representation     (MlChecker   *c,
                                        MlNode      *x,
                                        MlType      *t,
                                        MlConst    **out);
void       ml_check_invalid_conversion (MlChecker   *c,
                                        MlConstFit   code,
                                        MlNode      *x,
                                        MlType      *target);
gboolean   ml_check_representable      (MlChecker   *c,
                                        MlNode      *x,
                                        MlType      *t);
MlPos      ml_check_op_pos             (MlNode      *n);
gboolean   ml_check_overflow           (MlChecker   *c,
                                        MlNode      *n);
MlConst   *ml_check_concat             (MlChecker   *c,
                                        MlNode      *n,
                                        MlConst     *x,
                                        MlConst     *y);
MlType    *ml_check_default_type       (MlChecker   *c,
                                        MlType      *t);
gint64     ml_check_const_int_value    (MlNode      *n,
                                        gboolean    *ok);
gboolean   ml_check_fold_binary        (MlChecker   *c,
                                        MlToken      op,
                                        MlConst     *a,
                                        MlConst     *b,
                                        gboolean     integer,
                                        MlConst    **out);

/* ml-check-universe.c */
void       ml_check_setup_universe     (MlChecker   *c);

/* ml-check-typexpr.c */
MlType    *ml_check_new_type           (MlChecker   *c,
                                        MlTypeKind   kind,
                                        const char  *name);
MlType    *ml_check_new_pointer        (MlChecker   *c,
                                        MlType      *elem);
MlType    *ml_check_new_slice          (MlChecker   *c,
                                        MlType      *elem);
MlType    *ml_check_new_tuple          (MlChecker   *c,
                                        guint        n,
                                        MlType     **types);
MlType    *ml_check_new_func_type      (MlChecker   *c,
                                        guint        n_params,
                                        MlType     **params,
                                        guint        n_results,
                                        MlType     **results,
                                        gboolean     variadic);
MlType    *ml_check_resolve_type       (MlChecker   *c,
                                        MlNode      *n);
void          ml_check_array_sizes    (MlChecker *c);
MlType    *ml_check_resolve_signature  (MlChecker   *c,
                                        MlNode      *ft);
gboolean   ml_check_looks_like_type    (MlChecker   *c,
                                        MlNode      *n);

/* ml-check-expr.c */
void       ml_check_expr               (MlChecker   *c,
                                        MlNode      *n,
                                        MlType      *hint);
void       ml_check_expr_list          (MlChecker   *c,
                                        MlNodeList  *list);
void       ml_check_ident              (MlChecker   *c,
                                        MlNode      *n);
void       ml_check_binary             (MlChecker   *c,
                                        MlNode      *n,
                                        MlType      *hint);

/* ml-check-embed.c: ml_type_lookup_selection() (ml-types.h) and */
void       ml_check_insert_implicit    (MlChecker         *c,
                                        MlNode            *n,
                                        const MlSelection *lk);

/* ml-check-autotmp.c */
MlObject  *ml_check_new_autotmp        (MlChecker   *c,
                                        MlPos        pos,
                                        MlType      *type,
                                        MlNode     **ident);
void       ml_check_flush_autotmps     (MlChecker   *c);
void       ml_check_callee_autotmp     (MlChecker   *c,
                                        MlNode      *call);

/* ml-check-call.c */
void       ml_check_call               (MlChecker   *c,
                                        MlNode      *n);
void       ml_check_selector           (MlChecker   *c,
                                        MlNode      *n);
void       ml_check_report_count       (MlChecker   *c,
                                        MlPos        at,
                                        gboolean     few,
                                        const char  *fname,
                                        MlNodeList  *have,
                                        MlType      *sig);

/* ml-check-builtins.c */
void       ml_check_builtin_call       (MlChecker   *c,
                                        MlNode      *n,
                                        MlObject    *b);
gboolean   ml_check_builtin_is_expression (MlBuiltin b);

/* ml-check-index.c */
MlType    *ml_check_array_behind_pointer (MlType    *u);
gboolean   ml_check_integer_operand    (MlChecker   *c,
                                        MlNode      *n,
                                        gboolean     size);
void       ml_check_report_negative    (MlChecker   *c,
                                        MlNode      *n);
gboolean   ml_check_index_value        (MlChecker   *c,
                                        MlNode      *idx,
                                        gint64       bound,
                                        gboolean     allow_eq,
                                        gint64      *value);
void       ml_check_index              (MlChecker   *c,
                                        MlNode      *n);
void       ml_check_slice_expr         (MlChecker   *c,
                                        MlNode      *n);

/* ml-check-literals.c */
void       ml_check_basic_lit          (MlChecker   *c,
                                        MlNode      *n);
void       ml_check_composite_lit      (MlChecker   *c,
                                        MlNode      *n,
                                        MlType      *hint);
void       ml_check_func_lit           (MlChecker   *c,
                                        MlNode      *n);

/* ml-check-assign.c */
MlConstFit ml_check_convert_untyped    (MlChecker   *c,
                                        MlNode      *n,
                                        MlType      *target);
gboolean   ml_check_convert_untyped_or_report (MlChecker *c,
                                               MlNode    *n,
                                               MlType    *target);
gboolean   ml_check_assign_operand     (MlChecker   *c,
                                        MlNode      *n,
                                        MlType      *target,
                                        const char  *context);
gboolean   ml_check_use_default_type   (MlChecker   *c,
                                        MlNode      *n);
MlType    *ml_check_initializer        (MlChecker   *c,
                                        MlNode      *value,
                                        MlType      *declared,
                                        const char  *context);
gboolean   ml_check_lhs                (MlChecker   *c,
                                        MlNode      *lhs,
                                        MlType     **type_out);
void       ml_check_report_assign_mismatch (MlChecker  *c,
                                            MlNode     *lhs0,
                                            guint       nl,
                                            MlNodeList *rhs,
                                            guint       nr_values);
MlType   **ml_check_rhs                (MlChecker   *c,
                                        MlNode      *stmt,
                                        guint        nl,
                                        MlNodeList  *rhs,
                                        MlType     **hints,
                                        gboolean    *tuple_out);
void       ml_check_assign             (MlChecker   *c,
                                        MlNode      *n);

/* ml-check-stmt.c */
void       ml_check_defer              (MlChecker   *c,
                                        MlNode      *n);
void       ml_check_stmt               (MlChecker   *c,
                                        MlNode      *n);
void       ml_check_func_body          (MlChecker   *c,
                                        MlFunc      *fn,
                                        MlNode      *ftype,
                                        MlNode      *body,
                                        MlNode      *recv);
void       ml_check_report_unused      (MlChecker   *c,
                                        GPtrArray   *vars);

/* ml-check-return.c */
gboolean   ml_check_is_terminating     (MlNode      *s,
                                        const char  *label);

/* ml-check-complex.c */
void       ml_check_builtin_complex    (MlChecker   *c,
                                        MlNode      *n);
void       ml_check_builtin_real_imag  (MlChecker   *c,
                                        MlNode      *n,
                                        gboolean     real);

/* ml-check-branches.c */
void       ml_check_branches           (MlChecker   *c,
                                        MlNode      *body);

/* ml-check-decl.c */
void       ml_check_gen_decl           (MlChecker   *c,
                                        MlNode      *d);
void       ml_check_type_spec          (MlChecker   *c,
                                        MlNode      *spec,
                                        MlObject    *pre);
void       ml_check_global             (MlChecker   *c,
                                        MlObject    *obj);
void       ml_check_declare_func       (MlChecker   *c,
                                        MlNode      *decl);
void       ml_check_func_decl          (MlChecker   *c,
                                        MlNode      *decl);

/* ml-check-iface.c */
MlType    *ml_check_resolve_interface  (MlChecker   *c,
                                        MlNode      *n);
void       ml_check_complete_interfaces (MlChecker  *c);
const char *ml_check_missing_method    (MlType      *v,
                                        MlType      *t,
                                        gboolean     is_static,
                                        char       **cause);
gboolean   ml_check_implements         (MlType      *v,
                                        MlType      *t,
                                        char       **cause);
void       ml_check_type_assert        (MlChecker   *c,
                                        MlNode      *n);
void       ml_check_type_switch        (MlChecker   *c,
                                        MlNode      *n);
gboolean   ml_check_interface_selector (MlChecker   *c,
                                        MlNode      *n);
void       ml_check_method_expr        (MlChecker   *c,
                                        MlNode      *n);

/* ml-check-initorder.c */
void       ml_check_init_order         (MlChecker   *c);

/* ml-check-directive.c */
void       ml_check_directive          (MlChecker   *c,
                                        MlNode      *n);

G_END_DECLS
