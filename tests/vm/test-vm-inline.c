/* test-vm-inline.c
 *
 * Copyright 2026 The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The default build against -gcflags=-l: a call gc inlines gets no frame of its own, its
 * variables are the caller's (named after the function they come from), its allocations take
 * the verdicts of its copy, and a program whose inlined calls the model cannot follow is
 * built as -l builds it.  The corpus checks what programs print in both builds; this checks
 * the memory the pictures are drawn from.
 */

#include "config.h"


#include "ml-runtime.h"
#include "ml-vm.h"
#include "vm-test-compile.h"

/* The lecture's lesson 6. */
static const char *escape_src =
  "package main\n\nimport \"fmt\"\n\n"
  "func stack() {\n\tx := 10\n\t_ = x\n}\n\n"
  "func heap() *int {\n\tp := new(int)\n\treturn p\n}\n\n"
  "func main() {\n\tstack()\n\tq := heap()\n\t*q = 42\n\tfmt.Println(*q)\n}\n";

static MlVmProgram *
build (const char *source,
       gboolean    inline_calls)
{
  g_autofree char *errors = NULL;
  MlVmProgram *code = vm_test_compile_build ("main.go", source, inline_calls, &errors);

  g_assert_null (errors);
  g_assert_nonnull (code);
  return code;
}

static MlVmFunc *
func_named (MlVmProgram *code,
            const char  *name)
{
  for (guint i = 0; i < code->funcs->len; i++)
    {
      MlVmFunc *f = g_ptr_array_index (code->funcs, i);

      if (g_strcmp0 (f->name, name) == 0)
        return f;
    }
  return NULL;
}

static gboolean
has_slot (MlVmFunc   *f,
          const char *name)
{
  for (guint i = 0; i < f->slots->len; i++)
    if (g_strcmp0 (g_array_index (f->slots, MlVmSlot, i).name, name) == 0)
      return TRUE;
  return FALSE;
}

/* Runs @code until the program reaches @line, then returns the picture of its memory. */
static MlSnapshot *
snapshot_at_line (MlVmProgram *code,
                  MlRuntime  **rt,
                  MlVm       **vm,
                  guint        line)
{
  *rt = ml_runtime_new ();
  *vm = ml_vm_new (code, *rt);
  for (guint i = 0; i < 1000; i++)
    {
      const char *fn = NULL;
      guint l = 0, col = 0;

      g_assert_cmpint (ml_vm_step (*vm, ML_VM_STEP_STATEMENT), !=, ML_VM_EVENT_FAULT);
      ml_vm_get_position (*vm, &fn, &l, &col);
      if (l == line)
        return ml_runtime_snapshot (*rt, ML_SNAPSHOT_ALL);
    }
  g_assert_not_reached ();
  return NULL;
}

static gboolean
frame_on_stack (MlSnapshot *snap,
                const char *function)
{
  for (guint f = 0; f < snap->n_frames; f++)
    if (g_strcmp0 (snap->frames[f].function, function) == 0)
      return TRUE;
  return FALSE;
}

/* go run inlines heap() into main: no call, p and the result are main's, and main's frame
 * keeps the int; -l calls heap(), whose new(int) is on the heap. */
static void
test_lesson_escape (void)
{
  g_autoptr(MlVmProgram) inl = build (escape_src, TRUE);
  g_autoptr(MlVmProgram) nol = build (escape_src, FALSE);
  MlVmFunc *main_inl = func_named (inl, "main.main");
  MlVmFunc *main_nol = func_named (nol, "main.main");

  g_assert_nonnull (main_inl);
  g_assert_nonnull (main_nol);
  /* Two call sites fewer: stack() and heap() are no calls. */
  g_assert_cmpuint (main_inl->calls->len + 2, ==, main_nol->calls->len);
  g_assert_true (has_slot (main_inl, "p (heap(), inlined)"));
  g_assert_true (has_slot (main_inl, "x (stack(), inlined)"));
  g_assert_false (has_slot (main_nol, "p (heap(), inlined)"));
  /* The traceback knows the calls inlined in main. */
  g_assert_nonnull (main_inl->inl_frames);
  g_assert_cmpuint (main_inl->inl_frames->len, ==, 2);
  g_assert_null (main_nol->inl_frames);

  {
    g_autoptr(MlRuntime) rt = NULL;
    g_autoptr(MlVm) vm = NULL;
    g_autoptr(MlSnapshot) snap = snapshot_at_line (inl, &rt, &vm, 19);

    g_assert_false (frame_on_stack (snap, "main.heap"));
    g_assert_cmpuint (snap->n_objects, ==, 0);
  }
  {
    g_autoptr(MlRuntime) rt = NULL;
    g_autoptr(MlVm) vm = NULL;
    g_autoptr(MlSnapshot) snap = snapshot_at_line (nol, &rt, &vm, 12);

    g_assert_true (frame_on_stack (snap, "main.heap"));
    g_assert_cmpuint (snap->n_objects, ==, 1);
  }
}

