/* ml-types.h
 *
 * Copyright 2026 The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The front end's types (MlType), objects (MlObject: variables, constants, type names,
 * functions, packages, builtins), constants (MlConst) and the named groups of type kinds for
 * switch statements.  They are public because the compiler maps MlType onto sim's MlRtype and
 * the inspector prints them.
 */

#pragma once

#include <glib.h>

#include "ml-ast.h"

G_BEGIN_DECLS

/**
 * MlTypeKind:
 *
 * The front end's own type representation.  It is deliberately separate
 * from sim's runtime type descriptor MlRtype (src/sim/ml-rtype.h): the compiler maps one onto the
 * other, and all size and offset computation lives in ml-types.c
 * (ml_type_layout()) so that the mapping has one place to look at.
 */
typedef enum
{
  ML_TYPE_INVALID,
  ML_TYPE_BOOL,
  ML_TYPE_INT,
  ML_TYPE_INT8,
  ML_TYPE_INT16,
  ML_TYPE_INT32,
  ML_TYPE_INT64,
  ML_TYPE_UINT,
  ML_TYPE_UINT8,
  ML_TYPE_UINT16,
  ML_TYPE_UINT32,
  ML_TYPE_UINT64,
  ML_TYPE_UINTPTR,
  ML_TYPE_FLOAT32,
  ML_TYPE_FLOAT64,
  ML_TYPE_COMPLEX64,
  ML_TYPE_COMPLEX128,
  ML_TYPE_STRING,
  ML_TYPE_UNSAFE_POINTER,
  ML_TYPE_UNTYPED_BOOL,
  ML_TYPE_UNTYPED_INT,
  ML_TYPE_UNTYPED_RUNE,
  ML_TYPE_UNTYPED_FLOAT,
  ML_TYPE_UNTYPED_COMPLEX,
  ML_TYPE_UNTYPED_STRING,
  ML_TYPE_UNTYPED_NIL,
  ML_TYPE_POINTER,
  ML_TYPE_ARRAY,
  ML_TYPE_SLICE,
  ML_TYPE_MAP,
  ML_TYPE_CHAN,
  ML_TYPE_STRUCT,
  ML_TYPE_FUNC,
  ML_TYPE_INTERFACE,
  ML_TYPE_TUPLE,
  ML_TYPE_NAMED,
} MlTypeKind;

/* Named groups of type kinds for switch statements.  A switch writes "ML_TYPE_CASES_FLOAT:"
 * where it would list the float kinds one by one; every enumerator still appears, so
 * -Wswitch-enum keeps telling us where a new kind is not handled. */
#define ML_TYPE_CASES_SIGNED \
  case ML_TYPE_INT: case ML_TYPE_INT8: case ML_TYPE_INT16: case ML_TYPE_INT32: case ML_TYPE_INT64
#define ML_TYPE_CASES_UNSIGNED \
  case ML_TYPE_UINT: case ML_TYPE_UINT8: case ML_TYPE_UINT16: case ML_TYPE_UINT32: \
  case ML_TYPE_UINT64: case ML_TYPE_UINTPTR
#define ML_TYPE_CASES_FLOAT \
  case ML_TYPE_FLOAT32: case ML_TYPE_FLOAT64
#define ML_TYPE_CASES_COMPLEX \
  case ML_TYPE_COMPLEX64: case ML_TYPE_COMPLEX128
#define ML_TYPE_CASES_UNTYPED \
  case ML_TYPE_UNTYPED_BOOL: case ML_TYPE_UNTYPED_INT: case ML_TYPE_UNTYPED_RUNE: \
  case ML_TYPE_UNTYPED_FLOAT: case ML_TYPE_UNTYPED_COMPLEX: case ML_TYPE_UNTYPED_STRING: \
  case ML_TYPE_UNTYPED_NIL
#define ML_TYPE_CASES_COMPOSITE \
  case ML_TYPE_POINTER: case ML_TYPE_ARRAY: case ML_TYPE_SLICE: case ML_TYPE_MAP: \
  case ML_TYPE_CHAN: case ML_TYPE_STRUCT: case ML_TYPE_FUNC: case ML_TYPE_INTERFACE: \
  case ML_TYPE_TUPLE: case ML_TYPE_NAMED
