/* ml-check-branches.c
 *
 * Copyright 2026 The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Labels and the branches that name them (cmd/compile/internal/syntax's branches.go):
 * labels defined and not used or defined twice, labelled break and continue that name no
 * enclosing statement of the right kind, and goto statements whose label is missing, inside
 * a block, or after a variable declaration they would jump over.  gc checks these while
 * parsing, over the statements alone, one function body at a time; this file follows it
 * block by block and keeps its own state, which is why it stands apart from the statement
 * checks.  Unlabelled break, continue and fallthrough stay with them.
 */

#define G_LOG_DOMAIN "ml-check"

#include "config.h"

#include <string.h>

#include "ml-check-private.h"

typedef struct _Block Block;

/* A block of statements: gc's block, with the labelled statement it is the body of. */
struct _Block
{
  Block  *parent;
  MlPos   start;
  MlNode *lstmt;
};

typedef struct
{
  Block  *parent;      /* the block that declares the label */
  MlNode *lstmt;       /* the LABELED_STMT */
  gboolean used;
} Label;

typedef struct
{
  MlChecker  *c;
  GHashTable *labels;  /* name -> Label, in declaration order in @order */
  GPtrArray  *order;
  GPtrArray  *blocks;  /* every Block, to free */
} LabelScope;

static GPtrArray *block_branches (LabelScope *ls,
                                  Block      *parent,
                                  MlNode     *lstmt,
                                  MlPos       start,
                                  MlNode    **body,
                                  guint       n_body);

static Label *
declare (LabelScope *ls,
         Block      *b,
         MlNode     *s)
{
  Label *alt = g_hash_table_lookup (ls->labels, s->name);
  Label *l;

  if (alt != NULL)
    {
      ml_check_error_at (ls->c, s->pos, "label %s already defined at \x01:%u:%u", s->name,
                         alt->lstmt->pos.line, alt->lstmt->pos.col);
      return alt;
    }
  l = g_new0 (Label, 1);
  l->parent = b;
  l->lstmt = s;
  g_hash_table_insert (ls->labels, (gpointer) s->name, l);
  g_ptr_array_add (ls->order, l);
  return l;
}

/* The labelled statement @name of @b or of a block around it, or NULL. */
static MlNode *
goto_target (LabelScope *ls,
             Block      *b,
             const char *name)
{
  Label *l = g_hash_table_lookup (ls->labels, name);

  if (l == NULL)
    return NULL;
  l->used = TRUE;
  for (; b != NULL; b = b->parent)
    if (l->parent == b)
      return l->lstmt;
  return NULL;
}

/* The innermost enclosing statement labelled @name: NULL if no such label is defined yet,
 * @invalid if it does not label a statement around @b. */
static MlNode *
enclosing_target (LabelScope *ls,
                  Block      *b,
                  const char *name,
                  MlNode     *invalid)
{
  Label *l = g_hash_table_lookup (ls->labels, name);

  if (l == NULL)
    return NULL;
  l->used = TRUE;
  for (; b != NULL; b = b->parent)
    if (l->lstmt == b->lstmt)
      return l->lstmt;
  return invalid;
}

static gboolean
is_loop (MlNode *s)
{
  return s->kind == ML_NODE_FOR_STMT || s->kind == ML_NODE_RANGE_STMT;
}

static gboolean
is_breakable (MlNode *s)
{
  return is_loop (s) || s->kind == ML_NODE_SWITCH_STMT || s->kind == ML_NODE_TYPE_SWITCH_STMT
         || s->kind == ML_NODE_SELECT_STMT;
}

/* The names of an assignment's left side, as gc prints the expression. */
static char *
lhs_string (MlNode *s)
{
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < s->list.n; i++)
    {
      MlNode *x = s->list.items[i];

      if (i > 0)
        g_string_append (out, ", ");
      g_string_append (out, x->kind == ML_NODE_IDENT && x->name != NULL ? x->name : "_");
    }
  return g_string_free (out, FALSE);
}

static void
labelled_branch (LabelScope *ls,
                 Block      *b,
                 MlNode     *s,
                 GPtrArray  *fwd)
{
  MlNode invalid = { 0 };
  MlNode *t;

  if (s->op == ML_TOK_GOTO)
    {
      /* A label may come later: the goto waits for it. */
      if (goto_target (ls, b, s->name) == NULL)
        g_ptr_array_add (fwd, s);
      return;
    }
  t = enclosing_target (ls, b, s->name, &invalid);
  if (s->op == ML_TOK_BREAK)
    {
      if (t == NULL)
        ml_check_error_at (ls->c, s->pos2, "break label not defined: %s", s->name);
      else if (t == &invalid || !is_breakable (t->x))
        ml_check_error_at (ls->c, s->pos2, "invalid break label %s", s->name);
    }
  else if (s->op == ML_TOK_CONTINUE)
    {
      if (t == NULL)
        ml_check_error_at (ls->c, s->pos2, "continue label not defined: %s", s->name);
      else if (t == &invalid || !is_loop (t->x))
        ml_check_error_at (ls->c, s->pos2, "invalid continue label %s", s->name);
    }
}

/* The statements of one block: what gc's blockBranches does for each. */
typedef struct
{
  LabelScope *ls;
  Block      *b;
  GPtrArray  *fwd;       /* forward gotos not resolved yet */
  GPtrArray  *bad;       /* those that a variable declaration came after */
  MlPos       var_pos;
  char       *var_name;
} BlockState;

static void
record_var_decl (BlockState *st,
                 MlPos       pos,
                 char       *name)
{
  st->var_pos = pos;
  g_free (st->var_name);
  st->var_name = name;
  g_ptr_array_set_size (st->bad, 0);
  for (guint i = 0; i < st->fwd->len; i++)
    g_ptr_array_add (st->bad, g_ptr_array_index (st->fwd, i));
}

