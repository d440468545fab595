/* ml-engine-commands.c
 *
 * Copyright The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The engine's commands, as the main thread gives them: each one is put on the worker's
 * queue and returns at once, and its result arrives later as a new snapshot.  What the worker
 * does with each is in ml-engine-worker.c and the files it dispatches to.  The commands that
 * answer through a GTask, the export of every step and the timeline, are with their work in
 * ml-engine-history.c.
 */

#define G_LOG_DOMAIN "memlab-engine"

#include "config.h"

#include "ml-engine-private.h"

/* Queues a command that needs nothing but its kind. */
static void
push_plain (MlEngine    *self,
            CommandKind  kind)
{
  g_return_if_fail (ML_IS_ENGINE (self));

  _ml_engine_push (self, _ml_engine_command_new (kind));
}

void
ml_engine_reset (MlEngine             *self,
                 const MlEngineConfig *config)
{
  Command *cmd;

  g_return_if_fail (ML_IS_ENGINE (self));
  g_return_if_fail (config != NULL);

  /* Whatever the old model was doing no longer matters. */
  ml_engine_cancel (self);

  cmd = _ml_engine_command_new (CMD_RESET);
  cmd->config = *config;
  _ml_engine_push (self, cmd);
}

/**
 * ml_engine_load_program:
 * @filename: the name compile errors are reported under
 * @source: the Go source
 *
 * Compiles @source and loads it in a fresh model, ready to run from its first statement.
 * A program that does not compile leaves an empty model and says why in the program
 * information.
 */
void
ml_engine_load_program (MlEngine             *self,
                        const char           *filename,
                        const char           *source,
                        const MlEngineConfig *config)
{
  Command *cmd;

  g_return_if_fail (ML_IS_ENGINE (self));
  g_return_if_fail (filename != NULL);
  g_return_if_fail (source != NULL);
  g_return_if_fail (config != NULL);

  /* Whatever the old model was doing no longer matters. */
  ml_engine_cancel (self);

  cmd = _ml_engine_command_new (CMD_LOAD_PROGRAM);
  cmd->name = g_strdup (filename);
  cmd->source = g_strdup (source);
  cmd->config = *config;
  _ml_engine_push (self, cmd);
}

void
ml_engine_step_forward (MlEngine *self)
{
  push_plain (self, CMD_STEP_FORWARD);
}

void
ml_engine_step_back (MlEngine *self)
{
  push_plain (self, CMD_STEP_BACK);
}

void
ml_engine_seek (MlEngine *self,
                guint64   step)
{
  Command *cmd;

  g_return_if_fail (ML_IS_ENGINE (self));

  cmd = _ml_engine_command_new (CMD_SEEK);
  cmd->number = (gint64)MIN (step, (guint64)G_MAXINT64);
  _ml_engine_push (self, cmd);
}

void
ml_engine_run_to_end (MlEngine *self)
{
  push_plain (self, CMD_RUN_TO_END);
}

/**
 * ml_engine_run_to_breakpoint:
 * @lines: (array length=n_lines): the program's lines that have a breakpoint
 *
 * Runs like ml_engine_run_to_end(), but stops before the first statement on one of @lines,
 * once the program has left the line it was on.
 */
void
ml_engine_run_to_breakpoint (MlEngine    *self,
                             const guint *lines,
                             guint        n_lines)
{
  Command *cmd;

  g_return_if_fail (ML_IS_ENGINE (self));
  g_return_if_fail (lines != NULL || n_lines == 0);

  cmd = _ml_engine_command_new (CMD_RUN_TO_END);
  cmd->lines = g_array_new (FALSE, FALSE, sizeof (guint));
  g_array_append_vals (cmd->lines, lines, n_lines);
  _ml_engine_push (self, cmd);
}

/**
 * ml_engine_cancel:
 *
 * Stops the command that is running and drops those waiting.  The model keeps the state the
 * running command had reached, which is published as usual.
 */
void
ml_engine_cancel (MlEngine *self)
{
  g_return_if_fail (ML_IS_ENGINE (self));

  g_atomic_int_set (&self->shared->cancel_generation, self->issued);
}

void
ml_engine_gc_start (MlEngine *self)
{
  push_plain (self, CMD_GC_START);
}

void
ml_engine_gc_step (MlEngine *self)
{
  push_plain (self, CMD_GC_STEP);
}

void
ml_engine_gc_full (MlEngine *self)
{
  push_plain (self, CMD_GC_FULL);
}

void
ml_engine_set_write_barrier (MlEngine *self,
                             gboolean  enabled)
{
  Command *cmd;

  g_return_if_fail (ML_IS_ENGINE (self));

  cmd = _ml_engine_command_new (CMD_SET_WRITE_BARRIER);
  cmd->number = !!enabled;
  _ml_engine_push (self, cmd);
}

void
ml_engine_set_gogc (MlEngine *self,
                    gint      gogc)
{
  Command *cmd;

  g_return_if_fail (ML_IS_ENGINE (self));
  g_return_if_fail (gogc >= -1);

  cmd = _ml_engine_command_new (CMD_SET_GOGC);
  cmd->number = gogc;
  _ml_engine_push (self, cmd);
}

