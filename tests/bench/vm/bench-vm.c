/* bench-vm.c
 *
 * Copyright 2026 The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The lecture's two 1,000,000-element loops, run to the end in the model with the collector
 * and the history on, one statement per step as the window steps them; and a million
 * inserts into a map, run as memlab-cli run runs a program.  Prints "bench NAME VALUE UNIT"
 * lines.
 *
 * Where python3 or a Go toolchain is present (Go: $GO, else "go" on the PATH), the same loop
 * is timed there too and the model's time is printed as a multiple of theirs.  Each loop times
 * itself, so interpreter start-up and compilation are not counted.
 */

#include "config.h"

#include <stdio.h>
#include <sys/resource.h>

#include "ml-runtime.h"
#include "ml-vm.h"
#include "ml-vm-runner.h"
#include "vm-test-compile.h"

static const char append_src[] =
  "var data []int\n"
  "for i := 0; i < 1000000; i++ {\n"
  "    data = append(data, i) // Reasignaciones y consumo extra de memoria\n"
  "}\n";

static const char prealloc_src[] =
  "data := make([]int, 1000000) // Mejor que ir agregando con append\n"
  "for i := 0; i < 1000000; i++ {\n"
  "    data[i] = i\n"
  "}\n";

static const char append_py[] =
  "import time\n"
  "t = time.perf_counter()\n"
  "data = []\n"
  "for i in range(1000000):\n"
  "    data.append(i)\n"
  "print(time.perf_counter() - t)\n";

static const char prealloc_py[] =
  "import time\n"
  "t = time.perf_counter()\n"
  "data = [0] * 1000000\n"
  "for i in range(1000000):\n"
  "    data[i] = i\n"
  "print(time.perf_counter() - t)\n";

/* The loops as a whole Go program that prints its own time; the length check keeps the
 * compiler from dropping the loop. */
static const char append_go[] =
  "package main\n"
  "import (\"fmt\"; \"os\"; \"time\")\n"
  "func main() {\n"
  "\tt := time.Now()\n"
  "\tvar data []int\n"
  "\tfor i := 0; i < 1000000; i++ {\n"
  "\t\tdata = append(data, i)\n"
  "\t}\n"
  "\tel := time.Since(t)\n"
  "\tif len(data) != 1000000 { os.Exit(1) }\n"
  "\tfmt.Println(el.Seconds())\n"
  "}\n";

static const char prealloc_go[] =
  "package main\n"
  "import (\"fmt\"; \"os\"; \"time\")\n"
  "func main() {\n"
  "\tt := time.Now()\n"
  "\tdata := make([]int, 1000000)\n"
  "\tfor i := 0; i < 1000000; i++ {\n"
  "\t\tdata[i] = i\n"
  "\t}\n"
  "\tel := time.Since(t)\n"
  "\tif data[999999] != 999999 { os.Exit(1) }\n"
  "\tfmt.Println(el.Seconds())\n"
  "}\n";

/* A million inserts into a map that grows from empty, as a student writes it. */
static const char map_src[] =
  "package main\n\n"
  "import \"fmt\"\n\n"
  "func main() {\n"
  "\tcuadrados := make(map[int]int)\n"
  "\tfor i := 0; i < 1000000; i++ {\n"
  "\t\tcuadrados[i] = i * i\n"
  "\t}\n"
  "\tfmt.Println(len(cuadrados))\n"
  "}\n";

static const char map_py[] =
  "import time\n"
  "t = time.perf_counter()\n"
  "cuadrados = {}\n"
  "for i in range(1000000):\n"
  "    cuadrados[i] = i * i\n"
  "print(time.perf_counter() - t)\n";

static const char map_go[] =
  "package main\n"
  "import (\"fmt\"; \"os\"; \"time\")\n"
  "func main() {\n"
  "\tt := time.Now()\n"
  "\tcuadrados := make(map[int]int)\n"
  "\tfor i := 0; i < 1000000; i++ {\n"
  "\t\tcuadrados[i] = i * i\n"
  "\t}\n"
  "\tel := time.Since(t)\n"
  "\tif len(cuadrados) != 1000000 { os.Exit(1) }\n"
  "\tfmt.Println(el.Seconds())\n"
  "}\n";

/* Runs @argv and reads the seconds it prints; -1 if it could not run. */
static double
spawn_seconds (const char * const *argv,
               const char * const *envp,
               const char         *cwd)
{
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autoptr(GError) error = NULL;
  int status = 0;
  char *end = NULL;
  double s;

  if (!g_spawn_sync (cwd, (char **) argv, (char **) envp, G_SPAWN_SEARCH_PATH, NULL, NULL,
                     &out, &err, &status, &error) ||
      !g_spawn_check_wait_status (status, &error))
    {
      g_printerr ("# %s did not run: %s %s\n", argv[0], error->message, err != NULL ? err : "");
      return -1;
    }
  s = g_ascii_strtod (out, &end);
  return end != out && s > 0 ? s : -1;
}

static double
python_seconds (const char *code)
{
  const char *argv[] = { "python3", "-c", code, NULL };
  g_autofree char *python = g_find_program_in_path ("python3");

  if (python == NULL)
    return -1;
  return spawn_seconds (argv, NULL, NULL);
}

