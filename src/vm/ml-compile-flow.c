/* ml-compile-flow.c
 *
 * Copyright 2026 The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The statements that change the flow of control: if, for, range, switch, type switch, break,
 * continue and goto.  Besides jumps and their targets, this is where the steps of a loop are decided
 * (one step per iteration for the loop's own clauses, as a debugger's "next" shows them),
 * and where the temporaries of a condition, a switch's tag or a range clause die: on each
 * way out.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "ml-compiler-private.h"

static Loop *
push_loop (Compiler *c,
           gboolean  is_switch)
{
  Loop *l = g_new0 (Loop, 1);

  l->label = c->pending_label;
  c->pending_label = NULL;
  l->breaks = g_array_new (FALSE, FALSE, sizeof (guint));
  l->continues = g_array_new (FALSE, FALSE, sizeof (guint));
  l->is_switch = is_switch;
  g_ptr_array_add (c->loops, l);
  return l;
}

static void
patch_all (Compiler *c,
           GArray   *jumps,
           guint     target)
{
  for (guint i = 0; i < jumps->len; i++)
    patch (c, g_array_index (jumps, guint, i), target);
}

static void
pop_loop (Compiler *c,
          guint     continue_target,
          guint     break_target)
{
  Loop *l = g_ptr_array_steal_index (c->loops, c->loops->len - 1);

  patch_all (c, l->breaks, break_target);
  patch_all (c, l->continues, continue_target);
  g_array_unref (l->breaks);
  g_array_unref (l->continues);
  g_free (l);
}

/* Emits "if !cond goto ?" and returns the jump to patch; fuses a comparison with it. */
static guint
compile_cond_jump (Compiler *c,
                   MlNode   *cond)
{
  MlNode *u = ml_node_unparen (cond);
  guint32 v;

  if (u->kind == ML_NODE_BINARY && u->cval == NULL)
    {
      MlVmOp op = _ml_binop_code (u->op);
      MlType *ot = u->x->type;

      if (ml_type_is_untyped (ot))
        ot = u->y->type;
      if (op >= ML_OP_EQ && op <= ML_OP_GE && ot != NULL && !ml_type_is_untyped (ot) &&
          ml_type_is_integer (ot))
        {
          MlVmType *t = type_info (c, _ml_type_id (c, ot));
          guint32 x = _ml_to_opnd (c, _ml_compile_value (c, u->x, ot));
          guint32 y;
          guint pc;

          c->pos = u->pos;
          if (u->y->cval != NULL && u->y->mode == ML_MODE_CONSTANT)
            {
              /* The target goes into pad; imm holds the constant. */
              pc = emit (c, ML_OP_JCMP, t->size, 0, x, 0, op, (gint64) u->y->cval->i);
              insn (c, pc)->flags = ML_VM_INSN_IMM | _ml_arith_flags (t);
              return pc;
            }
          y = _ml_to_opnd (c, _ml_compile_value (c, u->y, ot));
          pc = emit (c, ML_OP_JCMP, t->size, 0, x, y, op, 0);
          insn (c, pc)->flags = _ml_arith_flags (t);
          return pc;
        }
    }
  v = _ml_to_opnd (c, _ml_compile_value (c, cond, NULL));
  return emit (c, ML_OP_JF, 1, 0, v, 0, 0, 0);
}

/* Points the conditional jump at @pc (a JF, or a JCMP, whose target is in pad) to
 * @target. */
static void
patch_cond (Compiler *c,
            guint     pc,
            guint     target)
{
  MlVmInsn *in = insn (c, pc);

  if (in->op == ML_OP_JCMP)
    in->pad = target;
  else
    in->imm = target;
}

static void
compile_if (Compiler *c,
            MlNode   *n)
{
  g_autoptr(GArray) cond = NULL;
  TempScope outer;
  guint jf, jend;

  if (n->x != NULL)
    _ml_compile_stmt (c, n->x);
  c->pos = ml_node_start_pos (n->y);
  outer = _ml_begin_stmt_temps (c, FALSE);
  jf = compile_cond_jump (c, n->y);
  /* The condition's temporaries are dead on either branch: cleared on this one here, on
   * the other where it starts. */
  cond = _ml_end_stmt_temps (c, outer, TRUE);
  _ml_compile_stmt (c, n->z);
  if (n->w == NULL && !_ml_temps_need_clearing (c, cond))
    {
      patch_cond (c, jf, here (c));
      return;
    }
  jend = emit (c, ML_OP_JMP, 0, 0, 0, 0, 0, 0);
  patch_cond (c, jf, here (c));
  _ml_clear_temps (c, cond);
  _ml_compile_stmt (c, n->w);
  patch (c, jend, here (c));
}

