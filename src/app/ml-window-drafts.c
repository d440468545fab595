/* ml-window-drafts.c
 *
 * Copyright The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * MlWindow's drafts: a second after the last edit of a program, the window writes it as a
 * draft (MlDraft), and it removes the draft when the program is saved, replaced or closed
 * normally.  A draft left behind by a crash or a restart comes back through
 * ml_window_restore_draft().  Apart from the rest of the window because it only watches the
 * editor and the moments a program is saved or let go.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "ml-draft.h"
#include "ml-window-private.h"

/* How long after the last keystroke the draft is written. */
#define DRAFT_DELAY_MS 1000

static char *
get_source_text (MlWindow *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (self->source_view));
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

static char *
get_program_name (MlWindow *self)
{
  if (self->file != NULL)
    return g_file_get_basename (self->file);
  if (self->lesson_id != NULL)
    return g_strdup_printf ("%s.go", self->lesson_id);
  return g_strdup ("main.go");
}

/**
 * _ml_window_write_draft:
 *
 * Writes the program's draft now if it has changes that are not saved, and removes the
 * draft if it has none.
 */
void
_ml_window_write_draft (MlWindow *self)
{
  g_autofree char *text = NULL;
  g_autoptr(MlDraft) draft = NULL;
  g_autoptr(GError) error = NULL;
  gboolean changed;

  g_clear_handle_id (&self->draft_source, g_source_remove);
  if (self->mode == ML_WINDOW_SANDBOX || self->mode == ML_WINDOW_WELCOME)
    return;

  text = get_source_text (self);
  changed = self->text_dirty || (self->editing && g_strcmp0 (text, self->edit_original) != 0);
  if (!changed)
    {
      _ml_window_discard_draft (self);
      return;
    }

  draft = ml_draft_new (self->draft_id);
  draft->name = get_program_name (self);
  draft->uri = self->file != NULL ? g_file_get_uri (self->file) : NULL;
  draft->lesson_id = g_strdup (self->lesson_id);
  draft->text = g_steal_pointer (&text);
  draft->modified = g_get_real_time () / G_USEC_PER_SEC;
  if (!ml_draft_save (draft, &error))
    {
      /* Said once, not at every keystroke, until a write works again. */
      if (!self->draft_failed)
        {
          g_autofree char *message = g_strdup_printf (_("Could not keep a copy of the unsaved program: %s"),
                                                      error->message);

          _ml_window_toast (self, message);
        }
      self->draft_failed = TRUE;
      return;
    }
  self->draft_failed = FALSE;
}

static gboolean
write_draft_cb (gpointer user_data)
{
  MlWindow *self = user_data;

  self->draft_source = 0;
  _ml_window_write_draft (self);
  return G_SOURCE_REMOVE;
}

/* Only the user edits the source, and only in edit mode: the window's own changes (another
 * program shown) happen outside it. */
static void
on_source_changed_cb (MlWindow      *self,
                      GtkTextBuffer *buffer)
{
  if (!self->editing)
    return;
  g_clear_handle_id (&self->draft_source, g_source_remove);
  self->draft_source = g_timeout_add (DRAFT_DELAY_MS, write_draft_cb, self);
}

/**
 * _ml_window_discard_draft:
 *
 * Removes the program's draft: it was saved, or let go on purpose.
 */
void
_ml_window_discard_draft (MlWindow *self)
{
  g_clear_handle_id (&self->draft_source, g_source_remove);
  ml_draft_discard (self->draft_id);
}

/**
 * ml_window_restore_draft:
 * @draft: a draft that an earlier run of MemLab left behind
 *
 * Shows the program of @draft as an edited program with changes to save (to the file it was
 * opened from, if any), and makes @draft the window's own, so that it is kept up to date and
 * removed once the program is saved or discarded.
 */
void
ml_window_restore_draft (MlWindow      *self,
                         const MlDraft *draft)
{
  g_autofree char *message = NULL;

  g_return_if_fail (ML_IS_WINDOW (self));
  g_return_if_fail (draft != NULL && draft->text != NULL);

  _ml_window_stop_playing (self);
  gtk_widget_set_visible (GTK_WIDGET (self->program_dropdown), FALSE);
  _ml_window_set_source (self, draft->text);
  g_clear_object (&self->file);
  if (draft->uri != NULL)
    self->file = g_file_new_for_uri (draft->uri);
  g_clear_pointer (&self->lesson_id, g_free);
  _ml_window_clear_comparison (self);
  self->mode = ML_WINDOW_FILE;
  self->text_dirty = TRUE;
  g_free (self->draft_id);
  self->draft_id = g_strdup (draft->id);
  _ml_window_load_program (self, draft->name, draft->text, 0);
  _ml_window_mode_changed (self);

  message = g_strdup_printf (_("Recovered the unsaved changes to “%s”"), draft->name);
  _ml_window_toast (self, message);
}

void
_ml_window_drafts_init (MlWindow *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (self->source_view));

  self->draft_id = g_uuid_string_random ();
  g_signal_connect_object (buffer, "changed", G_CALLBACK (on_source_changed_cb), self,
                           G_CONNECT_SWAPPED);
}

void
_ml_window_drafts_dispose (MlWindow *self)
{
  g_clear_handle_id (&self->draft_source, g_source_remove);
  g_clear_pointer (&self->draft_id, g_free);
}
