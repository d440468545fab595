/* ml-parser-expr.c
 *
 * Copyright 2026 The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Expressions, as gc's parser reads them: binary operations by precedence, unary operations,
 * operands (names, literals, parenthesized expressions, function literals, type literals) and
 * the postfix operations that follow them (selectors, type assertions, index and slice
 * expressions, calls, composite literals), with gc's positions and messages.  Nesting counts
 * against the parser's depth limit, since everything after the parser recurses over it.
 */

#define G_LOG_DOMAIN "ml-parser"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "ml-parser-private.h"

static int
binary_precedence (MlToken t)
{
  switch ((int) t)
    {
    case ML_TOK_LOR:
      return 1;
    case ML_TOK_LAND:
      return 2;
    case ML_TOK_EQL: case ML_TOK_NEQ: case ML_TOK_LSS: case ML_TOK_LEQ:
    case ML_TOK_GTR: case ML_TOK_GEQ:
      return 3;
    case ML_TOK_ADD: case ML_TOK_SUB: case ML_TOK_OR: case ML_TOK_XOR:
      return 4;
    case ML_TOK_MUL: case ML_TOK_QUO: case ML_TOK_REM: case ML_TOK_SHL:
    case ML_TOK_SHR: case ML_TOK_AND: case ML_TOK_AND_NOT:
      return 5;
    default:
      return 0;
    }
}

/* An expression, or several separated by commas: then an EMPTY_STMT node with op COMMA
 * carries them in its list (ml_parser_expr_list_items unwraps it). */
MlNode *
ml_parse_expr_list (MlParser *p)
{
  g_autoptr(GPtrArray) arr = g_ptr_array_new ();
  MlNode *first = ml_parse_expr (p);
  MlNode *n;

  if (p->lex.tok != ML_TOK_COMMA)
    return first;
  g_ptr_array_add (arr, first);
  while (ml_parser_got (p, ML_TOK_COMMA))
    g_ptr_array_add (arr, ml_parse_expr (p));
  n = ml_node_new (p->arena, ML_NODE_EMPTY_STMT, first->pos);
  n->op = ML_TOK_COMMA;
  n->list = ml_parser_list (p, arr);
  return n;
}

/* Turns the result of ml_parse_expr_list into a list. */
MlNodeList
ml_parser_expr_list_items (MlParser *p,
                           MlNode   *e)
{
  if (e == NULL)
    {
      MlNodeList l = { NULL, 0 };
      return l;
    }
  if (e->kind == ML_NODE_EMPTY_STMT && e->op == ML_TOK_COMMA)
    return e->list;
  return ml_parser_list1 (p, e);
}

/* The item parser of parse_delimited(): the next item of @owner's list, or %NULL to stop. */
typedef MlNode *(*MlParserItemFunc) (MlParser *p,
                                     MlNode   *owner);

/* gc's list(): a node of @kind applied to @x (a call of a function, a composite literal of a
 * type), then @open, items separated by commas, @close.  The node is at @open, with the
 * items in its list and @close's position in pos2.  A missing comma is reported with
 * @context ("in argument list; possibly missing comma or )"); when recovery does not reach
 * @close, it is not asked for. */
static MlNode *
parse_delimited (MlParser         *p,
                 MlNodeKind        kind,
                 MlNode           *x,
                 MlToken           open,
                 MlToken           close,
                 const char       *context,
                 MlParserItemFunc  item)
{
  g_autoptr(GPtrArray) items = g_ptr_array_new ();
  MlNode *owner = ml_node_new (p->arena, kind, p->lex.pos);
  gboolean closed = TRUE;
  gsize progress_ = G_MAXSIZE;

  owner->x = x;
  ml_parser_want (p, open);
  p->xnest++;
  while (p->lex.tok != ML_TOK_EOF && p->lex.tok != close)
    {
      MlNode *e;

      ML_PARSER_ENSURE_PROGRESS (p);
      e = item (p, owner);
      if (e == NULL)
        break;
      g_ptr_array_add (items, e);
      if (!ml_parser_got (p, ML_TOK_COMMA) && p->lex.tok != close)
        {
          ml_parser_syntax_error (p, context);
          ML_PARSER_ADVANCE (p, ML_TOK_RPAREN, ML_TOK_RBRACK, ML_TOK_RBRACE);
          if (p->lex.tok != close)
            {
              closed = FALSE;
              break;
            }
        }
    }
  p->xnest--;
  owner->pos2 = p->lex.pos;
  if (closed)
    ml_parser_want (p, close);
  owner->list = ml_parser_list (p, items);
  return owner;
}

