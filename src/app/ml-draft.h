/* ml-draft.h
 *
 * Copyright The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * MlDraft: an edited program that is not saved yet, kept on disk so that a crash or a restart
 * loses nothing (see ml-draft.c).
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/**
 * MlDraft:
 * @id: the draft's name on disk, one per window
 * @name: the program's file name, as the window's title shows it
 * @uri: (nullable): the file the program was opened from
 * @lesson_id: (nullable): the lesson the program belongs to
 * @text: the program as it was edited
 * @modified: when it was written, in seconds since the epoch
 */
typedef struct
{
  char   *id;
  char   *name;
  char   *uri;
  char   *lesson_id;
  char   *text;
  gint64  modified;
} MlDraft;

#define ML_TYPE_DRAFT (ml_draft_get_type ())

GType      ml_draft_get_type  (void) G_GNUC_CONST;
MlDraft   *ml_draft_new       (const char     *id);
MlDraft   *ml_draft_copy      (const MlDraft  *self);
void       ml_draft_free      (MlDraft        *self);
gboolean   ml_draft_save      (const MlDraft  *self,
                               GError        **error);
void       ml_draft_discard   (const char     *id);
GPtrArray *ml_draft_load_all  (void);
char      *ml_draft_get_dir   (void);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (MlDraft, ml_draft_free)

G_END_DECLS
