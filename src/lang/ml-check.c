/* ml-check.c
 *
 * Copyright 2026 The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/*
 * The type checker.  It follows types2 (cmd/compile/internal/types2), the
 * checker behind "go build", closely enough that the common mistakes of a
 * student produce the same message at the same position: operands are
 * described as types2 does ("i (variable of type int)", "300 (untyped int
 * constant)"), errors are reported at the leftmost position of the
 * offending expression, and unused variables are reported per function.
 * Constructs outside MemLab's subset are reported with a message of our own
 * that names the construct.
 */

#define G_LOG_DOMAIN "ml-check"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "ml-check-private.h"
#include "ml-lexer-private.h"
#include "ml-parser-private.h"

typedef struct
{
  MlProgram  *prog;
  MlArena    *arena;
  MlDiagSink  sink;
  MlScope    *universe;
  MlScope    *pkg;
  MlScope    *scope;
  GPtrArray  *all_scopes;
  MlFunc     *fn;
  GPtrArray  *fn_vars;       /* locals of the current function, for unused checks */
  GPtrArray  *imports;       /* package objects */
  GHashTable *pkg_members;   /* "fmt.Println" -> object */
  gint64      iota;
  gboolean    have_iota;
  guint       loop_depth;
  guint       break_depth;
  GPtrArray  *labels;
  /* A goto may target a label that comes later; such labels are used. */
  gboolean    saw_goto;

  MlType     *t_invalid;
  MlType     *t_bool, *t_int, *t_int8, *t_int16, *t_int32, *t_int64;
  MlType     *t_uint, *t_uint8, *t_uint16, *t_uint32, *t_uint64, *t_uintptr;
  MlType     *t_float32, *t_float64, *t_complex64, *t_complex128, *t_string;
  MlType     *t_byte, *t_rune, *t_unsafe_pointer;
  MlType     *t_ubool, *t_uint_const, *t_urune, *t_ufloat, *t_ustring, *t_unil;
  MlType     *t_any, *t_error, *t_memstats;
} Checker;

static void     check_expr        (Checker *c,
                                   MlNode  *n,
                                   MlType  *hint);
static void     check_stmt        (Checker *c,
                                   MlNode  *n);
static void     check_block_list  (Checker *c,
                                   MlNodeList *list);
static MlType  *resolve_type      (Checker *c,
                                   MlNode  *n);
static void     check_func_body   (Checker *c,
                                   MlFunc  *fn,
                                   MlNode  *ftype,
                                   MlNode  *body,
                                   MlNode  *recv);
static void     check_global      (Checker  *c,
                                   MlObject *obj);
static gboolean assign_operand    (Checker    *c,
                                   MlNode     *n,
                                   MlType     *target,
                                   const char *context);

/* --- Scopes and functions ------------------------------------------------- */

MlScope *
ml_scope_new (MlScope *parent)
{
  MlScope *s = g_new0 (MlScope, 1);

  s->parent = parent;
  s->names = g_hash_table_new (g_str_hash, g_str_equal);
  return s;
}

void
ml_scope_free (MlScope *scope)
{
  if (scope == NULL)
    return;
  g_hash_table_unref (scope->names);
  g_free (scope);
}

MlObject *
ml_scope_lookup (MlScope    *scope,
                 const char *name,
                 gboolean    recursive)
{
  for (; scope != NULL; scope = recursive ? scope->parent : NULL)
    {
      MlObject *o = g_hash_table_lookup (scope->names, name);

      if (o != NULL)
        return o;
    }
  return NULL;
}

MlFunc *
ml_func_new (MlNode     *node,
             const char *name)
{
  MlFunc *fn = g_new0 (MlFunc, 1);

  fn->node = node;
  fn->name = name;
  fn->params = g_ptr_array_new ();
  fn->results = g_ptr_array_new ();
  fn->locals = g_ptr_array_new ();
  fn->captures = g_ptr_array_new ();
  return fn;
}

void
ml_func_free (MlFunc *fn)
{
  if (fn == NULL)
    return;
  g_ptr_array_unref (fn->params);
  g_ptr_array_unref (fn->results);
  g_ptr_array_unref (fn->locals);
  g_ptr_array_unref (fn->captures);
  g_free (fn);
}

static MlScope *
push_scope (Checker *c)
{
  MlScope *s = ml_scope_new (c->scope);

  g_ptr_array_add (c->all_scopes, s);
  c->scope = s;
  return s;
}

static void
pop_scope (Checker *c)
{
  c->scope = c->scope->parent;
}

/* --- Errors --------------------------------------------------------------- */

static void G_GNUC_PRINTF (3, 4)
error_at (Checker    *c,
          MlPos       pos,
          const char *format,
          ...)
{
  g_autofree char *msg = NULL;
  va_list args;

  va_start (args, format);
  msg = g_strdup_vprintf (format, args);
  va_end (args);
  ml_diag_sink_add (&c->sink, ML_DIAGNOSTIC_ERROR, pos, msg);
}

static void G_GNUC_PRINTF (3, 4)
unsupported_at (Checker    *c,
                MlPos       pos,
                const char *format,
                ...)
{
  g_autofree char *msg = NULL;
  va_list args;

  va_start (args, format);
  msg = g_strdup_vprintf (format, args);
  va_end (args);
  ml_diag_sink_add (&c->sink, ML_DIAGNOSTIC_UNSUPPORTED, pos, msg);
}

static MlPos
spos (MlNode *n)
{
  return ml_node_start_pos (n);
}

static char *
expr_str (MlNode *n)
{
  return ml_node_to_string (n);
}

static char *
type_str (MlType *t)
{
  return ml_type_to_string (t);
}

static const char *
composite_kind (MlType *t)
{
  MlType *u;

  if (t == NULL || t->kind != ML_TYPE_NAMED)
    return NULL;
  u = ml_type_underlying (t);
  if (u == NULL)
    return NULL;
  switch (u->kind)
    {
    case ML_TYPE_ARRAY: return "array";
    case ML_TYPE_SLICE: return "slice";
    case ML_TYPE_STRUCT: return "struct";
    case ML_TYPE_POINTER: return "pointer";
    case ML_TYPE_FUNC: return "func";
    case ML_TYPE_INTERFACE: return "interface";
    case ML_TYPE_MAP: return "map";
    case ML_TYPE_CHAN: return "chan";
    case ML_TYPE_INVALID: case ML_TYPE_BOOL: case ML_TYPE_INT: case ML_TYPE_INT8:
    case ML_TYPE_INT16: case ML_TYPE_INT32: case ML_TYPE_INT64: case ML_TYPE_UINT:
    case ML_TYPE_UINT8: case ML_TYPE_UINT16: case ML_TYPE_UINT32: case ML_TYPE_UINT64:
    case ML_TYPE_UINTPTR: case ML_TYPE_FLOAT32: case ML_TYPE_FLOAT64: case ML_TYPE_COMPLEX64:
    case ML_TYPE_COMPLEX128: case ML_TYPE_STRING: case ML_TYPE_UNSAFE_POINTER:
    case ML_TYPE_UNTYPED_BOOL: case ML_TYPE_UNTYPED_INT: case ML_TYPE_UNTYPED_RUNE:
    case ML_TYPE_UNTYPED_FLOAT: case ML_TYPE_UNTYPED_STRING: case ML_TYPE_UNTYPED_NIL:
    case ML_TYPE_TUPLE: case ML_TYPE_NAMED:
    default:
      /* A renamed basic type is described by its basic type: "float64
       * type Celsius". */
      return u->kind != ML_TYPE_INVALID ? u->name : NULL;
    }
}

/* types2's operand.String: "x (variable of type int)". */
static char *
describe (MlNode *n)
{
  g_autofree char *e = expr_str (n);
  g_autofree char *t = NULL;
  const char *ck;

  if (n->type != NULL && n->type->kind == ML_TYPE_UNTYPED_NIL)
    return g_strdup ("nil");
  t = type_str (n->type);
  ck = composite_kind (n->type);

  switch (n->mode)
    {
    case ML_MODE_CONSTANT:
      {
        g_autofree char *v = n->cval ? ml_const_to_string (n->cval) : g_strdup ("?");

        if (ml_type_is_untyped (n->type))
          {
            if (strcmp (v, e) == 0)
              return g_strdup_printf ("%s (%s constant)", e, t);
            return g_strdup_printf ("%s (%s constant %s)", e, t, v);
          }
        if (strcmp (v, e) == 0)
          return g_strdup_printf ("%s (constant of %s%stype %s)", e, ck ? ck : "", ck ? " " : "", t);
        return g_strdup_printf ("%s (constant %s of %s%stype %s)", e, v, ck ? ck : "", ck ? " " : "", t);
      }
    case ML_MODE_NOVALUE:
      return g_strdup_printf ("%s (no value)", e);
    case ML_MODE_BUILTIN:
      return g_strdup_printf ("%s (built-in)", e);
    case ML_MODE_TYPEXPR:
      return g_strdup_printf ("%s (type)", e);
    case ML_MODE_VARIABLE:
      return g_strdup_printf ("%s (variable of %s%stype %s)", e, ck ? ck : "", ck ? " " : "", t);
    case ML_MODE_MAPINDEX:
      return g_strdup_printf ("%s (map index expression of %s%stype %s)", e, ck ? ck : "", ck ? " " : "", t);
    case ML_MODE_COMMAOK:
      return g_strdup_printf ("%s (comma, ok expression of %s%stype %s)", e, ck ? ck : "", ck ? " " : "", t);
    case ML_MODE_PACKAGE:
      return g_strdup_printf ("%s (package)", e);
    case ML_MODE_VALUE:
      if (n->type != NULL && n->type->kind == ML_TYPE_TUPLE)
        return g_strdup_printf ("%s (value of type %s)", e, t);
      return g_strdup_printf ("%s (value of %s%stype %s)", e, ck ? ck : "", ck ? " " : "", t);
    case ML_MODE_INVALID:
    default:
      return g_strdup_printf ("%s (invalid operand)", e);
    }
}

static gboolean
is_valid (MlNode *n)
{
  return n != NULL && n->mode != ML_MODE_INVALID && n->type != NULL
         && n->type->kind != ML_TYPE_INVALID;
}

static void
invalidate (Checker *c,
            MlNode  *n)
{
  n->mode = ML_MODE_INVALID;
  n->type = c->t_invalid;
}

/* --- Constants ------------------------------------------------------------ */

static MlConst *
const_new (Checker    *c,
           MlConstKind kind)
{
  MlConst *k = ml_arena_new0 (c->arena, MlConst);

  k->kind = kind;
  return k;
}

static MlConst *
const_int (Checker  *c,
           __int128  v)
{
  MlConst *k = const_new (c, ML_CONST_INT);

  k->i = v;
  return k;
}

static gboolean
representable (MlConst  *v,
               MlType   *t,
               MlConst **out,
               gboolean *truncated)
{
  MlType *u = ml_type_underlying (t);
  MlConst tmp = *v;

  *truncated = FALSE;
  if (u == NULL)
    return FALSE;
  if (ml_type_is_integer (u))
    {
      __int128 lo, hi;

      if (v->kind == ML_CONST_FLOAT)
        {
          if (v->f != floorl (v->f))
            {
              *truncated = TRUE;
              return FALSE;
            }
          if (fabsl (v->f) > 1.7e38L)
            return FALSE;
          tmp.kind = ML_CONST_INT;
          tmp.i = (__int128) v->f;
        }
      else if (v->kind != ML_CONST_INT)
        return FALSE;
      switch (u->kind)
        {
        case ML_TYPE_INT8: lo = G_MININT8; hi = G_MAXINT8; break;
        case ML_TYPE_INT16: lo = G_MININT16; hi = G_MAXINT16; break;
        case ML_TYPE_INT32: lo = G_MININT32; hi = G_MAXINT32; break;
        case ML_TYPE_INT: case ML_TYPE_INT64: lo = G_MININT64; hi = G_MAXINT64; break;
        case ML_TYPE_UINT8: lo = 0; hi = G_MAXUINT8; break;
        case ML_TYPE_UINT16: lo = 0; hi = G_MAXUINT16; break;
        case ML_TYPE_UINT32: lo = 0; hi = G_MAXUINT32; break;
        case ML_TYPE_UINT: case ML_TYPE_UINT64: case ML_TYPE_UINTPTR: lo = 0; hi = G_MAXUINT64; break;
        case ML_TYPE_UNTYPED_INT: case ML_TYPE_UNTYPED_RUNE:
          lo = -((__int128) 1 << 126); hi = (__int128) 1 << 126; break;
        case ML_TYPE_INVALID: case ML_TYPE_BOOL: case ML_TYPE_FLOAT32: case ML_TYPE_FLOAT64:
        case ML_TYPE_COMPLEX64: case ML_TYPE_COMPLEX128: case ML_TYPE_STRING:
        case ML_TYPE_UNSAFE_POINTER: case ML_TYPE_UNTYPED_BOOL: case ML_TYPE_UNTYPED_FLOAT:
        case ML_TYPE_UNTYPED_STRING: case ML_TYPE_UNTYPED_NIL: case ML_TYPE_POINTER:
        case ML_TYPE_ARRAY: case ML_TYPE_SLICE: case ML_TYPE_MAP: case ML_TYPE_CHAN:
        case ML_TYPE_STRUCT: case ML_TYPE_FUNC: case ML_TYPE_INTERFACE: case ML_TYPE_TUPLE:
        case ML_TYPE_NAMED:
        default:
          return FALSE;
        }
      if (tmp.i < lo || tmp.i > hi)
        return FALSE;
      if (out != NULL)
        {
          *out = g_memdup2 (&tmp, sizeof tmp);
        }
      return TRUE;
    }
  if (ml_type_is_float (u) || u->kind == ML_TYPE_COMPLEX64 || u->kind == ML_TYPE_COMPLEX128)
    {
      if (v->kind == ML_CONST_INT)
        {
          tmp.kind = ML_CONST_FLOAT;
          tmp.f = (long double) v->i;
        }
      else if (v->kind != ML_CONST_FLOAT)
        return FALSE;
      if (u->kind == ML_TYPE_FLOAT32 && fabsl (tmp.f) > 3.40282346638528859811704183484516925440e+38L)
        return FALSE;
      if (u->kind == ML_TYPE_FLOAT64 && fabsl (tmp.f) > 1.797693134862315708145274237317043567981e+308L)
        return FALSE;
      if (out != NULL)
        *out = g_memdup2 (&tmp, sizeof tmp);
      return TRUE;
    }
  if (ml_type_is_string (u))
    return v->kind == ML_CONST_STRING;
  if (ml_type_is_boolean (u))
    return v->kind == ML_CONST_BOOL;
  return FALSE;
}

/* Stores a converted constant value in the arena. */
static void
set_const (Checker *c,
           MlNode  *n,
           MlConst *heap_value)
{
  if (heap_value == NULL)
    return;
  n->cval = ml_arena_memdup (c->arena, heap_value, sizeof *heap_value);
  g_free (heap_value);
}

static MlType *
default_type (Checker *c,
              MlType  *t)
{
  if (t == NULL)
    return c->t_invalid;
  switch (t->kind)
    {
    case ML_TYPE_UNTYPED_BOOL: return c->t_bool;
    case ML_TYPE_UNTYPED_INT: return c->t_int;
    case ML_TYPE_UNTYPED_RUNE: return c->t_rune;
    case ML_TYPE_UNTYPED_FLOAT: return c->t_float64;
    case ML_TYPE_UNTYPED_STRING: return c->t_string;
    case ML_TYPE_INVALID: case ML_TYPE_BOOL: case ML_TYPE_INT: case ML_TYPE_INT8:
    case ML_TYPE_INT16: case ML_TYPE_INT32: case ML_TYPE_INT64: case ML_TYPE_UINT:
    case ML_TYPE_UINT8: case ML_TYPE_UINT16: case ML_TYPE_UINT32: case ML_TYPE_UINT64:
    case ML_TYPE_UINTPTR: case ML_TYPE_FLOAT32: case ML_TYPE_FLOAT64: case ML_TYPE_COMPLEX64:
    case ML_TYPE_COMPLEX128: case ML_TYPE_STRING: case ML_TYPE_UNSAFE_POINTER:
    case ML_TYPE_UNTYPED_NIL: case ML_TYPE_POINTER: case ML_TYPE_ARRAY: case ML_TYPE_SLICE:
    case ML_TYPE_MAP: case ML_TYPE_CHAN: case ML_TYPE_STRUCT: case ML_TYPE_FUNC:
    case ML_TYPE_INTERFACE: case ML_TYPE_TUPLE: case ML_TYPE_NAMED:
    default:
      return t;
    }
}

/* --- Universe ------------------------------------------------------------- */

static MlType *
new_type (Checker   *c,
          MlTypeKind kind,
          const char *name)
{
  MlType *t = ml_arena_new0 (c->arena, MlType);

  t->kind = kind;
  t->name = name ? ml_arena_strdup (c->arena, name) : NULL;
  return t;
}

static MlObject *
new_object (Checker      *c,
            MlObjectKind  kind,
            const char   *name,
            MlPos         pos,
            MlType       *type)
{
  MlObject *o = ml_arena_new0 (c->arena, MlObject);

  o->kind = kind;
  o->name = ml_arena_strdup (c->arena, name);
  o->pos = pos;
  o->type = type;
  o->index = -1;
  return o;
}

static void
insert (MlScope  *scope,
        MlObject *obj)
{
  g_hash_table_insert (scope->names, (gpointer) obj->name, obj);
}

static MlType *
new_pointer (Checker *c,
             MlType  *elem)
{
  MlType *t = new_type (c, ML_TYPE_POINTER, NULL);

  t->elem = elem;
  return t;
}

static MlType *
new_slice (Checker *c,
           MlType  *elem)
{
  MlType *t = new_type (c, ML_TYPE_SLICE, NULL);

  t->elem = elem;
  return t;
}

static MlType *
new_tuple (Checker *c,
           guint    n,
           MlType **types)
{
  MlType *t = new_type (c, ML_TYPE_TUPLE, NULL);

  t->n_fields = n;
  t->fields = n ? ml_arena_alloc (c->arena, n * sizeof (MlField)) : NULL;
  for (guint i = 0; i < n; i++)
    {
      t->fields[i].type = types[i];
      t->fields[i].name = "";
    }
  return t;
}

static MlType *
new_func_type (Checker *c,
               guint    n_params,
               MlType **params,
               guint    n_results,
               MlType **results,
               gboolean variadic)
{
  MlType *t = new_type (c, ML_TYPE_FUNC, NULL);

  t->params = new_tuple (c, n_params, params);
  t->results = new_tuple (c, n_results, results);
  t->variadic = variadic;
  return t;
}

