/* ml-vm-fault.c
 *
 * Copyright 2026 The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The end of a run by MemLab's own failure: a model check in sim or the VM that failed
 * (ml-model-check.h) while the VM stepped.  A file of its own because it is not the program's
 * doing, unlike panics and budgets: the VM records what failed and where the program stood,
 * and from then on refuses to step.  Nothing here reads the model, which the failed check left
 * halfway through a step; only the VM's host state (its program and position) is read.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "ml-vm-private.h"

/* Ends the run: @check failed while the VM stood where it stands. */
MlVmEvent
_ml_vm_fault (MlVm               *vm,
              const MlModelFault *check)
{
  const char *function = NULL;
  guint line = 0;

  vm->status = ML_VM_STATUS_FAULTED;
  vm->fault.check = *check;
  if (vm->f != NULL)
    ml_vm_get_position (vm, &function, &line, NULL);
  vm->fault.function = function;
  vm->fault.line = line;
  /* The step counter is a plain field of the runtime, not a word of the model. */
  vm->fault.step = ml_runtime_get_step (vm->rt);
  return ML_VM_EVENT_FAULT;
}

/**
 * ml_vm_get_fault:
 *
 * Returns: (nullable): what ended the run, after %ML_VM_EVENT_FAULT; %NULL otherwise
 */
const MlVmFault *
ml_vm_get_fault (MlVm *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->status == ML_VM_STATUS_FAULTED ? &self->fault : NULL;
}

/**
 * ml_vm_fault_describe:
 *
 * What failed, in a line: the check as written and its place in MemLab's source, for the
 * report the command line prints and the window shows.
 *
 * Returns: (transfer full): the description
 */
char *
ml_vm_fault_describe (const MlVmFault *fault)
{
  g_autofree char *base = NULL;

  g_return_val_if_fail (fault != NULL, NULL);
  base = g_path_get_basename (fault->check.file);
  /* TRANSLATORS: "check failed: EXPRESSION (in FUNCTION, FILE:LINE)": the expression and
   * the function are C source and stay as they are. */
  return g_strdup_printf (_("check failed: %s (in %s, %s:%d)"), fault->check.expr,
                          fault->check.function, base, fault->check.line);
}
