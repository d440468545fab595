/* ml-escape.c
 *
 * Copyright 2026 The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/*
 * Escape analysis, modelled on gc's cmd/compile/internal/escape.
 *
 * Every variable and every allocation site (new, make, &T{}, slice and map
 * literals, closures, interface conversions, string concatenation, the
 * "..." slice of a variadic call, append) is a location.  Evaluating an
 * expression into a "hole" adds an edge to the hole's location with a
 * dereference count: -1 when the address of the source flows (&x), +1
 * when what it points to flows (*p), 0 for a copy.  The analysis then
 * walks the graph backwards from every location, computing the minimal
 * dereference count of each source; a location whose address (count < 0)
 * reaches a location that outlives it (the heap, a result, a variable of
 * an outer loop or function) must be heap allocated and becomes a root
 * itself.  Parameters that reach the heap or a result get leak tags, which
 * calls to the function apply to their arguments.  Functions are analysed
 * callees first.  Each verdict keeps the path that explains it, printed
 * the way "go build -gcflags=-m=2" prints it.
 */

#define G_LOG_DOMAIN "ml-escape"

#include "config.h"

#include <string.h>

#include "ml-diagnostic.h"
#include "ml-escape.h"
#include "ml-lexer-private.h"

/* cmd/compile/internal/ir/cfg.go, Go 1.24+. */
#define MAX_STACK_VAR_SIZE          (128 * 1024)
#define MAX_IMPLICIT_STACK_VAR_SIZE (64 * 1024)
#define MAX_RESULTS 8

typedef struct _Loc  Loc;
typedef struct _Note Note;

struct _Note
{
  const char *why;
  MlNode     *where;
  MlPos       pos;
  Note       *next;
};

typedef struct
{
  Loc  *src;
  int   derefs;
  Note *notes;
} Edge;

typedef enum
{
  LOC_VAR,
  LOC_ALLOC,
  LOC_HEAP,
} LocKind;

struct _Loc
{
  LocKind    kind;
  MlObject  *var;
  MlNode    *node;
  MlPos      pos;
  char      *name;
  MlFunc    *fn;
  int        loop_depth;
  GArray    *edges;
  gboolean   escapes;
  gboolean   is_param;
  gboolean   is_result;
  gboolean   zero_copy;
  MlObject  *zero_copy_var;
  const char *heap_reason;

  /* Walk state. */
  guint      walkgen;
  int        derefs;
  Loc       *dst;
  guint      dst_edge;
  gboolean   queued;

  /* Leaks of a parameter: minimal derefs to the heap and to each result,
   * or -1 if it does not get there. */
  int        leak_heap;
  int        leak_result[MAX_RESULTS];

  GPtrArray *steps;
};

typedef struct
{
  Loc     *dst;
  int      derefs;
  Note    *notes;
} Hole;

/* The leak summary of one parameter, as gc encodes it in a param tag. */
typedef struct
{
  gboolean known;
  int      heap;
  int      result[MAX_RESULTS];
} Tag;

typedef struct
{
  MlFunc  *fn;
  Tag     *params;   /* receiver first if any */
  guint    n_params;
  gboolean done;
  gboolean in_progress;
} FuncInfo;

struct _MlEscapeResult
{
  MlProgram  *program;
  GPtrArray  *notes;
  GHashTable *by_var;
  GHashTable *by_node;
};

typedef struct
{
  MlProgram  *prog;
  char       *display;
  GPtrArray  *locs;
  GPtrArray  *all_notes;   /* Note memory */
  GPtrArray  *temp_nodes;  /* synthetic nodes notes may point at */
  GHashTable *mutated;     /* variables written through an index */
  GHashTable *per_iter;    /* 3-clause loop variables the body never assigns */
  GHashTable *var_locs;    /* MlObject -> Loc */
  GHashTable *funcs;       /* MlFunc -> FuncInfo */
  GHashTable *func_by_obj; /* MlObject (func) -> MlFunc */
  Loc        *heap;
  MlFunc     *fn;          /* function being walked */
  MlFunc     *batch_fn;    /* top-level function of the current batch */
  int         loop_depth;
  GPtrArray  *batch_locs;  /* locations of the current batch */
  MlEscapeResult *result;
} Escape;

static void expr   (Escape *e, Hole k, MlNode *n);
static void append_ir (GString *out, MlNode *n);
static void expr_to_iface (Escape *e, Hole k, MlNode *arg);
static gboolean func_contains (MlFunc *outer, MlFunc *inner);
static MlEscapeNote *add_note (Escape *e, MlPos pos, char *message, MlEscapePlace place,
                               MlObject *var, MlNode *node, const char *reason, GPtrArray *steps);
static void stmt   (Escape *e, MlNode *n);
static void analyze_func (Escape *e, MlFunc *fn);

/* --- Printing nodes the way gc's ir prints them ---------------------------- */

static void
append_const (GString *out,
              MlConst *v)
{
  g_autofree char *s = ml_const_to_string (v);

  g_string_append (out, s);
}

static gboolean
is_static_const_var (MlObject *o)
{
  /* gc's ir.StaticValue: a local defined once and never reassigned nor
   * address-taken stands for its initial value. */
  if (o == NULL || o->kind != ML_OBJ_VAR || o->init == NULL)
    return FALSE;
  if (o->flags & (ML_OBJ_FLAG_GLOBAL | ML_OBJ_FLAG_REASSIGNED | ML_OBJ_FLAG_ADDR_TAKEN
                  | ML_OBJ_FLAG_PARAM | ML_OBJ_FLAG_RESULT))
    return FALSE;
  return o->init->mode == ML_MODE_CONSTANT && o->init->cval != NULL;
}

/* gc prints a constant of a default type as its value, others as T(v). */
static void
append_typed_const (GString *out,
                    MlConst *v,
                    MlType  *t)
{
  gboolean plain = t == NULL || ml_type_is_untyped (t)
                   || (t->kind != ML_TYPE_NAMED
                       && (t->kind == ML_TYPE_INT || t->kind == ML_TYPE_FLOAT64
                           || t->kind == ML_TYPE_STRING || t->kind == ML_TYPE_BOOL
                           || (t->kind == ML_TYPE_INT32 && g_strcmp0 (t->name, "rune") == 0)));

  if (plain)
    {
      append_const (out, v);
      return;
    }
  ml_type_append_string (out, t);
  g_string_append_c (out, '(');
  append_const (out, v);
  g_string_append_c (out, ')');
}

static void
append_method_call (GString *out,
                    MlNode  *n)
{
  MlNode *sel = ml_node_unparen (n->x);
  MlObject *m = sel->obj;
  MlType *rt = sel->x->type;
  MlType *base = rt && rt->kind == ML_TYPE_POINTER ? rt->elem : rt;

  if (m->pointer_recv)
    {
      g_string_append (out, "(*");
      ml_type_append_string (out, base);
      g_string_append (out, ").");
    }
  else
    {
      ml_type_append_string (out, base);
      g_string_append_c (out, '.');
    }
  g_string_append (out, m->name);
  g_string_append_c (out, '(');
  append_ir (out, sel->x);
  for (guint i = 0; i < n->list.n; i++)
    {
      g_string_append (out, ", ");
      append_ir (out, n->list.items[i]);
    }
  g_string_append_c (out, ')');
}

static void
append_ir (GString *out,
           MlNode  *n)
{
  if (n == NULL)
    return;
  if (n->mode == ML_MODE_CONSTANT && n->cval != NULL)
    {
      append_typed_const (out, n->cval, n->type);
      return;
    }
  switch (n->kind)
    {
    case ML_NODE_IDENT:
      g_string_append (out, n->name);
      break;
    case ML_NODE_BASIC_LIT:
      if (n->cval != NULL)
        append_const (out, n->cval);
      else
        g_string_append (out, n->name);
      break;
    case ML_NODE_PAREN:
      append_ir (out, n->x);
      break;
    case ML_NODE_COMPOSITE_LIT:
      if (n->type != NULL)
        ml_type_append_string (out, n->type);
      g_string_append (out, n->list.n > 0 ? "{...}" : "{}");
      break;
    case ML_NODE_FUNC_LIT:
      g_string_append (out, "func literal");
      break;
    case ML_NODE_SELECTOR:
      append_ir (out, n->x);
      g_string_append_c (out, '.');
      g_string_append (out, n->name);
      break;
    case ML_NODE_INDEX:
      append_ir (out, n->x);
      g_string_append_c (out, '[');
      append_ir (out, n->y);
      g_string_append_c (out, ']');
      break;
    case ML_NODE_SLICE_EXPR:
      append_ir (out, n->x);
      g_string_append_c (out, '[');
      append_ir (out, n->y);
      g_string_append_c (out, ':');
      append_ir (out, n->z);
      if (n->flags & ML_NODE_FLAG_FULL_SLICE)
        {
          g_string_append_c (out, ':');
          append_ir (out, n->w);
        }
      g_string_append_c (out, ']');
      break;
    case ML_NODE_CALL:
      if (n->x->mode == ML_MODE_TYPEXPR)
        {
          MlType *t = n->type;
          gboolean paren = t != NULL && (t->kind == ML_TYPE_SLICE || t->kind == ML_TYPE_POINTER
                                         || t->kind == ML_TYPE_ARRAY || t->kind == ML_TYPE_MAP
                                         || t->kind == ML_TYPE_FUNC);

          if (paren)
            g_string_append_c (out, '(');
          ml_type_append_string (out, t);
          if (paren)
            g_string_append_c (out, ')');
        }
      else if (n->x->kind == ML_NODE_IDENT && n->x->obj != NULL && n->x->obj->kind == ML_OBJ_BUILTIN
               && (n->x->obj->builtin == ML_BUILTIN_MAKE || n->x->obj->builtin == ML_BUILTIN_NEW))
        {
          g_string_append (out, n->x->name);
          g_string_append_c (out, '(');
          for (guint i = 0; i < n->list.n; i++)
            {
              if (i > 0)
                g_string_append (out, ", ");
              if (i == 0 && n->list.items[0]->mode == ML_MODE_TYPEXPR)
                ml_type_append_string (out, n->list.items[0]->type);
              else if (n->list.items[i]->kind == ML_NODE_IDENT && is_static_const_var (n->list.items[i]->obj))
                append_typed_const (out, n->list.items[i]->obj->init->cval, n->list.items[i]->obj->type);
              else
                append_ir (out, n->list.items[i]);
            }
          g_string_append_c (out, ')');
          break;
        }
      else if (ml_node_unparen (n->x)->kind == ML_NODE_SELECTOR && ml_node_unparen (n->x)->obj != NULL
               && ml_node_unparen (n->x)->obj->kind == ML_OBJ_FUNC
               && ml_node_unparen (n->x)->x->mode != ML_MODE_PACKAGE)
        {
          append_method_call (out, n);
          break;
        }
      else
        append_ir (out, n->x);
      g_string_append_c (out, '(');
      for (guint i = 0; i < n->list.n; i++)
        {
          if (i > 0)
            g_string_append (out, ", ");
          append_ir (out, n->list.items[i]);
        }
      if (n->flags & ML_NODE_FLAG_DOTS)
        g_string_append (out, "...");
      g_string_append_c (out, ')');
      break;
    case ML_NODE_STAR:
      g_string_append_c (out, '*');
      append_ir (out, n->x);
      break;
    case ML_NODE_UNARY:
      if (n->op == ML_TOK_AND && ml_node_unparen (n->x)->kind == ML_NODE_COMPOSITE_LIT)
        {
          MlNode *lit = ml_node_unparen (n->x);

          g_string_append_c (out, '&');
          if (lit->type != NULL)
            ml_type_append_string (out, lit->type);
          g_string_append (out, lit->list.n > 0 ? "{...}" : "{}");
          break;
        }
      g_string_append (out, ml_token_to_string (n->op));
      append_ir (out, n->x);
      break;
    case ML_NODE_BINARY:
      if (n->mode == ML_MODE_CONSTANT && n->cval != NULL)
        {
          append_const (out, n->cval);
          break;
        }
      append_ir (out, n->x);
      g_string_append_c (out, ' ');
      g_string_append (out, ml_token_to_string (n->op));
      g_string_append_c (out, ' ');
      append_ir (out, n->y);
      break;
    case ML_NODE_BAD: case ML_NODE_KEY_VALUE: case ML_NODE_TYPE_ASSERT: case ML_NODE_ARRAY_TYPE:
    case ML_NODE_MAP_TYPE: case ML_NODE_CHAN_TYPE: case ML_NODE_STRUCT_TYPE:
    case ML_NODE_INTERFACE_TYPE: case ML_NODE_FUNC_TYPE: case ML_NODE_FIELD: case ML_NODE_ELLIPSIS:
    case ML_NODE_EMPTY_STMT: case ML_NODE_DECL_STMT: case ML_NODE_LABELED_STMT:
    case ML_NODE_EXPR_STMT: case ML_NODE_SEND_STMT: case ML_NODE_INC_DEC_STMT:
    case ML_NODE_ASSIGN_STMT: case ML_NODE_GO_STMT: case ML_NODE_DEFER_STMT:
    case ML_NODE_RETURN_STMT: case ML_NODE_BRANCH_STMT: case ML_NODE_BLOCK: case ML_NODE_IF_STMT:
    case ML_NODE_CASE_CLAUSE: case ML_NODE_SWITCH_STMT: case ML_NODE_TYPE_SWITCH_STMT:
    case ML_NODE_SELECT_STMT: case ML_NODE_FOR_STMT: case ML_NODE_RANGE_STMT:
    case ML_NODE_IMPORT_SPEC: case ML_NODE_VALUE_SPEC: case ML_NODE_TYPE_SPEC:
    case ML_NODE_DIRECTIVE_STMT:
    case ML_NODE_GEN_DECL: case ML_NODE_FUNC_DECL: case ML_N_NODE_KINDS:
    default:
      ml_node_append_string (out, n);
      break;
    }
}

