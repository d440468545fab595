/* ml-engine-history.c
 *
 * Copyright The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Work that walks the run's recorded history and answers through a GTask: every step drawn
 * into a folder of numbered pictures, and the timeline of the run with every collector
 * phase in it.  The request (on the main thread) and the work (in the worker, which returns
 * the model to its step after) are kept together, as each is the other's contract.
 */

#define G_LOG_DOMAIN "memlab-engine"

#include "config.h"

#include <glib/gi18n.h>
#include <inttypes.h>

#include "ml-engine-private.h"

/* --- Every step, drawn ------------------------------------------------------------------- */

/* What to draw, for CMD_EXPORT_STEPS: the task's data. */
typedef struct
{
  GFile          *folder;
  MlViewKind      view;
  MlExportFormat  format;
} ExportSteps;

static void
export_steps_free (gpointer data)
{
  ExportSteps *export = data;

  g_clear_object (&export->folder);
  g_free (export);
}

/**
 * ml_engine_export_steps_async:
 * @folder: an existing folder to write the frames into
 * @options: how to draw (theme, scale, addresses)
 *
 * Writes every recorded step of the run as a numbered picture ("step-000042.png"), for
 * slides and animations.  Runs in the engine thread; the model returns to its step after.
 */
void
ml_engine_export_steps_async (MlEngine              *self,
                              GFile                 *folder,
                              MlViewKind             view,
                              const MlRenderOptions *options,
                              MlExportFormat         format,
                              GCancellable          *cancellable,
                              GAsyncReadyCallback    callback,
                              gpointer               user_data)
{
  ExportSteps *export;
  Command *cmd;

  g_return_if_fail (ML_IS_ENGINE (self));
  g_return_if_fail (G_IS_FILE (folder));
  g_return_if_fail (view < ML_N_VIEWS);
  g_return_if_fail (options != NULL);

  export = g_new0 (ExportSteps, 1);
  export->folder = g_object_ref (folder);
  export->view = view;
  export->format = format;

  cmd = _ml_engine_command_new (CMD_EXPORT_STEPS);
  cmd->options = *options;
  cmd->task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (cmd->task, ml_engine_export_steps_async);
  g_task_set_task_data (cmd->task, export, export_steps_free);
  _ml_engine_push (self, cmd);
}

/**
 * ml_engine_export_steps_finish:
 *
 * Returns: how many frames were written, or 0 with @error set
 */
guint
ml_engine_export_steps_finish (MlEngine      *self,
                               GAsyncResult  *result,
                               GError       **error)
{
  gssize n;

  g_return_val_if_fail (ML_IS_ENGINE (self), 0);
  g_return_val_if_fail (g_task_is_valid (result, self), 0);

  HANDOFF_ACQUIRE (result);
  n = g_task_propagate_int (G_TASK (result), error);

  return n < 0 ? 0 : (guint)n;
}

/* Writes one picture per recorded step into a folder, as numbered frames, then returns the
 * model to the step it was at.  Runs in the worker: rendering needs no display. */
void
_ml_engine_worker_export_steps (Worker  *worker,
                                Command *cmd)
{
  ExportSteps *export = g_task_get_task_data (cmd->task);
  GCancellable *cancellable = g_task_get_cancellable (cmd->task);
  MlRuntime *rt = worker->runtime;
  guint64 back = ml_runtime_get_step (rt);
  guint64 first = ml_runtime_get_first_step (rt);
  guint64 last = ml_runtime_get_last_step (rt);
  g_autoptr(MlTimelineSeries) series = ml_timeline_series_new (NULL);
  g_autoptr(MlScene) previous = NULL;
  g_autoptr(GError) error = NULL;
  guint n = 0;

  if (last - first + 1 > ML_ENGINE_MAX_EXPORT_FRAMES)
    {
      HANDOFF_RELEASE (cmd->task);
      g_task_return_new_error (cmd->task, G_IO_ERROR, G_IO_ERROR_NO_SPACE,
                               _("The run has %" PRIu64 " steps; at most %d frames can be exported at once"),
                               last - first + 1, ML_ENGINE_MAX_EXPORT_FRAMES);
      return;
    }

  for (guint64 step = first; step <= last; step++)
    {
      g_autoptr(MlSnapshot) snap = NULL;
      g_autoptr(MlScene) scene = NULL;
      g_autoptr(GFile) file = NULL;
      g_autofree char *name = NULL;

      if (g_cancellable_set_error_if_cancelled (cancellable, &error) ||
          _ml_engine_worker_cancelled (worker, cmd->generation))
        {
          if (error == NULL)
            g_set_error_literal (&error, G_IO_ERROR, G_IO_ERROR_CANCELLED, _("The export was cancelled"));
          break;
        }

      ml_runtime_seek (rt, step);
      snap = ml_runtime_snapshot (rt, ML_SNAPSHOT_ALL);
      snap->object_paths = worker->vm == NULL;
      ml_timeline_series_append (series, snap);

      if (export->view == ML_VIEW_TIMELINE)
        scene = ml_timeline_view_layout (series, NULL, previous, &cmd->options);
      else
        scene = ml_render_layout (export->view, snap, previous, &cmd->options);

      name = g_strdup_printf ("step-%06" G_GUINT64_FORMAT ".%s", step,
                              ml_export_format_to_string (export->format));
      file = g_file_get_child (export->folder, name);
      if (!ml_render_export_scene_framed (scene, file, cmd->options.scale, cmd->options.frame_aspect,
                                          cancellable, &error))
        break;

      g_clear_pointer (&previous, ml_scene_unref);
      previous = g_steal_pointer (&scene);
      n++;

      if (n % 16 == 0)
        _ml_engine_worker_publish (worker, cmd->generation, FALSE, (double)(step - first) / (last - first + 1), NULL);
    }

  ml_runtime_seek (rt, back);

  HANDOFF_RELEASE (cmd->task);
  if (error != NULL)
    g_task_return_error (cmd->task, g_steal_pointer (&error));
  else
    g_task_return_int (cmd->task, n);
}

