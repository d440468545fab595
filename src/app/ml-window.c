/* ml-window.c
 *
 * Copyright The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "memlab-window"

#include "config.h"

#include <glib/gi18n.h>
#include <gtksourceview/gtksource.h>

#include "ml-lesson.h"
#include "ml-window.h"

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

  /* Template widgets */
  AdwToastOverlay      *toast_overlay;
  AdwOverlaySplitView  *split_view;
  GtkListBox           *lessons_list;
  GtkListBox           *sandbox_list;
  GtkListBoxRow        *sandbox_row;
  AdwWindowTitle       *window_title;
  AdwToggleGroup       *view_group;
  GtkStack             *content_stack;
  AdwStatusPage        *status_page;
  GtkButton            *status_button;
  GtkSourceView        *source_view;
};

G_DEFINE_FINAL_TYPE (MlWindow, ml_window, ADW_TYPE_APPLICATION_WINDOW)

enum {
  PROP_0,
  PROP_VIEW,
  PROP_LESSON_ID,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* What each view shows, for the window while its canvas is not drawn yet and for the
 * accessible description of the view. */
static const struct {
  const char *name;
  const char *title;
  const char *description;
  const char *icon_name;
} views[] = {
  { "segments", N_("Segments"),
    N_("The process image of the lecture: code, data, heap and stack, with their addresses and sizes."),
    "view-list-symbolic" },
  { "memory-map", N_("Memory Map"),
    N_("Every live variable in its place, with values as Go prints them and pointers drawn as arrows."),
    "view-grid-symbolic" },
  { "heap-graph", N_("Heap Graph"),
    N_("Heap objects as a graph, coloured white, grey and black as the collector marks them."),
    "network-workgroup-symbolic" },
  { "spans", N_("Spans"),
    N_("The heap as Go lays it out: pages, spans and size classes, slot by slot."),
    "view-app-grid-symbolic" },
  { "timeline", N_("Timeline"),
    N_("Heap in use and heap goal over time, with every collection cycle and its pauses."),
    "power-profile-balanced-symbolic" },
};

static guint
view_index (const char *name)
{
  for (guint i = 0; i < G_N_ELEMENTS (views); i++)
    if (g_strcmp0 (views[i].name, name) == 0)
      return i;

  return 1;
}

static MlLesson *
ml_window_find_lesson (MlWindow   *self,
                       const char *lesson_id,
                       guint      *position)
{
  guint n = g_list_model_get_n_items (self->lessons);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(MlLesson) lesson = g_list_model_get_item (self->lessons, i);

      if (g_strcmp0 (ml_lesson_get_id (lesson), lesson_id) == 0)
        {
          if (position != NULL)
            *position = i;
          return lesson;
        }
    }

  return NULL;
}

