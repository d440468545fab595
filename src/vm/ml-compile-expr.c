/* ml-compile-expr.c
 *
 * Copyright 2026 The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Expressions: constants, operators, indexing, selectors, composite literals and slice
 * expressions, each compiled to the place that holds its value.  Calls, closures and
 * built-ins are expressions too, but have files of their own (ml-compile-call.c,
 * ml-compile-builtin.c), as Go's compiler walks them apart.
 */

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "ml-compiler-private.h"

/* ------------------------------------------------------------------------------------------ */
/* Constants */

/* The bits of the constant @k as a float of @size bytes (4 or 8), as memory holds it. */
guint64
_ml_float_const_bits (const MlConst *k,
                      guint          size)
{
  if (size == 4)
    {
      float f = k->kind == ML_CONST_INT ? (float) k->i : (float) k->f;
      guint32 bits;

      memcpy (&bits, &f, 4);
      return bits;
    }
  else
    {
      double d = k->kind == ML_CONST_INT ? (double) k->i : (double) k->f;
      guint64 bits;

      memcpy (&bits, &d, 8);
      return bits;
    }
}

/* The constant @n in a temporary, as a value of @type (its own type when NULL). */
Place
_ml_compile_const (Compiler *c,
                   MlNode   *n,
                   MlType   *type)
{
  MlConst *k = n->cval;
  guint t = _ml_type_id (c, type != NULL ? type : n->type);
  MlVmType *vt = type_info (c, t);
  guint32 dst = _ml_temp (c, t);

  switch (vt->kind)
    {
    case ML_VM_KIND_STRING:
      emit (c, ML_OP_STRC, 0, dst, 0, 0,
            _ml_add_string (c, n, k->s != NULL ? k->s : "", k->len), 0);
      break;
    ML_VM_KIND_CASES_FLOAT:
      {
        guint64 bits = _ml_float_const_bits (k, vt->size);

        /* A float32's bits go into the immediate as the 32-bit integer they also are. */
        emit (c, ML_OP_MOVI, vt->size, dst, 0, 0, t,
              vt->size == 4 ? (gint32) bits : (gint64) bits);
      }
      break;
    case ML_VM_KIND_BOOL:
      emit (c, ML_OP_MOVI, 1, dst, 0, 0, t, k->b ? 1 : 0);
      break;
    ML_VM_KIND_CASES_COMPLEX:
      _ml_complex_const (c, dst, t, k);
      break;
    case ML_VM_KIND_INTERFACE:
      {
        /* A constant converted to any: the default type's value, boxed. */
        MlType *dt = n->type;

        if (dt == NULL || ml_type_is_interface (dt))
          emit (c, ML_OP_ZERO, 0, dst, 0, 0, t, 0);
        else
          {
            Place v = _ml_compile_const (c, n, dt);

            _ml_emit_box (c, dst, v.opnd, v.type, t, 0);
          }
      }
      break;
    case ML_VM_KIND_INVALID: ML_VM_KIND_CASES_SIGNED: ML_VM_KIND_CASES_UNSIGNED:
    ML_VM_KIND_CASES_POINTER_WORD: case ML_VM_KIND_SLICE:
    case ML_VM_KIND_ARRAY: case ML_VM_KIND_STRUCT:
    default:
      if (k->kind == ML_CONST_FLOAT)
        emit (c, ML_OP_MOVI, vt->size, dst, 0, 0, t, (gint64) k->f);
      else if (k->kind == ML_CONST_BOOL)
        emit (c, ML_OP_MOVI, vt->size, dst, 0, 0, t, k->b);
      else
        emit (c, ML_OP_MOVI, MAX (vt->size, 1), dst, 0, 0, t, (gint64) k->i);
      break;
    }
  return direct (dst, t);
}

/* ------------------------------------------------------------------------------------------ */
/* Values and operators */

gboolean
_ml_is_nil (MlNode *n)
{
  n = ml_node_unparen (n);
  return n->type != NULL && n->type->kind == ML_TYPE_UNTYPED_NIL;
}

/* A value standing in for an expression the compiler could not compile: compiling stops at
 * the first error, so nothing ever runs with it. */