static char *
ir_string (MlNode *n)
{
  GString *out = g_string_new (NULL);

  append_ir (out, n);
  return g_string_free (out, FALSE);
}

/* --- Locations and holes -------------------------------------------------- */

static Loc *
new_loc (Escape    *e,
         LocKind    kind,
         MlObject  *var,
         MlNode    *node,
         const char *name)
{
  Loc *l = g_new0 (Loc, 1);

  l->kind = kind;
  l->var = var;
  l->node = node;
  l->name = g_strdup (name);
  l->fn = e->fn;
  l->loop_depth = e->loop_depth;
  l->edges = g_array_new (FALSE, FALSE, sizeof (Edge));
  l->leak_heap = -1;
  for (guint i = 0; i < MAX_RESULTS; i++)
    l->leak_result[i] = -1;
  g_ptr_array_add (e->locs, l);
  if (e->batch_locs != NULL)
    g_ptr_array_add (e->batch_locs, l);
  return l;
}

static void
loc_free (Loc *l)
{
  g_array_unref (l->edges);
  g_free (l->name);
  if (l->steps != NULL)
    g_ptr_array_unref (l->steps);
  g_free (l);
}

static Loc *
var_loc (Escape   *e,
         MlObject *o)
{
  Loc *l;

  if (o == NULL || o->kind != ML_OBJ_VAR || (o->flags & ML_OBJ_FLAG_GLOBAL))
    return NULL;
  l = g_hash_table_lookup (e->var_locs, o);
  if (l == NULL)
    {
      l = new_loc (e, LOC_VAR, o, NULL, o->name);
      l->pos = o->pos;
      if (o->func != NULL)
        {
          MlFunc *fn = ml_program_lookup_func (e->prog, o->func);

          if (fn != NULL)
            l->fn = fn;
        }
      l->is_param = (o->flags & ML_OBJ_FLAG_PARAM) != 0;
      l->is_result = (o->flags & ML_OBJ_FLAG_RESULT) != 0;
      if (l->is_param || l->is_result)
        l->loop_depth = 0;
      g_hash_table_insert (e->var_locs, o, l);
      /* Explicit variables larger than 128 KiB live on the heap (Go 1.24+). */
      if (!l->is_param && !l->is_result && o->type != NULL
          && ml_type_sizeof (o->type) > MAX_STACK_VAR_SIZE)
        {
          l->escapes = TRUE;
          l->heap_reason = "too large for stack";
        }
    }
  return l;
}

static Note *
note_new (Escape     *e,
          MlNode     *where,
          const char *why,
          Note       *next)
{
  Note *n = g_new0 (Note, 1);

  n->why = why;
  n->where = where;
  n->pos = where ? where->pos : (MlPos) { 0, 0 };
  n->next = next;
  g_ptr_array_add (e->all_notes, n);
  return n;
}

static Hole
hole_of (Loc *l)
{
  Hole h = { l, 0, NULL };

  return h;
}

static Hole
discard_hole (void)
{
  Hole h = { NULL, 0, NULL };

  return h;
}

static Hole
heap_hole (Escape *e)
{
  return hole_of (e->heap);
}

static Hole
hole_note (Escape     *e,
           Hole        k,
           MlNode     *where,
           const char *why)
{
  if (k.dst != NULL)
    k.notes = note_new (e, where, why, k.notes);
  return k;
}

static Hole
hole_shift (Escape     *e,
            Hole        k,
            int         delta,
            MlNode     *where,
            const char *why)
{
  k.derefs += delta;
  return hole_note (e, k, where, why);
}

static void
flow (Escape *e,
      Hole    k,
      Loc    *src)
{
  Edge edge;

  if (k.dst == NULL || src == NULL)
    return;
  if (k.dst == src && k.derefs >= 0)
    return;
  edge.src = src;
  edge.derefs = k.derefs;
  edge.notes = k.notes;
  g_array_append_val (k.dst->edges, edge);
}

/* An allocation: its address flows into k; returns a hole for its contents. */
static Hole
spill (Escape     *e,
       Hole        k,
       MlNode     *n,
       const char *name)
{
  g_autofree char *str = name ? g_strdup (name) : ir_string (n);
  g_autofree char *storage = g_strdup_printf ("{storage for %s}", str);
  Loc *l = new_loc (e, LOC_ALLOC, NULL, n, storage);

  flow (e, hole_shift (e, k, -1, n, "spill"), l);
  l->node = n;
  l->pos = n->pos;
  return hole_of (l);
}

static Loc *
hole_loc (Hole k)
{
  return k.dst;
}

/* --- Helpers --------------------------------------------------------------- */

static gboolean
is_direct_iface (MlType *t)
{
  MlType *u = ml_type_underlying (t);

  if (u == NULL)
    return FALSE;
  switch (u->kind)
    {
    case ML_TYPE_POINTER:
    case ML_TYPE_MAP:
    case ML_TYPE_CHAN:
    case ML_TYPE_FUNC:
    case ML_TYPE_UNSAFE_POINTER:
      return TRUE;
    case ML_TYPE_STRUCT:
      return u->n_fields == 1 && is_direct_iface (u->fields[0].type);
    case ML_TYPE_ARRAY:
      return u->len == 1 && is_direct_iface (u->elem);
    case ML_TYPE_INVALID: case ML_TYPE_BOOL: case ML_TYPE_INT: case ML_TYPE_INT8:
    case ML_TYPE_INT16: case ML_TYPE_INT32: case ML_TYPE_INT64: case ML_TYPE_UINT:
    case ML_TYPE_UINT8: case ML_TYPE_UINT16: case ML_TYPE_UINT32: case ML_TYPE_UINT64:
    case ML_TYPE_UINTPTR: case ML_TYPE_FLOAT32: case ML_TYPE_FLOAT64: case ML_TYPE_COMPLEX64:
    case ML_TYPE_COMPLEX128: case ML_TYPE_STRING: case ML_TYPE_UNTYPED_BOOL:
    case ML_TYPE_UNTYPED_INT: case ML_TYPE_UNTYPED_RUNE: case ML_TYPE_UNTYPED_FLOAT:
    case ML_TYPE_UNTYPED_STRING: case ML_TYPE_UNTYPED_NIL: case ML_TYPE_SLICE:
    case ML_TYPE_INTERFACE: case ML_TYPE_TUPLE: case ML_TYPE_NAMED:
    default:
      return FALSE;
    }
}

static MlFunc *
static_callee (Escape *e,
               MlNode *fun)
{
  MlNode *f = ml_node_unparen (fun);
  MlObject *o = f->obj;

  if (f->kind == ML_NODE_FUNC_LIT)
    return ml_program_lookup_func (e->prog, f);
  if (o == NULL)
    return NULL;
  if (o->kind == ML_OBJ_FUNC && o->decl != NULL)
    return ml_program_lookup_func (e->prog, o->decl);
  /* A local closure variable that is never reassigned calls its literal. */
  if (o->kind == ML_OBJ_VAR && o->init != NULL && !(o->flags & (ML_OBJ_FLAG_REASSIGNED | ML_OBJ_FLAG_ADDR_TAKEN | ML_OBJ_FLAG_GLOBAL))
      && ml_node_unparen (o->init)->kind == ML_NODE_FUNC_LIT)
    return ml_program_lookup_func (e->prog, ml_node_unparen (o->init));
  return NULL;
}

static FuncInfo *
func_info (Escape *e,
           MlFunc *fn)
{
  FuncInfo *fi = g_hash_table_lookup (e->funcs, fn);

  if (fi == NULL)
    {
      fi = g_new0 (FuncInfo, 1);
      fi->fn = fn;
      fi->n_params = fn->params->len + (fn->recv ? 1 : 0);
      fi->params = g_new0 (Tag, MAX (fi->n_params, 1));
      g_hash_table_insert (e->funcs, fn, fi);
    }
  return fi;
}

/* Flows an argument according to a parameter tag. */
static void
apply_tag (Escape  *e,
           Tag     *tag,
           Hole    *results,
           guint    n_results,
           MlNode  *call,
           MlNode  *arg,
           Hole     extra,
           gboolean iface)
{
  GPtrArray *holes = g_ptr_array_new ();
  Hole k = discard_hole ();
  Loc *tee;

  /* A tee location lets one value flow to several holes. */
  if (tag == NULL || !tag->known)
    {
      if (iface)
        expr_to_iface (e, hole_note (e, heap_hole (e), call, "call parameter"), arg);
      else
        expr (e, hole_note (e, heap_hole (e), call, "call parameter"), arg);
      g_ptr_array_unref (holes);
      return;
    }
  tee = new_loc (e, LOC_VAR, NULL, NULL, "{temp}");
  if (tag->heap >= 0)
    {
      Hole h = hole_shift (e, heap_hole (e), tag->heap, call, "call parameter");

      flow (e, h, tee);
    }
  for (guint i = 0; i < MAX_RESULTS && i < n_results; i++)
    if (tag->result[i] >= 0 && results[i].dst != NULL)
      flow (e, hole_shift (e, results[i], tag->result[i], call, "call parameter"), tee);
  if (extra.dst != NULL)
    flow (e, extra, tee);
  k = hole_of (tee);
  if (iface)
    expr_to_iface (e, k, arg);
  else
    expr (e, k, arg);
  g_ptr_array_unref (holes);
}

static gboolean
fmt_builtin (MlObject *o)
{
  return o != NULL && (o->flags & ML_OBJ_FLAG_PACKAGE_FUNC)
         && o->builtin >= ML_BUILTIN_FMT_PRINT && o->builtin <= ML_BUILTIN_FMT_ERRORF;
}

/* Evaluates an argument converted to an interface (fmt's ...any). */
static void
expr_to_iface (Escape *e,
               Hole    k,
               MlNode *arg)
{
  if (arg->type != NULL && !ml_type_is_interface (arg->type) && !is_direct_iface (arg->type))
    {
      MlNode *u = ml_node_unparen (arg);
      g_autofree char *name = NULL;

      /* gc's ir.StaticValue: a local defined once with a constant and
       * never reassigned is printed as that constant. */
      if (u->kind == ML_NODE_IDENT && is_static_const_var (u->obj))
        {
          GString *s = g_string_new (NULL);

          append_typed_const (s, u->obj->init->cval, u->obj->type);
          name = g_string_free (s, FALSE);
        }
      k = spill (e, k, arg, name);
      /* An implicit conversion of T(x) sits where x is, and gc meets the
       * conversion's own allocation first. */
      if (u->kind == ML_NODE_CALL && u->x->mode == ML_MODE_TYPEXPR && u->list.n == 1)
        {
          Loc *box = hole_loc (k);

          box->pos = u->list.items[0]->pos;
          expr (e, hole_note (e, k, arg, "interface-converted"), arg);
          if (e->batch_locs != NULL && g_ptr_array_remove (e->batch_locs, box))
            g_ptr_array_add (e->batch_locs, box);
          return;
        }
    }
  expr (e, hole_note (e, k, arg, "interface-converted"), arg);
}

