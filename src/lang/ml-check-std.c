/* ml-check-std.c
 *
 * Copyright 2026 The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The standard library packages MemLab bundles as Go source (errors, strings, strconv...,
 * in src/lang/std): an import of one parses its file into the program's arena and checks it
 * as a package of its own, before the program's declarations, the way gc reads a package's
 * export data before compiling the importer.  Its functions and variables join the program's,
 * marked with their package, so that escape analysis, the compiler and the VM treat them as
 * the program's own code: their allocations happen, and are drawn, exactly where Go's do.
 * It is a file of its own because it is the only place where the checker leaves the
 * program's file.
 */

#define G_LOG_DOMAIN "ml-check"

#include "config.h"

#include <string.h>

#include "ml-check-private.h"
#include "ml-parser-private.h"
#include "ml-std-private.h"

static const MlStdFile *
lookup_std (const char *path)
{
  for (const MlStdFile *f = ml_std_files; f->pkg != NULL; f++)
    if (strcmp (f->pkg, path) == 0)
      return f;
  return NULL;
}

/* Whether MemLab bundles the package @path. */
gboolean
ml_check_is_std_package (const char *path)
{
  return lookup_std (path) != NULL;
}

/* Whether the package being checked can import the package @path: fmt, runtime and unsafe
 * are built in, as is what the bundled errors package needs of reflect
 * (internal/reflectlite), which only the standard library may import; the others are
 * bundled as Go source. */
gboolean
ml_check_is_known_package (MlChecker  *c,
                           const char *path)
{
  if (c->cur_pkg == NULL && g_str_has_prefix (path, "internal/"))
    return FALSE;
  return strcmp (path, "fmt") == 0 || strcmp (path, "runtime") == 0 || strcmp (path, "unsafe") == 0
         || strcmp (path, "internal/reflectlite") == 0 || strcmp (path, "internal/strconv") == 0
         || lookup_std (path) != NULL;
}

/* The bundled sources are MemLab's, not the student's: an error in one is a bug of MemLab,
 * reported where a developer sees it, never in the program's diagnostics. */
static void
warn_std_errors (const MlStdFile *sf,
                 MlDiagSink      *sink)
{
  g_autoptr(GPtrArray) diags = ml_diag_sink_finish (sink);

  for (guint i = 0; i < diags->len; i++)
    {
      MlDiagnostic *d = g_ptr_array_index (diags, i);

      if (d->kind != ML_DIAGNOSTIC_SOFT)
        g_warning ("%s:%u:%u: %s", sf->path, d->pos.line, d->pos.col, d->message);
    }
}

/* Loads and checks the bundled package @path the first time the program (or another
 * bundled package) imports it.  Returns %FALSE if MemLab does not bundle it. */
gboolean
ml_check_import_std (MlChecker  *c,
                     const char *path)
{
  const MlStdFile *sf = lookup_std (path);
  MlChecker saved;
  MlSource *source;
  guint first_func, first_global;

  if (sf == NULL)
    return FALSE;
  if (g_hash_table_contains (c->std_loaded, sf->pkg))
    return TRUE;
  g_hash_table_add (c->std_loaded, (gpointer) sf->pkg);

  source = ml_source_new (sf->path, sf->text, sf->len);
  g_ptr_array_add (c->prog->std_sources, source);

  /* The package gets a scope, imports, a body and diagnostics of its own; everything else
   * (the arena, the universe, the members of every package, the program) is shared. */
  saved = *c;
  ml_diag_sink_init (&c->sink);
  c->errpos = (MlPos) { 0, 0 };
  c->body = (MlCheckBody) { 0 };
  c->file = ml_parse_file (source, c->arena, &c->sink);
  g_ptr_array_add (c->prog->std_files, c->file);
  c->cur_pkg = sf->pkg;
  c->pkg = ml_scope_new (c->arena, c->universe);
  g_ptr_array_add (c->all_scopes, c->pkg);
  c->scope = c->pkg;
  c->imports = g_ptr_array_new ();
  first_func = c->prog->funcs->len;
  first_global = c->prog->globals->len;

  if (c->sink.n_errors == 0)
    ml_check_package_file (c);
  warn_std_errors (sf, &c->sink);
  ml_diag_sink_clear (&c->sink);

  /* A package this one imports was checked in the meantime and named its own. */
  for (guint i = first_func; i < c->prog->funcs->len; i++)
    {
      MlFunc *fn = g_ptr_array_index (c->prog->funcs, i);

      if (fn->pkg == NULL)
        fn->pkg = sf->pkg;
    }
  for (guint i = first_global; i < c->prog->globals->len; i++)
    {
      MlObject *o = g_ptr_array_index (c->prog->globals, i);

      if (o->pkg_path == NULL)
        o->pkg_path = sf->pkg;
    }
  g_ptr_array_unref (c->imports);

  c->sink = saved.sink;
  c->errpos = saved.errpos;
  c->body = saved.body;
  c->file = saved.file;
  c->cur_pkg = saved.cur_pkg;
  c->pkg = saved.pkg;
  c->scope = saved.scope;
  c->imports = saved.imports;
  return TRUE;
}