/* Brings the title, the status page and the navigation actions in line with what is shown. */
static void
ml_window_update (MlWindow *self)
{
  guint v = view_index (self->view);
  guint n_lessons = g_list_model_get_n_items (self->lessons);
  guint position = 0;
  MlLesson *lesson = NULL;

  if (self->lesson_id != NULL)
    lesson = ml_window_find_lesson (self, self->lesson_id, &position);

  if (self->file != NULL)
    {
      g_autofree char *name = g_file_get_basename (self->file);
      g_autoptr(GFile) parent = g_file_get_parent (self->file);
      g_autofree char *folder = parent != NULL ? g_file_get_parse_name (parent) : NULL;

      adw_window_title_set_title (self->window_title, name);
      adw_window_title_set_subtitle (self->window_title, folder != NULL ? folder : "");
      gtk_window_set_title (GTK_WINDOW (self), name);
      gtk_stack_set_visible_child_name (self->content_stack, "source");
    }
  else if (lesson != NULL)
    {
      g_autofree char *subtitle = g_strdup_printf (_("Lesson %u of %u"),
                                                   ml_lesson_get_number (lesson),
                                                   n_lessons);

      adw_window_title_set_title (self->window_title, ml_lesson_get_title (lesson));
      adw_window_title_set_subtitle (self->window_title, subtitle);
      gtk_window_set_title (GTK_WINDOW (self), ml_lesson_get_title (lesson));
      adw_status_page_set_icon_name (self->status_page, ml_lesson_get_icon_name (lesson));
      adw_status_page_set_title (self->status_page, ml_lesson_get_title (lesson));
      adw_status_page_set_description (self->status_page, ml_lesson_get_summary (lesson));
      gtk_widget_set_visible (GTK_WIDGET (self->status_button), position + 1 < n_lessons);
      gtk_button_set_label (self->status_button, _("_Next Lesson"));
      gtk_stack_set_visible_child_name (self->content_stack, "status");
    }
  else
    {
      adw_window_title_set_title (self->window_title, _(views[v].title));
      adw_window_title_set_subtitle (self->window_title, "");
      gtk_window_set_title (GTK_WINDOW (self), "MemLab");
      adw_status_page_set_icon_name (self->status_page, "com.example.MemLab-symbolic");
      adw_status_page_set_title (self->status_page, _("Welcome to MemLab"));
      adw_status_page_set_description (self->status_page,
                                       _("Pick a lesson from the sidebar, or open a Go program."));
      gtk_widget_set_visible (GTK_WIDGET (self->status_button), n_lessons > 0);
      gtk_button_set_label (self->status_button, _("_Start the First Lesson"));
      gtk_stack_set_visible_child_name (self->content_stack, "status");
    }

  gtk_accessible_update_property (GTK_ACCESSIBLE (self->content_stack),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _(views[v].title),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, _(views[v].description),
                                  -1);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.previous-lesson",
                                 lesson != NULL && position > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.next-lesson",
                                 lesson == NULL ? n_lessons > 0 : position + 1 < n_lessons);
}

static GtkWidget *
ml_window_create_lesson_row (gpointer item,
                             gpointer user_data)
{
  MlLesson *lesson = item;
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *labels = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  g_autofree char *number = g_strdup_printf ("%u", ml_lesson_get_number (lesson));
  GtkWidget *badge = gtk_label_new (number);
  GtkWidget *title = gtk_label_new (ml_lesson_get_title (lesson));
  GtkWidget *summary = gtk_label_new (ml_lesson_get_summary (lesson));

  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 6);
  gtk_widget_add_css_class (badge, "lesson-number");
  gtk_widget_add_css_class (badge, "numeric");
  gtk_widget_set_valign (badge, GTK_ALIGN_START);
  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_label_set_ellipsize (GTK_LABEL (title), PANGO_ELLIPSIZE_END);
  gtk_label_set_xalign (GTK_LABEL (summary), 0);
  gtk_label_set_wrap (GTK_LABEL (summary), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (summary), PANGO_WRAP_WORD_CHAR);
  gtk_widget_add_css_class (summary, "caption");
  gtk_widget_add_css_class (summary, "dim-label");

  gtk_box_append (GTK_BOX (labels), title);
  gtk_box_append (GTK_BOX (labels), summary);
  gtk_box_append (GTK_BOX (box), badge);
  gtk_box_append (GTK_BOX (box), labels);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);

  gtk_accessible_update_property (GTK_ACCESSIBLE (row),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, ml_lesson_get_title (lesson),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, ml_lesson_get_summary (lesson),
                                  -1);
  g_object_set_data_full (G_OBJECT (row), "lesson-id",
                          g_strdup (ml_lesson_get_id (lesson)), g_free);

  return row;
}

static void
on_lessons_row_activated_cb (MlWindow      *self,
                             GtkListBoxRow *row,
                             GtkListBox    *list)
{
  const char *lesson_id;

  g_assert (ML_IS_WINDOW (self));

  lesson_id = g_object_get_data (G_OBJECT (row), "lesson-id");
  ml_window_show_lesson (self, lesson_id);

  if (adw_overlay_split_view_get_collapsed (self->split_view))
    adw_overlay_split_view_set_show_sidebar (self->split_view, FALSE);
}