static void
call (Escape *e,
      Hole   *ks,
      guint   n_ks,
      MlNode *n)
{
  MlNode *fun = ml_node_unparen (n->x);
  MlObject *fo = fun->obj;
  MlFunc *callee;
  Hole k0 = n_ks > 0 ? ks[0] : discard_hole ();

  /* Conversions. */
  if (fun->mode == ML_MODE_TYPEXPR)
    {
      MlNode *a = n->list.n > 0 ? n->list.items[0] : NULL;
      MlType *to = ml_type_underlying (n->type);
      MlType *from = a && a->type ? ml_type_underlying (a->type) : NULL;

      if (a == NULL)
        return;
      if (to != NULL && to->kind == ML_TYPE_INTERFACE && from && from->kind != ML_TYPE_INTERFACE)
        {
          if (!is_direct_iface (a->type))
            {
              k0 = spill (e, k0, n, NULL);
              /* gc positions an explicit conversion at its operand. */
              hole_loc (k0)->pos = a->pos;
            }
          expr (e, hole_note (e, k0, n, "interface-converted"), a);
          return;
        }
      if (from != NULL && to != NULL && n->mode != ML_MODE_CONSTANT
          && ((ml_type_is_string (from) && to->kind == ML_TYPE_SLICE)
              || (from->kind == ML_TYPE_SLICE && ml_type_is_string (to))))
        {
          Loc *l = hole_loc (spill (e, k0, n, NULL));

          /* []byte(s) sits at its operand, string(b) at its "(". */
          if (ml_type_is_string (from))
            {
              l->pos = a->pos;
              l->zero_copy = TRUE;
            }
          expr (e, discard_hole (), a);
          return;
        }
      if (from != NULL && to != NULL && n->mode != ML_MODE_CONSTANT
          && ml_type_is_integer (from) && ml_type_is_string (to))
        {
          /* string(rune) builds a new string. */
          spill (e, k0, n, NULL);
          expr (e, discard_hole (), a);
          return;
        }
      expr (e, k0, a);
      return;
    }

  if (fun->mode == ML_MODE_BUILTIN && fo != NULL)
    {
      MlNodeList *args = &n->list;

      switch (fo->builtin)
        {
        case ML_BUILTIN_NEW:
          {
            Hole c = spill (e, k0, n, NULL);

            if (args->n > 0 && args->items[0]->mode != ML_MODE_TYPEXPR)
              expr (e, c, args->items[0]);
            if (n->type && n->type->elem && ml_type_sizeof (n->type->elem) > MAX_IMPLICIT_STACK_VAR_SIZE)
              {
                hole_loc (c)->escapes = TRUE;
                hole_loc (c)->heap_reason = "too large for stack";
              }
          }
          return;
        case ML_BUILTIN_MAKE:
          {
            Hole c = spill (e, k0, n, NULL);
            MlType *u = ml_type_underlying (n->type);

            for (guint i = 1; i < args->n; i++)
              expr (e, discard_hole (), args->items[i]);
            if (u != NULL && u->kind == ML_TYPE_SLICE && args->n >= 2)
              {
                MlNode *sz = args->items[args->n - 1];
                gint64 esize = ml_type_sizeof (u->elem);
                gboolean is_const = sz->mode == ML_MODE_CONSTANT && sz->cval && sz->cval->kind == ML_CONST_INT;
                __int128 v = is_const ? sz->cval->i : 0;

                if (!is_const && sz->kind == ML_NODE_IDENT && is_static_const_var (sz->obj)
                    && sz->obj->init->cval->kind == ML_CONST_INT)
                  {
                    is_const = TRUE;
                    v = sz->obj->init->cval->i;
                  }
                if (is_const && esize > 0 && v > MAX_IMPLICIT_STACK_VAR_SIZE / esize)
                  {
                    hole_loc (c)->escapes = TRUE;
                    hole_loc (c)->heap_reason = "too large for stack";
                  }
              }
          }
          return;
        case ML_BUILTIN_APPEND:
          {
            Hole appendee;
            Loc *tee;
            MlType *u = args->n > 0 ? ml_type_underlying (args->items[0]->type) : NULL;
            gboolean ptrs = u != NULL && u->kind == ML_TYPE_SLICE && ml_type_has_pointers (u->elem);

            if (args->n == 0)
              return;
            /* The appendee flows to the result; a grown backing store is
             * an allocation at the append (Go 1.26 stack buffer). */
            tee = new_loc (e, LOC_VAR, NULL, NULL, "{temp}");
            flow (e, k0, tee);
            appendee = hole_of (tee);
            if (ptrs)
              {
                Loc *t2 = new_loc (e, LOC_VAR, NULL, NULL, "{temp}");

                flow (e, appendee, t2);
                flow (e, hole_shift (e, heap_hole (e), 1, n, "appendee slice"), t2);
                appendee = hole_of (t2);
              }
            expr (e, appendee, args->items[0]);
            if (n->flags & ML_NODE_FLAG_DOTS)
              {
                if (args->n > 1)
                  {
                    MlType *su = ml_type_underlying (args->items[1]->type);

                    if (su && su->kind == ML_TYPE_SLICE && ml_type_has_pointers (su->elem))
                      expr (e, hole_shift (e, heap_hole (e), 1, n, "appended slice..."), args->items[1]);
                    else
                      expr (e, discard_hole (), args->items[1]);
                  }
              }
            else
              for (guint i = 1; i < args->n; i++)
                expr (e, hole_note (e, heap_hole (e), n, "call parameter"), args->items[i]);
            /* The append buffer belongs to the whole function (Go 1.26's
             * stack buffer), whatever loop the append is in; gc meets it
             * after the arguments. */
            hole_loc (spill (e, hole_of (tee), n, "append"))->loop_depth = 0;
          }
          return;
        case ML_BUILTIN_COPY:
          if (args->n == 2 && ml_node_unparen (args->items[0])->kind == ML_NODE_IDENT
              && ml_node_unparen (args->items[0])->obj != NULL)
            g_hash_table_add (e->mutated, ml_node_unparen (args->items[0])->obj);
          if (args->n == 2)
            {
              MlType *su = ml_type_underlying (args->items[1]->type);

              expr (e, discard_hole (), args->items[0]);
              if (su && su->kind == ML_TYPE_SLICE && ml_type_has_pointers (su->elem))
                expr (e, hole_shift (e, heap_hole (e), 1, n, "copied slice"), args->items[1]);
              else
                expr (e, discard_hole (), args->items[1]);
            }
          return;
        case ML_BUILTIN_PANIC:
          if (args->n == 1)
            expr_to_iface (e, hole_note (e, heap_hole (e), n, "panic"), args->items[0]);
          return;
        case ML_BUILTIN_NONE: case ML_BUILTIN_CAP: case ML_BUILTIN_CLEAR: case ML_BUILTIN_CLOSE:
        case ML_BUILTIN_COMPLEX: case ML_BUILTIN_DELETE: case ML_BUILTIN_IMAG: case ML_BUILTIN_LEN:
        case ML_BUILTIN_MAX: case ML_BUILTIN_MIN: case ML_BUILTIN_PRINT: case ML_BUILTIN_PRINTLN:
        case ML_BUILTIN_REAL: case ML_BUILTIN_RECOVER: case ML_BUILTIN_UNSAFE_SIZEOF:
        case ML_BUILTIN_UNSAFE_ALIGNOF: case ML_BUILTIN_UNSAFE_OFFSETOF: case ML_BUILTIN_FMT_PRINT:
        case ML_BUILTIN_FMT_PRINTLN: case ML_BUILTIN_FMT_PRINTF: case ML_BUILTIN_FMT_SPRINT:
        case ML_BUILTIN_FMT_SPRINTLN: case ML_BUILTIN_FMT_SPRINTF: case ML_BUILTIN_FMT_ERRORF:
        case ML_BUILTIN_RUNTIME_GC: case ML_BUILTIN_RUNTIME_READ_MEM_STATS:
        case ML_BUILTIN_RUNTIME_NUM_GOROUTINE: case ML_BUILTIN_RUNTIME_GOMAXPROCS:
        default:
          if (fo->builtin == ML_BUILTIN_MAX || fo->builtin == ML_BUILTIN_MIN)
            for (guint i = 0; i < args->n; i++)
              expr (e, k0, args->items[i]);
          else if (fo->builtin == ML_BUILTIN_UNSAFE_SIZEOF || fo->builtin == ML_BUILTIN_UNSAFE_ALIGNOF
                   || fo->builtin == ML_BUILTIN_UNSAFE_OFFSETOF)
            ;
          else
            for (guint i = 0; i < args->n; i++)
              if (args->items[i]->mode != ML_MODE_TYPEXPR)
                expr (e, discard_hole (), args->items[i]);
          return;
        }
    }

  /* fmt: "a ...any" leaks its content to the heap. */
  if (fmt_builtin (fo))
    {
      guint first = (fo->builtin == ML_BUILTIN_FMT_PRINTF || fo->builtin == ML_BUILTIN_FMT_SPRINTF
                     || fo->builtin == ML_BUILTIN_FMT_ERRORF) ? 1 : 0;

      for (guint i = 0; i < first && i < n->list.n; i++)
        expr (e, discard_hole (), n->list.items[i]);
      if (n->flags & ML_NODE_FLAG_DOTS)
        {
          if (n->list.n > first)
            expr (e, hole_shift (e, heap_hole (e), 1, n, "call parameter"), n->list.items[first]);
        }
      else if (n->list.n > first)
        {
          Hole content = hole_shift (e, heap_hole (e), 1, n, "call parameter");
          Hole dots = spill (e, content, n, "... argument");

          for (guint i = first; i < n->list.n; i++)
            expr_to_iface (e, hole_note (e, dots, n, "slice-literal-element"), n->list.items[i]);
        }
      return;
    }
  if (fo != NULL && (fo->flags & ML_OBJ_FLAG_PACKAGE_FUNC))
    {
      /* runtime's functions keep nothing: ReadMemStats fills *m in place. */
      for (guint i = 0; i < n->list.n; i++)
        expr (e, discard_hole (), n->list.items[i]);
      return;
    }

  callee = static_callee (e, fun);
  {
    guint n_results = callee ? callee->results->len : 0;
    g_autofree Hole *rk = g_new0 (Hole, MAX (n_results, 1));
    FuncInfo *fi = NULL;
    guint first_param = 0;
    MlType *sig = ml_type_underlying (fun->type);
    guint np = sig && sig->params ? sig->params->n_fields : 0;
    Hole dots = discard_hole ();
    gboolean have_dots = FALSE;

    for (guint i = 0; i < n_results && i < n_ks; i++)
      rk[i] = ks[i];
    gboolean bind_direct;

    if (callee != NULL)
      {
        fi = func_info (e, callee);
        if (!fi->done && !fi->in_progress && callee->outer == NULL)
          analyze_func (e, callee);
      }
    /* Calls inside the batch (closures, recursion) bind arguments to the
     * callee's own parameter locations, as gc does for an SCC. */
    bind_direct = callee != NULL && e->batch_fn != NULL
                  && (callee == e->batch_fn || func_contains (e->batch_fn, callee));

    /* The callee expression: a method's receiver is its first argument. */
    if (fun->kind == ML_NODE_SELECTOR && fun->obj != NULL && fun->obj->kind == ML_OBJ_FUNC
        && fun->x->mode != ML_MODE_PACKAGE)
      {
        MlNode *recv = fun->x;
        Tag *tag = fi && fi->done && callee->recv ? &fi->params[0] : NULL;
        MlType *rt = recv->type;

        first_param = 1;
        if (bind_direct)
          {
            Loc *rl = callee->recv ? var_loc (e, callee->recv) : NULL;
            Hole h = rl ? hole_note (e, hole_of (rl), n, "call parameter") : heap_hole (e);

            if (fun->obj->pointer_recv && rt && ml_type_underlying (rt)->kind != ML_TYPE_POINTER)
              expr (e, hole_shift (e, h, -1, n, "address-of"), recv);
            else
              expr (e, h, recv);
          }
        else if (fun->obj->pointer_recv && rt && ml_type_underlying (rt)->kind != ML_TYPE_POINTER)
          {
            /* x.m() with a pointer receiver is (&x).m(). */
            MlNode *addr = g_new0 (MlNode, 1);

            g_ptr_array_add (e->temp_nodes, addr);
            addr->kind = ML_NODE_UNARY;
            addr->op = ML_TOK_AND;
            addr->pos = recv->pos;
            addr->x = recv;
            addr->mode = ML_MODE_VALUE;
            if (tag != NULL)
              apply_tag (e, tag, rk, n_results, n, addr, discard_hole (), FALSE);
            else
              expr (e, hole_note (e, heap_hole (e), n, "call parameter"), addr);
          }
        else if (tag != NULL)
          apply_tag (e, tag, rk, n_results, n, recv, discard_hole (), FALSE);
        else if (callee != NULL && fi != NULL && fi->in_progress)
          expr (e, hole_note (e, heap_hole (e), n, "call parameter"), recv);
        else
          expr (e, hole_note (e, heap_hole (e), n, "call parameter"), recv);
      }
    else if (callee == NULL)
      expr (e, discard_hole (), fun);
    else if (ml_node_unparen (fun)->kind == ML_NODE_FUNC_LIT)
      {
        /* A directly called literal: its closure does not escape. */
        expr (e, discard_hole (), fun);
      }

    for (guint i = 0; i < n->list.n; i++)
      {
        MlNode *arg = n->list.items[i];
        guint pi = i;
        Tag *tag = NULL;

        if (sig && sig->variadic && !(n->flags & ML_NODE_FLAG_DOTS) && np > 0 && i >= np - 1)
          {
            /* Variadic arguments go into an implicit slice. */
            if (!have_dots)
              {
                Tag *vt = fi && fi->done ? &fi->params[first_param + np - 1] : NULL;
                Loc *tee = new_loc (e, LOC_VAR, NULL, NULL, "{temp}");

                if (vt != NULL && vt->known)
                  {
                    if (vt->heap >= 0)
                      flow (e, hole_shift (e, heap_hole (e), vt->heap, n, "call parameter"), tee);
                    for (guint r = 0; r < n_results && r < MAX_RESULTS; r++)
                      if (vt->result[r] >= 0)
                        flow (e, hole_shift (e, rk[r], vt->result[r], n, "call parameter"), tee);
                  }
                else
                  flow (e, hole_note (e, heap_hole (e), n, "call parameter"), tee);
                dots = spill (e, hole_of (tee), n, "... argument");
                have_dots = TRUE;
              }
            if (sig->params->fields[np - 1].type->elem && ml_type_is_interface (sig->params->fields[np - 1].type->elem))
              expr_to_iface (e, hole_note (e, dots, n, "slice-literal-element"), arg);
            else
              expr (e, hole_note (e, dots, n, "slice-literal-element"), arg);
            continue;
          }
        if (fi != NULL && fi->done && first_param + pi < fi->n_params)
          tag = &fi->params[first_param + pi];
        if (tag != NULL)
          {
            MlType *pt = pi < np ? sig->params->fields[pi].type : NULL;

            apply_tag (e, tag, rk, n_results, n, arg, discard_hole (),
                       pt != NULL && ml_type_is_interface (pt) && arg->type != NULL
                       && !ml_type_is_interface (arg->type));
          }
        else if (bind_direct)
          {
            /* A closure analysed with its enclosing function: bind the
             * argument to the parameter's location directly. */
            MlObject *p = pi < callee->params->len ? g_ptr_array_index (callee->params, pi) : NULL;
            Loc *pl = var_loc (e, p);

            expr (e, pl ? hole_note (e, hole_of (pl), n, "call parameter") : heap_hole (e), arg);
          }
        else
          {
            MlType *pt = pi < np ? sig->params->fields[pi].type : NULL;

            if (pt != NULL && ml_type_is_interface (pt) && !ml_type_is_interface (arg->type))
              expr_to_iface (e, hole_note (e, heap_hole (e), n, "call parameter"), arg);
            else
              expr (e, hole_note (e, heap_hole (e), n, "call parameter"), arg);
          }
      }

    /* Results of a directly called closure flow from its result locations. */
    if (bind_direct)
      for (guint r = 0; r < n_results && r < n_ks; r++)
        {
          Loc *rl = var_loc (e, g_ptr_array_index (callee->results, r));

          flow (e, ks[r], rl);
        }
  }
}

