/* ml-compile-types.c
 *
 * Copyright 2026 The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The front end's types as the VM's: each MlType becomes an MlVmType with its name as %T
 * prints it, its layout (which ml_type_layout() computed) and its pointer mask, the words the
 * collector follows.  The compiler's other files ask for types here and never build one
 * themselves; the types the runtime model adds of its own (a map's header and entries, a
 * closure's object) are laid out here too.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "ml-compiler-private.h"
#include "ml-runtime.h"

/* The basic kinds are in the same order in the front end's enumeration and the VM's. */
G_STATIC_ASSERT ((int) ML_TYPE_BOOL == (int) ML_VM_KIND_BOOL);
G_STATIC_ASSERT ((int) ML_TYPE_UNSAFE_POINTER == (int) ML_VM_KIND_UNSAFE_POINTER);

/* Go's names and sizes of the basic kinds, in MlVmKind's order. */
static const char * const basic_names[] = {
  NULL, "bool", "int", "int8", "int16", "int32", "int64", "uint", "uint8", "uint16", "uint32",
  "uint64", "uintptr", "float32", "float64", "complex64", "complex128", "string",
  "unsafe.Pointer",
};
static const guint8 basic_sizes[] = { 0, 1, 8, 1, 2, 4, 8, 8, 1, 2, 4, 8, 8, 4, 8, 8, 16, 16, 8 };

/* Sets in @t's mask the pointer words of a value of type @e that starts at word @first. */
static void
add_ptrmask (MlVmType       *t,
             const MlVmType *e,
             guint64         first)
{
  for (guint64 w = 0; w < (e->size + 7) / 8; w++)
    if (e->ptrmask[w / 64] & (G_GUINT64_CONSTANT (1) << (w % 64)))
      {
        guint64 bit = first + w;

        t->ptrmask[bit / 64] |= G_GUINT64_CONSTANT (1) << (bit % 64);
        t->has_pointers = TRUE;
      }
}

static void
compute_ptrmask (Compiler *c,
                 MlVmType *t)
{
  guint64 words = (t->size + 7) / 8;

  /* No value of a type larger than the model's heap can exist: the program is refused
   * (ml-compile-image.c), so its mask, which could take gigabytes, is never built. */
  if (t->size > ML_HEAP_CAPACITY)
    {
      if (c->too_large_type == NULL)
        {
          c->too_large_type = g_strdup (t->name);
          c->too_large_pos = c->pos;
        }
      t->ptrmask = g_new0 (guint64, 1);
      t->has_pointers = FALSE;
      return;
    }
  t->ptrmask = g_new0 (guint64, (words + 63) / 64 + 1);
  t->has_pointers = FALSE;

  switch (t->kind)
    {
    ML_VM_KIND_CASES_POINTER_WORD:
    case ML_VM_KIND_STRING: case ML_VM_KIND_SLICE:
      t->ptrmask[0] = 1;
      t->has_pointers = TRUE;
      break;
    case ML_VM_KIND_INTERFACE:
      t->ptrmask[0] = 2;
      t->has_pointers = TRUE;
      break;
    case ML_VM_KIND_ARRAY:
      {
        MlVmType *e = type_info (c, t->elem);

        if (e != NULL && e->has_pointers && e->size > 0)
          for (guint64 i = 0; i < t->len; i++)
            add_ptrmask (t, e, i * (e->size / 8));
      }
      break;
    case ML_VM_KIND_STRUCT:
      for (guint f = 0; f < t->n_fields; f++)
        {
          MlVmType *ft = type_info (c, t->fields[f].type);

          if (ft != NULL && ft->has_pointers)
            add_ptrmask (t, ft, t->fields[f].offset / 8);
        }
      break;
    case ML_VM_KIND_INVALID: case ML_VM_KIND_BOOL: ML_VM_KIND_CASES_NUMBER:
    default:
      break;
    }
}

/* A new type laid out as @layout says (its kind, name, size, alignment, and element, key
 * and length where they apply), registered under its name unless a type has that name
 * already. */
