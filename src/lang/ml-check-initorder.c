/* ml-check-initorder.c
 *
 * Copyright 2026 The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The initialization order of a package's variables (types2's initorder.go): the package-level
 * constants, variables and functions each depend on those their initializer or body refers
 * to; with the functions taken out of the graph, the variables are initialized by fewest
 * pending dependencies, then in source order, and a node still waiting for another when its
 * turn comes is part of an initialization cycle, reported as types2 reports it ("initialization
 * cycle for x" with a "refers to" line per step).  It is a pass of its own after the checking,
 * over the syntax tree the checker annotated, so that a dependency through a function is found
 * wherever the function is.
 */

#define G_LOG_DOMAIN "ml-check"

#include "config.h"

#include "ml-check-private.h"

typedef struct _InitNode InitNode;
struct _InitNode
{
  MlObject   *obj;
  MlNode     *spec;    /* a variable's VALUE_SPEC */
  gboolean    is_func;
  GPtrArray  *deps;    /* InitNode *, as found */
  GHashTable *pred;    /* the nodes that depend on this one */
  GHashTable *succ;    /* the nodes this one depends on */
  guint       ndeps;
  gboolean    done;
};

typedef struct
{
  GHashTable *by_obj;  /* MlObject * -> InitNode * */
  GPtrArray  *nodes;   /* in source order */
} InitGraph;

static void
init_node_free (InitNode *n)
{
  g_ptr_array_unref (n->deps);
  g_hash_table_unref (n->pred);
  g_hash_table_unref (n->succ);
  g_free (n);
}

static InitNode *
add_node (InitGraph *g,
          MlObject  *obj,
          MlNode    *spec,
          gboolean   is_func)
{
  InitNode *n;

  if (obj == NULL || g_hash_table_contains (g->by_obj, obj))
    return NULL;
  n = g_new0 (InitNode, 1);
  n->obj = obj;
  n->spec = spec;
  n->is_func = is_func;
  n->deps = g_ptr_array_new ();
  n->pred = g_hash_table_new (NULL, NULL);
  n->succ = g_hash_table_new (NULL, NULL);
  g_hash_table_insert (g->by_obj, obj, n);
  g_ptr_array_add (g->nodes, n);
  return n;
}

/* types2's addDeclDep for every name in @n that stands for a package-level constant, variable,
 * function or method (a method through its selector). */
static void
collect_deps (InitGraph *g,
              InitNode  *from,
              MlNode    *n)
{
  InitNode *to;

  if (n == NULL)
    return;
  if ((n->kind == ML_NODE_IDENT || n->kind == ML_NODE_SELECTOR) && n->obj != NULL
      && (to = g_hash_table_lookup (g->by_obj, n->obj)) != NULL)
    {
      if (!g_ptr_array_find (from->deps, to, NULL))
        g_ptr_array_add (from->deps, to);
    }
  collect_deps (g, from, n->x);
  collect_deps (g, from, n->y);
  collect_deps (g, from, n->z);
  collect_deps (g, from, n->w);
  for (guint i = 0; i < n->list.n; i++)
    collect_deps (g, from, n->list.items[i]);
  for (guint i = 0; i < n->list2.n; i++)
    collect_deps (g, from, n->list2.items[i]);
}