static void
on_sandbox_row_activated_cb (MlWindow      *self,
                             GtkListBoxRow *row,
                             GtkListBox    *list)
{
  g_assert (ML_IS_WINDOW (self));

  gtk_list_box_unselect_all (self->lessons_list);
  g_clear_object (&self->file);
  g_clear_pointer (&self->lesson_id, g_free);
  ml_window_update (self);

  adw_status_page_set_icon_name (self->status_page, "applications-science-symbolic");
  adw_status_page_set_title (self->status_page, _("The Heap in Your Hands"));
  adw_status_page_set_description (self->status_page,
                                   _("Allocate objects, link them, drop references and run the collector one step at a time."));
  adw_window_title_set_title (self->window_title, _("Sandbox"));
  gtk_widget_set_visible (GTK_WIDGET (self->status_button), FALSE);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LESSON_ID]);
}

static void
ml_window_select_lesson_row (MlWindow *self)
{
  guint position;

  gtk_list_box_unselect_all (self->sandbox_list);

  if (self->lesson_id != NULL && ml_window_find_lesson (self, self->lesson_id, &position))
    gtk_list_box_select_row (self->lessons_list,
                             gtk_list_box_get_row_at_index (self->lessons_list, position));
  else
    gtk_list_box_unselect_all (self->lessons_list);
}

static void
ml_window_actions_step_lesson (MlWindow *self,
                               int       delta)
{
  guint n = g_list_model_get_n_items (self->lessons);
  guint position = 0;
  int target;
  g_autoptr(MlLesson) lesson = NULL;

  if (self->lesson_id == NULL || ml_window_find_lesson (self, self->lesson_id, &position) == NULL)
    target = 0;
  else
    target = (int)position + delta;

  if (target < 0 || target >= (int)n)
    return;

  lesson = g_list_model_get_item (self->lessons, target);
  ml_window_show_lesson (self, ml_lesson_get_id (lesson));
}

static void
ml_window_actions_next_lesson_cb (GtkWidget  *widget,
                                  const char *action_name,
                                  GVariant   *parameter)
{
  ml_window_actions_step_lesson (ML_WINDOW (widget), 1);
}

static void
ml_window_actions_previous_lesson_cb (GtkWidget  *widget,
                                      const char *action_name,
                                      GVariant   *parameter)
{
  ml_window_actions_step_lesson (ML_WINDOW (widget), -1);
}

static void
ml_window_actions_toggle_sidebar_cb (GtkWidget  *widget,
                                     const char *action_name,
                                     GVariant   *parameter)
{
  MlWindow *self = ML_WINDOW (widget);

  adw_overlay_split_view_set_show_sidebar (self->split_view,
                                           !adw_overlay_split_view_get_show_sidebar (self->split_view));
}

static void
on_file_loaded_cb (GObject      *object,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  g_autoptr(MlWindow) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  gsize length = 0;
  GFile *file = G_FILE (object);

  if (!g_file_load_contents_finish (file, result, &contents, &length, NULL, &error))
    {
      g_autofree char *name = g_file_get_parse_name (file);
      g_autofree char *message = NULL;

      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        return;

      message = g_strdup_printf (_("Could not open “%s”: %s"), name, error->message);
      adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (message));
      return;
    }

  if (!g_utf8_validate (contents, length, NULL))
    {
      g_autofree char *name = g_file_get_parse_name (file);
      g_autofree char *message = g_strdup_printf (_("Could not open “%s”: it is not a text file"), name);

      adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (message));
      return;
    }

  gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (self->source_view)),
                            contents, length);
  g_set_object (&self->file, file);
  g_clear_pointer (&self->lesson_id, g_free);
  ml_window_select_lesson_row (self);
  ml_window_update (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LESSON_ID]);
}

/**
 * ml_window_open_file:
 *
 * Loads a Go program into the window.  A file that cannot be read leaves the window as it
 * was and says why in a toast.
 */
