/* ml-engine.c
 *
 * Copyright The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "memlab-engine"

#include "config.h"

#include <glib/gi18n.h>
#include <inttypes.h>

#include "ml-engine.h"
#include "ml-engine-compile-private.h"
#include "ml-vm.h"

/* ThreadSanitizer cannot see the synchronisation inside GLib, which is not built with it, so
 * the points where memory passes from one thread to the other (the command queue, the idle
 * sources that carry results and task references back, the shared block's reference count,
 * GTask's return) are marked for it: a release by the sender, an acquire by the receiver. */
#if defined(__SANITIZE_THREAD__)
# include <sanitizer/tsan_interface.h>
# define HANDOFF_RELEASE(p) __tsan_release ((void *) (p))
# define HANDOFF_ACQUIRE(p) __tsan_acquire ((void *) (p))
#else
# define HANDOFF_RELEASE(p) ((void) (p))
# define HANDOFF_ACQUIRE(p) ((void) (p))
#endif

/* MlEngine is the bridge between the window and the model.  One worker thread owns every
 * sim (and later lang) object; the main thread only ever pushes commands onto a queue and
 * receives immutable snapshots back through its main context.  Nothing on the main thread
 * waits for the worker, so a runaway program cannot freeze the window.
 *
 * The worker does not hold the GObject: it shares a small refcounted block (Shared) with it,
 * so that the engine can be disposed while a command runs.  Disposing cancels the running
 * command, queues a quit and joins the thread. */

typedef enum
{
  CMD_QUIT,
  CMD_RESET,
  CMD_STEP_FORWARD,
  CMD_STEP_BACK,
  CMD_SEEK,
  CMD_RUN_TO_END,
  CMD_GC_START,
  CMD_GC_STEP,
  CMD_GC_FULL,
  CMD_SET_WRITE_BARRIER,
  CMD_SET_GOGC,
  CMD_SANDBOX_ALLOC_ROOT,
  CMD_SANDBOX_ALLOC_FIELD,
  CMD_SANDBOX_LINK,
  CMD_SANDBOX_CLEAR_ROOT,
  CMD_EXPORT_STEPS,
  CMD_LOAD_PROGRAM,
  CMD_TIMELINE,
} CommandKind;

typedef struct
{
  CommandKind     kind;
  guint           generation;
  MlEngineConfig  config;
  guint64         object;
  guint64         target;
  gint64          number;
  char           *name;
  char           *field;
  char           *type_name;
  GTask          *task;           /* CMD_EXPORT_STEPS, CMD_TIMELINE: answered from the worker */
  char           *source;         /* CMD_LOAD_PROGRAM */
  GArray         *lines;          /* CMD_RUN_TO_END: breakpoint lines (guint), or NULL */
  MlRenderOptions options;
} Command;

typedef struct
{
  gatomicrefcount  ref_count;
  GAsyncQueue     *queue;
  GMainContext    *context;
  GWeakRef         engine;
  /* The generation of the newest command whose work should stop (0: none). */
  guint            cancel_generation;
} Shared;

struct _MlEngine
{
  GObject      parent_instance;

  Shared      *shared;
  GThread     *thread;

  MlSnapshot  *snapshot;
  MlEngineProgramInfo program;
  guint64      step;
  guint64      first_step;
  guint64      last_step;
  double       progress;
  guint        issued;       /* generation of the newest command given */
  guint        published;    /* generation of the newest result received */
  guint        busy_depth;
};

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
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

/* How many steps a long command runs between two looks at the cancel flag and two
 * progress reports. */
#define CHECK_EVERY 1024

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
}

