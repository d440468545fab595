/* ml-compiler.c
 *
 * Copyright 2026 The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * From a checked MlProgram to an MlVmProgram.  This file sees only the front end's headers
 * (and the neutral ml-vm-program.h): the runtime model is the loader's business.
 *
 * Every value the program computes lands in a place in simulated memory: a named variable's
 * frame slot or heap object (as escape analysis decides), a package variable, or a typed
 * temporary slot of the frame.  Expressions compile to "places"; a place is direct (an operand
 * the VM resolves to an address once) or indirect (a pointer held in a direct place, plus an
 * offset), which covers heap variables, dereferences, fields and elements.
 */

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "ml-check.h"
#include "ml-compiler.h"
#include "ml-token.h"
#include "ml-vm-op-private.h"

G_DEFINE_QUARK (ml-compiler-error-quark, ml_compiler_error)

typedef enum
{
  VAR_FRAME,      /* the value is in a frame slot */
  VAR_HEAP,       /* the frame slot holds a pointer to the value's heap object */
  VAR_GLOBAL,     /* a package variable */
  VAR_CAPTURED,   /* reached through the closure: by reference or by value */
} VarKind;

typedef struct
{
  VarKind  kind;
  guint    slot;        /* frame slot (FRAME, HEAP) or global index */
  guint    capture;     /* CAPTURED: offset of the capture in the closure object */
  gboolean by_value;
  guint    type;
} VarInfo;

typedef struct
{
  gboolean indirect;
  guint32  opnd;        /* direct: the place; indirect: the place holding the pointer */
  gint64   off;
  guint    type;
} Place;

typedef struct
{
  const char *label;
  GArray     *breaks;     /* pcs to patch */
  GArray     *continues;
  gboolean    is_switch;
  /* A range loop's temporaries, live through its body: a break or continue to a loop
   * around it clears them, as the loop's own exit does. */
  GArray     *live_temps;
} Loop;

typedef struct
{
  MlProgram      *prog;
  MlEscapeResult *esc;
  MlVmProgram    *out;
  GHashTable     *types;       /* MlType* -> id */
  GHashTable     *type_names;  /* name -> id */
  GHashTable     *funcs;       /* MlNode* (FUNC_DECL / FUNC_LIT) -> index + 1 */
  GHashTable     *globals;     /* MlObject* -> index + 1 */
  GHashTable     *closure_types; /* MlFunc* -> closure struct type id */

  /* The function being compiled. */
  MlFunc         *fn;
  MlVmFunc       *vf;
  GHashTable     *vars;        /* MlObject* -> VarInfo* */
  GPtrArray      *loops;
  MlPos           pos;
  const char     *pending_label;
  /* Temporaries of the statement being compiled, and those of earlier ones, dead and free
   * for reuse, as Go's compiler reuses its autotmps. */
  GArray         *stmt_temps;  /* slot indices, or NULL outside a statement */
  GArray         *free_temps;  /* slot indices */
  /* Whether a variable may keep the address of a value this statement keeps on the stack
   * (see storage_temp()); TRUE outside statements. */
  gboolean        pin_storage;

  GError         *error;
} Compiler;

static Place compile_expr (Compiler *c, MlNode *n);
static void  compile_stmt (Compiler *c, MlNode *n);
static void  compile_block_list (Compiler *c, MlNodeList *list);
static guint vm_type (Compiler *c, MlType *t);
static void  store_place (Compiler *c, Place dst, guint32 src, guint type);
static guint32 to_opnd (Compiler *c, Place p);
static guint32 method_receiver (Compiler *c, MlNode *fx, MlObject *fo, guint *rtid);
static guint func_index (Compiler *c, MlNode *decl);

/* ------------------------------------------------------------------------------------------ */
/* Errors */

static void G_GNUC_PRINTF (3, 4)
unsupported (Compiler   *c,
             MlNode     *n,
             const char *format,
             ...)
{
  g_autofree char *msg = NULL;
  g_autofree char *path = NULL;
  MlPos pos = n != NULL ? ml_node_start_pos (n) : c->pos;
  va_list args;

  if (c->error != NULL)
    return;
  va_start (args, format);
  msg = g_strdup_vprintf (format, args);
  va_end (args);
  path = ml_go_display_path (ml_source_get_filename (c->prog->source));
  g_set_error (&c->error, ML_COMPILER_ERROR, ML_COMPILER_ERROR_UNSUPPORTED,
               "%s:%u:%u: %s", path, pos.line, pos.col, msg);
}

/* ------------------------------------------------------------------------------------------ */
/* Types */

static MlVmType *
T (Compiler *c,
   guint     id)
{
  return ml_vm_program_get_type (c->out, id);
}

static void
compute_ptrmask (Compiler *c,
                 MlVmType *t)
{
  guint64 words = (t->size + 7) / 8;

  t->ptrmask = g_new0 (guint64, (words + 63) / 64 + 1);
  t->has_pointers = FALSE;

  switch (t->kind)
    {
    case ML_VM_KIND_POINTER: case ML_VM_KIND_MAP: case ML_VM_KIND_CHAN: case ML_VM_KIND_FUNC:
    case ML_VM_KIND_UNSAFE_POINTER: case ML_VM_KIND_STRING: case ML_VM_KIND_SLICE:
      t->ptrmask[0] = 1;
      t->has_pointers = TRUE;
      break;
    case ML_VM_KIND_INTERFACE:
      t->ptrmask[0] = 2;
      t->has_pointers = TRUE;
      break;
    case ML_VM_KIND_ARRAY:
      {
        MlVmType *e = T (c, t->elem);

        if (e != NULL && e->has_pointers && e->size > 0)
          for (guint64 i = 0; i < t->len; i++)
            for (guint64 w = 0; w < (e->size + 7) / 8; w++)
              if (e->ptrmask[w / 64] & (G_GUINT64_CONSTANT (1) << (w % 64)))
                {
                  guint64 bit = i * (e->size / 8) + w;

                  t->ptrmask[bit / 64] |= G_GUINT64_CONSTANT (1) << (bit % 64);
                  t->has_pointers = TRUE;
                }
      }
      break;
    case ML_VM_KIND_STRUCT:
      for (guint f = 0; f < t->n_fields; f++)
        {
          MlVmType *ft = T (c, t->fields[f].type);

          if (ft == NULL || !ft->has_pointers)
            continue;
          for (guint64 w = 0; w < (ft->size + 7) / 8; w++)
            if (ft->ptrmask[w / 64] & (G_GUINT64_CONSTANT (1) << (w % 64)))
              {
                guint64 bit = t->fields[f].offset / 8 + w;

                t->ptrmask[bit / 64] |= G_GUINT64_CONSTANT (1) << (bit % 64);
                t->has_pointers = TRUE;
              }
        }
      break;
    case ML_VM_KIND_INVALID: case ML_VM_KIND_BOOL: case ML_VM_KIND_INT: case ML_VM_KIND_INT8:
    case ML_VM_KIND_INT16: case ML_VM_KIND_INT32: case ML_VM_KIND_INT64: case ML_VM_KIND_UINT:
    case ML_VM_KIND_UINT8: case ML_VM_KIND_UINT16: case ML_VM_KIND_UINT32:
    case ML_VM_KIND_UINT64: case ML_VM_KIND_UINTPTR: case ML_VM_KIND_FLOAT32:
    case ML_VM_KIND_FLOAT64: case ML_VM_KIND_COMPLEX64: case ML_VM_KIND_COMPLEX128:
    default:
      break;
    }
}

static guint
new_vm_type (Compiler   *c,
             MlVmKind    kind,
             const char *name,
             guint64     size,
             guint       align)
{
  MlVmType *t = g_new0 (MlVmType, 1);
  guint id;

  t->kind = kind;
  t->name = g_strdup (name);
  t->size = size;
  t->align = MAX (align, 1);
  id = ml_vm_program_add_type (c->out, t);
  if (name != NULL && !g_hash_table_contains (c->type_names, name))
    g_hash_table_insert (c->type_names, t->name, GUINT_TO_POINTER (id));
  return id;
}

static guint
basic_type (Compiler   *c,
            MlVmKind    kind,
            const char *name,
            guint64     size)
{
  guint id = GPOINTER_TO_UINT (g_hash_table_lookup (c->type_names, name));

  if (id != 0)
    return id;
  id = new_vm_type (c, kind, name, size, MIN (size, 8));
  compute_ptrmask (c, T (c, id));
  return id;
}

static guint
derived_type (Compiler   *c,
              MlVmKind    kind,
              const char *name,
              guint64     size,
              guint       align,
              guint       elem,
              guint       key,
              guint64     len)
{
  guint id = GPOINTER_TO_UINT (g_hash_table_lookup (c->type_names, name));
  MlVmType *t;

  if (id != 0)
    return id;
  id = new_vm_type (c, kind, name, size, align);
  t = T (c, id);
  t->elem = elem;
  t->key = key;
  t->len = len;
  compute_ptrmask (c, t);
  return id;
}

static guint
pointer_to (Compiler *c,
            guint     elem)
{
  g_autofree char *name = g_strconcat ("*", T (c, elem)->name, NULL);

  return derived_type (c, ML_VM_KIND_POINTER, name, 8, 8, elem, 0, 0);
}

static guint
slice_of (Compiler *c,
          guint     elem)
{
  g_autofree char *name = g_strconcat ("[]", T (c, elem)->name, NULL);

  return derived_type (c, ML_VM_KIND_SLICE, name, 24, 8, elem, 0, 0);
}

static guint
array_of (Compiler *c,
          guint     elem,
          guint64   len)
{
  g_autofree char *name = g_strdup_printf ("[%" G_GUINT64_FORMAT "]%s", len, T (c, elem)->name);

  return derived_type (c, ML_VM_KIND_ARRAY, name, len * T (c, elem)->size,
                       T (c, elem)->align, elem, 0, len);
}

static guint
struct_type (Compiler   *c,
             const char *name,
             guint       n,
             const char **names,
             const guint *types)
{
  guint64 off = 0;
  guint align = 1;
  MlVmType *t;
  guint id;

  if (name != NULL && (id = GPOINTER_TO_UINT (g_hash_table_lookup (c->type_names, name))) != 0)
    return id;
  id = new_vm_type (c, ML_VM_KIND_STRUCT, name, 0, 1);
  t = T (c, id);
  t->fields = g_new0 (MlVmField, MAX (n, 1));
  t->n_fields = n;
  for (guint i = 0; i < n; i++)
    {
      MlVmType *ft = T (c, types[i]);

      off = (off + ft->align - 1) / ft->align * ft->align;
      t->fields[i].name = g_strdup (names[i]);
      t->fields[i].type = types[i];
      t->fields[i].offset = off;
      off += ft->size;
      align = MAX (align, ft->align);
    }
  t->size = (off + align - 1) / align * align;
  t->align = align;
  compute_ptrmask (c, t);
  return id;
}

static guint
any_type (Compiler *c)
{
  return derived_type (c, ML_VM_KIND_INTERFACE, "interface {}", 16, 8, 0, 0, 0);
}

static guint
int_type (Compiler *c)
{
  return basic_type (c, ML_VM_KIND_INT, "int", 8);
}

static guint
bool_type (Compiler *c)
{
  return basic_type (c, ML_VM_KIND_BOOL, "bool", 1);
}

static guint
string_type (Compiler *c)
{
  return basic_type (c, ML_VM_KIND_STRING, "string", 16);
}

static guint
uintptr_type (Compiler *c)
{
  return basic_type (c, ML_VM_KIND_UINTPTR, "uintptr", 8);
}

/* The entries of a map of @key and @val: the runtime model stores a map as a header object
 * pointing to an array of these (see README.md, "Maps"). */
static guint
map_entry_type (Compiler *c,
                guint     key,
                guint     val)
{
  g_autofree char *name = g_strdup_printf ("map.entry[%s]%s", T (c, key)->name, T (c, val)->name);
  const char *names[] = { "key", "elem", "tophash" };
  guint types[] = { key, val, basic_type (c, ML_VM_KIND_UINT8, "uint8", 1) };

  /* tophash is non-zero for a live entry, as in Go's buckets: deleting only clears it. */
  return struct_type (c, name, 3, names, types);
}

static guint
map_header_type (Compiler *c)
{
  const char *names[] = { "count", "cap", "entries", "used" };
  guint types[] = { int_type (c), int_type (c), 0, int_type (c) };

  types[2] = basic_type (c, ML_VM_KIND_UNSAFE_POINTER, "unsafe.Pointer", 8);
  return struct_type (c, "runtime.hmap", 4, names, types);
}

static void
append_type_name (Compiler *c,
                  GString  *s,
                  MlType   *t);

static guint
vm_type (Compiler *c,
         MlType   *t)
{
  gpointer found;
  guint id = 0;

  if (t == NULL)
    return 0;
  if (g_hash_table_lookup_extended (c->types, t, NULL, &found))
    return GPOINTER_TO_UINT (found);

  ml_type_layout (t);
  switch (t->kind)
    {
    case ML_TYPE_BOOL: case ML_TYPE_UNTYPED_BOOL:
      id = bool_type (c);
      break;
    case ML_TYPE_INT: case ML_TYPE_UNTYPED_INT:
      id = int_type (c);
      break;
    case ML_TYPE_INT8: id = basic_type (c, ML_VM_KIND_INT8, "int8", 1); break;
    case ML_TYPE_INT16: id = basic_type (c, ML_VM_KIND_INT16, "int16", 2); break;
    case ML_TYPE_INT32: case ML_TYPE_UNTYPED_RUNE:
      id = basic_type (c, ML_VM_KIND_INT32, "int32", 4);
      break;
    case ML_TYPE_INT64: id = basic_type (c, ML_VM_KIND_INT64, "int64", 8); break;
    case ML_TYPE_UINT: id = basic_type (c, ML_VM_KIND_UINT, "uint", 8); break;
    case ML_TYPE_UINT8: id = basic_type (c, ML_VM_KIND_UINT8, "uint8", 1); break;
    case ML_TYPE_UINT16: id = basic_type (c, ML_VM_KIND_UINT16, "uint16", 2); break;
    case ML_TYPE_UINT32: id = basic_type (c, ML_VM_KIND_UINT32, "uint32", 4); break;
    case ML_TYPE_UINT64: id = basic_type (c, ML_VM_KIND_UINT64, "uint64", 8); break;
    case ML_TYPE_UINTPTR: id = uintptr_type (c); break;
    case ML_TYPE_FLOAT32: id = basic_type (c, ML_VM_KIND_FLOAT32, "float32", 4); break;
    case ML_TYPE_FLOAT64: case ML_TYPE_UNTYPED_FLOAT:
      id = basic_type (c, ML_VM_KIND_FLOAT64, "float64", 8);
      break;
    case ML_TYPE_STRING: case ML_TYPE_UNTYPED_STRING:
      id = string_type (c);
      break;
    case ML_TYPE_UNSAFE_POINTER:
      id = basic_type (c, ML_VM_KIND_UNSAFE_POINTER, "unsafe.Pointer", 8);
      break;
    case ML_TYPE_UNTYPED_NIL:
      id = basic_type (c, ML_VM_KIND_UNSAFE_POINTER, "unsafe.Pointer", 8);
      break;
    case ML_TYPE_POINTER:
      id = pointer_to (c, vm_type (c, t->elem));
      break;
    case ML_TYPE_SLICE:
      id = slice_of (c, vm_type (c, t->elem));
      break;
    case ML_TYPE_ARRAY:
      id = array_of (c, vm_type (c, t->elem), t->len);
      break;
    case ML_TYPE_MAP:
      {
        guint k = vm_type (c, t->key), v = vm_type (c, t->elem);
        g_autofree char *name = g_strdup_printf ("map[%s]%s", T (c, k)->name, T (c, v)->name);

        id = derived_type (c, ML_VM_KIND_MAP, name, 8, 8, v, k, 0);
        T (c, id)->entry = map_entry_type (c, k, v);
        map_header_type (c);
      }
      break;
    case ML_TYPE_FUNC:
      {
        GString *s = g_string_new (NULL);

        append_type_name (c, s, t);
        id = derived_type (c, ML_VM_KIND_FUNC, s->str, 8, 8, 0, 0, 0);
        g_string_free (s, TRUE);
      }
      break;
    case ML_TYPE_INTERFACE:
      if (t->n_fields > 0)
        {
          /* The model keeps the dynamic type in the first word, as for any, instead of an
           * itab; methods are found by name when called. */
          g_autofree char *name = ml_type_to_string (t);

          id = derived_type (c, ML_VM_KIND_INTERFACE, name, 16, 8, 0, 0, 0);
        }
      else
        id = any_type (c);
      break;
    case ML_TYPE_STRUCT:
      {
        GString *s = g_string_new (NULL);
        g_autofree const char **names = g_new0 (const char *, t->n_fields + 1);
        g_autofree guint *types = g_new0 (guint, t->n_fields + 1);

        append_type_name (c, s, t);
        for (guint i = 0; i < t->n_fields; i++)
          {
            names[i] = t->fields[i].name;
            types[i] = vm_type (c, t->fields[i].type);
          }
        id = struct_type (c, s->str, t->n_fields, names, types);
        g_string_free (s, TRUE);
      }
      break;
    case ML_TYPE_NAMED:
      {
        g_autofree char *name = g_strconcat ("main.", t->name, NULL);
        MlType *u = ml_type_underlying (t);
        MlVmType *nt;

        /* Reserve the id first, so that a recursive type (type Nodo struct { sig *Nodo })
         * finds itself. */
        id = new_vm_type (c, ML_VM_KIND_INVALID, name, 0, 1);
        g_hash_table_insert (c->types, t, GUINT_TO_POINTER (id));
        if (u->kind == ML_TYPE_STRUCT)
          {
            g_autofree const char **names = g_new0 (const char *, u->n_fields + 1);
            g_autofree guint *types = g_new0 (guint, u->n_fields + 1);

            nt = T (c, id);
            nt->fields = g_new0 (MlVmField, MAX (u->n_fields, 1));
            nt->n_fields = u->n_fields;
            for (guint i = 0; i < u->n_fields; i++)
              {
                nt = T (c, id);
                nt->fields[i].name = g_strdup (u->fields[i].name);
                nt->fields[i].type = vm_type (c, u->fields[i].type);
                nt->fields[i].offset = u->fields[i].offset;
                nt->fields[i].embedded = u->fields[i].embedded;
              }
            (void) names;
            (void) types;
            nt = T (c, id);
            nt->kind = ML_VM_KIND_STRUCT;
          }
        else
          {
            guint uid = vm_type (c, u);
            MlVmType *ut = T (c, uid);

            nt = T (c, id);
            nt->kind = ut->kind;
            nt->elem = ut->elem;
            nt->key = ut->key;
            nt->entry = ut->entry;
            nt->len = ut->len;
          }
        nt->size = ml_type_sizeof (t);
        nt->align = MAX (ml_type_alignof (t), 1);
        nt->named = TRUE;
        compute_ptrmask (c, nt);
        return id;
      }
    case ML_TYPE_COMPLEX64: case ML_TYPE_COMPLEX128:
      unsupported (c, NULL, _("complex numbers are not supported yet"));
      id = int_type (c);
      break;
    case ML_TYPE_CHAN:
      unsupported (c, NULL, _("channels are not supported yet"));
      id = int_type (c);
      break;
    case ML_TYPE_TUPLE: case ML_TYPE_INVALID:
    default:
      id = int_type (c);
      break;
    }
  g_hash_table_insert (c->types, t, GUINT_TO_POINTER (id));
  return id;
}

