/* ml-compile-builtin.c
 *
 * Copyright 2026 The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The built-in functions (len, cap, new, make, append, copy, delete, panic, min, max, print),
 * the package functions MemLab knows (fmt's printing, runtime.GC and ReadMemStats, unsafe's
 * sizes) and conversions: calls in the source, instructions of their own in the bytecode.
 * new, make and append are where the program allocates, so this is where escape analysis
 * and Go 1.25+'s stack buffers decide between the frame and the heap.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "ml-compiler-private.h"

/* fmt's printing functions and the print built-ins, their operands in a [n]any array in the
 * frame ("... argument does not escape"); @first: the arguments before the operands (1 for
 * a format). */
static GArray *
compile_fmt (Compiler    *c,
             MlNode      *n,
             MlVmFmtKind  kind,
             guint        first)
{
  guint anyt = c->out->t_any;
  guint nargs = n->list.n - first;
  guint32 arr = ML_VM_NONE;
  guint32 fmt = ML_VM_NONE;
  guint32 dst = ML_VM_NONE;
  guint st = c->out->t_string;

  if (n->flags & ML_NODE_FLAG_DOTS)
    {
      _ml_unsupported (c, n, _("passing a slice with ... to fmt is not supported yet"));
      return no_results ();
    }
  if (first > 0)
    fmt = _ml_to_opnd (c, _ml_compile_value (c, n->list.items[0], NULL));
  if (nargs > 0)
    {
      guint at = _ml_array_of (c, anyt, nargs);

      arr = _ml_temp (c, at);
      for (guint i = 0; i < nargs; i++)
        {
          MlNode *a = n->list.items[first + i];
          guint32 slot = _ml_opnd_add (c, arr, i * 16);
          Place v;

          if (_ml_is_nil (a))
            {
              emit (c, ML_OP_ZERO, 0, slot, 0, 0, anyt, 0);
              continue;
            }
          v = _ml_compile_value (c, a, NULL);
          if (a->cval != NULL && a->mode == ML_MODE_CONSTANT)
            emit (c, ML_OP_BOX, 1, slot, _ml_to_opnd (c, v), 0, v.type, 0);
          else if (type_info (c, v.type)->kind == ML_VM_KIND_INTERFACE)
            _ml_emit_move (c, slot, _ml_to_opnd (c, _ml_convert_iface (c, v, anyt)), anyt);
          else
            emit (c, ML_OP_BOX, 0, slot, _ml_to_opnd (c, v), 0, v.type, 0);
        }
    }
  if (kind == ML_FMT_SPRINT || kind == ML_FMT_SPRINTF || kind == ML_FMT_SPRINTLN)
    dst = _ml_temp (c, st);
  emit (c, ML_OP_FMT, kind, dst, arr, fmt, 0, nargs);
  if (dst != ML_VM_NONE)
    return one_result (direct (dst, st));
  return no_results ();
}

/* Whether a return statement in @n returns the variable @o. */
static gboolean
returns_var (MlNode   *n,
             MlObject *o)
{
  if (n == NULL || n->kind == ML_NODE_FUNC_LIT)
    return FALSE;
  if (n->kind == ML_NODE_RETURN_STMT)
    for (guint i = 0; i < n->list.n; i++)
      {
        MlNode *r = ml_node_unparen (n->list.items[i]);

        if (r->kind == ML_NODE_IDENT && r->obj == o)
          return TRUE;
      }

  MlNode *children[] = { n->x, n->y, n->z, n->w };

  for (guint i = 0; i < G_N_ELEMENTS (children); i++)
    if (returns_var (children[i], o))
      return TRUE;
  for (guint i = 0; i < n->list.n + n->list2.n; i++)
    if (returns_var (i < n->list.n ? n->list.items[i] : n->list2.items[i - n->list.n], o))
      return TRUE;
  return FALSE;
}

