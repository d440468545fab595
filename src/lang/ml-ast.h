/* ml-ast.h
 *
 * Copyright 2026 The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The syntax tree: one node layout (MlNode) for every construct of the Go grammar, the node
 * kinds with what each one's fields hold, the named groups of kinds for switch statements, and
 * MlFile.  The parser builds the tree, the checker annotates it (mode, type, object, constant)
 * and the escape analysis and the compiler read it, so it is public.
 */

#pragma once

#include <glib.h>

#include "ml-source.h"
#include "ml-token.h"

G_BEGIN_DECLS

typedef struct _MlNode     MlNode;
typedef struct _MlType     MlType;
typedef struct _MlObject   MlObject;
typedef struct _MlConst    MlConst;

/**
 * MlNodeKind:
 *
 * The syntax tree follows the Go specification's productions.  Every node
 * has the same layout (#MlNode); the comment after each kind says what its
 * generic fields hold.  Positions follow gc: an operation is at its
 * operator, a call at its "(", a selector at its ".", everything else at
 * its first token; ml_node_start_pos() gives the leftmost position, which
 * is where the type checker reports errors.
 */
typedef enum
{
  /* Expressions. */
  ML_NODE_BAD,            /* a syntax error was here */
  ML_NODE_IDENT,          /* name */
  ML_NODE_BASIC_LIT,      /* op: ML_TOK_INT/FLOAT/IMAG/CHAR/STRING; name: source text;
                             str/str_len: decoded string or char value */
  ML_NODE_COMPOSITE_LIT,  /* x: type or NULL (elided); list: elements; pos2: "}" */
  ML_NODE_KEY_VALUE,      /* x: key; y: value; pos: ":" */
  ML_NODE_FUNC_LIT,       /* x: FUNC_TYPE; y: BLOCK */
  ML_NODE_PAREN,          /* x */
  ML_NODE_SELECTOR,       /* x; name: selected name; pos: "."; pos2: the name */
  ML_NODE_INDEX,          /* x[y]; pos: "[" */
  ML_NODE_SLICE_EXPR,     /* x[y:z:w] (any may be NULL); flags: ML_NODE_FLAG_FULL_SLICE */
  ML_NODE_TYPE_ASSERT,    /* x.(y); y NULL for .(type) */
  ML_NODE_CALL,           /* x: function; list: arguments; flags: ML_NODE_FLAG_DOTS;
                             pos: "("; pos2: ")"; after checking, for new(expr), y: an
                             IDENT of gc's temporary, and for g() whose several results
                             are another call's arguments, list2: IDENTs of the
                             temporaries they go through, and z: an IDENT of the one a
                             callee that calls (or an interface receiver that does) goes
                             through */
  ML_NODE_STAR,           /* *x: dereference or pointer type */
  ML_NODE_UNARY,          /* op x; pos: operator */
  ML_NODE_BINARY,         /* x op y; pos: operator */

  /* Types. */
  ML_NODE_ARRAY_TYPE,     /* [x]y; x NULL for a slice, an ELLIPSIS node for [...]T */
  ML_NODE_MAP_TYPE,       /* map[x]y */
  ML_NODE_CHAN_TYPE,      /* chan x */
  ML_NODE_STRUCT_TYPE,    /* list: FIELD nodes */
  ML_NODE_INTERFACE_TYPE, /* list: FIELD nodes (methods and embedded) */
  ML_NODE_FUNC_TYPE,      /* list: parameter FIELDs; list2: result FIELDs */
  ML_NODE_FIELD,          /* list: names (IDENT, may be empty); x: type;
                             flags: ML_NODE_FLAG_DOTS for ...T */
  ML_NODE_ELLIPSIS,       /* ...x (x may be NULL) */

  /* Statements. */
  ML_NODE_EMPTY_STMT,
  ML_NODE_DECL_STMT,      /* x: GEN_DECL */
  ML_NODE_LABELED_STMT,   /* name: label; x: statement */
  ML_NODE_EXPR_STMT,      /* x */
  ML_NODE_SEND_STMT,      /* x <- y */
  ML_NODE_INC_DEC_STMT,   /* x op; op: ML_TOK_INC/DEC; pos: operator */
  ML_NODE_ASSIGN_STMT,    /* list op list2; op: ASSIGN, DEFINE or an op-assign token;
                             pos: operator */
  ML_NODE_GO_STMT,        /* x: call */
  ML_NODE_DEFER_STMT,     /* x: call; after checking, ival: its index among the function's
                             defer statements; flags: ML_NODE_FLAG_IN_LOOP */
  ML_NODE_RETURN_STMT,    /* list: results */
  ML_NODE_BRANCH_STMT,    /* op: BREAK/CONTINUE/GOTO/FALLTHROUGH; name: label or NULL */
  ML_NODE_BLOCK,          /* list: statements; pos: "{"; pos2: "}" */
  ML_NODE_IF_STMT,        /* x: init; y: condition; z: BLOCK; w: else (IF_STMT or BLOCK) */
  ML_NODE_CASE_CLAUSE,    /* list: expressions (empty for default); list2: body; pos2: ":" */
  ML_NODE_SWITCH_STMT,    /* x: init; y: tag or NULL; list: CASE_CLAUSEs; pos2: "}" */
  ML_NODE_TYPE_SWITCH_STMT, /* x: init; y: ASSIGN (v := e.(type)) or EXPR_STMT; list */
  ML_NODE_SELECT_STMT,    /* list */
  ML_NODE_FOR_STMT,       /* x: init; y: condition; z: post; w: body */
  ML_NODE_RANGE_STMT,     /* x: key; y: value; z: range expression; w: body;
                             op: DEFINE, ASSIGN or 0; pos: "for"; pos2: "range" */
  ML_NODE_DIRECTIVE_STMT, /* a //memlab: comment between statements; str/str_len: its
                             text from "//" on; pos: the "//"; after checking, op: an
                             #MlDirective and ival: its number */

  /* Declarations. */
  ML_NODE_IMPORT_SPEC,    /* name: local name or NULL; str: path; pos2: path */
  ML_NODE_VALUE_SPEC,     /* list: names; x: type; list2: values; op: VAR or CONST;
                             ival: iota; flags: ML_NODE_FLAG_IMPLICIT when the values
                             are repeated from an earlier spec */
  ML_NODE_TYPE_SPEC,      /* name; x: type; flags: ML_NODE_FLAG_ALIAS; pos2: name */
  ML_NODE_GEN_DECL,       /* op: IMPORT/CONST/TYPE/VAR; list: specs */
  ML_NODE_FUNC_DECL,      /* name; x: receiver FIELD or NULL; y: FUNC_TYPE; z: body or NULL;
                             pos: "func"; pos2: name */
  ML_N_NODE_KINDS
} MlNodeKind;

