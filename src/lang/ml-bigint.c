/* ml-bigint.c
 *
 * Copyright 2026 The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Arbitrary-precision integers (math/big's nat.go and int.go, in the little of them that Go's
 * constants need): sign and magnitude in 32-bit limbs, schoolbook multiplication, Knuth's
 * division (Hacker's Delight's divmnu), shifts with Go's rounding toward minus infinity,
 * bitwise operations with two's-complement semantics, Euclid's gcd and decimal conversion.
 * The sizes are small (Go stops an untyped integer at 512 bits and a fraction's parts at
 * 4096), so the simple algorithms are the right ones.  It is a file of its own because it
 * knows nothing of Go: ml-bigfloat.c and ml-const-value.c build on it.
 */

#define G_LOG_DOMAIN "ml-bignum"

#include "config.h"

#include <string.h>

#include "ml-bignum-private.h"

/* ---- magnitudes ---- */

static guint
nat_norm (const guint32 *d,
          guint          n)
{
  while (n > 0 && d[n - 1] == 0)
    n--;
  return n;
}

static int
nat_cmp (const guint32 *x,
         guint          xn,
         const guint32 *y,
         guint          yn)
{
  if (xn != yn)
    return xn < yn ? -1 : 1;
  for (guint i = xn; i-- > 0;)
    if (x[i] != y[i])
      return x[i] < y[i] ? -1 : 1;
  return 0;
}

/* z = x + y, xn >= yn; z has room for xn + 1 limbs.  Returns z's length. */
static guint
nat_add (guint32       *z,
         const guint32 *x,
         guint          xn,
         const guint32 *y,
         guint          yn)
{
  guint64 carry = 0;

  for (guint i = 0; i < xn; i++)
    {
      carry += (guint64) x[i] + (i < yn ? y[i] : 0);
      z[i] = (guint32) carry;
      carry >>= 32;
    }
  z[xn] = (guint32) carry;
  return nat_norm (z, xn + 1);
}

/* z = x - y with x >= y; z has room for xn limbs. */
static guint
nat_sub (guint32       *z,
         const guint32 *x,
         guint          xn,
         const guint32 *y,
         guint          yn)
{
  gint64 borrow = 0;

  for (guint i = 0; i < xn; i++)
    {
      gint64 t = (gint64) x[i] - (i < yn ? y[i] : 0) - borrow;

      borrow = t < 0;
      z[i] = (guint32) t;
    }
  return nat_norm (z, xn);
}

/* z = x * y; z has room for xn + yn limbs and is zeroed. */
static guint
nat_mul (guint32       *z,
         const guint32 *x,
         guint          xn,
         const guint32 *y,
         guint          yn)
{
  for (guint i = 0; i < xn; i++)
    {
      guint64 carry = 0;

      for (guint j = 0; j < yn; j++)
        {
          carry += (guint64) x[i] * y[j] + z[i + j];
          z[i + j] = (guint32) carry;
          carry >>= 32;
        }
      z[i + yn] = (guint32) carry;
    }
  return nat_norm (z, xn + yn);
}

/* Divides u (m limbs) by v (n limbs, v[n - 1] != 0, m >= n): the quotient in q (m - n + 1
 * limbs), the remainder in r (n limbs) when r is not NULL.  Knuth's algorithm D as Hacker's
 * Delight writes it (divmnu), with 32-bit digits. */
