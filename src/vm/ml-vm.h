/* ml-vm.h
 *
 * Copyright 2026 The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * MlVm runs a compiled MlVmProgram against the runtime model.  This header names sim's
 * MlRuntime only by a forward declaration, so that code which also sees the front end (the
 * command line, the engine) can include it next to lang's headers.
 */

#pragma once

#include <glib.h>

#include "ml-model-check.h"
#include "ml-vm-program.h"

G_BEGIN_DECLS

typedef struct _MlRuntime MlRuntime;
typedef struct _MlVm MlVm;

/**
 * MlVmStepKind:
 * @ML_VM_STEP_ANY: stop after the next observable event (statement, allocation, GC unit)
 * @ML_VM_STEP_STATEMENT: stop at the start of the next statement (GC units in between run)
 * @ML_VM_STEP_RUN: run until the program ends, panics or hits a budget
 */
typedef enum
{
  ML_VM_STEP_ANY,
  ML_VM_STEP_STATEMENT,
  ML_VM_STEP_RUN,
} MlVmStepKind;

/**
 * MlVmEvent:
 * What the last step did.  %ML_VM_EVENT_EXIT, %ML_VM_EVENT_PANIC, %ML_VM_EVENT_LIMIT and
 * %ML_VM_EVENT_FAULT are final: the VM does nothing more.  %ML_VM_EVENT_FAULT is MemLab's own
 * failure, a model check that failed (ml_vm_get_fault()): the model is left broken, so the VM
 * and its runtime may only be freed.
 */
typedef enum
{
  ML_VM_EVENT_NONE,
  ML_VM_EVENT_STATEMENT,
  ML_VM_EVENT_ALLOCATION,
  ML_VM_EVENT_GC_UNIT,
  ML_VM_EVENT_EXIT,
  ML_VM_EVENT_PANIC,
  ML_VM_EVENT_LIMIT,
  ML_VM_EVENT_FAULT,
} MlVmEvent;

/**
 * MlVmLimit:
 * Which of MemLab's own limits stopped the program (after %ML_VM_EVENT_LIMIT): its steps
 * (with the bytes its operations wrote charged as steps), its heap, how deep its calls went,
 * the processor time of the model's work, or the memory MemLab's history of the run takes.
 */
typedef enum
{
  ML_VM_LIMIT_NONE,
  ML_VM_LIMIT_STEPS,
  ML_VM_LIMIT_MEMORY,
  ML_VM_LIMIT_DEPTH,
  ML_VM_LIMIT_TIME,
  ML_VM_LIMIT_HISTORY,
} MlVmLimit;

/**
 * MlVmFault:
 * @check: the model check that failed, with its place in MemLab's source (static strings)
 * @function: the program's function where it stood, or %NULL
 * @line: the program's line there, or 0
 * @step: the model's step
 *
 * What ended a run with %ML_VM_EVENT_FAULT.
 */
typedef struct
{
  MlModelFault  check;
  const char   *function;
  guint         line;
  guint64       step;
} MlVmFault;

typedef void (*MlVmOutputFunc) (const char *text,
                                gsize       len,
                                gboolean    is_stderr,
                                gpointer    user_data);

MlVm        *ml_vm_new                (MlVmProgram    *program,
                                       MlRuntime      *runtime);
void         ml_vm_free               (MlVm           *self);
MlVmEvent    ml_vm_step               (MlVm           *self,
                                       MlVmStepKind    kind);
MlVmEvent    ml_vm_run                (MlVm           *self);
gboolean     ml_vm_is_finished        (MlVm           *self);
void         ml_vm_get_position       (MlVm           *self,
                                       const char    **function,
                                       guint          *line,
                                       guint          *col);
const char  *ml_vm_get_output         (MlVm           *self,
                                       gsize          *len);
void         ml_vm_set_output_func    (MlVm           *self,
                                       MlVmOutputFunc  func,
                                       gpointer        user_data);
const char  *ml_vm_get_panic_message  (MlVm           *self);
const char  *ml_vm_get_limit_message  (MlVm           *self);
MlVmLimit    ml_vm_get_limit          (MlVm           *self);
int          ml_vm_get_exit_status    (MlVm           *self);
void         ml_vm_set_step_limit     (MlVm           *self,
                                       guint64         steps);
void         ml_vm_set_memory_limit   (MlVm           *self,
                                       guint64         bytes);
void         ml_vm_set_time_limit     (MlVm           *self,
                                       guint64         usec);
void         ml_vm_set_history_limit  (MlVm           *self,
                                       guint64         bytes);
guint64      ml_vm_get_n_statements   (MlVm           *self);
const MlVmFault *
             ml_vm_get_fault          (MlVm           *self);
char        *ml_vm_fault_describe     (const MlVmFault *fault);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (MlVm, ml_vm_free)

G_END_DECLS
