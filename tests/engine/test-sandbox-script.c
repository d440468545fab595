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

/* The session with the sandbox's other types, a slice and values, as go vet and gofmt accept
 * it and go run runs it. */
static const char *expected_types =
  "package main\n"
  "\n"
  "type Nodo struct {\n"
  "\tvalor int\n"
  "\tizq   *Nodo\n"
  "\tder   *Nodo\n"
  "}\n"
  "\n"
  "type Persona struct {\n"
  "\tNombre string\n"
  "\tEdad   int\n"
  "\tAmigo  *Persona\n"
  "}\n"
  "\n"
  "var (\n"
  "\tlista []*Nodo\n"
  "\tg1    *Persona\n"
  ")\n"
  "\n"
  "func main() {\n"
  "\ta := &Nodo{valor: 1}\n"
  "\tb := &Persona{Nombre: \"Ana \\\"la\\\" Grande\", Edad: 30}\n"
  "\tg1 = &Persona{Nombre: \"Luis\", Edad: 25}\n"
  "\tb.Amigo = g1\n"
  "\tlista = append(lista, &Nodo{valor: 2})\n"
  "\tlista = append(lista, a)\n"
  "\tlista[1].izq = &Nodo{valor: 3}\n"
  "\ta.valor = -4\n"
  "\tb.Nombre = \"Eva\"\n"
  "\tlista[1].izq = nil\n"
  "\n"
  "\t_, _ = a, b\n"
  "}\n";

static void
test_sandbox_script_types (void)
{
  g_autoptr(MlSandboxScript) script = ml_sandbox_script_new ();
  const char *nodo1[] = { "valor=1", NULL };
  const char *ana[] = { "Nombre=Ana \"la\" Grande", "Edad=30", NULL };
  const char *luis[] = { "Nombre=Luis", "Edad=25", NULL };
  const char *nodo2[] = { "valor=2", NULL };
  const char *nodo3[] = { "valor=3", NULL };
  g_autofree char *slice = NULL;
  g_autofree char *last = NULL;
  g_autofree char *expr = NULL;
  g_autofree char *go = NULL;

  g_assert_null (ml_sandbox_script_get_slice (script));
  slice = ml_sandbox_script_next_slice (script);
  g_assert_cmpstr (slice, ==, "lista");
  ml_sandbox_script_declare (script, slice, TRUE, "[]*Nodo", NULL);
  last = ml_sandbox_script_get_slice (script);
  g_assert_cmpstr (last, ==, "lista");
  ml_sandbox_script_declare (script, "a", FALSE, "Nodo", nodo1);
  ml_sandbox_script_declare (script, "b", FALSE, "Persona", ana);
  ml_sandbox_script_declare (script, "g1", TRUE, "Persona", luis);
  ml_sandbox_script_link (script, "b", "Amigo", "g1");
  expr = ml_sandbox_script_new_object (script, "Nodo", nodo2);
  ml_sandbox_script_append (script, "lista", expr);
  ml_sandbox_script_append (script, "lista", "a");
  g_clear_pointer (&expr, g_free);
  expr = ml_sandbox_script_new_object (script, "Nodo", nodo3);
  ml_sandbox_script_assign (script, "lista[1].izq", NULL, expr);
  ml_sandbox_script_assign (script, "a.valor", "Nodo", "-4");
  ml_sandbox_script_assign (script, "b.Nombre", "Persona", "Eva");
  ml_sandbox_script_link (script, "lista[1]", "izq", NULL);

  go = ml_sandbox_script_to_go (script);
  g_test_message ("%s", go);
  g_assert_cmpstr (go, ==, expected_types);

  /* MemLab runs it to its end, as go run does. */
  {
    g_autoptr(MlEngine) engine = ml_engine_new ();
    MlEngineConfig config;

    ml_engine_config_init (&config);
    ml_engine_load_program (engine, "sandbox.go", go, &config);
    ml_engine_run_to_end (engine);
    g_assert_true (ml_engine_wait_idle (engine, 20000));
    g_assert_cmpint (ml_engine_get_program_info (engine)->state, ==, ML_ENGINE_PROGRAM_EXITED);
    /* A program's objects keep their types as titles: only the sandbox asks for paths. */
    g_assert_false (ml_engine_get_snapshot (engine)->object_paths);
  }
}

static void
test_sandbox_script_paths (void)
{
  g_autofree char *a = ml_sandbox_path_from_name ("*a");
  g_autofree char *deep = ml_sandbox_path_from_name ("*a.izq.der");
  g_autofree char *array = ml_sandbox_path_from_name ("the array of s");
  g_autofree char *lost = ml_sandbox_path_from_name ("a main.Nodo at 0xc000010000");
  g_autofree char *element = ml_sandbox_path_from_name ("*lista[2].izq");

  g_assert_cmpstr (a, ==, "a");
  g_assert_cmpstr (deep, ==, "a.izq.der");
  g_assert_null (array);
  g_assert_null (lost);
  g_assert_cmpstr (element, ==, "lista[2].izq");
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
  g_test_add_func ("/sandbox-script/types", test_sandbox_script_types);
  g_test_add_func ("/sandbox-script/paths", test_sandbox_script_paths);
  g_test_add_func ("/sandbox-script/runs", test_sandbox_script_runs);

  return g_test_run ();
}