/* An argument of a call; "..." after it marks the call. */
static MlNode *
parse_call_arg (MlParser *p,
                MlNode   *call)
{
  MlNode *arg = ml_parse_expr (p);

  if (ml_parser_got (p, ML_TOK_ELLIPSIS))
    call->flags |= ML_NODE_FLAG_DOTS;
  return arg;
}

static MlNode *parse_element (MlParser *p,
                              MlNode   *lit);

/* A composite literal of @type ({...} alone stands for a literal of the element type). */
static MlNode *
parse_complit (MlParser *p,
               MlNode   *type)
{
  /* gc positions a composite literal at its "{". */
  return parse_delimited (p, ML_NODE_COMPOSITE_LIT, type, ML_TOK_LBRACE, ML_TOK_RBRACE,
                          "in composite literal; possibly missing comma or }", parse_element);
}

/* A value of a composite literal's element or key: {...} without a type stands for a
 * literal of the element type. */
static MlNode *
parse_element_value (MlParser *p)
{
  if (p->lex.tok == ML_TOK_LBRACE)
    return parse_complit (p, NULL);
  return ml_parse_expr (p);
}

/* An element of a composite literal, value or key: value. */
static MlNode *
parse_element (MlParser *p,
               MlNode   *lit)
{
  MlNode *e;

  if (!ml_parser_enter (p))
    return NULL;
  e = parse_element_value (p);
  if (p->lex.tok == ML_TOK_COLON)
    {
      MlNode *kv = ml_node_new (p->arena, ML_NODE_KEY_VALUE, p->lex.pos);

      ml_parser_next (p);
      kv->x = e;
      kv->y = parse_element_value (p);
      e = kv;
    }
  ml_parser_leave (p);
  return e;
}

/* The composite literal types that gc accepts before "{" even where a block may follow
 * (if x == T {...}): they cannot be mistaken for the value of a condition. */
static gboolean
is_type_literal_start (MlNode *x)
{
  return x->kind == ML_NODE_ARRAY_TYPE || x->kind == ML_NODE_MAP_TYPE
         || x->kind == ML_NODE_STRUCT_TYPE;
}

static MlNode *
parse_operand (MlParser *p)
{
  MlNode *n;

  switch ((int) p->lex.tok)
    {
    case ML_TOK_IDENT:
      return ml_parse_name (p);

    ML_TOK_CASES_LITERAL:
      n = ml_node_new (p->arena, ML_NODE_BASIC_LIT, p->lex.pos);
      n->op = p->lex.tok;
      n->name = ml_arena_strdup (p->arena, p->lex.lit->str);
      n->str = ml_arena_strndup (p->arena, p->lex.value->str, p->lex.value->len);
      n->str_len = p->lex.value->len;
      if (p->lex.bad_literal)
        n->flags |= ML_NODE_FLAG_IMPLICIT;
      ml_parser_next (p);
      return n;

    case ML_TOK_LPAREN:
      n = ml_node_new (p->arena, ML_NODE_PAREN, p->lex.pos);
      ml_parser_next (p);
      p->xnest++;
      n->x = ml_parse_expr (p);
      p->xnest--;
      ml_parser_want (p, ML_TOK_RPAREN);
      return n;

    case ML_TOK_FUNC:
      {
        MlPos fpos = p->lex.pos;
        MlNode *ftype;

        ml_parser_next (p);
        ftype = ml_parse_func_type (p, fpos);
        if (p->lex.tok == ML_TOK_LBRACE)
          {
            n = ml_node_new (p->arena, ML_NODE_FUNC_LIT, fpos);
            n->x = ftype;
            p->xnest++;
            p->fnest++;
            n->y = ml_parse_block (p, "");
            p->fnest--;
            p->xnest--;
            return n;
          }
        return ftype;
      }

    case ML_TOK_LBRACK:
    case ML_TOK_CHAN:
    case ML_TOK_MAP:
    case ML_TOK_STRUCT:
    case ML_TOK_INTERFACE:
      return ml_parse_type (p);

    default:
      n = ml_parser_bad_expr (p);
      ml_parser_syntax_error (p, "expected expression");
      ML_PARSER_ADVANCE (p, ML_TOK_RPAREN, ML_TOK_RBRACK, ML_TOK_RBRACE);
      return n;
    }
}