/* A variable of a three-clause loop's init statement that lives on the heap: Go 1.22 gives
 * each iteration its own (cmd/compile's loopvar.go).  The value goes from iteration to
 * iteration in a frame temporary, z' in loopvar's words; each iteration starts with a new
 * heap object holding it. */
typedef struct
{
  MlObject *o;
  VarInfo   prime;     /* z': the frame temporary that carries the value */
  VarInfo  *heap;      /* z: the iteration's variable, NULL until it is first declared */
} LoopVar;

/* The heap variables the init statement of @n declares, bound to their z' for the init. */
static GArray *
loop_vars_begin (Compiler *c,
                 MlNode   *n)
{
  GArray *vars = g_array_new (FALSE, TRUE, sizeof (LoopVar));
  MlNode *init = n->x;

  if (init == NULL || init->kind != ML_NODE_ASSIGN_STMT || init->op != ML_TOK_DEFINE)
    return vars;
  for (guint i = 0; i < init->list.n; i++)
    {
      MlNode *l = ml_node_unparen (init->list.items[i]);
      LoopVar lv = { 0 };
      guint slot;

      if (l->kind != ML_NODE_IDENT || l->obj == NULL || l->obj->kind != ML_OBJ_VAR ||
          _ml_lookup_var (c, l->obj) != NULL || !_ml_var_on_heap (c, l->obj))
        continue;
      slot = ml_vm_func_add_slot (c->vf, ".autotmp", _ml_type_id (c, l->obj->type),
                                  ML_VM_SLOT_TEMP);
      lv.o = l->obj;
      lv.prime = *_ml_bind_var (c, l->obj, FALSE, slot);
      g_array_append_val (vars, lv);
    }
  return vars;
}

/* z := z': a new heap object for each variable of the iteration that starts, holding the
 * value carried from the previous one. */
static void
loop_vars_declare (Compiler *c,
                   GArray   *vars)
{
  for (guint i = 0; i < vars->len; i++)
    {
      LoopVar *lv = &g_array_index (vars, LoopVar, i);

      if (lv->heap == NULL)
        lv->heap = _ml_bind_var (c, lv->o, TRUE, G_MAXUINT);
      else
        emit (c, ML_OP_NEW, 8, _ml_slot_opnd (c, lv->heap->slot, 0), 0, 0, lv->heap->type, 0);
      _ml_store_place (c, _ml_var_place (c, lv->heap), _ml_var_place (c, &lv->prime).opnd,
                       lv->prime.type);
    }
}

/* z' = z: the end of an iteration (where a continue goes too). */
static void
loop_vars_carry (Compiler *c,
                 GArray   *vars)
{
  for (guint i = 0; i < vars->len; i++)
    {
      LoopVar *lv = &g_array_index (vars, LoopVar, i);

      _ml_store_place (c, _ml_var_place (c, &lv->prime),
                       _ml_to_opnd (c, _ml_var_place (c, lv->heap)), lv->prime.type);
    }
}

static void
compile_for (Compiler *c,
             MlNode   *n)
{
  g_autoptr(GArray) cond = NULL;
  g_autoptr(GArray) vars = loop_vars_begin (c, n);
  guint head, top, jf = G_MAXUINT, cont;

  if (n->x != NULL)
    _ml_compile_stmt (c, n->x);
  /* One step per iteration for the loop's own clauses, as a debugger's "next" shows them:
   * the first test has its own boundary, and later ones run in the post statement's step.
   * A loop without a post statement goes back to the boundary before its test, so that
   * every iteration (even of "for {}") passes one. */
  head = here (c);
  _ml_stmt_mark (c, n->y != NULL ? n->y : n);
  loop_vars_declare (c, vars);
  top = here (c);
  if (n->y != NULL)
    {
      TempScope outer = _ml_begin_stmt_temps (c, FALSE);

      jf = compile_cond_jump (c, n->y);
      /* The condition's temporaries are dead in the body (cleared here) and after the
       * loop (cleared at its exit). */
      cond = _ml_end_stmt_temps (c, outer, TRUE);
    }
  push_loop (c, FALSE);
  _ml_compile_stmt (c, n->w);
  cont = here (c);
  /* Per-iteration variables: the next iteration's are declared before the post statement
   * runs on them (or, without one, at the boundary the loop goes back to). */
  loop_vars_carry (c, vars);
  if (n->z != NULL)
    {
      loop_vars_declare (c, vars);
      _ml_compile_stmt (c, n->z);
    }
  emit (c, ML_OP_JMP, 0, 0, 0, 0, 0, n->z != NULL ? top : head);
  if (jf != G_MAXUINT)
    patch_cond (c, jf, here (c));
  pop_loop (c, cont, here (c));
  _ml_clear_temps (c, cond);
}

