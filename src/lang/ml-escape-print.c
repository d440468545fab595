/* ml-escape-print.c
 *
 * Copyright 2026 The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Expressions printed the way gc's ir prints them (cmd/compile/internal/ir/fmt.go), which is
 * not how types2 prints them in diagnostics: constants by value ("3", "int64(3)"), composite
 * literals as "T{...}", method calls as "(*T).m(x)", conversions with the type in parentheses
 * when gc puts it there.  The -m lines name allocations this way ("&T{...} escapes to heap",
 * "make([]int, 10) does not escape"), and -m=2's "from" lines name the statements a value
 * flows through.  It is MemLab's own concern, separate from the analysis it serves.
 */

#define G_LOG_DOMAIN "ml-escape"

#include "config.h"

#include <string.h>

#include "ml-const-private.h"
#include "ml-escape-private.h"
#include "ml-inline.h"

/* The inlining decisions of the analysis this thread is running, when it models the default
 * build: gc prints an inlined call as the temporary that holds its result. */
static __thread MlInlineResult *print_inlined;

void
_ml_escape_print_set_inlined (MlInlineResult *inl)
{
  print_inlined = inl;
}

/* The inlined copy whose body is being analysed, for gc's rewriteWithLiterals: a parameter
 * of it stands for its argument, whose static value gc puts in place of a make's size or an
 * interface conversion's operand when it is a constant (ml-escape-utils.c). */
static __thread MlEscapeInline *print_copy;

void
_ml_escape_print_set_copy (MlEscapeInline *ctx)
{
  print_copy = ctx;
}

MlNode *
_ml_escape_copy_const (MlObject *o)
{
  for (MlEscapeInline *ctx = print_copy; o != NULL && ctx != NULL; ctx = ctx->parent)
    {
      MlNode *c = ctx->consts != NULL ? g_hash_table_lookup (ctx->consts, o) : NULL;

      if (c != NULL)
        return c;
    }
  return NULL;
}

static void
append_const (GString *out,
              MlConst *v)
{
  g_autofree char *s = ml_const_to_string (v);

  g_string_append (out, s);
}

/* The type gc gives a constant of this kind where nothing decides (types.DefaultKinds). */
static gboolean
is_default_type (MlType  *t,
                 MlConst *v)
{
  if (t->kind == ML_TYPE_NAMED)
    return FALSE;
  switch (v->kind)
    {
    case ML_CONST_BOOL: return t->kind == ML_TYPE_BOOL;
    case ML_CONST_STRING: return t->kind == ML_TYPE_STRING;
    case ML_CONST_INT: return t->kind == ML_TYPE_INT;
    case ML_CONST_FLOAT: return t->kind == ML_TYPE_FLOAT64;
    case ML_CONST_COMPLEX: return t->kind == ML_TYPE_COMPLEX128;
    default: return FALSE;
    }
}

/* gc's ir printing of a constant (OLITERAL): a rune as a quoted rune ('A'), a constant of its
 * kind's default type or untyped as its value (go/constant's String), others as T(v). */
void
_ml_escape_append_typed_const (GString *out,
                               MlConst *v,
                               MlType  *t)
{
  guint64 r;

  if (t != NULL && (t->kind == ML_TYPE_UNTYPED_RUNE || (t->kind == ML_TYPE_INT32 && g_strcmp0 (t->name, "rune") == 0))
      && ml_const_uint64_val (v, &r) && r <= 0x10ffff)
    {
      ml_const_append_rune (out, (gunichar) r);
      return;
    }
  if (t == NULL || ml_type_is_untyped (t) || is_default_type (t, v))
    {
      append_const (out, v);
      return;
    }
  ml_type_append_gc_string (out, t);
  g_string_append_c (out, '(');
  append_const (out, v);
  g_string_append_c (out, ')');
}

/* The expressions of a list, separated by ", ". */
static void
append_ir_list (GString          *out,
                const MlNodeList *list)
{
  for (guint i = 0; i < list->n; i++)
    {
      if (i > 0)
        g_string_append (out, ", ");
      _ml_escape_append_ir (out, list->items[i]);
    }
}

static void append_conversion_type (GString *out,
                                    MlType  *t);

/* A call's arguments as gc prints them after typecheck: several results of one call passed
 * on are its temporaries, the first one wrapped in the conversion gc hangs their assignment
 * on when it needs none; a variadic call's extra arguments are the implicit slice "...
 * argument...", or "nil..." when there are none. */
