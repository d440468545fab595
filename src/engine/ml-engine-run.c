/* ml-engine-run.c
 *
 * Copyright The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The program in the worker, and moving through a run: compiling and loading a program,
 * reading where it stands (its state, output and position), stepping forward, running to
 * the end or to a breakpoint, and finishing a collector cycle.  Stepping back and seeking
 * are the runtime's history, a line each in ml-engine-worker.c.
 */

#define G_LOG_DOMAIN "memlab-engine"

#include "config.h"

#include "ml-engine-compile-private.h"
#include "ml-engine-private.h"

/* The state of the program at the runtime's current step.  After stepping back, the VM
 * itself is back too (history covers it), so this is read from it every time. */
static MlEngineProgramState
worker_program_state (Worker *worker)
{
  if (worker->vm == NULL)
    return worker->state;

  if (!ml_vm_is_finished (worker->vm))
    return ML_ENGINE_PROGRAM_READY;
  if (ml_vm_get_panic_message (worker->vm) != NULL)
    return ML_ENGINE_PROGRAM_PANICKED;
  if (ml_vm_get_limit_message (worker->vm) != NULL)
    return ML_ENGINE_PROGRAM_STOPPED;

  return ML_ENGINE_PROGRAM_EXITED;
}

void
_ml_engine_worker_program_info (Worker              *worker,
                                MlEngineProgramInfo *info)
{
  info->state = worker_program_state (worker);
  if (info->state == ML_ENGINE_PROGRAM_FAULTED)
    {
      info->output = g_strdup (worker->fault.output);
      info->function = g_strdup (worker->fault.function);
      info->line = worker->fault.line;
      info->message = g_strdup (worker->fault.message);
      info->failure = g_strdup (worker->fault.failure);
      info->fault_step = worker->fault.fault_step;
      return;
    }

  if (worker->diagnostics != NULL)
    info->diagnostics = g_ptr_array_ref (worker->diagnostics);

  if (worker->vm != NULL)
    {
      const char *function = NULL;
      gsize len = 0;
      const char *output = ml_vm_get_output (worker->vm, &len);

      info->output = g_strndup (output, len);
      ml_vm_get_position (worker->vm, &function, &info->line, &info->column);
      info->function = g_strdup (function);
      if (info->state == ML_ENGINE_PROGRAM_PANICKED)
        info->message = g_strdup (ml_vm_get_panic_message (worker->vm));
      else if (info->state == ML_ENGINE_PROGRAM_STOPPED)
        {
          info->message = g_strdup (ml_vm_get_limit_message (worker->vm));
          info->limit = ml_vm_get_limit (worker->vm);
        }
    }
  else if (worker->compile_report != NULL)
    info->message = g_strdup (worker->compile_report);
}

/* Forgets the program, if any. */
void
_ml_engine_worker_unload (Worker *worker)
{
  g_clear_pointer (&worker->vm, ml_vm_free);
  g_clear_pointer (&worker->compile_report, g_free);
  g_clear_pointer (&worker->diagnostics, g_ptr_array_unref);
  g_clear_pointer (&worker->program_name, g_free);
  _ml_engine_program_info_clear (&worker->fault);
  worker->state = ML_ENGINE_PROGRAM_NONE;
}

/* Compiles and loads a program in a fresh runtime.  The first step is the program before
 * its first statement. */
void
_ml_engine_worker_load_program (Worker  *worker,
                                Command *cmd)
{
  g_autoptr(MlVmProgram) code = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) diagnostics = NULL;
  g_autofree char *report = NULL;

  _ml_engine_worker_unload (worker);
  g_clear_object (&worker->runtime);
  worker->runtime = _ml_engine_worker_new_runtime (&cmd->config);
  worker->step_budget = cmd->config.step_budget;
  worker->program_name = g_strdup (cmd->name);

  code = _ml_engine_compile (cmd->name, cmd->source, !cmd->config.no_inline, &diagnostics, &report,
                             &error);
  if (code == NULL)
    {
      worker->state = ML_ENGINE_PROGRAM_COMPILE_ERROR;
      worker->diagnostics = g_steal_pointer (&diagnostics);
      worker->compile_report = report != NULL ? g_steal_pointer (&report)
                                              : g_strdup (error != NULL ? error->message : "");
      return;
    }

  worker->vm = ml_vm_new (code, worker->runtime);
  if (cmd->config.step_budget > 0)
    ml_vm_set_step_limit (worker->vm, cmd->config.step_budget);
  if (cmd->config.memory_budget > 0)
    ml_vm_set_memory_limit (worker->vm, cmd->config.memory_budget);
  ml_vm_set_time_limit (worker->vm, cmd->config.time_budget);
  ml_vm_set_history_limit (worker->vm, cmd->config.history_budget);
  /* A check that failed while loading left the model halfway: the guard's caller drops it. */
  if (ml_vm_get_fault (worker->vm) == NULL)
    ml_runtime_end_step (worker->runtime);
}