static guint
new_vm_type (Compiler       *c,
             const MlVmType *layout)
{
  MlVmType *t = g_memdup2 (layout, sizeof *t);
  guint id;

  t->name = g_strdup (layout->name);
  t->align = MAX (layout->align, 1);
  id = ml_vm_program_add_type (c->out, t);
  if (t->name != NULL && !g_hash_table_contains (c->type_names, t->name))
    g_hash_table_insert (c->type_names, t->name, GUINT_TO_POINTER (id));
  return id;
}

/* The type named as @layout says: made as it says the first time it is asked for. */
static guint
derived_type (Compiler       *c,
              const MlVmType *layout)
{
  guint id = GPOINTER_TO_UINT (g_hash_table_lookup (c->type_names, layout->name));

  if (id != 0)
    return id;
  id = new_vm_type (c, layout);
  compute_ptrmask (c, type_info (c, id));
  return id;
}

/* The type of a basic kind: bool, a number, string or unsafe.Pointer. */
guint
_ml_basic_type (Compiler *c,
                MlVmKind  kind)
{
  guint64 size;

  g_assert (kind < G_N_ELEMENTS (basic_names) && basic_names[kind] != NULL);
  size = basic_sizes[kind];
  /* complex64 is two float32s: aligned as they are. */
  return derived_type (c, &(MlVmType) { .kind = kind, .name = (char *) basic_names[kind],
                                        .size = size,
                                        .align = kind == ML_VM_KIND_COMPLEX64 ? 4 : MIN (size, 8) });
}

/* A type of one word or two with the layout of @kind (a string, a function value) under a
 * name of its own: the runtime's types (runtime.errorString) and func(). */
guint
_ml_word_type (Compiler   *c,
               const char *name,
               MlVmKind    kind)
{
  guint64 size = kind == ML_VM_KIND_FUNC ? 8 : basic_sizes[kind];

  return derived_type (c, &(MlVmType) { .kind = kind, .name = (char *) name, .size = size,
                                        .align = MIN (size, 8),
                                        .named = g_str_has_prefix (name, "runtime.") });
}

/* A pointer or a slice: one or three words, named by @prefix and the element's name. */
static guint
reference_to (Compiler   *c,
              MlVmKind    kind,
              const char *prefix,
              guint64     size,
              guint       elem)
{
  g_autofree char *name = g_strconcat (prefix, type_info (c, elem)->name, NULL);

  return derived_type (c, &(MlVmType) { .kind = kind, .name = name, .size = size, .align = 8,
                                        .elem = elem });
}

guint
_ml_pointer_to (Compiler *c,
                guint     elem)
{
  return reference_to (c, ML_VM_KIND_POINTER, "*", 8, elem);
}

guint
_ml_array_of (Compiler *c,
              guint     elem,
              guint64   len)
{
  g_autofree char *name = g_strdup_printf ("[%" G_GUINT64_FORMAT "]%s", len,
                                           type_info (c, elem)->name);

  return derived_type (c, &(MlVmType) { .kind = ML_VM_KIND_ARRAY, .name = name,
                                        .size = len * type_info (c, elem)->size,
                                        .align = type_info (c, elem)->align, .elem = elem,
                                        .len = len });
}

/* A struct of @n fields laid out in order, as Go aligns them; the type named @name when there
 * is one already. */
guint
_ml_struct_type (Compiler     *c,
                 const char   *name,
                 guint         n,
                 const char  **names,
                 const guint  *types)
{
  guint64 off = 0;
  guint align = 1;
  MlVmType *t;
  guint id;

  if (name != NULL && (id = GPOINTER_TO_UINT (g_hash_table_lookup (c->type_names, name))) != 0)
    return id;
  id = new_vm_type (c, &(MlVmType) { .kind = ML_VM_KIND_STRUCT, .name = (char *) name });
  t = type_info (c, id);
  t->fields = g_new0 (MlVmField, MAX (n, 1));
  t->n_fields = n;
  for (guint i = 0; i < n; i++)
    {
      MlVmType *ft = type_info (c, types[i]);

      off = (off + ft->align - 1) / ft->align * ft->align;
      t->fields[i].name = g_strdup (names[i]);
      t->fields[i].type = types[i];
      t->fields[i].offset = off;
      off += ft->size;
      align = MAX (align, ft->align);
    }
  /* A zero-size final field gets a byte of padding, as Go's types/size.go gives it (a map
   * group of zero-size keys and values is one of these). */
  if (n > 0 && type_info (c, types[n - 1])->size == 0 && off > 0)
    off++;
  t->size = (off + align - 1) / align * align;
  t->align = align;
  compute_ptrmask (c, t);
  return id;
}