/* ------------------------------------------------------------------------------------------ */
/* Range loops */

static void
bind_range_var (Compiler *c,
                MlNode   *target,
                gboolean  define,
                guint32   value,
                guint     type)
{
  Place dst;

  if (target == NULL)
    return;
  target = ml_node_unparen (target);
  if (target->kind == ML_NODE_IDENT && g_strcmp0 (target->name, "_") == 0)
    return;
  if (define)
    {
      VarInfo *v = _ml_lookup_var (c, target->obj);

      /* Each iteration has its own variables (Go 1.22). */
      if (v == NULL || v->kind == VAR_HEAP)
        v = _ml_declare_local (c, target->obj);
      dst = _ml_var_place (c, v);
    }
  else
    dst = _ml_lvalue (c, target);
  _ml_store_place (c, dst, value, type);
}

/* The top of an iteration: a step boundary, then the test idx < len; returns the jump
 * out.  The loop's temporaries (the clause's) live through its body. */
static guint
range_test (Compiler *c,
            MlNode   *n,
            guint32   idx,
            guint32   len)
{
  guint jf;

  _ml_stmt_mark (c, n);
  jf = emit (c, ML_OP_JCMP, 8, 0, idx, len, ML_OP_LT, 0);
  insn (c, jf)->flags = ML_VM_INSN_SIGNED;
  return jf;
}

/* The body of a range loop and the way back to its @top, incrementing @idx first unless it
 * is ML_VM_NONE; the test's jump out @jf lands after it. */
static void
range_body (Compiler *c,
            MlNode   *n,
            guint     top,
            guint     jf,
            guint32   idx)
{
  guint cont;

  _ml_compile_stmt (c, n->w);
  cont = here (c);
  if (idx != ML_VM_NONE)
    emit (c, ML_OP_INC, 8, idx, 0, 0, c->out->t_int, 1);
  emit (c, ML_OP_JMP, 0, 0, 0, 0, 0, top);
  patch_cond (c, jf, here (c));
  pop_loop (c, cont, here (c));
}

/* range over a slice, an array or a pointer to an array. */
static void
range_elements (Compiler *c,
                MlNode   *n,
                MlType   *u,
                guint32   idx,
                guint32   len)
{
  gboolean define = n->op == ML_TOK_DEFINE;
  guint it = c->out->t_int;
  guint et = _ml_type_id (c, u->elem);
  gboolean arr = u->kind == ML_TYPE_ARRAY;
  guint32 s;
  guint top, jf;

  if (arr)
    {
      MlType *zt = ml_type_underlying (n->z->type);

      if (zt->kind == ML_TYPE_POINTER)
        s = _ml_to_opnd (c, _ml_compile_expr (c, n->z));
      else if (n->y != NULL && g_strcmp0 (ml_node_unparen (n->y)->name, "_") != 0)
        {
          /* The values come from a copy of the array, made before the first iteration: the
           * body's writes to the array are not seen (order.go's copy of the range
           * expression). */
          guint at = _ml_type_id (c, n->z->type);
          guint32 copy = _ml_temp (c, at);

          _ml_emit_move (c, copy, _ml_to_opnd (c, _ml_compile_expr (c, n->z)), at);
          s = _ml_address_of (c, direct (copy, at));
        }
      else
        s = _ml_address_of (c, _ml_compile_expr (c, n->z));
      emit (c, ML_OP_MOVI, 8, len, 0, 0, it, u->len);
    }
  else
    {
      guint st = _ml_type_id (c, n->z->type);

      s = _ml_temp (c, st);
      _ml_emit_move (c, s, _ml_to_opnd (c, _ml_compile_expr (c, n->z)), st);
      _ml_emit_move (c, len, _ml_opnd_add (c, s, 8), it);
    }
  emit (c, ML_OP_MOVI, 8, idx, 0, 0, it, 0);
  top = here (c);
  jf = range_test (c, n, idx, len);
  push_loop (c, FALSE)->live_temps = c->stmt_temps;
  bind_range_var (c, n->x, define, idx, it);
  if (n->y != NULL)
    {
      guint32 a = _ml_temp (c, _ml_pointer_to (c, et));
      guint32 v;

      if (arr)
        emit (c, ML_OP_AIDX, 0, a, s, idx, et, u->len);
      else
        emit (c, ML_OP_IDX, 0, a, s, idx, et, 0);
      v = _ml_to_opnd (c, indirect (a, 0, et));
      bind_range_var (c, n->y, define, v, et);
    }
  range_body (c, n, top, jf, idx);
}