static void
append_args (GString *out,
             MlNode  *n,
             gboolean comma_first)
{
  MlNode *fun = ml_node_unparen (n->x);
  MlType *sig = fun->type != NULL ? ml_type_underlying (fun->type) : NULL;
  MlNode *inner = n->list.n == 1 ? ml_node_unparen (n->list.items[0]) : NULL;
  const MlNodeList *args = &n->list;
  gboolean spread = FALSE;
  guint np, fixed;

  if (inner != NULL && inner->kind == ML_NODE_CALL && inner->list2.n > 0)
    {
      args = &inner->list2;
      spread = TRUE;
    }
  if (sig == NULL || sig->kind != ML_TYPE_FUNC)
    {
      if (comma_first && args->n > 0)
        g_string_append (out, ", ");
      append_ir_list (out, args);
      return;
    }
  np = sig->params != NULL ? sig->params->n_fields : 0;
  fixed = sig->variadic && !(n->flags & ML_NODE_FLAG_DOTS) && np > 0 ? np - 1 : args->n;
  for (guint i = 0; i < args->n && i < fixed; i++)
    {
      MlNode *a = args->items[i];

      if (i > 0 || comma_first)
        g_string_append (out, ", ");
      if (spread && i == 0 && i < np && ml_type_identical (a->type, sig->params->fields[i].type))
        {
          append_conversion_type (out, a->type);
          g_string_append_c (out, '(');
          _ml_escape_append_ir (out, a);
          g_string_append_c (out, ')');
        }
      else
        _ml_escape_append_ir (out, a);
    }
  if (fixed < args->n || (sig->variadic && !(n->flags & ML_NODE_FLAG_DOTS)))
    {
      if (fixed > 0 || comma_first)
        g_string_append (out, ", ");
      g_string_append (out, args->n > fixed ? "... argument..." : "nil...");
    }
}

/* x.m(args) is printed as T.m(x, args), or (*T).m(x, args) for a pointer receiver; a call
 * through an interface that was devirtualized as T.m(i.(T), args). */
static void
append_method_call (GString *out,
                    MlNode  *n)
{
  MlNode *sel = ml_node_unparen (n->x);
  MlNode *recv = n->w != NULL && n->obj != NULL ? n->w : sel->x;
  MlObject *m = n->w != NULL && n->obj != NULL ? n->obj : sel->obj;
  MlType *rt = recv->type;
  MlType *base = rt && rt->kind == ML_TYPE_POINTER ? rt->elem : rt;

  if (m->pointer_recv)
    {
      g_string_append (out, "(*");
      ml_type_append_gc_string (out, base);
      g_string_append (out, ").");
    }
  else
    {
      ml_type_append_gc_string (out, base);
      g_string_append_c (out, '.');
    }
  g_string_append (out, m->name);
  g_string_append_c (out, '(');
  _ml_escape_append_ir (out, recv);
  append_args (out, n, TRUE);
  g_string_append_c (out, ')');
}

/* make and new print their type argument as a type, and the size escape analysis replaced
 * by a literal as that literal (gc's rewriteWithLiterals). */
static void
append_make_or_new (GString *out,
                    MlNode  *n)
{
  gint64 size = 0;
  guint lit = n->x->obj->builtin == ML_BUILTIN_MAKE ? ml_escape_make_literal_size (n, &size) : 0;

  g_string_append (out, n->x->name);
  g_string_append_c (out, '(');
  for (guint i = 0; i < n->list.n; i++)
    {
      MlNode *arg = n->list.items[i];

      if (i > 0)
        g_string_append (out, ", ");
      if (i == 0 && arg->mode == ML_MODE_TYPEXPR)
        ml_type_append_gc_string (out, arg->type);
      else if (i == lit && lit > 0)
        {
          /* The literal has the size's type (int for len() of a slice literal, which
           * is how a size of another type could be rewritten only through a conversion
           * that changes nothing). */
          MlType *t = arg->type != NULL ? ml_type_underlying (arg->type) : NULL;
          gboolean plain = arg->type == NULL || ml_type_is_untyped (arg->type)
                           || (arg->type == t && t->kind == ML_TYPE_INT);

          if (!plain)
            {
              ml_type_append_gc_string (out, arg->type);
              g_string_append_c (out, '(');
            }
          g_string_append_printf (out, "%" G_GINT64_FORMAT, size);
          if (!plain)
            g_string_append_c (out, ')');
        }
      else
        _ml_escape_append_ir (out, arg);
    }
  g_string_append_c (out, ')');
}

