/* ml-compile-stmt.c
 *
 * Copyright 2026 The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Statements: each one starts with a step boundary (STMT) and owns the temporaries its code
 * uses.  This file holds the simple statements (assignments, ++ and --, declarations,
 * expression statements, return, the //memlab: directives) and the dispatch of every
 * statement; the compound ones that change the flow of control are in ml-compile-flow.c.
 */

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "ml-compiler-private.h"

/* A statement starts here: a step boundary, at the statement's position. */
void
_ml_stmt_mark (Compiler *c,
               MlNode   *n)
{
  c->pos = ml_node_start_pos (n);
  /* The standard library's statements are no step boundaries: a step runs a call into it
   * to its end, as a debugger steps over library code. */
  if (c->fn == NULL || c->fn->pkg == NULL)
    emit (c, ML_OP_STMT, 0, 0, 0, 0, 0, 0);
}

/* The place an assignment stores into: a map element is inserted if absent. */
Place
_ml_lvalue (Compiler *c,
            MlNode   *n)
{
  n = ml_node_unparen (n);
  if (n->kind == ML_NODE_INDEX && ml_type_underlying (n->x->type)->kind == ML_TYPE_MAP)
    return _ml_compile_index (c, n, TRUE);
  return _ml_compile_expr (c, n);
}

static gboolean
is_blank (MlNode *n)
{
  return n->kind == ML_NODE_IDENT && g_strcmp0 (n->name, "_") == 0;
}

/* The two values of "v, ok := ...": the value in @dst, of @type, and the bool in @ok. */
static void
append_comma_ok (Compiler *c,
                 GArray   *vals,
                 guint32   dst,
                 guint     type,
                 guint32   ok)
{
  Place v = direct (dst, type);
  Place okp = direct (ok, c->out->t_bool);

  g_array_append_val (vals, v);
  g_array_append_val (vals, okp);
}

/* The values of the right-hand side of "x, y = f()", "v, ok := m[k]" or "v, ok :=
 * x.(T)": several values from one expression. */
static void
compile_multi_value (Compiler *c,
                     MlNode   *n,
                     MlNode   *r,
                     GArray   *vals)
{
  guint32 dst, ok;

  r = ml_node_unparen (r);
  if (r->kind == ML_NODE_CALL)
    {
      g_autoptr(GArray) res = _ml_compile_call (c, r);

      g_array_append_vals (vals, res->data, res->len);
    }
  else if (r->kind == ML_NODE_INDEX)
    {
      MlType *u = ml_type_underlying (r->x->type);
      guint et = _ml_type_id (c, u->elem);
      guint32 m = _ml_to_opnd (c, _ml_compile_expr (c, r->x));
      guint32 k = _ml_to_opnd (c, _ml_compile_value (c, r->y, u->key));

      dst = _ml_temp (c, et);
      ok = _ml_temp (c, c->out->t_bool);
      emit (c, ML_OP_MAPGET, 0, dst, m, k, _ml_type_id (c, r->x->type), ok);
      append_comma_ok (c, vals, dst, et, ok);
    }
  else if (r->kind == ML_NODE_TYPE_ASSERT)
    {
      Place v;

      ok = _ml_temp (c, c->out->t_bool);
      v = _ml_compile_type_assert (c, r, ok);
      append_comma_ok (c, vals, v.opnd, v.type, ok);
    }
  else
    _ml_unsupported (c, n, _("this assignment is not supported yet"));
}

