/* ml-compile-complex.c
 *
 * Copyright 2026 The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Complex numbers, as cmd/compile decomposes them: a complex64 is two float32s and a
 * complex128 two float64s, side by side, and every operation but division works on the parts
 * with the float instructions (a product is (ac - bd) + (ad + bc)i, each step rounded to the
 * parts' precision).  Division calls the runtime's complex128div (ML_OP_CDIV), through
 * complex128 for a complex64, as walk does.  complex, real and imag read and write the parts.
 * One concern, which the expression compiler only calls into.
 */

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "ml-compiler-private.h"

/* The size of one part of the complex type @type, and the float type of that part. */
static guint
part_type (Compiler *c,
           guint     type,
           guint    *size)
{
  *size = type_info (c, type)->size / 2;
  return _ml_basic_type (c, *size == 4 ? ML_VM_KIND_FLOAT32 : ML_VM_KIND_FLOAT64);
}

gboolean
_ml_is_complex_type (Compiler *c,
                     guint     type)
{
  MlVmKind k = type_info (c, type)->kind;

  return k == ML_VM_KIND_COMPLEX64 || k == ML_VM_KIND_COMPLEX128;
}

static void
emit_float (Compiler *c,
            MlVmOp    op,
            guint     w,
            guint32   dst,
            guint32   x,
            guint32   y,
            guint     ft)
{
  guint pc = emit (c, op, w, dst, x, y, ft, 0);

  insn (c, pc)->flags = ML_VM_INSN_FLOAT;
}

/* The constant @k at @dst, a complex value of type @type. */
void
_ml_complex_const (Compiler      *c,
                   guint32        dst,
                   guint          type,
                   const MlConst *k)
{
  guint hs;
  guint ft = part_type (c, type, &hs);
  double re, im;

  ml_const_complex_parts (k, &re, &im);
  for (guint i = 0; i < 2; i++)
    {
      double v = i == 0 ? re : im;
      guint64 bits;

      if (hs == 4)
        {
          float f = (float) v;
          guint32 b;

          memcpy (&b, &f, 4);
          bits = (guint64) (gint64) (gint32) b;
        }
      else
        memcpy (&bits, &v, 8);
      emit (c, ML_OP_MOVI, hs, _ml_opnd_add (c, dst, i * hs), 0, 0, ft, (gint64) bits);
    }
}

/* complex64 <-> complex128: each part converted. */
guint32
_ml_complex_convert (Compiler *c,
                     guint32   x,
                     guint     from,
                     guint     to)
{
  guint fs, ts;
  guint ff = part_type (c, from, &fs);
  guint tf = part_type (c, to, &ts);
  guint32 dst = _ml_temp (c, to);

  (void) ff;
  for (guint i = 0; i < 2; i++)
    emit (c, ML_OP_CONV, ML_CONV_FLOAT_FLOAT, _ml_opnd_add (c, dst, i * ts),
          _ml_opnd_add (c, x, i * fs), 0, tf, fs | (ts << 16));
  return dst;
}

/* x + @d (z++ and z--): the real part moves, the imaginary part stays. */
guint32
_ml_complex_add_real (Compiler *c,
                      guint32   x,
                      guint     type,
                      gint64    d)
{
  guint hs;
  guint ft = part_type (c, type, &hs);
  guint32 dst = _ml_temp (c, type);
  guint32 one = _ml_temp (c, ft);
  double dd = (double) d;
  float ff = (float) d;
  gint64 bits = 0;

  if (hs == 8)
    memcpy (&bits, &dd, 8);
  else
    {
      guint32 b;

      memcpy (&b, &ff, 4);
      bits = (gint32) b;
    }
  emit (c, ML_OP_MOVI, hs, one, 0, 0, ft, bits);
  emit_float (c, ML_OP_ADD, hs, dst, x, one, ft);
  _ml_emit_move (c, _ml_opnd_add (c, dst, hs), _ml_opnd_add (c, x, hs), ft);
  return dst;
}

/* -x */
guint32
_ml_complex_neg (Compiler *c,
                 guint32   x,
                 guint     type)
{
  guint hs;
  guint ft = part_type (c, type, &hs);
  guint32 dst = _ml_temp (c, type);

  for (guint i = 0; i < 2; i++)
    emit_float (c, ML_OP_NEG, hs, _ml_opnd_add (c, dst, i * hs), _ml_opnd_add (c, x, i * hs),
                0, ft);
  return dst;
}

