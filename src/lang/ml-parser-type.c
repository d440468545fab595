/* ml-parser-type.c
 *
 * Copyright 2026 The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Types, as gc's parser reads them: names and qualified names, pointer, array, slice, map,
 * channel and function types, struct and interface bodies, and parameter lists with gc's
 * rules for "a, b int" and its messages for missing or mixed parameter names.
 */

#define G_LOG_DOMAIN "ml-parser"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "ml-parser-private.h"

/* One entry of a parameter list: "name T", "name ...T", "T", "...T" or a lone name (whose
 * type may come from a later entry).  *@named tells that a name with a type was seen.
 * %NULL after an error the list stops at. */
static MlNode *
parse_param (MlParser *p,
             MlToken   close,
             gboolean *named)
{
  MlNode *f = ml_node_new (p->arena, ML_NODE_FIELD, p->lex.pos);

  if (p->lex.tok == ML_TOK_IDENT)
    {
      MlNode *name = ml_parse_name (p);

      if (p->lex.tok == ML_TOK_PERIOD)
        {
          MlPos dot = p->lex.pos;

          ml_parser_next (p);
          f->x = ml_parse_qualified_name (p, name, dot);
        }
      else if (p->lex.tok == ML_TOK_COMMA || p->lex.tok == close)
        f->x = name;
      else
        {
          f->list = ml_parser_list1 (p, name);
          *named = TRUE;
          if (ml_parser_got (p, ML_TOK_ELLIPSIS))
            f->flags |= ML_NODE_FLAG_DOTS;
          f->x = ml_parse_type (p);
        }
    }
  else if (ml_parser_got (p, ML_TOK_ELLIPSIS))
    {
      f->flags |= ML_NODE_FLAG_DOTS;
      f->x = ml_parse_type (p);
    }
  else
    {
      f->x = ml_parse_type_or_nil (p);
      if (f->x == NULL)
        {
          ml_parser_syntax_error (p, close == ML_TOK_RPAREN ? "expected )" : "expected ]");
          ML_PARSER_ADVANCE (p, ML_TOK_RPAREN, ML_TOK_LBRACE, ML_TOK_SEMICOLON);
          return NULL;
        }
    }
  return f;
}

/* "a, b int": names without a type take the type of the next entry that has one; gc reports
 * names left without a type and lists that mix names and types. */
static void
distribute_param_types (MlParser  *p,
                        GPtrArray *entries)
{
  MlNode *type = NULL;
  gboolean dots = FALSE;

  for (guint i = entries->len; i-- > 0;)
    {
      MlNode *f = g_ptr_array_index (entries, i);

      if (f->list.n > 0)
        {
          type = f->x;
          dots = (f->flags & ML_NODE_FLAG_DOTS) != 0;
        }
      else if (f->x != NULL && f->x->kind == ML_NODE_IDENT && type == NULL)
        {
          /* Trailing names without a type: gc points at the ")". */
          ml_parser_error_at (p, p->lex.pos, "syntax error: missing parameter type");
          break;
        }
      else if (f->x != NULL && f->x->kind == ML_NODE_IDENT && type != NULL)
        {
          f->list = ml_parser_list1 (p, f->x);
          f->x = type;
          if (dots)
            f->flags |= ML_NODE_FLAG_DOTS;
        }
      else
        {
          ml_parser_error_at (p, ml_node_start_pos (f->x ? f->x : f),
                              "syntax error: mixed named and unnamed parameters");
          break;
        }
    }
}

/* The FIELD nodes of a parameter list up to @close, added to @out.  Returns FALSE when
 * recovery stopped before @close, in which case the caller must not ask for it (gc's
 * list()). */
