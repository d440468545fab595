/* test-vm-iface.c
 *
 * Copyright 2026 The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Interfaces in the model's memory: an interface with methods holds an itab laid out as Go's
 * runtime.itab (inter, _type, hash, fun[] in the order of the method names) in rodata, never
 * on the heap; an empty interface holds the type descriptor itself; getitab makes an itab once
 * and keeps it; and a method call through an interface runs the function its itab's slot
 * names.  The corpora check what programs print; these check where the words point.
 */

#include "config.h"

#include <string.h>

#include "ml-runtime.h"
#include "ml-vm.h"
#include "vm-test-compile.h"

static const char figuras_src[] =
  "package main\n\n"
  "import \"fmt\"\n\n"
  "type Figura interface {\n"
  "\tPerimetro() float64\n"
  "\tArea() float64\n"
  "\tNombre() string\n"
  "}\n\n"
  "type Rect struct{ an, al float64 }\n\n"
  "func (r Rect) Perimetro() float64 { return 2 * (r.an + r.al) }\n"
  "func (r Rect) Area() float64      { return r.an * r.al }\n"
  "func (r Rect) Nombre() string     { return \"rect\" }\n\n"
  "type Cuadrado struct{ lado float64 }\n\n"
  "func (c *Cuadrado) Perimetro() float64 { return 4 * c.lado }\n"
  "func (c *Cuadrado) Area() float64      { return c.lado * c.lado }\n"
  "func (c *Cuadrado) Nombre() string     { return \"cuadrado\" }\n\n"
  "var f Figura\n"
  "var g Figura\n"
  "var e any\n"
  "var s fmt.Stringer\n"
  "var t fmt.Stringer\n\n"
  "type Nombre string\n\n"
  "func (n Nombre) String() string { return string(n) }\n\n"
  "func main() {\n"
  "\tf = Rect{2, 3}\n"
  "\tg = &Cuadrado{5}\n"
  "\te = f\n"
  "\tvar x any = Nombre(\"ana\")\n"
  "\ts = x.(fmt.Stringer)\n"
  "\tt = x.(fmt.Stringer)\n"
  "\tfor _, h := range []Figura{f, g} {\n"
  "\t\tfmt.Println(h.Nombre(), h.Area(), h.Perimetro())\n"
  "\t}\n"
  "}\n";

static MlVm *
start (const char  *source,
       MlRuntime  **rt)
{
  g_autofree char *errors = NULL;
  g_autoptr(MlVmProgram) code = vm_test_compile ("main.go", source, &errors);

  g_assert_null (errors);
  g_assert_nonnull (code);
  *rt = ml_runtime_new ();
  return ml_vm_new (code, *rt);
}

static guint64
word_at (MlRuntime *rt,
         guint64    addr)
{
  guint64 w = 0;

  g_assert_cmpint (ml_runtime_read_word (rt, addr, &w), ==, ML_FAULT_NONE);
  return w;
}

static const MlSnapSymbol *
symbol_at (const MlSnapshot *snap,
           guint64           addr)
{
  for (guint i = 0; i < snap->n_symbols; i++)
    if (snap->symbols[i].addr == addr)
      return &snap->symbols[i];
  return NULL;
}

static gboolean
in_segment (const MlSnapshot *snap,
            MlSegmentKind     kind,
            guint64           addr)
{
  for (guint i = 0; i < snap->n_segments; i++)
    if (snap->segments[i].kind == kind && addr >= snap->segments[i].start &&
        addr < snap->segments[i].start + snap->segments[i].size)
      return TRUE;
  return FALSE;
}

/* The compiler's TypeHash: the first four bytes of the SHA-256 of the type's name. */
static guint32
go_type_hash (const char *name)
{
  g_autoptr(GChecksum) sum = g_checksum_new (G_CHECKSUM_SHA256);
  guint8 digest[32];
  gsize len = sizeof digest;

  g_checksum_update (sum, (const guchar *) name, -1);
  g_checksum_get_digest (sum, digest, &len);
  return digest[0] | digest[1] << 8 | digest[2] << 16 | (guint32) digest[3] << 24;
}