static void
append_type_name (Compiler *c,
                  GString  *s,
                  MlType   *t)
{
  switch (t->kind)
    {
    case ML_TYPE_FUNC:
      g_string_append (s, "func(");
      if (t->params != NULL)
        for (guint i = 0; i < t->params->n_fields; i++)
          {
            if (i > 0)
              g_string_append (s, ", ");
            if (t->variadic && i + 1 == t->params->n_fields)
              {
                g_string_append (s, "...");
                g_string_append (s, T (c, vm_type (c, t->params->fields[i].type->elem))->name);
              }
            else
              g_string_append (s, T (c, vm_type (c, t->params->fields[i].type))->name);
          }
      g_string_append_c (s, ')');
      if (t->results != NULL && t->results->n_fields == 1)
        g_string_append_printf (s, " %s", T (c, vm_type (c, t->results->fields[0].type))->name);
      else if (t->results != NULL && t->results->n_fields > 1)
        {
          g_string_append (s, " (");
          for (guint i = 0; i < t->results->n_fields; i++)
            g_string_append_printf (s, "%s%s", i ? ", " : "",
                                    T (c, vm_type (c, t->results->fields[i].type))->name);
          g_string_append_c (s, ')');
        }
      break;
    case ML_TYPE_STRUCT:
      g_string_append (s, "struct {");
      for (guint i = 0; i < t->n_fields; i++)
        {
          if (t->fields[i].embedded)
            g_string_append_printf (s, "%s %s", i ? ";" : "",
                                    T (c, vm_type (c, t->fields[i].type))->name);
          else
            g_string_append_printf (s, "%s %s %s", i ? ";" : "", t->fields[i].name,
                                    T (c, vm_type (c, t->fields[i].type))->name);
        }
      g_string_append (s, t->n_fields ? " }" : "}");
      break;
    case ML_TYPE_INVALID: case ML_TYPE_BOOL: case ML_TYPE_INT: case ML_TYPE_INT8:
    case ML_TYPE_INT16: case ML_TYPE_INT32: case ML_TYPE_INT64: case ML_TYPE_UINT:
    case ML_TYPE_UINT8: case ML_TYPE_UINT16: case ML_TYPE_UINT32: case ML_TYPE_UINT64:
    case ML_TYPE_UINTPTR: case ML_TYPE_FLOAT32: case ML_TYPE_FLOAT64: case ML_TYPE_COMPLEX64:
    case ML_TYPE_COMPLEX128: case ML_TYPE_STRING: case ML_TYPE_UNSAFE_POINTER:
    case ML_TYPE_UNTYPED_BOOL: case ML_TYPE_UNTYPED_INT: case ML_TYPE_UNTYPED_RUNE:
    case ML_TYPE_UNTYPED_FLOAT: case ML_TYPE_UNTYPED_STRING: case ML_TYPE_UNTYPED_NIL:
    case ML_TYPE_POINTER: case ML_TYPE_ARRAY: case ML_TYPE_SLICE: case ML_TYPE_MAP:
    case ML_TYPE_CHAN: case ML_TYPE_INTERFACE: case ML_TYPE_TUPLE: case ML_TYPE_NAMED:
    default:
      g_string_append (s, T (c, vm_type (c, t))->name);
      break;
    }
}

static gboolean
is_scalar (MlVmType *t)
{
  return !t->has_pointers && t->size <= 8 && (t->size & (t->size - 1)) == 0;
}

static gboolean
is_pointer_word (MlVmType *t)
{
  switch (t->kind)
    {
    case ML_VM_KIND_POINTER: case ML_VM_KIND_MAP: case ML_VM_KIND_CHAN: case ML_VM_KIND_FUNC:
    case ML_VM_KIND_UNSAFE_POINTER:
      return TRUE;
    case ML_VM_KIND_INVALID: case ML_VM_KIND_BOOL: case ML_VM_KIND_INT: case ML_VM_KIND_INT8:
    case ML_VM_KIND_INT16: case ML_VM_KIND_INT32: case ML_VM_KIND_INT64: case ML_VM_KIND_UINT:
    case ML_VM_KIND_UINT8: case ML_VM_KIND_UINT16: case ML_VM_KIND_UINT32:
    case ML_VM_KIND_UINT64: case ML_VM_KIND_UINTPTR: case ML_VM_KIND_FLOAT32:
    case ML_VM_KIND_FLOAT64: case ML_VM_KIND_COMPLEX64: case ML_VM_KIND_COMPLEX128:
    case ML_VM_KIND_STRING: case ML_VM_KIND_SLICE: case ML_VM_KIND_ARRAY:
    case ML_VM_KIND_STRUCT: case ML_VM_KIND_INTERFACE:
    default:
      return FALSE;
    }
}

static gboolean
is_signed_kind (MlVmKind k)
{
  return k == ML_VM_KIND_INT || k == ML_VM_KIND_INT8 || k == ML_VM_KIND_INT16 ||
         k == ML_VM_KIND_INT32 || k == ML_VM_KIND_INT64;
}

static gboolean
is_float_kind (MlVmKind k)
{
  return k == ML_VM_KIND_FLOAT32 || k == ML_VM_KIND_FLOAT64;
}

/* ------------------------------------------------------------------------------------------ */
/* Emission */

static guint
emit (Compiler *c,
      MlVmOp    op,
      guint     w,
      guint32   a,
      guint32   b,
      guint32   cc,
      guint32   aux,
      gint64    imm)
{
  MlVmInsn in = { 0 };
  MlVmPos pos = { c->pos.line, c->pos.col };

  in.op = op;
  in.w = w;
  in.a = a;
  in.b = b;
  in.c = cc;
  in.aux = aux;
  in.imm = imm;
  g_array_append_val (c->vf->code, in);
  g_array_append_val (c->vf->code_pos, pos);
  return c->vf->code->len - 1;
}

static MlVmInsn *
insn (Compiler *c,
      guint     pc)
{
  return &g_array_index (c->vf->code, MlVmInsn, pc);
}

static guint
here (Compiler *c)
{
  return c->vf->code->len;
}

static void
patch (Compiler *c,
       guint     pc,
       guint     target)
{
  insn (c, pc)->imm = target;
}

static guint32
slot_opnd (Compiler *c,
           guint     slot,
           guint64   off)
{
  if (slot > ML_VM_MAX_SLOTS || off > ML_VM_MAX_OFFSET)
    {
      unsupported (c, NULL, _("this function needs too large a frame for MemLab"));
      return ML_VM_OPND_MAKE (ML_VM_SPACE_FRAME, 0, 0);
    }
  return ML_VM_OPND_MAKE (ML_VM_SPACE_FRAME, slot, off);
}

static guint32
opnd_add (Compiler *c,
          guint32   o,
          guint64   off)
{
  guint64 noff = ML_VM_OPND_OFFSET (o) + off;

  if (noff > ML_VM_MAX_OFFSET)
    {
      unsupported (c, NULL, _("this value is too large for MemLab"));
      return o;
    }
  return ML_VM_OPND_MAKE (ML_VM_OPND_SPACE (o), ML_VM_OPND_INDEX (o), noff);
}

static guint32
temp (Compiler *c,
      guint     type)
{
  guint slot = G_MAXUINT;

  for (guint i = 0; c->stmt_temps != NULL && c->free_temps != NULL && i < c->free_temps->len; i++)
    {
      guint candidate = g_array_index (c->free_temps, guint, i);

      if (g_array_index (c->vf->slots, MlVmSlot, candidate).type == type)
        {
          slot = candidate;
          g_array_remove_index_fast (c->free_temps, i);
          break;
        }
    }
  if (slot == G_MAXUINT)
    slot = ml_vm_func_add_slot (c->vf, ".autotmp", type, ML_VM_SLOT_TEMP);
  if (c->stmt_temps != NULL)
    g_array_append_val (c->stmt_temps, slot);

  return slot_opnd (c, slot, 0);
}

/* What begin_stmt_temps() saves of the statement around. */
typedef struct
{
  GArray   *temps;
  gboolean  pin_storage;
} TempScope;

/* Starts collecting the temporaries of a statement, or of the header of a compound one (a
 * condition, a switch's tag, a range clause), inside those of the statement around it.
 * @pin_storage says whether a variable may keep the address of a value the statement keeps
 * on the stack: TRUE for a statement that stores into variables. */
static TempScope
begin_stmt_temps (Compiler *c,
                  gboolean  pin_storage)
{
  TempScope outer = { c->stmt_temps, c->pin_storage };

  c->stmt_temps = g_array_new (FALSE, FALSE, sizeof (guint));
  c->pin_storage = pin_storage;
  return outer;
}

/* Clears the temporaries @temps that can hold pointers.  Go's stack maps leave dead
 * temporaries out, so a stale pointer in one keeps nothing alive; here the collector scans
 * every pointer slot of a frame, so a dead one must hold nil instead.  A temporary without
 * pointers keeps nothing alive and is always written before it is read, so it keeps its
 * last value, as in Go: clearing it would only cost the lecture's loops an instruction. */
static void
clear_temps (Compiler *c,
             GArray   *temps)
{
  for (guint i = 0; temps != NULL && i < temps->len; i++)
    {
      guint slot = g_array_index (temps, guint, i);
      guint type = g_array_index (c->vf->slots, MlVmSlot, slot).type;

      if (T (c, type)->has_pointers)
        emit (c, ML_OP_ZERO, 0, slot_opnd (c, slot, 0), 0, 0, type, 0);
    }
}

/* Whether clear_temps() emits anything for @temps. */
static gboolean
temps_need_clearing (Compiler *c,
                     GArray   *temps)
{
  for (guint i = 0; temps != NULL && i < temps->len; i++)
    {
      guint slot = g_array_index (temps, guint, i);

      if (T (c, g_array_index (c->vf->slots, MlVmSlot, slot).type)->has_pointers)
        return TRUE;
    }
  return FALSE;
}

/* Ends the temporaries begun with begin_stmt_temps(): they are dead, cleared here when
 * @clear says so (a caller whose code goes two ways clears them on each with clear_temps()),
 * and the next statements reuse them instead of growing the frame.  Returns them. */
static GArray *
end_stmt_temps (Compiler  *c,
                TempScope  outer,
                gboolean   clear)
{
  GArray *temps = c->stmt_temps;

  c->stmt_temps = outer.temps;
  c->pin_storage = outer.pin_storage;
  if (clear)
    clear_temps (c, temps);
  if (c->free_temps == NULL)
    c->free_temps = g_array_new (FALSE, FALSE, sizeof (guint));
  g_array_append_vals (c->free_temps, temps->data, temps->len);
  return temps;
}

/* The temporaries of a statement are dead once it ends: they are cleared, so that, as in
 * Go, where the stack maps leave dead temporaries out, they keep nothing on the heap alive,
 * and the next statements reuse them. */
static void
release_stmt_temps (Compiler  *c,
                    TempScope  outer)
{
  g_array_unref (end_stmt_temps (c, outer, TRUE));
}

/* Gives back the temporary @opnd of the statement being compiled when the code no longer
 * uses it, so that it is neither cleared nor kept from the next temporaries. */
static void
forget_temp (Compiler *c,
             guint32   opnd)
{
  guint slot = ML_VM_OPND_INDEX (opnd);

  if (c->stmt_temps == NULL || ML_VM_OPND_SPACE (opnd) != ML_VM_SPACE_FRAME ||
      ML_VM_OPND_OFFSET (opnd) != 0)
    return;
  for (guint i = 0; i < c->stmt_temps->len; i++)
    if (g_array_index (c->stmt_temps, guint, i) == slot)
      {
        g_array_remove_index (c->stmt_temps, i);
        if (c->free_temps == NULL)
          c->free_temps = g_array_new (FALSE, FALSE, sizeof (guint));
        g_array_append_val (c->free_temps, slot);
        return;
      }
}

/* The frame slot of a value escape analysis keeps on the stack: the object of new(T) or
 * &T{}, a slice literal's or a constant make's array, a variadic call's array, a closure, a
 * stack buffer of make or append.  A variable may keep its address after the statement,
 * and Go keeps such a stack object alive as long as a live pointer refers to it; so in a
 * statement that stores into variables it is not one of the statement's temporaries,
 * neither cleared nor reused, for the rest of the function.  In a statement that stores
 * nothing (an expression statement, a condition, a switch's tag), nothing can keep its
 * address (a store through a pointer would have made it escape) and it dies with the
 * statement like its other temporaries. */
static guint32
storage_temp (Compiler *c,
              guint     type)
{
  if (!c->pin_storage)
    return temp (c, type);
  return slot_opnd (c, ml_vm_func_add_slot (c->vf, ".autotmp", type, ML_VM_SLOT_TEMP), 0);
}

static Place
direct (guint32 opnd,
        guint   type)
{
  Place p = { FALSE, opnd, 0, type };

  return p;
}

static Place
indirect (guint32 ptr,
          gint64  off,
          guint   type)
{
  Place p = { TRUE, ptr, off, type };

  return p;
}

/* A copy of a value of @type from place @src to place @dst, both direct. */
static void
emit_move (Compiler *c,
           guint32   dst,
           guint32   src,
           guint     type)
{
  MlVmType *t = T (c, type);

  if (t->size == 0 || dst == src)
    return;
  if (is_pointer_word (t))
    emit (c, ML_OP_MOVP, 8, dst, src, 0, type, 0);
  else if (is_scalar (t))
    emit (c, ML_OP_MOV, t->size, dst, src, 0, type, 0);
  else
    emit (c, ML_OP_MOVT, 0, dst, src, 0, type, 0);
}

static guint32
to_opnd (Compiler *c,
         Place     p)
{
  guint32 t;

  if (!p.indirect)
    return p.opnd;
  t = temp (c, p.type);
  emit (c, ML_OP_LOAD, 0, t, p.opnd, 0, p.type, p.off);
  return t;
}

static void
store_place (Compiler *c,
             Place     dst,
             guint32   src,
             guint     type)
{
  MlVmInsn *last = c->vf->code->len > 0 ? insn (c, c->vf->code->len - 1) : NULL;

  if (!dst.indirect)
    emit_move (c, dst.opnd, src, type);
  else if (last != NULL && last->op == ML_OP_IDX && last->a == dst.opnd && dst.off == 0)
    {
      /* s[i] = v in one instruction: the hot statement of the lecture's loops.  The
       * element's address is never written, so its temporary has nothing to clear. */
      forget_temp (c, last->a);
      last->op = ML_OP_STIDX;
      last->a = last->b;
      last->b = last->c;
      last->c = src;
    }
  else
    emit (c, ML_OP_STORE, 0, dst.opnd, src, 0, type, dst.off);
}

static void
zero_place (Compiler *c,
            Place     dst)
{
  if (T (c, dst.type)->size == 0)
    return;
  if (!dst.indirect)
    emit (c, ML_OP_ZERO, 0, dst.opnd, 0, 0, dst.type, 0);
  else
    {
      guint32 z = temp (c, dst.type);

      emit (c, ML_OP_ZERO, 0, z, 0, 0, dst.type, 0);
      store_place (c, dst, z, dst.type);
    }
}

/* The address of a place, as a pointer value in a temporary. */
static guint32
address_of (Compiler *c,
            Place     p)
{
  guint32 t = temp (c, pointer_to (c, p.type));

  if (!p.indirect)
    emit (c, ML_OP_LEA, 8, t, p.opnd, 0, 0, 0);
  else
    emit (c, ML_OP_ADDR, 8, t, p.opnd, 0, 0, p.off);
  return t;
}

static Place
field_place (Compiler *c,
             Place     base,
             guint64   off,
             guint     type)
{
  if (!base.indirect)
    return direct (opnd_add (c, base.opnd, off), type);
  return indirect (base.opnd, base.off + off, type);
}

static guint32
const_int (Compiler *c,
           gint64    v,
           guint     type)
{
  guint32 t = temp (c, type);

  emit (c, ML_OP_MOVI, T (c, type)->size, t, 0, 0, type, v);
  return t;
}

/* ------------------------------------------------------------------------------------------ */
/* Variables */

static VarInfo *
lookup_var (Compiler *c,
            MlObject *o)
{
  VarInfo *v = g_hash_table_lookup (c->vars, o);
  gpointer g;

  if (v != NULL)
    return v;
  if ((g = g_hash_table_lookup (c->globals, o)) != NULL)
    {
      v = g_new0 (VarInfo, 1);
      v->kind = VAR_GLOBAL;
      v->slot = GPOINTER_TO_UINT (g) - 1;
      v->type = vm_type (c, o->type);
      g_hash_table_insert (c->vars, o, v);
      return v;
    }
  return NULL;
}

static gboolean
var_on_heap (Compiler *c,
             MlObject *o)
{
  if (c->esc == NULL)
    return (o->flags & (ML_OBJ_FLAG_ADDR_TAKEN | ML_OBJ_FLAG_CAPTURED)) != 0;
  return ml_escape_result_query_var (c->esc, o, NULL) == ML_ESCAPE_HEAP;
}

static gboolean
alloc_on_heap (Compiler *c,
               MlNode   *n)
{
  if (c->esc == NULL)
    return TRUE;
  return ml_escape_result_query_alloc (c->esc, n, NULL) == ML_ESCAPE_HEAP;
}

/* Declares a local where its declaration runs: a frame slot, or for a variable that escapes,
 * a frame slot holding the pointer to a new heap object ("moved to heap: x"). */
static VarInfo *
declare_local (Compiler *c,
               MlObject *o)
{
  VarInfo *v = g_new0 (VarInfo, 1);

  v->type = vm_type (c, o->type);
  if (var_on_heap (c, o))
    {
      g_autofree char *name = g_strconcat ("&", o->name, NULL);

      v->kind = VAR_HEAP;
      v->slot = ml_vm_func_add_slot (c->vf, name, pointer_to (c, v->type), ML_VM_SLOT_LOCAL);
      emit (c, ML_OP_NEW, 8, slot_opnd (c, v->slot, 0), 0, 0, v->type, 0);
    }
  else
    {
      v->kind = VAR_FRAME;
      v->slot = ml_vm_func_add_slot (c->vf, o->name, v->type, ML_VM_SLOT_LOCAL);
    }
  g_hash_table_insert (c->vars, o, v);
  return v;
}