static Place
error_value (Compiler *c)
{
  return direct (_ml_temp (c, c->out->t_int), c->out->t_int);
}

/* Reports that @n is not supported yet, with the translated @message, and gives a value of
 * @type standing in for it (see error_value()). */
static Place
unsupported_value (Compiler   *c,
                   MlNode     *n,
                   guint       type,
                   const char *message)
{
  _ml_unsupported (c, n, "%s", message);
  return direct (_ml_temp (c, type), type);
}

/* Compiles @n as a value of type @want (an assignment's target type): constants take the
 * target's type, values convert to interfaces by boxing, nil becomes the zero value. */
Place
_ml_compile_value (Compiler *c,
                   MlNode   *n,
                   MlType   *want)
{
  Place p;
  guint wt;

  if (_ml_defer_operand (c, n, &p))
    return p;
  if (want == NULL)
    want = n->type;
  wt = _ml_type_id (c, want);
  if (_ml_is_nil (n))
    {
      guint32 z = _ml_temp (c, wt);

      emit (c, ML_OP_ZERO, 0, z, 0, 0, wt, 0);
      return direct (z, wt);
    }
  if (n->cval != NULL && n->mode == ML_MODE_CONSTANT)
    {
      if (ml_type_is_interface (want))
        {
          /* A constant boxed into an interface: Go points the interface at read-only data,
           * without allocating. */
          Place v = _ml_compile_const (c, n, n->type);
          guint32 box = _ml_temp (c, wt);

          _ml_emit_box (c, box, v.opnd, v.type, wt, 1);
          return direct (box, wt);
        }
      return _ml_compile_const (c, n, want);
    }
  p = _ml_compile_expr (c, n);
  if (ml_type_is_interface (want))
    return _ml_convert_iface_at (c, p, wt, n);
  return p;
}

/* The instruction of a binary operator, of its assignment form (+=) or of ++ and --; NOP for
 * any other token. */
MlVmOp
_ml_binop_code (guint tok)
{
  switch (tok)
    {
    case ML_TOK_ADD: case ML_TOK_ADD_ASSIGN: case ML_TOK_INC: return ML_OP_ADD;
    case ML_TOK_SUB: case ML_TOK_SUB_ASSIGN: case ML_TOK_DEC: return ML_OP_SUB;
    case ML_TOK_MUL: case ML_TOK_MUL_ASSIGN: return ML_OP_MUL;
    case ML_TOK_QUO: case ML_TOK_QUO_ASSIGN: return ML_OP_DIV;
    case ML_TOK_REM: case ML_TOK_REM_ASSIGN: return ML_OP_REM;
    case ML_TOK_AND: case ML_TOK_AND_ASSIGN: return ML_OP_AND;
    case ML_TOK_OR: case ML_TOK_OR_ASSIGN: return ML_OP_OR;
    case ML_TOK_XOR: case ML_TOK_XOR_ASSIGN: return ML_OP_XOR;
    case ML_TOK_AND_NOT: case ML_TOK_AND_NOT_ASSIGN: return ML_OP_ANDNOT;
    case ML_TOK_SHL: case ML_TOK_SHL_ASSIGN: return ML_OP_SHL;
    case ML_TOK_SHR: case ML_TOK_SHR_ASSIGN: return ML_OP_SHR;
    case ML_TOK_EQL: return ML_OP_EQ;
    case ML_TOK_NEQ: return ML_OP_NE;
    case ML_TOK_LSS: return ML_OP_LT;
    case ML_TOK_LEQ: return ML_OP_LE;
    case ML_TOK_GTR: return ML_OP_GT;
    case ML_TOK_GEQ: return ML_OP_GE;
    default: return ML_OP_NOP;
    }
}

/* The flags of an arithmetic instruction on values of @t: signed, float. */
guint
_ml_arith_flags (MlVmType *t)
{
  guint f = 0;

  if (ml_vm_kind_is_signed (t->kind))
    f |= ML_VM_INSN_SIGNED;
  if (ml_vm_kind_is_float (t->kind))
    f |= ML_VM_INSN_FLOAT;
  return f;
}

