/* ml-rtype.h
 *
 * Copyright 2026 The MemLab authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * MlRtype, a Go type as the runtime sees it (size, alignment, pointer mask, name as Go prints
 * it), and MlRtypeRegistry, which interns them.  Public: the compiler makes types, the views
 * and snapshots read them.
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

typedef enum
{
  ML_KIND_INVALID,
  ML_KIND_BOOL,
  ML_KIND_INT,
  ML_KIND_INT8,
  ML_KIND_INT16,
  ML_KIND_INT32,
  ML_KIND_INT64,
  ML_KIND_UINT,
  ML_KIND_UINT8,
  ML_KIND_UINT16,
  ML_KIND_UINT32,
  ML_KIND_UINT64,
  ML_KIND_UINTPTR,
  ML_KIND_FLOAT32,
  ML_KIND_FLOAT64,
  ML_KIND_COMPLEX64,
  ML_KIND_COMPLEX128,
  ML_KIND_STRING,
  ML_KIND_UNSAFE_POINTER,
  ML_KIND_POINTER,
  ML_KIND_SLICE,
  ML_KIND_ARRAY,
  ML_KIND_STRUCT,
  ML_KIND_MAP,
  ML_KIND_CHAN,
  ML_KIND_FUNC,
  ML_KIND_INTERFACE,
  ML_N_KINDS
} MlKind;

/* Named groups of kinds for switch statements.  A switch writes "ML_KIND_CASES_FLOAT:" where
 * it would list the float kinds one by one; every enumerator still appears, so -Wswitch-enum
 * keeps telling us where a new kind is not handled. */
#define ML_KIND_CASES_SIGNED \
  case ML_KIND_INT: case ML_KIND_INT8: case ML_KIND_INT16: case ML_KIND_INT32: case ML_KIND_INT64
#define ML_KIND_CASES_UNSIGNED \
  case ML_KIND_UINT: case ML_KIND_UINT8: case ML_KIND_UINT16: case ML_KIND_UINT32: \
  case ML_KIND_UINT64: case ML_KIND_UINTPTR
#define ML_KIND_CASES_FLOAT \
  case ML_KIND_FLOAT32: case ML_KIND_FLOAT64
#define ML_KIND_CASES_COMPLEX \
  case ML_KIND_COMPLEX64: case ML_KIND_COMPLEX128
/* Every number: the integers, the floats and the complex numbers. */
#define ML_KIND_CASES_NUMBER \
  ML_KIND_CASES_SIGNED: ML_KIND_CASES_UNSIGNED: ML_KIND_CASES_FLOAT: ML_KIND_CASES_COMPLEX
/* The kinds whose value is one pointer word: pointers, maps, channels and funcs, which a
 * picture draws as an arrow (or nil) and fmt prints as an address. */
#define ML_KIND_CASES_POINTER_WORD \
  case ML_KIND_POINTER: case ML_KIND_UNSAFE_POINTER: case ML_KIND_MAP: case ML_KIND_CHAN: \
  case ML_KIND_FUNC

typedef struct _MlRtype MlRtype;
typedef struct _MlRtypeRegistry MlRtypeRegistry;

typedef struct
{
  const char   *name;
  const MlRtype *type;
  guint64       offset;
  gboolean      embedded;
} MlRtypeField;

/* A Go type as the runtime sees it: immutable once made, owned by its registry, and valid for
 * as long as the registry lives (snapshots keep a reference to it).  The pointer mask has one
 * bit per 8-byte word of the value, set where the word holds a pointer the collector follows. */
struct _MlRtype
{
  guint          id;
  MlKind         kind;
  char          *name;
  guint64        size;
  guint          align;
  const MlRtype  *elem;      /* pointer, slice, array, chan, map value */
  const MlRtype  *key;       /* map key */
  guint64        len;       /* array length */
  MlRtypeField       *fields;
  guint          n_fields;
  guint64        n_words;
  guint64       *ptrmask;   /* (n_words + 63) / 64 words */
  gboolean       has_pointers;
  gboolean       named;
  gboolean       incomplete; /* a struct declared whose fields are not laid out yet */
  const MlRtype  *group;     /* map: its group of 8 slots (abi.MapType.Group); NULL until the
                              * key and value are complete (ml-map.c makes it then) */
  const MlRtype  *map;       /* a map's group: the map type it belongs to */
};

