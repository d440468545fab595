/* ml-engine-fault.c
 *
 * Copyright The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * MemLab's own failures in the worker: every command runs under a model guard
 * (ml-model-check.h), and a check that fails in sim or the VM, in a step of the program or in
 * any other work on the model, ends that run with %ML_ENGINE_PROGRAM_FAULTED and a report,
 * never the worker or the process.  A file of its own because it is the one place that
 * decides what is left of a run after a fault: nothing.  The check unwound the model halfway
 * through a step, so neither its history nor its last picture can be trusted; the worker keeps
 * what the program printed and where it stood (host copies taken from the VM, which never read
 * the model), frees the VM and the runtime, and refuses every command but a new program or a
 * reset until then.
 */

#define G_LOG_DOMAIN "memlab-engine"

#include "config.h"

#include <inttypes.h>

#include <glib/gi18n.h>

#include "ml-engine-private.h"

typedef struct
{
  Worker              *worker;
  Command             *cmd;
  MlEngineExecuteFunc  execute;
  GError             **error;
} Call;

static void
execute_cb (gpointer data)
{
  Call *call = data;

  call->execute (call->worker, call->cmd, call->error);
}

/* The report the window shows and copies: what failed, where the program stood, and which
 * MemLab it was, for the one who reads the bug report. */
static char *
fault_report (Worker          *worker,
              const MlVmFault *fault)
{
  g_autofree char *what = ml_vm_fault_describe (fault);
  GString *report = g_string_new (NULL);

  g_string_append_printf (report, "%s\n\n", _("MemLab internal error"));
  g_string_append_printf (report, _("What failed: %s"), what);
  g_string_append_c (report, '\n');
  if (worker->program_name != NULL)
    g_string_append_printf (report, _("Program: %s, line %u, step %" PRIu64),
                            worker->program_name, fault->line, fault->step);
  else
    g_string_append_printf (report, _("Sandbox, step %" PRIu64), fault->step);
  g_string_append_c (report, '\n');
  if (fault->function != NULL)
    {
      g_string_append_printf (report, _("Function: %s"), fault->function);
      g_string_append_c (report, '\n');
    }
  g_string_append_printf (report, _("MemLab %s"), PACKAGE_VERSION);
  g_string_append_c (report, '\n');

  return g_string_free (report, FALSE);
}

/* Ends the run after @fault: keeps the program's side, drops the model. */
static void
worker_fault (Worker          *worker,
              const MlVmFault *fault)
{
  g_autofree char *output = NULL;
  g_autofree char *function = g_strdup (fault->function);
  g_autofree char *name = g_strdup (worker->program_name);
  g_autofree char *report = fault_report (worker, fault);

  if (worker->vm != NULL)
    {
      gsize len = 0;
      const char *text = ml_vm_get_output (worker->vm, &len);

      output = g_strndup (text, len);
    }

  g_debug ("%s", report);

  /* Freeing a faulted model only releases host memory, which the unwinding left valid
   * (ml-model-check.c); nothing reads its words. */
  _ml_engine_worker_unload (worker);
  g_clear_object (&worker->runtime);

  worker->state = ML_ENGINE_PROGRAM_FAULTED;
  worker->program_name = g_steal_pointer (&name);
  worker->fault.state = ML_ENGINE_PROGRAM_FAULTED;
  worker->fault.output = g_steal_pointer (&output);
  worker->fault.function = g_steal_pointer (&function);
  worker->fault.line = fault->line;
  worker->fault.message = g_steal_pointer (&report);
  worker->fault.failure = ml_vm_fault_describe (fault);
  worker->fault.fault_step = fault->step;
}

/* The answer to a command that needs the model after it is gone. */
static void
refuse (Command *cmd)
{
  if (cmd->task != NULL)
    {
      HANDOFF_RELEASE (cmd->task);
      g_task_return_new_error (cmd->task, G_IO_ERROR, G_IO_ERROR_FAILED, "%s",
                               _("The run ended with a MemLab internal error"));
    }
}

/**
 * _ml_engine_worker_execute_guarded:
 *
 * Carries out @cmd with @execute, under a model guard.  After a faulted run only a new program
 * or a reset is carried out; other commands are answered as refused.
 */
void
_ml_engine_worker_execute_guarded (Worker             *worker,
                                   Command            *cmd,
                                   MlEngineExecuteFunc execute,
                                   GError            **error)
{
  Call call = { worker, cmd, execute, error };
  MlModelFault check;
  const MlVmFault *vm_fault;

  if (worker->state == ML_ENGINE_PROGRAM_FAULTED && cmd->kind != CMD_RESET &&
      cmd->kind != CMD_LOAD_PROGRAM)
    {
      refuse (cmd);
      return;
    }

  if (!ml_model_guard (execute_cb, &call, &check))
    {
      MlVmFault fault = { .check = check };

      /* A check outside the VM's own steps (history, the collector's commands, the
       * sandbox, a picture): where the program stood is the VM's host state. */
      if (worker->vm != NULL)
        ml_vm_get_position (worker->vm, &fault.function, &fault.line, NULL);
      if (worker->runtime != NULL)
        fault.step = ml_runtime_get_step (worker->runtime);
      /* Exports and timelines answer their task last, so a fault left it unanswered. */
      refuse (cmd);
      worker_fault (worker, &fault);
    }
  else if (worker->vm != NULL && (vm_fault = ml_vm_get_fault (worker->vm)) != NULL)
    {
      MlVmFault fault = *vm_fault;

      worker_fault (worker, &fault);
    }
}
