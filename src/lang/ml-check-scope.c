/* ml-check-scope.c
 *
 * Copyright 2026 The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Scopes and the objects declared in them (types2's scope.go and object.go): creating an
 * object, declaring it in the current scope with types2's "redeclared in this block", opening
 * and closing block scopes, and finding the members of the packages MemLab knows.  Every
 * other file of the checker declares through these, so the rules live in one place.
 */

#define G_LOG_DOMAIN "ml-check"

#include "config.h"

#include <string.h>

#include "ml-check-private.h"

/* Scopes live in the program's arena, like the objects declared in them.  The program keeps
 * every scope (the VM and the inspector resolve names through them) and releases their
 * tables with ml_scope_release(). */
MlScope *
ml_scope_new (MlArena *arena,
              MlScope *parent)
{
  MlScope *s = ml_arena_new0 (arena, MlScope);

  s->parent = parent;
  s->names = g_hash_table_new (g_str_hash, g_str_equal);
  return s;
}

void
ml_scope_release (MlScope *scope)
{
  g_hash_table_unref (scope->names);
}

MlObject *
ml_scope_lookup (MlScope    *scope,
                 const char *name,
                 gboolean    recursive)
{
  for (; scope != NULL; scope = recursive ? scope->parent : NULL)
    {
      MlObject *o = g_hash_table_lookup (scope->names, name);

      if (o != NULL)
        return o;
    }
  return NULL;
}

/* Adds @obj to @scope without any check (the universe, imports). */
void
ml_scope_insert (MlScope  *scope,
                 MlObject *obj)
{
  g_hash_table_insert (scope->names, (gpointer) obj->name, obj);
}

/* Opens a block scope inside the current one; it stays alive with the program, which
 * resolves names through it later. */
MlScope *
ml_check_push_scope (MlChecker *c)
{
  MlScope *s = ml_scope_new (c->arena, c->scope);

  g_ptr_array_add (c->all_scopes, s);
  c->scope = s;
  return s;
}

void
ml_check_pop_scope (MlChecker *c)
{
  c->scope = c->scope->parent;
}

MlObject *
ml_check_new_object (MlChecker    *c,
                     MlObjectKind  kind,
                     const char   *name,
                     MlPos         pos,
                     MlType       *type)
{
  MlObject *o = ml_arena_new0 (c->arena, MlObject);

  o->kind = kind;
  o->name = ml_arena_strdup (c->arena, name);
  o->pos = pos;
  o->type = type;
  o->index = -1;
  o->pkg_path = c->cur_pkg;
  return o;
}

/* Declares obj in the current scope; returns FALSE if the name is taken.
 * "\x01" in a message stands for the file name (see ml_diagnostics_format). */
gboolean
ml_check_declare (MlChecker *c,
                  MlObject  *obj)
{
  MlObject *prev;

  if (strcmp (obj->name, "_") == 0)
    return TRUE;
  prev = ml_scope_lookup (c->scope, obj->name, FALSE);
  if (prev != NULL)
    {
      if (prev->pos.line != 0)
        ml_check_error_at (c, obj->pos, "%s redeclared in this block\n\t\x01:%u:%u: other declaration of %s",
                           obj->name, prev->pos.line, prev->pos.col, obj->name);
      else
        ml_check_error_at (c, obj->pos, "%s redeclared in this block", obj->name);
      return FALSE;
    }
  ml_scope_insert (c->scope, obj);
  /* What a standard library package exports is what the program can name as pkg.Name. */
  if (c->cur_pkg != NULL && c->scope == c->pkg && g_ascii_isupper (obj->name[0]))
    {
      g_autofree char *key = g_strdup_printf ("%s.%s", c->cur_pkg, obj->name);

      g_hash_table_insert (c->pkg_members, (gpointer) ml_arena_strdup (c->arena, key), obj);
    }
  return TRUE;
}

/* Declares a variable of the current function (or a global). */
MlObject *
ml_check_declare_var (MlChecker *c,
                      MlNode    *ident,
                      MlType    *type)
{
  MlObject *o = ml_check_new_object (c, ML_OBJ_VAR, ident->name, ident->pos, type);

  ident->obj = o;
  if (c->scope == c->pkg)
    {
      o->flags |= ML_OBJ_FLAG_GLOBAL;
      if (strcmp (o->name, "_") != 0)
        g_ptr_array_add (c->prog->globals, o);
    }
  else if (c->body.fn != NULL)
    {
      o->func = c->body.fn->node;
      g_ptr_array_add (c->body.fn->locals, o);
    }
  /* A variable that could not be declared is not reported as unused. */
  if (ml_check_declare (c, o) && c->body.vars != NULL && c->scope != c->pkg)
    g_ptr_array_add (c->body.vars, o);
  return o;
}

/* The member @name of the imported package @pkg ("fmt.Println"), or %NULL if MemLab does not
 * know it. */
MlObject *
ml_check_lookup_member (MlChecker  *c,
                        MlObject   *pkg,
                        const char *name)
{
  g_autofree char *key = g_strdup_printf ("%s.%s", pkg->pkg_path, name);

  if (!ml_check_is_known_package (c, pkg->pkg_path))
    return NULL;
  return g_hash_table_lookup (c->pkg_members, key);
}