static void
assign_values (Compiler   *c,
               MlNode     *n,
               MlNodeList *lhs,
               MlNodeList *rhs,
               gboolean    define)
{
  g_autoptr(GArray) vals = g_array_new (FALSE, FALSE, sizeof (Place));
  g_autofree Place *early = g_new0 (Place, lhs->n);
  g_autofree gboolean *have_early = g_new0 (gboolean, lhs->n);

  /* The spec's first phase: the operands of index expressions and pointer indirections on
   * the left are evaluated before the right-hand side, so "i, s[i] = 2, 9" stores into s[0]
   * and "p, p.x = q, 1" into the old p's x.  A map element is inserted only when it is
   * stored, after the values. */
  if (lhs->n > 1 && !define)
    for (guint i = 0; i < lhs->n; i++)
      {
        MlNode *l = ml_node_unparen (lhs->items[i]);
        gboolean through_pointer = l->kind == ML_NODE_STAR
                                   || (l->kind == ML_NODE_SELECTOR && l->x->mode != ML_MODE_PACKAGE
                                       && ml_type_underlying (l->x->type)->kind == ML_TYPE_POINTER);

        if ((l->kind == ML_NODE_INDEX && ml_type_underlying (l->x->type)->kind != ML_TYPE_MAP)
            || through_pointer)
          {
            early[i] = _ml_lvalue (c, l);
            have_early[i] = TRUE;
            /* The pointer as it is now, not as the assignment leaves it. */
            if (through_pointer && early[i].indirect)
              {
                guint pt = _ml_pointer_to (c, early[i].type);
                guint32 t = _ml_temp (c, pt);

                _ml_emit_move (c, t, early[i].opnd, pt);
                early[i].opnd = t;
              }
          }
      }
  if (rhs->n == 1 && lhs->n > 1)
    compile_multi_value (c, n, rhs->items[0], vals);
  else
    for (guint i = 0; i < rhs->n; i++)
      {
        MlNode *l = lhs->items[i];
        MlType *want = l->obj != NULL && l->obj->kind == ML_OBJ_VAR ? l->obj->type : l->type;
        Place v;

        if (is_blank (l))
          want = NULL;
        v = _ml_compile_value (c, rhs->items[i], want);
        /* With several assignments, every value is computed before any is stored. */
        if (lhs->n > 1)
          {
            guint32 t = _ml_temp (c, v.type);

            _ml_emit_move (c, t, _ml_to_opnd (c, v), v.type);
            v = direct (t, v.type);
          }
        g_array_append_val (vals, v);
      }
  if (c->error != NULL)
    return;

  for (guint i = 0; i < lhs->n && i < vals->len; i++)
    {
      MlNode *l = ml_node_unparen (lhs->items[i]);
      Place v = g_array_index (vals, Place, i);
      Place dst;

      if (is_blank (l))
        {
          (void) _ml_to_opnd (c, v);
          continue;
        }
      if (define && l->kind == ML_NODE_IDENT && l->obj != NULL &&
          _ml_lookup_var (c, l->obj) == NULL)
        dst = _ml_var_place (c, _ml_declare_local (c, l->obj));
      else if (have_early[i])
        dst = early[i];
      else
        dst = _ml_lvalue (c, l);
      v = _ml_convert_iface (c, v, dst.type);
      _ml_store_place (c, dst, _ml_to_opnd (c, v), dst.type);
    }
}

static gboolean
same_var (MlNode *a,
          MlNode *b)
{
  a = ml_node_unparen (a);
  b = ml_node_unparen (b);
  return a->kind == ML_NODE_IDENT && b->kind == ML_NODE_IDENT && a->obj != NULL &&
         a->obj == b->obj;
}

/* s = append(s, v) on a slice variable in the frame: one APPEND1 that grows s in place, as
 * Go's compiler does.  Returns FALSE for any other assignment, which the caller compiles
 * as such (after s's place, when s is not in the frame). */