static gboolean
line_is_breakpoint (GArray *lines,
                    guint   line)
{
  for (guint i = 0; i < lines->len; i++)
    if (g_array_index (lines, guint, i) == line)
      return TRUE;
  return FALSE;
}

/* One step of the program: the next statement, allocation or unit of collector work. */
static gboolean
worker_program_step (Worker *worker)
{
  if (worker->vm == NULL || ml_vm_is_finished (worker->vm))
    return FALSE;

  ml_vm_step (worker->vm, ML_VM_STEP_ANY);

  return TRUE;
}

/* Runs collector units until the cycle in progress is over, or the command is cancelled. */
void
_ml_engine_worker_finish_cycle (Worker *worker,
                                guint   generation)
{
  guint n = 0;

  while (ml_runtime_get_phase (worker->runtime) != ML_GC_OFF)
    {
      if (!ml_runtime_gc_unit (worker->runtime))
        break;
      ml_runtime_end_step (worker->runtime);

      if (++n % CHECK_EVERY == 0)
        {
          if (_ml_engine_worker_cancelled (worker, generation))
            break;
          _ml_engine_worker_publish (worker, generation, FALSE, 0.5, NULL);
        }
    }
}

/* Whether the program stands on one of @lines, once it has left @start_line: @left keeps
 * whether it has, from one step to the next. */
static gboolean
worker_at_breakpoint (Worker   *worker,
                      GArray   *lines,
                      guint     start_line,
                      gboolean *left)
{
  guint line = 0;

  ml_vm_get_position (worker->vm, NULL, &line, NULL);
  *left |= line != start_line;

  return *left && line_is_breakpoint (lines, line);
}

/* After stepping back, forward replays history; at the end of history, the program runs its
 * next step, or the collector takes its next step if a cycle is running. */
void
_ml_engine_worker_step_forward (Worker *worker)
{
  MlRuntime *rt = worker->runtime;

  if (ml_runtime_get_step (rt) < ml_runtime_get_last_step (rt))
    ml_runtime_seek (rt, ml_runtime_get_step (rt) + 1);
  else if (worker->vm != NULL)
    worker_program_step (worker);
  else if (ml_runtime_get_phase (rt) != ML_GC_OFF && ml_runtime_gc_unit (rt))
    ml_runtime_end_step (rt);
}

/* Runs to the end of the history, then on to the end of the program, or of the collector's
 * cycle in the sandbox.  With breakpoints, it stops before the first statement of a
 * breakpoint's line, once it has left the line it started on. */
void
_ml_engine_worker_run_to_end (Worker  *worker,
                              Command *cmd)
{
  MlRuntime *rt = worker->runtime;

  {
    guint start_line = 0;
    gboolean left = FALSE;

    if (cmd->lines != NULL && worker->vm != NULL)
      {
        ml_vm_get_position (worker->vm, NULL, &start_line, NULL);
        /* Recorded steps are replayed one by one, so a breakpoint among them stops too. */
        while (ml_runtime_get_step (rt) < ml_runtime_get_last_step (rt))
          {
            ml_runtime_seek (rt, ml_runtime_get_step (rt) + 1);
            if (worker_at_breakpoint (worker, cmd->lines, start_line, &left))
              return;
          }
      }
    if (ml_runtime_get_step (rt) < ml_runtime_get_last_step (rt))
      ml_runtime_seek (rt, ml_runtime_get_last_step (rt));
  }
  if (worker->vm != NULL)
    {
      guint n = 0;
      guint start_line = 0;
      gboolean left = FALSE;

      if (cmd->lines != NULL)
        ml_vm_get_position (worker->vm, NULL, &start_line, NULL);
      /* A long run reports progress and can be cancelled; the program's own budgets stop
       * one that never ends. */
      while (worker_program_step (worker))
        {
          if (cmd->lines != NULL && worker_at_breakpoint (worker, cmd->lines, start_line, &left))
            break;
          if (++n % CHECK_EVERY == 0)
            {
              if (_ml_engine_worker_cancelled (worker, cmd->generation))
                break;
              _ml_engine_worker_publish (worker, cmd->generation, FALSE, 0.5, NULL);
            }
        }
    }
  else
    _ml_engine_worker_finish_cycle (worker, cmd->generation);
}
