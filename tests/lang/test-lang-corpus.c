/* test-lang-corpus.c
 *
 * Copyright 2026 The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/*
 * Runs every Go file of tests/lang/corpus through the front end and
 * compares the diagnostics with NAME.errors and the escape analysis with
 * NAME.escape (gc's -m -l) and, where Go wrote one, NAME.escape-inl (gc's -m, the default
 * build with its inlining).  Programs whose -m output MemLab does not yet reproduce are
 * listed in inline-pending.txt with the reason; each of them must still differ, so that the
 * list only shrinks.  For files with a package clause all were produced by the
 * real Go 1.27 toolchain (regen-expected.sh); notebook-style files are not
 * Go files, and their expectations were written by hand from the
 * package main version of the same cell.
 *
 * With --print FILE.go the program prints what the front end says about a
 * file instead, which is how new expectations are drafted.
 */

#include "config.h"

#include <string.h>

#include "ml-front-end.h"

/* Go refuses to build a package with an unused variable, so for Go files
 * the escape analysis only runs without any error; a notebook's lesson
 * still wants the verdicts when the only errors are soft ones. */
static char *
escape_text (MlProgram *program,
             GPtrArray *diags,
             const char *name)
{
  g_autoptr(MlEscapeResult) esc = NULL;

  if (program == NULL)
    return g_strdup ("");
  if (program->notebook ? ml_diagnostics_have_errors (diags, FALSE) : diags->len > 0)
    return g_strdup ("");
  esc = ml_escape_analyze (program);
  return ml_escape_result_format (esc, name, TRUE);
}

static char *
escape_inl_text (MlProgram *program,
                 GPtrArray *diags,
                 const char *name)
{
  g_autoptr(MlEscapeResult) esc = NULL;
  g_autoptr(MlInlineResult) inl = NULL;

  if (program == NULL || diags->len > 0)
    return g_strdup ("");
  inl = ml_inline_analyze (program);
  esc = ml_escape_analyze_inlined (program, inl);
  return ml_escape_result_format_inlined (esc, inl, name, TRUE);
}

static GHashTable *pending;

