/* ml-compile-image.c
 *
 * Copyright 2026 The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Whether the program image fits the model.  The heap and the stacks grow, but the text,
 * rodata, data and bss segments have fixed room (ML_*_CAPACITY), so a program whose code,
 * literals or package variables would not fit is refused here, at compile time, with a
 * message that says which and where, rather than failing half-loaded.  Go's own limit on a
 * symbol's size is checked here too, since it is the linker's, not the type checker's.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "ml-compiler-private.h"
#include "ml-runtime.h"

/* cmd/internal/obj's MaxSymSize. */
#define GO_MAX_SYM_SIZE G_GINT64_CONSTANT (2000000000)

/* Room kept in rodata for what the loader adds besides literals and type names (itabs,
 * function values, the runtime's error strings), and in text for the runtime's own code. */
#define RODATA_RESERVE (64 * 1024)
#define TEXT_RESERVE   (64 * 1024)
#define BSS_RESERVE    (64 * 1024)

static char *
format_size (guint64 bytes)
{
  return g_format_size_full (bytes, G_FORMAT_SIZE_IEC_UNITS);
}

/**
 * _ml_add_string:
 * @c: the compiler
 * @n: the literal or constant expression, for the error's position
 * @bytes: the string's bytes
 * @len: their number
 *
 * Interns a string literal for the program, refusing it (positioned at @n) when the
 * literals would no longer fit in rodata.
 *
 * Returns: the literal's index
 */
guint
_ml_add_string (Compiler   *c,
                MlNode     *n,
                const char *bytes,
                gsize       len)
{
  guint64 room = ML_RODATA_CAPACITY - RODATA_RESERVE;
  guint64 before = c->out->string_bytes;
  guint index = ml_vm_program_add_string (c->out, bytes, len);

  if (c->out->string_bytes > room && before <= room)
    {
      g_autofree char *size = format_size (room);

      _ml_unsupported (c, n, _("the program's string literals take more than %s, "
                               "the most MemLab's read-only data segment holds"), size);
    }
  return index;
}

/* Where gc reports a symbol too large: wherever its position was left after the last
 * function it compiled, which is the last statement of the file's last function (a call's
 * "(", an assignment's operator, any other statement's first token). */
static MlPos
last_statement_pos (Compiler *c)
{
  MlFile *file = c->prog->file;
  MlNode *body = NULL;
  MlNode *last;

  for (guint i = 0; i < file->decls.n; i++)
    {
      MlNode *d = file->decls.items[i];

      if (d->kind == ML_NODE_FUNC_DECL && d->z != NULL)
        body = d->z;
    }
  if (body == NULL)
    return file->package_pos;
  if (body->list.n == 0)
    return body->pos;
  last = body->list.items[body->list.n - 1];
  if (last->kind == ML_NODE_EXPR_STMT && last->x != NULL
      && ml_node_unparen (last->x)->kind == ML_NODE_CALL)
    return ml_node_unparen (last->x)->pos;
  if (last->kind == ML_NODE_ASSIGN_STMT || last->kind == ML_NODE_INC_DEC_STMT)
    return last->pos;
  return ml_node_start_pos (last);
}

/* Package variables: Go's limit on one symbol, then MemLab's room in data and bss, the
 * error at the variable that no longer fits. */
static void
check_globals (Compiler *c)
{
  g_autoptr(GString) too_large = g_string_new (NULL);
  guint64 data = 0, bss = 0;
  MlObject *crossing = NULL;

  for (guint i = 0; i < c->prog->globals->len; i++)
    {
      MlObject *o = g_ptr_array_index (c->prog->globals, i);
      guint gi = GPOINTER_TO_UINT (g_hash_table_lookup (c->globals, o));
      MlVmGlobal *g;
      guint64 size;

      if (gi == 0)
        continue;
      g = g_ptr_array_index (c->out->globals, gi - 1);
      size = type_info (c, g->type)->size;
      if (size > (guint64) GO_MAX_SYM_SIZE)
        {
          g_autofree char *path = ml_go_display_path (ml_source_get_filename (c->prog->source));
          MlPos pos = last_statement_pos (c);

          g_string_append_printf (too_large, "%s%s:%u:%u: %s: symbol too large (%" G_GUINT64_FORMAT
                                  " bytes > %" G_GINT64_FORMAT " bytes)",
                                  too_large->len > 0 ? "\n" : "", path, pos.line, pos.col,
                                  g->name, size, GO_MAX_SYM_SIZE);
          continue;
        }
      if (g->initialized)
        data += size;
      else
        bss += size;
      if (crossing == NULL
          && (data > ML_DATA_CAPACITY - BSS_RESERVE || bss > ML_BSS_CAPACITY - BSS_RESERVE))
        crossing = o;
    }
  if (too_large->len > 0)
    {
      g_set_error_literal (&c->error, ML_COMPILER_ERROR, ML_COMPILER_ERROR_UNSUPPORTED,
                           too_large->str);
      return;
    }
  if (crossing != NULL)
    {
      g_autofree char *path = ml_go_display_path (ml_source_get_filename (c->prog->source));
      g_autofree char *need = format_size (data + bss);
      g_autofree char *room = format_size (ML_BSS_CAPACITY - BSS_RESERVE);
      g_autofree char *msg = g_strdup_printf (_("the program's package variables take %s, more "
                                                "than the %s MemLab's data and bss segments "
                                                "hold; declare large arrays inside a function "
                                                "or make them slices"), need, room);

      g_set_error (&c->error, ML_COMPILER_ERROR, ML_COMPILER_ERROR_UNSUPPORTED,
                   "%s:%u:%u: %s", path, crossing->pos.line, crossing->pos.col, msg);
    }
}

/* The code of every function in text, and a descriptor address for every type. */
static void
check_code (Compiler *c)
{
  MlVmProgram *out = c->out;
  guint64 text = 0;

  for (guint i = 0; i < out->funcs->len; i++)
    {
      MlVmFunc *f = g_ptr_array_index (out->funcs, i);

      /* As the loader places them: four bytes an instruction, 32-byte aligned. */
      text += (MAX (f->code->len, 1) * 4 + 31) / 32 * 32;
    }
  if (text > ML_TEXT_CAPACITY - TEXT_RESERVE)
    {
      g_autofree char *need = format_size (text);
      g_autofree char *room = format_size (ML_TEXT_CAPACITY - TEXT_RESERVE);

      c->pos = c->prog->file->package_pos;
      _ml_unsupported (c, NULL, _("the program's code takes %s, more than the %s MemLab's "
                                  "text segment holds"), need, room);
    }
  else if (out->types->len + 256 > ML_TYPE_DESCRIPTORS_MAX)
    {
      c->pos = c->prog->file->package_pos;
      _ml_unsupported (c, NULL, _("the program uses more than %u types, the most MemLab "
                                "can give type descriptors"),
                       (guint) ML_TYPE_DESCRIPTORS_MAX - 256);
    }
}

/* Refuses, with c->error, a program whose image would not fit the model's segments. */
void
_ml_check_image (Compiler *c)
{
  if (c->error == NULL)
    check_globals (c);
  if (c->error == NULL && c->too_large_type != NULL)
    {
      g_autofree char *room = format_size (ML_HEAP_CAPACITY);

      c->pos = c->too_large_pos;
      _ml_unsupported (c, NULL, _("type %s is larger than the %s MemLab's heap holds"),
                       c->too_large_type, room);
    }
  if (c->error == NULL)
    check_code (c);
}
