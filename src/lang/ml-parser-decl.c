/* ml-parser-decl.c
 *
 * Copyright 2026 The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Declarations, as gc's parser reads them: import, const, type and var declarations, single
 * or grouped in parentheses (a constant spec without values repeats the previous one, with
 * its own iota), and function and method declarations with their receivers.
 */

#define G_LOG_DOMAIN "ml-parser"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "ml-parser-private.h"

static MlNode *
parse_import_spec (MlParser *p)
{
  MlNode *s = ml_node_new (p->arena, ML_NODE_IMPORT_SPEC, p->lex.pos);

  if (p->lex.tok == ML_TOK_IDENT)
    s->name = ml_parse_name (p)->name;
  else if (p->lex.tok == ML_TOK_PERIOD)
    {
      s->name = ".";
      ml_parser_next (p);
    }
  s->pos2 = p->lex.pos;
  if (p->lex.tok == ML_TOK_STRING)
    {
      s->str = ml_arena_strndup (p->arena, p->lex.value->str, p->lex.value->len);
      s->str_len = p->lex.value->len;
      ml_parser_next (p);
    }
  else
    {
      /* The go command itself rejects this before compiling. */
      ml_diag_sink_add (p->sink, ML_DIAGNOSTIC_LOADER, p->lex.pos, "missing import path");
      ML_PARSER_ADVANCE (p, ML_TOK_SEMICOLON, ML_TOK_RPAREN);
      s->str = "";
    }
  return s;
}

static MlNode *
parse_value_spec (MlParser *p,
                  MlToken   keyword,
                  guint     iota,
                  MlNode   *prev)
{
  g_autoptr(GPtrArray) names = g_ptr_array_new ();
  MlNode *s = ml_node_new (p->arena, ML_NODE_VALUE_SPEC, p->lex.pos);

  s->op = keyword;
  s->ival = iota;
  do
    g_ptr_array_add (names, ml_parse_name (p));
  while (ml_parser_got (p, ML_TOK_COMMA));
  s->list = ml_parser_list (p, names);

  if (p->lex.tok != ML_TOK_ASSIGN && p->lex.tok != ML_TOK_SEMICOLON && p->lex.tok != ML_TOK_RPAREN)
    s->x = ml_parse_type (p);
  if (ml_parser_got (p, ML_TOK_ASSIGN))
    s->list2 = ml_parser_expr_list_items (p, ml_parse_expr_list (p));
  else if (keyword == ML_TOK_CONST && s->x == NULL && prev != NULL)
    {
      /* An omitted constant list repeats the previous one, with this iota. */
      s->x = prev->x;
      s->list2 = prev->list2;
      s->flags |= ML_NODE_FLAG_IMPLICIT;
    }
  return s;
}

static MlNode *
parse_type_spec (MlParser *p)
{
  MlNode *s = ml_node_new (p->arena, ML_NODE_TYPE_SPEC, p->lex.pos);
  MlNode *name = ml_parse_name (p);

  s->name = name->name;
  s->pos2 = name->pos;
  if (p->lex.tok == ML_TOK_LBRACK && ml_parser_type_params_follow (p))
    {
      /* "type T[P any] ...": named once; the front end stops after the parser's errors,
       * so nothing else is said of the type or its uses. */
      ml_diag_sink_add (p->sink, ML_DIAGNOSTIC_UNSUPPORTED, p->lex.pos,
                        _("generic types are not supported by MemLab"));
      p->generics_named = TRUE;
      ml_parser_skip_brackets (p, ML_TOK_LBRACK, ML_TOK_RBRACK);
      s->x = ml_parse_type (p);
      return s;
    }
  if (p->lex.tok == ML_TOK_LBRACK)
    {
      s->x = ml_parse_type (p);
      return s;
    }
  if (ml_parser_got (p, ML_TOK_ASSIGN))
    s->flags |= ML_NODE_FLAG_ALIAS;
  s->x = ml_parse_type (p);
  return s;
}


/* One spec of a declaration starting with @keyword; a constant spec may repeat @prev's
 * values with its own @iota. */