/* range over a string: the byte index and the rune decoded there. */
static void
range_string (Compiler *c,
              MlNode   *n,
              guint32   idx,
              guint32   len)
{
  gboolean define = n->op == ML_TOK_DEFINE;
  guint it = c->out->t_int;
  guint st = c->out->t_string;
  guint rt = _ml_basic_type (c, ML_VM_KIND_INT32);
  guint32 s = _ml_temp (c, st);
  guint32 next = _ml_temp (c, it);
  guint32 r = _ml_temp (c, rt);
  guint top, jf;

  _ml_emit_move (c, s, _ml_to_opnd (c, _ml_compile_value (c, n->z, NULL)), st);
  _ml_emit_move (c, len, _ml_opnd_add (c, s, 8), it);
  emit (c, ML_OP_MOVI, 8, next, 0, 0, it, 0);
  top = here (c);
  _ml_stmt_mark (c, n);
  _ml_emit_move (c, idx, next, it);
  jf = emit (c, ML_OP_JCMP, 8, 0, idx, len, ML_OP_LT, 0);
  insn (c, jf)->flags = ML_VM_INSN_SIGNED;
  push_loop (c, FALSE)->live_temps = c->stmt_temps;
  emit (c, ML_OP_STRRANGE, 0, r, s, next, 0, 0);
  bind_range_var (c, n->x, define, idx, it);
  bind_range_var (c, n->y, define, r, rt);
  range_body (c, n, top, jf, ML_VM_NONE);
}

/* range over a map: a maps.Iter in the frame (mapIterStart, then mapiternext after each
 * iteration); the loop ends when its key pointer is nil, and the variables take the key and
 * element it points at. */
static void
range_map (Compiler *c,
           MlNode   *n)
{
  gboolean define = n->op == ML_TOK_DEFINE;
  guint mt = _ml_type_id (c, n->z->type);
  MlVmType *m = type_info (c, mt);
  guint32 mp = _ml_temp (c, mt);
  guint32 it = _ml_temp (c, _ml_map_iter_type (c));
  guint top, jf, cont;

  _ml_emit_move (c, mp, _ml_to_opnd (c, _ml_compile_expr (c, n->z)), mt);
  emit (c, ML_OP_MAPITERINIT, 0, it, mp, 0, mt, 0);
  top = here (c);
  _ml_stmt_mark (c, n);
  jf = emit (c, ML_OP_JCMP, 8, 0, it, 0, ML_OP_NE, 0);
  insn (c, jf)->flags = ML_VM_INSN_IMM;
  push_loop (c, FALSE)->live_temps = c->stmt_temps;
  if (n->x != NULL)
    bind_range_var (c, n->x, define, _ml_to_opnd (c, indirect (it, 0, m->key)), m->key);
  if (n->y != NULL)
    bind_range_var (c, n->y, define, _ml_to_opnd (c, indirect (_ml_opnd_add (c, it, 8), 0, m->elem)),
                    m->elem);
  _ml_compile_stmt (c, n->w);
  cont = here (c);
  emit (c, ML_OP_MAPITERNEXT, 0, it, 0, 0, mt, 0);
  emit (c, ML_OP_JMP, 0, 0, 0, 0, 0, top);
  patch_cond (c, jf, here (c));
  pop_loop (c, cont, here (c));
}

