/* ml-window-private.h
 *
 * Copyright The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What the files of MlWindow share: the instance structure, the window's modes and
 * properties, and the functions each part offers the core and the core offers the parts.
 * ml-window.h stays the window's public face.
 */

#pragma once

#include <gtksourceview/gtksource.h>

#include "ml-canvas.h"
#include "ml-engine.h"
#include "ml-inspector.h"
#include "ml-lesson.h"
#include "ml-sandbox-script.h"
#include "ml-window.h"

G_BEGIN_DECLS

/* A lesson moment the story told, and the step where it did. */
typedef struct
{
  gint    index;
  guint64 step;
} MlMomentMark;

typedef enum
{
  ML_WINDOW_WELCOME,
  ML_WINDOW_LESSON,
  ML_WINDOW_FILE,
  ML_WINDOW_SANDBOX,
} MlWindowMode;

struct _MlWindow
{
  AdwApplicationWindow  parent_instance;

  /* Owned references */
  GSettings            *settings;
  GListModel           *lessons;
  GFile                *file;
  GCancellable         *load_cancellable;
  char                 *view;
  char                 *lesson_id;
  MlEngine             *engine;
  MlTimelineSeries     *series;
  /* A rebuild of the timeline from the engine's history, after a jump of many steps. */
  GCancellable         *timeline_cancellable;
  char                 *series_label;     /* the program's name, when a lesson compares two */
  /* A lesson that compares its programs runs the other one to its end in an engine of its
   * own, and the timeline draws the two side by side. */
  MlEngine             *compare_engine;
  MlTimelineSeries     *compare_series;
  GCancellable         *compare_cancellable;
  MlSandboxScript      *script;
  char                 *pending_link_field;
  guint64               link_source;
  guint                 sandbox_nodes;    /* Nodos and Personas made so far, for the */
  guint                 sandbox_people;   /* values each new one starts with */
  guint                 play_source;
  guint                 play_from_line;   /* play does not stop at the breakpoint it left */
  gboolean              editing;          /* edit mode: the source is editable, nothing runs */
  char                 *edit_original;    /* the source when editing began */
  gboolean              text_dirty;       /* a file's program was edited and not saved */
  GArray               *breakpoint_hits;  /* guint64: steps seen at a breakpoint's line */
  guint64               end_step;         /* the run's last step once it was seen to end */
  gboolean              presenting;       /* presentation mode: canvas, caption, transport */
  MlWindowMode          mode;
  gulong                scrubber_handler;
  guint                 shown_gctrace;
  guint                 saved_statements;
  char                 *shown_moment;     /* the lesson moment on show, by its "when" */
  GArray               *moment_trail;     /* MlMomentMark: the moments shown, in order */
  GtkTextTag           *error_tag;
  gboolean              close_confirmed;
  GtkRecentManager     *recent;
  char                 *draft_id;         /* the name of this window's draft on disk */
  guint                 draft_source;     /* writes the draft a moment after the last edit */
  gboolean              draft_failed;     /* the last write of the draft failed, and was said */

  /* Template widgets */
  AdwToastOverlay      *toast_overlay;
  AdwOverlaySplitView  *split_view;
  GtkListBox           *lessons_list;
  GtkListBox           *sandbox_list;
  GtkListBoxRow        *sandbox_row;
  GtkLabel             *recent_label;
  GtkListBox           *recent_list;
  AdwWindowTitle       *window_title;
  AdwToggleGroup       *view_group;
  GtkRevealer          *sandbox_revealer;
  GtkSwitch            *barrier_switch;
  GtkSpinButton        *gogc_spin;
  GtkPaned             *content_paned;
  GtkStack             *content_stack;
  AdwStatusPage        *status_page;
  GtkButton            *status_button;
  AdwStatusPage        *fault_page;
  GtkLabel             *fault_report_label;
  GtkButton            *fault_back_button;
  MlCanvas             *canvas;
  GtkLabel             *story_title;
  GtkLabel             *story_text;
  GtkLabel             *narration_label;
  GtkDropDown          *program_dropdown;
  GtkStringList        *program_list;
  AdwViewStack         *side_stack;
  GtkSourceView        *source_view;
  /* Whether the source view keeps the line about to run in view when its size changes. */
  gboolean              follow_current_line;
  /* The step and line shown last, and the line that just ran (0 when a jump left none). */
  guint64               shown_step;
  guint                 shown_line;
  guint                 ran_line;
  GtkTextView          *output_view;
  MlInspector          *inspector;
  GtkBox               *transport_bar;
  GtkButton            *play_button;
  GtkScale             *scrubber;
  GtkAdjustment        *scrubber_adjustment;
  GtkRevealer          *caption_revealer;
  GtkLabel             *caption_title;
  GtkLabel             *caption_text;
  GtkWidget            *side_panel;
  GtkLabel             *step_label;
  GtkDropDown          *speed_dropdown;
  GtkLabel             *phase_label;
  GtkLevelBar          *heap_bar;
  GtkLabel             *heap_label;
};