/* The package's constants, variables and functions with their dependencies. */
static void
build_graph (MlChecker *c,
             InitGraph *g)
{
  MlFile *file = c->file;

  for (guint i = 0; i < file->decls.n; i++)
    {
      MlNode *d = file->decls.items[i];

      if (d->kind == ML_NODE_FUNC_DECL)
        {
          MlFunc *fn = g_hash_table_lookup (c->prog->func_by_node, d);

          add_node (g, fn != NULL ? fn->object : NULL, NULL, TRUE);
        }
      else if (d->kind == ML_NODE_GEN_DECL && (d->op == ML_TOK_VAR || d->op == ML_TOK_CONST))
        for (guint s = 0; s < d->list.n; s++)
          {
            MlNode *spec = d->list.items[s];

            for (guint k = 0; k < spec->list.n; k++)
              add_node (g, spec->list.items[k]->obj, spec, FALSE);
          }
    }
  for (guint i = 0; i < g->nodes->len; i++)
    {
      InitNode *n = g_ptr_array_index (g->nodes, i);
      MlNode *decl = n->is_func ? n->obj->decl : n->spec;

      if (n->is_func)
        {
          collect_deps (g, n, decl->x);
          collect_deps (g, n, decl->y);
          collect_deps (g, n, decl->z);
          continue;
        }
      collect_deps (g, n, decl->x);
      for (guint k = 0; k < decl->list.n; k++)
        if (decl->list.items[k]->obj == n->obj)
          {
            /* Each variable of "var a, b = x, y" has its own value; all of "a, b = f()"
             * share one. */
            if (k < decl->list2.n && decl->list2.n == decl->list.n)
              collect_deps (g, n, decl->list2.items[k]);
            else if (decl->list2.n == 1)
              collect_deps (g, n, decl->list2.items[0]);
            else if (k < decl->list2.n)
              collect_deps (g, n, decl->list2.items[k]);
          }
    }
}

/* types2's dependencyGraph: edges both ways, then every function taken out, its
 * predecessors made to depend on its successors directly. */
static void
link_graph (InitGraph *g)
{
  for (guint i = 0; i < g->nodes->len; i++)
    {
      InitNode *n = g_ptr_array_index (g->nodes, i);

      for (guint k = 0; k < n->deps->len; k++)
        {
          InitNode *d = g_ptr_array_index (n->deps, k);

          g_hash_table_add (n->succ, d);
          g_hash_table_add (d->pred, n);
        }
    }
  for (guint i = 0; i < g->nodes->len; i++)
    {
      InitNode *n = g_ptr_array_index (g->nodes, i);
      GHashTableIter pi, si;
      gpointer p, s;

      if (!n->is_func)
        continue;
      g_hash_table_iter_init (&pi, n->pred);
      while (g_hash_table_iter_next (&pi, &p, NULL))
        {
          InitNode *pn = p;

          if (pn == n)
            continue;
          g_hash_table_iter_init (&si, n->succ);
          while (g_hash_table_iter_next (&si, &s, NULL))
            if (s != n)
              {
                g_hash_table_add (pn->succ, s);
                g_hash_table_add (((InitNode *) s)->pred, pn);
              }
          g_hash_table_remove (pn->succ, n);
        }
      g_hash_table_iter_init (&si, n->succ);
      while (g_hash_table_iter_next (&si, &s, NULL))
        g_hash_table_remove (((InitNode *) s)->pred, n);
    }
  for (guint i = 0; i < g->nodes->len; i++)
    {
      InitNode *n = g_ptr_array_index (g->nodes, i);

      n->ndeps = g_hash_table_size (n->succ);
    }
}

/* types2's findPath: the objects from @from back to @to through the dependencies, in source
 * order of the dependencies tried, reversed ([to, ..., from]); NULL if there is none. */
static GPtrArray *
find_path (InitNode   *from,
           InitNode   *to,
           GHashTable *seen)
{
  g_autoptr(GPtrArray) deps = NULL;

  if (g_hash_table_contains (seen, from))
    return NULL;
  g_hash_table_add (seen, from);
  deps = g_ptr_array_copy (from->deps, NULL, NULL);
  for (guint i = 0; i < deps->len; i++)
    for (guint j = i + 1; j < deps->len; j++)
      {
        InitNode *a = g_ptr_array_index (deps, i), *b = g_ptr_array_index (deps, j);

        if (ml_pos_compare (b->obj->pos, a->obj->pos) < 0)
          {
            deps->pdata[i] = b;
            deps->pdata[j] = a;
          }
      }
  for (guint i = 0; i < deps->len; i++)
    {
      InitNode *d = g_ptr_array_index (deps, i);
      GPtrArray *path;

      if (d == to)
        {
          path = g_ptr_array_new ();
          g_ptr_array_add (path, d);
          return path;
        }
      path = find_path (d, to, seen);
      if (path != NULL)
        {
          g_ptr_array_add (path, d);
          return path;
        }
    }
  return NULL;
}