static void
expr (Escape *e,
      Hole    k,
      MlNode *n)
{
  if (n == NULL || n->mode == ML_MODE_TYPEXPR)
    return;
  if (n->mode == ML_MODE_CONSTANT)
    return;
  /* Values without pointers cannot make anything escape. */
  if (k.derefs >= 0 && n->type != NULL && !ml_type_is_untyped (n->type)
      && n->type->kind != ML_TYPE_INVALID && !ml_type_has_pointers (n->type))
    k = discard_hole ();

  switch (n->kind)
    {
    case ML_NODE_IDENT:
      if (n->obj != NULL && n->obj->kind == ML_OBJ_VAR)
        flow (e, k, var_loc (e, n->obj));
      break;
    case ML_NODE_PAREN:
      expr (e, k, n->x);
      break;
    case ML_NODE_BASIC_LIT:
      break;
    case ML_NODE_UNARY:
      if (n->op == ML_TOK_AND)
        {
          MlNode *x = ml_node_unparen (n->x);

          if (x->kind == ML_NODE_COMPOSITE_LIT)
            {
              Hole c = spill (e, k, n, NULL);
              MlType *t = x->type;

              if (t != NULL && ml_type_sizeof (t) > MAX_IMPLICIT_STACK_VAR_SIZE)
                {
                  hole_loc (c)->escapes = TRUE;
                  hole_loc (c)->heap_reason = "too large for stack";
                }
              expr (e, c, x);
            }
          else
            expr (e, hole_shift (e, k, -1, n, "address-of"), n->x);
        }
      else
        expr (e, discard_hole (), n->x);
      break;
    case ML_NODE_STAR:
      expr (e, hole_shift (e, k, 1, n, "indirection"), n->x);
      break;
    case ML_NODE_SELECTOR:
      if (n->x->mode == ML_MODE_PACKAGE)
        break;
      if (n->obj != NULL && n->obj->kind == ML_OBJ_FUNC)
        {
          /* A method value: the receiver is bound into a closure. */
          Hole c = spill (e, k, n, NULL);

          expr (e, c, n->x);
          break;
        }
      if (n->x->type && ml_type_underlying (n->x->type)->kind == ML_TYPE_POINTER)
        expr (e, hole_shift (e, k, 1, n, "dot of pointer"), n->x);
      else
        expr (e, hole_note (e, k, n, "dot"), n->x);
      break;
    case ML_NODE_INDEX:
      {
        MlType *u = n->x->type ? ml_type_underlying (n->x->type) : NULL;

        expr (e, discard_hole (), n->y);
        if (u == NULL)
          break;
        if (u->kind == ML_TYPE_ARRAY)
          expr (e, hole_note (e, k, n, "fixed-array-index-of"), n->x);
        else if (u->kind == ML_TYPE_STRING)
          expr (e, discard_hole (), n->x);
        else
          expr (e, hole_shift (e, k, 1, n, "dot of pointer"), n->x);
      }
      break;
    case ML_NODE_SLICE_EXPR:
      {
        MlType *u = n->x->type ? ml_type_underlying (n->x->type) : NULL;

        expr (e, discard_hole (), n->y);
        expr (e, discard_hole (), n->z);
        expr (e, discard_hole (), n->w);
        if (u != NULL && u->kind == ML_TYPE_ARRAY)
          expr (e, hole_shift (e, k, -1, n, "slice"), n->x);
        else
          expr (e, hole_note (e, k, n, "slice"), n->x);
      }
      break;
    case ML_NODE_CALL:
      call (e, &k, 1, n);
      break;
    case ML_NODE_BINARY:
      if (n->op == ML_TOK_ADD && n->type && ml_type_is_string (n->type))
        {
          /* String concatenation allocates the result. */
          spill (e, k, n, NULL);
        }
      expr (e, discard_hole (), n->x);
      expr (e, discard_hole (), n->y);
      break;
    case ML_NODE_COMPOSITE_LIT:
      {
        MlType *u = n->type ? ml_type_underlying (n->type) : NULL;

        if (u == NULL)
          break;
        if (u->kind == ML_TYPE_SLICE)
          {
            Hole c = spill (e, k, n, NULL);

            for (guint i = 0; i < n->list.n; i++)
              {
                MlNode *el = n->list.items[i];

                if (el->kind == ML_NODE_KEY_VALUE)
                  el = el->y;
                if (u->elem && ml_type_is_interface (u->elem))
                  expr_to_iface (e, hole_note (e, c, n, "slice-literal-element"), el);
                else
                  expr (e, hole_note (e, c, n, "slice-literal-element"), el);
              }
          }
        else if (u->kind == ML_TYPE_MAP)
          {
            spill (e, k, n, NULL);
            for (guint i = 0; i < n->list.n; i++)
              {
                MlNode *el = n->list.items[i];

                if (el->kind != ML_NODE_KEY_VALUE)
                  continue;
                expr (e, hole_note (e, heap_hole (e), n, "map literal key"), el->x);
                expr (e, hole_note (e, heap_hole (e), n, "map literal value"), el->y);
              }
          }
        else
          {
            for (guint i = 0; i < n->list.n; i++)
              {
                MlNode *el = n->list.items[i];
                MlType *ft = NULL;

                if (el->kind == ML_NODE_KEY_VALUE)
                  {
                    ft = el->x->type;
                    el = el->y;
                  }
                else if (u->kind == ML_TYPE_STRUCT && i < u->n_fields)
                  ft = u->fields[i].type;
                else if (u->kind == ML_TYPE_ARRAY)
                  ft = u->elem;
                if (ft != NULL && ml_type_is_interface (ft))
                  expr_to_iface (e, hole_note (e, k, n, u->kind == ML_TYPE_STRUCT ? "struct literal element" : "array-literal-element"), el);
                else
                  expr (e, hole_note (e, k, n, u->kind == ML_TYPE_STRUCT ? "struct literal element" : "array-literal-element"), el);
              }
          }
      }
      break;
    case ML_NODE_FUNC_LIT:
      {
        MlFunc *fn = ml_program_lookup_func (e->prog, n);
        Hole c = spill (e, k, n, "func literal");
        MlFunc *saved = e->fn;
        int saved_depth = e->loop_depth;

        if (fn == NULL)
          break;
        for (guint i = 0; i < fn->captures->len; i++)
          {
            MlObject *cv = g_ptr_array_index (fn->captures, i);
            Loc *l = var_loc (e, cv);
            gboolean reassigned = (cv->flags & ML_OBJ_FLAG_REASSIGNED)
                                  && !g_hash_table_contains (e->per_iter, cv);
            gboolean byval = !(cv->flags & ML_OBJ_FLAG_ADDR_TAKEN) && !reassigned
                             && cv->type != NULL && ml_type_sizeof (cv->type) <= 128;
            Hole h = c;

            if (l == NULL)
              continue;
            if (!byval)
              h = hole_shift (e, h, -1, n, "reference");
            flow (e, hole_note (e, h, n, "captured by a closure"), l);
          }
        /* The literal's body is analysed with its enclosing function. */
        e->fn = fn;
        e->loop_depth = 0;
        for (guint i = 0; i < fn->params->len; i++)
          var_loc (e, g_ptr_array_index (fn->params, i));
        for (guint i = 0; i < fn->results->len; i++)
          var_loc (e, g_ptr_array_index (fn->results, i));
        if (n->y != NULL)
          for (guint i = 0; i < n->y->list.n; i++)
            stmt (e, n->y->list.items[i]);
        e->fn = saved;
        e->loop_depth = saved_depth;
      }
      break;
    case ML_NODE_BAD: case ML_NODE_KEY_VALUE: case ML_NODE_TYPE_ASSERT: case ML_NODE_ARRAY_TYPE:
    case ML_NODE_MAP_TYPE: case ML_NODE_CHAN_TYPE: case ML_NODE_STRUCT_TYPE:
    case ML_NODE_INTERFACE_TYPE: case ML_NODE_FUNC_TYPE: case ML_NODE_FIELD: case ML_NODE_ELLIPSIS:
    case ML_NODE_EMPTY_STMT: case ML_NODE_DECL_STMT: case ML_NODE_LABELED_STMT:
    case ML_NODE_EXPR_STMT: case ML_NODE_SEND_STMT: case ML_NODE_INC_DEC_STMT:
    case ML_NODE_ASSIGN_STMT: case ML_NODE_GO_STMT: case ML_NODE_DEFER_STMT:
    case ML_NODE_RETURN_STMT: case ML_NODE_BRANCH_STMT: case ML_NODE_BLOCK: case ML_NODE_IF_STMT:
    case ML_NODE_CASE_CLAUSE: case ML_NODE_SWITCH_STMT: case ML_NODE_TYPE_SWITCH_STMT:
    case ML_NODE_SELECT_STMT: case ML_NODE_FOR_STMT: case ML_NODE_RANGE_STMT:
    case ML_NODE_IMPORT_SPEC: case ML_NODE_VALUE_SPEC: case ML_NODE_TYPE_SPEC:
    case ML_NODE_DIRECTIVE_STMT:
    case ML_NODE_GEN_DECL: case ML_NODE_FUNC_DECL: case ML_N_NODE_KINDS:
    default:
      break;
    }
}

