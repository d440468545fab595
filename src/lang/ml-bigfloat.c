/* ml-bigfloat.c
 *
 * Copyright 2026 The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Fractions and binary floating-point numbers for Go's untyped constants, after math/big's
 * rat.go, float.go and floatconv.go: exact fractions in lowest terms; floats of a given
 * mantissa width (go/constant uses 512 bits) rounded to nearest-even, toward zero or away
 * from zero, with big.Float's 32-bit exponent range; the parsing of Go's floating-point
 * literals as big.Float and big.Rat parse them; and the correctly rounded conversion of
 * either to float64 or float32 (IEEE 754, with subnormals), which is how a constant becomes
 * a typed one.  It is separate from ml-bigint.c, which it builds on, because integers need
 * none of this.
 */

#define G_LOG_DOMAIN "ml-bignum"

#include "config.h"

#include <math.h>
#include <string.h>

#include "ml-bignum-private.h"

/* ---- IEEE rounding ---- */

/* sign * (m + f) * 2^e, f in [0, 1) nonzero when @sticky, rounded to the nearest float64 (or
 * float32 when @single), ties to even, with gradual underflow and overflow to infinity, as
 * big.Float's Float64 and big.Rat's Float64 do.  m > 0; with @sticky, m must have at least
 * two bits more than the format's mantissa.  *@exact tells whether nothing was lost. */
static double
round_ieee (gint      sign,
            MlBigInt  m,
            gint64    e,
            gboolean  sticky,
            gboolean  single,
            gboolean *exact)
{
  const gint64 mbits = single ? 24 : 53;
  const gint64 emin = single ? -126 : -1022, emax = single ? 127 : 1023;
  const double fmax = single ? 3.40282346638528859811704183484516925440e+38 : G_MAXDOUBLE;
  gint64 len = (gint64) ml_bigint_bitlen (m);
  gint64 top = len - 1 + e, p = mbits, shift;
  guint64 mant;
  gboolean half = FALSE, rest = sticky, up;
  double v;

  *exact = FALSE;
  if (top > emax)
    return sign * HUGE_VAL;
  if (top < emin)
    {
      p = mbits - (emin - top);
      if (p < 0)
        return sign < 0 ? -0.0 : 0.0;
      if (p == 0)
        {
          /* Between half the smallest subnormal and it: exactly half goes to even, zero. */
          gboolean is_half = ml_bigint_trailing_zeros (m) == (guint64) (len - 1) && !sticky;

          if (is_half)
            return sign < 0 ? -0.0 : 0.0;
          return sign * ldexp (1.0, (int) (emin - mbits + 1));
        }
    }
  shift = len > p ? len - p : 0;
  mant = ml_bigint_bits (m, (guint64) shift, (guint) MIN (p, len));
  if (shift > 0)
    {
      half = ml_bigint_bits (m, (guint64) shift - 1, 1) != 0;
      rest = rest || ml_bigint_trailing_zeros (m) < (guint64) shift - 1;
    }
  up = half && (rest || (mant & 1));
  *exact = !half && !rest;
  if (up)
    mant++;
  v = ldexp ((double) mant, (int) (e + shift));
  if (v > fmax)
    {
      *exact = FALSE;
      return sign * HUGE_VAL;
    }
  return sign * v;
}

/* ---- fractions ---- */

/* num/den in lowest terms; den must not be zero. */
MlBigRat
ml_bigrat_make (MlArena  *arena,
                MlBigInt  num,
                MlBigInt  den)
{
  MlBigRat r;
  MlBigInt g;

  g_return_val_if_fail (den.sign != 0, ml_bigrat_from_int (arena, num));

  if (den.sign < 0)
    {
      num = ml_bigint_neg (num);
      den = ml_bigint_neg (den);
    }
  if (num.sign == 0)
    return ml_bigrat_from_int (arena, num);
  g = ml_bigint_gcd (arena, num, den);
  if (!ml_bigint_is_one (g))
    {
      ml_bigint_quo_rem (arena, num, g, &num, NULL);
      ml_bigint_quo_rem (arena, den, g, &den, NULL);
    }
  r.num = num;
  r.den = den;
  return r;
}

MlBigRat
ml_bigrat_from_int (MlArena  *arena,
                    MlBigInt  x)
{
  MlBigRat r;

  r.num = x;
  r.den = ml_bigint_from_int64 (arena, 1);
  return r;
}

