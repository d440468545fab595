/* ml-parser.c
 *
 * Copyright 2026 The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/*
 * A recursive-descent parser for Go, shaped after gc's own
 * (cmd/compile/internal/syntax/parser.go) so that syntax errors come out
 * with the same wording and at the same positions: "syntax error:
 * unexpected X, expected Y", "... at end of statement", "... in argument
 * list; possibly missing comma or )" and so on.  Recovery follows gc's
 * too: skip to a token in a follow set and go on, so later errors on other
 * lines are still found.
 */

#define G_LOG_DOMAIN "ml-parser"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "ml-check.h"
#include "ml-lexer-private.h"
#include "ml-parser-private.h"
#include "ml-program-private.h"

typedef struct
{
  MlLexer     lex;
  MlArena    *arena;
  MlDiagSink *sink;
  /* Expression nesting: composite literals of named types are allowed only
   * when this is >= 0, which resolves "if x == T {" as gc does. */
  int         xnest;
  guint       depth;
  guint       n_errors_here;
  /* Function nesting: inside a body gc's recovery also stops at keywords
   * that start statements. */
  guint       fnest;
  /* After "too deeply nested" the rest of the file is skipped silently. */
  gboolean    too_deep;
  /* Where the last token consumed ends, and the first directive the lexer
   * has recorded that no statement list has taken or passed over yet. */
  gsize       last_end;
  guint       next_directive;
} MlParser;

/* Every list loop must consume input: when recovery stopped at a token
 * that the loop body cannot consume either (a statement keyword, say), the
 * token is skipped.  gc gets the same effect from its list() helper. */
#define ML_PARSER_ENSURE_PROGRESS(p) \
  if (ensure_progress ((p), &progress_)) \
    continue

/* Deeply nested input must not overflow the C stack (fuzzing finds this).
 * The checker, the escape analysis and the printers recurse over the tree;
 * under clang's AddressSanitizer their frames reach tens of kilobytes, and
 * 300 nested parentheses overflowed an 8 MiB stack.  No lesson comes near
 * 200 levels. */
#define ML_PARSER_MAX_DEPTH 200

static MlNode *parse_expr        (MlParser *p);
static MlNode *parse_type_or_nil (MlParser *p);
static MlNode *parse_type        (MlParser *p);
static MlNode *parse_block       (MlParser *p,
                                  const char *context);
static MlNode *parse_stmt_or_nil (MlParser *p);
static MlNode *parse_simple_stmt (MlParser *p,
                                  MlNode   *lhs,
                                  MlToken   keyword);
static MlNode *parse_func_type   (MlParser *p,
                                  MlPos     pos);
static void    parse_stmt_list   (MlParser *p,
                                  GPtrArray *out);
static MlNode *parse_decl        (MlParser *p,
                                  MlToken   keyword);

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

