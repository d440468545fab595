/* fuzz-vm.c
 *
 * Copyright 2026 The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * libFuzzer harness for the compiler and the virtual machine: whatever the front end accepts
 * is compiled and run in the runtime model with small budgets, history and events on (as the
 * window runs a program), stepping back and forth over part of it.  The properties are: no
 * crash, no assertion, no hang — a program that runs too long or allocates too much ends at a
 * budget with a message, a program the compiler cannot take is refused with an error.  Built
 * without -DML_FUZZ_LIBFUZZER the same file is a plain program over its seeds, so the unit
 * suite runs every corpus program through it.
 */

#include "config.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "ml-compiler.h"
#include "ml-front-end.h"
#include "ml-runtime.h"
#include "ml-vm.h"

/* Budgets small enough that a fuzzer's endless loops end quickly, large enough that the
 * corpus's programs (the lecture's million appends aside) run to their end. */
#define FUZZ_MAX_STEPS   200000
#define FUZZ_MAX_MEMORY  (64u << 20)
#define FUZZ_MAX_INPUT   (64 * 1024)
#define FUZZ_MAX_SECONDS 2
#define FUZZ_MAX_HISTORY (256u << 20)

int LLVMFuzzerTestOneInput (const uint8_t *data,
                            size_t         size);

static void
discard_output (const char *text,
                gsize       len,
                gboolean    is_stderr,
                gpointer    user_data)
{
  gsize *total = user_data;

  *total += len;
}

/* Runs @vm to its end or a budget, then walks history back to the middle and forward again:
 * restoring a step must hold whatever the program did. */
static void
run_and_revisit (MlVm      *vm,
                 MlRuntime *rt)
{
  MlVmEvent ev;
  guint64 last;

  do
    ev = ml_vm_step (vm, ML_VM_STEP_STATEMENT);
  while (ev != ML_VM_EVENT_EXIT && ev != ML_VM_EVENT_PANIC && ev != ML_VM_EVENT_LIMIT &&
         ev != ML_VM_EVENT_FAULT);
  /* The window survives a model fault, but a fault is still a bug: the fuzzer reports it. */
  if (ev == ML_VM_EVENT_FAULT)
    abort ();

  last = ml_runtime_get_last_step (rt);
  if (last > ml_runtime_get_first_step (rt))
    {
      guint64 middle = ml_runtime_get_first_step (rt) + (last - ml_runtime_get_first_step (rt)) / 2;

      if (!ml_runtime_seek (rt, middle) || !ml_runtime_seek (rt, last))
        abort ();
    }
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(MlProgram) program = NULL;
  g_autoptr(GPtrArray) diags = NULL;
  g_autoptr(MlEscapeResult) esc = NULL;
  g_autoptr(MlVmProgram) compiled = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(MlRuntime) rt = NULL;
  g_autoptr(MlVm) vm = NULL;
  gsize printed = 0;

  if (size > FUZZ_MAX_INPUT)
    return 0;

  ml_front_end_compile ("fuzz.go", (const char *) data, size, &program, &diags);
  if (program == NULL || ml_diagnostics_have_errors (diags, FALSE))
    return 0;

  esc = ml_escape_analyze (program);
  compiled = ml_compiler_compile (program, esc, &error);
  if (compiled == NULL)
    {
      /* What the compiler refuses it refuses with a message. */
      if (error == NULL || error->message == NULL || error->message[0] == '\0')
        abort ();
      return 0;
    }

  rt = ml_runtime_new ();
  ml_runtime_set_history_enabled (rt, TRUE);
  ml_runtime_set_events_enabled (rt, TRUE);
  vm = ml_vm_new (compiled, rt);
  ml_vm_set_output_func (vm, discard_output, &printed);
  ml_vm_set_step_limit (vm, FUZZ_MAX_STEPS);
  /* The budgets a window has, the time one included: a program that does a lot of work in
   * few steps stops by it, well inside libFuzzer's own timeout. */
  ml_vm_set_time_limit (vm, FUZZ_MAX_SECONDS * G_USEC_PER_SEC);
  ml_vm_set_history_limit (vm, FUZZ_MAX_HISTORY);
  ml_vm_set_memory_limit (vm, FUZZ_MAX_MEMORY);
  run_and_revisit (vm, rt);

  return 0;
}

#ifndef ML_FUZZ_LIBFUZZER
static void
run_path (const char *path,
          const char *label,
          guint      *n)
{
  g_autofree char *data = NULL;
  gsize len;

  if (!g_str_has_suffix (path, ".go") && strchr (label, '.') != NULL)
    return;
  if (!g_file_get_contents (path, &data, &len, NULL))
    return;
  LLVMFuzzerTestOneInput ((const uint8_t *) data, len);
  g_print ("ok %u - %s\n", ++*n, label);
}

int
main (int   argc,
      char *argv[])
{
  guint n = 0;

  for (int i = 1; i < argc; i++)
    {
      g_autoptr(GDir) dir = g_dir_open (argv[i], 0, NULL);
      const char *name;

      if (dir == NULL)
        {
          run_path (argv[i], argv[i], &n);
          continue;
        }
      while ((name = g_dir_read_name (dir)) != NULL)
        {
          g_autofree char *path = g_build_filename (argv[i], name, NULL);

          run_path (path, name, &n);
        }
    }
  g_print ("1..%u\n", n);
  return 0;
}
#endif