/* types2's reportCycle: "x refers to itself", or the cycle step by step. */
static void
report_cycle (MlChecker *c,
              GPtrArray *cycle)
{
  InitNode *first = g_ptr_array_index (cycle, 0);
  MlObject *obj = first->obj;
  GString *msg;

  if (cycle->len == 1)
    {
      ml_check_error_at (c, obj->pos, "initialization cycle: %s refers to itself", obj->name);
      return;
    }
  msg = g_string_new (NULL);
  g_string_append_printf (msg, "initialization cycle for %s", obj->name);
  for (guint j = cycle->len; j-- > 0;)
    {
      MlObject *next = ((InitNode *) g_ptr_array_index (cycle, j))->obj;

      g_string_append_printf (msg, "\n\t\x01:%u:%u: %s refers to %s", obj->pos.line, obj->pos.col,
                              obj->name, next->name);
      obj = next;
    }
  ml_check_error_at (c, first->obj->pos, "%s", msg->str);
  g_string_free (msg, TRUE);
}

/* Records that @n's variable is initialized now: "a, b = f()" once for all its variables,
 * each variable of "var a, b = x, y" on its own (as a declaration of that one variable). */
static void
record_init (MlChecker *c,
             InitNode  *n)
{
  MlNode *spec = n->spec, *one;

  if (spec->list.n == 1 || spec->list.n != spec->list2.n)
    {
      if (!g_ptr_array_find (c->prog->init_order, spec, NULL))
        g_ptr_array_add (c->prog->init_order, spec);
      return;
    }
  for (guint k = 0; k < spec->list.n; k++)
    if (spec->list.items[k]->obj == n->obj)
      {
        one = ml_arena_memdup (c->arena, spec, sizeof *spec);
        one->list.items = spec->list.items + k;
        one->list.n = 1;
        one->list2.items = spec->list2.items + k;
        one->list2.n = 1;
        g_ptr_array_add (c->prog->init_order, one);
        return;
      }
}

/* types2's nodeQueue order: constants first, then fewest pending dependencies, then source
 * order. */
static gboolean
comes_first (InitNode *a,
             InitNode *b)
{
  gboolean ac = a->obj->kind == ML_OBJ_CONST, bc = b->obj->kind == ML_OBJ_CONST;

  if (ac != bc)
    return ac;
  if (a->ndeps != b->ndeps)
    return a->ndeps < b->ndeps;
  return ml_pos_compare (a->obj->pos, b->obj->pos) < 0;
}

/* Checks the package's initialization order and records it: c->prog->init_order holds the
 * VALUE_SPECs of its variables with values, in the order they run. */
void
ml_check_init_order (MlChecker *c)
{
  InitGraph g;
  guint left = 0;

  g.by_obj = g_hash_table_new (NULL, NULL);
  g.nodes = g_ptr_array_new_with_free_func ((GDestroyNotify) init_node_free);
  build_graph (c, &g);
  link_graph (&g);
  for (guint i = 0; i < g.nodes->len; i++)
    left += !((InitNode *) g_ptr_array_index (g.nodes, i))->is_func;
  for (; left > 0; left--)
    {
      InitNode *n = NULL;
      GHashTableIter it;
      gpointer p;

      for (guint i = 0; i < g.nodes->len; i++)
        {
          InitNode *m = g_ptr_array_index (g.nodes, i);

          if (!m->is_func && !m->done && (n == NULL || comes_first (m, n)))
            n = m;
        }
      n->done = TRUE;
      if (n->ndeps > 0)
        {
          g_autoptr(GHashTable) seen = g_hash_table_new (NULL, NULL);
          g_autoptr(GPtrArray) cycle = find_path (n, n, seen);

          /* A node that only leads into a cycle is not in it; the cycle is reported when
           * its first node comes. */
          if (cycle != NULL)
            report_cycle (c, cycle);
        }
      g_hash_table_iter_init (&it, n->pred);
      while (g_hash_table_iter_next (&it, &p, NULL))
        if (((InitNode *) p)->ndeps > 0)
          ((InitNode *) p)->ndeps--;
      if (n->obj->kind == ML_OBJ_VAR && n->spec->list2.n > 0)
        record_init (c, n);
    }
  g_ptr_array_unref (g.nodes);
  g_hash_table_unref (g.by_obj);
}