/* Go 1.25+ gives the first appends to a local slice a 32-byte stack buffer when its backing
 * store does not escape (all of it at the first append), and walks that buffer one size
 * class at a time when the slice escapes only by being returned (growsliceBuf, then
 * move2heap).  Returns the flags for GROW and sets @buf for the first strategy. */
guint
_ml_append_buffer (Compiler *c,
                   MlNode   *call,
                   MlNode   *slice,
                   guint     et,
                   guint32  *buf)
{
  MlVmType *t = type_info (c, et);
  MlObject *o;
  VarInfo *v;

  slice = ml_node_unparen (slice);
  if (t->size == 0 || t->size > 32 || slice->kind != ML_NODE_IDENT || slice->obj == NULL ||
      c->esc == NULL)
    return 0;
  o = slice->obj;
  v = _ml_lookup_var (c, o);
  if (v == NULL || v->kind != VAR_FRAME)
    return 0;
  if (!_ml_alloc_on_heap (c, call))
    {
      guint at = _ml_array_of (c, et, 32 / t->size);

      *buf = _ml_storage_temp (c, at);
      /* A temporary reused from an earlier statement may hold its old words, and the
       * buffer's elements past the length must read as zero. */
      if (!c->pin_storage)
        emit (c, ML_OP_ZERO, 0, *buf, 0, 0, at, 0);
      return ML_VM_INSN_BUF_STD;
    }
  if (c->fn != NULL && c->fn->node != NULL && !c->fn->synthetic &&
      returns_var (c->fn->node->kind == ML_NODE_FUNC_DECL ? c->fn->node->z : c->fn->node->y, o))
    return ML_VM_INSN_BUF_WALK;
  return 0;
}

/* len(x), cap(x): a constant for an array, the count of a map, else a word of the string or
 * slice header. */
static GArray *
compile_len (Compiler  *c,
             MlNode    *n,
             MlBuiltin  b)
{
  MlNode *x = n->list.items[0];
  MlType *u = ml_type_underlying (x->type);
  guint it = c->out->t_int;
  Place p;

  if (u->kind == ML_TYPE_POINTER)
    u = ml_type_underlying (u->elem);
  if (u->kind == ML_TYPE_ARRAY)
    return one_result (direct (_ml_const_int (c, u->len, it), it));
  if (u->kind == ML_TYPE_MAP)
    {
      guint32 m = _ml_to_opnd (c, _ml_compile_expr (c, x));
      guint32 dst = _ml_temp (c, it);

      emit (c, ML_OP_LEN, 1, dst, m, 0, 0, 0);
      return one_result (direct (dst, it));
    }
  p = _ml_compile_value (c, x, NULL);
  return one_result (_ml_field_place (c, p, b == ML_BUILTIN_LEN ? 8 : 16, it));
}

/* The value of the integer expression @x as an int (makemap's hint). */
static guint32
int_value (Compiler *c,
           MlNode   *x)
{
  Place v = _ml_compile_value (c, x, NULL);
  MlVmType *t = type_info (c, v.type);
  guint it = c->out->t_int;
  guint32 dst;

  if (t->size == 8)
    return _ml_to_opnd (c, v);
  dst = _ml_temp (c, it);
  emit (c, ML_OP_CONV, ML_CONV_INT, dst, _ml_to_opnd (c, v), 0, it,
        t->size | (ml_vm_kind_is_signed (t->kind) ? 1 << 8 : 0) | (8 << 16) | (1 << 24));
  return dst;
}

/**
 * _ml_make_map:
 * @n: the make call or the map literal (what escape analysis judged)
 * @t: the map type
 * @hint: make's size argument, or NULL for a literal of @entries entries
 *
 * A new map, as walkMakeMap makes it: when it does not escape, its maps.Map in the frame and,
 * when the hint is not a constant over 8, its first group too; else the header on the heap.
 * A hint over 8 makes the tables at once (makemap).
 *
 * Returns: the temporary that holds the map
 */