/* x op y for complex values of type @type: + - * / == !=. */
guint32
_ml_complex_binary (Compiler *c,
                    MlVmOp    op,
                    guint32   x,
                    guint32   y,
                    guint     type,
                    guint     result_type)
{
  guint hs;
  guint ft = part_type (c, type, &hs);
  guint32 xr = x, xi = _ml_opnd_add (c, x, hs), yr = y, yi = _ml_opnd_add (c, y, hs);
  guint32 dst = _ml_temp (c, result_type);

  switch ((int) op)
    {
    case ML_OP_ADD: case ML_OP_SUB:
      emit_float (c, op, hs, dst, xr, yr, ft);
      emit_float (c, op, hs, _ml_opnd_add (c, dst, hs), xi, yi, ft);
      break;
    case ML_OP_MUL:
      {
        guint32 t1 = _ml_temp (c, ft), t2 = _ml_temp (c, ft);

        emit_float (c, ML_OP_MUL, hs, t1, xr, yr, ft);
        emit_float (c, ML_OP_MUL, hs, t2, xi, yi, ft);
        emit_float (c, ML_OP_SUB, hs, dst, t1, t2, ft);
        emit_float (c, ML_OP_MUL, hs, t1, xr, yi, ft);
        emit_float (c, ML_OP_MUL, hs, t2, xi, yr, ft);
        emit_float (c, ML_OP_ADD, hs, _ml_opnd_add (c, dst, hs), t1, t2, ft);
      }
      break;
    case ML_OP_DIV:
      if (hs == 4)
        {
          guint wide = _ml_basic_type (c, ML_VM_KIND_COMPLEX128);
          guint32 wx = _ml_complex_convert (c, x, type, wide);
          guint32 wy = _ml_complex_convert (c, y, type, wide);
          guint32 q = _ml_temp (c, wide);

          emit (c, ML_OP_CDIV, 0, q, wx, wy, wide, 0);
          _ml_emit_move (c, dst, _ml_complex_convert (c, q, wide, type), type);
        }
      else
        emit (c, ML_OP_CDIV, 0, dst, x, y, type, 0);
      break;
    case ML_OP_EQ: case ML_OP_NE:
      {
        guint bt = c->out->t_bool;
        guint32 b = _ml_temp (c, bt);

        /* Both parts equal; either part different. */
        emit_float (c, op, hs, dst, xr, yr, ft);
        emit_float (c, op, hs, b, xi, yi, ft);
        emit (c, op == ML_OP_EQ ? ML_OP_AND : ML_OP_OR, 1, dst, dst, b, bt, 0);
      }
      break;
    default:
      _ml_unsupported (c, NULL, _("the operator %s is not supported yet"), "complex");
      break;
    }
  return dst;
}

/* complex(x, y), real(z) and imag(z). */
Place
_ml_compile_complex_builtin (Compiler  *c,
                             MlNode    *n,
                             MlBuiltin  b)
{
  guint rt = _ml_type_id (c, n->type);

  if (n->cval != NULL && n->mode == ML_MODE_CONSTANT)
    return _ml_compile_const (c, n, n->type);
  if (b == ML_BUILTIN_COMPLEX)
    {
      guint hs;
      guint ft = part_type (c, rt, &hs);
      MlType *pt = n->list.items[0]->type;
      guint32 dst = _ml_temp (c, rt);
      guint32 re, im;

      if (ml_type_is_untyped (pt))
        pt = n->list.items[1]->type;
      re = _ml_to_opnd (c, _ml_compile_value (c, n->list.items[0], pt));
      im = _ml_to_opnd (c, _ml_compile_value (c, n->list.items[1], pt));
      _ml_emit_move (c, dst, re, ft);
      _ml_emit_move (c, _ml_opnd_add (c, dst, hs), im, ft);
      return direct (dst, rt);
    }
  else
    {
      MlNode *x = n->list.items[0];
      MlType *zt = ml_type_is_untyped (x->type) ? NULL : x->type;
      Place z = _ml_compile_value (c, x, zt);

      return _ml_field_place (c, z, b == ML_BUILTIN_IMAG ? type_info (c, rt)->size : 0, rt);
    }
}