gboolean
ml_bigrat_is_int (MlBigRat x)
{
  return ml_bigint_is_one (x.den);
}

MlBigRat
ml_bigrat_neg (MlBigRat x)
{
  x.num = ml_bigint_neg (x.num);
  return x;
}

/* x + y, x - y, x * y or x / y (op '+', '-', '*', '/'); y must not be zero for '/'. */
MlBigRat
ml_bigrat_op (MlArena  *arena,
              char      op,
              MlBigRat  x,
              MlBigRat  y)
{
  MlBigInt a, b;

  switch (op)
    {
    case '-':
      y = ml_bigrat_neg (y);
      G_GNUC_FALLTHROUGH;
    case '+':
      a = ml_bigint_add (arena, ml_bigint_mul (arena, x.num, y.den), ml_bigint_mul (arena, y.num, x.den));
      return ml_bigrat_make (arena, a, ml_bigint_mul (arena, x.den, y.den));
    case '*':
      return ml_bigrat_make (arena, ml_bigint_mul (arena, x.num, y.num), ml_bigint_mul (arena, x.den, y.den));
    case '/':
      a = ml_bigint_mul (arena, x.num, y.den);
      b = ml_bigint_mul (arena, x.den, y.num);
      return ml_bigrat_make (arena, a, b);
    default:
      g_return_val_if_reached (x);
    }
}

int
ml_bigrat_cmp (MlArena  *arena,
               MlBigRat  x,
               MlBigRat  y)
{
  return ml_bigint_cmp (ml_bigint_mul (arena, x.num, y.den), ml_bigint_mul (arena, y.num, x.den));
}

/* |num| * 2^k / den with enough quotient bits for @bits of mantissa and two more; *e is -k
 * and *sticky whether a remainder was left. */
static MlBigInt
scaled_quotient (MlArena  *arena,
                 MlBigInt  num,
                 MlBigInt  den,
                 guint64   bits,
                 gint64   *e,
                 gboolean *sticky)
{
  gint64 k = (gint64) bits + 2 + (gint64) ml_bigint_bitlen (den) - (gint64) ml_bigint_bitlen (num);
  MlBigInt q, r;

  k = MAX (k, 0);
  ml_bigint_quo_rem (arena, ml_bigint_shl (arena, ml_bigint_abs (num), (guint64) k), den, &q, &r);
  *e = -k;
  *sticky = r.sign != 0;
  return q;
}

/* The float64 (float32 when @single) nearest to x, as big.Rat's Float64 and Float32. */
double
ml_bigrat_to_ieee (MlArena  *arena,
                   MlBigRat  x,
                   gboolean  single,
                   gboolean *exact)
{
  gint64 e;
  gboolean sticky;
  MlBigInt q;

  *exact = TRUE;
  if (x.num.sign == 0)
    return 0.0;
  q = scaled_quotient (arena, x.num, x.den, single ? 24 : 53, &e, &sticky);
  return round_ieee (x.num.sign, q, e, sticky, single, exact);
}

/* ---- binary floating-point numbers ---- */

static MlBigFloat
float_zero (void)
{
  MlBigFloat z = { 0, 0, { 0, 0, NULL }, 0 };

  return z;
}

static MlBigFloat
float_inf (gint sign)
{
  MlBigFloat z = float_zero ();

  z.sign = sign;
  z.inf = sign;
  return z;
}

/* sign * (mant + f) * 2^exp, f in [0, 1) nonzero when @sticky, rounded to @prec bits of
 * mantissa in @mode; beyond big.Float's exponent range the result is infinite (or zero). */
