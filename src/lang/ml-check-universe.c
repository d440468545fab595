/* ml-check-universe.c
 *
 * Copyright 2026 The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The universe (types2's universe.go): the predeclared types, constants, nil and builtin
 * functions, and the members of the packages MemLab knows without their source (fmt's
 * printing functions, runtime.GC, ReadMemStats and MemStats, unsafe's Sizeof, Alignof,
 * Offsetof and Pointer).  They are built once per check, before anything else.
 */

#define G_LOG_DOMAIN "ml-check"

#include "config.h"

#include "ml-check-private.h"
#include "ml-const-private.h"

#define UNIVERSE_POS ((MlPos) { 0, 0 })

/* The predeclared types in the order they are created; those not declared are the types of
 * operands only (untyped constants, nil, unsafe.Pointer outside its package). */
static const struct
{
  gsize       field;     /* where the checker keeps the type */
  MlTypeKind  kind;
  const char *name;
  gboolean    declared;  /* a name of the universe scope */
} predeclared_types[] = {
  { G_STRUCT_OFFSET (MlChecker, t_invalid), ML_TYPE_INVALID, "invalid type", FALSE },
  { G_STRUCT_OFFSET (MlChecker, t_bool), ML_TYPE_BOOL, "bool", TRUE },
  { G_STRUCT_OFFSET (MlChecker, t_int), ML_TYPE_INT, "int", TRUE },
  { G_STRUCT_OFFSET (MlChecker, t_int8), ML_TYPE_INT8, "int8", TRUE },
  { G_STRUCT_OFFSET (MlChecker, t_int16), ML_TYPE_INT16, "int16", TRUE },
  { G_STRUCT_OFFSET (MlChecker, t_int32), ML_TYPE_INT32, "int32", TRUE },
  { G_STRUCT_OFFSET (MlChecker, t_int64), ML_TYPE_INT64, "int64", TRUE },
  { G_STRUCT_OFFSET (MlChecker, t_uint), ML_TYPE_UINT, "uint", TRUE },
  { G_STRUCT_OFFSET (MlChecker, t_uint8), ML_TYPE_UINT8, "uint8", TRUE },
  { G_STRUCT_OFFSET (MlChecker, t_uint16), ML_TYPE_UINT16, "uint16", TRUE },
  { G_STRUCT_OFFSET (MlChecker, t_uint32), ML_TYPE_UINT32, "uint32", TRUE },
  { G_STRUCT_OFFSET (MlChecker, t_uint64), ML_TYPE_UINT64, "uint64", TRUE },
  { G_STRUCT_OFFSET (MlChecker, t_uintptr), ML_TYPE_UINTPTR, "uintptr", TRUE },
  { G_STRUCT_OFFSET (MlChecker, t_float32), ML_TYPE_FLOAT32, "float32", TRUE },
  { G_STRUCT_OFFSET (MlChecker, t_float64), ML_TYPE_FLOAT64, "float64", TRUE },
  { G_STRUCT_OFFSET (MlChecker, t_complex64), ML_TYPE_COMPLEX64, "complex64", TRUE },
  { G_STRUCT_OFFSET (MlChecker, t_complex128), ML_TYPE_COMPLEX128, "complex128", TRUE },
  { G_STRUCT_OFFSET (MlChecker, t_string), ML_TYPE_STRING, "string", TRUE },
  /* byte and rune are the same types as uint8 and int32, under their own names. */
  { G_STRUCT_OFFSET (MlChecker, t_byte), ML_TYPE_UINT8, "byte", TRUE },
  { G_STRUCT_OFFSET (MlChecker, t_rune), ML_TYPE_INT32, "rune", TRUE },
  { G_STRUCT_OFFSET (MlChecker, t_unsafe_pointer), ML_TYPE_UNSAFE_POINTER, "unsafe.Pointer", FALSE },
  { G_STRUCT_OFFSET (MlChecker, t_ubool), ML_TYPE_UNTYPED_BOOL, "untyped bool", FALSE },
  { G_STRUCT_OFFSET (MlChecker, t_uint_const), ML_TYPE_UNTYPED_INT, "untyped int", FALSE },
  { G_STRUCT_OFFSET (MlChecker, t_urune), ML_TYPE_UNTYPED_RUNE, "untyped rune", FALSE },
  { G_STRUCT_OFFSET (MlChecker, t_ufloat), ML_TYPE_UNTYPED_FLOAT, "untyped float", FALSE },
  { G_STRUCT_OFFSET (MlChecker, t_ucomplex), ML_TYPE_UNTYPED_COMPLEX, "untyped complex", FALSE },
  { G_STRUCT_OFFSET (MlChecker, t_ustring), ML_TYPE_UNTYPED_STRING, "untyped string", FALSE },
  { G_STRUCT_OFFSET (MlChecker, t_unil), ML_TYPE_UNTYPED_NIL, "untyped nil", FALSE },
  { G_STRUCT_OFFSET (MlChecker, t_any), ML_TYPE_INTERFACE, "any", TRUE },
};

