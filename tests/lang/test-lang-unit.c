/* test-lang-unit.c
 *
 * Copyright 2026 The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "ml-front-end.h"

static MlProgram *
compile_ok (const char *text)
{
  g_autoptr(GPtrArray) diags = NULL;
  MlProgram *program = NULL;
  gboolean ok = ml_front_end_compile ("t.go", text, -1, &program, &diags);

  if (!ok)
    {
      g_autofree char *s = ml_diagnostics_format (diags, "t.go", FALSE);

      g_test_message ("unexpected diagnostics:\n%s", s);
    }
  g_assert_true (ok);
  g_assert_nonnull (program);
  return program;
}

static void
test_source_positions (void)
{
  g_autoptr(MlSource) src = ml_source_new ("a.go", "ab\n\tcd\n", -1);
  MlPos p = ml_source_get_pos (src, 4);
  g_autofree char *line = ml_source_dup_line (src, 2);

  g_assert_cmpuint (p.line, ==, 2);
  g_assert_cmpuint (p.col, ==, 2);
  g_assert_cmpuint (ml_source_get_n_lines (src), ==, 3);
  g_assert_cmpstr (line, ==, "\tcd");
  g_assert_cmpuint (ml_source_get_offset (src, p), ==, 4);
}

static void
test_layout_lecture (void)
{
  const char *text =
    "type Direccion struct {\n"
    "    calle, ciudad, provincia string\n"
    "    numero                   uint\n"
    "}\n"
    "type Persona struct {\n"
    "    nombre, apellido string\n"
    "    edad             uint\n"
    "    direccion        Direccion\n"
    "}\n"
    "type Mixed struct {\n"
    "    a bool\n"
    "    b int64\n"
    "    c bool\n"
    "    d []int\n"
    "    e map[string]int\n"
    "    f any\n"
    "    g struct{}\n"
    "}\n";
  g_autoptr(MlProgram) program = compile_ok (text);
  MlType *persona = ml_program_lookup_type (program, "Persona");
  MlType *direccion = ml_program_lookup_type (program, "Direccion");
  MlType *mixed = ml_program_lookup_type (program, "Mixed");
  gint64 off = -1;

  g_assert_true (program->notebook);
  g_assert_nonnull (persona);
  g_assert_cmpint (ml_type_sizeof (persona), ==, 96);
  g_assert_cmpint (ml_type_sizeof (direccion), ==, 56);
  g_assert_cmpint (ml_type_alignof (persona), ==, 8);
  g_assert_nonnull (ml_type_lookup_field (persona, "direccion", &off));
  g_assert_cmpint (off, ==, 40);
  g_assert_nonnull (ml_type_lookup_field (persona, "edad", &off));
  g_assert_cmpint (off, ==, 32);
  /* bool, pad 7, int64, bool, pad 7, slice 24, map 8, iface 16, struct{} + 1 pad. */
  g_assert_nonnull (ml_type_lookup_field (mixed, "d", &off));
  g_assert_cmpint (off, ==, 24);
  g_assert_nonnull (ml_type_lookup_field (mixed, "g", &off));
  g_assert_cmpint (off, ==, 72);
  g_assert_cmpint (ml_type_sizeof (mixed), ==, 80);
  g_assert_true (ml_type_has_pointers (persona));
}

static void
test_notebook_shape (void)
{
  g_autoptr(MlProgram) program = compile_ok ("var num int = 5\nx := num + 1\nfmt.Println(x)\n");

  g_assert_true (program->notebook);
  g_assert_nonnull (program->main_func);
  g_assert_true (program->main_func->synthetic);
  /* Top-level variables of a notebook are package variables. */
  g_assert_cmpuint (program->globals->len, ==, 2);
}

