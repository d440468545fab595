/* test-vm-mapmem.c
 *
 * Copyright 2026 The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The bytes and objects maps allocate, against Go 1.27: mapmem/mapmem_probe.go builds maps
 * of six key and value types, of 0 to 100,000 entries, with and without make's hint, and
 * prints what runtime.ReadMemStats counted for each (TotalAlloc and Mallocs); mapmem.txt is
 * what Go printed.  Each figure must be within 5% of Go's.
 */

#include "config.h"

#include <stdlib.h>
#include <string.h>

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

/* The probe's lines, "TYPE SIZE hint|nohint BYTES MALLOCS", by "TYPE SIZE hint". */
static GHashTable *
parse (const char *text)
{
  GHashTable *lines = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_auto(GStrv) split = g_strsplit (text, "\n", -1);

  for (guint i = 0; split[i] != NULL; i++)
    {
      g_auto(GStrv) f = g_strsplit (split[i], " ", -1);
      guint64 *v;

      if (split[i][0] == '#' || g_strv_length (f) != 5)
        continue;
      v = g_new (guint64, 2);
      v[0] = g_ascii_strtoull (f[3], NULL, 10);
      v[1] = g_ascii_strtoull (f[4], NULL, 10);
      g_hash_table_insert (lines, g_strjoin (" ", f[0], f[1], f[2], NULL), v);
    }
  return lines;
}

static gboolean
close_to (guint64 got,
          guint64 want)
{
  guint64 diff = got > want ? got - want : want - got;

  return diff * 20 <= want;
}

static void
test_mapmem (void)
{
  g_autofree char *src_path = g_build_filename (dir, "mapmem_probe.go", NULL);
  g_autofree char *go_path = g_build_filename (dir, "mapmem.txt", NULL);
  g_autofree char *source = NULL, *go_text = NULL, *errors = NULL;
  g_autoptr(MlVmProgram) code = NULL;
  g_autoptr(GString) out = g_string_new (NULL);
  g_autoptr(GHashTable) go = NULL, ml = NULL;
  GHashTableIter it;
  gpointer key, value;
  guint compared = 0;

  g_assert_true (g_file_get_contents (src_path, &source, NULL, NULL));
  g_assert_true (g_file_get_contents (go_path, &go_text, NULL, NULL));
  code = vm_test_compile ("mapmem_probe.go", source, &errors);
  g_assert_null (errors);
  g_assert_nonnull (code);
  g_assert_cmpint (ml_vm_runner_run (code, 100, 0, 0, capture, NULL, out), ==, 0);

  go = parse (go_text);
  ml = parse (out->str);
  g_assert_cmpuint (g_hash_table_size (go), ==, 96);
  g_assert_cmpuint (g_hash_table_size (ml), ==, g_hash_table_size (go));
  g_hash_table_iter_init (&it, go);
  while (g_hash_table_iter_next (&it, &key, &value))
    {
      const guint64 *want = value;
      const guint64 *got = g_hash_table_lookup (ml, key);

      g_assert_nonnull (got);
      if (!close_to (got[0], want[0]) || !close_to (got[1], want[1]))
        g_error ("%s: MemLab %" G_GUINT64_FORMAT " bytes in %" G_GUINT64_FORMAT " objects, Go %"
                 G_GUINT64_FORMAT " in %" G_GUINT64_FORMAT, (char *) key, got[0], got[1],
                 want[0], want[1]);
      compared++;
    }
  g_test_message ("%u maps within 5%% of Go's bytes and objects", compared);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_assert_cmpint (argc, ==, 2);
  dir = argv[1];
  g_test_add_func ("/vm/mapmem", test_mapmem);
  return g_test_run ();
}