/* Emits a temporary of @type = x op y (a shift), or op x (y 0: a negation). */
guint32
_ml_emit_arith (Compiler *c,
                MlVmOp    op,
                guint32   x,
                guint32   y,
                guint     type)
{
  MlVmType *t = type_info (c, type);
  guint32 dst;
  guint pc;

  if (op == ML_OP_NEG && _ml_is_complex_type (c, type))
    return _ml_complex_neg (c, x, type);
  dst = _ml_temp (c, type);
  pc = emit (c, op, t->size, dst, x, y, type, 0);

  insn (c, pc)->flags = _ml_arith_flags (t);
  return dst;
}

/* Emits dst = x op y for values of type @type (the operands' type). */
guint32
_ml_emit_binary (Compiler *c,
                 guint     op,
                 guint32   x,
                 guint32   y,
                 guint     type,
                 guint     result_type)
{
  MlVmType *t = type_info (c, type);
  guint32 dst;
  gboolean pointer_word = ml_vm_kind_is_pointer_word (t->kind);
  guint pc;

  if (_ml_is_complex_type (c, type))
    return _ml_complex_binary (c, op, x, y, type, result_type);
  dst = _ml_temp (c, result_type);

  if (t->kind == ML_VM_KIND_STRING)
    {
      if (op == ML_OP_ADD)
        emit (c, ML_OP_CONCAT, 0, dst, x, y, 0, 0);
      else if (op == ML_OP_EQ || op == ML_OP_NE)
        emit (c, ML_OP_STREQ, op == ML_OP_NE, dst, x, y, 0, 0);
      else
        emit (c, ML_OP_STRCMP, op, dst, x, y, 0, 0);
      return dst;
    }
  if ((op == ML_OP_EQ || op == ML_OP_NE) && !ml_vm_type_is_scalar (t) && !pointer_word)
    {
      emit (c, ML_OP_MEMEQ, op == ML_OP_NE, dst, x, y, type, 0);
      return dst;
    }
  pc = emit (c, op, pointer_word ? 8 : t->size, dst, x, y, type, 0);
  insn (c, pc)->flags = _ml_arith_flags (t);
  return dst;
}

/* x && y, x || y: y is evaluated only when x does not decide. */
static Place
compile_logical (Compiler *c,
                 MlNode   *n)
{
  guint bt = _ml_type_id (c, n->type);
  guint32 dst = _ml_temp (c, bt);
  Place x = _ml_compile_value (c, n->x, n->type);
  Place y;
  guint jmp;

  _ml_emit_move (c, dst, _ml_to_opnd (c, x), bt);
  jmp = emit (c, n->op == ML_TOK_LAND ? ML_OP_JF : ML_OP_JT, 1, 0, dst, 0, 0, 0);
  y = _ml_compile_value (c, n->y, n->type);
  _ml_emit_move (c, dst, _ml_to_opnd (c, y), bt);
  patch (c, jmp, here (c));
  return direct (dst, bt);
}

/* An integer in a word of its own, as the VM reads indexes and shift counts: a narrower
 * value is widened, sign-extended when signed so that a negative one stays negative. */
static guint32
word_value (Compiler *c,
            MlNode   *y)
{
  Place p = _ml_compile_value (c, y, NULL);
  MlVmType *t = type_info (c, p.type);
  gboolean is_signed = ml_vm_kind_is_signed (t->kind);
  guint wide;
  guint32 dst;

  if (t->size >= 8)
    return _ml_to_opnd (c, p);
  wide = _ml_basic_type (c, is_signed ? ML_VM_KIND_INT64 : ML_VM_KIND_UINT64);
  dst = _ml_temp (c, wide);
  emit (c, ML_OP_CONV, ML_CONV_INT, dst, _ml_to_opnd (c, p), 0, wide,
        t->size | (is_signed ? 1 << 8 : 0) | (8 << 16) | ((gint64) (is_signed ? 1 : 0) << 24));
  return dst;
}

/* A shift count as the VM's shifts read it (a negative one panics); an unsigned count of a
 * word, which may be 2^63 or more, is first capped at 64, where every shift has its final
 * value, so that it never reads as negative. */