/* x.name or x.(T) (x.(type) in a type switch), from the "." at @at; %NULL after an error. */
static MlNode *
parse_selector_or_assert (MlParser *p,
                          MlNode   *x,
                          MlPos     at)
{
  ml_parser_next (p);
  if (p->lex.tok == ML_TOK_IDENT)
    {
      MlNode *s = ml_node_new (p->arena, ML_NODE_SELECTOR, at);

      s->x = x;
      s->pos2 = p->lex.pos;
      s->name = ml_arena_strdup (p->arena, p->lex.lit->str);
      ml_parser_next (p);
      return s;
    }
  if (p->lex.tok == ML_TOK_LPAREN)
    {
      MlNode *t = ml_node_new (p->arena, ML_NODE_TYPE_ASSERT, at);

      ml_parser_next (p);
      t->x = x;
      if (ml_parser_got (p, ML_TOK_TYPE))
        t->y = NULL;
      else
        t->y = ml_parse_type (p);
      ml_parser_want (p, ML_TOK_RPAREN);
      return t;
    }
  ml_parser_syntax_error (p, "expected name or (");
  ML_PARSER_ADVANCE (p, ML_TOK_SEMICOLON, ML_TOK_RBRACE);
  return NULL;
}

/* x[i], or x[lo:hi] and x[lo:hi:max], from the "[" at @at. */
static MlNode *
parse_index_or_slice (MlParser *p,
                      MlNode   *x,
                      MlPos     at)
{
  MlNode *idx = NULL;
  MlNode *s;

  ml_parser_next (p);
  p->xnest++;
  if (p->lex.tok != ML_TOK_COLON)
    {
      idx = ml_parse_expr (p);
      if (p->lex.tok != ML_TOK_COLON)
        {
          MlNode *n = ml_node_new (p->arena, ML_NODE_INDEX, at);

          n->x = x;
          n->y = idx;
          p->xnest--;
          if (p->lex.tok == ML_TOK_COMMA)
            {
              ml_diag_sink_add (p->sink, ML_DIAGNOSTIC_UNSUPPORTED, p->lex.pos,
                                _("generic instantiation is not supported yet"));
              ML_PARSER_ADVANCE (p, ML_TOK_RBRACK);
            }
          ml_parser_want (p, ML_TOK_RBRACK);
          return n;
        }
    }
  s = ml_node_new (p->arena, ML_NODE_SLICE_EXPR, at);
  s->x = x;
  s->y = idx;
  ml_parser_want (p, ML_TOK_COLON);
  if (p->lex.tok != ML_TOK_COLON && p->lex.tok != ML_TOK_RBRACK)
    s->z = ml_parse_expr (p);
  if (ml_parser_got (p, ML_TOK_COLON))
    {
      s->flags |= ML_NODE_FLAG_FULL_SLICE;
      if (s->z == NULL)
        ml_parser_error_at (p, p->lex.pos, "syntax error: middle index required in 3-index slice");
      if (p->lex.tok == ML_TOK_RBRACK)
        ml_parser_error_at (p, p->lex.pos, "syntax error: final index required in 3-index slice");
      else
        s->w = ml_parse_expr (p);
    }
  p->xnest--;
  ml_parser_want (p, ML_TOK_RBRACK);
  return s;
}

/* One postfix operation on @x: a selector, a type assertion, an index or slice, a call or a
 * composite literal; %NULL when none follows (or after an error that ends the chain). */