/* Named groups of node kinds for switch statements, one per section of the enumeration
 * above.  A switch writes "ML_NODE_CASES_TYPE:" where it would list every type node; every
 * enumerator still appears, so -Wswitch-enum keeps telling us where a new kind of node is not
 * handled.  Some sections are unions of smaller groups, which a switch may use on their own:
 * the expressions that only ever denote a value (never a type, as a name, a selector, a
 * pointer type or parentheses may), the type literals, and gc's simple and compound
 * statements. */
#define ML_NODE_CASES_VALUE \
  case ML_NODE_BASIC_LIT: case ML_NODE_COMPOSITE_LIT: case ML_NODE_KEY_VALUE: \
  case ML_NODE_FUNC_LIT: case ML_NODE_INDEX: case ML_NODE_SLICE_EXPR: case ML_NODE_TYPE_ASSERT: \
  case ML_NODE_CALL: case ML_NODE_UNARY: case ML_NODE_BINARY
#define ML_NODE_CASES_EXPR \
  case ML_NODE_BAD: case ML_NODE_IDENT: case ML_NODE_PAREN: case ML_NODE_SELECTOR: \
  case ML_NODE_STAR: ML_NODE_CASES_VALUE
#define ML_NODE_CASES_TYPE_LITERAL \
  case ML_NODE_ARRAY_TYPE: case ML_NODE_MAP_TYPE: case ML_NODE_CHAN_TYPE: \
  case ML_NODE_STRUCT_TYPE: case ML_NODE_INTERFACE_TYPE: case ML_NODE_FUNC_TYPE
#define ML_NODE_CASES_TYPE \
  ML_NODE_CASES_TYPE_LITERAL: case ML_NODE_FIELD: case ML_NODE_ELLIPSIS
#define ML_NODE_CASES_SIMPLE_STMT \
  case ML_NODE_EMPTY_STMT: case ML_NODE_EXPR_STMT: case ML_NODE_SEND_STMT: \
  case ML_NODE_INC_DEC_STMT: case ML_NODE_ASSIGN_STMT
#define ML_NODE_CASES_COMPOUND_STMT \
  case ML_NODE_BLOCK: case ML_NODE_IF_STMT: case ML_NODE_CASE_CLAUSE: case ML_NODE_SWITCH_STMT: \
  case ML_NODE_TYPE_SWITCH_STMT: case ML_NODE_SELECT_STMT: case ML_NODE_FOR_STMT: \
  case ML_NODE_RANGE_STMT
#define ML_NODE_CASES_STMT \
  ML_NODE_CASES_SIMPLE_STMT: ML_NODE_CASES_COMPOUND_STMT: case ML_NODE_DECL_STMT: \
  case ML_NODE_LABELED_STMT: case ML_NODE_GO_STMT: case ML_NODE_DEFER_STMT: \
  case ML_NODE_RETURN_STMT: case ML_NODE_BRANCH_STMT: case ML_NODE_DIRECTIVE_STMT
#define ML_NODE_CASES_DECL \
  case ML_NODE_IMPORT_SPEC: case ML_NODE_VALUE_SPEC: case ML_NODE_TYPE_SPEC: \
  case ML_NODE_GEN_DECL: case ML_NODE_FUNC_DECL