static Shared *
shared_ref (Shared *shared)
{
  g_atomic_ref_count_inc (&shared->ref_count);
  return shared;
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

static void
command_free (gpointer data)
{
  Command *cmd = data;

  g_free (cmd->name);
  g_free (cmd->field);
  g_free (cmd->type_name);
  g_free (cmd->source);
  g_clear_pointer (&cmd->lines, g_array_unref);
  if (cmd->task != NULL)
    task_release_in_context (g_steal_pointer (&cmd->task));
  g_free (cmd);
}

static void
shared_unref (Shared *shared)
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

/* --- The worker thread ------------------------------------------------------------------- */

typedef struct
{
  Shared      *shared;
  MlRuntime   *runtime;
  guint64      step_budget;

  /* The sandbox's main frame.  Its locals are declared one click at a time, so the frame
   * is rebuilt with one more slot each time (layouts[k] has the first k names).  How many
   * locals the frame has now is a driver register, so that history restores it. */
  GPtrArray   *sandbox_names;
  GArray      *sandbox_layouts;   /* guint layout ids, index k */

  /* A Go program, when one is loaded. */
  MlVm        *vm;
  MlEngineProgramState state;
  char        *compile_report;
  GPtrArray   *diagnostics;       /* MlEngineDiagnostic */
} Worker;

/* The driver register that holds the number of sandbox locals. */
#define REG_SANDBOX_LOCALS (ML_RUNTIME_N_REGISTERS - 2)

typedef struct
{
  Shared      *shared;
  guint        generation;
  MlSnapshot  *snapshot;
  guint64      step;
  guint64      first_step;
  guint64      last_step;
  double       progress;
  gboolean     final;
  GError      *error;
  MlEngineProgramInfo program;
} Result;

static void
program_info_clear (MlEngineProgramInfo *info)
{
  g_clear_pointer (&info->output, g_free);
  g_clear_pointer (&info->function, g_free);
  g_clear_pointer (&info->message, g_free);
  g_clear_pointer (&info->diagnostics, g_ptr_array_unref);
}

static void
result_free (gpointer data)
{
  Result *result = data;

  HANDOFF_ACQUIRE (result);
  program_info_clear (&result->program);
  g_clear_pointer (&result->snapshot, ml_snapshot_unref);
  g_clear_error (&result->error);
  shared_unref (result->shared);
  g_free (result);
}

static gboolean
result_deliver_cb (gpointer data)
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
      program_info_clear (&self->program);
      self->program = result->program;
      memset (&result->program, 0, sizeof result->program);

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

static void
worker_program_info (Worker              *worker,
                     MlEngineProgramInfo *info)
{
  info->state = worker_program_state (worker);

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
        info->message = g_strdup (ml_vm_get_limit_message (worker->vm));
    }
  else if (worker->compile_report != NULL)
    info->message = g_strdup (worker->compile_report);
}

/* Forgets the program, if any. */
static void
worker_unload (Worker *worker)
{
  g_clear_pointer (&worker->vm, ml_vm_free);
  g_clear_pointer (&worker->compile_report, g_free);
  g_clear_pointer (&worker->diagnostics, g_ptr_array_unref);
  worker->state = ML_ENGINE_PROGRAM_NONE;
}

static MlRuntime *worker_new_runtime (const MlEngineConfig *config);

/* Compiles and loads a program in a fresh runtime.  The first step is the program before
 * its first statement. */
static void
worker_load_program (Worker  *worker,
                     Command *cmd)
{
  g_autoptr(MlVmProgram) code = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) diagnostics = NULL;
  g_autofree char *report = NULL;

  worker_unload (worker);
  g_clear_object (&worker->runtime);
  worker->runtime = worker_new_runtime (&cmd->config);
  worker->step_budget = cmd->config.step_budget;

  code = _ml_engine_compile (cmd->name, cmd->source, &diagnostics, &report, &error);
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
  ml_runtime_end_step (worker->runtime);
}

/* One step of the program: the next statement, allocation or unit of collector work. */
static gboolean
line_is_breakpoint (GArray *lines,
                    guint   line)
{
  for (guint i = 0; i < lines->len; i++)
    if (g_array_index (lines, guint, i) == line)
      return TRUE;
  return FALSE;
}

static gboolean
worker_program_step (Worker *worker)
{
  if (worker->vm == NULL || ml_vm_is_finished (worker->vm))
    return FALSE;

  ml_vm_step (worker->vm, ML_VM_STEP_ANY);

  return TRUE;
}

static void
worker_publish (Worker   *worker,
                guint     generation,
                gboolean  final,
                double    progress,
                GError   *error)
{
  Result *result = g_new0 (Result, 1);

  result->shared = shared_ref (worker->shared);
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
        result->snapshot = ml_runtime_snapshot (worker->runtime, ML_SNAPSHOT_ALL);
    }

  if (final)
    worker_program_info (worker, &result->program);

  /* An idle source attached to the main context, rather than g_main_context_invoke():
   * invoke runs the function right here, in the worker, whenever the worker can acquire a
   * context nobody is iterating at that moment, and the main thread would then be racing
   * it. */
  {
    GSource *source = g_idle_source_new ();

    g_source_set_priority (source, G_PRIORITY_DEFAULT);
    g_source_set_callback (source, result_deliver_cb, result, result_free);
    g_source_set_static_name (source, "[memlab] engine result");
    HANDOFF_RELEASE (result);
    g_source_attach (source, worker->shared->context);
    g_source_unref (source);
  }
}