static Place
var_place (Compiler *c,
           VarInfo  *v)
{
  switch (v->kind)
    {
    case VAR_FRAME:
      return direct (slot_opnd (c, v->slot, 0), v->type);
    case VAR_HEAP:
      return indirect (slot_opnd (c, v->slot, 0), 0, v->type);
    case VAR_GLOBAL:
      return direct (ML_VM_OPND_MAKE (ML_VM_SPACE_GLOBAL, v->slot, 0), v->type);
    case VAR_CAPTURED:
      {
        Place clo = indirect (slot_opnd (c, c->vf->closure_slot, 0), v->capture,
                              v->by_value ? v->type : pointer_to (c, v->type));

        if (v->by_value)
          return clo;
        return indirect (to_opnd (c, clo), 0, v->type);
      }
    default:
      g_assert_not_reached ();
    }
}

static Place
object_place (Compiler *c,
              MlNode   *n,
              MlObject *o)
{
  VarInfo *v = lookup_var (c, o);

  if (v == NULL)
    {
      /* A variable first seen here: its declaration was not compiled (a notebook global
       * declared by a statement is registered up front, so this is a local). */
      v = declare_local (c, o);
    }
  (void) n;
  return var_place (c, v);
}

/* ------------------------------------------------------------------------------------------ */
/* Constants */

static Place
compile_const (Compiler *c,
               MlNode   *n,
               MlType   *type)
{
  MlConst *k = n->cval;
  guint t = vm_type (c, type != NULL ? type : n->type);
  MlVmType *vt = T (c, t);
  guint32 dst = temp (c, t);

  switch (vt->kind)
    {
    case ML_VM_KIND_STRING:
      emit (c, ML_OP_STRC, 0, dst, 0, 0,
            ml_vm_program_add_string (c->out, k->s != NULL ? k->s : "", k->len), 0);
      break;
    case ML_VM_KIND_FLOAT64:
      {
        double d = k->kind == ML_CONST_INT ? (double) k->i : (double) k->f;
        gint64 bits;

        memcpy (&bits, &d, 8);
        emit (c, ML_OP_MOVI, 8, dst, 0, 0, t, bits);
      }
      break;
    case ML_VM_KIND_FLOAT32:
      {
        float f = k->kind == ML_CONST_INT ? (float) k->i : (float) k->f;
        gint32 bits;

        memcpy (&bits, &f, 4);
        emit (c, ML_OP_MOVI, 4, dst, 0, 0, t, bits);
      }
      break;
    case ML_VM_KIND_BOOL:
      emit (c, ML_OP_MOVI, 1, dst, 0, 0, t, k->b ? 1 : 0);
      break;
    case ML_VM_KIND_INTERFACE:
      {
        /* A constant converted to any: the default type's value, boxed. */
        MlType *dt = n->type;
        Place v;
        guint32 box = dst;

        if (dt == NULL || ml_type_is_interface (dt))
          emit (c, ML_OP_ZERO, 0, dst, 0, 0, t, 0);
        else
          {
            v = compile_const (c, n, dt);
            emit (c, ML_OP_BOX, 0, box, v.opnd, 0, v.type, 1);
          }
      }
      break;
    case ML_VM_KIND_INVALID: case ML_VM_KIND_INT: case ML_VM_KIND_INT8: case ML_VM_KIND_INT16:
    case ML_VM_KIND_INT32: case ML_VM_KIND_INT64: case ML_VM_KIND_UINT: case ML_VM_KIND_UINT8:
    case ML_VM_KIND_UINT16: case ML_VM_KIND_UINT32: case ML_VM_KIND_UINT64:
    case ML_VM_KIND_UINTPTR: case ML_VM_KIND_COMPLEX64: case ML_VM_KIND_COMPLEX128:
    case ML_VM_KIND_UNSAFE_POINTER: case ML_VM_KIND_POINTER: case ML_VM_KIND_SLICE:
    case ML_VM_KIND_ARRAY: case ML_VM_KIND_STRUCT: case ML_VM_KIND_MAP: case ML_VM_KIND_CHAN:
    case ML_VM_KIND_FUNC:
    default:
      if (k->kind == ML_CONST_FLOAT)
        emit (c, ML_OP_MOVI, vt->size, dst, 0, 0, t, (gint64) k->f);
      else if (k->kind == ML_CONST_BOOL)
        emit (c, ML_OP_MOVI, vt->size, dst, 0, 0, t, k->b);
      else
        emit (c, ML_OP_MOVI, MAX (vt->size, 1), dst, 0, 0, t, (gint64) k->i);
      break;
    }
  return direct (dst, t);
}

/* ------------------------------------------------------------------------------------------ */
/* Expressions */

static Place compile_value (Compiler *c, MlNode *n, MlType *want);

static gboolean
is_nil (MlNode *n)
{
  n = ml_node_unparen (n);
  return n->type != NULL && n->type->kind == ML_TYPE_UNTYPED_NIL;
}

/* Compiles @n as a value of type @want (an assignment's target type): constants take the
 * target's type, values convert to interfaces by boxing, nil becomes the zero value. */
static Place
compile_value (Compiler *c,
               MlNode   *n,
               MlType   *want)
{
  Place p;
  guint wt;

  if (want == NULL)
    want = n->type;
  wt = vm_type (c, want);
  if (is_nil (n))
    {
      guint32 z = temp (c, wt);

      emit (c, ML_OP_ZERO, 0, z, 0, 0, wt, 0);
      return direct (z, wt);
    }
  if (n->cval != NULL && n->mode == ML_MODE_CONSTANT)
    {
      if (ml_type_is_interface (want))
        {
          /* A constant boxed into an interface: Go points the interface at read-only data,
           * without allocating. */
          MlType *dt = n->type;
          Place v = compile_const (c, n, dt);
          guint32 box = temp (c, wt);

          emit (c, ML_OP_BOX, 1, box, v.opnd, 0, v.type, 0);
          return direct (box, wt);
        }
      return compile_const (c, n, want);
    }
  p = compile_expr (c, n);
  if (ml_type_is_interface (want) && !ml_type_is_interface (n->type))
    {
      guint32 v = to_opnd (c, p);
      guint32 box = temp (c, wt);

      emit (c, ML_OP_BOX, 0, box, v, 0, p.type, 0);
      return direct (box, wt);
    }
  return p;
}

static guint
binop_code (guint tok)
{
  switch (tok)
    {
    case ML_TOK_ADD: case ML_TOK_ADD_ASSIGN: case ML_TOK_INC: return ML_OP_ADD;
    case ML_TOK_SUB: case ML_TOK_SUB_ASSIGN: case ML_TOK_DEC: return ML_OP_SUB;
    case ML_TOK_MUL: case ML_TOK_MUL_ASSIGN: return ML_OP_MUL;
    case ML_TOK_QUO: case ML_TOK_QUO_ASSIGN: return ML_OP_DIV;
    case ML_TOK_REM: case ML_TOK_REM_ASSIGN: return ML_OP_REM;
    case ML_TOK_AND: case ML_TOK_AND_ASSIGN: return ML_OP_AND;
    case ML_TOK_OR: case ML_TOK_OR_ASSIGN: return ML_OP_OR;
    case ML_TOK_XOR: case ML_TOK_XOR_ASSIGN: return ML_OP_XOR;
    case ML_TOK_AND_NOT: case ML_TOK_AND_NOT_ASSIGN: return ML_OP_ANDNOT;
    case ML_TOK_SHL: case ML_TOK_SHL_ASSIGN: return ML_OP_SHL;
    case ML_TOK_SHR: case ML_TOK_SHR_ASSIGN: return ML_OP_SHR;
    case ML_TOK_EQL: return ML_OP_EQ;
    case ML_TOK_NEQ: return ML_OP_NE;
    case ML_TOK_LSS: return ML_OP_LT;
    case ML_TOK_LEQ: return ML_OP_LE;
    case ML_TOK_GTR: return ML_OP_GT;
    case ML_TOK_GEQ: return ML_OP_GE;
    default: return ML_OP_NOP;
    }
}

static guint
arith_flags (MlVmType *t)
{
  guint f = 0;

  if (is_signed_kind (t->kind))
    f |= ML_VM_INSN_SIGNED;
  if (is_float_kind (t->kind))
    f |= ML_VM_INSN_FLOAT;
  return f;
}

/* Emits dst = x op y for values of type @type (the operands' type). */
static guint32
emit_binary (Compiler *c,
             guint     op,
             guint32   x,
             guint32   y,
             guint     type,
             guint     result_type)
{
  MlVmType *t = T (c, type);
  guint32 dst = temp (c, result_type);
  guint pc;

  if (t->kind == ML_VM_KIND_STRING)
    {
      if (op == ML_OP_ADD)
        emit (c, ML_OP_CONCAT, 0, dst, x, y, 0, 0);
      else if (op == ML_OP_EQ || op == ML_OP_NE)
        emit (c, ML_OP_STREQ, op == ML_OP_NE, dst, x, y, 0, 0);
      else
        emit (c, ML_OP_STRCMP, op, dst, x, y, 0, 0);
      return dst;
    }
  if ((op == ML_OP_EQ || op == ML_OP_NE) && !is_scalar (t) && !is_pointer_word (t))
    {
      emit (c, ML_OP_MEMEQ, op == ML_OP_NE, dst, x, y, type, 0);
      return dst;
    }
  pc = emit (c, op, is_pointer_word (t) ? 8 : t->size, dst, x, y, type, 0);
  insn (c, pc)->flags = arith_flags (t);
  return dst;
}

static Place
compile_binary (Compiler *c,
                MlNode   *n)
{
  guint op = n->op;

  if (op == ML_TOK_LAND || op == ML_TOK_LOR)
    {
      guint bt = vm_type (c, n->type);
      guint32 dst = temp (c, bt);
      Place x = compile_value (c, n->x, n->type);
      guint jmp;

      emit_move (c, dst, to_opnd (c, x), bt);
      jmp = emit (c, op == ML_TOK_LAND ? ML_OP_JF : ML_OP_JT, 1, 0, dst, 0, 0, 0);
      {
        Place y = compile_value (c, n->y, n->type);

        emit_move (c, dst, to_opnd (c, y), bt);
      }
      patch (c, jmp, here (c));
      return direct (dst, bt);
    }
  else
    {
      MlVmOp vop = binop_code (op);
      MlType *ot = n->x->type;
      guint32 x, y;
      guint type;

      /* Comparisons: the operands' common type; nil compares as the other side's type. */
      if (is_nil (n->x) || ml_type_is_untyped (ot))
        ot = n->y->type;
      if (ml_type_is_untyped (ot) && !is_nil (n->x))
        ot = n->type;
      if (vop >= ML_OP_EQ && vop <= ML_OP_GE && ml_type_is_untyped (ot))
        ot = n->x->type;
      if (vop == ML_OP_SHL || vop == ML_OP_SHR)
        ot = n->type;
      type = vm_type (c, ot);
      x = to_opnd (c, compile_value (c, n->x, ot));
      if (vop == ML_OP_SHL || vop == ML_OP_SHR)
        {
          MlType *st = ml_type_is_untyped (n->y->type) ? NULL : n->y->type;

          y = to_opnd (c, compile_value (c, n->y, st != NULL ? st : ot));
          {
            guint32 dst = temp (c, type);
            MlVmType *t = T (c, type);
            guint pc = emit (c, vop, t->size, dst, x, y, type, 0);

            insn (c, pc)->flags = arith_flags (t);
            return direct (dst, type);
          }
        }
      y = to_opnd (c, compile_value (c, n->y, ot));
      if ((vop == ML_OP_DIV || vop == ML_OP_REM) && !is_float_kind (T (c, type)->kind))
        {
          /* Go checks the divisor at run time: "integer divide by zero". */
        }
      return direct (emit_binary (c, vop, x, y, type, vm_type (c, n->type)), vm_type (c, n->type));
    }
}

static Place
compile_unary (Compiler *c,
               MlNode   *n)
{
  guint t = vm_type (c, n->type);

  switch (n->op)
    {
    case ML_TOK_AND:
      {
        MlNode *x = ml_node_unparen (n->x);

        if (x->kind == ML_NODE_COMPOSITE_LIT)
          {
            guint et = vm_type (c, x->type);
            Place v = compile_expr (c, x);
            guint32 p = temp (c, t);

            if (alloc_on_heap (c, n))
              {
                emit (c, ML_OP_NEW, 8, p, 0, 0, et, 0);
                store_place (c, indirect (p, 0, et), to_opnd (c, v), et);
              }
            else
              {
                guint32 obj = storage_temp (c, et);

                emit_move (c, obj, to_opnd (c, v), et);
                emit (c, ML_OP_LEA, 8, p, obj, 0, 0, 0);
              }
            return direct (p, t);
          }
        return direct (address_of (c, compile_expr (c, x)), t);
      }
    case ML_TOK_SUB:
      {
        guint32 x = to_opnd (c, compile_value (c, n->x, n->type));
        guint32 dst = temp (c, t);
        guint pc = emit (c, ML_OP_NEG, T (c, t)->size, dst, x, 0, t, 0);

        insn (c, pc)->flags = arith_flags (T (c, t));
        return direct (dst, t);
      }
    case ML_TOK_ADD:
      return compile_value (c, n->x, n->type);
    case ML_TOK_XOR:
      {
        guint32 x = to_opnd (c, compile_value (c, n->x, n->type));
        guint32 dst = temp (c, t);

        emit (c, ML_OP_COMPL, T (c, t)->size, dst, x, 0, t, 0);
        return direct (dst, t);
      }
    case ML_TOK_NOT:
      {
        guint32 x = to_opnd (c, compile_value (c, n->x, n->type));
        guint32 dst = temp (c, t);

        emit (c, ML_OP_NOT, 1, dst, x, 0, t, 0);
        return direct (dst, t);
      }
    default:
      unsupported (c, n, _("the operator %s is not supported yet"), "unary");
      return direct (temp (c, t), t);
    }
}

/* An index into an array place, a slice, a string or a map. */
static Place
compile_index (Compiler *c,
               MlNode   *n,
               gboolean  for_store)
{
  MlType *xt = n->x->type;
  MlType *u = ml_type_underlying (xt);
  guint et = vm_type (c, n->type);

  if (u->kind == ML_TYPE_POINTER)
    {
      /* p[i] on a pointer to an array. */
      guint32 p = to_opnd (c, compile_expr (c, n->x));
      guint32 i = to_opnd (c, compile_value (c, n->y, NULL));
      guint32 a = temp (c, pointer_to (c, et));
      MlType *arr = ml_type_underlying (u->elem);

      emit (c, ML_OP_AIDX, 0, a, p, i, et, arr->len);
      return indirect (a, 0, et);
    }
  switch ((int) u->kind)
    {
    case ML_TYPE_ARRAY:
      {
        Place base = compile_expr (c, n->x);

        if (n->y->cval != NULL && n->y->mode == ML_MODE_CONSTANT)
          return field_place (c, base, (guint64) n->y->cval->i * T (c, et)->size, et);
        {
          guint32 p = address_of (c, base);
          guint32 i = to_opnd (c, compile_value (c, n->y, NULL));
          guint32 a = temp (c, pointer_to (c, et));

          emit (c, ML_OP_AIDX, 0, a, p, i, et, u->len);
          return indirect (a, 0, et);
        }
      }
    case ML_TYPE_SLICE:
      {
        guint32 s = to_opnd (c, compile_expr (c, n->x));
        guint32 i = to_opnd (c, compile_value (c, n->y, NULL));
        guint32 a = temp (c, pointer_to (c, et));

        emit (c, ML_OP_IDX, 0, a, s, i, et, 0);
        return indirect (a, 0, et);
      }
    case ML_TYPE_STRING: case ML_TYPE_UNTYPED_STRING:
      {
        guint32 s = to_opnd (c, compile_value (c, n->x, NULL));
        guint32 i = to_opnd (c, compile_value (c, n->y, NULL));
        guint32 dst = temp (c, et);

        emit (c, ML_OP_SIDX, 1, dst, s, i, et, 0);
        return direct (dst, et);
      }
    case ML_TYPE_MAP:
      {
        guint mt = vm_type (c, xt);
        guint32 m = to_opnd (c, compile_expr (c, n->x));
        guint32 k = to_opnd (c, compile_value (c, n->y, u->key));
        guint32 a = temp (c, pointer_to (c, et));

        if (for_store)
          {
            emit (c, ML_OP_MAPSET, 0, a, m, k, mt, 0);
            return indirect (a, 0, et);
          }
        {
          guint32 dst = temp (c, et);

          emit (c, ML_OP_MAPGET, 0, dst, m, k, mt, ML_VM_NONE);
          insn (c, here (c) - 1)->imm = ML_VM_NONE;
          return direct (dst, et);
        }
      }
    default:
      unsupported (c, n, _("this index expression is not supported yet"));
      return direct (temp (c, et), et);
    }
}

static Place
compile_selector (Compiler *c,
                  MlNode   *n)
{
  MlType *xt = n->x->type;
  MlType *u = ml_type_underlying (xt);
  gint64 off = 0;
  MlField *f;
  guint ft = vm_type (c, n->type);

  if (n->obj != NULL && n->obj->kind == ML_OBJ_FUNC && n->obj->decl != NULL &&
      n->x->mode != ML_MODE_PACKAGE && n->x->mode != ML_MODE_TYPEXPR)
    {
      /* A method value x.m: a closure { F; receiver } allocated on the heap (Go's x.m-fm
       * wrapper); calling it passes the receiver as the method's first parameter. */
      guint rtid;
      guint32 r = method_receiver (c, n, n->obj, &rtid);
      const char *names[] = { "F", "R" };
      guint types[] = { uintptr_type (c), rtid };
      g_autofree char *cname = g_strdup_printf ("struct { F uintptr; R %s }", T (c, rtid)->name);
      guint ct = struct_type (c, cname, 2, names, types);
      guint32 p = temp (c, ft);

      emit (c, ML_OP_NEW, 8, p, 0, 0, ct, 0);
      emit (c, ML_OP_CLOSURE, 0, p, 0, 0, 0, func_index (c, n->obj->decl));
      store_place (c, indirect (p, T (c, ct)->fields[1].offset, rtid), r, rtid);
      return direct (p, ft);
    }
  if (n->obj != NULL && (n->obj->kind == ML_OBJ_FUNC || n->obj->kind == ML_OBJ_BUILTIN))
    {
      unsupported (c, n, _("method values are not supported yet"));
      return direct (temp (c, ft), ft);
    }
  if (n->x->mode == ML_MODE_PACKAGE)
    {
      unsupported (c, n, _("%s is not supported yet"), n->name);
      return direct (temp (c, ft), ft);
    }
  f = ml_type_lookup_field (xt, n->name, &off);
  if (f == NULL)
    {
      unsupported (c, n, _("this selector is not supported yet"));
      return direct (temp (c, ft), ft);
    }
  if (u->kind == ML_TYPE_POINTER)
    {
      /* p.f: through the pointer (with the nil check the load or store does). */
      guint32 p = to_opnd (c, compile_expr (c, n->x));

      return indirect (p, off, ft);
    }
  return field_place (c, compile_expr (c, n->x), off, ft);
}