/* The hole for storing into an assignable expression (gc's addr). */
static Hole
addr_hole (Escape *e,
           MlNode *n)
{
  n = ml_node_unparen (n);
  if (n == NULL || (n->kind == ML_NODE_IDENT && strcmp (n->name, "_") == 0))
    return discard_hole ();
  switch (n->kind)
    {
    case ML_NODE_IDENT:
      {
        Loc *l = var_loc (e, n->obj);

        return l ? hole_of (l) : heap_hole (e);
      }
    case ML_NODE_SELECTOR:
      if (n->x->type && ml_type_underlying (n->x->type)->kind == ML_TYPE_POINTER)
        {
          expr (e, discard_hole (), n->x);
          return heap_hole (e);
        }
      return addr_hole (e, n->x);
    case ML_NODE_INDEX:
      {
        MlType *u = n->x->type ? ml_type_underlying (n->x->type) : NULL;

        if (u != NULL && u->kind == ML_TYPE_ARRAY)
          {
            expr (e, discard_hole (), n->y);
            return addr_hole (e, n->x);
          }
        if (u != NULL && u->kind == ML_TYPE_MAP)
          {
            expr (e, discard_hole (), n->x);
            expr (e, hole_note (e, heap_hole (e), n, "key of map put"), n->y);
            return heap_hole (e);
          }
        if (ml_node_unparen (n->x)->kind == ML_NODE_IDENT && ml_node_unparen (n->x)->obj != NULL)
          g_hash_table_add (e->mutated, ml_node_unparen (n->x)->obj);
        expr (e, discard_hole (), n->x);
        expr (e, discard_hole (), n->y);
        return heap_hole (e);
      }
    case ML_NODE_STAR:
      expr (e, discard_hole (), n->x);
      return heap_hole (e);
    case ML_NODE_BAD: case ML_NODE_BASIC_LIT: case ML_NODE_COMPOSITE_LIT: case ML_NODE_KEY_VALUE:
    case ML_NODE_FUNC_LIT: case ML_NODE_PAREN: case ML_NODE_SLICE_EXPR: case ML_NODE_TYPE_ASSERT:
    case ML_NODE_CALL: case ML_NODE_UNARY: case ML_NODE_BINARY: case ML_NODE_ARRAY_TYPE:
    case ML_NODE_MAP_TYPE: case ML_NODE_CHAN_TYPE: case ML_NODE_STRUCT_TYPE:
    case ML_NODE_INTERFACE_TYPE: case ML_NODE_FUNC_TYPE: case ML_NODE_FIELD: case ML_NODE_ELLIPSIS:
    case ML_NODE_EMPTY_STMT: case ML_NODE_DECL_STMT: case ML_NODE_LABELED_STMT:
    case ML_NODE_EXPR_STMT: case ML_NODE_SEND_STMT: case ML_NODE_INC_DEC_STMT:
    case ML_NODE_ASSIGN_STMT: case ML_NODE_GO_STMT: case ML_NODE_DEFER_STMT:
    case ML_NODE_RETURN_STMT: case ML_NODE_BRANCH_STMT: case ML_NODE_BLOCK: case ML_NODE_IF_STMT:
    case ML_NODE_CASE_CLAUSE: case ML_NODE_SWITCH_STMT: case ML_NODE_TYPE_SWITCH_STMT:
    case ML_NODE_SELECT_STMT: case ML_NODE_FOR_STMT: case ML_NODE_RANGE_STMT:
    case ML_NODE_IMPORT_SPEC: case ML_NODE_VALUE_SPEC: case ML_NODE_TYPE_SPEC:
    case ML_NODE_DIRECTIVE_STMT:
    case ML_NODE_GEN_DECL: case ML_NODE_FUNC_DECL: case ML_N_NODE_KINDS:
    default:
      return heap_hole (e);
    }
}

static gboolean is_self_assign (MlNode *dst, MlNode *src);

static void
assign_list (Escape     *e,
             MlNode     *stmt_node,
             MlNodeList *lhs,
             MlNodeList *rhs,
             gboolean    define)
{
  g_autofree Hole *ks = g_new0 (Hole, MAX (lhs->n, 1));

  if (!define && lhs->n == 1 && rhs->n == 1 && stmt_node->kind == ML_NODE_ASSIGN_STMT
      && is_self_assign (lhs->items[0], rhs->items[0]))
    {
      g_autofree char *what = NULL;
      GString *str = g_string_new (NULL);

      append_ir (str, lhs->items[0]);
      g_string_append (str, " = ");
      append_ir (str, rhs->items[0]);
      what = g_string_free (str, FALSE);
      add_note (e, stmt_node->pos, g_strdup_printf ("%s ignoring self-assignment in %s",
                                                    e->fn ? e->fn->name : "init", what),
                ML_ESCAPE_STACK, NULL, NULL, NULL, NULL);
      expr (e, discard_hole (), rhs->items[0]);
      return;
    }

  for (guint i = 0; i < lhs->n; i++)
    {
      MlNode *l = lhs->items[i];

      if (define && l->kind == ML_NODE_IDENT && l->obj)
        {
          Loc *loc = var_loc (e, l->obj);

          ks[i] = loc ? hole_of (loc) : heap_hole (e);
          if (strcmp (l->name, "_") == 0)
            ks[i] = discard_hole ();
        }
      else
        ks[i] = addr_hole (e, l);
      ks[i] = hole_note (e, ks[i], stmt_node, "assign");
    }
  if (rhs->n == 1 && lhs->n > 1)
    {
      MlNode *r = ml_node_unparen (rhs->items[0]);

      if (r->kind == ML_NODE_CALL)
        call (e, ks, lhs->n, r);
      else
        expr (e, ks[0], r);
      return;
    }
  for (guint i = 0; i < rhs->n && i < lhs->n; i++)
    {
      MlNode *r = rhs->items[i];
      MlNode *l = lhs->items[i];

      MlType *lt = l->type;
      guint before = e->batch_locs ? e->batch_locs->len : 0;

      if (lt == NULL && l->kind == ML_NODE_IDENT && l->obj != NULL)
        lt = l->obj->type;
      /* Assigning a value to an interface variable converts it. */
      if (lt != NULL && ml_type_is_interface (lt) && r->type != NULL
          && !ml_type_is_interface (r->type) && r->type->kind != ML_TYPE_UNTYPED_NIL)
        expr_to_iface (e, ks[i], r);
      else
        expr (e, ks[i], r);
      /* []byte(s) stays zero-copy unless the variable it initialises is
       * written to. */
      if (e->batch_locs != NULL && e->batch_locs->len > before && l->kind == ML_NODE_IDENT && l->obj)
        for (guint j = before; j < e->batch_locs->len; j++)
          {
            Loc *al = g_ptr_array_index (e->batch_locs, j);

            if (al->zero_copy && al->node == ml_node_unparen (r))
              al->zero_copy_var = l->obj;
          }
    }
}

/* Does the subtree assign obj (or take its address)? */
static gboolean
assigns_var (MlNode   *n,
             MlObject *obj)
{
  if (n == NULL)
    return FALSE;
  switch (n->kind)
    {
    case ML_NODE_ASSIGN_STMT:
      for (guint i = 0; i < n->list.n; i++)
        if (ml_node_unparen (n->list.items[i])->obj == obj)
          return TRUE;
      break;
    case ML_NODE_INC_DEC_STMT:
      if (ml_node_unparen (n->x)->obj == obj)
        return TRUE;
      break;
    case ML_NODE_UNARY:
      if (n->op == ML_TOK_AND && ml_node_unparen (n->x)->obj == obj)
        return TRUE;
      break;
    case ML_NODE_RANGE_STMT:
      if (n->op == ML_TOK_ASSIGN && ((n->x && n->x->obj == obj) || (n->y && n->y->obj == obj)))
        return TRUE;
      break;
    case ML_NODE_BAD: case ML_NODE_IDENT: case ML_NODE_BASIC_LIT: case ML_NODE_COMPOSITE_LIT:
    case ML_NODE_KEY_VALUE: case ML_NODE_FUNC_LIT: case ML_NODE_PAREN: case ML_NODE_SELECTOR:
    case ML_NODE_INDEX: case ML_NODE_SLICE_EXPR: case ML_NODE_TYPE_ASSERT: case ML_NODE_CALL:
    case ML_NODE_STAR: case ML_NODE_BINARY: case ML_NODE_ARRAY_TYPE: case ML_NODE_MAP_TYPE:
    case ML_NODE_CHAN_TYPE: case ML_NODE_STRUCT_TYPE: case ML_NODE_INTERFACE_TYPE:
    case ML_NODE_FUNC_TYPE: case ML_NODE_FIELD: case ML_NODE_ELLIPSIS: case ML_NODE_EMPTY_STMT:
    case ML_NODE_DECL_STMT: case ML_NODE_LABELED_STMT: case ML_NODE_EXPR_STMT:
    case ML_NODE_SEND_STMT: case ML_NODE_GO_STMT: case ML_NODE_DEFER_STMT:
    case ML_NODE_RETURN_STMT: case ML_NODE_BRANCH_STMT: case ML_NODE_BLOCK: case ML_NODE_IF_STMT:
    case ML_NODE_CASE_CLAUSE: case ML_NODE_SWITCH_STMT: case ML_NODE_TYPE_SWITCH_STMT:
    case ML_NODE_SELECT_STMT: case ML_NODE_FOR_STMT: case ML_NODE_IMPORT_SPEC:
    case ML_NODE_VALUE_SPEC: case ML_NODE_TYPE_SPEC: case ML_NODE_GEN_DECL:
    case ML_NODE_FUNC_DECL: case ML_NODE_DIRECTIVE_STMT: case ML_N_NODE_KINDS:
    default:
      break;
    }
  if (assigns_var (n->x, obj) || assigns_var (n->y, obj) || assigns_var (n->z, obj)
      || assigns_var (n->w, obj))
    return TRUE;
  for (guint i = 0; i < n->list.n; i++)
    if (assigns_var (n->list.items[i], obj))
      return TRUE;
  for (guint i = 0; i < n->list2.n; i++)
    if (assigns_var (n->list2.items[i], obj))
      return TRUE;
  return FALSE;
}

/* gc's ir.SameSafeExpr for the shapes the subset has. */
static gboolean
same_safe_expr (MlNode *a,
                MlNode *b)
{
  a = ml_node_unparen (a);
  b = ml_node_unparen (b);
  if (a == NULL || b == NULL || a->kind != b->kind)
    return FALSE;
  switch (a->kind)
    {
    case ML_NODE_IDENT:
      return a->obj != NULL && a->obj == b->obj;
    case ML_NODE_SELECTOR:
      return g_strcmp0 (a->name, b->name) == 0 && same_safe_expr (a->x, b->x);
    case ML_NODE_STAR:
      return same_safe_expr (a->x, b->x);
    case ML_NODE_BASIC_LIT: case ML_NODE_BAD: case ML_NODE_COMPOSITE_LIT: case ML_NODE_KEY_VALUE:
    case ML_NODE_FUNC_LIT: case ML_NODE_PAREN: case ML_NODE_INDEX: case ML_NODE_SLICE_EXPR:
    case ML_NODE_TYPE_ASSERT: case ML_NODE_CALL: case ML_NODE_UNARY: case ML_NODE_BINARY:
    case ML_NODE_ARRAY_TYPE: case ML_NODE_MAP_TYPE: case ML_NODE_CHAN_TYPE:
    case ML_NODE_STRUCT_TYPE: case ML_NODE_INTERFACE_TYPE: case ML_NODE_FUNC_TYPE:
    case ML_NODE_FIELD: case ML_NODE_ELLIPSIS: case ML_NODE_EMPTY_STMT: case ML_NODE_DECL_STMT:
    case ML_NODE_LABELED_STMT: case ML_NODE_EXPR_STMT: case ML_NODE_SEND_STMT:
    case ML_NODE_INC_DEC_STMT: case ML_NODE_ASSIGN_STMT: case ML_NODE_GO_STMT:
    case ML_NODE_DEFER_STMT: case ML_NODE_RETURN_STMT: case ML_NODE_BRANCH_STMT:
    case ML_NODE_BLOCK: case ML_NODE_IF_STMT: case ML_NODE_CASE_CLAUSE: case ML_NODE_SWITCH_STMT:
    case ML_NODE_TYPE_SWITCH_STMT: case ML_NODE_SELECT_STMT: case ML_NODE_FOR_STMT:
    case ML_NODE_RANGE_STMT: case ML_NODE_IMPORT_SPEC: case ML_NODE_VALUE_SPEC:
    case ML_NODE_DIRECTIVE_STMT:
    case ML_NODE_TYPE_SPEC: case ML_NODE_GEN_DECL: case ML_NODE_FUNC_DECL: case ML_N_NODE_KINDS:
    default:
      return FALSE;
    }
}

