/* ml-program.c
 *
 * Copyright 2026 The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * MlProgram, the front end's result, and MlFunc, one function of it: creation, reference
 * counting and the lookups the compiler and the inspector use.  It is a file of its own
 * because the program outlives both the parser that creates it and the checker that fills it
 * in: everything in it (nodes, types, objects, scopes) lives until the last reference goes.
 */

#define G_LOG_DOMAIN "ml-program"

#include "config.h"

#include "ml-check-private.h"

/* Creates an empty program for @source; its syntax tree and functions are filled in by
 * ml_parse() and ml_check(). */
MlProgram *
ml_program_new (MlSource *source)
{
  MlProgram *prog = g_new0 (MlProgram, 1);

  g_atomic_ref_count_init (&prog->ref_count);
  prog->source = ml_source_ref (source);
  prog->arena = ml_arena_new ();
  prog->funcs = g_ptr_array_new_with_free_func ((GDestroyNotify) ml_func_free);
  prog->globals = g_ptr_array_new ();
  prog->init_order = g_ptr_array_new ();
  prog->func_by_node = g_hash_table_new (NULL, NULL);
  prog->std_files = g_ptr_array_new ();
  prog->std_sources = g_ptr_array_new_with_free_func ((GDestroyNotify) ml_source_unref);
  return prog;
}

MlFunc *
ml_func_new (MlNode     *node,
             const char *name)
{
  MlFunc *fn = g_new0 (MlFunc, 1);

  fn->node = node;
  fn->name = name;
  fn->params = g_ptr_array_new ();
  fn->results = g_ptr_array_new ();
  fn->locals = g_ptr_array_new ();
  fn->captures = g_ptr_array_new ();
  return fn;
}

void
ml_func_free (MlFunc *fn)
{
  if (fn == NULL)
    return;
  g_ptr_array_unref (fn->params);
  g_ptr_array_unref (fn->results);
  g_ptr_array_unref (fn->locals);
  g_ptr_array_unref (fn->captures);
  g_clear_pointer (&fn->defer_args, g_array_unref);
  g_free (fn);
}

static void
program_free (MlProgram *self)
{
  g_clear_pointer (&self->funcs, g_ptr_array_unref);
  g_clear_pointer (&self->globals, g_ptr_array_unref);
  g_clear_pointer (&self->init_order, g_ptr_array_unref);
  g_clear_pointer (&self->func_by_node, g_hash_table_unref);
  g_clear_pointer (&self->std_files, g_ptr_array_unref);
  g_clear_pointer (&self->std_sources, g_ptr_array_unref);
  if (self->package_scope != NULL)
    g_ptr_array_unref (self->package_scope);
  ml_arena_free (self->arena);
  ml_source_unref (self->source);
  g_free (self);
}

MlProgram *
ml_program_ref (MlProgram *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  g_atomic_ref_count_inc (&self->ref_count);
  return self;
}

void
ml_program_unref (MlProgram *self)
{
  g_return_if_fail (self != NULL);

  if (g_atomic_ref_count_dec (&self->ref_count))
    program_free (self);
}

/**
 * ml_program_lookup_func:
 * @self: a #MlProgram
 * @node: a FUNC_DECL or FUNC_LIT node
 *
 * Returns: (nullable) (transfer none): the function of @node
 */
MlFunc *
ml_program_lookup_func (MlProgram *self,
                        MlNode    *node)
{
  g_return_val_if_fail (self != NULL, NULL);

  return g_hash_table_lookup (self->func_by_node, node);
}

/**
 * ml_program_lookup_type:
 * @self: a checked #MlProgram
 * @name: the name of a package-level type
 *
 * Returns: (nullable) (transfer none): the type, with its layout computed
 */
MlType *
ml_program_lookup_type (MlProgram  *self,
                        const char *name)
{
  GPtrArray *scopes;
  MlObject *o = NULL;

  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (name != NULL, NULL);

  scopes = self->package_scope;
  if (scopes == NULL || scopes->len < 2)
    return NULL;
  o = ml_scope_lookup (g_ptr_array_index (scopes, 1), name, FALSE);
  if (o == NULL || o->kind != ML_OBJ_TYPE)
    return NULL;
  ml_type_layout (o->type);
  return o->type;
}