static gboolean
compile_append_in_place (Compiler *c,
                         MlNode   *n)
{
  MlNode *r, *l;
  MlType *elem;
  Place s;
  guint32 v, buf = 0, used = 0;
  guint et, flags, pc;

  if (n->list.n != 1 || n->list2.n != 1)
    return FALSE;
  r = ml_node_unparen (n->list2.items[0]);
  l = n->list.items[0];
  if (r->kind != ML_NODE_CALL || r->list.n != 2 || (r->flags & ML_NODE_FLAG_DOTS) ||
      r->x->obj == NULL || r->x->obj->kind != ML_OBJ_BUILTIN ||
      r->x->obj->builtin != ML_BUILTIN_APPEND || !same_var (l, r->list.items[0]))
    return FALSE;
  s = _ml_compile_expr (c, l);
  if (s.indirect)
    return FALSE;
  elem = ml_type_underlying (l->type)->elem;
  et = _ml_type_id (c, elem);
  v = _ml_to_opnd (c, _ml_compile_value (c, r->list.items[1], elem));
  c->pos = r->pos;
  flags = _ml_append_buffer (c, r, et, &buf, &used);
  pc = emit (c, ML_OP_APPEND1, 0, s.opnd, v, buf, et, 0);
  insn (c, pc)->flags = flags;
  insn (c, pc)->pad = used;
  return TRUE;
}

/* m[k] op= y, as order.go and walk leave it: m, k and y first, then mapassign and the
 * operation in place; for / and %, which can panic, m[k] is read and the result computed
 * before the assignment (m[k] = m[k] op y), so that a panic inserts nothing. */
static void
compile_map_op_assign (Compiler *c,
                       MlNode   *n,
                       MlNode   *l)
{
  MlType *u = ml_type_underlying (l->x->type);
  guint mt = _ml_type_id (c, l->x->type);
  guint et = _ml_type_id (c, u->elem);
  guint32 m = _ml_to_opnd (c, _ml_compile_expr (c, l->x));
  guint32 k = _ml_to_opnd (c, _ml_compile_value (c, l->y, u->key));
  guint32 a = _ml_temp (c, _ml_pointer_to (c, et));
  MlVmOp op = _ml_binop_code (n->op);
  gboolean shift = op == ML_OP_SHL || op == ML_OP_SHR;
  guint32 y = shift ? _ml_compile_shift_count (c, n->list2.items[0])
                    : _ml_to_opnd (c, _ml_compile_value (c, n->list2.items[0], u->elem));
  guint32 x, r;

  if (op == ML_OP_DIV || op == ML_OP_REM)
    {
      x = _ml_temp (c, et);
      emit (c, ML_OP_MAPGET, 0, x, m, k, mt, ML_VM_NONE);
    }
  else
    {
      emit (c, ML_OP_MAPSET, 0, a, m, k, mt, 0);
      x = _ml_to_opnd (c, indirect (a, 0, et));
    }
  if (shift)
    r = _ml_emit_arith (c, op, x, y, et);
  else
    r = _ml_emit_binary (c, op, x, y, et, et);
  if (op == ML_OP_DIV || op == ML_OP_REM)
    emit (c, ML_OP_MAPSET, 0, a, m, k, mt, 0);
  _ml_store_place (c, indirect (a, 0, et), r, et);
}

static void
compile_assign (Compiler *c,
                MlNode   *n)
{
  MlNode *l;
  Place dst;
  guint32 x, y, r;
  MlVmOp op;

  if (n->op == ML_TOK_ASSIGN || n->op == ML_TOK_DEFINE)
    {
      if (!compile_append_in_place (c, n))
        assign_values (c, n, &n->list, &n->list2, n->op == ML_TOK_DEFINE);
      return;
    }
  /* x op= y */
  l = n->list.items[0];
  op = _ml_binop_code (n->op);
  if (ml_node_unparen (l)->kind == ML_NODE_INDEX &&
      ml_type_underlying (ml_node_unparen (l)->x->type)->kind == ML_TYPE_MAP)
    {
      compile_map_op_assign (c, n, ml_node_unparen (l));
      return;
    }
  dst = _ml_lvalue (c, l);
  x = _ml_to_opnd (c, dst);
  if (op == ML_OP_SHL || op == ML_OP_SHR)
    r = _ml_emit_arith (c, op, x, _ml_compile_shift_count (c, n->list2.items[0]), dst.type);
  else
    {
      y = _ml_to_opnd (c, _ml_compile_value (c, n->list2.items[0], l->type));
      r = _ml_emit_binary (c, op, x, y, dst.type, dst.type);
    }
  _ml_store_place (c, dst, r, dst.type);
}