static void
compile_range_loop (Compiler *c,
                    MlNode   *n)
{
  MlType *xt = n->z->type;
  MlType *u = ml_type_underlying (xt);
  guint it = c->out->t_int;
  guint32 idx = _ml_temp (c, it);
  guint32 len = _ml_temp (c, it);

  c->pos = n->pos;
  if (u->kind == ML_TYPE_POINTER)
    u = ml_type_underlying (u->elem);

  if (ml_type_is_integer (u))
    {
      Place pv = _ml_compile_value (c, n->z, NULL);
      MlVmType *vt = type_info (c, pv.type);
      guint32 v = _ml_to_opnd (c, pv);
      guint top, jf;

      /* The count, widened to the int the loop counts in (n of type uint8 is 0 to 255). */
      if (vt->size == 8)
        _ml_emit_move (c, len, v, it);
      else
        emit (c, ML_OP_CONV, ML_CONV_INT, len, v, 0, it,
              vt->size | (ml_vm_kind_is_signed (vt->kind) ? 1 << 8 : 0) | (8 << 16) | (1 << 24));
      emit (c, ML_OP_MOVI, 8, idx, 0, 0, it, 0);
      top = here (c);
      jf = range_test (c, n, idx, len);
      push_loop (c, FALSE)->live_temps = c->stmt_temps;
      bind_range_var (c, n->x, n->op == ML_TOK_DEFINE, idx, _ml_type_id (c, xt));
      range_body (c, n, top, jf, idx);
      return;
    }

  switch ((int) u->kind)
    {
    case ML_TYPE_SLICE: case ML_TYPE_ARRAY:
      range_elements (c, n, u, idx, len);
      break;
    case ML_TYPE_STRING: case ML_TYPE_UNTYPED_STRING:
      range_string (c, n, idx, len);
      break;
    case ML_TYPE_MAP:
      range_map (c, n);
      break;
    default:
      _ml_unsupported (c, n, _("range over this type is not supported yet"));
      break;
    }
}

/* A range clause's temporaries (the copy of the slice, string or map ranged over, the index,
 * the length) live through the whole loop, as Go's do, and die at its exit.  The clause
 * binds variables, and the body can store their values into variables that outlive the
 * loop: a value the clause keeps on the stack ([]*T{&T{}}) stays where it is. */
static void
compile_range (Compiler *c,
               MlNode   *n)
{
  TempScope outer = _ml_begin_stmt_temps (c, TRUE);

  _ml_slice_move_to_heap (c, n);
  compile_range_loop (c, n);
  _ml_release_stmt_temps (c, outer);
}

/* ------------------------------------------------------------------------------------------ */
/* switch, break and continue */

/* The body of each clause of the switch @n, in order, starting at @starts; a clause that
 * ends in fallthrough goes on into the next, the others to the end.  @header: the
 * temporaries of the tag and the cases' values, which each clause clears first. */
static void
compile_clauses (Compiler *c,
                 MlNode   *n,
                 GArray   *starts,
                 GArray   *header,
                 GArray   *ends)
{
  g_autoptr(GArray) falls = g_array_new (FALSE, FALSE, sizeof (guint));

  for (guint i = 0; i < n->list.n; i++)
    {
      MlNode *cl = n->list.items[i];
      guint start = here (c);
      MlNodeList body = cl->list2;
      MlNode *last = ml_node_list_last_stmt (&body);
      gboolean falls_through = last != NULL && last->kind == ML_NODE_BRANCH_STMT
                               && last->op == ML_TOK_FALLTHROUGH;
      guint pc;

      g_array_append_val (starts, start);
      /* A fallthrough from the previous clause lands here. */
      patch_all (c, falls, start);
      g_array_set_size (falls, 0);
      /* Directives after a fallthrough are past its jump: they never run. */
      while (falls_through && body.items[body.n - 1] != last)
        body.n--;
      _ml_clear_temps (c, header);
      _ml_compile_block_list (c, &body);
      pc = emit (c, ML_OP_JMP, 0, 0, 0, 0, 0, 0);
      g_array_append_val (falls_through ? falls : ends, pc);
    }
  /* A fallthrough out of the last clause, if any, goes to the end as well. */
  g_array_append_vals (ends, falls->data, falls->len);
}

