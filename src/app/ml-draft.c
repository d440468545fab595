/* ml-draft.c
 *
 * Copyright The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Drafts, as GNOME Text Editor keeps them: while a program is edited and not saved, the
 * window writes it (with where it came from) to a small key file in the user's data folder,
 * a second after the last change.  Saving the program, discarding it or closing the window
 * normally removes the draft; after a crash or a restart the application finds the drafts
 * left behind and offers them again.  Each write replaces the file atomically, so a crash in
 * the middle of one leaves the previous draft whole.
 */

#include "config.h"

#include <errno.h>
#include <glib/gstdio.h>
#include <string.h>

#include "ml-draft.h"

#define GROUP "Draft"

/* More drafts than this are not a lost edit but a folder to tidy: the oldest are ignored. */
#define MAX_DRAFTS 16

G_DEFINE_BOXED_TYPE (MlDraft, ml_draft, ml_draft_copy, ml_draft_free)

MlDraft *
ml_draft_new (const char *id)
{
  MlDraft *self;

  g_return_val_if_fail (id != NULL, NULL);

  self = g_new0 (MlDraft, 1);
  self->id = g_strdup (id);
  return self;
}

MlDraft *
ml_draft_copy (const MlDraft *self)
{
  MlDraft *copy;

  g_return_val_if_fail (self != NULL, NULL);

  copy = ml_draft_new (self->id);
  copy->name = g_strdup (self->name);
  copy->uri = g_strdup (self->uri);
  copy->lesson_id = g_strdup (self->lesson_id);
  copy->text = g_strdup (self->text);
  copy->modified = self->modified;
  return copy;
}

void
ml_draft_free (MlDraft *self)
{
  if (self == NULL)
    return;

  g_free (self->id);
  g_free (self->name);
  g_free (self->uri);
  g_free (self->lesson_id);
  g_free (self->text);
  g_free (self);
}

/**
 * ml_draft_get_dir:
 *
 * Returns: (transfer full): the folder drafts are kept in, $XDG_DATA_HOME/memlab/drafts
 */
char *
ml_draft_get_dir (void)
{
  return g_build_filename (g_get_user_data_dir (), "memlab", "drafts", NULL);
}

/* An id names a file, so it is made of letters, digits and dashes only (a UUID). */
static gboolean
id_is_valid (const char *id)
{
  if (id == NULL || *id == '\0')
    return FALSE;
  for (const char *p = id; *p != '\0'; p++)
    if (!g_ascii_isalnum (*p) && *p != '-')
      return FALSE;
  return TRUE;
}

static char *
draft_path (const char *id)
{
  g_autofree char *dir = ml_draft_get_dir ();
  g_autofree char *base = g_strconcat (id, ".draft", NULL);

  return g_build_filename (dir, base, NULL);
}

/**
 * ml_draft_save:
 *
 * Writes @self to its file, replacing the draft of the same id atomically.
 *
 * Returns: %TRUE on success
 */
gboolean
ml_draft_save (const MlDraft  *self,
               GError        **error)
{
  g_autoptr(GKeyFile) key_file = g_key_file_new ();
  g_autofree char *dir = ml_draft_get_dir ();
  g_autofree char *path = NULL;
  g_autofree char *data = NULL;
  gsize length = 0;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (id_is_valid (self->id), FALSE);
  g_return_val_if_fail (self->text != NULL, FALSE);

  g_key_file_set_string (key_file, GROUP, "Name", self->name != NULL ? self->name : "main.go");
  if (self->uri != NULL)
    g_key_file_set_string (key_file, GROUP, "Uri", self->uri);
  if (self->lesson_id != NULL)
    g_key_file_set_string (key_file, GROUP, "Lesson", self->lesson_id);
  g_key_file_set_int64 (key_file, GROUP, "Modified", self->modified);
  g_key_file_set_string (key_file, GROUP, "Text", self->text);
  data = g_key_file_to_data (key_file, &length, NULL);

  if (g_mkdir_with_parents (dir, 0700) != 0)
    {
      int errsv = errno;

      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (errsv), "%s: %s", dir, g_strerror (errsv));
      return FALSE;
    }
  path = draft_path (self->id);
  return g_file_set_contents_full (path, data, length,
                                   G_FILE_SET_CONTENTS_CONSISTENT | G_FILE_SET_CONTENTS_ONLY_EXISTING,
                                   0600, error);
}

/**
 * ml_draft_discard:
 *
 * Removes the draft @id, if there is one.
 */
void
ml_draft_discard (const char *id)
{
  g_autofree char *path = NULL;

  g_return_if_fail (id_is_valid (id));

  path = draft_path (id);
  g_unlink (path);
}

static MlDraft *
load_draft (const char *path,
            const char *id)
{
  g_autoptr(GKeyFile) key_file = g_key_file_new ();
  g_autoptr(MlDraft) draft = ml_draft_new (id);

  if (!g_key_file_load_from_file (key_file, path, G_KEY_FILE_NONE, NULL))
    return NULL;
  draft->text = g_key_file_get_string (key_file, GROUP, "Text", NULL);
  draft->name = g_key_file_get_string (key_file, GROUP, "Name", NULL);
  if (draft->text == NULL || draft->name == NULL || !g_utf8_validate (draft->text, -1, NULL))
    return NULL;
  draft->uri = g_key_file_get_string (key_file, GROUP, "Uri", NULL);
  draft->lesson_id = g_key_file_get_string (key_file, GROUP, "Lesson", NULL);
  draft->modified = g_key_file_get_int64 (key_file, GROUP, "Modified", NULL);
  return g_steal_pointer (&draft);
}

static int
compare_newest_first (gconstpointer a,
                      gconstpointer b)
{
  const MlDraft *da = *(MlDraft * const *) a;
  const MlDraft *db = *(MlDraft * const *) b;

  return (db->modified > da->modified) - (db->modified < da->modified);
}

/**
 * ml_draft_load_all:
 *
 * Reads the drafts left in the drafts folder.  A file that cannot be read as a draft is left
 * alone and not offered.
 *
 * Returns: (transfer full) (element-type MlDraft): the drafts, newest first
 */
GPtrArray *
ml_draft_load_all (void)
{
  g_autoptr(GPtrArray) drafts = g_ptr_array_new_with_free_func ((GDestroyNotify) ml_draft_free);
  g_autofree char *dir_path = ml_draft_get_dir ();
  g_autoptr(GDir) dir = g_dir_open (dir_path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *id = NULL;
      g_autofree char *path = NULL;
      MlDraft *draft;

      if (!g_str_has_suffix (name, ".draft"))
        continue;
      id = g_strndup (name, strlen (name) - strlen (".draft"));
      if (!id_is_valid (id))
        continue;
      path = g_build_filename (dir_path, name, NULL);
      draft = load_draft (path, id);
      if (draft != NULL)
        g_ptr_array_add (drafts, draft);
    }

  g_ptr_array_sort (drafts, compare_newest_first);
  if (drafts->len > MAX_DRAFTS)
    g_ptr_array_set_size (drafts, MAX_DRAFTS);
  return g_steal_pointer (&drafts);
}