MlBigFloat
ml_bigfloat_round (MlArena    *arena,
                   gint        sign,
                   MlBigInt    mant,
                   gint64      exp,
                   gboolean    sticky,
                   guint       prec,
                   MlRounding  mode)
{
  MlBigFloat z = float_zero ();
  guint64 len, tz;
  gint64 e;

  mant = ml_bigint_abs (mant);
  if (mant.sign == 0 || sign == 0)
    return z;
  len = ml_bigint_bitlen (mant);
  if (sticky && len < (guint64) prec + 2)
    {
      /* Room for the rounding bits below the last kept one. */
      mant = ml_bigint_shl (arena, mant, prec + 2 - len);
      exp -= (gint64) (prec + 2 - len);
      len = prec + 2;
    }
  if (len > prec)
    {
      guint64 shift = len - prec;
      gboolean half = ml_bigint_bits (mant, shift - 1, 1) != 0;
      gboolean rest = sticky || ml_bigint_trailing_zeros (mant) < shift - 1;
      MlBigInt kept = ml_bigint_shr (arena, mant, shift);
      gboolean up = FALSE;

      switch (mode)
        {
        case ML_ROUND_NEAREST_EVEN: up = half && (rest || ml_bigint_bits (kept, 0, 1)); break;
        case ML_ROUND_AWAY: up = half || rest; break;
        case ML_ROUND_TO_ZERO: default: up = FALSE; break;
        }
      if (up)
        kept = ml_bigint_add (arena, kept, ml_bigint_from_int64 (arena, 1));
      mant = kept;
      exp += (gint64) shift;
    }
  tz = ml_bigint_trailing_zeros (mant);
  if (tz > 0)
    {
      mant = ml_bigint_shr (arena, mant, tz);
      exp += (gint64) tz;
    }
  e = (gint64) ml_bigint_bitlen (mant) + exp;
  if (e > ML_BIGFLOAT_MAX_EXP)
    return float_inf (sign);
  if (e < ML_BIGFLOAT_MIN_EXP)
    return z;
  z.sign = sign < 0 ? -1 : 1;
  z.mant = mant;
  z.exp = exp;
  return z;
}

MlBigFloat
ml_bigfloat_from_int (MlArena  *arena,
                      MlBigInt  x,
                      guint     prec)
{
  return ml_bigfloat_round (arena, x.sign, x, 0, FALSE, prec, ML_ROUND_NEAREST_EVEN);
}

/* big.Float's SetRat: the quotient rounded once. */
MlBigFloat
ml_bigfloat_from_rat (MlArena  *arena,
                      MlBigRat  x,
                      guint     prec)
{
  gint64 e;
  gboolean sticky;
  MlBigInt q;

  if (x.num.sign == 0)
    return float_zero ();
  q = scaled_quotient (arena, x.num, x.den, prec, &e, &sticky);
  return ml_bigfloat_round (arena, x.num.sign, q, e, sticky, prec, ML_ROUND_NEAREST_EVEN);
}

/* A finite double, exactly. */
MlBigFloat
ml_bigfloat_from_double (MlArena *arena,
                         double   v)
{
  int e;
  double m;

  if (v == 0 || !isfinite (v))
    return float_zero ();
  m = frexp (fabs (v), &e);
  return ml_bigfloat_round (arena, v < 0 ? -1 : 1,
                            ml_bigint_from_uint64 (arena, (guint64) ldexp (m, 64)),
                            (gint64) e - 64, FALSE, 64, ML_ROUND_NEAREST_EVEN);
}

MlBigFloat
ml_bigfloat_neg (MlBigFloat x)
{
  x.sign = -x.sign;
  x.inf = -x.inf;
  return x;
}

/* The exponent e of x = m * 2^e with 0.5 <= |m| < 1 (big.Float's MantExp); 0 for zero. */
gint64
ml_bigfloat_mant_exp (MlBigFloat x)
{
  if (x.sign == 0 || x.inf != 0)
    return 0;
  return (gint64) ml_bigint_bitlen (x.mant) + x.exp;
}

static MlBigFloat
float_add (MlArena    *arena,
           MlBigFloat  x,
           MlBigFloat  y,
           guint       prec)
{
  gint64 tx, ty, e;
  MlBigInt a, b, s;

  if (x.sign == 0)
    return ml_bigfloat_round (arena, y.sign, y.mant, y.exp, FALSE, prec, ML_ROUND_NEAREST_EVEN);
  if (y.sign == 0)
    return ml_bigfloat_round (arena, x.sign, x.mant, x.exp, FALSE, prec, ML_ROUND_NEAREST_EVEN);
  tx = ml_bigfloat_mant_exp (x);
  ty = ml_bigfloat_mant_exp (y);
  /* A term less than a quarter of the other's last place only rounds away; the sum is the
   * larger one (and the alignment below stays short). */
  if (tx - ty > (gint64) prec + 2)
    return ml_bigfloat_round (arena, x.sign, x.mant, x.exp, FALSE, prec, ML_ROUND_NEAREST_EVEN);
  if (ty - tx > (gint64) prec + 2)
    return ml_bigfloat_round (arena, y.sign, y.mant, y.exp, FALSE, prec, ML_ROUND_NEAREST_EVEN);
  e = MIN (x.exp, y.exp);
  a = ml_bigint_shl (arena, x.mant, (guint64) (x.exp - e));
  b = ml_bigint_shl (arena, y.mant, (guint64) (y.exp - e));
  a.sign = x.sign;
  b.sign = y.sign;
  s = ml_bigint_add (arena, a, b);
  return ml_bigfloat_round (arena, s.sign, s, e, FALSE, prec, ML_ROUND_NEAREST_EVEN);
}

