/* test-vm-corpus.c
 *
 * Copyright 2026 The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Runs every program of tests/vm/corpus and data/examples and compares what it prints with
 * what Go 1.27 printed (the expected files were produced by `go run`; addresses are compared
 * by shape, panics by their message, compile errors exactly).
 */

#include "config.h"

#include <string.h>

#include "ml-vm-runner.h"
#include "vm-test-compile.h"

static const char *corpus_dir;
static const char *lang_corpus_dir;
static const char *examples_dir;

typedef struct
{
  GString *out;
  GString *err;
} Captured;

static void
capture (const char *text,
         gsize       len,
         gboolean    is_stderr,
         gpointer    user_data)
{
  Captured *c = user_data;

  g_string_append_len (is_stderr ? c->err : c->out, text, len);
}

static char *
normalise (const char *s)
{
  g_autoptr(GRegex) hex = g_regex_new ("0x[0-9a-f]+", 0, 0, NULL);

  return g_regex_replace_literal (hex, s, -1, 0, "0xADDR", 0, NULL);
}

/* The programs whose build without inlining the model does not reproduce yet
 * (tests/vm/pending-l.txt): each must still differ from Go's. */
static GHashTable *pending_l;

static void
read_pending (const char *corpus)
{
  g_autofree char *path = g_build_filename (corpus, "..", "pending-l.txt", NULL);
  g_autofree char *text = NULL;
  g_auto(GStrv) lines = NULL;

  pending_l = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  if (!g_file_get_contents (path, &text, NULL, NULL))
    return;
  lines = g_strsplit (text, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    if (lines[i][0] != '\0' && lines[i][0] != '#')
      {
        g_auto(GStrv) words = g_strsplit (lines[i], " ", 2);

        g_hash_table_add (pending_l, g_strdup (words[0]));
      }
}

/* Each program runs in both builds: as go run builds it, against NAME.{out,err,rc}, and
 * without inlining (-gcflags=-l), against NAME.{out,err,rc}-l where Go prints differently
 * there, else against the same. */
static char *
expectation (const char *name,
             const char *ext,
             gboolean    inline_calls)
{
  g_autofree char *own = g_strdup_printf ("%s/%s.%s-l", corpus_dir, name, ext);

  if (!inline_calls && g_file_test (own, G_FILE_TEST_EXISTS))
    return g_steal_pointer (&own);
  return g_strdup_printf ("%s/%s.%s", corpus_dir, name, ext);
}

static void
run_program (const char *name,
             gboolean    inline_calls)
{
  gboolean pending = !inline_calls && pending_l != NULL && g_hash_table_contains (pending_l, name);
  gboolean agrees = TRUE;
  g_autofree char *base = g_strconcat (name, ".go", NULL);
  g_autofree char *src_path = g_build_filename (corpus_dir, base, NULL);
  g_autofree char *out_path = expectation (name, "out", inline_calls);
  g_autofree char *err_path = expectation (name, "err", inline_calls);
  g_autofree char *rc_path = expectation (name, "rc", inline_calls);
  g_autofree char *source = NULL, *want_out = NULL, *want_err = NULL, *want_rc = NULL;
  g_autofree char *errors = NULL;
  g_autoptr(MlVmProgram) code = NULL;
  Captured cap = { g_string_new (NULL), g_string_new (NULL) };
  int rc;

  /* A "lang-" program is the language corpus's own file (lang-ok-student: ok_student.go),
   * run here for its output rather than copied; the others may be examples. */
  if (!g_file_test (src_path, G_FILE_TEST_EXISTS) && g_str_has_prefix (name, "lang-"))
    {
      g_autofree char *lang_base = g_strconcat (name + 5, ".go", NULL);

      g_strdelimit (lang_base, "-", '_');
      g_free (src_path);
      src_path = g_build_filename (lang_corpus_dir, lang_base, NULL);
    }
  if (!g_file_test (src_path, G_FILE_TEST_EXISTS))
    {
      g_free (src_path);
      src_path = g_build_filename (examples_dir, base, NULL);
    }
  g_assert_true (g_file_get_contents (src_path, &source, NULL, NULL));
  g_assert_true (g_file_get_contents (out_path, &want_out, NULL, NULL));
  g_assert_true (g_file_get_contents (err_path, &want_err, NULL, NULL));
  g_assert_true (g_file_get_contents (rc_path, &want_rc, NULL, NULL));

  /* Messages name the file as Go does: a "lang-" program by the language corpus's name. */
  {
    g_autofree char *file = g_path_get_basename (src_path);

    code = vm_test_compile_build (file, source, inline_calls, &errors);
  }
  if (code == NULL)
    {
      agrees = g_strcmp0 (errors, want_err) == 0;
      if (!pending)
        g_assert_cmpstr (errors, ==, want_err);
      rc = 1;
    }
  else
    {
      g_autofree char *got = NULL, *want = NULL;

      rc = ml_vm_runner_run (code, 100, 0, 0, capture, NULL, &cap);
      got = normalise (cap.out->str);
      want = normalise (want_out);
      agrees = g_strcmp0 (got, want) == 0;
      if (!pending)
        g_assert_cmpstr (got, ==, want);
      if (*want_err != '\0')
        {
          g_autofree char *e = g_strndup (cap.err->str, strlen (want_err));
          g_autoptr(GRegex) pc = g_regex_new ("pc=0x[0-9a-f]+", 0, 0, NULL);
          g_autofree char *e2 = NULL;

          g_free (e);
          e2 = g_regex_replace_literal (pc, cap.err->str, -1, 0, "pc=", 0, NULL);
          e = g_strndup (e2, strlen (want_err));
          agrees = agrees && g_strcmp0 (e, want_err) == 0;
          if (!pending)
            g_assert_cmpstr (e, ==, want_err);
        }
    }
  agrees = agrees && rc == atoi (want_rc);
  if (!pending)
    g_assert_cmpint (rc, ==, atoi (want_rc));
  /* A pending program must still differ: one that agrees comes off the list. */
  else if (agrees)
    g_error ("%s now agrees with Go without inlining: take it off pending-l.txt", name);
  g_string_free (cap.out, TRUE);
  g_string_free (cap.err, TRUE);
}

static void
test_program (gconstpointer data)
{
  run_program (data, TRUE);
}

static void
test_program_no_inline (gconstpointer data)
{
  run_program (data, FALSE);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GDir) dir = NULL;
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  const char *entry;

  g_test_init (&argc, &argv, NULL);
  g_assert_cmpint (argc, ==, 4);
  corpus_dir = argv[1];
  examples_dir = argv[2];
  lang_corpus_dir = argv[3];
  read_pending (corpus_dir);

  dir = g_dir_open (corpus_dir, 0, NULL);
  g_assert_nonnull (dir);
  while ((entry = g_dir_read_name (dir)) != NULL)
    if (g_str_has_suffix (entry, ".rc"))
      g_ptr_array_add (names, g_strndup (entry, strlen (entry) - 3));
  g_ptr_array_sort_values (names, (GCompareFunc) g_strcmp0);
  for (guint i = 0; i < names->len; i++)
    {
      g_autofree char *path = g_strdup_printf ("/vm/corpus/%s", (char *) names->pdata[i]);
      g_autofree char *path_l = g_strdup_printf ("/vm/corpus-l/%s", (char *) names->pdata[i]);

      g_test_add_data_func (path, names->pdata[i], test_program);
      g_test_add_data_func (path_l, names->pdata[i], test_program_no_inline);
    }
  return g_test_run ();
}