static void
add_member (Checker    *c,
            const char *pkg,
            const char *name,
            MlBuiltin   builtin,
            MlType     *type)
{
  g_autofree char *key = g_strdup_printf ("%s.%s", pkg, name);
  MlObject *o = new_object (c, type && builtin == ML_BUILTIN_NONE ? ML_OBJ_TYPE : ML_OBJ_BUILTIN,
                            name, (MlPos) { 0, 0 }, type);

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
setup_universe (Checker *c)
{
  static const struct { const char *name; MlBuiltin b; } builtins[] = {
    { "append", ML_BUILTIN_APPEND }, { "cap", ML_BUILTIN_CAP }, { "clear", ML_BUILTIN_CLEAR },
    { "close", ML_BUILTIN_CLOSE }, { "complex", ML_BUILTIN_COMPLEX }, { "copy", ML_BUILTIN_COPY },
    { "delete", ML_BUILTIN_DELETE }, { "imag", ML_BUILTIN_IMAG }, { "len", ML_BUILTIN_LEN },
    { "make", ML_BUILTIN_MAKE }, { "max", ML_BUILTIN_MAX }, { "min", ML_BUILTIN_MIN },
    { "new", ML_BUILTIN_NEW }, { "panic", ML_BUILTIN_PANIC }, { "print", ML_BUILTIN_PRINT },
    { "println", ML_BUILTIN_PRINTLN }, { "real", ML_BUILTIN_REAL }, { "recover", ML_BUILTIN_RECOVER },
  };
  MlScope *u;
  MlObject *o;
  MlType *any_slice, *ptr_stats;
  MlType *int_err[2];
  MlType *str_any[2];

  u = c->universe = ml_scope_new (NULL);
  g_ptr_array_add (c->all_scopes, u);

#define BASIC(field, kind, name) \
  c->field = new_type (c, kind, name); \
  insert (u, new_object (c, ML_OBJ_TYPE, name, (MlPos) { 0, 0 }, c->field))

  c->t_invalid = new_type (c, ML_TYPE_INVALID, "invalid type");
  BASIC (t_bool, ML_TYPE_BOOL, "bool");
  BASIC (t_int, ML_TYPE_INT, "int");
  BASIC (t_int8, ML_TYPE_INT8, "int8");
  BASIC (t_int16, ML_TYPE_INT16, "int16");
  BASIC (t_int32, ML_TYPE_INT32, "int32");
  BASIC (t_int64, ML_TYPE_INT64, "int64");
  BASIC (t_uint, ML_TYPE_UINT, "uint");
  BASIC (t_uint8, ML_TYPE_UINT8, "uint8");
  BASIC (t_uint16, ML_TYPE_UINT16, "uint16");
  BASIC (t_uint32, ML_TYPE_UINT32, "uint32");
  BASIC (t_uint64, ML_TYPE_UINT64, "uint64");
  BASIC (t_uintptr, ML_TYPE_UINTPTR, "uintptr");
  BASIC (t_float32, ML_TYPE_FLOAT32, "float32");
  BASIC (t_float64, ML_TYPE_FLOAT64, "float64");
  BASIC (t_complex64, ML_TYPE_COMPLEX64, "complex64");
  BASIC (t_complex128, ML_TYPE_COMPLEX128, "complex128");
  BASIC (t_string, ML_TYPE_STRING, "string");
  BASIC (t_byte, ML_TYPE_UINT8, "byte");
  BASIC (t_rune, ML_TYPE_INT32, "rune");
#undef BASIC
  c->t_unsafe_pointer = new_type (c, ML_TYPE_UNSAFE_POINTER, "unsafe.Pointer");
  c->t_ubool = new_type (c, ML_TYPE_UNTYPED_BOOL, "untyped bool");
  c->t_uint_const = new_type (c, ML_TYPE_UNTYPED_INT, "untyped int");
  c->t_urune = new_type (c, ML_TYPE_UNTYPED_RUNE, "untyped rune");
  c->t_ufloat = new_type (c, ML_TYPE_UNTYPED_FLOAT, "untyped float");
  c->t_ustring = new_type (c, ML_TYPE_UNTYPED_STRING, "untyped string");
  c->t_unil = new_type (c, ML_TYPE_UNTYPED_NIL, "untyped nil");

  c->t_any = new_type (c, ML_TYPE_INTERFACE, "any");
  insert (u, new_object (c, ML_OBJ_TYPE, "any", (MlPos) { 0, 0 }, c->t_any));
  {
    /* error is interface{ Error() string }. */
    MlType *u_err = new_type (c, ML_TYPE_INTERFACE, NULL);
    MlType *str1[1] = { c->t_string };

    u_err->n_fields = 1;
    u_err->fields = ml_arena_alloc (c->arena, sizeof (MlField));
    u_err->fields[0].name = "Error";
    u_err->fields[0].type = new_func_type (c, 0, NULL, 1, str1, FALSE);
    c->t_error = new_type (c, ML_TYPE_NAMED, "error");
    c->t_error->underlying = u_err;
    o = new_object (c, ML_OBJ_TYPE, "error", (MlPos) { 0, 0 }, c->t_error);
    c->t_error->obj = o;
    insert (u, o);
  }

  o = new_object (c, ML_OBJ_CONST, "true", (MlPos) { 0, 0 }, c->t_ubool);
  o->val = const_new (c, ML_CONST_BOOL);
  o->val->b = TRUE;
  insert (u, o);
  o = new_object (c, ML_OBJ_CONST, "false", (MlPos) { 0, 0 }, c->t_ubool);
  o->val = const_new (c, ML_CONST_BOOL);
  insert (u, o);
  o = new_object (c, ML_OBJ_CONST, "iota", (MlPos) { 0, 0 }, c->t_uint_const);
  o->val = const_int (c, 0);
  insert (u, o);
  insert (u, new_object (c, ML_OBJ_NIL, "nil", (MlPos) { 0, 0 }, c->t_unil));
  for (guint i = 0; i < G_N_ELEMENTS (builtins); i++)
    {
      o = new_object (c, ML_OBJ_BUILTIN, builtins[i].name, (MlPos) { 0, 0 }, c->t_invalid);
      o->builtin = builtins[i].b;
      insert (u, o);
    }

  /* The members of fmt, runtime and unsafe that the subset knows. */
  any_slice = new_slice (c, c->t_any);
  int_err[0] = c->t_int;
  int_err[1] = c->t_error;
  str_any[0] = c->t_string;
  str_any[1] = any_slice;
  {
    /* fmt's signatures with their parameter names, which types2 prints. */
    MlType *print = new_func_type (c, 1, &any_slice, 2, int_err, TRUE);
    MlType *printf = new_func_type (c, 2, str_any, 2, int_err, TRUE);
    MlType *sprint = new_func_type (c, 1, &any_slice, 1, &c->t_string, TRUE);
    MlType *sprintf = new_func_type (c, 2, str_any, 1, &c->t_string, TRUE);
    MlType *errorf = new_func_type (c, 2, str_any, 1, &c->t_error, TRUE);

    print->params->fields[0].name = "a";
    print->results->fields[0].name = "n";
    print->results->fields[1].name = "err";
    printf->params->fields[0].name = "format";
    printf->params->fields[1].name = "a";
    printf->results->fields[0].name = "n";
    printf->results->fields[1].name = "err";
    sprint->params->fields[0].name = "a";
    sprintf->params->fields[0].name = "format";
    sprintf->params->fields[1].name = "a";
    errorf->params->fields[0].name = "format";
    errorf->params->fields[1].name = "a";
    add_member (c, "fmt", "Print", ML_BUILTIN_FMT_PRINT, print);
    add_member (c, "fmt", "Println", ML_BUILTIN_FMT_PRINTLN, print);
    add_member (c, "fmt", "Printf", ML_BUILTIN_FMT_PRINTF, printf);
    add_member (c, "fmt", "Sprint", ML_BUILTIN_FMT_SPRINT, sprint);
    add_member (c, "fmt", "Sprintln", ML_BUILTIN_FMT_SPRINTLN, sprint);
    add_member (c, "fmt", "Sprintf", ML_BUILTIN_FMT_SPRINTF, sprintf);
    add_member (c, "fmt", "Errorf", ML_BUILTIN_FMT_ERRORF, errorf);
  }

  {
    static const char * const u64_fields[] = {
      "Alloc", "TotalAlloc", "Sys", "Lookups", "Mallocs", "Frees", "HeapAlloc", "HeapSys",
      "HeapIdle", "HeapInuse", "HeapReleased", "HeapObjects", "StackInuse", "StackSys",
      "MSpanInuse", "MSpanSys", "MCacheInuse", "MCacheSys", "BuckHashSys", "GCSys", "OtherSys",
      "NextGC", "LastGC", "PauseTotalNs",
    };
    MlType *st = new_type (c, ML_TYPE_STRUCT, NULL);
    MlType *arr256 = new_type (c, ML_TYPE_ARRAY, NULL);
    MlType *bysize_elem = new_type (c, ML_TYPE_STRUCT, NULL);
    MlType *bysize = new_type (c, ML_TYPE_ARRAY, NULL);
    guint n = G_N_ELEMENTS (u64_fields);
    guint k = 0;

    arr256->elem = c->t_uint64;
    arr256->len = 256;
    bysize_elem->n_fields = 3;
    bysize_elem->fields = ml_arena_alloc (c->arena, 3 * sizeof (MlField));
    bysize_elem->fields[0].name = "Size";
    bysize_elem->fields[0].type = c->t_uint32;
    bysize_elem->fields[1].name = "Mallocs";
    bysize_elem->fields[1].type = c->t_uint64;
    bysize_elem->fields[2].name = "Frees";
    bysize_elem->fields[2].type = c->t_uint64;
    bysize->elem = bysize_elem;
    bysize->len = 61;

    /* runtime.MemStats in its declaration order (runtime/mstats.go). */
    st->n_fields = n + 7;
    st->fields = ml_arena_alloc (c->arena, st->n_fields * sizeof (MlField));
    for (guint i = 0; i < n; i++)
      {
        st->fields[k].name = u64_fields[i];
        st->fields[k++].type = c->t_uint64;
      }
    st->fields[k].name = "PauseNs"; st->fields[k++].type = arr256;
    st->fields[k].name = "PauseEnd"; st->fields[k++].type = arr256;
    st->fields[k].name = "NumGC"; st->fields[k++].type = c->t_uint32;
    st->fields[k].name = "NumForcedGC"; st->fields[k++].type = c->t_uint32;
    st->fields[k].name = "GCCPUFraction"; st->fields[k++].type = c->t_float64;
    st->fields[k].name = "EnableGC"; st->fields[k++].type = c->t_bool;
    st->fields[k].name = "DebugGC"; st->fields[k++].type = c->t_bool;
    /* BySize follows; it is rarely printed but keeps the size right. */
    st->n_fields = k;
    {
      MlField *f = ml_arena_alloc (c->arena, (k + 1) * sizeof (MlField));

      memcpy (f, st->fields, k * sizeof (MlField));
      f[k].name = "BySize";
      f[k].type = bysize;
      st->fields = f;
      st->n_fields = k + 1;
    }
    c->t_memstats = new_type (c, ML_TYPE_NAMED, "runtime.MemStats");
    c->t_memstats->underlying = st;
  }
  add_member (c, "runtime", "MemStats", ML_BUILTIN_NONE, c->t_memstats);
  ptr_stats = new_pointer (c, c->t_memstats);
  add_member (c, "runtime", "GC", ML_BUILTIN_RUNTIME_GC, new_func_type (c, 0, NULL, 0, NULL, FALSE));
  add_member (c, "runtime", "ReadMemStats", ML_BUILTIN_RUNTIME_READ_MEM_STATS,
              new_func_type (c, 1, &ptr_stats, 0, NULL, FALSE));
  add_member (c, "runtime", "NumGoroutine", ML_BUILTIN_RUNTIME_NUM_GOROUTINE,
              new_func_type (c, 0, NULL, 1, &c->t_int, FALSE));
  add_member (c, "runtime", "GOMAXPROCS", ML_BUILTIN_RUNTIME_GOMAXPROCS,
              new_func_type (c, 1, &c->t_int, 1, &c->t_int, FALSE));
  add_member (c, "unsafe", "Sizeof", ML_BUILTIN_UNSAFE_SIZEOF, c->t_invalid);
  add_member (c, "unsafe", "Alignof", ML_BUILTIN_UNSAFE_ALIGNOF, c->t_invalid);
  add_member (c, "unsafe", "Offsetof", ML_BUILTIN_UNSAFE_OFFSETOF, c->t_invalid);
  add_member (c, "unsafe", "Pointer", ML_BUILTIN_NONE, c->t_unsafe_pointer);
  /* add_member made the builtins functions; unsafe's are true builtins. */
  ((MlObject *) g_hash_table_lookup (c->pkg_members, "unsafe.Sizeof"))->kind = ML_OBJ_BUILTIN;
  ((MlObject *) g_hash_table_lookup (c->pkg_members, "unsafe.Alignof"))->kind = ML_OBJ_BUILTIN;
  ((MlObject *) g_hash_table_lookup (c->pkg_members, "unsafe.Offsetof"))->kind = ML_OBJ_BUILTIN;
}

/* --- Declaring variables -------------------------------------------------- */

/* Declares obj in the current scope; returns FALSE if the name is taken.
 * "\x01" in a message stands for the file name (see ml_diagnostics_format). */
static gboolean
declare (Checker  *c,
         MlObject *obj)
{
  MlObject *prev;

  if (strcmp (obj->name, "_") == 0)
    return TRUE;
  prev = ml_scope_lookup (c->scope, obj->name, FALSE);
  if (prev != NULL)
    {
      if (prev->pos.line != 0)
        error_at (c, obj->pos, "%s redeclared in this block\n\t\x01:%u:%u: other declaration of %s",
                  obj->name, prev->pos.line, prev->pos.col, obj->name);
      else
        error_at (c, obj->pos, "%s redeclared in this block", obj->name);
      return FALSE;
    }
  insert (c->scope, obj);
  return TRUE;
}

/* Declares a variable of the current function (or a global). */
static MlObject *
declare_var (Checker    *c,
             MlNode     *ident,
             MlType     *type)
{
  MlObject *o = new_object (c, ML_OBJ_VAR, ident->name, ident->pos, type);

  ident->obj = o;
  if (c->scope == c->pkg)
    {
      o->flags |= ML_OBJ_FLAG_GLOBAL;
      if (strcmp (o->name, "_") != 0)
        g_ptr_array_add (c->prog->globals, o);
    }
  else if (c->fn != NULL)
    {
      o->func = c->fn->node;
      g_ptr_array_add (c->fn->locals, o);
    }
  /* A variable that could not be declared is not reported as unused. */
  if (declare (c, o) && c->fn_vars != NULL && c->scope != c->pkg)
    g_ptr_array_add (c->fn_vars, o);
  return o;
}

/* --- Types from syntax ---------------------------------------------------- */

static gint64
const_int_value (Checker *c,
                 MlNode  *n,
                 gboolean *ok)
{
  *ok = FALSE;
  if (n->mode != ML_MODE_CONSTANT || n->cval == NULL)
    return 0;
  if (n->cval->kind == ML_CONST_INT)
    {
      *ok = TRUE;
      return (gint64) n->cval->i;
    }
  if (n->cval->kind == ML_CONST_FLOAT && n->cval->f == floorl (n->cval->f))
    {
      *ok = TRUE;
      return (gint64) n->cval->f;
    }
  return 0;
}

static MlType *
resolve_struct (Checker *c,
                MlNode  *n)
{
  MlType *st = new_type (c, ML_TYPE_STRUCT, NULL);
  g_autoptr(GArray) fields = g_array_new (FALSE, TRUE, sizeof (MlField));
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; i < n->list.n; i++)
    {
      MlNode *f = n->list.items[i];
      MlType *ft = resolve_type (c, f->x);

      if (f->flags & ML_NODE_FLAG_EMBEDDED)
        {
          MlField field = { 0 };
          MlNode *tn = f->x->kind == ML_NODE_STAR ? f->x->x : f->x;

          if (ft->kind != ML_TYPE_INVALID)
            unsupported_at (c, f->pos, _("embedded fields are not supported yet"));
          field.name = tn->kind == ML_NODE_SELECTOR ? tn->name : (tn->name ? tn->name : "?");
          field.type = ft;
          field.embedded = TRUE;
          field.pos = f->pos;
          g_array_append_val (fields, field);
          continue;
        }
      for (guint j = 0; j < f->list.n; j++)
        {
          MlField field = { 0 };
          MlNode *name = f->list.items[j];

          field.name = name->name;
          field.type = ft;
          field.pos = name->pos;
          if (strcmp (name->name, "_") != 0 && g_hash_table_contains (seen, name->name))
            error_at (c, name->pos, "%s redeclared", name->name);
          g_hash_table_add (seen, (gpointer) name->name);
          g_array_append_val (fields, field);
        }
    }
  st->n_fields = fields->len;
  st->fields = ml_arena_memdup (c->arena, fields->data, fields->len * sizeof (MlField));
  return st;
}

/* Names the members of a signature's tuple, which types2 prints. */
static void
name_tuple (MlType     *tuple,
            MlNodeList *fields)
{
  guint k = 0;

  for (guint i = 0; i < fields->n; i++)
    {
      MlNode *f = fields->items[i];

      if (f->list.n == 0)
        {
          k++;
          continue;
        }
      for (guint j = 0; j < f->list.n && k < tuple->n_fields; j++, k++)
        tuple->fields[k].name = f->list.items[j]->name;
    }
}

static MlType *
resolve_signature (Checker *c,
                   MlNode  *ft)
{
  g_autoptr(GPtrArray) params = g_ptr_array_new ();
  g_autoptr(GPtrArray) results = g_ptr_array_new ();
  gboolean variadic = FALSE;
  MlType *sig;

  for (guint i = 0; i < ft->list.n; i++)
    {
      MlNode *f = ft->list.items[i];
      MlType *t = resolve_type (c, f->x);
      guint count = MAX (f->list.n, 1);

      if (f->flags & ML_NODE_FLAG_DOTS)
        {
          if (i + 1 != ft->list.n || count > 1)
            error_at (c, f->pos, "can only use ... with final parameter in list");
          t = new_slice (c, t);
          variadic = TRUE;
        }
      for (guint j = 0; j < count; j++)
        g_ptr_array_add (params, t);
    }
  for (guint i = 0; i < ft->list2.n; i++)
    {
      MlNode *f = ft->list2.items[i];
      MlType *t = resolve_type (c, f->x);
      guint count = MAX (f->list.n, 1);

      for (guint j = 0; j < count; j++)
        g_ptr_array_add (results, t);
    }
  sig = new_func_type (c, params->len, (MlType **) params->pdata,
                       results->len, (MlType **) results->pdata, variadic);
  name_tuple (sig->params, &ft->list);
  name_tuple (sig->results, &ft->list2);
  return sig;
}

static MlType *
resolve_type (Checker *c,
              MlNode  *n)
{
  MlType *t = NULL;

  if (n == NULL)
    return c->t_invalid;

  switch (n->kind)
    {
    case ML_NODE_IDENT:
      {
        MlObject *o = ml_scope_lookup (c->scope, n->name, TRUE);

        if (o == NULL)
          {
            if (strcmp (n->name, "_") == 0)
              error_at (c, n->pos, "cannot use _ as value or type");
            else
              error_at (c, n->pos, "undefined: %s", n->name);
            t = c->t_invalid;
          }
        else if (o->kind != ML_OBJ_TYPE)
          {
            error_at (c, n->pos, "%s is not a type", n->name);
            t = c->t_invalid;
          }
        else
          {
            o->flags |= ML_OBJ_FLAG_USED;
            n->obj = o;
            t = o->type;
          }
      }
      break;

    case ML_NODE_SELECTOR:
      {
        MlObject *pkg = n->x->kind == ML_NODE_IDENT ? ml_scope_lookup (c->scope, n->x->name, TRUE) : NULL;

        if (pkg == NULL || pkg->kind != ML_OBJ_PKG)
          {
            g_autofree char *s = expr_str (n);

            if (pkg == NULL && n->x->kind == ML_NODE_IDENT)
              error_at (c, n->x->pos, "undefined: %s", n->x->name);
            else
              error_at (c, spos (n), "%s is not a type", s);
            t = c->t_invalid;
          }
        else
          {
            g_autofree char *key = g_strdup_printf ("%s.%s", pkg->pkg_path, n->name);
            MlObject *m = g_hash_table_lookup (c->pkg_members, key);

            pkg->flags |= ML_OBJ_FLAG_USED;
            if (m == NULL)
              {
                error_at (c, n->pos2, "undefined: %s.%s", n->x->name, n->name);
                t = c->t_invalid;
              }
            else if (m->kind != ML_OBJ_TYPE)
              {
                error_at (c, spos (n), "%s.%s is not a type", n->x->name, n->name);
                t = c->t_invalid;
              }
            else
              t = m->type;
          }
      }
      break;

    case ML_NODE_PAREN:
      t = resolve_type (c, n->x);
      break;

    case ML_NODE_STAR:
      t = new_pointer (c, resolve_type (c, n->x));
      break;

    case ML_NODE_ARRAY_TYPE:
      if (n->x == NULL)
        {
          t = new_slice (c, resolve_type (c, n->y));
        }
      else if (n->x->kind == ML_NODE_ELLIPSIS)
        {
          error_at (c, n->x->pos, "invalid use of [...] array (outside a composite literal)");
          t = c->t_invalid;
        }
      else
        {
          gboolean ok;
          gint64 len;

          check_expr (c, n->x, NULL);
          len = const_int_value (c, n->x, &ok);
          t = new_type (c, ML_TYPE_ARRAY, NULL);
          t->elem = resolve_type (c, n->y);
          if (!ok)
            {
              if (is_valid (n->x))
                {
                  g_autofree char *s = expr_str (n->x);

                  if (n->x->mode == ML_MODE_CONSTANT)
                    error_at (c, spos (n->x), "array length %s (%s) must be integer", s, "constant");
                  else
                    error_at (c, spos (n->x), "invalid array length %s", s);
                }
              len = 0;
            }
          else if (len < 0)
            {
              g_autofree char *s = expr_str (n->x);

              error_at (c, spos (n->x), "invalid array length %s (untyped int constant %" G_GINT64_FORMAT ")", s, len);
              len = 0;
            }
          t->len = len;
        }
      break;

    case ML_NODE_MAP_TYPE:
      t = new_type (c, ML_TYPE_MAP, NULL);
      t->key = resolve_type (c, n->x);
      t->elem = resolve_type (c, n->y);
      if (t->key->kind != ML_TYPE_INVALID && !ml_type_is_comparable (t->key))
        {
          g_autofree char *ks = type_str (t->key);

          error_at (c, spos (n->x), "invalid map key type %s", ks);
        }
      break;

    case ML_NODE_CHAN_TYPE:
      unsupported_at (c, n->pos, _("channels are not supported yet"));
      t = new_type (c, ML_TYPE_CHAN, NULL);
      t->elem = resolve_type (c, n->x);
      break;

    case ML_NODE_STRUCT_TYPE:
      t = resolve_struct (c, n);
      break;

    case ML_NODE_INTERFACE_TYPE:
      if (n->list.n == 0)
        t = new_type (c, ML_TYPE_INTERFACE, NULL);
      else
        {
          unsupported_at (c, n->pos, _("interfaces with methods are not supported yet"));
          t = new_type (c, ML_TYPE_INTERFACE, NULL);
        }
      if (n->list.n == 0)
        t->name = "interface{}";
      break;

    case ML_NODE_FUNC_TYPE:
      t = resolve_signature (c, n);
      break;

    case ML_NODE_BAD:
      t = c->t_invalid;
      break;

    case ML_NODE_BASIC_LIT: case ML_NODE_COMPOSITE_LIT: case ML_NODE_KEY_VALUE:
    case ML_NODE_FUNC_LIT: case ML_NODE_INDEX: case ML_NODE_SLICE_EXPR:
    case ML_NODE_TYPE_ASSERT: case ML_NODE_CALL: case ML_NODE_UNARY: case ML_NODE_BINARY:
    case ML_NODE_FIELD: case ML_NODE_ELLIPSIS: case ML_NODE_EMPTY_STMT: case ML_NODE_DECL_STMT:
    case ML_NODE_LABELED_STMT: case ML_NODE_EXPR_STMT: case ML_NODE_SEND_STMT:
    case ML_NODE_INC_DEC_STMT: case ML_NODE_ASSIGN_STMT: case ML_NODE_GO_STMT:
    case ML_NODE_DEFER_STMT: case ML_NODE_RETURN_STMT: case ML_NODE_BRANCH_STMT:
    case ML_NODE_BLOCK: case ML_NODE_IF_STMT: case ML_NODE_CASE_CLAUSE: case ML_NODE_SWITCH_STMT:
    case ML_NODE_TYPE_SWITCH_STMT: case ML_NODE_SELECT_STMT: case ML_NODE_FOR_STMT:
    case ML_NODE_RANGE_STMT: case ML_NODE_IMPORT_SPEC: case ML_NODE_VALUE_SPEC:
    case ML_NODE_DIRECTIVE_STMT:
    case ML_NODE_TYPE_SPEC: case ML_NODE_GEN_DECL: case ML_NODE_FUNC_DECL: case ML_N_NODE_KINDS:
    default:
      {
        g_autofree char *s = expr_str (n);

        error_at (c, spos (n), "%s is not a type", s);
        t = c->t_invalid;
      }
      break;
    }
  n->mode = ML_MODE_TYPEXPR;
  n->type = t;
  return t;
}

/* Is the expression a type (without reporting anything)? */
static gboolean
looks_like_type (Checker *c,
                 MlNode  *n)
{
  n = ml_node_unparen (n);
  switch (n->kind)
    {
    case ML_NODE_ARRAY_TYPE: case ML_NODE_MAP_TYPE: case ML_NODE_CHAN_TYPE:
    case ML_NODE_STRUCT_TYPE: case ML_NODE_INTERFACE_TYPE: case ML_NODE_FUNC_TYPE:
      return TRUE;
    case ML_NODE_STAR:
      return looks_like_type (c, n->x);
    case ML_NODE_IDENT:
      {
        MlObject *o = ml_scope_lookup (c->scope, n->name, TRUE);

        return o != NULL && o->kind == ML_OBJ_TYPE;
      }
    case ML_NODE_SELECTOR:
      if (n->x->kind == ML_NODE_IDENT)
        {
          MlObject *o = ml_scope_lookup (c->scope, n->x->name, TRUE);

          if (o != NULL && o->kind == ML_OBJ_PKG)
            {
              g_autofree char *key = g_strdup_printf ("%s.%s", o->pkg_path, n->name);
              MlObject *m = g_hash_table_lookup (c->pkg_members, key);

              return m != NULL && m->kind == ML_OBJ_TYPE;
            }
        }
      return FALSE;
    case ML_NODE_BAD: case ML_NODE_BASIC_LIT: case ML_NODE_COMPOSITE_LIT: case ML_NODE_KEY_VALUE:
    case ML_NODE_FUNC_LIT: case ML_NODE_PAREN: case ML_NODE_INDEX: case ML_NODE_SLICE_EXPR:
    case ML_NODE_TYPE_ASSERT: case ML_NODE_CALL: case ML_NODE_UNARY: case ML_NODE_BINARY:
    case ML_NODE_FIELD: case ML_NODE_ELLIPSIS: case ML_NODE_EMPTY_STMT: case ML_NODE_DECL_STMT:
    case ML_NODE_LABELED_STMT: case ML_NODE_EXPR_STMT: case ML_NODE_SEND_STMT:
    case ML_NODE_INC_DEC_STMT: case ML_NODE_ASSIGN_STMT: case ML_NODE_GO_STMT:
    case ML_NODE_DEFER_STMT: case ML_NODE_RETURN_STMT: case ML_NODE_BRANCH_STMT:
    case ML_NODE_BLOCK: case ML_NODE_IF_STMT: case ML_NODE_CASE_CLAUSE: case ML_NODE_SWITCH_STMT:
    case ML_NODE_TYPE_SWITCH_STMT: case ML_NODE_SELECT_STMT: case ML_NODE_FOR_STMT:
    case ML_NODE_RANGE_STMT: case ML_NODE_IMPORT_SPEC: case ML_NODE_VALUE_SPEC:
    case ML_NODE_DIRECTIVE_STMT:
    case ML_NODE_TYPE_SPEC: case ML_NODE_GEN_DECL: case ML_NODE_FUNC_DECL: case ML_N_NODE_KINDS:
    default:
      return FALSE;
    }
}

/* --- Assignability --------------------------------------------------------- */

static gboolean
is_nillable (MlType *t)
{
  MlType *u = ml_type_underlying (t);

  if (u == NULL)
    return FALSE;
  return u->kind == ML_TYPE_POINTER || u->kind == ML_TYPE_SLICE || u->kind == ML_TYPE_MAP
         || u->kind == ML_TYPE_FUNC || u->kind == ML_TYPE_INTERFACE || u->kind == ML_TYPE_CHAN
         || u->kind == ML_TYPE_UNSAFE_POINTER;
}

static gboolean
implements (MlType *v,
            MlType *iface)
{
  MlType *u = ml_type_underlying (iface);

  for (guint i = 0; i < u->n_fields; i++)
    {
      const char *name = u->fields[i].name;
      gboolean found = FALSE;
      MlType *nv = v;

      if (ml_type_underlying (v) != NULL && ml_type_underlying (v)->kind == ML_TYPE_INTERFACE)
        {
          MlType *vu = ml_type_underlying (v);

          for (guint j = 0; j < vu->n_fields; j++)
            if (strcmp (vu->fields[j].name, name) == 0)
              found = TRUE;
        }
      if (nv->kind == ML_TYPE_POINTER)
        nv = nv->elem;
      if (!found && nv->kind == ML_TYPE_NAMED)
        for (MlObject *m = nv->methods; m != NULL; m = m->next_method)
          if (strcmp (m->name, name) == 0 && (!m->pointer_recv || v->kind == ML_TYPE_POINTER))
            found = TRUE;
      if (!found)
        return FALSE;
    }
  return TRUE;
}

static gboolean
assignable (MlType *v,
            MlType *t)
{
  MlType *vu, *tu;

  if (v == NULL || t == NULL)
    return FALSE;
  if (ml_type_identical (v, t))
    return TRUE;
  vu = ml_type_underlying (v);
  tu = ml_type_underlying (t);
  if (ml_type_identical (vu, tu) && (v->kind != ML_TYPE_NAMED || t->kind != ML_TYPE_NAMED)
      && vu->kind != ML_TYPE_INVALID && !(vu->kind >= ML_TYPE_BOOL && vu->kind <= ML_TYPE_UNSAFE_POINTER))
    return TRUE;
  if (tu != NULL && tu->kind == ML_TYPE_INTERFACE)
    return implements (v, t);
  if (v->kind == ML_TYPE_UNTYPED_NIL)
    return is_nillable (t);
  return FALSE;
}

/* Gives an untyped operand its final type; returns FALSE and leaves the
 * operand alone if it cannot have that type.  *overflow tells why. */
static gboolean
convert_untyped (Checker  *c,
                 MlNode   *n,
                 MlType   *target,
                 gboolean *overflow,
                 gboolean *truncated)
{
  MlType *tu = ml_type_underlying (target);
  MlType *from = n->type;

  *overflow = *truncated = FALSE;
  if (!ml_type_is_untyped (from) || tu == NULL || tu->kind == ML_TYPE_INVALID)
    return TRUE;
  if (from->kind == ML_TYPE_UNTYPED_NIL)
    {
      if (!is_nillable (target))
        return FALSE;
      n->type = target;
      return TRUE;
    }
  if (tu->kind == ML_TYPE_INTERFACE)
    {
      if (tu->n_fields > 0)
        return FALSE;
      n->type = default_type (c, from);
      return TRUE;
    }
  if (ml_type_is_untyped (target))
    {
      n->type = target;
      return TRUE;
    }
  switch (from->kind)
    {
    case ML_TYPE_UNTYPED_BOOL:
      if (!ml_type_is_boolean (tu))
        return FALSE;
      break;
    case ML_TYPE_UNTYPED_STRING:
      if (!ml_type_is_string (tu))
        return FALSE;
      break;
    case ML_TYPE_UNTYPED_INT:
    case ML_TYPE_UNTYPED_RUNE:
    case ML_TYPE_UNTYPED_FLOAT:
      if (!ml_type_is_numeric (tu))
        return FALSE;
      break;
    case ML_TYPE_INVALID: case ML_TYPE_BOOL: case ML_TYPE_INT: case ML_TYPE_INT8:
    case ML_TYPE_INT16: case ML_TYPE_INT32: case ML_TYPE_INT64: case ML_TYPE_UINT:
    case ML_TYPE_UINT8: case ML_TYPE_UINT16: case ML_TYPE_UINT32: case ML_TYPE_UINT64:
    case ML_TYPE_UINTPTR: case ML_TYPE_FLOAT32: case ML_TYPE_FLOAT64: case ML_TYPE_COMPLEX64:
    case ML_TYPE_COMPLEX128: case ML_TYPE_STRING: case ML_TYPE_UNSAFE_POINTER:
    case ML_TYPE_UNTYPED_NIL: case ML_TYPE_POINTER: case ML_TYPE_ARRAY: case ML_TYPE_SLICE:
    case ML_TYPE_MAP: case ML_TYPE_CHAN: case ML_TYPE_STRUCT: case ML_TYPE_FUNC:
    case ML_TYPE_INTERFACE: case ML_TYPE_TUPLE: case ML_TYPE_NAMED:
    default:
      return FALSE;
    }
  if (n->mode == ML_MODE_CONSTANT && n->cval != NULL)
    {
      MlConst *out = NULL;

      if (!representable (n->cval, target, &out, truncated))
        {
          *overflow = !*truncated;
          return FALSE;
        }
      set_const (c, n, out);
    }
  n->type = target;
  return TRUE;
}