static gboolean
is_pointer_typed (MlNode *n)
{
  return n != NULL && n->type != NULL && ml_type_underlying (n->type) != NULL
         && ml_type_underlying (n->type)->kind == ML_TYPE_POINTER;
}

/* gc's isSelfAssign: "b.buf = b.buf[n:m]" and "v.x = v.y" store nothing new. */
static gboolean
is_self_assign (MlNode *dst,
                MlNode *src)
{
  dst = ml_node_unparen (dst);
  src = ml_node_unparen (src);
  if (dst == NULL || src == NULL)
    return FALSE;
  if (src->kind == ML_NODE_SLICE_EXPR && dst->kind == ML_NODE_SELECTOR && is_pointer_typed (dst->x)
      && ml_node_unparen (dst->x)->kind == ML_NODE_IDENT)
    {
      MlNode *base = ml_node_unparen (src->x);
      MlType *bu = base->type ? ml_type_underlying (base->type) : NULL;

      if (bu != NULL && bu->kind == ML_TYPE_ARRAY)
        return FALSE;
      if (base->kind == ML_NODE_SELECTOR && is_pointer_typed (base->x)
          && ml_node_unparen (base->x)->kind == ML_NODE_IDENT
          && ml_node_unparen (base->x)->obj == ml_node_unparen (dst->x)->obj)
        return TRUE;
      return FALSE;
    }
  if (dst->kind != src->kind)
    return FALSE;
  if (dst->kind == ML_NODE_SELECTOR)
    return same_safe_expr (dst->x, src->x);
  return FALSE;
}

static void
stmt (Escape *e,
      MlNode *n)
{
  if (n == NULL)
    return;

  switch (n->kind)
    {
    case ML_NODE_DECL_STMT:
      if (n->x != NULL && n->x->op == ML_TOK_VAR)
        for (guint i = 0; i < n->x->list.n; i++)
          {
            MlNode *spec = n->x->list.items[i];

            for (guint j = 0; j < spec->list.n; j++)
              {
                Loc *l = var_loc (e, spec->list.items[j]->obj);

                if (l != NULL)
                  l->loop_depth = e->loop_depth;
              }
            if (spec->list2.n > 0)
              assign_list (e, spec, &spec->list, &spec->list2, TRUE);
          }
      break;
    case ML_NODE_LABELED_STMT:
      stmt (e, n->x);
      break;
    case ML_NODE_EXPR_STMT:
      {
        MlNode *x = ml_node_unparen (n->x);

        if (x->kind == ML_NODE_CALL)
          call (e, NULL, 0, x);
        else
          expr (e, discard_hole (), x);
      }
      break;
    case ML_NODE_INC_DEC_STMT:
      expr (e, discard_hole (), n->x);
      break;
    case ML_NODE_ASSIGN_STMT:
      if (n->op == ML_TOK_ASSIGN || n->op == ML_TOK_DEFINE)
        {
          if (n->op == ML_TOK_DEFINE)
            for (guint i = 0; i < n->list.n; i++)
              {
                MlNode *id = n->list.items[i];
                Loc *l = id->obj != NULL ? var_loc (e, id->obj) : NULL;

                /* Record the loop depth where the variable is declared. */
                if (l != NULL && ml_pos_compare (id->obj->pos, id->pos) == 0)
                  l->loop_depth = e->loop_depth;
              }
          assign_list (e, n, &n->list, &n->list2, n->op == ML_TOK_DEFINE);
        }
      else if (n->op == ML_TOK_ADD_ASSIGN && n->list.items[0]->type
               && ml_type_is_string (n->list.items[0]->type))
        {
          /* gc 1.27 reports no allocation for s += t; t's bytes may end up
           * in s, so t flows into s. */
          Hole k = addr_hole (e, n->list.items[0]);

          expr (e, hole_note (e, k, n, "assign"), n->list2.items[0]);
        }
      else
        {
          expr (e, discard_hole (), n->list.items[0]);
          expr (e, discard_hole (), n->list2.items[0]);
        }
      break;
    case ML_NODE_RETURN_STMT:
      {
        MlFunc *fn = e->fn;

        if (fn == NULL)
          break;
        if (n->list.n == 1 && fn->results->len > 1)
          {
            g_autofree Hole *ks = g_new0 (Hole, fn->results->len);

            for (guint i = 0; i < fn->results->len; i++)
              ks[i] = hole_note (e, hole_of (var_loc (e, g_ptr_array_index (fn->results, i))), n, "return");
            if (ml_node_unparen (n->list.items[0])->kind == ML_NODE_CALL)
              call (e, ks, fn->results->len, ml_node_unparen (n->list.items[0]));
            break;
          }
        for (guint i = 0; i < n->list.n && i < fn->results->len; i++)
          {
            MlObject *r = g_ptr_array_index (fn->results, i);
            Hole k = hole_note (e, hole_of (var_loc (e, r)), n, "return");
            MlNode *v = n->list.items[i];

            if (r->type && ml_type_is_interface (r->type) && v->type && !ml_type_is_interface (v->type))
              expr_to_iface (e, k, v);
            else
              expr (e, k, v);
          }
      }
      break;
    case ML_NODE_BLOCK:
      for (guint i = 0; i < n->list.n; i++)
        stmt (e, n->list.items[i]);
      break;
    case ML_NODE_IF_STMT:
      stmt (e, n->x);
      expr (e, discard_hole (), n->y);
      stmt (e, n->z);
      stmt (e, n->w);
      break;
    case ML_NODE_SWITCH_STMT:
      stmt (e, n->x);
      expr (e, discard_hole (), n->y);
      for (guint i = 0; i < n->list.n; i++)
        {
          MlNode *cc = n->list.items[i];

          for (guint j = 0; j < cc->list.n; j++)
            expr (e, discard_hole (), cc->list.items[j]);
          for (guint j = 0; j < cc->list2.n; j++)
            stmt (e, cc->list2.items[j]);
        }
      break;
    case ML_NODE_FOR_STMT:
      /* Go 1.22: each iteration has its own copy of the loop variables, so
       * a body that never assigns them can capture them by value. */
      if (n->x != NULL && n->x->kind == ML_NODE_ASSIGN_STMT && n->x->op == ML_TOK_DEFINE)
        for (guint i = 0; i < n->x->list.n; i++)
          {
            MlObject *o = n->x->list.items[i]->obj;

            if (o != NULL && !assigns_var (n->w, o))
              g_hash_table_add (e->per_iter, o);
          }
      stmt (e, n->x);
      e->loop_depth++;
      expr (e, discard_hole (), n->y);
      stmt (e, n->z);
      stmt (e, n->w);
      e->loop_depth--;
      break;
    case ML_NODE_RANGE_STMT:
      {
        MlType *u = n->z && n->z->type ? ml_type_underlying (n->z->type) : NULL;
        Hole kv, kk;

        e->loop_depth++;
        if (n->op == ML_TOK_DEFINE)
          {
            if (n->x && n->x->obj && var_loc (e, n->x->obj))
              var_loc (e, n->x->obj)->loop_depth = e->loop_depth;
            if (n->y && n->y->obj && var_loc (e, n->y->obj))
              var_loc (e, n->y->obj)->loop_depth = e->loop_depth;
          }
        kk = n->x ? (n->op == ML_TOK_DEFINE && n->x->obj ? hole_of (var_loc (e, n->x->obj)) : addr_hole (e, n->x))
                  : discard_hole ();
        kv = n->y ? (n->op == ML_TOK_DEFINE && n->y->obj ? hole_of (var_loc (e, n->y->obj)) : addr_hole (e, n->y))
                  : discard_hole ();
        e->loop_depth--;
        if (u != NULL && u->kind == ML_TYPE_MAP)
          {
            Loc *tee = new_loc (e, LOC_VAR, NULL, NULL, "{temp}");

            flow (e, hole_shift (e, kk, 1, n, "range-deref"), tee);
            flow (e, hole_shift (e, kv, 1, n, "range-deref"), tee);
            expr (e, hole_of (tee), n->z);
          }
        else if (u != NULL && (u->kind == ML_TYPE_SLICE || (u->kind == ML_TYPE_POINTER)))
          expr (e, hole_shift (e, kv, 1, n, "range-deref"), n->z);
        else if (u != NULL && u->kind == ML_TYPE_ARRAY)
          expr (e, hole_note (e, kv, n, "range"), n->z);
        else
          expr (e, discard_hole (), n->z);
        e->loop_depth++;
        stmt (e, n->w);
        e->loop_depth--;
      }
      break;
    /* A //memlab: directive is a comment to Go: no value flows through it. */
    case ML_NODE_DIRECTIVE_STMT:
    case ML_NODE_EMPTY_STMT: case ML_NODE_BAD: case ML_NODE_SEND_STMT: case ML_NODE_GO_STMT:
    case ML_NODE_DEFER_STMT: case ML_NODE_BRANCH_STMT: case ML_NODE_TYPE_SWITCH_STMT:
    case ML_NODE_SELECT_STMT: case ML_NODE_IDENT: case ML_NODE_BASIC_LIT:
    case ML_NODE_COMPOSITE_LIT: case ML_NODE_KEY_VALUE: case ML_NODE_FUNC_LIT: case ML_NODE_PAREN:
    case ML_NODE_SELECTOR: case ML_NODE_INDEX: case ML_NODE_SLICE_EXPR: case ML_NODE_TYPE_ASSERT:
    case ML_NODE_CALL: case ML_NODE_STAR: case ML_NODE_UNARY: case ML_NODE_BINARY:
    case ML_NODE_ARRAY_TYPE: case ML_NODE_MAP_TYPE: case ML_NODE_CHAN_TYPE:
    case ML_NODE_STRUCT_TYPE: case ML_NODE_INTERFACE_TYPE: case ML_NODE_FUNC_TYPE:
    case ML_NODE_FIELD: case ML_NODE_ELLIPSIS: case ML_NODE_CASE_CLAUSE: case ML_NODE_IMPORT_SPEC:
    case ML_NODE_VALUE_SPEC: case ML_NODE_TYPE_SPEC: case ML_NODE_GEN_DECL: case ML_NODE_FUNC_DECL:
    case ML_N_NODE_KINDS:
    default:
      break;
    }
}

/* --- The walk --------------------------------------------------------------- */

static gboolean
func_contains (MlFunc *outer,
               MlFunc *inner)
{
  if (outer == NULL || inner == NULL || outer == inner)
    return FALSE;
  for (MlFunc *f = inner->outer; f != NULL; f = f->outer)
    if (f == outer)
      return TRUE;
  return FALSE;
}

/* gc's outlives: does root live longer than l? */
static gboolean
outlives (Loc *root,
          Loc *l)
{
  if (root->escapes)
    return TRUE;
  if (root->is_result)
    {
      /* A closure returning a variable of its enclosing function does not
       * force it to the heap when all its calls are known. */
      if (func_contains (l->fn, root->fn))
        return FALSE;
      return TRUE;
    }
  if (root->fn == l->fn && root->loop_depth < l->loop_depth)
    return TRUE;
  if (func_contains (root->fn, l->fn))
    return TRUE;
  return FALSE;
}

static char *
flow_prefix (int derefs)
{
  if (derefs < 0)
    return g_strdup ("&");
  if (derefs > 0)
    return g_strnfill (derefs, '*');
  return g_strdup ("");
}