static void
compile_switch (Compiler *c,
                MlNode   *n)
{
  guint32 tag = ML_VM_NONE;
  guint tag_type = 0;
  MlType *tt = NULL;
  g_autoptr(GArray) body_jumps = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr(GArray) body_starts = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr(GArray) ends = g_array_new (FALSE, FALSE, sizeof (guint));
  guint default_clause = G_MAXUINT;
  guint jdefault;
  g_autoptr(GArray) header = NULL;
  TempScope outer;

  if (n->x != NULL)
    _ml_compile_stmt (c, n->x);
  /* The tag and the cases' values are dead once a clause is chosen: each clause starts by
   * clearing them, and so does the way out when none is. */
  outer = _ml_begin_stmt_temps (c, FALSE);
  if (n->y != NULL)
    {
      Place p;

      c->pos = ml_node_start_pos (n->y);
      tt = n->y->type;
      if (ml_type_is_untyped (tt))
        tt = NULL;
      p = _ml_compile_value (c, n->y, tt);
      tag_type = p.type;
      tag = _ml_temp (c, tag_type);
      _ml_emit_move (c, tag, _ml_to_opnd (c, p), tag_type);
      if (tt == NULL)
        tt = n->y->type;
    }
  /* The tests, in order; each jumps to its body: (jump, clause) pairs. */
  for (guint i = 0; i < n->list.n; i++)
    {
      MlNode *cl = n->list.items[i];

      if (cl->list.n == 0)
        default_clause = i;
      for (guint k = 0; k < cl->list.n; k++)
        {
          MlNode *e = cl->list.items[k];
          guint32 v;
          guint j;

          c->pos = ml_node_start_pos (e);
          if (tag != ML_VM_NONE)
            {
              guint32 x = _ml_to_opnd (c, _ml_compile_value (c, e, tt));

              v = _ml_emit_binary (c, ML_OP_EQ, tag, x, tag_type, c->out->t_bool);
            }
          else
            v = _ml_to_opnd (c, _ml_compile_value (c, e, NULL));
          j = emit (c, ML_OP_JT, 1, 0, v, 0, 0, 0);
          g_array_append_val (body_jumps, j);
          g_array_append_val (body_jumps, i);
        }
    }
  header = _ml_end_stmt_temps (c, outer, FALSE);
  jdefault = emit (c, ML_OP_JMP, 0, 0, 0, 0, 0, 0);
  push_loop (c, TRUE);
  compile_clauses (c, n, body_starts, header, ends);
  for (guint k = 0; k < body_jumps->len; k += 2)
    patch (c, g_array_index (body_jumps, guint, k),
           g_array_index (body_starts, guint, g_array_index (body_jumps, guint, k + 1)));
  if (default_clause != G_MAXUINT)
    patch (c, jdefault, g_array_index (body_starts, guint, default_clause));
  else
    {
      patch (c, jdefault, here (c));
      _ml_clear_temps (c, header);
    }
  patch_all (c, ends, here (c));
  pop_loop (c, here (c), here (c));
}

/* The variable of a type switch's clause @cl, when the switch declares one: the operand
 * @x (of interface type @xt) as the clause's single type, or x itself. */
static void
bind_clause_var (Compiler *c,
                 MlNode   *cl,
                 guint32   x,
                 guint     xt)
{
  MlObject *o = cl->obj;
  guint vt;
  Place dst;
  guint32 v;

  if (o == NULL)
    return;
  vt = _ml_type_id (c, o->type);
  dst = _ml_var_place (c, _ml_declare_local (c, o));
  if (vt == xt)
    v = x;
  else
    {
      v = _ml_temp (c, vt);
      emit (c, ML_OP_ASSERT, 0, v, x, ML_VM_NONE, vt, xt);
    }
  _ml_store_place (c, dst, v, vt);
}

/* switch v := x.(type): x once, then each case's test in order (ASSERT of the case's type,
 * or of nil, into a bool), then the clauses, each binding its own v first. */