guint32
_ml_make_map (Compiler *c,
              MlNode   *n,
              guint     t,
              MlNode   *hint,
              gint64    entries)
{
  gboolean constant = hint == NULL || hint->cval != NULL;
  gint64 k = hint == NULL ? entries : constant ? (gint64) hint->cval->i : 0;
  guint32 h = constant ? 0 : int_value (c, hint);
  guint32 m = _ml_temp (c, t);
  guint32 header = ML_VM_NONE, group = ML_VM_NONE;

  if (!_ml_alloc_on_heap (c, n))
    {
      header = _ml_storage_temp (c, _ml_map_header_type (c));
      if (!constant || k <= 8)
        group = _ml_storage_temp (c, type_info (c, t)->group);
    }
  emit (c, ML_OP_MAKEMAP, constant ? 0 : 1, m, header, group, t, constant ? k : (gint64) h);
  return m;
}

/* clear(m) empties a map; clear(s) zeroes the elements of a slice up to its length. */
static GArray *
compile_clear (Compiler *c,
               MlNode   *n)
{
  MlNode *x = n->list.items[0];
  MlType *u = ml_type_underlying (x->type);
  guint it = c->out->t_int;
  guint32 s, i, a;
  guint et, top, jf;

  if (u->kind == ML_TYPE_MAP)
    {
      emit (c, ML_OP_MAPCLEAR, 0, _ml_to_opnd (c, _ml_compile_expr (c, x)), 0, 0,
            _ml_type_id (c, x->type), 0);
      return no_results ();
    }
  et = _ml_type_id (c, u->elem);
  s = _ml_temp (c, _ml_type_id (c, x->type));
  i = _ml_temp (c, it);
  a = _ml_temp (c, _ml_pointer_to (c, et));
  _ml_emit_move (c, s, _ml_to_opnd (c, _ml_compile_expr (c, x)), _ml_type_id (c, x->type));
  emit (c, ML_OP_MOVI, 8, i, 0, 0, it, 0);
  top = here (c);
  jf = emit (c, ML_OP_JCMP, 8, 0, i, _ml_opnd_add (c, s, 8), ML_OP_LT, 0);
  insn (c, jf)->flags = ML_VM_INSN_SIGNED;
  emit (c, ML_OP_IDX, 0, a, s, i, et, 0);
  _ml_zero_place (c, indirect (a, 0, et));
  emit (c, ML_OP_INC, 8, i, 0, 0, it, 1);
  emit (c, ML_OP_JMP, 0, 0, 0, 0, 0, top);
  insn (c, jf)->pad = here (c);   /* a JCMP's target */
  return no_results ();
}

/* make([]T, len, cap) and make(map[K]V, hint). */
static GArray *
compile_make (Compiler *c,
              MlNode   *n,
              guint     rt)
{
  MlType *u = ml_type_underlying (n->type);
  guint it = c->out->t_int;
  guint et;
  MlNode *ln, *cn;
  guint32 s, l, k;
  guint pc;

  if (u->kind == ML_TYPE_MAP)
    return one_result (direct (_ml_make_map (c, n, rt, n->list.n > 1 ? n->list.items[1] : NULL,
                                             0), rt));
  if (u->kind != ML_TYPE_SLICE)
    {
      _ml_unsupported (c, n, _("make of this type is not supported yet"));
      return no_results ();
    }
  et = _ml_type_id (c, u->elem);
  ln = n->list.items[1];
  cn = n->list.n > 2 ? n->list.items[2] : NULL;
  s = _ml_temp (c, rt);
  if (!_ml_alloc_on_heap (c, n) && ln->cval != NULL && (cn == NULL || cn->cval != NULL))
    {
      /* A constant size that does not escape: an array in the frame. */
      gint64 len = (gint64) ln->cval->i;
      gint64 cap = cn != NULL ? (gint64) cn->cval->i : len;
      guint at = _ml_array_of (c, et, cap);
      guint32 arr = _ml_storage_temp (c, at);
      guint32 ptr = _ml_temp (c, _ml_pointer_to (c, at));

      emit (c, ML_OP_ZERO, 0, arr, 0, 0, at, 0);
      emit (c, ML_OP_LEA, 8, ptr, arr, 0, 0, 0);
      emit (c, ML_OP_MKSLICEAT, 0, s, ptr, 0, et, cap);
      /* The length may be shorter than the capacity. */
      emit (c, ML_OP_MOVI, 8, _ml_opnd_add (c, s, 8), 0, 0, it, len);
      return one_result (direct (s, rt));
    }
  l = _ml_to_opnd (c, _ml_compile_value (c, ln, NULL));
  k = cn != NULL ? _ml_to_opnd (c, _ml_compile_value (c, cn, NULL)) : l;
  pc = emit (c, ML_OP_MAKESLICE, 0, s, l, k, et, ML_VM_NONE);
  /* Go 1.25+: a variable-size make that does not escape uses a 32-byte stack buffer when
   * the size fits at run time ("hybrid approach"). */
  if (!_ml_alloc_on_heap (c, n) && type_info (c, et)->size > 0 && type_info (c, et)->size <= 32)
    {
      guint32 buf = _ml_storage_temp (c, _ml_array_of (c, et, 32 / type_info (c, et)->size));

      insn (c, pc)->imm = buf;
      insn (c, pc)->flags = ML_VM_INSN_BUF_STD;
    }
  return one_result (direct (s, rt));
}