/* A conversion's type, in parentheses where gc puts them. */
static void
append_conversion_type (GString *out,
                        MlType  *t)
{
  gboolean paren = t != NULL && (t->kind == ML_TYPE_SLICE || t->kind == ML_TYPE_POINTER
                                 || t->kind == ML_TYPE_ARRAY || t->kind == ML_TYPE_MAP
                                 || t->kind == ML_TYPE_FUNC);

  if (paren)
    g_string_append_c (out, '(');
  ml_type_append_gc_string (out, t);
  if (paren)
    g_string_append_c (out, ')');
}

static void
append_call (GString *out,
             MlNode  *n)
{
  MlNode *fun = ml_node_unparen (n->x);
  MlType *to = ml_type_underlying (n->type);
  MlNode *arg = n->list.n == 1 ? n->list.items[0] : NULL;

  /* gc folds []rune("constant") into the literal []rune{...} before escape analysis. */
  if (n->x->mode == ML_MODE_TYPEXPR && arg != NULL && to != NULL && to->kind == ML_TYPE_SLICE
      && ml_type_underlying (to->elem)->kind == ML_TYPE_INT32
      && arg->mode == ML_MODE_CONSTANT && arg->cval != NULL && arg->cval->kind == ML_CONST_STRING)
    {
      ml_type_append_gc_string (out, n->type);
      g_string_append (out, arg->cval->len > 0 ? "{...}" : "{}");
      return;
    }
  if (n->x->mode == ML_MODE_TYPEXPR)
    append_conversion_type (out, n->type);
  else if (n->x->kind == ML_NODE_IDENT && n->x->obj != NULL && n->x->obj->kind == ML_OBJ_BUILTIN
           && (n->x->obj->builtin == ML_BUILTIN_MAKE || n->x->obj->builtin == ML_BUILTIN_NEW))
    {
      append_make_or_new (out, n);
      return;
    }
  else if (n->z != NULL && n->w == NULL)
    {
      /* gc's temporary holding the callee, or an interface method call's receiver. */
      g_string_append (out, n->z->name);
      if (fun->kind == ML_NODE_SELECTOR && fun->x->type != NULL
          && ml_type_is_interface (fun->x->type))
        {
          g_string_append_c (out, '.');
          g_string_append (out, fun->name);
        }
    }
  else if ((fun->kind == ML_NODE_SELECTOR && fun->obj != NULL && fun->obj->kind == ML_OBJ_FUNC
            && fun->x->mode != ML_MODE_PACKAGE && fun->x->mode != ML_MODE_TYPEXPR)
           || (n->w != NULL && n->obj != NULL))
    {
      append_method_call (out, n);
      return;
    }
  else if (n->w != NULL && n->obj == NULL && fun->kind == ML_NODE_SELECTOR)
    {
      /* Partly devirtualized: the method of the interface the concrete type embeds. */
      _ml_escape_append_ir (out, n->w);
      g_string_append_c (out, '.');
      g_string_append (out, fun->name);
    }
  else
    _ml_escape_append_ir (out, n->x);
  g_string_append_c (out, '(');
  if (n->x->mode == ML_MODE_TYPEXPR)
    append_ir_list (out, &n->list);
  else
    append_args (out, n, FALSE);
  if (n->flags & ML_NODE_FLAG_DOTS)
    g_string_append (out, "...");
  g_string_append_c (out, ')');
}

/* The return statement of @n's statements, the first met. */
static MlNode *
find_return (MlNode *n)
{
  MlNode *r = NULL;

  if (n == NULL || n->kind == ML_NODE_FUNC_LIT)
    return NULL;
  if (n->kind == ML_NODE_RETURN_STMT)
    return n;
  if ((r = find_return (n->x)) || (r = find_return (n->y)) || (r = find_return (n->z)) || (r = find_return (n->w)))
    return r;
  for (guint i = 0; i < n->list.n; i++)
    if ((r = find_return (n->list.items[i])) != NULL)
      return r;
  for (guint i = 0; i < n->list2.n; i++)
    if ((r = find_return (n->list2.items[i])) != NULL)
      return r;
  return NULL;
}