static guint
any_type (Compiler *c)
{
  return derived_type (c, &(MlVmType) { .kind = ML_VM_KIND_INTERFACE,
                                        .name = (char *) "interface {}", .size = 16, .align = 8 });
}

/* The types the VM needs by id (MlVmProgram's t_int...), in the order the program has
 * always numbered them. */
void
_ml_init_types (Compiler *c)
{
  c->out->t_int = _ml_basic_type (c, ML_VM_KIND_INT);
  c->out->t_string = _ml_basic_type (c, ML_VM_KIND_STRING);
  c->out->t_any = any_type (c);
  c->out->t_uintptr = _ml_basic_type (c, ML_VM_KIND_UINTPTR);
  c->out->t_bool = _ml_basic_type (c, ML_VM_KIND_BOOL);
}

/* The group of a map of @key and @val, as reflectdata.MapGroupType lays it out (and sim's
 * type registry names it): struct { ctrl uint64; slots [8]struct { key K; elem V } }, with a
 * pointer in the slot for a key or value over 128 bytes.  A map that does not escape keeps
 * its first group in the frame. */
static guint
map_group_type (Compiler *c,
                guint     key,
                guint     val)
{
  g_autofree char *gname = g_strdup_printf ("map.group[%s]%s", type_info (c, key)->name,
                                            type_info (c, val)->name);
  g_autofree char *sname = g_strdup_printf ("map.slot[%s]%s", type_info (c, key)->name,
                                            type_info (c, val)->name);
  const char *slot_names[] = { "key", "elem" };
  const char *group_names[] = { "ctrl", "slots" };
  guint slot_types[2], group_types[2];

  slot_types[0] = type_info (c, key)->size > ML_VM_MAP_MAX_KEY_BYTES ? _ml_pointer_to (c, key) : key;
  slot_types[1] = type_info (c, val)->size > ML_VM_MAP_MAX_ELEM_BYTES ? _ml_pointer_to (c, val) : val;
  group_types[0] = _ml_basic_type (c, ML_VM_KIND_UINT64);
  group_types[1] = _ml_array_of (c, _ml_struct_type (c, sname, 2, slot_names, slot_types), 8);
  return _ml_struct_type (c, gname, 2, group_names, group_types);
}

/* internal/runtime/maps.Map, the header of a map: in the frame for a map that does not
 * escape (it must match sim's, ml_rtype_registry_map_header()). */
guint
_ml_map_header_type (Compiler *c)
{
  const char *names[] = { "used", "seed", "dirPtr", "dirLen", "globalDepth", "globalShift",
                          "writing", "tombstonePossible", "clearSeq" };
  guint u8 = _ml_basic_type (c, ML_VM_KIND_UINT8);
  guint u64 = _ml_basic_type (c, ML_VM_KIND_UINT64);
  guint types[] = { u64, c->out->t_uintptr, _ml_basic_type (c, ML_VM_KIND_UNSAFE_POINTER),
                    c->out->t_int, u8, u8, u8, c->out->t_bool, u64 };

  return _ml_struct_type (c, "maps.Map", G_N_ELEMENTS (names), names, types);
}

/* internal/runtime/maps.Iter, what a range over a map keeps in the frame (as sim's
 * ml_rtype_registry_map_iter()). */