/* Checks that n can be assigned to a variable of type target and reports
 * "cannot use X as T value in CONTEXT" if not. */
static gboolean
assign_operand (Checker    *c,
                MlNode     *n,
                MlType     *target,
                const char *context)
{
  if (!is_valid (n) || target == NULL || target->kind == ML_TYPE_INVALID)
    return FALSE;
  if (n->mode == ML_MODE_TYPEXPR || n->mode == ML_MODE_BUILTIN || n->mode == ML_MODE_NOVALUE)
    {
      g_autofree char *d = describe (n);
      g_autofree char *s = expr_str (n);

      if (n->mode == ML_MODE_NOVALUE)
        error_at (c, spos (n), "%s (no value) used as value", s);
      else if (n->mode == ML_MODE_TYPEXPR)
        error_at (c, spos (n), "%s (type) is not an expression", s);
      else
        error_at (c, spos (n), "%s (built-in) must be called", s);
      return FALSE;
    }
  if (ml_type_is_untyped (n->type))
    {
      g_autofree char *d = describe (n);
      g_autofree char *ts = type_str (target);
      gboolean overflow, truncated;

      if (convert_untyped (c, n, target, &overflow, &truncated))
        return TRUE;
      if (n->type->kind == ML_TYPE_UNTYPED_NIL)
        error_at (c, spos (n), "cannot use nil as %s value in %s", ts, context);
      else if (overflow)
        error_at (c, spos (n), "cannot use %s as %s value in %s (overflows)", d, ts, context);
      else if (truncated)
        error_at (c, spos (n), "cannot use %s as %s value in %s (truncated)", d, ts, context);
      else
        error_at (c, spos (n), "cannot use %s as %s value in %s", d, ts, context);
      return FALSE;
    }
  if (!assignable (n->type, target))
    {
      g_autofree char *d = describe (n);
      g_autofree char *ts = type_str (target);

      if (ml_type_is_interface (target) && ml_type_underlying (target)->n_fields > 0)
        {
          g_autofree char *vs = type_str (n->type);

          error_at (c, spos (n), "cannot use %s as %s value in %s: %s does not implement %s (missing method %s)",
                    d, ts, context, vs, ts, ml_type_underlying (target)->fields[0].name);
        }
      else
        error_at (c, spos (n), "cannot use %s as %s value in %s", d, ts, context);
      return FALSE;
    }
  return TRUE;
}

/* Untyped operands that end up in a variable get their default type. */
static void
use_default_type (Checker *c,
                  MlNode  *n)
{
  gboolean o, t;

  if (is_valid (n) && ml_type_is_untyped (n->type) && n->type->kind != ML_TYPE_UNTYPED_NIL)
    convert_untyped (c, n, default_type (c, n->type), &o, &t);
}

/* --- Expressions ---------------------------------------------------------- */

static void
mark_used (MlObject *o)
{
  if (o != NULL)
    o->flags |= ML_OBJ_FLAG_USED;
}

/* Records that the function literal being checked refers to a variable of
 * an enclosing function: it is captured. */
static void
note_capture (Checker  *c,
              MlObject *o)
{
  MlFunc *fn;

  if (o->kind != ML_OBJ_VAR || (o->flags & ML_OBJ_FLAG_GLOBAL) || o->func == NULL)
    return;
  for (fn = c->fn; fn != NULL && fn->node != o->func; fn = fn->outer)
    {
      gboolean have = FALSE;

      for (guint i = 0; i < fn->captures->len; i++)
        if (g_ptr_array_index (fn->captures, i) == o)
          have = TRUE;
      if (!have)
        g_ptr_array_add (fn->captures, o);
      o->flags |= ML_OBJ_FLAG_CAPTURED;
    }
}

static void
check_ident (Checker *c,
             MlNode  *n)
{
  MlObject *o;

  if (strcmp (n->name, "_") == 0)
    {
      error_at (c, n->pos, "cannot use _ as value");
      invalidate (c, n);
      return;
    }
  o = ml_scope_lookup (c->scope, n->name, TRUE);
  if (o == NULL)
    {
      error_at (c, n->pos, "undefined: %s", n->name);
      invalidate (c, n);
      return;
    }
  n->obj = o;
  mark_used (o);
  switch (o->kind)
    {
    case ML_OBJ_VAR:
      if (o->flags & ML_OBJ_FLAG_GLOBAL)
        check_global (c, o);
      note_capture (c, o);
      n->mode = ML_MODE_VARIABLE;
      n->type = o->type ? o->type : c->t_invalid;
      break;
    case ML_OBJ_CONST:
      if (o->decl != NULL && o->type == NULL)
        check_global (c, o);
      if (strcmp (o->name, "iota") == 0 && o->pos.line == 0)
        {
          if (!c->have_iota)
            {
              error_at (c, n->pos, "cannot use iota outside constant declaration");
              invalidate (c, n);
              return;
            }
          n->mode = ML_MODE_CONSTANT;
          n->type = c->t_uint_const;
          n->cval = const_int (c, c->iota);
          return;
        }
      n->mode = ML_MODE_CONSTANT;
      n->type = o->type ? o->type : c->t_invalid;
      n->cval = o->val;
      if (o->val == NULL)
        n->mode = ML_MODE_INVALID;
      break;
    case ML_OBJ_TYPE:
      n->mode = ML_MODE_TYPEXPR;
      n->type = o->type;
      break;
    case ML_OBJ_FUNC:
      n->mode = ML_MODE_VALUE;
      n->type = o->type ? o->type : c->t_invalid;
      break;
    case ML_OBJ_BUILTIN:
      n->mode = ML_MODE_BUILTIN;
      n->type = c->t_invalid;
      break;
    case ML_OBJ_NIL:
      n->mode = ML_MODE_VALUE;
      n->type = c->t_unil;
      break;
    case ML_OBJ_PKG:
      error_at (c, n->pos, "use of package %s without selector", n->name);
      invalidate (c, n);
      break;
    case ML_OBJ_BAD:
    default:
      invalidate (c, n);
      break;
    }
}

static void
check_basic_lit (Checker *c,
                 MlNode  *n)
{
  n->mode = ML_MODE_CONSTANT;
  switch (n->op)
    {
    case ML_TOK_INT:
      {
        const char *s = n->name;
        unsigned __int128 v = 0;
        int base = 10;
        gboolean over = FALSE;

        if (s[0] == '0' && (s[1] == 'x' || s[1] == 'X'))
          base = 16, s += 2;
        else if (s[0] == '0' && (s[1] == 'b' || s[1] == 'B'))
          base = 2, s += 2;
        else if (s[0] == '0' && (s[1] == 'o' || s[1] == 'O'))
          base = 8, s += 2;
        else if (s[0] == '0' && s[1] != '\0')
          base = 8, s += 1;
        for (; *s; s++)
          {
            int d;

            if (*s == '_')
              continue;
            d = g_ascii_xdigit_value (*s);
            if (d < 0 || d >= base)
              {
                error_at (c, n->pos, "invalid digit %c in %s literal", *s,
                          base == 8 ? "octal" : base == 2 ? "binary" : base == 16 ? "hexadecimal" : "decimal");
                break;
              }
            if (v > ((unsigned __int128) 1 << 125))
              over = TRUE;
            v = v * base + d;
          }
        if (over)
          {
            error_at (c, n->pos, "integer constant too large for MemLab (more than 125 bits)");
            invalidate (c, n);
            return;
          }
        n->type = c->t_uint_const;
        n->cval = const_int (c, (__int128) v);
      }
      break;
    case ML_TOK_FLOAT:
      {
        g_autofree char *clean = g_strdup (n->name);
        char *w = clean;

        for (const char *r = n->name; *r; r++)
          if (*r != '_')
            *w++ = *r;
        *w = '\0';
        n->type = c->t_ufloat;
        n->cval = const_new (c, ML_CONST_FLOAT);
        n->cval->f = strtold (clean, NULL);
      }
      break;
    case ML_TOK_IMAG:
      unsupported_at (c, n->pos, _("complex numbers are not supported yet"));
      invalidate (c, n);
      break;
    case ML_TOK_CHAR:
      n->type = c->t_urune;
      n->cval = const_int (c, n->str_len > 0 ? g_utf8_get_char_validated (n->str, n->str_len) : 0);
      if (n->str_len == 1)
        n->cval->i = (guchar) n->str[0];
      break;
    case ML_TOK_STRING:
    default:
      n->type = c->t_ustring;
      n->cval = const_new (c, ML_CONST_STRING);
      n->cval->s = n->str;
      n->cval->len = n->str_len;
      break;
    }
}

/* Folds a constant binary operation; returns FALSE on division by zero. */
static gboolean
fold_binary (Checker *c,
             MlToken  op,
             MlConst *a,
             MlConst *b,
             gboolean integer,
             MlConst **out)
{
  MlConst *r;

  if (a->kind == ML_CONST_STRING && b->kind == ML_CONST_STRING)
    {
      if (op == ML_TOK_ADD)
        {
          char *s = ml_arena_alloc (c->arena, a->len + b->len + 1);

          memcpy (s, a->s, a->len);
          memcpy (s + a->len, b->s, b->len);
          r = const_new (c, ML_CONST_STRING);
          r->s = s;
          r->len = a->len + b->len;
          *out = r;
          return TRUE;
        }
      {
        gsize m = MIN (a->len, b->len);
        int cmp = memcmp (a->s, b->s, m);
        gboolean res = FALSE;

        if (cmp == 0)
          cmp = a->len < b->len ? -1 : a->len > b->len ? 1 : 0;
        switch ((int) op)
          {
          case ML_TOK_EQL: res = cmp == 0; break;
          case ML_TOK_NEQ: res = cmp != 0; break;
          case ML_TOK_LSS: res = cmp < 0; break;
          case ML_TOK_LEQ: res = cmp <= 0; break;
          case ML_TOK_GTR: res = cmp > 0; break;
          case ML_TOK_GEQ: res = cmp >= 0; break;
          default: break;
          }
        r = const_new (c, ML_CONST_BOOL);
        r->b = res;
        *out = r;
        return TRUE;
      }
    }
  if (a->kind == ML_CONST_BOOL && b->kind == ML_CONST_BOOL)
    {
      r = const_new (c, ML_CONST_BOOL);
      switch ((int) op)
        {
        case ML_TOK_LAND: r->b = a->b && b->b; break;
        case ML_TOK_LOR: r->b = a->b || b->b; break;
        case ML_TOK_EQL: r->b = a->b == b->b; break;
        case ML_TOK_NEQ: r->b = a->b != b->b; break;
        default: break;
        }
      *out = r;
      return TRUE;
    }
  if (a->kind == ML_CONST_INT && b->kind == ML_CONST_INT && (integer || op != ML_TOK_QUO))
    {
      __int128 x = a->i, y = b->i, v = 0;
      gboolean is_cmp = FALSE, res = FALSE;

      switch ((int) op)
        {
        case ML_TOK_ADD: v = x + y; break;
        case ML_TOK_SUB: v = x - y; break;
        case ML_TOK_MUL:
          if (x != 0 && (y > ((__int128) 1 << 100) / (x < 0 ? -x : x)
                         || y < -((__int128) 1 << 100) / (x < 0 ? -x : x)))
            v = (__int128) 1 << 126;
          else
            v = x * y;
          break;
        case ML_TOK_QUO: if (y == 0) return FALSE; v = x / y; break;
        case ML_TOK_REM: if (y == 0) return FALSE; v = x % y; break;
        case ML_TOK_AND: v = x & y; break;
        case ML_TOK_OR: v = x | y; break;
        case ML_TOK_XOR: v = x ^ y; break;
        case ML_TOK_AND_NOT: v = x & ~y; break;
        case ML_TOK_SHL: v = y >= 126 ? ((__int128) 1 << 126) : x << y; break;
        case ML_TOK_SHR: v = y >= 127 ? (x < 0 ? -1 : 0) : x >> y; break;
        case ML_TOK_EQL: is_cmp = TRUE; res = x == y; break;
        case ML_TOK_NEQ: is_cmp = TRUE; res = x != y; break;
        case ML_TOK_LSS: is_cmp = TRUE; res = x < y; break;
        case ML_TOK_LEQ: is_cmp = TRUE; res = x <= y; break;
        case ML_TOK_GTR: is_cmp = TRUE; res = x > y; break;
        case ML_TOK_GEQ: is_cmp = TRUE; res = x >= y; break;
        default: break;
        }
      if (is_cmp)
        {
          r = const_new (c, ML_CONST_BOOL);
          r->b = res;
        }
      else
        r = const_int (c, v);
      *out = r;
      return TRUE;
    }
  {
    long double x = a->kind == ML_CONST_INT ? (long double) a->i : a->f;
    long double y = b->kind == ML_CONST_INT ? (long double) b->i : b->f;
    long double v = 0;
    gboolean is_cmp = FALSE, res = FALSE;

    switch ((int) op)
      {
      case ML_TOK_ADD: v = x + y; break;
      case ML_TOK_SUB: v = x - y; break;
      case ML_TOK_MUL: v = x * y; break;
      case ML_TOK_QUO: if (y == 0) return FALSE; v = x / y; break;
      case ML_TOK_EQL: is_cmp = TRUE; res = x == y; break;
      case ML_TOK_NEQ: is_cmp = TRUE; res = x != y; break;
      case ML_TOK_LSS: is_cmp = TRUE; res = x < y; break;
      case ML_TOK_LEQ: is_cmp = TRUE; res = x <= y; break;
      case ML_TOK_GTR: is_cmp = TRUE; res = x > y; break;
      case ML_TOK_GEQ: is_cmp = TRUE; res = x >= y; break;
      default: break;
      }
    if (is_cmp)
      {
        r = const_new (c, ML_CONST_BOOL);
        r->b = res;
      }
    else
      {
        r = const_new (c, ML_CONST_FLOAT);
        r->f = v;
      }
    *out = r;
    return TRUE;
  }
}

static gboolean
is_comparison (MlToken op)
{
  return op == ML_TOK_EQL || op == ML_TOK_NEQ || op == ML_TOK_LSS || op == ML_TOK_LEQ
         || op == ML_TOK_GTR || op == ML_TOK_GEQ;
}

static gboolean
op_allowed (MlToken op,
            MlType *t)
{
  switch ((int) op)
    {
    case ML_TOK_ADD:
      return ml_type_is_numeric (t) || ml_type_is_string (t);
    case ML_TOK_SUB: case ML_TOK_MUL: case ML_TOK_QUO:
      return ml_type_is_numeric (t);
    case ML_TOK_REM: case ML_TOK_AND: case ML_TOK_OR: case ML_TOK_XOR: case ML_TOK_AND_NOT:
    case ML_TOK_SHL: case ML_TOK_SHR:
      return ml_type_is_integer (t);
    case ML_TOK_LAND: case ML_TOK_LOR:
      return ml_type_is_boolean (t);
    default:
      return TRUE;
    }
}

/* Reports a typed constant that does not fit its type after an operation. */
static void
check_const_overflow (Checker *c,
                      MlNode  *n)
{
  gboolean truncated;
  MlConst *out = NULL;

  if (n->mode != ML_MODE_CONSTANT || n->cval == NULL || ml_type_is_untyped (n->type))
    return;
  if (!representable (n->cval, n->type, &out, &truncated))
    {
      g_autofree char *d = describe (n);
      g_autofree char *ts = type_str (n->type);

      error_at (c, spos (n), "%s overflows %s", d, ts);
      invalidate (c, n);
      return;
    }
  g_free (out);
}

/* An operand must be a single value: reports f() (no value) and
 * multiple-value calls as types2 does. */
static gboolean
single_value (Checker *c,
              MlNode  *n)
{
  if (!is_valid (n) || n->type->kind != ML_TYPE_TUPLE)
    return TRUE;
  if (n->mode == ML_MODE_NOVALUE || n->type->n_fields == 0)
    {
      g_autofree char *s = expr_str (n);

      error_at (c, spos (n), "%s (no value) used as value", s);
    }
  else
    {
      g_autofree char *es = expr_str (n);
      g_autofree char *ts = type_str (n->type);

      error_at (c, spos (n), "multiple-value %s (value of type %s) in single-value context", es, ts);
    }
  invalidate (c, n);
  return FALSE;
}

static void
check_binary (Checker *c,
              MlNode  *n,
              MlType  *hint)
{
  MlNode *x = n->x, *y = n->y;
  MlToken op = n->op;

  check_expr (c, x, NULL);
  check_expr (c, y, NULL);
  single_value (c, x);
  single_value (c, y);
  if (!is_valid (x) || !is_valid (y))
    {
      invalidate (c, n);
      return;
    }
  if (x->mode == ML_MODE_TYPEXPR || y->mode == ML_MODE_TYPEXPR)
    {
      MlNode *t = x->mode == ML_MODE_TYPEXPR ? x : y;
      g_autofree char *s = expr_str (t);

      error_at (c, spos (t), "%s (type) is not an expression", s);
      invalidate (c, n);
      return;
    }

  if (op == ML_TOK_SHL || op == ML_TOK_SHR)
    {
      if (!ml_type_is_integer (y->type) && !(y->mode == ML_MODE_CONSTANT && y->cval
                                             && y->cval->kind == ML_CONST_FLOAT
                                             && y->cval->f == floorl (y->cval->f)))
        {
          g_autofree char *d = describe (y);

          error_at (c, spos (y), "invalid operation: shift count %s must be integer", d);
          invalidate (c, n);
          return;
        }
      if (y->mode == ML_MODE_CONSTANT && y->cval && y->cval->kind == ML_CONST_INT && y->cval->i < 0)
        {
          g_autofree char *d = describe (y);

          error_at (c, spos (y), "invalid shift count %s (must be >= 0)", d);
          invalidate (c, n);
          return;
        }
      if (x->mode == ML_MODE_CONSTANT && y->mode == ML_MODE_CONSTANT)
        {
          if (x->cval->kind == ML_CONST_FLOAT && x->cval->f == floorl (x->cval->f))
            {
              x->cval = const_int (c, (__int128) x->cval->f);
              if (x->type == c->t_ufloat)
                x->type = c->t_uint_const;
            }
          if (!ml_type_is_integer (x->type) || x->cval->kind != ML_CONST_INT)
            {
              g_autofree char *d = describe (x);

              error_at (c, spos (x), "invalid operation: shifted operand %s must be integer", d);
              invalidate (c, n);
              return;
            }
          fold_binary (c, op, x->cval, y->cval->kind == ML_CONST_INT ? y->cval
                       : const_int (c, (__int128) y->cval->f), TRUE, &n->cval);
          n->mode = ML_MODE_CONSTANT;
          n->type = x->type;
          check_const_overflow (c, n);
          return;
        }
      use_default_type (c, y);
      if (ml_type_is_untyped (x->type))
        {
          gboolean o, t;

          convert_untyped (c, x, hint != NULL && ml_type_is_integer (hint) ? hint : c->t_int, &o, &t);
        }
      if (!ml_type_is_integer (x->type))
        {
          g_autofree char *d = describe (x);

          error_at (c, spos (x), "invalid operation: shifted operand %s must be integer", d);
          invalidate (c, n);
          return;
        }
      n->mode = ML_MODE_VALUE;
      n->type = x->type;
      return;
    }

  /* Match the operand types: an untyped side takes the other's type. */
  if (ml_type_is_untyped (x->type) != ml_type_is_untyped (y->type)
      || (ml_type_is_untyped (x->type) && ml_type_is_untyped (y->type)))
    {
      gboolean o = FALSE, t = FALSE, ok = TRUE;

      if (ml_type_is_untyped (x->type) && !ml_type_is_untyped (y->type))
        ok = convert_untyped (c, x, y->type, &o, &t);
      else if (ml_type_is_untyped (y->type) && !ml_type_is_untyped (x->type))
        ok = convert_untyped (c, y, x->type, &o, &t);
      else
        {
          /* Both untyped: the "larger" kind wins (int < rune < float). */
          MlType *tx = x->type, *ty = y->type;

          if (ml_type_is_numeric (tx) && ml_type_is_numeric (ty))
            {
              MlType *big = tx->kind > ty->kind ? tx : ty;

              x->type = y->type = big;
              if (big->kind == ML_TYPE_UNTYPED_FLOAT)
                {
                  if (x->cval && x->cval->kind == ML_CONST_INT)
                    {
                      MlConst *f = const_new (c, ML_CONST_FLOAT);
                      f->f = (long double) x->cval->i;
                      x->cval = f;
                    }
                  if (y->cval && y->cval->kind == ML_CONST_INT)
                    {
                      MlConst *f = const_new (c, ML_CONST_FLOAT);
                      f->f = (long double) y->cval->i;
                      y->cval = f;
                    }
                }
            }
          else if (tx->kind == ML_TYPE_UNTYPED_NIL && ty->kind == ML_TYPE_UNTYPED_NIL)
            {
              error_at (c, spos (n), "invalid operation: %s (operator %s not defined on nil)",
                        "nil == nil", ml_token_to_string (op));
              invalidate (c, n);
              return;
            }
          else if (tx->kind != ty->kind)
            ok = FALSE;
        }
      if (!ok && (o || t))
        {
          /* types2's invalidConversion for an untyped constant operand. */
          MlNode *bad = ml_type_is_untyped (x->type) ? x : y;
          MlNode *other = bad == x ? y : x;
          g_autofree char *d = describe (bad);
          g_autofree char *ts = type_str (other->type);

          error_at (c, spos (bad), t ? "%s truncated to %s" : "%s overflows %s", d, ts);
          invalidate (c, n);
          return;
        }
      if (!ok)
        {
          g_autofree char *s = expr_str (n);
          g_autofree char *tx = type_str (x->type);
          g_autofree char *ty = type_str (y->type);

          /* A comparison reports the mismatch at its second operand. */
          error_at (c, is_comparison (op) ? spos (y) : spos (n),
                    "invalid operation: %s (mismatched types %s and %s)", s, tx, ty);
          invalidate (c, n);
          return;
        }
    }

  if (!ml_type_identical (x->type, y->type)
      && !(is_comparison (op) && (assignable (x->type, y->type) || assignable (y->type, x->type))))
    {
      g_autofree char *s = expr_str (n);
      g_autofree char *tx = type_str (x->type);
      g_autofree char *ty = type_str (y->type);

      error_at (c, is_comparison (op) ? spos (y) : spos (n),
                "invalid operation: %s (mismatched types %s and %s)", s, tx, ty);
      invalidate (c, n);
      return;
    }

  if (is_comparison (op))
    {
      MlType *t = x->type;
      MlType *u = ml_type_underlying (t);

      if (op == ML_TOK_EQL || op == ML_TOK_NEQ)
        {
          if (!ml_type_is_comparable (t))
            {
              gboolean nil_cmp = (x->obj && x->obj->kind == ML_OBJ_NIL) || (y->obj && y->obj->kind == ML_OBJ_NIL);

              if (!nil_cmp)
                {
                  g_autofree char *s = expr_str (n);
                  const char *what = u->kind == ML_TYPE_SLICE ? "slice" : u->kind == ML_TYPE_MAP ? "map" : "func";

                  error_at (c, spos (n), "invalid operation: %s (%s can only be compared to nil)", s, what);
                  invalidate (c, n);
                  return;
                }
            }
        }
      else if (!ml_type_is_ordered (t))
        {
          /* types2's kindString: the kind for composite types, else the type. */
          g_autofree char *s = expr_str (n);
          g_autofree char *ts = type_str (t);
          const char *kind = u->kind == ML_TYPE_ARRAY ? "array" : u->kind == ML_TYPE_SLICE ? "slice"
                             : u->kind == ML_TYPE_STRUCT ? "struct" : u->kind == ML_TYPE_POINTER ? "pointer"
                             : u->kind == ML_TYPE_FUNC ? "func" : u->kind == ML_TYPE_INTERFACE ? "interface"
                             : u->kind == ML_TYPE_MAP ? "map" : u->kind == ML_TYPE_CHAN ? "chan" : ts;

          error_at (c, spos (n), "invalid operation: %s (operator %s not defined on %s)", s,
                    ml_token_to_string (op), kind);
          invalidate (c, n);
          return;
        }
      if (x->mode == ML_MODE_CONSTANT && y->mode == ML_MODE_CONSTANT)
        {
          fold_binary (c, op, x->cval, y->cval, ml_type_is_integer (x->type), &n->cval);
          n->mode = ML_MODE_CONSTANT;
        }
      else
        {
          n->mode = ML_MODE_VALUE;
          use_default_type (c, x);
          use_default_type (c, y);
        }
      n->type = c->t_ubool;
      return;
    }

  if (!op_allowed (op, x->type))
    {
      g_autofree char *d = describe (x);

      error_at (c, spos (n), "invalid operation: operator %s not defined on %s",
                ml_token_to_string (op), d);
      invalidate (c, n);
      return;
    }

  if ((op == ML_TOK_QUO || op == ML_TOK_REM) && y->mode == ML_MODE_CONSTANT && y->cval
      && ((y->cval->kind == ML_CONST_INT && y->cval->i == 0)
          || (y->cval->kind == ML_CONST_FLOAT && y->cval->f == 0 && ml_type_is_integer (x->type))))
    {
      error_at (c, spos (y), "invalid operation: division by zero");
      invalidate (c, n);
      return;
    }

  if (x->mode == ML_MODE_CONSTANT && y->mode == ML_MODE_CONSTANT)
    {
      if (!fold_binary (c, op, x->cval, y->cval, ml_type_is_integer (x->type), &n->cval))
        {
          error_at (c, spos (y), "invalid operation: division by zero");
          invalidate (c, n);
          return;
        }
      n->mode = ML_MODE_CONSTANT;
      n->type = x->type;
      /* Untyped int / untyped int stays an integer division. */
      check_const_overflow (c, n);
      return;
    }
  n->mode = ML_MODE_VALUE;
  n->type = x->type;
}

