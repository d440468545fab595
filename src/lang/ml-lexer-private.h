/* ml-lexer-private.h
 *
 * Copyright 2026 The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The lexer (MlLexer): tokens with gc's automatic semicolons, the values of string and rune
 * literals, and the //memlab: directives it records for the parser.  Only the parser (and a
 * unit test) reads tokens, so this is private; the tokens themselves are public, in
 * ml-token.h.
 */

#pragma once

#include "ml-diagnostic-private.h"
#include "ml-source.h"
#include "ml-token.h"

G_BEGIN_DECLS

/* Named groups of tokens for switch statements, in the manner of ML_NODE_CASES_* (ml-ast.h):
 * the literals, the operators and punctuation (the semicolon aside: it also stands for a
 * newline or the end of the file), and the keywords.  A switch writes "ML_TOK_CASES_KEYWORD:"
 * where it would list every keyword. */
#define ML_TOK_CASES_LITERAL \
  case ML_TOK_INT: case ML_TOK_FLOAT: case ML_TOK_IMAG: case ML_TOK_CHAR: case ML_TOK_STRING
#define ML_TOK_CASES_OPERATOR \
  case ML_TOK_ADD: case ML_TOK_SUB: case ML_TOK_MUL: case ML_TOK_QUO: case ML_TOK_REM: \
  case ML_TOK_AND: case ML_TOK_OR: case ML_TOK_XOR: case ML_TOK_SHL: case ML_TOK_SHR: \
  case ML_TOK_AND_NOT: case ML_TOK_ADD_ASSIGN: case ML_TOK_SUB_ASSIGN: case ML_TOK_MUL_ASSIGN: \
  case ML_TOK_QUO_ASSIGN: case ML_TOK_REM_ASSIGN: case ML_TOK_AND_ASSIGN: case ML_TOK_OR_ASSIGN: \
  case ML_TOK_XOR_ASSIGN: case ML_TOK_SHL_ASSIGN: case ML_TOK_SHR_ASSIGN: \
  case ML_TOK_AND_NOT_ASSIGN: case ML_TOK_LAND: case ML_TOK_LOR: case ML_TOK_ARROW: \
  case ML_TOK_INC: case ML_TOK_DEC: case ML_TOK_EQL: case ML_TOK_LSS: case ML_TOK_GTR: \
  case ML_TOK_ASSIGN: case ML_TOK_NOT: case ML_TOK_NEQ: case ML_TOK_LEQ: case ML_TOK_GEQ: \
  case ML_TOK_DEFINE: case ML_TOK_ELLIPSIS: case ML_TOK_LPAREN: case ML_TOK_LBRACK: \
  case ML_TOK_LBRACE: case ML_TOK_COMMA: case ML_TOK_PERIOD: case ML_TOK_RPAREN: \
  case ML_TOK_RBRACK: case ML_TOK_RBRACE: case ML_TOK_COLON: case ML_TOK_TILDE
#define ML_TOK_CASES_KEYWORD \
  case ML_TOK_BREAK: case ML_TOK_CASE: case ML_TOK_CHAN: case ML_TOK_CONST: \
  case ML_TOK_CONTINUE: case ML_TOK_DEFAULT: case ML_TOK_DEFER: case ML_TOK_ELSE: \
  case ML_TOK_FALLTHROUGH: case ML_TOK_FOR: case ML_TOK_FUNC: case ML_TOK_GO: \
  case ML_TOK_GOTO: case ML_TOK_IF: case ML_TOK_IMPORT: case ML_TOK_INTERFACE: \
  case ML_TOK_MAP: case ML_TOK_PACKAGE: case ML_TOK_RANGE: case ML_TOK_RETURN: \
  case ML_TOK_SELECT: case ML_TOK_STRUCT: case ML_TOK_SWITCH: case ML_TOK_TYPE: \
  case ML_TOK_VAR

/* What an automatic semicolon stands for, for syntax error messages. */
typedef enum
{
  ML_SEMI_EXPLICIT,
  ML_SEMI_NEWLINE,
  ML_SEMI_EOF,
} MlSemiKind;

/* What starts a MemLab directive comment. */
#define ML_DIRECTIVE_PREFIX "//memlab:"

/* A //memlab: comment: Go ignores it, MemLab runs it (see ml-parser-stmt.c). */
typedef struct
{
  gsize       offset;
  MlPos       pos;
  const char *text;    /* into the source, from "//" on, without trailing blanks */
  gsize       len;
} MlLexerDirective;

typedef struct
{
  MlSource   *source;
  const char *text;
  gsize       length;
  gsize       offset;
  MlDiagSink *sink;
  gboolean    need_semi;

  /* The current token. */
  MlToken     tok;
  MlPos       pos;
  gsize       tok_start;
  gsize       tok_end;
  MlSemiKind  semi;
  /* Literal text of identifiers and literals, and the decoded value of
   * string and char literals (owned by the lexer, valid until next). */
  GString    *lit;
  GString    *value;
  gboolean    bad_literal;

  /* Every //memlab: comment read so far (MlLexerDirective), in source order.
   * The parser looks ahead by rewinding the offset, which reads comments
   * again; a directive is recorded only past the end of the last one, so
   * it is recorded once. */
  GArray     *directives;
  gsize       directives_end;
} MlLexer;

void        ml_lexer_init        (MlLexer    *lexer,
                                  MlSource   *source,
                                  MlDiagSink *sink);
void        ml_lexer_clear       (MlLexer    *lexer);
void        ml_lexer_next        (MlLexer    *lexer);

G_END_DECLS
