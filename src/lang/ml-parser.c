/* ml-parser.c
 *
 * Copyright 2026 The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The parser's core and its entry points.  A recursive-descent parser for Go, shaped after
 * gc's own (cmd/compile/internal/syntax/parser.go) so that syntax errors come out with the
 * same wording and at the same positions: "syntax error: unexpected X, expected Y", "... at
 * end of statement", "... in argument list; possibly missing comma or )" and so on.  Recovery
 * follows gc's too: skip to a token in a follow set and go on, so later errors on other lines
 * are still found.
 *
 * This file holds what every construct uses (the current token, the error messages and their
 * description of the token, recovery, the nesting limit, lists) and the top level of a file:
 * the package clause, then declarations or, in a notebook, statements.  The constructs have
 * files of their own (ml-parser-expr.c, -type.c, -stmt.c, -decl.c).
 */

#define G_LOG_DOMAIN "ml-parser"

#include "config.h"

#include <string.h>

#include "ml-check.h"
#include "ml-parser-private.h"
#include "ml-program-private.h"

/* Deeply nested input must not overflow the C stack (fuzzing finds this).
 * The checker, the escape analysis and the printers recurse over the tree;
 * under clang's AddressSanitizer their frames reach tens of kilobytes, and
 * 300 nested parentheses overflowed an 8 MiB stack.  No lesson comes near
 * 200 levels. */
#define ML_PARSER_MAX_DEPTH 200

MlNode *
ml_node_new (MlArena    *arena,
             MlNodeKind  kind,
             MlPos       pos)
{
  MlNode *n = ml_arena_new0 (arena, MlNode);

  n->kind = kind;
  n->pos = pos;
  return n;
}

/* The nodes of @arr as a node list in the arena. */
MlNodeList
ml_parser_list (MlParser  *p,
                GPtrArray *arr)
{
  MlNodeList l = { NULL, 0 };

  if (arr->len > 0)
    {
      l.items = ml_arena_memdup (p->arena, arr->pdata, arr->len * sizeof (MlNode *));
      l.n = arr->len;
    }
  return l;
}

MlNodeList
ml_parser_list1 (MlParser *p,
                 MlNode   *n)
{
  MlNodeList l;

  l.items = ml_arena_memdup (p->arena, &n, sizeof n);
  l.n = 1;
  return l;
}

void
ml_parser_next (MlParser *p)
{
  p->last_end = p->lex.tok_end;
  ml_lexer_next (&p->lex);
}

/* Returns TRUE (after skipping a token) when a loop iteration starts where
 * the previous one did. */
gboolean
ml_parser_ensure_progress (MlParser *p,
                           gsize    *last)
{
  if (p->lex.tok_start == *last && p->lex.tok != ML_TOK_EOF)
    {
      ml_parser_next (p);
      *last = G_MAXSIZE;
      return TRUE;
    }
  *last = p->lex.tok_start;
  return FALSE;
}

gboolean
ml_parser_got (MlParser *p,
               MlToken   t)
{
  if (p->lex.tok == t)
    {
      ml_parser_next (p);
      return TRUE;
    }
  return FALSE;
}

void
ml_parser_error_at (MlParser   *p,
                    MlPos       at,
                    const char *msg)
{
  if (p->too_deep)
    return;
  ml_diag_sink_add (p->sink, ML_DIAGNOSTIC_SYNTAX, at, msg);
}

/* The English description of the current token, as gc's syntaxErrorAt. */
static char *
describe_token (MlParser *p)
{
  MlToken t = p->lex.tok;

  switch (t)
    {
    case ML_TOK_IDENT:
      return g_strdup_printf ("name %s", p->lex.lit->str);
    case ML_TOK_SEMICOLON:
      switch (p->lex.semi)
        {
        case ML_SEMI_NEWLINE: return g_strdup ("newline");
        case ML_SEMI_EOF: return g_strdup ("EOF");
        case ML_SEMI_EXPLICIT: return g_strdup ("semicolon");
        default: return g_strdup ("semicolon");
        }
    ML_TOK_CASES_LITERAL:
      return g_strdup_printf ("literal %s", p->lex.lit->str);
    ML_TOK_CASES_KEYWORD:
      return g_strdup_printf ("keyword %s", ml_token_to_string (t));
    case ML_TOK_EOF:
    case ML_TOK_ERROR:
    ML_TOK_CASES_OPERATOR:
    case ML_N_TOKENS:
    default:
      return g_strdup (ml_token_to_string (t));
    }
}

/* gc's syntaxErrorAt: messages starting with "in ", "at ", "after " or
 * "expected " are appended to "unexpected <token>". */
