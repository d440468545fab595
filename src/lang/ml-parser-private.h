/* ml-parser-private.h
 *
 * Copyright 2026 The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What the files of the parser share: the parser's state (MlParser), its token handling,
 * error reporting and recovery (ml-parser.c), and the entry points of each construct, one file
 * per construct as the parts of gc's syntax/parser.go go: expressions (ml-parser-expr.c),
 * types (ml-parser-type.c), statements (ml-parser-stmt.c) and declarations
 * (ml-parser-decl.c).  ml_parse_file() and ml_node_new() are also what the checker uses.
 */

#pragma once

#include "ml-arena-private.h"
#include "ml-ast.h"
#include "ml-diagnostic-private.h"
#include "ml-lexer-private.h"

G_BEGIN_DECLS

typedef struct
{
  MlLexer     lex;
  MlArena    *arena;
  MlDiagSink *sink;
  /* Expression nesting: composite literals of named types are allowed only
   * when this is >= 0, which resolves "if x == T {" as gc does. */
  int         xnest;
  guint       depth;
  /* Function nesting: inside a body gc's recovery also stops at keywords
   * that start statements. */
  guint       fnest;
  /* After "too deeply nested" the rest of the file is skipped silently. */
  gboolean    too_deep;
  /* A generic type or function has been named as unsupported: its instantiations (T[int])
   * are skipped silently rather than each reported as a syntax error. */
  gboolean    generics_named;
  /* Where the last token consumed ends, and the first directive the lexer
   * has recorded that no statement list has taken or passed over yet. */
  gsize       last_end;
  guint       next_directive;
} MlParser;

/* Every list loop must consume input: when recovery stopped at a token
 * that the loop body cannot consume either (a statement keyword, say), the
 * token is skipped.  gc gets the same effect from its list() helper.  The
 * loop declares "gsize progress_ = G_MAXSIZE;" before it. */
#define ML_PARSER_ENSURE_PROGRESS(p) \
  if (ml_parser_ensure_progress ((p), &progress_)) \
    continue

/* gc's advance: skips tokens until one of the tokens given (or, inside a
 * function, a statement keyword). */
#define ML_PARSER_ADVANCE(p, ...) \
  G_STMT_START { \
    static const MlToken follow_[] = { __VA_ARGS__, ML_N_TOKENS }; \
    ml_parser_advance_to ((p), follow_); \
  } G_STMT_END

/* ml-parser.c */
gboolean    ml_parser_type_params_follow (MlParser         *p);
void        ml_parser_skip_brackets      (MlParser         *p,
                                          MlToken           open,
                                          MlToken           close);
MlFile     *ml_parse_file                (MlSource         *source,
                                          MlArena          *arena,
                                          MlDiagSink       *sink);
MlNode     *ml_node_new                  (MlArena          *arena,
                                          MlNodeKind        kind,
                                          MlPos             pos);
MlNodeList  ml_parser_list               (MlParser         *p,
                                          GPtrArray        *arr);
MlNodeList  ml_parser_list1              (MlParser         *p,
                                          MlNode           *n);
void        ml_parser_next               (MlParser         *p);
gboolean    ml_parser_got                (MlParser         *p,
                                          MlToken           t);
void        ml_parser_want               (MlParser         *p,
                                          MlToken           t);
gboolean    ml_parser_ensure_progress    (MlParser         *p,
                                          gsize            *last);
void        ml_parser_error_at           (MlParser         *p,
                                          MlPos             at,
                                          const char       *msg);
void        ml_parser_syntax_error       (MlParser         *p,
                                          const char       *msg);
void        ml_parser_advance_to         (MlParser         *p,
                                          const MlToken    *follow);
gboolean    ml_parser_enter              (MlParser         *p);
void        ml_parser_leave              (MlParser         *p);
MlNode     *ml_parser_bad_expr           (MlParser         *p);
MlNode     *ml_parse_name                (MlParser         *p);
MlNode     *ml_parse_qualified_name      (MlParser         *p,
                                          MlNode           *pkg,
                                          MlPos             at);

/* ml-parser-expr.c */
MlNode     *ml_parse_expr                (MlParser         *p);
MlNode     *ml_parse_primary_expr        (MlParser         *p);
MlNode     *ml_parse_expr_list           (MlParser         *p);
MlNodeList  ml_parser_expr_list_items    (MlParser         *p,
                                          MlNode           *e);

/* ml-parser-type.c */
MlNode     *ml_parse_type                (MlParser         *p);
MlNode     *ml_parse_type_or_nil         (MlParser         *p);
MlNode     *ml_parse_func_type           (MlParser         *p,
                                          MlPos             at);
gboolean    ml_parse_param_list          (MlParser         *p,
                                          GPtrArray        *out,
                                          MlToken           close);

/* ml-parser-stmt.c */
void        ml_parser_skip_directives_before (MlParser     *p,
                                              gsize         offset);
void        ml_parser_take_directives    (MlParser         *p,
                                          GPtrArray        *out,
                                          guint16           flags);
MlNode     *ml_parse_block               (MlParser         *p,
                                          const char       *context);
MlNode     *ml_parse_simple_stmt         (MlParser         *p,
                                          MlNode           *lhs,
                                          MlToken           keyword);
MlNode     *ml_parse_stmt_or_nil         (MlParser         *p);

/* ml-parser-decl.c */
MlNode     *ml_parse_decl                (MlParser         *p,
                                          MlToken           keyword);
MlNode     *ml_parse_func_decl           (MlParser         *p);

G_END_DECLS