guint
_ml_map_iter_type (Compiler *c)
{
  const char *table_names[] = { "used", "capacity", "growthLeft", "localDepth", "index",
                                "groups_data", "groups_lengthMask" };
  const char *names[] = { "key", "elem", "typ", "m", "groupSlotOffset", "dirOffset",
                          "clearSeq", "globalDepth", "dirIdx", "tab", "group", "entryIdx" };
  guint u16 = _ml_basic_type (c, ML_VM_KIND_UINT16);
  guint u64 = _ml_basic_type (c, ML_VM_KIND_UINT64);
  guint ptr = _ml_basic_type (c, ML_VM_KIND_UNSAFE_POINTER);
  guint table_types[] = { u16, u16, u16, _ml_basic_type (c, ML_VM_KIND_UINT8), c->out->t_int,
                          ptr, u64 };
  guint table = _ml_struct_type (c, "maps.table", G_N_ELEMENTS (table_names), table_names,
                                 table_types);
  guint types[] = { ptr, ptr, ptr, _ml_pointer_to (c, _ml_map_header_type (c)), u64, u64, u64,
                    _ml_basic_type (c, ML_VM_KIND_UINT8), c->out->t_int,
                    _ml_pointer_to (c, table), ptr, u64 };

  return _ml_struct_type (c, "maps.Iter", G_N_ELEMENTS (names), names, types);
}

/* The name of a type of @t as %T prints it, in @s. */
static void
append_type_name (Compiler *c,
                  GString  *s,
                  MlType   *t)
{
  if (t->kind == ML_TYPE_FUNC)
    {
      g_string_append (s, "func(");
      if (t->params != NULL)
        for (guint i = 0; i < t->params->n_fields; i++)
          {
            MlType *pt = t->params->fields[i].type;

            if (i > 0)
              g_string_append (s, ", ");
            if (t->variadic && i + 1 == t->params->n_fields)
              {
                g_string_append (s, "...");
                pt = pt->elem;
              }
            g_string_append (s, type_info (c, _ml_type_id (c, pt))->name);
          }
      g_string_append_c (s, ')');
      if (t->results != NULL && t->results->n_fields == 1)
        g_string_append_printf (s, " %s",
                                type_info (c, _ml_type_id (c, t->results->fields[0].type))->name);
      else if (t->results != NULL && t->results->n_fields > 1)
        {
          g_string_append (s, " (");
          for (guint i = 0; i < t->results->n_fields; i++)
            {
              MlType *rt = t->results->fields[i].type;

              g_string_append_printf (s, "%s%s", i ? ", " : "",
                                      type_info (c, _ml_type_id (c, rt))->name);
            }
          g_string_append_c (s, ')');
        }
    }
  else if (t->kind == ML_TYPE_STRUCT)
    {
      g_string_append (s, "struct {");
      for (guint i = 0; i < t->n_fields; i++)
        {
          const char *type_name = type_info (c, _ml_type_id (c, t->fields[i].type))->name;

          if (t->fields[i].embedded)
            g_string_append_printf (s, "%s %s", i ? ";" : "", type_name);
          else
            g_string_append_printf (s, "%s %s %s", i ? ";" : "", t->fields[i].name, type_name);
        }
      g_string_append (s, t->n_fields ? " }" : "}");
    }
  else
    g_string_append (s, type_info (c, _ml_type_id (c, t))->name);
}

/* The method set of the interface @t, in Go's order, as the VM keeps it: names and the ids
 * of the signatures. */
static void
set_interface_methods (Compiler *c,
                       guint     id,
                       MlType   *t)
{
  guint n;
  const MlField *ms = ml_type_interface_methods (t, &n);
  MlVmMethod *methods = g_new0 (MlVmMethod, MAX (n, 1));

  for (guint i = 0; i < n; i++)
    {
      methods[i].name = g_strdup (ms[i].name);
      methods[i].type = _ml_type_id (c, ms[i].type);
      methods[i].func = ML_VM_NONE;
    }
  type_info (c, id)->methods = methods;
  type_info (c, id)->n_methods = n;
}