static void
compile_incdec (Compiler *c,
                MlNode   *n)
{
  Place dst = _ml_lvalue (c, n->x);
  MlVmType *t = type_info (c, dst.type);
  gint64 d = n->op == ML_TOK_INC ? 1 : -1;
  guint32 x, r;
  guint pc;

  if (_ml_is_complex_type (c, dst.type))
    {
      _ml_store_place (c, dst, _ml_complex_add_real (c, _ml_to_opnd (c, dst), dst.type, d),
                       dst.type);
      return;
    }
  if (!dst.indirect && !ml_vm_kind_is_float (t->kind))
    {
      emit (c, ML_OP_INC, t->size, dst.opnd, 0, 0, dst.type, d);
      return;
    }
  x = _ml_to_opnd (c, dst);
  r = _ml_temp (c, dst.type);
  if (ml_vm_kind_is_float (t->kind))
    {
      guint32 one = _ml_temp (c, dst.type);
      double dd = d;
      float ff = d;
      gint64 bits = 0;

      if (t->size == 8)
        memcpy (&bits, &dd, 8);
      else
        memcpy (&bits, &ff, 4);
      emit (c, ML_OP_MOVI, t->size, one, 0, 0, dst.type, bits);
      pc = emit (c, ML_OP_ADD, t->size, r, x, one, dst.type, 0);
    }
  else
    {
      pc = emit (c, ML_OP_ADD, t->size, r, x, 0, dst.type, d);
      insn (c, pc)->flags |= ML_VM_INSN_IMM;
    }
  insn (c, pc)->flags |= _ml_arith_flags (t);
  _ml_store_place (c, dst, r, dst.type);
}

static void
compile_var_spec (Compiler *c,
                  MlNode   *spec)
{
  if (_ml_static_init_globals (c, spec))
    return;

  for (guint i = 0; i < spec->list.n; i++)
    {
      MlNode *name = spec->list.items[i];
      MlObject *o = name->obj;
      VarInfo *v;

      if (o == NULL || g_strcmp0 (o->name, "_") == 0)
        continue;
      v = _ml_lookup_var (c, o);
      if (v == NULL)
        v = _ml_declare_local (c, o);
      else if (v->kind == VAR_GLOBAL && spec->list2.n == 0)
        continue; /* package variables start zeroed */
      if (spec->list2.n == 0)
        _ml_zero_place (c, _ml_var_place (c, v));
    }
  if (spec->list2.n > 0)
    assign_values (c, spec, &spec->list, &spec->list2, FALSE);
}

/* A var declaration (the only kind that compiles to code), as a statement or at package
 * level. */
static void
compile_decl (Compiler *c,
              MlNode   *d)
{
  if (d->kind == ML_NODE_DECL_STMT)
    d = d->x;
  if (d->op != ML_TOK_VAR)
    return;
  for (guint i = 0; i < d->list.n; i++)
    compile_var_spec (c, d->list.items[i]);
}