static gboolean
worker_cancelled (Worker *worker,
                  guint   generation)
{
  return g_atomic_int_get (&worker->shared->cancel_generation) >= generation;
}

static MlRuntime *
worker_new_runtime (const MlEngineConfig *config)
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

/* The types the sandbox offers: a tree node with two pointer fields (so objects can form
 * lists, trees and cycles) and a plain integer. */
static const MlRtype *
worker_sandbox_type (Worker     *worker,
                     const char *type_name)
{
  MlRtypeRegistry *types = ml_runtime_get_types (worker->runtime);
  const MlRtype *type = ml_rtype_registry_lookup (types, type_name);

  if (type == NULL && g_strcmp0 (type_name, "main.Nodo") == 0)
    {
      /* A struct that points at itself is declared first, then given its fields. */
      const MlRtype *node = ml_rtype_registry_declare_struct (types, "main.Nodo");
      const MlRtype *node_ptr = ml_rtype_registry_pointer_to (types, node);
      MlRtypeField fields[3];

      fields[0] = (MlRtypeField) { "valor", ml_rtype_registry_basic (types, ML_KIND_INT), 0, FALSE };
      fields[1] = (MlRtypeField) { "izq", node_ptr, 0, FALSE };
      fields[2] = (MlRtypeField) { "der", node_ptr, 0, FALSE };
      type = ml_rtype_registry_define_struct (types, node, fields, G_N_ELEMENTS (fields));
    }
  else if (type == NULL && g_strcmp0 (type_name, "int") == 0)
    type = ml_rtype_registry_basic (types, ML_KIND_INT);

  return type;
}

/* `name := new(T)` in the sandbox's main: the frame gets a slot named @name. */
static gboolean
worker_sandbox_alloc_local (Worker       *worker,
                            const char   *name,
                            const MlRtype *type,
                            GError      **error)
{
  MlRuntime *rt = worker->runtime;
  MlRtypeRegistry *types = ml_runtime_get_types (rt);
  const MlRtype *ptr = ml_rtype_registry_pointer_to (types, type);
  guint k = (guint)ml_runtime_get_register (rt, REG_SANDBOX_LOCALS);
  g_autofree guint64 *values = g_new0 (guint64, k + 1);
  g_autoptr(MlFrameLayout) layout = NULL;
  guint64 base;
  guint id;

  for (guint i = 0; i < k; i++)
    if (g_str_equal (g_ptr_array_index (worker->sandbox_names, i), name))
      {
        g_set_error (error, G_IO_ERROR, G_IO_ERROR_EXISTS,
                     _("There is a variable “%s” already"), name);
        return FALSE;
      }

  /* Names past k belong to a future that stepping back undid; they are replaced. */
  g_ptr_array_set_size (worker->sandbox_names, k);
  g_array_set_size (worker->sandbox_layouts, MIN (worker->sandbox_layouts->len, k + 1));
  g_ptr_array_add (worker->sandbox_names, g_strdup (name));

  layout = ml_frame_layout_new ("main.main");
  for (guint i = 0; i <= k; i++)
    ml_frame_layout_add_slot (layout, g_ptr_array_index (worker->sandbox_names, i), ptr, ML_SLOT_LOCAL);
  id = ml_runtime_register_frame_layout (rt, layout);
  g_array_set_size (worker->sandbox_layouts, k + 2);
  g_array_index (worker->sandbox_layouts, guint, k + 1) = id;

  /* The old frame's values move into the new one. */
  if (k > 0)
    {
      base = ml_runtime_get_frame_base (rt, 1, 0);
      for (guint i = 0; i < k; i++)
        ml_runtime_read_word (rt, base + 8 * i, &values[i]);
      ml_runtime_pop_frame (rt, 1);
    }

  base = ml_runtime_push_frame (rt, 1, id);
  if (base == 0)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NO_SPACE, _("The stack is full"));
      return FALSE;
    }
  for (guint i = 0; i < k; i++)
    ml_runtime_write_pointer (rt, base + 8 * i, values[i]);
  ml_runtime_write_pointer (rt, base + 8 * k, ml_runtime_new_object (rt, type));
  ml_runtime_set_register (rt, REG_SANDBOX_LOCALS, k + 1);

  return TRUE;
}