/* An interface type, named as reflect names it ("interface {}", "interface { M() int; N()
 * }"), with its method set.  Its id is registered before the methods' signatures are made,
 * which may mention it. */
static guint
interface_type (Compiler *c,
                MlType   *t)
{
  guint n;
  const MlField *ms = ml_type_interface_methods (t, &n);
  GString *name;
  guint id;

  if (n == 0)
    return any_type (c);
  name = g_string_new ("interface {");
  for (guint i = 0; i < n; i++)
    {
      MlType *sig = ms[i].type;

      g_string_append_printf (name, "%s %s(", i > 0 ? ";" : "", ms[i].name);
      for (guint k = 0; k < sig->params->n_fields; k++)
        {
          MlType *pt = sig->params->fields[k].type;

          if (k > 0)
            g_string_append (name, ", ");
          if (sig->variadic && k + 1 == sig->params->n_fields)
            {
              g_string_append (name, "...");
              pt = pt->elem;
            }
          g_string_append (name, type_info (c, _ml_type_id (c, pt))->name);
        }
      g_string_append_c (name, ')');
      for (guint k = 0; k < sig->results->n_fields; k++)
        g_string_append_printf (name, "%s%s%s", k == 0 ? (sig->results->n_fields > 1 ? " (" : " ") : ", ",
                                type_info (c, _ml_type_id (c, sig->results->fields[k].type))->name,
                                k + 1 == sig->results->n_fields && k > 0 ? ")" : "");
    }
  g_string_append (name, " }");
  id = GPOINTER_TO_UINT (g_hash_table_lookup (c->type_names, name->str));
  if (id == 0)
    {
      id = derived_type (c, &(MlVmType) { .kind = ML_VM_KIND_INTERFACE, .name = name->str,
                                          .size = 16, .align = 8 });
      g_hash_table_insert (c->types, t, GUINT_TO_POINTER (id));
      set_interface_methods (c, id, t);
    }
  g_string_free (name, TRUE);
  return id;
}

/* A named type's name as reflect prints it: the program's own types in package main, the
 * predeclared error and the packages' types (fmt.Stringer) as they are. */
static char *
named_type_name (MlType *t)
{
  const char *slash;

  if (t->obj == NULL || t->obj->decl == NULL)
    return g_strdup (t->name);
  if (t->obj->pkg_path == NULL)
    return g_strconcat ("main.", t->name, NULL);
  /* reflect qualifies a type by its package's name: "utf8.X", "strings.Builder". */
  slash = strrchr (t->obj->pkg_path, '/');
  return g_strconcat (slash != NULL ? slash + 1 : t->obj->pkg_path, ".", t->name, NULL);
}

/* A named type: its id is reserved first, so that a recursive type (type Nodo struct { sig
 * *Nodo }) finds itself.  Its methods are added by _ml_finish_method_sets(), when every
 * function has its index. */
static guint
named_type (Compiler *c,
            MlType   *t)
{
  g_autofree char *name = named_type_name (t);
  MlType *u = ml_type_underlying (t);
  guint id = new_vm_type (c, &(MlVmType) { .kind = ML_VM_KIND_INVALID, .name = name });
  MlVmType *nt;

  g_hash_table_insert (c->types, t, GUINT_TO_POINTER (id));
  if (u->kind == ML_TYPE_STRUCT)
    {
      nt = type_info (c, id);
      nt->fields = g_new0 (MlVmField, MAX (u->n_fields, 1));
      nt->n_fields = u->n_fields;
      for (guint i = 0; i < u->n_fields; i++)
        {
          nt = type_info (c, id);
          nt->fields[i].name = g_strdup (u->fields[i].name);
          nt->fields[i].type = _ml_type_id (c, u->fields[i].type);
          nt->fields[i].offset = u->fields[i].offset;
          nt->fields[i].embedded = u->fields[i].embedded;
        }
      nt = type_info (c, id);
      nt->kind = ML_VM_KIND_STRUCT;
    }
  else
    {
      guint uid = _ml_type_id (c, u);
      MlVmType *ut = type_info (c, uid);

      nt = type_info (c, id);
      nt->kind = ut->kind;
      nt->elem = ut->elem;
      nt->key = ut->key;
      nt->group = ut->group;
      nt->len = ut->len;
      if (ut->kind == ML_VM_KIND_INTERFACE)
        set_interface_methods (c, id, u);
      nt = type_info (c, id);
    }
  nt->size = ml_type_sizeof (t);
  nt->align = MAX (ml_type_alignof (t), 1);
  nt->named = TRUE;
  compute_ptrmask (c, nt);
  return id;
}

