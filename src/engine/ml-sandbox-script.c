/* ml-sandbox-script.c
 *
 * Copyright The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every click in the sandbox is also a line of Go, so that a sandbox session is a program:
 * it can be saved, read, reopened and replayed like any other.  The program declares the
 * sandbox's type, the package variables the user made, and a main holding one statement per
 * click.  Collector steps that Go has no statement for are written as //memlab:
 * directives, which Go itself reads as comments.
 */

#include "config.h"

#include "ml-sandbox-script.h"

struct _MlSandboxScript
{
  GPtrArray *globals;      /* names */
  GPtrArray *locals;       /* names */
  GPtrArray *statements;   /* lines of main, without indentation */
  guint      next_local;
  guint      next_global;
  gboolean   uses_runtime;
};

MlSandboxScript *
ml_sandbox_script_new (void)
{
  MlSandboxScript *self = g_new0 (MlSandboxScript, 1);

  self->globals = g_ptr_array_new_with_free_func (g_free);
  self->locals = g_ptr_array_new_with_free_func (g_free);
  self->statements = g_ptr_array_new_with_free_func (g_free);

  return self;
}

void
ml_sandbox_script_free (MlSandboxScript *self)
{
  if (self == NULL)
    return;

  g_ptr_array_unref (self->globals);
  g_ptr_array_unref (self->locals);
  g_ptr_array_unref (self->statements);
  g_free (self);
}

/* Local variables are a, b, c, ... z, then a1, b1, ...; package variables g1, g2, ... */
char *
ml_sandbox_script_next_local (MlSandboxScript *self)
{
  guint n = self->next_local;

  g_return_val_if_fail (self != NULL, NULL);

  if (n < 26)
    return g_strdup_printf ("%c", 'a' + n);

  return g_strdup_printf ("%c%u", 'a' + n % 26, n / 26);
}

char *
ml_sandbox_script_next_global (MlSandboxScript *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return g_strdup_printf ("g%u", self->next_global + 1);
}

static void
add (MlSandboxScript *self,
     char            *line)
{
  g_ptr_array_add (self->statements, line);
}

void
ml_sandbox_script_alloc_local (MlSandboxScript *self,
                               const char      *name)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (name != NULL);

  g_ptr_array_add (self->locals, g_strdup (name));
  self->next_local++;
  add (self, g_strdup_printf ("%s := new(Nodo)", name));
}

void
ml_sandbox_script_alloc_global (MlSandboxScript *self,
                                const char      *name)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (name != NULL);

  g_ptr_array_add (self->globals, g_strdup (name));
  self->next_global++;
  add (self, g_strdup_printf ("%s = new(Nodo)", name));
}

void
ml_sandbox_script_alloc_field (MlSandboxScript *self,
                               const char      *path,
                               const char      *field)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (path != NULL && field != NULL);

  add (self, g_strdup_printf ("%s.%s = new(Nodo)", path, field));
}

/**
 * ml_sandbox_script_link:
 * @target: (nullable): the path of the object to point at, or %NULL for nil
 */
void
ml_sandbox_script_link (MlSandboxScript *self,
                        const char      *path,
                        const char      *field,
                        const char      *target)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (path != NULL && field != NULL);

  add (self, g_strdup_printf ("%s.%s = %s", path, field, target != NULL ? target : "nil"));
}

void
ml_sandbox_script_drop (MlSandboxScript *self,
                        const char      *variable)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (variable != NULL);

  add (self, g_strdup_printf ("%s = nil", variable));
}

void
ml_sandbox_script_gc_start (MlSandboxScript *self)
{
  g_return_if_fail (self != NULL);

  add (self, g_strdup ("//memlab:gc start"));
}

void
ml_sandbox_script_gc_step (MlSandboxScript *self)
{
  const char *last;
  guint n = 1;

  g_return_if_fail (self != NULL);

  /* Consecutive steps are written as one directive with a count. */
  if (self->statements->len > 0)
    {
      last = g_ptr_array_index (self->statements, self->statements->len - 1);
      if (g_str_equal (last, "//memlab:gc step"))
        n = 2;
      else if (g_str_has_prefix (last, "//memlab:gc steps "))
        n = (guint)g_ascii_strtoull (last + strlen ("//memlab:gc steps "), NULL, 10) + 1;

      if (n > 1)
        g_ptr_array_remove_index (self->statements, self->statements->len - 1);
    }

  if (n == 1)
    add (self, g_strdup ("//memlab:gc step"));
  else
    add (self, g_strdup_printf ("//memlab:gc steps %u", n));
}