static void
check_unary (Checker *c,
             MlNode  *n,
             MlType  *hint)
{
  MlNode *x = n->x;

  if (n->op == ML_TOK_ARROW)
    {
      unsupported_at (c, n->pos, _("channels are not supported yet"));
      invalidate (c, n);
      return;
    }
  if (n->op == ML_TOK_AND)
    {
      MlNode *ux = ml_node_unparen (x);
      MlType *elem_hint = NULL;

      if (hint != NULL && ml_type_underlying (hint) && ml_type_underlying (hint)->kind == ML_TYPE_POINTER)
        elem_hint = ml_type_underlying (hint)->elem;
      check_expr (c, x, ux->kind == ML_NODE_COMPOSITE_LIT ? elem_hint : NULL);
      if (!is_valid (x))
        {
          invalidate (c, n);
          return;
        }
      if (ux->kind != ML_NODE_COMPOSITE_LIT && x->mode != ML_MODE_VARIABLE)
        {
          g_autofree char *d = describe (x);

          error_at (c, spos (x), "invalid operation: cannot take address of %s", d);
          invalidate (c, n);
          return;
        }
      if (ux->kind == ML_NODE_IDENT && ux->obj != NULL)
        ux->obj->flags |= ML_OBJ_FLAG_ADDR_TAKEN;
      n->mode = ML_MODE_VALUE;
      n->type = new_pointer (c, x->type);
      return;
    }

  check_expr (c, x, NULL);
  if (!single_value (c, x) || !is_valid (x))
    {
      invalidate (c, n);
      return;
    }
  if (!((n->op == ML_TOK_NOT && ml_type_is_boolean (x->type))
        || ((n->op == ML_TOK_SUB || n->op == ML_TOK_ADD) && ml_type_is_numeric (x->type))
        || (n->op == ML_TOK_XOR && ml_type_is_integer (x->type))))
    {
      g_autofree char *d = describe (x);

      error_at (c, spos (x), "invalid operation: operator %s not defined on %s",
                ml_token_to_string (n->op), d);
      invalidate (c, n);
      return;
    }
  n->type = x->type;
  if (x->mode == ML_MODE_CONSTANT)
    {
      MlConst *v = ml_arena_memdup (c->arena, x->cval, sizeof (MlConst));

      n->mode = ML_MODE_CONSTANT;
      if (n->op == ML_TOK_NOT)
        v->b = !v->b;
      else if (n->op == ML_TOK_SUB)
        {
          if (v->kind == ML_CONST_INT)
            v->i = -v->i;
          else
            v->f = -v->f;
        }
      else if (n->op == ML_TOK_XOR)
        {
          if (ml_type_is_unsigned (x->type))
            {
              gint64 size = ml_type_sizeof (x->type);
              unsigned __int128 mask = size >= 8 ? G_MAXUINT64 : (((unsigned __int128) 1 << (size * 8)) - 1);

              v->i = (__int128) (~(unsigned __int128) v->i & mask);
            }
          else
            v->i = ~v->i;
        }
      n->cval = v;
      check_const_overflow (c, n);
      return;
    }
  n->mode = ML_MODE_VALUE;
}

/* Finds a method of a named type (or of the type a pointer points to). */
static MlObject *
lookup_method (MlType     *t,
               const char *name)
{
  if (t != NULL && t->kind == ML_TYPE_POINTER)
    t = t->elem;
  if (t == NULL || t->kind != ML_TYPE_NAMED)
    return NULL;
  for (MlObject *m = t->methods; m != NULL; m = m->next_method)
    if (strcmp (m->name, name) == 0)
      return m;
  return NULL;
}

static void
check_selector (Checker *c,
                MlNode  *n)
{
  MlNode *x = n->x;
  MlField *field;
  MlObject *m;
  MlType *t;

  if (x->kind == ML_NODE_IDENT)
    {
      MlObject *o = ml_scope_lookup (c->scope, x->name, TRUE);

      if (o != NULL && o->kind == ML_OBJ_PKG)
        {
          g_autofree char *key = g_strdup_printf ("%s.%s", o->pkg_path, n->name);
          MlObject *member = g_hash_table_lookup (c->pkg_members, key);

          o->flags |= ML_OBJ_FLAG_USED;
          x->obj = o;
          x->mode = ML_MODE_PACKAGE;
          if (member == NULL)
            {
              if (strcmp (o->pkg_path, "fmt") != 0 && strcmp (o->pkg_path, "runtime") != 0
                  && strcmp (o->pkg_path, "unsafe") != 0)
                unsupported_at (c, spos (n), _("package %s is not supported yet (MemLab knows fmt, runtime and unsafe)"),
                                o->pkg_path);
              else if (!g_ascii_isupper (n->name[0]))
                error_at (c, n->pos2, "name %s not exported by package %s", n->name, o->pkg_path);
              else if (strcmp (o->pkg_path, "fmt") == 0 || strcmp (o->pkg_path, "runtime") == 0
                       || strcmp (o->pkg_path, "unsafe") == 0)
                unsupported_at (c, spos (n), _("%s.%s is not supported yet"), o->pkg_path, n->name);
              else
                error_at (c, n->pos2, "undefined: %s.%s", x->name, n->name);
              invalidate (c, n);
              return;
            }
          n->obj = member;
          switch (member->kind)
            {
            case ML_OBJ_TYPE:
              n->mode = ML_MODE_TYPEXPR;
              n->type = member->type;
              break;
            case ML_OBJ_BUILTIN:
              n->mode = ML_MODE_BUILTIN;
              n->type = c->t_invalid;
              break;
            case ML_OBJ_BAD: case ML_OBJ_VAR: case ML_OBJ_CONST: case ML_OBJ_FUNC:
            case ML_OBJ_PKG: case ML_OBJ_NIL:
            default:
              n->mode = ML_MODE_VALUE;
              n->type = member->type;
              break;
            }
          return;
        }
    }

  check_expr (c, x, NULL);
  if (!is_valid (x))
    {
      invalidate (c, n);
      return;
    }
  t = x->type;
  if (x->mode == ML_MODE_TYPEXPR)
    {
      /* A method expression T.m. */
      m = lookup_method (t, n->name);
      if (m == NULL)
        {
          g_autofree char *s = expr_str (n);
          g_autofree char *ts = type_str (t);

          error_at (c, n->pos2, "%s undefined (type %s has no method %s)", s, ts, n->name);
          invalidate (c, n);
          return;
        }
      unsupported_at (c, spos (n), _("method expressions are not supported yet"));
      invalidate (c, n);
      return;
    }

  field = ml_type_lookup_field (t, n->name, NULL);
  if (field != NULL)
    {
      MlType *u = ml_type_underlying (t);

      n->type = field->type;
      if (u->kind == ML_TYPE_POINTER || x->mode == ML_MODE_VARIABLE)
        n->mode = ML_MODE_VARIABLE;
      else
        n->mode = ML_MODE_VALUE;
      return;
    }
  m = lookup_method (t, n->name);
  if (m == NULL && t->kind == ML_TYPE_POINTER && t->elem != NULL)
    m = NULL;
  if (m != NULL)
    {
      if (m->pointer_recv && t->kind != ML_TYPE_POINTER && x->mode != ML_MODE_VARIABLE)
        {
          g_autofree char *ts = type_str (t);

          error_at (c, n->pos2, "cannot call pointer method %s on %s", n->name, ts);
          invalidate (c, n);
          return;
        }
      n->obj = m;
      n->mode = ML_MODE_VALUE;
      n->type = m->type;
      return;
    }
  {
    g_autofree char *s = expr_str (n);
    g_autofree char *ts = type_str (t);
    g_autofree char *alt = g_strdup (n->name);
    const char *hint = "";
    g_autofree char *hint_buf = NULL;
    MlType *ptr_base = ml_type_underlying (t);

    /* types2 suggests a field or method that differs only in case. */
    alt[0] = g_ascii_isupper (alt[0]) ? g_ascii_tolower (alt[0]) : g_ascii_toupper (alt[0]);
    if (ml_type_lookup_field (t, alt, NULL) != NULL)
      hint = hint_buf = g_strdup_printf (", but does have field %s", alt);
    else if (lookup_method (t, alt) != NULL)
      hint = hint_buf = g_strdup_printf (", but does have method %s", alt);
    if (ptr_base != NULL && ptr_base->kind == ML_TYPE_POINTER && ptr_base->elem != NULL
        && ml_type_underlying (ptr_base->elem) != NULL
        && ml_type_underlying (ptr_base->elem)->kind == ML_TYPE_POINTER)
      error_at (c, n->pos2, "%s undefined (type %s has no field or method %s)", s, ts, n->name);
    else
      error_at (c, n->pos2, "%s undefined (type %s has no field or method %s%s)", s, ts, n->name, hint);
    invalidate (c, n);
  }
}

/* An untyped floating-point constant with no fraction (1e3, 2.0) is usable where Go wants an
 * integer, as an index or a size: it becomes the integer constant. */
static void
integral_constant_as_int (Checker *c,
                          MlNode  *n)
{
  if (n->mode == ML_MODE_CONSTANT && n->cval && n->cval->kind == ML_CONST_FLOAT
      && n->cval->f == floorl (n->cval->f) && ml_type_is_untyped (n->type))
    {
      n->cval = const_int (c, (__int128) n->cval->f);
      n->type = c->t_uint_const;
    }
}

static gboolean
check_index_value (Checker *c,
                   MlNode  *idx,
                   gint64   bound,
                   gboolean allow_eq,
                   gint64  *value)
{
  check_expr (c, idx, NULL);
  *value = -1;
  if (!is_valid (idx))
    return FALSE;
  integral_constant_as_int (c, idx);
  if (!ml_type_is_integer (idx->type))
    {
      g_autofree char *d = describe (idx);

      error_at (c, spos (idx), "invalid argument: index %s must be integer", d);
      return FALSE;
    }
  if (idx->mode == ML_MODE_CONSTANT && idx->cval)
    {
      if (idx->cval->i < 0)
        {
          g_autofree char *d = describe (idx);

          error_at (c, spos (idx), "invalid argument: index %s must not be negative", d);
          return FALSE;
        }
      *value = (gint64) idx->cval->i;
      if (bound >= 0 && (*value > bound || (*value == bound && !allow_eq)))
        {
          g_autofree char *s = expr_str (idx);

          error_at (c, spos (idx), "invalid argument: index %s out of bounds [0:%" G_GINT64_FORMAT "]",
                    s, bound + (allow_eq ? 1 : 0));
          return FALSE;
        }
    }
  use_default_type (c, idx);
  return TRUE;
}

static void
check_index (Checker *c,
             MlNode  *n)
{
  MlNode *x = n->x;
  MlType *u;
  gint64 v;

  check_expr (c, x, NULL);
  if (!is_valid (x))
    {
      check_expr (c, n->y, NULL);
      invalidate (c, n);
      return;
    }
  u = ml_type_underlying (x->type);
  if (u->kind == ML_TYPE_POINTER && ml_type_underlying (u->elem)->kind == ML_TYPE_ARRAY)
    {
      u = ml_type_underlying (u->elem);
      x = NULL;
    }
  switch (u->kind)
    {
    case ML_TYPE_STRING:
    case ML_TYPE_UNTYPED_STRING:
      {
        gint64 len = n->x->mode == ML_MODE_CONSTANT && n->x->cval ? (gint64) n->x->cval->len : -1;

        check_index_value (c, n->y, len, FALSE, &v);
        n->mode = ML_MODE_VALUE;
        n->type = c->t_byte;
        if (len >= 0 && v >= 0 && v < len && n->y->mode == ML_MODE_CONSTANT)
          {
            n->mode = ML_MODE_CONSTANT;
            n->cval = const_int (c, (guchar) n->x->cval->s[v]);
          }
        n->mode = ML_MODE_VALUE;
      }
      return;
    case ML_TYPE_ARRAY:
      check_index_value (c, n->y, u->len, FALSE, &v);
      n->type = u->elem;
      n->mode = (x == NULL || x->mode == ML_MODE_VARIABLE) ? ML_MODE_VARIABLE : ML_MODE_VALUE;
      return;
    case ML_TYPE_SLICE:
      check_index_value (c, n->y, -1, FALSE, &v);
      n->type = u->elem;
      n->mode = ML_MODE_VARIABLE;
      return;
    case ML_TYPE_MAP:
      check_expr (c, n->y, u->key);
      assign_operand (c, n->y, u->key, "map index");
      n->type = u->elem;
      n->mode = ML_MODE_MAPINDEX;
      return;
    case ML_TYPE_INVALID: case ML_TYPE_BOOL: case ML_TYPE_INT: case ML_TYPE_INT8:
    case ML_TYPE_INT16: case ML_TYPE_INT32: case ML_TYPE_INT64: case ML_TYPE_UINT:
    case ML_TYPE_UINT8: case ML_TYPE_UINT16: case ML_TYPE_UINT32: case ML_TYPE_UINT64:
    case ML_TYPE_UINTPTR: case ML_TYPE_FLOAT32: case ML_TYPE_FLOAT64: case ML_TYPE_COMPLEX64:
    case ML_TYPE_COMPLEX128: case ML_TYPE_UNSAFE_POINTER: case ML_TYPE_UNTYPED_BOOL:
    case ML_TYPE_UNTYPED_INT: case ML_TYPE_UNTYPED_RUNE: case ML_TYPE_UNTYPED_FLOAT:
    case ML_TYPE_UNTYPED_NIL: case ML_TYPE_POINTER: case ML_TYPE_CHAN: case ML_TYPE_STRUCT:
    case ML_TYPE_FUNC: case ML_TYPE_INTERFACE: case ML_TYPE_TUPLE: case ML_TYPE_NAMED:
    default:
      {
        g_autofree char *d = describe (n->x);

        check_expr (c, n->y, NULL);
        error_at (c, spos (n->x), "invalid operation: cannot index %s", d);
        invalidate (c, n);
      }
      return;
    }
}

static void
check_slice_expr (Checker *c,
                  MlNode  *n)
{
  MlType *u;
  gint64 bound = -1, v;

  check_expr (c, n->x, NULL);
  if (!is_valid (n->x))
    {
      invalidate (c, n);
      return;
    }
  u = ml_type_underlying (n->x->type);
  if (u->kind == ML_TYPE_POINTER && ml_type_underlying (u->elem)->kind == ML_TYPE_ARRAY)
    {
      u = ml_type_underlying (u->elem);
      bound = u->len;
      n->type = new_slice (c, u->elem);
    }
  else if (u->kind == ML_TYPE_ARRAY)
    {
      if (n->x->mode != ML_MODE_VARIABLE)
        {
          g_autofree char *d = describe (n->x);

          error_at (c, spos (n->x), "invalid operation: %s (slice of unaddressable value)", d);
          invalidate (c, n);
          return;
        }
      bound = u->len;
      n->type = new_slice (c, u->elem);
    }
  else if (u->kind == ML_TYPE_SLICE)
    n->type = n->x->type;
  else if (ml_type_is_string (u))
    {
      if (n->flags & ML_NODE_FLAG_FULL_SLICE)
        {
          g_autofree char *s = expr_str (n->x);

          error_at (c, spos (n), "invalid operation: 3-index slice of string");
          invalidate (c, n);
          return;
        }
      n->type = ml_type_is_untyped (n->x->type) ? c->t_string : n->x->type;
    }
  else
    {
      g_autofree char *d = describe (n->x);

      error_at (c, spos (n->x), "cannot slice %s", d);
      invalidate (c, n);
      return;
    }
  if (n->y)
    check_index_value (c, n->y, bound >= 0 ? bound : -1, TRUE, &v);
  if (n->z)
    check_index_value (c, n->z, bound >= 0 ? bound : -1, TRUE, &v);
  if (n->w)
    check_index_value (c, n->w, bound >= 0 ? bound : -1, TRUE, &v);
  n->mode = ML_MODE_VALUE;
}

static void
check_composite_lit (Checker *c,
                     MlNode  *n,
                     MlType  *hint)
{
  MlType *t, *u;
  g_autofree char *ts = NULL;

  if (n->x != NULL)
    {
      if (n->x->kind == ML_NODE_ARRAY_TYPE && n->x->x != NULL && n->x->x->kind == ML_NODE_ELLIPSIS)
        {
          /* [...]T{...}: the length is the number of elements. */
          gint64 max = 0, idx = 0;

          t = new_type (c, ML_TYPE_ARRAY, NULL);
          t->elem = resolve_type (c, n->x->y);
          for (guint i = 0; i < n->list.n; i++)
            {
              MlNode *e = n->list.items[i];

              if (e->kind == ML_NODE_KEY_VALUE)
                {
                  gboolean ok;

                  check_expr (c, e->x, NULL);
                  idx = const_int_value (c, e->x, &ok);
                }
              idx++;
              max = MAX (max, idx);
            }
          t->len = max;
          n->x->type = t;
          n->x->mode = ML_MODE_TYPEXPR;
        }
      else
        t = resolve_type (c, n->x);
    }
  else if (hint != NULL)
    t = hint;
  else
    {
      error_at (c, n->pos, "invalid composite literal type: missing type");
      invalidate (c, n);
      return;
    }
  u = ml_type_underlying (t);
  n->type = t;
  n->mode = ML_MODE_VALUE;
  if (u == NULL || u->kind == ML_TYPE_INVALID)
    {
      for (guint i = 0; i < n->list.n; i++)
        {
          MlNode *e = n->list.items[i];

          if (e->kind == ML_NODE_KEY_VALUE)
            e = e->y;
          if (e->kind != ML_NODE_COMPOSITE_LIT || e->x != NULL)
            check_expr (c, e, NULL);
        }
      invalidate (c, n);
      return;
    }
  ts = type_str (t);

  switch (u->kind)
    {
    case ML_TYPE_STRUCT:
      if (n->list.n == 0)
        break;
      if (n->list.items[0]->kind == ML_NODE_KEY_VALUE)
        {
          g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);

          for (guint i = 0; i < n->list.n; i++)
            {
              MlNode *kv = n->list.items[i];
              MlField *f = NULL;

              if (kv->kind != ML_NODE_KEY_VALUE)
                {
                  error_at (c, spos (kv), "mixture of field:value and value elements in struct literal");
                  check_expr (c, kv, NULL);
                  continue;
                }
              if (kv->x->kind != ML_NODE_IDENT)
                {
                  g_autofree char *s = expr_str (kv->x);

                  error_at (c, spos (kv->x), "invalid field name %s in struct literal", s);
                  check_expr (c, kv->y, NULL);
                  continue;
                }
              for (guint j = 0; j < u->n_fields; j++)
                if (strcmp (u->fields[j].name, kv->x->name) == 0)
                  f = &u->fields[j];
              if (f == NULL)
                {
                  error_at (c, kv->x->pos, "unknown field %s in struct literal of type %s", kv->x->name, ts);
                  check_expr (c, kv->y, NULL);
                  continue;
                }
              if (g_hash_table_contains (seen, f->name))
                error_at (c, kv->x->pos, "duplicate field name %s in struct literal", f->name);
              g_hash_table_add (seen, (gpointer) f->name);
              kv->x->mode = ML_MODE_VALUE;
              kv->x->type = f->type;
              check_expr (c, kv->y, f->type);
              assign_operand (c, kv->y, f->type, "struct literal");
            }
        }
      else
        {
          for (guint i = 0; i < n->list.n; i++)
            {
              MlNode *e = n->list.items[i];

              if (e->kind == ML_NODE_KEY_VALUE)
                {
                  error_at (c, spos (e), "mixture of field:value and value elements in struct literal");
                  check_expr (c, e->y, NULL);
                  continue;
                }
              if (i >= u->n_fields)
                {
                  check_expr (c, e, NULL);
                  error_at (c, spos (e), "too many values in struct literal of type %s", ts);
                  break;
                }
              check_expr (c, e, u->fields[i].type);
              assign_operand (c, e, u->fields[i].type, "struct literal");
            }
          if (n->list.n < u->n_fields)
            error_at (c, n->pos2, "too few values in struct literal of type %s", ts);
        }
      break;

    case ML_TYPE_ARRAY:
    case ML_TYPE_SLICE:
      {
        gint64 idx = 0;
        g_autoptr(GHashTable) seen = g_hash_table_new (g_int64_hash, g_int64_equal);
        g_autoptr(GArray) keys = g_array_new (FALSE, FALSE, sizeof (gint64));

        for (guint i = 0; i < n->list.n; i++)
          {
            MlNode *e = n->list.items[i];

            if (e->kind == ML_NODE_KEY_VALUE)
              {
                gint64 v;

                if (check_index_value (c, e->x, u->kind == ML_TYPE_ARRAY ? u->len : -1, FALSE, &v) && v >= 0)
                  idx = v;
                e = e->y;
              }
            else if (u->kind == ML_TYPE_ARRAY && idx >= u->len)
              {
                error_at (c, spos (e), "index %" G_GINT64_FORMAT " is out of bounds (>= %" G_GINT64_FORMAT ")", idx, u->len);
              }
            g_array_append_val (keys, idx);
            check_expr (c, e, u->elem);
            assign_operand (c, e, u->elem, "array or slice literal");
            idx++;
          }
      }
      break;

    case ML_TYPE_MAP:
      for (guint i = 0; i < n->list.n; i++)
        {
          MlNode *e = n->list.items[i];

          if (e->kind != ML_NODE_KEY_VALUE)
            {
              error_at (c, spos (e), "missing key in map literal");
              check_expr (c, e, u->elem);
              continue;
            }
          check_expr (c, e->x, u->key);
          assign_operand (c, e->x, u->key, "map literal");
          check_expr (c, e->y, u->elem);
          assign_operand (c, e->y, u->elem, "map literal");
        }
      break;

    case ML_TYPE_INVALID: case ML_TYPE_BOOL: case ML_TYPE_INT: case ML_TYPE_INT8:
    case ML_TYPE_INT16: case ML_TYPE_INT32: case ML_TYPE_INT64: case ML_TYPE_UINT:
    case ML_TYPE_UINT8: case ML_TYPE_UINT16: case ML_TYPE_UINT32: case ML_TYPE_UINT64:
    case ML_TYPE_UINTPTR: case ML_TYPE_FLOAT32: case ML_TYPE_FLOAT64: case ML_TYPE_COMPLEX64:
    case ML_TYPE_COMPLEX128: case ML_TYPE_STRING: case ML_TYPE_UNSAFE_POINTER:
    case ML_TYPE_UNTYPED_BOOL: case ML_TYPE_UNTYPED_INT: case ML_TYPE_UNTYPED_RUNE:
    case ML_TYPE_UNTYPED_FLOAT: case ML_TYPE_UNTYPED_STRING: case ML_TYPE_UNTYPED_NIL:
    case ML_TYPE_POINTER: case ML_TYPE_CHAN: case ML_TYPE_FUNC: case ML_TYPE_INTERFACE:
    case ML_TYPE_TUPLE: case ML_TYPE_NAMED:
    default:
      error_at (c, spos (n), "invalid composite literal type %s", ts);
      invalidate (c, n);
      break;
    }
}

static void
check_func_lit (Checker *c,
                MlNode  *n)
{
  MlFunc *outer = c->fn;
  MlFunc *fn;
  g_autofree char *name = NULL;
  MlFunc *top = outer;

  while (top != NULL && top->outer != NULL)
    top = top->outer;
  if (top != NULL)
    {
      top->n_literals++;
      name = g_strdup_printf ("%s.func%u", top->name, top->n_literals);
    }
  else
    name = g_strdup ("glob..func1");
  fn = ml_func_new (n, ml_arena_strdup (c->arena, name));
  fn->outer = outer;
  fn->signature = resolve_signature (c, n->x);
  g_ptr_array_add (c->prog->funcs, fn);
  g_hash_table_insert (c->prog->func_by_node, n, fn);
  check_func_body (c, fn, n->x, n->y, NULL);
  n->mode = ML_MODE_VALUE;
  n->type = fn->signature;
}

/* types2's typesSummary: untyped numbers print as "number". */
static void
append_summary (GString  *out,
                MlNode  **args,
                guint     n,
                MlType   *tuple)
{
  g_string_append_c (out, '(');
  for (guint i = 0; i < n; i++)
    {
      MlType *t = args[i]->type;

      if (i > 0)
        g_string_append (out, ", ");
      if (t == NULL || t->kind == ML_TYPE_INVALID)
        g_string_append (out, "unknown type");
      else if (t->kind == ML_TYPE_TUPLE)
        {
          for (guint j = 0; j < t->n_fields; j++)
            {
              if (j > 0)
                g_string_append (out, ", ");
              ml_type_append_string (out, t->fields[j].type);
            }
        }
      else if (ml_type_is_untyped (t) && ml_type_is_numeric (t))
        g_string_append (out, "number");
      else if (ml_type_is_untyped (t))
        g_string_append (out, t->name + strlen ("untyped "));
      else
        ml_type_append_string (out, t);
    }
  (void) tuple;
  g_string_append_c (out, ')');
}

static void
append_want (GString *out,
             MlType  *params,
             gboolean variadic)
{
  g_string_append_c (out, '(');
  for (guint i = 0; params != NULL && i < params->n_fields; i++)
    {
      MlType *t = params->fields[i].type;

      if (i > 0)
        g_string_append (out, ", ");
      if (variadic && i + 1 == params->n_fields)
        {
          g_string_append (out, "...");
          ml_type_append_string (out, t->elem);
        }
      else
        ml_type_append_string (out, t);
    }
  g_string_append_c (out, ')');
}