static void
test_escape_query (void)
{
  const char *text =
    "package main\n\n"
    "func heap() *int {\n"
    "\tx := 42\n"
    "\treturn &x\n"
    "}\n\n"
    "func stack() int {\n"
    "\ty := 1\n"
    "\treturn y\n"
    "}\n\n"
    "func main() {\n"
    "\t_ = heap()\n"
    "\t_ = stack()\n"
    "}\n";
  g_autoptr(MlProgram) program = compile_ok (text);
  g_autoptr(MlEscapeResult) esc = ml_escape_analyze (program);
  MlFunc *heap_fn = g_ptr_array_index (program->funcs, 0);
  MlFunc *stack_fn = g_ptr_array_index (program->funcs, 1);
  MlObject *x = g_ptr_array_index (heap_fn->locals, 0);
  MlObject *y = g_ptr_array_index (stack_fn->locals, 0);
  const MlEscapeNote *note = NULL;
  g_autofree char *text_m = ml_escape_result_format (esc, "t.go", FALSE);

  g_assert_cmpstr (text_m, ==, "./t.go:4:2: moved to heap: x\n");
  g_assert_cmpint (ml_escape_result_query_var (esc, x, &note), ==, ML_ESCAPE_HEAP);
  g_assert_nonnull (note);
  g_assert_cmpuint (note->steps->len, >=, 3);
  g_assert_true (strstr (((MlEscapeStep *) g_ptr_array_index (note->steps, 1))->text, "flow: ~r0 ← &x:") != NULL);
  g_assert_cmpstr (note->reason, ==, "address-of");
  g_assert_cmpint (ml_escape_result_query_var (esc, y, NULL), ==, ML_ESCAPE_STACK);
}

static void
test_diagnostic_format (void)
{
  g_autoptr(GPtrArray) diags = NULL;
  g_autofree char *text = NULL;
  gboolean ok;

  ok = ml_front_end_compile ("e.go", "package main\n\nfunc main() {\n\tx := 1\n}\n", -1, NULL, &diags);
  g_assert_false (ok);
  text = ml_diagnostics_format (diags, "e.go", TRUE);
  g_assert_cmpstr (text, ==, "# command-line-arguments\n./e.go:4:2: declared and not used: x\n");
  g_assert_false (ml_diagnostics_have_errors (diags, FALSE));
  g_assert_true (ml_diagnostics_have_errors (diags, TRUE));
}

static void
test_too_many_errors (void)
{
  GString *src = g_string_new ("package main\n\nfunc main() {\n");
  g_autoptr(GPtrArray) diags = NULL;
  MlDiagnostic *last;

  for (int i = 0; i < 12; i++)
    g_string_append_printf (src, "\tu%d()\n", i);
  g_string_append (src, "}\n");
  ml_front_end_compile ("m.go", src->str, -1, NULL, &diags);
  g_string_free (src, TRUE);
  g_assert_cmpuint (diags->len, ==, 11);
  last = g_ptr_array_index (diags, 10);
  g_assert_cmpstr (last->message, ==, "too many errors");
  g_assert_cmpuint (last->pos.line, ==, 14);
}

static void
test_positions (void)
{
  const char *text = "package main\n\nfunc main() {\n\tx := 1 +\n\t\t2\n\t_ = len(\"ab\")\n\t_ = x\n}\n";
  g_autoptr(MlProgram) program = compile_ok (text);
  MlNode *body = program->file->decls.items[0]->z;
  MlNode *assign = body->list.items[0];
  MlNode *bin = assign->list2.items[0];
  MlNode *call = body->list.items[1]->list2.items[0];

  /* An automatic semicolon does not end "1 +" (no semicolon after an operator). */
  g_assert_cmpuint (body->list.n, ==, 3);
  g_assert_cmpint (bin->kind, ==, ML_NODE_BINARY);
  g_assert_cmpuint (bin->pos.line, ==, 4);
  g_assert_cmpuint (bin->pos.col, ==, 9);
  g_assert_cmpuint (ml_node_start_pos (bin).col, ==, 7);
  g_assert_cmpint (call->kind, ==, ML_NODE_CALL);
  g_assert_cmpuint (call->pos.col, ==, 9);
  g_assert_cmpint (bin->mode, ==, ML_MODE_CONSTANT);
  g_assert_cmpint (call->mode, ==, ML_MODE_CONSTANT);
}