/* Unions of the groups above: every numeric kind, and every typed predeclared kind (what Go
 * calls a basic type, untyped kinds aside).  With ML_TYPE_INVALID, ML_TYPE_CASES_UNTYPED and
 * ML_TYPE_CASES_COMPOSITE they cover the enumeration. */
#define ML_TYPE_CASES_NUMERIC \
  ML_TYPE_CASES_SIGNED: ML_TYPE_CASES_UNSIGNED: ML_TYPE_CASES_FLOAT: ML_TYPE_CASES_COMPLEX
#define ML_TYPE_CASES_BASIC \
  case ML_TYPE_BOOL: ML_TYPE_CASES_NUMERIC: case ML_TYPE_STRING: case ML_TYPE_UNSAFE_POINTER

/**
 * MlField:
 * @name: field name (the type name for an embedded field)
 * @type: its type
 * @offset: byte offset in the struct (amd64), valid after ml_type_layout()
 * @embedded: whether the field is embedded
 * @pos: where it is declared
 */
typedef struct
{
  const char *name;
  MlType     *type;
  gint64      offset;
  gboolean    embedded;
  MlPos       pos;
} MlField;

struct _MlType
{
  MlTypeKind  kind;
  /* Basic types (as written: "byte" and "uint8" are the same type) and
   * named types. */
  const char *name;
  MlType     *elem;       /* pointer, array, slice, map value, chan */
  MlType     *key;        /* map key */
  gint64      len;        /* array length */
  MlField    *fields;     /* struct fields, tuple members, interface methods */
  guint       n_fields;
  MlType     *params;     /* func: a tuple */
  MlType     *results;    /* func: a tuple */
  gboolean    variadic;
  MlType     *underlying; /* named */
  MlObject   *obj;        /* named: its type name */
  MlObject   *methods;    /* named: first method, chained by next_method */
  /* interface: @fields hold its explicit methods, sorted, then the interfaces it embeds
   * (embedded), as types2 prints it; @mset is its whole method set, explicit and embedded
   * methods sorted as Go sorts them (the order of an itab's functions), which the checker
   * fills once every embedded interface is known (mset_state 2). */
  MlField    *mset;
  guint       n_mset;
  gint        mset_state;

  /* Layout, filled in by ml_type_layout(). */
  gint64      size;
  gint64      align;
  gboolean    has_pointers;
  gint        layout_state;
};

typedef enum
{
  ML_OBJ_BAD,
  ML_OBJ_VAR,
  ML_OBJ_CONST,
  ML_OBJ_TYPE,
  ML_OBJ_FUNC,
  ML_OBJ_PKG,
  ML_OBJ_BUILTIN,
  ML_OBJ_NIL,
} MlObjectKind;

/* Builtin functions and the supported functions of fmt, runtime and unsafe. */
typedef enum
{
  ML_BUILTIN_NONE,
  ML_BUILTIN_APPEND,
  ML_BUILTIN_CAP,
  ML_BUILTIN_CLEAR,
  ML_BUILTIN_CLOSE,
  ML_BUILTIN_COMPLEX,
  ML_BUILTIN_COPY,
  ML_BUILTIN_DELETE,
  ML_BUILTIN_IMAG,
  ML_BUILTIN_LEN,
  ML_BUILTIN_MAKE,
  ML_BUILTIN_MAX,
  ML_BUILTIN_MIN,
  ML_BUILTIN_NEW,
  ML_BUILTIN_PANIC,
  ML_BUILTIN_PRINT,
  ML_BUILTIN_PRINTLN,
  ML_BUILTIN_REAL,
  ML_BUILTIN_RECOVER,
  ML_BUILTIN_UNSAFE_SIZEOF,
  ML_BUILTIN_UNSAFE_ALIGNOF,
  ML_BUILTIN_UNSAFE_OFFSETOF,
  ML_BUILTIN_UNSAFE_STRING,
  ML_BUILTIN_UNSAFE_SLICE_DATA,
  ML_BUILTIN_FMT_PRINT,
  ML_BUILTIN_FMT_PRINTLN,
  ML_BUILTIN_FMT_PRINTF,
  ML_BUILTIN_FMT_SPRINT,
  ML_BUILTIN_FMT_SPRINTLN,
  ML_BUILTIN_FMT_SPRINTF,
  ML_BUILTIN_FMT_ERRORF,
  ML_BUILTIN_RUNTIME_GC,
  ML_BUILTIN_RUNTIME_READ_MEM_STATS,
  ML_BUILTIN_RUNTIME_NUM_GOROUTINE,
  ML_BUILTIN_RUNTIME_GOMAXPROCS,
  ML_BUILTIN_RUNTIME_KEEP_ALIVE,
  ML_BUILTIN_REFLECTLITE_AS_TARGET,
  ML_BUILTIN_REFLECTLITE_SLICE_LEN,
  ML_BUILTIN_REFLECTLITE_SWAP,
  ML_BUILTIN_REFLECTLITE_SWAP_SCRATCH,
  ML_BUILTIN_STRCONV_FORMAT_FLOAT,
  ML_BUILTIN_STRCONV_PARSE_FLOAT,
} MlBuiltin;