static const struct
{
  const char *name;
  MlBuiltin   builtin;
} predeclared_funcs[] = {
  { "append", ML_BUILTIN_APPEND }, { "cap", ML_BUILTIN_CAP }, { "clear", ML_BUILTIN_CLEAR },
  { "close", ML_BUILTIN_CLOSE }, { "complex", ML_BUILTIN_COMPLEX }, { "copy", ML_BUILTIN_COPY },
  { "delete", ML_BUILTIN_DELETE }, { "imag", ML_BUILTIN_IMAG }, { "len", ML_BUILTIN_LEN },
  { "make", ML_BUILTIN_MAKE }, { "max", ML_BUILTIN_MAX }, { "min", ML_BUILTIN_MIN },
  { "new", ML_BUILTIN_NEW }, { "panic", ML_BUILTIN_PANIC }, { "print", ML_BUILTIN_PRINT },
  { "println", ML_BUILTIN_PRINTLN }, { "real", ML_BUILTIN_REAL }, { "recover", ML_BUILTIN_RECOVER },
};

/* A field of a struct the universe builds, or a member of a tuple. */
typedef struct
{
  const char *name;
  MlType     *type;
} FieldSpec;

static void
set_fields (MlChecker       *c,
            MlType          *type,
            const FieldSpec *fields,
            guint            n)
{
  type->n_fields = n;
  type->fields = ml_arena_alloc (c->arena, n * sizeof (MlField));
  for (guint i = 0; i < n; i++)
    {
      type->fields[i].name = fields[i].name;
      type->fields[i].type = fields[i].type;
    }
}

/* Names the members of a tuple, which types2 prints in signatures; the list ends with
 * %NULL. */
static void
name_members (MlType *tuple,
              ...)
{
  va_list args;
  const char *name;

  va_start (args, tuple);
  for (guint i = 0; (name = va_arg (args, const char *)) != NULL; i++)
    tuple->fields[i].name = name;
  va_end (args);
}

static void
add_member (MlChecker  *c,
            const char *pkg,
            const char *name,
            MlBuiltin   builtin,
            MlType     *type)
{
  g_autofree char *key = g_strdup_printf ("%s.%s", pkg, name);
  MlObject *o = ml_check_new_object (c, type && builtin == ML_BUILTIN_NONE ? ML_OBJ_TYPE : ML_OBJ_BUILTIN,
                                     name, UNIVERSE_POS, type);

  o->builtin = builtin;
  o->pkg_path = ml_arena_strdup (c->arena, pkg);
  if (builtin >= ML_BUILTIN_FMT_PRINT)
    {
      /* fmt and runtime functions are ordinary functions with a signature. */
      o->kind = ML_OBJ_FUNC;
      o->flags |= ML_OBJ_FLAG_PACKAGE_FUNC;
    }
  g_hash_table_insert (c->pkg_members, (gpointer) ml_arena_strdup (c->arena, key), o);
}