static void
add_step (GPtrArray  *steps,
          MlPos       pos,
          guint       depth,
          char       *text)
{
  MlEscapeStep *s = g_new0 (MlEscapeStep, 1);

  s->pos = pos;
  s->depth = depth;
  s->text = text;
  g_ptr_array_add (steps, s);
}

static void
step_free (MlEscapeStep *s)
{
  g_free (s->text);
  g_free (s);
}

/* Records the -m=2 explanation of why l's address reaches root. */
static void
explain_path (Escape *e,
              Loc    *root,
              Loc    *src)
{
  GPtrArray *steps;
  guint guard = 0;

  if (src->steps != NULL)
    return;
  steps = src->steps = g_ptr_array_new_with_free_func ((GDestroyNotify) step_free);
  {
    const char *what = src->name;
    g_autofree char *alloc = NULL;

    if (src->kind == LOC_ALLOC && g_str_has_prefix (src->name, "{storage for "))
      what = alloc = g_strndup (src->name + strlen ("{storage for "), strlen (src->name) - strlen ("{storage for ") - 1);
    add_step (steps, src->pos, 0, g_strdup_printf ("%s escapes to heap in %s:", what,
                                                   src->fn ? src->fn->name : "init"));
  }
  while (src != root && src->dst != NULL && guard++ < 64)
    {
      Loc *dst = src->dst;
      Edge *edge = &g_array_index (dst->edges, Edge, src->dst_edge);
      g_autofree char *prefix = flow_prefix (edge->derefs);

      add_step (steps, (MlPos) { 0, 0 }, 1,
                g_strdup_printf ("flow: %s ← %s%s:", dst->name, prefix, src->name));
      for (Note *n = edge->notes; n != NULL; n = n->next)
        {
          g_autofree char *what = NULL;

          if (n->where != NULL && n->where->kind == ML_NODE_ASSIGN_STMT)
            {
              GString *s = g_string_new (NULL);

              for (guint i = 0; i < n->where->list.n; i++)
                {
                  if (i > 0)
                    g_string_append (s, ", ");
                  append_ir (s, n->where->list.items[i]);
                }
              g_string_append_printf (s, " %s ", ml_token_to_string (n->where->op));
              for (guint i = 0; i < n->where->list2.n; i++)
                {
                  if (i > 0)
                    g_string_append (s, ", ");
                  append_ir (s, n->where->list2.items[i]);
                }
              what = g_string_free (s, FALSE);
            }
          else if (n->where != NULL && n->where->kind == ML_NODE_RETURN_STMT)
            {
              GString *s = g_string_new ("return");

              for (guint i = 0; i < n->where->list.n; i++)
                {
                  g_string_append (s, i ? ", " : " ");
                  append_ir (s, n->where->list.items[i]);
                }
              what = g_string_free (s, FALSE);
            }
          else if (n->where != NULL && n->where->kind == ML_NODE_VALUE_SPEC)
            what = g_strdup_printf ("%s = ...", n->where->list.items[0]->name);
          else if (n->where != NULL)
            what = ir_string (n->where);
          else
            what = g_strdup ("?");
          add_step (steps, n->pos, 2, g_strdup_printf ("from %s (%s) at %s:%u:%u", what, n->why,
                                                       e->display, n->pos.line, n->pos.col));
        }
      src = dst;
    }
  if (steps->len == 0 && root->heap_reason == NULL)
    {
      /* Escaped on its own (too large, too aligned). */
    }
}

static void
walk_one (Escape    *e,
          Loc       *root,
          guint      walkgen,
          GPtrArray *todo_roots)
{
  g_autoptr(GPtrArray) todo = g_ptr_array_new ();

  root->walkgen = walkgen;
  root->derefs = 0;
  root->dst = NULL;
  g_ptr_array_add (todo, root);

  while (todo->len > 0)
    {
      Loc *l = g_ptr_array_steal_index_fast (todo, todo->len - 1);
      int derefs = l->derefs;
      gboolean address_of = derefs < 0;

      if (address_of)
        {
          derefs = 0;
          if (outlives (root, l) && !l->escapes && l != root)
            {
              l->escapes = TRUE;
              explain_path (e, root, l);
              if (!l->queued)
                {
                  l->queued = TRUE;
                  g_ptr_array_add (todo_roots, l);
                }
            }
        }

      if (l->is_param && l != root && outlives (root, l))
        {
          if (!root->escapes && root->is_result && root->fn == l->fn && root->var != NULL
              && root->var->index >= 0 && root->var->index < MAX_RESULTS)
            {
              int *r = &l->leak_result[root->var->index];

              if (*r < 0 || derefs < *r)
                *r = derefs;
            }
          else if (l->leak_heap < 0 || derefs < l->leak_heap)
            l->leak_heap = derefs;
        }

      if (l->escapes && l != root)
        continue;

      for (guint i = 0; i < l->edges->len; i++)
        {
          Edge *edge = &g_array_index (l->edges, Edge, i);
          int d = derefs + edge->derefs;

          if (edge->src->escapes)
            continue;
          if (edge->src->walkgen != walkgen || edge->src->derefs > d)
            {
              edge->src->walkgen = walkgen;
              edge->src->derefs = d;
              edge->src->dst = l;
              edge->src->dst_edge = i;
              g_ptr_array_add (todo, edge->src);
            }
        }
    }
}

static void
walk_all (Escape    *e,
          GPtrArray *locs)
{
  g_autoptr(GPtrArray) roots = g_ptr_array_new ();
  static guint walkgen = 0;

  for (guint i = 0; i < locs->len; i++)
    {
      Loc *l = g_ptr_array_index (locs, i);

      l->queued = TRUE;
      g_ptr_array_add (roots, l);
    }
  while (roots->len > 0)
    {
      Loc *root = g_ptr_array_steal_index (roots, 0);

      root->queued = FALSE;
      walk_one (e, root, ++walkgen, roots);
    }
}

/* --- Verdicts ----------------------------------------------------------------- */

static MlEscapeNote *
add_note (Escape        *e,
          MlPos          pos,
          char          *message,
          MlEscapePlace  place,
          MlObject      *var,
          MlNode        *node,
          const char    *reason,
          GPtrArray     *steps)
{
  MlEscapeNote *note = g_new0 (MlEscapeNote, 1);

  note->pos = pos;
  note->message = message;
  note->place = place;
  note->var = var;
  note->node = node;
  note->reason = g_strdup (reason);
  note->steps = g_ptr_array_new_with_free_func ((GDestroyNotify) step_free);
  if (steps != NULL)
    for (guint i = 0; i < steps->len; i++)
      {
        MlEscapeStep *s = g_ptr_array_index (steps, i);

        add_step (note->steps, s->pos, s->depth, g_strdup (s->text));
      }
  g_ptr_array_add (e->result->notes, note);
  if (var != NULL)
    g_hash_table_insert (e->result->by_var, var, note);
  if (node != NULL)
    g_hash_table_insert (e->result->by_node, node, note);
  return note;
}

static char *
reason_of (Loc *l)
{
  if (l->heap_reason != NULL)
    return g_strdup (l->heap_reason);
  if (l->steps != NULL)
    for (guint i = 0; i < l->steps->len; i++)
      {
        MlEscapeStep *s = g_ptr_array_index (l->steps, i);
        const char *open, *close;

        if (s->depth != 2)
          continue;
        open = strstr (s->text, " (");
        close = open ? strstr (open, ") at ") : NULL;
        if (open != NULL && close != NULL)
          return g_strndup (open + 2, close - open - 2);
      }
  return NULL;
}

static void
report_param_tag (Escape *e,
                  Loc    *l)
{
  MlObject *o = l->var;
  gboolean warned = FALSE;
  Tag tag = { TRUE, l->leak_heap, { 0 } };
  FuncInfo *fi;
  gint idx;

  for (guint r = 0; r < MAX_RESULTS; r++)
    tag.result[r] = l->leak_result[r];
  /* Result flows no shorter than a heap flow add nothing (gc's Optimize). */
  if (tag.heap >= 0)
    for (guint r = 0; r < MAX_RESULTS; r++)
      if (tag.result[r] >= tag.heap)
        tag.result[r] = -1;
  if (l->escapes)
    {
      tag.heap = 0;
      for (guint r = 0; r < MAX_RESULTS; r++)
        tag.result[r] = -1;
    }

  /* Calls of this function apply the tag to their arguments. */
  if (l->fn != NULL)
    {
      fi = func_info (e, l->fn);
      idx = (o->flags & ML_OBJ_FLAG_RECEIVER) ? 0 : o->index + (l->fn->recv ? 1 : 0);
      if (idx >= 0 && (guint) idx < fi->n_params)
        fi->params[idx] = tag;
    }

  if (l->escapes || o->name[0] == '~' || strcmp (o->name, "_") == 0
      || o->type == NULL || !ml_type_has_pointers (o->type))
    return;
  if (tag.heap >= 0)
    {
      add_note (e, o->pos, tag.heap == 0 ? g_strdup_printf ("leaking param: %s", o->name)
                                         : g_strdup_printf ("leaking param content: %s", o->name),
                ML_ESCAPE_STACK, o, NULL, tag.heap == 0 ? "leaks to heap" : "content leaks to heap", NULL);
      warned = TRUE;
    }
  for (guint r = 0; r < MAX_RESULTS; r++)
    if (tag.result[r] >= 0)
      {
        MlObject *res = l->fn && r < l->fn->results->len ? g_ptr_array_index (l->fn->results, r) : NULL;

        add_note (e, o->pos, g_strdup_printf ("leaking param: %s to result %s level=%d", o->name,
                                              res ? res->name : "~r0", tag.result[r]),
                  ML_ESCAPE_STACK, o, NULL, "leaks to result", NULL);
        warned = TRUE;
      }
  if (!warned)
    add_note (e, o->pos, g_strdup_printf ("%s does not escape", o->name), ML_ESCAPE_STACK, o,
              NULL, NULL, NULL);
}

/* Emits the verdicts in gc's order: parameter tags of every function of
 * the batch, then every location in creation order (variables first,
 * since gc creates them at function entry, then allocations as met). */
/* Allocations that are heap allocated because of their size have no flow
 * to explain; gc's -m=2 still prints one. */
static void
explain_too_large (Escape *e,
                   Loc    *l)
{
  const char *what = l->name;
  g_autofree char *alloc = NULL;

  if (l->steps != NULL || l->heap_reason == NULL)
    return;
  if (l->kind == LOC_ALLOC && g_str_has_prefix (l->name, "{storage for "))
    what = alloc = g_strndup (l->name + strlen ("{storage for "), strlen (l->name) - strlen ("{storage for ") - 1);
  l->steps = g_ptr_array_new_with_free_func ((GDestroyNotify) step_free);
  add_step (l->steps, l->pos, 0, g_strdup_printf ("%s escapes to heap in %s:", what,
                                                  l->fn ? l->fn->name : "init"));
  add_step (l->steps, l->pos, 1, g_strdup_printf ("flow: {heap} ← &%s:", l->name));
  add_step (l->steps, l->pos, 2, g_strdup_printf ("from %s (%s) at %s:%u:%u", what, l->heap_reason,
                                                  e->display, l->pos.line, l->pos.col));
}

static void
report_batch (Escape    *e,
              GPtrArray *locs)
{
  for (guint i = 0; i < locs->len; i++)
    {
      Loc *l = g_ptr_array_index (locs, i);

      if (l->kind == LOC_VAR && l->var != NULL && l->is_param)
        report_param_tag (e, l);
    }

  for (guint i = 0; i < locs->len; i++)
    {
      Loc *l = g_ptr_array_index (locs, i);
      g_autofree char *reason = NULL;

      if (l->escapes)
        explain_too_large (e, l);
      reason = reason_of (l);
      if (l->kind == LOC_VAR && l->var != NULL)
        {
          MlObject *o = l->var;

          if (l->escapes)
            add_note (e, o->pos, g_strdup_printf ("moved to heap: %s", o->name), ML_ESCAPE_HEAP, o,
                      NULL, reason, l->steps);
          else if (!g_hash_table_contains (e->result->by_var, o))
            {
              /* Stack variables get a silent verdict for the VM. */
              MlEscapeNote *note = g_new0 (MlEscapeNote, 1);

              note->pos = o->pos;
              note->place = ML_ESCAPE_STACK;
              note->var = o;
              note->steps = g_ptr_array_new_with_free_func ((GDestroyNotify) step_free);
              g_hash_table_insert (e->result->by_var, o, note);
              g_ptr_array_add (e->result->notes, note);
            }
        }
      else if (l->kind == LOC_ALLOC && l->node != NULL)
        {
          const char *base = l->name + strlen ("{storage for ");
          g_autofree char *what = g_strndup (base, strlen (base) - 1);

          if (strcmp (what, "append") == 0)
            add_note (e, l->pos, g_strdup (l->escapes ? "append escapes to heap" : "append does not escape"),
                      l->escapes ? ML_ESCAPE_HEAP : ML_ESCAPE_STACK, NULL, l->node, reason, l->steps);
          else
            add_note (e, l->pos, g_strdup_printf ("%s %s", what, l->escapes ? "escapes to heap" : "does not escape"),
                      l->escapes ? ML_ESCAPE_HEAP : ML_ESCAPE_STACK, NULL, l->node, reason, l->steps);
          if (l->zero_copy && !l->escapes
              && (l->zero_copy_var == NULL
                  || (!g_hash_table_contains (e->mutated, l->zero_copy_var)
                      && !(l->zero_copy_var->flags & ML_OBJ_FLAG_REASSIGNED))))
            add_note (e, l->pos, g_strdup ("zero-copy string->[]byte conversion"), ML_ESCAPE_STACK,
                      NULL, NULL, NULL, NULL);
        }
    }
}

