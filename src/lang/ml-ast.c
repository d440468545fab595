/* ml-ast.c
 *
 * Copyright 2026 The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What can be asked of a syntax tree node without the checker: where it starts and ends
 * (types2 reports errors at a node's start), unwrapping parentheses, the last statement of a
 * list (directives aside), and the text types2 prints for an expression in its messages.
 */

#define G_LOG_DOMAIN "ml-ast"

#include "config.h"

#include "ml-ast.h"
#include "ml-lexer-private.h"

/**
 * ml_node_start_pos:
 * @node: a node
 *
 * Returns: the position of the leftmost token of @node, where types2
 *   reports errors about it (syntax.StartPos).
 */
MlPos
ml_node_start_pos (const MlNode *node)
{
  if (node == NULL)
    return (MlPos) { 0, 0 };

  for (;;)
    {
      switch (node->kind)
        {
        case ML_NODE_BINARY:
        case ML_NODE_SELECTOR:
        case ML_NODE_INDEX:
        case ML_NODE_SLICE_EXPR:
        case ML_NODE_TYPE_ASSERT:
        case ML_NODE_CALL:
        case ML_NODE_KEY_VALUE:
        case ML_NODE_COMPOSITE_LIT:
        case ML_NODE_INC_DEC_STMT:
        case ML_NODE_SEND_STMT:
        case ML_NODE_EXPR_STMT:
          if (node->x == NULL)
            return node->pos;
          node = node->x;
          break;
        case ML_NODE_ASSIGN_STMT:
          if (node->list.n == 0)
            return node->pos;
          node = node->list.items[0];
          break;
        case ML_NODE_BAD: case ML_NODE_IDENT: case ML_NODE_BASIC_LIT: case ML_NODE_FUNC_LIT:
        case ML_NODE_PAREN: case ML_NODE_STAR: case ML_NODE_UNARY:
        ML_NODE_CASES_TYPE:
        ML_NODE_CASES_COMPOUND_STMT:
        case ML_NODE_EMPTY_STMT: case ML_NODE_DECL_STMT: case ML_NODE_LABELED_STMT:
        case ML_NODE_GO_STMT: case ML_NODE_DEFER_STMT: case ML_NODE_RETURN_STMT:
        case ML_NODE_BRANCH_STMT: case ML_NODE_DIRECTIVE_STMT:
        ML_NODE_CASES_DECL:
        case ML_N_NODE_KINDS:
        default:
          return node->pos;
        }
    }
}

/**
 * ml_node_end_pos:
 * @node: a node
 *
 * Returns: the position of the closing token of a block, call or literal,
 *   or the node's own position otherwise.
 */
MlPos
ml_node_end_pos (const MlNode *node)
{
  if (node == NULL)
    return (MlPos) { 0, 0 };

  if (node->pos2.line != 0)
    return node->pos2;
  return node->pos;
}

MlNode *
ml_node_unparen (MlNode *node)
{
  while (node != NULL && node->kind == ML_NODE_PAREN && node->x != NULL)
    node = node->x;
  return node;
}

/**
 * ml_node_list_last_stmt:
 * @list: a statement list
 *
 * Directive statements are comments to Go, so they never change what a
 * list ends with: a body ending in "return" and then a //memlab: line is
 * still terminating, and a "fallthrough" followed by one is still last.
 *
 * Returns: (nullable): the last statement of @list that is not a
 *   directive, or %NULL if there is none
 */
MlNode *
ml_node_list_last_stmt (const MlNodeList *list)
{
  for (guint i = list->n; i > 0; i--)
    if (list->items[i - 1]->kind != ML_NODE_DIRECTIVE_STMT)
      return list->items[i - 1];
  return NULL;
}

static void
append_list (GString          *out,
             const MlNodeList *list,
             const char       *sep)
{
  for (guint i = 0; i < list->n; i++)
    {
      if (i > 0)
        g_string_append (out, sep);
      ml_node_append_string (out, list->items[i]);
    }
}