void
ml_window_open_file (MlWindow *self,
                     GFile    *file)
{
  g_return_if_fail (ML_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));

  g_cancellable_cancel (self->load_cancellable);
  g_set_object (&self->load_cancellable, g_cancellable_new ());
  g_file_load_contents_async (file, self->load_cancellable, on_file_loaded_cb,
                              g_object_ref (self));
}

static void
on_open_dialog_done_cb (GObject      *object,
                        GAsyncResult *result,
                        gpointer      user_data)
{
  g_autoptr(MlWindow) self = user_data;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;

  file = gtk_file_dialog_open_finish (GTK_FILE_DIALOG (object), result, &error);
  if (file != NULL)
    ml_window_open_file (self, file);
}

static void
ml_window_actions_open_cb (GtkWidget  *widget,
                           const char *action_name,
                           GVariant   *parameter)
{
  MlWindow *self = ML_WINDOW (widget);
  g_autoptr(GtkFileDialog) dialog = gtk_file_dialog_new ();
  g_autoptr(GtkFileFilter) go_filter = gtk_file_filter_new ();
  g_autoptr(GtkFileFilter) all_filter = gtk_file_filter_new ();
  g_autoptr(GListStore) filters = g_list_store_new (GTK_TYPE_FILE_FILTER);

  gtk_file_filter_set_name (go_filter, _("Go Programs"));
  gtk_file_filter_add_suffix (go_filter, "go");
  gtk_file_filter_add_mime_type (go_filter, "text/x-go");
  gtk_file_filter_set_name (all_filter, _("All Files"));
  gtk_file_filter_add_pattern (all_filter, "*");
  g_list_store_append (filters, go_filter);
  g_list_store_append (filters, all_filter);

  gtk_file_dialog_set_title (dialog, _("Open a Go Program"));
  gtk_file_dialog_set_filters (dialog, G_LIST_MODEL (filters));
  gtk_file_dialog_set_default_filter (dialog, go_filter);
  gtk_file_dialog_open (dialog, GTK_WINDOW (self), NULL, on_open_dialog_done_cb,
                        g_object_ref (self));
}

static gboolean
ml_window_close_request (GtkWindow *window)
{
  MlWindow *self = ML_WINDOW (window);
  int width;
  int height;

  gtk_window_get_default_size (window, &width, &height);

  /* A maximized window keeps the size it had before, so unmaximizing restores it. */
  g_settings_delay (self->settings);
  g_settings_set_boolean (self->settings, "window-maximized", gtk_window_is_maximized (window));
  if (!gtk_window_is_maximized (window))
    {
      g_settings_set_int (self->settings, "window-width", width);
      g_settings_set_int (self->settings, "window-height", height);
    }
  g_settings_set_string (self->settings, "last-lesson", self->lesson_id ? self->lesson_id : "");
  g_settings_apply (self->settings);

  return GTK_WINDOW_CLASS (ml_window_parent_class)->close_request (window);
}

static void
ml_window_constructed (GObject *object)
{
  MlWindow *self = ML_WINDOW (object);
  GtkSourceLanguageManager *languages = gtk_source_language_manager_get_default ();
  GtkSourceLanguage *go = gtk_source_language_manager_get_language (languages, "go");
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (self->source_view));
  g_autofree char *last_lesson = NULL;

  G_OBJECT_CLASS (ml_window_parent_class)->constructed (object);

  /* The window reads the settings itself rather than through the application: GtkWindow's
   * "application" property is not set yet when constructed() runs. */
  self->settings = g_settings_new (APP_ID);

  gtk_window_set_default_size (GTK_WINDOW (self),
                               g_settings_get_int (self->settings, "window-width"),
                               g_settings_get_int (self->settings, "window-height"));
  if (g_settings_get_boolean (self->settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));

  g_settings_bind (self->settings, "show-sidebar",
                   self->split_view, "show-sidebar",
                   G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "view", self, "view", G_SETTINGS_BIND_DEFAULT);
  g_object_bind_property (self, "view", self->view_group, "active-name",
                          G_BINDING_SYNC_CREATE | G_BINDING_BIDIRECTIONAL);

  if (go != NULL)
    gtk_source_buffer_set_language (GTK_SOURCE_BUFFER (buffer), go);

  last_lesson = g_settings_get_string (self->settings, "last-lesson");
  if (last_lesson[0] != '\0' && ml_window_find_lesson (self, last_lesson, NULL) != NULL)
    ml_window_show_lesson (self, last_lesson);
  else
    ml_window_update (self);
}