static void
check_args (Checker *c,
            MlNode  *call,
            MlType  *sig,
            const char *fname)
{
  MlNodeList *args = &call->list;
  MlType *params = sig->params;
  guint np = params ? params->n_fields : 0;
  guint na = args->n;
  gboolean dots = (call->flags & ML_NODE_FLAG_DOTS) != 0;
  g_autofree char *ctx = g_strdup_printf ("argument to %s", fname);

  for (guint i = 0; i < na; i++)
    {
      MlType *hint = NULL;

      if (i < np && !(sig->variadic && i + 1 >= np && !dots))
        hint = params->fields[i].type;
      else if (sig->variadic && np > 0)
        hint = dots ? params->fields[np - 1].type : params->fields[np - 1].type->elem;
      check_expr (c, args->items[i], hint);
    }
  for (guint i = 0; i < na; i++)
    if (!is_valid (args->items[i]))
      return;
  for (guint i = 0; i < na; i++)
    if (args->items[i]->mode == ML_MODE_NOVALUE)
      {
        g_autofree char *s = expr_str (args->items[i]);

        error_at (c, spos (args->items[i]), "%s (no value) used as value", s);
        return;
      }

  /* f(g()) with a multi-value g. */
  if (na == 1 && args->items[0]->type->kind == ML_TYPE_TUPLE)
    {
      MlType *tuple = args->items[0]->type;
      gboolean ok = tuple->n_fields == np || (sig->variadic && tuple->n_fields >= np - 1);

      if (!ok)
        {
          GString *msg = g_string_new (NULL);

          g_string_append_printf (msg, "%s arguments in call to %s\n\thave ",
                                  tuple->n_fields < np ? "not enough" : "too many", fname);
          append_summary (msg, args->items, 1, NULL);
          g_string_append (msg, "\n\twant ");
          append_want (msg, params, sig->variadic);
          error_at (c, spos (args->items[0]), "%s", msg->str);
          g_string_free (msg, TRUE);
        }
      return;
    }

  if (dots)
    {
      if (!sig->variadic)
        {
          g_autofree char *s = expr_str (call->x);

          error_at (c, spos (args->items[na - 1]), "have (...) used with non-variadic function %s", s);
          return;
        }
    }
  if ((!sig->variadic && na != np) || (sig->variadic && !dots && na < np - 1)
      || (sig->variadic && dots && na != np))
    {
      GString *msg = g_string_new (NULL);
      gboolean few = na < (sig->variadic && !dots ? np - 1 : np);
      MlPos at;

      g_string_append_printf (msg, "%s arguments in call to %s\n\thave ", few ? "not enough" : "too many", fname);
      append_summary (msg, args->items, na, NULL);
      g_string_append (msg, "\n\twant ");
      append_want (msg, params, sig->variadic);
      if (!few)
        at = spos (args->items[np]);
      else if (na > 0)
        at = spos (args->items[na - 1]);
      else
        at = spos (call);
      error_at (c, at, "%s", msg->str);
      g_string_free (msg, TRUE);
      return;
    }
  for (guint i = 0; i < na; i++)
    {
      MlType *pt;

      if (sig->variadic && i >= np - 1)
        pt = dots ? params->fields[np - 1].type : params->fields[np - 1].type->elem;
      else
        pt = params->fields[i].type;
      assign_operand (c, args->items[i], pt, ctx);
    }
}

static void
set_call_result (Checker *c,
                 MlNode  *n,
                 MlType  *sig)
{
  MlType *res = sig->results;

  if (res == NULL || res->n_fields == 0)
    {
      n->mode = ML_MODE_NOVALUE;
      n->type = res ? res : new_tuple (c, 0, NULL);
    }
  else if (res->n_fields == 1)
    {
      n->mode = ML_MODE_VALUE;
      n->type = res->fields[0].type;
    }
  else
    {
      n->mode = ML_MODE_VALUE;
      n->type = res;
    }
}

static gboolean
check_size_arg (Checker    *c,
                MlNode     *a,
                const char *what)
{
  check_expr (c, a, NULL);
  if (!is_valid (a))
    return FALSE;
  integral_constant_as_int (c, a);
  if (!ml_type_is_integer (a->type))
    {
      g_autofree char *d = describe (a);

      error_at (c, spos (a), "cannot convert %s to type int", d);
      return FALSE;
    }
  use_default_type (c, a);
  if (a->mode == ML_MODE_CONSTANT && a->cval && a->cval->i < 0)
    {
      g_autofree char *d = describe (a);

      error_at (c, spos (a), "invalid argument: %s %s must not be negative", what, d);
      return FALSE;
    }
  return TRUE;
}

static void
check_builtin_call (Checker  *c,
                    MlNode   *n,
                    MlObject *b)
{
  MlNodeList *args = &n->list;
  guint na = args->n;
  g_autofree char *fname = expr_str (n->x);

#define NARGS(min, max) \
  G_STMT_START { \
    if (na < (min) || na > (max)) \
      { \
        g_autofree char *cs = expr_str (n); \
        if (na < (min)) \
          error_at (c, spos (n), \
                    "invalid operation: not enough arguments for %s (expected %d, found %u)", cs, (min), na); \
        else \
          error_at (c, spos (n), \
                    "invalid operation: too many arguments for %s (expected %d, found %u)", cs, (max), na); \
        for (guint i_ = 0; i_ < na; i_++) \
          if (args->items[i_]->mode == ML_MODE_INVALID && args->items[i_]->type == NULL) \
            check_expr (c, args->items[i_], NULL); \
        invalidate (c, n); \
        return; \
      } \
  } G_STMT_END

  switch (b->builtin)
    {
    case ML_BUILTIN_LEN:
    case ML_BUILTIN_CAP:
      {
        MlNode *a;
        MlType *u;
        gboolean ok;

        NARGS (1, 1);
        a = args->items[0];
        check_expr (c, a, NULL);
        if (!is_valid (a))
          {
            invalidate (c, n);
            return;
          }
        u = ml_type_underlying (a->type);
        if (u->kind == ML_TYPE_POINTER && ml_type_underlying (u->elem)->kind == ML_TYPE_ARRAY)
          u = ml_type_underlying (u->elem);
        if (b->builtin == ML_BUILTIN_LEN)
          ok = ml_type_is_string (u) || u->kind == ML_TYPE_ARRAY || u->kind == ML_TYPE_SLICE
               || u->kind == ML_TYPE_MAP || u->kind == ML_TYPE_CHAN;
        else
          ok = u->kind == ML_TYPE_ARRAY || u->kind == ML_TYPE_SLICE || u->kind == ML_TYPE_CHAN;
        if (!ok)
          {
            g_autofree char *d = describe (a);

            error_at (c, spos (a), "invalid argument: %s for built-in %s", d, b->name);
            invalidate (c, n);
            return;
          }
        n->mode = ML_MODE_VALUE;
        n->type = c->t_int;
        if (a->mode == ML_MODE_CONSTANT && ml_type_is_string (u))
          {
            n->mode = ML_MODE_CONSTANT;
            n->cval = const_int (c, a->cval->len);
          }
        else if (u->kind == ML_TYPE_ARRAY && ml_node_unparen (a)->kind != ML_NODE_CALL)
          {
            n->mode = ML_MODE_CONSTANT;
            n->cval = const_int (c, u->len);
          }
      }
      return;

    case ML_BUILTIN_APPEND:
      {
        MlNode *s;
        MlType *u;

        NARGS (1, G_MAXINT);
        s = args->items[0];
        check_expr (c, s, NULL);
        if (!is_valid (s))
          {
            for (guint i = 1; i < na; i++)
              check_expr (c, args->items[i], NULL);
            invalidate (c, n);
            return;
          }
        u = ml_type_underlying (s->type);
        if (s->type->kind == ML_TYPE_UNTYPED_NIL)
          {
            error_at (c, spos (s), "first argument to append must be a typed slice; found untyped nil");
            invalidate (c, n);
            return;
          }
        if (u->kind != ML_TYPE_SLICE)
          {
            g_autofree char *d = describe (s);

            for (guint i = 1; i < na; i++)
              check_expr (c, args->items[i], NULL);
            error_at (c, spos (s), "invalid append: argument must be a slice; have %s", d);
            invalidate (c, n);
            return;
          }
        if (n->flags & ML_NODE_FLAG_DOTS)
          {
            if (na != 2)
              {
                error_at (c, spos (n), "can only use ... with final argument in list");
                invalidate (c, n);
                return;
              }
            check_expr (c, args->items[1], s->type);
            if (is_valid (args->items[1]) && ml_type_is_string (args->items[1]->type)
                && ml_type_underlying (u->elem)->kind == ML_TYPE_UINT8)
              use_default_type (c, args->items[1]);
            else
              assign_operand (c, args->items[1], new_slice (c, u->elem), "argument to append");
          }
        else
          for (guint i = 1; i < na; i++)
            {
              check_expr (c, args->items[i], u->elem);
              assign_operand (c, args->items[i], u->elem, "argument to append");
            }
        n->mode = ML_MODE_VALUE;
        n->type = s->type;
      }
      return;

    case ML_BUILTIN_MAKE:
      {
        MlType *t, *u;
        guint want_min, want_max;

        if (na == 0)
          {
            error_at (c, n->pos2, "not enough arguments for make() (expected 1, found 0)");
            invalidate (c, n);
            return;
          }
        t = resolve_type (c, args->items[0]);
        u = ml_type_underlying (t);
        if (u == NULL || u->kind == ML_TYPE_INVALID)
          {
            invalidate (c, n);
            return;
          }
        switch (u->kind)
          {
          case ML_TYPE_SLICE: want_min = 2; want_max = 3; break;
          case ML_TYPE_MAP: want_min = 1; want_max = 2; break;
          case ML_TYPE_CHAN:
            /* Already reported at the channel type. */
            invalidate (c, n);
            return;
          case ML_TYPE_INVALID: case ML_TYPE_BOOL: case ML_TYPE_INT: case ML_TYPE_INT8:
          case ML_TYPE_INT16: case ML_TYPE_INT32: case ML_TYPE_INT64: case ML_TYPE_UINT:
          case ML_TYPE_UINT8: case ML_TYPE_UINT16: case ML_TYPE_UINT32: case ML_TYPE_UINT64:
          case ML_TYPE_UINTPTR: case ML_TYPE_FLOAT32: case ML_TYPE_FLOAT64: case ML_TYPE_COMPLEX64:
          case ML_TYPE_COMPLEX128: case ML_TYPE_STRING: case ML_TYPE_UNSAFE_POINTER:
          case ML_TYPE_UNTYPED_BOOL: case ML_TYPE_UNTYPED_INT: case ML_TYPE_UNTYPED_RUNE:
          case ML_TYPE_UNTYPED_FLOAT: case ML_TYPE_UNTYPED_STRING: case ML_TYPE_UNTYPED_NIL:
          case ML_TYPE_POINTER: case ML_TYPE_ARRAY: case ML_TYPE_STRUCT: case ML_TYPE_FUNC:
          case ML_TYPE_INTERFACE: case ML_TYPE_TUPLE: case ML_TYPE_NAMED:
          default:
            {
              g_autofree char *s = expr_str (args->items[0]);

              error_at (c, spos (args->items[0]), "invalid argument: cannot make %s: type must be slice, map, or channel", s);
              invalidate (c, n);
              return;
            }
          }
        if (na < want_min || na > want_max)
          {
            g_autofree char *s = expr_str (n);

            error_at (c, spos (n), "invalid operation: %s expects %u or %u arguments; found %u",
                      s, want_min, want_max, na);
            invalidate (c, n);
            return;
          }
        for (guint i = 1; i < na; i++)
          if (!check_size_arg (c, args->items[i], i == 1 ? "index" : "index"))
            {
              invalidate (c, n);
              return;
            }
        if (na == 3 && args->items[1]->mode == ML_MODE_CONSTANT && args->items[2]->mode == ML_MODE_CONSTANT
            && args->items[1]->cval->i > args->items[2]->cval->i)
          {
            g_autofree char *l = expr_str (args->items[1]);
            g_autofree char *cp = expr_str (args->items[2]);

            error_at (c, spos (args->items[1]), "invalid argument: length and capacity swapped");
            invalidate (c, n);
            return;
          }
        n->mode = ML_MODE_VALUE;
        n->type = t;
      }
      return;

    case ML_BUILTIN_NEW:
      {
        MlNode *a;

        NARGS (1, 1);
        a = args->items[0];
        if (looks_like_type (c, a))
          {
            MlType *t = resolve_type (c, a);

            n->mode = ML_MODE_VALUE;
            n->type = new_pointer (c, t);
            return;
          }
        /* Go 1.26: new(expr) allocates a variable holding expr. */
        check_expr (c, a, NULL);
        if (!is_valid (a))
          {
            invalidate (c, n);
            return;
          }
        if (a->type->kind == ML_TYPE_UNTYPED_NIL)
          {
            error_at (c, spos (a), "use of untyped nil in argument to built-in new");
            invalidate (c, n);
            return;
          }
        use_default_type (c, a);
        n->mode = ML_MODE_VALUE;
        n->type = new_pointer (c, a->type);
      }
      return;

    case ML_BUILTIN_COPY:
      {
        MlType *d, *s;

        NARGS (2, 2);
        check_expr (c, args->items[0], NULL);
        check_expr (c, args->items[1], NULL);
        if (!is_valid (args->items[0]) || !is_valid (args->items[1]))
          {
            invalidate (c, n);
            return;
          }
        d = ml_type_underlying (args->items[0]->type);
        s = ml_type_underlying (args->items[1]->type);
        if (d->kind != ML_TYPE_SLICE)
          {
            g_autofree char *ds = describe (args->items[0]);

            error_at (c, spos (n), "invalid argument: copy expects slice arguments; found %s and %s", ds, "...");
            invalidate (c, n);
            return;
          }
        if (!(s->kind == ML_TYPE_SLICE && ml_type_identical (d->elem, s->elem))
            && !(ml_type_is_string (s) && ml_type_underlying (d->elem)->kind == ML_TYPE_UINT8))
          {
            g_autofree char *ds = describe (args->items[0]);
            g_autofree char *ss = describe (args->items[1]);

            error_at (c, spos (n), "invalid argument: arguments to copy %s and %s have different element types", ds, ss);
            invalidate (c, n);
            return;
          }
        use_default_type (c, args->items[1]);
        n->mode = ML_MODE_VALUE;
        n->type = c->t_int;
      }
      return;

    case ML_BUILTIN_DELETE:
      {
        MlType *m;

        NARGS (2, 2);
        check_expr (c, args->items[0], NULL);
        if (!is_valid (args->items[0]))
          {
            check_expr (c, args->items[1], NULL);
            invalidate (c, n);
            return;
          }
        m = ml_type_underlying (args->items[0]->type);
        if (m->kind != ML_TYPE_MAP)
          {
            g_autofree char *d = describe (args->items[0]);

            check_expr (c, args->items[1], NULL);
            error_at (c, spos (args->items[0]), "invalid argument: %s is not a map", d);
            invalidate (c, n);
            return;
          }
        check_expr (c, args->items[1], m->key);
        assign_operand (c, args->items[1], m->key, "argument to delete");
        n->mode = ML_MODE_NOVALUE;
        n->type = new_tuple (c, 0, NULL);
      }
      return;

    case ML_BUILTIN_CLEAR:
      NARGS (1, 1);
      check_expr (c, args->items[0], NULL);
      n->mode = ML_MODE_NOVALUE;
      n->type = new_tuple (c, 0, NULL);
      return;

    case ML_BUILTIN_PANIC:
      NARGS (1, 1);
      check_expr (c, args->items[0], c->t_any);
      assign_operand (c, args->items[0], c->t_any, "argument to panic");
      n->mode = ML_MODE_NOVALUE;
      n->type = new_tuple (c, 0, NULL);
      return;

    case ML_BUILTIN_PRINT:
    case ML_BUILTIN_PRINTLN:
      for (guint i = 0; i < na; i++)
        {
          check_expr (c, args->items[i], NULL);
          use_default_type (c, args->items[i]);
        }
      n->mode = ML_MODE_NOVALUE;
      n->type = new_tuple (c, 0, NULL);
      return;

    case ML_BUILTIN_MIN:
    case ML_BUILTIN_MAX:
      {
        MlNode *first;

        NARGS (1, G_MAXINT);
        for (guint i = 0; i < na; i++)
          check_expr (c, args->items[i], NULL);
        for (guint i = 0; i < na; i++)
          if (!is_valid (args->items[i]))
            {
              invalidate (c, n);
              return;
            }
        first = args->items[0];
        for (guint i = 0; i < na; i++)
          if (!ml_type_is_untyped (args->items[i]->type))
            first = args->items[i];
        for (guint i = 0; i < na; i++)
          {
            MlNode *a = args->items[i];

            if (!ml_type_is_ordered (a->type))
              {
                g_autofree char *d = describe (a);

                error_at (c, spos (a), "invalid argument: %s cannot be ordered", d);
                invalidate (c, n);
                return;
              }
            if (!ml_type_is_untyped (first->type))
              {
                if (!assign_operand (c, a, first->type, "argument to built-in"))
                  {
                    invalidate (c, n);
                    return;
                  }
              }
          }
        n->mode = ML_MODE_VALUE;
        n->type = first->type;
        if (ml_type_is_untyped (first->type))
          {
            gboolean all_const = TRUE;

            for (guint i = 0; i < na; i++)
              all_const &= args->items[i]->mode == ML_MODE_CONSTANT;
            if (all_const)
              {
                MlNode *best = args->items[0];

                for (guint i = 1; i < na; i++)
                  {
                    MlConst *r = NULL;

                    fold_binary (c, b->builtin == ML_BUILTIN_MIN ? ML_TOK_LSS : ML_TOK_GTR,
                                 args->items[i]->cval, best->cval, FALSE, &r);
                    if (r != NULL && r->b)
                      best = args->items[i];
                  }
                n->mode = ML_MODE_CONSTANT;
                n->cval = best->cval;
                n->type = best->type;
              }
          }
      }
      return;

    case ML_BUILTIN_UNSAFE_SIZEOF:
    case ML_BUILTIN_UNSAFE_ALIGNOF:
      {
        MlNode *a;

        NARGS (1, 1);
        a = args->items[0];
        check_expr (c, a, NULL);
        if (!is_valid (a))
          {
            invalidate (c, n);
            return;
          }
        if (a->mode == ML_MODE_TYPEXPR)
          {
            g_autofree char *d = expr_str (a);

            error_at (c, spos (a), "%s (type) is not an expression", d);
            invalidate (c, n);
            return;
          }
        use_default_type (c, a);
        n->mode = ML_MODE_CONSTANT;
        n->type = c->t_uintptr;
        n->cval = const_int (c, b->builtin == ML_BUILTIN_UNSAFE_SIZEOF ? ml_type_sizeof (a->type)
                                                                       : ml_type_alignof (a->type));
      }
      return;

    case ML_BUILTIN_UNSAFE_OFFSETOF:
      {
        MlNode *a;
        gint64 off = 0;

        NARGS (1, 1);
        a = ml_node_unparen (args->items[0]);
        check_expr (c, args->items[0], NULL);
        if (!is_valid (args->items[0]))
          {
            invalidate (c, n);
            return;
          }
        if (a->kind != ML_NODE_SELECTOR || ml_type_lookup_field (a->x->type, a->name, &off) == NULL)
          {
            g_autofree char *s = expr_str (a);

            error_at (c, spos (a), "invalid argument: %s is not a selector expression", s);
            invalidate (c, n);
            return;
          }
        n->mode = ML_MODE_CONSTANT;
        n->type = c->t_uintptr;
        n->cval = const_int (c, off);
      }
      return;

    case ML_BUILTIN_COMPLEX:
    case ML_BUILTIN_REAL:
    case ML_BUILTIN_IMAG:
      unsupported_at (c, spos (n), _("complex numbers are not supported yet"));
      invalidate (c, n);
      return;

    case ML_BUILTIN_CLOSE:
      unsupported_at (c, spos (n), _("channels are not supported yet"));
      invalidate (c, n);
      return;

    case ML_BUILTIN_RECOVER:
      unsupported_at (c, spos (n), _("recover is not supported yet"));
      invalidate (c, n);
      return;

    case ML_BUILTIN_NONE: case ML_BUILTIN_FMT_PRINT: case ML_BUILTIN_FMT_PRINTLN:
    case ML_BUILTIN_FMT_PRINTF: case ML_BUILTIN_FMT_SPRINT: case ML_BUILTIN_FMT_SPRINTLN:
    case ML_BUILTIN_FMT_SPRINTF: case ML_BUILTIN_FMT_ERRORF: case ML_BUILTIN_RUNTIME_GC:
    case ML_BUILTIN_RUNTIME_READ_MEM_STATS: case ML_BUILTIN_RUNTIME_NUM_GOROUTINE:
    case ML_BUILTIN_RUNTIME_GOMAXPROCS:
    default:
      invalidate (c, n);
      return;
    }
#undef NARGS
}

static gboolean
convertible (MlType *v,
             MlType *t)
{
  MlType *vu = ml_type_underlying (v), *tu = ml_type_underlying (t);

  if (assignable (v, t))
    return TRUE;
  if (ml_type_identical (vu, tu))
    return TRUE;
  if (vu->kind == ML_TYPE_POINTER && tu->kind == ML_TYPE_POINTER
      && ml_type_identical (ml_type_underlying (vu->elem), ml_type_underlying (tu->elem)))
    return TRUE;
  if (ml_type_is_numeric (vu) && ml_type_is_numeric (tu))
    return TRUE;
  if (ml_type_is_string (tu) && (ml_type_is_integer (vu)
                                 || (vu->kind == ML_TYPE_SLICE
                                     && (ml_type_underlying (vu->elem)->kind == ML_TYPE_UINT8
                                         || ml_type_underlying (vu->elem)->kind == ML_TYPE_INT32))))
    return TRUE;
  if (ml_type_is_string (vu) && tu->kind == ML_TYPE_SLICE
      && (ml_type_underlying (tu->elem)->kind == ML_TYPE_UINT8
          || ml_type_underlying (tu->elem)->kind == ML_TYPE_INT32))
    return TRUE;
  if (vu->kind == ML_TYPE_SLICE && tu->kind == ML_TYPE_ARRAY && ml_type_identical (vu->elem, tu->elem))
    return TRUE;
  if ((vu->kind == ML_TYPE_UNSAFE_POINTER && (tu->kind == ML_TYPE_POINTER || tu->kind == ML_TYPE_UINTPTR))
      || (tu->kind == ML_TYPE_UNSAFE_POINTER && (vu->kind == ML_TYPE_POINTER || vu->kind == ML_TYPE_UINTPTR)))
    return TRUE;
  return FALSE;
}

static void
check_conversion (Checker *c,
                  MlNode  *n,
                  MlType  *t)
{
  MlNode *a;

  if (n->list.n != 1)
    {
      g_autofree char *ts = type_str (t);

      for (guint i = 0; i < n->list.n; i++)
        check_expr (c, n->list.items[i], NULL);
      if (n->list.n == 0)
        error_at (c, n->pos2, "missing argument in conversion to %s", ts);
      else
        error_at (c, spos (n->list.items[1]), "too many arguments in conversion to %s", ts);
      invalidate (c, n);
      return;
    }
  a = n->list.items[0];
  check_expr (c, a, t);
  if (!is_valid (a))
    {
      invalidate (c, n);
      return;
    }
  n->type = t;
  n->mode = ML_MODE_VALUE;
  if (a->mode == ML_MODE_CONSTANT && (ml_type_is_numeric (t) || ml_type_is_string (t)
                                      || ml_type_is_boolean (t)))
    {
      MlConst *out = NULL;
      gboolean truncated;

      if (ml_type_is_string (t) && ml_type_is_integer (a->type))
        {
          char buf[8] = { 0 };
          MlConst *s = const_new (c, ML_CONST_STRING);
          gunichar ch = a->cval->i >= 0 && a->cval->i <= 0x10ffff ? (gunichar) a->cval->i : 0xfffd;

          s->len = g_unichar_to_utf8 (ch, buf);
          s->s = ml_arena_strndup (c->arena, buf, s->len);
          n->mode = ML_MODE_CONSTANT;
          n->cval = s;
          return;
        }
      if (ml_type_is_float (a->type) && ml_type_is_integer (t) && !ml_type_is_untyped (a->type))
        {
          /* Typed float constant to integer: must be exact. */
        }
      if (representable (a->cval, t, &out, &truncated))
        {
          set_const (c, n, out);
          n->mode = ML_MODE_CONSTANT;
          return;
        }
      if (ml_type_is_integer (a->type) && ml_type_is_integer (t))
        {
          g_autofree char *v = ml_const_to_string (a->cval);
          g_autofree char *ts = type_str (t);

          error_at (c, spos (a), "cannot convert %s to type %s", "", ts);
          /* Replace the generic message with gc's concise one. */
          g_ptr_array_remove_index (c->sink.items, c->sink.items->len - 1);
          c->sink.n_errors--;
          error_at (c, spos (a), "constant %s overflows %s", v, ts);
          invalidate (c, n);
          return;
        }
      if (!(ml_type_is_numeric (a->type) && ml_type_is_numeric (t)))
        {
          g_autofree char *d = describe (a);
          g_autofree char *ts = type_str (t);

          error_at (c, spos (a), "cannot convert %s to type %s", d, ts);
          invalidate (c, n);
          return;
        }
      {
        g_autofree char *d = describe (a);
        g_autofree char *ts = type_str (t);

        error_at (c, spos (a), truncated ? "cannot convert %s to type %s (truncated)" : "cannot convert %s to type %s",
                  d, ts);
        invalidate (c, n);
        return;
      }
    }
  if (ml_type_is_untyped (a->type))
    {
      gboolean o, tr;

      if (!convert_untyped (c, a, t, &o, &tr))
        use_default_type (c, a);
    }
  if (!convertible (a->type, t))
    {
      g_autofree char *d = describe (a);
      g_autofree char *ts = type_str (t);

      error_at (c, spos (a), "cannot convert %s to type %s", d, ts);
      invalidate (c, n);
    }
}

static void
check_call (Checker *c,
            MlNode  *n)
{
  MlNode *fun = n->x;
  MlType *sig;
  g_autofree char *fname = NULL;

  if (looks_like_type (c, fun))
    {
      MlType *t = resolve_type (c, fun);

      if (t->kind == ML_TYPE_INVALID)
        {
          for (guint i = 0; i < n->list.n; i++)
            check_expr (c, n->list.items[i], NULL);
          invalidate (c, n);
          return;
        }
      check_conversion (c, n, t);
      return;
    }
  check_expr (c, fun, NULL);
  if (fun->mode == ML_MODE_BUILTIN)
    {
      check_builtin_call (c, n, fun->kind == ML_NODE_SELECTOR ? fun->obj : fun->obj);
      return;
    }
  if (!is_valid (fun))
    {
      for (guint i = 0; i < n->list.n; i++)
        check_expr (c, n->list.items[i], NULL);
      invalidate (c, n);
      return;
    }
  sig = ml_type_underlying (fun->type);
  if (sig->kind != ML_TYPE_FUNC)
    {
      g_autofree char *d = describe (fun);

      for (guint i = 0; i < n->list.n; i++)
        check_expr (c, n->list.items[i], NULL);
      {
        g_autofree char *ts = type_str (fun->type);

        error_at (c, spos (fun), "invalid operation: cannot call %s: %s is not a function", d, ts);
      }
      invalidate (c, n);
      return;
    }
  fname = expr_str (fun);
  check_args (c, n, sig, fname);
  set_call_result (c, n, sig);
}