/* For a switch over the statements, over the expressions, or over the expressions and types:
 * every other kind, ML_N_NODE_KINDS included (-Wswitch-enum asks for it too). */
#define ML_NODE_CASES_NOT_STMT \
  ML_NODE_CASES_EXPR: ML_NODE_CASES_TYPE: ML_NODE_CASES_DECL: case ML_N_NODE_KINDS
#define ML_NODE_CASES_NOT_EXPR \
  ML_NODE_CASES_TYPE: ML_NODE_CASES_STMT: ML_NODE_CASES_DECL: case ML_N_NODE_KINDS
#define ML_NODE_CASES_NOT_EXPR_OR_TYPE \
  ML_NODE_CASES_STMT: ML_NODE_CASES_DECL: case ML_N_NODE_KINDS

enum
{
  ML_NODE_FLAG_DOTS       = 1 << 0,
  ML_NODE_FLAG_FULL_SLICE = 1 << 1,
  ML_NODE_FLAG_ALIAS      = 1 << 2,
  ML_NODE_FLAG_IMPLICIT   = 1 << 3,
  ML_NODE_FLAG_EMBEDDED   = 1 << 4,
  /* Set by the checker on a top-level statement of a notebook-style file. */
  ML_NODE_FLAG_TOPLEVEL   = 1 << 5,
  /* Set by the checker on a defer statement inside a loop of its function. */
  ML_NODE_FLAG_IN_LOOP    = 1 << 6,
};

typedef struct
{
  MlNode **items;
  guint    n;
} MlNodeList;

/**
 * MlDirective:
 * @ML_DIRECTIVE_NONE: not checked yet, or not valid
 * @ML_DIRECTIVE_GC_START: `//memlab:gc start`: start a background cycle
 * @ML_DIRECTIVE_GC_UNITS: `//memlab:gc step` (ival 1), `//memlab:gc steps N` (ival N)
 *   and `//memlab:gc finish` (ival 0: until the collector is idle)
 * @ML_DIRECTIVE_GOGC: `//memlab:gogc N` (ival N) or `//memlab:gogc off` (ival -1)
 * @ML_DIRECTIVE_WRITE_BARRIER: `//memlab:write-barrier on|off` (ival 1 or 0)
 *
 * What a directive statement asks of the runtime model.  Go reads these lines
 * as comments; MemLab runs them where they stand.
 */
typedef enum
{
  ML_DIRECTIVE_NONE,
  ML_DIRECTIVE_GC_START,
  ML_DIRECTIVE_GC_UNITS,
  ML_DIRECTIVE_GOGC,
  ML_DIRECTIVE_WRITE_BARRIER,
} MlDirective;

/**
 * MlExprMode:
 *
 * What the checker found an expression to denote (types2's operand mode).
 */
typedef enum
{
  ML_MODE_INVALID,
  ML_MODE_NOVALUE,
  ML_MODE_BUILTIN,
  ML_MODE_TYPEXPR,
  ML_MODE_CONSTANT,
  ML_MODE_VARIABLE,   /* addressable */
  ML_MODE_MAPINDEX,
  ML_MODE_VALUE,
  ML_MODE_COMMAOK,
  ML_MODE_PACKAGE,
} MlExprMode;

struct _MlNode
{
  MlNodeKind  kind;
  guint16     op;
  guint16     flags;
  MlPos       pos;
  MlPos       pos2;
  MlNode     *x;
  MlNode     *y;
  MlNode     *z;
  MlNode     *w;
  MlNodeList  list;
  MlNodeList  list2;
  const char *name;
  const char *str;
  gsize       str_len;
  gint64      ival;

  /* Filled in by the type checker. */
  MlExprMode  mode;
  MlType     *type;
  MlObject   *obj;
  MlConst    *cval;
  /* The scope opened by a block, function, if, for, switch or clause. */
  gpointer    scope;
};

/**
 * MlFile:
 * @package_name: the package clause's name, or %NULL for a notebook-style
 *   file (no package clause: declarations and statements at top level,
 *   run in order, as in the lecture's cells)
 * @imports: IMPORT_SPEC nodes
 * @decls: top-level declarations and, in a notebook, statements, in source order
 */
typedef struct
{
  MlSource   *source;
  const char *package_name;
  MlPos       package_pos;
  MlNodeList  imports;
  MlNodeList  decls;
} MlFile;

MlPos       ml_node_start_pos    (const MlNode *node);
MlPos       ml_node_end_pos      (const MlNode *node);
char       *ml_node_to_string    (const MlNode *node);
void        ml_node_append_string (GString     *out,
                                   const MlNode *node);
const char *ml_node_kind_to_string (MlNodeKind kind);
MlNode     *ml_node_unparen      (MlNode       *node);
MlNode     *ml_node_list_last_stmt (const MlNodeList *list);

G_END_DECLS