void
ml_sandbox_script_gc_full (MlSandboxScript *self)
{
  g_return_if_fail (self != NULL);

  self->uses_runtime = TRUE;
  add (self, g_strdup ("runtime.GC()"));
}

void
ml_sandbox_script_set_gogc (MlSandboxScript *self,
                            int              gogc)
{
  g_return_if_fail (self != NULL);

  /* debug.SetGCPercent would need runtime/debug, which the lessons' Go subset leaves out. */
  add (self, g_strdup_printf ("//memlab:gogc %d", gogc));
}

void
ml_sandbox_script_set_barrier (MlSandboxScript *self,
                               gboolean         enabled)
{
  g_return_if_fail (self != NULL);

  add (self, g_strdup_printf ("//memlab:write-barrier %s", enabled ? "on" : "off"));
}

guint
ml_sandbox_script_get_n_statements (MlSandboxScript *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->statements->len;
}

/* Forgets the last statement, as when the user steps back before acting again. */
void
ml_sandbox_script_undo (MlSandboxScript *self)
{
  g_return_if_fail (self != NULL);

  if (self->statements->len > 0)
    g_ptr_array_remove_index (self->statements, self->statements->len - 1);
}

/**
 * ml_sandbox_script_to_go:
 *
 * Returns: (transfer full): the session as a Go program, gofmt-formatted
 */
char *
ml_sandbox_script_to_go (MlSandboxScript *self)
{
  GString *out;

  g_return_val_if_fail (self != NULL, NULL);

  out = g_string_new ("package main\n\n");

  if (self->uses_runtime)
    g_string_append (out, "import \"runtime\"\n\n");

  g_string_append (out,
                   "type Nodo struct {\n"
                   "\tvalor int\n"
                   "\tizq   *Nodo\n"
                   "\tder   *Nodo\n"
                   "}\n\n");

  if (self->globals->len == 1)
    g_string_append_printf (out, "var %s *Nodo\n\n", (char *)g_ptr_array_index (self->globals, 0));
  else if (self->globals->len > 1)
    {
      g_string_append (out, "var (\n");
      for (guint i = 0; i < self->globals->len; i++)
        g_string_append_printf (out, "\t%s *Nodo\n", (char *)g_ptr_array_index (self->globals, i));
      g_string_append (out, ")\n\n");
    }

  g_string_append (out, "func main() {\n");
  for (guint i = 0; i < self->statements->len; i++)
    g_string_append_printf (out, "\t%s\n", (char *)g_ptr_array_index (self->statements, i));

  /* Go refuses a local that is only assigned to; using each one keeps the program valid. */
  if (self->locals->len > 0)
    {
      g_string_append (out, "\n\t");
      for (guint i = 0; i < self->locals->len; i++)
        g_string_append (out, i == 0 ? "_" : ", _");
      g_string_append (out, " = ");
      for (guint i = 0; i < self->locals->len; i++)
        g_string_append_printf (out, i == 0 ? "%s" : ", %s", (char *)g_ptr_array_index (self->locals, i));
      g_string_append_c (out, '\n');
    }

  g_string_append (out, "}\n");

  return g_string_free (out, FALSE);
}

/**
 * ml_sandbox_path_from_name:
 * @object_name: the narrator's name of an object: "*a", "*a.izq", "*g1.der.izq"
 *
 * Returns: (transfer full) (nullable): the Go expression that reaches the object ("a",
 *   "a.izq"), or %NULL when the object has no such name (nothing reaches it)
 */
char *
ml_sandbox_path_from_name (const char *object_name)
{
  g_return_val_if_fail (object_name != NULL, NULL);

  if (object_name[0] != '*' || object_name[1] == '\0')
    return NULL;

  for (const char *p = object_name + 1; *p != '\0'; p++)
    if (!g_ascii_isalnum (*p) && *p != '_' && *p != '.')
      return NULL;

  return g_strdup (object_name + 1);
}