/* The functions of fmt, those of runtime, and both: ordinary functions with a signature, not
 * builtins with rules of their own.  Written in a switch as "ML_BUILTIN_CASES_PACKAGE_FUNC:". */
#define ML_BUILTIN_CASES_FMT \
  case ML_BUILTIN_FMT_PRINT: case ML_BUILTIN_FMT_PRINTLN: case ML_BUILTIN_FMT_PRINTF: \
  case ML_BUILTIN_FMT_SPRINT: case ML_BUILTIN_FMT_SPRINTLN: case ML_BUILTIN_FMT_SPRINTF: \
  case ML_BUILTIN_FMT_ERRORF
#define ML_BUILTIN_CASES_RUNTIME \
  case ML_BUILTIN_RUNTIME_GC: case ML_BUILTIN_RUNTIME_READ_MEM_STATS: \
  case ML_BUILTIN_RUNTIME_NUM_GOROUTINE: case ML_BUILTIN_RUNTIME_GOMAXPROCS: \
  case ML_BUILTIN_RUNTIME_KEEP_ALIVE: \
  case ML_BUILTIN_REFLECTLITE_AS_TARGET: case ML_BUILTIN_REFLECTLITE_SLICE_LEN: \
  case ML_BUILTIN_REFLECTLITE_SWAP: case ML_BUILTIN_REFLECTLITE_SWAP_SCRATCH: \
  case ML_BUILTIN_STRCONV_FORMAT_FLOAT: \
  case ML_BUILTIN_STRCONV_PARSE_FLOAT
#define ML_BUILTIN_CASES_PACKAGE_FUNC \
  ML_BUILTIN_CASES_FMT: ML_BUILTIN_CASES_RUNTIME

enum
{
  ML_OBJ_FLAG_USED       = 1 << 0,
  ML_OBJ_FLAG_PARAM      = 1 << 1,
  ML_OBJ_FLAG_RESULT     = 1 << 2,
  ML_OBJ_FLAG_GLOBAL     = 1 << 3,
  ML_OBJ_FLAG_RECEIVER   = 1 << 4,
  /* Assigned after its declaration (not a "static value" for gc). */
  ML_OBJ_FLAG_REASSIGNED = 1 << 5,
  ML_OBJ_FLAG_ADDR_TAKEN = 1 << 6,
  ML_OBJ_FLAG_CAPTURED   = 1 << 7,
  /* A package function of fmt/runtime/unsafe (see builtin). */
  ML_OBJ_FLAG_PACKAGE_FUNC = 1 << 8,
};

/**
 * MlObject:
 *
 * A declared entity: variable, constant, type name, function, package,
 * builtin or nil.  For variables the escape analysis and the VM read
 * @func (the declaring function or function literal) and the flags.
 */
struct _MlObject
{
  MlObjectKind  kind;
  const char   *name;
  MlPos         pos;
  MlType       *type;
  MlConst      *val;
  MlBuiltin     builtin;
  const char   *pkg_path;
  guint         flags;
  /* The FUNC_DECL or FUNC_LIT that declares a local, a parameter or a result. */
  MlNode       *func;
  /* The declaration (FUNC_DECL for functions, TYPE_SPEC for types). */
  MlNode       *decl;
  /* For a local defined once with "x := expr" and never reassigned: expr. */
  MlNode       *init;
  /* Index among the parameters (receiver is -1) or results. */
  gint          index;
  MlObject     *next_method;
  /* The method's receiver is a pointer. */
  gboolean      pointer_recv;
};

