/* ml-check.c
 *
 * Copyright 2026 The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The type checker's entry point and driver (types2's check.go and resolver.go): ml_check()
 * sets up the universe and the package scope, then runs the passes over a package main file
 * (imports, type names, package variables and constants, function signatures, then values and
 * bodies in source order) or over a notebook (each top-level item where it stands), and
 * reports what is only known at the end: unused imports, missing function bodies, a missing
 * main.
 *
 * The checker follows types2, the checker behind "go build", closely enough that the common
 * mistakes of a student produce the same message at the same position: operands are described
 * as types2 does ("i (variable of type int)", "300 (untyped int constant)"), errors are
 * reported at the leftmost position of the offending expression, and unused variables are
 * reported per function.  Constructs outside MemLab's subset are reported with a message of
 * our own that names the construct.  Its files share ml-check-private.h.
 */

#define G_LOG_DOMAIN "ml-check"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "ml-check-private.h"
#include "ml-parser-private.h"

/* gc reports a missing body only once the package type-checks. */
static void
report_missing_bodies (MlChecker *c)
{
  MlFile *file = c->file;

  if (c->sink.n_errors > 0)
    return;
  for (guint i = 0; i < file->decls.n; i++)
    {
      MlNode *d = file->decls.items[i];

      if (d->kind == ML_NODE_FUNC_DECL && d->z == NULL)
        ml_check_error_at (c, d->pos2, "missing function body");
    }
}

/* The name an import declares by default: the last element of its path ("utf8"). */
static const char *
default_import_name (const char *path)
{
  const char *slash = strrchr (path, '/');

  return slash != NULL ? slash + 1 : path;
}

static void
declare_imports (MlChecker *c,
                 MlFile    *file)
{
  for (guint i = 0; i < file->imports.n; i++)
    {
      MlNode *spec = file->imports.items[i];
      const char *path = spec->str;
      const char *name = spec->name ? spec->name : default_import_name (path);
      MlObject *o;

      if (spec->name != NULL && (strcmp (spec->name, ".") == 0 || strcmp (spec->name, "_") == 0))
        {
          ml_check_unsupported_at (c, spec->pos, _("dot and blank imports are not supported yet"));
          continue;
        }
      /* fmt is built in, with the types of its errors in Go source.  A package MemLab
       * does not bundle is reported at its import once it is used (report_unused_imports). */
      ml_check_import_std (c, path);
      o = ml_check_new_object (c, ML_OBJ_PKG, name, spec->pos2, NULL);
      o->pkg_path = ml_arena_strdup (c->arena, path);
      o->decl = spec;
      if (ml_scope_lookup (c->pkg, o->name, FALSE) != NULL)
        {
          ml_check_error_at (c, spec->pos2, "%s redeclared in this block", o->name);
          continue;
        }
      ml_scope_insert (c->pkg, o);
      g_ptr_array_add (c->imports, o);
    }
}

/* gc's unused imports, soft errors as unused variables are.  A package MemLab does not have
 * is named once, at its import, when the program uses it (its members were silently
 * invalid); unused, it is only what Go says. */
static void
report_unused_imports (MlChecker *c)
{
  for (guint i = 0; i < c->imports->len; i++)
    {
      MlObject *o = g_ptr_array_index (c->imports, i);
      gboolean available = ml_check_is_known_package (c, o->pkg_path);

      if ((o->flags & ML_OBJ_FLAG_USED) && !available && o->decl != NULL)
        ml_check_unsupported_at (c, o->decl->pos2, _("package %s is not available in MemLab"), o->pkg_path);
      else if (!(o->flags & ML_OBJ_FLAG_USED) && o->decl != NULL)
        {
          if (o->decl->name != NULL)
            ml_diag_sink_addf (&c->sink, ML_DIAGNOSTIC_SOFT, o->decl->pos2, "\"%s\" imported as %s and not used",
                               o->pkg_path, o->name);
          else
            ml_diag_sink_addf (&c->sink, ML_DIAGNOSTIC_SOFT, o->decl->pos2, "\"%s\" imported and not used",
                               o->pkg_path);
        }
    }
}

/* The specs of the file's declarations that start with @keyword or @other (IMPORT, CONST,
 * TYPE or VAR), in source order. */
