/* ml-parser-stmt.c
 *
 * Copyright 2026 The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Statements, as gc's parser reads them: statement lists and blocks, simple statements
 * (expressions, assignments, ++ and --, sends), the headers of if, for and switch (gc's
 * header(), with its messages for a missing condition or an assignment used as one), range
 * clauses, case clauses, labels and branches, and the MemLab directives that stand between
 * statements.
 */

#define G_LOG_DOMAIN "ml-parser"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "ml-parser-private.h"

/*
 * MemLab directives.  The lexer records every //memlab: comment; here they
 * become statements.  A directive that stands between two statements of a
 * list, or before the first or after the last (a function body, any block,
 * a case clause, the top level of a notebook), is a DIRECTIVE_STMT where it
 * stands.  Any other one is ignored, as Go ignores every comment: between
 * the declarations of a package main file, inside a statement that spans
 * lines (a call, a composite literal, between a label and its statement).
 * Statement lists take the directives before their next token and pass over
 * those inside the statement they have just parsed; since both go forward
 * through the lexer's list, each directive is looked at once.
 */

void
ml_parser_skip_directives_before (MlParser *p,
                                  gsize     offset)
{
  GArray *all = p->lex.directives;

  while (p->next_directive < all->len
         && g_array_index (all, MlLexerDirective, p->next_directive).offset < offset)
    p->next_directive++;
}

void
ml_parser_take_directives (MlParser  *p,
                           GPtrArray *out,
                           guint16    flags)
{
  GArray *all = p->lex.directives;

  while (p->next_directive < all->len)
    {
      const MlLexerDirective *d = &g_array_index (all, MlLexerDirective, p->next_directive);
      MlNode *s;

      if (d->offset >= p->lex.tok_start)
        break;
      s = ml_node_new (p->arena, ML_NODE_DIRECTIVE_STMT, d->pos);
      s->str = ml_arena_strndup (p->arena, d->text, d->len);
      s->str_len = d->len;
      s->flags |= flags;
      g_ptr_array_add (out, s);
      p->next_directive++;
    }
}

static void
parse_stmt_list (MlParser  *p,
                 GPtrArray *out)
{
  gsize progress_ = G_MAXSIZE;

  /* Directives before the "{" or ":" that opens the list are not in it. */
  ml_parser_skip_directives_before (p, p->last_end);
  for (;;)
    {
      MlNode *s;

      ml_parser_take_directives (p, out, 0);
      if (p->lex.tok == ML_TOK_EOF || p->lex.tok == ML_TOK_RBRACE
          || p->lex.tok == ML_TOK_CASE || p->lex.tok == ML_TOK_DEFAULT)
        break;
      ML_PARSER_ENSURE_PROGRESS (p);
      s = ml_parse_stmt_or_nil (p);
      if (s == NULL)
        break;
      g_ptr_array_add (out, s);
      ml_parser_skip_directives_before (p, p->last_end);
      /* A ";" is optional before "}". */
      if (!ml_parser_got (p, ML_TOK_SEMICOLON) && p->lex.tok != ML_TOK_RBRACE)
        {
          ml_parser_syntax_error (p, "at end of statement");
          ML_PARSER_ADVANCE (p, ML_TOK_SEMICOLON, ML_TOK_RBRACE, ML_TOK_CASE, ML_TOK_DEFAULT);
          ml_parser_got (p, ML_TOK_SEMICOLON);
        }
    }
}

/* { statements }; @context names what the block belongs to in gc's "expected { after if
 * clause" ("" for a bare block or a body). */
MlNode *
ml_parse_block (MlParser   *p,
                const char *context)
{
  g_autoptr(GPtrArray) stmts = g_ptr_array_new ();
  MlNode *b = ml_node_new (p->arena, ML_NODE_BLOCK, p->lex.pos);

  if (!ml_parser_got (p, ML_TOK_LBRACE))
    {
      g_autofree char *msg = g_strdup_printf ("expected { after %s", context);

      ml_parser_syntax_error (p, *context ? msg : "expected {");
      ML_PARSER_ADVANCE (p, ML_TOK_IDENT, ML_TOK_RBRACE);
      b->pos2 = p->lex.pos;
      if (p->lex.tok != ML_TOK_RBRACE)
        return b;
    }
  if (!ml_parser_enter (p))
    return b;
  parse_stmt_list (p, stmts);
  ml_parser_leave (p);
  b->pos2 = p->lex.pos;
  ml_parser_want (p, ML_TOK_RBRACE);
  b->list = ml_parser_list (p, stmts);
  return b;
}