/* The window's properties, which its parts tell the changes of through _ml_window_notify(). */
typedef enum
{
  PROP_0,
  PROP_VIEW,
  PROP_LESSON_ID,
  PROP_EDITING,
  PROP_PRESENTING,
  N_PROPS
} MlWindowProperty;

/* ml-window.c: what the parts share. */
MlLesson *_ml_window_find_lesson           (MlWindow                  *self,
                                            const char                *lesson_id,
                                            guint                     *position);
void      _ml_window_toast                 (MlWindow                  *self,
                                            const char                *message);
void      _ml_window_notify                (MlWindow                  *self,
                                            MlWindowProperty           prop);
void      _ml_window_set_story             (MlWindow                  *self,
                                            const char                *title,
                                            const char                *text);
void      _ml_window_reset_editing         (MlWindow                  *self);
void      _ml_window_set_source            (MlWindow                  *self,
                                            const char                *text);
gboolean  _ml_window_builds_without_inlining (MlWindow                *self);
void      _ml_window_engine_config         (MlWindow                  *self,
                                            guint                      gomaxprocs,
                                            MlEngineConfig            *config);
void      _ml_window_load_program          (MlWindow                  *self,
                                            const char                *filename,
                                            const char                *text,
                                            guint                      gomaxprocs);
void      _ml_window_clear_comparison      (MlWindow                  *self);
void      _ml_window_build_timeline        (MlWindow                  *self,
                                            MlEngine                  *engine,
                                            const char                *label,
                                            GCancellable              *cancellable);
void      _ml_window_stop_playing          (MlWindow                  *self);
void      _ml_window_update_actions        (MlWindow                  *self);
void      _ml_window_update                (MlWindow                  *self);
void      _ml_window_mode_changed          (MlWindow                  *self);
void      _ml_window_close_folded_sidebar  (MlWindow                  *self);

/* ml-window-lesson.c */
void      _ml_window_class_init_lesson     (GtkWidgetClass            *widget_class);
void      _ml_window_lesson_init           (MlWindow                  *self);
char     *_ml_window_lesson_intro_text     (MlLesson                  *lesson);
void      _ml_window_check_moments         (MlWindow                  *self,
                                            MlSnapshot                *snap,
                                            const MlEngineProgramInfo *info);

/* ml-window-transport.c */
void      _ml_window_class_init_transport  (GtkWidgetClass            *widget_class);
void      _ml_window_transport_init        (MlWindow                  *self);
void      _ml_window_transport_constructed (MlWindow                  *self);
void      _ml_window_update_status         (MlWindow                  *self,
                                            MlSnapshot                *snap);
void      _ml_window_timeline_add          (MlWindow                  *self,
                                            MlSnapshot                *snap);
void      _ml_window_update_scrubber_marks (MlWindow                  *self);
void      _ml_window_check_breakpoints     (MlWindow                  *self,
                                            const MlEngineProgramInfo *info);

/* ml-window-panel.c */
void      _ml_window_panel_init            (MlWindow                  *self);
void      _ml_window_update_narration      (MlWindow                  *self,
                                            MlSnapshot                *snap);
void      _ml_window_show_program          (MlWindow                  *self,
                                            MlSnapshot                *snap);
void      _ml_window_show_gctrace          (MlWindow                  *self,
                                            MlSnapshot                *snap);

/* ml-window-files.c */
void      _ml_window_class_init_files      (GtkWidgetClass            *widget_class);
void      _ml_window_files_init            (MlWindow                  *self);
gboolean  _ml_window_confirm_close         (MlWindow                  *self);

/* ml-window-drafts.c */
void      _ml_window_drafts_init           (MlWindow                  *self);

/* ml-window-fault.c */
void      _ml_window_class_init_fault      (GtkWidgetClass            *widget_class);
void      _ml_window_fault_init            (MlWindow                  *self);
void      _ml_window_drafts_dispose        (MlWindow                  *self);
void      _ml_window_write_draft           (MlWindow                  *self);
void      _ml_window_discard_draft         (MlWindow                  *self);

/* ml-window-sandbox-values.c */
char    **_ml_window_sandbox_new_values    (MlWindow                  *self,
                                            const char                *type);
void      _ml_window_sandbox_set_value_cb  (GtkWidget                 *widget,
                                            const char                *action_name,
                                            GVariant                  *parameter);

/* ml-window-sandbox.c */
char     *_ml_window_sandbox_selected_path (MlWindow                  *self,
                                            guint64                   *address);
void      _ml_window_sandbox_refresh_source (MlWindow                 *self);
void      _ml_window_class_init_sandbox    (GtkWidgetClass            *widget_class);
void      _ml_window_sandbox_init          (MlWindow                  *self);
void      _ml_window_sandbox_selected      (MlWindow                  *self,
                                            const MlHit               *hit);

/* ml-window-presentation.c */
void        _ml_window_set_presenting        (MlWindow                  *self,
                                              gboolean                   presenting);
void        _ml_window_update_caption        (MlWindow                  *self);
void        _ml_window_presentation_init     (MlWindow                  *self);
void        _ml_window_class_init_presentation (GtkWidgetClass          *widget_class);

G_END_DECLS
