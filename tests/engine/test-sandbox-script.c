/* test-sandbox-script.c
 *
 * Copyright The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every sandbox click is a line of Go, and the whole session is a program that MemLab's own
 * front end compiles and runs.
 */

#include "config.h"

#include "ml-engine.h"
#include "ml-sandbox-script.h"

static const char *expected =
  "package main\n"
  "\n"
  "import \"runtime\"\n"
  "\n"
  "type Nodo struct {\n"
  "\tvalor int\n"
  "\tizq   *Nodo\n"
  "\tder   *Nodo\n"
  "}\n"
  "\n"
  "var g1 *Nodo\n"
  "\n"
  "func main() {\n"
  "\ta := new(Nodo)\n"
  "\tb := new(Nodo)\n"
  "\tg1 = new(Nodo)\n"
  "\ta.izq = new(Nodo)\n"
  "\ta.der = b\n"
  "\t//memlab:gc start\n"
  "\t//memlab:gc steps 3\n"
  "\tb = nil\n"
  "\ta.izq = nil\n"
  "\t//memlab:write-barrier off\n"
  "\t//memlab:gogc 50\n"
  "\truntime.GC()\n"
  "\n"
  "\t_, _ = a, b\n"
  "}\n";

static MlSandboxScript *
make_session (void)
{
  MlSandboxScript *script = ml_sandbox_script_new ();
  g_autofree char *a = ml_sandbox_script_next_local (script);
  g_autofree char *b = NULL;
  g_autofree char *g = NULL;

  ml_sandbox_script_alloc_local (script, a);
  b = ml_sandbox_script_next_local (script);
  ml_sandbox_script_alloc_local (script, b);
  g = ml_sandbox_script_next_global (script);
  ml_sandbox_script_alloc_global (script, g);
  ml_sandbox_script_alloc_field (script, "a", "izq");
  ml_sandbox_script_link (script, "a", "der", "b");
  ml_sandbox_script_gc_start (script);
  ml_sandbox_script_gc_step (script);
  ml_sandbox_script_gc_step (script);
  ml_sandbox_script_gc_step (script);
  ml_sandbox_script_drop (script, "b");
  ml_sandbox_script_link (script, "a", "izq", NULL);
  ml_sandbox_script_set_barrier (script, FALSE);
  ml_sandbox_script_set_gogc (script, 50);
  ml_sandbox_script_gc_full (script);

  return script;
}

static void
test_sandbox_script_text (void)
{
  g_autoptr(MlSandboxScript) script = make_session ();
  g_autofree char *go = ml_sandbox_script_to_go (script);

  g_assert_cmpstr (go, ==, expected);
  g_assert_cmpuint (ml_sandbox_script_get_n_statements (script), ==, 12);

  ml_sandbox_script_undo (script);
  g_clear_pointer (&go, g_free);
  go = ml_sandbox_script_to_go (script);
  g_assert_null (strstr (go, "runtime.GC()\n\n"));
  g_assert_cmpuint (ml_sandbox_script_get_n_statements (script), ==, 11);
}

static void
test_sandbox_script_paths (void)
{
  g_autofree char *a = ml_sandbox_path_from_name ("*a");
  g_autofree char *deep = ml_sandbox_path_from_name ("*a.izq.der");
  g_autofree char *array = ml_sandbox_path_from_name ("the array of s");
  g_autofree char *lost = ml_sandbox_path_from_name ("a main.Nodo at 0xc000010000");

  g_assert_cmpstr (a, ==, "a");
  g_assert_cmpstr (deep, ==, "a.izq.der");
  g_assert_null (array);
  g_assert_null (lost);
}

static void
test_sandbox_script_runs (void)
{
  g_autoptr(MlSandboxScript) script = make_session ();
  g_autofree char *go = ml_sandbox_script_to_go (script);
  g_autoptr(MlEngine) engine = ml_engine_new ();
  const MlEngineProgramInfo *info;
  MlSnapshot *snapshot;
  MlEngineConfig config;

  /* The saved session is a program MemLab compiles and runs to the end. */
  ml_engine_config_init (&config);
  ml_engine_load_program (engine, "sandbox.go", go, &config);
  ml_engine_run_to_end (engine);
  g_assert_true (ml_engine_wait_idle (engine, 20000));
  info = ml_engine_get_program_info (engine);
  if (info->state != ML_ENGINE_PROGRAM_EXITED)
    g_test_message ("%s", info->message != NULL ? info->message : "(no message)");
  g_assert_cmpint (info->state, ==, ML_ENGINE_PROGRAM_EXITED);
  /* The session's //memlab: lines run too: the cycle "gc start" began, which runtime.GC()
   * finishes before its own, and the settings the user chose. */
  snapshot = ml_engine_get_snapshot (engine);
  g_assert_cmpuint (snapshot->stats.num_gc, ==, 2);
  g_assert_cmpint (snapshot->pacer.gogc, ==, 50);
  g_assert_false (snapshot->write_barrier_switch);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/sandbox-script/text", test_sandbox_script_text);
  g_test_add_func ("/sandbox-script/paths", test_sandbox_script_paths);
  g_test_add_func ("/sandbox-script/runs", test_sandbox_script_runs);

  return g_test_run ();
}
