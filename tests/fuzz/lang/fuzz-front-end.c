/* fuzz-front-end.c
 *
 * Copyright 2026 The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/*
 * libFuzzer harness for the Go front end: source bytes go through the
 * parser, the type checker and the escape analysis.  The properties are:
 * no crash, no hang, and every rejected input has at least one diagnostic
 * with a position.  Built without -DML_FUZZ_LIBFUZZER the same file is a
 * plain program that runs the seed corpus, so the unit suite exercises it.
 */

#include "config.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "ml-front-end.h"

int LLVMFuzzerTestOneInput (const uint8_t *data,
                            size_t         size);

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(MlProgram) program = NULL;
  g_autoptr(GPtrArray) diags = NULL;
  gboolean ok;

  /* Lessons are small; very long inputs only slow the fuzzer down. */
  if (size > 64 * 1024)
    return 0;

  ok = ml_front_end_compile ("fuzz.go", (const char *) data, size, &program, &diags);
  if (!ok)
    {
      if (diags->len == 0)
        abort ();
      for (guint i = 0; i < diags->len; i++)
        {
          MlDiagnostic *d = g_ptr_array_index (diags, i);

          if (d->pos.line == 0 || d->pos.col == 0 || d->message == NULL || d->message[0] == '\0')
            abort ();
        }
    }
  if (program != NULL && !ml_diagnostics_have_errors (diags, FALSE))
    {
      g_autoptr(MlEscapeResult) esc = ml_escape_analyze (program);
      g_autofree char *text = ml_escape_result_format (esc, "fuzz.go", TRUE);
      g_autofree char *explain = ml_escape_result_explain (esc, "fuzz.go");

      (void) text;
      (void) explain;
    }
  {
    g_autofree char *text = ml_diagnostics_format (diags, "fuzz.go", TRUE);

    (void) text;
  }
  return 0;
}

#ifndef ML_FUZZ_LIBFUZZER
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
          g_autofree char *data = NULL;
          gsize len;

          if (g_file_get_contents (argv[i], &data, &len, NULL))
            {
              LLVMFuzzerTestOneInput ((const uint8_t *) data, len);
              g_print ("ok %u - %s\n", ++n, argv[i]);
            }
          continue;
        }
      while ((name = g_dir_read_name (dir)) != NULL)
        {
          g_autofree char *path = g_build_filename (argv[i], name, NULL);
          g_autofree char *data = NULL;
          gsize len;

          if (!g_file_get_contents (path, &data, &len, NULL))
            continue;
          LLVMFuzzerTestOneInput ((const uint8_t *) data, len);
          g_print ("ok %u - %s\n", ++n, name);
        }
    }
  g_print ("1..%u\n", n);
  return 0;
}
#endif