/* Go's limits on a map slot: bigger keys and values are kept in objects of their own and the
 * slot holds a pointer to them (abi.MapMaxKeyBytes, abi.MapMaxElemBytes). */
#define ML_MAP_GROUP_SLOTS    8
#define ML_MAP_MAX_KEY_BYTES  128
#define ML_MAP_MAX_ELEM_BYTES 128

#define ML_RTYPE_REGISTRY_TYPE (ml_rtype_registry_get_type ())

GType            ml_rtype_registry_get_type      (void) G_GNUC_CONST;
MlRtypeRegistry  *ml_rtype_registry_new           (void);
MlRtypeRegistry  *ml_rtype_registry_ref           (MlRtypeRegistry  *self);
void             ml_rtype_registry_unref         (MlRtypeRegistry  *self);
guint            ml_rtype_registry_get_n_types   (MlRtypeRegistry  *self);
const MlRtype    *ml_rtype_registry_get           (MlRtypeRegistry  *self,
                                                 guint            id);
const MlRtype    *ml_rtype_registry_lookup        (MlRtypeRegistry  *self,
                                                 const char      *name);
const MlRtype    *ml_rtype_registry_basic         (MlRtypeRegistry  *self,
                                                 MlKind           kind);
const MlRtype    *ml_rtype_registry_pointer_to    (MlRtypeRegistry  *self,
                                                 const MlRtype    *elem);
const MlRtype    *ml_rtype_registry_slice_of      (MlRtypeRegistry  *self,
                                                 const MlRtype    *elem);
const MlRtype    *ml_rtype_registry_array_of      (MlRtypeRegistry  *self,
                                                 const MlRtype    *elem,
                                                 guint64          len);
const MlRtype    *ml_rtype_registry_map_of        (MlRtypeRegistry  *self,
                                                 const MlRtype    *key,
                                                 const MlRtype    *value);
const MlRtype    *ml_rtype_registry_chan_of       (MlRtypeRegistry  *self,
                                                 const MlRtype    *elem);
const MlRtype    *ml_rtype_registry_func          (MlRtypeRegistry  *self,
                                                 const char      *signature);
const MlRtype    *ml_rtype_registry_interface     (MlRtypeRegistry  *self,
                                                 const char      *name);
const MlRtype    *ml_rtype_registry_struct        (MlRtypeRegistry  *self,
                                                 const char      *name,
                                                 const MlRtypeField   *fields,
                                                 guint            n_fields);
const MlRtype    *ml_rtype_registry_map_header    (MlRtypeRegistry  *self);
const MlRtype    *ml_rtype_registry_map_table     (MlRtypeRegistry  *self);
const MlRtype    *ml_rtype_registry_map_iter      (MlRtypeRegistry  *self);
const MlRtype    *ml_rtype_registry_map_group     (MlRtypeRegistry  *self,
                                                 const MlRtype    *map);
const MlRtype    *ml_rtype_registry_declare_struct (MlRtypeRegistry *self,
                                                 const char      *name);
const MlRtype    *ml_rtype_registry_define_struct (MlRtypeRegistry  *self,
                                                 const MlRtype    *declared,
                                                 const MlRtypeField   *fields,
                                                 guint            n_fields);

gboolean         ml_rtype_word_is_pointer        (const MlRtype    *type,
                                                 guint64          word);
const MlRtypeField   *ml_rtype_find_field             (const MlRtype    *type,
                                                 const char      *name);
const char      *ml_kind_to_string              (MlKind           kind);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (MlRtypeRegistry, ml_rtype_registry_unref)

G_END_DECLS