static void
declare_types (MlChecker *c,
               MlScope   *u)
{
  MlType *u_err = ml_check_new_type (c, ML_TYPE_INTERFACE, NULL);
  MlObject *o;

  for (guint i = 0; i < G_N_ELEMENTS (predeclared_types); i++)
    {
      MlType **slot = G_STRUCT_MEMBER_P (c, predeclared_types[i].field);

      *slot = ml_check_new_type (c, predeclared_types[i].kind, predeclared_types[i].name);
      if (predeclared_types[i].declared)
        ml_scope_insert (u, ml_check_new_object (c, ML_OBJ_TYPE, predeclared_types[i].name, UNIVERSE_POS, *slot));
    }

  /* error is interface{ Error() string }. */
  set_fields (c, u_err, &(FieldSpec) { "Error", ml_check_new_func_type (c, 0, NULL, 1, &c->t_string, FALSE) }, 1);
  c->t_error = ml_check_new_type (c, ML_TYPE_NAMED, "error");
  c->t_error->underlying = u_err;
  o = ml_check_new_object (c, ML_OBJ_TYPE, "error", UNIVERSE_POS, c->t_error);
  c->t_error->obj = o;
  ml_scope_insert (u, o);
}

static void
declare_constants_and_funcs (MlChecker *c,
                             MlScope   *u)
{
  MlObject *o;

  o = ml_check_new_object (c, ML_OBJ_CONST, "true", UNIVERSE_POS, c->t_ubool);
  o->val = ml_const_make_bool (c->arena, TRUE);
  ml_scope_insert (u, o);
  o = ml_check_new_object (c, ML_OBJ_CONST, "false", UNIVERSE_POS, c->t_ubool);
  o->val = ml_const_make_bool (c->arena, FALSE);
  ml_scope_insert (u, o);
  o = ml_check_new_object (c, ML_OBJ_CONST, "iota", UNIVERSE_POS, c->t_uint_const);
  o->val = ml_check_const_int (c, 0);
  ml_scope_insert (u, o);
  ml_scope_insert (u, ml_check_new_object (c, ML_OBJ_NIL, "nil", UNIVERSE_POS, c->t_unil));
  for (guint i = 0; i < G_N_ELEMENTS (predeclared_funcs); i++)
    {
      o = ml_check_new_object (c, ML_OBJ_BUILTIN, predeclared_funcs[i].name, UNIVERSE_POS, c->t_invalid);
      o->builtin = predeclared_funcs[i].builtin;
      ml_scope_insert (u, o);
    }
}

/* fmt's printing functions, with their parameter names, which types2 prints. */
static void
add_fmt (MlChecker *c)
{
  MlType *any_slice = ml_check_new_slice (c, c->t_any);
  MlType *int_err[2] = { c->t_int, c->t_error };
  MlType *str_any[2] = { c->t_string, any_slice };
  MlType *print = ml_check_new_func_type (c, 1, &any_slice, 2, int_err, TRUE);
  MlType *printf = ml_check_new_func_type (c, 2, str_any, 2, int_err, TRUE);
  MlType *sprint = ml_check_new_func_type (c, 1, &any_slice, 1, &c->t_string, TRUE);
  MlType *sprintf = ml_check_new_func_type (c, 2, str_any, 1, &c->t_string, TRUE);
  MlType *errorf = ml_check_new_func_type (c, 2, str_any, 1, &c->t_error, TRUE);
  MlType *stringer = ml_check_new_type (c, ML_TYPE_NAMED, "fmt.Stringer");
  MlType *stringer_u = ml_check_new_type (c, ML_TYPE_INTERFACE, NULL);

  name_members (print->params, "a", NULL);
  name_members (print->results, "n", "err", NULL);
  name_members (printf->params, "format", "a", NULL);
  name_members (printf->results, "n", "err", NULL);
  name_members (sprint->params, "a", NULL);
  name_members (sprintf->params, "format", "a", NULL);
  name_members (errorf->params, "format", "a", NULL);
  add_member (c, "fmt", "Print", ML_BUILTIN_FMT_PRINT, print);
  add_member (c, "fmt", "Println", ML_BUILTIN_FMT_PRINTLN, print);
  add_member (c, "fmt", "Printf", ML_BUILTIN_FMT_PRINTF, printf);
  add_member (c, "fmt", "Sprint", ML_BUILTIN_FMT_SPRINT, sprint);
  add_member (c, "fmt", "Sprintln", ML_BUILTIN_FMT_SPRINTLN, sprint);
  add_member (c, "fmt", "Sprintf", ML_BUILTIN_FMT_SPRINTF, sprintf);
  add_member (c, "fmt", "Errorf", ML_BUILTIN_FMT_ERRORF, errorf);
  /* type Stringer interface { String() string } */
  set_fields (c, stringer_u, &(FieldSpec) { "String", ml_check_new_func_type (c, 0, NULL, 1, &c->t_string, FALSE) },
              1);
  stringer->underlying = stringer_u;
  add_member (c, "fmt", "Stringer", ML_BUILTIN_NONE, stringer);
}