static void
nat_divmod (guint32       *q,
            guint32       *r,
            const guint32 *u,
            guint          m,
            const guint32 *v,
            guint          n)
{
  const guint64 b = G_GUINT64_CONSTANT (1) << 32;
  guint32 *un, *vn;
  int s;

  if (n == 1)
    {
      guint64 k = 0;

      for (guint j = m; j-- > 0;)
        {
          guint64 t = (k << 32) | u[j];

          q[j] = (guint32) (t / v[0]);
          k = t - (guint64) q[j] * v[0];
        }
      if (r != NULL)
        r[0] = (guint32) k;
      return;
    }

  s = __builtin_clz (v[n - 1]);
  vn = g_new (guint32, n);
  un = g_new (guint32, m + 1);
  for (guint i = n - 1; i > 0; i--)
    vn[i] = (v[i] << s) | (s == 0 ? 0 : v[i - 1] >> (32 - s));
  vn[0] = v[0] << s;
  un[m] = s == 0 ? 0 : u[m - 1] >> (32 - s);
  for (guint i = m - 1; i > 0; i--)
    un[i] = (u[i] << s) | (s == 0 ? 0 : u[i - 1] >> (32 - s));
  un[0] = u[0] << s;

  for (guint j = m - n + 1; j-- > 0;)
    {
      guint64 num = ((guint64) un[j + n] << 32) | un[j + n - 1];
      guint64 qhat = num / vn[n - 1];
      guint64 rhat = num - qhat * vn[n - 1];
      gint64 t, k;

      while (qhat >= b || qhat * vn[n - 2] > ((rhat << 32) | un[j + n - 2]))
        {
          qhat--;
          rhat += vn[n - 1];
          if (rhat >= b)
            break;
        }

      k = 0;
      for (guint i = 0; i < n; i++)
        {
          guint64 p = qhat * vn[i];

          t = (gint64) un[i + j] - k - (gint64) (p & 0xffffffffu);
          un[i + j] = (guint32) t;
          k = (gint64) (p >> 32) - (t >> 32);
        }
      t = (gint64) un[j + n] - k;
      un[j + n] = (guint32) t;

      q[j] = (guint32) qhat;
      if (t < 0)
        {
          guint64 c = 0;

          q[j]--;
          for (guint i = 0; i < n; i++)
            {
              c += (guint64) un[i + j] + vn[i];
              un[i + j] = (guint32) c;
              c >>= 32;
            }
          un[j + n] += (guint32) c;
        }
    }

  if (r != NULL)
    {
      for (guint i = 0; i < n - 1; i++)
        r[i] = (un[i] >> s) | (s == 0 ? 0 : un[i + 1] << (32 - s));
      r[n - 1] = un[n - 1] >> s;
    }
  g_free (un);
  g_free (vn);
}

/* ---- values ---- */

static guint32 *
new_limbs (MlArena *arena,
           guint    n)
{
  return ml_arena_alloc (arena, MAX (n, 1) * sizeof (guint32));
}

/* The integer of sign @sign and magnitude d[0..n), normalized. */
static MlBigInt
make (gint           sign,
      const guint32 *d,
      guint          n)
{
  MlBigInt z = { 0, 0, NULL };

  n = nat_norm (d, n);
  if (n == 0 || sign == 0)
    return z;
  z.sign = sign < 0 ? -1 : 1;
  z.len = n;
  z.d = d;
  return z;
}

/* A copy of a scratch magnitude in the arena. */
static MlBigInt
make_copy (MlArena       *arena,
           gint           sign,
           const guint32 *d,
           guint          n)
{
  guint32 *z;

  n = nat_norm (d, n);
  if (n == 0)
    return ml_bigint_zero ();
  z = new_limbs (arena, n);
  memcpy (z, d, n * sizeof (guint32));
  return make (sign, z, n);
}

MlBigInt
ml_bigint_zero (void)
{
  MlBigInt z = { 0, 0, NULL };

  return z;
}

MlBigInt
ml_bigint_from_uint64 (MlArena *arena,
                       guint64  v)
{
  guint32 *d = new_limbs (arena, 2);

  d[0] = (guint32) v;
  d[1] = (guint32) (v >> 32);
  return make (1, d, 2);
}

MlBigInt
ml_bigint_from_int64 (MlArena *arena,
                      gint64   v)
{
  MlBigInt z = ml_bigint_from_uint64 (arena, v < 0 ? -(guint64) v : (guint64) v);

  if (v < 0)
    z.sign = -1;
  return z;
}

/* Parses the digits of an integer literal in @base (2, 8, 10 or 16), without its prefix and
 * skipping '_' separators; FALSE on any other character. */
gboolean
ml_bigint_parse (MlArena    *arena,
                 const char *digits,
                 gsize       len,
                 guint       base,
                 MlBigInt   *out)
{
  /* Digits are taken a chunk at a time, base^chunk < 2^32. */
  guint chunk = base == 2 ? 31 : base == 8 ? 10 : base == 16 ? 7 : 9;
  gsize cap = len * 4 / 32 + 2;
  g_autofree guint32 *z = g_new0 (guint32, cap);
  guint zn = 0;
  guint32 acc = 0, mul = 1;
  guint in_chunk = 0;

  g_return_val_if_fail (base == 2 || base == 8 || base == 10 || base == 16, FALSE);

  for (gsize i = 0; i <= len; i++)
    {
      if (i < len)
        {
          int d;

          if (digits[i] == '_')
            continue;
          d = g_ascii_xdigit_value (digits[i]);
          if (d < 0 || (guint) d >= base)
            return FALSE;
          acc = acc * base + (guint32) d;
          mul *= base;
          in_chunk++;
        }
      if (in_chunk == chunk || (i == len && in_chunk > 0))
        {
          guint64 carry = acc;

          for (guint k = 0; k < zn; k++)
            {
              carry += (guint64) z[k] * mul;
              z[k] = (guint32) carry;
              carry >>= 32;
            }
          if (carry != 0)
            z[zn++] = (guint32) carry;
          acc = 0;
          mul = 1;
          in_chunk = 0;
        }
    }
  *out = make_copy (arena, 1, z, zn);
  return TRUE;
}

