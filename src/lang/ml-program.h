/* ml-program.h
 *
 * Copyright 2026 The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * MlProgram, the front end's result: the syntax tree annotated by the checker, its functions
 * (MlFunc, with their parameters, locals and captures) and its package variables, as the
 * compiler, the escape analysis and the inspector read them.
 */

#pragma once

#include <glib.h>

#include "ml-ast.h"
#include "ml-source.h"
#include "ml-types.h"

G_BEGIN_DECLS

/**
 * MlDeferArgKind:
 * @ML_DEFER_ARG_VALUE: the operand's value, as the call passes it
 * @ML_DEFER_ARG_ADDR: its address, for a method with a pointer receiver called on an
 *   addressable value
 * @ML_DEFER_ARG_DEREF: the value it points to, for a method with a value receiver called
 *   through a pointer
 * @ML_DEFER_ARG_IFACE: the value converted to the interface type of its parameter
 *
 * How an operand of a deferred call is evaluated at the defer statement.
 */
typedef enum
{
  ML_DEFER_ARG_VALUE,
  ML_DEFER_ARG_ADDR,
  ML_DEFER_ARG_DEREF,
  ML_DEFER_ARG_IFACE,
} MlDeferArgKind;

/**
 * MlDeferArg:
 * @expr: the operand as written (the receiver of a method call, an argument, an element of
 *   a variadic argument or a composite literal, or the function value called)
 * @kind: how it is evaluated
 * @temp: the temporary (".autotmp_N") that holds it, which the wrapper's closure captures
 *
 * An operand of a deferred call that gc's typecheck evaluates at the defer statement
 * (normalizeGoDeferCall): the call itself runs later, inside a wrapper function.
 */
typedef struct
{
  MlNode         *expr;
  MlDeferArgKind  kind;
  MlObject       *temp;
} MlDeferArg;

/**
 * MlFunc:
 * @node: the FUNC_DECL or FUNC_LIT
 * @name: "main", "T.m", "(*T).m", or "main.func1" for a literal, as gc names them
 * @object: the function's object (%NULL for literals)
 * @signature: its type
 * @recv: the receiver variable or %NULL
 * @params: (element-type MlObject): parameters in order
 * @results: (element-type MlObject): results in order (named or "~r0")
 * @locals: (element-type MlObject): variables declared in the body, with the temporaries
 *   of its deferred calls' operands
 * @captures: (element-type MlObject): free variables of a literal
 * @outer: the enclosing function of a literal
 * @synthetic: the notebook's top-level statements, run as main
 * @n_defers: the defer statements of its body (not of its literals)
 * @n_returns: its explicit return statements
 * @defer_in_loop: whether one of its defer statements is inside a loop
 * @defer_stmt: for a deferred call's wrapper (gc's "deferwrap"), the DEFER_STMT, whose call
 *   its body makes; %NULL for any other function
 * @pkg: the import path of the standard library package that declares it (MemLab's Go
 *   sources, src/lang/std), or %NULL for the program's own functions
 * @defer_args: (element-type MlDeferArg): for a wrapper, the operands evaluated at the
 *   statement, in order; its captures are their temporaries
 *
 * A function of the program as the back end sees it.
 */
typedef struct _MlFunc MlFunc;
struct _MlFunc
{
  MlNode     *node;
  const char *name;
  MlObject   *object;
  MlType     *signature;
  MlObject   *recv;
  GPtrArray  *params;
  GPtrArray  *results;
  GPtrArray  *locals;
  GPtrArray  *captures;
  MlFunc     *outer;
  guint       n_literals;
  gboolean    synthetic;
  guint       n_defers;
  guint       n_returns;
  gboolean    defer_in_loop;
  guint       n_defer_wrappers;
  MlNode     *defer_stmt;
  GArray     *defer_args;
  const char *pkg;
};

/**
 * MlProgram:
 * @source: the source text
 * @file: the syntax tree, annotated with types and objects by ml_check()
 * @notebook: whether the file has no package clause (the lecture's style)
 * @funcs: (element-type MlFunc): every function and function literal, in
 *   source order; in a notebook, a synthetic "main" holds the top-level
 *   statements and comes last
 * @globals: (element-type MlObject): package-level variables in order (in a
 *   notebook, also the variables the top-level statements declare)
 * @init_order: (element-type MlNode): the VALUE_SPECs of the package variables
 *   that have values, in the order Go initializes them (what they depend on
 *   first; "var a, b = x, y" is split into one spec per variable); empty in a
 *   notebook, whose cells run in order
 * @main_func: the function to run
 * @std_files: (element-type MlFile): the files of the standard library packages it imports,
 *   checked before its own (their functions and variables come first in @funcs and
 *   @globals)
 */
typedef struct _MlProgram MlProgram;
struct _MlProgram
{
  MlSource   *source;
  MlFile     *file;
  gboolean    notebook;
  GPtrArray  *funcs;
  GPtrArray  *globals;
  GPtrArray  *init_order;
  MlFunc     *main_func;
  gboolean    checked;
  GPtrArray  *std_files;

  /*< private >*/
  gatomicrefcount ref_count;
  gpointer    arena;
  gpointer    package_scope;
  GHashTable *func_by_node;
  GPtrArray  *std_sources;
};

MlProgram  *ml_program_ref           (MlProgram  *self);
void        ml_program_unref         (MlProgram  *self);
MlFunc     *ml_program_lookup_func   (MlProgram  *self,
                                      MlNode     *node);
MlType     *ml_program_lookup_type   (MlProgram  *self,
                                      const char *name);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (MlProgram, ml_program_unref)

G_END_DECLS
