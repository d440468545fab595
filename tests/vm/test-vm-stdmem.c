/* test-vm-stdmem.c
 *
 * Copyright 2026 The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The bytes and objects the standard library's Go source allocates, against Go 1.27:
 * stdmem/stdmem_probe.go grows strings.Builders, converts with strconv.Itoa and Atoi, and
 * calls strings and errors functions, sort.Slice (Swapper's closure and scratch value),
 * strings.NewReplacer's algorithms and strconv's float conversions between two
 * runtime.ReadMemStats each, and prints the differences of TotalAlloc and Mallocs; stdmem.txt
 * is what Go printed.  Every figure must be Go's exactly: the same growth of a Builder's
 * buffer, the same strings, the same errors.
 */

#include "config.h"

#include "ml-vm-runner.h"
#include "vm-test-compile.h"

static const char *dir;

static void
capture (const char *text,
         gsize       len,
         gboolean    is_stderr,
         gpointer    user_data)
{
  if (!is_stderr)
    g_string_append_len (user_data, text, len);
}

static void
test_stdmem (void)
{
  g_autofree char *src_path = g_build_filename (dir, "stdmem_probe.go", NULL);
  g_autofree char *go_path = g_build_filename (dir, "stdmem.txt", NULL);
  g_autofree char *source = NULL, *go_text = NULL, *errors = NULL;
  g_autoptr(MlVmProgram) code = NULL;
  g_autoptr(GString) out = g_string_new (NULL);
  g_auto(GStrv) want = NULL, got = NULL;

  g_assert_true (g_file_get_contents (src_path, &source, NULL, NULL));
  g_assert_true (g_file_get_contents (go_path, &go_text, NULL, NULL));
  code = vm_test_compile ("stdmem_probe.go", source, &errors);
  g_assert_null (errors);
  g_assert_nonnull (code);
  g_assert_cmpint (ml_vm_runner_run (code, 100, 0, 0, capture, NULL, out), ==, 0);

  want = g_strsplit (go_text, "\n", -1);
  got = g_strsplit (out->str, "\n", -1);
  g_assert_cmpuint (g_strv_length (want), >, 30);
  for (guint i = 0; want[i] != NULL; i++)
    {
      g_assert_nonnull (got[i]);
      if (g_strcmp0 (want[i], got[i]) != 0)
        g_error ("case %u: Go \"%s\" (name, bytes, objects), MemLab \"%s\"", i, want[i], got[i]);
    }
  g_assert_cmpuint (g_strv_length (got), ==, g_strv_length (want));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_assert_cmpint (argc, ==, 2);
  dir = argv[1];
  g_test_add_func ("/vm/stdmem", test_stdmem);
  return g_test_run ();
}