static void
append_fields (GString          *out,
               const MlNodeList *fields,
               const char       *sep)
{
  for (guint i = 0; i < fields->n; i++)
    {
      const MlNode *f = fields->items[i];

      if (i > 0)
        g_string_append (out, sep);
      if (f->list.n > 0)
        {
          append_list (out, &f->list, ", ");
          g_string_append_c (out, ' ');
        }
      if (f->flags & ML_NODE_FLAG_DOTS)
        g_string_append (out, "...");
      if (f->x != NULL)
        ml_node_append_string (out, f->x);
    }
}

static void
append_signature (GString      *out,
                  const MlNode *ft)
{
  g_string_append_c (out, '(');
  append_fields (out, &ft->list, ", ");
  g_string_append_c (out, ')');
  if (ft->list2.n == 1 && ft->list2.items[0]->list.n == 0)
    {
      g_string_append_c (out, ' ');
      ml_node_append_string (out, ft->list2.items[0]->x);
    }
  else if (ft->list2.n > 0)
    {
      g_string_append (out, " (");
      append_fields (out, &ft->list2, ", ");
      g_string_append_c (out, ')');
    }
}

/* How the nodes that print as a fixed pattern print, in types2's ShortForm: %x, %y, %z and
 * %w stand for the node's children (an absent one prints nothing), %n for its name and %o for
 * its operator; everything else prints as it is. */
static const char * const node_patterns[ML_N_NODE_KINDS] = {
  [ML_NODE_BAD] = "BadExpr",
  [ML_NODE_IDENT] = "%n",
  [ML_NODE_BASIC_LIT] = "%n",
  [ML_NODE_KEY_VALUE] = "%x: %y",
  [ML_NODE_PAREN] = "(%x)",
  [ML_NODE_SELECTOR] = "%x.%n",
  [ML_NODE_INDEX] = "%x[%y]",
  [ML_NODE_STAR] = "*%x",
  [ML_NODE_UNARY] = "%o%x",
  [ML_NODE_BINARY] = "%x %o %y",
  [ML_NODE_ARRAY_TYPE] = "[%x]%y",
  [ML_NODE_MAP_TYPE] = "map[%x]%y",
  [ML_NODE_CHAN_TYPE] = "chan %x",
  [ML_NODE_ELLIPSIS] = "...%x",
  [ML_NODE_EXPR_STMT] = "%x",
  [ML_NODE_SEND_STMT] = "%x <- %y",
  [ML_NODE_INC_DEC_STMT] = "%x%o",
};

static void
append_pattern (GString      *out,
                const MlNode *node,
                const char   *pattern)
{
  for (const char *p = pattern; *p != '\0'; p++)
    {
      if (*p != '%')
        {
          g_string_append_c (out, *p);
          continue;
        }
      switch (*++p)
        {
        case 'x': ml_node_append_string (out, node->x); break;
        case 'y': ml_node_append_string (out, node->y); break;
        case 'z': ml_node_append_string (out, node->z); break;
        case 'w': ml_node_append_string (out, node->w); break;
        case 'n': g_string_append (out, node->name); break;
        case 'o': g_string_append (out, ml_token_to_string (node->op)); break;
        default: g_assert_not_reached ();
        }
    }
}

/**
 * ml_node_append_string:
 * @out: where to append
 * @node: an expression or simple statement
 *
 * Appends @node as types2 prints expressions in its messages (syntax's
 * ShortForm: composite literal and function bodies become "…").
 */
