/* test-lang-unit.c
 *
 * Copyright 2026 The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "ml-arena-private.h"
#include "ml-const-private.h"
#include "ml-front-end.h"
#include "ml-lexer-private.h"

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

/* Promoted fields and methods: the shallowest depth wins, two at one depth are ambiguous, a
 * method hides its type's fields, and an embedded pointer makes the path indirect. */
static void
test_selection_depth (void)
{
  const char *text =
    "type Direccion struct {\n"
    "    calle  string\n"
    "    numero int\n"
    "}\n"
    "func (d *Direccion) Mudar(c string) { d.calle = c }\n"
    "type Telefono struct{ numero int }\n"
    "type Persona struct {\n"
    "    nombre string\n"
    "    Direccion\n"
    "    Telefono\n"
    "}\n"
    "type Empleado struct {\n"
    "    *Persona\n"
    "    nombre string\n"
    "}\n";
  g_autoptr(MlProgram) program = compile_ok (text);
  MlType *persona = ml_program_lookup_type (program, "Persona");
  MlType *empleado = ml_program_lookup_type (program, "Empleado");
  MlSelection sel;

  g_assert_true (ml_type_lookup_selection (persona, "calle", &sel));
  g_assert_nonnull (sel.field);
  g_assert_cmpuint (sel.depth, ==, 1);
  g_assert_cmpuint (sel.path[0], ==, 1);
  g_assert_false (sel.indirect);
  /* numero is at depth 1 twice. */
  g_assert_false (ml_type_lookup_selection (persona, "numero", &sel));
  g_assert_true (sel.ambiguous);
  /* Empleado's own nombre hides Persona's. */
  g_assert_true (ml_type_lookup_selection (empleado, "nombre", &sel));
  g_assert_cmpuint (sel.depth, ==, 0);
  g_assert_cmpuint (sel.field_index, ==, 1);
  /* A pointer method two levels down, through *Persona: in Empleado's method set. */
  g_assert_true (ml_type_lookup_selection (empleado, "Mudar", &sel));
  g_assert_nonnull (sel.method);
  g_assert_cmpuint (sel.depth, ==, 2);
  g_assert_true (sel.indirect);
  g_assert_true (ml_type_lookup_selection (persona, "Mudar", &sel));
  g_assert_false (sel.indirect);
  g_assert_false (ml_type_lookup_selection (persona, "falta", &sel));
  g_assert_false (sel.ambiguous);
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

/* After inlining, each copy of heap() has verdicts of its own: main's copy keeps x on main's
 * stack, while heap()'s own body (what -l and every call not inlined use) moves it to the
 * heap. */
static void
test_escape_query_in_copy (void)
{
  const char *text =
    "package main\n\n"
    "func heap() *int {\n"
    "\tx := 42\n"
    "\tp := new(int)\n"
    "\t*p = x\n"
    "\treturn &x\n"
    "}\n\n"
    "func main() {\n"
    "\tq := heap()\n"
    "\t*q = 1\n"
    "}\n";
  g_autoptr(MlProgram) program = compile_ok (text);
  g_autoptr(MlInlineResult) inl = ml_inline_analyze (program);
  g_autoptr(MlEscapeResult) esc = ml_escape_analyze_inlined (program, inl);
  MlFunc *heap_fn = g_ptr_array_index (program->funcs, 0);
  MlObject *x = g_ptr_array_index (heap_fn->locals, 0);
  MlNode *new_call = heap_fn->node->z->list.items[1]->list2.items[0];
  MlNode *call = program->main_func->node->z->list.items[0]->list2.items[0];
  guint copy = 0;
  const MlEscapeNote *note = NULL;

  g_assert_cmpint (new_call->kind, ==, ML_NODE_CALL);
  g_assert_true (ml_inline_result_get_inlined (inl, 0, call, &copy) == heap_fn);
  g_assert_cmpuint (copy, !=, 0);
  g_assert_true (ml_escape_result_has_copy (esc, copy));
  g_assert_false (ml_escape_result_has_copy (esc, copy + 1000));
  /* heap()'s own body. */
  g_assert_cmpint (ml_escape_result_query_var_in_copy (esc, 0, x, NULL), ==, ML_ESCAPE_HEAP);
  g_assert_cmpint (ml_escape_result_query_alloc_in_copy (esc, 0, new_call, NULL), ==, ML_ESCAPE_STACK);
  /* main's copy: x does not escape main. */
  g_assert_cmpint (ml_escape_result_query_var_in_copy (esc, copy, x, &note), ==, ML_ESCAPE_STACK);
  g_assert_null (note);
  g_assert_cmpint (ml_escape_result_query_alloc_in_copy (esc, copy, new_call, &note), ==, ML_ESCAPE_STACK);
  g_assert_nonnull (note);
  g_assert_cmpstr (note->message, ==, "new(int) does not escape");
  /* A copy the analysis never walked answers with the function's own verdicts. */
  g_assert_cmpint (ml_escape_result_query_var_in_copy (esc, copy + 1000, x, NULL), ==, ML_ESCAPE_HEAP);
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

/* gc's rewriteWithLiterals: make's size held by a constant local, or len() of a slice
 * literal, is a literal before escape analysis, which then judges the size it gives. */
static void
test_escape_make_literal (void)
{
  const char *text =
    "package main\n\n"
    "func main() {\n"
    "\tn := 10000\n"
    "\tgrande := make([]int, n)\n"
    "\tdias := []int{1, 2, 3}\n"
    "\tchico := make([]int, 0, len(dias))\n"
    "\t_, _ = grande, chico\n"
    "}\n";
  g_autoptr(MlProgram) program = compile_ok (text);
  g_autoptr(MlEscapeResult) esc = ml_escape_analyze (program);
  g_autofree char *m = ml_escape_result_format (esc, "x.go", FALSE);
  g_autofree char *m2 = ml_escape_result_explain (esc, "x.go");

  g_assert_cmpstr (m, ==,
                   "./x.go:5:16: make([]int, 10000) escapes to heap\n"
                   "./x.go:6:15: []int{...} does not escape\n"
                   "./x.go:7:15: make([]int, 0, 3) does not escape\n");
  g_assert_nonnull (strstr (m2, "from make([]int, 10000) (too large for stack)"));
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
  /* select is refused by the checker, once the program parses: a program of its own. */
  const char *select_text =
    "package main\n\n"
    "func main() {\n"
    "\tselect {}\n"
    "}\n";
  g_autoptr(GPtrArray) diags = NULL;
  g_autoptr(GPtrArray) select_diags = NULL;
  gboolean saw = FALSE, saw_select = FALSE;

  g_assert_false (ml_front_end_compile ("u.go", text, -1, NULL, &diags));
  for (guint i = 0; i < diags->len; i++)
    {
      MlDiagnostic *d = g_ptr_array_index (diags, i);

      g_assert_cmpuint (d->pos.line, >, 0);
      if (d->kind == ML_DIAGNOSTIC_UNSUPPORTED
          && g_str_equal (d->message, "generic functions are not supported by MemLab"))
        saw = TRUE;
    }
  g_assert_false (ml_front_end_compile ("s.go", select_text, -1, NULL, &select_diags));
  for (guint i = 0; i < select_diags->len; i++)
    {
      MlDiagnostic *d = g_ptr_array_index (select_diags, i);

      if (d->kind == ML_DIAGNOSTIC_UNSUPPORTED
          && g_str_equal (d->message, "select statements are not supported by MemLab"))
        saw_select = TRUE;
    }
  g_assert_true (saw);
  g_assert_true (saw_select);
}

/* The bundled standard library: its packages are checked as packages of their own (a type
 * is printed with its package's name, an unexported name is not the program's), its -m
 * verdicts are silent, and a package MemLab does not have is named once, at its import. */
static void
test_std_packages (void)
{
  const char *text =
    "package main\n\n"
    "import (\n"
    "\t\"fmt\"\n"
    "\t\"os/exec\"\n"
    "\t\"strings\"\n"
    ")\n\n"
    "func main() {\n"
    "\tvar n int = strings.Builder{}\n"
    "\tfmt.Println(n, strings.noEscape, exec.Command(\"ls\"))\n"
    "}\n";
  const char *ok =
    "package main\n\n"
    "import (\n"
    "\t\"errors\"\n"
    "\t\"strings\"\n"
    ")\n\n"
    "var sb strings.Builder\n\n"
    "func main() {\n"
    "\tsb.WriteString(strings.ToUpper(\"hola\"))\n"
    "\t_ = errors.New(sb.String())\n"
    "}\n";
  g_autoptr(GPtrArray) diags = NULL;
  g_autoptr(MlProgram) program = NULL;
  g_autoptr(MlEscapeResult) esc = NULL;
  g_autofree char *all = NULL;
  g_autofree char *m = NULL;

  g_assert_false (ml_front_end_compile ("s.go", text, -1, NULL, &diags));
  all = ml_diagnostics_format (diags, "s.go", FALSE);
  g_assert_cmpstr (all, ==,
                   "./s.go:5:2: package os/exec is not available in MemLab\n"
                   "./s.go:10:14: cannot use strings.Builder{} (value of struct type strings.Builder) as int value in variable declaration\n"
                   "./s.go:11:25: name noEscape not exported by package strings\n");

  program = compile_ok (ok);
  esc = ml_escape_analyze (program);
  m = ml_escape_result_format (esc, "s.go", FALSE);
  /* As go build -gcflags="-m -l" prints for it: nothing, the library's verdicts being
   * silent. */
  g_assert_cmpstr (m, ==, "");
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

static void
assert_directive (MlNode     *n,
                  const char *text,
                  guint       line,
                  guint       col,
                  MlDirective what,
                  gint64      value)
{
  g_assert_nonnull (n);
  g_assert_cmpint (n->kind, ==, ML_NODE_DIRECTIVE_STMT);
  g_assert_cmpstr (n->str, ==, text);
  g_assert_cmpuint (n->str_len, ==, strlen (text));
  g_assert_cmpuint (n->pos.line, ==, line);
  g_assert_cmpuint (n->pos.col, ==, col);
  g_assert_cmpint (n->op, ==, what);
  g_assert_cmpint (n->ival, ==, value);
}

/* A //memlab: comment between statements is a statement where it stands: in a function
 * body, a nested block, a case clause, after a statement on its line; one inside a
 * statement or between declarations is a comment, as for Go. */
static void
test_directives_parse (void)
{
  const char *text =
    "package main\n"                         /*  1 */
    "\n"
    "//memlab:gc start\n"
    "var g int\n"
    "\n"                                     /*  5 */
    "func main() {\n"
    "\t//memlab:gc start\n"
    "\tx := 1 //memlab:gogc 50  \r\n"
    "\tif x > 0 {\n"
    "\t\t//memlab:gc  steps\t3\n"           /* 10 */
    "\t\tg = x\n"
    "\t}\n"
    "\tg = g +\n"
    "\t\t//memlab:gc step\n"
    "\t\tx\n"                               /* 15 */
    "\tswitch g {\n"
    "\tcase 1:\n"
    "\t\t//memlab:gc finish\n"
    "\t}\n"
    "\t// memlab:gc step is a comment, and so is /*memlab:gc step*/\n" /* 20 */
    "\t//memlab:write-barrier off\n"
    "}\n";
  g_autoptr(MlProgram) program = compile_ok (text);
  MlNode *body, *block, *clause;

  g_assert_cmpuint (program->file->decls.n, ==, 2);
  body = program->file->decls.items[1]->z;
  g_assert_cmpuint (body->list.n, ==, 7);
  assert_directive (body->list.items[0], "//memlab:gc start", 7, 2, ML_DIRECTIVE_GC_START, 0);
  g_assert_cmpint (body->list.items[1]->kind, ==, ML_NODE_ASSIGN_STMT);
  assert_directive (body->list.items[2], "//memlab:gogc 50", 8, 9, ML_DIRECTIVE_GOGC, 50);
  g_assert_cmpint (body->list.items[3]->kind, ==, ML_NODE_IF_STMT);
  g_assert_cmpint (body->list.items[4]->kind, ==, ML_NODE_ASSIGN_STMT);
  g_assert_cmpint (body->list.items[5]->kind, ==, ML_NODE_SWITCH_STMT);
  assert_directive (body->list.items[6], "//memlab:write-barrier off", 21, 2,
                    ML_DIRECTIVE_WRITE_BARRIER, 0);

  block = body->list.items[3]->z;
  g_assert_cmpuint (block->list.n, ==, 2);
  assert_directive (block->list.items[0], "//memlab:gc  steps\t3", 10, 3, ML_DIRECTIVE_GC_UNITS, 3);
  g_assert_cmpint (block->list.items[1]->kind, ==, ML_NODE_ASSIGN_STMT);

  clause = body->list.items[5]->list.items[0];
  g_assert_cmpuint (clause->list2.n, ==, 1);
  assert_directive (clause->list2.items[0], "//memlab:gc finish", 18, 3, ML_DIRECTIVE_GC_UNITS, 0);
}

/* In a notebook the top level is a statement list too. */
static void
test_directives_notebook (void)
{
  const char *text =
    "//memlab:gogc off\n"
    "x := new(int)\n"
    "func f() {\n"
    "\t//memlab:gc step\n"
    "}\n"                                    /* 5 */
    "//memlab:gc start\n"
    "f()\n"
    "_ = x\n"
    "//memlab:write-barrier on";
  g_autoptr(MlProgram) program = compile_ok (text);
  MlNodeList *decls = &program->file->decls;

  g_assert_true (program->notebook);
  g_assert_cmpuint (decls->n, ==, 7);
  assert_directive (decls->items[0], "//memlab:gogc off", 1, 1, ML_DIRECTIVE_GOGC, -1);
  g_assert_cmpint (decls->items[1]->kind, ==, ML_NODE_ASSIGN_STMT);
  g_assert_cmpint (decls->items[2]->kind, ==, ML_NODE_FUNC_DECL);
  assert_directive (decls->items[2]->z->list.items[0], "//memlab:gc step", 4, 2,
                    ML_DIRECTIVE_GC_UNITS, 1);
  g_assert_false (decls->items[2]->z->list.items[0]->flags & ML_NODE_FLAG_TOPLEVEL);
  assert_directive (decls->items[3], "//memlab:gc start", 6, 1, ML_DIRECTIVE_GC_START, 0);
  g_assert_cmpint (decls->items[4]->kind, ==, ML_NODE_EXPR_STMT);
  g_assert_cmpint (decls->items[5]->kind, ==, ML_NODE_ASSIGN_STMT);
  assert_directive (decls->items[6], "//memlab:write-barrier on", 9, 1,
                    ML_DIRECTIVE_WRITE_BARRIER, 1);
  for (guint i = 0; i < decls->n; i++)
    if (decls->items[i]->kind == ML_NODE_DIRECTIVE_STMT)
      g_assert_true (decls->items[i]->flags & ML_NODE_FLAG_TOPLEVEL);
}

/* The parser looks ahead by rewinding the lexer, which then reads the same comments again:
 * each directive is still recorded once, in source order. */
static void
test_directives_lexer_once (void)
{
  g_autoptr(MlSource) src = ml_source_new ("l.go", "a //memlab:gc start\n//memlab:gc step\nb\n", -1);
  MlDiagSink sink;
  MlLexer lexer;
  const MlLexerDirective *d;

  ml_diag_sink_init (&sink);
  ml_lexer_init (&lexer, src, &sink);
  for (guint pass = 0; pass < 2; pass++)
    {
      lexer.offset = 0;
      lexer.need_semi = FALSE;
      do
        ml_lexer_next (&lexer);
      while (lexer.tok != ML_TOK_EOF);
    }
  g_assert_cmpuint (lexer.directives->len, ==, 2);
  d = &g_array_index (lexer.directives, MlLexerDirective, 0);
  g_assert_cmpuint (d->pos.line, ==, 1);
  g_assert_cmpuint (d->pos.col, ==, 3);
  g_assert_cmpmem (d->text, d->len, "//memlab:gc start", 17);
  d = &g_array_index (lexer.directives, MlLexerDirective, 1);
  g_assert_cmpuint (d->pos.line, ==, 2);
  g_assert_cmpmem (d->text, d->len, "//memlab:gc step", 16);
  ml_lexer_clear (&lexer);
  g_ptr_array_unref (ml_diag_sink_finish (&sink));
  ml_diag_sink_clear (&sink);
}

/* An unknown or malformed directive is a compile error at the comment. */
static void
test_directives_errors (void)
{
  const char *text =
    "package main\n\n"
    "func main() {\n"
    "\t//memlab:foo\n"
    "\t//memlab:gc steps 0\n"
    "\t//memlab:gc steps 100001\n"
    "\t//memlab:gc steps 100000\n"
    "\t//memlab:gogc -5\n"
    "\t//memlab:write-barrier maybe\n"
    "\t//memlab:gc start now\n"
    "}\n";
  g_autoptr(GPtrArray) diags = NULL;
  g_autofree char *out = NULL;

  g_assert_false (ml_front_end_compile ("d.go", text, -1, NULL, &diags));
  g_assert_true (ml_diagnostics_have_errors (diags, FALSE));
  out = ml_diagnostics_format (diags, "d.go", TRUE);
  g_assert_cmpstr (out, ==,
                   "# command-line-arguments\n"
                   "./d.go:4:2: unknown MemLab directive \"//memlab:foo\" (known: gc start, gc step, "
                   "gc steps N, gc finish, gogc N|off, write-barrier on|off)\n"
                   "./d.go:5:2: invalid MemLab directive \"//memlab:gc steps 0\": the number of steps "
                   "must be between 1 and 100000\n"
                   "./d.go:6:2: invalid MemLab directive \"//memlab:gc steps 100001\": the number of "
                   "steps must be between 1 and 100000\n"
                   "./d.go:8:2: invalid MemLab directive \"//memlab:gogc -5\": GOGC must be a number "
                   "of at least 0, or off\n"
                   "./d.go:9:2: invalid MemLab directive \"//memlab:write-barrier maybe\": the write "
                   "barrier is either on or off\n"
                   "./d.go:10:2: unknown MemLab directive \"//memlab:gc start now\" (known: gc start, "
                   "gc step, gc steps N, gc finish, gogc N|off, write-barrier on|off)\n");
}

/* To Go's own rules the directives are comments: a body that returns before one still
 * returns, a fallthrough before one is still last, and escape analysis gives the verdicts
 * of the program without them. */
static void
test_directives_are_comments (void)
{
  const char *with =
    "package main\n\n"
    "type N struct{ next *N }\n\n"
    "var keep *N\n\n"
    "func f(k int) int {\n"
    "\tswitch k {\n"
    "\tcase 0:\n"
    "\t\tfallthrough\n"
    "\t\t//memlab:gc step\n"
    "\tdefault:\n"
    "\t\treturn 1\n"
    "\t\t//memlab:gc step\n"
    "\t}\n"
    "\t//memlab:gc finish\n"
    "}\n\n"
    "func main() {\n"
    "\tn := &N{}\n"
    "\t//memlab:gc start\n"
    "\tkeep = &N{next: n}\n"
    "\t//memlab:gc finish\n"
    "\t_ = f(1)\n"
    "}\n";
  g_autofree char *without = NULL;
  g_autoptr(MlProgram) p1 = compile_ok (with);
  g_autoptr(MlProgram) p2 = NULL;
  g_autoptr(MlEscapeResult) e1 = NULL;
  g_autoptr(MlEscapeResult) e2 = NULL;
  g_autofree char *m1 = NULL;
  g_autofree char *m2 = NULL;
  GString *plain = g_string_new (with);

  g_string_replace (plain, "//memlab:", "// memlab ", 0);
  without = g_string_free (plain, FALSE);
  p2 = compile_ok (without);
  e1 = ml_escape_analyze (p1);
  e2 = ml_escape_analyze (p2);
  m1 = ml_escape_result_format (e1, "c.go", FALSE);
  m2 = ml_escape_result_format (e2, "c.go", FALSE);
  g_assert_nonnull (strstr (m1, "escapes to heap"));
  g_assert_cmpstr (m1, ==, m2);
}

/* --- Constant arithmetic (go/constant's semantics) --------------------------------- */

static void
assert_const_str (const MlConst *c,
                  const char    *want)
{
  g_autofree char *got = ml_const_to_string (c);

  g_assert_cmpstr (got, ==, want);
}

/* Shifts are exact however far they go, and come back down exactly. */
static void
test_const_shifts (void)
{
  MlArena *a = ml_arena_new ();
  MlConst *one = ml_const_make_int64 (a, 1);
  MlConst *c = ml_const_shift (a, one, ML_TOK_SHL, 200);
  gint64 v;
  guint64 u;

  assert_const_str (ml_const_shift (a, one, ML_TOK_SHL, 64), "18446744073709551616");
  g_assert_false (ml_const_int64_val (ml_const_shift (a, one, ML_TOK_SHL, 63), &v));
  g_assert_true (ml_const_uint64_val (ml_const_shift (a, one, ML_TOK_SHL, 63), &u));
  g_assert_cmpuint (u, ==, G_GUINT64_CONSTANT (1) << 63);
  g_assert_true (ml_const_int64_val (ml_const_shift (a, c, ML_TOK_SHR, 190), &v));
  g_assert_cmpint (v, ==, 1024);
  g_assert_cmpuint (ml_const_bitlen (ml_const_shift (a, one, ML_TOK_SHL, 511)), ==, 512);
  /* 1<<63 - 1 is math.MaxInt64, exactly. */
  g_assert_true (ml_const_int64_val (ml_const_binary (a, ml_const_shift (a, one, ML_TOK_SHL, 63), ML_TOK_SUB,
                                                      one, FALSE), &v));
  g_assert_cmpint (v, ==, G_MAXINT64);
  /* A negative number shifted right rounds toward minus infinity, as big.Int.Rsh. */
  g_assert_true (ml_const_int64_val (ml_const_shift (a, ml_const_make_int64 (a, -7), ML_TOK_SHR, 1), &v));
  g_assert_cmpint (v, ==, -4);
  ml_arena_free (a);
}

/* Integer division truncates; an untyped division of integers that is not integer division
 * gives an exact fraction, so 1/3.0*3 == 1 and 0.1+0.2 == 0.3 hold. */
static void
test_const_division (void)
{
  MlArena *a = ml_arena_new ();
  MlConst *seven = ml_const_make_int64 (a, 7), *m7 = ml_const_make_int64 (a, -7), *two = ml_const_make_int64 (a, 2);
  MlConst *three = ml_const_make_int64 (a, 3);
  MlConst *third = ml_const_binary (a, ml_const_make_int64 (a, 1), ML_TOK_QUO, three, FALSE);
  MlConst *sum = ml_const_binary (a, ml_const_make_float_literal (a, "0.1"), ML_TOK_ADD,
                                  ml_const_make_float_literal (a, "0.2"), FALSE);
  gint64 v;

  g_assert_true (ml_const_int64_val (ml_const_binary (a, seven, ML_TOK_QUO, two, TRUE), &v));
  g_assert_cmpint (v, ==, 3);
  g_assert_true (ml_const_int64_val (ml_const_binary (a, m7, ML_TOK_QUO, two, TRUE), &v));
  g_assert_cmpint (v, ==, -3);
  g_assert_true (ml_const_int64_val (ml_const_binary (a, m7, ML_TOK_REM, two, TRUE), &v));
  g_assert_cmpint (v, ==, -1);
  assert_const_str (ml_const_binary (a, seven, ML_TOK_QUO, two, FALSE), "3.5");
  assert_const_str (third, "0.333333");
  g_assert_true (ml_const_compare (a, ml_const_binary (a, third, ML_TOK_MUL, three, FALSE), ML_TOK_EQL,
                                   ml_const_make_int64 (a, 1)));
  g_assert_true (ml_const_compare (a, sum, ML_TOK_EQL, ml_const_make_float_literal (a, "0.3")));
  ml_arena_free (a);
}

/* Conversions to float64 and float32 round to nearest even, once. */
static void
test_const_rounding (void)
{
  MlArena *a = ml_arena_new ();
  MlConst *tenth = ml_const_make_float_literal (a, "0.1");
  MlConst *big = ml_const_make_int_literal (a, "16777217");
  MlConst *big2 = ml_const_make_int_literal (a, "9007199254740993");
  gboolean exact = TRUE;

  g_assert_cmpfloat (ml_const_float32_val (a, tenth, &exact), ==, 0.1f);
  g_assert_false (exact);
  g_assert_cmpfloat ((double) ml_const_float32_val (a, tenth, &exact), ==, 0.10000000149011612);
  g_assert_cmpfloat (ml_const_float64_val (a, tenth, &exact), ==, 0.1);
  g_assert_cmpfloat (ml_const_float32_val (a, big, &exact), ==, 16777216.0f);
  g_assert_false (exact);
  g_assert_cmpfloat (ml_const_float64_val (a, big2, &exact), ==, 9007199254740992.0);
  g_assert_cmpfloat (ml_const_float64_val (a, ml_const_make_float_literal (a, "1e308"), &exact), ==, 1e308);
  /* A constant has no negative zero. */
  g_assert_cmpint (ml_const_sign (ml_const_unary (a, ML_TOK_SUB, ml_const_make_float_literal (a, "0.0"), 0)), ==, 0);
  ml_arena_free (a);
}

/* Comparisons across representations (integers, fractions, big floats). */
static void
test_const_compare (void)
{
  MlArena *a = ml_arena_new ();
  MlConst *one = ml_const_make_int64 (a, 1);
  MlConst *c99 = ml_const_shift (a, one, ML_TOK_SHL, 99), *c100 = ml_const_shift (a, one, ML_TOK_SHL, 100);
  MlConst *e300 = ml_const_make_float_literal (a, "1e300");

  g_assert_true (ml_const_compare (a, c100, ML_TOK_GTR, c99));
  g_assert_false (ml_const_compare (a, c100, ML_TOK_LSS, c99));
  g_assert_true (ml_const_compare (a, c99, ML_TOK_NEQ, c100));
  g_assert_true (ml_const_compare (a, e300, ML_TOK_GTR, c100));
  g_assert_true (ml_const_compare (a, ml_const_make_float_literal (a, "1.5"), ML_TOK_LEQ,
                                   ml_const_make_float_literal (a, "3e-1000")) == FALSE);
  ml_arena_free (a);
}

/* Huge exponents are read without hanging: 1e1000000 is a big float; an exponent past
 * big.Float's range is malformed; and the checker's errors are Go's. */
static void
test_const_huge (void)
{
  MlArena *a = ml_arena_new ();
  MlConst *huge = ml_const_make_float_literal (a, "1e1000000");
  const struct { const char *src, *want; } cases[] = {
    { "package main\n\nfunc main() {\n\tx := 1 << 100000000\n\t_ = x\n}\n",
      "./t.go:4:12: invalid operation: invalid shift count 100000000 (untyped int constant)\n" },
    { "package main\n\nfunc main() {\n\tx := 1e1000000\n\t_ = x\n}\n",
      "./t.go:4:7: cannot use 1e1000000 (untyped float constant 1e+1000000) as float64 value in assignment (overflows)\n" },
    { "package main\n\nfunc main() {\n\tx := 1e1000000000\n\t_ = x\n}\n",
      "./t.go:4:7: malformed constant: 1e1000000000\n" },
  };

  g_assert_nonnull (huge);
  assert_const_str (huge, "1e+1000000");
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(MlProgram) program = NULL;
      g_autoptr(GPtrArray) diags = NULL;
      g_autofree char *got = NULL;

      g_assert_false (ml_front_end_compile ("t.go", cases[i].src, -1, &program, &diags));
      got = ml_diagnostics_format (diags, "t.go", FALSE);
      g_assert_cmpstr (got, ==, cases[i].want);
    }
  ml_arena_free (a);
}

/* Inlining as go1.27.3 decides it for the lecture's heap(): the costs -gcflags=-m=2 gives
 * (saludar is exactly at the budget, with fmt.Println's 72), and the lines of -m. */
static void
test_inline_decisions (void)
{
  const char *src =
    "package main\n\nimport \"fmt\"\n\n"
    "func heap() *int {\n\tx := new(int)\n\t*x = 42\n\treturn x\n}\n\n"
    "func suma(xs []int) int {\n\tt := 0\n\tfor _, x := range xs {\n\t\tt += x\n\t}\n\treturn t\n}\n\n"
    "func saludar(n string) {\n\tfmt.Println(\"hola\", n)\n}\n\n"
    "func main() {\n\tp := heap()\n\tfmt.Println(*p, suma([]int{1, 2, 3}))\n\tsaludar(\"ana\")\n}\n";
  const char *want =
    "./t.go:5:6: can inline heap\n"
    "./t.go:11:6: can inline suma\n"
    "./t.go:19:6: can inline saludar\n"
    "./t.go:20:13: inlining call to fmt.Println\n"
    "./t.go:24:11: inlining call to heap\n"
    "./t.go:25:22: inlining call to suma\n"
    "./t.go:25:13: inlining call to fmt.Println\n"
    "./t.go:26:9: inlining call to saludar\n"
    "./t.go:26:9: inlining call to fmt.Println\n";
  g_autoptr(MlProgram) program = compile_ok (src);
  g_autoptr(MlInlineResult) inl = ml_inline_analyze (program);
  g_autofree char *lines = ml_inline_result_format (inl, "t.go", ML_INLINE_LINES_ALL);
  const char *names[] = { "heap", "suma", "saludar", "main" };
  const gint costs[] = { 11, 16, 80, -1 };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    for (guint j = 0; j < program->funcs->len; j++)
      {
        MlFunc *fn = g_ptr_array_index (program->funcs, j);

        if (fn->pkg == NULL && g_strcmp0 (fn->name, names[i]) == 0)
          g_assert_cmpint (ml_inline_result_get_cost (inl, fn), ==, costs[i]);
      }
  g_assert_cmpstr (lines, ==, want);
}

/* Escape analysis after inlining, as go1.27.3 prints it for the same program: heap()'s
 * new(int) escapes in heap's own body but not in its copy inlined into main, printed at the
 * call; saludar's string constant is boxed in the copy at the call.  The VM still asks the
 * callee's own verdicts: the copy answers no question about heap's new(int). */
static void
test_inline_escape (void)
{
  const char *src =
    "package main\n\nimport \"fmt\"\n\n"
    "func heap() *int {\n\tx := new(int)\n\t*x = 42\n\treturn x\n}\n\n"
    "func suma(xs []int) int {\n\tt := 0\n\tfor _, x := range xs {\n\t\tt += x\n\t}\n\treturn t\n}\n\n"
    "func saludar(n string) {\n\tfmt.Println(\"hola\", n)\n}\n\n"
    "func main() {\n\tp := heap()\n\tfmt.Println(*p, suma([]int{1, 2, 3}))\n\tsaludar(\"ana\")\n}\n";
  const char *want =
    "./t.go:6:10: new(int) escapes to heap\n"
    "./t.go:11:11: xs does not escape\n"
    "./t.go:19:14: leaking param: n\n"
    "./t.go:20:13: ... argument does not escape\n"
    "./t.go:20:14: \"hola\" escapes to heap\n"
    "./t.go:20:22: n escapes to heap\n"
    "./t.go:24:11: new(int) does not escape\n"
    "./t.go:25:13: ... argument does not escape\n"
    "./t.go:25:14: *p escapes to heap\n"
    "./t.go:25:22: ~r0 escapes to heap\n"
    "./t.go:25:28: []int{...} does not escape\n"
    "./t.go:26:9: ... argument does not escape\n"
    "./t.go:26:9: \"hola\" escapes to heap\n"
    "./t.go:26:9: \"ana\" escapes to heap\n";
  g_autoptr(MlProgram) program = compile_ok (src);
  g_autoptr(MlInlineResult) inl = ml_inline_analyze (program);
  g_autoptr(MlEscapeResult) esc = ml_escape_analyze_inlined (program, inl);
  g_autofree char *all = ml_escape_result_format_inlined (esc, inl, "t.go", FALSE);
  const char *verdicts = strstr (all, "./t.go:6:10:");
  MlFunc *heap = NULL;
  MlFunc *main_fn = NULL;
  MlNode *call = NULL;
  MlNode *alloc = NULL;
  guint copy = 0;

  g_assert_nonnull (verdicts);
  g_assert_cmpstr (verdicts, ==, want);
  for (guint j = 0; j < program->funcs->len; j++)
    {
      MlFunc *fn = g_ptr_array_index (program->funcs, j);

      if (fn->pkg == NULL && g_strcmp0 (fn->name, "heap") == 0)
        heap = fn;
      if (fn->pkg == NULL && g_strcmp0 (fn->name, "main") == 0)
        main_fn = fn;
    }
  g_assert_nonnull (heap);
  g_assert_nonnull (main_fn);
  /* p := heap(): the call is main's first statement's value. */
  call = main_fn->node->z->list.items[0]->list2.items[0];
  g_assert_true (ml_inline_result_get_inlined (inl, 0, call, &copy) == heap);
  g_assert_cmpuint (copy, >, 0);
  g_assert_cmpstr (ml_inline_result_get_result_name (inl, call), ==, "~r0");
  /* x := new(int) in heap's own body is on the heap, whatever its copy says. */
  alloc = heap->node->z->list.items[0]->list2.items[0];
  g_assert_cmpint (ml_escape_result_query_alloc (esc, alloc, NULL), ==, ML_ESCAPE_HEAP);
}

/* suma(1)(2), as go1.27.3 prints it with -m: once suma is inlined, the literal it returns is
 * checked again and inlined where it is called, its copy's closure does not escape; the
 * literal in suma's own body still does, and that is what the VM asks. */
static void
test_inline_returned_literal (void)
{
  const char *src =
    "package main\n\nfunc suma(a int) func(int) int {\n\treturn func(b int) int { return a + b }\n}\n\n"
    "func main() {\n\t_ = suma(1)(2)\n}\n";
  const char *want =
    "./t.go:3:6: can inline suma\n"
    "./t.go:4:9: can inline suma.func1\n"
    "./t.go:8:10: inlining call to suma\n"
    "./t.go:4:9: can inline suma.func1\n"
    "./t.go:8:13: inlining call to suma.func1\n"
    "./t.go:4:9: func literal escapes to heap\n"
    "./t.go:8:10: func literal does not escape\n";
  g_autoptr(MlProgram) program = compile_ok (src);
  g_autoptr(MlInlineResult) inl = ml_inline_analyze (program);
  g_autoptr(MlEscapeResult) esc = ml_escape_analyze_inlined (program, inl);
  g_autofree char *all = ml_escape_result_format_inlined (esc, inl, "t.go", FALSE);
  MlFunc *suma = NULL;
  MlFunc *lit = NULL;
  MlFunc *main_fn = NULL;
  MlNode *outer, *lit_node;
  guint copy = 0;

  g_assert_cmpstr (all, ==, want);
  for (guint j = 0; j < program->funcs->len; j++)
    {
      MlFunc *fn = g_ptr_array_index (program->funcs, j);

      if (fn->pkg != NULL)
        continue;
      if (g_strcmp0 (fn->name, "suma") == 0)
        suma = fn;
      else if (g_strcmp0 (fn->name, "main") == 0)
        main_fn = fn;
      else if (fn->outer != NULL)
        lit = fn;
    }
  g_assert_nonnull (suma);
  g_assert_nonnull (lit);
  g_assert_nonnull (main_fn);
  /* _ = suma(1)(2): the outer call's callee is the literal, the inner call's suma. */
  outer = main_fn->node->z->list.items[0]->list2.items[0];
  g_assert_true (ml_inline_result_get_inlined (inl, 0, outer, &copy) == lit);
  g_assert_cmpuint (copy, >, 0);
  g_assert_true (ml_inline_result_get_inlined (inl, 0, outer->x, NULL) == suma);
  g_assert_cmpstr (ml_inline_result_get_result_name (inl, outer), ==, "~r0");
  /* return func...: the literal of suma's own body. */
  lit_node = suma->node->z->list.items[0]->list.items[0];
  g_assert_cmpint (lit_node->kind, ==, ML_NODE_FUNC_LIT);
  g_assert_cmpint (ml_escape_result_query_alloc (esc, lit_node, NULL), ==, ML_ESCAPE_HEAP);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/lang/source/positions", test_source_positions);
  g_test_add_func ("/lang/types/layout-lecture", test_layout_lecture);
  g_test_add_func ("/lang/types/selection-depth", test_selection_depth);
  g_test_add_func ("/lang/check/notebook-shape", test_notebook_shape);
  g_test_add_func ("/lang/escape/query", test_escape_query);
  g_test_add_func ("/lang/diagnostic/format", test_diagnostic_format);
  g_test_add_func ("/lang/diagnostic/too-many", test_too_many_errors);
  g_test_add_func ("/lang/parser/positions", test_positions);
  g_test_add_func ("/lang/types/strings", test_type_strings);
  g_test_add_func ("/lang/escape/explain", test_explain);
  g_test_add_func ("/lang/check/unsupported", test_unsupported);
  g_test_add_func ("/lang/check/std-packages", test_std_packages);
  g_test_add_func ("/lang/check/notebook-fmt", test_notebook_fmt);
  g_test_add_func ("/lang/parser/directives", test_directives_parse);
  g_test_add_func ("/lang/parser/directives-notebook", test_directives_notebook);
  g_test_add_func ("/lang/lexer/directives-once", test_directives_lexer_once);
  g_test_add_func ("/lang/check/directive-errors", test_directives_errors);
  g_test_add_func ("/lang/check/directives-are-comments", test_directives_are_comments);
  g_test_add_func ("/lang/const/shifts", test_const_shifts);
  g_test_add_func ("/lang/const/division", test_const_division);
  g_test_add_func ("/lang/const/rounding", test_const_rounding);
  g_test_add_func ("/lang/const/compare", test_const_compare);
  g_test_add_func ("/lang/const/huge", test_const_huge);
  g_test_add_func ("/lang/escape/make-literal", test_escape_make_literal);
  g_test_add_func ("/lang/inline/decisions", test_inline_decisions);
  g_test_add_func ("/lang/inline/escape", test_inline_escape);
  g_test_add_func ("/lang/inline/returned-literal", test_inline_returned_literal);
  g_test_add_func ("/lang/inline/escape-query-in-copy", test_escape_query_in_copy);
  return g_test_run ();
}
