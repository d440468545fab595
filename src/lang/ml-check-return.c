/* ml-check-return.c
 *
 * Copyright 2026 The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Terminating statements (types2's return.go): whether a function body ends in a statement
 * that never falls through, so that "missing return" is reported where gc reports it.  It
 * reads the checked tree only and keeps no state, which is why it stands apart from the
 * statement checks.
 */

#define G_LOG_DOMAIN "ml-check"

#include "config.h"

#include <string.h>

#include "ml-check-private.h"

static gboolean has_break (MlNode     *s,
                           const char *label,
                           gboolean    implicit);

static gboolean
list_has_break (MlNodeList *list,
                const char *label,
                gboolean    implicit)
{
  for (guint i = 0; i < list->n; i++)
    if (has_break (list->items[i], label, implicit))
      return TRUE;
  return FALSE;
}

/* Whether @s contains a break out of the statement labelled @label, or, with @implicit, an
 * unlabelled break out of the statement being examined. */
static gboolean
has_break (MlNode     *s,
           const char *label,
           gboolean    implicit)
{
  if (s == NULL)
    return FALSE;
  switch (s->kind)
    {
    case ML_NODE_BRANCH_STMT:
      if (s->op == ML_TOK_BREAK)
        {
          if (s->name == NULL)
            return implicit;
          return label != NULL && strcmp (s->name, label) == 0;
        }
      return FALSE;
    case ML_NODE_BLOCK:
      return list_has_break (&s->list, label, implicit);
    case ML_NODE_LABELED_STMT:
      return has_break (s->x, label, implicit);
    case ML_NODE_IF_STMT:
      return has_break (s->z, label, implicit) || has_break (s->w, label, implicit);
    case ML_NODE_CASE_CLAUSE:
      return list_has_break (&s->list2, label, implicit);
    case ML_NODE_SWITCH_STMT:
    case ML_NODE_TYPE_SWITCH_STMT:
    case ML_NODE_SELECT_STMT:
      return label != NULL && list_has_break (&s->list, label, FALSE);
    case ML_NODE_FOR_STMT:
    case ML_NODE_RANGE_STMT:
      return label != NULL && has_break (s->w, label, FALSE);
    ML_NODE_CASES_SIMPLE_STMT:
    case ML_NODE_DECL_STMT: case ML_NODE_GO_STMT: case ML_NODE_DEFER_STMT:
    case ML_NODE_RETURN_STMT: case ML_NODE_DIRECTIVE_STMT:
    ML_NODE_CASES_NOT_STMT:
    default:
      return FALSE;
    }
}

/* types2's isTerminating: @label is the label of @s, if it has one. */
gboolean
ml_check_is_terminating (MlNode     *s,
                         const char *label)
{
  if (s == NULL)
    return FALSE;
  switch (s->kind)
    {
    case ML_NODE_RETURN_STMT:
      return TRUE;
    case ML_NODE_BRANCH_STMT:
      return s->op == ML_TOK_GOTO || s->op == ML_TOK_FALLTHROUGH;
    case ML_NODE_EXPR_STMT:
      {
        MlNode *call = ml_node_unparen (s->x);

        return call->kind == ML_NODE_CALL && call->x->kind == ML_NODE_IDENT && call->x->obj
               && call->x->obj->kind == ML_OBJ_BUILTIN && call->x->obj->builtin == ML_BUILTIN_PANIC;
      }
    case ML_NODE_BLOCK:
      return ml_check_is_terminating (ml_node_list_last_stmt (&s->list), NULL);
    case ML_NODE_LABELED_STMT:
      return ml_check_is_terminating (s->x, s->name);
    case ML_NODE_IF_STMT:
      return s->w != NULL && ml_check_is_terminating (s->z, NULL) && ml_check_is_terminating (s->w, NULL);
    case ML_NODE_SWITCH_STMT:
    case ML_NODE_TYPE_SWITCH_STMT:
      {
        gboolean has_default = FALSE;

        for (guint i = 0; i < s->list.n; i++)
          {
            MlNode *cc = s->list.items[i];
            MlNode *last = ml_node_list_last_stmt (&cc->list2);

            if (cc->flags & ML_NODE_FLAG_IMPLICIT)
              has_default = TRUE;
            if (!ml_check_is_terminating (last, NULL) || has_break (cc, label, TRUE))
              return FALSE;
          }
        return has_default;
      }
    case ML_NODE_FOR_STMT:
      return s->y == NULL && !has_break (s->w, label, TRUE);
    case ML_NODE_EMPTY_STMT: case ML_NODE_DECL_STMT: case ML_NODE_SEND_STMT:
    case ML_NODE_INC_DEC_STMT: case ML_NODE_ASSIGN_STMT: case ML_NODE_GO_STMT:
    case ML_NODE_DEFER_STMT: case ML_NODE_CASE_CLAUSE: case ML_NODE_SELECT_STMT:
    case ML_NODE_RANGE_STMT: case ML_NODE_DIRECTIVE_STMT:
    ML_NODE_CASES_NOT_STMT:
    default:
      return FALSE;
    }
}