/* Fills @dst with a composite literal's elements (the place is zeroed first). */
static void
fill_composite (Compiler *c,
                MlNode   *n,
                Place     dst)
{
  MlType *u = ml_type_underlying (n->type);

  zero_place (c, dst);
  if (u->kind == ML_TYPE_STRUCT)
    {
      for (guint i = 0; i < n->list.n; i++)
        {
          MlNode *e = n->list.items[i];
          MlField *f;
          gint64 off = 0;
          MlNode *val = e;

          if (e->kind == ML_NODE_KEY_VALUE)
            {
              f = ml_type_lookup_field (n->type, e->x->name, &off);
              val = e->y;
            }
          else
            {
              f = &u->fields[i];
              off = f->offset;
            }
          if (f == NULL)
            continue;
          {
            Place v = compile_value (c, val, f->type);
            guint vt = vm_type (c, f->type);

            store_place (c, field_place (c, dst, off, vt), to_opnd (c, v), vt);
          }
        }
    }
  else if (u->kind == ML_TYPE_ARRAY)
    {
      guint et = vm_type (c, u->elem);
      gint64 idx = 0;

      for (guint i = 0; i < n->list.n; i++)
        {
          MlNode *e = n->list.items[i];
          MlNode *val = e;

          if (e->kind == ML_NODE_KEY_VALUE)
            {
              idx = e->x->cval != NULL ? (gint64) e->x->cval->i : idx;
              val = e->y;
            }
          {
            Place v = compile_value (c, val, u->elem);

            store_place (c, field_place (c, dst, idx * T (c, et)->size, et), to_opnd (c, v), et);
          }
          idx++;
        }
    }
}

static gint64
composite_len (MlNode *n)
{
  gint64 idx = 0, max = 0;

  for (guint i = 0; i < n->list.n; i++)
    {
      MlNode *e = n->list.items[i];

      if (e->kind == ML_NODE_KEY_VALUE && e->x->cval != NULL)
        idx = (gint64) e->x->cval->i;
      idx++;
      max = MAX (max, idx);
    }
  return max;
}

static Place
compile_composite (Compiler *c,
                   MlNode   *n)
{
  MlType *u = ml_type_underlying (n->type);
  guint t = vm_type (c, n->type);

  switch ((int) u->kind)
    {
    case ML_TYPE_STRUCT: case ML_TYPE_ARRAY:
      {
        Place dst = direct (temp (c, t), t);

        fill_composite (c, n, dst);
        return dst;
      }
    case ML_TYPE_SLICE:
      {
        guint et = vm_type (c, u->elem);
        gint64 len = composite_len (n);
        guint at = array_of (c, et, len);
        guint32 ptr = temp (c, pointer_to (c, at));
        guint32 s = temp (c, t);
        gint64 idx = 0;

        if (alloc_on_heap (c, n))
          emit (c, ML_OP_NEW, 8, ptr, 0, 0, at, 0);
        else
          {
            guint32 arr = storage_temp (c, at);

            emit (c, ML_OP_ZERO, 0, arr, 0, 0, at, 0);
            emit (c, ML_OP_LEA, 8, ptr, arr, 0, 0, 0);
          }
        for (guint i = 0; i < n->list.n; i++)
          {
            MlNode *e = n->list.items[i];
            MlNode *val = e;

            if (e->kind == ML_NODE_KEY_VALUE)
              {
                idx = e->x->cval != NULL ? (gint64) e->x->cval->i : idx;
                val = e->y;
              }
            {
              Place v = compile_value (c, val, u->elem);

              store_place (c, indirect (ptr, idx * T (c, et)->size, et), to_opnd (c, v), et);
            }
            idx++;
          }
        emit (c, ML_OP_MKSLICEAT, 0, s, ptr, 0, et, len);
        return direct (s, t);
      }
    case ML_TYPE_MAP:
      {
        guint32 m = temp (c, t);

        emit (c, ML_OP_MAKEMAP, 0, m, 0, 0, t, n->list.n);
        for (guint i = 0; i < n->list.n; i++)
          {
            MlNode *e = n->list.items[i];
            guint vt = vm_type (c, u->elem);
            guint32 k, a;
            Place v;

            if (e->kind != ML_NODE_KEY_VALUE)
              continue;
            k = to_opnd (c, compile_value (c, e->x, u->key));
            a = temp (c, pointer_to (c, vt));
            emit (c, ML_OP_MAPSET, 0, a, m, k, t, 0);
            v = compile_value (c, e->y, u->elem);
            store_place (c, indirect (a, 0, vt), to_opnd (c, v), vt);
          }
        return direct (m, t);
      }
    default:
      unsupported (c, n, _("this composite literal is not supported yet"));
      return direct (temp (c, t), t);
    }
}

static Place
compile_slice_expr (Compiler *c,
                    MlNode   *n)
{
  MlType *u = ml_type_underlying (n->x->type);
  guint t = vm_type (c, n->type);
  guint32 dst = temp (c, t);
  guint32 bounds = temp (c, array_of (c, int_type (c), 4));
  guint32 src;
  guint kind;
  guint et = 0;
  gint64 len = 0;
  MlNode *parts[3] = { n->y, n->z, n->w };

  if (u->kind == ML_TYPE_ARRAY)
    {
      src = address_of (c, compile_expr (c, n->x));
      kind = 1;
      et = vm_type (c, u->elem);
      len = u->len;
    }
  else if (u->kind == ML_TYPE_POINTER)
    {
      MlType *arr = ml_type_underlying (u->elem);

      src = to_opnd (c, compile_expr (c, n->x));
      kind = 1;
      et = vm_type (c, arr->elem);
      len = arr->len;
    }
  else if (u->kind == ML_TYPE_SLICE)
    {
      src = to_opnd (c, compile_expr (c, n->x));
      kind = 0;
      et = vm_type (c, u->elem);
    }
  else
    {
      src = to_opnd (c, compile_value (c, n->x, NULL));
      kind = 2;
      et = basic_type (c, ML_VM_KIND_UINT8, "uint8", 1);
    }
  /* bounds[3] says which of lo, hi, max were given. */
  {
    gint64 given = 0;

    for (guint i = 0; i < 3; i++)
      if (parts[i] != NULL)
        {
          guint32 v = to_opnd (c, compile_value (c, parts[i], NULL));

          emit_move (c, opnd_add (c, bounds, i * 8), v, int_type (c));
          given |= 1 << i;
        }
    emit (c, ML_OP_MOVI, 8, opnd_add (c, bounds, 24), 0, 0, int_type (c), given);
  }
  emit (c, ML_OP_SLICE, kind, dst, src, bounds, et, len);
  return direct (dst, t);
}

/* ------------------------------------------------------------------------------------------ */
/* Calls */

static guint
func_index (Compiler *c,
            MlNode   *decl)
{
  return GPOINTER_TO_UINT (g_hash_table_lookup (c->funcs, decl)) - 1;
}

/* Emits a call of function @fi (or of the closure in @closure when fi is NONE) with the
 * arguments already evaluated into @args; returns the result places. */
static GArray *
emit_call (Compiler *c,
           guint     fi,
           guint32   closure,
           GArray   *args,
           GArray   *arg_types,
           MlType   *results)
{
  MlVmCallSite cs = { 0 };
  GArray *out = g_array_new (FALSE, FALSE, sizeof (Place));
  guint n_res = results != NULL ? results->n_fields : 0;

  cs.n_args = args->len;
  cs.arg_src = g_memdup2 (args->data, sizeof (guint32) * MAX (args->len, 1));
  cs.arg_type = g_memdup2 (arg_types->data, sizeof (guint) * MAX (arg_types->len, 1));
  cs.n_results = n_res;
  cs.res_dst = g_new0 (guint32, MAX (n_res, 1));
  cs.res_type = g_new0 (guint, MAX (n_res, 1));
  for (guint i = 0; i < n_res; i++)
    {
      guint rt = vm_type (c, results->fields[i].type);
      Place p = direct (temp (c, rt), rt);

      cs.res_dst[i] = p.opnd;
      cs.res_type[i] = rt;
      g_array_append_val (out, p);
    }
  g_array_append_val (c->vf->calls, cs);
  if (fi != ML_VM_NONE)
    emit (c, ML_OP_CALL, 0, 0, 0, 0, c->vf->calls->len - 1, fi);
  else
    emit (c, ML_OP_CALLC, 0, 0, closure, 0, c->vf->calls->len - 1, 0);
  return out;
}

static void
push_arg (Compiler *c,
          GArray   *args,
          GArray   *types,
          guint32   opnd,
          guint     type)
{
  g_array_append_val (args, opnd);
  g_array_append_val (types, type);
}

/* The arguments of a call to a function of signature @sig, with variadic packing. */
static void
compile_args (Compiler *c,
              MlNode   *call,
              MlType   *sig,
              GArray   *args,
              GArray   *types)
{
  MlType *params = sig->params;
  guint np = params != NULL ? params->n_fields : 0;
  gboolean spread = (call->flags & ML_NODE_FLAG_DOTS) != 0;

  if (call->list.n == 1 && np > 1 && call->list.items[0]->type != NULL &&
      call->list.items[0]->type->kind == ML_TYPE_TUPLE)
    {
      unsupported (c, call, _("passing a call's several results as arguments is not supported yet"));
      return;
    }
  for (guint i = 0; i < np; i++)
    {
      MlType *pt = params->fields[i].type;
      guint ptid = vm_type (c, pt);

      if (sig->variadic && i + 1 == np && !spread)
        {
          /* The variadic tail as a new slice. */
          guint n = call->list.n > i ? call->list.n - i : 0;
          guint et = vm_type (c, pt->elem);
          guint32 s = temp (c, ptid);

          if (n == 0)
            emit (c, ML_OP_ZERO, 0, s, 0, 0, ptid, 0);
          else
            {
              guint at = array_of (c, et, n);
              guint32 ptr = temp (c, pointer_to (c, at));

              /* The implicit array is where escape analysis says: on the heap when the
               * callee keeps the slice ("... argument escapes to heap"); on the stack, the
               * callee may still return it to a variable of this function. */
              if (alloc_on_heap (c, call))
                {
                  emit (c, ML_OP_NEW, 8, ptr, 0, 0, at, 0);
                  for (guint k = 0; k < n; k++)
                    {
                      Place v = compile_value (c, call->list.items[i + k], pt->elem);

                      store_place (c, indirect (ptr, k * T (c, et)->size, et), to_opnd (c, v), et);
                    }
                }
              else
                {
                  guint32 arr = storage_temp (c, at);

                  emit (c, ML_OP_ZERO, 0, arr, 0, 0, at, 0);
                  for (guint k = 0; k < n; k++)
                    {
                      Place v = compile_value (c, call->list.items[i + k], pt->elem);

                      emit_move (c, opnd_add (c, arr, k * T (c, et)->size), to_opnd (c, v), et);
                    }
                  emit (c, ML_OP_LEA, 8, ptr, arr, 0, 0, 0);
                }
              emit (c, ML_OP_MKSLICEAT, 0, s, ptr, 0, et, n);
            }
          push_arg (c, args, types, s, ptid);
          break;
        }
      if (i < call->list.n)
        push_arg (c, args, types, to_opnd (c, compile_value (c, call->list.items[i], pt)), ptid);
    }
}

static GArray *compile_call (Compiler *c, MlNode *n);

static Place
first_result (Compiler *c,
              MlNode   *n)
{
  g_autoptr(GArray) res = compile_call (c, n);

  if (res == NULL || res->len == 0)
    {
      guint t = int_type (c);

      return direct (temp (c, t), t);
    }
  return g_array_index (res, Place, 0);
}

static GArray *
single (Place p)
{
  GArray *a = g_array_new (FALSE, FALSE, sizeof (Place));

  g_array_append_val (a, p);
  return a;
}

static GArray *
none (void)
{
  return g_array_new (FALSE, FALSE, sizeof (Place));
}

static GArray *
compile_fmt (Compiler *c,
             MlNode   *n,
             MlVmFmtKind kind,
             guint     first)
{
  guint anyt = any_type (c);
  guint nargs = n->list.n - first;
  guint32 arr = ML_VM_NONE;
  guint32 fmt = ML_VM_NONE;
  guint32 dst = ML_VM_NONE;
  guint st = string_type (c);

  if (n->flags & ML_NODE_FLAG_DOTS)
    {
      unsupported (c, n, _("passing a slice with ... to fmt is not supported yet"));
      return none ();
    }
  if (first > 0)
    fmt = to_opnd (c, compile_value (c, n->list.items[0], NULL));
  /* The arguments go into a [n]any array in the frame: "... argument does not escape". */
  if (nargs > 0)
    {
      guint at = array_of (c, anyt, nargs);

      arr = temp (c, at);
      for (guint i = 0; i < nargs; i++)
        {
          MlNode *a = n->list.items[first + i];
          Place v;

          if (is_nil (a))
            {
              emit (c, ML_OP_ZERO, 0, opnd_add (c, arr, i * 16), 0, 0, anyt, 0);
              continue;
            }
          v = compile_value (c, a, NULL);
          if (a->cval != NULL && a->mode == ML_MODE_CONSTANT)
            emit (c, ML_OP_BOX, 1, opnd_add (c, arr, i * 16), to_opnd (c, v), 0, v.type, 0);
          else if (T (c, v.type)->kind == ML_VM_KIND_INTERFACE)
            emit_move (c, opnd_add (c, arr, i * 16), to_opnd (c, v), anyt);
          else
            emit (c, ML_OP_BOX, 0, opnd_add (c, arr, i * 16), to_opnd (c, v), 0, v.type, 0);
        }
    }
  if (kind == ML_FMT_SPRINT || kind == ML_FMT_SPRINTF || kind == ML_FMT_SPRINTLN)
    dst = temp (c, st);
  emit (c, ML_OP_FMT, kind, dst, arr, fmt, 0, nargs);
  if (dst != ML_VM_NONE)
    return single (direct (dst, st));
  return none ();
}

static gboolean
returns_var (MlNode   *n,
             MlObject *o)
{
  if (n == NULL || n->kind == ML_NODE_FUNC_LIT)
    return FALSE;
  if (n->kind == ML_NODE_RETURN_STMT)
    for (guint i = 0; i < n->list.n; i++)
      {
        MlNode *r = ml_node_unparen (n->list.items[i]);

        if (r->kind == ML_NODE_IDENT && r->obj == o)
          return TRUE;
      }
  if (returns_var (n->x, o) || returns_var (n->y, o) || returns_var (n->z, o) ||
      returns_var (n->w, o))
    return TRUE;
  for (guint i = 0; i < n->list.n; i++)
    if (returns_var (n->list.items[i], o))
      return TRUE;
  for (guint i = 0; i < n->list2.n; i++)
    if (returns_var (n->list2.items[i], o))
      return TRUE;
  return FALSE;
}

/* Go 1.25+ gives the first appends to a local slice a 32-byte stack buffer when its backing
 * store does not escape (all of it at the first append), and walks that buffer one size
 * class at a time when the slice escapes only by being returned (growsliceBuf, then
 * move2heap).  Returns the flags for GROW and sets @buf for the first strategy. */
static guint
append_buffer (Compiler *c,
               MlNode   *call,
               MlNode   *slice,
               guint     et,
               guint32  *buf)
{
  MlVmType *t = T (c, et);
  MlObject *o;
  VarInfo *v;

  slice = ml_node_unparen (slice);
  if (t->size == 0 || t->size > 32 || slice->kind != ML_NODE_IDENT || slice->obj == NULL ||
      c->esc == NULL)
    return 0;
  o = slice->obj;
  v = lookup_var (c, o);
  if (v == NULL || v->kind != VAR_FRAME)
    return 0;
  if (!alloc_on_heap (c, call))
    {
      guint at = array_of (c, et, 32 / t->size);

      *buf = storage_temp (c, at);
      /* A temporary reused from an earlier statement may hold its old words, and the
       * buffer's elements past the length must read as zero. */
      if (!c->pin_storage)
        emit (c, ML_OP_ZERO, 0, *buf, 0, 0, at, 0);
      return ML_VM_INSN_BUF_STD;
    }
  if (c->fn != NULL && c->fn->node != NULL && !c->fn->synthetic &&
      returns_var (c->fn->node->kind == ML_NODE_FUNC_DECL ? c->fn->node->z : c->fn->node->y, o))
    return ML_VM_INSN_BUF_WALK;
  return 0;
}

