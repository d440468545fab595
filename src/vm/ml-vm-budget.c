/* ml-vm-budget.c
 *
 * Copyright 2026 The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * MemLab's own budgets, which stop a runaway program before it costs the laboratory more
 * than a lesson needs: its steps, with every operation whose work grows with a size charged
 * by the bytes it writes; the processor time of the model's work; the model's heap; and
 * MemLab's own memory, the history of the run and the output it keeps.  A file of its own
 * because the loop only asks whether to go on; what each budget counts, and the message
 * that names it, are here.
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#ifdef G_OS_UNIX
#include <time.h>
#endif

#include "ml-vm-private.h"

/* Sim's bytes of work that cost one step: a statement that copies a large array, joins long
 * strings, formats a long slice, grows a map or collects a large heap pays for its work. */
#define BYTES_PER_STEP 64

/* The clock is read once in this many budget checks (one per statement), a few thousand
 * instructions, so that reading it costs nothing measurable; and at the next check after
 * statements that wrote this many bytes, which take long with few checks. */
#define CLOCK_EVERY       256
#define CLOCK_EVERY_BYTES (G_GUINT64_CONSTANT (1) << 20)

/* At most this much of what the program prints is kept: Go would print gigabytes, but the
 * window shows the output and history keeps it. */
#define OUTPUT_KEPT (G_GUINT64_CONSTANT (1) << 20)

void
ml_vm_set_time_limit (MlVm    *self,
                      guint64  usec)
{
  g_return_if_fail (self != NULL);
  self->time_limit = usec;
}

void
ml_vm_set_history_limit (MlVm    *self,
                         guint64  bytes)
{
  g_return_if_fail (self != NULL);
  self->history_limit = bytes;
}

/* The steps the program has taken: sim's steps, which history restores with everything else,
 * and the work of its operations, charged by size. */
static guint64
steps_used (MlVm *vm)
{
  guint64 bytes = ml_runtime_get_work_bytes (vm->rt) - vm->first_bytes;

  return ml_runtime_get_step (vm->rt) - vm->first_step + bytes / BYTES_PER_STEP;
}

/* The clock of the time budget: the processor time of the thread that runs the model, so
 * that a program stops after the same work however loaded the machine is (a wall clock would
 * stop it earlier on a busy one, and a lesson's picture would change with the load).  Where
 * there is no such clock, the monotonic one. */
static gint64
model_clock (void)
{
#if defined(G_OS_UNIX) && defined(CLOCK_THREAD_CPUTIME_ID)
  struct timespec ts;

  if (clock_gettime (CLOCK_THREAD_CPUTIME_ID, &ts) == 0)
    return (gint64) ts.tv_sec * G_USEC_PER_SEC + ts.tv_nsec / 1000;
#endif
  return g_get_monotonic_time ();
}

/* Microseconds of the model's work so far: the calls to ml_vm_step() before this one and
 * this one up to now.  Time the window spends waiting for a click is not counted. */
static guint64
time_used (MlVm *vm)
{
  return vm->time_used + (guint64) MAX (model_clock () - vm->clock_start, 0);
}

void
_ml_vm_clock_start (MlVm *vm)
{
  if (vm->time_limit > 0)
    vm->clock_start = model_clock ();
}

void
_ml_vm_clock_stop (MlVm *vm)
{
  if (vm->time_limit > 0)
    vm->time_used = time_used (vm);
}

/* Whether to read the clock at this check. */
static gboolean
clock_due (MlVm *vm)
{
  guint64 bytes = ml_runtime_get_work_bytes (vm->rt);

  if (++vm->clock_checks % CLOCK_EVERY != 0 && bytes - vm->clock_bytes < CLOCK_EVERY_BYTES)
    return FALSE;
  vm->clock_bytes = bytes;
  return TRUE;
}

static char *
seconds_text (guint64 usec)
{
  if (usec % G_USEC_PER_SEC == 0)
    return _ml_vm_with_thousands (usec / G_USEC_PER_SEC);
  return g_strdup_printf ("%.1f", (double) usec / G_USEC_PER_SEC);
}