/* append(s, v...) and append(s, t...). */
static GArray *
compile_append (Compiler *c,
                MlNode   *n,
                guint     rt)
{
  MlType *st = n->type;
  MlType *elem = ml_type_underlying (st)->elem;
  guint et = _ml_type_id (c, elem);
  guint32 s = _ml_to_opnd (c, _ml_compile_value (c, n->list.items[0], st));
  guint32 dst = _ml_temp (c, rt);
  guint nv = n->list.n - 1;
  g_autoptr(GArray) vals = NULL;
  guint32 buf = 0;
  guint flags, pc;

  if (n->flags & ML_NODE_FLAG_DOTS)
    {
      guint32 t = _ml_to_opnd (c, _ml_compile_value (c, n->list.items[1], NULL));

      emit (c, ML_OP_APPENDSL, 0, dst, s, t, et, 0);
      return one_result (direct (dst, rt));
    }
  /* The values first, then the growth: Go evaluates the operands before calling
   * growslice. */
  vals = g_array_new (FALSE, FALSE, sizeof (guint32));
  for (guint i = 0; i < nv; i++)
    {
      guint32 v = _ml_to_opnd (c, _ml_compile_value (c, n->list.items[1 + i], elem));

      g_array_append_val (vals, v);
    }
  flags = _ml_append_buffer (c, n, n->list.items[0], et, &buf);
  pc = emit (c, ML_OP_GROW, 0, dst, s, buf, et, nv);
  insn (c, pc)->flags = flags;
  for (guint i = 0; i < nv; i++)
    {
      guint32 idx = _ml_temp (c, c->out->t_int);
      guint32 a = _ml_temp (c, _ml_pointer_to (c, et));

      emit (c, ML_OP_SUB, 8, idx, _ml_opnd_add (c, dst, 8), 0, 0, nv - i);
      insn (c, here (c) - 1)->flags = ML_VM_INSN_IMM | ML_VM_INSN_SIGNED;
      emit (c, ML_OP_IDX, 0, a, dst, idx, et, 0);
      _ml_store_place (c, indirect (a, 0, et), g_array_index (vals, guint32, i), et);
    }
  return one_result (direct (dst, rt));
}

/* unsafe.Sizeof, Alignof and Offsetof: constants of type uintptr. */
static GArray *
compile_unsafe (Compiler  *c,
                MlNode    *n,
                MlBuiltin  b)
{
  MlNode *x = n->list.items[0];
  gint64 v = b == ML_BUILTIN_UNSAFE_SIZEOF ? ml_type_sizeof (x->type) : ml_type_alignof (x->type);
  guint ut = c->out->t_uintptr;

  if (b == ML_BUILTIN_UNSAFE_OFFSETOF)
    {
      MlNode *s = ml_node_unparen (x);
      gint64 off = 0;

      if (s->kind == ML_NODE_SELECTOR)
        ml_type_lookup_field (s->x->type, s->name, &off);
      v = off;
    }
  return one_result (direct (_ml_const_int (c, v, ut), ut));
}

