/* ml-engine.c
 *
 * Copyright The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * MlEngine itself, on the main thread: the GObject and what the window reads from it, the
 * queue that commands go into, and the results that come back from the worker.  The worker's
 * side lives in ml-engine-worker.c and the files it dispatches to; the commands themselves in
 * ml-engine-commands.c.
 */

#define G_LOG_DOMAIN "memlab-engine"

#include "config.h"

#include "ml-engine-private.h"

/* MlEngine is the bridge between the window and the model.  One worker thread owns every
 * sim, lang and vm object; the main thread only ever pushes commands onto a queue and
 * receives immutable snapshots back through its main context.  Nothing on the main thread
 * waits for the worker, so a runaway program cannot freeze the window.
 *
 * The worker does not hold the GObject: it shares a small refcounted block (Shared) with it,
 * so that the engine can be disposed while a command runs.  Disposing cancels the running
 * command, queues a quit and joins the thread. */

G_DEFINE_FINAL_TYPE (MlEngine, ml_engine, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_SNAPSHOT,
  PROP_STEP,
  PROP_LAST_STEP,
  PROP_BUSY,
  PROP_PROGRESS,
  N_PROPS
};

enum {
  ERROR,
  FAULTED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

void
ml_engine_config_init (MlEngineConfig *config)
{
  g_return_if_fail (config != NULL);

  config->gogc = 100;
  config->gomaxprocs = 2;
  config->heap_minimum = 4 << 20;
  config->memory_limit = 0;
  config->write_barrier = TRUE;
  config->step_budget = 50000000;
  config->memory_budget = 0;
  config->time_budget = 0;
  /* Twice what history keeps of earlier steps: only a step that alone changes more memory
   * than that goes past it. */
  config->history_budget = G_GUINT64_CONSTANT (512) << 20;
}

/* --- The shared block and the command queue ---------------------------------------------- */

Shared *
_ml_engine_shared_ref (Shared *shared)
{
  g_atomic_ref_count_inc (&shared->ref_count);
  return shared;
}

void
_ml_engine_shared_unref (Shared *shared)
{
  HANDOFF_RELEASE (shared);
  if (g_atomic_ref_count_dec (&shared->ref_count))
    {
      HANDOFF_ACQUIRE (shared);
      g_async_queue_unref (shared->queue);
      g_main_context_unref (shared->context);
      g_weak_ref_clear (&shared->engine);
      g_free (shared);
    }
}

static gboolean
task_release_cb (gpointer data)
{
  HANDOFF_ACQUIRE (data);
  return G_SOURCE_REMOVE;
}

/* The task's source object is the engine.  If the worker dropped the last reference to the
 * task, it could drop the last reference to the engine with it, and the engine would then
 * finalize in the worker and try to join its own thread.  So the reference goes back to the
 * task's own context, where the caller lives. */
static void
task_release_in_context (GTask *task)
{
  GSource *source = g_idle_source_new ();

  g_source_set_priority (source, G_PRIORITY_DEFAULT);
  g_source_set_callback (source, task_release_cb, task, g_object_unref);
  g_source_set_static_name (source, "[memlab] engine task release");
  HANDOFF_RELEASE (task);
  g_source_attach (source, g_task_get_context (task));
  g_source_unref (source);
}

Command *
_ml_engine_command_new (CommandKind kind)
{
  Command *cmd = g_new0 (Command, 1);

  cmd->kind = kind;

  return cmd;
}

void
_ml_engine_command_free (gpointer data)
{
  Command *cmd = data;

  g_free (cmd->name);
  g_free (cmd->field);
  g_free (cmd->type_name);
  g_strfreev (cmd->values);
  g_free (cmd->source);
  g_clear_pointer (&cmd->lines, g_array_unref);
  if (cmd->task != NULL)
    task_release_in_context (g_steal_pointer (&cmd->task));
  g_free (cmd);
}

void
_ml_engine_push (MlEngine *self,
                 Command  *cmd)
{
  gboolean was_busy = ml_engine_get_busy (self);

  cmd->generation = ++self->issued;
  HANDOFF_RELEASE (cmd);
  g_async_queue_push (self->shared->queue, cmd);

  if (!was_busy)
    {
      self->progress = 0.0;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BUSY]);
    }
}

/* --- Results from the worker ------------------------------------------------------------- */

void
_ml_engine_program_info_clear (MlEngineProgramInfo *info)
{
  g_clear_pointer (&info->output, g_free);
  g_clear_pointer (&info->function, g_free);
  g_clear_pointer (&info->message, g_free);
  g_clear_pointer (&info->diagnostics, g_ptr_array_unref);
  g_clear_pointer (&info->failure, g_free);
}

void
_ml_engine_result_free (gpointer data)
{
  Result *result = data;

  HANDOFF_ACQUIRE (result);
  _ml_engine_program_info_clear (&result->program);
  g_clear_pointer (&result->snapshot, ml_snapshot_unref);
  g_clear_error (&result->error);
  _ml_engine_shared_unref (result->shared);
  g_free (result);
}