/* The id of the VM type of @t (0 for none), made at its first use. */
guint
_ml_type_id (Compiler *c,
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
    case ML_TYPE_BOOL: ML_TYPE_CASES_SIGNED: ML_TYPE_CASES_UNSIGNED: ML_TYPE_CASES_FLOAT:
    ML_TYPE_CASES_COMPLEX: case ML_TYPE_STRING: case ML_TYPE_UNSAFE_POINTER:
      id = _ml_basic_type (c, (MlVmKind) t->kind);
      break;
    case ML_TYPE_UNTYPED_BOOL: id = _ml_basic_type (c, ML_VM_KIND_BOOL); break;
    case ML_TYPE_UNTYPED_INT: id = _ml_basic_type (c, ML_VM_KIND_INT); break;
    case ML_TYPE_UNTYPED_RUNE: id = _ml_basic_type (c, ML_VM_KIND_INT32); break;
    case ML_TYPE_UNTYPED_FLOAT: id = _ml_basic_type (c, ML_VM_KIND_FLOAT64); break;
    case ML_TYPE_UNTYPED_COMPLEX: id = _ml_basic_type (c, ML_VM_KIND_COMPLEX128); break;
    case ML_TYPE_UNTYPED_STRING: id = _ml_basic_type (c, ML_VM_KIND_STRING); break;
    case ML_TYPE_UNTYPED_NIL: id = _ml_basic_type (c, ML_VM_KIND_UNSAFE_POINTER); break;
    case ML_TYPE_POINTER:
      id = _ml_pointer_to (c, _ml_type_id (c, t->elem));
      break;
    case ML_TYPE_SLICE:
      id = reference_to (c, ML_VM_KIND_SLICE, "[]", 24, _ml_type_id (c, t->elem));
      break;
    case ML_TYPE_ARRAY:
      id = _ml_array_of (c, _ml_type_id (c, t->elem), t->len);
      break;
    case ML_TYPE_MAP:
      {
        guint k = _ml_type_id (c, t->key), v = _ml_type_id (c, t->elem);
        g_autofree char *name = g_strdup_printf ("map[%s]%s", type_info (c, k)->name,
                                                 type_info (c, v)->name);

        id = derived_type (c, &(MlVmType) { .kind = ML_VM_KIND_MAP, .name = name, .size = 8,
                                            .align = 8, .elem = v, .key = k });
        type_info (c, id)->group = map_group_type (c, k, v);
      }
      break;
    case ML_TYPE_FUNC:
      {
        GString *s = g_string_new (NULL);

        append_type_name (c, s, t);
        id = derived_type (c, &(MlVmType) { .kind = ML_VM_KIND_FUNC, .name = s->str, .size = 8,
                                            .align = 8 });
        g_string_free (s, TRUE);
      }
      break;
    case ML_TYPE_INTERFACE:
      id = interface_type (c, t);
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
            types[i] = _ml_type_id (c, t->fields[i].type);
          }
        id = _ml_struct_type (c, s->str, t->n_fields, names, types);
        g_string_free (s, TRUE);
      }
      break;
    case ML_TYPE_NAMED:
      return named_type (c, t);
    case ML_TYPE_CHAN:
      _ml_unsupported (c, NULL, _("channels are not supported yet"));
      id = c->out->t_int;
      break;
    case ML_TYPE_TUPLE: case ML_TYPE_INVALID:
    default:
      id = c->out->t_int;
      break;
    }
  g_hash_table_insert (c->types, t, GUINT_TO_POINTER (id));
  return id;
}