/* Whether MemLab's own memory still allows writing @bytes more in this step: history keeps
 * a 16-byte entry for each 8-byte word that changes, and the current step cannot be dropped
 * to make room.  Asked before an allocation whose size the program chose, so that a string
 * doubled without end is stopped before its copy is journaled. */
gboolean
_ml_vm_history_allows (MlVm    *vm,
                       guint64  bytes)
{
  guint64 used;

  if (vm->history_limit == 0)
    return TRUE;
  used = ml_runtime_get_history_bytes (vm->rt);
  if (bytes <= vm->history_limit / 2 && used <= vm->history_limit - bytes * 2)
    return TRUE;
  vm->history_hit = TRUE;
  return FALSE;
}

static MlVmEvent
history_limit (MlVm *vm)
{
  g_autofree char *n = _ml_vm_with_thousands (vm->history_limit >> 20);

  vm->history_hit = FALSE;
  return _ml_vm_limit (vm, ML_VM_LIMIT_HISTORY,
                       g_strdup_printf (_("the program changed more memory than MemLab’s history of the run may take, %s MiB; it was stopped"), n));
}

/* Stops the program at the heap budget or, when that is what refused, at MemLab's own
 * memory: the loop's answer to an allocation that does not fit. */
MlVmEvent
_ml_vm_memory_limit (MlVm *vm)
{
  g_autofree char *n = NULL;

  if (vm->history_hit)
    return history_limit (vm);
  n = _ml_vm_with_thousands (vm->memory_limit >> 20);
  return _ml_vm_limit (vm, ML_VM_LIMIT_MEMORY, g_strdup_printf (_("the program allocated more than %s MiB; it was stopped"), n));
}

/* Checked before each statement: returns %ML_VM_EVENT_LIMIT, with the budget's message, if
 * the program has gone past its steps, its time or MemLab's own memory. */
MlVmEvent
_ml_vm_check_budgets (MlVm *vm)
{
  if (steps_used (vm) > vm->step_limit)
    {
      g_autofree char *steps = _ml_vm_with_thousands (vm->step_limit);

      return _ml_vm_limit (vm, ML_VM_LIMIT_STEPS, g_strdup_printf (_("the program ran for more than %s steps; it was stopped"), steps));
    }
  if (vm->history_limit > 0 && ml_runtime_get_history_bytes (vm->rt) > vm->history_limit)
    return history_limit (vm);
  if (vm->time_limit > 0 && clock_due (vm) && time_used (vm) > vm->time_limit * ML_SANITIZER_SLOWDOWN)
    {
      g_autofree char *seconds = seconds_text (vm->time_limit);

      return _ml_vm_limit (vm, ML_VM_LIMIT_TIME, g_strdup_printf (_("the program went past its time budget, %s s of the model’s work; it was stopped"), seconds));
    }
  return ML_VM_EVENT_NONE;
}

/* Keeps what the program prints on standard output, up to OUTPUT_KEPT bytes; past it, a
 * line that says so ends what is kept.  What was cut is told by the length alone, which
 * history restores. */
void
_ml_vm_keep_output (MlVm       *vm,
                    const char *text,
                    gsize       len)
{
  g_autofree char *mib = NULL;

  if (vm->output->len + len <= OUTPUT_KEPT)
    {
      g_string_append_len (vm->output, text, len);
      return;
    }
  if (vm->output->len > OUTPUT_KEPT)
    return;
  mib = _ml_vm_with_thousands (OUTPUT_KEPT >> 20);
  g_string_append_len (vm->output, text, OUTPUT_KEPT - vm->output->len);
  g_string_append_c (vm->output, '\n');
  g_string_append_printf (vm->output, _("[MemLab keeps only the first %s MiB of what a program prints; the rest was left out]"), mib);
  g_string_append_c (vm->output, '\n');
}