gboolean
_ml_engine_result_deliver_cb (gpointer data)
{
  Result *result = data;
  g_autoptr(MlEngine) self = NULL;

  HANDOFF_ACQUIRE (result);
  self = g_weak_ref_get (&result->shared->engine);

  if (self == NULL)
    return G_SOURCE_REMOVE;

  g_object_freeze_notify (G_OBJECT (self));

  if (!result->final)
    {
      /* A progress report of a long command. */
      if (result->progress != self->progress)
        {
          self->progress = result->progress;
          g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PROGRESS]);
        }
    }
  else
    {
      gboolean was_busy = self->published != self->issued;
      gboolean faulted;

      self->published = MAX (self->published, result->generation);

      if (result->error != NULL)
        g_signal_emit (self, signals[ERROR], 0, result->error);

      /* A result that a newer command will replace is not shown: stepping quickly
       * through many steps shows the last one rather than every one in between. */
      if (result->snapshot != NULL && result->generation == self->issued)
        {
          g_clear_pointer (&self->snapshot, ml_snapshot_unref);
          self->snapshot = ml_snapshot_ref (result->snapshot);
          g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SNAPSHOT]);
        }

      /* The program's side: what it printed, where it is, how it ended. */
      faulted = result->program.state == ML_ENGINE_PROGRAM_FAULTED &&
                self->program.state != ML_ENGINE_PROGRAM_FAULTED;
      _ml_engine_program_info_clear (&self->program);
      self->program = result->program;
      memset (&result->program, 0, sizeof result->program);
      /* The run is gone, so no snapshot comes with it: the window learns of it here. */
      if (faulted)
        g_signal_emit (self, signals[FAULTED], 0);

      if (self->step != result->step)
        {
          self->step = result->step;
          g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STEP]);
        }
      self->first_step = result->first_step;
      if (self->last_step != result->last_step)
        {
          self->last_step = result->last_step;
          g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LAST_STEP]);
        }

      if (was_busy && self->published == self->issued)
        {
          self->progress = 1.0;
          g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PROGRESS]);
          g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BUSY]);
        }
    }

  g_object_thaw_notify (G_OBJECT (self));

  return G_SOURCE_REMOVE;
}

/* --- The object -------------------------------------------------------------------------- */

static void
ml_engine_dispose (GObject *object)
{
  MlEngine *self = ML_ENGINE (object);

  if (self->thread != NULL)
    {
      Command *quit = _ml_engine_command_new (CMD_QUIT);

      /* Stop whatever runs, then ask the worker to quit after the queue drains. */
      g_atomic_int_set (&self->shared->cancel_generation, G_MAXUINT - 1);
      HANDOFF_RELEASE (quit);
      g_async_queue_push (self->shared->queue, quit);
      g_thread_join (g_steal_pointer (&self->thread));
    }

  g_clear_pointer (&self->snapshot, ml_snapshot_unref);
  _ml_engine_program_info_clear (&self->program);

  G_OBJECT_CLASS (ml_engine_parent_class)->dispose (object);
}

static void
ml_engine_finalize (GObject *object)
{
  MlEngine *self = ML_ENGINE (object);

  g_clear_pointer (&self->shared, _ml_engine_shared_unref);

  G_OBJECT_CLASS (ml_engine_parent_class)->finalize (object);
}