/**
 * ml_engine_sandbox_alloc_root:
 * @name: the variable's name
 * @type_name: the object's type, "main.Nodo", "main.Persona", "int", or "[]*main.Nodo" for a
 *   nil slice (a local only)
 * @global: a package variable rather than a local of main
 *
 * `name := new(T)`, or `var name = new(T)` at package level.
 */
void
ml_engine_sandbox_alloc_root (MlEngine   *self,
                              const char *name,
                              const char *type_name,
                              gboolean    global)
{
  ml_engine_sandbox_new_root (self, name, type_name, global, NULL);
}

/**
 * ml_engine_sandbox_new_root:
 * @values: (nullable) (array zero-terminated=1): "field=value" for the new object's fields
 *
 * `name := &T{field: value}`: as ml_engine_sandbox_alloc_root(), with the fields set.
 */
void
ml_engine_sandbox_new_root (MlEngine           *self,
                            const char         *name,
                            const char         *type_name,
                            gboolean            global,
                            const char * const *values)
{
  Command *cmd;

  g_return_if_fail (ML_IS_ENGINE (self));
  g_return_if_fail (name != NULL);
  g_return_if_fail (type_name != NULL);

  cmd = _ml_engine_command_new (CMD_SANDBOX_ALLOC_ROOT);
  cmd->name = g_strdup (name);
  cmd->type_name = g_strdup (type_name);
  cmd->number = !!global;
  cmd->values = g_strdupv ((char **)values);
  _ml_engine_push (self, cmd);
}

/**
 * ml_engine_sandbox_alloc_field:
 *
 * `object.field = new(T)`.
 */
void
ml_engine_sandbox_alloc_field (MlEngine   *self,
                               guint64     object,
                               const char *field,
                               const char *type_name)
{
  ml_engine_sandbox_new_field (self, object, field, type_name, NULL);
}

/**
 * ml_engine_sandbox_new_field:
 * @values: (nullable) (array zero-terminated=1): "field=value" for the new object's fields
 *
 * `object.field = &T{field: value}`.
 */
void
ml_engine_sandbox_new_field (MlEngine           *self,
                             guint64             object,
                             const char         *field,
                             const char         *type_name,
                             const char * const *values)
{
  Command *cmd;

  g_return_if_fail (ML_IS_ENGINE (self));
  g_return_if_fail (field != NULL);
  g_return_if_fail (type_name != NULL);

  cmd = _ml_engine_command_new (CMD_SANDBOX_ALLOC_FIELD);
  cmd->object = object;
  cmd->field = g_strdup (field);
  cmd->type_name = g_strdup (type_name);
  cmd->values = g_strdupv ((char **)values);
  _ml_engine_push (self, cmd);
}

/**
 * ml_engine_sandbox_set_value:
 * @object: the object
 * @field: a field of it that holds an int or a string
 * @value: the new value, as the user typed it (a number, or the text of the string)
 *
 * `object.field = value`.
 */
void
ml_engine_sandbox_set_value (MlEngine   *self,
                             guint64     object,
                             const char *field,
                             const char *value)
{
  Command *cmd;

  g_return_if_fail (ML_IS_ENGINE (self));
  g_return_if_fail (field != NULL);
  g_return_if_fail (value != NULL);

  cmd = _ml_engine_command_new (CMD_SANDBOX_SET_VALUE);
  cmd->object = object;
  cmd->field = g_strdup (field);
  cmd->name = g_strdup (value);
  _ml_engine_push (self, cmd);
}

/**
 * ml_engine_sandbox_append:
 * @slice: the name of a slice variable of the sandbox
 * @target: the object to append, or 0 for a new `&Nodo{...}` with @values
 * @values: (nullable) (array zero-terminated=1): "field=value" for the new object's fields
 *
 * `slice = append(slice, target)`, growing the array as Go's growslice does.
 */
void
ml_engine_sandbox_append (MlEngine           *self,
                          const char         *slice,
                          guint64             target,
                          const char * const *values)
{
  Command *cmd;

  g_return_if_fail (ML_IS_ENGINE (self));
  g_return_if_fail (slice != NULL);

  cmd = _ml_engine_command_new (CMD_SANDBOX_APPEND);
  cmd->name = g_strdup (slice);
  cmd->target = target;
  cmd->values = g_strdupv ((char **)values);
  _ml_engine_push (self, cmd);
}

/**
 * ml_engine_sandbox_link:
 * @target: the object to point at, or 0 for nil
 *
 * `object.field = target`, through the write barrier.
 */
void
ml_engine_sandbox_link (MlEngine   *self,
                        guint64     object,
                        const char *field,
                        guint64     target)
{
  Command *cmd;

  g_return_if_fail (ML_IS_ENGINE (self));
  g_return_if_fail (field != NULL);

  cmd = _ml_engine_command_new (CMD_SANDBOX_LINK);
  cmd->object = object;
  cmd->field = g_strdup (field);
  cmd->target = target;
  _ml_engine_push (self, cmd);
}

/**
 * ml_engine_sandbox_clear_root:
 *
 * `name = nil`.
 */
void
ml_engine_sandbox_clear_root (MlEngine   *self,
                              const char *name)
{
  Command *cmd;

  g_return_if_fail (ML_IS_ENGINE (self));
  g_return_if_fail (name != NULL);

  cmd = _ml_engine_command_new (CMD_SANDBOX_CLEAR_ROOT);
  cmd->name = g_strdup (name);
  _ml_engine_push (self, cmd);
}