/* range x, after "k, v :=" or "k, v =" (@lhs, with the operator @op at @op_pos) or alone. */
static MlNode *
parse_range_clause (MlParser *p,
                    MlNode   *lhs,
                    MlToken   op,
                    MlPos     op_pos)
{
  MlNode *r = ml_node_new (p->arena, ML_NODE_RANGE_STMT, op_pos);
  MlNodeList items = ml_parser_expr_list_items (p, lhs);

  r->op = op;
  r->pos2 = p->lex.pos;
  ml_parser_want (p, ML_TOK_RANGE);
  if (items.n > 0)
    r->x = items.items[0];
  if (items.n > 1)
    r->y = items.items[1];
  if (items.n > 2)
    ml_parser_error_at (p, ml_node_start_pos (items.items[2]),
                        "range clause permits at most two iteration variables");
  r->z = ml_parse_expr (p);
  return r;
}

/* A simple statement, after its left-hand side @lhs if the caller parsed it; with @keyword
 * FOR a range clause may follow. */
MlNode *
ml_parse_simple_stmt (MlParser *p,
                      MlNode   *lhs,
                      MlToken   keyword)
{
  MlNode *s;
  MlPos at;
  MlToken t;

  if (keyword == ML_TOK_FOR && p->lex.tok == ML_TOK_RANGE)
    return parse_range_clause (p, NULL, 0, p->lex.pos);

  if (lhs == NULL)
    lhs = ml_parse_expr_list (p);

  at = p->lex.pos;
  t = p->lex.tok;
  if (!(lhs->kind == ML_NODE_EMPTY_STMT && lhs->op == ML_TOK_COMMA))
    {
      switch ((int) t)
        {
        case ML_TOK_ADD_ASSIGN: case ML_TOK_SUB_ASSIGN: case ML_TOK_MUL_ASSIGN:
        case ML_TOK_QUO_ASSIGN: case ML_TOK_REM_ASSIGN: case ML_TOK_AND_ASSIGN:
        case ML_TOK_OR_ASSIGN: case ML_TOK_XOR_ASSIGN: case ML_TOK_SHL_ASSIGN:
        case ML_TOK_SHR_ASSIGN: case ML_TOK_AND_NOT_ASSIGN:
          s = ml_node_new (p->arena, ML_NODE_ASSIGN_STMT, at);
          s->op = t;
          ml_parser_next (p);
          s->list = ml_parser_list1 (p, lhs);
          s->list2 = ml_parser_list1 (p, ml_parse_expr (p));
          return s;

        case ML_TOK_INC:
        case ML_TOK_DEC:
          s = ml_node_new (p->arena, ML_NODE_INC_DEC_STMT, at);
          s->op = t;
          ml_parser_next (p);
          s->x = lhs;
          return s;

        case ML_TOK_ARROW:
          s = ml_node_new (p->arena, ML_NODE_SEND_STMT, at);
          ml_parser_next (p);
          s->x = lhs;
          s->y = ml_parse_expr (p);
          return s;

        case ML_TOK_ASSIGN:
        case ML_TOK_DEFINE:
          break;

        default:
          s = ml_node_new (p->arena, ML_NODE_EXPR_STMT, ml_node_start_pos (lhs));
          s->x = lhs;
          return s;
        }
    }

  if (t == ML_TOK_ASSIGN || t == ML_TOK_DEFINE)
    {
      MlNode *rhs;

      ml_parser_next (p);
      if (keyword == ML_TOK_FOR && p->lex.tok == ML_TOK_RANGE)
        return parse_range_clause (p, lhs, t, at);
      rhs = ml_parse_expr_list (p);
      s = ml_node_new (p->arena, ML_NODE_ASSIGN_STMT, at);
      s->op = t;
      s->list = ml_parser_expr_list_items (p, lhs);
      s->list2 = ml_parser_expr_list_items (p, rhs);
      return s;
    }

  ml_parser_syntax_error (p, "expected := or = or comma");
  ML_PARSER_ADVANCE (p, ML_TOK_SEMICOLON, ML_TOK_RBRACE);
  s = ml_node_new (p->arena, ML_NODE_EXPR_STMT, ml_node_start_pos (lhs));
  s->x = ml_parser_expr_list_items (p, lhs).items[0];
  return s;
}