guint32
_ml_compile_shift_count (Compiler *c,
                         MlNode   *y)
{
  guint32 v = word_value (c, y);
  MlVmType *t = type_info (c, _ml_type_id (c, y->type));
  guint32 dst;
  guint pc;

  if (t->size < 8 || ml_vm_kind_is_signed (t->kind) || (y->cval != NULL && y->mode == ML_MODE_CONSTANT))
    return v;
  dst = _ml_temp (c, c->out->t_uintptr);
  pc = emit (c, ML_OP_MINMAX, 8, dst, v, _ml_const_int (c, 64, c->out->t_uintptr), c->out->t_uintptr, 0);
  insn (c, pc)->flags = _ml_arith_flags (type_info (c, c->out->t_uintptr));
  return dst;
}

static Place
compile_binary (Compiler *c,
                MlNode   *n)
{
  MlVmOp vop = _ml_binop_code (n->op);
  MlType *ot = n->x->type;
  guint32 x, y;
  guint type;

  if (n->op == ML_TOK_LAND || n->op == ML_TOK_LOR)
    return compile_logical (c, n);
  /* Comparisons: the operands' common type; nil compares as the other side's type. */
  if (_ml_is_nil (n->x) || ml_type_is_untyped (ot))
    ot = n->y->type;
  if (ml_type_is_untyped (ot) && !_ml_is_nil (n->x))
    ot = n->type;
  if (vop >= ML_OP_EQ && vop <= ML_OP_GE && ml_type_is_untyped (ot))
    ot = n->x->type;
  if (vop == ML_OP_SHL || vop == ML_OP_SHR)
    ot = n->type;
  type = _ml_type_id (c, ot);
  x = _ml_to_opnd (c, _ml_compile_value (c, n->x, ot));
  if (vop == ML_OP_SHL || vop == ML_OP_SHR)
    return direct (_ml_emit_arith (c, vop, x, _ml_compile_shift_count (c, n->y), type), type);
  /* A division checks its divisor at run time ("integer divide by zero"). */
  y = _ml_to_opnd (c, _ml_compile_value (c, n->y, ot));
  return direct (_ml_emit_binary (c, vop, x, y, type, _ml_type_id (c, n->type)),
                 _ml_type_id (c, n->type));
}

/* &x, and &T{...}: a composite literal's object, where escape analysis puts it. */
static Place
compile_address (Compiler *c,
                 MlNode   *n,
                 guint     t)
{
  MlNode *x = ml_node_unparen (n->x);
  guint et;
  Place v;
  guint32 p;

  if (x->kind != ML_NODE_COMPOSITE_LIT)
    return direct (_ml_address_of (c, _ml_compile_expr (c, x)), t);
  et = _ml_type_id (c, x->type);
  v = _ml_compile_expr (c, x);
  p = _ml_temp (c, t);
  if (_ml_alloc_on_heap (c, n))
    {
      emit (c, ML_OP_NEW, 8, p, 0, 0, et, 0);
      _ml_store_place (c, indirect (p, 0, et), _ml_to_opnd (c, v), et);
    }
  else
    {
      guint32 obj = _ml_storage_temp (c, et);

      _ml_emit_move (c, obj, _ml_to_opnd (c, v), et);
      emit (c, ML_OP_LEA, 8, p, obj, 0, 0, 0);
    }
  return direct (p, t);
}

static Place
compile_unary (Compiler *c,
               MlNode   *n)
{
  guint t = _ml_type_id (c, n->type);
  MlVmOp op;
  guint32 x, dst;

  switch (n->op)
    {
    case ML_TOK_AND:
      return compile_address (c, n, t);
    case ML_TOK_ADD:
      return _ml_compile_value (c, n->x, n->type);
    case ML_TOK_SUB:
      x = _ml_to_opnd (c, _ml_compile_value (c, n->x, n->type));
      return direct (_ml_emit_arith (c, ML_OP_NEG, x, 0, t), t);
    case ML_TOK_XOR: case ML_TOK_NOT:
      op = n->op == ML_TOK_XOR ? ML_OP_COMPL : ML_OP_NOT;
      x = _ml_to_opnd (c, _ml_compile_value (c, n->x, n->type));
      dst = _ml_temp (c, t);
      emit (c, op, op == ML_OP_NOT ? 1 : type_info (c, t)->size, dst, x, 0, t, 0);
      return direct (dst, t);
    default:
      _ml_unsupported (c, n, _("the operator %s is not supported yet"), "unary");
      return direct (_ml_temp (c, t), t);
    }
}