static void
inner_block (BlockState *st,
             MlNode     *lstmt,
             MlPos       start,
             MlNode    **body,
             guint       n_body)
{
  g_autoptr(GPtrArray) inner = block_branches (st->ls, st->b, lstmt, start, body, n_body);

  for (guint i = 0; i < inner->len; i++)
    g_ptr_array_add (st->fwd, g_ptr_array_index (inner, i));
}

static void
resolve_label (BlockState *st,
               MlNode     *s)
{
  Label *l = declare (st->ls, st->b, s);
  guint k = 0;

  for (guint i = 0; i < st->fwd->len; i++)
    {
      MlNode *g = g_ptr_array_index (st->fwd, i);

      if (strcmp (g->name, s->name) != 0)
        {
          g_ptr_array_index (st->fwd, k++) = g;
          continue;
        }
      l->used = TRUE;
      if (st->var_pos.line != 0 && g_ptr_array_find (st->bad, g, NULL))
        ml_check_error_at (st->ls->c, g->pos2,
                           "goto %s jumps over declaration of %s at \x01:%u:%u", s->name,
                           st->var_name, st->var_pos.line, st->var_pos.col);
    }
  g_ptr_array_set_size (st->fwd, k);
}

static GPtrArray *
block_branches (LabelScope *ls,
                Block      *parent,
                MlNode     *lstmt,
                MlPos       start,
                MlNode    **body,
                guint       n_body)
{
  Block *b = g_new0 (Block, 1);
  g_autoptr(GPtrArray) bad = g_ptr_array_new ();
  BlockState st = { ls, b, g_ptr_array_new (), bad, { 0, 0 }, NULL };

  b->parent = parent;
  b->start = start;
  b->lstmt = lstmt;
  g_ptr_array_add (ls->blocks, b);
  for (guint i = 0; i < n_body; i++)
    {
      MlNode *s = body[i];

      lstmt = NULL;
      while (s != NULL && s->kind == ML_NODE_LABELED_STMT)
        {
          if (strcmp (s->name, "_") != 0)
            {
              resolve_label (&st, s);
              lstmt = s;
            }
          s = s->x;
        }
      if (s == NULL)
        continue;
      switch ((int) s->kind)
        {
        case ML_NODE_DECL_STMT:
          if (s->x != NULL && s->x->op == ML_TOK_VAR && s->x->list.n > 0
              && s->x->list.items[0]->list.n > 0)
            {
              MlNode *name = s->x->list.items[0]->list.items[0];

              record_var_decl (&st, name->pos, g_strdup (name->name));
            }
          break;
        case ML_NODE_ASSIGN_STMT:
          if (s->op == ML_TOK_DEFINE)
            record_var_decl (&st, s->pos, lhs_string (s));
          break;
        case ML_NODE_BRANCH_STMT:
          if (s->name != NULL)
            labelled_branch (ls, b, s, st.fwd);
          break;
        case ML_NODE_BLOCK:
          inner_block (&st, lstmt, s->pos, s->list.items, s->list.n);
          break;
        case ML_NODE_IF_STMT:
          if (s->z != NULL)
            inner_block (&st, lstmt, s->z->pos, s->z->list.items, s->z->list.n);
          if (s->w != NULL)
            inner_block (&st, lstmt, s->w->pos, &s->w, 1);
          break;
        case ML_NODE_FOR_STMT: case ML_NODE_RANGE_STMT:
          if (s->w != NULL)
            inner_block (&st, lstmt, s->w->pos, s->w->list.items, s->w->list.n);
          break;
        case ML_NODE_SWITCH_STMT: case ML_NODE_TYPE_SWITCH_STMT: case ML_NODE_SELECT_STMT:
          for (guint k = 0; k < s->list.n; k++)
            {
              MlNode *cc = s->list.items[k];

              inner_block (&st, lstmt, cc->pos, cc->list2.items, cc->list2.n);
            }
          break;
        default:
          break;
        }
    }
  g_free (st.var_name);
  return st.fwd;
}

/**
 * ml_check_branches:
 * @c: the checker
 * @body: a function's body (a BLOCK), or a notebook's top-level statements
 *
 * Reports gc's errors about labels and goto for one function body.
 */
void
ml_check_branches (MlChecker *c,
                   MlNode    *body)
{
  LabelScope ls = { c, g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_free),
                    g_ptr_array_new (), g_ptr_array_new_with_free_func (g_free) };
  g_autoptr(GPtrArray) fwd = NULL;

  if (body == NULL)
    return;
  fwd = block_branches (&ls, NULL, NULL, body->pos, body->list.items, body->list.n);
  /* Gotos still unresolved: their label is not defined, or only inside a block. */
  for (guint i = 0; i < fwd->len; i++)
    {
      MlNode *g = g_ptr_array_index (fwd, i);
      Label *l = g_hash_table_lookup (ls.labels, g->name);

      if (l != NULL)
        {
          l->used = TRUE;
          ml_check_error_at (c, g->pos2, "goto %s jumps into block starting at \x01:%u:%u",
                             g->name, l->parent->start.line, l->parent->start.col);
        }
      else
        ml_check_error_at (c, g->pos2, "label %s not defined", g->name);
    }
  /* spec: "It is illegal to define a label that is never used." */
  for (guint i = 0; i < ls.order->len; i++)
    {
      Label *l = g_ptr_array_index (ls.order, i);

      if (!l->used)
        ml_check_error_at (c, l->lstmt->pos, "label %s defined and not used", l->lstmt->name);
    }
  g_ptr_array_unref (ls.order);
  g_ptr_array_unref (ls.blocks);
  g_hash_table_unref (ls.labels);
}