static int
compare_vm_methods (gconstpointer a,
                    gconstpointer b)
{
  const MlVmMethod *ma = a, *mb = b;

  return ml_type_method_compare (ma->name, mb->name);
}

/* The names of the methods of the types embedded in @t, at any depth: what may be promoted. */
static void
embedded_method_names (MlType     *t,
                       GHashTable *names,
                       GHashTable *seen,
                       guint       depth)
{
  MlType *u = ml_type_underlying (t);

  if (u == NULL || u->kind != ML_TYPE_STRUCT || depth > ML_TYPE_EMBED_MAX_DEPTH)
    return;
  for (guint i = 0; i < u->n_fields; i++)
    {
      MlType *ft = u->fields[i].type;

      if (!u->fields[i].embedded)
        continue;
      if (ft != NULL && ft->kind == ML_TYPE_POINTER)
        ft = ft->elem;
      if (ft == NULL || g_hash_table_contains (seen, ft))
        continue;
      g_hash_table_add (seen, ft);
      if (ft->kind == ML_TYPE_NAMED)
        for (MlObject *m = ft->methods; m != NULL; m = m->next_method)
          g_hash_table_add (names, (gpointer) m->name);
      if (ml_type_is_interface (ft))
        {
          guint n;
          const MlField *ms = ml_type_interface_methods (ft, &n);

          for (guint k = 0; k < n; k++)
            g_hash_table_add (names, (gpointer) ms[k].name);
          continue;
        }
      embedded_method_names (ft, names, seen, depth + 1);
    }
}

/**
 * _ml_promoted_wrapper:
 * @c: the compiler
 * @t: a named struct type
 * @sel: where @t's method of that name is promoted from (ml_type_lookup_selection())
 * @name: the method's name
 * @by_pointer: whether the wrapper takes a *T (main.(*T).m) rather than a T (main.T.m)
 *
 * The wrapper of a promoted method, made once per name: it follows the embedded fields from
 * its receiver to the method's.
 *
 * Returns: its function index, or ML_VM_NONE when the method has no code
 */
guint
_ml_promoted_wrapper (Compiler          *c,
                      MlType            *t,
                      const MlSelection *sel,
                      const char        *name,
                      gboolean           by_pointer)
{
  g_autoptr(GArray) path = g_array_new (FALSE, FALSE, sizeof (guint64));
  g_autofree char *fname = by_pointer ? g_strdup_printf ("main.(*%s).%s", t->name, name)
                                      : g_strdup_printf ("main.%s.%s", t->name, name);
  MlType *cur = t;
  guint wrapped = ML_VM_NONE, index;
  gpointer found;
  MlVmFunc *f;

  if (g_hash_table_lookup_extended (c->wrappers, fname, NULL, &found))
    return GPOINTER_TO_UINT (found);
  /* A method of an embedded interface is called through its itab: no function. */
  if (sel->method != NULL)
    {
      guint fi = GPOINTER_TO_UINT (g_hash_table_lookup (c->funcs, sel->method->decl));

      if (fi == 0)
        return ML_VM_NONE;
      wrapped = fi - 1;
    }
  for (guint k = 0; k < sel->depth; k++)
    {
      MlType *u = ml_type_underlying (cur);
      MlField *fld;
      guint64 step;

      ml_type_layout (u);
      fld = &u->fields[sel->path[k]];
      cur = fld->type;
      step = (guint64) fld->offset << 1;
      if (cur->kind == ML_TYPE_POINTER)
        {
          step |= 1;
          cur = cur->elem;
        }
      g_array_append_val (path, step);
    }
  f = ml_vm_program_add_func (c->out, fname, &index);
  f->wrapper = ML_VM_WRAPPER_PROMOTED;
  f->wrapped = wrapped;
  f->method = by_pointer ? 1 : 0;
  f->n_path = path->len;
  f->path = g_memdup2 (path->data, sizeof (guint64) * MAX (path->len, 1));
  f->iface_slot = sel->imethod != NULL ? sel->field_index : 0;
  g_hash_table_insert (c->wrappers, g_strdup (fname), GUINT_TO_POINTER (index));
  return index;
}