gboolean
ml_parse_param_list (MlParser  *p,
                     GPtrArray *out,
                     MlToken    close)
{
  g_autoptr(GPtrArray) entries = g_ptr_array_new ();
  gboolean named = FALSE;
  gboolean closed = TRUE;
  gsize progress_ = G_MAXSIZE;

  p->xnest++;
  while (p->lex.tok != ML_TOK_EOF && p->lex.tok != close)
    {
      MlNode *f;

      ML_PARSER_ENSURE_PROGRESS (p);
      f = parse_param (p, close, &named);
      if (f == NULL)
        break;
      g_ptr_array_add (entries, f);
      if (!ml_parser_got (p, ML_TOK_COMMA) && p->lex.tok != close)
        {
          ml_parser_syntax_error (p, "in parameter list; possibly missing comma or )");
          ML_PARSER_ADVANCE (p, ML_TOK_RPAREN, ML_TOK_RBRACK, ML_TOK_RBRACE);
          closed = p->lex.tok == close;
          break;
        }
    }
  p->xnest--;

  if (named)
    distribute_param_types (p, entries);
  for (guint i = 0; i < entries->len; i++)
    g_ptr_array_add (out, g_ptr_array_index (entries, i));
  return closed;
}

/* A signature after "func" (and the name, for a declaration): the parameters, then the
 * results in parentheses or one result type. */
MlNode *
ml_parse_func_type (MlParser *p,
                    MlPos     at)
{
  g_autoptr(GPtrArray) params = g_ptr_array_new ();
  g_autoptr(GPtrArray) results = g_ptr_array_new ();
  MlNode *ft = ml_node_new (p->arena, ML_NODE_FUNC_TYPE, at);

  if (p->lex.tok == ML_TOK_LBRACK)
    {
      ml_diag_sink_add (p->sink, ML_DIAGNOSTIC_UNSUPPORTED, p->lex.pos,
                        _("generic functions are not supported by MemLab"));
      ML_PARSER_ADVANCE (p, ML_TOK_LPAREN);
    }
  if (p->lex.tok != ML_TOK_LPAREN)
    {
      ml_parser_syntax_error (p, "expected (");
      ML_PARSER_ADVANCE (p, ML_TOK_LBRACE, ML_TOK_SEMICOLON);
      return ft;
    }
  ml_parser_next (p);
  if (ml_parse_param_list (p, params, ML_TOK_RPAREN))
    ml_parser_want (p, ML_TOK_RPAREN);

  if (p->lex.tok == ML_TOK_LPAREN)
    {
      ml_parser_next (p);
      if (ml_parse_param_list (p, results, ML_TOK_RPAREN))
        ml_parser_want (p, ML_TOK_RPAREN);
    }
  else
    {
      MlNode *t = ml_parse_type_or_nil (p);

      if (t != NULL)
        {
          MlNode *f = ml_node_new (p->arena, ML_NODE_FIELD, t->pos);

          f->x = t;
          g_ptr_array_add (results, f);
        }
    }
  ft->list = ml_parser_list (p, params);
  ft->list2 = ml_parser_list (p, results);
  return ft;
}

/* A field of a struct: "a, b T", an embedded "T", "*T" or "pkg.T", then an ignored tag.  Its
 * type stays %NULL after an error. */
static MlNode *
parse_struct_field (MlParser *p)
{
  MlNode *f = ml_node_new (p->arena, ML_NODE_FIELD, p->lex.pos);

  if (p->lex.tok == ML_TOK_MUL)
    {
      f->flags |= ML_NODE_FLAG_EMBEDDED;
      f->x = ml_parse_type (p);
    }
  else if (p->lex.tok == ML_TOK_IDENT)
    {
      g_autoptr(GPtrArray) names = g_ptr_array_new ();
      MlNode *first = ml_parse_name (p);

      if (p->lex.tok == ML_TOK_SEMICOLON || p->lex.tok == ML_TOK_RBRACE
          || p->lex.tok == ML_TOK_STRING || p->lex.tok == ML_TOK_PERIOD)
        {
          /* An embedded field: T or pkg.T. */
          f->flags |= ML_NODE_FLAG_EMBEDDED;
          f->x = first;
          if (ml_parser_got (p, ML_TOK_PERIOD))
            f->x = ml_parse_qualified_name (p, first, p->lex.pos);
        }
      else
        {
          g_ptr_array_add (names, first);
          while (ml_parser_got (p, ML_TOK_COMMA))
            g_ptr_array_add (names, ml_parse_name (p));
          f->list = ml_parser_list (p, names);
          f->x = ml_parse_type (p);
        }
    }
  else
    {
      ml_parser_syntax_error (p, "expected field name or embedded type");
      ML_PARSER_ADVANCE (p, ML_TOK_SEMICOLON, ML_TOK_RBRACE);
    }
  /* Tags are accepted and ignored. */
  if (p->lex.tok == ML_TOK_STRING)
    ml_parser_next (p);
  return f;
}