/* gc's canDelayResults: an inlined call of a function with one return statement, that
 * returns a value, and unnamed results, defines its ~r0 at that return, so its static value
 * is what the return gives; returns that expression, or NULL. */
MlNode *
_ml_escape_inlined_static_result (MlNode *call)
{
  MlFunc *callee;
  MlObject *r;
  MlNode *ret;

  if (print_inlined == NULL || call->kind != ML_NODE_CALL)
    return NULL;
  callee = ml_inline_result_get_inlined (print_inlined, print_copy != NULL ? print_copy->id : 0, call, NULL);
  if (callee == NULL || callee->n_returns != 1 || callee->results->len != 1 || callee->node == NULL
      || callee->node->kind != ML_NODE_FUNC_DECL)
    return NULL;
  r = g_ptr_array_index (callee->results, 0);
  if (r->name != NULL && r->name[0] != '~' && strcmp (r->name, "_") != 0)
    return NULL;
  ret = find_return (callee->node->z);
  return ret != NULL && ret->list.n == 1 ? ret->list.items[0] : NULL;
}

static void append_ir_node (GString *out, MlNode *n);

/* The kind of the expression being printed around the current one, and whether it is a
 * string concatenation (gc's OADDSTR, whose operands never take parentheses). */
static __thread MlNodeKind ir_parent = ML_N_NODE_KINDS;
static __thread gboolean ir_parent_concat;

/* An expression; an inlined call is the temporary holding its result, in parentheses where
 * it is an operand (gc's OINLCALL binds loosest). */
void
_ml_escape_append_ir (GString *out,
                      MlNode  *n)
{
  MlNodeKind saved = ir_parent;
  gboolean saved_concat = ir_parent_concat;
  const char *result;

  if (n != NULL && n->kind == ML_NODE_CALL && print_inlined != NULL
      && (result = ml_inline_result_get_result_name_at (print_inlined, print_copy != NULL ? print_copy->id : 0,
                                                        n)) != NULL)
    {
      if (saved_concat)
        {
          g_string_append (out, result);
          return;
        }
      switch (saved)
        {
        case ML_NODE_BINARY: case ML_NODE_UNARY: case ML_NODE_STAR: case ML_NODE_SELECTOR:
        case ML_NODE_INDEX: case ML_NODE_SLICE_EXPR: case ML_NODE_TYPE_ASSERT:
          g_string_append_printf (out, "(%s)", result);
          break;
        case ML_NODE_BAD: case ML_NODE_IDENT: case ML_NODE_BASIC_LIT: case ML_NODE_COMPOSITE_LIT:
        case ML_NODE_KEY_VALUE: case ML_NODE_FUNC_LIT: case ML_NODE_PAREN: case ML_NODE_CALL:
        ML_NODE_CASES_NOT_EXPR:
        default:
          g_string_append (out, result);
          break;
        }
      return;
    }
  if (n != NULL && n->kind != ML_NODE_PAREN)
    {
      ir_parent = n->kind;
      ir_parent_concat = n->kind == ML_NODE_BINARY && n->op == ML_TOK_ADD && n->type != NULL
                         && ml_type_underlying (n->type)->kind == ML_TYPE_STRING;
    }
  append_ir_node (out, n);
  ir_parent = saved;
  ir_parent_concat = saved_concat;
}