static double
go_seconds (const char *source)
{
  g_autofree char *go = g_strdup (g_getenv ("GO"));
  g_autofree char *dir = NULL;
  g_autofree char *main_go = NULL;
  g_autofree char *cache = NULL;
  g_auto(GStrv) envp = NULL;
  g_autoptr(GError) error = NULL;
  double s;

  if (go == NULL || *go == '\0')
    g_set_str (&go, g_find_program_in_path ("go"));
  if (go == NULL)
    return -1;
  dir = g_dir_make_tmp ("memlab-bench-go-XXXXXX", &error);
  if (dir == NULL)
    return -1;
  main_go = g_build_filename (dir, "main.go", NULL);
  cache = g_build_filename (dir, "cache", NULL);
  if (!g_file_set_contents (main_go, source, -1, &error))
    return -1;
  envp = g_get_environ ();
  envp = g_environ_setenv (envp, "GOCACHE", cache, TRUE);
  envp = g_environ_setenv (envp, "GOPATH", dir, TRUE);
  envp = g_environ_setenv (envp, "GOTOOLCHAIN", "local", TRUE);
  {
    const char *build[] = { go, "build", "-o", "loop", "main.go", NULL };
    const char *loop[] = { "./loop", NULL };
    g_autofree char *out = NULL;
    g_autofree char *err = NULL;
    int status = 0;

    if (!g_spawn_sync (dir, (char **) build, envp, 0, NULL, NULL, &out, &err, &status, &error) ||
        !g_spawn_check_wait_status (status, &error))
      {
        g_printerr ("# go build failed: %s\n%s", error->message, err != NULL ? err : "");
        s = -1;
      }
    else
      s = spawn_seconds (loop, (const char * const *) envp, dir);
  }
  {
    const char *rm[] = { "rm", "-rf", dir, NULL };

    g_spawn_sync (NULL, (char **) rm, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, NULL, NULL, NULL, NULL);
  }
  return s;
}

/* Prints the same loop's time in python3 and Go, and the model's as a multiple of each. */
static void
compare (const char *name,
         double      model_s,
         const char *py,
         const char *go)
{
  double p = python_seconds (py);
  double g = go_seconds (go);

  if (p > 0)
    {
      printf ("bench %s_python_s %.4f s\n", name, p);
      printf ("bench %s_vs_python %.1f ratio\n", name, model_s / p);
    }
  else
    printf ("# %s: no python3 here, no ratio\n", name);
  if (g > 0)
    {
      printf ("bench %s_go_s %.5f s\n", name, g);
      printf ("bench %s_vs_go %.0f ratio\n", name, model_s / g);
    }
  else
    printf ("# %s: no Go toolchain here (set GO=/path/to/go), no ratio\n", name);
}

static double
run (const char *source)
{
  g_autofree char *errors = NULL;
  g_autoptr(MlVmProgram) code = vm_test_compile ("cell.go", source, &errors);
  g_autoptr(MlRuntime) rt = NULL;
  g_autoptr(MlVm) vm = NULL;
  gint64 start;
  MlVmEvent ev;

  if (code == NULL)
    g_error ("%s", errors);
  rt = ml_runtime_new ();
  ml_runtime_set_history_enabled (rt, TRUE);
  vm = ml_vm_new (code, rt);
  start = g_get_monotonic_time ();
  do
    ev = ml_vm_step (vm, ML_VM_STEP_STATEMENT);
  while (ev != ML_VM_EVENT_EXIT && ev != ML_VM_EVENT_PANIC && ev != ML_VM_EVENT_LIMIT);
  if (ev != ML_VM_EVENT_EXIT)
    g_error ("the loop did not finish: %d", ev);
  return (g_get_monotonic_time () - start) / 1e6;
}

static void
discard (const char *text,
         gsize       len,
         gboolean    is_stderr,
         gpointer    user_data)
{
}

/* A whole program run to its end as memlab-cli run runs it: history and events off, the
 * collector on. */
static double
run_program (const char *source)
{
  g_autofree char *errors = NULL;
  g_autoptr(MlVmProgram) code = vm_test_compile ("mapa.go", source, &errors);
  gint64 start;

  if (code == NULL)
    g_error ("%s", errors);
  start = g_get_monotonic_time ();
  if (ml_vm_runner_run (code, 100, 0, 0, discard, NULL, NULL) != 0)
    g_error ("the program did not finish");
  return (g_get_monotonic_time () - start) / 1e6;
}

int
main (int   argc,
      char *argv[])
{
  const char *which = argc > 1 ? argv[1] : "all";

  if (g_str_equal (which, "append_1m_s") || g_str_equal (which, "append_1m_rss_mb") ||
      g_str_equal (which, "all"))
    {
      double s = run (append_src);
      struct rusage ru;

      getrusage (RUSAGE_SELF, &ru);
      if (!g_str_equal (which, "append_1m_rss_mb"))
        printf ("bench append_1m_s %.3f s\n", s);
      if (!g_str_equal (which, "append_1m_s"))
        printf ("bench append_1m_rss_mb %.1f MB\n", ru.ru_maxrss / 1024.0);
      if (!g_str_equal (which, "append_1m_rss_mb"))
        compare ("append_1m", s, append_py, append_go);
    }
  if (g_str_equal (which, "prealloc_1m_s") || g_str_equal (which, "all"))
    {
      double s = run (prealloc_src);

      printf ("bench prealloc_1m_s %.3f s\n", s);
      compare ("prealloc_1m", s, prealloc_py, prealloc_go);
    }
  if (g_str_equal (which, "map_1m_insert_s") || g_str_equal (which, "all"))
    {
      double s = run_program (map_src);

      printf ("bench map_1m_insert_s %.3f s\n", s);
      compare ("map_1m_insert", s, map_py, map_go);
    }
  return 0;
}
