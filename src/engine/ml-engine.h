/* ml-engine.h
 *
 * Copyright The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * MlEngine, the bridge between the window (or memlab-cli) and the model: commands go to a
 * worker thread that owns the model, snapshots come back to the main context.  Its code is
 * split over ml-engine.c and ml-engine-*.c, which share ml-engine-private.h.
 */

#pragma once

#include <gio/gio.h>

#include "ml-engine-diagnostic.h"
#include "ml-render.h"
#include "ml-runtime.h"
#include "ml-snapshot.h"
#include "ml-vm.h"

G_BEGIN_DECLS

/* The model settings a run starts with (the Preferences dialog edits them). */
typedef struct
{
  gint     gogc;
  guint    gomaxprocs;
  guint64  heap_minimum;
  gint64   memory_limit;      /* 0: no limit */
  gboolean write_barrier;
  guint64  step_budget;
  guint64  memory_budget;     /* the model's heap, in bytes; 0: the VM's default */
  guint64  time_budget;       /* the model's work, in microseconds of the wall clock; 0: none */
  guint64  history_budget;    /* MemLab's history of the run, in bytes; 0: none */
  gboolean no_inline;         /* built as go run -gcflags=-l: every call has its frame */
} MlEngineConfig;

void ml_engine_config_init (MlEngineConfig *config);

/* Where a program run stands. */
typedef enum
{
  ML_ENGINE_PROGRAM_NONE,          /* the sandbox, or nothing loaded */
  ML_ENGINE_PROGRAM_COMPILE_ERROR, /* the program does not compile */
  ML_ENGINE_PROGRAM_READY,         /* loaded, at a step before its end */
  ML_ENGINE_PROGRAM_EXITED,        /* main returned */
  ML_ENGINE_PROGRAM_PANICKED,      /* it panicked, as Go would */
  ML_ENGINE_PROGRAM_STOPPED,       /* it went past one of MemLab's budgets */
  ML_ENGINE_PROGRAM_FAULTED,       /* MemLab failed: a model check did not hold; the run is
                                    * dropped and the message is the report to copy */
} MlEngineProgramState;

/* What the window shows about a program besides its memory: what it printed, where it is,
 * and how it ended or why it did not compile. */
typedef struct
{
  MlEngineProgramState  state;
  char                 *output;       /* everything printed so far, stdout and stderr */
  char                 *function;
  guint                 line;
  guint                 column;
  char                 *message;      /* panic, budget, compile or internal error report */
  MlVmLimit             limit;        /* the budget that stopped it, when stopped */
  GPtrArray            *diagnostics;  /* MlEngineDiagnostic, for compile errors */
  char                 *failure;      /* after a fault: what failed, in a line */
  guint64               fault_step;   /* after a fault: the step it happened in */
} MlEngineProgramInfo;



#define ML_TYPE_ENGINE (ml_engine_get_type ())

G_DECLARE_FINAL_TYPE (MlEngine, ml_engine, ML, ENGINE, GObject)

MlEngine   *ml_engine_new                  (void);
MlEngine   *ml_engine_new_for_context      (GMainContext         *context);

/* What the main thread knows: the latest published picture and where it stands.  These are
 * read on the main thread only and never wait for the engine. */
MlSnapshot *ml_engine_get_snapshot         (MlEngine             *self);
guint64     ml_engine_get_step             (MlEngine             *self);
guint64     ml_engine_get_first_step       (MlEngine             *self);
guint64     ml_engine_get_last_step        (MlEngine             *self);
gboolean    ml_engine_get_busy             (MlEngine             *self);
double      ml_engine_get_progress         (MlEngine             *self);
guint       ml_engine_get_pending          (MlEngine             *self);

/* Commands.  Each returns at once; its result arrives later as a new snapshot. */
void        ml_engine_reset                (MlEngine             *self,
                                            const MlEngineConfig *config);
void        ml_engine_load_program         (MlEngine             *self,
                                            const char           *filename,
                                            const char           *source,
                                            const MlEngineConfig *config);
const MlEngineProgramInfo *
            ml_engine_get_program_info     (MlEngine             *self);
void        ml_engine_step_forward         (MlEngine             *self);
void        ml_engine_step_back            (MlEngine             *self);
void        ml_engine_seek                 (MlEngine             *self,
                                            guint64               step);
void        ml_engine_run_to_end           (MlEngine             *self);
void        ml_engine_run_to_breakpoint    (MlEngine             *self,
                                            const guint          *lines,
                                            guint                 n_lines);
void        ml_engine_cancel               (MlEngine             *self);

void        ml_engine_gc_start             (MlEngine             *self);
void        ml_engine_gc_step              (MlEngine             *self);
void        ml_engine_gc_full              (MlEngine             *self);
void        ml_engine_set_write_barrier    (MlEngine             *self,
                                            gboolean              enabled);
void        ml_engine_set_gogc             (MlEngine             *self,
                                            gint                  gogc);

void        ml_engine_sandbox_alloc_root   (MlEngine             *self,
                                            const char           *name,
                                            const char           *type_name,
                                            gboolean              global);
void        ml_engine_sandbox_new_root     (MlEngine             *self,
                                            const char           *name,
                                            const char           *type_name,
                                            gboolean              global,
                                            const char * const   *values);
void        ml_engine_sandbox_alloc_field  (MlEngine             *self,
                                            guint64               object,
                                            const char           *field,
                                            const char           *type_name);
void        ml_engine_sandbox_new_field    (MlEngine             *self,
                                            guint64               object,
                                            const char           *field,
                                            const char           *type_name,
                                            const char * const   *values);
void        ml_engine_sandbox_set_value    (MlEngine             *self,
                                            guint64               object,
                                            const char           *field,
                                            const char           *value);
void        ml_engine_sandbox_append       (MlEngine             *self,
                                            const char           *slice,
                                            guint64               target,
                                            const char * const   *values);
void        ml_engine_sandbox_link         (MlEngine             *self,
                                            guint64               object,
                                            const char           *field,
                                            guint64               target);
void        ml_engine_sandbox_clear_root   (MlEngine             *self,
                                            const char           *name);

void        ml_engine_export_steps_async   (MlEngine             *self,
                                            GFile                *folder,
                                            MlViewKind            view,
                                            const MlRenderOptions *options,
                                            MlExportFormat        format,
                                            GCancellable         *cancellable,
                                            GAsyncReadyCallback   callback,
                                            gpointer              user_data);
guint       ml_engine_export_steps_finish  (MlEngine             *self,
                                            GAsyncResult         *result,
                                            GError              **error);

void              ml_engine_build_timeline_async  (MlEngine            *self,
                                                   const char          *label,
                                                   GCancellable        *cancellable,
                                                   GAsyncReadyCallback  callback,
                                                   gpointer             user_data);
MlTimelineSeries *ml_engine_build_timeline_finish (MlEngine            *self,
                                                   GAsyncResult        *result,
                                                   GError             **error);

/* The most frames one export of all steps writes. */
#define ML_ENGINE_MAX_EXPORT_FRAMES 20000

/* Waits, running @context, until the engine has published the result of every command
 * given so far.  For tests and the command line only: the window never waits. */
gboolean    ml_engine_wait_idle            (MlEngine             *self,
                                            guint                 timeout_ms);

MlProcessStage ml_engine_program_info_get_process_stage (const MlEngineProgramInfo *info);

G_END_DECLS