/* ------------------------------------------------------------------------------------------ */
/* Indexing and selectors */

/* The element @index of type @et through the slice or array pointer @base: @op is IDX for a
 * slice, AIDX for a pointer to an array of @len elements. */
static Place
element (Compiler *c,
         MlVmOp    op,
         guint32   base,
         MlNode   *index,
         guint     et,
         guint64   len)
{
  /* An index of a narrower integer type (a byte) is widened to the word the VM reads. */
  guint32 i = word_value (c, index);
  guint32 a = _ml_temp (c, _ml_pointer_to (c, et));

  emit (c, op, 0, a, base, i, et, len);
  return indirect (a, 0, et);
}

/* An index into an array place, a slice, a string or a map; @for_store: a map element to
 * store into (inserted if absent). */
Place
_ml_compile_index (Compiler *c,
                   MlNode   *n,
                   gboolean  for_store)
{
  MlType *xt = n->x->type;
  MlType *u = ml_type_underlying (xt);
  guint et = _ml_type_id (c, n->type);

  if (u->kind == ML_TYPE_POINTER)
    {
      /* p[i] on a pointer to an array. */
      guint32 p = _ml_to_opnd (c, _ml_compile_expr (c, n->x));

      return element (c, ML_OP_AIDX, p, n->y, et, ml_type_underlying (u->elem)->len);
    }
  switch ((int) u->kind)
    {
    case ML_TYPE_ARRAY:
      {
        Place base = _ml_compile_expr (c, n->x);

        if (n->y->cval != NULL && n->y->mode == ML_MODE_CONSTANT)
          return _ml_field_place (c, base, (guint64) n->y->cval->i * type_info (c, et)->size,
                                  et);
        return element (c, ML_OP_AIDX, _ml_address_of (c, base), n->y, et, u->len);
      }
    case ML_TYPE_SLICE:
      return element (c, ML_OP_IDX, _ml_to_opnd (c, _ml_compile_expr (c, n->x)), n->y, et, 0);
    case ML_TYPE_STRING: case ML_TYPE_UNTYPED_STRING:
      {
        guint32 s = _ml_to_opnd (c, _ml_compile_value (c, n->x, NULL));
        guint32 i = word_value (c, n->y);
        guint32 dst = _ml_temp (c, et);

        emit (c, ML_OP_SIDX, 1, dst, s, i, et, 0);
        return direct (dst, et);
      }
    case ML_TYPE_MAP:
      {
        guint mt = _ml_type_id (c, xt);
        guint32 m = _ml_to_opnd (c, _ml_compile_expr (c, n->x));
        guint32 k = _ml_to_opnd (c, _ml_compile_value (c, n->y, u->key));
        guint32 a = _ml_temp (c, _ml_pointer_to (c, et));
        guint32 dst;

        if (for_store)
          {
            emit (c, ML_OP_MAPSET, 0, a, m, k, mt, 0);
            return indirect (a, 0, et);
          }
        dst = _ml_temp (c, et);
        emit (c, ML_OP_MAPGET, 0, dst, m, k, mt, ML_VM_NONE);
        return direct (dst, et);
      }
    default:
      return unsupported_value (c, n, et, _("this index expression is not supported yet"));
    }
}