static GArray *
compile_builtin (Compiler *c,
                 MlNode   *n,
                 MlBuiltin b)
{
  guint rt = n->type != NULL && n->type->kind != ML_TYPE_TUPLE ? vm_type (c, n->type) : 0;

  switch (b)
    {
    case ML_BUILTIN_LEN: case ML_BUILTIN_CAP:
      {
        MlNode *x = n->list.items[0];
        MlType *u = ml_type_underlying (x->type);
        guint it = int_type (c);

        if (u->kind == ML_TYPE_POINTER)
          u = ml_type_underlying (u->elem);
        if (u->kind == ML_TYPE_ARRAY)
          return single (direct (const_int (c, u->len, it), it));
        if (u->kind == ML_TYPE_MAP)
          {
            guint32 m = to_opnd (c, compile_expr (c, x));
            guint32 dst = temp (c, it);

            emit (c, ML_OP_LEN, 1, dst, m, 0, 0, 0);
            return single (direct (dst, it));
          }
        {
          Place p = compile_value (c, x, NULL);

          return single (field_place (c, p, b == ML_BUILTIN_LEN ? 8 : 16, it));
        }
      }
    case ML_BUILTIN_NEW:
      {
        MlType *et = n->type->elem;
        guint e = vm_type (c, et);
        guint32 p = temp (c, rt);

        if (alloc_on_heap (c, n))
          emit (c, ML_OP_NEW, 8, p, 0, 0, e, 0);
        else
          {
            guint32 obj = storage_temp (c, e);

            emit (c, ML_OP_ZERO, 0, obj, 0, 0, e, 0);
            emit (c, ML_OP_LEA, 8, p, obj, 0, 0, 0);
          }
        return single (direct (p, rt));
      }
    case ML_BUILTIN_MAKE:
      {
        MlType *u = ml_type_underlying (n->type);
        guint it = int_type (c);

        if (u->kind == ML_TYPE_SLICE)
          {
            guint et = vm_type (c, u->elem);
            MlNode *ln = n->list.items[1];
            MlNode *cn = n->list.n > 2 ? n->list.items[2] : NULL;
            guint32 s = temp (c, rt);
            gboolean constant = ln->cval != NULL && (cn == NULL || cn->cval != NULL);

            if (!alloc_on_heap (c, n) && constant)
              {
                gint64 len = (gint64) ln->cval->i;
                gint64 cap = cn != NULL ? (gint64) cn->cval->i : len;
                guint at = array_of (c, et, cap);
                guint32 arr = storage_temp (c, at);
                guint32 ptr = temp (c, pointer_to (c, at));
                guint pc;

                emit (c, ML_OP_ZERO, 0, arr, 0, 0, at, 0);
                emit (c, ML_OP_LEA, 8, ptr, arr, 0, 0, 0);
                pc = emit (c, ML_OP_MKSLICEAT, 0, s, ptr, 0, et, cap);
                /* The length may be shorter than the capacity. */
                emit (c, ML_OP_MOVI, 8, opnd_add (c, s, 8), 0, 0, it, len);
                (void) pc;
                return single (direct (s, rt));
              }
            {
              guint32 l = to_opnd (c, compile_value (c, ln, NULL));
              guint32 k = cn != NULL ? to_opnd (c, compile_value (c, cn, NULL)) : l;

              guint pc = emit (c, ML_OP_MAKESLICE, 0, s, l, k, et, ML_VM_NONE);

              /* Go 1.25+: a variable-size make that does not escape uses a 32-byte stack
               * buffer when the size fits at run time ("hybrid approach"). */
              if (!alloc_on_heap (c, n) && T (c, et)->size > 0 && T (c, et)->size <= 32)
                {
                  guint32 buf = storage_temp (c, array_of (c, et, 32 / T (c, et)->size));

                  insn (c, pc)->imm = buf;
                  insn (c, pc)->flags = ML_VM_INSN_BUF_STD;
                }
              return single (direct (s, rt));
            }
          }
        if (u->kind == ML_TYPE_MAP)
          {
            guint32 m = temp (c, rt);

            emit (c, ML_OP_MAKEMAP, 0, m, 0, 0, rt, 0);
            return single (direct (m, rt));
          }
        unsupported (c, n, _("make of this type is not supported yet"));
        return none ();
      }
    case ML_BUILTIN_APPEND:
      {
        MlType *st = n->type;
        guint et = vm_type (c, ml_type_underlying (st)->elem);
        guint32 s = to_opnd (c, compile_value (c, n->list.items[0], st));
        guint32 dst = temp (c, rt);
        guint nv = n->list.n - 1;

        if (n->flags & ML_NODE_FLAG_DOTS)
          {
            guint32 t = to_opnd (c, compile_value (c, n->list.items[1], NULL));

            emit (c, ML_OP_APPENDSL, 0, dst, s, t, et, 0);
            return single (direct (dst, rt));
          }
        {
          g_autoptr(GArray) vals = g_array_new (FALSE, FALSE, sizeof (guint32));

          /* The values first, then the growth: Go evaluates the operands before calling
           * growslice. */
          for (guint i = 0; i < nv; i++)
            {
              guint32 v = to_opnd (c, compile_value (c, n->list.items[1 + i],
                                                     ml_type_underlying (st)->elem));

              g_array_append_val (vals, v);
            }
          {
            guint32 buf = 0;
            guint flags = append_buffer (c, n, n->list.items[0], et, &buf);
            guint pc = emit (c, ML_OP_GROW, 0, dst, s, buf, et, nv);

            insn (c, pc)->flags = flags;
          }
          for (guint i = 0; i < nv; i++)
            {
              guint32 idx = temp (c, int_type (c));
              guint32 a = temp (c, pointer_to (c, et));

              emit (c, ML_OP_SUB, 8, idx, opnd_add (c, dst, 8), 0, 0, nv - i);
              insn (c, here (c) - 1)->flags = ML_VM_INSN_IMM | ML_VM_INSN_SIGNED;
              emit (c, ML_OP_IDX, 0, a, dst, idx, et, 0);
              store_place (c, indirect (a, 0, et), g_array_index (vals, guint32, i), et);
            }
          return single (direct (dst, rt));
        }
      }
    case ML_BUILTIN_COPY:
      {
        guint32 d = to_opnd (c, compile_value (c, n->list.items[0], NULL));
        guint32 s = to_opnd (c, compile_value (c, n->list.items[1], NULL));
        guint32 dst = temp (c, int_type (c));
        MlType *u = ml_type_underlying (n->list.items[0]->type);

        emit (c, ML_OP_COPY, ml_type_is_string (n->list.items[1]->type), dst, d, s,
              vm_type (c, u->elem), 0);
        return single (direct (dst, int_type (c)));
      }
    case ML_BUILTIN_DELETE:
      {
        MlType *u = ml_type_underlying (n->list.items[0]->type);
        guint32 m = to_opnd (c, compile_expr (c, n->list.items[0]));
        guint32 k = to_opnd (c, compile_value (c, n->list.items[1], u->key));

        emit (c, ML_OP_MAPDEL, 0, m, k, 0, vm_type (c, n->list.items[0]->type), 0);
        return none ();
      }
    case ML_BUILTIN_PANIC:
      {
        Place v = compile_value (c, n->list.items[0], NULL);
        guint32 box;

        if (T (c, v.type)->kind == ML_VM_KIND_INTERFACE)
          box = to_opnd (c, v);
        else
          {
            box = temp (c, any_type (c));
            emit (c, ML_OP_BOX, 0, box, to_opnd (c, v), 0, v.type, 0);
          }
        emit (c, ML_OP_PANIC, 0, 0, box, 0, 0, 0);
        return none ();
      }
    case ML_BUILTIN_MIN: case ML_BUILTIN_MAX:
      {
        guint32 acc = to_opnd (c, compile_value (c, n->list.items[0], n->type));

        for (guint i = 1; i < n->list.n; i++)
          {
            guint32 v = to_opnd (c, compile_value (c, n->list.items[i], n->type));
            guint32 dst = temp (c, rt);
            guint pc = emit (c, ML_OP_MINMAX, T (c, rt)->size, dst, acc, v, rt,
                             b == ML_BUILTIN_MAX);

            insn (c, pc)->flags = arith_flags (T (c, rt));
            if (T (c, rt)->kind == ML_VM_KIND_STRING)
              unsupported (c, n, _("min and max of strings are not supported yet"));
            acc = dst;
          }
        return single (direct (acc, rt));
      }
    case ML_BUILTIN_PRINT: case ML_BUILTIN_PRINTLN:
      return compile_fmt (c, n, b == ML_BUILTIN_PRINT ? ML_FMT_BUILTIN_PRINT : ML_FMT_BUILTIN_PRINTLN, 0);
    case ML_BUILTIN_FMT_PRINT: return compile_fmt (c, n, ML_FMT_PRINT, 0);
    case ML_BUILTIN_FMT_PRINTLN: return compile_fmt (c, n, ML_FMT_PRINTLN, 0);
    case ML_BUILTIN_FMT_PRINTF: return compile_fmt (c, n, ML_FMT_PRINTF, 1);
    case ML_BUILTIN_FMT_SPRINT: return compile_fmt (c, n, ML_FMT_SPRINT, 0);
    case ML_BUILTIN_FMT_SPRINTLN: return compile_fmt (c, n, ML_FMT_SPRINTLN, 0);
    case ML_BUILTIN_FMT_SPRINTF: return compile_fmt (c, n, ML_FMT_SPRINTF, 1);
    case ML_BUILTIN_FMT_ERRORF:
      {
        /* fmt.Errorf without %w: a *errors.errorString holding the formatted text. */
        g_autoptr(GArray) text = compile_fmt (c, n, ML_FMT_SPRINTF, 1);
        const char *names[] = { "s" };
        guint types[] = { string_type (c) };
        guint es = struct_type (c, "errors.errorString", 1, names, types);
        guint32 dst = temp (c, rt);

        if (text->len == 0)
          return none ();
        emit (c, ML_OP_ERRORF, 0, dst, g_array_index (text, Place, 0).opnd, 0,
              pointer_to (c, es), 0);
        return single (direct (dst, rt));
      }
    case ML_BUILTIN_RUNTIME_GC:
      emit (c, ML_OP_GC, 0, 0, 0, 0, 0, 0);
      return none ();
    case ML_BUILTIN_RUNTIME_READ_MEM_STATS:
      {
        guint32 p = to_opnd (c, compile_value (c, n->list.items[0], NULL));

        emit (c, ML_OP_MEMSTATS, 0, 0, p, 0, vm_type (c, n->list.items[0]->type->elem), 0);
        return none ();
      }
    case ML_BUILTIN_RUNTIME_NUM_GOROUTINE:
      return single (direct (const_int (c, 1, int_type (c)), int_type (c)));
    case ML_BUILTIN_UNSAFE_SIZEOF: case ML_BUILTIN_UNSAFE_ALIGNOF: case ML_BUILTIN_UNSAFE_OFFSETOF:
      {
        MlNode *x = n->list.items[0];
        gint64 v = b == ML_BUILTIN_UNSAFE_SIZEOF ? ml_type_sizeof (x->type) : ml_type_alignof (x->type);
        guint ut = uintptr_type (c);

        if (b == ML_BUILTIN_UNSAFE_OFFSETOF)
          {
            MlNode *s = ml_node_unparen (x);
            gint64 off = 0;

            if (s->kind == ML_NODE_SELECTOR)
              ml_type_lookup_field (s->x->type, s->name, &off);
            v = off;
          }
        return single (direct (const_int (c, v, ut), ut));
      }
    case ML_BUILTIN_NONE: case ML_BUILTIN_CLEAR: case ML_BUILTIN_CLOSE: case ML_BUILTIN_COMPLEX:
    case ML_BUILTIN_IMAG: case ML_BUILTIN_REAL: case ML_BUILTIN_RECOVER:
    case ML_BUILTIN_RUNTIME_GOMAXPROCS:
    default:
      unsupported (c, n, _("this built-in function is not supported yet"));
      return none ();
    }
}

static Place
compile_conversion (Compiler *c,
                    MlNode   *n)
{
  MlNode *x = n->list.items[0];
  MlType *to = ml_type_underlying (n->type);
  MlType *from = ml_type_underlying (x->type);
  guint tt = vm_type (c, n->type);
  MlVmType *tv = T (c, tt);
  guint32 v, dst;

  if (n->cval != NULL && n->mode == ML_MODE_CONSTANT)
    return compile_const (c, n, n->type);
  if (ml_type_is_interface (to))
    return compile_value (c, x, n->type);
  if (to->kind == ML_TYPE_STRING && (from->kind == ML_TYPE_SLICE))
    {
      gboolean runes = T (c, vm_type (c, from->elem))->size == 4;

      v = to_opnd (c, compile_expr (c, x));
      dst = temp (c, tt);
      emit (c, runes ? ML_OP_RUNESSTR : ML_OP_BYTESSTR, 0, dst, v, 0, 0, 0);
      return direct (dst, tt);
    }
  if (to->kind == ML_TYPE_SLICE && ml_type_is_string (from))
    {
      v = to_opnd (c, compile_value (c, x, NULL));
      dst = temp (c, tt);
      if (T (c, vm_type (c, to->elem))->size == 4)
        emit (c, ML_OP_STRRUNES, 0, dst, v, 0, vm_type (c, to->elem), 0);
      else
        emit (c, ML_OP_STRBYTES, 0, dst, v, 0, 0, 0);
      return direct (dst, tt);
    }
  if (to->kind == ML_TYPE_STRING && ml_type_is_integer (from))
    {
      v = to_opnd (c, compile_value (c, x, NULL));
      dst = temp (c, tt);
      emit (c, ML_OP_RUNESTR, T (c, vm_type (c, x->type))->size, dst, v, 0, 0, 0);
      return direct (dst, tt);
    }
  if (ml_type_is_numeric (to) && ml_type_is_numeric (from))
    {
      guint ft = vm_type (c, x->type);
      MlVmType *fv = T (c, ft);
      MlVmConv conv;
      gint64 imm;

      if (ml_type_is_untyped (x->type))
        return compile_value (c, x, n->type);
      v = to_opnd (c, compile_expr (c, x));
      dst = temp (c, tt);
      if (is_float_kind (fv->kind))
        conv = is_float_kind (tv->kind) ? ML_CONV_FLOAT_FLOAT : ML_CONV_FLOAT_INT;
      else
        conv = is_float_kind (tv->kind) ? ML_CONV_INT_FLOAT : ML_CONV_INT;
      imm = fv->size | (is_signed_kind (fv->kind) ? 1 << 8 : 0) | (tv->size << 16) |
            ((gint64) (is_signed_kind (tv->kind) ? 1 : 0) << 24);
      emit (c, ML_OP_CONV, conv, dst, v, 0, tt, imm);
      return direct (dst, tt);
    }
  /* Same underlying type: the value as it is. */
  {
    Place p = compile_expr (c, x);

    p.type = tt;
    return p;
  }
}

/* The receiver of a call or method value x.m: x, &x or *x as the method wants it. */
static guint32
method_receiver (Compiler *c,
                 MlNode   *fx,
                 MlObject *fo,
                 guint    *rtid)
{
  MlType *rt = fx->x->type;
  gboolean is_ptr = ml_type_underlying (rt)->kind == ML_TYPE_POINTER;
  MlFunc *mf = ml_program_lookup_func (c->prog, fo->decl);
  MlObject *recv = mf != NULL ? mf->recv : NULL;
  guint32 r;

  if (fo->pointer_recv)
    {
      if (is_ptr)
        r = to_opnd (c, compile_expr (c, fx->x));
      else
        r = address_of (c, compile_expr (c, fx->x));
      *rtid = recv != NULL ? vm_type (c, recv->type) : uintptr_type (c);
    }
  else
    {
      Place p = compile_expr (c, fx->x);

      if (is_ptr)
        {
          MlType *bt = ml_type_underlying (rt)->elem;

          p = indirect (to_opnd (c, p), 0, vm_type (c, bt));
        }
      r = to_opnd (c, p);
      *rtid = p.type;
    }
  return r;
}

static GArray *
compile_call (Compiler *c,
              MlNode   *n)
{
  MlNode *fx = ml_node_unparen (n->x);
  MlObject *fo = fx->obj;
  g_autoptr(GArray) args = g_array_new (FALSE, FALSE, sizeof (guint32));
  g_autoptr(GArray) types = g_array_new (FALSE, FALSE, sizeof (guint));
  MlType *sig;

  if (fx->mode == ML_MODE_TYPEXPR)
    return single (compile_conversion (c, n));
  if (fo != NULL && fo->builtin != ML_BUILTIN_NONE &&
      (fo->kind == ML_OBJ_BUILTIN || (fo->flags & ML_OBJ_FLAG_PACKAGE_FUNC)))
    return compile_builtin (c, n, fo->builtin);

  sig = ml_type_underlying (fx->type);
  if (sig == NULL || sig->kind != ML_TYPE_FUNC)
    {
      unsupported (c, n, _("this call is not supported yet"));
      return none ();
    }

  /* A method of an interface value: found at run time from the dynamic type. */
  if (fx->kind == ML_NODE_SELECTOR && fx->x->mode != ML_MODE_PACKAGE &&
      ml_type_is_interface (fx->x->type) && fx->x->mode != ML_MODE_TYPEXPR)
    {
      guint32 iv = to_opnd (c, compile_expr (c, fx->x));
      GArray *res;

      compile_args (c, n, sig, args, types);
      res = emit_call (c, ML_VM_NONE, iv, args, types, sig->results);
      insn (c, here (c) - 1)->op = ML_OP_CALLI;
      insn (c, here (c) - 1)->imm = ml_vm_program_add_string (c->out, fx->name, strlen (fx->name));
      return res;
    }

  /* A method call: the receiver is the first argument. */
  if (fx->kind == ML_NODE_SELECTOR && fo != NULL && fo->kind == ML_OBJ_FUNC && fo->decl != NULL)
    {
      guint rtid;
      guint32 r = method_receiver (c, fx, fo, &rtid);

      push_arg (c, args, types, r, rtid);
      compile_args (c, n, sig, args, types);
      return emit_call (c, func_index (c, fo->decl), 0, args, types, sig->results);
    }

  if (fo != NULL && fo->kind == ML_OBJ_FUNC && fo->decl != NULL)
    {
      compile_args (c, n, sig, args, types);
      return emit_call (c, func_index (c, fo->decl), 0, args, types, sig->results);
    }

  /* A function value: a closure. */
  {
    guint32 f = to_opnd (c, compile_expr (c, fx));

    compile_args (c, n, sig, args, types);
    return emit_call (c, ML_VM_NONE, f, args, types, sig->results);
  }
}

static Place
compile_func_lit (Compiler *c,
                  MlNode   *n)
{
  MlFunc *lf = ml_program_lookup_func (c->prog, n);
  guint fi = func_index (c, n);
  guint ct = GPOINTER_TO_UINT (g_hash_table_lookup (c->closure_types, lf));
  MlVmType *ctt = T (c, ct);
  guint ft = vm_type (c, n->type);
  guint32 obj = ML_VM_NONE;
  guint32 p = temp (c, ft);
  gboolean heap = alloc_on_heap (c, n);

  /* The closure object: the code pointer, then each capture (a pointer to the variable, or
   * its value when the closure outlives a variable that stays on the stack). */
  if (heap)
    emit (c, ML_OP_NEW, 8, p, 0, 0, ct, 0);
  else
    {
      obj = storage_temp (c, ct);
      emit (c, ML_OP_ZERO, 0, obj, 0, 0, ct, 0);
      emit (c, ML_OP_LEA, 8, p, obj, 0, 0, 0);
    }
  emit (c, ML_OP_CLOSURE, 0, p, 0, 0, 0, fi);
  for (guint i = 0; lf != NULL && lf->captures != NULL && i < lf->captures->len; i++)
    {
      MlObject *o = g_ptr_array_index (lf->captures, i);
      VarInfo *v = lookup_var (c, o);
      MlVmField *fld = &ctt->fields[i + 1];
      Place src;

      if (v == NULL)
        v = declare_local (c, o);
      src = var_place (c, v);
      if (T (c, fld->type)->kind == ML_VM_KIND_POINTER && fld->type != v->type)
        store_place (c, indirect (p, fld->offset, fld->type), address_of (c, src), fld->type);
      else
        store_place (c, indirect (p, fld->offset, fld->type), to_opnd (c, src), fld->type);
    }
  return direct (p, ft);
}