/* gc: "cannot use assignment x = 2 as value", the sides of the assignment in parentheses
 * unless they are a single name or literal. */
static char *
describe_assignment (MlNode *stmt)
{
  GString *out = g_string_new ("assignment ");

  for (guint side = 0; side < 2; side++)
    {
      MlNodeList *l = side == 0 ? &stmt->list : &stmt->list2;
      gboolean simple = l->n == 1 && (l->items[0]->kind == ML_NODE_IDENT
                                      || l->items[0]->kind == ML_NODE_BASIC_LIT);

      if (side == 1)
        g_string_append (out, " = ");
      if (!simple)
        g_string_append_c (out, '(');
      for (guint i = 0; i < l->n; i++)
        {
          if (i > 0)
            g_string_append (out, ", ");
          ml_node_append_string (out, l->items[i]);
        }
      if (!simple)
        g_string_append_c (out, ')');
    }
  return g_string_free (out, FALSE);
}

/* The condition of an if, for or switch header from the statement parsed where it stands
 * (%NULL for none): an expression, the "v := x.(type)" of a type switch, or a BAD node
 * after reporting what cannot be one.  @have_semi, @semi_pos and @semi_kind tell of a ";"
 * (or a newline) after the init statement, where gc reports a missing if condition. */
static MlNode *
header_condition (MlParser   *p,
                  MlToken     keyword,
                  MlNode     *cond_stmt,
                  gboolean    have_semi,
                  MlPos       semi_pos,
                  MlSemiKind  semi_kind)
{
  g_autofree char *msg = NULL;
  g_autofree char *str = NULL;

  if (cond_stmt == NULL)
    {
      if (keyword != ML_TOK_IF || !have_semi)
        return NULL;
      if (semi_kind == ML_SEMI_EXPLICIT)
        ml_parser_error_at (p, semi_pos, "syntax error: missing condition in if statement");
      else
        ml_parser_error_at (p, semi_pos, semi_kind == ML_SEMI_NEWLINE
                            ? "syntax error: unexpected newline, expected { after if clause"
                            : "syntax error: unexpected EOF, expected { after if clause");
      return ml_node_new (p->arena, ML_NODE_BAD, semi_pos);
    }
  if (cond_stmt->kind == ML_NODE_EXPR_STMT)
    return cond_stmt->x;
  if (keyword == ML_TOK_SWITCH && cond_stmt->kind == ML_NODE_ASSIGN_STMT
      && cond_stmt->op == ML_TOK_DEFINE && cond_stmt->list2.n == 1
      && cond_stmt->list2.items[0]->kind == ML_NODE_TYPE_ASSERT
      && cond_stmt->list2.items[0]->y == NULL)
    return cond_stmt;

  /* At the statement's operator. */
  if (cond_stmt->kind == ML_NODE_ASSIGN_STMT && cond_stmt->op == ML_TOK_ASSIGN)
    str = describe_assignment (cond_stmt);
  else
    str = ml_node_to_string (cond_stmt);
  msg = g_strdup_printf ("syntax error: cannot use %s as value", str);
  ml_parser_error_at (p, cond_stmt->pos, msg);
  return ml_node_new (p->arena, ML_NODE_BAD, cond_stmt->pos);
}

/* The "cond; post" of a for header, after its init statement and ";"; the condition
 * statement, if any. */
static MlNode *
parse_for_cond_post (MlParser *p,
                     MlNode  **post_out)
{
  MlNode *cond_stmt = NULL;

  if (p->lex.tok != ML_TOK_SEMICOLON)
    {
      if (p->lex.tok == ML_TOK_LBRACE)
        {
          ml_parser_syntax_error (p, "expected for loop condition");
          return NULL;
        }
      cond_stmt = ml_parse_simple_stmt (p, NULL, 0);
    }
  ml_parser_want (p, ML_TOK_SEMICOLON);
  if (p->lex.tok != ML_TOK_LBRACE)
    {
      MlNode *post = ml_parse_simple_stmt (p, NULL, 0);

      if (post->kind == ML_NODE_ASSIGN_STMT && post->op == ML_TOK_DEFINE)
        ml_parser_error_at (p, post->pos, "syntax error: cannot declare in post statement of for loop");
      *post_out = post;
    }
  return cond_stmt;
}