static void
test_type_strings (void)
{
  const char *text =
    "package main\n\n"
    "type T struct{ a []int; m map[string]*T; f func(int, ...string) (bool, error) }\n\n"
    "func main() {}\n";
  g_autoptr(MlProgram) program = compile_ok (text);
  MlType *t = ml_program_lookup_type (program, "T");
  g_autofree char *s = ml_type_to_string (ml_type_underlying (t));

  g_assert_cmpstr (s, ==, "struct{a []int; m map[string]*T; f func(int, ...string) (bool, error)}");
  g_assert_cmpint (ml_type_sizeof (t), ==, 40);
}

static void
test_explain (void)
{
  const char *text =
    "package main\n\n"
    "func big() {\n"
    "\tb := make([]byte, 70000)\n"
    "\t_ = b\n"
    "}\n\n"
    "func counter() func() int {\n"
    "\tc := 0\n"
    "\treturn func() int { c++; return c }\n"
    "}\n\n"
    "func main() {\n"
    "\tbig()\n"
    "\t_ = counter()\n"
    "}\n";
  g_autoptr(MlProgram) program = compile_ok (text);
  g_autoptr(MlEscapeResult) esc = ml_escape_analyze (program);
  g_autofree char *m = ml_escape_result_format (esc, "x.go", FALSE);
  g_autofree char *m2 = ml_escape_result_explain (esc, "x.go");

  g_assert_cmpstr (m, ==,
                   "./x.go:4:11: make([]byte, 70000) escapes to heap\n"
                   "./x.go:9:2: moved to heap: c\n"
                   "./x.go:10:9: func literal escapes to heap\n");
  g_assert_nonnull (strstr (m2, "(too large for stack)"));
  g_assert_nonnull (strstr (m2, "(captured by a closure)"));
  g_assert_nonnull (strstr (m2, "flow: ~r0 ← &{storage for func literal}:"));
}

static void
test_unsupported (void)
{
  const char *text =
    "package main\n\n"
    "func g[T any](x T) {}\n\n"
    "func main() {\n"
    "\tch := make(chan int)\n"
    "\tgo g(1)\n"
    "\tselect {}\n"
    "\t_ = ch\n"
    "}\n";
  g_autoptr(GPtrArray) diags = NULL;
  gboolean saw = FALSE;

  g_assert_false (ml_front_end_compile ("u.go", text, -1, NULL, &diags));
  for (guint i = 0; i < diags->len; i++)
    {
      MlDiagnostic *d = g_ptr_array_index (diags, i);

      g_assert_cmpuint (d->pos.line, >, 0);
      if (d->kind == ML_DIAGNOSTIC_UNSUPPORTED && strstr (d->message, "type parameters") != NULL)
        saw = TRUE;
    }
  g_assert_true (saw);
}

static void
test_notebook_fmt (void)
{
  g_autoptr(MlProgram) program = compile_ok ("p := new(int)\nfmt.Println(*p, unsafe.Sizeof(*p))\nruntime.GC()\n");
  g_autoptr(MlEscapeResult) esc = ml_escape_analyze (program);
  g_autofree char *m = ml_escape_result_format (esc, "nb.go", FALSE);

  /* p is a package variable in a notebook: what it points at is on the heap. */
  g_assert_nonnull (strstr (m, "./nb.go:1:9: new(int) escapes to heap\n"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/lang/source/positions", test_source_positions);
  g_test_add_func ("/lang/types/layout-lecture", test_layout_lecture);
  g_test_add_func ("/lang/check/notebook-shape", test_notebook_shape);
  g_test_add_func ("/lang/escape/query", test_escape_query);
  g_test_add_func ("/lang/diagnostic/format", test_diagnostic_format);
  g_test_add_func ("/lang/diagnostic/too-many", test_too_many_errors);
  g_test_add_func ("/lang/parser/positions", test_positions);
  g_test_add_func ("/lang/types/strings", test_type_strings);
  g_test_add_func ("/lang/escape/explain", test_explain);
  g_test_add_func ("/lang/check/unsupported", test_unsupported);
  g_test_add_func ("/lang/check/notebook-fmt", test_notebook_fmt);
  return g_test_run ();
}