static void
on_style_changed_cb (MlWindow        *self,
                     GParamSpec      *pspec,
                     AdwStyleManager *style_manager)
{
  GtkSourceStyleSchemeManager *schemes = gtk_source_style_scheme_manager_get_default ();
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (self->source_view));
  const char *id = adw_style_manager_get_dark (style_manager) ? "Adwaita-dark" : "Adwaita";

  gtk_source_buffer_set_style_scheme (GTK_SOURCE_BUFFER (buffer),
                                      gtk_source_style_scheme_manager_get_scheme (schemes, id));
}

static void
ml_window_dispose (GObject *object)
{
  MlWindow *self = ML_WINDOW (object);

  g_cancellable_cancel (self->load_cancellable);
  g_clear_object (&self->load_cancellable);
  g_clear_object (&self->settings);
  g_clear_object (&self->lessons);
  g_clear_object (&self->file);

  gtk_widget_dispose_template (GTK_WIDGET (self), ML_TYPE_WINDOW);

  G_OBJECT_CLASS (ml_window_parent_class)->dispose (object);
}

static void
ml_window_finalize (GObject *object)
{
  MlWindow *self = ML_WINDOW (object);

  g_clear_pointer (&self->view, g_free);
  g_clear_pointer (&self->lesson_id, g_free);

  G_OBJECT_CLASS (ml_window_parent_class)->finalize (object);
}