static GPtrArray *
collect_specs (MlFile  *file,
               MlToken  keyword,
               MlToken  other)
{
  GPtrArray *specs = g_ptr_array_new ();

  for (guint i = 0; i < file->decls.n; i++)
    {
      MlNode *d = file->decls.items[i];

      if (d->kind == ML_NODE_GEN_DECL && (d->op == keyword || d->op == other))
        for (guint j = 0; j < d->list.n; j++)
          g_ptr_array_add (specs, d->list.items[j]);
    }
  return specs;
}

/* Pass 1: the package's type names first, so that types may refer to each other (aliases
 * are declared when their spec is checked). */
static void
declare_type_names (MlChecker *c,
                    GPtrArray *type_specs)
{
  for (guint i = 0; i < type_specs->len; i++)
    {
      MlNode *spec = g_ptr_array_index (type_specs, i);
      MlType *named;
      MlObject *o;

      if (spec->flags & ML_NODE_FLAG_ALIAS)
        continue;
      named = ml_check_new_type (c, ML_TYPE_NAMED, spec->name);
      o = ml_check_new_object (c, ML_OBJ_TYPE, spec->name, spec->pos2, named);
      named->obj = o;
      o->decl = spec;
      spec->obj = o;
      ml_check_declare (c, o);
    }
  for (guint i = 0; i < type_specs->len; i++)
    {
      MlNode *spec = g_ptr_array_index (type_specs, i);

      ml_check_type_spec (c, spec, spec->obj);
    }
  ml_check_complete_interfaces (c);
}

/* Pass 2: package-level variables and constants are declared without a type; each is
 * checked on its first use, or in pass 4. */
static void
declare_package_values (MlChecker *c,
                        GPtrArray *value_specs)
{
  for (guint i = 0; i < value_specs->len; i++)
    {
      MlNode *spec = g_ptr_array_index (value_specs, i);

      for (guint k = 0; k < spec->list.n; k++)
        {
          MlNode *name = spec->list.items[k];
          MlObject *o = ml_check_new_object (c, spec->op == ML_TOK_VAR ? ML_OBJ_VAR : ML_OBJ_CONST,
                                             name->name, name->pos, NULL);

          o->decl = spec;
          o->flags |= ML_OBJ_FLAG_GLOBAL | ML_OBJ_FLAG_USED;
          name->obj = o;
          if (spec->op == ML_TOK_VAR && strcmp (o->name, "_") != 0)
            g_ptr_array_add (c->prog->globals, o);
          ml_check_declare (c, o);
        }
    }
}

/* A package file (the program's, or one of the standard library's): its declarations may be
 * used before they appear. */
void
ml_check_package_file (MlChecker *c)
{
  MlFile *file = c->file;
  g_autoptr(GPtrArray) type_specs = collect_specs (file, ML_TOK_TYPE, ML_TOK_TYPE);
  g_autoptr(GPtrArray) value_specs = collect_specs (file, ML_TOK_VAR, ML_TOK_CONST);

  declare_imports (c, file);
  declare_type_names (c, type_specs);
  declare_package_values (c, value_specs);

  /* Pass 3: function signatures. */
  for (guint i = 0; i < file->decls.n; i++)
    if (file->decls.items[i]->kind == ML_NODE_FUNC_DECL)
      ml_check_declare_func (c, file->decls.items[i]);

  /* Pass 4: values, then bodies, in source order. */
  for (guint i = 0; i < value_specs->len; i++)
    {
      MlNode *spec = g_ptr_array_index (value_specs, i);

      for (guint k = 0; k < spec->list.n; k++)
        if (spec->list.items[k]->obj != NULL)
          ml_check_global (c, spec->list.items[k]->obj);
    }
  for (guint i = 0; i < file->decls.n; i++)
    if (file->decls.items[i]->kind == ML_NODE_FUNC_DECL)
      ml_check_func_decl (c, file->decls.items[i]);

  if (c->prog->main_func == NULL && g_strcmp0 (file->package_name, "main") == 0)
    ml_check_error_at (c, file->package_pos, "function main is undeclared in the main package");
  ml_check_init_order (c);
  report_unused_imports (c);
  report_missing_bodies (c);
}

/* A notebook runs its top-level items in order: declarations are checked
 * where they stand, statements belong to a synthetic main, and the
 * variables they declare at top level are package variables. */
