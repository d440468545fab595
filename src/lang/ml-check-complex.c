/* ml-check-complex.c
 *
 * Copyright 2026 The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The built-ins of complex numbers (types2's builtins.go): complex(x, y), real(z) and
 * imag(z), with their untyped arguments, their constant folding and their errors.  They
 * share nothing with the other built-ins but the argument count, checked before.
 */

#define G_LOG_DOMAIN "ml-check"

#include "config.h"

#include "ml-check-private.h"
#include "ml-const-private.h"

/* complex(x, y floatT) complexT */
void
ml_check_builtin_complex (MlChecker *c,
                          MlNode    *n)
{
  MlNode *x = n->list.items[0];
  MlNode *y = n->list.items[1];
  gboolean ux, uy;
  MlType *u, *res;

  ml_check_expr (c, x, NULL);
  ml_check_expr (c, y, NULL);
  if (!ml_check_is_valid (x) || !ml_check_is_valid (y))
    {
      ml_check_invalidate (c, n);
      return;
    }
  ux = ml_type_is_untyped (x->type);
  uy = ml_type_is_untyped (y->type);
  if (ux && !uy)
    ml_check_convert_untyped_or_report (c, x, y->type);
  else if (uy && !ux)
    ml_check_convert_untyped_or_report (c, y, x->type);
  else if (ux && uy)
    {
      if (x->mode == ML_MODE_CONSTANT && y->mode == ML_MODE_CONSTANT)
        {
          /* Untyped numbers with no imaginary part are untyped floats here. */
          if (ml_type_is_numeric (x->type)
              && ml_const_sign (ml_const_imag (c->arena, x->cval)) == 0)
            x->type = c->t_ufloat;
          if (ml_type_is_numeric (y->type)
              && ml_const_sign (ml_const_imag (c->arena, y->cval)) == 0)
            y->type = c->t_ufloat;
        }
      else
        {
          ml_check_convert_untyped_or_report (c, x, c->t_float64);
          ml_check_convert_untyped_or_report (c, y, c->t_float64);
        }
    }
  if (!ml_check_is_valid (x) || !ml_check_is_valid (y))
    {
      ml_check_invalidate (c, n);
      return;
    }
  if (!ml_type_identical (x->type, y->type))
    {
      g_autofree char *cs = ml_node_to_string (n);
      g_autofree char *xs = ml_type_to_string (x->type);
      g_autofree char *ys = ml_type_to_string (y->type);

      ml_check_error_at (c, ml_node_start_pos (x),
                         "invalid operation: %s (mismatched types %s and %s)", cs, xs, ys);
      ml_check_invalidate (c, n);
      return;
    }
  u = ml_type_underlying (x->type);
  res = u->kind == ML_TYPE_FLOAT32 ? c->t_complex64
        : u->kind == ML_TYPE_FLOAT64 ? c->t_complex128
        : u->kind == ML_TYPE_UNTYPED_FLOAT ? c->t_ucomplex : NULL;
  if (res == NULL)
    {
      g_autofree char *xs = ml_type_to_string (x->type);

      ml_check_error_at (c, ml_node_start_pos (x),
                         "invalid argument: arguments have type %s, expected floating-point", xs);
      ml_check_invalidate (c, n);
      return;
    }
  if (x->mode == ML_MODE_CONSTANT && y->mode == ML_MODE_CONSTANT)
    {
      n->mode = ML_MODE_CONSTANT;
      n->cval = ml_const_make_complex (c->arena, ml_const_to_float (c->arena, x->cval),
                                       ml_const_to_float (c->arena, y->cval));
    }
  else
    n->mode = ML_MODE_VALUE;
  n->type = res;
}

/* real(complexT) floatT and imag(complexT) floatT */
void
ml_check_builtin_real_imag (MlChecker *c,
                            MlNode    *n,
                            gboolean   real)
{
  MlNode *x = n->list.items[0];
  MlType *u, *res;

  ml_check_expr (c, x, NULL);
  if (!ml_check_is_valid (x))
    {
      ml_check_invalidate (c, n);
      return;
    }
  if (ml_type_is_untyped (x->type))
    {
      /* An untyped constant number can always be seen as a complex constant. */
      if (x->mode == ML_MODE_CONSTANT)
        {
          if (ml_type_is_numeric (x->type))
            x->type = c->t_ucomplex;
        }
      else if (!ml_check_convert_untyped_or_report (c, x, c->t_complex128))
        {
          ml_check_invalidate (c, n);
          return;
        }
    }
  u = ml_type_underlying (x->type);
  res = u->kind == ML_TYPE_COMPLEX64 ? c->t_float32
        : u->kind == ML_TYPE_COMPLEX128 ? c->t_float64
        : u->kind == ML_TYPE_UNTYPED_COMPLEX ? c->t_ufloat : NULL;
  if (res == NULL)
    {
      g_autofree char *xs = ml_type_to_string (x->type);

      ml_check_error_at (c, ml_node_start_pos (x),
                         "invalid argument: argument has type %s, expected complex type", xs);
      ml_check_invalidate (c, n);
      return;
    }
  if (x->mode == ML_MODE_CONSTANT)
    {
      n->mode = ML_MODE_CONSTANT;
      n->cval = (MlConst *) (real ? ml_const_real (c->arena, x->cval)
                             : ml_const_imag (c->arena, x->cval));
    }
  else
    n->mode = ML_MODE_VALUE;
  n->type = res;
}