static void
ml_window_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  MlWindow *self = ML_WINDOW (object);

  switch (prop_id)
    {
    case PROP_VIEW:
      g_value_set_string (value, ml_window_get_view (self));
      break;

    case PROP_LESSON_ID:
      g_value_set_string (value, ml_window_get_lesson_id (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ml_window_set_property (GObject      *object,
                        guint         prop_id,
                        const GValue *value,
                        GParamSpec   *pspec)
{
  MlWindow *self = ML_WINDOW (object);

  switch (prop_id)
    {
    case PROP_VIEW:
      ml_window_set_view (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ml_window_class_init (MlWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->constructed = ml_window_constructed;
  object_class->dispose = ml_window_dispose;
  object_class->finalize = ml_window_finalize;
  object_class->get_property = ml_window_get_property;
  object_class->set_property = ml_window_set_property;

  window_class->close_request = ml_window_close_request;

  properties[PROP_VIEW] =
    g_param_spec_string ("view", NULL, NULL, "memory-map",
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties[PROP_LESSON_ID] =
    g_param_spec_string ("lesson-id", NULL, NULL, NULL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH "/ui/ml-window.ui");
  gtk_widget_class_bind_template_child (widget_class, MlWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, MlWindow, split_view);
  gtk_widget_class_bind_template_child (widget_class, MlWindow, lessons_list);
  gtk_widget_class_bind_template_child (widget_class, MlWindow, sandbox_list);
  gtk_widget_class_bind_template_child (widget_class, MlWindow, sandbox_row);
  gtk_widget_class_bind_template_child (widget_class, MlWindow, window_title);
  gtk_widget_class_bind_template_child (widget_class, MlWindow, view_group);
  gtk_widget_class_bind_template_child (widget_class, MlWindow, content_stack);
  gtk_widget_class_bind_template_child (widget_class, MlWindow, status_page);
  gtk_widget_class_bind_template_child (widget_class, MlWindow, status_button);
  gtk_widget_class_bind_template_child (widget_class, MlWindow, source_view);
  gtk_widget_class_bind_template_callback (widget_class, on_lessons_row_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_sandbox_row_activated_cb);

  gtk_widget_class_install_action (widget_class, "win.open", NULL, ml_window_actions_open_cb);
  gtk_widget_class_install_action (widget_class, "win.next-lesson", NULL,
                                   ml_window_actions_next_lesson_cb);
  gtk_widget_class_install_action (widget_class, "win.previous-lesson", NULL,
                                   ml_window_actions_previous_lesson_cb);
  gtk_widget_class_install_action (widget_class, "win.toggle-sidebar", NULL,
                                   ml_window_actions_toggle_sidebar_cb);
  gtk_widget_class_install_property_action (widget_class, "win.view", "view");
  /* Export arrives with the views; until then its actions exist but are disabled, so the
   * menu shows what will be there without offering what cannot be done. */
  gtk_widget_class_install_action (widget_class, "win.export", "s", NULL);
  gtk_widget_class_install_action (widget_class, "win.export-all-steps", NULL, NULL);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_o, GDK_CONTROL_MASK, "win.open", NULL);

  g_type_ensure (GTK_SOURCE_TYPE_VIEW);
}

static void
ml_window_init (MlWindow *self)
{
  AdwStyleManager *style_manager = adw_style_manager_get_default ();

  self->view = g_strdup ("memory-map");

  gtk_widget_init_template (GTK_WIDGET (self));

  self->lessons = ml_lesson_list_new ();
  gtk_list_box_bind_model (self->lessons_list, self->lessons,
                           ml_window_create_lesson_row, NULL, NULL);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.export", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.export-all-steps", FALSE);

  g_signal_connect_object (style_manager, "notify::dark",
                           G_CALLBACK (on_style_changed_cb), self, G_CONNECT_SWAPPED);
  on_style_changed_cb (self, NULL, style_manager);

  if (DEVELOPMENT_BUILD)
    gtk_widget_add_css_class (GTK_WIDGET (self), "devel");
}

MlWindow *
ml_window_new (MlApplication *application)
{
  g_return_val_if_fail (ML_IS_APPLICATION (application), NULL);

  return g_object_new (ML_TYPE_WINDOW, "application", application, NULL);
}

const char *
ml_window_get_view (MlWindow *self)
{
  g_return_val_if_fail (ML_IS_WINDOW (self), NULL);

  return self->view;
}

void
ml_window_set_view (MlWindow   *self,
                    const char *view)
{
  g_return_if_fail (ML_IS_WINDOW (self));

  /* Unknown names (from a hand-edited setting, say) fall back to the memory map. */
  view = views[view_index (view)].name;

  if (g_set_str (&self->view, view))
    {
      ml_window_update (self);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VIEW]);
    }
}

const char *
ml_window_get_lesson_id (MlWindow *self)
{
  g_return_val_if_fail (ML_IS_WINDOW (self), NULL);

  return self->lesson_id;
}

/**
 * ml_window_show_lesson:
 *
 * Returns: %TRUE if @lesson_id names a lesson, which is now shown
 */
gboolean
ml_window_show_lesson (MlWindow   *self,
                       const char *lesson_id)
{
  g_return_val_if_fail (ML_IS_WINDOW (self), FALSE);

  if (lesson_id == NULL || ml_window_find_lesson (self, lesson_id, NULL) == NULL)
    return FALSE;

  g_clear_object (&self->file);
  g_set_str (&self->lesson_id, lesson_id);
  ml_window_select_lesson_row (self);
  ml_window_update (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LESSON_ID]);

  return TRUE;
}

/**
 * ml_window_get_file:
 *
 * Returns: (transfer none) (nullable): the program file shown, if any
 */
GFile *
ml_window_get_file (MlWindow *self)
{
  g_return_val_if_fail (ML_IS_WINDOW (self), NULL);

  return self->file;
}