static void
check_expr (Checker *c,
            MlNode  *n,
            MlType  *hint)
{
  if (n == NULL)
    return;

  switch (n->kind)
    {
    case ML_NODE_BAD:
      invalidate (c, n);
      break;
    case ML_NODE_IDENT:
      check_ident (c, n);
      break;
    case ML_NODE_BASIC_LIT:
      check_basic_lit (c, n);
      break;
    case ML_NODE_COMPOSITE_LIT:
      check_composite_lit (c, n, hint);
      break;
    case ML_NODE_FUNC_LIT:
      check_func_lit (c, n);
      break;
    case ML_NODE_PAREN:
      check_expr (c, n->x, hint);
      n->mode = n->x->mode;
      n->type = n->x->type;
      n->cval = n->x->cval;
      n->obj = n->x->obj;
      break;
    case ML_NODE_SELECTOR:
      check_selector (c, n);
      break;
    case ML_NODE_INDEX:
      check_index (c, n);
      break;
    case ML_NODE_SLICE_EXPR:
      check_slice_expr (c, n);
      break;
    case ML_NODE_TYPE_ASSERT:
      check_expr (c, n->x, NULL);
      unsupported_at (c, n->pos, _("type assertions are not supported yet"));
      invalidate (c, n);
      break;
    case ML_NODE_CALL:
      check_call (c, n);
      break;
    case ML_NODE_STAR:
      check_expr (c, n->x, NULL);
      if (!is_valid (n->x))
        {
          invalidate (c, n);
          break;
        }
      if (n->x->mode == ML_MODE_TYPEXPR)
        {
          n->mode = ML_MODE_TYPEXPR;
          n->type = new_pointer (c, n->x->type);
          break;
        }
      if (ml_type_underlying (n->x->type)->kind != ML_TYPE_POINTER)
        {
          g_autofree char *d = describe (n->x);

          if (n->x->type->kind == ML_TYPE_UNTYPED_NIL)
            error_at (c, spos (n->x), "invalid operation: cannot indirect nil");
          else
            error_at (c, spos (n->x), "invalid operation: cannot indirect %s", d);
          invalidate (c, n);
          break;
        }
      n->mode = ML_MODE_VARIABLE;
      n->type = ml_type_underlying (n->x->type)->elem;
      break;
    case ML_NODE_UNARY:
      check_unary (c, n, hint);
      break;
    case ML_NODE_BINARY:
      check_binary (c, n, hint);
      break;
    case ML_NODE_ARRAY_TYPE:
    case ML_NODE_MAP_TYPE:
    case ML_NODE_CHAN_TYPE:
    case ML_NODE_STRUCT_TYPE:
    case ML_NODE_INTERFACE_TYPE:
    case ML_NODE_FUNC_TYPE:
      resolve_type (c, n);
      break;
    case ML_NODE_KEY_VALUE:
      error_at (c, spos (n), "unexpected key:value expression");
      invalidate (c, n);
      break;
    case ML_NODE_FIELD: case ML_NODE_ELLIPSIS: case ML_NODE_EMPTY_STMT: case ML_NODE_DECL_STMT:
    case ML_NODE_LABELED_STMT: case ML_NODE_EXPR_STMT: case ML_NODE_SEND_STMT:
    case ML_NODE_INC_DEC_STMT: case ML_NODE_ASSIGN_STMT: case ML_NODE_GO_STMT:
    case ML_NODE_DEFER_STMT: case ML_NODE_RETURN_STMT: case ML_NODE_BRANCH_STMT:
    case ML_NODE_BLOCK: case ML_NODE_IF_STMT: case ML_NODE_CASE_CLAUSE: case ML_NODE_SWITCH_STMT:
    case ML_NODE_TYPE_SWITCH_STMT: case ML_NODE_SELECT_STMT: case ML_NODE_FOR_STMT:
    case ML_NODE_RANGE_STMT: case ML_NODE_IMPORT_SPEC: case ML_NODE_VALUE_SPEC:
    case ML_NODE_DIRECTIVE_STMT:
    case ML_NODE_TYPE_SPEC: case ML_NODE_GEN_DECL: case ML_NODE_FUNC_DECL: case ML_N_NODE_KINDS:
    default:
      invalidate (c, n);
      break;
    }
}

/* --- Statements ----------------------------------------------------------- */

static void
check_bool_cond (Checker    *c,
                 MlNode     *cond,
                 const char *what)
{
  check_expr (c, cond, NULL);
  if (!is_valid (cond))
    return;
  if (!ml_type_is_boolean (cond->type))
    {
      error_at (c, spos (cond), "non-boolean condition in %s statement", what);
      return;
    }
  use_default_type (c, cond);
}

/* Reports a left-hand side that cannot be assigned to. */
static gboolean
check_lhs (Checker *c,
           MlNode  *lhs,
           MlType **type_out)
{
  MlNode *u = ml_node_unparen (lhs);

  *type_out = NULL;
  if (u->kind == ML_NODE_IDENT && strcmp (u->name, "_") == 0)
    {
      u->mode = ML_MODE_VARIABLE;
      u->type = NULL;
      return TRUE;
    }
  if (u->kind == ML_NODE_IDENT)
    {
      MlObject *o = ml_scope_lookup (c->scope, u->name, TRUE);

      /* Assigning to a variable is not a use of it. */
      if (o != NULL && o->kind == ML_OBJ_VAR)
        {
          guint used = o->flags & ML_OBJ_FLAG_USED;

          check_ident (c, u);
          if (!used)
            o->flags &= ~ML_OBJ_FLAG_USED;
          o->flags |= ML_OBJ_FLAG_REASSIGNED;
          lhs->mode = u->mode;
          lhs->type = u->type;
          *type_out = u->type;
          return is_valid (u);
        }
    }
  check_expr (c, lhs, NULL);
  if (!is_valid (lhs))
    return FALSE;
  if (lhs->mode == ML_MODE_VARIABLE || lhs->mode == ML_MODE_MAPINDEX)
    {
      MlNode *base = u;

      /* m[k].f = v is not allowed for a map of structs. */
      if (base->kind == ML_NODE_SELECTOR)
        {
          MlNode *b = ml_node_unparen (base->x);

          if (b->kind == ML_NODE_INDEX && b->mode == ML_MODE_MAPINDEX)
            {
              g_autofree char *s = expr_str (lhs);

              error_at (c, spos (lhs), "cannot assign to struct field %s in map", s);
              return FALSE;
            }
        }
      *type_out = lhs->type;
      return TRUE;
    }
  {
    g_autofree char *s = expr_str (lhs);

    if (u->kind == ML_NODE_SELECTOR && ml_node_unparen (u->x)->kind == ML_NODE_INDEX
        && ml_node_unparen (u->x)->mode == ML_MODE_MAPINDEX)
      error_at (c, spos (lhs), "cannot assign to struct field %s in map", s);
    else
      error_at (c, spos (lhs), "cannot assign to %s (neither addressable nor a map index expression)", s);
  }
  return FALSE;
}

static void
report_assign_mismatch (Checker    *c,
                        MlNode     *lhs0,
                        guint       nl,
                        MlNodeList *rhs,
                        guint       nr_values)
{
  MlNode *call = rhs->n == 1 ? ml_node_unparen (rhs->items[0]) : NULL;
  /* types2 reports this at the first value. */
  MlNode *at = rhs->n > 0 ? rhs->items[0] : lhs0;

  if (call != NULL && call->kind == ML_NODE_CALL)
    {
      g_autofree char *f = expr_str (call->x);

      error_at (c, spos (at), "assignment mismatch: %u variable%s but %s returns %u value%s",
                nl, nl == 1 ? "" : "s", f, nr_values, nr_values == 1 ? "" : "s");
    }
  else
    error_at (c, spos (at), "assignment mismatch: %u variable%s but %u value%s",
              nl, nl == 1 ? "" : "s", nr_values, nr_values == 1 ? "" : "s");
}

/* Evaluates the right-hand sides of an n-to-m assignment; returns the
 * value types (or NULL entries for invalid ones), or NULL on mismatch. */
static MlType **
check_rhs (Checker    *c,
           MlNode     *stmt,
           guint       nl,
           MlNodeList *rhs,
           MlType    **hints,
           gboolean   *tuple_out)
{
  MlType **types = g_new0 (MlType *, MAX (nl, 1));

  *tuple_out = FALSE;
  if (rhs->n == 1 && nl > 1)
    {
      MlNode *r = rhs->items[0];

      check_expr (c, r, NULL);
      /* Callers index the values only when there is one per variable. */
      if (!is_valid (r))
        {
          *tuple_out = TRUE;
          return types;
        }
      if (r->type->kind == ML_TYPE_TUPLE && r->type->n_fields == nl)
        {
          for (guint i = 0; i < nl; i++)
            types[i] = r->type->fields[i].type;
          *tuple_out = TRUE;
          return types;
        }
      if (nl == 2 && (r->mode == ML_MODE_MAPINDEX))
        {
          /* v, ok := m[k] */
          r->mode = ML_MODE_COMMAOK;
          types[0] = r->type;
          types[1] = c->t_ubool;
          *tuple_out = TRUE;
          return types;
        }
      report_assign_mismatch (c, stmt->list.items[0], nl, rhs,
                              r->type->kind == ML_TYPE_TUPLE ? r->type->n_fields : 1);
      g_free (types);
      return NULL;
    }
  for (guint i = 0; i < rhs->n; i++)
    check_expr (c, rhs->items[i], i < nl && hints ? hints[i] : NULL);
  if (rhs->n != nl)
    {
      if (rhs->n == 1 && rhs->items[0]->type && rhs->items[0]->type->kind == ML_TYPE_TUPLE)
        report_assign_mismatch (c, stmt->list.items[0], nl, rhs, rhs->items[0]->type->n_fields);
      else
        report_assign_mismatch (c, stmt->list.items[0], nl, rhs, rhs->n);
      g_free (types);
      return NULL;
    }
  for (guint i = 0; i < nl; i++)
    {
      MlNode *r = rhs->items[i];

      if (!is_valid (r))
        continue;
      if (r->type->kind == ML_TYPE_TUPLE)
        {
          if (nl == 1 && rhs->n == 1 && r->mode != ML_MODE_NOVALUE && r->type->n_fields > 1)
            {
              report_assign_mismatch (c, stmt->list.items[0], 1, rhs, r->type->n_fields);
              g_free (types);
              return NULL;
            }
          if (r->mode == ML_MODE_NOVALUE || r->type->n_fields == 0)
            {
              g_autofree char *s = expr_str (r);

              error_at (c, spos (r), "%s (no value) used as value", s);
            }
          else
            {
              g_autofree char *es = expr_str (r);
              g_autofree char *ts = type_str (r->type);

              error_at (c, spos (r), "multiple-value %s (value of type %s) in single-value context", es, ts);
            }
          invalidate (c, r);
          continue;
        }
      types[i] = r->type;
    }
  return types;
}

static void
check_assign (Checker *c,
              MlNode  *n)
{
  guint nl = n->list.n;
  g_autofree MlType **ltypes = g_new0 (MlType *, MAX (nl, 1));
  g_autofree MlType **rtypes = NULL;
  gboolean tuple;
  gboolean lhs_ok = TRUE;

  if (n->op != ML_TOK_ASSIGN && n->op != ML_TOK_DEFINE)
    {
      /* x op= y is x = x op y. */
      MlNode tmp = { 0 };
      MlType *lt;
      static const MlToken ops[][2] = {
        { ML_TOK_ADD_ASSIGN, ML_TOK_ADD }, { ML_TOK_SUB_ASSIGN, ML_TOK_SUB },
        { ML_TOK_MUL_ASSIGN, ML_TOK_MUL }, { ML_TOK_QUO_ASSIGN, ML_TOK_QUO },
        { ML_TOK_REM_ASSIGN, ML_TOK_REM }, { ML_TOK_AND_ASSIGN, ML_TOK_AND },
        { ML_TOK_OR_ASSIGN, ML_TOK_OR }, { ML_TOK_XOR_ASSIGN, ML_TOK_XOR },
        { ML_TOK_SHL_ASSIGN, ML_TOK_SHL }, { ML_TOK_SHR_ASSIGN, ML_TOK_SHR },
        { ML_TOK_AND_NOT_ASSIGN, ML_TOK_AND_NOT },
      };

      tmp.kind = ML_NODE_BINARY;
      tmp.pos = n->pos;
      for (guint i = 0; i < G_N_ELEMENTS (ops); i++)
        if (ops[i][0] == n->op)
          tmp.op = ops[i][1];
      tmp.x = n->list.items[0];
      tmp.y = n->list2.items[0];
      check_binary (c, &tmp, NULL);
      if (ml_node_unparen (tmp.x)->obj != NULL)
        ml_node_unparen (tmp.x)->obj->flags |= ML_OBJ_FLAG_REASSIGNED;
      if (!is_valid (&tmp))
        return;
      if (tmp.x->mode != ML_MODE_VARIABLE && tmp.x->mode != ML_MODE_MAPINDEX)
        {
          check_lhs (c, tmp.x, &lt);
          return;
        }
      assign_operand (c, tmp.y, tmp.x->type, "assignment");
      return;
    }

  if (n->op == ML_TOK_DEFINE)
    {
      gboolean any_new = FALSE;
      g_autofree MlObject **objs = g_new0 (MlObject *, MAX (nl, 1));
      g_autofree gboolean *is_new = g_new0 (gboolean, MAX (nl, 1));

      for (guint i = 0; i < nl; i++)
        {
          MlNode *l = n->list.items[i];

          if (l->kind != ML_NODE_IDENT)
            {
              g_autofree char *s = expr_str (l);

              check_expr (c, l, NULL);
              error_at (c, spos (l), "non-name %s on left side of :=", s);
              lhs_ok = FALSE;
              continue;
            }
          for (guint j = 0; j < i; j++)
            if (n->list.items[j]->kind == ML_NODE_IDENT && strcmp (n->list.items[j]->name, l->name) == 0
                && strcmp (l->name, "_") != 0)
              {
                error_at (c, l->pos, "%s repeated on left side of :=", l->name);
                lhs_ok = FALSE;
              }
          objs[i] = strcmp (l->name, "_") == 0 ? NULL : ml_scope_lookup (c->scope, l->name, FALSE);
          if (objs[i] != NULL && objs[i]->kind == ML_OBJ_VAR)
            {
              ltypes[i] = objs[i]->type;
              l->obj = objs[i];
              objs[i]->flags |= ML_OBJ_FLAG_REASSIGNED;
            }
          else
            {
              is_new[i] = strcmp (l->name, "_") != 0;
              any_new |= is_new[i];
            }
        }
      if (!any_new && lhs_ok)
        error_at (c, n->pos, "no new variables on left side of :=");
      rtypes = check_rhs (c, n, nl, &n->list2, ltypes, &tuple);
      for (guint i = 0; i < nl; i++)
        {
          MlNode *l = n->list.items[i];
          MlType *t = c->t_invalid;

          if (l->kind != ML_NODE_IDENT)
            continue;
          if (rtypes != NULL && rtypes[i] != NULL)
            {
              if (!tuple)
                {
                  MlNode *r = n->list2.items[i];

                  if (ltypes[i] != NULL)
                    {
                      assign_operand (c, r, ltypes[i], "assignment");
                      t = ltypes[i];
                    }
                  else if (r->type->kind == ML_TYPE_UNTYPED_NIL)
                    {
                      error_at (c, spos (r), "use of untyped nil in assignment");
                    }
                  else if (r->mode == ML_MODE_TYPEXPR || r->mode == ML_MODE_BUILTIN)
                    {
                      assign_operand (c, r, c->t_any, "assignment");
                    }
                  else
                    {
                      use_default_type (c, r);
                      t = r->type;
                    }
                }
              else
                t = default_type (c, rtypes[i]);
            }
          if (is_new[i])
            {
              MlObject *o = declare_var (c, l, t);

              /* gc's reassignment oracle: a local defined once with a
               * constant keeps printing as that constant in -m output. */
              if (!tuple && rtypes != NULL && i < n->list2.n)
                o->init = n->list2.items[i];
              l->mode = ML_MODE_VARIABLE;
              l->type = t;
            }
          else if (strcmp (l->name, "_") == 0)
            {
              l->mode = ML_MODE_VARIABLE;
            }
          else if (objs[i] != NULL)
            {
              l->mode = ML_MODE_VARIABLE;
              l->type = objs[i]->type;
            }
        }
      return;
    }

  /* Plain assignment. */
  for (guint i = 0; i < nl; i++)
    lhs_ok &= check_lhs (c, n->list.items[i], &ltypes[i]);
  rtypes = check_rhs (c, n, nl, &n->list2, ltypes, &tuple);
  if (rtypes == NULL)
    return;
  for (guint i = 0; i < nl; i++)
    {
      MlNode *l = n->list.items[i];

      if (!tuple)
        {
          MlNode *r = n->list2.items[i];

          if (!is_valid (r))
            continue;
          if (ltypes[i] != NULL)
            assign_operand (c, r, ltypes[i], "assignment");
          else if (ml_node_unparen (l)->kind == ML_NODE_IDENT && strcmp (ml_node_unparen (l)->name, "_") == 0)
            {
              if (r->type->kind == ML_TYPE_UNTYPED_NIL)
                error_at (c, spos (r), "use of untyped nil in assignment");
              else if (r->mode == ML_MODE_TYPEXPR || r->mode == ML_MODE_BUILTIN || r->mode == ML_MODE_NOVALUE)
                assign_operand (c, r, c->t_any, "assignment");
              else
                use_default_type (c, r);
            }
        }
      else if (ltypes[i] != NULL && rtypes[i] != NULL && !assignable (rtypes[i], ltypes[i])
               && !(ml_type_is_untyped (rtypes[i]) && ml_type_is_boolean (ltypes[i])))
        {
          g_autofree char *a = type_str (rtypes[i]);
          g_autofree char *b = type_str (ltypes[i]);

          error_at (c, spos (n->list2.items[0]), "cannot use %s value as %s value in assignment", a, b);
        }
    }
}

static void
check_value_spec (Checker *c,
                  MlNode  *spec)
{
  guint nl = spec->list.n;
  MlType *t = spec->x ? resolve_type (c, spec->x) : NULL;

  if (spec->op == ML_TOK_CONST)
    {
      gboolean saved = c->have_iota;
      gint64 saved_iota = c->iota;

      c->have_iota = TRUE;
      c->iota = spec->ival;
      if (spec->list2.n == 0)
        error_at (c, spec->list.items[0]->pos, "missing init expr for const declaration");
      for (guint i = 0; i < nl; i++)
        {
          MlNode *name = spec->list.items[i];
          MlObject *o = new_object (c, ML_OBJ_CONST, name->name, name->pos, c->t_invalid);
          MlNode *v = i < spec->list2.n ? spec->list2.items[i] : NULL;

          name->obj = o;
          o->flags |= ML_OBJ_FLAG_USED;
          if (v != NULL)
            {
              /* An implicit repetition re-evaluates the expression with the
               * new iota; the shared nodes are rechecked. */
              check_expr (c, v, t);
              if (is_valid (v))
                {
                  if (v->mode != ML_MODE_CONSTANT)
                    {
                      g_autofree char *d = describe (v);

                      error_at (c, spos (v), "%s is not constant", d);
                    }
                  else if (t == NULL || assign_operand (c, v, t, "constant declaration"))
                    {
                      o->type = t ? t : v->type;
                      o->val = v->cval;
                    }
                }
            }
          else if (i >= spec->list2.n && spec->list2.n > 0)
            {
              if (i == spec->list2.n)
                error_at (c, name->pos, "missing init expr for const declaration");
            }
          if (c->scope == c->pkg && g_hash_table_lookup (c->pkg->names, o->name) != NULL
              && ((MlObject *) g_hash_table_lookup (c->pkg->names, o->name))->decl == spec)
            {
              MlObject *pre = g_hash_table_lookup (c->pkg->names, o->name);

              pre->type = o->type;
              pre->val = o->val;
              name->obj = pre;
            }
          else
            declare (c, o);
        }
      if (spec->list2.n > nl)
        error_at (c, spos (spec->list2.items[nl]), "extra init expr");
      c->have_iota = saved;
      c->iota = saved_iota;
      return;
    }

  /* var */
  {
    g_autofree MlType **rtypes = NULL;
    gboolean tuple = FALSE;

    if (spec->list2.n > 0)
      {
        g_autofree MlType **hints = g_new0 (MlType *, MAX (nl, 1));

        for (guint i = 0; i < nl; i++)
          hints[i] = t;
        if (spec->list2.n == nl || (spec->list2.n == 1 && nl > 1))
          rtypes = check_rhs (c, spec, nl, &spec->list2, hints, &tuple);
        else
          {
            for (guint i = 0; i < spec->list2.n; i++)
              check_expr (c, spec->list2.items[i], t);
            if (spec->list2.n > nl)
              error_at (c, spos (spec->list2.items[0]), "assignment mismatch: %u variable%s but %u value%s",
                        nl, nl == 1 ? "" : "s", spec->list2.n, spec->list2.n == 1 ? "" : "s");
            else
              error_at (c, spos (spec->list2.items[0]), "assignment mismatch: %u variable%s but %u value%s",
                        nl, nl == 1 ? "" : "s", spec->list2.n, spec->list2.n == 1 ? "" : "s");
          }
      }
    for (guint i = 0; i < nl; i++)
      {
        MlNode *name = spec->list.items[i];
        MlType *vt = t ? t : c->t_invalid;

        if (rtypes != NULL && !tuple)
          {
            MlNode *r = spec->list2.items[i];

            if (is_valid (r))
              {
                if (t != NULL)
                  assign_operand (c, r, t, "variable declaration");
                else if (r->type->kind == ML_TYPE_UNTYPED_NIL)
                  error_at (c, spos (r), "use of untyped nil in variable declaration");
                else if (r->mode == ML_MODE_TYPEXPR || r->mode == ML_MODE_NOVALUE || r->mode == ML_MODE_BUILTIN)
                  assign_operand (c, r, c->t_any, "variable declaration");
                else
                  {
                    use_default_type (c, r);
                    vt = r->type;
                  }
              }
          }
        else if (rtypes != NULL && tuple && rtypes[i] != NULL)
          {
            if (t == NULL)
              vt = default_type (c, rtypes[i]);
            else if (!assignable (rtypes[i], t) && !ml_type_is_untyped (rtypes[i]))
              {
                g_autofree char *a = type_str (rtypes[i]);
                g_autofree char *b = type_str (t);

                error_at (c, spos (spec->list2.items[0]), "cannot use %s value as %s value in assignment", a, b);
              }
          }
        if (c->scope == c->pkg && !c->prog->notebook)
          {
            MlObject *pre = g_hash_table_lookup (c->pkg->names, name->name);

            if (pre != NULL && pre->decl == spec)
              {
                pre->type = vt;
                name->obj = pre;
                continue;
              }
          }
        {
          MlObject *o = declare_var (c, name, vt);

          if (rtypes != NULL && !tuple && i < spec->list2.n)
            o->init = spec->list2.items[i];
        }
      }
  }
}

static void
check_type_spec (Checker *c,
                 MlNode  *spec,
                 MlObject *pre)
{
  MlObject *o = pre;
  MlType *named;

  if (spec->flags & ML_NODE_FLAG_ALIAS)
    {
      MlType *t = resolve_type (c, spec->x);

      if (o == NULL)
        {
          o = new_object (c, ML_OBJ_TYPE, spec->name, spec->pos2, t);
          declare (c, o);
        }
      o->type = t;
      return;
    }
  if (o == NULL)
    {
      named = new_type (c, ML_TYPE_NAMED, spec->name);
      o = new_object (c, ML_OBJ_TYPE, spec->name, spec->pos2, named);
      named->obj = o;
      o->decl = spec;
      declare (c, o);
    }
  named = o->type;
  named->underlying = ml_type_underlying (resolve_type (c, spec->x));
  if (named->underlying == NULL || named->underlying->kind == ML_TYPE_NAMED)
    named->underlying = c->t_invalid;
  /* A struct that contains itself by value has no finite size. */
  if (named->underlying->kind == ML_TYPE_STRUCT)
    for (guint i = 0; i < named->underlying->n_fields; i++)
      {
        MlType *ft = named->underlying->fields[i].type;

        while (ft != NULL && ft->kind == ML_TYPE_ARRAY)
          ft = ft->elem;
        if (ft == named)
          {
            error_at (c, spec->pos2, "invalid recursive type %s\n\t%s refers to %s", spec->name,
                      spec->name, spec->name);
            named->underlying = c->t_invalid;
            break;
          }
      }
  /* Every type gets its layout now so the compiler and the inspector
   * can read sizes and offsets. */
  ml_type_layout (named);
}

static void
check_gen_decl (Checker *c,
                MlNode  *d)
{
  for (guint i = 0; i < d->list.n; i++)
    {
      MlNode *spec = d->list.items[i];

      if (spec->kind == ML_NODE_VALUE_SPEC)
        check_value_spec (c, spec);
      else if (spec->kind == ML_NODE_TYPE_SPEC)
        check_type_spec (c, spec, NULL);
    }
}

/* types2's isTerminating. */
static gboolean is_terminating (MlNode *s, const char *label);

