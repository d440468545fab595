/* ml-model-check.c
 *
 * Copyright 2026 The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The containment of a failed model check.  A file of its own because it is the one place in
 * sim that leaves C's ordinary control flow: ml_model_guard() sets a jump point, runs model
 * code, and ml_model_fail() jumps back to it with what failed.  The model runs on one thread
 * (the engine's worker, or the command line's main thread), so the innermost guard is a
 * thread-local pointer and a fault never crosses threads.
 *
 * What the jump leaves: every frame between the check and the guard is abandoned halfway, so
 * the model (the runtime's words and bookkeeping, the VM's registers) is in no state anyone
 * may read or step again.  The host containers that hold it (GArrays, hash tables, the
 * journal's chunks) stay valid, because a check is never made inside a GLib call, so freeing
 * the model is safe; what a host local of an abandoned frame owned is lost.  The callers of the
 * guard mark their run faulted and only free it afterwards.
 *
 * The fault injection hook, MEMLAB_FAULT_AT_STEP=N (read once), or ml_model_set_fault_step()
 * in tests, makes the VM's check at the start of step N fail, so that tests can follow a fault
 * from the model up to the window.
 */

#define G_LOG_DOMAIN "ml-model"

#include "config.h"

#include <setjmp.h>
#include <stdlib.h>

#include "ml-model-check.h"

typedef struct _Guard Guard;

struct _Guard
{
  jmp_buf       env;
  Guard        *outer;
  MlModelFault  fault;
};

static _Thread_local Guard *innermost;

/* 0: not read yet; the step plus one otherwise, so that 1 means "no injected fault".  Atomic
 * because the engine's worker reads it while a test's main thread may set it. */
static gint fault_step_plus_one;

/**
 * ml_model_fail:
 *
 * What ml_model_check() calls when its condition is false: inside a guard, it records the
 * failure and unwinds to the guard; outside one, it aborts as g_assert() does.
 */
void
ml_model_fail (const char *expr,
               const char *file,
               int         line,
               const char *function)
{
  Guard *guard = innermost;

  if (guard != NULL)
    {
      guard->fault.expr = expr;
      guard->fault.file = file;
      guard->fault.line = line;
      guard->fault.function = function;
      longjmp (guard->env, 1);
    }
  g_assertion_message_expr (G_LOG_DOMAIN, file, line, function, expr);
  /* Tests may make assertions non-fatal; a failed model check never returns. */
  abort ();
}

/**
 * ml_model_guard:
 * @func: the model code to run
 * @fault: (out): what failed, when it returns %FALSE
 *
 * Runs @func (@data) so that a failed model check inside it ends it rather than the process.
 * Guards nest: a check fails to the innermost one.  The caller's own locals are untouched by
 * the unwinding, which stops in this function's frame.
 *
 * Returns: %TRUE when @func returned, %FALSE when a check failed in it
 */
gboolean
ml_model_guard (MlModelFunc   func,
                gpointer      data,
                MlModelFault *fault)
{
  Guard guard;

  guard.outer = innermost;
  innermost = &guard;
  /* The guard is reached through the thread-local pointer, so it lives in memory and keeps
   * what ml_model_fail() wrote across the jump. */
  if (setjmp (guard.env) == 0)
    {
      func (data);
      innermost = guard.outer;
      return TRUE;
    }
  innermost = guard.outer;
  if (fault != NULL)
    *fault = guard.fault;
  return FALSE;
}

/* Whether a guard runs on this thread. */
gboolean
ml_model_guarded (void)
{
  return innermost != NULL;
}

/**
 * ml_model_get_fault_step:
 *
 * The step at which the VM's model check is made to fail, for tests: MEMLAB_FAULT_AT_STEP,
 * read the first time it is asked, or what ml_model_set_fault_step() set.
 *
 * Returns: the step, or 0 when no fault is injected
 */
guint64
ml_model_get_fault_step (void)
{
  gint plus_one = g_atomic_int_get (&fault_step_plus_one);

  if (plus_one == 0)
    {
      const char *text = g_getenv ("MEMLAB_FAULT_AT_STEP");
      guint64 step = 0;

      if (text == NULL || !g_ascii_string_to_unsigned (text, 10, 1, G_MAXINT - 1, &step, NULL))
        step = 0;
      plus_one = (gint) step + 1;
      g_atomic_int_set (&fault_step_plus_one, plus_one);
    }
  return (guint64) plus_one - 1;
}

/* Makes the VM's check fail at @step (0: never), in place of MEMLAB_FAULT_AT_STEP. */
void
ml_model_set_fault_step (guint64 step)
{
  g_return_if_fail (step < G_MAXINT);
  g_atomic_int_set (&fault_step_plus_one, (gint) step + 1);
}