static Place
compile_selector (Compiler *c,
                  MlNode   *n)
{
  MlType *xt = n->x->type;
  MlType *u = ml_type_underlying (xt);
  gint64 off = 0;
  guint ft = _ml_type_id (c, n->type);

  if (n->x->mode == ML_MODE_TYPEXPR)
    return _ml_compile_method_expr (c, n);
  if (n->obj == NULL && ml_type_is_interface (xt) && n->x->mode != ML_MODE_PACKAGE)
    return _ml_compile_iface_method_value (c, n);
  if (n->obj != NULL && n->obj->kind == ML_OBJ_FUNC && n->obj->decl != NULL &&
      n->x->mode != ML_MODE_PACKAGE)
    return _ml_compile_method_value (c, n);
  /* A function of the standard library as a value (unicode.IsSpace). */
  if (n->x->mode == ML_MODE_PACKAGE && n->obj != NULL && n->obj->kind == ML_OBJ_FUNC && n->obj->decl != NULL)
    return _ml_compile_func_value (c, n);
  if (n->obj != NULL && (n->obj->kind == ML_OBJ_FUNC || n->obj->kind == ML_OBJ_BUILTIN))
    return unsupported_value (c, n, ft, _("method values are not supported yet"));
  /* A package variable of the standard library (strconv.ErrSyntax). */
  if (n->x->mode == ML_MODE_PACKAGE && n->obj != NULL && n->obj->kind == ML_OBJ_VAR
      && _ml_lookup_var (c, n->obj) != NULL)
    return _ml_var_place (c, _ml_lookup_var (c, n->obj));
  if (n->x->mode == ML_MODE_PACKAGE)
    {
      _ml_unsupported (c, n, _("%s is not supported yet"), n->name);
      return direct (_ml_temp (c, ft), ft);
    }
  if (ml_type_lookup_field (xt, n->name, &off) == NULL)
    return unsupported_value (c, n, ft, _("this selector is not supported yet"));
  if (u->kind == ML_TYPE_POINTER)
    {
      /* p.f: through the pointer (with the nil check the load or store does). */
      guint32 p = _ml_to_opnd (c, _ml_compile_expr (c, n->x));

      return indirect (p, off, ft);
    }
  return _ml_field_place (c, _ml_compile_expr (c, n->x), off, ft);
}

/* ------------------------------------------------------------------------------------------ */
/* Composite literals and slice expressions */

/* Stores the elements of the array or slice literal @n, of type @elem, into the elements of
 * the array at @base. */
static void
store_elements (Compiler *c,
                MlNode   *n,
                MlType   *elem,
                Place     base)
{
  guint et = _ml_type_id (c, elem);
  gint64 idx = 0;

  for (guint i = 0; i < n->list.n; i++)
    {
      MlNode *e = n->list.items[i];
      MlNode *val = e;
      guint32 v;

      if (e->kind == ML_NODE_KEY_VALUE)
        {
          idx = e->x->cval != NULL ? (gint64) e->x->cval->i : idx;
          val = e->y;
        }
      v = _ml_to_opnd (c, _ml_compile_value (c, val, elem));
      _ml_store_place (c, _ml_field_place (c, base, idx * type_info (c, et)->size, et), v, et);
      idx++;
    }
}

/* Fills @dst with a struct or array literal's elements (the place is zeroed first). */
static void
fill_composite (Compiler *c,
                MlNode   *n,
                Place     dst)
{
  MlType *u = ml_type_underlying (n->type);

  _ml_zero_place (c, dst);
  if (u->kind == ML_TYPE_ARRAY)
    {
      store_elements (c, n, u->elem, dst);
      return;
    }
  if (u->kind != ML_TYPE_STRUCT)
    return;
  for (guint i = 0; i < n->list.n; i++)
    {
      MlNode *e = n->list.items[i];
      MlField *f;
      gint64 off = 0;
      MlNode *val = e;
      Place v;
      guint vt;

      if (e->kind == ML_NODE_KEY_VALUE)
        {
          f = ml_type_lookup_field (n->type, e->x->name, &off);
          val = e->y;
        }
      else
        {
          f = &u->fields[i];
          off = f->offset;
        }
      if (f == NULL)
        continue;
      v = _ml_compile_value (c, val, f->type);
      vt = _ml_type_id (c, f->type);
      _ml_store_place (c, _ml_field_place (c, dst, off, vt), _ml_to_opnd (c, v), vt);
    }
}

/* The length of the array a slice literal makes: one past its highest index. */
static gint64
composite_len (MlNode *n)
{
  gint64 idx = 0, max = 0;

  for (guint i = 0; i < n->list.n; i++)
    {
      MlNode *e = n->list.items[i];

      if (e->kind == ML_NODE_KEY_VALUE && e->x->cval != NULL)
        idx = (gint64) e->x->cval->i;
      idx++;
      max = MAX (max, idx);
    }
  return max;
}