static Place
compile_expr (Compiler *c,
              MlNode   *n)
{
  MlPos saved = c->pos;
  Place p;

  if (c->error != NULL)
    {
      guint t = int_type (c);

      return direct (temp (c, t), t);
    }
  if (n->kind != ML_NODE_PAREN)
    c->pos = n->pos;
  if (n->cval != NULL && n->mode == ML_MODE_CONSTANT)
    {
      p = compile_const (c, n, NULL);
      c->pos = saved;
      return p;
    }
  switch (n->kind)
    {
    case ML_NODE_PAREN:
      p = compile_expr (c, n->x);
      break;
    case ML_NODE_IDENT:
      if (n->obj == NULL || n->obj->kind != ML_OBJ_VAR)
        {
          if (n->obj != NULL && n->obj->kind == ML_OBJ_NIL)
            {
              guint t = vm_type (c, n->type);
              guint32 z = temp (c, t);

              emit (c, ML_OP_ZERO, 0, z, 0, 0, t, 0);
              p = direct (z, t);
              break;
            }
          unsupported (c, n, _("using %s as a value is not supported yet"), n->name);
          p = direct (temp (c, int_type (c)), int_type (c));
          break;
        }
      p = object_place (c, n, n->obj);
      break;
    case ML_NODE_BINARY:
      p = compile_binary (c, n);
      break;
    case ML_NODE_UNARY:
      p = compile_unary (c, n);
      break;
    case ML_NODE_STAR:
      {
        guint32 ptr = to_opnd (c, compile_expr (c, n->x));

        p = indirect (ptr, 0, vm_type (c, n->type));
      }
      break;
    case ML_NODE_SELECTOR:
      p = compile_selector (c, n);
      break;
    case ML_NODE_INDEX:
      p = compile_index (c, n, FALSE);
      break;
    case ML_NODE_SLICE_EXPR:
      p = compile_slice_expr (c, n);
      break;
    case ML_NODE_COMPOSITE_LIT:
      p = compile_composite (c, n);
      break;
    case ML_NODE_CALL:
      p = first_result (c, n);
      break;
    case ML_NODE_FUNC_LIT:
      p = compile_func_lit (c, n);
      break;
    case ML_NODE_TYPE_ASSERT:
      {
        guint32 v = to_opnd (c, compile_expr (c, n->x));
        guint t = vm_type (c, n->type);
        guint32 dst = temp (c, t);

        emit (c, ML_OP_UNBOX, 0, dst, v, ML_VM_NONE, t, 0);
        p = direct (dst, t);
      }
      break;
    case ML_NODE_BAD: case ML_NODE_BASIC_LIT: case ML_NODE_KEY_VALUE: case ML_NODE_ARRAY_TYPE:
    case ML_NODE_MAP_TYPE: case ML_NODE_CHAN_TYPE: case ML_NODE_STRUCT_TYPE:
    case ML_NODE_INTERFACE_TYPE: case ML_NODE_FUNC_TYPE: case ML_NODE_FIELD:
    case ML_NODE_ELLIPSIS: case ML_NODE_EMPTY_STMT: case ML_NODE_DECL_STMT:
    case ML_NODE_LABELED_STMT: case ML_NODE_EXPR_STMT: case ML_NODE_SEND_STMT:
    case ML_NODE_INC_DEC_STMT: case ML_NODE_ASSIGN_STMT: case ML_NODE_GO_STMT:
    case ML_NODE_DEFER_STMT: case ML_NODE_RETURN_STMT: case ML_NODE_BRANCH_STMT:
    case ML_NODE_BLOCK: case ML_NODE_IF_STMT: case ML_NODE_CASE_CLAUSE:
    case ML_NODE_SWITCH_STMT: case ML_NODE_TYPE_SWITCH_STMT: case ML_NODE_SELECT_STMT:
    case ML_NODE_FOR_STMT: case ML_NODE_RANGE_STMT: case ML_NODE_IMPORT_SPEC:
    case ML_NODE_VALUE_SPEC: case ML_NODE_TYPE_SPEC: case ML_NODE_GEN_DECL:
    case ML_NODE_FUNC_DECL: case ML_NODE_DIRECTIVE_STMT: case ML_N_NODE_KINDS:
    default:
      unsupported (c, n, _("this expression (%s) is not supported yet"),
                   ml_node_kind_to_string (n->kind));
      p = direct (temp (c, int_type (c)), int_type (c));
      break;
    }
  c->pos = saved;
  return p;
}

/* ------------------------------------------------------------------------------------------ */
/* Statements */

static void
stmt_mark (Compiler *c,
           MlNode   *n)
{
  c->pos = ml_node_start_pos (n);
  emit (c, ML_OP_STMT, 0, 0, 0, 0, 0, 0);
}

static Place
lvalue (Compiler *c,
        MlNode   *n)
{
  n = ml_node_unparen (n);
  if (n->kind == ML_NODE_INDEX && ml_type_underlying (n->x->type)->kind == ML_TYPE_MAP)
    return compile_index (c, n, TRUE);
  return compile_expr (c, n);
}

static void
assign_values (Compiler   *c,
               MlNode     *n,
               MlNodeList *lhs,
               MlNodeList *rhs,
               gboolean    define)
{
  g_autoptr(GArray) vals = g_array_new (FALSE, FALSE, sizeof (Place));

  if (rhs->n == 1 && lhs->n > 1)
    {
      MlNode *r = ml_node_unparen (rhs->items[0]);

      if (r->kind == ML_NODE_CALL)
        {
          g_autoptr(GArray) res = compile_call (c, r);

          g_array_append_vals (vals, res->data, res->len);
        }
      else if (r->kind == ML_NODE_INDEX)
        {
          /* v, ok := m[k] */
          MlType *u = ml_type_underlying (r->x->type);
          guint et = vm_type (c, u->elem);
          guint32 m = to_opnd (c, compile_expr (c, r->x));
          guint32 k = to_opnd (c, compile_value (c, r->y, u->key));
          guint32 dst = temp (c, et);
          guint32 ok = temp (c, bool_type (c));

          emit (c, ML_OP_MAPGET, 0, dst, m, k, vm_type (c, r->x->type), ok);
          g_array_append_val (vals, *(&(Place) { FALSE, dst, 0, et }));
          g_array_append_val (vals, *(&(Place) { FALSE, ok, 0, bool_type (c) }));
        }
      else if (r->kind == ML_NODE_TYPE_ASSERT)
        {
          guint32 v = to_opnd (c, compile_expr (c, r->x));
          guint t = vm_type (c, r->y->type != NULL ? r->y->type : r->type);
          guint32 dst = temp (c, t);
          guint32 ok = temp (c, bool_type (c));

          emit (c, ML_OP_UNBOX, 0, dst, v, ok, t, 0);
          g_array_append_val (vals, *(&(Place) { FALSE, dst, 0, t }));
          g_array_append_val (vals, *(&(Place) { FALSE, ok, 0, bool_type (c) }));
        }
      else
        unsupported (c, n, _("this assignment is not supported yet"));
    }
  else
    {
      for (guint i = 0; i < rhs->n; i++)
        {
          MlNode *l = lhs->items[i];
          MlType *want = l->obj != NULL && l->obj->kind == ML_OBJ_VAR ? l->obj->type : l->type;
          Place v;

          if (l->kind == ML_NODE_IDENT && g_strcmp0 (l->name, "_") == 0)
            want = NULL;
          v = compile_value (c, rhs->items[i], want);
          /* With several assignments, every value is computed before any is stored. */
          if (lhs->n > 1)
            {
              guint32 t = temp (c, v.type);

              emit_move (c, t, to_opnd (c, v), v.type);
              v = direct (t, v.type);
            }
          g_array_append_val (vals, v);
        }
    }
  if (c->error != NULL)
    return;

  for (guint i = 0; i < lhs->n && i < vals->len; i++)
    {
      MlNode *l = ml_node_unparen (lhs->items[i]);
      Place v = g_array_index (vals, Place, i);
      Place dst;

      if (l->kind == ML_NODE_IDENT && g_strcmp0 (l->name, "_") == 0)
        {
          (void) to_opnd (c, v);
          continue;
        }
      if (define && l->kind == ML_NODE_IDENT && l->obj != NULL &&
          lookup_var (c, l->obj) == NULL)
        {
          VarInfo *var = declare_local (c, l->obj);

          dst = var_place (c, var);
        }
      else
        dst = lvalue (c, l);
      if (T (c, dst.type)->kind == ML_VM_KIND_INTERFACE && T (c, v.type)->kind != ML_VM_KIND_INTERFACE)
        {
          guint32 box = temp (c, dst.type);

          emit (c, ML_OP_BOX, 0, box, to_opnd (c, v), 0, v.type, 0);
          v = direct (box, dst.type);
        }
      store_place (c, dst, to_opnd (c, v), dst.type);
    }
}

static gboolean
same_var (MlNode *a,
          MlNode *b)
{
  a = ml_node_unparen (a);
  b = ml_node_unparen (b);
  return a->kind == ML_NODE_IDENT && b->kind == ML_NODE_IDENT && a->obj != NULL &&
         a->obj == b->obj;
}

static void
compile_assign (Compiler *c,
                MlNode   *n)
{
  if (n->op == ML_TOK_ASSIGN || n->op == ML_TOK_DEFINE)
    {
      /* s = append(s, v): grow s in place, as Go's compiler does. */
      if (n->list.n == 1 && n->list2.n == 1)
        {
          MlNode *r = ml_node_unparen (n->list2.items[0]);
          MlNode *l = n->list.items[0];

          if (r->kind == ML_NODE_CALL && r->list.n == 2 && !(r->flags & ML_NODE_FLAG_DOTS) &&
              r->x->obj != NULL && r->x->obj->kind == ML_OBJ_BUILTIN &&
              r->x->obj->builtin == ML_BUILTIN_APPEND && same_var (l, r->list.items[0]))
            {
              Place s = compile_expr (c, l);

              if (!s.indirect)
                {
                  MlType *st = l->type;
                  guint et = vm_type (c, ml_type_underlying (st)->elem);
                  guint32 v = to_opnd (c, compile_value (c, r->list.items[1],
                                                         ml_type_underlying (st)->elem));
                  guint32 buf = 0;
                  guint flags;
                  guint pc;

                  c->pos = r->pos;
                  flags = append_buffer (c, r, l, et, &buf);
                  pc = emit (c, ML_OP_APPEND1, 0, s.opnd, v, buf, et, 0);
                  insn (c, pc)->flags = flags;
                  return;
                }
            }
        }
      assign_values (c, n, &n->list, &n->list2, n->op == ML_TOK_DEFINE);
      return;
    }
  /* x op= y */
  {
    MlNode *l = n->list.items[0];
    Place dst = lvalue (c, l);
    guint32 x = to_opnd (c, dst);
    MlVmOp op = binop_code (n->op);
    MlType *yt = (op == ML_OP_SHL || op == ML_OP_SHR) && !ml_type_is_untyped (n->list2.items[0]->type)
                 ? n->list2.items[0]->type : l->type;
    guint32 y = to_opnd (c, compile_value (c, n->list2.items[0], yt));
    guint32 r;

    if (op == ML_OP_SHL || op == ML_OP_SHR)
      {
        MlVmType *t = T (c, dst.type);
        guint pc;

        r = temp (c, dst.type);
        pc = emit (c, op, t->size, r, x, y, dst.type, 0);
        insn (c, pc)->flags = arith_flags (t);
      }
    else
      r = emit_binary (c, op, x, y, dst.type, dst.type);
    store_place (c, dst, r, dst.type);
  }
}

static void
compile_incdec (Compiler *c,
                MlNode   *n)
{
  Place dst = lvalue (c, n->x);
  MlVmType *t = T (c, dst.type);
  gint64 d = n->op == ML_TOK_INC ? 1 : -1;

  if (!dst.indirect && !is_float_kind (t->kind))
    {
      emit (c, ML_OP_INC, t->size, dst.opnd, 0, 0, dst.type, d);
      return;
    }
  {
    guint32 x = to_opnd (c, dst);
    guint32 r = temp (c, dst.type);
    guint pc;

    if (is_float_kind (t->kind))
      {
        guint32 one = temp (c, dst.type);
        double dd = d;
        float ff = d;
        gint64 bits = 0;

        if (t->size == 8)
          memcpy (&bits, &dd, 8);
        else
          memcpy (&bits, &ff, 4);
        emit (c, ML_OP_MOVI, t->size, one, 0, 0, dst.type, bits);
        pc = emit (c, ML_OP_ADD, t->size, r, x, one, dst.type, 0);
      }
    else
      {
        pc = emit (c, ML_OP_ADD, t->size, r, x, 0, dst.type, d);
        insn (c, pc)->flags |= ML_VM_INSN_IMM;
      }
    insn (c, pc)->flags |= arith_flags (t);
    store_place (c, dst, r, dst.type);
  }
}

/* The bytes of constant @k as a value of the basic type @t, little-endian, as the linker lays
 * them out; FALSE for a type that is not a plain scalar. */
static gboolean
static_scalar_bytes (MlType        *t,
                     const MlConst *k,
                     guint8        *out,
                     gsize         *len)
{
  MlType *u = ml_type_underlying (t);
  gint64 size;
  guint64 bits;

  if (u == NULL || k == NULL)
    return FALSE;
  size = ml_type_sizeof (u);
  switch ((int) u->kind)
    {
    case ML_TYPE_BOOL:
      bits = k->b ? 1 : 0;
      break;
    case ML_TYPE_INT: case ML_TYPE_INT8: case ML_TYPE_INT16: case ML_TYPE_INT32:
    case ML_TYPE_INT64: case ML_TYPE_UINT: case ML_TYPE_UINT8: case ML_TYPE_UINT16:
    case ML_TYPE_UINT32: case ML_TYPE_UINT64: case ML_TYPE_UINTPTR:
      if (k->kind != ML_CONST_INT)
        return FALSE;
      bits = (guint64) k->i;
      break;
    case ML_TYPE_FLOAT64:
      {
        double d = k->kind == ML_CONST_INT ? (double) k->i : (double) k->f;

        if (k->kind != ML_CONST_INT && k->kind != ML_CONST_FLOAT)
          return FALSE;
        memcpy (&bits, &d, 8);
      }
      break;
    case ML_TYPE_FLOAT32:
      {
        float f = k->kind == ML_CONST_INT ? (float) k->i : (float) k->f;
        guint32 b32;

        if (k->kind != ML_CONST_INT && k->kind != ML_CONST_FLOAT)
          return FALSE;
        memcpy (&b32, &f, 4);
        bits = b32;
      }
      break;
    default:
      return FALSE;
    }
  g_assert (size > 0 && size <= 8);
  for (gint64 i = 0; i < size; i++)
    out[i] = (bits >> (8 * i)) & 0xff;
  *len = size;
  return TRUE;
}

/* Package variables initialised with constants are not set by code: the linker lays them out
 * in the data segment already holding their values (Go's .data/.noptrdata), so `var num = 5`
 * is 5 from the program's first step.  Returns TRUE when every name of @spec is such a
 * variable and has been given its static value. */
static gboolean
static_init_globals (Compiler *c,
                     MlNode   *spec)
{
  if (spec->list2.n != spec->list.n)
    return FALSE;

  for (int pass = 0; pass < 2; pass++)
    for (guint i = 0; i < spec->list.n; i++)
      {
        MlObject *o = spec->list.items[i]->obj;
        MlNode *value = spec->list2.items[i];
        MlType *u;
        gpointer gi;
        MlVmGlobal *g;
        guint8 bytes[8];
        gsize len = 0;

        if (o == NULL || (gi = g_hash_table_lookup (c->globals, o)) == NULL || value->cval == NULL)
          return FALSE;
        u = ml_type_underlying (o->type);
        if (u == NULL)
          return FALSE;
        if (u->kind == ML_TYPE_STRING)
          {
            if (value->cval->kind != ML_CONST_STRING)
              return FALSE;
          }
        else if (!static_scalar_bytes (o->type, value->cval, bytes, &len))
          return FALSE;
        if (pass == 0)
          continue;

        g = g_ptr_array_index (c->out->globals, GPOINTER_TO_UINT (gi) - 1);
        g->initialized = TRUE;
        if (u->kind == ML_TYPE_STRING)
          {
            const MlConst *k = value->cval;

            if (k->len > 0)
              g->init_string = ml_vm_program_add_string (c->out, k->s, k->len);
          }
        else
          {
            g_clear_pointer (&g->init, g_bytes_unref);
            g->init = g_bytes_new (bytes, len);
          }
      }
  return TRUE;
}

static void
compile_var_spec (Compiler *c,
                  MlNode   *spec)
{
  if (static_init_globals (c, spec))
    return;

  for (guint i = 0; i < spec->list.n; i++)
    {
      MlNode *name = spec->list.items[i];
      MlObject *o = name->obj;
      VarInfo *v;

      if (o == NULL || g_strcmp0 (o->name, "_") == 0)
        continue;
      v = lookup_var (c, o);
      if (v == NULL)
        v = declare_local (c, o);
      else if (v->kind == VAR_GLOBAL && spec->list2.n == 0)
        continue; /* package variables start zeroed */
      if (spec->list2.n == 0)
        zero_place (c, var_place (c, v));
    }
  if (spec->list2.n > 0)
    assign_values (c, spec, &spec->list, &spec->list2, FALSE);
}

static void
compile_decl (Compiler *c,
              MlNode   *d)
{
  if (d->kind == ML_NODE_DECL_STMT)
    d = d->x;
  if (d->op != ML_TOK_VAR)
    return;
  for (guint i = 0; i < d->list.n; i++)
    compile_var_spec (c, d->list.items[i]);
}

static Loop *
push_loop (Compiler *c,
           gboolean  is_switch)
{
  Loop *l = g_new0 (Loop, 1);

  l->label = c->pending_label;
  c->pending_label = NULL;
  l->breaks = g_array_new (FALSE, FALSE, sizeof (guint));
  l->continues = g_array_new (FALSE, FALSE, sizeof (guint));
  l->is_switch = is_switch;
  g_ptr_array_add (c->loops, l);
  return l;
}

static void
pop_loop (Compiler *c,
          guint     continue_target,
          guint     break_target)
{
  Loop *l = g_ptr_array_steal_index (c->loops, c->loops->len - 1);

  for (guint i = 0; i < l->breaks->len; i++)
    patch (c, g_array_index (l->breaks, guint, i), break_target);
  for (guint i = 0; i < l->continues->len; i++)
    patch (c, g_array_index (l->continues, guint, i), continue_target);
  g_array_unref (l->breaks);
  g_array_unref (l->continues);
  g_free (l);
}

/* Emits "if !cond goto ?" and returns the jump to patch; fuses a comparison with it. */
static guint
compile_cond_jump (Compiler *c,
                   MlNode   *cond)
{
  MlNode *u = ml_node_unparen (cond);

  if (u->kind == ML_NODE_BINARY && u->cval == NULL)
    {
      MlVmOp op = binop_code (u->op);
      MlType *ot = u->x->type;

      if (ml_type_is_untyped (ot))
        ot = u->y->type;
      if (op >= ML_OP_EQ && op <= ML_OP_GE && ot != NULL && !ml_type_is_untyped (ot) &&
          ml_type_is_integer (ot))
        {
          MlVmType *t = T (c, vm_type (c, ot));
          guint32 x = to_opnd (c, compile_value (c, u->x, ot));
          guint pc;

          c->pos = u->pos;
          if (u->y->cval != NULL && u->y->mode == ML_MODE_CONSTANT)
            {
              pc = emit (c, ML_OP_JCMP, t->size, 0, x, 0, op, (gint64) u->y->cval->i);
              insn (c, pc)->flags = ML_VM_INSN_IMM | arith_flags (t);
              /* The target goes into pad; imm holds the constant. */
              return pc;
            }
          {
            guint32 y = to_opnd (c, compile_value (c, u->y, ot));

            pc = emit (c, ML_OP_JCMP, t->size, 0, x, y, op, 0);
            insn (c, pc)->flags = arith_flags (t);
            return pc;
          }
        }
    }
  {
    guint32 v = to_opnd (c, compile_value (c, cond, NULL));

    return emit (c, ML_OP_JF, 1, 0, v, 0, 0, 0);
  }
}