MlBigInt
ml_bigint_neg (MlBigInt x)
{
  x.sign = -x.sign;
  return x;
}

MlBigInt
ml_bigint_abs (MlBigInt x)
{
  if (x.sign < 0)
    x.sign = 1;
  return x;
}

int
ml_bigint_cmp_abs (MlBigInt x,
                   MlBigInt y)
{
  return nat_cmp (x.d, x.len, y.d, y.len);
}

int
ml_bigint_cmp (MlBigInt x,
               MlBigInt y)
{
  int c;

  if (x.sign != y.sign)
    return x.sign < y.sign ? -1 : 1;
  c = ml_bigint_cmp_abs (x, y);
  return x.sign < 0 ? -c : c;
}

/* |x| + |y| or |x| - |y| with the sign given. */
static MlBigInt
add_abs (MlArena  *arena,
         gint      sign,
         MlBigInt  x,
         MlBigInt  y)
{
  guint32 *z;

  if (x.len < y.len)
    {
      MlBigInt t = x;

      x = y;
      y = t;
    }
  z = new_limbs (arena, x.len + 1);
  return make (sign, z, nat_add (z, x.d, x.len, y.d, y.len));
}

static MlBigInt
sub_abs (MlArena  *arena,
         gint      sign,
         MlBigInt  x,
         MlBigInt  y)
{
  guint32 *z = new_limbs (arena, x.len);

  return make (sign, z, nat_sub (z, x.d, x.len, y.d, y.len));
}

MlBigInt
ml_bigint_add (MlArena  *arena,
               MlBigInt  x,
               MlBigInt  y)
{
  int c;

  if (x.sign == 0)
    return y;
  if (y.sign == 0)
    return x;
  if (x.sign == y.sign)
    return add_abs (arena, x.sign, x, y);
  c = ml_bigint_cmp_abs (x, y);
  if (c == 0)
    return ml_bigint_zero ();
  return c > 0 ? sub_abs (arena, x.sign, x, y) : sub_abs (arena, y.sign, y, x);
}

MlBigInt
ml_bigint_sub (MlArena  *arena,
               MlBigInt  x,
               MlBigInt  y)
{
  return ml_bigint_add (arena, x, ml_bigint_neg (y));
}

MlBigInt
ml_bigint_mul (MlArena  *arena,
               MlBigInt  x,
               MlBigInt  y)
{
  guint32 *z;

  if (x.sign == 0 || y.sign == 0)
    return ml_bigint_zero ();
  z = new_limbs (arena, x.len + y.len);
  return make (x.sign * y.sign, z, nat_mul (z, x.d, x.len, y.d, y.len));
}

/* Truncated division as Go's / and % (big.Int's Quo and Rem): the quotient rounds toward
 * zero and the remainder has the sign of x.  y must not be zero. */
void
ml_bigint_quo_rem (MlArena  *arena,
                   MlBigInt  x,
                   MlBigInt  y,
                   MlBigInt *quo,
                   MlBigInt *rem)
{
  guint32 *q, *r;

  g_return_if_fail (y.sign != 0);

  if (ml_bigint_cmp_abs (x, y) < 0)
    {
      if (quo != NULL)
        *quo = ml_bigint_zero ();
      if (rem != NULL)
        *rem = x;
      return;
    }
  q = new_limbs (arena, x.len - y.len + 1);
  r = rem != NULL ? new_limbs (arena, y.len) : NULL;
  nat_divmod (q, r, x.d, x.len, y.d, y.len);
  if (quo != NULL)
    *quo = make (x.sign * y.sign, q, x.len - y.len + 1);
  if (rem != NULL)
    *rem = make (x.sign, r, y.len);
}

/* |x| << s into a new magnitude. */
static MlBigInt
shl_abs (MlArena  *arena,
         gint      sign,
         MlBigInt  x,
         guint64   s)
{
  guint w = (guint) (s / 32), b = (guint) (s % 32);
  guint n = x.len + w + 1;
  guint32 *z = new_limbs (arena, n);

  for (guint i = 0; i < x.len; i++)
    {
      z[i + w] |= x.d[i] << b;
      if (b != 0)
        z[i + w + 1] = x.d[i] >> (32 - b);
    }
  return make (sign, z, n);
}