/* A slice literal: a new array where escape analysis says, and a slice of all of it. */
static Place
compile_slice_literal (Compiler *c,
                       MlNode   *n,
                       MlType   *u,
                       guint     t)
{
  guint et = _ml_type_id (c, u->elem);
  gint64 len = composite_len (n);
  guint at = _ml_array_of (c, et, len);
  guint32 ptr = _ml_temp (c, _ml_pointer_to (c, at));
  guint32 s = _ml_temp (c, t);

  _ml_alloc_storage (c, n, at, ptr);
  store_elements (c, n, u->elem, indirect (ptr, 0, at));
  emit (c, ML_OP_MKSLICEAT, 0, s, ptr, 0, et, len);
  return direct (s, t);
}

/* A map literal: make(map[K]V, n) for its n entries, then m[k] = v for each, the key and
 * the value evaluated before the assignment, as maplit does. */
static Place
compile_map_literal (Compiler *c,
                     MlNode   *n,
                     MlType   *u,
                     guint     t)
{
  guint32 m = _ml_make_map (c, n, t, NULL, n->list.n);
  guint vt = _ml_type_id (c, u->elem);

  for (guint i = 0; i < n->list.n; i++)
    {
      MlNode *e = n->list.items[i];
      guint32 k, v, a;

      if (e->kind != ML_NODE_KEY_VALUE)
        continue;
      k = _ml_to_opnd (c, _ml_compile_value (c, e->x, u->key));
      v = _ml_to_opnd (c, _ml_compile_value (c, e->y, u->elem));
      a = _ml_temp (c, _ml_pointer_to (c, vt));
      emit (c, ML_OP_MAPSET, 0, a, m, k, t, 0);
      _ml_store_place (c, indirect (a, 0, vt), v, vt);
    }
  return direct (m, t);
}

static Place
compile_composite (Compiler *c,
                   MlNode   *n)
{
  MlType *u = ml_type_underlying (n->type);
  guint t = _ml_type_id (c, n->type);
  Place dst;

  if (u->kind == ML_TYPE_SLICE)
    return compile_slice_literal (c, n, u, t);
  if (u->kind == ML_TYPE_MAP)
    return compile_map_literal (c, n, u, t);
  if (u->kind != ML_TYPE_STRUCT && u->kind != ML_TYPE_ARRAY)
    return unsupported_value (c, n, t, _("this composite literal is not supported yet"));
  dst = direct (_ml_temp (c, t), t);
  fill_composite (c, n, dst);
  return dst;
}

static Place
compile_slice_expr (Compiler *c,
                    MlNode   *n)
{
  MlType *u = ml_type_underlying (n->x->type);
  guint t = _ml_type_id (c, n->type);
  guint32 dst = _ml_temp (c, t);
  guint32 bounds = _ml_temp (c, _ml_array_of (c, c->out->t_int, 4));
  guint32 src;
  guint kind;
  guint et = 0;
  gint64 len = 0;
  MlNode *parts[3] = { n->y, n->z, n->w };
  gint64 given = 0;

  if (u->kind == ML_TYPE_ARRAY || u->kind == ML_TYPE_POINTER)
    {
      /* An array, addressed, or a pointer to one. */
      MlType *arr = u->kind == ML_TYPE_ARRAY ? u : ml_type_underlying (u->elem);
      Place x = _ml_compile_expr (c, n->x);

      src = u->kind == ML_TYPE_ARRAY ? _ml_address_of (c, x) : _ml_to_opnd (c, x);
      kind = 1;
      et = _ml_type_id (c, arr->elem);
      len = arr->len;
    }
  else if (u->kind == ML_TYPE_SLICE)
    {
      src = _ml_to_opnd (c, _ml_compile_expr (c, n->x));
      kind = 0;
      et = _ml_type_id (c, u->elem);
    }
  else
    {
      src = _ml_to_opnd (c, _ml_compile_value (c, n->x, NULL));
      kind = 2;
      et = _ml_basic_type (c, ML_VM_KIND_UINT8);
    }
  /* bounds[3] says which of lo, hi, max were given. */
  for (guint i = 0; i < 3; i++)
    if (parts[i] != NULL)
      {
        /* A bound of a narrower integer type (a byte) is widened to the int the VM reads. */
        guint32 v = word_value (c, parts[i]);

        _ml_emit_move (c, _ml_opnd_add (c, bounds, i * 8), v, c->out->t_int);
        given |= 1 << i;
      }
  emit (c, ML_OP_MOVI, 8, _ml_opnd_add (c, bounds, 24), 0, 0, c->out->t_int, given);
  emit (c, ML_OP_SLICE, kind, dst, src, bounds, et, len);
  return direct (dst, t);
}