/* f = Rect{2, 3}: f's first word is the itab go:itab.main.Rect,main.Figura, in rodata and not
 * on the heap, 24 bytes of header and one word per method; _type is the descriptor an empty
 * interface holding the same value has; fun[] is in the order of the names (Area, Nombre,
 * Perimetro), not of the declaration; the data word points at the boxed Rect on the heap. */
static void
test_itab_layout (void)
{
  g_autoptr(MlRuntime) rt = NULL;
  g_autoptr(MlVm) vm = start (figuras_src, &rt);
  g_autoptr(MlSnapshot) snap = NULL;
  const MlSnapSymbol *sym;
  const MlRtype *boxed = NULL;
  guint64 f, e, itab, data, size = 0;
  guint32 hash;

  g_assert_cmpint (ml_vm_run (vm), ==, ML_VM_EVENT_EXIT);
  snap = ml_runtime_snapshot (rt, ML_SNAPSHOT_ALL);
  f = ml_runtime_lookup_global (rt, "main.f");
  e = ml_runtime_lookup_global (rt, "main.e");
  itab = word_at (rt, f);
  g_assert_cmpuint (itab, !=, 0);
  sym = symbol_at (snap, itab);
  g_assert_nonnull (sym);
  g_assert_cmpstr (sym->name, ==, "go:itab.main.Rect,main.Figura");
  g_assert_cmpuint (sym->size, ==, 24 + 3 * 8);
  g_assert_true (in_segment (snap, ML_SEGMENT_RODATA, itab));
  g_assert_cmpuint (ml_runtime_object_base (rt, itab, NULL, NULL), ==, 0);

  /* inter and _type: the descriptors; an empty interface holds _type itself. */
  g_assert_cmpuint (word_at (rt, itab), !=, 0);
  g_assert_cmpuint (word_at (rt, itab + 8), ==, word_at (rt, e));
  g_assert_cmpuint (word_at (rt, itab + 8), !=, word_at (rt, itab));
  g_assert_cmpint (ml_runtime_read (rt, itab + 16, &hash, 4), ==, ML_FAULT_NONE);
  g_assert_cmpuint (hash, ==, go_type_hash ("main.Rect"));

  g_assert_cmpstr (ml_runtime_function_at (rt, word_at (rt, itab + 24)), ==, "main.Rect.Area");
  g_assert_cmpstr (ml_runtime_function_at (rt, word_at (rt, itab + 32)), ==, "main.Rect.Nombre");
  g_assert_cmpstr (ml_runtime_function_at (rt, word_at (rt, itab + 40)), ==, "main.Rect.Perimetro");

  /* The data word: the Rect, boxed on the heap (f is a global: it escapes). */
  data = word_at (rt, f + 8);
  g_assert_cmpuint (ml_runtime_object_base (rt, data, &size, &boxed), ==, data);
  g_assert_nonnull (boxed);
  g_assert_cmpstr (boxed->name, ==, "main.Rect");
  g_assert_cmpuint (word_at (rt, e + 8), ==, data);
}

/* A pointer in an interface is the data word itself: g holds &Cuadrado{5} with the itab of
 * *main.Cuadrado, whose slots are the pointer methods. */
static void
test_itab_pointer_type (void)
{
  g_autoptr(MlRuntime) rt = NULL;
  g_autoptr(MlVm) vm = start (figuras_src, &rt);
  g_autoptr(MlSnapshot) snap = NULL;
  const MlSnapSymbol *sym;
  const MlRtype *obj = NULL;
  guint64 g, itab, data, size = 0;
  double lado;

  g_assert_cmpint (ml_vm_run (vm), ==, ML_VM_EVENT_EXIT);
  snap = ml_runtime_snapshot (rt, ML_SNAPSHOT_ALL);
  g = ml_runtime_lookup_global (rt, "main.g");
  itab = word_at (rt, g);
  sym = symbol_at (snap, itab);
  g_assert_nonnull (sym);
  g_assert_cmpstr (sym->name, ==, "go:itab.*main.Cuadrado,main.Figura");
  g_assert_cmpstr (ml_runtime_function_at (rt, word_at (rt, itab + 24)), ==, "main.(*Cuadrado).Area");
  /* The data word is the pointer itself: the Cuadrado, on the heap (in a tiny block, as an
   * 8-byte object without pointers is). */
  data = word_at (rt, g + 8);
  g_assert_cmpuint (ml_runtime_object_base (rt, data, &size, &obj), !=, 0);
  memcpy (&lado, &(guint64) { word_at (rt, data) }, 8);
  g_assert_cmpfloat (lado, ==, 5.0);
}