/* x / y, y not zero. */
static MlBigFloat
float_quo (MlArena    *arena,
           MlBigFloat  x,
           MlBigFloat  y,
           guint       prec)
{
  gint64 e;
  gboolean sticky;
  MlBigInt q;

  if (x.sign == 0)
    return x;
  q = scaled_quotient (arena, x.mant, y.mant, prec, &e, &sticky);
  return ml_bigfloat_round (arena, x.sign * y.sign, q, e + x.exp - y.exp, sticky, prec,
                            ML_ROUND_NEAREST_EVEN);
}

/* x + y, x - y, x * y or x / y (op '+', '-', '*', '/') rounded to @prec bits.  An infinite
 * operand gives an infinite result (zero for x / inf), as big.Float does when the power of
 * five of a huge literal has overflowed. */
MlBigFloat
ml_bigfloat_op (MlArena    *arena,
                char        op,
                MlBigFloat  x,
                MlBigFloat  y,
                guint       prec)
{
  if (op == '-')
    {
      y = ml_bigfloat_neg (y);
      op = '+';
    }
  if (x.inf != 0 || y.inf != 0)
    {
      if (op == '/' && y.inf != 0)
        return x.inf != 0 ? float_inf (x.sign * y.sign) : float_zero ();
      if (op == '+')
        return x.inf != 0 ? x : y;
      return x.sign * y.sign == 0 ? float_zero () : float_inf (x.sign * y.sign);
    }
  switch (op)
    {
    case '+':
      return float_add (arena, x, y, prec);
    case '*':
      return ml_bigfloat_round (arena, x.sign * y.sign, ml_bigint_mul (arena, x.mant, y.mant),
                                x.exp + y.exp, FALSE, prec, ML_ROUND_NEAREST_EVEN);
    case '/':
      g_return_val_if_fail (y.sign != 0, float_inf (x.sign));
      return float_quo (arena, x, y, prec);
    default:
      g_return_val_if_reached (x);
    }
}

int
ml_bigfloat_cmp (MlArena    *arena,
                 MlBigFloat  x,
                 MlBigFloat  y)
{
  gint64 tx, ty, e;
  int c;

  if (x.sign != y.sign)
    return x.sign < y.sign ? -1 : 1;
  if (x.sign == 0)
    return 0;
  if (x.inf != 0 || y.inf != 0)
    c = (x.inf != 0) - (y.inf != 0);
  else
    {
      tx = ml_bigfloat_mant_exp (x);
      ty = ml_bigfloat_mant_exp (y);
      if (tx != ty)
        c = tx < ty ? -1 : 1;
      else
        {
          e = MIN (x.exp, y.exp);
          c = ml_bigint_cmp (ml_bigint_shl (arena, x.mant, (guint64) (x.exp - e)),
                             ml_bigint_shl (arena, y.mant, (guint64) (y.exp - e)));
        }
    }
  return x.sign < 0 ? -c : c;
}

/* Whether x is an integer (its mantissa is odd, so its exponent tells). */
gboolean
ml_bigfloat_is_int (MlBigFloat x)
{
  return x.inf == 0 && (x.sign == 0 || x.exp >= 0);
}

/* x as an exact fraction (big.Float's Rat); FALSE for an infinite x.  The caller keeps the
 * exponent reasonable (go/constant's smallFloat). */
gboolean
ml_bigfloat_to_rat (MlArena    *arena,
                    MlBigFloat  x,
                    MlBigRat   *out)
{
  MlBigInt one = ml_bigint_from_int64 (arena, 1);

  if (x.inf != 0)
    return FALSE;
  if (x.sign == 0)
    {
      *out = ml_bigrat_from_int (arena, ml_bigint_zero ());
      return TRUE;
    }
  if (x.exp >= 0)
    {
      MlBigInt n = ml_bigint_shl (arena, x.mant, (guint64) x.exp);

      n.sign = x.sign;
      *out = ml_bigrat_from_int (arena, n);
      return TRUE;
    }
  out->num = x.mant;
  out->num.sign = x.sign;
  out->den = ml_bigint_shl (arena, one, (guint64) -x.exp);
  return TRUE;
}