/* An element of an interface: a method "Name(params) results" or an embedded type.  Its type
 * stays %NULL after an error. */
static MlNode *
parse_interface_elem (MlParser *p)
{
  MlNode *f = ml_node_new (p->arena, ML_NODE_FIELD, p->lex.pos);

  if (p->lex.tok == ML_TOK_IDENT)
    {
      MlNode *name = ml_parse_name (p);

      if (p->lex.tok == ML_TOK_LPAREN)
        {
          f->list = ml_parser_list1 (p, name);
          f->x = ml_parse_func_type (p, name->pos);
        }
      else if (p->lex.tok == ML_TOK_PERIOD)
        {
          /* An embedded interface of another package: fmt.Stringer. */
          MlNode *sel = ml_node_new (p->arena, ML_NODE_SELECTOR, p->lex.pos);

          ml_parser_next (p);
          sel->x = name;
          sel->pos2 = p->lex.pos;
          sel->name = ml_parse_name (p)->name;
          f->flags |= ML_NODE_FLAG_EMBEDDED;
          f->x = sel;
        }
      else
        {
          f->flags |= ML_NODE_FLAG_EMBEDDED;
          f->x = name;
        }
      return f;
    }
  f->x = ml_parse_type_or_nil (p);
  if (f->x == NULL)
    {
      ml_parser_syntax_error (p, "expected }");
      ML_PARSER_ADVANCE (p, ML_TOK_SEMICOLON, ML_TOK_RBRACE);
    }
  f->flags |= ML_NODE_FLAG_EMBEDDED;
  return f;
}

/* "struct {...}" or "interface {...}": @keyword, then the fields that @field parses, one per
 * line; a missing separator is reported with @context. */
static MlNode *
parse_field_block (MlParser    *p,
                   MlNodeKind   kind,
                   MlToken      keyword,
                   const char  *context,
                   MlNode    *(*field) (MlParser *p))
{
  g_autoptr(GPtrArray) fields = g_ptr_array_new ();
  MlNode *block = ml_node_new (p->arena, kind, p->lex.pos);
  gsize progress_ = G_MAXSIZE;

  ml_parser_want (p, keyword);
  if (p->lex.tok != ML_TOK_LBRACE)
    {
      ml_parser_syntax_error (p, "expected {");
      return block;
    }
  ml_parser_next (p);
  while (p->lex.tok != ML_TOK_EOF && p->lex.tok != ML_TOK_RBRACE)
    {
      MlNode *f;

      ML_PARSER_ENSURE_PROGRESS (p);
      f = field (p);
      if (f->x != NULL)
        g_ptr_array_add (fields, f);
      if (!ml_parser_got (p, ML_TOK_SEMICOLON) && p->lex.tok != ML_TOK_RBRACE)
        {
          ml_parser_syntax_error (p, context);
          ML_PARSER_ADVANCE (p, ML_TOK_RBRACE);
        }
    }
  block->pos2 = p->lex.pos;
  ml_parser_want (p, ML_TOK_RBRACE);
  block->list = ml_parser_list (p, fields);
  return block;
}