/* x.(fmt.Stringer) twice: getitab builds the itab at run time the first time and finds it
 * the second, so both interfaces hold the same itab; and the two itabs of Figura differ. */
static void
test_getitab_kept (void)
{
  g_autoptr(MlRuntime) rt = NULL;
  g_autoptr(MlVm) vm = start (figuras_src, &rt);
  g_autoptr(MlSnapshot) snap = NULL;
  const MlSnapSymbol *sym;
  guint64 s, t;

  g_assert_cmpint (ml_vm_run (vm), ==, ML_VM_EVENT_EXIT);
  snap = ml_runtime_snapshot (rt, ML_SNAPSHOT_ALL);
  s = word_at (rt, ml_runtime_lookup_global (rt, "main.s"));
  t = word_at (rt, ml_runtime_lookup_global (rt, "main.t"));
  g_assert_cmpuint (s, ==, t);
  sym = symbol_at (snap, s);
  g_assert_nonnull (sym);
  g_assert_cmpstr (sym->name, ==, "go:itab.main.Nombre,fmt.Stringer");
  g_assert_cmpstr (ml_runtime_function_at (rt, word_at (rt, s + 24)), ==, "main.Nombre.String");
  g_assert_cmpuint (word_at (rt, ml_runtime_lookup_global (rt, "main.f")), !=,
                    word_at (rt, ml_runtime_lookup_global (rt, "main.g")));
}

/* A call through an interface reaches the method of the dynamic type, slot by slot: each
 * element of the []Figura answers with its own methods, in the order the calls name them. */
static void
test_dispatch (void)
{
  g_autoptr(MlRuntime) rt = NULL;
  g_autoptr(MlVm) vm = start (figuras_src, &rt);
  const char *out;
  gsize len = 0;

  g_assert_cmpint (ml_vm_run (vm), ==, ML_VM_EVENT_EXIT);
  out = ml_vm_get_output (vm, &len);
  g_assert_cmpstr (out, ==, "rect 6 10\ncuadrado 25 20\n");
}

/* The methods an itab's slots name are the ones that run: stepping statement by statement
 * through the loop stops in main.(*Cuadrado).Area after main.Rect.Area. */
static void
test_dispatch_steps_into_method (void)
{
  g_autoptr(MlRuntime) rt = NULL;
  g_autoptr(MlVm) vm = start (figuras_src, &rt);
  gboolean seen_rect = FALSE, seen_cuadrado = FALSE;

  for (guint i = 0; i < 2000 && !ml_vm_is_finished (vm); i++)
    {
      const char *function = NULL;
      guint line = 0, column = 0;

      ml_vm_step (vm, ML_VM_STEP_STATEMENT);
      ml_vm_get_position (vm, &function, &line, &column);
      if (g_strcmp0 (function, "main.Rect.Area") == 0)
        seen_rect = TRUE;
      if (g_strcmp0 (function, "main.(*Cuadrado).Area") == 0)
        {
          g_assert_true (seen_rect);
          seen_cuadrado = TRUE;
        }
    }
  g_assert_true (seen_rect);
  g_assert_true (seen_cuadrado);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/vm/iface/itab-layout", test_itab_layout);
  g_test_add_func ("/vm/iface/itab-pointer-type", test_itab_pointer_type);
  g_test_add_func ("/vm/iface/getitab-kept", test_getitab_kept);
  g_test_add_func ("/vm/iface/dispatch", test_dispatch);
  g_test_add_func ("/vm/iface/dispatch-steps-into-method", test_dispatch_steps_into_method);
  return g_test_run ();
}
