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
  return _ml_compile_fmt_full (c, n, kind, first, ML_VM_NONE, NULL);
}

/* compile_fmt(), with the format in @format when it is not NONE (fmt.Errorf's, its %w verbs
 * rewritten), and the operands' [n]any array in @args_out when not %NULL (NONE without
 * operands). */
GArray *
_ml_compile_fmt_full (Compiler    *c,
                      MlNode      *n,
                      MlVmFmtKind  kind,
                      guint        first,
                      guint32      format,
                      guint32     *args_out)
{
  guint anyt = c->out->t_any;
  guint nargs = n->list.n - first;
  guint32 arr = ML_VM_NONE;
  guint32 fmt = ML_VM_NONE;
  guint32 dst = ML_VM_NONE;
  guint st = c->out->t_string;
  guint32 err = ML_VM_NONE;
  gboolean unused = c->results_unused;
  g_autoptr(GArray) spread = NULL;
  guint pc;

  c->results_unused = FALSE;
  /* fmt.Println(xs...): the slice itself is the operands. */
  if ((n->flags & ML_NODE_FLAG_DOTS) && n->list.n == first + 1)
    {
      if (first > 0)
        fmt = _ml_to_opnd (c, _ml_compile_value (c, n->list.items[0], NULL));
      arr = _ml_to_opnd (c, _ml_compile_value (c, n->list.items[first], NULL));
      nargs = 0;
    }
  else
  /* fmt.Println(f()): each of f's results is an operand (the first the format of Printf). */
  if (n->list.n == 1 && n->list.items[0]->type != NULL
      && n->list.items[0]->type->kind == ML_TYPE_TUPLE)
    {
      spread = _ml_compile_call (c, ml_node_unparen (n->list.items[0]));
      nargs = spread->len > first ? spread->len - first : 0;
      if (first > 0 && spread->len > 0)
        fmt = _ml_to_opnd (c, g_array_index (spread, Place, 0));
    }
  else if (first > 0)
    fmt = _ml_to_opnd (c, _ml_compile_value (c, n->list.items[0], NULL));
  if (format != ML_VM_NONE)
    fmt = format;
  if (nargs > 0 && !(n->flags & ML_NODE_FLAG_DOTS))
    {
      guint at = _ml_array_of (c, anyt, nargs);

      arr = _ml_temp (c, at);
      for (guint i = 0; i < nargs; i++)
        {
          MlNode *a;
          guint32 slot = _ml_opnd_add (c, arr, i * 16);
          Place v;

          if (spread != NULL)
            {
              v = g_array_index (spread, Place, first + i);
              if (type_info (c, v.type)->kind == ML_VM_KIND_INTERFACE)
                _ml_emit_move (c, slot, _ml_to_opnd (c, _ml_convert_iface (c, v, anyt)), anyt);
              else
                emit (c, ML_OP_BOX, 0, slot, _ml_to_opnd (c, v), 0, v.type, 0);
              continue;
            }
          a = n->list.items[first + i];
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
  if (args_out != NULL)
    *args_out = arr;
  if (kind == ML_FMT_SPRINT || kind == ML_FMT_SPRINTF || kind == ML_FMT_SPRINTLN
      || kind == ML_FMT_ERRORF)
    dst = _ml_temp (c, st);
  /* Print, Println and Printf return the number of bytes written and a nil error, when
   * anything reads them. */
  if ((kind == ML_FMT_PRINT || kind == ML_FMT_PRINTLN || kind == ML_FMT_PRINTF) && !unused
      && n->type != NULL && n->type->kind == ML_TYPE_TUPLE && n->type->n_fields == 2)
    {
      dst = _ml_temp (c, c->out->t_int);
      err = _ml_temp (c, _ml_type_id (c, n->type->fields[1].type));
      emit (c, ML_OP_ZERO, 0, err, 0, 0, _ml_type_id (c, n->type->fields[1].type), 0);
    }
  c->results_unused = unused;
  pc = emit (c, ML_OP_FMT, kind, dst, arr, fmt, 0, nargs);
  if (n->flags & ML_NODE_FLAG_DOTS)
    insn (c, pc)->flags |= ML_VM_INSN_SPREAD;
  if (err != ML_VM_NONE)
    {
      GArray *res = one_result (direct (dst, c->out->t_int));
      Place e = direct (err, _ml_type_id (c, n->type->fields[1].type));

      g_array_append_val (res, e);
      return res;
    }
  if (dst != ML_VM_NONE)
    return one_result (direct (dst, st));
  return no_results ();
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
  guint pc, lit_at;
  gint64 lit = 0;

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
  /* A size escape analysis made a literal (make([]int, len(dias))) counts as a constant. */
  lit_at = ml_escape_make_literal_size (n, &lit);
  if (!_ml_alloc_on_heap (c, n) && (ln->cval != NULL || lit_at == 1)
      && (cn == NULL || cn->cval != NULL || lit_at == 2))
    {
      /* A constant size that does not escape: an array in the frame. */
      gint64 len = lit_at == 1 ? lit : (gint64) ln->cval->i;
      gint64 cap = cn == NULL ? len : lit_at == 2 ? lit : (gint64) cn->cval->i;
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
  /* A size of a narrower integer type (an int32) is widened to the int makeslice reads. */
  l = int_value (c, ln);
  k = cn != NULL ? int_value (c, cn) : l;
  pc = emit (c, ML_OP_MAKESLICE, 0, s, l, k, et, ML_VM_NONE);
  if (!_ml_alloc_on_heap (c, n) && type_info (c, et)->size > 0 && cn != NULL
      && (cn->cval != NULL || lit_at == 2))
    {
      /* walkMakeSlice: a constant capacity that does not escape (escape analysis keeps it
       * within 64 KiB) is an array of that many in the frame whatever the length, which
       * is checked against it at run time. */
      gint64 cap = lit_at == 2 ? lit : (gint64) cn->cval->i;

      insn (c, pc)->imm = _ml_stack_buffer (c, _ml_array_of (c, et, cap), FALSE);
      insn (c, pc)->flags = ML_VM_INSN_EXACT;
    }
  /* Go 1.25+: a variable-size make that does not escape uses a 32-byte stack buffer when
   * the size fits at run time ("hybrid approach"). */
  else if (!_ml_alloc_on_heap (c, n) && type_info (c, et)->size > 0 &&
      type_info (c, et)->size <= ML_VM_STACK_BUFFER)
    {
      guint32 buf = _ml_stack_buffer (c, _ml_array_of (c, et, ML_VM_STACK_BUFFER /
                                                           type_info (c, et)->size), FALSE);

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
  guint32 buf = 0, used = 0;
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
  flags = _ml_append_buffer (c, n, et, &buf, &used);
  pc = emit (c, ML_OP_GROW, 0, dst, s, buf, et, nv);
  insn (c, pc)->flags = flags;
  insn (c, pc)->pad = used;
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

/* fmt.Errorf: without %w, a *errors.errorString holding the formatted text. */
static GArray *
compile_errorf (Compiler *c,
                MlNode   *n,
                guint     rt)
{
  g_autoptr(GArray) text = NULL;
  GArray *wrapped = _ml_compile_errorf_wrap (c, n, rt);
  MlFunc *errors_new = _ml_std_func (c, "errors", "New");
  guint pes;
  guint32 dst;
  guint pc;

  if (wrapped != NULL)
    return wrapped;
  text = compile_fmt (c, n, ML_FMT_ERRORF, 1);
  /* With the bundled errors package loaded, its *errorString is the one: errors.New(s), as
   * Go's Errorf calls it. */
  if (errors_new != NULL && text->len > 0)
    {
      guint st = c->out->t_string;

      return _ml_emit_std_call (c, errors_new, &g_array_index (text, Place, 0).opnd, &st, 1);
    }
  pes = _ml_errorstring_type (c, rt);
  dst = _ml_temp (c, rt);
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
        MlNode *a = n->list.items[0];

        /* new(expr), Go 1.26: a variable holding the value (tmp := expr; &tmp), evaluated
         * before it is allocated. */
        if (a->mode != ML_MODE_TYPEXPR && n->y != NULL && n->y->obj != NULL)
          {
            /* gc's temporary: a variable in the frame, or moved to heap. */
            guint32 v = _ml_to_opnd (c, _ml_compile_value (c, a, n->type->elem));
            Place tp = _ml_var_place (c, _ml_declare_local (c, n->y->obj));

            _ml_store_place (c, tp, v, e);
            return one_result (direct (_ml_address_of (c, tp), rt));
          }
        if (a->mode != ML_MODE_TYPEXPR)
          {
            guint32 v = _ml_to_opnd (c, _ml_compile_value (c, a, n->type->elem));

            _ml_alloc_storage (c, n, e, p);
            _ml_store_place (c, indirect (p, 0, e), v, e);
            return one_result (direct (p, rt));
          }
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
    case ML_BUILTIN_RUNTIME_KEEP_ALIVE:
      {
        /* Go's order.go turns runtime.KeepAlive(x) into a use of x itself (OpKeepAlive),
         * not a conversion to any: x stays live up to here and nothing is allocated. */
        MlNode *x = ml_node_unparen (n->list.items[0]);
        guint32 o = _ml_to_opnd (c, _ml_compile_value (c, x, NULL));

        emit (c, ML_OP_KEEPALIVE, 0, ML_VM_NONE, o, ML_VM_NONE, 0, 0);
        return no_results ();
      }
    case ML_BUILTIN_RUNTIME_NUM_GOROUTINE:
      return one_result (direct (_ml_const_int (c, 1, c->out->t_int), c->out->t_int));
    case ML_BUILTIN_UNSAFE_SIZEOF: case ML_BUILTIN_UNSAFE_ALIGNOF: case ML_BUILTIN_UNSAFE_OFFSETOF:
      return compile_unsafe (c, n, b);
    case ML_BUILTIN_UNSAFE_STRING:
      {
        /* The string header {ptr, len}, sharing the bytes. */
        guint32 p = _ml_to_opnd (c, _ml_compile_value (c, n->list.items[0], NULL));
        guint32 len = _ml_to_opnd (c, _ml_compile_value (c, n->list.items[1], NULL));
        guint32 dst = _ml_temp (c, rt);

        _ml_emit_move (c, dst, p, _ml_type_id (c, n->list.items[0]->type));
        _ml_emit_move (c, _ml_opnd_add (c, dst, 8), len, c->out->t_int);
        return one_result (direct (dst, rt));
      }
    case ML_BUILTIN_UNSAFE_SLICE_DATA:
      return one_result (_ml_field_place (c, _ml_compile_value (c, n->list.items[0], NULL), 0, rt));
    case ML_BUILTIN_RECOVER:
      {
        guint32 dst = _ml_temp (c, rt);

        emit (c, ML_OP_RECOVER, 0, dst, 0, 0, 0, 0);
        return one_result (direct (dst, rt));
      }
    case ML_BUILTIN_CLEAR:
      return compile_clear (c, n);
    case ML_BUILTIN_COMPLEX: case ML_BUILTIN_IMAG: case ML_BUILTIN_REAL:
      return one_result (_ml_compile_complex_builtin (c, n, b));
    case ML_BUILTIN_REFLECTLITE_AS_TARGET:
      {
        guint32 err = _ml_to_opnd (c, _ml_compile_value (c, n->list.items[0], NULL));
        guint32 target = _ml_to_opnd (c, _ml_compile_value (c, n->list.items[1], NULL));
        guint32 dst = _ml_temp (c, rt);

        emit (c, ML_OP_ASTARGET, 0, dst, err, target, 0, _ml_type_id (c, n->list.items[0]->type));
        return one_result (direct (dst, rt));
      }
    case ML_BUILTIN_REFLECTLITE_SLICE_LEN: case ML_BUILTIN_REFLECTLITE_SWAP_SCRATCH:
      {
        guint32 x = _ml_to_opnd (c, _ml_compile_value (c, n->list.items[0], NULL));
        guint32 dst = _ml_temp (c, rt);

        emit (c, ML_OP_ANYSLICE, b == ML_BUILTIN_REFLECTLITE_SLICE_LEN ? 0 : 2, dst, x, 0, 0, 0);
        return one_result (direct (dst, rt));
      }
    case ML_BUILTIN_REFLECTLITE_SWAP:
      {
        guint32 x = _ml_to_opnd (c, _ml_compile_value (c, n->list.items[0], NULL));
        guint32 i = _ml_to_opnd (c, _ml_compile_value (c, n->list.items[1], NULL));
        guint32 j = _ml_to_opnd (c, _ml_compile_value (c, n->list.items[2], NULL));

        emit (c, ML_OP_ANYSLICE, 1, x, i, j, 0, 0);
        return no_results ();
      }
    case ML_BUILTIN_STRCONV_FORMAT_FLOAT:
      {
        guint32 f = _ml_to_opnd (c, _ml_compile_value (c, n->list.items[0], NULL));
        guint32 fmt = _ml_to_opnd (c, _ml_compile_value (c, n->list.items[1], NULL));
        guint32 prec = _ml_to_opnd (c, _ml_compile_value (c, n->list.items[2], NULL));
        guint32 bits = _ml_to_opnd (c, _ml_compile_value (c, n->list.items[3], NULL));
        guint32 dst = _ml_temp (c, rt);
        guint pc = emit (c, ML_OP_STRFLOAT, 0, dst, f, fmt, bits, 0);

        insn (c, pc)->pad = prec;
        return one_result (direct (dst, rt));
      }
    case ML_BUILTIN_STRCONV_PARSE_FLOAT:
      {
        guint ft = _ml_basic_type (c, ML_VM_KIND_FLOAT64);
        guint32 s = _ml_to_opnd (c, _ml_compile_value (c, n->list.items[0], NULL));
        guint32 bits = _ml_to_opnd (c, _ml_compile_value (c, n->list.items[1], NULL));
        guint32 dst = _ml_temp (c, ft);
        guint32 code = _ml_temp (c, c->out->t_int);
        guint pc = emit (c, ML_OP_STRFLOAT, 1, dst, s, bits, 0, 0);
        GArray *res = one_result (direct (dst, ft));
        Place p = direct (code, c->out->t_int);

        insn (c, pc)->pad = code;
        g_array_append_val (res, p);
        return res;
      }
    case ML_BUILTIN_NONE: case ML_BUILTIN_CLOSE:
    case ML_BUILTIN_RUNTIME_GOMAXPROCS:
    default:
      _ml_unsupported (c, n, _("this built-in function is not supported yet"));
      return no_results ();
    }
}

/* The runtime's buffer in the frame (tmpBuf) for the conversion @n, when its result does not
 * escape: @len elements of @elem at operand c of the instruction at @pc. */
static void
conversion_buffer (Compiler *c,
                   MlNode   *n,
                   guint     pc,
                   guint     elem,
                   guint64   len)
{
  guint32 buf;

  if (_ml_alloc_on_heap (c, n))
    return;
  buf = _ml_storage_temp (c, _ml_array_of (c, elem, len));
  insn (c, pc)->c = buf;
  insn (c, pc)->flags |= ML_VM_INSN_BUF_STD;
}

/* The runes of the @len bytes at @s as range decodes them: an invalid byte is one. */
static gsize
count_runes (const char *s,
             gsize       len)
{
  gsize n = 0;

  for (gsize i = 0; i < len; n++)
    {
      gunichar r = g_utf8_get_char_validated (s + i, len - i);

      i += r == (gunichar) -1 || r == (gunichar) -2 ? 1 : (gsize) g_unichar_to_utf8 (r, NULL);
    }
  return n;
}

/* []byte(s) and []rune(s), as walk lowers them: a constant string gets an array of exactly
 * its length ([]rune of one is a slice literal), in the frame when it does not escape; a
 * []byte(s) that is never written to keeps exactly the string's length too (gc reuses the
 * string's bytes; the model copies them, so that nothing writes to read-only memory); any
 * other gets the runtime's 32-element buffer when it does not escape, else the heap. */
static Place
compile_string_to_slice (Compiler *c,
                         MlNode   *n,
                         MlType   *to,
                         guint     tt)
{
  MlNode *x = n->list.items[0];
  guint et = _ml_type_id (c, to->elem);
  gboolean runes = type_info (c, et)->size == 4;
  guint32 v = _ml_to_opnd (c, _ml_compile_value (c, x, NULL));
  guint32 dst = _ml_temp (c, tt);
  guint pc = emit (c, runes ? ML_OP_STRRUNES : ML_OP_STRBYTES, 0, dst, v, ML_VM_NONE, et, 0);
  gboolean constant = x->cval != NULL && x->cval->kind == ML_CONST_STRING;

  if (constant || (!runes && c->esc != NULL && ml_escape_result_is_zero_copy_in_copy (c->esc, c->copy, n)))
    {
      insn (c, pc)->flags = ML_VM_INSN_EXACT;
      if (constant && !_ml_alloc_on_heap (c, n))
        {
          gsize len = runes ? count_runes (x->cval->s, x->cval->len) : x->cval->len;
          guint32 arr = _ml_storage_temp (c, _ml_array_of (c, et, len));

          insn (c, pc)->c = arr;
        }
      return direct (dst, tt);
    }
  conversion_buffer (c, n, pc, et, ML_VM_STACK_BUFFER);
  return direct (dst, tt);
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
  guint pc;

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
      pc = emit (c, runes ? ML_OP_RUNESSTR : ML_OP_BYTESSTR, 0, dst, v, ML_VM_NONE, 0, 0);
      conversion_buffer (c, n, pc, _ml_basic_type (c, ML_VM_KIND_UINT8), ML_VM_STACK_BUFFER);
      return direct (dst, tt);
    }
  if (to->kind == ML_TYPE_SLICE && ml_type_is_string (from))
    return compile_string_to_slice (c, n, to, tt);
  if (to->kind == ML_TYPE_STRING && ml_type_is_integer (from))
    {
      MlVmType *ft = type_info (c, _ml_type_id (c, x->type));

      v = _ml_to_opnd (c, _ml_compile_value (c, x, NULL));
      dst = _ml_temp (c, tt);
      pc = emit (c, ML_OP_RUNESTR, ft->size, dst, v, ML_VM_NONE, 0, 0);
      insn (c, pc)->flags = _ml_arith_flags (ft);
      conversion_buffer (c, n, pc, _ml_basic_type (c, ML_VM_KIND_UINT8), 4);
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
      if (_ml_is_complex_type (c, tt))
        return direct (_ml_complex_convert (c, _ml_to_opnd (c, _ml_compile_expr (c, x)), ft, tt),
                       tt);
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