static void
check_notebook (MlChecker *c)
{
  static const char * const implicit_pkgs[] = { "fmt", "runtime", "unsafe" };
  MlFile *file = c->file;
  MlFunc *main_fn;
  g_autoptr(GPtrArray) vars = g_ptr_array_new ();

  declare_imports (c, file);
  /* The lecture's cells use fmt without importing it, as gophernotes allows. */
  for (guint i = 0; i < G_N_ELEMENTS (implicit_pkgs); i++)
    {
      MlObject *o;

      if (ml_scope_lookup (c->pkg, implicit_pkgs[i], FALSE) != NULL)
        continue;
      ml_check_import_std (c, implicit_pkgs[i]);
      o = ml_check_new_object (c, ML_OBJ_PKG, implicit_pkgs[i], (MlPos) { 0, 0 }, NULL);
      o->pkg_path = o->name;
      ml_scope_insert (c->pkg, o);
    }

  main_fn = ml_func_new (NULL, "main");
  main_fn->synthetic = TRUE;
  main_fn->node = ml_node_new (c->arena, ML_NODE_FUNC_LIT, (MlPos) { 1, 1 });
  main_fn->signature = ml_check_new_func_type (c, 0, NULL, 0, NULL, FALSE);
  g_hash_table_insert (c->prog->func_by_node, main_fn->node, main_fn);

  for (guint i = 0; i < file->decls.n; i++)
    {
      MlNode *d = file->decls.items[i];

      if (d->kind == ML_NODE_FUNC_DECL)
        {
          /* A notebook may still define main; it is then what runs. */
          ml_check_declare_func (c, d);
          ml_check_func_decl (c, d);
        }
      else if (d->kind == ML_NODE_GEN_DECL)
        {
          c->body.fn = main_fn;
          ml_check_gen_decl (c, d);
          c->body.fn = NULL;
        }
      else
        {
          c->body.fn = main_fn;
          c->body.vars = vars;
          if (d->kind == ML_NODE_RETURN_STMT)
            ml_check_error_at (c, d->pos, "return statement outside function body");
          else
            ml_check_stmt (c, d);
          c->body.fn = NULL;
          c->body.vars = NULL;
        }
    }
  ml_check_report_unused (c, vars);
  report_unused_imports (c);
  report_missing_bodies (c);
  g_ptr_array_add (c->prog->funcs, main_fn);
  if (c->prog->main_func == NULL)
    c->prog->main_func = main_fn;
}

/**
 * ml_check:
 * @program: a program from ml_parse() without syntax errors
 * @diagnostics: (out) (transfer full) (element-type MlDiagnostic): type
 *   errors, sorted as go build prints them
 *
 * Type-checks @program, annotating its syntax tree.
 *
 * Returns: %TRUE if there are no errors (soft ones included)
 */
gboolean
ml_check (MlProgram  *program,
          GPtrArray **diagnostics)
{
  MlChecker checker = { 0 };
  MlChecker *c = &checker;
  gboolean ok;

  g_return_val_if_fail (program != NULL, FALSE);
  g_return_val_if_fail (diagnostics != NULL, FALSE);
  g_return_val_if_fail (!program->checked, FALSE);

  program->checked = TRUE;
  c->prog = program;
  c->arena = program->arena;
  c->all_scopes = g_ptr_array_new_with_free_func ((GDestroyNotify) ml_scope_release);
  c->imports = g_ptr_array_new ();
  c->pkg_members = g_hash_table_new (g_str_hash, g_str_equal);
  c->pending_ifaces = g_ptr_array_new ();
  c->arrays = g_array_new (FALSE, FALSE, sizeof (MlCheckArray));
  /* PendingTemp (ml-check-autotmp.c): three pointers. */
  c->autotmps = g_array_new (FALSE, FALSE, sizeof (gpointer) * 3);
  c->file = program->file;
  c->std_loaded = g_hash_table_new (g_str_hash, g_str_equal);
  ml_diag_sink_init (&c->sink);

  ml_check_setup_universe (c);
  c->pkg = ml_scope_new (c->arena, c->universe);
  g_ptr_array_add (c->all_scopes, c->pkg);
  c->scope = c->pkg;

  if (program->notebook)
    check_notebook (c);
  else
    ml_check_package_file (c);

  ml_check_array_sizes (c);
  *diagnostics = ml_diag_sink_finish (&c->sink);
  ok = (*diagnostics)->len == 0;
  ml_diag_sink_clear (&c->sink);
  /* Scopes stay alive with the program: the VM and the inspector resolve
   * names through them. */
  program->package_scope = c->all_scopes;
  g_ptr_array_unref (c->imports);
  g_hash_table_unref (c->pkg_members);
  g_hash_table_unref (c->std_loaded);
  g_ptr_array_unref (c->pending_ifaces);
  g_array_unref (c->arrays);
  g_array_unref (c->autotmps);
  return ok;
}