/* --- The timeline ------------------------------------------------------------------------ */

/**
 * ml_engine_build_timeline_async:
 * @label: (nullable): the series' label, for a comparison
 *
 * Builds, in the worker, the timeline of the run from its first recorded step to the
 * current one, every collector phase included however short; the model ends where it was.
 */
void
ml_engine_build_timeline_async (MlEngine            *self,
                                const char          *label,
                                GCancellable        *cancellable,
                                GAsyncReadyCallback  callback,
                                gpointer             user_data)
{
  Command *cmd;

  g_return_if_fail (ML_IS_ENGINE (self));

  cmd = _ml_engine_command_new (CMD_TIMELINE);
  cmd->name = g_strdup (label);
  cmd->task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (cmd->task, ml_engine_build_timeline_async);
  _ml_engine_push (self, cmd);
}

/**
 * ml_engine_build_timeline_finish:
 *
 * Returns: (transfer full): the series, or %NULL with @error set
 */
MlTimelineSeries *
ml_engine_build_timeline_finish (MlEngine      *self,
                                 GAsyncResult  *result,
                                 GError       **error)
{
  g_return_val_if_fail (ML_IS_ENGINE (self), NULL);
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);

  HANDOFF_ACQUIRE (result);
  return g_task_propagate_pointer (G_TASK (result), error);
}

/* What a timeline sample needs: the pacer, MemStats and the step's events. */
#define TIMELINE_SNAPSHOT 0

/* Appends the samples strictly between @a and @b where the collector changes phase or a
 * cycle begins, found by bisection: a cycle is often shorter than the distance between two
 * regular samples, and the timeline must still shade it. */
static void
timeline_refine (MlRuntime        *rt,
                 MlTimelineSeries *series,
                 MlSnapshot       *a,
                 MlSnapshot       *b,
                 guint             depth)
{
  g_autoptr(MlSnapshot) mid = NULL;

  if (b->step - a->step < 2 || depth > 40 || (a->cycle == b->cycle && a->phase == b->phase))
    return;
  ml_runtime_seek (rt, a->step + (b->step - a->step) / 2);
  mid = ml_runtime_snapshot (rt, TIMELINE_SNAPSHOT);
  timeline_refine (rt, series, a, mid, depth + 1);
  ml_timeline_series_append (series, mid);
  timeline_refine (rt, series, mid, b, depth + 1);
}

/* The timeline of the run from its first recorded step to the current one: a few thousand
 * regular samples plus every phase change, read from the history, after which the model is
 * back where it was. */
void
_ml_engine_worker_timeline (Worker  *worker,
                            Command *cmd)
{
  GCancellable *cancellable = g_task_get_cancellable (cmd->task);
  MlRuntime *rt = worker->runtime;
  guint64 back = ml_runtime_get_step (rt);
  guint64 first = ml_runtime_get_first_step (rt);
  guint64 stride = MAX ((back - first) / 4000, 1);
  g_autoptr(MlTimelineSeries) series = ml_timeline_series_new (cmd->name);
  g_autoptr(MlSnapshot) previous = NULL;
  g_autoptr(GError) error = NULL;

  for (guint64 step = first; ; step = MIN (step + stride, back))
    {
      g_autoptr(MlSnapshot) snap = NULL;

      if (g_cancellable_set_error_if_cancelled (cancellable, &error))
        break;
      ml_runtime_seek (rt, step);
      snap = ml_runtime_snapshot (rt, TIMELINE_SNAPSHOT);
      if (previous != NULL)
        timeline_refine (rt, series, previous, snap, 0);
      ml_timeline_series_append (series, snap);
      g_clear_pointer (&previous, ml_snapshot_unref);
      previous = g_steal_pointer (&snap);
      if (step == back)
        break;
    }

  ml_runtime_seek (rt, back);

  HANDOFF_RELEASE (cmd->task);
  if (error != NULL)
    g_task_return_error (cmd->task, g_steal_pointer (&error));
  else
    g_task_return_pointer (cmd->task, g_steal_pointer (&series), (GDestroyNotify) ml_timeline_series_unref);
}