/* |x| >> s, rounding toward zero. */
static MlBigInt
shr_abs (MlArena  *arena,
         gint      sign,
         MlBigInt  x,
         guint64   s)
{
  guint64 w = s / 32;
  guint b = (guint) (s % 32), n;
  guint32 *z;

  if (w >= x.len)
    return ml_bigint_zero ();
  n = x.len - (guint) w;
  z = new_limbs (arena, n);
  for (guint i = 0; i < n; i++)
    {
      z[i] = x.d[i + w] >> b;
      if (b != 0 && i + w + 1 < x.len)
        z[i] |= x.d[i + w + 1] << (32 - b);
    }
  return make (sign, z, n);
}

MlBigInt
ml_bigint_shl (MlArena  *arena,
               MlBigInt  x,
               guint64   s)
{
  g_return_val_if_fail (s < G_MAXUINT32, x);

  if (x.sign == 0 || s == 0)
    return x;
  return shl_abs (arena, x.sign, x, s);
}

/* x >> s as big.Int's Rsh: a negative x rounds toward minus infinity, as Go's >> of a
 * negative integer does. */
MlBigInt
ml_bigint_shr (MlArena  *arena,
               MlBigInt  x,
               guint64   s)
{
  MlBigInt one, t;

  if (x.sign == 0 || s == 0)
    return x;
  if (x.sign > 0)
    return shr_abs (arena, 1, x, s);
  /* -x >> s == -(((x - 1) >> s) + 1) for x > 0. */
  one = ml_bigint_from_int64 (arena, 1);
  t = shr_abs (arena, 1, ml_bigint_sub (arena, ml_bigint_abs (x), one), s);
  return ml_bigint_neg (ml_bigint_add (arena, t, one));
}

/* x in two's complement over n limbs (n large enough for x's sign to show in the top one). */
static void
to_twos (MlBigInt  x,
         guint32  *z,
         guint     n)
{
  memset (z, 0, n * sizeof (guint32));
  if (x.len > 0)
    memcpy (z, x.d, x.len * sizeof (guint32));
  if (x.sign < 0)
    {
      guint64 carry = 1;

      for (guint i = 0; i < n; i++)
        {
          carry += (guint32) ~z[i];
          z[i] = (guint32) carry;
          carry >>= 32;
        }
    }
}

/* x & y, x | y, x ^ y or x &^ y (op '&', '|', '^', 'n') as on infinitely sign-extended two's
 * complement integers, which is what Go's constant arithmetic does. */
MlBigInt
ml_bigint_bitwise (MlArena  *arena,
                   char      op,
                   MlBigInt  x,
                   MlBigInt  y)
{
  guint n = MAX (x.len, y.len) + 1;
  g_autofree guint32 *a = g_new (guint32, n);
  g_autofree guint32 *b = g_new (guint32, n);
  gboolean neg;

  to_twos (x, a, n);
  to_twos (y, b, n);
  for (guint i = 0; i < n; i++)
    switch (op)
      {
      case '&': a[i] &= b[i]; break;
      case '|': a[i] |= b[i]; break;
      case '^': a[i] ^= b[i]; break;
      case 'n': a[i] &= ~b[i]; break;
      default: g_return_val_if_reached (x);
      }
  neg = (a[n - 1] & 0x80000000u) != 0;
  if (neg)
    {
      /* The magnitude of a negative result: its two's complement again. */
      guint64 carry = 1;

      for (guint i = 0; i < n; i++)
        {
          carry += (guint32) ~a[i];
          a[i] = (guint32) carry;
          carry >>= 32;
        }
    }
  return make_copy (arena, neg ? -1 : 1, a, n);
}

/* ^x, which is -x - 1. */
MlBigInt
ml_bigint_not (MlArena  *arena,
               MlBigInt  x)
{
  return ml_bigint_sub (arena, ml_bigint_neg (x), ml_bigint_from_int64 (arena, 1));
}

/* The greatest common divisor of |x| and |y| (Euclid's algorithm), positive unless both are
 * zero. */