static void
syntax_error_at (MlParser   *p,
                 MlPos       at,
                 const char *msg)
{
  g_autofree char *what = NULL;
  g_autofree char *full = NULL;

  if (g_str_has_prefix (msg, "in ") || g_str_has_prefix (msg, "at ")
      || g_str_has_prefix (msg, "after "))
    {
      what = describe_token (p);
      full = g_strdup_printf ("syntax error: unexpected %s %s", what, msg);
    }
  else if (g_str_has_prefix (msg, "expected "))
    {
      what = describe_token (p);
      full = g_strdup_printf ("syntax error: unexpected %s, %s", what, msg);
    }
  else
    {
      full = g_strdup_printf ("syntax error: %s", msg);
    }
  ml_parser_error_at (p, at, full);
}

void
ml_parser_syntax_error (MlParser   *p,
                        const char *msg)
{
  syntax_error_at (p, p->lex.pos, msg);
}

/* The keywords that start a statement, where recovery inside a function body stops. */
static gboolean
in_stopset (MlToken t)
{
  switch ((int) t)
    {
    case ML_TOK_BREAK: case ML_TOK_CONST: case ML_TOK_CONTINUE: case ML_TOK_DEFER:
    case ML_TOK_FALLTHROUGH: case ML_TOK_FOR: case ML_TOK_GO: case ML_TOK_GOTO: case ML_TOK_IF:
    case ML_TOK_RETURN: case ML_TOK_SELECT: case ML_TOK_SWITCH: case ML_TOK_TYPE: case ML_TOK_VAR:
      return TRUE;
    default:
      return FALSE;
    }
}

/* gc's advance: skips tokens until one of the follow set (terminated by
 * ML_N_TOKENS) or, inside a function, a statement keyword. */
void
ml_parser_advance_to (MlParser      *p,
                      const MlToken *follow)
{
  for (;;)
    {
      if (p->lex.tok == ML_TOK_EOF)
        return;
      if (p->fnest > 0 && in_stopset (p->lex.tok))
        return;
      for (guint i = 0; follow[i] != ML_N_TOKENS; i++)
        if (p->lex.tok == follow[i])
          return;
      ml_parser_next (p);
    }
}

void
ml_parser_want (MlParser *p,
                MlToken   t)
{
  if (!ml_parser_got (p, t))
    {
      g_autofree char *msg = g_strdup_printf ("expected %s", ml_token_to_string (t));

      ml_parser_syntax_error (p, msg);
      /* gc's want() skips exactly one token. */
      if (p->lex.tok != ML_TOK_EOF)
        ml_parser_next (p);
    }
}

MlNode *
ml_parser_bad_expr (MlParser *p)
{
  return ml_node_new (p->arena, ML_NODE_BAD, p->lex.pos);
}

MlNode *
ml_parse_name (MlParser *p)
{
  MlNode *n;

  if (p->lex.tok == ML_TOK_IDENT)
    {
      n = ml_node_new (p->arena, ML_NODE_IDENT, p->lex.pos);
      n->name = ml_arena_strdup (p->arena, p->lex.lit->str);
      ml_parser_next (p);
      return n;
    }
  n = ml_node_new (p->arena, ML_NODE_IDENT, p->lex.pos);
  n->name = "_";
  ml_parser_syntax_error (p, "expected name");
  ML_PARSER_ADVANCE (p, ML_TOK_COMMA, ML_TOK_SEMICOLON, ML_TOK_RPAREN, ML_TOK_RBRACE);
  return n;
}

/* pkg.T: a type of another package, after the name @pkg and the "."; the selector is at
 * @at. */
MlNode *
ml_parse_qualified_name (MlParser *p,
                         MlNode   *pkg,
                         MlPos     at)
{
  MlNode *s = ml_node_new (p->arena, ML_NODE_SELECTOR, at);

  s->x = pkg;
  s->pos2 = p->lex.pos;
  s->name = p->lex.tok == ML_TOK_IDENT ? ml_arena_strdup (p->arena, p->lex.lit->str) : "_";
  ml_parser_want (p, ML_TOK_IDENT);
  return s;
}

/* Counts one more level of nesting; past ML_PARSER_MAX_DEPTH it reports "program too deeply
 * nested" once and skips the rest of the file. */
gboolean
ml_parser_enter (MlParser *p)
{
  if (p->depth >= ML_PARSER_MAX_DEPTH)
    {
      if (p->depth == ML_PARSER_MAX_DEPTH)
        ml_parser_error_at (p, p->lex.pos, "syntax error: program too deeply nested");
      p->too_deep = TRUE;
      p->depth++;
      /* Skipping to the end makes the parse terminate quickly. */
      while (p->lex.tok != ML_TOK_EOF)
        ml_parser_next (p);
      return FALSE;
    }
  p->depth++;
  return TRUE;
}

void
ml_parser_leave (MlParser *p)
{
  p->depth--;
}