/* runtime.MemStats in its declaration order (runtime/mstats.go), so that its size and
 * offsets are the real ones. */
static MlType *
new_memstats_type (MlChecker *c)
{
  static const char * const u64_fields[] = {
    "Alloc", "TotalAlloc", "Sys", "Lookups", "Mallocs", "Frees", "HeapAlloc", "HeapSys",
    "HeapIdle", "HeapInuse", "HeapReleased", "HeapObjects", "StackInuse", "StackSys",
    "MSpanInuse", "MSpanSys", "MCacheInuse", "MCacheSys", "BuckHashSys", "GCSys", "OtherSys",
    "NextGC", "LastGC", "PauseTotalNs",
  };
  MlType *st = ml_check_new_type (c, ML_TYPE_STRUCT, NULL);
  MlType *arr256 = ml_check_new_type (c, ML_TYPE_ARRAY, NULL);
  MlType *bysize_elem = ml_check_new_type (c, ML_TYPE_STRUCT, NULL);
  MlType *bysize = ml_check_new_type (c, ML_TYPE_ARRAY, NULL);
  MlType *memstats = ml_check_new_type (c, ML_TYPE_NAMED, "runtime.MemStats");
  guint n = G_N_ELEMENTS (u64_fields);
  const FieldSpec bysize_fields[] = {
    { "Size", c->t_uint32 }, { "Mallocs", c->t_uint64 }, { "Frees", c->t_uint64 },
  };
  const FieldSpec tail[] = {
    { "PauseNs", arr256 }, { "PauseEnd", arr256 }, { "NumGC", c->t_uint32 },
    { "NumForcedGC", c->t_uint32 }, { "GCCPUFraction", c->t_float64 }, { "EnableGC", c->t_bool },
    { "DebugGC", c->t_bool },
    /* BySize is rarely printed but keeps the size right. */
    { "BySize", bysize },
  };

  arr256->elem = c->t_uint64;
  arr256->len = 256;
  set_fields (c, bysize_elem, bysize_fields, G_N_ELEMENTS (bysize_fields));
  bysize->elem = bysize_elem;
  bysize->len = 61;

  st->n_fields = n + G_N_ELEMENTS (tail);
  st->fields = ml_arena_alloc (c->arena, st->n_fields * sizeof (MlField));
  for (guint i = 0; i < st->n_fields; i++)
    {
      st->fields[i].name = i < n ? u64_fields[i] : tail[i - n].name;
      st->fields[i].type = i < n ? c->t_uint64 : tail[i - n].type;
    }
  memstats->underlying = st;
  return memstats;
}