/* The float64 (float32 when @single) nearest to x, as big.Float's Float64 and Float32. */
double
ml_bigfloat_to_ieee (MlBigFloat  x,
                     gboolean    single,
                     gboolean   *exact)
{
  *exact = x.inf == 0;
  if (x.inf != 0)
    return x.inf * HUGE_VAL;
  if (x.sign == 0)
    return 0.0;
  return round_ieee (x.sign, x.mant, x.exp, FALSE, single, exact);
}

/* ---- literals ---- */

/* The parts of a floating-point literal: mantissa digits as an integer, the number of digits
 * after the point, the exponent and whether it is binary (p) rather than decimal (e). */
typedef struct
{
  MlBigInt mant;
  guint    base;
  gint64   frac_digits;
  gint64   exp;
  gboolean binary_exp;
} FloatLit;

static gboolean
split_literal (MlArena    *arena,
               const char *lit,
               FloatLit   *out)
{
  const char *p = lit, *start;
  g_autoptr(GString) digits = g_string_new (NULL);
  gboolean seen_point = FALSE, neg_exp = FALSE, any = FALSE;
  guint64 exp = 0;

  memset (out, 0, sizeof *out);
  out->base = 10;
  if (p[0] == '0' && (p[1] == 'x' || p[1] == 'X'))
    {
      out->base = 16;
      p += 2;
    }
  for (start = p; *p != '\0'; p++)
    {
      if (*p == '_')
        continue;
      if (*p == '.' && !seen_point)
        {
          seen_point = TRUE;
          continue;
        }
      if (!g_ascii_isxdigit (*p) || (out->base == 10 && !g_ascii_isdigit (*p)))
        break;
      g_string_append_c (digits, *p);
      if (seen_point)
        out->frac_digits++;
    }
  (void) start;
  if (digits->len == 0)
    return FALSE;
  if (*p == 'e' || *p == 'E' || *p == 'p' || *p == 'P')
    {
      out->binary_exp = *p == 'p' || *p == 'P';
      p++;
      if (*p == '+' || *p == '-')
        neg_exp = *p++ == '-';
      for (; *p != '\0'; p++)
        {
          if (*p == '_')
            continue;
          if (!g_ascii_isdigit (*p))
            return FALSE;
          any = TRUE;
          /* An exponent that does not fit 63 bits is what big.Float calls an overflow. */
          if (exp > ((guint64) G_MAXINT64 - 9) / 10)
            return FALSE;
          exp = exp * 10 + (guint64) (*p - '0');
        }
      if (!any)
        return FALSE;
    }
  if (*p != '\0')
    return FALSE;
  out->exp = neg_exp ? -(gint64) exp : (gint64) exp;
  return ml_bigint_parse (arena, digits->str, digits->len, out->base, &out->mant);
}

/* 5^n rounded as big.Float's pow5 rounds it: in @prec bits, the squares in prec + 64. */
static MlBigFloat
pow5 (MlArena *arena,
      guint64  n,
      guint    prec)
{
  guint64 small = 1;
  MlBigFloat z, f;

  if (n <= 27)
    {
      for (guint64 i = 0; i < n; i++)
        small *= 5;
      return ml_bigfloat_from_int (arena, ml_bigint_from_uint64 (arena, small), prec);
    }
  for (int i = 0; i < 27; i++)
    small *= 5;
  z = ml_bigfloat_from_int (arena, ml_bigint_from_uint64 (arena, small), prec);
  n -= 27;
  f = ml_bigfloat_from_int (arena, ml_bigint_from_int64 (arena, 5), prec + 64);
  while (n > 0)
    {
      if (n & 1)
        z = ml_bigfloat_op (arena, '*', z, f, prec);
      f = ml_bigfloat_op (arena, '*', f, f, prec + 64);
      n >>= 1;
    }
  return z;
}