static void
patch_cond (Compiler *c,
            guint     pc,
            guint     target)
{
  MlVmInsn *in = insn (c, pc);

  if (in->op == ML_OP_JCMP)
    in->pad = target;
  else
    in->imm = target;
}

static void
compile_if (Compiler *c,
            MlNode   *n)
{
  g_autoptr(GArray) cond = NULL;
  TempScope outer;
  guint jf, jend;

  if (n->x != NULL)
    compile_stmt (c, n->x);
  c->pos = ml_node_start_pos (n->y);
  outer = begin_stmt_temps (c, FALSE);
  jf = compile_cond_jump (c, n->y);
  /* The condition's temporaries are dead on either branch: cleared on this one here, on
   * the other where it starts. */
  cond = end_stmt_temps (c, outer, TRUE);
  compile_stmt (c, n->z);
  if (n->w != NULL)
    {
      jend = emit (c, ML_OP_JMP, 0, 0, 0, 0, 0, 0);
      patch_cond (c, jf, here (c));
      clear_temps (c, cond);
      compile_stmt (c, n->w);
      patch (c, jend, here (c));
    }
  else if (temps_need_clearing (c, cond))
    {
      jend = emit (c, ML_OP_JMP, 0, 0, 0, 0, 0, 0);
      patch_cond (c, jf, here (c));
      clear_temps (c, cond);
      patch (c, jend, here (c));
    }
  else
    patch_cond (c, jf, here (c));
}

static void
compile_for (Compiler *c,
             MlNode   *n)
{
  g_autoptr(GArray) cond = NULL;
  guint head, top, jf = G_MAXUINT, cont;

  if (n->x != NULL)
    compile_stmt (c, n->x);
  /* One step per iteration for the loop's own clauses, as a debugger's "next" shows them:
   * the first test has its own boundary, and later ones run in the post statement's step.
   * A loop without a post statement goes back to the boundary before its test, so that
   * every iteration (even of "for {}") passes one. */
  head = here (c);
  stmt_mark (c, n->y != NULL ? n->y : n);
  top = here (c);
  if (n->y != NULL)
    {
      TempScope outer = begin_stmt_temps (c, FALSE);

      jf = compile_cond_jump (c, n->y);
      /* The condition's temporaries are dead in the body (cleared here) and after the
       * loop (cleared at its exit). */
      cond = end_stmt_temps (c, outer, TRUE);
    }
  push_loop (c, FALSE);
  compile_stmt (c, n->w);
  cont = here (c);
  if (n->z != NULL)
    compile_stmt (c, n->z);
  emit (c, ML_OP_JMP, 0, 0, 0, 0, 0, n->z != NULL ? top : head);
  if (jf != G_MAXUINT)
    patch_cond (c, jf, here (c));
  pop_loop (c, cont, here (c));
  clear_temps (c, cond);
}

static void
bind_range_var (Compiler *c,
                MlNode   *target,
                gboolean  define,
                guint32   value,
                guint     type)
{
  Place dst;

  if (target == NULL)
    return;
  target = ml_node_unparen (target);
  if (target->kind == ML_NODE_IDENT && g_strcmp0 (target->name, "_") == 0)
    return;
  if (define)
    {
      VarInfo *v = lookup_var (c, target->obj);

      /* Each iteration has its own variables (Go 1.22). */
      if (v == NULL || v->kind == VAR_HEAP)
        v = declare_local (c, target->obj);
      dst = var_place (c, v);
    }
  else
    dst = lvalue (c, target);
  store_place (c, dst, value, type);
}

static void
compile_range_loop (Compiler *c,
                    MlNode   *n)
{
  MlType *xt = n->z->type;
  MlType *u = ml_type_underlying (xt);
  gboolean define = n->op == ML_TOK_DEFINE;
  guint it = int_type (c);
  guint32 idx = temp (c, it);
  guint32 len = temp (c, it);
  guint top, jf, cont;

  c->pos = n->pos;
  if (u->kind == ML_TYPE_POINTER)
    u = ml_type_underlying (u->elem);

  if (ml_type_is_integer (u))
    {
      guint32 v = to_opnd (c, compile_value (c, n->z, NULL));

      emit_move (c, len, v, it);
      emit (c, ML_OP_MOVI, 8, idx, 0, 0, it, 0);
      top = here (c);
      stmt_mark (c, n);
      jf = emit (c, ML_OP_JCMP, 8, 0, idx, len, ML_OP_LT, 0);
      insn (c, jf)->flags = ML_VM_INSN_SIGNED;
      push_loop (c, FALSE)->live_temps = c->stmt_temps;
      bind_range_var (c, n->x, define, idx, vm_type (c, xt));
      compile_stmt (c, n->w);
      cont = here (c);
      emit (c, ML_OP_INC, 8, idx, 0, 0, it, 1);
      emit (c, ML_OP_JMP, 0, 0, 0, 0, 0, top);
      patch_cond (c, jf, here (c));
      pop_loop (c, cont, here (c));
      return;
    }

  switch ((int) u->kind)
    {
    case ML_TYPE_SLICE: case ML_TYPE_ARRAY:
      {
        guint et = vm_type (c, u->elem);
        guint32 s;
        gboolean arr = u->kind == ML_TYPE_ARRAY;

        if (arr)
          {
            MlType *zt = ml_type_underlying (n->z->type);

            if (zt->kind == ML_TYPE_POINTER)
              s = to_opnd (c, compile_expr (c, n->z));
            else
              s = address_of (c, compile_expr (c, n->z));
            emit (c, ML_OP_MOVI, 8, len, 0, 0, it, u->len);
          }
        else
          {
            guint st = vm_type (c, n->z->type);

            s = temp (c, st);
            emit_move (c, s, to_opnd (c, compile_expr (c, n->z)), st);
            emit_move (c, len, opnd_add (c, s, 8), it);
          }
        emit (c, ML_OP_MOVI, 8, idx, 0, 0, it, 0);
        top = here (c);
        stmt_mark (c, n);
        jf = emit (c, ML_OP_JCMP, 8, 0, idx, len, ML_OP_LT, 0);
        insn (c, jf)->flags = ML_VM_INSN_SIGNED;
        push_loop (c, FALSE)->live_temps = c->stmt_temps;
        bind_range_var (c, n->x, define, idx, it);
        if (n->y != NULL)
          {
            guint32 a = temp (c, pointer_to (c, et));
            guint32 v;

            if (arr)
              emit (c, ML_OP_AIDX, 0, a, s, idx, et, u->len);
            else
              emit (c, ML_OP_IDX, 0, a, s, idx, et, 0);
            v = to_opnd (c, indirect (a, 0, et));
            bind_range_var (c, n->y, define, v, et);
          }
        compile_stmt (c, n->w);
        cont = here (c);
        emit (c, ML_OP_INC, 8, idx, 0, 0, it, 1);
        emit (c, ML_OP_JMP, 0, 0, 0, 0, 0, top);
        patch_cond (c, jf, here (c));
        pop_loop (c, cont, here (c));
      }
      break;
    case ML_TYPE_STRING: case ML_TYPE_UNTYPED_STRING:
      {
        guint st = string_type (c);
        guint rt = basic_type (c, ML_VM_KIND_INT32, "int32", 4);
        guint32 s = temp (c, st);
        guint32 next = temp (c, it);
        guint32 r = temp (c, rt);

        emit_move (c, s, to_opnd (c, compile_value (c, n->z, NULL)), st);
        emit_move (c, len, opnd_add (c, s, 8), it);
        emit (c, ML_OP_MOVI, 8, next, 0, 0, it, 0);
        top = here (c);
        stmt_mark (c, n);
        emit_move (c, idx, next, it);
        jf = emit (c, ML_OP_JCMP, 8, 0, idx, len, ML_OP_LT, 0);
        insn (c, jf)->flags = ML_VM_INSN_SIGNED;
        push_loop (c, FALSE)->live_temps = c->stmt_temps;
        emit (c, ML_OP_STRRANGE, 0, r, s, next, 0, 0);
        bind_range_var (c, n->x, define, idx, it);
        bind_range_var (c, n->y, define, r, rt);
        compile_stmt (c, n->w);
        cont = here (c);
        emit (c, ML_OP_JMP, 0, 0, 0, 0, 0, top);
        patch_cond (c, jf, here (c));
        pop_loop (c, cont, here (c));
      }
      break;
    case ML_TYPE_MAP:
      {
        guint mt = vm_type (c, n->z->type);
        MlVmType *m = T (c, mt);
        MlVmType *ent = T (c, m->entry);
        guint32 mp = temp (c, mt);
        guint32 e = temp (c, pointer_to (c, m->entry));

        emit_move (c, mp, to_opnd (c, compile_expr (c, n->z)), mt);
        emit (c, ML_OP_MOVI, 8, idx, 0, 0, it, 0);
        top = here (c);
        stmt_mark (c, n);
        /* e = the idx-th live entry (advancing idx past deleted ones), or nil at the end. */
        emit (c, ML_OP_MAPITER, 0, e, mp, idx, mt, 0);
        jf = emit (c, ML_OP_JT, 1, 0, 0, 0, 0, 0);
        insn (c, jf)->op = ML_OP_JCMP;
        insn (c, jf)->b = e;
        insn (c, jf)->w = 8;
        insn (c, jf)->aux = ML_OP_NE;
        insn (c, jf)->flags = ML_VM_INSN_IMM;
        insn (c, jf)->imm = 0;
        push_loop (c, FALSE)->live_temps = c->stmt_temps;
        if (n->x != NULL)
          bind_range_var (c, n->x, define, to_opnd (c, indirect (e, 0, m->key)), m->key);
        if (n->y != NULL)
          bind_range_var (c, n->y, define,
                          to_opnd (c, indirect (e, ent->fields[1].offset, m->elem)), m->elem);
        compile_stmt (c, n->w);
        cont = here (c);
        emit (c, ML_OP_INC, 8, idx, 0, 0, it, 1);
        emit (c, ML_OP_JMP, 0, 0, 0, 0, 0, top);
        patch_cond (c, jf, here (c));
        pop_loop (c, cont, here (c));
      }
      break;
    default:
      unsupported (c, n, _("range over this type is not supported yet"));
      break;
    }
}

/* A range clause's temporaries (the copy of the slice, string or map ranged over, the index,
 * the length) live through the whole loop, as Go's do, and die at its exit.  The clause
 * binds variables, and the body can store their values into variables that outlive the
 * loop: a value the clause keeps on the stack ([]*T{&T{}}) stays where it is. */
static void
compile_range (Compiler *c,
               MlNode   *n)
{
  TempScope outer = begin_stmt_temps (c, TRUE);

  compile_range_loop (c, n);
  release_stmt_temps (c, outer);
}

static void
compile_switch (Compiler *c,
                MlNode   *n)
{
  guint32 tag = ML_VM_NONE;
  guint tag_type = 0;
  MlType *tt = NULL;
  g_autoptr(GArray) body_jumps = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr(GArray) body_starts = g_array_new (FALSE, FALSE, sizeof (guint));
  guint default_clause = G_MAXUINT;
  guint jdefault;
  g_autoptr(GArray) header = NULL;
  TempScope outer;

  if (n->x != NULL)
    compile_stmt (c, n->x);
  /* The tag and the cases' values are dead once a clause is chosen: each clause starts by
   * clearing them, and so does the way out when none is. */
  outer = begin_stmt_temps (c, FALSE);
  if (n->y != NULL)
    {
      Place p;

      c->pos = ml_node_start_pos (n->y);
      tt = n->y->type;
      if (ml_type_is_untyped (tt))
        tt = NULL;
      p = compile_value (c, n->y, tt);
      tag_type = p.type;
      tag = temp (c, tag_type);
      emit_move (c, tag, to_opnd (c, p), tag_type);
      if (tt == NULL)
        tt = n->y->type;
    }
  /* The tests, in order; each jumps to its body. */
  for (guint i = 0; i < n->list.n; i++)
    {
      MlNode *cl = n->list.items[i];
      guint j;

      if (cl->list.n == 0)
        default_clause = i;
      for (guint k = 0; k < cl->list.n; k++)
        {
          MlNode *e = cl->list.items[k];
          guint32 v;

          c->pos = ml_node_start_pos (e);
          if (tag != ML_VM_NONE)
            {
              guint32 x = to_opnd (c, compile_value (c, e, tt));

              v = emit_binary (c, ML_OP_EQ, tag, x, tag_type, bool_type (c));
            }
          else
            v = to_opnd (c, compile_value (c, e, NULL));
          j = emit (c, ML_OP_JT, 1, 0, v, 0, 0, 0);
          g_array_append_val (body_jumps, j);
          j = i;
          g_array_append_val (body_jumps, j);
        }
    }
  header = end_stmt_temps (c, outer, FALSE);
  jdefault = emit (c, ML_OP_JMP, 0, 0, 0, 0, 0, 0);
  push_loop (c, TRUE);
  {
    g_autoptr(GArray) ends = g_array_new (FALSE, FALSE, sizeof (guint));
    g_autoptr(GArray) falls = g_array_new (FALSE, FALSE, sizeof (guint));

    for (guint i = 0; i < n->list.n; i++)
      {
        MlNode *cl = n->list.items[i];
        guint start = here (c);
        MlNodeList body = cl->list2;
        MlNode *last = ml_node_list_last_stmt (&body);
        gboolean falls_through = last != NULL && last->kind == ML_NODE_BRANCH_STMT
                                 && last->op == ML_TOK_FALLTHROUGH;
        guint pc;

        g_array_append_val (body_starts, start);
        /* A fallthrough from the previous clause lands here. */
        for (guint k = 0; k < falls->len; k++)
          patch (c, g_array_index (falls, guint, k), start);
        g_array_set_size (falls, 0);
        /* Directives after a fallthrough are past its jump: they never run. */
        while (falls_through && body.items[body.n - 1] != last)
          body.n--;
        clear_temps (c, header);
        compile_block_list (c, &body);
        if (falls_through)
          {
            pc = emit (c, ML_OP_JMP, 0, 0, 0, 0, 0, 0);
            g_array_append_val (falls, pc);
          }
        else
          {
            pc = emit (c, ML_OP_JMP, 0, 0, 0, 0, 0, 0);
            g_array_append_val (ends, pc);
          }
      }
    for (guint k = 0; k < body_jumps->len; k += 2)
      patch (c, g_array_index (body_jumps, guint, k),
             g_array_index (body_starts, guint, g_array_index (body_jumps, guint, k + 1)));
    if (default_clause != G_MAXUINT)
      patch (c, jdefault, g_array_index (body_starts, guint, default_clause));
    else
      {
        patch (c, jdefault, here (c));
        clear_temps (c, header);
      }
    for (guint k = 0; k < ends->len; k++)
      patch (c, g_array_index (ends, guint, k), here (c));
    for (guint k = 0; k < falls->len; k++)
      patch (c, g_array_index (falls, guint, k), here (c));
  }
  pop_loop (c, here (c), here (c));
}

static void
compile_branch (Compiler *c,
                MlNode   *n)
{
  for (guint i = c->loops->len; i > 0; i--)
    {
      Loop *l = g_ptr_array_index (c->loops, i - 1);
      guint pc;

      if (n->name != NULL && g_strcmp0 (n->name, l->label) != 0)
        continue;
      if (n->op == ML_TOK_CONTINUE && l->is_switch)
        continue;
      /* The range loops it leaves (not its target's own, whose exit clears them). */
      for (guint k = i; k < c->loops->len; k++)
        clear_temps (c, ((Loop *) g_ptr_array_index (c->loops, k))->live_temps);
      pc = emit (c, ML_OP_JMP, 0, 0, 0, 0, 0, 0);
      if (n->op == ML_TOK_BREAK)
        g_array_append_val (l->breaks, pc);
      else
        g_array_append_val (l->continues, pc);
      return;
    }
  unsupported (c, n, _("this branch statement is not supported yet"));
}

static void
compile_return (Compiler *c,
                MlNode   *n)
{
  MlType *results = ml_type_underlying (c->fn->signature)->results;

  if (n->list.n == 1 && results != NULL && results->n_fields > 1)
    {
      g_autoptr(GArray) res = compile_call (c, ml_node_unparen (n->list.items[0]));

      for (guint i = 0; i < res->len && i < c->vf->n_results; i++)
        {
          Place p = g_array_index (res, Place, i);

          emit_move (c, slot_opnd (c, c->vf->result_slots[i], 0), to_opnd (c, p), p.type);
        }
    }
  else if (n->list.n > 0)
    {
      g_autoptr(GArray) vals = g_array_new (FALSE, FALSE, sizeof (guint32));

      for (guint i = 0; i < n->list.n; i++)
        {
          Place p = compile_value (c, n->list.items[i], results->fields[i].type);
          guint32 v = to_opnd (c, p);

          if (n->list.n > 1)
            {
              guint32 t = temp (c, p.type);

              emit_move (c, t, v, p.type);
              v = t;
            }
          g_array_append_val (vals, v);
        }
      for (guint i = 0; i < vals->len && i < c->vf->n_results; i++)
        {
          guint rt = vm_type (c, results->fields[i].type);
          MlObject *ro = g_ptr_array_index (c->fn->results, i);
          VarInfo *rv = lookup_var (c, ro);

          if (rv != NULL)
            store_place (c, var_place (c, rv), g_array_index (vals, guint32, i), rt);
          else
            emit_move (c, slot_opnd (c, c->vf->result_slots[i], 0),
                       g_array_index (vals, guint32, i), rt);
        }
    }
  /* Named results that moved to the heap are copied back into their slots. */
  for (guint i = 0; i < c->vf->n_results; i++)
    {
      MlObject *ro = g_ptr_array_index (c->fn->results, i);
      VarInfo *rv = lookup_var (c, ro);

      if (rv != NULL && rv->kind == VAR_HEAP)
        emit_move (c, slot_opnd (c, c->vf->result_slots[i], 0), to_opnd (c, var_place (c, rv)),
                   rv->type);
    }
  emit (c, ML_OP_RET, 0, 0, 0, 0, 0, 0);
}