/* Puts the lexer back at @saved, the token it had before a look-ahead, by re-lexing from
 * its offset; the literal's text is the caller's to restore. */
static void
restore_lexer (MlParser      *p,
               const MlLexer *saved,
               gsize          saved_end)
{
  p->last_end = saved_end;
  p->lex.offset = saved->offset;
  p->lex.need_semi = saved->need_semi;
  p->lex.tok = saved->tok;
  p->lex.pos = saved->pos;
  p->lex.tok_start = saved->tok_start;
  p->lex.tok_end = saved->tok_end;
}

/* In a notebook "func" starts a declaration unless it is a function literal used as an
 * expression statement, which is recognised by what follows the "func" keyword: a look
 * ahead of one token, after which the parser is where it was. */
static gboolean
notebook_func_is_decl (MlParser *p)
{
  MlLexer saved = p->lex;
  gsize saved_end = p->last_end;
  gboolean is_decl;

  saved.lit = NULL;
  saved.value = NULL;
  saved.directives = NULL;
  ml_parser_next (p);
  is_decl = p->lex.tok == ML_TOK_IDENT || p->lex.tok == ML_TOK_LPAREN;
  /* Re-lexing from the saved offset restores the "func" token (the
   * lexer does not record a directive in between twice). */
  restore_lexer (p, &saved, saved_end);
  g_string_assign (p->lex.lit, "func");
  return is_decl;
}

/* Whether "[" starts a type parameter list ("type T[P any]", "[K comparable, V any]")
 * rather than an array length: an identifier followed by a constraint or a comma.  A look
 * ahead of two tokens, after which the parser is where it was. */
gboolean
ml_parser_type_params_follow (MlParser *p)
{
  MlLexer saved = p->lex;
  gsize saved_end = p->last_end;
  gboolean generic = FALSE;

  ml_parser_next (p);
  if (p->lex.tok == ML_TOK_IDENT)
    {
      ml_parser_next (p);
      generic = p->lex.tok == ML_TOK_IDENT || p->lex.tok == ML_TOK_COMMA || p->lex.tok == ML_TOK_INTERFACE
                || p->lex.tok == ML_TOK_TILDE || p->lex.tok == ML_TOK_LBRACK || p->lex.tok == ML_TOK_FUNC
                || p->lex.tok == ML_TOK_MAP || p->lex.tok == ML_TOK_CHAN;
    }
  restore_lexer (p, &saved, saved_end);
  return generic;
}

/* Skips a bracketed group from its @open token to the matching @close, both included, or to
 * the end of the file. */
void
ml_parser_skip_brackets (MlParser *p,
                         MlToken   open,
                         MlToken   close)
{
  guint depth = 0;

  do
    {
      if (p->lex.tok == open)
        depth++;
      else if (p->lex.tok == close)
        depth--;
      ml_parser_next (p);
    }
  while (depth > 0 && p->lex.tok != ML_TOK_EOF);
}

/* One item at the top level of the file: an import, a declaration or, in a @notebook, a
 * statement.  Returns FALSE when there was none (a lone semicolon, or an error recovered
 * from), so that no semicolon is wanted after it. */
static gboolean
parse_top_level (MlParser  *p,
                 gboolean   notebook,
                 GPtrArray *imports,
                 GPtrArray *decls,
                 gboolean  *seen_decl)
{
  MlToken t = p->lex.tok;
  MlNode *item;

  if (t == ML_TOK_IMPORT)
    {
      MlNode *d;

      if (*seen_decl)
        ml_parser_syntax_error (p, "imports must appear before other declarations");
      d = ml_parse_decl (p, ML_TOK_IMPORT);
      for (guint i = 0; i < d->list.n; i++)
        g_ptr_array_add (imports, d->list.items[i]);
      return TRUE;
    }
  if (t == ML_TOK_SEMICOLON)
    {
      ml_parser_next (p);
      return FALSE;
    }
  if (!notebook && t != ML_TOK_CONST && t != ML_TOK_TYPE && t != ML_TOK_VAR && t != ML_TOK_FUNC)
    {
      MlNode *last = decls->len ? g_ptr_array_index (decls, decls->len - 1) : NULL;

      if (t == ML_TOK_LBRACE && last != NULL && last->kind == ML_NODE_FUNC_DECL && last->z == NULL)
        ml_parser_syntax_error (p, "unexpected semicolon or newline before {");
      else
        ml_parser_syntax_error (p, "non-declaration statement outside function body");
      ML_PARSER_ADVANCE (p, ML_TOK_IMPORT, ML_TOK_CONST, ML_TOK_TYPE, ML_TOK_VAR, ML_TOK_FUNC);
      return FALSE;
    }

  *seen_decl = TRUE;
  if (t == ML_TOK_CONST || t == ML_TOK_TYPE || t == ML_TOK_VAR)
    item = ml_parse_decl (p, t);
  else if (t == ML_TOK_FUNC && (!notebook || notebook_func_is_decl (p)))
    item = ml_parse_func_decl (p);
  else
    {
      item = t == ML_TOK_FUNC ? ml_parse_simple_stmt (p, NULL, 0) : ml_parse_stmt_or_nil (p);
      if (item == NULL)
        {
          ml_parser_syntax_error (p, "expected statement");
          ML_PARSER_ADVANCE (p, ML_TOK_SEMICOLON);
          return TRUE;
        }
      item->flags |= ML_NODE_FLAG_TOPLEVEL;
    }
  g_ptr_array_add (decls, item);
  return TRUE;
}