/* Constants of the checker, as go/constant has them: untyped constants keep full precision
 * (ml-const-value.c). */
typedef enum
{
  ML_CONST_BOOL,
  ML_CONST_STRING,
  ML_CONST_INT,
  ML_CONST_FLOAT,
  ML_CONST_COMPLEX,
} MlConstKind;

/* The exact value of a number, private to the front end (ml-const-private.h). */
typedef struct _MlConstNum MlConstNum;

/* A constant value.  @i and @f are its machine view for the compiler: for an INT the value
 * (saturated beyond 128 bits), for a FLOAT the nearest double.  A typed constant always fits
 * its type, so for it they are exact; @num holds the exact value of every number. */
struct _MlConst
{
  MlConstKind       kind;
  gboolean          b;
  __int128          i;
  long double       f;
  const char       *s;
  gsize             len;
  const MlConstNum *num;
};

void        ml_const_complex_parts (const MlConst *k,
                                    double        *re,
                                    double        *im);
gint64      ml_type_sizeof         (MlType *type);
gint64      ml_type_alignof        (MlType *type);
void        ml_type_layout         (MlType *type);
MlType     *ml_type_underlying     (MlType *type);
gboolean    ml_type_identical      (MlType *a,
                                    MlType *b);
char       *ml_type_to_string      (MlType *type);
void        ml_type_append_string  (GString *out,
                                    MlType  *type);
void        ml_type_append_gc_string (GString *out,
                                      MlType  *type);
void        ml_type_append_tuple   (GString *out,
                                    MlType  *tuple,
                                    gboolean variadic,
                                    gboolean with_names);
gboolean    ml_type_is_untyped     (MlType *type);
gboolean    ml_type_is_integer     (MlType *type);
gboolean    ml_type_is_unsigned    (MlType *type);
gboolean    ml_type_is_float       (MlType *type);
gboolean    ml_type_is_complex     (MlType *type);
gboolean    ml_type_is_numeric     (MlType *type);
gboolean    ml_type_is_string      (MlType *type);
gboolean    ml_type_is_boolean     (MlType *type);
gboolean    ml_type_is_interface   (MlType *type);
gboolean    ml_type_is_comparable  (MlType *type);
gboolean    ml_type_is_ordered     (MlType *type);
gboolean    ml_type_has_pointers   (MlType *type);
MlField    *ml_type_lookup_field   (MlType      *type,
                                    const char  *name,
                                    gint64      *offset);
const MlField *ml_type_interface_methods (MlType *type,
                                          guint  *n_methods);
MlField    *ml_type_interface_method (MlType      *type,
                                      const char  *name,
                                      guint       *index);
/* The deepest embedding ml_type_lookup_selection() follows. */
#define ML_TYPE_EMBED_MAX_DEPTH 16

/**
 * MlSelection:
 * @field: the field found, the @field_index-th of the struct at the end of the path
 * @method: or the method found
 * @imethod: or the method of an embedded interface found, the @field_index-th of its
 *   method set
 * @path: the indexes of the embedded fields that lead to it, @depth of them
 * @indirect: whether the path goes through a pointer
 * @ambiguous: whether two fields or methods of the name are at the same depth
 *
 * What x.name selects (types2's Selection), see ml_type_lookup_selection().
 */
typedef struct
{
  MlField  *field;
  MlObject *method;
  MlField  *imethod;
  guint     path[ML_TYPE_EMBED_MAX_DEPTH];
  guint     depth;
  guint     field_index;
  gboolean  indirect;
  gboolean  ambiguous;
} MlSelection;

gboolean    ml_type_lookup_selection (MlType      *type,
                                      const char  *name,
                                      MlSelection *out);
MlObject   *ml_type_lookup_method  (MlType      *type,
                                    const char  *name);
int         ml_type_method_compare (const char  *a,
                                    const char  *b);
void        ml_type_append_signature (GString  *out,
                                      MlType   *sig,
                                      gboolean  with_names);

char       *ml_const_to_string     (const MlConst *c);

G_END_DECLS