/* [N]T, []T or [...]T. */
static MlNode *
parse_array_type (MlParser *p)
{
  MlNode *n = ml_node_new (p->arena, ML_NODE_ARRAY_TYPE, p->lex.pos);

  ml_parser_next (p);
  if (ml_parser_got (p, ML_TOK_RBRACK))
    {
      n->y = ml_parse_type (p);
      return n;
    }
  if (p->lex.tok == ML_TOK_ELLIPSIS)
    {
      n->x = ml_node_new (p->arena, ML_NODE_ELLIPSIS, p->lex.pos);
      ml_parser_next (p);
    }
  else
    {
      p->xnest++;
      n->x = ml_parse_expr (p);
      p->xnest--;
    }
  ml_parser_want (p, ML_TOK_RBRACK);
  n->y = ml_parse_type (p);
  return n;
}

/* A type, or %NULL without reporting anything when none starts here. */
MlNode *
ml_parse_type_or_nil (MlParser *p)
{
  MlNode *n;
  MlPos at = p->lex.pos;

  if (!ml_parser_enter (p))
    return NULL;

  switch ((int) p->lex.tok)
    {
    case ML_TOK_MUL:
      n = ml_node_new (p->arena, ML_NODE_STAR, at);
      ml_parser_next (p);
      n->x = ml_parse_type (p);
      break;

    case ML_TOK_ARROW:
    case ML_TOK_CHAN:
      /* <-chan T, chan T and chan<- T. */
      n = ml_node_new (p->arena, ML_NODE_CHAN_TYPE, at);
      if (ml_parser_got (p, ML_TOK_ARROW))
        ml_parser_want (p, ML_TOK_CHAN);
      else
        {
          ml_parser_next (p);
          ml_parser_got (p, ML_TOK_ARROW);
        }
      n->x = ml_parse_type (p);
      break;

    case ML_TOK_FUNC:
      ml_parser_next (p);
      n = ml_parse_func_type (p, at);
      break;

    case ML_TOK_LBRACK:
      n = parse_array_type (p);
      break;

    case ML_TOK_MAP:
      n = ml_node_new (p->arena, ML_NODE_MAP_TYPE, at);
      ml_parser_next (p);
      ml_parser_want (p, ML_TOK_LBRACK);
      n->x = ml_parse_type (p);
      ml_parser_want (p, ML_TOK_RBRACK);
      n->y = ml_parse_type (p);
      break;

    case ML_TOK_STRUCT:
      n = parse_field_block (p, ML_NODE_STRUCT_TYPE, ML_TOK_STRUCT,
                             "in struct type; possibly missing semicolon or newline or }", parse_struct_field);
      break;

    case ML_TOK_INTERFACE:
      n = parse_field_block (p, ML_NODE_INTERFACE_TYPE, ML_TOK_INTERFACE,
                             "in interface type; possibly missing semicolon or newline or }", parse_interface_elem);
      break;

    case ML_TOK_IDENT:
      n = ml_parse_name (p);
      if (p->lex.tok == ML_TOK_PERIOD)
        {
          MlPos dot = p->lex.pos;

          ml_parser_next (p);
          n = ml_parse_qualified_name (p, n, dot);
        }
      if (p->lex.tok == ML_TOK_LBRACK && p->generics_named)
        ml_parser_skip_brackets (p, ML_TOK_LBRACK, ML_TOK_RBRACK);
      break;

    case ML_TOK_LPAREN:
      n = ml_node_new (p->arena, ML_NODE_PAREN, at);
      ml_parser_next (p);
      n->x = ml_parse_type (p);
      ml_parser_want (p, ML_TOK_RPAREN);
      break;

    default:
      n = NULL;
      break;
    }
  ml_parser_leave (p);
  return n;
}

MlNode *
ml_parse_type (MlParser *p)
{
  MlNode *t = ml_parse_type_or_nil (p);

  if (t == NULL)
    {
      t = ml_parser_bad_expr (p);
      ml_parser_syntax_error (p, "expected type");
      ML_PARSER_ADVANCE (p, ML_TOK_COMMA, ML_TOK_COLON, ML_TOK_SEMICOLON, ML_TOK_RPAREN,
                         ML_TOK_RBRACK, ML_TOK_RBRACE);
    }
  return t;
}
