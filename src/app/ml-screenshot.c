/* ml-screenshot.c
 *
 * Copyright The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Saves a window as a PNG file once it has drawn a few frames, rendered by the window's own
 * GSK renderer, so that --screenshot shows the real window on a machine without a
 * display.
 */

#define G_LOG_DOMAIN "memlab-screenshot"

#include "config.h"

#include <glib/gi18n.h>

#include "ml-screenshot.h"

/* The window is saved once it has drawn a few frames: the first frame can still lack icons
 * and fonts that load asynchronously, and animations of the first map have settled after a
 * few more. */
#define FRAMES_BEFORE_SCREENSHOT 6
#define SCREENSHOT_TIMEOUT_SECONDS 20

typedef struct
{
  GtkWindow     *window;
  char          *path;
  guint          tick_id;
  GdkFrameClock *clock;
  gulong         paint_id;
  guint          timeout_id;
  guint          frames;
} Screenshot;

static void
screenshot_free (gpointer data)
{
  Screenshot *state = data;

  if (state->tick_id != 0 && state->window != NULL)
    gtk_widget_remove_tick_callback (GTK_WIDGET (state->window), state->tick_id);
  g_clear_signal_handler (&state->paint_id, state->clock);
  g_clear_object (&state->clock);
  g_clear_handle_id (&state->timeout_id, g_source_remove);
  g_clear_object (&state->window);
  g_clear_pointer (&state->path, g_free);
  g_free (state);
}

/**
 * ml_screenshot_widget_to_png:
 * @widget: a realized widget
 *
 * Renders @widget with its own renderer, at its current size, into PNG data.  This is the
 * picture that is on screen, drawn by the same GSK renderer.
 *
 * Returns: (transfer full): the PNG data, or %NULL
 */
GBytes *
ml_screenshot_widget_to_png (GtkWidget  *widget,
                             GError    **error)
{
  g_autoptr(GdkPaintable) paintable = NULL;
  g_autoptr(GtkSnapshot) snapshot = NULL;
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  GskRenderer *renderer;
  GtkNative *native;
  int width;
  int height;

  g_return_val_if_fail (GTK_IS_WIDGET (widget), NULL);

  width = gtk_widget_get_width (widget);
  height = gtk_widget_get_height (widget);
  native = gtk_widget_get_native (widget);

  if (native == NULL || width <= 0 || height <= 0 || !gtk_widget_get_realized (widget))
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NOT_INITIALIZED,
                           _("The window has not been drawn yet"));
      return NULL;
    }

  renderer = gtk_native_get_renderer (native);
  paintable = gtk_widget_paintable_new (widget);
  snapshot = gtk_snapshot_new ();
  gdk_paintable_snapshot (paintable, snapshot, width, height);
  node = gtk_snapshot_to_node (snapshot);

  if (node == NULL)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                           _("The window drew nothing"));
      return NULL;
    }

  texture = gsk_renderer_render_texture (renderer, node,
                                         &GRAPHENE_RECT_INIT (0, 0, width, height));

  return gdk_texture_save_to_png_bytes (texture);
}

static void
screenshot_take (GTask *task)
{
  Screenshot *state = g_task_get_task_data (task);
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) png = NULL;
  g_autoptr(GFile) file = NULL;

  png = ml_screenshot_widget_to_png (GTK_WIDGET (state->window), &error);
  if (png == NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  /* g_file_replace_contents() writes a temporary file and renames it, so a failure never
   * leaves half a picture behind. */
  file = g_file_new_for_path (state->path);
  if (!g_file_replace_contents (file,
                                g_bytes_get_data (png, NULL),
                                g_bytes_get_size (png),
                                NULL, FALSE,
                                G_FILE_CREATE_REPLACE_DESTINATION,
                                NULL, NULL, &error))
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  g_task_return_boolean (task, TRUE);
}

static void
screenshot_after_paint_cb (GdkFrameClock *frame_clock,
                           gpointer       user_data)
{
  GTask *task = user_data;
  Screenshot *state = g_task_get_task_data (task);

  g_clear_signal_handler (&state->paint_id, state->clock);
  screenshot_take (task);
  g_object_unref (task);
}

static gboolean
screenshot_tick_cb (GtkWidget     *widget,
                    GdkFrameClock *frame_clock,
                    gpointer       user_data)
{
  GTask *task = user_data;
  Screenshot *state = g_task_get_task_data (task);

  if (!gtk_widget_get_mapped (widget))
    return G_SOURCE_CONTINUE;

  if (++state->frames < FRAMES_BEFORE_SCREENSHOT)
    {
      /* Keep frames coming even when nothing animates. */
      gtk_widget_queue_draw (widget);
      return G_SOURCE_CONTINUE;
    }

  /* The picture is taken after this frame has been painted, not here: a tick runs before
   * layout, and a window whose content has just changed (a program opened from the command
   * line) would still be waiting for its allocation and draw nothing. */
  state->tick_id = 0;
  state->clock = g_object_ref (frame_clock);
  state->paint_id = g_signal_connect (frame_clock, "after-paint",
                                      G_CALLBACK (screenshot_after_paint_cb), task);
  gtk_widget_queue_draw (widget);

  return G_SOURCE_REMOVE;
}

static gboolean
screenshot_timeout_cb (gpointer user_data)
{
  GTask *task = user_data;
  Screenshot *state = g_task_get_task_data (task);

  state->timeout_id = 0;

  if (state->tick_id != 0 || state->paint_id != 0)
    {
      if (state->tick_id != 0)
        gtk_widget_remove_tick_callback (GTK_WIDGET (state->window), state->tick_id);
      state->tick_id = 0;
      g_clear_signal_handler (&state->paint_id, state->clock);
      g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_TIMED_OUT,
                               _("The window was not drawn within %d seconds"),
                               SCREENSHOT_TIMEOUT_SECONDS);
      g_object_unref (task);
    }

  return G_SOURCE_REMOVE;
}

/**
 * ml_screenshot_window_async:
 * @window: the window to save
 * @path: the PNG file to write
 *
 * Waits until @window has been drawn a few times, then saves it as a PNG file.
 */
void
ml_screenshot_window_async (GtkWindow           *window,
                            const char          *path,
                            GCancellable        *cancellable,
                            GAsyncReadyCallback  callback,
                            gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  Screenshot *state;

  g_return_if_fail (GTK_IS_WINDOW (window));
  g_return_if_fail (path != NULL);

  task = g_task_new (window, cancellable, callback, user_data);
  g_task_set_source_tag (task, ml_screenshot_window_async);

  state = g_new0 (Screenshot, 1);
  state->window = g_object_ref (window);
  state->path = g_strdup (path);
  g_task_set_task_data (task, state, screenshot_free);

  /* The tick callback (then the after-paint handler) and the timeout share one reference;
   * whichever finishes the task drops it. */
  state->tick_id = gtk_widget_add_tick_callback (GTK_WIDGET (window),
                                                 screenshot_tick_cb,
                                                 g_object_ref (task),
                                                 NULL);
  state->timeout_id = g_timeout_add_seconds (SCREENSHOT_TIMEOUT_SECONDS,
                                             screenshot_timeout_cb,
                                             task);
  gtk_widget_queue_draw (GTK_WIDGET (window));
}

gboolean
ml_screenshot_window_finish (GAsyncResult  *result,
                             GError       **error)
{
  g_return_val_if_fail (G_IS_TASK (result), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}