/* The address of the sandbox local @name, or 0. */
static guint64
worker_sandbox_local_addr (Worker     *worker,
                           const char *name)
{
  guint k = (guint)ml_runtime_get_register (worker->runtime, REG_SANDBOX_LOCALS);

  for (guint i = 0; i < k && i < worker->sandbox_names->len; i++)
    if (g_str_equal (g_ptr_array_index (worker->sandbox_names, i), name))
      return ml_runtime_get_frame_base (worker->runtime, 1, 0) + 8 * i;

  return 0;
}

static void
worker_sandbox (Worker   *worker,
                Command  *cmd,
                GError  **error)
{
  const MlRtype *type = NULL;

  if (cmd->type_name != NULL)
    {
      type = worker_sandbox_type (worker, cmd->type_name);
      if (type == NULL)
        {
          g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                       _("There is no type “%s” in the sandbox"), cmd->type_name);
          return;
        }
    }

  switch (cmd->kind)
    {
    case CMD_SANDBOX_ALLOC_ROOT:
      if (cmd->number)
        ml_runtime_sandbox_alloc_global (worker->runtime, cmd->name, type);
      else if (!worker_sandbox_alloc_local (worker, cmd->name, type, error))
        return;
      break;

    case CMD_SANDBOX_ALLOC_FIELD:
    case CMD_SANDBOX_LINK:
      {
        const MlRtype *object_type = NULL;
        const MlRtypeField *field;
        guint64 size;

        if (ml_runtime_object_base (worker->runtime, cmd->object, &size, &object_type) == 0 ||
            object_type == NULL ||
            (field = ml_rtype_find_field (object_type, cmd->field)) == NULL ||
            field->type->kind != ML_KIND_POINTER)
          {
            g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                         _("The selected object has no pointer field “%s”"), cmd->field);
            return;
          }

        if (cmd->kind == CMD_SANDBOX_ALLOC_FIELD)
          ml_runtime_sandbox_alloc_field (worker->runtime, cmd->object, field->offset, type);
        else
          ml_runtime_sandbox_set_field (worker->runtime, cmd->object, field->offset, cmd->target);
      }
      break;

    case CMD_SANDBOX_CLEAR_ROOT:
      if (worker_sandbox_local_addr (worker, cmd->name) != 0)
        ml_runtime_write_pointer (worker->runtime, worker_sandbox_local_addr (worker, cmd->name), 0);
      else if (!ml_runtime_sandbox_clear_root (worker->runtime, cmd->name))
        {
          g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
                       _("There is no variable “%s”"), cmd->name);
          return;
        }
      break;

    case CMD_QUIT:
    case CMD_RESET:
    case CMD_STEP_FORWARD:
    case CMD_STEP_BACK:
    case CMD_SEEK:
    case CMD_RUN_TO_END:
    case CMD_GC_START:
    case CMD_GC_STEP:
    case CMD_GC_FULL:
    case CMD_SET_WRITE_BARRIER:
    case CMD_SET_GOGC:
    case CMD_EXPORT_STEPS:
    case CMD_LOAD_PROGRAM:
    case CMD_TIMELINE:
    default:
      g_assert_not_reached ();
    }

  ml_runtime_end_step (worker->runtime);
}

/* Runs collector units until the cycle in progress is over, or the command is cancelled. */
static void
worker_finish_cycle (Worker *worker,
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
          if (worker_cancelled (worker, generation))
            break;
          worker_publish (worker, generation, FALSE, 0.5, NULL);
        }
    }
}

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

/* Writes one picture per recorded step into a folder, as numbered frames, then returns the
 * model to the step it was at.  Runs in the worker: rendering needs no display. */