/* gc's header(): the "init; cond; post" part of if, for and switch.  A range clause comes
 * back as the init statement. */
static void
parse_header (MlParser *p,
              MlToken   keyword,
              MlNode  **init_out,
              MlNode  **cond_out,
              MlNode  **post_out)
{
  MlNode *init = NULL, *post = NULL, *cond_stmt = NULL;
  int outer = p->xnest;
  gboolean have_semi = FALSE;
  MlPos semi_pos = { 0, 0 };
  MlSemiKind semi_kind = ML_SEMI_EXPLICIT;

  *init_out = *cond_out = *post_out = NULL;
  if (p->lex.tok == ML_TOK_LBRACE)
    {
      if (keyword == ML_TOK_IF)
        {
          ml_parser_syntax_error (p, "missing condition in if statement");
          *cond_out = ml_parser_bad_expr (p);
        }
      return;
    }

  p->xnest = -1;
  if (p->lex.tok != ML_TOK_SEMICOLON)
    {
      if (ml_parser_got (p, ML_TOK_VAR))
        {
          g_autofree char *msg = g_strdup_printf ("var declaration not allowed in %s initializer",
                                                  ml_token_to_string (keyword));
          ml_parser_syntax_error (p, msg);
        }
      init = ml_parse_simple_stmt (p, NULL, keyword);
      if (init->kind == ML_NODE_RANGE_STMT)
        {
          p->xnest = outer;
          *init_out = init;
          return;
        }
    }

  if (p->lex.tok == ML_TOK_LBRACE)
    {
      /* No ";": what was read is the condition. */
      cond_stmt = init;
      init = NULL;
    }
  else
    {
      if (p->lex.tok == ML_TOK_SEMICOLON)
        {
          have_semi = TRUE;
          semi_pos = p->lex.pos;
          semi_kind = p->lex.semi;
          ml_parser_next (p);
        }
      else
        ml_parser_want (p, ML_TOK_LBRACE);
      if (keyword == ML_TOK_FOR)
        cond_stmt = parse_for_cond_post (p, &post);
      else if (p->lex.tok != ML_TOK_LBRACE)
        cond_stmt = ml_parse_simple_stmt (p, NULL, keyword);
    }

  *cond_out = header_condition (p, keyword, cond_stmt, have_semi, semi_pos, semi_kind);
  p->xnest = outer;
  *init_out = init;
  *post_out = post;
}

static MlNode *
parse_if_stmt (MlParser *p)
{
  MlNode *s = ml_node_new (p->arena, ML_NODE_IF_STMT, p->lex.pos);
  MlNode *post;

  ml_parser_want (p, ML_TOK_IF);
  parse_header (p, ML_TOK_IF, &s->x, &s->y, &post);
  s->z = ml_parse_block (p, "if clause");
  if (ml_parser_got (p, ML_TOK_ELSE))
    {
      if (p->lex.tok == ML_TOK_IF)
        {
          if (ml_parser_enter (p))
            {
              s->w = parse_if_stmt (p);
              ml_parser_leave (p);
            }
        }
      else if (p->lex.tok == ML_TOK_LBRACE)
        s->w = ml_parse_block (p, "");
      else
        {
          ml_parser_syntax_error (p, "else must be followed by if or statement block");
          ML_PARSER_ADVANCE (p, ML_TOK_IDENT, ML_TOK_RBRACE);
        }
    }
  return s;
}

static MlNode *
parse_for_stmt (MlParser *p)
{
  MlPos at = p->lex.pos;
  MlNode *init, *cond, *post;
  MlNode *s;

  ml_parser_want (p, ML_TOK_FOR);
  parse_header (p, ML_TOK_FOR, &init, &cond, &post);
  if (init != NULL && init->kind == ML_NODE_RANGE_STMT)
    {
      s = init;
      s->pos = at;
    }
  else
    {
      s = ml_node_new (p->arena, ML_NODE_FOR_STMT, at);
      s->x = init;
      s->y = cond;
      s->z = post;
    }
  s->w = ml_parse_block (p, "for clause");
  return s;
}

/* "case x, y:" (types in a type switch, a send or receive statement in a select) or
 * "default:", then the clause's statements. */