static gboolean
has_break (MlNode     *s,
           const char *label,
           gboolean    implicit)
{
  if (s == NULL)
    return FALSE;
  switch (s->kind)
    {
    case ML_NODE_BRANCH_STMT:
      if (s->op == ML_TOK_BREAK)
        {
          if (s->name == NULL)
            return implicit;
          return label != NULL && strcmp (s->name, label) == 0;
        }
      return FALSE;
    case ML_NODE_BLOCK:
      for (guint i = 0; i < s->list.n; i++)
        if (has_break (s->list.items[i], label, implicit))
          return TRUE;
      return FALSE;
    case ML_NODE_LABELED_STMT:
      return has_break (s->x, label, implicit);
    case ML_NODE_IF_STMT:
      return has_break (s->z, label, implicit) || has_break (s->w, label, implicit);
    case ML_NODE_CASE_CLAUSE:
      for (guint i = 0; i < s->list2.n; i++)
        if (has_break (s->list2.items[i], label, implicit))
          return TRUE;
      return FALSE;
    case ML_NODE_SWITCH_STMT:
    case ML_NODE_TYPE_SWITCH_STMT:
    case ML_NODE_SELECT_STMT:
      if (label == NULL)
        return FALSE;
      for (guint i = 0; i < s->list.n; i++)
        if (has_break (s->list.items[i], label, FALSE))
          return TRUE;
      return FALSE;
    case ML_NODE_FOR_STMT:
    case ML_NODE_RANGE_STMT:
      if (label == NULL)
        return FALSE;
      return has_break (s->w, label, FALSE);
    case ML_NODE_BAD: case ML_NODE_IDENT: case ML_NODE_BASIC_LIT: case ML_NODE_COMPOSITE_LIT:
    case ML_NODE_KEY_VALUE: case ML_NODE_FUNC_LIT: case ML_NODE_PAREN: case ML_NODE_SELECTOR:
    case ML_NODE_INDEX: case ML_NODE_SLICE_EXPR: case ML_NODE_TYPE_ASSERT: case ML_NODE_CALL:
    case ML_NODE_STAR: case ML_NODE_UNARY: case ML_NODE_BINARY: case ML_NODE_ARRAY_TYPE:
    case ML_NODE_MAP_TYPE: case ML_NODE_CHAN_TYPE: case ML_NODE_STRUCT_TYPE:
    case ML_NODE_INTERFACE_TYPE: case ML_NODE_FUNC_TYPE: case ML_NODE_FIELD: case ML_NODE_ELLIPSIS:
    case ML_NODE_EMPTY_STMT: case ML_NODE_DECL_STMT: case ML_NODE_EXPR_STMT: case ML_NODE_SEND_STMT:
    case ML_NODE_INC_DEC_STMT: case ML_NODE_ASSIGN_STMT: case ML_NODE_GO_STMT:
    case ML_NODE_DEFER_STMT: case ML_NODE_RETURN_STMT: case ML_NODE_IMPORT_SPEC:
    case ML_NODE_VALUE_SPEC: case ML_NODE_TYPE_SPEC: case ML_NODE_GEN_DECL: case ML_NODE_FUNC_DECL:
    case ML_NODE_DIRECTIVE_STMT: case ML_N_NODE_KINDS:
    default:
      return FALSE;
    }
}

static gboolean
is_terminating (MlNode     *s,
                const char *label)
{
  if (s == NULL)
    return FALSE;
  switch (s->kind)
    {
    case ML_NODE_RETURN_STMT:
      return TRUE;
    case ML_NODE_BRANCH_STMT:
      return s->op == ML_TOK_GOTO || s->op == ML_TOK_FALLTHROUGH;
    case ML_NODE_EXPR_STMT:
      {
        MlNode *call = ml_node_unparen (s->x);

        return call->kind == ML_NODE_CALL && call->x->kind == ML_NODE_IDENT && call->x->obj
               && call->x->obj->kind == ML_OBJ_BUILTIN && call->x->obj->builtin == ML_BUILTIN_PANIC;
      }
    case ML_NODE_BLOCK:
      return is_terminating (ml_node_list_last_stmt (&s->list), NULL);
    case ML_NODE_LABELED_STMT:
      return is_terminating (s->x, s->name);
    case ML_NODE_IF_STMT:
      return s->w != NULL && is_terminating (s->z, NULL) && is_terminating (s->w, NULL);
    case ML_NODE_SWITCH_STMT:
    case ML_NODE_TYPE_SWITCH_STMT:
      {
        gboolean has_default = FALSE;

        for (guint i = 0; i < s->list.n; i++)
          {
            MlNode *cc = s->list.items[i];
            MlNode *last = ml_node_list_last_stmt (&cc->list2);

            if (cc->flags & ML_NODE_FLAG_IMPLICIT)
              has_default = TRUE;
            if (!is_terminating (last, NULL) || has_break (cc, label, TRUE))
              return FALSE;
          }
        return has_default;
      }
    case ML_NODE_FOR_STMT:
      return s->y == NULL && !has_break (s->w, label, TRUE);
    case ML_NODE_BAD: case ML_NODE_IDENT: case ML_NODE_BASIC_LIT: case ML_NODE_COMPOSITE_LIT:
    case ML_NODE_KEY_VALUE: case ML_NODE_FUNC_LIT: case ML_NODE_PAREN: case ML_NODE_SELECTOR:
    case ML_NODE_INDEX: case ML_NODE_SLICE_EXPR: case ML_NODE_TYPE_ASSERT: case ML_NODE_CALL:
    case ML_NODE_STAR: case ML_NODE_UNARY: case ML_NODE_BINARY: case ML_NODE_ARRAY_TYPE:
    case ML_NODE_MAP_TYPE: case ML_NODE_CHAN_TYPE: case ML_NODE_STRUCT_TYPE:
    case ML_NODE_INTERFACE_TYPE: case ML_NODE_FUNC_TYPE: case ML_NODE_FIELD: case ML_NODE_ELLIPSIS:
    case ML_NODE_EMPTY_STMT: case ML_NODE_DECL_STMT: case ML_NODE_SEND_STMT:
    case ML_NODE_INC_DEC_STMT: case ML_NODE_ASSIGN_STMT: case ML_NODE_GO_STMT:
    case ML_NODE_DEFER_STMT: case ML_NODE_CASE_CLAUSE: case ML_NODE_SELECT_STMT:
    case ML_NODE_RANGE_STMT: case ML_NODE_IMPORT_SPEC: case ML_NODE_VALUE_SPEC:
    case ML_NODE_DIRECTIVE_STMT:
    case ML_NODE_TYPE_SPEC: case ML_NODE_GEN_DECL: case ML_NODE_FUNC_DECL: case ML_N_NODE_KINDS:
    default:
      return FALSE;
    }
}

static void
check_range (Checker *c,
             MlNode  *n)
{
  MlNode *x = n->z;
  MlType *u, *kt = NULL, *vt = NULL;
  MlNode *vars[2] = { n->x, n->y };
  guint max_vars = 2;

  check_expr (c, x, NULL);
  if (is_valid (x))
    {
      u = ml_type_underlying (x->type);
      if (u->kind == ML_TYPE_POINTER && ml_type_underlying (u->elem)->kind == ML_TYPE_ARRAY)
        u = ml_type_underlying (u->elem);
      switch (u->kind)
        {
        case ML_TYPE_STRING:
        case ML_TYPE_UNTYPED_STRING:
          kt = c->t_int;
          vt = c->t_rune;
          use_default_type (c, x);
          break;
        case ML_TYPE_ARRAY:
        case ML_TYPE_SLICE:
          kt = c->t_int;
          vt = u->elem;
          break;
        case ML_TYPE_MAP:
          kt = u->key;
          vt = u->elem;
          break;
        case ML_TYPE_INT: case ML_TYPE_INT8: case ML_TYPE_INT16: case ML_TYPE_INT32:
        case ML_TYPE_INT64: case ML_TYPE_UINT: case ML_TYPE_UINT8: case ML_TYPE_UINT16:
        case ML_TYPE_UINT32: case ML_TYPE_UINT64: case ML_TYPE_UINTPTR: case ML_TYPE_UNTYPED_INT:
        case ML_TYPE_UNTYPED_RUNE:
          if (n->y != NULL)
            {
              g_autofree char *d = describe (x);

              error_at (c, spos (n->y), "range over %s permits only one iteration variable", d);
            }
          use_default_type (c, x);
          kt = x->type;
          max_vars = 1;
          break;
        case ML_TYPE_FUNC:
          unsupported_at (c, spos (x), _("range over functions (iterators) is not supported yet"));
          break;
        case ML_TYPE_CHAN:
          unsupported_at (c, spos (x), _("channels are not supported yet"));
          break;
        case ML_TYPE_INVALID: case ML_TYPE_BOOL: case ML_TYPE_FLOAT32: case ML_TYPE_FLOAT64:
        case ML_TYPE_COMPLEX64: case ML_TYPE_COMPLEX128: case ML_TYPE_UNSAFE_POINTER:
        case ML_TYPE_UNTYPED_BOOL: case ML_TYPE_UNTYPED_FLOAT: case ML_TYPE_UNTYPED_NIL:
        case ML_TYPE_POINTER: case ML_TYPE_STRUCT: case ML_TYPE_INTERFACE: case ML_TYPE_TUPLE:
        case ML_TYPE_NAMED:
        default:
          {
            g_autofree char *d = describe (x);

            error_at (c, spos (x), "cannot range over %s", d);
          }
          break;
        }
      (void) max_vars;
    }
  for (guint i = 0; i < 2; i++)
    {
      MlNode *v = vars[i];
      MlType *t = i == 0 ? kt : vt;

      if (v == NULL)
        continue;
      if (n->op == ML_TOK_DEFINE)
        {
          if (v->kind != ML_NODE_IDENT)
            {
              g_autofree char *s = expr_str (v);

              error_at (c, spos (v), "non-name %s on left side of :=", s);
              continue;
            }
          if (strcmp (v->name, "_") == 0)
            continue;
          declare_var (c, v, t ? t : c->t_invalid);
          v->mode = ML_MODE_VARIABLE;
          v->type = t ? t : c->t_invalid;
        }
      else
        {
          MlType *lt;

          if (check_lhs (c, v, &lt) && lt != NULL && t != NULL && !assignable (t, lt))
            {
              g_autofree char *a = type_str (t);
              g_autofree char *b = describe (v);

              error_at (c, spos (v), "cannot use %s (value of type %s) as %s value in range clause", "x", a, b);
            }
        }
    }
}

static void
check_switch (Checker *c,
              MlNode  *n)
{
  MlNode *tag = n->y;
  gboolean seen_default = FALSE;
  g_autoptr(GPtrArray) seen_consts = g_ptr_array_new ();

  push_scope (c);
  if (n->x)
    check_stmt (c, n->x);
  if (tag != NULL)
    {
      check_expr (c, tag, NULL);
      use_default_type (c, tag);
      if (is_valid (tag) && tag->mode == ML_MODE_NOVALUE)
        {
          g_autofree char *s = expr_str (tag);

          error_at (c, spos (tag), "%s (no value) used as value", s);
          invalidate (c, tag);
        }
    }
  c->break_depth++;
  for (guint i = 0; i < n->list.n; i++)
    {
      MlNode *cc = n->list.items[i];

      if (cc->flags & ML_NODE_FLAG_IMPLICIT)
        {
          if (seen_default)
            error_at (c, cc->pos, "multiple defaults in switch");
          seen_default = TRUE;
        }
      for (guint j = 0; j < cc->list.n; j++)
        {
          MlNode *e = cc->list.items[j];

          if (tag != NULL)
            {
              check_expr (c, e, tag->type);
              if (!is_valid (e) || !is_valid (tag))
                continue;
              {
                if (ml_type_is_untyped (e->type))
                  {
                    gboolean o, t;

                    if (!convert_untyped (c, e, tag->type, &o, &t))
                      {
                        g_autofree char *d = describe (e);
                        g_autofree char *ts = type_str (tag->type);

                        error_at (c, spos (e), "cannot convert %s to type %s", d, ts);
                        continue;
                      }
                  }
                if (!ml_type_identical (e->type, tag->type) && !assignable (e->type, tag->type))
                  {
                    g_autofree char *s = expr_str (e);
                    g_autofree char *ts = type_str (tag->type);
                    g_autofree char *es = type_str (e->type);
                    g_autofree char *tg = expr_str (tag);

                    error_at (c, spos (e), "invalid case %s in switch on %s (mismatched types %s and %s)",
                              s, tg, es, ts);
                  }
                else if (e->mode == ML_MODE_CONSTANT && e->cval != NULL)
                  {
                    for (guint q = 0; q < seen_consts->len; q++)
                      {
                        MlNode *prev = g_ptr_array_index (seen_consts, q);
                        MlConst *eq = NULL;

                        if (!ml_type_identical (prev->type, e->type))
                          continue;
                        fold_binary (c, ML_TOK_EQL, prev->cval, e->cval, ml_type_is_integer (e->type), &eq);
                        if (eq != NULL && eq->kind == ML_CONST_BOOL && eq->b)
                          {
                            g_autofree char *d = describe (e);
                            MlPos pp = spos (prev);

                            error_at (c, spos (e), "duplicate case %s in expression switch\n\t\x01:%u:%u: previous case",
                                      d, pp.line, pp.col);
                            break;
                          }
                      }
                    g_ptr_array_add (seen_consts, e);
                  }
              }
            }
          else
            {
              check_expr (c, e, NULL);
              if (is_valid (e) && !ml_type_is_boolean (e->type))
                {
                  g_autofree char *s = expr_str (e);
                  g_autofree char *es = type_str (e->type);

                  error_at (c, spos (e), "invalid case %s in switch on true (mismatched types %s and bool)", s, es);
                }
            }
        }
      push_scope (c);
      cc->scope = c->scope;
      for (guint j = 0; j < cc->list2.n; j++)
        {
          MlNode *s = cc->list2.items[j];

          if (s->kind == ML_NODE_BRANCH_STMT && s->op == ML_TOK_FALLTHROUGH)
            {
              if (s != ml_node_list_last_stmt (&cc->list2))
                error_at (c, s->pos, "fallthrough statement out of place");
              else if (i + 1 == n->list.n)
                error_at (c, s->pos, "cannot fallthrough final case in switch");
              continue;
            }
          check_stmt (c, s);
        }
      pop_scope (c);
    }
  c->break_depth--;
  n->scope = c->scope;
  pop_scope (c);
}

/* --- MemLab directives ---------------------------------------------------- */

/* The most units one "gc steps N" may ask for: a lesson's whole cycle takes
 * far fewer, and a slip of the keyboard should not keep the collector busy
 * for minutes. */
#define ML_DIRECTIVE_MAX_STEPS 100000

/* A plain decimal number from 0 to @max: no sign, no base prefix. */
static gboolean
directive_number (const char *word,
                  guint64     max,
                  gint64     *value)
{
  guint64 v;

  if (word == NULL || !g_ascii_isdigit (word[0])
      || !g_ascii_string_to_unsigned (word, 10, 0, max, &v, NULL))
    return FALSE;
  *value = (gint64) v;
  return TRUE;
}

/* Go reads a //memlab: line as a comment, so nothing in Go's own checker
 * applies; what MemLab knows of it is its form.  A valid directive gets its
 * MlDirective in op and its number in ival, for the compiler. */
static void
check_directive (Checker *c,
                 MlNode  *n)
{
  const gsize prefix = strlen (ML_DIRECTIVE_PREFIX);
  g_autofree char *body = g_strndup (n->str + prefix, n->str_len - prefix);
  g_auto(GStrv) split = g_strsplit_set (body, " \t", -1);
  const char *w[4] = { NULL, NULL, NULL, NULL };
  guint n_words = 0;
  gint64 v = 0;

  /* Words are separated by any run of blanks. */
  for (guint i = 0; split[i] != NULL; i++)
    if (split[i][0] != '\0')
      {
        if (n_words < G_N_ELEMENTS (w))
          w[n_words] = split[i];
        n_words++;
      }

  n->op = ML_DIRECTIVE_NONE;
  if (n_words == 2 && g_strcmp0 (w[0], "gc") == 0 && g_strcmp0 (w[1], "start") == 0)
    n->op = ML_DIRECTIVE_GC_START;
  else if (n_words == 2 && g_strcmp0 (w[0], "gc") == 0 && g_strcmp0 (w[1], "step") == 0)
    {
      n->op = ML_DIRECTIVE_GC_UNITS;
      n->ival = 1;
    }
  else if (n_words == 2 && g_strcmp0 (w[0], "gc") == 0 && g_strcmp0 (w[1], "finish") == 0)
    {
      n->op = ML_DIRECTIVE_GC_UNITS;
      n->ival = 0;
    }
  else if (n_words >= 2 && n_words <= 3 && g_strcmp0 (w[0], "gc") == 0
           && g_strcmp0 (w[1], "steps") == 0)
    {
      if (n_words == 3 && directive_number (w[2], ML_DIRECTIVE_MAX_STEPS, &v) && v >= 1)
        {
          n->op = ML_DIRECTIVE_GC_UNITS;
          n->ival = v;
        }
      else
        {
          /* Translators: %s is the directive as written, such as
           * "//memlab:gc steps 0"; %d is the largest number allowed. */
          error_at (c, n->pos, _("invalid MemLab directive \"%s\": the number of steps must be between 1 and %d"),
                    n->str, ML_DIRECTIVE_MAX_STEPS);
        }
    }
  else if (n_words <= 2 && g_strcmp0 (w[0], "gogc") == 0)
    {
      if (n_words == 2 && g_strcmp0 (w[1], "off") == 0)
        {
          n->op = ML_DIRECTIVE_GOGC;
          n->ival = -1;
        }
      else if (n_words == 2 && directive_number (w[1], G_MAXINT32, &v))
        {
          n->op = ML_DIRECTIVE_GOGC;
          n->ival = v;
        }
      else
        {
          /* Translators: %s is the directive as written, such as
           * "//memlab:gogc -5"; GOGC and off are the setting and its value
           * in Go, not to be translated. */
          error_at (c, n->pos, _("invalid MemLab directive \"%s\": GOGC must be a number of at least 0, or off"),
                    n->str);
        }
    }
  else if (n_words <= 2 && g_strcmp0 (w[0], "write-barrier") == 0)
    {
      if (n_words == 2 && (g_strcmp0 (w[1], "on") == 0 || g_strcmp0 (w[1], "off") == 0))
        {
          n->op = ML_DIRECTIVE_WRITE_BARRIER;
          n->ival = g_strcmp0 (w[1], "on") == 0;
        }
      else
        {
          /* Translators: %s is the directive as written, such as
           * "//memlab:write-barrier maybe"; on and off are the words the
           * directive takes, not to be translated. */
          error_at (c, n->pos, _("invalid MemLab directive \"%s\": the write barrier is either on or off"),
                    n->str);
        }
    }
  else
    {
      /* Translators: %s is the directive as written, such as "//memlab:foo";
       * the list in parentheses is MemLab's syntax, not to be translated. */
      error_at (c, n->pos, _("unknown MemLab directive \"%s\" (known: gc start, gc step, gc steps N, gc finish, gogc N|off, write-barrier on|off)"),
                n->str);
    }
}

static void
check_stmt (Checker *c,
            MlNode  *n)
{
  if (n == NULL)
    return;

  switch (n->kind)
    {
    case ML_NODE_EMPTY_STMT:
    case ML_NODE_BAD:
      break;

    case ML_NODE_DIRECTIVE_STMT:
      check_directive (c, n);
      break;

    case ML_NODE_DECL_STMT:
      check_gen_decl (c, n->x);
      break;

    case ML_NODE_LABELED_STMT:
      g_ptr_array_add (c->labels, n);
      check_stmt (c, n->x);
      break;

    case ML_NODE_EXPR_STMT:
      {
        MlNode *x = n->x;
        MlNode *u = ml_node_unparen (x);

        check_expr (c, x, NULL);
        if (!is_valid (x) && !(x->mode == ML_MODE_NOVALUE))
          break;
        if (u->kind == ML_NODE_CALL)
          {
            MlNode *f = ml_node_unparen (u->x);

            /* Calls are fine as statements, except some builtins. */
            if (f->mode == ML_MODE_BUILTIN && f->obj != NULL)
              {
                switch (f->obj->builtin)
                  {
                  case ML_BUILTIN_APPEND: case ML_BUILTIN_CAP: case ML_BUILTIN_COMPLEX:
                  case ML_BUILTIN_IMAG: case ML_BUILTIN_LEN: case ML_BUILTIN_MAKE:
                  case ML_BUILTIN_MAX: case ML_BUILTIN_MIN: case ML_BUILTIN_NEW: case ML_BUILTIN_REAL:
                  case ML_BUILTIN_UNSAFE_SIZEOF: case ML_BUILTIN_UNSAFE_ALIGNOF:
                  case ML_BUILTIN_UNSAFE_OFFSETOF:
                    {
                      g_autofree char *d = describe (x);

                      error_at (c, spos (x), "%s is not used", d);
                    }
                    break;
                  case ML_BUILTIN_NONE: case ML_BUILTIN_CLEAR: case ML_BUILTIN_CLOSE:
                  case ML_BUILTIN_COPY: case ML_BUILTIN_DELETE: case ML_BUILTIN_PANIC:
                  case ML_BUILTIN_PRINT: case ML_BUILTIN_PRINTLN: case ML_BUILTIN_RECOVER:
                  case ML_BUILTIN_FMT_PRINT: case ML_BUILTIN_FMT_PRINTLN: case ML_BUILTIN_FMT_PRINTF:
                  case ML_BUILTIN_FMT_SPRINT: case ML_BUILTIN_FMT_SPRINTLN: case ML_BUILTIN_FMT_SPRINTF:
                  case ML_BUILTIN_FMT_ERRORF: case ML_BUILTIN_RUNTIME_GC:
                  case ML_BUILTIN_RUNTIME_READ_MEM_STATS: case ML_BUILTIN_RUNTIME_NUM_GOROUTINE:
                  case ML_BUILTIN_RUNTIME_GOMAXPROCS:
                  default:
                    break;
                  }
              }
            else if (u->mode == ML_MODE_CONSTANT || (f->mode == ML_MODE_TYPEXPR))
              {
                g_autofree char *d = describe (x);

                error_at (c, spos (x), "%s is not used", d);
              }
            break;
          }
        {
          g_autofree char *d = describe (x);

          error_at (c, spos (x), "%s is not used", d);
        }
      }
      break;

    case ML_NODE_SEND_STMT:
      unsupported_at (c, n->pos, _("channels are not supported yet"));
      break;

    case ML_NODE_INC_DEC_STMT:
      {
        MlType *lt;

        check_expr (c, n->x, NULL);
        if (!is_valid (n->x))
          break;
        if (!ml_type_is_numeric (n->x->type))
          {
            g_autofree char *s = expr_str (n->x);
            g_autofree char *ts = type_str (n->x->type);

            error_at (c, spos (n->x), "invalid operation: %s%s (non-numeric type %s)", s,
                      ml_token_to_string (n->op), ts);
            break;
          }
        if (n->x->mode != ML_MODE_VARIABLE && n->x->mode != ML_MODE_MAPINDEX)
          check_lhs (c, n->x, &lt);
        if (ml_node_unparen (n->x)->obj != NULL)
          ml_node_unparen (n->x)->obj->flags |= ML_OBJ_FLAG_REASSIGNED;
      }
      break;

    case ML_NODE_ASSIGN_STMT:
      check_assign (c, n);
      break;

    case ML_NODE_GO_STMT:
      unsupported_at (c, n->pos, _("goroutines (go statement) are not supported yet"));
      break;

    case ML_NODE_DEFER_STMT:
      unsupported_at (c, n->pos, _("defer statements are not supported yet"));
      break;

    case ML_NODE_SELECT_STMT:
      unsupported_at (c, n->pos, _("select statements are not supported yet"));
      break;

    case ML_NODE_TYPE_SWITCH_STMT:
      unsupported_at (c, n->pos, _("type switches are not supported yet"));
      break;

    case ML_NODE_RETURN_STMT:
      {
        MlType *res = c->fn && c->fn->signature ? c->fn->signature->results : NULL;
        guint nr = res ? res->n_fields : 0;
        gboolean named = c->fn && c->fn->results->len > 0
                         && ((MlObject *) g_ptr_array_index (c->fn->results, 0))->name[0] != '~';

        if (c->fn != NULL && c->fn->synthetic)
          {
            error_at (c, n->pos, "return statement outside function body");
            break;
          }
        for (guint i = 0; i < n->list.n; i++)
          check_expr (c, n->list.items[i], i < nr ? res->fields[i].type : NULL);
        for (guint i = 0; i < n->list.n; i++)
          if (!is_valid (n->list.items[i]) && n->list.items[i]->mode != ML_MODE_NOVALUE)
            return;
        if (n->list.n == 0)
          {
            if (nr > 0 && !named)
              {
                GString *msg = g_string_new ("not enough return values\n\thave ()\n\twant ");

                append_want (msg, res, FALSE);
                error_at (c, n->pos, "%s", msg->str);
                g_string_free (msg, TRUE);
              }
            break;
          }
        if (n->list.n == 1 && n->list.items[0]->type->kind == ML_TYPE_TUPLE && nr != 1)
          {
            MlType *t = n->list.items[0]->type;

            if (t->n_fields != nr)
              {
                GString *msg = g_string_new (NULL);

                g_string_append_printf (msg, "%s return values\n\thave ",
                                        t->n_fields < nr ? "not enough" : "too many");
                append_summary (msg, n->list.items, 1, NULL);
                g_string_append (msg, "\n\twant ");
                append_want (msg, res, FALSE);
                error_at (c, spos (n->list.items[0]), "%s", msg->str);
                g_string_free (msg, TRUE);
              }
            break;
          }
        if (n->list.n != nr)
          {
            GString *msg = g_string_new (NULL);
            MlPos at;

            if (nr == 0)
              {
                error_at (c, spos (n->list.items[0]), "too many return values\n\thave (%s)\n\twant ()",
                          "");
                /* Redo with the real summary (types2 prints the operands). */
                g_ptr_array_remove_index (c->sink.items, c->sink.items->len - 1);
                c->sink.n_errors--;
              }
            g_string_append_printf (msg, "%s return values\n\thave ",
                                    n->list.n < nr ? "not enough" : "too many");
            append_summary (msg, n->list.items, n->list.n, NULL);
            g_string_append (msg, "\n\twant ");
            append_want (msg, res, FALSE);
            at = n->list.n > nr ? spos (n->list.items[nr]) : spos (n->list.items[n->list.n - 1]);
            error_at (c, at, "%s", msg->str);
            g_string_free (msg, TRUE);
            break;
          }
        for (guint i = 0; i < nr; i++)
          assign_operand (c, n->list.items[i], res->fields[i].type, "return statement");
      }
      break;

    case ML_NODE_BRANCH_STMT:
      if (n->op == ML_TOK_GOTO)
        {
          unsupported_at (c, n->pos, _("goto statements are not supported yet"));
          c->saw_goto = TRUE;
        }
      else if (n->op == ML_TOK_FALLTHROUGH)
        error_at (c, n->pos, "fallthrough statement out of place");
      else if (n->name != NULL)
        {
          gboolean found = FALSE;

          for (guint i = 0; i < c->labels->len; i++)
            {
              MlNode *l = g_ptr_array_index (c->labels, i);

              if (strcmp (l->name, n->name) == 0)
                {
                  found = TRUE;
                  l->ival = 1;
                  if (n->op == ML_TOK_CONTINUE && l->x->kind != ML_NODE_FOR_STMT
                      && l->x->kind != ML_NODE_RANGE_STMT)
                    error_at (c, n->pos, "invalid continue label %s", n->name);
                }
            }
          if (!found)
            error_at (c, n->pos2, "%s label not defined: %s",
                      n->op == ML_TOK_BREAK ? "break" : "continue", n->name);
        }
      else if (n->op == ML_TOK_BREAK && c->break_depth == 0)
        error_at (c, n->pos, "break is not in a loop, switch, or select");
      else if (n->op == ML_TOK_CONTINUE && c->loop_depth == 0)
        error_at (c, n->pos, "continue is not in a loop");
      break;

    case ML_NODE_BLOCK:
      push_scope (c);
      n->scope = c->scope;
      check_block_list (c, &n->list);
      pop_scope (c);
      break;

    case ML_NODE_IF_STMT:
      push_scope (c);
      n->scope = c->scope;
      if (n->x)
        check_stmt (c, n->x);
      if (n->y)
        check_bool_cond (c, n->y, "if");
      check_stmt (c, n->z);
      if (n->w)
        check_stmt (c, n->w);
      pop_scope (c);
      break;

    case ML_NODE_SWITCH_STMT:
      check_switch (c, n);
      break;

    case ML_NODE_FOR_STMT:
      push_scope (c);
      n->scope = c->scope;
      if (n->x)
        check_stmt (c, n->x);
      if (n->y)
        check_bool_cond (c, n->y, "for");
      if (n->z)
        check_stmt (c, n->z);
      c->loop_depth++;
      c->break_depth++;
      check_stmt (c, n->w);
      c->loop_depth--;
      c->break_depth--;
      pop_scope (c);
      break;

    case ML_NODE_RANGE_STMT:
      push_scope (c);
      n->scope = c->scope;
      check_range (c, n);
      c->loop_depth++;
      c->break_depth++;
      check_stmt (c, n->w);
      c->loop_depth--;
      c->break_depth--;
      pop_scope (c);
      break;

    case ML_NODE_CASE_CLAUSE: case ML_NODE_IDENT: case ML_NODE_BASIC_LIT:
    case ML_NODE_COMPOSITE_LIT: case ML_NODE_KEY_VALUE: case ML_NODE_FUNC_LIT: case ML_NODE_PAREN:
    case ML_NODE_SELECTOR: case ML_NODE_INDEX: case ML_NODE_SLICE_EXPR: case ML_NODE_TYPE_ASSERT:
    case ML_NODE_CALL: case ML_NODE_STAR: case ML_NODE_UNARY: case ML_NODE_BINARY:
    case ML_NODE_ARRAY_TYPE: case ML_NODE_MAP_TYPE: case ML_NODE_CHAN_TYPE:
    case ML_NODE_STRUCT_TYPE: case ML_NODE_INTERFACE_TYPE: case ML_NODE_FUNC_TYPE:
    case ML_NODE_FIELD: case ML_NODE_ELLIPSIS: case ML_NODE_IMPORT_SPEC: case ML_NODE_VALUE_SPEC:
    case ML_NODE_TYPE_SPEC: case ML_NODE_GEN_DECL: case ML_NODE_FUNC_DECL: case ML_N_NODE_KINDS:
    default:
      break;
    }
}