/* fmt.Errorf without %w: a *errors.errorString holding the formatted text. */
static GArray *
compile_errorf (Compiler *c,
                MlNode   *n,
                guint     rt)
{
  g_autoptr(GArray) text = compile_fmt (c, n, ML_FMT_SPRINTF, 1);
  guint pes = _ml_errorstring_type (c, rt);
  guint32 dst = _ml_temp (c, rt);
  guint pc;

  if (text->len == 0)
    return no_results ();
  pc = emit (c, ML_OP_ERRORF, 0, dst, g_array_index (text, Place, 0).opnd, 0, pes, 0);
  insn (c, pc)->flags |= ML_VM_INSN_ITAB;
  insn (c, pc)->c = _ml_itab_symbol (c, pes, rt);
  return one_result (direct (dst, rt));
}

/* min(x, y...) and max(x, y...), one instruction per operand after the first. */
static GArray *
compile_minmax (Compiler  *c,
                MlNode    *n,
                MlBuiltin  b,
                guint      rt)
{
  guint32 acc = _ml_to_opnd (c, _ml_compile_value (c, n->list.items[0], n->type));

  for (guint i = 1; i < n->list.n; i++)
    {
      guint32 v = _ml_to_opnd (c, _ml_compile_value (c, n->list.items[i], n->type));
      guint32 dst = _ml_temp (c, rt);
      guint pc = emit (c, ML_OP_MINMAX, type_info (c, rt)->size, dst, acc, v, rt,
                       b == ML_BUILTIN_MAX);

      insn (c, pc)->flags = _ml_arith_flags (type_info (c, rt));
      if (type_info (c, rt)->kind == ML_VM_KIND_STRING)
        _ml_unsupported (c, n, _("min and max of strings are not supported yet"));
      acc = dst;
    }
  return one_result (direct (acc, rt));
}