static void
append_ir_node (GString *out,
                MlNode  *n)
{
  if (n == NULL)
    return;
  if (n->mode == ML_MODE_CONSTANT && n->cval != NULL)
    {
      _ml_escape_append_typed_const (out, n->cval, n->type);
      return;
    }
  switch (n->kind)
    {
    case ML_NODE_IDENT:
      /* In the default build, a library function's body is inlined into the program: gc
       * prints the names it declares qualified by their package ("strconv.s"). */
      if (print_inlined != NULL && n->obj != NULL && n->obj->pkg_path != NULL
          && (n->obj->kind == ML_OBJ_VAR || n->obj->kind == ML_OBJ_FUNC))
        {
          const char *slash = strrchr (n->obj->pkg_path, '/');

          g_string_append_printf (out, "%s.", slash != NULL ? slash + 1 : n->obj->pkg_path);
        }
      g_string_append (out, n->name);
      break;
    case ML_NODE_BASIC_LIT:
      if (n->cval != NULL)
        append_const (out, n->cval);
      else
        g_string_append (out, n->name);
      break;
    case ML_NODE_PAREN:
      _ml_escape_append_ir (out, n->x);
      break;
    case ML_NODE_COMPOSITE_LIT:
      if (n->type != NULL)
        ml_type_append_gc_string (out, n->type);
      g_string_append (out, n->list.n > 0 ? "{...}" : "{}");
      break;
    case ML_NODE_FUNC_LIT:
      g_string_append (out, "func literal");
      break;
    case ML_NODE_SELECTOR:
      _ml_escape_append_ir (out, n->x);
      g_string_append_c (out, '.');
      g_string_append (out, n->name);
      break;
    case ML_NODE_INDEX:
    case ML_NODE_SLICE_EXPR:
      /* A dereference binds less tightly than an index: (*m)["a"]. */
      if (ml_node_unparen (n->x)->kind == ML_NODE_STAR)
        {
          g_string_append_c (out, '(');
          _ml_escape_append_ir (out, n->x);
          g_string_append_c (out, ')');
        }
      else
        _ml_escape_append_ir (out, n->x);
      g_string_append_c (out, '[');
      _ml_escape_append_ir (out, n->y);
      if (n->kind == ML_NODE_SLICE_EXPR)
        {
          g_string_append_c (out, ':');
          _ml_escape_append_ir (out, n->z);
          if (n->flags & ML_NODE_FLAG_FULL_SLICE)
            {
              g_string_append_c (out, ':');
              _ml_escape_append_ir (out, n->w);
            }
        }
      g_string_append_c (out, ']');
      break;
    case ML_NODE_CALL:
      append_call (out, n);
      break;
    case ML_NODE_TYPE_ASSERT:
      /* Devirtualization's assertion of a receiver gc had moved into a temporary (z). */
      _ml_escape_append_ir (out, n->z != NULL ? n->z : n->x);
      g_string_append (out, ".(");
      ml_type_append_gc_string (out, n->type);
      g_string_append_c (out, ')');
      break;
    case ML_NODE_STAR:
    case ML_NODE_UNARY:
      g_string_append (out, n->kind == ML_NODE_STAR ? "*" : ml_token_to_string (n->op));
      _ml_escape_append_ir (out, n->x);
      break;
    case ML_NODE_BINARY:
      _ml_escape_append_ir (out, n->x);
      g_string_append_c (out, ' ');
      g_string_append (out, ml_token_to_string (n->op));
      g_string_append_c (out, ' ');
      _ml_escape_append_ir (out, n->y);
      break;
    case ML_NODE_BAD: case ML_NODE_KEY_VALUE:
    ML_NODE_CASES_NOT_EXPR:
    default:
      ml_node_append_string (out, n);
      break;
    }
}

static char *
ir_string (MlNode *n)
{
  GString *out = g_string_new (NULL);

  _ml_escape_append_ir (out, n);
  return g_string_free (out, FALSE);
}

/* The name gc gives an allocation's location: "{storage for X}", X being name or else the
 * expression. */
char *
_ml_escape_storage_name (MlNode     *n,
                         const char *name)
{
  g_autofree char *what = name ? g_strdup (name) : ir_string (n);

  return g_strdup_printf (ML_ESCAPE_STORAGE_PREFIX "%s}", what);
}

/* What a -m=2 "from" line names: the statement or expression a value flows through, as gc
 * prints it ("x = &y", "return p", "v = ..." for a var declaration). */
char *
_ml_escape_where_string (MlNode *where)
{
  GString *s;

  if (where == NULL)
    return g_strdup ("?");
  if (where->kind == ML_NODE_VALUE_SPEC)
    return g_strdup_printf ("%s = ...", where->list.items[0]->name);
  if (where->kind == ML_NODE_ASSIGN_STMT)
    {
      s = g_string_new (NULL);
      append_ir_list (s, &where->list);
      g_string_append_printf (s, " %s ", ml_token_to_string (where->op));
      append_ir_list (s, &where->list2);
      return g_string_free (s, FALSE);
    }
  if (where->kind == ML_NODE_RETURN_STMT)
    {
      s = g_string_new ("return");
      if (where->list.n > 0)
        g_string_append_c (s, ' ');
      append_ir_list (s, &where->list);
      return g_string_free (s, FALSE);
    }
  return ir_string (where);
}