static void
add_runtime_and_unsafe (MlChecker *c)
{
  MlType *ptr_stats;

  c->t_memstats = new_memstats_type (c);
  add_member (c, "runtime", "MemStats", ML_BUILTIN_NONE, c->t_memstats);
  /* runtime.Error is interface{ error; RuntimeError() }, what a recovered runtime error is. */
  {
    MlType *iface = ml_check_new_type (c, ML_TYPE_INTERFACE, NULL);
    MlType *named = ml_check_new_type (c, ML_TYPE_NAMED, "runtime.Error");
    const FieldSpec methods[] = {
      { "Error", ml_check_new_func_type (c, 0, NULL, 1, &c->t_string, FALSE) },
      { "RuntimeError", ml_check_new_func_type (c, 0, NULL, 0, NULL, FALSE) },
    };

    set_fields (c, iface, methods, G_N_ELEMENTS (methods));
    named->underlying = iface;
    add_member (c, "runtime", "Error", ML_BUILTIN_NONE, named);
  }
  ptr_stats = ml_check_new_pointer (c, c->t_memstats);
  add_member (c, "runtime", "GC", ML_BUILTIN_RUNTIME_GC, ml_check_new_func_type (c, 0, NULL, 0, NULL, FALSE));
  add_member (c, "runtime", "ReadMemStats", ML_BUILTIN_RUNTIME_READ_MEM_STATS,
              ml_check_new_func_type (c, 1, &ptr_stats, 0, NULL, FALSE));
  add_member (c, "runtime", "NumGoroutine", ML_BUILTIN_RUNTIME_NUM_GOROUTINE,
              ml_check_new_func_type (c, 0, NULL, 1, &c->t_int, FALSE));
  /* What errors.As needs of reflect, for the bundled errors package only: whether err's
   * dynamic type goes into *target, storing it there when it does. */
  {
    MlType *params[2] = { c->t_error, c->t_any };

    add_member (c, "internal/reflectlite", "AsTarget", ML_BUILTIN_REFLECTLITE_AS_TARGET,
                ml_check_new_func_type (c, 2, params, 1, &c->t_bool, FALSE));
  }
  /* What sort.Slice needs of reflect, for the bundled sort package only: the length of the
   * slice in x (or -1 minus the kind of what x holds instead), Swapper's work, and the size of
   * the scratch value Swapper allocates for elements it moves with typedmemmove (0 if none). */
  {
    MlType *params[3] = { c->t_any, c->t_int, c->t_int };

    add_member (c, "internal/reflectlite", "SliceLen", ML_BUILTIN_REFLECTLITE_SLICE_LEN,
                ml_check_new_func_type (c, 1, params, 1, &c->t_int, FALSE));
    add_member (c, "internal/reflectlite", "Swap", ML_BUILTIN_REFLECTLITE_SWAP,
                ml_check_new_func_type (c, 3, params, 0, NULL, FALSE));
    add_member (c, "internal/reflectlite", "SwapScratch", ML_BUILTIN_REFLECTLITE_SWAP_SCRATCH,
                ml_check_new_func_type (c, 1, params, 1, &c->t_int, FALSE));
  }
  /* The floating-point conversions of internal/strconv, for the bundled strconv only:
   * FormatFloat as Go's, ParseFloat with a code for its error (1 syntax, 2 range). */
  {
    MlType *params[4] = { c->t_float64, c->t_byte, c->t_int, c->t_int };
    MlType *pparams[2] = { c->t_string, c->t_int };
    MlType *presults[2] = { c->t_float64, c->t_int };

    add_member (c, "internal/strconv", "FormatFloat", ML_BUILTIN_STRCONV_FORMAT_FLOAT,
                ml_check_new_func_type (c, 4, params, 1, &c->t_string, FALSE));
    add_member (c, "internal/strconv", "ParseFloat", ML_BUILTIN_STRCONV_PARSE_FLOAT,
                ml_check_new_func_type (c, 2, pparams, 2, presults, FALSE));
  }
  add_member (c, "runtime", "GOMAXPROCS", ML_BUILTIN_RUNTIME_GOMAXPROCS,
              ml_check_new_func_type (c, 1, &c->t_int, 1, &c->t_int, FALSE));
  add_member (c, "runtime", "KeepAlive", ML_BUILTIN_RUNTIME_KEEP_ALIVE,
              ml_check_new_func_type (c, 1, &c->t_any, 0, NULL, FALSE));
  /* unsafe's functions are true builtins, with rules of their own. */
  add_member (c, "unsafe", "Sizeof", ML_BUILTIN_UNSAFE_SIZEOF, c->t_invalid);
  add_member (c, "unsafe", "Alignof", ML_BUILTIN_UNSAFE_ALIGNOF, c->t_invalid);
  add_member (c, "unsafe", "Offsetof", ML_BUILTIN_UNSAFE_OFFSETOF, c->t_invalid);
  add_member (c, "unsafe", "String", ML_BUILTIN_UNSAFE_STRING, c->t_invalid);
  add_member (c, "unsafe", "SliceData", ML_BUILTIN_UNSAFE_SLICE_DATA, c->t_invalid);
  add_member (c, "unsafe", "Pointer", ML_BUILTIN_NONE, c->t_unsafe_pointer);
}

void
ml_check_setup_universe (MlChecker *c)
{
  MlScope *u = c->universe = ml_scope_new (c->arena, NULL);

  g_ptr_array_add (c->all_scopes, u);
  declare_types (c, u);
  declare_constants_and_funcs (c, u);
  add_fmt (c);
  add_runtime_and_unsafe (c);
}
