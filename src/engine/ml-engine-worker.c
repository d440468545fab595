/* ml-engine-worker.c
 *
 * Copyright The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The engine's worker thread, which owns the model: its loop over the command queue, the
 * dispatch of each command to the code that carries it out (ml-engine-run.c for the
 * program, ml-engine-sandbox.c for the sandbox's clicks, ml-engine-history.c for work over
 * the recorded history), and the results it publishes back to the main context.
 */

#define G_LOG_DOMAIN "memlab-engine"

#include "config.h"

#include <glib/gi18n.h>

#include "ml-engine-private.h"

/* Sends the main thread where the model stands: a final result after a command, with a
 * snapshot and the program's side, or a progress report during a long one.  Takes @error. */
void
_ml_engine_worker_publish (Worker   *worker,
                           guint     generation,
                           gboolean  final,
                           double    progress,
                           GError   *error)
{
  Result *result = g_new0 (Result, 1);

  result->shared = _ml_engine_shared_ref (worker->shared);
  result->generation = generation;
  result->final = final;
  result->progress = progress;
  result->error = error;

  if (worker->runtime != NULL)
    {
      result->step = ml_runtime_get_step (worker->runtime);
      result->first_step = ml_runtime_get_first_step (worker->runtime);
      result->last_step = ml_runtime_get_last_step (worker->runtime);

      /* A snapshot costs time proportional to the heap; when more commands are already
       * waiting, their result will replace this one, so none is taken. */
      if (final && g_async_queue_length (worker->shared->queue) == 0)
        {
          result->snapshot = ml_runtime_snapshot (worker->runtime, ML_SNAPSHOT_ALL);
          result->snapshot->object_paths = worker->vm == NULL;
        }
    }

  if (final)
    _ml_engine_worker_program_info (worker, &result->program);

  /* An idle source attached to the main context, rather than g_main_context_invoke():
   * invoke runs the function right here, in the worker, whenever the worker can acquire a
   * context nobody is iterating at that moment, and the main thread would then be racing
   * it. */
  {
    GSource *source = g_idle_source_new ();

    g_source_set_priority (source, G_PRIORITY_DEFAULT);
    g_source_set_callback (source, _ml_engine_result_deliver_cb, result, _ml_engine_result_free);
    g_source_set_static_name (source, "[memlab] engine result");
    HANDOFF_RELEASE (result);
    g_source_attach (source, worker->shared->context);
    g_source_unref (source);
  }
}

/* Whether the command of @generation, or a newer one, was cancelled: long work looks every
 * CHECK_EVERY steps and stops. */
gboolean
_ml_engine_worker_cancelled (Worker *worker,
                             guint   generation)
{
  return g_atomic_int_get (&worker->shared->cancel_generation) >= generation;
}

/* A fresh model with the settings of @config, recording its history. */
MlRuntime *
_ml_engine_worker_new_runtime (const MlEngineConfig *config)
{
  MlRuntime *runtime = ml_runtime_new ();

  ml_runtime_set_gogc (runtime, config->gogc);
  ml_runtime_set_gomaxprocs (runtime, config->gomaxprocs);
  ml_runtime_set_heap_minimum (runtime, config->heap_minimum);
  ml_runtime_set_memory_limit (runtime, config->memory_limit > 0 ? config->memory_limit : G_MAXINT64);
  ml_runtime_set_write_barrier (runtime, config->write_barrier);
  ml_runtime_set_checker (runtime, TRUE);
  ml_runtime_set_history_enabled (runtime, TRUE);

  return runtime;
}

