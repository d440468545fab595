/* ml-engine-private.h
 *
 * Copyright The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What the files of MlEngine share and nothing outside them may see: the commands that cross
 * from the main thread to the worker, the block both threads hold, the worker's own state,
 * the results that cross back, and the marks that tell ThreadSanitizer where memory changes
 * hands.  ml-engine.h stays the engine's only public face.
 */

#pragma once

#include "ml-engine.h"
#include "ml-vm.h"

G_BEGIN_DECLS

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

/* How many steps a long command runs between two looks at the cancel flag and two
 * progress reports. */
#define CHECK_EVERY 1024

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
  CMD_SANDBOX_SET_VALUE,
  CMD_SANDBOX_APPEND,
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
  char          **values;         /* sandbox: "field=value" for a new object's fields */
  GTask          *task;           /* CMD_EXPORT_STEPS, CMD_TIMELINE: answered from the worker */
  char           *source;         /* CMD_LOAD_PROGRAM */
  GArray         *lines;          /* CMD_RUN_TO_END: breakpoint lines (guint), or NULL */
  MlRenderOptions options;
} Command;

/* The block the engine and its worker share.  The worker does not hold the GObject, so that
 * the engine can be disposed while a command runs. */
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
};

/* What the worker thread owns: the model, and the program or the sandbox that runs on it. */
typedef struct
{
  Shared      *shared;
  MlRuntime   *runtime;
  guint64      step_budget;

  /* The sandbox's main frame.  Its locals are declared one click at a time, so the frame
   * is rebuilt with one more slot each time (layouts[k] has the first k names).  How many
   * locals the frame has now is a driver register, so that history restores it. */
  GPtrArray   *sandbox_names;
  GPtrArray   *sandbox_types;     /* const MlRtype *, the type of each local */
  GArray      *sandbox_layouts;   /* guint layout ids, index k */
  GHashTable  *sandbox_slices;    /* package variable name → its slice type */

  /* A Go program, when one is loaded. */
  MlVm        *vm;
  MlEngineProgramState state;
  char        *compile_report;
  GPtrArray   *diagnostics;       /* MlEngineDiagnostic */
  char        *program_name;

  /* After a model check failed (ml-engine-fault.c): the run is gone, and this is what the
   * program's side keeps of it, its state %ML_ENGINE_PROGRAM_FAULTED. */
  MlEngineProgramInfo fault;
} Worker;

/* What the worker sends back after a command, or during a long one as a progress report. */
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

/* ml-engine.c: the shared block, the queue and the results, on the main thread. */
Shared    *_ml_engine_shared_ref          (Shared               *shared);
void       _ml_engine_shared_unref        (Shared               *shared);
Command   *_ml_engine_command_new         (CommandKind           kind);
void       _ml_engine_command_free        (gpointer              data);
void       _ml_engine_push                (MlEngine             *self,
                                           Command              *cmd);
gboolean   _ml_engine_result_deliver_cb   (gpointer              data);
void       _ml_engine_result_free         (gpointer              data);
void       _ml_engine_program_info_clear  (MlEngineProgramInfo  *info);

/* ml-engine-worker.c: the worker thread and what every command's work uses. */
gpointer   _ml_engine_worker_thread       (gpointer              data);
MlRuntime *_ml_engine_worker_new_runtime  (const MlEngineConfig *config);
gboolean   _ml_engine_worker_cancelled    (Worker               *worker,
                                           guint                 generation);
void       _ml_engine_worker_publish      (Worker               *worker,
                                           guint                 generation,
                                           gboolean              final,
                                           double                progress,
                                           GError               *error);

/* ml-engine-run.c: the program, and moving through a run. */
void       _ml_engine_worker_unload       (Worker               *worker);
void       _ml_engine_worker_load_program (Worker               *worker,
                                           Command              *cmd);
void       _ml_engine_worker_program_info (Worker               *worker,
                                           MlEngineProgramInfo  *info);
void       _ml_engine_worker_step_forward (Worker               *worker);
void       _ml_engine_worker_run_to_end   (Worker               *worker,
                                           Command              *cmd);
void       _ml_engine_worker_finish_cycle (Worker               *worker,
                                           guint                 generation);

/* ml-engine-fault.c: a failed model check ends the run, never the worker. */
typedef void (*MlEngineExecuteFunc) (Worker   *worker,
                                     Command  *cmd,
                                     GError  **error);

void       _ml_engine_worker_execute_guarded (Worker             *worker,
                                              Command            *cmd,
                                              MlEngineExecuteFunc execute,
                                              GError            **error);

/* ml-engine-sandbox.c: the sandbox's clicks on the model. */
void       _ml_engine_worker_sandbox      (Worker               *worker,
                                           Command              *cmd,
                                           GError              **error);

/* ml-engine-sandbox-types.c: the sandbox's types and the values of its objects. */
const MlRtype *_ml_engine_sandbox_type    (Worker               *worker,
                                           const char           *type_name);
gboolean   _ml_engine_sandbox_set_value   (Worker               *worker,
                                           guint64               object,
                                           const MlRtype        *type,
                                           const char           *field,
                                           const char           *value,
                                           GError              **error);
gboolean   _ml_engine_sandbox_set_values  (Worker               *worker,
                                           guint64               object,
                                           const MlRtype        *type,
                                           char                **values,
                                           GError              **error);

/* ml-engine-history.c: work that walks the run's recorded history. */
void       _ml_engine_worker_export_steps (Worker               *worker,
                                           Command              *cmd);
void       _ml_engine_worker_timeline     (Worker               *worker,
                                           Command              *cmd);

G_END_DECLS