static void
worker_export_steps (Worker  *worker,
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
          worker_cancelled (worker, cmd->generation))
        {
          if (error == NULL)
            g_set_error_literal (&error, G_IO_ERROR, G_IO_ERROR_CANCELLED, _("The export was cancelled"));
          break;
        }

      ml_runtime_seek (rt, step);
      snap = ml_runtime_snapshot (rt, ML_SNAPSHOT_ALL);
      ml_timeline_series_append (series, snap);

      if (export->view == ML_VIEW_TIMELINE)
        scene = ml_timeline_view_layout (series, NULL, previous, &cmd->options);
      else
        scene = ml_render_layout (export->view, snap, previous, &cmd->options);

      name = g_strdup_printf ("step-%06" G_GUINT64_FORMAT ".%s", step,
                              ml_export_format_to_string (export->format));
      file = g_file_get_child (export->folder, name);
      if (!ml_render_export_scene (scene, file, cmd->options.scale, cancellable, &error))
        break;

      g_clear_pointer (&previous, ml_scene_unref);
      previous = g_steal_pointer (&scene);
      n++;

      if (n % 16 == 0)
        worker_publish (worker, cmd->generation, FALSE, (double)(step - first) / (last - first + 1), NULL);
    }

  ml_runtime_seek (rt, back);

  HANDOFF_RELEASE (cmd->task);
  if (error != NULL)
    g_task_return_error (cmd->task, g_steal_pointer (&error));
  else
    g_task_return_int (cmd->task, n);
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
static void
worker_timeline (Worker  *worker,
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

static void
worker_execute (Worker  *worker,
                Command *cmd)
{
  g_autoptr(GError) error = NULL;
  MlRuntime *rt = worker->runtime;

  if (rt == NULL && cmd->kind != CMD_RESET && cmd->kind != CMD_LOAD_PROGRAM)
    {
      ml_engine_config_init (&cmd->config);
      worker->runtime = rt = worker_new_runtime (&cmd->config);
    }

  switch (cmd->kind)
    {
    case CMD_RESET:
      worker_unload (worker);
      g_clear_object (&worker->runtime);
      worker->runtime = rt = worker_new_runtime (&cmd->config);
      g_ptr_array_set_size (worker->sandbox_names, 0);
      g_array_set_size (worker->sandbox_layouts, 0);
      worker->step_budget = cmd->config.step_budget;
      break;

    case CMD_STEP_FORWARD:
      /* After stepping back, forward replays history; at the end of history, the collector
       * takes its next step if a cycle is running. */
      if (ml_runtime_get_step (rt) < ml_runtime_get_last_step (rt))
        ml_runtime_seek (rt, ml_runtime_get_step (rt) + 1);
      else if (worker->vm != NULL)
        worker_program_step (worker);
      else if (ml_runtime_get_phase (rt) != ML_GC_OFF && ml_runtime_gc_unit (rt))
        ml_runtime_end_step (rt);
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
      {
        guint start_line = 0, line = 0;
        gboolean left = FALSE, stopped = FALSE;

        if (cmd->lines != NULL && worker->vm != NULL)
          {
            ml_vm_get_position (worker->vm, NULL, &start_line, NULL);
            /* Recorded steps are replayed one by one, so a breakpoint among them stops too. */
            while (ml_runtime_get_step (rt) < ml_runtime_get_last_step (rt))
              {
                ml_runtime_seek (rt, ml_runtime_get_step (rt) + 1);
                ml_vm_get_position (worker->vm, NULL, &line, NULL);
                left |= line != start_line;
                if (left && line_is_breakpoint (cmd->lines, line))
                  {
                    stopped = TRUE;
                    break;
                  }
              }
          }
        if (stopped)
          break;
        if (ml_runtime_get_step (rt) < ml_runtime_get_last_step (rt))
          ml_runtime_seek (rt, ml_runtime_get_last_step (rt));
      }
      if (worker->vm != NULL)
        {
          guint n = 0;
          guint start_line = 0, line = 0;
          gboolean left = FALSE;

          if (cmd->lines != NULL)
            ml_vm_get_position (worker->vm, NULL, &start_line, NULL);
          /* A long run reports progress and can be cancelled; the program's own budgets
           * stop one that never ends.  With breakpoints, it stops before the first statement
           * of a breakpoint's line, once it has left the line it started on. */
          while (worker_program_step (worker))
            {
              if (cmd->lines != NULL)
                {
                  ml_vm_get_position (worker->vm, NULL, &line, NULL);
                  left |= line != start_line;
                  if (left && line_is_breakpoint (cmd->lines, line))
                    break;
                }
              if (++n % CHECK_EVERY == 0)
                {
                  if (worker_cancelled (worker, cmd->generation))
                    break;
                  worker_publish (worker, cmd->generation, FALSE, 0.5, NULL);
                }
            }
        }
      else
        worker_finish_cycle (worker, cmd->generation);
      break;

    case CMD_LOAD_PROGRAM:
      worker_load_program (worker, cmd);
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
      worker_finish_cycle (worker, cmd->generation);
      ml_runtime_gc_collect (rt);
      ml_runtime_end_step (rt);
      worker_finish_cycle (worker, cmd->generation);
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
      worker_sandbox (worker, cmd, &error);
      break;

    case CMD_EXPORT_STEPS:
      worker_export_steps (worker, cmd);
      break;

    case CMD_TIMELINE:
      worker_timeline (worker, cmd);
      break;

    case CMD_QUIT:
    default:
      g_assert_not_reached ();
    }

  worker_publish (worker, cmd->generation, TRUE, 1.0, g_steal_pointer (&error));
}

static gpointer
ml_engine_worker (gpointer data)
{
  Worker worker = { .shared = data };

  worker.sandbox_names = g_ptr_array_new_with_free_func (g_free);
  worker.sandbox_layouts = g_array_new (FALSE, TRUE, sizeof (guint));

  for (;;)
    {
      Command *cmd = g_async_queue_pop (worker.shared->queue);

      HANDOFF_ACQUIRE (cmd);
      if (cmd->kind == CMD_QUIT)
        {
          command_free (cmd);
          break;
        }

      /* A cancelled command that has not started yet is skipped, but still answered, so
       * the window's count of outstanding commands comes back to zero. */
      if (worker_cancelled (&worker, cmd->generation) && cmd->kind != CMD_RESET &&
          cmd->kind != CMD_LOAD_PROGRAM)
        {
          if (cmd->task != NULL)
            {
              HANDOFF_RELEASE (cmd->task);
              g_task_return_new_error (cmd->task, G_IO_ERROR, G_IO_ERROR_CANCELLED,
                                       _("The export was cancelled"));
            }
          worker_publish (&worker, cmd->generation, TRUE, 1.0, NULL);
        }
      else
        worker_execute (&worker, cmd);

      command_free (cmd);
    }

  worker_unload (&worker);
  g_clear_object (&worker.runtime);
  g_ptr_array_unref (worker.sandbox_names);
  g_array_unref (worker.sandbox_layouts);
  shared_unref (worker.shared);

  return NULL;
}

/* --- The main-thread side ---------------------------------------------------------------- */

static void
ml_engine_push (MlEngine *self,
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

static Command *
command_new (CommandKind kind)
{
  Command *cmd = g_new0 (Command, 1);

  cmd->kind = kind;

  return cmd;
}

static void
ml_engine_dispose (GObject *object)
{
  MlEngine *self = ML_ENGINE (object);

  if (self->thread != NULL)
    {
      Command *quit = command_new (CMD_QUIT);

      /* Stop whatever runs, then ask the worker to quit after the queue drains. */
      g_atomic_int_set (&self->shared->cancel_generation, G_MAXUINT - 1);
      HANDOFF_RELEASE (quit);
      g_async_queue_push (self->shared->queue, quit);
      g_thread_join (g_steal_pointer (&self->thread));
    }

  g_clear_pointer (&self->snapshot, ml_snapshot_unref);
  program_info_clear (&self->program);

  G_OBJECT_CLASS (ml_engine_parent_class)->dispose (object);
}

static void
ml_engine_finalize (GObject *object)
{
  MlEngine *self = ML_ENGINE (object);

  g_clear_pointer (&self->shared, shared_unref);

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
  self->shared->queue = g_async_queue_new_full (command_free);
  self->shared->context = context != NULL ? g_main_context_ref (context)
                                          : g_main_context_ref_thread_default ();
  g_weak_ref_init (&self->shared->engine, self);

  self->thread = g_thread_new ("memlab-engine", ml_engine_worker, shared_ref (self->shared));

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

void
ml_engine_reset (MlEngine             *self,
                 const MlEngineConfig *config)
{
  Command *cmd;

  g_return_if_fail (ML_IS_ENGINE (self));
  g_return_if_fail (config != NULL);

  /* Whatever the old model was doing no longer matters. */
  g_atomic_int_set (&self->shared->cancel_generation, self->issued);

  cmd = command_new (CMD_RESET);
  cmd->config = *config;
  ml_engine_push (self, cmd);
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
  g_atomic_int_set (&self->shared->cancel_generation, self->issued);

  cmd = command_new (CMD_LOAD_PROGRAM);
  cmd->name = g_strdup (filename);
  cmd->source = g_strdup (source);
  cmd->config = *config;
  ml_engine_push (self, cmd);
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

void
ml_engine_step_forward (MlEngine *self)
{
  g_return_if_fail (ML_IS_ENGINE (self));

  ml_engine_push (self, command_new (CMD_STEP_FORWARD));
}

void
ml_engine_step_back (MlEngine *self)
{
  g_return_if_fail (ML_IS_ENGINE (self));

  ml_engine_push (self, command_new (CMD_STEP_BACK));
}

void
ml_engine_seek (MlEngine *self,
                guint64   step)
{
  Command *cmd;

  g_return_if_fail (ML_IS_ENGINE (self));

  cmd = command_new (CMD_SEEK);
  cmd->number = (gint64)MIN (step, (guint64)G_MAXINT64);
  ml_engine_push (self, cmd);
}

void
ml_engine_run_to_end (MlEngine *self)
{
  g_return_if_fail (ML_IS_ENGINE (self));

  ml_engine_push (self, command_new (CMD_RUN_TO_END));
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

  cmd = command_new (CMD_RUN_TO_END);
  cmd->lines = g_array_new (FALSE, FALSE, sizeof (guint));
  g_array_append_vals (cmd->lines, lines, n_lines);
  ml_engine_push (self, cmd);
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
  g_return_if_fail (ML_IS_ENGINE (self));

  ml_engine_push (self, command_new (CMD_GC_START));
}

void
ml_engine_gc_step (MlEngine *self)
{
  g_return_if_fail (ML_IS_ENGINE (self));

  ml_engine_push (self, command_new (CMD_GC_STEP));
}

void
ml_engine_gc_full (MlEngine *self)
{
  g_return_if_fail (ML_IS_ENGINE (self));

  ml_engine_push (self, command_new (CMD_GC_FULL));
}

void
ml_engine_set_write_barrier (MlEngine *self,
                             gboolean  enabled)
{
  Command *cmd;

  g_return_if_fail (ML_IS_ENGINE (self));

  cmd = command_new (CMD_SET_WRITE_BARRIER);
  cmd->number = !!enabled;
  ml_engine_push (self, cmd);
}

void
ml_engine_set_gogc (MlEngine *self,
                    gint      gogc)
{
  Command *cmd;

  g_return_if_fail (ML_IS_ENGINE (self));
  g_return_if_fail (gogc >= -1);

  cmd = command_new (CMD_SET_GOGC);
  cmd->number = gogc;
  ml_engine_push (self, cmd);
}

/**
 * ml_engine_sandbox_alloc_root:
 * @name: the variable's name
 * @type_name: the object's type, "main.Nodo" or "int"
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
  Command *cmd;

  g_return_if_fail (ML_IS_ENGINE (self));
  g_return_if_fail (name != NULL);
  g_return_if_fail (type_name != NULL);

  cmd = command_new (CMD_SANDBOX_ALLOC_ROOT);
  cmd->name = g_strdup (name);
  cmd->type_name = g_strdup (type_name);
  cmd->number = !!global;
  ml_engine_push (self, cmd);
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
  Command *cmd;

  g_return_if_fail (ML_IS_ENGINE (self));
  g_return_if_fail (field != NULL);
  g_return_if_fail (type_name != NULL);

  cmd = command_new (CMD_SANDBOX_ALLOC_FIELD);
  cmd->object = object;
  cmd->field = g_strdup (field);
  cmd->type_name = g_strdup (type_name);
  ml_engine_push (self, cmd);
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

  cmd = command_new (CMD_SANDBOX_LINK);
  cmd->object = object;
  cmd->field = g_strdup (field);
  cmd->target = target;
  ml_engine_push (self, cmd);
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

  cmd = command_new (CMD_SANDBOX_CLEAR_ROOT);
  cmd->name = g_strdup (name);
  ml_engine_push (self, cmd);
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

  cmd = command_new (CMD_EXPORT_STEPS);
  cmd->options = *options;
  cmd->task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (cmd->task, ml_engine_export_steps_async);
  g_task_set_task_data (cmd->task, export, export_steps_free);
  ml_engine_push (self, cmd);
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

  cmd = command_new (CMD_TIMELINE);
  cmd->name = g_strdup (label);
  cmd->task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (cmd->task, ml_engine_build_timeline_async);
  ml_engine_push (self, cmd);
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
