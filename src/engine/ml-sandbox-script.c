/* ml-sandbox-script.c
 *
 * Copyright The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every click in the sandbox is also a line of Go, so that a sandbox session is a program:
 * it can be saved, read, reopened and replayed like any other.  The program declares the
 * sandbox's types (Nodo always, Persona once used), the package variables the user made, and
 * a main holding one statement per click.  Collector steps that Go has no statement for are written as //memlab:
 * directives, which Go itself reads as comments.
 */

#include "config.h"

#include <string.h>

#include "ml-sandbox-script.h"

struct _MlSandboxScript
{
  GPtrArray *globals;      /* names */
  GPtrArray *global_types; /* their Go types, "*Nodo" */
  GPtrArray *locals;       /* names */
  GPtrArray *statements;   /* lines of main, without indentation */
  guint      next_local;
  guint      next_global;
  guint      next_slice;
  gboolean   uses_runtime;
  gboolean   uses_persona;
};

MlSandboxScript *
ml_sandbox_script_new (void)
{
  MlSandboxScript *self = g_new0 (MlSandboxScript, 1);

  self->globals = g_ptr_array_new_with_free_func (g_free);
  self->global_types = g_ptr_array_new_with_free_func (g_free);
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
  g_ptr_array_unref (self->global_types);
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
  g_ptr_array_add (self->global_types, g_strdup ("*Nodo"));
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

/* Slices are lista, lista2, lista3... */
char *
ml_sandbox_script_next_slice (MlSandboxScript *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->next_slice == 0 ? g_strdup ("lista") : g_strdup_printf ("lista%u", self->next_slice + 1);
}

/**
 * ml_sandbox_script_get_slice:
 *
 * Returns: (transfer full) (nullable): the slice declared last, which Append appends to
 */
char *
ml_sandbox_script_get_slice (MlSandboxScript *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  if (self->next_slice == 0)
    return NULL;

  return self->next_slice == 1 ? g_strdup ("lista") : g_strdup_printf ("lista%u", self->next_slice);
}

/* @text as a Go string literal, as strconv.Quote writes it for the text a user types. */
static void
append_quoted (GString    *out,
               const char *text)
{
  g_string_append_c (out, '"');
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c == '"' || c == '\\')
        g_string_append_printf (out, "\\%c", (char)c);
      else if (c == '\n')
        g_string_append (out, "\\n");
      else if (c == '\t')
        g_string_append (out, "\\t");
      else if (c < 0x20 || c == 0x7f)
        g_string_append_printf (out, "\\x%02x", c);
      else
        g_string_append_unichar (out, c);
    }
  g_string_append_c (out, '"');
}

/* A field's value as Go writes it: a number as it is, a text quoted. */
static void
append_value (GString    *out,
              const char *type,
              const char *field,
              const char *value)
{
  if (g_str_equal (type, "Persona") && g_str_equal (field, "Nombre"))
    append_quoted (out, value);
  else
    g_string_append (out, value);
}

/**
 * ml_sandbox_script_new_object:
 * @type: "Nodo" or "Persona"
 * @values: (nullable) (array zero-terminated=1): "field=value", as the engine takes them
 *
 * Returns: (transfer full): the expression that makes the object: `new(Nodo)` without
 *   values, `&Persona{Nombre: "Ana", Edad: 30}` with them
 */
char *
ml_sandbox_script_new_object (MlSandboxScript    *self,
                              const char         *type,
                              const char * const *values)
{
  GString *out;

  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (type != NULL, NULL);

  if (g_str_equal (type, "Persona"))
    self->uses_persona = TRUE;
  if (values == NULL || values[0] == NULL)
    return g_strdup_printf ("new(%s)", type);

  out = g_string_new (NULL);
  g_string_append_printf (out, "&%s{", type);
  for (guint i = 0; values[i] != NULL; i++)
    {
      const char *eq = strchr (values[i], '=');
      g_autofree char *field = eq != NULL ? g_strndup (values[i], eq - values[i]) : g_strdup (values[i]);

      g_string_append_printf (out, i == 0 ? "%s: " : ", %s: ", field);
      append_value (out, type, field, eq != NULL ? eq + 1 : "");
    }
  g_string_append_c (out, '}');

  return g_string_free (out, FALSE);
}