/* A //memlab: directive the checker has read: one instruction against the runtime model. */
static void
compile_directive (Compiler *c,
                   MlNode   *n)
{
  switch ((MlDirective) n->op)
    {
    case ML_DIRECTIVE_GC_START:
      emit (c, ML_OP_GCSTART, 0, 0, 0, 0, 0, 0);
      break;
    case ML_DIRECTIVE_GC_UNITS:
      emit (c, ML_OP_GCUNITS, 0, 0, 0, 0, 0, n->ival);
      break;
    case ML_DIRECTIVE_GOGC:
      emit (c, ML_OP_SETGOGC, 0, 0, 0, 0, 0, n->ival);
      break;
    case ML_DIRECTIVE_WRITE_BARRIER:
      emit (c, ML_OP_SETWB, 0, 0, 0, 0, 0, n->ival);
      break;
    case ML_DIRECTIVE_NONE:
    default:
      /* The checker reports every directive it cannot read, so this is not reached. */
      unsupported (c, n, _("this statement (%s) is not supported yet"),
                   ml_node_kind_to_string (n->kind));
      break;
    }
}

static void
compile_stmt (Compiler *c,
              MlNode   *n)
{
  if (n == NULL || c->error != NULL)
    return;
  switch (n->kind)
    {
    case ML_NODE_BLOCK:
      compile_block_list (c, &n->list);
      return;
    case ML_NODE_EMPTY_STMT:
      return;
    case ML_NODE_LABELED_STMT:
      c->pending_label = n->name;
      compile_stmt (c, n->x);
      c->pending_label = NULL;
      return;
    case ML_NODE_IF_STMT:
      stmt_mark (c, n);
      compile_if (c, n);
      return;
    case ML_NODE_FOR_STMT:
      if (n->x != NULL)
        stmt_mark (c, n);
      compile_for (c, n);
      return;
    case ML_NODE_RANGE_STMT:
      compile_range (c, n);
      return;
    case ML_NODE_SWITCH_STMT:
      stmt_mark (c, n);
      compile_switch (c, n);
      return;
    case ML_NODE_BRANCH_STMT:
      stmt_mark (c, n);
      if (n->op == ML_TOK_FALLTHROUGH)
        return;
      compile_branch (c, n);
      return;
    case ML_NODE_RETURN_STMT:
      stmt_mark (c, n);
      {
        TempScope outer = begin_stmt_temps (c, FALSE);

        compile_return (c, n);
        /* Nothing runs after the return: its temporaries go with the frame. */
        g_array_unref (end_stmt_temps (c, outer, FALSE));
      }
      return;
    case ML_NODE_EXPR_STMT:
      stmt_mark (c, n);
      {
        MlNode *x = ml_node_unparen (n->x);
        TempScope outer = begin_stmt_temps (c, FALSE);

        if (x->kind == ML_NODE_CALL)
          {
            g_autoptr(GArray) r = compile_call (c, x);
          }
        else
          (void) compile_expr (c, x);
        release_stmt_temps (c, outer);
      }
      return;
    case ML_NODE_ASSIGN_STMT:
      stmt_mark (c, n);
      {
        TempScope outer = begin_stmt_temps (c, TRUE);

        compile_assign (c, n);
        release_stmt_temps (c, outer);
      }
      return;
    case ML_NODE_INC_DEC_STMT:
      stmt_mark (c, n);
      {
        TempScope outer = begin_stmt_temps (c, TRUE);

        compile_incdec (c, n);
        release_stmt_temps (c, outer);
      }
      return;
    case ML_NODE_DECL_STMT: case ML_NODE_GEN_DECL:
      {
        MlNode *d = n->kind == ML_NODE_DECL_STMT ? n->x : n;

        if (d->op == ML_TOK_VAR)
          {
            TempScope outer;

            stmt_mark (c, n);
            outer = begin_stmt_temps (c, TRUE);
            compile_decl (c, d);
            release_stmt_temps (c, outer);
          }
      }
      return;
    case ML_NODE_GO_STMT:
      unsupported (c, n, _("goroutines are not supported yet"));
      return;
    case ML_NODE_DEFER_STMT:
      unsupported (c, n, _("defer is not supported yet"));
      return;
    case ML_NODE_SELECT_STMT: case ML_NODE_SEND_STMT:
      unsupported (c, n, _("channels are not supported yet"));
      return;
    case ML_NODE_TYPE_SWITCH_STMT:
      unsupported (c, n, _("type switches are not supported yet"));
      return;
    case ML_NODE_DIRECTIVE_STMT:
      /* A statement of its own, so that the window shows its line while it runs. */
      stmt_mark (c, n);
      compile_directive (c, n);
      return;
    case ML_NODE_BAD: case ML_NODE_IDENT: case ML_NODE_BASIC_LIT: case ML_NODE_COMPOSITE_LIT:
    case ML_NODE_KEY_VALUE: case ML_NODE_FUNC_LIT: case ML_NODE_PAREN: case ML_NODE_SELECTOR:
    case ML_NODE_INDEX: case ML_NODE_SLICE_EXPR: case ML_NODE_TYPE_ASSERT: case ML_NODE_CALL:
    case ML_NODE_STAR: case ML_NODE_UNARY: case ML_NODE_BINARY: case ML_NODE_ARRAY_TYPE:
    case ML_NODE_MAP_TYPE: case ML_NODE_CHAN_TYPE: case ML_NODE_STRUCT_TYPE:
    case ML_NODE_INTERFACE_TYPE: case ML_NODE_FUNC_TYPE: case ML_NODE_FIELD:
    case ML_NODE_ELLIPSIS: case ML_NODE_CASE_CLAUSE: case ML_NODE_IMPORT_SPEC:
    case ML_NODE_VALUE_SPEC: case ML_NODE_TYPE_SPEC: case ML_NODE_FUNC_DECL:
    case ML_N_NODE_KINDS:
    default:
      unsupported (c, n, _("this statement (%s) is not supported yet"),
                   ml_node_kind_to_string (n->kind));
      return;
    }
}

static void
compile_block_list (Compiler   *c,
                    MlNodeList *list)
{
  for (guint i = 0; i < list->n && c->error == NULL; i++)
    compile_stmt (c, list->items[i]);
}

/* ------------------------------------------------------------------------------------------ */
/* Functions */

static char *
vm_func_name (MlFunc *fn)
{
  const char *name = fn->name != NULL ? fn->name : "func";

  return g_strconcat ("main.", name, NULL);
}

static void
begin_func (Compiler *c,
            MlFunc   *fn,
            guint     index)
{
  MlType *sig = ml_type_underlying (fn->signature);
  guint n_params = (fn->recv != NULL ? 1 : 0) + (fn->params != NULL ? fn->params->len : 0);
  guint n_results = fn->results != NULL ? fn->results->len : 0;
  guint k = 0;

  c->fn = fn;
  c->vf = g_ptr_array_index (c->out->funcs, index);
  c->vars = g_hash_table_new_full (NULL, NULL, NULL, g_free);
  g_clear_pointer (&c->free_temps, g_array_unref);
  c->loops = g_ptr_array_new ();
  c->vf->param_slots = g_new0 (guint, MAX (n_params, 1));
  c->vf->result_slots = g_new0 (guint, MAX (n_results, 1));
  (void) sig;

  /* The receiver and parameters, then the results, at the start of the frame. */
  if (fn->recv != NULL)
    c->vf->param_slots[k++] = ml_vm_func_add_slot (c->vf, fn->recv->name,
                                                   vm_type (c, fn->recv->type), ML_VM_SLOT_PARAM);
  for (guint i = 0; fn->params != NULL && i < fn->params->len; i++)
    {
      MlObject *o = g_ptr_array_index (fn->params, i);

      c->vf->param_slots[k++] = ml_vm_func_add_slot (c->vf, o->name, vm_type (c, o->type),
                                                     ML_VM_SLOT_PARAM);
    }
  c->vf->n_params = k;
  for (guint i = 0; i < n_results; i++)
    {
      MlObject *o = g_ptr_array_index (fn->results, i);

      c->vf->result_slots[i] = ml_vm_func_add_slot (c->vf, o->name, vm_type (c, o->type),
                                                    ML_VM_SLOT_RESULT);
    }
  c->vf->n_results = n_results;

  /* Parameters that escape are copied into heap objects on entry, as Go does. */
  k = 0;
  for (guint i = 0; i < n_params; i++)
    {
      MlObject *o = i == 0 && fn->recv != NULL ? fn->recv
                    : g_ptr_array_index (fn->params, i - (fn->recv != NULL ? 1 : 0));
      guint slot = c->vf->param_slots[i];
      VarInfo *v = g_new0 (VarInfo, 1);

      v->type = vm_type (c, o->type);
      if (var_on_heap (c, o))
        {
          g_autofree char *name = g_strconcat ("&", o->name, NULL);

          v->kind = VAR_HEAP;
          v->slot = ml_vm_func_add_slot (c->vf, name, pointer_to (c, v->type), ML_VM_SLOT_LOCAL);
          c->pos = o->pos;
          emit (c, ML_OP_NEW, 8, slot_opnd (c, v->slot, 0), 0, 0, v->type, 0);
          store_place (c, indirect (slot_opnd (c, v->slot, 0), 0, v->type),
                       slot_opnd (c, slot, 0), v->type);
        }
      else
        {
          v->kind = VAR_FRAME;
          v->slot = slot;
        }
      g_hash_table_insert (c->vars, o, v);
    }
  for (guint i = 0; i < n_results; i++)
    {
      MlObject *o = g_ptr_array_index (fn->results, i);
      VarInfo *v = g_new0 (VarInfo, 1);

      v->type = vm_type (c, o->type);
      if (o->name[0] != '~' && var_on_heap (c, o))
        {
          g_autofree char *name = g_strconcat ("&", o->name, NULL);

          v->kind = VAR_HEAP;
          v->slot = ml_vm_func_add_slot (c->vf, name, pointer_to (c, v->type), ML_VM_SLOT_LOCAL);
          emit (c, ML_OP_NEW, 8, slot_opnd (c, v->slot, 0), 0, 0, v->type, 0);
        }
      else
        {
          v->kind = VAR_FRAME;
          v->slot = c->vf->result_slots[i];
        }
      g_hash_table_insert (c->vars, o, v);
    }

  /* A function literal reaches its captures through its closure. */
  if (fn->captures != NULL && fn->captures->len > 0)
    {
      guint ct = GPOINTER_TO_UINT (g_hash_table_lookup (c->closure_types, fn));
      MlVmType *ctt = T (c, ct);

      c->vf->closure_slot = ml_vm_func_add_slot (c->vf, ".closureptr", pointer_to (c, ct),
                                                 ML_VM_SLOT_LOCAL);
      for (guint i = 0; i < fn->captures->len; i++)
        {
          MlObject *o = g_ptr_array_index (fn->captures, i);
          VarInfo *v = g_new0 (VarInfo, 1);

          v->kind = VAR_CAPTURED;
          v->type = vm_type (c, o->type);
          v->capture = ctt->fields[i + 1].offset;
          v->by_value = ctt->fields[i + 1].type == v->type;
          if (lookup_var (c, o) != NULL && lookup_var (c, o)->kind == VAR_GLOBAL)
            {
              g_free (v);
              continue;
            }
          g_hash_table_insert (c->vars, o, v);
        }
    }
}

static void
end_func (Compiler *c)
{
  MlVmInsn *last = c->vf->code->len > 0 ? insn (c, c->vf->code->len - 1) : NULL;

  if (last == NULL || last->op != ML_OP_RET)
    {
      c->pos = c->fn->node != NULL && c->fn->node->z != NULL
               ? c->fn->node->z->pos2 : c->pos;
      if (c->fn->node != NULL && c->fn->node->kind == ML_NODE_FUNC_LIT && c->fn->node->y != NULL)
        c->pos = c->fn->node->y->pos2;
      emit (c, ML_OP_RET, 0, 0, 0, 0, 0, 0);
    }
  g_clear_pointer (&c->vars, g_hash_table_unref);
  g_clear_pointer (&c->free_temps, g_array_unref);
  g_clear_pointer (&c->loops, g_ptr_array_unref);
  c->fn = NULL;
  c->vf = NULL;
}

/* Decides each closure's object layout: code pointer, then one field per capture. */
static void
plan_closure (Compiler *c,
              MlFunc   *fn)
{
  guint n = fn->captures != NULL ? fn->captures->len : 0;
  g_autofree const char **names = g_new0 (const char *, n + 2);
  g_autofree guint *types = g_new0 (guint, n + 2);
  g_autofree char *name = NULL;
  gboolean heap = alloc_on_heap (c, fn->node);

  names[0] = "F";
  types[0] = uintptr_type (c);
  for (guint i = 0; i < n; i++)
    {
      MlObject *o = g_ptr_array_index (fn->captures, i);
      guint t = vm_type (c, o->type);

      names[i + 1] = o->name;
      /* By value when the closure outlives a variable that stays on the stack. */
      if (heap && !var_on_heap (c, o) && !(o->flags & ML_OBJ_FLAG_GLOBAL))
        types[i + 1] = t;
      else
        types[i + 1] = pointer_to (c, t);
    }
  name = g_strdup_printf ("struct { F uintptr; %s.closure }", fn->name);
  g_hash_table_insert (c->closure_types, fn,
                       GUINT_TO_POINTER (struct_type (c, name, n + 1, names, types)));
}

static void
compile_func (Compiler *c,
              MlFunc   *fn,
              guint     index)
{
  MlNode *body;

  begin_func (c, fn, index);
  if (fn->synthetic)
    {
      MlFile *file = c->prog->file;

      for (guint i = 0; i < file->decls.n && c->error == NULL; i++)
        {
          MlNode *d = file->decls.items[i];

          if (d->kind == ML_NODE_FUNC_DECL)
            continue;
          if (d->kind == ML_NODE_GEN_DECL && d->op != ML_TOK_VAR)
            continue;
          compile_stmt (c, d);
        }
    }
  else
    {
      body = fn->node->kind == ML_NODE_FUNC_DECL ? fn->node->z : fn->node->y;
      if (body != NULL)
        compile_block_list (c, &body->list);
    }
  end_func (c);
}

/* Package variables: initialised in source order before main runs. */
static void
compile_init (Compiler *c,
              guint     index)
{
  MlFunc fake = { 0 };
  MlFile *file = c->prog->file;

  fake.name = "init";
  fake.signature = NULL;
  c->fn = &fake;
  c->vf = g_ptr_array_index (c->out->funcs, index);
  c->vars = g_hash_table_new_full (NULL, NULL, NULL, g_free);
  g_clear_pointer (&c->free_temps, g_array_unref);
  c->loops = g_ptr_array_new ();
  c->vf->param_slots = g_new0 (guint, 1);
  c->vf->result_slots = g_new0 (guint, 1);
  for (guint i = 0; i < file->decls.n && c->error == NULL; i++)
    {
      MlNode *d = file->decls.items[i];

      if (d->kind == ML_NODE_GEN_DECL && d->op == ML_TOK_VAR)
        compile_stmt (c, d);
    }
  c->pos = (MlPos) { 1, 1 };
  emit (c, ML_OP_RET, 0, 0, 0, 0, 0, 0);
  g_clear_pointer (&c->vars, g_hash_table_unref);
  g_clear_pointer (&c->free_temps, g_array_unref);
  g_clear_pointer (&c->loops, g_ptr_array_unref);
  c->fn = NULL;
  c->vf = NULL;
}

MlVmProgram *
ml_compiler_compile (MlProgram      *program,
                     MlEscapeResult *escape,
                     GError        **error)
{
  Compiler cc = { 0 };
  Compiler *c = &cc;
  g_autoptr(MlVmProgram) out = NULL;
  guint init_index = ML_VM_NONE;

  g_return_val_if_fail (program != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  out = ml_vm_program_new (ml_source_get_filename (program->source));
  c->prog = program;
  c->esc = escape;
  c->out = out;
  c->types = g_hash_table_new (NULL, NULL);
  c->type_names = g_hash_table_new (g_str_hash, g_str_equal);
  c->funcs = g_hash_table_new (NULL, NULL);
  c->globals = g_hash_table_new (NULL, NULL);
  c->closure_types = g_hash_table_new (NULL, NULL);
  c->pos = (MlPos) { 1, 1 };
  c->pin_storage = TRUE;

  out->t_int = int_type (c);
  out->t_string = string_type (c);
  out->t_any = any_type (c);
  out->t_uintptr = uintptr_type (c);
  out->t_bool = bool_type (c);

  for (guint i = 0; i < program->globals->len; i++)
    {
      MlObject *o = g_ptr_array_index (program->globals, i);
      g_autofree char *name = g_strconcat ("main.", o->name, NULL);
      guint gi = ml_vm_program_add_global (out, name, vm_type (c, o->type));

      g_hash_table_insert (c->globals, o, GUINT_TO_POINTER (gi + 1));
    }

  for (guint i = 0; i < program->funcs->len; i++)
    {
      MlFunc *fn = g_ptr_array_index (program->funcs, i);
      g_autofree char *name = vm_func_name (fn);
      guint index;
      MlVmFunc *vf = ml_vm_program_add_func (out, name, &index);

      if (fn->node != NULL)
        {
          vf->pos.line = fn->node->pos.line;
          vf->pos.col = fn->node->pos.col;
          g_hash_table_insert (c->funcs, fn->node, GUINT_TO_POINTER (index + 1));
        }
      if (fn == program->main_func)
        out->main_func = index;
      if (fn->recv != NULL && fn->object != NULL)
        {
          MlType *rt = fn->recv->type;
          g_autofree char *key = NULL;

          if (ml_type_underlying (rt)->kind == ML_TYPE_POINTER && rt->kind != ML_TYPE_NAMED)
            rt = ml_type_underlying (rt)->elem;
          key = g_strdup_printf ("%s.%s", T (c, vm_type (c, rt))->name, fn->object->name);
          g_hash_table_replace (out->methods, g_steal_pointer (&key), GUINT_TO_POINTER (index + 1));
        }
    }
  if (!program->notebook)
    {
      ml_vm_program_add_func (out, "main.init", &init_index);
      out->init_func = init_index;
    }
  for (guint i = 0; i < program->funcs->len; i++)
    {
      MlFunc *fn = g_ptr_array_index (program->funcs, i);

      if (fn->node != NULL && fn->node->kind == ML_NODE_FUNC_LIT && !fn->synthetic)
        plan_closure (c, fn);
    }

  for (guint i = 0; i < program->funcs->len && c->error == NULL; i++)
    compile_func (c, g_ptr_array_index (program->funcs, i), i);
  if (init_index != ML_VM_NONE && c->error == NULL)
    compile_init (c, init_index);

  g_hash_table_unref (c->types);
  g_hash_table_unref (c->type_names);
  g_hash_table_unref (c->funcs);
  g_hash_table_unref (c->globals);
  g_hash_table_unref (c->closure_types);

  if (c->error != NULL)
    {
      g_propagate_error (error, c->error);
      return NULL;
    }
  if (out->main_func == ML_VM_NONE)
    {
      g_set_error (error, ML_COMPILER_ERROR, ML_COMPILER_ERROR_UNSUPPORTED,
                   _("the program has no main function"));
      return NULL;
    }
  return g_steal_pointer (&out);
}