/* A call of the built-in or known package function @b: the places of its results. */
GArray *
_ml_compile_builtin (Compiler  *c,
                     MlNode    *n,
                     MlBuiltin  b)
{
  guint rt = n->type != NULL && n->type->kind != ML_TYPE_TUPLE ? _ml_type_id (c, n->type) : 0;

  switch (b)
    {
    case ML_BUILTIN_LEN: case ML_BUILTIN_CAP:
      return compile_len (c, n, b);
    case ML_BUILTIN_NEW:
      {
        guint e = _ml_type_id (c, n->type->elem);
        guint32 p = _ml_temp (c, rt);

        _ml_alloc_storage (c, n, e, p);
        return one_result (direct (p, rt));
      }
    case ML_BUILTIN_MAKE:
      return compile_make (c, n, rt);
    case ML_BUILTIN_APPEND:
      return compile_append (c, n, rt);
    case ML_BUILTIN_COPY:
      {
        guint32 d = _ml_to_opnd (c, _ml_compile_value (c, n->list.items[0], NULL));
        guint32 s = _ml_to_opnd (c, _ml_compile_value (c, n->list.items[1], NULL));
        guint32 dst = _ml_temp (c, c->out->t_int);
        MlType *u = ml_type_underlying (n->list.items[0]->type);

        emit (c, ML_OP_COPY, ml_type_is_string (n->list.items[1]->type), dst, d, s,
              _ml_type_id (c, u->elem), 0);
        return one_result (direct (dst, c->out->t_int));
      }
    case ML_BUILTIN_DELETE:
      {
        MlType *u = ml_type_underlying (n->list.items[0]->type);
        guint32 m = _ml_to_opnd (c, _ml_compile_expr (c, n->list.items[0]));
        guint32 k = _ml_to_opnd (c, _ml_compile_value (c, n->list.items[1], u->key));

        emit (c, ML_OP_MAPDEL, 0, m, k, 0, _ml_type_id (c, n->list.items[0]->type), 0);
        return no_results ();
      }
    case ML_BUILTIN_PANIC:
      {
        MlNode *arg = n->list.items[0];
        Place v = _ml_compile_value (c, arg, NULL);
        guint32 box;

        /* A constant points the interface at read-only data, without allocating. */
        if (type_info (c, v.type)->kind != ML_VM_KIND_INTERFACE
            && arg->mode == ML_MODE_CONSTANT && arg->cval != NULL)
          {
            box = _ml_temp (c, c->out->t_any);
            _ml_emit_box (c, box, _ml_to_opnd (c, v), v.type, c->out->t_any, 1);
          }
        else
          box = _ml_to_opnd (c, _ml_convert_iface (c, v, c->out->t_any));
        emit (c, ML_OP_PANIC, 0, 0, box, 0, 0, 0);
        return no_results ();
      }
    case ML_BUILTIN_MIN: case ML_BUILTIN_MAX:
      return compile_minmax (c, n, b, rt);
    case ML_BUILTIN_PRINT:
      return compile_fmt (c, n, ML_FMT_BUILTIN_PRINT, 0);
    case ML_BUILTIN_PRINTLN:
      return compile_fmt (c, n, ML_FMT_BUILTIN_PRINTLN, 0);
    case ML_BUILTIN_FMT_PRINT: return compile_fmt (c, n, ML_FMT_PRINT, 0);
    case ML_BUILTIN_FMT_PRINTLN: return compile_fmt (c, n, ML_FMT_PRINTLN, 0);
    case ML_BUILTIN_FMT_PRINTF: return compile_fmt (c, n, ML_FMT_PRINTF, 1);
    case ML_BUILTIN_FMT_SPRINT: return compile_fmt (c, n, ML_FMT_SPRINT, 0);
    case ML_BUILTIN_FMT_SPRINTLN: return compile_fmt (c, n, ML_FMT_SPRINTLN, 0);
    case ML_BUILTIN_FMT_SPRINTF: return compile_fmt (c, n, ML_FMT_SPRINTF, 1);
    case ML_BUILTIN_FMT_ERRORF:
      return compile_errorf (c, n, rt);
    case ML_BUILTIN_RUNTIME_GC:
      emit (c, ML_OP_GC, 0, 0, 0, 0, 0, 0);
      return no_results ();
    case ML_BUILTIN_RUNTIME_READ_MEM_STATS:
      {
        guint32 p = _ml_to_opnd (c, _ml_compile_value (c, n->list.items[0], NULL));

        emit (c, ML_OP_MEMSTATS, 0, 0, p, 0,
              _ml_type_id (c, n->list.items[0]->type->elem), 0);
        return no_results ();
      }
    case ML_BUILTIN_RUNTIME_NUM_GOROUTINE:
      return one_result (direct (_ml_const_int (c, 1, c->out->t_int), c->out->t_int));
    case ML_BUILTIN_UNSAFE_SIZEOF: case ML_BUILTIN_UNSAFE_ALIGNOF: case ML_BUILTIN_UNSAFE_OFFSETOF:
      return compile_unsafe (c, n, b);
    case ML_BUILTIN_RECOVER:
      {
        guint32 dst = _ml_temp (c, rt);

        emit (c, ML_OP_RECOVER, 0, dst, 0, 0, 0, 0);
        return one_result (direct (dst, rt));
      }
    case ML_BUILTIN_CLEAR:
      return compile_clear (c, n);
    case ML_BUILTIN_NONE: case ML_BUILTIN_CLOSE: case ML_BUILTIN_COMPLEX:
    case ML_BUILTIN_IMAG: case ML_BUILTIN_REAL:
    case ML_BUILTIN_RUNTIME_GOMAXPROCS:
    default:
      _ml_unsupported (c, n, _("this built-in function is not supported yet"));
      return no_results ();
    }
}