/* Carries out one command, under the guard of ml-engine-fault.c. */
static void
execute_command (Worker   *worker,
                 Command  *cmd,
                 GError  **error)
{
  MlRuntime *rt = worker->runtime;

  if (rt == NULL && cmd->kind != CMD_RESET && cmd->kind != CMD_LOAD_PROGRAM)
    {
      ml_engine_config_init (&cmd->config);
      worker->runtime = rt = _ml_engine_worker_new_runtime (&cmd->config);
    }

  switch (cmd->kind)
    {
    case CMD_RESET:
      _ml_engine_worker_unload (worker);
      g_clear_object (&worker->runtime);
      worker->runtime = rt = _ml_engine_worker_new_runtime (&cmd->config);
      g_ptr_array_set_size (worker->sandbox_names, 0);
      g_ptr_array_set_size (worker->sandbox_types, 0);
      g_hash_table_remove_all (worker->sandbox_slices);
      g_array_set_size (worker->sandbox_layouts, 0);
      worker->step_budget = cmd->config.step_budget;
      break;

    case CMD_STEP_FORWARD:
      _ml_engine_worker_step_forward (worker);
      break;

    case CMD_STEP_BACK:
      if (ml_runtime_get_step (rt) > ml_runtime_get_first_step (rt))
        ml_runtime_seek (rt, ml_runtime_get_step (rt) - 1);
      break;

    case CMD_SEEK:
      {
        guint64 target = CLAMP ((guint64)cmd->number, ml_runtime_get_first_step (rt),
                                ml_runtime_get_last_step (rt));

        ml_runtime_seek (rt, target);
      }
      break;

    case CMD_RUN_TO_END:
      _ml_engine_worker_run_to_end (worker, cmd);
      break;

    case CMD_LOAD_PROGRAM:
      _ml_engine_worker_load_program (worker, cmd);
      break;

    case CMD_GC_START:
      if (ml_runtime_get_phase (rt) == ML_GC_OFF)
        {
          ml_runtime_gc_start (rt);
          ml_runtime_end_step (rt);
        }
      break;

    case CMD_GC_STEP:
      if (ml_runtime_get_phase (rt) == ML_GC_OFF)
        ml_runtime_gc_start (rt);
      else
        ml_runtime_gc_unit (rt);
      ml_runtime_end_step (rt);
      break;

    case CMD_GC_FULL:
      /* runtime.GC(): finish the cycle in progress, run a whole new one, sweep it all. */
      _ml_engine_worker_finish_cycle (worker, cmd->generation);
      ml_runtime_gc_collect (rt);
      ml_runtime_end_step (rt);
      _ml_engine_worker_finish_cycle (worker, cmd->generation);
      break;

    case CMD_SET_WRITE_BARRIER:
      ml_runtime_set_write_barrier (rt, cmd->number != 0);
      ml_runtime_end_step (rt);
      break;

    case CMD_SET_GOGC:
      ml_runtime_set_gogc (rt, (gint)cmd->number);
      ml_runtime_end_step (rt);
      break;

    case CMD_SANDBOX_ALLOC_ROOT:
    case CMD_SANDBOX_ALLOC_FIELD:
    case CMD_SANDBOX_LINK:
    case CMD_SANDBOX_CLEAR_ROOT:
    case CMD_SANDBOX_SET_VALUE:
    case CMD_SANDBOX_APPEND:
      _ml_engine_worker_sandbox (worker, cmd, error);
      break;

    case CMD_EXPORT_STEPS:
      _ml_engine_worker_export_steps (worker, cmd);
      break;

    case CMD_TIMELINE:
      _ml_engine_worker_timeline (worker, cmd);
      break;

    case CMD_QUIT:
    default:
      g_assert_not_reached ();
    }
}

/* Carries out one command, then publishes where the model stands. */
static void
worker_execute (Worker  *worker,
                Command *cmd)
{
  g_autoptr(GError) error = NULL;

  _ml_engine_worker_execute_guarded (worker, cmd, execute_command, &error);
  _ml_engine_worker_publish (worker, cmd->generation, TRUE, 1.0, g_steal_pointer (&error));
}

/* The thread: it takes commands off the queue, in order, until it is asked to quit. */
gpointer
_ml_engine_worker_thread (gpointer data)
{
  Worker worker = { .shared = data };

  worker.sandbox_names = g_ptr_array_new_with_free_func (g_free);
  worker.sandbox_types = g_ptr_array_new ();
  worker.sandbox_slices = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  worker.sandbox_layouts = g_array_new (FALSE, TRUE, sizeof (guint));

  for (;;)
    {
      Command *cmd = g_async_queue_pop (worker.shared->queue);

      HANDOFF_ACQUIRE (cmd);
      if (cmd->kind == CMD_QUIT)
        {
          _ml_engine_command_free (cmd);
          break;
        }

      /* A cancelled command that has not started yet is skipped, but still answered, so
       * the window's count of outstanding commands comes back to zero. */
      if (_ml_engine_worker_cancelled (&worker, cmd->generation) && cmd->kind != CMD_RESET &&
          cmd->kind != CMD_LOAD_PROGRAM)
        {
          if (cmd->task != NULL)
            {
              HANDOFF_RELEASE (cmd->task);
              g_task_return_new_error (cmd->task, G_IO_ERROR, G_IO_ERROR_CANCELLED,
                                       _("The export was cancelled"));
            }
          _ml_engine_worker_publish (&worker, cmd->generation, TRUE, 1.0, NULL);
        }
      else
        worker_execute (&worker, cmd);

      _ml_engine_command_free (cmd);
    }

  _ml_engine_worker_unload (&worker);
  g_clear_object (&worker.runtime);
  g_ptr_array_unref (worker.sandbox_names);
  g_ptr_array_unref (worker.sandbox_types);
  g_hash_table_unref (worker.sandbox_slices);
  g_array_unref (worker.sandbox_layouts);
  _ml_engine_shared_unref (worker.shared);

  return NULL;
}