static MlNode *
parse_case_clause (MlParser *p,
                   gboolean  type_switch,
                   gboolean  select)
{
  g_autoptr(GPtrArray) body = g_ptr_array_new ();
  MlNode *c = ml_node_new (p->arena, ML_NODE_CASE_CLAUSE, p->lex.pos);

  if (ml_parser_got (p, ML_TOK_CASE))
    {
      if (select)
        {
          g_autoptr(GPtrArray) comm = g_ptr_array_new ();

          g_ptr_array_add (comm, ml_parse_simple_stmt (p, NULL, 0));
          c->list = ml_parser_list (p, comm);
        }
      else if (type_switch)
        {
          g_autoptr(GPtrArray) types = g_ptr_array_new ();

          do
            g_ptr_array_add (types, ml_parse_type (p));
          while (ml_parser_got (p, ML_TOK_COMMA));
          c->list = ml_parser_list (p, types);
        }
      else
        c->list = ml_parser_expr_list_items (p, ml_parse_expr_list (p));
    }
  else
    {
      ml_parser_next (p);
      c->flags |= ML_NODE_FLAG_IMPLICIT;
    }
  c->pos2 = p->lex.pos;
  ml_parser_want (p, ML_TOK_COLON);
  parse_stmt_list (p, body);
  c->list2 = ml_parser_list (p, body);
  return c;
}

static MlNode *
parse_switch_stmt (MlParser *p)
{
  g_autoptr(GPtrArray) clauses = g_ptr_array_new ();
  MlNode *s = ml_node_new (p->arena, ML_NODE_SWITCH_STMT, p->lex.pos);
  MlNode *post;

  ml_parser_want (p, ML_TOK_SWITCH);
  parse_header (p, ML_TOK_SWITCH, &s->x, &s->y, &post);
  if (s->y != NULL && (s->y->kind == ML_NODE_ASSIGN_STMT
                       || (s->y->kind == ML_NODE_TYPE_ASSERT && s->y->y == NULL)))
    s->kind = ML_NODE_TYPE_SWITCH_STMT;

  if (!ml_parser_got (p, ML_TOK_LBRACE))
    {
      ml_parser_syntax_error (p, "missing { after switch clause");
      ML_PARSER_ADVANCE (p, ML_TOK_CASE, ML_TOK_DEFAULT, ML_TOK_RBRACE);
    }
  while (p->lex.tok == ML_TOK_CASE || p->lex.tok == ML_TOK_DEFAULT)
    g_ptr_array_add (clauses, parse_case_clause (p, s->kind == ML_NODE_TYPE_SWITCH_STMT, FALSE));
  s->pos2 = p->lex.pos;
  if (!ml_parser_got (p, ML_TOK_RBRACE))
    {
      ml_parser_syntax_error (p, "expected case or default or }");
      ML_PARSER_ADVANCE (p, ML_TOK_RBRACE);
      ml_parser_got (p, ML_TOK_RBRACE);
    }
  s->list = ml_parser_list (p, clauses);
  return s;
}

/* label: statement, after the label's name @label. */
static MlNode *
parse_labeled_stmt (MlParser *p,
                    MlNode   *label)
{
  MlNode *s = ml_node_new (p->arena, ML_NODE_LABELED_STMT, label->pos);

  s->name = label->name;
  ml_parser_next (p);
  if (p->lex.tok == ML_TOK_RBRACE)
    {
      s->x = ml_node_new (p->arena, ML_NODE_EMPTY_STMT, p->lex.pos);
      return s;
    }
  if (!ml_parser_enter (p))
    return s;
  s->x = ml_parse_stmt_or_nil (p);
  ml_parser_leave (p);
  if (s->x == NULL)
    s->x = ml_node_new (p->arena, ML_NODE_EMPTY_STMT, p->lex.pos);
  return s;
}

/* go f(x) or defer f(x), from the keyword at @at (gc's callStmt): the operand is a primary
 * expression, and parentheses around it are an error that does not stop the checker, which
 * then says whether it is a call. */
static MlNode *
parse_call_stmt (MlParser *p,
                 MlPos     at)
{
  gboolean is_go = p->lex.tok == ML_TOK_GO;
  MlNode *s = ml_node_new (p->arena, is_go ? ML_NODE_GO_STMT : ML_NODE_DEFER_STMT, at);
  MlNode *x;

  ml_parser_next (p);
  x = ml_parse_primary_expr (p);
  if (x->kind == ML_NODE_PAREN)
    {
      g_autofree char *msg = g_strdup_printf ("expression in %s must not be parenthesized",
                                              is_go ? "go" : "defer");

      if (!p->too_deep)
        ml_diag_sink_add (p->sink, ML_DIAGNOSTIC_ERROR, x->pos, msg);
      x = ml_node_unparen (x);
    }
  s->x = x;
  return s;
}