static MlNode *
parse_postfix (MlParser *p,
               MlNode   *x)
{
  MlPos at = p->lex.pos;
  MlNode *t;

  switch ((int) p->lex.tok)
    {
    case ML_TOK_PERIOD:
      return parse_selector_or_assert (p, x, at);
    case ML_TOK_LBRACK:
      return parse_index_or_slice (p, x, at);
    case ML_TOK_LPAREN:
      return parse_delimited (p, ML_NODE_CALL, x, ML_TOK_LPAREN, ML_TOK_RPAREN,
                              "in argument list; possibly missing comma or )", parse_call_arg);
    case ML_TOK_LBRACE:
      t = ml_node_unparen (x);
      if (!is_type_literal_start (t)
          && !((t->kind == ML_NODE_IDENT || t->kind == ML_NODE_SELECTOR || t->kind == ML_NODE_INDEX)
               && p->xnest >= 0))
        return NULL;
      if (t != x)
        ml_parser_syntax_error (p, "cannot parenthesize type in composite literal");
      return parse_complit (p, x);
    default:
      return NULL;
    }
}

static MlNode *
parse_primary_expr (MlParser *p)
{
  MlNode *x = parse_operand (p);
  guint entered = 0;

  /* Postfix chains (a.b.c, f()(), x[0][0]) nest as deeply as they are
   * long; they count against the depth limit. */
  while (ml_parser_enter (p))
    {
      MlNode *next;

      entered++;
      next = parse_postfix (p, x);
      if (next == NULL)
        break;
      x = next;
    }
  p->depth -= entered;
  return x;
}

static MlNode *
parse_unary_expr (MlParser *p)
{
  MlNode *n;
  MlToken t = p->lex.tok;

  switch ((int) t)
    {
    case ML_TOK_MUL:
    case ML_TOK_ADD:
    case ML_TOK_SUB:
    case ML_TOK_NOT:
    case ML_TOK_XOR:
    case ML_TOK_AND:
    case ML_TOK_TILDE:
    case ML_TOK_ARROW:
      /* *x is a dereference or a pointer type; the checker tells which. */
      n = ml_node_new (p->arena, t == ML_TOK_MUL ? ML_NODE_STAR : ML_NODE_UNARY, p->lex.pos);
      if (t != ML_TOK_MUL)
        n->op = t;
      ml_parser_next (p);
      if (!ml_parser_enter (p))
        {
          n->x = ml_parser_bad_expr (p);
          return n;
        }
      n->x = parse_unary_expr (p);
      ml_parser_leave (p);
      /* &(T{}) is &T{}, as gc unparens the operand of &. */
      if (t == ML_TOK_AND)
        n->x = ml_node_unparen (n->x);
      return n;

    default:
      if (!ml_parser_enter (p))
        return ml_parser_bad_expr (p);
      n = parse_primary_expr (p);
      ml_parser_leave (p);
      return n;
    }
}

static MlNode *
parse_binary_expr (MlParser *p,
                   int       prec)
{
  MlNode *x = parse_unary_expr (p);
  guint chain = 0;

  for (;;)
    {
      MlToken op = p->lex.tok;
      int oprec = binary_precedence (op);
      MlNode *b;

      if (oprec <= prec)
        {
          p->depth -= chain;
          return x;
        }
      /* A long "a + b + c ..." nests to the left; it counts as depth for
       * the checker's recursion. */
      if (!ml_parser_enter (p))
        {
          p->depth -= chain + 1;
          return x;
        }
      chain++;
      b = ml_node_new (p->arena, ML_NODE_BINARY, p->lex.pos);
      b->op = op;
      ml_parser_next (p);
      b->x = x;
      if (!ml_parser_enter (p))
        {
          b->y = ml_parser_bad_expr (p);
          p->depth -= chain;
          return b;
        }
      b->y = parse_binary_expr (p, oprec);
      ml_parser_leave (p);
      x = b;
    }
}

MlNode *
ml_parse_expr (MlParser *p)
{
  return parse_binary_expr (p, 0);
}

/* A primary expression alone (gc's pexpr): an operand and its selectors, indexes, calls and
 * composite literals, as a go or defer statement takes it. */
MlNode *
ml_parse_primary_expr (MlParser *p)
{
  MlNode *n;

  if (!ml_parser_enter (p))
    return ml_parser_bad_expr (p);
  n = parse_primary_expr (p);
  ml_parser_leave (p);
  return n;
}
