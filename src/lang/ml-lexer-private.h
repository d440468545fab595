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