static void
ml_engine_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  MlEngine *self = ML_ENGINE (object);

  switch (prop_id)
    {
    case PROP_SNAPSHOT:
      g_value_set_boxed (value, self->snapshot);
      break;

    case PROP_STEP:
      g_value_set_uint64 (value, self->step);
      break;

    case PROP_LAST_STEP:
      g_value_set_uint64 (value, self->last_step);
      break;

    case PROP_BUSY:
      g_value_set_boolean (value, ml_engine_get_busy (self));
      break;

    case PROP_PROGRESS:
      g_value_set_double (value, self->progress);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ml_engine_class_init (MlEngineClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = ml_engine_dispose;
  object_class->finalize = ml_engine_finalize;
  object_class->get_property = ml_engine_get_property;

  properties[PROP_SNAPSHOT] =
    g_param_spec_boxed ("snapshot", NULL, NULL, ML_SNAPSHOT_TYPE,
                        (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  properties[PROP_STEP] =
    g_param_spec_uint64 ("step", NULL, NULL, 0, G_MAXUINT64, 0,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  properties[PROP_LAST_STEP] =
    g_param_spec_uint64 ("last-step", NULL, NULL, 0, G_MAXUINT64, 0,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  properties[PROP_BUSY] =
    g_param_spec_boolean ("busy", NULL, NULL, FALSE,
                          (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  properties[PROP_PROGRESS] =
    g_param_spec_double ("progress", NULL, NULL, 0.0, 1.0, 0.0,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * MlEngine::error:
   * @error: what went wrong, in the user's language
   *
   * A command could not be carried out.  The model is unchanged by it.
   */
  signals[ERROR] =
    g_signal_new ("error",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_ERROR);

  /**
   * MlEngine::faulted:
   *
   * MemLab failed in the run: a model check did not hold.  The run is dropped; the program's
   * info has the state %ML_ENGINE_PROGRAM_FAULTED and the report as its message.
   */
  signals[FAULTED] =
    g_signal_new ("faulted",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);
}

static void
ml_engine_init (MlEngine *self)
{
}

/**
 * ml_engine_new_for_context:
 * @context: (nullable): where results are delivered; %NULL for the thread-default context
 */
MlEngine *
ml_engine_new_for_context (GMainContext *context)
{
  MlEngine *self = g_object_new (ML_TYPE_ENGINE, NULL);
  MlEngineConfig config;

  self->shared = g_new0 (Shared, 1);
  g_atomic_ref_count_init (&self->shared->ref_count);
  self->shared->queue = g_async_queue_new_full (_ml_engine_command_free);
  self->shared->context = context != NULL ? g_main_context_ref (context)
                                          : g_main_context_ref_thread_default ();
  g_weak_ref_init (&self->shared->engine, self);

  self->thread = g_thread_new ("memlab-engine", _ml_engine_worker_thread,
                               _ml_engine_shared_ref (self->shared));

  ml_engine_config_init (&config);
  ml_engine_reset (self, &config);

  return self;
}

MlEngine *
ml_engine_new (void)
{
  return ml_engine_new_for_context (NULL);
}

/**
 * ml_engine_get_snapshot:
 *
 * Returns: (transfer none) (nullable): the latest picture of the model
 */
MlSnapshot *
ml_engine_get_snapshot (MlEngine *self)
{
  g_return_val_if_fail (ML_IS_ENGINE (self), NULL);

  return self->snapshot;
}

guint64
ml_engine_get_step (MlEngine *self)
{
  g_return_val_if_fail (ML_IS_ENGINE (self), 0);

  return self->step;
}

guint64
ml_engine_get_first_step (MlEngine *self)
{
  g_return_val_if_fail (ML_IS_ENGINE (self), 0);

  return self->first_step;
}

guint64
ml_engine_get_last_step (MlEngine *self)
{
  g_return_val_if_fail (ML_IS_ENGINE (self), 0);

  return self->last_step;
}

gboolean
ml_engine_get_busy (MlEngine *self)
{
  g_return_val_if_fail (ML_IS_ENGINE (self), FALSE);

  return self->published != self->issued;
}

double
ml_engine_get_progress (MlEngine *self)
{
  g_return_val_if_fail (ML_IS_ENGINE (self), 0.0);

  return self->progress;
}

/**
 * ml_engine_get_pending:
 *
 * Returns: how many commands have been given whose results have not arrived yet
 */
guint
ml_engine_get_pending (MlEngine *self)
{
  g_return_val_if_fail (ML_IS_ENGINE (self), 0);

  return self->issued - self->published;
}

/**
 * ml_engine_get_program_info:
 *
 * Returns: (transfer none): the loaded program's output, position and state, as of the
 *   latest result
 */
const MlEngineProgramInfo *
ml_engine_get_program_info (MlEngine *self)
{
  g_return_val_if_fail (ML_IS_ENGINE (self), NULL);

  return &self->program;
}

/**
 * ml_engine_wait_idle:
 *
 * Returns: %TRUE if every command was answered within @timeout_ms
 */
gboolean
ml_engine_wait_idle (MlEngine *self,
                     guint     timeout_ms)
{
  gint64 deadline;

  g_return_val_if_fail (ML_IS_ENGINE (self), FALSE);

  deadline = g_get_monotonic_time () + (gint64)timeout_ms * 1000;

  while (ml_engine_get_busy (self))
    {
      if (g_get_monotonic_time () > deadline)
        return FALSE;
      g_main_context_iteration (self->shared->context, FALSE);
      g_usleep (200);
    }

  return TRUE;
}

/**
 * ml_engine_program_info_get_process_stage:
 *
 * Returns: where the program is in its life, as the process picture draws it: on disk until
 *   its first statement runs, a process while it runs, and gone once it has ended
 */
MlProcessStage
ml_engine_program_info_get_process_stage (const MlEngineProgramInfo *info)
{
  g_return_val_if_fail (info != NULL, ML_PROCESS_RUNNING);

  switch (info->state)
    {
    case ML_ENGINE_PROGRAM_READY:
      return info->line == 0 ? ML_PROCESS_ON_DISK : ML_PROCESS_RUNNING;
    case ML_ENGINE_PROGRAM_EXITED:
    case ML_ENGINE_PROGRAM_PANICKED:
    case ML_ENGINE_PROGRAM_STOPPED:
      return ML_PROCESS_ENDED;
    case ML_ENGINE_PROGRAM_COMPILE_ERROR:
      return ML_PROCESS_ON_DISK;
    case ML_ENGINE_PROGRAM_NONE:
    case ML_ENGINE_PROGRAM_FAULTED:
    default:
      return ML_PROCESS_RUNNING;
    }
}
