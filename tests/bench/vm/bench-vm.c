/* bench-vm.c
 *
 * Copyright 2026 The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The lecture's two 1,000,000-element loops, run to the end in the model with the collector
 * and the history on, one statement per step as the window steps them.  Prints
 * "bench NAME VALUE UNIT" lines.
 */

#include "config.h"

#include <stdio.h>
#include <sys/resource.h>

#include "ml-runtime.h"
#include "ml-vm.h"
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
    }
  if (g_str_equal (which, "prealloc_1m_s") || g_str_equal (which, "all"))
    printf ("bench prealloc_1m_s %.3f s\n", run (prealloc_src));
  return 0;
}