/**
 * ml_sandbox_script_declare:
 * @type: "Nodo", "Persona" or "[]*Nodo"
 * @values: (nullable) (array zero-terminated=1): the new object's fields, "field=value"
 *
 * A new variable: `a := &Nodo{valor: 1}`, `g1 = &Persona{...}` for a package variable, or
 * `var lista []*Nodo` at package level for a slice, which starts nil and needs no
 * statement.
 */
void
ml_sandbox_script_declare (MlSandboxScript    *self,
                           const char         *name,
                           gboolean            global,
                           const char         *type,
                           const char * const *values)
{
  g_autofree char *object = NULL;

  g_return_if_fail (self != NULL);
  g_return_if_fail (name != NULL && type != NULL);

  /* A slice is a package variable, declared nil: its appends then escape to the heap, as
   * the sandbox draws them, where a local's would start in a buffer on main's stack. */
  if (g_str_has_prefix (type, "[]"))
    {
      g_ptr_array_add (self->globals, g_strdup (name));
      g_ptr_array_add (self->global_types, g_strdup (type));
      self->next_slice++;
      return;
    }

  object = ml_sandbox_script_new_object (self, type, values);
  if (global)
    {
      g_ptr_array_add (self->globals, g_strdup (name));
      g_ptr_array_add (self->global_types, g_strdup_printf ("*%s", type));
      self->next_global++;
      add (self, g_strdup_printf ("%s = %s", name, object));
    }
  else
    {
      g_ptr_array_add (self->locals, g_strdup (name));
      self->next_local++;
      add (self, g_strdup_printf ("%s := %s", name, object));
    }
}

/**
 * ml_sandbox_script_assign:
 * @lhs: where the value goes: "a.izq", "p.Nombre"
 * @type: (nullable): the type of the object @lhs is a field of, when @value is a field's
 *   value as the user typed it ("Persona" quotes a Nombre); %NULL when @value is Go already
 *
 * `lhs = value`.
 */
void
ml_sandbox_script_assign (MlSandboxScript *self,
                          const char      *lhs,
                          const char      *type,
                          const char      *value)
{
  GString *line;
  const char *field;

  g_return_if_fail (self != NULL);
  g_return_if_fail (lhs != NULL && value != NULL);

  line = g_string_new (NULL);
  g_string_append_printf (line, "%s = ", lhs);
  field = strrchr (lhs, '.');
  if (type != NULL && field != NULL)
    append_value (line, type, field + 1, value);
  else
    g_string_append (line, value);
  add (self, g_string_free (line, FALSE));
}

/**
 * ml_sandbox_script_append:
 * @element: the Go expression appended: a path ("a.izq") or a new object
 *
 * `slice = append(slice, element)`.
 */
void
ml_sandbox_script_append (MlSandboxScript *self,
                          const char      *slice,
                          const char      *element)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (slice != NULL && element != NULL);

  add (self, g_strdup_printf ("%s = append(%s, %s)", slice, slice, element));
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
  if (self->uses_persona)
    g_string_append (out,
                     "type Persona struct {\n"
                     "\tNombre string\n"
                     "\tEdad   int\n"
                     "\tAmigo  *Persona\n"
                     "}\n\n");

  if (self->globals->len == 1)
    g_string_append_printf (out, "var %s %s\n\n", (char *)g_ptr_array_index (self->globals, 0),
                            (char *)g_ptr_array_index (self->global_types, 0));
  else if (self->globals->len > 1)
    {
      guint width = 0;

      /* gofmt aligns the types of a var block. */
      for (guint i = 0; i < self->globals->len; i++)
        width = MAX (width, strlen (g_ptr_array_index (self->globals, i)));
      g_string_append (out, "var (\n");
      for (guint i = 0; i < self->globals->len; i++)
        g_string_append_printf (out, "\t%-*s %s\n", (int)width, (char *)g_ptr_array_index (self->globals, i),
                                (char *)g_ptr_array_index (self->global_types, i));
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

  /* Fields and the elements of a slice: "*lista[2].izq". */
  for (const char *p = object_name + 1; *p != '\0'; p++)
    if (!g_ascii_isalnum (*p) && *p != '_' && *p != '.' && *p != '[' && *p != ']')
      return NULL;

  return g_strdup (object_name + 1);
}