/**
 * ml_parse_file:
 * @source: the source
 * @arena: where nodes are allocated
 * @sink: where syntax errors go
 *
 * Parses a Go file.  Without a package clause the file is taken as a
 * notebook: declarations and statements may be mixed at top level.
 *
 * Returns: the file; it is always returned, even with errors.
 */
MlFile *
ml_parse_file (MlSource   *source,
               MlArena    *arena,
               MlDiagSink *sink)
{
  MlParser parser = { 0 };
  MlParser *p = &parser;
  MlFile *file = ml_arena_new0 (arena, MlFile);
  g_autoptr(GPtrArray) imports = g_ptr_array_new ();
  g_autoptr(GPtrArray) decls = g_ptr_array_new ();
  gboolean notebook;
  gboolean seen_decl = FALSE;
  gsize progress_ = G_MAXSIZE;

  p->arena = arena;
  p->sink = sink;
  ml_lexer_init (&p->lex, source, sink);
  file->source = source;
  ml_parser_next (p);

  notebook = p->lex.tok != ML_TOK_PACKAGE;
  if (!notebook)
    {
      file->package_pos = p->lex.pos;
      ml_parser_next (p);
      file->package_name = ml_parse_name (p)->name;
      if (p->lex.tok != ML_TOK_EOF && !ml_parser_got (p, ML_TOK_SEMICOLON))
        {
          ml_parser_syntax_error (p, "after package clause");
          ML_PARSER_ADVANCE (p, ML_TOK_IMPORT, ML_TOK_CONST, ML_TOK_TYPE, ML_TOK_VAR, ML_TOK_FUNC);
        }
    }

  for (;;)
    {
      /* A notebook's top level is a statement list too (a package main
       * file's directives between declarations are ignored, see
       * ml-parser-stmt.c). */
      if (notebook)
        ml_parser_take_directives (p, decls, ML_NODE_FLAG_TOPLEVEL);
      if (p->lex.tok == ML_TOK_EOF)
        break;
      ML_PARSER_ENSURE_PROGRESS (p);
      if (!parse_top_level (p, notebook, imports, decls, &seen_decl))
        continue;

      ml_parser_skip_directives_before (p, p->last_end);
      if (p->lex.tok != ML_TOK_EOF && !ml_parser_got (p, ML_TOK_SEMICOLON))
        {
          ml_parser_syntax_error (p, notebook ? "at end of statement" : "after top level declaration");
          if (notebook)
            ML_PARSER_ADVANCE (p, ML_TOK_SEMICOLON, ML_TOK_IMPORT, ML_TOK_CONST, ML_TOK_TYPE, ML_TOK_VAR, ML_TOK_FUNC);
          else
            ML_PARSER_ADVANCE (p, ML_TOK_IMPORT, ML_TOK_CONST, ML_TOK_TYPE, ML_TOK_VAR, ML_TOK_FUNC);
          /* A stray "}" at top level would loop forever otherwise. */
          if (p->lex.tok == ML_TOK_RBRACE)
            ml_parser_next (p);
        }
    }

  file->imports = ml_parser_list (p, imports);
  file->decls = ml_parser_list (p, decls);
  ml_lexer_clear (&p->lex);
  return file;
}

/**
 * ml_parse:
 * @source: the source
 * @diagnostics: (out) (transfer full) (element-type MlDiagnostic): syntax errors
 *
 * Parses @source.  A program is always returned; it should only be given
 * to ml_check() when @diagnostics is empty.
 *
 * Returns: (transfer full): the parsed program
 */
MlProgram *
ml_parse (MlSource   *source,
          GPtrArray **diagnostics)
{
  MlProgram *prog;
  MlDiagSink sink;

  g_return_val_if_fail (source != NULL, NULL);
  g_return_val_if_fail (diagnostics != NULL, NULL);

  prog = ml_program_new (source);
  ml_diag_sink_init (&sink);
  prog->file = ml_parse_file (source, prog->arena, &sink);
  prog->notebook = prog->file->package_name == NULL;
  *diagnostics = ml_diag_sink_finish (&sink);
  ml_diag_sink_clear (&sink);
  return prog;
}