static void
check_block_list (Checker    *c,
                  MlNodeList *list)
{
  for (guint i = 0; i < list->n; i++)
    check_stmt (c, list->items[i]);
}

static int
compare_objects_by_pos (gconstpointer a,
                        gconstpointer b)
{
  const MlObject *oa = *(MlObject * const *) a;
  const MlObject *ob = *(MlObject * const *) b;

  return ml_pos_compare (oa->pos, ob->pos);
}

static void
report_unused (Checker   *c,
               GPtrArray *vars)
{
  g_ptr_array_sort (vars, compare_objects_by_pos);
  for (guint i = 0; i < vars->len; i++)
    {
      MlObject *o = g_ptr_array_index (vars, i);

      if (!(o->flags & (ML_OBJ_FLAG_USED | ML_OBJ_FLAG_GLOBAL | ML_OBJ_FLAG_PARAM | ML_OBJ_FLAG_RESULT))
          && strcmp (o->name, "_") != 0)
        {
          g_autofree char *msg = g_strdup_printf ("declared and not used: %s", o->name);

          ml_diag_sink_add (&c->sink, ML_DIAGNOSTIC_SOFT, o->pos, msg);
        }
    }
}

static MlObject *
declare_param (Checker    *c,
               MlFunc     *fn,
               MlNode     *ident,
               MlType     *t,
               guint       flags,
               gint        index)
{
  MlObject *o = new_object (c, ML_OBJ_VAR, ident ? ident->name : "_",
                            ident ? ident->pos : fn->node->pos, t);

  o->flags |= flags;
  o->func = fn->node;
  o->index = index;
  if (ident != NULL)
    {
      ident->obj = o;
      declare (c, o);
    }
  return o;
}

static void
check_func_body (Checker *c,
                 MlFunc  *fn,
                 MlNode  *ftype,
                 MlNode  *body,
                 MlNode  *recv)
{
  MlFunc *saved_fn = c->fn;
  MlScope *saved_scope = c->scope;
  GPtrArray *saved_vars = c->fn_vars;
  GPtrArray *saved_labels = c->labels;
  gboolean saved_goto = c->saw_goto;
  guint saved_loop = c->loop_depth, saved_break = c->break_depth;
  g_autoptr(GPtrArray) vars = g_ptr_array_new ();
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();
  MlType *sig = fn->signature;
  guint pi = 0, ri = 0;

  c->fn = fn;
  c->fn_vars = vars;
  c->labels = labels;
  c->saw_goto = FALSE;
  c->loop_depth = c->break_depth = 0;
  push_scope (c);
  c->scope->is_func = TRUE;
  fn->node->scope = c->scope;

  if (recv != NULL)
    {
      MlType *rt = recv->x ? recv->x->type : NULL;

      fn->recv = declare_param (c, fn, recv->list.n ? recv->list.items[0] : NULL, rt ? rt : c->t_invalid,
                                ML_OBJ_FLAG_PARAM | ML_OBJ_FLAG_RECEIVER, -1);
    }
  for (guint i = 0; i < ftype->list.n; i++)
    {
      MlNode *f = ftype->list.items[i];
      guint count = MAX (f->list.n, 1);

      for (guint j = 0; j < count; j++, pi++)
        {
          MlType *t = pi < sig->params->n_fields ? sig->params->fields[pi].type : c->t_invalid;

          g_ptr_array_add (fn->params, declare_param (c, fn, f->list.n ? f->list.items[j] : NULL, t,
                                                      ML_OBJ_FLAG_PARAM, pi));
        }
    }
  for (guint i = 0; i < ftype->list2.n; i++)
    {
      MlNode *f = ftype->list2.items[i];
      guint count = MAX (f->list.n, 1);

      for (guint j = 0; j < count; j++, ri++)
        {
          MlType *t = ri < sig->results->n_fields ? sig->results->fields[ri].type : c->t_invalid;
          MlObject *o;

          if (f->list.n)
            o = declare_param (c, fn, f->list.items[j], t, ML_OBJ_FLAG_RESULT, ri);
          else
            {
              g_autofree char *name = g_strdup_printf ("~r%u", ri);

              o = new_object (c, ML_OBJ_VAR, name, f->pos, t);
              o->flags |= ML_OBJ_FLAG_RESULT;
              o->func = fn->node;
              o->index = ri;
            }
          g_ptr_array_add (fn->results, o);
        }
    }

  if (body != NULL)
    {
      check_block_list (c, &body->list);
      if (sig->results->n_fields > 0 && !is_terminating (body, NULL))
        error_at (c, body->pos2, "missing return");
    }
  for (guint i = 0; i < labels->len && !c->saw_goto; i++)
    {
      MlNode *l = g_ptr_array_index (labels, i);

      if (l->ival == 0)
        error_at (c, l->pos, "label %s defined and not used", l->name);
    }
  report_unused (c, vars);

  c->scope = saved_scope;
  c->fn = saved_fn;
  c->fn_vars = saved_vars;
  c->labels = saved_labels;
  c->saw_goto = saved_goto;
  c->loop_depth = saved_loop;
  c->break_depth = saved_break;
}

/* --- Package level -------------------------------------------------------- */

/* Package-level variables and constants may be used before their
 * declaration; they are checked on first use. */
static void
check_global (Checker  *c,
              MlObject *obj)
{
  MlNode *spec = obj->decl;
  MlScope *saved_scope;
  MlFunc *saved_fn;
  GPtrArray *saved_vars;

  if (spec == NULL || spec->ival < 0 || obj->type != NULL)
    return;
  if (spec->flags & ML_NODE_FLAG_ALIAS)
    {
      error_at (c, obj->pos, "initialization cycle or invalid recursive reference to %s", obj->name);
      obj->type = c->t_invalid;
      return;
    }
  spec->flags |= ML_NODE_FLAG_ALIAS;
  saved_scope = c->scope;
  saved_fn = c->fn;
  saved_vars = c->fn_vars;
  c->scope = c->pkg;
  c->fn = NULL;
  c->fn_vars = NULL;
  check_value_spec (c, spec);
  c->scope = saved_scope;
  c->fn = saved_fn;
  c->fn_vars = saved_vars;
  spec->flags &= ~ML_NODE_FLAG_ALIAS;
  for (guint i = 0; i < spec->list.n; i++)
    {
      MlObject *o = spec->list.items[i]->obj;

      if (o != NULL && o->type == NULL)
        o->type = c->t_invalid;
    }
  if (obj->type == NULL)
    obj->type = c->t_invalid;
}

static const char *
method_func_name (Checker *c,
                  MlNode  *decl)
{
  MlNode *rt = decl->x->x;
  gboolean ptr = rt != NULL && rt->kind == ML_NODE_STAR;
  MlNode *base = ptr ? rt->x : rt;
  g_autofree char *name = NULL;

  if (base == NULL || base->kind != ML_NODE_IDENT)
    return decl->name;
  name = ptr ? g_strdup_printf ("(*%s).%s", base->name, decl->name)
             : g_strdup_printf ("%s.%s", base->name, decl->name);
  return ml_arena_strdup (c->arena, name);
}

static void
declare_func (Checker *c,
              MlNode  *decl)
{
  MlFunc *fn;
  MlObject *o;

  if (decl->x != NULL)
    {
      /* A method: attach it to its receiver's named type. */
      MlNode *rt = decl->x->x;
      gboolean ptr = rt != NULL && rt->kind == ML_NODE_STAR;
      MlType *t = resolve_type (c, rt);
      MlType *base = ptr ? t->elem : t;

      fn = ml_func_new (decl, method_func_name (c, decl));
      fn->signature = resolve_signature (c, decl->y);
      o = new_object (c, ML_OBJ_FUNC, decl->name, decl->pos2, fn->signature);
      o->decl = decl;
      o->pointer_recv = ptr;
      fn->object = o;
      if (base != NULL && base->kind == ML_TYPE_NAMED && base->obj != NULL && base->obj->decl != NULL)
        {
          MlObject **tail = &base->methods;
          gboolean dup = FALSE;

          for (MlObject *m = base->methods; m != NULL; m = m->next_method)
            if (strcmp (m->name, decl->name) == 0)
              dup = TRUE;
          if (ml_type_lookup_field (base, decl->name, NULL) != NULL)
            error_at (c, decl->pos2, "field and method with the same name %s", decl->name);
          else if (dup)
            error_at (c, decl->pos2, "method %s.%s already declared", base->name, decl->name);
          while (*tail != NULL)
            tail = &(*tail)->next_method;
          *tail = o;
        }
      else if (base != NULL && base->kind != ML_TYPE_INVALID)
        {
          g_autofree char *ts = type_str (base);

          error_at (c, spos (rt), "cannot define new methods on non-local type %s", ts);
        }
    }
  else
    {
      fn = ml_func_new (decl, decl->name);
      fn->signature = resolve_signature (c, decl->y);
      o = new_object (c, ML_OBJ_FUNC, decl->name, decl->pos2, fn->signature);
      o->decl = decl;
      fn->object = o;
      if (strcmp (decl->name, "init") == 0)
        unsupported_at (c, decl->pos2, _("init functions are not supported yet"));
      else if (strcmp (decl->name, "main") == 0 && c->scope == c->pkg
               && (fn->signature->params->n_fields > 0 || fn->signature->results->n_fields > 0))
        error_at (c, decl->pos2, "func main must have no arguments and no return values");
      else
        declare (c, o);
      if (strcmp (decl->name, "main") == 0)
        c->prog->main_func = fn;
    }
  g_ptr_array_add (c->prog->funcs, fn);
  g_hash_table_insert (c->prog->func_by_node, decl, fn);
}

/* gc reports a missing body only once the package type-checks. */
static void
report_missing_bodies (Checker *c)
{
  MlFile *file = c->prog->file;

  if (c->sink.n_errors > 0)
    return;
  for (guint i = 0; i < file->decls.n; i++)
    {
      MlNode *d = file->decls.items[i];

      if (d->kind == ML_NODE_FUNC_DECL && d->z == NULL)
        error_at (c, d->pos2, "missing function body");
    }
}

static void
check_func_decl (Checker *c,
                 MlNode  *decl)
{
  MlFunc *fn = g_hash_table_lookup (c->prog->func_by_node, decl);

  if (fn == NULL || decl->z == NULL)
    return;
  if (decl->x != NULL && decl->x->x != NULL && decl->x->x->type == NULL)
    resolve_type (c, decl->x->x);
  check_func_body (c, fn, decl->y, decl->z, decl->x);
}

static void
declare_imports (Checker *c,
                 MlFile  *file)
{
  for (guint i = 0; i < file->imports.n; i++)
    {
      MlNode *spec = file->imports.items[i];
      const char *path = spec->str;
      const char *name = spec->name ? spec->name : path;
      MlObject *o;

      if (spec->name != NULL && (strcmp (spec->name, ".") == 0 || strcmp (spec->name, "_") == 0))
        {
          unsupported_at (c, spec->pos, _("dot and blank imports are not supported yet"));
          continue;
        }
      o = new_object (c, ML_OBJ_PKG, name, spec->pos2, NULL);
      o->pkg_path = ml_arena_strdup (c->arena, path);
      o->decl = spec;
      if (ml_scope_lookup (c->pkg, o->name, FALSE) != NULL)
        {
          error_at (c, spec->pos2, "%s redeclared in this block", o->name);
          continue;
        }
      insert (c->pkg, o);
      g_ptr_array_add (c->imports, o);
    }
}

static void
report_unused_imports (Checker *c)
{
  for (guint i = 0; i < c->imports->len; i++)
    {
      MlObject *o = g_ptr_array_index (c->imports, i);

      if (!(o->flags & ML_OBJ_FLAG_USED) && o->decl != NULL)
        {
          g_autofree char *msg = NULL;

          if (o->decl->name != NULL)
            msg = g_strdup_printf ("\"%s\" imported as %s and not used", o->pkg_path, o->name);
          else
            msg = g_strdup_printf ("\"%s\" imported and not used", o->pkg_path);
          ml_diag_sink_add (&c->sink, ML_DIAGNOSTIC_SOFT, o->decl->pos2, msg);
        }
    }
}

static void
check_package (Checker *c)
{
  MlFile *file = c->prog->file;

  declare_imports (c, file);

  /* Pass 1: type names, so that types may refer to each other. */
  for (guint i = 0; i < file->decls.n; i++)
    {
      MlNode *d = file->decls.items[i];

      if (d->kind != ML_NODE_GEN_DECL || d->op != ML_TOK_TYPE)
        continue;
      for (guint j = 0; j < d->list.n; j++)
        {
          MlNode *spec = d->list.items[j];
          MlType *named;
          MlObject *o;

          if (spec->flags & ML_NODE_FLAG_ALIAS)
            continue;
          named = new_type (c, ML_TYPE_NAMED, spec->name);
          o = new_object (c, ML_OBJ_TYPE, spec->name, spec->pos2, named);
          named->obj = o;
          o->decl = spec;
          spec->obj = o;
          declare (c, o);
        }
    }
  for (guint i = 0; i < file->decls.n; i++)
    {
      MlNode *d = file->decls.items[i];

      if (d->kind != ML_NODE_GEN_DECL || d->op != ML_TOK_TYPE)
        continue;
      for (guint j = 0; j < d->list.n; j++)
        check_type_spec (c, d->list.items[j], d->list.items[j]->obj);
    }

  /* Pass 2: package-level variables and constants are declared lazily. */
  for (guint i = 0; i < file->decls.n; i++)
    {
      MlNode *d = file->decls.items[i];

      if (d->kind != ML_NODE_GEN_DECL || (d->op != ML_TOK_VAR && d->op != ML_TOK_CONST))
        continue;
      for (guint j = 0; j < d->list.n; j++)
        {
          MlNode *spec = d->list.items[j];

          for (guint k = 0; k < spec->list.n; k++)
            {
              MlNode *name = spec->list.items[k];
              MlObject *o = new_object (c, d->op == ML_TOK_VAR ? ML_OBJ_VAR : ML_OBJ_CONST,
                                        name->name, name->pos, NULL);

              o->decl = spec;
              o->flags |= ML_OBJ_FLAG_GLOBAL | ML_OBJ_FLAG_USED;
              name->obj = o;
              if (d->op == ML_TOK_VAR && strcmp (o->name, "_") != 0)
                g_ptr_array_add (c->prog->globals, o);
              declare (c, o);
            }
        }
    }

  /* Pass 3: function signatures. */
  for (guint i = 0; i < file->decls.n; i++)
    if (file->decls.items[i]->kind == ML_NODE_FUNC_DECL)
      declare_func (c, file->decls.items[i]);

  /* Pass 4: values, then bodies, in source order. */
  for (guint i = 0; i < file->decls.n; i++)
    {
      MlNode *d = file->decls.items[i];

      if (d->kind == ML_NODE_GEN_DECL && (d->op == ML_TOK_VAR || d->op == ML_TOK_CONST))
        for (guint j = 0; j < d->list.n; j++)
          for (guint k = 0; k < d->list.items[j]->list.n; k++)
            {
              MlObject *o = d->list.items[j]->list.items[k]->obj;

              if (o != NULL)
                check_global (c, o);
            }
    }
  for (guint i = 0; i < file->decls.n; i++)
    if (file->decls.items[i]->kind == ML_NODE_FUNC_DECL)
      check_func_decl (c, file->decls.items[i]);

  if (c->prog->main_func == NULL && g_strcmp0 (file->package_name, "main") == 0)
    error_at (c, file->package_pos, "function main is undeclared in the main package");
  report_unused_imports (c);
  report_missing_bodies (c);
}

/* A notebook runs its top-level items in order: declarations are checked
 * where they stand, statements belong to a synthetic main, and the
 * variables they declare at top level are package variables. */
static void
check_notebook (Checker *c)
{
  MlFile *file = c->prog->file;
  MlFunc *main_fn;
  g_autoptr(GPtrArray) vars = g_ptr_array_new ();
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();

  declare_imports (c, file);
  /* The lecture's cells use fmt without importing it, as gophernotes allows. */
  for (guint i = 0; i < 3; i++)
    {
      static const char * const pkgs[] = { "fmt", "runtime", "unsafe" };
      MlObject *o;

      if (ml_scope_lookup (c->pkg, pkgs[i], FALSE) != NULL)
        continue;
      o = new_object (c, ML_OBJ_PKG, pkgs[i], (MlPos) { 0, 0 }, NULL);
      o->pkg_path = o->name;
      insert (c->pkg, o);
    }

  main_fn = ml_func_new (NULL, "main");
  main_fn->synthetic = TRUE;
  main_fn->node = ml_node_new (c->arena, ML_NODE_FUNC_LIT, (MlPos) { 1, 1 });
  main_fn->signature = new_func_type (c, 0, NULL, 0, NULL, FALSE);
  g_hash_table_insert (c->prog->func_by_node, main_fn->node, main_fn);

  for (guint i = 0; i < file->decls.n; i++)
    {
      MlNode *d = file->decls.items[i];

      if (d->kind == ML_NODE_FUNC_DECL)
        {
          if (strcmp (d->name, "main") == 0 && d->x == NULL)
            {
              /* A notebook may still define main; it is then what runs. */
            }
          declare_func (c, d);
          check_func_decl (c, d);
        }
      else if (d->kind == ML_NODE_GEN_DECL)
        {
          c->fn = main_fn;
          check_gen_decl (c, d);
          c->fn = NULL;
        }
      else
        {
          c->fn = main_fn;
          c->fn_vars = vars;
          c->labels = labels;
          if (d->kind == ML_NODE_RETURN_STMT)
            error_at (c, d->pos, "return statement outside function body");
          else
            check_stmt (c, d);
          c->fn = NULL;
          c->fn_vars = NULL;
          c->labels = NULL;
        }
    }
  report_unused (c, vars);
  report_unused_imports (c);
  report_missing_bodies (c);
  g_ptr_array_add (c->prog->funcs, main_fn);
  if (c->prog->main_func == NULL)
    c->prog->main_func = main_fn;
}

/* --- Entry points --------------------------------------------------------- */

static void
program_free (MlProgram *self)
{
  g_clear_pointer (&self->funcs, g_ptr_array_unref);
  g_clear_pointer (&self->globals, g_ptr_array_unref);
  g_clear_pointer (&self->func_by_node, g_hash_table_unref);
  if (self->package_scope != NULL)
    g_ptr_array_unref (self->package_scope);
  ml_arena_free (self->arena);
  ml_source_unref (self->source);
  g_free (self);
}

MlProgram *
ml_program_ref (MlProgram *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  g_atomic_ref_count_inc (&self->ref_count);
  return self;
}

void
ml_program_unref (MlProgram *self)
{
  g_return_if_fail (self != NULL);

  if (g_atomic_ref_count_dec (&self->ref_count))
    program_free (self);
}

/**
 * ml_program_lookup_func:
 * @self: a #MlProgram
 * @node: a FUNC_DECL or FUNC_LIT node
 *
 * Returns: (nullable) (transfer none): the function of @node
 */
MlFunc *
ml_program_lookup_func (MlProgram *self,
                        MlNode    *node)
{
  g_return_val_if_fail (self != NULL, NULL);

  return g_hash_table_lookup (self->func_by_node, node);
}

/**
 * ml_program_lookup_type:
 * @self: a checked #MlProgram
 * @name: the name of a package-level type
 *
 * Returns: (nullable) (transfer none): the type, with its layout computed
 */
MlType *
ml_program_lookup_type (MlProgram  *self,
                        const char *name)
{
  GPtrArray *scopes;
  MlObject *o = NULL;

  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (name != NULL, NULL);

  scopes = self->package_scope;
  if (scopes == NULL || scopes->len < 2)
    return NULL;
  o = ml_scope_lookup (g_ptr_array_index (scopes, 1), name, FALSE);
  if (o == NULL || o->kind != ML_OBJ_TYPE)
    return NULL;
  ml_type_layout (o->type);
  return o->type;
}

/**
 * ml_parse:
 * @source: the source
 * @diagnostics: (out) (transfer full) (element-type MlDiagnostic): syntax errors
 *
 * Parses @source.  A program is always returned; it should only be given
 * to ml_check() when @diagnostics is empty.
 *
 * Returns: (transfer full): the parsed program
 */
MlProgram *
ml_parse (MlSource   *source,
          GPtrArray **diagnostics)
{
  MlProgram *prog;
  MlDiagSink sink;

  g_return_val_if_fail (source != NULL, NULL);
  g_return_val_if_fail (diagnostics != NULL, NULL);

  prog = g_new0 (MlProgram, 1);
  g_atomic_ref_count_init (&prog->ref_count);
  prog->source = ml_source_ref (source);
  prog->arena = ml_arena_new ();
  prog->funcs = g_ptr_array_new_with_free_func ((GDestroyNotify) ml_func_free);
  prog->globals = g_ptr_array_new ();
  prog->func_by_node = g_hash_table_new (NULL, NULL);

  ml_diag_sink_init (&sink);
  prog->file = ml_parse_file (source, prog->arena, &sink);
  prog->notebook = prog->file->package_name == NULL;
  *diagnostics = ml_diag_sink_finish (&sink);
  ml_diag_sink_clear (&sink);
  return prog;
}

/**
 * ml_check:
 * @program: a program from ml_parse() without syntax errors
 * @diagnostics: (out) (transfer full) (element-type MlDiagnostic): type
 *   errors, sorted as go build prints them
 *
 * Type-checks @program, annotating its syntax tree.
 *
 * Returns: %TRUE if there are no errors (soft ones included)
 */
gboolean
ml_check (MlProgram  *program,
          GPtrArray **diagnostics)
{
  Checker checker = { 0 };
  Checker *c = &checker;
  gboolean ok;

  g_return_val_if_fail (program != NULL, FALSE);
  g_return_val_if_fail (diagnostics != NULL, FALSE);
  g_return_val_if_fail (!program->checked, FALSE);

  program->checked = TRUE;
  c->prog = program;
  c->arena = program->arena;
  c->all_scopes = g_ptr_array_new_with_free_func ((GDestroyNotify) ml_scope_free);
  c->imports = g_ptr_array_new ();
  c->pkg_members = g_hash_table_new (g_str_hash, g_str_equal);
  ml_diag_sink_init (&c->sink);

  setup_universe (c);
  c->pkg = ml_scope_new (c->universe);
  g_ptr_array_add (c->all_scopes, c->pkg);
  c->scope = c->pkg;

  if (program->notebook)
    check_notebook (c);
  else
    check_package (c);

  *diagnostics = ml_diag_sink_finish (&c->sink);
  ok = (*diagnostics)->len == 0;
  ml_diag_sink_clear (&c->sink);
  /* Scopes stay alive with the program: the VM and the inspector resolve
   * names through them. */
  program->package_scope = c->all_scopes;
  g_ptr_array_unref (c->imports);
  g_hash_table_unref (c->pkg_members);
  return ok;
}