/* The promoted methods of the named type @t, each a wrapper (Go's main.T.m or main.(*T).m)
 * that follows the embedded fields to the method's receiver; appended to @ms. */
static void
add_promoted_methods (Compiler *c,
                      MlType   *t,
                      GArray   *ms)
{
  g_autoptr(GHashTable) names = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) seen = g_hash_table_new (NULL, NULL);
  GHashTableIter iter;
  gpointer key;

  embedded_method_names (t, names, seen, 0);
  g_hash_table_iter_init (&iter, names);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    {
      const char *name = key;
      MlSelection sel;
      MlVmMethod vm = { 0 };
      guint index;

      if (!ml_type_lookup_selection (t, name, &sel) || (sel.method == NULL && sel.imethod == NULL)
          || sel.depth == 0)
        continue;
      /* Only *T has a pointer method reached without an embedded pointer. */
      vm.pointer_recv = sel.method != NULL && sel.method->pointer_recv && !sel.indirect;
      index = _ml_promoted_wrapper (c, t, &sel, name, vm.pointer_recv);
      if (index == ML_VM_NONE)
        continue;
      vm.name = g_strdup (name);
      vm.type = _ml_type_id (c, sel.method != NULL ? sel.method->type : sel.imethod->type);
      vm.func = index;
      g_array_append_val (ms, vm);
    }
}

/* Whether the named type @t has methods of its own or may have promoted ones. */
static gboolean
may_have_methods (MlType *t)
{
  MlType *u;

  if (t->kind != ML_TYPE_NAMED)
    return FALSE;
  if (t->methods != NULL)
    return TRUE;
  u = ml_type_underlying (t);
  if (u == NULL || u->kind != ML_TYPE_STRUCT)
    return FALSE;
  for (guint i = 0; i < u->n_fields; i++)
    if (u->fields[i].embedded)
      return TRUE;
  return FALSE;
}

/* Gives every named type of the program that has methods its method set, in Go's order, with
 * the functions that implement them: what itabs are made of.  The signatures' types may be
 * new named types, so this goes on until a pass adds none. */
void
_ml_finish_method_sets (Compiler *c)
{
  g_autoptr(GHashTable) done = g_hash_table_new (NULL, NULL);
  gboolean more = TRUE;

  while (more)
    {
      g_autoptr(GPtrArray) named = g_ptr_array_new ();
      GHashTableIter iter;
      gpointer key;

      more = FALSE;
      g_hash_table_iter_init (&iter, c->types);
      while (g_hash_table_iter_next (&iter, &key, NULL))
        {
          MlType *t = key;

          if (may_have_methods (t) && !g_hash_table_contains (done, t))
            g_ptr_array_add (named, t);
        }
      for (guint i = 0; i < named->len; i++)
        {
          MlType *t = g_ptr_array_index (named, i);
          guint id = _ml_type_id (c, t);
          g_autoptr(GArray) ms = g_array_new (FALSE, TRUE, sizeof (MlVmMethod));

          g_hash_table_add (done, t);
          more = TRUE;
          for (MlObject *m = t->methods; m != NULL; m = m->next_method)
            {
              MlVmMethod vm = { 0 };
              guint fi = GPOINTER_TO_UINT (g_hash_table_lookup (c->funcs, m->decl));

              if (fi == 0)
                continue;
              vm.name = g_strdup (m->name);
              vm.type = _ml_type_id (c, m->type);
              vm.func = fi - 1;
              vm.pointer_recv = m->pointer_recv;
              g_array_append_val (ms, vm);
            }
          add_promoted_methods (c, t, ms);
          g_array_sort (ms, compare_vm_methods);
          type_info (c, id)->n_methods = ms->len;
          type_info (c, id)->methods = (MlVmMethod *) (void *) g_array_free (g_steal_pointer (&ms), FALSE);
        }
    }
}
