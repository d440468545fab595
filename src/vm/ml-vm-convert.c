/* ml-vm-convert.c
 *
 * Copyright 2026 The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Conversions between strings and byte or rune slices, and from a rune to a string, as Go's
 * runtime does them (runtime/string.go): where the new bytes or runes go and the capacity
 * the slice gets.  A conversion whose result does not escape uses a buffer in the frame
 * (tmpBuf: 32 bytes or 32 runes, 4 bytes for a rune) when the result fits; otherwise the
 * heap, rounded up to a size class for a slice (rawbyteslice, rawruneslice).  A constant
 * string gets an array of exactly its length.  The slices a program appends to start from
 * these capacities, so they are followed exactly; they are a file of their own because five
 * instructions share them and the loop only calls in.  strconv's float conversions, which
 * make a string from a number and back, are here too.
 */

#include "config.h"

#include <string.h>

#include "ml-vm-fmt-private.h"
#include "ml-vm-private.h"

/* A new heap object holding @len bytes of a string, or 0 for an empty one. */
guint64
_ml_vm_new_string (MlVm       *vm,
                   const char *bytes,
                   gsize       len)
{
  const MlRtype *u8 = ml_rtype_registry_basic (vm->types, ML_KIND_UINT8);
  guint64 p;

  if (len == 0)
    return 0;
  p = ml_runtime_malloc (vm->rt, len, u8);
  ml_runtime_write (vm->rt, p, bytes, len);
  vm->allocated = TRUE;
  return p;
}

/* Stores the string header (@ptr, @len) at @dst. */
void
_ml_vm_write_string (MlVm    *vm,
                     guint64  dst,
                     guint64  ptr,
                     guint64  len)
{
  ml_runtime_write_pointer (vm->rt, dst, ptr);
  mem_write (vm, dst + 8, 8, len);
}

static void
write_slice (MlVm    *vm,
             guint64  dst,
             guint64  ptr,
             guint64  len,
             guint64  cap)
{
  ml_runtime_write_pointer (vm->rt, dst, ptr);
  mem_write (vm, dst + 8, 8, len);
  mem_write (vm, dst + 16, 8, cap);
}

/* Where the @n elements of @size bytes of a converted slice go: the frame buffer of @in when
 * they fit it (@buf_len elements, all zeroed), or the array of exactly @n elements at c for
 * a constant (EXACT), or the heap: exactly @n for a constant, else the size class of their
 * bytes (rawbyteslice, rawruneslice).  Sets @cap; returns 0 for an empty heap slice. */
static guint64
slice_storage (MlVm           *vm,
               const MlVmInsn *in,
               guint64         n,
               guint           size,
               guint64         buf_len,
               guint64        *cap)
{
  static const guint8 zeros[32 * 4];
  const MlRtype *et = ml_rtype_registry_basic (vm->types, size == 1 ? ML_KIND_UINT8 : ML_KIND_INT32);
  guint64 bytes;

  if (in->flags & ML_VM_INSN_EXACT)
    {
      *cap = n;
      if (n == 0)
        return ml_runtime_zerobase (vm->rt);
      if (in->c != ML_VM_NONE)
        return opnd_addr (vm, in->c);
      vm->allocated = TRUE;
      return ml_runtime_malloc (vm->rt, n * size, et);
    }
  if ((in->flags & ML_VM_INSN_BUF_STD) && n <= buf_len)
    {
      guint64 buf = opnd_addr (vm, in->c);

      ml_runtime_write (vm->rt, buf, zeros, buf_len * size);
      *cap = buf_len;
      return buf;
    }
  bytes = ml_roundupsize (n * size, TRUE);
  *cap = bytes / size;
  if (bytes == 0)
    return ml_runtime_zerobase (vm->rt);
  vm->allocated = TRUE;
  return ml_runtime_malloc (vm->rt, bytes, et);
}

/* []byte(s): stringtoslicebyte, or a constant's array. */
gboolean
_ml_vm_str_to_bytes (MlVm           *vm,
                     const MlVmInsn *in)
{
  gsize n;
  g_autofree char *s = ml_vm_read_string (vm, opnd_addr (vm, in->b), &n);
  guint64 cap;
  guint64 p = slice_storage (vm, in, n, 1, ML_VM_STACK_BUFFER, &cap);

  if (p == 0)
    return FALSE;
  if (n > 0)
    ml_runtime_write (vm->rt, p, s, n);
  write_slice (vm, opnd_addr (vm, in->a), p, n, cap);
  return TRUE;
}

/* []rune(s): stringtoslicerune, or a constant's array. */
gboolean
_ml_vm_str_to_runes (MlVm           *vm,
                     const MlVmInsn *in)
{
  gsize n;
  g_autofree char *str = ml_vm_read_string (vm, opnd_addr (vm, in->b), &n);
  g_autoptr(GArray) runes = g_array_new (FALSE, FALSE, sizeof (gint32));
  guint64 cap, p;

  for (gsize i = 0; i < n;)
    {
      guint size;
      gint32 r = decode_rune ((const guint8 *) str + i, n - i, &size);

      g_array_append_val (runes, r);
      i += size;
    }
  p = slice_storage (vm, in, runes->len, 4, ML_VM_STACK_BUFFER, &cap);
  if (p == 0)
    return FALSE;
  if (runes->len > 0)
    ml_runtime_write (vm->rt, p, runes->data, runes->len * 4);
  write_slice (vm, opnd_addr (vm, in->a), p, runes->len, cap);
  return TRUE;
}