/* A Go floating-point literal (decimal with e, or hexadecimal with p) as big.Float's
 * SetString reads it with @prec bits: the mantissa times a power of two, times or divided by
 * a power of five rounded in prec + 64 bits.  FALSE when it is malformed or its binary
 * exponent leaves big.Float's range (the result may still be infinite or zero when the power
 * of five does). */
gboolean
ml_bigfloat_parse (MlArena    *arena,
                   const char *lit,
                   guint       prec,
                   MlBigFloat *out)
{
  FloatLit f;
  gint64 exp2, exp5 = 0;
  MlBigFloat z, p;

  if (!split_literal (arena, lit, &f))
    return FALSE;
  if (f.mant.sign == 0)
    {
      *out = float_zero ();
      return TRUE;
    }
  exp2 = (gint64) ml_bigint_bitlen (f.mant);
  if (f.base == 10)
    {
      exp5 = -f.frac_digits;
      exp2 -= f.frac_digits;
    }
  else
    exp2 -= 4 * f.frac_digits;
  if (!f.binary_exp)
    {
      if ((f.exp > 0 && exp5 > G_MAXINT64 - f.exp) || (f.exp < 0 && exp5 < G_MININT64 - f.exp))
        return FALSE;
      exp5 += f.exp;
    }
  if ((f.exp > 0 && exp2 > G_MAXINT64 - f.exp) || (f.exp < 0 && exp2 < G_MININT64 - f.exp))
    return FALSE;
  exp2 += f.exp;
  if (exp2 < ML_BIGFLOAT_MIN_EXP || exp2 > ML_BIGFLOAT_MAX_EXP)
    return FALSE;
  /* The mantissa keeps all its digits until the power of five is applied. */
  z.sign = 1;
  z.inf = 0;
  z.mant = f.mant;
  z.exp = exp2 - (gint64) ml_bigint_bitlen (f.mant);
  if (exp5 == 0)
    {
      *out = ml_bigfloat_round (arena, 1, z.mant, z.exp, FALSE, prec, ML_ROUND_NEAREST_EVEN);
      return TRUE;
    }
  p = pow5 (arena, exp5 < 0 ? -(guint64) exp5 : (guint64) exp5, prec + 64);
  if (exp5 < 0)
    {
      if (p.inf != 0)
        *out = float_zero ();
      else
        *out = float_quo (arena, z, p, prec);
    }
  else if (p.inf != 0)
    *out = float_inf (1);
  else
    *out = ml_bigfloat_round (arena, 1, ml_bigint_mul (arena, z.mant, p.mant), z.exp + p.exp,
                              FALSE, prec, ML_ROUND_NEAREST_EVEN);
  return TRUE;
}

/* 5^n exactly. */
static MlBigInt
pow5_exact (MlArena *arena,
            guint64  n)
{
  MlBigInt z = ml_bigint_from_int64 (arena, 1), f = ml_bigint_from_int64 (arena, 5);

  while (n > 0)
    {
      if (n & 1)
        z = ml_bigint_mul (arena, z, f);
      n >>= 1;
      if (n > 0)
        f = ml_bigint_mul (arena, f, f);
    }
  return z;
}

/* A Go floating-point literal as an exact fraction (big.Rat's SetString).  The caller has
 * made sure with ml_bigfloat_parse that its exponent is modest. */
gboolean
ml_bigrat_parse (MlArena    *arena,
                 const char *lit,
                 MlBigRat   *out)
{
  FloatLit f;
  gint64 exp2, exp5 = 0;
  MlBigInt num, den = ml_bigint_from_int64 (arena, 1);

  if (!split_literal (arena, lit, &f))
    return FALSE;
  if (f.base == 10)
    {
      exp5 = f.exp - f.frac_digits;
      exp2 = exp5;
    }
  else
    exp2 = f.exp - 4 * f.frac_digits;
  if (exp5 > 1 << 20 || exp5 < -(1 << 20) || exp2 > 1 << 24 || exp2 < -(1 << 24))
    return FALSE;
  num = f.mant;
  if (exp5 > 0)
    num = ml_bigint_mul (arena, num, pow5_exact (arena, (guint64) exp5));
  else if (exp5 < 0)
    den = pow5_exact (arena, (guint64) -exp5);
  if (exp2 > 0)
    num = ml_bigint_shl (arena, num, (guint64) exp2);
  else if (exp2 < 0)
    den = ml_bigint_shl (arena, den, (guint64) -exp2);
  *out = ml_bigrat_make (arena, num, den);
  return TRUE;
}
