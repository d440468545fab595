/* test-vm-growslice.c
 *
 * Copyright 2026 The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The capacities of append against Go 1.27's, for element sizes 1 to 64 and other element
 * types, from every starting point: nil, make([]T, 0, c), make([]T, n), a literal, a
 * re-slice, a full slice expression, append(s, t...), and the elements after overlapping
 * copies.  tests/vm/growslice holds the probes and what Go printed for them (README.md there
 * says how they were made).  Each probe runs through the compiler and the VM, where the
 * stack buffers and the element moves are; the heap probe's capacities are also recomputed
 * with sim's growslice arithmetic alone, so that a difference says which side is wrong.
 */

#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ml-size-class.h"
#include "ml-vm-runner.h"
#include "vm-test-compile.h"

static const char *data_dir;

static void
capture (const char *text,
         gsize       len,
         gboolean    is_stderr,
         gpointer    user_data)
{
  if (!is_stderr)
    g_string_append_len (user_data, text, len);
}

static char *
read_data (const char *name)
{
  g_autofree char *path = g_build_filename (data_dir, name, NULL);
  char *text = NULL;

  g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
  return text;
}

/* Runs the probe @data ("NAME.go:EXPECTED.txt") in the VM and compares its output with Go's,
 * line by line, so that a failure names the first capacity that differs. */
static void
test_probe (gconstpointer data)
{
  g_auto(GStrv) names = g_strsplit (data, ":", 2);
  g_autofree char *source = read_data (names[0]);
  g_autofree char *want = read_data (names[1]);
  g_autofree char *errors = NULL;
  g_autoptr(MlVmProgram) code = vm_test_compile (names[0], source, &errors);
  g_autoptr(GString) out = g_string_new (NULL);
  g_auto(GStrv) got_lines = NULL;
  g_auto(GStrv) want_lines = NULL;
  int rc;

  g_assert_cmpstr (errors, ==, NULL);
  g_assert_nonnull (code);
  rc = ml_vm_runner_run (code, 100, 0, 0, capture, NULL, out);
  g_assert_cmpint (rc, ==, 0);
  got_lines = g_strsplit (out->str, "\n", -1);
  want_lines = g_strsplit (want, "\n", -1);
  for (guint i = 0; want_lines[i] != NULL; i++)
    {
      g_assert_nonnull (got_lines[i]);
      g_assert_cmpstr (got_lines[i], ==, want_lines[i]);
    }
  g_assert_cmpuint (g_strv_length (got_lines), ==, g_strv_length (want_lines));
}

/* One slice of the heap probe: START SIZE, then len->cap at the start and at every change. */
typedef struct
{
  char    *start;
  guint64  size;
  GArray  *lens;
  GArray  *caps;
} Run;

static void
run_free (gpointer data)
{
  Run *r = data;

  g_free (r->start);
  g_array_unref (r->lens);
  g_array_unref (r->caps);
  g_free (r);
}

/* The runs of growslice.txt, whose lines read "nil 12 33->48" or "cap3 12:struct{a,b,c_int32}
 * 0->3". */
static GPtrArray *
parse_runs (const char *text)
{
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);
  GPtrArray *runs = g_ptr_array_new_with_free_func (run_free);
  Run *cur = NULL;

  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_auto(GStrv) f = g_strsplit (lines[i], " ", 3);
      guint64 len, cap;

      if (g_strv_length (f) != 3)
        continue;
      g_assert_cmpint (sscanf (f[2], "%" G_GUINT64_FORMAT "->%" G_GUINT64_FORMAT, &len, &cap), ==, 2);
      if (cur == NULL || g_strcmp0 (cur->start, f[0]) != 0 || cur->size != strtoull (f[1], NULL, 10) ||
          len < g_array_index (cur->lens, guint64, cur->lens->len - 1))
        {
          cur = g_new0 (Run, 1);
          cur->start = g_strdup (f[0]);
          cur->size = strtoull (f[1], NULL, 10);
          cur->lens = g_array_new (FALSE, FALSE, sizeof (guint64));
          cur->caps = g_array_new (FALSE, FALSE, sizeof (guint64));
          g_ptr_array_add (runs, cur);
        }
      g_array_append_val (cur->lens, len);
      g_array_append_val (cur->caps, cap);
    }
  return runs;
}

/* Go's capacities for slices in the heap, one append at a time up to 200 elements, against
 * ml_growslice_cap (nextslicecap and roundupsize) alone.  None of the probe's element types
 * has pointers. */
static void
test_sim_arithmetic (void)
{
  g_autofree char *text = read_data ("growslice.txt");
  g_autoptr(GPtrArray) runs = parse_runs (text);
  guint checked = 0;

  g_assert_cmpuint (runs->len, >, 700);
  for (guint i = 0; i < runs->len; i++)
    {
      Run *r = g_ptr_array_index (runs, i);
      guint64 len = g_array_index (r->lens, guint64, 0);
      guint64 cap = g_array_index (r->caps, guint64, 0);
      guint next = 1;

      while (len < 200)
        {
          len++;
          if (len <= cap)
            continue;
          cap = ml_growslice_cap (len, cap, r->size, FALSE, NULL);
          if (next >= r->lens->len)
            g_error ("%s %" G_GUINT64_FORMAT ": %" G_GUINT64_FORMAT "->%" G_GUINT64_FORMAT
                     " where Go did not grow", r->start, r->size, len, cap);
          g_assert_cmpuint (len, ==, g_array_index (r->lens, guint64, next));
          g_assert_cmpuint (cap, ==, g_array_index (r->caps, guint64, next));
          next++;
          checked++;
        }
      g_assert_cmpuint (next, ==, r->lens->len);
    }
  g_assert_cmpuint (checked, >, 4000);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_assert_cmpint (argc, ==, 2);
  data_dir = argv[1];

  g_test_add_func ("/vm/growslice/sim-arithmetic", test_sim_arithmetic);
  g_test_add_data_func ("/vm/growslice/heap", "growslice_probe.go:growslice.txt", test_probe);
  g_test_add_data_func ("/vm/growslice/local", "growslice_local_probe.go:growslice_local.txt",
                        test_probe);
  g_test_add_data_func ("/vm/growslice/slices", "slices_probe.go:slices.txt", test_probe);
  return g_test_run ();
}