/* The bytes of a new string of @len bytes in a buffer of @alloc bytes: the frame buffer at c
 * when the conversion does not escape and they fit it (@buf_len bytes), else a heap object
 * (rawstring).  Returns 0 when the heap is exhausted. */
static guint64
string_storage (MlVm           *vm,
                const MlVmInsn *in,
                const char     *bytes,
                gsize           len,
                gsize           alloc,
                gsize           buf_len)
{
  const MlRtype *u8 = ml_rtype_registry_basic (vm->types, ML_KIND_UINT8);
  guint64 p;

  if ((in->flags & ML_VM_INSN_BUF_STD) && alloc <= buf_len)
    p = opnd_addr (vm, in->c);
  else
    {
      p = ml_runtime_malloc (vm->rt, alloc, u8);
      vm->allocated = TRUE;
      if (p == 0)
        return 0;
    }
  if (len > 0)
    ml_runtime_write (vm->rt, p, bytes, len);
  return p;
}

/* string(b): slicebytetostring. */
gboolean
_ml_vm_bytes_to_str (MlVm           *vm,
                     const MlVmInsn *in)
{
  guint64 s = opnd_addr (vm, in->b);
  guint64 n = mem_read (vm, s + 8, 8);
  g_autofree char *buf = g_malloc (n + 1);
  guint64 p;

  ml_runtime_read (vm->rt, mem_read (vm, s, 8), buf, n);
  if (n == 0)
    p = 0;
  else if (n == 1)
    p = vm->static_uint64s + (guint8) buf[0] * 8;
  else if ((p = string_storage (vm, in, buf, n, n, ML_VM_STACK_BUFFER)) == 0)
    return FALSE;
  _ml_vm_write_string (vm, opnd_addr (vm, in->a), p, n);
  return TRUE;
}

/* string(runes): slicerunetostring, which asks for 3 bytes more than the runes take. */
gboolean
_ml_vm_runes_to_str (MlVm           *vm,
                     const MlVmInsn *in)
{
  guint64 sl = opnd_addr (vm, in->b);
  guint64 ptr = mem_read (vm, sl, 8), n = mem_read (vm, sl + 8, 8);
  g_autoptr(GString) str = g_string_new (NULL);
  guint64 p;

  for (guint64 i = 0; i < n; i++)
    {
      gint32 r = (gint32) mem_read (vm, ptr + i * 4, 4);

      if (r < 0 || r > 0x10ffff || (r >= 0xd800 && r <= 0xdfff))
        r = 0xfffd;
      g_string_append_unichar (str, (gunichar) r);
    }
  p = string_storage (vm, in, str->str, str->len, str->len + 3, ML_VM_STACK_BUFFER);
  if (p == 0)
    return FALSE;
  _ml_vm_write_string (vm, opnd_addr (vm, in->a), p, str->len);
  return TRUE;
}

/* string(r): intstring, in a 4-byte buffer. */
gboolean
_ml_vm_rune_to_str (MlVm           *vm,
                    const MlVmInsn *in)
{
  guint64 v = mem_read (vm, opnd_addr (vm, in->b), in->w);
  gint64 r = (in->flags & ML_VM_INSN_SIGNED) ? sign_extend (v, in->w)
                                             : (gint64) zero_extend (v, in->w);
  char buf[8];
  gint n;
  guint64 p;

  if (r < 0 || r > 0x10ffff || (r >= 0xd800 && r <= 0xdfff))
    r = 0xfffd;
  n = g_unichar_to_utf8 ((gunichar) r, buf);
  if ((p = string_storage (vm, in, buf, n, 4, 4)) == 0)
    return FALSE;
  _ml_vm_write_string (vm, opnd_addr (vm, in->a), p, n);
  return TRUE;
}

/* STRFLOAT: strconv.FormatFloat (w 0) into a new string of exactly its length, as Go's
 * string(ftoa64(buf...)) makes it, or strconv.ParseFloat (w 1) with its error's code. */
void
_ml_vm_strconv_float (MlVm           *vm,
                      const MlVmInsn *in)
{
  if (in->w == 0)
    {
      g_autoptr(GString) out = g_string_new (NULL);
      double f = float_from_bits (mem_read (vm, opnd_addr (vm, in->b), 8), 8);
      char fmt = (char) mem_read (vm, opnd_addr (vm, in->c), 1);
      gint64 prec = (gint64) mem_read (vm, opnd_addr (vm, in->pad), 8);
      gint64 bits = (gint64) mem_read (vm, opnd_addr (vm, in->aux), 8);

      if (strchr ("eEfgGxXb", fmt) == NULL || fmt == 0)
        {
          /* Go's %fmt for an unknown format. */
          g_string_append_c (out, '%');
          g_string_append_c (out, fmt);
        }
      else
        _ml_strconv_append_float (out, f, fmt, (gint) CLAMP (prec, -1, 100000), bits == 32 ? 32 : 64);
      _ml_vm_write_string (vm, opnd_addr (vm, in->a), _ml_vm_new_string (vm, out->str, out->len),
                           out->len);
    }
  else
    {
      gsize len = 0;
      g_autofree char *s = ml_vm_read_string (vm, opnd_addr (vm, in->b), &len);
      gint64 bits = (gint64) mem_read (vm, opnd_addr (vm, in->c), 8);
      double d;
      guint code = _ml_strconv_parse_float (s, len, bits == 32 ? 32 : 64, &d);

      mem_write (vm, opnd_addr (vm, in->a), 8, float_to_bits (d, 8));
      mem_write (vm, opnd_addr (vm, in->pad), 8, code);
    }
}