static MlNode *
parse_spec (MlParser *p,
            MlToken   keyword,
            guint     iota,
            MlNode   *prev)
{
  if (keyword == ML_TOK_IMPORT)
    return parse_import_spec (p);
  if (keyword == ML_TOK_TYPE)
    return parse_type_spec (p);
  return parse_value_spec (p, keyword, iota, prev);
}

/* import, const, type or var (@keyword, the current token): one spec, or a group of them in
 * parentheses. */
MlNode *
ml_parse_decl (MlParser *p,
               MlToken   keyword)
{
  g_autoptr(GPtrArray) specs = g_ptr_array_new ();
  MlNode *d = ml_node_new (p->arena, ML_NODE_GEN_DECL, p->lex.pos);
  MlNode *prev = NULL;
  guint iota = 0;
  gsize progress_ = G_MAXSIZE;

  d->op = keyword;
  ml_parser_next (p);
  if (!ml_parser_got (p, ML_TOK_LPAREN))
    {
      g_ptr_array_add (specs, parse_spec (p, keyword, 0, NULL));
      d->list = ml_parser_list (p, specs);
      return d;
    }
  while (p->lex.tok != ML_TOK_EOF && p->lex.tok != ML_TOK_RPAREN)
    {
      ML_PARSER_ENSURE_PROGRESS (p);
      prev = parse_spec (p, keyword, iota, prev);
      g_ptr_array_add (specs, prev);
      iota++;
      if (!ml_parser_got (p, ML_TOK_SEMICOLON) && p->lex.tok != ML_TOK_RPAREN)
        {
          const char *ctx = keyword == ML_TOK_IMPORT ? "in grouped import; possibly missing semicolon or newline or )"
                          : keyword == ML_TOK_TYPE ? "in grouped type declaration; possibly missing semicolon or newline or )"
                          : keyword == ML_TOK_CONST ? "in grouped const declaration; possibly missing semicolon or newline or )"
                          : "in grouped var declaration; possibly missing semicolon or newline or )";

          ml_parser_syntax_error (p, ctx);
          ML_PARSER_ADVANCE (p, ML_TOK_RPAREN);
        }
    }
  ml_parser_want (p, ML_TOK_RPAREN);
  d->list = ml_parser_list (p, specs);
  return d;
}

/* func name(params) results { body }, or a method with a receiver in parentheses first; the
 * body may be missing (the checker reports it). */
MlNode *
ml_parse_func_decl (MlParser *p)
{
  MlNode *f = ml_node_new (p->arena, ML_NODE_FUNC_DECL, p->lex.pos);

  ml_parser_want (p, ML_TOK_FUNC);
  if (p->lex.tok == ML_TOK_LPAREN)
    {
      g_autoptr(GPtrArray) recv = g_ptr_array_new ();
      MlPos rpos = p->lex.pos;

      ml_parser_next (p);
      if (ml_parse_param_list (p, recv, ML_TOK_RPAREN))
        ml_parser_want (p, ML_TOK_RPAREN);
      if (recv->len == 1)
        f->x = g_ptr_array_index (recv, 0);
      else if (recv->len == 0)
        ml_parser_error_at (p, rpos, "method has no receiver");
      else
        ml_parser_error_at (p, rpos, "method has multiple receivers");
    }
  if (p->lex.tok == ML_TOK_IDENT)
    {
      f->pos2 = p->lex.pos;
      f->name = ml_parse_name (p)->name;
    }
  else
    {
      ml_parser_syntax_error (p, f->x != NULL ? "expected name" : "expected name or (");
      ML_PARSER_ADVANCE (p, ML_TOK_LBRACE, ML_TOK_SEMICOLON);
      f->name = "_";
      f->pos2 = p->lex.pos;
    }
  f->y = ml_parse_func_type (p, f->pos);
  if (p->lex.tok == ML_TOK_LBRACE)
    {
      int outer = p->xnest;

      p->xnest = 0;
      p->fnest++;
      f->z = ml_parse_block (p, "");
      p->fnest--;
      p->xnest = outer;
    }
  return f;
}