/* A statement, or %NULL without reporting anything when none starts here. */
MlNode *
ml_parse_stmt_or_nil (MlParser *p)
{
  MlNode *s;
  MlPos at = p->lex.pos;

  if (p->lex.tok == ML_TOK_IDENT)
    {
      MlNode *lhs = ml_parse_expr_list (p);

      if (lhs->kind == ML_NODE_IDENT && p->lex.tok == ML_TOK_COLON)
        return parse_labeled_stmt (p, lhs);
      return ml_parse_simple_stmt (p, lhs, 0);
    }

  switch ((int) p->lex.tok)
    {
    case ML_TOK_VAR:
    case ML_TOK_CONST:
    case ML_TOK_TYPE:
      s = ml_node_new (p->arena, ML_NODE_DECL_STMT, at);
      s->x = ml_parse_decl (p, p->lex.tok);
      return s;

    case ML_TOK_LBRACE:
      return ml_parse_block (p, "");

    case ML_TOK_FOR:
      return parse_for_stmt (p);

    case ML_TOK_SWITCH:
      return parse_switch_stmt (p);

    case ML_TOK_SELECT:
      {
        g_autoptr(GPtrArray) clauses = g_ptr_array_new ();

        /* Its communication clauses are parsed (the checker refuses the statement). */
        s = ml_node_new (p->arena, ML_NODE_SELECT_STMT, at);
        ml_parser_next (p);
        if (!ml_parser_got (p, ML_TOK_LBRACE))
          {
            ml_parser_syntax_error (p, "missing { after select clause");
            ML_PARSER_ADVANCE (p, ML_TOK_CASE, ML_TOK_DEFAULT, ML_TOK_RBRACE);
          }
        while (p->lex.tok == ML_TOK_CASE || p->lex.tok == ML_TOK_DEFAULT)
          g_ptr_array_add (clauses, parse_case_clause (p, FALSE, TRUE));
        if (!ml_parser_got (p, ML_TOK_RBRACE))
          {
            ml_parser_syntax_error (p, "expected case or default or }");
            ML_PARSER_ADVANCE (p, ML_TOK_RBRACE);
            ml_parser_got (p, ML_TOK_RBRACE);
          }
        s->list = ml_parser_list (p, clauses);
        return s;
      }

    case ML_TOK_IF:
      return parse_if_stmt (p);

    case ML_TOK_FALLTHROUGH:
    case ML_TOK_BREAK:
    case ML_TOK_CONTINUE:
    case ML_TOK_GOTO:
      s = ml_node_new (p->arena, ML_NODE_BRANCH_STMT, at);
      s->op = p->lex.tok;
      ml_parser_next (p);
      if (s->op != ML_TOK_FALLTHROUGH && p->lex.tok == ML_TOK_IDENT)
        {
          s->pos2 = p->lex.pos;
          s->name = ml_parse_name (p)->name;
        }
      return s;

    case ML_TOK_GO:
    case ML_TOK_DEFER:
      return parse_call_stmt (p, at);

    case ML_TOK_RETURN:
      s = ml_node_new (p->arena, ML_NODE_RETURN_STMT, at);
      ml_parser_next (p);
      if (p->lex.tok != ML_TOK_SEMICOLON && p->lex.tok != ML_TOK_RBRACE)
        s->list = ml_parser_expr_list_items (p, ml_parse_expr_list (p));
      return s;

    case ML_TOK_SEMICOLON:
      return ml_node_new (p->arena, ML_NODE_EMPTY_STMT, at);

    ML_TOK_CASES_LITERAL:
    case ML_TOK_FUNC: case ML_TOK_LPAREN: case ML_TOK_LBRACK: case ML_TOK_STRUCT:
    case ML_TOK_MAP: case ML_TOK_CHAN: case ML_TOK_INTERFACE: case ML_TOK_MUL:
    case ML_TOK_AND: case ML_TOK_ADD: case ML_TOK_SUB: case ML_TOK_XOR: case ML_TOK_NOT:
    case ML_TOK_ARROW:
      return ml_parse_simple_stmt (p, NULL, 0);

    default:
      return NULL;
    }
}