static void
compile_type_switch (Compiler *c,
                     MlNode   *n)
{
  MlNode *guard = n->y->kind == ML_NODE_ASSIGN_STMT ? n->y->list2.items[0] : n->y;
  g_autoptr(GArray) body_jumps = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr(GArray) ends = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr(GArray) header = NULL;
  guint default_clause = G_MAXUINT;
  g_autofree guint *starts = g_new0 (guint, MAX (n->list.n, 1));
  guint32 x;
  guint xt, jdefault;
  TempScope outer;

  if (n->x != NULL)
    _ml_compile_stmt (c, n->x);
  outer = _ml_begin_stmt_temps (c, FALSE);
  c->pos = ml_node_start_pos (guard->x);
  xt = _ml_type_id (c, guard->x->type);
  x = _ml_temp (c, xt);
  _ml_emit_move (c, x, _ml_to_opnd (c, _ml_compile_expr (c, guard->x)), xt);
  for (guint i = 0; i < n->list.n; i++)
    {
      MlNode *cl = n->list.items[i];

      if (cl->list.n == 0)
        default_clause = i;
      for (guint k = 0; k < cl->list.n; k++)
        {
          MlNode *e = cl->list.items[k];
          guint32 ok = _ml_temp (c, c->out->t_bool);
          guint j;

          c->pos = ml_node_start_pos (e);
          emit (c, ML_OP_ASSERT, 0, ML_VM_NONE, x, ok,
                e->mode == ML_MODE_TYPEXPR ? _ml_type_id (c, e->type) : 0, xt);
          j = emit (c, ML_OP_JT, 1, 0, ok, 0, 0, 0);
          g_array_append_val (body_jumps, j);
          g_array_append_val (body_jumps, i);
        }
    }
  header = _ml_end_stmt_temps (c, outer, FALSE);
  jdefault = emit (c, ML_OP_JMP, 0, 0, 0, 0, 0, 0);
  push_loop (c, TRUE);
  for (guint i = 0; i < n->list.n; i++)
    {
      MlNode *cl = n->list.items[i];
      guint pc;

      starts[i] = here (c);
      c->pos = cl->pos;
      bind_clause_var (c, cl, x, xt);
      _ml_clear_temps (c, header);
      _ml_compile_block_list (c, &cl->list2);
      pc = emit (c, ML_OP_JMP, 0, 0, 0, 0, 0, 0);
      g_array_append_val (ends, pc);
    }
  for (guint k = 0; k < body_jumps->len; k += 2)
    patch (c, g_array_index (body_jumps, guint, k), starts[g_array_index (body_jumps, guint, k + 1)]);
  if (default_clause != G_MAXUINT)
    patch (c, jdefault, starts[default_clause]);
  else
    {
      patch (c, jdefault, here (c));
      _ml_clear_temps (c, header);
    }
  patch_all (c, ends, here (c));
  pop_loop (c, here (c), here (c));
}

static void
compile_branch (Compiler *c,
                MlNode   *n)
{
  for (guint i = c->loops->len; i > 0; i--)
    {
      Loop *l = g_ptr_array_index (c->loops, i - 1);
      guint pc;

      if (n->name != NULL && g_strcmp0 (n->name, l->label) != 0)
        continue;
      if (n->op == ML_TOK_CONTINUE && l->is_switch)
        continue;
      /* The range loops it leaves (not its target's own, whose exit clears them). */
      for (guint k = i; k < c->loops->len; k++)
        _ml_clear_temps (c, ((Loop *) g_ptr_array_index (c->loops, k))->live_temps);
      pc = emit (c, ML_OP_JMP, 0, 0, 0, 0, 0, 0);
      g_array_append_val (n->op == ML_TOK_BREAK ? l->breaks : l->continues, pc);
      return;
    }
  _ml_unsupported (c, n, _("this branch statement is not supported yet"));
}

/* ------------------------------------------------------------------------------------------ */
/* Labels and goto */

/* A label of the function being compiled: where it is, once compiled, and the gotos that
 * wait for it. */
typedef struct
{
  gboolean defined;
  guint    pc;
  GArray  *gotos;      /* pcs of jumps to patch */
} GotoLabel;

static void
goto_label_free (gpointer data)
{
  GotoLabel *l = data;

  g_array_unref (l->gotos);
  g_free (l);
}

static GotoLabel *
goto_label (Compiler   *c,
            const char *name)
{
  GotoLabel *l;

  if (c->labels == NULL)
    c->labels = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, goto_label_free);
  l = g_hash_table_lookup (c->labels, name);
  if (l == NULL)
    {
      l = g_new0 (GotoLabel, 1);
      l->gotos = g_array_new (FALSE, FALSE, sizeof (guint));
      g_hash_table_insert (c->labels, (gpointer) name, l);
    }
  return l;
}