/* A conversion T(x): between numbers, between strings and byte or rune slices, from a rune
 * to a string, to an interface (boxing), or between types of one underlying type (the value
 * as it is). */
Place
_ml_compile_conversion (Compiler *c,
                        MlNode   *n)
{
  MlNode *x = n->list.items[0];
  MlType *to = ml_type_underlying (n->type);
  MlType *from = ml_type_underlying (x->type);
  guint tt = _ml_type_id (c, n->type);
  MlVmType *tv = type_info (c, tt);
  guint32 v, dst;

  if (n->cval != NULL && n->mode == ML_MODE_CONSTANT)
    return _ml_compile_const (c, n, n->type);
  /* I(x): escape analysis judged the conversion, not its operand. */
  if (ml_type_is_interface (to))
    {
      if (x->mode == ML_MODE_CONSTANT || _ml_is_nil (x) || ml_type_is_interface (x->type))
        return _ml_compile_value (c, x, n->type);
      return _ml_convert_iface_at (c, _ml_compile_expr (c, x), tt, n);
    }
  if (to->kind == ML_TYPE_STRING && (from->kind == ML_TYPE_SLICE))
    {
      gboolean runes = type_info (c, _ml_type_id (c, from->elem))->size == 4;

      v = _ml_to_opnd (c, _ml_compile_expr (c, x));
      dst = _ml_temp (c, tt);
      emit (c, runes ? ML_OP_RUNESSTR : ML_OP_BYTESSTR, 0, dst, v, 0, 0, 0);
      return direct (dst, tt);
    }
  if (to->kind == ML_TYPE_SLICE && ml_type_is_string (from))
    {
      v = _ml_to_opnd (c, _ml_compile_value (c, x, NULL));
      dst = _ml_temp (c, tt);
      if (type_info (c, _ml_type_id (c, to->elem))->size == 4)
        emit (c, ML_OP_STRRUNES, 0, dst, v, 0, _ml_type_id (c, to->elem), 0);
      else
        emit (c, ML_OP_STRBYTES, 0, dst, v, 0, 0, 0);
      return direct (dst, tt);
    }
  if (to->kind == ML_TYPE_STRING && ml_type_is_integer (from))
    {
      v = _ml_to_opnd (c, _ml_compile_value (c, x, NULL));
      dst = _ml_temp (c, tt);
      emit (c, ML_OP_RUNESTR, type_info (c, _ml_type_id (c, x->type))->size, dst, v, 0, 0, 0);
      return direct (dst, tt);
    }
  if (ml_type_is_numeric (to) && ml_type_is_numeric (from))
    {
      guint ft = _ml_type_id (c, x->type);
      MlVmType *fv = type_info (c, ft);
      gboolean from_float = ml_vm_kind_is_float (fv->kind);
      gboolean to_float = ml_vm_kind_is_float (tv->kind);
      MlVmConv conv;
      gint64 imm;

      if (ml_type_is_untyped (x->type))
        return _ml_compile_value (c, x, n->type);
      v = _ml_to_opnd (c, _ml_compile_expr (c, x));
      dst = _ml_temp (c, tt);
      if (from_float)
        conv = to_float ? ML_CONV_FLOAT_FLOAT : ML_CONV_FLOAT_INT;
      else
        conv = to_float ? ML_CONV_INT_FLOAT : ML_CONV_INT;
      imm = fv->size | (ml_vm_kind_is_signed (fv->kind) ? 1 << 8 : 0) | (tv->size << 16) |
            ((gint64) (ml_vm_kind_is_signed (tv->kind) ? 1 : 0) << 24);
      emit (c, ML_OP_CONV, conv, dst, v, 0, tt, imm);
      return direct (dst, tt);
    }
  /* Same underlying type: the value as it is. */
  {
    Place p = _ml_compile_expr (c, x);

    p.type = tt;
    return p;
  }
}