/* ------------------------------------------------------------------------------------------ */

/* Compiles the expression @n to the place that holds its value. */
Place
_ml_compile_expr (Compiler *c,
                  MlNode   *n)
{
  MlPos saved = c->pos;
  Place p;

  if (c->error != NULL)
    return error_value (c);
  if (_ml_defer_operand (c, n, &p))
    return p;
  if (n->kind != ML_NODE_PAREN)
    c->pos = n->pos;
  if (n->cval != NULL && n->mode == ML_MODE_CONSTANT)
    {
      p = _ml_compile_const (c, n, NULL);
      c->pos = saved;
      return p;
    }
  switch (n->kind)
    {
    case ML_NODE_PAREN:
      p = _ml_compile_expr (c, n->x);
      break;
    case ML_NODE_IDENT:
      if (n->obj != NULL && n->obj->kind == ML_OBJ_VAR)
        {
          VarInfo *v = _ml_lookup_var (c, n->obj);

          /* A variable first seen here: its declaration was not compiled (a notebook
           * global declared by a statement is registered up front, so this is a local). */
          if (v == NULL)
            v = _ml_declare_local (c, n->obj);
          p = _ml_var_place (c, v);
        }
      else if (n->obj != NULL && n->obj->kind == ML_OBJ_NIL)
        {
          guint t = _ml_type_id (c, n->type);
          guint32 z = _ml_temp (c, t);

          emit (c, ML_OP_ZERO, 0, z, 0, 0, t, 0);
          p = direct (z, t);
        }
      else if (n->obj != NULL && n->obj->kind == ML_OBJ_FUNC && n->obj->decl != NULL)
        p = _ml_compile_func_value (c, n);
      else
        {
          _ml_unsupported (c, n, _("using %s as a value is not supported yet"), n->name);
          p = error_value (c);
        }
      break;
    case ML_NODE_BINARY:
      p = compile_binary (c, n);
      break;
    case ML_NODE_UNARY:
      p = compile_unary (c, n);
      break;
    case ML_NODE_STAR:
      {
        guint32 ptr = _ml_to_opnd (c, _ml_compile_expr (c, n->x));

        p = indirect (ptr, 0, _ml_type_id (c, n->type));
      }
      break;
    case ML_NODE_SELECTOR:
      p = compile_selector (c, n);
      break;
    case ML_NODE_INDEX:
      p = _ml_compile_index (c, n, FALSE);
      break;
    case ML_NODE_SLICE_EXPR:
      p = compile_slice_expr (c, n);
      break;
    case ML_NODE_COMPOSITE_LIT:
      p = compile_composite (c, n);
      break;
    case ML_NODE_CALL:
      {
        g_autoptr(GArray) res = _ml_compile_call (c, n);

        /* The first result (none only after an error). */
        p = res == NULL || res->len == 0 ? error_value (c) : g_array_index (res, Place, 0);
      }
      break;
    case ML_NODE_FUNC_LIT:
      p = _ml_compile_func_lit (c, n);
      break;
    case ML_NODE_TYPE_ASSERT:
      p = _ml_compile_type_assert (c, n, ML_VM_NONE);
      break;
    case ML_NODE_BAD: case ML_NODE_BASIC_LIT: case ML_NODE_KEY_VALUE:
    ML_NODE_CASES_TYPE: ML_NODE_CASES_STMT: ML_NODE_CASES_DECL: case ML_N_NODE_KINDS:
    default:
      _ml_unsupported (c, n, _("this expression (%s) is not supported yet"),
                       ml_node_kind_to_string (n->kind));
      p = error_value (c);
      break;
    }
  c->pos = saved;
  return p;
}