/* The label of @n is here: before its statement's step boundary, so that a goto lands on
 * the statement as a step of its own. */
void
_ml_compile_label (Compiler *c,
                   MlNode   *n)
{
  GotoLabel *l = goto_label (c, n->name);

  l->defined = TRUE;
  l->pc = here (c);
  patch_all (c, l->gotos, l->pc);
  g_array_set_size (l->gotos, 0);
}

void
_ml_end_labels (Compiler *c)
{
  g_clear_pointer (&c->labels, g_hash_table_unref);
}

/* How many loops and switches (what push_loop counts) are around the statement labelled
 * @name in @s, which is at @depth; FALSE if @s does not hold it. */
static gboolean
label_depth (MlNode     *s,
             const char *name,
             guint       depth,
             guint      *out)
{
  if (s == NULL)
    return FALSE;
  switch ((int) s->kind)
    {
    case ML_NODE_LABELED_STMT:
      if (g_strcmp0 (s->name, name) == 0)
        {
          *out = depth;
          return TRUE;
        }
      return label_depth (s->x, name, depth, out);
    case ML_NODE_BLOCK:
      for (guint i = 0; i < s->list.n; i++)
        if (label_depth (s->list.items[i], name, depth, out))
          return TRUE;
      return FALSE;
    case ML_NODE_IF_STMT:
      return label_depth (s->z, name, depth, out) || label_depth (s->w, name, depth, out);
    case ML_NODE_FOR_STMT: case ML_NODE_RANGE_STMT:
      return label_depth (s->w, name, depth + 1, out);
    case ML_NODE_SWITCH_STMT: case ML_NODE_TYPE_SWITCH_STMT:
      for (guint i = 0; i < s->list.n; i++)
        for (guint k = 0; k < s->list.items[i]->list2.n; k++)
          if (label_depth (s->list.items[i]->list2.items[k], name, depth + 1, out))
            return TRUE;
      return FALSE;
    default:
      return FALSE;
    }
}

/* goto L: the range loops it leaves lose their temporaries, as a break's do; a label is
 * always in a block around the goto (gc refuses a jump into a block). */
static void
compile_goto (Compiler *c,
              MlNode   *n)
{
  GotoLabel *l = goto_label (c, n->name);
  MlNode *fn = c->fn->node;
  MlNode *body = fn == NULL ? NULL : fn->kind == ML_NODE_FUNC_DECL ? fn->z : fn->y;
  guint depth = c->loops->len;
  guint pc;

  if (!label_depth (body, n->name, 0, &depth))
    depth = c->loops->len;
  for (guint k = depth; k < c->loops->len; k++)
    _ml_clear_temps (c, ((Loop *) g_ptr_array_index (c->loops, k))->live_temps);
  pc = emit (c, ML_OP_JMP, 0, 0, 0, 0, 0, 0);
  if (l->defined)
    patch (c, pc, l->pc);
  else
    g_array_append_val (l->gotos, pc);
}

/* A statement that changes the flow of control.  Each starts with a step boundary, but for a
 * range loop, whose boundary is at the top of each iteration, and a for loop without an init
 * statement, whose first test has it. */
void
_ml_compile_flow (Compiler *c,
                  MlNode   *n)
{
  if (n->kind != ML_NODE_RANGE_STMT && (n->kind != ML_NODE_FOR_STMT || n->x != NULL))
    _ml_stmt_mark (c, n);
  if (n->kind == ML_NODE_IF_STMT)
    compile_if (c, n);
  else if (n->kind == ML_NODE_FOR_STMT)
    compile_for (c, n);
  else if (n->kind == ML_NODE_RANGE_STMT)
    compile_range (c, n);
  else if (n->kind == ML_NODE_SWITCH_STMT)
    compile_switch (c, n);
  else if (n->kind == ML_NODE_TYPE_SWITCH_STMT)
    compile_type_switch (c, n);
  else if (n->op == ML_TOK_GOTO)
    compile_goto (c, n);
  else if (n->op != ML_TOK_FALLTHROUGH)
    compile_branch (c, n);
}
