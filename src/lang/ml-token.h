/* ml-token.h
 *
 * Copyright 2026 The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The tokens of the Go grammar, as go/token has them.  They are public, apart from the lexer,
 * because the syntax tree records operators as tokens and the compiler maps those operators
 * onto its instructions; everything else about scanning stays in ml-lexer-private.h.
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Tokens of the Go grammar.  Operators are single tokens, as in go/token. */
typedef enum
{
  ML_TOK_EOF,
  ML_TOK_ERROR,
  ML_TOK_IDENT,
  ML_TOK_INT,
  ML_TOK_FLOAT,
  ML_TOK_IMAG,
  ML_TOK_CHAR,
  ML_TOK_STRING,

  /* Operators and punctuation. */
  ML_TOK_ADD,      /* + */
  ML_TOK_SUB,      /* - */
  ML_TOK_MUL,      /* * */
  ML_TOK_QUO,      /* / */
  ML_TOK_REM,      /* % */
  ML_TOK_AND,      /* & */
  ML_TOK_OR,       /* | */
  ML_TOK_XOR,      /* ^ */
  ML_TOK_SHL,      /* << */
  ML_TOK_SHR,      /* >> */
  ML_TOK_AND_NOT,  /* &^ */
  ML_TOK_ADD_ASSIGN,
  ML_TOK_SUB_ASSIGN,
  ML_TOK_MUL_ASSIGN,
  ML_TOK_QUO_ASSIGN,
  ML_TOK_REM_ASSIGN,
  ML_TOK_AND_ASSIGN,
  ML_TOK_OR_ASSIGN,
  ML_TOK_XOR_ASSIGN,
  ML_TOK_SHL_ASSIGN,
  ML_TOK_SHR_ASSIGN,
  ML_TOK_AND_NOT_ASSIGN,
  ML_TOK_LAND,     /* && */
  ML_TOK_LOR,      /* || */
  ML_TOK_ARROW,    /* <- */
  ML_TOK_INC,      /* ++ */
  ML_TOK_DEC,      /* -- */
  ML_TOK_EQL,      /* == */
  ML_TOK_LSS,      /* < */
  ML_TOK_GTR,      /* > */
  ML_TOK_ASSIGN,   /* = */
  ML_TOK_NOT,      /* ! */
  ML_TOK_NEQ,      /* != */
  ML_TOK_LEQ,      /* <= */
  ML_TOK_GEQ,      /* >= */
  ML_TOK_DEFINE,   /* := */
  ML_TOK_ELLIPSIS, /* ... */
  ML_TOK_LPAREN,
  ML_TOK_LBRACK,
  ML_TOK_LBRACE,
  ML_TOK_COMMA,
  ML_TOK_PERIOD,
  ML_TOK_RPAREN,
  ML_TOK_RBRACK,
  ML_TOK_RBRACE,
  ML_TOK_SEMICOLON,
  ML_TOK_COLON,
  ML_TOK_TILDE,

  /* Keywords. */
  ML_TOK_BREAK,
  ML_TOK_CASE,
  ML_TOK_CHAN,
  ML_TOK_CONST,
  ML_TOK_CONTINUE,
  ML_TOK_DEFAULT,
  ML_TOK_DEFER,
  ML_TOK_ELSE,
  ML_TOK_FALLTHROUGH,
  ML_TOK_FOR,
  ML_TOK_FUNC,
  ML_TOK_GO,
  ML_TOK_GOTO,
  ML_TOK_IF,
  ML_TOK_IMPORT,
  ML_TOK_INTERFACE,
  ML_TOK_MAP,
  ML_TOK_PACKAGE,
  ML_TOK_RANGE,
  ML_TOK_RETURN,
  ML_TOK_SELECT,
  ML_TOK_STRUCT,
  ML_TOK_SWITCH,
  ML_TOK_TYPE,
  ML_TOK_VAR,
  ML_N_TOKENS
} MlToken;

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

const char *ml_token_to_string  (MlToken tok);
gboolean    ml_token_is_keyword (MlToken tok);

G_END_DECLS