/* A literal gc inlines is called through its closure in the model: the program is built as
 * -l builds it, so that its verdicts are the ones its code was compiled for. */
static void
test_fallback (void)
{
  const char *src = "package main\n\nimport \"fmt\"\n\n"
                    "func doble(n int) int {\n\treturn 2 * n\n}\n\n"
                    "func main() {\n\tx := 10\n\tsumar := func(n int) { x += n }\n"
                    "\tsumar(doble(1))\n\tfmt.Println(x)\n}\n";
  g_autoptr(MlVmProgram) code = build (src, TRUE);
  MlVmFunc *main_f = func_named (code, "main.main");

  g_assert_nonnull (main_f);
  g_assert_false (has_slot (main_f, "n (doble(), inlined)"));
  g_assert_null (main_f->inl_frames);
}

/* The copy's return jumps past the rest of the copy; its results are zero at each run, as
 * a new frame's are, also when the copy runs again in a loop. */
static void
test_copies_in_a_loop (void)
{
  const char *src = "package main\n\nimport \"fmt\"\n\n"
                    "func primero(s []int) (r int, ok bool) {\n\tfor _, v := range s {\n"
                    "\t\tif v > 2 {\n\t\t\treturn v, true\n\t\t}\n\t}\n\treturn\n}\n\n"
                    "func main() {\n\tfor _, s := range [][]int{{1, 5}, {1}, {3}} {\n"
                    "\t\tfmt.Println(primero(s))\n\t}\n}\n";
  g_autoptr(MlVmProgram) code = build (src, TRUE);
  MlVmFunc *main_f = func_named (code, "main.main");
  g_autoptr(MlRuntime) rt = ml_runtime_new ();
  g_autoptr(MlVm) vm = ml_vm_new (code, rt);

  g_assert_nonnull (main_f);
  g_assert_true (has_slot (main_f, "r (primero(), inlined)"));
  g_assert_cmpint (ml_vm_run (vm), ==, ML_VM_EVENT_EXIT);
  g_assert_cmpstr (ml_vm_get_output (vm, NULL), ==, "5 true\n0 false\n3 true\n");
}

/* The standard library's code inlined into main still reports main's line while it runs,
 * as a call into the library does: every step is at one of the program's own lines. */
static void
test_library_copies_keep_the_programs_lines (void)
{
  const char *src = "package main\n\nimport (\n\t\"fmt\"\n\t\"strings\"\n)\n\n"
                    "func main() {\n\tvar b strings.Builder\n\tb.WriteString(\"hola\")\n"
                    "\tb.WriteString(\" mundo\")\n\ts := strings.ToUpper(b.String())\n"
                    "\tfmt.Println(s, strings.Contains(s, \"MUNDO\"), b.Len())\n}\n";
  g_autoptr(MlVmProgram) code = build (src, TRUE);
  g_autoptr(MlRuntime) rt = ml_runtime_new ();
  g_autoptr(MlVm) vm = ml_vm_new (code, rt);
  MlVmFunc *main_f = func_named (code, "main.main");
  MlVmEvent ev;

  /* gc inlines the Builder's methods and strings.Contains into main. */
  g_assert_nonnull (main_f->inl_frames);
  do
    {
      const char *fn = NULL;
      guint line = 0, col = 0;

      ev = ml_vm_step (vm, ML_VM_STEP_ANY);
      ml_vm_get_position (vm, &fn, &line, &col);
      /* main.init runs the library's package variables' initialisers, at their lines. */
      if (g_strcmp0 (fn, "main.main") == 0)
        g_assert_cmpuint (line, <=, 14);
    }
  while (ev != ML_VM_EVENT_EXIT && ev != ML_VM_EVENT_PANIC && ev != ML_VM_EVENT_FAULT);
  g_assert_cmpint (ev, ==, ML_VM_EVENT_EXIT);
  g_assert_cmpstr (ml_vm_get_output (vm, NULL), ==, "HOLA MUNDO true 10\n");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/vm/inline/lesson-escape", test_lesson_escape);
  g_test_add_func ("/vm/inline/fallback", test_fallback);
  g_test_add_func ("/vm/inline/copies-in-a-loop", test_copies_in_a_loop);
  g_test_add_func ("/vm/inline/library-lines", test_library_copies_keep_the_programs_lines);
  return g_test_run ();
}
