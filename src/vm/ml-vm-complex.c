/* ml-vm-complex.c
 *
 * Copyright 2026 The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The division of complex numbers, as Go's runtime does it (runtime/complex.go's
 * complex128div, which a complex64 division also goes through).  The other operations on
 * complex numbers are the compiler's, part by part, as cmd/compile decomposes them; this one
 * has Smith's algorithm and C99's corrections for infinities and NaNs, so it is a function of
 * the runtime and a file of its own, which the loop only calls.
 */

#include "config.h"

#include <math.h>

#include "ml-vm-private.h"

static double
inf2one (double f)
{
  return copysign (isinf (f) ? 1.0 : 0.0, f);
}

/* *@dst = *@n / *@m, complex128 values in memory. */
void
_ml_vm_complex_div (MlVm    *vm,
                    guint64  dst,
                    guint64  n,
                    guint64  m)
{
  double a = float_from_bits (mem_read (vm, n, 8), 8);
  double b = float_from_bits (mem_read (vm, n + 8, 8), 8);
  double c = float_from_bits (mem_read (vm, m, 8), 8);
  double d = float_from_bits (mem_read (vm, m + 8, 8), 8);
  double ratio, denom, e, f;

  /* Robert L. Smith, Algorithm 116: Complex division, Commun. ACM 5(8): 435 (1962). */
  if (fabs (c) >= fabs (d))
    {
      ratio = d / c;
      denom = c + ratio * d;
      e = (a + b * ratio) / denom;
      f = (b - a * ratio) / denom;
    }
  else
    {
      ratio = c / d;
      denom = d + ratio * c;
      e = (a * ratio + b) / denom;
      f = (b * ratio - a) / denom;
    }

  if (isnan (e) && isnan (f))
    {
      /* C99's corrections to infinities and zeros (ISO/IEC 9899:1999, G.5.1). */
      if (c == 0 && d == 0 && (!isnan (a) || !isnan (b)))
        {
          e = copysign (INFINITY, c) * a;
          f = copysign (INFINITY, c) * b;
        }
      else if ((isinf (a) || isinf (b)) && isfinite (c) && isfinite (d))
        {
          a = inf2one (a);
          b = inf2one (b);
          e = INFINITY * (a * c + b * d);
          f = INFINITY * (b * c - a * d);
        }
      else if ((isinf (c) || isinf (d)) && isfinite (a) && isfinite (b))
        {
          c = inf2one (c);
          d = inf2one (d);
          e = 0 * (a * c + b * d);
          f = 0 * (b * c - a * d);
        }
    }
  mem_write (vm, dst, 8, float_to_bits (e, 8));
  mem_write (vm, dst + 8, 8, float_to_bits (f, 8));
}