static MlNodeList
to_list (MlParser  *p,
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

static MlNodeList
list1 (MlParser *p,
       MlNode   *n)
{
  MlNodeList l;

  l.items = ml_arena_memdup (p->arena, &n, sizeof n);
  l.n = 1;
  return l;
}

static inline MlToken
tok (MlParser *p)
{
  return p->lex.tok;
}

static inline MlPos
pos (MlParser *p)
{
  return p->lex.pos;
}

static void
next (MlParser *p)
{
  p->last_end = p->lex.tok_end;
  ml_lexer_next (&p->lex);
}

/* Returns TRUE (after skipping a token) when a loop iteration starts where
 * the previous one did. */
static gboolean
ensure_progress (MlParser *p,
                 gsize    *last)
{
  if (p->lex.tok_start == *last && p->lex.tok != ML_TOK_EOF)
    {
      next (p);
      *last = G_MAXSIZE;
      return TRUE;
    }
  *last = p->lex.tok_start;
  return FALSE;
}

static gboolean
got (MlParser *p,
     MlToken   t)
{
  if (tok (p) == t)
    {
      next (p);
      return TRUE;
    }
  return FALSE;
}

static void
error_at (MlParser   *p,
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
  MlToken t = tok (p);

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
  error_at (p, at, full);
}

static void
syntax_error (MlParser   *p,
              const char *msg)
{
  syntax_error_at (p, pos (p), msg);
}

/* Skips tokens until one of the follow set (terminated by ML_N_TOKENS). */
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
static void
advance_to (MlParser      *p,
            const MlToken *follow)
{
  for (;;)
    {
      if (tok (p) == ML_TOK_EOF)
        return;
      if (p->fnest > 0 && in_stopset (tok (p)))
        return;
      for (guint i = 0; follow[i] != ML_N_TOKENS; i++)
        if (tok (p) == follow[i])
          return;
      next (p);
    }
}

#define ADVANCE(p, ...) \
  G_STMT_START { \
    static const MlToken follow_[] = { __VA_ARGS__, ML_N_TOKENS }; \
    advance_to ((p), follow_); \
  } G_STMT_END

static void
want (MlParser *p,
      MlToken   t)
{
  if (!got (p, t))
    {
      g_autofree char *msg = g_strdup_printf ("expected %s", ml_token_to_string (t));

      syntax_error (p, msg);
      /* gc's want() skips exactly one token. */
      if (tok (p) != ML_TOK_EOF)
        next (p);
    }
}

static MlNode *
bad_expr (MlParser *p)
{
  return ml_node_new (p->arena, ML_NODE_BAD, pos (p));
}

static MlNode *
parse_name (MlParser *p)
{
  MlNode *n;

  if (tok (p) == ML_TOK_IDENT)
    {
      n = ml_node_new (p->arena, ML_NODE_IDENT, pos (p));
      n->name = ml_arena_strdup (p->arena, p->lex.lit->str);
      next (p);
      return n;
    }
  n = ml_node_new (p->arena, ML_NODE_IDENT, pos (p));
  n->name = "_";
  syntax_error (p, "expected name");
  ADVANCE (p, ML_TOK_COMMA, ML_TOK_SEMICOLON, ML_TOK_RPAREN, ML_TOK_RBRACE);
  return n;
}

static gboolean
enter (MlParser *p)
{
  if (p->depth >= ML_PARSER_MAX_DEPTH)
    {
      if (p->depth == ML_PARSER_MAX_DEPTH)
        error_at (p, pos (p), "syntax error: program too deeply nested");
      p->too_deep = TRUE;
      p->depth++;
      /* Skipping to the end makes the parse terminate quickly. */
      while (tok (p) != ML_TOK_EOF)
        next (p);
      return FALSE;
    }
  p->depth++;
  return TRUE;
}

static void
leave (MlParser *p)
{
  p->depth--;
}

/* --- Expressions ---------------------------------------------------------- */

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

static MlNode *
parse_expr_list (MlParser *p)
{
  g_autoptr(GPtrArray) arr = g_ptr_array_new ();
  MlNode *first = parse_expr (p);
  MlNode *n;

  if (tok (p) != ML_TOK_COMMA)
    return first;
  /* A list is wrapped in a BAD-free carrier: an EXPR_STMT with list set. */
  g_ptr_array_add (arr, first);
  while (got (p, ML_TOK_COMMA))
    g_ptr_array_add (arr, parse_expr (p));
  n = ml_node_new (p->arena, ML_NODE_EMPTY_STMT, first->pos);
  n->op = ML_TOK_COMMA;
  n->list = to_list (p, arr);
  return n;
}

/* Turns the result of parse_expr_list into a list. */
static MlNodeList
expr_list_items (MlParser *p,
                 MlNode   *e)
{
  if (e == NULL)
    {
      MlNodeList l = { NULL, 0 };
      return l;
    }
  if (e->kind == ML_NODE_EMPTY_STMT && e->op == ML_TOK_COMMA)
    return e->list;
  return list1 (p, e);
}

static MlNode *
parse_call_args (MlParser *p,
                 MlNode   *fun)
{
  g_autoptr(GPtrArray) args = g_ptr_array_new ();
  MlNode *call = ml_node_new (p->arena, ML_NODE_CALL, pos (p));

  call->x = fun;
  want (p, ML_TOK_LPAREN);
  p->xnest++;
  gsize progress_ = G_MAXSIZE;

  while (tok (p) != ML_TOK_EOF && tok (p) != ML_TOK_RPAREN)
    {
      ML_PARSER_ENSURE_PROGRESS (p);
      g_ptr_array_add (args, parse_expr (p));
      if (got (p, ML_TOK_ELLIPSIS))
        call->flags |= ML_NODE_FLAG_DOTS;
      if (!got (p, ML_TOK_COMMA) && tok (p) != ML_TOK_RPAREN)
        {
          syntax_error (p, "in argument list; possibly missing comma or )");
          ADVANCE (p, ML_TOK_RPAREN, ML_TOK_RBRACK, ML_TOK_RBRACE);
          if (tok (p) != ML_TOK_RPAREN)
            {
              p->xnest--;
              call->pos2 = pos (p);
              call->list = to_list (p, args);
              return call;
            }
        }
    }
  p->xnest--;
  call->pos2 = pos (p);
  want (p, ML_TOK_RPAREN);
  call->list = to_list (p, args);
  return call;
}

static MlNode *
parse_bare_complit (MlParser *p,
                    MlNode   *type)
{
  g_autoptr(GPtrArray) elems = g_ptr_array_new ();
  /* gc positions a composite literal at its "{". */
  MlNode *lit = ml_node_new (p->arena, ML_NODE_COMPOSITE_LIT, pos (p));

  lit->x = type;
  want (p, ML_TOK_LBRACE);
  p->xnest++;
  gsize progress_ = G_MAXSIZE;

  while (tok (p) != ML_TOK_EOF && tok (p) != ML_TOK_RBRACE)
    {
      ML_PARSER_ENSURE_PROGRESS (p);
      MlNode *e;

      if (!enter (p))
        break;
      if (tok (p) == ML_TOK_LBRACE)
        e = parse_bare_complit (p, NULL);
      else
        e = parse_expr (p);
      if (tok (p) == ML_TOK_COLON)
        {
          MlNode *kv = ml_node_new (p->arena, ML_NODE_KEY_VALUE, pos (p));

          next (p);
          kv->x = e;
          if (tok (p) == ML_TOK_LBRACE)
            kv->y = parse_bare_complit (p, NULL);
          else
            kv->y = parse_expr (p);
          e = kv;
        }
      leave (p);
      g_ptr_array_add (elems, e);
      if (!got (p, ML_TOK_COMMA) && tok (p) != ML_TOK_RBRACE)
        {
          syntax_error (p, "in composite literal; possibly missing comma or }");
          ADVANCE (p, ML_TOK_RPAREN, ML_TOK_RBRACK, ML_TOK_RBRACE);
          if (tok (p) != ML_TOK_RBRACE)
            {
              p->xnest--;
              lit->pos2 = pos (p);
              lit->list = to_list (p, elems);
              return lit;
            }
        }
    }
  p->xnest--;
  lit->pos2 = pos (p);
  want (p, ML_TOK_RBRACE);
  lit->list = to_list (p, elems);
  return lit;
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

  switch ((int) tok (p))
    {
    case ML_TOK_IDENT:
      return parse_name (p);

    case ML_TOK_INT:
    case ML_TOK_FLOAT:
    case ML_TOK_IMAG:
    case ML_TOK_CHAR:
    case ML_TOK_STRING:
      n = ml_node_new (p->arena, ML_NODE_BASIC_LIT, pos (p));
      n->op = tok (p);
      n->name = ml_arena_strdup (p->arena, p->lex.lit->str);
      n->str = ml_arena_strndup (p->arena, p->lex.value->str, p->lex.value->len);
      n->str_len = p->lex.value->len;
      if (p->lex.bad_literal)
        n->flags |= ML_NODE_FLAG_IMPLICIT;
      next (p);
      return n;

    case ML_TOK_LPAREN:
      n = ml_node_new (p->arena, ML_NODE_PAREN, pos (p));
      next (p);
      p->xnest++;
      n->x = parse_expr (p);
      p->xnest--;
      want (p, ML_TOK_RPAREN);
      return n;

    case ML_TOK_FUNC:
      {
        MlPos fpos = pos (p);
        MlNode *ftype;

        next (p);
        ftype = parse_func_type (p, fpos);
        if (tok (p) == ML_TOK_LBRACE)
          {
            n = ml_node_new (p->arena, ML_NODE_FUNC_LIT, fpos);
            n->x = ftype;
            p->xnest++;
            p->fnest++;
            n->y = parse_block (p, "");
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
      return parse_type (p);

    default:
      n = bad_expr (p);
      syntax_error (p, "expected expression");
      ADVANCE (p, ML_TOK_RPAREN, ML_TOK_RBRACK, ML_TOK_RBRACE);
      return n;
    }
}

static MlNode *
parse_primary_expr (MlParser *p)
{
  MlNode *x = parse_operand (p);
  guint entered = 0;

  for (;;)
    {
      MlPos at = pos (p);

      /* Postfix chains (a.b.c, f()(), x[0][0]) nest as deeply as they are
       * long; they count against the depth limit. */
      if (!enter (p))
        goto out;
      entered++;

      switch ((int) tok (p))
        {
        case ML_TOK_PERIOD:
          next (p);
          if (tok (p) == ML_TOK_IDENT)
            {
              MlNode *s = ml_node_new (p->arena, ML_NODE_SELECTOR, at);

              s->x = x;
              s->pos2 = pos (p);
              s->name = ml_arena_strdup (p->arena, p->lex.lit->str);
              next (p);
              x = s;
            }
          else if (tok (p) == ML_TOK_LPAREN)
            {
              MlNode *t = ml_node_new (p->arena, ML_NODE_TYPE_ASSERT, at);

              next (p);
              t->x = x;
              if (got (p, ML_TOK_TYPE))
                t->y = NULL;
              else
                t->y = parse_type (p);
              want (p, ML_TOK_RPAREN);
              x = t;
            }
          else
            {
              syntax_error (p, "expected name or (");
              ADVANCE (p, ML_TOK_SEMICOLON, ML_TOK_RBRACE);
              goto out;
            }
          break;

        case ML_TOK_LBRACK:
          {
            MlNode *idx = NULL;

            next (p);
            p->xnest++;
            if (tok (p) != ML_TOK_COLON)
              {
                idx = parse_expr (p);
                if (tok (p) != ML_TOK_COLON)
                  {
                    MlNode *n = ml_node_new (p->arena, ML_NODE_INDEX, at);

                    n->x = x;
                    n->y = idx;
                    p->xnest--;
                    if (tok (p) == ML_TOK_COMMA)
                      {
                        ml_diag_sink_add (p->sink, ML_DIAGNOSTIC_UNSUPPORTED, pos (p),
                                          _("generic instantiation is not supported yet"));
                        ADVANCE (p, ML_TOK_RBRACK);
                      }
                    want (p, ML_TOK_RBRACK);
                    x = n;
                    break;
                  }
              }
            {
              MlNode *s = ml_node_new (p->arena, ML_NODE_SLICE_EXPR, at);

              s->x = x;
              s->y = idx;
              want (p, ML_TOK_COLON);
              if (tok (p) != ML_TOK_COLON && tok (p) != ML_TOK_RBRACK)
                s->z = parse_expr (p);
              if (got (p, ML_TOK_COLON))
                {
                  s->flags |= ML_NODE_FLAG_FULL_SLICE;
                  if (s->z == NULL)
                    error_at (p, pos (p), "syntax error: middle index required in 3-index slice");
                  if (tok (p) == ML_TOK_RBRACK)
                    error_at (p, pos (p), "syntax error: final index required in 3-index slice");
                  else
                    s->w = parse_expr (p);
                }
              p->xnest--;
              want (p, ML_TOK_RBRACK);
              x = s;
            }
          }
          break;

        case ML_TOK_LPAREN:
          x = parse_call_args (p, x);
          break;

        case ML_TOK_LBRACE:
          {
            MlNode *t = ml_node_unparen (x);
            gboolean complit_ok = FALSE;

            if (is_type_literal_start (t))
              complit_ok = TRUE;
            else if ((t->kind == ML_NODE_IDENT || t->kind == ML_NODE_SELECTOR
                      || t->kind == ML_NODE_INDEX) && p->xnest >= 0)
              complit_ok = TRUE;
            if (!complit_ok)
              goto out;
            if (t != x)
              syntax_error (p, "cannot parenthesize type in composite literal");
            x = parse_bare_complit (p, x);
          }
          break;

        default:
          goto out;
        }
    }

out:
  p->depth -= entered;
  return x;
}

static MlNode *
parse_unary_expr (MlParser *p)
{
  MlNode *n;
  MlToken t = tok (p);

  switch ((int) t)
    {
    case ML_TOK_MUL:
      n = ml_node_new (p->arena, ML_NODE_STAR, pos (p));
      next (p);
      if (!enter (p))
        {
          n->x = bad_expr (p);
          return n;
        }
      n->x = parse_unary_expr (p);
      leave (p);
      return n;

    case ML_TOK_ADD:
    case ML_TOK_SUB:
    case ML_TOK_NOT:
    case ML_TOK_XOR:
    case ML_TOK_AND:
    case ML_TOK_TILDE:
    case ML_TOK_ARROW:
      n = ml_node_new (p->arena, ML_NODE_UNARY, pos (p));
      n->op = t;
      next (p);
      if (!enter (p))
        {
          n->x = bad_expr (p);
          return n;
        }
      n->x = parse_unary_expr (p);
      leave (p);
      /* &(T{}) is &T{}, as gc unparens the operand of &. */
      if (t == ML_TOK_AND)
        n->x = ml_node_unparen (n->x);
      return n;

    default:
      if (!enter (p))
        return bad_expr (p);
      n = parse_primary_expr (p);
      leave (p);
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
      MlToken op = tok (p);
      int oprec = binary_precedence (op);
      MlNode *b;

      if (oprec <= prec)
        {
          p->depth -= chain;
          return x;
        }
      /* A long "a + b + c ..." nests to the left; it counts as depth for
       * the checker's recursion. */
      if (!enter (p))
        {
          p->depth -= chain + 1;
          return x;
        }
      chain++;
      b = ml_node_new (p->arena, ML_NODE_BINARY, pos (p));
      b->op = op;
      next (p);
      b->x = x;
      if (!enter (p))
        {
          b->y = bad_expr (p);
          p->depth -= chain;
          return b;
        }
      b->y = parse_binary_expr (p, oprec);
      leave (p);
      x = b;
    }
}

static MlNode *
parse_expr (MlParser *p)
{
  return parse_binary_expr (p, 0);
}

/* --- Types ---------------------------------------------------------------- */

/* Returns FALSE when recovery stopped before the closing token, in which
 * case the caller must not ask for it (gc's list()). */
static gboolean
parse_param_list (MlParser  *p,
                  GPtrArray *out,
                  MlToken    close,
                  gboolean   is_struct_like_receiver)
{
  g_autoptr(GPtrArray) entries = g_ptr_array_new ();
  gboolean named = FALSE;
  gboolean closed = TRUE;

  p->xnest++;
  gsize progress_ = G_MAXSIZE;

  while (tok (p) != ML_TOK_EOF && tok (p) != close)
    {
      ML_PARSER_ENSURE_PROGRESS (p);
      MlNode *f = ml_node_new (p->arena, ML_NODE_FIELD, pos (p));

      if (tok (p) == ML_TOK_IDENT)
        {
          MlNode *name = parse_name (p);

          if (tok (p) == ML_TOK_PERIOD)
            {
              /* A qualified type name, pkg.T. */
              MlNode *s = ml_node_new (p->arena, ML_NODE_SELECTOR, pos (p));

              next (p);
              s->x = name;
              s->pos2 = pos (p);
              s->name = tok (p) == ML_TOK_IDENT ? ml_arena_strdup (p->arena, p->lex.lit->str) : "_";
              want (p, ML_TOK_IDENT);
              f->x = s;
            }
          else if (tok (p) == ML_TOK_COMMA || tok (p) == close)
            {
              f->x = name;
            }
          else
            {
              f->list = list1 (p, name);
              named = TRUE;
              if (got (p, ML_TOK_ELLIPSIS))
                {
                  f->flags |= ML_NODE_FLAG_DOTS;
                  f->x = parse_type (p);
                }
              else
                {
                  f->x = parse_type (p);
                }
            }
        }
      else if (got (p, ML_TOK_ELLIPSIS))
        {
          f->flags |= ML_NODE_FLAG_DOTS;
          f->x = parse_type (p);
        }
      else
        {
          MlNode *t = parse_type_or_nil (p);

          if (t == NULL)
            {
              syntax_error (p, close == ML_TOK_RPAREN ? "expected )" : "expected ]");
              ADVANCE (p, ML_TOK_RPAREN, ML_TOK_LBRACE, ML_TOK_SEMICOLON);
              break;
            }
          f->x = t;
        }
      g_ptr_array_add (entries, f);
      if (!got (p, ML_TOK_COMMA) && tok (p) != close)
        {
          syntax_error (p, "in parameter list; possibly missing comma or )");
          ADVANCE (p, ML_TOK_RPAREN, ML_TOK_RBRACK, ML_TOK_RBRACE);
          closed = tok (p) == close;
          break;
        }
    }
  p->xnest--;

  if (named)
    {
      /* "a, b int": names without a type take the type of the next entry. */
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
              error_at (p, pos (p), "syntax error: missing parameter type");
              break;
            }
          else if (f->x != NULL && f->x->kind == ML_NODE_IDENT && type != NULL)
            {
              f->list = list1 (p, f->x);
              f->x = type;
              if (dots)
                f->flags |= ML_NODE_FLAG_DOTS;
            }
          else
            {
              error_at (p, ml_node_start_pos (f->x ? f->x : f),
                        "syntax error: mixed named and unnamed parameters");
              break;
            }
        }
    }
  for (guint i = 0; i < entries->len; i++)
    g_ptr_array_add (out, g_ptr_array_index (entries, i));
  (void) is_struct_like_receiver;
  return closed;
}

static MlNode *
parse_func_type (MlParser *p,
                 MlPos     at)
{
  g_autoptr(GPtrArray) params = g_ptr_array_new ();
  g_autoptr(GPtrArray) results = g_ptr_array_new ();
  MlNode *ft = ml_node_new (p->arena, ML_NODE_FUNC_TYPE, at);

  if (tok (p) == ML_TOK_LBRACK)
    {
      ml_diag_sink_add (p->sink, ML_DIAGNOSTIC_UNSUPPORTED, pos (p),
                        _("generic functions (type parameters) are not supported yet"));
      ADVANCE (p, ML_TOK_LPAREN);
    }
  if (tok (p) != ML_TOK_LPAREN)
    {
      syntax_error (p, "expected (");
      ADVANCE (p, ML_TOK_LBRACE, ML_TOK_SEMICOLON);
      return ft;
    }
  next (p);
  if (parse_param_list (p, params, ML_TOK_RPAREN, FALSE))
    want (p, ML_TOK_RPAREN);

  if (tok (p) == ML_TOK_LPAREN)
    {
      next (p);
      if (parse_param_list (p, results, ML_TOK_RPAREN, FALSE))
        want (p, ML_TOK_RPAREN);
    }
  else
    {
      MlNode *t = parse_type_or_nil (p);

      if (t != NULL)
        {
          MlNode *f = ml_node_new (p->arena, ML_NODE_FIELD, t->pos);

          f->x = t;
          g_ptr_array_add (results, f);
        }
    }
  ft->list = to_list (p, params);
  ft->list2 = to_list (p, results);
  return ft;
}

static MlNode *
parse_struct_type (MlParser *p)
{
  g_autoptr(GPtrArray) fields = g_ptr_array_new ();
  MlNode *st = ml_node_new (p->arena, ML_NODE_STRUCT_TYPE, pos (p));

  want (p, ML_TOK_STRUCT);
  if (tok (p) != ML_TOK_LBRACE)
    {
      syntax_error (p, "expected {");
      return st;
    }
  next (p);
  gsize progress_ = G_MAXSIZE;

  while (tok (p) != ML_TOK_EOF && tok (p) != ML_TOK_RBRACE)
    {
      ML_PARSER_ENSURE_PROGRESS (p);
      MlNode *f = ml_node_new (p->arena, ML_NODE_FIELD, pos (p));

      if (tok (p) == ML_TOK_MUL)
        {
          f->flags |= ML_NODE_FLAG_EMBEDDED;
          f->x = parse_type (p);
        }
      else if (tok (p) == ML_TOK_IDENT)
        {
          g_autoptr(GPtrArray) names = g_ptr_array_new ();
          MlNode *first = parse_name (p);

          if (tok (p) == ML_TOK_SEMICOLON || tok (p) == ML_TOK_RBRACE
              || tok (p) == ML_TOK_STRING || tok (p) == ML_TOK_PERIOD)
            {
              /* An embedded field: T or pkg.T. */
              f->flags |= ML_NODE_FLAG_EMBEDDED;
              f->x = first;
              if (got (p, ML_TOK_PERIOD))
                {
                  MlNode *s = ml_node_new (p->arena, ML_NODE_SELECTOR, pos (p));

                  s->x = first;
                  s->pos2 = pos (p);
                  s->name = tok (p) == ML_TOK_IDENT ? ml_arena_strdup (p->arena, p->lex.lit->str) : "_";
                  want (p, ML_TOK_IDENT);
                  f->x = s;
                }
            }
          else
            {
              g_ptr_array_add (names, first);
              while (got (p, ML_TOK_COMMA))
                g_ptr_array_add (names, parse_name (p));
              f->list = to_list (p, names);
              f->x = parse_type (p);
            }
        }
      else
        {
          syntax_error (p, "expected field name or embedded type");
          ADVANCE (p, ML_TOK_SEMICOLON, ML_TOK_RBRACE);
        }
      /* Tags are accepted and ignored. */
      if (tok (p) == ML_TOK_STRING)
        next (p);
      if (f->x != NULL)
        g_ptr_array_add (fields, f);
      if (!got (p, ML_TOK_SEMICOLON) && tok (p) != ML_TOK_RBRACE)
        {
          syntax_error (p, "in struct type; possibly missing semicolon or newline or }");
          ADVANCE (p, ML_TOK_RBRACE);
        }
    }
  st->pos2 = pos (p);
  want (p, ML_TOK_RBRACE);
  st->list = to_list (p, fields);
  return st;
}

static MlNode *
parse_interface_type (MlParser *p)
{
  g_autoptr(GPtrArray) methods = g_ptr_array_new ();
  MlNode *it = ml_node_new (p->arena, ML_NODE_INTERFACE_TYPE, pos (p));

  want (p, ML_TOK_INTERFACE);
  if (tok (p) != ML_TOK_LBRACE)
    {
      syntax_error (p, "expected {");
      return it;
    }
  next (p);
  gsize progress_ = G_MAXSIZE;

  while (tok (p) != ML_TOK_EOF && tok (p) != ML_TOK_RBRACE)
    {
      ML_PARSER_ENSURE_PROGRESS (p);
      MlNode *f = ml_node_new (p->arena, ML_NODE_FIELD, pos (p));

      if (tok (p) == ML_TOK_IDENT)
        {
          MlNode *name = parse_name (p);

          if (tok (p) == ML_TOK_LPAREN)
            {
              f->list = list1 (p, name);
              f->x = parse_func_type (p, name->pos);
            }
          else
            {
              f->flags |= ML_NODE_FLAG_EMBEDDED;
              f->x = name;
            }
        }
      else
        {
          MlNode *t = parse_type_or_nil (p);

          if (t == NULL)
            {
              syntax_error (p, "expected }");
              ADVANCE (p, ML_TOK_SEMICOLON, ML_TOK_RBRACE);
            }
          f->flags |= ML_NODE_FLAG_EMBEDDED;
          f->x = t;
        }
      if (f->x != NULL)
        g_ptr_array_add (methods, f);
      if (!got (p, ML_TOK_SEMICOLON) && tok (p) != ML_TOK_RBRACE)
        {
          syntax_error (p, "in interface type; possibly missing semicolon or newline or }");
          ADVANCE (p, ML_TOK_RBRACE);
        }
    }
  it->pos2 = pos (p);
  want (p, ML_TOK_RBRACE);
  it->list = to_list (p, methods);
  return it;
}

static MlNode *
parse_type_or_nil (MlParser *p)
{
  MlNode *n;
  MlPos at = pos (p);

  if (!enter (p))
    return NULL;

  switch ((int) tok (p))
    {
    case ML_TOK_MUL:
      n = ml_node_new (p->arena, ML_NODE_STAR, at);
      next (p);
      n->x = parse_type (p);
      break;

    case ML_TOK_ARROW:
      n = ml_node_new (p->arena, ML_NODE_CHAN_TYPE, at);
      next (p);
      want (p, ML_TOK_CHAN);
      n->x = parse_type (p);
      break;

    case ML_TOK_FUNC:
      next (p);
      n = parse_func_type (p, at);
      break;

    case ML_TOK_LBRACK:
      n = ml_node_new (p->arena, ML_NODE_ARRAY_TYPE, at);
      next (p);
      if (got (p, ML_TOK_RBRACK))
        {
          n->y = parse_type (p);
          break;
        }
      if (tok (p) == ML_TOK_ELLIPSIS)
        {
          n->x = ml_node_new (p->arena, ML_NODE_ELLIPSIS, pos (p));
          next (p);
        }
      else
        {
          p->xnest++;
          n->x = parse_expr (p);
          p->xnest--;
        }
      want (p, ML_TOK_RBRACK);
      n->y = parse_type (p);
      break;

    case ML_TOK_CHAN:
      n = ml_node_new (p->arena, ML_NODE_CHAN_TYPE, at);
      next (p);
      got (p, ML_TOK_ARROW);
      n->x = parse_type (p);
      break;

    case ML_TOK_MAP:
      n = ml_node_new (p->arena, ML_NODE_MAP_TYPE, at);
      next (p);
      want (p, ML_TOK_LBRACK);
      n->x = parse_type (p);
      want (p, ML_TOK_RBRACK);
      n->y = parse_type (p);
      break;

    case ML_TOK_STRUCT:
      n = parse_struct_type (p);
      break;

    case ML_TOK_INTERFACE:
      n = parse_interface_type (p);
      break;

    case ML_TOK_IDENT:
      n = parse_name (p);
      if (tok (p) == ML_TOK_PERIOD)
        {
          MlNode *s = ml_node_new (p->arena, ML_NODE_SELECTOR, pos (p));

          next (p);
          s->x = n;
          s->pos2 = pos (p);
          s->name = tok (p) == ML_TOK_IDENT ? ml_arena_strdup (p->arena, p->lex.lit->str) : "_";
          want (p, ML_TOK_IDENT);
          n = s;
        }
      break;

    case ML_TOK_LPAREN:
      n = ml_node_new (p->arena, ML_NODE_PAREN, at);
      next (p);
      n->x = parse_type (p);
      want (p, ML_TOK_RPAREN);
      break;

    default:
      n = NULL;
      break;
    }
  leave (p);
  return n;
}

static MlNode *
parse_type (MlParser *p)
{
  MlNode *t = parse_type_or_nil (p);

  if (t == NULL)
    {
      t = bad_expr (p);
      syntax_error (p, "expected type");
      ADVANCE (p, ML_TOK_COMMA, ML_TOK_COLON, ML_TOK_SEMICOLON, ML_TOK_RPAREN,
               ML_TOK_RBRACK, ML_TOK_RBRACE);
    }
  return t;
}

/* --- Statements ----------------------------------------------------------- */

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

static void
skip_directives_before (MlParser *p,
                        gsize     offset)
{
  GArray *all = p->lex.directives;

  while (p->next_directive < all->len
         && g_array_index (all, MlLexerDirective, p->next_directive).offset < offset)
    p->next_directive++;
}

static void
take_directives (MlParser  *p,
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

static MlNode *
parse_block (MlParser   *p,
             const char *context)
{
  g_autoptr(GPtrArray) stmts = g_ptr_array_new ();
  MlNode *b = ml_node_new (p->arena, ML_NODE_BLOCK, pos (p));

  if (!got (p, ML_TOK_LBRACE))
    {
      g_autofree char *msg = g_strdup_printf ("expected { after %s", context);

      syntax_error (p, *context ? msg : "expected {");
      ADVANCE (p, ML_TOK_IDENT, ML_TOK_RBRACE);
      b->pos2 = pos (p);
      if (tok (p) != ML_TOK_RBRACE)
        return b;
    }
  if (!enter (p))
    return b;
  parse_stmt_list (p, stmts);
  leave (p);
  b->pos2 = pos (p);
  want (p, ML_TOK_RBRACE);
  b->list = to_list (p, stmts);
  return b;
}

static void
parse_stmt_list (MlParser  *p,
                 GPtrArray *out)
{
  gsize progress_ = G_MAXSIZE;

  /* Directives before the "{" or ":" that opens the list are not in it. */
  skip_directives_before (p, p->last_end);
  for (;;)
    {
      take_directives (p, out, 0);
      if (tok (p) == ML_TOK_EOF || tok (p) == ML_TOK_RBRACE
          || tok (p) == ML_TOK_CASE || tok (p) == ML_TOK_DEFAULT)
        break;
      ML_PARSER_ENSURE_PROGRESS (p);
      MlNode *s = parse_stmt_or_nil (p);

      if (s == NULL)
        break;
      g_ptr_array_add (out, s);
      skip_directives_before (p, p->last_end);
      /* A ";" is optional before "}". */
      if (!got (p, ML_TOK_SEMICOLON) && tok (p) != ML_TOK_RBRACE)
        {
          syntax_error (p, "at end of statement");
          ADVANCE (p, ML_TOK_SEMICOLON, ML_TOK_RBRACE, ML_TOK_CASE, ML_TOK_DEFAULT);
          got (p, ML_TOK_SEMICOLON);
        }
    }
}

static MlNode *
parse_range_clause (MlParser *p,
                    MlNode   *lhs,
                    MlToken   op,
                    MlPos     op_pos)
{
  MlNode *r = ml_node_new (p->arena, ML_NODE_RANGE_STMT, op_pos);
  MlNodeList items = expr_list_items (p, lhs);

  r->op = op;
  r->pos2 = pos (p);
  want (p, ML_TOK_RANGE);
  if (items.n > 0)
    r->x = items.items[0];
  if (items.n > 1)
    r->y = items.items[1];
  if (items.n > 2)
    error_at (p, ml_node_start_pos (items.items[2]),
              "range clause permits at most two iteration variables");
  r->z = parse_expr (p);
  return r;
}

static MlNode *
parse_simple_stmt (MlParser *p,
                   MlNode   *lhs,
                   MlToken   keyword)
{
  MlNode *s;
  MlPos at;
  MlToken t;

  if (keyword == ML_TOK_FOR && tok (p) == ML_TOK_RANGE)
    return parse_range_clause (p, NULL, 0, pos (p));

  if (lhs == NULL)
    lhs = parse_expr_list (p);

  at = pos (p);
  t = tok (p);
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
          next (p);
          s->list = list1 (p, lhs);
          s->list2 = list1 (p, parse_expr (p));
          return s;

        case ML_TOK_INC:
        case ML_TOK_DEC:
          s = ml_node_new (p->arena, ML_NODE_INC_DEC_STMT, at);
          s->op = t;
          next (p);
          s->x = lhs;
          return s;

        case ML_TOK_ARROW:
          s = ml_node_new (p->arena, ML_NODE_SEND_STMT, at);
          next (p);
          s->x = lhs;
          s->y = parse_expr (p);
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

      next (p);
      if (keyword == ML_TOK_FOR && tok (p) == ML_TOK_RANGE)
        return parse_range_clause (p, lhs, t, at);
      rhs = parse_expr_list (p);
      s = ml_node_new (p->arena, ML_NODE_ASSIGN_STMT, at);
      s->op = t;
      s->list = expr_list_items (p, lhs);
      s->list2 = expr_list_items (p, rhs);
      return s;
    }

  syntax_error (p, "expected := or = or comma");
  ADVANCE (p, ML_TOK_SEMICOLON, ML_TOK_RBRACE);
  s = ml_node_new (p->arena, ML_NODE_EXPR_STMT, ml_node_start_pos (lhs));
  s->x = expr_list_items (p, lhs).items[0];
  return s;
}

/* gc's header(): the "init; cond; post" part of if, for and switch. */
static void
parse_header (MlParser *p,
              MlToken   keyword,
              MlNode  **init_out,
              MlNode  **cond_out,
              MlNode  **post_out)
{
  MlNode *init = NULL, *cond = NULL, *post = NULL;
  MlNode *cond_stmt = NULL;
  int outer = p->xnest;
  gboolean have_semi = FALSE;
  MlPos semi_pos = { 0, 0 };
  MlSemiKind semi_kind = ML_SEMI_EXPLICIT;

  *init_out = *cond_out = *post_out = NULL;
  if (tok (p) == ML_TOK_LBRACE)
    {
      if (keyword == ML_TOK_IF)
        {
          syntax_error (p, "missing condition in if statement");
          *cond_out = bad_expr (p);
        }
      return;
    }

  p->xnest = -1;
  if (tok (p) != ML_TOK_SEMICOLON)
    {
      if (got (p, ML_TOK_VAR))
        {
          g_autofree char *msg = g_strdup_printf ("var declaration not allowed in %s initializer",
                                                  ml_token_to_string (keyword));
          syntax_error (p, msg);
        }
      init = parse_simple_stmt (p, NULL, keyword);
      if (init->kind == ML_NODE_RANGE_STMT)
        {
          p->xnest = outer;
          *init_out = init;
          return;
        }
    }

  if (tok (p) != ML_TOK_LBRACE)
    {
      if (tok (p) == ML_TOK_SEMICOLON)
        {
          have_semi = TRUE;
          semi_pos = pos (p);
          semi_kind = p->lex.semi;
          next (p);
        }
      else
        {
          want (p, ML_TOK_LBRACE);
        }
      if (keyword == ML_TOK_FOR)
        {
          if (tok (p) != ML_TOK_SEMICOLON)
            {
              if (tok (p) == ML_TOK_LBRACE)
                {
                  syntax_error (p, "expected for loop condition");
                  goto done;
                }
              cond_stmt = parse_simple_stmt (p, NULL, 0);
            }
          want (p, ML_TOK_SEMICOLON);
          if (tok (p) != ML_TOK_LBRACE)
            {
              post = parse_simple_stmt (p, NULL, 0);
              if (post->kind == ML_NODE_ASSIGN_STMT && post->op == ML_TOK_DEFINE)
                error_at (p, post->pos, "syntax error: cannot declare in post statement of for loop");
            }
        }
      else if (tok (p) != ML_TOK_LBRACE)
        {
          cond_stmt = parse_simple_stmt (p, NULL, keyword);
        }
    }
  else
    {
      cond_stmt = init;
      init = NULL;
    }

done:
  if (cond_stmt == NULL)
    {
      if (keyword == ML_TOK_IF && have_semi)
        {
          if (semi_kind == ML_SEMI_EXPLICIT)
            error_at (p, semi_pos, "syntax error: missing condition in if statement");
          else
            error_at (p, semi_pos, semi_kind == ML_SEMI_NEWLINE
                      ? "syntax error: unexpected newline, expected { after if clause"
                      : "syntax error: unexpected EOF, expected { after if clause");
          cond = ml_node_new (p->arena, ML_NODE_BAD, semi_pos);
        }
    }
  else if (cond_stmt->kind == ML_NODE_EXPR_STMT)
    {
      cond = cond_stmt->x;
    }
  else if (keyword == ML_TOK_SWITCH && cond_stmt->kind == ML_NODE_ASSIGN_STMT
           && cond_stmt->op == ML_TOK_DEFINE && cond_stmt->list2.n == 1
           && cond_stmt->list2.items[0]->kind == ML_NODE_TYPE_ASSERT
           && cond_stmt->list2.items[0]->y == NULL)
    {
      cond = cond_stmt;
    }
  else
    {
      g_autofree char *msg = NULL;
      g_autofree char *str = NULL;

      /* gc: "cannot use assignment x = 2 as value", complex sides in
       * parentheses, at the statement's operator. */
      if (cond_stmt->kind == ML_NODE_ASSIGN_STMT && cond_stmt->op == ML_TOK_ASSIGN)
        {
          GString *out = g_string_new ("assignment ");

          for (guint side = 0; side < 2; side++)
            {
              MlNodeList *l = side == 0 ? &cond_stmt->list : &cond_stmt->list2;
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
          str = g_string_free (out, FALSE);
        }
      else
        str = ml_node_to_string (cond_stmt);
      msg = g_strdup_printf ("syntax error: cannot use %s as value", str);
      error_at (p, cond_stmt->pos, msg);
      cond = ml_node_new (p->arena, ML_NODE_BAD, cond_stmt->pos);
    }

  p->xnest = outer;
  *init_out = init;
  *cond_out = cond;
  *post_out = post;
}

static MlNode *
parse_if_stmt (MlParser *p)
{
  MlNode *s = ml_node_new (p->arena, ML_NODE_IF_STMT, pos (p));
  MlNode *post;

  want (p, ML_TOK_IF);
  parse_header (p, ML_TOK_IF, &s->x, &s->y, &post);
  s->z = parse_block (p, "if clause");
  if (got (p, ML_TOK_ELSE))
    {
      if (tok (p) == ML_TOK_IF)
        {
          if (enter (p))
            {
              s->w = parse_if_stmt (p);
              leave (p);
            }
        }
      else if (tok (p) == ML_TOK_LBRACE)
        s->w = parse_block (p, "");
      else
        {
          syntax_error (p, "else must be followed by if or statement block");
          ADVANCE (p, ML_TOK_IDENT, ML_TOK_RBRACE);
        }
    }
  return s;
}

static MlNode *
parse_for_stmt (MlParser *p)
{
  MlPos at = pos (p);
  MlNode *init, *cond, *post;
  MlNode *s;

  want (p, ML_TOK_FOR);
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
  s->w = parse_block (p, "for clause");
  return s;
}

static MlNode *
parse_switch_stmt (MlParser *p)
{
  g_autoptr(GPtrArray) clauses = g_ptr_array_new ();
  MlNode *s = ml_node_new (p->arena, ML_NODE_SWITCH_STMT, pos (p));
  MlNode *post;

  want (p, ML_TOK_SWITCH);
  parse_header (p, ML_TOK_SWITCH, &s->x, &s->y, &post);
  if (s->y != NULL && (s->y->kind == ML_NODE_ASSIGN_STMT
                       || (s->y->kind == ML_NODE_TYPE_ASSERT && s->y->y == NULL)))
    s->kind = ML_NODE_TYPE_SWITCH_STMT;

  if (!got (p, ML_TOK_LBRACE))
    {
      syntax_error (p, "missing { after switch clause");
      ADVANCE (p, ML_TOK_CASE, ML_TOK_DEFAULT, ML_TOK_RBRACE);
    }
  while (tok (p) == ML_TOK_CASE || tok (p) == ML_TOK_DEFAULT)
    {
      g_autoptr(GPtrArray) body = g_ptr_array_new ();
      MlNode *c = ml_node_new (p->arena, ML_NODE_CASE_CLAUSE, pos (p));

      if (got (p, ML_TOK_CASE))
        {
          MlNode *l;

          if (s->kind == ML_NODE_TYPE_SWITCH_STMT)
            {
              g_autoptr(GPtrArray) types = g_ptr_array_new ();

              do
                g_ptr_array_add (types, parse_type (p));
              while (got (p, ML_TOK_COMMA));
              c->list = to_list (p, types);
            }
          else
            {
              l = parse_expr_list (p);
              c->list = expr_list_items (p, l);
            }
        }
      else
        {
          next (p);
          c->flags |= ML_NODE_FLAG_IMPLICIT;
        }
      c->pos2 = pos (p);
      want (p, ML_TOK_COLON);
      parse_stmt_list (p, body);
      c->list2 = to_list (p, body);
      g_ptr_array_add (clauses, c);
    }
  s->pos2 = pos (p);
  if (!got (p, ML_TOK_RBRACE))
    {
      syntax_error (p, "expected case or default or }");
      ADVANCE (p, ML_TOK_RBRACE);
      got (p, ML_TOK_RBRACE);
    }
  s->list = to_list (p, clauses);
  return s;
}

static MlNode *
parse_stmt_or_nil (MlParser *p)
{
  MlNode *s;
  MlPos at = pos (p);

  if (tok (p) == ML_TOK_IDENT)
    {
      MlNode *lhs = parse_expr_list (p);

      if (lhs->kind == ML_NODE_IDENT && tok (p) == ML_TOK_COLON)
        {
          s = ml_node_new (p->arena, ML_NODE_LABELED_STMT, lhs->pos);
          s->name = lhs->name;
          next (p);
          if (tok (p) == ML_TOK_RBRACE)
            {
              s->x = ml_node_new (p->arena, ML_NODE_EMPTY_STMT, pos (p));
              return s;
            }
          if (!enter (p))
            return s;
          s->x = parse_stmt_or_nil (p);
          leave (p);
          if (s->x == NULL)
            s->x = ml_node_new (p->arena, ML_NODE_EMPTY_STMT, pos (p));
          return s;
        }
      return parse_simple_stmt (p, lhs, 0);
    }

  switch ((int) tok (p))
    {
    case ML_TOK_VAR:
    case ML_TOK_CONST:
    case ML_TOK_TYPE:
      s = ml_node_new (p->arena, ML_NODE_DECL_STMT, at);
      s->x = parse_decl (p, tok (p));
      return s;

    case ML_TOK_LBRACE:
      return parse_block (p, "");

    case ML_TOK_FOR:
      return parse_for_stmt (p);

    case ML_TOK_SWITCH:
      return parse_switch_stmt (p);

    case ML_TOK_SELECT:
      s = ml_node_new (p->arena, ML_NODE_SELECT_STMT, at);
      next (p);
      {
        MlNode *b = parse_block (p, "select clause");

        s->list = b->list;
      }
      return s;

    case ML_TOK_IF:
      return parse_if_stmt (p);

    case ML_TOK_FALLTHROUGH:
    case ML_TOK_BREAK:
    case ML_TOK_CONTINUE:
    case ML_TOK_GOTO:
      s = ml_node_new (p->arena, ML_NODE_BRANCH_STMT, at);
      s->op = tok (p);
      next (p);
      if (s->op != ML_TOK_FALLTHROUGH && tok (p) == ML_TOK_IDENT)
        {
          s->pos2 = pos (p);
          s->name = parse_name (p)->name;
        }
      return s;

    case ML_TOK_GO:
    case ML_TOK_DEFER:
      s = ml_node_new (p->arena, tok (p) == ML_TOK_GO ? ML_NODE_GO_STMT : ML_NODE_DEFER_STMT, at);
      next (p);
      s->x = parse_expr (p);
      return s;

    case ML_TOK_RETURN:
      s = ml_node_new (p->arena, ML_NODE_RETURN_STMT, at);
      next (p);
      if (tok (p) != ML_TOK_SEMICOLON && tok (p) != ML_TOK_RBRACE)
        s->list = expr_list_items (p, parse_expr_list (p));
      return s;

    case ML_TOK_SEMICOLON:
      return ml_node_new (p->arena, ML_NODE_EMPTY_STMT, at);

    ML_TOK_CASES_LITERAL:
    case ML_TOK_FUNC: case ML_TOK_LPAREN: case ML_TOK_LBRACK: case ML_TOK_STRUCT:
    case ML_TOK_MAP: case ML_TOK_CHAN: case ML_TOK_INTERFACE: case ML_TOK_MUL:
    case ML_TOK_AND: case ML_TOK_ADD: case ML_TOK_SUB: case ML_TOK_XOR: case ML_TOK_NOT:
    case ML_TOK_ARROW:
      return parse_simple_stmt (p, NULL, 0);

    default:
      return NULL;
    }
}

/* --- Declarations --------------------------------------------------------- */

static MlNode *
parse_import_spec (MlParser *p)
{
  MlNode *s = ml_node_new (p->arena, ML_NODE_IMPORT_SPEC, pos (p));

  if (tok (p) == ML_TOK_IDENT)
    s->name = parse_name (p)->name;
  else if (tok (p) == ML_TOK_PERIOD)
    {
      s->name = ".";
      next (p);
    }
  s->pos2 = pos (p);
  if (tok (p) == ML_TOK_STRING)
    {
      s->str = ml_arena_strndup (p->arena, p->lex.value->str, p->lex.value->len);
      s->str_len = p->lex.value->len;
      next (p);
    }
  else
    {
      /* The go command itself rejects this before compiling. */
      ml_diag_sink_add (p->sink, ML_DIAGNOSTIC_LOADER, pos (p), "missing import path");
      ADVANCE (p, ML_TOK_SEMICOLON, ML_TOK_RPAREN);
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
  MlNode *s = ml_node_new (p->arena, ML_NODE_VALUE_SPEC, pos (p));

  s->op = keyword;
  s->ival = iota;
  do
    g_ptr_array_add (names, parse_name (p));
  while (got (p, ML_TOK_COMMA));
  s->list = to_list (p, names);

  if (tok (p) != ML_TOK_ASSIGN && tok (p) != ML_TOK_SEMICOLON && tok (p) != ML_TOK_RPAREN)
    s->x = parse_type (p);
  if (got (p, ML_TOK_ASSIGN))
    s->list2 = expr_list_items (p, parse_expr_list (p));
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
  MlNode *s = ml_node_new (p->arena, ML_NODE_TYPE_SPEC, pos (p));
  MlNode *name = parse_name (p);

  s->name = name->name;
  s->pos2 = name->pos;
  if (tok (p) == ML_TOK_LBRACK)
    {
      /* "type T[P any] ..." or an array type; we only support the latter. */
      s->x = parse_type (p);
      return s;
    }
  if (got (p, ML_TOK_ASSIGN))
    s->flags |= ML_NODE_FLAG_ALIAS;
  s->x = parse_type (p);
  return s;
}

static MlNode *
parse_decl (MlParser *p,
            MlToken   keyword)
{
  g_autoptr(GPtrArray) specs = g_ptr_array_new ();
  MlNode *d = ml_node_new (p->arena, ML_NODE_GEN_DECL, pos (p));
  MlNode *prev = NULL;

  d->op = keyword;
  next (p);
  if (got (p, ML_TOK_LPAREN))
    {
      guint iota = 0;

      gsize progress_ = G_MAXSIZE;

      while (tok (p) != ML_TOK_EOF && tok (p) != ML_TOK_RPAREN)
        {
          ML_PARSER_ENSURE_PROGRESS (p);
          MlNode *s;

          if (keyword == ML_TOK_IMPORT)
            s = parse_import_spec (p);
          else if (keyword == ML_TOK_TYPE)
            s = parse_type_spec (p);
          else
            s = parse_value_spec (p, keyword, iota, prev);
          g_ptr_array_add (specs, s);
          prev = s;
          iota++;
          if (!got (p, ML_TOK_SEMICOLON) && tok (p) != ML_TOK_RPAREN)
            {
              const char *ctx = keyword == ML_TOK_IMPORT ? "in grouped import; possibly missing semicolon or newline or )"
                              : keyword == ML_TOK_TYPE ? "in grouped type declaration; possibly missing semicolon or newline or )"
                              : keyword == ML_TOK_CONST ? "in grouped const declaration; possibly missing semicolon or newline or )"
                              : "in grouped var declaration; possibly missing semicolon or newline or )";

              syntax_error (p, ctx);
              ADVANCE (p, ML_TOK_RPAREN);
            }
        }
      want (p, ML_TOK_RPAREN);
    }
  else
    {
      if (keyword == ML_TOK_IMPORT)
        g_ptr_array_add (specs, parse_import_spec (p));
      else if (keyword == ML_TOK_TYPE)
        g_ptr_array_add (specs, parse_type_spec (p));
      else
        g_ptr_array_add (specs, parse_value_spec (p, keyword, 0, NULL));
    }
  d->list = to_list (p, specs);
  return d;
}

static MlNode *
parse_func_decl (MlParser *p)
{
  MlNode *f = ml_node_new (p->arena, ML_NODE_FUNC_DECL, pos (p));

  want (p, ML_TOK_FUNC);
  if (tok (p) == ML_TOK_LPAREN)
    {
      g_autoptr(GPtrArray) recv = g_ptr_array_new ();
      MlPos rpos = pos (p);

      next (p);
      if (parse_param_list (p, recv, ML_TOK_RPAREN, TRUE))
        want (p, ML_TOK_RPAREN);
      if (recv->len == 1)
        f->x = g_ptr_array_index (recv, 0);
      else if (recv->len == 0)
        error_at (p, rpos, "method has no receiver");
      else
        error_at (p, rpos, "method has multiple receivers");
    }
  if (tok (p) == ML_TOK_IDENT)
    {
      f->pos2 = pos (p);
      f->name = parse_name (p)->name;
    }
  else
    {
      syntax_error (p, f->x != NULL ? "expected name" : "expected name or (");
      ADVANCE (p, ML_TOK_LBRACE, ML_TOK_SEMICOLON);
      f->name = "_";
      f->pos2 = pos (p);
    }
  f->y = parse_func_type (p, f->pos);
  if (tok (p) == ML_TOK_LBRACE)
    {
      int outer = p->xnest;

      p->xnest = 0;
      p->fnest++;
      f->z = parse_block (p, "");
      p->fnest--;
      p->xnest = outer;
    }
  return f;
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

  p->arena = arena;
  p->sink = sink;
  ml_lexer_init (&p->lex, source, sink);
  file->source = source;
  next (p);

  notebook = tok (p) != ML_TOK_PACKAGE;
  if (!notebook)
    {
      file->package_pos = pos (p);
      next (p);
      file->package_name = parse_name (p)->name;
      if (tok (p) != ML_TOK_EOF && !got (p, ML_TOK_SEMICOLON))
        {
          syntax_error (p, "after package clause");
          ADVANCE (p, ML_TOK_IMPORT, ML_TOK_CONST, ML_TOK_TYPE, ML_TOK_VAR, ML_TOK_FUNC);
        }
    }

  gsize progress_ = G_MAXSIZE;

  for (;;)
    {
      /* A notebook's top level is a statement list too (a package main
       * file's directives between declarations are ignored, see above). */
      if (notebook)
        take_directives (p, decls, ML_NODE_FLAG_TOPLEVEL);
      if (tok (p) == ML_TOK_EOF)
        break;
      ML_PARSER_ENSURE_PROGRESS (p);
      MlToken t = tok (p);

      if (t == ML_TOK_IMPORT)
        {
          MlNode *d;

          if (seen_decl)
            syntax_error (p, "imports must appear before other declarations");
          d = parse_decl (p, ML_TOK_IMPORT);
          for (guint i = 0; i < d->list.n; i++)
            g_ptr_array_add (imports, d->list.items[i]);
        }
      else if (t == ML_TOK_CONST || t == ML_TOK_TYPE || t == ML_TOK_VAR)
        {
          seen_decl = TRUE;
          g_ptr_array_add (decls, parse_decl (p, t));
        }
      else if (t == ML_TOK_FUNC && !notebook)
        {
          seen_decl = TRUE;
          g_ptr_array_add (decls, parse_func_decl (p));
        }
      else if (t == ML_TOK_FUNC)
        {
          /* In a notebook "func" starts a declaration unless it is a
           * function literal used as an expression statement, which we
           * recognise by what follows the "func" keyword. */
          MlLexer saved = p->lex;
          gsize saved_end = p->last_end;
          gboolean is_decl;

          saved.lit = NULL;
          saved.value = NULL;
          saved.directives = NULL;
          next (p);
          is_decl = tok (p) == ML_TOK_IDENT || tok (p) == ML_TOK_LPAREN;
          /* Re-lexing from the saved offset restores the "func" token (the
           * lexer does not record a directive in between twice). */
          p->last_end = saved_end;
          p->lex.offset = saved.offset;
          p->lex.need_semi = saved.need_semi;
          p->lex.tok = saved.tok;
          p->lex.pos = saved.pos;
          p->lex.tok_start = saved.tok_start;
          p->lex.tok_end = saved.tok_end;
          g_string_assign (p->lex.lit, "func");
          seen_decl = TRUE;
          if (is_decl)
            g_ptr_array_add (decls, parse_func_decl (p));
          else
            {
              MlNode *s = parse_simple_stmt (p, NULL, 0);

              s->flags |= ML_NODE_FLAG_TOPLEVEL;
              g_ptr_array_add (decls, s);
            }
        }
      else if (notebook && t != ML_TOK_SEMICOLON)
        {
          MlNode *s;

          seen_decl = TRUE;
          s = parse_stmt_or_nil (p);
          if (s == NULL)
            {
              syntax_error (p, "expected statement");
              ADVANCE (p, ML_TOK_SEMICOLON);
            }
          else
            {
              s->flags |= ML_NODE_FLAG_TOPLEVEL;
              g_ptr_array_add (decls, s);
            }
        }
      else if (t == ML_TOK_SEMICOLON)
        {
          next (p);
          continue;
        }
      else
        {
          MlNode *last = decls->len ? g_ptr_array_index (decls, decls->len - 1) : NULL;

          if (t == ML_TOK_LBRACE && last != NULL && last->kind == ML_NODE_FUNC_DECL && last->z == NULL)
            syntax_error (p, "unexpected semicolon or newline before {");
          else
            syntax_error (p, "non-declaration statement outside function body");
          ADVANCE (p, ML_TOK_IMPORT, ML_TOK_CONST, ML_TOK_TYPE, ML_TOK_VAR, ML_TOK_FUNC);
          continue;
        }

      skip_directives_before (p, p->last_end);
      if (tok (p) != ML_TOK_EOF && !got (p, ML_TOK_SEMICOLON))
        {
          syntax_error (p, notebook ? "at end of statement" : "after top level declaration");
          if (notebook)
            ADVANCE (p, ML_TOK_SEMICOLON, ML_TOK_IMPORT, ML_TOK_CONST, ML_TOK_TYPE, ML_TOK_VAR, ML_TOK_FUNC);
          else
            ADVANCE (p, ML_TOK_IMPORT, ML_TOK_CONST, ML_TOK_TYPE, ML_TOK_VAR, ML_TOK_FUNC);
          /* A stray "}" at top level would loop forever otherwise. */
          if (tok (p) == ML_TOK_RBRACE)
            next (p);
        }
    }

  file->imports = to_list (p, imports);
  file->decls = to_list (p, decls);
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