static void
run_file (const char  *path,
          char       **errors_out,
          char       **escape_out,
          char       **escape_inl_out,
          char       **explain_out)
{
  g_autofree char *text = NULL;
  g_autofree char *name = g_path_get_basename (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(MlProgram) program = NULL;
  g_autoptr(GPtrArray) diags = NULL;
  gsize len;

  g_file_get_contents (path, &text, &len, &error);
  g_assert_no_error (error);
  ml_front_end_compile (name, text, len, &program, &diags);
  *errors_out = ml_diagnostics_format (diags, name, TRUE);
  *escape_out = escape_text (program, diags, name);
  if (escape_inl_out != NULL)
    *escape_inl_out = escape_inl_text (program, diags, name);
  if (explain_out != NULL)
    {
      if (program != NULL && !ml_diagnostics_have_errors (diags, FALSE))
        {
          g_autoptr(MlEscapeResult) esc = ml_escape_analyze (program);

          *explain_out = ml_escape_result_explain (esc, name);
        }
      else
        *explain_out = g_strdup ("");
    }
}

static char *
read_expected (const char *path,
               const char *ext)
{
  g_autofree char *base = g_strndup (path, strlen (path) - 3);
  g_autofree char *exp_path = g_strconcat (base, ext, NULL);
  char *text = NULL;

  if (!g_file_get_contents (exp_path, &text, NULL, NULL))
    return g_strdup ("");
  return text;
}

static void
test_corpus_file (gconstpointer data)
{
  const char *path = data;
  g_autofree char *errors = NULL;
  g_autofree char *escape = NULL;
  g_autofree char *want_errors = read_expected (path, ".errors");
  g_autofree char *want_escape = read_expected (path, ".escape");
  g_autofree char *base = g_strndup (path, strlen (path) - 3);
  g_autofree char *inl_path = g_strconcat (base, ".escape-inl", NULL);
  g_autofree char *name = g_path_get_basename (base);
  g_autofree char *escape_inl = NULL;
  g_autofree char *want_escape_inl = NULL;

  run_file (path, &errors, &escape, &escape_inl, NULL);
  if (strcmp (errors, want_errors) != 0)
    g_test_message ("%s: diagnostics differ\n--- expected\n%s--- got\n%s", path, want_errors, errors);
  if (strcmp (escape, want_escape) != 0)
    g_test_message ("%s: escape analysis differs\n--- expected\n%s--- got\n%s", path, want_escape, escape);
  g_assert_cmpstr (errors, ==, want_errors);
  g_assert_cmpstr (escape, ==, want_escape);
  if (!g_file_test (inl_path, G_FILE_TEST_EXISTS))
    return;
  want_escape_inl = read_expected (path, ".escape-inl");
  if (g_hash_table_contains (pending, name))
    {
      if (strcmp (escape_inl, want_escape_inl) == 0)
        g_test_message ("%s now agrees with go build -gcflags=-m: take it off inline-pending.txt", path);
      g_assert_cmpstr (escape_inl, !=, want_escape_inl);
      return;
    }
  if (strcmp (escape_inl, want_escape_inl) != 0)
    g_test_message ("%s: -m differs\n--- expected\n%s--- got\n%s", path, want_escape_inl, escape_inl);
  g_assert_cmpstr (escape_inl, ==, want_escape_inl);
}

/* inline-pending.txt: "NAME reason" a line, '#' starts a comment. */
static GHashTable *
read_pending (const char *corpus_dir)
{
  g_autofree char *parent = g_path_get_dirname (corpus_dir);
  g_autofree char *path = g_build_filename (parent, "inline-pending.txt", NULL);
  g_autofree char *text = NULL;
  g_auto(GStrv) lines = NULL;
  GHashTable *set = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  if (!g_file_get_contents (path, &text, NULL, NULL))
    return set;
  lines = g_strsplit (text, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_auto(GStrv) words = g_strsplit (lines[i], " ", 2);

      if (words[0] != NULL && words[0][0] != '\0' && words[0][0] != '#')
        g_hash_table_add (set, g_strdup (words[0]));
    }
  return set;
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *dir = NULL;
  g_autoptr(GDir) d = NULL;
  g_autoptr(GPtrArray) files = g_ptr_array_new_with_free_func (g_free);
  const char *srcdir;

  if (argc >= 3 && strcmp (argv[1], "--print") == 0)
    {
      for (int i = 2; i < argc; i++)
        {
          g_autofree char *errors = NULL;
          g_autofree char *escape = NULL;
          g_autofree char *escape_inl = NULL;
          g_autofree char *explain = NULL;

          run_file (argv[i], &errors, &escape, &escape_inl, &explain);
          g_print ("== %s errors\n%s== escape\n%s== escape-inl\n%s", argv[i], errors, escape, escape_inl);
          if (g_getenv ("ML_EXPLAIN") != NULL)
            g_print ("== explain\n%s", explain);
        }
      return 0;
    }

  g_test_init (&argc, &argv, NULL);

  srcdir = g_getenv ("G_TEST_SRCDIR");
  if (srcdir == NULL)
    srcdir = ".";
  dir = g_build_filename (srcdir, "lang", "corpus", NULL);
  if (!g_file_test (dir, G_FILE_TEST_IS_DIR))
    {
      g_free (dir);
      dir = g_build_filename (srcdir, "corpus", NULL);
    }
  pending = read_pending (dir);
  d = g_dir_open (dir, 0, NULL);
  if (d != NULL)
    {
      const char *name;

      while ((name = g_dir_read_name (d)) != NULL)
        if (g_str_has_suffix (name, ".go"))
          g_ptr_array_add (files, g_build_filename (dir, name, NULL));
    }
  g_ptr_array_sort_values (files, (GCompareFunc) g_strcmp0);
  for (guint i = 0; i < files->len; i++)
    {
      const char *path = g_ptr_array_index (files, i);
      g_autofree char *base = g_path_get_basename (path);
      g_autofree char *test_name = g_strdup_printf ("/lang/corpus/%s", base);

      g_test_add_data_func (test_name, path, test_corpus_file);
    }
  return g_test_run ();
}
