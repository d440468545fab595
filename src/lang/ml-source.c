/* ml-source.c
 *
 * Copyright 2026 The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * MlSource: a Go source text with its file name and the offsets of its lines, so that byte
 * offsets and gc's line:column positions convert both ways.
 */

#define G_LOG_DOMAIN "ml-source"

#include "config.h"

#include <string.h>

#include "ml-source.h"

struct _MlSource
{
  gatomicrefcount  ref_count;
  char            *filename;
  char            *text;
  gsize            length;
  /* Byte offset of the first byte of each line; lines[0] is line 1. */
  GArray          *lines;
};

/**
 * ml_source_new:
 * @filename: the name diagnostics print for this file
 * @text: the source bytes (need not be valid UTF-8 or nul-terminated)
 * @length: length of @text, or -1 if it is nul-terminated
 *
 * Returns: (transfer full): a new #MlSource holding a copy of @text.
 */
MlSource *
ml_source_new (const char *filename,
               const char *text,
               gssize      length)
{
  MlSource *self;
  guint32 start = 0;

  g_return_val_if_fail (filename != NULL, NULL);
  g_return_val_if_fail (text != NULL || length == 0, NULL);

  if (length < 0)
    length = strlen (text);

  self = g_new0 (MlSource, 1);
  g_atomic_ref_count_init (&self->ref_count);
  self->filename = g_strdup (filename);
  /* A trailing nul lets the lexer peek one byte past the end safely. */
  self->text = g_malloc (length + 1);
  if (length > 0)
    memcpy (self->text, text, length);
  self->text[length] = '\0';
  self->length = length;
  self->lines = g_array_new (FALSE, FALSE, sizeof (guint32));

  g_array_append_val (self->lines, start);
  for (gsize i = 0; i < self->length; i++)
    {
      if (self->text[i] == '\n')
        {
          guint32 next = i + 1;
          g_array_append_val (self->lines, next);
        }
    }

  return self;
}

MlSource *
ml_source_ref (MlSource *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  g_atomic_ref_count_inc (&self->ref_count);
  return self;
}

void
ml_source_unref (MlSource *self)
{
  g_return_if_fail (self != NULL);

  if (g_atomic_ref_count_dec (&self->ref_count))
    {
      g_free (self->filename);
      g_free (self->text);
      g_array_unref (self->lines);
      g_free (self);
    }
}

const char *
ml_source_get_filename (MlSource *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->filename;
}

/**
 * ml_source_get_text:
 * @self: a #MlSource
 * @length: (out) (optional): the length in bytes
 *
 * Returns: the source text, followed by a nul byte.
 */
const char *
ml_source_get_text (MlSource *self,
                    gsize    *length)
{
  g_return_val_if_fail (self != NULL, NULL);

  if (length != NULL)
    *length = self->length;
  return self->text;
}

guint
ml_source_get_n_lines (MlSource *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->lines->len;
}

/**
 * ml_source_get_pos:
 * @self: a #MlSource
 * @offset: a byte offset into the text
 *
 * Returns: the Go position (line, byte column) of @offset.
 */
MlPos
ml_source_get_pos (MlSource *self,
                   gsize     offset)
{
  MlPos pos = { 0, 0 };
  guint lo = 0;
  guint hi;

  g_return_val_if_fail (self != NULL, pos);

  if (offset > self->length)
    offset = self->length;

  /* Binary search for the last line starting at or before offset. */
  hi = self->lines->len;
  while (hi - lo > 1)
    {
      guint mid = (lo + hi) / 2;

      if (g_array_index (self->lines, guint32, mid) <= offset)
        lo = mid;
      else
        hi = mid;
    }

  pos.line = lo + 1;
  pos.col = offset - g_array_index (self->lines, guint32, lo) + 1;
  return pos;
}

gsize
ml_source_get_offset (MlSource *self,
                      MlPos     pos)
{
  gsize off;

  g_return_val_if_fail (self != NULL, 0);

  if (pos.line == 0)
    return 0;
  if (pos.line > self->lines->len)
    return self->length;
  off = g_array_index (self->lines, guint32, pos.line - 1) + (pos.col ? pos.col - 1 : 0);
  return MIN (off, self->length);
}

/**
 * ml_source_dup_line:
 * @self: a #MlSource
 * @line: a 1-based line number
 *
 * Returns: (transfer full) (nullable): the text of @line without its newline.
 */
char *
ml_source_dup_line (MlSource *self,
                    guint     line)
{
  guint32 start, end;

  g_return_val_if_fail (self != NULL, NULL);

  if (line == 0 || line > self->lines->len)
    return NULL;
  start = g_array_index (self->lines, guint32, line - 1);
  if (line < self->lines->len)
    end = g_array_index (self->lines, guint32, line) - 1;
  else
    end = self->length;
  return g_strndup (self->text + start, end - start);
}