MlBigInt
ml_bigint_gcd (MlArena  *arena,
               MlBigInt  x,
               MlBigInt  y)
{
  guint cap = MAX (x.len, y.len) + 1;
  g_autofree guint32 *a = g_new0 (guint32, cap);
  g_autofree guint32 *b = g_new0 (guint32, cap);
  g_autofree guint32 *q = g_new0 (guint32, cap);
  g_autofree guint32 *r = g_new0 (guint32, cap);
  guint an = x.len, bn = y.len;

  if (an > 0)
    memcpy (a, x.d, an * sizeof (guint32));
  if (bn > 0)
    memcpy (b, y.d, bn * sizeof (guint32));
  while (bn > 0)
    {
      guint rn;

      if (nat_cmp (a, an, b, bn) < 0)
        {
          memcpy (r, a, MAX (an, 1) * sizeof (guint32));
          rn = an;
        }
      else
        {
          memset (r, 0, cap * sizeof (guint32));
          nat_divmod (q, r, a, an, b, bn);
          rn = nat_norm (r, bn);
        }
      memcpy (a, b, bn * sizeof (guint32));
      an = bn;
      memcpy (b, r, MAX (rn, 1) * sizeof (guint32));
      bn = rn;
    }
  return make_copy (arena, 1, a, an);
}

guint64
ml_bigint_bitlen (MlBigInt x)
{
  if (x.len == 0)
    return 0;
  return (guint64) (x.len - 1) * 32 + (32 - __builtin_clz (x.d[x.len - 1]));
}

/* The number of zero bits below the lowest one bit (0 for zero). */
guint64
ml_bigint_trailing_zeros (MlBigInt x)
{
  for (guint i = 0; i < x.len; i++)
    if (x.d[i] != 0)
      return (guint64) i * 32 + __builtin_ctz (x.d[i]);
  return 0;
}

/* @count (at most 64) bits of |x| from bit @lo up. */
guint64
ml_bigint_bits (MlBigInt x,
                guint64  lo,
                guint    count)
{
  guint64 v = 0;

  g_return_val_if_fail (count <= 64, 0);

  for (guint k = 0; k < count; k++)
    {
      guint64 bit = lo + k;

      if (bit / 32 < x.len && (x.d[bit / 32] >> (bit % 32)) & 1)
        v |= G_GUINT64_CONSTANT (1) << k;
    }
  return v;
}

gboolean
ml_bigint_is_one (MlBigInt x)
{
  return x.sign > 0 && x.len == 1 && x.d[0] == 1;
}

gboolean
ml_bigint_to_uint64 (MlBigInt  x,
                     guint64  *out)
{
  *out = 0;
  if (x.sign < 0 || x.len > 2)
    return FALSE;
  if (x.len > 0)
    *out = x.d[0] | (x.len > 1 ? (guint64) x.d[1] << 32 : 0);
  return TRUE;
}

gboolean
ml_bigint_to_int64 (MlBigInt  x,
                    gint64   *out)
{
  guint64 u;

  *out = 0;
  if (!ml_bigint_to_uint64 (ml_bigint_abs (x), &u))
    return FALSE;
  if (x.sign >= 0 ? u > G_MAXINT64 : u > (guint64) G_MAXINT64 + 1)
    return FALSE;
  *out = x.sign >= 0 ? (gint64) u : (gint64) -u;
  return TRUE;
}

/* x as a 128-bit integer, saturated at the ends of its range. */
__int128
ml_bigint_to_int128 (MlBigInt x)
{
  const __int128 max = (__int128) (((unsigned __int128) 1 << 127) - 1);
  unsigned __int128 u = 0;

  if (ml_bigint_bitlen (x) > 127)
    return x.sign < 0 ? -max : max;
  for (guint i = x.len; i-- > 0;)
    u = (u << 32) | x.d[i];
  return x.sign < 0 ? -(__int128) u : (__int128) u;
}

/* x in decimal (g_free it). */
char *
ml_bigint_to_string (MlBigInt x)
{
  g_autofree guint32 *t = g_new (guint32, MAX (x.len, 1));
  GString *digits = g_string_new (NULL);
  guint n = x.len;

  if (x.len > 0)
    memcpy (t, x.d, x.len * sizeof (guint32));
  do
    {
      /* Nine digits at a time: divide by 10^9. */
      guint64 k = 0;
      guint32 chunk;

      for (guint j = n; j-- > 0;)
        {
          guint64 v = (k << 32) | t[j];

          t[j] = (guint32) (v / 1000000000u);
          k = v % 1000000000u;
        }
      n = nat_norm (t, n);
      chunk = (guint32) k;
      for (int i = 0; i < 9 && (n > 0 || chunk != 0 || i == 0); i++)
        {
          g_string_append_c (digits, (char) ('0' + chunk % 10));
          chunk /= 10;
        }
    }
  while (n > 0);
  if (x.sign < 0)
    g_string_append_c (digits, '-');
  g_strreverse (digits->str);
  return g_string_free (digits, FALSE);
}