static void
compile_return (Compiler *c,
                MlNode   *n)
{
  MlType *results = ml_type_underlying (c->fn->signature)->results;

  if (n->list.n == 1 && results != NULL && results->n_fields > 1)
    {
      g_autoptr(GArray) res = _ml_compile_call (c, ml_node_unparen (n->list.items[0]));

      for (guint i = 0; i < res->len && i < _ml_inline_n_results (c); i++)
        {
          Place p = g_array_index (res, Place, i);
          VarInfo *rv = c->inl_copy != NULL ? _ml_lookup_var (c, g_ptr_array_index (c->fn->results, i))
                        : NULL;

          if (rv != NULL)
            _ml_store_place (c, _ml_var_place (c, rv), _ml_to_opnd (c, p), p.type);
          else
            _ml_emit_move (c, _ml_slot_opnd (c, c->vf->result_slots[i], 0), _ml_to_opnd (c, p),
                           p.type);
        }
    }
  else if (n->list.n > 0)
    {
      g_autoptr(GArray) vals = g_array_new (FALSE, FALSE, sizeof (guint32));

      for (guint i = 0; i < n->list.n; i++)
        {
          Place p = _ml_compile_value (c, n->list.items[i], results->fields[i].type);
          guint32 v = _ml_to_opnd (c, p);

          if (n->list.n > 1)
            {
              guint32 t = _ml_temp (c, p.type);

              _ml_emit_move (c, t, v, p.type);
              v = t;
            }
          g_array_append_val (vals, v);
        }
      for (guint i = 0; i < vals->len && i < _ml_inline_n_results (c); i++)
        {
          guint rt = _ml_type_id (c, results->fields[i].type);
          MlObject *ro = g_ptr_array_index (c->fn->results, i);
          VarInfo *rv = _ml_lookup_var (c, ro);

          if (rv != NULL)
            _ml_store_place (c, _ml_var_place (c, rv), g_array_index (vals, guint32, i), rt);
          else
            _ml_emit_move (c, _ml_slot_opnd (c, c->vf->result_slots[i], 0),
                           g_array_index (vals, guint32, i), rt);
        }
    }
  /* An inlined copy's return ends the copy, not the frame. */
  if (c->inl_copy != NULL)
    {
      _ml_inline_return (c);
      return;
    }
  /* The deferred calls run, then named results that moved to the heap are copied back into
   * their slots. */
  _ml_compile_deferreturn (c);
  _ml_copy_back_results (c);
  emit (c, ML_OP_RET, 0, 0, 0, 0, 0, 0);
}

/* A //memlab: directive the checker has read: one instruction against the runtime model. */
static void
compile_directive (Compiler *c,
                   MlNode   *n)
{
  MlVmOp op;
  gint64 imm = n->ival;

  switch ((MlDirective) n->op)
    {
    case ML_DIRECTIVE_GC_START:
      op = ML_OP_GCSTART;
      imm = 0;
      break;
    case ML_DIRECTIVE_GC_UNITS: op = ML_OP_GCUNITS; break;
    case ML_DIRECTIVE_GOGC: op = ML_OP_SETGOGC; break;
    case ML_DIRECTIVE_WRITE_BARRIER: op = ML_OP_SETWB; break;
    case ML_DIRECTIVE_NONE:
    default:
      /* The checker reports every directive it cannot read, so this is not reached. */
      _ml_unsupported (c, n, _("this statement (%s) is not supported yet"),
                       ml_node_kind_to_string (n->kind));
      return;
    }
  emit (c, op, 0, 0, 0, 0, 0, imm);
}

static void
compile_expr_stmt (Compiler *c,
                   MlNode   *n)
{
  MlNode *x = ml_node_unparen (n->x);

  if (x->kind == ML_NODE_CALL)
    {
      gboolean unused = c->results_unused;
      g_autoptr(GArray) results = NULL;

      /* fmt's printing functions leave out the results nothing reads. */
      c->results_unused = ml_node_unparen (x->x)->obj != NULL
                          && ml_node_unparen (x->x)->obj->builtin != ML_BUILTIN_NONE;
      results = _ml_compile_call (c, x);
      c->results_unused = unused;
    }
  else
    (void) _ml_compile_expr (c, x);
}

/* A simple statement: a step boundary, then its code, then the end of its temporaries.  A
 * statement that stores into variables pins the storage of what it keeps on the stack (see
 * _ml_begin_stmt_temps()); nothing runs after a return, so its temporaries go with the
 * frame instead of being cleared. */