static void
analyze_func (Escape *e,
              MlFunc *fn)
{
  FuncInfo *fi = func_info (e, fn);
  MlFunc *saved_fn = e->fn;
  MlFunc *saved_fn_batch = e->batch_fn;
  int saved_depth = e->loop_depth;
  GPtrArray *saved_batch = e->batch_locs;
  Loc *saved_heap = e->heap;
  g_autoptr(GPtrArray) batch = g_ptr_array_new ();

  if (fi->done || fi->in_progress)
    return;
  fi->in_progress = TRUE;

  e->fn = fn;
  e->batch_fn = fn;
  e->loop_depth = 0;
  e->batch_locs = batch;
  e->heap = new_loc (e, LOC_HEAP, NULL, NULL, "{heap}");
  e->heap->escapes = TRUE;

  /* gc creates the locations of every variable of the batch (the
   * function and its literals) before walking any code. */
  for (guint i = 0; i < e->prog->funcs->len; i++)
    {
      MlFunc *f = g_ptr_array_index (e->prog->funcs, i);

      if (f != fn && !func_contains (fn, f))
        continue;
      if (f->recv != NULL)
        var_loc (e, f->recv);
      for (guint j = 0; j < f->params->len; j++)
        var_loc (e, g_ptr_array_index (f->params, j));
      for (guint j = 0; j < f->results->len; j++)
        var_loc (e, g_ptr_array_index (f->results, j));
      for (guint j = 0; j < f->locals->len; j++)
        var_loc (e, g_ptr_array_index (f->locals, j));
    }

  if (fn->synthetic)
    {
      MlFile *file = e->prog->file;

      for (guint i = 0; i < file->decls.n; i++)
        {
          MlNode *d = file->decls.items[i];

          if (d->kind == ML_NODE_FUNC_DECL)
            continue;
          if (d->kind == ML_NODE_GEN_DECL)
            {
              if (d->op != ML_TOK_VAR)
                continue;
              for (guint j = 0; j < d->list.n; j++)
                {
                  MlNode *spec = d->list.items[j];

                  if (spec->list2.n > 0)
                    assign_list (e, spec, &spec->list, &spec->list2, TRUE);
                }
              continue;
            }
          stmt (e, d);
        }
    }
  else if (fn->node->kind == ML_NODE_FUNC_DECL && fn->node->z != NULL)
    stmt (e, fn->node->z);

  walk_all (e, batch);
  report_batch (e, batch);

  fi->in_progress = FALSE;
  fi->done = TRUE;
  e->batch_fn = saved_fn_batch;
  e->fn = saved_fn;
  e->loop_depth = saved_depth;
  e->batch_locs = saved_batch;
  e->heap = saved_heap;
}

/* Package-level initialisers run in the package's init function, which gc
 * analyses (and reports) first.  Globals are heap locations. */
static void
analyze_globals (Escape *e)
{
  MlFile *file = e->prog->file;
  g_autoptr(GPtrArray) batch = g_ptr_array_new ();

  if (e->prog->notebook)
    return;
  e->fn = NULL;
  e->loop_depth = 0;
  e->batch_locs = batch;
  e->heap = new_loc (e, LOC_HEAP, NULL, NULL, "{heap}");
  e->heap->escapes = TRUE;
  for (guint i = 0; i < file->decls.n; i++)
    {
      MlNode *d = file->decls.items[i];

      if (d->kind != ML_NODE_GEN_DECL || d->op != ML_TOK_VAR)
        continue;
      for (guint j = 0; j < d->list.n; j++)
        {
          MlNode *spec = d->list.items[j];

          if (spec->list2.n > 0)
            assign_list (e, spec, &spec->list, &spec->list2, TRUE);
        }
    }
  walk_all (e, batch);
  report_batch (e, batch);
  e->batch_locs = NULL;
  e->heap = NULL;
}

/* --- Public API --------------------------------------------------------------- */

static void
note_free (MlEscapeNote *note)
{
  g_free (note->message);
  g_free (note->reason);
  g_ptr_array_unref (note->steps);
  g_free (note);
}

static int
compare_notes (gconstpointer a,
               gconstpointer b)
{
  const MlEscapeNote *na = *(MlEscapeNote * const *) a;
  const MlEscapeNote *nb = *(MlEscapeNote * const *) b;

  return ml_pos_compare (na->pos, nb->pos);
}

/**
 * ml_escape_analyze:
 * @program: a program that ml_check() accepted (soft errors allowed)
 *
 * Runs escape analysis over every function of @program, as gc does with
 * inlining disabled ("-l").
 *
 * Returns: (transfer full): the verdicts
 */
MlEscapeResult *
ml_escape_analyze (MlProgram *program)
{
  Escape esc = { 0 };
  Escape *e = &esc;
  MlEscapeResult *result;

  g_return_val_if_fail (program != NULL, NULL);
  g_return_val_if_fail (program->checked, NULL);

  result = g_new0 (MlEscapeResult, 1);
  result->program = ml_program_ref (program);
  result->notes = g_ptr_array_new_with_free_func ((GDestroyNotify) note_free);
  result->by_var = g_hash_table_new (NULL, NULL);
  result->by_node = g_hash_table_new (NULL, NULL);

  e->prog = program;
  e->result = result;
  e->display = ml_go_display_path (ml_source_get_filename (program->source));
  e->locs = g_ptr_array_new_with_free_func ((GDestroyNotify) loc_free);
  e->all_notes = g_ptr_array_new_with_free_func (g_free);
  e->temp_nodes = g_ptr_array_new_with_free_func (g_free);
  e->mutated = g_hash_table_new (NULL, NULL);
  e->per_iter = g_hash_table_new (NULL, NULL);
  e->var_locs = g_hash_table_new (NULL, NULL);
  e->funcs = g_hash_table_new_full (NULL, NULL, NULL, NULL);

  analyze_globals (e);
  for (guint i = 0; i < program->funcs->len; i++)
    {
      MlFunc *fn = g_ptr_array_index (program->funcs, i);

      if (fn->outer == NULL)
        analyze_func (e, fn);
    }

  {
    GHashTableIter iter;
    gpointer value;

    g_hash_table_iter_init (&iter, e->funcs);
    while (g_hash_table_iter_next (&iter, NULL, &value))
      {
        FuncInfo *fi = value;

        g_free (fi->params);
        g_free (fi);
      }
  }
  g_hash_table_unref (e->funcs);
  g_hash_table_unref (e->var_locs);
  g_ptr_array_unref (e->all_notes);
  g_ptr_array_unref (e->temp_nodes);
  g_hash_table_unref (e->mutated);
  g_hash_table_unref (e->per_iter);
  g_ptr_array_unref (e->locs);
  g_free (e->display);

  /* With -m, gc flushes every verdict as it is made: the order is the
   * order of analysis, not of position. */
  (void) compare_notes;
  return result;
}

void
ml_escape_result_free (MlEscapeResult *self)
{
  if (self == NULL)
    return;
  g_hash_table_unref (self->by_var);
  g_hash_table_unref (self->by_node);
  g_ptr_array_unref (self->notes);
  ml_program_unref (self->program);
  g_free (self);
}

/**
 * ml_escape_result_get_notes:
 * @self: a #MlEscapeResult
 *
 * Returns: (transfer none) (element-type MlEscapeNote): every verdict,
 *   sorted by position; those with a %NULL message are silent (a local that
 *   stays on the stack) and are not printed by "-m"
 */
GPtrArray *
ml_escape_result_get_notes (MlEscapeResult *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->notes;
}

/**
 * ml_escape_result_format:
 * @self: a #MlEscapeResult
 * @filename: the file name as the user gave it
 * @header: whether to start with "# command-line-arguments"
 *
 * Returns: (transfer full): the text of go build -gcflags='-m -l'
 */
char *
ml_escape_result_format (MlEscapeResult *self,
                         const char     *filename,
                         gboolean        header)
{
  GString *out;
  g_autofree char *path = NULL;

  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (filename != NULL, NULL);

  out = g_string_new (NULL);
  path = ml_go_display_path (filename);
  for (guint i = 0; i < self->notes->len; i++)
    {
      MlEscapeNote *n = g_ptr_array_index (self->notes, i);

      if (n->message == NULL)
        continue;
      if (out->len == 0 && header)
        g_string_append (out, "# command-line-arguments\n");
      g_string_append_printf (out, "%s:%u:%u: %s\n", path, n->pos.line, n->pos.col, n->message);
    }
  return g_string_free (out, FALSE);
}

/**
 * ml_escape_result_explain:
 * @self: a #MlEscapeResult
 * @filename: the file name as the user gave it
 *
 * Returns: (transfer full): the verdicts with their flow, in the spirit of
 *   go build -gcflags='-m=2 -l'
 */
char *
ml_escape_result_explain (MlEscapeResult *self,
                          const char     *filename)
{
  GString *out;
  g_autofree char *path = NULL;

  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (filename != NULL, NULL);

  out = g_string_new (NULL);
  path = ml_go_display_path (filename);
  for (guint i = 0; i < self->notes->len; i++)
    {
      MlEscapeNote *n = g_ptr_array_index (self->notes, i);

      if (n->message == NULL)
        continue;
      for (guint j = 0; j < n->steps->len; j++)
        {
          MlEscapeStep *s = g_ptr_array_index (n->steps, j);

          g_string_append_printf (out, "%s:%u:%u: %*s%s\n", path, n->pos.line, n->pos.col,
                                  (int) (s->depth * 2), "", s->text);
        }
      g_string_append_printf (out, "%s:%u:%u: %s\n", path, n->pos.line, n->pos.col, n->message);
    }
  return g_string_free (out, FALSE);
}

/**
 * ml_escape_result_query_var:
 * @self: a #MlEscapeResult
 * @var: a local variable or parameter
 * @note: (out) (optional) (transfer none): the verdict with its reason
 *
 * Returns: where the VM must place @var
 */
MlEscapePlace
ml_escape_result_query_var (MlEscapeResult      *self,
                            MlObject            *var,
                            const MlEscapeNote **note)
{
  MlEscapeNote *n;

  g_return_val_if_fail (self != NULL, ML_ESCAPE_STACK);

  n = g_hash_table_lookup (self->by_var, var);
  if (note != NULL)
    *note = n;
  if (n == NULL)
    return ML_ESCAPE_STACK;
  /* A leaking parameter is still on the stack; its pointee is not. */
  if (n->message != NULL && g_str_has_prefix (n->message, "moved to heap"))
    return ML_ESCAPE_HEAP;
  return ML_ESCAPE_STACK;
}

/**
 * ml_escape_result_query_alloc:
 * @self: a #MlEscapeResult
 * @node: an allocating expression (new, make, &T{}, a literal, a closure,
 *   an interface conversion, append, a string concatenation)
 * @note: (out) (optional) (transfer none): the verdict with its reason
 *
 * Returns: where the allocation goes
 */
MlEscapePlace
ml_escape_result_query_alloc (MlEscapeResult      *self,
                              MlNode              *node,
                              const MlEscapeNote **note)
{
  MlEscapeNote *n;

  g_return_val_if_fail (self != NULL, ML_ESCAPE_HEAP);

  n = g_hash_table_lookup (self->by_node, node);
  if (note != NULL)
    *note = n;
  return n != NULL ? n->place : ML_ESCAPE_HEAP;
}