void
ml_node_append_string (GString      *out,
                       const MlNode *node)
{
  if (node == NULL)
    return;

  /* The selectors of embedded fields the checker inserted (e.Persona in e.Persona.nombre)
   * and the & of an elided literal of pointer type are not in the source, which is what
   * types2 prints. */
  while ((node->kind == ML_NODE_SELECTOR || node->kind == ML_NODE_UNARY)
         && (node->flags & ML_NODE_FLAG_IMPLICIT) && node->x != NULL)
    node = node->x;

  switch (node->kind)
    {
    case ML_NODE_BAD: case ML_NODE_IDENT: case ML_NODE_BASIC_LIT: case ML_NODE_KEY_VALUE:
    case ML_NODE_PAREN: case ML_NODE_SELECTOR: case ML_NODE_INDEX: case ML_NODE_STAR:
    case ML_NODE_UNARY: case ML_NODE_BINARY: case ML_NODE_ARRAY_TYPE: case ML_NODE_MAP_TYPE:
    case ML_NODE_CHAN_TYPE: case ML_NODE_ELLIPSIS: case ML_NODE_EXPR_STMT: case ML_NODE_SEND_STMT:
    case ML_NODE_INC_DEC_STMT:
      append_pattern (out, node, node_patterns[node->kind]);
      break;
    case ML_NODE_COMPOSITE_LIT:
      append_pattern (out, node, node->list.n > 0 ? "%x{…}" : "%x{}");
      break;
    case ML_NODE_SLICE_EXPR:
      append_pattern (out, node, (node->flags & ML_NODE_FLAG_FULL_SLICE) ? "%x[%y:%z:%w]" : "%x[%y:%z]");
      break;
    case ML_NODE_TYPE_ASSERT:
      append_pattern (out, node, node->y != NULL ? "%x.(%y)" : "%x.(type)");
      break;
    case ML_NODE_FUNC_LIT:
      g_string_append (out, "func");
      append_signature (out, node->x);
      g_string_append (out, " {…}");
      break;
    case ML_NODE_CALL:
      ml_node_append_string (out, node->x);
      g_string_append_c (out, '(');
      append_list (out, &node->list, ", ");
      if (node->flags & ML_NODE_FLAG_DOTS)
        g_string_append (out, "...");
      g_string_append_c (out, ')');
      break;
    case ML_NODE_STRUCT_TYPE:
    case ML_NODE_INTERFACE_TYPE:
      g_string_append (out, node->kind == ML_NODE_STRUCT_TYPE ? "struct{" : "interface{");
      append_fields (out, &node->list, "; ");
      g_string_append_c (out, '}');
      break;
    case ML_NODE_FUNC_TYPE:
      g_string_append (out, "func");
      append_signature (out, node);
      break;
    case ML_NODE_ASSIGN_STMT:
      append_list (out, &node->list, ", ");
      g_string_append_c (out, ' ');
      g_string_append (out, ml_token_to_string (node->op));
      g_string_append_c (out, ' ');
      append_list (out, &node->list2, ", ");
      break;
    case ML_NODE_EMPTY_STMT:
      if (node->op == ML_TOK_COMMA)
        append_list (out, &node->list, ", ");
      break;
    case ML_NODE_DIRECTIVE_STMT:
      g_string_append_len (out, node->str, node->str_len);
      break;
    case ML_NODE_FIELD: case ML_NODE_DECL_STMT: case ML_NODE_LABELED_STMT:
    case ML_NODE_GO_STMT: case ML_NODE_DEFER_STMT: case ML_NODE_RETURN_STMT:
    case ML_NODE_BRANCH_STMT:
    ML_NODE_CASES_COMPOUND_STMT:
    ML_NODE_CASES_DECL:
    case ML_N_NODE_KINDS:
    default:
      g_string_append (out, ml_node_kind_to_string (node->kind));
      break;
    }
}

char *
ml_node_to_string (const MlNode *node)
{
  GString *out = g_string_new (NULL);

  ml_node_append_string (out, node);
  return g_string_free (out, FALSE);
}

const char *
ml_node_kind_to_string (MlNodeKind kind)
{
  static const char * const names[ML_N_NODE_KINDS] = {
    "BadExpr", "Name", "BasicLit", "CompositeLit", "KeyValueExpr", "FuncLit", "ParenExpr",
    "SelectorExpr", "IndexExpr", "SliceExpr", "AssertExpr", "CallExpr", "StarExpr",
    "Operation", "Operation", "ArrayType", "MapType", "ChanType", "StructType",
    "InterfaceType", "FuncType", "Field", "DotsType", "EmptyStmt", "DeclStmt",
    "LabeledStmt", "ExprStmt", "SendStmt", "AssignStmt", "AssignStmt", "CallStmt",
    "CallStmt", "ReturnStmt", "BranchStmt", "BlockStmt", "IfStmt", "CaseClause",
    "SwitchStmt", "SwitchStmt", "SelectStmt", "ForStmt", "ForStmt", "DirectiveStmt", "ImportDecl",
    "VarDecl", "TypeDecl", "Decl", "FuncDecl",
  };

  if (kind >= ML_N_NODE_KINDS)
    return "?";
  return names[kind];
}