static void
compile_simple (Compiler *c,
                MlNode   *n)
{
  /* An inlined copy's return stores into the copy's results, which its caller keeps. */
  gboolean stores = n->kind != ML_NODE_EXPR_STMT
                    && (n->kind != ML_NODE_RETURN_STMT || c->inl_copy != NULL);
  void (*compile) (Compiler *, MlNode *) =
    n->kind == ML_NODE_RETURN_STMT ? compile_return
    : n->kind == ML_NODE_EXPR_STMT ? compile_expr_stmt
    : n->kind == ML_NODE_ASSIGN_STMT ? compile_assign
    : n->kind == ML_NODE_INC_DEC_STMT ? compile_incdec : compile_decl;
  TempScope outer;

  _ml_stmt_mark (c, n);
  outer = _ml_begin_stmt_temps (c, stores);
  _ml_slice_move_to_heap (c, n);
  compile (c, n);
  g_array_unref (_ml_end_stmt_temps (c, outer, n->kind != ML_NODE_RETURN_STMT));
}

void
_ml_compile_stmt (Compiler *c,
                  MlNode   *n)
{
  if (n == NULL || c->error != NULL)
    return;
  switch (n->kind)
    {
    case ML_NODE_BLOCK:
      _ml_compile_block_list (c, &n->list);
      return;
    case ML_NODE_EMPTY_STMT:
      return;
    case ML_NODE_LABELED_STMT:
      _ml_compile_label (c, n);
      c->pending_label = n->name;
      _ml_compile_stmt (c, n->x);
      c->pending_label = NULL;
      return;
    case ML_NODE_IF_STMT: case ML_NODE_FOR_STMT: case ML_NODE_RANGE_STMT:
    case ML_NODE_SWITCH_STMT: case ML_NODE_BRANCH_STMT:
      _ml_compile_flow (c, n);
      return;
    case ML_NODE_RETURN_STMT: case ML_NODE_EXPR_STMT: case ML_NODE_ASSIGN_STMT:
    case ML_NODE_INC_DEC_STMT:
      compile_simple (c, n);
      return;
    case ML_NODE_DECL_STMT: case ML_NODE_GEN_DECL:
      if ((n->kind == ML_NODE_DECL_STMT ? n->x : n)->op == ML_TOK_VAR)
        compile_simple (c, n);
      return;
    case ML_NODE_DIRECTIVE_STMT:
      /* A statement of its own, so that the window shows its line while it runs. */
      _ml_stmt_mark (c, n);
      compile_directive (c, n);
      return;
    case ML_NODE_GO_STMT:
      _ml_unsupported (c, n, _("goroutines are not supported yet"));
      return;
    case ML_NODE_DEFER_STMT:
      _ml_compile_defer (c, n);
      return;
    case ML_NODE_SELECT_STMT: case ML_NODE_SEND_STMT:
      _ml_unsupported (c, n, _("channels are not supported yet"));
      return;
    case ML_NODE_TYPE_SWITCH_STMT:
      _ml_compile_flow (c, n);
      return;
    ML_NODE_CASES_EXPR: ML_NODE_CASES_TYPE: case ML_NODE_CASE_CLAUSE: case ML_NODE_IMPORT_SPEC:
    case ML_NODE_VALUE_SPEC: case ML_NODE_TYPE_SPEC: case ML_NODE_FUNC_DECL:
    case ML_N_NODE_KINDS:
    default:
      _ml_unsupported (c, n, _("this statement (%s) is not supported yet"),
                       ml_node_kind_to_string (n->kind));
      return;
    }
}

void
_ml_compile_block_list (Compiler   *c,
                        MlNodeList *list)
{
  for (guint i = 0; i < list->n && c->error == NULL; i++)
    _ml_compile_stmt (c, list->items[i]);
}
